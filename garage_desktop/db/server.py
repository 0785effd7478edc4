"""A garage database on a PostgreSQL server: its schema stamp, its rows, and backups with PostgreSQL's own tools.

A backup is ``pg_dump``'s custom format (one file, ``<database>-<yyyymmdd>-<hhmmss>.dump``), taken from one
snapshot: the rows of every table are counted in the transaction that exports the snapshot, ``pg_dump`` reads
that same snapshot, and the file is then restored into a scratch database on the same server whose rows must
count the same, table by table, before the file takes its name. A restore puts the backup into a new database,
checks it is a garage's this program can open, then swaps the names: the current database is kept beside it as
``<database>_before_restore_<yyyymmdd>_<hhmmss>`` (PostgreSQL renames a database only while nobody is connected
to it: every PC must have closed the program).

Both need the client programs ``pg_dump`` and ``pg_restore`` (``client_tool`` finds them; ``MISSING_TOOLS`` says
what to install), and a login that may create databases (the scratch database). The password never goes on a
command line (other users can read those): the programs get it in their environment (``PGPASSWORD``). Every
failure is a ``ServerError`` saying why in plain words, without the password.
"""

from __future__ import annotations

import glob
import logging
import os
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from garage_desktop.paths import PRIVATE_FILE, private_file

log = logging.getLogger(__name__)

SUFFIX = ".dump"
GARAGE_TABLES = frozenset({"operator", "setting", "customer", "vehicle", "repair_order"})
MAINTENANCE_DATABASES = ("postgres", "template1")  # where to stand while creating, renaming, dropping databases
MISSING_TOOLS = ("PostgreSQL's client programs pg_dump and pg_restore were not found on this PC. Install them "
                 "(Debian/Ubuntu: apt install postgresql-client; Windows: the PostgreSQL installer with \"Command "
                 "Line Tools\" ticked), in the same or a newer version than the server, and try again")
_IN_USE = "55006"  # object_in_use: a database somebody is connected to
_NO_RIGHT = "42501"  # insufficient_privilege


class ServerError(Exception):
    """A backup, check or restore on the server could not be done safely; the message says why."""


def is_server(url: str) -> bool:
    """True for a PostgreSQL URL (the server the garage's PCs share)."""
    try:
        return make_url(url).get_backend_name() == "postgresql"
    except SQLAlchemyError:
        return False


def shown(url: str | URL) -> str:
    """The URL to show, log or print: never with its password."""
    try:
        parsed = make_url(url) if isinstance(url, str) else url
    except SQLAlchemyError:
        return "(a database URL that cannot be read)"
    return parsed.render_as_string(hide_password=True)


def _error_text(error: BaseException) -> str:
    """The server's own words for a failure (SQLAlchemy's wrapper adds the statement and a link)."""
    original = getattr(error, "orig", None)
    return " ".join(str(original or error).split())


def _sqlstate(error: BaseException) -> str:
    return getattr(getattr(error, "orig", None), "sqlstate", "") or ""


