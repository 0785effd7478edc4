"""Reading the audit trail, filtered by order, person and date (newest first)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
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


def events(session: Session, actor: int | None, *, order_no: str = "", operator_id: int | None = None,
           date_from: date | None = None, date_to: date | None = None, limit: int = 1000) -> list[AuditRow]:
    """The audit events matching the filters. Only the owner reads the audit trail."""
    permissions.require(session, actor, Role.OWNER)
    person = aliased(Operator)
    stmt = (select(AuditEvent.at, person.name, RepairOrder.order_no, AuditEvent.entity, AuditEvent.entity_id,
                   AuditEvent.action, AuditEvent.before, AuditEvent.after)
            .outerjoin(person, person.id == AuditEvent.operator_id)
            .outerjoin(RepairOrder, RepairOrder.id == AuditEvent.order_id)
            .order_by(AuditEvent.at.desc(), AuditEvent.id.desc()).limit(limit))
    if order_no.strip():
        stmt = stmt.where(RepairOrder.order_no.like(f"%{order_no.strip().upper()}%"))
    if operator_id is not None:
        stmt = stmt.where(AuditEvent.operator_id == operator_id)
    if date_from is not None:
        stmt = stmt.where(AuditEvent.at >= datetime.combine(date_from, time.min))
    if date_to is not None:
        stmt = stmt.where(AuditEvent.at < datetime.combine(date_to + timedelta(days=1), time.min))
    return [AuditRow(at, name or "", no or "", entity, entity_id, action, before, after)
            for at, name, no, entity, entity_id, action, before, after in session.execute(stmt)]
