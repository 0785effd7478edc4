"""The electronic health record (汽車維修電子健康檔案, JT/T 1132): what blocks a record from the provincial platform,
and how our elements become the platform's fields (the mapping is data, ``resources/ehr/fields.json``).

Decisions (for the README):

- A VIN of the wrong length or with forbidden characters blocks the record; a failing check digit only warns, as
  at intake: imported cars carry VINs whose position 9 is not a GB 16735 check digit, and a garage must still
  upload their repairs (the platform is the judge; its refusal shows in the upload queue with its message).
- A plate that is empty or carries I or O (never on a plate: a typo for 1 or 0) blocks; an unusual format
  (special-use and temporary plates) only warns, as at intake.
- The garage's unified social credit code (統一社會信用代碼, GB 32100) must be 18 characters with a correct check
  character; the road-transport licence number (道路運輸經營許可證號) has no national format: it must be present.
- Every value is sent as text: hours and quantities as exact decimals ("1.5", "2"), the mileage as digits,
  dates as yyyyMMdd. Text keeps a Decimal exact, where a JSON number would go through a float.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from garage_desktop.domain.identifiers import check_plate, normalise_plate, vin_check_digit
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError

# Where a problem is fixed: the screen the health record dialog opens.
INTAKE, ESTIMATE, PARTS, SETTINGS = "intake", "estimate", "parts", "settings"
WHERE = (INTAKE, ESTIMATE, PARTS, SETTINGS)

NO_VIN = QT_TRANSLATE_NOOP("Domain", "Enter the VIN (the platform needs it).")
VIN_LENGTH = QT_TRANSLATE_NOOP("Domain", "A VIN has 17 characters; this one has {count}.")
VIN_CHARACTERS = QT_TRANSLATE_NOOP("Domain", "A VIN uses only digits and the letters A–Z except I, O and Q.")
VIN_CHECK_DIGIT = QT_TRANSLATE_NOOP("Domain", "The VIN check digit does not match (common on imported cars): "
                                              "check it.")
NO_PLATE = QT_TRANSLATE_NOOP("Domain", "Enter the plate number.")
PLATE_I_O = QT_TRANSLATE_NOOP("Domain", "Plates never use the letters I or O: did you mean 1 or 0?")
NO_MILEAGE = QT_TRANSLATE_NOOP("Domain", "Enter the mileage when the car came in.")
NO_RECEIVED = QT_TRANSLATE_NOOP("Domain", "The order has no date the car came in.")
NO_SETTLED = QT_TRANSLATE_NOOP("Domain", "The order is not settled.")
SETTLED_BEFORE_RECEIVED = QT_TRANSLATE_NOOP("Domain", "The order was settled ({settled}) before the car came in "
                                                      "({received}).")
NO_SETTLEMENT_NO = QT_TRANSLATE_NOOP("Domain", "The order has no settlement list number.")
NO_FAULT = QT_TRANSLATE_NOOP("Domain", "Enter the complaint (the fault description the platform needs).")
NO_WORK = QT_TRANSLATE_NOOP("Domain", "The order has no repair item.")
NO_PART_CODE = QT_TRANSLATE_NOOP("Domain", "The part {part} has no part code: choose it from the catalog.")
NO_GARAGE_NAME = QT_TRANSLATE_NOOP("Domain", "Enter the garage's name.")
NO_LICENCE_NO = QT_TRANSLATE_NOOP("Domain", "Enter the garage's road transport licence number (道路運輸經營許可證).")
NO_CREDIT_CODE = QT_TRANSLATE_NOOP("Domain", "Enter the garage's unified social credit code (統一社會信用代碼).")
CREDIT_CODE_LENGTH = QT_TRANSLATE_NOOP("Domain", "A unified social credit code has 18 characters; this one has "
                                                 "{count}.")
CREDIT_CODE_CHARACTERS = QT_TRANSLATE_NOOP("Domain", "A unified social credit code uses only digits and the "
                                                     "letters A–Z except I, O, S, V and Z.")
CREDIT_CODE_CHECK = QT_TRANSLATE_NOOP("Domain", "The unified social credit code's last character does not match "
                                                "(it should be {expected}): check it.")


# The problems of the vehicle on file (its VIN and plate): corrected on the vehicle, whatever the order's stage.
VEHICLE_PROBLEMS = frozenset({NO_VIN, VIN_LENGTH, VIN_CHARACTERS, NO_PLATE, PLATE_I_O})


@dataclass(frozen=True)
class Problem:
    """Why a record cannot be sent (or, as a note, what to check): an English source text marked for the "Domain"
    context with its ``params`` (the window fills them as it does a DomainError's), and ``where`` (one of
    ``WHERE``) it is fixed."""

    text: str
    params: dict[str, Any] = field(default_factory=dict)
    where: str = INTAKE

    def english(self) -> str:
        return self.text.format(**self.params) if self.params else self.text


def settlement_number(year: int, seq: int) -> str:
    """結算清單編號 runs per year of settlement: JS2026-000001, JS2026-000002, ... (seven digits past 999,999)."""
    return f"JS{year}-{seq:06d}"


# --- identifiers ------------------------------------------------------------------------------------------------

_VIN_CHARS = re.compile(r"^[A-HJ-NPR-Z0-9]{17}$")


def vin_problems(vin: str) -> tuple[list[Problem], list[Problem]]:
    """The VIN's blocking problems and its warnings (a failing check digit), both fixed at intake."""
    vin = (vin or "").strip().upper()
    if not vin:
        return [Problem(NO_VIN, where=INTAKE)], []
    if len(vin) != 17:
        return [Problem(VIN_LENGTH, {"count": len(vin)}, INTAKE)], []
    if not _VIN_CHARS.match(vin):
        return [Problem(VIN_CHARACTERS, where=INTAKE)], []
    if vin[8] != vin_check_digit(vin):
        return [], [Problem(VIN_CHECK_DIGIT, where=INTAKE)]
    return [], []


