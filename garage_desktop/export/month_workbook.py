"""The month-end workbook (openpyxl, imported only here and only when a workbook is written).

Sheets: Summary (the KPIs with their definitions, revenue by payer), Orders, Labour, Parts, Payments, Open
deposits, Follow-ups, Follow-up talk (the call script's answers per question), Comebacks. Dates are dates, money is numbers in a yuan format, each table has a frozen
header row, a filter and, under its data rows, totals rows. Every figure is a stored value, never a formula
(a phone's preview or a script reads formulas' cached results, and openpyxl writes none): a totals row holds the
sum of its column (money added up as ``Decimal``) or the count of its Yes answers, the summary's rates the
program's own. The Orders sheet lists every order delivered or settled in the month; its totals rows split them
by where their money counts — settled in the month (that row equals the month's revenue, as does the column
"In this month's revenue"), settled in another month, not settled, deposit refunded — above the total of all.
Names and headers follow ``language`` (zh_TW by default, zh_CN or "en"). The rows come from
``services.month_report``; ``sheet_tables`` lays them out as plain values so the write loop does nothing but
hand cells to openpyxl's write-only writer.

Receivables (應收帳款, issue 19): each maker's (三包) and insurer's (索賠) share of an order settled by the month's
end that was open at its end or collected in it, aged from the settlement to the month's last day (0–30, 31–60,
61–90, over 90 days), a totals row per debtor. What they paid in the month is cash: the Payments sheet's
"Collected from makers and insurers" column (in its net received); it changes no revenue, which counted their
share when the order was settled.
"""

from __future__ import annotations

import os
import tempfile
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from garage_desktop.documents.month import MonthReport
from garage_desktop.domain.classes import LABELS
from garage_desktop.domain.lifecycle import STATUS_LABELS, OrderStatus
from garage_desktop.domain.settlement import METHOD_LABELS, PaymentMethod
from garage_desktop.export.labels import labeller, normalise_language, status_label

Progress = Callable[[int, int], None]

MONEY = '"¥"#,##0.00;[Red]-"¥"#,##0.00'
DATETIME = "yyyy-mm-dd hh:mm"
HOURS = "#,##0.00"
PERCENT = "0.0%"
INTEGER = "0"
DATE = "yyyy-mm-dd"
FORMATS = {"money": MONEY, "datetime": DATETIME, "hours": HOURS, "percent": PERCENT, "date": DATE}
HEADER_FILL = "DDE6F0"


@dataclass(frozen=True)
class Column:
    key: str  # English label key of the header
    kind: str = "text"  # text / int / qty / money / datetime / hours / yesno
    width: float = 12
    total: str = ""  # "sum" (the column added up) or "yes" (its Yes answers counted) in the totals rows
    ratio: tuple[int, int] | None = None  # total "ratio": the sum of column [0] ÷ the sum of column [1]


@dataclass(frozen=True)
class TotalLine:
    """A totals row: its label (English key) and the data rows it adds up (indices; None: all of them)."""

    key: str
    rows: tuple[int, ...] | None = None


@dataclass
class Table:
    """One sheet holding one table: header row 1, data rows, then its totals rows (stored values)."""

    key: str  # English label key of the sheet
    columns: tuple[Column, ...]
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    freeze: str = "B2"
    total_lines: tuple[TotalLine, ...] = (TotalLine("Total"),)

    def totals(self, line: TotalLine, yes: str) -> list[Any]:
        """The values of one totals row: the label key, then per column its sum (``Decimal`` for money, hours
        and quantities, ``int`` for counts), the count of its ``yes`` answers (on a row over all the data rows),
        or None."""
        chosen = self.rows if line.rows is None else [self.rows[i] for i in line.rows]
        values: list[Any] = [line.key]
        for index, column in enumerate(self.columns[1:], start=1):
            cells = [row[index] for row in chosen if row[index] is not None]
            if column.total == "sum":
                total = sum((v if isinstance(v, int | Decimal) else Decimal(str(v)) for v in cells), Decimal(0))
                values.append(int(total) if column.kind == "int" else total)
            elif column.total == "ratio" and column.ratio is not None:
                top, bottom = (sum((row[i] or Decimal(0) for row in chosen), Decimal(0)) for i in column.ratio)
                values.append((top / bottom).quantize(Decimal("0.0001")) if bottom else None)
            elif column.total == "yes" and line.rows is None:
                values.append(sum(1 for v in cells if v == yes))
            else:
                values.append(None)
        return values


