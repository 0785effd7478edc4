"""The 外部加工單 (outside-work slip): one page per outside shop, travelling with the part: the garage, the order
number, the car, what the shop is to do and at what agreed price, when it was sent and is expected back, and the
signature lines of who sent it, the shop that took it and who checked it on return. The customer's charge is never
on it (the shop sees the garage's price only)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, TableStyle

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
    info_grid,
    make_styles,
    money,
    signature_lines,
    stationery,
    when,
    xml,
)

if TYPE_CHECKING:
    from garage_desktop.documents.sublet import SubletSlipDoc

# Every label the slip may print (its stationery: the first font subset, built once per process).
FORM_KEYS = (*PAGE_KEYS, "Outside work slip", "Outside shop", "Plate", "Vehicle", "VIN", "Sent",
             "Expected back", "Back", "#", "Work to be done", "Agreed price", "added", "Remarks", "Sent by",
             "Received by the outside shop", "Checked on return", "Date", "Outside work slip note", "Phone",
             "Address")


def render_sublet_slips(slips: Sequence[SubletSlipDoc], *, language: str = "zh_TW") -> bytes:
    """One slip per outside shop, each from a new page, as PDF bytes."""
    if not slips:
        raise ValueError("there is no outside-work slip to print")
    styles = make_styles(language)
    t = styles.t
    sections = [Section(f"sublet-{index}", t("Outside work slip"), slip_story(slip, styles), mark=slip.supplier,
                        number=slip.order_no) for index, slip in enumerate(slips)]
    first = slips[0]
    info = DocumentInfo(title=f"{t('Outside work slip')} {first.order_no}", garage=first.garage,
                        printed_at=first.printed_at, subject=first.plate,
                        keywords=[first.order_no, first.plate, *(slip.supplier for slip in slips)],
                        stationery=stationery(t, FORM_KEYS))
    return build_pdf(sections, info, styles)


def slip_story(slip: SubletSlipDoc, styles: Styles) -> list[Flowable]:
    t = styles.t
    garage = slip.garage
    block = info_grid([
        (t("Outside shop"), Big(slip.supplier), t("No."), Big(slip.order_no)),
        (t("Plate"), Big(slip.plate), t("Vehicle"), slip.make_model),
        (t("VIN"), slip.vin, t("Phone"), garage.phone),
        (t("Sent"), when(slip.sent_at), t("Expected back"), Big(when(slip.expected_back_at))),
    ], styles)
    columns = [Column(t("#"), 11, center=True), Column(t("Work to be done"), 95), Column(t("Agreed price"), 24, right=True),
               Column(t("Back"), 28, center=True), Column(t("Remarks"), 28)]
    widths = column_widths(columns)
    rows: list[list[Any]] = []
    for item in slip.items:
        what = f"{item.description} [{t('added')}]" if item.added else item.description
        rows.append([str(item.seq), fitted(what, widths[1], styles.cell), money(item.cost), when(item.back_at), ""])
    total = sum((item.cost for item in slip.items), Decimal(0))
    rows.append([t("Agreed price"), "", money(total), "", ""])
    table = data_table(t("Work to be done"), columns, rows, styles, row_padding=7)
    table.setStyle(TableStyle([("SPAN", (0, -1), (1, -1)), ("ALIGN", (0, -1), (1, -1), "RIGHT"),
                               ("BACKGROUND", (0, -1), (-1, -1), HEAD_FILL),
                               ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK)]))
    return [block, Spacer(0, 3 * mm), table, Spacer(0, 2 * mm),
            Paragraph(xml(t("Outside work slip note")), styles.small), Spacer(0, 3 * mm),
            RuledNotes(t("Remarks"), styles, min_lines=2, max_lines=4, reserve=16 * mm), Spacer(0, 2 * mm),
            signature_lines([(t("Sent by"), slip.sent_by or slip.advisor), (t("Received by the outside shop"), ""),
                             (t("Checked on return"), ""), (t("Date"), "")], styles)]
