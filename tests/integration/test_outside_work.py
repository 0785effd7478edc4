"""外加工 Outside work: on the estimate and as added work, the owner's approval of a charge below the cost, sent
and back, its own fee row (外加工費) on the settlement list and in the totals, the month's revenue, the work order,
and the outside-work slip (外部加工單) printed from the command line."""

from __future__ import annotations

import argparse
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from garage_desktop.cli_print import add_print_commands, run_print
from garage_desktop.db.engine import Database
from garage_desktop.db.models import AuditEvent, Recommendation, RepairOrder
from garage_desktop.domain.added_work import ContactNeed
from garage_desktop.domain.classes import Payer, Role
from garage_desktop.domain.lifecycle import OrderStatus, TransitionRefused
from garage_desktop.domain.settlement import Category
from garage_desktop.domain.text import DomainError, PermissionRefused
from garage_desktop.printing.settlement_list import render_settlement_list
from garage_desktop.printing.sublet_slip import render_sublet_slips
from garage_desktop.printing.work_order import render_work_order
from garage_desktop.services import (
    added_work,
    audit,
    checkout,
    checkout_documents,
    clock,
    documents,
    estimate,
    reports,
    sublet,
)
from garage_desktop.services.price_authority import NeedsOwnerApproval, OwnerApproval
from garage_desktop.services.sublet import OutsideWorkDraft
from tests.integration.test_checkout import make_ready_order, pdf_text
from tests.integration.test_checkout import state as checkout_state
from tests.integration.test_work_order import NOW, call, make_confirmed_order

S = OrderStatus
D = Decimal
CRANKSHAFT = OutsideWorkDraft("順達機加工廠", "曲軸磨削", "450.00", "600.00", NOW + timedelta(days=1))
SEAT = OutsideWorkDraft("美車座椅翻新", "駕駛座椅面翻新", "300", "420")


@pytest.fixture(autouse=True)
def fixed_clock() -> None:
    clock.set_fixed(NOW)


def estimating(db: Database) -> int:
    """An order being estimated (¥800 of labour and parts), not yet confirmed by the customer."""
    order_id = make_confirmed_order(db, status=S.ESTIMATED)
    with db.session_scope() as session:
        audit.exempt(session, "test data changed directly")
        session.get(RepairOrder, order_id).confirmed_at = None
    return order_id


def outside(db: Database, order_id: int) -> sublet.OutsideWorkView:
    with db.session_scope() as session:
        return sublet.outside_work(session, order_id)


def test_outside_work_on_the_estimate_counts_in_its_total_and_can_be_removed(db: Database, people: dict) -> None:
    order_id = estimating(db)
    view = call(db, sublet.add_outside_work, people[Role.ADVISOR], order_id, CRANKSHAFT)
    (line,) = view.lines
    assert (line.supplier, line.description, line.cost, line.charge, line.added, line.state) == (
        "順達機加工廠", "曲軸磨削", D("450.00"), D("600.00"), False, "")
    assert line.expected_back_at == NOW + timedelta(days=1)
    assert view.charge == D("600.00") and not view.as_added_work
    with db.session_scope() as session:
        totals = estimate.estimate_view(session, order_id).totals
    assert (totals.outside, totals.total) == (D("600.00"), D("1400.00"))  # ¥800 labour and parts + ¥600
    # taken off again while the customer has not confirmed
    call(db, sublet.add_outside_work, people[Role.INSPECTOR], order_id, SEAT)
    view = call(db, sublet.remove_outside_work, people[Role.INSPECTOR], line.id)
    assert [x.description for x in view.lines] == ["駕駛座椅面翻新"]


def test_outside_work_needs_a_supplier_a_description_and_amounts_not_below_zero(db: Database,
                                                                                people: dict) -> None:
    order_id = estimating(db)
    for draft, field in [(OutsideWorkDraft(" ", "曲軸磨削", "1", "2"), "supplier"),
                         (OutsideWorkDraft("順達", "", "1", "2"), "description"),
                         (OutsideWorkDraft("順達", "曲軸磨削", "-1", "2"), "cost"),
                         (OutsideWorkDraft("順達", "曲軸磨削", "1", "abc"), "charge")]:
        with pytest.raises(DomainError) as refused:
            call(db, sublet.add_outside_work, people[Role.ADVISOR], order_id, draft)
        assert refused.value.field == field
    with pytest.raises(PermissionRefused):
        call(db, sublet.add_outside_work, people[Role.CASHIER], order_id, CRANKSHAFT)
    assert outside(db, order_id).lines == ()


