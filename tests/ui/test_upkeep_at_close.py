"""The upkeep at close (issue 20): run when due, recorded per database in QSettings, skipped within the week."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QSettings

from garage_desktop.db.engine import Database
from garage_desktop.services import upkeep
from garage_desktop.ui import database


def test_runs_when_due_and_is_skipped_within_the_week(qapp, db: Database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    runs: list[upkeep.Upkeep] = []
    run = upkeep.run
    monkeypatch.setattr(upkeep, "run", lambda connection: runs.append(run(connection)) or runs[-1])
    closed = datetime(2026, 11, 28, 18, 0)
    done = database.upkeep_if_due(db, closed)
    assert done is not None and done.done and len(runs) == 1
    assert QSettings().value(database._upkeep_key(db)) == "2026-11-28T18:00:00"
    assert database.upkeep_if_due(db, closed + timedelta(days=1)) is None  # within the week: skipped
    assert database.upkeep_if_due(db, closed + timedelta(days=6, hours=23)) is None
    assert len(runs) == 1
    assert database.upkeep_if_due(db, closed + timedelta(days=7, minutes=1)) is not None
    assert len(runs) == 2


def test_a_failing_upkeep_never_stops_the_close(qapp, db: Database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def broken(_connection):  # type: ignore[no-untyped-def]
        raise OSError("disk full")

    monkeypatch.setattr(upkeep, "run", broken)
    assert database.upkeep_if_due(db, datetime(2026, 11, 28, 18, 0)) is None
    assert QSettings().value(database._upkeep_key(db)) is None  # tried again at the next close
