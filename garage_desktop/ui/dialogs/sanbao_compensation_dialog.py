"""三包: record the loaner (備用車) or transport compensation (交通費用補償) a 三包 repair open over five days owes the
owner from day six. A refusal is shown beside its field and everything typed stays."""

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
from garage_desktop.domain.money import format_yuan
from garage_desktop.domain.text import DomainError
from garage_desktop.services import sanbao
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.dialogs.action_buttons import add_action_buttons
from garage_desktop.ui.errors import FieldErrors, error_text
from garage_desktop.ui.text_limits import limit_inputs

AMOUNT_CHARACTERS = 12


class SanbaoCompensationDialog(QDialog):
    def __init__(self, ctx: AppContext, order_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finished.connect(self.deleteLater)  # closed, it is deleted (a parent keeps it alive)
        self.ctx, self.order_id, self.result_value = ctx, order_id, None
        view = ctx.read(sanbao.order_view, ctx.operator_id, order_id)
        self.setObjectName("SanbaoCompensationDialog")
        self.setWindowTitle(self.tr("三包 compensation %1").replace("%1", view.order_no))
        layout = QVBoxLayout(self)
        day = view.compensation_from.isoformat() if view.compensation_from else "—"
        intro = QLabel(self.tr("This 三包 repair is on its day %1. From day six (%2) the owner is owed a loaner car "
                               "or transport compensation.").replace("%1", str(view.days_open)).replace("%2", day))
        intro.setObjectName("introLabel")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        kinds = QHBoxLayout()
        self.loaner_radio = QRadioButton(self.tr("&Loaner car (備用車)"))
        self.loaner_radio.setObjectName("loanerRadio")
        self.transport_radio = QRadioButton(self.tr("&Transport compensation (交通費用補償)"))
        self.transport_radio.setObjectName("transportRadio")
        self.kind_group = QButtonGroup(self)
        for radio in (self.loaner_radio, self.transport_radio):
            self.kind_group.addButton(radio)
            kinds.addWidget(radio)
        kinds.addStretch(1)
        self.loaner_radio.setChecked(True)
        layout.addLayout(kinds)
        form = QFormLayout()
        self.detail_edit = QLineEdit()
        self.detail_edit.setObjectName("detailEdit")
        self.detail_edit.setMinimumWidth(360)
        self.amount_edit = QLineEdit()
        self.amount_edit.setObjectName("amountEdit")
        self.amount_edit.setMaximumWidth(self.amount_edit.fontMetrics().horizontalAdvance("0") * AMOUNT_CHARACTERS
                                         + 16)
        limit_inputs({self.detail_edit: limits.REASON})
        self.detail_label = QLabel()
        self.detail_label.setBuddy(self.detail_edit)
        self.amount_label = QLabel(self.tr("&Amount paid (¥):"))
        self.amount_label.setBuddy(self.amount_edit)
        self.detail_error, self.amount_error, self.kind_error = QLabel(), QLabel(), QLabel()
        self.detail_error.setObjectName("detailError")
        self.amount_error.setObjectName("amountError")
        form.addRow(self.detail_label, self.detail_edit)
        form.addRow("", self.detail_error)
        form.addRow(self.amount_label, self.amount_edit)
        form.addRow("", self.amount_error)
        layout.addLayout(form)
        self.form_error = QLabel()
        self.form_error.setObjectName("formError")
        layout.addWidget(self.form_error)
        self.errors = FieldErrors({"detail": self.detail_error, "amount": self.amount_error,
                                   "kind": self.kind_error}, fallback=self.form_error)
        self.buttons, self.ok_button = add_action_buttons(self, layout, self.tr("&Record"))
        self.kind_group.buttonToggled.connect(lambda _b, _on: self._kind_changed())
        self._kind_changed()
        if view.compensation is not None:
            c = view.compensation
            given = (self.tr("a loaner car: %1").replace("%1", c.detail) if c.kind == "loaner" else
                     self.tr("transport compensation of %1").replace("%1", format_yuan(c.amount or 0)))
            self.form_error.setText(self.tr("Recorded %1 by %2: %3").replace("%1", f"{c.recorded_at:%Y-%m-%d %H:%M}")
                                    .replace("%2", c.recorded_by).replace("%3", given))
            self.form_error.setStyleSheet("color: #2e7d32;")
            self.form_error.show()
            self.ok_button.setEnabled(False)
        elif view.refusal is not None:
            self.form_error.setText(error_text(view.refusal))
            self.form_error.show()
            self.ok_button.setEnabled(False)
        self.detail_edit.setFocus()

    def kind(self) -> str:
        return "transport" if self.transport_radio.isChecked() else "loaner"

    def _kind_changed(self) -> None:
        loaner = self.kind() == "loaner"
        self.detail_label.setText(self.tr("&Which car:") if loaner else self.tr("&How reckoned:"))
        self.detail_edit.setPlaceholderText(self.tr("plate and model of the loaner") if loaner
                                            else self.tr("e.g. 2 days × ¥50 taxi"))
        self.amount_edit.setEnabled(not loaner)
        self.amount_label.setEnabled(not loaner)

    def confirm(self) -> None:
        self.errors.clear()
        try:
            self.result_value = self.ctx.call(sanbao.record_compensation, self.order_id, self.kind(),
                                              self.detail_edit.text(),
                                              self.amount_edit.text() if self.kind() == "transport" else None)
        except DomainError as error:
            self.errors.show(error)
            return
        self.accept()


def record_compensation(ctx: AppContext, order_id: int, parent: QWidget | None = None) -> bool:
    """Open the dialog; True once recorded (tests replace it)."""
    dialog = SanbaoCompensationDialog(ctx, order_id, parent)
    if not dialog.exec():
        return False
    ctx.changed("orders")
    return True
