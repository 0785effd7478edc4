"""Issue 14, "Find anything, from anywhere", in the real main window: typing lists every hit and opens none, the
chosen line opens in the tab of its stage, Enter on a single hit opens it at once, Ctrl+F reaches the box from
any tab, and the empty box lists what this PC opened last."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from garage_desktop.db.models import Customer, RepairOrder, Vehicle
from garage_desktop.domain.classes import JobClass, Payer, RegulatoryClass, Role
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.services import clock, intake
from garage_desktop.services.customers import CustomerForm, VehicleForm
from garage_desktop.services.intake import IntakeForm
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.dialogs import vehicle_history_dialog
from garage_desktop.ui.main_window import MainWindow
from garage_desktop.ui.navigation import stage_tab
from garage_desktop.ui.widgets import find_box
from garage_desktop.ui.widgets.find_box import FindBox, IndexReader

S = OrderStatus
NOW = datetime(2026, 11, 28, 9, 0)
SHOTS = Path("/tmp/shots/find")
# The car's earlier visits (all closed), newest first: (status, days ago, number).
EARLIER = [(S.FOLLOWED_UP, 30, "WO20261029-004"), (S.DELIVERED, 60, "WO20260929-002"),
           (S.CANCELLED, 90, "WO20260830-001"), (S.FOLLOWED_UP, 200, "WO20260512-003"),
           (S.FOLLOWED_UP, 400, "WO20251024-007")]


@pytest.fixture
def orders(ctx: AppContext) -> list[int]:
    """粤B12345 (林志明's car): in the shop now (received today through the intake) and five earlier visits.
    Newest first."""
    clock.set_fixed(NOW)
    today = ctx.call(intake.receive, IntakeForm(
        customer=CustomerForm(name="林志明", phone="13800138000"), vehicle=VehicleForm(plate="粵B12345"),
        mileage=45230, complaint="剎車異響", promised_at=NOW + timedelta(hours=8)))
    ids = [today.order_id]
    with ctx.db.session_scope() as session:
        car = session.get(RepairOrder, today.order_id).vehicle
        for status, days_ago, number in EARLIER:
            at = NOW - timedelta(days=days_ago)
            order = RepairOrder(order_no=number, status=status, customer_id=car.customer_id, vehicle_id=car.id,
                                job_class=JobClass.MINOR, regulatory_class=RegulatoryClass.MINOR_REPAIR,
                                payer=Payer.SELF, created_at=at, updated_at=at, received_at=at)
            session.add(order)
            session.flush()
            ids.append(order.id)
    return ids


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    clock.set_fixed(NOW)
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    return main


def box(window: MainWindow) -> FindBox:
    return window.find_box


def listed(window: MainWindow) -> list[int | None]:
    """The order ids on the list's lines (None for a car or a customer)."""
    popup = box(window).popup
    return [popup.hit_at(row).order_id for row in range(popup.rows())] if popup.isVisible() else []


def type_in(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Type ``text`` as the user does: key by key for Latin text, through the input method for Chinese
    (qtbot.keyClicks cannot type Chinese)."""
    edit.setFocus()
    if text.isascii():
        qtbot.keyClicks(edit, text)
        return
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(edit, event)


def test_a_plate_of_six_orders_lists_six_lines_and_opens_none(qtbot: QtBot, window: MainWindow, ctx: AppContext,
                                                             orders: list[int]) -> None:
    edit = window.ui.searchEdit
    type_in(qtbot, edit, "B12345")
    qtbot.waitUntil(lambda: box(window).is_shown())
    assert listed(window) == orders  # the car in the shop first, then the earlier visits newest first
    popup = box(window).popup
    assert popup.list.topLevelItem(0).text(0).startswith("WO20261128-")
    assert [popup.list.topLevelItem(row).text(7) for row in range(6)] == ["plate"] * 6
    assert popup.title.text().startswith("6 hit(s) for “B12345”")
    assert ctx.current_order_id is None and window.current_tab_key() == "board"
    assert edit.hasFocus()  # the list never takes the focus: typing goes on
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "find_popup_1366x768.png"))
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert popup.current_row() == 1 and ctx.current_order_id is None
    window.grab().save(str(SHOTS / "find_popup_chosen_1366x768.png"))


def test_enter_opens_the_chosen_line_in_the_tab_of_its_stage(qtbot: QtBot, window: MainWindow, ctx: AppContext,
                                                             orders: list[int]) -> None:
    edit = window.ui.searchEdit
    type_in(qtbot, edit, "lzm")  # 林志明's pinyin initials
    qtbot.waitUntil(lambda: box(window).is_shown())
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # nothing chosen yet: Enter opens nothing of several
    assert ctx.current_order_id is None and box(window).is_shown()
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    qtbot.keyClick(edit, Qt.Key.Key_Down)  # the second line: the last visit, followed up
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert ctx.current_order_id == orders[1]
    assert window.current_tab_key() == stage_tab(S.FOLLOWED_UP) == "followup"
    assert not box(window).is_shown()
    assert "WO20261029-004" in window.ui.currentOrderLabel.text()

    edit.clear()
    type_in(qtbot, edit, "lzm")
    qtbot.waitUntil(lambda: box(window).is_shown())
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # the first line: the car in the shop, received today
    assert ctx.current_order_id == orders[0] and window.current_tab_key() == "estimate"


def test_enter_before_the_pause_lists_several_instead_of_opening_the_newest(qtbot: QtBot, window: MainWindow,
                                                                           ctx: AppContext,
                                                                           orders: list[int]) -> None:
    edit = window.ui.searchEdit
    edit.setFocus()
    edit.setText("粵B 12345")  # pasted, then Enter at once
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert listed(window) == orders and ctx.current_order_id is None


def test_enter_on_a_single_hit_opens_it_at_once(qtbot: QtBot, window: MainWindow, ctx: AppContext,
                                                orders: list[int]) -> None:
    edit = window.ui.searchEdit
    edit.setFocus()
    edit.setText("0929-002")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert ctx.current_order_id == orders[2] and window.current_tab_key() == "followup"
    edit.setText("ZZ999")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert "Nothing found for “ZZ999”" in window.statusBar().currentMessage()
    assert ctx.current_order_id == orders[2]


def test_a_click_opens_a_line_and_escape_closes_the_list(qtbot: QtBot, window: MainWindow, ctx: AppContext,
                                                         orders: list[int]) -> None:
    edit = window.ui.searchEdit
    type_in(qtbot, edit, "陳")  # one character: not searched
    qtbot.wait(250)
    assert not box(window).is_shown()
    type_in(qtbot, edit, "志明")  # "陳志明" in the other script: no such customer
    qtbot.waitUntil(lambda: box(window).is_shown())
    assert listed(window) == [] and "Nothing found" in box(window).popup.title.text()
    edit.clear()
    type_in(qtbot, edit, "林志明")
    qtbot.waitUntil(lambda: len(listed(window)) == 6)
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert not box(window).is_shown() and ctx.current_order_id is None
    qtbot.keyClick(edit, Qt.Key.Key_Down)  # the list again
    assert listed(window) == orders
    popup = box(window).popup
    rect = popup.list.visualItemRect(popup.list.topLevelItem(3))
    qtbot.mouseClick(popup.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert ctx.current_order_id == orders[3] and window.current_tab_key() == stage_tab(S.CANCELLED)


def test_ctrl_f_from_another_tab_goes_to_the_box_and_selects_its_text(qtbot: QtBot, window: MainWindow,
                                                                      orders: list[int]) -> None:
    edit = window.ui.searchEdit
    edit.setText("B12345")
    window.show_tab("stock")
    stock = window.tabs["stock"]
    stock.ui.searchEdit.setFocus()
    assert not edit.hasFocus()
    qtbot.keyClick(stock.ui.searchEdit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert edit.hasFocus() and edit.selectedText() == "B12345"
    assert window.current_tab_key() == "stock"  # the tab stays where it was
    qtbot.keyClicks(edit, "0929-002")  # typed over the selection
    assert edit.text() == "0929-002"


def test_the_empty_box_lists_what_this_pc_opened_last(qtbot: QtBot, window: MainWindow, ctx: AppContext,
                                                      orders: list[int], people: dict[Role, int]) -> None:
    for order_id in (orders[4], orders[2], orders[0], orders[2]):  # the board, a tab, the search …
        window.open_order(order_id)
    window.show_tab("board")
    window.ui.tabs.setFocus()
    qtbot.keyClick(window.ui.tabs, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert box(window).is_shown()
    assert listed(window) == [orders[2], orders[0], orders[4]]
    assert "Opened last on this PC" in box(window).popup.title.text()
    qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_Down)
    qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_Down)
    qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_Return)
    assert ctx.current_order_id == orders[0]

    ctx.set_operator(people[Role.CASHIER])  # another operator at the PC has a list of their own
    window.ui.tabs.setFocus()
    box(window).focus()
    assert not box(window).is_shown() and box(window).recent.entries() == []
    ctx.set_operator(people[Role.ADVISOR])
    box(window).focus()
    assert listed(window)[0] == orders[0]  # opened last, now first


def test_a_car_without_an_order_opens_its_history_and_a_customer_the_intake(
        qtbot: QtBot, window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    with ctx.db.session_scope() as session:
        owner = Customer(name="趙強", name_initials="zq", phone="13511112222", created_at=NOW)
        car = Vehicle(customer=owner, plate="粤A55555", created_at=NOW)
        session.add_all([owner, car, Customer(name="黃小姐", name_initials="hxj", phone="13722223333",
                                              created_at=NOW)])
        session.flush()
        car_id = car.id
    shown: list[int] = []
    monkeypatch.setattr(vehicle_history_dialog, "show_vehicle_history",
                        lambda _ctx, vehicle_id, _parent=None: shown.append(vehicle_id))
    edit = window.ui.searchEdit
    edit.setFocus()
    edit.setText("A55555")
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # the one hit: the car, no order yet
    assert shown == [car_id] and ctx.current_order_id is None

    edit.clear()
    type_in(qtbot, edit, "黄小姐")  # on file in Traditional
    qtbot.waitUntil(lambda: box(window).is_shown())
    assert box(window).popup.list.topLevelItem(0).text(0) == "Customer"
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert window.current_tab_key() == "intake"
    assert window.tabs["intake"].ui.nameEdit.text() == "黃小姐"
    assert window.tabs["intake"].ui.phoneEdit.text() == "13722223333"
    assert [key[0] for key in box(window).recent.entries()] == ["customer", "vehicle"]


def test_the_list_closes_when_the_screen_locks(qtbot: QtBot, window: MainWindow, orders: list[int]) -> None:
    type_in(qtbot, window.ui.searchEdit, "B123")
    qtbot.waitUntil(lambda: box(window).is_shown())
    window.lock()
    assert not box(window).popup.isVisible()


def test_shift_enter_opens_the_chosen_orders_vehicle_history(qtbot: QtBot, window: MainWindow, ctx: AppContext,
                                                             orders: list[int],
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[int] = []
    monkeypatch.setattr(vehicle_history_dialog, "show_vehicle_history",
                        lambda _ctx, vehicle_id, _parent=None: shown.append(vehicle_id))
    edit = window.ui.searchEdit
    type_in(qtbot, edit, "B12345")
    qtbot.waitUntil(lambda: box(window).is_shown())
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert shown == [box(window).hits[0].vehicle_id] and shown[0] is not None
    assert ctx.current_order_id is None and not box(window).is_shown()


def test_with_the_index_read_a_car_taken_in_since_is_found_by_part_of_its_plate(qtbot: QtBot, window: MainWindow,
                                                                                ctx: AppContext,
                                                                                orders: list[int]) -> None:
    """Issue 20: the plates, VINs and phones kept in memory (read after start-up) follow what is written after."""
    reader = IndexReader.of(ctx)
    find_box.read_ahead(ctx)
    qtbot.waitUntil(lambda: not reader.busy())
    assert reader.index() is not None
    edit = window.ui.searchEdit
    type_in(qtbot, edit, "12345")
    qtbot.waitUntil(lambda: box(window).is_shown())
    assert listed(window) == orders
    later = ctx.call(intake.receive, IntakeForm(
        customer=CustomerForm(name="周杰", phone="13977778888"), vehicle=VehicleForm(plate="粵D24680"),
        mileage=1200, complaint="保養", promised_at=NOW + timedelta(hours=4)))
    for typed in ("D2468", "7778888"):  # part of its plate; the new customer's phone
        edit.clear()
        type_in(qtbot, edit, typed)
        qtbot.waitUntil(lambda typed=typed: box(window).searched == typed)
        assert listed(window) == [later.order_id]
    assert reader.index() is not None and reader.index().plates.replaced  # found in memory, read since
