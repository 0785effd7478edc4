"""The month-end export against openpyxl alone writing the same workbook.

Target (issue 7): a busy month (2,000 orders) in a database of 200,000 orders exports in at most 2× the time
openpyxl alone takes to write the same rows and formats, median, same run. Timings are printed, never asserted.

- **Export**: what ``garage-desktop export`` does after start-up — open the database, read the month
  (``services.month_report``: the KPIs, orders, lines, stock, money, calls), write the workbook
  (``export.month_workbook``), close.
- **openpyxl alone**: a bare script given the finished cells — every sheet's values, number formats, fonts,
  fills, widths, frozen panes and filters, read back from one exported workbook before timing — writing them
  with openpyxl's write-only workbook, the fastest way openpyxl offers.

Both write to files in the same temporary folder; runs alternate after one warm-up of each.

    python benchmarks/bench_export.py [--db EXISTING.sqlite3] [--month 2026-10] [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from generate import generate
from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill

from garage_desktop.db.engine import Database
from garage_desktop.export.month_workbook import save_month_workbook
from garage_desktop.services.month_report import month_report

TARGET = 2.0
BUSY_MONTH = date(2026, 10, 1)
NOW = datetime(2026, 11, 28, 12, 0)


@dataclass
class Sheet:
    """One sheet as the bare script gets it: cells as (value, number format, bold, fill, wrap) or plain."""

    title: str
    rows: list[list[Any]]
    widths: dict[str, float]
    freeze: str | None
    filter_ref: str | None


def read_back(path: Path) -> list[Sheet]:
    """Every cell of an exported workbook with its formats (outside the timing)."""
    sheets = []
    for ws in load_workbook(path).worksheets:
        rows = []
        for row in ws.iter_rows():
            cells: list[Any] = []
            for cell in row:
                styled = (cell.number_format != "General" or cell.font.b or cell.fill.fill_type
                          or cell.alignment.wrap_text)
                cells.append((cell.value, cell.number_format, bool(cell.font.b), cell.fill.fgColor.rgb
                              if cell.fill.fill_type else None, bool(cell.alignment.wrap_text)) if styled
                             else cell.value)
            rows.append(cells)
        widths = {key: dim.width for key, dim in ws.column_dimensions.items() if dim.width}
        sheets.append(Sheet(ws.title, rows, widths, ws.freeze_panes, ws.auto_filter.ref))
    return sheets


def bare_openpyxl(sheets: list[Sheet], out: Path) -> None:
    """The same workbook written by openpyxl alone."""
    book = Workbook(write_only=True)
    bold, fills, wrap = Font(bold=True), {}, Alignment(wrap_text=True, vertical="top")
    for sheet in sheets:
        ws = book.create_sheet(sheet.title)
        for key, width in sheet.widths.items():
            ws.column_dimensions[key].width = width
        ws.freeze_panes = sheet.freeze
        if sheet.filter_ref:
            ws.auto_filter.ref = sheet.filter_ref
        for row in sheet.rows:
            values = []
            for cell in row:
                if isinstance(cell, tuple):
                    value, number_format, is_bold, fill, wraps = cell
                    styled = WriteOnlyCell(ws, value=value)
                    if number_format != "General":
                        styled.number_format = number_format
                    if is_bold:
                        styled.font = bold
                    if fill:
                        styled.fill = fills.setdefault(fill, PatternFill("solid", fgColor=fill))
                    if wraps:
                        styled.alignment = wrap
                    values.append(styled)
                else:
                    values.append(cell)
            ws.append(values)
    book.save(out)


def export(url: str, month: date, out: Path) -> dict[str, float]:
    """The program's export, as the command line runs it; returns the time of each part."""
    started = time.perf_counter()
    db = Database(url)
    with db.session_scope() as session:
        report = month_report(session, month)
    read = time.perf_counter()
    save_month_workbook(report, out)
    db.dispose()
    return {"read": read - started, "write": time.perf_counter() - read, "orders": len(report.orders)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing generated database (default: generate one)")
    parser.add_argument("--month", type=lambda t: datetime.strptime(t, "%Y-%m").date(), default=BUSY_MONTH)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = args.db
        if path is None:
            path = Path(folder) / "bench.sqlite3"
            print(f"generating 200,000 orders with {args.month:%Y-%m} holding 2,000, with their detail …")
            started = time.perf_counter()
            generate(path, busy_month=args.month, detail=True, now=NOW)
            print(f"  done in {time.perf_counter() - started:.0f} s")
        url = f"sqlite:///{path}"
        out, bare = Path(folder) / "export.xlsx", Path(folder) / "bare.xlsx"
        first = export(url, args.month, out)  # warm-up; its workbook is what the bare script rewrites
        sheets = read_back(out)
        bare_openpyxl(sheets, bare)
        cells = sum(len(row) for sheet in sheets for row in sheet.rows)
        print(f"month {args.month:%Y-%m}: {first['orders']:,} orders in the Orders sheet, "
              f"{sum(len(s.rows) for s in sheets):,} rows, {cells:,} cells in {len(sheets)} sheets")
        exports, bares, reads, writes = [], [], [], []
        for _ in range(args.runs):
            parts = export(url, args.month, out)
            exports.append(parts["read"] + parts["write"])
            reads.append(parts["read"])
            writes.append(parts["write"])
            started = time.perf_counter()
            bare_openpyxl(sheets, bare)
            bares.append(time.perf_counter() - started)
        assert [s.title for s in read_back(bare)] == [s.title for s in sheets]
    export_median, bare_median = statistics.median(exports), statistics.median(bares)
    ratio = export_median / bare_median
    print(f"{'':28}{'median':>10}{'min':>10}{'max':>10}")
    for name, values in (("export (read + write)", exports), ("  reading the month", reads),
                         ("  writing the workbook", writes), ("openpyxl alone", bares)):
        print(f"{name:28}{statistics.median(values) * 1000:>8.0f}ms{min(values) * 1000:>8.0f}ms"
              f"{max(values) * 1000:>8.0f}ms")
    print(f"ratio export / openpyxl alone: {ratio:.2f}× (target ≤ {TARGET:.0f}×) — "
          f"{'met' if ratio <= TARGET else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
