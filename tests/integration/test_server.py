"""The garage on a PostgreSQL server (several PCs): backups with pg_dump checked by a restore, restore that keeps
the database as it was beside it, ``check``, the move from the SQLite file, the id sequences after rows written
with their ids, numbers given once when two seats ask at the same moment, and a password that never shows.

Most of these run only with a server (``GARAGE_TEST_PG_URL``, see tests/conftest.py); the sequences and the
numbers run on SQLite too."""

from __future__ import annotations

import os
import socket
import sqlite3
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select, text
from sqlalchemy.engine import make_url

from garage_desktop.__main__ import main
from garage_desktop.db import server
from garage_desktop.db.engine import Database
from garage_desktop.db.migrate import HEAD_REVISION
from garage_desktop.db.models import Customer, QcInspection, RepairOrder
from garage_desktop.db.sequences import reset_sequences
from garage_desktop.domain.classes import JobClass, Payer, RegulatoryClass, Role
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.services import audit, clock, customers, garage_server, intake, numbering, operators
from garage_desktop.services.customers import CustomerForm, VehicleForm
from tests.conftest import PG_URL
from tests.integration import test_intake as intake_helpers

NOW = datetime(2026, 11, 28, 9, 30)
SECRET = "Wr0ng-Passw0rd-NEVER-shown"


def _with(url: str, **parts: object) -> str:
    return make_url(url).set(**parts).render_as_string(hide_password=False)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _register(db: Database, owner: int, name: str = "新客戶") -> int:
    with db.session_scope() as session:
        return customers.save_customer(session, owner, CustomerForm(name=name, phone="13900001111")).id


def _owner(db: Database) -> int:
    with db.session_scope() as session:
        return operators.list_operators(session)[0].id


def _password(url: str) -> str:
    return str(make_url(url).password or "")


# --- sequences --------------------------------------------------------------------------------------------------
def test_after_rows_written_with_their_ids_the_next_customer_gets_the_next_id(db: Database) -> None:
    owner = _owner(db)
    with db.session_scope() as session:
        audit.exempt(session, "test data written as an import writes it")
        session.execute(insert(Customer), [{"id": n, "name": f"客戶{n}", "created_at": NOW} for n in (1, 2, 40)])
        following = reset_sequences(session.connection())
    if db.engine.dialect.name == "postgresql":
        assert following["customer.id"] == 41 and following["repair_order.id"] == 1
    else:
        assert following == {}  # SQLite gives the highest id plus one by itself
    assert _register(db, owner) == 41


@pytest.mark.server_only("the demo garage written into a server database")
def test_a_demo_garage_on_the_server_registers_its_first_new_customer(empty_server_database: str) -> None:
    from garage_desktop.demo import write_demo

    clock.set_fixed(NOW)
    write_demo(empty_server_database, orders=30, seed=7)
    db = Database(empty_server_database)
    try:
        with db.session_scope() as session:
            highest = session.scalar(select(func.max(Customer.id)))
        assert _register(db, _owner(db)) == highest + 1
    finally:
        db.dispose()


# --- numbers given once -----------------------------------------------------------------------------------------
def _at_the_same_moment(work, count: int = 2) -> tuple[list[object], list[BaseException]]:  # type: ignore[no-untyped-def]
    """Run ``work(n)`` on ``count`` threads that start together; what each returned, and what was raised."""
    start = threading.Barrier(count)
    results: list[object] = []
    failures: list[BaseException] = []

    def run(n: int) -> None:
        start.wait(10)
        try:
            results.append(work(n))
        except BaseException as error:  # noqa: BLE001 (kept for the assertion)
            failures.append(error)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    return results, failures


def test_two_seats_taking_an_order_number_at_the_same_moment_get_two(db: Database) -> None:
    """Each seat takes the next number and writes its order, and is still writing when the other takes one."""
    clock.set_fixed(NOW)

    def take(n: int) -> str:
        with db.session_scope() as session:
            audit.exempt(session, "the order alone, written as the intake writes it")
            number = numbering.next_order_no(session, NOW)
            session.add(RepairOrder(order_no=number, status=OrderStatus.RECEIVED, job_class=JobClass.MINOR,
                                    regulatory_class=RegulatoryClass.MINOR_REPAIR, payer=Payer.SELF,
                                    created_at=NOW, updated_at=NOW))
            session.flush()
            time.sleep(0.5)  # the other seat asks now
            return number

    numbers, failures = _at_the_same_moment(take)
    assert failures == []
    assert sorted(numbers) == ["WO20261128-001", "WO20261128-002"]  # type: ignore[type-var]


