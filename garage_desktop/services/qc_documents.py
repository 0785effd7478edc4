"""The QC sheet (竣工檢驗單) and the completion certificate (竣工出廠合格證) as plain data for ``printing``.

The sheet prints an inspection from its stored snapshot (what was checked then, whatever the template says
now); before the first inspection it is the blank checklist of the order's template, to fill in by hand.
"""

from __future__ import annotations

import json
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from garage_desktop.db.models import LabourLine, Operator, QcInspection, RepairOrder
from garage_desktop.documents.order import GarageHeader
from garage_desktop.documents.qc import (
    CertificateDoc,
    FindingDoc,
    ProcessCheckDoc,
    QcDamageDoc,
    QcItemDoc,
    QcMeasurementDoc,
    QcSectionDoc,
    QcSheetDoc,
)
from garage_desktop.domain.qc import Text
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError
from garage_desktop.domain.warranty import WARRANTY, warranty_end_date, warranty_end_km
from garage_desktop.services import added_work, clock, orders, process_checks, qc, qc_templates
from garage_desktop.services import settings as garage_settings

NO_CERTIFICATE = QT_TRANSLATE_NOOP("Domain", "Order {order} has no completion certificate: it is issued when a "
                                             "car of a certificate class passes final QC.")

NO_INSPECTION = QT_TRANSLATE_NOOP("Domain", "Order {order} has no inspection {attempt}.")


def _text(raw: object) -> Text:
    if isinstance(raw, dict):
        return Text(str(raw.get("en", "")), str(raw.get("zh_TW", raw.get("en", ""))))
    return Text(str(raw or ""), str(raw or ""))


def _decimal(raw: object) -> Decimal | None:
    return None if raw in (None, "") else Decimal(str(raw))


def _name(session: Session, operator_id: int | None) -> str:
    if operator_id is None:
        return ""
    return session.scalar(select(Operator.name).where(Operator.id == operator_id)) or ""


def _make_model(order: RepairOrder) -> str:
    return " ".join(p for p in ((order.vehicle.make, order.vehicle.model) if order.vehicle else ()) if p)


def _header(session: Session) -> GarageHeader:
    s = garage_settings.load(session)
    return GarageHeader(s.garage_name, s.garage_address, s.garage_phone, s.licence_no, s.tax_id)


def _labels(results: dict) -> dict[str, Text]:
    """Every check's key → its label, from a stored inspection."""
    labels = {i["key"]: _text(i.get("label")) for s in results.get("sections", []) for i in s.get("items", [])}
    labels.update({m["key"]: _text(m.get("label")) for m in results.get("measurements", [])})
    return labels


def _measurement(raw: dict) -> QcMeasurementDoc:
    return QcMeasurementDoc(
        raw["key"], _text(raw.get("label")), raw.get("kind", ""), raw.get("unit", ""),
        _text(raw["note"]) if raw.get("note") else None, tuple((k, str(v)) for k, v in raw.get("readings", {}).items()),
        raw.get("status"), tuple(FindingDoc(f["key"], Decimal(f["value"]), _decimal(f.get("minimum")),
                                            _decimal(f.get("maximum")), bool(f.get("passed")), f.get("unit", ""),
                                            _text(f["label"]) if f.get("label") else None)
                                 for f in raw.get("findings", [])), raw.get("remark", ""))


def _blank(view: qc.QcView) -> tuple[Text, str, tuple[QcSectionDoc, ...], tuple[QcMeasurementDoc, ...]]:
    """The order's checklist with nothing answered, for the inspector to fill in by hand."""
    template = qc_templates.current().get(view.default_template)
    order_items = QcSectionDoc("order", Text("Order items done", "Order items done"), tuple(
        QcItemDoc(Text(f"{x.seq}. {x.name}", f"{x.seq}. {x.name}"), None, x.team) for x in view.lines))
    sections = (order_items, *(QcSectionDoc(s.key, s.title, tuple(QcItemDoc(i.label, None, "", i.safety) for i in s.items))
                               for s in template.sections))
    measurements = tuple(QcMeasurementDoc(m.key, m.label, m.kind.value, m.unit, m.note, (),
                                          None if m.applies_to(view.fuel) else "na",
                                          fields=tuple((f.key, f.label, f.unit) for f in m.fields))
                         for m in template.measurements)
    return template.title, template.ref, sections, measurements


def _process_checks(session: Session, order_id: int, until: datetime | None) -> tuple[ProcessCheckDoc, ...]:
    """The inspector's checks during the repair, up to ``until`` (an inspection's time; None: all of them)."""
    return tuple(ProcessCheckDoc(c.checked_at, c.line_label, c.result, c.finding, c.action, c.inspector)
                 for c in process_checks.checks_of(session, order_id) if until is None or c.checked_at <= until)


