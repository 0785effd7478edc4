"""完工總檢 Final QC services: preconditions, pass (ready, customer told, certificate), fail → rework → second
inspection, new damage found at QC, templates chosen by class."""

from __future__ import annotations

import argparse
import io
import json
import re
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from decimal import Decimal
from itertools import count
from pathlib import Path
from typing import Any, TypeVar

import pytest
from sqlalchemy import select

from garage_desktop.db.engine import Database
from garage_desktop.db.models import (
    AuditEvent,
    Customer,
    DamageMark,
    IntakeInspection,
    LabourLine,
    PartLine,
    QcInspection,
    RepairOrder,
    Vehicle,
)
from garage_desktop.domain.classes import (
    BodyView,
    DamageKind,
    FuelType,
    JobClass,
    Payer,
    RegulatoryClass,
    Role,
)
from garage_desktop.domain.lifecycle import OrderStatus, TransitionRefused
from garage_desktop.domain.qc import Result
from garage_desktop.domain.text import DomainError, PermissionRefused
from garage_desktop.services import clock, qc, qc_templates, work_order
from garage_desktop.services.qc import ItemAnswer, MeasurementAnswer, QcForm

S = OrderStatus
R = RegulatoryClass
T = TypeVar("T")
NOW = datetime(2026, 11, 28, 15, 0)
_serial = count(1)

# Readings that pass every measured check of the engine-overhaul template on a petrol car.
GOOD_READINGS: dict[str, dict[str, str]] = {
    "compression": {"count": "4", "cylinders": "1050 1020 1035 1040"},
    "start_cold": {"tries": "2", "seconds": "3.5"},
    "start_warm": {"tries": "1", "seconds": "1.2"},
    "weight_gain": {"design": "1350", "after": "1362"},
    "oil_pressure": {"idle": "150", "rpm2000": "350"},
    "emissions_petrol": {"co_idle": "0.3", "hc_idle": "60", "co_high": "0.2", "hc_high": "30", "lambda": "1.01"},
}


def make_qc_order(db: Database, *, regulatory: RegulatoryClass = R.MINOR_REPAIR,
                  job: JobClass = JobClass.MINOR, fuel: FuelType = FuelType.PETROL,
                  lines: Sequence[tuple[str, str]] = (("更換機油", "一組"), ("更換剎車片", "二組")),
                  finished: bool = True, marks: int = 1, parts_issued: bool = True,
                  status: OrderStatus = S.QC_PENDING) -> int:
    """An order whose repair was reported finished: customer, car, labour lines (team, started, finished),
    one planned part (issued unless told otherwise) and an intake record with ``marks`` old scratches."""
    n = next(_serial)
    with db.session_scope() as session:
        person = Customer(name="林志明", phone=f"1391234{n:04d}", created_at=NOW - timedelta(days=30))
        car = Vehicle(customer=person, plate=f"粵B{n:05d}", vin="LSVAU2180N2183294", make="大眾", model="朗逸",
                      fuel_type=fuel, created_at=NOW - timedelta(days=30))
        order = RepairOrder(
            order_no=f"WO20261128-{500 + n:03d}", status=status, customer=person, vehicle=car, job_class=job,
            regulatory_class=regulatory, payer=Payer.SELF, complaint="保養", mileage_in=45_230,
            promised_at=NOW + timedelta(hours=2), original_promised_at=NOW + timedelta(hours=2),
            created_at=NOW - timedelta(hours=6), received_at=NOW - timedelta(hours=6),
            confirmed_at=NOW - timedelta(hours=5), updated_at=NOW - timedelta(minutes=30))
        session.add(order)
        for seq, (name, team) in enumerate(lines, start=1):
            session.add(LabourLine(order=order, seq=seq, name=name, standard_hours=Decimal(1), rate=Decimal(100),
                                   coefficient=Decimal(1), amount=Decimal(100), payer=Payer.SELF, team=team,
                                   started_at=NOW - timedelta(hours=4),
                                   finished_at=NOW - timedelta(hours=1) if finished else None))
        session.add(PartLine(order=order, seq=1, name="機油濾清器", planned_qty=Decimal(1),
                             issued_qty=Decimal(1) if parts_issued else Decimal(0), unit_price=Decimal(45),
                             payer=Payer.SELF))
        intake = IntakeInspection(order=order, mileage=45_230, fuel_level=4, items_left="行車記錄儀",
                                  inspected_at=NOW - timedelta(hours=6))
        intake.damage_marks = [DamageMark(view=BodyView.LEFT, x=300 + 100 * i, y=500, kind=DamageKind.SCRATCH,
                                          note=f"舊刮痕 {i + 1}", found_at="intake") for i in range(marks)]
        session.add(intake)
        session.flush()
        return order.id


