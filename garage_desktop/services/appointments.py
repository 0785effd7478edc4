"""預約 Appointments: book, move, cancel and no-show bookings, and the load per hour against the bays.

A booking is a repair order in status BOOKED (no order number until intake) plus its ``Appointment`` row.
The load of an hour is the number of cars booked in it: a booking counts in every hour its duration
overlaps, cancelled and no-show bookings do not count, and cars that did arrive still do (they were there).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from garage_desktop.db.models import Appointment, Customer, RepairOrder, Vehicle
from garage_desktop.domain import lifecycle, limits
from garage_desktop.domain.classes import DEFAULT_REGULATORY, LABELS, JobClass, Payer
from garage_desktop.domain.identifiers import check_phone, check_plate, normalise_plate
from garage_desktop.domain.lifecycle import Event, OrderStatus, TransitionRefused
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError, ErrorCollector
from garage_desktop.services import audit, clock, customers, orders, permissions
from garage_desktop.services import settings as garage_settings

MIN_DURATION = 15
MAX_DURATION = 480
DEFAULT_DURATION = 60
# Statuses whose booking no longer takes a place in the workshop.
_NOT_COMING = frozenset({OrderStatus.CANCELLED, OrderStatus.NO_SHOW})

PAST = QT_TRANSLATE_NOOP("Domain", "A booking cannot start in the past.")
OUTSIDE_HOURS = QT_TRANSLATE_NOOP("Domain", "Bookings start within opening hours, from {opening} to {closing}.")
BAD_DURATION = QT_TRANSLATE_NOOP("Domain", "A booking lasts from {min} to {max} minutes.")
NAME_MISSING = QT_TRANSLATE_NOOP("Domain", "Enter the customer's name.")
NOT_A_BOOKING = QT_TRANSLATE_NOOP("Domain", "Order {ref} has no booking.")
CUSTOMER_GONE = QT_TRANSLATE_NOOP("Domain", "That customer no longer exists.")
VEHICLE_GONE = QT_TRANSLATE_NOOP("Domain", "That vehicle no longer exists.")
ALREADY_ARRIVED = QT_TRANSLATE_NOOP("Domain", "The car has arrived: the order is handled in the stage tabs now.")
NOT_YET_DUE = QT_TRANSLATE_NOOP("Domain", "The booked time has not come yet: if the customer called it off, cancel "
                                   "the booking instead.")
OVER_CAPACITY = QT_TRANSLATE_NOOP("Domain", "This booking puts an hour over the workshop's capacity.")


class LoadLevel(StrEnum):
    FREE = "free"
    NEAR = "near"  # three quarters of the bays or more, up to full
    OVER = "over"  # more cars than bays


def load_level(booked: int, capacity: int) -> LoadLevel:
    if booked > capacity:
        return LoadLevel.OVER
    if booked > 0 and booked * 4 >= capacity * 3:
        return LoadLevel.NEAR
    return LoadLevel.FREE


class BookingAction(StrEnum):
    """What the appointments screen can do to a booking (moving has no lifecycle event of its own)."""

    MOVE = "move"
    CANCEL = "cancel"
    NO_SHOW = "no_show"
    ARRIVE = "arrive"


_EVENTS = {BookingAction.CANCEL: Event.CANCEL, BookingAction.NO_SHOW: Event.NO_SHOW,
           BookingAction.ARRIVE: Event.RECEIVE}


def action_refusal(action: BookingAction, status: OrderStatus, start_at: datetime,
                   now: datetime) -> str | None:
    """None when ``action`` is possible; otherwise the English reason (may hold a ``{status}`` placeholder).

    The screen shows it as the tooltip of a disabled action; the services check it again before writing.
    """
    if status is not OrderStatus.BOOKED:
        if status in lifecycle.FINAL:
            return lifecycle.refusal(Event.RECEIVE, status)  # "The order is closed ({status}) ..."
        event = _EVENTS.get(action)
        # The lifecycle still allows cancelling later, but once the car is in, the order belongs to its stage.
        return (lifecycle.refusal(event, status) if event is not None else None) or ALREADY_ARRIVED
    if action is BookingAction.NO_SHOW and now < start_at:
        return NOT_YET_DUE
    return None


@dataclass(frozen=True)
class BookingForm:
    """What the advisor typed for a new booking."""

    start_at: datetime
    duration_min: int = DEFAULT_DURATION
    contact_name: str = ""
    contact_phone: str = ""
    plate: str = ""
    job_class: JobClass = JobClass.MINOR
    payer: Payer = Payer.SELF
    note: str = ""
    customer_id: int | None = None
    vehicle_id: int | None = None


@dataclass(frozen=True)
class AppointmentRow:
    order_id: int
    order_no: str | None
    start_at: datetime
    duration_min: int
    contact_name: str
    contact_phone: str
    plate: str
    job_class: JobClass
    job_class_label: str
    payer: Payer
    payer_label: str
    status: OrderStatus
    status_label: str
    note: str
    customer_id: int | None
    vehicle_id: int | None

    @property
    def end_at(self) -> datetime:
        return self.start_at + timedelta(minutes=self.duration_min)

    @property
    def counts(self) -> bool:
        """Whether the booking takes a place in the workshop's load."""
        return self.status not in _NOT_COMING


