"""完工總檢 Final QC tab: the checklist and measured checks, the intake damage record beside the exit check, and
the outcome (pass → ready and customer told, with the certificate; fail → rework; rework done; printouts)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from garage_desktop.domain import limits
from garage_desktop.domain import qc as rules
from garage_desktop.domain.classes import LABELS, BodyView, DamageKind, RegulatoryClass
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.qc import Result, Template
from garage_desktop.domain.text import DomainError
from garage_desktop.services import clock, qc
from garage_desktop.services.qc import ItemAnswer, QcForm, QcView
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.errors import FieldErrors, error_text, tr_domain
from garage_desktop.ui.forms.ui_qc_tab import Ui_QcTab
from garage_desktop.ui.tabs.stale import ReadWhenShown
from garage_desktop.ui.text_limits import limit_inputs
from garage_desktop.ui.widgets import order_menu
from garage_desktop.ui.widgets.damage_diagram import Mark
from garage_desktop.ui.widgets.next_step import NextStepButton
from garage_desktop.ui.widgets.qc_checklist import Checklist, Row
from garage_desktop.ui.widgets.qc_widgets import (
    FAIL_COLOUR,
    PASS_COLOUR,
    WAIT_COLOUR,
    MeasurementPanel,
    QcDamageDiagram,
)

NOT_ARRIVED = (OrderStatus.BOOKED, OrderStatus.NO_SHOW)  # bookings whose car never came in
NEXT_STAGE = {OrderStatus.READY: "checkout", OrderStatus.REWORK: "work_ticket"}  # after the pass or the fail

_KEY = Qt.ItemDataRole.UserRole


def open_preview(pdf: bytes, title: str, parent: QWidget) -> None:
    """Show the print preview (tests replace this to save the PDF instead of driving the modal dialog)."""
    from garage_desktop.ui.dialogs.print_preview import PrintPreviewDialog

    PrintPreviewDialog(pdf, title, parent).exec()


def _when(moment: datetime | None) -> str:
    return f"{moment:%m-%d %H:%M}" if moment else ""


@dataclass(frozen=True)
class Draft:
    """Answers typed for an inspection not yet passed or failed, kept while the inspector looks at another order
    (for as long as the program runs)."""

    template: str
    answers: dict[str, tuple[Result | None, str]]
    measurements: dict[str, qc.MeasurementAnswer]
    no_new_damage: bool
    mileage: str
    rework_note: str

    def typed(self) -> bool:
        """Anything entered at all (an untouched form is not worth keeping)."""
        readings = any(text.strip() for m in self.measurements.values() for text in m.readings.values())
        notes = any(m.note.strip() for m in self.measurements.values())
        return bool(self.answers or readings or notes or self.no_new_damage or self.mileage.strip()
                    or self.rework_note.strip())


class QcTab(ReadWhenShown, QWidget):
    REFRESH_TOPICS = frozenset({"orders", "operators"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_QcTab()
        self.ui.setupUi(self)
        ui = self.ui
        limit_inputs({ui.resolveEdit: limits.DAMAGE_RESOLVED, ui.reworkNoteEdit: limits.REWORK_NOTE})
        self.language = ctx.window_language()  # the templates' checks as the window speaks; the papers: document_language
        self.view: QcView | None = None
        self.template: Template | None = None
        self.panels: dict[str, MeasurementPanel] = {}
        self._form_of: tuple[int, int, bool] | None = None  # (order, attempt, to inspect) the answers are of
        self._stored_measurements: dict[str, qc.MeasurementAnswer] = {}
        self._drafts: dict[tuple[int, int], Draft] = {}  # by (order, attempt)
        self._reloads = 0
        self._stale = False  # changed while behind another tab: read again when it comes forward
        self.diagram = QcDamageDiagram(ui.damageHolder)
        layout = QVBoxLayout(ui.damageHolder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.diagram)
        self.measured_layout = QVBoxLayout(ui.measuredHolder)
        self.measured_layout.setContentsMargins(0, 0, 0, 0)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.splitter.setSizes([760, 500])
        ui.checkSplitter.setSizes([380, 300])
        ui.verdictLabel.setMinimumHeight(ui.verdictLabel.fontMetrics().lineSpacing() * 2 + 2)
        self._base_errors = {"items": ui.itemsError, "damage": ui.damageError, "mileage": ui.mileageError,
                             "rework_note": ui.reworkNoteError, "resolved_note": ui.resolvedNoteError}
        self.errors = FieldErrors(dict(self._base_errors), fallback=ui.outcomeError)
        ui.qcList.itemActivated.connect(lambda item, _col: self.open_order(item.data(0, _KEY)))
        order_menu.attach(ctx, ui.qcList, order_menu.first_column(_KEY))  # the orders' right-click menu
        ui.backButton.clicked.connect(lambda: ctx.set_current_order(None))
        ui.templateCombo.activated.connect(lambda _i: self._template_chosen())
        self.checklist = Checklist(ui.checksTable, self)
        self.checklist.changed.connect(self._evaluate)
        ui.passItemButton.clicked.connect(lambda: self.set_result(Result.PASS))
        ui.failItemButton.clicked.connect(lambda: self.set_result(Result.FAIL))
        ui.naItemButton.clicked.connect(lambda: self.set_result(Result.NA))
        ui.allPassButton.clicked.connect(self.all_unanswered_pass)
        ui.noNewDamageCheck.toggled.connect(lambda _on: self._evaluate())
        ui.resolveButton.clicked.connect(self.resolve_damage)
        ui.passButton.clicked.connect(self.pass_qc)
        ui.failButton.clicked.connect(self.fail_qc)
        ui.reworkDoneButton.clicked.connect(lambda: self._act(qc.rework_done, self.tr("Rework done: the car "
                                                                                        "waits for a new inspection.")))
        ui.tellButton.clicked.connect(lambda: self._act(qc.tell_customer, self.tr("The time the customer was "
                                                                                  "told is recorded.")))
        ui.printSheetButton.clicked.connect(self.print_sheet)
        ui.printCertificateButton.clicked.connect(self.print_certificate)
        self.diagram.mark_added.connect(self._mark_added)
        self.diagram.mark_removed.connect(lambda mark_id: self._damage(qc.remove_new_damage, mark_id))
        self.diagram.note_saved.connect(lambda mark_id, note: self._damage(qc.note_new_damage, mark_id, note))
        self.diagram.picked_changed.connect(self._fill_resolve)
        ctx.operator_changed.connect(lambda _id: self.reload())
        # 建議項目: what the inspector finds that can wait is kept on the car for its next visit (issue 16, item 7)
        from garage_desktop.domain.free_items import RecommendationSource
        from garage_desktop.ui.widgets.recommendations_panel import PutOffNote

        self.put_off = PutOffNote(ctx, lambda: self.view.order_id if self.view else None, RecommendationSource.QC,
                                  ui.checksGroup)
        ui.checksLayout.addWidget(self.put_off)
        self.next_step = NextStepButton.after(ctx, ui.resultLabel)
        self.on_current_order_changed(ctx.current_order_id)

    # --- which order ------------------------------------------------------------------------------------
    def on_current_order_changed(self, order_id: int | None) -> None:
        self.errors.clear()
        self.ui.resultLabel.clear()
        self.show_order(order_id)

    def open_order(self, order_id: int | None) -> None:
        if order_id is not None:
            self.ctx.set_current_order(order_id)
            if self.view is None or self.view.order_id != order_id:
                self.show_order(order_id)

    def reload(self) -> None:
        self.show_order(self.view.order_id if self.view else self.ctx.current_order_id)

    def _announce(self) -> None:
        before = self._reloads
        self.ctx.changed("orders")
        if self._reloads == before:
            self.reload()

    def show_order(self, order_id: int | None) -> None:
        self._reloads += 1
        self._stale = False
        self._keep_draft()
        view = None
        if order_id is not None:
            try:
                view = self.ctx.read(qc.qc_view, order_id, self.ctx.operator_id)
            except DomainError:
                view = None
        if view is not None and view.status in NOT_ARRIVED:  # a booking: no car to work on yet
            view = None
        self.view = view
        if view is None:
            self.ui.pages.setCurrentWidget(self.ui.listPage)
            self._fill_list()
            self.next_step.withdraw()
            return
        self.ui.pages.setCurrentWidget(self.ui.orderPage)
        self._fill_order(view)
        self.next_step.offer(view.order_id, NEXT_STAGE.get(view.status))  # passed: settlement; failed: rework

    # --- the list ---------------------------------------------------------------------------------------
    def _fill_list(self) -> None:
        tree = self.ui.qcList
        tree.clear()
        now = clock.now()
        for row in self.ctx.read(qc.queue):
            item = QTreeWidgetItem([_when(row.promised_at), row.order_no, row.plate, row.customer_name,
                                    tr_domain(LABELS[RegulatoryClass(row.regulatory_class)]),
                                    tr_domain(row.status_label), str(row.attempts) if row.attempts else "",
                                    row.holder])
            item.setData(0, _KEY, row.order_id)
            if row.promised_at and row.promised_at < now:
                item.setForeground(0, QBrush(QColor(FAIL_COLOUR)))
                item.setToolTip(0, self.tr("The promised time has passed"))
            tree.addTopLevelItem(item)
        for column in range(tree.columnCount()):
            tree.resizeColumnToContents(column)
        self.ui.listEmptyLabel.setVisible(tree.topLevelItemCount() == 0)

    # --- one order --------------------------------------------------------------------------------------
    @property
    def editable(self) -> bool:
        return bool(self.view and self.view.status is OrderStatus.QC_PENDING and self.view.inspect_refusal is None)

    def _fill_order(self, view: QcView) -> None:
        ui = self.ui
        car = " ".join(p for p in (view.plate, view.make_model) if p)
        ui.headerLabel.setText(
            f"<b>{view.order_no}</b>&nbsp;&nbsp;{car} — {view.customer_name} {view.customer_phone} — "
            f"{tr_domain(LABELS[RegulatoryClass(view.regulatory_class)])} — <i>{tr_domain(view.status_label)}</i>")
        form_of = (view.order_id, view.next_attempt, view.status is OrderStatus.QC_PENDING)
        if form_of != self._form_of:  # another order or another attempt: a fresh form (or the stored one)
            self._form_of = form_of
            self._load_form(view)
        ui.templateCombo.blockSignals(True)
        ui.templateCombo.clear()
        for template in view.templates:
            ui.templateCombo.addItem(template.title.get(self.language), template.id)
        ui.templateCombo.setCurrentIndex(max(ui.templateCombo.findData(self.template.id if self.template else ""), 0))
        ui.templateCombo.setEnabled(self.editable)
        ui.templateCombo.blockSignals(False)
        self._fill_checks()
        self._fill_panels()
        self.diagram.set_damage(view.damage, adding=self.editable)
        self._fill_resolve()
        self._fill_status(view)
        self._evaluate()

    def _keep_draft(self) -> None:
        """Remember what was typed for the inspection on screen, before another order (or the list) replaces it."""
        if self._form_of is None or not self._form_of[2] or self.template is None:
            return
        ui = self.ui
        draft = Draft(self.template.id, dict(self.checklist.answers), {k: p.answer() for k, p in self.panels.items()},
                      ui.noNewDamageCheck.isChecked(), ui.mileageEdit.text(), ui.reworkNoteEdit.text())
        if draft.typed():
            self._drafts[self._form_of[:2]] = draft
        else:
            self._drafts.pop(self._form_of[:2], None)

    def _load_form(self, view: QcView) -> None:
        """The answers: for an inspection to come, those typed before (kept as a draft) or none; else those of the
        latest inspection."""
        draft = self._drafts.get((view.order_id, view.next_attempt)) if view.status is OrderStatus.QC_PENDING else None
        if draft is not None:
            self._load_draft(view, draft)
            return
        stored = None if view.status is OrderStatus.QC_PENDING else self.ctx.read(qc.inspection_form, view.order_id)
        by_id = {t.id: t for t in view.templates}
        self.template = by_id.get(stored.template if stored else view.default_template) or by_id[
            view.default_template]
        self.checklist.answers = {a.key: (a.result, a.note) for a in stored.items} if stored else {}
        self._stored_measurements = {m.key: m for m in stored.measurements} if stored else {}
        self.panels = {}
        ui = self.ui
        ui.noNewDamageCheck.setChecked(bool(stored and stored.no_new_damage))
        ui.mileageEdit.setText(str(stored.mileage) if stored and stored.mileage else "")
        ui.reworkNoteEdit.clear()
        ui.customerToldCheck.setChecked(False)  # ticked by whoever told the customer, never assumed

    def _load_draft(self, view: QcView, draft: Draft) -> None:
        by_id = {t.id: t for t in view.templates}
        self.template = by_id.get(draft.template) or by_id[view.default_template]
        self.checklist.answers = dict(draft.answers)
        self._stored_measurements = dict(draft.measurements)
        self.panels = {}
        self.ui.noNewDamageCheck.setChecked(draft.no_new_damage)
        self.ui.mileageEdit.setText(draft.mileage)
        self.ui.reworkNoteEdit.setText(draft.rework_note)
        self.ui.customerToldCheck.setChecked(False)

    def _template_chosen(self) -> None:
        if self.view is None:
            return
        chosen = self.ui.templateCombo.currentData()
        self.template = next(t for t in self.view.templates if t.id == chosen)
        self.panels = {}
        self._fill_checks()
        self._fill_panels()
        self._evaluate()

    # --- the checklist ----------------------------------------------------------------------------------
    def _rows(self) -> list[Row]:
        """The order's items first (with their teams), then the template's sections, as shown."""
        assert self.view is not None and self.template is not None
        rows = [Row(None, self.tr("Order items done"))]
        for line in self.view.lines:
            text = f"{line.seq}. {line.name}" + (f" — {line.team}" if line.team else "")
            if line.finished_at is None:
                text += " " + self.tr("(not finished)")
            tip = self.tr("Finished %1").replace("%1", _when(line.finished_at)) if line.finished_at else ""
            for c in (c for c in self.view.process_checks if c.line_id == line.id):
                said = (self.tr("problem: %1 — done: %2").replace("%1", c.finding).replace("%2", c.action)
                        if c.problem else self.tr("OK") + (f" — {c.finding}" if c.finding else ""))
                tip += ("\n" if tip else "") + self.tr("Checked %1 (%2): %3").replace(
                    "%1", _when(c.checked_at)).replace("%2", c.inspector).replace("%3", said)
            rows.append(Row(line.key, text, tip=tip, warn=line.finished_at is None))
        for section in self.template.sections:
            rows.append(Row(None, section.title.get(self.language)))
            rows += [Row(i.key, i.label.get(self.language), i.safety, self.tr("Safety item") if i.safety else "")
                     for i in section.items]
        return rows

    def _fill_checks(self) -> None:
        self.checklist.fill(self._rows(), self.editable)
        for button in (self.ui.passItemButton, self.ui.failItemButton, self.ui.naItemButton, self.ui.allPassButton):
            button.setEnabled(self.editable)

    def set_result(self, result: Result, keys: list[str] | None = None) -> None:
        self.checklist.set_result(result, keys)

    def all_unanswered_pass(self) -> None:
        self.checklist.all_unanswered_pass()

    # --- measured checks --------------------------------------------------------------------------------
    def _fill_panels(self) -> None:
        assert self.view is not None and self.template is not None
        keep = {k: p.answer() for k, p in self.panels.items()}
        while self.measured_layout.count():
            widget = self.measured_layout.takeAt(0).widget()
            if widget is not None:
                # Out of the layout, a panel keeps being painted at its last place (over the new first panel)
                # until Qt gets round to deleting it: hide it now.
                widget.hide()
                widget.deleteLater()
        self.panels = {}
        for m in self.template.measurements:
            panel = MeasurementPanel(m, self.view.fuel, self.language, self.ui.measuredHolder)
            answer = keep.get(m.key) or self._stored_measurements.get(m.key)
            if answer is not None:
                panel.set_answer(answer)
            panel.set_read_only(not self.editable)
            panel.changed.connect(self._evaluate)
            self.measured_layout.addWidget(panel)
            self.panels[m.key] = panel
        self.measured_layout.addStretch(1)
        self.ui.measuredGroup.setVisible(bool(self.panels))
        self.errors = FieldErrors({**self._base_errors, **{k: p.error_label for k, p in self.panels.items()}},
                                  fallback=self.ui.outcomeError)

    # --- judging as the inspector types -----------------------------------------------------------------
    def form(self) -> QcForm:
        assert self.template is not None and self.view is not None
        keys = [line.key for line in self.view.lines] + [i.key for i in self.template.items()]
        items = tuple(ItemAnswer(k, *self.checklist.answers.get(k, (None, ""))) for k in keys)
        return QcForm(self.template.id, items, tuple(p.answer() for p in self.panels.values()),
                      self.ui.noNewDamageCheck.isChecked(), self.ui.mileageEdit.text().strip() or None)

    def _evaluate(self) -> None:
        view, ui = self.view, self.ui
        if view is None or self.template is None:
            return
        judged = qc.judge(self.template, view.fuel, view.line_names(), self.form(), self.language)
        for key, panel in self.panels.items():
            panel.show_verdict(judged.measured[key])
        pre = view.preconditions
        pass_why = view.inspect_refusal or rules.pass_refusal(
            judged.sheet, unfinished_lines=pre.unfinished_lines, parts_problems=[error_text(p) for p in
                                                                                 pre.parts_problems],
            unresolved_damage=pre.unresolved_damage, damage_confirmed=ui.noNewDamageCheck.isChecked(),
            names=judged.names)
        fail_why = view.inspect_refusal or rules.fail_refusal(judged.sheet, unresolved_damage=pre.unresolved_damage)
        self._enable(ui.passButton, pass_why, self.tr("Everything passed: the car is ready; tell the customer"))
        self._enable(ui.failButton, fail_why, self.tr("Send the failed order items back to their teams as rework"))
        self._enable(ui.reworkDoneButton, view.rework_done_refusal, self.tr("The reworked lines are finished: "
                                                                             "the car comes back for a new inspection"))
        self._enable(ui.tellButton, view.tell_refusal, self.tr("Record that the customer was told the car is ready"))
        ui.reworkDoneButton.setVisible(view.status is OrderStatus.REWORK)
        ui.tellButton.setVisible(view.status is OrderStatus.READY and view.customer_told_at is None)
        # Not failButton.setVisible(passButton.isVisible()): isVisible() is False while the tab is not shown yet.
        deciding = self.editable or view.status is OrderStatus.QC_PENDING
        ui.passButton.setVisible(deciding)
        ui.failButton.setVisible(deciding)
        for widget in (ui.mileageEdit, ui.reworkNoteEdit, ui.noNewDamageCheck, ui.customerToldCheck):
            widget.setEnabled(self.editable)
        self._enable(ui.printSheetButton, None, self.tr("Preview the 竣工檢驗單 and print it or save it as PDF"))
        self._enable(ui.printCertificateButton, None if view.certificate_no else self.tr(
            "The completion certificate is issued when a car of this repair class passes QC") if
            view.certificate_required else self.tr("This repair class needs no completion certificate"),
            self.tr("Preview the 竣工出廠合格證 and print it or save it as PDF"))
        if view.status is not OrderStatus.QC_PENDING:
            ui.verdictLabel.setText("")
            return
        answered = len(judged.names) - len(judged.sheet.unanswered)
        text = self.tr("Inspection %1 · %2 of %3 checks answered").replace("%1", str(view.next_attempt)) \
            .replace("%2", str(answered)).replace("%3", str(len(judged.names)))
        if judged.sheet.failed:
            failed = "、".join(judged.names.get(k, k) for k in judged.sheet.failed)
            failed = self.tr("Failed: %1").replace("%1", failed)
            text += f" · <b style='color:{FAIL_COLOUR}'>{failed}</b>"
        elif pass_why is None:
            ready = self.tr("Ready to pass")
            text += f" · <b style='color:{PASS_COLOUR}'>{ready}</b>"
        else:  # why not yet, without hovering over the button
            text += f" · <span style='color:{WAIT_COLOUR}'>{error_text(pass_why)}</span>"
        ui.verdictLabel.setText(text)

    @staticmethod
    def _enable(button: QPushButton, why_not: DomainError | str | None, tip: str = "") -> None:
        button.setEnabled(why_not is None)
        reason = error_text(why_not) if isinstance(why_not, DomainError) else why_not
        button.setToolTip(reason or tip)

    # --- damage -----------------------------------------------------------------------------------------
    def _mark_added(self, mark: Mark) -> None:
        if self.view is None:
            return
        new = qc.DamageMarkInput(BodyView(mark.view), mark.x, mark.y, DamageKind(mark.kind), mark.note)
        if self._damage(qc.add_new_damage, new) and self.view:
            self.diagram.pick(len(self.view.damage) - 1)  # the new mark: type its note

    def _damage(self, function: object, *args: object) -> bool:
        """A damage change is saved at once (it blocks the pass until resolved, whatever else happens)."""
        assert self.view is not None
        self.errors.clear()
        try:
            self.ctx.call(function, self.view.order_id, *args)  # type: ignore[arg-type]
        except DomainError as error:
            self.errors.show(error)
            return False
        picked = self.diagram.picked()
        self._announce()
        if picked is not None and self.view and picked < len(self.view.damage):
            self.diagram.pick(picked)
        return True

    def _fill_resolve(self) -> None:
        ui, view = self.ui, self.view
        index = self.diagram.picked()
        allowed = bool(view and view.status in (OrderStatus.QC_PENDING, OrderStatus.REWORK)
                       and self.diagram.is_open_qc_mark(index))
        if allowed and view is not None and view.inspect_refusal is not None and view.status is OrderStatus.QC_PENDING:
            allowed = False
        ui.resolveEdit.setEnabled(allowed)
        ui.resolveButton.setEnabled(allowed)
        ui.resolveButton.setToolTip(self.tr("Record how the picked new damage was resolved") if allowed else
                                    self.tr("Pick a mark found at QC that is not resolved yet"))

    def resolve_damage(self) -> None:
        mark_id = self.diagram.damage_id(self.diagram.picked())
        if mark_id is not None and self._damage(qc.resolve_new_damage, mark_id, self.ui.resolveEdit.text()):
            self.ui.resolveEdit.clear()

    # --- the outcome ------------------------------------------------------------------------------------
    def _fill_status(self, view: QcView) -> None:
        pre = view.preconditions
        ok, bad = f"<span style='color:{PASS_COLOUR}'>✔ %s</span>", f"<span style='color:{FAIL_COLOUR}'>✘ %s</span>"
        parts = [bad % (self.tr("Not finished:") + " " + "、".join(pre.unfinished_lines)) if pre.unfinished_lines
                 else ok % self.tr("Every repair line finished"),
                 bad % (self.tr("Parts not reconciled:") + " " + "; ".join(error_text(p) for p in pre.parts_problems))
                 if pre.parts_problems else ok % self.tr("Parts reconciled"),
                 bad % (self.tr("New damage to resolve:") + " " + "、".join(pre.unresolved_damage))
                 if pre.unresolved_damage else ok % self.tr("No new damage open")]
        lines = ["　".join(parts)]
        if view.process_checks:  # 維修作業 3: what the inspector saw while the lines were worked
            problems = [c for c in view.process_checks if c.problem]
            text = self.tr("Checks during the repair: %1 OK, %2 problem(s).").replace(
                "%1", str(len(view.process_checks) - len(problems))).replace("%2", str(len(problems)))
            for c in problems:
                text += "<br>　" + self.tr("%1 %2: %3 — done: %4").replace("%1", _when(c.checked_at)).replace(
                    "%2", c.line_label).replace("%3", c.finding).replace("%4", c.action)
            lines.append(text)
        for inspection in view.inspections:
            who = f"{_when(inspection.inspected_at)} {inspection.inspector}".strip()
            if inspection.passed:
                text = self.tr("Inspection %1 passed (%2).").replace("%1", str(inspection.attempt)).replace("%2", who)
                if inspection.certificate_no:
                    text += " " + self.tr("Certificate %1.").replace("%1", inspection.certificate_no)
            else:
                text = self.tr("Inspection %1 failed (%2): sent back %3").replace("%1", str(inspection.attempt)) \
                    .replace("%2", who).replace("%3", "、".join(inspection.rework_lines) or "—")
                if inspection.rework_note:
                    text += f" — {inspection.rework_note}"
            lines.append(text)
        if view.customer_told_at:
            lines.append(self.tr("Customer told at %1.").replace("%1", _when(view.customer_told_at)))
        if view.certificate_required and not view.certificate_no:
            lines.append(self.tr("This repair class needs a completion certificate: it is issued with the pass."))
        self.ui.statusLabel.setText("<br>".join(lines))

    def pass_qc(self) -> None:
        assert self.view is not None
        told = self.ui.customerToldCheck.isChecked()
        outcome = self._call(qc.pass_qc, self.form(), customer_told=told)
        if outcome is not None:
            text = self.tr("Passed: the car is ready.")
            if outcome.certificate_no:
                text += " " + self.tr("Completion certificate %1 issued.").replace("%1", outcome.certificate_no)
            if not told:
                text += " " + self.tr("Press \"Customer told\" once you have reached the customer.")
            self._done(text)

    def fail_qc(self) -> None:
        outcome = self._call(qc.fail_qc, self.form(), (), self.ui.reworkNoteEdit.text())
        if outcome is not None:
            self._done(self.tr("Failed: sent back for rework — %1").replace(
                "%1", "、".join(outcome.rework_lines) or self.ui.reworkNoteEdit.text()))

    def _act(self, function: object, message: str) -> None:
        if self._call(function) is not None:
            self._done(message)

    def _call(self, function: object, *args: object, **kwargs: object) -> object | None:
        assert self.view is not None
        self.errors.clear()
        self.ui.resultLabel.clear()
        try:
            return self.ctx.call(function, self.view.order_id, *args, **kwargs)  # type: ignore[arg-type]
        except DomainError as error:
            self.errors.show(error)
            return None

    def _done(self, message: str) -> None:
        recorded = (self.view.order_id, self.view.next_attempt) if self.view is not None else None
        self._announce()
        if recorded is not None:  # passed or failed: what was typed is stored with the inspection now
            self._drafts.pop(recorded, None)
        self.ui.resultLabel.setText(message)

    # --- printing ---------------------------------------------------------------------------------------
    def print_sheet(self) -> None:
        from garage_desktop.printing.qc_sheet import render_qc_sheet
        from garage_desktop.services import qc_documents

        assert self.view is not None
        doc = self.ctx.read(qc_documents.qc_sheet_doc, self.view.order_id)
        open_preview(render_qc_sheet(doc, language=self.ctx.document_language()), self.tr("QC sheet %1").replace(
            "%1", self.view.order_no), self)

    def print_certificate(self) -> None:
        from garage_desktop.printing.certificate import render_certificate
        from garage_desktop.services import qc_documents

        assert self.view is not None
        doc = self.ctx.read(qc_documents.certificate_doc, self.view.order_id)
        open_preview(render_certificate(doc, language=self.ctx.document_language()), self.tr("Completion certificate %1").replace(
            "%1", doc.certificate_no), self)
