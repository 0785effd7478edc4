"""Vehicle history (維修檔案): every visit of a car with its items, warranty status, comebacks and follow-up
calls, and the work still recommended; also the plain data of the owner's printed repair record."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from garage_desktop.db.models import (
    Approval,
    ComebackDecision,
    FollowUp,
    Operator,
    QcInspection,
    Recommendation,
    RepairOrder,
)
from garage_desktop.documents.order import GarageHeader
from garage_desktop.documents.vehicle import (
    NOT_REPAIRED,
    HistoryCall,
    HistoryDelayCall,
    HistoryLabour,
    HistoryOrder,
    HistoryOutside,
    HistoryPart,
    HistoryProcessCheck,
    HistoryRecommendation,
    VehicleHistory,
    VehicleRecordDoc,
    WarrantyStatus,
)
from garage_desktop.domain import lifecycle
from garage_desktop.domain.classes import JobClass, Payer, RegulatoryClass
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.money import ZERO
from garage_desktop.domain.pricing import part_amount, shown_hours
from garage_desktop.domain.settlement import charged_quantity, is_charged
from garage_desktop.domain.warranty import WARRANTY, warranty_end_date, warranty_end_km, within_warranty
from garage_desktop.services import clock, customers, delay_calls, process_checks
from garage_desktop.services import settings as garage_settings

S = OrderStatus
# Orders whose car has been handed over: their warranty runs from the handover.
HANDED_OVER: frozenset[OrderStatus] = frozenset({S.DELIVERED, S.FOLLOWED_UP, S.DEPOSIT_RELEASED})


def items_of(order: RepairOrder, approvals: dict[int, bool | None]) -> tuple[tuple[HistoryLabour, ...],
                                                                             tuple[HistoryPart, ...]]:
    """The order's own lines and the added work the customer approved (declined work is a recommendation)."""
    def answer(line: object) -> bool | None:
        approval_id = getattr(line, "approval_id", None)
        return approvals.get(approval_id) if approval_id is not None else None

    labour = tuple(HistoryLabour(line.name, shown_hours(line.standard_hours, line.hour_unit), line.amount,
                                 line.added)
                   for line in order.labour_lines if is_charged(line.added, answer(line)))
    parts: list[HistoryPart] = []
    started = order.status not in {S.RECEIVED, S.ESTIMATED, S.CONFIRMED, S.CANCELLED, S.NO_SHOW, S.BOOKED}
    for line in order.part_lines:
        if not is_charged(line.added, answer(line)):
            continue
        quantity = line.planned_qty
        if started and not line.customer_supplied:
            quantity = charged_quantity(line.issued_qty, line.planned_qty)
            if quantity == 0:
                continue  # planned but never used
        amount = ZERO if line.customer_supplied else part_amount(quantity, line.unit_price)
        parts.append(HistoryPart(line.name, line.spec or "", line.unit or "", quantity, line.unit_price, amount,
                                 line.customer_supplied, line.added))
    return labour, tuple(parts)


def outside_of(order: RepairOrder, approvals: dict[int, bool | None]) -> tuple[HistoryOutside, ...]:
    """The outside work (外加工) the visit charged: its own and the added work the customer approved."""
    return tuple(HistoryOutside(line.description, line.supplier, line.charge, line.added)
                 for line in order.sublet_lines
                 if is_charged(line.added, approvals.get(line.approval_id) if line.approval_id else None))


def warranty_status(order: RepairOrder, today: date, mileage_now: int | None) -> WarrantyStatus:
    cls = RegulatoryClass(order.regulatory_class)
    term = WARRANTY[cls]
    if order.delivered_at is None or order.status not in HANDED_OVER:
        return WarrantyStatus("not_started", term.days, term.km, None, None)
    delivered_on = order.delivered_at.date()
    basis = order.mileage_out if order.mileage_out is not None else order.mileage_in
    inside = within_warranty(cls, delivered_on, basis, today, mileage_now)
    return WarrantyStatus("within" if inside else "expired", term.days, term.km, warranty_end_date(cls, delivered_on),
                          warranty_end_km(cls, basis) if basis is not None else None)


