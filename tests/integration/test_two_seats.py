"""Issue 17, item 3: two seats never lose each other's work, and each sees the other's changes within two seconds.

A form keeps the version of the order it loaded (its last audit event); saving over a change another seat made
since is refused with who made it and when, in the saving transaction. The window hears of other seats' changes:
on PostgreSQL by the notice each committing transaction sends (LISTEN/NOTIFY), on SQLite by looking at the end of
the audit trail every second (another process on the same file, the command line).
"""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from garage_desktop.db.engine import Database
from garage_desktop.domain.classes import Role
from garage_desktop.services import changes, clock, estimate, intake, operators
from garage_desktop.services.changes import ChangedElsewhere
from garage_desktop.services.estimate import EstimateDraft, LabourDraft
from garage_desktop.ui import seat_watch
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.seat_watch import SeatWatch
from tests.integration.test_intake import walk_in

MORNING = datetime(2026, 11, 28, 10, 30)


@pytest.fixture
def seats(qapp, db: Database, people: dict[Role, int]) -> tuple[AppContext, AppContext]:  # type: ignore[no-untyped-def]
    """The counter (王小明, the advisor) and a second PC on the same database (王嘉欣, another advisor)."""
    clock.set_fixed(MORNING)
    with db.session_scope() as session:
        second = operators.save_operator(session, people[Role.OWNER], None, "王嘉欣", Role.ADVISOR).id
    counter = AppContext(db)
    counter.set_operator(people[Role.ADVISOR])
    other = AppContext(Database(str(db.url)))  # its own engine and connections, as another PC has
    other.set_operator(second)
    yield counter, other
    other.db.dispose()


def _draft(name: str) -> EstimateDraft:
    return EstimateDraft(diagnosis="前剎車片磨損", labour=(LabourDraft(name=name, standard_hours="1.0"),))


def test_saving_over_another_seats_change_is_refused_with_who_and_when(seats: tuple[AppContext, AppContext]) -> None:
    counter, other = seats
    order_id = counter.call(intake.receive, walk_in()).order_id
    loaded = counter.read(changes.order_version, order_id)  # the counter opens the estimate …
    clock.set_fixed(MORNING + timedelta(minutes=12))
    other.call_on_order(order_id, other.read(changes.order_version, order_id),
                        estimate.save_estimate, order_id, _draft("更換前剎車片"))  # … the other PC saves first

    with pytest.raises(ChangedElsewhere) as refused:
        counter.call_on_order(order_id, loaded, estimate.save_estimate, order_id, _draft("檢查異響"))
    assert refused.value.by == "王嘉欣"
    assert refused.value.at == datetime(2026, 11, 28, 10, 42)
    kept = counter.read(estimate.estimate_view, order_id)
    assert [line.name for line in kept.labour] == ["更換前剎車片"]  # the other seat's work is not overwritten

    reloaded = counter.read(changes.order_version, order_id)  # after a reload the counter may save
    counter.call_on_order(order_id, reloaded, estimate.save_estimate, order_id, _draft("檢查異響"))
    assert [line.name for line in counter.read(estimate.estimate_view, order_id).labour] == ["檢查異響"]


def test_a_seats_own_saves_in_a_row_are_not_a_conflict_once_it_reads_the_version_again(
        seats: tuple[AppContext, AppContext]) -> None:
    counter, _other = seats
    order_id = counter.call(intake.receive, walk_in()).order_id
    counter.call_on_order(order_id, counter.read(changes.order_version, order_id),
                          estimate.save_estimate, order_id, _draft("更換前剎車片"))
    after_save = counter.read(changes.order_version, order_id)
    counter.call_on_order(order_id, after_save, estimate.save_estimate, order_id, _draft("檢查異響"))
    assert counter.read(changes.order_version, order_id) > after_save


def test_a_change_to_another_order_is_no_conflict(seats: tuple[AppContext, AppContext]) -> None:
    counter, other = seats
    first = counter.call(intake.receive, walk_in()).order_id
    loaded = counter.read(changes.order_version, first)
    second = other.call(intake.receive, walk_in(vehicle=walk_in().vehicle.__class__(plate="粵B54321"))).order_id
    other.call_on_order(second, other.read(changes.order_version, second),
                        estimate.save_estimate, second, _draft("換機油"))
    counter.call_on_order(first, loaded, estimate.save_estimate, first, _draft("更換前剎車片"))


def test_the_window_hears_another_seats_change_and_not_its_own(qtbot: QtBot,
                                                               seats: tuple[AppContext, AppContext]) -> None:
    """Whatever the backend: on PostgreSQL the notice, on SQLite the look every second."""
    counter, other = seats
    watch = SeatWatch(counter)
    heard: list[frozenset[str]] = []
    counter.data_changed.connect(heard.append)
    watch.start()
    try:
        counter.call(intake.receive, walk_in())  # this window's own action (it announces itself) …
        watch.look()
        assert watch.announced == 0 and heard == []  # … is not announced again

        started = time.monotonic()
        other.call(intake.receive, walk_in(vehicle=walk_in().vehicle.__class__(plate="粵B54321")))
        qtbot.waitUntil(lambda: watch.announced == 1, timeout=2000)
        assert time.monotonic() - started < 2
        assert "orders" in heard[-1] and "customers" in heard[-1]
    finally:
        watch.stop()


