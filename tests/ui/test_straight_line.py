"""Issue 14, the straight line: after a stage's last action a "Next: …" button takes the order to the next tab;
every tab has a key; forms show all their field errors after one click; the status bar counts the follow-up
calls due and says how old the last backup is; and the small fixes (an empty estimate cannot be confirmed, QC
does not assume the customer was told, an added item's line is named for the work, the unissued-parts message
is all in the window's language)."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from garage_desktop.db.engine import Database
from garage_desktop.db.models import Customer, LabourLine, RepairOrder, Vehicle
from garage_desktop.domain.classes import JobClass, Payer, RegulatoryClass, Role
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.qc import Result
from garage_desktop.services import clock, estimate, work_order
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.main_window import MainWindow
from garage_desktop.ui.navigation import TAB_KEYS
from garage_desktop.ui.tabs import estimate_tab
from tests.integration.test_qc import NOW, make_qc_order
from tests.ui.test_estimate_tab import add_lines
from tests.ui.test_estimate_tab import order_id as received_order  # noqa: F401 - a fixture

SHOTS = Path("/tmp/shots/straight_line")
S = OrderStatus
TAB_KEYS_PRESSED = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5, Qt.Key.Key_6,
                    Qt.Key.Key_7, Qt.Key.Key_8, Qt.Key.Key_9, Qt.Key.Key_0, Qt.Key.Key_Minus, Qt.Key.Key_Equal]


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    clock.set_fixed(NOW)
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.resize(1366, 700)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    main.refresh_status()  # read shortly after start-up in the program
    return main


def shot(window: MainWindow, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.resize(1366, 768)
    QApplication.processEvents()
    window.grab().save(str(SHOTS / f"{name}.png"))


def click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def shown(button: QPushButton) -> str:
    """A button's text as the user reads it ("&&" shows one "&")."""
    return button.text().replace("&&", "&")


def next_button(window: MainWindow, key: str) -> QWidget:
    return window.tabs[key].next_step


