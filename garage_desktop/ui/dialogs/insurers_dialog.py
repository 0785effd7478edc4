"""The insurers that pay 索賠 orders (name, contact person, phone), kept by a cashier or the owner from Settings.

Choosing a row fills the form; "Add" makes a new insurer from it, "Save changes" changes the chosen one (untick
"Still dealt with" to retire an insurer: orders keep naming it, new claims cannot choose it). A refusal is shown
beside its field and everything typed stays.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from garage_desktop.domain import limits
from garage_desktop.domain.text import DomainError
from garage_desktop.services import insurers
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.errors import FieldErrors, error_text
from garage_desktop.ui.text_limits import limit_inputs
from garage_desktop.ui.widgets.flat_tree import flat_tree

_ID = Qt.ItemDataRole.UserRole
OK_STYLE = "color: #2e7d32;"


class InsurersDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finished.connect(self.deleteLater)  # closed, it is deleted (a parent keeps it alive)
        self.ctx = ctx
        self.changed = False
        self.setObjectName("InsurersDialog")
        self.setWindowTitle(self.tr("Insurers"))
        self.resize(720, 520)
        layout = QVBoxLayout(self)
        headers = [self.tr("Insurer"), self.tr("Contact"), self.tr("Phone"),
                   self.tr("Still dealt with"), self.tr("Claims")]
        self.tree = flat_tree("insurerTree", headers, (220, 140, 130, 110, 60))
        layout.addWidget(self.tree, 1)
        form = QFormLayout()
        self.name_edit, self.contact_edit, self.phone_edit = QLineEdit(), QLineEdit(), QLineEdit()
        for edit, name in ((self.name_edit, "nameEdit"), (self.contact_edit, "contactEdit"),
                           (self.phone_edit, "phoneEdit")):
            edit.setObjectName(name)
        limit_inputs({self.name_edit: insurers.NAME, self.contact_edit: insurers.CONTACT,
                      self.phone_edit: limits.PHONE})
        self.active_check = QCheckBox(self.tr("S&till dealt with"))
        self.active_check.setObjectName("activeCheck")
        self.active_check.setChecked(True)
        self.name_error, self.contact_error, self.phone_error = QLabel(), QLabel(), QLabel()
        for error, name in ((self.name_error, "nameError"), (self.contact_error, "contactError"),
                            (self.phone_error, "phoneError")):
            error.setObjectName(name)
        for text, edit, error in ((self.tr("&Name:"), self.name_edit, self.name_error),
                                  (self.tr("&Contact person:"), self.contact_edit, self.contact_error),
                                  (self.tr("&Phone:"), self.phone_edit, self.phone_error)):
            label = QLabel(text)
            label.setBuddy(edit)
            form.addRow(label, edit)
            form.addRow("", error)
        form.addRow("", self.active_check)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("messageLabel")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.errors = FieldErrors({"name": self.name_error, "contact": self.contact_error,
                                   "phone": self.phone_error}, fallback=self.message)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add as a new insurer"))
        self.add_button.setObjectName("addButton")
        self.save_button = QPushButton(self.tr("&Save changes"))
        self.save_button.setObjectName("saveButton")
        self.new_button = QPushButton(self.tr("C&lear the form"))
        self.new_button.setObjectName("newButton")
        for button in (self.add_button, self.save_button, self.new_button):
            row.addWidget(button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.tree.currentItemChanged.connect(lambda _now, _before: self._chosen())
        self.add_button.clicked.connect(self.add)
        self.save_button.clicked.connect(self.save)
        self.new_button.clicked.connect(self.clear_form)
        refusal = self._refusal()
        for widget in (self.add_button, self.save_button, self.name_edit, self.contact_edit, self.phone_edit,
                       self.active_check):
            widget.setEnabled(refusal is None)
        if refusal is not None:
            self.message.setText(refusal)
        self.reload()

    def _refusal(self) -> str | None:
        from garage_desktop.services.checkout import money_refusal

        why = self.ctx.read(money_refusal, self.ctx.operator_id)
        return error_text(why) if why is not None else None

    def reload(self, keep: int | None = None) -> None:
        self.tree.clear()
        chosen = None
        for insurer in self.ctx.read(insurers.list_insurers):
            item = QTreeWidgetItem(self.tree, [insurer.name, insurer.contact, insurer.phone,
                                               self.tr("Yes") if insurer.active else self.tr("No"),
                                               str(insurer.claims)])
            item.setData(0, _ID, insurer.id)
            if insurer.id == keep:
                chosen = item
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        self.save_button.setEnabled(self.tree.currentItem() is not None and self._refusal() is None)

    def chosen_id(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, _ID) if item is not None else None

    def _chosen(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        self.errors.clear()
        self.name_edit.setText(item.text(0))
        self.contact_edit.setText(item.text(1))
        self.phone_edit.setText(item.text(2))
        self.active_check.setChecked(item.text(3) == self.tr("Yes"))
        self.save_button.setEnabled(self._refusal() is None)

    def clear_form(self) -> None:
        self.tree.setCurrentItem(None)  # type: ignore[arg-type]
        self.tree.clearSelection()
        for edit in (self.name_edit, self.contact_edit, self.phone_edit):
            edit.clear()
        self.active_check.setChecked(True)
        self.save_button.setEnabled(False)
        self.errors.clear()
        self.name_edit.setFocus()

    def _done(self, text: str, keep: int | None) -> None:
        self.changed = True
        self.ctx.changed("settings")
        self.reload(keep)
        self.message.setStyleSheet(OK_STYLE)
        self.message.setText(text)
        self.message.show()

    def _run(self, action: Callable[[], object]) -> object | None:
        self.errors.clear()
        self.message.setStyleSheet("")
        try:
            return action()
        except DomainError as error:
            self.errors.show(error)
            return None

    def add(self) -> None:
        new_id = self._run(lambda: self.ctx.call(insurers.add_insurer, self.name_edit.text(),
                                                 self.contact_edit.text(), self.phone_edit.text()))
        if isinstance(new_id, int):
            self._done(self.tr("%1 added.").replace("%1", self.name_edit.text().strip()), new_id)

    def save(self) -> None:
        insurer_id = self.chosen_id()
        if insurer_id is None:
            self.errors.show_message("name", self.tr("Choose the insurer to change."))
            return
        done = self._run(lambda: self.ctx.call(insurers.update_insurer, insurer_id, self.name_edit.text(),
                                               self.contact_edit.text(), self.phone_edit.text(),
                                               self.active_check.isChecked()) or True)
        if done:
            self._done(self.tr("Changes saved."), insurer_id)


def edit_insurers(ctx: AppContext, parent: QWidget | None = None) -> bool:
    """Open the dialog; True when the list changed (tests replace it)."""
    dialog = InsurersDialog(ctx, parent)
    dialog.exec()
    return dialog.changed
