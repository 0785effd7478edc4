"""Start-up checks of a SQLite database: damaged or from a newer program → refused (never repaired silently);
an upgrade runs only after a backup of the file as it was."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from garage_desktop.db import backup
from garage_desktop.db.migrate import HEAD_REVISION, known_revision_ids


class Verdict(StrEnum):
    NEW = "new"  # no file yet: it will be created
    CURRENT = "current"
    UPGRADE = "upgrade"  # an older schema: back up, then migrate
    DAMAGED = "damaged"
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
    if not db_file.exists() or db_file.stat().st_size == 0:
        return Inspection(Verdict.NEW)
    result = backup.check_file(db_file, full=False)
    if not result.ok:
        return Inspection(Verdict.DAMAGED, result.integrity)
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


def backup_before_upgrade(db_file: Path, folder: Path) -> Path:
    """The file as it was before migrating, kept in the backup folder (retention applies as usual)."""
    return backup.make_backup(db_file, folder)


def due_for_daily_backup(folder: Path, now_stamp: float, *, hours: float = 24) -> bool:
    """True when the newest backup in ``folder`` is older than ``hours`` (or there is none)."""
    found = backup.backups(folder)
    if not found:
        return True
    return now_stamp - found[0][0].timestamp() >= hours * 3600
