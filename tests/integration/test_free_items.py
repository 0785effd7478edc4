"""Issue 16, item 6 (seed ⑥2 其中哪些是免費的): any order line made free with a reason. Its charge is zero in every
sum of money, it keeps the value given away, a non-owner needs the owner's PIN, and the settlement list prints 免費
with the reason."""

from __future__ import annotations

import io
import json
from decimal import Decimal

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from garage_desktop.db.engine import Database
from garage_desktop.db.models import AuditEvent, LabourLine, PartLine
from garage_desktop.domain.classes import Role
from garage_desktop.domain.free_items import FreeReason
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.text import DomainError, PermissionRefused
from garage_desktop.printing.settlement_list import render_settlement_list
from garage_desktop.services import checkout, checkout_documents, clock, estimate, free_items, pins
from garage_desktop.services.estimate import EstimateDraft, LabourDraft, PartDraft
from garage_desktop.services.price_authority import NeedsOwnerApproval, OwnerApproval, WrongOwnerPin
from tests.integration import test_demo
from tests.integration.test_checkout import LABOUR, NOW, PARTS, call, make_ready_order, state
from tests.integration.test_estimate import make_order

D = Decimal
demo_file, demo = test_demo.demo_file, test_demo.demo  # the demo garage's fixtures
PIN = "2468"


@pytest.fixture(autouse=True)
def _owner_pin(db: Database, people: dict[Role, int]) -> None:
    clock.set_fixed(NOW)
    with db.session_scope() as session:
        pins.set_pin(session, people[Role.OWNER], people[Role.OWNER], PIN)


def lines(db: Database, order_id: int) -> tuple[list[int], list[int]]:
    with db.session_scope() as session:
        labour = list(session.scalars(select(LabourLine.id).where(LabourLine.order_id == order_id)
                                      .order_by(LabourLine.seq)))
        parts = list(session.scalars(select(PartLine.id).where(PartLine.order_id == order_id).order_by(PartLine.seq)))
        return labour, parts


def owner(people: dict[Role, int], pin: str = PIN) -> OwnerApproval:
    return OwnerApproval(people[Role.OWNER], pin)


def settlement_text(db: Database, order_id: int) -> str:
    with db.session_scope() as session:
        doc = checkout_documents.settlement_doc(session, order_id)
    pdf = render_settlement_list(doc, language="zh_TW")
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


# --- the charge is zero everywhere money is summed ------------------------------------------------------
def test_a_free_labour_line_counts_nothing_and_keeps_its_value(db: Database, people: dict[Role, int]) -> None:
    order_id = make_ready_order(db)  # ¥250 + ¥100 labour, ¥380 + ¥90 parts = ¥820
    labour, _parts = lines(db, order_id)
    result = call(db, free_items.make_free, people[Role.OWNER], order_id, "labour", labour[1], FreeReason.GOODWILL,
                  "老客戶，四輪定位送")
    assert result.free and result.given_away == D("100.00")
    after = state(db, order_id)
    assert after.settlement.labour == D("250.00") and after.settlement.total == D("720.00")
    assert after.balance == D("720.00")
    free_line = next(line for line in after.labour if line.name == "四輪定位")
    assert (free_line.amount, free_line.free_reason, free_line.given_away) == (D(0), "goodwill", D("100.00"))
    # Paid in full at the reduced total, the order settles.
    paid = call(db, checkout.take_payment, people[Role.CASHIER], order_id, "wechat", "720")
    assert paid.settled and paid.state.status is OrderStatus.SETTLED


def test_a_free_part_counts_nothing_at_its_issued_quantity(db: Database, people: dict[Role, int]) -> None:
    order_id = make_ready_order(db)
    _labour, parts = lines(db, order_id)
    call(db, free_items.make_free, people[Role.OWNER], order_id, "part", parts[1], "warranty")
    after = state(db, order_id)
    brake_fluid = next(line for line in after.parts if line.name == "剎車油")
    assert (brake_fluid.amount, brake_fluid.given_away) == (D(0), D("90.00"))  # 2 × ¥45
    assert after.settlement.parts == D("380.00") and after.balance == D("730.00")


def test_charged_again_the_line_has_its_price_back(db: Database, people: dict[Role, int]) -> None:
    order_id = make_ready_order(db)
    labour, _parts = lines(db, order_id)
    call(db, free_items.make_free, people[Role.OWNER], order_id, "labour", labour[0], "comeback")
    assert state(db, order_id).settlement.total == D("570.00")
    back = call(db, free_items.charge_again, people[Role.CASHIER], order_id, "labour", labour[0])
    assert not back.free and state(db, order_id).settlement.total == D("820.00")
    with pytest.raises(DomainError) as twice:
        call(db, free_items.charge_again, people[Role.CASHIER], order_id, "labour", labour[0])
    assert twice.value.message == free_items.NOT_FREE


