"""The 派工單 (dispatch slip): for each team, the order's labour lines given to it, with start and finish
columns the foreman fills in by hand, and the foreman's and inspector's signature lines.

派工時間 is when the team was given the work (the earliest of its lines), never the printing time, which the
footer prints as 列印時間. When the slip's lines were dispatched at different times (added work given to the
team later), each line also shows its own time in a 派工時間 column; a slip of lines not dispatched yet says so.
``services.documents`` says where the times come from."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, TableStyle

from garage_desktop.printing.layout import (
    HEAD_FILL,
    INK,
    PAGE_KEYS,
    Big,
    Column,
    DocumentInfo,
    RuledNotes,
    Section,
    Styles,
    build_pdf,
    column_widths,
    data_table,
    fitted,
    hours,
    info_grid,
    make_styles,
    signature_lines,
    stationery,
    text_box,
    when,
)

if TYPE_CHECKING:
    from garage_desktop.documents.order import DispatchSlipDoc


# Every label a dispatch slip may print: its stationery, the first font subset, built once per process.
FORM_KEYS = (*PAGE_KEYS, "Dispatch slip", "Unassigned", "Team", "Plate", "Vehicle", "Dispatched",
             "Promised completion", "#", "Item", "Standard hours", "Mechanic", "Start", "Finish", "Remarks", "added",
             "Total hours", "Repair items", "No repair items.", "not dispatched yet",
             "Complaint (in the customer's words)", "Foreman", "Inspector", "Date")


def render_dispatch_slips(slips: Sequence[DispatchSlipDoc], *, language: str = "zh_TW") -> bytes:
    """One slip per team, each starting on a new page, as PDF bytes."""
    if not slips:
        raise ValueError("there is no dispatch slip to print")
    styles = make_styles(language)
    t = styles.t
    sections = [Section(f"team-{index}", t("Dispatch slip"), slip_story(slip, styles),
                        mark=slip.team or t("Unassigned"), number=slip.order_no)
                for index, slip in enumerate(slips)]
    first = slips[0]
    info = DocumentInfo(title=f"{t('Dispatch slip')} {first.order_no}", garage=first.garage,
                        printed_at=first.printed_at, subject=first.plate, keywords=[first.order_no, first.plate],
                        stationery=stationery(t, FORM_KEYS))
    return build_pdf(sections, info, styles)


def slip_story(slip: DispatchSlipDoc, styles: Styles) -> list[Flowable]:
    t = styles.t
    block = info_grid([
        (t("No."), slip.order_no, t("Team"), Big(slip.team or t("Unassigned"))),
        (t("Plate"), Big(slip.plate), t("Vehicle"), slip.make_model),
        (t("Dispatched"), when(slip.dispatched_at) or ("" if slip.team else t("not dispatched yet")),
         t("Promised completion"), Big(when(slip.promised_at))),
    ], styles)
    # each line's own time only when they differ (to the minute printed): otherwise the header says it all
    per_line = len({when(line.dispatched_at) for line in slip.lines if line.dispatched_at is not None}) > 1
    columns = [Column(t("#"), 11, center=True), Column(t("Item"), 70 - 10 * per_line),
               Column(t("Standard hours"), 17, right=True), Column(t("Mechanic"), 22, center=True),
               *([Column(t("Dispatched"), 24, center=True)] if per_line else []),
               Column(t("Start"), 24, center=True), Column(t("Finish"), 24, center=True),
               Column(t("Remarks"), 22 - 10 * per_line)]
    widths = column_widths(columns)
    rows: list[list[Any]] = []
    for line in slip.lines:
        name = f"{line.name} [{t('added')}]" if line.added else line.name
        rows.append([str(line.seq), fitted(name, widths[1], styles.cell), hours(line.standard_hours),
                     fitted(line.mechanic, widths[3], styles.cell_center),
                     *([when(line.dispatched_at)[5:]] if per_line else []),
                     when(line.started_at)[5:], when(line.finished_at)[5:], ""])
    if rows:
        total_hours = sum((line.standard_hours for line in slip.lines), Decimal(0))
        rows.append([t("Total hours"), "", hours(total_hours), "", *([""] if per_line else []), "", "", ""])
    table = data_table(t("Repair items"), columns, rows, styles, empty=t("No repair items."),
                       row_padding=7)
    if slip.lines:
        table.setStyle(TableStyle([("SPAN", (0, -1), (1, -1)), ("ALIGN", (0, -1), (1, -1), "RIGHT"),
                                   ("BACKGROUND", (0, -1), (-1, -1), HEAD_FILL),
                                   ("TOPPADDING", (0, -1), (-1, -1), 2), ("BOTTOMPADDING", (0, -1), (-1, -1), 2.5),
                                   ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK)]))
    story: list[Flowable] = [block, Spacer(0, 3 * mm)]
    if slip.complaint.strip():
        story += [text_box(t("Complaint (in the customer's words)"), slip.complaint, styles), Spacer(0, 3 * mm)]
    story += [table, Spacer(0, 3 * mm),
              RuledNotes(t("Remarks"), styles, min_lines=2, max_lines=4, reserve=16 * mm),
              Spacer(0, 2 * mm),
              signature_lines([(t("Foreman"), ""), (t("Inspector"), ""), (t("Date"), "")], styles)]
    return story
