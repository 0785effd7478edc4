"""The cashier's check before settling (收款員檢查): the work order confirmed, the materials reconciled with the
work ordered, every outside-work slip back, final QC passed with the certificate where needed. A failing item
blocks taking money and settling, with its reason."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from garage_desktop.db.engine import Database
from garage_desktop.db.models import RepairOrder
from garage_desktop.domain.classes import Payer, RegulatoryClass, Role
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.text import DomainError
from garage_desktop.services import added_work, audit, cashier_check, checkout, clock, sublet
from garage_desktop.services.cashier_check import CheckItem
from garage_desktop.services.sublet import OutsideWorkDraft
from tests.integration.test_checkout import (
    LABOUR,
    NOW,
    PARTS,
    Lab,
    Prt,
    call,
    make_ready_order,
    state,
    status,
)
from tests.integration.test_outside_work import ready_with_outside_work

S = OrderStatus
D = Decimal


@pytest.fixture(autouse=True)
def fixed_clock() -> None:
    clock.set_fixed(NOW)


def check(db: Database, order_id: int) -> cashier_check.CashierCheck:
    with db.session_scope() as session:
        return cashier_check.cashier_check(session, order_id)


def results(db: Database, order_id: int) -> dict[CheckItem, tuple[bool, str]]:
    return {item.item: (item.passed, item.reason.english()) for item in check(db, order_id).items}


def test_a_clean_order_passes_every_item_and_says_why(db: Database) -> None:
    order_id = make_ready_order(db)
    found = results(db, order_id)
    assert list(found) == [CheckItem.CONFIRMED, CheckItem.MATERIALS, CheckItem.OUTSIDE_WORK, CheckItem.QC]
    assert all(passed for passed, _why in found.values())
    assert found[CheckItem.OUTSIDE_WORK][1] == "No outside work on this order."
    assert found[CheckItem.QC][1] == "Passed final QC (inspection 1)."
    assert state(db, order_id).settle_refusal is not None  # only because the customer still owes ¥820
    assert check(db, order_id).refusal() is None


def test_outside_work_not_back_blocks_payment_and_settlement(db: Database, people: dict) -> None:
    order_id = ready_with_outside_work(db, people)
    cashier = people[Role.CASHIER]
    # a second piece of outside work went out and has not come back
    with db.session_scope() as session:  # back in the workshop for a moment
        audit.exempt(session, "test data changed directly")
        session.get(RepairOrder, order_id).status = S.IN_REPAIR
    call(db, sublet.add_outside_work, people[Role.INSPECTOR], order_id,
         OutsideWorkDraft("明亮汽車玻璃", "更換前擋風玻璃", "800", "1000"))
    with db.session_scope() as session:
        (pending,) = [p for p in added_work.proposal_views(session, session.get(RepairOrder, order_id))
                      if p.state == "pending"]
    call(db, added_work.record_answer, people[Role.ADVISOR], pending.approval_id, NOW, "phone", "林志明", True)
    line_id = _outstanding_id(db, order_id)
    call(db, sublet.record_sent, people[Role.ADVISOR], line_id, NOW - timedelta(hours=1))
    with db.session_scope() as session:
        audit.exempt(session, "test data changed directly")
        session.get(RepairOrder, order_id).status = S.READY

    passed, why = results(db, order_id)[CheckItem.OUTSIDE_WORK]
    assert not passed and "更換前擋風玻璃: sent to 明亮汽車玻璃 on 2026-11-28, not back yet." in why
    refusal = state(db, order_id).settle_refusal
    assert refusal is not None and refusal.message == cashier_check.CHECK_FAILED
    assert state(db, order_id).pay_refusal is not None
    with pytest.raises(DomainError) as refused:
        call(db, checkout.take_payment, cashier, order_id, "cash", "100")
    assert refused.value.message == cashier_check.CHECK_FAILED and "更換前擋風玻璃" in str(refused.value)

    call(db, sublet.record_back, people[Role.ADVISOR], line_id, NOW)
    assert results(db, order_id)[CheckItem.OUTSIDE_WORK] == (True, "All 2 piece(s) of outside work are back.")
    result = call(db, checkout.take_payment, cashier, order_id, "wechat", str(state(db, order_id).balance))
    assert result.settled and status(db, order_id) is S.SETTLED


def _outstanding_id(db: Database, order_id: int) -> int:
    with db.session_scope() as session:
        return next(x.id for x in sublet.outside_work(session, order_id).lines if x.sent_at is None)


def test_a_piece_never_sent_fails_too(db: Database, people: dict) -> None:
    order_id = make_ready_order(db)
    with db.session_scope() as session:
        audit.exempt(session, "test data changed directly")
        order = session.get(RepairOrder, order_id)
        order.status, order.confirmed_at = S.ESTIMATED, None
    call(db, sublet.add_outside_work, people[Role.ADVISOR], order_id, OutsideWorkDraft("順達", "曲軸磨削", "1", "2"))
    with db.session_scope() as session:
        audit.exempt(session, "test data changed directly")
        order = session.get(RepairOrder, order_id)
        order.status, order.confirmed_at = S.READY, NOW - timedelta(hours=5)
    passed, why = results(db, order_id)[CheckItem.OUTSIDE_WORK]
    assert not passed and "曲軸磨削: never sent to 順達." in why


def test_a_certificate_class_needs_its_certificate(db: Database, people: dict) -> None:
    missing = make_ready_order(db, payer=Payer.WARRANTY, regulatory=RegulatoryClass.LEVEL2_MAINTENANCE)
    passed, why = results(db, missing)[CheckItem.QC]
    assert not passed and "needs a completion certificate" in why
    with pytest.raises(DomainError) as refused:  # nothing to pay on a 三包 order, but it is not settled either
        call(db, checkout.settle, people[Role.CASHIER], missing)
    assert refused.value.message == cashier_check.CHECK_FAILED
    assert status(db, missing) is S.READY
    issued = make_ready_order(db, payer=Payer.WARRANTY, regulatory=RegulatoryClass.LEVEL2_MAINTENANCE,
                              certificate="HG2026000123")
    assert results(db, issued)[CheckItem.QC] == (True, "Passed final QC (inspection 1); certificate HG2026000123.")
    call(db, checkout.settle, people[Role.CASHIER], issued)
    assert status(db, issued) is S.SETTLED


def test_a_planned_part_not_all_issued_is_not_reconciled(db: Database) -> None:
    order_id = make_ready_order(db, parts=[PARTS[0], Prt("剎車油", D(2), D("45.00"), issued=D(1))])
    passed, why = results(db, order_id)[CheckItem.MATERIALS]
    assert not passed and why == "Not reconciled: 2. 剎車油: planned 2 件, only 1 issued."


def test_added_work_still_unanswered_fails_the_confirmation(db: Database) -> None:
    order_id = make_ready_order(db, labour=[*LABOUR, Lab("清洗節氣門", D("1.0"), added=True)])
    assert results(db, order_id)[CheckItem.CONFIRMED] == (
        False, "1 added-work item(s) still wait for the customer's answer.")
    confirmed = make_ready_order(db)
    passed, why = results(db, confirmed)[CheckItem.CONFIRMED]
    assert passed and why == "Confirmed by — on 2026-11-28 10:00."


def test_a_counter_sale_needs_no_qc(db: Database) -> None:
    order_id = make_ready_order(db, labour=[])
    assert results(db, order_id)[CheckItem.QC] == (True, "Nothing was repaired: no final QC is needed.")
