"""The audit trail is append-only and tamper-evident: the database refuses to change, remove or replace a row,
whoever asks; every event is chained to the one before, and ``garage-desktop check`` (and start-up) name the
first event that no longer matches, a missing or changed trigger, or a missing table. Every user action that
changes the garage's records records an event (the test suite's guard checks every test; the actions below had
none)."""

from __future__ import annotations

import sqlite3
import threading
import time
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import delete, event, select, text, update
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError

from garage_desktop.__main__ import main
from garage_desktop.db import audit_chain
from garage_desktop.db.engine import Database
from garage_desktop.db.migrate import HEAD_REVISION, alembic_config, current_revision, upgrade
from garage_desktop.db.models import AuditEvent
from garage_desktop.domain.classes import BodyView, DamageKind, Role
from garage_desktop.services import audit, clock, garage_server, operators, qc, stock
from garage_desktop.services import picking_actions as actions
from garage_desktop.services.stock import ReceiptLine
from tests.integration.test_picking import add_part, brake, pick  # noqa: F401 (brake is a fixture)
from tests.integration.test_qc import make_qc_order
from tests.integration.test_work_order import NOW, call

APPEND_ONLY = "append-only"


def _file(db: Database) -> Path:
    return Path(db.engine.url.database)


def _on_server(db: Database) -> bool:
    return db.engine.dialect.name == "postgresql"


def _where(db: Database) -> str:
    """What ``--db`` is given: the file, or the server database's URL."""
    return db.url if _on_server(db) else str(_file(db))


def _verify(db: Database) -> audit_chain.Verdict:
    return audit_chain.verify_url(db.url) if _on_server(db) else audit_chain.verify_file(_file(db))


def _at(value: str | datetime) -> datetime:
    """An event's time as read back: SQLite gives the stored text, PostgreSQL a datetime."""
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)


def _some_events(db: Database, people: dict[Role, int], count: int = 3, name: str = "新同事") -> None:
    for n in range(count):
        with db.session_scope() as session:
            operators.save_operator(session, people[Role.OWNER], None, f"{name}{n}", Role.ADVISOR)


def _events(db: Database) -> list[tuple]:
    with db.engine.connect() as conn:
        return [tuple(row) for row in conn.exec_driver_sql(
            "SELECT id, at, operator_id, order_id, entity, entity_id, action, before, after, chain "
            "FROM audit_event ORDER BY id")]


def _tamper(db: Database, *sql: str) -> None:
    """What someone with an SQLite tool does: drop the triggers, change the rows, put the triggers back as they
    were (on the server, what the table's owner can do: switch the triggers off and on again)."""
    if _on_server(db):
        with db.engine.begin() as conn:
            conn.exec_driver_sql("ALTER TABLE audit_event DISABLE TRIGGER USER")
            for statement in sql:
                conn.exec_driver_sql(statement)
            conn.exec_driver_sql("ALTER TABLE audit_event ENABLE TRIGGER USER")
        return
    path = _file(db)
    db.dispose()
    conn = sqlite3.connect(path)
    try:
        for name in audit_chain.SQLITE_TRIGGERS:
            conn.execute(f"DROP TRIGGER {name}")
        for statement in sql:
            conn.execute(statement)
        for definition in audit_chain.SQLITE_TRIGGERS.values():
            conn.execute(definition)
        conn.commit()
    finally:
        conn.close()


