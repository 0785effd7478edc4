"""Command-line backup, restore and check, for scheduled tasks:

    garage-desktop backup --db PATH [--to DIR]
    garage-desktop restore BACKUP --db PATH
    garage-desktop check --db PATH

``--db`` may be a PostgreSQL URL (the garage on a server): the backup is then ``pg_dump``'s, checked by a restore
into a scratch database (``services.garage_server``), and the URL is never printed or logged with its password.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from garage_desktop.services.garage_file import FileCheck

log = logging.getLogger(__name__)


def add_backup_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    where = "the database file or server URL (default: the user's file)"
    backup = commands.add_parser("backup", help="back up the database (SQLite online backup or pg_dump, verified)")
    backup.add_argument("--db", dest="sub_db", help=where)
    backup.add_argument("--to", dest="folder", help="backup folder (default: the garage's setting)")
    restore = commands.add_parser("restore", help="replace the database with a checked backup")
    restore.add_argument("backup_file", help="the backup file to restore")
    restore.add_argument("--db", dest="sub_db", help=where)
    check = commands.add_parser("check", help="integrity check, schema version and audit trail of a database")
    check.add_argument("--db", dest="sub_db", help=where)


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


def run_backup_command(args: argparse.Namespace) -> int:
    import sqlite3

    from garage_desktop.paths import database_url
    from garage_desktop.services import garage_file, garage_server

    if args.sub_db is not None and garage_server.is_server(database_url(args.sub_db)):
        return run_server_command(args, database_url(args.sub_db))
    db_file = _db_file(args)
    if db_file is None:
        return _fail("backups work on SQLite files; back up a server database with its own tools")
    if args.command in ("backup", "check") and not db_file.is_file():
        return _fail(f"there is no database file {db_file}")
    if args.command == "backup":
        folder = Path(args.folder).expanduser() if args.folder else garage_file.default_backup_folder(db_file)
        try:
            made = garage_file.make_backup(db_file, folder)
        except garage_file.BackupFailed as error:
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
            saved = garage_file.restore(Path(args.backup_file).expanduser(), db_file)
        except garage_file.RestoreRefused as error:
            return _fail(f"restore refused: {error}")
        except (OSError, sqlite3.Error) as error:
            log.exception("restore of %s failed", db_file)
            return _fail(f"restore failed: {error}")
        print(f"restored {args.backup_file} into {db_file}" + (f"; the previous file is kept as {saved}"
                                                                 if saved else ""))
        log.info("restored %s into %s (previous file: %s)", args.backup_file, db_file, saved)
        return 0
    return _print_check(db_file, garage_file.check(db_file))


def run_server_command(args: argparse.Namespace, url: str) -> int:
    """backup, restore and check of a server database (PostgreSQL)."""
    from garage_desktop.services import garage_file, garage_server

    where = garage_server.shown(url)
    if args.command == "backup":
        folder = Path(args.folder).expanduser() if args.folder else None
        try:
            made = garage_server.make_backup(url, folder)
        except garage_file.BackupFailed as error:
            return _fail(f"backup of {where} failed: {error}")
        print(f"backup written and checked: {made}")
        log.info("backup of %s written and checked: %s", where, made)
        return 0
    if args.command == "restore":
        try:
            kept = garage_server.restore(Path(args.backup_file).expanduser(), url)
        except garage_file.RestoreRefused as error:
            return _fail(f"restore refused: {error}")
        print(f"restored {args.backup_file} into {where}"
              + (f"; the previous database is kept on the server as {kept}" if kept else ""))
        log.info("restored %s into %s (previous database: %s)", args.backup_file, where, kept or "none")
        return 0
    return _print_check(where, garage_server.check(url), server=True)


def _print_check(db_file: Path | str, found: FileCheck, *, server: bool = False) -> int:
    """The ``check`` command's answer: 0 usable, 1 damaged, unreachable, not a garage's or audit trail altered,
    2 too new."""
    from garage_desktop.services.garage_file import Health

    integrity = "server reached" if server else "integrity ok"
    if found.health is Health.UNREACHABLE:
        print(f"cannot reach the database: {found.detail}")
        log.error("check of %s: cannot reach the database: %s", db_file, found.detail)
        return 1
    if found.health is Health.DAMAGED:
        print(f"damaged: {found.detail}")
        log.error("check of %s: damaged: %s", db_file, found.detail)
        return 1
    if found.health is Health.FOREIGN:
        print(f"not a garage database as it is: {found.detail}")
        log.error("check of %s: not a garage database as it is: %s", db_file, found.detail)
        return 1
    if found.health is Health.AUDIT_ALTERED:
        print(f"audit trail altered: {found.detail}")
        log.error("check of %s: audit trail altered: %s", db_file, found.detail)
        return 1
    if found.health is Health.CURRENT:
        print(f"ok: {integrity}, schema {found.revision} (current), audit trail intact ({found.events} events)")
        return 0
    if found.health is Health.TOO_NEW:
        print(f"too new: schema {found.revision} was written by a newer program version")
        log.warning("check of %s: schema %s is from a newer program version", db_file, found.revision)
        return 2
    print(f"ok: {integrity}, schema {found.revision or 'empty'} (will be upgraded at the next start)")
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
