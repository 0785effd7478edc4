"""Issue 14, order actions that were missing: cancel an order, the customer declines the estimate (with or
without a diagnosis fee, and what the KPIs make of it), void a payment, undo a dispatch, a start, a finish or
"repair finished" while the next step has not begun, and which actions the menus may offer."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, TypeVar

import pytest
from sqlalchemy import select, update

from garage_desktop.db.engine import Database
from garage_desktop.db.models import (
    AuditEvent,
    EstimateRevision,
    IntakeInspection,
    LabourLine,
    PartLine,
    Payment,
    Recommendation,
    RepairOrder,
)
from garage_desktop.domain import kpi
from garage_desktop.domain.classes import BodyView, DamageKind, Payer, RegulatoryClass, Role
from garage_desktop.domain.lifecycle import OrderStatus, TransitionRefused, declined
from garage_desktop.domain.text import DomainError, PermissionRefused
from garage_desktop.services import (
    board,
    checkout,
    checkout_documents,
    clock,
    comebacks,
    delivery,
    documents,
    estimate,
    order_actions,
    qc,
    reports,
    work_order,
)
from garage_desktop.services.checkout_state import (
    ALREADY_VOIDED,
    NOT_VOIDABLE,
    VOID_CLOSED,
    checkout_state,
    queues,
)
from garage_desktop.services.estimate import EstimateDraft, LabourDraft, PartDraft
from garage_desktop.services.intake import DamageMarkInput
from garage_desktop.services.order_actions import (
    CANCEL,
    DECLINE,
    OPEN,
    PRINT_WORK_ORDER,
    UNDO_DISPATCH,
    UNDO_FINISH,
    UNDO_REPORT,
    UNDO_START,
)
from tests.integration import test_checkout, test_estimate, test_work_order
from tests.integration.test_checkout import Lab, Prt
from tests.integration.test_delivery import FULL

S = OrderStatus
D = Decimal
T = TypeVar("T")
NOW = datetime(2026, 11, 28, 15, 0)
NOVEMBER = date(2026, 11, 1)


@pytest.fixture(autouse=True)
def fixed_clock() -> None:
    clock.set_fixed(NOW)


def _numbered(db: Database, order_id: int) -> int:
    """The other files' builders number their orders each on its own: give this one a number of its own."""
    with db.session_scope() as session:
        session.execute(update(RepairOrder).where(RepairOrder.id == order_id)
                        .values(order_no=f"WO20261128-T{order_id:03d}"))
    return order_id


def make_ready_order(db: Database, **kwargs: Any) -> int:
    return _numbered(db, test_checkout.make_ready_order(db, **kwargs))


def make_confirmed_order(db: Database, **kwargs: Any) -> int:
    return _numbered(db, test_work_order.make_confirmed_order(db, **kwargs))


def make_order(db: Database, actor: int, **kwargs: Any) -> int:
    return _numbered(db, test_estimate.make_order(db, actor, **kwargs))


def call(db: Database, function: Callable[..., T], actor: int | None, *args: Any, **kwargs: Any) -> T:
    """One service call in its own transaction, as the window makes it."""
    with db.session_scope() as session:
        return function(session, actor, *args, **kwargs)


def read(db: Database, function: Callable[..., T], *args: Any) -> T:
    with db.session_scope() as session:
        return function(session, *args)


def refused(db: Database, function: Callable[..., Any], actor: int | None, *args: Any) -> DomainError:
    with pytest.raises(DomainError) as caught:
        call(db, function, actor, *args)
    return caught.value


def order(db: Database, order_id: int) -> RepairOrder:
    with db.session_scope() as session:
        found = session.get(RepairOrder, order_id)
        assert found is not None
        session.expunge(found)
        return found


def actions(db: Database, order_id: int) -> list[str]:
    with db.session_scope() as session:
        return [a.action for a in session.scalars(select(AuditEvent).where(AuditEvent.order_id == order_id)
                                                  .order_by(AuditEvent.id))]


