"""Command-line backup, restore and check, for scheduled tasks:

    garage-desktop backup --db PATH [--to DIR]
    garage-desktop restore BACKUP --db PATH
    garage-desktop check --db PATH
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_backup_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    backup = commands.add_parser("backup", help="back up the database (SQLite online backup, verified)")
    backup.add_argument("--db", dest="sub_db", help="the database file (default: the user's)")
    backup.add_argument("--to", dest="folder", help="backup folder (default: the garage's setting)")
    restore = commands.add_parser("restore", help="replace the database with a checked backup")
    restore.add_argument("backup_file", help="the backup file to restore")
    restore.add_argument("--db", dest="sub_db", help="the database file (default: the user's)")
    check = commands.add_parser("check", help="integrity check and schema version of a database file")
    check.add_argument("--db", dest="sub_db", help="the database file (default: the user's)")


def _db_file(args: argparse.Namespace) -> Path:
    from garage_desktop.paths import database_url, default_db_path, sqlite_file

    if args.sub_db is None:
        return default_db_path()
    path = sqlite_file(database_url(args.sub_db))
    if path is None:
        raise SystemExit("garage-desktop: backups work on SQLite files; back up a server database with its "
                         "own tools")
    return path


def default_backup_folder(db_file: Path) -> Path:
    """The folder set in the garage's settings, else backups/ beside the database file."""
    from garage_desktop.db.engine import Database
    from garage_desktop.services import settings

    try:
        db = Database(f"sqlite:///{db_file}")
        with db.session_scope() as session:
            folder = settings.load(session).backup_folder
        db.dispose()
    except Exception:  # noqa: BLE001 - an unreadable database still gets its backup beside it
        folder = ""
    return Path(folder).expanduser() if folder else db_file.parent / "backups"


def run_backup_command(args: argparse.Namespace) -> int:
    from garage_desktop.db import backup
    from garage_desktop.db.migrate import HEAD_REVISION

    db_file = _db_file(args)
    if args.command == "backup":
        folder = Path(args.folder).expanduser() if args.folder else default_backup_folder(db_file)
        try:
            made = backup.make_backup(db_file, folder)
        except backup.BackupError as error:
            print(f"garage-desktop: backup failed: {error}", file=sys.stderr)
            return 1
        print(f"backup written and checked: {made}")
        return 0
    if args.command == "restore":
        if program_is_running(db_file):
            print("garage-desktop: the program is open on this database; close it before restoring",
                  file=sys.stderr)
            return 1
        try:
            saved = backup.restore(Path(args.backup_file), db_file)
        except backup.BackupError as error:
            print(f"garage-desktop: restore refused: {error}", file=sys.stderr)
            return 1
        print(f"restored {args.backup_file} into {db_file}" + (f"; the previous file is kept as {saved}"
                                                                 if saved else ""))
        return 0
    result = backup.check_file(db_file)
    if not result.ok:
        print(f"damaged: {result.integrity}")
        return 1
    if result.revision == HEAD_REVISION:
        print(f"ok: integrity ok, schema {result.revision} (current)")
        return 0
    from garage_desktop.db.migrate import known_revision_ids

    if result.revision is not None and result.revision not in known_revision_ids():
        print(f"too new: schema {result.revision} was written by a newer program version")
        return 2
    print(f"ok: integrity ok, schema {result.revision or 'empty'} (will be upgraded at the next start)")
    return 0


def program_is_running(db_file: Path) -> bool:
    """True while a window holds the database's lock file."""
    from PySide6.QtCore import QLockFile

    lock = QLockFile(str(db_file.with_name(db_file.name + ".lock")))
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        lock.unlock()
        return False
    return True
