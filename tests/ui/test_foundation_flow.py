"""Issue 2's walk through the real main window: book an appointment, the car arrives, the intake turns it into
a numbered repair order for a new customer and vehicle, and the order appears on the workshop board. And a
bad VIN is refused beside its field while everything else typed stays."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt, QTime
from pytestqt.qtbot import QtBot

from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.services import clock, orders
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.main_window import MainWindow

NOW = datetime(2026, 11, 28, 9, 0)
VIN = "LSVAU2180N2183294"  # a valid check digit


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    clock.set_fixed(NOW)
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    return main


def test_book_arrive_receive_and_see_it_on_the_board(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    window.show_tab("appointments")
    booking = window.tabs["appointments"]
    booking.ui.startTimeEdit.setTime(QTime(10, 0))
    booking.ui.contactNameEdit.setText("林志明")
    qtbot.keyClicks(booking.ui.contactPhoneEdit, "13800138000")
    booking.ui.plateEdit.setText("粵B 12345")
    qtbot.mouseClick(booking.ui.bookButton, Qt.MouseButton.LeftButton)
    assert booking.ui.bookingTable.rowCount() == 1

    clock.set_fixed(datetime(2026, 11, 28, 10, 5))  # the car arrives
    booking.ui.bookingTable.selectRow(0)
    qtbot.mouseClick(booking.ui.arrivedButton, Qt.MouseButton.LeftButton)
    assert window.current_tab_key() == "intake"
    booked_id = ctx.current_order_id
    assert booked_id is not None

    intake = window.tabs["intake"].ui
    assert intake.nameEdit.text() == "林志明"  # pre-filled from the booking
    assert intake.plateEdit.text() == "粤B12345"
    intake.vinEdit.setText(VIN)
    intake.makeEdit.setText("比亞迪")
    intake.modelEdit.setText("秦PLUS")
    qtbot.keyClicks(intake.mileageEdit, "45230")
    intake.complaintEdit.setPlainText("剎車時方向盤抖動")
    qtbot.mouseClick(intake.receiveButton, Qt.MouseButton.LeftButton)

    summary = ctx.read(orders.summary, booked_id)
    assert summary is not None and summary.status is OrderStatus.RECEIVED
    assert summary.order_no == "WO20261128-001"
    assert summary.customer_name == "林志明" and summary.plate == "粤B12345"

    window.show_tab("board")
    board = window.tabs["board"]
    rows = [board.model.index(r, 0).data() for r in range(board.model.rowCount())]
    assert "WO20261128-001" in rows
    assert "WO20261128-001" in window.ui.currentOrderLabel.text()


def test_bad_vin_is_refused_beside_the_field_and_the_rest_is_kept(qtbot: QtBot, window: MainWindow,
                                                                  ctx: AppContext) -> None:
    window.show_tab("intake")
    intake = window.tabs["intake"].ui
    intake.nameEdit.setText("陳美玲")
    intake.phoneEdit.setText("13912345678")
    intake.plateEdit.setText("京A12345")
    intake.vinEdit.setText("LSVAU2180N218329")  # 16 characters
    intake.complaintEdit.setPlainText("空調不冷")
    qtbot.mouseClick(intake.receiveButton, Qt.MouseButton.LeftButton)

    assert intake.vinError.isVisible()
    assert "17" in intake.vinError.text()
    assert (intake.nameEdit.text(), intake.phoneEdit.text(), intake.plateEdit.text()) == (
        "陳美玲", "13912345678", "京A12345")
    assert intake.vinEdit.text() == "LSVAU2180N218329"
    assert intake.complaintEdit.toPlainText() == "空調不冷"
    assert ctx.read(orders.find_order_ids, "京A12345") == []


def test_operator_is_switched_from_the_status_bar(qtbot: QtBot, window: MainWindow, ctx: AppContext,
                                                  people: dict) -> None:
    from garage_desktop.domain.classes import Role

    button = window.operator_button
    assert "王小明" in button.text()  # the advisor of the fixture
    window._fill_operator_menu()  # what the first click (opening the menu) does
    actions = {a.text().split()[0]: a for a in window.operator_menu.actions()}
    actions["李檢驗"].trigger()  # the second click
    assert ctx.operator_id == people[Role.INSPECTOR]
    assert "李檢驗" in button.text()


def test_search_box_opens_an_order_by_plate(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    from garage_desktop.services import intake
    from garage_desktop.services.customers import CustomerForm, VehicleForm
    from garage_desktop.services.intake import IntakeForm

    result = ctx.call(intake.receive, IntakeForm(
        customer=CustomerForm(name="張偉", phone="13700000000"), vehicle=VehicleForm(plate="滬C54321"),
        mileage=30500, complaint="換機油", promised_at=datetime(2026, 11, 28, 17, 0)))
    window.ui.searchEdit.setText("c543")
    qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_Return)
    assert ctx.current_order_id == result.order_id
    assert result.order_no in window.ui.currentOrderLabel.text()
