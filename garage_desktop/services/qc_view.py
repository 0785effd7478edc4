"""完工總檢 Final QC, the reading side: what the inspector enters, how a form is judged, and what the QC tab
shows (the order at QC, its preconditions, earlier inspections, the queue). The writes are in ``services.qc``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from garage_desktop.db.models import (
    DamageMark,
    LabourLine,
    Operator,
    QcInspection,
    RepairOrder,
)
from garage_desktop.domain import lifecycle
from garage_desktop.domain import qc as rules
from garage_desktop.domain.classes import CERTIFICATE_CLASSES, FuelType, Role
from garage_desktop.domain.lifecycle import Event, OrderStatus
from garage_desktop.domain.qc import Result, SheetVerdict, Template, Verdict
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError
from garage_desktop.services import (
    added_work,
    orders,
    permissions,
    picking,
    process_checks,
    qc_templates,
    work_order,
)
from garage_desktop.services.process_checks import ProcessCheckView

S = OrderStatus
INSPECTORS = (Role.INSPECTOR,)
REWORKERS = (Role.FOREMAN, Role.INSPECTOR)
TELLERS = (Role.ADVISOR, Role.INSPECTOR)
QUEUE: tuple[OrderStatus, ...] = (S.QC_PENDING, S.REWORK)
LINE_PREFIX = "line:"  # checklist keys of the order's own items: "line:<labour line id>"

NOT_READY = QT_TRANSLATE_NOOP("Domain", "The customer is told once the car has passed final QC.")
ALREADY_TOLD = QT_TRANSLATE_NOOP("Domain", "The customer was already told at {time}.")


# --- what the inspector enters ----------------------------------------------------------------------------
@dataclass(frozen=True)
class ItemAnswer:
    key: str  # a template item's key, or "line:<id>" for an order item
    result: Result | None
    note: str = ""


@dataclass(frozen=True)
class MeasurementAnswer:
    key: str
    readings: Mapping[str, str] = field(default_factory=dict)  # input key → text as typed
    not_applicable: bool = False
    note: str = ""


@dataclass(frozen=True)
class QcForm:
    template: str  # template id
    items: tuple[ItemAnswer, ...] = ()
    measurements: tuple[MeasurementAnswer, ...] = ()
    no_new_damage: bool = False  # the inspector compared the car with the intake record
    mileage: int | str | None = None  # odometer at QC (after the road test), optional
    remarks: str = ""


@dataclass(frozen=True)
class Judgement:
    """A form judged against its template (no database): each measured check's verdict and the whole sheet."""

    measured: Mapping[str, Verdict]
    sheet: SheetVerdict
    names: Mapping[str, str]  # key → English/as-entered label, for messages


def judge(template: Template, fuel: FuelType, line_names: Mapping[str, str], form: QcForm,
          language: str = "en") -> Judgement:
    """Judge ``form``: ``line_names`` are the order items' keys ("line:<id>") and labels."""
    answers = {a.key: a for a in form.items}
    items: dict[str, Result | None] = {}
    names: dict[str, str] = dict(line_names)
    for key in line_names:
        items[key] = answers[key].result if key in answers else None
    for item in template.items():
        items[item.key] = answers[item.key].result if item.key in answers else None
        names[item.key] = item.label.get(language)
    given = {m.key: m for m in form.measurements}
    measured = {}
    for m in template.measurements:
        answer = given.get(m.key, MeasurementAnswer(m.key))
        measured[m.key] = rules.judge_measurement(m, answer.readings, fuel, not_applicable=answer.not_applicable)
        names[m.key] = m.label.get(language)
    return Judgement(measured, rules.judge_sheet(items, measured), names)


# --- reading ----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class QcLine:
    id: int
    key: str
    seq: int
    name: str
    team: str
    mechanic: str
    finished_at: datetime | None
    added: bool


@dataclass(frozen=True)
class QcDamage:
    id: int
    number: int  # as numbered on the diagram: intake marks first, then those found at QC
    view: str
    x: int
    y: int
    kind: str
    note: str
    found_at: str  # "intake" or "qc"
    resolved_note: str


@dataclass(frozen=True)
class InspectionSummary:
    id: int
    attempt: int
    template: str
    passed: bool
    certificate_no: str | None
    inspected_at: datetime
    inspector: str
    failed: tuple[str, ...]  # labels of the failed checks (zh_TW and en kept in the snapshot; English here)
    rework_lines: tuple[str, ...]
    rework_note: str


@dataclass(frozen=True)
class Preconditions:
    unfinished_lines: tuple[str, ...]
    parts_problems: tuple[DomainError, ...]  # from the parts reconciliation; the window translates each
    unresolved_damage: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not (self.unfinished_lines or self.parts_problems or self.unresolved_damage)


