"""維修工單 in the workshop: dispatch to a team, start and finish each line, report the repair finished."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from decimal import Decimal
from itertools import count
from typing import Any, TypeVar

import pytest
from sqlalchemy import select

from garage_desktop.db.engine import Database
from garage_desktop.db.models import AuditEvent, Customer, LabourLine, PartLine, RepairOrder, Vehicle
from garage_desktop.domain.classes import JobClass, Payer, RegulatoryClass, Role
from garage_desktop.domain.lifecycle import Event, OrderStatus, TransitionRefused, refusal
from garage_desktop.domain.pricing import labour_amount
from garage_desktop.domain.text import DomainError, PermissionRefused
from garage_desktop.services import board, clock, work_order

S = OrderStatus
T = TypeVar("T")
NOW = datetime(2026, 11, 28, 10, 0)
CONFIRMED_AT = datetime(2026, 11, 28, 9, 0)
PROMISED = datetime(2026, 11, 28, 17, 0)
RATE = Decimal("100.00")
_serial = count(1)

# (name, standard hours): the estimate's labour lines of the usual test order (coefficient 1.2 → ¥360 + ¥120)
LABOUR = (("更換剎車片", Decimal("2.5")), ("四輪定位", Decimal("1.0")))
# (name, quantity, unit price)
PARTS = (("前剎車片", Decimal(1), Decimal("380.00")),)


def parts_not_needed(db: Database, people: dict, order_id: int) -> None:
    """The advisor records that the planned parts were not needed after all, so the parts agree with the order
    (the store's issuing has its own tests)."""
    from garage_desktop.db.models import PartLine
    from garage_desktop.services import picking_actions

    with db.session_scope() as session:
        part_lines = session.scalars(select(PartLine.id).where(PartLine.order_id == order_id,
                                                               PartLine.issued_qty == 0)).all()
    for part_line in part_lines:
        call(db, picking_actions.mark_not_used, people[Role.ADVISOR], part_line, "客戶自備")


def make_confirmed_order(db: Database, *, notify_above: Decimal | None = Decimal("1500.00"),
                         may_replace: bool | None = True, promised_at: datetime | None = PROMISED,
                         labour: Sequence[tuple[str, Decimal]] = LABOUR,
                         parts: Sequence[tuple[str, Decimal, Decimal]] = PARTS,
                         coefficient: Decimal = Decimal("1.2"), status: OrderStatus = S.CONFIRMED) -> int:
    """A customer, a car and an order the customer confirmed (prices locked), as the estimate leaves it.

    The default order totals ¥300 + ¥120 labour (2.5 h and 1 h × ¥100 × 1.2) + ¥380 parts = ¥800.
    """
    n = next(_serial)
    with db.session_scope() as session:
        person = Customer(name="林志明", phone=f"1381234{n:04d}", created_at=NOW - timedelta(days=30))
        car = Vehicle(customer=person, plate=f"粵A{n:05d}", make="大眾", model="朗逸",
                      created_at=NOW - timedelta(days=30))
        order = RepairOrder(
            order_no=f"WO20261128-{n:03d}", status=status, customer=person, vehicle=car,
            job_class=JobClass.MINOR, regulatory_class=RegulatoryClass.MINOR_REPAIR, payer=Payer.SELF,
            complaint="剎車異響", notify_above=notify_above, may_replace_found_parts=may_replace,
            promised_at=promised_at, original_promised_at=promised_at, created_at=NOW - timedelta(hours=2),
            received_at=NOW - timedelta(hours=2), estimated_at=NOW - timedelta(hours=1, minutes=30),
            confirmed_at=CONFIRMED_AT, updated_at=CONFIRMED_AT, holder="王小明")
        session.add(order)
        for seq, (name, hours) in enumerate(labour, start=1):
            session.add(LabourLine(order=order, seq=seq, name=name, standard_hours=hours, rate=RATE,
                                   coefficient=coefficient, amount=labour_amount(hours, RATE, coefficient),
                                   payer=Payer.SELF))
        for seq, (name, quantity, price) in enumerate(parts, start=1):
            session.add(PartLine(order=order, seq=seq, name=name, planned_qty=quantity, unit_price=price,
                                 payer=Payer.SELF))
        session.flush()
        return order.id


def call(db: Database, function: Callable[..., T], actor: int | None, *args: Any, **kwargs: Any) -> T:
    """One service call in its own transaction, as the window makes it."""
    with db.session_scope() as session:
        return function(session, actor, *args, **kwargs)


def view(db: Database, order_id: int) -> work_order.TicketView:
    with db.session_scope() as session:
        return work_order.ticket_view(session, order_id)


def line_ids(db: Database, order_id: int) -> list[int]:
    return [line.id for line in view(db, order_id).labour]


@pytest.fixture(autouse=True)
def fixed_clock() -> None:
    clock.set_fixed(NOW)


def test_the_ticket_shows_the_confirmed_order(db: Database) -> None:
    order_id = make_confirmed_order(db)
    ticket = view(db, order_id)
    assert ticket.status is S.CONFIRMED
    assert [(x.name, x.amount, x.progress) for x in ticket.labour] == [
        ("更換剎車片", Decimal("300.00"), "waiting"), ("四輪定位", Decimal("120.00"), "waiting")]
    assert ticket.totals.confirmed == Decimal("800.00")
    assert ticket.dispatch_refusal is None
    # Nothing dispatched yet: starting is refused with the lifecycle's reason.
    assert ticket.start_refusal == ticket.labour[0].start_refusal == refusal(Event.START_REPAIR, S.CONFIRMED)
    assert ticket.report_refusal is not None
    assert ticket.promised_at == ticket.original_promised_at == PROMISED


def test_dispatch_moves_the_order_on_and_tells_the_board_who_has_it(db: Database, people: dict) -> None:
    order_id = make_confirmed_order(db)
    first, second = line_ids(db, order_id)
    ticket = call(db, work_order.dispatch, people[Role.FOREMAN], order_id, first, "一組", people[Role.FOREMAN])
    assert ticket.status is S.DISPATCHED
    assert ticket.labour[0].team == "一組" and ticket.labour[0].mechanic == "張班長"
    assert ticket.labour[0].progress == "dispatched"
    # A second line to another team: the status stays, the holder names both.
    ticket = call(db, work_order.dispatch, people[Role.ADVISOR], order_id, second, "二組", None)
    assert ticket.status is S.DISPATCHED
    with db.session_scope() as session:
        assert session.get(RepairOrder, order_id).holder == "一組 張班長, 二組"
        row = next(r for r in board.open_orders(session, NOW).rows if r.order_id == order_id)
        assert row.holder == "一組 張班長, 二組" and row.holder_role is Role.FOREMAN
        actions = session.scalars(select(AuditEvent.action).where(AuditEvent.order_id == order_id)).all()
    assert actions.count("dispatch") == 2 and "status:dispatch" in actions


def test_a_mechanic_alone_takes_his_team(db: Database, people: dict) -> None:
    order_id = make_confirmed_order(db)
    ticket = call(db, work_order.dispatch, people[Role.ADVISOR], order_id, line_ids(db, order_id)[0], "",
                  people[Role.FOREMAN])
    assert ticket.labour[0].team == "一組"


def test_dispatch_needs_a_team_and_the_right_role(db: Database, people: dict) -> None:
    order_id = make_confirmed_order(db)
    first = line_ids(db, order_id)[0]
    with pytest.raises(DomainError) as error:
        call(db, work_order.dispatch, people[Role.ADVISOR], order_id, first, "  ", None)
    assert error.value.field == "team"
    with pytest.raises(PermissionRefused):
        call(db, work_order.dispatch, people[Role.STORE], order_id, first, "一組", None)
    assert view(db, order_id).status is S.CONFIRMED


def test_dispatch_is_refused_before_confirmation(db: Database, people: dict) -> None:
    order_id = make_confirmed_order(db, status=S.ESTIMATED)
    with pytest.raises(TransitionRefused):
        call(db, work_order.dispatch, people[Role.ADVISOR], order_id, line_ids(db, order_id)[0], "一組", None)


def test_start_before_dispatch_is_refused(db: Database, people: dict) -> None:
    order_id = make_confirmed_order(db)
    first, second = line_ids(db, order_id)
    with pytest.raises(DomainError):  # the order is not dispatched at all
        call(db, work_order.start_line, people[Role.FOREMAN], order_id, first)
    call(db, work_order.dispatch, people[Role.FOREMAN], order_id, first, "一組", None)
    with pytest.raises(DomainError) as error:  # the order is, but not this line
        call(db, work_order.start_line, people[Role.FOREMAN], order_id, second)
    assert error.value.message == work_order.NOT_DISPATCHED


def test_start_and_finish_a_line(db: Database, people: dict) -> None:
    foreman = people[Role.FOREMAN]
    order_id = make_confirmed_order(db)
    first, _second = line_ids(db, order_id)
    call(db, work_order.dispatch, foreman, order_id, first, "一組", None)
    ticket = call(db, work_order.start_line, foreman, order_id, first, NOW - timedelta(minutes=30))
    assert ticket.status is S.IN_REPAIR
    assert ticket.labour[0].started_at == NOW - timedelta(minutes=30) and ticket.labour[0].progress == "started"
    assert ticket.labour[0].start_refusal == work_order.ALREADY_STARTED
    ticket = call(db, work_order.finish_line, foreman, order_id, first)  # at "now"
    assert ticket.labour[0].finished_at == NOW and ticket.labour[0].progress == "finished"
    assert ticket.status is S.IN_REPAIR


def test_line_times_are_checked(db: Database, people: dict) -> None:
    foreman = people[Role.FOREMAN]
    order_id = make_confirmed_order(db)
    first = line_ids(db, order_id)[0]
    call(db, work_order.dispatch, foreman, order_id, first, "一組", None)
    with pytest.raises(DomainError) as error:
        call(db, work_order.start_line, foreman, order_id, first, NOW + timedelta(minutes=5))
    assert error.value.field == "at"
    with pytest.raises(DomainError) as error:
        call(db, work_order.start_line, foreman, order_id, first, CONFIRMED_AT - timedelta(minutes=1))
    assert error.value.field == "at"
    with pytest.raises(DomainError) as error:  # finish before start
        call(db, work_order.finish_line, foreman, order_id, first)
    assert error.value.message == work_order.NOT_STARTED
    call(db, work_order.start_line, foreman, order_id, first, NOW - timedelta(minutes=10))
    with pytest.raises(DomainError) as error:
        call(db, work_order.finish_line, foreman, order_id, first, NOW - timedelta(minutes=20))
    assert error.value.field == "at"


def test_only_the_foreman_enters_start_and_finish(db: Database, people: dict) -> None:
    order_id = make_confirmed_order(db)
    first = line_ids(db, order_id)[0]
    call(db, work_order.dispatch, people[Role.ADVISOR], order_id, first, "一組", None)
    with pytest.raises(PermissionRefused):
        call(db, work_order.start_line, people[Role.ADVISOR], order_id, first)


def test_report_finished_is_refused_with_the_unfinished_lines(db: Database, people: dict) -> None:
    foreman = people[Role.FOREMAN]
    order_id = make_confirmed_order(db)
    first, second = line_ids(db, order_id)
    for line in (first, second):
        call(db, work_order.dispatch, foreman, order_id, line, "一組", None)
    call(db, work_order.start_line, foreman, order_id, first, NOW - timedelta(hours=1))
    call(db, work_order.finish_line, foreman, order_id, first, NOW - timedelta(minutes=20))
    ticket = view(db, order_id)
    assert ticket.unfinished == ("2. 四輪定位",) and ticket.report_refusal == work_order.UNFINISHED
    with pytest.raises(DomainError) as error:
        call(db, work_order.report_finished, foreman, order_id)
    assert "2. 四輪定位" in error.value.english()
    assert view(db, order_id).status is S.IN_REPAIR

    call(db, work_order.start_line, foreman, order_id, second, NOW - timedelta(minutes=15))
    call(db, work_order.finish_line, foreman, order_id, second)
    with pytest.raises(DomainError) as parts_error:  # issue 4: the parts must agree with the order first
        call(db, work_order.report_finished, foreman, order_id)
    assert parts_error.value.field == "parts" and "never issued" in parts_error.value.english()
    parts_not_needed(db, people, order_id)
    ticket = call(db, work_order.report_finished, foreman, order_id)
    assert ticket.status is S.QC_PENDING
    with db.session_scope() as session:
        row = next(r for r in board.open_orders(session, NOW).rows if r.order_id == order_id)
    assert row.holder == "" and row.holder_role is Role.INSPECTOR  # the board shows "Inspector"
    assert view(db, order_id).labour[0].dispatch_refusal is not None  # no more dispatching after QC


def test_one_report_finishes_the_lines_still_in_work(db: Database, people: dict) -> None:
    """Issue 14: "repair finished" with a time finishes every line started and not finished at that time (each
    audited as its finish), then hands the car to QC; a line never started, or a reporter who enters no line
    times (the inspector), is refused and nothing is kept."""
    foreman, inspector = people[Role.FOREMAN], people[Role.INSPECTOR]
    order_id = make_confirmed_order(db)
    first, second = line_ids(db, order_id)
    for line in (first, second):
        call(db, work_order.dispatch, foreman, order_id, line, "一組", None)
    call(db, work_order.start_line, foreman, order_id, first, NOW - timedelta(hours=1))
    parts_not_needed(db, people, order_id)
    with pytest.raises(DomainError) as error:  # line 2 was never started
        call(db, work_order.report_finished, foreman, order_id, NOW)
    assert "2. 四輪定位" in error.value.english()
    assert view(db, order_id).labour[0].finished_at is None  # nothing kept
    call(db, work_order.start_line, foreman, order_id, second, NOW - timedelta(minutes=30))
    with pytest.raises(PermissionRefused):  # the inspector reports, but enters no line times
        call(db, work_order.report_finished, inspector, order_id, NOW)
    with pytest.raises(DomainError) as early:
        call(db, work_order.report_finished, foreman, order_id, NOW - timedelta(minutes=45))
    assert early.value.field == "at"  # before line 2's start
    ticket = call(db, work_order.report_finished, foreman, order_id, NOW)
    assert ticket.status is S.QC_PENDING
    assert [line.finished_at for line in ticket.labour] == [NOW, NOW]
    with db.session_scope() as session:
        finishes = session.scalars(select(AuditEvent).where(AuditEvent.action == "line:finish")).all()
    assert sorted(event.entity_id for event in finishes) == sorted([first, second])


def test_workshop_list_shows_progress(db: Database, people: dict) -> None:
    foreman = people[Role.FOREMAN]
    waiting = make_confirmed_order(db, promised_at=PROMISED + timedelta(hours=1))
    busy = make_confirmed_order(db)
    make_confirmed_order(db, status=S.ESTIMATED)  # not in the workshop yet
    first = line_ids(db, busy)[0]
    call(db, work_order.dispatch, foreman, busy, first, "一組", None)
    call(db, work_order.start_line, foreman, busy, first, NOW - timedelta(minutes=5))
    with db.session_scope() as session:
        rows = work_order.workshop_orders(session)
    assert [r.order_id for r in rows] == [busy, waiting]  # soonest promise first
    assert (rows[0].lines, rows[0].dispatched, rows[0].started, rows[0].finished) == (2, 1, 1, 0)
    assert rows[0].status is S.IN_REPAIR and rows[0].holder == "一組"
    assert (rows[1].lines, rows[1].dispatched) == (2, 0)


def test_role_refusals_follow_the_operator(db: Database, people: dict) -> None:
    with db.session_scope() as session:
        advisor = work_order.role_refusals(session, people[Role.ADVISOR])
        foreman = work_order.role_refusals(session, people[Role.FOREMAN])
    assert advisor.dispatch is None and advisor.answer is None
    assert advisor.work is not None and advisor.propose is not None
    assert foreman.work is None and foreman.propose is None and foreman.answer is not None
