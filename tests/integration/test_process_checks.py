"""維修作業 3: the inspector's quality checks during the repair, shown at final QC, on the QC sheet and in the
vehicle's record."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from garage_desktop.db.engine import Database
from garage_desktop.db.models import AuditEvent, RepairOrder
from garage_desktop.domain.classes import Role
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.text import DomainError, PermissionRefused
from garage_desktop.services import clock, process_checks, qc, qc_documents, vehicle_history, work_order
from tests.integration.test_qc import NOW, full_form, make_qc_order, pdf_text, read, view_of
from tests.integration.test_work_order import call

S = OrderStatus


@pytest.fixture(autouse=True)
def fixed_clock() -> None:
    clock.set_fixed(NOW - timedelta(hours=2))  # 13:00: the lines were started at 11:00


def in_work(db: Database) -> tuple[int, list[int]]:
    """A car in repair whose two lines are started and not finished."""
    order_id = make_qc_order(db, finished=False, status=S.IN_REPAIR)
    return order_id, [line.id for line in view_of(db, order_id).lines]


def check(db: Database, people: dict, order_id: int, line_id: int, result: str = "ok", finding: str = "",
          action: str = "") -> process_checks.ProcessCheckView:
    return call(db, process_checks.record_check, people[Role.INSPECTOR], order_id, line_id, result, finding, action)


def test_the_inspector_records_ok_and_a_problem_with_what_was_done(db: Database, people: dict) -> None:
    order_id, (oil, brakes) = in_work(db)
    first = check(db, people, order_id, oil, "ok", "放油螺絲扭力已覆核")
    second = check(db, people, order_id, brakes, "problem", "剎車片導向銷缺潤滑", "已清潔並塗潤滑脂，複查正常")
    assert (first.line_label, first.result, first.inspector) == ("1. 更換機油", "ok", "李檢驗")
    assert second.problem and second.action == "已清潔並塗潤滑脂，複查正常"
    with db.session_scope() as session:
        actions = session.scalars(select(AuditEvent.action).where(AuditEvent.order_id == order_id)).all()
    assert actions.count("process_check") == 2


@pytest.mark.parametrize(("result", "finding", "action", "field"), [
    ("problem", "", "已重做", "finding"),
    ("problem", "螺絲未鎖緊", "  ", "action"),
    ("maybe", "", "", "result"),
])
def test_a_problem_needs_what_was_found_and_what_was_done(db: Database, people: dict, result: str, finding: str,
                                                          action: str, field: str) -> None:
    order_id, (oil, _brakes) = in_work(db)
    with pytest.raises(DomainError) as refused:
        check(db, people, order_id, oil, result, finding, action)
    assert refused.value.field == field
    assert read(db, process_checks.checks_of, order_id) == []


def test_only_a_line_being_worked_is_checked_and_only_by_the_inspector(db: Database, people: dict) -> None:
    order_id, (oil, brakes) = in_work(db)
    with pytest.raises(PermissionRefused):
        call(db, process_checks.record_check, people[Role.FOREMAN], order_id, oil, "ok", "", "")
    call(db, work_order.finish_line, people[Role.FOREMAN], order_id, oil)
    with pytest.raises(DomainError) as refused:
        check(db, people, order_id, oil)
    assert refused.value.message == process_checks.LINE_FINISHED
    not_started = make_qc_order(db, finished=False, status=S.DISPATCHED)
    line = view_of(db, not_started).lines[0].id
    with pytest.raises(DomainError) as refused:
        check(db, people, not_started, line)
    assert refused.value.message == process_checks.NOT_WORKED
    _other_order, (other_line, _) = in_work(db)
    with pytest.raises(DomainError) as refused:
        check(db, people, order_id, other_line)
    assert refused.value.message == process_checks.NO_LINE
    check(db, people, order_id, brakes)  # the line still in work is


def test_the_checks_show_at_final_qc_on_the_sheet_and_in_the_vehicle_record(db: Database, people: dict) -> None:
    from garage_desktop.printing.qc_sheet import render_qc_sheet
    from garage_desktop.printing.vehicle_record import render_vehicle_record

    order_id, (oil, brakes) = in_work(db)
    check(db, people, order_id, brakes, "problem", "剎車片導向銷缺潤滑", "已清潔並塗潤滑脂")
    for line in (oil, brakes):
        call(db, work_order.finish_line, people[Role.FOREMAN], order_id, line)
    call(db, work_order.report_finished, people[Role.FOREMAN], order_id)
    clock.set_fixed(NOW)
    view = view_of(db, order_id, people[Role.INSPECTOR])
    assert [(c.line_label, c.result) for c in view.process_checks] == [("2. 更換剎車片", "problem")]
    blank = read(db, qc_documents.qc_sheet_doc, order_id)
    assert [c.finding for c in blank.process_checks] == ["剎車片導向銷缺潤滑"]
    call(db, qc.pass_qc, people[Role.INSPECTOR], order_id, full_form(view))
    sheet = read(db, qc_documents.qc_sheet_doc, order_id)
    text = pdf_text(render_qc_sheet(sheet))
    for expected in ("維修過程檢驗", "發現問題", "剎車片導向銷缺潤滑", "處理：已清潔並塗潤滑脂"):
        assert expected in text, expected
    with db.session_scope() as session:
        vehicle_id = session.get(RepairOrder, order_id).vehicle_id
    history = read(db, vehicle_history.vehicle_history, vehicle_id)
    [visit] = history.orders
    assert [(c.line_label, c.action) for c in visit.process_checks] == [("2. 更換剎車片", "已清潔並塗潤滑脂")]
    record = pdf_text(render_vehicle_record(read(db, vehicle_history.record_doc, vehicle_id)))
    assert "剎車片導向銷缺潤滑" in record
