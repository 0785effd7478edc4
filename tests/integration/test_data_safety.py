"""Data safety against an outside attack (issue 13): odd folder names, damaged and foreign files at restore,
backup leftovers and tracebacks, read-only folders, odd schema stamps, private files, no personal data in the
log. Each test goes through the command line or the services, as a user meets them."""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
import threading
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from garage_desktop.__main__ import main
from garage_desktop.db import backup
from garage_desktop.db.engine import Database
from garage_desktop.db.migrate import HEAD_REVISION, upgrade
from garage_desktop.paths import database_url
from garage_desktop.services import bootstrap, customers, operators

ODD_FOLDERS = ["a#b", "a?b", "a%20b"]
POSIX = os.name == "posix"


def make_garage(path: Path) -> Path:
    """A migrated garage file with its owner at ``path``, closed (the database's -wal checkpointed away)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    database = Database(database_url(path))
    upgrade(database.engine)
    with database.session_scope() as session:
        bootstrap.ensure_first_operator(session, starter_catalog=False)
    database.dispose()
    return path


def revision_of(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        value = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    conn.close()
    return value


def rollback_journal_mode(path: Path) -> bool:
    """True when the file's header says rollback journal (1), not WAL (2): bytes 18-19, read without opening it."""
    header = path.read_bytes()[:20]
    return header[18] == 1 and header[19] == 1


def only_backup(folder: Path, stem: str = "garage") -> Path:
    made = sorted(folder.glob(f"{stem}-*.sqlite3"))
    assert len(made) == 1, made
    return made[0]


def visible_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))


def log_text() -> str:
    from garage_desktop.logsetup import log_file

    return log_file().read_text(encoding="utf-8") if log_file().exists() else ""


