"""Command-line backup, restore and check, for scheduled tasks:

    garage-desktop backup --db PATH [--to DIR]
    garage-desktop restore BACKUP --db PATH
    garage-desktop check --db PATH
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

log = logging.getLogger(__name__)


def add_backup_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    backup = commands.add_parser("backup", help="back up the database (SQLite online backup, verified)")
    backup.add_argument("--db", dest="sub_db", help="the database file (default: the user's)")
    backup.add_argument("--to", dest="folder", help="backup folder (default: the garage's setting)")
    restore = commands.add_parser("restore", help="replace the database with a checked backup")
    restore.add_argument("backup_file", help="the backup file to restore")
    restore.add_argument("--db", dest="sub_db", help="the database file (default: the user's)")
    check = commands.add_parser("check", help="integrity check and schema version of a database file")
    check.add_argument("--db", dest="sub_db", help="the database file (default: the user's)")


def _db_file(args: argparse.Namespace) -> Path | None:
    from garage_desktop.paths import database_url, default_db_path, sqlite_file

    if args.sub_db is None:
        return default_db_path()
    return sqlite_file(database_url(args.sub_db))


def _fail(message: str) -> int:
    """A command-line error: on stderr for whoever ran it, and in the log for whoever looks later."""
    print(f"garage-desktop: {message}", file=sys.stderr)
    log.error("command line: %s", message)
    return 1


def default_backup_folder(db_file: Path) -> Path:
    """The folder set in the garage's settings, else backups/ beside the database file. Reads the file
    read-only: never creates it, never changes it."""
    import sqlite3

    from garage_desktop.db.backup import sqlite_uri

    folder = ""
    if db_file.is_file() and db_file.stat().st_size > 0:
        try:
            conn = sqlite3.connect(sqlite_uri(db_file), uri=True)
            try:
                row = conn.execute("SELECT value FROM setting WHERE key = 'backup_folder'").fetchone()
            finally:
                conn.close()
            folder = (row[0] or "").strip() if row else ""
        except sqlite3.Error:  # an unreadable database still gets its backup beside it
            folder = ""
    return Path(folder).expanduser() if folder else db_file.parent / "backups"


def run_backup_command(args: argparse.Namespace) -> int:
    import sqlite3

    from garage_desktop.db import backup
    from garage_desktop.db.migrate import HEAD_REVISION

    db_file = _db_file(args)
    if db_file is None:
        return _fail("backups work on SQLite files; back up a server database with its own tools")
    if args.command in ("backup", "check") and not db_file.is_file():
        return _fail(f"there is no database file {db_file}")
    if args.command == "backup":
        folder = Path(args.folder).expanduser() if args.folder else default_backup_folder(db_file)
        try:
            made = backup.make_backup(db_file, folder)
        except backup.BackupError as error:
            return _fail(f"backup failed: {error}")
        except (OSError, sqlite3.Error) as error:  # not expected (make_backup explains its failures)
            log.exception("backup of %s failed", db_file)
            return _fail(f"backup failed: {error}")
        print(f"backup written and checked: {made}")
        log.info("backup written and checked: %s", made)
        return 0
    if args.command == "restore":
        if program_is_running(db_file):
            return _fail("the program is open on this database; close it before restoring")
        try:
            saved = backup.restore(Path(args.backup_file).expanduser(), db_file)
        except backup.BackupError as error:
            return _fail(f"restore refused: {error}")
        except (OSError, sqlite3.Error) as error:
            log.exception("restore of %s failed", db_file)
            return _fail(f"restore failed: {error}")
        print(f"restored {args.backup_file} into {db_file}" + (f"; the previous file is kept as {saved}"
                                                                 if saved else ""))
        log.info("restored %s into %s (previous file: %s)", args.backup_file, db_file, saved)
        return 0
    result = backup.check_file(db_file)
    if not result.ok:
        print(f"damaged: {result.integrity}")
        log.error("check of %s: damaged: %s", db_file, result.integrity)
        return 1
    if result.problem:
        print(f"not a garage database as it is: {result.problem}")
        log.error("check of %s: not a garage database as it is: %s", db_file, result.problem)
        return 1
    if result.revision == HEAD_REVISION:
        from garage_desktop.db.audit_chain import verify_file

        audit = verify_file(db_file)
        if audit.finding is not None:
            print(f"audit trail altered: {audit.finding.describe()}")
            log.error("check of %s: audit trail altered: %s", db_file, audit.finding.describe())
            return 1
        print(f"ok: integrity ok, schema {result.revision} (current), audit trail intact ({audit.events} events)")
        return 0
    from garage_desktop.db.migrate import known_revision_ids

    if result.revision is not None and result.revision not in known_revision_ids():
        print(f"too new: schema {result.revision} was written by a newer program version")
        log.warning("check of %s: schema %s is from a newer program version", db_file, result.revision)
        return 2
    print(f"ok: integrity ok, schema {result.revision or 'empty'} (will be upgraded at the next start)")
    return 0


def program_is_running(db_file: Path) -> bool:
    """True while a window holds the database's lock file (not when the lock cannot be written at all: a
    read-only folder is for ``restore`` to explain)."""
    from PySide6.QtCore import QLockFile

    lock = QLockFile(str(db_file.with_name(db_file.name + ".lock")))
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        lock.unlock()
        return False
    return lock.error() == QLockFile.LockError.LockFailedError
