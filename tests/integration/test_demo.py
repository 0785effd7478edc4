"""The demo garage: every stage a newcomer should see, valid identifiers, consistent lifecycle, no overwrite."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import datetime, timedelta
from decimal import Decimal
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from garage_desktop.db import models as m
from garage_desktop.db.engine import Database
from garage_desktop.demo import write_demo
from garage_desktop.domain import lifecycle, pinyin
from garage_desktop.domain.identifiers import check_plate, check_vin
from garage_desktop.domain.lifecycle import Event, OrderStatus
from garage_desktop.domain.pricing import labour_amount
from garage_desktop.domain.warranty import warranty_end_date
from garage_desktop.services import board, clock, settings

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
            assert event.at <= NOW
            if event.action.startswith("status:"):  # the stage changes (parts and money have events too)
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
        # As planned, except a part the inspector approved beyond the plan (用料批條): it goes on the bill at
        # settlement, when the customer is told.
        extra = set(session.scalars(select(m.Approval.id).where(m.Approval.kind == "extra_part")))
        assert issued and all(line.issued_qty == line.planned_qty for line in issued if line.approval_id not in extra)


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


# --- the demo tells one coherent story ------------------------------------------------------------------------
# What chance decides in one garage must hold in every one: the checks below read the module's demo and a few
# smaller garages built from other seeds.
SEEDS = (1, 2, 3, 4)


@pytest.fixture(scope="module")
def garages(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("seeds")
    paths = [demo_file]
    clock.set_fixed(NOW)
    try:
        for seed in SEEDS:
            paths.append(folder / f"seed{seed}.sqlite3")
            write_demo(f"sqlite:///{paths[-1]}", orders=40, seed=seed)
    finally:
        clock.set_fixed(None)
    return paths


def _sessions(paths: list[Path]) -> Iterator[Any]:
    for path in paths:
        database = Database(f"sqlite:///{path}")
        try:
            with database.session_scope() as session:
                yield session
        finally:
            database.dispose()


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def test_a_failed_qc_item_and_its_note_are_about_the_same_thing(garages: list[Path]) -> None:
    """The item failed at final QC is an item of the order, and the inspector's note speaks of it (no "oil level
    too high" on an electric car's battery check)."""
    from garage_desktop.domain.qc import Result
    from garage_desktop.services import qc

    failures = 0
    for session in _sessions(garages):
        for inspection in session.scalars(select(m.QcInspection).where(m.QcInspection.passed.is_(False))):
            form = qc.inspection_form(session, inspection.order_id, inspection.attempt)
            assert form is not None
            failed = [answer for answer in form.items if answer.result is Result.FAIL]
            assert len(failed) == 1, inspection.order_id
            answer = failed[0]
            assert answer.key.startswith("line:") and answer.note
            line = session.get(m.LabourLine, int(answer.key.removeprefix("line:")))
            assert line is not None and line.order_id == inspection.order_id
            subject = line.name.removeprefix("更換")
            assert _bigrams(subject) & _bigrams(answer.note), (line.name, answer.note)
            rework = qc.inspection_results(session, inspection.order_id, inspection.attempt)["rework"]
            assert [sent["id"] for sent in rework["lines"]] == [line.id] and rework["note"] == answer.note
            failures += 1
    assert failures


def test_added_work_is_the_customers_and_only_the_claims_lines_go_to_the_insurer(garages: list[Path]) -> None:
    """An insurer pays the claim and the maker the 三包 defect, never the added work the customer asked for; each
    payer's share is settled by that payer (the customer's by the customer)."""
    from garage_desktop.domain.classes import Payer
    from garage_desktop.domain.settlement import PaymentKind
    from garage_desktop.services import checkout_state

    third_party_orders = 0
    for session in _sessions(garages):
        orders = session.scalars(select(m.RepairOrder).where(m.RepairOrder.payer != Payer.SELF,
                                                             m.RepairOrder.status.in_(SETTLED))).all()
        for order in orders:
            state = checkout_state.checkout_state(session, order.id)
            for line in (*state.labour, *state.parts):
                assert line.payer is (Payer.SELF if line.added else order.payer), (order.order_no, line.name)
            share = state.settlement.of(order.payer)
            assert share is not None and share.third_party == share.payable
            receivable = sum((row.amount for row in state.money
                              if row.kind is PaymentKind.RECEIVABLE and row.payer is order.payer), Decimal(0))
            assert receivable == share.payable
            assert state.balance == 0 and not state.settlement.claim_pending
            third_party_orders += 1
    assert third_party_orders


