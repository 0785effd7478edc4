"""The month-end workbook as the owner reads it: every comeback of the month with both order numbers, an Orders
sheet whose labelled revenue row is the month's revenue, and totals stored as numbers (no formulas to evaluate).

November of ``tests.integration.test_reports.build_history`` and, besides:

- O, delivered on 28 Oct, came back as K on 3 Nov (K repaired free, settled and handed over the same day): a
  comeback of this month on a car delivered last month — October's first-time fix, November's comeback sheet;
- M, received on 2 Dec, a comeback of A (delivered on 2 Nov): it counts in November's first-time fix;
- R, released on a ¥300 deposit on 22 Nov and closed by refunding the deposit on 26 Nov (never settled).
"""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from garage_desktop.db.engine import Database
from garage_desktop.db.models import Customer, RepairOrder, Vehicle
from garage_desktop.documents.month import MonthReport
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.export.month_workbook import save_month_workbook
from garage_desktop.services import reports
from garage_desktop.services.month_report import month_report
from tests.integration.test_reports import NOVEMBER, _labour, _order, _pay, at, build_history

S = OrderStatus
D = Decimal


def build_more(db: Database, people: dict) -> dict[str, int]:
    ids = dict(build_history(db, people).ids)
    with db.session_scope() as session:
        customer = Customer(name="陳大文", phone="13900000000", created_at=at(1, month=10))
        session.add(customer)
        session.flush()
        cars = [Vehicle(customer_id=customer.id, plate=plate, created_at=at(1, month=10))
                for plate in ("粵H11111", "粵J22222")]
        session.add_all(cars)
        session.flush()
        o = _order(session, "O", cars[0], S.FOLLOWED_UP, received_at=at(28, 8, month=10),
                   promised_at=at(28, 17, month=10), original_promised_at=at(28, 17, month=10),
                   ready_at=at(28, 15, month=10), customer_told_at=at(28, 15, month=10),
                   settled_at=at(28, 16, month=10), delivered_at=at(28, 16, 30, month=10), passed_qc_first_time=True,
                   mileage_in=49_800, mileage_out=50_000)
        _labour(session, o, "200.00")
        _pay(session, o, "payment", "200.00", at(28, 16, month=10))
        k = _order(session, "K", cars[0], S.DELIVERED, received_at=at(3, 9), promised_at=at(3, 17),
                   original_promised_at=at(3, 17), ready_at=at(3, 15), customer_told_at=at(3, 15),
                   settled_at=at(3, 16), delivered_at=at(3, 16, 30), passed_qc_first_time=True, comeback_of_id=o.id,
                   mileage_in=50_400)
        _labour(session, k, "80.00")  # a comeback without a decision is repaired free: charged zero
        car_a = session.get(Vehicle, session.get(RepairOrder, ids["A"]).vehicle_id)
        m = _order(session, "M", car_a, S.IN_REPAIR, received_at=at(2, 9, month=12), comeback_of_id=ids["A"])
        r = _order(session, "R", cars[1], S.REFUNDED, received_at=at(22, 8), promised_at=at(22, 17),
                   original_promised_at=at(22, 17), ready_at=at(22, 15), customer_told_at=at(22, 15),
                   delivered_at=at(22, 17), passed_qc_first_time=True, deposit=D("300.00"), closed_at=at(26, 10))
        _labour(session, r, "90.00")
        _pay(session, r, "deposit", "300.00", at(22, 17), "wechat")
        _pay(session, r, "refund", "300.00", at(26, 10), "wechat")
        ids.update(O=o.id, K=k.id, M=m.id, R=r.id)
    return ids


@pytest.fixture
def report(db: Database, people: dict) -> MonthReport:
    build_more(db, people)
    with db.session_scope() as session:
        return month_report(session, NOVEMBER)


def _table(sheet) -> tuple[dict[str, int], list[dict[str, object]], list[dict[str, object]]]:  # type: ignore[no-untyped-def]
    """(column of each header, the data rows, the totals rows under them) — the data rows being those the
    header's filter covers."""
    headers = {cell.value: cell.column for cell in sheet[1]}
    last_data = int(re.match(r"A1:[A-Z]+(\d+)$", sheet.auto_filter.ref).group(1))

    def row(number: int) -> dict[str, object]:
        return {header: sheet.cell(number, column).value for header, column in headers.items()}

    return (headers, [row(n) for n in range(2, last_data + 1)],
            [row(n) for n in range(last_data + 1, sheet.max_row + 1)])


def _number(value: object) -> Decimal:
    assert isinstance(value, int | float) and not isinstance(value, bool), value
    return Decimal(str(value))


