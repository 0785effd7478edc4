"""The 維修工單 (work order / repair authorization): the customer's copy with every price, the notify-above
amount, the may-replace answer and signature lines, and the lines their package card pays marked [套餐卡…5678];
the workshop's copy with no price, amount or payment at all."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from garage_desktop.printing.damage_diagram import DamageDiagram
from garage_desktop.printing.labels import (
    DAMAGE_KEYS,
    JOB_CLASS_KEYS,
    ORIGIN_KEYS,
    PAYER_KEYS,
    REGULATORY_KEYS,
    VIEW_KEYS,
)
from garage_desktop.printing.layout import (
    CONTENT_WIDTH,
    GRID,
    HEAD_FILL,
    INK,
    PAGE_KEYS,
    TITLE_FILL,
    TITLE_SIZE,
    Big,
    Column,
    DocumentInfo,
    RuledNotes,
    Section,
    Styles,
    build_pdf,
    check_boxes,
    coefficient,
    column_widths,
    data_table,
    fitted,
    hours,
    info_grid,
    make_styles,
    money,
    plain_number,
    side_by_side,
    signature_lines,
    stationery,
    text_box,
    title_cell,
    when,
    xml,
)

if TYPE_CHECKING:
    from garage_desktop.documents.order import WorkOrderDoc

COPIES = ("customer", "workshop")
GAP = 2 * mm
# Every label a work order may print, whatever the order (with those of every payer, job class, origin, view
# and damage kind): its stationery, the characters of the first font subset, which is built once per
# process (``fonts.reserve_subsets``). A label missing here still prints; it only makes the order's own
# subset a little larger.
FORM_KEYS = (
    *PAGE_KEYS, "Work order", "Work order / repair authorization", "Customer copy", "Workshop copy", "Customer",
    "Phone", "Plate", "VIN", "Make / model", "Mileage in", "Fuel", "Received", "Order opened", "Promised completion",
    "Payer", "Job class", "Complaint (in the customer's words)", "Diagnosis", "Intake inspection", "Body damage",
    "No body damage recorded.", "Items left in the car", "Notes", "None", "Repair items", "#", "Item",
    "Standard hours", "Hourly rate", "Coefficient", "Labour charge",
    "Labour charge = standard hours × hourly rate × model complexity coefficient",
    "added", "Package card", "Team", "Mechanic", "Done", "Planned parts",
    "Part", "Brand / spec", "Origin", "Unit", "Qty", "Unit price", "Amount", "Parts charge", "Customer-supplied",
    "No planned parts.", "No repair items.", "Estimated cost", "Net of VAT", "VAT {rate}%", "Total (VAT included)",
    "Customer's instructions", "Notify the customer above this amount",
    "May other damaged parts found during the repair be replaced?", "Yes", "No", "Not set", "Terms",
    "Customer signature", "Service advisor", "Date", "Foreman", "Inspector",
    "Mechanics' notes (findings; report added items to the inspector)",
    *PAYER_KEYS.values(), *JOB_CLASS_KEYS.values(), *REGULATORY_KEYS.values(), *ORIGIN_KEYS.values(),
    *VIEW_KEYS.values(), *DAMAGE_KEYS.values(),
)
SIGNATURE_ROOM = 16 * mm  # the spacer and signature lines under a box of ruled notes


def render_work_order(doc: WorkOrderDoc, *, copies: Sequence[str] = COPIES, language: str = "zh_TW") -> bytes:
    """The work order as PDF bytes: the chosen copies ("customer", "workshop"), each from a new page."""
    styles = make_styles(language)
    t = styles.t
    sections = []
    for copy in copies:
        if copy == "customer":
            sections.append(Section("customer", t("Work order / repair authorization"), customer_story(doc, styles),
                                    mark=t("Customer copy"), number=doc.order_no))
        elif copy == "workshop":
            sections.append(Section("workshop", t("Work order"), workshop_story(doc, styles),
                                    mark=t("Workshop copy"), number=doc.order_no))
        else:
            raise ValueError(f"unknown copy {copy!r}: use 'customer' or 'workshop'")
    info = DocumentInfo(title=f"{t('Work order')} {doc.order_no}", garage=doc.garage, printed_at=doc.printed_at,
                        subject=f"{doc.plate} {doc.customer_name}".strip(), keywords=[doc.order_no, doc.plate],
                        stationery=stationery(t, FORM_KEYS))
    return build_pdf(sections, info, styles)


# ---------------------------------------------------------------- blocks both copies share

def _job_class(doc: WorkOrderDoc, styles: Styles) -> str:
    everyday = styles.t(JOB_CLASS_KEYS.get(doc.job_class, doc.job_class))
    regulatory = styles.t(REGULATORY_KEYS.get(doc.regulatory_class, doc.regulatory_class))
    return everyday if everyday == regulatory else f"{everyday}（{regulatory}）"


def order_block(doc: WorkOrderDoc, styles: Styles) -> Table:
    t = styles.t
    mileage = f"{doc.mileage_in:,} km" if doc.mileage_in is not None else ""
    fuel = f"{doc.fuel_level}/8" if doc.fuel_level is not None else ""
    payers = check_boxes([(t(label), code == doc.payer) for code, label in PAYER_KEYS.items()])
    return info_grid([
        (t("Customer"), doc.customer_name, t("Phone"), doc.customer_phone),
        (t("Plate"), Big(doc.plate), t("VIN"), doc.vin),
        (t("Make / model"), doc.make_model, t("Mileage in"), mileage),
        (t("Fuel"), fuel, t("Received"), when(doc.received_at)),
        (t("Job class"), _job_class(doc, styles), t("Order opened"), when(doc.confirmed_at)),
        (t("Payer"), payers, t("Promised completion"), Big(when(doc.promised_at))),
    ], styles)


def complaint_blocks(doc: WorkOrderDoc, styles: Styles) -> list[Flowable]:
    t = styles.t
    blocks: list[Flowable] = [text_box(t("Complaint (in the customer's words)"), doc.complaint, styles,
                                       min_height=10 * mm)]
    if doc.diagnosis.strip():
        blocks += [Spacer(0, GAP), text_box(t("Diagnosis"), doc.diagnosis, styles)]
    return blocks


def intake_block(doc: WorkOrderDoc, styles: Styles) -> Table:
    """接車檢查: the body diagram with the marks, the list of marks, items left in the car."""
    t = styles.t
    drawing = DamageDiagram(doc.damage_marks, CONTENT_WIDTH - 12, t, styles.font)
    if doc.damage_marks:
        listed = "　".join(
            f"<font color='#c62828'>{mark.number}</font> {t(VIEW_KEYS.get(mark.view, mark.view))} "
            f"{t(DAMAGE_KEYS.get(mark.kind, mark.kind))}" + (f"（{xml(mark.note)}）" if mark.note else "")
            for mark in doc.damage_marks)
    else:
        listed = t("No body damage recorded.")
    items = xml(doc.items_left.strip()) or t("None")
    notes = f"<br/>{t('Notes')}{t(':')}{xml(doc.intake_notes)}" if doc.intake_notes.strip() else ""
    half = CONTENT_WIDTH / 2
    table = Table([
        [title_cell(t("Intake inspection"), CONTENT_WIDTH, styles), ""],
        [drawing, ""],
        *side_by_side([Paragraph(f"{t('Body damage')}{t(':')}{listed}", styles.cell),
                       Paragraph(f"{t('Items left in the car')}{t(':')}{items}{notes}", styles.cell)], [half, half]),
    ], colWidths=[half, half])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), styles.font, 8.5),
        ("FONT", (0, 0), (0, 0), styles.font, TITLE_SIZE),
        ("SPAN", (0, 0), (-1, 0)),
        ("SPAN", (0, 1), (-1, 1)),
        ("BOX", (0, 0), (-1, -1), 0.9, INK),
        ("BACKGROUND", (0, 0), (-1, 0), TITLE_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.4, GRID),
        ("LINEABOVE", (0, 2), (-1, 2), 0.4, GRID),
        ("LINEAFTER", (0, 2), (0, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, 0), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 2.5),
        ("TOPPADDING", (0, 1), (-1, 1), 4),
    ]))
    return table


def _item(name: str, added: bool, width: float, styles: Styles, card: str = "") -> str | Paragraph:
    """An item's name (marked when it is added work, and on the customer's copy when their package card pays it:
    ``card`` is the card's last digits), wrapped only when it does not fit its column."""
    marks = ([styles.t("added")] if added else []) + ([f"{styles.t('Package card')}{card}"] if card else [])
    return fitted(name + "".join(f" [{mark}]" for mark in marks), width, styles.cell)


