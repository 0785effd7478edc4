"""The workshop board tab as the advisor sees it: cars, red and amber rows, opening an order, refreshing."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from garage_desktop.db.engine import Database
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.services import clock
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.models.board_model import (
    AT_RISK_BACKGROUND,
    CHOSEN_BACKGROUNDS,
    LATE_BACKGROUND,
    ORDER_ID_ROLE,
    Column,
)
from garage_desktop.ui.tabs.board_tab import REFRESH_INTERVAL_MS, BoardTab, fit_widths
from tests.integration.test_board import make_order

S = OrderStatus
NOW = datetime(2026, 11, 28, 14, 0)


@pytest.fixture
def cars(db: Database) -> dict[str, int]:
    clock.set_fixed(NOW)
    return {
        "ontime": make_order(db, S.RECEIVED, NOW + timedelta(hours=3), plate="豫A1C283", customer="劉洋"),
        "late": make_order(db, S.IN_REPAIR, NOW - timedelta(minutes=20), plate="滬B88K21", customer="陳美玲"),
        "risk": make_order(db, S.QC_PENDING, NOW + timedelta(minutes=25), plate="蘇E3M908", customer="周杰"),
        "ready": make_order(db, S.READY, NOW - timedelta(hours=1), plate="川A9H220", customer="孫麗華"),
        "gone": make_order(db, S.DELIVERED, NOW - timedelta(hours=1), plate="京A00001", customer="林志明"),
    }


@pytest.fixture
def tab(qtbot, ctx: AppContext, cars: dict[str, int]) -> BoardTab:  # type: ignore[no-untyped-def]
    widget = BoardTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown_ids(tab: BoardTab) -> list[int]:
    return [tab.proxy.index(r, 0).data(ORDER_ID_ROLE) for r in range(tab.proxy.rowCount())]


def view_index(tab: BoardTab, order_id: int, column: Column = Column.PLATE):  # type: ignore[no-untyped-def]
    row = shown_ids(tab).index(order_id)
    return tab.proxy.index(row, column)


def test_the_board_shows_the_cars_in_the_garage_late_first(tab: BoardTab, cars: dict[str, int]) -> None:
    assert tab.windowTitle() in ("Workshop board", tab.tr("Workshop board")) and tab.windowTitle()
    assert shown_ids(tab) == [cars["late"], cars["risk"], cars["ready"], cars["ontime"]]
    late = view_index(tab, cars["late"])
    assert late.data() == "滬B88K21"
    assert tab.proxy.index(late.row(), Column.CUSTOMER).data() == "陳美玲"
    assert "20" in tab.proxy.index(late.row(), Column.DUE).data()
    counters = (tab.ui.inShopValue.text(), tab.ui.lateValue.text(), tab.ui.atRiskValue.text(),
                tab.ui.qcValue.text(), tab.ui.readyValue.text())
    assert counters == ("4", "1", "1", "1", "1")


def test_late_rows_are_red_and_at_risk_rows_amber(tab: BoardTab, cars: dict[str, int]) -> None:
    late = view_index(tab, cars["late"], Column.STAGE)
    risk = view_index(tab, cars["risk"], Column.STAGE)
    ontime = view_index(tab, cars["ontime"], Column.STAGE)
    background = late.data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(background, QBrush) and background.color() == LATE_BACKGROUND
    assert risk.data(Qt.ItemDataRole.BackgroundRole).color() == AT_RISK_BACKGROUND
    assert ontime.data(Qt.ItemDataRole.BackgroundRole) is None
    assert "LATE" in late.data(Qt.ItemDataRole.ToolTipRole)
    assert "AT RISK" in risk.data(Qt.ItemDataRole.ToolTipRole)
    plate_font = view_index(tab, cars["ontime"]).data(Qt.ItemDataRole.FontRole)
    assert plate_font.bold() and plate_font.pointSizeF() > tab.ui.boardView.font().pointSizeF()


def test_a_picked_late_car_stays_red(qtbot, tab: BoardTab, cars: dict[str, int]) -> None:  # type: ignore[no-untyped-def]
    view = tab.ui.boardView
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(view_index(tab, cars["late"], Column.STAGE)).center())
    assert tab.selected_order_id() == cars["late"]
    picked = view_index(tab, cars["late"], Column.STAGE).data(Qt.ItemDataRole.BackgroundRole)
    assert picked.color() == CHOSEN_BACKGROUNDS["late"]  # a darker red, not the blue selection highlight
    assert not view.selectionModel().hasSelection()  # Qt's own highlight would paint over the red


def test_double_click_opens_the_order(qtbot, tab: BoardTab, cars: dict[str, int]) -> None:  # type: ignore[no-untyped-def]
    view = tab.ui.boardView
    rect = view.visualRect(view_index(tab, cars["risk"], Column.CUSTOMER))
    with qtbot.waitSignal(tab.ctx.open_order_requested, timeout=1000,
                          check_params_cb=lambda order_id: order_id == cars["risk"]):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_enter_opens_the_selected_order(qtbot, tab: BoardTab, cars: dict[str, int]) -> None:  # type: ignore[no-untyped-def]
    assert tab.select_order(cars["ready"])
    tab.ui.boardView.setFocus()
    with qtbot.waitSignal(tab.ctx.open_order_requested, timeout=1000,
                          check_params_cb=lambda order_id: order_id == cars["ready"]):
        qtbot.keyClick(tab.ui.boardView, Qt.Key.Key_Return)


def test_filter_narrows_the_board_and_enter_opens_the_match(qtbot, tab: BoardTab,  # type: ignore[no-untyped-def]
                                                            cars: dict[str, int]) -> None:
    tab.ui.filterEdit.setText("e3m")
    assert shown_ids(tab) == [cars["risk"]]
    tab.ui.filterEdit.setText("陳美")
    assert shown_ids(tab) == [cars["late"]]
    with qtbot.waitSignal(tab.ctx.open_order_requested, timeout=1000,
                          check_params_cb=lambda order_id: order_id == cars["late"]):
        qtbot.keyClick(tab.ui.filterEdit, Qt.Key.Key_Return)
    tab.ui.filterEdit.clear()
    assert len(shown_ids(tab)) == 4


def test_a_data_change_refreshes_the_board_and_keeps_the_selection(tab: BoardTab, db: Database,
                                                                    cars: dict[str, int]) -> None:
    assert tab.select_order(cars["ontime"])
    newcomer = make_order(db, S.RECEIVED, NOW - timedelta(hours=2), plate="粵B7D512")
    tab.on_data_changed(frozenset({"settings"}))
    assert newcomer not in shown_ids(tab)
    tab.on_data_changed(frozenset({"orders"}))
    assert shown_ids(tab)[0] == newcomer  # the latest car goes on top
    assert tab.ui.lateValue.text() == "2"
    assert tab.selected_order_id() == cars["ontime"]


def test_the_board_refreshes_itself_as_time_passes(tab: BoardTab, cars: dict[str, int]) -> None:
    assert tab.timer.isActive() and tab.timer.interval() == REFRESH_INTERVAL_MS
    clock.set_fixed(NOW + timedelta(minutes=30))  # the QC car, promised for 14:25, is now late
    tab.timer.timeout.emit()
    assert view_index(tab, cars["risk"]).data(Qt.ItemDataRole.BackgroundRole).color() == LATE_BACKGROUND
    assert tab.ui.lateValue.text() == "2"


def test_the_current_order_is_selected(tab: BoardTab, cars: dict[str, int]) -> None:
    tab.on_current_order_changed(cars["risk"])
    assert tab.selected_order_id() == cars["risk"]
    tab.on_current_order_changed(None)
    assert tab.selected_order_id() is None
    tab.on_current_order_changed(cars["gone"])  # not on the board: nothing to select, no error
    assert tab.selected_order_id() is None


def test_clicking_a_header_sorts_the_board(qtbot, tab: BoardTab, cars: dict[str, int]) -> None:  # type: ignore[no-untyped-def]
    tab.ui.boardView.sortByColumn(Column.PROMISED, Qt.SortOrder.AscendingOrder)
    assert shown_ids(tab) == [cars["ready"], cars["late"], cars["risk"], cars["ontime"]]
    tab.ui.boardView.sortByColumn(Column.DUE, Qt.SortOrder.AscendingOrder)
    assert shown_ids(tab) == [cars["late"], cars["risk"], cars["ready"], cars["ontime"]]


def test_every_column_shows_its_text_at_1280_pixels(tab: BoardTab, db: Database) -> None:
    """The vehicle and who-has-it columns get the room the short columns leave, not a sliver of it."""
    make_order(db, S.AWAITING_APPROVAL, NOW + timedelta(hours=5), make="大眾", model="帕薩特 380TSI",
               lines=[("一組", None), ("二組", None), ("鈑噴組", None)])
    tab.reload()
    view = tab.ui.boardView
    header = view.horizontalHeader()
    for column in Column:
        if column is not Column.STAGE:  # "Added work awaiting customer" is the one text that may be cut
            assert header.sectionSize(column) >= view.sizeHintForColumn(column), column.name
    assert sum(header.sectionSize(column) for column in Column) <= view.viewport().width()


def test_column_widths_come_from_the_widest_cell_as_qt_would_measure_every_cell(
        tab: BoardTab, db: Database, cars: dict[str, int]) -> None:
    """The board measures one cell per column (the widest text in its own font: plate big, late due bold) and
    must come out as wide as Qt's own look at every cell, so no text is cut."""
    make_order(db, S.AWAITING_APPROVAL, NOW - timedelta(days=3), plate="粵B12345", customer="歐陽娜娜",
               make="大眾", model="帕薩特 380TSI", lines=[("一組", None), ("鈑噴組", None)])
    tab.reload()
    tab.select_order(cars["ontime"])  # a chosen row is drawn bold: its width counts too
    view = tab.ui.boardView
    header = view.horizontalHeader()
    expected = {column: max(view.sizeHintForColumn(column), header.sectionSizeHint(column)) for column in Column}
    assert tab.column_needs() == expected


