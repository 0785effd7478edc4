"""Issue 20: a change is read by the tab on screen at once; the Checkout, Stock, Work ticket and Parts tabs behind
it read it when they come forward, and show what is saved now. The window's repeat of the current order after a change does not read
Checkout's order a second time, but any change to it is shown."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from garage_desktop.db.engine import Database
from garage_desktop.domain.classes import Role
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.services import checkout, clock, picking_actions, stock, work_order
from garage_desktop.services.stock import ReceiptLine
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.main_window import MainWindow
from garage_desktop.ui.tabs.checkout_tab import CheckoutTab
from tests.integration.test_checkout import NOW, make_ready_order
from tests.integration.test_paperwork_truth import START, Walk, order_through, stocked_part
from tests.integration.test_picking import add_part


def open_window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    clock.set_fixed(NOW)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_checkout_behind_shows_a_payment_made_meanwhile(qtbot: QtBot, ctx: AppContext, people: dict) -> None:
    order_id = make_ready_order(ctx.db)
    ctx.set_operator(people[Role.CASHIER])
    window = open_window(qtbot, ctx)
    window.open_order(order_id)
    tab = window.tabs["checkout"]
    assert window.current_tab_key() == "checkout" and tab.ui.moneyTable.rowCount() == 0
    window.show_tab("board")
    ctx.call(checkout.take_payment, order_id, "card", "820")  # paid at another seat, say
    ctx.changed("orders")
    window.show_tab("checkout")
    assert tab.ui.moneyTable.rowCount() == 1 and "nothing more to pay" in tab.ui.totalsLabel.text()
    assert not tab.ui.payButton.isEnabled()


def test_checkout_reads_its_order_once_after_its_own_payment(qtbot: QtBot, ctx: AppContext, people: dict,
                                                             monkeypatch) -> None:  # type: ignore[no-untyped-def]
    order_id = make_ready_order(ctx.db)
    ctx.set_operator(people[Role.CASHIER])
    window = open_window(qtbot, ctx)
    window.open_order(order_id)
    tab: CheckoutTab = window.tabs["checkout"]
    reads: list[int | None] = []
    show_order = tab.show_order
    monkeypatch.setattr(tab, "show_order", lambda order: (reads.append(order), show_order(order)))
    tab.ui.methodCombo.setCurrentIndex(tab.ui.methodCombo.findData("card"))
    tab.ui.payAmountEdit.setText("300")
    tab.take_payment()
    assert reads == [order_id]  # not again when the window repeats the current order
    assert tab.ui.moneyTable.rowCount() == 1 and "¥300.00" in tab.ui.resultLabel.text()
    ctx.call(checkout.take_payment, order_id, "card", "520")  # the rest, at another seat
    ctx.changed("orders")
    assert tab.ui.moneyTable.rowCount() == 2 and not tab.ui.payButton.isEnabled()


def test_stock_behind_shows_a_delivery_received_meanwhile(qtbot: QtBot, ctx: AppContext, db: Database,
                                                          people: dict) -> None:
    pads = add_part(db, people, "BP-01", "前剎車片", on_hand="5", minimum="2", unit="套")
    window = open_window(qtbot, ctx)
    window.show_tab("stock")
    tab = window.tabs["stock"]
    assert tab.ui.stockTable.item(0, 3).text() == "5 套"
    window.show_tab("board")
    ctx.set_operator(people[Role.STORE])
    ctx.call(stock.receive, "博世配件", [ReceiptLine(pads, "4")])
    ctx.changed("stock")
    window.show_tab("stock")
    assert tab.ui.stockTable.item(0, 3).text() == "9 套"


def test_work_ticket_and_parts_behind_show_the_work_done_meanwhile(qtbot: QtBot, ctx: AppContext, db: Database,
                                                                    people: dict) -> None:
    walk = Walk(db, people)
    part = stocked_part(walk)
    order_id = order_through(walk, OrderStatus.CONFIRMED, parts=[part])
    ctx.set_operator(people[Role.OWNER])
    window = open_window(qtbot, ctx)
    window.open_order(order_id)
    ticket, parts = window.tabs["work_ticket"], window.tabs["parts"]
    window.show_tab("parts")
    assert parts.ui.linesTable.item(0, 5).text() == "0"  # none issued yet
    window.show_tab("board")
    line_id = ctx.read(work_order.ticket_view, order_id).labour[0].id
    clock.set_fixed(START + timedelta(hours=2))
    ctx.call(work_order.dispatch, order_id, line_id, "二組", None)  # at the workshop's PC, say
    ctx.call(picking_actions.issue_all, order_id)
    ctx.changed("orders", "stock")
    window.show_tab("work_ticket")
    assert ticket.ui.labourTable.item(0, 4).text() == "二組"
    window.show_tab("parts")
    assert parts.ui.linesTable.item(0, 5).text() == "1"
