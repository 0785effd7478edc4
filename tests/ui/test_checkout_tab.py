"""The settlement & delivery tab as the cashier and the advisor use it: the lists, the settlement list before
payment, a discount with its reason, partial payments and change, the handover, a deposit and its refund."""

from __future__ import annotations

import io
import re
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from garage_desktop.db.models import Appointment, RepairOrder
from garage_desktop.domain.classes import Payer, RegulatoryClass, Role
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.services import checkout, clock
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.tabs import checkout_tab
from garage_desktop.ui.tabs.checkout_tab import CheckoutTab
from tests.integration.test_checkout import HANDOVER, NOW, call, make_ready_order

S = OrderStatus
SHOTS = Path("/tmp/shots/checkout")


def open_tab(qtbot: QtBot, ctx: AppContext, people: dict[Role, int]) -> CheckoutTab:
    """The checkout tab shown at NOW to the cashier (other test modules open it the same way)."""
    clock.set_fixed(NOW)
    ctx.set_operator(people[Role.CASHIER])
    widget = CheckoutTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def tab(qtbot: QtBot, ctx: AppContext, people: dict[Role, int]) -> CheckoutTab:
    return open_tab(qtbot, ctx, people)


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bytes]]:
    shown: list[tuple[str, bytes]] = []
    monkeypatch.setattr(checkout_tab, "open_preview", lambda pdf, title, _parent: shown.append((title, pdf)))
    return shown


def _shot(widget: CheckoutTab, name: str, qtbot: QtBot) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    qtbot.wait(20)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def _click(qtbot: QtBot, button: object) -> None:
    assert button.isEnabled(), button.toolTip()  # type: ignore[attr-defined]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def _open(tab: CheckoutTab, ctx: AppContext, order_id: int) -> None:
    ctx.set_current_order(order_id)
    tab.on_current_order_changed(order_id)


def _text(pdf: bytes) -> str:
    return "".join(re.sub(r"\s+", "", page.extract_text() or "") for page in PdfReader(io.BytesIO(pdf)).pages)


def _status(ctx: AppContext, order_id: int) -> OrderStatus:
    with ctx.db.session_scope() as session:
        return session.get(RepairOrder, order_id).status


def test_with_no_order_the_three_lists_open_an_order(tab: CheckoutTab, ctx: AppContext, people: dict,
                                                     qtbot: QtBot) -> None:
    assert tab.windowTitle() == "Settlement & delivery"
    assert tab.ui.listEmptyLabel.isVisible()
    ready = make_ready_order(ctx.db)
    settled = make_ready_order(ctx.db, payer=Payer.WARRANTY)
    released = make_ready_order(ctx.db)
    call(ctx.db, checkout.settle, people[Role.CASHIER], settled)
    call(ctx.db, checkout.release_on_deposit, people[Role.CASHIER], released, "500", "cash", HANDOVER)
    tab.reload()
    ui = tab.ui
    assert not ui.listEmptyLabel.isVisible()
    assert ui.readyList.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole) == ready
    assert ui.readyList.topLevelItem(0).text(5) == "¥820.00"
    assert ui.settledList.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole) == settled
    assert ui.depositsList.topLevelItem(0).text(4) == "¥500.00"  # the open deposit
    _shot(tab, "tab_lists", qtbot)
    ui.depositsList.itemActivated.emit(ui.depositsList.topLevelItem(0), 0)
    assert ctx.current_order_id == released and ui.pages.currentWidget() is ui.orderPage
    assert ui.refundGroup.isVisible()


def test_cashier_prints_the_list_gives_a_discount_and_takes_payments(tab: CheckoutTab, ctx: AppContext,
                                                                     qtbot: QtBot,
                                                                     previews: list[tuple[str, bytes]]) -> None:
    order_id = make_ready_order(ctx.db)
    _open(tab, ctx, order_id)
    ui = tab.ui
    assert ui.linesTable.rowCount() == 4 and ui.payAmountEdit.text() == "820.00"
    assert not ui.printReceiptButton.isEnabled() and ui.printReceiptButton.toolTip()
    _click(qtbot, ui.printSettlementButton)  # before any payment
    title, pdf = previews[-1]
    assert "WO20261128" in title and "更換剎車片2.5100.001.0250.00" in _text(pdf)

    ui.discountAmountEdit.setText("20")
    _click(qtbot, ui.addDiscountButton)
    assert ui.discountReasonError.isVisible() and ui.discountAmountEdit.text() == "20"  # kept what was typed
    ui.discountReasonEdit.setText("老客戶優惠")
    _click(qtbot, ui.addDiscountButton)
    assert ui.discountList.count() == 1 and "老客戶優惠" in ui.discountList.item(0).text()
    assert ui.payAmountEdit.text() == "800.00"

    ui.methodCombo.setCurrentIndex(ui.methodCombo.findData("wechat"))
    assert not ui.tenderedEdit.isVisible()
    ui.payAmountEdit.setText("300")
    _click(qtbot, ui.payButton)
    assert "¥300.00" in ui.resultLabel.text() and ui.payAmountEdit.text() == "500.00"
    ui.methodCombo.setCurrentIndex(ui.methodCombo.findData("cash"))
    ui.tenderedEdit.setText("450")
    _click(qtbot, ui.payButton)
    assert ui.tenderedError.isVisible()  # less than the amount
    ui.tenderedEdit.setText("600")
    assert "¥100.00" in ui.changeLabel.text()
    _shot(tab, "tab_paying", qtbot)
    _click(qtbot, ui.payButton)
    assert "¥100.00" in ui.resultLabel.text() and _status(ctx, order_id) is S.SETTLED
    assert ui.actionTabs.currentWidget() is ui.handoverTab  # next: hand the car over
    assert ui.moneyTable.rowCount() == 2 and not ui.payButton.isEnabled()
    _click(qtbot, ui.printReceiptButton)
    assert "500.00600.00100.00" in _text(previews[-1][1])  # cash: amount, handed over, change


