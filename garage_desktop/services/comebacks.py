"""返修 Comebacks: a car back within the warranty of an earlier repair is proposed as a comeback of it; the
advisor confirms (the work is then free of charge by default) or rejects (not asked again for this visit).

The warranty is the regulatory one (``domain.warranty``): km or days by class, whichever ends first, from the
day the earlier car left. Its km limit counts from the mileage out, or the mileage in when none was recorded
at the handover. A confirmed comeback sets ``RepairOrder.comeback_of_id`` (the first-time-fix KPI reads it)
and a ``ComebackDecision`` row that says whether the work is free; the settlement asks ``is_free_comeback``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from garage_desktop.db.models import ComebackDecision, LabourLine, Operator, RepairOrder
from garage_desktop.domain import lifecycle, limits
from garage_desktop.domain.classes import JobClass, RegulatoryClass, Role
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError
from garage_desktop.domain.warranty import warranty_end_date, warranty_end_km, within_warranty
from garage_desktop.services import audit, clock, orders, permissions

S = OrderStatus
DECIDERS = (Role.ADVISOR, Role.INSPECTOR)
# An earlier visit whose work is finished and handed over (its warranty runs from the handover).
WARRANTED: frozenset[OrderStatus] = frozenset({S.DELIVERED, S.FOLLOWED_UP})
# A new visit can be linked (or unlinked) from intake until it is settled.
LINKABLE: frozenset[OrderStatus] = frozenset(
    {S.RECEIVED, S.ESTIMATED, S.CONFIRMED, S.DISPATCHED, S.IN_REPAIR, S.AWAITING_APPROVAL, S.QC_PENDING, S.REWORK,
     S.READY})

NOT_LINKABLE = QT_TRANSLATE_NOOP("Domain", "A comeback can be linked only from intake until settlement; this order "
                                           "is {status}.")
NOT_EARLIER = QT_TRANSLATE_NOOP("Domain", "Order {ref} is not an earlier repair of this car that has been handed "
                                          "over.")


@dataclass(frozen=True)
class ComebackProposal:
    """An earlier repair of the car still under warranty: the new visit may be a comeback of it."""

    earlier_order_id: int
    order_no: str
    delivered_at: datetime
    job_class: JobClass
    regulatory_class: RegulatoryClass
    complaint: str
    work: tuple[str, ...]  # the labour items done
    warranty_until: date  # the last day covered
    warranty_until_km: int | None  # the km limit (None: the mileage was never recorded)
    days_left: int  # whole days of warranty left after today (0: today is the last day)
    km_left: int | None  # km left before the limit (None when either reading is unknown)


@dataclass(frozen=True)
class ComebackLink:
    """A confirmed comeback: which earlier order it repeats and whether the work is free."""

    order_id: int
    earlier_order_id: int
    earlier_order_no: str
    earlier_delivered_at: datetime | None
    free_of_charge: bool
    decided_by: str
    decided_at: datetime | None


@dataclass(frozen=True)
class ComebackState:
    """What the intake screen shows for one order: the link, the open proposals, why it cannot change now."""

    order_id: int
    link: ComebackLink | None
    proposals: tuple[ComebackProposal, ...]
    refusal: DomainError | None  # why the link may not be changed now (None: it may)


# --- proposing ---------------------------------------------------------------------------------------------

def _mileage_basis(order: RepairOrder) -> int | None:
    return order.mileage_out if order.mileage_out is not None else order.mileage_in


def _work(session: Session, order_ids: list[int]) -> dict[int, tuple[str, ...]]:
    work: dict[int, list[str]] = {}
    if order_ids:
        for order_id, name in session.execute(select(LabourLine.order_id, LabourLine.name)
                                              .where(LabourLine.order_id.in_(order_ids))
                                              .order_by(LabourLine.order_id, LabourLine.seq)):
            work.setdefault(order_id, []).append(name)
    return {order_id: tuple(names) for order_id, names in work.items()}


def _rejected(session: Session, order_id: int | None) -> set[int]:
    if order_id is None:
        return set()
    return set(session.scalars(select(ComebackDecision.earlier_order_id).where(
        ComebackDecision.order_id == order_id, ComebackDecision.confirmed.is_(False))))


def proposals(session: Session, vehicle_id: int, mileage_now: int | None, today: date,
              order_id: int | None = None) -> list[ComebackProposal]:
    """The car's earlier handed-over repairs still within their warranty on ``today`` at ``mileage_now`` km,
    the most recent first. With ``order_id`` (the new visit), that order itself and the earlier orders the
    advisor already rejected for it are left out."""
    rejected = _rejected(session, order_id)
    # A declined estimate (a cancel reason on a delivered order: ``lifecycle.declined``) repaired nothing: no warranty.
    stmt = (select(RepairOrder).where(RepairOrder.vehicle_id == vehicle_id, RepairOrder.status.in_(list(WARRANTED)),
                                      RepairOrder.delivered_at.is_not(None),
                                      func.coalesce(RepairOrder.cancel_reason, "") == "")
            .order_by(RepairOrder.delivered_at.desc(), RepairOrder.id.desc()))
    found: list[RepairOrder] = []
    for earlier in session.scalars(stmt):
        if earlier.id == order_id or earlier.id in rejected:
            continue
        cls = RegulatoryClass(earlier.regulatory_class)
        delivered_on = earlier.delivered_at.date()  # type: ignore[union-attr]
        if delivered_on > today:
            continue
        if within_warranty(cls, delivered_on, _mileage_basis(earlier), today, mileage_now):
            found.append(earlier)
    work = _work(session, [o.id for o in found])
    result = []
    for earlier in found:
        cls = RegulatoryClass(earlier.regulatory_class)
        basis = _mileage_basis(earlier)
        until = warranty_end_date(cls, earlier.delivered_at.date())  # type: ignore[union-attr]
        until_km = warranty_end_km(cls, basis) if basis is not None else None
        result.append(ComebackProposal(
            earlier.id, earlier.order_no or f"#{earlier.id}", earlier.delivered_at,  # type: ignore[arg-type]
            JobClass(earlier.job_class), cls, earlier.complaint or "", work.get(earlier.id, ()), until, until_km,
            (until - today).days, until_km - mileage_now if until_km is not None and mileage_now is not None
            else None))
    return result


def proposals_for_order(session: Session, order_id: int) -> list[ComebackProposal]:
    """The proposals for a received order (none once it is linked, or when the link may no longer change)."""
    order = orders.get_order(session, order_id)
    if order.vehicle_id is None or order.comeback_of_id is not None or order.status not in LINKABLE:
        return []
    today = (order.received_at or clock.now()).date()
    return proposals(session, order.vehicle_id, order.mileage_in, today, order_id=order.id)


# --- reading the decision -------------------------------------------------------------------------------------

def _decision(session: Session, order_id: int, earlier_order_id: int) -> ComebackDecision | None:
    return session.scalar(select(ComebackDecision).where(ComebackDecision.order_id == order_id,
                                                         ComebackDecision.earlier_order_id == earlier_order_id))


def comeback_link(session: Session, order_id: int) -> ComebackLink | None:
    """The order's confirmed comeback link, or None. A link without a decision row (imported or demo data)
    counts as free of charge, the default."""
    order = orders.get_order(session, order_id)
    if order.comeback_of_id is None:
        return None
    earlier = session.get(RepairOrder, order.comeback_of_id)
    decision = _decision(session, order.id, order.comeback_of_id)
    by = session.get(Operator, decision.decided_by_id) if decision and decision.decided_by_id else None
    return ComebackLink(order.id, order.comeback_of_id,
                        (earlier.order_no if earlier else None) or f"#{order.comeback_of_id}",
                        earlier.delivered_at if earlier else None,
                        decision.free_of_charge if decision else True, by.name if by else "",
                        decision.decided_at if decision else None)


def is_free_comeback(session: Session, order_id: int) -> bool:
    """True when the order is a confirmed comeback whose work is repaired free of charge (for the settlement)."""
    link = comeback_link(session, order_id)
    return link is not None and link.free_of_charge


def _refusal(order: RepairOrder) -> DomainError | None:
    if order.status in LINKABLE:
        return None
    return DomainError(NOT_LINKABLE, status=lifecycle.STATUS_LABELS[order.status])


def comeback_state(session: Session, order_id: int) -> ComebackState:
    order = orders.get_order(session, order_id)
    return ComebackState(order.id, comeback_link(session, order.id), tuple(proposals_for_order(session, order.id)),
                         _refusal(order))


def comebacks_of(session: Session, order_id: int) -> list[str]:
    """The numbers of the later orders confirmed as comebacks of ``order_id`` (oldest first)."""
    return [no or "" for no in session.scalars(select(RepairOrder.order_no)
                                               .where(RepairOrder.comeback_of_id == order_id)
                                               .order_by(RepairOrder.id))]


# --- deciding -----------------------------------------------------------------------------------------------

def _linkable(session: Session, order_id: int, earlier_order_id: int) -> tuple[RepairOrder, RepairOrder]:
    order = orders.get_order(session, order_id)
    refusal = _refusal(order)
    if refusal is not None:
        raise refusal
    earlier = session.get(RepairOrder, earlier_order_id)
    if (earlier is None or earlier.id == order.id or earlier.vehicle_id != order.vehicle_id
            or earlier.status not in WARRANTED or earlier.delivered_at is None
            or (order.received_at is not None and earlier.delivered_at > order.received_at)):
        ref = (earlier.order_no if earlier else None) or f"#{earlier_order_id}"
        raise DomainError(NOT_EARLIER, ref=ref)
    return order, earlier


def _save_decision(session: Session, actor: int | None, order: RepairOrder, earlier: RepairOrder, *,
                   confirmed: bool, free: bool, reason: str) -> ComebackDecision:
    decision = _decision(session, order.id, earlier.id)
    if decision is None:
        decision = ComebackDecision(order_id=order.id, earlier_order_id=earlier.id)
        session.add(decision)
    decision.confirmed, decision.free_of_charge, decision.reason = confirmed, free, reason
    decision.decided_at, decision.decided_by_id = clock.now(), actor
    return decision


def confirm_comeback(session: Session, actor: int | None, order_id: int, earlier_order_id: int,
                     free: bool = True) -> ComebackLink:
    """The new visit is a comeback (返修) of the earlier repair: linked, and repaired free unless ``free`` is off.

    Linking to another earlier order replaces the previous link (which then counts as rejected for this visit).
    """
    permissions.require(session, actor, *DECIDERS)
    order, earlier = _linkable(session, order_id, earlier_order_id)
    before = order.comeback_of_id
    if before is not None and before != earlier.id:
        previous = session.get(RepairOrder, before)
        if previous is not None:
            _save_decision(session, actor, order, previous, confirmed=False, free=False, reason="")
    _save_decision(session, actor, order, earlier, confirmed=True, free=free, reason="")
    order.comeback_of_id = earlier.id
    order.updated_at = clock.now()
    session.flush()
    audit.record(session, actor, "comeback:confirm", "repair_order", order.id, order_id=order.id,
                 before={"comeback_of_id": before} if before is not None else None,
                 after={"comeback_of": earlier.order_no, "free_of_charge": free})
    link = comeback_link(session, order.id)
    assert link is not None
    return link


def reject_comeback(session: Session, actor: int | None, order_id: int, earlier_order_id: int,
                    reason: str = "") -> ComebackState:
    """Not a comeback of that earlier repair (a new fault): the proposal is not made again for this visit.
    Rejecting the linked order removes the link."""
    permissions.require(session, actor, *DECIDERS)
    order, earlier = _linkable(session, order_id, earlier_order_id)
    reason = limits.REASON.check((reason or "").strip(), "reason")
    _save_decision(session, actor, order, earlier, confirmed=False, free=False, reason=reason)
    before = order.comeback_of_id
    if before == earlier.id:
        order.comeback_of_id = None
    order.updated_at = clock.now()
    session.flush()
    audit.record(session, actor, "comeback:reject", "repair_order", order.id, order_id=order.id,
                 before={"comeback_of_id": before} if before is not None else None,
                 after={"not_comeback_of": earlier.order_no, "reason": reason})
    return comeback_state(session, order.id)
