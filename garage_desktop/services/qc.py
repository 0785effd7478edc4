"""完工總檢 Final QC: inspect a finished car against its checklist, pass it (ready, customer told, certificate)
or send the failing work back to its team, and re-inspect after rework. The reading side is ``qc_view``.

Rework is recorded on the labour lines themselves: a line sent back gets its ``finished_at`` cleared (its start
stays), so the work ticket shows it open again and the car cannot come back to QC until the team has finished
it again. Which lines and checks were sent back, and the inspector's note, are kept in the failed inspection's
``results`` (and the audit trail keeps each line's earlier finish time).

Every inspection stores a snapshot of its checklist (labels in both languages, readings, verdicts), so a
later change of a template file never changes what an old QC sheet says.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from garage_desktop.db.models import DamageMark, IntakeInspection, QcInspection, RepairOrder
from garage_desktop.domain import lifecycle, limits
from garage_desktop.domain import qc as rules
from garage_desktop.domain.classes import CERTIFICATE_CLASSES
from garage_desktop.domain.lifecycle import Event, OrderStatus
from garage_desktop.domain.qc import Result, Template
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError
from garage_desktop.services import (
    added_work,
    audit,
    clock,
    numbering,
    orders,
    permissions,
    qc_templates,
    work_order,
)
from garage_desktop.services.intake import DamageMarkInput, parse_mileage
from garage_desktop.services.qc_view import (
    ALREADY_TOLD,
    INSPECTORS,
    LINE_PREFIX,
    NOT_READY,
    REWORKERS,
    TELLERS,
    InspectionSummary,
    ItemAnswer,
    Judgement,
    MeasurementAnswer,
    Preconditions,
    QcDamage,
    QcForm,
    QcLine,
    QcView,
    QueueRow,
    certificate_no,
    certificate_required_and_missing,
    inspection_form,
    inspection_results,
    inspections_of,
    judge,
    line_label,
    preconditions,
    qc_view,
    queue,
)

S = OrderStatus
__all__ = [  # the reading side, re-exported so screens and other stages need one module
    "DamageMarkInput", "InspectionSummary", "ItemAnswer", "Judgement", "MeasurementAnswer", "Preconditions",
    "QcDamage", "QcForm", "QcLine", "QcView", "QueueRow", "certificate_no", "certificate_required_and_missing",
    "inspection_form", "inspection_results", "judge", "preconditions", "qc_view", "queue",
]

NOT_IN_QC = QT_TRANSLATE_NOOP("Domain", "New damage is marked while the car waits for final QC.")
NO_MARK = QT_TRANSLATE_NOOP("Domain", "There is no damage mark {ref} found at QC on this order.")
MARK_RESOLVED = QT_TRANSLATE_NOOP("Domain", "This damage is already resolved; it stays on the record.")
RESOLVE_NOTE = QT_TRANSLATE_NOOP("Domain", "Write how the new damage was resolved (repaired, or agreed with the "
                                           "customer).")
LINE_NOT_NA = QT_TRANSLATE_NOOP("Domain", "An order item is either done properly (pass) or not (fail).")
WHAT_TO_REDO = QT_TRANSLATE_NOOP("Domain", "Say what must be redone: mark the order items to send back or write "
                                           "a rework note.")
NO_LINE = QT_TRANSLATE_NOOP("Domain", "There is no repair line {ref} on this order.")
MILEAGE_BELOW = QT_TRANSLATE_NOOP("Domain", "The mileage at QC ({mileage} km) is below the mileage at intake "
                                            "({mileage_in} km).")
NO_INTAKE = QT_TRANSLATE_NOOP("Domain", "This order has no intake record to compare the car with.")


# --- writing ----------------------------------------------------------------------------------------------
def _text(value: str, field_name: str, rule: limits.TextLimit = limits.QC_NOTE) -> str:
    return rule.check((value or "").strip(), field_name)


def _number(value: object) -> str | None:
    return None if value is None else f"{value}"


def _check_readings(form: QcForm) -> None:
    """Every reading kept with the inspection is a plain number, even one of a check marked not applicable: an
    unreadable or absurd one ("1E999999") is refused beside its check, before anything is judged or written."""
    for answer in form.measurements:
        for key, typed in answer.readings.items():
            try:
                if key == "cylinders":
                    rules.parse_cylinders(typed)
                else:
                    rules.parse_reading(typed, key)
            except DomainError as error:
                raise DomainError(error.message, field=answer.key, **error.params) from None


def rework_record(lines: Sequence[QcLine], note: str) -> dict[str, object]:
    """What a failed inspection sends back, as stored with it: the order items and the note."""
    return {"lines": [{"id": x.id, "seq": x.seq, "name": x.name, "team": x.team} for x in lines], "note": note}


def snapshot(template: Template, view: QcView, form: QcForm, judged: Judgement,
              mileage: int | None) -> dict[str, object]:
    """Everything the QC sheet prints, independent of later template edits."""
    answers = {a.key: a for a in form.items}
    given = {m.key: m for m in form.measurements}

    def answer(key: str, label: dict[str, str], safety: bool = False, **extra: object) -> dict[str, object]:
        found = answers.get(key)
        return {"key": key, "label": label, "safety": safety, "result": found.result.value if found and
                found.result else None, "note": (found.note or "").strip() if found else "", **extra}

    order_items = [answer(line.key, {"en": f"{line.seq}. {line.name}", "zh_TW": f"{line.seq}. {line.name}"},
                          team=line.team, mechanic=line.mechanic) for line in view.lines]
    # The order's own items: titled by the screen and the printout (key "order"), not by a template.
    sections = [{"key": "order", "title": {"en": "Order items done", "zh_TW": "Order items done"},
                 "items": order_items}]
    for section in template.sections:
        sections.append({"key": section.key, "title": vars(section.title),
                         "items": [answer(i.key, vars(i.label), i.safety) for i in section.items]})
    measurements = []
    for m in template.measurements:
        entry = given.get(m.key, MeasurementAnswer(m.key))
        verdict = judged.measured[m.key]
        measurements.append({
            "key": m.key, "label": vars(m.label), "kind": m.kind.value, "unit": m.unit,
            "note": vars(m.note) if m.note else None,
            "readings": {k: str(v).strip() for k, v in entry.readings.items() if str(v or "").strip()},
            "not_applicable": entry.not_applicable, "remark": _text(entry.note, m.key),
            "status": verdict.status.value,
            "findings": [{"key": f.key, "value": _number(f.value), "minimum": _number(f.minimum),
                          "maximum": _number(f.maximum), "passed": f.passed, "unit": f.unit,
                          "label": vars(f.label) if f.label else None} for f in verdict.findings]})
    return {"template": {"id": template.id, "version": template.version, "title": vars(template.title)},
            "fuel": view.fuel.value, "sections": sections, "measurements": measurements,
            "damage": {"confirmed": form.no_new_damage,
                       "marks": [vars(d) for d in view.damage]},
            "mileage": mileage, "remarks": _text(form.remarks, "remarks", limits.QC_REMARKS),
            "failed": list(judged.sheet.failed),
            "failed_labels": [judged.names.get(k, k) for k in judged.sheet.failed], "rework": None}


def _prepare(session: Session, actor: int | None, order_id: int, form: QcForm,
             event: Event) -> tuple[RepairOrder, QcView, Template, Judgement, int | None]:
    permissions.require(session, actor, *INSPECTORS)
    order = orders.get_order(session, order_id)
    lifecycle.apply(event, order.status)
    view = qc_view(session, order.id)
    template = qc_templates.current().get(form.template)
    for item in form.items:
        if item.key.startswith(LINE_PREFIX) and item.result is Result.NA:
            raise DomainError(LINE_NOT_NA, field="items")
        _text(item.note, "items")
    _check_readings(form)
    judged = judge(template, view.fuel, view.line_names(), form)
    for answer in form.measurements:
        if answer.not_applicable and not (answer.note or "").strip():
            raise DomainError(rules.NA_NEEDS_NOTE, field=answer.key, check=judged.names.get(answer.key, answer.key))
    mileage = None
    if form.mileage not in (None, ""):
        mileage = parse_mileage(form.mileage)
        if order.mileage_in is not None and mileage < order.mileage_in:
            raise DomainError(MILEAGE_BELOW, field="mileage", mileage=mileage, mileage_in=order.mileage_in)
    return order, view, template, judged, mileage


def _record(session: Session, actor: int | None, order: RepairOrder, template: Template, passed: bool,
            results: dict[str, object], certificate: str | None = None) -> QcInspection:
    attempt = len(inspections_of(session, order.id)) + 1
    inspection = QcInspection(order_id=order.id, attempt=attempt, template=template.ref, passed=passed,
                              results=json.dumps(results, ensure_ascii=False, default=str),
                              certificate_no=certificate, inspected_at=clock.now(), inspector_id=actor)
    session.add(inspection)
    if order.passed_qc_first_time is None:
        # Only the first inspection decides the first-time-fix KPI; a later pass never changes it.
        order.passed_qc_first_time = passed and attempt == 1
    session.flush()
    return inspection


@dataclass(frozen=True)
class QcOutcome:
    inspection_id: int
    attempt: int
    passed: bool
    status: OrderStatus
    certificate_no: str | None
    passed_first_time: bool | None
    rework_lines: tuple[str, ...] = ()


def pass_qc(session: Session, actor: int | None, order_id: int, form: QcForm, *,
            customer_told: bool = False) -> QcOutcome:
    """合格: only when every line is finished, the parts are reconciled, no new damage is left unresolved and
    every check passed. The order becomes ready; ``customer_told`` records that the customer was told now —
    only when someone did (else later, ``tell_customer``); for
    二級維護, 總成修理 and 整車修理 a numbered 竣工出廠合格證 is issued."""
    order, view, template, judged, mileage = _prepare(session, actor, order_id, form, Event.QC_PASS)
    pre = view.preconditions
    refusal = rules.pass_refusal(judged.sheet, unfinished_lines=pre.unfinished_lines,
                                 parts_problems=[p.english() for p in pre.parts_problems], unresolved_damage=pre.unresolved_damage,
                                 damage_confirmed=form.no_new_damage, names=judged.names)
    if refusal is not None:
        raise refusal
    now = clock.now()
    certificate = (numbering.next_certificate_no(session, now.year) if order.regulatory_class in CERTIFICATE_CLASSES
                   else None)
    inspection = _record(session, actor, order, template, True, snapshot(template, view, form, judged, mileage),
                         certificate)
    orders.transition(session, order, Event.QC_PASS, actor, at=now)
    if customer_told:
        order.customer_told_at = now
    if mileage is not None:
        order.mileage_out = mileage
    order.holder = ""
    audit.record(session, actor, "qc:pass", "qc_inspection", inspection.id, order_id=order.id,
                 after={"attempt": inspection.attempt, "template": template.ref, "certificate_no": certificate,
                        "customer_told": customer_told})
    session.flush()
    return QcOutcome(inspection.id, inspection.attempt, True, order.status, certificate,
                     order.passed_qc_first_time)


def fail_qc(session: Session, actor: int | None, order_id: int, form: QcForm,
            rework_line_ids: tuple[int, ...] = (), rework_note: str = "") -> QcOutcome:
    """不合格 → 返工: the order items marked failed (and any others chosen) go back to their teams, finished
    again by them before the car returns to QC."""
    order, view, template, judged, mileage = _prepare(session, actor, order_id, form, Event.QC_FAIL)
    refusal = rules.fail_refusal(judged.sheet, unresolved_damage=view.preconditions.unresolved_damage)
    if refusal is not None:
        raise refusal
    note = _text(rework_note, "rework_note", limits.REWORK_NOTE)
    failed_lines = {a.key for a in form.items if a.key.startswith(LINE_PREFIX) and a.result is Result.FAIL}
    by_key = {line.key: line for line in view.lines}
    for line_id in rework_line_ids:
        if f"{LINE_PREFIX}{line_id}" not in by_key:
            raise DomainError(NO_LINE, field="rework_lines", ref=f"#{line_id}")
        failed_lines.add(f"{LINE_PREFIX}{line_id}")
    chosen = [line for line in view.lines if line.key in failed_lines]
    if not chosen and not note:
        raise DomainError(WHAT_TO_REDO, field="rework_note")
    results = snapshot(template, view, form, judged, mileage)
    results["rework"] = rework_record(chosen, note)
    inspection = _record(session, actor, order, template, False, results)
    rows = {line.id: line for line in order.labour_lines}
    for line in chosen:
        row = rows[line.id]
        audit.record(session, actor, "line:rework", "labour_line", row.id, order_id=order.id,
                     before={"finished_at": work_order.stamp(row.finished_at)},
                     after={"finished_at": "", "line": line_label(row), "attempt": inspection.attempt})
        row.finished_at = None
    orders.transition(session, order, Event.QC_FAIL, actor)
    # The teams the work went back to have the car now (as the board shows it).
    order.holder = ", ".join(dict.fromkeys(x.team for x in chosen if x.team))[:work_order.HOLDER_LIMIT]
    audit.record(session, actor, "qc:fail", "qc_inspection", inspection.id, order_id=order.id,
                 after={"attempt": inspection.attempt, "template": template.ref,
                        "failed": list(judged.sheet.failed), "rework_lines": [x.id for x in chosen],
                        "rework_note": note})
    session.flush()
    return QcOutcome(inspection.id, inspection.attempt, False, order.status, None, order.passed_qc_first_time,
                     tuple(f"{x.seq}. {x.name}" for x in chosen))


def rework_done(session: Session, actor: int | None, order_id: int) -> QcView:
    """返工完成: the lines sent back are finished again; the car waits for a new inspection."""
    permissions.require(session, actor, *REWORKERS)
    order = orders.get_order(session, order_id)
    lifecycle.apply(Event.REWORK_DONE, order.status)
    open_lines = work_order.unfinished_lines(order, added_work.approvals_of(session, order.id))
    if open_lines:
        raise DomainError(rules.LINES_OPEN, field="lines", lines="、".join(line_label(x) for x in open_lines))
    orders.transition(session, order, Event.REWORK_DONE, actor)
    order.holder = ""
    session.flush()
    return qc_view(session, order.id, actor)


def tell_customer(session: Session, actor: int | None, order_id: int) -> QcView:
    """The customer was told the car is ready (when it could not be done at the pass): the on-time KPI's time."""
    permissions.require(session, actor, *TELLERS)
    order = orders.get_order(session, order_id)
    if order.status is not S.READY:
        raise DomainError(NOT_READY)
    if order.customer_told_at is not None:
        raise DomainError(ALREADY_TOLD, time=work_order.stamp(order.customer_told_at))
    order.customer_told_at = clock.now()
    audit.record(session, actor, "qc:customer_told", "repair_order", order.id, order_id=order.id,
                 after=work_order.stamp(order.customer_told_at))
    session.flush()
    return qc_view(session, order.id, actor)