def quote(name: str) -> str:
    """A database name as an SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


# --- the client programs --------------------------------------------------------------------------------------
def client_tool(name: str) -> Path | None:
    """``pg_dump`` or ``pg_restore``: on the PATH, else where PostgreSQL's packages put them (the newest
    version first); None when not installed."""
    found = shutil.which(name)
    if found:
        return Path(found)
    exe = name + (".exe" if sys.platform == "win32" else "")
    patterns = (["C:/Program Files/PostgreSQL/*/bin"] if sys.platform == "win32"
                else ["/usr/lib/postgresql/*/bin", "/usr/pgsql-*/bin", "/opt/homebrew/opt/libpq/bin",
                      "/usr/local/opt/libpq/bin"])
    existing = [Path(folder) / exe for pattern in patterns for folder in glob.glob(pattern)
                if (Path(folder) / exe).is_file()]

    def version(path: Path) -> list[int]:
        return [int(n) for n in re.findall(r"\d+", str(path.parent))] or [0]

    return max(existing, key=version) if existing else None


def client_tools() -> tuple[Path, Path]:
    dump, restore = client_tool("pg_dump"), client_tool("pg_restore")
    if dump is None or restore is None:
        raise ServerError(MISSING_TOOLS)
    return dump, restore


def libpq_environment(url: str | URL, database: str | None = None) -> dict[str, str]:
    """The environment that points PostgreSQL's programs at ``url``'s server (``database`` instead of the URL's,
    if given): host, port, login and password (``PGPASSWORD``, never an argument), and sslmode & co. What the URL
    leaves out comes from the environment as for the program's own connection (libpq reads both the same way:
    ``PGPORT``, a password in ``~/.pgpass`` or ``PGPASSFILE``)."""
    parsed = make_url(url) if isinstance(url, str) else url
    env = dict(os.environ)
    for key, value in (("PGHOST", parsed.host), ("PGPORT", parsed.port), ("PGUSER", parsed.username),
                       ("PGPASSWORD", parsed.password), ("PGDATABASE", database or parsed.database)):
        if value not in (None, ""):
            env[key] = str(value)
    for option, value in parsed.query.items():  # ?sslmode=require&connect_timeout=5 …
        name = {"sslmode": "PGSSLMODE", "sslrootcert": "PGSSLROOTCERT", "sslcert": "PGSSLCERT",
                "sslkey": "PGSSLKEY", "connect_timeout": "PGCONNECT_TIMEOUT",
                "application_name": "PGAPPNAME"}.get(option)
        if name:
            env[name] = value if isinstance(value, str) else value[-1]
    return env


def _run(tool: Path, arguments: list[str], env: Mapping[str, str], what: str) -> str:
    try:
        done = subprocess.run([str(tool), *arguments], env=dict(env), capture_output=True, text=True,
                              encoding="utf-8", errors="replace", check=False)
    except OSError as error:
        raise ServerError(f"{what}: {tool} could not be started ({error.strerror or error})") from error
    if done.returncode != 0:
        said = " ".join((done.stderr or done.stdout or f"exit code {done.returncode}").split())
        raise ServerError(f"{what}: {tool.name} failed: {said[:600]}")
    return done.stdout


# --- the other PCs' changes ----------------------------------------------------------------------------------------
def listen(url: str, heard: Callable[[], None], stop: threading.Event, *, wait: float = 0.5) -> None:
    """Call ``heard`` whenever another connection commits a change (``audit_chain.CHANGES_CHANNEL``), until ``stop``
    is set; on a thread of its own. After the connection is lost it connects again (every 5 s) and calls ``heard``
    once, for what it may have missed. Errors are logged without the password, never raised."""
    from sqlalchemy.pool import NullPool

    from garage_desktop.db.audit_chain import CHANGES_CHANNEL

    engine = engine_for(url, poolclass=NullPool)
    try:
        while not stop.is_set():
            try:
                raw = engine.raw_connection()
                try:
                    connection = raw.driver_connection
                    connection.autocommit = True
                    connection.execute(f"LISTEN {CHANGES_CHANNEL}")
                    heard()
                    while not stop.is_set():
                        for _notice in connection.notifies(timeout=wait):
                            heard()
                finally:
                    raw.close()
            except Exception as error:  # noqa: BLE001 - a lost server is tried again, the window goes on
                log.warning("listening for other PCs' changes on %s failed: %s", shown(url), _error_text(error))
                stop.wait(5)
    finally:
        engine.dispose()


# --- the database's contents ------------------------------------------------------------------------------------
def engine_for(url: str | URL, database: str | None = None, **options: Any) -> Engine:
    parsed = make_url(url) if isinstance(url, str) else url
    if database is not None:
        parsed = parsed.set(database=database)
    return create_engine(parsed, hide_parameters=True, **options)


def table_names(connection: Connection) -> list[str]:
    """The tables in the database's schema (the program's own, ``alembic_version`` included)."""
    return sorted(inspect(connection).get_table_names())


def row_counts(connection: Connection) -> dict[str, int]:
    """Rows per table, every table of the schema, as this transaction sees them."""
    return {name: int(connection.execute(text(f"SELECT count(*) FROM {quote(name)}")).scalar() or 0)
            for name in table_names(connection)}


@dataclass(frozen=True)
class Stamp:
    """What a server database holds: its schema revision, what is wrong with it as a garage's ("" if nothing),
    and whether it holds no table at all (a new database)."""

    revision: str | None
    problem: str = ""
    empty: bool = False


def schema_stamp(connection: Connection) -> Stamp:
    tables = set(table_names(connection))
    if not tables:
        return Stamp(None, empty=True)
    if "alembic_version" not in tables:
        return Stamp(None, "it holds tables but no schema version (no alembic_version table): it is not a garage "
                           "database, or its version record was lost")
    rows = connection.execute(text("SELECT version_num FROM alembic_version")).fetchall()
    if not rows or rows[0][0] is None:
        return Stamp(None, "its schema version record (alembic_version) is empty")
    if len(rows) > 1:
        return Stamp(None, "its schema version record (alembic_version) holds several versions")
    revision = str(rows[0][0])
    if not GARAGE_TABLES <= tables:
        return Stamp(revision, "it does not hold the garage's tables (customers, vehicles, orders): it is not a "
                               "garage database")
    return Stamp(revision)


# --- databases beside the garage's: scratch copies, the one kept before a restore --------------------------------
@contextmanager
def _maintenance(url: str | URL) -> Iterator[Connection]:
    """A connection (autocommit) to the same server outside the garage's database, to create, rename and drop
    databases."""
    last: SQLAlchemyError | None = None
    for database in MAINTENANCE_DATABASES:
        engine = engine_for(url, database, isolation_level="AUTOCOMMIT")
        try:
            connection = engine.connect()
        except SQLAlchemyError as error:
            last = error
            engine.dispose()
            continue
        try:
            yield connection
            return
        finally:
            connection.close()
            engine.dispose()
    raise ServerError(f"cannot reach the server to create or rename a database: {_error_text(last)}"
                      if last is not None else "cannot reach the server")


def create_database(url: str | URL, name: str) -> None:
    with _maintenance(url) as connection:
        try:
            connection.execute(text(f"CREATE DATABASE {quote(name)} TEMPLATE template0 ENCODING 'UTF8'"))
        except DBAPIError as error:
            login = make_url(url).username if isinstance(url, str) else url.username
            if _sqlstate(error) == _NO_RIGHT:
                raise ServerError(f"the login {login} may not create databases, which a backup's check and a "
                                  f"restore need (a scratch database on the server): give it the right once, "
                                  f"as the server's administrator: ALTER ROLE {login} CREATEDB") from error
            raise ServerError(f"the database {name} could not be created: {_error_text(error)}") from error


def drop_database(url: str | URL, name: str) -> None:
    with _maintenance(url) as connection:
        try:
            connection.execute(text(f"DROP DATABASE IF EXISTS {quote(name)} WITH (FORCE)"))
        except DBAPIError:  # before PostgreSQL 13: no FORCE (nobody but us connects to a scratch database)
            connection.execute(text(f"DROP DATABASE IF EXISTS {quote(name)}"))


def database_exists(url: str | URL, name: str) -> bool:
    with _maintenance(url) as connection:
        return connection.execute(text("SELECT 1 FROM pg_database WHERE datname = :name"),
                                  {"name": name}).first() is not None


def _scratch_name(base: str, what: str) -> str:
    return f"{base[:40]}_{what}_{os.getpid()}"[:63]


# --- backup -----------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Dumped:
    path: Path
    counts: dict[str, int]  # rows per table in the snapshot the file holds (checked in a scratch restore)


def dump(url: str, target: Path) -> Dumped:
    """``pg_dump`` of ``url`` into ``target`` (through ``target.partial``), checked by restoring it into a
    scratch database whose rows must count as the snapshot's did, table by table."""
    dump_tool, restore_tool = client_tools()
    partial = target.with_name(target.name + ".partial")
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE))  # the user's alone
    private_file(partial)
    engine = engine_for(url, isolation_level="REPEATABLE READ")
    try:
        with engine.connect() as connection:
            connection.execute(text("SET TRANSACTION READ ONLY"))
            snapshot = connection.execute(text("SELECT pg_export_snapshot()")).scalar()
            counts = row_counts(connection)
            _run(dump_tool, ["--format=custom", f"--snapshot={snapshot}", f"--file={partial}"],
                 libpq_environment(url), "the backup could not be written")
            connection.rollback()
    except SQLAlchemyError as error:
        partial.unlink(missing_ok=True)
        raise ServerError(f"the database {shown(url)} could not be read: {_error_text(error)}") from error
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        engine.dispose()
    try:
        restored = check_dump(url, partial, restore_tool)
        if restored != counts:
            differ = sorted(name for name in set(counts) | set(restored) if counts.get(name) != restored.get(name))
            raise ServerError("the backup does not hold what the database held when it was taken (rows differ in "
                              f"{', '.join(differ[:5])}); it was not kept")
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return Dumped(target, counts)