def call(db: Database, function: Callable[..., T], actor: int | None, *args: Any, **kwargs: Any) -> T:
    with db.session_scope() as session:
        return function(session, actor, *args, **kwargs)


def read(db: Database, function: Callable[..., T], *args: Any) -> T:
    with db.session_scope() as session:
        return function(session, *args)


def full_form(view: qc.QcView, template_id: str | None = None, *, fail: Sequence[str] = (),
              readings: dict[str, dict[str, str]] | None = None, no_new_damage: bool = True,
              **kw: Any) -> QcForm:
    """Every check answered pass (those in ``fail`` failed), measured checks with good readings."""
    template = qc_templates.current().get(template_id or view.default_template)
    keys = [line.key for line in view.lines] + [item.key for item in template.items()]
    items = tuple(ItemAnswer(k, Result.FAIL if k in fail else Result.PASS, "redo" if k in fail else "")
                  for k in keys)
    given = {**GOOD_READINGS, **(readings or {})}
    measurements = tuple(MeasurementAnswer(m.key, given.get(m.key, {})) for m in template.measurements)
    return QcForm(template.id, items, measurements, no_new_damage=no_new_damage, **kw)


def view_of(db: Database, order_id: int, actor: int | None = None) -> qc.QcView:
    return read(db, qc.qc_view, order_id, actor)


def order_of(db: Database, order_id: int) -> tuple[Any, ...]:
    with db.session_scope() as session:
        o = session.get(RepairOrder, order_id)
        return (o.status, o.passed_qc_first_time, o.ready_at, o.customer_told_at, o.mileage_out)


@pytest.fixture(autouse=True)
def _fixed_clock() -> None:
    clock.set_fixed(NOW)


# --- the pass -------------------------------------------------------------------------------------------
def test_a_first_time_pass_makes_the_car_ready_and_records_when_the_customer_was_told(db: Database,
                                                                                       people: dict) -> None:
    order_id = make_qc_order(db)
    view = view_of(db, order_id, people[Role.INSPECTOR])
    assert view.inspect_refusal is None and view.preconditions.ok
    assert view.default_template == "general"
    outcome = call(db, qc.pass_qc, people[Role.INSPECTOR], order_id, full_form(view, mileage="45,262"),
                   customer_told=True)
    assert (outcome.passed, outcome.attempt, outcome.certificate_no, outcome.passed_first_time) == (
        True, 1, None, True)
    assert order_of(db, order_id) == (S.READY, True, NOW, NOW, 45_262)
    assert not read(db, qc.certificate_required_and_missing, order_id)


def test_the_customer_can_be_told_later(db: Database, people: dict) -> None:
    """Passing records no call nobody made: told later with ``tell_customer`` (and told now only when said)."""
    order_id = make_qc_order(db)
    call(db, qc.pass_qc, people[Role.INSPECTOR], order_id, full_form(view_of(db, order_id)))
    assert order_of(db, order_id)[3] is None
    assert view_of(db, order_id, people[Role.ADVISOR]).tell_refusal is None
    clock.set_fixed(NOW + timedelta(minutes=40))
    call(db, qc.tell_customer, people[Role.ADVISOR], order_id)
    assert order_of(db, order_id)[2:4] == (NOW, NOW + timedelta(minutes=40))
    with pytest.raises(DomainError):
        call(db, qc.tell_customer, people[Role.ADVISOR], order_id)