def estimated(db: Database, people: dict[Role, int], plate: str = "粵A10001", **changes: Any) -> int:
    """A received order the inspector estimated: 2 labour lines (¥150 + ¥50) and a part (2 × ¥18.50)."""
    order_id = make_order(db, people[Role.ADVISOR], coefficient=None, plate=plate, **changes)
    call(db, estimate.save_estimate, people[Role.INSPECTOR], order_id, EstimateDraft(
        diagnosis="前剎車片磨損到極限",
        labour=(LabourDraft(name="更換前剎車片", standard_hours="1.5"), LabourDraft(name="檢查異響",
                                                                              standard_hours="0.5")),
        parts=(PartDraft(name="剎車清潔劑", unit="瓶", quantity="2", unit_price="18.50"),),
        notify_above="800", may_replace_found_parts=True))
    return order_id


# --- cancel -----------------------------------------------------------------------------------------------------

def test_a_received_order_is_cancelled_with_its_reason_and_leaves_the_board(db: Database, people: dict) -> None:
    order_id = make_order(db, people[Role.ADVISOR], plate="粵A20001")
    assert order_id in [row.order_id for row in read(db, board.open_orders, NOW).rows]
    outcome = call(db, order_actions.cancel_order, people[Role.ADVISOR], order_id, " 客戶 改天再來 ")
    assert outcome.status is S.CANCELLED
    cancelled = order(db, order_id)
    assert (cancelled.status, cancelled.cancel_reason, cancelled.closed_at) == (S.CANCELLED, "客戶 改天再來", NOW)
    assert order_id not in [row.order_id for row in read(db, board.open_orders, NOW).rows]
    assert actions(db, order_id)[-1] == "status:cancel"
    assert not declined(cancelled.status, cancelled.cancel_reason)  # cancelled, not declined


@pytest.mark.parametrize("status", [S.ESTIMATED, S.CONFIRMED, S.DISPATCHED])
def test_an_order_is_cancelled_until_its_repair_begins(db: Database, people: dict, status: OrderStatus) -> None:
    order_id = make_confirmed_order(db, status=status)
    call(db, order_actions.cancel_order, people[Role.OWNER], order_id, "客戶取消")
    assert order(db, order_id).status is S.CANCELLED


def test_cancelling_is_refused_with_the_reason(db: Database, people: dict) -> None:
    advisor = people[Role.ADVISOR]
    order_id = make_order(db, advisor, plate="粵A20002")
    # who may: the advisor (or the owner)
    assert isinstance(refused(db, order_actions.cancel_order, people[Role.FOREMAN], order_id, "x"), PermissionRefused)
    assert isinstance(refused(db, order_actions.cancel_order, people[Role.CASHIER], order_id, "x"), PermissionRefused)
    # a reason, beside its field
    no_reason = refused(db, order_actions.cancel_order, advisor, order_id, "   ")
    assert (no_reason.field, no_reason.message) == ("reason", order_actions.NO_CANCEL_REASON)
    too_long = refused(db, order_actions.cancel_order, advisor, order_id, "長" * 201)
    assert too_long.field == "reason"
    assert order(db, order_id).status is S.RECEIVED
    # the repair has begun
    in_repair = make_confirmed_order(db, status=S.IN_REPAIR)
    assert refused(db, order_actions.cancel_order, advisor, in_repair, "x").message == order_actions.WORK_BEGUN
    for status in (S.QC_PENDING, S.REWORK, S.AWAITING_APPROVAL):
        other = make_confirmed_order(db, status=status)
        assert refused(db, order_actions.cancel_order, advisor, other, "x").message == order_actions.WORK_BEGUN
    # passed QC: settled, not cancelled; after the handover the lifecycle's own reason
    ready = make_ready_order(db)
    assert refused(db, order_actions.cancel_order, advisor, ready, "x").message == order_actions.TO_SETTLE
    delivered = make_ready_order(db, status=S.DELIVERED)
    assert isinstance(refused(db, order_actions.cancel_order, advisor, delivered, "x"), TransitionRefused)


def test_a_booking_is_cancelled_in_the_appointments_tab(db: Database, people: dict) -> None:
    booked = make_order(db, people[Role.ADVISOR], plate="粵A20003", status=S.BOOKED)
    assert refused(db, order_actions.cancel_order, people[Role.ADVISOR], booked, "x").message == order_actions.BOOKING


