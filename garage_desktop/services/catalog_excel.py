"""The catalogs as an Excel workbook: export, a row-by-row preview of an import, and applying it.

The workbook has the sheets 工時定額 / 配件 / 車型係數 with their headers, written in the garage's document
language (the caller passes it: ``settings.document_language``): zh_TW as worded in ``ZH_TW``, zh_CN through the
paperwork's reviewed table (``documents.simplified``; ``ui.i18n_tool`` registers ``ZH_TW``), English the keys.
An import reads a workbook in any of them — sheet names and headers are compared in Simplified form
(``domain.script``), so a mainland owner's edited Simplified export and an old Traditional one both read back.
Rows are matched by code (operations, parts) or name (model classes); an import adds and changes rows but never
deletes any. openpyxl is imported only when a workbook is touched.
"""

from __future__ import annotations

import functools
import io
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from garage_desktop.db.models import LabourOperation, ModelClass, Part
from garage_desktop.domain import limits
from garage_desktop.domain.classes import Role
from garage_desktop.domain.money import parse_decimal
from garage_desktop.domain.script import simplified
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError
from garage_desktop.languages import LANGUAGES, paperwork_language
from garage_desktop.services import audit, catalog, model_classes, permissions
from garage_desktop.services.catalog import OperationDraft, PartDraft


class SheetKind(StrEnum):
    OPERATIONS = "operations"
    PARTS = "parts"
    MODEL_CLASSES = "model_classes"


class RowStatus(StrEnum):
    NEW = "new"
    CHANGED = "changed"
    UNCHANGED = "unchanged"
    ERROR = "error"


# The workbook's words, keyed by their English (the English workbook's words): the sheet names, the headers and
# the origins. zh_CN is derived from these through documents.simplified, never worded twice.
ZH_TW: dict[str, str] = {
    "Labour operations": "工時定額",
    "Parts": "配件",
    "Model classes": "車型係數",
    "Labour operations / Parts / Model classes": "工時定額 / 配件 / 車型係數",  # the file's title (properties)
    "Code": "代碼",
    "Name": "名稱",
    "Category": "類別",
    "Standard hours": "標準工時（小時）",
    "Brand / spec": "品牌/規格",
    "Unit": "單位",
    "Origin": "來源",
    "Sale price (yuan)": "售價（元）",
    "Cost (yuan)": "成本（元）",
    "Minimum stock": "最低庫存",
    "Bin": "貨位",
    "Supplier": "供應商",
    "Model class": "車型類別",
    "Complexity coefficient": "技術複雜係數",
    "Note": "備註",
    # Part.origin as the workbook writes it (any spelling catalog.parse_origin knows is read back)
    "OEM": "原廠",
    "Equivalent": "同質",
    "Repaired": "修復",
}


def words(language: str | None) -> Callable[[str], str]:
    """The workbook's words in ``language`` (any code ``languages.paperwork_language`` reads):
    ``t = words("zh_CN"); t("Parts")``."""
    lang = paperwork_language(language)
    if lang == "en":
        return str
    from garage_desktop.documents.simplified import mainland

    return (mainland(ZH_TW) if lang == "zh_CN" else ZH_TW).__getitem__


@dataclass(frozen=True)
class Column:
    key: str  # the field name of the service (and of DomainError.field)
    label: str  # the header, a key of ZH_TW
    aliases: tuple[str, ...] = ()  # other headers read (a garage's own spreadsheet), in either script
    required: bool = False
    number_format: str | None = None  # None: text

    def header(self, language: str | None) -> str:
        return words(language)(self.label)