@dataclass(frozen=True)
class HourLoad:
    start: datetime
    end: datetime
    booked: int
    capacity: int
    level: LoadLevel


@dataclass(frozen=True)
class AppointmentInfo:
    """A booking after a write, the warnings to show (not errors), and the load of the hours it covers."""

    appointment: AppointmentRow
    warnings: tuple[str, ...] = ()
    loads: tuple[HourLoad, ...] = ()

    @property
    def over_capacity(self) -> bool:
        return any(load.level is LoadLevel.OVER for load in self.loads)


@dataclass(frozen=True)
class DayView:
    day: date
    opening: time
    closing: time
    capacity: int
    appointments: tuple[AppointmentRow, ...]
    loads: tuple[HourLoad, ...]

    @property
    def peak(self) -> HourLoad | None:
        return max(self.loads, key=lambda load: load.booked, default=None)

    @property
    def booked_count(self) -> int:
        return sum(1 for row in self.appointments if row.counts)


@dataclass(frozen=True)
class WeekView:
    monday: date
    days: tuple[DayView, ...] = field(default_factory=tuple)  # Monday .. Sunday

    @property
    def hour_starts(self) -> tuple[time, ...]:
        return tuple(load.start.time() for load in self.days[0].loads) if self.days else ()


@dataclass(frozen=True)
class KnownVehicle:
    vehicle_id: int
    customer_id: int
    plate: str
    make: str
    model: str
    customer_name: str
    customer_phone: str


# --- reading ------------------------------------------------------------------------------------------------

def _row(order: RepairOrder) -> AppointmentRow:
    appt = order.appointment
    assert appt is not None
    return AppointmentRow(
        order_id=order.id, order_no=order.order_no, start_at=appt.start_at, duration_min=appt.duration_min,
        contact_name=appt.contact_name, contact_phone=appt.contact_phone, plate=appt.plate,
        job_class=order.job_class, job_class_label=LABELS[order.job_class], payer=order.payer,
        payer_label=LABELS[order.payer], status=order.status, status_label=lifecycle.STATUS_LABELS[order.status],
        note=appt.note, customer_id=order.customer_id, vehicle_id=order.vehicle_id)


def _rows_between(session: Session, first: datetime, last: datetime) -> list[AppointmentRow]:
    """Bookings that may overlap [first, last): those starting in it or up to the longest duration before."""
    stmt = (select(RepairOrder).join(Appointment, Appointment.order_id == RepairOrder.id)
            .options(joinedload(RepairOrder.appointment))
            .where(Appointment.start_at >= first - timedelta(minutes=MAX_DURATION), Appointment.start_at < last)
            .order_by(Appointment.start_at, RepairOrder.id))
    return [_row(order) for order in session.scalars(stmt)]


def _hour_loads(day: date, opening: time, closing: time, capacity: int,
                rows: Iterable[AppointmentRow]) -> tuple[HourLoad, ...]:
    """One slot per hour from opening to closing (the last may be shorter); each counts overlapping cars."""
    counting = [row for row in rows if row.counts]
    start, close = datetime.combine(day, opening), datetime.combine(day, closing)
    loads = []
    while start < close:
        end = min(start + timedelta(hours=1), close)
        booked = sum(1 for row in counting if row.start_at < end and row.end_at > start)
        loads.append(HourLoad(start, end, booked, capacity, load_level(booked, capacity)))
        start = end
    return tuple(loads)


def _day_view(day: date, config: garage_settings.GarageSettings, rows: list[AppointmentRow]) -> DayView:
    first = datetime.combine(day, time())
    last = first + timedelta(days=1)
    own = tuple(row for row in rows if first <= row.start_at < last)
    loads = _hour_loads(day, config.opening_time, config.closing_time, config.bays, rows)
    return DayView(day, config.opening_time, config.closing_time, config.bays, own, loads)


def day_view(session: Session, day: date) -> DayView:
    """The day's bookings (cancelled and no-shows too, marked by status) and the load of each opening hour."""
    config = garage_settings.load(session)
    first = datetime.combine(day, time())
    return _day_view(day, config, _rows_between(session, first, first + timedelta(days=1)))


