"""Reminders through the services: the next service follows each delivery, dates set by hand (checked, audited),
the due list (overdue and this week, by kind, by km projected from the car's own readings, bounded and paged),
calls, bookings and reasons that close an item, and the month's figures."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from garage_desktop.db.engine import Database
from garage_desktop.db.models import AuditEvent, Contact, Customer, ReminderClosure, RepairOrder, Vehicle
from garage_desktop.domain.classes import JobClass, Payer, RegulatoryClass, Role
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.reminders import OVERDUE_DAYS, Kind, Urgency
from garage_desktop.domain.text import DomainError, DomainErrors, each_error
from garage_desktop.services import clock, delivery, messages, reminders
from garage_desktop.services.delivery import Handover
from garage_desktop.services.reminders import DatesForm
from tests.integration.test_checkout import call
from tests.integration.test_delivery import settled_order

NOW = datetime(2026, 12, 5, 10, 0)
TODAY = NOW.date()
_plates = iter(range(1, 100_000))


@pytest.fixture(autouse=True)
def fixed_clock() -> None:
    clock.set_fixed(NOW)


def car(db: Database, readings: list[tuple[date, int]] = (), name: str = "林志明") -> int:  # type: ignore[assignment]
    """A customer's car with earlier visits read at ``readings`` (test data, built with the ORM)."""
    n = next(_plates)
    with db.session_scope() as session:
        person = Customer(name=name, phone=f"1390000{n:04d}", created_at=NOW - timedelta(days=900))
        vehicle = Vehicle(customer=person, plate=f"粵A{n:05d}", make="豐田", model="卡羅拉",
                          last_mileage=max((km for _, km in readings), default=None),
                          created_at=NOW - timedelta(days=900))
        session.add(vehicle)
        for seq, (on, km) in enumerate(readings, start=1):
            at = datetime.combine(on, datetime.min.time()) + timedelta(hours=9)
            session.add(RepairOrder(order_no=f"WO-R{n:05d}-{seq}", status=OrderStatus.FOLLOWED_UP, customer=person,
                                    vehicle=vehicle, job_class=JobClass.MINOR,
                                    regulatory_class=RegulatoryClass.MINOR_REPAIR, payer=Payer.SELF,
                                    mileage_in=km, created_at=at, received_at=at, delivered_at=at + timedelta(hours=6),
                                    updated_at=at))
        session.flush()
        return vehicle.id


def set_dates(db: Database, actor: int, vehicle_id: int, *, service_on: date | None = None, service_km: str = "",
              insurance: date | None = None, inspection: date | None = None) -> reminders.VehicleDates:
    return call(db, reminders.set_vehicle_dates, actor, vehicle_id,
                DatesForm(service_on, service_km, insurance, inspection))


def due(db: Database, **kwargs: object) -> reminders.DuePage:
    with db.session_scope() as session:
        return reminders.due_list(session, TODAY, **kwargs)  # type: ignore[arg-type]


def items(db: Database, **kwargs: object) -> list[tuple[int, Kind]]:
    return [(item.vehicle_id, item.kind) for item in due(db, **kwargs).items]


# --- the next service at delivery ---------------------------------------------------------------------------

