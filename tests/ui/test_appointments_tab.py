"""The appointments tab driven through its widgets: book, see the load change, errors beside fields, arrive."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from pytestqt.qtbot import QtBot

from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.services import appointments, clock
from garage_desktop.services.appointments import BookingForm
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.tabs.appointments_tab import AppointmentsTab

NOW = datetime(2026, 11, 28, 8, 40)  # Saturday morning, before the first car


@pytest.fixture
def tab(qtbot: QtBot, ctx: AppContext) -> AppointmentsTab:
    clock.set_fixed(NOW)
    widget = AppointmentsTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    return widget


def fill(qtbot: QtBot, tab: AppointmentsTab, *, hour: int = 10, minute: int = 0, name: str = "林志明",
         phone: str = "13800138000", plate: str = "京A12345") -> None:
    ui = tab.ui
    ui.startTimeEdit.setTime(QTime(hour, minute))
    ui.contactNameEdit.setText(name)  # Chinese text cannot be typed with keyClicks
    ui.contactPhoneEdit.clear()
    qtbot.keyClicks(ui.contactPhoneEdit, phone)
    ui.plateEdit.setText(plate)


def bar(tab: AppointmentsTab, label: str) -> int:
    return next(b.booked for b in tab.ui.loadChart.bars() if b.label == label)


def table_texts(tab: AppointmentsTab, column: int) -> list[str]:
    table = tab.ui.bookingTable
    return [table.item(r, column).text() for r in range(table.rowCount())]


def book_directly(ctx: AppContext, start: datetime, name: str = "王美玲") -> int:
    info = ctx.call(appointments.book, BookingForm(start_at=start, contact_name=name, plate="滬B88888"))
    ctx.changed("appointments")
    return info.appointment.order_id


def test_book_through_the_panel_and_see_the_load(qtbot: QtBot, tab: AppointmentsTab) -> None:
    assert tab.windowTitle() == "Appointments"
    assert tab.ui.bookingTable.rowCount() == 0 and bar(tab, "10:00") == 0
    fill(qtbot, tab, hour=10, minute=30)
    tab.ui.durationSpin.setValue(90)
    qtbot.mouseClick(tab.ui.bookButton, Qt.MouseButton.LeftButton)

    assert table_texts(tab, 2) == ["林志明"]
    assert table_texts(tab, 1) == ["10:30–12:00"]
    assert (bar(tab, "10:00"), bar(tab, "11:00"), bar(tab, "12:00")) == (1, 1, 0)
    assert "林志明" in tab.ui.resultLabel.text()
    assert tab.ui.contactNameEdit.text() == ""  # ready for the next caller
    assert "1 booking" in tab.ui.summaryLabel.text()


def test_enter_in_a_field_books(qtbot: QtBot, tab: AppointmentsTab) -> None:
    fill(qtbot, tab)
    qtbot.keyClick(tab.ui.contactPhoneEdit, Qt.Key.Key_Return)
    assert tab.ui.bookingTable.rowCount() == 1


def test_bad_phone_shows_beside_the_field_and_keeps_the_rest(qtbot: QtBot, tab: AppointmentsTab) -> None:
    fill(qtbot, tab, phone="call me")
    tab.ui.noteEdit.setText("剎車異響")
    qtbot.mouseClick(tab.ui.bookButton, Qt.MouseButton.LeftButton)

    error = tab.ui.contact_phoneError
    assert error.isVisible() and "phone" in error.text().lower()
    assert not tab.ui.contact_nameError.isVisible()
    assert (tab.ui.contactNameEdit.text(), tab.ui.contactPhoneEdit.text(), tab.ui.plateEdit.text(),
            tab.ui.noteEdit.text()) == ("林志明", "call me", "京A12345", "剎車異響")
    assert tab.ui.bookingTable.rowCount() == 0

    tab.ui.contactPhoneEdit.setText("138-0013-8000")
    qtbot.mouseClick(tab.ui.bookButton, Qt.MouseButton.LeftButton)
    assert not error.isVisible() and tab.ui.bookingTable.rowCount() == 1


def test_a_time_outside_opening_hours_is_shown_at_the_start_field(qtbot: QtBot, tab: AppointmentsTab) -> None:
    fill(qtbot, tab, hour=19)
    qtbot.mouseClick(tab.ui.bookButton, Qt.MouseButton.LeftButton)
    assert tab.ui.start_atError.isVisible() and "08:00" in tab.ui.start_atError.text()
    assert tab.ui.contactNameEdit.text() == "林志明"


def test_car_arrived_sets_the_current_order_and_asks_for_intake(qtbot: QtBot, tab: AppointmentsTab,
                                                               ctx: AppContext) -> None:
    order_id = book_directly(ctx, datetime(2026, 11, 28, 9, 0))
    tab.reload()
    tab.ui.bookingTable.selectRow(0)
    assert tab.ui.arrivedButton.isEnabled()
    with qtbot.waitSignal(ctx.show_tab_requested, timeout=1000) as blocker:
        qtbot.mouseClick(tab.ui.arrivedButton, Qt.MouseButton.LeftButton)
    assert blocker.args == ["intake"]
    assert ctx.current_order_id == order_id


def test_actions_need_a_selection_and_say_why(qtbot: QtBot, tab: AppointmentsTab, ctx: AppContext) -> None:
    book_directly(ctx, datetime(2026, 11, 28, 9, 0))
    tab.reload()
    assert not tab.ui.moveButton.isEnabled() and "Select" in tab.ui.moveButton.toolTip()
    tab.ui.bookingTable.selectRow(0)
    assert tab.ui.moveButton.isEnabled() and tab.ui.cancelButton.isEnabled()
    assert not tab.ui.noShowButton.isEnabled() and "not come yet" in tab.ui.noShowButton.toolTip()


def test_move_in_the_panel_then_back_to_the_draft(qtbot: QtBot, tab: AppointmentsTab, ctx: AppContext) -> None:
    book_directly(ctx, datetime(2026, 11, 28, 9, 0))
    tab.reload()
    tab.ui.contactNameEdit.setText("張偉")  # a new booking half typed
    tab.ui.startTimeEdit.setTime(QTime(15, 0))
    tab.ui.bookingTable.selectRow(0)
    qtbot.mouseClick(tab.ui.moveButton, Qt.MouseButton.LeftButton)
    assert tab.ui.applyMoveButton.isVisible() and not tab.ui.contactNameEdit.isVisible()
    assert tab.ui.startTimeEdit.time() == QTime(9, 0)

    tab.ui.startTimeEdit.setTime(QTime(7, 0))
    qtbot.mouseClick(tab.ui.applyMoveButton, Qt.MouseButton.LeftButton)
    assert tab.ui.start_atError.isVisible() and tab.ui.applyMoveButton.isVisible()

    tab.ui.startTimeEdit.setTime(QTime(14, 0))
    qtbot.mouseClick(tab.ui.applyMoveButton, Qt.MouseButton.LeftButton)
    assert table_texts(tab, 1) == ["14:00–15:00"]
    assert (bar(tab, "09:00"), bar(tab, "14:00")) == (0, 1)
    assert tab.ui.bookButton.isVisible()
    assert (tab.ui.contactNameEdit.text(), tab.ui.startTimeEdit.time()) == ("張偉", QTime(15, 0))


def test_cancel_asks_a_reason_and_frees_the_hour(qtbot: QtBot, tab: AppointmentsTab, ctx: AppContext,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    book_directly(ctx, datetime(2026, 11, 28, 9, 0))
    tab.reload()
    tab.ui.bookingTable.selectRow(0)
    monkeypatch.setattr(tab, "ask_cancel_reason", lambda row: "車已在別處修好")
    qtbot.mouseClick(tab.ui.cancelButton, Qt.MouseButton.LeftButton)
    assert bar(tab, "09:00") == 0
    assert table_texts(tab, 7) == ["Cancelled"]
    assert tab.ui.bookingTable.selectedItems()  # still selected, now with every action refused
    assert not tab.ui.moveButton.isEnabled() and "closed" in tab.ui.moveButton.toolTip()


def test_no_show_once_the_time_has_passed(qtbot: QtBot, tab: AppointmentsTab, ctx: AppContext,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    book_directly(ctx, datetime(2026, 11, 28, 9, 0))
    clock.set_fixed(datetime(2026, 11, 28, 10, 0))
    tab.reload()
    tab.ui.bookingTable.selectRow(0)
    monkeypatch.setattr(tab, "confirm_no_show", lambda row: True)
    qtbot.mouseClick(tab.ui.noShowButton, Qt.MouseButton.LeftButton)
    assert table_texts(tab, 7) == ["No-show"]


def test_week_view_cell_picks_the_day_and_hour(qtbot: QtBot, tab: AppointmentsTab, ctx: AppContext) -> None:
    book_directly(ctx, datetime(2026, 11, 29, 10, 30))
    qtbot.mouseClick(tab.ui.weekButton, Qt.MouseButton.LeftButton)
    grid = tab.ui.weekGrid
    assert (grid.rowCount(), grid.columnCount()) == (7, 10)
    assert grid.item(6, 2).text() == "1" and grid.item(6, 3).text() == "1"  # Sunday 10:00 and 11:00
    assert tab.ui.bookingTable.rowCount() == 1 and not tab.ui.bookingTable.isColumnHidden(0)
    rect = grid.visualItemRect(grid.item(6, 4))
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.ui.startDateEdit.date() == QDate(2026, 11, 29)
    assert tab.ui.startTimeEdit.time() == QTime(12, 0)


def test_chart_click_picks_the_hour(qtbot: QtBot, tab: AppointmentsTab) -> None:
    tab.ui.loadChart.hourClicked.emit(5)
    assert tab.ui.startTimeEdit.time() == QTime(13, 0)


def test_navigation_and_the_current_order(qtbot: QtBot, tab: AppointmentsTab, ctx: AppContext) -> None:
    order_id = book_directly(ctx, datetime(2026, 12, 2, 11, 0))
    qtbot.mouseClick(tab.ui.nextButton, Qt.MouseButton.LeftButton)
    assert tab.shown_day() == date(2026, 11, 29) and tab.ui.startDateEdit.date() == QDate(2026, 11, 29)
    ctx.set_current_order(order_id)
    tab.on_current_order_changed(order_id)
    assert tab.shown_day() == date(2026, 12, 2)
    row = tab.selected_row()
    assert row is not None and row.order_id == order_id and row.status is OrderStatus.BOOKED
    qtbot.mouseClick(tab.ui.todayButton, Qt.MouseButton.LeftButton)
    assert tab.shown_day() == date(2026, 11, 28)


def test_a_new_booking_stays_in_view_when_the_window_repeats_the_current_order(
        qtbot: QtBot, tab: AppointmentsTab, ctx: AppContext) -> None:
    """The main window re-sends the current order after every change; that must not pull the view away."""
    current = book_directly(ctx, datetime(2026, 11, 28, 9, 0))
    ctx.set_current_order(current)
    tab.on_current_order_changed(current)

    def relay(topics: frozenset[str]) -> None:  # what MainWindow._broadcast_change does
        tab.on_data_changed(topics)
        tab.on_current_order_changed(ctx.current_order_id)

    ctx.data_changed.connect(relay)
    tab.ui.startDateEdit.setDate(QDate(2026, 12, 2))
    fill(qtbot, tab, hour=11)
    qtbot.mouseClick(tab.ui.bookButton, Qt.MouseButton.LeftButton)
    assert tab.shown_day() == date(2026, 12, 2)
    row = tab.selected_row()
    assert row is not None and row.contact_name == "林志明"