# --- new damage found at QC -------------------------------------------------------------------------------
def _qc_mark(session: Session, actor: int | None, order_id: int, mark_id: int,
             statuses: tuple[OrderStatus, ...] = (S.QC_PENDING,)) -> tuple[RepairOrder, DamageMark]:
    permissions.require(session, actor, *INSPECTORS)
    order = orders.get_order(session, order_id)
    if order.status not in statuses:
        raise DomainError(NOT_IN_QC)
    mark = session.get(DamageMark, mark_id)
    if mark is None or mark.found_at != "qc" or order.intake is None or mark.intake_id != order.intake.id:
        raise DomainError(NO_MARK, field="damage", ref=f"#{mark_id}")
    return order, mark


def add_new_damage(session: Session, actor: int | None, order_id: int, mark: DamageMarkInput) -> QcView:
    """The inspector found damage the intake record does not show: it blocks the pass until resolved."""
    permissions.require(session, actor, *INSPECTORS)
    order = orders.get_order(session, order_id)
    if order.status is not S.QC_PENDING:
        raise DomainError(NOT_IN_QC)
    intake: IntakeInspection | None = order.intake
    if intake is None:
        raise DomainError(NO_INTAKE, field="damage")
    if not (0 <= mark.x <= 1000 and 0 <= mark.y <= 1000):
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "A damage mark lies outside the car outline."),
                          field="damage")
    if len(intake.damage_marks) >= limits.DAMAGE_MARKS:
        raise DomainError(limits.TOO_MANY_MARKS, field="damage", limit=limits.DAMAGE_MARKS)
    new = DamageMark(view=mark.view, x=mark.x, y=mark.y, kind=mark.kind,
                     note=_text(mark.note, "damage", limits.DAMAGE_NOTE), found_at="qc")
    intake.damage_marks.append(new)
    session.flush()
    audit.record(session, actor, "qc:damage", "damage_mark", new.id, order_id=order.id,
                 after={"view": new.view.value, "kind": new.kind.value, "x": new.x, "y": new.y, "note": new.note})
    return qc_view(session, order.id, actor)


