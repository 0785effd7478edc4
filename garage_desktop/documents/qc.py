"""The final-inspection sheet's and the completion certificate's content.

Plain frozen dataclasses: ``services`` fills them, ``printing`` and ``export`` lay them out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from garage_desktop.documents.order import GarageHeader
from garage_desktop.domain.qc import Text


@dataclass(frozen=True)
class QcItemDoc:
    label: Text
    result: str | None  # pass / fail / na, None when not answered (a blank sheet)
    note: str = ""
    safety: bool = False


@dataclass(frozen=True)
class QcSectionDoc:
    key: str  # "order" for the order's own items (titled by the printout), else the template's section key
    title: Text
    items: tuple[QcItemDoc, ...]


@dataclass(frozen=True)
class FindingDoc:
    key: str  # spread / lowest / tries / seconds / gain, or a limits field's key (then ``label``)
    value: Decimal
    minimum: Decimal | None
    maximum: Decimal | None
    passed: bool
    unit: str
    label: Text | None = None


@dataclass(frozen=True)
class QcMeasurementDoc:
    key: str
    label: Text
    kind: str
    unit: str
    note: Text | None
    readings: tuple[tuple[str, str], ...]  # (input key, text as entered)
    status: str | None  # pass / fail / incomplete / na; None on a blank sheet
    findings: tuple[FindingDoc, ...] = ()
    remark: str = ""
    fields: tuple[tuple[str, Text, str], ...] = ()  # LIMITS inputs (key, label, unit), for a blank sheet


@dataclass(frozen=True)
class QcDamageDoc:
    """A mark as on the QC tab's diagram (same numbers): intake marks, then those found at QC."""

    number: int
    view: str
    x: int
    y: int
    kind: str
    note: str = ""
    found_at: str = "intake"
    resolved_note: str = ""


@dataclass(frozen=True)
class ProcessCheckDoc:
    """維修作業 3: one of the inspector's checks during the repair."""

    checked_at: datetime
    line: str  # "1. 更換剎車片"
    result: str  # ok / problem
    finding: str
    action: str  # what was done about a problem
    inspector: str


@dataclass(frozen=True)
class QcSheetDoc:
    garage: GarageHeader
    order_no: str
    printed_at: datetime
    plate: str
    vin: str
    make_model: str
    customer_name: str
    fuel: str
    job_class: str
    regulatory_class: str
    template_title: Text
    template_ref: str
    sections: tuple[QcSectionDoc, ...]
    measurements: tuple[QcMeasurementDoc, ...]
    damage: tuple[QcDamageDoc, ...]
    received_at: datetime | None = None
    mileage_in: int | None = None
    mileage_qc: int | None = None
    attempt: int | None = None  # None: a blank sheet before the first inspection
    inspected_at: datetime | None = None
    inspector: str = ""
    passed: bool | None = None
    certificate_no: str | None = None
    damage_confirmed: bool = False
    failed: tuple[Text, ...] = ()  # the failed checks' labels
    rework_lines: tuple[str, ...] = ()
    rework_note: str = ""
    remarks: str = ""
    process_checks: tuple[ProcessCheckDoc, ...] = ()  # the checks during the repair, up to this inspection


@dataclass(frozen=True)
class CertificateDoc:
    garage: GarageHeader
    certificate_no: str
    order_no: str
    printed_at: datetime
    customer_name: str
    plate: str
    vin: str
    make_model: str
    job_class: str
    regulatory_class: str
    repair_items: tuple[str, ...]
    warranty_km: int
    warranty_days: int
    received_at: datetime | None = None
    completed_at: datetime | None = None  # the passing inspection
    delivered_at: datetime | None = None
    mileage_out: int | None = None
    inspector: str = ""
    warranty_until: date | None = None  # known once the car has left
    warranty_until_km: int | None = None
