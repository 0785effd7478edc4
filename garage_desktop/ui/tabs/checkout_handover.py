"""The Handover page of the settlement & delivery tab: the checklist, the next service due, work that can
wait, handing the car over, letting it go on a deposit, and booking the next visit."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QObject, Signal
from PySide6.QtWidgets import QCheckBox, QWidget

from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.text import DomainError
from garage_desktop.services import checkout, clock, delivery
from garage_desktop.services.checkout_state import CheckoutState
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.errors import FieldErrors, error_text, tr_domain
from garage_desktop.ui.forms.ui_checkout_tab import Ui_CheckoutTab

HINT_STYLE = "color: #666666;"


def enable(widget: QWidget, why_not: str | None, tip: str = "") -> None:
    """Enable ``widget``, or disable it with the reason as its tooltip."""
    widget.setEnabled(why_not is None)
    widget.setToolTip(why_not or tip)


def first_reason(*reasons: DomainError | str | None) -> str | None:
    """The first refusal among ``reasons``, as text in the interface language."""
    for reason in reasons:
        if reason is not None:
            return error_text(reason) if isinstance(reason, DomainError) else reason
    return None


def run_write(errors: FieldErrors, action: Callable[[], Any]) -> Any | None:
    """Run a write; a refusal is shown beside its field (nothing typed is lost) and None returned."""
    try:
        return action()
    except DomainError as error:
        errors.show(error)
        return None


class HandoverPage(QObject):
    """Fills the Handover page of the tab's form and runs its actions (the tab owns the form)."""

    done = Signal(str, bool, object)  # message, warning, extra change topics (a tuple)

    def __init__(self, ctx: AppContext, ui: Ui_CheckoutTab, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.ui = ctx, ui
        self.order_id: int | None = None
        self.errors = [
            FieldErrors({"next_service_on": ui.next_service_onError, "next_service_km": ui.next_service_kmError,
                         "postponed": ui.postponedError}, fallback=ui.deliverError),
            FieldErrors({"deposit": ui.depositError}, fallback=ui.depositError),
            FieldErrors({"start_at": ui.start_atError}, fallback=ui.start_atError),
        ]
        ui.deliverHint.setStyleSheet(HINT_STYLE)
        ui.deliverButton.clicked.connect(self.deliver)
        ui.releaseButton.clicked.connect(self.release_on_deposit)
        ui.bookButton.clicked.connect(self.book_next_visit)

    def checks(self) -> dict[str, QCheckBox]:
        ui = self.ui
        return {"work_explained": ui.workExplainedCheck, "old_parts_shown": ui.oldPartsShownCheck,
                "test_drive": ui.testDriveCheck, "remaining_issues_told": ui.remainingIssuesCheck}

    def clear_errors(self) -> None:
        for errors in self.errors:
            errors.clear()

    # --- showing ------------------------------------------------------------------------------------------
    def fill(self, state: CheckoutState, view: delivery.DeliveryView, *, fresh: bool) -> None:
        ui = self.ui
        self.order_id = state.order_id
        self._fill_facts(view)
        if fresh:
            self._reset_fields(view)
        kept = [r.description for r in view.recommendations if not r.done]
        ui.recommendationsLabel.setText(self.tr("Kept on the vehicle: %1").replace("%1", "; ".join(kept))
                                        if kept else "")
        ui.recommendationsLabel.setVisible(bool(kept))
        handed_over = view.delivered_at is not None
        for widget in (*self.checks().values(), ui.nextDateEdit, ui.nextKmEdit, ui.postponedEdit):
            enable(widget, self.tr("The car has been handed over.") if handed_over else None)
        why = first_reason(view.refusal, self.ctx.read(delivery.role_refusal, self.ctx.operator_id))
        enable(ui.deliverButton, why, self.tr("Hand the settled car over; the time is recorded"))
        ui.deliverHint.setText(why or "")
        money_role = self.ctx.read(checkout.money_refusal, self.ctx.operator_id)
        deposit_why = first_reason(state.deposit_refusal, money_role)
        ui.depositGroup.setVisible(state.status is OrderStatus.READY)
        for widget in (ui.depositAmountEdit, ui.depositMethodCombo, ui.depositNoteEdit, ui.releaseButton):
            enable(widget, deposit_why)
        ui.releaseButton.setToolTip(deposit_why or self.tr("Take the deposit and let the car go with the checklist "
                                                           "above; settle or refund later"))
        enable(ui.bookButton, None if view.vehicle_id else error_text(DomainError(delivery.NO_VEHICLE)),
               self.tr("Book the car's next visit now, while the customer is here"))

    def _fill_facts(self, view: delivery.DeliveryView) -> None:
        ui = self.ui
        if not view.certificate_required:
            text = self.tr("No completion certificate needed for this class.")
        elif view.certificate_no:
            text = self.tr("Completion certificate: <b>%1</b>").replace("%1", view.certificate_no)
        else:
            text = "<span style='color:#c62828'>" + self.tr("This class needs a completion certificate: none was "
                                                            "issued at final QC.") + "</span>"
        ui.certificateLabel.setText(text)
        warranty = view.warranty
        until = warranty.until.isoformat() + (f" / {warranty.until_km:,} km" if warranty.until_km else "")
        ui.warrantyLabel.setText(self.tr("Warranty: %1 days or %2 km from the day the car leaves (until %3)")
                                 .replace("%1", str(warranty.days)).replace("%2", f"{warranty.km:,}")
                                 .replace("%3", until))

    def _reset_fields(self, view: delivery.DeliveryView) -> None:
        ui = self.ui
        for item, box in self.checks().items():
            box.setChecked(view.checklist[item])
        next_on = view.next_service_on or clock.now().date() + timedelta(days=delivery.NEXT_SERVICE_DAYS)
        ui.nextDateEdit.setDate(QDate(next_on.year, next_on.month, next_on.day))
        ui.nextKmEdit.setText(str(view.next_service_km) if view.next_service_km is not None else "")
        visit = datetime.combine(next_on, time(9, 0))
        ui.nextVisitEdit.setDateTime(QDateTime(visit.date(), visit.time()))
        for edit in (ui.postponedEdit, ui.nextVisitNoteEdit, ui.depositAmountEdit, ui.depositNoteEdit):
            edit.clear()

    # --- actions ------------------------------------------------------------------------------------------
    def handover_form(self) -> delivery.Handover:
        ui = self.ui
        postponed = tuple(line.strip() for line in ui.postponedEdit.toPlainText().splitlines() if line.strip())
        return delivery.Handover(**{item: box.isChecked() for item, box in self.checks().items()},
                                 next_service_on=ui.nextDateEdit.date().toPython(),
                                 next_service_km=delivery.parse_next_km(ui.nextKmEdit.text()), postponed=postponed)

    def _form(self) -> delivery.Handover | None:
        """The handover as entered, or None with the error shown beside its field."""
        self.clear_errors()
        return run_write(self.errors[0], self.handover_form)

    def _write(self, errors: int, action: Callable[[], Any]) -> Any | None:
        self.clear_errors()
        return run_write(self.errors[errors], action)

    def deliver(self) -> None:
        if self.order_id is None:
            return
        order_id, form = self.order_id, self._form()
        result = form and self._write(0, lambda: self.ctx.call(delivery.deliver, order_id, form))
        if result is None:
            return
        text = self.tr("Car handed over at %1.").replace("%1", f"{result.delivered_at:%H:%M}")
        if result.unchecked:
            text += " " + tr_domain(delivery.UNCHECKED).format(
                items=", ".join(tr_domain(item) for item in result.unchecked))
        self.done.emit(text, bool(result.unchecked), ())

    def release_on_deposit(self) -> None:
        if self.order_id is None:
            return
        ui, order_id, form = self.ui, self.order_id, self._form()
        amount = ui.depositAmountEdit.text()
        if form and self._write(1, lambda: self.ctx.call(checkout.release_on_deposit, order_id, amount,
                                                         ui.depositMethodCombo.currentData(), form,
                                                         ui.depositNoteEdit.text())):
            self.done.emit(self.tr("Deposit of %1 taken; the car may go. The order stays open in the deposits list.")
                           .replace("%1", amount.strip()), False, ())

    def book_next_visit(self) -> None:
        if self.order_id is None:
            return
        ui, order_id = self.ui, self.order_id
        start = ui.nextVisitEdit.dateTime().toPython().replace(second=0, microsecond=0)
        info = self._write(2, lambda: self.ctx.call(delivery.book_next_visit, order_id, start,
                                                    note=ui.nextVisitNoteEdit.text()))
        if info is not None:
            text = self.tr("Next visit booked for %1.").replace("%1", f"{start:%Y-%m-%d %H:%M}")
            warnings = [tr_domain(w) for w in info.warnings]
            self.done.emit(" ".join([text, *warnings]), bool(warnings), ("appointments",))
