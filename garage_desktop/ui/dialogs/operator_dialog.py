"""The small dialog that adds or changes an operator: name, roles (a check box each: one person may hold several,
issue 14), team, still working here. Ticking "Owner" ticks every other role (the owner holds them all)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import QCheckBox, QDialog, QWidget

from garage_desktop.domain import limits
from garage_desktop.domain.classes import LABELS, Role
from garage_desktop.domain.text import DomainError
from garage_desktop.ui.errors import FieldErrors, tr_domain
from garage_desktop.ui.forms.ui_operator_dialog import Ui_OperatorDialog
from garage_desktop.ui.text_limits import limit_inputs

ROLE_COLUMNS = 3  # check boxes per row


@dataclass(frozen=True)
class OperatorDraft:
    """What the dialog returns: the values typed, not yet saved."""

    name: str = ""
    roles: frozenset[Role] = field(default_factory=lambda: frozenset({Role.ADVISOR}))
    team: str = ""
    active: bool = True


class OperatorDialog(QDialog):
    def __init__(self, parent: QWidget | None, draft: OperatorDraft, *, adding: bool) -> None:
        super().__init__(parent)
        self.ui = Ui_OperatorDialog()
        self.ui.setupUi(self)
        limit_inputs({self.ui.nameEdit: limits.OPERATOR_NAME, self.ui.teamEdit: limits.TEAM})
        self.setWindowTitle(self.tr("New operator") if adding else self.tr("Change operator"))
        self.role_checks: dict[Role, QCheckBox] = {}
        for index, role in enumerate(Role):
            box = QCheckBox(tr_domain(LABELS[role]), self.ui.rolesBox)
            box.setObjectName(f"{role.value}Check")
            self.ui.rolesLayout.addWidget(box, index // ROLE_COLUMNS, index % ROLE_COLUMNS)
            self.role_checks[role] = box
        self.setTabOrder(self.ui.nameEdit, self.role_checks[Role.ADVISOR])
        for before, after in zip(list(Role), list(Role)[1:], strict=False):
            self.setTabOrder(self.role_checks[before], self.role_checks[after])
        self.setTabOrder(self.role_checks[Role.OWNER], self.ui.teamEdit)
        self.errors = FieldErrors({"name": self.ui.nameError, "roles": self.ui.roleError,
                                   "active": self.ui.activeError}, fallback=self.ui.formError)
        self.ui.nameEdit.setText(draft.name)
        self._held: dict[Role, bool] = {}  # the other roles as ticked before "Owner" ticked them all
        for role, box in self.role_checks.items():
            box.setChecked(role in draft.roles)
        self.role_checks[Role.OWNER].toggled.connect(self._owner_toggled)
        self._owner_toggled(Role.OWNER in draft.roles)
        self.ui.teamEdit.setText(draft.team)
        self.ui.activeCheck.setChecked(draft.active)
        self.ui.nameEdit.setFocus()

    def _owner_toggled(self, owner: bool) -> None:
        """The owner holds every role: their boxes show ticked and fixed; untick "Owner" and they come back as
        they were."""
        for role, box in self.role_checks.items():
            if role is Role.OWNER:
                continue
            if owner:
                self._held.setdefault(role, box.isChecked())
                box.setChecked(True)
            elif role in self._held:
                box.setChecked(self._held.pop(role))
            box.setEnabled(not owner)
            box.setToolTip(self.tr("The owner holds every role") if owner else "")

    def roles(self) -> frozenset[Role]:
        if self.role_checks[Role.OWNER].isChecked():
            return frozenset({Role.OWNER})
        return frozenset(role for role, box in self.role_checks.items() if box.isChecked())

    def draft(self) -> OperatorDraft:
        return OperatorDraft(name=self.ui.nameEdit.text(), roles=self.roles(), team=self.ui.teamEdit.text(),
                             active=self.ui.activeCheck.isChecked())

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