def test_parts_out_of_the_store_go_back_before_cancelling(db: Database, people: dict) -> None:
    order_id = make_confirmed_order(db, status=S.DISPATCHED)
    with db.session_scope() as session:
        session.execute(update(PartLine).where(PartLine.order_id == order_id).values(issued_qty=D(1)))
    why = refused(db, order_actions.cancel_order, people[Role.ADVISOR], order_id, "客戶取消")
    assert (why.message, why.params["count"]) == (order_actions.PARTS_OUT, 1)
    with db.session_scope() as session:  # returned to the store
        session.execute(update(PartLine).where(PartLine.order_id == order_id).values(issued_qty=D(0)))
    call(db, order_actions.cancel_order, people[Role.ADVISOR], order_id, "客戶取消")
    assert order(db, order_id).status is S.CANCELLED


def test_a_counter_sale_waiting_for_settlement_is_cancelled_until_money_is_taken(db: Database,
                                                                                 people: dict) -> None:
    sale = make_ready_order(db, labour=(), parts=(Prt("雨刷片", D(1), D("120.00"), issued=D(0)),))
    paid = make_ready_order(db, labour=(), parts=(Prt("雨刷片", D(1), D("120.00")),))  # issued, part paid
    call(db, checkout.take_payment, people[Role.CASHIER], paid, "cash", "50")
    assert refused(db, order_actions.cancel_order, people[Role.ADVISOR], paid, "x").message == \
        order_actions.MONEY_TAKEN
    call(db, order_actions.cancel_order, people[Role.ADVISOR], sale, "客戶不要了")
    assert order(db, sale).status is S.CANCELLED
    # once its payment is voided and its part back on the shelf, the other one may go too
    payment = read(db, checkout_state, paid).money[0].id
    call(db, order_actions.void_payment, people[Role.CASHIER], payment, "收錯單")
    assert refused(db, order_actions.cancel_order, people[Role.ADVISOR], paid, "x").message == \
        order_actions.PARTS_OUT
    with db.session_scope() as session:
        session.execute(update(PartLine).where(PartLine.order_id == paid).values(issued_qty=D(0)))
    call(db, order_actions.cancel_order, people[Role.ADVISOR], paid, "客戶不要了")
    assert order(db, paid).status is S.CANCELLED


# --- the customer declines the estimate --------------------------------------------------------------------------

def test_declined_with_a_fee_the_order_goes_to_the_cashier_for_the_fee_only(db: Database, people: dict) -> None:
    order_id = estimated(db, people)
    before = read(db, estimate.estimate_view, order_id)
    assert before.totals.total == D("237.00")
    outcome = call(db, order_actions.decline_estimate, people[Role.ADVISOR], order_id, "客戶嫌貴，自己找地方修",
                   "80")
    assert (outcome.status, outcome.fee, outcome.recommendations) == (S.READY, D("80.00"), 2)
    after = order(db, order_id)
    assert (after.status, after.ready_at, after.customer_told_at, after.cancel_reason) == (
        S.READY, NOW, NOW, "客戶嫌貴，自己找地方修")
    assert after.confirmed_at is None and declined(after.status, after.cancel_reason)
    # only the fee is charged: one labour line of 1 × ¥80, paid by the customer
    state = read(db, checkout_state, order_id)
    assert [(line.name, line.hours, line.rate, line.amount, line.payer) for line in state.labour] == [
        ("檢測診斷費", D("1.00"), D("80.00"), D("80.00"), Payer.SELF)]
    assert state.parts == () and state.balance == D("80.00") and state.pay_refusal is None
    # the declined estimate is kept: its revision (as shown to the customer) and the vehicle's recommendations
    with db.session_scope() as session:
        revisions = session.scalars(select(EstimateRevision).where(EstimateRevision.order_id == order_id)).all()
        assert [(r.labour_total, r.parts_total) for r in revisions] == [(D("200.00"), D("37.00"))]
        kept = session.scalars(select(Recommendation.description).where(Recommendation.order_id == order_id)).all()
        assert sorted(kept) == ["更換前剎車片", "檢查異響"]
        event = session.scalars(select(AuditEvent).where(AuditEvent.order_id == order_id,
                                                         AuditEvent.action == "estimate:decline")).one()
        assert "更換前剎車片" in event.before and "80.00" in event.after
    assert "status:decline_estimate" in actions(db, order_id)
    view = read(db, estimate.estimate_view, order_id)
    assert view.locked and [r.total for r in view.revisions] == [D("237.00")]
    # it waits in the checkout's queue for settlement, and on the board for pickup
    assert order_id in [row.order_id for row in read(db, queues).ready]
    assert order_id in [row.order_id for row in read(db, board.open_orders, NOW).rows]
    # its settlement list promises no repair warranty: nothing was repaired
    import io

    from pypdf import PdfReader

    from garage_desktop.printing.settlement_list import render_settlement_list
    from garage_desktop.services.checkout_documents import settlement_doc

    doc = read(db, settlement_doc, order_id)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(
        render_settlement_list(doc, language="zh_TW"))).pages).replace(" ", "").replace("\n", "")
    assert doc.declined and "無維修質量保證期" in text and "自出廠之日起" not in text


