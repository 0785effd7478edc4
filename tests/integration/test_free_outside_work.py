"""Issue 16, item 6 for outside work (外加工): a line done by an outside shop made free with a reason, as labour and
parts are. Its charge is zero on the bill and in the month's revenue, the charge it had is the value given away
(listed on the month workbook's 免費項目 sheet), a non-owner needs the owner's PIN, the settlement list prints 免費
with the reason, and charged again the line has its charge back."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from garage_desktop.db.engine import Database
from garage_desktop.db.models import AuditEvent, SubletLine
from garage_desktop.domain.classes import Role
from garage_desktop.domain.free_items import FreeReason
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.settlement import Category
from garage_desktop.domain.text import DomainError, PermissionRefused
from garage_desktop.printing.settlement_list import render_settlement_list
from garage_desktop.printing.work_order import render_work_order
from garage_desktop.services import (
    checkout,
    checkout_documents,
    clock,
    documents,
    estimate,
    free_items,
    pins,
    sublet,
)
from garage_desktop.services.price_authority import NeedsOwnerApproval, OwnerApproval, WrongOwnerPin
from garage_desktop.services.sublet import OutsideWorkDraft
from tests.integration.test_checkout import NOW, call, pdf_text, state
from tests.integration.test_outside_work import CRANKSHAFT, estimating, ready_with_outside_work

D = Decimal
PIN = "2468"


@pytest.fixture(autouse=True)
def _owner_pin(db: Database, people: dict[Role, int]) -> None:
    clock.set_fixed(NOW)
    with db.session_scope() as session:
        pins.set_pin(session, people[Role.OWNER], people[Role.OWNER], PIN)


def outside_line(db: Database, order_id: int) -> int:
    with db.session_scope() as session:
        return session.scalars(select(SubletLine.id).where(SubletLine.order_id == order_id)).one()


def owner(people: dict[Role, int], pin: str = PIN) -> OwnerApproval:
    return OwnerApproval(people[Role.OWNER], pin)


def settlement_text(db: Database, order_id: int) -> str:
    with db.session_scope() as session:
        doc = checkout_documents.settlement_doc(session, order_id)
    return pdf_text(render_settlement_list(doc, language="zh_TW"))


# --- the charge is zero on the bill, and the settlement list says why ------------------------------------------
def test_a_free_outside_line_is_not_on_the_balance_and_is_printed_free(db: Database, people: dict) -> None:
    order_id = ready_with_outside_work(db, people)  # ¥820 of labour and parts + ¥600 outside work
    line_id = outside_line(db, order_id)
    result = call(db, free_items.make_free, people[Role.OWNER], order_id, "outside", line_id, FreeReason.WARRANTY,
                  "上次磨削不良")
    assert (result.kind, result.free, result.given_away) == ("outside", True, D("600.00"))
    assert result.name == "曲軸磨削 (順達機加工廠)"
    after = state(db, order_id)
    assert (after.settlement.outside, after.settlement.total, after.balance) == (D(0), D("820.00"), D("820.00"))
    (work,) = after.outside
    assert (work.amount, work.free_reason, work.free_note, work.given_away) == (
        D(0), "warranty", "上次磨削不良", D("600.00"))
    assert [c.amount for c in after.charges if c.category is Category.OUTSIDE] == [D(0)]
    # the outside-work screen shows it free, with the charge it had
    with db.session_scope() as session:
        (shown,) = sublet.outside_work(session, order_id).lines
    assert (shown.charge, shown.free_reason, shown.given_away, shown.cost) == (D(0), "warranty", D("600.00"),
                                                                              D("450.00"))
    # on paper: the charge struck through, 免費 and the reason with its note
    text = settlement_text(db, order_id)
    assert "曲軸磨削" in text and "免費" in text and "保修免費" in text and "上次磨削不良" in text
    assert "600.00" in text and "免費項目價值¥600.00，不收費" in text
    with db.session_scope() as session:
        doc = checkout_documents.settlement_doc(session, order_id)
        work_order = documents.work_order_doc(session, order_id)
    assert (doc.outside_total, doc.total) == (D(0), D("820.00"))
    assert [(x.free_reason, x.given_away) for x in doc.outside] == [("warranty", D("600.00"))]
    assert [x.free for x in work_order.outside] == [True] and work_order.totals.outside == D(0)
    assert "免費" in pdf_text(render_work_order(work_order, language="zh_TW"))
    # paid at the reduced total, the order settles
    paid = call(db, checkout.take_payment, people[Role.CASHIER], order_id, "wechat", "820")
    assert paid.settled and paid.state.status is OrderStatus.SETTLED


# --- who may do it: the price authority, as for the other lines -------------------------------------------------
def test_a_non_owner_needs_the_owners_pin_and_it_is_audited(db: Database, people: dict) -> None:
    order_id = ready_with_outside_work(db, people)
    line_id = outside_line(db, order_id)
    cashier = people[Role.CASHIER]
    with pytest.raises(NeedsOwnerApproval) as asked:
        call(db, free_items.make_free, cashier, order_id, "outside", line_id, "goodwill", "老客戶")
    (cut,) = asked.value.lines
    assert (cut.kind, cut.list_price, cut.price) == ("outside", D("600.00"), D(0))
    with pytest.raises(WrongOwnerPin):
        call(db, free_items.make_free, cashier, order_id, "outside", line_id, "goodwill", "老客戶",
             owner(people, "0000"))
    assert state(db, order_id).settlement.total == D("1420.00")  # refused: nothing changed
    result = call(db, free_items.make_free, cashier, order_id, "outside", line_id, "goodwill", "老客戶",
                  owner(people))
    assert result.approved_by_id == people[Role.OWNER]
    with db.session_scope() as session:
        events = {e.action: e for e in session.scalars(select(AuditEvent).where(AuditEvent.order_id == order_id))}
    before, after = json.loads(events["line:free"].before), json.loads(events["line:free"].after)
    assert (before["line"], before["line_id"], before["price"]) == ("outside", line_id, "600.00")
    assert (after["reason"], after["note"], after["given_away"]) == ("goodwill", "老客戶", "600.00")
    approved = json.loads(events["price:owner_approved"].after)
    assert approved["approved_by"] == people[Role.OWNER] and approved["where"] == "free"
    assert approved["lines"][0]["kind"] == "outside"


def test_only_those_who_price_or_settle_only_charged_lines_and_only_before_settlement(db: Database,
                                                                                      people: dict) -> None:
    order_id = ready_with_outside_work(db, people)
    line_id = outside_line(db, order_id)
    boss = people[Role.OWNER]
    with pytest.raises(PermissionRefused):
        call(db, free_items.make_free, people[Role.STORE], order_id, "outside", line_id, "goodwill", "x",
             owner(people))
    with pytest.raises(DomainError) as no_reason:
        call(db, free_items.make_free, boss, order_id, "outside", line_id, "")
    assert no_reason.value.field == "free_reason"
    other_line = outside_line(db, ready_with_outside_work(db, people))
    with pytest.raises(DomainError) as elsewhere:  # a line of another order
        call(db, free_items.make_free, boss, order_id, "outside", other_line, "warranty")
    assert elsewhere.value.message == free_items.NO_LINE
    # paid and settled: the bill is final
    call(db, checkout.take_payment, people[Role.CASHIER], order_id, "cash", "1420")
    with pytest.raises(DomainError) as late:
        call(db, free_items.make_free, boss, order_id, "outside", line_id, "goodwill", "x")
    assert late.value.message == free_items.NOT_OPEN
    # outside work already charged nothing has nothing to give away
    zero = estimating(db)
    call(db, sublet.add_outside_work, boss, zero, OutsideWorkDraft("順達機加工廠", "曲軸磨削", "0", "0"))
    with pytest.raises(DomainError) as nothing:
        call(db, free_items.make_free, boss, zero, "outside", outside_line(db, zero), "warranty")
    assert nothing.value.message == free_items.NOTHING_CHARGED


# --- charged again -----------------------------------------------------------------------------------------------
def test_charged_again_the_outside_line_has_its_charge_back(db: Database, people: dict) -> None:
    order_id = ready_with_outside_work(db, people)
    line_id = outside_line(db, order_id)
    call(db, free_items.make_free, people[Role.CASHIER], order_id, "outside", line_id, "comeback", "",
         owner(people))
    assert state(db, order_id).settlement.total == D("820.00")
    back = call(db, free_items.charge_again, people[Role.CASHIER], order_id, "outside", line_id)
    assert not back.free and back.given_away == D(0)
    after = state(db, order_id)
    assert (after.settlement.outside, after.settlement.total) == (D("600.00"), D("1420.00"))
    assert after.outside[0].free_reason == "" and after.outside[0].amount == D("600.00")
    with db.session_scope() as session:
        line = session.get(SubletLine, line_id)
        # at or above its cost nothing needs the owner any more
        assert (line.charge, line.free_reason, line.free_price, line.price_approved_by_id) == (
            D("600.00"), None, None, None)
        actions = session.scalars(select(AuditEvent.action).where(AuditEvent.order_id == order_id)
                                  .order_by(AuditEvent.id)).all()
    assert actions[-1] == "line:charge_again"
    with pytest.raises(DomainError) as twice:
        call(db, free_items.charge_again, people[Role.CASHIER], order_id, "outside", line_id)
    assert twice.value.message == free_items.NOT_FREE


def test_a_charge_below_cost_keeps_an_owners_approval_when_charged_again(db: Database, people: dict) -> None:
    order_id = estimating(db)
    boss = people[Role.OWNER]
    call(db, sublet.add_outside_work, people[Role.ADVISOR], order_id,
         OutsideWorkDraft("順達機加工廠", "曲軸磨削", "450", "400"), owner(people))
    line_id = outside_line(db, order_id)
    call(db, free_items.make_free, boss, order_id, "outside", line_id, "goodwill", "老客戶")
    call(db, free_items.charge_again, boss, order_id, "outside", line_id)
    with db.session_scope() as session:
        line = session.get(SubletLine, line_id)
        assert (line.charge, line.price_approved_by_id) == (D("400.00"), boss)


# --- on the estimate: the customer confirms what they see -------------------------------------------------------
def test_free_outside_work_on_the_estimate_is_a_new_revision(db: Database, people: dict) -> None:
    order_id = estimating(db)  # ¥800 of labour and parts
    advisor = people[Role.ADVISOR]
    call(db, sublet.add_outside_work, advisor, order_id, CRANKSHAFT)  # ¥600
    call(db, estimate.save_estimate, advisor, order_id, _current_draft(db, order_id))
    with db.session_scope() as session:
        assert estimate.estimate_view(session, order_id).totals.total == D("1400.00")
    call(db, free_items.make_free, advisor, order_id, "outside", outside_line(db, order_id), "goodwill",
         "老客戶", owner(people))
    with db.session_scope() as session:
        shown = estimate.estimate_view(session, order_id)
    assert (shown.totals.outside, shown.totals.total) == (D(0), D("800.00"))
    assert shown.revisions[0].total == D("800.00")  # the newest revision, as the customer will confirm it


def _current_draft(db: Database, order_id: int) -> estimate.EstimateDraft:
    from garage_desktop.db.models import RepairOrder
    from garage_desktop.services import recommendations

    with db.session_scope() as session:
        return recommendations.current_draft(session.get(RepairOrder, order_id))


# --- the month report ----------------------------------------------------------------------------------------------
def test_the_month_workbook_lists_free_outside_work_with_its_reason(db: Database, people: dict,
                                                                    tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from garage_desktop.export.month_workbook import save_month_workbook
    from garage_desktop.services.month_report import month_report

    boss, cashier = people[Role.OWNER], people[Role.CASHIER]
    order_id = ready_with_outside_work(db, people)
    call(db, free_items.make_free, boss, order_id, "outside", outside_line(db, order_id), "warranty", "上次磨削不良")
    call(db, checkout.take_payment, cashier, order_id, "cash", "820")
    with db.session_scope() as session:
        report = month_report(session, date(2026, 11, 1))
    assert [(r.item, r.kind, r.reason, r.note, r.given_away) for r in report.free_items] == [
        ("曲軸磨削 (順達機加工廠)", "outside", "warranty", "上次磨削不良", D("600.00"))]
    assert (report.kpis.revenue.outside, report.kpis.revenue.total) == (D(0), D("820.00"))
    (row,) = [r for r in report.orders if r.order_id == order_id]
    assert (row.outside, row.total) == (D(0), D("820.00"))
    book = load_workbook(save_month_workbook(report, tmp_path / "free-outside.xlsx"))
    values = [[cell.value for cell in row] for row in book["免費項目"].iter_rows()]
    (listed,) = [r for r in values if r[4] == "曲軸磨削 (順達機加工廠)"]
    assert listed[5:] == ["外加工費", "保修免費", "上次磨削不良", 600]
    totals = {r[0]: r[-1] for r in values if r[0] in ("保修免費", "合計")}
    assert totals == {"保修免費": 600, "合計": 600}
    summary = {r[0].value: r[1].value for r in book["匯總"].iter_rows() if r and r[0].value}
    assert summary["免費項目價值"] == 600
