"""The catalogs as an Excel workbook: export that reads well, a row-by-row import preview, and applying only
the valid rows."""

from __future__ import annotations

import io
from datetime import datetime
from decimal import Decimal

import openpyxl
import pytest
from sqlalchemy import func, select

from garage_desktop.db.engine import Database
from garage_desktop.db.models import AuditEvent, LabourOperation, Part
from garage_desktop.domain.classes import Role
from garage_desktop.domain.text import DomainError, PermissionRefused
from garage_desktop.services import catalog, catalog_excel, catalog_starter, clock, model_classes
from garage_desktop.services.catalog_excel import RowStatus, SheetKind

OPS, PARTS, CLASSES = "工時定額", "配件", "車型係數"


@pytest.fixture(autouse=True)
def fixed_clock() -> None:
    clock.set_fixed(datetime(2026, 11, 28, 10, 0))


@pytest.fixture
def owner(people: dict[Role, int]) -> int:
    return people[Role.OWNER]


@pytest.fixture
def exported(db: Database) -> bytes:
    with db.session_scope() as session:
        catalog_starter.load_starter_catalog(session)
    with db.session_scope() as session:
        return catalog_excel.export_catalog(session)


def workbook(data: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(data))


def to_bytes(wb: openpyxl.Workbook) -> bytes:
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def row_of(ws, code: str) -> int:  # type: ignore[no-untyped-def]
    return next(cell.row for cell in ws["A"] if cell.value == code)


def preview(db: Database, data: bytes) -> catalog_excel.ImportPreview:
    with db.session_scope() as session:
        return catalog_excel.preview_import(session, data)


def test_the_export_reads_well(exported: bytes) -> None:
    wb = workbook(exported)
    assert wb.sheetnames == [OPS, PARTS, CLASSES]
    ops, parts, classes = wb[OPS], wb[PARTS], wb[CLASSES]
    assert [c.value for c in ops[1]] == ["代碼", "名稱", "類別", "標準工時（小時）"]
    assert [c.value for c in parts[1]] == ["代碼", "名稱", "品牌/規格", "單位", "來源", "售價（元）", "成本（元）",
                                           "最低庫存", "貨位", "供應商"]
    assert [c.value for c in classes[1]] == ["車型類別", "技術複雜係數", "備註"]
    for ws in (ops, parts, classes):
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref == f"A1:{ws.cell(1, ws.max_column).column_letter}{ws.max_row}"
        assert all(c.font.bold for c in ws[1])
        assert ws.column_dimensions["B"].width >= 14  # Chinese names are not cut off
    overhaul = ops[row_of(ops, "FDJ-009")]
    assert [c.value for c in overhaul] == ["FDJ-009", "發動機大修", "發動機", 30]
    assert overhaul[3].data_type == "n" and overhaul[3].number_format == "0.00"
    pads = parts[row_of(parts, "SC-PP-F-OE")]
    assert pads[4].value == "原廠"
    assert (pads[5].value, pads[5].data_type, pads[5].number_format) == (460, "n", "#,##0.00")
    assert pads[0].number_format == "@"  # codes stay text ("0012" keeps its zeros)
    assert {parts.cell(r, 5).value for r in range(2, parts.max_row + 1)} == {"原廠", "同質", "修復"}
    first_class = classes[2]
    assert (first_class[0].value, first_class[1].value, first_class[1].number_format) == ("經濟型轎車", 1, "0.000")


def test_importing_the_exported_file_changes_nothing(db: Database, owner: int, exported: bytes) -> None:
    result = preview(db, exported)
    assert result.sheets == (SheetKind.OPERATIONS, SheetKind.PARTS, SheetKind.MODEL_CLASSES)
    assert {r.status for r in result.rows} == {RowStatus.UNCHANGED}
    assert result.count(RowStatus.UNCHANGED) == 44 + 40 + 5 and result.applicable == 0
    with db.session_scope() as session:
        applied = catalog_excel.apply_import(session, owner, exported)
    assert (applied.created, applied.updated, applied.skipped) == (0, 0, ())
    with db.session_scope() as session:
        assert session.scalar(select(func.count(AuditEvent.id)).where(
            AuditEvent.entity.in_(("labour_operation", "part")))) == 0


