"""交車 2: a delay is announced before it happens — the call, the promise it moves, and the board's mark."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from garage_desktop.db.engine import Database
from garage_desktop.db.models import AuditEvent, RepairOrder
from garage_desktop.domain.classes import Role
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.promise import Promises
from garage_desktop.domain.text import DomainError, PermissionRefused
from garage_desktop.services import board, clock, delay_calls
from tests.integration.test_work_order import NOW, PROMISED, call, make_confirmed_order

S = OrderStatus


@pytest.fixture(autouse=True)
def fixed_clock() -> None:
    clock.set_fixed(NOW)


def announce(db: Database, people: dict, order_id: int, new_time: datetime, *, at: datetime = NOW,
             method: str = "phone", answered_by: str = "林志明", reason: str = "零件明早才到") -> delay_calls.DelayCallResult:
    return call(db, delay_calls.record_call, people[Role.ADVISOR], order_id, at, method, answered_by, reason, new_time)


def promises(db: Database, order_id: int) -> tuple[datetime | None, datetime | None, datetime | None]:
    with db.session_scope() as session:
        order = session.get(RepairOrder, order_id)
        assert order is not None
        return order.promised_at, Promises(order.promised_at, order.promise_in_force_at).for_kpi, \
            order.original_promised_at


def test_a_delay_announced_in_advance_moves_the_promise_in_force(db: Database, people: dict) -> None:
    order_id = make_confirmed_order(db)
    new_time = PROMISED + timedelta(hours=16)  # tomorrow 09:00
    result = announce(db, people, order_id, new_time)
    assert result.call.in_advance and result.note is None
    assert (result.call.old_promised_at, result.call.new_promised_at) == (PROMISED, new_time)
    # The board, the work order and the on-time rate all go by the new time; the original stays for the report.
    assert promises(db, order_id) == (new_time, new_time, PROMISED)
    with db.session_scope() as session:
        [shown] = delay_calls.calls_of(session, order_id)
        actions = session.scalars(select(AuditEvent.action).where(AuditEvent.order_id == order_id)).all()
    assert (shown.method, shown.answered_by, shown.reason, shown.recorded_by) == ("phone", "林志明", "零件明早才到",
                                                                                  "王小明")
    assert "delay_call" in actions and "promise" in actions


def test_a_call_after_the_promise_passed_keeps_the_missed_promise_for_the_kpi(db: Database, people: dict) -> None:
    missed = NOW - timedelta(minutes=30)
    order_id = make_confirmed_order(db, promised_at=missed)
    new_time = NOW + timedelta(hours=3)
    result = announce(db, people, order_id, new_time)
    assert not result.call.in_advance
    assert result.note == delay_calls.AGREED_LATE and result.missed_promise_at == missed
    promised, for_kpi, _original = promises(db, order_id)
    assert (promised, for_kpi) == (new_time, missed)


@pytest.mark.parametrize(("change", "field"), [
    ({"method": "telegram"}, "method"),
    ({"answered_by": "  "}, "answered_by"),
    ({"reason": ""}, "reason"),
    ({"at": NOW + timedelta(minutes=5)}, "called_at"),
    ({"at": NOW - timedelta(hours=3)}, "called_at"),  # before the car was received
    ({"new_time": PROMISED - timedelta(hours=1)}, "new_promised_at"),  # earlier than the promise: not a delay
    ({"new_time": NOW - timedelta(minutes=1), "at": NOW}, "new_promised_at"),
    ({"new_time": None}, "new_promised_at"),
])
def test_a_bad_call_is_refused_beside_its_field_and_changes_nothing(db: Database, people: dict, change: dict,
                                                                    field: str) -> None:
    order_id = make_confirmed_order(db)
    arguments = {"new_time": PROMISED + timedelta(hours=2), **change}
    new_time = arguments.pop("new_time")
    with pytest.raises(DomainError) as refused:
        announce(db, people, order_id, new_time, **arguments)
    assert refused.value.field == field
    assert promises(db, order_id)[0] == PROMISED
    with db.session_scope() as session:
        assert delay_calls.calls_of(session, order_id) == []


def test_only_the_advisor_calls_and_only_while_the_car_is_not_ready(db: Database, people: dict) -> None:
    order_id = make_confirmed_order(db)
    with pytest.raises(PermissionRefused):
        call(db, delay_calls.record_call, people[Role.STORE], order_id, NOW, "phone", "林志明", "等零件",
             PROMISED + timedelta(hours=1))
    ready = make_confirmed_order(db, status=S.READY)
    with pytest.raises(DomainError) as refused:
        announce(db, people, ready, PROMISED + timedelta(hours=1))
    assert refused.value.message == delay_calls.NOT_DELAYABLE
    with db.session_scope() as session:
        context = delay_calls.context(session, people[Role.ADVISOR], ready)
        assert context.refusal is not None and context.refusal.message == delay_calls.NOT_DELAYABLE
        assert delay_calls.context(session, people[Role.ADVISOR], order_id).refusal is None
        assert delay_calls.context(session, people[Role.STORE], order_id).refusal is not None


def row_of(db: Database, order_id: int, now: datetime) -> board.BoardRow:
    with db.session_scope() as session:
        result = board.open_orders(session, now)
    return next(r for r in result.rows if r.order_id == order_id)


def test_the_board_marks_a_car_due_within_the_hour_until_the_customer_is_called(db: Database, people: dict) -> None:
    soon = make_confirmed_order(db, promised_at=NOW + timedelta(minutes=40))
    later = make_confirmed_order(db)  # due at 17:00: not at risk, no mark
    with db.session_scope() as session:
        result = board.open_orders(session, NOW)
    assert row_of(db, soon, NOW).needs_delay_call and not row_of(db, later, NOW).needs_delay_call
    assert result.needs_delay_call == 1
    announce(db, people, soon, NOW + timedelta(minutes=55))
    row = row_of(db, soon, NOW)
    assert row.at_risk and not row.needs_delay_call and row.last_delay_call_at == NOW


def test_a_call_long_before_does_not_cover_the_new_time(db: Database, people: dict) -> None:
    order_id = make_confirmed_order(db)
    clock.set_fixed(NOW - timedelta(hours=1))  # 09:00: the customer agrees to 18:00 instead of 17:00
    announce(db, people, order_id, PROMISED + timedelta(hours=1), at=NOW - timedelta(hours=1))
    clock.set_fixed(PROMISED + timedelta(minutes=20))  # 17:20: the car is due at 18:00 and still not ready
    row = row_of(db, order_id, PROMISED + timedelta(minutes=20))
    assert row.at_risk and row.needs_delay_call


def test_the_month_counts_delays_announced_and_late_cars_without_a_call(db: Database, people: dict,
                                                                        tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from garage_desktop.export.month_workbook import write_month_workbook
    from garage_desktop.services import month_report

    told = make_confirmed_order(db)
    announce(db, people, told, PROMISED + timedelta(hours=2))
    told_late = make_confirmed_order(db, promised_at=NOW - timedelta(minutes=30))
    announce(db, people, told_late, NOW + timedelta(hours=2))  # after the promise: not in advance
    silent = make_confirmed_order(db)
    with db.session_scope() as session:
        figures = delay_calls.month_figures(session, [(told, False), (told_late, False), (silent, False),
                                                      (silent + 100, True)])
    # Late against the original promise: all three; told in advance: one; late without a call in advance: two.
    assert (figures.announced, figures.late_without_call, figures.late) == (1, 2, 3)
    with db.session_scope() as session:
        report = month_report.month_report(session, NOW.date().replace(day=1))
    assert report.delays is not None
    path = tmp_path / "month.xlsx"
    write_month_workbook(report, path, language="en")
    summary = load_workbook(path)["Summary"]
    labels = [row[0].value for row in summary.iter_rows()]
    assert "Delays announced in advance" in labels and "Late without a call in advance" in labels