def test_a_delivery_sets_the_cars_next_service_and_a_later_one_replaces_it(db: Database,
                                                                           people: dict[Role, int]) -> None:
    clock.set_fixed(datetime(2026, 11, 28, 15, 0))
    first = settled_order(db, people)
    call(db, delivery.deliver, people[Role.ADVISOR], first,
         Handover(next_service_on=date(2027, 5, 28), next_service_km=50_300))
    with db.session_scope() as session:
        vehicle_id = session.get(RepairOrder, first).vehicle_id
        shown = reminders.vehicle_dates(session, vehicle_id)
    assert (shown.next_service_on, shown.next_service_km) == (date(2027, 5, 28), 50_300)
    # read once at 45,230: 5,070 km at the default 40 km a day come first (127 days), before the date
    assert shown.next_service_due_on == date(2026, 11, 28) + timedelta(days=127)

    # the car comes back; that delivery records no next service: the one on file stays
    second = settled_order(db, people)
    with db.session_scope() as session:
        audit_exempt(session)
        session.get(RepairOrder, second).vehicle_id = vehicle_id
    clock.set_fixed(datetime(2027, 1, 28, 15, 0))
    call(db, delivery.deliver, people[Role.ADVISOR], second, Handover())
    with db.session_scope() as session:
        assert reminders.vehicle_dates(session, vehicle_id).next_service_km == 50_300
    # a third delivery that records one replaces it
    third = settled_order(db, people)
    with db.session_scope() as session:
        audit_exempt(session)
        session.get(RepairOrder, third).vehicle_id = vehicle_id
    call(db, delivery.deliver, people[Role.ADVISOR], third, Handover(next_service_on=date(2027, 7, 1)))
    with db.session_scope() as session:
        shown = reminders.vehicle_dates(session, vehicle_id)
    assert (shown.next_service_on, shown.next_service_km, shown.next_service_due_on) == (date(2027, 7, 1), None,
                                                                                          date(2027, 7, 1))


def test_the_due_day_set_at_delivery_follows_the_cars_own_km_a_day(db: Database, people: dict[Role, int]) -> None:
    clock.set_fixed(datetime(2026, 11, 28, 15, 0))
    vehicle_id = car(db, [(date(2026, 5, 1), 30_000)])  # an earlier visit
    order_id = settled_order(db, people)  # in today at 45,230 km
    with db.session_scope() as session:
        audit_exempt(session)
        session.get(RepairOrder, order_id).vehicle_id = vehicle_id
    call(db, delivery.deliver, people[Role.ADVISOR], order_id, Handover(next_service_km=50_230))
    with db.session_scope() as session:
        shown = reminders.vehicle_dates(session, vehicle_id)
    # 15,230 km in 211 days = 72.2 km a day: the 5,000 km left take 70 days
    assert shown.km_per_day == "72.2" and shown.next_service_due_on == date(2027, 2, 6)


def audit_exempt(session: object) -> None:
    from garage_desktop.services import audit

    audit.exempt(session, "test data: a second visit of the same car")  # type: ignore[arg-type]


# --- dates by hand -------------------------------------------------------------------------------------------

def test_dates_set_by_hand_are_checked_field_by_field_and_audited(db: Database, advisor: int) -> None:
    vehicle_id = car(db, [(date(2026, 6, 1), 40_000)])
    with pytest.raises(DomainErrors) as refused:
        set_dates(db, advisor, vehicle_id, service_on=TODAY - timedelta(days=1), service_km="39,000",
                  insurance=TODAY + timedelta(days=3 * 366))
    assert {error.field for error in each_error(refused.value)} == {"next_service_on", "next_service_km",
                                                                    "insurance_expires_on"}
    with pytest.raises(DomainError) as bad_km:
        set_dates(db, advisor, vehicle_id, service_km="forty thousand")
    assert bad_km.value.field == "next_service_km"
    with db.session_scope() as session:  # nothing was written
        assert reminders.vehicle_dates(session, vehicle_id).insurance_expires_on is None

    shown = set_dates(db, advisor, vehicle_id, service_km="50,000", insurance=date(2027, 3, 1),
                      inspection=date(2027, 8, 15))
    assert shown.next_service_km == 50_000 and shown.insurance_expires_on == date(2027, 3, 1)
    # read once on 2026-06-01 at 40,000: 10,000 km at 40 a day = 250 days
    assert shown.next_service_due_on == date(2026, 6, 1) + timedelta(days=250)
    with db.session_scope() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "reminder_dates")).one()
        assert event.operator_id == advisor and "2027-03-01" in event.after and event.entity_id == vehicle_id
    # a date already past, left as it was, is no error when something else changes
    clock.set_fixed(datetime(2027, 4, 1, 10, 0))
    shown = set_dates(db, advisor, vehicle_id, service_km="50,000", insurance=date(2027, 3, 1),
                      inspection=date(2027, 9, 1))
    assert shown.inspection_due_on == date(2027, 9, 1)
    with pytest.raises(DomainError):  # and saving nothing new says so
        set_dates(db, advisor, vehicle_id, service_km="50,000", insurance=date(2027, 3, 1),
                  inspection=date(2027, 9, 1))


