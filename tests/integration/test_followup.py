"""出廠跟蹤: the call queue at the two-day boundary, a call that does not reach the customer stays due,
complaints stay on top until closed, deposit-released cars are called without a status change, the file."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from decimal import Decimal as D
from typing import Any, TypeVar

import pytest
from sqlalchemy import select

from garage_desktop.db.engine import Database
from garage_desktop.db.models import Customer, FollowUp, LabourLine, PartLine, RepairOrder, Vehicle
from garage_desktop.domain.classes import JobClass, Payer, RegulatoryClass, Role
from garage_desktop.domain.lifecycle import OrderStatus, TransitionRefused
from garage_desktop.domain.text import DomainError, PermissionRefused
from garage_desktop.services import clock, followup

T = TypeVar("T")
S = OrderStatus
NOW = datetime(2026, 11, 28, 10, 0)
_serial = itertools.count(1)


def make_car(db: Database, *, name: str = "林志明", phone: str = "", plate: str = "",
             last_mileage: int | None = 45230) -> tuple[int, int]:
    """A customer and their car: (customer id, vehicle id)."""
    n = next(_serial)
    with db.session_scope() as session:
        person = Customer(name=name, phone=phone or f"1391234{n:04d}", created_at=NOW - timedelta(days=400))
        car = Vehicle(customer=person, plate=plate or f"粵B{n:05d}", vin="LSVAU2180N2123456", make="大眾",
                      model="朗逸", last_mileage=last_mileage, created_at=NOW - timedelta(days=400))
        session.add(car)
        session.flush()
        return person.id, car.id


def make_order(db: Database, vehicle_id: int, *, status: OrderStatus = S.DELIVERED,
               delivered_at: datetime | None = NOW - timedelta(days=2), received_at: datetime | None = None,
               regulatory: RegulatoryClass = RegulatoryClass.MINOR_REPAIR, mileage_in: int | None = 45000,
               mileage_out: int | None = None, complaint: str = "剎車異響",
               labour: Sequence[tuple[str, str, str]] = (("更換前剎車片", "1.5", "150.00"),),
               parts: Sequence[tuple[str, str, str]] = (("前剎車片", "1", "380.00"),),
               comeback_of_id: int | None = None) -> int:
    """An order of ``vehicle_id`` built with the ORM: labour (name, hours, amount), parts (name, qty, price)."""
    n = next(_serial)
    received = received_at or ((delivered_at or NOW) - timedelta(hours=8))
    with db.session_scope() as session:
        car = session.get(Vehicle, vehicle_id)
        order = RepairOrder(
            order_no=f"WO{received:%Y%m%d}-{n:03d}", status=status, customer_id=car.customer_id, vehicle_id=car.id,
            job_class=JobClass.MINOR, regulatory_class=regulatory, payer=Payer.SELF, complaint=complaint,
            diagnosis="前剎車片磨損到限", mileage_in=mileage_in, mileage_out=mileage_out, created_at=received,
            received_at=received, delivered_at=delivered_at, updated_at=received, passed_qc_first_time=True,
            comeback_of_id=comeback_of_id)
        session.add(order)
        session.flush()
        for seq, (name, hours, amount) in enumerate(labour, start=1):
            session.add(LabourLine(order_id=order.id, seq=seq, name=name, standard_hours=D(hours), rate=D("100.00"),
                                   coefficient=D(1), amount=D(amount)))
        for seq, (name, qty, price) in enumerate(parts, start=1):
            session.add(PartLine(order_id=order.id, seq=seq, name=name, spec="博世", unit="套", planned_qty=D(qty),
                                 issued_qty=D(qty), unit_price=D(price)))
        session.flush()
        return order.id


def call(db: Database, function: Callable[..., T], actor: int | None, *args: Any, **kwargs: Any) -> T:
    with db.session_scope() as session:
        return function(session, actor, *args, **kwargs)


def read(db: Database, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    with db.session_scope() as session:
        return function(session, *args, **kwargs)


def status_of(db: Database, order_id: int) -> OrderStatus:
    with db.session_scope() as session:
        return session.get(RepairOrder, order_id).status


@pytest.fixture(autouse=True)
def fixed_clock() -> None:
    clock.set_fixed(NOW)


def due_ids(db: Database, now: datetime = NOW) -> list[int]:
    return [c.order_id for c in read(db, followup.calls_due, now)]


# --- timing ------------------------------------------------------------------------------------------------

def test_a_call_falls_due_two_calendar_days_after_the_car_left(db: Database) -> None:
    _, car = make_car(db)
    late_evening = make_order(db, car, delivered_at=datetime(2026, 11, 26, 23, 59))  # two days ago
    early_yesterday = make_order(db, car, delivered_at=datetime(2026, 11, 27, 0, 0))  # one day ago
    # At the first minute of the 28th the car that left late on the 26th is due; the one from the 27th is not.
    assert due_ids(db, datetime(2026, 11, 28, 0, 0)) == [late_evening]
    # ... and the 27th's car stays not due all day on the 28th, then falls due at midnight.
    assert due_ids(db, datetime(2026, 11, 28, 23, 59)) == [late_evening]
    assert due_ids(db, datetime(2026, 11, 29, 0, 0)) == [late_evening, early_yesterday]
    queue = read(db, followup.queue, datetime(2026, 11, 28, 12, 0))
    assert [c.order_id for c in queue.upcoming] == [early_yesterday]
    due = queue.due[0]
    assert due.due_on == datetime(2026, 11, 28).date()
    assert due.deadline == datetime(2026, 11, 28, 23, 59) and not due.late  # due today, still on time
    # on time means within 48 hours of the handover, as the follow-up rate counts it
    assert read(db, followup.calls_due, datetime(2026, 11, 29, 0, 0))[0].late


def test_calls_due_oldest_delivery_first_and_overdue_days_counted(db: Database) -> None:
    _, car = make_car(db)
    recent = make_order(db, car, delivered_at=NOW - timedelta(days=2))
    oldest = make_order(db, car, delivered_at=NOW - timedelta(days=6))
    middle = make_order(db, car, delivered_at=NOW - timedelta(days=3, hours=2))
    make_order(db, car, status=S.SETTLED, delivered_at=None)  # still in the garage
    make_order(db, car, status=S.FOLLOWED_UP, delivered_at=NOW - timedelta(days=5))  # done
    calls = read(db, followup.calls_due, NOW)
    assert [c.order_id for c in calls] == [oldest, middle, recent]
    assert [c.late for c in calls] == [True, True, False]
    assert calls[0].work == ("更換前剎車片",) and calls[0].customer_name == "林志明"


def test_a_customer_never_reached_a_month_after_the_handover_leaves_the_lists(db: Database, advisor: int) -> None:
    """Issue 20: calls never reached stayed due for ever (6,000 of them after ten years, read on every first show
    of the tab). A month after the handover the call is no follow-up any more: off the lists and the status bar's
    count, still not followed up, and still recordable on the order opened by name."""
    _, car = make_car(db)
    month_ago = make_order(db, car, delivered_at=datetime(2026, 10, 29, 16, 0))  # 30 days before NOW's day
    older = make_order(db, car, delivered_at=datetime(2026, 10, 28, 23, 59))
    call(db, followup.record_call, advisor, older, False, None, "無人接聽")
    assert due_ids(db) == [month_ago]
    assert read(db, followup.count_due, NOW) == 1
    assert [c.order_id for c in read(db, followup.queue, NOW).due] == [month_ago]
    assert status_of(db, older) is S.DELIVERED  # not followed up: the follow-up rate counts it so
    target = read(db, followup.call_target, older, NOW)
    assert target is not None and target.attempts == 1
    done = call(db, followup.record_call, advisor, older, True, 4, "客戶回電，一切正常")
    assert done.status is S.FOLLOWED_UP


# --- recording calls ---------------------------------------------------------------------------------------

def test_a_call_that_does_not_reach_the_customer_stays_due_with_its_attempts(db: Database, advisor: int) -> None:
    _, car = make_car(db)
    order_id = make_order(db, car)
    result = call(db, followup.record_call, advisor, order_id, False, None, "無人接聽")
    assert result.status is S.DELIVERED and not result.reached
    clock.set_fixed(NOW + timedelta(hours=3))
    call(db, followup.record_call, advisor, order_id, False, None, "關機")
    due = read(db, followup.calls_due, NOW + timedelta(hours=4))
    assert [c.order_id for c in due] == [order_id]
    assert due[0].attempts == 2 and due[0].last_attempt_at == NOW + timedelta(hours=3)
    # reached at last: the order is followed up and leaves the queue
    done = call(db, followup.record_call, advisor, order_id, True, 5, "很滿意，剎車安靜了")
    assert done.status is S.FOLLOWED_UP
    assert read(db, followup.calls_due, NOW + timedelta(hours=4)) == []
    assert status_of(db, order_id) is S.FOLLOWED_UP


def test_the_outcome_must_make_sense(db: Database, advisor: int, people: dict[Role, int]) -> None:
    _, car = make_car(db)
    order_id = make_order(db, car)
    with pytest.raises(DomainError) as no_score:
        call(db, followup.record_call, advisor, order_id, True, None)
    assert no_score.value.field == "satisfaction"
    with pytest.raises(DomainError) as six:
        call(db, followup.record_call, advisor, order_id, True, 6)
    assert six.value.field == "satisfaction"
    for bent in (True, 4.7, "5", "x"):  # int() would have stored 1, 4 and 5, and raised on "x"
        with pytest.raises(DomainError) as not_a_score:
            call(db, followup.record_call, advisor, order_id, True, bent)
        assert not_a_score.value.field == "satisfaction"
    with pytest.raises(DomainError) as unreached_complaint:
        call(db, followup.record_call, advisor, order_id, False, None, "", "還是響")
    assert unreached_complaint.value.field == "complaint"
    with pytest.raises(PermissionRefused):
        call(db, followup.record_call, people[Role.STORE], order_id, True, 4)
    in_shop = make_order(db, car, status=S.SETTLED, delivered_at=None)
    with pytest.raises(TransitionRefused):
        call(db, followup.record_call, advisor, in_shop, True, 4)
    with db.session_scope() as session:
        assert session.scalars(select(FollowUp)).all() == []  # nothing half-written
    assert status_of(db, order_id) is S.DELIVERED


def test_a_car_released_on_a_deposit_is_called_without_changing_its_status(db: Database, advisor: int) -> None:
    _, car = make_car(db)
    order_id = make_order(db, car, status=S.DEPOSIT_RELEASED)
    assert due_ids(db) == [order_id]
    assert read(db, followup.calls_due, NOW)[0].on_deposit
    result = call(db, followup.record_call, advisor, order_id, True, 3, "偶發異響還未再出現")
    assert result.status is S.DEPOSIT_RELEASED  # still open for its settlement or refund
    assert due_ids(db) == []  # but the call is made


# --- complaints --------------------------------------------------------------------------------------------

def test_a_complaint_stays_above_everything_until_it_is_closed(db: Database, advisor: int,
                                                               people: dict[Role, int]) -> None:
    _, car = make_car(db, name="陳美玲")
    _, other_car = make_car(db)
    complained = make_order(db, car, delivered_at=NOW - timedelta(days=2))
    waiting = make_order(db, other_car, delivered_at=NOW - timedelta(days=9))
    result = call(db, followup.record_call, advisor, complained, True, 2, "", "剎車還是有異響",
                  people[Role.INSPECTOR])
    assert result.complaint_open and result.status is S.FOLLOWED_UP
    queue = read(db, followup.queue, NOW)
    assert [c.order_id for c in queue.complaints] == [complained]
    assert queue.complaints[0].owner == "李檢驗" and queue.complaints[0].customer_name == "陳美玲"
    assert [c.order_id for c in queue.due] == [waiting]  # below the complaint, however old
    # handed to the advisor, still open a week later
    complaint_id = queue.complaints[0].follow_up_id
    assert call(db, followup.assign_complaint, advisor, complaint_id, advisor).owner == "王小明"
    assert len(read(db, followup.queue, NOW + timedelta(days=7)).complaints) == 1
    with pytest.raises(DomainError) as no_resolution:
        call(db, followup.resolve_complaint, advisor, complaint_id, "  ")
    assert no_resolution.value.field == "resolution"
    closed = call(db, followup.resolve_complaint, advisor, complaint_id, "返廠免費更換剎車片，客戶滿意")
    assert closed.resolved_at == NOW and not closed.complaint_open
    assert read(db, followup.queue, NOW).complaints == ()
    with pytest.raises(DomainError):
        call(db, followup.resolve_complaint, advisor, complaint_id, "again")


def test_each_customer_has_a_follow_up_file(db: Database, advisor: int) -> None:
    customer, car = make_car(db)
    other_customer, other_car = make_car(db, name="張偉")
    first = make_order(db, car, delivered_at=NOW - timedelta(days=40))
    second = make_order(db, car, delivered_at=NOW - timedelta(days=2))
    make_order(db, other_car)
    clock.set_fixed(NOW - timedelta(days=38))
    call(db, followup.record_call, advisor, first, True, 4, "滿意")
    clock.set_fixed(NOW)
    call(db, followup.record_call, advisor, second, False, None, "未接")
    call(db, followup.record_call, advisor, second, True, 5, "")
    file = read(db, followup.history, customer)
    assert [(e.order_id, e.reached) for e in file] == [(second, True), (second, False), (first, True)]
    assert file[0].called_by == "王小明" and file[2].remarks == "滿意"
    assert read(db, followup.history, other_customer) == []