def week_view(session: Session, any_day: date) -> WeekView:
    """Monday to Sunday of the week holding ``any_day``: each day's bookings and hourly load."""
    config = garage_settings.load(session)
    monday = any_day - timedelta(days=any_day.weekday())
    first = datetime.combine(monday, time())
    rows = _rows_between(session, first, first + timedelta(days=7))
    return WeekView(monday, tuple(_day_view(monday + timedelta(days=i), config, rows) for i in range(7)))


def upcoming_for_intake(session: Session, day: date) -> tuple[AppointmentRow, ...]:
    """The day's bookings whose car has not arrived yet, in time order (the intake tab's waiting list)."""
    first = datetime.combine(day, time())
    stmt = (select(RepairOrder).join(Appointment, Appointment.order_id == RepairOrder.id)
            .options(joinedload(RepairOrder.appointment))
            .where(RepairOrder.status == OrderStatus.BOOKED, Appointment.start_at >= first,
                   Appointment.start_at < first + timedelta(days=1))
            .order_by(Appointment.start_at, RepairOrder.id))
    return tuple(_row(order) for order in session.scalars(stmt))


def booking_for_order(session: Session, order_id: int) -> AppointmentRow | None:
    """The booking behind an order, or None when the order was a walk-in (or does not exist)."""
    order = session.get(RepairOrder, order_id)
    return _row(order) if order is not None and order.appointment is not None else None


def known_vehicle(session: Session, plate: str) -> KnownVehicle | None:
    """The car already on file under this plate, typed in either script (the record in the plate's one form,
    else the newest), to link a booking to its owner."""
    vehicle = customers.vehicle_on_file(session, plate)
    if vehicle is None:
        return None
    return KnownVehicle(vehicle.id, vehicle.customer_id, vehicle.plate, vehicle.make, vehicle.model,
                        vehicle.customer.name, vehicle.customer.phone)


# --- writing ------------------------------------------------------------------------------------------------

def _check_time(config: garage_settings.GarageSettings, start_at: datetime, duration_min: int,
                found: ErrorCollector | None = None) -> datetime:
    """The start (to the minute) and the duration checked; a refusal goes to ``found`` when given (the other
    fields are checked too), else raises."""
    collect = ErrorCollector() if found is None else found
    start_at = start_at.replace(second=0, microsecond=0)
    if start_at < clock.now().replace(second=0, microsecond=0):
        collect.add(DomainError(PAST, field="start_at"))
    elif not config.opening_time <= start_at.time() < config.closing_time:
        collect.add(DomainError(OUTSIDE_HOURS, field="start_at", opening=f"{config.opening_time:%H:%M}",
                                closing=f"{config.closing_time:%H:%M}"))
    if not MIN_DURATION <= duration_min <= MAX_DURATION:
        collect.add(DomainError(BAD_DURATION, field="duration_min", min=MIN_DURATION, max=MAX_DURATION))
    if found is None:
        collect.raise_any()
    return start_at


def _text(value: str, field_name: str, rule: limits.TextLimit) -> str:
    return rule.check((value or "").strip(), field_name)


def _booking(session: Session, order_id: int) -> RepairOrder:
    order = orders.get_order(session, order_id)
    if order.appointment is None:
        raise DomainError(NOT_A_BOOKING, ref=f"#{order_id}")
    return order


def _refuse_unless(action: BookingAction, order: RepairOrder) -> None:
    assert order.appointment is not None
    why = action_refusal(action, order.status, order.appointment.start_at, clock.now())
    if why is not None:
        raise TransitionRefused(why, status=lifecycle.STATUS_LABELS[order.status])


def _info(session: Session, order: RepairOrder, warnings: Iterable[str] = ()) -> AppointmentInfo:
    """The booking with the load of the hours it covers, counted after the write."""
    session.flush()
    row = _row(order)
    view = day_view(session, row.start_at.date())
    loads = tuple(load for load in view.loads if load.start < row.end_at and load.end > row.start_at)
    warnings = list(warnings)
    if row.counts and any(load.level is LoadLevel.OVER for load in loads):
        warnings.append(OVER_CAPACITY)
    return AppointmentInfo(row, tuple(warnings), loads)