def test_a_declined_car_is_settled_handed_back_and_left_out_of_the_repair_kpis(db: Database,
                                                                               people: dict) -> None:
    # an overhaul class: a repair would need a completion certificate, a declined estimate does not
    order_id = estimated(db, people)
    with db.session_scope() as session:
        session.execute(update(RepairOrder).where(RepairOrder.id == order_id)
                        .values(regulatory_class=RegulatoryClass.LEVEL2_MAINTENANCE))
    call(db, order_actions.decline_estimate, people[Role.ADVISOR], order_id, "客戶不修", D("80.00"))
    paid = call(db, checkout.take_payment, people[Role.CASHIER], order_id, "wechat", "80")
    assert paid.settled
    handed = call(db, delivery.deliver, people[Role.ADVISOR], order_id, FULL)
    assert handed.status is S.DELIVERED
    kpis = read(db, reports.month_kpis, NOVEMBER)
    assert order_id not in kpis.first_time_fix.denominator_ids  # not a repair: no 一次修復率
    assert order_id not in kpis.on_time.denominator_ids  # nor 准時交車率 (no ready moment)
    assert order_id not in kpis.on_time_original.denominator_ids
    assert order_id not in kpis.comeback.denominator_ids and kpis.hours_in_shop.count == 0
    assert kpis.revenue.labour == D("80.00")  # the fee is revenue
    assert order_id in kpis.follow_up.denominator_ids and kpis.cars_delivered == 1  # the car went back
    # it gives no warranty: the car's next visit is never proposed as a comeback of it
    with db.session_scope() as session:
        vehicle_id = session.get(RepairOrder, order_id).vehicle_id
        assert comebacks.proposals(session, vehicle_id, None, NOW.date() + timedelta(days=3)) == []


def test_declined_without_a_fee_the_order_is_cancelled(db: Database, people: dict) -> None:
    order_id = estimated(db, people)
    for fee in (None, "", "0"):
        assert order_actions._fee(fee) is None
    outcome = call(db, order_actions.decline_estimate, people[Role.OWNER], order_id, "客戶不修了", "")
    assert (outcome.status, outcome.fee, outcome.recommendations) == (S.CANCELLED, None, 2)
    cancelled = order(db, order_id)
    assert cancelled.cancel_reason == "客戶不修了" and not declined(cancelled.status, cancelled.cancel_reason)
    with db.session_scope() as session:  # nothing was set aside: a cancelled order charges nothing anyway
        assert len(session.scalars(select(LabourLine).where(LabourLine.order_id == order_id)).all()) == 2
    assert read(db, checkout_state, order_id).balance == 0
    assert actions(db, order_id)[-2:] == ["status:cancel", "estimate:decline"]


def test_declining_is_refused_with_the_reason(db: Database, people: dict) -> None:
    advisor = people[Role.ADVISOR]
    order_id = estimated(db, people)
    for who in (Role.INSPECTOR, Role.FOREMAN, Role.CASHIER):
        assert isinstance(refused(db, order_actions.decline_estimate, people[who], order_id, "x", "80"),
                          PermissionRefused)
    assert refused(db, order_actions.decline_estimate, advisor, order_id, " ", "80").field == "reason"
    for fee in ("-5", "abc", "80.001", "100000"):
        assert refused(db, order_actions.decline_estimate, advisor, order_id, "貴", fee).field == "diagnosis_fee"
    assert order(db, order_id).status is S.ESTIMATED
    # only an estimate given and not confirmed yet
    received = make_order(db, advisor, plate="粵A30002")
    assert isinstance(refused(db, order_actions.decline_estimate, advisor, received, "x", "80"), TransitionRefused)
    confirmed = make_confirmed_order(db)
    assert isinstance(refused(db, order_actions.decline_estimate, advisor, confirmed, "x"), TransitionRefused)