def test_a_refund_goes_back_the_way_the_money_came(garages: list[Path]) -> None:
    from garage_desktop.domain.settlement import PaymentKind
    from garage_desktop.services import checkout_state

    refunds = 0
    for session in _sessions(garages):
        for order_id in session.scalars(select(m.Payment.order_id).where(m.Payment.kind == "refund").distinct()):
            money = checkout_state.checkout_state(session, order_id).money
            paid_by = {row.method for row in money if row.kind in (PaymentKind.DEPOSIT, PaymentKind.PAYMENT)}
            for row in money:
                if row.kind is PaymentKind.REFUND:
                    assert paid_by == {row.method}, (order_id, paid_by, row.method)
                    refunds += 1
    assert refunds


_CN = {c: n for n, c in enumerate("零一二三四五六七八九")}


def _spoken_km(words: str) -> tuple[int, int]:
    """The odometer range a customer's "四萬", "十九萬多", "八千" stands for: [low, high)."""
    match = re.fullmatch(r"([零一二三四五六七八九十]+)(萬|千)(多)?", words)
    assert match, words
    digits, unit, more = match.groups()
    tens, _, ones = digits.partition("十")
    number = (_CN.get(tens, 1) * 10 + _CN.get(ones, 0)) if "十" in digits else _CN[digits]
    size = 10_000 if unit == "萬" else 1_000
    if unit == "千":
        return number * size, (number + 1) * size
    return (number * size + 1000, (number + 1) * size) if more else (number * size, number * size + 1000)


def test_mileage_in_the_texts_agrees_with_the_odometer(garages: list[Path]) -> None:
    """"跑了四萬公里" is said of a car whose odometer reads about forty thousand km, not 198,388."""
    said = 0
    for session in _sessions(garages):
        for order in session.scalars(select(m.RepairOrder).where(m.RepairOrder.mileage_in.is_not(None))):
            for words in re.findall(r"跑了(\S+?)公里", order.complaint or ""):
                low, high = _spoken_km(words)
                assert low <= order.mileage_in < high, (order.order_no, order.complaint, order.mileage_in)
                said += 1
            for km in re.findall(r"里程 ([\d,]+) 公里", order.diagnosis or ""):
                assert int(km.replace(",", "")) == order.mileage_in, order.order_no
    assert said


def test_dates_names_and_notes_agree_with_the_records(garages: list[Path]) -> None:
    """A car is on the garage's books no earlier than its model year and before its first order; no customer
    has a staff member's name; a charging cable is left only in a car that charges, a low tank is noted only
    when the gauge reads low; a complaint of lateness only on a car ready after its promised time; a follow-up
    reminder names the next service the delivery recorded; cash handed over covers what was paid."""
    from garage_desktop.domain.classes import FuelType

    for session in _sessions(garages):
        staff = set(session.scalars(select(m.Operator.name)))
        assert not staff & set(session.scalars(select(m.Customer.name)))
        for vehicle in session.scalars(select(m.Vehicle)):
            assert vehicle.created_at.year >= vehicle.year, vehicle.plate
            assert vehicle.created_at >= vehicle.customer.created_at
            first = session.scalar(select(func.min(m.RepairOrder.created_at))
                                   .where(m.RepairOrder.vehicle_id == vehicle.id))
            assert first is None or vehicle.created_at <= first, vehicle.plate
        rows = session.execute(select(m.IntakeInspection, m.Vehicle).select_from(m.IntakeInspection)
                               .join(m.RepairOrder, m.RepairOrder.id == m.IntakeInspection.order_id)
                               .join(m.Vehicle, m.Vehicle.id == m.RepairOrder.vehicle_id)).all()
        for intake, vehicle in rows:
            if "充電線" in intake.items_left:
                assert vehicle.fuel_type in (FuelType.ELECTRIC, FuelType.HYBRID) and len(vehicle.plate) == 8
            if "偏低" in intake.notes:
                assert intake.fuel_level <= 2
                assert ("電量" in intake.notes) == (vehicle.fuel_type is FuelType.ELECTRIC)
        for call in session.scalars(select(m.FollowUp).where(m.FollowUp.reached.is_(True))):
            order = session.get(m.RepairOrder, call.order_id)
            if "晚了" in call.complaint:
                assert order.ready_at > order.promised_at
            assert (call.satisfaction <= 2) == bool(call.complaint)
            if "不滿" in call.remarks:
                assert call.satisfaction <= 2
            reminder = re.search(r"([\d,]+) 公里", call.remarks)
            if reminder:
                delivery = session.scalar(select(m.Delivery).where(m.Delivery.order_id == order.id))
                assert int(reminder.group(1).replace(",", "")) == delivery.next_service_km
        for payment in session.scalars(select(m.Payment).where(m.Payment.method == "cash")):
            assert payment.tendered is None or payment.tendered >= payment.amount
        for order in session.scalars(select(m.RepairOrder).where(m.RepairOrder.comeback_of_id.is_not(None))):
            earlier = session.get(m.RepairOrder, order.comeback_of_id)
            done = {line.operation_code for line in earlier.labour_lines}
            assert done & {line.operation_code for line in order.labour_lines}  # the same job, again


