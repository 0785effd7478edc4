"""The small dialog that adds or changes an operator: name, role, team, still working here."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QWidget

from garage_desktop.domain import limits
from garage_desktop.domain.classes import LABELS, Role
from garage_desktop.domain.text import DomainError
from garage_desktop.ui.errors import FieldErrors, tr_domain
from garage_desktop.ui.forms.ui_operator_dialog import Ui_OperatorDialog
from garage_desktop.ui.text_limits import limit_inputs


@dataclass(frozen=True)
class OperatorDraft:
    """What the dialog returns: the values typed, not yet saved."""

    name: str = ""
    role: Role = Role.ADVISOR
    team: str = ""
    active: bool = True


class OperatorDialog(QDialog):
    def __init__(self, parent: QWidget | None, draft: OperatorDraft, *, adding: bool) -> None:
        super().__init__(parent)
        self.ui = Ui_OperatorDialog()
        self.ui.setupUi(self)
        limit_inputs({self.ui.nameEdit: limits.OPERATOR_NAME, self.ui.teamEdit: limits.TEAM})
        self.setWindowTitle(self.tr("New operator") if adding else self.tr("Change operator"))
        for role in Role:
            self.ui.roleCombo.addItem(tr_domain(LABELS[role]), role.value)
        self.errors = FieldErrors({"name": self.ui.nameError, "role": self.ui.roleError,
                                   "active": self.ui.activeError}, fallback=self.ui.formError)
        self.ui.nameEdit.setText(draft.name)
        self.ui.roleCombo.setCurrentIndex(max(0, self.ui.roleCombo.findData(draft.role.value)))
        self.ui.teamEdit.setText(draft.team)
        self.ui.activeCheck.setChecked(draft.active)
        self.ui.nameEdit.setFocus()

    def draft(self) -> OperatorDraft:
        return OperatorDraft(name=self.ui.nameEdit.text(), role=Role(self.ui.roleCombo.currentData()),
                             team=self.ui.teamEdit.text(), active=self.ui.activeCheck.isChecked())

    @classmethod
    def ask(cls, parent: QWidget | None, draft: OperatorDraft, *, adding: bool,
            error: DomainError | None = None) -> OperatorDraft | None:
        """Show the dialog (with ``error`` beside its field, if any); the values typed, or None if cancelled.

        Tests patch this function instead of driving the modal dialog.
        """
        dialog = cls(parent, draft, adding=adding)
        if error is not None:
            dialog.errors.show(error)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        result = dialog.draft() if accepted else None
        dialog.deleteLater()
        return result
