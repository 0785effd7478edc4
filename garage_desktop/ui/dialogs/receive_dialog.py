"""Receive a supplier's delivery: the supplier, the parts found by typing, each with the quantity and unit cost
on the delivery note. ``submit`` books it (one transaction); a refusal is shown and everything typed stays."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
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

from garage_desktop.domain import limits
from garage_desktop.domain.text import DomainError
from garage_desktop.services import catalog
from garage_desktop.services.catalog import PartInfo
from garage_desktop.services.stock import ReceiptLine
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.errors import error_text
from garage_desktop.ui.text_limits import limit_inputs
from garage_desktop.ui.widgets.catalog_picker import CatalogPicker, describe_part

Submit = Callable[[str, list[ReceiptLine], str], object]
_PART = Qt.ItemDataRole.UserRole
QTY, COST = 2, 3


class ReceiveDialog(QDialog):
    def __init__(self, ctx: AppContext, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finished.connect(self.deleteLater)  # closed, it is deleted (a parent keeps it alive)
        self.ctx, self.submit, self.result_value = ctx, submit, None
        self.setWindowTitle(self.tr("Receive a delivery"))
        self.setObjectName("ReceiveDialog")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.supplier_edit = QLineEdit()
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("delivery note number, remarks"))
        limit_inputs({self.supplier_edit: limits.SUPPLIER, self.note_edit: limits.RECEIPT_NOTE})
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Type a code, a name or its pinyin initials to add a part"))
        for text, widget in ((self.tr("&Supplier:"), self.supplier_edit), (self.tr("&Note:"), self.note_edit),
                             (self.tr("&Add part:"), self.search_edit)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout.addLayout(form)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("linesTable")
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Part"), self.tr("Quantity"),
                                              self.tr("Unit cost")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.remove_button = QPushButton(self.tr("Re&move line"))
        self.remove_button.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet("color: #c62828;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Book into stock"))
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.picker = CatalogPicker(self.search_edit, lambda text: ctx.read(catalog.search_parts, text),
                                    describe_part)
        self.picker.picked.connect(self.add_part)
        self.resize(720, 460)

    def add_part(self, part: PartInfo) -> None:
        """A line for ``part``: quantity 1 and the part's current cost, ready to be overtyped."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate((part.code, part.name, "1", f"{part.cost:.2f}")):
            item = QTableWidgetItem(text)
            item.setData(_PART, part.id)
            if column < QTY:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            else:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)
        if not self.supplier_edit.text().strip() and part.supplier:
            self.supplier_edit.setText(part.supplier)
        self.table.setCurrentCell(row, QTY)

    def lines(self) -> list[ReceiptLine]:
        return [ReceiptLine(self.table.item(r, 0).data(_PART), self.table.item(r, QTY).text(),
                            self.table.item(r, COST).text()) for r in range(self.table.rowCount())]

    def confirm(self) -> None:
        self.error_label.hide()
        try:
            self.result_value = self.submit(self.supplier_edit.text(), self.lines(), self.note_edit.text())
        except DomainError as error:
            text = error_text(error)
            found = re.match(r"lines\[(\d+)\]", error.field or "")
            if found:
                row = int(found.group(1))
                text = self.tr("Line %1: %2").replace("%1", str(row + 1)).replace("%2", text)
                self.table.setCurrentCell(row, COST if error.field and error.field.endswith("unit_cost") else QTY)
            self.error_label.setText(text)
            self.error_label.show()
            return
        self.accept()
