"""The electronic health record (汽車維修電子健康檔案) of a settled order: the record in the platform's structure, what
stops it from being sent, and the month's settled orders.

What the record says (decisions, for the README):

- ``repair_date`` is the day the car came in (``received_at``), ``settle_date`` the day of settlement,
  ``repair_mileage`` the mileage at intake, ``settlement_no`` the settlement list number (結算清單編號).
- ``fault_description`` is the complaint in the customer's words (故障現象), followed by the diagnosis after "；"
  when the inspector wrote one: the platforms ask for the fault, and the diagnosis is what makes a later reader
  understand the repair.
- The repair items are the labour lines the customer was charged for (the settlement list's), free lines
  included (work done at no charge is still work done on the car), declined added work left out, with the
  standard hours in real hours; then each outside-work line (外加工) with hours "0": work done on the car by
  another shop, whose hours the garage does not know.
- The parts are the part lines used (as charged: the quantity issued, never beyond what was agreed), free and
  customer-supplied parts included (they are on the car), each with its catalog code.
- The field names come from a mapping file (``resources/ehr/fields.json``, or the file named in the setting
  ``ehr_fields_file``): a province with other names is another file, not other code.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from garage_desktop import paths
from garage_desktop.db.models import Part, RepairOrder, Setting
from garage_desktop.domain import ehr as rules
from garage_desktop.domain import limits
from garage_desktop.domain.classes import Role
from garage_desktop.domain.ehr import Problem
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError
from garage_desktop.services import audit, customers, orders, permissions
from garage_desktop.services import settings as garage_settings
from garage_desktop.services.checkout_documents import left_at
from garage_desktop.services.checkout_state import charged_lines, charged_outside
from garage_desktop.services.customers import SavedVehicle, VehicleForm

__all__ = [
    "Problem",
    "fields_file",
    "load_mapping",
    "month_export",
    "notes",
    "problems",
    "record",
    "set_fields_file",
    "settled_in_month",
]

FIELDS_FILE_KEY = "ehr_fields_file"
MAPPING_UNREADABLE = QT_TRANSLATE_NOOP("Domain", "The field mapping file {path} cannot be used: {reason}")
FIELDS_FILE = limits.TextLimit(QT_TRANSLATE_NOOP("Domain", "The file name"), 400)
FAULT_SEPARATOR = "；"


def default_fields_file() -> Path:
    return paths.resource("ehr", "fields.json")


def fields_file(session: Session) -> str:
    """The mapping file the garage named (empty: the bundled national one)."""
    row = session.get(Setting, FIELDS_FILE_KEY)
    return row.value if row is not None else ""


def _read_mapping(path: Path) -> rules.FieldMapping:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return rules.parse_mapping(data)
    except (OSError, ValueError) as error:  # unreadable, not JSON (JSONDecodeError), not a mapping
        raise DomainError(MAPPING_UNREADABLE, field=FIELDS_FILE_KEY, path=str(path), reason=str(error)) from None


def load_mapping(session: Session) -> rules.FieldMapping:
    """The field mapping in force (raises DomainError when the named file cannot be used)."""
    named = fields_file(session).strip()
    return _read_mapping(Path(named) if named else default_fields_file())


def set_fields_file(session: Session, actor: int | None, path: str) -> None:
    """Name another province's mapping file ("" for the bundled one); the owner only, and only a file that works."""
    permissions.require(session, actor, Role.OWNER)
    path = FIELDS_FILE.check((path or "").strip(), FIELDS_FILE_KEY)
    if path:
        _read_mapping(Path(path))
    old = fields_file(session)
    if old == path:
        return
    row = session.get(Setting, FIELDS_FILE_KEY)
    if row is None:
        session.add(Setting(key=FIELDS_FILE_KEY, value=path))
    else:
        row.value = path
    audit.record(session, actor, "setting", "setting", None, before={FIELDS_FILE_KEY: old},
                 after={FIELDS_FILE_KEY: path})
    session.flush()


LINK_ROLES = (Role.ADVISOR, Role.STORE)
NO_SUCH_LINE = QT_TRANSLATE_NOOP("Domain", "That part line is not on this order.")
LINE_HAS_PART = QT_TRANSLATE_NOOP("Domain", "That part line already is a catalog part ({code}).")
LINE_ISSUED = QT_TRANSLATE_NOOP("Domain", "Parts were issued from stock for that line: it cannot become another part.")
NO_VEHICLE = QT_TRANSLATE_NOOP("Domain", "The order has no vehicle.")
NO_SUCH_PART = QT_TRANSLATE_NOOP("Domain", "That part is no longer in the catalog.")