def _labour_note(styles: Styles, *, priced: bool) -> str:
    # Documents carry real hours at the hourly rate whatever the garage's unit (services/documents.py).
    return styles.t("Labour charge = standard hours × hourly rate × model complexity coefficient") if priced else ""


def _subtotal_row(label: str, amount: str, columns: int) -> list[Any]:
    return [label] + [""] * (columns - 2) + [amount]


def _style_subtotal(table: Table, columns: int) -> None:
    """The last row of a priced table is its subtotal: the label spans up to the amount, both right."""
    table.setStyle(TableStyle([
        ("SPAN", (0, -1), (columns - 2, -1)),
        ("ALIGN", (0, -1), (-1, -1), "RIGHT"),
        ("BACKGROUND", (0, -1), (-1, -1), HEAD_FILL),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK),
    ]))


# ---------------------------------------------------------------- the customer's copy

def labour_table(doc: WorkOrderDoc, styles: Styles) -> Table:
    t = styles.t
    columns = [Column(t("#"), 11, center=True), Column(t("Item"), 83), Column(t("Standard hours"), 18, right=True),
               Column(t("Hourly rate"), 20, right=True), Column(t("Coefficient"), 22, right=True),
               Column(t("Labour charge"), 28, right=True)]
    width = column_widths(columns)[1]
    rows: list[list[Any]] = [
        [str(line.seq), _item(line.name, line.added, width, styles, line.card), hours(line.standard_hours),
         money(line.rate), coefficient(line.coefficient), t("Free") if line.free else money(line.amount)]
        for line in doc.labour]
    if rows:
        rows.append(_subtotal_row(t("Labour charge"), money(doc.totals.labour), len(columns)))
    table = data_table(t("Repair items"), columns, rows, styles, note=_labour_note(styles, priced=True),
                       empty=t("No repair items."))
    if rows:
        _style_subtotal(table, len(columns))
    return table