def edited_file(exported: bytes) -> tuple[bytes, dict[str, int]]:
    """A bad row, a duplicated code, a changed price, a new part and a changed coefficient."""
    wb = workbook(exported)
    ops, parts, classes = wb[OPS], wb[PARTS], wb[CLASSES]
    rows = {"bad": ops.max_row + 1}
    ops.append(["BY-100", "", "保養", "半小時"])  # no name, hours not a number
    rows["price"] = row_of(parts, "LQ-JY-T01")
    parts.cell(rows["price"], 6).value = 48.5
    rows["dup1"] = row_of(parts, "XDC-60AH")
    rows["dup2"] = parts.max_row + 1
    parts.append(["xdc-60ah", "免維護蓄電池", "12V 60Ah", "個", "同質", 499, 330, 2, None, None])
    rows["new"] = parts.max_row + 1
    parts.append(["LT-195-65R15", "輪胎", "195/65 R15", "條", "副廠", "420", None, None, "B-03", "米其林經銷"])
    rows["origin"] = parts.max_row + 1
    parts.append(["X-1", "來路不明", "", "個", "進口", 10, 5, 0, None, None])
    rows["class"] = row_of(classes, "豪華車 / 進口車")
    classes.cell(rows["class"], 2).value = 1.6
    return to_bytes(wb), rows


def test_the_preview_lists_each_row_with_its_number_and_what_is_wrong(db: Database, exported: bytes) -> None:
    data, rows = edited_file(exported)
    result = preview(db, data)
    interesting = {(r.sheet, r.row, r.key, r.status)
                   for r in result.rows if r.status is not RowStatus.UNCHANGED}
    assert interesting == {
        (OPS, rows["bad"], "BY-100", RowStatus.ERROR),
        (PARTS, rows["price"], "LQ-JY-T01", RowStatus.CHANGED),
        (PARTS, rows["dup1"], "XDC-60AH", RowStatus.ERROR),
        (PARTS, rows["dup2"], "XDC-60AH", RowStatus.ERROR),
        (PARTS, rows["new"], "LT-195-65R15", RowStatus.NEW),
        (PARTS, rows["origin"], "X-1", RowStatus.ERROR),
        (CLASSES, rows["class"], "豪華車 / 進口車", RowStatus.CHANGED),
    }
    by_row = {(r.sheet, r.row): r for r in result.rows}
    bad = by_row[OPS, rows["bad"]]
    assert [e.field for e in bad.errors] == ["name", "standard_hours"]
    assert "not a number" in bad.errors[1].english() and "半小時" in bad.errors[1].english()
    duplicate = by_row[PARTS, rows["dup2"]]
    assert duplicate.errors[0].field == "code"
    assert duplicate.errors[0].english() == (
        f"XDC-60AH appears on more than one row ({rows['dup1']}, {rows['dup2']}): keep one of them.")
    assert by_row[PARTS, rows["origin"]].errors[0].field == "origin"
    price = by_row[PARTS, rows["price"]]
    assert [(c.field, c.before, c.after) for c in price.changes] == [("sale_price", "45.00", "48.50")]
    coefficient = by_row[CLASSES, rows["class"]]
    assert [(c.field, c.before, c.after) for c in coefficient.changes] == [("coefficient", "1.500", "1.600")]
    with db.session_scope() as session:  # nothing was written
        assert catalog.search_parts(session, "LQ-JY-T01")[0].sale_price == Decimal("45.00")
        assert catalog.search_parts(session, "LT-195-65R15") == []


