"""A car is one car whichever script its plate was typed in (粵B12345 / 粤B12345): search finds it, a booking and
an intake use it (so an earlier repair under warranty is proposed as a comeback), and a leftover duplicate
still stored in Traditional is found as well until the owner merges it."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from garage_desktop.db.engine import Database
from garage_desktop.db.models import Appointment, Customer, RepairOrder, Vehicle
from garage_desktop.domain.classes import FuelType, JobClass, Payer, RegulatoryClass
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.text import DomainError
from garage_desktop.services import appointments, clock, comebacks, customers, intake, orders
from garage_desktop.services.customers import CustomerForm, VehicleForm
from tests.integration.test_customers import LIN_VIN
from tests.integration.test_followup import make_order
from tests.integration.test_intake import PROMISE, walk_in

NOW = datetime(2026, 11, 28, 9, 30)
VIN = LIN_VIN


@pytest.fixture(autouse=True)
def _fixed_clock() -> None:
    clock.set_fixed(NOW)


def _save(db: Database, actor: int, name: str, phone: str, plate: str, **vehicle: object) -> tuple[int, int]:
    """A customer and their car saved the way the window saves them: (customer id, vehicle id)."""
    with db.session_scope() as s:
        person = customers.save_customer(s, actor, CustomerForm(name=name, phone=phone))
        car = customers.save_vehicle(s, actor, VehicleForm(plate=plate, **vehicle), person.id)  # type: ignore[arg-type]
        return person.id, car.vehicle.id


def _leftover(db: Database, plate: str, name: str = "陳美玲", phone: str = "13922223333") -> tuple[int, int]:
    """A car stored as typed before plates had one form (what migration 0004 leaves when two cars would share
    a plate): written directly, as the old program did."""
    with db.session_scope() as s:
        person = Customer(name=name, phone=phone, name_initials="cml", created_at=NOW - timedelta(days=400))
        car = Vehicle(customer=person, plate=plate, make="豐田", created_at=NOW - timedelta(days=400))
        s.add(car)
        s.flush()
        return person.id, car.id


def _search(db: Database, text: str) -> list[int | None]:
    with db.session_scope() as s:
        return [hit.vehicle_id for hit in customers.search(s, text)]


def _vehicles(db: Database) -> int:
    with db.session_scope() as s:
        return s.scalar(select(func.count()).select_from(Vehicle)) or 0


# --- search ---------------------------------------------------------------------------------------------------

def test_a_plate_typed_in_either_script_finds_the_car(db: Database, advisor: int) -> None:
    _, car = _save(db, advisor, "林志明", "13812345678", "粵A12345")  # typed in Traditional, stored Simplified
    for typed in ("粵A12345", "粤A12345", "粵a123", "粤A", "粵", "A1234"):
        assert _search(db, typed) == [car], typed


def test_a_leftover_stored_in_traditional_is_found_in_either_script_with_its_twin(db: Database,
                                                                                 advisor: int) -> None:
    _, canonical = _save(db, advisor, "陈美玲", "13922223333", "粤B12345")
    _, leftover = _leftover(db, "粵B12345")
    for typed in ("粤B12345", "粵B12345", "粤B123", "粵b 123"):
        assert sorted(_search(db, typed)) == sorted([canonical, leftover]), typed  # type: ignore[type-var]
    _, school = _leftover(db, "粵B1234學", name="黃建國", phone="02087654321")  # two characters in Traditional
    for typed in ("粤B1234学", "粵B1234學", "粤B1234學", "1234学"):
        assert _search(db, typed) == [school], typed


def test_pinyin_initials_find_a_name_in_either_script(db: Database, advisor: int) -> None:
    _save(db, advisor, "陳大文", "13800000001", "京A11111")
    _save(db, advisor, "陈大文", "13800000002", "京A22222")
    with db.session_scope() as s:
        assert {h.phone for h in customers.search(s, "cdw")} == {"13800000001", "13800000002"}
        names = s.execute(select(Customer.name, Customer.name_initials).order_by(Customer.id)).all()
    assert [tuple(row) for row in names] == [("陳大文", "cdw"), ("陈大文", "cdw")]


def test_orders_are_found_by_the_plate_in_either_script(db: Database, advisor: int) -> None:
    _, leftover = _leftover(db, "粵C55555")
    order = make_order(db, leftover)
    with db.session_scope() as s:
        booking = RepairOrder(status=OrderStatus.BOOKED, job_class=JobClass.MINOR, payer=Payer.SELF,
                              regulatory_class=RegulatoryClass.MINOR_REPAIR, created_at=NOW, updated_at=NOW)
        s.add(booking)
        s.flush()
        s.add(Appointment(order_id=booking.id, start_at=NOW + timedelta(days=1), contact_name="甲",
                          plate="粵D66666", created_at=NOW))
        booked = booking.id
    with db.session_scope() as s:
        assert orders.find_order_ids(s, "粤C55555") == [order]
        assert orders.find_order_ids(s, "粵c555") == [order]
        assert orders.find_order_ids(s, "粤D666") == [booked]  # a booking's plate, stored as typed then


# --- saving ------------------------------------------------------------------------------------------------

def test_a_new_car_with_a_plate_on_file_in_the_other_script_is_warned_about(db: Database, advisor: int) -> None:
    chen, _ = _save(db, advisor, "陳美玲", "13922223333", "粤B12345")
    with db.session_scope() as s:
        saved = customers.save_vehicle(s, advisor, VehicleForm(plate="粵B12345"), chen)
    assert saved.vehicle.plate == "粤B12345"
    assert [(w.field, w.message) for w in saved.warnings] == [("plate", customers.PLATE_TAKEN)]
    assert saved.warnings[0].params == {"name": "陳美玲"}


def test_correcting_a_leftover_keeps_its_spelling_until_it_is_merged(db: Database, advisor: int) -> None:
    """Written in its one form it would look like a second car with the same plate, and drop off the list of
    duplicates to merge."""
    _save(db, advisor, "陈美玲", "13922223333", "粤B12345")
    chen, leftover = _leftover(db, "粵B12345")
    with db.session_scope() as s:
        saved = customers.save_vehicle(s, advisor, VehicleForm(leftover, plate="粵B12345", make="豐田",
                                                               colour="白"), chen)
    assert saved.vehicle.plate == "粵B12345" and saved.vehicle.colour == "白"
    assert [w.message for w in saved.warnings] == [customers.PLATE_TAKEN]


def test_a_booking_by_plate_links_the_car_on_file_in_the_other_script(db: Database, advisor: int) -> None:
    chen, car = _save(db, advisor, "陳美玲", "13922223333", "粵B7K921")
    _leftover(db, "粵B7K921")  # the newer record, but not in the plate's one form
    with db.session_scope() as s:
        known = appointments.known_vehicle(s, "粤B7K921")
    assert known is not None and (known.vehicle_id, known.customer_id, known.plate) == (car, chen, "粤B7K921")
    with db.session_scope() as s:
        assert appointments.known_vehicle(s, "粵b7k921").vehicle_id == car  # type: ignore[union-attr]
        assert appointments.known_vehicle(s, "粤B0000") is None


def test_a_booking_holds_the_plate_in_its_one_form_or_as_its_car_spells_it(db: Database, advisor: int) -> None:
    _, car = _save(db, advisor, "陈美玲", "13922223333", "粤B12345")
    _, leftover = _leftover(db, "粵B12345")
    tomorrow = NOW.replace(hour=10, minute=0) + timedelta(days=1)
    with db.session_scope() as s:
        by_plate = appointments.book(s, advisor, appointments.BookingForm(tomorrow, plate="粵B12345"))
        for_leftover = appointments.book(s, advisor, appointments.BookingForm(
            tomorrow, plate="粤B12345", vehicle_id=leftover))
        unknown = appointments.book(s, advisor, appointments.BookingForm(tomorrow, contact_name="甲",
                                                                         plate="粵C1234學"))
    with db.session_scope() as s:
        def booked(info: appointments.AppointmentInfo) -> tuple[str, int | None]:
            order = s.get(RepairOrder, info.appointment.order_id)
            return order.appointment.plate, order.vehicle_id

        assert booked(by_plate) == ("粤B12345", car)  # the car on file in the plate's one form
        assert booked(for_leftover) == ("粵B12345", leftover)  # as its car is spelt until merged
        assert booked(unknown) == ("粤C1234学", None)


# --- intake ------------------------------------------------------------------------------------------------

def test_intake_of_a_car_typed_in_the_other_script_uses_the_car_on_file_and_proposes_the_comeback(
        db: Database, advisor: int) -> None:
    chen, car = _save(db, advisor, "陈美玲", "13922223333", "粤B12345", vin=VIN, make="大眾", model="朗逸",
                      fuel_type=FuelType.HYBRID)
    earlier = make_order(db, car, delivered_at=NOW - timedelta(days=3), mileage_out=45_000)
    vehicles, people = _vehicles(db), 0
    with db.session_scope() as s:
        people = s.scalar(select(func.count()).select_from(Customer)) or 0
    # Typed at the counter in Traditional, nothing picked from the search, make and model left blank.
    form = walk_in(customer=CustomerForm(name="陳美玲", phone=""),
                   vehicle=VehicleForm(plate="粵B 12345", vin="", colour="白"), mileage="45,600")
    with db.session_scope() as s:
        result = intake.receive(s, advisor, form)
    assert result.warnings == ()  # not "already registered": it is that car
    with db.session_scope() as s:
        order = s.get(RepairOrder, result.order_id)
        assert (order.vehicle_id, order.customer_id) == (car, chen)
        vehicle = s.get(Vehicle, car)
        assert (vehicle.plate, vehicle.vin, vehicle.make, vehicle.model, vehicle.colour, vehicle.fuel_type) == (
            "粤B12345", VIN, "大眾", "朗逸", "白", FuelType.HYBRID)  # blanks taken from the record
        assert vehicle.last_mileage == 45_600
        owner = s.get(Customer, chen)
        assert (owner.name, owner.phone) == ("陈美玲", "13922223333")  # spelt as on file, phone kept
        assert s.scalar(select(func.count()).select_from(Customer)) == people
    assert _vehicles(db) == vehicles
    with db.session_scope() as s:
        proposals = comebacks.proposals_for_order(s, result.order_id)
    assert [p.earlier_order_id for p in proposals] == [earlier]


def test_intake_of_a_plate_on_file_with_another_vin_is_another_car(db: Database, advisor: int) -> None:
    """A plate given again to another car after the first was scrapped: its own record."""
    _, car = _save(db, advisor, "陈美玲", "13922223333", "粤B12345", vin=VIN)
    other_vin = "LFV2A21K4A3000017"
    form = walk_in(vehicle=VehicleForm(plate="粵B12345", vin=other_vin), promised_at=PROMISE)
    with db.session_scope() as s:
        result = intake.receive(s, advisor, form)
    assert [w.message for w in result.warnings if w.field == "plate"] == [customers.PLATE_TAKEN]
    with db.session_scope() as s:
        order = s.get(RepairOrder, result.order_id)
        assert order.vehicle_id != car and order.vehicle.vin == other_vin


def test_intake_of_a_car_on_file_for_someone_else_keeps_its_owner(db: Database, advisor: int) -> None:
    """Someone else brought the car (a relative, a driver): the order is theirs, the car and its history stay
    with its owner, and the advisor is told (a sale is recorded by picking the car and changing its owner)."""
    chen, car = _save(db, advisor, "陈美玲", "13922223333", "粤B12345")
    earlier = make_order(db, car, delivered_at=NOW - timedelta(days=3))
    with db.session_scope() as s:
        result = intake.receive(s, advisor, walk_in(vehicle=VehicleForm(plate="粵B12345")))
    assert [(w.field, w.message, w.params) for w in result.warnings] == [
        ("plate", customers.ON_FILE_FOR, {"name": "陈美玲"})]
    with db.session_scope() as s:
        order = s.get(RepairOrder, result.order_id)
        assert order.vehicle_id == car and order.customer_id != chen and order.customer.name == "林志明"
        assert s.get(Vehicle, car).customer_id == chen
        assert [p.earlier_order_id for p in comebacks.proposals_for_order(s, order.id)] == [earlier]


def test_a_customer_picked_with_a_typed_plate_on_file_gets_the_car_as_it_is(db: Database, advisor: int) -> None:
    chen, car = _save(db, advisor, "陈美玲", "13922223333", "粤B12345", make="大眾")
    with db.session_scope() as s:
        result = intake.receive(s, advisor, walk_in(customer=CustomerForm(chen, "陈美玲", "13922223333"),
                                                    vehicle=VehicleForm(plate="粵B12345")))
    assert [w for w in result.warnings if w.field == "plate"] == []
    with db.session_scope() as s:
        order = s.get(RepairOrder, result.order_id)
        assert (order.vehicle_id, order.customer_id, order.vehicle.make) == (car, chen, "大眾")


def test_intake_refuses_a_bad_vin_before_looking_the_plate_up(db: Database, advisor: int) -> None:
    _save(db, advisor, "陈美玲", "13922223333", "粤B12345")
    with pytest.raises(DomainError) as refused, db.session_scope() as s:
        intake.receive(s, advisor, walk_in(vehicle=VehicleForm(plate="粵B12345", vin="LSV123")))
    assert refused.value.field == "vin"


def test_correcting_an_intake_still_uses_the_car_on_file(db: Database, advisor: int) -> None:
    _, car = _save(db, advisor, "陈美玲", "13922223333", "粤B12345")
    with db.session_scope() as s:
        first = intake.receive(s, advisor, walk_in())
    form = replace(walk_in(customer=CustomerForm(name="陳美玲", phone="13922223333"),
                           vehicle=VehicleForm(plate="粵B12345")), promised_at=PROMISE)
    with db.session_scope() as s:
        intake.update_intake(s, advisor, first.order_id, form)
    with db.session_scope() as s:
        assert s.get(RepairOrder, first.order_id).vehicle_id == car