def test_a_charge_below_the_cost_needs_the_owner(db: Database, people: dict) -> None:
    order_id = estimating(db)
    below = OutsideWorkDraft("順達機加工廠", "曲軸磨削", "450", "400")
    with pytest.raises(NeedsOwnerApproval):
        call(db, sublet.add_outside_work, people[Role.ADVISOR], order_id, below)
    view = call(db, sublet.add_outside_work, people[Role.ADVISOR], order_id, below,
                OwnerApproval(people[Role.OWNER]))
    assert view.lines[0].price_approved_by != ""
    with db.session_scope() as session:
        assert session.scalars(select(AuditEvent.action).where(AuditEvent.order_id == order_id)).all()[-2:] == [
            "outside_work:add", "price:owner_approved"]


def test_after_confirmation_outside_work_is_added_work_the_customer_answers(db: Database, people: dict) -> None:
    order_id = make_confirmed_order(db, status=S.IN_REPAIR)  # ¥800 confirmed, notify above ¥1500
    with pytest.raises(PermissionRefused):  # added work is proposed by the inspector or the foreman
        call(db, sublet.add_outside_work, people[Role.ADVISOR], order_id, CRANKSHAFT)
    view = call(db, sublet.add_outside_work, people[Role.INSPECTOR], order_id,
                OutsideWorkDraft("順達機加工廠", "曲軸磨削", "450", "800"))
    (line,) = view.lines
    assert (line.added, line.state, line.charged) == (True, "pending", False)
    assert line.send_refusal == sublet.NOT_AGREED and line.remove_refusal == sublet.REMOVE_LOCKED
    with db.session_scope() as session:
        order = session.get(RepairOrder, order_id)
        assert order.status is S.AWAITING_APPROVAL
        (proposal,) = added_work.proposal_views(session, order)
    # ¥800 + ¥800 goes over the customer's ¥1,500: phone first
    assert (proposal.contact_need, proposal.new_total) == (ContactNeed.MUST_PHONE, D("1600.00"))
    assert proposal.lines == ("曲軸磨削 (順達機加工廠) ¥800.00",)
    with pytest.raises(DomainError):
        call(db, added_work.record_answer, people[Role.ADVISOR], proposal.approval_id, NOW, "message", "林志明", True)
    answer = call(db, added_work.record_answer, people[Role.ADVISOR], proposal.approval_id, NOW, "phone",
                  "林志明", True)
    assert answer.total == D("1600.00") and answer.status is S.IN_REPAIR
    assert outside(db, order_id).lines[0].charged


def test_declined_outside_work_is_not_charged_and_stays_on_the_vehicle(db: Database, people: dict) -> None:
    order_id = make_confirmed_order(db, status=S.IN_REPAIR)
    call(db, sublet.add_outside_work, people[Role.FOREMAN], order_id, SEAT)
    with db.session_scope() as session:
        (proposal,) = added_work.proposal_views(session, session.get(RepairOrder, order_id))
    answer = call(db, added_work.record_answer, people[Role.ADVISOR], proposal.approval_id, NOW, "phone",
                  "林志明", False)
    assert answer.total == D("800.00")
    line = outside(db, order_id).lines[0]
    assert line.state == "declined" and not line.charged and line.send_refusal == sublet.NOT_AGREED
    with db.session_scope() as session:
        assert session.scalars(select(Recommendation.description)).all() == ["駕駛座椅面翻新"]


def test_the_advisor_records_sent_and_back_in_order(db: Database, people: dict) -> None:
    order_id = estimating(db)
    line_id = call(db, sublet.add_outside_work, people[Role.ADVISOR], order_id, CRANKSHAFT).lines[0].id
    with pytest.raises(DomainError) as early:
        call(db, sublet.record_sent, people[Role.ADVISOR], line_id, NOW)
    assert early.value.message == sublet.NOT_CONFIRMED
    call(db, estimate.confirm, people[Role.ADVISOR], order_id, customer_name="林志明")
    with pytest.raises(DomainError) as not_sent:
        call(db, sublet.record_back, people[Role.ADVISOR], line_id, NOW)
    assert not_sent.value.message == sublet.NOT_SENT
    with pytest.raises(PermissionRefused):
        call(db, sublet.record_sent, people[Role.FOREMAN], line_id, NOW)
    with pytest.raises(DomainError) as future:
        call(db, sublet.record_sent, people[Role.ADVISOR], line_id, NOW + timedelta(hours=1))
    assert future.value.field == "sent_at"
    sent_at = NOW - timedelta(hours=3)
    view = call(db, sublet.record_sent, people[Role.ADVISOR], line_id, sent_at, NOW + timedelta(days=2))
    line = view.lines[0]
    assert (line.sent_at, line.expected_back_at) == (sent_at, NOW + timedelta(days=2))
    assert line.sent_by and line.send_refusal == sublet.ALREADY_SENT and line.outstanding
    with pytest.raises(DomainError) as before:
        call(db, sublet.record_back, people[Role.ADVISOR], line_id, sent_at - timedelta(minutes=5))
    assert before.value.field == "back_at"
    line = call(db, sublet.record_back, people[Role.ADVISOR], line_id, NOW).lines[0]
    assert line.back_at == NOW and not line.outstanding and line.back_refusal == sublet.ALREADY_BACK
    with db.session_scope() as session:
        actions = session.scalars(select(AuditEvent.action).where(AuditEvent.entity == "sublet_line")).all()
    assert actions == ["outside_work:add", "outside_work:sent", "outside_work:back"]


