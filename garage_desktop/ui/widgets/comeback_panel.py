"""The intake tab's 返修 panel: when the car's earlier repair is still under warranty, propose linking this visit
as a comeback of it (confirm, free of charge by default, or reject); the link once made; the vehicle history."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QFrame, QWidget

from garage_desktop.domain.classes import LABELS
from garage_desktop.domain.text import DomainError
from garage_desktop.services import clock, comebacks
from garage_desktop.services.comebacks import ComebackLink, ComebackProposal
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.dialogs import vehicle_history_dialog
from garage_desktop.ui.errors import FieldErrors, error_text, tr_domain
from garage_desktop.ui.forms.ui_comeback_panel import Ui_ComebackPanel
from garage_desktop.ui.text_limits import shorten

PROPOSAL_STYLE = "background: #fff8e1; color: #6d4c00; border: 1px solid #ffca28; border-radius: 4px;"
LINKED_STYLE = "background: #fdecea; color: #8e1b1b; border: 1px solid #e57373; border-radius: 4px;"
WORK_SHOWN = 60  # characters of the earlier repair's work in the proposal (the tooltip has it all)


class ComebackPanel(QFrame):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_ComebackPanel()
        self.ui.setupUi(self)
        self.vehicle_id: int | None = None
        self.order_id: int | None = None
        self.proposal: ComebackProposal | None = None  # the proposal the buttons answer
        self.link: ComebackLink | None = None
        self.errors = FieldErrors({}, fallback=self.ui.panelError)
        self.ui.confirmButton.clicked.connect(self.confirm)
        self.ui.rejectButton.clicked.connect(self.reject)
        self.ui.historyButton.clicked.connect(self.open_history)
        self.setVisible(False)

    def show_for(self, vehicle_id: int | None, order_id: int | None, mileage: int | None = None) -> None:
        """The car picked (``order_id`` None: not received yet) or the order shown in the intake tab."""
        self.vehicle_id, self.order_id = vehicle_id, order_id
        self.errors.clear()
        self.setVisible(vehicle_id is not None)
        if vehicle_id is None:
            return
        self.refresh(mileage)

    def refresh(self, mileage: int | None = None) -> None:
        ui = self.ui
        refusal: DomainError | None = None
        if self.order_id is None:
            found = self.ctx.read(comebacks.proposals, self.vehicle_id, mileage, clock.now().date())
            self.link, proposals = None, tuple(found)
        else:
            state = self.ctx.read(comebacks.comeback_state, self.order_id)
            self.link, proposals, refusal = state.link, state.proposals, state.refusal
        self.proposal = proposals[0] if proposals else None
        decidable = self.order_id is not None and refusal is None
        if self.link is not None:
            text = self.tr("<b>Comeback (返修)</b> of %1, handed over %2").replace(
                "%1", self.link.earlier_order_no).replace(
                "%2", f"{self.link.earlier_delivered_at:%Y-%m-%d}" if self.link.earlier_delivered_at else "—")
            text += " — " + (self.tr("repaired free of charge") if self.link.free_of_charge
                             else self.tr("charged as usual"))
            ui.proposalLabel.setStyleSheet(LINKED_STYLE)
        elif self.proposal is not None:
            text = self._proposal_text(self.proposal, len(proposals) - 1)
            if self.order_id is None:
                text += "<br/>" + self.tr("Receive the car, then say whether this visit is a comeback.")
            ui.proposalLabel.setStyleSheet(PROPOSAL_STYLE)
        else:
            text = ""
        ui.proposalLabel.setText(text)
        ui.proposalLabel.setToolTip("\n".join((*self.proposal.work, self.proposal.complaint))
                                    if self.link is None and self.proposal is not None else "")
        ui.proposalLabel.setVisible(bool(text))
        ui.confirmButton.setVisible(self.link is None and self.proposal is not None)
        ui.freeCheck.setVisible(self.link is None and self.proposal is not None)
        ui.rejectButton.setVisible(self.link is not None or self.proposal is not None)
        ui.rejectButton.setText(self.tr("Not a comeback"))
        for button in (ui.confirmButton, ui.rejectButton, ui.freeCheck):
            button.setEnabled(decidable)
        why = error_text(refusal) if refusal is not None else (
            self.tr("Receive the car first") if self.order_id is None else "")
        ui.confirmButton.setToolTip(why or self.tr("This visit repairs a fault of the earlier repair (返修): link it; "
                                                   "it counts against that repair's first-time fix"))
        ui.rejectButton.setToolTip(why or (self.tr("Remove the link: this visit is not a comeback") if self.link
                                           else self.tr("A new fault, not caused by the earlier repair: do not ask "
                                                        "again for this visit")))
        ui.freeCheck.setChecked(True)

    def _proposal_text(self, proposal: ComebackProposal, more: int) -> str:
        # The work done, a line or so of it: the whole list and the complaint are in the label's tooltip.
        work = escape(shorten("、".join(proposal.work) or proposal.complaint or "—", WORK_SHOWN))
        until = f"{proposal.warranty_until:%Y-%m-%d}"
        if proposal.warranty_until_km is not None:
            until += self.tr(" or %1 km").replace("%1", f"{proposal.warranty_until_km:,}")
        text = (self.tr("<b>Possible comeback (返修)?</b> %1 (%2, handed over %3: %4) is under warranty until %5.")
                .replace("%1", proposal.order_no).replace("%2", tr_domain(LABELS[proposal.regulatory_class]))
                .replace("%3", f"{proposal.delivered_at:%Y-%m-%d}").replace("%4", work).replace("%5", until))
        if more:
            text += " " + self.tr("(%n more earlier repair(s) under warranty)", "", more)
        return text

    # --- deciding -----------------------------------------------------------------------------------------
    def confirm(self) -> None:
        if self.order_id is None or self.proposal is None:
            return
        self._decide(comebacks.confirm_comeback, self.proposal.earlier_order_id, self.ui.freeCheck.isChecked())

    def reject(self) -> None:
        if self.order_id is None:
            return
        earlier = self.link.earlier_order_id if self.link else self.proposal.earlier_order_id if self.proposal \
            else None
        if earlier is not None:
            self._decide(comebacks.reject_comeback, earlier)

    def _decide(self, function: object, *args: object) -> None:
        self.errors.clear()
        try:
            self.ctx.call(function, self.order_id, *args)  # type: ignore[arg-type]
        except DomainError as error:
            self.errors.show(error)
            return
        self.refresh()
        self.ctx.changed("orders")

    def open_history(self) -> None:
        if self.vehicle_id is not None:
            vehicle_history_dialog.show_vehicle_history(self.ctx, self.vehicle_id, self)