@pytest.mark.server_only("PostgreSQL's LISTEN/NOTIFY")
def test_on_a_server_the_notice_wakes_the_window_at_once(qtbot: QtBot, seats: tuple[AppContext, AppContext]) -> None:
    counter, other = seats
    watch = SeatWatch(counter)
    watch.start()
    try:
        assert watch._timer.interval() == seat_watch.SERVER_LOOK_MS  # the slow look: only a notice is this fast
        qtbot.wait(300)  # the listener is connected
        looks = watch.looks
        other.call(intake.receive, walk_in())
        # timed from the other seat's commit (the intake itself may take a while on a loaded machine), against the
        # 10 s slow look
        saved = time.monotonic()
        qtbot.waitUntil(lambda: watch.announced == 1, timeout=2000)
        assert time.monotonic() - saved < 1
        assert watch.looks <= looks + 2  # a notice a transaction, read once after it settles
    finally:
        watch.stop()


@pytest.mark.sqlite_only("another process on the same garage file")
def test_a_change_made_by_another_process_on_the_file_is_heard_within_two_seconds(
        qtbot: QtBot, seats: tuple[AppContext, AppContext], people: dict[Role, int]) -> None:
    counter, _other = seats
    watch = SeatWatch(counter)
    heard: list[frozenset[str]] = []
    counter.data_changed.connect(heard.append)
    watch.start()
    try:
        code = (
            "from garage_desktop.db.engine import Database\n"
            "from datetime import datetime\n"
            "from garage_desktop.services import clock, intake\n"
            "clock.set_fixed(datetime(2026, 11, 28, 10, 30))\n"
            "from tests.integration.test_intake import walk_in\n"
            f"db = Database({str(counter.db.url)!r})\n"
            "with db.session_scope() as session:\n"
            f"    intake.receive(session, {people[Role.ADVISOR]}, walk_in())\n")
        subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
        finished = time.monotonic()
        qtbot.waitUntil(lambda: watch.announced == 1, timeout=2000)
        assert time.monotonic() - finished < 2
        assert "orders" in heard[-1]
    finally:
        watch.stop()


def _order_ids(ctx: AppContext) -> list[int]:
    from sqlalchemy import select

    from garage_desktop.db.models import RepairOrder

    with ctx.db.session_scope() as session:
        return list(session.scalars(select(RepairOrder.id)))


def _locked() -> Exception:
    import sqlite3

    from sqlalchemy.exc import OperationalError

    return OperationalError("INSERT INTO customer …", {}, sqlite3.OperationalError("database is locked"))


def test_a_busy_database_is_tried_again_and_the_action_saved_once(seats: tuple[AppContext, AppContext],
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    counter, _other = seats
    monkeypatch.setattr("garage_desktop.ui.context.BUSY_RETRIES", (0.01, 0.01))
    tries: list[int] = []

    def receive_while_another_pc_holds_the_file(session, actor, form):  # type: ignore[no-untyped-def]
        result = intake.receive(session, actor, form)
        tries.append(result.order_id)
        if len(tries) == 1:
            raise _locked()  # the first attempt's commit was refused: rolled back whole
        return result

    done = counter.call(receive_while_another_pc_holds_the_file, walk_in())
    assert len(tries) == 2
    assert _order_ids(counter) == [done.order_id]  # received once, not twice


def test_a_database_busy_all_along_is_a_plain_message_and_nothing_is_saved(seats: tuple[AppContext, AppContext],
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from garage_desktop.domain.text import DomainError
    from garage_desktop.ui.errors import error_text

    counter, _other = seats
    monkeypatch.setattr("garage_desktop.ui.context.BUSY_RETRIES", (0.01, 0.01))

    def always_locked(session, actor, form):  # type: ignore[no-untyped-def]
        intake.receive(session, actor, form)
        raise _locked()

    with pytest.raises(DomainError) as refused:
        counter.call(always_locked, walk_in())
    assert "busy" in error_text(refused.value) and "Nothing was saved" in error_text(refused.value)
    assert "INSERT" not in error_text(refused.value)
    assert _order_ids(counter) == []


@pytest.mark.sqlite_only("another program holding the garage file's write lock")
def test_a_file_locked_by_another_program_is_a_plain_message_after_sqlites_own_wait(
        seats: tuple[AppContext, AppContext]) -> None:
    import sqlite3

    from garage_desktop.domain.text import DomainError
    from garage_desktop.ui.errors import error_text

    counter, _other = seats
    holder = sqlite3.connect(str(counter.db.url).removeprefix("sqlite:///"), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # e.g. a restore or a big import in another program
    try:
        started = time.monotonic()
        with pytest.raises(DomainError) as refused:
            counter.call(intake.receive, walk_in())
        waited = time.monotonic() - started
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert "busy" in error_text(refused.value)
    assert 4.5 < waited < 7  # SQLite's own 5 s, not tried again on top of it
    assert _order_ids(counter) == []
    counter.call(intake.receive, walk_in())  # once the other program let go, the action goes through
    assert len(_order_ids(counter)) == 1


@pytest.mark.sqlite_only("another program holding the garage file's write lock")
def test_reads_never_wait_for_a_writer(seats: tuple[AppContext, AppContext]) -> None:
    """The README: "reads never wait". While another program holds the file's write lock, the window still reads
    (``AppContext.read``, the board on a plain connection) at once."""
    import sqlite3

    from garage_desktop.services import board

    counter, _other = seats
    order_id = counter.call(intake.receive, walk_in()).order_id
    holder = sqlite3.connect(str(counter.db.url).removeprefix("sqlite:///"), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        view = counter.read(estimate.estimate_view, order_id)
        rows = counter.read_core(board.open_orders, MORNING).rows
        waited = time.monotonic() - started
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert view.order_id == order_id and [row.order_id for row in rows] == [order_id]
    assert waited < 1  # not SQLite's 5 s busy wait
