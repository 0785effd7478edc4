"""外加工 Outside work of an order: the lines with their shop, cost, charge and where the part is; adding one (on
the estimate, or as added work once confirmed: the customer is then asked), recording the part sent and back,
making a line free with its reason (or charging it again), and printing the 外部加工單 that travels with it.
Opened from the estimate tab."""

from __future__ import annotations

from datetime import datetime, timedelta
from html import escape

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from garage_desktop.domain import limits
from garage_desktop.domain.free_items import FREE_REASON_LABELS, FreeReason
from garage_desktop.domain.money import format_yuan
from garage_desktop.domain.text import DomainError
from garage_desktop.services import clock, free_items, sublet
from garage_desktop.services.sublet import OutsideWorkDraft, OutsideWorkLine, OutsideWorkView
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.dialogs import owner_approval_dialog
from garage_desktop.ui.errors import FieldErrors, tr_domain
from garage_desktop.ui.forms.ui_outside_work_dialog import Ui_OutsideWorkDialog
from garage_desktop.ui.text_limits import limit_inputs

_ID = Qt.ItemDataRole.UserRole
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def open_preview(pdf: bytes, title: str, parent: QWidget) -> None:
    """Show the print preview (tests replace this to keep the PDF instead of driving the modal dialog)."""
    from garage_desktop.ui.dialogs.print_preview import PrintPreviewDialog

    PrintPreviewDialog(pdf, title, parent).exec()


