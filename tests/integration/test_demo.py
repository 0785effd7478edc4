"""The demo garage: every stage a newcomer should see, valid identifiers, consistent lifecycle, no overwrite."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from garage_desktop.db import models as m
from garage_desktop.db.engine import Database
from garage_desktop.domain import lifecycle, pinyin
from garage_desktop.domain.identifiers import check_plate, check_vin
from garage_desktop.domain.lifecycle import Event, OrderStatus
from garage_desktop.domain.pricing import labour_amount
from garage_desktop.domain.warranty import warranty_end_date
from garage_desktop.services import board, clock, settings
from garage_desktop.services.demo import write_demo

S = OrderStatus
NOW = datetime(2026, 11, 28, 15, 10)
ORDERS = 60


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    clock.set_fixed(NOW)
    try:
        summary = write_demo(f"sqlite:///{path}", orders=ORDERS)
    finally:
        clock.set_fixed(None)
    assert f"{ORDERS} orders" in summary
    yield path


@pytest.fixture
def demo(demo_file: Path) -> Iterator[Database]:
    database = Database(f"sqlite:///{demo_file}")
    yield database
    database.dispose()


def test_every_stage_of_the_lifecycle_is_there_to_look_at(demo: Database) -> None:
    with demo.session_scope() as session:
        statuses = set(session.scalars(select(m.RepairOrder.status)))
        assert session.scalar(select(func.count()).select_from(m.RepairOrder)) == ORDERS
    assert statuses == set(OrderStatus)


def test_the_board_has_late_and_at_risk_cars_today(demo: Database) -> None:
    with demo.session_scope() as session:
        today = board.open_orders(session, NOW)
    assert today.late >= 2 and today.at_risk >= 2
    assert {row.status for row in today.rows} == lifecycle.IN_SHOP
    assert all(row.holder for row in today.rows)


def test_vins_and_plates_pass_the_checks_without_warnings(demo: Database) -> None:
    with demo.session_scope() as session:
        cars = session.execute(select(m.Vehicle.plate, m.Vehicle.vin)).all()
        booked_plates = list(session.scalars(select(m.Appointment.plate)))
    assert len(cars) >= 20
    for plate, vin in cars:
        assert check_vin(vin).warnings == [] and check_vin(vin).value == vin
        assert check_plate(plate).warnings == [] and check_plate(plate).value == plate
    assert all(check_plate(plate).warnings == [] for plate in booked_plates)
    assert len({plate for plate, _ in cars}) == len(cars)


def test_customers_have_chinese_names_with_their_pinyin_initials(demo: Database) -> None:
    with demo.session_scope() as session:
        people = session.execute(select(m.Customer.name, m.Customer.name_initials, m.Customer.phone)).all()
    for name, initials, phone in people:
        assert re.fullmatch(r"[\u4e00-\u9fff]{2,4}", name)
        assert initials == pinyin.initials(name)
        assert re.fullmatch(r"1\d{10}", phone)


def test_order_numbers_are_unique_and_read_as_the_day_the_car_came_in(demo: Database) -> None:
    with demo.session_scope() as session:
        rows = session.execute(select(m.RepairOrder.order_no, m.RepairOrder.received_at, m.RepairOrder.status)).all()
    numbers = [no for no, _, _ in rows if no is not None]
    assert len(numbers) == len(set(numbers))
    for number, received_at, status in rows:
        if received_at is None:
            assert number is None and status in (S.BOOKED, S.NO_SHOW, S.CANCELLED)
        else:
            assert re.fullmatch(rf"WO{received_at:%Y%m%d}-\d{{3}}", number)


def test_labour_amounts_are_hours_times_rate_times_coefficient(demo: Database) -> None:
    with demo.session_scope() as session:
        lines = list(session.scalars(select(m.LabourLine)))
        rate = settings.load(session).hourly_rate
    assert lines
    for line in lines:
        assert line.amount == labour_amount(line.standard_hours, line.rate, line.coefficient)
        assert line.rate in (rate, 0)  # 0: a comeback, repaired free


def test_every_order_replays_through_the_state_machine_in_time_order(demo: Database) -> None:
    """The audit trail of each order, replayed from its first status, ends where the order is; never later
    than now; the step stamps are in order and say who did them."""
    with demo.session_scope() as session:
        orders = {o.id: o for o in session.scalars(select(m.RepairOrder))}
        trail: dict[int, list[m.AuditEvent]] = defaultdict(list)
        for event in session.scalars(select(m.AuditEvent).where(m.AuditEvent.order_id.is_not(None))
                                     .order_by(m.AuditEvent.id)):
            trail[event.order_id].append(event)
        for order_id, order in orders.items():
            events = trail[order_id]
            status = S.BOOKED if order.appointment is not None else S.RECEIVED
            last = order.created_at
            for event in events:
                assert event.before == status.value
                status = lifecycle.apply(Event(event.action.split(":")[1]), status, reason="x")
                assert last <= event.at <= NOW
                last = event.at
            assert status is order.status
            stamps = [order.created_at, order.received_at, order.estimated_at, order.confirmed_at, order.ready_at,
                      order.customer_told_at]
            present = [s for s in stamps if s is not None]
            assert present == sorted(present) and present[-1] <= NOW
            for moment, who in ((order.received_at, order.received_by_id), (order.settled_at, order.settled_by_id),
                                (order.delivered_at, order.delivered_by_id)):
                assert (moment is None) == (who is None)
            if order.status in (S.CANCELLED, S.NO_SHOW):
                assert order.cancel_reason


def test_qc_settlement_delivery_and_follow_up_leave_their_records(demo: Database) -> None:
    with demo.session_scope() as session:
        followed = list(session.scalars(select(m.RepairOrder).where(m.RepairOrder.status == S.FOLLOWED_UP)))
        assert any(o.passed_qc_first_time is False for o in followed)
        for order in followed:
            qc = session.scalars(select(m.QcInspection).where(m.QcInspection.order_id == order.id)
                                 .order_by(m.QcInspection.attempt)).all()
            assert qc[-1].passed and all(not q.passed for q in qc[:-1])
            assert order.passed_qc_first_time is (len(qc) == 1)
            assert session.scalar(select(m.Delivery).where(m.Delivery.order_id == order.id)) is not None
            calls = session.scalars(select(m.FollowUp).where(m.FollowUp.order_id == order.id)).all()
            assert any(call.reached for call in calls)
            assert all(call.called_at > order.delivered_at for call in calls)
        deposits = session.scalars(select(m.Payment).where(m.Payment.kind == "deposit")).all()
        assert deposits and all(p.amount > 0 for p in deposits)


def test_a_demo_inspection_reads_back_as_the_qc_tab_recorded_it(demo: Database) -> None:
    """The QC tab and the QC sheet show a demo inspection like a real one: a passed one with every check
    answered and its judgement passing, a failed one with its failed item and the rework."""
    from garage_desktop.domain.qc import Result
    from garage_desktop.services import qc, qc_templates

    templates = qc_templates.current()
    with demo.session_scope() as session:
        inspections = session.scalars(select(m.QcInspection)).all()
        assert any(not i.passed for i in inspections) and any(i.passed for i in inspections)
        for inspection in inspections:
            form = qc.inspection_form(session, inspection.order_id, inspection.attempt)
            assert form is not None and form.items
            template = templates.get(form.template)
            view = qc.qc_view(session, inspection.order_id)
            judged = qc.judge(template, view.fuel, view.line_names(), form)
            results = [answer.result for answer in form.items]
            if inspection.passed:
                assert set(results) == {Result.PASS}
                assert not judged.sheet.failed, inspection.order_id
            else:
                assert Result.FAIL in results
                assert qc.inspection_results(session, inspection.order_id, inspection.attempt)["rework"]


def test_comebacks_link_an_earlier_order_of_the_same_car_within_its_warranty(demo: Database) -> None:
    with demo.session_scope() as session:
        comebacks = list(session.scalars(select(m.RepairOrder).where(m.RepairOrder.comeback_of_id.is_not(None))))
        assert comebacks
        for order in comebacks:
            earlier = session.get(m.RepairOrder, order.comeback_of_id)
            assert earlier is not None and earlier.vehicle_id == order.vehicle_id
            assert order.received_at.date() <= warranty_end_date(earlier.regulatory_class,
                                                                  earlier.delivered_at.date())


def test_bookings_fill_the_week_with_one_hour_over_the_bays(demo: Database) -> None:
    with demo.session_scope() as session:
        bays = settings.load(session).bays
        starts = session.scalars(select(m.Appointment.start_at).join(m.RepairOrder)
                                 .where(m.RepairOrder.status == S.BOOKED)).all()
    assert all(NOW < start < NOW + timedelta(days=8) for start in starts)
    per_hour = Counter(start.replace(minute=0) for start in starts)
    assert max(per_hour.values()) > bays


def test_stock_on_hand_equals_the_sum_of_movements(demo: Database) -> None:
    with demo.session_scope() as session:
        for part in session.scalars(select(m.Part)):
            moved = session.scalar(select(func.sum(m.StockMovement.quantity))
                                   .where(m.StockMovement.part_id == part.id))
            assert part.on_hand == (moved or 0)
        issued = session.scalars(select(m.PartLine).where(m.PartLine.issued_qty > 0)).all()
        assert issued and all(line.issued_qty == line.planned_qty for line in issued)


def test_the_demo_refuses_to_overwrite_a_file(demo_file: Path) -> None:
    before = demo_file.read_bytes()
    with pytest.raises(FileExistsError):
        write_demo(f"sqlite:///{demo_file}", orders=30)
    assert demo_file.read_bytes() == before


def test_an_empty_file_is_filled_and_the_same_seed_gives_the_same_garage(tmp_path: Path) -> None:
    clock.set_fixed(NOW)
    digests = []
    for name in ("one.sqlite3", "two.sqlite3"):
        path = tmp_path / name
        path.touch()  # e.g. made by a file dialog: empty, so it may be filled
        write_demo(f"sqlite:///{path}", orders=30, seed=7)
        database = Database(f"sqlite:///{path}")
        with database.session_scope() as session:
            digests.append(session.execute(
                select(m.RepairOrder.order_no, m.RepairOrder.status, m.RepairOrder.received_at, m.Vehicle.vin)
                .outerjoin(m.Vehicle).order_by(m.RepairOrder.id)).all())
        database.dispose()
    assert digests[0] == digests[1] and len(digests[0]) == 30


def test_stock_movements_are_numbered_in_time_order(demo: Database) -> None:
    """The stock tab lists a part's movements newest first by their number, with the balance each left: the demo's
    opening receipt must come before the orders' issues, as in a garage's own records."""
    with demo.session_scope() as session:
        moments = list(session.scalars(select(m.StockMovement.created_at).order_by(m.StockMovement.id)))
    assert moments and moments == sorted(moments)


def test_no_demo_operator_has_a_pin(demo: Database) -> None:
    """The window opens locked for an operator with a PIN; ``--smoke`` and the screenshot tool open the demo
    garage and must find it unlocked (whoever is first)."""
    with demo.session_scope() as session:
        assert session.scalars(select(m.Operator.name).where(m.Operator.pin_hash.is_not(None))).all() == []
