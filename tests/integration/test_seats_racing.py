"""Issue 17: two seats acting at the same moment, as `benchmarks/bench_seats.py` found them failing.

Each writing transaction takes the database's write lock before its first read (``Database.session_scope``):
what it reads — a balance, a part's stock, the last audit event — stays true until it commits. Before, two
cashiers paying the full balance at the same moment were both taken (the order settled at −¥45.50); on a file,
two store keepers issuing the same part left its stock one too high and one of two seats got a raw "the audit
trail is append-only"; on a server, seats deadlocked. A pause between the read and the write (a slow PC) makes
each race happen every time.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import select

from garage_desktop.db.engine import Database
from garage_desktop.db.models import Part
from garage_desktop.domain.classes import Role
from garage_desktop.services import (
    catalog,
    checkout,
    checkout_state,
    clock,
    estimate,
    intake,
    picking_actions,
    stock,
)
from garage_desktop.services.customers import CustomerForm, VehicleForm
from garage_desktop.services.estimate import EstimateDraft, PartDraft
from tests.integration.test_intake import NOW, walk_in


@pytest.fixture
def oil_filter(db: Database, people: dict[Role, int]) -> int:
    clock.set_fixed(NOW)
    with db.session_scope() as session:
        part = catalog.save_part(session, people[Role.OWNER], None, catalog.PartDraft(
            code="RACE-OF", name="機油濾清器", unit="個", sale_price="45.50", cost="20.00")).id
    with db.session_scope() as session:
        stock.receive(session, people[Role.STORE], "供應商", [stock.ReceiptLine(part, Decimal(10), "")])
    return part


def _counter_sale(db: Database, people: dict[Role, int], part: int, plate: str, phone: str) -> tuple[int, int]:
    """A confirmed counter sale of one filter (the order and its part line), through the services."""
    form = replace(walk_in(), customer=CustomerForm(name="林志明", phone=phone), vehicle=VehicleForm(plate=plate),
                   damage_marks=())
    with db.session_scope() as session:
        order_id = intake.receive(session, people[Role.ADVISOR], form).order_id
    with db.session_scope() as session:
        line = estimate.save_estimate(session, people[Role.ADVISOR], order_id, EstimateDraft(
            parts=(PartDraft(part_id=part, quantity="1"),), notify_above="2000",
            may_replace_found_parts=True)).parts[0].id
    with db.session_scope() as session:
        estimate.confirm(session, people[Role.ADVISOR], order_id, customer_name="林志明")
    return order_id, line


def _at_once(work: Callable[[int], object]) -> list[object]:
    """Two seats (threads with their own connections) starting ``work`` at the same moment."""
    barrier, results = threading.Barrier(2), [None, None]

    def seat(n: int) -> None:
        barrier.wait()
        try:
            results[n] = work(n)
        except Exception as error:  # noqa: BLE001 - what the seat was told
            results[n] = error
    threads = [threading.Thread(target=seat, args=(n,)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def _slowed(monkeypatch: pytest.MonkeyPatch, module: object, name: str, seconds: float = 0.3) -> None:
    """A slow PC: a moment passes between reading and writing."""
    real = getattr(module, name)

    def slow(*args, **kwargs):  # type: ignore[no-untyped-def]
        got = real(*args, **kwargs)
        time.sleep(seconds)
        return got
    monkeypatch.setattr(module, name, slow)


def test_two_cashiers_paying_the_full_balance_at_once_take_it_once(db: Database, people: dict[Role, int],
                                                                   oil_filter: int,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    order_id, line = _counter_sale(db, people, oil_filter, "粵A12345", "13812345678")
    with db.session_scope() as session:
        picking_actions.issue(session, people[Role.STORE], line, "1")
    with db.session_scope(write=False) as session:
        owed = checkout_state.checkout_state(session, order_id).balance
    assert owed == Decimal("45.50")
    _slowed(monkeypatch, checkout, "load_state")

    def pay(_n: int) -> Decimal:
        with db.session_scope() as session:
            return checkout.take_payment(session, people[Role.CASHIER], order_id, "cash", owed).amount

    results = _at_once(pay)
    taken = [r for r in results if isinstance(r, Decimal)]
    refused = [r for r in results if not isinstance(r, Decimal)]
    assert taken == [owed] and len(refused) == 1
    assert "Settlement" in str(refused[0])  # the second cashier is told the order is settled, not a raw error
    with db.session_scope(write=False) as session:
        assert checkout_state.checkout_state(session, order_id).balance == 0


def test_two_store_keepers_issuing_the_same_part_at_once_both_count(db: Database, people: dict[Role, int],
                                                                    oil_filter: int,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [_counter_sale(db, people, oil_filter, plate, phone)[1]
             for plate, phone in (("粵A12345", "13812345678"), ("粵B54321", "13900002222"))]
    _slowed(monkeypatch, stock, "get_part")

    def issue(n: int) -> str:
        with db.session_scope() as session:
            picking_actions.issue(session, people[Role.STORE], lines[n], "1")
        return "ok"

    assert _at_once(issue) == ["ok", "ok"]  # neither seat gets a raw error (on a file: the audit trail's order)
    with db.session_scope(write=False) as session:
        assert session.scalar(select(Part.on_hand).where(Part.id == oil_filter)) == Decimal(8)  # 10 − 1 − 1
        assert stock.ledger_mismatches(session) == []


def test_an_estimate_and_a_stock_issue_at_once_never_deadlock(db: Database, people: dict[Role, int],
                                                              oil_filter: int,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """On a server the estimate's seat held the trail's lock and waited for the part's row, which the store's seat
    held while it waited for the trail: PostgreSQL broke the deadlock after a second with a raw error."""
    from garage_desktop.db import audit_chain

    _first, line = _counter_sale(db, people, oil_filter, "粵A12345", "13812345678")
    form = replace(walk_in(), customer=CustomerForm(name="陳美玲", phone="13900002222"),
                   vehicle=VehicleForm(plate="粵B54321"), damage_marks=())
    with db.session_scope() as session:
        second = intake.receive(session, people[Role.ADVISOR], form).order_id
    estimating: list[threading.Thread] = []
    real_seal = audit_chain.seal

    def slow_seal(*args, **kwargs):  # type: ignore[no-untyped-def]
        if threading.current_thread() in estimating:  # between the trail's lock and the part's row
            time.sleep(0.5)
        return real_seal(*args, **kwargs)
    monkeypatch.setattr(audit_chain, "seal", slow_seal)

    def act(n: int) -> str:
        if n == 0:
            estimating.append(threading.current_thread())
            with db.session_scope() as session:
                estimate.save_estimate(session, people[Role.ADVISOR], second, EstimateDraft(
                    parts=(PartDraft(part_id=oil_filter, quantity="1"),), notify_above="2000",
                    may_replace_found_parts=True))
        else:
            time.sleep(0.2)
            with db.session_scope() as session:
                picking_actions.issue(session, people[Role.STORE], line, "1")
        return "ok"

    assert _at_once(act) == ["ok", "ok"]
