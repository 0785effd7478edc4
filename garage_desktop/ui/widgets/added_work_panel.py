"""追加項目 panel of the work ticket: propose an added item (live total against the notify amount and the
contact need in a coloured banner), the list of added items, and the customer's answer."""

from __future__ import annotations

from datetime import datetime, timedelta
from html import escape

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidgetItem, QWidget

from garage_desktop.domain import limits
from garage_desktop.domain.added_work import ContactNeed
from garage_desktop.domain.money import format_yuan
from garage_desktop.domain.pricing import HourUnit
from garage_desktop.domain.text import DomainError
from garage_desktop.services import added_work, catalog, clock
from garage_desktop.services.added_work import AddedLabour, AddedPart, Proposal, ProposalPreview, ProposalView
from garage_desktop.services.catalog import PartInfo
from garage_desktop.services.work_order import RoleRefusals, TicketView
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.dialogs import owner_approval_dialog
from garage_desktop.ui.errors import FieldErrors, error_text, tr_domain
from garage_desktop.ui.forms.ui_added_work_panel import Ui_AddedWorkPanel
from garage_desktop.ui.text_limits import limit_inputs, shorten
from garage_desktop.ui.widgets.search_completer import SearchCompleter

_APPROVAL_ID = Qt.ItemDataRole.UserRole
DESCRIPTION_SHOWN = 80  # characters of an item's description above the answer form (the tooltip has it all)
BANNER_STYLES: dict[ContactNeed | None, str] = {
    ContactNeed.MUST_PHONE: "background: #fdecea; color: #b71c1c; border: 1px solid #e57373; border-radius: 4px;",
    ContactNeed.ASK: "background: #fff8e1; color: #6d4c00; border: 1px solid #ffca28; border-radius: 4px;",
    ContactNeed.COVERED: "background: #e8f5e9; color: #1b5e20; border: 1px solid #81c784; border-radius: 4px;",
    None: "color: #5f6368; border: 1px dashed #bdbdbd; border-radius: 4px;",
}


def _qt(moment: datetime) -> QDateTime:
    return QDateTime(moment.date(), moment.time())


def _py(edit: QDateTime) -> datetime:
    return edit.toPython().replace(second=0, microsecond=0)