@dataclass(frozen=True)
class QcView:
    order_id: int
    order_no: str
    status: OrderStatus
    status_label: str
    plate: str
    make_model: str
    customer_name: str
    customer_phone: str
    fuel: FuelType
    job_class: str
    regulatory_class: str
    promised_at: datetime | None
    mileage_in: int | None
    mileage_out: int | None
    items_left: str
    lines: tuple[QcLine, ...]
    damage: tuple[QcDamage, ...]
    preconditions: Preconditions
    templates: tuple[Template, ...]
    default_template: str
    inspections: tuple[InspectionSummary, ...]
    certificate_required: bool
    certificate_no: str | None
    passed_qc_first_time: bool | None
    ready_at: datetime | None
    customer_told_at: datetime | None
    inspect_refusal: DomainError | None  # why this operator cannot record QC now (status or role)
    rework_done_refusal: DomainError | None
    tell_refusal: DomainError | None
    # 維修作業 3: the inspector's checks during the repair, oldest first (problems and what was done about them).
    process_checks: tuple[ProcessCheckView, ...] = ()

    @property
    def next_attempt(self) -> int:
        return len(self.inspections) + 1

    def line_names(self) -> dict[str, str]:
        return {line.key: f"{line.seq}. {line.name}" for line in self.lines}


