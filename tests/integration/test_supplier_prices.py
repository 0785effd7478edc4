"""A supplier's price list from Excel: the preview with each row's errors, then costs (and sale prices) applied."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from garage_desktop.db.engine import Database
from garage_desktop.db.models import AuditEvent, Part
from garage_desktop.domain.classes import Role
from garage_desktop.domain.text import DomainError, PermissionRefused
from garage_desktop.services import clock, supplier_prices
from garage_desktop.services.supplier_prices import PriceStatus
from tests.integration.test_picking import add_part
from tests.integration.test_work_order import NOW, call


@pytest.fixture(autouse=True)
def fixed_clock() -> None:
    clock.set_fixed(NOW)


def workbook(rows: list[list[object]], *, title_row: str | None = None) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "報價單"
    if title_row:
        sheet.append([title_row])
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.fixture
def parts(db: Database, people: dict) -> dict[str, int]:
    return {"pads": add_part(db, people, "BP-01", "前剎車片", on_hand="5", cost="200.00", sale="380.00"),
            "filter": add_part(db, people, "OF-02", "機油濾清器", on_hand="0", cost="20.00", sale="45.00")}


PRICE_LIST = [
    ["配件編號", "品名", "規格", "單位", "進價（元）"],
    ["bp-01", "前剎車片", "博世", "套", 215.5],  # code in lower case: matched
    ["OF-02", "機油濾清器", "", "個", 20],  # same cost, new supplier: changed
    ["", "無編號的配件", "", "", 10],  # no code
    ["XX-99", "不在目錄", "", "", 30],  # unknown, and no sale price to add it with
    ["BP-01", "前剎車片", "", "", "兩百"],  # not a number, and a duplicate code
]


def test_the_preview_lists_every_row_with_its_errors(db: Database, parts: dict) -> None:
    data = workbook(PRICE_LIST, title_row="博世配件 2026 年 12 月報價")
    with db.session_scope() as session:
        preview = supplier_prices.preview_price_list(session, data, "博世配件")
    assert preview.sheet == "報價單" and preview.supplier == "博世配件"
    rows = {row.row: row for row in preview.rows}
    assert [row.row for row in preview.rows] == [3, 4, 5, 6, 7]
    assert (rows[3].status, rows[3].cost_before, rows[4].status) == (PriceStatus.ERROR, Decimal("200.00"),
                                                                     PriceStatus.CHANGED)
    assert [e.field for e in rows[3].errors] == ["code"]  # BP-01 twice
    assert [e.field for e in rows[5].errors] == ["code"] and rows[5].errors[0].message == supplier_prices.NO_CODE
    assert rows[6].errors[0].message == supplier_prices.UNKNOWN
    assert {e.field for e in rows[7].errors} == {"cost", "code"}
    assert str(rows[7].errors[0]) == '"兩百" is not a number.'
    assert (preview.applicable, preview.count(PriceStatus.ERROR)) == (1, 4)


def test_applying_writes_the_valid_rows_and_skips_the_others(db: Database, people: dict, parts: dict) -> None:
    rows = [PRICE_LIST[0], ["BP-01", "前剎車片", "", "套", 215.456], ["OF-02", "", "", "", 20], ["ZZ-1", "", "", "", 3]]
    result = call(db, supplier_prices.apply_price_list, people[Role.STORE], workbook(rows), "博世配件")
    assert (result.created, result.updated, result.unchanged, [r.code for r in result.skipped]) == (
        0, 2, 0, ["ZZ-1"])
    with db.session_scope() as session:
        pads, oil_filter = session.get(Part, parts["pads"]), session.get(Part, parts["filter"])
        assert (pads.cost, pads.sale_price, pads.supplier, pads.on_hand) == (
            Decimal("215.46"), Decimal("380.00"), "博世配件", Decimal(5))  # rounded to 分; stock untouched
        assert (oil_filter.cost, oil_filter.supplier) == (Decimal("20.00"), "博世配件")
        audited = session.scalars(select(AuditEvent.action).where(AuditEvent.entity_id == parts["pads"])).all()
    assert "price:supplier_list" in audited


def test_sale_prices_and_new_parts_need_the_owner(db: Database, people: dict, parts: dict) -> None:
    rows = [["code", "name", "unit", "cost", "sale price"], ["BP-01", "", "", 210, 399], ["NEW-1", "雨刮片", "對", 30, 68]]
    data = workbook(rows)
    with pytest.raises(DomainError) as refused:
        call(db, supplier_prices.apply_price_list, people[Role.STORE], data, "博世配件")
    assert refused.value.message == supplier_prices.SALE_PRICES_OWNER
    with pytest.raises(PermissionRefused):
        call(db, supplier_prices.apply_price_list, people[Role.ADVISOR], data, "博世配件")
    result = call(db, supplier_prices.apply_price_list, people[Role.OWNER], data, "博世配件")
    assert (result.created, result.updated) == (1, 1)
    with db.session_scope() as session:
        new = session.scalar(select(Part).where(Part.code == "NEW-1"))
        assert (new.name, new.unit, new.cost, new.sale_price, new.on_hand, new.supplier) == (
            "雨刮片", "對", Decimal("30.00"), Decimal("68.00"), Decimal(0), "博世配件")
        assert session.get(Part, parts["pads"]).sale_price == Decimal("399.00")


def test_a_file_that_is_not_a_price_list_is_refused(db: Database, parts: dict) -> None:
    with db.session_scope() as session:
        with pytest.raises(DomainError) as refused:
            supplier_prices.preview_price_list(session, b"not a workbook", "博世配件")
        assert refused.value.message == supplier_prices.NOT_A_WORKBOOK
        with pytest.raises(DomainError) as refused:
            supplier_prices.preview_price_list(session, workbook([["名稱", "備註"], ["x", "y"]]), "博世配件")
        assert refused.value.message == supplier_prices.NO_HEADERS
        with pytest.raises(DomainError) as refused:
            supplier_prices.preview_price_list(session, workbook(PRICE_LIST), "  ")
        assert refused.value.field == "supplier"


def test_the_template_reads_back_as_an_empty_price_list(db: Database) -> None:
    with db.session_scope() as session:
        preview = supplier_prices.preview_price_list(session, supplier_prices.template_workbook(), "博世配件")
    assert preview.rows == ()


TEMPLATES = {
    "zh_CN": ("价格表", ["配件编号", "名称", "规格", "单位", "进价（元）", "售价（元）"]),
    "zh_TW": ("價格表", ["配件編號", "名稱", "規格", "單位", "進價（元）", "售價（元）"]),
    "en": ("Price list", ["Part number", "Name", "Spec", "Unit", "Cost (yuan)", "Sale price (yuan)"]),
}


@pytest.mark.parametrize("language", list(TEMPLATES))
def test_the_template_in_the_garages_language_is_filled_in_and_imported(db: Database, people: dict, parts: dict,
                                                                        language: str) -> None:
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(supplier_prices.template_workbook(language)))
    sheet = book.active
    assert (sheet.title, [c.value for c in sheet[1]]) == TEMPLATES[language]
    assert supplier_prices.template_title(language) == TEMPLATES[language][0]
    if language == "zh_CN":  # Simplified throughout: nothing OpenCC's t2s would change
        t2s = pytest.importorskip("opencc").OpenCC("t2s")
        assert all(t2s.convert(text) == text for text in [sheet.title, *(c.value for c in sheet[1])])
    sheet.append(["of-02", "机油滤清器", "", "个", 21, None])  # a new cost
    sheet.append(["NEW-2", "空调滤芯", "博世", "个", 30, 60])  # a new part
    out = io.BytesIO()
    book.save(out)
    result = call(db, supplier_prices.apply_price_list, people[Role.OWNER], out.getvalue(), "博世配件")
    assert (result.created, result.updated, result.skipped) == (1, 1, ())
    with db.session_scope() as session:
        assert session.get(Part, parts["filter"]).cost == Decimal("21.00")
        new = session.scalar(select(Part).where(Part.code == "NEW-2"))
        assert (new.name, new.spec, new.unit, new.cost, new.sale_price) == (
            "空调滤芯", "博世", "个", Decimal("30.00"), Decimal("60.00"))


def test_headers_are_read_in_either_script() -> None:
    simplified = ["配件编号", "品名", "进价（元）", "建议售价"]
    traditional = ["配件編號", "品名", "進價（元）", "建議售價"]
    mixed = ["零件號", "配件名稱", "采购价", "零售價"]
    for row in (simplified, traditional, mixed):
        assert supplier_prices._headers(tuple(row)) == {"code": 0, "name": 1, "cost": 2, "sale_price": 3}, row