def plate_problems(plate: str) -> tuple[list[Problem], list[Problem]]:
    """The plate's blocking problems and its warnings, fixed at intake (see the module text)."""
    if not normalise_plate(plate or ""):
        return [Problem(NO_PLATE, where=INTAKE)], []
    try:
        warnings = check_plate(plate).warnings
    except DomainError as refused:  # too long, a control character: as intake would refuse it
        return [Problem(refused.message, dict(refused.params), INTAKE)], []
    if PLATE_I_O in warnings:
        return [Problem(PLATE_I_O, where=INTAKE)], []
    return [], [Problem(text, where=INTAKE) for text in warnings]


# GB 32100-2015: 18 characters from 31 (no I, O, S, V, Z); the last is the check character of the other 17.
CREDIT_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def credit_code_check(code17: str) -> str:
    """The check character the first 17 characters of a unified social credit code call for."""
    total = sum(CREDIT_CODE_CHARS.index(ch) * w for ch, w in zip(code17, _CREDIT_WEIGHTS))
    return CREDIT_CODE_CHARS[(31 - total % 31) % 31]


def credit_code_problems(code: str) -> list[Problem]:
    """Why the garage's unified social credit code is not one (fixed in the settings)."""
    code = re.sub(r"\s", "", code or "").upper()
    if not code:
        return [Problem(NO_CREDIT_CODE, where=SETTINGS)]
    if len(code) != 18:
        return [Problem(CREDIT_CODE_LENGTH, {"count": len(code)}, SETTINGS)]
    if any(ch not in CREDIT_CODE_CHARS for ch in code):
        return [Problem(CREDIT_CODE_CHARACTERS, where=SETTINGS)]
    expected = credit_code_check(code[:17])
    if code[17] != expected:
        return [Problem(CREDIT_CODE_CHECK, {"expected": expected}, SETTINGS)]
    return []


# --- values as the platform takes them ------------------------------------------------------------------------

def platform_date(when: date | datetime | None, date_format: str = "%Y%m%d") -> str:
    """A date as the platform takes it (yyyyMMdd by default); "" when there is none."""
    return when.strftime(date_format) if when is not None else ""


def exact(value: Decimal | int | None) -> str:
    """A quantity or hours as exact decimal text without trailing zeros: 1.50 → "1.5", 2.00 → "2", 100 → "100"."""
    if value is None:
        return ""
    text = f"{Decimal(value).normalize():f}"
    return "0" if text in ("-0", "") else text


# --- the mapping ------------------------------------------------------------------------------------------------

# Our elements a mapping may name (the 13 national ones first, then what some provinces ask for besides).
BASIC_ELEMENTS = frozenset({
    "company_name", "vin", "plate", "repair_date", "repair_mileage", "settle_date", "settlement_no",
    "fault_description", "licence_no", "credit_code", "order_no", "exit_date", "exit_mileage", "make_model",
    "complaint", "diagnosis"})
PROJECT_ELEMENTS = frozenset({"name", "hours", "code"})
PART_ELEMENTS = frozenset({"name", "code", "quantity", "unit", "spec"})


class MappingInvalid(ValueError):
    """A mapping file that does not say how to build a record (its text says what is wrong, for the log)."""


