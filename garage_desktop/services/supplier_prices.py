"""Importing a supplier's price list from Excel: a preview row by row with each row's errors, then applying the
valid rows — the cost (and, when the sheet has one, the sale price) of each part matched by code, the supplier
recorded on it, and new parts added when the row names them and gives a sale price.

Headers are recognised in Chinese of either script or English ("配件編號 / 品名 / 進價 / 售價", "配件编号 / 品名 /
进价 / 售价", "code / name / cost / sale price"; compared in Simplified form, ``domain.script``) in one of the first
rows of the first sheet that has a code and a price column. A supplier's unit price is our cost; prices with more
than two decimals are rounded to 分 (half up). Stock never changes here.

The empty price list this program hands out (``template_workbook``) is written in the garage's document language:
zh_TW as worded in ``ZH_TW``, zh_CN through the paperwork's reviewed table (``documents.simplified``;
``ui.i18n_tool`` registers ``ZH_TW``), English the keys.
"""

from __future__ import annotations

import functools
import io
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from garage_desktop.db.models import Part
from garage_desktop.domain import limits
from garage_desktop.domain.classes import Role
from garage_desktop.domain.money import parse_decimal, round_yuan
from garage_desktop.domain.script import simplified
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError
from garage_desktop.languages import LANGUAGES, paperwork_language
from garage_desktop.services import audit, catalog, permissions

HEADERS: dict[str, tuple[str, ...]] = {
    "code": ("代碼", "代码", "編碼", "编码", "編號", "编号", "配件編號", "配件编号", "配件代碼", "零件號", "零件号",
             "物料編碼", "物料编码", "貨號", "货号", "code", "partno", "partnumber", "part"),
    "name": ("名稱", "名称", "配件名稱", "配件名称", "品名", "name", "description"),
    "spec": ("規格", "规格", "品牌/規格", "品牌/规格", "型號", "型号", "spec", "brand"),
    "unit": ("單位", "单位", "unit"),
    "cost": ("進價", "进价", "採購價", "采购价", "供貨價", "供货价", "成本", "單價", "单价", "價格", "价格",
             "cost", "price", "unitprice", "netprice"),
    "sale_price": ("售價", "售价", "建議售價", "建议售价", "零售價", "零售价", "saleprice", "retail",
                   "retailprice"),
}
# The empty price list's words, keyed by their English (the English template's words); its columns (field, word).
ZH_TW: dict[str, str] = {
    "Price list": "價格表",
    "Part number": "配件編號",
    "Name": "名稱",
    "Spec": "規格",
    "Unit": "單位",
    "Cost (yuan)": "進價（元）",
    "Sale price (yuan)": "售價（元）",
}
TEMPLATE_COLUMNS = (("code", "Part number"), ("name", "Name"), ("spec", "Spec"), ("unit", "Unit"),
                    ("cost", "Cost (yuan)"), ("sale_price", "Sale price (yuan)"))
REQUIRED = ("code", "cost")
MAX_HEADER_ROW = 5
SUPPLIER_LIMIT = limits.SUPPLIER.limit  # Part.supplier

NOT_A_WORKBOOK = QT_TRANSLATE_NOOP("Domain", "This file could not be read as an Excel workbook (.xlsx).")
NO_HEADERS = QT_TRANSLATE_NOOP("Domain", "No sheet has a part code column and a price column in its first rows: "
                                         "nothing was read.")
NO_SUPPLIER = QT_TRANSLATE_NOOP("Domain", "Enter the supplier's name.")
NO_CODE = QT_TRANSLATE_NOOP("Domain", "The row has no part code.")
DUPLICATE = QT_TRANSLATE_NOOP("Domain", "The code {code} is on several rows ({rows}): keep one.")
UNKNOWN = QT_TRANSLATE_NOOP("Domain", "{code} is not in the catalog: give its name and a sale price to add it.")
SALE_PRICES_OWNER = QT_TRANSLATE_NOOP("Domain", "This price list changes sale prices, which only the owner may "
                                                "do: remove the sale price column or ask the owner.")


class PriceStatus(StrEnum):
    NEW = "new"
    CHANGED = "changed"
    UNCHANGED = "unchanged"
    ERROR = "error"


@dataclass(frozen=True)
class PriceRow:
    row: int  # the spreadsheet's row number
    code: str
    name: str
    part_id: int | None  # None: a new part (or an error)
    status: PriceStatus
    cost_before: Decimal | None
    cost: Decimal | None
    sale_before: Decimal | None
    sale_price: Decimal | None  # None: the sheet gives none (the part keeps its own)
    supplier_before: str = ""
    errors: tuple[DomainError, ...] = ()
    spec: str = ""  # for a new part
    unit: str = ""