def _yes_no(t: Callable[[str], str]) -> Callable[[bool | None], str | None]:
    yes, no = t("Yes"), t("No")
    return lambda value: None if value is None else (yes if value else no)


def sheet_tables(report: MonthReport, language: str = "zh_TW") -> list[Table]:
    """The table sheets' headers and rows as plain values (text already in ``language``)."""
    lang = normalise_language(language)
    t = labeller(lang)
    yn = _yes_no(t)

    def dom(label: str) -> str:
        return t(label)

    month = report.kpis.month
    # where each order's money counts: this month's revenue, another month's, none yet, none at all
    counts_in = [_revenue_part(r.revenue_month, r.status, month) for r in report.orders]
    orders = Table("Orders", (
        Column("Order no.", width=16), Column("Status", width=10), Column("Received", "datetime", 16),
        Column("Ready", "datetime", 16), Column("Promised (in force)", "datetime", 16),
        Column("Original promise", "datetime", 16), Column("Settled", "datetime", 16),
        Column("Delivered", "datetime", 16), Column("Plate", width=11), Column("Customer", width=10),
        Column("Job class", width=9), Column("Regulatory class", width=11), Column("Payer", width=9),
        Column("Labour charge", "money", 12, "sum"), Column("Parts charge", "money", 12, "sum"),
        Column("Outside work charge", "money", 12, "sum"),
        Column("Discount", "money", 11, "sum"), Column("Total", "money", 12, "sum"),
        Column("In this month's revenue", "money", 12, "sum"), Column("Revenue counted in", width=20),
        Column("Paid by customer", "money", 12, "sum"), Column("Receivable", "money", 12, "sum"),
        Column("First-pass QC", "yesno", 8, "yes"), Column("On time (in force)", "yesno", 9, "yes"),
        Column("On time (original)", "yesno", 9, "yes"), Column("Comeback of", width=16)),
        [(r.order_no, status_label(STATUS_LABELS[r.status], lang), r.received_at, r.ready_at, r.promised_at,
          r.original_promised_at, r.settled_at, r.delivered_at, r.plate, r.customer, dom(LABELS[r.job_class]),
          dom(LABELS[r.regulatory_class]), dom(LABELS[r.payer]), r.labour, r.parts, r.outside, r.discount, r.total,
          r.total if part == _THIS_MONTH else None,
          f"{r.revenue_month:%Y-%m}" if r.revenue_month else t(part), r.paid,
          r.receivable, yn(r.first_pass_qc), yn(r.on_time), yn(r.on_time_original), r.comeback_of)
         for r, part in zip(report.orders, counts_in, strict=True)],
        total_lines=(*(TotalLine(key, tuple(i for i, p in enumerate(counts_in) if p == key))
                       for key in _REVENUE_PARTS), TotalLine("Total of all orders listed")))
    labour = Table("Labour", (
        Column("Team", width=10), Column("Mechanic", width=10), Column("Lines", "int", 8, "sum"),
        Column("Hours sold", "hours", 10, "sum"), Column("Amount", "money", 13, "sum")),
        [(r.team, r.mechanic, r.lines, r.hours, r.amount) for r in report.labour], freeze="A2")
    parts = Table("Parts", (
        Column("Code", width=14), Column("Name", width=18), Column("Unit", width=6),
        Column("Opening stock", "qty", 9),
        Column("Received into stock", "qty", 9), Column("Issued (net of returns)", "qty", 10),
        Column("Adjusted / counted", "qty", 9), Column("Closing stock", "qty", 9),
        Column("Stock value at month end", "money", 14, "sum"), Column("Charged quantity", "qty", 9),
        Column("Sales", "money", 12, "sum"), Column("Cost of sales", "money", 12, "sum")),
        [(r.code, r.name, r.unit, r.opening, r.received, r.issued, r.adjusted, r.closing, r.closing_value, r.sold,
          r.sales, r.cost_of_sales) for r in report.parts], freeze="C2")
    payments = Table("Payments", (
        Column("Method", width=12), Column("Payer", width=10), Column("Payments", "money", 13, "sum"),
        Column("Deposits", "money", 12, "sum"), Column("Refunds", "money", 12, "sum"),
        Column("Collected from makers and insurers", "money", 13, "sum"),
        Column("Net received", "money", 13, "sum"), Column("Receivables", "money", 13, "sum")),
        [(dom(METHOD_LABELS[PaymentMethod(r.method)]) if r.method in PaymentMethod._value2member_map_ else
          (r.method or "—"), dom(LABELS[r.payer]), r.payments, r.deposits, r.refunds, r.collections, r.received,
          r.receivables)
         for r in report.payments], freeze="A2")
    deposits = Table("Open deposits", (
        Column("Order no.", width=16), Column("Plate", width=11), Column("Customer", width=10),
        Column("Deposit taken", "datetime", 16), Column("Days open", "int", 9), Column("Deposit held", "money", 13,
                                                                                       "sum")),
        [(r.order_no, r.plate, r.customer, r.since, r.days_open, r.amount) for r in report.deposits])
    follow_ups = Table("Follow-ups", (
        Column("Order no.", width=16), Column("Plate", width=11), Column("Customer", width=10),
        Column("Delivered", "datetime", 16), Column("First call", "datetime", 16), Column("Reached", "datetime", 16),
        Column("Within 2 days", "yesno", 9, "yes"), Column("Satisfaction", "int", 8), Column("Complaint", width=30),
        Column("Resolution", width=30)),
        [(r.order_no, r.plate, r.customer, r.delivered_at, r.first_call_at, r.reached_at, yn(r.within_two_days),
          r.satisfaction, r.complaint, r.resolution) for r in report.follow_ups])
    comebacks = Table("Comebacks", (
        Column("Comeback order", width=16), Column("Received", "datetime", 16), Column("Plate", width=11),
        Column("Fault", width=30), Column("Earlier order", width=16), Column("Earlier delivered", "datetime", 16),
        Column("Earlier class", width=11), Column("Days after", "int", 8), Column("km after", "int", 8),
        Column("Warranty days", "int", 8), Column("Within warranty", "yesno", 8, "yes"),
        Column("In this month's first-time fix", "yesno", 10, "yes"),
        Column("Counts in the first-time fix of", width=12)),
        [(r.order_no, r.received_at, r.plate, r.complaint, r.original_no, r.original_delivered_at,
          dom(LABELS[r.regulatory_class]), r.days_after, r.km_after, _warranty_days(r.regulatory_class),
          yn(r.within_warranty), yn(r.counted), f"{r.counted_month:%Y-%m}" if r.counted_month else None)
         for r in report.comebacks])
    talk = Table("Follow-up talk", (
        Column("Question", width=50), Column("Kind of answer", width=14), Column("Answers", "int", 8, "sum"),
        Column("Average (1–5)", "hours", 10), Column("Yes", "int", 7), Column("No", "int", 7),
        Column("Maybe", "int", 7), Column("Calls that brought a customer", "int", 12, "sum"),
        Column("New customers brought", "int", 10, "sum")),
        [(r.question, t(_TALK_KINDS.get(r.kind, r.kind)), r.answers, r.average,
          r.yes if r.kind in ("yes_no", "referral") else None, r.no if r.kind in ("yes_no", "referral") else None,
          r.maybe if r.kind == "referral" else None, r.brought_customer if r.kind == "referral" else None,
          r.customers_brought if r.kind == "referral" else None) for r in report.talk])
    return [orders, labour, parts, payments, deposits, follow_ups, talk, comebacks, _free_items_table(report, t),
            _put_off_table(report, t, yn), _reminders_table(report, dom), _commission_table(report, t),
            _receivables_table(report, t, dom), _cards_table(report, dom), _card_lists_table(report, t),
            *_mechanic_tables(report, t)]


