"""提成 on screen: the owner's rules dialog from Settings, and a line given to several mechanics from the ticket."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from garage_desktop.domain.classes import Role
from garage_desktop.domain.commission import Comebacks, FreeLines
from garage_desktop.services import catalog, clock, commission, operators, work_order
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.dialogs.commission_rules_dialog import CommissionRulesDialog
from garage_desktop.ui.dialogs.line_mechanics_dialog import LineMechanicsDialog
from garage_desktop.ui.tabs.settings_tab import SettingsTab
from garage_desktop.ui.tabs.work_ticket_tab import WorkTicketTab
from tests.integration.test_work_order import make_confirmed_order

NOW = datetime(2026, 11, 28, 10, 0)
SHOTS = Path("/tmp/shots")


def _shot(widget: object, name: str, qtbot: QtBot) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    qtbot.wait(20)
    widget.grab().save(str(SHOTS / f"{name}.png"))  # type: ignore[attr-defined]


@pytest.fixture
def owner(ctx: AppContext, people: dict) -> AppContext:
    ctx.set_operator(people[Role.OWNER])
    ctx.call(catalog.save_operation, None, catalog.OperationDraft("BY01", "更換機油機濾", "", "1.0"))
    return ctx


def test_only_the_owner_opens_the_rules_from_settings(qtbot: QtBot, ctx: AppContext, people: dict,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    tab = SettingsTab(ctx)
    qtbot.addWidget(tab)
    assert not tab.commission_button.isEnabled() and "owner" in tab.commission_button.toolTip()
    ctx.set_operator(people[Role.OWNER])
    assert tab.commission_button.isEnabled()
    opened: list[QDialog] = []
    monkeypatch.setattr(CommissionRulesDialog, "exec", lambda self: opened.append(self) or 0)
    qtbot.mouseClick(tab.commission_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and opened[0].windowTitle() == "Commission rules"


def test_the_owner_sets_rules_and_a_typo_is_shown_next_to_the_amount(qtbot: QtBot, owner: AppContext) -> None:
    dialog = CommissionRulesDialog(owner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 0
    dialog.operation_combo.setCurrentIndex(dialog.operation_combo.findData("BY01"))
    dialog.percent_edit.setText("1O")
    qtbot.mouseClick(dialog.set_button, Qt.MouseButton.LeftButton)
    assert dialog.amount_error.isVisible() and dialog.amount_error.text()
    assert dialog.percent_edit.text() == "1O" and dialog.table.rowCount() == 0  # nothing typed is lost
    dialog.fixed_radio.setChecked(True)
    dialog.fixed_edit.setText("20")
    qtbot.mouseClick(dialog.set_button, Qt.MouseButton.LeftButton)
    assert not dialog.amount_error.isVisible()
    dialog.class_radio.setChecked(True)
    dialog.class_combo.setCurrentIndex(dialog.class_combo.findData("minor"))
    dialog.percent_radio.setChecked(True)
    dialog.percent_edit.setText("10")
    qtbot.mouseClick(dialog.set_button, Qt.MouseButton.LeftButton)
    shown = [(dialog.table.item(r, 0).text(), dialog.table.item(r, 1).text()) for r in range(dialog.table.rowCount())]
    assert shown == [("BY01 更換機油機濾", "¥20.00"), ("Job class: Minor repair", "10 % of the labour charge")]
    dialog.free_combo.setCurrentIndex(dialog.free_combo.findData("list"))
    dialog.comeback_combo.setCurrentIndex(dialog.comeback_combo.findData("pay"))
    qtbot.mouseClick(dialog.policy_button, Qt.MouseButton.LeftButton)
    assert owner.read(commission.policy).free_lines is FreeLines.LIST
    assert owner.read(commission.policy).comebacks is Comebacks.PAY
    _shot(dialog, "commission_rules", qtbot)
    dialog.table.selectRow(1)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 1
    assert [r.operation_code for r in owner.read(commission.rules_in_force)] == ["BY01"]


def test_a_line_goes_to_two_mechanics_from_the_ticket(qtbot: QtBot, ctx: AppContext, people: dict,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    clock.set_fixed(NOW)
    ctx.set_operator(people[Role.OWNER])
    helper = ctx.call(operators.save_operator, None, "李師傅", Role.FOREMAN, team="一組").id
    ctx.set_operator(people[Role.FOREMAN])
    order_id = make_confirmed_order(ctx.db)
    tab = WorkTicketTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1366, 720)
    tab.show()
    qtbot.waitExposed(tab)
    ctx.set_current_order(order_id)
    tab.on_current_order_changed(order_id)
    tab.ui.labourTable.selectRow(0)
    assert tab.mechanicsButton.isEnabled(), tab.mechanicsButton.toolTip()

    def tick_two(dialog: LineMechanicsDialog) -> int:
        dialog.show()
        assert dialog.workers() == []  # nobody yet
        dialog.check(helper, 1)
        dialog.check(people[Role.FOREMAN], 2)
        _shot(dialog, "line_mechanics", qtbot)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(LineMechanicsDialog, "exec", tick_two)
    qtbot.mouseClick(tab.mechanicsButton, Qt.MouseButton.LeftButton)
    line = tab.ticket.labour[0]  # type: ignore[union-attr]
    assert set(line.mechanic.split(" + ")) == {"張班長", "李師傅"}
    assert "dispatched to several mechanics" in tab.ui.resultLabel.text()
    workers = {w.name: w.share for w in ctx.read(commission.workers_of, line.id)}
    assert workers == {"張班長": 2, "李師傅": 1}
    _shot(tab, "work_ticket_two_mechanics", qtbot)


def test_the_mechanics_dialog_keeps_the_ticks_when_refused(qtbot: QtBot, ctx: AppContext, people: dict) -> None:
    clock.set_fixed(NOW)
    ctx.set_operator(people[Role.CASHIER])  # a cashier does not dispatch
    order_id = make_confirmed_order(ctx.db)
    line_id = ctx.read(work_order.ticket_view, order_id).labour[0].id
    dialog = LineMechanicsDialog(ctx, order_id, line_id, "1. 更換剎車片", "一組")
    qtbot.addWidget(dialog)
    dialog.check(people[Role.FOREMAN], 3)
    dialog.save()
    assert dialog.error_label.isVisibleTo(dialog) and dialog.error_label.text()
    assert dialog.workers() == [(people[Role.FOREMAN], 3)] and dialog.result() != QDialog.DialogCode.Accepted
