"""The audit trail's hash chain, its append-only triggers, and the check that finds them altered.

Each event carries ``chain``: the SHA-256 (hex) of the previous event's ``chain`` followed by the event's own
fields, written canonically (``canonical``). The first event follows "". The program gives each new event the id
after the highest one, inside the transaction that writes it (``seal``), and the database refuses any other id
(trigger ``audit_event_next_only``): ``REPLACE INTO`` an existing event, an insert out of order and an insert
without an id all fail, as do UPDATE and DELETE.

Concurrency: two transactions that read the same last event both give their event the same id; the primary key
(and the trigger) let only the first commit through, the second fails and is rolled back: the chain never
forks. SQLite serialises writers anyway, and the window is single-instance per file. On PostgreSQL, where several
PCs write at once, a transaction first takes the trail's write lock (``hold_write_lock``), so the second waits for
the first to commit and chains after it; a writer that skips the lock still fails as above. Ids are given by the
program, never by a sequence.

The check (``verify_file``) reads the file read-only: the table, its ``chain`` column, the three triggers exactly
as written by the migration, then every event in id order (the canonical text is built by SQLite itself, so
2,000,000 events take seconds, off the UI thread). It names the first event whose link does not hold.

What a chain without an outside anchor cannot show: the newest events removed (triggers dropped and put back),
or a rewrite by someone who recomputes every later link with this published algorithm. The backups hold the
chain as it was.

A later migration that rebuilds ``audit_event`` (SQLite batch mode) drops its triggers: it must create
``SQLITE_TRIGGERS`` again (the check reports them missing otherwise).

On PostgreSQL (``verify_server``, ``verify_url``) the same protection is four PL/pgSQL triggers
(``SERVER_TRIGGERS``: no UPDATE, no DELETE, no TRUNCATE, the next id only; migration 0005) raising the same
words as an integrity error; the check also finds a trigger switched off (``ALTER TABLE … DISABLE TRIGGER``, what
the table's owner can do) and a function rewritten, then computes every link in Python over a server-side cursor.
A superuser's ``session_replication_role = replica`` silences the triggers for one session and leaves no trace
but the broken chain, which the check finds.

This module imports neither the ORM nor the models (``check`` and start-up use it on a plain sqlite3
connection; on a server, SQLAlchemy Core).
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

TABLE = "audit_event"
# The fields an event's link covers, in this order.
FIELDS = ("id", "at", "operator_id", "order_id", "entity", "entity_id", "action", "before", "after")
APPEND_ONLY = "the audit trail is append-only"
# Exactly as migration 0003_audit_chain creates them (compared with whitespace collapsed).
SQLITE_TRIGGERS = {
    "audit_event_no_update": (f"CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event "
                              f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END"),
    "audit_event_no_delete": (f"CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event "
                              f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END"),
    # Refuses REPLACE INTO an existing event (whose implicit delete fires no trigger), an insert out of order
    # and an insert without an id (NEW.id is -1 then).
    "audit_event_next_only": (f"CREATE TRIGGER audit_event_next_only BEFORE INSERT ON audit_event "
                                f"WHEN NEW.id IS NOT (SELECT coalesce(max(id), 0) + 1 FROM audit_event) "
                                f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END"),
}
# On PostgreSQL (migration 0005_server_audit_protection): four triggers, named like SQLite's (and one against
# TRUNCATE, which fires no row trigger), over two PL/pgSQL functions. The check compares each trigger as the server
# prints it (``pg_get_triggerdef``, schema prefixes dropped, whitespace collapsed), that it is enabled, and each
# function's source.
_SERVER_RAISE = "RAISE EXCEPTION 'the audit trail is append-only' USING ERRCODE = 'integrity_constraint_violation';"
SERVER_FUNCTIONS = {
    "audit_event_refuse": f"BEGIN {_SERVER_RAISE} END;",
    "audit_event_next_only": ("BEGIN IF NEW.id IS DISTINCT FROM (SELECT coalesce(max(id), 0) + 1 FROM audit_event) "
                              f"THEN {_SERVER_RAISE} END IF; RETURN NEW; END;"),
}
SERVER_TRIGGERS = {
    "audit_event_no_update": ("CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW "
                              "EXECUTE FUNCTION audit_event_refuse()"),
    "audit_event_no_delete": ("CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW "
                              "EXECUTE FUNCTION audit_event_refuse()"),
    "audit_event_no_truncate": ("CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event "
                                "FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse()"),
    "audit_event_next_only": ("CREATE TRIGGER audit_event_next_only BEFORE INSERT ON audit_event FOR EACH ROW "
                              "EXECUTE FUNCTION audit_event_next_only()"),
}
# SQLite writes the canonical text itself (fast). printf's %Q stops a text at a NUL character, so the texts'
# byte length is part of it too: nothing can hide behind a NUL.
_SQL_CANONICAL = ("printf('%Q,%Q,%Q,%Q,%Q,%Q,%Q,%Q,%Q,%d', id, at, operator_id, order_id, entity, entity_id, "
                  "action, before, after, length(CAST(at || entity || action || before || after AS BLOB)))")


def _at_text(value: Any) -> str | None:
    """An event's time as SQLAlchemy stores a DateTime in SQLite (``2026-11-28 09:00:00.000000``)."""
    if isinstance(value, datetime):
        return f"{value:%Y-%m-%d %H:%M:%S}.{value.microsecond:06d}"
    return None if value is None else str(value)


