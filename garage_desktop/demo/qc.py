"""The demo's final-QC inspections as the QC tab records them: the real template's snapshot, every check answered
and the measured checks read, so a demo car that passed shows its checklist ticked and prints a filled QC sheet."""

from __future__ import annotations

import json
import random

from sqlalchemy import select
from sqlalchemy.orm import Session

from garage_desktop.db.models import QcInspection, RepairOrder
from garage_desktop.domain.classes import FuelType
from garage_desktop.domain.qc import Result
from garage_desktop.services import qc, qc_templates, qc_view
from garage_desktop.services.qc_view import ItemAnswer, MeasurementAnswer, QcForm


def good_readings(rng: random.Random, fuel: FuelType) -> dict[str, dict[str, str]]:
    """Readings a healthy overhauled engine gives (within every limit of the shipped engine template)."""
    base = rng.randint(1000, 1080) if fuel is not FuelType.DIESEL else rng.randint(2600, 2900)
    cylinders = " ".join(str(base + rng.randint(-15, 15)) for _ in range(4))
    design = rng.randint(1250, 1650)
    return {
        "compression": {"count": "4", "cylinders": cylinders},
        "start_cold": {"tries": "1", "seconds": f"{rng.uniform(1.5, 4.0):.1f}"},
        "start_warm": {"tries": "1", "seconds": f"{rng.uniform(0.8, 2.0):.1f}"},
        "weight_gain": {"design": str(design), "after": str(design + rng.randint(3, 15))},
        "oil_pressure": {"idle": str(rng.randint(120, 180)), "rpm2000": str(rng.randint(300, 420))},
        "emissions_petrol": {"co_idle": f"{rng.uniform(0.1, 0.4):.2f}", "hc_idle": str(rng.randint(30, 80)),
                             "co_high": f"{rng.uniform(0.1, 0.3):.2f}", "hc_high": str(rng.randint(20, 50)),
                             "lambda": f"{rng.uniform(0.98, 1.02):.2f}"},
        "emissions_diesel": {"opacity": f"{rng.uniform(0.4, 1.0):.1f}"},
    }


def record_inspections(session: Session, rng: random.Random) -> int:
    """Rewrite each demo inspection's results in the QC tab's own format; returns how many. A failed attempt
    keeps its failure (the order item the demo failed, with the note the demo wrote about it)."""
    templates = qc_templates.current()
    done = 0
    for inspection in session.scalars(select(QcInspection).order_by(QcInspection.order_id, QcInspection.attempt)):
        view = qc_view.qc_view(session, inspection.order_id)
        template = templates.get(view.default_template)
        written = json.loads(inspection.results or "{}")
        note = next((v.get("note", "") for v in written.values() if isinstance(v, dict)
                     and v.get("result") == "fail"), "")
        keys = [line.key for line in view.lines] + [item.key for item in template.items()]
        # A failure sends an order item back to its team (a failed check alone would leave nobody to redo it):
        # the item the demo failed, whose note is about it.
        line_keys = [line.key for line in view.lines] or keys
        failed = next((key for key, v in written.items() if isinstance(v, dict) and v.get("result") == "fail"
                       and key in line_keys), None)
        if not inspection.passed and failed is None and line_keys:
            failed = rng.choice(line_keys)  # pragma: no cover - the demo always fails one of the order's items
        items = tuple(ItemAnswer(key, Result.FAIL if key == failed else Result.PASS, note if key == failed else "")
                      for key in keys)
        given = good_readings(rng, view.fuel)
        measurements = tuple(MeasurementAnswer(m.key, given[m.key] if m.fuels is None or view.fuel in m.fuels else {})
                             for m in template.measurements)
        order = session.get(RepairOrder, inspection.order_id)
        mileage = order.mileage_out if order is not None and inspection.passed else None
        form = QcForm(template.id, items, measurements, no_new_damage=True,
                      mileage=str(mileage) if mileage else None)
        judged = qc.judge(template, view.fuel, view.line_names(), form)
        results = qc.snapshot(template, view, form, judged, mileage)
        if not inspection.passed:
            chosen = [line for line in view.lines if line.key == failed]
            results["rework"] = qc.rework_record(chosen, note)
        inspection.template = template.ref
        inspection.results = json.dumps(results, ensure_ascii=False, default=str)
        done += 1
    return done
