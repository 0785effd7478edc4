"""三包 checks: a 三包 order's car against its 三包 periods (warned at intake, never blocked), and the loaner or
transport compensation a 三包 repair open over five days owes the owner."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from garage_desktop.db.engine import Database
from garage_desktop.db.models import AuditEvent, RepairOrder, Vehicle
from garage_desktop.domain import sanbao as rules
from garage_desktop.domain.classes import Payer, Role
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.sanbao import SanbaoState, SanbaoTerms
from garage_desktop.domain.text import DomainError, PermissionRefused
from garage_desktop.services import audit, board, clock, intake, sanbao
from garage_desktop.services import settings as garage_settings
from tests.integration.test_intake import NOW, walk_in
from tests.integration.test_work_order import call, make_confirmed_order

S = OrderStatus
TERMS = SanbaoTerms()


@pytest.fixture(autouse=True)
def fixed_clock() -> None:
    clock.set_fixed(NOW)


# --- the periods (no database) ------------------------------------------------------------------------------
@pytest.mark.parametrize(("bought", "km", "state"), [
    (date(2025, 6, 1), 45_230, SanbaoState.WITHIN),
    (date(2024, 11, 29), 45_230, SanbaoState.WITHIN),  # the validity period's last day is today
    (date(2024, 11, 28), 45_230, SanbaoState.VALIDITY_ENDED),
    (date(2025, 6, 1), 50_001, SanbaoState.VALIDITY_ENDED),  # km come first
    (date(2023, 6, 1), 45_230, SanbaoState.ENDED),
    (date(2025, 6, 1), 60_001, SanbaoState.ENDED),
    (None, 45_230, SanbaoState.UNKNOWN),
])
def test_whichever_of_time_and_km_comes_first_ends_a_period(bought: date | None, km: int,
                                                            state: SanbaoState) -> None:
    assert rules.check(bought, km, NOW.date(), TERMS).state is state


def test_a_leap_day_purchase_and_day_six_of_a_repair() -> None:
    assert rules.check(date(2024, 2, 29), 0, date(2026, 2, 27), TERMS).valid_until == date(2026, 2, 27)
    received = datetime(2026, 11, 20, 16, 0)
    assert rules.compensation_from(received) == date(2026, 11, 25)
    assert not rules.compensation_due(received, datetime(2026, 11, 24, 23, 59))
    assert rules.compensation_due(received, datetime(2026, 11, 25, 8, 0))


# --- intake: the warning beside the payer -------------------------------------------------------------------
def receive(db: Database, advisor: int, payer: Payer, bought: date | None, mileage: str = "45,230") -> tuple[
        intake.IntakeResult, list[str]]:
    form = walk_in(payer=payer, mileage=mileage)
    form = replace(form, vehicle=replace(form.vehicle, purchase_date=bought))
    with db.session_scope() as session:
        result = intake.receive(session, advisor, form)
    return result, [w.message for w in result.warnings if w.field == "payer"]


def test_a_sanbao_order_on_a_car_outside_its_periods_is_warned_not_blocked(db: Database, advisor: int) -> None:
    result, warned = receive(db, advisor, Payer.WARRANTY, date(2023, 6, 1))
    assert warned == [rules.WARNINGS[SanbaoState.ENDED]]
    with db.session_scope() as session:
        order = session.get(RepairOrder, result.order_id)
        assert order is not None and order.payer is Payer.WARRANTY  # received all the same
        assert order.vehicle.purchase_date == date(2023, 6, 1)
    [warning] = [w for w in result.warnings if w.field == "payer"]
    assert warning.params == {"valid": "2025-05-31 / 50,000 km", "repair": "2026-05-31 / 60,000 km"}


@pytest.mark.parametrize(("payer", "bought", "expected"), [
    (Payer.WARRANTY, date(2025, 6, 1), []),
    (Payer.SELF, date(2023, 6, 1), []),  # the customer pays: the 三包 periods do not matter
    (Payer.WARRANTY, None, [rules.WARNINGS[SanbaoState.UNKNOWN]]),
    (Payer.WARRANTY, date(2024, 6, 1), [rules.WARNINGS[SanbaoState.VALIDITY_ENDED]]),
])
def test_the_warning_depends_on_the_payer_and_the_purchase_date(db: Database, advisor: int, payer: Payer,
                                                                bought: date | None, expected: list[str]) -> None:
    assert receive(db, advisor, payer, bought)[1] == expected


def test_the_periods_are_the_garages_settings(db: Database, people: dict, advisor: int) -> None:
    with db.session_scope() as session:
        longer = replace(garage_settings.load(session), sanbao_valid_years=4, sanbao_repair_years=5)
        garage_settings.save(session, people[Role.OWNER], longer)
    assert receive(db, advisor, Payer.WARRANTY, date(2023, 6, 1))[1] == []
    with db.session_scope() as session, pytest.raises(DomainError) as refused:
        garage_settings.save(session, people[Role.OWNER], replace(longer, sanbao_repair_years=3))
    assert refused.value.field == "sanbao_repair_years"


def test_a_purchase_date_in_the_future_is_refused_and_an_omitted_one_is_kept(db: Database, advisor: int) -> None:
    with pytest.raises(DomainError) as refused:
        receive(db, advisor, Payer.WARRANTY, NOW.date() + timedelta(days=1))
    assert refused.value.field == "purchase_date"
    result, _ = receive(db, advisor, Payer.WARRANTY, date(2025, 6, 1))
    with db.session_scope() as session:
        record = intake.intake_record(session, result.order_id)
        form = walk_in(payer=Payer.WARRANTY, complaint="剎車異響",
                       customer=replace(walk_in().customer, customer_id=record.customer.id),
                       vehicle=replace(walk_in().vehicle, vehicle_id=record.vehicle.id))  # no purchase date typed
        intake.update_intake(session, advisor, result.order_id, form)
    with db.session_scope() as session:
        car = session.get(Vehicle, record.vehicle.id)
        assert car is not None and car.purchase_date == date(2025, 6, 1)


# --- the compensation of a repair over five days ------------------------------------------------------------
def sanbao_order(db: Database, days_ago: int, payer: Payer = Payer.WARRANTY) -> int:
    order_id = make_confirmed_order(db, promised_at=NOW + timedelta(days=1))
    with db.session_scope() as session:
        order = session.get(RepairOrder, order_id)
        assert order is not None
        order.payer = payer
        order.received_at = NOW - timedelta(days=days_ago)
        audit.exempt(session, "test data: the order as it was received days ago")
    return order_id


def view(db: Database, actor: int, order_id: int) -> sanbao.SanbaoView:
    with db.session_scope() as session:
        return sanbao.order_view(session, actor, order_id)


def on_board(db: Database, order_id: int) -> board.BoardRow:
    with db.session_scope() as session:
        return next(r for r in board.open_orders(session, NOW).rows if r.order_id == order_id)


def test_a_sanbao_repair_over_five_days_prompts_for_compensation_until_recorded(db: Database, people: dict) -> None:
    advisor = people[Role.ADVISOR]
    order_id = sanbao_order(db, days_ago=6)
    shown = view(db, advisor, order_id)
    assert shown.compensation_due and shown.days_open == 7 and shown.refusal is None
    assert on_board(db, order_id).compensation_due
    with pytest.raises(DomainError) as refused:
        call(db, sanbao.record_compensation, advisor, order_id, "transport", "每天 ¥50", "")
    assert refused.value.field == "amount"
    after = call(db, sanbao.record_compensation, advisor, order_id, "transport", "第6、7天，每天 ¥50", "100")
    assert not after.compensation_due and after.compensation is not None
    assert (after.compensation.kind, after.compensation.amount, after.compensation.from_date) == (
        "transport", Decimal("100.00"), (NOW - timedelta(days=6)).date() + timedelta(days=5))
    assert not on_board(db, order_id).compensation_due
    with pytest.raises(DomainError) as refused:
        call(db, sanbao.record_compensation, advisor, order_id, "loaner", "粵A88888 朗逸")
    assert refused.value.message == sanbao.ALREADY
    with db.session_scope() as session:
        assert "sanbao:compensation" in session.scalars(select(AuditEvent.action)
                                                       .where(AuditEvent.order_id == order_id)).all()


def test_compensation_only_for_sanbao_repairs_past_day_five(db: Database, people: dict) -> None:
    advisor = people[Role.ADVISOR]
    young = sanbao_order(db, days_ago=3)
    with pytest.raises(DomainError) as refused:
        call(db, sanbao.record_compensation, advisor, young, "loaner", "粵A88888")
    assert refused.value.message == sanbao.NOT_OVER
    assert not view(db, advisor, young).compensation_due and not on_board(db, young).compensation_due
    paid_by_customer = sanbao_order(db, days_ago=8, payer=Payer.SELF)
    with pytest.raises(DomainError) as refused:
        call(db, sanbao.record_compensation, advisor, paid_by_customer, "loaner", "粵A88888")
    assert refused.value.message == sanbao.NOT_SANBAO
    assert not on_board(db, paid_by_customer).compensation_due
    loaner = sanbao_order(db, days_ago=8)
    with pytest.raises(DomainError) as refused:
        call(db, sanbao.record_compensation, advisor, loaner, "loaner", " ")
    assert refused.value.field == "detail"
    with pytest.raises(PermissionRefused):
        call(db, sanbao.record_compensation, people[Role.STORE], loaner, "loaner", "粵A88888")
    recorded = call(db, sanbao.record_compensation, advisor, loaner, "loaner", "粵A88888 朗逸")
    assert recorded.compensation is not None and recorded.compensation.amount is None


# --- the demo garage ------------------------------------------------------------------------------------------
@pytest.mark.sqlite_only("the demo garage is written into a new SQLite file")
def test_the_demo_has_a_delay_call_checks_during_a_repair_and_a_sanbao_loaner(tmp_path: Path) -> None:
    from garage_desktop.db.models import DelayCall, ProcessCheck, WarrantyCompensation
    from garage_desktop.demo import write_demo
    from garage_desktop.printing.qc_sheet import render_qc_sheet
    from garage_desktop.services import qc_documents
    from tests.integration.test_qc import pdf_text

    demo_now = datetime(2026, 11, 28, 15, 10)
    clock.set_fixed(demo_now)
    write_demo(f"sqlite:///{tmp_path / 'demo.sqlite3'}", orders=40)
    database = Database(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    try:
        with database.session_scope() as session:
            [delay] = session.scalars(select(DelayCall)).all()
            assert delay.in_advance and delay.old_promised_at is not None
            assert session.get(RepairOrder, delay.order_id).promised_at == delay.new_promised_at
            checks = session.scalars(select(ProcessCheck)).all()
            assert {c.result for c in checks} == {"ok", "problem"}
            assert all(c.action for c in checks if c.result == "problem")
            sheet = qc_documents.qc_sheet_doc(session, checks[0].order_id)  # blank, with the checks so far
            assert "維修過程檢驗" in pdf_text(render_qc_sheet(sheet))
            [loaner] = session.scalars(select(WarrantyCompensation)).all()
            order = session.get(RepairOrder, loaner.order_id)
            assert order is not None and order.payer is Payer.WARRANTY and loaner.kind == "loaner"
            assert rules.compensation_due(order.received_at, demo_now)
            standing = sanbao.order_view(session, None, order.id)
            # The demo's 三包 cars are within the 包修期 (the maker pays the repair), maybe past the validity period.
            assert standing.check.state in (SanbaoState.WITHIN, SanbaoState.VALIDITY_ENDED)
            assert not standing.compensation_due
    finally:
        database.dispose()


def test_the_estimate_reads_the_orders_sanbao_warning(db: Database, advisor: int) -> None:
    outside, _ = receive(db, advisor, Payer.WARRANTY, date(2023, 6, 1))
    with db.session_scope() as session:
        warned = sanbao.order_warning(session, outside.order_id)
    assert warned is not None and warned.message == rules.WARNINGS[SanbaoState.ENDED]
