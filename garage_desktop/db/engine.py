"""The engine (SQLite pragmas for a PC that gets switched off at the wall) and the unit of work.

The ORM (``sqlalchemy.orm``) is imported on the first session, not with this module: start-up shows the
workshop board through plain Core connections (``read_scope``) and loads the ORM once the window is up.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, event

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(url: str) -> Engine:
    # Never put SQL parameters (customers' names, phones, addresses) into error messages, hence into the log.
    # A server's connections are checked before use: a PC left open overnight survives the server's restart.
    server = not url.startswith("sqlite")
    engine = create_engine(url, hide_parameters=True, pool_pre_ping=server)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


# What another connection holding the database makes a transaction fail with, for a moment only: SQLite's "database
# is locked" once ``busy_timeout`` has waited, PostgreSQL's serialization failure, deadlock and lock timeout. The
# whole action is worth trying again (``is_busy``; ``ui.context.AppContext.call`` does, briefly).
_BUSY_SQLSTATES = frozenset({"40001", "40P01", "55P03"})


def is_busy(error: BaseException) -> bool:
    """The transaction failed only because another connection held what it needed."""
    from sqlalchemy.exc import OperationalError

    original = getattr(error, "orig", None)
    if getattr(original, "sqlstate", None) in _BUSY_SQLSTATES:
        return True
    if isinstance(error, OperationalError):
        text = str(original or error).lower()
        return "database is locked" in text or "database is busy" in text or "database table is locked" in text
    return False


def hold_write(connection: Connection) -> None:
    """Take the database's write lock now, until the transaction ends (``Database.session_scope``)."""
    if connection.dialect.name == "sqlite":
        # The driver begins a transaction itself only before a write, and a deferred one: reads before the first
        # write would see the file as it was while another process commits (a stale stock figure written back,
        # an audit event numbered after an event that is no longer the last). Nothing here has run yet.
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        from garage_desktop.db import audit_chain

        audit_chain.hold_write_lock(connection)


def hold_snapshot(connection: Connection) -> None:
    """Make a read's statements see one moment of the database, until the transaction ends: a read of two
    statements (a part's stock, then its movements; the audit trail's last event, then the orders it changed) must
    not see another seat's commit land between them. SQLite's driver begins no transaction before a SELECT (each
    statement saw the file as it was then): a deferred ``BEGIN`` takes the snapshot at the first read and never
    waits (in WAL mode a reader holds no writer back). A server's default isolation gives each statement its own
    snapshot: ``REPEATABLE READ`` gives the transaction one (a read-only transaction there never fails for it)."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("BEGIN")
    else:
        connection.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")


class Database:
    """One database: its engine and a session factory. Services get sessions from ``session_scope``."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self._writing = threading.local()  # this thread is inside a writing ``session_scope``
        self._sessions: sessionmaker[Session] | None = None

    def sessions(self) -> sessionmaker[Session]:
        """The session factory, made (and the ORM imported) on first use."""
        if self._sessions is None:
            from sqlalchemy.orm import sessionmaker

            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        return self._sessions

    @contextmanager
    def session_scope(self, *, write: bool = True) -> Iterator[Session]:
        """One user action = one transaction: commit on success, roll back on any error.

        ``write`` (an action, not a read): the transaction takes the database's write lock before its first
        read, so what it reads (a balance, a part's stock, the last number or audit event) stays true until it
        commits, and two writers never take locks in opposite orders: SQLite's ``BEGIN IMMEDIATE`` (waiting up
        to ``busy_timeout`` for another writer), and on a server the audit trail's write lock every writing
        transaction takes anyway (``audit_chain.hold_write_lock``). Reads (``write=False``) never wait, and see
        one moment of the database (``hold_snapshot``)."""
        if write and getattr(self._writing, "active", False):
            # This thread's own action holds the write lock: a second one would wait for it for ever (SQLite gives
            # up after busy_timeout). A programming error, said at once.
            raise RuntimeError("a writing transaction opened inside another on the same thread")
        session = self.sessions()()
        try:
            if write:
                hold_write(session.connection())
                self._writing.active = True
            else:
                hold_snapshot(session.connection())
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            if write:
                self._writing.active = False
            session.close()

    @contextmanager
    def read_scope(self) -> Iterator[Connection]:
        """A plain Core connection for reading, rolled back at the end (never writes), seeing one moment of the
        database (``hold_snapshot``). For the Core-only reads start-up makes before the ORM is loaded (the board,
        the operators)."""
        with self.engine.connect() as connection:
            try:
                hold_snapshot(connection)
                yield connection
            finally:
                connection.rollback()

    def dispose(self) -> None:
        self.engine.dispose()