def ready_with_outside_work(db: Database, people: dict, payer: Payer | None = None) -> int:
    """A ready ¥820 order (labour ¥350, parts ¥470) whose ¥600 of outside work was estimated, sent and is back."""
    order_id = make_ready_order(db)
    with db.session_scope() as session:
        audit.exempt(session, "test data changed directly")
        order = session.get(RepairOrder, order_id)
        order.status, order.confirmed_at = S.ESTIMATED, None
    line_id = call(db, sublet.add_outside_work, people[Role.ADVISOR], order_id,
                   OutsideWorkDraft("順達機加工廠", "曲軸磨削", "450", "600", payer=payer)).lines[0].id
    with db.session_scope() as session:
        audit.exempt(session, "test data changed directly")
        order = session.get(RepairOrder, order_id)
        order.status, order.confirmed_at = S.READY, NOW - timedelta(hours=5)
    call(db, sublet.record_sent, people[Role.ADVISOR], line_id, NOW - timedelta(hours=4))
    call(db, sublet.record_back, people[Role.ADVISOR], line_id, NOW - timedelta(hours=2))
    return order_id


def test_outside_work_is_its_own_fee_row_on_the_bill_and_the_settlement_list(db: Database, people: dict) -> None:
    order_id = ready_with_outside_work(db, people)
    state = checkout_state(db, order_id)
    totals = state.settlement
    assert (totals.labour, totals.parts, totals.outside, totals.total) == (D("350.00"), D("470.00"), D("600.00"),
                                                                           D("1420.00"))
    assert state.balance == D("1420.00")
    assert [(c.category, c.amount) for c in state.charges if c.category is Category.OUTSIDE] == [
        (Category.OUTSIDE, D("600.00"))]
    with db.session_scope() as session:
        doc = checkout_documents.settlement_doc(session, order_id)
    assert (doc.outside_total, doc.total) == (D("600.00"), D("1420.00"))
    text = pdf_text(render_settlement_list(doc, language="zh_TW"))
    assert "外加工費" in text and "工時費" in text and "材料費" in text
    assert "曲軸磨削" in text and "順達機加工廠" in text and "1,420.00" in text
    assert "Outsideworkcharge" in pdf_text(render_settlement_list(doc, language="en")).replace(" ", "")
    # the work order quotes it too
    with db.session_scope() as session:
        work_order = documents.work_order_doc(session, order_id)
    assert (work_order.totals.outside, work_order.totals.gross) == (D("600.00"), D("1420.00"))
    assert "外加工費" in pdf_text(render_work_order(work_order, language="zh_TW"))


def test_a_warranty_share_of_outside_work_goes_to_the_maker(db: Database, people: dict) -> None:
    order_id = ready_with_outside_work(db, people, payer=Payer.WARRANTY)
    totals = checkout_state(db, order_id).settlement
    assert totals.of(Payer.WARRANTY).outside == D("600.00") and totals.of(Payer.SELF).outside == 0
    assert totals.customer_owes == D("820.00") and totals.receivable == D("600.00")


def test_the_months_revenue_carries_outside_work(db: Database, people: dict) -> None:
    order_id = ready_with_outside_work(db, people)
    call(db, checkout.take_payment, people[Role.CASHIER], order_id, "wechat", "1420.00")
    with db.session_scope() as session:
        revenue = reports.month_kpis(session, date(2026, 11, 1)).revenue
    assert (revenue.labour, revenue.parts, revenue.outside, revenue.total) == (D("350.00"), D("470.00"),
                                                                               D("600.00"), D("1420.00"))
    assert revenue.of(Payer.SELF).outside == D("600.00")


