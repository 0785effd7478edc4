"""The workshop board service: which cars are shown, late and at-risk flags at their edges, who has each car."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from decimal import Decimal
from itertools import count

import pytest

from garage_desktop.db.engine import Database
from garage_desktop.db.models import Appointment, Customer, LabourLine, RepairOrder, Vehicle
from garage_desktop.domain.classes import JobClass, Payer, RegulatoryClass, Role
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.services import board, clock

S = OrderStatus
NOW = datetime(2026, 11, 28, 14, 0)
_serial = count(1)


def make_order(db: Database, status: OrderStatus, promised_at: datetime | None, *, plate: str | None = None,
               customer: str = "林志明", make: str = "豐田", model: str = "卡羅拉", received_by: int | None = None,
               holder: str = "", lines: Sequence[tuple[str, int | None]] = ()) -> int:
    """A customer, their vehicle and one order in ``status``; ``lines`` are (team, mechanic id) labour lines."""
    n = next(_serial)
    with db.session_scope() as session:
        person = Customer(name=customer, phone=f"1380000{n:04d}", created_at=NOW)
        car = Vehicle(customer=person, plate=plate or f"京A{n:05d}", make=make, model=model, created_at=NOW)
        order = RepairOrder(
            order_no=f"WO20261128-{n:03d}", status=status, customer=person, vehicle=car,
            job_class=JobClass.MINOR, regulatory_class=RegulatoryClass.MINOR_REPAIR, payer=Payer.SELF,
            promised_at=promised_at, original_promised_at=promised_at, created_at=NOW - timedelta(hours=3),
            received_at=None if status is S.BOOKED else NOW - timedelta(hours=3), received_by_id=received_by,
            updated_at=NOW, holder=holder)
        session.add(order)
        for seq, (team, mechanic_id) in enumerate(lines, start=1):
            session.add(LabourLine(order=order, seq=seq, name=f"工項{seq}", standard_hours=Decimal("1.00"),
                                   rate=Decimal("100.00"), coefficient=Decimal("1.000"), amount=Decimal("100.00"),
                                   team=team, mechanic_id=mechanic_id))
        session.flush()
        return order.id


def read_board(db: Database) -> board.Board:
    with db.session_scope(write=False) as session:
        return board.open_orders(session, clock.now())


def row_of(result: board.Board, order_id: int) -> board.BoardRow:
    return next(r for r in result.rows if r.order_id == order_id)


@pytest.fixture(autouse=True)
def fixed_clock() -> None:
    clock.set_fixed(NOW)


def test_only_cars_in_the_garage_are_shown(db: Database) -> None:
    shown = {status: make_order(db, status, NOW + timedelta(hours=5)) for status in
             (S.RECEIVED, S.ESTIMATED, S.CONFIRMED, S.DISPATCHED, S.IN_REPAIR, S.AWAITING_APPROVAL, S.QC_PENDING,
              S.REWORK, S.READY, S.SETTLED)}
    hidden = [make_order(db, status, NOW - timedelta(hours=5)) for status in
              (S.BOOKED, S.DELIVERED, S.FOLLOWED_UP, S.DEPOSIT_RELEASED, S.CANCELLED, S.NO_SHOW, S.REFUNDED)]
    result = read_board(db)
    ids = {r.order_id for r in result.rows}
    assert ids == set(shown.values())
    assert not ids & set(hidden)
    assert result.in_shop == 10
    assert row_of(result, shown[S.IN_REPAIR]).status_label == "In repair"


def test_late_and_at_risk_at_their_edges(db: Database) -> None:
    one_second_late = make_order(db, S.IN_REPAIR, NOW - timedelta(seconds=1))
    due_now = make_order(db, S.IN_REPAIR, NOW)
    in_59 = make_order(db, S.IN_REPAIR, NOW + timedelta(minutes=59))
    in_60 = make_order(db, S.IN_REPAIR, NOW + timedelta(minutes=60))
    in_61 = make_order(db, S.IN_REPAIR, NOW + timedelta(minutes=61))
    no_promise = make_order(db, S.RECEIVED, None)
    result = read_board(db)

    def flags(order_id: int) -> tuple[bool, bool]:
        row = row_of(result, order_id)
        return row.late, row.at_risk

    assert flags(one_second_late) == (True, False)
    assert flags(due_now) == (False, True)  # promised this very minute: not late yet, but at risk
    assert flags(in_59) == (False, True)
    assert flags(in_60) == (False, True)
    assert flags(in_61) == (False, False)
    assert flags(no_promise) == (False, False)
    assert row_of(result, one_second_late).minutes_to_promise == -1
    assert row_of(result, due_now).minutes_to_promise == 0
    assert row_of(result, in_59).minutes_to_promise == 59
    assert row_of(result, no_promise).minutes_to_promise is None


def test_the_flags_follow_the_clock(db: Database) -> None:
    order = make_order(db, S.DISPATCHED, NOW + timedelta(minutes=90))
    assert (row_of(read_board(db), order).late, row_of(read_board(db), order).at_risk) == (False, False)
    clock.set_fixed(NOW + timedelta(minutes=31))
    assert row_of(read_board(db), order).at_risk
    clock.set_fixed(NOW + timedelta(minutes=91))
    assert row_of(read_board(db), order).late


def test_a_ready_car_is_never_late(db: Database) -> None:
    ready_late = make_order(db, S.READY, NOW - timedelta(hours=2))
    settled_late = make_order(db, S.SETTLED, NOW - timedelta(hours=2))
    ready_soon = make_order(db, S.READY, NOW + timedelta(minutes=10))
    result = read_board(db)
    for order_id in (ready_late, settled_late, ready_soon):
        assert (row_of(result, order_id).late, row_of(result, order_id).at_risk) == (False, False)
    assert result.late == 0 and result.at_risk == 0
    assert result.ready == 3


def test_late_first_then_at_risk_then_by_promise(db: Database) -> None:
    later = make_order(db, S.RECEIVED, NOW + timedelta(hours=4))
    no_promise = make_order(db, S.RECEIVED, None)
    risk_late = make_order(db, S.IN_REPAIR, NOW + timedelta(minutes=50))
    late_little = make_order(db, S.IN_REPAIR, NOW - timedelta(minutes=5))
    soon = make_order(db, S.CONFIRMED, NOW + timedelta(hours=2))
    ready_long_ago = make_order(db, S.READY, NOW - timedelta(days=1))
    risk_early = make_order(db, S.QC_PENDING, NOW + timedelta(minutes=10))
    late_most = make_order(db, S.REWORK, NOW - timedelta(hours=3))
    order = [r.order_id for r in read_board(db).rows]
    assert order == [late_most, late_little, risk_early, risk_late, ready_long_ago, soon, later, no_promise]


def test_counters(db: Database) -> None:
    make_order(db, S.IN_REPAIR, NOW - timedelta(hours=1))
    make_order(db, S.AWAITING_APPROVAL, NOW - timedelta(minutes=1))
    make_order(db, S.QC_PENDING, NOW + timedelta(minutes=30))
    make_order(db, S.QC_PENDING, NOW + timedelta(hours=3))
    make_order(db, S.READY, NOW - timedelta(hours=1))
    make_order(db, S.SETTLED, NOW + timedelta(hours=1))
    make_order(db, S.RECEIVED, NOW + timedelta(days=1))
    make_order(db, S.DELIVERED, NOW - timedelta(hours=1))
    result = read_board(db)
    assert (result.in_shop, result.late, result.at_risk, result.ready, result.waiting_qc) == (7, 2, 1, 2, 2)


def test_who_has_the_car(db: Database, people: dict[Role, int]) -> None:
    advisor = people[Role.ADVISOR]  # 王小明
    foreman = people[Role.FOREMAN]  # 張班長
    received = make_order(db, S.RECEIVED, None, received_by=advisor)
    confirmed = make_order(db, S.CONFIRMED, None, received_by=advisor)
    nobody_received = make_order(db, S.ESTIMATED, None)
    in_repair = make_order(db, S.IN_REPAIR, None, received_by=advisor,
                           lines=[("一組", foreman), ("二組", None), ("一組", foreman), ("", None)])
    rework = make_order(db, S.REWORK, None, lines=[("三組", None)])
    dispatched_unassigned = make_order(db, S.DISPATCHED, None, lines=[("", None)])
    qc = make_order(db, S.QC_PENDING, None, received_by=advisor, lines=[("一組", None)])
    ready = make_order(db, S.READY, None, received_by=advisor, lines=[("一組", None)])
    settled = make_order(db, S.SETTLED, None, received_by=advisor)
    stored = make_order(db, S.IN_REPAIR, None, holder="噴漆房", lines=[("一組", None)])
    result = read_board(db)

    def who(order_id: int) -> tuple[str, Role | None]:
        row = row_of(result, order_id)
        return row.holder, row.holder_role

    assert who(received) == ("王小明", Role.ADVISOR)
    assert who(confirmed) == ("王小明", Role.ADVISOR)
    assert who(nobody_received) == ("", Role.ADVISOR)
    assert who(in_repair) == ("一組 張班長, 二組", Role.FOREMAN)
    assert who(rework) == ("三組", Role.FOREMAN)
    assert who(dispatched_unassigned) == ("", Role.FOREMAN)
    assert who(qc) == ("", Role.INSPECTOR)
    assert who(ready) == ("王小明", Role.ADVISOR)
    assert who(settled) == ("王小明", Role.ADVISOR)
    assert who(stored) == ("噴漆房", Role.FOREMAN)  # the order's own holder wins


def test_row_shows_the_car_and_the_customer(db: Database) -> None:
    order_id = make_order(db, S.ESTIMATED, NOW + timedelta(hours=3), plate="滬B12345", customer="陳美玲",
                          make="本田", model="雅閣")
    row = row_of(read_board(db), order_id)
    assert (row.plate, row.customer_name, row.make_model) == ("滬B12345", "陳美玲", "本田 雅閣")
    assert row.order_no.startswith("WO20261128-")
    assert (row.job_class, row.payer) == (JobClass.MINOR, Payer.SELF)
    assert row.received_at == NOW - timedelta(hours=3)
    assert row.promised_at == NOW + timedelta(hours=3)


def test_an_order_without_customer_record_falls_back_to_its_booking(db: Database) -> None:
    with db.session_scope() as session:
        order = RepairOrder(order_no="WO20261128-900", status=S.RECEIVED, job_class=JobClass.MEDIUM,
                            regulatory_class=RegulatoryClass.LEVEL2_MAINTENANCE, payer=Payer.WARRANTY,
                            created_at=NOW, updated_at=NOW, received_at=NOW)
        session.add(order)
        session.flush()
        session.add(Appointment(order_id=order.id, start_at=NOW, contact_name="周先生", plate="粵B88888",
                                created_at=NOW))
        order_id = order.id
    row = row_of(read_board(db), order_id)
    assert (row.plate, row.customer_name, row.make_model) == ("粵B88888", "周先生", "")


def test_board_reads_in_two_queries_however_many_cars(db: Database) -> None:
    from sqlalchemy import event

    for i in range(30):
        make_order(db, S.IN_REPAIR if i % 2 else S.RECEIVED, NOW + timedelta(minutes=i), lines=[("一組", None)])
    statements: list[str] = []

    def count_statement(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(db.engine, "before_cursor_execute", count_statement)
    try:
        result = read_board(db)
    finally:
        event.remove(db.engine, "before_cursor_execute", count_statement)
    assert result.in_shop == 30
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 2


def test_the_board_reads_the_same_on_a_plain_connection(db: Database, people: dict[Role, int]) -> None:
    """Start-up reads the board on a Core connection before the ORM is loaded: same cars, same holders."""
    clock.set_fixed(NOW)
    make_order(db, S.IN_REPAIR, NOW - timedelta(hours=1), lines=[("一組", people[Role.FOREMAN]), ("二組", None)])
    make_order(db, S.READY, NOW + timedelta(hours=1), received_by=people[Role.ADVISOR])
    make_order(db, S.QC_PENDING, NOW + timedelta(minutes=30), holder="李檢驗")
    with db.read_scope() as connection:
        on_connection = board.open_orders(connection, NOW)
    assert on_connection == read_board(db)
    assert {row.holder for row in on_connection.rows} == {"一組 張班長, 二組", "王小明", "李檢驗"}