def _quote(value: Any) -> str:
    """SQLite's printf ``%Q``: NULL bare, anything else as a quoted text (cut at a NUL, quotes doubled)."""
    if value is None:
        return "NULL"
    return "'" + str(value).split("\x00", 1)[0].replace("'", "''") + "'"


def canonical(event: Sequence[Any]) -> str:
    """The text an event's link covers; ``event`` holds the values of ``FIELDS`` in order (``_SQL_CANONICAL``
    written in Python, for the program's writes and for a database that is not SQLite)."""
    values = list(event)
    values[1] = _at_text(values[1])
    texts = (values[1], values[4], values[6], values[7], values[8])
    size = 0 if any(t is None for t in texts) else sum(len(str(t).encode("utf-8")) for t in texts)
    return ",".join(_quote(v) for v in values) + f",{size}"


def link(previous: str, event: Sequence[Any]) -> str:
    """An event's ``chain``: SHA-256 of the previous event's chain ("" for the first) and its canonical text."""
    return hashlib.sha256((previous + canonical(event)).encode("utf-8")).hexdigest()


def seal(last_id: int, last_chain: str, events: Iterable[dict[str, Any]]) -> tuple[int, str]:
    """Give each event (a dict of ``FIELDS`` but ``id``, in the order written) the next id and its ``chain``,
    after the event ``last_id`` (0 for none) whose chain is ``last_chain``. Returns the new last id and chain."""
    for event in events:
        last_id += 1
        event["id"] = last_id
        last_chain = link(last_chain, [event.get(name) for name in FIELDS])
        event["chain"] = last_chain
    return last_id, last_chain


# --- several PCs on one server ---------------------------------------------------------------------------------
# PostgreSQL: the transaction that appends to the trail takes this advisory lock (until it commits or rolls back)
# before it reads the last event. A second PC's transaction then waits, reads the event the first one wrote, and
# chains after it, instead of giving its event the same id and failing on it. ``services.numbering`` takes the same
# lock for the garage's numbers: one lock, so two transactions never wait on each other's.
WRITE_LOCK = (0x67617261, 1)  # pg_advisory_xact_lock(int, int): the program's key space ("gara"), key 1


# The PostgreSQL channel every PC listens on for the others' changes (issue 17).
CHANGES_CHANNEL = "garage_changes"