def test_cars_added_while_the_board_is_hidden_fit_once_it_is_shown_again(
        qtbot, tab: BoardTab, db: Database) -> None:  # type: ignore[no-untyped-def]
    """The board skips fitting its columns while hidden (another tab in front) and fits them when shown."""
    tab.hide()
    make_order(db, S.IN_REPAIR, NOW + timedelta(hours=2), customer="歐陽娜娜娜娜娜娜娜娜娜娜")
    tab.reload()
    tab.show()
    qtbot.waitExposed(tab)
    view = tab.ui.boardView
    header = view.horizontalHeader()
    assert header.sectionSize(Column.CUSTOMER) >= view.sizeHintForColumn(Column.CUSTOMER)


def test_a_narrow_board_cuts_the_widest_long_text_first() -> None:
    needs = dict.fromkeys(Column, 100) | {Column.VEHICLE: 180, Column.STAGE: 290, Column.HOLDER: 150}
    roomy = fit_widths(needs, 500 + 180 + 290 + 150 + 100)
    assert (roomy[Column.VEHICLE], roomy[Column.STAGE], roomy[Column.HOLDER]) == (230, 290, 200)
    narrow = fit_widths(needs, 500 + 585)
    assert (narrow[Column.VEHICLE], narrow[Column.STAGE], narrow[Column.HOLDER]) == (180, 255, 150)
    assert sum(narrow.values()) <= 500 + 585
