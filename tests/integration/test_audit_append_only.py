"""The audit trail is append-only: the database refuses to change or remove a row, whoever asks."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, select, update
from sqlalchemy.exc import DatabaseError

from garage_desktop.db.engine import Database
from garage_desktop.db.models import AuditEvent
from garage_desktop.domain.classes import Role
from garage_desktop.services import operators


def test_audit_rows_cannot_be_updated_or_deleted(db: Database, people: dict[Role, int]) -> None:
    with db.session_scope() as session:
        operators.save_operator(session, people[Role.OWNER], None, "新同事", Role.ADVISOR)
    with db.session_scope() as session:
        count = len(session.scalars(select(AuditEvent)).all())
        assert count >= 1
    with pytest.raises(DatabaseError, match="append-only"), db.session_scope() as session:
        session.execute(update(AuditEvent).values(action="tampered"))
    with pytest.raises(DatabaseError, match="append-only"), db.session_scope() as session:
        session.execute(delete(AuditEvent))
    with db.session_scope() as session:
        rows = session.scalars(select(AuditEvent)).all()
        assert len(rows) == count and all(row.action != "tampered" for row in rows)