def test_only_an_inspector_or_the_owner_passes_qc(db: Database, people: dict) -> None:
    order_id = make_qc_order(db)
    form = full_form(view_of(db, order_id))
    assert isinstance(view_of(db, order_id, people[Role.ADVISOR]).inspect_refusal, PermissionRefused)
    for role in (Role.ADVISOR, Role.FOREMAN):
        with pytest.raises(PermissionRefused):
            call(db, qc.pass_qc, people[role], order_id, form)
    call(db, qc.pass_qc, people[Role.OWNER], order_id, form)
    assert order_of(db, order_id)[0] is S.READY


def test_qc_is_refused_while_a_line_is_unfinished(db: Database, people: dict) -> None:
    order_id = make_qc_order(db, finished=False, status=S.QC_PENDING)
    view = view_of(db, order_id)
    assert view.preconditions.unfinished_lines == ("1. 更換機油", "2. 更換剎車片")
    with pytest.raises(DomainError) as refused:
        call(db, qc.pass_qc, people[Role.INSPECTOR], order_id, full_form(view))
    assert refused.value.field == "lines"
    assert order_of(db, order_id)[0] is S.QC_PENDING


def test_qc_is_refused_while_the_parts_are_not_reconciled(db: Database, people: dict) -> None:
    order_id = make_qc_order(db, parts_issued=False)
    view = view_of(db, order_id)
    assert [p.english() for p in view.preconditions.parts_problems] == ["1. 機油濾清器: planned 1 , never issued."]
    with pytest.raises(DomainError) as refused:
        call(db, qc.pass_qc, people[Role.INSPECTOR], order_id, full_form(view))
    assert refused.value.field == "parts"


def test_qc_is_refused_until_every_check_is_answered_and_passed(db: Database, people: dict) -> None:
    order_id = make_qc_order(db)
    view = view_of(db, order_id)
    form = full_form(view)
    unanswered = QcForm(form.template, form.items[:-1], form.measurements, no_new_damage=True)
    with pytest.raises(DomainError, match="Answer every check"):
        call(db, qc.pass_qc, people[Role.INSPECTOR], order_id, unanswered)
    with pytest.raises(DomainError, match="failed"):
        call(db, qc.pass_qc, people[Role.INSPECTOR], order_id, full_form(view, fail=["brakes"]))
    with pytest.raises(DomainError) as unchecked:
        call(db, qc.pass_qc, people[Role.INSPECTOR], order_id, full_form(view, no_new_damage=False))
    assert unchecked.value.field == "damage"
    with pytest.raises(DomainError) as not_applicable:
        call(db, qc.pass_qc, people[Role.INSPECTOR], order_id, QcForm(
            form.template, (ItemAnswer(view.lines[0].key, Result.NA), *form.items[1:]), no_new_damage=True))
    assert not_applicable.value.field == "items"


def test_a_pass_needs_the_status_qc_pending(db: Database, people: dict) -> None:
    order_id = make_qc_order(db, status=S.IN_REPAIR)
    with pytest.raises(TransitionRefused):
        call(db, qc.pass_qc, people[Role.INSPECTOR], order_id, full_form(view_of(db, order_id)))


def test_the_mileage_at_qc_is_not_below_intake(db: Database, people: dict) -> None:
    order_id = make_qc_order(db)
    with pytest.raises(DomainError) as refused:
        call(db, qc.pass_qc, people[Role.INSPECTOR], order_id, full_form(view_of(db, order_id), mileage=45_000))
    assert refused.value.field == "mileage"