def test_kpi_arithmetic_leaves_a_declined_estimate_out_of_the_repair_figures() -> None:
    period = kpi.month_period(NOVEMBER)
    at = datetime(2026, 11, 10, 12)

    def facts(order_id: int, **more: Any) -> kpi.OrderFacts:
        return kpi.OrderFacts(order_id, S.FOLLOWED_UP, received_at=at - timedelta(hours=3), ready_at=at,
                              customer_told_at=at, promised_at=at - timedelta(hours=1), settled_at=at,
                              delivered_at=at, calls=(kpi.Call(at + timedelta(days=1), True),), **more)

    repaired = facts(1, passed_qc_first_time=True)
    fee_only = facts(2, declined=True)
    figures = kpi.figures([repaired, fee_only], period)
    assert figures.first_time_fix.denominator_ids == (1,)
    assert figures.on_time.denominator_ids == (1,) and kpi.ready_moment(fee_only) is None
    assert figures.comeback.denominator_ids == (1,) and figures.hours_in_shop.order_ids == (1,)
    assert figures.follow_up.denominator_ids == (1, 2) and figures.cars_delivered == 2
    assert kpi.comeback([repaired, fee_only], period).denominator_ids == (1,)
    assert kpi.hours_in_shop([repaired, fee_only], period).order_ids == (1,)


# --- void a payment ------------------------------------------------------------------------------------------

def _payment(db: Database, order_id: int, index: int = 0) -> int:
    return [m for m in read(db, checkout_state, order_id).money if m.kind.value == "payment"][index].id


def test_a_voided_payment_is_owed_again_and_nothing_is_deleted(db: Database, people: dict) -> None:
    cashier = people[Role.CASHIER]
    order_id = make_ready_order(db)  # ¥820
    call(db, checkout.take_payment, cashier, order_id, "card", "300")
    payment = _payment(db, order_id)
    after = call(db, order_actions.void_payment, cashier, payment, "刷錯卡")
    assert after.status is S.READY and after.paid == 0 and after.balance == D("820.00")
    original, reversal = after.money
    assert (original.id, original.amount, original.voided_by) == (payment, D("300.00"), reversal.id)
    assert (reversal.amount, reversal.method, reversal.note, reversal.voids) == (D("-300.00"), "card", "刷錯卡",
                                                                                 payment)
    assert original.void_refusal.message == ALREADY_VOIDED and reversal.void_refusal.message == NOT_VOIDABLE
    with db.session_scope() as session:
        assert len(session.scalars(select(Payment).where(Payment.order_id == order_id)).all()) == 2
    assert actions(db, order_id)[-1] == "money:void"
    # the receipt counts both rows: nothing paid
    receipt = read(db, checkout_documents.receipt_doc, order_id)
    assert receipt.paid == 0 and receipt.balance == D("820.00") and len(receipt.lines) == 2
    # voided twice: refused
    assert refused(db, order_actions.void_payment, cashier, payment, "again").message == ALREADY_VOIDED


