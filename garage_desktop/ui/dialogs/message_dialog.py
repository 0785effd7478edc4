"""A message to a customer, for WeChat or SMS: the template filled from the order or vehicle in the document
language, editable; **Copy** puts the text on the clipboard and logs the contact on the order and/or vehicle in one
action. A placeholder with no value is named above the text so the advisor fills it in before copying."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from garage_desktop.domain.messages import PLACEHOLDER_LABELS, PURPOSE_LABELS
from garage_desktop.domain.text import DomainError
from garage_desktop.services import messages
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.dialogs.action_buttons import add_action_buttons
from garage_desktop.ui.errors import FieldErrors, error_text, tr_domain
from garage_desktop.ui.text_limits import limit_input

MISSING_STYLE = "color: #b26a00;"


class MessageDialog(QDialog):
    def __init__(self, ctx: AppContext, purpose: str, *, order_id: int | None = None, vehicle_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finished.connect(self.deleteLater)  # closed, it is deleted (a parent keeps it alive)
        self.ctx, self.purpose = ctx, purpose
        self.order_id, self.vehicle_id = order_id, vehicle_id
        self.contact_id: int | None = None
        self.draft: messages.MessageDraft | None = None
        self.setObjectName("MessageDialog")
        self.setWindowTitle(self.tr("Message: %1").replace("%1", tr_domain(PURPOSE_LABELS.get(purpose, purpose))))
        layout = QVBoxLayout(self)
        self.head_label = QLabel()
        self.head_label.setObjectName("headLabel")
        self.head_label.setWordWrap(True)
        layout.addWidget(self.head_label)
        self.missing_label = QLabel()
        self.missing_label.setObjectName("missingLabel")
        self.missing_label.setStyleSheet(MISSING_STYLE)
        self.missing_label.setWordWrap(True)
        self.missing_label.hide()
        layout.addWidget(self.missing_label)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("textEdit")
        self.text_edit.setMinimumSize(480, 150)
        self.text_edit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the text wraps
        limit_input(self.text_edit, messages.BODY)
        layout.addWidget(self.text_edit)
        self.body_error = QLabel()
        self.body_error.setObjectName("bodyError")
        layout.addWidget(self.body_error)
        hint = QLabel(self.tr("Edit the text if needed. Copy puts it on the clipboard to paste into WeChat or an SMS, "
                              "and records the message on the customer's record."))
        hint.setObjectName("hintLabel")
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5f6368;")
        layout.addWidget(hint)
        self.form_error = QLabel()
        self.form_error.setObjectName("formError")
        layout.addWidget(self.form_error)
        self.errors = FieldErrors({"body": self.body_error}, fallback=self.form_error)
        self.buttons, self.copy_button = add_action_buttons(self, layout, self.tr("&Copy"))
        self.copy_button.setObjectName("copyButton")
        self._load()
        self.text_edit.setFocus()

    def _load(self) -> None:
        try:
            draft = self.ctx.read(messages.draft, self.purpose, self.ctx.document_language(),
                                  order_id=self.order_id, vehicle_id=self.vehicle_id)
        except DomainError as error:
            self.copy_button.setEnabled(False)
            self.text_edit.setReadOnly(True)
            self.form_error.setText(error_text(error))
            self.form_error.show()
            return
        self.draft = draft
        to = " · ".join(part for part in (draft.plate, draft.customer_name, draft.customer_phone) if part)
        head = self.tr("To: <b>%1</b>").replace("%1", to or "—")
        if draft.order_no:
            head += " &nbsp; " + self.tr("Order %1").replace("%1", draft.order_no)
        self.head_label.setText(head)
        if draft.missing:
            names = "; ".join(tr_domain(PLACEHOLDER_LABELS.get(name, name)) for name in draft.missing)
            self.missing_label.setText(self.tr("Not known, left blank — fill in before copying: %1").replace("%1", names))
            self.missing_label.show()
        self.text_edit.setPlainText(draft.text)

    def text(self) -> str:
        return self.text_edit.toPlainText()

    def confirm(self) -> None:
        """Log the message as sent, then put it on the clipboard: a message copied is a message on the record."""
        if self.draft is None:
            return
        self.errors.clear()
        body = self.text()
        try:
            self.contact_id = self.ctx.call(messages.send_message, purpose=self.purpose, body=body,
                                            order_id=self.draft.order_id, vehicle_id=self.draft.vehicle_id)
        except DomainError as error:
            self.errors.show(error)  # the text stays as edited
            return
        QGuiApplication.clipboard().setText(body.strip())
        self.ctx.changed("contacts")
        self.accept()


def send_message(ctx: AppContext, purpose: str, *, order_id: int | None = None, vehicle_id: int | None = None,
                 parent: QWidget | None = None) -> int | None:
    """Open the dialog; the logged contact's id once copied, None when the advisor went back (tests replace it)."""
    dialog = MessageDialog(ctx, purpose, order_id=order_id, vehicle_id=vehicle_id, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.contact_id
