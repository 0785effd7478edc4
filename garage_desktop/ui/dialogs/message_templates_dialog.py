"""The owner's editor of the message templates, in the document language: each template's wording (the
placeholders it may hold listed beside it), saved all at once, or one restored to the shipped default. Reached
from the Settings tab (owner only; the service checks again)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from garage_desktop.domain.messages import PLACEHOLDER_LABELS, PLACEHOLDERS, PURPOSE_LABELS
from garage_desktop.domain.text import DomainError
from garage_desktop.languages import LANGUAGE_NAMES
from garage_desktop.services import messages
from garage_desktop.services.messages import Template
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.errors import error_text, tr_domain
from garage_desktop.ui.text_limits import limit_input

_PURPOSE = Qt.ItemDataRole.UserRole


class MessageTemplatesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finished.connect(self.deleteLater)  # closed, it is deleted (a parent keeps it alive)
        self.ctx = ctx
        self.language = ctx.document_language()
        self.templates: dict[str, Template] = {}
        self.edited: dict[str, str] = {}  # purpose → the text as the owner left it (kept while moving around)
        self.current: str | None = None
        self.setObjectName("MessageTemplatesDialog")
        self.setWindowTitle(self.tr("Message templates (%1)").replace("%1", LANGUAGE_NAMES.get(self.language,
                                                                                              self.language)))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The messages the advisors copy for WeChat or SMS, in the language of the customers' "
                               "papers. A name in braces is filled from the order or the car."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.template_list = QListWidget()
        self.template_list.setObjectName("templateList")
        self.template_list.setMaximumWidth(220)
        row.addWidget(self.template_list)
        right = QVBoxLayout()
        self.state_label = QLabel()
        self.state_label.setObjectName("stateLabel")
        self.state_label.setStyleSheet("color: #5f6368;")
        right.addWidget(self.state_label)
        self.body_edit = QPlainTextEdit()
        self.body_edit.setObjectName("bodyEdit")
        self.body_edit.setMinimumSize(440, 160)
        limit_input(self.body_edit, messages.TEMPLATE)
        right.addWidget(self.body_edit)
        self.restore_button = QPushButton(self.tr("&Restore the default"))
        self.restore_button.setObjectName("restoreButton")
        restore_row = QHBoxLayout()
        restore_row.addStretch(1)
        restore_row.addWidget(self.restore_button)
        right.addLayout(restore_row)
        names = "<br/>".join(f"<b>{{{name}}}</b> — {tr_domain(PLACEHOLDER_LABELS[name])}" for name in PLACEHOLDERS)
        self.placeholders_label = QLabel(self.tr("Placeholders:") + "<br/>" + names)
        self.placeholders_label.setObjectName("placeholdersLabel")
        self.placeholders_label.setWordWrap(True)
        self.placeholders_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right.addWidget(self.placeholders_label)
        row.addLayout(right, 1)
        layout.addLayout(row)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet("color: #c62828;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save templates"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.template_list.currentItemChanged.connect(lambda item, _old: self._show(item))
        self.restore_button.clicked.connect(self.restore_default)
        self._load(ctx.read(messages.templates, self.language))
        refusal = ctx.read(messages.editor_refusal, ctx.operator_id)
        if refusal is not None:  # shown read-only: only the owner rewords the garage's messages
            self.body_edit.setReadOnly(True)
            self.restore_button.setEnabled(False)
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            self._error(refusal)

    # --- the list ---------------------------------------------------------------------------------------------
    def _load(self, shown: tuple[Template, ...], chosen: str | None = None) -> None:
        self.templates = {t.purpose: t for t in shown}
        self.edited = {}
        self.current = None
        self.template_list.blockSignals(True)
        self.template_list.clear()
        for each in shown:
            item = QListWidgetItem(tr_domain(PURPOSE_LABELS[each.purpose]))
            item.setData(_PURPOSE, each.purpose)
            self.template_list.addItem(item)
        self.template_list.blockSignals(False)
        purposes = [t.purpose for t in shown]
        self.template_list.setCurrentRow(purposes.index(chosen) if chosen in purposes else 0)

    def _keep_current(self) -> None:
        if self.current is not None:
            self.edited[self.current] = self.body_edit.toPlainText()

    def _show(self, item: QListWidgetItem | None) -> None:
        self._keep_current()
        if item is None:
            return
        purpose = str(item.data(_PURPOSE))
        self.current = purpose
        chosen = self.templates[purpose]
        self.body_edit.setPlainText(self.edited.get(purpose, chosen.body))
        self.state_label.setText(self.tr("The garage's own wording.") if chosen.own
                                 else self.tr("The wording shipped with the program."))

    def show_template(self, purpose: str) -> None:
        rows = [self.template_list.item(r).data(_PURPOSE) for r in range(self.template_list.count())]
        self.template_list.setCurrentRow(rows.index(purpose))

    def changed_bodies(self) -> dict[str, str]:
        """The templates the owner changed (purpose → text)."""
        self._keep_current()
        return {purpose: text for purpose, text in self.edited.items()
                if text.strip() != self.templates[purpose].body}

    # --- saving -----------------------------------------------------------------------------------------------
    def _error(self, error: DomainError) -> None:
        self.error_label.setText(error_text(error))
        self.error_label.show()

    def save(self) -> None:
        self.error_label.hide()
        bodies = self.changed_bodies()
        try:
            self.ctx.call(messages.save_templates, self.language, bodies)
        except DomainError as error:
            if error.field in self.templates:
                self.show_template(error.field)  # the template at fault, as typed
            self._error(error)
            return
        self.accept()

    def ask_restore(self) -> bool:
        """Whether the owner confirms going back to the default (tests replace it)."""
        answer = QMessageBox.question(self, self.tr("Restore the default"),
                                      self.tr("Go back to the wording shipped with the program for this message?"))
        return answer == QMessageBox.StandardButton.Yes

    def restore_default(self) -> None:
        purpose = self.current
        if purpose is None or not self.ask_restore():
            return
        self.error_label.hide()
        self._keep_current()
        kept = {p: text for p, text in self.edited.items() if p != purpose}
        try:
            self.ctx.call(messages.restore_default, purpose, self.language)
        except DomainError as error:
            self._error(error)
            return
        self._load(self.ctx.read(messages.templates, self.language))
        # The other templates keep what the owner typed; the restored one shows the default.
        self.edited = {p: text for p, text in kept.items() if text.strip() != self.templates[p].body}
        self.current = None
        self.template_list.blockSignals(True)
        self.show_template(purpose)
        self.template_list.blockSignals(False)
        self._show(self.template_list.currentItem())


def edit_message_templates(ctx: AppContext, parent: QWidget | None = None) -> bool:
    """Open the editor; True when the owner saved."""
    return MessageTemplatesDialog(ctx, parent).exec() == QDialog.DialogCode.Accepted
