"""提成 and hours through the services: the owner's rules, several mechanics on a line, the month per mechanic,
free lines and comebacks by the owner's rule, and the workbook's 技師提成 sheet."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from decimal import Decimal as D
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from garage_desktop.db.engine import Database
from garage_desktop.db.models import AuditEvent, CommissionRule
from garage_desktop.domain.classes import JobClass, Role
from garage_desktop.domain.commission import Comebacks, FreeLines, Policy
from garage_desktop.domain.text import DomainError, PermissionRefused
from garage_desktop.export.month_workbook import save_month_workbook, sheet_tables
from garage_desktop.services import (
    catalog,
    checkout,
    checkout_documents,
    comebacks,
    commission,
    delivery,
    documents,
    estimate,
    free_items,
    month_report,
    operators,
    order_actions,
    qc,
    work_order,
)
from tests.integration.test_paperwork_truth import HANDOVER, START, Walk, receive
from tests.integration.test_qc import full_form

NOVEMBER = date(2026, 11, 1)
Line = tuple[str, str, str, Sequence[tuple[str, int]]]  # operation code, name, hours, (mechanic, share)...


@pytest.fixture
def walk(db: Database, people: dict[Role, int]) -> Walk:
    walk = Walk(db, people)
    walk(Role.OWNER, catalog.save_operation, None, catalog.OperationDraft("BY01", "更換機油機濾", "", "1.0"))
    for name in ("王師傅", "李師傅"):
        people[name] = walk(Role.OWNER, operators.save_operator, None, name, Role.FOREMAN, team="一組").id  # type: ignore[index]
    return walk


def job(walk: Walk, lines: Sequence[Line], *, plate: str = "粵A12345", comeback_of: int | None = None,
        free: set[int] = frozenset(), day: int = 0) -> int:
    """An order received, estimated, dispatched to the mechanics named, worked 09:00 → the hours given × 1.5,
    passed at QC, settled and delivered; ``free``: the line numbers given free (goodwill) before settlement."""
    walk.at(START + timedelta(days=day))
    order_id = receive(walk, plate=plate)
    if comeback_of is not None:
        walk(Role.ADVISOR, comebacks.confirm_comeback, order_id, comeback_of)
    labour = tuple(estimate.LabourDraft(operation_code=code, name=name, standard_hours=hours, rate="100",
                                        coefficient="1") for code, name, hours, _ in lines)
    walk(Role.ADVISOR, estimate.save_estimate, order_id, estimate.EstimateDraft("診斷", labour, (), notify_above="500",
                                                                          may_replace_found_parts=True))
    walk(Role.ADVISOR, estimate.confirm, order_id, customer_name="林志明")
    ids = [line.id for line in walk.read(work_order.ticket_view, order_id, at=walk.now).labour]
    for line_id, (_, _, _, workers) in zip(ids, lines, strict=True):
        walk(Role.FOREMAN, commission.dispatch_workers, order_id, line_id, "一組",
             [(walk.people[name], share) for name, share in workers])  # type: ignore[index]
    morning = START + timedelta(days=day, hours=1)
    walk.at(START + timedelta(days=day, hours=10))
    for line_id, (_, _, hours, _) in zip(ids, lines, strict=True):
        walk(Role.FOREMAN, work_order.start_line, order_id, line_id, at=morning)
        walk(Role.FOREMAN, work_order.finish_line, order_id, line_id,
             at=morning + timedelta(hours=float(D(hours) * D("1.5"))))
    for number in free:
        walk(Role.OWNER, free_items.make_free, order_id, "labour", ids[number - 1], "goodwill", "老客戶")
    walk(Role.FOREMAN, work_order.report_finished, order_id)
    view = walk.read(qc.qc_view, order_id, None, at=walk.now)
    walk(Role.INSPECTOR, qc.pass_qc, order_id, full_form(view))
    owed = walk.read(checkout_documents.settlement_doc, order_id, at=walk.now).customer_owes
    if owed:
        walk(Role.CASHIER, checkout.take_payment, order_id, "cash", owed)
    else:
        walk(Role.CASHIER, checkout.settle, order_id)
    walk(Role.ADVISOR, delivery.deliver, order_id, HANDOVER)
    return order_id


def rows(walk: Walk) -> list[tuple[str, str, D, int, D, D, D]]:
    report = walk.read(month_report.month_report, NOVEMBER, at=datetime(2026, 11, 30, 18, 0))
    return [(r.mechanic, r.line, r.share, r.lines, r.hours_sold, r.hours_clocked, r.commission)
            for r in report.commission]


def standard_rules(walk: Walk) -> None:
    walk.at(START - timedelta(days=1))
    walk(Role.OWNER, commission.set_rule, operation_code="BY01", fixed_amount=D("20.00"))
    walk(Role.OWNER, commission.set_rule, job_class=JobClass.MINOR, percent=D(10))


TWO_LINES: tuple[Line, ...] = (("BY01", "", "1.0", (("王師傅", 1),)),
                               ("", "剎車檢修", "2.0", (("王師傅", 2), ("李師傅", 1))))


# --- rules ------------------------------------------------------------------------------------------------------

def test_only_the_owner_sets_rules_and_each_change_is_audited(walk: Walk, db: Database) -> None:
    with pytest.raises(PermissionRefused):
        walk(Role.CASHIER, commission.set_rule, job_class=JobClass.MINOR, percent=D(10))
    with pytest.raises(PermissionRefused):
        walk(Role.FOREMAN, commission.set_policy, Policy(FreeLines.LIST, Comebacks.PAY))
    first = walk(Role.OWNER, commission.set_rule, job_class=JobClass.MINOR, percent=D(10))
    second = walk(Role.OWNER, commission.set_rule, job_class="minor", percent=D(12))
    walk(Role.OWNER, commission.set_rule, operation_code="BY01", fixed_amount=D(20))
    in_force = walk.read(commission.rules_in_force)
    assert [(r.operation_code, r.operation_name, r.job_class, r.percent, r.fixed_amount) for r in in_force] == [
        ("BY01", "更換機油機濾", None, None, D("20.00")), (None, "", JobClass.MINOR, D(12), None)]
    assert second.id != first.id  # a change ends the old rule and starts another, never edits it
    walk(Role.OWNER, commission.end_rule, second.id)
    assert [r.operation_code for r in walk.read(commission.rules_in_force)] == ["BY01"]
    with db.session_scope() as session:
        assert session.scalar(select(func.count()).select_from(CommissionRule)) == 3
        actions = list(session.scalars(select(AuditEvent.action).where(AuditEvent.entity == "commission_rule")))
    assert actions == ["commission:rule", "commission:end", "commission:rule", "commission:rule", "commission:end"]


@pytest.mark.parametrize("kwargs, field", [
    ({"percent": D(10)}, "target"),
    ({"operation_code": "BY01", "job_class": JobClass.MINOR, "percent": D(10)}, "target"),
    ({"job_class": JobClass.MINOR}, "amount"),
    ({"job_class": JobClass.MINOR, "percent": D(10), "fixed_amount": D(5)}, "amount"),
    ({"job_class": JobClass.MINOR, "percent": D(101)}, "percent"),
    ({"job_class": JobClass.MINOR, "fixed_amount": D(0)}, "fixed_amount"),
    ({"operation_code": "NOPE", "percent": D(10)}, "target"),
])
def test_a_bad_rule_is_refused_next_to_its_field(walk: Walk, kwargs: dict[str, object], field: str) -> None:
    with pytest.raises(DomainError) as refused:
        walk(Role.OWNER, commission.set_rule, **kwargs)
    assert refused.value.field == field
    assert walk.read(commission.rules_in_force) == []


def test_the_policy_is_kept_and_audited(walk: Walk, db: Database) -> None:
    assert walk.read(commission.policy) == Policy(FreeLines.NONE, Comebacks.CLAW_BACK)
    walk(Role.OWNER, commission.set_policy, Policy(FreeLines.LIST, Comebacks.NONE))
    assert walk.read(commission.policy) == Policy(FreeLines.LIST, Comebacks.NONE)
    with db.session_scope() as session:
        assert session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.after.like("%commission_%"))) == 2


# --- who worked a line -------------------------------------------------------------------------------------------

def test_a_line_dispatched_to_two_mechanics_shows_both_and_a_new_dispatch_forgets_them(walk: Walk) -> None:
    walk.at(START)
    order_id = receive(walk)
    labour = (estimate.LabourDraft(name="剎車檢修", standard_hours="2.0", rate="100", coefficient="1"),)
    walk(Role.ADVISOR, estimate.save_estimate, order_id, estimate.EstimateDraft("診斷", labour, (), notify_above="500",
                                                                          may_replace_found_parts=True))
    walk(Role.ADVISOR, estimate.confirm, order_id, customer_name="林志明")
    line_id = walk.read(work_order.ticket_view, order_id, at=walk.now).labour[0].id
    wang, li = walk.people["王師傅"], walk.people["李師傅"]  # type: ignore[index]
    with pytest.raises(DomainError) as refused:
        walk(Role.FOREMAN, commission.dispatch_workers, order_id, line_id, "一組", [(wang, 1), (wang, 1)])
    assert refused.value.field == "workers"
    with pytest.raises(DomainError) as bad_share:
        walk(Role.FOREMAN, commission.dispatch_workers, order_id, line_id, "一組", [(wang, 0), (li, 1)])
    assert bad_share.value.field == "share"
    with pytest.raises(PermissionRefused):
        walk(Role.CASHIER, commission.dispatch_workers, order_id, line_id, "一組", [(wang, 1), (li, 1)])
    view = walk(Role.FOREMAN, commission.dispatch_workers, order_id, line_id, "一組", [(li, 3), (wang, 2)])
    assert view.labour[0].mechanic == "李師傅 + 王師傅" and view.labour[0].mechanic_id == li
    assert [(w.name, w.share) for w in walk.read(commission.workers_of, line_id)] == [("李師傅", 3), ("王師傅", 2)]
    slip = walk.read(documents.dispatch_slip_docs, order_id, at=walk.now)[0]
    assert slip.lines[0].mechanic == "李師傅、王師傅"  # the 派工單 names both
    view = walk(Role.FOREMAN, order_actions.undo_dispatch, order_id, line_id)  # taken back: nobody works it
    assert view.labour[0].mechanic == "" and walk.read(commission.workers_of, line_id) == []
    walk(Role.FOREMAN, commission.dispatch_workers, order_id, line_id, "一組", [(li, 1), (wang, 1)])
    view = walk(Role.FOREMAN, work_order.dispatch, order_id, line_id, "一組", wang)
    assert view.labour[0].mechanic == "王師傅"
    assert [(w.name, w.share) for w in walk.read(commission.workers_of, line_id)] == [("王師傅", 1)]


# --- the month --------------------------------------------------------------------------------------------------

def test_each_mechanic_gets_their_share_of_commission_hours_sold_and_hours_clocked(walk: Walk) -> None:
    standard_rules(walk)
    job(walk, TWO_LINES)
    assert rows(walk) == [
        # 09:00 → 12:00 a third of the time
        ("李師傅", "2. 剎車檢修", D("0.3333"), 1, D("0.66"), D("1.00"), D("6.66")),
        # the operation's fixed ¥20 wins over the job class's 10 %; 09:00 → 10:30 while line 2 was open too
        ("王師傅", "1. 更換機油機濾", D(1), 1, D("1.00"), D("0.75"), D("20.00")),
        # 10 % of ¥200 split 2 : 1, the cent left over to the lead; (0.75 h + 1.5 h alone) × 2/3
        ("王師傅", "2. 剎車檢修", D("0.6667"), 1, D("1.34"), D("1.50"), D("13.34")),
    ]
    figures = commission.by_mechanic(walk.read(month_report.month_report, NOVEMBER).commission)
    assert [(m.mechanic, m.lines, m.hours_sold, m.hours_clocked, m.efficiency, m.commission) for m in figures] == [
        ("李師傅", 1, D("0.66"), D("1.00"), D("0.6600"), D("6.66")),
        ("王師傅", 2, D("2.34"), D("2.25"), D("1.0400"), D("33.34"))]
    report = walk.read(month_report.month_report, NOVEMBER)
    assert sum(r.hours_sold for r in report.commission) == sum(r.hours for r in report.labour)  # the 工時 sheet


def test_a_line_without_a_rule_earns_nothing_and_says_so(walk: Walk) -> None:
    walk.at(START - timedelta(days=1))
    walk(Role.OWNER, commission.set_rule, operation_code="BY01", fixed_amount=D("20.00"))
    job(walk, TWO_LINES)
    found = walk.read(month_report.month_report, NOVEMBER).commission
    assert [(r.mechanic, r.commission, r.note) for r in found if r.line == "2. 剎車檢修"] == [
        ("李師傅", D("0.00"), commission.NOTE_NO_RULE), ("王師傅", D("0.00"), commission.NOTE_NO_RULE)]


def test_the_rule_in_force_at_settlement_counts_not_a_later_change(walk: Walk) -> None:
    standard_rules(walk)
    job(walk, TWO_LINES)
    walk.at(START + timedelta(days=2))
    walk(Role.OWNER, commission.set_rule, job_class=JobClass.MINOR, percent=D(50))
    walk(Role.OWNER, commission.set_rule, operation_code="BY01", fixed_amount=D(99))
    assert sum(r[6] for r in rows(walk)) == D("40.00")


def test_free_lines_follow_the_owners_rule(walk: Walk) -> None:
    standard_rules(walk)
    job(walk, TWO_LINES, free={2})
    assert [(r[0], r[6]) for r in rows(walk) if r[1] == "2. 剎車檢修"] == [("李師傅", D("0.00")),
                                                                          ("王師傅", D("0.00"))]
    walk.at(START + timedelta(days=3))
    walk(Role.OWNER, commission.set_policy, Policy(FreeLines.LIST, Comebacks.CLAW_BACK))
    # counted as if charged at the price it had (¥200)
    assert [(r[0], r[6]) for r in rows(walk) if r[1] == "2. 剎車檢修"] == [("李師傅", D("6.66")),
                                                                          ("王師傅", D("13.34"))]


def test_a_free_comeback_takes_the_original_jobs_commission_back(walk: Walk) -> None:
    standard_rules(walk)
    original = job(walk, TWO_LINES)
    job(walk, (("", "剎車異響複查", "0.5", (("李師傅", 1),)),), comeback_of=original, day=3)
    found = walk.read(month_report.month_report, NOVEMBER, at=datetime(2026, 11, 30, 18)).commission
    back = [(r.mechanic, r.order_no, r.lines, r.commission, r.note_order) for r in found
            if r.note == commission.NOTE_TAKEN_BACK]
    comeback_no = next(r.order_no for r in found if r.note == commission.NOTE_COMEBACK)
    original_no = next(r.order_no for r in found if r.line == "1. 更換機油機濾" and r.commission > 0)
    assert sorted(back) == sorted([("李師傅", original_no, 0, D("-6.66"), comeback_no),
                                   ("王師傅", original_no, 0, D("-20.00"), comeback_no),
                                   ("王師傅", original_no, 0, D("-13.34"), comeback_no)])
    # the comeback's own line earns nothing, its hours still count
    assert [(r.mechanic, r.hours_sold, r.commission) for r in found if r.note == commission.NOTE_COMEBACK] == [
        ("李師傅", D("0.50"), D("0.00"))]
    assert sum(m.commission for m in commission.by_mechanic(found)) == D("0.00")


def test_comebacks_paid_or_not_taken_back_by_the_owners_rule(walk: Walk) -> None:
    standard_rules(walk)
    walk(Role.OWNER, commission.set_policy, Policy(FreeLines.NONE, Comebacks.PAY))
    original = job(walk, TWO_LINES)
    job(walk, (("BY01", "", "1.0", (("李師傅", 1),)),), comeback_of=original, day=3)
    found = walk.read(month_report.month_report, NOVEMBER, at=datetime(2026, 11, 30, 18)).commission
    assert not [r for r in found if r.note == commission.NOTE_TAKEN_BACK]
    # a free comeback is charged ¥0: a percentage pays nothing, the operation's fixed amount still pays
    assert [(r.mechanic, r.commission) for r in found if r.note == commission.NOTE_COMEBACK] == [
        ("李師傅", D("20.00"))]


# --- the workbook ------------------------------------------------------------------------------------------------

def test_the_commission_sheet_has_a_totals_row_per_mechanic(walk: Walk, tmp_path: Path) -> None:
    standard_rules(walk)
    job(walk, TWO_LINES)
    report = walk.read(month_report.month_report, NOVEMBER)
    table = next(t for t in sheet_tables(report) if t.key == "Commission")
    assert len(table.rows) == 3
    book = load_workbook(save_month_workbook(report, tmp_path / "m.xlsx"))
    sheet = book["技師提成"]
    assert [c.value for c in sheet[1]][:6] == ["維修工", "工單號", "結算時間", "維修項目", "分配比例", "項目數"]
    totals = {row[0]: row for row in sheet.iter_rows(min_row=5, values_only=True)}
    # lines, hours sold, hours clocked, efficiency, commission
    assert totals["小計 王師傅"][5:9] == (2, 2.34, 2.25, pytest.approx(1.04, abs=1e-4))
    assert totals["小計 王師傅"][10] == 33.34
    assert totals["小計 李師傅"][10] == 6.66
    assert totals["合計"][5] == 3 and totals["合計"][10] == 40
    # and a sheet of each mechanic's own, after the owner's overview: their lines and the same total
    assert sorted(book.sheetnames[-2:]) == sorted(["技師提成 王師傅", "技師提成 李師傅"])
    own = list(book["技師提成 王師傅"].iter_rows(min_row=2, values_only=True))
    assert [row[0] for row in own] == ["王師傅", "王師傅", "合計"]
    assert own[-1][5:9] == (2, 2.34, 2.25, pytest.approx(1.04, abs=1e-4)) and own[-1][10] == 33.34
    assert [row[10] for row in book["技師提成 李師傅"].iter_rows(min_row=2, values_only=True)] == [6.66, 6.66]


def test_the_commission_sheet_in_english(walk: Walk, tmp_path: Path) -> None:
    standard_rules(walk)
    job(walk, TWO_LINES)
    report = walk.read(month_report.month_report, NOVEMBER)
    book = load_workbook(save_month_workbook(report, tmp_path / "en.xlsx", language="en"))
    headers = [c.value for c in book["Commission"][1]]
    assert headers[-4:] == ["Efficiency (sold ÷ clocked)", "Commission base", "Commission earned", "Note"]


def test_amounts_typed_are_read_and_a_typo_is_refused_next_to_its_field(walk: Walk) -> None:
    view = walk(Role.OWNER, commission.set_rule, job_class="medium", percent="12.5", fixed_amount="")
    assert (view.percent, view.fixed_amount) == (D("12.5"), None)
    view = walk(Role.OWNER, commission.set_rule, operation_code="BY01", percent=" ", fixed_amount="¥30")
    assert (view.percent, view.fixed_amount) == (None, D("30.00"))
    with pytest.raises(DomainError) as refused:
        walk(Role.OWNER, commission.set_rule, job_class="major", percent="1O")
    assert refused.value.field == "percent"
