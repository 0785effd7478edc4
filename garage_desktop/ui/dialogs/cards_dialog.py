"""The card desk (會員卡): find a customer's cards, sell a stored-value or package card, recharge, refund, and the
ledger of a card; the owner's lists of dormant balances and expired package uses. Reached from the Go menu and the
Checkout tab's payment box. Every action goes through ``services.cards``; a refusal shows beside its field and
nothing typed is lost."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from garage_desktop.domain.cards import ACTION_LABELS, KIND_LABELS, REFUND_RULE_LABELS, CardKind, RefundRule
from garage_desktop.domain.money import format_yuan
from garage_desktop.domain.settlement import METHOD_LABELS, PaymentMethod
from garage_desktop.domain.text import DomainError
from garage_desktop.services import cards, packages
from garage_desktop.services import settings as settings_service
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.errors import FieldErrors, tr_domain

_ID = Qt.ItemDataRole.UserRole
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
OK_STYLE = "color: #2e7d32; font-weight: bold;"


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], ids: list[int] | None = None,
          right: tuple[int, ...] = ()) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c in right:
                item.setTextAlignment(_RIGHT)
            if ids is not None and c == 0:
                item.setData(_ID, ids[r])
            table.setItem(r, c, item)


def _methods() -> QComboBox:
    combo = QComboBox()
    for method in cards.CARD_METHODS:
        combo.addItem(tr_domain(METHOD_LABELS[method]), method.value)
    return combo


def _error() -> QLabel:
    return QLabel()


class CardsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, customer_id: int | None = None) -> None:
        super().__init__(parent)
        self.finished.connect(self.deleteLater)  # closed, it is deleted (a parent keeps it alive)
        self.ctx = ctx
        self.setObjectName("CardsDialog")
        self.setWindowTitle(self.tr("Card desk"))
        self.resize(1180, 660)
        self.card: cards.CardView | None = None
        layout = QVBoxLayout(self)

        search_row = QHBoxLayout()
        label = QLabel(self.tr("&Find a card:"))
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("card number, holder, customer name or phone"))
        label.setBuddy(self.search_edit)
        search_row.addWidget(label)
        search_row.addWidget(self.search_edit, 1)
        layout.addLayout(search_row)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.cards_table = _table([self.tr("Number"), self.tr("Kind"), self.tr("Customer"), self.tr("Balance"),
                                   self.tr("Uses left"), self.tr("Valid until"), self.tr("Status")])
        self.ledger_table = _table([self.tr("When"), self.tr("Movement"), self.tr("Principal"), self.tr("Bonus"),
                                    self.tr("Uses"), self.tr("Service"), self.tr("Order"), self.tr("Paid by"),
                                    self.tr("Note")])
        splitter.addWidget(self.cards_table)
        splitter.addWidget(self.ledger_table)
        splitter.setSizes([660, 500])
        layout.addWidget(splitter, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._sell_page(), self.tr("&Sell a card"))
        self.tabs.addTab(self._recharge_page(), self.tr("&Recharge"))
        self.tabs.addTab(self._refund_page(), self.tr("Re&fund"))
        self.tabs.addTab(self._lists_page(), self.tr("&Dormant and expired"))
        layout.addWidget(self.tabs)

        self.result_label = QLabel()
        self.result_label.setStyleSheet(OK_STYLE)
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.search_edit.textChanged.connect(lambda _t: self.reload())
        self.cards_table.itemSelectionChanged.connect(self._card_chosen)
        if ctx.operator_id is not None:
            try:  # package uses past their expiry are written off before anything is shown
                ctx.call(cards.expire_due)
            except DomainError:
                pass
        if customer_id is not None:
            person = ctx.read(cards.customer_choice, customer_id)
            if person is not None:
                self.customer_edit.setText(person.phone or person.name)
                self.search_edit.setText(person.phone or person.name)
        self.reload()

    # --- pages ------------------------------------------------------------------------------------------------
    def _sell_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setVerticalSpacing(2)
        self.customer_edit = QLineEdit()
        self.customer_edit.setPlaceholderText(self.tr("type the customer's name or phone"))
        self.customer_combo = QComboBox()
        row = QHBoxLayout()
        row.addWidget(self.customer_edit, 1)
        row.addWidget(self.customer_combo, 2)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(tr_domain(KIND_LABELS[CardKind.STORED_VALUE]), None)
        for package in self.ctx.read(packages.list_packages):
            self.kind_combo.addItem(self.tr("Package: %1, %2 (%3)").replace("%1", package.name).replace(
                "%2", format_yuan(package.price)).replace("%3", package.summary), package.id)
        self.number_edit = QLineEdit()
        self.number_edit.setMaxLength(24)
        self.holder_edit = QLineEdit()
        self.holder_edit.setMaxLength(60)
        self.holder_edit.setPlaceholderText(self.tr("empty: the customer"))
        self.pin_edit = QLineEdit()
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(8)
        self.pin_edit.setPlaceholderText(self.tr("optional, 4 to 8 digits"))
        self.sell_amount_edit = QLineEdit()
        self.sell_bonus_label = QLabel()
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.sell_amount_edit, 1)
        amount_row.addWidget(self.sell_bonus_label, 2)
        self.sell_method_combo = _methods()
        self.sell_button = QPushButton(self.tr("Sell the card"))
        e = {name: _error() for name in ("customer", "card_number", "card_pin", "amount", "method", "package")}
        self.sell_errors = FieldErrors(e, fallback=e["customer"])
        for text, widget, error in (
                (self.tr("Customer:"), row, e["customer"]), (self.tr("Card:"), self.kind_combo, e["package"]),
                (self.tr("Card number:"), self.number_edit, e["card_number"]),
                (self.tr("Holder:"), self.holder_edit, None), (self.tr("PIN:"), self.pin_edit, e["card_pin"]),
                (self.tr("Amount paid:"), amount_row, e["amount"]),
                (self.tr("Paid by:"), self.sell_method_combo, e["method"])):
            form.addRow(text, widget)
            if error is not None:
                form.addRow("", error)
        form.addRow("", self.sell_button)
        self.customer_edit.textChanged.connect(self._find_customers)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._sell_kind())
        self.sell_amount_edit.textChanged.connect(
            lambda text: self._bonus(text, self.sell_bonus_label))
        self.sell_button.clicked.connect(self.sell)
        self._sell_kind()
        return page

    def _recharge_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.recharge_card_label = QLabel()
        self.recharge_amount_edit = QLineEdit()
        self.recharge_bonus_label = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.recharge_amount_edit, 1)
        row.addWidget(self.recharge_bonus_label, 2)
        self.recharge_method_combo = _methods()
        self.recharge_button = QPushButton(self.tr("Recharge"))
        amount_error, method_error = _error(), _error()
        self.recharge_errors = FieldErrors({"amount": amount_error, "method": method_error,
                                            "card_number": amount_error}, fallback=amount_error)
        form.addRow(self.tr("Card:"), self.recharge_card_label)
        form.addRow(self.tr("Amount paid:"), row)
        form.addRow("", amount_error)
        form.addRow(self.tr("Paid by:"), self.recharge_method_combo)
        form.addRow("", method_error)
        form.addRow("", self.recharge_button)
        self.recharge_amount_edit.textChanged.connect(lambda text: self._bonus(text, self.recharge_bonus_label))
        self.recharge_amount_edit.returnPressed.connect(self.recharge)
        self.recharge_button.clicked.connect(self.recharge)
        return page

    def _refund_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.refund_rule_label = QLabel()
        self.refund_rule_label.setWordWrap(True)
        self.refund_preview_label = QLabel()
        self.refund_method_combo = _methods()
        self.refund_reason_edit = QLineEdit()
        self.refund_reason_edit.setMaxLength(200)
        self.refund_button = QPushButton(self.tr("Refund and close the card"))
        reason_error = _error()
        self.refund_errors = FieldErrors({"reason": reason_error, "method": reason_error}, fallback=reason_error)
        form.addRow(self.tr("Rule:"), self.refund_rule_label)
        form.addRow(self.tr("Refund:"), self.refund_preview_label)
        form.addRow(self.tr("Paid back by:"), self.refund_method_combo)
        form.addRow(self.tr("Reason:"), self.refund_reason_edit)
        form.addRow("", reason_error)
        form.addRow("", self.refund_button)
        self.refund_button.clicked.connect(self.refund)
        return page

    def _lists_page(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        self.dormant_table = _table([self.tr("Dormant card"), self.tr("Customer"), self.tr("Phone"),
                                     self.tr("Balance"), self.tr("Last movement")])
        self.expired_table = _table([self.tr("Expired card"), self.tr("Customer"), self.tr("Service"),
                                     self.tr("Uses"), self.tr("Value"), self.tr("Expired")])
        row.addWidget(self.dormant_table)
        row.addWidget(self.expired_table)
        return page

    # --- filling ----------------------------------------------------------------------------------------------
    def reload(self) -> None:
        chosen = self.card.id if self.card is not None else None
        found = self.ctx.read(cards.find_cards, self.search_edit.text())
        rows = []
        for card in found:
            left = ", ".join(f"{i.name} {i.left}/{i.bought}" for i in card.items)
            state = (self.tr("closed") if card.closed else self.tr("expired") if card.expired else self.tr("open"))
            balance = (self.tr("%1 (bonus %2)").replace("%1", format_yuan(card.balance)).replace(
                "%2", format_yuan(card.bonus)) if card.kind is CardKind.STORED_VALUE else format_yuan(card.balance))
            rows.append([card.number, tr_domain(KIND_LABELS[card.kind]), card.customer, balance, left,
                         card.expires_on.isoformat() if card.expires_on else "", state])
        self.cards_table.blockSignals(True)
        _fill(self.cards_table, rows, [c.id for c in found], right=(3,))
        self.cards_table.blockSignals(False)
        self._found = {c.id: c for c in found}
        index = next((r for r, c in enumerate(found) if c.id == chosen), 0 if found else None)
        if index is not None:
            self.cards_table.selectRow(index)
        self._card_chosen()
        self._fill_lists()

    def _fill_lists(self) -> None:
        dormant = self.ctx.read(cards.dormant)
        _fill(self.dormant_table, [[d.number, d.customer, d.phone, format_yuan(d.balance), f"{d.last_movement:%Y-%m-%d}"]
                                   for d in dormant], right=(3,))
        expired = self.ctx.read(cards.expired_uses)
        _fill(self.expired_table, [[u.number, u.customer, u.service, str(u.uses), format_yuan(u.value),
                                    u.expired_on.isoformat()] for u in expired], right=(3, 4))

    def _card_chosen(self) -> None:
        row = self.cards_table.currentRow()
        item = self.cards_table.item(row, 0) if row >= 0 else None
        self.card = self._found.get(item.data(_ID)) if item is not None else None
        card = self.card
        entries = self.ctx.read(cards.ledger, card.id) if card is not None else []
        _fill(self.ledger_table, [
            [f"{e.at:%Y-%m-%d %H:%M}", tr_domain(ACTION_LABELS[e.action]), f"{e.principal:,.2f}",
             f"{e.bonus:,.2f}", str(e.uses) if e.uses else "", e.item, e.order_no,
             tr_domain(METHOD_LABELS[PaymentMethod(e.method)]) if e.method in PaymentMethod._value2member_map_
             else "", e.note] for e in entries], right=(2, 3, 4))
        text = (f"{card.number} · {card.customer} · {format_yuan(card.balance)}" if card is not None
                else self.tr("Choose a card in the list."))
        self.recharge_card_label.setText(text)
        stored = card is not None and card.kind is CardKind.STORED_VALUE and card.usable
        self.recharge_button.setEnabled(stored)
        rule = RefundRule(self.ctx.read(settings_service.load).card_refund_rule)
        self.refund_rule_label.setText(tr_domain(REFUND_RULE_LABELS[rule]))
        if card is not None and card.usable and card.balance > 0:
            amounts = self.ctx.read(cards.refund_preview, card.id)
            self.refund_preview_label.setText(self.tr("%1 paid back; %2 written off").replace(
                "%1", format_yuan(amounts.paid_back)).replace("%2", format_yuan(amounts.withheld
                                                                               + amounts.bonus_forfeited)))
            self.refund_button.setEnabled(True)
        else:
            self.refund_preview_label.setText(text)
            self.refund_button.setEnabled(False)

    def _find_customers(self, text: str) -> None:
        chosen = self.customer_combo.currentData()
        self.customer_combo.clear()
        for person in self.ctx.read(cards.find_customers, text):
            self.customer_combo.addItem(f"{person.name} {person.phone}", person.id)
        index = self.customer_combo.findData(chosen)
        self.customer_combo.setCurrentIndex(index if index >= 0 else 0 if self.customer_combo.count() else -1)

    def _sell_kind(self) -> None:
        stored = self.kind_combo.currentData() is None
        self.sell_amount_edit.setEnabled(stored)
        self.sell_amount_edit.setPlaceholderText(self.tr("e.g. 1000") if stored else self.tr("the package's price"))
        if not stored:
            self.sell_amount_edit.clear()
            self.sell_bonus_label.clear()

    def _bonus(self, text: str, label: QLabel) -> None:
        bonus = self.ctx.read(cards.bonus_preview, text) if text.strip() else 0
        label.setText(self.tr("bonus %1").replace("%1", format_yuan(bonus)) if bonus else "")

    # --- actions ----------------------------------------------------------------------------------------------
    def _run(self, errors: FieldErrors, action: Callable[[], Any]) -> Any | None:
        for each in (self.sell_errors, self.recharge_errors, self.refund_errors):
            each.clear()
        self.result_label.clear()
        try:
            return action()
        except DomainError as error:
            errors.show(error)
            return None

    def _done(self, text: str, number: str) -> None:
        self.ctx.changed("cards")
        self.search_edit.blockSignals(True)
        self.search_edit.setText(number)
        self.search_edit.blockSignals(False)
        self.card = None
        self.reload()
        self.result_label.setText(text)

    def sell(self) -> None:
        customer = self.customer_combo.currentData() or 0
        package = self.kind_combo.currentData()
        number, holder, pin = self.number_edit.text(), self.holder_edit.text(), self.pin_edit.text()
        method = self.sell_method_combo.currentData()
        if package is None:
            amount = self.sell_amount_edit.text()
            card = self._run(self.sell_errors, lambda: self.ctx.call(
                cards.sell_stored_value, customer, number, amount, method, holder=holder, pin=pin))
        else:
            card = self._run(self.sell_errors, lambda: self.ctx.call(
                cards.sell_package, customer, package, number, method, holder=holder, pin=pin))
        if card is None:
            return
        for edit in (self.number_edit, self.holder_edit, self.pin_edit, self.sell_amount_edit):
            edit.clear()
        self._done(self.tr("Card %1 sold to %2: it holds %3.").replace("%1", card.number).replace(
            "%2", card.customer).replace("%3", format_yuan(card.balance)), card.number)

    def recharge(self) -> None:
        if self.card is None:
            return
        card_id, amount = self.card.id, self.recharge_amount_edit.text()
        method = self.recharge_method_combo.currentData()
        card = self._run(self.recharge_errors, lambda: self.ctx.call(cards.recharge, card_id, amount, method))
        if card is None:
            return
        self.recharge_amount_edit.clear()
        self._done(self.tr("Card %1 recharged: it holds %2.").replace("%1", card.number).replace(
            "%2", format_yuan(card.balance)), card.number)

    def refund(self) -> None:
        if self.card is None:
            return
        card_id, reason = self.card.id, self.refund_reason_edit.text()
        method = self.refund_method_combo.currentData()
        result = self._run(self.refund_errors, lambda: self.ctx.call(cards.refund, card_id, method, reason))
        if result is None:
            return
        self.refund_reason_edit.clear()
        self._done(self.tr("Card %1 refunded: pay back %2; the card is closed.").replace(
            "%1", result.card.number).replace("%2", format_yuan(result.paid_back)), result.card.number)
