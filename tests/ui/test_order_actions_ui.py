"""Issue 14 in the window: the estimate tab's "Cancel order…" and "Customer declines…" with their dialog, the
orders' right-click menu on the board and every order list (only allowed actions offered), the work ticket's
"Undo…" and the checkout's "Void payment…"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QLabel, QLineEdit, QMenu, QTreeWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from garage_desktop.db.models import LabourLine, RepairOrder
from garage_desktop.domain.classes import Role
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.services import checkout, clock, order_actions, work_order
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.dialogs.order_action_dialog import OrderActionDialog
from garage_desktop.ui.models.board_model import ORDER_ID_ROLE
from garage_desktop.ui.widgets import order_menu
from tests.integration.test_order_actions import (
    NOW,
    call,
    estimated,
    make_confirmed_order,
    make_order,
    make_ready_order,
)

S = OrderStatus
SHOTS = Path("/tmp/shots/order_actions")


@pytest.fixture(autouse=True)
def fixed_clock() -> None:
    clock.set_fixed(NOW)


@pytest.fixture
def menus(monkeypatch: pytest.MonkeyPatch) -> list[QMenu]:
    """Menus popped up, kept instead of shown (a modal popup would wait for a click)."""
    shown: list[QMenu] = []
    monkeypatch.setattr(order_menu, "exec_menu", lambda menu, _at: shown.append(menu))
    return shown


Answer = Callable[[OrderActionDialog], None]


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[Answer]:
    """What the advisor types in the next dialogs (each answer fills it and presses OK, or leaves it)."""
    answers: list[Answer] = []

    def run(dialog: OrderActionDialog) -> bool:
        answers.pop(0)(dialog)
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(order_menu, "run_dialog", run)
    return answers


def _type(reason: str, fee: str | None = None, shot: str | None = None) -> Answer:
    def answer(dialog: OrderActionDialog) -> None:
        dialog.reason_edit.setText(reason)  # keyClicks cannot type Chinese
        if fee is not None:
            assert dialog.fee_edit is not None
            dialog.fee_edit.setText(fee)
        dialog.ok_button.click()
        if shot:
            _shot(dialog, shot)
    return answer


def _shot(widget: Any, name: str, *, fit: bool = True) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()  # the layout follows the last change first
    if fit:
        widget.adjustSize()
    widget.grab().save(str(SHOTS / f"{name}.png"))


def _status(ctx: AppContext, order_id: int) -> OrderStatus:
    with ctx.db.session_scope() as session:
        return session.get(RepairOrder, order_id).status


def _keys(menu: QMenu) -> list[str]:
    return [a.objectName() for a in menu.actions() if a.objectName()]


def _trigger(menu: QMenu, key: str) -> None:
    next(a for a in menu.actions() if a.objectName() == key).trigger()


def _right_click(view: QAbstractItemView, index: Any) -> None:
    """The view's context-menu request on ``index`` (what a right-click or the menu key sends)."""
    view.scrollTo(index)
    view.customContextMenuRequested.emit(view.visualRect(index).center())


def _show(qtbot: QtBot, widget: Any) -> Any:
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


# --- the estimate tab's buttons -------------------------------------------------------------------------------

def _estimate_tab(qtbot: QtBot, ctx: AppContext, order_id: int) -> Any:
    from garage_desktop.ui.tabs.estimate_tab import EstimateTab

    tab = _show(qtbot, EstimateTab(ctx))
    ctx.set_current_order(order_id)
    tab.on_current_order_changed(order_id)
    return tab


