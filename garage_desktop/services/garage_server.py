"""The garage database on a PostgreSQL server (several PCs): check it, back it up, restore it.

The server counterpart of ``garage_file`` for the command line (``cli_backup``), with the same answers
(``garage_file.FileCheck``) and the same errors (``BackupFailed``, ``RestoreRefused``), in plain words and
without the password:

- ``check(url)``: the server reached, the schema stamp (current, older, newer, not a garage's) and, for the
  current schema, the audit trail (its four triggers and every event's link, ``db.audit_chain.verify_server``).
  There is no file to check page by page: the server keeps its own data files.
- ``make_backup(url, folder)``: ``pg_dump`` from one snapshot, checked by restoring it into a scratch database
  whose rows count the same, table by table (``db.server``); the files' retention.
- ``restore(backup, url)``: the backup restored into a new database and checked (a garage's, a schema this
  program knows), then put in place; the current database is kept beside it under another name.

Backups need PostgreSQL's client programs (``pg_dump``, ``pg_restore``) and a login that may create databases.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from garage_desktop.db import audit_chain, server
from garage_desktop.db.migrate import HEAD_REVISION, known_revision_ids
from garage_desktop.services.garage_file import BackupFailed, FileCheck, Health, RestoreRefused

__all__ = ["check", "default_backup_folder", "is_server", "make_backup", "restore", "shown"]

log = logging.getLogger(__name__)
shown = server.shown
is_server = server.is_server


def check(url: str) -> FileCheck:
    """The ``check`` command on a server database (it only reads)."""
    engine = server.engine_for(url)
    try:
        with engine.connect() as connection:
            try:
                stamp = server.schema_stamp(connection)
                if stamp.problem:
                    return FileCheck(Health.FOREIGN, stamp.problem, stamp.revision)
                if stamp.revision == HEAD_REVISION:
                    verdict = audit_chain.verify_server(connection)
                    if verdict.finding is not None:
                        return FileCheck(Health.AUDIT_ALTERED, verdict.finding.describe(), stamp.revision,
                                         verdict.events, verdict.finding)
                    return FileCheck(Health.CURRENT, "", stamp.revision, verdict.events)
                if stamp.revision is not None and stamp.revision not in known_revision_ids():
                    return FileCheck(Health.TOO_NEW, "", stamp.revision)
                return FileCheck(Health.UPGRADE_DUE, "", stamp.revision)
            finally:
                connection.rollback()
    except SQLAlchemyError as error:
        return FileCheck(Health.UNREACHABLE, server._error_text(error))
    finally:
        engine.dispose()


def default_backup_folder(url: str) -> Path:
    """The folder set in the garage's settings (on this PC's disk), else backups/ in this PC's data folder."""
    from garage_desktop.paths import data_dir

    folder = ""
    engine = server.engine_for(url)
    try:
        with engine.connect() as connection:
            folder = (connection.execute(text("SELECT value FROM setting WHERE key = 'backup_folder'")).scalar()
                      or "").strip()
    except SQLAlchemyError:  # the backup itself will say what is wrong with the database
        folder = ""
    finally:
        engine.dispose()
    return Path(folder).expanduser() if folder else data_dir() / "backups"


def make_backup(url: str, folder: Path | None = None, *, now: datetime | None = None) -> Path:
    """A checked backup of the server database into ``folder`` (the default backup folder if None); returns the
    file. ``BackupFailed`` says why there is none (the client programs missing, the login's rights, …)."""
    target = default_backup_folder(url) if folder is None else folder
    try:
        return server.make_backup(url, target, now=now).path
    except server.ServerError as error:
        raise BackupFailed(str(error)) from error


def _acceptable(stamp: server.Stamp) -> None:
    if stamp.empty:
        raise server.ServerError("the backup holds no tables at all: it is not a garage backup; nothing was changed")
    if stamp.problem:
        raise server.ServerError(f"it is not a garage backup: {stamp.problem}; nothing was changed")
    if stamp.revision not in known_revision_ids():
        raise server.ServerError(f"the backup was written by a newer version of the program (schema "
                                 f"{stamp.revision}); restore it with that version; nothing was changed")


def restore(backup_file: Path, url: str, *, now: datetime | None = None) -> str:
    """Put ``backup_file`` (a ``.dump`` of ``make_backup``) in place of the server database; returns the name the
    database as it was is kept under ("" if there was none). ``RestoreRefused`` (nothing changed) says why not:
    not a garage backup, from a newer program, the database still open on a PC, the login's rights."""
    if not backup_file.is_file():
        raise RestoreRefused(f"{backup_file} does not exist; nothing was changed")
    if backup_file.stat().st_size == 0:
        raise RestoreRefused(f"{backup_file} is empty (0 bytes): it is not a garage backup; nothing was changed")
    try:
        return server.restore(backup_file, url, accept=_acceptable, now=now).kept_as
    except server.ServerError as error:
        raise RestoreRefused(str(error)) from error