# --- 1. the straight line ------------------------------------------------------------------------------------
def test_after_the_customer_confirms_next_dispatch_opens_the_work_ticket(
        qtbot: QtBot, window: MainWindow, ctx: AppContext, received_order: int,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    window.open_order(received_order)
    assert window.current_tab_key() == "estimate"
    tab = window.tabs["estimate"]
    ui = tab.ui
    assert not tab.next_step.isVisible()  # nothing done yet
    add_lines(tab, qtbot)
    qtbot.mouseClick(ui.mayReplaceYes, Qt.MouseButton.LeftButton)
    click(qtbot, ui.saveButton)
    assert not tab.next_step.isVisible()  # estimated, not confirmed: the stage is not done
    monkeypatch.setattr(estimate_tab, "ask_customer_name", lambda *args: "林志明")
    click(qtbot, ui.confirmButton)
    assert tab.view.status is S.CONFIRMED
    assert tab.next_step.isVisible() and shown(tab.next_step) == "Next: Work ticket →"
    assert tab.next_step.hasFocus()  # Enter goes on
    shot(window, "estimate_confirmed_next")
    click(qtbot, tab.next_step)
    assert window.current_tab_key() == "work_ticket" and ctx.current_order_id == received_order
    ticket = window.tabs["work_ticket"]
    assert ticket.ui.pages.currentWidget() is ticket.ui.ticketPage and ticket.ticket.order_id == received_order


def test_a_received_walk_in_goes_on_to_the_estimate(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    window.show_tab("intake")
    ui = window.tabs["intake"].ui
    ui.nameEdit.setText("陳美玲")
    ui.phoneEdit.setText("13912345678")
    ui.plateEdit.setText("京A12345")
    ui.mileageEdit.setText("12000")
    ui.complaintEdit.setPlainText("空調不冷")
    intake_next = next_button(window, "intake")
    assert not intake_next.isVisible()
    click(qtbot, ui.receiveButton)
    assert intake_next.isVisible() and shown(intake_next) == "Next: Estimate →" and intake_next.hasFocus()
    shot(window, "intake_received_next")
    qtbot.keyClick(intake_next, Qt.Key.Key_Space)
    assert window.current_tab_key() == "estimate"
    assert window.tabs["estimate"].view is not None and window.tabs["estimate"].view.plate == "京A12345"
    window.tabs["intake"].clear_form()  # a new walk-in: no next step
    assert not intake_next.isVisible()


def test_one_order_from_repair_finished_to_the_follow_up_call(qtbot: QtBot, window: MainWindow, ctx: AppContext,
                                                               db: Database, people: dict) -> None:
    order_id = make_qc_order(db, status=S.IN_REPAIR)

    # 完工: the foreman reports the repair finished → final QC
    ctx.set_operator(people[Role.FOREMAN])
    window.open_order(order_id)
    assert window.current_tab_key() == "work_ticket"
    ticket = window.tabs["work_ticket"]
    assert not ticket.next_step.isVisible()
    click(qtbot, ticket.ui.reportButton)
    assert ticket.next_step.isVisible() and shown(ticket.next_step) == "Next: Final QC →"
    shot(window, "work_ticket_next_qc")
    click(qtbot, ticket.next_step)
    assert window.current_tab_key() == "qc" and ctx.current_order_id == order_id

    # 總檢 passed → settlement
    ctx.set_operator(people[Role.INSPECTOR])
    qc_tab = window.tabs["qc"]
    assert qc_tab.ui.pages.currentWidget() is qc_tab.ui.orderPage and not qc_tab.next_step.isVisible()
    qc_tab.all_unanswered_pass()
    qc_tab.ui.noNewDamageCheck.setChecked(True)
    click(qtbot, qc_tab.ui.passButton)
    assert qc_tab.next_step.isVisible() and shown(qc_tab.next_step) == "Next: Settlement & delivery →"
    shot(window, "qc_passed_next")
    click(qtbot, qc_tab.next_step)
    assert window.current_tab_key() == "checkout" and ctx.current_order_id == order_id

    # 結算: paid in full → the handover page comes forward by itself; from the payment page, "Next: Handover"
    ctx.set_operator(people[Role.CASHIER])
    checkout = window.tabs["checkout"]
    ui = checkout.ui
    assert not checkout.next_step.isVisible()
    click(qtbot, ui.payButton)
    assert checkout.state.status is S.SETTLED
    assert ui.actionTabs.currentWidget() is ui.handoverTab and not checkout.next_step.isVisible()
    ui.actionTabs.setCurrentWidget(ui.paymentTab)
    assert checkout.next_step.isVisible() and shown(checkout.next_step) == "Next: Handover →"
    shot(window, "settled_next_handover")
    click(qtbot, checkout.next_step)
    assert ui.actionTabs.currentWidget() is ui.handoverTab and ui.workExplainedCheck.hasFocus()

    # 交車 → the follow-up call
    ctx.set_operator(people[Role.ADVISOR])
    click(qtbot, ui.deliverButton)
    assert checkout.state.status is S.DELIVERED
    assert checkout.next_step.isVisible() and shown(checkout.next_step) == "Next: Follow-up →"
    shot(window, "delivered_next_followup")
    click(qtbot, checkout.next_step)
    assert window.current_tab_key() == "followup"
    followup = window.tabs["followup"]
    fui = followup.ui
    assert fui.actionPages.currentWidget() is fui.callPage and followup.chosen == ("call", order_id)

    # 回訪: reached and satisfied → back to the board, no order chosen
    fui.reachedRadio.setChecked(True)
    fui.satisfactionCombo.setCurrentIndex(fui.satisfactionCombo.findData(5))
    click(qtbot, fui.recordButton)
    assert followup.next_step.isVisible() and shown(followup.next_step) == "Next: Workshop board →"
    click(qtbot, followup.next_step)
    assert window.current_tab_key() == "board" and ctx.current_order_id is None


def test_a_failed_qc_goes_back_to_the_work_ticket(qtbot: QtBot, window: MainWindow, ctx: AppContext,
                                                  db: Database, people: dict) -> None:
    order_id = make_qc_order(db)
    ctx.set_operator(people[Role.INSPECTOR])
    window.open_order(order_id)
    qc_tab = window.tabs["qc"]
    qc_tab.all_unanswered_pass()
    first_line = qc_tab.view.lines[0].key
    qc_tab.set_result(Result.FAIL, [first_line])
    qc_tab.ui.noNewDamageCheck.setChecked(True)
    qc_tab.ui.reworkNoteEdit.setText("機油加多了")
    click(qtbot, qc_tab.ui.failButton)
    assert qc_tab.next_step.isVisible() and shown(qc_tab.next_step) == "Next: Work ticket →"


def test_every_line_dispatched_with_parts_to_issue_points_to_the_store(qtbot: QtBot, window: MainWindow,
                                                                       ctx: AppContext, db: Database,
                                                                       people: dict) -> None:
    order_id = make_qc_order(db, status=S.IN_REPAIR, finished=False, parts_issued=False)
    ctx.set_operator(people[Role.FOREMAN])
    window.open_order(order_id)
    ticket = window.tabs["work_ticket"]
    assert ticket.next_step.isVisible() and shown(ticket.next_step) == "Next: Parts →"
    shot(window, "work_ticket_next_parts")
    click(qtbot, ticket.next_step)
    assert window.current_tab_key() == "parts"
    parts = window.tabs["parts"]
    assert parts.view is not None and parts.view.order_id == order_id
    assert not parts.next_step.isVisible()  # the filter is not issued yet


# --- 2. every tab by keyboard --------------------------------------------------------------------------------
def test_every_tab_has_a_key_shown_in_its_tooltip_and_the_go_menu(qtbot: QtBot, window: MainWindow) -> None:
    tabs = window.ui.tabs
    assert tabs.count() == len(TAB_KEYS) == 12
    for index, key in enumerate(TAB_KEYS_PRESSED):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.AltModifier)
        assert tabs.currentIndex() == index, index
    assert window.current_tab_key() == "settings"
    assert "Alt+0" in tabs.tabToolTip(9) and "Alt+-" in tabs.tabToolTip(10) and "Alt+=" in tabs.tabToolTip(11)
    assert tabs.tabToolTip(0) == "Workshop board (Alt+1)"
    assert tabs.tabToolTip(7) == "Settlement & delivery (Alt+8)"
    qtbot.keyClick(window, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)  # the last → round to the first
    assert window.current_tab_key() == "board"
    qtbot.keyClick(window, Qt.Key.Key_Backtab,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.current_tab_key() == "settings"
    menu = window.go_menu
    entries = [(a.text(), a.shortcut().toString()) for a in menu.actions() if not a.isSeparator()]
    assert entries[0] == ("Workshop board", "Alt+1") and entries[11] == ("Settings", "Alt+=")
    assert entries[12:] == [("Next tab", "Ctrl+Tab"), ("Previous tab", "Ctrl+Shift+Tab"), ("Card desk…", "")]
    assert menu.menuAction() in window.menuBar().actions()
    window.lock()  # locked: the keys do nothing
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert window.current_tab_key() == "settings"


# --- 3. all field errors at once -----------------------------------------------------------------------------
def test_intake_shows_every_bad_field_after_one_click(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    window.show_tab("intake")
    tab = window.tabs["intake"]
    ui = tab.ui
    ui.nameEdit.setText("")  # no name
    ui.phoneEdit.setText("138-x")  # not a phone number
    ui.plateEdit.setText("粵B12345")
    ui.vinEdit.setText("LSVAU2180N218329")  # 16 characters
    ui.mileageEdit.setText("45,23x")  # not a number
    ui.complaintEdit.setPlainText("   ")  # no complaint
    click(qtbot, ui.receiveButton)
    shown = {name: tab.errors.labels[name] for name in ("name", "phone", "vin", "mileage", "complaint")}
    assert all(label.isVisible() and label.text() for label in shown.values()), \
        {name: label.text() for name, label in shown.items()}
    assert "name" in shown["name"].text() and "complaint" in shown["complaint"].text()
    assert ui.nameEdit.hasFocus()  # the first, top to bottom
    assert ui.phoneEdit.text() == "138-x" and ui.mileageEdit.text() == "45,23x"  # nothing typed is lost
    assert not ui.resultLabel.text() and ctx.current_order_id is None
    shot(window, "intake_all_errors")


def test_a_booking_with_three_bad_fields_shows_three_messages(qtbot: QtBot, window: MainWindow) -> None:
    window.show_tab("appointments")
    tab = window.tabs["appointments"]
    ui = tab.ui
    ui.startTimeEdit.setTime(QTime(8, 30))  # NOW is 15:00: in the past
    ui.contactNameEdit.setText("")
    ui.contactPhoneEdit.setText("123")
    ui.plateEdit.setText("")
    click(qtbot, ui.bookButton)
    for label in (ui.start_atError, ui.contact_nameError, ui.contact_phoneError):
        assert label.isVisible() and label.text(), label.objectName()
    assert "past" in ui.start_atError.text() and "name" in ui.contact_nameError.text()
    assert ui.bookingTable.rowCount() == 0 and ui.contactPhoneEdit.text() == "123"
    shot(window, "booking_all_errors")


# --- 4. small fixes ------------------------------------------------------------------------------------------
def test_an_empty_estimate_cannot_be_confirmed(qtbot: QtBot, window: MainWindow, ctx: AppContext,
                                               received_order: int) -> None:  # noqa: F811
    window.open_order(received_order)
    tab = window.tabs["estimate"]
    ui = tab.ui
    ui.diagnosisEdit.setPlainText("只檢查")
    ui.mayReplaceNo.setChecked(True)
    click(qtbot, ui.saveButton)  # saved without lines
    assert tab.view.status is S.ESTIMATED
    assert not ui.confirmButton.isEnabled()
    assert ui.confirmButton.toolTip() == estimate.NO_LINES  # the service's own refusal, as a tooltip
    add_lines(tab, qtbot)  # typed, not saved yet: confirming saves first
    assert ui.confirmButton.isEnabled()
    for model, table in ((tab.labour_model, ui.labourTable), (tab.parts_model, ui.partTable)):
        while model.rowCount():
            table.setCurrentIndex(model.index(0, 0))
            tab._remove(table, model)
    assert not ui.confirmButton.isEnabled()


def test_a_pass_does_not_record_a_call_nobody_made(qtbot: QtBot, window: MainWindow, ctx: AppContext,
                                                   db: Database, people: dict) -> None:
    order_id = make_qc_order(db)
    ctx.set_operator(people[Role.INSPECTOR])
    window.open_order(order_id)
    qc_tab = window.tabs["qc"]
    ui = qc_tab.ui
    assert not ui.customerToldCheck.isChecked()
    qc_tab.all_unanswered_pass()
    ui.noNewDamageCheck.setChecked(True)
    click(qtbot, ui.passButton)
    with db.session_scope() as session:
        assert session.get(RepairOrder, order_id).customer_told_at is None
    assert 'Press "Customer told"' in ui.resultLabel.text()
    assert ui.tellButton.isVisible()  # the call is recorded when it is made


def test_an_added_items_labour_line_is_named_for_the_work(qtbot: QtBot, window: MainWindow, ctx: AppContext,
                                                          db: Database, people: dict) -> None:
    order_id = make_qc_order(db, status=S.IN_REPAIR, finished=False)
    ctx.set_operator(people[Role.INSPECTOR])
    window.open_order(order_id)
    tab = window.tabs["work_ticket"]
    panel = tab.panel.ui
    panel.descriptionEdit.setText("剎車油含水量 3%，建議更換")
    panel.labourHoursEdit.setText("0.5")
    click(qtbot, panel.proposeButton)  # no work named: refused beside the work field
    assert panel.workNameError.isVisible() and "work to be done" in panel.workNameError.text()
    assert panel.descriptionEdit.text() == "剎車油含水量 3%，建議更換"
    panel.workNameEdit.setText("更換剎車油")
    shot(window, "added_work_named")
    click(qtbot, panel.proposeButton)
    added = [line for line in tab.ticket.labour if line.added]
    assert [line.name for line in added] == ["更換剎車油"]
    assert tab.panel.ticket.proposals[0].description == "剎車油含水量 3%，建議更換"  # the finding stays the reason
    names = [tab.ui.labourTable.item(row, 1).text() for row in range(tab.ui.labourTable.rowCount())]
    assert "更換剎車油 [added]" in names


def test_the_unissued_parts_message_is_all_in_the_windows_language(qapp: QApplication, db: Database,
                                                                    people: dict) -> None:
    from garage_desktop.domain.text import DomainError
    from garage_desktop.ui.appearance import install_translation
    from garage_desktop.ui.errors import error_text

    order_id = make_qc_order(db, status=S.IN_REPAIR, parts_issued=False)
    with db.session_scope() as session, pytest.raises(DomainError) as refused:
        work_order.report_finished(session, people[Role.FOREMAN], order_id)
    assert "never issued" in refused.value.english()  # the log and the command line read English
    install_translation(qapp, "zh_TW")
    try:
        shown = error_text(refused.value)
    finally:
        install_translation(qapp, "en")
    assert "機油濾清器" in shown
    assert not any(word in shown for word in ("planned", "never", "issued")), shown


# --- 5. the status bar ---------------------------------------------------------------------------------------
def _delivered(db: Database, delivered_at: datetime, plate: str) -> int:
    with db.session_scope() as session:
        person = Customer(name="王先生", phone="13900000000", created_at=delivered_at)
        car = Vehicle(customer=person, plate=plate, make="豐田", model="卡羅拉", created_at=delivered_at)
        order = RepairOrder(order_no=f"WO-{plate}", status=S.DELIVERED, customer=person, vehicle=car,
                            job_class=JobClass.MINOR, regulatory_class=RegulatoryClass.MINOR_REPAIR,
                            payer=Payer.SELF, complaint="保養", created_at=delivered_at,
                            updated_at=delivered_at, delivered_at=delivered_at)
        session.add(order)
        session.add(LabourLine(order=order, seq=1, name="更換機油", standard_hours=Decimal(1), rate=Decimal(100),
                               coefficient=Decimal(1), amount=Decimal(100), payer=Payer.SELF))
        session.flush()
        return order.id


def test_the_status_bar_counts_the_calls_due_and_opens_the_follow_up_tab(qtbot: QtBot, window: MainWindow,
                                                                          ctx: AppContext, db: Database) -> None:
    status = window.followup_status
    assert status.isVisible() and status.text() == "Follow-up calls due: 0"
    for days, plate in ((2, "粵B00001"), (3, "粵B00002"), (5, "粵B00003"), (1, "粵B00004")):  # the last: not due yet
        _delivered(db, NOW - timedelta(days=days), plate)
    ctx.changed("orders")
    assert status.text() == "Follow-up calls due: 3" and "bold" in status.styleSheet()
    from garage_desktop.services import followup

    assert len(ctx.read(followup.calls_due, NOW)) == 3  # the count agrees with the list
    click(qtbot, status)
    assert window.current_tab_key() == "followup"
    assert window.tabs["followup"].ui.dueList.topLevelItemCount() == 3
    shot(window, "status_bar")


def test_the_status_bar_says_how_old_the_last_backup_is(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    label = window.backup_status
    assert not label.isVisible()  # a server database, or none: its backups are not this PC's
    db_file = tmp_path / "garage.sqlite3"
    db_file.write_bytes(b"")
    backups = tmp_path / "backups"
    backups.mkdir()
    window.set_db_file(db_file)
    assert label.isVisible() and label.text() == "No backup yet" and "#b26a00" in label.styleSheet()
    (backups / f"garage-{NOW - timedelta(hours=2, minutes=5):%Y%m%d-%H%M%S}.sqlite3").write_bytes(b"x")
    window.refresh_backup_status()
    assert label.text() == "Last backup 2 hour(s) ago" and "#b26a00" not in label.styleSheet()
    assert "2026-11-28 12:55" in label.toolTip()
    clock.set_fixed(NOW + timedelta(days=1, hours=3))
    window.refresh_backup_status()
    assert label.text() == "No backup for 1 day(s)" and "#b26a00" in label.styleSheet()
    shot(window, "status_bar_backup_old")
    (backups / f"garage-{NOW + timedelta(days=1, hours=2, minutes=50):%Y%m%d-%H%M%S}.sqlite3").write_bytes(b"x")
    window.refresh_backup_status()
    assert label.text() == "Last backup 10 minute(s) ago"
    window.set_db_file(None)
    assert not label.isVisible()