# --- new damage ---------------------------------------------------------------------------------------------
def test_new_damage_blocks_the_pass_until_it_is_resolved_and_noted(db: Database, people: dict) -> None:
    inspector = people[Role.INSPECTOR]
    order_id = make_qc_order(db, marks=2)
    view = call(db, qc.add_new_damage, inspector, order_id,
                qc.DamageMarkInput(BodyView.FRONT, 500, 400, DamageKind.DENT, "前保險槓凹陷"))
    new = [d for d in view.damage if d.found_at == "qc"]
    assert [(d.number, d.kind, d.note) for d in new] == [(3, "dent", "前保險槓凹陷")]
    assert view.preconditions.unresolved_damage == ("#3 前保險槓凹陷",)
    with pytest.raises(DomainError) as refused:
        call(db, qc.pass_qc, inspector, order_id, full_form(view))
    assert refused.value.field == "damage"
    with pytest.raises(DomainError) as empty:
        call(db, qc.resolve_new_damage, inspector, order_id, new[0].id, "  ")
    assert empty.value.field == "resolved_note"
    view = call(db, qc.resolve_new_damage, inspector, order_id, new[0].id, "鈑金組已修復，客戶已確認")
    assert view.preconditions.ok
    with pytest.raises(DomainError):
        call(db, qc.remove_new_damage, inspector, order_id, new[0].id)  # resolved marks stay on record
    call(db, qc.pass_qc, inspector, order_id, full_form(view))
    with db.session_scope() as session:
        results = json.loads(session.scalars(select(QcInspection.results)).one())
    assert [m["found_at"] for m in results["damage"]["marks"]] == ["intake", "intake", "qc"]
    assert results["damage"]["marks"][2]["resolved_note"] == "鈑金組已修復，客戶已確認"


def test_a_mark_set_by_mistake_can_be_removed_and_intake_marks_cannot(db: Database, people: dict) -> None:
    inspector = people[Role.INSPECTOR]
    order_id = make_qc_order(db, marks=1)
    view = call(db, qc.add_new_damage, inspector, order_id,
                qc.DamageMarkInput(BodyView.REAR, 100, 100, DamageKind.SCRATCH))
    intake_mark, new_mark = view.damage
    view = call(db, qc.note_new_damage, inspector, order_id, new_mark.id, "後保險槓刮痕")
    assert view.damage[1].note == "後保險槓刮痕"
    with pytest.raises(DomainError):
        call(db, qc.remove_new_damage, inspector, order_id, intake_mark.id)
    view = call(db, qc.remove_new_damage, inspector, order_id, new_mark.id)
    assert [d.found_at for d in view.damage] == ["intake"]
    with pytest.raises(PermissionRefused):
        call(db, qc.add_new_damage, people[Role.ADVISOR], order_id,
             qc.DamageMarkInput(BodyView.REAR, 100, 100, DamageKind.SCRATCH))


