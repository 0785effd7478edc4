"""建議項目 What was put off (seed ⑥2: 這輛車以後還有什麼問題必須修理，只是現在不是很緊急，可以留到下一次進行修理).

A recommendation is work kept on the vehicle for a later visit: added work the customer declined (or a declined
estimate's work), an item the inspector notes at final QC, or one the advisor points out at delivery. It stays on
the vehicle, shows when the car is found at the next intake and on the next estimate, and closes one of two ways:

- **taken up** (``take_up``): in one action it becomes a line of the open estimate of the car's current order —
  the catalog operation or part it names at the catalog price, else a labour line named after it for the
  estimator to price — saved as a new revision of that estimate, and the recommendation is done by that order;
- **dismissed** (``dismiss``) with a reason (done elsewhere, no longer needed, the customer does not want it).

The month report counts the recommendations made and taken up in the month (``month_counts``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from garage_desktop.db.models import (
    LabourLine,
    LabourOperation,
    Operator,
    Part,
    PartLine,
    Recommendation,
    RepairOrder,
    Vehicle,
)
from garage_desktop.documents.month import PutOffRow
from garage_desktop.domain import limits
from garage_desktop.domain.classes import Role
from garage_desktop.domain.free_items import RecommendationSource
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.pricing import unit_of
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError
from garage_desktop.services import audit, catalog, clock, estimate, orders, permissions
from garage_desktop.services.price_authority import OwnerApproval

# Who notes work for later: the advisor (delivery, declined work) and the inspector (QC, the estimate).
NOTE_ROLES = (Role.ADVISOR, Role.INSPECTOR)
# Orders a recommendation can be noted on: a car that came in, until its follow-up call (which may find more).
NOTE_STATUSES: frozenset[OrderStatus] = frozenset({
    OrderStatus.RECEIVED, OrderStatus.ESTIMATED, OrderStatus.CONFIRMED, OrderStatus.DISPATCHED,
    OrderStatus.IN_REPAIR, OrderStatus.AWAITING_APPROVAL, OrderStatus.QC_PENDING, OrderStatus.REWORK,
    OrderStatus.READY, OrderStatus.DEPOSIT_RELEASED, OrderStatus.SETTLED, OrderStatus.DELIVERED,
    OrderStatus.FOLLOWED_UP})

NO_TEXT = QT_TRANSLATE_NOOP("Domain", "Describe the work recommended for later.")
NO_VEHICLE = QT_TRANSLATE_NOOP("Domain", "This order has no vehicle to keep the recommendation on.")
NOT_ON_ORDER = QT_TRANSLATE_NOOP("Domain", "A recommendation is noted on a car that came in, not on a booking or a "
                                           "cancelled order.")
UNKNOWN = QT_TRANSLATE_NOOP("Domain", "That recommendation no longer exists.")
CLOSED = QT_TRANSLATE_NOOP("Domain", "This recommendation is already closed.")
NO_DISMISS_REASON = QT_TRANSLATE_NOOP("Domain", "Say why the recommendation is dismissed.")
OTHER_CAR = QT_TRANSLATE_NOOP("Domain", "This recommendation belongs to another car.")
LOCKED = QT_TRANSLATE_NOOP("Domain", "The customer already confirmed this work order: propose the recommendation as "
                                     "added work instead.")
UNKNOWN_OPERATION = QT_TRANSLATE_NOOP("Domain", "There is no job {code} in the catalog.")


@dataclass(frozen=True)
class RecommendationRow:
    id: int
    vehicle_id: int
    order_id: int | None
    order_no: str  # the visit it was made on
    description: str
    source: RecommendationSource
    created_at: datetime
    created_by: str
    operation_code: str
    part_id: int | None
    catalog_name: str  # the catalog operation or part it names ("" when none)
    done_order_id: int | None
    done_order_no: str
    done_at: datetime | None
    dismissed_at: datetime | None
    dismissed_reason: str
    closed_by: str

    @property
    def open(self) -> bool:
        return self.done_order_id is None and self.dismissed_at is None


def _names(session: Session, ids: set[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return dict(session.execute(select(Operator.id, Operator.name).where(Operator.id.in_(wanted))).all())


def _rows(session: Session, recs: list[Recommendation]) -> list[RecommendationRow]:
    order_ids = {r.order_id for r in recs} | {r.done_order_id for r in recs}
    order_ids.discard(None)
    numbers = dict(session.execute(select(RepairOrder.id, RepairOrder.order_no)
                                   .where(RepairOrder.id.in_(order_ids))).all()) if order_ids else {}
    names = _names(session, {r.created_by_id for r in recs} | {r.closed_by_id for r in recs})
    codes = {r.operation_code for r in recs if r.operation_code}
    operations = dict(session.execute(select(LabourOperation.code, LabourOperation.name)
                                      .where(LabourOperation.code.in_(codes))).all()) if codes else {}
    part_ids = {r.part_id for r in recs if r.part_id}
    parts = dict(session.execute(select(Part.id, Part.name).where(Part.id.in_(part_ids))).all()) if part_ids else {}
    return [RecommendationRow(
        r.id, r.vehicle_id, r.order_id, (numbers.get(r.order_id) or "") if r.order_id else "", r.description,
        RecommendationSource(r.source or RecommendationSource.DECLINED), r.created_at,
        names.get(r.created_by_id or 0, ""), r.operation_code or "", r.part_id,
        operations.get(r.operation_code, "") if r.operation_code else parts.get(r.part_id or 0, ""),
        r.done_order_id, (numbers.get(r.done_order_id) or "") if r.done_order_id else "", r.done_at,
        r.dismissed_at, r.dismissed_reason or "", names.get(r.closed_by_id or 0, "")) for r in recs]


def for_vehicle(session: Session, vehicle_id: int, *, open_only: bool = False) -> list[RecommendationRow]:
    """The car's recommendations, open ones first, newest first (what the next intake and estimate show)."""
    stmt = select(Recommendation).where(Recommendation.vehicle_id == vehicle_id)
    if open_only:
        stmt = stmt.where(Recommendation.done_order_id.is_(None), Recommendation.dismissed_at.is_(None))
    recs = list(session.scalars(stmt.order_by(Recommendation.created_at.desc(), Recommendation.id.desc())))
    rows = _rows(session, recs)
    return sorted(rows, key=lambda row: not row.open)


