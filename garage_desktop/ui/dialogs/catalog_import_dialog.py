"""The preview of a catalog import: every row of the workbook and what importing it would do."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from garage_desktop.services import catalog
from garage_desktop.services.catalog_excel import ImportPreview, ImportRow, RowStatus
from garage_desktop.ui.errors import error_text, tr_domain
from garage_desktop.ui.forms.ui_catalog_import_dialog import Ui_CatalogImportDialog

STATUS_COLOURS = {RowStatus.NEW: "#e8f5e9", RowStatus.CHANGED: "#fff8e1", RowStatus.ERROR: "#ffebee"}
DETAILS_COLUMN = 5


def field_name(field: str | None) -> str:
    """A catalog field's name in the window's language."""
    names = {
        "code": QCoreApplication.translate("CatalogPage", "Code"),
        "name": QCoreApplication.translate("CatalogPage", "Name"),
        "category": QCoreApplication.translate("CatalogPage", "Category"),
        "standard_hours": QCoreApplication.translate("CatalogPage", "Standard hours"),
        "spec": QCoreApplication.translate("CatalogPage", "Brand / spec"),
        "unit": QCoreApplication.translate("CatalogPage", "Unit"),
        "origin": QCoreApplication.translate("CatalogPage", "Origin"),
        "sale_price": QCoreApplication.translate("CatalogPage", "Sale price"),
        "cost": QCoreApplication.translate("CatalogPage", "Cost"),
        "minimum": QCoreApplication.translate("CatalogPage", "Minimum"),
        "bin_location": QCoreApplication.translate("CatalogPage", "Bin"),
        "supplier": QCoreApplication.translate("CatalogPage", "Supplier"),
        "coefficient": QCoreApplication.translate("CatalogPage", "Complexity coefficient"),
        "note": QCoreApplication.translate("CatalogPage", "Note"),
    }
    return names.get(field or "", field or "")


def status_text(status: RowStatus) -> str:
    return {
        RowStatus.NEW: QCoreApplication.translate("CatalogPage", "New"),
        RowStatus.CHANGED: QCoreApplication.translate("CatalogPage", "Changed"),
        RowStatus.UNCHANGED: QCoreApplication.translate("CatalogPage", "Unchanged"),
        RowStatus.ERROR: QCoreApplication.translate("CatalogPage", "Error: skipped"),
    }[status]


def origin_text(origin: str) -> str:
    return tr_domain(catalog.ORIGIN_LABELS[origin]) if origin in catalog.ORIGIN_LABELS else origin


def plain_number(value: Decimal) -> str:
    """A Decimal without trailing zeros: 2.000 -> "2", 0.50 -> "0.5"."""
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def row_details(row: ImportRow) -> str:
    """What a preview row changes, or what is wrong with it, in the window's language."""
    if row.errors:
        return " ".join(f"{field_name(e.field)}: {error_text(e)}" if e.field else error_text(e)
                         for e in row.errors)
    shown = []
    for change in row.changes:
        before, after = change.before, change.after
        if change.field == "origin":
            before, after = origin_text(before), origin_text(after)
        shown.append(f"{field_name(change.field)}: {before or '—'} → {after or '—'}")
    return "; ".join(shown)


class CatalogImportDialog(QDialog):
    """Every row of the workbook with what importing it would do; the owner applies or cancels."""

    def __init__(self, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finished.connect(self.deleteLater)  # closed, it is deleted (a parent keeps it alive)
        self.preview = preview
        self.ui = ui = Ui_CatalogImportDialog()
        ui.setupUi(self)
        counts = {status: preview.count(status) for status in RowStatus}
        summary = self.tr("%1 new, %2 changed, %3 unchanged, %4 with errors (skipped). Rows missing from the "
                          "file are kept as they are.")
        for placeholder, status in (("%1", RowStatus.NEW), ("%2", RowStatus.CHANGED),
                                    ("%3", RowStatus.UNCHANGED), ("%4", RowStatus.ERROR)):
            summary = summary.replace(placeholder, str(counts[status]))
        ui.summaryLabel.setText(summary)
        header = ui.rowsTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DETAILS_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.apply_button = ui.buttonBox.addButton(
            self.tr("&Apply %n row(s)", "", preview.applicable), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(preview.applicable > 0)
        if not preview.applicable:
            self.apply_button.setToolTip(self.tr("Nothing in the file is new or changed"))
        self.apply_button.setDefault(preview.applicable > 0)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.showUnchangedCheck.toggled.connect(self._fill)
        # With nothing to apply, the unchanged rows are the whole story.
        ui.showUnchangedCheck.setChecked(not preview.applicable and not counts[RowStatus.ERROR])
        self._fill()

    def _fill(self) -> None:
        table = self.ui.rowsTable
        rows = [r for r in self.preview.rows
                if r.status is not RowStatus.UNCHANGED or self.ui.showUnchangedCheck.isChecked()]
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = (row.sheet, str(row.row), row.key, row.name, status_text(row.status), row_details(row))
            colour = STATUS_COLOURS.get(row.status)
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                if colour:
                    item.setBackground(QBrush(QColor(colour)))
                if c == DETAILS_COLUMN:
                    item.setToolTip(text)
                table.setItem(r, c, item)

    def shown_rows(self) -> list[tuple[str, ...]]:
        """The table as text, the way the owner reads it."""
        table = self.ui.rowsTable
        return [tuple(table.item(r, c).text() for c in range(table.columnCount()))
                for r in range(table.rowCount())]
