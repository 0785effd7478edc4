"""維修作業 3: the inspector's check on a line while it is being worked — OK (with an optional note), or a problem with
what was found and what was done about it. A refusal is shown beside its field and everything typed stays."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from garage_desktop.domain import limits
from garage_desktop.domain.text import DomainError
from garage_desktop.services import process_checks
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.dialogs.action_buttons import add_action_buttons
from garage_desktop.ui.errors import FieldErrors
from garage_desktop.ui.text_limits import limit_inputs


class ProcessCheckDialog(QDialog):
    def __init__(self, ctx: AppContext, order_id: int, line_id: int, line_label: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finished.connect(self.deleteLater)  # closed, it is deleted (a parent keeps it alive)
        self.ctx, self.order_id, self.line_id, self.result_value = ctx, order_id, line_id, None
        self.setObjectName("ProcessCheckDialog")
        self.setWindowTitle(self.tr("Quality check during the repair"))
        layout = QVBoxLayout(self)
        head = QLabel(self.tr("Line <b>%1</b>, while it is being worked (質量跟蹤)").replace("%1", line_label))
        head.setObjectName("headLabel")
        layout.addWidget(head)
        results = QHBoxLayout()
        self.ok_radio = QRadioButton(self.tr("&OK"))
        self.ok_radio.setObjectName("okRadio")
        self.problem_radio = QRadioButton(self.tr("&Problem found"))
        self.problem_radio.setObjectName("problemRadio")
        self.result_group = QButtonGroup(self)
        for radio in (self.ok_radio, self.problem_radio):
            self.result_group.addButton(radio)
            results.addWidget(radio)
        results.addStretch(1)
        self.ok_radio.setChecked(True)
        layout.addLayout(results)
        form = QFormLayout()
        self.finding_edit = QLineEdit()
        self.finding_edit.setObjectName("findingEdit")
        self.finding_edit.setMinimumWidth(380)
        self.action_edit = QLineEdit()
        self.action_edit.setObjectName("actionEdit")
        self.action_edit.setPlaceholderText(self.tr("e.g. redone and checked again, part replaced, adjusted"))
        limit_inputs({self.finding_edit: limits.QC_NOTE, self.action_edit: limits.QC_NOTE})
        self.finding_label = QLabel()
        self.finding_label.setBuddy(self.finding_edit)
        self.action_label = QLabel(self.tr("What was &done about it:"))
        self.action_label.setBuddy(self.action_edit)
        self.finding_error, self.action_error, self.result_error = QLabel(), QLabel(), QLabel()
        self.finding_error.setObjectName("findingError")
        self.action_error.setObjectName("actionError")
        form.addRow(self.finding_label, self.finding_edit)
        form.addRow("", self.finding_error)
        form.addRow(self.action_label, self.action_edit)
        form.addRow("", self.action_error)
        layout.addLayout(form)
        self.form_error = QLabel()
        self.form_error.setObjectName("formError")
        layout.addWidget(self.form_error)
        self.errors = FieldErrors({"finding": self.finding_error, "action": self.action_error,
                                   "result": self.result_error}, fallback=self.form_error)
        self.buttons, self.ok_button = add_action_buttons(self, layout, self.tr("&Record the check"))
        self.result_group.buttonToggled.connect(lambda _b, _on: self._result_changed())
        self._result_changed()
        self.finding_edit.setFocus()

    def result_key(self) -> str:
        return "problem" if self.problem_radio.isChecked() else "ok"

    def _result_changed(self) -> None:
        problem = self.result_key() == "problem"
        self.finding_label.setText(self.tr("What was &found:") if problem else self.tr("&Note (optional):"))
        self.action_edit.setEnabled(problem)
        self.action_label.setEnabled(problem)

    def confirm(self) -> None:
        self.errors.clear()
        try:
            self.result_value = self.ctx.call(process_checks.record_check, self.order_id, self.line_id,
                                              self.result_key(), self.finding_edit.text(),
                                              self.action_edit.text() if self.result_key() == "problem" else "")
        except DomainError as error:
            self.errors.show(error)
            return
        self.accept()


def record_process_check(ctx: AppContext, order_id: int, line_id: int, line_label: str,
                         parent: QWidget | None = None) -> process_checks.ProcessCheckView | None:
    """Open the dialog; the check once recorded, None when the inspector went back (tests replace it)."""
    dialog = ProcessCheckDialog(ctx, order_id, line_id, line_label, parent)
    return dialog.result_value if dialog.exec() else None