def for_order(session: Session, order_id: int, *, open_only: bool = True) -> list[RecommendationRow]:
    """The recommendations kept on the order's car (for its estimate and intake)."""
    order = orders.get_order(session, order_id)
    return for_vehicle(session, order.vehicle_id, open_only=open_only) if order.vehicle_id else []


def vehicle_of_order(session: Session, order_id: int) -> int | None:
    """The car an order is for (the screens show its recommendations)."""
    return orders.get_order(session, order_id).vehicle_id


def _get(session: Session, recommendation_id: int) -> Recommendation:
    rec = session.get(Recommendation, recommendation_id)
    if rec is None:
        raise DomainError(UNKNOWN, field="recommendation")
    return rec


# --- making one ----------------------------------------------------------------------------------------------
def note(session: Session, actor: int | None, order_id: int, description: str,
         source: RecommendationSource | str = RecommendationSource.QC, *, operation_code: str = "",
         part_id: int | None = None) -> RecommendationRow:
    """Keep work for a later visit on the order's car (the inspector at QC, the advisor at delivery); it may name
    a catalog operation or part, so that taking it up prices it from the catalog."""
    permissions.require(session, actor, *NOTE_ROLES)
    order = orders.get_order(session, order_id)
    if order.vehicle_id is None:
        raise DomainError(NO_VEHICLE, field="description")
    if order.status not in NOTE_STATUSES:
        raise DomainError(NOT_ON_ORDER, field="description")
    text = limits.POSTPONED.check(limits.squeeze(description or ""), "description")
    if not text:
        raise DomainError(NO_TEXT, field="description")
    code = catalog.normalise_code(operation_code or "")
    if code and session.scalar(select(LabourOperation.id).where(LabourOperation.code == code)) is None:
        raise DomainError(UNKNOWN_OPERATION, field="operation_code", code=code)
    if part_id is not None and session.get(Part, part_id) is None:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "That part no longer exists."), field="part")
    rec = Recommendation(vehicle_id=order.vehicle_id, order_id=order.id, description=text,
                         source=RecommendationSource(source), operation_code=code, part_id=part_id,
                         created_at=clock.now(), created_by_id=actor)
    session.add(rec)
    session.flush()
    audit.record(session, actor, "recommendation:note", "recommendation", rec.id, order_id=order.id,
                 after={"description": text, "source": rec.source.value, "operation_code": code,
                        "part_id": part_id})
    return _rows(session, [rec])[0]


