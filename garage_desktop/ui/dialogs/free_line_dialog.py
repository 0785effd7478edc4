"""免費 A small dialog to make an order line free: the reason (warranty, comeback, goodwill) and a note.
``submit(reason, note)`` runs the service (the owner's PIN is asked there when needed); a refusal is shown beside
its field and everything typed stays."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from garage_desktop.domain import limits
from garage_desktop.domain.free_items import FREE_REASON_LABELS, FreeReason
from garage_desktop.domain.text import DomainError
from garage_desktop.ui.dialogs.action_buttons import add_action_buttons
from garage_desktop.ui.errors import FieldErrors, tr_domain
from garage_desktop.ui.text_limits import limit_inputs

Submit = Callable[[str, str], object]


class FreeLineDialog(QDialog):
    def __init__(self, line_text: str, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finished.connect(self.deleteLater)  # closed, it is deleted (a parent keeps it alive)
        self.submit, self.result_value = submit, None
        self.setWindowTitle(self.tr("Make a line free"))
        self.setObjectName("FreeLineDialog")
        layout = QVBoxLayout(self)
        prompt = QLabel(self.tr("%1<br/>is charged nothing; its value is shown on the settlement list as given "
                                "away.").replace("%1", f"<b>{line_text}</b>"))
        prompt.setObjectName("promptLabel")
        prompt.setWordWrap(True)
        layout.addWidget(prompt)
        form = QFormLayout()
        self.reason_combo = QComboBox()
        self.reason_combo.setObjectName("reasonCombo")
        for reason in FreeReason:
            self.reason_combo.addItem(tr_domain(FREE_REASON_LABELS[reason]), reason.value)
        reason_label = QLabel(self.tr("&Why free:"))
        reason_label.setBuddy(self.reason_combo)
        self.reason_error = QLabel()
        self.reason_error.setObjectName("reasonError")
        form.addRow(reason_label, self.reason_combo)
        form.addRow("", self.reason_error)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setMinimumWidth(360)
        self.note_edit.setPlaceholderText(self.tr("e.g. the pads fitted last month; a loyal customer"))
        limit_inputs({self.note_edit: limits.REASON})
        note_label = QLabel(self.tr("&Note:"))
        note_label.setBuddy(self.note_edit)
        self.note_error = QLabel()
        self.note_error.setObjectName("noteError")
        form.addRow(note_label, self.note_edit)
        form.addRow("", self.note_error)
        layout.addLayout(form)
        self.form_error = QLabel()
        self.form_error.setObjectName("formError")
        self.form_error.setWordWrap(True)
        layout.addWidget(self.form_error)
        self.errors = FieldErrors({"free_reason": self.reason_error, "free_note": self.note_error},
                                  fallback=self.form_error)
        self.buttons, self.ok_button = add_action_buttons(self, layout, self.tr("Make &free"))
        self.reason_combo.setFocus()

    def confirm(self) -> None:
        """Run it; on a refusal say why beside its field and stay open with everything typed."""
        self.errors.clear()
        try:
            self.result_value = self.submit(self.reason_combo.currentData(), self.note_edit.text())
        except DomainError as error:
            self.errors.show(error)
            (self.note_edit if error.field == "free_note" else self.reason_combo).setFocus()
            return
        self.accept()
