"""The lock screen: what the main window shows instead of its tabs at start-up (when the operator at the PC has
a PIN) and after the garage's idle time. It names who was working, unlocks with that person's PIN, or lets
someone else choose themselves (with their PIN, if they have one). The tabs stay as they were behind it.

Wrong PINs are slowed down by ``services.pins.check_pin``; this screen only says how long to wait.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from garage_desktop.domain.text import DomainError
from garage_desktop.services import roster
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.errors import error_text
from garage_desktop.ui.forms.ui_lock_screen import Ui_LockScreen
from garage_desktop.ui.roles import person_text, roles_text


class LockScreen(QWidget):
    unlocked = Signal(int)  # the operator who unlocked (the one locked out, or another one)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_LockScreen()
        self.ui.setupUi(self)
        self.ui.messageLabel.setStyleSheet("color: #c62828;")
        self._has_pin: dict[int, bool] = {}
        self.ui.operatorCombo.currentIndexChanged.connect(self._chosen_changed)
        self.ui.pinEdit.returnPressed.connect(self.try_unlock)
        self.ui.unlockButton.clicked.connect(self.try_unlock)

    def show_for(self, operator_id: int | None) -> None:
        """Name ``operator_id`` as the person locked out and offer every active operator."""
        people = self.ctx.read_core(roster.list_operators)
        self._has_pin = {person.id: self.ctx.read_core(roster.has_pin, person.id) for person in people}
        combo = self.ui.operatorCombo
        combo.blockSignals(True)
        try:
            combo.clear()
            for person in people:
                combo.addItem(person_text(person.name, person.roles), person.id)
            combo.setCurrentIndex(max(0, combo.findData(operator_id)))
        finally:
            combo.blockSignals(False)
        person = next((p for p in people if p.id == operator_id), None)
        if person is None:
            self.ui.whoLabel.setText(self.tr("Choose who is working at this PC."))
        else:
            self.ui.whoLabel.setText(
                self.tr("<b>%1</b> (%2) was working at this PC. Type the PIN to go on, or choose another operator.")
                .replace("%1", escape(person.name)).replace("%2", escape(roles_text(person.roles))))
        self._chosen_changed()

    def chosen_id(self) -> int | None:
        return self.ui.operatorCombo.currentData()

    def _chosen_changed(self, *_args: object) -> None:
        needs_pin = self._has_pin.get(self.chosen_id() or -1, False)
        self.ui.pinEdit.clear()
        self.ui.pinEdit.setEnabled(needs_pin)
        self.ui.pinEdit.setPlaceholderText("" if needs_pin else self.tr("no PIN needed"))
        self.ui.messageLabel.clear()
        (self.ui.pinEdit if needs_pin else self.ui.unlockButton).setFocus()

    def try_unlock(self) -> bool:
        """Unlock for the chosen operator if the PIN typed is theirs (or they have none); otherwise say why."""
        from garage_desktop.services import pins

        chosen = self.chosen_id()
        if chosen is None:
            return False
        if self._has_pin.get(chosen, False):
            pin = self.ui.pinEdit.text()
            self.ui.pinEdit.clear()
            self.ui.pinEdit.setFocus()
            try:
                right = self.ctx.read(pins.check_pin, chosen, pin)
            except DomainError as error:  # still waiting after repeated wrong PINs
                self.ui.messageLabel.setText(error_text(error))
                return False
            if not right:
                waiting = self.ctx.read(pins.wait_seconds, chosen)
                text = self.tr("That PIN is not right.")
                if waiting:
                    text += " " + error_text(pins.PinDelayed(waiting))
                self.ui.messageLabel.setText(text)
                return False
        self.ui.messageLabel.clear()
        self.unlocked.emit(chosen)
        return True