@dataclass(frozen=True)
class PricePreview:
    sheet: str
    supplier: str
    rows: tuple[PriceRow, ...]

    def count(self, status: PriceStatus) -> int:
        return sum(1 for r in self.rows if r.status is status)

    @property
    def applicable(self) -> int:
        return self.count(PriceStatus.NEW) + self.count(PriceStatus.CHANGED)


@dataclass(frozen=True)
class PriceImportResult:
    created: int
    updated: int
    unchanged: int
    skipped: tuple[PriceRow, ...]  # rows with errors, not written


# --- reading the file ----------------------------------------------------------------------------------------
def words(language: str | None) -> Callable[[str], str]:
    """The template's words in ``language`` (any code ``languages.paperwork_language`` reads)."""
    lang = paperwork_language(language)
    if lang == "en":
        return str
    from garage_desktop.documents.simplified import mainland

    return (mainland(ZH_TW) if lang == "zh_CN" else ZH_TW).__getitem__


def _norm(text: object) -> str:
    """A header as compared: in Simplified form (full-width forms folded), lower case, without what is in
    brackets, spaces, "_" and "-"."""
    value = simplified(str(text or "")).lower().replace("（", "(").replace("）", ")")
    value = re.sub(r"\(.*?\)", "", value)
    return "".join(value.split()).replace("_", "").replace("-", "")


@functools.cache
def _keys() -> dict[str, frozenset[str]]:
    """Each field's headers as compared: HEADERS, and the template's own in every language."""
    keys = {key: {_norm(h) for h in names} for key, names in HEADERS.items()}
    for key, label in TEMPLATE_COLUMNS:
        keys[key] |= {_norm(words(language)(label)) for language in LANGUAGES}
    return {key: frozenset(names) for key, names in keys.items()}


def _headers(cells: tuple[object, ...]) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        text = _norm(cell)
        for key, names in _keys().items():
            if text and key not in found and text in names:
                found[key] = index
                break
    return found


def _cell(cells: tuple[object, ...], headers: dict[str, int], key: str) -> object:
    index = headers.get(key)
    return cells[index] if index is not None and index < len(cells) else None


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return limits.squeeze(str(value))  # a line break or tab in a cell is left for the checks to refuse


def _price(value: object, field: str, errors: list[DomainError]) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = repr(round(value, 9)) if isinstance(value, float) else str(value)
    try:
        return round_yuan(parse_decimal(text, field=field, places=9, maximum=Decimal("9999999.99")))
    except DomainError as error:
        errors.append(error)
        return None