def run_free_dialog(dialog: QDialog) -> bool:
    """Run the 免費 dialog (tests replace this instead of driving the modal dialog)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def _when(moment: datetime | None) -> str:
    return f"{moment:%m-%d %H:%M}" if moment else ""


class OutsideWorkDialog(QDialog):
    def __init__(self, ctx: AppContext, order_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finished.connect(self.deleteLater)  # closed, it is deleted (a parent keeps it alive)
        self.ctx, self.order_id = ctx, order_id
        self.ui = ui = Ui_OutsideWorkDialog()
        ui.setupUi(self)
        self.view: OutsideWorkView | None = None
        self.changed = False  # something was written (the caller reloads)
        limit_inputs({ui.supplierEdit: limits.SUPPLIER, ui.descriptionEdit: sublet.DESCRIPTION})
        self.errors = FieldErrors({"supplier": ui.supplierError, "description": ui.descriptionError,
                                   "cost": ui.costError, "charge": ui.chargeError,
                                   "expected_back_at": ui.expected_back_atError}, fallback=ui.lineError)
        header = ui.linesTable.horizontalHeader()
        for column in range(ui.linesTable.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == 2
                                        else QHeaderView.ResizeMode.ResizeToContents)
        ui.expectedEdit.setDateTime(QDateTime(clock.now() + timedelta(days=1)))
        ui.expectedCheck.toggled.connect(ui.expectedEdit.setEnabled)
        ui.expectedEdit.setEnabled(False)
        ui.addButton.clicked.connect(self.add)
        ui.chargeEdit.returnPressed.connect(self.add)
        ui.sentButton.clicked.connect(lambda: self._line_action(sublet.record_sent))
        ui.backButton.clicked.connect(lambda: self._line_action(sublet.record_back))
        ui.removeButton.clicked.connect(self.remove)
        ui.freeButton.clicked.connect(self.toggle_free)
        ui.printButton.clicked.connect(self.print_slips)
        ui.linesTable.itemSelectionChanged.connect(self._enable_line_buttons)
        ui.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        ui.buttons.rejected.connect(self.reject)
        self.reload()
        ui.supplierEdit.setFocus()

    # --- reading ------------------------------------------------------------------------------------------
    def reload(self) -> None:
        view = self.view = self.ctx.read(sublet.outside_work, self.order_id)
        ui = self.ui
        states = {"": "", "pending": self.tr("waiting"), "approved": self.tr("agreed"),
                  "declined": self.tr("declined")}
        table = ui.linesTable
        table.setRowCount(len(view.lines))
        for row, line in enumerate(view.lines):
            charge = (self.tr("Free (worth %1)").replace("%1", format_yuan(line.given_away)) if line.free_reason
                      else format_yuan(line.charge))
            # a free line says why beside what is done, as the estimate's lines do
            what = f"{line.description}  [{self._free_text(line)}]" if line.free_reason else line.description
            cells = [str(line.seq), line.supplier, what, format_yuan(line.cost), charge,
                     states.get(line.state, line.state), _when(line.expected_back_at), _when(line.sent_at),
                     _when(line.back_at)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(_ID, line.id)
                if column in (3, 4):
                    item.setTextAlignment(_RIGHT)
                if column == 4 and line.free_reason:
                    item.setToolTip(self._free_text(line))
                table.setItem(row, column, item)
        if view.add_refusal is not None:
            mode = escape(tr_domain(view.add_refusal))
        elif view.as_added_work:
            mode = self.tr("The customer confirmed the work order: outside work added now is <b>added work</b>, "
                           "charged only once the customer agrees.")
        else:
            mode = self.tr("Outside work added now is part of the estimate.")
        ui.headerLabel.setText(self.tr("<b>%1</b> — outside work charged %2 (cost %3). %4")
                               .replace("%1", escape(view.order_no)).replace("%2", format_yuan(view.charge))
                               .replace("%3", format_yuan(view.cost)).replace("%4", mode))
        ui.addGroup.setEnabled(view.add_refusal is None)
        ui.addGroup.setToolTip(tr_domain(view.add_refusal) if view.add_refusal else "")
        printable = any(line.state != "declined" for line in view.lines)
        ui.printButton.setEnabled(printable)
        ui.printButton.setToolTip(self.tr("Preview and print the 外部加工單 that travels with the part") if printable
                                  else self.tr("There is no outside work to send."))
        if view.lines and not table.selectedItems():
            table.selectRow(0)
        self._enable_line_buttons()

    def selected(self) -> OutsideWorkLine | None:
        if self.view is None:
            return None
        items = self.ui.linesTable.selectedItems()
        line_id = items[0].data(_ID) if items else None
        return next((line for line in self.view.lines if line.id == line_id), None)

    def _enable_line_buttons(self) -> None:
        line = self.selected()
        none = self.tr("Select a line first.")
        for button, reason in ((self.ui.sentButton, line.send_refusal if line else None),
                               (self.ui.backButton, line.back_refusal if line else None),
                               (self.ui.removeButton, line.remove_refusal if line else None)):
            button.setEnabled(line is not None and reason is None)
            button.setToolTip(none if line is None else tr_domain(reason) if reason else "")
        self._enable_free_button(line)

    # --- 免費: a line made free with its reason (services.free_items), as on the estimate's lines ------------
    def _free_refusal(self, line: OutsideWorkLine | None) -> str | None:
        """Why the chosen line can be neither made free nor charged again now (English, translated), or None."""
        if self.view is None or self.view.status not in free_items.OPEN_STATUSES:
            return free_items.NOT_OPEN
        if line is not None and not line.free_reason and line.charge <= 0:
            return free_items.NOTHING_CHARGED
        return None

    def _enable_free_button(self, line: OutsideWorkLine | None) -> None:
        button = self.ui.freeButton
        why = self._free_refusal(line)
        free = line is not None and bool(line.free_reason)
        button.setText(self.tr("Charge a&gain") if free else self.tr("&No charge…"))
        button.setEnabled(line is not None and why is None)
        if line is None:
            button.setToolTip(self.tr("Select a line first."))
        elif why is not None:
            button.setToolTip(tr_domain(why))
        else:
            button.setToolTip(self.tr("Charge this line again at the price it had") if free else self.tr(
                "Make this line free of charge, with the reason (warranty, comeback, goodwill); the owner approves"))

    def _free_text(self, line: OutsideWorkLine) -> str:
        """"Free: Warranty — the seat torn at our last visit": why the line is free."""
        text = self.tr("Free: %1").replace("%1", tr_domain(FREE_REASON_LABELS[FreeReason(line.free_reason)]))
        return f"{text} — {line.free_note}" if line.free_note else text

    # --- writing ------------------------------------------------------------------------------------------
    def _draft(self) -> OutsideWorkDraft:
        ui = self.ui
        expected = (ui.expectedEdit.dateTime().toPython().replace(second=0, microsecond=0)
                    if ui.expectedCheck.isChecked() else None)
        return OutsideWorkDraft(ui.supplierEdit.text(), ui.descriptionEdit.text(), ui.costEdit.text(),
                                ui.chargeEdit.text(), expected)

    def add(self) -> None:
        """Add the line; a refusal is shown beside its field and everything typed stays."""
        self.errors.clear()
        try:
            owner_approval_dialog.call_with_owner(self, self.ctx, sublet.add_outside_work, self.order_id,
                                                  self._draft())
        except DomainError as error:
            self.errors.show(error)
            return
        ui = self.ui
        for edit in (ui.descriptionEdit, ui.costEdit, ui.chargeEdit):
            edit.clear()
        self._written()
        ui.descriptionEdit.setFocus()

    def _line_action(self, action: object) -> None:
        line = self.selected()
        if line is None:
            return
        self.errors.clear()
        try:
            self.ctx.call(action, line.id, clock.now())  # type: ignore[arg-type]
        except DomainError as error:
            self.errors.show(error)
            return
        self._written()

    def remove(self) -> None:
        line = self.selected()
        if line is None:
            return
        self.errors.clear()
        try:
            self.ctx.call(sublet.remove_outside_work, line.id)
        except DomainError as error:
            self.errors.show(error)
            return
        self._written()

    def toggle_free(self) -> None:
        """Make the chosen line free (asking why; the owner's PIN when needed), or charge a free one again."""
        line = self.selected()
        if line is None or self._free_refusal(line) is not None:
            return
        self.errors.clear()
        try:
            if line.free_reason:
                self.ctx.call(free_items.charge_again, self.order_id, "outside", line.id)
            else:
                from garage_desktop.ui.dialogs.free_line_dialog import FreeLineDialog

                line_id = line.id
                dialog = FreeLineDialog(escape(sublet.describe(line)), lambda reason, note: (
                    owner_approval_dialog.call_with_owner(self, self.ctx, free_items.make_free, self.order_id,
                                                          "outside", line_id, reason, note)), self)
                if not run_free_dialog(dialog):
                    return
        except DomainError as error:
            self.errors.show(error)
            return
        self._written()

    def _written(self) -> None:
        self.changed = True
        self.ctx.changed("orders")
        self.reload()

    def print_slips(self) -> None:
        from garage_desktop.printing.sublet_slip import render_sublet_slips

        slips = self.ctx.read(sublet.slip_docs, self.order_id)
        if not slips:
            self.ui.lineError.setText(self.tr("There is no outside work to send."))
            self.ui.lineError.show()
            return
        pdf = render_sublet_slips(slips, language=self.ctx.document_language())
        open_preview(pdf, self.tr("Outside work slip %1").replace("%1", slips[0].order_no), self)