# --- who may do it: the price authority ------------------------------------------------------------------
def test_a_non_owner_needs_the_owners_pin(db: Database, people: dict[Role, int]) -> None:
    order_id = make_ready_order(db)
    labour, _parts = lines(db, order_id)
    cashier = people[Role.CASHIER]
    with pytest.raises(NeedsOwnerApproval):
        call(db, free_items.make_free, cashier, order_id, "labour", labour[0], "goodwill", "等太久")
    with pytest.raises(WrongOwnerPin):
        call(db, free_items.make_free, cashier, order_id, "labour", labour[0], "goodwill", "等太久",
             owner(people, "0000"))
    assert state(db, order_id).settlement.total == D("820.00")  # refused: nothing changed
    result = call(db, free_items.make_free, cashier, order_id, "labour", labour[0], "goodwill", "等太久",
                  owner(people))
    assert result.approved_by_id == people[Role.OWNER]
    with db.session_scope() as session:
        events = {e.action: e for e in session.scalars(select(AuditEvent).where(AuditEvent.order_id == order_id))}
    assert json.loads(events["line:free"].after)["reason"] == "goodwill"
    approved = json.loads(events["price:owner_approved"].after)
    assert approved["approved_by"] == people[Role.OWNER] and approved["where"] == "free"


def test_only_those_who_price_or_settle_and_only_before_settlement(db: Database, people: dict[Role, int]) -> None:
    order_id = make_ready_order(db)
    labour, _parts = lines(db, order_id)
    with pytest.raises(PermissionRefused):
        call(db, free_items.make_free, people[Role.STORE], order_id, "labour", labour[0], "goodwill", "x",
             owner(people))
    settled = make_ready_order(db, status=OrderStatus.SETTLED)
    settled_labour, _ = lines(db, settled)
    with pytest.raises(DomainError) as late:
        call(db, free_items.make_free, people[Role.OWNER], settled, "labour", settled_labour[0], "goodwill", "x")
    assert late.value.message == free_items.NOT_OPEN


def test_a_reason_is_required_and_goodwill_says_why(db: Database, people: dict[Role, int]) -> None:
    order_id = make_ready_order(db)
    labour, parts = lines(db, order_id)
    boss = people[Role.OWNER]
    with pytest.raises(DomainError) as no_reason:
        call(db, free_items.make_free, boss, order_id, "labour", labour[0], "")
    assert no_reason.value.field == "free_reason"
    with pytest.raises(DomainError) as no_note:
        call(db, free_items.make_free, boss, order_id, "labour", labour[0], "goodwill", "  ")
    assert no_note.value.field == "free_note"
    other = make_ready_order(db)
    other_labour, _ = lines(db, other)
    with pytest.raises(DomainError) as elsewhere:
        call(db, free_items.make_free, boss, order_id, "labour", other_labour[0], "warranty")
    assert elsewhere.value.message == free_items.NO_LINE
    call(db, free_items.make_free, boss, order_id, "part", parts[0], "warranty")
    with pytest.raises(DomainError) as again:
        call(db, free_items.make_free, boss, order_id, "part", parts[0], "warranty")
    assert again.value.message == free_items.ALREADY_FREE


def test_a_customer_supplied_part_has_nothing_to_give_away(db: Database, people: dict[Role, int]) -> None:
    from tests.integration.test_checkout import Prt

    order_id = make_ready_order(db, parts=[*PARTS, Prt("輪胎", D(1), D("600.00"), supplied=True)])
    _labour, parts = lines(db, order_id)
    with pytest.raises(DomainError) as nothing:
        call(db, free_items.make_free, people[Role.OWNER], order_id, "part", parts[2], "warranty")
    assert nothing.value.message == free_items.NOTHING_CHARGED


# --- on the estimate: saved again, the line stays free -----------------------------------------------------
def test_a_free_line_stays_free_when_the_estimate_is_saved_again(db: Database, people: dict[Role, int]) -> None:
    advisor = people[Role.ADVISOR]
    order_id = make_order(db, advisor)
    draft = EstimateDraft(diagnosis="剎車異響", labour=(LabourDraft(name="檢查剎車", standard_hours="1"),),
                          parts=(PartDraft(name="剎車油", unit="瓶", quantity="2", unit_price="45"),),
                          notify_above="1000", may_replace_found_parts=False)
    first = call(db, estimate.save_estimate, advisor, order_id, draft)
    call(db, free_items.make_free, advisor, order_id, "labour", first.labour[0].id, "warranty", "",
         owner(people))
    with db.session_scope() as session:
        shown = estimate.estimate_view(session, order_id)
    line = shown.labour[0]
    assert (line.amount, line.free_reason, line.free_price) == (D(0), "warranty", shown.hourly_rate)
    assert line.given_away == first.labour[0].amount > 0 and shown.totals.total == D("90.00")
    # The tab sends the line as it shows it (zero, with its reason and the price it had): no PIN asked again.
    again = EstimateDraft(diagnosis="剎車異響", labour=(LabourDraft(
        name="檢查剎車", standard_hours="1", rate="0", free_reason=line.free_reason, free_note=line.free_note,
        free_price=line.free_price),), parts=draft.parts, notify_above="1000", may_replace_found_parts=False)
    saved = call(db, estimate.save_estimate, advisor, order_id, again)
    assert saved.labour[0].free_reason == "warranty" and saved.labour[0].given_away == first.labour[0].amount
    assert saved.totals.total == D("90.00") and saved.revisions[0].total == D("90.00")
    # the work order the customer signs says so
    from garage_desktop.printing import work_order_pdf
    from garage_desktop.services import documents

    with db.session_scope() as session:
        doc = documents.work_order_doc(session, order_id)
    assert [line.free for line in doc.labour] == [True]
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(work_order_pdf(doc, language="zh_TW"))).pages)
    assert "免費" in text


