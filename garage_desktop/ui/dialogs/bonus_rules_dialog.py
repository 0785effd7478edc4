"""The owner's recharge bonus rules (充值贈送, "充1000送100"): a recharge of at least so much gets so much on top;
the highest rule a recharge reaches applies. Adding and retiring rules is the owner's (``services.cards``); anyone
else sees the rules and why they cannot change them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from garage_desktop.domain.money import format_yuan
from garage_desktop.domain.text import DomainError
from garage_desktop.services import cards
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.errors import FieldErrors

_ID = Qt.ItemDataRole.UserRole


class BonusRulesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finished.connect(self.deleteLater)  # closed, it is deleted (a parent keeps it alive)
        self.ctx = ctx
        self.setObjectName("BonusRulesDialog")
        self.setWindowTitle(self.tr("Recharge bonus rules"))
        self.resize(520, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("A recharge (or a card sold) of at least the amount gets the bonus on top; the highest "
                               "rule reached applies. The bonus is kept apart from the money paid in."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Recharge at least"), self.tr("Bonus")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText(self.tr("recharge at least, e.g. 1000"))
        self.bonus_edit = QLineEdit()
        self.bonus_edit.setPlaceholderText(self.tr("bonus, e.g. 100"))
        self.add_button = QPushButton(self.tr("&Add rule"))
        self.retire_button = QPushButton(self.tr("&Retire the chosen rule"))
        for widget in (self.amount_edit, self.bonus_edit, self.add_button):
            row.addWidget(widget)
        layout.addLayout(row)
        self.amount_error, self.bonus_error = QLabel(), QLabel()
        layout.addWidget(self.amount_error)
        layout.addWidget(self.bonus_error)
        layout.addWidget(self.retire_button)
        self.errors = FieldErrors({"pay_at_least": self.amount_error, "bonus": self.bonus_error},
                                  fallback=self.amount_error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(self.add_rule)
        self.bonus_edit.returnPressed.connect(self.add_rule)
        self.retire_button.clicked.connect(self.retire_rule)
        self.reload()

    def reload(self) -> None:
        rules = self.ctx.read(cards.bonus_rules)
        self.table.setRowCount(len(rules))
        for r, rule in enumerate(rules):
            first = QTableWidgetItem(format_yuan(rule.pay_at_least))
            first.setData(_ID, rule.id)
            self.table.setItem(r, 0, first)
            self.table.setItem(r, 1, QTableWidgetItem(format_yuan(rule.bonus)))
        self.retire_button.setEnabled(bool(rules))

    def add_rule(self) -> None:
        self.errors.clear()
        try:
            self.ctx.call(cards.add_bonus_rule, self.amount_edit.text(), self.bonus_edit.text())
        except DomainError as error:
            self.errors.show(error)
            return
        self.amount_edit.clear()
        self.bonus_edit.clear()
        self.reload()

    def retire_rule(self) -> None:
        self.errors.clear()
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        if item is None:
            self.errors.show_message("pay_at_least", self.tr("Choose the rule to retire."))
            return
        try:
            self.ctx.call(cards.retire_bonus_rule, item.data(_ID))
        except DomainError as error:
            self.errors.show(error)
            return
        self.reload()