def parts_table(doc: WorkOrderDoc, styles: Styles) -> Table:
    t = styles.t
    columns = [Column(t("#"), 11, center=True), Column(t("Part"), 46), Column(t("Brand / spec"), 34),
               Column(t("Origin"), 13, center=True), Column(t("Unit"), 11, center=True),
               Column(t("Qty"), 14, right=True), Column(t("Unit price"), 23, right=True),
               Column(t("Amount"), 30, right=True)]
    widths = column_widths(columns)
    rows: list[list[Any]] = []
    for line in doc.parts:
        supplied = line.customer_supplied
        rows.append([str(line.seq), _item(line.name, line.added, widths[1], styles, line.card),
                     fitted(line.spec, widths[2], styles.cell),
                     t(ORIGIN_KEYS.get(line.origin, line.origin)), fitted(line.unit, widths[4], styles.cell_center),
                     plain_number(line.quantity),
                     "—" if supplied else money(line.unit_price),
                     t("Customer-supplied") if supplied else t("Free") if line.free else money(line.amount)])
    if rows:
        rows.append(_subtotal_row(t("Parts charge"), money(doc.totals.parts), len(columns)))
    table = data_table(t("Planned parts"), columns, rows, styles, empty=t("No planned parts."))
    if rows:
        _style_subtotal(table, len(columns))
    return table