def note_new_damage(session: Session, actor: int | None, order_id: int, mark_id: int, note: str) -> QcView:
    order, mark = _qc_mark(session, actor, order_id, mark_id)
    if (mark.resolved_note or "").strip():
        raise DomainError(MARK_RESOLVED, field="damage")
    text = _text(note, "damage", limits.DAMAGE_NOTE)
    if text != mark.note:
        audit.record(session, actor, "qc:damage_note", "damage_mark", mark.id, order_id=order.id, before=mark.note,
                     after=text)
        mark.note = text
    return qc_view(session, order.id, actor)


def remove_new_damage(session: Session, actor: int | None, order_id: int, mark_id: int) -> QcView:
    """A mark set by mistake (before it was resolved) can be taken back."""
    order, mark = _qc_mark(session, actor, order_id, mark_id)
    if (mark.resolved_note or "").strip():
        raise DomainError(MARK_RESOLVED, field="damage")
    audit.record(session, actor, "qc:damage_removed", "damage_mark", mark.id, order_id=order.id,
                 before={"view": mark.view.value, "kind": mark.kind.value, "note": mark.note})
    order.intake.damage_marks.remove(mark)  # type: ignore[union-attr]
    session.flush()
    return qc_view(session, order.id, actor)


def resolve_new_damage(session: Session, actor: int | None, order_id: int, mark_id: int,
                       resolved_note: str) -> QcView:
    """Resolved and noted: repaired (often as rework) or agreed with the customer. The mark stays on record."""
    order, mark = _qc_mark(session, actor, order_id, mark_id, (S.QC_PENDING, S.REWORK))
    text = _text(resolved_note, "resolved_note", limits.DAMAGE_RESOLVED)
    if not text:
        raise DomainError(RESOLVE_NOTE, field="resolved_note")
    mark.resolved_note = text
    audit.record(session, actor, "qc:damage_resolved", "damage_mark", mark.id, order_id=order.id,
                 after={"resolved_note": text})
    session.flush()
    return qc_view(session, order.id, actor)
