"""Reminders that bring customers back: each car's next service, insurance expiry and annual inspection (set at
delivery or by hand), the due list (overdue and due this week, by kind), calls and messages about an item, its
closing by the booking it brought or with a reason, and the month's figures.

A due item is a vehicle's date of one kind as it stands now; closing it writes a ``ReminderClosure`` keyed by that
date (and km), so the item leaves the list and a new date (the next delivery's next service, a renewed insurance)
is a new item. A contact whose purpose is service_due / inspection_due / insurance_due counts as a reminder sent,
whoever logged it (``services.messages``).

The list reads the indexed date columns only, so ten years of a 50,000-car garage stay quick: a service due by
km is found by ``Vehicle.next_service_due_on``, the day the expected mileage reaches it, which ``services.service_due``
keeps whenever the next service is set and at each delivery (when a new reading changes the car's km a day).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import and_, func, null, select
from sqlalchemy.orm import Session

from garage_desktop.db.models import Appointment, Contact, Customer, ReminderClosure, RepairOrder, Vehicle
from garage_desktop.domain import limits
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.numbers import parse_mileage
from garage_desktop.domain.reminders import (
    KIND_LABELS,
    KIND_OF_PURPOSE,
    PURPOSE,
    WEEK_DAYS,
    Kind,
    Urgency,
    check_inspection_due_on,
    check_insurance_expires_on,
    check_next_service_km,
    check_next_service_on,
    due_window,
    expected_mileage,
    km_per_day,
    urgency,
)
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError, ErrorCollector
from garage_desktop.services import appointments, audit, clock, messages, permissions
from garage_desktop.services.service_due import readings, refresh_service_due

PAGE = 200  # due items read at a time

REASON = limits.TextLimit(QT_TRANSLATE_NOOP("Domain", "The reason"), 200)
NO_VEHICLE = QT_TRANSLATE_NOOP("Domain", "The vehicle was not found.")
NOTHING_DUE = QT_TRANSLATE_NOOP("Domain", "The car has no {kind} to remind of.")
ALREADY_CLOSED = QT_TRANSLATE_NOOP("Domain", "This reminder was already closed.")
REASON_MISSING = QT_TRANSLATE_NOOP("Domain", "Say why the reminder is closed without a booking.")
NOT_A_BOOKING = QT_TRANSLATE_NOOP("Domain", "Choose a booking of this car.")
NOTHING_CHANGED = QT_TRANSLATE_NOOP("Domain", "Nothing was changed.")

# The columns of each kind: the day it falls due (indexed; the list reads it) and the date and km that identify
# the item (what a closure keeps).
_DUE_COLUMN = {Kind.SERVICE: Vehicle.next_service_due_on, Kind.INSURANCE: Vehicle.insurance_expires_on,
               Kind.INSPECTION: Vehicle.inspection_due_on}
_KEY_COLUMN = {Kind.SERVICE: Vehicle.next_service_on, Kind.INSURANCE: Vehicle.insurance_expires_on,
               Kind.INSPECTION: Vehicle.inspection_due_on}


# --- the dates of one car, by hand -------------------------------------------------------------------------

@dataclass(frozen=True)
class VehicleDates:
    vehicle_id: int
    plate: str
    customer: str
    phone: str
    last_mileage: int | None
    expected_mileage: int | None  # today, from the car's own readings
    km_per_day: str  # "38.5"
    readings: int  # how many readings the estimate rests on
    next_service_on: date | None
    next_service_km: int | None
    next_service_due_on: date | None  # by date or by km, whichever first
    insurance_expires_on: date | None
    inspection_due_on: date | None


@dataclass(frozen=True)
class DatesForm:
    """What the advisor typed (km as text; an empty km or a None date clears it)."""

    next_service_on: date | None
    next_service_km: str
    insurance_expires_on: date | None
    inspection_due_on: date | None


def _vehicle(session: Session, vehicle_id: int) -> Vehicle:
    vehicle = session.get(Vehicle, vehicle_id)
    if vehicle is None:
        raise DomainError(NO_VEHICLE)
    return vehicle


def vehicle_dates(session: Session, vehicle_id: int, today: date | None = None) -> VehicleDates:
    vehicle = _vehicle(session, vehicle_id)
    today = today or clock.now().date()
    history = readings(session, [vehicle.id])[vehicle.id]
    customer = vehicle.customer
    return VehicleDates(
        vehicle.id, vehicle.plate, customer.name if customer else "", customer.phone if customer else "",
        vehicle.last_mileage, expected_mileage(history, today), f"{km_per_day(history):.1f}", len(history),
        vehicle.next_service_on, vehicle.next_service_km, vehicle.next_service_due_on,
        vehicle.insurance_expires_on, vehicle.inspection_due_on)


_DATE_FIELDS = ("next_service_on", "next_service_km", "insurance_expires_on", "inspection_due_on")


def set_vehicle_dates(session: Session, actor: int | None, vehicle_id: int, form: DatesForm) -> VehicleDates:
    """Set a car's next service, insurance expiry and annual inspection by hand. Only what changed is checked (an
    old date left as it was is no error); every bad field is reported at once."""
    permissions.require(session, actor)
    vehicle = _vehicle(session, vehicle_id)
    today = clock.now().date()
    found = ErrorCollector()
    km: int | None = None
    if (form.next_service_km or "").strip():
        km = found.check(parse_mileage, form.next_service_km, field="next_service_km")
    before = {name: getattr(vehicle, name) for name in _DATE_FIELDS}
    after: dict[str, Any] = {"next_service_on": form.next_service_on, "next_service_km": km,
                             "insurance_expires_on": form.insurance_expires_on,
                             "inspection_due_on": form.inspection_due_on}
    if (form.next_service_km or "").strip() and km is None:
        after["next_service_km"] = before["next_service_km"]  # refused above: not a change of its own
    changed = {name for name in _DATE_FIELDS if after[name] != before[name]}
    checks = {"next_service_on": lambda v: check_next_service_on(v, today),
              "next_service_km": lambda v: check_next_service_km(v, vehicle.last_mileage),
              "insurance_expires_on": lambda v: check_insurance_expires_on(v, today),
              "inspection_due_on": lambda v: check_inspection_due_on(v, today)}
    for name in _DATE_FIELDS:
        if name in changed and after[name] is not None:
            found.check(checks[name], after[name])
    found.raise_any()
    if not changed:
        raise DomainError(NOTHING_CHANGED)
    for name in changed:
        setattr(vehicle, name, after[name])
    session.flush()
    refresh_service_due(session, vehicle)
    audit.record(session, actor, "reminder_dates", "vehicle", vehicle.id,
                 before={name: before[name] for name in sorted(changed)},
                 after={**{name: after[name] for name in sorted(changed)},
                        "next_service_due_on": vehicle.next_service_due_on})
    return vehicle_dates(session, vehicle.id, today)


# --- the due list --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class DueItem:
    vehicle_id: int
    kind: Kind
    kind_label: str  # English source (Domain context)
    due_on: date  # the day it falls due (a service: by date or by km, whichever first)
    item_on: date | None  # the date that identifies the item (a service's date as set; None: by km only)
    item_km: int | None  # a service's km as set
    urgency: Urgency
    plate: str
    make_model: str
    customer_id: int
    customer: str
    phone: str
    expected_km: int | None  # a service: the car's expected mileage today
    contacts: int  # reminders of this kind sent about the item since it was set (calls and messages)
    last_contact: str  # "call 12-03: no answer"
    purpose: str  # the contact purpose of the kind (service_due, ...)


@dataclass(frozen=True)
class DuePage:
    items: tuple[DueItem, ...]
    more: bool  # further items beyond this page
    first_day: date  # the window read: overdue back to here ...
    last_day: date  # ... due up to here


def _open_items(session: Session, kind: Kind, first: date, last: date, limit: int) -> list[Any]:
    due, key = _DUE_COLUMN[kind], _KEY_COLUMN[kind]
    closed = select(ReminderClosure.id).where(
        ReminderClosure.vehicle_id == Vehicle.id, ReminderClosure.kind == kind.value,
        ReminderClosure.due_on.is_not_distinct_from(key))
    if kind is Kind.SERVICE:
        closed = closed.where(ReminderClosure.due_km.is_not_distinct_from(Vehicle.next_service_km))
    stmt = (select(Vehicle.id, due, key, Vehicle.next_service_km if kind is Kind.SERVICE else null(),
                   Vehicle.plate, Vehicle.make, Vehicle.model, Customer.id, Customer.name, Customer.phone)
            .join(Customer, Customer.id == Vehicle.customer_id)
            .where(due.between(first, last), ~closed.exists())
            .order_by(due, Vehicle.id).limit(limit))
    return list(session.execute(stmt).all())


def _contacts(session: Session, vehicle_ids: list[int], since: date) -> dict[tuple[int, str], list[Contact]]:
    found: dict[tuple[int, str], list[Contact]] = {}
    if not vehicle_ids:
        return found
    rows = session.scalars(select(Contact).where(
        Contact.vehicle_id.in_(vehicle_ids), Contact.purpose.in_(tuple(PURPOSE.values())),
        Contact.at >= datetime.combine(since, time.min)).order_by(Contact.at, Contact.id))
    for contact in rows:
        found.setdefault((contact.vehicle_id, contact.purpose), []).append(contact)  # type: ignore[arg-type]
    return found


def due_list(session: Session, today: date | None = None, *, kind: Kind | None = None,
             ahead_days: int = WEEK_DAYS, offset: int = 0, limit: int = PAGE) -> DuePage:
    """The reminders overdue (back ``OVERDUE_DAYS``) and due within ``ahead_days``, by the day they fall due, not
    closed; of one kind or all. ``offset``/``limit`` page through them."""
    today = today or clock.now().date()
    first, last = due_window(today, ahead_days)
    kinds = [kind] if kind is not None else list(Kind)
    rows: list[tuple[Kind, Any]] = []
    for one in kinds:
        rows.extend((one, row) for row in _open_items(session, one, first, last, offset + limit + 1))
    rows.sort(key=lambda item: (item[1][1], list(Kind).index(item[0]), item[1][0]))
    page, more = rows[offset:offset + limit], len(rows) > offset + limit
    service_ids = [row[0] for one, row in page if one is Kind.SERVICE]
    history = readings(session, service_ids) if service_ids else {}
    # contacts since the reminder window opened (a reminder is sent around its due day)
    contacts = _contacts(session, [row[0] for _, row in page], first)
    items = []
    for one, (vehicle_id, due_on, item_on, item_km, plate, make, model, customer_id, name, phone) in page:
        sent = contacts.get((vehicle_id, PURPOSE[one]), [])
        last_one = sent[-1] if sent else None
        items.append(DueItem(
            vehicle_id, one, KIND_LABELS[one], due_on, item_on, item_km, urgency(due_on, today), plate,
            " ".join(part for part in (make, model) if part), customer_id, name, phone or "",
            expected_mileage(history.get(vehicle_id, []), today) if one is Kind.SERVICE else None,
            len(sent), _contact_text(last_one), PURPOSE[one]))
    return DuePage(tuple(items), more, first, last)


def _contact_text(contact: Contact | None) -> str:
    if contact is None:
        return ""
    text = f"{contact.channel} {contact.at:%m-%d}"
    return f"{text}: {contact.outcome}" if contact.outcome else text


# --- acting on an item ---------------------------------------------------------------------------------------

def _item_key(vehicle: Vehicle, kind: Kind) -> tuple[date | None, int | None]:
    if kind is Kind.SERVICE:
        return vehicle.next_service_on, vehicle.next_service_km
    return (vehicle.insurance_expires_on if kind is Kind.INSURANCE else vehicle.inspection_due_on), None


def _open_item(session: Session, vehicle_id: int, kind: Kind) -> tuple[Vehicle, date | None, int | None]:
    vehicle = _vehicle(session, vehicle_id)
    due_on, due_km = _item_key(vehicle, kind)
    if due_on is None and due_km is None:
        raise DomainError(NOTHING_DUE, kind=KIND_LABELS[kind])
    closed = session.scalar(select(ReminderClosure.id).where(
        ReminderClosure.vehicle_id == vehicle.id, ReminderClosure.kind == kind.value,
        ReminderClosure.due_on.is_not_distinct_from(due_on), ReminderClosure.due_km.is_not_distinct_from(due_km)))
    if closed is not None:
        raise DomainError(ALREADY_CLOSED)
    return vehicle, due_on, due_km


def log_call(session: Session, actor: int | None, vehicle_id: int, kind: Kind, outcome: str) -> int:
    """A reminder call made (reached or not, ``outcome`` says): a contact on the vehicle. Returns its id."""
    _open_item(session, vehicle_id, Kind(kind))
    return messages.log_contact(session, actor, purpose=PURPOSE[Kind(kind)], channel="call",
                                vehicle_id=vehicle_id, outcome=outcome)


def _close(session: Session, actor: int | None, vehicle: Vehicle, kind: Kind, due_on: date | None,
           due_km: int | None, *, booking_order_id: int | None = None, reason: str = "") -> int:
    closure = ReminderClosure(vehicle_id=vehicle.id, kind=kind.value, due_on=due_on, due_km=due_km,
                              booking_order_id=booking_order_id, reason=reason, closed_at=clock.now(),
                              closed_by_id=actor)
    session.add(closure)
    session.flush()
    audit.record(session, actor, "reminder_closed", "reminder_closure", closure.id, order_id=booking_order_id,
                 after={"vehicle_id": vehicle.id, "kind": kind.value, "due_on": due_on, "due_km": due_km,
                        "booking_order_id": booking_order_id, "reason": reason})
    return closure.id


def close_with_reason(session: Session, actor: int | None, vehicle_id: int, kind: Kind, reason: str) -> int:
    """Close an item without a booking (sold the car, serviced elsewhere, renewed already): the reason is kept."""
    permissions.require(session, actor)
    text = REASON.check(limits.squeeze(reason), "reason")
    if not text:
        raise DomainError(REASON_MISSING, field="reason")
    vehicle, due_on, due_km = _open_item(session, vehicle_id, Kind(kind))
    return _close(session, actor, vehicle, Kind(kind), due_on, due_km, reason=text)


def close_with_booking(session: Session, actor: int | None, vehicle_id: int, kind: Kind, booking_order_id: int) -> int:
    """Close an item by a booking of the car it brought (one already made)."""
    permissions.require(session, actor)
    vehicle, due_on, due_km = _open_item(session, vehicle_id, Kind(kind))
    booking = session.get(RepairOrder, booking_order_id)
    if booking is None or booking.vehicle_id != vehicle.id or booking.appointment is None:
        raise DomainError(NOT_A_BOOKING, field="booking")
    return _close(session, actor, vehicle, Kind(kind), due_on, due_km, booking_order_id=booking.id)


def book_and_close(session: Session, actor: int | None, vehicle_id: int, kind: Kind, start_at: datetime,
                   duration_min: int = appointments.DEFAULT_DURATION, note: str = "") -> appointments.AppointmentInfo:
    """Book the car in (for the customer on file) and close the item by that booking, in one action."""
    vehicle, _, _ = _open_item(session, vehicle_id, Kind(kind))
    customer = vehicle.customer
    info = appointments.book(session, actor, appointments.BookingForm(
        start_at=start_at, duration_min=duration_min, contact_name=customer.name if customer else "",
        contact_phone=customer.phone if customer else "", plate=vehicle.plate, note=note,
        customer_id=vehicle.customer_id, vehicle_id=vehicle.id))
    close_with_booking(session, actor, vehicle.id, Kind(kind), info.appointment.order_id)
    return info


@dataclass(frozen=True)
class BookingChoice:
    order_id: int
    start_at: datetime
    order_no: str | None


def bookings_of(session: Session, vehicle_id: int, today: date | None = None) -> tuple[BookingChoice, ...]:
    """The car's bookings from today on (to close an item by one the customer made)."""
    today = today or clock.now().date()
    rows = session.execute(select(RepairOrder.id, Appointment.start_at, RepairOrder.order_no)
                           .join(Appointment, Appointment.order_id == RepairOrder.id)
                           .where(RepairOrder.vehicle_id == vehicle_id, RepairOrder.status == OrderStatus.BOOKED,
                                  Appointment.start_at >= datetime.combine(today, time.min))
                           .order_by(Appointment.start_at)).all()
    return tuple(BookingChoice(*row) for row in rows)