def test_the_outside_work_slip_prints_one_page_per_shop(db: Database, people: dict, tmp_path: Path) -> None:
    order_id = estimating(db)
    call(db, sublet.add_outside_work, people[Role.ADVISOR], order_id, CRANKSHAFT)
    call(db, sublet.add_outside_work, people[Role.ADVISOR], order_id, SEAT)
    with db.session_scope() as session:
        slips = sublet.slip_docs(session, order_id)
        order_no = session.get(RepairOrder, order_id).order_no
    assert [(s.supplier, [i.description for i in s.items]) for s in slips] == [
        ("順達機加工廠", ["曲軸磨削"]), ("美車座椅翻新", ["駕駛座椅面翻新"])]
    text = pdf_text(render_sublet_slips(slips, language="zh_TW"))
    assert "外部加工單" in text and order_no in text and "450.00" in text
    assert "600.00" not in text  # the customer's charge is not the shop's business
    # from the command line
    parser = argparse.ArgumentParser()
    add_print_commands(parser.add_subparsers(dest="command"))
    out = tmp_path / "sublet.pdf"
    args = parser.parse_args(["print", "sublet-slip", order_no, "--db", db.url, "--out", str(out),
                              "--lang", "zh_TW"])
    assert run_print(args) == 0
    assert "曲軸磨削" in pdf_text(out.read_bytes())
    other = make_confirmed_order(db)
    with db.session_scope() as session:
        other_no = session.get(RepairOrder, other).order_no
    args = parser.parse_args(["print", "sublet-slip", other_no, "--db", db.url, "--out", str(out)])
    assert run_print(args) == 1  # no outside work: nothing to print


def test_outside_work_cannot_be_added_once_the_car_is_ready(db: Database, people: dict) -> None:
    order_id = make_ready_order(db)
    with pytest.raises(TransitionRefused):
        call(db, sublet.add_outside_work, people[Role.INSPECTOR], order_id, CRANKSHAFT)


def test_the_estimate_revision_and_the_vehicle_record_count_outside_work(db: Database, people: dict) -> None:
    from garage_desktop.services import vehicle_history
    from garage_desktop.services.estimate import EstimateDraft, LabourDraft

    order_id = estimating(db)
    call(db, sublet.add_outside_work, people[Role.ADVISOR], order_id, CRANKSHAFT)
    view = call(db, estimate.save_estimate, people[Role.ADVISOR], order_id, EstimateDraft(
        labour=(LabourDraft(name="更換曲軸軸瓦", standard_hours="3", rate="100", coefficient="1"),),
        notify_above="2000", may_replace_found_parts=True))
    revision = view.revisions[0]
    assert revision.total == D("900.00")  # ¥300 labour + ¥600 outside work
    assert [(x.kind, x.name) for x in revision.lines if x.kind == "outside"] == [("outside", "曲軸磨削 (順達機加工廠)")]
    with db.session_scope() as session:
        vehicle_id = session.get(RepairOrder, order_id).vehicle_id
        (visit,) = vehicle_history.vehicle_history(session, vehicle_id).orders
    assert [(x.description, x.amount) for x in visit.outside] == [("曲軸磨削", D("600.00"))]
    assert visit.total == D("900.00")


def test_the_month_end_workbook_has_outside_work_in_its_own_column(db: Database, people: dict,
                                                                   tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from garage_desktop.export.month_workbook import save_month_workbook
    from garage_desktop.services.month_report import month_report

    order_id = ready_with_outside_work(db, people)
    call(db, checkout.take_payment, people[Role.CASHIER], order_id, "wechat", "1420.00")
    with db.session_scope() as session:
        report = month_report(session, date(2026, 11, 1))
    (row,) = [r for r in report.orders if r.order_id == order_id]
    assert (row.labour, row.parts, row.outside, row.total) == (D("350.00"), D("470.00"), D("600.00"), D("1420.00"))
    book = load_workbook(save_month_workbook(report, tmp_path / "2026-11.xlsx"))
    orders = book["工單"]
    columns = {cell.value: cell.column_letter for cell in orders[1]}
    assert orders[f"{columns['外加工費']}2"].value == 600
    summary = book["匯總"]
    header = next(r for r in range(1, summary.max_row + 1) if summary[f"A{r}"].value == "結算方式")
    assert [summary.cell(header, c).value for c in range(2, 7)] == ["工時費", "材料費", "外加工費", "優惠", "合計"]
    assert summary.cell(header + 1, 4).value == 600  # 自付's outside work