class AddedWorkPanel(QWidget):
    """Shows the added work of one ticket; ``done`` carries the message of a write (the tab then reloads)."""

    done = Signal(str, bool)  # message, is_warning

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_AddedWorkPanel()
        self.ui.setupUi(self)
        ui = self.ui
        limit_inputs({ui.descriptionEdit: limits.ADDED_WORK, ui.workNameEdit: limits.LINE_NAME,
                      ui.partEdit: limits.LINE_NAME, ui.answeredByEdit: limits.ANSWERED_BY})
        self.ticket: TicketView | None = None
        self.roles: RoleRefusals | None = None
        self._part_id: int | None = None
        self._answer_for: int | None = None  # the pending item whose answer the form holds
        self._contacted_default: QDateTime | None = None  # the contact time last put in the form as "now"
        self.propose_errors = FieldErrors(
            {"description": ui.descriptionError, "labour_hours": ui.labourHoursError, "labour_name": ui.workNameError,
             "part_name": ui.partNameError, "part_qty": ui.partQtyError, "part_price": ui.partPriceError},
            fallback=ui.proposeError)
        self.answer_errors = FieldErrors(
            {"contacted_at": ui.contactedAtError, "method": ui.methodError, "answered_by": ui.answeredByError,
             "approved": ui.approvedError, "new_promised_at": ui.newPromisedAtError}, fallback=ui.answerError)
        for method, label in (("phone", self.tr("Phone")), ("in_person", self.tr("In person")),
                              ("message", self.tr("Message (SMS / WeChat)"))):
            ui.methodCombo.addItem(label, method)
        self.part_search = SearchCompleter(ui.partEdit, lambda text: ctx.read(catalog.search_parts, text),
                                           self._describe_part)
        self.part_search.picked.connect(self.pick_part)
        ui.partEdit.textEdited.connect(self._part_typed)
        for edit in (ui.descriptionEdit, ui.labourHoursEdit, ui.partQtyEdit, ui.partPriceEdit):
            edit.textChanged.connect(self.update_preview)
        ui.foundPartCheck.toggled.connect(self.update_preview)
        ui.proposeButton.clicked.connect(self.propose)
        for edit in (ui.descriptionEdit, ui.workNameEdit, ui.labourHoursEdit, ui.partQtyEdit, ui.partPriceEdit):
            edit.returnPressed.connect(lambda: ui.proposeButton.isEnabled() and self.propose())
        ui.recordButton.clicked.connect(self.record_answer)
        ui.answeredByEdit.returnPressed.connect(lambda: ui.recordButton.isEnabled() and self.record_answer())
        ui.proposalsList.currentItemChanged.connect(lambda *_: self._show_answer_form())
        ui.newPromiseCheck.toggled.connect(ui.newPromisedAtEdit.setEnabled)
        ui.newPromisedAtEdit.setEnabled(False)
        for edit in (ui.contactedAtEdit, ui.newPromisedAtEdit):
            edit.setDateTime(_qt(clock.now()))
        self.update_preview()

    # --- the ticket ---------------------------------------------------------------------------------------
    def set_ticket(self, ticket: TicketView | None, roles: RoleRefusals | None) -> None:
        """Show ``ticket``'s added work; a different order starts with an empty proposal form."""
        if ticket is None or self.ticket is None or ticket.order_id != self.ticket.order_id:
            self.clear_proposal()
        self.ticket, self.roles = ticket, roles
        ui = self.ui
        if ticket is None:
            ui.termsLabel.clear()
            ui.proposalsList.clear()
            self._enable(ui.proposeButton, self.tr("Choose an order first."))
            self._show_answer_form()
            return
        notify = format_yuan(ticket.notify_above) if ticket.notify_above is not None else self.tr("not recorded")
        may_replace = {True: self.tr("yes"), False: self.tr("no"), None: self.tr("not asked")}[
            ticket.may_replace_found_parts]
        ui.termsLabel.setText(
            self.tr("Customer's terms: phone above <b>%1</b> · may replace damaged parts found: <b>%2</b><br>"
                    "Work order total %3 · now %4")
            .replace("%1", notify).replace("%2", may_replace).replace("%3", format_yuan(ticket.totals.confirmed))
            .replace("%4", format_yuan(ticket.totals.current)))
        self._fill_proposals(ticket.proposals)
        why = ticket.propose_refusal and tr_domain(ticket.propose_refusal)
        if why is None and roles is not None and roles.propose is not None:
            why = error_text(roles.propose)
        self._enable(ui.proposeButton, why, self.tr("Write the item and ask the advisor to contact the customer"))
        for widget in (ui.descriptionEdit, ui.workNameEdit, ui.labourHoursEdit, ui.partEdit, ui.partQtyEdit,
                       ui.partPriceEdit, ui.foundPartCheck):
            widget.setEnabled(ticket.propose_refusal is None)
        self.update_preview()

    def _enable(self, button: QWidget, why_not: str | None, tip: str = "") -> None:
        button.setEnabled(why_not is None)
        button.setToolTip(why_not or tip)

    def _fill_proposals(self, proposals: tuple[ProposalView, ...]) -> None:
        tree = self.ui.proposalsList
        chosen = tree.currentItem().data(0, _APPROVAL_ID) if tree.currentItem() else None
        tree.blockSignals(True)
        tree.clear()
        states = {"pending": self.tr("Waiting for the customer"), "approved": self.tr("Approved"),
                  "declined": self.tr("Refused (kept as a recommendation)")}
        for p in proposals:
            item = QTreeWidgetItem([p.description, format_yuan(p.amount), states[p.state]])
            item.setData(0, _APPROVAL_ID, p.approval_id)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(0, "\n".join((p.description, *p.lines)))
            item.setToolTip(2, self._answer_text(p) if p.state != "pending" else tr_domain(p.contact_label))
            if p.state == "declined":
                font = item.font(0)
                font.setStrikeOut(True)
                item.setFont(0, font)
            tree.addTopLevelItem(item)
        tree.blockSignals(False)
        pending = [i for i in range(tree.topLevelItemCount())
                   if self._proposal(tree.topLevelItem(i).data(0, _APPROVAL_ID)).state == "pending"]
        rows = [i for i in range(tree.topLevelItemCount()) if tree.topLevelItem(i).data(0, _APPROVAL_ID) == chosen]
        row = rows[0] if rows and rows[0] in pending else (pending[0] if pending else (rows[0] if rows else -1))
        if row >= 0:
            tree.setCurrentItem(tree.topLevelItem(row))
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.proposalsGroup.setTitle(self.tr("Added items (%1 waiting for the customer)")
                                        .replace("%1", str(len(pending))))
        self._show_answer_form()

    def _answer_text(self, p: ProposalView) -> str:
        how = self.ui.methodCombo.itemText(max(0, self.ui.methodCombo.findData(p.contact_method)))
        text = self.tr("%1 by %2 at %3, recorded by %4").replace("%1", p.answered_by).replace("%2", how).replace(
            "%3", f"{p.contacted_at:%m-%d %H:%M}" if p.contacted_at else "").replace("%4", p.recorded_by)
        if p.new_promised_at:
            text += "\n" + self.tr("New time agreed: %1").replace("%1", f"{p.new_promised_at:%m-%d %H:%M}")
        return text

    def _proposal(self, approval_id: int | None) -> ProposalView | None:
        if self.ticket is None or approval_id is None:
            return None
        return next((p for p in self.ticket.proposals if p.approval_id == approval_id), None)

    def selected_proposal(self) -> ProposalView | None:
        item = self.ui.proposalsList.currentItem()
        return self._proposal(item.data(0, _APPROVAL_ID)) if item else None

    # --- proposing ----------------------------------------------------------------------------------------
    def _describe_part(self, part: PartInfo) -> str:
        return f"{part.code}  {part.name} {part.spec}  {format_yuan(part.sale_price)}/{part.unit}".strip()

    def pick_part(self, part: PartInfo) -> None:
        self._part_id = part.id
        self.ui.partEdit.setText(part.name)
        if not self.ui.partPriceEdit.text().strip():
            self.ui.partPriceEdit.setText(f"{part.sale_price:.2f}")
        self.update_preview()
        self.ui.partQtyEdit.setFocus()
        self.ui.partQtyEdit.selectAll()

    def _part_typed(self, _text: str) -> None:
        self._part_id = None

    def proposal(self) -> Proposal:
        ui = self.ui
        hours = ui.labourHoursEdit.text().strip()
        work = ui.workNameEdit.text().strip()  # the labour line's name; the finding is the description
        part = ui.partEdit.text().strip()
        return Proposal(
            description=ui.descriptionEdit.text(),
            labour=(AddedLabour(hours, work),) if hours or work else (),
            parts=(AddedPart(part, ui.partQtyEdit.text(), ui.partPriceEdit.text(), self._part_id),)
            if part or self._part_id else (),
            replaces_found_part=ui.foundPartCheck.isChecked())

    def clear_proposal(self) -> None:
        ui = self.ui
        for edit in (ui.descriptionEdit, ui.workNameEdit, ui.labourHoursEdit, ui.partEdit, ui.partPriceEdit):
            edit.clear()
        ui.partQtyEdit.setText("1")
        ui.foundPartCheck.setChecked(False)
        self._part_id = None
        self.propose_errors.clear()

    def update_preview(self) -> None:
        """The new total against the notify amount, and what the advisor must do, as the item is typed."""
        ui = self.ui
        preview: ProposalPreview | None = None
        if self.ticket is not None and self.ticket.propose_refusal is None:
            try:
                preview = self.ctx.read(added_work.preview, self.ticket.order_id, self.proposal())
            except DomainError:
                preview = None
        if preview is None:
            ui.contactBanner.setText(self.tr("Enter the labour hours or a part to see the new total and whether "
                                             "the customer must be phoned first."))
            ui.contactBanner.setStyleSheet(BANNER_STYLES[None])
            ui.labourPriceLabel.clear()
            return
        if preview.labour_amount:
            # the rate is per clock hour: typed in 5-minute units, the hours are the units ÷ 12
            per_unit = "/12" if preview.hour_unit is HourUnit.FIVE_MINUTES else ""
            ui.labourPriceLabel.setText(self.tr("× %1 × %2 = %3").replace("%1", format_yuan(preview.rate) + per_unit)
                                        .replace("%2", f"{preview.coefficient.normalize():f}")
                                        .replace("%3", format_yuan(preview.labour_amount)))
        else:
            ui.labourPriceLabel.clear()
        notify = (format_yuan(preview.notify_above) if preview.notify_above is not None
                  else self.tr("no notify amount recorded"))
        ui.contactBanner.setText(
            "<b>" + tr_domain(preview.contact_label) + "</b><br>"
            + self.tr("New total %1 = work order %2 + added %3; notify above: %4")
            .replace("%1", format_yuan(preview.new_total)).replace("%2", format_yuan(preview.confirmed_total))
            .replace("%3", format_yuan(preview.new_total - preview.confirmed_total)).replace("%4", notify))
        ui.contactBanner.setStyleSheet(BANNER_STYLES[preview.contact_need])

    def propose(self) -> None:
        if self.ticket is None:
            return
        self.propose_errors.clear()
        try:
            # a price below the list: the owner approves it on the spot (issue 14), then the same proposal again
            result = owner_approval_dialog.call_with_owner(self, self.ctx, added_work.propose, self.ticket.order_id,
                                                           self.proposal())
        except DomainError as error:
            self.propose_errors.show(error)
            return
        self.clear_proposal()
        self.done.emit(self.tr("Added item proposed (%1): %2").replace("%1", format_yuan(result.preview.amount))
                       .replace("%2", tr_domain(result.preview.contact_label)),
                       result.preview.contact_need is not ContactNeed.COVERED)

    # --- the customer's answer ------------------------------------------------------------------------------
    def _show_answer_form(self) -> None:
        ui = self.ui
        chosen = self.selected_proposal()
        pending = chosen is not None and chosen.state == "pending"
        for widget in (ui.contactedAtEdit, ui.methodCombo, ui.answeredByEdit, ui.approvedRadio, ui.refusedRadio,
                       ui.newPromiseCheck):
            widget.setEnabled(pending)
        ui.newPromisedAtEdit.setEnabled(pending and ui.newPromiseCheck.isChecked())
        why = None if pending else self.tr("Choose an added item that waits for the customer's answer.")
        if why is None and self.roles is not None and self.roles.answer is not None:
            why = error_text(self.roles.answer)
        self._enable(ui.recordButton, why, self.tr("Record what the customer said"))
        if pending and chosen is not None and chosen.approval_id == self._answer_for:
            # The same item after a reload: keep what is being typed. A contact time nobody changed is still
            # "now": the advisor phoning later must not record the time the item was proposed (it decides
            # whether a new promised time was agreed before the old one passed).
            if ui.contactedAtEdit.dateTime() == self._contacted_default:
                self._contact_now()
            return
        self._answer_for = chosen.approval_id if pending and chosen is not None else None
        self.answer_errors.clear()
        if not pending or chosen is None or self.ticket is None:
            ui.answeredByEdit.clear()  # not the name of the customer of the order shown before
            ui.answerForLabel.setToolTip("")
            ui.answerForLabel.setText(self.tr("No added item waits for an answer.") if chosen is None
                                      else self._answer_text(chosen).replace("\n", "<br>"))
            return
        must_phone = chosen.contact_need is ContactNeed.MUST_PHONE
        ui.answerForLabel.setToolTip(chosen.description)  # shown shortened: the answer form stays on screen
        ui.answerForLabel.setText(
            f"<b>{escape(shorten(chosen.description, DESCRIPTION_SHOWN))}</b> {format_yuan(chosen.amount)} — "
            + (f"<span style='color:#b71c1c'>{tr_domain(chosen.contact_label)}</span>" if must_phone
               else tr_domain(chosen.contact_label)))
        now = clock.now()
        self._contact_now()
        ui.methodCombo.setCurrentIndex(ui.methodCombo.findData("phone"))
        ui.answeredByEdit.setText(self.ticket.customer_name)
        for radio in (ui.approvedRadio, ui.refusedRadio):
            radio.setAutoExclusive(False)
            radio.setChecked(False)
            radio.setAutoExclusive(True)
        ui.newPromiseCheck.setChecked(False)
        promise = self.ticket.promised_at or now
        ui.newPromisedAtEdit.setDateTime(_qt(max(promise, now) + timedelta(hours=1)))

    def _contact_now(self) -> None:
        self.ui.contactedAtEdit.setDateTime(_qt(clock.now()))
        self._contacted_default = self.ui.contactedAtEdit.dateTime()

    def record_answer(self) -> None:
        ui = self.ui
        chosen = self.selected_proposal()
        if chosen is None or chosen.state != "pending":
            return
        self.answer_errors.clear()
        if not (ui.approvedRadio.isChecked() or ui.refusedRadio.isChecked()):
            self.answer_errors.show_message("approved", self.tr("Say whether the customer agreed."))
            ui.approvedRadio.setFocus()
            return
        new_time = _py(ui.newPromisedAtEdit.dateTime()) if ui.newPromiseCheck.isChecked() else None
        try:
            result = self.ctx.call(added_work.record_answer, chosen.approval_id, _py(ui.contactedAtEdit.dateTime()),
                                   ui.methodCombo.currentData(), ui.answeredByEdit.text(), ui.approvedRadio.isChecked(),
                                   new_time)
        except DomainError as error:
            self.answer_errors.show(error)
            return
        if result.approved:
            text = self.tr("Recorded: the customer approved; the item may be dispatched and worked.")
        else:
            text = self.tr("Recorded: refused; the item is kept as a recommendation for the car's next visit.")
        warning = False
        if result.promise_replaced and result.promised_at:
            text += " " + self.tr("Promised time now %1.").replace("%1", f"{result.promised_at:%m-%d %H:%M}")
        if result.promise_note:  # agreed after the promise had passed: the on-time rate still counts it late
            missed = result.missed_promise_at
            text += " " + error_text(DomainError(result.promise_note,
                                                 promised=f"{missed:%m-%d %H:%M}" if missed else ""))
            warning = True
        self.done.emit(text, warning)