# --- the month's figures -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ReminderFigures:
    kind: str  # Kind value
    label: str  # English source (Domain context)
    calls: int  # reminder calls made in the month
    messages: int  # reminder messages sent in the month
    bookings: int  # items closed in the month by a booking they brought
    closed_otherwise: int  # items closed in the month with a reason

    @property
    def sent(self) -> int:
        return self.calls + self.messages


def month_figures(session: Session, start: datetime, end: datetime) -> tuple[ReminderFigures, ...]:
    """Per kind: reminders sent (contacts with a reminder purpose, ``start`` ≤ at < ``end``) and the items closed
    by a booking or otherwise in the same time."""
    sent = session.execute(select(Contact.purpose, Contact.channel, func.count(Contact.id)).where(
        Contact.purpose.in_(tuple(PURPOSE.values())), Contact.at >= start, Contact.at < end)
        .group_by(Contact.purpose, Contact.channel)).all()
    closed = session.execute(select(ReminderClosure.kind, ReminderClosure.booking_order_id.is_not(None),
                                    func.count(ReminderClosure.id)).where(
        and_(ReminderClosure.closed_at >= start, ReminderClosure.closed_at < end))
        .group_by(ReminderClosure.kind, ReminderClosure.booking_order_id.is_not(None))).all()
    counts: dict[tuple[str, str], int] = {}
    for purpose, channel, count in sent:
        kind = KIND_OF_PURPOSE[purpose].value
        counts[(kind, channel)] = counts.get((kind, channel), 0) + count
    for kind, booked, count in closed:
        key = (kind, "booked" if booked else "closed")
        counts[key] = counts.get(key, 0) + count
    return tuple(ReminderFigures(kind.value, KIND_LABELS[kind], counts.get((kind.value, "call"), 0),
                                 counts.get((kind.value, "message"), 0), counts.get((kind.value, "booked"), 0),
                                 counts.get((kind.value, "closed"), 0)) for kind in Kind)