def _names(session: Session, ids: set[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return dict(session.execute(select(Operator.id, Operator.name).where(Operator.id.in_(wanted))).all())


def _calls(session: Session, order_ids: list[int]) -> dict[int, list[HistoryCall]]:
    rows = session.scalars(select(FollowUp).where(FollowUp.order_id.in_(order_ids))
                           .order_by(FollowUp.called_at, FollowUp.id)).all() if order_ids else []
    names = _names(session, {r.called_by_id for r in rows} | {r.complaint_owner_id for r in rows})
    calls: dict[int, list[HistoryCall]] = {}
    for r in rows:
        calls.setdefault(r.order_id, []).append(HistoryCall(
            r.called_at, names.get(r.called_by_id or 0, ""), r.reached, r.satisfaction, r.remarks or "",
            r.complaint or "", names.get(r.complaint_owner_id or 0, ""), r.resolution or "", r.resolved_at))
    return calls


# The columns of a visit the whole history needs (numbers, comebacks, the summary's counts, warranty): read for
# every visit; the items and calls only for the visits shown (``_visits``).
_VISIT_HEADS = (RepairOrder.id, RepairOrder.order_no, RepairOrder.status, RepairOrder.delivered_at,
                RepairOrder.mileage_in, RepairOrder.mileage_out, RepairOrder.regulatory_class,
                RepairOrder.comeback_of_id)


def _heads(session: Session, vehicle_id: int) -> tuple[list[Any], dict[int, str], dict[int, list[str]]]:
    """The car's visits (received, newest first) as ``_VISIT_HEADS`` rows; the order numbers by id (with the
    earlier orders the comebacks are of); the later comebacks of each visit."""
    heads = list(session.execute(
        select(*_VISIT_HEADS).where(RepairOrder.vehicle_id == vehicle_id, RepairOrder.received_at.is_not(None))
        .order_by(RepairOrder.received_at.desc(), RepairOrder.id.desc())).all())
    numbers = {h.id: h.order_no or f"#{h.id}" for h in heads}
    missing = {h.comeback_of_id for h in heads if h.comeback_of_id and h.comeback_of_id not in numbers}
    if missing:
        numbers.update({i: no or f"#{i}" for i, no in session.execute(
            select(RepairOrder.id, RepairOrder.order_no).where(RepairOrder.id.in_(missing)))})
    later: dict[int, list[str]] = {}
    for h in sorted(heads, key=lambda h: h.id):
        if h.comeback_of_id is not None:
            later.setdefault(h.comeback_of_id, []).append(numbers[h.id])
    return heads, numbers, later


def _visits(session: Session, ids: list[int], numbers: dict[int, str], later: dict[int, list[str]], today: date,
            mileage_now: int | None) -> list[HistoryOrder]:
    """The visits ``ids`` (in that order) with their items, calls, checks and warranty."""
    if not ids:
        return []
    loaded = {o.id: o for o in session.scalars(
        select(RepairOrder).where(RepairOrder.id.in_(ids))
        .options(selectinload(RepairOrder.labour_lines), selectinload(RepairOrder.part_lines),
                 selectinload(RepairOrder.sublet_lines)))}
    rows = [loaded[i] for i in ids if i in loaded]
    approvals = dict(session.execute(select(Approval.id, Approval.approved)
                                     .where(Approval.order_id.in_(ids))).all())
    certificates = dict(session.execute(
        select(QcInspection.order_id, QcInspection.certificate_no).where(
            QcInspection.order_id.in_(ids), QcInspection.passed.is_(True),
            QcInspection.certificate_no.is_not(None)).order_by(QcInspection.attempt)).all())
    free = {(d.order_id, d.earlier_order_id): d.free_of_charge for d in session.scalars(
        select(ComebackDecision).where(ComebackDecision.order_id.in_(ids), ComebackDecision.confirmed.is_(True)))}
    calls = _calls(session, ids)
    checks = {order_id: tuple(HistoryProcessCheck(c.checked_at, c.line_label, c.result, c.finding, c.action,
                                                  c.inspector) for c in found)
              for order_id, found in process_checks.checks_by_order(session, ids).items()}
    delays = {order_id: tuple(HistoryDelayCall(c.called_at, c.method, c.answered_by, c.reason, c.new_promised_at,
                                               c.in_advance) for c in found)
              for order_id, found in delay_calls.calls_by_order(session, ids).items()}
    history: list[HistoryOrder] = []
    for o in rows:
        labour, parts = items_of(o, approvals)
        history.append(HistoryOrder(
            o.id, numbers[o.id], o.status, lifecycle.STATUS_LABELS[o.status], o.received_at, o.delivered_at,
            o.mileage_in, o.mileage_out, JobClass(o.job_class), RegulatoryClass(o.regulatory_class), Payer(o.payer),
            o.complaint or "", o.diagnosis or "", labour, parts, sum((x.amount for x in labour), ZERO),
            sum((x.amount for x in parts), ZERO), warranty_status(o, today, mileage_now),
            tuple(calls.get(o.id, ())), numbers.get(o.comeback_of_id, "") if o.comeback_of_id else "",
            free.get((o.id, o.comeback_of_id), True) if o.comeback_of_id else False, tuple(later.get(o.id, ())),
            o.passed_qc_first_time, certificates.get(o.id) or "", checks.get(o.id, ()), delays.get(o.id, ()),
            outside=outside_of(o, approvals)))
    return history


def vehicle_history(session: Session, vehicle_id: int, today: date | None = None, *,
                    first: int | None = None) -> VehicleHistory:
    """Every visit of the car (received, newest first) and the work recommended on it. With ``first``, the items
    of the ``first`` newest visits only (what a screen shows at once); the others' ids are ``unread``, read by
    ``visits`` when the screen shows them. The counts of repairs and of visits under warranty are of every visit."""
    vehicle = customers.get_vehicle(session, vehicle_id)
    today = today or clock.now().date()
    heads, numbers, later = _heads(session, vehicle.id)
    ids = [h.id for h in heads]
    shown = ids if first is None else ids[:max(first, 0)]
    history = _visits(session, shown, numbers, later, today, vehicle.last_mileage)
    recs = session.scalars(select(Recommendation).where(Recommendation.vehicle_id == vehicle.id)
                           .order_by(Recommendation.created_at.desc(), Recommendation.id.desc())).all()
    rec_orders = {r.order_id for r in recs if r.order_id and r.order_id not in numbers}
    if rec_orders:
        numbers.update({i: no or f"#{i}" for i, no in session.execute(
            select(RepairOrder.id, RepairOrder.order_no).where(RepairOrder.id.in_(rec_orders)))})
    recommendations = sorted(
        (HistoryRecommendation(r.description, numbers.get(r.order_id, "") if r.order_id else "", r.created_at,
                               r.done_order_id is not None or r.dismissed_at is not None) for r in recs),
        key=lambda r: r.done)
    repairs = sum(1 for h in heads if h.status not in NOT_REPAIRED)
    within = sum(1 for h in heads if warranty_status(h, today, vehicle.last_mileage).state == "within")
    customer = vehicle.customer
    return VehicleHistory(
        vehicle.id, vehicle.plate, vehicle.vin or "", " ".join(p for p in (vehicle.make, vehicle.model) if p),
        vehicle.year, vehicle.colour or "", vehicle.last_mileage, customer.id, customer.name, customer.phone or "",
        customer.address or "", tuple(history), tuple(recommendations), today, unread=tuple(ids[len(shown):]),
        repairs=repairs, within=within)


def visits(session: Session, vehicle_id: int, order_ids: Sequence[int], today: date) -> tuple[HistoryOrder, ...]:
    """The visits ``order_ids`` of the car (from ``VehicleHistory.unread``), as ``vehicle_history`` reads them,
    in that order; those no longer the car's are left out."""
    vehicle = customers.get_vehicle(session, vehicle_id)
    heads, numbers, later = _heads(session, vehicle.id)
    own = {h.id for h in heads}
    return tuple(_visits(session, [i for i in order_ids if i in own], numbers, later, today, vehicle.last_mileage))


# --- the printed record --------------------------------------------------------------------------------------

def record_doc(session: Session, vehicle_id: int) -> VehicleRecordDoc:
    settings = garage_settings.load(session)
    header = GarageHeader(settings.garage_name, settings.garage_address, settings.garage_phone, settings.licence_no,
                          settings.tax_id)
    now = clock.now()
    return VehicleRecordDoc(header, now, vehicle_history(session, vehicle_id, now.date()))
