"""A counter sale (parts only, no labour): confirmed straight to ready for settlement, its parts issued by the
store while it waits there, then settled and handed over like any order; never dispatched, repaired or QC'd."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal
from typing import Any, TypeVar

import pytest
from sqlalchemy import update

from garage_desktop.db.engine import Database
from garage_desktop.db.models import Part, RepairOrder
from garage_desktop.domain.classes import RegulatoryClass, Role
from garage_desktop.domain.lifecycle import OrderStatus, TransitionRefused
from garage_desktop.domain.qc import PARTS_OPEN
from garage_desktop.domain.text import DomainError
from garage_desktop.services import (
    board,
    checkout,
    checkout_state,
    clock,
    delivery,
    picking,
    picking_actions,
    qc_view,
    stock,
    work_order,
)
from garage_desktop.services.estimate import EstimateDraft, LabourDraft, PartDraft
from tests.integration.test_estimate import NOW, PROMISE, confirm, make_order, save

S = OrderStatus
T = TypeVar("T")


@pytest.fixture(autouse=True)
def _fixed_clock() -> None:
    clock.set_fixed(NOW)


def call(db: Database, function: Callable[..., T], actor: int | None, *args: Any, **kwargs: Any) -> T:
    with db.session_scope() as session:
        return function(session, actor, *args, **kwargs)


def read(db: Database, function: Callable[..., T], *args: Any) -> T:
    with db.session_scope() as session:
        return function(session, *args)


def counter_sale(db: Database, people: dict[Role, int], **order: Any) -> tuple[int, int]:
    """A customer buys a pair of wiper blades (¥120, five in stock) at the counter: the order and the part."""
    with db.session_scope() as session:
        part = Part(code="WB-01", name="雨刷片", unit="對", sale_price=Decimal("120.00"), cost=Decimal("60.00"))
        session.add(part)
        session.flush()
        part_id = part.id
    call(db, stock.adjust, people[Role.STORE], part_id, "5", "開帳")  # five on the shelf
    order_id = make_order(db, people[Role.ADVISOR], **order)
    save(db, people[Role.ADVISOR], order_id, EstimateDraft(
        diagnosis="客戶購買雨刷片", parts=(PartDraft(part_id=part_id, quantity="1"),), notify_above="500",
        may_replace_found_parts=False))
    return order_id, part_id


def test_a_counter_sale_is_confirmed_straight_to_settlement(db: Database, people: dict[Role, int]) -> None:
    order_id, part_id = counter_sale(db, people)
    confirmed = confirm(db, people[Role.ADVISOR], order_id)
    assert confirmed.status is S.READY and confirmed.locked
    with db.session_scope() as session:
        order = session.get(RepairOrder, order_id)
        assert order is not None and (order.confirmed_at, order.ready_at) == (NOW, NOW)
    # Nothing for the workshop or the inspector: not dispatched, not in the QC queue.
    with pytest.raises(TransitionRefused):
        call(db, work_order.report_finished, people[Role.FOREMAN], order_id)
    assert order_id not in [row.order_id for row in read(db, qc_view.queue)]
    # The board shows it ready (never late), the checkout lists it, the parts tab has it to issue.
    with db.session_scope() as session:
        row = next(r for r in board.open_orders(session, PROMISE + timedelta(hours=1)).rows if r.order_id == order_id)
    assert (row.status, row.late, row.at_risk) == (S.READY, False, False)
    assert [q.order_id for q in read(db, checkout_state.queues).ready] == [order_id]
    waiting = {w.order_id: w for w in read(db, picking.waiting_orders)}
    assert waiting[order_id].lines_to_issue == 1
    assert read(db, stock.stock_row, part_id).reserved == Decimal(1)  # type: ignore[union-attr]

    # Settled only once the store has issued what was sold.
    state = read(db, checkout_state.checkout_state, order_id)
    assert state.settle_refusal is not None and state.settle_refusal.message == PARTS_OPEN
    with pytest.raises(DomainError) as refused:
        call(db, checkout.settle, people[Role.CASHIER], order_id)
    assert refused.value.message == PARTS_OPEN
    line_id = read(db, picking.pick_list, order_id).lines[0].id
    call(db, picking_actions.issue, people[Role.STORE], line_id)
    assert read(db, stock.stock_row, part_id).on_hand == Decimal(4)  # type: ignore[union-attr]
    state = read(db, checkout_state.checkout_state, order_id)
    assert state.balance == Decimal("120.00") and state.settle_refusal is not None  # still owed
    paid = call(db, checkout.take_payment, people[Role.CASHIER], order_id, "cash", "120.00")
    assert paid.settled
    # Handed over like any order (no certificate: nothing was repaired).
    result = call(db, delivery.deliver, people[Role.ADVISOR], order_id, delivery.Handover(work_explained=True))
    assert result.status is S.DELIVERED


def test_a_counter_sale_needs_no_completion_certificate(db: Database, people: dict[Role, int]) -> None:
    order_id, _part = counter_sale(db, people)
    with db.session_scope() as session:  # a class whose repairs need one
        session.execute(update(RepairOrder).where(RepairOrder.id == order_id)
                        .values(regulatory_class=RegulatoryClass.LEVEL2_MAINTENANCE))
    confirm(db, people[Role.ADVISOR], order_id)
    assert not read(db, qc_view.certificate_required_and_missing, order_id)


def test_an_order_with_labour_still_goes_to_the_workshop(db: Database, people: dict[Role, int]) -> None:
    order_id, part_id = counter_sale(db, people)
    save(db, people[Role.ADVISOR], order_id, EstimateDraft(
        diagnosis="更換雨刷片", labour=(LabourDraft(name="安裝雨刷片", standard_hours="0.1"),),
        parts=(PartDraft(part_id=part_id, quantity="1"),), notify_above="500", may_replace_found_parts=False))
    assert confirm(db, people[Role.ADVISOR], order_id).status is S.CONFIRMED
