"""The Settings tab as the owner and as an advisor: saving, bad input, model classes, operators, permissions."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from garage_desktop.domain.classes import Role
from garage_desktop.domain.pricing import HourUnit
from garage_desktop.domain.text import DomainError
from garage_desktop.services import model_classes, operators, settings
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.dialogs.operator_dialog import OperatorDialog, OperatorDraft
from garage_desktop.ui.tabs.settings_tab import CLASS_COLUMNS, SettingsTab


@pytest.fixture
def owner_ctx(ctx: AppContext, people: dict[Role, int]) -> AppContext:
    ctx.set_operator(people[Role.OWNER])
    return ctx


def open_tab(qtbot, ctx: AppContext) -> SettingsTab:  # type: ignore[no-untyped-def]
    tab = SettingsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


@pytest.fixture
def tab(qtbot, owner_ctx: AppContext) -> SettingsTab:  # type: ignore[no-untyped-def]
    return open_tab(qtbot, owner_ctx)


def type_into_cell(qtbot, tab: SettingsTab, row: int, column: int, text: str) -> None:  # type: ignore[no-untyped-def]
    """Open the cell's editor as F2 would, type, and press Enter."""
    table = tab.ui.modelClassTable
    editing = QAbstractItemView.State.EditingState
    if not (table.state() == editing and table.currentRow() == row and table.currentColumn() == column):
        item = table.item(row, column)
        table.setCurrentItem(item)
        table.editItem(item)
    editor = table.indexWidget(table.model().index(row, column))  # the open editor of that cell
    assert isinstance(editor, QLineEdit) and editor.isVisible()
    editor.setText(text)  # Chinese cannot go through keyClicks
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != editing)  # the delegate commits on the next event loop turn


def test_the_owner_changes_the_rate_and_name_and_they_persist(qtbot, tab: SettingsTab,
                                                              owner_ctx: AppContext) -> None:
    assert tab.windowTitle() in ("Settings", tab.tr("Settings"))
    assert tab.ui.hourlyRateEdit.text() == "100.00"
    assert tab.ui.taxRateEdit.text() == "13"
    assert not tab.ui.revertButton.isEnabled()
    tab.ui.garageNameEdit.setText("林記汽車維修")
    tab.ui.hourlyRateEdit.setText("")
    qtbot.keyClicks(tab.ui.hourlyRateEdit, "120.5")
    tab.ui.taxRateEdit.setText("3")
    tab.ui.hourUnitCombo.setCurrentIndex(tab.ui.hourUnitCombo.findData(HourUnit.FIVE_MINUTES.value))
    tab.ui.baysSpin.setValue(6)
    assert tab.ui.revertButton.isEnabled()
    with qtbot.waitSignal(owner_ctx.data_changed) as notice:
        qtbot.mouseClick(tab.ui.saveButton, Qt.MouseButton.LeftButton)
    assert notice.args == [frozenset({"settings"})]
    assert tab.ui.savedLabel.isVisible()

    stored = owner_ctx.read(settings.load)
    assert stored.garage_name == "林記汽車維修"
    assert stored.hourly_rate == Decimal("120.50")
    assert stored.tax_rate == Decimal("0.03")
    assert stored.hour_unit is HourUnit.FIVE_MINUTES
    assert stored.bays == 6
    reopened = open_tab(qtbot, owner_ctx)
    assert reopened.ui.garageNameEdit.text() == "林記汽車維修"
    assert reopened.ui.hourlyRateEdit.text() == "120.50"
    assert reopened.ui.taxRateEdit.text() == "3"


def test_ctrl_s_saves(qtbot, tab: SettingsTab, owner_ctx: AppContext) -> None:
    tab.ui.garagePhoneEdit.setText("010-88886666")
    tab.activateWindow()
    tab.ui.garagePhoneEdit.setFocus()
    qtbot.keyClick(tab.ui.garagePhoneEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: owner_ctx.read(settings.load).garage_phone == "010-88886666")


def test_a_bad_rate_is_shown_beside_it_and_nothing_typed_is_lost(qtbot, tab: SettingsTab,
                                                                 owner_ctx: AppContext) -> None:
    tab.ui.garageNameEdit.setText("林記汽車維修")
    tab.ui.garageAddressEdit.setText("北京市朝陽區建國路 88 號")
    tab.ui.hourlyRateEdit.setText("abc")
    tab.ui.taxRateEdit.setText("150")
    qtbot.mouseClick(tab.ui.saveButton, Qt.MouseButton.LeftButton)

    assert tab.ui.hourlyRateError.isVisible()
    assert "abc" in tab.ui.hourlyRateError.text()
    assert tab.ui.taxRateError.isVisible()  # every unreadable number is shown at once
    assert not tab.ui.garageNameError.isVisible()
    assert tab.ui.hourlyRateEdit.hasFocus()
    assert tab.ui.hourlyRateEdit.text() == "abc"
    assert tab.ui.garageNameEdit.text() == "林記汽車維修"
    assert tab.ui.garageAddressEdit.text() == "北京市朝陽區建國路 88 號"
    assert not tab.ui.savedLabel.isVisible()
    assert owner_ctx.read(settings.load).garage_name == settings.DEFAULTS.garage_name

    # A rule of the service (closing before opening) lands beside its own field too.
    tab.ui.hourlyRateEdit.setText("110")
    tab.ui.taxRateEdit.setText("13")
    tab.ui.closingTimeEdit.setTime(tab.ui.openingTimeEdit.time())
    qtbot.mouseClick(tab.ui.saveButton, Qt.MouseButton.LeftButton)
    assert not tab.ui.hourlyRateError.isVisible()
    assert tab.ui.closingTimeError.isVisible()
    assert tab.ui.garageNameEdit.text() == "林記汽車維修"

    # Revert brings back what is stored.
    qtbot.mouseClick(tab.ui.revertButton, Qt.MouseButton.LeftButton)
    assert tab.ui.garageNameEdit.text() == settings.DEFAULTS.garage_name
    assert not tab.ui.closingTimeError.isVisible()


