"""The people at the reception PC and their roles."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from garage_desktop.db.models import Operator
from garage_desktop.domain import limits
from garage_desktop.domain.classes import Role
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError
from garage_desktop.services import audit, permissions
from garage_desktop.services.roster import OperatorInfo, get_operator, list_operators

__all__ = ["OperatorInfo", "first_operator", "get_operator", "list_operators", "save_operator"]


def _info(op: Operator) -> OperatorInfo:
    return OperatorInfo(op.id, op.name, op.role, op.team or "", op.active)


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
    others = session.scalar(select(Operator.id).where(Operator.role == Role.OWNER, Operator.active.is_(True),
                                                      Operator.id != leaving_id).limit(1))
    if others is None:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "The garage needs at least one active owner."), field=field)


def first_operator(session: Session, name: str, role: Role = Role.OWNER) -> OperatorInfo:
    """The very first person on a new database (nobody to ask for permission yet)."""
    if session.scalar(select(Operator.id).limit(1)) is not None:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "Operators already exist: the owner adds new ones."))
    op = Operator(name=_check(session, name, None), role=role, team="", active=True)
    session.add(op)
    session.flush()
    audit.record(session, op.id, "create", "operator", op.id, after={"name": op.name, "role": role.value})
    return _info(op)


def save_operator(session: Session, actor: int | None, operator_id: int | None, name: str, role: Role,
                  team: str = "", active: bool = True) -> OperatorInfo:
    """Add (``operator_id`` None) or change a person. Only the owner manages operators."""
    permissions.require(session, actor, Role.OWNER)
    name = _check(session, name, operator_id)
    team = limits.TEAM.check((team or "").strip(), "team")
    if operator_id is None:
        op = Operator(name=name, role=role, team=team, active=active)
        session.add(op)
        session.flush()
        audit.record(session, actor, "create", "operator", op.id, after={"name": name, "role": role.value})
        return _info(op)
    op = session.get(Operator, operator_id)
    if op is None:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "That operator no longer exists."))
    if op.role is Role.OWNER and op.active and (role is not Role.OWNER or not active):
        _keep_an_owner(session, op.id, field="role" if role is not Role.OWNER else "active")
    before = {"name": op.name, "role": op.role.value, "team": op.team, "active": op.active}
    op.name, op.role, op.team, op.active = name, role, team, active
    audit.record(session, actor, "update", "operator", op.id, before=before,
                 after={"name": name, "role": role.value, "team": op.team, "active": active})
    return _info(op)
