"""The garage file's life: open it (after the start-up checks), check it, migrate it, back it up, restore it.

The window (``ui.app``, ``ui.backup_actions``) and the command line (``cli_backup``) both come here; neither
reaches into ``db/`` for the file. What comes back is plain values (paths, the dataclasses below, the check's
``CheckResult`` and the audit trail's ``Finding``); what goes wrong is a ``GarageFileError`` (a ``DomainError``)
saying why in plain words:

- ``OpenRefused``: the file must not be opened as it is (damaged, a 0-byte file, not a garage's file or an odd
  schema stamp, written by a newer program). It is never repaired or stamped over silently.
- ``BackupFailed``: a backup could not be made, or not checked (the folder, the disk, the file itself).
- ``RestoreRefused``: the chosen file is not an intact garage backup this program can open, or it could not be
  put in place; nothing was changed.

An upgrade (an older schema) runs only after a backup of the file as it was (``pre-upgrade/`` of the backup
folder, outside the daily retention).
"""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from garage_desktop.db import audit_chain, backup
from garage_desktop.db.audit_chain import Finding
from garage_desktop.db.audit_chain import Verdict as AuditVerdict
from garage_desktop.db.backup import CheckResult, Progress
from garage_desktop.db.migrate import HEAD_REVISION, known_revision_ids
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError

if TYPE_CHECKING:
    from garage_desktop.db.engine import Database

__all__ = [
    "AuditVerdict", "BackupFailed", "CheckResult", "FileCheck", "Finding", "GarageFileError", "Health",
    "Inspection", "OpenRefused", "Opening", "RestoreRefused", "Verdict", "audit_check", "backup_before_upgrade",
    "check", "check_before_opening", "default_backup_folder", "due_for_daily_backup", "full_check",
    "inspect_file", "last_backup_at", "make_backup", "migrate", "restore", "unwritable", "verify_backup",
]

log = logging.getLogger(__name__)

# The refusals in plain words (the window shows its own translation of the same sentences, see ui.database).
DAMAGED = QT_TRANSLATE_NOOP("Domain", "The database file {file} is damaged ({detail}). It was not changed.")
FOREIGN = QT_TRANSLATE_NOOP("Domain", "The file {file} is not a garage database this program can open as it is "
                                      "({detail}). It was not changed.")
TOO_NEW = QT_TRANSLATE_NOOP("Domain", "The database file {file} was written by a newer version of this program "
                                      "(schema {revision}). Install the newer version, or restore a backup made by "
                                      "this one.")


# --- errors ---------------------------------------------------------------------------------------------------
class GarageFileError(DomainError):
    """The garage file could not be opened, backed up or restored as asked; the message says why."""


class OpenRefused(GarageFileError):
    """The file must not be opened as it is (``verdict``: DAMAGED, FOREIGN or TOO_NEW); it was not changed."""

    def __init__(self, message: str, verdict: Verdict, db_file: Path, inspection: Inspection) -> None:
        super().__init__(message, file=db_file, detail=inspection.detail, revision=inspection.revision or "")
        self.verdict = verdict
        self.db_file = db_file
        self.inspection = inspection


class BackupFailed(GarageFileError):
    """A backup could not be made (or failed its check); why, in plain words."""


class RestoreRefused(GarageFileError):
    """A restore was refused or could not be completed; nothing was changed."""


# --- the start-up checks --------------------------------------------------------------------------------------
class Verdict(StrEnum):
    NEW = "new"  # no file yet (or one without a single table): it will be created
    CURRENT = "current"
    UPGRADE = "upgrade"  # an older schema: back up, then migrate
    DAMAGED = "damaged"  # fails its check, or is empty (0 bytes: a garage's file never is)
    FOREIGN = "foreign"  # intact, but not a garage database as it is (no or an odd schema stamp, other tables)
    TOO_NEW = "too_new"


@dataclass(frozen=True)
class Inspection:
    verdict: Verdict
    detail: str = ""
    revision: str | None = None


def inspect_file(db_file: Path) -> Inspection:
    """What to do with the file at start-up. A current file gets only the quick check here (the full integrity
    check reads every page — seconds on years of data — and runs after the window is up, see
    ``full_check``); a file about to be migrated gets the full check first."""
    if not db_file.exists():
        return Inspection(Verdict.NEW)
    result = backup.check_file(db_file, full=False)  # a 0-byte file fails here: a truncated garage, not a new one
    if not result.ok:
        return Inspection(Verdict.DAMAGED, result.integrity)
    if result.problem:
        return Inspection(Verdict.FOREIGN, result.problem, result.revision)
    if result.empty:  # created but never given its tables (a first start cut off): only if nothing is hidden in it
        full = backup.check_file(db_file)
        return Inspection(Verdict.NEW) if full.ok else Inspection(Verdict.DAMAGED, full.integrity)
    if result.revision == HEAD_REVISION:
        return Inspection(Verdict.CURRENT, revision=result.revision)
    if result.revision is not None and result.revision not in known_revision_ids():
        return Inspection(Verdict.TOO_NEW, result.revision, result.revision)
    full = backup.check_file(db_file)
    if not full.ok:
        return Inspection(Verdict.DAMAGED, full.integrity)
    return Inspection(Verdict.UPGRADE, revision=result.revision)


