"""Choose a stock part by typing (code, name, pinyin initials), with a quantity when asked, and a reason: for an
extra part (用料批條) or a substitute. The dialog hands the choice to ``submit``, which runs the service; a
refusal is shown beside its field and the dialog stays open with everything typed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from garage_desktop.domain import limits
from garage_desktop.domain.text import DomainError
from garage_desktop.services import catalog
from garage_desktop.services.catalog import PartInfo
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.errors import FieldErrors
from garage_desktop.ui.text_limits import limit_input
from garage_desktop.ui.widgets.catalog_picker import CatalogPicker, describe_part

# submit(part_id, quantity, reason): runs the service, raises DomainError when refused.
Submit = Callable[[int, str, str], None]


class PartChoiceDialog(QDialog):
    def __init__(self, ctx: AppContext, title: str, submit: Submit, *, with_quantity: bool,
                 part: PartInfo | None = None, intro: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finished.connect(self.deleteLater)  # closed, it is deleted (a parent keeps it alive)
        self.ctx, self.submit, self.part = ctx, submit, part
        self.setWindowTitle(title)
        self.setObjectName("PartChoiceDialog")
        layout = QVBoxLayout(self)
        if intro:
            intro_label = QLabel(intro)
            intro_label.setWordWrap(True)
            layout.addWidget(intro_label)
        form = QFormLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setPlaceholderText(self.tr("Type a code, a name or its pinyin initials"))
        self.part_label = QLabel()
        self.part_label.setObjectName("partLabel")
        self.part_label.setWordWrap(True)
        self.part_error = QLabel()
        self.quantity_edit = QLineEdit("1")
        self.quantity_edit.setObjectName("quantityEdit")
        self.quantity_error = QLabel()
        self.reason_edit = QLineEdit()
        limit_input(self.reason_edit, limits.EXTRA_PART_REASON if with_quantity else limits.REASON)
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_error = QLabel()
        self.general_error = QLabel()
        form.addRow(self._buddy(self.tr("&Part:"), self.search_edit), self.search_edit)
        form.addRow("", self.part_label)
        form.addRow("", self.part_error)
        if with_quantity:
            form.addRow(self._buddy(self.tr("&Quantity:"), self.quantity_edit), self.quantity_edit)
            form.addRow("", self.quantity_error)
        else:
            self.quantity_edit.hide()
        form.addRow(self._buddy(self.tr("&Reason:"), self.reason_edit), self.reason_edit)
        form.addRow("", self.reason_error)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.errors = FieldErrors({"part": self.part_error, "quantity": self.quantity_error,
                                   "reason": self.reason_error}, fallback=self.general_error)
        self.picker = CatalogPicker(self.search_edit, lambda text: ctx.read(catalog.search_parts, text),
                                    describe_part)
        self.picker.picked.connect(self.choose)
        self._show_part()
        self.resize(560, self.sizeHint().height())

    @staticmethod
    def _buddy(text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    def choose(self, part: PartInfo) -> None:
        self.part = part
        self._show_part()
        (self.quantity_edit if self.quantity_edit.isVisible() else self.reason_edit).setFocus()

    def _show_part(self) -> None:
        if self.part is None:
            self.part_label.setText(self.tr("No part chosen yet."))
            return
        stock = self.tr("%1 %2 in stock").replace("%1", f"{self.part.on_hand.normalize():f}").replace(
            "%2", self.part.unit)
        self.part_label.setText(f"<b>{describe_part(self.part)}</b> — {stock}")

    def confirm(self) -> None:
        self.errors.clear()
        if self.part is None:
            self.errors.show_message("part", self.tr("Choose the part first: type and pick it from the list."))
            return
        try:
            self.submit(self.part.id, self.quantity_edit.text(), self.reason_edit.text())
        except DomainError as error:
            self.errors.show(error)
            return
        self.accept()
