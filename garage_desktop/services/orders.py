"""Moving an order through its lifecycle (checked again here, whatever the screen allowed) and finding it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from garage_desktop.db.models import Appointment, RepairOrder, Vehicle
from garage_desktop.domain import lifecycle, limits
from garage_desktop.domain.identifiers import normalise_plate, plate_spellings
from garage_desktop.domain.lifecycle import Event, OrderStatus
from garage_desktop.domain.promise import Promises, repromise
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError
from garage_desktop.services import audit, clock, numbering

ORDER_NOT_FOUND = QT_TRANSLATE_NOOP("Domain", "There is no order {ref}.")

# The timestamp/operator columns an event fills in, so every step records who did it and when.
_STAMPS: dict[Event, tuple[str, str | None]] = {
    Event.RECEIVE: ("received_at", "received_by_id"),
    Event.ESTIMATE: ("estimated_at", "estimated_by_id"),
    Event.CONFIRM: ("confirmed_at", "confirmed_by_id"),
    Event.CONFIRM_COUNTER_SALE: ("confirmed_at", "confirmed_by_id"),  # and ready_at: ``estimate.confirm``
    Event.QC_PASS: ("ready_at", None),
    Event.SETTLE: ("settled_at", "settled_by_id"),
    Event.DELIVER: ("delivered_at", "delivered_by_id"),
    Event.RELEASE_ON_DEPOSIT: ("delivered_at", "delivered_by_id"),
}


def get_order(session: Session, order_id: int) -> RepairOrder:
    order = session.get(RepairOrder, order_id)
    if order is None:
        raise DomainError(ORDER_NOT_FOUND, ref=f"#{order_id}")
    return order


def transition(session: Session, order: RepairOrder, event: Event, actor: int | None, *,
               reason: str | None = None, at: datetime | None = None) -> OrderStatus:
    """Apply ``event`` to ``order`` (or raise TransitionRefused), stamp who and when, audit the change."""
    before = order.status
    after = lifecycle.apply(event, before, reason=reason)
    if reason is not None:  # kept in ``RepairOrder.cancel_reason`` (and the audit trail)
        limits.REASON.check(reason.strip(), "reason")
    moment = at or clock.now()
    order.status = after
    order.updated_at = moment
    stamp = _STAMPS.get(event)
    if stamp is not None:
        setattr(order, stamp[0], moment)
        if stamp[1] is not None:
            setattr(order, stamp[1], actor)
    if event is Event.CANCEL or event is Event.NO_SHOW:
        order.cancel_reason = (reason or "").strip()
    if after in lifecycle.FINAL:
        order.closed_at = moment
    audit.record(session, actor, f"status:{event.value}", "repair_order", order.id, order_id=order.id,
                 before=before.value, after={"status": after.value, "reason": reason} if reason else after.value)
    return after


def next_order_no(session: Session, when: datetime) -> str:
    """Order numbers read as the day they were opened: WO20261128-001, -002, ... (-1000 after -999), allocated
    safely when several PCs receive cars at the same moment (``services.numbering``)."""
    return numbering.next_order_no(session, when)


def find_order_ids(session: Session, text: str, limit: int = 20) -> list[int]:
    """Orders whose number or plate contains ``text``, newest first (the window's search box).

    A booking has no vehicle yet: its plate is the one on the appointment. The plate is matched the way plates
    are stored (no spaces or dots, upper case, Simplified characters) and in its Traditional spellings (a car
    whose duplicate the owner has not merged yet), and '%' or '_' typed by the user are plain characters.
    """
    number = text.strip().upper()
    plate = normalise_plate(text)
    if not number:
        return []
    matches = [RepairOrder.order_no.contains(number, autoescape=True)]
    for spelling in plate_spellings(plate) if plate else ():
        matches += [Vehicle.plate.contains(spelling, autoescape=True),
                    Appointment.plate.contains(spelling, autoescape=True)]
    stmt = (select(RepairOrder.id).outerjoin(Vehicle, Vehicle.id == RepairOrder.vehicle_id)
            .outerjoin(Appointment, Appointment.order_id == RepairOrder.id)
            .where(or_(*matches))
            .order_by(RepairOrder.id.desc()).limit(limit))
    return list(session.scalars(stmt))


@dataclass(frozen=True)
class OrderSummary:
    id: int
    order_no: str | None
    status: OrderStatus
    status_label: str
    plate: str
    customer_name: str


def summary(session: Session, order_id: int) -> OrderSummary | None:
    order = session.get(RepairOrder, order_id)
    if order is None:
        return None
    plate = order.vehicle.plate if order.vehicle else (order.appointment.plate if order.appointment else "")
    name = order.customer.name if order.customer else (
        order.appointment.contact_name if order.appointment else "")
    return OrderSummary(order.id, order.order_no, order.status, lifecycle.STATUS_LABELS[order.status], plate, name)


def set_promise(order: RepairOrder, new: datetime | None, agreed_at: datetime) -> None:
    """Move the promised time to ``new``, agreed with the customer at ``agreed_at``. The promise the on-time rate
    is measured against moves with it only when agreed before it passed (``domain.promise``)."""
    after = repromise(Promises(order.promised_at, order.promise_in_force_at), new, agreed_at)
    order.promised_at, order.promise_in_force_at = after.promised_at, after.in_force_at
