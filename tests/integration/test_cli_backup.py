"""garage-desktop backup / restore / check on the command line, for scheduled tasks."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from garage_desktop.__main__ import main
from garage_desktop.db.engine import Database
from garage_desktop.db.migrate import HEAD_REVISION


def _file(db: Database) -> Path:
    return Path(db.engine.url.database)


@pytest.mark.sqlite_only("a backup of the database file (the server's are tests/integration/test_server.py)")
def test_backup_then_check_then_restore(db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    live = _file(db)
    assert main(["backup", "--db", str(live), "--to", str(tmp_path / "usb")]) == 0
    made = sorted((tmp_path / "usb").glob("test-*.sqlite3"))
    assert len(made) == 1
    assert "checked" in capsys.readouterr().out

    assert main(["check", "--db", str(made[0])]) == 0
    assert f"schema {HEAD_REVISION} (current)" in capsys.readouterr().out

    db.dispose()
    assert main(["restore", str(made[0]), "--db", str(live)]) == 0
    out = capsys.readouterr().out
    assert "previous file is kept" in out
    assert list(live.parent.glob("*.before-restore-*"))


@pytest.mark.sqlite_only("the backups folder beside the database file")
def test_backup_without_folder_goes_beside_the_database(db: Database) -> None:
    live = _file(db)
    assert main(["backup", "--db", str(live)]) == 0
    assert list((live.parent / "backups").glob("test-*.sqlite3"))


@pytest.mark.sqlite_only("a damaged file; the server's schema stamp is tests/integration/test_server.py's")
def test_check_reports_damage_and_newer_schema(tmp_path: Path, db: Database,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x13" * 4000)
    assert main(["check", "--db", str(broken)]) == 1
    assert "damaged" in capsys.readouterr().out

    live = _file(db)
    db.dispose()
    with sqlite3.connect(live) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    assert main(["check", "--db", str(live)]) == 2
    assert "newer program" in capsys.readouterr().out


@pytest.mark.sqlite_only("the file's bytes (the server's refusals are tests/integration/test_server.py's)")
def test_restore_refuses_a_damaged_backup(db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    live = _file(db)
    db.dispose()  # closing checkpoints the WAL into the file: compare from here on
    before = live.read_bytes()
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"garbage" * 500)
    assert main(["restore", str(bad), "--db", str(live)]) == 1
    assert "refused" in capsys.readouterr().err
    assert live.read_bytes() == before


@pytest.mark.sqlite_only("a database file that exists")
def test_demo_refuses_an_existing_file_before_any_window(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    live = _file(db)
    db.dispose()
    before = live.read_bytes()
    assert main(["--demo", "--db", str(live)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert live.read_bytes() == before