def test_two_inspectors_issuing_a_certificate_at_the_same_moment_get_two(db: Database) -> None:
    clock.set_fixed(NOW)
    with db.session_scope() as session:
        orders = [RepairOrder(order_no=f"WO20261128-00{n}", status=OrderStatus.IN_REPAIR, job_class=JobClass.MAJOR,
                              regulatory_class=RegulatoryClass.MINOR_REPAIR, payer=Payer.SELF, created_at=NOW,
                              updated_at=NOW) for n in (1, 2)]
        session.add_all(orders)
        session.flush()
        order_ids = [order.id for order in orders]

    def issue(n: int) -> str:
        with db.session_scope() as session:
            audit.exempt(session, "the inspection alone, written as QC writes it")
            number = numbering.next_certificate_no(session, 2026)
            session.add(QcInspection(order_id=order_ids[n], attempt=1, template="engine", passed=True,
                                     certificate_no=number, inspected_at=NOW))
            session.flush()
            time.sleep(0.5)  # the other inspector asks now
            return number

    numbers, failures = _at_the_same_moment(issue)
    assert failures == []
    assert sorted(numbers) == ["HG2026-00001", "HG2026-00002"]  # type: ignore[type-var]


def _regular(db: Database, advisor: int, name: str, phone: str, plate: str) -> tuple[CustomerForm, VehicleForm]:
    """A customer and car on file, as the advisor picks them at the counter (nothing about them changes)."""
    with db.session_scope() as session:
        customer = customers.save_customer(session, advisor, CustomerForm(name=name, phone=phone))
        car = customers.save_vehicle(session, advisor, VehicleForm(plate=plate, make="豐田", model="卡羅拉"),
                                     customer.id).vehicle
    return (CustomerForm(customer_id=customer.id, name=customer.name, phone=customer.phone,
                         address=customer.address),
            VehicleForm(vehicle_id=car.id, plate=car.plate, make="豐田", model="卡羅拉"))


@pytest.mark.server_only("two PCs receiving cars at the same moment on one server")
@pytest.mark.parametrize("who", [
    "walk-ins",
    "regulars",
])
def test_two_seats_receiving_cars_at_the_same_moment_get_two_numbers(db: Database, advisor: int, who: str) -> None:
    """New customers are written (and audited) before the number is taken: the trail's write lock already keeps
    the seats apart. Regulars picked from the search write nothing before the number: only the number's own
    lock does."""
    clock.set_fixed(intake_helpers.NOW)
    if who == "walk-ins":
        parties = [(CustomerForm(name="林志明", phone="13812345678"), VehicleForm(plate="粤A12345", make="大眾")),
                   (CustomerForm(name="陳美玲", phone="13900002222"), VehicleForm(plate="粤B54321", make="豐田"))]
    else:
        parties = [_regular(db, advisor, "林志明", "13812345678", "粤A12345"),
                   _regular(db, advisor, "陳美玲", "13900002222", "粤B54321")]
    forms = [replace(intake_helpers.walk_in(), customer=customer, vehicle=vehicle, damage_marks=())
             for customer, vehicle in parties]

    def receive(n: int) -> str:
        with db.session_scope() as session:
            result = intake.receive(session, advisor, forms[n])
            time.sleep(0.5)  # the other seat receives its car now
            return result.order_no

    numbers, failures = _at_the_same_moment(receive)
    assert failures == []
    assert sorted(numbers) == ["WO20261128-001", "WO20261128-002"]  # type: ignore[type-var]