def test_the_comebacks_sheet_lists_a_comeback_on_a_car_delivered_last_month(db: Database, report: MonthReport,
                                                                              tmp_path: Path) -> None:
    with db.session_scope() as session:  # the orders read besides for the sheet change no figure
        assert report.kpis == reports.month_kpis(session, NOVEMBER)
    book = load_workbook(save_month_workbook(report, tmp_path / "2026-11.xlsx"), data_only=True)
    _headers, rows, _totals = _table(book["返修"])
    by_no = {row["返修工單號"]: row for row in rows}
    assert set(by_no) == {"WO-G", "WO-K", "WO-M"}
    k = by_no["WO-K"]  # came back this month on a car handed over in October
    assert (k["原工單號"], k["原交車時間"], k["進廠時間"]) == ("WO-O", at(28, 16, 30, month=10), at(3, 9))
    assert (k["相隔天數"], k["相隔里程"], k["質保期內"]) == (6, 400, "是")
    # the KPI rule is unchanged: it counts in October's first-time fix and comeback rate, and the sheet says so
    assert (k["計入本月一次修復率"], k["計入哪月一次修復率"]) == ("否", "2026-10")
    g, m = by_no["WO-G"], by_no["WO-M"]
    assert (g["原工單號"], g["計入本月一次修復率"], g["計入哪月一次修復率"]) == ("WO-C", "是", "2026-11")
    # received in December, on an order delivered in November: it is why A misses November's first-time fix
    assert (m["原工單號"], m["計入本月一次修復率"], m["計入哪月一次修復率"]) == ("WO-A", "是", "2026-11")
    assert report.kpis.comeback.numerator == 2  # A and C
    # the Orders sheet names the earlier order by its number, never by an internal id
    _h, orders, _t = _table(book["工單"])
    assert {row["工單號"]: row["返修自"] for row in orders}["WO-K"] == "WO-O"
    ids = [cell.value for sheet in book for line in sheet.iter_rows() for cell in line
           if isinstance(cell.value, str) and re.fullmatch(r"#\d+", cell.value)]
    assert ids == []


def test_the_orders_sheet_has_a_labelled_total_equal_to_the_revenue(report: MonthReport, tmp_path: Path) -> None:
    revenue = report.kpis.revenue
    assert revenue.total == D("630.00")  # A 240 + B 145 + C 245 + K 0 (a free comeback)
    book = load_workbook(save_month_workbook(report, tmp_path / "2026-11.xlsx"), data_only=True)
    _headers, rows, totals = _table(book["工單"])
    by_no = {row["工單號"]: row for row in rows}
    # an unsettled order (released on a deposit), a refunded one and one settled in October are listed …
    assert (by_no["WO-D"]["營收計入月份"], by_no["WO-D"]["合計"]) == ("未結算（尚未計入營收）", 100)
    assert (by_no["WO-R"]["營收計入月份"], by_no["WO-R"]["合計"]) == ("已退押金（不計營收）", 90)
    assert by_no["WO-F"]["營收計入月份"] == "2026-10" and by_no["WO-A"]["營收計入月份"] == "2026-11"
    for row in (by_no["WO-D"], by_no["WO-R"], by_no["WO-F"]):
        assert row["計入本月營收"] is None
    # … and the column the owner adds up for the month's revenue gives the revenue
    assert sum((_number(row["計入本月營收"]) for row in rows if row["計入本月營收"] is not None), D(0)) == revenue.total
    lines = {row["工單號"]: row for row in totals}
    assert list(lines) == ["本月結算（＝本月營收）", "他月結算（計入該月營收）", "未結算（尚未計入營收）",
                           "已退押金（不計營收）", "所列工單合計"]
    settled = lines["本月結算（＝本月營收）"]
    assert (_number(settled["工時費"]), _number(settled["材料費"]), _number(settled["優惠"]),
            _number(settled["合計"]), _number(settled["計入本月營收"])) == (
        revenue.labour, revenue.parts, revenue.discount, revenue.total, revenue.total)
    assert _number(lines["未結算（尚未計入營收）"]["合計"]) == D("100")
    assert _number(lines["已退押金（不計營收）"]["合計"]) == D("90")
    assert _number(lines["他月結算（計入該月營收）"]["合計"]) == D("60")
    everything = lines["所列工單合計"]
    assert _number(everything["合計"]) == revenue.total + 100 + 90 + 60
    # the KPI sheet's revenue is the same figure
    summary = book["匯總"]
    total_row = next(r for r in range(17, summary.max_row + 1) if summary[f"A{r}"].value == "合計")
    assert _number(summary[f"F{total_row}"].value) == revenue.total  # after labour, parts, outside work, discount


