"""Move the garage from its SQLite file to a PostgreSQL server (``garage-desktop move-to URL --db FILE``).

The file is left as it was: a consistent copy of it is taken first (SQLite's online backup, into a temporary
folder) and everything is read from the copy. The server database must be empty (no tables, or the garage's
tables without a single row: a database just made with ``createdb``, or one a failed move left behind); it is
migrated to the current schema, then every table is copied in one transaction, each row with its own id (the
audit trail in id order, through the server's append-only triggers), the sequences are set to go on after the
highest ids (``db.sequences``), and before the commit each table's rows and money (the sum of its amounts in 分)
are counted on both sides and the audit trail's chain is checked on the server. Any difference, and nothing is
kept.

What the server refuses to hold is found first and named, table and column, before anything is written: a
text longer than its column (SQLite never enforced the lengths; an older version let longer texts be typed),
a NUL character in a text, a number beyond the server's 32-bit integer columns.
"""

from __future__ import annotations

import logging
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Connection, Integer, String, Table, create_engine, func, select, text, update
from sqlalchemy.exc import SQLAlchemyError

from garage_desktop.db import audit_chain, backup, server
from garage_desktop.db.migrate import HEAD_REVISION, SchemaTooNew, upgrade
from garage_desktop.db.models import Base
from garage_desktop.db.sequences import reset_sequences
from garage_desktop.db.types import Scaled
from garage_desktop.paths import sqlite_url
from garage_desktop.services import garage_file
from garage_desktop.services.garage_file import GarageFileError, Health

__all__ = ["MoveRefused", "MoveReport", "TableMove", "move_to_server"]

log = logging.getLogger(__name__)
_BATCH = 2000
_INT_MIN, _INT_MAX = -(2**31), 2**31 - 1
Progress = Callable[[str, int], None]  # (table, rows copied so far)


class MoveRefused(GarageFileError):
    """The move cannot be made (or did not match and was undone); the server database was left as it was."""


@dataclass(frozen=True)
class TableMove:
    table: str
    file_rows: int
    server_rows: int
    file_money: Decimal  # the sum of the table's amounts (its columns in 分), in yuan; 0 for a table without
    server_money: Decimal

    @property
    def matches(self) -> bool:
        return self.file_rows == self.server_rows and self.file_money == self.server_money

    @property
    def has_money(self) -> bool:
        return bool(_money_columns(Base.metadata.tables[self.table]))


@dataclass(frozen=True)
class MoveReport:
    tables: tuple[TableMove, ...]
    audit_events: int  # events whose chain was checked on the server
    revision: str
    sequences: dict[str, int]  # "table.column": the next id the server will give

    @property
    def matches(self) -> bool:
        return all(table.matches for table in self.tables)


def _money_columns(table: Table) -> list[str]:
    return [column.name for column in table.columns if isinstance(column.type, Scaled) and column.type.places == 2]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _tally(connection: Connection, table: Table) -> tuple[int, Decimal]:
    """Rows and money (yuan) of ``table``, summed by the database on the stored integers."""
    money = _money_columns(table)
    sums = " + ".join(f"coalesce(sum(CAST({_quote(name)} AS BIGINT)), 0)" for name in money) or "0"
    rows, fen = connection.execute(text(f"SELECT count(*), {sums} FROM {_quote(table.name)}")).one()
    return int(rows), Decimal(int(fen)).scaleb(-2)


def _unfit(connection: Connection) -> list[str]:
    """What the server would refuse, per column: over-long texts, NUL characters, numbers beyond 32 bits."""
    found = []
    for table in Base.metadata.sorted_tables:
        name = _quote(table.name)
        for column in table.columns:
            col = _quote(column.name)
            impl = getattr(column.type, "impl_instance", column.type)
            checks = []
            if isinstance(impl, String):
                if impl.length:
                    checks.append((f"length({col}) > {impl.length}",
                                   f"longer than the {impl.length} characters the server's column holds"))
                checks.append((f"instr({col}, char(0)) > 0", "holding a NUL character, which the server refuses"))
            elif isinstance(impl, Integer):
                checks.append((f"({col} < {_INT_MIN} OR {col} > {_INT_MAX})",
                               "beyond the server's 32-bit integer column"))
            key = next(iter(table.primary_key.columns)).name
            for condition, why in checks:
                count, first = connection.execute(text(
                    f"SELECT count(*), min({_quote(key)}) FROM {name} WHERE {condition}")).one()
                if count:
                    found.append(f"{table.name}.{column.name}: {count} row(s) {why} (the first: {key} {first})")
    return found


def _server_is_empty(connection: Connection) -> None:
    tables = server.table_names(connection)
    if not tables:
        return
    stamp = server.schema_stamp(connection)
    if stamp.problem:
        raise MoveRefused(f"the server database is not empty and not a garage's ({stamp.problem}); move-to copies "
                          "into an empty database only; nothing was changed")
    holding = {name: rows for name, rows in server.row_counts(connection).items()
               if rows and name != "alembic_version"}
    if holding:
        listed = ", ".join(f"{name} ({rows})" for name, rows in sorted(holding.items())[:6])
        raise MoveRefused(f"the server database is not empty: it holds rows in {listed}. move-to copies into an "
                          "empty database only (make a new one with createdb); nothing was changed")