def hold_write_lock(connection: Any) -> None:
    """Take the trail's write lock on an SQLAlchemy ``Connection`` until its transaction ends, and announce the
    change to the other PCs at commit (PostgreSQL only: SQLite lets one transaction write at a time anyway, and
    the other processes on a file look for changes themselves)."""
    if connection.dialect.name == "postgresql":
        from sqlalchemy import text

        connection.execute(text("SELECT pg_advisory_xact_lock(:space, :key)"),
                           {"space": WRITE_LOCK[0], "key": WRITE_LOCK[1]})
        # The other PCs hear of it when this transaction commits (LISTEN, ``db.server.listen``); never if it rolls
        # back. One notice a transaction, however many flushes.
        connection.execute(text("SELECT pg_notify(:channel, '')"), {"channel": CHANGES_CHANNEL})


# --- the check ----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Finding:
    """What is wrong with the audit trail, for ``check`` (``describe``) and the window (by ``kind``)."""

    kind: str  # "no_table", "no_chain", "trigger_missing", "trigger_changed", "trigger_disabled", "trigger_extra",
    #            "altered", "unreadable"
    name: str = ""  # the trigger, or SQLite's complaint for "unreadable"
    event_id: int | None = None
    at: str = ""  # the event's time as stored (minutes shown)

    @property
    def when(self) -> str:
        return self.at[:16]

    def describe(self) -> str:
        if self.kind == "no_table":
            return "the audit trail (table audit_event) is missing from the database"
        if self.kind == "no_chain":
            return "the audit trail has no hash chain (column audit_event.chain is missing)"
        if self.kind == "trigger_missing":
            return f"the audit trail's protection {self.name} was removed: its events could be changed unseen"
        if self.kind == "trigger_changed":
            return f"the audit trail's protection {self.name} was changed: its events could be changed unseen"
        if self.kind == "trigger_disabled":
            return f"the audit trail's protection {self.name} was switched off: its events could be changed unseen"
        if self.kind == "trigger_extra":
            return f"an unknown trigger {self.name} was added to the audit trail"
        if self.kind == "altered":
            return (f"the audit trail was altered at event {self.event_id} of {self.when}: that event, or the one "
                    "just before it, was changed, removed or put in afterwards")
        return f"the audit trail cannot be read: {self.name}"


@dataclass(frozen=True)
class Verdict:
    finding: Finding | None
    events: int  # events whose links hold (all of them when there is no finding)


def _collapsed(sql: str | None) -> str:
    return " ".join((sql or "").split())


def verify_connection(conn: sqlite3.Connection) -> Verdict:
    """Check the audit trail of an open SQLite database (read only; it changes nothing)."""
    try:
        if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,)).fetchone() is None:
            return Verdict(Finding("no_table"), 0)
        columns = {row[1] for row in conn.execute(f"PRAGMA table_info({TABLE})")}
        if "chain" not in columns:
            return Verdict(Finding("no_chain"), 0)
        found = {name: sql for name, sql in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (TABLE,))}
        for name, sql in SQLITE_TRIGGERS.items():
            if name not in found:
                return Verdict(Finding("trigger_missing", name), 0)
            if _collapsed(found[name]) != _collapsed(sql):
                return Verdict(Finding("trigger_changed", name), 0)
        for name in sorted(set(found) - set(SQLITE_TRIGGERS)):
            return Verdict(Finding("trigger_extra", name), 0)
        return _verify_chain(conn)
    except sqlite3.Error as error:
        return Verdict(Finding("unreadable", str(error)), 0)


def _verify_chain(conn: sqlite3.Connection) -> Verdict:
    factory = conn.text_factory
    conn.text_factory = bytes  # no decoding: the hash wants bytes, and this loop is the whole cost
    try:
        sha256 = hashlib.sha256
        previous, count = b"", 0
        # The id is in each link: a removed event breaks the next one's (ids need not be gapless).
        rows = conn.execute(f"SELECT id, {_SQL_CANONICAL}, chain FROM {TABLE} ORDER BY id")
        for event_id, text, chain in rows:
            previous = sha256(previous + text).hexdigest().encode("ascii")
            if previous != chain:
                at = conn.execute(f"SELECT CAST(at AS TEXT) FROM {TABLE} WHERE id = ?", (event_id,)).fetchone()[0]
                return Verdict(Finding("altered", event_id=event_id,
                                       at=at.decode("utf-8", "replace") if at is not None else ""), count)
            count += 1
        return Verdict(None, count)
    finally:
        conn.text_factory = factory


