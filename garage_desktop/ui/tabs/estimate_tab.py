"""估價 Estimate tab: diagnosis, labour and parts lines priced live, the customer's answers, the revisions, and
開單 — the customer's confirmation that locks the prices. With no order chosen: the orders waiting here."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta
from decimal import Decimal
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyle,
    QTableView,
    QTreeWidgetItem,
    QWidget,
)

from garage_desktop.domain import limits
from garage_desktop.domain.classes import LABELS, Payer
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.money import format_yuan
from garage_desktop.domain.pricing import HourUnit, hours_to_units, split_tax
from garage_desktop.domain.text import DomainError
from garage_desktop.services import catalog, changes, clock, documents, estimate, free_items
from garage_desktop.services.catalog import ORIGIN_LABELS, ORIGINS, OperationInfo, PartInfo
from garage_desktop.services.estimate import EstimateDraft, EstimateView
from garage_desktop.services.price_authority import NeedsOwnerApproval
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.dialogs import owner_approval_dialog
from garage_desktop.ui.errors import FieldErrors, error_text, tr_domain
from garage_desktop.ui.forms.ui_estimate_tab import Ui_EstimateTab
from garage_desktop.ui.models.estimate_lines_model import (
    ChoiceDelegate,
    LabourColumn,
    LabourLinesModel,
    LabourRow,
    PartColumn,
    PartLinesModel,
    PartRow,
    plain,
)
from garage_desktop.ui.text_limits import LimitedTextDelegate, limit_inputs
from garage_desktop.ui.widgets import order_menu
from garage_desktop.ui.widgets.catalog_picker import CatalogPicker, describe_operation, describe_part
from garage_desktop.ui.widgets.next_step import NextStepButton

NOT_ARRIVED = (OrderStatus.BOOKED, OrderStatus.NO_SHOW)  # bookings whose car never came in
NEXT_STAGE = {OrderStatus.CONFIRMED: "work_ticket", OrderStatus.READY: "checkout"}  # after 開單 (next_step)
# The widest text a money or quantity column is kept wide enough for, typed or not (table, column) → sample.
COLUMN_SAMPLES: dict[tuple[str, int], str] = {
    ("labourTable", LabourColumn.HOURS): "888.88", ("labourTable", LabourColumn.RATE): "8,888.88",
    ("partTable", PartColumn.QUANTITY): "8,888", ("partTable", PartColumn.PRICE): "88,888.88",
    ("partTable", PartColumn.AMOUNT): "¥88,888.88"}

_ORDER_ID = Qt.ItemDataRole.UserRole
_LINE_FIELD = re.compile(r"^(labour_lines|part_lines)\[(\d+)\]\.(\w+)$")
DONE_STYLE = "color: #2e7d32; font-weight: bold;"
REVISION_LINES_SHOWN = 8


# --- dialogs, module-level so tests replace them -------------------------------------------------------
def ask_customer_name(parent: QWidget, suggested: str, summary: str) -> str | None:
    """The name of the person confirming for the customer (the owner, or whoever brought the car)."""
    name, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("EstimateTab", "The customer confirms the work order"),
        summary + "\n\n" + QCoreApplication.translate("EstimateTab", "Name of the person confirming:"),
        QLineEdit.EchoMode.Normal, suggested)
    return name if ok else None


def confirm_discard(parent: QWidget) -> bool:
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("EstimateTab", "Unsaved estimate"),
        QCoreApplication.translate("EstimateTab", "The changes to this estimate are not saved. Leave it anyway?"))
    return answer == QMessageBox.StandardButton.Yes


def run_dialog(dialog: QWidget) -> None:
    dialog.exec()  # type: ignore[attr-defined]


class EstimateTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_EstimateTab()
        self.ui.setupUi(self)
        ui = self.ui
        self.view: EstimateView | None = None
        self.dirty = False
        self._loading = False
        self._stale = False  # changed while behind another tab: read again when it comes forward
        self._read_for_change = False  # the order shown was read for the change being announced now
        limit_inputs({ui.diagnosisEdit: limits.DIAGNOSIS})
        self.labour_model = LabourLinesModel(self)
        self.parts_model = PartLinesModel(self)
        self._set_up_table(ui.labourTable, self.labour_model, LabourColumn.NAME)
        self._set_up_table(ui.partTable, self.parts_model, PartColumn.NAME)
        ui.labourTable.setItemDelegateForColumn(
            LabourColumn.PAYER, ChoiceDelegate([(tr_domain(LABELS[p]), p.value) for p in Payer], self))
        ui.partTable.setItemDelegateForColumn(
            PartColumn.ORIGIN, ChoiceDelegate([(tr_domain(ORIGIN_LABELS[o]), o) for o in ORIGINS], self))
        for table, column, rule in ((ui.labourTable, LabourColumn.NAME, limits.LINE_NAME),
                                    (ui.partTable, PartColumn.NAME, limits.LINE_NAME),
                                    (ui.partTable, PartColumn.SPEC, limits.SPEC),
                                    (ui.partTable, PartColumn.UNIT, limits.UNIT)):
            table.setItemDelegateForColumn(column, LimitedTextDelegate(rule, self))
        self.errors = FieldErrors({
            "diagnosis": ui.diagnosisError, "labour_lines": ui.labourLinesError, "part_lines": ui.partLinesError,
            "notify_above": ui.notifyAboveError, "may_replace_found_parts": ui.mayReplaceFoundPartsError,
            "promised_at": ui.promisedAtError}, fallback=ui.formError)
        self.labour_picker = CatalogPicker(ui.labourSearchEdit,
                                           lambda text: ctx.read(catalog.search_operations, text, 20),
                                           lambda op: describe_operation(op, self._hour_unit()))
        self.part_picker = CatalogPicker(ui.partSearchEdit, lambda text: ctx.read(catalog.search_parts, text, 20),
                                         describe_part)
        self.labour_picker.picked.connect(self.add_operation)
        self.part_picker.picked.connect(self.add_part)
        ui.addLabourButton.clicked.connect(self.add_free_labour)
        ui.addPartButton.clicked.connect(self.add_free_part)
        ui.removeLabourButton.clicked.connect(lambda: self._remove(ui.labourTable, self.labour_model))
        ui.removePartButton.clicked.connect(lambda: self._remove(ui.partTable, self.parts_model))
        ui.saveButton.clicked.connect(self.save)
        ui.confirmButton.clicked.connect(self.confirm)
        ui.printButton.clicked.connect(self.print_work_order)
        ui.outsideWorkButton.clicked.connect(self.open_outside_work)
        ui.listButton.clicked.connect(self.leave_order)
        ui.waitingList.itemActivated.connect(lambda item, _column: self.open_order(item.data(0, _ORDER_ID)))
        ui.revisionList.currentItemChanged.connect(lambda _item, _old: self._show_revision())
        ui.mayReplaceYes.toggled.connect(lambda on: self._answer_toggled(ui.mayReplaceYes, on))
        ui.mayReplaceNo.toggled.connect(lambda on: self._answer_toggled(ui.mayReplaceNo, on))
        for model in (self.labour_model, self.parts_model):
            model.lines_changed.connect(self._lines_changed)
        ui.diagnosisEdit.textChanged.connect(self._edited)
        ui.notifyAboveEdit.textEdited.connect(self._edited)
        ui.promisedAtEdit.dateTimeChanged.connect(self._edited)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for table, model in ((ui.labourTable, self.labour_model), (ui.partTable, self.parts_model)):
            QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), table,
                      lambda table=table, model=model: self._remove(table, model),
                      context=Qt.ShortcutContext.WidgetShortcut)
        self.next_step = NextStepButton.after(ctx, ui.resultLabel)
        self._set_up_order_actions()
        self._set_up_free_and_put_off()
        self._set_up_package_cards()
        self.show_waiting()

    def _set_up_table(self, table: QTableView, model: LabourLinesModel | PartLinesModel, stretch: int) -> None:
        table.setModel(model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setDefaultSectionSize(24)
        table.verticalHeader().setVisible(False)
        # The header sizes its columns to their contents only when the model is reset (a load, a save), not when
        # a line is added or a cell typed in: size them again then, so codes, prices and amounts show whole
        # while the estimate is drafted.
        for signal in (model.rowsInserted, model.rowsRemoved, model.dataChanged, model.modelReset):
            signal.connect(lambda *_args, table=table: self._fit_columns_unless_loading(table))

    def _fit_columns_unless_loading(self, table: QTableView) -> None:
        """Not while an order is shown: its lines are loaded with a model reset, after which the header sizes the
        columns to their contents by itself, once, when laid out (a fit asks every cell for its size again)."""
        if not self._loading:
            self._fit_columns(table)

    @staticmethod
    def _fit_columns(table: QTableView) -> None:
        """Each column sized to its contents, as resizeColumnToContents does. The widths are all worked out before
        any is set: reading a section's size after another was resized makes the header size every column again."""
        header = table.horizontalHeader()
        metrics = table.fontMetrics()
        padding = 2 * table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 8
        widths: dict[int, int] = {}
        for column in range(header.count()):
            if header.sectionResizeMode(column) == QHeaderView.ResizeMode.ResizeToContents:
                width = max(table.sizeHintForColumn(column),
                            0 if header.isHidden() else header.sectionSizeHint(column))
                sample = COLUMN_SAMPLES.get((table.objectName(), column))
                if sample is not None:  # room for a large amount before it is typed
                    width = max(width, metrics.horizontalAdvance(sample) + padding)
                widths[column] = width
        for column, width in widths.items():
            header.resizeSection(column, width)

    def _hour_unit(self) -> HourUnit:
        return self.view.hour_unit if self.view else HourUnit.HOUR

    # --- which order --------------------------------------------------------------------------------------
    def on_current_order_changed(self, order_id: int | None) -> None:
        """Show the order; the same order with unsaved typing keeps what is typed."""
        if order_id is None:
            self.show_waiting()
            return
        if self.view is not None and self.view.order_id == order_id and self.dirty:
            return
        if (self.view is not None and self.view.order_id == order_id and self._read_for_change and not self._stale
                and self.ctx.read(changes.order_version, order_id) == self.version):
            return  # the window repeats the current order after a change: read for that change already
        try:
            version = self.ctx.read(changes.order_version, order_id)  # first: a change after it is a conflict
            view = self.ctx.read(estimate.estimate_view, order_id)
        except DomainError:
            self.show_waiting()
            return
        if view.status in NOT_ARRIVED:  # a booking: no car to work on yet
            self.show_waiting()
            return
        self.show_order(view, version)

    def on_data_changed(self, topics: frozenset[str]) -> None:
        if topics & {"orders", "customers", "settings"}:
            if not self.isVisible():
                self._stale = True  # read when the tab comes forward, not on every change elsewhere
            elif self.view is None:
                self.reload_waiting()
            elif not self.dirty:
                self.on_current_order_changed(self.view.order_id)
                self._read_for_change = True  # until the change is announced to everyone (this turn of the loop)
                QTimer.singleShot(0, self._forget_change)

    def _forget_change(self) -> None:
        self._read_for_change = False

    def showEvent(self, event: QShowEvent) -> None:
        # The window's hand-over (an event filter) has shown the current order by now, if it changed.
        super().showEvent(event)
        if self._stale:
            self._stale = False
            if self.view is None:
                self.reload_waiting()
            elif not self.dirty:  # typing is kept, as when the change comes with the tab in front
                self.on_current_order_changed(self.view.order_id)

    def open_order(self, order_id: int | None) -> None:
        """Open an order from the waiting list: the main window shows it in the tab of its stage."""
        if order_id is None:
            return
        self.ctx.open_order_requested.emit(order_id)
        if self.ctx.current_order_id != order_id:  # no main window listening (this tab on its own)
            self.ctx.set_current_order(order_id)
            self.on_current_order_changed(order_id)

    def leave_order(self) -> None:
        """Back to the waiting list (asking first when typing would be lost)."""
        if self.dirty and not confirm_discard(self):
            return
        self.ctx.set_current_order(None)
        if self.view is not None:  # no main window relayed the change
            self.show_waiting()

    # --- the waiting list ---------------------------------------------------------------------------------
    def show_waiting(self) -> None:
        self.view, self.dirty = None, False
        self.next_step.withdraw()
        self.ui.stack.setCurrentWidget(self.ui.waitingPage)
        if self.isVisible():
            self.reload_waiting()
        else:  # built behind (an order is usually given next) or the order left elsewhere: read when shown
            self._stale = True

    def reload_waiting(self) -> None:
        self._stale = False
        tree = self.ui.waitingList
        tree.clear()
        for row in self.ctx.read(estimate.waiting):
            item = QTreeWidgetItem([_when(row.received_at), row.order_no or "", row.plate, row.customer_name,
                                    tr_domain(row.status_label), _when(row.promised_at), row.complaint])
            item.setData(0, _ORDER_ID, row.order_id)
            item.setToolTip(6, row.complaint)
            tree.addTopLevelItem(item)
        for column in range(tree.columnCount() - 1):
            tree.resizeColumnToContents(column)
        self.ui.waitingTitle.setText(self.tr("<b>Waiting for an estimate (%1)</b>")
                                     .replace("%1", str(tree.topLevelItemCount())))
        if tree.topLevelItemCount():
            tree.setCurrentItem(tree.topLevelItem(0))

    # --- showing an order ---------------------------------------------------------------------------------
    def show_order(self, view: EstimateView, version: int | None = None) -> None:
        """Show ``view``, read at ``version`` of the order (None: read now, just after this seat's own save)."""
        ui = self.ui
        self._loading = True
        self._stale = False
        try:
            self.view = view
            self.version = version if version is not None else self.ctx.read(changes.order_version, view.order_id)
            self.reloadButton.hide()
            ui.stack.setCurrentWidget(ui.orderPage)
            self.errors.clear()
            ui.resultLabel.clear()
            self._fill_header(view)
            ui.diagnosisEdit.setPlainText(view.diagnosis)
            self.labour_model.set_hour_unit(view.hour_unit)
            self.labour_model.load(view.labour, view.payer)
            self.parts_model.load(view.parts, view.payer)
            notify = view.notify_above if view.notify_above is not None else view.notify_above_default
            ui.notifyAboveEdit.setText(f"{notify:.2f}")
            self._set_answer(view.may_replace_found_parts)
            ui.promisedAtEdit.setDateTime(view.promised_at or _default_promise())
            self._fill_revisions(view)
            self._set_editable(not view.locked)
            self.dirty = False
        finally:
            self._loading = False
        self._refresh_order_actions(view)
        self._refresh_put_off(view)
        self._refresh_totals()
        self._refresh_buttons()
        # Confirmed: dispatch next (a counter sale goes straight to settlement).
        self.next_step.offer(view.order_id, NEXT_STAGE.get(view.status))

    def _show_sanbao(self, view: EstimateView) -> None:
        """A 三包 order on a car outside its 三包 periods (or without a purchase date): a mark on the header, the
        warning in its tooltip (issue 16; a warning, never a refusal)."""
        from garage_desktop.services import sanbao

        warning = self.ctx.read(lambda session: sanbao.order_warning(session, view.order_id))
        self.ui.headerLabel.setToolTip(error_text(warning) if warning is not None else "")
        if warning is not None:
            mark = escape(self.tr("三包: check the period"))
            self.ui.headerLabel.setText(self.ui.headerLabel.text()
                                        + f" — <b style='color:#b26a00'>{mark}</b>")

    def _fill_header(self, view: EstimateView) -> None:
        ui = self.ui
        car = view.vehicle
        if view.model_class:
            car += "  " + self.tr("(%1, coefficient ×%2)").replace("%1", view.model_class).replace(
                "%2", plain(view.coefficient))
        else:
            car += "  " + self.tr("(no model class: coefficient ×1)")
        who = escape(f"{view.customer_name} {view.customer_phone}")
        ui.headerLabel.setText(f"<span style='font-size:14pt'><b>{escape(view.order_no or '')}</b>&nbsp;&nbsp;"
                               f"<b>{escape(view.plate)}</b></span>&nbsp;&nbsp;{who} — {escape(car)} — "
                               f"{tr_domain(LABELS[view.payer])} — <i>{tr_domain(view.status_label)}</i>")
        self._show_sanbao(view)
        ui.complaintLabel.setText(self.tr("Complaint: %1").replace("%1", view.complaint or "—"))
        ui.lockedBanner.setVisible(view.locked)
        if view.confirmed_at is not None:
            ui.lockedBanner.setText(
                self.tr("Confirmed by %1 at %2 (recorded by %3, revision %4); prices are locked — changes are "
                        "added work.").replace("%1", view.confirmed_customer or "—")
                .replace("%2", _when(view.confirmed_at)).replace("%3", view.confirmed_by or "—")
                .replace("%4", str(view.confirmed_revision or "—")))
        elif view.locked and view.estimate_refusal:
            ui.lockedBanner.setText(tr_domain(view.estimate_refusal))

    def _fill_revisions(self, view: EstimateView) -> None:
        tree = self.ui.revisionList
        tree.clear()
        for revision in view.revisions:
            number = f"{revision.number} ✔" if revision.confirmed else str(revision.number)
            item = QTreeWidgetItem([number, _when(revision.created_at), revision.created_by,
                                    format_yuan(revision.total)])
            item.setData(0, _ORDER_ID, revision.number)
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if revision.confirmed:
                item.setToolTip(0, self.tr("The revision the customer confirmed"))
            tree.addTopLevelItem(item)
        for column in range(tree.columnCount()):
            tree.resizeColumnToContents(column)
        self.ui.revisionDetail.clear()

    def _show_revision(self) -> None:
        item = self.ui.revisionList.currentItem()
        if item is None or self.view is None:
            self.ui.revisionDetail.clear()
            return
        revision = next(r for r in self.view.revisions if r.number == item.data(0, _ORDER_ID))
        lines = "".join(f"<br>· {escape(line.name)} {format_yuan(line.amount)}"
                        for line in revision.lines[:REVISION_LINES_SHOWN])
        if len(revision.lines) > REVISION_LINES_SHOWN:
            lines += "<br>" + self.tr("… and %1 more").replace("%1", str(len(revision.lines) - REVISION_LINES_SHOWN))
        self.ui.revisionDetail.setText(
            self.tr("<b>Revision %1</b>: labour %2, parts %3, total %4").replace("%1", str(revision.number))
            .replace("%2", format_yuan(revision.labour_total)).replace("%3", format_yuan(revision.parts_total))
            .replace("%4", format_yuan(revision.total)) + lines)

    def _set_editable(self, editable: bool) -> None:
        ui = self.ui
        self.labour_model.set_read_only(not editable)
        self.parts_model.set_read_only(not editable)
        ui.diagnosisEdit.setReadOnly(not editable)
        ui.notifyAboveEdit.setReadOnly(not editable)
        for widget in (ui.labourSearchEdit, ui.partSearchEdit, ui.addLabourButton, ui.addPartButton,
                       ui.removeLabourButton, ui.removePartButton, ui.mayReplaceYes, ui.mayReplaceNo,
                       ui.promisedAtEdit):
            widget.setEnabled(editable)

    # --- the customer's may-replace answer: yes, no, or not asked yet --------------------------------------
    def _set_answer(self, answer: bool | None) -> None:
        self.ui.mayReplaceYes.setChecked(answer is True)
        self.ui.mayReplaceNo.setChecked(answer is False)
        self.ui.mayReplaceHint.setVisible(answer is None)

    def answer(self) -> bool | None:
        if self.ui.mayReplaceYes.isChecked():
            return True
        return False if self.ui.mayReplaceNo.isChecked() else None

    def _answer_toggled(self, button: QWidget, on: bool) -> None:
        if on:  # the two buttons exclude each other, yet both may be off (not asked yet)
            other = self.ui.mayReplaceNo if button is self.ui.mayReplaceYes else self.ui.mayReplaceYes
            other.setChecked(False)
        self.ui.mayReplaceHint.setVisible(self.answer() is None)
        self._edited()

    # --- lines ----------------------------------------------------------------------------------------------
    def _defaults(self) -> tuple[str, str, str]:
        view = self.view
        assert view is not None
        return f"{view.hourly_rate:.2f}", plain(view.coefficient), view.payer.value

    def add_operation(self, op: OperationInfo) -> None:
        rate, coefficient, payer = self._defaults()
        hours = hours_to_units(op.standard_hours, self._hour_unit())
        index = self.labour_model.add_row(LabourRow(op.code, op.name, plain(hours), rate, coefficient, payer))
        self.ui.labourTable.setCurrentIndex(index.siblingAtColumn(LabourColumn.HOURS))

    def add_free_labour(self) -> None:
        rate, coefficient, payer = self._defaults()
        index = self.labour_model.add_row(LabourRow("", "", "", rate, coefficient, payer))
        self.ui.labourTable.setCurrentIndex(index)
        self.ui.labourTable.setFocus()
        self.ui.labourTable.edit(index)

    def add_part(self, part: PartInfo) -> None:
        payer = self._defaults()[2]
        index = self.parts_model.add_row(PartRow(part.id, part.code, part.name, part.spec, part.origin, part.unit,
                                                 "1", f"{part.sale_price:.2f}", False, payer))
        self.ui.partTable.setCurrentIndex(index.siblingAtColumn(PartColumn.QUANTITY))

    def add_free_part(self) -> None:
        index = self.parts_model.add_row(PartRow(payer=self._defaults()[2]))
        self.ui.partTable.setCurrentIndex(index)
        self.ui.partTable.setFocus()
        self.ui.partTable.edit(index)

    def _remove(self, table: QTableView, model: LabourLinesModel | PartLinesModel) -> None:
        index = table.currentIndex()
        if index.isValid():
            model.remove_row(index.row())

    def _lines_changed(self) -> None:
        if self._loading:
            return  # show_order counts the totals once the order is all in
        self._refresh_totals()
        self._edited()

    def _edited(self) -> None:
        if self._loading or self.view is None:
            return
        self.dirty = True
        self.ui.resultLabel.clear()
        self._refresh_buttons()

    def _refresh_totals(self) -> None:
        ui, view = self.ui, self.view
        if view is None:
            return
        labour, parts = self.labour_model.total(), self.parts_model.total()
        outside = view.totals.outside  # 外加工 on the estimate, saved by its own dialog
        split = split_tax(labour + parts + outside, view.totals.tax_rate,
                          prices_include_tax=view.totals.prices_include_tax)
        ui.outsideWorkButton.setText(self.tr("&Outside work %1…").replace("%1", format_yuan(outside)) if outside
                                     else self.tr("&Outside work…"))
        ui.labourTotalValue.setText(format_yuan(labour))
        ui.partsTotalValue.setText(format_yuan(parts))
        percent = plain(view.totals.tax_rate * 100)
        ui.taxLabel.setText(self.tr("VAT %1 % (included):").replace("%1", percent) if view.totals.prices_include_tax
                            else self.tr("VAT %1 % (added):").replace("%1", percent))
        ui.taxValue.setText(format_yuan(split.tax))
        ui.grossValue.setText(format_yuan(split.gross))
        self._refresh_member_line(view)
        complete = self.labour_model.complete() and self.parts_model.complete()
        ui.totalsNote.setText("" if complete else self.tr("Lines with a number in red are not counted yet."))
        ui.totalsNote.setVisible(not complete)

    def _refresh_buttons(self) -> None:
        ui, view = self.ui, self.view
        if view is None:
            return
        self._refresh_free_buttons()
        self._refresh_card_buttons()
        save_why = view.estimate_refusal
        ui.saveButton.setEnabled(save_why is None)
        ui.saveButton.setToolTip(tr_domain(save_why) if save_why else self.tr("Save this estimate as a new "
                                                                             "revision (Ctrl+S)"))
        confirm_why = view.confirm_refusal
        if view.status is OrderStatus.RECEIVED and save_why is None:
            # Not estimated yet: "Confirm" saves what is typed first (one click for the stage, issue 14).
            confirm_why = None
        if confirm_why in (None, estimate.NO_LINES):  # the lines on screen count, saved or not
            empty = not (self.labour_model.rowCount() or self.parts_model.rowCount())
            confirm_why = estimate.NO_LINES if empty else None
        if confirm_why is None and view.status in (OrderStatus.RECEIVED, OrderStatus.ESTIMATED):
            tip = self.tr("The customer confirms this estimate as the work order (開單); prices are then locked")
            if self.dirty:
                tip = self.tr("Save the estimate and have the customer confirm it as the work order (開單); prices "
                              "are then locked")
        else:
            tip = tr_domain(confirm_why or "")
        ui.confirmButton.setEnabled(confirm_why is None)
        ui.confirmButton.setToolTip(tip)
        ui.printButton.setEnabled(not self.dirty)
        ui.printButton.setToolTip(self.tr("Save the estimate first: the work order prints what is saved.")
                                  if self.dirty else self.tr("Preview, print or save the work order as PDF"))

    # --- writing ------------------------------------------------------------------------------------------
    def draft(self) -> EstimateDraft:
        ui = self.ui
        return EstimateDraft(ui.diagnosisEdit.toPlainText(), self.labour_model.drafts(), self.parts_model.drafts(),
                             ui.notifyAboveEdit.text(), self.answer(),
                             ui.promisedAtEdit.dateTime().toPython().replace(second=0, microsecond=0))

    def save(self) -> bool:
        """Save the estimate as a new revision; False (and the reason beside its field) when refused."""
        if self.view is None or not self.ui.saveButton.isEnabled():
            return False
        try:  # a price below the list: the owner approves it on the spot, then the same draft again
            view = owner_approval_dialog.call_with_owner(
                self, self.ctx, changes.on_version(self.view.order_id, self.version, estimate.save_estimate),
                self.view.order_id, self.draft())
        except DomainError as error:
            self.show_error(error)
            return False
        self.show_order(view)
        self.ctx.changed("orders")
        self._done(self.tr("Estimate saved as revision %1.").replace("%1", str(view.revisions[0].number)))
        return True

    def confirm(self) -> None:
        """開單: save what is typed, then ask who confirms for the customer and record it."""
        if self.view is None or not self.ui.confirmButton.isEnabled():
            return
        if self.dirty and not self.save():
            return
        view = self.view
        summary = self.tr("Order %1, %2: total %3, promised %4.").replace("%1", view.order_no or "").replace(
            "%2", view.plate).replace("%3", format_yuan(view.totals.gross)).replace("%4", _when(view.promised_at))
        version = self.version  # what the customer is shown; another seat's change while they answer is refused
        name = ask_customer_name(self, view.customer_name, summary)
        if name is None:
            return
        try:
            confirmed = self.ctx.call_on_order(view.order_id, version, estimate.confirm, view.order_id,
                                               customer_name=name)
        except DomainError as error:
            self.show_error(error)
            return
        self.show_order(confirmed)
        self.ctx.changed("orders")
        if confirmed.status is OrderStatus.READY:  # parts only: nothing for the workshop (estimate.confirm)
            self._done(self.tr("Counter sale confirmed (no labour): the order goes straight to settlement; the "
                               "store issues the parts."))
        else:
            self._done(self.tr("The customer confirmed the work order; prices are locked."))

    def print_work_order(self) -> None:
        from garage_desktop.printing import work_order_pdf
        from garage_desktop.ui.dialogs.print_preview import PrintPreviewDialog

        if self.view is None:
            return
        doc = self.ctx.read(documents.work_order_doc, self.view.order_id)
        pdf = work_order_pdf(doc, language=self.ctx.document_language())
        title = self.tr("Work order %1").replace("%1", doc.order_no)
        run_dialog(PrintPreviewDialog(pdf, title, self))

    def open_outside_work(self) -> None:
        """外加工 of the order (services.sublet): added, sent, back, its slip; the totals follow what it saved."""
        from garage_desktop.ui.dialogs.outside_work_dialog import OutsideWorkDialog

        if self.view is None:
            return
        dialog = OutsideWorkDialog(self.ctx, self.view.order_id, self)
        run_dialog(dialog)
        if dialog.changed and self.view is not None:
            fresh = self.ctx.read(estimate.estimate_view, self.view.order_id)
            if self.dirty:  # keep what is typed: only the totals take the outside work in
                self.view = replace(self.view, totals=fresh.totals)
                # this seat's own change: saving what is typed must not read as someone else's edit
                self.version = self.ctx.read(changes.order_version, fresh.order_id)
                self._refresh_totals()
            else:
                self.show_order(fresh)

    def _done(self, text: str) -> None:
        self.ui.resultLabel.setStyleSheet(DONE_STYLE)
        self.ui.resultLabel.setText(text)

    def show_error(self, error: DomainError) -> None:
        """The refusal beside its field, or on its table cell and under the table; everything typed stays."""
        self.errors.clear()
        self.ui.resultLabel.clear()
        self.labour_model.clear_cell_errors()
        self.parts_model.clear_cell_errors()
        text = error_text(error)
        if isinstance(error, changes.ChangedElsewhere):  # another seat saved first: its work and this typing kept
            self.errors.show(error)
            self.reloadButton.show()
            self.reloadButton.setFocus()
            return
        if isinstance(error, NeedsOwnerApproval):  # not approved: each price the owner must see, in red
            self._mark_unapproved(error, text)
            return
        match = _LINE_FIELD.match(error.field or "")
        if match is None:
            self.errors.show(error)
            widget = {"diagnosis": self.ui.diagnosisEdit, "notify_above": self.ui.notifyAboveEdit,
                      "may_replace_found_parts": self.ui.mayReplaceYes,
                      "promised_at": self.ui.promisedAtEdit}.get(error.field or "")
            if widget is not None:
                widget.setFocus()
            return
        kind, row, name = match.group(1), int(match.group(2)), match.group(3)
        labour = kind == "labour_lines"
        table = self.ui.labourTable if labour else self.ui.partTable
        model = self.labour_model if labour else self.parts_model
        column = model.field_columns.get(name, 1)
        model.set_cell_error(row, column, text)
        self.errors.show_message(kind,
                                 self.tr("Line %1: %2").replace("%1", str(row + 1)).replace("%2", text))
        table.setCurrentIndex(model.index(row, column))
        table.setFocus()

    def _mark_unapproved(self, error: NeedsOwnerApproval, text: str) -> None:
        first = None
        for line in error.lines:
            labour = line.kind == "labour"
            model = self.labour_model if labour else self.parts_model
            column = LabourColumn.RATE if labour else PartColumn.PRICE
            rows = [r for r, row in enumerate(model.rows()) if not row.added]  # the draft's lines, in order
            if line.index < len(rows):
                model.set_cell_error(rows[line.index], column, text)
                first = first or ((self.ui.labourTable if labour else self.ui.partTable), model.index(
                    rows[line.index], column))
        self.errors.show(error)
        if first is not None:
            first[0].setCurrentIndex(first[1])
            first[0].setFocus()

    # --- cancel the order, the customer declines (issue 14; ``services.order_actions``) --------------------
    def _set_up_order_actions(self) -> None:
        ui = self.ui
        self.cancelOrderButton = QPushButton(self.tr("Cancel orde&r…"), ui.sideColumn)
        self.cancelOrderButton.setObjectName("cancelOrderButton")
        self.declineButton = QPushButton(self.tr("Customer d&eclines…"), ui.sideColumn)
        self.declineButton.setObjectName("declineButton")
        row = ui.buttonGrid.rowCount()
        ui.buttonGrid.addWidget(self.cancelOrderButton, row, 0)
        ui.buttonGrid.addWidget(self.declineButton, row, 1)
        self.cancelOrderButton.clicked.connect(self.cancel_order)
        self.declineButton.clicked.connect(self.decline_estimate)
        # Another seat saved the order since it was opened here (issue 17): shown with that refusal only.
        self.reloadButton = QPushButton(self.tr("Re&load the order as saved"), ui.sideColumn)
        self.reloadButton.setObjectName("reloadButton")
        self.reloadButton.setToolTip(self.tr("Show the order as the other seat saved it; what you typed here is "
                                             "dropped"))
        ui.buttonGrid.addWidget(self.reloadButton, row + 1, 0, 1, 2)
        self.reloadButton.hide()
        self.reloadButton.clicked.connect(self.reload_changed)
        self.ctx.operator_changed.connect(lambda _id: self.view and self._refresh_order_actions(self.view))
        order_menu.attach(self.ctx, ui.waitingList)

    def reload_changed(self) -> None:
        """After "changed by … — reload": the order as saved now (what was typed here is dropped)."""
        if self.view is None:
            return
        self.dirty = False
        self.on_current_order_changed(self.view.order_id)
        self._done(self.tr("Reloaded: the order as it is saved now."))

    def _refresh_order_actions(self, view: EstimateView) -> None:
        """Enable cancel and decline as the order's stage and the operator allow; a declined or cancelled order
        says so in the banner."""
        from garage_desktop.services import order_actions

        allowed = self.ctx.read(order_actions.allowed_actions, self.ctx.operator_id, view.order_id)
        for button, key, tip in (
                (self.cancelOrderButton, order_actions.CANCEL,
                 self.tr("The customer does not go ahead: cancel the order with the reason")),
                (self.declineButton, order_actions.DECLINE,
                 self.tr("The customer declines this estimate: the diagnosis fee only (or nothing), the car goes "
                         "back unrepaired"))):
            why = allowed.refusal(key)
            button.setEnabled(why is None)
            button.setToolTip(error_text(why) if why is not None else tip)
        if allowed.declined:
            self.ui.lockedBanner.setText(self.tr("The customer declined this estimate (%1): only the diagnosis fee "
                                                 "is charged; the estimate's work is kept on the vehicle.")
                                         .replace("%1", allowed.reason))
            self.ui.lockedBanner.setVisible(True)
        elif allowed.status is OrderStatus.CANCELLED:
            self.ui.lockedBanner.setText(self.tr("Cancelled: %1").replace("%1", allowed.reason or "—"))
            self.ui.lockedBanner.setVisible(True)

    def _leave_unsaved(self) -> bool:
        return not self.dirty or confirm_discard(self)

    def cancel_order(self) -> None:
        if self.view is None or not self._leave_unsaved():
            return
        outcome = order_menu.cancel_order(self.ctx, self.view.order_id, self)
        if outcome is not None:
            self.dirty = False
            self.on_current_order_changed(outcome.order_id)
            self._done(self.tr("Order %1 cancelled.").replace("%1", outcome.order_no))

    def decline_estimate(self) -> None:
        if self.view is None or not self._leave_unsaved():
            return
        outcome = order_menu.decline_estimate(self.ctx, self.view.order_id, self)
        if outcome is not None:
            self.dirty = False
            self.on_current_order_changed(outcome.order_id)
            self._done(order_menu.decline_text(outcome))


    # --- 免費 free lines and 建議項目 work put off on earlier visits (issue 16, items 6 and 7) ----------------
    def _set_up_free_and_put_off(self) -> None:
        from garage_desktop.ui.widgets.recommendations_panel import RecommendationsPanel

        ui = self.ui
        self.freeLabourButton = QPushButton(self.tr("&No charge…"), ui.orderPage)
        self.freeLabourButton.setObjectName("freeLabourButton")
        ui.labourTools.addWidget(self.freeLabourButton)
        self.freePartButton = QPushButton(self.tr("No charge…"), ui.orderPage)
        self.freePartButton.setObjectName("freePartButton")
        ui.partTools.addWidget(self.freePartButton)
        self.freeLabourButton.clicked.connect(lambda: self.toggle_free("labour"))
        self.freePartButton.clicked.connect(lambda: self.toggle_free("part"))
        for table in (ui.labourTable, ui.partTable):
            table.selectionModel().currentChanged.connect(lambda *_args: self._refresh_free_buttons())
        self.put_off = RecommendationsPanel(self.ctx, can_take_up=True, parent=ui.orderPage)
        ui.linesColumn.insertWidget(ui.linesColumn.indexOf(ui.labourGroup), self.put_off)
        self.put_off.take_up_requested.connect(self.take_up)
        self.put_off.changed.connect(lambda: self.ctx.changed("orders"))

    def _refresh_put_off(self, view: EstimateView) -> None:
        from garage_desktop.services import recommendations

        vehicle_id = self.ctx.read(recommendations.vehicle_of_order, view.order_id)
        self.put_off.show_for(vehicle_id)
        self.put_off.set_take_up_refusal(view.estimate_refusal)

    def _selected(self, kind: str) -> tuple[LabourRow | PartRow | None, LabourLinesModel | PartLinesModel]:
        table, model = ((self.ui.labourTable, self.labour_model) if kind == "labour"
                        else (self.ui.partTable, self.parts_model))
        index = table.currentIndex()
        rows = model.rows()
        return (rows[index.row()] if index.isValid() and index.row() < len(rows) else None), model

    def _free_refusal(self, row: LabourRow | PartRow | None) -> str | None:
        if self.view is None or self.view.status not in free_items.OPEN_STATUSES:
            return self.tr("The order is settled or closed: its lines can no longer be made free.")
        if row is None:
            return self.tr("Choose a line first.")
        if self.dirty or row.line_id is None:
            return self.tr("Save the estimate first: a line is made free as it is saved.")
        if isinstance(row, PartRow) and row.customer_supplied:
            return self.tr("A customer-supplied part is not charged.")
        return None

    def _refresh_free_buttons(self) -> None:
        for kind, button in (("labour", self.freeLabourButton), ("part", self.freePartButton)):
            row, model = self._selected(kind)
            why = self._free_refusal(row)
            free = row is not None and model.is_free(row)
            button.setText(self.tr("Charge again") if free else (self.tr("&No charge…") if kind == "labour"
                                                                  else self.tr("No charge…")))
            button.setEnabled(why is None)
            button.setToolTip(why or (self.tr("Charge this line again at the price it had") if free else self.tr(
                "Make this line free of charge, with the reason (warranty, comeback, goodwill); the owner approves")))

    def toggle_free(self, kind: str) -> None:
        """Make the chosen line free (asking why; the owner's PIN when needed), or charge a free one again."""
        from garage_desktop.ui.dialogs.free_line_dialog import FreeLineDialog

        row, model = self._selected(kind)
        if self.view is None or row is None or self._free_refusal(row) is not None or row.line_id is None:
            return
        order_id, line_id = self.view.order_id, row.line_id
        try:
            if model.is_free(row):
                self.ctx.call(free_items.charge_again, order_id, kind, line_id)
                text = self.tr("%1 is charged again.").replace("%1", row.name)
            else:
                dialog = FreeLineDialog(escape(row.name), lambda reason, note: owner_approval_dialog.call_with_owner(
                    self, self.ctx, free_items.make_free, order_id, kind, line_id, reason, note), self)
                if not run_free_dialog(dialog):
                    return
                text = self.tr("%1 is free of charge (worth %2).").replace("%1", row.name).replace(
                    "%2", format_yuan(dialog.result_value.given_away))
        except DomainError as error:
            self.show_error(error)
            return
        self.dirty = False
        self.show_order(self.ctx.read(estimate.estimate_view, order_id))
        self.ctx.changed("orders")
        self._done(text)

    # --- 套餐卡 package cards and 會員折扣 the member discount (issue 19) ---------------------------------------
    def _set_up_package_cards(self) -> None:
        ui = self.ui
        self.cardLabourButton = QPushButton(self.tr("Use package card…"), ui.orderPage)
        self.cardLabourButton.setObjectName("cardLabourButton")
        ui.labourTools.addWidget(self.cardLabourButton)
        self.cardPartButton = QPushButton(self.tr("Use package card…"), ui.orderPage)
        self.cardPartButton.setObjectName("cardPartButton")
        ui.partTools.addWidget(self.cardPartButton)
        self.cardLabourButton.clicked.connect(lambda: self.toggle_card("labour"))
        self.cardPartButton.clicked.connect(lambda: self.toggle_card("part"))
        for table in (ui.labourTable, ui.partTable):
            table.selectionModel().currentChanged.connect(lambda *_args: self._refresh_card_buttons())
        self.memberLabel = QLabel(ui.totalsGroup)
        self.memberLabel.setObjectName("memberLabel")
        self.memberLabel.setWordWrap(True)
        ui.totalsForm.addRow(self.memberLabel)
        self.memberLabel.hide()

    def _card_choices(self, kind: str, row: LabourRow | PartRow) -> list[tuple[str, int]]:
        """The customer's card services that may pay the row: a labour line's own job with a use free, not
        expired; a part: a service with its parts that pays one of the labour lines here."""
        from garage_desktop.services import packages

        items = self.ctx.read(packages.order_items, self.view.order_id) if self.view is not None else []
        if kind == "labour":
            on_screen = [other.card_item_id for other in self.labour_model.rows()]
            return [(f"{item.label} — " + self.tr("%1 left, until %2").replace(
                        "%1", str(item.free_uses - on_screen.count(item.card_item_id))).replace(
                        "%2", item.expires_on.isoformat() if item.expires_on else "—"), item.card_item_id)
                    for item in items if item.operation_code and item.operation_code == row.operation_code
                    and not item.expired and item.free_uses - on_screen.count(item.card_item_id) > 0]
        paying = {other.card_item_id for other in self.labour_model.rows() if other.card_item_id is not None}
        return [(item.label, item.card_item_id) for item in items
                if item.include_parts and item.card_item_id in paying]

    def _card_refusal(self, kind: str, row: LabourRow | PartRow | None) -> str | None:
        if self.view is None or self.view.locked:
            return self.tr("The customer confirmed the work order: its lines are paid as they were agreed.")
        if row is None:
            return self.tr("Choose a line first.")
        if row.added:
            return self.tr("Added work is not paid by a package card here.")
        return None

    def _refresh_card_buttons(self) -> None:
        if not hasattr(self, "cardLabourButton"):
            return
        for kind, button in (("labour", self.cardLabourButton), ("part", self.cardPartButton)):
            row, _model = self._selected(kind)
            why = self._card_refusal(kind, row)
            paid = row is not None and row.card_item_id is not None
            button.setText(self.tr("Pay as usual") if paid else self.tr("Use package card…"))
            button.setEnabled(why is None)
            button.setToolTip(why or (self.tr("The customer pays this line again; the card keeps its use") if paid
                                      else self.tr("Pay this line with one of the customer's package cards")))

    def toggle_card(self, kind: str) -> None:
        """Pay the chosen line with one of the customer's package cards, or as usual again (saved with the
        estimate, where the card is checked again)."""
        row, model = self._selected(kind)
        if self._card_refusal(kind, row) is not None or row is None:
            return
        table = self.ui.labourTable if kind == "labour" else self.ui.partTable
        number = table.currentIndex().row()
        if row.card_item_id is not None:
            model.set_card(number, None, "")
            if kind == "labour":  # its parts no longer ride on it
                for index, part in enumerate(self.parts_model.rows()):
                    if part.card_item_id == row.card_item_id:
                        self.parts_model.set_card(index, None, "")
            self._refresh_card_buttons()
            return
        choices = self._card_choices(kind, row)
        if not choices:
            self.ui.resultLabel.setText(self.tr("No package card of this customer pays this line (its job, uses "
                                                "left and expiry are checked).") if kind == "labour" else
                                        self.tr("Parts ride on a labour line paid by a card whose service includes "
                                                "its parts: redeem that line first."))
            return
        chosen = choose_card_item(self, choices)
        if chosen is None:
            return
        label = next(text for text, item in choices if item == chosen).split(" — ")[0]
        model.set_card(number, chosen, label)
        self._refresh_card_buttons()

    def _refresh_member_line(self, view: EstimateView) -> None:
        """The member discount (counted live from the lines on screen) and what package cards pay."""
        if not hasattr(self, "memberLabel"):
            return
        from garage_desktop.domain.money import round_yuan

        labour_rows = [r for r in self.labour_model.rows() if not r.added]
        part_rows = [r for r in self.parts_model.rows() if not r.added]

        def plain_line(row: LabourRow | PartRow, model: LabourLinesModel | PartLinesModel) -> bool:
            return row.payer == Payer.SELF.value and row.card_item_id is None and not model.is_free(row)

        def amount(row: LabourRow | PartRow, model: LabourLinesModel | PartLinesModel) -> Decimal:
            return model.amount(row) or Decimal(0)

        parts_text: list[str] = []
        rates = view.totals.member_rates
        if rates is not None:
            labour = sum((amount(r, self.labour_model) for r in labour_rows if plain_line(r, self.labour_model)),
                         Decimal(0))
            parts = sum((amount(r, self.parts_model) for r in part_rows if plain_line(r, self.parts_model)),
                        Decimal(0))
            discount = round_yuan(labour * rates[0]) + round_yuan(parts * rates[1])
            parts_text.append(self.tr("Member discount (%1): −%2").replace("%1", view.totals.member_grade)
                              .replace("%2", format_yuan(discount)))
        covered = sum((amount(r, self.labour_model) for r in labour_rows if r.card_item_id is not None),
                      Decimal(0)) + sum((amount(r, self.parts_model) for r in part_rows
                                         if r.card_item_id is not None), Decimal(0))
        if covered:
            parts_text.append(self.tr("Package cards pay: %1").replace("%1", format_yuan(covered)))
        self.memberLabel.setText(" · ".join(parts_text))
        self.memberLabel.setVisible(bool(parts_text))

    def take_up(self, recommendation_id: int) -> None:
        """Turn a recommendation into a line of this estimate: what is typed is saved first."""
        from garage_desktop.services import recommendations

        if self.view is None or (self.dirty and not self.save()):
            return
        try:
            taken = owner_approval_dialog.call_with_owner(self, self.ctx, recommendations.take_up, recommendation_id,
                                                          self.view.order_id)
        except DomainError as error:
            self.put_off.show_error(error)
            return
        self.show_order(taken.estimate)
        self.ctx.changed("orders")
        text = self.tr("Added to the estimate: %1.").replace("%1", taken.recommendation.description)
        if taken.to_price:
            text += " " + self.tr("Enter its hours, then save.")
            self.ui.labourTable.setCurrentIndex(self.labour_model.index(
                len([r for r in self.labour_model.rows() if not r.added]) - 1, LabourColumn.HOURS))
            self.ui.labourTable.setFocus()
        self._done(text)


def choose_card_item(parent: QWidget, choices: list[tuple[str, int]]) -> int | None:
    """Which of the customer's card services pays the line (module-level so tests replace it)."""
    if len(choices) == 1:
        return choices[0][1]
    labels = [label for label, _id in choices]
    label, ok = QInputDialog.getItem(parent, QCoreApplication.translate("EstimateTab", "Use package card"),
                                     QCoreApplication.translate("EstimateTab", "The card that pays this line:"),
                                     labels, 0, False)
    return dict(choices).get(label) if ok else None


def run_free_dialog(dialog: QWidget) -> bool:
    """Module-level so tests replace it."""
    return dialog.exec() == 1  # type: ignore[attr-defined]


def _when(moment: datetime | None) -> str:
    return f"{moment:%Y-%m-%d %H:%M}" if moment else ""


def _default_promise() -> datetime:
    return (clock.now() + timedelta(hours=2)).replace(minute=0, second=0)