# Free items (issue 16, item 6): what each reason gave away, as the workbook words them (English label keys).
_FREE_REASONS = {"warranty": "Warranty (free)", "comeback": "Comeback (free)", "goodwill": "Goodwill"}
_FREE_KINDS = {"labour": "Labour charge", "part": "Parts charge", "outside": "Outside work charge"}
_SOURCES = {"declined": "Declined by the customer", "qc": "Noted at QC", "delivery": "Noted at delivery"}


def _free_items_table(report: MonthReport, t: Callable[[str], str]) -> Table:
    """The lines given away on the orders settled in the month, a totals row per reason and the total."""
    rows = [(r.order_no, r.settled_at, r.plate, r.customer, r.item, t(_FREE_KINDS.get(r.kind, r.kind)),
             t(_FREE_REASONS.get(r.reason, r.reason)), r.note, r.given_away) for r in report.free_items]
    reasons = [reason for reason in _FREE_REASONS if any(r.reason == reason for r in report.free_items)]
    lines = tuple(TotalLine(_FREE_REASONS[reason], tuple(i for i, r in enumerate(report.free_items)
                                                         if r.reason == reason)) for reason in reasons)
    return Table("Free items", (
        Column("Order no.", width=16), Column("Settled", "datetime", 16), Column("Plate", width=11),
        Column("Customer", width=10), Column("Item", width=24), Column("Charge", width=10),
        Column("Reason given free", width=14), Column("Note", width=24),
        Column("Value given away", "money", 13, "sum")), rows, total_lines=(*lines, TotalLine("Total")))


