"""Who may do what: enforced in the services, not only hidden in the window."""

from __future__ import annotations

from sqlalchemy.orm import Session

from garage_desktop.db.models import Operator
from garage_desktop.domain.classes import LABELS, Role
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, PermissionRefused

_NO_OPERATOR = QT_TRANSLATE_NOOP("Domain", "Choose who you are (the operator in the status bar) first.")
_REFUSED = QT_TRANSLATE_NOOP("Domain", "Only {roles} may do this; the current operator is {role}.")


def require(session: Session, actor: int | None, *roles: Role) -> Operator:
    """The acting operator, if their role is one of ``roles`` (the owner may always act)."""
    operator = session.get(Operator, actor) if actor is not None else None
    if operator is None or not operator.active:
        raise PermissionRefused(_NO_OPERATOR)
    if roles and operator.role not in roles and operator.role is not Role.OWNER:
        # A tuple of labels: the window translates each and joins them.
        allowed = tuple(LABELS[r] for r in dict.fromkeys((*roles, Role.OWNER)))
        raise PermissionRefused(_REFUSED, roles=allowed, role=LABELS[operator.role])
    return operator