def make_backup(url: str, folder: Path, *, now: datetime | None = None) -> Dumped:
    """A checked backup of ``url``'s database into ``folder`` (``<database>-<yyyymmdd>-<hhmmss>.dump``), then the
    same retention as the files' (the last 30 daily and 12 monthly). ``ServerError`` says why there is none."""
    from garage_desktop.db import backup

    moment = now or datetime.now()
    stem = make_url(url).database or "garage"
    try:
        with backup._writing_into(folder):
            target = folder / f"{stem}-{moment:%Y%m%d-%H%M%S}{SUFFIX}"
            n = 2
            while target.exists():
                target = folder / f"{stem}-{moment:%Y%m%d-%H%M%S}-{n}{SUFFIX}"
                n += 1
            made = dump(url, target)
    except backup.BackupError as error:
        raise ServerError(str(error)) from error
    except OSError as error:
        raise ServerError(backup._write_failure(folder, error)) from error
    try:
        backup.prune(folder, stem)
    except OSError as error:  # the backup itself is written and checked
        log.warning("could not remove old backups in %s: %s", folder, error)
    return made


def list_dump(path: Path, restore_tool: Path | None = None) -> str:
    """``pg_restore --list``: the archive's table of contents (fails on anything that is not a custom-format
    dump)."""
    tool = restore_tool or client_tools()[1]
    return _run(tool, ["--list", str(path)], libpq_environment("postgresql://"), f"{path} is not a readable backup")