def test_a_car_is_in_the_shop_for_one_order_at_a_time(garages: list[Path]) -> None:
    for session in _sessions(garages):
        stays: dict[int, list[tuple[datetime, datetime, str]]] = defaultdict(list)
        for order in session.scalars(select(m.RepairOrder).where(m.RepairOrder.received_at.is_not(None))):
            left = order.delivered_at or order.closed_at or datetime.max
            stays[order.vehicle_id].append((order.received_at, left, order.order_no))
        for visits in stays.values():
            visits.sort()
            for before, after in pairwise(visits):
                assert before[1] <= after[0], (before, after)


# --- every document the program prints, from the demo ----------------------------------------------------
SETTLED = (S.SETTLED, S.DELIVERED, S.FOLLOWED_UP)


def _required_cases(session: Any) -> dict[str, m.RepairOrder]:
    """The demo's 三包 order, its order split between the insurer and the customer, and its 用料批條 order, each
    recognised by what the services say of it."""
    from garage_desktop.domain.classes import Payer
    from garage_desktop.services import checkout_state, picking_documents

    found: dict[str, m.RepairOrder] = {}
    for order in session.scalars(select(m.RepairOrder).where(m.RepairOrder.order_no.is_not(None))
                                 .order_by(m.RepairOrder.id)):
        if order.status in SETTLED:
            settlement = checkout_state.checkout_state(session, order.id).settlement
            maker, insurer, customer = (settlement.of(p) for p in (Payer.WARRANTY, Payer.CLAIM, Payer.SELF))
            if maker is not None and maker.third_party > 0:
                found.setdefault("warranty", order)
            if insurer is not None and insurer.third_party > 0 and customer is not None and customer.customer > 0:
                found.setdefault("split", order)
            if settlement.outside > 0:  # 外加工 (issue 16): its settlement list shows 外加工費
                found.setdefault("outside", order)
        slips = picking_documents.extra_slip_docs(session, order.id)
        if any(slip.state == "approved" and slip.issued > 0 for slip in slips):
            found.setdefault("extra", order)
    return found


def test_the_demo_has_a_warranty_order_a_split_settlement_and_an_extra_part_slip(garages: list[Path]) -> None:
    for session in _sessions(garages):
        cases = _required_cases(session)
        assert set(cases) == {"warranty", "split", "extra", "outside"}
        warranty = cases["warranty"]
        # 三包 only within the 包修期 (3 years or 60,000 km) when the car came in.
        assert warranty.mileage_in <= 60_000 and warranty.vehicle.year >= warranty.received_at.year - 3
        assert "三包" in warranty.diagnosis


# Which demo order prints each document (the three cases between them have every one).
DOCUMENT_CASES = {
    "work-order": ("warranty", "split", "extra"),
    "dispatch-slip": ("warranty", "split", "extra"),
    "pick-list": ("warranty", "split", "extra"),
    "extra-slip": ("extra",),
    "qc-sheet": ("warranty", "split", "extra"),
    "certificate": ("warranty",),
    "settlement": ("warranty", "split", "outside"),
    "receipt": ("split",),
    "sublet-slip": ("outside",),
    "call-sheet": ("split",),
}