def test_apply_writes_only_the_valid_rows(db: Database, owner: int, exported: bytes) -> None:
    data, rows = edited_file(exported)
    with db.session_scope() as session:
        result = catalog_excel.apply_import(session, owner, data)
    assert (result.created, result.updated) == (1, 2)
    assert [(r.sheet, r.row) for r in result.skipped] == [(OPS, rows["bad"]), (PARTS, rows["dup1"]),
                                                         (PARTS, rows["dup2"]), (PARTS, rows["origin"])]
    with db.session_scope() as session:
        assert catalog.search_parts(session, "LQ-JY-T01")[0].sale_price == Decimal("48.50")
        tyre = catalog.search_parts(session, "LT-195-65R15")[0]
        assert (tyre.origin, tyre.sale_price, tyre.cost, tyre.bin_location) == (
            "equivalent", Decimal("420.00"), Decimal("0.00"), "B-03")
        battery = catalog.search_parts(session, "XDC-60AH")[0]
        assert battery.sale_price == Decimal("520.00")  # both duplicate rows skipped
        assert catalog.find_operation(session, "BY-100") is None
        assert catalog.search_parts(session, "X-1") == []
        luxury = next(c for c in model_classes.list_classes(session) if c.name == "豪華車 / 進口車")
        assert luxury.coefficient == Decimal("1.600")
        actions = session.execute(select(AuditEvent.entity, AuditEvent.action).where(
            AuditEvent.operator_id == owner, AuditEvent.entity != "operator").order_by(AuditEvent.id)).all()
        assert sorted(actions[:-1]) == [("model_class", "update"), ("part", "create"), ("part", "update")]
        assert actions[-1] == ("catalog", "import")
    # Importing the same file again: the valid rows are now unchanged, the bad ones still reported.
    again = preview(db, data)
    assert again.applicable == 0 and again.count(RowStatus.ERROR) == 4


def test_only_the_owner_imports(db: Database, people: dict[Role, int], exported: bytes) -> None:
    data, _ = edited_file(exported)
    with pytest.raises(PermissionRefused), db.session_scope() as session:
        catalog_excel.apply_import(session, people[Role.ADVISOR], data)
    with db.session_scope() as session:
        assert catalog.search_parts(session, "LT-195-65R15") == []


def test_a_file_that_is_not_a_catalog_is_explained(db: Database) -> None:
    with pytest.raises(DomainError, match="could not be read as an Excel workbook"):
        preview(db, b"PK\x03\x04 not really a zip")
    other = openpyxl.Workbook()
    other.active.title = "Sheet1"
    with pytest.raises(DomainError, match="none of the sheets 工時定額 / 配件 / 車型係數"):
        preview(db, to_bytes(other))


def test_a_sheet_without_a_required_column_is_reported_not_guessed(db: Database, owner: int) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "配件"
    ws.append(["代碼", "名稱", "單位"])
    ws.append(["P-1", "機油濾清器", "個"])
    result = preview(db, to_bytes(wb))
    assert len(result.rows) == 1
    problem = result.rows[0]
    assert (problem.row, problem.status) == (1, RowStatus.ERROR)
    assert "售價（元）" in problem.errors[0].english()


def test_a_hand_made_workbook_in_simplified_chinese_is_understood(db: Database, owner: int) -> None:
    """A title line above the headers, simplified headers, an origin word, numbers typed as text, no
    category column: the garage's own spreadsheet, not only our export."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "工时定额"
    ws.append(["本店工时表 2026"])
    ws.append(["编码", "名称", "标准工时"])
    ws.append(["bp-010", "前保险杠喷漆", "4.5"])
    ws.append([1001, "洗车", 0.1 + 0.2])  # a sum in the sheet: 0.30000000000000004
    parts = wb.create_sheet("配件")
    parts.append(["代码", "名称", "规格", "来源", "售价"])
    parts.append(["JL-01", "机油滤清器", "通用", "原厂", "¥45"])
    result = preview(db, to_bytes(wb))
    assert [(r.row, r.key, r.status) for r in result.rows] == [
        (3, "BP-010", RowStatus.NEW), (4, "1001", RowStatus.NEW), (2, "JL-01", RowStatus.NEW)]
    with db.session_scope() as session:
        catalog_excel.apply_import(session, owner, to_bytes(wb))
    with db.session_scope() as session:
        assert catalog.find_operation(session, "1001").standard_hours == Decimal("0.30")
        assert session.scalar(select(LabourOperation.category).where(LabourOperation.code == "BP-010")) == ""
        part = session.scalar(select(Part).where(Part.code == "JL-01"))
        assert (part.origin, part.sale_price, part.spec) == ("oem", Decimal("45.00"), "通用")


def test_a_missing_optional_column_keeps_what_the_part_has(db: Database, owner: int, exported: bytes) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "配件"
    ws.append(["代碼", "名稱", "售價"])
    ws.append(["LQ-JY-T01", "機油濾清器", 50])
    result = preview(db, to_bytes(wb))
    assert [(c.field, c.after) for c in result.rows[0].changes] == [("sale_price", "50.00")]
    with db.session_scope() as session:
        catalog_excel.apply_import(session, owner, to_bytes(wb))
    with db.session_scope() as session:
        part = catalog.search_parts(session, "LQ-JY-T01")[0]
        assert (part.spec, part.cost, part.origin, part.minimum) == ("豐田 / 本田通用", Decimal("22.00"), "oem",
                                                                     Decimal("10.000"))


# --- the garage's document language: the workbook written in it, read back in either script ------------------
ZH_CN_HEADERS = {
    "工时定额": ["代码", "名称", "类别", "标准工时（小时）"],
    "配件": ["代码", "名称", "品牌/规格", "单位", "来源", "售价（元）", "成本（元）", "最低库存", "货位", "供应商"],
    "车型系数": ["车型类别", "技术复杂系数", "备注"],
}


def no_traditional(texts: list[str]) -> list[str]:
    """The texts OpenCC's t2s changes (those with a Traditional-only character)."""
    opencc = pytest.importorskip("opencc")
    t2s = opencc.OpenCC("t2s")
    return [text for text in texts if t2s.convert(text) != text]