def test_only_a_cashier_or_the_owner_handles_money(tab: CheckoutTab, ctx: AppContext, people: dict) -> None:
    order_id = make_ready_order(ctx.db)
    ctx.set_operator(people[Role.ADVISOR])
    _open(tab, ctx, order_id)
    ui = tab.ui
    for widget in (ui.payButton, ui.addDiscountButton, ui.discountAmountEdit):
        assert not widget.isEnabled() and widget.toolTip()
    assert ui.printSettlementButton.isEnabled()  # anyone gives the list before payment
    ctx.set_operator(people[Role.OWNER])
    assert ui.payButton.isEnabled()


def test_advisor_hands_the_settled_car_over_and_books_the_next_visit(tab: CheckoutTab, ctx: AppContext,
                                                                    people: dict, qtbot: QtBot) -> None:
    order_id = make_ready_order(ctx.db, regulatory=RegulatoryClass.LEVEL2_MAINTENANCE, certificate="JG2026-0003",
                                mileage_out=45262)
    _open(tab, ctx, order_id)
    ui = tab.ui
    ui.actionTabs.setCurrentWidget(ui.handoverTab)
    assert not ui.deliverButton.isEnabled() and ui.deliverHint.text()  # not settled yet
    ctx.set_operator(people[Role.CASHIER])
    ui.payAmountEdit.setText("820")
    ui.methodCombo.setCurrentIndex(ui.methodCombo.findData("card"))
    _click(qtbot, ui.payButton)
    ctx.set_operator(people[Role.ADVISOR])
    assert ui.actionTabs.currentWidget() is ui.handoverTab
    assert "JG2026-0003" in ui.certificateLabel.text() and "5,000" in ui.warrantyLabel.text()
    assert ui.nextKmEdit.text() == "50262"
    for box in (ui.workExplainedCheck, ui.oldPartsShownCheck, ui.testDriveCheck):
        box.setChecked(True)
    ui.postponedEdit.setPlainText("後輪胎紋深 2 mm，三個月內更換")
    ui.nextKmEdit.setText("45000")
    _click(qtbot, ui.deliverButton)
    assert ui.next_service_kmError.isVisible() and _status(ctx, order_id) is S.SETTLED
    ui.nextKmEdit.setText("50,262")
    _shot(tab, "tab_handover", qtbot)
    _click(qtbot, ui.deliverButton)
    assert _status(ctx, order_id) is S.DELIVERED
    assert "15:00" in ui.resultLabel.text()  # the handover time; one checklist item was left unticked
    assert not ui.deliverButton.isEnabled() and not ui.workExplainedCheck.isEnabled()
    assert "後輪胎紋深" in ui.recommendationsLabel.text()

    ui.nextVisitEdit.setDate(QDate(2027, 5, 27))
    ui.nextVisitNoteEdit.setText("五千公里保養")
    _click(qtbot, ui.bookButton)
    with ctx.db.session_scope() as session:
        booking = session.scalar(select(Appointment).where(Appointment.note == "五千公里保養"))
        assert booking is not None and booking.start_at == datetime(2027, 5, 27, 9, 0)
    assert "2027-05-27" in ui.resultLabel.text()


def test_release_on_a_deposit_then_refund(tab: CheckoutTab, ctx: AppContext, qtbot: QtBot) -> None:
    order_id = make_ready_order(ctx.db)
    _open(tab, ctx, order_id)
    ui = tab.ui
    ui.actionTabs.setCurrentWidget(ui.handoverTab)
    ui.workExplainedCheck.setChecked(True)
    ui.nextDateEdit.setDate(QDate(2027, 1, 10))
    _click(qtbot, ui.releaseButton)
    assert ui.depositError.isVisible()  # no amount
    ui.depositAmountEdit.setText("500")
    ui.depositNoteEdit.setText("怠速偶發抖動")
    _click(qtbot, ui.releaseButton)
    assert _status(ctx, order_id) is S.DEPOSIT_RELEASED
    assert ui.actionTabs.currentWidget() is ui.paymentTab and ui.refundGroup.isVisible()
    assert ui.payAmountEdit.text() == "320.00"  # the deposit counts toward payment
    _click(qtbot, ui.refundButton)
    assert ui.refundReasonError.isVisible()
    ui.refundReasonEdit.setText("故障未排除，退還押金")
    _shot(tab, "tab_deposit", qtbot)
    _click(qtbot, ui.refundButton)
    assert _status(ctx, order_id) is S.REFUNDED
    with ctx.db.session_scope() as session:
        assert session.get(RepairOrder, order_id).closed_at is not None
    assert date(2027, 1, 10)  # the handover's next service date went with the release