def test_expected_mileage_today_comes_from_the_cars_own_history(db: Database) -> None:
    vehicle_id = car(db, [(date(2026, 1, 5), 10_000), (date(2026, 3, 1), 91_000), (date(2026, 11, 5), 40_000)])
    with db.session_scope() as session:
        shown = reminders.vehicle_dates(session, vehicle_id, TODAY)
    assert shown.km_per_day == "98.7"  # 30,000 km in 304 days; the mistyped 91,000 drops out
    assert shown.expected_mileage == 40_000 + round(98.7 * 30)


# --- the due list --------------------------------------------------------------------------------------------

def test_the_due_list_holds_what_is_overdue_or_due_this_week_by_the_day_it_falls_due(db: Database,
                                                                                     advisor: int) -> None:
    late = car(db)
    set_dates(db, advisor, late, insurance=TODAY - timedelta(days=3))
    this_week = car(db)
    set_dates(db, advisor, this_week, inspection=TODAY + timedelta(days=6))
    next_week = car(db)
    set_dates(db, advisor, next_week, inspection=TODAY + timedelta(days=7))
    long_lost = car(db)
    set_dates(db, advisor, long_lost, insurance=TODAY - timedelta(days=OVERDUE_DAYS + 1))
    # a service due by km: 1,000 km left at 100 km a day falls due in 5 days although its date is months away
    by_km = car(db, [(date(2026, 6, 3), 20_000), (date(2026, 11, 30), 38_000)])
    set_dates(db, advisor, by_km, service_on=TODAY + timedelta(days=150), service_km="38,500")

    page = due(db)
    assert [(i.vehicle_id, i.kind, i.urgency) for i in page.items] == [
        (late, Kind.INSURANCE, Urgency.OVERDUE), (by_km, Kind.SERVICE, Urgency.THIS_WEEK),
        (this_week, Kind.INSPECTION, Urgency.THIS_WEEK)]
    service = page.items[1]
    assert service.due_on == date(2026, 11, 30) + timedelta(days=5)
    assert service.item_km == 38_500 and service.expected_km == 38_000 + 5 * 100
    assert service.customer == "林志明" and service.phone.startswith("1390000") and service.plate.startswith("粵A")
    assert items(db, kind=Kind.INSPECTION) == [(this_week, Kind.INSPECTION)]
    assert (next_week, Kind.INSPECTION) in items(db, ahead_days=30)


def test_the_due_list_is_paged(db: Database, advisor: int) -> None:
    cars = [car(db) for _ in range(5)]
    for n, vehicle_id in enumerate(cars):
        set_dates(db, advisor, vehicle_id, insurance=TODAY - timedelta(days=10 - n))
    first = due(db, limit=3)
    assert [i.vehicle_id for i in first.items] == cars[:3] and first.more
    rest = due(db, limit=3, offset=3)
    assert [i.vehicle_id for i in rest.items] == cars[3:] and not rest.more