# --- fail, rework, second inspection -------------------------------------------------------------------------
def test_rework_then_a_second_inspection_leaves_first_pass_false(db: Database, people: dict) -> None:
    inspector, foreman = people[Role.INSPECTOR], people[Role.FOREMAN]
    order_id = make_qc_order(db)
    view = view_of(db, order_id)
    brake_line = view.lines[1]
    with pytest.raises(DomainError, match="Nothing failed"):
        call(db, qc.fail_qc, inspector, order_id, full_form(view))
    outcome = call(db, qc.fail_qc, inspector, order_id, full_form(view, fail=[brake_line.key, "brakes"]),
                   rework_note="剎車踏板偏軟，重新排氣")
    assert (outcome.passed, outcome.status, outcome.passed_first_time) == (False, S.REWORK, False)
    assert outcome.rework_lines == ("2. 更換剎車片",)
    view = view_of(db, order_id, foreman)
    assert view.lines[0].finished_at is not None and view.lines[1].finished_at is None  # back to its team
    assert view.inspections[0].rework_note == "剎車踏板偏軟，重新排氣"
    assert view.inspections[0].rework_lines == ("2. 更換剎車片",)
    with db.session_scope() as session:
        assert session.get(RepairOrder, order_id).holder == "二組"
        assert session.scalars(select(AuditEvent.action).where(AuditEvent.entity_id == brake_line.id,
                                                               AuditEvent.action == "line:rework")).one()
    # The work ticket lists the line open again; rework done is refused until the team finished it.
    ticket = read(db, work_order.ticket_view, order_id)
    assert ticket.unfinished == ("2. 更換剎車片",)
    with pytest.raises(DomainError) as refused:
        call(db, qc.rework_done, foreman, order_id)
    assert refused.value.field == "lines"
    clock.set_fixed(NOW + timedelta(minutes=45))
    call(db, work_order.finish_line, foreman, order_id, brake_line.id)
    call(db, qc.rework_done, foreman, order_id)
    assert order_of(db, order_id)[0] is S.QC_PENDING
    clock.set_fixed(NOW + timedelta(hours=1))
    outcome = call(db, qc.pass_qc, inspector, order_id, full_form(view_of(db, order_id)))
    assert (outcome.attempt, outcome.passed, outcome.passed_first_time) == (2, True, False)
    assert order_of(db, order_id)[:3] == (S.READY, False, NOW + timedelta(hours=1))
    assert [(i.attempt, i.passed) for i in view_of(db, order_id).inspections] == [(1, False), (2, True)]


def test_a_fail_without_a_failed_order_item_needs_a_rework_note(db: Database, people: dict) -> None:
    order_id = make_qc_order(db)
    view = view_of(db, order_id)
    with pytest.raises(DomainError) as refused:
        call(db, qc.fail_qc, people[Role.INSPECTOR], order_id, full_form(view, fail=["lights"]))
    assert refused.value.field == "rework_note"
    call(db, qc.fail_qc, people[Role.INSPECTOR], order_id, full_form(view, fail=["lights"]),
         rework_line_ids=(view.lines[0].id,))
    assert view_of(db, order_id).lines[0].finished_at is None


# --- certificates -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("regulatory", "needs"), [
    (R.LEVEL2_MAINTENANCE, True), (R.ASSEMBLY_OVERHAUL, True), (R.VEHICLE_OVERHAUL, True),
    (R.LEVEL1_MAINTENANCE, False), (R.MINOR_REPAIR, False), (R.SPECIALIST_REPAIR, False)])
def test_a_certificate_is_required_for_the_right_classes_only(db: Database, people: dict,
                                                              regulatory: RegulatoryClass, needs: bool) -> None:
    order_id = make_qc_order(db, regulatory=regulatory)
    assert read(db, qc.certificate_required_and_missing, order_id) is needs
    outcome = call(db, qc.pass_qc, people[Role.INSPECTOR], order_id, full_form(view_of(db, order_id)))
    assert (outcome.certificate_no is not None) is needs
    assert read(db, qc.certificate_required_and_missing, order_id) is False
    assert view_of(db, order_id).certificate_no == outcome.certificate_no


def test_certificate_numbers_are_unique_and_run_on(db: Database, people: dict) -> None:
    numbers = []
    for _ in range(3):
        order_id = make_qc_order(db, regulatory=R.LEVEL2_MAINTENANCE, job=JobClass.MEDIUM)
        numbers.append(call(db, qc.pass_qc, people[Role.INSPECTOR], order_id,
                            full_form(view_of(db, order_id))).certificate_no)
    assert numbers == ["HG2026-00001", "HG2026-00002", "HG2026-00003"]


def test_a_failed_inspection_issues_no_certificate(db: Database, people: dict) -> None:
    order_id = make_qc_order(db, regulatory=R.LEVEL2_MAINTENANCE)
    view = view_of(db, order_id)
    call(db, qc.fail_qc, people[Role.INSPECTOR], order_id, full_form(view, fail=[view.lines[0].key]))
    assert read(db, qc.certificate_required_and_missing, order_id) is True


