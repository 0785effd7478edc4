"""The catalogs page of Settings: labour operations (工時定額) and parts, edited by the owner, and Excel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from garage_desktop.domain import limits
from garage_desktop.domain.money import parse_decimal
from garage_desktop.domain.pricing import HourUnit, hours_to_units
from garage_desktop.domain.text import DomainError
from garage_desktop.services import catalog, catalog_excel, clock, operators, settings
from garage_desktop.services.catalog import OperationDraft, OperationInfo, PartDraft, PartInfo
from garage_desktop.services.catalog_excel import ImportPreview
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.dialogs.catalog_import_dialog import CatalogImportDialog, origin_text, plain_number
from garage_desktop.ui.errors import FieldErrors, error_text
from garage_desktop.ui.forms.ui_catalog_page import Ui_CatalogPage
from garage_desktop.ui.runner import run_with_progress
from garage_desktop.ui.text_limits import limit_inputs

UNITS_COLUMN = 4  # the operations table's "5-minute units" column, shown only in that mode
ON_HAND_COLUMN = 7
LOW_STOCK = QBrush(QColor("#ffe0b2"))


# --- dialogs, module-level so tests replace them -------------------------------------------------------
def ask_open_path(parent: QWidget) -> str:
    path, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("CatalogPage", "Import catalogs from Excel"), str(Path.home()),
        QCoreApplication.translate("CatalogPage", "Excel workbooks (*.xlsx)"))
    return path


def ask_save_path(parent: QWidget, suggested: str) -> str:
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("CatalogPage", "Export catalogs to Excel"), suggested,
        QCoreApplication.translate("CatalogPage", "Excel workbooks (*.xlsx)"))
    if path and not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    return path


def confirm_import(preview: ImportPreview) -> bool:
    """Show what the import would do, row by row; True when the owner chooses to apply it."""
    return CatalogImportDialog(preview, QApplication.activeWindow()).exec() == QDialog.DialogCode.Accepted


def confirm_delete(parent: QWidget, name: str) -> bool:
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("CatalogPage", "Delete from the catalog"),
        QCoreApplication.translate("CatalogPage", "Delete \"%1\" from the catalog?").replace("%1", name))
    return answer == QMessageBox.StandardButton.Yes


class _Item(QTableWidgetItem):
    """A cell that sorts by a key (numbers as numbers) rather than by its text."""

    def __init__(self, text: str, key: Any = None, *, right: bool = False) -> None:
        super().__init__(text)
        self.key = text.lower() if key is None else key
        if right:
            self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.key, getattr(other, "key", None)
        if theirs is None or type(mine) is not type(theirs):
            return super().__lt__(other)
        return mine < theirs


def _fill(table: QTableWidget, rows: list[tuple[int, list[_Item]]]) -> None:
    table.setSortingEnabled(False)
    table.setRowCount(len(rows))
    for r, (record_id, items) in enumerate(rows):
        for c, item in enumerate(items):
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            table.setItem(r, c, item)
    table.setSortingEnabled(True)


def _select(table: QTableWidget, record_id: int | None) -> None:
    """Select the row of ``record_id`` without telling anyone (the editor already shows it)."""
    table.blockSignals(True)
    table.selectionModel().blockSignals(True)
    try:
        table.clearSelection()
        for r in range(table.rowCount()):
            item = table.item(r, 0)
            if record_id is not None and item and item.data(Qt.ItemDataRole.UserRole) == record_id:
                table.selectRow(r)
                table.scrollToItem(item)
                break
    finally:
        table.selectionModel().blockSignals(False)
        table.blockSignals(False)


class CatalogPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui = Ui_CatalogPage()
        ui.setupUi(self)
        limit_inputs({ui.opCodeEdit: limits.OPERATION_CODE, ui.opNameEdit: limits.CATALOG_OPERATION_NAME,
                      ui.opCategoryCombo.lineEdit(): limits.CATEGORY, ui.partCodeEdit: limits.PART_CODE,
                      ui.partNameEdit: limits.PART_NAME, ui.partSpecEdit: limits.SPEC, ui.partUnitEdit: limits.UNIT,
                      ui.partBinEdit: limits.BIN_LOCATION, ui.partSupplierEdit: limits.SUPPLIER})
        self.operation_id: int | None = None  # the operation in the editor; None: a new one
        self.part_id: int | None = None
        self.is_owner = False
        self.hour_unit = HourUnit.HOUR
        self._quiet = False  # our own change notice: what we changed is already on screen
        for origin in catalog.ORIGINS:
            ui.partOriginCombo.addItem(origin_text(origin), origin)
        self.op_errors = FieldErrors({"code": ui.opCodeError, "name": ui.opNameError,
                                      "category": ui.opCategoryError, "standard_hours": ui.opHoursError},
                                     fallback=ui.opFormError)
        self.part_errors = FieldErrors({
            "code": ui.partCodeError, "name": ui.partNameError, "spec": ui.partSpecError,
            "unit": ui.partUnitError, "origin": ui.partOriginError, "sale_price": ui.partPriceError,
            "cost": ui.partCostError, "minimum": ui.partMinimumError, "bin_location": ui.partBinError,
            "supplier": ui.partSupplierError}, fallback=ui.partFormError)
        self.op_fields: dict[str, QWidget] = {
            "code": ui.opCodeEdit, "name": ui.opNameEdit, "category": ui.opCategoryCombo,
            "standard_hours": ui.opHoursEdit}
        self.part_fields: dict[str, QWidget] = {
            "code": ui.partCodeEdit, "name": ui.partNameEdit, "spec": ui.partSpecEdit,
            "unit": ui.partUnitEdit,
            "origin": ui.partOriginCombo, "sale_price": ui.partPriceEdit, "cost": ui.partCostEdit,
            "minimum": ui.partMinimumEdit, "bin_location": ui.partBinEdit, "supplier": ui.partSupplierEdit}
        self.editing_widgets: list[QWidget] = [
            *self.op_fields.values(), *self.part_fields.values(), ui.opNewButton, ui.opSaveButton,
            ui.opDeleteButton, ui.partNewButton, ui.partSaveButton, ui.partDeleteButton, ui.importButton]
        self._tooltips = {widget: widget.toolTip() for widget in self.editing_widgets}
        self._setup_tables()
        ui.statusLabel.clear()

        ui.opFilterEdit.textChanged.connect(lambda _text: self.reload_operations())
        ui.partFilterEdit.textChanged.connect(lambda _text: self.reload_parts())
        ui.opTable.itemSelectionChanged.connect(self._operation_chosen)
        ui.partTable.itemSelectionChanged.connect(self._part_chosen)
        ui.opNewButton.clicked.connect(self.new_operation)
        ui.opSaveButton.clicked.connect(self.save_operation)
        ui.opDeleteButton.clicked.connect(self.delete_operation)
        ui.partNewButton.clicked.connect(self.new_part)
        ui.partSaveButton.clicked.connect(self.save_part)
        ui.partDeleteButton.clicked.connect(self.delete_part)
        ui.opHoursEdit.textChanged.connect(lambda _text: self._show_units())
        for edit in (*self.op_fields.values(), ui.opCategoryCombo.lineEdit()):
            if isinstance(edit, QLineEdit):
                edit.returnPressed.connect(ui.opSaveButton.click)
        for edit in self.part_fields.values():
            if isinstance(edit, QLineEdit):
                edit.returnPressed.connect(ui.partSaveButton.click)
        ui.exportButton.clicked.connect(self.export_workbook)
        ui.importButton.clicked.connect(self.import_workbook)
        ctx.operator_changed.connect(lambda _id: self._apply_permission())
        self.reload()
        self.new_operation()
        self.new_part()

    def _setup_tables(self) -> None:
        header = self.ui.opTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the name takes the room
        # Parts: every column shows its content in full (names and specs are what people look for); the last
        # one takes what is left, but never less than a readable width (the table scrolls sideways then).
        header = self.ui.partTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(48)
        for table in (self.ui.opTable, self.ui.partTable):
            table.verticalHeader().setDefaultSectionSize(26)

    # --- loading ---------------------------------------------------------------------------------------
    def reload(self) -> None:
        self.hour_unit = self.ctx.read(settings.load).hour_unit
        five_minutes = self.hour_unit is HourUnit.FIVE_MINUTES
        self.ui.opTable.setColumnHidden(UNITS_COLUMN, not five_minutes)
        self.ui.opUnitNote.setVisible(five_minutes)
        self.ui.opUnitNote.setText(self.tr(
            "One labour unit is 5 minutes (see Settings): standard hours are kept in hours and the estimate "
            "charges 12 units per hour."))
        combo = self.ui.opCategoryCombo
        typed = combo.currentText()
        combo.blockSignals(True)
        combo.clear()
        combo.addItems(self.ctx.read(catalog.operation_categories))
        combo.setCurrentText(typed)
        combo.blockSignals(False)
        self.reload_operations()
        self.reload_parts()
        self._apply_permission()
        self._show_units()

    def on_data_changed(self, topics: frozenset[str]) -> None:
        if not self._quiet and topics & {"catalog", "settings"}:
            self.reload()

    def _notify(self, *topics: str) -> None:
        self._quiet = True
        try:
            self.ctx.changed(*topics)
        finally:
            self._quiet = False

    def reload_operations(self) -> None:
        found = self.ctx.read(catalog.list_operations, self.ui.opFilterEdit.text())
        self._operations = {op.id: op for op in found}
        rows = [(op.id, [_Item(op.code), _Item(op.name), _Item(op.category),
                         _Item(f"{op.standard_hours:.2f}", op.standard_hours, right=True),
                         _Item(plain_number(hours_to_units(op.standard_hours, HourUnit.FIVE_MINUTES)),
                               op.standard_hours, right=True)]) for op in found]
        _fill(self.ui.opTable, rows)
        _select(self.ui.opTable, self.operation_id)
        self.ui.opCountLabel.setText(self.tr("%n operation(s)", "", len(found)))

    def reload_parts(self) -> None:
        found = self.ctx.read(catalog.list_parts, self.ui.partFilterEdit.text())
        self._parts = {p.id: p for p in found}
        rows = []
        for p in found:
            items = [_Item(p.code), _Item(p.name), _Item(p.spec), _Item(p.unit), _Item(origin_text(p.origin)),
                     _Item(f"{p.sale_price:,.2f}", p.sale_price, right=True),
                     _Item(f"{p.cost:,.2f}", p.cost, right=True),
                     _Item(plain_number(p.on_hand), p.on_hand, right=True),
                     _Item(plain_number(p.minimum), p.minimum, right=True), _Item(p.supplier)]
            if p.on_hand < p.minimum:
                items[ON_HAND_COLUMN].setBackground(LOW_STOCK)
                items[ON_HAND_COLUMN].setToolTip(self.tr("Below the minimum stock"))
            rows.append((p.id, items))
        _fill(self.ui.partTable, rows)
        _select(self.ui.partTable, self.part_id)
        self.ui.partCountLabel.setText(self.tr("%n part(s)", "", len(found)))

    def _chosen(self, table: QTableWidget) -> int | None:
        items = table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    # --- labour operations -----------------------------------------------------------------------------
    def _operation_chosen(self) -> None:
        op = self._operations.get(self._chosen(self.ui.opTable) or -1)
        if op is not None:
            self._show_operation(op)

    def _show_operation(self, op: OperationInfo | None) -> None:
        ui = self.ui
        self.operation_id = op.id if op else None
        ui.opCodeEdit.setText(op.code if op else "")
        ui.opNameEdit.setText(op.name if op else "")
        ui.opCategoryCombo.setCurrentText(op.category if op else "")
        ui.opHoursEdit.setText(f"{op.standard_hours:.2f}" if op else "")
        ui.opEditorGroup.setTitle(self.tr("Labour operation") if op else self.tr("New labour operation"))
        self.op_errors.clear()
        self._enable_delete()

    def _show_units(self) -> None:
        label = self.ui.opUnitsLabel
        label.setVisible(self.hour_unit is HourUnit.FIVE_MINUTES)
        try:
            hours = parse_decimal(self.ui.opHoursEdit.text(), field="standard_hours", maximum=catalog.MAX_HOURS)
        except DomainError:
            label.clear()
            return
        units = hours_to_units(hours, HourUnit.FIVE_MINUTES)
        label.setText(self.tr("= %1 units of 5 minutes").replace("%1", plain_number(units)) if units else "")

    def new_operation(self) -> None:
        self._show_operation(None)
        _select(self.ui.opTable, None)
        self.ui.opCodeEdit.setFocus()

    def save_operation(self) -> None:
        ui = self.ui
        draft = OperationDraft(ui.opCodeEdit.text(), ui.opNameEdit.text(), ui.opCategoryCombo.currentText(),
                               ui.opHoursEdit.text())
        ok, saved = self._write(self.op_errors, self.op_fields, catalog.save_operation, self.operation_id,
                                draft)
        if ok:
            self.operation_id = saved.id
            self.reload()
            self._show_operation(self._operations.get(saved.id, saved))
            self._status(self.tr("Saved %1.").replace("%1", f"{saved.code} {saved.name}"))

    def delete_operation(self) -> None:
        op = self._operations.get(self.operation_id or -1)
        if op is None or not confirm_delete(self, f"{op.code} {op.name}"):
            return
        if self._write(self.op_errors, self.op_fields, catalog.delete_operation, op.id)[0]:
            self.operation_id = None
            self.reload()
            self.new_operation()
            self._status(self.tr("Deleted %1.").replace("%1", f"{op.code} {op.name}"))

    # --- parts -----------------------------------------------------------------------------------------
    def _part_chosen(self) -> None:
        part = self._parts.get(self._chosen(self.ui.partTable) or -1)
        if part is not None:
            self._show_part(part)

    def _show_part(self, part: PartInfo | None) -> None:
        ui = self.ui
        self.part_id = part.id if part else None
        ui.partCodeEdit.setText(part.code if part else "")
        ui.partNameEdit.setText(part.name if part else "")
        ui.partSpecEdit.setText(part.spec if part else "")
        ui.partUnitEdit.setText(part.unit if part else "")
        origin = ui.partOriginCombo.findData(part.origin if part else "oem")
        ui.partOriginCombo.setCurrentIndex(max(0, origin))
        ui.partPriceEdit.setText(f"{part.sale_price:.2f}" if part else "")
        ui.partCostEdit.setText(f"{part.cost:.2f}" if part else "")
        ui.partMinimumEdit.setText(plain_number(part.minimum) if part else "0")
        ui.partBinEdit.setText(part.bin_location if part else "")
        ui.partSupplierEdit.setText(part.supplier if part else "")
        ui.partOnHandLabel.setText(f"{plain_number(part.on_hand)} {part.unit}".strip() if part else "—")
        ui.partEditorGroup.setTitle(self.tr("Part") if part else self.tr("New part"))
        self.part_errors.clear()
        self._enable_delete()

    def new_part(self) -> None:
        self._show_part(None)
        _select(self.ui.partTable, None)

    def save_part(self) -> None:
        ui = self.ui
        draft = PartDraft(ui.partCodeEdit.text(), ui.partNameEdit.text(), ui.partSpecEdit.text(),
                          ui.partUnitEdit.text(), ui.partOriginCombo.currentData() or "oem",
                          ui.partPriceEdit.text(), ui.partCostEdit.text() or "0",
                          ui.partMinimumEdit.text() or "0", ui.partBinEdit.text(), ui.partSupplierEdit.text())
        ok, saved = self._write(self.part_errors, self.part_fields, catalog.save_part, self.part_id, draft)
        if ok:
            self.part_id = saved.id
            self.reload()
            self._show_part(self._parts.get(saved.id, saved))
            self._status(self.tr("Saved %1.").replace("%1", f"{saved.code} {saved.name}"))

    def delete_part(self) -> None:
        part = self._parts.get(self.part_id or -1)
        if part is None or not confirm_delete(self, f"{part.code} {part.name}"):
            return
        if self._write(self.part_errors, self.part_fields, catalog.delete_part, part.id)[0]:
            self.part_id = None
            self.reload()
            self.new_part()
            self._status(self.tr("Deleted %1.").replace("%1", f"{part.code} {part.name}"))

    def _write(self, errors: FieldErrors, fields: dict[str, QWidget], function: Callable[..., Any],
               *args: Any) -> tuple[bool, Any]:
        """Run a catalog write: (True, its result), or (False, None) after showing the refusal beside its
        field (what was typed stays)."""
        errors.clear()
        try:
            result = self.ctx.call(function, *args)
        except DomainError as refusal:
            errors.show(refusal)
            widget = fields.get(refusal.field or "")
            if widget is not None:
                widget.setFocus()
            return False, None
        self._notify("catalog")
        return True, result

    # --- Excel -----------------------------------------------------------------------------------------
    def _status(self, text: str, *, error: bool = False) -> None:
        self.ui.statusLabel.setStyleSheet("color: #c62828;" if error else "color: #1b5e20;")
        self.ui.statusLabel.setText(text)

    def export_workbook(self) -> None:
        catalog_label = self.tr("catalog")
        suggested = str(Path.home() / f"{catalog_label}-{clock.now():%Y%m%d}.xlsx")
        path = ask_save_path(self, suggested)
        if not path:
            return
        language = self.ctx.document_language()  # the garage's papers' language, as the month-end workbook
        data = run_with_progress(self, self.tr("Writing the workbook…"),
                                 lambda _progress: self.ctx.read(catalog_excel.export_catalog, language))
        try:
            Path(path).write_bytes(data)
        except OSError as problem:
            self._status(self.tr("Could not write %1: %2").replace("%1", path)
                         .replace("%2", problem.strerror or str(problem)), error=True)
            return
        self._status(self.tr("Saved the catalogs to %1.").replace("%1", path))

    def import_workbook(self) -> None:
        path = ask_open_path(self)
        if not path:
            return
        language = self.ctx.document_language()  # the sheet names a problem cites (either script is read)
        try:
            data = Path(path).read_bytes()
            preview = run_with_progress(self, self.tr("Reading the workbook…"),
                                        lambda _progress: self.ctx.read(catalog_excel.preview_import, data,
                                                                        language))
        except OSError as problem:
            self._status(self.tr("Could not read %1: %2").replace("%1", path)
                         .replace("%2", problem.strerror or str(problem)), error=True)
            return
        except DomainError as refusal:
            self._status(error_text(refusal), error=True)
            return
        if not confirm_import(preview):
            self._status(self.tr("Import cancelled: nothing was changed."))
            return
        try:
            result = run_with_progress(self, self.tr("Saving the imported rows…"),
                                       lambda _progress: self.ctx.call(catalog_excel.apply_import, data,
                                                                       language))
        except DomainError as refusal:
            self._status(error_text(refusal), error=True)
            return
        self._notify("catalog", "settings")  # model classes are settings too
        self.reload()
        text = self.tr("Imported: %1 added, %2 changed, %3 unchanged.").replace("%1", str(result.created)) \
            .replace("%2", str(result.updated)).replace("%3", str(result.unchanged))
        if result.skipped:
            text += " " + self.tr("%n row(s) with errors skipped.", "", len(result.skipped))
        self._status(text, error=bool(result.skipped))

    # --- who may edit ----------------------------------------------------------------------------------
    def _apply_permission(self) -> None:
        person = self.ctx.read(operators.get_operator, self.ctx.operator_id) if self.ctx.operator_id else None
        self.is_owner = person is not None and person.active and person.is_owner
        reason = self.tr("Only the owner edits the catalogs")
        for widget in self.editing_widgets:
            widget.setEnabled(self.is_owner)
            widget.setToolTip(self._tooltips[widget] if self.is_owner else reason)
        self.ui.ownerOnlyLabel.setVisible(not self.is_owner)
        self._enable_delete()

    def _enable_delete(self) -> None:
        """Delete needs the owner and a saved row in the editor."""
        self.ui.opDeleteButton.setEnabled(self.is_owner and self.operation_id is not None)
        self.ui.partDeleteButton.setEnabled(self.is_owner and self.part_id is not None)