def _read(data: bytes) -> tuple[str, dict[str, int], list[tuple[int, tuple[object, ...]]]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - whatever openpyxl or zipfile raise, the file is not a workbook
        raise DomainError(NOT_A_WORKBOOK, field="file") from None
    try:
        for sheet in workbook.worksheets:
            rows = list(sheet.iter_rows(values_only=True))
            for number, cells in enumerate(rows[:MAX_HEADER_ROW], start=1):
                headers = _headers(cells)
                if all(key in headers for key in REQUIRED):
                    data_rows = [(n, c) for n, c in enumerate(rows[number:], start=number + 1)
                                 if any(_text(v) for v in c)]
                    return sheet.title, headers, data_rows
    finally:
        workbook.close()
    raise DomainError(NO_HEADERS, field="file")


# --- the preview ---------------------------------------------------------------------------------------------
def _check_supplier(supplier: str) -> str:
    name = limits.squeeze(supplier)
    if not name:
        raise DomainError(NO_SUPPLIER, field="supplier")
    limits.SUPPLIER.check(name, "supplier")
    return name


def _analyse(session: Session, data: bytes, supplier: str) -> PricePreview:
    supplier = _check_supplier(supplier)
    sheet, headers, rows = _read(data)
    parts = {p.code: p for p in session.scalars(select(Part))}
    codes = [(n, catalog.normalise_code(_text(_cell(c, headers, "code")))) for n, c in rows]
    counts = Counter(code for _, code in codes if code)
    duplicates = {code: [n for n, c in codes if c == code] for code, k in counts.items() if k > 1}
    result = []
    for (number, cells), (_n, code) in zip(rows, codes, strict=True):
        errors: list[DomainError] = []
        name = _text(_cell(cells, headers, "name"))
        spec, unit = _text(_cell(cells, headers, "spec")), _text(_cell(cells, headers, "unit"))
        cost = _price(_cell(cells, headers, "cost"), "cost", errors)
        sale = _price(_cell(cells, headers, "sale_price"), "sale_price", errors)
        if not code:
            errors.append(DomainError(NO_CODE, field="code"))
        elif code in duplicates:
            errors.append(DomainError(DUPLICATE, field="code", code=code,
                                      rows=", ".join(str(n) for n in duplicates[code])))
        if cost is None and not any(e.field == "cost" for e in errors):
            errors.append(DomainError(QT_TRANSLATE_NOOP("Domain", "Enter the price."), field="cost"))
        part = parts.get(code)
        if part is None and code and (not name or sale is None):
            errors.append(DomainError(UNKNOWN, field="code", code=code))
        if part is None and code and name and sale is not None:
            _clean, problems = catalog.check_part(catalog.PartDraft(
                code, name, spec, unit, "oem", sale, cost or Decimal(0), "0", "", supplier))
            errors += problems
        if errors:
            status = PriceStatus.ERROR
        elif part is None:
            status = PriceStatus.NEW
        elif cost != part.cost or (sale is not None and sale != part.sale_price) or part.supplier != supplier:
            status = PriceStatus.CHANGED
        else:
            status = PriceStatus.UNCHANGED
        result.append(PriceRow(number, code, name or (part.name if part else ""), part.id if part else None, status,
                               part.cost if part else None, cost, part.sale_price if part else None, sale,
                               part.supplier if part else "", tuple(errors), spec, unit))
    return PricePreview(sheet, supplier, tuple(result))


def preview_price_list(session: Session, data: bytes, supplier: str) -> PricePreview:
    """Every data row of the file: new, changed, unchanged, or its errors. Nothing is written."""
    return _analyse(session, data, supplier)


def apply_price_list(session: Session, actor: int | None, data: bytes, supplier: str) -> PriceImportResult:
    """Write the valid rows (read again, so what is written is what the file says now); skip rows with errors.
    The store keeper updates costs; a list that changes sale prices needs the owner."""
    operator = permissions.require(session, actor, Role.STORE)
    preview = _analyse(session, data, supplier)
    sale_changes = [r for r in preview.rows if r.status is PriceStatus.NEW or (
        r.status is PriceStatus.CHANGED and r.sale_price is not None and r.sale_price != r.sale_before)]
    if sale_changes and Role.OWNER not in operator.roles:
        raise DomainError(SALE_PRICES_OWNER, field="file")
    created = updated = 0
    for row in preview.rows:
        if row.status is PriceStatus.NEW:
            part = Part(code=row.code, name=row.name, spec=row.spec, unit=row.unit, origin="oem",
                        sale_price=row.sale_price, cost=row.cost, on_hand=Decimal(0), minimum=Decimal(0),
                        bin_location="", supplier=preview.supplier)
            session.add(part)
            session.flush()
            audit.record(session, actor, "create", "part", part.id, after=catalog.part_snapshot(part))
            created += 1
        elif row.status is PriceStatus.CHANGED:
            part = session.get(Part, row.part_id)
            assert part is not None and row.cost is not None
            before = {"cost": str(part.cost), "sale_price": str(part.sale_price), "supplier": part.supplier}
            part.cost = row.cost
            if row.sale_price is not None:
                part.sale_price = row.sale_price
            part.supplier = preview.supplier
            audit.record(session, actor, "price:supplier_list", "part", part.id, before=before,
                         after={"cost": str(part.cost), "sale_price": str(part.sale_price),
                                "supplier": part.supplier})
            updated += 1
    session.flush()
    return PriceImportResult(created, updated, preview.count(PriceStatus.UNCHANGED),
                             tuple(r for r in preview.rows if r.status is PriceStatus.ERROR))


def template_title(language: str | None = "zh_TW") -> str:
    """The empty price list's name in ``language`` (its sheet's, and the file name offered)."""
    return words(language)("Price list")


def template_workbook(language: str | None = "zh_TW") -> bytes:
    """An empty price list with the headers this import reads (for a supplier to fill in), in ``language`` (the
    garage's document language)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    t = words(language)
    workbook = Workbook()
    sheet: Any = workbook.active
    sheet.title = template_title(language)
    sheet.append([t(label) for _key, label in TEMPLATE_COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
