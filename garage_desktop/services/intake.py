"""接車 Intake: receive a car (walk-in or booked), record its intake inspection, correct it until 開單."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from garage_desktop.db.models import (
    Appointment,
    Customer,
    DamageMark,
    IntakeInspection,
    Operator,
    RepairOrder,
    Vehicle,
)
from garage_desktop.domain import lifecycle, limits, numbers
from garage_desktop.domain.classes import (
    DEFAULT_REGULATORY,
    BodyView,
    DamageKind,
    JobClass,
    Payer,
    RegulatoryClass,
    Role,
)
from garage_desktop.domain.identifiers import normalise_plate
from garage_desktop.domain.lifecycle import Event, OrderStatus, TransitionRefused
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError, ErrorCollector
from garage_desktop.services import audit, clock, customers, orders, permissions, sanbao, service_due
from garage_desktop.services.customers import (
    CustomerForm,
    CustomerInfo,
    FieldWarning,
    VehicleForm,
    VehicleInfo,
)

# Who receives cars.
RECEIVERS = (Role.ADVISOR, Role.INSPECTOR)
# The intake record may be corrected until the customer confirms the work order (開單).
EDITABLE: frozenset[OrderStatus] = frozenset({OrderStatus.RECEIVED, OrderStatus.ESTIMATED})
NOT_EDITABLE = QT_TRANSLATE_NOOP("Domain", "The intake record can be changed only until the customer "
                                           "confirms the work order; this order is {status}.")
MAX_FUEL = 8  # fuel level in eighths of a tank
MAX_MILEAGE = numbers.MAX_MILEAGE


@dataclass(frozen=True)
class DamageMarkInput:
    """A mark on the body diagram: position in per mille of the view's width and height."""

    view: BodyView
    x: int
    y: int
    kind: DamageKind
    note: str = ""


@dataclass(frozen=True)
class IntakeForm:
    """Everything the advisor types at intake. ``mileage`` may be the text as typed ("45,230")."""

    customer: CustomerForm
    vehicle: VehicleForm
    complaint: str = ""
    mileage: int | str | None = None
    fuel_level: int | None = None
    items_left: str = ""
    notes: str = ""
    damage_marks: tuple[DamageMarkInput, ...] = ()
    job_class: JobClass = JobClass.MINOR
    regulatory_class: RegulatoryClass | None = None  # None: the job class's usual one
    payer: Payer = Payer.SELF
    promised_at: datetime | None = None
    booking_order_id: int | None = None  # the booked order to receive; None for a walk-in


@dataclass(frozen=True)
class IntakeResult:
    order_id: int
    order_no: str
    warnings: tuple[FieldWarning, ...]


# --- checking -------------------------------------------------------------------------------------------
def parse_mileage(value: int | str | None) -> int:
    """The odometer reading in whole km from what was typed ("45,230 km"); DomainError on field "mileage" (the
    rules are ``domain.numbers.parse_mileage``'s: ASCII or full-width digits, thousands commas only)."""
    return numbers.parse_mileage(value, field="mileage")


def _check_marks(marks: tuple[DamageMarkInput, ...]) -> list[DamageMarkInput]:
    if len(marks) > limits.DAMAGE_MARKS:
        raise DomainError(limits.TOO_MANY_MARKS, field="damage_marks", limit=limits.DAMAGE_MARKS)
    checked = []
    for mark in marks:
        if not (0 <= mark.x <= 1000 and 0 <= mark.y <= 1000):
            raise DomainError(QT_TRANSLATE_NOOP("Domain", "A damage mark lies outside the car outline."),
                              field="damage_marks")
        note = limits.DAMAGE_NOTE.check((mark.note or "").strip(), "damage_marks")
        checked.append(DamageMarkInput(BodyView(mark.view), mark.x, mark.y, DamageKind(mark.kind), note))
    return checked


@dataclass(frozen=True)
class _Checked:
    customer: CustomerForm
    vehicle: VehicleForm
    warnings: list[FieldWarning]
    mileage: int
    fuel_level: int | None
    complaint: str
    items_left: str
    notes: str
    marks: list[DamageMarkInput]
    job_class: JobClass
    regulatory_class: RegulatoryClass
    payer: Payer
    promised_at: datetime
    owner_id: int | None  # a car on file found by its plate keeps its owner; None: the customer is the owner


