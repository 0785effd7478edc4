"""Backups of the SQLite file: SQLite's online backup (never a file copy of a live database), each verified
with an integrity check; retention of the last 30 daily and 12 monthly copies; restore that refuses anything but
an intact garage backup and keeps the current file aside first.

A backup is one self-contained file (rollback-journal mode, no ``-wal``/``-shm`` beside it), readable by the
user only, named after the database file (``garage-20261128-180000.sqlite3`` for ``garage.sqlite3``). The copy
made before a schema upgrade goes into ``pre-upgrade/`` of the backup folder, named for the schema it holds,
outside the retention. Every failure is a ``BackupError`` saying why in plain words.
"""

from __future__ import annotations

import errno
import logging
import os
import re
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from garage_desktop.paths import PRIVATE_FILE, private_file, private_folder

log = logging.getLogger(__name__)

KEEP_DAILY = 30
KEEP_MONTHLY = 12
PRE_UPGRADE_FOLDER = "pre-upgrade"  # inside the backup folder; never pruned
# <stem>-<yyyymmdd>-<hhmmss>[-<n>].sqlite3: -<n> when two backups fall in the same second (.dump: a server
# database's backup, ``db.server``; the same retention).
_NAME = re.compile(r"^(?P<stem>.+?)-(?P<day>\d{8})-(?P<time>\d{6})(?:-(?P<seq>\d+))?\.(?:sqlite3|dump)$")
# Tables every garage database has had since its first schema: a file without them is not a garage's.
GARAGE_TABLES = frozenset({"operator", "setting", "customer", "vehicle", "repair_order"})
_LOCK_NAME = ".backup.lock"
_PARTIAL = re.compile(r"\.(sqlite3|dump)\.partial(-journal|-wal|-shm)?$")  # a backup being written (or cut off)

Progress = Callable[[int, int], None]


class BackupError(Exception):
    """A backup or restore could not be made safely; the message says why."""


@dataclass(frozen=True)
class CheckResult:
    ok: bool  # an intact SQLite file
    integrity: str  # "ok" or SQLite's first complaint (or why the file could not be read at all)
    revision: str | None  # the schema (Alembic) revision stored in the file
    problem: str = ""  # intact, but not a garage database as it is: why, in plain words
    empty: bool = False  # intact and without a single table (a new file: nothing in it to lose)


def sqlite_uri(path: Path, mode: str = "ro") -> str:
    """SQLite's ``file:`` URI for ``path``, escaped: a folder named ``a#b``, ``a?b`` or ``a%20b`` is that folder
    (``f"file:{path}?mode=ro"`` would cut the path at ``#``/``?`` and decode ``%20``)."""
    return f"{path.resolve().as_uri()}?mode={mode}"