def check_dump(url: str, path: Path, restore_tool: Path | None = None) -> dict[str, int]:
    """Restore ``path`` into a scratch database on ``url``'s server and count its rows (the scratch database is
    dropped again whatever happens)."""
    tool = restore_tool or client_tools()[1]
    base = make_url(url).database or "garage"
    scratch = _scratch_name(base, "check")
    drop_database(url, scratch)
    create_database(url, scratch)
    try:
        _restore_into(url, scratch, path, tool)
        engine = engine_for(url, scratch)
        try:
            with engine.connect() as connection:
                return row_counts(connection)
        finally:
            engine.dispose()
    finally:
        drop_database(url, scratch)


def _restore_into(url: str, database: str, path: Path, tool: Path) -> None:
    _run(tool, ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction",
                f"--dbname={database}", str(path)], libpq_environment(url, database),
         f"the backup {path.name} could not be restored")


# --- restore ----------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Restored:
    kept_as: str  # the database as it was before, beside the restored one
    stamp: Stamp


def restore(path: Path, url: str, *, accept: Any = None, now: datetime | None = None) -> Restored:
    """Put the backup ``path`` in place of ``url``'s database: restored into a new database first and checked
    there (``accept(stamp)`` raises ``ServerError`` to refuse it), then the current database is renamed aside and
    the new one takes its name. Nothing changes if any step fails."""
    restore_tool = client_tools()[1]
    list_dump(path, restore_tool)
    parsed = make_url(url)
    name = parsed.database
    if not name:
        raise ServerError("the URL names no database")
    incoming = _scratch_name(name, "restoring")
    drop_database(url, incoming)
    create_database(url, incoming)
    try:
        _restore_into(url, incoming, path, restore_tool)
        engine = engine_for(url, incoming)
        try:
            with engine.connect() as connection:
                stamp = schema_stamp(connection)
        finally:
            engine.dispose()
        if accept is not None:
            accept(stamp)
        moment = now or datetime.now()
        aside = f"{name[:30]}_before_restore_{moment:%Y%m%d_%H%M%S}"
        with _maintenance(url) as connection:
            if connection.execute(text("SELECT 1 FROM pg_database WHERE datname = :name"),
                                  {"name": name}).first() is not None:
                try:
                    connection.execute(text(f"ALTER DATABASE {quote(name)} RENAME TO {quote(aside)}"))
                except DBAPIError as error:
                    if _sqlstate(error) == _IN_USE:
                        raise ServerError(f"the database {name} is in use (the program is open on a PC, or "
                                          "another connection): close it everywhere and restore again; nothing "
                                          "was changed") from error
                    raise ServerError(f"the database {name} could not be renamed aside: {_error_text(error)}; "
                                      "nothing was changed") from error
            else:
                aside = ""
            try:
                connection.execute(text(f"ALTER DATABASE {quote(incoming)} RENAME TO {quote(name)}"))
            except DBAPIError as error:
                if aside:
                    connection.execute(text(f"ALTER DATABASE {quote(aside)} RENAME TO {quote(name)}"))
                raise ServerError(f"the restored database could not take the name {name}: {_error_text(error)}; "
                                  "the current database was left in place") from error
    except BaseException:
        drop_database(url, incoming)
        raise
    return Restored(aside, stamp)