def _check(session: Session, form: IntakeForm, now: datetime,
           current_promise: datetime | None = None) -> _Checked:
    """Every field of the form, top to bottom as on the screen; every problem is kept with its field and raised
    together (``DomainErrors`` when there are several), so the form shows them all after one click.

    A promise equal to ``current_promise`` is not checked against the clock again (correcting a complaint
    on a car whose promise has passed must stay possible).
    """
    found = ErrorCollector()
    if found.check(customers.check_customer, form.customer) is None:
        found.check(customers.check_vehicle, session, form.vehicle)  # the car's own fields are checked still
    else:
        with found:
            # A car typed again (in either script) rather than picked is the one on file, not a second record.
            on_file = customers.adopt_on_file(session, customers.check_customer(form.customer), form.vehicle)
            customer = on_file.customer
            vehicle, warnings = customers.check_vehicle(session, on_file.vehicle)
            warnings += on_file.warnings
    mileage = found.check(parse_mileage, form.mileage)
    if form.fuel_level is not None and not 0 <= form.fuel_level <= MAX_FUEL:
        found.add(DomainError(QT_TRANSLATE_NOOP("Domain", "The fuel level is given in eighths of a tank (0 to "
                                                          "8)."), field="fuel_level"))
    complaint = (form.complaint or "").strip()
    if not complaint:
        found.add(DomainError(QT_TRANSLATE_NOOP("Domain", "Write down the complaint in the customer's own "
                                                          "words."), field="complaint"))
    found.check(limits.COMPLAINT.check, complaint, "complaint")
    items_left = found.check(limits.ITEMS_LEFT.check, (form.items_left or "").strip(), "items_left")
    notes = found.check(limits.INTAKE_NOTES.check, (form.notes or "").strip(), "notes")
    marks = found.check(_check_marks, form.damage_marks)
    job_class = JobClass(form.job_class)
    regulatory_class = RegulatoryClass(form.regulatory_class or DEFAULT_REGULATORY[job_class])
    payer = Payer(form.payer)
    promised_at = form.promised_at.replace(second=0, microsecond=0) if form.promised_at else None
    if promised_at is None:
        found.add(DomainError(QT_TRANSLATE_NOOP("Domain", "Enter the promised completion time."),
                              field="promised_at"))
    elif promised_at != current_promise and promised_at <= now:
        found.add(DomainError(QT_TRANSLATE_NOOP("Domain", "The promised time must be later than now."),
                              field="promised_at"))
    found.raise_any()
    return _Checked(customer, vehicle, warnings, mileage, form.fuel_level, complaint, items_left, notes, marks,
                    job_class, regulatory_class, payer, promised_at, on_file.owner_id)


def _new_marks(marks: list[DamageMarkInput]) -> list[DamageMark]:
    return [DamageMark(view=m.view, x=m.x, y=m.y, kind=m.kind, note=m.note, found_at="intake") for m in marks]


def _marks_audit(marks: list[DamageMarkInput]) -> list[str]:
    return [f"{m.view.value}:{m.kind.value}@{m.x},{m.y}" + (f" {m.note}" if m.note else "") for m in marks]


# --- receiving ------------------------------------------------------------------------------------------
ALREADY_IN_SHOP = QT_TRANSLATE_NOOP("Domain", "{plate} is already in the garage on order {order} ({status}): "
                                             "open that order instead of receiving the car twice.")


class AlreadyInShop(DomainError):
    """The car is still in the garage on another order: a second open order for it is refused (the window offers
    to open the one it has)."""

    def __init__(self, order_id: int, order_no: str, plate: str, status: str) -> None:
        super().__init__(ALREADY_IN_SHOP, field="plate", plate=plate, order=order_no, status=status)
        self.order_id = order_id


def _open_order_of(session: Session, vehicle_id: int, other_than: int | None) -> RepairOrder | None:
    """The car's order still in the garage's hands (on the board), if any, besides ``other_than``."""
    stmt = select(RepairOrder).where(RepairOrder.vehicle_id == vehicle_id,
                                     RepairOrder.status.in_(lifecycle.IN_SHOP))
    if other_than is not None:
        stmt = stmt.where(RepairOrder.id != other_than)
    return session.scalars(stmt.order_by(RepairOrder.id.desc()).limit(1)).first()


