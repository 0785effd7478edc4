"""維修作業 3 on screen: the inspector checks a line being worked from the work ticket, and final QC shows it."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from garage_desktop.domain.classes import Role
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.services import clock, work_order
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.dialogs.process_check_dialog import ProcessCheckDialog
from garage_desktop.ui.tabs import work_ticket_tab
from garage_desktop.ui.tabs.qc_tab import QcTab
from garage_desktop.ui.tabs.work_ticket_tab import WorkTicketTab
from tests.integration.test_qc import NOW, make_qc_order
from tests.integration.test_work_order import call

S = OrderStatus
SHOTS = Path("/tmp/shots")


@pytest.fixture(autouse=True)
def _fixed_clock() -> None:
    clock.set_fixed(NOW - timedelta(hours=2))


def ticket_tab(qtbot: QtBot, ctx: AppContext, order_id: int) -> WorkTicketTab:
    ctx.set_current_order(order_id)
    tab = WorkTicketTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def test_the_inspector_checks_a_line_in_work_and_the_ticket_shows_it(qtbot: QtBot, ctx: AppContext,
                                                                       people: dict,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    order_id = make_qc_order(ctx.db, finished=False, status=S.IN_REPAIR)
    ctx.set_operator(people[Role.ADVISOR])
    tab = ticket_tab(qtbot, ctx, order_id)
    tab.ui.labourTable.selectRow(1)
    assert not tab.ui.checkButton.isEnabled()  # the advisor is no inspector: the button says who may
    assert "Inspector" in tab.ui.checkButton.toolTip()
    ctx.set_operator(people[Role.INSPECTOR])
    tab.ui.labourTable.selectRow(1)
    assert tab.ui.checkButton.isEnabled(), tab.ui.checkButton.toolTip()

    dialog = ProcessCheckDialog(ctx, order_id, tab.selected_line().id, "2. 更換剎車片", tab)  # type: ignore[union-attr]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.problem_radio.setChecked(True)
    dialog.finding_edit.setText("剎車片導向銷缺潤滑")
    dialog.ok_button.click()  # what was done is missing: said beside it, the finding stays
    assert dialog.result() == 0 and dialog.action_error.isVisible()
    assert dialog.finding_edit.text() == "剎車片導向銷缺潤滑"
    dialog.action_edit.setText("已清潔並塗潤滑脂")
    dialog.ok_button.click()
    assert dialog.result() == 1 and dialog.result_value is not None and dialog.result_value.problem

    monkeypatch.setattr(work_ticket_tab, "record_process_check", lambda *_args: dialog.result_value)
    tab.ui.checkButton.click()
    tab.ui.labourTable.selectRow(1)
    assert "剎車片導向銷缺潤滑" in tab.ui.checksLabel.text() and "已清潔並塗潤滑脂" in tab.ui.checksLabel.text()
    assert "Problem on line 2" in tab.ui.resultLabel.text()
    tab.ui.labourTable.selectRow(0)
    assert tab.ui.checksLabel.isHidden()  # the other line has no check
    SHOTS.mkdir(parents=True, exist_ok=True)
    tab.ui.labourTable.selectRow(1)
    tab.grab().save(str(SHOTS / "process_checks_ticket.png"))


def test_final_qc_shows_the_checks_made_during_the_repair(qtbot: QtBot, ctx: AppContext, people: dict) -> None:
    from garage_desktop.services import process_checks

    order_id = make_qc_order(ctx.db, finished=False, status=S.IN_REPAIR)
    with ctx.db.session_scope() as session:
        lines = [line.id for line in work_order.ticket_view(session, order_id).labour]
    call(ctx.db, process_checks.record_check, people[Role.INSPECTOR], order_id, lines[1], "problem",
         "剎車片導向銷缺潤滑", "已清潔並塗潤滑脂")
    call(ctx.db, process_checks.record_check, people[Role.INSPECTOR], order_id, lines[0], "ok", "", "")
    for line in lines:
        call(ctx.db, work_order.finish_line, people[Role.FOREMAN], order_id, line)
    call(ctx.db, work_order.report_finished, people[Role.FOREMAN], order_id)
    clock.set_fixed(NOW)
    ctx.set_operator(people[Role.INSPECTOR])
    ctx.set_current_order(order_id)
    tab = QcTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    text = tab.ui.statusLabel.text()
    assert "Checks during the repair: 1 OK, 1 problem(s)." in text
    assert "剎車片導向銷缺潤滑" in text and "已清潔並塗潤滑脂" in text
    SHOTS.mkdir(parents=True, exist_ok=True)
    tab.grab().save(str(SHOTS / "process_checks_qc.png"))


def test_the_vehicle_history_lists_the_checks_and_the_delay_call(qtbot: QtBot, ctx: AppContext, people: dict) -> None:
    from garage_desktop.db.models import RepairOrder
    from garage_desktop.services import delay_calls, process_checks
    from garage_desktop.ui.dialogs.vehicle_history_dialog import VehicleHistoryDialog

    order_id = make_qc_order(ctx.db, finished=False, status=S.IN_REPAIR)
    with ctx.db.session_scope() as session:
        line = work_order.ticket_view(session, order_id).labour[1].id
        vehicle_id = session.get(RepairOrder, order_id).vehicle_id
    call(ctx.db, process_checks.record_check, people[Role.INSPECTOR], order_id, line, "problem", "導向銷缺潤滑",
         "已塗潤滑脂")
    call(ctx.db, delay_calls.record_call, people[Role.ADVISOR], order_id, NOW - timedelta(hours=2), "phone", "林志明",
         "等原廠零件", NOW + timedelta(days=1))
    dialog = VehicleHistoryDialog(ctx, vehicle_id)
    qtbot.addWidget(dialog)
    visit = dialog.ui.ordersTree.topLevelItem(0)
    assert visit.isExpanded()  # the newest visit opens with the dialog
    texts = [visit.child(i).text(0) for i in range(visit.childCount())]
    assert any("導向銷缺潤滑" in t and "已塗潤滑脂" in t for t in texts)
    assert any("Delay announced" in t and "等原廠零件" in t for t in texts)