def outside_table(doc: WorkOrderDoc, styles: Styles, *, priced: bool = True) -> Table:
    """外加工: work an outside shop does (the customer's copy with its charge, the workshop's without)."""
    t = styles.t
    columns = [Column(t("#"), 11, center=True), Column(t("Work to be done"), 90 if priced else 110),
               Column(t("Outside shop"), 50 if priced else 60)] + (
        [Column(t("Outside work charge"), 29, right=True)] if priced else [])
    widths = column_widths(columns)
    rows: list[list[Any]] = [
        [str(line.seq), _item(line.description, line.added, widths[1], styles),
         fitted(line.supplier, widths[2], styles.cell),
         *([t("Free") if line.free else money(line.amount)] if priced else [])]
        for line in doc.outside]
    if priced:
        rows.append(_subtotal_row(t("Outside work charge"), money(doc.totals.outside), len(columns)))
    table = data_table(t("Outside work"), columns, rows, styles)
    if priced:
        _style_subtotal(table, len(columns))
    return table


def agreements_block(doc: WorkOrderDoc, styles: Styles) -> Table:
    """客戶約定: above which amount to phone first, and whether found damaged parts may be replaced."""
    t = styles.t
    notify = f"¥{money(doc.notify_above)}" if doc.notify_above is not None else t("Not set")
    answer = doc.may_replace_found_parts
    replace = check_boxes([(t("Yes"), answer is True), (t("No"), answer is False)])
    widths = [w * mm for w in (22, 36, 27, 55, 40)]
    answer_style = ParagraphStyle("gd-answer", parent=styles.cell, fontSize=10)  # leading as the labels'
    row = [title_cell(t("Customer's instructions"), widths[0], styles),
           fitted(t("Notify the customer above this amount"), widths[1], styles.cell),
           fitted(notify, widths[2], answer_style),
           fitted(t("May other damaged parts found during the repair be replaced?"), widths[3], styles.cell),
           fitted(replace, widths[4], answer_style)]
    table = Table([row], colWidths=widths)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), styles.font, 8.5, styles.cell.leading),
        ("FONT", (0, 0), (0, 0), styles.font, TITLE_SIZE),
        ("FONT", (2, 0), (2, 0), styles.font, 10, styles.cell.leading),
        ("FONT", (4, 0), (4, 0), styles.font, 10, styles.cell.leading),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BOX", (0, 0), (-1, -1), 0.9, INK),
        ("BACKGROUND", (0, 0), (0, 0), TITLE_FILL),
        ("BACKGROUND", (1, 0), (1, 0), HEAD_FILL),
        ("BACKGROUND", (3, 0), (3, 0), HEAD_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def totals_block(doc: WorkOrderDoc, styles: Styles) -> Table:
    """預計費用: labour, parts, net, VAT and the total the customer is quoted, side by side."""
    t = styles.t
    totals = doc.totals
    rate = plain_number(totals.tax_rate * 100, 2)
    labels = [t("Labour charge"), t("Parts charge"), t("Net of VAT"), t("VAT {rate}%").format(rate=rate),
              t("Total (VAT included)")]
    values = [money(totals.labour), money(totals.parts), money(totals.net), money(totals.tax),
              f"¥{money(totals.gross)}"]
    widths = [w * mm for w in (22, 30, 30, 30, 28, 40)]
    if totals.outside or doc.outside:  # 外加工費 beside labour and parts
        labels.insert(2, t("Outside work charge"))
        values.insert(2, money(totals.outside))
        widths = [w * mm for w in (22, 25, 25, 25, 25, 24, 34)]
    table = Table([[title_cell(t("Estimated cost"), widths[0], styles), *labels], ["", *values]], colWidths=widths)
    table.setStyle(TableStyle([
        ("SPAN", (0, 0), (0, 1)),
        ("FONT", (0, 0), (-1, -1), styles.font, 8.5),
        ("FONT", (0, 0), (0, 0), styles.font, TITLE_SIZE),
        ("FONT", (1, 1), (-1, 1), styles.font, 9.5),
        ("FONT", (-1, 1), (-1, 1), styles.font, 12),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BOX", (0, 0), (-1, -1), 0.9, INK),
        ("BOX", (-1, 0), (-1, -1), 0.9, INK),
        ("BACKGROUND", (0, 0), (0, 1), TITLE_FILL),
        ("BACKGROUND", (1, 0), (-1, 0), HEAD_FILL),
        ("ALIGN", (1, 0), (-1, 0), "CENTER"),
        ("ALIGN", (1, 1), (-1, 1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (1, 1), (-1, 1), 4),
        ("BOTTOMPADDING", (1, 1), (-1, 1), 5),
    ]))
    return table


def customer_story(doc: WorkOrderDoc, styles: Styles) -> list[Flowable]:
    t = styles.t
    closing = KeepTogether([
        totals_block(doc, styles),
        Spacer(0, GAP),
        agreements_block(doc, styles),
        Spacer(0, 1.5 * mm),
        Paragraph(xml(t("Terms")), styles.small),
        Spacer(0, 2 * mm),
        signature_lines([(t("Customer signature"), ""), (t("Service advisor"), doc.advisor), (t("Date"), "")],
                        styles),
    ])
    return [order_block(doc, styles), Spacer(0, GAP), *complaint_blocks(doc, styles), Spacer(0, GAP),
            intake_block(doc, styles), Spacer(0, GAP), labour_table(doc, styles), Spacer(0, GAP),
            parts_table(doc, styles), Spacer(0, GAP),
            *([outside_table(doc, styles), Spacer(0, GAP)] if doc.outside else []), closing]


# ---------------------------------------------------------------- the workshop's copy (no prices)

def workshop_labour_table(doc: WorkOrderDoc, styles: Styles) -> Table:
    t = styles.t
    columns = [Column(t("#"), 11, center=True), Column(t("Item"), 95), Column(t("Standard hours"), 18, right=True),
               Column(t("Team"), 22, center=True), Column(t("Mechanic"), 22, center=True),
               Column(t("Done"), 14, center=True)]
    widths = column_widths(columns)
    rows = [[str(line.seq), _item(line.name, line.added, widths[1], styles), hours(line.standard_hours),
             fitted(line.team, widths[3], styles.cell_center), fitted(line.mechanic, widths[4], styles.cell_center),
             "✓" if line.finished_at else "□"]
            for line in doc.labour]
    return data_table(t("Repair items"), columns, rows, styles, note=_labour_note(styles, priced=False),
                      empty=t("No repair items."), row_padding=3.5)


def workshop_parts_table(doc: WorkOrderDoc, styles: Styles) -> Table:
    t = styles.t
    columns = [Column(t("#"), 11, center=True), Column(t("Part"), 62), Column(t("Brand / spec"), 55),
               Column(t("Origin"), 18, center=True), Column(t("Unit"), 16, center=True),
               Column(t("Qty"), 20, right=True)]
    widths = column_widths(columns)
    rows = [[str(line.seq), _item(line.name, line.added, widths[1], styles), fitted(line.spec, widths[2], styles.cell),
             fitted(t("Customer-supplied") if line.customer_supplied else t(ORIGIN_KEYS.get(line.origin, line.origin)),
                    widths[3], styles.cell_center),
             fitted(line.unit, widths[4], styles.cell_center), plain_number(line.quantity)]
            for line in doc.parts]
    return data_table(t("Planned parts"), columns, rows, styles, empty=t("No planned parts."))


def workshop_story(doc: WorkOrderDoc, styles: Styles) -> list[Flowable]:
    t = styles.t
    closing = [
        RuledNotes(t("Mechanics' notes (findings; report added items to the inspector)"), styles, min_lines=3,
                   max_lines=10, reserve=SIGNATURE_ROOM),
        Spacer(0, 2 * mm),
        signature_lines([(t("Foreman"), ""), (t("Inspector"), ""), (t("Date"), "")], styles),
    ]
    return [order_block(doc, styles), Spacer(0, GAP), *complaint_blocks(doc, styles), Spacer(0, GAP),
            intake_block(doc, styles), Spacer(0, GAP), workshop_labour_table(doc, styles), Spacer(0, GAP),
            workshop_parts_table(doc, styles), Spacer(0, GAP),
            *([outside_table(doc, styles, priced=False), Spacer(0, GAP)] if doc.outside else []), *closing]