def receive(session: Session, actor: int | None, form: IntakeForm) -> IntakeResult:
    """Receive a car: register or update its customer and vehicle, open the order (a booking's order or a new
    walk-in order) in status RECEIVED with its number, and record the intake inspection with its damage marks.

    Every field is checked before anything is written.
    """
    operator = permissions.require(session, actor, *RECEIVERS)
    booking: RepairOrder | None = None
    if form.booking_order_id is not None:
        booking = orders.get_order(session, form.booking_order_id)
        why = lifecycle.refusal(Event.RECEIVE, booking.status)
        if why is not None:
            raise TransitionRefused(why, status=lifecycle.STATUS_LABELS[booking.status])
    now = clock.now()
    checked = _check(session, form, now)

    warnings = list(checked.warnings)
    customer = customers.write_customer(session, actor, checked.customer)
    vehicle = customers.write_vehicle(session, actor, checked.vehicle, checked.owner_id or customer.id)
    open_order = _open_order_of(session, vehicle.id, booking.id if booking is not None else None)
    if open_order is not None:  # refused: the transaction, with the customer and car just written, rolls back
        raise AlreadyInShop(open_order.id, open_order.order_no or f"#{open_order.id}", vehicle.plate,
                            lifecycle.STATUS_LABELS[open_order.status])
    mileage_warning = customers.record_mileage(vehicle, checked.mileage)
    if mileage_warning is not None:
        warnings.append(mileage_warning)
    sanbao_warning = sanbao.warning(session, checked.payer, vehicle.purchase_date, checked.mileage)
    if sanbao_warning is not None:  # 三包 outside its periods: said, never blocked (issue 16)
        warnings.append(sanbao_warning)

    if booking is None:
        order = RepairOrder(status=OrderStatus.RECEIVED, order_no=orders.next_order_no(session, now),
                            created_at=now, created_by_id=actor, received_at=now, received_by_id=actor,
                            updated_at=now, job_class=checked.job_class,
                            regulatory_class=checked.regulatory_class, payer=checked.payer)
        session.add(order)
        session.flush()
        # A walk-in is born received: audited the way a transition is.
        audit.record(session, actor, f"status:{Event.RECEIVE.value}", "repair_order", order.id,
                     order_id=order.id, after=OrderStatus.RECEIVED.value)
    else:
        order = booking
        orders.transition(session, order, Event.RECEIVE, actor, at=now)
        order.order_no = order.order_no or orders.next_order_no(session, now)

    order.customer_id, order.vehicle_id = customer.id, vehicle.id
    order.complaint = checked.complaint
    order.mileage_in, order.fuel_level = checked.mileage, checked.fuel_level
    order.job_class, order.regulatory_class, order.payer = (checked.job_class, checked.regulatory_class,
                                                           checked.payer)
    order.promised_at = order.original_promised_at = checked.promised_at
    order.holder = operator.name
    session.add(IntakeInspection(order_id=order.id, mileage=checked.mileage, fuel_level=checked.fuel_level,
                                 items_left=checked.items_left, notes=checked.notes, inspected_at=now,
                                 inspected_by_id=actor, damage_marks=_new_marks(checked.marks)))
    audit.record(session, actor, "intake", "repair_order", order.id, order_id=order.id,
                 after={"order_no": order.order_no, "mileage": checked.mileage,
                        "fuel_level": checked.fuel_level, "promised_at": checked.promised_at,
                        "marks": _marks_audit(checked.marks)})
    session.flush()
    _refresh_due(session, vehicle)
    return IntakeResult(order.id, order.order_no or "", tuple(warnings))


def _refresh_due(session: Session, *vehicles: Vehicle | None) -> None:
    """A new or corrected intake reading moves the expected mileage, so a service due by km may fall due on
    another day: worked out again for each car with a next service by km (the reminders list reads that day)."""
    for vehicle in {v for v in vehicles if v is not None and v.next_service_km is not None}:
        service_due.refresh_service_due(session, vehicle)


def _earlier_mileage(session: Session, vehicle_id: int, order_id: int) -> int | None:
    """The highest reading recorded for the vehicle by its other orders."""
    row = session.execute(select(func.max(RepairOrder.mileage_in), func.max(RepairOrder.mileage_out))
                          .where(RepairOrder.vehicle_id == vehicle_id, RepairOrder.id != order_id)).one()
    readings = [value for value in row if value is not None]
    return max(readings) if readings else None


# The order's columns the intake form may correct.
_ORDER_FIELDS = ("customer_id", "vehicle_id", "complaint", "mileage_in", "fuel_level", "job_class",
                 "regulatory_class", "payer")


