"""Import a supplier's price list (Excel): choose the file and the supplier, see every row — new, changed,
unchanged, or its errors — and then apply the valid rows. Tests call ``load`` and ``apply`` directly."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
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
from garage_desktop.services import supplier_prices
from garage_desktop.services.supplier_prices import PricePreview, PriceStatus
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.errors import error_text
from garage_desktop.ui.text_limits import limit_input

COLOURS = {PriceStatus.NEW: "#1565c0", PriceStatus.CHANGED: "#2e7d32", PriceStatus.UNCHANGED: "#757575",
           PriceStatus.ERROR: "#c62828"}


def _change(before: Decimal | None, after: Decimal | None) -> str:
    if after is None:
        return ""
    if before is None or before == after:
        return f"{after:,.2f}"
    return f"{before:,.2f} → {after:,.2f}"


class PriceListDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finished.connect(self.deleteLater)  # closed, it is deleted (a parent keeps it alive)
        self.ctx = ctx
        self.data: bytes | None = None
        self.preview: PricePreview | None = None
        self.result_value: supplier_prices.PriceImportResult | None = None
        self.setWindowTitle(self.tr("Import a supplier's price list"))
        self.setObjectName("PriceListDialog")
        self.statuses = {PriceStatus.NEW: self.tr("New part"), PriceStatus.CHANGED: self.tr("Changed"),
                         PriceStatus.UNCHANGED: self.tr("Unchanged"), PriceStatus.ERROR: self.tr("Error")}
        layout = QVBoxLayout(self)
        form = QFormLayout()
        file_row = QHBoxLayout()
        self.file_label = QLabel(self.tr("No file chosen."))
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.template_button = QPushButton(self.tr("Save an empty &template…"))
        self.template_button.clicked.connect(self.save_template)
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.template_button)
        form.addRow(self.tr("File:"), file_row)
        self.supplier_edit = QLineEdit()
        limit_input(self.supplier_edit, limits.SUPPLIER)
        self.supplier_edit.setObjectName("supplierEdit")
        self.supplier_edit.editingFinished.connect(self.refresh)
        supplier_label = QLabel(self.tr("&Supplier:"))
        supplier_label.setBuddy(self.supplier_edit)
        form.addRow(supplier_label, self.supplier_edit)
        layout.addLayout(form)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("previewTable")
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Code"), self.tr("Part"), self.tr("Status"),
                                              self.tr("Cost"), self.tr("Sale price"), self.tr("Problems")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in range(6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summaryLabel")
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet("color: #c62828;")
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.apply_button = QPushButton(self.tr("&Apply the valid rows"))
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.resize(980, 600)

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose the price list"), "",
                                                    self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.load(Path(path).read_bytes(), Path(path).name)

    def save_template(self) -> None:
        language = self.ctx.document_language()  # the garage's papers' language (any script is read back)
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save an empty price list"),
                                                    f"{supplier_prices.template_title(language)}.xlsx",
                                                    self.tr("Excel workbooks (*.xlsx)"))
        if path:
            Path(path).write_bytes(supplier_prices.template_workbook(language))

    def load(self, data: bytes, name: str) -> PricePreview | None:
        """Read ``data`` (a file called ``name``) and show its preview; the supplier defaults to the file's name."""
        self.data = data
        self.file_label.setText(name)
        if not self.supplier_edit.text().strip():
            self.supplier_edit.setText(Path(name).stem[:supplier_prices.SUPPLIER_LIMIT])
        return self.refresh()

    def refresh(self) -> PricePreview | None:
        self.error_label.clear()
        self.preview = None
        if self.data is not None:
            try:
                self.preview = self.ctx.read(supplier_prices.preview_price_list, self.data, self.supplier_edit.text())
            except DomainError as error:
                self.error_label.setText(error_text(error))
        self._show()
        return self.preview

    def _show(self) -> None:
        preview = self.preview
        rows = preview.rows if preview else ()
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            problems = "; ".join(error_text(e) for e in row.errors)
            cells = (str(row.row), row.code, row.name, self.statuses[row.status],
                     _change(row.cost_before, row.cost), _change(row.sale_before, row.sale_price), problems)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3 or (column == 6 and problems):
                    item.setForeground(QBrush(QColor(COLOURS[row.status])))
                if column in (0, 4, 5):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if problems:
                    item.setToolTip(problems)
                self.table.setItem(r, column, item)
        if preview is None:
            self.summary_label.clear()
        else:
            self.summary_label.setText(self.tr("%1 new, %2 changed, %3 unchanged, %4 with errors (not applied).")
                                       .replace("%1", str(preview.count(PriceStatus.NEW)))
                                       .replace("%2", str(preview.count(PriceStatus.CHANGED)))
                                       .replace("%3", str(preview.count(PriceStatus.UNCHANGED)))
                                       .replace("%4", str(preview.count(PriceStatus.ERROR))))
        self.apply_button.setEnabled(bool(preview and preview.applicable))

    def apply(self) -> supplier_prices.PriceImportResult | None:
        if self.data is None:
            return None
        try:
            result = self.ctx.call(supplier_prices.apply_price_list, self.data, self.supplier_edit.text())
        except DomainError as error:
            self.error_label.setText(error_text(error))
            return None
        self.result_value = result
        self.ctx.changed("stock")
        self.refresh()
        self.summary_label.setText(self.tr("Applied: %1 parts added, %2 updated; %3 rows with errors skipped.")
                                   .replace("%1", str(result.created)).replace("%2", str(result.updated))
                                   .replace("%3", str(len(result.skipped))))
        return result