# --- templates and measured checks -------------------------------------------------------------------------
def test_the_template_follows_the_class_and_can_be_changed(db: Database, people: dict) -> None:
    level2 = make_qc_order(db, regulatory=R.LEVEL2_MAINTENANCE, job=JobClass.MEDIUM)
    overhaul = make_qc_order(db, regulatory=R.ASSEMBLY_OVERHAUL, job=JobClass.MAJOR)
    assert view_of(db, level2).default_template == "level2_maintenance"
    assert view_of(db, overhaul).default_template == "engine_overhaul"
    call(db, qc.pass_qc, people[Role.INSPECTOR], level2, full_form(view_of(db, level2), "general"))
    with db.session_scope() as session:
        assert session.scalars(select(QcInspection.template)).one() == "general@1"


def test_a_failing_measurement_blocks_the_pass_and_is_sent_back(db: Database, people: dict) -> None:
    order_id = make_qc_order(db, regulatory=R.ASSEMBLY_OVERHAUL, job=JobClass.MAJOR)
    view = view_of(db, order_id)
    uneven = {"compression": {"count": "2", "cylinders": "1025.1 974.9"}}  # 5.02 % on a petrol engine
    with pytest.raises(DomainError, match="failed"):
        call(db, qc.pass_qc, people[Role.INSPECTOR], order_id, full_form(view, readings=uneven))
    call(db, qc.fail_qc, people[Role.INSPECTOR], order_id, full_form(view, readings=uneven),
         rework_line_ids=(view.lines[0].id,), rework_note="二缸壓縮偏低")
    with db.session_scope() as session:
        results = json.loads(session.scalars(select(QcInspection.results)).one())
    assert results["failed"] == ["compression"]
    compression = results["measurements"][0]
    assert compression["status"] == "fail"
    assert compression["findings"][0] == {"key": "spread", "value": "5.02", "minimum": None, "maximum": "5",
                                          "passed": False, "unit": "%", "label": None}


def test_the_same_readings_pass_a_diesel_and_na_needs_a_reason(db: Database, people: dict) -> None:
    order_id = make_qc_order(db, regulatory=R.ASSEMBLY_OVERHAUL, job=JobClass.MAJOR, fuel=FuelType.DIESEL)
    view = view_of(db, order_id)
    readings = {"compression": {"count": "2", "cylinders": "1025.1 974.9"},
                "emissions_diesel": {"opacity": "0.8"}}
    form = full_form(view, readings=readings)
    skipped = QcForm(form.template, form.items, tuple(
        MeasurementAnswer(m.key, m.readings, not_applicable=m.key == "weight_gain") for m in form.measurements),
        no_new_damage=True)
    with pytest.raises(DomainError) as refused:
        call(db, qc.pass_qc, people[Role.INSPECTOR], order_id, skipped)
    assert refused.value.field == "weight_gain"
    call(db, qc.pass_qc, people[Role.INSPECTOR], order_id, form)
    assert order_of(db, order_id)[0] is S.READY


def test_the_queue_lists_cars_waiting_for_qc_then_rework(db: Database, people: dict) -> None:
    waiting = make_qc_order(db)
    rework = make_qc_order(db, status=S.REWORK)
    make_qc_order(db, status=S.IN_REPAIR)
    assert [(r.order_id, r.status) for r in read(db, qc.queue)] == [(waiting, S.QC_PENDING), (rework, S.REWORK)]


def test_the_shipped_templates_are_valid() -> None:
    templates = qc_templates.load([qc_templates.shipped_folder()], strict=True)
    assert set(templates.templates) == {"general", "level2_maintenance", "engine_overhaul"}
    level2 = templates.get("level2_maintenance")
    assert len([i for s in level2.sections if s.key.startswith("level2") for i in s.items]) == 16  # seed ④ B
    overhaul = templates.get("engine_overhaul")
    compression = next(m for m in overhaul.measurements if m.key == "compression")
    assert compression.reading.value == "range_over_mean"
    assert {k.value: v for k, v in compression.spread_limits.items()} == {
        "petrol": Decimal(5), "hybrid": Decimal(5), "diesel": Decimal(8)}


