"""套餐卡 lines on the checkout tab (issue 19): before settlement the cashier may have a line the customer's package
card pays paid as usual instead (the card expired, or the customer keeps the use), which puts the use back on the
card (``packages.release_line``): a button under the charged items and the line's right-click menu."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QMenu, QMessageBox, QPushButton, QWidget

from garage_desktop.domain.money import format_yuan
from garage_desktop.domain.text import DomainError
from garage_desktop.services import packages
from garage_desktop.services.checkout_state import ChargedLabour, CheckoutState
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.errors import error_text
from garage_desktop.ui.forms.ui_checkout_tab import Ui_CheckoutTab
from garage_desktop.ui.tabs.checkout_handover import enable
from garage_desktop.ui.widgets import order_menu


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """The confirmation (module-level: tests replace it)."""
    return QMessageBox.question(parent, title, text) == QMessageBox.StandardButton.Yes


class PackageLines(QObject):
    """The "Pay as usual" action of the checkout tab's charged items (the tab owns the form)."""

    done = Signal(str, bool)  # message, warning

    def __init__(self, ctx: AppContext, ui: Ui_CheckoutTab, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx, self.ui, self.parent_widget = ctx, ui, parent
        self.state: CheckoutState | None = None
        self.button = QPushButton(self.tr("Pay as usual, not by the package card…"), ui.linesGroup)
        self.button.setObjectName("releaseCardButton")
        ui.linesLayout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        QWidget.setTabOrder(ui.linesTable, self.button)  # reached from its line by Tab
        self.button.clicked.connect(self.release)
        self.button.hide()
        ui.linesTable.itemSelectionChanged.connect(self._chosen_changed)
        ui.linesTable.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        ui.linesTable.customContextMenuRequested.connect(self._menu)

    def fill(self, state: CheckoutState) -> None:
        """After the tab filled its lines: the button shows only on an order with a line a package card pays."""
        self.state = state
        self.button.setVisible(any(line.card_item_id is not None for line in state.labour))
        self._chosen_changed()

    def chosen_line(self) -> ChargedLabour | None:
        """The labour line a package card pays at the chosen row: the row's own, or for a part riding on a card's
        line, that line (the labour rows come first in the table, then the parts)."""
        model = self.ui.linesTable.selectionModel()
        rows = model.selectedRows() if model is not None else []
        state = self.state
        if state is None or not rows:
            return None
        row = rows[0].row()
        if row < len(state.labour):
            line = state.labour[row]
            return line if line.card_item_id is not None else None
        row -= len(state.labour)
        if row < len(state.parts) and state.parts[row].card_item_id is not None:
            item = state.parts[row].card_item_id
            return next((line for line in state.labour if line.card_item_id == item), None)
        return None

    def _refusal(self, line: ChargedLabour | None) -> str | None:
        if line is None:
            return self.tr("Choose a line a package card pays in the list.")
        assert self.state is not None
        refusal = self.ctx.read(packages.release_refusal, self.ctx.operator_id, self.state.order_id, line.line_id)
        return error_text(refusal) if refusal is not None else None

    def _chosen_changed(self) -> None:
        if self.button.isHidden():  # no line of this order is paid by a package card
            return
        enable(self.button, self._refusal(self.chosen_line()),
               self.tr("The customer pays this line (and the parts its card item pays) as usual; the use goes back "
                       "on the card"))

    def _menu(self, pos: QPoint) -> None:
        table = self.ui.linesTable
        index = table.indexAt(pos)
        if not index.isValid():
            return
        table.selectRow(index.row())
        if self.chosen_line() is None or not self.button.isEnabled():
            return
        menu = QMenu(table)
        action = menu.addAction(self.button.text())
        action.setObjectName("releaseCard")
        action.triggered.connect(self.release)
        order_menu.exec_menu(menu, table.viewport().mapToGlobal(pos))

    def _covered(self, line: ChargedLabour) -> Decimal:
        """What the card pays now for ``line``: it, and the parts of its card item when no other line names it
        (as ``packages.release_line`` frees them)."""
        assert self.state is not None
        amount = line.amount
        if not any(other.card_item_id == line.card_item_id for other in self.state.labour if other is not line):
            amount += sum((p.amount for p in self.state.parts if p.card_item_id == line.card_item_id), Decimal(0))
        return amount

    def release(self) -> None:
        line = self.chosen_line()
        if line is None or self.state is None or self._refusal(line) is not None:
            return
        order_id = self.state.order_id
        text = self.tr("Pay line %1 (%2) as usual instead of by %3? The customer pays %4 more; the card keeps the "
                       "use.").replace("%1", str(line.seq)).replace("%2", line.name).replace(
            "%3", line.card_label).replace("%4", format_yuan(self._covered(line)))
        if not ask(self.parent_widget, self.tr("Pay as usual"), text):
            return
        item_id = line.card_item_id
        try:
            self.ctx.call(packages.release_line, order_id, line.line_id)
        except DomainError as error:  # settled meanwhile on another PC, or the operator changed
            self.done.emit(error_text(error), True)
            return
        item = next((i for i in self.ctx.read(packages.order_items, order_id) if i.card_item_id == item_id), None)
        message = self.tr("Line %1 is paid as usual.").replace("%1", str(line.seq))
        if item is not None:
            message += " " + self.tr("%1: %2 uses left.").replace("%1", item.label).replace(
                "%2", str(item.free_uses))
            if item.reserved:
                message += " " + self.tr("(%1 more held by other open orders)").replace("%1", str(item.reserved))
        self.done.emit(message, False)