# The columns each table sheet adds up (or counts the 是 of) in its totals rows.
TOTALS = {
    "工單": ("工時費", "材料費", "優惠", "合計", "計入本月營收", "客戶已付", "應收（廠家／保險）", "一次總檢合格",
           "准時（現行承諾）", "准時（原始承諾）"),
    "工時": ("項目數", "售出工時", "金額"),
    "配件": ("期末庫存金額", "銷售額", "銷售成本"),
    "收款": ("收款", "押金", "退款", "收回應收款", "實收淨額", "應收帳款"),
    "應收帳款": ("應收金額", "本月前已收回", "本月收回", "月末未收", "0–30天", "31–60天", "61–90天", "90天以上"),
    "未結押金": ("押金金額",),
    "回訪": ("兩日內回訪",),
    "返修": ("質保期內", "計入本月一次修復率"),
}
COUNTED = {"一次總檢合格", "准時（現行承諾）", "准時（原始承諾）", "兩日內回訪", "質保期內", "計入本月一次修復率"}


def test_every_total_is_a_stored_number_a_reader_sees(report: MonthReport, tmp_path: Path) -> None:
    path = save_month_workbook(report, tmp_path / "2026-11.xlsx")
    book = load_workbook(path, data_only=True)  # what a reader without a spreadsheet engine gets
    checked = 0
    for name, columns in TOTALS.items():
        _headers, rows, totals = _table(book[name])
        assert rows, name
        grand = totals[-1]  # the total of all the rows, last
        assert grand[next(iter(_headers))] in ("合計", "所列工單合計")
        for column in columns:
            values = [row[column] for row in rows if row[column] is not None]
            expected = (D(sum(1 for v in values if v == "是")) if column in COUNTED
                        else sum((_number(v) for v in values), D(0)))
            assert _number(grand[column]) == expected, (name, column)
            checked += 1
        if name == "工單":  # the rows above the total split it by where the money counts: they add up to it
            revenue_of = {"本月結算（＝本月營收）": lambda v: v == "2026-11",
                          "他月結算（計入該月營收）": lambda v: re.fullmatch(r"\d{4}-\d\d", v) and v != "2026-11",
                          "未結算（尚未計入營收）": lambda v: v == "未結算（尚未計入營收）",
                          "已退押金（不計營收）": lambda v: v == "已退押金（不計營收）"}
            for line in totals[:-1]:
                part = [row for row in rows if revenue_of[line["工單號"]](row["營收計入月份"])]
                for column in ("工時費", "材料費", "優惠", "合計", "客戶已付", "應收（廠家／保險）"):
                    assert _number(line[column]) == sum((_number(r[column]) for r in part), D(0)), column
            for column in ("工時費", "材料費", "優惠", "合計", "客戶已付", "應收（廠家／保險）"):
                assert sum((_number(line[column]) for line in totals[:-1]), D(0)) == _number(grand[column])
    assert checked == sum(len(columns) for columns in TOTALS.values())
    formulas = [f"{sheet.title}!{cell.coordinate}" for sheet in load_workbook(path) for line in sheet.iter_rows()
                for cell in line if isinstance(cell.value, str) and cell.value.startswith("=")]
    assert formulas == []  # no formula anywhere: nothing a phone's preview or a script would read as blank
    summary = book["匯總"]
    kpis = report.kpis
    for row, rate in enumerate((kpis.first_time_fix, kpis.on_time, kpis.on_time_original, kpis.follow_up,
                                kpis.comeback), start=5):
        assert _number(summary[f"B{row}"].value) == rate.ratio
        assert (summary[f"C{row}"].value, summary[f"D{row}"].value) == (rate.numerator, rate.denominator)
    assert _number(summary["B10"].value) == kpis.hours_in_shop.value
    first = next(r for r in range(1, summary.max_row + 1) if summary[f"A{r}"].value == "自付")
    assert summary[f"A{first + 3}"].value == "合計"
    for column in "BCDE":
        assert _number(summary[f"{column}{first + 3}"].value) == sum(
            (_number(summary[f"{column}{r}"].value) for r in range(first, first + 3)), D(0))


def test_an_empty_month_has_zero_totals_and_blank_rates(db: Database, people: dict, tmp_path: Path) -> None:
    build_more(db, people)
    with db.session_scope() as session:
        empty = month_report(session, datetime(2026, 6, 1).date())
    book = load_workbook(save_month_workbook(empty, tmp_path / "2026-06.xlsx"), data_only=True)
    _headers, rows, totals = _table(book["工單"])
    assert rows == [] and [line["合計"] for line in totals] == [0, 0, 0, 0, 0]
    assert book["匯總"]["B5"].value is None and book["匯總"]["D5"].value == 0