def _names(session: Session, ids: set[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return dict(session.execute(select(Operator.id, Operator.name).where(Operator.id.in_(wanted))).all())


def _counted_lines(session: Session, order: RepairOrder) -> list[LabourLine]:
    approvals = added_work.approvals_of(session, order.id)
    return [line for line in order.labour_lines if added_work.line_approval(line, approvals) != "declined"]


def line_label(line: LabourLine) -> str:
    return f"{line.seq}. {line.name}"


def _marks(order: RepairOrder) -> list[DamageMark]:
    if order.intake is None:
        return []
    marks = sorted(order.intake.damage_marks, key=lambda m: m.id)
    return [m for m in marks if m.found_at != "qc"] + [m for m in marks if m.found_at == "qc"]


def _mark_label(number: int, mark: DamageMark) -> str:
    return f"#{number}" + (f" {mark.note}" if mark.note else "")


def parts_problems(session: Session, order_id: int) -> tuple[DomainError, ...]:
    """What the parts reconciliation (``services.picking``) still finds wrong with the order's parts."""
    return tuple(problem.error() for problem in picking.reconciliation(session, order_id).problems)


def _preconditions(session: Session, order: RepairOrder) -> Preconditions:
    approvals = added_work.approvals_of(session, order.id)
    unfinished = tuple(line_label(x) for x in work_order.unfinished_lines(order, approvals))
    marks = _marks(order)
    unresolved = tuple(_mark_label(n, m) for n, m in enumerate(marks, start=1)
                       if m.found_at == "qc" and not (m.resolved_note or "").strip())
    return Preconditions(unfinished, parts_problems(session, order.id), unresolved)


def preconditions(session: Session, order_id: int) -> Preconditions:
    return _preconditions(session, orders.get_order(session, order_id))


def inspections_of(session: Session, order_id: int) -> list[QcInspection]:
    return list(session.scalars(select(QcInspection).where(QcInspection.order_id == order_id)
                                .order_by(QcInspection.attempt)))


def _summary(session: Session, inspection: QcInspection) -> InspectionSummary:
    results = json.loads(inspection.results or "{}")
    rework = results.get("rework") or {}
    return InspectionSummary(
        inspection.id, inspection.attempt, inspection.template, inspection.passed, inspection.certificate_no,
        inspection.inspected_at, _names(session, {inspection.inspector_id}).get(inspection.inspector_id or 0, ""),
        tuple(results.get("failed_labels", [])), tuple(f"{x['seq']}. {x['name']}" for x in rework.get("lines", [])),
        rework.get("note", ""))


def _role_refusal(session: Session, actor: int | None, roles: tuple[Role, ...]) -> DomainError | None:
    try:
        permissions.require(session, actor, *roles)
    except DomainError as error:
        return error
    return None


def _status_refusal(event: Event, status: OrderStatus) -> DomainError | None:
    why = lifecycle.refusal(event, status)
    return DomainError(why, status=lifecycle.STATUS_LABELS[status]) if why else None


def certificate_no(session: Session, order_id: int) -> str | None:
    """The number of the order's 竣工出廠合格證, if one was issued."""
    return session.scalar(select(QcInspection.certificate_no).where(
        QcInspection.order_id == order_id, QcInspection.passed.is_(True), QcInspection.certificate_no.is_not(None))
        .order_by(QcInspection.attempt.desc()).limit(1))


def certificate_required_and_missing(session: Session, order_id: int) -> bool:
    """For delivery: True when the order's class needs a completion certificate and none was issued. A counter
    sale (no labour line) repaired nothing: it has no final QC and needs no certificate; nor does a declined
    estimate (only the diagnosis fee charged, ``lifecycle.declined``)."""
    order = orders.get_order(session, order_id)
    return (order.regulatory_class in CERTIFICATE_CLASSES and bool(order.labour_lines)
            and not lifecycle.declined(order.status, order.cancel_reason)
            and certificate_no(session, order_id) is None)


def qc_view(session: Session, order_id: int, actor: int | None = None) -> QcView:
    order = orders.get_order(session, order_id)
    lines = _counted_lines(session, order)
    names = _names(session, {line.mechanic_id for line in lines})
    marks = _marks(order)
    templates = qc_templates.current()
    vehicle, customer = order.vehicle, order.customer
    inspect = _status_refusal(Event.QC_PASS, order.status) or _role_refusal(session, actor, INSPECTORS)
    pre = _preconditions(session, order)
    rework = (_status_refusal(Event.REWORK_DONE, order.status) or _role_refusal(session, actor, REWORKERS)
              or (DomainError(rules.LINES_OPEN, field="lines", lines="、".join(pre.unfinished_lines))
                  if pre.unfinished_lines else None))
    tell = (DomainError(NOT_READY) if order.status is not S.READY else
            DomainError(ALREADY_TOLD, time=work_order.stamp(order.customer_told_at)) if order.customer_told_at
            else _role_refusal(session, actor, TELLERS))
    return QcView(
        order_id=order.id, order_no=order.order_no or f"#{order.id}", status=order.status,
        status_label=lifecycle.STATUS_LABELS[order.status], plate=vehicle.plate if vehicle else "",
        make_model=" ".join(p for p in ((vehicle.make, vehicle.model) if vehicle else ()) if p),
        customer_name=customer.name if customer else "", customer_phone=customer.phone if customer else "",
        fuel=vehicle.fuel_type if vehicle else FuelType.PETROL, job_class=order.job_class.value,
        regulatory_class=order.regulatory_class.value, promised_at=order.promised_at,
        mileage_in=order.mileage_in, mileage_out=order.mileage_out,
        items_left=order.intake.items_left if order.intake else "",
        lines=tuple(QcLine(line.id, f"{LINE_PREFIX}{line.id}", line.seq, line.name, line.team or "",
                           names.get(line.mechanic_id or 0, ""), line.finished_at, line.added) for line in lines),
        damage=tuple(QcDamage(m.id, n, m.view.value, m.x, m.y, m.kind.value, m.note or "", m.found_at,
                              m.resolved_note or "") for n, m in enumerate(marks, start=1)),
        preconditions=pre,
        templates=tuple(templates.templates.values()),
        default_template=templates.choose(order.regulatory_class, order.job_class).id,
        inspections=tuple(_summary(session, x) for x in inspections_of(session, order.id)),
        certificate_required=order.regulatory_class in CERTIFICATE_CLASSES,
        certificate_no=certificate_no(session, order.id), passed_qc_first_time=order.passed_qc_first_time,
        ready_at=order.ready_at, customer_told_at=order.customer_told_at, inspect_refusal=inspect,
        rework_done_refusal=rework, tell_refusal=tell,
        process_checks=tuple(process_checks.checks_of(session, order.id)))


@dataclass(frozen=True)
class QueueRow:
    order_id: int
    order_no: str
    status: OrderStatus
    status_label: str
    plate: str
    customer_name: str
    regulatory_class: str
    promised_at: datetime | None
    attempts: int
    holder: str
    since: datetime | None


def queue(session: Session) -> list[QueueRow]:
    """Cars waiting for final QC, then cars sent back for rework; each by promised time."""
    orders = session.scalars(select(RepairOrder).where(RepairOrder.status.in_(QUEUE))).all()
    # The inspections of these cars only (ten years of a busy garage keep some 190,000: counting them all took
    # a third of a second at every showing of the list).
    attempts = dict(session.execute(select(QcInspection.order_id, func.count(QcInspection.id))
                                    .where(QcInspection.order_id.in_([o.id for o in orders]))
                                    .group_by(QcInspection.order_id)).all()) if orders else {}
    rows = []
    for order in orders:
        rows.append(QueueRow(order.id, order.order_no or f"#{order.id}", order.status,
                             lifecycle.STATUS_LABELS[order.status], order.vehicle.plate if order.vehicle else "",
                             order.customer.name if order.customer else "", order.regulatory_class.value,
                             order.promised_at, attempts.get(order.id, 0), order.holder or "", order.updated_at))
    rows.sort(key=lambda r: (r.status is not S.QC_PENDING, r.promised_at or datetime.max, r.order_id))
    return rows


def inspection_results(session: Session, order_id: int, attempt: int | None = None) -> dict | None:
    """The stored snapshot of an inspection (the latest when ``attempt`` is None), or None."""
    inspections = inspections_of(session, order_id)
    if attempt is not None:
        inspections = [i for i in inspections if i.attempt == attempt]
    return json.loads(inspections[-1].results or "{}") if inspections else None


def inspection_form(session: Session, order_id: int, attempt: int | None = None) -> QcForm | None:
    """An earlier inspection as the form that was submitted (the tab shows it when the car has left QC)."""
    results = inspection_results(session, order_id, attempt)
    if not results:
        return None
    items = tuple(ItemAnswer(i["key"], Result(i["result"]) if i.get("result") else None, i.get("note", ""))
                  for section in results.get("sections", []) for i in section.get("items", []))
    measurements = tuple(MeasurementAnswer(m["key"], m.get("readings", {}), m.get("not_applicable", False),
                                           m.get("remark", "")) for m in results.get("measurements", []))
    return QcForm(results.get("template", {}).get("id", ""), items, measurements,
                  bool(results.get("damage", {}).get("confirmed")), results.get("mileage"), results.get("remarks", ""))