def link_part(session: Session, actor: int | None, order_id: int, part_line_id: int, part_id: int,
              reason: str = "") -> str:
    """Give a part line typed by hand (a part the customer brought, 客戶自備) the catalog part it is, so its health
    record carries a part code; returns the code. Only a line nothing was issued for from stock (its stock and
    price stay as they were: the line keeps its name, price and quantities); audited."""
    permissions.require(session, actor, *LINK_ROLES)
    order = orders.get_order(session, order_id)
    line = next((line for line in order.part_lines if line.id == part_line_id), None)
    if line is None:
        raise DomainError(NO_SUCH_LINE, field="part")
    if line.part_id is not None:
        code = session.scalar(select(Part.code).where(Part.id == line.part_id)) or ""
        raise DomainError(LINE_HAS_PART, field="part", code=code)
    if line.issued_qty:
        raise DomainError(LINE_ISSUED, field="part")
    part = session.get(Part, part_id)
    if part is None:
        raise DomainError(NO_SUCH_PART, field="part")
    reason = limits.REASON.check(limits.squeeze(reason), "reason")
    line.part_id = part.id
    audit.record(session, actor, "ehr:part_code", "part_line", line.id, order_id=order.id,
                 before={"part_id": None}, after={"part_id": part.id, "code": part.code, "reason": reason})
    session.flush()
    return part.code


def correct_vehicle(session: Session, actor: int | None, order_id: int, plate: str, vin: str) -> SavedVehicle:
    """Correct the plate and VIN of the order's vehicle (the car on file: every order of it shows them), as the
    vehicle is corrected anywhere (``customers.save_vehicle``: a wrong VIN length or character refused on its
    field, a failing check digit only warned); for a VIN unknown at intake, long after the order was confirmed."""
    order = orders.get_order(session, order_id)
    vehicle = order.vehicle
    if vehicle is None:
        raise DomainError(NO_VEHICLE, field="plate")
    form = VehicleForm(vehicle.id, plate, vin, vehicle.make, vehicle.model, vehicle.year, vehicle.colour,
                       vehicle.fuel_type, vehicle.model_class_id)
    return customers.save_vehicle(session, actor, form, vehicle.customer_id)


# --- the record ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Elements:
    basic: dict[str, str]
    projects: list[dict[str, str]]
    parts: list[dict[str, str]]
    part_lines: list[tuple[int, str, str]]  # (line id, name, code) of each part, for the checks


def _fault(order: RepairOrder) -> str:
    complaint, diagnosis = (order.complaint or "").strip(), (order.diagnosis or "").strip()
    return FAULT_SEPARATOR.join(text for text in (complaint, diagnosis) if text)


def _elements(session: Session, order: RepairOrder, date_format: str) -> _Elements:
    settings = garage_settings.load(session)
    vehicle = order.vehicle
    labour, parts, _notes = charged_lines(session, order)
    outside = charged_outside(session, order)
    codes = dict(session.execute(select(Part.id, Part.code).where(
        Part.id.in_({line.part_id for line in order.part_lines if line.part_id is not None}))).all())
    part_of_line = {line.id: line.part_id for line in order.part_lines}
    basic = {
        "company_name": settings.garage_name.strip(),
        "licence_no": settings.licence_no.strip(),
        "credit_code": settings.tax_id.strip().upper(),
        "vin": (vehicle.vin or "").strip().upper() if vehicle else "",
        "plate": (vehicle.plate or "") if vehicle else "",
        "make_model": " ".join(p for p in (vehicle.make, vehicle.model) if p) if vehicle else "",
        "repair_date": rules.platform_date(order.received_at, date_format),
        "repair_mileage": "" if order.mileage_in is None else str(order.mileage_in),
        "settle_date": rules.platform_date(order.settled_at, date_format),
        "settlement_no": order.settlement_no or "",
        "fault_description": _fault(order),
        "complaint": (order.complaint or "").strip(),
        "diagnosis": (order.diagnosis or "").strip(),
        "order_no": order.order_no or "",
        "exit_date": rules.platform_date(left_at(session, order), date_format),
        "exit_mileage": "" if order.mileage_out is None else str(order.mileage_out),
    }
    projects = [{"name": line.name, "hours": rules.exact(line.hours), "code": line.code} for line in labour]
    projects += [{"name": line.description, "hours": "0", "code": ""} for line in outside]
    part_rows: list[dict[str, str]] = []
    named: list[tuple[int, str, str]] = []
    for line in parts:
        part_id = part_of_line.get(line.line_id)
        code = (codes.get(part_id, "") if part_id is not None else "").strip()
        part_rows.append({"name": line.name, "code": code, "quantity": rules.exact(line.quantity),
                          "unit": line.unit, "spec": line.spec})
        named.append((line.line_id, line.name, code))
    return _Elements(basic, projects, part_rows, named)


def record(session: Session, order_id: int) -> dict[str, Any]:
    """The order's health record in the platform's structure ({"basicInfo": {...}, "repairprojectlist": [...],
    "vehiclepartslist": [...]} with the bundled mapping), every value text. Raises DomainError for an unknown
    order or a mapping file that cannot be used; it does not check the record (``problems`` does)."""
    order = orders.get_order(session, order_id)
    mapping = load_mapping(session)
    found = _elements(session, order, mapping.date_format)
    return rules.build_record(mapping, found.basic, found.projects, found.parts)


# --- what stops it --------------------------------------------------------------------------------------------