# --- closing one -----------------------------------------------------------------------------------------------
def dismiss(session: Session, actor: int | None, recommendation_id: int, reason: str) -> RecommendationRow:
    """Close a recommendation that will not be done here, with the reason."""
    permissions.require(session, actor, *NOTE_ROLES)
    rec = _get(session, recommendation_id)
    if rec.done_order_id is not None or rec.dismissed_at is not None:
        raise DomainError(CLOSED, field="recommendation")
    why = limits.REASON.check(limits.squeeze(reason or ""), "reason")
    if not why:
        raise DomainError(NO_DISMISS_REASON, field="reason")
    rec.dismissed_at, rec.dismissed_reason, rec.closed_by_id = clock.now(), why, actor
    session.flush()
    audit.record(session, actor, "recommendation:dismiss", "recommendation", rec.id, order_id=rec.order_id,
                 after={"reason": why})
    return _rows(session, [rec])[0]


def _labour_draft(line: LabourLine) -> estimate.LabourDraft:
    return estimate.LabourDraft(
        operation_code=line.operation_code or "", name=line.name, standard_hours=line.standard_hours, rate=line.rate,
        coefficient=line.coefficient, payer=line.payer, hour_unit=unit_of(line.hour_unit),
        free_reason=line.free_reason.value if line.free_reason else "", free_note=line.free_note or "",
        free_price=line.free_price if line.free_price is not None else "")


def _part_draft(line: PartLine) -> estimate.PartDraft:
    return estimate.PartDraft(
        part_id=line.part_id, name=line.name, spec=line.spec or "", unit=line.unit or "", origin=line.origin or "",
        quantity=line.planned_qty, unit_price=line.unit_price, customer_supplied=line.customer_supplied,
        payer=line.payer, free_reason=line.free_reason.value if line.free_reason else "",
        free_note=line.free_note or "", free_price=line.free_price if line.free_price is not None else "")


def current_draft(order: RepairOrder) -> estimate.EstimateDraft:
    """The order's estimate as it is saved, as a draft to save again (with a line more, or a line made free)."""
    return estimate.EstimateDraft(
        diagnosis=order.diagnosis or "", labour=tuple(_labour_draft(line) for line in order.labour_lines
                                                      if not line.added),
        parts=tuple(_part_draft(line) for line in order.part_lines if not line.added), notify_above=None,
        may_replace_found_parts=order.may_replace_found_parts, promised_at=None)


@dataclass(frozen=True)
class TakenUp:
    recommendation: RecommendationRow
    estimate: estimate.EstimateView
    kind: str  # "labour" / "part": the line it became
    to_price: bool  # a labour line without a catalog operation: its hours are for the estimator to enter


