"""Issue 19 on the checkout tab: before settlement the cashier has a line the customer's package card pays paid as
usual instead ("Pay as usual, not by the package card…", under the charged items and on the line's right-click
menu): confirmed first, refused with the reason for another role and after settlement, and the card's uses left
said afterwards."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from garage_desktop.db.models import AuditEvent, LabourOperation
from garage_desktop.domain.classes import Role
from garage_desktop.services import audit, checkout, clock
from garage_desktop.services.estimate import LabourDraft
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.tabs import checkout_package_lines
from garage_desktop.ui.tabs.checkout_tab import CheckoutTab
from garage_desktop.ui.widgets import order_menu
from tests.integration.test_estimate import NOW as ESTIMATED
from tests.integration.test_estimate import make_order
from tests.integration.test_packages import (
    customer_of,
    define_package,
    draft,
    item_of,
    make_ready,
    oil_line,
    save,
    sell,
)
from tests.ui.test_checkout_tab import _open, open_tab

SHOTS = Path("/tmp/shots/checkout")
D = Decimal


@pytest.fixture
def order_id(ctx: AppContext, people: dict[Role, int]) -> int:
    """Ready for settlement: 常規保養 (¥100) paid by the customer's card P12345678 (4 uses), 檢查 (¥50) not."""
    clock.set_fixed(ESTIMATED)
    with ctx.db.session_scope() as s:
        audit.exempt(s, "test catalog")
        s.add_all([LabourOperation(code="PKG-OIL", name="常規保養", category="保養", standard_hours=D("1.0")),
                   LabourOperation(code="PKG-WASH", name="精洗", category="美容", standard_hours=D("0.5"))])
    package = define_package(ctx.db, people[Role.OWNER])
    order = make_order(ctx.db, people[Role.ADVISOR], coefficient=None)
    item = item_of(ctx.db, sell(ctx.db, people, customer_of(ctx.db, order), package.id, "P12345678"))
    save(ctx.db, people[Role.ADVISOR], order, draft(oil_line(item), LabourDraft(name="檢查", standard_hours="0.5",
                                                                                rate="100", coefficient="1")))
    make_ready(ctx.db, people[Role.ADVISOR], order)
    return order


@pytest.fixture
def tab(qtbot: QtBot, ctx: AppContext, people: dict[Role, int], order_id: int) -> CheckoutTab:
    widget = open_tab(qtbot, ctx, people)
    widget.resize(1366, 768)
    _open(widget, ctx, order_id)
    return widget


def _released(ctx: AppContext, order_id: int) -> list[str]:
    with ctx.db.session_scope() as s:
        return list(s.scalars(select(AuditEvent.action).where(AuditEvent.order_id == order_id,
                                                              AuditEvent.action == "card:line_released")))


def test_the_cashier_pays_a_package_line_as_usual_and_sees_the_uses_left(
        qtbot: QtBot, tab: CheckoutTab, ctx: AppContext, people: dict[Role, int], order_id: int,
        monkeypatch: pytest.MonkeyPatch) -> None:
    ui, button = tab.ui, tab.package_lines.button
    assert button.isVisible() and not button.isEnabled()
    assert button.toolTip() == "Choose a line a package card pays in the list."
    ui.linesTable.selectRow(1)  # 檢查: the customer pays it anyway
    assert not button.isEnabled()
    ui.linesTable.selectRow(0)
    assert "套餐卡 …5678 常規保養" in ui.linesTable.item(0, 8).text()
    assert button.isEnabled() and tab.state.balance == D("50.00")
    SHOTS.mkdir(parents=True, exist_ok=True)
    qtbot.wait(50)  # the labels' heights settle before the grab
    tab.grab().save(str(SHOTS / "checkout_package_line.png"))
    # The foreman may not: the button says why (the service's own refusal).
    ctx.set_operator(people[Role.FOREMAN])
    ui.linesTable.selectRow(0)
    assert not button.isEnabled() and "Only" in button.toolTip()
    ctx.set_operator(people[Role.CASHIER])
    ui.linesTable.selectRow(0)
    asked: list[str] = []
    monkeypatch.setattr(checkout_package_lines, "ask", lambda _p, _title, text: asked.append(text) or False)
    button.click()  # answered No: nothing changes
    assert "Pay line 1 (常規保養) as usual instead of by 套餐卡 …5678 常規保養? The customer pays ¥100.00" in asked[0]
    assert tab.state.balance == D("50.00") and not _released(ctx, order_id)
    monkeypatch.setattr(checkout_package_lines, "ask", lambda _p, _title, _text: True)
    button.click()
    assert tab.state.balance == D("150.00") and tab.ui.payAmountEdit.text() == "150.00"
    assert "套餐卡" not in ui.linesTable.item(0, 8).text()
    # The use is back: this order held one of the 4, none is held now.
    assert "Line 1 is paid as usual. 套餐卡 …5678 常規保養: 4 uses left." in ui.resultLabel.text()
    assert not button.isVisible()  # no line of the order is paid by a card now
    assert _released(ctx, order_id) == ["card:line_released"]
    qtbot.wait(50)
    tab.grab().save(str(SHOTS / "checkout_package_line_released.png"))


def test_the_lines_right_click_menu_offers_it_too(tab: CheckoutTab, ctx: AppContext, order_id: int,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(checkout_package_lines, "ask", lambda _p, _title, _text: True)
    offered: list[str] = []

    def choose(menu, _at) -> None:  # type: ignore[no-untyped-def]
        offered.extend(action.objectName() for action in menu.actions())
        menu.actions()[0].trigger()

    monkeypatch.setattr(order_menu, "exec_menu", choose)
    table = tab.ui.linesTable
    table.customContextMenuRequested.emit(table.visualRect(table.model().index(1, 0)).center())
    assert offered == []  # 檢查: no card pays it, no menu
    table.customContextMenuRequested.emit(table.visualRect(table.model().index(0, 0)).center())
    assert offered == ["releaseCard"] and _released(ctx, order_id) == ["card:line_released"]


def test_after_settlement_the_use_is_taken_and_the_button_says_so(tab: CheckoutTab, ctx: AppContext,
                                                                   order_id: int) -> None:
    tab.ui.payAmountEdit.setText("50")
    tab.take_payment()  # clears the balance: settled, the card's use taken
    assert tab.state.settled
    button = tab.package_lines.button
    tab.ui.linesTable.selectRow(0)
    assert button.isVisible() and not button.isEnabled()
    assert button.toolTip() == "The card's use was taken at settlement: void its payment instead."
    assert ctx.read(checkout.money_refusal, ctx.operator_id) is None  # the cashier: refused for the status only
