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


def _first_schema_garage(path: Path) -> Path:
    """A garage file of the first schema (0001_initial) holding a setting, closed."""
    from alembic import command

    from garage_desktop.db.engine import Database
    from garage_desktop.db.migrate import alembic_config, upgrade

    database = Database(f"sqlite:///{path}")
    upgrade(database.engine)
    command.downgrade(alembic_config(database.engine), "0001_initial")
    with database.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO setting (key, value) VALUES ('garage_name', 'kept')")
    database.dispose()
    return path


def _columns(path: Path, table: str) -> set[str]:
    with sqlite3.connect(path) as conn:
        names = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
    conn.close()
    return names


def test_upgrade_is_preceded_by_a_backup(qapp, tmp_path: Path) -> None:
    path = _first_schema_garage(tmp_path / "garage.sqlite3")
    db = open_database(f"sqlite:///{path}")
    db.dispose()
    assert "promise_in_force_at" in _columns(path, "repair_order")
    made = list((tmp_path / "backups" / "pre-upgrade").glob("garage-pre-upgrade-0001_initial-*.sqlite3"))
    assert len(made) == 1  # named for the schema it holds, apart from the daily backups
    assert backups(tmp_path / "backups") == []
    assert "promise_in_force_at" not in _columns(made[0], "repair_order")  # the file as it was
    with sqlite3.connect(made[0]) as conn:
        assert conn.execute("SELECT value FROM setting WHERE key='garage_name'").fetchall() == [("kept",)]
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001_initial",)]
    conn.close()


def test_the_backup_before_an_upgrade_outlives_the_daily_retention(qapp, tmp_path: Path) -> None:
    """The daily backup later the same day keeps only the newest of the day: it must not take the copy of the
    file as it was before the upgrade with it."""
    from datetime import datetime, timedelta

    from garage_desktop.db.backup import make_backup

    path = _first_schema_garage(tmp_path / "garage.sqlite3")
    open_database(f"sqlite:///{path}").dispose()
    later = datetime.now()
    for seconds in (1, 2):
        make_backup(path, tmp_path / "backups", now=later + timedelta(seconds=seconds))

    def schema(file: Path) -> str:
        with sqlite3.connect(file) as conn:
            value = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        conn.close()
        return value

    kept = [file for file in (tmp_path / "backups").rglob("*.sqlite3") if schema(file) == "0001_initial"]
    assert len(kept) == 1 and "0001_initial" in kept[0].name


def test_an_empty_file_is_damaged_not_a_new_garage(qapp, tmp_path: Path) -> None:
    path = tmp_path / "garage.sqlite3"
    path.touch()  # years of data, cut to 0 bytes by a crash or a bad copy
    with pytest.raises(StartupRefused, match="damaged.*empty"):
        open_database(f"sqlite:///{path}")
    assert path.stat().st_size == 0


@pytest.mark.parametrize(("change", "reason"), [
    ("DELETE FROM alembic_version", "schema version record .alembic_version. is empty"),
    ("DROP TABLE alembic_version", "no schema version"),
])
def test_an_odd_schema_stamp_is_refused_in_plain_words(qapp, tmp_path: Path, change: str, reason: str) -> None:
    path = tmp_path / "garage.sqlite3"
    open_database(f"sqlite:///{path}").dispose()
    with sqlite3.connect(path) as conn:
        conn.execute(change)
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StartupRefused, match=f"not a garage database.*{reason}"):
        open_database(f"sqlite:///{path}")
    assert path.read_bytes() == before  # never stamped over


def test_another_programs_file_is_not_turned_into_a_garage(qapp, tmp_path: Path) -> None:
    path = tmp_path / "garage.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE note (text TEXT)")
        conn.execute("INSERT INTO note VALUES ('kept')")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StartupRefused, match="not a garage database"):
        open_database(f"sqlite:///{path}")
    assert path.read_bytes() == before


@pytest.mark.parametrize("name", ["a#b", "a?b", "a%20b"])
def test_a_folder_named_oddly_holds_the_garage(qapp, tmp_path: Path, name: str) -> None:
    from garage_desktop.paths import database_url

    path = tmp_path / name / "garage.sqlite3"
    path.parent.mkdir()
    open_database(database_url(path)).dispose()
    assert path.stat().st_size > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # not "a", not "a b"
    path.write_bytes(b"SQLite format 3\x00" + b"\x13" * 8000)
    with pytest.raises(StartupRefused, match="damaged"):
        open_database(database_url(path))


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
    # the tests' window is in English: a new garage is then written in Simplified, the paperwork's default
    assert any(job.name == "更换机油机滤" for job in jobs)


def test_damage_inside_the_file_is_found_by_the_check_after_start(qtbot, qapp, tmp_path: Path) -> None:
    """Start-up reads only the header and schema (fast on a big file); the full check follows on a worker."""
    from garage_desktop.services.garage_file import Verdict, inspect_file
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


def test_an_altered_audit_trail_opens_the_window_with_a_red_warning(qtbot, qapp, tmp_path: Path) -> None:
    """Tampering found after start-up (on the worker, after the integrity check) never stops the program: the
    window stays usable and a red warning names the first altered event."""
    from PySide6.QtWidgets import QLabel

    from garage_desktop.db import audit_chain
    from garage_desktop.domain.classes import Role
    from garage_desktop.services import operators
    from garage_desktop.services.garage_file import Verdict, inspect_file
    from garage_desktop.ui.app import show_main_window
    from garage_desktop.ui.backup_actions import IntegrityWatch, warn_audit_altered

    path = tmp_path / "garage.sqlite3"
    db = open_database(f"sqlite:///{path}")
    with db.session_scope() as session:
        owner = operators.list_operators(session)[0].id
        operators.save_operator(session, owner, None, "王小明", Role.ADVISOR)
    db.dispose()
    conn = sqlite3.connect(path)
    first = conn.execute("SELECT id, at FROM audit_event ORDER BY id LIMIT 1").fetchone()
    for name in audit_chain.SQLITE_TRIGGERS:
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("UPDATE audit_event SET operator_id = NULL WHERE id = ?", (first[0],))
    for definition in audit_chain.SQLITE_TRIGGERS.values():
        conn.execute(definition)
    conn.commit()
    conn.close()
    assert inspect_file(path).verdict is Verdict.CURRENT

    db = open_database(f"sqlite:///{path}")
    _ctx, window = show_main_window(db)
    qtbot.addWidget(window)
    watch = IntegrityWatch(path, window)
    watch.audit_altered.connect(lambda finding: warn_audit_altered(window, finding))
    with qtbot.waitSignal(watch.finished, timeout=10000) as done:
        watch.start()
    assert done.args == [True]  # the file itself is intact
    qtbot.waitUntil(lambda: window.findChild(QLabel, "auditWarning") is not None, timeout=5000)
    warning = window.findChild(QLabel, "auditWarning")
    assert warning.text() == f"Audit trail altered at event {first[0]} ({first[1][:16]})"
    assert "#c62828" in warning.styleSheet() and warning.isVisible()
    assert f"altered at event {first[0]}" in warning.toolTip()
    assert window.ui.tabs.isEnabled()
    window.close()
    db.dispose()