def take_up(session: Session, actor: int | None, recommendation_id: int, order_id: int,
            approval: OwnerApproval | None = None) -> TakenUp:
    """Turn the recommendation into a line of the order's open estimate (saved as a new revision): the catalog
    operation or part it names at the catalog price, else a labour line named after it, its hours to be entered.
    The recommendation is done by that order."""
    permissions.require(session, actor, *estimate.ESTIMATORS)
    rec = _get(session, recommendation_id)
    if rec.done_order_id is not None or rec.dismissed_at is not None:
        raise DomainError(CLOSED, field="recommendation")
    order = orders.get_order(session, order_id)
    if order.vehicle_id != rec.vehicle_id:
        raise DomainError(OTHER_CAR, field="recommendation")
    if order.confirmed_at is not None:
        raise DomainError(LOCKED, field="recommendation")
    current = current_draft(order)
    labour, parts = list(current.labour), list(current.parts)
    to_price = False
    part = session.get(Part, rec.part_id) if rec.part_id is not None else None
    if rec.operation_code:
        labour.append(estimate.LabourDraft(operation_code=rec.operation_code))
        kind = "labour"
    elif part is not None:
        parts.append(estimate.PartDraft(part_id=part.id, quantity="1"))
        kind = "part"
    else:
        name = limits.squeeze(rec.description)[:limits.LINE_NAME.limit]
        labour.append(estimate.LabourDraft(name=name, standard_hours="0"))
        kind, to_price = "labour", True
    draft = estimate.EstimateDraft(
        diagnosis=order.diagnosis or "", labour=tuple(labour), parts=tuple(parts), notify_above=None,
        may_replace_found_parts=order.may_replace_found_parts, promised_at=None)
    view = estimate.save_estimate(session, actor, order.id, draft, approval)
    rec.done_order_id, rec.done_at, rec.closed_by_id = order.id, clock.now(), actor
    session.flush()
    audit.record(session, actor, "recommendation:take_up", "recommendation", rec.id, order_id=order.id,
                 after={"order_no": order.order_no, "kind": kind, "to_price": to_price})
    return TakenUp(_rows(session, [rec])[0], view, kind, to_price)


def reopen_taken_up(session: Session, actor: int | None, order_id: int) -> int:
    """The order that took recommendations up is cancelled: they are open again on the car (how many)."""
    recs = list(session.scalars(select(Recommendation).where(Recommendation.done_order_id == order_id)))
    for rec in recs:
        rec.done_order_id, rec.done_at, rec.closed_by_id = None, None, None
        audit.record(session, actor, "recommendation:reopen", "recommendation", rec.id, order_id=order_id,
                     after={"description": rec.description})
    session.flush()
    return len(recs)


# --- the month ---------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class MonthCounts:
    made: int  # recommendations made in the period
    taken_up: int  # taken up in the period (made then or before)
    dismissed: int
    open_now: int  # still open at the end of the period


def month_counts(session: Session, start: datetime, end: datetime) -> MonthCounts:
    """Recommendations made, taken up and dismissed in [start, end), and those still open at ``end``."""
    def count(*where: object) -> int:
        return int(session.scalar(select(func.count(Recommendation.id)).where(*where)) or 0)

    made = count(Recommendation.created_at >= start, Recommendation.created_at < end)
    taken = count(Recommendation.done_at >= start, Recommendation.done_at < end)
    dismissed = count(Recommendation.dismissed_at >= start, Recommendation.dismissed_at < end)
    open_now = count(Recommendation.created_at < end,
                     (Recommendation.done_order_id.is_(None)) | (Recommendation.done_at >= end),
                     (Recommendation.dismissed_at.is_(None)) | (Recommendation.dismissed_at >= end))
    return MonthCounts(made, taken, dismissed, open_now)



def month_rows(session: Session, start: datetime, end: datetime) -> list[PutOffRow]:
    """The recommendations made, taken up or dismissed in [start, end), for the month-end workbook."""
    def within(column: object) -> object:
        return (column >= start) & (column < end)  # type: ignore[operator]

    recs = list(session.scalars(select(Recommendation).where(
        within(Recommendation.created_at) | within(Recommendation.done_at) | within(Recommendation.dismissed_at))
        .order_by(Recommendation.created_at, Recommendation.id)))
    plates = dict(session.execute(select(Vehicle.id, Vehicle.plate)
                                  .where(Vehicle.id.in_(list({r.vehicle_id for r in recs})))).all()) if recs else {}
    return [PutOffRow(row.created_at, plates.get(row.vehicle_id, ""), row.order_no, row.description, row.source.value,
                      start <= row.created_at < end, row.done_at, row.done_order_no,
                      row.done_at is not None and start <= row.done_at < end, row.dismissed_at,
                      row.dismissed_reason) for row in _rows(session, recs)]