def test_a_reminder_call_is_a_contact_and_counts_as_sent(db: Database, advisor: int) -> None:
    vehicle_id = car(db)
    set_dates(db, advisor, vehicle_id, inspection=TODAY + timedelta(days=2))
    contact_id = call(db, reminders.log_call, advisor, vehicle_id, Kind.INSPECTION, "no answer")
    with db.session_scope() as session:
        contact = session.get(Contact, contact_id)
        assert (contact.purpose, contact.channel, contact.outcome) == ("inspection_due", "call", "no answer")
        assert contact.customer_id == session.get(Vehicle, vehicle_id).customer_id
    # a message sent from the message dialog (services.messages) counts the same
    call(db, messages.log_contact, advisor, purpose="inspection_due", channel="message", vehicle_id=vehicle_id,
         body="您的愛車年檢將於 12 月 7 日到期")
    (item,) = due(db).items
    assert item.contacts == 2 and item.last_contact.startswith("message 12-05")
    assert item in due(db).items  # a call or message does not close it
    with db.session_scope() as session:
        figures = {f.kind: f for f in reminders.month_figures(session, datetime(2026, 12, 1), datetime(2027, 1, 1))}
    assert (figures["inspection"].calls, figures["inspection"].messages, figures["inspection"].sent) == (1, 1, 2)
    assert figures["service"].sent == 0


def test_a_booking_made_from_the_list_closes_the_item_and_counts_in_the_month(db: Database, advisor: int) -> None:
    vehicle_id = car(db, [(date(2026, 5, 1), 30_000)], name="陳美玲")
    set_dates(db, advisor, vehicle_id, service_on=TODAY + timedelta(days=3))
    info = call(db, reminders.book_and_close, advisor, vehicle_id, Kind.SERVICE, datetime(2026, 12, 8, 9, 0))
    booking = info.appointment
    assert booking.contact_name == "陳美玲" and booking.vehicle_id == vehicle_id
    assert booking.plate.startswith("粵A") and booking.contact_phone.startswith("1390000")
    assert items(db) == []
    with db.session_scope() as session:
        closure = session.scalars(select(ReminderClosure)).one()
        assert (closure.kind, closure.booking_order_id, closure.due_on) == ("service", booking.order_id,
                                                                            TODAY + timedelta(days=3))
        figures = {f.kind: f for f in reminders.month_figures(session, datetime(2026, 12, 1), datetime(2027, 1, 1))}
        november = {f.kind: f for f in reminders.month_figures(session, datetime(2026, 11, 1), datetime(2026, 12, 1))}
    assert figures["service"].bookings == 1 and november["service"].bookings == 0
    with pytest.raises(DomainError) as again:  # closed once only
        call(db, reminders.close_with_reason, advisor, vehicle_id, Kind.SERVICE, "sold the car")
    assert again.value.message == reminders.ALREADY_CLOSED
    # the next delivery's new date is a new item
    set_dates(db, advisor, vehicle_id, service_on=TODAY + timedelta(days=5))
    assert items(db) == [(vehicle_id, Kind.SERVICE)]


def test_an_item_is_closed_by_a_booking_the_customer_made_or_with_a_reason(db: Database, advisor: int) -> None:
    booked, sold, other = car(db), car(db), car(db)
    for vehicle_id in (booked, sold, other):
        set_dates(db, advisor, vehicle_id, insurance=TODAY + timedelta(days=1))
    info = call(db, reminders.book_and_close, advisor, other, Kind.INSURANCE, datetime(2026, 12, 9, 10, 0))
    with pytest.raises(DomainError) as not_this_car:  # another car's booking does not close it
        call(db, reminders.close_with_booking, advisor, booked, Kind.INSURANCE, info.appointment.order_id)
    assert not_this_car.value.message == reminders.NOT_A_BOOKING
    from garage_desktop.services import appointments

    own = call(db, appointments.book, advisor, appointments.BookingForm(
        start_at=datetime(2026, 12, 10, 14, 0), contact_name="林志明", vehicle_id=booked))
    with db.session_scope() as session:
        assert [b.order_id for b in reminders.bookings_of(session, booked)] == [own.appointment.order_id]
    call(db, reminders.close_with_booking, advisor, booked, Kind.INSURANCE, own.appointment.order_id)
    with pytest.raises(DomainError) as no_reason:
        call(db, reminders.close_with_reason, advisor, sold, Kind.INSURANCE, "  ")
    assert no_reason.value.field == "reason"
    call(db, reminders.close_with_reason, advisor, sold, Kind.INSURANCE, "車已賣出")
    assert items(db) == []
    with db.session_scope() as session:
        figures = {f.kind: f for f in reminders.month_figures(session, datetime(2026, 12, 1), datetime(2027, 1, 1))}
        reasons = session.scalars(select(ReminderClosure.reason).where(ReminderClosure.vehicle_id == sold)).all()
    assert (figures["insurance"].bookings, figures["insurance"].closed_otherwise) == (2, 1)
    assert reasons == ["車已賣出"]


