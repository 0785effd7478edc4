"""The month-end workbook opened again with openpyxl: sheets, headers, typed cells, stored totals = the program's."""

from __future__ import annotations

import argparse
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from garage_desktop.cli_export import add_export_command, parse_month, run_export
from garage_desktop.db.engine import Database
from garage_desktop.documents.month import MonthReport
from garage_desktop.export.labels import labeller
from garage_desktop.export.month_workbook import (
    mechanic_sheet_names,
    save_month_workbook,
    sheet_names,
    sheet_tables,
)
from garage_desktop.services.month_report import month_report
from tests.integration.test_reports import NOVEMBER, build_history


@pytest.fixture
def report(db: Database, people: dict) -> MonthReport:
    build_history(db, people)
    with db.session_scope() as session:
        return month_report(session, NOVEMBER)


def test_sheets_headers_frozen_rows_and_filters(report: MonthReport, tmp_path: Path) -> None:
    path = save_month_workbook(report, tmp_path / "2026-11.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == ["匯總", "工單", "工時", "配件", "收款", "未結押金", "回訪", "回訪話術", "返修", "免費項目",
                               "建議項目", "提醒", "技師提成", "應收帳款", "會員卡", "沉睡卡與過期套餐",
                               *mechanic_sheet_names(report)] == sheet_names() + mechanic_sheet_names(report)
    assert "技師提成 張班長" in mechanic_sheet_names(report)  # then one sheet per mechanic of the month
    t = labeller("zh_TW")
    for table in sheet_tables(report):
        sheet = book[t(table.key)]
        headers = [cell.value for cell in sheet[1]]
        assert headers == [t(column.key) for column in table.columns]
        assert sheet.freeze_panes == table.freeze
        last = sheet.max_column
        assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, last).column_letter}{len(table.rows) + 1}"
        assert all(sheet.column_dimensions[sheet.cell(1, i).column_letter].width >= 6 for i in range(1, last + 1))
    assert book["工單"]["A1"].value == "工單號" and book["工單"]["N1"].value == "工時費"
    summary = book["匯總"]
    assert summary.freeze_panes == "A5" and summary["A5"].value == "一次修復率"
    assert "完工總檢一次合格" in summary["E5"].value  # the definition written beside the figure


def test_english_workbook(report: MonthReport, tmp_path: Path) -> None:
    book = load_workbook(save_month_workbook(report, tmp_path / "en.xlsx", language="en"))
    assert book.sheetnames == ["Summary", "Orders", "Labour", "Parts", "Payments", "Open deposits", "Follow-ups",
                               "Follow-up talk", "Comebacks", "Free items", "Put off", "Reminders", "Commission",
                               "Receivables", "Member cards", "Dormant and expired cards",
                               *mechanic_sheet_names(report, "en")]
    assert "Commission 張班長" in book.sheetnames
    assert book["Orders"]["A1"].value == "Order no." and book["Orders"]["B2"].value == "Followed up"
    assert book["Summary"]["A5"].value == "First-time fix rate"
    assert book["Summary"]["E5"].value.startswith("Orders delivered in the month that passed final QC")


def test_cells_are_typed(report: MonthReport, tmp_path: Path) -> None:
    book = load_workbook(save_month_workbook(report, tmp_path / "typed.xlsx"))
    orders = book["工單"]
    columns = {cell.value: cell.column_letter for cell in orders[1]}
    first = orders[f"{columns['交車時間']}2"]
    assert isinstance(first.value, datetime) and first.value == report.orders[0].delivered_at
    assert first.number_format == "yyyy-mm-dd hh:mm"
    for header in ("工時費", "材料費", "優惠", "合計", "客戶已付", "應收（廠家／保險）"):
        cell = orders[f"{columns[header]}2"]
        assert isinstance(cell.value, int | float) and "¥" in cell.number_format, header
    b = next(row for row in range(2, orders.max_row) if orders[f"A{row}"].value == "WO-B")
    assert orders[f"{columns['合計']}{b}"].value == 145
    assert (orders[f"{columns['一次總檢合格']}{b}"].value, orders[f"{columns['准時（現行承諾）']}{b}"].value,
            orders[f"{columns['准時（原始承諾）']}{b}"].value) == ("否", "是", "否")
    assert orders[f"{columns['作業分類']}{b}"].value == "小修" and orders[f"{columns['結算方式']}{b}"].value == "自付"
    labour = book["工時"]
    assert labour["D2"].value == 3.5 and labour["E2"].number_format.startswith('"¥"')
    deposits = book["未結押金"]
    assert isinstance(deposits["D2"].value, datetime) and deposits["F2"].value == 500