def _parties(session: Session, form: BookingForm) -> tuple[Customer | None, Vehicle | None]:
    """The customer and vehicle a booking is for: as chosen, or the car already on file under the plate."""
    vehicle = customer = None
    if form.vehicle_id is not None:
        vehicle = session.get(Vehicle, form.vehicle_id)
        if vehicle is None:
            raise DomainError(VEHICLE_GONE, field="plate")
    elif form.customer_id is None and form.plate.strip():
        known = known_vehicle(session, form.plate)
        vehicle = session.get(Vehicle, known.vehicle_id) if known is not None else None
    if form.customer_id is not None:
        customer = session.get(Customer, form.customer_id)
        if customer is None:
            raise DomainError(CUSTOMER_GONE, field="contact_name")
    elif vehicle is not None:
        customer = vehicle.customer
    return customer, vehicle


def book(session: Session, actor: int | None, form: BookingForm) -> AppointmentInfo:
    """Book a time: a repair order in status BOOKED with its appointment; warnings do not block."""
    permissions.require(session, actor)
    config = garage_settings.load(session)
    found = ErrorCollector()  # every field is checked: the panel shows all its problems after one click
    start_at = _check_time(config, form.start_at, form.duration_min, found)
    customer, vehicle = _parties(session, form)
    typed_name = found.check(_text, form.contact_name, "contact_name", limits.CONTACT_NAME)
    name = typed_name or (customer.name if customer else "")
    if typed_name is not None and not name:
        found.add(DomainError(NAME_MISSING, field="contact_name"))
    phone = ""
    try:
        phone = check_phone(form.contact_phone) or (customer.phone if customer else "")
    except DomainError as error:
        found.add(DomainError(error.message, field="contact_phone", **error.params))
    plate, warnings = (vehicle.plate if vehicle else ""), []
    if form.plate.strip():
        checked = found.check(check_plate, form.plate)
        if checked is not None:
            plate, warnings = checked.value, list(checked.warnings)
            if vehicle is not None and normalise_plate(vehicle.plate) == plate:
                plate = vehicle.plate  # the car's own spelling (a duplicate kept in Traditional until merged)
    note = found.check(_text, form.note, "note", limits.BOOKING_NOTE) or ""
    found.raise_any()
    job_class, payer = JobClass(form.job_class), Payer(form.payer)

    now = clock.now()
    order = RepairOrder(status=OrderStatus.BOOKED, job_class=job_class,
                        regulatory_class=DEFAULT_REGULATORY[job_class], payer=payer,
                        customer_id=customer.id if customer else None, vehicle_id=vehicle.id if vehicle else None,
                        created_at=now, updated_at=now, created_by_id=actor)
    session.add(order)
    session.flush()
    appointment = Appointment(order=order, start_at=start_at, duration_min=form.duration_min,
                              contact_name=name, contact_phone=phone, plate=plate, note=note, created_at=now,
                              created_by_id=actor)
    session.add(appointment)
    session.flush()
    audit.record(session, actor, "book", "appointment", appointment.id, order_id=order.id,
                 after={"start_at": start_at.isoformat(" "), "duration_min": form.duration_min,
                        "contact_name": name, "contact_phone": phone, "plate": plate,
                        "job_class": job_class.value, "payer": payer.value, "note": note})
    return _info(session, order, warnings)


def move(session: Session, actor: int | None, order_id: int, new_start: datetime,
         duration_min: int | None = None) -> AppointmentInfo:
    """Change a booking's time (and, if given, its duration). Only a booking whose car has not come."""
    permissions.require(session, actor)
    order = _booking(session, order_id)
    _refuse_unless(BookingAction.MOVE, order)
    appointment = order.appointment
    assert appointment is not None
    duration = appointment.duration_min if duration_min is None else duration_min
    start_at = _check_time(garage_settings.load(session), new_start, duration)
    before = {"start_at": appointment.start_at.isoformat(" "), "duration_min": appointment.duration_min}
    appointment.start_at, appointment.duration_min = start_at, duration
    order.updated_at = clock.now()
    audit.record(session, actor, "move", "appointment", appointment.id, order_id=order.id, before=before,
                 after={"start_at": start_at.isoformat(" "), "duration_min": duration})
    return _info(session, order)


def cancel(session: Session, actor: int | None, order_id: int, reason: str) -> AppointmentRow:
    """Cancel a booking (the customer called it off); the reason is required and kept on the order."""
    permissions.require(session, actor)
    order = _booking(session, order_id)
    _refuse_unless(BookingAction.CANCEL, order)
    orders.transition(session, order, Event.CANCEL, actor, reason=reason)
    return _row(order)


def no_show(session: Session, actor: int | None, order_id: int) -> AppointmentRow:
    """Mark a booking whose time has come and whose car did not."""
    permissions.require(session, actor)
    order = _booking(session, order_id)
    _refuse_unless(BookingAction.NO_SHOW, order)
    orders.transition(session, order, Event.NO_SHOW, actor)
    return _row(order)
