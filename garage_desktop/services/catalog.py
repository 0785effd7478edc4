"""The catalogs of labour operations (工時定額) and parts: list, search for pickers, save and delete."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from garage_desktop.db.models import LabourLine, LabourOperation, Part, PartLine, StockMovement
from garage_desktop.domain import limits, pinyin
from garage_desktop.domain.classes import Role
from garage_desktop.domain.money import parse_decimal, parse_money
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError
from garage_desktop.services import audit, permissions

MAX_HOURS = Decimal("999.99")
HOURS_PLACES = 2
QTY_PLACES = 3

# Part.origin values and their labels (原廠 / 同質 / 修復).
ORIGINS: tuple[str, ...] = ("oem", "equivalent", "repaired")
ORIGIN_LABELS: dict[str, str] = {
    "oem": QT_TRANSLATE_NOOP("Domain", "Original (OEM)"),
    "equivalent": QT_TRANSLATE_NOOP("Domain", "Equivalent"),
    "repaired": QT_TRANSLATE_NOOP("Domain", "Repaired"),
}

# The column sizes of db.models (declared in domain.limits), so a long value is refused beside its field instead
# of failing in the database.
OPERATION_LENGTHS = {"code": limits.OPERATION_CODE, "name": limits.CATALOG_OPERATION_NAME,
                     "category": limits.CATEGORY}
PART_LENGTHS = {"code": limits.PART_CODE, "name": limits.PART_NAME, "spec": limits.SPEC, "unit": limits.UNIT,
                "bin_location": limits.BIN_LOCATION, "supplier": limits.SUPPLIER}


@dataclass(frozen=True)
class OperationInfo:
    id: int
    code: str
    name: str
    category: str
    standard_hours: Decimal  # always in hours; the estimate converts to 5-minute units when set so


@dataclass(frozen=True)
class PartInfo:
    id: int
    code: str
    name: str
    spec: str  # brand / specification
    unit: str
    origin: str  # one of ORIGINS
    sale_price: Decimal
    cost: Decimal
    on_hand: Decimal
    minimum: Decimal
    bin_location: str
    supplier: str


@dataclass(frozen=True)
class OperationDraft:
    """What the owner typed (or a spreadsheet row held) for a labour operation, not yet checked."""

    code: str
    name: str
    category: str = ""
    standard_hours: str | Decimal = ""


@dataclass(frozen=True)
class PartDraft:
    """What the owner typed for a part, not yet checked. Stock (on hand) changes only through movements."""

    code: str
    name: str
    spec: str = ""
    unit: str = ""
    origin: str = "oem"
    sale_price: str | Decimal = ""
    cost: str | Decimal = "0"
    minimum: str | Decimal = "0"
    bin_location: str = ""
    supplier: str = ""


# --- checking what was typed ---------------------------------------------------------------------------
def normalise_code(code: str) -> str:
    """Codes are compared and stored upper-case without surrounding spaces ("by-001 " is "BY-001")."""
    return limits.squeeze(code).upper()


def _text(value: str, field: str, rule: limits.TextLimit, errors: list[DomainError], *,
          required: str | None = None) -> str:
    value = limits.squeeze(value)
    if required and not value:
        errors.append(DomainError(required, field=field))
    elif (problem := rule.problem(value, field)) is not None:
        errors.append(problem)
    return value


def _number(value: str | Decimal, field: str, errors: list[DomainError], *, places: int,
            maximum: Decimal | None = None, money: bool = False) -> Decimal:
    if isinstance(value, float):
        raise TypeError("catalog numbers are Decimal or text, never float")
    try:
        if money:
            return parse_money(value, field=field)
        number = parse_decimal(value, field=field, places=places, maximum=maximum)
        return number.quantize(Decimal(1).scaleb(-places))  # "0.5" and "0.50" are the same hours
    except DomainError as error:
        errors.append(error)
        return Decimal(0)


def check_operation(draft: OperationDraft) -> tuple[OperationDraft, list[DomainError]]:
    """The draft cleaned (code normalised, hours a Decimal) and every problem found, each with its field."""
    errors: list[DomainError] = []
    code = _text(normalise_code(draft.code), "code", OPERATION_LENGTHS["code"], errors,
                 required=QT_TRANSLATE_NOOP("Domain", "Enter a code."))
    name = _text(draft.name, "name", OPERATION_LENGTHS["name"], errors,
                 required=QT_TRANSLATE_NOOP("Domain", "Enter a name."))
    category = _text(draft.category, "category", OPERATION_LENGTHS["category"], errors)
    hours = _number(draft.standard_hours, "standard_hours", errors, places=HOURS_PLACES, maximum=MAX_HOURS)
    return OperationDraft(code, name, category, hours), errors


def parse_origin(text: str) -> str | None:
    """An origin value from a code or label as people write it (oem, 原廠, 原厂, 同質, 副廠, 修復 ...)."""
    key = "".join((text or "").split()).lower()
    return _ORIGIN_WORDS.get(key)


_ORIGIN_WORDS = {
    **{o: o for o in ORIGINS},
    "原廠": "oem", "原厂": "oem", "原廠件": "oem", "原厂件": "oem", "original": "oem", "original(oem)": "oem",
    "同質": "equivalent", "同质": "equivalent", "同質件": "equivalent", "同质件": "equivalent",
    "副廠": "equivalent", "副厂": "equivalent", "equivalentquality": "equivalent",
    "修復": "repaired", "修复": "repaired", "修復件": "repaired", "修复件": "repaired",
}


def check_part(draft: PartDraft) -> tuple[PartDraft, list[DomainError]]:
    """The draft cleaned (code normalised, amounts Decimals, origin a code) and every problem found."""
    errors: list[DomainError] = []
    lengths = PART_LENGTHS
    code = _text(normalise_code(draft.code), "code", lengths["code"], errors,
                 required=QT_TRANSLATE_NOOP("Domain", "Enter a code."))
    name = _text(draft.name, "name", lengths["name"], errors,
                 required=QT_TRANSLATE_NOOP("Domain", "Enter a name."))
    spec = _text(draft.spec, "spec", lengths["spec"], errors)
    unit = _text(draft.unit, "unit", lengths["unit"], errors)
    origin = parse_origin(draft.origin)
    if origin is None:
        errors.append(DomainError(
            QT_TRANSLATE_NOOP("Domain", "\"{text}\" is not an origin: use original, equivalent or repaired."),
            field="origin", text=draft.origin))
        origin = draft.origin
    sale_price = _number(draft.sale_price, "sale_price", errors, places=2, money=True)
    cost = _number(draft.cost, "cost", errors, places=2, money=True)
    minimum = _number(draft.minimum, "minimum", errors, places=QTY_PLACES, maximum=Decimal(999999))
    bin_location = _text(draft.bin_location, "bin_location", lengths["bin_location"], errors)
    supplier = _text(draft.supplier, "supplier", lengths["supplier"], errors)
    clean = PartDraft(code, name, spec, unit, origin, sale_price, cost, minimum, bin_location, supplier)
    return clean, errors


# --- reading -------------------------------------------------------------------------------------------
def _operation_info(op: LabourOperation) -> OperationInfo:
    return OperationInfo(op.id, op.code, op.name, op.category or "", op.standard_hours)


def _part_info(p: Part) -> PartInfo:
    return PartInfo(p.id, p.code, p.name, p.spec or "", p.unit or "", p.origin, p.sale_price, p.cost,
                    p.on_hand, p.minimum, p.bin_location or "", p.supplier or "")


@lru_cache(maxsize=8192)
def _initials(name: str) -> str:
    return pinyin.initials(name)


def _rank(terms: list[str], code: str, name: str, others: Iterable[str]) -> int | None:
    """How well a row matches what was typed (0 best), or None: code, then name or pinyin initials, then any
    other text."""
    code_l, name_l, initials = code.lower(), name.lower(), _initials(name)
    haystack = " ".join((code_l, name_l, initials, *(o.lower() for o in others)))
    if not all(term in haystack for term in terms):
        return None
    first = terms[0]
    if code_l == first:
        return 0
    if code_l.startswith(first):
        return 1
    if name_l.startswith(first) or initials.startswith(first):
        return 2
    return 3


def _terms(text: str) -> list[str]:
    return (text or "").lower().split()


def list_operations(session: Session, text: str = "") -> list[OperationInfo]:
    """Every labour operation by category and code; with ``text``, those whose code, name, pinyin initials
    or category contain each typed word."""
    rows = session.scalars(select(LabourOperation).order_by(LabourOperation.category, LabourOperation.code))
    terms = _terms(text)
    return [_operation_info(op) for op in rows
            if not terms or _rank(terms, op.code, op.name, (op.category or "",)) is not None]


def list_parts(session: Session, text: str = "") -> list[PartInfo]:
    """Every part by code; with ``text``, those whose code, name, initials, spec or supplier contain it."""
    rows = session.scalars(select(Part).order_by(Part.code))
    terms = _terms(text)
    return [_part_info(p) for p in rows
            if not terms or _rank(terms, p.code, p.name, (p.spec or "", p.supplier or "")) is not None]


def search_operations(session: Session, text: str, limit: int = 20) -> list[OperationInfo]:
    """The best matches for a picker: exact code first, then code prefix, then name / initials ("ghjy")."""
    terms = _terms(text)
    if not terms:
        return list_operations(session)[:limit]
    ranked = []
    for op in session.scalars(select(LabourOperation)):
        rank = _rank(terms, op.code, op.name, (op.category or "",))
        if rank is not None:
            ranked.append((rank, op.code, _operation_info(op)))
    ranked.sort(key=lambda item: item[:2])
    return [info for _, _, info in ranked[:limit]]


def search_parts(session: Session, text: str, limit: int = 20) -> list[PartInfo]:
    """The best matches for a picker, ranked like ``search_operations`` (spec words match too)."""
    terms = _terms(text)
    if not terms:
        return list_parts(session)[:limit]
    ranked = []
    for part in session.scalars(select(Part)):
        rank = _rank(terms, part.code, part.name, (part.spec or "",))
        if rank is not None:
            ranked.append((rank, part.code, _part_info(part)))
    ranked.sort(key=lambda item: item[:2])
    return [info for _, _, info in ranked[:limit]]


def find_operation(session: Session, code: str) -> OperationInfo | None:
    op = session.scalar(select(LabourOperation).where(LabourOperation.code == normalise_code(code)))
    return _operation_info(op) if op else None


def get_part(session: Session, part_id: int) -> PartInfo | None:
    part = session.get(Part, part_id)
    return _part_info(part) if part else None


def operation_categories(session: Session) -> list[str]:
    """The categories in use, for the category box (保養, 剎車, 發動機 ...)."""
    rows = session.scalars(select(LabourOperation.category).distinct().order_by(LabourOperation.category))
    return [c for c in rows if c]


# --- writing -------------------------------------------------------------------------------------------
def operation_snapshot(op: LabourOperation) -> dict[str, str]:
    return {"code": op.code, "name": op.name, "category": op.category or "",
            "standard_hours": str(op.standard_hours)}


def part_snapshot(p: Part) -> dict[str, str]:
    return {"code": p.code, "name": p.name, "spec": p.spec or "", "unit": p.unit or "", "origin": p.origin,
            "sale_price": str(p.sale_price), "cost": str(p.cost), "minimum": str(p.minimum),
            "bin_location": p.bin_location or "", "supplier": p.supplier or ""}


def _operation_uses(session: Session, code: str) -> int:
    return session.scalar(select(func.count(LabourLine.id)).where(LabourLine.operation_code == code)) or 0


def save_operation(session: Session, actor: int | None, operation_id: int | None,
                   draft: OperationDraft) -> OperationInfo:
    """Add (``operation_id`` None) or change a labour operation. Only the owner edits the catalog.

    Lines already on orders keep their own copy of name and hours; a change applies to new lines.
    """
    permissions.require(session, actor, Role.OWNER)
    clean, errors = check_operation(draft)
    if errors:
        raise errors[0]
    clash = session.scalar(select(LabourOperation.id).where(LabourOperation.code == clean.code))
    if clash is not None and clash != operation_id:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Domain", "The code {code} is already used by another operation."), field="code", code=clean.code)
    assert isinstance(clean.standard_hours, Decimal)
    if operation_id is None:
        op = LabourOperation(code=clean.code, name=clean.name, category=clean.category,
                             standard_hours=clean.standard_hours)
        session.add(op)
        session.flush()
        audit.record(session, actor, "create", "labour_operation", op.id, after=operation_snapshot(op))
        return _operation_info(op)
    op = session.get(LabourOperation, operation_id)
    if op is None:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "That labour operation no longer exists."))
    if clean.code != op.code and _operation_uses(session, op.code):
        # Order lines refer to the operation by its code: renaming it would cut them off from it.
        raise DomainError(QT_TRANSLATE_NOOP(
            "Domain", "The code {code} is used on repair orders and cannot be changed."),
            field="code", code=op.code)
    before = operation_snapshot(op)
    op.code, op.name, op.category, op.standard_hours = (clean.code, clean.name, clean.category,
                                                        clean.standard_hours)
    after = operation_snapshot(op)
    if after != before:
        audit.record(session, actor, "update", "labour_operation", op.id, before=before, after=after)
    return _operation_info(op)


def delete_operation(session: Session, actor: int | None, operation_id: int) -> None:
    """Remove a labour operation; refused while a repair order line uses it."""
    permissions.require(session, actor, Role.OWNER)
    op = session.get(LabourOperation, operation_id)
    if op is None:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "That labour operation no longer exists."))
    uses = _operation_uses(session, op.code)
    if uses:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Domain", "{name} is used on {count} repair order line(s) and cannot be deleted."),
            name=op.name, count=uses)
    audit.record(session, actor, "delete", "labour_operation", op.id, before=operation_snapshot(op))
    session.delete(op)


def save_part(session: Session, actor: int | None, part_id: int | None, draft: PartDraft) -> PartInfo:
    """Add (``part_id`` None) or change a part's catalog data. Only the owner edits prices."""
    permissions.require(session, actor, Role.OWNER)
    clean, errors = check_part(draft)
    if errors:
        raise errors[0]
    clash = session.scalar(select(Part.id).where(Part.code == clean.code))
    if clash is not None and clash != part_id:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "The code {code} is already used by another part."),
                          field="code", code=clean.code)
    values = {"code": clean.code, "name": clean.name, "spec": clean.spec, "unit": clean.unit,
              "origin": clean.origin, "sale_price": clean.sale_price, "cost": clean.cost,
              "minimum": clean.minimum, "bin_location": clean.bin_location, "supplier": clean.supplier}
    if part_id is None:
        part = Part(**values, on_hand=Decimal(0))
        session.add(part)
        session.flush()
        audit.record(session, actor, "create", "part", part.id, after=part_snapshot(part))
        return _part_info(part)
    part = session.get(Part, part_id)
    if part is None:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "That part no longer exists."))
    before = part_snapshot(part)
    for key, value in values.items():
        setattr(part, key, value)
    after = part_snapshot(part)
    if after != before:
        audit.record(session, actor, "update", "part", part.id, before=before, after=after)
    return _part_info(part)


def delete_part(session: Session, actor: int | None, part_id: int) -> None:
    """Remove a part; refused while an order line uses it or while it has stock history."""
    permissions.require(session, actor, Role.OWNER)
    part = session.get(Part, part_id)
    if part is None:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "That part no longer exists."))
    uses = session.scalar(select(func.count(PartLine.id)).where(PartLine.part_id == part_id)) or 0
    if uses:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Domain", "{name} is used on {count} repair order line(s) and cannot be deleted."),
            name=part.name, count=uses)
    moves = session.scalar(select(func.count(StockMovement.id)).where(StockMovement.part_id == part_id)) or 0
    if moves or part.on_hand:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Domain", "{name} has stock movements and cannot be deleted."), name=part.name)
    audit.record(session, actor, "delete", "part", part.id, before=part_snapshot(part))
    session.delete(part)