def unwritable(db_file: Path) -> tuple[str, Path] | None:
    """Why the program could not save into ``db_file``: ("folder", the data folder) when the folder is not
    writable (no lock, no journal, no new file), ("file", the file) when the database file (or its -wal/-shm)
    is read-only; None when it can save."""
    folder = db_file.parent
    if folder.is_dir() and not os.access(folder, os.W_OK | os.X_OK):
        return "folder", folder
    for path in (db_file, db_file.with_name(db_file.name + "-wal"), db_file.with_name(db_file.name + "-shm")):
        if path.is_file() and not os.access(path, os.W_OK):
            return "file", path
    return None


# --- open -----------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Opening:
    """What the start-up checks found: the file (None for a server database, which gets none of them), its
    inspection, and the copy made before an upgrade (None when none was due)."""

    db_file: Path | None
    inspection: Inspection | None
    pre_upgrade_backup: Path | None = None

    @property
    def current(self) -> bool:
        """Created, migrated and given its first owner before: nothing more to do (start-up speed)."""
        return self.inspection is not None and self.inspection.verdict is Verdict.CURRENT


def check_before_opening(url: str) -> Opening:
    """The start-up checks of the file behind ``url``, before anything opens it: a damaged (or 0-byte) file, one
    that is not a garage's (no, an empty or a doubled schema stamp; other tables) and one from a newer program
    raise ``OpenRefused`` and are left as they are. An older schema is backed up first (``BackupFailed`` if that
    cannot be done); ``migrate`` then brings it up to date once the Database is made."""
    from garage_desktop.paths import sqlite_file

    db_file = sqlite_file(url)
    if db_file is None:
        return Opening(None, None)
    state = inspect_file(db_file)
    refusal = {Verdict.DAMAGED: DAMAGED, Verdict.FOREIGN: FOREIGN, Verdict.TOO_NEW: TOO_NEW}.get(state.verdict)
    if refusal is not None:
        raise OpenRefused(refusal, state.verdict, db_file, state)
    saved = None
    if state.verdict is Verdict.UPGRADE:
        saved = backup_before_upgrade(db_file, default_backup_folder(db_file), state.revision)
        log.info("backed up %s to %s before upgrading its schema", db_file, saved)
    return Opening(db_file, state, saved)


def migrate(db: Database, language: str = "zh_CN") -> bool:
    """Bring the opened database to the current schema (Alembic; refuses one from a newer program) and make
    sure somebody can act (a first owner, with the starter catalog, named in ``language``'s script: zh_TW
    Traditional, anything else Simplified); its file is made the user's alone (the customers' names and phones).
    True if a migration ran. Call it after ``check_before_opening``, unless that found the file current."""
    from garage_desktop.db.migrate import upgrade
    from garage_desktop.paths import private_file, sqlite_file
    from garage_desktop.services import bootstrap

    migrated = upgrade(db.engine)
    with db.session_scope() as session:
        bootstrap.ensure_first_operator(session, language="zh_TW" if language == "zh_TW" else "zh_CN")
    db_file = sqlite_file(db.url)
    if db_file is not None:
        for path in (db_file, db_file.with_name(db_file.name + "-wal"), db_file.with_name(db_file.name + "-shm")):
            if path.exists():
                private_file(path)
    return migrated


# --- check ----------------------------------------------------------------------------------------------------
def full_check(db_file: Path) -> CheckResult:
    """The full integrity check of the file in use (run off the UI thread once the window is up)."""
    return backup.check_file(db_file)


def audit_check(db_file: Path) -> AuditVerdict:
    """The audit trail of the file in use: its table, its append-only triggers and every event's link (run off
    the UI thread after ``full_check``: seconds on years of events). Finding it altered never stops the
    program: the window tells the user (README, "Rules written down")."""
    return audit_chain.verify_file(db_file)


class Health(StrEnum):
    DAMAGED = "damaged"  # fails the integrity check (or cannot be read at all)
    FOREIGN = "foreign"  # intact, but not a garage database as it is
    AUDIT_ALTERED = "audit_altered"  # current schema, but the audit trail no longer matches what was written
    CURRENT = "current"  # intact, current schema, audit trail intact
    TOO_NEW = "too_new"  # written by a newer program version
    UPGRADE_DUE = "upgrade_due"  # intact, an older schema (or none yet): upgraded at the next start
    UNREACHABLE = "unreachable"  # a server database that cannot be reached (server, network, login, password)