# --- 1. '#', '?' and '%' in the data folder's path ------------------------------------------------------------
@pytest.mark.parametrize("name", ODD_FOLDERS)
def test_backup_check_and_restore_in_a_folder_named_oddly(tmp_path: Path, name: str,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    home = tmp_path / name
    live = make_garage(home / "garage.sqlite3")
    assert main(["backup", "--db", str(live), "--to", str(home / "usb")]) == 0
    made = only_backup(home / "usb")
    assert revision_of(made) == HEAD_REVISION
    assert main(["check", "--db", str(made)]) == 0
    assert "(current)" in capsys.readouterr().out

    live.write_bytes(live.read_bytes()[:3000])  # the PC died: the file is cut short
    assert main(["check", "--db", str(live)]) == 1
    assert "damaged" in capsys.readouterr().out
    assert main(["restore", str(made), "--db", str(live)]) == 0
    assert main(["check", "--db", str(live)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # nothing made in a folder cut at '?' or '#'


# --- 2. restore over the files start-up refuses ------------------------------------------------------------------
@pytest.mark.parametrize("damage", ["truncated", "bad header"])
def test_restore_replaces_a_damaged_file_and_keeps_it_aside(tmp_path: Path, damage: str,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    live = make_garage(tmp_path / "garage.sqlite3")
    assert main(["backup", "--db", str(live), "--to", str(tmp_path / "usb")]) == 0
    made = only_backup(tmp_path / "usb")
    data = live.read_bytes()
    broken = data[: len(data) // 2] if damage == "truncated" else b"\x00" * 100 + data[100:]
    live.write_bytes(broken)
    (tmp_path / "garage.sqlite3-wal").write_bytes(b"wal of the damaged file")

    assert main(["restore", str(made), "--db", str(live)]) == 0
    out = capsys.readouterr().out
    assert "previous file is kept" in out
    assert backup.check_file(live).ok and revision_of(live) == HEAD_REVISION
    aside = list(tmp_path.glob("garage.before-restore-*.sqlite3"))
    assert len(aside) == 1 and aside[0].read_bytes() == broken  # kept exactly as it was, by a rename
    assert Path(f"{aside[0]}-wal").read_bytes() == b"wal of the damaged file"
    assert not list(tmp_path.glob("*.partial*")) and not list(tmp_path.glob("*.restoring*"))


# --- 3. restore accepts only garage backups ---------------------------------------------------------------------
def _foreign_file(path: Path) -> Path:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE photo (name TEXT, data BLOB)")
        conn.execute("INSERT INTO photo VALUES ('holiday', x'00')")
    conn.close()
    return path


def _newer_backup(path: Path) -> Path:
    make_garage(path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    conn.close()
    return path


@pytest.mark.parametrize(("kind", "reason"), [
    ("empty", "is empty (0 bytes)"),
    ("foreign", "not a garage backup"),
    ("newer", "newer version of the program"),
])
def test_restore_refuses_what_is_not_a_garage_backup(tmp_path: Path, kind: str, reason: str,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    live = make_garage(tmp_path / "garage.sqlite3")
    before = live.read_bytes()
    chosen = tmp_path / "usb" / "chosen.sqlite3"
    chosen.parent.mkdir()
    if kind == "empty":
        chosen.touch()
    elif kind == "foreign":
        _foreign_file(chosen)
    else:
        _newer_backup(chosen)
    assert main(["restore", str(chosen), "--db", str(live)]) == 1
    err = capsys.readouterr().err
    assert "restore refused" in err and reason in err and "nothing was changed" in err
    assert live.read_bytes() == before
    assert not list(tmp_path.glob("garage.before-restore-*"))  # not even moved aside


# --- 7. the backup made before a migration survives the daily retention (see tests/ui/test_startup_checks.py) --


# --- 8. backup leftovers and tracebacks --------------------------------------------------------------------------
@pytest.mark.sqlite_only("a backup file without -wal/-shm beside it")
def test_a_backup_is_one_self_contained_file(db: Database, tmp_path: Path) -> None:
    live = Path(db.engine.url.database)
    with db.session_scope() as session:  # the window has the file open (WAL) while the backup runs
        operators.list_operators(session)
        assert main(["backup", "--db", str(live), "--to", str(tmp_path / "usb")]) == 0
    made = only_backup(tmp_path / "usb", "test")
    assert main(["check", "--db", str(made)]) == 0  # reading it back leaves nothing either
    assert visible_files(tmp_path / "usb") == [made.name]  # no -wal, no -shm, no .partial
    assert rollback_journal_mode(made)


def test_left_over_partial_files_are_removed_by_the_next_backup(tmp_path: Path) -> None:
    live = make_garage(tmp_path / "garage.sqlite3")
    usb = tmp_path / "usb"
    usb.mkdir()
    for name in ("garage-20261101-180000.sqlite3.partial", "garage-20261101-180000.sqlite3.partial-journal"):
        (usb / name).write_bytes(b"half a backup, the PC was switched off")
    assert main(["backup", "--db", str(live), "--to", str(usb)]) == 0
    assert visible_files(usb) == [only_backup(usb).name]


def test_a_damaged_database_is_refused_in_plain_words(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    live = make_garage(tmp_path / "garage.sqlite3")
    live.write_bytes(live.read_bytes()[:5000])
    assert main(["backup", "--db", str(live), "--to", str(tmp_path / "usb")]) == 1
    err = capsys.readouterr().err
    assert "backup failed" in err and "damaged" in err
    assert not (tmp_path / "usb").exists()


def test_two_backups_in_the_same_second_are_both_kept(tmp_path: Path) -> None:
    live = make_garage(tmp_path / "garage.sqlite3")
    moment = datetime(2026, 11, 28, 18, 0, 0)
    first = backup.make_backup(live, tmp_path / "usb", now=moment)
    second = backup.make_backup(live, tmp_path / "usb", now=moment)
    assert first != second and first.exists() and second.exists()
    assert [p for _, p in backup.backups(tmp_path / "usb")] == [second, first]


def test_backup_of_a_missing_file_is_refused_and_creates_nothing(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.sqlite3"
    assert main(["backup", "--db", str(missing)]) == 1
    err = capsys.readouterr().err
    assert "there is no database file" in err
    assert not missing.exists() and not (tmp_path / "backups").exists()
    assert "there is no database file" in log_text()  # command-line errors reach the log too


def test_backups_are_named_after_the_file_backed_up(tmp_path: Path) -> None:
    shop = make_garage(tmp_path / "shop.sqlite3")
    demo = make_garage(tmp_path / "demo.sqlite3")
    assert main(["backup", "--db", str(shop)]) == 0
    assert main(["backup", "--db", str(demo)]) == 0
    assert only_backup(tmp_path / "backups", "shop") and only_backup(tmp_path / "backups", "demo")
    assert not list((tmp_path / "backups").glob("garage-*"))


def test_a_concurrent_backup_is_refused_in_plain_words(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    live = make_garage(tmp_path / "garage.sqlite3")
    usb = tmp_path / "usb"
    copying, finish = threading.Event(), threading.Event()
    outcome: dict[str, object] = {}

    def slow_progress(_done: int, _total: int) -> None:
        copying.set()
        finish.wait(20)

    def first_backup() -> None:
        try:
            outcome["made"] = backup.make_backup(live, usb, progress=slow_progress)
        except Exception as error:  # noqa: BLE001 - reported below
            outcome["error"] = error

    worker = threading.Thread(target=first_backup)
    worker.start()
    try:
        assert copying.wait(20)
        assert main(["backup", "--db", str(live), "--to", str(usb)]) == 1
        assert "another backup" in capsys.readouterr().err
    finally:
        finish.set()
        worker.join(30)
    assert "error" not in outcome and Path(str(outcome["made"])).exists()  # the first one was left to finish


def run_program(args: list[str], home: Path, *, limit_file_size: int | None = None,
             user: int | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
           "XDG_CONFIG_HOME": str(home / "config"), "QT_QPA_PLATFORM": "offscreen"}

    def limits() -> None:
        if limit_file_size is not None:  # a full disk: writing past this size fails (EFBIG)
            import resource

            resource.setrlimit(resource.RLIMIT_FSIZE, (limit_file_size, limit_file_size))

    command = [sys.executable, *args]
    if user is not None:  # root standing in for an ordinary user
        command = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups", *command]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, cwd=home,
                          preexec_fn=limits if POSIX else None, check=False)


@pytest.mark.skipif(not POSIX, reason="the file-size limit stands in for a full disk on POSIX")
def test_a_full_disk_ends_in_a_message_not_a_traceback(tmp_path: Path) -> None:
    live = make_garage(tmp_path / "garage.sqlite3")
    with sqlite3.connect(live) as conn:  # a garage with some years in it
        conn.execute("CREATE TABLE filler (x BLOB)")
        conn.executemany("INSERT INTO filler VALUES (randomblob(4000))", [()] * 300)
    conn.close()
    usb = tmp_path / "usb"
    done = run_program(["-m", "garage_desktop", "backup", "--db", str(live), "--to", str(usb)], tmp_path,
                    limit_file_size=live.stat().st_size // 2)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr and "backup failed" in done.stderr
    assert not list(usb.glob("*.sqlite3*"))  # no half backup under any name


# --- 9. read-only folders and files: as an ordinary user (root may write anywhere) ------------------------------
@contextmanager
def ordinary_user_folder() -> Iterator[tuple[Path, int | None]]:
    """A folder an ordinary user can reach, and the user to run as: ``nobody`` when the tests run as root (for
    whom nothing is read-only), else None (this user)."""
    folder = Path(tempfile.mkdtemp(prefix="garage-ro-"))
    user: int | None = None
    if POSIX and os.geteuid() == 0:
        import pwd

        try:
            user = pwd.getpwnam("nobody").pw_uid
        except KeyError:
            pytest.skip("running as root and there is no 'nobody' user to stand for an ordinary user")
        if shutil.which("setpriv") is None:
            pytest.skip("running as root and there is no setpriv to run as an ordinary user")
        os.chown(folder, user, user)
    folder.chmod(0o755)
    try:
        yield folder, user
    finally:
        for path in [folder, *folder.rglob("*")]:
            if path.is_dir():
                path.chmod(0o755)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def ordinary_user() -> Iterator[tuple[Path, int | None]]:
    with ordinary_user_folder() as found:
        yield found


def owned_by(path: Path, user: int | None) -> None:
    if user is not None:
        for item in [path, *path.rglob("*")] if path.is_dir() else [path]:
            os.chown(item, user, user)


@pytest.mark.skipif(not POSIX, reason="POSIX permissions")
def test_backup_into_a_read_only_folder_says_so(ordinary_user: tuple[Path, int | None]) -> None:
    home, user = ordinary_user
    live = make_garage(home / "shop" / "garage.sqlite3")
    usb = home / "usb"
    usb.mkdir()
    owned_by(home / "shop", user)
    owned_by(usb, user)
    usb.chmod(0o555)
    done = run_program(["-m", "garage_desktop", "backup", "--db", str(live), "--to", str(usb)], home, user=user)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert f"the backup folder {usb} is not writable" in done.stderr


@pytest.mark.skipif(not POSIX, reason="POSIX permissions")
def test_restore_into_a_read_only_data_folder_says_so(ordinary_user: tuple[Path, int | None]) -> None:
    home, user = ordinary_user
    live = make_garage(home / "shop" / "garage.sqlite3")
    made = backup.make_backup(live, home / "usb")
    owned_by(home / "shop", user)
    owned_by(home / "usb", user)
    (home / "shop").chmod(0o555)
    done = run_program(["-m", "garage_desktop", "restore", str(made), "--db", str(live)], home, user=user)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr and "already open" not in done.stderr
    assert f"The data folder {home / 'shop'} is not writable" in done.stderr


# --- 10. odd schema stamps ---------------------------------------------------------------------------------------
def _empty_stamp(path: Path) -> Path:
    make_garage(path)
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM alembic_version")
    conn.close()
    return path


def _no_stamp(path: Path) -> Path:
    make_garage(path)
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TABLE alembic_version")
    conn.close()
    return path


@pytest.mark.parametrize(("make", "reason"), [
    (_empty_stamp, "schema version record (alembic_version) is empty"),
    (_no_stamp, "no schema version"),
])
def test_check_and_restore_explain_an_odd_schema_stamp(tmp_path: Path, make: Callable[[Path], Path], reason: str,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    odd = make(tmp_path / "odd.sqlite3")
    assert main(["check", "--db", str(odd)]) == 1
    out = capsys.readouterr().out
    assert "not a garage database as it is" in out and reason in out
    live = make_garage(tmp_path / "garage.sqlite3")
    before = live.read_bytes()
    assert main(["restore", str(odd), "--db", str(live)]) == 1
    assert reason in capsys.readouterr().err
    assert live.read_bytes() == before


# --- 12. privacy -------------------------------------------------------------------------------------------------
def test_a_failed_save_does_not_put_the_customers_details_into_the_log(db: Database, people: dict,
                                                                       caplog: pytest.LogCaptureFixture) -> None:
    from garage_desktop.domain.classes import Role

    with db.engine.begin() as conn:  # the next insert fails the way a full disk would
        if db.engine.dialect.name == "postgresql":
            conn.execute(text("CREATE FUNCTION no_room() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                              "RAISE EXCEPTION 'database or disk is full' USING ERRCODE = 'disk_full'; END $$"))
            conn.execute(text("CREATE TRIGGER no_room BEFORE INSERT ON customer FOR EACH ROW "
                              "EXECUTE FUNCTION no_room()"))
        else:
            conn.execute(text("CREATE TRIGGER no_room BEFORE INSERT ON customer "
                              "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"))
    form = customers.CustomerForm(name="林志明", phone="0912345678", address="台北市信義路五段7號")
    with pytest.raises(Exception) as failed, db.session_scope() as session:  # whatever it raises gets logged
        customers.save_customer(session, people[Role.ADVISOR], form)
    logging.getLogger("garage_desktop.ui.errors").error("unexpected error", exc_info=failed.value)
    logged = caplog.text + "".join(traceback.format_exception(failed.value))
    assert "database or disk is full" in logged
    for secret in ("林志明", "0912345678", "台北市"):
        assert secret not in logged


@pytest.mark.skipif(not POSIX, reason="POSIX file modes")
def test_log_and_backups_are_readable_by_the_user_only(tmp_path: Path) -> None:
    from garage_desktop.logsetup import setup_logging

    root = logging.getLogger()
    handlers = list(root.handlers)
    written = setup_logging(tmp_path / "logs")
    try:
        logging.getLogger("garage_desktop").error("something about 林志明's car")
        new = [h for h in root.handlers if h not in handlers]
        assert stat.S_IMODE(written.stat().st_mode) == 0o600
        assert stat.S_IMODE((tmp_path / "logs").stat().st_mode) == 0o700
        for handler in new:
            handler.doRollover()  # type: ignore[attr-defined]
        assert {stat.S_IMODE(p.stat().st_mode) for p in (tmp_path / "logs").iterdir()} == {0o600}
    finally:
        for handler in [h for h in root.handlers if h not in handlers]:
            root.removeHandler(handler)
            handler.close()

    live = make_garage(tmp_path / "garage.sqlite3")
    made = backup.make_backup(live, tmp_path / "backups")
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "backups").stat().st_mode) == 0o700
    saved = backup.restore(made, live)
    assert saved is not None
    assert stat.S_IMODE(live.stat().st_mode) == 0o600