def verify_file(path: Path) -> Verdict:
    """Check the audit trail of the SQLite file at ``path``, opened read-only."""
    from garage_desktop.db.backup import sqlite_uri

    try:
        conn = sqlite3.connect(sqlite_uri(path), uri=True)
    except sqlite3.Error as error:
        return Verdict(Finding("unreadable", str(error)), 0)
    try:
        return verify_connection(conn)
    finally:
        conn.close()


# --- the check on a server (PostgreSQL) -------------------------------------------------------------------------
def _server_definition(sql: str | None) -> str:
    """A trigger as the server prints it, comparable with ``SERVER_TRIGGERS`` (the schema the program's tables
    are in is named when it is not on the search path)."""
    return _collapsed((sql or "").replace("public.", ""))


def verify_server(connection: Any) -> Verdict:
    """Check the audit trail of a PostgreSQL database over an open SQLAlchemy ``Connection`` (it only reads;
    the caller's transaction is left as it was). The events are streamed in id order and each link computed here
    (``canonical``), as the program computed it when writing."""
    from sqlalchemy import text
    from sqlalchemy.exc import SQLAlchemyError

    try:
        if connection.execute(text("SELECT to_regclass(:name)"), {"name": TABLE}).scalar() is None:
            return Verdict(Finding("no_table"), 0)
        columns = set(connection.execute(text(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
            "AND table_name = :name"), {"name": TABLE}).scalars())
        if "chain" not in columns:
            return Verdict(Finding("no_chain"), 0)
        found = {name: (definition, enabled, function, source) for name, definition, enabled, function, source
                 in connection.execute(text(
                     "SELECT t.tgname, pg_get_triggerdef(t.oid), t.tgenabled, p.proname, p.prosrc "
                     "FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid "
                     "WHERE t.tgrelid = CAST(:name AS regclass) AND NOT t.tgisinternal"), {"name": TABLE})}
        for name, sql in SERVER_TRIGGERS.items():
            if name not in found:
                return Verdict(Finding("trigger_missing", name), 0)
            definition, enabled, function, source = found[name]
            if (_server_definition(definition) != _collapsed(sql)
                    or _collapsed(source) != _collapsed(SERVER_FUNCTIONS.get(function))):
                return Verdict(Finding("trigger_changed", name), 0)
            if enabled not in ("O", b"O"):  # "D": ALTER TABLE … DISABLE TRIGGER
                return Verdict(Finding("trigger_disabled", name), 0)
        for name in sorted(set(found) - set(SERVER_TRIGGERS)):
            return Verdict(Finding("trigger_extra", name), 0)
        return _verify_server_chain(connection)
    except SQLAlchemyError as error:
        return Verdict(Finding("unreadable", str(getattr(error, "orig", None) or error).strip()), 0)


def _verify_server_chain(connection: Any) -> Verdict:
    from sqlalchemy import text

    sha256 = hashlib.sha256
    previous, count = "", 0
    rows = connection.execution_options(stream_results=True, yield_per=10_000).execute(text(
        f"SELECT {', '.join(FIELDS)}, chain FROM {TABLE} ORDER BY id"))
    try:
        for row in rows:
            previous = sha256((previous + canonical(row[:9])).encode("utf-8")).hexdigest()
            if previous != row[9]:
                return Verdict(Finding("altered", event_id=row[0], at=_at_text(row[1]) or ""), count)
            count += 1
    finally:
        rows.close()
    return Verdict(None, count)


def verify_url(url: str) -> Verdict:
    """Check the audit trail of the (server) database at ``url``; a connection that fails is "unreadable"."""
    from sqlalchemy import create_engine
    from sqlalchemy.exc import SQLAlchemyError

    engine = create_engine(url, hide_parameters=True)
    try:
        with engine.connect() as connection:
            try:
                return verify_server(connection)
            finally:
                connection.rollback()
    except SQLAlchemyError as error:
        return Verdict(Finding("unreadable", str(getattr(error, "orig", None) or error).strip()), 0)
    finally:
        engine.dispose()