def test_voiding_a_settled_payment_reopens_the_settlement(db: Database, people: dict) -> None:
    cashier = people[Role.CASHIER]
    order_id = make_ready_order(db, labour=(Lab("更換剎車片", D("2.5")), Lab("三包更換", D("1.0"), Payer.WARRANTY)))
    paid = call(db, checkout.take_payment, cashier, order_id, "cash", "720", "800")
    assert paid.settled and order(db, order_id).settled_at == NOW
    held = [(m.kind.value, m.payer, m.amount) for m in read(db, checkout_state, order_id).money]
    assert ("receivable", Payer.WARRANTY, D("100.00")) in held
    after = call(db, order_actions.void_payment, people[Role.OWNER], _payment(db, order_id), "假鈔")
    assert after.status is S.READY and not after.settled and after.balance == D("720.00")
    reopened = order(db, order_id)
    assert (reopened.settled_at, reopened.settled_by_id) == (None, None)
    assert [(m.kind.value, m.payer, m.amount) for m in after.money if m.kind.value == "receivable"] == [
        ("receivable", Payer.WARRANTY, D("100.00")), ("receivable", Payer.WARRANTY, D("-100.00"))]
    assert "status:reopen_settlement" in actions(db, order_id)
    # paid again: settled again, the maker's receivable recorded once more (net ¥100)
    again = call(db, checkout.take_payment, cashier, order_id, "wechat", "720")
    assert again.settled
    receivable = sum(m.amount for m in again.state.money if m.kind.value == "receivable")
    assert receivable == D("100.00") and again.state.paid == D("720.00")
    # handed over: the payment is final
    call(db, delivery.deliver, people[Role.ADVISOR], order_id, FULL)
    late = refused(db, order_actions.void_payment, cashier, _payment(db, order_id, -1), "x")
    assert late.message == VOID_CLOSED


def test_voiding_is_refused_with_the_reason(db: Database, people: dict) -> None:
    cashier = people[Role.CASHIER]
    order_id = make_ready_order(db)
    call(db, checkout.take_payment, cashier, order_id, "cash", "100")
    payment = _payment(db, order_id)
    for who in (Role.ADVISOR, Role.FOREMAN, Role.INSPECTOR):
        assert isinstance(refused(db, order_actions.void_payment, people[who], payment, "x"), PermissionRefused)
    no_reason = refused(db, order_actions.void_payment, cashier, payment, "  ")
    assert (no_reason.field, no_reason.message) == ("reason", order_actions.NO_VOID_REASON)
    assert refused(db, order_actions.void_payment, cashier, 99999, "x").message == order_actions.NOT_A_PAYMENT
    # a deposit is not a payment: it is refunded or set against the bill
    released = make_ready_order(db)
    call(db, checkout.release_on_deposit, cashier, released, "500", "cash", FULL)
    deposit = read(db, checkout_state, released).money[0]
    assert deposit.kind.value == "deposit" and deposit.void_refusal.message == NOT_VOIDABLE
    assert refused(db, order_actions.void_payment, cashier, deposit.id, "x").message == NOT_VOIDABLE
    assert read(db, checkout_state, order_id).balance == D("720.00")  # nothing changed


def test_a_payment_on_a_car_out_on_a_deposit_may_be_voided(db: Database, people: dict) -> None:
    cashier = people[Role.CASHIER]
    order_id = make_ready_order(db)
    call(db, checkout.release_on_deposit, cashier, order_id, "500", "cash", FULL)
    call(db, checkout.take_payment, cashier, order_id, "cash", "100")
    after = call(db, order_actions.void_payment, cashier, _payment(db, order_id), "收錯")
    assert after.status is S.DEPOSIT_RELEASED and after.balance == D("320.00")


# --- undo a workshop step ----------------------------------------------------------------------------------------

def _lines(db: Database, order_id: int) -> list[int]:
    return [line.id for line in read(db, work_order.ticket_view, order_id).labour]