def sheet_rows(data: bytes) -> dict[str, set[tuple[object, ...]]]:
    """Every sheet's data rows (headers left out), as a set: the rows of two workbooks compared in any order."""
    return {ws.title: {tuple(c.value for c in row) for row in ws.iter_rows(min_row=2)}
            for ws in workbook(data).worksheets}


def test_the_export_in_zh_CN_is_simplified_and_reads_back(db: Database, owner: int) -> None:
    with db.session_scope() as session:
        catalog_starter.load_starter_catalog(session, language="zh_CN")
    with db.session_scope() as session:
        data = catalog_excel.export_catalog(session, "zh_CN")
    wb = workbook(data)
    assert wb.sheetnames == list(ZH_CN_HEADERS) == catalog_excel.sheet_names("zh_CN")
    headers = {ws.title: [c.value for c in ws[1]] for ws in wb.worksheets}
    assert headers == ZH_CN_HEADERS
    parts = wb["配件"]
    origins = {parts.cell(r, 5).value for r in range(2, parts.max_row + 1)}
    assert origins == {"原厂", "同质", "修复"}
    assert parts.data_validations.dataValidation[0].formula1 == '"原厂,同质,修复"'
    assert wb.properties.title == "工时定额 / 配件 / 车型系数"
    words = [*wb.sheetnames, *(h for row in headers.values() for h in row), *origins, wb.properties.title]
    assert not no_traditional(words)
    # read back as it is: nothing to change (any garage language reads it)
    for language in ("zh_CN", "zh_TW", "en"):
        with db.session_scope() as session:
            result = catalog_excel.preview_import(session, data, language)
        assert result.sheets == (SheetKind.OPERATIONS, SheetKind.PARTS, SheetKind.MODEL_CLASSES)
        assert {r.status for r in result.rows} == {RowStatus.UNCHANGED} and len(result.rows) == 44 + 40 + 5
    # a mainland owner edits it in Excel and imports it: the next export holds exactly the edited rows
    ops, classes = wb["工时定额"], wb["车型系数"]
    ops.append(["BY-200", "空调清洗", "保养", 1.5])
    parts.cell(row_of(parts, "LQ-JY-T01"), 6).value = 48.5
    parts.cell(row_of(parts, "LQ-JY-T01"), 5).value = "同质"
    classes.append(["皮卡 / 轻卡", 1.2, "新增的类别"])
    edited = to_bytes(wb)
    with db.session_scope() as session:
        applied = catalog_excel.apply_import(session, owner, edited, "zh_CN")
    assert (applied.created, applied.updated, applied.skipped) == (2, 1, ())
    with db.session_scope() as session:
        again = catalog_excel.export_catalog(session, "zh_CN")
        part = catalog.search_parts(session, "LQ-JY-T01")[0]
        assert (part.sale_price, part.origin) == (Decimal("48.50"), "equivalent")
    assert sheet_rows(again) == sheet_rows(edited)
    assert preview(db, again).applicable == 0


