"""店主核准 The owner approves prices below the list on the spot (issue 14, ``services.price_authority``): a small
dialog lists the lines (the price given, the list price) and asks the owner to type their PIN. An owner without a
PIN approves by being chosen here (the PIN field then stays empty and closed). The PIN is checked here first, in
its own transaction, so a wrong one is recorded and the owner's wait after wrong PINs applies; the dialog stays
open to try again.

``call_with_owner`` runs a service call and, when it is refused with ``NeedsOwnerApproval``, asks and runs it
again with the approval: the estimate tab and the added-work panel save through it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
from typing import Any, TypeVar

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from garage_desktop.domain.money import format_yuan
from garage_desktop.domain.text import DomainError
from garage_desktop.services import pins, price_authority
from garage_desktop.services.price_authority import NeedsOwnerApproval, OwnerApproval, PriceBelowList
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.dialogs.action_buttons import add_action_buttons
from garage_desktop.ui.errors import error_text, tr_domain

T = TypeVar("T")


class OwnerApprovalDialog(QDialog):
    def __init__(self, ctx: AppContext, lines: Sequence[PriceBelowList], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.approval: OwnerApproval | None = None
        self.setObjectName("OwnerApprovalDialog")
        self.setWindowTitle(self.tr("Owner's approval"))
        layout = QVBoxLayout(self)
        self.lines_label = QLabel(self.tr("These prices are below the list: the owner approves them here.") + "<br>"
                                  + "<br>".join(self.describe(line) for line in lines))
        self.lines_label.setObjectName("linesLabel")
        self.lines_label.setWordWrap(True)
        layout.addWidget(self.lines_label)
        form = QFormLayout()
        self.owner_combo = QComboBox()
        self.owner_combo.setObjectName("ownerCombo")
        self.owners = {owner.id: owner for owner in ctx.read(price_authority.owners)}
        for owner in self.owners.values():
            self.owner_combo.addItem(owner.name, owner.id)
        owner_label = QLabel(self.tr("&Owner:"))
        owner_label.setBuddy(self.owner_combo)
        form.addRow(owner_label, self.owner_combo)
        self.pin_edit = QLineEdit()
        self.pin_edit.setObjectName("pinEdit")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(8)
        pin_label = QLabel(self.tr("&PIN:"))
        pin_label.setBuddy(self.pin_edit)
        form.addRow(pin_label, self.pin_edit)
        layout.addLayout(form)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet("color: #c62828;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons, self.ok_button = add_action_buttons(self, layout, self.tr("&Approve"))
        self.owner_combo.currentIndexChanged.connect(lambda _index: self._owner_chosen())
        self._owner_chosen()

    def describe(self, line: PriceBelowList) -> str:
        reason = tr_domain(price_authority.REASONS[line.cut])
        if line.list_price is not None:
            text = self.tr("%1: %2 instead of %3 (%4)").replace("%3", format_yuan(line.list_price))
        else:
            text = self.tr("%1: %2 (%4)")
        return escape(text.replace("%1", line.name).replace("%2", format_yuan(line.price)).replace("%4", reason))

    def owner_id(self) -> int | None:
        return self.owner_combo.currentData()

    def _owner_chosen(self) -> None:
        owner = self.owners.get(self.owner_id() or -1)
        has_pin = owner is not None and owner.has_pin
        self.pin_edit.setEnabled(has_pin)
        self.pin_edit.clear()
        self.pin_edit.setPlaceholderText("" if has_pin or owner is None
                                         else self.tr("no PIN: choosing the owner approves"))
        self.ok_button.setEnabled(owner is not None)
        self.error_label.hide()
        (self.pin_edit if has_pin else self.owner_combo).setFocus()

    def confirm(self) -> None:
        """Check the PIN (a wrong one is recorded); right: the approval, and the dialog closes."""
        owner_id = self.owner_id()
        if owner_id is None:
            return
        pin = self.pin_edit.text()
        try:
            right = self.ctx.read(price_authority.check_owner, owner_id, pin)
        except DomainError as error:  # still waiting after wrong PINs, or no longer an owner
            self._refuse(error_text(error))
            return
        if not right:
            text = error_text(price_authority.WrongOwnerPin())
            waiting = self.ctx.read(pins.wait_seconds, owner_id)
            if waiting:
                text += " " + error_text(pins.PinDelayed(waiting))
            self._refuse(text)
            return
        self.approval = OwnerApproval(owner_id, pin)
        self.accept()

    def _refuse(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.pin_edit.clear()
        self.pin_edit.setFocus()


def ask_owner_approval(parent: QWidget | None, ctx: AppContext,
                       lines: Sequence[PriceBelowList]) -> OwnerApproval | None:
    """The owner's approval of ``lines``, or None when nobody approved (tests replace this)."""
    dialog = OwnerApprovalDialog(ctx, lines, parent)
    dialog.exec()
    approval = dialog.approval
    dialog.deleteLater()
    return approval


def call_with_owner(parent: QWidget | None, ctx: AppContext, function: Callable[..., T], *args: Any) -> T:
    """``ctx.call(function, *args)``; refused for prices below the list, ask the owner and call again with their
    approval. Not approved (the dialog cancelled): the refusal is raised, for the screen to show."""
    try:
        return ctx.call(function, *args)
    except NeedsOwnerApproval as needed:
        approval = ask_owner_approval(parent, ctx, needed.lines)
        if approval is None:
            raise
        return ctx.call(function, *args, approval)
