"""Reading the audit trail, filtered by order, person and date (newest first), a page at a time: ten years of a
busy garage hold millions of events, the screen shows a few dozen (issue 20)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, aliased

from garage_desktop.db.models import AuditEvent, Operator, RepairOrder
from garage_desktop.domain.classes import Role
from garage_desktop.services import permissions


@dataclass(frozen=True)
class AuditRow:
    at: datetime
    operator_name: str
    order_no: str
    entity: str
    entity_id: int | None
    action: str
    before: str
    after: str
    event_id: int = 0

    @property
    def key(self) -> tuple[datetime, int]:
        """Where the next page starts after this row (``events(after=...)``)."""
        return self.at, self.event_id


PAGE = 200  # the events a screen reads at a time


def _filtered(stmt: Select, order_no: str, operator_id: int | None, date_from: date | None,
              date_to: date | None) -> Select:
    if order_no.strip():
        stmt = stmt.where(AuditEvent.order_id.in_(select(RepairOrder.id).where(
            RepairOrder.order_no.like(f"%{order_no.strip().upper()}%"))))
    if operator_id is not None:
        stmt = stmt.where(AuditEvent.operator_id == operator_id)
    if date_from is not None:
        stmt = stmt.where(AuditEvent.at >= datetime.combine(date_from, time.min))
    if date_to is not None:
        stmt = stmt.where(AuditEvent.at < datetime.combine(date_to + timedelta(days=1), time.min))
    return stmt


def events(session: Session, actor: int | None, *, order_no: str = "", operator_id: int | None = None,
           date_from: date | None = None, date_to: date | None = None, limit: int = 1000,
           after: tuple[datetime, int] | None = None) -> list[AuditRow]:
    """The audit events matching the filters, newest first: at most ``limit``, those after the row whose ``key``
    is ``after`` (the next page). Only the owner reads the audit trail."""
    permissions.require(session, actor, Role.OWNER)
    person = aliased(Operator)
    stmt = (select(AuditEvent.at, person.name, RepairOrder.order_no, AuditEvent.entity, AuditEvent.entity_id,
                   AuditEvent.action, AuditEvent.before, AuditEvent.after, AuditEvent.id)
            .outerjoin(person, person.id == AuditEvent.operator_id)
            .outerjoin(RepairOrder, RepairOrder.id == AuditEvent.order_id)
            .order_by(AuditEvent.at.desc(), AuditEvent.id.desc()).limit(limit))
    if after is not None:  # the index on the time finds the page's start; the id orders events of one moment
        stmt = stmt.where(AuditEvent.at <= after[0], or_(AuditEvent.at < after[0], AuditEvent.id < after[1]))
    stmt = _filtered(stmt, order_no, operator_id, date_from, date_to)
    return [AuditRow(at, name or "", no or "", entity, entity_id, action, old, new, event_id)
            for at, name, no, entity, entity_id, action, old, new, event_id in session.execute(stmt)]


def count(session: Session, actor: int | None, *, order_no: str = "", operator_id: int | None = None,
          date_from: date | None = None, date_to: date | None = None) -> int:
    """How many audit events match the filters (the screen says how many there are beside the page it shows)."""
    permissions.require(session, actor, Role.OWNER)
    return session.scalar(_filtered(select(func.count()).select_from(AuditEvent), order_no, operator_id,
                                    date_from, date_to)) or 0
