"""A read sees one moment of the database, even when another seat commits in the middle of it.

The stock ledger reads a part's on hand, then its movements, and works each movement's "on hand after" back from
the first. Before, a receipt another seat committed between the two statements was in the movements but not in
the on hand: every balance of the ledger was off by the receipt (on SQLite, whose driver begins no transaction
before a SELECT, and on a server, whose default isolation gives each statement its own snapshot). A hook between
the two statements makes the commit land there every time.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import AbstractContextManager
from decimal import Decimal

import pytest
from sqlalchemy import event

from garage_desktop.db.engine import Database
from garage_desktop.domain.classes import Role
from garage_desktop.services import catalog, clock, stock
from tests.integration.test_intake import NOW


@pytest.fixture
def spark_plug(db: Database, people: dict[Role, int]) -> int:
    clock.set_fixed(NOW)
    with db.session_scope() as session:
        part = catalog.save_part(session, people[Role.OWNER], None, catalog.PartDraft(
            code="SNAP-SP", name="火星塞", unit="個", sale_price="80.00", cost="35.00")).id
    with db.session_scope() as session:
        stock.receive(session, people[Role.STORE], "供應商", [stock.ReceiptLine(part, Decimal(8), "")])
    return part


def _receipt_lands_after_first_read(db: Database, people: dict[Role, int], part: int) -> Callable[..., None]:
    """An engine hook: right after this thread's first read of the part's on hand, another seat receives 4 more
    (its own connection and transaction, committed before the read goes on)."""
    reader, landed = threading.get_ident(), []

    def receive() -> None:
        with db.session_scope() as session:
            stock.receive(session, people[Role.STORE], "供應商", [stock.ReceiptLine(part, Decimal(4), "")])
        landed.append(True)

    def hook(_connection, _cursor, statement: str, *_args) -> None:  # type: ignore[no-untyped-def]
        if threading.get_ident() != reader or landed or "on_hand" not in statement:
            return
        seat = threading.Thread(target=receive)
        seat.start()
        seat.join(20)
        assert landed, "the other seat's receipt did not commit"

    return hook


def _session_read(db: Database) -> AbstractContextManager:
    return db.session_scope(write=False)


def _core_read(db: Database) -> AbstractContextManager:
    return db.read_scope()


@pytest.mark.parametrize("scope", [_session_read, _core_read], ids=["session", "core"])
def test_the_stock_ledger_adds_up_while_another_seat_receives_the_part(
        db: Database, people: dict[Role, int], spark_plug: int,
        scope: Callable[[Database], AbstractContextManager]) -> None:
    hook = _receipt_lands_after_first_read(db, people, spark_plug)
    with scope(db) as reading:
        event.listen(db.engine, "after_cursor_execute", hook)
        try:
            ledger = stock.movements(reading, spark_plug)
        finally:
            event.remove(db.engine, "after_cursor_execute", hook)

    # The read saw the moment before the receipt: one movement, and the ledger starts from nothing.
    assert [(m.quantity, m.balance) for m in ledger] == [(Decimal(8), Decimal(8))]
    # The next read sees the receipt, and its ledger adds up too.
    with db.session_scope(write=False) as session:
        after = stock.movements(session, spark_plug)
    assert [(m.quantity, m.balance) for m in after] == [(Decimal(4), Decimal(12)), (Decimal(8), Decimal(8))]


def test_a_read_never_waits_for_a_seat_holding_the_write_lock(db: Database, people: dict[Role, int],
                                                              spark_plug: int) -> None:
    """A seat in the middle of an action (the write lock held) does not hold the reading seats back."""
    holding, release, read = threading.Event(), threading.Event(), []

    def writer() -> None:
        with db.session_scope() as session:
            stock.receive(session, people[Role.STORE], "供應商", [stock.ReceiptLine(spark_plug, Decimal(1), "")])
            holding.set()
            release.wait(20)

    seat = threading.Thread(target=writer)
    seat.start()
    try:
        assert holding.wait(20)

        def reader() -> None:
            with db.session_scope(write=False) as session:
                read.append(stock.stock_row(session, spark_plug))

        other = threading.Thread(target=reader)
        other.start()
        other.join(3)
        assert read and read[0] is not None and read[0].on_hand == Decimal(8)  # not the uncommitted 9
    finally:
        release.set()
        seat.join(20)
