"""The demo garage's steps of issue 16, items 2, 3 and 8, written through the services as the garage does them:
a delay announced to the customer in time (交車 2), the inspector's checks on a car being repaired with a problem
found and put right (維修作業 3), and the loaner car of a 三包 repair open over five days (三包, DOMAIN.md).

They run after the orders are written, at the last minutes before now (the audit trail stays in time order).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from garage_desktop.db import models as m
from garage_desktop.domain.classes import Payer
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.sanbao import compensation_due
from garage_desktop.services import board, clock, delay_calls, process_checks, sanbao

S = OrderStatus


@contextmanager
def _at(moment: datetime) -> Iterator[None]:
    before = clock._fixed  # a fixed clock (the tests') is put back as it was
    clock.set_fixed(moment.replace(microsecond=0))
    try:
        yield
    finally:
        clock.set_fixed(before)


def _in_shop(session: Session, *statuses: OrderStatus) -> list[m.RepairOrder]:
    return list(session.scalars(select(m.RepairOrder).where(m.RepairOrder.status.in_(statuses))
                                .order_by(m.RepairOrder.id)))


def announce_a_delay(session: Session, now: datetime, say: Callable[[str], str]) -> int | None:
    """A car in the workshop that will miss its promise: the advisor phones before it passes and the customer
    agrees to the next morning. Not a car the board shows late or at risk (those stay for the board to show)."""
    rows = {r.order_id: r for r in board.open_orders(session, now).rows}
    stages = (S.IN_REPAIR, S.DISPATCHED, S.AWAITING_APPROVAL, S.CONFIRMED, S.ESTIMATED)  # the workshop's first
    candidates = sorted(_in_shop(session, *stages), key=lambda o: (stages.index(o.status), o.id))
    for order in candidates:
        row = rows.get(order.id)
        if (row is None or row.late or row.at_risk or order.payer is not Payer.SELF or order.promised_at is None
                or order.received_at is None or order.received_by_id is None):
            continue
        called = max(now - timedelta(minutes=12), order.received_at + timedelta(minutes=5))
        next_morning = datetime.combine(order.promised_at.date() + timedelta(days=1), order.promised_at.time())
        new_time = next_morning.replace(hour=10, minute=0)
        with _at(called):
            delay_calls.record_call(session, order.received_by_id, order.id, called, "phone",
                                    order.customer.name if order.customer else say("車主"),
                                    say("需更換的零件供應商明早才送到，今天無法完工"), new_time)
        return order.id
    return None


def check_during_the_repair(session: Session, now: datetime, say: Callable[[str], str]) -> int | None:
    """The inspector looks at the lines being worked on a car in repair: one OK, and a problem found and put right
    (the line is still open, the check says what was done)."""
    for order in _in_shop(session, S.IN_REPAIR):
        if order.payer is not Payer.SELF or order.estimated_by_id is None:
            continue
        worked = [line for line in order.labour_lines if line.started_at is not None and line.finished_at is None]
        if not worked:
            continue
        first, last = worked[0], worked[-1]
        start = max(line.started_at for line in worked)  # type: ignore[type-var]
        ok_at = min(now - timedelta(minutes=9), start + timedelta(minutes=20))
        problem_at = min(now - timedelta(minutes=8), max(ok_at + timedelta(minutes=1), start + timedelta(minutes=40)))
        inspector = order.estimated_by_id  # the inspector who diagnosed it follows its quality
        with _at(max(ok_at, start)):
            process_checks.record_check(session, inspector, order.id, first.id, "ok", say("拆裝順序與扭力符合規範"))
        with _at(max(problem_at, start)):
            process_checks.record_check(session, inspector, order.id, last.id, "problem",
                                        say("一顆固定螺栓未按規定扭力鎖緊"),
                                        say("已要求維修工按原廠扭力重新鎖緊並複查合格"))
        return order.id
    return None


def lend_a_car(session: Session, now: datetime, say: Callable[[str], str]) -> int | None:
    """A 三包 repair open over five days (waiting for the maker's part): from day six the owner has a loaner car."""
    for order in _in_shop(session, S.DISPATCHED, S.IN_REPAIR, S.AWAITING_APPROVAL):
        if (order.payer is not Payer.WARRANTY or order.received_by_id is None
                or not compensation_due(order.received_at, now)):
            continue
        with _at(now - timedelta(minutes=6)):
            sanbao.record_compensation(session, order.received_by_id, order.id, "loaner",
                                       say("備用車 豐田卡羅拉（本廠代步車），至交車日止"))
        return order.id
    return None


def write(session: Session, now: datetime, say: Callable[[str], str]) -> dict[str, int | None]:
    """All three; the order of each (None when the demo is too small to have such a car)."""
    return {"delay_call": announce_a_delay(session, now, say),
            "process_checks": check_during_the_repair(session, now, say),
            "sanbao_compensation": lend_a_car(session, now, say)}
