"""Orders service: every status change is checked again, stamped with who and when, audited, and all or
nothing; order numbers read as the day; the search box finds orders by number or plate."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from garage_desktop.db.engine import Database
from garage_desktop.db.models import Appointment, AuditEvent, Customer, RepairOrder, Vehicle
from garage_desktop.domain.classes import JobClass, Payer, RegulatoryClass, Role
from garage_desktop.domain.lifecycle import Event, OrderStatus, TransitionRefused
from garage_desktop.domain.text import DomainError
from garage_desktop.services import clock, orders

S = OrderStatus
NOW = datetime(2026, 11, 28, 10, 30)
EARLIER = datetime(2026, 11, 28, 8, 0)


def _order(session: Session, status: OrderStatus = S.RECEIVED, *, plate: str | None = "粵B12345",
           order_no: str | None = None, name: str = "林志明") -> RepairOrder:
    customer = vehicle = None
    if plate is not None:
        customer = Customer(name=name, name_initials="", created_at=EARLIER)
        vehicle = Vehicle(customer=customer, plate=plate, created_at=EARLIER)
    order = RepairOrder(order_no=order_no, status=status, customer=customer, vehicle=vehicle,
                        job_class=JobClass.MINOR, regulatory_class=RegulatoryClass.MINOR_REPAIR, payer=Payer.SELF,
                        created_at=EARLIER, updated_at=EARLIER)
    session.add(order)
    session.flush()
    return order


def _booking(session: Session, plate: str, contact: str = "陳先生") -> RepairOrder:
    order = _order(session, S.BOOKED, plate=None)
    session.add(Appointment(order_id=order.id, start_at=NOW, contact_name=contact, plate=plate, created_at=EARLIER))
    session.flush()
    return order


def _audit(session: Session, order_id: int) -> list[AuditEvent]:
    return list(session.scalars(select(AuditEvent).where(AuditEvent.order_id == order_id).order_by(AuditEvent.id)))


# --- transitions ----------------------------------------------------------------------------------------

def test_receiving_a_booking_stamps_who_and_when_and_audits(db: Database, advisor: int) -> None:
    clock.set_fixed(NOW)
    with db.session_scope() as session:
        order_id = _booking(session, "粵B12345").id
    with db.session_scope() as session:
        order = orders.get_order(session, order_id)
        assert orders.transition(session, order, Event.RECEIVE, advisor) is S.RECEIVED
    with db.session_scope() as session:
        order = session.get(RepairOrder, order_id)
        assert order.status is S.RECEIVED
        assert order.received_at == NOW and order.received_by_id == advisor
        assert order.updated_at == NOW
        assert order.closed_at is None
        [row] = _audit(session, order_id)
        assert (row.action, row.entity, row.entity_id, row.operator_id, row.at) == (
            "status:receive", "repair_order", order_id, advisor, NOW)
        assert (row.before, row.after) == ("booked", "received")


@pytest.mark.parametrize(("start", "event", "at_column", "by_column"), [
    (S.BOOKED, Event.RECEIVE, "received_at", "received_by_id"),
    (S.RECEIVED, Event.ESTIMATE, "estimated_at", "estimated_by_id"),
    (S.ESTIMATED, Event.CONFIRM, "confirmed_at", "confirmed_by_id"),
    (S.QC_PENDING, Event.QC_PASS, "ready_at", None),
    (S.READY, Event.SETTLE, "settled_at", "settled_by_id"),
    (S.SETTLED, Event.DELIVER, "delivered_at", "delivered_by_id"),
    (S.READY, Event.RELEASE_ON_DEPOSIT, "delivered_at", "delivered_by_id"),  # the car leaves on a deposit
], ids=lambda v: v.value if isinstance(v, Event) else None)
def test_each_step_records_who_and_when(db: Database, people: dict[Role, int], start: OrderStatus, event: Event,
                                        at_column: str, by_column: str | None) -> None:
    clock.set_fixed(NOW)
    actor = people[Role.CASHIER]
    with db.session_scope() as session:
        order = _order(session, start)
        orders.transition(session, order, event, actor)
        order_id = order.id
    with db.session_scope() as session:
        order = session.get(RepairOrder, order_id)
        assert getattr(order, at_column) == NOW
        if by_column is not None:
            assert getattr(order, by_column) == actor


def test_settling_a_car_released_on_deposit_completes_it(db: Database, advisor: int) -> None:
    clock.set_fixed(NOW)
    with db.session_scope() as session:
        order = _order(session, S.READY)
        orders.transition(session, order, Event.RELEASE_ON_DEPOSIT, advisor)
        clock.set_fixed(NOW + timedelta(days=3))
        assert orders.transition(session, order, Event.SETTLE, advisor) is S.DELIVERED
        assert order.delivered_at == NOW  # the day the car left, not the day it was settled
        assert order.settled_at == NOW + timedelta(days=3)


def test_cancel_keeps_the_reason_and_closes_the_order(db: Database, advisor: int) -> None:
    clock.set_fixed(NOW)
    with db.session_scope() as session:
        order = _order(session, S.ESTIMATED)
        assert orders.transition(session, order, Event.CANCEL, advisor, reason="  客戶嫌貴，不修了  ") is S.CANCELLED
        order_id = order.id
    with db.session_scope() as session:
        order = session.get(RepairOrder, order_id)
        assert order.cancel_reason == "客戶嫌貴，不修了"
        assert order.closed_at == NOW
        [row] = _audit(session, order_id)
        assert row.before == "estimated"
        assert json.loads(row.after)["status"] == "cancelled"
        assert "客戶嫌貴" in json.loads(row.after)["reason"]


def test_no_show_closes_the_booking(db: Database, advisor: int) -> None:
    clock.set_fixed(NOW)
    with db.session_scope() as session:
        order = _booking(session, "京A12345")
        orders.transition(session, order, Event.NO_SHOW, advisor)
        assert order.status is S.NO_SHOW and order.closed_at == NOW


def test_cancel_without_reason_is_refused(db: Database, advisor: int) -> None:
    with db.session_scope() as session:
        order_id = _order(session, S.RECEIVED).id
    with pytest.raises(TransitionRefused) as refused, db.session_scope() as session:
        orders.transition(session, orders.get_order(session, order_id), Event.CANCEL, advisor, reason="  ")
    assert refused.value.field == "reason"
    with db.session_scope() as session:
        assert session.get(RepairOrder, order_id).status is S.RECEIVED


def test_an_overlong_cancel_reason_is_refused_not_cut(db: Database, advisor: int) -> None:
    """The reason column holds 200 characters; a server database would reject more with a crash."""
    with db.session_scope() as session:
        order_id = _order(session, S.RECEIVED).id
    with pytest.raises(DomainError) as refused, db.session_scope() as session:
        orders.transition(session, orders.get_order(session, order_id), Event.CANCEL, advisor, reason="改" * 201)
    assert refused.value.field == "reason"
    with db.session_scope() as session:
        assert session.get(RepairOrder, order_id).status is S.RECEIVED
        orders.transition(session, session.get(RepairOrder, order_id), Event.CANCEL, advisor, reason="改" * 200)


def test_a_refused_event_changes_nothing(db: Database, advisor: int) -> None:
    """A stale screen offers 'deliver' on an order not yet settled: refused, and the whole action is undone."""
    with db.session_scope() as session:
        order_id = _order(session, S.IN_REPAIR).id
    with pytest.raises(TransitionRefused) as refused, db.session_scope() as session:
        order = orders.get_order(session, order_id)
        order.complaint = "changed in the same action"  # an earlier write of the same user action
        orders.transition(session, order, Event.DELIVER, advisor)
    assert refused.value.params["status"] == "In repair"
    assert "settled" in refused.value.english()
    with db.session_scope() as session:
        order = session.get(RepairOrder, order_id)
        assert order.status is S.IN_REPAIR
        assert order.complaint == ""
        assert order.delivered_at is None and order.delivered_by_id is None
        assert _audit(session, order_id) == []


def test_get_order_that_does_not_exist(db: Database) -> None:
    with pytest.raises(DomainError) as refused, db.session_scope() as session:
        orders.get_order(session, 4242)
    assert "4242" in refused.value.english()


# --- order numbers ----------------------------------------------------------------------------------------

def test_order_numbers_count_up_per_day(db: Database) -> None:
    day = datetime(2026, 11, 28, 9, 15)
    with db.session_scope() as session:
        assert orders.next_order_no(session, day) == "WO20261128-001"
        _order(session, order_no=orders.next_order_no(session, day))
        assert orders.next_order_no(session, day) == "WO20261128-002"
        _order(session, order_no=orders.next_order_no(session, day.replace(hour=17)))
        assert orders.next_order_no(session, day) == "WO20261128-003"
        next_day = day + timedelta(days=1)
        assert orders.next_order_no(session, next_day) == "WO20261129-001"
        _order(session, order_no=orders.next_order_no(session, next_day))
        # A new order back on the earlier day (an order entered late) continues that day's count.
        assert orders.next_order_no(session, day) == "WO20261128-003"
        assert orders.next_order_no(session, next_day) == "WO20261129-002"


def test_order_numbers_go_past_999(db: Database) -> None:
    day = datetime(2026, 11, 28)
    with db.session_scope() as session:
        _order(session, order_no="WO20261128-999")
        assert orders.next_order_no(session, day) == "WO20261128-1000"
        _order(session, order_no="WO20261128-1000")
        assert orders.next_order_no(session, day) == "WO20261128-1001"


# --- the search box ---------------------------------------------------------------------------------------

@pytest.fixture
def some_orders(db: Database) -> dict[str, int]:
    with db.session_scope() as session:
        ids = {
            "a": _order(session, order_no="WO20261127-001", plate="粵B12345").id,
            "b": _order(session, order_no="WO20261128-001", plate="京A88888").id,
            "c": _order(session, order_no="WO20261128-002", plate="粵B12399").id,
            "booking": _booking(session, "滬C55555").id,
        }
    return ids


@pytest.mark.parametrize(("typed", "expected"), [
    ("1128-002", ["c"]),
    ("WO20261128", ["c", "b"]),  # newest first
    ("B123", ["c", "a"]),
    ("粵b123", ["c", "a"]),  # lower case
    (" 粵B 12345 ", ["a"]),  # typed as printed on the plate, with a space
    ("粵B·12345", ["a"]),
    ("88888", ["b"]),
    ("滬C555", ["booking"]),  # a booking has no vehicle yet: its plate is on the appointment
    ("", []),
    ("   ", []),
    ("%", []),  # not a wildcard
    ("_", []),
    ("ZZZ", []),
])
def test_find_orders(db: Database, some_orders: dict[str, int], typed: str, expected: list[str]) -> None:
    with db.session_scope() as session:
        assert orders.find_order_ids(session, typed) == [some_orders[k] for k in expected]


def test_find_orders_limit(db: Database) -> None:
    with db.session_scope() as session:
        for n in range(1, 8):
            _order(session, order_no=f"WO20261128-{n:03d}")
        found = orders.find_order_ids(session, "WO2026", limit=5)
    assert len(found) == 5 and found == sorted(found, reverse=True)


def test_summary(db: Database, some_orders: dict[str, int]) -> None:
    with db.session_scope() as session:
        walk_in = orders.summary(session, some_orders["a"])
        booking = orders.summary(session, some_orders["booking"])
        assert orders.summary(session, 99_999) is None
        total = session.scalar(select(func.count()).select_from(RepairOrder))
    assert (walk_in.order_no, walk_in.plate, walk_in.customer_name, walk_in.status_label) == (
        "WO20261127-001", "粵B12345", "林志明", "Received")
    assert (booking.order_no, booking.plate, booking.customer_name, booking.status) == (
        None, "滬C55555", "陳先生", S.BOOKED)
    assert total == 4