def test_the_customer_declines_with_a_diagnosis_fee(qtbot: QtBot, ctx: AppContext, people: dict,
                                                    dialogs: list[Answer]) -> None:
    order_id = estimated(ctx.db, people)
    tab = _estimate_tab(qtbot, ctx, order_id)
    assert tab.declineButton.isEnabled() and tab.cancelOrderButton.isEnabled()
    _shot(tab, "estimate_tab_buttons", fit=False)

    def wrong_fee_then_right(dialog: OrderActionDialog) -> None:
        dialog.reason_edit.setText("客戶嫌貴，先不修")
        assert dialog.fee_edit is not None
        dialog.fee_edit.setText("8o")  # a typo
        dialog.ok_button.click()
        error = dialog.findChild(QLabel, "feeError")
        assert error.isVisibleTo(dialog) and "not a number" in error.text()
        assert dialog.reason_edit.text() == "客戶嫌貴，先不修" and dialog.fee_edit.text() == "8o"  # kept
        assert dialog.result() != QDialog.DialogCode.Accepted
        _shot(dialog, "decline_dialog_refused_fee")
        dialog.fee_edit.setText("80")
        dialog.ok_button.click()

    dialogs.append(wrong_fee_then_right)
    qtbot.mouseClick(tab.declineButton, Qt.MouseButton.LeftButton)
    assert _status(ctx, order_id) is S.READY
    assert "¥80.00" in tab.ui.resultLabel.text()
    assert tab.ui.lockedBanner.isVisible() and "declined" in tab.ui.lockedBanner.text()
    assert not tab.declineButton.isEnabled() and not tab.cancelOrderButton.isEnabled()
    assert tab.declineButton.toolTip()  # why not, as a tooltip
    _shot(tab, "estimate_tab_declined", fit=False)


def test_cancel_from_the_estimate_tab_and_going_back_changes_nothing(qtbot: QtBot, ctx: AppContext, people: dict,
                                                                     dialogs: list[Answer]) -> None:
    order_id = estimated(ctx.db, people)
    tab = _estimate_tab(qtbot, ctx, order_id)
    dialogs.append(lambda dialog: dialog.reject())  # the advisor goes back
    qtbot.mouseClick(tab.cancelOrderButton, Qt.MouseButton.LeftButton)
    assert _status(ctx, order_id) is S.ESTIMATED

    def empty_then_reason(dialog: OrderActionDialog) -> None:
        dialog.ok_button.click()  # no reason: said beside the field
        assert dialog.findChild(QLabel, "reasonError").isVisibleTo(dialog)
        _shot(dialog, "cancel_dialog_no_reason")
        dialog.reason_edit.setText("客戶改天再來")
        dialog.ok_button.click()

    dialogs.append(empty_then_reason)
    qtbot.mouseClick(tab.cancelOrderButton, Qt.MouseButton.LeftButton)
    assert _status(ctx, order_id) is S.CANCELLED
    assert "cancelled" in tab.ui.resultLabel.text().lower()
    assert "客戶改天再來" in tab.ui.lockedBanner.text()


def test_the_buttons_say_why_not_to_a_foreman(qtbot: QtBot, ctx: AppContext, people: dict) -> None:
    order_id = estimated(ctx.db, people)
    ctx.set_operator(people[Role.FOREMAN])
    tab = _estimate_tab(qtbot, ctx, order_id)
    assert not tab.cancelOrderButton.isEnabled() and not tab.declineButton.isEnabled()
    assert "Only" in tab.cancelOrderButton.toolTip()
    received = make_order(ctx.db, people[Role.ADVISOR], plate="粵A50001")
    ctx.set_operator(people[Role.ADVISOR])
    tab.on_current_order_changed(received)
    assert tab.cancelOrderButton.isEnabled() and not tab.declineButton.isEnabled()  # no estimate yet


# --- the orders' right-click menu ---------------------------------------------------------------------------

