"""The people at the reception PC and their roles: each holds a set of roles (issue 14), the owner every one."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from garage_desktop.db.models import Operator
from garage_desktop.db.types import holding
from garage_desktop.domain import limits
from garage_desktop.domain.classes import Role, ordered_roles, role_set
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError
from garage_desktop.services import audit, permissions
from garage_desktop.services.roster import OperatorInfo, get_operator, list_operators

__all__ = ["OperatorInfo", "first_operator", "get_operator", "list_operators", "save_operator"]


NO_ROLE = QT_TRANSLATE_NOOP("Domain", "Tick at least one role for the person.")


def _info(op: Operator) -> OperatorInfo:
    return OperatorInfo(op.id, op.name, frozenset(op.roles), op.team or "", op.active)


def _roles(roles: Role | Iterable[Role]) -> frozenset[Role]:
    """One role or several; the owner alone stands for an owner (they hold every role)."""
    held = frozenset(ordered_roles(role_set(roles)))
    if not held:
        raise DomainError(NO_ROLE, field="roles")
    return held


def _values(roles: frozenset[Role]) -> list[str]:
    return [role.value for role in ordered_roles(roles)]


def _check(session: Session, name: str, operator_id: int | None) -> str:
    name = name.strip()
    if not name:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "Enter the person's name."), field="name")
    limits.OPERATOR_NAME.check(name, "name")
    clash = session.scalar(select(Operator).where(Operator.name == name))
    if clash is not None and clash.id != operator_id:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "There is already an operator called {name}."), field="name",
                          name=name)
    return name


def _keep_an_owner(session: Session, leaving_id: int, *, field: str) -> None:
    """Refuse to demote or deactivate the last active owner: nobody could manage the garage any more."""
    others = session.scalar(select(Operator.id).where(holding(Operator.roles, Role.OWNER),
                                                      Operator.active.is_(True), Operator.id != leaving_id).limit(1))
    if others is None:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "The garage needs at least one active owner."), field=field)


def first_operator(session: Session, name: str, roles: Role | Iterable[Role] = Role.OWNER) -> OperatorInfo:
    """The very first person on a new database (nobody to ask for permission yet)."""
    if session.scalar(select(Operator.id).limit(1)) is not None:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "Operators already exist: the owner adds new ones."))
    held = _roles(roles)
    op = Operator(name=_check(session, name, None), roles=held, team="", active=True)
    session.add(op)
    session.flush()
    audit.record(session, op.id, "create", "operator", op.id, after={"name": op.name, "roles": _values(held)})
    return _info(op)


def save_operator(session: Session, actor: int | None, operator_id: int | None, name: str,
                  roles: Role | Iterable[Role], team: str = "", active: bool = True) -> OperatorInfo:
    """Add (``operator_id`` None) or change a person, with one role or a set of them (the owner holds every
    role). Only the owner manages operators."""
    permissions.require(session, actor, Role.OWNER)
    name = _check(session, name, operator_id)
    held = _roles(roles)
    team = limits.TEAM.check((team or "").strip(), "team")
    if operator_id is None:
        op = Operator(name=name, roles=held, team=team, active=active)
        session.add(op)
        session.flush()
        audit.record(session, actor, "create", "operator", op.id,
                     after={"name": name, "roles": _values(held), "team": team, "active": active})
        return _info(op)
    op = session.get(Operator, operator_id)
    if op is None:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "That operator no longer exists."))
    owner_now = Role.OWNER in held
    if Role.OWNER in op.roles and op.active and (not owner_now or not active):
        _keep_an_owner(session, op.id, field="roles" if not owner_now else "active")
    before = {"name": op.name, "roles": _values(op.roles), "team": op.team, "active": op.active}
    op.name, op.roles, op.team, op.active = name, held, team, active
    audit.record(session, actor, "update", "operator", op.id, before=before,
                 after={"name": name, "roles": _values(held), "team": op.team, "active": active})
    return _info(op)