def _check(db: Database, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    db.dispose()
    code = main(["check", "--db", _where(db)])
    return code, capsys.readouterr().out


# --- append-only ---------------------------------------------------------------------------------------------
def test_audit_rows_cannot_be_updated_or_deleted(db: Database, people: dict[Role, int]) -> None:
    with db.session_scope() as session:
        operators.save_operator(session, people[Role.OWNER], None, "新同事", Role.ADVISOR)
    with db.session_scope() as session:
        count = len(session.scalars(select(AuditEvent)).all())
        assert count >= 1
    with pytest.raises(DatabaseError, match="append-only"), db.session_scope() as session:
        session.execute(update(AuditEvent).values(action="tampered"))
    with pytest.raises(DatabaseError, match="append-only"), db.session_scope() as session:
        session.execute(delete(AuditEvent))
    with db.session_scope() as session:
        rows = session.scalars(select(AuditEvent)).all()
        assert len(rows) == count and all(row.action != "tampered" for row in rows)


@pytest.mark.sqlite_only("REPLACE is SQLite's; PostgreSQL's ON CONFLICT DO UPDATE is refused below")
@pytest.mark.parametrize("verb", ["REPLACE", "INSERT OR REPLACE"])
def test_replace_into_an_event_is_refused_and_leaves_it_as_it_was(db: Database, people: dict[Role, int],
                                                                   verb: str) -> None:
    """REPLACE deletes the old row without firing the delete trigger (recursive_triggers is off)."""
    _some_events(db, people)
    before = _events(db)
    with pytest.raises(IntegrityError, match=APPEND_ONLY), db.engine.begin() as conn:
        conn.exec_driver_sql(
            f"{verb} INTO audit_event (id, at, operator_id, order_id, entity, entity_id, action, before, after, "
            "chain) VALUES (1, '2026-11-28 09:00:00.000000', NULL, NULL, 'operator', 1, 'tampered', '', '', ?)",
            (before[0][9],))
    assert _events(db) == before


def test_an_event_out_of_order_or_without_its_id_is_refused(db: Database, people: dict[Role, int]) -> None:
    _some_events(db, people)
    before = _events(db)
    last = before[-1][0]
    row = "'2026-11-28 09:00:00.000000', NULL, NULL, 'operator', 1, 'create', '', '', 'x'"
    quietly = (f"INSERT INTO audit_event VALUES ({last}, {row}) ON CONFLICT DO NOTHING" if _on_server(db)
               else f"INSERT OR IGNORE INTO audit_event VALUES ({last}, {row})")
    for sql in (f"INSERT INTO audit_event VALUES ({last + 5}, {row})",  # a gap
                (f"INSERT INTO audit_event (at, operator_id, order_id, entity, entity_id, action, before, after, "
                 f"chain) VALUES ({row})"),  # the database would number it
                quietly):  # an existing id, quietly
        with pytest.raises(IntegrityError, match=APPEND_ONLY), db.engine.begin() as conn:
            conn.exec_driver_sql(sql)
    with pytest.raises(IntegrityError, match=APPEND_ONLY), db.engine.begin() as conn:
        conn.execute(text("INSERT INTO audit_event VALUES (:id, :at, NULL, NULL, 'operator', 1, 'create', '', '', "
                          "'x') ON CONFLICT (id) DO UPDATE SET action = 'tampered'"),
                     {"id": last, "at": _at(before[0][1])})
    assert _events(db) == before


@pytest.mark.server_only("TRUNCATE and switching triggers off are PostgreSQL's")
def test_the_server_refuses_truncate_and_a_batch_out_of_order(db: Database, people: dict[Role, int]) -> None:
    _some_events(db, people)
    before = _events(db)
    last = before[-1][0]
    with pytest.raises(IntegrityError, match=APPEND_ONLY), db.engine.begin() as conn:
        conn.exec_driver_sql("TRUNCATE audit_event CASCADE")
    row = "'2026-11-28 09:00:00.000000', NULL, NULL, 'operator', 1, 'create', '', '', 'x'"
    with pytest.raises(IntegrityError, match=APPEND_ONLY), db.engine.begin() as conn:  # the second one is a gap
        conn.exec_driver_sql(f"INSERT INTO audit_event VALUES ({last + 1}, {row}), ({last + 3}, {row})")
    assert _events(db) == before
    with db.engine.begin() as conn:  # several in order in one statement: each sees the one before
        conn.exec_driver_sql(f"INSERT INTO audit_event VALUES ({last + 1}, {row}), ({last + 2}, {row})")
    assert [row[0] for row in _events(db)] == list(range(1, last + 3))


# --- the chain -----------------------------------------------------------------------------------------------
def test_each_event_is_chained_to_the_one_before(db: Database, people: dict[Role, int]) -> None:
    clock.set_fixed(datetime(2026, 11, 28, 9, 0))
    _some_events(db, people)
    with db.session_scope() as session:  # several events in one transaction, one flush
        for n in range(3):
            audit.record(session, people[Role.OWNER], "setting", "setting", None, before={"n": n}, after="它's")
    with db.session_scope() as session, session.no_autoflush:  # and without flushing in between
        audit.record(session, None, "setting", "setting", None, after="a")
        audit.record(session, None, "setting", "setting", None, after="b")
    rows = _events(db)
    assert [row[0] for row in rows] == list(range(1, len(rows) + 1))
    previous = ""
    for row in rows:
        fields = (row[0], _at(row[1]), *row[2:9])
        assert row[9] == audit_chain.link(previous, fields)
        previous = row[9]
    verdict = _verify(db)
    assert verdict.finding is None and verdict.events == len(rows)


def test_sqlite_and_the_program_write_the_same_canonical_text() -> None:
    """The check lets SQLite write each event's canonical text; the program writes it in Python."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE audit_event (id INTEGER PRIMARY KEY, at DATETIME, operator_id INTEGER, "
                 "order_id INTEGER, entity VARCHAR(30), entity_id INTEGER, action VARCHAR(40), before TEXT, "
                 "after TEXT)")
    rows = [(1, "2026-11-28 09:00:00.000000", None, None, "part", None, "create", "", ""),
            (2, "2026-11-28 09:00:01.250000", 3, 17, "repair_order", 17, "status:receive",
             '{"note": "客戶說 \'異響\'", "x": "a,b"}', "it's ''quoted''"),
            (3, "2026-11-28 09:00:02.000000", 1, None, "part", 2, "update", "cut\x00hidden", "\n\t¥")]
    conn.executemany("INSERT INTO audit_event VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    written = [text for (text,) in conn.execute(
        f"SELECT {audit_chain._SQL_CANONICAL} FROM audit_event ORDER BY id")]
    assert written == [audit_chain.canonical(row) for row in rows]
    hidden = audit_chain.canonical(rows[2])
    assert audit_chain.canonical((*rows[2][:7], "cut\x00other", rows[2][8])) != hidden  # nothing hides behind NUL


def test_a_writer_that_read_a_stale_last_event_fails_and_the_chain_holds(db: Database, people: dict[Role, int],
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Two transactions give their event the same id; the second one's insert is refused when the first
    commits: the chain never forks (SQLite serialises the writers; PostgreSQL's unique index does the same for a
    writer that skips the trail's write lock, as the program never does: see the next test)."""
    _some_events(db, people, 1)
    first = db.sessions()()
    audit.record(first, None, "setting", "setting", None, after="first")
    first.flush()  # holds SQLite's write lock (the server's advisory lock)
    if _on_server(db):
        monkeypatch.setattr(audit_chain, "hold_write_lock", lambda _connection: None)
    inserting = threading.Event()

    def flag(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        if statement.startswith("INSERT INTO audit_event"):
            inserting.set()

    failure: list[BaseException] = []

    def second_writer() -> None:
        with db.sessions()() as second:
            event.listen(second.connection(), "before_cursor_execute", flag)
            audit.record(second, None, "setting", "setting", None, after="second")
            try:
                second.commit()  # read the same last event; waits for the lock at the insert
            except BaseException as error:  # noqa: BLE001 (kept for the assertion)
                failure.append(error)
                second.rollback()

    thread = threading.Thread(target=second_writer)
    thread.start()
    assert inserting.wait(10)
    first.commit()
    first.close()
    thread.join(15)
    assert failure and isinstance(failure[0], (IntegrityError, OperationalError))
    assert _verify(db).finding is None
    assert [row[8] for row in _events(db)][-1] == "first"


@pytest.mark.server_only("several PCs writing to one server at once")
def test_on_the_server_a_second_pc_waits_and_chains_its_event_after_the_first(db: Database,
                                                                             people: dict[Role, int]) -> None:
    _some_events(db, people, 1)
    first = db.sessions()()
    audit.record(first, None, "setting", "setting", None, after="first")
    first.flush()  # holds the trail's write lock until it commits
    asked = threading.Event()

    def flag(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        if "pg_advisory_xact_lock" in statement:
            asked.set()

    failure: list[BaseException] = []

    def second_writer() -> None:
        with db.sessions()() as second:
            event.listen(second.connection(), "before_cursor_execute", flag)
            audit.record(second, None, "setting", "setting", None, after="second")
            try:
                second.commit()  # waits for the first PC's commit, then reads its event
            except BaseException as error:  # noqa: BLE001 (kept for the assertion)
                failure.append(error)

    thread = threading.Thread(target=second_writer)
    thread.start()
    assert asked.wait(10)
    time.sleep(0.3)  # the second writer is waiting on the lock now
    first.commit()
    first.close()
    thread.join(15)
    assert failure == []
    assert [row[8] for row in _events(db)][-2:] == ["first", "second"]
    assert _verify(db).finding is None


def test_the_demo_garage_is_chained(tmp_path: Path) -> None:
    from garage_desktop.demo import write_demo

    path = tmp_path / "demo.sqlite3"
    clock.set_fixed(NOW)
    write_demo(f"sqlite:///{path}", orders=40, seed=7)
    verdict = audit_chain.verify_file(path)
    assert verdict.finding is None and verdict.events > 100


# --- check and start-up --------------------------------------------------------------------------------------
def test_check_passes_an_untouched_trail(db: Database, people: dict[Role, int],
                                         capsys: pytest.CaptureFixture[str]) -> None:
    _some_events(db, people)
    code, out = _check(db, capsys)
    assert code == 0 and "audit trail intact" in out


def test_check_names_the_first_event_changed_behind_the_triggers(db: Database, people: dict[Role, int],
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    clock.set_fixed(datetime(2026, 11, 28, 9, 30))
    _some_events(db, people, 5)
    events = _events(db)
    target = events[-2]  # one of the five written at 09:30
    _tamper(db, f"UPDATE audit_event SET after = '{{\"name\": \"別人\"}}' WHERE id = {target[0]}")
    code, out = _check(db, capsys)
    assert code == 1
    assert f"audit trail altered: the audit trail was altered at event {target[0]} of 2026-11-28 09:30" in out


def test_check_names_the_event_after_one_removed(db: Database, people: dict[Role, int],
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    _some_events(db, people, 4)
    events = _events(db)
    _tamper(db, f"DELETE FROM audit_event WHERE id = {events[2][0]}")
    code, out = _check(db, capsys)
    assert code == 1 and f"altered at event {events[3][0]} " in out


def test_check_sees_a_link_recomputed_for_the_changed_event_alone(db: Database, people: dict[Role, int],
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    _some_events(db, people, 4)
    events = _events(db)
    changed = (*events[1][:6], "delete", *events[1][7:9])
    fields = (changed[0], _at(changed[1]), *changed[2:])
    link = audit_chain.link(events[0][9], fields)
    _tamper(db, f"UPDATE audit_event SET action = 'delete', chain = '{link}' WHERE id = {events[1][0]}")
    code, out = _check(db, capsys)
    assert code == 1 and f"altered at event {events[2][0]} " in out


@pytest.mark.sqlite_only("SQLite's triggers; the server's are below")
@pytest.mark.parametrize(("sql", "words"), [
    ("DROP TRIGGER audit_event_next_only", "protection audit_event_next_only was removed"),
    ("DROP TRIGGER audit_event_no_update", "protection audit_event_no_update was removed"),
    (("DROP TRIGGER audit_event_no_delete; CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event "
      "WHEN 0 BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
     "protection audit_event_no_delete was changed"),
    ("CREATE TRIGGER audit_event_helper AFTER INSERT ON audit_event BEGIN SELECT 1; END",
     "unknown trigger audit_event_helper"),
    ("DROP TABLE audit_event", "the audit trail (table audit_event) is missing"),
])
def test_check_notices_the_protection_or_the_table_gone(db: Database, people: dict[Role, int],
                                                        capsys: pytest.CaptureFixture[str], sql: str,
                                                        words: str) -> None:
    _some_events(db, people)
    path = _file(db)
    db.dispose()
    conn = sqlite3.connect(path)
    conn.executescript(sql)
    conn.close()
    code, out = _check(db, capsys)
    assert code == 1 and words in out


@pytest.mark.server_only("PostgreSQL's triggers and functions")
@pytest.mark.parametrize(("sql", "words"), [
    (["DROP TRIGGER audit_event_next_only ON audit_event"], "protection audit_event_next_only was removed"),
    (["DROP TRIGGER audit_event_no_truncate ON audit_event"], "protection audit_event_no_truncate was removed"),
    (["DROP TRIGGER audit_event_no_delete ON audit_event",
      ("CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW WHEN (false) "
       "EXECUTE FUNCTION audit_event_refuse()")], "protection audit_event_no_delete was changed"),
    (["CREATE OR REPLACE FUNCTION audit_event_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN OLD; END; $$"],
     "protection audit_event_no_update was changed"),
    (["ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update"],
     "protection audit_event_no_update was switched off"),
    (["CREATE TRIGGER audit_event_helper AFTER INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_next_only()"],
     "unknown trigger audit_event_helper"),
    (["DROP TABLE audit_event"], "the audit trail (table audit_event) is missing"),
])
def test_check_notices_the_server_protection_or_the_table_gone(db: Database, people: dict[Role, int],
                                                               capsys: pytest.CaptureFixture[str], sql: list[str],
                                                               words: str) -> None:
    _some_events(db, people)
    with db.engine.begin() as conn:
        for statement in sql:
            conn.exec_driver_sql(statement)
    code, out = _check(db, capsys)
    assert code == 1 and words in out


def test_start_up_opens_and_the_watch_names_the_altered_event(db: Database, people: dict[Role, int]) -> None:
    """What start-up runs on its worker thread after the window is up (the window test shows the warning)."""
    from garage_desktop.services.garage_file import Verdict, audit_check, inspect_file

    _some_events(db, people, 3)
    target = _events(db)[2]
    _tamper(db, f"UPDATE audit_event SET operator_id = NULL WHERE id = {target[0]}")
    if _on_server(db):
        finding = garage_server.check(db.url).finding
    else:
        assert inspect_file(_file(db)).verdict is Verdict.CURRENT  # the program still opens the file
        finding = audit_check(_file(db)).finding
    assert finding is not None and (finding.kind, finding.event_id) == ("altered", target[0])
    assert finding.when == str(target[1])[:16]


# --- the migration -------------------------------------------------------------------------------------------
def test_the_migration_chains_the_events_already_written(db: Database, people: dict[Role, int],
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    _some_events(db, people, 4)
    written = [row[:9] for row in _events(db)]
    command.downgrade(alembic_config(db.engine), "0002_promise_in_force")
    with db.engine.connect() as conn:  # 0002's triggers are back, without the chain
        triggers = {name for (name,) in conn.exec_driver_sql(
            "SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_event'::regclass AND NOT tgisinternal"
            if _on_server(db) else "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_event'")}
    assert triggers == ({"audit_event_append_only"} if _on_server(db)
                        else {"audit_event_no_update", "audit_event_no_delete"})
    assert upgrade(db.engine)
    assert current_revision(db.engine) == HEAD_REVISION
    assert [row[:9] for row in _events(db)] == written
    assert _verify(db).events == len(written)
    _some_events(db, people, 1, "後來的")  # the program goes on from the migrated chain
    code, out = _check(db, capsys)
    assert code == 0 and f"({len(written) + 1} events)" in out


# --- every action records an event (issue 13, item 6) --------------------------------------------------------
def _actions(db: Database) -> list[str]:
    with db.session_scope() as session:
        return list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def test_issuing_and_returning_parts_are_audited(db: Database, people: dict, brake: dict) -> None:  # noqa: F811
    store = people[Role.STORE]
    pads, filters = pick(db, brake["order"]).lines
    before = len(_actions(db))
    call(db, actions.issue, store, pads.id, "1")
    assert _actions(db)[before:] == ["parts:issue"]
    call(db, actions.issue_all, store, brake["order"])
    assert _actions(db)[before + 1:] == ["parts:issue", "parts:issue"]
    call(db, actions.return_part, store, filters.id, "1", "用錯")
    assert _actions(db)[-1] == "parts:return"
    with db.session_scope() as session:
        last = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()
    assert (last.entity, last.entity_id, last.order_id, last.operator_id) == (
        "part_line", filters.id, brake["order"], store)
    assert '"on_hand": "3"' in last.after and '"reason": "用錯"' in last.after


def test_receiving_at_the_same_cost_is_audited(db: Database, people: dict) -> None:
    clock.set_fixed(NOW)
    part_id = add_part(db, people, "BP-09", "後剎車片", on_hand="0", cost="60.00")
    call(db, stock.receive, people[Role.STORE], "博世配件", [ReceiptLine(part_id, "4", "60.00")])
    before = len(_actions(db))
    call(db, stock.receive, people[Role.STORE], "博世配件", [ReceiptLine(part_id, "2", "60.00")], "送貨單 1")
    assert _actions(db)[before:] == ["stock:receive"]


def test_changing_the_note_of_new_damage_is_audited(db: Database, people: dict) -> None:
    clock.set_fixed(NOW)
    inspector = people[Role.INSPECTOR]
    order_id = make_qc_order(db)
    view = call(db, qc.add_new_damage, inspector, order_id,
                qc.DamageMarkInput(BodyView.REAR, 100, 100, DamageKind.SCRATCH))
    mark = view.damage[-1]
    call(db, qc.note_new_damage, inspector, order_id, mark.id, "後保險槓刮痕")
    with db.session_scope() as session:
        last = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()
    assert (last.action, last.entity_id, last.before, last.after) == ("qc:damage_note", mark.id, "", "後保險槓刮痕")


def test_the_guard_refuses_a_service_that_writes_without_an_event(db: Database, people: dict,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The test suite's guard (installed for every test by tests/conftest.py) at work: a service whose audit
    event goes missing cannot commit, and nothing it wrote is kept."""
    part_id = add_part(db, people, "BP-10", "後剎車片", on_hand="5")
    monkeypatch.setattr(audit, "record", lambda *args, **kwargs: None)
    with pytest.raises(audit.UnauditedWrite, match="part, stock_movement"):
        call(db, stock.adjust, people[Role.STORE], part_id, "-1", "摔壞")
    with db.session_scope() as session:
        assert stock.get_part(session, part_id, lock=False).on_hand == Decimal(5)
        audit.exempt(session, "a test of the exemption itself")
        stock.adjust(session, people[Role.STORE], part_id, "-1", "摔壞")