def update_intake(session: Session, actor: int | None, order_id: int, form: IntakeForm) -> IntakeResult:
    """Correct the intake of an order still RECEIVED or ESTIMATED: customer, vehicle, complaint, mileage,
    fuel, items, notes, marks (those found at intake), classes, payer and the promised time.

    A changed promise replaces ``promised_at`` only; the original promise (kept for the on-time KPI) stays.
    """
    permissions.require(session, actor, *RECEIVERS)
    order = orders.get_order(session, order_id)
    if order.status not in EDITABLE:
        raise DomainError(NOT_EDITABLE, status=lifecycle.STATUS_LABELS[order.status])
    now = clock.now()
    checked = _check(session, replace(form, booking_order_id=None), now, current_promise=order.promised_at)

    warnings = list(checked.warnings)
    customer = customers.write_customer(session, actor, checked.customer)
    vehicle = customers.write_vehicle(session, actor, checked.vehicle, checked.owner_id or customer.id)
    intake = order.intake
    if intake is None:  # an order received before intake records existed
        intake = IntakeInspection(order_id=order.id, inspected_at=now, inspected_by_id=actor)
        session.add(intake)
    same_car = vehicle.id == order.vehicle_id
    if same_car and order.mileage_in is not None and vehicle.last_mileage == order.mileage_in:
        # This intake set the last mileage: a corrected reading replaces it (a typo must not stick).
        vehicle.last_mileage = _earlier_mileage(session, vehicle.id, order.id)
    mileage_warning = customers.record_mileage(vehicle, checked.mileage)
    if mileage_warning is not None:
        warnings.append(mileage_warning)
    sanbao_warning = sanbao.warning(session, checked.payer, vehicle.purchase_date, checked.mileage)
    if sanbao_warning is not None:
        warnings.append(sanbao_warning)

    before_values = {name: getattr(order, name) for name in _ORDER_FIELDS}
    after_values = dict(zip(_ORDER_FIELDS, (customer.id, vehicle.id, checked.complaint, checked.mileage,
                                            checked.fuel_level, checked.job_class, checked.regulatory_class,
                                            checked.payer), strict=True))
    changed = {k for k in after_values if before_values[k] != after_values[k]}
    for name in changed:
        setattr(order, name, after_values[name])
    if checked.promised_at != order.promised_at:
        audit.record(session, actor, "promise", "repair_order", order.id, order_id=order.id,
                     before=order.promised_at, after=checked.promised_at)
        orders.set_promise(order, checked.promised_at, now)
        if order.original_promised_at is None:
            order.original_promised_at = checked.promised_at

    old_marks = [m for m in intake.damage_marks if m.found_at == "intake"]
    old_audit = sorted(_marks_audit([DamageMarkInput(m.view, m.x, m.y, m.kind, m.note) for m in old_marks]))
    new_audit = sorted(_marks_audit(checked.marks))
    if old_audit != new_audit:
        for mark in old_marks:
            intake.damage_marks.remove(mark)
        intake.damage_marks.extend(_new_marks(checked.marks))
    intake_before = {"items_left": intake.items_left, "notes": intake.notes}
    intake.mileage, intake.fuel_level = checked.mileage, checked.fuel_level
    intake.items_left, intake.notes = checked.items_left, checked.notes
    if changed or old_audit != new_audit or intake_before != {"items_left": checked.items_left,
                                                             "notes": checked.notes}:
        audit.record(session, actor, "intake:update", "repair_order", order.id, order_id=order.id,
                     before={**{k: before_values[k] for k in changed}, **intake_before, "marks": old_audit},
                     after={**{k: after_values[k] for k in changed}, "items_left": checked.items_left,
                            "notes": checked.notes, "marks": new_audit})
    order.updated_at = now
    session.flush()
    if changed & {"mileage_in", "vehicle_id"}:
        earlier = before_values["vehicle_id"]
        _refresh_due(session, vehicle, session.get(Vehicle, earlier) if earlier else None)
    return IntakeResult(order.id, order.order_no or "", tuple(warnings))


# --- reading --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class DamageMarkView:
    id: int
    view: BodyView
    x: int
    y: int
    kind: DamageKind
    note: str
    found_at: str  # "intake" or "qc"


@dataclass(frozen=True)
class BookingInfo:
    start_at: datetime
    contact_name: str
    contact_phone: str
    plate: str
    note: str


