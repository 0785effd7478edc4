"""The one module of the window that touches ``garage_desktop.db``: it makes the ``Database`` object (and loads
the ORM's models once the board is up). Checking, migrating, backing up and restoring the garage file are
``services.garage_file``'s; every other screen goes through services with ``AppContext``.

No Qt widgets here: ``ui.app`` (start-up) and ``ui.backup_actions`` (a restore reopens the file) both use it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from garage_desktop.db.engine import Database
from garage_desktop.services import garage_file

__all__ = ["Database", "StartupRefused", "load_models", "open_database"]


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