def test_the_board_menu_offers_only_the_allowed_actions(qtbot: QtBot, ctx: AppContext, people: dict,
                                                         menus: list[QMenu], dialogs: list[Answer],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from garage_desktop.ui.tabs.board_tab import BoardTab

    quoted = estimated(ctx.db, people)
    ready = make_ready_order(ctx.db)
    tab = _show(qtbot, BoardTab(ctx))
    view = tab.ui.boardView

    def index_of(order_id: int) -> Any:
        proxy = tab.proxy
        return next(proxy.index(r, 1) for r in range(proxy.rowCount())
                    if proxy.index(r, 0).data(ORDER_ID_ROLE) == order_id)

    _right_click(view, index_of(quoted))
    menu = menus.pop()
    assert _keys(menu) == ["open", "print_work_order", "cancel", "decline", "delay_call"]
    title = menu.actions()[0]  # the order's number, as a title
    assert title.text() == f"WO20261128-T{quoted:03d}" and not title.isEnabled()
    _shot(menu, "board_menu_advisor")
    _right_click(view, index_of(ready))
    assert _keys(menus.pop()) == ["open", "print_work_order"]  # passed QC: nothing to cancel
    # a foreman is offered nothing he may not do
    ctx.set_operator(people[Role.FOREMAN])
    _right_click(view, index_of(quoted))
    assert _keys(menus.pop()) == ["open", "print_work_order"]
    # the advisor cancels from the menu; the board reloads without the car
    ctx.set_operator(people[Role.ADVISOR])
    ctx.data_changed.connect(tab.on_data_changed)
    _right_click(view, index_of(quoted))
    dialogs.append(_type("客戶取消", shot="board_cancel_dialog"))
    _trigger(menus.pop(), "cancel")
    assert _status(ctx, quoted) is S.CANCELLED
    assert quoted not in [tab.proxy.index(r, 0).data(ORDER_ID_ROLE) for r in range(tab.proxy.rowCount())]
    # open and print
    opened: list[int] = []
    ctx.open_order_requested.connect(opened.append)
    _right_click(view, index_of(ready))
    _trigger(menus.pop(), "open")
    assert opened == [ready] and ctx.current_order_id == ready
    printed: list[str] = []
    monkeypatch.setattr(order_menu, "open_preview", lambda pdf, title, _p: printed.append(title))
    _right_click(view, index_of(ready))
    _trigger(menus.pop(), "print_work_order")
    assert printed and printed[0].startswith("Work order")


def test_a_menu_on_empty_space_offers_nothing(qtbot: QtBot, ctx: AppContext, people: dict,
                                              menus: list[QMenu]) -> None:
    from garage_desktop.ui.tabs.board_tab import BoardTab

    tab = _show(qtbot, BoardTab(ctx))
    tab.ui.boardView.customContextMenuRequested.emit(QPoint(5, 700))
    assert menus == []


def _first_order_index(tree: QTreeWidget, order_id: int, column_key: Callable[[Any], Any]) -> Any:
    for row in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(row)
        if column_key(item) == order_id:
            return tree.indexFromItem(item, 1)
    raise AssertionError(f"order {order_id} is not listed")


@pytest.mark.parametrize("where", ["estimate", "work_ticket", "checkout", "qc", "parts", "followup"])
def test_every_order_list_has_the_menu(qtbot: QtBot, ctx: AppContext, people: dict, menus: list[QMenu],
                                       where: str) -> None:
    from garage_desktop.ui.tabs.checkout_tab import CheckoutTab
    from garage_desktop.ui.tabs.estimate_tab import EstimateTab
    from garage_desktop.ui.tabs.followup_tab import FollowUpTab
    from garage_desktop.ui.tabs.parts_tab import PartsTab
    from garage_desktop.ui.tabs.qc_tab import QcTab
    from garage_desktop.ui.tabs.work_ticket_tab import WorkTicketTab

    user = Qt.ItemDataRole.UserRole
    if where == "estimate":
        order_id = estimated(ctx.db, people)
        tab = _show(qtbot, EstimateTab(ctx))
        tree, expected = tab.ui.waitingList, ["open", "print_work_order", "cancel", "decline"]
    elif where == "work_ticket":
        order_id = make_confirmed_order(ctx.db)
        tab = _show(qtbot, WorkTicketTab(ctx))
        tree, expected = tab.ui.workshopList, ["open", "print_work_order", "cancel"]
    elif where == "checkout":
        order_id = make_ready_order(ctx.db, labour=(), parts=())
        tab = _show(qtbot, CheckoutTab(ctx))
        tree, expected = tab.ui.readyList, ["open", "print_work_order", "cancel"]  # nothing sold yet
    elif where == "qc":
        order_id = make_confirmed_order(ctx.db, status=S.QC_PENDING)
        ctx.set_operator(people[Role.FOREMAN])
        tab = _show(qtbot, QcTab(ctx))
        tree, expected = tab.ui.qcList, ["open", "print_work_order", "undo_report_finished"]
    elif where == "parts":
        order_id = make_confirmed_order(ctx.db, status=S.DISPATCHED)
        tab = _show(qtbot, PartsTab(ctx))
        tree, expected = tab.ui.waitingList, ["open", "print_work_order", "cancel"]
    else:
        order_id = make_ready_order(ctx.db, status=S.DELIVERED)
        with ctx.db.session_scope() as session:
            session.get(RepairOrder, order_id).delivered_at = NOW - timedelta(days=2)
            from garage_desktop.services import audit
            audit.exempt(session, "test data: delivered two days ago")
        tab = _show(qtbot, FollowUpTab(ctx))
        tree, expected = tab.ui.dueList, ["open", "print_work_order"]
    assert tree.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu

    def key(item: Any) -> Any:
        value = item.data(0, user)
        return value[1] if isinstance(value, tuple) else value

    _right_click(tree, _first_order_index(tree, order_id, key))
    assert _keys(menus.pop()) == expected


# --- the work ticket's undo -----------------------------------------------------------------------------------

def test_the_foreman_undoes_a_start_and_a_dispatch(qtbot: QtBot, ctx: AppContext, people: dict,
                                                   menus: list[QMenu], monkeypatch: pytest.MonkeyPatch) -> None:
    from garage_desktop.ui.tabs.work_ticket_tab import WorkTicketTab

    foreman = people[Role.FOREMAN]
    order_id = make_confirmed_order(ctx.db)
    with ctx.db.session_scope() as session:
        first = work_order.ticket_view(session, order_id).labour[0].id
    call(ctx.db, work_order.dispatch, foreman, order_id, first, "一組", None)
    call(ctx.db, work_order.start_line, foreman, order_id, first, NOW - timedelta(hours=1))
    ctx.set_operator(foreman)
    tab = _show(qtbot, WorkTicketTab(ctx))
    ctx.set_current_order(order_id)
    tab.on_current_order_changed(order_id)
    tab.ui.labourTable.selectRow(0)
    assert tab.undoButton.isEnabled(), tab.undoButton.toolTip()
    tab.undo.menu.aboutToShow.emit()
    assert _keys(tab.undo.menu) == ["undo_start"]  # started: its dispatch stays until the start is undone
    _shot(tab.undo.menu, "work_ticket_undo_menu")
    asked: list[str] = []
    monkeypatch.setattr(order_menu, "ask", lambda _p, _t, text: asked.append(text) or True)
    _trigger(tab.undo.menu, "undo_start")
    assert asked and "1. 更換剎車片" in asked[0]
    assert _status(ctx, order_id) is S.DISPATCHED and "Start of line" in tab.ui.resultLabel.text()
    # the lines' right-click menu: now the dispatch may go
    tab.ui.labourTable.selectRow(0)
    _right_click(tab.ui.labourTable, tab.ui.labourTable.model().index(0, 1))
    line_menu = menus.pop()
    assert _keys(line_menu) == ["undo_dispatch"]
    _trigger(line_menu, "undo_dispatch")
    assert _status(ctx, order_id) is S.CONFIRMED
    with ctx.db.session_scope() as session:
        assert session.scalar(select(LabourLine.team).where(LabourLine.id == first)) == ""
    _shot(tab, "work_ticket_after_undo", fit=False)
    # an advisor sees the button disabled, with the reason
    ctx.set_operator(people[Role.ADVISOR])
    tab.reload()
    assert not tab.undoButton.isEnabled() and tab.undoButton.toolTip()


# --- the checkout's void --------------------------------------------------------------------------------------

def test_the_cashier_voids_a_payment(qtbot: QtBot, ctx: AppContext, people: dict, dialogs: list[Answer],
                                     menus: list[QMenu]) -> None:
    from garage_desktop.ui.tabs.checkout_tab import CheckoutTab

    cashier = people[Role.CASHIER]
    order_id = make_ready_order(ctx.db)
    call(ctx.db, checkout.take_payment, cashier, order_id, "cash", "820")  # settles it
    assert _status(ctx, order_id) is S.SETTLED
    ctx.set_operator(cashier)
    tab = _show(qtbot, CheckoutTab(ctx))
    ctx.set_current_order(order_id)
    tab.on_current_order_changed(order_id)
    assert not tab.voidButton.isEnabled()  # nothing chosen yet
    tab.ui.moneyTable.selectRow(0)
    assert tab.voidButton.isEnabled(), tab.voidButton.toolTip()
    _right_click(tab.ui.moneyTable, tab.ui.moneyTable.model().index(0, 1))
    assert _keys(menus.pop()) == ["voidPayment"]
    dialogs.append(_type("收到假鈔", shot="void_dialog"))
    qtbot.mouseClick(tab.voidButton, Qt.MouseButton.LeftButton)
    assert _status(ctx, order_id) is S.READY
    state = tab.state
    assert state is not None and state.balance == Decimal("820.00")
    assert tab.ui.moneyTable.rowCount() == 2 and tab.ui.moneyTable.item(0, 0).font().strikeOut()
    assert tab.ui.moneyTable.item(1, 4).text() == "−¥820.00"
    assert "voided" in tab.ui.resultLabel.text()
    _shot(tab, "checkout_voided", fit=False)
    # the reversing row and the voided one cannot be voided again
    for row in (0, 1):
        tab.ui.moneyTable.selectRow(row)
        assert not tab.voidButton.isEnabled() and tab.voidButton.toolTip()


def test_only_a_cashier_or_the_owner_sees_void_enabled(qtbot: QtBot, ctx: AppContext, people: dict) -> None:
    from garage_desktop.ui.tabs.checkout_tab import CheckoutTab

    order_id = make_ready_order(ctx.db)
    call(ctx.db, checkout.take_payment, people[Role.CASHIER], order_id, "cash", "100")
    tab = _show(qtbot, CheckoutTab(ctx))  # the advisor
    ctx.set_current_order(order_id)
    tab.on_current_order_changed(order_id)
    tab.ui.moneyTable.selectRow(0)
    assert not tab.voidButton.isEnabled() and "Only" in tab.voidButton.toolTip()
    assert order_actions.VOID_ROLES  # the service refuses the same (tests/integration/test_order_actions.py)


def test_the_dialog_keeps_what_was_typed_on_a_refusal(qtbot: QtBot) -> None:
    def submit(reason: str, fee: str) -> object:
        from garage_desktop.domain.text import DomainError

        raise DomainError("Say why the customer declines the estimate.", field="reason")

    dialog = OrderActionDialog("t", "p", "OK", submit, fee=True)
    qtbot.addWidget(dialog)
    dialog.reason_edit.setText("x")
    fee = dialog.findChild(QLineEdit, "feeEdit")
    fee.setText("12")
    dialog.ok_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert (dialog.reason_edit.text(), fee.text()) == ("x", "12")
    assert dialog.findChild(QLabel, "reasonError").text() == "Say why the customer declines the estimate."