def test_stored_totals_equal_the_programs_totals(report: MonthReport, tmp_path: Path) -> None:
    book = load_workbook(save_month_workbook(report, tmp_path / "totals.xlsx"))
    t = labeller("zh_TW")
    checked = 0
    for table in sheet_tables(report):
        sheet = book[t(table.key)]
        total_row = len(table.rows) + 1 + len(table.total_lines)  # the total of all the rows comes last
        assert sheet[f"A{total_row}"].value == ("所列工單合計" if table.key == "Orders" else "合計")
        assert sheet.max_row == total_row
        for index, column in enumerate(table.columns[1:], start=1):
            cell = sheet.cell(total_row, index + 1)
            if not column.total:
                assert cell.value is None
                continue
            if column.total == "ratio":  # 技師提成's efficiency: the ratio of two columns' sums (none when ÷ 0)
                top, bottom = (sum((Decimal(row[i] or 0) for row in table.rows), Decimal(0)) for i in column.ratio)
                ratio = (top / bottom).quantize(Decimal("0.0001")) if bottom else None
                assert (None if cell.value is None else Decimal(str(cell.value))) == ratio, (table.key, column.key)
                continue
            assert isinstance(cell.value, int | float), (table.key, column.key, cell.value)  # a value, no formula
            values = [row[index] for row in table.rows]
            expected = (sum((Decimal(v) for v in values if v is not None), Decimal(0)) if column.total == "sum"
                        else sum(1 for v in values if v == "是"))
            assert Decimal(str(cell.value)) == expected, (table.key, column.key)
            checked += 1
    assert checked >= 20
    orders = book["工單"]
    columns = {cell.value: cell.column_letter for cell in orders[1]}
    last = len(report.orders) + 6
    assert Decimal(str(orders[f"{columns['合計']}{last}"].value)) == sum(
        (r.total for r in report.orders), Decimal(0)) == Decimal("790.00")  # F 60, A 240, B 145, C 245, D 100
    revenue_row = len(report.orders) + 2
    assert orders[f"A{revenue_row}"].value == "本月結算（＝本月營收）"
    assert Decimal(str(orders[f"{columns['合計']}{revenue_row}"].value)) == report.kpis.revenue.total  # A, B, C
    parts = book["配件"]
    assert parts["I3"].value == 360  # the stock value at the month's end


def test_summary_figures_and_revenue_totals(report: MonthReport, tmp_path: Path) -> None:
    book = load_workbook(save_month_workbook(report, tmp_path / "summary.xlsx"))
    summary = book["匯總"]
    kpis = report.kpis
    rates = [kpis.first_time_fix, kpis.on_time, kpis.on_time_original, kpis.follow_up, kpis.comeback]
    for row, rate in enumerate(rates, start=5):
        assert (summary[f"C{row}"].value, summary[f"D{row}"].value) == (rate.numerator, rate.denominator)
        assert summary[f"B{row}"].number_format == "0.0%"
        assert Decimal(str(summary[f"B{row}"].value)) == rate.ratio
    assert Decimal(str(summary["B10"].value)) == kpis.hours_in_shop.value
    assert summary["A11"].value == "交車單數"
    assert (summary["B11"].value, summary["B12"].value, summary["B13"].value, summary["B14"].value) == (5, 5, 1, 500)
    labels = [summary[f"A{row}"].value for row in range(18, 22)]
    assert labels == ["自付", "三包", "索賠", "合計"]
    for column, expected in zip("BCDEF", (kpis.revenue.labour, kpis.revenue.parts, kpis.revenue.outside,
                                          kpis.revenue.discount, kpis.revenue.total), strict=True):
        assert Decimal(str(summary[f"{column}21"].value)) == expected
        assert "¥" in summary[f"{column}21"].number_format
    assert summary["F21"].value == 630


def test_an_empty_month_still_makes_a_workbook(db: Database, people: dict, tmp_path: Path) -> None:
    build_history(db, people)
    with db.session_scope() as session:
        empty = month_report(session, parse_month("2026-06"))
    book = load_workbook(save_month_workbook(empty, tmp_path / "empty.xlsx"))
    orders = book["工單"]
    assert orders.max_row == 6 and orders["A6"].value == "所列工單合計" and orders["N6"].value == 0
    assert book["匯總"]["B5"].value is None and book["匯總"]["D5"].value == 0  # no rate when nothing was counted


# --- the command line ---------------------------------------------------------------------------------------

def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="garage-desktop")
    parser.add_argument("--db")
    parser.add_argument("--lang", default="zh_TW")
    add_export_command(parser.add_subparsers(dest="command"))
    return parser


def test_cli_writes_the_workbook(db: Database, people: dict, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    build_history(db, people)
    out = tmp_path / "2026-11.xlsx"
    args = _parser().parse_args(["export", "--month", "2026-11", "--db", db.url, "--out", str(out), "--lang", "en"])
    assert run_export(args) == 0
    assert load_workbook(out).sheetnames[0] == "Summary"
    assert "2026-11" in capsys.readouterr().out
    assert not list(tmp_path.glob(".*.tmp"))  # written through a temporary file, nothing left behind


def test_cli_refuses_a_missing_database_and_a_bad_month(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    args = _parser().parse_args(["export", "--month", "2026-11", "--db", str(tmp_path / "none.sqlite3"),
                                 "--out", str(tmp_path / "x.xlsx")])
    assert run_export(args) == 1
    assert "no database file" in capsys.readouterr().err
    args = _parser().parse_args(["export", "--month", "2026-11", "--db", str(tmp_path / "none.sqlite3"),
                                 "--out", str(tmp_path / "missing" / "x.xlsx")])
    assert run_export(args) == 1
    with pytest.raises(SystemExit) as exit_info:
        _parser().parse_args(["export", "--month", "2026-13", "--out", "x.xlsx"])
    assert exit_info.value.code == 2
    assert parse_month("2026/3").month == 3


def test_stock_worth_more_than_32_bits_of_fen_is_valued(db: Database, people: dict) -> None:
    """Quantity (1/1000) × unit cost (分) of 100 engines at ¥5,000 is 5·10^10: beyond PostgreSQL's 32-bit integer
    columns, so the product is taken in 64 bits ("integer out of range" before)."""
    from garage_desktop.services import clock
    from tests.integration.test_picking import add_part

    clock.set_fixed(datetime(2026, 11, 10, 9, 0))
    add_part(db, people, "EN-01", "發動機總成", on_hand="100", cost="5000.00")
    with db.session_scope() as session:
        report = month_report(session, NOVEMBER)
    row = next(part for part in report.parts if part.code == "EN-01")
    assert (row.received, row.closing, row.closing_value) == (Decimal(100), Decimal(100), Decimal("500000.00"))