@dataclass(frozen=True)
class FileCheck:
    health: Health
    detail: str = ""  # SQLite's complaint, what is not a garage's, or where the audit trail was altered
    revision: str | None = None
    events: int = 0  # audit events checked (CURRENT)
    finding: Finding | None = None  # AUDIT_ALTERED

    @property
    def ok(self) -> bool:
        return self.health in (Health.CURRENT, Health.UPGRADE_DUE)


def check(db_file: Path) -> FileCheck:
    """The full check of a file (the command line's ``check``): integrity, schema stamp and version, and for a
    current schema the audit trail. Reads the file read-only."""
    result = backup.check_file(db_file)
    if not result.ok:
        return FileCheck(Health.DAMAGED, result.integrity)
    if result.problem:
        return FileCheck(Health.FOREIGN, result.problem, result.revision)
    if result.revision == HEAD_REVISION:
        audit = audit_chain.verify_file(db_file)
        if audit.finding is not None:
            return FileCheck(Health.AUDIT_ALTERED, audit.finding.describe(), result.revision, audit.events,
                             audit.finding)
        return FileCheck(Health.CURRENT, "", result.revision, audit.events)
    if result.revision is not None and result.revision not in known_revision_ids():
        return FileCheck(Health.TOO_NEW, "", result.revision)
    return FileCheck(Health.UPGRADE_DUE, "", result.revision)


# --- back up --------------------------------------------------------------------------------------------------
def default_backup_folder(db_file: Path) -> Path:
    """The folder set in the garage's settings, else backups/ beside the database file. Reads the file
    read-only: never creates it, never changes it."""
    folder = ""
    if db_file.is_file() and db_file.stat().st_size > 0:
        try:
            conn = sqlite3.connect(backup.sqlite_uri(db_file), uri=True)
            try:
                row = conn.execute("SELECT value FROM setting WHERE key = 'backup_folder'").fetchone()
            finally:
                conn.close()
            folder = (row[0] or "").strip() if row else ""
        except sqlite3.Error:  # an unreadable database still gets its backup beside it
            folder = ""
    return Path(folder).expanduser() if folder else db_file.parent / "backups"


def last_backup_at(db_file: Path) -> datetime | None:
    """When the newest backup of ``db_file`` in its backup folder (``default_backup_folder``) was made, by the
    time in its name; None when there is none yet. Reads the folder only."""
    found = backup.backups(default_backup_folder(db_file), db_file.stem)
    return found[0][0] if found else None


def make_backup(db_file: Path, folder: Path | None = None, *, progress: Progress | None = None) -> Path:
    """A verified backup of ``db_file`` (SQLite's online backup: the file may be open) into ``folder`` (the
    default backup folder if None), then the retention (the last 30 daily and 12 monthly). Returns the
    backup's path; ``BackupFailed`` says why there is none."""
    target = default_backup_folder(db_file) if folder is None else folder
    try:
        return backup.make_backup(db_file, target, progress=progress)
    except backup.BackupError as error:
        raise BackupFailed(str(error)) from error


def due_for_daily_backup(folder: Path, now_stamp: float, *, hours: float = 24, stem: str | None = None) -> bool:
    """True when the newest backup (of the database named ``stem``) in ``folder`` is older than ``hours`` (or
    there is none)."""
    found = backup.backups(folder, stem)
    if not found:
        return True
    return now_stamp - found[0][0].timestamp() >= hours * 3600


def backup_before_upgrade(db_file: Path, folder: Path, revision: str | None = None) -> Path:
    """The file as it was before migrating, kept in ``folder/pre-upgrade/`` named for the schema ``revision`` it
    holds, outside the daily/monthly retention (a daily backup the same day must not prune it)."""
    if revision is None:
        revision = backup.check_file(db_file, full=False).revision or "unversioned"
    try:
        return backup.make_pre_upgrade_backup(db_file, folder, revision)
    except backup.BackupError as error:
        raise BackupFailed(str(error)) from error


# --- restore --------------------------------------------------------------------------------------------------
def verify_backup(backup_file: Path) -> CheckResult:
    """Refuse (``RestoreRefused`` saying why) anything but an intact garage backup this program can open: a
    missing or empty file, a damaged one, another program's SQLite file, one from a newer program."""
    try:
        return backup.verify_backup(backup_file)
    except backup.BackupError as error:
        raise RestoreRefused(str(error)) from error


def restore(backup_file: Path, db_file: Path) -> Path | None:
    """Replace ``db_file`` with the checked ``backup_file``; the current file (with its -wal/-shm) is kept aside
    first. Returns where it was kept (None if there was none). Nothing may have the database open meanwhile.
    ``RestoreRefused`` (nothing changed) when the backup or the folder is not fit."""
    try:
        return backup.restore(backup_file, db_file)
    except backup.BackupError as error:
        raise RestoreRefused(str(error)) from error