def qc_sheet_doc(session: Session, order_id: int, attempt: int | None = None) -> QcSheetDoc:
    """The QC sheet of an inspection (the latest when ``attempt`` is None), or the blank sheet before any."""
    order = orders.get_order(session, order_id)
    view = qc.qc_view(session, order.id)
    inspections = qc.inspections_of(session, order.id)
    if attempt is not None:
        inspections = [i for i in inspections if i.attempt == attempt]
        if not inspections:
            raise DomainError(NO_INSPECTION, order=order.order_no or f"#{order.id}", attempt=attempt)
    inspection: QcInspection | None = inspections[-1] if inspections else None
    vehicle = order.vehicle
    common: dict[str, Any] = {
        "garage": _header(session), "order_no": order.order_no or f"#{order.id}", "printed_at": clock.now(),
        "plate": vehicle.plate if vehicle else "", "vin": vehicle.vin if vehicle else "",
        "make_model": _make_model(order), "customer_name": order.customer.name if order.customer else "",
        "fuel": view.fuel.value, "job_class": order.job_class.value,
        "regulatory_class": order.regulatory_class.value, "received_at": order.received_at,
        "mileage_in": order.mileage_in}
    if inspection is None:
        title, ref, sections, measurements = _blank(view)
        damage = tuple(QcDamageDoc(d.number, d.view, d.x, d.y, d.kind, d.note, d.found_at, d.resolved_note)
                       for d in view.damage)
        return QcSheetDoc(**common, template_title=title, template_ref=ref, sections=sections,
                          measurements=measurements, damage=damage,
                          process_checks=_process_checks(session, order.id, None))
    results = json.loads(inspection.results or "{}")
    template = results.get("template", {})
    sections = tuple(QcSectionDoc(s.get("key", ""), _text(s.get("title")), tuple(
        QcItemDoc(_text(i.get("label")), i.get("result"), i.get("note", ""), bool(i.get("safety")))
        for i in s.get("items", []))) for s in results.get("sections", []))
    damage_raw = results.get("damage", {})
    damage = tuple(QcDamageDoc(d["number"], d["view"], d["x"], d["y"], d["kind"], d.get("note", ""),
                               d.get("found_at", "intake"), d.get("resolved_note", ""))
                   for d in damage_raw.get("marks", []))
    rework = results.get("rework") or {}
    return QcSheetDoc(
        **common, template_title=_text(template.get("title")),
        template_ref=inspection.template, sections=sections,
        measurements=tuple(_measurement(m) for m in results.get("measurements", [])), damage=damage,
        mileage_qc=results.get("mileage"), attempt=inspection.attempt, inspected_at=inspection.inspected_at,
        inspector=_name(session, inspection.inspector_id), passed=inspection.passed,
        certificate_no=inspection.certificate_no, damage_confirmed=bool(damage_raw.get("confirmed")),
        failed=tuple(_labels(results).get(k, Text(k, k)) for k in results.get("failed", [])),
        rework_lines=tuple(f"{x['seq']}. {x['name']}" + (f" ({x['team']})" if x.get("team") else "")
                           for x in rework.get("lines", [])),
        rework_note=rework.get("note", ""), remarks=results.get("remarks", ""),
        process_checks=_process_checks(session, order.id, inspection.inspected_at))


def certificate_doc(session: Session, order_id: int) -> CertificateDoc:
    """The order's 竣工出廠合格證 (DomainError when none was issued)."""
    order = orders.get_order(session, order_id)
    inspection = session.scalars(select(QcInspection).where(
        QcInspection.order_id == order.id, QcInspection.passed.is_(True), QcInspection.certificate_no.is_not(None))
        .order_by(QcInspection.attempt.desc()).limit(1)).first()
    if inspection is None or inspection.certificate_no is None:
        raise DomainError(NO_CERTIFICATE, order=order.order_no or f"#{order.id}")
    approvals = added_work.approvals_of(session, order.id)
    lines: list[LabourLine] = [x for x in order.labour_lines if added_work.line_approval(x, approvals) != "declined"]
    term = WARRANTY[order.regulatory_class]
    vehicle = order.vehicle
    delivered = order.delivered_at
    return CertificateDoc(
        garage=_header(session), certificate_no=inspection.certificate_no, order_no=order.order_no or f"#{order.id}",
        printed_at=clock.now(), customer_name=order.customer.name if order.customer else "",
        plate=vehicle.plate if vehicle else "", vin=vehicle.vin if vehicle else "", make_model=_make_model(order),
        job_class=order.job_class.value, regulatory_class=order.regulatory_class.value,
        repair_items=tuple(f"{x.seq}. {x.name}" for x in lines), warranty_km=term.km, warranty_days=term.days,
        received_at=order.received_at, completed_at=inspection.inspected_at, delivered_at=delivered,
        mileage_out=order.mileage_out, inspector=_name(session, inspection.inspector_id),
        warranty_until=warranty_end_date(order.regulatory_class, delivered.date()) if delivered else None,
        warranty_until_km=warranty_end_km(order.regulatory_class, order.mileage_out)
        if order.mileage_out is not None else None)