def test_the_owner_adds_a_model_class_in_the_table(qtbot, tab: SettingsTab, owner_ctx: AppContext) -> None:
    table = tab.ui.modelClassTable
    before = table.rowCount()
    qtbot.mouseClick(tab.ui.addClassButton, Qt.MouseButton.LeftButton)
    assert table.rowCount() == before + 1
    row = before
    type_into_cell(qtbot, tab, row, CLASS_COLUMNS["name"], "皮卡 / 輕卡")
    stored = {c.name: c for c in owner_ctx.read(model_classes.list_classes)}
    assert stored["皮卡 / 輕卡"].coefficient == Decimal("1.000")  # saved as soon as it has a name

    type_into_cell(qtbot, tab, row, CLASS_COLUMNS["coefficient"], "1.25")
    stored = {c.name: c for c in owner_ctx.read(model_classes.list_classes)}
    assert stored["皮卡 / 輕卡"].coefficient == Decimal("1.25")
    assert table.item(row, CLASS_COLUMNS["coefficient"]).text() == "1.25"

    # Out of range: refused under the table, the typed value stays for correcting.
    type_into_cell(qtbot, tab, row, CLASS_COLUMNS["coefficient"], "9")
    assert tab.ui.modelClassError.isVisible()
    assert "5.0" in tab.ui.modelClassError.text()
    assert table.item(row, CLASS_COLUMNS["coefficient"]).text() == "9"
    stored = {c.name: c for c in owner_ctx.read(model_classes.list_classes)}
    assert stored["皮卡 / 輕卡"].coefficient == Decimal("1.25")