def test_undo_dispatch_start_and_finish_step_by_step(db: Database, people: dict) -> None:
    foreman = people[Role.FOREMAN]
    order_id = make_confirmed_order(db)
    first, second = _lines(db, order_id)
    call(db, work_order.dispatch, foreman, order_id, first, "一組", None)
    call(db, work_order.dispatch, foreman, order_id, second, "二組", None)
    call(db, work_order.start_line, foreman, order_id, first, NOW - timedelta(hours=1))
    assert order(db, order_id).status is S.IN_REPAIR
    # a started line keeps its team until its start is undone
    assert refused(db, order_actions.undo_dispatch, foreman, order_id, first).message == order_actions.LINE_STARTED
    assert refused(db, order_actions.undo_start, foreman, order_id, second).message == \
        order_actions.LINE_NOT_STARTED
    call(db, work_order.finish_line, foreman, order_id, first, NOW - timedelta(minutes=30))
    assert refused(db, order_actions.undo_start, foreman, order_id, first).message == order_actions.LINE_FINISHED
    ticket = call(db, order_actions.undo_finish, foreman, order_id, first)
    assert ticket.labour[0].finished_at is None and ticket.labour[0].started_at is not None
    ticket = call(db, order_actions.undo_start, foreman, order_id, first)
    assert ticket.labour[0].started_at is None and ticket.status is S.DISPATCHED  # no line started any more
    ticket = call(db, order_actions.undo_dispatch, foreman, order_id, second)
    assert ticket.labour[1].team == "" and ticket.status is S.DISPATCHED and order(db, order_id).holder == "一組"
    assert refused(db, order_actions.undo_dispatch, foreman, order_id, second).message == \
        order_actions.LINE_NOT_DISPATCHED
    ticket = call(db, order_actions.undo_dispatch, people[Role.OWNER], order_id, first)
    assert ticket.status is S.CONFIRMED and order(db, order_id).holder == ""  # nothing dispatched
    assert actions(db, order_id)[-6:] == ["line:finish_undo", "line:start_undo", "status:undo_start",
                                          "dispatch:undo", "dispatch:undo", "status:undo_dispatch"]
    # dispatched again to the same team: the dispatch slip's time is the new dispatch, not the undone one
    clock.set_fixed(NOW + timedelta(minutes=5))
    call(db, work_order.dispatch, foreman, order_id, first, "一組", None)
    assert read(db, documents.dispatch_times, order_id)[first] == ("一組", NOW + timedelta(minutes=5))


def test_undoing_is_for_the_foreman_or_the_owner(db: Database, people: dict) -> None:
    order_id = make_confirmed_order(db)
    line = _lines(db, order_id)[0]
    call(db, work_order.dispatch, people[Role.ADVISOR], order_id, line, "一組", None)
    for who in (Role.ADVISOR, Role.INSPECTOR, Role.CASHIER, Role.STORE):
        assert isinstance(refused(db, order_actions.undo_dispatch, people[who], order_id, line), PermissionRefused)
    choices = {a.key: a.refusal for a in call(db, order_actions.undo_choices, people[Role.ADVISOR], order_id, line)}
    assert isinstance(choices[UNDO_DISPATCH], PermissionRefused)
    choices = {a.key: a.refusal for a in call(db, order_actions.undo_choices, people[Role.FOREMAN], order_id, line)}
    assert choices[UNDO_DISPATCH] is None and choices[UNDO_START] is not None and choices[UNDO_FINISH] is not None
    assert choices[UNDO_REPORT] is not None


def _finished(db: Database, people: dict) -> tuple[int, int]:
    foreman = people[Role.FOREMAN]
    order_id = make_confirmed_order(db, parts=())
    line = _lines(db, order_id)
    for line_id in line:
        call(db, work_order.dispatch, foreman, order_id, line_id, "一組", None)
        call(db, work_order.start_line, foreman, order_id, line_id, NOW - timedelta(hours=2))
        call(db, work_order.finish_line, foreman, order_id, line_id, NOW - timedelta(hours=1))
    call(db, work_order.report_finished, foreman, order_id)
    return order_id, line[0]


def test_repair_finished_is_taken_back_until_qc_begins(db: Database, people: dict) -> None:
    foreman = people[Role.FOREMAN]
    order_id, line = _finished(db, people)
    assert order(db, order_id).status is S.QC_PENDING
    # the lines cannot be undone while the car waits for QC
    assert refused(db, order_actions.undo_finish, foreman, order_id, line).message == order_actions.REPORTED
    assert isinstance(refused(db, order_actions.undo_report_finished, people[Role.INSPECTOR], order_id),
                      PermissionRefused)
    ticket = call(db, order_actions.undo_report_finished, foreman, order_id)
    assert ticket.status is S.IN_REPAIR and order(db, order_id).holder == "一組"
    assert actions(db, order_id)[-1] == "status:undo_finish_repair"
    call(db, order_actions.undo_finish, foreman, order_id, line)  # now the line may be reopened
    assert read(db, work_order.ticket_view, order_id).labour[0].finished_at is None
    # not reported finished: nothing to take back
    assert isinstance(refused(db, order_actions.undo_report_finished, foreman, order_id), TransitionRefused)
    call(db, work_order.finish_line, foreman, order_id, line, NOW)
    call(db, work_order.report_finished, foreman, order_id)
    # the inspector began QC (marked new damage): the repair can no longer be reopened
    with db.session_scope() as session:
        session.add(IntakeInspection(order_id=order_id, inspected_at=NOW - timedelta(hours=6)))
    call(db, qc.add_new_damage, people[Role.INSPECTOR], order_id,
         DamageMarkInput(BodyView.LEFT, 500, 500, DamageKind.SCRATCH, "新刮痕"))
    assert refused(db, order_actions.undo_report_finished, foreman, order_id).message == order_actions.QC_BEGUN
    assert order(db, order_id).status is S.QC_PENDING