def test_a_garage_copy_with_a_higher_version_replaces_the_shipped_one(tmp_path: Path) -> None:
    own = json.loads((qc_templates.shipped_folder() / "engine_overhaul.json").read_text(encoding="utf-8"))
    own["version"] = 2
    own["measurements"][0]["limits_percent"]["petrol"] = "4"
    (tmp_path / "engine_overhaul.json").write_text(json.dumps(own, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    templates = qc_templates.load([qc_templates.shipped_folder(), tmp_path])
    overhaul = templates.get("engine_overhaul")
    assert overhaul.ref == "engine_overhaul@2"
    assert overhaul.measurements[0].spread_limits[FuelType.PETROL] == Decimal(4)
    assert len(templates.refused) == 1 and "broken.json" in templates.refused[0]


@pytest.mark.parametrize(("change", "message"), [
    (lambda t: t["sections"].append({"include": "general/nothing"}), "cannot include"),
    (lambda t: t["measurements"][0].update(kind="guess"), "kind is one of"),
    (lambda t: t["measurements"][0].update(limits_percent={"petrol": "five"}), "is not a number"),
    (lambda t: t["sections"][1]["items"][0]["label"].pop("zh_TW"), "both languages"),
    (lambda t: t["sections"][1]["items"].append(t["sections"][1]["items"][0]), "keys used twice"),
])
def test_a_broken_template_is_refused_with_the_reason(tmp_path: Path, change: Callable[[dict], object],
                                                       message: str) -> None:
    raw = json.loads((qc_templates.shipped_folder() / "engine_overhaul.json").read_text(encoding="utf-8"))
    change(raw)
    (tmp_path / "engine_overhaul.json").write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    general = qc_templates.shipped_folder() / "general.json"
    (tmp_path / "general.json").write_text(general.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(qc_templates.TemplateError, match=message):
        qc_templates.load([tmp_path], strict=True)


# --- printing ---------------------------------------------------------------------------------------------
def pdf_text(pdf: bytes) -> str:
    """The text of every page, whitespace removed (CJK titles are letter-spaced)."""
    from pypdf import PdfReader

    return "".join(re.sub(r"\s+", "", page.extract_text() or "") for page in PdfReader(io.BytesIO(pdf)).pages)


def _failed_then_passed(db: Database, people: dict) -> int:
    inspector, foreman = people[Role.INSPECTOR], people[Role.FOREMAN]
    order_id = make_qc_order(db, regulatory=R.ASSEMBLY_OVERHAUL, job=JobClass.MAJOR, marks=1)
    view = call(db, qc.add_new_damage, inspector, order_id,
                qc.DamageMarkInput(BodyView.FRONT, 500, 450, DamageKind.DENT, "前保險槓凹陷"))
    call(db, qc.fail_qc, inspector, order_id,
         full_form(view, readings={"compression": {"count": "2", "cylinders": "1025.1 974.9"}},
                   fail=[view.lines[0].key]),
         rework_note="二缸壓縮偏低")
    call(db, work_order.finish_line, foreman, order_id, view.lines[0].id)
    call(db, qc.resolve_new_damage, inspector, order_id, view.damage[-1].id, "鈑金組已修復")
    call(db, qc.rework_done, foreman, order_id)
    call(db, qc.pass_qc, inspector, order_id, full_form(view_of(db, order_id), mileage="45262"))
    return order_id


def test_the_qc_sheet_prints_each_attempt_from_its_snapshot(db: Database, people: dict) -> None:
    from garage_desktop.printing.qc_sheet import render_qc_sheet
    from garage_desktop.services import qc_documents

    order_id = _failed_then_passed(db, people)
    first = read(db, qc_documents.qc_sheet_doc, order_id, 1)
    assert (first.attempt, first.passed, first.rework_note) == (1, False, "二缸壓縮偏低")
    assert [f.get("zh_TW") for f in first.failed] == ["1. 更換機油", "氣缸壓縮壓力（正常工作溫度下）"]
    text = pdf_text(render_qc_sheet(first))
    for expected in ("竣工檢驗單", "第1次檢驗", "不合格，返工", "各缸壓力差5.02%（限值5%）", "二缸壓縮偏低",
                     "前保險槓凹陷", "竣工檢查新發現", "未處理"):
        assert expected in text, expected
    latest = read(db, qc_documents.qc_sheet_doc, order_id)
    text = pdf_text(render_qc_sheet(latest, language="en"))
    for expected in ("QCsheet", "Inspection2", "Passed", "HG2026-00001", "resolved:鈑金組已修復", "45,262km"):
        assert expected in text, expected


def test_a_blank_sheet_prints_before_the_first_inspection(db: Database, people: dict) -> None:
    from garage_desktop.printing.qc_sheet import render_qc_sheet
    from garage_desktop.services import qc_documents

    order_id = make_qc_order(db, regulatory=R.LEVEL2_MAINTENANCE, job=JobClass.MEDIUM)
    doc = read(db, qc_documents.qc_sheet_doc, order_id)
    assert doc.attempt is None and doc.template_ref == "level2_maintenance@1"
    text = pdf_text(render_qc_sheet(doc))
    assert "空白表" in text and "□合格□不合格□不適用" in text and "二級維護竣工檢驗" in text


def test_the_certificate_prints_the_number_class_mileage_and_warranty(db: Database, people: dict) -> None:
    from garage_desktop.printing.certificate import render_certificate
    from garage_desktop.services import qc_documents

    minor = make_qc_order(db)
    with pytest.raises(DomainError):
        read(db, qc_documents.certificate_doc, minor)
    order_id = _failed_then_passed(db, people)
    doc = read(db, qc_documents.certificate_doc, order_id)
    assert (doc.certificate_no, doc.mileage_out, doc.warranty_km, doc.warranty_days) == (
        "HG2026-00001", 45_262, 20_000, 100)
    text = pdf_text(render_certificate(doc))
    for expected in ("竣工出廠合格證", "HG2026-00001", "總成修理（大修）", "45,262km", "20,000公里或100日", "李檢驗",
                     "客戶聯", "存根聯"):
        assert expected in text, expected


def test_print_the_qc_sheet_and_certificate_from_the_command_line(db: Database, people: dict,
                                                                  tmp_path: Path) -> None:
    from garage_desktop.cli_print import add_print_commands, run_print

    order_id = _failed_then_passed(db, people)
    with db.session_scope() as session:
        order_no = session.get(RepairOrder, order_id).order_no
    parser = argparse.ArgumentParser()
    add_print_commands(parser.add_subparsers(dest="command"))
    database = db.url.removeprefix("sqlite:///")
    sheet, certificate = tmp_path / "qc.pdf", tmp_path / "cert.pdf"
    assert run_print(parser.parse_args(["print", "qc-sheet", order_no, "--db", database, "--out", str(sheet),
                                        "--attempt", "1"])) == 0
    assert "第1次检验" in pdf_text(sheet.read_bytes())  # the default: zh_CN
    assert run_print(parser.parse_args(["print", "qc-sheet", order_no, "--db", database, "--out", str(sheet),
                                        "--attempt", "3"])) == 1
    assert run_print(parser.parse_args(["print", "certificate", order_no, "--db", database, "--out",
                                        str(certificate)])) == 0
    assert "HG2026-00001" in pdf_text(certificate.read_bytes())
    minor_id = make_qc_order(db)
    with db.session_scope() as session:
        minor = session.get(RepairOrder, minor_id).order_no
    refused = tmp_path / "none.pdf"
    assert run_print(parser.parse_args(["print", "certificate", minor, "--db", database, "--out",
                                        str(refused)])) == 1
    assert not refused.exists()
