"""Appointments on a real database: validation, load per hour against the bays, move/cancel/no-show, week."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from sqlalchemy import select

from garage_desktop.db.engine import Database
from garage_desktop.db.models import AuditEvent, Customer, RepairOrder, Vehicle
from garage_desktop.domain.classes import JobClass, Payer, RegulatoryClass
from garage_desktop.domain.lifecycle import OrderStatus, TransitionRefused
from garage_desktop.domain.text import DomainError
from garage_desktop.services import appointments, clock, settings
from garage_desktop.services.appointments import BookingAction, BookingForm, LoadLevel

NOW = datetime(2026, 11, 28, 9, 0)  # a Saturday
MONDAY = date(2026, 11, 30)


@pytest.fixture(autouse=True)
def _fixed_clock() -> None:
    clock.set_fixed(NOW)


def at(hour: int, minute: int = 0, day: date = MONDAY) -> datetime:
    return datetime.combine(day, time(hour, minute))


def form(start: datetime, **changes: object) -> BookingForm:
    values: dict[str, object] = {"start_at": start, "contact_name": "林志明", "contact_phone": "138 0013 8000",
                                 "plate": "京A12345", "job_class": JobClass.MEDIUM, "payer": Payer.SELF}
    values.update(changes)
    return BookingForm(**values)  # type: ignore[arg-type]


def book(db: Database, actor: int, start: datetime, **changes: object) -> appointments.AppointmentInfo:
    with db.session_scope() as session:
        return appointments.book(session, actor, form(start, **changes))


def field_error(db: Database, actor: int, start: datetime, **changes: object) -> str | None:
    with pytest.raises(DomainError) as caught:
        book(db, actor, start, **changes)
    return caught.value.field


def test_a_booking_is_a_booked_order_with_its_appointment(db: Database, advisor: int) -> None:
    info = book(db, advisor, at(9, 30), plate="京a 12345", note="換機油", duration_min=90)
    row = info.appointment
    assert (row.status, row.order_no, row.plate, row.contact_phone) == (OrderStatus.BOOKED, None, "京A12345",
                                                                       "13800138000")
    assert row.end_at == at(11, 0)
    assert info.warnings == ()
    with db.session_scope() as session:
        order = session.get(RepairOrder, row.order_id)
        assert order is not None and order.appointment is not None
        assert order.regulatory_class is RegulatoryClass.LEVEL2_MAINTENANCE
        assert (order.created_by_id, order.created_at, order.appointment.note) == (advisor, NOW, "換機油")
        audit = session.scalars(select(AuditEvent).where(AuditEvent.order_id == row.order_id)).all()
        assert [event.action for event in audit] == ["book"]


@pytest.mark.parametrize(("changes", "field"), [
    ({"contact_name": "  "}, "contact_name"),
    ({"contact_phone": "call me"}, "contact_phone"),
    ({"plate": "京A1234567890"}, "plate"),
    ({"duration_min": 10}, "duration_min"),
    ({"duration_min": 481}, "duration_min"),
    ({"note": "x" * 201}, "note"),
])
def test_each_bad_field_is_named(db: Database, advisor: int, changes: dict, field: str) -> None:
    assert field_error(db, advisor, at(10), **changes) == field


@pytest.mark.parametrize("start", [
    datetime(2026, 11, 28, 8, 59),  # a minute ago
    at(7, 45),  # before opening
    at(18, 0),  # at closing
])
def test_start_must_be_in_the_future_and_in_opening_hours(db: Database, advisor: int, start: datetime) -> None:
    assert field_error(db, advisor, start) == "start_at"


def test_opening_hours_come_from_the_settings(db: Database, advisor: int, people: dict) -> None:
    from garage_desktop.domain.classes import Role

    with db.session_scope() as session:
        current = settings.load(session)
        settings.save(session, people[Role.OWNER], settings.GarageSettings(
            **{**current.__dict__, "opening_time": time(7, 0)}))
    assert book(db, advisor, at(7, 30)).appointment.start_at == at(7, 30)


def test_an_unusual_plate_warns_but_books(db: Database, advisor: int) -> None:
    info = book(db, advisor, at(10), plate="ABC123")
    assert info.appointment.plate == "ABC123"
    assert len(info.warnings) == 1


def test_a_nameless_booking_for_a_known_car_takes_the_owner(db: Database, advisor: int) -> None:
    with db.session_scope() as session:
        customer = Customer(name="王美玲", phone="13912345678", created_at=NOW)
        vehicle = Vehicle(customer=customer, plate="滬B88888", created_at=NOW)
        session.add_all([customer, vehicle])
        session.flush()
        vehicle_id = vehicle.id
    info = book(db, advisor, at(11), contact_name="", contact_phone="", plate="滬b 88888")
    assert (info.appointment.contact_name, info.appointment.contact_phone) == ("王美玲", "13912345678")
    assert info.appointment.vehicle_id == vehicle_id
    assert info.appointment.customer_id is not None


def test_load_counts_every_hour_a_booking_overlaps(db: Database, advisor: int) -> None:
    book(db, advisor, at(9, 30), duration_min=90)  # 9, 10
    book(db, advisor, at(10, 0), duration_min=60)  # 10
    book(db, advisor, at(10, 45), duration_min=30)  # 10, 11
    with db.session_scope() as session:
        view = appointments.day_view(session, MONDAY)
    by_hour = {load.start.hour: load.booked for load in view.loads}
    assert [load.start.hour for load in view.loads] == list(range(8, 18))
    assert (by_hour[8], by_hour[9], by_hour[10], by_hour[11], by_hour[12]) == (0, 1, 3, 1, 0)
    assert view.capacity == 4 and view.peak is not None and view.peak.start.hour == 10
    assert view.loads[2].level is LoadLevel.NEAR and view.loads[0].level is LoadLevel.FREE
    assert [row.start_at for row in view.appointments] == [at(9, 30), at(10), at(10, 45)]


def test_over_capacity_is_flagged_and_warned_but_not_refused(db: Database, advisor: int) -> None:
    for _ in range(4):
        info = book(db, advisor, at(14))
    assert info.loads[0].booked == 4 and not info.over_capacity
    info = book(db, advisor, at(14, 30))
    assert [load.booked for load in info.loads] == [5, 1]
    assert info.over_capacity and appointments.OVER_CAPACITY in info.warnings
    with db.session_scope() as session:
        assert appointments.day_view(session, MONDAY).loads[6].level is LoadLevel.OVER


def test_cancelled_and_no_show_bookings_free_their_hours(db: Database, advisor: int) -> None:
    kept = book(db, advisor, at(9)).appointment
    dropped = book(db, advisor, at(9)).appointment
    with db.session_scope() as session:
        appointments.cancel(session, advisor, dropped.order_id, "customer's car fixed elsewhere")
        view = appointments.day_view(session, MONDAY)
    assert view.loads[1].booked == 1
    assert {row.order_id: row.status for row in view.appointments} == {
        kept.order_id: OrderStatus.BOOKED, dropped.order_id: OrderStatus.CANCELLED}


def test_move_changes_the_time_and_audits_before_and_after(db: Database, advisor: int) -> None:
    row = book(db, advisor, at(9)).appointment
    with db.session_scope() as session:
        info = appointments.move(session, advisor, row.order_id, at(15, 30), 120)
    assert (info.appointment.start_at, info.appointment.duration_min) == (at(15, 30), 120)
    assert [load.start.hour for load in info.loads] == [15, 16, 17]
    with db.session_scope() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "move")).one()
        assert "09:00" in event.before and "15:30" in event.after


def test_move_is_checked_like_a_booking(db: Database, advisor: int) -> None:
    row = book(db, advisor, at(9)).appointment
    with db.session_scope() as session, pytest.raises(DomainError) as caught:
        appointments.move(session, advisor, row.order_id, at(19))
    assert caught.value.field == "start_at"


def test_a_cancelled_booking_cannot_be_moved_or_marked(db: Database, advisor: int) -> None:
    row = book(db, advisor, at(9)).appointment
    with db.session_scope() as session:
        appointments.cancel(session, advisor, row.order_id, "sick")
    with db.session_scope() as session:
        for action in (lambda: appointments.move(session, advisor, row.order_id, at(10)),
                       lambda: appointments.no_show(session, advisor, row.order_id),
                       lambda: appointments.cancel(session, advisor, row.order_id, "again")):
            with pytest.raises(TransitionRefused):
                action()
        order = session.get(RepairOrder, row.order_id)
        assert order is not None and order.cancel_reason == "sick" and order.closed_at == NOW


def test_cancel_needs_a_reason(db: Database, advisor: int) -> None:
    row = book(db, advisor, at(9)).appointment
    with db.session_scope() as session, pytest.raises(TransitionRefused) as caught:
        appointments.cancel(session, advisor, row.order_id, "  ")
    assert caught.value.field == "reason"


def test_no_show_only_once_the_time_has_come(db: Database, advisor: int) -> None:
    row = book(db, advisor, at(9)).appointment
    with db.session_scope() as session, pytest.raises(TransitionRefused) as caught:
        appointments.no_show(session, advisor, row.order_id)
    assert caught.value.message == appointments.NOT_YET_DUE
    clock.set_fixed(at(10))
    with db.session_scope() as session:
        assert appointments.no_show(session, advisor, row.order_id).status is OrderStatus.NO_SHOW
        assert appointments.upcoming_for_intake(session, MONDAY) == ()


def test_an_arrived_car_is_no_longer_the_appointments_business() -> None:
    start, now = at(9), at(10)
    assert appointments.action_refusal(BookingAction.ARRIVE, OrderStatus.BOOKED, start, now) is None
    assert appointments.action_refusal(BookingAction.NO_SHOW, OrderStatus.BOOKED, start, at(8)) is not None
    for action in (BookingAction.MOVE, BookingAction.CANCEL):
        assert appointments.action_refusal(action, OrderStatus.RECEIVED, start, now) == \
            appointments.ALREADY_ARRIVED
    assert "closed" in (appointments.action_refusal(BookingAction.MOVE, OrderStatus.CANCELLED, start, now) or "")


def test_writes_need_an_operator(db: Database) -> None:
    with db.session_scope() as session, pytest.raises(DomainError):
        appointments.book(session, None, form(at(9)))


def test_week_grid_runs_monday_to_sunday(db: Database, advisor: int) -> None:
    book(db, advisor, at(9))
    book(db, advisor, at(16, 30, date(2026, 12, 2)), duration_min=60)
    book(db, advisor, at(9, day=date(2026, 12, 7)))  # next week
    with db.session_scope() as session:
        week = appointments.week_view(session, date(2026, 12, 3))
    assert week.monday == MONDAY and [d.day.weekday() for d in week.days] == list(range(7))
    assert week.hour_starts[0] == time(8) and len(week.hour_starts) == 10
    grid = [[load.booked for load in d.loads] for d in week.days]
    assert grid[0][1] == 1 and grid[2][8] == 1 and grid[2][9] == 1
    assert sum(map(sum, grid)) == 3
    assert [len(d.appointments) for d in week.days] == [1, 0, 1, 0, 0, 0, 0]


def test_upcoming_for_intake_lists_todays_waiting_cars(db: Database, advisor: int) -> None:
    today = NOW.date()
    first = book(db, advisor, at(11, day=today)).appointment
    second = book(db, advisor, at(9, 30, day=today)).appointment
    book(db, advisor, at(9))  # Monday
    with db.session_scope() as session:
        rows = appointments.upcoming_for_intake(session, today)
        assert [r.order_id for r in rows] == [second.order_id, first.order_id]
        assert appointments.booking_for_order(session, first.order_id) == first