# Each sheet's name (a key of ZH_TW) and the other names it is read by.
SHEETS: dict[SheetKind, tuple[str, tuple[str, ...]]] = {
    SheetKind.OPERATIONS: ("Labour operations", ("operations",)),
    SheetKind.PARTS: ("Parts", ()),
    SheetKind.MODEL_CLASSES: ("Model classes", ()),
}
_CODE = Column("code", "Code", ("編碼", "編號", "code"), True, "@")
_NAME = Column("name", "Name", ("項目", "name"), True, "@")
COLUMNS: dict[SheetKind, tuple[Column, ...]] = {
    SheetKind.OPERATIONS: (
        _CODE, _NAME,
        Column("category", "Category", ("分類", "category"), False, "@"),
        Column("standard_hours", "Standard hours",
               ("標準工時", "工時定額", "工時", "hours", "standard hours"), True, "0.00"),
    ),
    SheetKind.PARTS: (
        _CODE, _NAME,
        Column("spec", "Brand / spec", ("品牌規格", "規格", "spec"), False, "@"),
        Column("unit", "Unit", ("unit",), False, "@"),
        Column("origin", "Origin", ("配件來源", "origin"), False, "@"),
        Column("sale_price", "Sale price (yuan)", ("售價", "銷售價", "單價", "price", "sale price"), True,
               "#,##0.00"),
        Column("cost", "Cost (yuan)", ("成本", "進價", "cost"), False, "#,##0.00"),
        Column("minimum", "Minimum stock", ("安全庫存", "minimum"), False, "General"),
        Column("bin_location", "Bin", ("庫位", "bin"), False, "@"),
        Column("supplier", "Supplier", ("supplier",), False, "@"),
    ),
    SheetKind.MODEL_CLASSES: (
        Column("name", "Model class", ("車型", "名稱", "name", "model class"), True, "@"),
        Column("coefficient", "Complexity coefficient", ("係數", "coefficient"), True, "0.000"),
        Column("note", "Note", ("note",), False, "@"),
    ),
}
# Origins as the workbook writes them (keys of ZH_TW).
ORIGIN_WORDS = {"oem": "OEM", "equivalent": "Equivalent", "repaired": "Repaired"}
MAX_HEADER_ROW = 5  # a title line or two above the headers is tolerated


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: str
    after: str


@dataclass(frozen=True)
class ImportRow:
    kind: SheetKind
    sheet: str  # the sheet's title in the file, so the user finds the row
    row: int  # the spreadsheet's row number (1 = first line)
    key: str  # code, or model class name
    name: str
    status: RowStatus
    changes: tuple[FieldChange, ...] = ()
    errors: tuple[DomainError, ...] = ()


@dataclass(frozen=True)
class ImportPreview:
    rows: tuple[ImportRow, ...]
    sheets: tuple[SheetKind, ...]  # the sheets found in the file

    def count(self, status: RowStatus) -> int:
        return sum(1 for r in self.rows if r.status is status)

    @property
    def applicable(self) -> int:
        """Rows an import would write (new or changed)."""
        return self.count(RowStatus.NEW) + self.count(RowStatus.CHANGED)


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    unchanged: int
    skipped: tuple[ImportRow, ...]  # rows with errors, not written


@dataclass
class _Pending:
    """A valid new or changed row and how to write it."""

    write: Callable[[Session, int | None], Any]
    is_new: bool


@dataclass
class _Analysis:
    rows: list[ImportRow] = field(default_factory=list)
    sheets: list[SheetKind] = field(default_factory=list)
    pending: list[_Pending] = field(default_factory=list)


