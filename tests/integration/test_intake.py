"""接車 Intake: receiving walk-ins and bookings, the intake inspection, corrections, and the waiting list."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from garage_desktop.db.engine import Database
from garage_desktop.db.models import (
    Appointment,
    AuditEvent,
    Customer,
    DamageMark,
    IntakeInspection,
    RepairOrder,
    Vehicle,
)
from garage_desktop.domain.classes import BodyView, DamageKind, JobClass, Payer, RegulatoryClass, Role
from garage_desktop.domain.lifecycle import Event, OrderStatus, TransitionRefused
from garage_desktop.domain.text import DomainError, PermissionRefused
from garage_desktop.services import clock, customers, intake, orders
from garage_desktop.services.customers import CustomerForm, VehicleForm
from garage_desktop.services.intake import DamageMarkInput, IntakeForm
from tests.integration.test_customers import LIN_VIN

NOW = datetime(2026, 11, 28, 9, 30)
PROMISE = datetime(2026, 11, 28, 17, 0)


@pytest.fixture(autouse=True)
def _fixed_clock() -> None:
    clock.set_fixed(NOW)


def walk_in(**changes: object) -> IntakeForm:
    form = IntakeForm(
        customer=CustomerForm(name="林志明", phone="13812345678", address="廣州市天河區"),
        vehicle=VehicleForm(plate="粵A12345", vin=LIN_VIN, make="大眾", model="朗逸", year=2021, colour="白"),
        complaint="冷車啟動時有異響，開十分鐘後消失", mileage="45,230", fuel_level=3, items_left="行車記錄儀",
        notes="左後門有舊刮痕",
        damage_marks=(DamageMarkInput(BodyView.LEFT, 720, 480, DamageKind.SCRATCH, "舊刮痕"),
                      DamageMarkInput(BodyView.FRONT, 300, 700, DamageKind.CHIP)),
        job_class=JobClass.MINOR, payer=Payer.SELF, promised_at=PROMISE)
    return replace(form, **changes)


def _receive(db: Database, actor: int, form: IntakeForm) -> intake.IntakeResult:
    with db.session_scope() as s:
        return intake.receive(s, actor, form)


def _book(db: Database, actor: int, start_at: datetime, plate: str = "粵B7K921", name: str = "陳美玲") -> int:
    """A booking as the appointments tab makes it: an order in status BOOKED with its appointment."""
    with db.session_scope() as s:
        order = RepairOrder(status=OrderStatus.BOOKED, job_class=JobClass.MEDIUM,
                            regulatory_class=RegulatoryClass.LEVEL2_MAINTENANCE, payer=Payer.WARRANTY,
                            created_at=NOW - timedelta(days=2), updated_at=NOW - timedelta(days=2),
                            created_by_id=actor)
        s.add(order)
        s.flush()
        s.add(Appointment(order_id=order.id, start_at=start_at, contact_name=name, contact_phone="13922223333",
                          plate=plate, created_at=NOW - timedelta(days=2), created_by_id=actor))
        return order.id


def _rows(db: Database) -> tuple[int, ...]:
    with db.session_scope() as s:
        return tuple(s.scalar(select(func.count()).select_from(m)) for m in
                     (Customer, Vehicle, RepairOrder, IntakeInspection, DamageMark))


def test_walk_in_creates_customer_vehicle_order_and_intake(db: Database, advisor: int) -> None:
    result = _receive(db, advisor, walk_in())
    assert result.order_no == "WO20261128-001"
    assert result.warnings == ()
    with db.session_scope() as s:
        order = s.get(RepairOrder, result.order_id)
        assert order.status is OrderStatus.RECEIVED
        assert (order.received_at, order.received_by_id, order.created_by_id) == (NOW, advisor, advisor)
        assert (order.mileage_in, order.fuel_level, order.complaint) == (45230, 3, "冷車啟動時有異響，開十分鐘後消失")
        assert (order.job_class, order.regulatory_class, order.payer) == (
            JobClass.MINOR, RegulatoryClass.MINOR_REPAIR, Payer.SELF)
        assert order.promised_at == order.original_promised_at == PROMISE
        assert order.customer.name == "林志明" and order.customer.name_initials == "lzm"
        assert order.vehicle.plate == "粤A12345" and order.vehicle.last_mileage == 45230  # as on the plate
        assert order.holder == "王小明"
        record = order.intake
        assert (record.mileage, record.fuel_level, record.items_left, record.inspected_by_id) == (
            45230, 3, "行車記錄儀", advisor)
        assert sorted((m.view, m.kind, m.x, m.y, m.note) for m in record.damage_marks) == [
            (BodyView.FRONT, DamageKind.CHIP, 300, 700, ""), (BodyView.LEFT, DamageKind.SCRATCH, 720, 480, "舊刮痕")]
        actions = set(s.scalars(select(AuditEvent.action).where(AuditEvent.order_id == order.id)))
        assert {"status:receive", "intake"} <= actions


def test_second_walk_in_of_the_day_gets_the_next_number(db: Database, advisor: int) -> None:
    _receive(db, advisor, walk_in())
    second = _receive(db, advisor, walk_in(customer=CustomerForm(name="黃建國"),
                                           vehicle=VehicleForm(plate="粵A54321")))
    assert second.order_no == "WO20261128-002"


@pytest.mark.parametrize("plate", ["粤A12345", "粵A12345", "粤a 12345"])  # either script, as typed
def test_a_car_already_in_the_garage_is_not_received_twice(db: Database, advisor: int, plate: str) -> None:
    """Two open orders for one car were created without a word: the second intake is refused, naming the order
    the car is on (the window offers to open it), and nothing is written."""
    first = _receive(db, advisor, walk_in())
    before = _rows(db)
    with pytest.raises(intake.AlreadyInShop) as refused:
        _receive(db, advisor, walk_in(customer=CustomerForm(name="林志明", phone="13812345678"),
                                      vehicle=VehicleForm(plate=plate), complaint="又來了"))
    assert refused.value.order_id == first.order_id and refused.value.field == "plate"
    assert refused.value.params["order"] == first.order_no
    assert _rows(db) == before
    # once that order is over (here: cancelled), the car is received again
    with db.session_scope() as s:
        orders.transition(s, s.get(RepairOrder, first.order_id), Event.CANCEL, advisor, reason="test")
    assert _receive(db, advisor, walk_in(vehicle=VehicleForm(plate=plate))).order_no == "WO20261128-002"


def test_booking_is_received_on_its_own_order(db: Database, advisor: int) -> None:
    booking = _book(db, advisor, NOW)
    form = walk_in(booking_order_id=booking, customer=CustomerForm(name="陳美玲", phone="13922223333"),
                   vehicle=VehicleForm(plate="粵B7K921"), job_class=JobClass.MEDIUM, payer=Payer.WARRANTY)
    result = _receive(db, advisor, form)
    assert result.order_id == booking
    with db.session_scope() as s:
        order = s.get(RepairOrder, booking)
        assert order.status is OrderStatus.RECEIVED and order.order_no == "WO20261128-001"
        assert (order.received_at, order.received_by_id) == (NOW, advisor)
        assert order.regulatory_class is RegulatoryClass.LEVEL2_MAINTENANCE and order.payer is Payer.WARRANTY
        assert order.intake is not None and len(order.intake.damage_marks) == 2
        assert s.scalar(select(func.count(RepairOrder.id))) == 1
    with pytest.raises(TransitionRefused), db.session_scope() as s:
        intake.receive(s, advisor, form)


def test_known_customer_and_vehicle_are_updated_not_duplicated(db: Database, advisor: int) -> None:
    first = _receive(db, advisor, walk_in())
    with db.session_scope() as s:
        order = s.get(RepairOrder, first.order_id)
        customer_id, vehicle_id = order.customer_id, order.vehicle_id
        orders.transition(s, order, Event.CANCEL, advisor, reason="test")
    again = walk_in(customer=CustomerForm(customer_id, "林志明", "13800001111"),
                    vehicle=VehicleForm(vehicle_id, "粵A12345", LIN_VIN, "大眾", "朗逸", 2021, "白"),
                    mileage=46000)
    _receive(db, advisor, again)
    with db.session_scope() as s:
        assert s.scalar(select(func.count(Customer.id))) == 1
        assert s.get(Customer, customer_id).phone == "13800001111"
        assert s.get(Vehicle, vehicle_id).last_mileage == 46000


def test_mileage_below_last_recorded_warns_and_keeps_the_last(db: Database, advisor: int) -> None:
    first = _receive(db, advisor, walk_in())
    with db.session_scope() as s:
        order = s.get(RepairOrder, first.order_id)
        ids = (order.customer_id, order.vehicle_id)
        orders.transition(s, order, Event.CANCEL, advisor, reason="test")  # the car left; it comes back later
    result = _receive(db, advisor, walk_in(customer=CustomerForm(ids[0], "林志明"),
                                           vehicle=VehicleForm(ids[1], "粵A12345", LIN_VIN), mileage=44000))
    assert [(w.field, w.params) for w in result.warnings] == [("mileage", {"last": 45230})]
    with db.session_scope() as s:
        assert s.get(Vehicle, ids[1]).last_mileage == 45230
        assert s.get(RepairOrder, result.order_id).mileage_in == 44000


@pytest.mark.parametrize(("changes", "field"), [
    ({"promised_at": NOW - timedelta(minutes=5)}, "promised_at"),
    ({"promised_at": None}, "promised_at"),
    ({"vehicle": VehicleForm(plate="粵A12345", vin="LSVAU2180N21834")}, "vin"),
    ({"complaint": "  "}, "complaint"),
    ({"mileage": "abc"}, "mileage"),
    ({"mileage": ""}, "mileage"),
    ({"fuel_level": 9}, "fuel_level"),
    ({"customer": CustomerForm(name="")}, "name"),
    ({"vehicle": VehicleForm(plate="")}, "plate"),
    ({"damage_marks": (DamageMarkInput(BodyView.TOP, 1200, 10, DamageKind.DENT),)}, "damage_marks"),
    # one more mark than the printed diagram numbers
    ({"damage_marks": tuple(DamageMarkInput(BodyView.LEFT, 10 * i, 500, DamageKind.SCRATCH) for i in range(21))},
     "damage_marks"),
])
def test_bad_input_is_refused_with_its_field_and_nothing_written(db: Database, advisor: int, changes: dict,
                                                                 field: str) -> None:
    before = _rows(db)
    with pytest.raises(DomainError) as error:
        _receive(db, advisor, walk_in(**changes))
    assert error.value.field == field
    assert _rows(db) == before


def test_bad_vin_on_a_booking_leaves_the_booking_booked(db: Database, advisor: int) -> None:
    booking = _book(db, advisor, NOW)
    with pytest.raises(DomainError) as error:
        _receive(db, advisor, walk_in(booking_order_id=booking, vehicle=VehicleForm(plate="粵B7K921", vin="LSV123")))
    assert error.value.field == "vin"
    with db.session_scope() as s:
        order = s.get(RepairOrder, booking)
        assert order.status is OrderStatus.BOOKED and order.order_no is None and order.intake is None


def test_failing_vin_check_digit_warns_but_receives(db: Database, advisor: int) -> None:
    wrong = LIN_VIN[:8] + ("0" if LIN_VIN[8] != "0" else "1") + LIN_VIN[9:]
    result = _receive(db, advisor, walk_in(vehicle=VehicleForm(plate="粵A12345", vin=wrong)))
    assert [w.field for w in result.warnings] == ["vin"]
    with db.session_scope() as s:
        assert s.get(RepairOrder, result.order_id).vehicle.vin == wrong


def test_store_keeper_may_not_receive(db: Database, people: dict[Role, int]) -> None:
    with pytest.raises(PermissionRefused):
        _receive(db, people[Role.STORE], walk_in())
    assert _receive(db, people[Role.INSPECTOR], walk_in()).order_no


def test_intake_record_shows_everything_for_later_comparison(db: Database, advisor: int) -> None:
    result = _receive(db, advisor, walk_in())
    with db.session_scope() as s:
        view = intake.intake_record(s, result.order_id)
    assert view.editable and view.status is OrderStatus.RECEIVED and view.order_no == "WO20261128-001"
    assert view.customer.name == "林志明" and view.vehicle.plate == "粤A12345" and view.vehicle.last_mileage == 45230
    assert (view.mileage, view.fuel_level, view.items_left, view.notes) == (45230, 3, "行車記錄儀", "左後門有舊刮痕")
    assert [(m.view, m.kind, m.found_at) for m in view.damage_marks] == [
        (BodyView.LEFT, DamageKind.SCRATCH, "intake"), (BodyView.FRONT, DamageKind.CHIP, "intake")]
    assert (view.received_by, view.inspected_by, view.received_at) == ("王小明", "王小明", NOW)
    assert view.booking is None


def test_booked_order_record_carries_the_booking(db: Database, advisor: int) -> None:
    booking = _book(db, advisor, NOW + timedelta(hours=1))
    with db.session_scope() as s:
        view = intake.intake_record(s, booking)
    assert not view.editable and view.customer is None and view.damage_marks == ()
    # booked before plates had one form (粵B7K921 as typed): shown in its one form
    assert (view.booking.contact_name, view.booking.plate, view.job_class) == ("陳美玲", "粤B7K921", JobClass.MEDIUM)


def test_update_changes_the_promise_but_not_the_original(db: Database, advisor: int) -> None:
    result = _receive(db, advisor, walk_in())
    with db.session_scope() as s:
        view = intake.intake_record(s, result.order_id)
    later = PROMISE + timedelta(days=1)
    form = walk_in(customer=CustomerForm(view.customer.id, "林志明", "13812345678"),
                   vehicle=VehicleForm(view.vehicle.id, "粵A12345", LIN_VIN), complaint="異響，另檢查空調",
                   damage_marks=(DamageMarkInput(BodyView.REAR, 500, 500, DamageKind.DENT, "後保險槓"),),
                   promised_at=later)
    with db.session_scope() as s:
        intake.update_intake(s, advisor, result.order_id, form)
    with db.session_scope() as s:
        order = s.get(RepairOrder, result.order_id)
        assert (order.promised_at, order.original_promised_at) == (later, PROMISE)
        assert order.complaint == "異響，另檢查空調"
        assert [(m.view, m.kind, m.note) for m in order.intake.damage_marks] == [
            (BodyView.REAR, DamageKind.DENT, "後保險槓")]
        assert s.scalar(select(func.count(AuditEvent.id)).where(AuditEvent.action == "promise")) == 1


def test_update_keeps_a_passed_promise_but_refuses_a_new_past_one(db: Database, advisor: int) -> None:
    result = _receive(db, advisor, walk_in())
    with db.session_scope() as s:
        view = intake.intake_record(s, result.order_id)
    base = walk_in(customer=CustomerForm(view.customer.id, "林志明"), vehicle=VehicleForm(view.vehicle.id, "粵A12345"))
    clock.set_fixed(PROMISE + timedelta(hours=1))  # the promise has passed; correcting the complaint still works
    with db.session_scope() as s:
        intake.update_intake(s, advisor, result.order_id, replace(base, complaint="只在冷車時異響"))
    with pytest.raises(DomainError) as error, db.session_scope() as s:
        intake.update_intake(s, advisor, result.order_id, replace(base, promised_at=PROMISE + timedelta(minutes=30)))
    assert error.value.field == "promised_at"


def test_corrected_mileage_typo_does_not_stick(db: Database, advisor: int) -> None:
    result = _receive(db, advisor, walk_in(mileage=452300))
    with db.session_scope() as s:
        view = intake.intake_record(s, result.order_id)
    fixed = walk_in(customer=CustomerForm(view.customer.id, "林志明"),
                    vehicle=VehicleForm(view.vehicle.id, "粵A12345", LIN_VIN), mileage=45230)
    with db.session_scope() as s:
        outcome = intake.update_intake(s, advisor, result.order_id, fixed)
    assert outcome.warnings == ()
    with db.session_scope() as s:
        assert s.get(Vehicle, view.vehicle.id).last_mileage == 45230


def test_intake_cannot_change_after_confirmation(db: Database, advisor: int, people: dict[Role, int]) -> None:
    result = _receive(db, advisor, walk_in())
    with db.session_scope() as s:
        order = s.get(RepairOrder, result.order_id)
        orders.transition(s, order, Event.ESTIMATE, advisor)
        orders.transition(s, order, Event.CONFIRM, advisor)
    with db.session_scope() as s:
        assert not intake.intake_record(s, result.order_id).editable
    with pytest.raises(DomainError) as error, db.session_scope() as s:
        intake.update_intake(s, advisor, result.order_id, walk_in())
    assert error.value.message == intake.NOT_EDITABLE


def test_waiting_lists_todays_bookings_then_received_cars(db: Database, advisor: int) -> None:
    later_today = _book(db, advisor, NOW + timedelta(hours=3), plate="粵B11111", name="甲")
    earlier_today = _book(db, advisor, NOW + timedelta(hours=1), plate="粵B22222", name="乙")
    _book(db, advisor, NOW + timedelta(days=1), plate="粵B33333", name="丙")  # tomorrow: not waiting today
    received = _receive(db, advisor, walk_in())
    rows = None
    with db.session_scope() as s:
        rows = intake.waiting(s, date(2026, 11, 28))
    assert [r.order_id for r in rows] == [earlier_today, later_today, received.order_id]
    assert [(r.plate, r.customer_name) for r in rows] == [("粵B22222", "乙"), ("粵B11111", "甲"),
                                                          ("粤A12345", "林志明")]
    assert rows[2].at == NOW and rows[2].order_no == "WO20261128-001"


def test_customer_search_finds_a_received_customer_by_initials(db: Database, advisor: int) -> None:
    _receive(db, advisor, walk_in())
    with db.session_scope() as s:
        hits = customers.search(s, "lzm")
    assert [(h.customer_name, h.plate, h.last_mileage) for h in hits] == [("林志明", "粤A12345", 45230)]
