"""Start-up checks of a SQLite database: damaged, not a garage's, or from a newer program → refused (never
repaired or stamped over silently); an upgrade runs only after a backup of the file as it was."""

from __future__ import annotations

import os
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from garage_desktop.db import audit_chain, backup
from garage_desktop.db.migrate import HEAD_REVISION, known_revision_ids


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


def full_check(db_file: Path) -> backup.CheckResult:
    """The full integrity check of the file in use (run off the UI thread once the window is up)."""
    return backup.check_file(db_file)


def audit_check(db_file: Path) -> audit_chain.Verdict:
    """The audit trail of the file in use: its table, its append-only triggers and every event's link (run off
    the UI thread after ``full_check``: seconds on years of events). Finding it altered never stops the
    program: the window tells the user (README, "Rules written down")."""
    return audit_chain.verify_file(db_file)


def backup_before_upgrade(db_file: Path, folder: Path, revision: str | None = None) -> Path:
    """The file as it was before migrating, kept in ``folder/pre-upgrade/`` named for the schema ``revision`` it
    holds, outside the daily/monthly retention (a daily backup the same day must not prune it)."""
    if revision is None:
        revision = backup.check_file(db_file, full=False).revision or "unversioned"
    return backup.make_pre_upgrade_backup(db_file, folder, revision)


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


def due_for_daily_backup(folder: Path, now_stamp: float, *, hours: float = 24, stem: str | None = None) -> bool:
    """True when the newest backup (of the database named ``stem``) in ``folder`` is older than ``hours`` (or
    there is none)."""
    found = backup.backups(folder, stem)
    if not found:
        return True
    return now_stamp - found[0][0].timestamp() >= hours * 3600