def _put_off_table(report: MonthReport, t: Callable[[str], str], yn: Callable[[bool | None], str | None]) -> Table:
    """Recommendations made, taken up or dismissed in the month; the totals count those made and taken up."""
    return Table("Put off", (
        Column("Recommended", "datetime", 16), Column("Plate", width=11), Column("Order no.", width=16),
        Column("Recommendation", width=36), Column("Source", width=14),
        Column("Made in the month", "yesno", 10, "yes"), Column("Taken up", "datetime", 16),
        Column("Taken up on order", width=16), Column("Taken up in the month", "yesno", 10, "yes"),
        Column("Dismissed", "datetime", 16), Column("Reason dismissed", width=24)),
        [(r.created_at, r.plate, r.order_no, r.description, t(_SOURCES.get(r.source, r.source)), yn(r.made_in_month),
          r.done_at, r.done_order_no, yn(r.taken_up_in_month), r.dismissed_at, r.dismissed_reason)
         for r in report.put_off])


def _reminders_table(report: MonthReport, dom: Callable[[str], str]) -> Table:
    """Per kind of reminder: the calls and messages sent in the month and what they brought (issue 18)."""
    return Table("Reminders", (
        Column("Kind of reminder", width=18), Column("Reminder calls", "int", 10, "sum"),
        Column("Reminder messages", "int", 10, "sum"), Column("Reminders sent", "int", 10, "sum"),
        Column("Bookings they brought", "int", 12, "sum"), Column("Closed without a booking", "int", 12, "sum")),
        [(dom(r.label), r.calls, r.messages, r.calls + r.messages, r.bookings, r.closed_otherwise)
         for r in report.reminders])


def _receivables_table(report: MonthReport, t: Callable[[str], str], dom: Callable[[str], str]) -> Table:
    """應收帳款 (issue 19): what each maker (三包) and insurer (索賠) owed at the month's end, aged from the
    settlement, and what they paid in the month; a totals row per debtor, then the total."""
    from garage_desktop.domain.ageing import BUCKET_LABELS

    unknown = t("Debtor not recorded")
    debtors = list(dict.fromkeys(r.debtor or unknown for r in report.receivables))
    lines = tuple(TotalLine(debtor, tuple(i for i, r in enumerate(report.receivables)
                                          if (r.debtor or unknown) == debtor)) for debtor in debtors)
    return Table("Receivables", (
        Column("Debtor", width=16), Column("Payer", width=10), Column("Order no.", width=16),
        Column("Plate", width=11), Column("Loss assessment no.", width=16), Column("Settled", "date", 11),
        Column("Receivable amount", "money", 12, "sum"), Column("Collected before the month", "money", 12, "sum"),
        Column("Collected in the month", "money", 12, "sum"), Column("Last collected", "date", 11),
        Column("Open at month end", "money", 12, "sum"), Column("Days owed", "int", 8),
        *(Column(label, "money", 11, "sum") for label in BUCKET_LABELS)),
        [(r.debtor or unknown, dom(LABELS[r.payer]), r.order_no, r.plate, r.assessment_ref, r.settled_on, r.amount,
          r.collected_before, r.collected_in_month, r.last_collected_on, r.open, r.days, *r.aged)
         for r in report.receivables], freeze="D2", total_lines=(*lines, TotalLine("Total")))