# --- export --------------------------------------------------------------------------------------------
def _display_width(value: object) -> int:
    text = str(value if value is not None else "")
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _write_sheet(ws: Any, kind: SheetKind, rows: Iterable[tuple[object, ...]], language: str) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    columns = COLUMNS[kind]
    headers = [c.header(language) for c in columns]
    ws.append(headers)
    count = 0
    for values in rows:
        ws.append([None if value == "" else value for value in values])  # an empty cell, not an empty text
        count += 1
    widths = [_display_width(header) for header in headers]
    for row in ws.iter_rows(min_row=2):
        for i, cell in enumerate(row):
            fmt = columns[i].number_format
            if fmt:
                cell.number_format = fmt
            shown = f"{cell.value:,.2f}" if isinstance(cell.value, Decimal) else cell.value
            widths[i] = max(widths[i], _display_width(shown))
    header_fill = PatternFill("solid", fgColor="DDE6F0")
    for i, cell in enumerate(ws[1]):
        cell.font = Font(bold=True)
        cell.fill = header_fill
        cell.alignment = Alignment(horizontal="center", vertical="center")
        cell.border = Border(bottom=Side(style="thin", color="7F8FA6"))
        ws.column_dimensions[get_column_letter(i + 1)].width = min(max(widths[i], 6) + 3, 48)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{count + 1}"


def sheet_names(language: str | None = "zh_TW") -> list[str]:
    """The sheets' names in ``language``, in the workbook's order."""
    t = words(language)
    return [t(title) for title, _aliases in SHEETS.values()]


def export_catalog(session: Session, language: str | None = "zh_TW") -> bytes:
    """The three catalogs as an .xlsx in ``language`` (the garage's document language: sheet names, headers and
    origin words; the rows as stored): one sheet each, numbers stored as numbers."""
    from openpyxl import Workbook
    from openpyxl.worksheet.datavalidation import DataValidation

    lang = paperwork_language(language)
    t = words(lang)
    origins = {origin: t(word) for origin, word in ORIGIN_WORDS.items()}
    wb = Workbook()
    ops = wb.active
    ops.title = t(SHEETS[SheetKind.OPERATIONS][0])
    _write_sheet(ops, SheetKind.OPERATIONS,
                 ((o.code, o.name, o.category, o.standard_hours) for o in catalog.list_operations(session)), lang)
    parts = wb.create_sheet(t(SHEETS[SheetKind.PARTS][0]))
    _write_sheet(parts, SheetKind.PARTS, (
        (p.code, p.name, p.spec, p.unit, origins.get(p.origin, p.origin), p.sale_price, p.cost,
         int(p.minimum) if p.minimum == p.minimum.to_integral() else p.minimum, p.bin_location,
         p.supplier) for p in catalog.list_parts(session)), lang)
    origin_list = DataValidation(type="list", formula1='"' + ",".join(origins.values()) + '"',
                                 allow_blank=True)
    parts.add_data_validation(origin_list)
    origin_letter = "E"  # the 來源 column
    origin_list.add(f"{origin_letter}2:{origin_letter}2000")
    classes = wb.create_sheet(t(SHEETS[SheetKind.MODEL_CLASSES][0]))
    _write_sheet(classes, SheetKind.MODEL_CLASSES,
                 ((c.name, c.coefficient, c.note) for c in model_classes.list_classes(session)), lang)
    wb.properties.title = t("Labour operations / Parts / Model classes")
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


# --- reading a workbook ---------------------------------------------------------------------------------
def _norm(header: object) -> str:
    """A sheet name or header as compared: in Simplified form (full-width forms folded), lower case, no spaces."""
    text = simplified(str(header or "")).lower().replace("（", "(").replace("）", ")")
    return "".join(text.split())


def _every_language(label: str) -> set[str]:
    """A word of ZH_TW as each language writes it, compared in Simplified form."""
    return {_norm(words(language)(label)) for language in LANGUAGES}


@functools.cache
def _header_keys(column: Column) -> frozenset[str]:
    names = _every_language(column.label) | {_norm(n) for n in column.aliases}
    return frozenset(names | {re.sub(r"\(.*?\)", "", n) for n in names})


