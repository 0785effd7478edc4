"""The window is locked for an operator with a PIN: at start-up (the remembered operator's PIN before anything
else) and after the garage's idle time; unlocking takes that PIN or another operator; nothing typed is lost."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from garage_desktop.db.engine import Database
from garage_desktop.domain.classes import Role
from garage_desktop.domain.text import DomainError
from garage_desktop.services import pins, settings
from garage_desktop.ui import main_window as main_window_module
from garage_desktop.ui.app import show_main_window
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.main_window import MainWindow


@pytest.fixture
def cashier_pin(db: Database, people: dict[Role, int]) -> int:
    cashier = people[Role.CASHIER]
    with db.session_scope() as session:
        pins.set_pin(session, cashier, cashier, "2468")
    return cashier


@pytest.fixture
def remembered(qapp) -> Iterator[QSettings]:  # type: ignore[no-untyped-def]
    stored = QSettings()
    yield stored
    stored.remove("last_operator")


def type_pin(qtbot: QtBot, window: MainWindow, pin: str) -> None:
    edit = window.lock_screen.ui.pinEdit
    assert edit.isEnabled()
    qtbot.keyClicks(edit, pin)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_start_up_asks_the_remembered_operators_pin_and_refuses_a_wrong_one(
        qtbot: QtBot, db: Database, cashier_pin: int, remembered: QSettings, tmp_path: Path) -> None:
    remembered.setValue("last_operator", cashier_pin)
    ctx, window = show_main_window(db)
    qtbot.addWidget(window)
    assert ctx.operator_id == cashier_pin
    assert window.is_locked()
    assert not window.ui.tabs.isVisible()  # the board and the customers' names are hidden too
    assert "陳收銀" in window.lock_screen.ui.whoLabel.text()
    # Nothing but the lock screen answers: no menu, no shortcut, no operator switch.
    assert not window.menuBar().isEnabled()
    assert not window.ui.actionSetPin.isEnabled() and not window.ui.actionQuit.isEnabled()
    assert not window.operator_button.isEnabled()
    assert not any(action.isEnabled() for action in window.actions())
    window.set_db_file(tmp_path / "garage.sqlite3")  # as run_window does, behind the lock screen
    assert not window.ui.actionBackupNow.isEnabled()

    type_pin(qtbot, window, "1357")
    assert window.is_locked()
    assert "not right" in window.lock_screen.ui.messageLabel.text()
    assert window.lock_screen.ui.pinEdit.text() == ""

    type_pin(qtbot, window, "2468")
    assert not window.is_locked()
    assert window.ui.tabs.isVisible()
    assert ctx.operator_id == cashier_pin
    assert window.menuBar().isEnabled() and window.ui.actionSetPin.isEnabled()
    assert window.ui.actionBackupNow.isEnabled()
    assert all(action.isEnabled() for action in window.actions())


def test_someone_else_may_choose_themselves_at_the_lock_screen(
        qtbot: QtBot, db: Database, people: dict, cashier_pin: int, remembered: QSettings) -> None:
    remembered.setValue("last_operator", cashier_pin)
    ctx, window = show_main_window(db)
    qtbot.addWidget(window)
    screen = window.lock_screen
    screen.ui.operatorCombo.setCurrentIndex(screen.ui.operatorCombo.findData(people[Role.ADVISOR]))
    assert not screen.ui.pinEdit.isEnabled()  # the advisor has no PIN
    qtbot.mouseClick(screen.ui.unlockButton, Qt.MouseButton.LeftButton)
    assert not window.is_locked()
    assert ctx.operator_id == people[Role.ADVISOR]
    assert int(QSettings().value("last_operator")) == people[Role.ADVISOR]
    assert not window.idle_lock_armed()  # nobody to protect: no idle lock


def test_an_operator_without_a_pin_starts_unlocked(qtbot: QtBot, db: Database, people: dict,
                                                    remembered: QSettings) -> None:
    remembered.setValue("last_operator", people[Role.ADVISOR])
    ctx, window = show_main_window(db)
    qtbot.addWidget(window)
    assert ctx.operator_id == people[Role.ADVISOR]
    assert not window.is_locked()
    assert not window.idle_lock_armed()


def test_the_lock_screen_states_the_wait_after_repeated_wrong_pins(
        qtbot: QtBot, db: Database, cashier_pin: int, remembered: QSettings) -> None:
    remembered.setValue("last_operator", cashier_pin)
    _ctx, window = show_main_window(db)
    qtbot.addWidget(window)
    for _ in range(3):
        type_pin(qtbot, window, "0000")
    assert "30 seconds" in window.lock_screen.ui.messageLabel.text()
    type_pin(qtbot, window, "2468")  # the right one, too early: not even checked
    assert window.is_locked()
    assert "seconds" in window.lock_screen.ui.messageLabel.text()


def test_the_window_locks_when_idle_and_keeps_what_was_typed(
        qtbot: QtBot, ctx: AppContext, cashier_pin: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(main_window_module, "MS_PER_MINUTE", 60)  # the default 5 "minutes": 0.3 s
    ctx.set_operator(cashier_pin)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    type_pin(qtbot, window, "2468")
    assert not window.is_locked() and window.idle_lock_armed()
    window.show_tab("intake")
    name_edit = window.tabs["intake"].ui.nameEdit
    name_edit.setFocus()
    qtbot.keyClicks(name_edit, "Lin")
    qtbot.wait(150)
    qtbot.keyClicks(name_edit, " Mei")  # input restarts the idle time
    assert not window.is_locked()
    qtbot.waitUntil(window.is_locked, timeout=5000)
    assert "陳收銀" in window.lock_screen.ui.whoLabel.text()
    assert not window.ui.tabs.isVisible()
    assert name_edit.text() == "Lin Mei"

    type_pin(qtbot, window, "2468")
    assert not window.is_locked()
    assert window.current_tab_key() == "intake"
    assert name_edit.text() == "Lin Mei"
    assert window.idle_lock_armed()


def test_the_idle_time_is_a_garage_setting_and_zero_means_never(
        qtbot: QtBot, ctx: AppContext, db: Database, people: dict, cashier_pin: int,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(main_window_module, "MS_PER_MINUTE", 60)
    ctx.set_operator(cashier_pin)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    type_pin(qtbot, window, "2468")
    assert window.idle_lock_armed()
    with db.session_scope() as session:
        settings.save(session, people[Role.OWNER], replace(settings.load(session), idle_lock_minutes=0))
    ctx.changed("settings")
    assert not window.idle_lock_armed()
    qtbot.wait(400)
    assert not window.is_locked()
    with db.session_scope() as session:
        settings.save(session, people[Role.OWNER], replace(settings.load(session), idle_lock_minutes=1))
    ctx.changed("settings")
    assert window.idle_lock_armed() and window._idle_timer.interval() == 60
    with db.session_scope() as session, pytest.raises(DomainError) as refused:
        settings.save(session, people[Role.OWNER], replace(settings.load(session), idle_lock_minutes=-1))
    assert refused.value.field == "idle_lock_minutes"


def test_the_owner_sets_the_idle_time_in_the_settings_tab(qtbot: QtBot, ctx: AppContext, people: dict) -> None:
    from garage_desktop.ui.tabs.settings_tab import SettingsTab

    ctx.set_operator(people[Role.OWNER])
    tab = SettingsTab(ctx)
    qtbot.addWidget(tab)
    assert tab.ui.idleLockSpin.value() == 5
    tab.ui.idleLockSpin.setValue(0)
    assert tab.ui.idleLockSpin.text() == tab.ui.idleLockSpin.specialValueText()  # "never"
    tab.save()
    assert ctx.read(settings.load).idle_lock_minutes == 0


def test_the_idle_lock_waits_for_an_open_question(qtbot: QtBot, ctx: AppContext, cashier_pin: int,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Hiding a modal question would cancel it; the lock comes once it is answered and the PC is idle."""
    monkeypatch.setattr(main_window_module, "MS_PER_MINUTE", 40)
    ctx.set_operator(cashier_pin)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    type_pin(qtbot, window, "2468")
    box = QMessageBox(QMessageBox.Icon.Question, "?", "Remove it?", parent=window)
    box.setWindowModality(Qt.WindowModality.ApplicationModal)
    box.show()  # shown, not exec'd: the test goes on
    qtbot.wait(500)
    assert not window.is_locked()
    box.close()
    qtbot.waitUntil(window.is_locked, timeout=5000)


def test_switching_after_repeated_wrong_pins_states_the_wait(qtbot: QtBot, ctx: AppContext, cashier_pin: int,
                                                              people: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    ctx.set_operator(people[Role.ADVISOR])
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    warnings: list[str] = []
    monkeypatch.setattr(main_window_module, "ask_pin", lambda parent, name: "0000")
    monkeypatch.setattr(main_window_module.QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    for _ in range(3):
        assert not window.switch_operator(cashier_pin)
    assert "30 seconds" in warnings[-1]
    monkeypatch.setattr(main_window_module, "ask_pin", lambda parent, name: "2468")
    assert not window.switch_operator(cashier_pin)  # the right PIN, too early
    assert "seconds" in warnings[-1]
    assert ctx.operator_id == people[Role.ADVISOR]
