"""Who may do what: enforced in the services, not only hidden in the window.

An operator holds a set of roles (issue 14): an action is allowed when they hold any of the roles it names; the
owner holds every role and may always act."""

from __future__ import annotations

from sqlalchemy.orm import Session

from garage_desktop.db.models import Operator
from garage_desktop.domain.classes import LABELS, Role, holds, ordered_roles
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, PermissionRefused

_NO_OPERATOR = QT_TRANSLATE_NOOP("Domain", "Choose who you are (the operator in the status bar) first.")
_REFUSED = QT_TRANSLATE_NOOP("Domain", "Only {roles} may do this; the current operator is {role}.")


def require(session: Session, actor: int | None, *roles: Role) -> Operator:
    """The acting operator, if they hold any of ``roles`` (the owner may always act; no roles: any active
    operator). A refusal names the roles allowed and the operator's own roles."""
    operator = session.get(Operator, actor) if actor is not None else None
    if operator is None or not operator.active:
        raise PermissionRefused(_NO_OPERATOR)
    if not holds(operator.roles, *roles):
        # Tuples of labels: the window translates each and joins them.
        allowed = tuple(LABELS[r] for r in dict.fromkeys((*roles, Role.OWNER)))
        raise PermissionRefused(_REFUSED, roles=allowed,
                                role=tuple(LABELS[r] for r in ordered_roles(operator.roles)))
    return operator


def is_owner(operator: Operator | None) -> bool:
    return operator is not None and operator.active and Role.OWNER in operator.roles