def test_every_document_prints_from_the_demo(demo_file: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """Each document ``garage-desktop print`` knows prints from a demo order that has it: a PDF with text,
    naming the order."""
    from pypdf import PdfReader

    from garage_desktop import cli_print

    assert set(DOCUMENT_CASES) == set(cli_print.DOCUMENT_HELP)  # a new document needs a demo order here
    database = Database(f"sqlite:///{demo_file}")
    try:
        with database.session_scope() as session:
            numbers = {case: order.order_no for case, order in _required_cases(session).items()}
    finally:
        database.dispose()
    clock.set_fixed(NOW)
    for document, cases in DOCUMENT_CASES.items():
        for case in cases:
            out = tmp_path / f"{document}-{case}.pdf"
            assert cli_print.main([document, numbers[case], "--db", str(demo_file), "--out", str(out)]) == 0, \
                (document, case, capsys.readouterr().err)
            assert out.stat().st_size > 0
            text = "".join(page.extract_text() or "" for page in PdfReader(out).pages)
            assert numbers[case] in re.sub(r"\s+", "", text), (document, case)
            if case == "outside" and document in ("settlement", "sublet-slip"):  # 外加工 (issue 16)
                wanted = ("外加工費", "外加工费") if document == "settlement" else ("外部加工單", "外部加工单")
                assert any(word in text for word in wanted), (document, case)  # the garage's language


def test_nothing_the_program_runs_on_imports_the_demo() -> None:
    """The demo writes through the services; services, db, domain, printing and export never need it."""
    package = Path(__file__).resolve().parents[2] / "garage_desktop"
    for folder in ("services", "db", "domain", "printing", "export", "documents"):
        for source in (package / folder).rglob("*.py"):
            text = source.read_text(encoding="utf-8")
            assert not re.search(r"garage_desktop\.demo\b|from garage_desktop import demo\b", text), source


def test_the_demo_cars_at_the_cashier_pass_the_cashiers_check(demo: Database) -> None:
    """收款員檢查 (issue 16): every demo order waiting for settlement has its papers complete (confirmed, materials
    reconciled, outside work back, QC and certificate), so the demo's cashier can settle it."""
    from garage_desktop.services import cashier_check

    with demo.session_scope() as session:
        waiting = session.scalars(select(m.RepairOrder).where(
            m.RepairOrder.status.in_([OrderStatus.READY, OrderStatus.DEPOSIT_RELEASED]))).all()
        assert waiting
        for order in waiting:
            check = cashier_check.check_order(session, order)
            assert check.passed, (order.order_no, [item.reason.english() for item in check.failures])


def test_the_demo_claims_name_their_insurer_and_some_are_paid_in_part(demo: Database) -> None:
    """Issue 19, item 7: every settled claim names its insurer and 定損 reference; the insurers paid some claims in
    full and at least one in part, so the Receivables sheet of the demo's months has open amounts and
    collections, and what is open plus what was collected is what was owed."""
    from datetime import date

    from garage_desktop.domain.classes import Payer
    from garage_desktop.services import insurers, receivables
    from garage_desktop.services.month_report import month_report

    with demo.session_scope() as session:
        every = receivables.receivables(session, NOW.date(), open_only=False)
        claims = [r for r in every if r.payer is Payer.CLAIM]
        assert claims and all(r.debtor and r.assessment_ref for r in claims)
        assert {i.name for i in insurers.list_insurers(session) if i.claims} >= {claims[0].debtor}
        assert any(0 < r.collected < r.amount for r in claims)  # an insurer paid in part
        assert any(r.collected == 0 for r in claims)  # the newest is still owed
        months = [month_report(session, date(2026, month, 1)) for month in (9, 10, 11)]
    assert any(row.open > 0 for report in months for row in report.receivables)
    assert any(row.collected_in_month > 0 for report in months for row in report.receivables)
    for report in months:
        for row in report.receivables:
            assert row.open == row.amount - row.collected_before - row.collected_in_month == sum(row.aged)