def check_file(path: Path, *, full: bool = True) -> CheckResult:
    """Integrity check, schema revision and garage tables of a SQLite file, opened read-only.

    ``full=False`` reads only the header, the schema and the revision (milliseconds, for start-up); the full
    ``integrity_check`` reads every page (seconds on a big file)."""
    try:
        if not path.is_file():
            return CheckResult(False, f"{path} does not exist", None)
        if path.stat().st_size == 0:
            return CheckResult(False, "the file is empty, 0 bytes", None)
        conn = sqlite3.connect(sqlite_uri(path), uri=True)
        try:
            if full:
                rows = conn.execute("PRAGMA integrity_check").fetchall()
                integrity = "ok" if rows == [("ok",)] else "; ".join(str(r[0]) for r in rows[:5])
            else:
                integrity = "ok"
            tables = {name for (name,) in conn.execute(  # a damaged header fails here
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")}
            revision, problem = _schema_stamp(conn, tables)
        finally:
            conn.close()
    except sqlite3.Error as error:
        return CheckResult(False, str(error), None)
    except OSError as error:
        return CheckResult(False, f"{path} cannot be read: {error.strerror or error}", None)
    if integrity == "ok" and not tables:
        return CheckResult(True, integrity, None, empty=True)
    return CheckResult(integrity == "ok", integrity, revision, problem)


def _schema_stamp(conn: sqlite3.Connection, tables: set[str]) -> tuple[str | None, str]:
    """The schema revision stamped in the file, and what is wrong with the stamp or the tables ("" if nothing).
    A populated file is never taken for a new one: its tables without a stamp make it "not a garage file"."""
    if not tables:
        return None, ""
    if "alembic_version" not in tables:
        return None, ("it holds tables but no schema version (no alembic_version table): it is not a garage "
                      "database, or its version record was lost")
    try:
        rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.Error as error:
        return None, f"its schema version (alembic_version) cannot be read: {error}"
    if not rows or rows[0][0] is None:
        return None, "its schema version record (alembic_version) is empty"
    if len(rows) > 1:
        return None, "its schema version record (alembic_version) holds several versions"
    revision = str(rows[0][0])
    if not GARAGE_TABLES <= tables:
        return revision, ("it does not hold the garage's tables (customers, vehicles, orders): it is not a garage "
                          "database")
    return revision, ""


def verify_backup(backup: Path) -> CheckResult:
    """Refuse (``BackupError`` saying why) anything but an intact garage backup this program can open: a missing
    or empty file, a damaged one, another program's SQLite file, one from a newer version of the program."""
    if not backup.is_file():
        raise BackupError(f"{backup} does not exist; nothing was changed")
    if backup.stat().st_size == 0:
        raise BackupError(f"{backup} is empty (0 bytes): it is not a garage backup; nothing was changed")
    result = check_file(backup)
    if not result.ok:
        raise BackupError(f"{backup} failed its integrity check ({result.integrity}); nothing was changed")
    if result.empty:
        raise BackupError(f"{backup} holds no tables at all: it is not a garage backup; nothing was changed")
    if result.problem:
        raise BackupError(f"{backup} is not a garage backup: {result.problem}; nothing was changed")
    from garage_desktop.db.migrate import known_revision_ids

    if result.revision not in known_revision_ids():
        raise BackupError(f"{backup} was written by a newer version of the program (schema {result.revision}); "
                          "restore it with that version; nothing was changed")
    return result


def backup_name(moment: datetime, stem: str = "garage") -> str:
    return f"{stem}-{moment:%Y%m%d-%H%M%S}.sqlite3"


def online_backup(source: Path, target: Path, progress: Progress | None = None, *,
                  source_mode: str = "rw") -> CheckResult:
    """Copy a (possibly live) database with SQLite's backup API into ``target``, through ``target.partial``: one
    self-contained file in rollback-journal mode, readable by the user only. The copy gets the full integrity
    check before it takes ``target``'s name; if it fails, nothing is left and the failing check is returned.
    Raises sqlite3.Error/OSError."""
    partial = target.with_name(target.name + ".partial")
    try:
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE))
        private_file(partial)
        # "rw" never creates a missing file; "ro" for a backup being restored (never touched, even by a journal)
        src = sqlite3.connect(sqlite_uri(source, source_mode), uri=True)
        try:
            dst = sqlite3.connect(str(partial))
            try:
                def report(_status: int, remaining: int, total: int) -> None:
                    if progress is not None:
                        progress(total - remaining, total)

                src.backup(dst, pages=256, progress=report)
                # The copy carries the live file's WAL flag: without this, every reader leaves -wal/-shm beside it.
                dst.execute("PRAGMA journal_mode=DELETE").fetchall()
            finally:
                dst.close()
        finally:
            src.close()
        result = check_file(partial)
        if result.ok:
            partial.replace(target)
        return result
    finally:
        for leftover in _sidecars(partial, include_self=True):
            leftover.unlink(missing_ok=True)


def _sidecars(path: Path, *, include_self: bool = False) -> list[Path]:
    names = ([path.name] if include_self else []) + [path.name + s for s in ("-wal", "-shm", "-journal")]
    return [path.with_name(name) for name in names]


def make_backup(db_file: Path, folder: Path, *, now: datetime | None = None,
                progress: Progress | None = None) -> Path:
    """Back up ``db_file`` into ``folder``, verify the copy, apply retention. Returns the backup's path."""
    moment = now or datetime.now()
    made = _checked_backup(db_file, folder, f"{db_file.stem}-{moment:%Y%m%d-%H%M%S}", progress)
    try:
        prune(folder, db_file.stem)
    except OSError as error:  # the backup itself is written and checked
        log.warning("could not remove old backups in %s: %s", folder, error)
    return made


def make_pre_upgrade_backup(db_file: Path, folder: Path, revision: str, *, now: datetime | None = None) -> Path:
    """The file as it was before a schema upgrade, in ``folder/pre-upgrade/``, named for the schema revision it
    holds (``garage-pre-upgrade-0001_initial-20261128-090000.sqlite3``); never pruned."""
    moment = now or datetime.now()
    safe_revision = re.sub(r"[^\w.-]", "_", revision)
    return _checked_backup(db_file, folder / PRE_UPGRADE_FOLDER,
                           f"{db_file.stem}-pre-upgrade-{safe_revision}-{moment:%Y%m%d-%H%M%S}", None)


def _checked_backup(db_file: Path, folder: Path, base: str, progress: Progress | None) -> Path:
    if not db_file.is_file():
        raise BackupError(f"there is no database file {db_file}; nothing was backed up")
    source = check_file(db_file, full=False)
    if not source.ok:
        raise BackupError(f"the database file {db_file} cannot be backed up: it is damaged ({source.integrity}). "
                          "Restore the newest backup that passes its check")
    with _writing_into(folder):
        target = _unused_name(folder, base)
        try:
            result = online_backup(db_file, target, progress)
        except sqlite3.Error as error:
            raise BackupError(f"the backup of {db_file} into {folder} could not be made: {error}") from error
        except OSError as error:
            raise BackupError(_write_failure(folder, error)) from error
        if not result.ok:
            raise BackupError(f"the backup failed its integrity check ({result.integrity}); the database file "
                              f"{db_file} itself may be damaged: run 'garage-desktop check'")
    return target


def _write_failure(folder: Path, error: OSError) -> str:
    if isinstance(error, PermissionError) or error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"the backup folder {folder} is not writable"
    if error.errno in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return f"the disk holding the backup folder {folder} is full"
    return f"the backup could not be written into {folder}: {error.strerror or error}"


