"""Start-up checks: a damaged database or one from a newer program is refused and left untouched; an upgrade
runs only after a backup of the file as it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from garage_desktop.db.backup import backups
from garage_desktop.ui.app import StartupRefused, open_database


def test_damaged_file_is_refused_and_not_touched(qapp, tmp_path: Path) -> None:
    broken = tmp_path / "garage.sqlite3"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x13" * 8000)
    before = broken.read_bytes()
    with pytest.raises(StartupRefused, match="damaged"):
        open_database(f"sqlite:///{broken}")
    assert broken.read_bytes() == before


def test_newer_schema_is_refused_and_not_touched(qapp, tmp_path: Path) -> None:
    path = tmp_path / "garage.sqlite3"
    db = open_database(f"sqlite:///{path}")
    db.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StartupRefused, match="newer version"):
        open_database(f"sqlite:///{path}")
    assert path.read_bytes() == before


def test_upgrade_is_preceded_by_a_backup(qapp, tmp_path: Path) -> None:
    path = tmp_path / "garage.sqlite3"
    with sqlite3.connect(path) as conn:  # an old file without the current schema
        conn.execute("CREATE TABLE note (text TEXT)")
        conn.execute("INSERT INTO note VALUES ('kept')")
    conn.close()
    db = open_database(f"sqlite:///{path}")
    db.dispose()
    made = backups(tmp_path / "backups")
    assert len(made) == 1
    with sqlite3.connect(made[0][1]) as conn:
        assert conn.execute("SELECT text FROM note").fetchall() == [("kept",)]
        assert not conn.execute("SELECT name FROM sqlite_master WHERE name='repair_order'").fetchall()
    conn.close()


def test_new_and_current_files_need_no_backup(qapp, tmp_path: Path) -> None:
    path = tmp_path / "garage.sqlite3"
    open_database(f"sqlite:///{path}").dispose()
    open_database(f"sqlite:///{path}").dispose()
    assert backups(tmp_path / "backups") == []


def test_a_new_database_starts_with_an_owner_and_the_starter_catalog(qapp, tmp_path: Path) -> None:
    from garage_desktop.services import catalog, operators

    db = open_database(f"sqlite:///{tmp_path / 'garage.sqlite3'}")
    with db.session_scope() as session:
        people = operators.list_operators(session)
        jobs = catalog.list_operations(session)
    db.dispose()
    assert [p.name for p in people] == ["店主"]
    assert any(job.name == "更換機油機濾" for job in jobs)


def test_damage_inside_the_file_is_found_by_the_check_after_start(qtbot, qapp, tmp_path: Path) -> None:
    """Start-up reads only the header and schema (fast on a big file); the full check follows on a worker."""
    from garage_desktop.db.startup import Verdict, inspect_file
    from garage_desktop.ui.backup_actions import IntegrityWatch

    path = tmp_path / "garage.sqlite3"
    db = open_database(f"sqlite:///{path}")
    with db.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE filler (x TEXT)")
        conn.exec_driver_sql("CREATE INDEX ix_filler ON filler (x)")
        for i in range(3000):
            conn.exec_driver_sql("INSERT INTO filler VALUES (?)", (f"row {i:05d} " + "x" * 40,))
    db.dispose()
    pages = path.stat().st_size // 4096
    with path.open("r+b") as f:  # break b-tree page headers in the middle, leaving the file header and schema
        for page in (pages // 3, pages // 2, 3 * pages // 4):
            f.seek(page * 4096)
            f.write(b"\x0d\xff\xff\xff\xff\xff\xff\xff")
    assert inspect_file(path).verdict is Verdict.CURRENT

    watch = IntegrityWatch(path)
    with qtbot.waitSignal(watch.failed, timeout=10000) as blocker:
        watch.start()
    assert blocker.args[0]