def _commission_table(report: MonthReport, t: Callable[[str], str]) -> Table:
    """技師提成 (issue 19, item 6): a row per mechanic per line worked (a negative row for a commission taken back),
    grouped by mechanic; under the data a totals row per mechanic (lines, hours sold, hours clocked, efficiency,
    commission), then the total of all."""
    rows = [(r.mechanic or t("(no mechanic)"), r.order_no, r.settled_at, r.line, r.share, r.lines, r.hours_sold,
             r.hours_clocked, (r.hours_sold / r.hours_clocked).quantize(Decimal("0.0001")) if r.lines and r.hours_clocked
             else None, r.base,
             r.commission, t(r.note).format(order=r.note_order) if r.note else None) for r in report.commission]
    mechanics = list(dict.fromkeys(row[0] for row in rows))
    lines = tuple(TotalLine(f"{t('Subtotal')} {name}", tuple(i for i, row in enumerate(rows) if row[0] == name))
                  for name in mechanics)
    return Table("Commission", (
        Column("Mechanic", width=10), Column("Order no.", width=16), Column("Settled", "datetime", 16),
        Column("Line", width=24), Column("Share", "percent", 7), Column("Lines", "int", 7, "sum"),
        Column("Hours sold", "hours", 9, "sum"), Column("Hours clocked", "hours", 9, "sum"),
        Column("Efficiency (sold ÷ clocked)", "percent", 10, "ratio", ratio=(6, 7)),
        Column("Commission base", "money", 12), Column("Commission earned", "money", 12, "sum"),
        Column("Note", width=28)), rows, freeze="B2", total_lines=(*lines, TotalLine("Total")))


# Characters a sheet name may not hold, and its longest length (Excel).
_NOT_IN_SHEET_NAMES = str.maketrans({c: "_" for c in ':\\/?*[]'})
_SHEET_NAME_MAX = 31


def _mechanic_tables(report: MonthReport, t: Callable[[str], str]) -> list[Table]:
    """One sheet per mechanic (issue 19, item 6), after the owner's overview on 技師提成: the mechanic's own lines
    of the month, with the same columns, and their total: what the garage hands each mechanic with the pay."""
    overview = _commission_table(report, t)
    names = list(dict.fromkeys(row[0] for row in overview.rows))
    tables: list[Table] = []
    taken: set[str] = set()
    for name in names:
        title = f"{t('Commission')} {name}".translate(_NOT_IN_SHEET_NAMES)[:_SHEET_NAME_MAX]
        while title in taken:  # two long names cut to the same 31 characters
            title = title[:_SHEET_NAME_MAX - 1] + "+"
        taken.add(title)
        rows = [row for row in overview.rows if row[0] == name]
        tables.append(Table(title, overview.columns, rows, freeze=overview.freeze))
    return tables


def mechanic_sheet_names(report: MonthReport, language: str = "zh_TW") -> list[str]:
    """The per-mechanic sheets ``report`` adds after the fixed ones (``sheet_names``), in order."""
    return [table.key for table in _mechanic_tables(report, labeller(language))]


def _cards_table(report: MonthReport, dom: Callable[[str], str]) -> Table:
    """會員卡 (issue 19, item 4): each card's money over the month; closing = opening + recharged + bonus − used −
    refunded on every row and in the total (``documents.month.CardRow`` says what each column counts). Money for
    cards is a liability: none of it is in the month's revenue until a card pays for work."""
    from garage_desktop.domain.cards import KIND_LABELS, CardKind

    return Table("Member cards", (
        Column("Card no.", width=14), Column("Card kind", width=12), Column("Customer", width=10),
        Column("Opening balance", "money", 12, "sum"), Column("Recharged", "money", 12, "sum"),
        Column("Bonus given", "money", 11, "sum"), Column("Used", "money", 12, "sum"),
        Column("Refunded", "money", 12, "sum"), Column("Closing balance", "money", 12, "sum")),
        [(r.number, dom(KIND_LABELS[CardKind(r.kind)]), r.customer, r.opening, r.recharged, r.bonus, r.used,
          r.refunded, r.closing) for r in report.cards])


