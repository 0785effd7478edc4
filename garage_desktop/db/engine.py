"""The engine (SQLite pragmas for a PC that gets switched off at the wall) and the unit of work.

The ORM (``sqlalchemy.orm``) is imported on the first session, not with this module: start-up shows the
workshop board through plain Core connections (``read_scope``) and loads the ORM once the window is up.
"""

from __future__ import annotations

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


class Database:
    """One database: its engine and a session factory. Services get sessions from ``session_scope``."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self._sessions: sessionmaker[Session] | None = None

    def sessions(self) -> sessionmaker[Session]:
        """The session factory, made (and the ORM imported) on first use."""
        if self._sessions is None:
            from sqlalchemy.orm import sessionmaker

            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        return self._sessions

    @contextmanager
    def session_scope(self) -> Iterator[Session]:
        """One user action = one transaction: commit on success, roll back on any error."""
        session = self.sessions()()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def read_scope(self) -> Iterator[Connection]:
        """A plain Core connection for reading, rolled back at the end (never writes). For the Core-only
        reads start-up makes before the ORM is loaded (the board, the operators)."""
        with self.engine.connect() as connection:
            try:
                yield connection
            finally:
                connection.rollback()

    def dispose(self) -> None:
        self.engine.dispose()
