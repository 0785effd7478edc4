"""Issue 16, item 7 (seed ⑥2 可以留到下一次進行修理): work put off stays on the vehicle, shows at the next visit,
becomes an estimate line in one action, closes when taken up or dismissed with a reason, and is counted per month."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from garage_desktop.db.engine import Database
from garage_desktop.db.models import (
    Customer,
    LabourOperation,
    ModelClass,
    Part,
    Recommendation,
    RepairOrder,
    Vehicle,
)
from garage_desktop.domain.classes import JobClass, Payer, RegulatoryClass, Role
from garage_desktop.domain.free_items import RecommendationSource
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.pricing import labour_amount
from garage_desktop.domain.text import DomainError, PermissionRefused
from garage_desktop.services import audit, clock, delivery, estimate, recommendations, settings
from garage_desktop.services.estimate import EstimateDraft, LabourDraft
from tests.integration import test_demo

D = Decimal
demo_file, demo = test_demo.demo_file, test_demo.demo  # the demo garage's fixtures
NOW = datetime(2026, 11, 28, 10, 0)
EARLIER = NOW - timedelta(days=40)


@pytest.fixture(autouse=True)
def _clock() -> None:
    clock.set_fixed(NOW)


@pytest.fixture()
def car(db: Database) -> dict[str, int]:
    """A car that came in 40 days ago (delivered) and is back today (received); a catalog job and part."""
    with db.session_scope() as s:
        s.add(LabourOperation(code="TY-01", name="更換輪胎", category="輪胎", standard_hours=D("0.5")))
        tyre = Part(code="TYRE-205", name="輪胎 205/55R16", unit="條", sale_price=D("520.00"))
        s.add(tyre)
        model_class = ModelClass(name="A 級", coefficient=D("1.0"))
        customer = Customer(name="林志明", phone="13812345678", created_at=EARLIER)
        vehicle = Vehicle(customer=customer, plate="粵B12345", make="大眾", model="朗逸", model_class=model_class,
                          created_at=EARLIER)
        first = RepairOrder(order_no="WO20261019-001", status=OrderStatus.DELIVERED, customer=customer,
                            vehicle=vehicle, job_class=JobClass.MINOR, regulatory_class=RegulatoryClass.MINOR_REPAIR,
                            payer=Payer.SELF, complaint="保養", created_at=EARLIER, received_at=EARLIER,
                            delivered_at=EARLIER + timedelta(hours=5), updated_at=EARLIER)
        second = RepairOrder(order_no="WO20261128-001", status=OrderStatus.RECEIVED, customer=customer,
                             vehicle=vehicle, job_class=JobClass.MINOR, regulatory_class=RegulatoryClass.MINOR_REPAIR,
                             payer=Payer.SELF, complaint="剎車異響", created_at=NOW, received_at=NOW,
                             promised_at=NOW + timedelta(hours=6), updated_at=NOW)
        s.add_all([first, second])
        s.flush()
        return {"vehicle": vehicle.id, "first": first.id, "second": second.id, "tyre": tyre.id}


def call(db: Database, function, actor, *args, **kwargs):  # type: ignore[no-untyped-def]
    with db.session_scope() as s:
        return function(s, actor, *args, **kwargs)


def open_on(db: Database, vehicle_id: int) -> list[recommendations.RecommendationRow]:
    with db.session_scope() as s:
        return recommendations.for_vehicle(s, vehicle_id, open_only=True)


def note_earlier(db: Database, people: dict[Role, int], car: dict[str, int], text: str, **kw: object) -> int:
    """A recommendation made on the earlier visit (the inspector at QC, 40 days ago)."""
    clock.set_fixed(EARLIER + timedelta(hours=3))
    try:
        with db.session_scope() as s:
            order = s.get(RepairOrder, car["first"])
            order.status = OrderStatus.READY  # noted while the car was there
            s.flush()
            row = recommendations.note(s, people[Role.INSPECTOR], car["first"], text, RecommendationSource.QC, **kw)
            order.status = OrderStatus.DELIVERED
            return row.id
    finally:
        clock.set_fixed(NOW)


# --- made, kept on the car, shown at the next visit --------------------------------------------------------
def test_noted_at_qc_it_shows_on_the_cars_next_visit(db: Database, people: dict[Role, int],
                                                      car: dict[str, int]) -> None:
    rec_id = note_earlier(db, people, car, "後輪胎紋深 2 mm，建議三個月內更換", operation_code="ty-01")
    with db.session_scope() as s:
        shown = recommendations.for_order(s, car["second"])
    assert [(r.id, r.order_no, r.source, r.catalog_name, r.created_by) for r in shown] == [
        (rec_id, "WO20261019-001", RecommendationSource.QC, "更換輪胎", "李檢驗")]
    assert shown[0].open


def test_only_the_advisor_or_inspector_notes_work_for_later_with_words(db: Database, people: dict[Role, int],
                                                                        car: dict[str, int]) -> None:
    with pytest.raises(PermissionRefused):
        call(db, recommendations.note, people[Role.STORE], car["second"], "雨刷老化")
    with pytest.raises(DomainError) as empty:
        call(db, recommendations.note, people[Role.ADVISOR], car["second"], "   ")
    assert empty.value.field == "description"
    with pytest.raises(DomainError) as unknown:
        call(db, recommendations.note, people[Role.ADVISOR], car["second"], "換輪胎", operation_code="NOPE")
    assert unknown.value.field == "operation_code"
    with db.session_scope() as s:
        audit.exempt(s, "test data")
        s.get(RepairOrder, car["first"]).status = OrderStatus.CANCELLED
    with pytest.raises(DomainError) as left:  # no car came in on a cancelled order
        call(db, recommendations.note, people[Role.ADVISOR], car["first"], "雨刷老化")
    assert left.value.message == recommendations.NOT_ON_ORDER


def test_pointed_out_at_delivery_it_is_kept_as_noted_at_delivery(db: Database, people: dict[Role, int],
                                                                 car: dict[str, int]) -> None:
    with db.session_scope() as s:
        order = s.get(RepairOrder, car["second"])
        delivery.record_handover(s, people[Role.ADVISOR], order, delivery.Handover(postponed=("空調濾芯下次更換",)))
    kept = open_on(db, car["vehicle"])
    assert [(r.description, r.source, r.created_by) for r in kept] == [
        ("空調濾芯下次更換", RecommendationSource.DELIVERY, "王小明")]


# --- taken up in one action ----------------------------------------------------------------------------------
def test_taken_up_a_catalog_job_becomes_an_estimate_line_at_the_catalog_price(
        db: Database, people: dict[Role, int], car: dict[str, int]) -> None:
    rec_id = note_earlier(db, people, car, "後輪胎紋深 2 mm", operation_code="TY-01")
    advisor = people[Role.ADVISOR]
    taken = call(db, recommendations.take_up, advisor, rec_id, car["second"])
    with db.session_scope() as s:
        rate = settings.load(s).hourly_rate
    line = taken.estimate.labour[-1]
    assert (line.operation_code, line.name, line.standard_hours) == ("TY-01", "更換輪胎", D("0.50"))
    assert line.amount == labour_amount(D("0.5"), rate) and not taken.to_price
    assert taken.estimate.status is OrderStatus.ESTIMATED and taken.estimate.revisions[0].number == 1
    assert taken.recommendation.done_order_no == "WO20261128-001" and not taken.recommendation.open
    assert open_on(db, car["vehicle"]) == []
    with pytest.raises(DomainError) as twice:
        call(db, recommendations.take_up, advisor, rec_id, car["second"])
    assert twice.value.message == recommendations.CLOSED


def test_taken_up_a_catalog_part_keeps_the_lines_already_on_the_estimate(
        db: Database, people: dict[Role, int], car: dict[str, int]) -> None:
    advisor = people[Role.ADVISOR]
    call(db, estimate.save_estimate, advisor, car["second"], EstimateDraft(
        diagnosis="剎車片磨損", labour=(LabourDraft(name="更換剎車片", standard_hours="1"),), notify_above="800",
        may_replace_found_parts=True))
    rec_id = note_earlier(db, people, car, "輪胎老化", part_id=car["tyre"])
    taken = call(db, recommendations.take_up, advisor, rec_id, car["second"])
    view = taken.estimate
    assert [line.name for line in view.labour] == ["更換剎車片"]
    assert [(p.name, p.quantity, p.unit_price) for p in view.parts] == [("輪胎 205/55R16", D(1), D("520.00"))]
    assert view.diagnosis == "剎車片磨損" and view.notify_above == D("800.00") and view.may_replace_found_parts
    assert view.revisions[0].number == 2 and taken.kind == "part"


def test_taken_up_without_a_catalog_item_it_is_a_labour_line_to_price(
        db: Database, people: dict[Role, int], car: dict[str, int]) -> None:
    rec_id = note_earlier(db, people, car, "底盤護板鬆動，下次加固")
    taken = call(db, recommendations.take_up, people[Role.INSPECTOR], rec_id, car["second"])
    line = taken.estimate.labour[-1]
    assert (line.name, line.standard_hours, line.amount, taken.to_price) == ("底盤護板鬆動，下次加固", D(0), D(0), True)


def test_not_on_a_confirmed_work_order_nor_on_another_car(db: Database, people: dict[Role, int],
                                                           car: dict[str, int]) -> None:
    rec_id = note_earlier(db, people, car, "雨刷老化")
    with pytest.raises(DomainError) as other, db.session_scope() as s:
        stranger = Customer(name="陳先生", phone="13900000000", created_at=NOW)
        s.add(RepairOrder(order_no="WO20261128-009", status=OrderStatus.RECEIVED, customer=stranger,
                          vehicle=Vehicle(customer=stranger, plate="粵C99999", created_at=NOW),
                          job_class=JobClass.MINOR, regulatory_class=RegulatoryClass.MINOR_REPAIR,
                          payer=Payer.SELF, created_at=NOW, received_at=NOW, updated_at=NOW))
        s.flush()
        other_id = s.scalar(select(RepairOrder.id).where(RepairOrder.order_no == "WO20261128-009"))
        recommendations.take_up(s, people[Role.ADVISOR], rec_id, other_id)
    assert other.value.message == recommendations.OTHER_CAR
    with db.session_scope() as s:
        audit.exempt(s, "test data")
        s.get(RepairOrder, car["second"]).confirmed_at = NOW
    with pytest.raises(DomainError) as locked:
        call(db, recommendations.take_up, people[Role.ADVISOR], rec_id, car["second"])
    assert locked.value.message == recommendations.LOCKED
    assert [r.id for r in open_on(db, car["vehicle"])] == [rec_id]


# --- dismissed with a reason -----------------------------------------------------------------------------------
def test_dismissed_with_a_reason_it_leaves_the_open_list(db: Database, people: dict[Role, int],
                                                         car: dict[str, int]) -> None:
    rec_id = note_earlier(db, people, car, "雨刷老化")
    with pytest.raises(DomainError) as no_reason:
        call(db, recommendations.dismiss, people[Role.ADVISOR], rec_id, " ")
    assert no_reason.value.field == "reason"
    row = call(db, recommendations.dismiss, people[Role.ADVISOR], rec_id, "客戶已在別處更換")
    assert (row.dismissed_reason, row.closed_by, row.open) == ("客戶已在別處更換", "王小明", False)
    assert open_on(db, car["vehicle"]) == []
    with db.session_scope() as s:
        everything = recommendations.for_vehicle(s, car["vehicle"])
    assert [r.dismissed_at for r in everything] == [NOW]
    with pytest.raises(DomainError) as closed:
        call(db, recommendations.take_up, people[Role.ADVISOR], rec_id, car["second"])
    assert closed.value.message == recommendations.CLOSED


# --- the month -------------------------------------------------------------------------------------------------
def test_the_month_counts_made_taken_up_and_dismissed(db: Database, people: dict[Role, int],
                                                      car: dict[str, int]) -> None:
    old = note_earlier(db, people, car, "後輪胎紋深 2 mm", operation_code="TY-01")  # October
    gone = note_earlier(db, people, car, "雨刷老化")  # October
    call(db, recommendations.note, people[Role.INSPECTOR], car["second"], "空調異味，建議清洗")  # November
    call(db, recommendations.take_up, people[Role.ADVISOR], old, car["second"])  # November
    call(db, recommendations.dismiss, people[Role.ADVISOR], gone, "客戶不需要")
    with db.session_scope() as s:
        october = recommendations.month_counts(s, datetime(2026, 10, 1), datetime(2026, 11, 1))
        november = recommendations.month_counts(s, datetime(2026, 11, 1), datetime(2026, 12, 1))
        kept = s.scalars(select(Recommendation.source)).all()
    assert (october.made, october.taken_up, october.dismissed, october.open_now) == (2, 0, 0, 2)
    assert (november.made, november.taken_up, november.dismissed, november.open_now) == (1, 1, 1, 1)
    assert sorted(kept) == ["qc", "qc", "qc"]


def test_the_month_workbook_lists_what_was_put_off_and_taken_up(db: Database, people: dict[Role, int],
                                                                car: dict[str, int], tmp_path) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from openpyxl import load_workbook

    from garage_desktop.export.month_workbook import save_month_workbook
    from garage_desktop.services.month_report import month_report

    old = note_earlier(db, people, car, "後輪胎紋深 2 mm", operation_code="TY-01")  # October, taken up now
    call(db, recommendations.note, people[Role.INSPECTOR], car["second"], "空調異味，建議清洗")  # November, open
    call(db, recommendations.take_up, people[Role.ADVISOR], old, car["second"])
    with db.session_scope() as s:
        report = month_report(s, date(2026, 11, 1))
    assert [(r.description, r.made_in_month, r.taken_up_in_month, r.done_order_no) for r in report.put_off] == [
        ("後輪胎紋深 2 mm", False, True, "WO20261128-001"), ("空調異味，建議清洗", True, False, "")]
    book = load_workbook(save_month_workbook(report, tmp_path / "put-off.xlsx"))
    rows = [[cell.value for cell in row] for row in book["建議項目"].iter_rows()]
    total = next(row for row in rows if row[0] == "合計")
    assert (total[5], total[8]) == (1, 1)  # made in the month, taken up in the month
    summary = {row[0].value: row[1].value for row in book["匯總"].iter_rows() if row and row[0].value}
    assert (summary["本月提出的建議項目"], summary["本月採納的建議項目"]) == (1, 1)


# --- the demo garage ---------------------------------------------------------------------------------------------
def test_the_demo_has_work_put_off_then_taken_up_and_one_dismissed(demo: Database) -> None:
    with demo.session_scope() as s:
        recs = list(s.scalars(select(Recommendation)))
        taken = [r for r in recs if r.done_order_id is not None]
        dismissed = [r for r in recs if r.dismissed_at is not None]
        assert taken and dismissed and all(r.dismissed_reason for r in dismissed)
        for rec in taken:
            earlier, later = s.get(RepairOrder, rec.order_id), s.get(RepairOrder, rec.done_order_id)
            assert later.vehicle_id == earlier.vehicle_id == rec.vehicle_id
            assert earlier.delivered_at <= rec.created_at < later.received_at <= rec.done_at
            assert rec.operation_code in {line.operation_code for line in later.labour_lines}
        with_car = recommendations.for_vehicle(s, taken[0].vehicle_id)
    assert any(not row.open and row.done_order_no for row in with_car)


def test_a_cancelled_order_puts_the_work_it_took_up_off_again(db: Database, people: dict[Role, int],
                                                              car: dict[str, int]) -> None:
    from garage_desktop.services import order_actions

    rec_id = note_earlier(db, people, car, "後輪胎紋深 2 mm", operation_code="TY-01")
    call(db, recommendations.take_up, people[Role.ADVISOR], rec_id, car["second"])
    assert open_on(db, car["vehicle"]) == []
    call(db, order_actions.cancel_order, people[Role.ADVISOR], car["second"], "客戶改天再來")
    assert [(r.id, r.done_order_id, r.done_at) for r in open_on(db, car["vehicle"])] == [(rec_id, None, None)]