@dataclass(frozen=True)
class IntakeView:
    """An order as the intake tab shows it (and as QC and delivery compare against)."""

    order_id: int
    order_no: str | None
    status: OrderStatus
    status_label: str
    editable: bool
    booking: BookingInfo | None
    customer: CustomerInfo | None
    vehicle: VehicleInfo | None
    complaint: str
    mileage: int | None
    fuel_level: int | None
    items_left: str
    notes: str
    damage_marks: tuple[DamageMarkView, ...]
    job_class: JobClass
    regulatory_class: RegulatoryClass
    payer: Payer
    promised_at: datetime | None
    original_promised_at: datetime | None
    received_at: datetime | None
    received_by: str
    inspected_at: datetime | None
    inspected_by: str


def _name(session: Session, operator_id: int | None) -> str:
    operator = session.get(Operator, operator_id) if operator_id is not None else None
    return operator.name if operator else ""


def intake_record(session: Session, order_id: int) -> IntakeView:
    order = orders.get_order(session, order_id)
    appointment = order.appointment
    # The booked plate in its one form (a booking made before plates had one may hold it in Traditional).
    booking = (BookingInfo(appointment.start_at, appointment.contact_name, appointment.contact_phone or "",
                           normalise_plate(appointment.plate or ""), appointment.note or "") if appointment else None)
    intake = order.intake
    marks = tuple(DamageMarkView(m.id, m.view, m.x, m.y, m.kind, m.note or "", m.found_at)
                  for m in sorted(intake.damage_marks, key=lambda m: m.id)) if intake else ()
    return IntakeView(
        order.id, order.order_no, order.status, lifecycle.STATUS_LABELS[order.status],
        order.status in EDITABLE, booking,
        customers.customer_details(session, order.customer_id) if order.customer_id else None,
        customers.vehicle_details(session, order.vehicle_id) if order.vehicle_id else None,
        order.complaint or "", order.mileage_in, order.fuel_level, intake.items_left if intake else "",
        intake.notes if intake else "", marks, order.job_class, order.regulatory_class, order.payer,
        order.promised_at, order.original_promised_at, order.received_at,
        _name(session, order.received_by_id), intake.inspected_at if intake else None,
        _name(session, intake.inspected_by_id) if intake else "")


@dataclass(frozen=True)
class WaitingOrder:
    """A row of the intake tab's list: a booking expected today or a received car waiting for diagnosis."""

    order_id: int
    order_no: str | None
    status: OrderStatus
    status_label: str
    at: datetime | None  # booked start time, or when the car was received
    plate: str
    customer_name: str
    phone: str
    complaint: str
    promised_at: datetime | None


def waiting(session: Session, day: date) -> list[WaitingOrder]:
    """The day's bookings not yet arrived (by time), then the received cars waiting for diagnosis."""
    start = datetime.combine(day, time.min)
    stmt = (
        select(RepairOrder.id, RepairOrder.order_no, RepairOrder.status, Appointment.start_at,
               RepairOrder.received_at, Vehicle.plate, Appointment.plate, Customer.name,
               Appointment.contact_name, Customer.phone, Appointment.contact_phone, RepairOrder.complaint,
               RepairOrder.promised_at)
        .outerjoin(Appointment, Appointment.order_id == RepairOrder.id)
        .outerjoin(Vehicle, Vehicle.id == RepairOrder.vehicle_id)
        .outerjoin(Customer, Customer.id == RepairOrder.customer_id)
        .where(or_(and_(RepairOrder.status == OrderStatus.BOOKED, Appointment.start_at >= start,
                        Appointment.start_at < start + timedelta(days=1)),
                   RepairOrder.status == OrderStatus.RECEIVED))
    )
    rows = []
    for (oid, no, status, start_at, received_at, plate, booked_plate, name, contact, phone, contact_phone,
         complaint, promised_at) in session.execute(stmt):
        booked = status is OrderStatus.BOOKED
        rows.append(WaitingOrder(oid, no, status, lifecycle.STATUS_LABELS[status],
                                 start_at if booked else received_at, plate or booked_plate or "",
                                 name or contact or "", phone or contact_phone or "", complaint or "",
                                 promised_at))
    rows.sort(key=lambda r: (r.status is not OrderStatus.BOOKED, r.at or datetime.min, r.order_id))
    return rows