def _copy_table(source: Connection, target: Connection, table: Table, progress: Progress | None) -> None:
    keys = list(table.primary_key.columns)
    # A row may point at a later row of its own table (an order's comeback): such keys are set afterwards.
    own = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    later: list[dict[str, object]] = []
    batch: list[dict[str, object]] = []
    copied = 0
    rows = source.execution_options(yield_per=_BATCH).execute(select(table).order_by(*keys))
    for row in rows:
        values = dict(row._mapping)
        if own and any(values[name] is not None for name in own):
            later.append({"key": values[keys[0].name], **{name: values[name] for name in own}})
            values.update(dict.fromkeys(own))
        batch.append(values)
        if len(batch) >= _BATCH:
            target.execute(table.insert(), batch)
            copied += len(batch)
            batch = []
            if progress is not None:
                progress(table.name, copied)
    if batch:
        target.execute(table.insert(), batch)
        copied += len(batch)
    for values in later:
        key = values.pop("key")
        target.execute(update(table).where(keys[0] == key).values(**values))
    if progress is not None:
        progress(table.name, copied)


def move_to_server(db_file: Path, url: str, *, progress: Progress | None = None) -> MoveReport:
    """Copy the garage file ``db_file`` into the empty server database ``url`` (see the module's notes); returns
    what was compared. ``MoveRefused`` says why not (the server database is left as it was)."""
    if not server.is_server(url):
        raise MoveRefused(f"{server.shown(url)} is not a PostgreSQL database URL "
                          "(postgresql+psycopg://login:password@server/database)")
    found = garage_file.check(db_file)
    if found.health is not Health.CURRENT:
        why = {Health.UPGRADE_DUE: "its schema is older than this program's: start the program on it once (it "
                                   "upgrades the file, after a backup), close it, and move it then",
               Health.TOO_NEW: "it was written by a newer version of the program",
               Health.AUDIT_ALTERED: f"its audit trail was altered ({found.detail}); the server would hold the "
                                     "altered trail"}.get(found.health, found.detail or found.health.value)
        raise MoveRefused(f"{db_file} cannot be moved: {why}; nothing was changed")
    with tempfile.TemporaryDirectory(prefix="garage-move-") as folder:
        snapshot = Path(folder) / "snapshot.sqlite3"
        try:
            copied = backup.online_backup(db_file, snapshot)
        except (OSError, sqlite3.Error) as error:
            raise MoveRefused(f"{db_file} could not be read: {error}; nothing was changed") from error
        if not copied.ok:
            raise MoveRefused(f"the copy of {db_file} failed its check ({copied.integrity}); nothing was changed")
        source_engine = create_engine(sqlite_url(snapshot))
        target_engine = server.engine_for(url)
        try:
            with source_engine.connect() as source:
                unfit = _unfit(source)
                if unfit:
                    raise MoveRefused("the server would refuse some of the file's data; correct it in the program "
                                      "first (nothing was changed): " + "; ".join(unfit[:10]))
                with target_engine.connect() as target:
                    _server_is_empty(target)
                    target.rollback()
                upgrade(target_engine)
                with target_engine.connect() as target:
                    _server_is_empty(target)  # the schema now, still without a row
                    for table in Base.metadata.sorted_tables:
                        _copy_table(source, target, table, progress)
                    sequences = reset_sequences(target)
                    moves = []
                    for table in Base.metadata.sorted_tables:
                        file_rows, file_money = _tally(source, table)
                        server_rows, server_money = _tally(target, table)
                        moves.append(TableMove(table.name, file_rows, server_rows, file_money, server_money))
                    verdict = audit_chain.verify_server(target)
                    events = source.execute(select(func.count()).select_from(
                        Base.metadata.tables["audit_event"])).scalar()
                    report = MoveReport(tuple(moves), verdict.events, HEAD_REVISION, sequences)
                    if not report.matches:
                        differ = ", ".join(move.table for move in moves if not move.matches)
                        raise MoveRefused(f"the copy does not match the file in {differ}; nothing was kept")
                    if verdict.finding is not None or verdict.events != events:
                        why = verdict.finding.describe() if verdict.finding else f"{verdict.events} of {events}"
                        raise MoveRefused(f"the audit trail on the server does not hold ({why}); nothing was kept")
                    target.commit()
        except SchemaTooNew as error:
            raise MoveRefused(f"the server database was written by a newer version of the program (schema "
                              f"{error}); nothing was changed") from error
        except SQLAlchemyError as error:
            raise MoveRefused(f"the move into {server.shown(url)} failed: {server._error_text(error)}; nothing was "
                              "kept") from error
        finally:
            source_engine.dispose()
            target_engine.dispose()
    log.info("moved %s into %s: %d tables, %d audit events", db_file, server.shown(url), len(report.tables),
             report.audit_events)
    return report
