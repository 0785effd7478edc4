"""How the window names a person and their roles (issue 14: an operator holds a set of roles): "王嘉欣 (Service
advisor, Cashier)", the owner just "店主 (Owner)" — the owner holds every role. The separator and the brackets
are translated too (Chinese: "王嘉欣（服務接待、收銀）")."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from garage_desktop.domain.classes import LABELS, Role, ordered_roles
from garage_desktop.ui.errors import tr_domain


def roles_text(roles: Iterable[Role]) -> str:
    """The roles' labels in the garage's order, joined (the owner: the owner's label alone)."""
    separator = QCoreApplication.translate("Roles", ", ", "between two role names")
    return separator.join(tr_domain(LABELS[role]) for role in ordered_roles(roles))


def person_text(name: str, roles: Iterable[Role]) -> str:
    """A person and their roles as the operator menus and lists show them."""
    return (QCoreApplication.translate("Roles", "%1 (%2)", "a person and their roles")
            .replace("%1", name).replace("%2", roles_text(roles)))