def _map_headers(cells: tuple[object, ...], columns: tuple[Column, ...]) -> dict[str, int]:
    """Column index of each known header in a row (first match wins)."""
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        text = _norm(cell)
        if not text:
            continue
        for column in columns:
            if column.key not in found and (text in _header_keys(column)
                                            or re.sub(r"\(.*?\)", "", text) in _header_keys(column)):
                found[column.key] = index
                break
    return found


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _cell_number(value: object, *, default: str = "") -> str:
    """A numeric cell as text for the parsers. A spreadsheet's sum 0.1 + 0.2 is 0.30000000000000004: the
    binary noise of its doubles is rounded away (9 places), so the parsers judge the number that was meant."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return default
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return repr(round(value, 9))
    return str(value)


def _find_sheet(workbook: Any, kind: SheetKind) -> Any | None:
    title, aliases = SHEETS[kind]
    wanted = _every_language(title) | {_norm(a) for a in aliases}
    for ws in workbook.worksheets:
        if _norm(ws.title) in wanted:
            return ws
    return None


def _open(data: bytes) -> Any:
    from openpyxl import load_workbook

    try:
        return load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - whatever openpyxl or zipfile raise, the file is not a workbook
        raise DomainError(QT_TRANSLATE_NOOP(
            "Domain", "This file could not be read as an Excel workbook (.xlsx).")) from None


def _sheet_language(ws: Any, kind: SheetKind, fallback: str) -> str:
    """The language a sheet is written in, judged by its name as an export writes it (a message about an old
    Traditional export names its Traditional headers); else ``fallback``."""
    title = str(ws.title or "").strip()
    for language in (fallback, *LANGUAGES):
        if title == words(language)(SHEETS[kind][0]):
            return language
    return fallback


def _sheet_rows(ws: Any, kind: SheetKind, language: str) -> tuple[dict[str, int],
                                                                  list[tuple[int, tuple[object, ...]]],
                                                                  DomainError | None]:
    """(header map, data rows with their row numbers, a problem with the headers or None; its column names in
    the sheet's language, else ``language``)."""
    rows = list(ws.iter_rows(values_only=True))
    columns = COLUMNS[kind]
    required = [c for c in columns if c.required]
    best: tuple[int, dict[str, int]] = (0, {})
    for number, cells in enumerate(rows[:MAX_HEADER_ROW], start=1):
        found = _map_headers(cells, columns)
        if all(c.key in found for c in required):
            data = [(n, cells) for n, cells in enumerate(rows[number:], start=number + 1)]
            return found, [(n, c) for n, c in data if any(_cell_text(v) for v in c)], None
        if len(found) > len(best[1]):
            best = (number, found)
    shown = _sheet_language(ws, kind, language)
    missing = [c.header(shown) for c in required if c.key not in best[1]]
    return {}, [], DomainError(QT_TRANSLATE_NOOP(
        "Domain", "The sheet has no column {columns} in its header row: nothing on it was read."),
        columns=" / ".join(missing))


def _duplicates(keys: list[tuple[int, str]]) -> dict[str, list[int]]:
    counts = Counter(k for _, k in keys if k)
    rows: dict[str, list[int]] = {}
    for number, k in keys:
        if counts[k] > 1:
            rows.setdefault(k, []).append(number)
    return rows


class _Cells:
    """One data row of a sheet, read by field name; a column missing from the sheet gives ``kept``."""

    def __init__(self, cells: tuple[object, ...], headers: dict[str, int]) -> None:
        self.cells, self.headers = cells, headers

    def _raw(self, key: str) -> object:
        index = self.headers.get(key)
        return self.cells[index] if index is not None and index < len(self.cells) else None

    def text(self, key: str, kept: str = "") -> str:
        return _cell_text(self._raw(key)) if key in self.headers else kept

    def number(self, key: str, kept: str = "", *, empty: str = "") -> str:
        return _cell_number(self._raw(key), default=empty) if key in self.headers else kept


# Each parser turns a row into (key, name, the values it would store, problems, what the writer needs).
Parsed = tuple[str, str, dict[str, str], list[DomainError], Any]
_NEW_PART = {"spec": "", "unit": "", "origin": "oem", "cost": "0", "minimum": "0", "bin_location": "",
             "supplier": ""}


def _parse_operation(cells: _Cells, existing: dict[str, tuple[int, dict[str, str]]]) -> Parsed:
    old = existing.get(catalog.normalise_code(cells.text("code")))
    kept = old[1] if old else {"category": ""}
    clean, errors = catalog.check_operation(OperationDraft(
        cells.text("code"), cells.text("name"), cells.text("category", kept["category"]),
        cells.number("standard_hours")))
    after = {"code": clean.code, "name": clean.name, "category": clean.category,
             "standard_hours": str(clean.standard_hours)}
    return clean.code, clean.name, after, errors, clean


def _parse_part(cells: _Cells, existing: dict[str, tuple[int, dict[str, str]]]) -> Parsed:
    old = existing.get(catalog.normalise_code(cells.text("code")))
    kept = old[1] if old else _NEW_PART
    clean, errors = catalog.check_part(PartDraft(
        cells.text("code"), cells.text("name"), cells.text("spec", kept["spec"]),
        cells.text("unit", kept["unit"]),
        cells.text("origin", kept["origin"]) or "oem", cells.number("sale_price"),
        cells.number("cost", kept["cost"], empty="0"), cells.number("minimum", kept["minimum"], empty="0"),
        cells.text("bin_location", kept["bin_location"]), cells.text("supplier", kept["supplier"])))
    after = {"code": clean.code, "name": clean.name, "spec": clean.spec, "unit": clean.unit,
             "origin": clean.origin, "sale_price": str(clean.sale_price), "cost": str(clean.cost),
             "minimum": str(clean.minimum), "bin_location": clean.bin_location, "supplier": clean.supplier}
    return clean.code, clean.name, after, errors, clean


def _parse_model_class(cells: _Cells, existing: dict[str, tuple[int, dict[str, str]]]) -> Parsed:
    errors: list[DomainError] = []
    name = limits.squeeze(cells.text("name"))
    if not name:
        errors.append(DomainError(QT_TRANSLATE_NOOP("Domain", "Enter the model class's name."), field="name"))
    elif (problem := limits.MODEL_CLASS_NAME.problem(name, "name")) is not None:
        errors.append(problem)
    coefficient = Decimal(0)
    try:
        coefficient = model_classes.check_coefficient(parse_decimal(
            cells.number("coefficient"), field="coefficient", places=model_classes.COEFFICIENT_PLACES))
    except DomainError as error:
        errors.append(error)
    old = existing.get(name)
    note = cells.text("note", old[1]["note"] if old else "")
    if (problem := limits.MODEL_CLASS_NOTE.problem(note, "note")) is not None:
        errors.append(problem)
    after = {"name": name, "coefficient": str(coefficient.quantize(Decimal("0.001"))), "note": note}
    return name, name, after, errors, (name, coefficient, note)


def _existing(session: Session, kind: SheetKind) -> dict[str, tuple[int, dict[str, str]]]:
    """What the database holds now, by the key rows are matched on: id and the values as text."""
    if kind is SheetKind.OPERATIONS:
        return {op.code: (op.id, catalog.operation_snapshot(op))
                for op in session.scalars(select(LabourOperation))}
    if kind is SheetKind.PARTS:
        return {p.code: (p.id, catalog.part_snapshot(p)) for p in session.scalars(select(Part))}
    return {mc.name: (mc.id, {"name": mc.name, "coefficient": str(mc.coefficient), "note": mc.note or ""})
            for mc in session.scalars(select(ModelClass))}


_PARSERS: dict[SheetKind, Callable[[_Cells, dict[str, tuple[int, dict[str, str]]]], Parsed]] = {
    SheetKind.OPERATIONS: _parse_operation, SheetKind.PARTS: _parse_part,
    SheetKind.MODEL_CLASSES: _parse_model_class,
}


def _write(kind: SheetKind, record_id: int | None, payload: Any) -> Callable[[Session, int | None], Any]:
    """How to store one valid row: through the same service (checks, audit) the page's Save button uses."""
    if kind is SheetKind.OPERATIONS:
        return lambda session, actor: catalog.save_operation(session, actor, record_id, payload)
    if kind is SheetKind.PARTS:
        return lambda session, actor: catalog.save_part(session, actor, record_id, payload)
    return lambda session, actor: model_classes.save_class(session, actor, record_id, *payload)


def _read_sheet(session: Session, ws: Any, kind: SheetKind, result: _Analysis, language: str) -> None:
    headers, rows, problem = _sheet_rows(ws, kind, language)
    if problem:
        result.rows.append(ImportRow(kind, ws.title, 1, "", "", RowStatus.ERROR, errors=(problem,)))
        return
    existing = _existing(session, kind)
    parsed = [(number, _PARSERS[kind](_Cells(cells, headers), existing)) for number, cells in rows]
    duplicated = _duplicates([(number, p[0]) for number, p in parsed])
    for number, (key, name, after, errors, payload) in parsed:
        if key in duplicated:
            errors = [*errors, DomainError(QT_TRANSLATE_NOOP(
                "Domain", "{code} appears on more than one row ({rows}): keep one of them."),
                field="code" if kind is not SheetKind.MODEL_CLASSES else "name", code=key,
                rows=", ".join(str(r) for r in duplicated[key]))]
        if errors:
            result.rows.append(ImportRow(kind, ws.title, number, key, name, RowStatus.ERROR,
                                         errors=tuple(errors)))
            continue
        old = existing.get(key)
        if old is None:
            status, changes = RowStatus.NEW, ()
        else:
            changes = tuple(FieldChange(k, old[1][k], v) for k, v in after.items() if old[1].get(k) != v)
            status = RowStatus.CHANGED if changes else RowStatus.UNCHANGED
        result.rows.append(ImportRow(kind, ws.title, number, key, name, status, changes))
        if status is not RowStatus.UNCHANGED:
            result.pending.append(_Pending(_write(kind, old[0] if old else None, payload), old is None))


def _analyse(session: Session, data: bytes, language: str | None) -> _Analysis:
    lang = paperwork_language(language)
    workbook = _open(data)
    result = _Analysis()
    try:
        for kind in SheetKind:
            ws = _find_sheet(workbook, kind)
            if ws is not None:
                result.sheets.append(kind)
                _read_sheet(session, ws, kind, result, lang)
    finally:
        workbook.close()
    if not result.sheets:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Domain", "The workbook has none of the sheets {sheets}: is it a catalog exported from here?"),
            sheets=" / ".join(sheet_names(lang)))
    return result


def preview_import(session: Session, data: bytes, language: str | None = "zh_TW") -> ImportPreview:
    """What importing ``data`` (an .xlsx in any language or script) would do, row by row; nothing is written.
    ``language`` (the garage's document language) words the sheet and column names a problem mentions."""
    result = _analyse(session, data, language)
    return ImportPreview(tuple(result.rows), tuple(result.sheets))


def apply_import(session: Session, actor: int | None, data: bytes, language: str | None = "zh_TW") -> ImportResult:
    """Write the valid new and changed rows in this one transaction; rows with errors are skipped."""
    permissions.require(session, actor, Role.OWNER)
    result = _analyse(session, data, language)
    for pending in result.pending:
        pending.write(session, actor)
    created = sum(1 for p in result.pending if p.is_new)
    preview = ImportPreview(tuple(result.rows), tuple(result.sheets))
    skipped = tuple(r for r in result.rows if r.status is RowStatus.ERROR)
    audit.record(session, actor, "import", "catalog", None,
                 after={"created": created, "updated": len(result.pending) - created,
                        "unchanged": preview.count(RowStatus.UNCHANGED), "skipped": len(skipped)})
    return ImportResult(created, len(result.pending) - created, preview.count(RowStatus.UNCHANGED), skipped)