def _card_lists_table(report: MonthReport, t: Callable[[str], str]) -> Table:
    """For the owner: the stored-value cards with money and no movement for the set months (dormant, now), and
    the package uses left when their card expired in the month (their value counted as used on the 會員卡
    sheet)."""
    rows = [(r.number, r.customer, r.phone, t("Dormant balance"), None, None, r.balance, r.last_movement.date())
            for r in report.dormant_cards]
    rows += [(r.number, r.customer, "", t("Expired package uses"), r.service, r.uses, r.value, r.expired_on)
             for r in report.expired_uses]
    return Table("Dormant and expired cards", (
        Column("Card no.", width=14), Column("Customer", width=10), Column("Phone", width=13),
        Column("Listed as", width=14), Column("Service", width=16), Column("Uses", "int", 7, "sum"),
        Column("Balance or value", "money", 12, "sum"), Column("Last movement or expiry", "date", 12)), rows)


# The follow-up script's kinds of answer (``services.call_script.Kind`` values) as the workbook words them.
_TALK_KINDS = {"score": "Satisfaction 1–5", "yes_no": "Yes / no", "text": "The customer's words",
               "referral": "Would introduce a friend"}


# The Orders sheet's totals rows above the total of all (English label keys), the first equal to the revenue.
_THIS_MONTH = "Settled in the month (= this month's revenue)"
_OTHER_MONTH = "Settled in another month (that month's revenue)"
_NOT_SETTLED = "Not settled (no revenue yet)"
_REFUNDED = "Deposit refunded (no revenue)"
_REVENUE_PARTS = (_THIS_MONTH, _OTHER_MONTH, _NOT_SETTLED, _REFUNDED)


def _revenue_part(revenue_month: date | None, status: OrderStatus, month: date) -> str:
    if revenue_month is None:
        return _REFUNDED if status is OrderStatus.REFUNDED else _NOT_SETTLED
    return _THIS_MONTH if revenue_month == month else _OTHER_MONTH


def _warranty_days(regulatory_class: Any) -> int:
    from garage_desktop.domain.kpi import warranty_days

    return warranty_days(regulatory_class)