def test_a_car_with_nothing_due_cannot_be_called_about(db: Database, advisor: int) -> None:
    vehicle_id = car(db)
    with pytest.raises(DomainError) as refused:
        call(db, reminders.log_call, advisor, vehicle_id, Kind.SERVICE, "")
    assert refused.value.message == reminders.NOTHING_DUE


def test_the_month_workbook_counts_reminders_sent_and_bookings_brought_per_kind(db: Database, advisor: int,
                                                                                 tmp_path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    from garage_desktop.export.month_workbook import save_month_workbook
    from garage_desktop.services.month_report import month_report

    serviced, insured = car(db, [(date(2026, 5, 1), 30_000)]), car(db)
    set_dates(db, advisor, serviced, service_on=TODAY + timedelta(days=3))
    set_dates(db, advisor, insured, insurance=TODAY + timedelta(days=1))
    call(db, reminders.log_call, advisor, serviced, Kind.SERVICE, "no answer")
    call(db, reminders.log_call, advisor, serviced, Kind.SERVICE, "will come")
    call(db, messages.log_contact, advisor, purpose="insurance_due", channel="message", vehicle_id=insured,
         body="交強險將於明日到期")
    call(db, messages.log_contact, advisor, purpose="car_ready", channel="message", vehicle_id=insured,
         body="not a reminder")
    call(db, reminders.book_and_close, advisor, serviced, Kind.SERVICE, datetime(2026, 12, 8, 9, 0))
    call(db, reminders.close_with_reason, advisor, insured, Kind.INSURANCE, "已在別處續保")
    with db.session_scope() as session:
        report = month_report(session, date(2026, 12, 1))
    sheet = load_workbook(save_month_workbook(report, tmp_path / "2026-12.xlsx"))["提醒"]
    values = [[cell for cell in row] for row in sheet.iter_rows(values_only=True)]
    assert values[0] == ["提醒類別", "提醒電話", "提醒訊息", "已發提醒", "帶來的預約", "未預約結案"]
    assert values[1:4] == [["下次保養", 2, 0, 2, 1, 0], ["保險到期", 0, 1, 1, 0, 1], ["年檢", 0, 0, 0, 0, 0]]
    assert values[4][1:] == [2, 1, 3, 1, 1]
    english = load_workbook(save_month_workbook(report, tmp_path / "en.xlsx", language="en"))["Reminders"]
    assert [row[0] for row in english.iter_rows(values_only=True)][:4] == [
        "Kind of reminder", "Next service", "Insurance expiry", "Annual inspection (年檢)"]


@pytest.mark.sqlite_only("the demo garage is a file")
def test_the_demo_garage_has_reminders_due_sent_and_one_that_brought_a_booking(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from garage_desktop.demo import write_demo

    clock.set_fixed(None)
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    write_demo(url, orders=120, today=TODAY)
    demo = Database(url)
    try:
        with demo.session_scope() as session:
            page = reminders.due_list(session, TODAY)
            kinds = {item.kind for item in page.items}
            closures = session.scalars(select(ReminderClosure)).all()
            months = [reminders.month_figures(session, datetime(2026, month, 1), datetime(2026, month + 1, 1))
                      for month in (10, 11)]
            december = reminders.month_figures(session, datetime(2026, 12, 1), datetime(2027, 1, 1))
            booked = [c for c in closures if c.booking_order_id is not None]
            booking = session.get(RepairOrder, booked[0].booking_order_id) if booked else None
            vehicles_due = session.scalar(select(func.count(Vehicle.id)).where(Vehicle.next_service_due_on.is_not(None)))
    finally:
        demo.dispose()
    assert {Kind.SERVICE, Kind.INSURANCE} <= kinds and any(i.urgency is Urgency.OVERDUE for i in page.items)
    assert any(i.contacts for i in page.items)  # this morning's call and message
    assert len(booked) == 1 and booking is not None and booking.status is OrderStatus.BOOKED
    assert booking.vehicle_id == booked[0].vehicle_id
    assert any(c.reason for c in closures if c.booking_order_id is None)
    assert all(sum(f.sent for f in figures) > 0 for figures in months)  # the sheet is not empty on past months
    assert sum(f.bookings for f in december) == 1
    assert vehicles_due > 0


def test_0011_works_out_when_each_next_service_already_recorded_falls_due(db: Database) -> None:
    """A garage upgrading from 0010: each car's next service (from its latest delivery) gets the day it falls due,
    by its date or the day its km is reached at the car's own km a day, whichever first."""
    from alembic import command
    from sqlalchemy import insert

    from garage_desktop.db.migrate import alembic_config, upgrade
    from garage_desktop.db.models import Delivery

    command.downgrade(alembic_config(db.engine), "0010_free_items_put_off")
    base = {"status": OrderStatus.FOLLOWED_UP, "job_class": JobClass.MINOR,
            "regulatory_class": RegulatoryClass.MINOR_REPAIR, "payer": Payer.SELF, "created_at": NOW,
            "updated_at": NOW}
    with db.engine.begin() as conn:
        person = conn.execute(insert(Customer.__table__).values(name="林志明", phone="13800138000",
                                                                created_at=NOW)).inserted_primary_key[0]
        cars = {plate: conn.execute(insert(Vehicle.__table__).values(customer_id=person, plate=plate, created_at=NOW))
                .inserted_primary_key[0] for plate in ("粤B20001", "粤B20002", "粤B20003")}
        visits = (  # plate, received, mileage in, delivered, mileage out, next service on, next service km
            ("粤B20001", datetime(2026, 1, 5, 9), 40_000, datetime(2026, 1, 5, 17), 40_010, None, 45_000),
            ("粤B20002", datetime(2026, 2, 1, 9), 20_000, datetime(2026, 2, 1, 17), 20_000, date(2026, 8, 1), None),
            ("粤B20003", datetime(2026, 1, 1, 9), 10_000, None, None, None, None),  # 100 km a day from here ...
            ("粤B20003", datetime(2026, 5, 1, 9), 22_000, datetime(2026, 5, 1, 17), 22_000, date(2026, 11, 1),
             27_000))  # ... so its 27,000 km come on 2026-06-20, before the date
        for n, (plate, received, km_in, delivered, km_out, on, km) in enumerate(visits):
            order_id = conn.execute(insert(RepairOrder.__table__).values(
                order_no=f"WO-M{n}", vehicle_id=cars[plate], customer_id=person, received_at=received,
                mileage_in=km_in, delivered_at=delivered, mileage_out=km_out, **base)).inserted_primary_key[0]
            if delivered is not None:
                conn.execute(insert(Delivery.__table__).values(order_id=order_id, delivered_at=delivered,
                                                               checklist="{}", next_service_on=on, next_service_km=km))
    assert upgrade(db.engine) is True
    with db.session_scope() as session:
        due_on = dict(session.execute(select(Vehicle.plate, Vehicle.next_service_due_on)).all())
    assert due_on == {"粤B20001": date(2026, 1, 5) + timedelta(days=125),  # 4,990 km at 40 a day (seen once)
                      "粤B20002": date(2026, 8, 1), "粤B20003": date(2026, 6, 20)}


def test_merging_a_duplicate_car_keeps_its_reminder_dates_and_contacts(db: Database, people: dict[Role, int]) -> None:
    from garage_desktop.services import merge

    advisor = people[Role.ADVISOR]
    kept = car(db, [(date(2026, 6, 1), 30_000)])
    duplicate = car(db)
    with db.session_scope() as session:
        audit_exempt(session)
        plate = session.get(Vehicle, kept).plate
        session.get(Vehicle, duplicate).plate = plate  # the same car registered twice
    set_dates(db, advisor, duplicate, insurance=TODAY + timedelta(days=2), service_km="40,000")
    call(db, reminders.log_call, advisor, duplicate, Kind.INSURANCE, "will renew with us")
    call(db, merge.merge_vehicles, people[Role.OWNER], kept, duplicate)
    with db.session_scope() as session:
        shown = reminders.vehicle_dates(session, kept)
        contacts = session.scalars(select(Contact.vehicle_id)).all()
    assert shown.insurance_expires_on == TODAY + timedelta(days=2) and shown.next_service_km == 40_000
    # its due day now comes from the kept car's readings: 10,000 km at 40 a day from 2026-06-01
    assert shown.next_service_due_on == date(2026, 6, 1) + timedelta(days=250)
    assert contacts == [kept]
    (item,) = [i for i in due(db).items if i.kind is Kind.INSURANCE]
    assert item.vehicle_id == kept and item.contacts == 1


def test_an_intake_reading_moves_the_day_a_service_by_km_falls_due(db: Database, advisor: int) -> None:
    """The due list reads the day kept on the car: a car in for something else, read at intake, must not wait for
    its next delivery to move that day (a car driven more than expected falls due sooner)."""
    from garage_desktop.services import intake
    from garage_desktop.services.customers import CustomerForm, VehicleForm
    from garage_desktop.services.intake import IntakeForm

    vehicle_id = car(db, [(TODAY - timedelta(days=180), 30_000)])  # read once: the default 40 km a day
    set_dates(db, advisor, vehicle_id, service_km="40,000")
    with db.session_scope() as session:
        before = reminders.vehicle_dates(session, vehicle_id).next_service_due_on
        vehicle = session.get(Vehicle, vehicle_id)
        form = IntakeForm(customer=CustomerForm(customer_id=vehicle.customer_id, name="林志明",
                                                phone=vehicle.customer.phone),
                          vehicle=VehicleForm(vehicle_id=vehicle_id, plate=vehicle.plate, make="豐田", model="卡羅拉"),
                          complaint="冷氣不冷", mileage="39,000", fuel_level=2, job_class=JobClass.MINOR,
                          payer=Payer.SELF, promised_at=NOW + timedelta(hours=6))
    assert before == TODAY + timedelta(days=70)  # 37,200 expected today, 2,800 km to go at 40 a day
    received = call(db, intake.receive, advisor, form)
    with db.session_scope() as session:
        shown = reminders.vehicle_dates(session, vehicle_id)
    # 9,000 km in 180 days = 50 km a day; 1,000 km to go: 20 days
    assert (shown.km_per_day, shown.next_service_due_on) == ("50.0", TODAY + timedelta(days=20))
    assert vehicle_id in [v for v, kind in items(db, ahead_days=30) if kind is Kind.SERVICE]  # on the 30-day list

    # a typo corrected at intake moves it back
    call(db, intake.update_intake, advisor, received.order_id, replace(form, mileage="33,600"))
    with db.session_scope() as session:
        shown = reminders.vehicle_dates(session, vehicle_id)
    # 3,600 km in 180 days = 20 km a day; 6,400 km to go: 320 days
    assert (shown.km_per_day, shown.next_service_due_on) == ("20.0", TODAY + timedelta(days=320))