def test_an_old_traditional_export_imports_in_a_mainland_garage(db: Database, owner: int, exported: bytes) -> None:
    wb = workbook(exported)
    parts = wb[PARTS]
    parts.cell(row_of(parts, "LQ-JY-T01"), 6).value = 48.5
    with db.session_scope() as session:
        result = catalog_excel.apply_import(session, owner, to_bytes(wb), "zh_CN")
    assert (result.created, result.updated, result.unchanged, result.skipped) == (0, 1, 44 + 39 + 5, ())
    with db.session_scope() as session:
        assert catalog.search_parts(session, "LQ-JY-T01")[0].sale_price == Decimal("48.50")


def test_sheet_names_and_headers_are_read_in_either_script_mixed(db: Database, owner: int) -> None:
    """A workbook pieced together by hand: a Simplified sheet with Traditional headers, a Traditional one with
    Simplified headers, full-width letters in an English header."""
    wb = openpyxl.Workbook()
    ops = wb.active
    ops.title = "工時定額"
    ops.append(["代码", "名称", "标准工时（小时）"])
    ops.append(["BY-300", "更换空调滤芯", 0.5])
    classes = wb.create_sheet("车型系数")
    classes.append(["車型類別", "技術複雜係數", "備註"])
    classes.append(["皮卡", 1.1, None])
    parts = wb.create_sheet("Parts")
    parts.append(["Ｃｏｄｅ", "Name", "Sale price (yuan)", "Origin"])
    parts.append(["KT-01", "空调滤芯", 60, "OEM"])
    result = preview(db, to_bytes(wb))
    assert [(r.sheet, r.key, r.status) for r in result.rows] == [
        ("工時定額", "BY-300", RowStatus.NEW), ("Parts", "KT-01", RowStatus.NEW), ("车型系数", "皮卡", RowStatus.NEW)]


def test_a_problem_names_the_sheets_and_columns_in_the_garages_language(db: Database) -> None:
    with db.session_scope() as session, pytest.raises(DomainError, match="none of the sheets 工时定额 / 配件 / 车型系数"):
        other = openpyxl.Workbook()
        other.active.title = "Sheet1"
        catalog_excel.preview_import(session, to_bytes(other), "zh_CN")
    wb = openpyxl.Workbook()
    wb.active.title = "配件"  # the same in both scripts: the garage's language
    wb.active.append(["代码", "名称"])
    old = wb.create_sheet("車型係數")  # an old Traditional export: its own script
    old.append(["車型類別", "備註"])
    with db.session_scope() as session:
        rows = catalog_excel.preview_import(session, to_bytes(wb), "zh_CN").rows
    assert [(r.sheet, r.status) for r in rows] == [("配件", RowStatus.ERROR), ("車型係數", RowStatus.ERROR)]
    assert "售价（元）" in rows[0].errors[0].english() and "技術複雜係數" in rows[1].errors[0].english()


def test_the_export_in_english_reads_back(db: Database, owner: int, exported: bytes) -> None:
    with db.session_scope() as session:
        data = catalog_excel.export_catalog(session, "en")
    wb = workbook(data)
    assert wb.sheetnames == ["Labour operations", "Parts", "Model classes"] == catalog_excel.sheet_names("en")
    assert [c.value for c in wb["Parts"][1]] == ["Code", "Name", "Brand / spec", "Unit", "Origin",
                                                 "Sale price (yuan)", "Cost (yuan)", "Minimum stock", "Bin",
                                                 "Supplier"]
    assert [c.value for c in wb["Model classes"][1]] == ["Model class", "Complexity coefficient", "Note"]
    parts = wb["Parts"]
    assert {parts.cell(r, 5).value for r in range(2, parts.max_row + 1)} == {"OEM", "Equivalent", "Repaired"}
    result = preview(db, data)
    assert {r.status for r in result.rows} == {RowStatus.UNCHANGED} and len(result.rows) == 44 + 40 + 5
    assert sheet_rows(data)["Parts"] == {row[:4] + (
        {"原廠": "OEM", "同質": "Equivalent", "修復": "Repaired"}[row[4]],) + row[5:]
        for row in sheet_rows(exported)[PARTS]}