def display_width(text: str) -> float:
    """Characters as Excel lays them out: a CJK character is about two Latin ones."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def column_letter(index: int) -> str:
    """1 → A, 27 → AA."""
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


# --- writing -------------------------------------------------------------------------------------------------

class _Writer:
    """Cell factories bound to one write-only workbook (styles made once, reused for every cell)."""

    def __init__(self, workbook: Any) -> None:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment, Font, PatternFill

        self.workbook, self.cell_class = workbook, WriteOnlyCell
        self.bold = Font(bold=True)
        self.title_font = Font(bold=True, size=14)
        self.fill = PatternFill("solid", fgColor=HEADER_FILL)
        self.wrap = Alignment(wrap_text=True, vertical="top")
        self.header_alignment = Alignment(wrap_text=True, vertical="center")

    def cell(self, sheet: Any, value: Any, number_format: str | None = None, *, bold: bool = False,
             font: Any = None, header: bool = False, wrap: bool = False) -> Any:
        cell = self.cell_class(sheet, value=value)
        if number_format:
            cell.number_format = number_format
        if header:
            cell.font, cell.fill, cell.alignment = self.bold, self.fill, self.header_alignment
        elif bold or font is not None:
            cell.font = font or self.bold
        if wrap:
            cell.alignment = self.wrap
        return cell


def write_table(writer: _Writer, table: Table, t: Callable[[str], str]) -> None:
    sheet = writer.workbook.create_sheet(t(table.key))
    columns = table.columns
    last = column_letter(len(columns))
    for index, column in enumerate(columns, start=1):
        sheet.column_dimensions[column_letter(index)].width = max(column.width, display_width(t(column.key)) / 2 + 2)
    sheet.freeze_panes = table.freeze
    count = len(table.rows)
    sheet.auto_filter.ref = f"A1:{last}{count + 1}"
    sheet.append([writer.cell(sheet, t(column.key), header=True) for column in columns])
    formatted = [(i, FORMATS[c.kind]) for i, c in enumerate(columns) if c.kind in FORMATS]
    make = writer.cell_class
    for row in table.rows:
        values = list(row)
        for index, number_format in formatted:
            if values[index] is not None:
                cell = make(sheet, value=values[index])
                cell.number_format = number_format
                values[index] = cell
        sheet.append(values)
    yes = t("Yes")
    for line in table.total_lines:
        sheet.append(_totals(writer, sheet, table, line, t, yes))


def _totals(writer: _Writer, sheet: Any, table: Table, line: TotalLine, t: Callable[[str], str],
            yes: str) -> list[Any]:
    label, *values = table.totals(line, yes)
    cells: list[Any] = [writer.cell(sheet, t(label), bold=True)]
    for column, value in zip(table.columns[1:], values, strict=True):
        cells.append(None if value is None else
                     writer.cell(sheet, value, FORMATS.get(column.kind, INTEGER), bold=True))
    return cells


def write_summary(writer: _Writer, report: MonthReport, t: Callable[[str], str]) -> None:
    kpis = report.kpis
    sheet = writer.workbook.create_sheet(t("Summary"))
    for letter, width in zip("ABCDEFG", (40, 14, 12, 12, 96, 12, 12), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A5"
    month = f"{kpis.month:%Y-%m}"
    sheet.append([writer.cell(sheet, t("Month-end report {month}").format(month=month) + f" — {report.garage_name}",
                              font=writer.title_font)])
    sheet.append([t("Generated {time}").format(time=f"{report.generated_at:%Y-%m-%d %H:%M}")])
    sheet.append([])
    sheet.append([writer.cell(sheet, t(key), header=True)
                  for key in ("Figure", "Value", "Numerator", "Denominator", "Definition")])
    rates = (("First-time fix rate", kpis.first_time_fix, "DEF_FIRST_TIME_FIX"),
             ("On-time delivery rate (promise in force)", kpis.on_time, "DEF_ON_TIME"),
             ("On-time delivery rate (original promise)", kpis.on_time_original, "DEF_ON_TIME_ORIGINAL"),
             ("Follow-up rate (within 2 days)", kpis.follow_up, "DEF_FOLLOW_UP"),
             ("Comeback rate", kpis.comeback, "DEF_COMEBACK"))
    row = 5
    for key, rate, definition in rates:  # the program's ratio (blank when nothing was counted)
        sheet.append([t(key), writer.cell(sheet, rate.ratio, PERCENT, bold=True),
                      rate.numerator, rate.denominator, writer.cell(sheet, t(definition), wrap=True)])
        row += 1
    hours = kpis.hours_in_shop
    sheet.append([t("Average hours in the shop"), writer.cell(sheet, hours.value, "0.0", bold=True),
                  writer.cell(sheet, hours.total, HOURS), hours.count, writer.cell(sheet, t("DEF_HOURS"), wrap=True)])
    sheet.append([t("Orders delivered"), writer.cell(sheet, kpis.cars_delivered, INTEGER, bold=True), None, None,
                  writer.cell(sheet, t("DEF_CARS"), wrap=True)])
    sheet.append([t("Different vehicles delivered"), writer.cell(sheet, kpis.vehicles_delivered, INTEGER, bold=True)])
    sheet.append([t("Open deposits at month end"), writer.cell(sheet, len(kpis.open_deposits), INTEGER, bold=True),
                  None, None, writer.cell(sheet, t("DEF_DEPOSITS"), wrap=True)])
    sheet.append([t("Deposit held"), writer.cell(sheet, kpis.open_deposit_total, MONEY, bold=True)])
    last_kpi = row + 4
    sheet.auto_filter.ref = f"A4:E{last_kpi}"
    sheet.append([])
    sheet.append([writer.cell(sheet, t("Revenue by payer (orders settled in the month)"), font=writer.title_font)])
    sheet.append([writer.cell(sheet, t(key), header=True) for key in
                  ("Payer", "Labour charge", "Parts charge", "Outside work charge", "Discount", "Total",
                   "Orders settled")])
    revenue = kpis.revenue
    for payer in revenue.by_payer:
        sheet.append([t(LABELS[payer.payer]), writer.cell(sheet, payer.labour, MONEY),
                      writer.cell(sheet, payer.parts, MONEY), writer.cell(sheet, payer.outside, MONEY),
                      writer.cell(sheet, payer.discount, MONEY),
                      writer.cell(sheet, payer.total, MONEY), payer.orders])
    sheet.append([writer.cell(sheet, t("Total"), bold=True),
                  *(writer.cell(sheet, value, MONEY, bold=True)
                    for value in (revenue.labour, revenue.parts, revenue.outside, revenue.discount,
                                  revenue.total)),
                  writer.cell(sheet, len(revenue.order_ids), INTEGER, bold=True)])
    sheet.append([writer.cell(sheet, t("DEF_REVENUE"), wrap=True)])
    if report.delays is not None:  # 交車 2, below the tables the other figures keep their rows in
        sheet.append([])
        for key, value, of, definition in (
                ("Delays announced in advance", report.delays.announced, None, "DEF_DELAY_ANNOUNCED"),
                ("Late without a call in advance", report.delays.late_without_call, report.delays.late,
                 "DEF_LATE_NO_CALL")):
            sheet.append([t(key), writer.cell(sheet, value, INTEGER, bold=True), value if of is not None else None,
                          of, writer.cell(sheet, t(definition), wrap=True)])
    _free_and_put_off_figures(writer, sheet, report, t)


def _free_and_put_off_figures(writer: _Writer, sheet: Any, report: MonthReport, t: Callable[[str], str]) -> None:
    """免費 and 建議項目 (issue 16), below the rest: what was given away, and the work put off and taken up."""
    given = sum((r.given_away for r in report.free_items), Decimal(0))
    made = sum(1 for r in report.put_off if r.made_in_month)
    taken = sum(1 for r in report.put_off if r.taken_up_in_month)
    sheet.append([])
    sheet.append([t("Value given away free"), writer.cell(sheet, given, MONEY, bold=True), len(report.free_items),
                  None, writer.cell(sheet, t("DEF_GIVEN_AWAY"), wrap=True)])
    sheet.append([t("Recommendations made"), writer.cell(sheet, made, INTEGER, bold=True), None, None,
                  writer.cell(sheet, t("DEF_PUT_OFF"), wrap=True)])
    sheet.append([t("Recommendations taken up"), writer.cell(sheet, taken, INTEGER, bold=True)])


def write_month_workbook(report: MonthReport, target: str | Path | IO[bytes], language: str = "zh_TW",
                         progress: Progress | None = None) -> None:
    """Write the workbook of ``report`` to ``target`` (a path or a binary stream)."""
    from openpyxl import Workbook

    lang = normalise_language(language)
    t = labeller(lang)
    tables = sheet_tables(report, lang)
    say = progress or (lambda done, total: None)
    workbook = Workbook(write_only=True)
    writer = _Writer(workbook)
    write_summary(writer, report, t)
    for done, table in enumerate(tables, start=1):
        write_table(writer, table, t)
        say(done, len(tables) + 1)
    workbook.save(target)
    say(len(tables) + 1, len(tables) + 1)


def save_month_workbook(report: MonthReport, path: str | Path, language: str = "zh_TW",
                        progress: Progress | None = None) -> Path:
    """Write the workbook to ``path`` through a temporary file beside it, so a half-written workbook never
    replaces a good one (a full disk, a file open in Excel). Returns the path written."""
    target = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            write_month_workbook(report, stream, language, progress)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target


def sheet_names(language: str = "zh_TW") -> list[str]:
    t = labeller(language)
    return [t(key) for key in ("Summary", "Orders", "Labour", "Parts", "Payments", "Open deposits", "Follow-ups",
                               "Follow-up talk", "Comebacks", "Free items", "Put off", "Reminders", "Commission",
                               "Receivables", "Member cards", "Dormant and expired cards")]


def header_labels(table: Table, language: str = "zh_TW") -> Sequence[str]:
    t = labeller(language)
    return [t(column.key) for column in table.columns]
