"""server audit protection: on PostgreSQL the audit trail is protected as on SQLite (append-only, next id only)

SQLite has had three triggers since 0003: no UPDATE, no DELETE, and an insert only with the id after the highest
(``REPLACE INTO`` and an insert out of order refused). PostgreSQL had one trigger from 0001 refusing UPDATE and
DELETE, and nothing against an insert out of order, an ``INSERT … ON CONFLICT DO UPDATE`` (refused only by that
trigger) or TRUNCATE (which fires no row trigger). Here, on PostgreSQL only, 0001's trigger and function are
replaced by four triggers named like SQLite's, over two PL/pgSQL functions:

- ``audit_event_no_update`` (BEFORE UPDATE, each row) and ``audit_event_no_delete`` (BEFORE DELETE, each row)
  and ``audit_event_no_truncate`` (BEFORE TRUNCATE) run ``audit_event_refuse()``, which raises;
- ``audit_event_next_only`` (BEFORE INSERT, each row) runs ``audit_event_next_only()``, which raises unless the
  new id is the highest one plus one (a row trigger sees the rows its own statement inserted before, so an insert
  of several events in order passes).

They raise SQLSTATE 23000 (integrity_constraint_violation) with SQLite's words, "the audit trail is append-only":
the program sees the IntegrityError SQLite gives. ``garage_desktop.db.audit_chain`` checks these definitions
(copied here: a migration never imports the program's code, which may change later). SQLite: nothing to do.

Revision ID: 0005_server_audit_protection
Revises: 0004_canonical_plates
Create Date: 2026-12-06 09:00:00
"""

from __future__ import annotations

from alembic import op

revision = '0005_server_audit_protection'
down_revision = '0004_canonical_plates'
branch_labels = None
depends_on = None

_APPEND_ONLY = "the audit trail is append-only"
_REFUSE = (f"BEGIN RAISE EXCEPTION '{_APPEND_ONLY}' USING ERRCODE = 'integrity_constraint_violation'; END;")
_NEXT_ONLY = ("BEGIN IF NEW.id IS DISTINCT FROM (SELECT coalesce(max(id), 0) + 1 FROM audit_event) THEN "
              f"RAISE EXCEPTION '{_APPEND_ONLY}' USING ERRCODE = 'integrity_constraint_violation'; END IF; "
              "RETURN NEW; END;")
_FUNCTIONS = {
    "audit_event_refuse": _REFUSE,
    "audit_event_next_only": _NEXT_ONLY,
}
_TRIGGERS = {
    "audit_event_no_update": "BEFORE UPDATE ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_refuse()",
    "audit_event_no_delete": "BEFORE DELETE ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_refuse()",
    "audit_event_no_truncate": ("BEFORE TRUNCATE ON audit_event FOR EACH STATEMENT "
                                "EXECUTE FUNCTION audit_event_refuse()"),
    "audit_event_next_only": ("BEFORE INSERT ON audit_event FOR EACH ROW "
                              "EXECUTE FUNCTION audit_event_next_only()"),
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS audit_event_append_only ON audit_event")
    op.execute("DROP FUNCTION IF EXISTS audit_event_append_only()")
    for name, body in _FUNCTIONS.items():
        op.execute(f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ {body} $$")
    for name, definition in _TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {definition}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name} ON audit_event")
    for name in _FUNCTIONS:
        op.execute(f"DROP FUNCTION IF EXISTS {name}()")
    # 0001's trigger, as it was
    op.execute("CREATE FUNCTION audit_event_append_only() RETURNS trigger AS $$ BEGIN "
               f"RAISE EXCEPTION '{_APPEND_ONLY}'; END $$ LANGUAGE plpgsql")
    op.execute("CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event "
               "FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()")