@dataclass(frozen=True)
class FieldMapping:
    """A platform's field mapping: the name of each section and, in each, platform field ← our element."""

    basic_key: str
    basic: dict[str, str]
    projects_key: str
    projects: dict[str, str]
    parts_key: str
    parts: dict[str, str]
    date_format: str = "%Y%m%d"


def parse_mapping(data: Mapping[str, Any]) -> FieldMapping:
    """A mapping from the JSON of a fields file::

        {"date_format": "%Y%m%d",
         "record": {"basicInfo": {"vin": "vin", ...},
                    "repairprojectlist": [{"repairproject": "name", "workinghours": "hours"}],
                    "vehiclepartslist": [{"partsname": "name", "partscode": "code", "partsquantity": "quantity"}]}}

    The record template looks like the record: the one object is the basic block, the two one-item lists are the
    repair items and the parts (told apart by their elements: the one naming "quantity" is the parts)."""
    record = data.get("record") if isinstance(data, Mapping) else None
    if not isinstance(record, Mapping):
        raise MappingInvalid("the mapping has no \"record\" object")
    basic: tuple[str, dict[str, str]] | None = None
    lists: list[tuple[str, dict[str, str]]] = []
    for key, value in record.items():
        if isinstance(value, Mapping):
            if basic is not None:
                raise MappingInvalid("the record has two objects; one basic block is expected")
            basic = (str(key), _fields(key, value, BASIC_ELEMENTS))
        elif isinstance(value, list) and len(value) == 1 and isinstance(value[0], Mapping):
            lists.append((str(key), dict(value[0])))
        else:
            raise MappingInvalid(f"{key}: an object or a list of one object is expected")
    if basic is None or len(lists) != 2:
        raise MappingInvalid("the record needs one basic object and two lists (repair items, parts)")
    parts = [item for item in lists if "quantity" in item[1].values()]
    if len(parts) != 1:
        raise MappingInvalid("exactly one list must name the element \"quantity\" (the parts)")
    projects = next(item for item in lists if item is not parts[0])
    date_format = data.get("date_format", "%Y%m%d")
    if not isinstance(date_format, str) or "%" not in date_format:
        raise MappingInvalid("date_format must be a strftime format such as %Y%m%d")
    return FieldMapping(basic[0], basic[1], projects[0], _fields(projects[0], projects[1], PROJECT_ELEMENTS),
                        parts[0][0], _fields(parts[0][0], parts[0][1], PART_ELEMENTS), date_format)


def _fields(section: str, fields: Mapping[str, Any], known: frozenset[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for platform_field, element in fields.items():
        if not isinstance(element, str) or element not in known:
            raise MappingInvalid(f"{section}.{platform_field}: unknown element {element!r} "
                                 f"(one of {', '.join(sorted(known))})")
        out[str(platform_field)] = element
    if not out:
        raise MappingInvalid(f"{section}: no field")
    return out


def build_record(mapping: FieldMapping, basic: Mapping[str, str], projects: Sequence[Mapping[str, str]],
                 parts: Sequence[Mapping[str, str]]) -> dict[str, Any]:
    """The record in the platform's structure: each platform field filled with the element it names."""
    return {
        mapping.basic_key: {name: basic.get(element, "") for name, element in mapping.basic.items()},
        mapping.projects_key: [{name: item.get(element, "") for name, element in mapping.projects.items()}
                               for item in projects],
        mapping.parts_key: [{name: item.get(element, "") for name, element in mapping.parts.items()}
                            for item in parts],
    }


# --- the flat form (spreadsheet platforms) ----------------------------------------------------------------------

LIST_COLUMN = "list"


def flat_table(mapping: FieldMapping, records: Sequence[Mapping[str, Any]]) -> tuple[list[str], list[list[str]]]:
    """The records flat, one row per repair item or part: the order's basic fields (repeated on each of its rows),
    a column ``list`` naming the list the row belongs to (the mapping's name: repairprojectlist or
    vehiclepartslist), then the repair item's fields and the part's fields, only those of its own list filled.
    Columns are the platform's field names, in the mapping's order (a name shared by both lists is one column)."""
    basic = list(mapping.basic)
    items = list(dict.fromkeys([*mapping.projects, *mapping.parts]))
    header = [*basic, LIST_COLUMN, *items]
    rows: list[list[str]] = []
    for record in records:
        head = [str(record[mapping.basic_key].get(name, "")) for name in basic]
        for key in (mapping.projects_key, mapping.parts_key):
            for item in record[key]:
                rows.append([*head, key, *(str(item.get(name, "")) for name in items)])
    return header, rows