@contextmanager
def _writing_into(folder: Path) -> Iterator[None]:
    """The backup folder, made if needed (private), held against a second backup into it, and rid of the
    ``.partial`` files a failed or killed backup left behind."""
    try:
        if not folder.is_dir():
            folder.mkdir(parents=True, exist_ok=True)
            private_folder(folder)
        handle = os.open(folder / _LOCK_NAME, os.O_RDWR | os.O_CREAT, PRIVATE_FILE)
    except OSError as error:
        raise BackupError(_write_failure(folder, error)) from error
    try:
        if not _try_lock(handle):
            raise BackupError(f"another backup into {folder} is running; try again when it has finished")
        for stale in [p for p in folder.iterdir() if _PARTIAL.search(p.name)]:  # nobody else writes here
            try:
                stale.unlink()
            except OSError as error:
                log.warning("could not remove the left-over %s: %s", stale, error)
        yield
    finally:
        os.close(handle)  # releases the lock


def _try_lock(handle: int) -> bool:
    """An exclusive lock on the open file (between processes and threads alike); False while another holds it.
    A file system without locks (some network shares) lets the backup go ahead unlocked."""
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as error:
        if error.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK, errno.EDEADLK):
            return False
        log.warning("backup folder lock not available (%s); going ahead without it", error)
    return True


def _unused_name(folder: Path, base: str) -> Path:
    """``base.sqlite3``, or ``base-2.sqlite3``… when a backup of the same second is already there."""
    target = folder / f"{base}.sqlite3"
    n = 2
    while target.exists():
        target = folder / f"{base}-{n}.sqlite3"
        n += 1
    return target


def backups(folder: Path, stem: str | None = None) -> list[tuple[datetime, Path]]:
    """The backups in ``folder`` (of the database file named ``stem``, or of any), newest first; the copies
    made before upgrades are elsewhere (``pre-upgrade/``) and never listed here."""
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            match = _NAME.match(path.name)
            if match and (stem is None or match["stem"] == stem) and path.is_file():
                stamp = datetime.strptime(match["day"] + match["time"], "%Y%m%d%H%M%S")
                found.append((stamp, int(match["seq"] or 1), path))
    found.sort(key=lambda row: (row[0], row[1]), reverse=True)
    return [(stamp, path) for stamp, _seq, path in found]


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


def prune(folder: Path, stem: str | None = None) -> list[Path]:
    """Apply the retention to each database's backups in ``folder`` (``stem``'s only, if given)."""
    by_stem: dict[str, list[tuple[datetime, Path]]] = {}
    for stamp, path in backups(folder, stem):
        match = _NAME.match(path.name)
        assert match is not None
        by_stem.setdefault(match["stem"], []).append((stamp, path))
    removed = []
    for found in by_stem.values():
        keep = to_keep([stamp for stamp, _ in found])
        for stamp, path in found:
            if stamp not in keep:
                path.unlink(missing_ok=True)
                removed.append(path)
    return removed


def restore(backup: Path, db_file: Path, *, now: datetime | None = None) -> Path | None:
    """Replace ``db_file`` with ``backup`` after checking it is an intact garage backup; the current file (with
    its ``-wal``/``-shm``) is moved aside first, by a plain rename: it may be the damaged file being replaced.

    Returns where the current file was kept (None if there was none). The program must not have the database
    open while restoring. Raises ``BackupError`` (nothing changed) when the backup or the folder is not fit.
    """
    verify_backup(backup)
    folder = db_file.parent
    if not folder.is_dir():
        raise BackupError(f"the folder {folder} does not exist; nothing was changed")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise BackupError(f"The data folder {folder} is not writable; nothing was changed")
    moment = now or datetime.now()
    incoming = db_file.with_name(db_file.name + ".restoring")
    moved: list[tuple[Path, Path]] = []
    saved: Path | None = None
    try:
        try:
            # Through SQLite, not a byte copy: a backup with a -wal beside it comes in whole, as one file.
            copied = online_backup(backup, incoming, source_mode="ro")
        except sqlite3.Error as error:
            raise BackupError(f"{backup} could not be copied ({error}); nothing was changed") from error
        if not copied.ok:
            raise BackupError(f"the copy of {backup} failed its integrity check ({copied.integrity}); "
                              "nothing was changed")
        if db_file.exists():
            saved = _unused_name(folder, f"{db_file.stem}.before-restore-{moment:%Y%m%d-%H%M%S}")
            for current, aside in zip(_sidecars(db_file, include_self=True), _sidecars(saved, include_self=True),
                                      strict=True):
                if current.exists():
                    current.replace(aside)
                    moved.append((current, aside))
        incoming.replace(db_file)
        private_file(db_file)
    except OSError as error:
        for current, aside in reversed(moved):  # put the current file back as it was
            try:
                aside.replace(current)
            except OSError:
                log.exception("could not move %s back to %s", aside, current)
        incoming.unlink(missing_ok=True)
        raise BackupError(f"the restore into {folder} could not be completed ({error.strerror or error}); "
                          "the current file was left in place") from error
    return saved
