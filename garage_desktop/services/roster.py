"""Who works at the reception PC, read side only, in Core: start-up chooses the operator and shows them in the
status bar before the ORM is loaded. Changing people is ``services.operators``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Connection, select

from garage_desktop.db.read_tables import operator
from garage_desktop.domain.classes import Role, holds, ordered_roles

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class OperatorInfo:
    id: int
    name: str
    roles: frozenset[Role]  # the owner holds every role (``holds``)
    team: str
    active: bool

    def holds(self, *wanted: Role) -> bool:
        """Whether the person may act as any of ``wanted`` (the owner as anybody)."""
        return holds(self.roles, *wanted)

    @property
    def is_owner(self) -> bool:
        return Role.OWNER in self.roles

    @property
    def shown_roles(self) -> tuple[Role, ...]:
        """The roles as shown beside the name, in the garage's order (an owner: the owner alone)."""
        return ordered_roles(self.roles)


_COLUMNS = (operator.c.id, operator.c.name, operator.c.roles, operator.c.team, operator.c.active)


def list_operators(session: Connection | Session, *, include_inactive: bool = False) -> list[OperatorInfo]:
    """The people, by their roles as stored (advisors first, as the garage's order goes), then by name."""
    stmt = select(*_COLUMNS).order_by(operator.c.roles, operator.c.name)
    if not include_inactive:
        stmt = stmt.where(operator.c.active.is_(True))
    return [OperatorInfo(id_, name, roles, team or "", bool(active))
            for id_, name, roles, team, active in session.execute(stmt)]


def get_operator(session: Connection | Session, operator_id: int) -> OperatorInfo | None:
    found = session.execute(select(*_COLUMNS).where(operator.c.id == operator_id)).first()
    if found is None:
        return None
    id_, name, roles, team, active = found
    return OperatorInfo(id_, name, roles, team or "", bool(active))


def has_pin(session: Connection | Session, operator_id: int | None) -> bool:
    """Whether the person has a PIN (start-up asks for it before the window does anything; the idle lock is for
    them). Checking one is ``services.pins``."""
    if operator_id is None:
        return False
    found = session.execute(select(operator.c.pin_hash).where(operator.c.id == operator_id)).first()
    return found is not None and found[0] is not None
