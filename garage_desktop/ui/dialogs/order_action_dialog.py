"""A small dialog for an order action that needs a reason: cancel an order, the customer declines the estimate
(with the diagnosis fee, if any), void a payment. ``submit(reason, fee)`` runs the service (one transaction);
a refusal is shown beside its field and everything typed stays, so the advisor corrects it and tries again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from garage_desktop.domain import limits
from garage_desktop.domain.text import DomainError
from garage_desktop.ui.dialogs.action_buttons import add_action_buttons
from garage_desktop.ui.errors import FieldErrors
from garage_desktop.ui.text_limits import limit_inputs

Submit = Callable[[str, str], object]
FEE_CHARACTERS = 12  # "99,999.99" and a little room


class OrderActionDialog(QDialog):
    def __init__(self, title: str, prompt: str, ok_text: str, submit: Submit, *, fee: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finished.connect(self.deleteLater)  # closed, it is deleted (a parent keeps it alive)
        self.submit, self.result_value = submit, None
        self.setWindowTitle(title)
        self.setObjectName("OrderActionDialog")
        layout = QVBoxLayout(self)
        self.prompt_label = QLabel(prompt)
        self.prompt_label.setObjectName("promptLabel")
        self.prompt_label.setWordWrap(True)
        layout.addWidget(self.prompt_label)
        form = QFormLayout()
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setMinimumWidth(360)
        limit_inputs({self.reason_edit: limits.REASON})
        self.reason_error = QLabel()
        self.reason_error.setObjectName("reasonError")
        reason_label = QLabel(self.tr("&Reason:"))
        reason_label.setBuddy(self.reason_edit)
        form.addRow(reason_label, self.reason_edit)
        form.addRow("", self.reason_error)
        self.fee_edit: QLineEdit | None = None
        labels = {"reason": self.reason_error}
        if fee:
            self.fee_edit = QLineEdit()
            self.fee_edit.setObjectName("feeEdit")
            self.fee_edit.setPlaceholderText(self.tr("none"))
            self.fee_edit.setMaximumWidth(self.fee_edit.fontMetrics().horizontalAdvance("0") * FEE_CHARACTERS + 16)
            self.fee_error = QLabel()
            self.fee_error.setObjectName("feeError")
            fee_label = QLabel(self.tr("&Diagnosis fee (¥):"))
            fee_label.setBuddy(self.fee_edit)
            hint = QLabel(self.tr("With a fee the order goes to the cashier for the fee only and the car is handed "
                                  "back unrepaired; without one the order is cancelled. Either way the estimate's "
                                  "work is kept on the vehicle as recommendations."))
            hint.setObjectName("feeHint")
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #666666;")
            form.addRow(fee_label, self.fee_edit)
            form.addRow("", self.fee_error)
            form.addRow("", hint)
            labels["diagnosis_fee"] = self.fee_error
        layout.addLayout(form)
        self.form_error = QLabel()
        self.form_error.setObjectName("formError")
        layout.addWidget(self.form_error)
        self.errors = FieldErrors(labels, fallback=self.form_error)
        self.buttons, self.ok_button = add_action_buttons(self, layout, ok_text)
        self.reason_edit.setFocus()

    def confirm(self) -> None:
        """Run the action; on a refusal say why beside its field and stay open with everything typed."""
        self.errors.clear()
        fee = self.fee_edit.text() if self.fee_edit is not None else ""
        try:
            self.result_value = self.submit(self.reason_edit.text(), fee)
        except DomainError as error:
            self.errors.show(error)
            widget = self.fee_edit if error.field == "diagnosis_fee" else self.reason_edit
            if widget is not None:
                widget.setFocus()
            return
        self.accept()
