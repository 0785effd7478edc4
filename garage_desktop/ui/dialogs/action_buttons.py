"""The buttons at the foot of a small action dialog: the action itself (OK) and "Back" (Cancel), wired to the
dialog's ``confirm`` and ``reject``. Every such dialog (cancel an order, approve a price, record a delay call, a
check, a compensation, make a line free) ends the same way."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QBoxLayout, QDialog, QDialogButtonBox, QPushButton


def add_action_buttons(dialog: QDialog, layout: QBoxLayout, action: str) -> tuple[QDialogButtonBox, QPushButton]:
    """Add OK (labelled ``action``, calling ``dialog.confirm``) and Back (``dialog.reject``) to ``layout``; returns
    the box and its OK button."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok_button.setText(action)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("ActionButtons", "&Back"))
    buttons.accepted.connect(dialog.confirm)  # type: ignore[attr-defined]
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return buttons, ok_button