# --- backup, check, restore on the server -----------------------------------------------------------------------
@pytest.mark.server_only("pg_dump and pg_restore")
def test_backup_check_and_restore_on_the_server(db: Database, people: dict[Role, int], tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    name = make_url(db.url).database
    folder = tmp_path / "usb"
    assert main(["backup", "--db", db.url, "--to", str(folder)]) == 0
    made = sorted(folder.glob(f"{name}-*.dump"))
    assert len(made) == 1 and "written and checked" in capsys.readouterr().out
    assert made[0].stat().st_mode & 0o077 == 0  # the customers' names: the user's alone

    assert main(["check", "--db", db.url]) == 0
    assert f"schema {HEAD_REVISION} (current), audit trail intact" in capsys.readouterr().out

    later = _register(db, people[Role.OWNER], "備份後的客戶")
    db.dispose()
    assert main(["restore", str(made[0]), "--db", db.url]) == 0
    out = capsys.readouterr().out
    assert "previous database is kept on the server as" in out and _password(db.url) not in out
    with db.session_scope() as session:
        assert session.get(Customer, later) is None  # as it was when backed up
    assert _register(db, people[Role.OWNER], "還原後的客戶") == later  # the sequences came back with the rows
    assert main(["check", "--db", db.url]) == 0
    kept = out.rsplit(" as ", 1)[1].strip()
    assert server.database_exists(db.url, kept)
    aside = Database(_with(db.url, database=kept))
    try:
        with aside.session_scope() as session:
            assert session.get(Customer, later).name == "備份後的客戶"
    finally:
        aside.dispose()


@pytest.mark.server_only("restoring a server database")
def test_a_restore_is_refused_while_a_pc_is_connected_and_for_what_is_no_garage_backup(
        db: Database, people: dict[Role, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    made = garage_server.make_backup(db.url, tmp_path)
    later = _register(db, people[Role.OWNER])
    with db.engine.connect():  # a PC has the program open
        assert main(["restore", str(made), "--db", db.url]) == 1
    assert "is in use" in capsys.readouterr().err
    garbage = tmp_path / "garage-20261128-090000.dump"
    garbage.write_bytes(b"not a backup" * 100)
    assert main(["restore", str(garbage), "--db", db.url]) == 1
    assert "restore refused" in capsys.readouterr().err
    with db.session_scope() as session:  # nothing changed
        assert session.get(Customer, later) is not None
    assert not server.database_exists(db.url, f"{make_url(db.url).database}_restoring_{os.getpid()}")


@pytest.mark.server_only("the schema stamp of a server database")
def test_check_on_the_server_sees_a_newer_schema_and_a_backup_from_it_is_refused(
        db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    assert main(["check", "--db", db.url]) == 2
    assert "newer program" in capsys.readouterr().out
    made = garage_server.make_backup(db.url, tmp_path)
    with pytest.raises(garage_server.RestoreRefused, match="newer version"):
        garage_server.restore(made, db.url)


@pytest.mark.server_only("the client programs of a server")
def test_without_pg_dump_the_backup_says_what_to_install(db: Database, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(server, "client_tool", lambda _name: None)
    assert main(["backup", "--db", db.url, "--to", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "pg_dump and pg_restore were not found" in err and "apt install postgresql-client" in err
    assert list(tmp_path.iterdir()) in ([], [tmp_path / ".backup.lock"])  # nothing half-written


# --- move-to ----------------------------------------------------------------------------------------------------
@pytest.fixture
def garage_file(tmp_path: Path) -> Path:
    from garage_desktop.demo import write_demo

    path = tmp_path / "garage.sqlite3"
    clock.set_fixed(NOW)
    write_demo(f"sqlite:///{path}", orders=40, seed=11)
    clock.set_fixed(None)
    return path


@pytest.mark.server_only("moving the file onto a server")
def test_move_to_copies_every_table_checks_it_and_leaves_the_file(garage_file: Path, empty_server_database: str,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    before = garage_file.read_bytes()
    assert main(["move-to", empty_server_database, "--db", str(garage_file)]) == 0
    out = capsys.readouterr().out
    assert _password(empty_server_database) not in out
    from garage_desktop.db.models import Base

    tables = len(Base.metadata.tables)  # every table of the program
    assert tables >= 24 and f"all {tables} tables match" in out and "audit trail intact on the server" in out
    assert "payment" in out and " → " in out
    assert garage_file.read_bytes() == before

    source, moved = Database(f"sqlite:///{garage_file}"), Database(empty_server_database)
    try:
        for table in ("customer", "repair_order", "payment", "audit_event", "stock_movement"):
            with source.engine.connect() as a, moved.engine.connect() as b:
                sql = f"SELECT count(*), max(id) FROM {table}"
                assert a.exec_driver_sql(sql).one() == b.exec_driver_sql(sql).one()
        with source.engine.connect() as a, moved.engine.connect() as b:
            sql = "SELECT sum(amount) FROM payment"
            assert a.exec_driver_sql(sql).scalar() == b.exec_driver_sql(sql).scalar()
        with moved.engine.connect() as b:
            highest = b.exec_driver_sql("SELECT max(id) FROM customer").scalar()
        assert _register(moved, _owner(moved)) == highest + 1  # the sequences go on after the file's ids
    finally:
        source.dispose()
        moved.dispose()
    assert main(["check", "--db", empty_server_database]) == 0

    assert main(["move-to", empty_server_database, "--db", str(garage_file)]) == 1  # not empty any more
    assert "not empty" in capsys.readouterr().err


def _older_schema(path: Path) -> None:
    from alembic import command

    from garage_desktop.db.migrate import alembic_config

    database = Database(f"sqlite:///{path}")
    command.downgrade(alembic_config(database.engine), "0004_canonical_plates")
    database.dispose()


def _altered_trail(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TRIGGER audit_event_no_update")
        conn.execute("UPDATE audit_event SET action = 'tampered' WHERE id = 5")
    conn.close()


def _holding(text_value: str) -> Callable[[Path], None]:
    def hold(path: Path) -> None:
        with sqlite3.connect(path) as conn:  # as an older version let it be typed
            conn.execute("UPDATE customer SET name = ? WHERE id = 3", (text_value,))
        conn.close()
    return hold


@pytest.mark.server_only("moving the file onto a server")
@pytest.mark.parametrize(("spoil", "words"), [
    (_holding("長" * 200), ["customer.name: 1 row(s) longer than the 60 characters", "(the first: id 3)"]),
    (_holding("林\x00志明"), ["customer.name: 1 row(s) holding a NUL character", "(the first: id 3)"]),
    (_older_schema, ["its schema is older than this program's: start the program on it once"]),
    (_altered_trail, ["its audit trail was altered"]),
], ids=["too long", "NUL", "older schema", "altered trail"])
def test_move_to_refuses_what_the_server_should_not_get_and_writes_nothing(
        garage_file: Path, empty_server_database: str, capsys: pytest.CaptureFixture[str],
        spoil: Callable[[Path], None], words: list[str]) -> None:
    spoil(garage_file)
    assert main(["move-to", empty_server_database, "--db", str(garage_file)]) == 1
    err = capsys.readouterr().err
    assert all(said in err for said in words), err
    engine = server.engine_for(empty_server_database)
    try:
        with engine.connect() as connection:
            assert server.table_names(connection) == []  # not even migrated
    finally:
        engine.dispose()
    engine = server.engine_for(empty_server_database)
    try:
        with engine.connect() as connection:
            assert server.table_names(connection) == []  # not even migrated
    finally:
        engine.dispose()


@pytest.mark.server_only("moving the file onto a server")
def test_move_to_refuses_a_file_the_program_has_open(garage_file: Path, empty_server_database: str,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    from PySide6.QtCore import QLockFile

    lock = QLockFile(str(garage_file.with_name(garage_file.name + ".lock")))  # what the window holds
    assert lock.tryLock(0)
    try:
        assert main(["move-to", empty_server_database, "--db", str(garage_file)]) == 1
    finally:
        lock.unlock()
    assert "the program is open on this database" in capsys.readouterr().err


# --- the password never shows -----------------------------------------------------------------------------------
def _unreachable() -> list[tuple[str, str]]:
    """(why, URL): a server that refuses the login, and a port nothing listens on; both with ``SECRET``."""
    cases = [("wrong port", f"postgresql+psycopg://garage:{SECRET}@127.0.0.1:{_free_port()}/garage")]
    if PG_URL:
        cases.append(("refused login", _with(PG_URL, password=SECRET)))
    return cases


@pytest.mark.parametrize("case", range(2), ids=["wrong port", "refused login"])
def test_start_up_on_a_server_it_cannot_reach_never_shows_the_password(
        case: int, qapp, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    from garage_desktop.ui import app

    cases = _unreachable()
    if case >= len(cases):
        pytest.skip("needs the test server (GARAGE_TEST_PG_URL)")
    _why, url = cases[case]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, title, message, *a, **k: shown.append(
        f"{title}: {message}"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    assert app.run_window(url, language="en") == 1
    err = capsys.readouterr().err
    assert len(shown) == 1 and "cannot be opened" in shown[0] and "garage:***@127.0.0.1" in shown[0]
    for said in (shown[0], caplog.text, err):
        assert SECRET not in said

    # the command line too
    for command in (["check", "--db", url], ["backup", "--db", url, "--to", str(tmp_path)],
                    ["export", "--month", "2026-11", "--db", url, "--out", str(tmp_path / "never.xlsx")],
                    ["print", "work-order", "WO20261128-001", "--db", url, "--out", str(tmp_path / "never.pdf")]):
        assert main(command) != 0
        out, err = capsys.readouterr()
        assert SECRET not in out + err + caplog.text, command


# --- the README's "Several PCs", as an ordinary login ---------------------------------------------------------
@pytest.mark.server_only("the README's server set-up")
def test_the_readme_set_up_with_an_ordinary_login_moves_backs_up_and_restores(
        backend: str, garage_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """``createuser --createdb`` (not a superuser) and ``createdb --owner``: that login migrates, moves, checks,
    backs up (a scratch database for the check) and restores (renaming databases it owns); with the password
    in a password file (``~/.pgpass``) the URL holds none."""
    import subprocess

    from tests.conftest import drop_server_databases

    admin = make_url(PG_URL)
    login, database, password = f"garage_rd{os.getpid()}", f"garage_rd{os.getpid()}_db", "Kiosk-Pass-2026"
    env = server.libpq_environment(admin, "postgres")

    def run(tool: str, *args: str) -> None:
        subprocess.run([str(server.client_tool(tool)), *args], env=env, check=True, capture_output=True)

    run("createuser", "--createdb", login)
    run("psql", "-c", f"ALTER ROLE {login} PASSWORD '{password}'")  # what --pwprompt asks for
    try:
        run("createdb", "--owner", login, "--encoding", "UTF8", database)
        url = _with(PG_URL, username=login, password=password, database=database)
        assert main(["move-to", url, "--db", str(garage_file)]) == 0
        assert main(["check", "--db", url]) == 0
        assert main(["backup", "--db", url, "--to", str(tmp_path / "backups")]) == 0
        made = next((tmp_path / "backups").glob(f"{database}-*.dump"))
        assert main(["restore", str(made), "--db", url]) == 0
        capsys.readouterr()

        passfile = tmp_path / "pgpass"
        passfile.write_text(f"{admin.host}:{admin.port}:*:{login}:{password}\n", encoding="utf-8")
        passfile.chmod(0o600)
        monkeypatch.setenv("PGPASSFILE", str(passfile))
        bare = f"postgresql+psycopg://{login}@{admin.host}:{admin.port}/{database}"
        assert main(["check", "--db", bare]) == 0
        assert main(["backup", "--db", bare, "--to", str(tmp_path / "backups")]) == 0
        assert "written and checked" in capsys.readouterr().out
    finally:
        drop_server_databases(database)
        run("dropuser", "--if-exists", login)


@pytest.mark.server_only("pg_dump")
def test_a_server_backup_goes_to_the_garage_setting_or_the_data_folder_with_the_files_retention(
        db: Database, tmp_path: Path) -> None:
    from datetime import timedelta

    from garage_desktop.db import backup
    from garage_desktop.paths import data_dir

    name = make_url(db.url).database
    assert main(["backup", "--db", db.url]) == 0
    assert len(list((data_dir() / "backups").glob(f"{name}-*.dump"))) == 1

    chosen = tmp_path / "nas"
    chosen.mkdir()
    for day in range(45):  # older backups of the same database
        stamp = datetime(2026, 9, 1) + timedelta(days=day)
        (chosen / f"{name}-{stamp:%Y%m%d-%H%M%S}.dump").write_bytes(b"old")
    with db.engine.begin() as conn:  # the garage's setting, as Settings writes it
        conn.execute(text("INSERT INTO setting (key, value) VALUES ('backup_folder', :folder)"),
                     {"folder": str(chosen)})
    assert main(["backup", "--db", db.url]) == 0
    kept = backup.backups(chosen, name)
    assert kept[0][1].stat().st_size > 1000  # the new one, newest first
    assert len(kept) == 30  # the newest of the last 30 days that have one, the 12 months' among them