def test_rework_done_is_taken_back_to_rework(db: Database, people: dict) -> None:
    foreman = people[Role.FOREMAN]
    order_id, line = _finished(db, people)
    with db.session_scope() as session:  # the inspector sent the first line back (as qc.fail_qc leaves it)
        session.execute(update(RepairOrder).where(RepairOrder.id == order_id)
                        .values(status=S.REWORK, passed_qc_first_time=False))
        session.execute(update(LabourLine).where(LabourLine.id == line).values(finished_at=None))
    call(db, work_order.finish_line, foreman, order_id, line, NOW)
    call(db, qc.rework_done, foreman, order_id)
    assert order(db, order_id).status is S.QC_PENDING
    assert call(db, order_actions.undo_report_finished, foreman, order_id).status is S.REWORK
    assert actions(db, order_id)[-1] == "status:undo_rework_done"


# --- what the menus offer -----------------------------------------------------------------------------------

def _allowed(db: Database, actor: int, order_id: int) -> tuple[str, ...]:
    return call(db, order_actions.allowed_actions, actor, order_id).allowed()


def test_the_menus_offer_what_the_stage_and_the_role_allow(db: Database, people: dict) -> None:
    advisor, foreman = people[Role.ADVISOR], people[Role.FOREMAN]
    received = make_order(db, advisor, plate="粵A40001")
    assert _allowed(db, advisor, received) == (OPEN, PRINT_WORK_ORDER, CANCEL)
    assert _allowed(db, foreman, received) == (OPEN, PRINT_WORK_ORDER)
    quoted = estimated(db, people, plate="粵A40002")
    assert _allowed(db, advisor, quoted) == (OPEN, PRINT_WORK_ORDER, CANCEL, DECLINE)
    assert _allowed(db, people[Role.OWNER], quoted) == (OPEN, PRINT_WORK_ORDER, CANCEL, DECLINE)
    finished, _line = _finished(db, people)
    assert _allowed(db, foreman, finished) == (OPEN, PRINT_WORK_ORDER, UNDO_REPORT)
    assert _allowed(db, advisor, finished) == (OPEN, PRINT_WORK_ORDER)
    booked = make_order(db, advisor, plate="粵A40003", status=S.BOOKED)
    assert _allowed(db, advisor, booked) == (OPEN,)
    ready = make_ready_order(db)
    assert _allowed(db, advisor, ready) == (OPEN, PRINT_WORK_ORDER)
    view = call(db, order_actions.allowed_actions, foreman, quoted)
    assert isinstance(view.refusal(CANCEL), PermissionRefused) and not view.declined
    # every action a menu offers is one the service then does; every refused one is refused by it
    for order_id in (received, quoted):
        offered = _allowed(db, foreman, order_id)
        assert CANCEL not in offered
        with pytest.raises(PermissionRefused):
            call(db, order_actions.cancel_order, foreman, order_id, "x")


def test_a_declined_order_says_so(db: Database, people: dict) -> None:
    order_id = estimated(db, people)
    call(db, order_actions.decline_estimate, people[Role.ADVISOR], order_id, "太貴", "50")
    view = call(db, order_actions.allowed_actions, people[Role.ADVISOR], order_id)
    assert view.declined and view.reason == "太貴" and view.status is S.READY
    assert view.allowed() == (OPEN, PRINT_WORK_ORDER)
    assert view.refusal(CANCEL).message == order_actions.TO_SETTLE
