"""維修估價 and 開單: amounts computed (coefficient, 5-minute units), each revision kept, confirmation with the
customer's answers, prices locked afterwards, who and when recorded, and the tax split."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from garage_desktop.db.engine import Database
from garage_desktop.db.models import (
    AuditEvent,
    Customer,
    EstimateRevision,
    LabourLine,
    LabourOperation,
    ModelClass,
    Part,
    PartLine,
    RepairOrder,
    Vehicle,
)
from garage_desktop.domain.classes import JobClass, Payer, RegulatoryClass, Role
from garage_desktop.domain.lifecycle import OrderStatus, TransitionRefused
from garage_desktop.domain.pricing import HourUnit
from garage_desktop.domain.text import DomainError, PermissionRefused
from garage_desktop.services import clock, estimate
from garage_desktop.services import settings as garage_settings
from garage_desktop.services.estimate import EstimateDraft, LabourDraft, PartDraft

NOW = datetime(2026, 11, 28, 10, 0)
PROMISE = datetime(2026, 11, 28, 17, 0)


@pytest.fixture(autouse=True)
def _fixed_clock() -> None:
    clock.set_fixed(NOW)


@pytest.fixture(autouse=True)
def catalog_ids(db: Database) -> dict[str, int]:
    with db.session_scope() as s:
        op = LabourOperation(code="EST-001", name="更換前剎車片", category="剎車", standard_hours=Decimal("1.5"))
        pad = Part(code="EST-PAD", name="前剎車片", spec="原廠 前輪", unit="套", origin="oem",
                   sale_price=Decimal("380.00"), cost=Decimal("250.00"))
        s.add_all([op, pad])
        s.flush()
        return {"op": op.id, "pad": pad.id}


def make_order(db: Database, actor: int, *, coefficient: Decimal | None = Decimal("1.2"),
               status: OrderStatus = OrderStatus.RECEIVED, received_at: datetime = NOW - timedelta(hours=1),
               plate: str = "粵A12345") -> int:
    """A received order as intake leaves it, for a car whose model class has ``coefficient``."""
    with db.session_scope() as s:
        model_class = None
        if coefficient is not None:
            model_class = ModelClass(name=f"class {plate}", coefficient=coefficient)
            s.add(model_class)
        customer = Customer(name="林志明", phone="13812345678", created_at=NOW)
        vehicle = Vehicle(customer=customer, plate=plate, make="大眾", model="朗逸", model_class=model_class,
                          created_at=NOW)
        order = RepairOrder(order_no=f"WO20261128-{plate[-3:]}", status=status, customer=customer, vehicle=vehicle,
                            job_class=JobClass.MINOR, regulatory_class=RegulatoryClass.MINOR_REPAIR,
                            payer=Payer.SELF, complaint="剎車有異響", promised_at=PROMISE,
                            original_promised_at=PROMISE, created_at=received_at, received_at=received_at,
                            received_by_id=actor, updated_at=received_at)
        s.add(order)
        s.flush()
        return order.id


def draft(**changes: object) -> EstimateDraft:
    base = EstimateDraft(
        diagnosis="前剎車片磨損到極限",
        labour=(LabourDraft(operation_code="EST-001"), LabourDraft(name="檢查異響", standard_hours="0.25")),
        parts=(PartDraft(part_id=None, name="剎車清潔劑", unit="瓶", quantity="2", unit_price="18.50"),),
        notify_above="800", may_replace_found_parts=True)
    return replace(base, **changes)


def save(db: Database, actor: int, order_id: int, the_draft: EstimateDraft) -> estimate.EstimateView:
    with db.session_scope() as s:
        return estimate.save_estimate(s, actor, order_id, the_draft)


def confirm(db: Database, actor: int, order_id: int, name: str = "林志明") -> estimate.EstimateView:
    with db.session_scope() as s:
        return estimate.confirm(s, actor, order_id, customer_name=name)


def view(db: Database, order_id: int) -> estimate.EstimateView:
    with db.session_scope() as s:
        return estimate.estimate_view(s, order_id)


def refused(db: Database, function, *args, **kwargs) -> DomainError:  # type: ignore[no-untyped-def]
    with pytest.raises(DomainError) as caught, db.session_scope() as s:
        function(s, *args, **kwargs)
    return caught.value


def set_settings(db: Database, owner: int, **changes: object) -> None:
    with db.session_scope() as s:
        garage_settings.save(s, owner, replace(garage_settings.load(s), **changes))


# --- amounts ---------------------------------------------------------------------------------------------
def test_labour_is_hours_times_rate_times_the_model_class_coefficient(db: Database, people: dict[Role, int],
                                                                       catalog_ids: dict[str, int]) -> None:
    order_id = make_order(db, people[Role.ADVISOR])
    result = save(db, people[Role.INSPECTOR], order_id, draft())
    first, second = result.labour
    # from the catalog: 1.5 h × ¥100 × 1.2
    assert (first.operation_code, first.name, first.standard_hours) == ("EST-001", "更換前剎車片", Decimal("1.50"))
    assert (first.rate, first.coefficient, first.amount) == (Decimal("100.00"), Decimal("1.200"), Decimal("180.00"))
    # a free line: 0.25 h × ¥100 × 1.2 = 30.00
    assert (second.operation_code, second.amount) == ("", Decimal("30.00"))
    assert result.parts[0].amount == Decimal("37.00")
    assert (result.totals.labour, result.totals.parts, result.totals.total) == (
        Decimal("210.00"), Decimal("37.00"), Decimal("247.00"))
    assert result.coefficient == Decimal("1.2")
    assert result.status is OrderStatus.ESTIMATED


def test_typed_rate_and_coefficient_win_and_rounding_is_half_up_per_line(db: Database, advisor: int,
                                                                         people: dict[Role, int]) -> None:
    order_id = make_order(db, advisor, coefficient=None)
    # A rate below the hourly rate (¥100) is the owner's to give (issue 14's price authority): the owner saves it.
    result = save(db, people[Role.OWNER], order_id, draft(labour=(
        LabourDraft(name="拆檢", standard_hours="0.33", rate="85.50", coefficient="1.15"),
        LabourDraft(name="試車", standard_hours="0.5"))))
    # 0.33 × 85.50 × 1.15 = 32.447... → 32.45; no model class: coefficient 1
    assert [line.amount for line in result.labour] == [Decimal("32.45"), Decimal("50.00")]
    assert result.labour[1].coefficient == Decimal(1)
    assert result.totals.labour == Decimal("82.45")


def test_with_five_minute_units_the_typed_time_is_in_units_and_the_catalog_is_converted(
        db: Database, people: dict[Role, int], catalog_ids: dict[str, int]) -> None:
    set_settings(db, people[Role.OWNER], hour_unit=HourUnit.FIVE_MINUTES, hourly_rate=Decimal("108.00"))
    order_id = make_order(db, people[Role.ADVISOR])
    result = save(db, people[Role.ADVISOR], order_id, draft(labour=(
        LabourDraft(operation_code="est-001"), LabourDraft(name="檢查異響", standard_hours="3"))))
    # 1.5 h = 18 units: 1.5 h × ¥108 an hour × 1.2 = 194.40; 3 units (15 minutes): 0.25 h × 108 × 1.2 = 32.40
    assert [(line.standard_hours, line.hour_unit, line.amount) for line in result.labour] == [
        (Decimal("18.00"), HourUnit.FIVE_MINUTES, Decimal("194.40")),
        (Decimal("3.00"), HourUnit.FIVE_MINUTES, Decimal("32.40"))]
    assert result.hour_unit is HourUnit.FIVE_MINUTES


def test_five_minute_lines_record_their_unit_and_keep_the_hourly_rate_exact(db: Database,
                                                                             people: dict[Role, int]) -> None:
    """¥95 an hour in 5-minute units: no per-unit rate of ¥7.92 (× 12 = ¥95.04) ever prices a line."""
    set_settings(db, people[Role.OWNER], hour_unit=HourUnit.FIVE_MINUTES, hourly_rate=Decimal("95.00"))
    order_id = make_order(db, people[Role.ADVISOR], coefficient=None)
    result = save(db, people[Role.ADVISOR], order_id, draft(labour=(
        LabourDraft(name="檢查異響", standard_hours="9.4"), LabourDraft(name="試車", standard_hours="12"))))
    # 47 minutes: 95 × 9.4 ÷ 12 = 74.4166… → 74.42 (¥7.92 per unit would give 74.45); an hour is ¥95.00
    assert [(line.standard_hours, line.hour_unit, line.rate, line.amount) for line in result.labour] == [
        (Decimal("9.40"), HourUnit.FIVE_MINUTES, Decimal("95.00"), Decimal("74.42")),
        (Decimal("12.00"), HourUnit.FIVE_MINUTES, Decimal("95.00"), Decimal("95.00"))]
    assert result.hourly_rate == Decimal("95.00")
    with db.session_scope() as s:
        stored = s.scalars(select(LabourLine.hour_unit).where(LabourLine.order_id == order_id)).all()
    assert stored == [HourUnit.FIVE_MINUTES, HourUnit.FIVE_MINUTES]


def test_hours_sold_are_real_hours_on_a_reprint_and_the_month_report(db: Database,
                                                                       people: dict[Role, int]) -> None:
    """A 47-minute job priced in 5-minute units is 0.78 h sold, also after the owner went back to hours."""
    from datetime import date

    from garage_desktop.services import documents, month_report

    set_settings(db, people[Role.OWNER], hour_unit=HourUnit.FIVE_MINUTES, hourly_rate=Decimal("95.00"))
    order_id = make_order(db, people[Role.ADVISOR], coefficient=None)
    save(db, people[Role.ADVISOR], order_id, draft(labour=(LabourDraft(name="檢查異響", standard_hours="9.4"),),
                                                    parts=()))
    confirm(db, people[Role.ADVISOR], order_id)
    set_settings(db, people[Role.OWNER], hour_unit=HourUnit.HOUR)
    with db.session_scope() as s:
        doc = documents.work_order_doc(s, order_id)
        slip = documents.dispatch_slip_docs(s, order_id)[0]
    line = doc.labour[0]
    assert (line.standard_hours, line.rate, line.amount, doc.hour_unit) == (
        Decimal("0.78"), Decimal("95.00"), Decimal("74.42"), "hour")
    assert (slip.lines[0].standard_hours, slip.hour_unit) == (Decimal("0.78"), "hour")
    with db.session_scope() as s:  # settled this month (the workshop steps have their own tests)
        s.execute(update(RepairOrder).where(RepairOrder.id == order_id)
                  .values(status=OrderStatus.SETTLED, settled_at=NOW + timedelta(hours=3)))
    with db.session_scope() as s:
        report = month_report.month_report(s, date(2026, 11, 1))
    assert [(row.lines, row.hours, row.amount) for row in report.labour] == [(1, Decimal("0.78"), Decimal("74.42"))]


def test_a_line_kept_from_an_earlier_revision_keeps_its_unit(db: Database, people: dict[Role, int]) -> None:
    set_settings(db, people[Role.OWNER], hour_unit=HourUnit.FIVE_MINUTES, hourly_rate=Decimal("95.00"))
    order_id = make_order(db, people[Role.ADVISOR], coefficient=None)
    first = save(db, people[Role.ADVISOR], order_id, draft(labour=(LabourDraft(name="檢查異響",
                                                                                 standard_hours="9.4"),)))
    set_settings(db, people[Role.OWNER], hour_unit=HourUnit.HOUR)
    kept = first.labour[0]
    result = save(db, people[Role.ADVISOR], order_id, draft(labour=(
        LabourDraft(name=kept.name, standard_hours=kept.standard_hours, rate=kept.rate, hour_unit=kept.hour_unit),
        LabourDraft(name="試車", standard_hours="0.5"))))
    assert [(line.standard_hours, line.hour_unit, line.amount) for line in result.labour] == [
        (Decimal("9.40"), HourUnit.FIVE_MINUTES, Decimal("74.42")), (Decimal("0.50"), HourUnit.HOUR, Decimal("47.50"))]


def test_a_catalog_part_brings_its_name_origin_and_sale_price(db: Database, advisor: int,
                                                                catalog_ids: dict[str, int]) -> None:
    order_id = make_order(db, advisor)
    result = save(db, advisor, order_id, draft(parts=(
        PartDraft(part_id=catalog_ids["pad"], quantity="1"),
        PartDraft(name="客戶自備雨刷", quantity="2", unit_price="0", customer_supplied=True))))
    pad, own = result.parts
    assert (pad.code, pad.name, pad.spec, pad.origin, pad.unit) == ("EST-PAD", "前剎車片", "原廠 前輪", "oem", "套")
    assert (pad.unit_price, pad.amount) == (Decimal("380.00"), Decimal("380.00"))
    assert own.customer_supplied and own.amount == Decimal("0.00")
    assert result.totals.parts == Decimal("380.00")


@pytest.mark.parametrize(("the_draft", "field"), [
    (EstimateDraft(labour=(LabourDraft(name="a", standard_hours="1"), LabourDraft(name="b", standard_hours="-1"))),
     "labour_lines[1].standard_hours"),
    (EstimateDraft(labour=(LabourDraft(name="a", standard_hours="1.255"),)), "labour_lines[0].standard_hours"),
    (EstimateDraft(labour=(LabourDraft(name="a", standard_hours="abc"),)), "labour_lines[0].standard_hours"),
    (EstimateDraft(labour=(LabourDraft(standard_hours="1"),)), "labour_lines[0].name"),
    (EstimateDraft(labour=(LabourDraft(name="a", standard_hours="1", rate="-5"),)), "labour_lines[0].rate"),
    (EstimateDraft(labour=(LabourDraft(name="a", standard_hours="1", coefficient="9"),)),
     "labour_lines[0].coefficient"),
    (EstimateDraft(parts=(PartDraft(name="x", quantity="0", unit_price="1"),)), "part_lines[0].quantity"),
    (EstimateDraft(parts=(PartDraft(name="x", quantity="1"),)), "part_lines[0].unit_price"),
    (EstimateDraft(parts=(PartDraft(name="x", quantity="1", unit_price="5", origin="fake"),)),
     "part_lines[0].origin"),
    (EstimateDraft(notify_above="  "), "notify_above"),
    (EstimateDraft(notify_above="-1"), "notify_above"),
    (EstimateDraft(promised_at=NOW - timedelta(hours=1)), "promised_at"),
])
def test_bad_input_is_refused_with_its_field_and_nothing_is_written(db: Database, advisor: int,
                                                                     the_draft: EstimateDraft, field: str) -> None:
    order_id = make_order(db, advisor)
    error = refused(db, estimate.save_estimate, advisor, order_id, the_draft)
    assert error.field == field
    shown = view(db, order_id)
    assert shown.status is OrderStatus.RECEIVED and shown.revisions == () and shown.labour == ()


def test_only_inspector_advisor_or_owner_estimate(db: Database, people: dict[Role, int]) -> None:
    order_id = make_order(db, people[Role.ADVISOR])
    with pytest.raises(PermissionRefused), db.session_scope() as s:
        estimate.save_estimate(s, people[Role.STORE], order_id, draft(labour=(), parts=()))
    save(db, people[Role.OWNER], order_id, draft(labour=(), parts=()))


# --- revisions -------------------------------------------------------------------------------------------
def test_each_save_keeps_a_revision_with_totals_and_a_snapshot(db: Database, people: dict[Role, int],
                                                               catalog_ids: dict[str, int]) -> None:
    inspector, advisor = people[Role.INSPECTOR], people[Role.ADVISOR]
    order_id = make_order(db, advisor)
    save(db, inspector, order_id, draft())
    clock.set_fixed(NOW + timedelta(minutes=20))
    second = save(db, advisor, order_id, draft(labour=(LabourDraft(operation_code="EST-001"),), notify_above=None))
    assert [(r.number, r.labour_total, r.parts_total, r.total) for r in second.revisions] == [
        (2, Decimal("180.00"), Decimal("37.00"), Decimal("217.00")),
        (1, Decimal("210.00"), Decimal("37.00"), Decimal("247.00"))]
    assert [(r.created_by, r.created_at) for r in second.revisions] == [
        ("王小明", NOW + timedelta(minutes=20)), ("李檢驗", NOW)]
    assert [line.name for line in second.revisions[1].lines] == ["更換前剎車片", "檢查異響", "剎車清潔劑"]
    assert len(second.labour) == 1  # the lines were replaced, not appended
    assert second.notify_above == Decimal("800.00")  # None keeps what the customer said before
    assert second.status is OrderStatus.ESTIMATED
    assert (second.estimated_by, second.estimated_at) == ("王小明", NOW + timedelta(minutes=20))
    with db.session_scope() as s:
        first = s.scalar(select(EstimateRevision).where(EstimateRevision.revision == 1))
        snapshot = json.loads(first.snapshot)
        assert snapshot["labour"][0] == {"operation_code": "EST-001", "name": "更換前剎車片", "standard_hours": "1.50",
                                         "hour_unit": "hour", "rate": "100.00", "coefficient": "1.200",
                                         "amount": "180.00", "payer": "self"}
        assert snapshot["parts"][0]["amount"] == "37.00" and snapshot["may_replace_found_parts"] is True
        assert s.scalars(select(LabourLine.seq).order_by(LabourLine.seq)).all() == [1]


def test_notify_above_defaults_from_the_settings(db: Database, advisor: int) -> None:
    order_id = make_order(db, advisor)
    assert view(db, order_id).notify_above is None
    assert save(db, advisor, order_id, draft(notify_above=None)).notify_above == Decimal("500.00")


def test_a_new_promise_replaces_the_current_one_and_keeps_the_original(db: Database, advisor: int) -> None:
    order_id = make_order(db, advisor)
    later = PROMISE + timedelta(days=1)
    result = save(db, advisor, order_id, draft(promised_at=later))
    assert (result.promised_at, result.original_promised_at) == (later, PROMISE)


def test_a_new_time_agreed_after_the_promise_passed_still_counts_the_delay(db: Database, advisor: int) -> None:
    """The diagnosis ran past 17:00: the customer agrees to tomorrow morning. The workshop and the customer work to
    the new time, but the on-time rate keeps measuring against 17:00 (DOMAIN.md: the promise in force)."""
    from garage_desktop.services import reports

    order_id = make_order(db, advisor)
    clock.set_fixed(PROMISE + timedelta(minutes=30))
    tomorrow = PROMISE + timedelta(hours=16)
    result = save(db, advisor, order_id, draft(promised_at=tomorrow))
    assert result.promised_at == tomorrow
    with db.session_scope() as s:
        assert s.get(RepairOrder, order_id).promise_in_force_at == PROMISE  # type: ignore[union-attr]
        line = reports.order_lines(s, [order_id])[0]
    assert line.promised_at == PROMISE  # what the report measures against
    # Agreed again before tomorrow's time: the missed promise still stands.
    save(db, advisor, order_id, draft(promised_at=tomorrow + timedelta(hours=2)))
    with db.session_scope() as s:
        assert reports.order_lines(s, [order_id])[0].promised_at == PROMISE


def test_a_new_time_agreed_in_time_is_the_promise_in_force(db: Database, advisor: int) -> None:
    from garage_desktop.services import reports

    order_id = make_order(db, advisor)
    later = PROMISE + timedelta(hours=2)
    save(db, advisor, order_id, draft(promised_at=later))  # at 10:00, well before 17:00
    with db.session_scope() as s:
        assert s.get(RepairOrder, order_id).promise_in_force_at is None  # type: ignore[union-attr]
        assert reports.order_lines(s, [order_id])[0].promised_at == later


# --- confirmation ----------------------------------------------------------------------------------------
def test_confirm_needs_an_estimate_lines_and_the_customers_answers(db: Database, advisor: int) -> None:
    order_id = make_order(db, advisor)
    assert isinstance(refused(db, estimate.confirm, advisor, order_id, customer_name="林"), TransitionRefused)
    save(db, advisor, order_id, draft(labour=(), parts=()))
    assert refused(db, estimate.confirm, advisor, order_id, customer_name="林").field == "lines"
    save(db, advisor, order_id, draft(may_replace_found_parts=None))
    assert refused(db, estimate.confirm, advisor, order_id, customer_name="林").field == "may_replace_found_parts"
    save(db, advisor, order_id, draft())
    assert refused(db, estimate.confirm, advisor, order_id, customer_name="  ").field == "customer_name"
    clock.set_fixed(PROMISE + timedelta(minutes=1))
    assert refused(db, estimate.confirm, advisor, order_id, customer_name="林").field == "promised_at"
    assert view(db, order_id).status is OrderStatus.ESTIMATED


def test_confirmation_records_who_when_and_the_revision_then_locks_the_prices(
        db: Database, people: dict[Role, int]) -> None:
    advisor = people[Role.ADVISOR]
    order_id = make_order(db, advisor)
    save(db, people[Role.INSPECTOR], order_id, draft())
    save(db, advisor, order_id, draft(diagnosis="前剎車片磨損，另需清潔"))
    clock.set_fixed(NOW + timedelta(minutes=30))
    result = confirm(db, advisor, order_id, name=" 林志明 ")
    assert result.status is OrderStatus.CONFIRMED and result.locked
    assert (result.confirmed_at, result.confirmed_by, result.confirmed_customer) == (
        NOW + timedelta(minutes=30), "王小明", "林志明")
    assert result.confirmed_revision == 2
    assert [r.confirmed for r in result.revisions] == [True, False]
    assert result.estimate_refusal == estimate.LOCKED and result.confirm_refusal is not None

    error = refused(db, estimate.save_estimate, advisor, order_id, draft(labour=()))
    assert error.message == estimate.LOCKED and "added work" in error.english()
    assert len(view(db, order_id).labour) == 2 and len(view(db, order_id).revisions) == 2
    assert isinstance(refused(db, estimate.confirm, advisor, order_id, customer_name="林"), TransitionRefused)
    with db.session_scope() as s:
        actions = s.scalars(select(AuditEvent.action).where(AuditEvent.order_id == order_id)
                            .order_by(AuditEvent.id)).all()
        assert actions.count("estimate:save") == 2
        assert actions[-2:] == ["status:confirm", "estimate:confirm"]
        order = s.get(RepairOrder, order_id)
        assert order.confirmed_by_id == advisor


# --- tax ---------------------------------------------------------------------------------------------------
def test_totals_split_the_tax_inclusive_or_exclusive(db: Database, people: dict[Role, int]) -> None:
    advisor = people[Role.ADVISOR]
    order_id = make_order(db, advisor, coefficient=None)
    one_line = draft(labour=(LabourDraft(name="保養", standard_hours="1", rate="113"),), parts=())
    inclusive = save(db, advisor, order_id, one_line).totals
    assert (inclusive.total, inclusive.net, inclusive.tax, inclusive.gross) == (
        Decimal("113.00"), Decimal("100.00"), Decimal("13.00"), Decimal("113.00"))
    set_settings(db, people[Role.OWNER], prices_include_tax=False)
    exclusive = view(db, order_id).totals
    assert (exclusive.total, exclusive.net, exclusive.tax, exclusive.gross) == (
        Decimal("113.00"), Decimal("113.00"), Decimal("14.69"), Decimal("127.69"))
    assert not exclusive.prices_include_tax


# --- the waiting list ------------------------------------------------------------------------------------
def test_waiting_lists_received_and_estimated_orders_oldest_first(db: Database, advisor: int) -> None:
    late = make_order(db, advisor, received_at=NOW - timedelta(minutes=10), plate="粵A00001")
    early = make_order(db, advisor, received_at=NOW - timedelta(hours=3), plate="粵A00002")
    estimated = make_order(db, advisor, received_at=NOW - timedelta(hours=2), plate="粵A00003")
    save(db, advisor, estimated, draft(labour=(), parts=()))
    make_order(db, advisor, status=OrderStatus.CONFIRMED, plate="粵A00004")
    rows = [(row.order_id, row.status) for row in view_waiting(db)]
    assert rows == [(early, OrderStatus.RECEIVED), (estimated, OrderStatus.ESTIMATED),
                    (late, OrderStatus.RECEIVED)]


def view_waiting(db: Database) -> list[estimate.WaitingEstimate]:
    with db.session_scope() as s:
        return estimate.waiting(s)


def test_part_lines_keep_decimal_quantities(db: Database, advisor: int) -> None:
    order_id = make_order(db, advisor)
    result = save(db, advisor, order_id, draft(parts=(PartDraft(name="機油", unit="升", quantity="4.5",
                                                                unit_price="80"),)))
    assert (result.parts[0].quantity, result.parts[0].amount) == (Decimal("4.500"), Decimal("360.00"))
    with db.session_scope() as s:
        assert s.scalar(select(PartLine.planned_qty)) == Decimal("4.5")
