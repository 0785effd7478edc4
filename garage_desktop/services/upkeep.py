"""The database's upkeep, run by the program itself (issue 20): years of data stay quick to read without anyone's help.

At most once a week, when the window closes (``ui.database.upkeep_if_due``), on the garage's SQLite file:

- the planner's statistics are refreshed (``ANALYZE`` within ``PRAGMA analysis_limit``: a sample of each index, a
  second or less on ten years of data, then ``PRAGMA optimize``), so the queries keep the indexes that suit them
  as the tables grow;
- the free pages left by deleted rows are given back to the disk when they are more than ``FREE_SHARE`` of the
  file, by ``PRAGMA incremental_vacuum`` when the file allows it (``auto_vacuum`` = incremental); a file made
  without it (``auto_vacuum`` off, SQLite's default) keeps them — they are reused by new rows, the file does not
  grow for them — and the result says so (a ``VACUUM`` would rewrite the whole file: not something to do
  unasked at closing time).

On PostgreSQL nothing is done: the server's autovacuum keeps statistics and space. Plain data out; the caller
records when it ran.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection

EVERY = timedelta(days=7)
FREE_SHARE = 0.10  # free pages above this share of the file are given back (when the file allows it)
ANALYSIS_LIMIT = 1000  # rows sampled per index by ANALYZE (SQLite's advice for a quick, good-enough analysis)
AUTO_VACUUM = {0: "none", 1: "full", 2: "incremental"}


@dataclass(frozen=True)
class Upkeep:
    done: bool  # False: nothing to do on this database (a server)
    note: str  # what was done, or why not, in a sentence for the log
    analyzed: bool = False
    pages: int = 0  # the file's pages before
    free_pages: int = 0  # of them free before
    reclaimed_pages: int = 0
    page_size: int = 0
    seconds: float = 0.0

    @property
    def free_share(self) -> float:
        return self.free_pages / self.pages if self.pages else 0.0


def due(last: datetime | None, now: datetime, every: timedelta = EVERY) -> bool:
    """Whether the upkeep is due: never done, or done ``every`` ago or longer (a clock set back counts as due)."""
    return last is None or now - last >= every or last > now


def run(connection: Connection) -> Upkeep:
    """Refresh the statistics and give back free pages (see the module text); outside any transaction."""
    if connection.dialect.name != "sqlite":
        return Upkeep(False, f"{connection.dialect.name}: the server's autovacuum keeps statistics and space")
    started = time.perf_counter()

    def pragma(text: str) -> int:
        return int(connection.exec_driver_sql(f"PRAGMA {text}").scalar() or 0)

    pages, free, size, mode = pragma("page_count"), pragma("freelist_count"), pragma("page_size"), pragma("auto_vacuum")
    connection.exec_driver_sql(f"PRAGMA analysis_limit={ANALYSIS_LIMIT}")
    connection.exec_driver_sql("ANALYZE")
    connection.exec_driver_sql("PRAGMA optimize")
    connection.commit()
    notes = [f"statistics refreshed ({pages:,} pages of {size:,} bytes)"]
    reclaimed = 0
    share = free / pages if pages else 0.0
    if share <= FREE_SHARE:
        notes.append(f"{free:,} free pages ({share:.0%}), kept for new rows")
    elif AUTO_VACUUM.get(mode) == "incremental":
        # A page a step: run to its end the way sqlite3_exec runs a statement (``execute`` steps it once).
        connection.connection.driver_connection.executescript("PRAGMA incremental_vacuum;")
        reclaimed = free - pragma("freelist_count")
        notes.append(f"{reclaimed:,} of {free:,} free pages ({share:.0%}) given back to the disk")
    else:
        notes.append(f"{free:,} free pages ({share:.0%}) not given back: the file's auto_vacuum is "
                     f"{AUTO_VACUUM.get(mode, mode)} (new rows reuse them; a VACUUM after a backup would shrink "
                     f"the file)")
    return Upkeep(True, "; ".join(notes), True, pages, free, reclaimed, size, time.perf_counter() - started)
