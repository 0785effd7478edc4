"""The one module of the window that touches ``garage_desktop.db``: it makes the ``Database`` object (and loads
the ORM's models once the board is up). Checking, migrating, backing up and restoring the garage file are
``services.garage_file``'s; every other screen goes through services with ``AppContext``.

No Qt widgets here: ``ui.app`` (start-up) and ``ui.backup_actions`` (a restore reopens the file) both use it.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

from garage_desktop.db.engine import Database, is_busy
from garage_desktop.services import garage_file

__all__ = ["Database", "StartupRefused", "is_busy", "listen_for_changes", "load_models", "open_database", "upkeep_if_due"]

log = logging.getLogger(__name__)
UPKEEP_ROOT = "upkeep/last"  # QSettings: when this PC last ran the upkeep of a database (by its URL's hash)


class StartupRefused(Exception):
    """The database must not be opened as it is (damaged, or written by a newer program)."""

    def __init__(self, message: str, db_file: Path) -> None:
        super().__init__(message)
        self.db_file = db_file


def _refusal_text(refused: garage_file.OpenRefused) -> str:
    """The refusal in the UI language (the "App" context these sentences have always been translated in)."""
    db_file, state = refused.db_file, refused.inspection
    if refused.verdict is garage_file.Verdict.DAMAGED:
        return QCoreApplication.translate(
            "App", "The database file {file} is damaged ({detail}). It was not changed.").format(
            file=db_file, detail=state.detail)
    if refused.verdict is garage_file.Verdict.FOREIGN:
        return QCoreApplication.translate(
            "App", "The file {file} is not a garage database this program can open as it is ({detail}). "
            "It was not changed.").format(file=db_file, detail=state.detail)
    if refused.verdict is garage_file.Verdict.TOO_NEW:
        return QCoreApplication.translate(
            "App", "The database file {file} was written by a newer version of this program (schema "
            "{revision}). Install the newer version, or restore a backup made by this one.").format(
            file=db_file, revision=state.revision)
    return str(refused)


def open_database(url: str) -> Database:
    """Check, back up if an upgrade is due, migrate, and make sure somebody can act (a first owner).

    A damaged database or one from a newer program raises ``StartupRefused``: it is never overwritten or
    "repaired" silently.
    """
    try:
        opening = garage_file.check_before_opening(url)
    except garage_file.OpenRefused as refused:
        raise StartupRefused(_refusal_text(refused), refused.db_file) from refused
    db = Database(url)
    if not opening.current:  # a current file was created, migrated and given its first owner before
        # A new garage's first owner, model classes and starter catalog are written in the window's script.
        app = QCoreApplication.instance()
        language = app.property("garage_language") if app is not None else None
        garage_file.migrate(db, language=str(language or "zh_CN"))
    return db


def load_models() -> None:
    """Load the ORM, declare the models and configure their mappings (see ``ui.app.warm_up``)."""
    from sqlalchemy.orm import configure_mappers

    from garage_desktop.db import models  # noqa: F401 - declares the mapped classes

    configure_mappers()


def listen_for_changes(db: Database, heard: Callable[[], None], stop: threading.Event) -> None:
    """On a server: call ``heard`` whenever another connection commits a change, until ``stop`` (a thread of its
    own; ``ui.seat_watch``)."""
    from garage_desktop.db import server

    server.listen(str(db.url), heard, stop)


def _upkeep_key(db: Database) -> str:
    return f"{UPKEEP_ROOT}/{hashlib.sha256(str(db.url).encode('utf-8')).hexdigest()[:16]}"


def upkeep_if_due(db: Database, now: datetime | None = None):  # type: ignore[no-untyped-def]
    """At close: the database's upkeep (``services.upkeep``: statistics, free pages) unless this PC ran it within
    the week; when it ran is kept in QSettings under the database. Returns what was done (None: not due). Never
    raises: closing must not fail for it."""
    from garage_desktop.services import clock, upkeep

    now = now or clock.now()
    settings = QSettings()
    stored = settings.value(_upkeep_key(db))
    try:
        last = datetime.fromisoformat(str(stored)) if stored else None
    except ValueError:
        last = None
    if not upkeep.due(last, now):
        return None
    try:
        with db.engine.connect() as connection:
            done = upkeep.run(connection)
    except Exception:
        log.exception("database upkeep failed")
        return None
    settings.setValue(_upkeep_key(db), now.isoformat(timespec="seconds"))
    log.info("database upkeep: %s (%.1f s)", done.note, done.seconds)
    return done
