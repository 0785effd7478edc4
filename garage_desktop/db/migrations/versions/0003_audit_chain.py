"""audit chain: each audit event carries a hash chained to the one before; REPLACE INTO is refused

Every existing event gets its link, in id order (the first follows ""), computed here exactly as the program
computes it (``garage_desktop.db.audit_chain``, copied: a migration never imports the program's code, which may
change later). The append-only triggers are created again with a third one that refuses an insert whose id is
not the next one (``REPLACE INTO`` an existing event deleted it without firing the delete trigger).

SQLite: the triggers are dropped, the column added, every event given its link (one UPDATE per event: about a
minute for 2,000,000 events), the column made NOT NULL (one table rebuild, in SQL), the triggers created.
PostgreSQL (not tested yet): the UPDATE/DELETE trigger is disabled while the links are written.

Revision ID: 0003_audit_chain
Revises: 0002_promise_in_force
Create Date: 2026-11-29 09:00:00
"""

from __future__ import annotations

import hashlib
from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision = '0003_audit_chain'
down_revision = '0002_promise_in_force'
branch_labels = None
depends_on = None

_APPEND_ONLY = "the audit trail is append-only"
_OLD_TRIGGERS = {
    "audit_event_no_update": ("CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event "
                              f"BEGIN SELECT RAISE(ABORT, '{_APPEND_ONLY}'); END"),
    "audit_event_no_delete": ("CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event "
                              f"BEGIN SELECT RAISE(ABORT, '{_APPEND_ONLY}'); END"),
}
_TRIGGERS = {
    **_OLD_TRIGGERS,
    "audit_event_next_only": ("CREATE TRIGGER audit_event_next_only BEFORE INSERT ON audit_event "
                                "WHEN NEW.id IS NOT (SELECT coalesce(max(id), 0) + 1 FROM audit_event) "
                                f"BEGIN SELECT RAISE(ABORT, '{_APPEND_ONLY}'); END"),
}
_BATCH = 10_000


def _quote(value: object) -> str:
    if value is None:
        return "NULL"
    return "'" + str(value).split("\x00", 1)[0].replace("'", "''") + "'"


def _at_text(value: object) -> str | None:
    if isinstance(value, datetime):
        return f"{value:%Y-%m-%d %H:%M:%S}.{value.microsecond:06d}"
    return None if value is None else str(value)


def _link(previous: str, row: tuple) -> str:  # type: ignore[type-arg]
    values = list(row)
    values[1] = _at_text(values[1])
    texts = (values[1], values[4], values[6], values[7], values[8])
    size = 0 if any(t is None for t in texts) else sum(len(str(t).encode("utf-8")) for t in texts)
    text = ",".join(_quote(v) for v in values) + f",{size}"
    return hashlib.sha256((previous + text).encode("utf-8")).hexdigest()


def _write_links(bind: sa.Connection) -> None:
    """Each event's link, in id order, a batch at a time (read a batch, then update it: SQLite's cursor must not
    walk a table being updated, and 2,000,000 events need not sit in memory at once)."""
    at = "CAST(at AS TEXT)" if bind.dialect.name == "sqlite" else "at"
    select = sa.text(f"SELECT id, {at}, operator_id, order_id, entity, entity_id, action, before, after "
                     "FROM audit_event WHERE id > :after ORDER BY id LIMIT :size")
    update = sa.text("UPDATE audit_event SET chain = :chain WHERE id = :id")
    previous, after = "", -1
    while True:
        rows = bind.execute(select, {"after": after, "size": _BATCH}).fetchall()
        if not rows:
            return
        batch = []
        for row in rows:
            previous = _link(previous, tuple(row))
            batch.append({"chain": previous, "id": row[0]})
        bind.execute(update, batch)
        after = rows[-1][0]


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for name in _OLD_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.add_column('audit_event', sa.Column('chain', sa.String(length=64), nullable=True))
        _write_links(bind)
        with op.batch_alter_table('audit_event', schema=None) as batch_op:
            batch_op.alter_column('chain', existing_type=sa.String(length=64), nullable=False)
        for sql in _TRIGGERS.values():
            op.execute(sql)
    else:
        op.add_column('audit_event', sa.Column('chain', sa.String(length=64), nullable=True))
        # 0001's UPDATE/DELETE trigger on PostgreSQL (REPLACE does not exist there; ON CONFLICT DO UPDATE fires it)
        op.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only")
        _write_links(bind)
        op.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only")
        op.alter_column('audit_event', 'chain', existing_type=sa.String(length=64), nullable=False)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for name in _TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        with op.batch_alter_table('audit_event', schema=None) as batch_op:
            batch_op.drop_column('chain')
        for sql in _OLD_TRIGGERS.values():
            op.execute(sql)
    else:
        op.drop_column('audit_event', 'chain')
