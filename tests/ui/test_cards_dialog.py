"""The card desk and a stored-value card at the checkout, as the cashier uses them: sell a card with the bonus
shown, recharge, refund by the rule; pay part of a bill from the card (the PIN asked, a wrong one refused beside
the field, too much refused with the balance), the rest in cash."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from garage_desktop.db.engine import Database
from garage_desktop.db.models import Customer
from garage_desktop.domain.classes import Role
from garage_desktop.services import cards, clock
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.dialogs.cards_dialog import CardsDialog
from tests.integration.test_checkout import NOW, call, make_ready_order
from tests.ui.test_checkout_tab import _open, open_tab

SHOTS = Path("/tmp/shots/cards")


@pytest.fixture
def customer(db: Database) -> int:
    with db.session_scope() as session:
        person = Customer(name="王大明", phone="13900001111", created_at=NOW - timedelta(days=100))
        session.add(person)
        session.flush()
        return person.id


def _desk(qtbot: QtBot, ctx: AppContext, **kwargs: object) -> CardsDialog:
    desk = CardsDialog(ctx, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(desk)
    desk.show()
    qtbot.waitExposed(desk)
    return desk


def _click(qtbot: QtBot, button: object) -> None:
    assert button.isEnabled(), button.toolTip()  # type: ignore[attr-defined]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def test_the_cashier_sells_recharges_and_refunds_a_card_at_the_desk(qtbot: QtBot, ctx: AppContext, db: Database,
                                                                    people: dict[Role, int], customer: int) -> None:
    clock.set_fixed(NOW)
    call(db, cards.add_bonus_rule, people[Role.OWNER], "1000", "100")
    ctx.set_operator(people[Role.CASHIER])
    desk = _desk(qtbot, ctx)
    desk.customer_edit.setText("1390000")
    assert desk.customer_combo.currentData() == customer
    desk.number_edit.setText("VIP0001")
    desk.pin_edit.setText("2468")
    desk.sell_amount_edit.setText("1000")
    assert "¥100.00" in desk.sell_bonus_label.text()  # the bonus shown before selling
    _click(qtbot, desk.sell_button)
    assert "VIP0001" in desk.result_label.text() and "¥1,100.00" in desk.result_label.text()
    assert desk.cards_table.rowCount() == 1 and desk.ledger_table.rowCount() == 1
    desk.tabs.setCurrentIndex(1)
    desk.recharge_amount_edit.setText("abc")
    _click(qtbot, desk.recharge_button)
    assert desk.recharge_errors.labels["amount"].isVisible()  # beside the field, the text kept
    assert desk.recharge_amount_edit.text() == "abc"
    desk.recharge_amount_edit.setText("500")
    _click(qtbot, desk.recharge_button)
    assert "¥1,600.00" in desk.result_label.text() and desk.ledger_table.rowCount() == 2
    desk.tabs.setCurrentIndex(2)
    assert "¥1,500.00 paid back" in desk.refund_preview_label.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    desk.resize(1280, 700)
    desk.grab().save(str(SHOTS / "desk.png"))
    _click(qtbot, desk.refund_button)  # no reason: refused beside the field
    assert desk.refund_errors.labels["reason"].isVisible()
    desk.refund_reason_edit.setText("客戶搬家")
    _click(qtbot, desk.refund_button)
    assert "¥1,500.00" in desk.result_label.text()
    assert desk.cards_table.item(0, 6).text() == "closed"


def test_an_advisor_is_refused_beside_the_form(qtbot: QtBot, ctx: AppContext, people: dict[Role, int],
                                               customer: int) -> None:
    clock.set_fixed(NOW)
    desk = _desk(qtbot, ctx, customer_id=customer)  # the advisor
    assert desk.customer_combo.currentData() == customer
    desk.number_edit.setText("VIP0009")
    desk.sell_amount_edit.setText("300")
    _click(qtbot, desk.sell_button)
    assert "Only" in desk.sell_errors.fallback.text()
    assert desk.number_edit.text() == "VIP0009" and desk.cards_table.rowCount() == 0


def test_paying_part_of_a_bill_from_a_card_at_the_checkout(qtbot: QtBot, ctx: AppContext, db: Database,
                                                           people: dict[Role, int]) -> None:
    order_id = make_ready_order(db)  # ¥820
    with db.session_scope() as session:
        from garage_desktop.db.models import RepairOrder
        customer = session.get(RepairOrder, order_id).customer_id
    clock.set_fixed(NOW)
    call(db, cards.add_bonus_rule, people[Role.OWNER], "500", "50")
    call(db, cards.sell_stored_value, people[Role.CASHIER], customer, "VIP0042", "500", "cash", pin="1357")
    tab = open_tab(qtbot, ctx, people)
    _open(tab, ctx, order_id)
    ui = tab.ui
    ui.methodCombo.setCurrentIndex(ui.methodCombo.findData("stored_value"))
    assert ui.cardCombo.isVisible() and not ui.tenderedEdit.isVisible()
    assert "VIP0042" in ui.cardCombo.currentText() and "¥550.00" in ui.cardCombo.currentText()
    ui.payAmountEdit.setText("600")
    ui.cardPinEdit.setText("1357")
    _click(qtbot, ui.payButton)
    assert ui.payAmountError.isVisible() and "¥550.00" in ui.payAmountError.text()
    ui.payAmountEdit.setText("330")
    ui.cardPinEdit.setText("0000")
    _click(qtbot, ui.payButton)
    assert ui.cardError.isVisible() and "PIN" in ui.cardError.text()
    ui.cardPinEdit.setText("1357")
    _click(qtbot, ui.payButton)
    assert "¥300.00" in ui.resultLabel.text() and "¥30.00" in ui.resultLabel.text()  # principal and bonus
    assert "Still owed: ¥490.00" in ui.resultLabel.text()
    assert "¥220.00" in ui.cardCombo.currentText()  # the balance left shown
    SHOTS.mkdir(parents=True, exist_ok=True)
    tab.window().resize(1366, 768)
    tab.grab().save(str(SHOTS / "checkout.png"))
    ui.methodCombo.setCurrentIndex(ui.methodCombo.findData("cash"))
    ui.payAmountEdit.setText("490")
    _click(qtbot, ui.payButton)
    assert "settled" in ui.resultLabel.text()
    assert ui.depositMethodCombo.findData("stored_value") < 0 and ui.methodCombo.findData("package_card") < 0


def test_the_owner_sets_bonus_rules_and_the_card_settings_in_the_settings_tab(
        qtbot: QtBot, ctx: AppContext, db: Database, people: dict[Role, int]) -> None:
    from garage_desktop.services import settings as settings_service
    from garage_desktop.ui.dialogs.bonus_rules_dialog import BonusRulesDialog
    from garage_desktop.ui.tabs.settings_tab import SettingsTab

    ctx.set_operator(people[Role.OWNER])
    dialog = BonusRulesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.amount_edit.setText("1000")
    dialog.bonus_edit.setText("1200")
    _click(qtbot, dialog.add_button)
    assert dialog.bonus_error.isVisible() and dialog.amount_edit.text() == "1000"
    dialog.bonus_edit.setText("100")
    _click(qtbot, dialog.add_button)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "¥100.00"
    dialog.table.selectRow(0)
    _click(qtbot, dialog.retire_button)
    assert dialog.table.rowCount() == 0
    ctx.set_operator(people[Role.CASHIER])
    dialog.amount_edit.setText("500")
    dialog.bonus_edit.setText("50")
    _click(qtbot, dialog.add_button)
    assert "Only" in dialog.amount_error.text() and dialog.table.rowCount() == 0

    ctx.set_operator(people[Role.OWNER])
    tab = SettingsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1366, 740)
    tab.show()
    qtbot.waitExposed(tab)
    tab.card_refund_combo.setCurrentIndex(tab.card_refund_combo.findData("no_refund"))
    tab.card_dormant_spin.setValue(6)
    tab.save()
    with db.session_scope(write=False) as session:
        stored = settings_service.load(session)
    assert (stored.card_refund_rule, stored.card_dormant_months) == ("no_refund", 6)
    SHOTS.mkdir(parents=True, exist_ok=True)
    tab.grab().save(str(SHOTS / "settings.png"))
    tab.ui.formScroll.ensureWidgetVisible(tab.card_dormant_spin)
    tab.grab().save(str(SHOTS / "settings_cards.png"))
    ctx.set_operator(people[Role.CASHIER])
    assert not tab.card_refund_combo.isEnabled() and not tab.bonus_rules_button.isEnabled()


def test_the_card_desk_opens_from_the_go_menu_and_from_the_checkout_with_the_customer(
        qtbot: QtBot, ctx: AppContext, db: Database, people: dict[Role, int],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from garage_desktop.ui.main_window import MainWindow

    opened: list[int | None] = []

    def fake_exec(self: CardsDialog) -> int:
        opened.append(self.customer_combo.currentData())
        return 0

    monkeypatch.setattr(CardsDialog, "exec", fake_exec)
    order_id = make_ready_order(db)
    with db.session_scope() as session:
        from garage_desktop.db.models import RepairOrder
        customer = session.get(RepairOrder, order_id).customer_id
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    action = next(a for a in window.go_menu.actions() if a.objectName() == "cardDeskAction")
    action.trigger()
    assert opened == [None]
    tab = open_tab(qtbot, ctx, people)
    _open(tab, ctx, order_id)
    tab.ui.methodCombo.setCurrentIndex(tab.ui.methodCombo.findData("stored_value"))
    _click(qtbot, tab.ui.cardsButton)
    assert opened[-1] == customer  # the order's customer, ready to sell a card to
