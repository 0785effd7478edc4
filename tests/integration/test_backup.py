"""Backups: online copy verified by an integrity check, retention, and a restore that keeps the current file."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from garage_desktop.db import backup
from garage_desktop.db.engine import Database
from garage_desktop.db.migrate import HEAD_REVISION
from garage_desktop.services import operators


def _db_file(db: Database) -> Path:
    return Path(db.engine.url.database)


@pytest.mark.sqlite_only("a backup of the database file (the server's are tests/integration/test_server.py)")
def test_backup_of_a_live_database_is_checked_and_readable(db: Database, tmp_path: Path) -> None:
    with db.session_scope() as session:  # the program holds the database open while the backup runs
        made = backup.make_backup(_db_file(db), tmp_path / "backups", now=datetime(2026, 11, 28, 18, 0))
        assert operators.list_operators(session)
    assert made.name == "test-20261128-180000.sqlite3"  # named after the file backed up (test.sqlite3)
    result = backup.check_file(made)
    assert result.ok and result.integrity == "ok" and result.revision == HEAD_REVISION


def test_damaged_file_fails_the_check(tmp_path: Path) -> None:
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x13" * 4000)
    assert not backup.check_file(broken).ok
    assert not backup.check_file(tmp_path / "missing.sqlite3").ok


def test_retention_keeps_30_daily_and_12_monthly() -> None:
    start = datetime(2025, 1, 1, 18, 0)
    stamps = [start + timedelta(days=d) for d in range(700)] + [start + timedelta(days=699, hours=2)]
    keep = backup.to_keep(stamps)
    newest = max(stamps)
    daily = {s.date() for s in keep if s > newest - timedelta(days=30)}
    assert len(daily) == 30
    months = {(s.year, s.month) for s in keep}
    assert len(months) == 12
    assert newest in keep
    assert len(keep) <= 30 + 12


def test_prune_deletes_old_files(tmp_path: Path) -> None:
    folder = tmp_path / "b"
    folder.mkdir()
    for d in range(45):
        (folder / backup.backup_name(datetime(2026, 10, 1) + timedelta(days=d))).write_bytes(b"x")
    backup.prune(folder)
    left = backup.backups(folder)
    # The 30 newest days (Oct 16 – Nov 14) hold the newest of both months too: nothing else is kept.
    assert len(left) == 30
    assert left[0][0] == datetime(2026, 11, 14)
    assert left[-1][0] == datetime(2026, 10, 16)


@pytest.mark.sqlite_only("a backup of the database file (the server's are tests/integration/test_server.py)")
def test_restore_saves_current_file_aside_and_refuses_a_bad_backup(db: Database, tmp_path: Path) -> None:
    live = _db_file(db)
    good = backup.make_backup(live, tmp_path / "backups")
    with db.session_scope() as session:
        owner = operators.list_operators(session)[0].id
        operators.save_operator(session, owner, None, "後來的人", operators.Role.ADVISOR)
    db.dispose()

    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database at all" * 100)
    before = live.read_bytes()
    with pytest.raises(backup.BackupError):
        backup.restore(bad, live)
    assert live.read_bytes() == before  # nothing changed

    saved = backup.restore(good, live, now=datetime(2026, 11, 28, 9, 30))
    assert saved is not None and saved.exists()
    restored = Database(f"sqlite:///{live}")
    with restored.session_scope() as session:
        names = [p.name for p in operators.list_operators(session)]
    restored.dispose()
    assert "後來的人" not in names
    aside = Database(f"sqlite:///{saved}")
    with aside.session_scope() as session:
        assert "後來的人" in [p.name for p in operators.list_operators(session)]
    aside.dispose()


def test_backup_then_corruption_then_restore_gives_back_every_order(tmp_path: Path) -> None:
    from sqlalchemy import select

    from garage_desktop.db.models import RepairOrder
    from garage_desktop.demo import write_demo

    live = tmp_path / "garage.sqlite3"
    write_demo(f"sqlite:///{live}", orders=40)

    def orders_in(path: Path) -> list[tuple]:
        database = Database(f"sqlite:///{path}")
        with database.session_scope() as session:
            rows = [(o.id, o.order_no, o.status, o.updated_at) for o in session.scalars(select(RepairOrder))]
        database.dispose()
        return rows

    before = orders_in(live)
    assert len(before) == 40
    made = backup.make_backup(live, tmp_path / "backups")
    pages = live.stat().st_size // 4096
    with live.open("r+b") as f:  # the PC died mid-write: pages of the live file are garbage now
        for page in range(2, pages, 3):
            f.seek(page * 4096)
            f.write(b"\x0d\xff\xff\xff" * 16)
    assert not backup.check_file(live).ok
    backup.restore(made, live)
    assert backup.check_file(live).ok
    assert orders_in(live) == before
