"""Stock: on hand always equals the sum of its movements; receiving, adjusting, counting, the low-stock list."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from garage_desktop.db.engine import Database
from garage_desktop.db.models import AuditEvent, Part
from garage_desktop.domain.classes import Role
from garage_desktop.domain.text import DomainError, PermissionRefused
from garage_desktop.services import clock, picking, stock
from garage_desktop.services import picking_actions as actions
from garage_desktop.services.stock import CountLine, ReceiptLine
from tests.integration.test_picking import add_part, stocked_order
from tests.integration.test_work_order import NOW, call


@pytest.fixture(autouse=True)
def fixed_clock() -> None:
    clock.set_fixed(NOW)


def movement_sum(db: Database, part_id: int) -> Decimal:
    with db.session_scope() as session:
        raw = session.scalar(text("SELECT sum(quantity) FROM stock_movement WHERE part_id = :part"),
                             {"part": part_id})  # the stored integers of 1/1000, summed by the database
    return Decimal(raw or 0).scaleb(-3)


def part(db: Database, part_id: int) -> Part:
    with db.session_scope() as session:
        return session.get(Part, part_id)


def test_receiving_adds_stock_at_the_moving_average_cost(db: Database, people: dict) -> None:
    part_id = add_part(db, people, "BP-01", "前剎車片", on_hand="4", cost="200.00")
    result = call(db, stock.receive, people[Role.STORE], "博世配件", [ReceiptLine(part_id, "6", "250.00")],
                  "送貨單 8812")
    assert (result.lines, result.quantity, result.value) == (1, Decimal(6), Decimal("1500.00"))
    received = part(db, part_id)
    assert (received.on_hand, received.cost, received.supplier) == (Decimal(10), Decimal("230.00"), "博世配件")
    with db.session_scope() as session:
        newest = stock.movements(session, part_id)[0]
        audited = session.scalars(select(AuditEvent.action).where(AuditEvent.entity_id == part_id)).all()
    assert (newest.kind, newest.quantity, newest.balance, newest.unit_cost, newest.reason, newest.created_by) == (
        "receive", Decimal(6), Decimal(10), Decimal("250.00"), "博世配件；送貨單 8812", "趙庫管")
    assert "price:cost" in audited


def test_receiving_is_the_store_keepers_and_checks_each_line(db: Database, people: dict) -> None:
    part_id = add_part(db, people, "BP-01", "前剎車片", on_hand="0")
    with pytest.raises(PermissionRefused) as refused:
        call(db, stock.receive, people[Role.ADVISOR], "", [ReceiptLine(part_id, "1")])
    assert "Store keeper" in str(refused.value)
    with pytest.raises(DomainError) as refused:
        call(db, stock.receive, people[Role.STORE], "", [ReceiptLine(part_id, "1"), ReceiptLine(part_id, "0")])
    assert refused.value.field == "lines[1].quantity"
    with pytest.raises(DomainError) as refused:
        call(db, stock.receive, people[Role.STORE], "", [])
    assert part(db, part_id).on_hand == 0 and movement_sum(db, part_id) == 0  # the whole delivery rolled back


def test_an_adjustment_needs_a_reason_and_never_goes_below_zero(db: Database, people: dict) -> None:
    store = people[Role.STORE]
    part_id = add_part(db, people, "OF-02", "機油濾清器", on_hand="3")
    with pytest.raises(DomainError) as refused:
        call(db, stock.adjust, store, part_id, "-1", "  ")
    assert refused.value.field == "reason"
    with pytest.raises(DomainError) as refused:
        call(db, stock.adjust, store, part_id, "-4", "摔壞")
    assert refused.value.field == "quantity" and "Only 3 個 of OF-02" in str(refused.value)
    row = call(db, stock.adjust, store, part_id, "-1", "摔壞")
    assert row.on_hand == Decimal(2) == movement_sum(db, part_id)


def test_a_stock_count_books_its_differences_with_the_reason(db: Database, people: dict) -> None:
    store = people[Role.STORE]
    pads = add_part(db, people, "BP-01", "前剎車片", on_hand="5")
    filters = add_part(db, people, "OF-02", "機油濾清器", on_hand="3")
    lines = [CountLine(pads, "4", Decimal(5)), CountLine(filters, "3", Decimal(3))]
    with db.session_scope() as session:
        preview = stock.count_differences(session, lines)
    assert [(d.code, d.difference) for d in preview] == [("BP-01", Decimal(-1))]
    with pytest.raises(DomainError) as refused:
        call(db, stock.record_count, store, lines, "")
    assert refused.value.field == "reason"
    result = call(db, stock.record_count, store, lines, "月底盤點")
    assert result.counted == 2 and [d.code for d in result.differences] == ["BP-01"]
    assert part(db, pads).on_hand == 4 == movement_sum(db, pads) and part(db, filters).on_hand == 3
    with db.session_scope() as session:
        newest = stock.movements(session, pads)[0]
    assert (newest.kind, newest.quantity, newest.reason) == ("count", Decimal(-1), "月底盤點")
    # counting again from a stale screen is refused: the part moved since
    with pytest.raises(DomainError) as refused:
        call(db, stock.record_count, store, [CountLine(pads, "4", Decimal(5))], "再盤")
    assert "count it again" in str(refused.value)
    assert call(db, stock.record_count, store, [CountLine(filters, "3")], "").differences == ()


def test_the_low_stock_list_counts_what_open_orders_still_need(db: Database, people: dict) -> None:
    pads = add_part(db, people, "BP-01", "前剎車片", on_hand="5", minimum="2")
    add_part(db, people, "OF-02", "機油濾清器", on_hand="1", minimum="2")
    add_part(db, people, "WB-01", "雨刮片", on_hand="9", minimum="2")
    add_part(db, people, "SP-01", "火花塞", on_hand="0", minimum="0")
    with db.session_scope() as session:
        assert [r.code for r in stock.low_stock(session)] == ["OF-02"]
    stocked_order(db, [(pads, "4")])  # leaves 1 available
    with db.session_scope() as session:
        low = stock.low_stock(session)
    assert [(r.code, r.available, r.shortfall) for r in low] == [("BP-01", Decimal(1), Decimal(1)),
                                                                ("OF-02", Decimal(1), Decimal(1))]


def test_the_stock_list_finds_parts_and_says_how_many_match(db: Database, people: dict) -> None:
    for n in range(5):
        add_part(db, people, f"BP-0{n}", f"剎車片{n}", on_hand="1")
    add_part(db, people, "OF-01", "機油濾清器", on_hand="1", bin_location="B-07")
    with db.session_scope() as session:
        page = stock.stock_list(session, "剎車", limit=3)
        by_bin = stock.stock_list(session, "b-07")
    assert page.total == 5 and [r.code for r in page.rows] == ["BP-00", "BP-01", "BP-02"]
    assert [r.code for r in by_bin.rows] == ["OF-01"]


# --- the property: on hand = Σ movements, whatever happens ---------------------------------------------------
QUANTITY = st.decimals(min_value=Decimal("0.001"), max_value=Decimal(30), places=3)
OPERATION = st.one_of(
    st.tuples(st.just("receive"), QUANTITY),
    st.tuples(st.just("issue"), QUANTITY),
    st.tuples(st.just("return"), QUANTITY),
    st.tuples(st.just("adjust"), st.decimals(min_value=Decimal(-30), max_value=Decimal(30), places=3)),
    st.tuples(st.just("count"), st.decimals(min_value=Decimal(0), max_value=Decimal(60), places=3)),
)
_serial = iter(range(1, 1_000_000))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(operations=st.lists(OPERATION, max_size=12))
def test_on_hand_always_equals_the_sum_of_its_movements(db: Database, people: dict,
                                                       operations: list[tuple[str, Decimal]]) -> None:
    store = people[Role.STORE]
    part_id = add_part(db, people, f"P-{next(_serial)}", "測試件", on_hand="0")
    order_id = stocked_order(db, [(part_id, "1000")])
    with db.session_scope() as session:
        line_id = picking.pick_list(session, order_id).lines[0].id
    expected, issued = Decimal(0), Decimal(0)
    for kind, quantity in operations:
        try:
            if kind == "receive":
                call(db, stock.receive, store, "", [ReceiptLine(part_id, quantity, "10")])
                expected += quantity
            elif kind == "issue":
                call(db, actions.issue, store, line_id, quantity)
                expected, issued = expected - quantity, issued + quantity
            elif kind == "return":
                call(db, actions.return_part, store, line_id, quantity)
                expected, issued = expected + quantity, issued - quantity
            elif kind == "adjust":
                call(db, stock.adjust, store, part_id, quantity, "修正")
                expected += quantity
            else:
                call(db, stock.record_count, store, [CountLine(part_id, quantity)], "盤點")
                expected = quantity
        except DomainError:
            pass  # refused (below zero, more than issued, zero): nothing may have changed
        current = part(db, part_id).on_hand
        assert current == expected == movement_sum(db, part_id)
        assert current >= 0
    with db.session_scope() as session:
        assert picking.pick_list(session, order_id).lines[0].issued == issued
        assert stock.ledger_mismatches(session) == []
