"""The database's own upkeep (issue 20): statistics refreshed, free pages given back when the file allows it, and
nothing on a server (its autovacuum does it)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from garage_desktop.db.engine import Database
from garage_desktop.services import upkeep


def test_statistics_are_refreshed_on_the_garage_file(db: Database, backend: str) -> None:
    with db.engine.connect() as connection:
        done = upkeep.run(connection)
    if backend != "sqlite":
        assert not done.done and "autovacuum" in done.note
        return
    assert done.done and done.analyzed and done.pages > 0
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM sqlite_stat1")).scalar() > 0
    # The program's files are made with auto_vacuum off: free pages are kept (and said so) if there are many.
    assert "statistics refreshed" in done.note and done.reclaimed_pages == 0


@pytest.mark.sqlite_only("page counts of a file")
def test_free_pages_are_given_back_when_the_file_allows_it(tmp_path: Path, backend: str) -> None:
    for mode, given_back in (("INCREMENTAL", True), ("NONE", False)):
        engine = create_engine(f"sqlite:///{tmp_path / mode}.sqlite3")
        with engine.connect() as connection:
            connection.exec_driver_sql(f"PRAGMA auto_vacuum={mode}")
            connection.exec_driver_sql("CREATE TABLE junk (id INTEGER PRIMARY KEY, filler TEXT)")
            connection.execute(text("INSERT INTO junk (filler) VALUES (:f)"), [{"f": "x" * 2000}] * 2000)
            connection.commit()
            connection.exec_driver_sql("DELETE FROM junk WHERE id > 100")
            connection.commit()
            done = upkeep.run(connection)
            free_after = connection.exec_driver_sql("PRAGMA freelist_count").scalar()
        engine.dispose()
        assert done.done and done.free_share > upkeep.FREE_SHARE
        if given_back:
            assert done.reclaimed_pages == done.free_pages and free_after == 0
        else:
            assert done.reclaimed_pages == 0 and "auto_vacuum is none" in done.note
            assert free_after >= done.free_pages - 2  # (the statistics took a page or two of them)


def test_due_at_most_weekly() -> None:
    last = datetime(2026, 11, 28, 18, 0)
    assert upkeep.due(None, last)
    assert not upkeep.due(last, last + timedelta(days=6, hours=23))
    assert upkeep.due(last, last + timedelta(days=7))
    assert upkeep.due(last, last - timedelta(days=1))  # the clock was set back: do it rather than never
