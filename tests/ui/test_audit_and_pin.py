"""The audit trail screen (owner only, filtered) and switching to an operator who has a PIN."""

from __future__ import annotations

from datetime import datetime

import pytest
from pytestqt.qtbot import QtBot

from garage_desktop.domain.classes import Role
from garage_desktop.services import clock, operators, pins
from garage_desktop.ui import main_window as main_window_module
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.dialogs.audit_dialog import AuditDialog
from garage_desktop.ui.main_window import MainWindow


def test_owner_reads_the_audit_trail_filtered_by_person(qtbot: QtBot, ctx: AppContext, people: dict) -> None:
    clock.set_fixed(datetime(2026, 11, 28, 10, 0))
    owner = people[Role.OWNER]
    ctx.set_operator(owner)
    ctx.call(operators.save_operator, None, "新來的", Role.ADVISOR)
    dialog = AuditDialog(ctx)
    qtbot.addWidget(dialog)
    texts = [dialog.ui.eventTable.item(r, 6).text() for r in range(dialog.ui.eventTable.rowCount())]
    assert any("新來的" in t for t in texts)
    row = next(r for r, t in enumerate(texts) if "新來的" in t)
    # In words, not the stored codes ("create", "operator").
    assert dialog.ui.eventTable.item(row, 4).text() == "Created"
    assert dialog.ui.eventTable.item(row, 3).text().startswith("Operator #")
    dialog.ui.personCombo.setCurrentIndex(dialog.ui.personCombo.findData(people[Role.CASHIER]))
    dialog.reload()
    assert dialog.ui.eventTable.rowCount() == 0


def test_other_roles_are_told_who_may_read_it(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = AuditDialog(ctx)  # the fixture's operator is the advisor
    qtbot.addWidget(dialog)
    assert dialog.ui.eventTable.rowCount() == 0
    assert dialog.ui.messageLabel.text()  # the refusal, in the UI language


@pytest.mark.parametrize(("typed", "switched"), [("2468", True), ("1111", False), (None, False)])
def test_switching_to_a_person_with_a_pin_asks_for_it(qtbot: QtBot, ctx: AppContext, people: dict,
                                                       monkeypatch: pytest.MonkeyPatch, typed: str | None,
                                                       switched: bool) -> None:
    cashier = people[Role.CASHIER]
    ctx.set_operator(cashier)
    ctx.call(pins.set_pin, cashier, "2468")
    ctx.set_operator(people[Role.ADVISOR])
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    monkeypatch.setattr(main_window_module, "ask_pin", lambda parent, name: typed)
    monkeypatch.setattr(main_window_module.QMessageBox, "warning", lambda *args: None)
    assert window.switch_operator(cashier) is switched
    assert ctx.operator_id == (cashier if switched else people[Role.ADVISOR])


def test_a_stage_change_reads_as_the_stages_moved_between(qapp) -> None:  # type: ignore[no-untyped-def]
    from garage_desktop.domain.lifecycle import STATUS_LABELS, OrderStatus
    from garage_desktop.ui.dialogs.audit_dialog import _stage

    assert _stage('"in_repair"') == STATUS_LABELS[OrderStatus.IN_REPAIR]
    assert _stage("qc_pending") == STATUS_LABELS[OrderStatus.QC_PENDING]
    assert _stage('{"total": "120.00"}') == '{"total": "120.00"}'  # not a stage: as stored


def test_a_changed_record_reads_as_its_fields(qapp) -> None:  # type: ignore[no-untyped-def]
    from garage_desktop.ui.dialogs.audit_dialog import readable

    assert readable('{"name": "周淑芬", "role": "cashier", "team": null}') == "name: 周淑芬 · role: cashier · team: —"
    assert readable('{"lines": [1, 2], "ok": true}') == "lines: [1, 2] · ok: true"
    assert readable("2026-11-28 17:00:00") == "2026-11-28 17:00:00"  # not JSON: as stored
    assert readable('"qc_pending"') == '"qc_pending"'


def test_the_audit_trail_reads_a_page_at_a_time(qtbot: QtBot, ctx: AppContext, people: dict,  # type: ignore[no-untyped-def]
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 20: years of events are read a page at a time, the next page when the list is scrolled to its end."""
    from garage_desktop.services import audit_query

    clock.set_fixed(datetime(2026, 11, 28, 10, 0))
    ctx.set_operator(people[Role.OWNER])
    monkeypatch.setattr(audit_query, "PAGE", 4)
    for number in range(10):
        ctx.call(pins.set_pin, people[Role.CASHIER], f"{2460 + number}")
    dialog = AuditDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.ui.eventTable
    total = dialog.total
    assert total >= 10 and table.rowCount() == 4 and dialog.has_more()
    assert "4" in dialog.ui.messageLabel.text() and str(total) in dialog.ui.messageLabel.text()
    newest = [table.item(r, 0).text() for r in range(4)]
    assert newest == sorted(newest, reverse=True)
    while dialog.has_more():
        bar = table.verticalScrollBar()
        bar.setValue(bar.maximum())  # scrolled to the end: the next page
        if bar.maximum() == 0:  # everything fits: no scroll bar to move
            dialog.more()
    assert table.rowCount() == total
    shown = [dialog.rows[r].key for r in range(total)]
    assert shown == sorted(shown, reverse=True) and len(set(shown)) == total  # none twice, none left out


def test_closing_the_audit_trail_leaves_no_screen_alive(qtbot: QtBot, ctx: AppContext, people: dict) -> None:
    """Issue 20: five times opened from the menu and closed, and no audit trail screen is left behind."""
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    ctx.set_operator(people[Role.OWNER])
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()

    def alive() -> int:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        return sum(isinstance(widget, AuditDialog) for widget in QApplication.topLevelWidgets())

    for _ in range(5):
        window.ui.actionAudit.trigger()
        window.ui.actionAudit.trigger()  # asked again while open: the same screen comes forward
        assert alive() == 1
        next(w for w in QApplication.topLevelWidgets() if isinstance(w, AuditDialog)).close()
    assert alive() == 0