# --- on paper ------------------------------------------------------------------------------------------------
def test_the_settlement_list_prints_free_with_the_reason_and_the_value(db: Database, people: dict[Role, int]) -> None:
    order_id = make_ready_order(db, labour=LABOUR)
    labour, _parts = lines(db, order_id)
    call(db, free_items.make_free, people[Role.OWNER], order_id, "labour", labour[1], "goodwill", "老客戶")
    text = settlement_text(db, order_id)
    assert "免費" in text and "贈送" in text and "老客戶" in text
    assert "100.00" in text  # the value given away, struck through
    assert "免費項目價值 ¥100.00，不收費" in text.replace("\n", "")
    with db.session_scope() as session:
        doc = checkout_documents.settlement_doc(session, order_id)
    assert doc.labour_total == D("250.00") and doc.total == D("720.00")


# --- the month report -----------------------------------------------------------------------------------------
def test_the_month_workbook_shows_what_each_reason_gave_away(db: Database, people: dict[Role, int],
                                                             tmp_path) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from openpyxl import load_workbook

    from garage_desktop.export.month_workbook import save_month_workbook
    from garage_desktop.services.month_report import month_report

    boss, cashier = people[Role.OWNER], people[Role.CASHIER]
    first, second = make_ready_order(db), make_ready_order(db)
    labour1, parts1 = lines(db, first)
    labour2, _ = lines(db, second)
    call(db, free_items.make_free, boss, first, "labour", labour1[1], "goodwill", "老客戶")  # ¥100
    call(db, free_items.make_free, boss, first, "part", parts1[1], "warranty")  # ¥90
    call(db, free_items.make_free, boss, second, "labour", labour2[0], "warranty", "上次換的剎車片")  # ¥250
    call(db, checkout.take_payment, cashier, first, "cash", "630")
    call(db, checkout.take_payment, cashier, second, "cash", "570")
    with db.session_scope() as session:
        report = month_report(session, date(2026, 11, 1))
    assert sorted((r.item, r.reason, r.given_away) for r in report.free_items) == [
        ("剎車油", "warranty", D("90.00")), ("四輪定位", "goodwill", D("100.00")), ("更換剎車片", "warranty", D("250.00"))]
    assert report.kpis.revenue.total == D("630.00") + D("570.00")  # free lines count nothing in the revenue
    book = load_workbook(save_month_workbook(report, tmp_path / "free.xlsx"))
    sheet = book["免費項目"]
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    totals = {row[0]: row[-1] for row in values if row[0] in ("保修免費", "贈送", "合計")}
    assert totals == {"保修免費": 340, "贈送": 100, "合計": 440}
    assert not any(isinstance(v, str) and v.startswith("=") for row in values for v in row)  # stored, no formulas
    summary = {row[0].value: row[1].value for row in book["匯總"].iter_rows() if row and row[0].value}
    assert summary["免費項目價值"] == 440


# --- the demo garage ---------------------------------------------------------------------------------------------
def test_the_demo_has_a_settled_order_with_a_free_line_and_its_reason(demo: Database) -> None:
    from garage_desktop.db.models import RepairOrder

    with demo.session_scope() as session:
        free = [line for model in (LabourLine, PartLine)
                for line in session.scalars(select(model).where(model.free_reason.is_not(None)))]
        assert {line.free_reason for line in free} >= {FreeReason.GOODWILL, FreeReason.WARRANTY}
        line = next(line for line in free if isinstance(line, LabourLine))
        order = session.get(RepairOrder, line.order_id)
        assert order.status in (OrderStatus.SETTLED, OrderStatus.DELIVERED, OrderStatus.FOLLOWED_UP)
        assert line.amount == 0 and line.free_price > 0 and line.free_note
        state = checkout_documents.load_state(session, order)
        assert state.balance == 0  # paid as settled: the free line counted nothing
        doc = checkout_documents.settlement_doc(session, order.id)
    pdf = render_settlement_list(doc, language="zh_TW")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "免費" in text and "贈送" in text