def test_removing_a_model_class(qtbot, tab: SettingsTab, owner_ctx: AppContext,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(SettingsTab, "confirm_remove_class", lambda self, name: asked.append(name) or True)
    table = tab.ui.modelClassTable
    last = table.rowCount() - 1
    name = table.item(last, CLASS_COLUMNS["name"]).text()
    table.setCurrentCell(last, CLASS_COLUMNS["name"])
    qtbot.mouseClick(tab.ui.removeClassButton, Qt.MouseButton.LeftButton)
    assert asked == [name]
    assert name not in {c.name for c in owner_ctx.read(model_classes.list_classes)}
    assert table.rowCount() == last


def test_the_owner_adds_an_operator_through_the_dialog(qtbot, tab: SettingsTab, owner_ctx: AppContext,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    answers = [OperatorDraft("王小明", frozenset({Role.FOREMAN}), "二組", True),  # the advisor's name: refused
               OperatorDraft("周師傅", frozenset({Role.FOREMAN, Role.INSPECTOR}), "二組", True)]
    calls: list[tuple[OperatorDraft, DomainError | None]] = []

    def ask(parent, draft, *, adding, error=None):  # type: ignore[no-untyped-def]
        assert adding
        calls.append((draft, error))
        return answers.pop(0)

    monkeypatch.setattr(OperatorDialog, "ask", ask)
    with qtbot.waitSignal(owner_ctx.data_changed) as notice:
        qtbot.mouseClick(tab.ui.addOperatorButton, Qt.MouseButton.LeftButton)
    assert notice.args == [frozenset({"operators"})]
    # The refusal reopened the dialog with what was typed and the message for the name field.
    assert calls[1][0].name == "王小明" and calls[1][1] is not None and calls[1][1].field == "name"
    people = {p.name: p for p in owner_ctx.read(operators.list_operators)}
    assert people["周師傅"].roles == {Role.FOREMAN, Role.INSPECTOR} and people["周師傅"].team == "二組"
    table = tab.ui.operatorTable
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert "周師傅" in names
    assert table.item(table.currentRow(), 0).text() == "周師傅"
    assert table.item(table.currentRow(), 1).text() == "Inspector, Foreman"  # the garage's order


def test_the_owner_retires_an_operator(qtbot, tab: SettingsTab, owner_ctx: AppContext, people: dict,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(OperatorDialog, "ask",
                        lambda parent, draft, *, adding, error=None: OperatorDraft(
                            draft.name, draft.roles, draft.team, False))
    table = tab.ui.operatorTable
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "趙庫管")
    table.selectRow(row)
    qtbot.mouseClick(tab.ui.editOperatorButton, Qt.MouseButton.LeftButton)
    assert owner_ctx.read(operators.get_operator, people[Role.STORE]).active is False
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "趙庫管")
    assert table.item(row, 3).text() == tab.tr("No (left)")


def test_an_advisor_sees_the_settings_but_cannot_change_them(qtbot, ctx: AppContext,
                                                             people: dict[Role, int]) -> None:
    tab = open_tab(qtbot, ctx)  # the ctx fixture's operator is the advisor
    reason = tab.tr("Only the owner changes settings")
    assert tab.ui.garageNameEdit.text() == settings.DEFAULTS.garage_name
    for widget in (tab.ui.saveButton, tab.ui.hourlyRateEdit, tab.ui.addClassButton, tab.ui.addOperatorButton):
        assert not widget.isEnabled()
        assert widget.toolTip() == reason
    assert tab.ui.ownerOnlyLabel.isVisible()
    tab.ui.modelClassTable.setCurrentCell(0, 0)
    assert tab.ui.modelClassTable.editTriggers() == tab.ui.modelClassTable.EditTrigger.NoEditTriggers

    ctx.set_operator(people[Role.OWNER])  # switching to the owner unlocks the tab
    assert tab.ui.saveButton.isEnabled()
    assert tab.ui.saveButton.toolTip() != reason
    assert not tab.ui.ownerOnlyLabel.isVisible()


def test_the_tab_reloads_when_settings_change_elsewhere(qtbot, tab: SettingsTab, owner_ctx: AppContext,
                                                        people: dict[Role, int]) -> None:
    current = owner_ctx.read(settings.load)
    owner_ctx.call(settings.save, settings_replace(current, garage_name="新名字"))
    owner_ctx.call(model_classes.save_class, None, "大客車", Decimal("1.8"), "")
    tab.on_data_changed(frozenset({"settings"}))
    assert tab.ui.garageNameEdit.text() == "新名字"
    names = [tab.ui.modelClassTable.item(r, 0).text() for r in range(tab.ui.modelClassTable.rowCount())]
    assert "大客車" in names


def settings_replace(values: settings.GarageSettings, **changes: object) -> settings.GarageSettings:
    from dataclasses import replace

    return replace(values, **changes)  # type: ignore[arg-type]


def test_screenshot(qtbot, tab: SettingsTab) -> None:
    folder = Path("/tmp/shots")
    folder.mkdir(exist_ok=True)
    assert tab.grab().save(str(folder / "settings_tab.png"))


def test_owner_sets_the_backup_folder(qtbot, ctx, people, monkeypatch, tmp_path) -> None:
    from garage_desktop.domain.classes import Role
    from garage_desktop.services import settings as settings_service
    from garage_desktop.ui.tabs import settings_tab as module

    ctx.set_operator(people[Role.OWNER])
    tab = module.SettingsTab(ctx)
    qtbot.addWidget(tab)
    monkeypatch.setattr(module, "ask_folder", lambda parent, current: str(tmp_path / "usb"))
    tab.ui.backupFolderButton.click()
    tab.save()
    assert ctx.read(settings_service.load).backup_folder == str(tmp_path / "usb")


def test_the_operator_dialog_ticks_a_box_per_role(qtbot) -> None:
    """Issue 14: a person holds several roles, a check box each; "Owner" ticks (and fixes) every other box, and
    unticking it gives back the boxes as they were."""
    dialog = OperatorDialog(None, OperatorDraft("王嘉欣", frozenset({Role.ADVISOR, Role.CASHIER})), adding=False)
    qtbot.addWidget(dialog)
    checks = dialog.role_checks
    assert [role for role, box in checks.items() if box.isChecked()] == [Role.ADVISOR, Role.CASHIER]
    qtbot.mouseClick(checks[Role.STORE], Qt.MouseButton.LeftButton)  # she runs the store too
    assert dialog.draft().roles == {Role.ADVISOR, Role.STORE, Role.CASHIER}
    checks[Role.OWNER].setChecked(True)
    assert all(box.isChecked() for box in checks.values())
    assert not any(box.isEnabled() for role, box in checks.items() if role is not Role.OWNER)
    assert dialog.draft().roles == {Role.OWNER}
    checks[Role.OWNER].setChecked(False)
    assert dialog.draft().roles == {Role.ADVISOR, Role.STORE, Role.CASHIER}
    for box in checks.values():
        box.setChecked(False)
    assert dialog.draft().roles == frozenset()  # the service refuses it beside the boxes
    dialog.errors.show(DomainError("Tick at least one role for the person.", field="roles"))
    assert dialog.ui.roleError.text()


def test_an_owner_opens_with_every_box_ticked(qtbot) -> None:
    dialog = OperatorDialog(None, OperatorDraft("店主", frozenset({Role.OWNER})), adding=False)
    qtbot.addWidget(dialog)
    assert all(box.isChecked() for box in dialog.role_checks.values())
    dialog.role_checks[Role.OWNER].setChecked(False)  # stepping back: nothing else ticked by itself
    assert dialog.draft().roles == frozenset()