def _checks(session: Session, order: RepairOrder) -> tuple[list[Problem], list[Problem]]:
    """(blocking problems, notes) of an order's record, in the order a user would fix them."""
    found = _elements(session, order, "%Y%m%d")
    basic = found.basic
    blocking: list[Problem] = []
    warnings: list[Problem] = []
    for check in (rules.vin_problems(basic["vin"]), rules.plate_problems(basic["plate"])):
        blocking += check[0]
        warnings += check[1]
    if not basic["repair_mileage"] or order.mileage_in is None or order.mileage_in <= 0:
        blocking.append(Problem(rules.NO_MILEAGE, where=rules.INTAKE))
    if not basic["fault_description"]:
        blocking.append(Problem(rules.NO_FAULT, where=rules.INTAKE))
    if order.received_at is None:
        blocking.append(Problem(rules.NO_RECEIVED, where=rules.INTAKE))
    if order.settled_at is None:
        blocking.append(Problem(rules.NO_SETTLED, where=rules.ESTIMATE))
    elif order.received_at is not None and order.settled_at.date() < order.received_at.date():
        blocking.append(Problem(rules.SETTLED_BEFORE_RECEIVED, {
            "settled": f"{order.settled_at:%Y-%m-%d}", "received": f"{order.received_at:%Y-%m-%d}"},
            rules.INTAKE))
    if order.settled_at is not None and not basic["settlement_no"]:
        blocking.append(Problem(rules.NO_SETTLEMENT_NO, where=rules.ESTIMATE))
    if not found.projects:
        blocking.append(Problem(rules.NO_WORK, where=rules.ESTIMATE))
    for line_id, name, code in found.part_lines:
        if not code:  # "line" tells the window which line to give a catalog part (``link_part``)
            blocking.append(Problem(rules.NO_PART_CODE, {"part": name, "line": line_id}, rules.PARTS))
    if not basic["company_name"]:
        blocking.append(Problem(rules.NO_GARAGE_NAME, where=rules.SETTINGS))
    if not basic["licence_no"]:
        blocking.append(Problem(rules.NO_LICENCE_NO, where=rules.SETTINGS))
    blocking += rules.credit_code_problems(basic["credit_code"])
    return blocking, warnings


def problems(session: Session, order_id: int) -> list[Problem]:
    """Why the order's record cannot be sent, each with the screen where it is fixed; empty: ready to send."""
    return _checks(session, orders.get_order(session, order_id))[0]


def notes(session: Session, order_id: int) -> list[Problem]:
    """What to check on a record that may still be sent (a failing VIN check digit, an unusual plate)."""
    return _checks(session, orders.get_order(session, order_id))[1]


def settled_in_month(session: Session, year: int, month: int) -> list[int]:
    """The orders settled in the month (settled now: a settlement reopened is not), in settlement order."""
    start = datetime(year, month, 1)
    end = datetime(year + month // 12, month % 12 + 1, 1)
    return list(session.scalars(select(RepairOrder.id).where(
        RepairOrder.settled_at >= start, RepairOrder.settled_at < end).order_by(
        RepairOrder.settled_at, RepairOrder.id)))


# --- the month at once (the dialog, the command line) -----------------------------------------------------------

@dataclass(frozen=True)
class MonthRow:
    """One settled order of the month with its record's state: its problems (none: ready) and notes."""

    order_id: int
    order_no: str
    settlement_no: str
    plate: str
    settled_at: datetime | None
    problems: tuple[Problem, ...]
    notes: tuple[Problem, ...]
    vin: str = ""

    @property
    def ready(self) -> bool:
        return not self.problems


def month_rows(session: Session, year: int, month: int) -> list[MonthRow]:
    """Every order settled in the month, checked."""
    rows: list[MonthRow] = []
    for order_id in settled_in_month(session, year, month):
        order = orders.get_order(session, order_id)
        blocking, warnings = _checks(session, order)
        rows.append(MonthRow(order.id, order.order_no or "", order.settlement_no or "",
                             order.vehicle.plate if order.vehicle else "", order.settled_at, tuple(blocking),
                             tuple(warnings), order.vehicle.vin if order.vehicle else ""))
    return rows


@dataclass(frozen=True)
class MonthExport:
    """What a month's export writes: the ready orders' records (and the same flat, for CSV), and the orders left
    out for their problems."""

    records: list[dict[str, Any]]
    header: list[str]
    rows: list[list[str]]
    left_out: list[MonthRow]


def month_export(session: Session, year: int, month: int) -> MonthExport:
    """The records of the month's orders that are ready; those with problems are left out (with their rows)."""
    mapping = load_mapping(session)
    records: list[dict[str, Any]] = []
    left_out: list[MonthRow] = []
    for row in month_rows(session, year, month):
        if row.ready:
            found = _elements(session, orders.get_order(session, row.order_id), mapping.date_format)
            records.append(rules.build_record(mapping, found.basic, found.projects, found.parts))
        else:
            left_out.append(row)
    header, flat = rules.flat_table(mapping, records)
    return MonthExport(records, header, flat, left_out)
