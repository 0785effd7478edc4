"""Backups of the SQLite file: SQLite's online backup (never a file copy of a live database), each verified
with an integrity check; retention of the last 30 daily and 12 monthly copies; restore that saves the current
file aside first and refuses a backup that fails its check."""

from __future__ import annotations

import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

KEEP_DAILY = 30
KEEP_MONTHLY = 12
_NAME = re.compile(r"^garage-(\d{8})-(\d{6})\.sqlite3$")

Progress = Callable[[int, int], None]


class BackupError(Exception):
    """A backup or restore could not be made safely; the message says why."""


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    integrity: str  # "ok" or SQLite's first complaint
    revision: str | None  # the schema (Alembic) revision stored in the file


def check_file(path: Path, *, full: bool = True) -> CheckResult:
    """Integrity check and schema revision of a SQLite file, opened read-only.

    ``full=False`` reads only the header, the schema and the revision (milliseconds, for start-up); the full
    ``integrity_check`` reads every page (seconds on a big file)."""
    if not path.is_file():
        return CheckResult(False, f"{path} does not exist", None)
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            if full:
                rows = conn.execute("PRAGMA integrity_check").fetchall()
                integrity = "ok" if rows == [("ok",)] else "; ".join(str(r[0]) for r in rows[:5])
            else:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # a damaged header fails here
                integrity = "ok"
            has_version = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone()
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] if has_version \
                else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        return CheckResult(False, str(error), None)
    return CheckResult(integrity == "ok", integrity, revision)


def backup_name(moment: datetime) -> str:
    return f"garage-{moment:%Y%m%d-%H%M%S}.sqlite3"


def online_backup(source: Path, target: Path, progress: Progress | None = None) -> None:
    """Copy a (possibly live) database with SQLite's backup API into ``target``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    if partial.exists():
        partial.unlink()
    src = sqlite3.connect(str(source))
    dst = sqlite3.connect(str(partial))
    try:
        def report(_status: int, remaining: int, total: int) -> None:
            if progress is not None:
                progress(total - remaining, total)

        src.backup(dst, pages=256, progress=report)
    finally:
        dst.close()
        src.close()
    partial.replace(target)


def make_backup(db_file: Path, folder: Path, *, now: datetime | None = None,
                progress: Progress | None = None) -> Path:
    """Back up ``db_file`` into ``folder``, verify the copy, apply retention. Returns the backup's path."""
    if not db_file.is_file():
        raise BackupError(f"there is no database file {db_file}")
    moment = now or datetime.now()
    target = folder / backup_name(moment)
    online_backup(db_file, target, progress)
    result = check_file(target)
    if not result.ok:
        target.unlink(missing_ok=True)
        raise BackupError(f"the backup failed its integrity check: {result.integrity}")
    prune(folder)
    return target


def backups(folder: Path) -> list[tuple[datetime, Path]]:
    """The backups in ``folder``, newest first."""
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            match = _NAME.match(path.name)
            if match:
                found.append((datetime.strptime(match[1] + match[2], "%Y%m%d%H%M%S"), path))
    return sorted(found, reverse=True)


def to_keep(stamps: list[datetime]) -> set[datetime]:
    """Retention: the newest backup of each of the last 30 days that have one, and of the last 12 months."""
    newest_first = sorted(stamps, reverse=True)
    keep: set[datetime] = set()
    days: list[object] = []
    months: list[object] = []
    for stamp in newest_first:
        day, month = stamp.date(), (stamp.year, stamp.month)
        if day not in days and len(days) < KEEP_DAILY:
            days.append(day)
            keep.add(stamp)
        if month not in months and len(months) < KEEP_MONTHLY:
            months.append(month)
            keep.add(stamp)
    return keep


def prune(folder: Path) -> list[Path]:
    found = backups(folder)
    keep = to_keep([stamp for stamp, _ in found])
    removed = []
    for stamp, path in found:
        if stamp not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def restore(backup: Path, db_file: Path, *, now: datetime | None = None) -> Path | None:
    """Replace ``db_file`` with ``backup`` after checking it; the current file is saved aside first.

    Returns where the current file was saved (None if there was none). The program must not have the database
    open while restoring.
    """
    result = check_file(backup)
    if not result.ok:
        raise BackupError(f"{backup} failed its integrity check ({result.integrity}); nothing was changed")
    moment = now or datetime.now()
    saved: Path | None = None
    if db_file.exists():
        saved = db_file.with_name(f"{db_file.stem}.before-restore-{moment:%Y%m%d-%H%M%S}{db_file.suffix}")
        online_backup(db_file, saved)
    for suffix in ("-wal", "-shm"):
        side = db_file.with_name(db_file.name + suffix)
        if side.exists():
            side.unlink()
    partial = db_file.with_name(db_file.name + ".restoring")
    shutil.copyfile(backup, partial)  # the backup is a closed, checked file: a plain copy is safe here
    partial.replace(db_file)
    return saved
