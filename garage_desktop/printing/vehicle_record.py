"""The owner's repair record (機動車維修檔案): the car and its owner, then every repair — dates, mileage, class,
complaint and diagnosis, the labour and parts, the warranty (within or ended), comebacks and the follow-up
calls — and the work still recommended. Built from ``documents.vehicle.VehicleRecordDoc``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from garage_desktop.printing.labels import (
    JOB_CLASS_KEYS,
    PAYER_KEYS,
    REGULATORY_KEYS,
    labeller,
    table_for,
)
from garage_desktop.printing.layout import (
    CELL_PADDING,
    CONTENT_WIDTH,
    GRID,
    HEAD_FILL,
    INK,
    Big,
    Capped,
    Column,
    DocumentInfo,
    Section,
    Styles,
    build_pdf,
    column_widths,
    data_table,
    fitted,
    hours,
    make_styles,
    money,
    pieces,
    plain_number,
    xml,
)

if TYPE_CHECKING:
    from garage_desktop.documents.vehicle import (
        HistoryCall,
        HistoryDelayCall,
        HistoryOrder,
        HistoryProcessCheck,
        VehicleRecordDoc,
    )

GAP = 2 * mm

ZH_TW: dict[str, str] = {
    "Vehicle repair record": "機動車維修檔案",
    "No.": "車牌",
    "Owner": "車主",
    "Year": "年份",
    "Colour": "顏色",
    "Last recorded mileage": "最近記錄里程",
    "Repairs on record": "維修次數",
    "Date in": "進廠日期",
    "Date out": "出廠日期",
    "Mileage out": "出廠里程",
    "Status": "狀態",
    "Certificate no.": "合格證號",
    "Quality warranty": "質量保證期",
    "Within warranty until {date}": "保證期內，至 {date}",
    "Warranty ended ({date})": "已過保證期（至 {date}）",
    " or {km} km": " 或 {km} km",
    "Not handed over yet": "車輛尚未出廠",
    "Comeback of {order}": "返修（原工單 {order}）",
    "free of charge": "免費",
    "Came back under warranty: {orders}": "保證期內返修：{orders}",
    "Follow-up": "回訪記錄",
    "Reached, satisfaction {score}/5": "已聯繫，滿意度 {score}/5",
    "Not reached": "未聯繫上",
    "No follow-up call yet.": "尚未回訪。",
    "Complaint": "投訴",
    "Checks during the repair": "維修過程檢驗",
    "ok": "正常",
    "problem": "發現問題",
    "done:": "處理：",
    "Delay announced": "延誤通知",
    "new time {time}": "新交車時間 {time}",
    "called after the promised time": "已過原約定時間才通知",
    "phone": "電話",
    "in_person": "當面",
    "message": "訊息",
    "Resolution": "處理結果",
    "open": "處理中",
    "Items": "維修項目及材料",
    "Kind": "類別",
    "Labour item": "工時",
    "Material": "材料",
    "Qty / hours": "數量／工時",
    "Total": "合計",
    "Recommended work not yet done": "建議維修項目（客戶暫緩或未同意）",
    "Recommended on": "建議日期",
    "Order": "工單",
    "No recommendations.": "無待辦的建議項目。",
    "No repairs on record.": "無維修記錄。",
    "Record note": "本檔案列出本廠對該車輛的全部維修記錄，供車主查閱；質量保證期自出廠之日起計算，以里程或日數先到者為準。",
    "Received": "已接車",
    "Estimated": "已估價",
    "Work order confirmed": "已開單",
    "In repair": "維修中",
    "Added work awaiting customer": "追加項目待確認",
    "Awaiting final QC": "待總檢",
    "Rework": "返工",
    "Ready for pickup": "待交車",
    "Released on deposit": "押金提車",
    "Settled": "已結算",
    "Delivered": "已交車",
    "Followed up": "已回訪",
    "Deposit refunded": "已退押金",
    "Cancelled": "已取消",
}
EN: dict[str, str] = {
    "ok": "OK", "problem": "Problem", "done:": "done: ", "phone": "by phone", "in_person": "in person",
    "message": "by message",
    "No.": "Plate",
    "Record note": "This record lists every repair this garage did on the car, for its owner. The quality warranty "
                   "runs from the day the car left, until the km or the days of its class are reached, whichever "
                   "comes first.",
}


def record_styles(language: str) -> Styles:
    """The shared page styles with this record's labels looked up first."""
    styles = make_styles(language)
    own = table_for(language, ZH_TW, EN)
    shared: Callable[[str], str] = labeller(language)
    return replace(styles, t=lambda key: own.get(key) or shared(key))


def render_vehicle_record(doc: VehicleRecordDoc, *, language: str = "zh_TW") -> bytes:
    styles = record_styles(language)
    t = styles.t
    history = doc.history
    section = Section("vehicle_record", t("Vehicle repair record"), record_story(doc, styles), number=history.plate)
    info = DocumentInfo(title=f"{t('Vehicle repair record')} {history.plate}", garage=doc.garage,
                        printed_at=doc.printed_at, subject=f"{history.plate} {history.customer_name}".strip(),
                        keywords=[history.plate, *(o.order_no for o in history.orders)])
    return build_pdf([section], info, styles)


def grid(rows: list[tuple[Any, ...]], styles: Styles) -> Flowable:
    """Label/value pairs, two a row, like ``info_grid``; a one-pair row's value runs across the line and
    long values wrap (diagnoses and follow-up notes can be long)."""
    labels = [str(row[i]) for row in rows for i in range(0, len(row), 2)]
    label_width = min(max(max(stringWidth(text, styles.font, 8.5) for text in labels) + 13, 22 * mm), 36 * mm)
    value_width = (CONTENT_WIDTH - 2 * label_width) / 2
    big = ParagraphStyle("gd-record-big", parent=styles.cell, fontSize=10.5, leading=13)
    data: list[list[Any]] = []
    commands: list[tuple[Any, ...]] = []
    heads: list[int] = []  # the first table row of each pair row
    for row in rows:
        heads.append(len(data))
        cells: list[Any] = []
        for i in range(0, len(row), 2):
            value = row[i + 1]
            text, style = (value.text, big) if isinstance(value, Big) else (str(value), styles.cell)
            cells += [Capped(Paragraph(xml(str(row[i])), styles.cell)), Capped(Paragraph(xml(text), style))]
        if len(row) != 2:
            data.append(cells)
            continue
        # A value across the line (the complaint, the follow-up calls): in pieces, so it can run onto the next page.
        parts = pieces(Paragraph(xml(text), style), CONTENT_WIDTH - label_width - CELL_PADDING)
        for k, part in enumerate(parts):
            commands.append(("SPAN", (1, len(data)), (3, len(data))))
            data.append([cells[0] if k == 0 else "", part, "", ""])
    table = Table(data, colWidths=[label_width, value_width, label_width, value_width])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), styles.font, 8.5),  # every cell holds a paragraph, but ReportLab sets the font
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BOX", (0, 0), (-1, -1), 0.9, INK),
        ("BACKGROUND", (0, 0), (0, -1), HEAD_FILL),
        *[("BACKGROUND", (2, r), (2, r), HEAD_FILL) for r, row in zip(heads, rows, strict=True) if len(row) > 2],
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        *commands,
    ]))
    return table


def _km(value: int | None) -> str:
    return f"{value:,} km" if value is not None else ""


def _day(moment: Any) -> str:
    return moment.strftime("%Y-%m-%d") if moment else ""


def _class(order: HistoryOrder, t: Callable[[str], str]) -> str:
    everyday = t(JOB_CLASS_KEYS.get(order.job_class.value, order.job_class.value))
    regulatory = t(REGULATORY_KEYS.get(order.regulatory_class.value, order.regulatory_class.value))
    return everyday if everyday == regulatory else f"{everyday}（{regulatory}）"


def warranty_text(order: HistoryOrder, t: Callable[[str], str]) -> str:
    w = order.warranty
    if w.state == "not_started" or w.until is None:
        return t("Not handed over yet")
    until = w.until.isoformat()
    if w.until_km is not None:
        until += t(" or {km} km").format(km=f"{w.until_km:,}")
    key = "Within warranty until {date}" if w.state == "within" else "Warranty ended ({date})"
    return t(key).format(date=until)


def owner_block(doc: VehicleRecordDoc, styles: Styles) -> Flowable:
    t, h = styles.t, doc.history
    year_colour = "　".join(p for p in (str(h.year) if h.year else "", h.colour) if p)
    rows: list[tuple[Any, ...]] = [
        (t("Owner"), h.customer_name, t("Phone"), h.phone),
        (t("Plate"), Big(h.plate), t("Make / model"), h.make_model),
        (t("VIN"), h.vin, f"{t('Year')} / {t('Colour')}", year_colour),
        (t("Last recorded mileage"), _km(h.last_mileage), t("Repairs on record"),
         str(sum(1 for o in h.orders if o.repaired))),
    ]
    if h.address:
        rows.append((t("Address"), h.address))
    return grid(rows, styles)


def _call_text(call: HistoryCall, t: Callable[[str], str]) -> str:
    head = (t("Reached, satisfaction {score}/5").format(score=call.satisfaction) if call.reached
            else t("Not reached"))
    parts = [f"{call.called_at:%Y-%m-%d %H:%M}", head]
    if call.remarks:
        parts.append(call.remarks)
    text = "　".join(parts)
    if call.complaint:
        text += f"；{t('Complaint')}{t(':')}{call.complaint}"
        resolution = call.resolution if call.resolved_at else t("open")
        text += f"；{t('Resolution')}{t(':')}{resolution}"
    return text


def _check_text(check: HistoryProcessCheck, t: Callable[[str], str]) -> str:
    text = f"{check.checked_at:%Y-%m-%d %H:%M} {check.line_label} {t(check.result)}"
    if check.finding:
        text += f"{t(':')}{check.finding}"
    if check.result == "problem" and check.action:
        text += f"；{t('done:')}{check.action}"
    return text + (f"（{check.inspector}）" if check.inspector else "")


def _delay_text(call: HistoryDelayCall, t: Callable[[str], str]) -> str:
    text = (f"{call.called_at:%Y-%m-%d %H:%M} {t(call.method)} {call.answered_by}{t(':')}{call.reason}；"
            + t("new time {time}").format(time=f"{call.new_promised_at:%Y-%m-%d %H:%M}"))
    return text if call.in_advance else f"{text}（{t('called after the promised time')}）"


def items_table(order: HistoryOrder, styles: Styles) -> Any:
    t = styles.t
    columns = [Column(t("Kind"), 12, center=True), Column(t("Item"), 70), Column(t("Brand / spec"), 30),
               Column(t("Qty / hours"), 18, right=True), Column(t("Unit price"), 20, right=True),
               Column(t("Amount"), 22, right=True)]
    widths = column_widths(columns)
    rows: list[list[Any]] = []
    for line in order.labour:
        name = f"{line.name}（{t('added')}）" if line.added else line.name
        rows.append([t("Labour item"), fitted(name, widths[1], styles.cell), "", hours(line.hours), "",
                     money(line.amount)])
    for part in order.parts:
        name = f"{part.name}（{t('added')}）" if part.added else part.name
        quantity = f"{plain_number(part.quantity)} {part.unit}".strip()
        rows.append([t("Material"), fitted(name, widths[1], styles.cell), fitted(part.spec, widths[2], styles.cell),
                     quantity, "—" if part.customer_supplied else money(part.unit_price),
                     t("Customer-supplied") if part.customer_supplied else money(part.amount)])
    for work in order.outside:  # 外加工
        name = f"{work.description}（{t('added')}）" if work.added else work.description
        rows.append([t("Outside work"), fitted(name, widths[1], styles.cell),
                     fitted(work.supplier, widths[2], styles.cell), "", "", money(work.amount)])
    if rows:
        rows.append([t("Total"), "", "", "", "", money(order.total)])
    table = data_table(t("Items"), columns, rows, styles, empty=t("No repair items."))
    if rows:
        table.setStyle(TableStyle([("SPAN", (0, -1), (4, -1)), ("ALIGN", (0, -1), (-1, -1), "RIGHT"),
                                   ("BACKGROUND", (0, -1), (-1, -1), HEAD_FILL),
                                   ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK)]))
    return table


def order_block(order: HistoryOrder, styles: Styles) -> Flowable:
    t = styles.t
    status = t(order.status_label)
    heading = Paragraph(f"<font size=10.5>{xml(order.order_no)}</font>　{xml(_day(order.received_at))}　"
                        f"{xml(_class(order, t))}　{xml(status)}", styles.body)
    comeback = ""
    if order.comeback_of:
        comeback = t("Comeback of {order}").format(order=order.comeback_of)
        if order.free_of_charge:
            comeback += f"　{t('free of charge')}"
    if order.comebacks:
        later = t("Came back under warranty: {orders}").format(orders="、".join(order.comebacks))
        comeback = f"{comeback}；{later}" if comeback else later
    rows: list[tuple[Any, ...]] = [
        (t("Date in"), _day(order.received_at), t("Date out"), _day(order.delivered_at)),
        (t("Mileage in"), _km(order.mileage_in), t("Mileage out"), _km(order.mileage_out)),
        (t("Payer"), t(PAYER_KEYS.get(order.payer.value, order.payer.value)), t("Certificate no."),
         order.certificate_no),
        (t("Complaint (in the customer's words)"), order.complaint),
    ]
    if order.diagnosis:
        rows.append((t("Diagnosis"), order.diagnosis))
    rows.append((t("Quality warranty"), warranty_text(order, t)))
    if comeback:
        rows.append((t("Remarks"), comeback))
    if order.process_checks:
        rows.append((t("Checks during the repair"), "\n".join(_check_text(c, t) for c in order.process_checks)))
    if order.delay_calls:
        rows.append((t("Delay announced"), "\n".join(_delay_text(c, t) for c in order.delay_calls)))
    calls = "\n".join(_call_text(c, t) for c in order.calls) or t("No follow-up call yet.")
    if order.warranty.state != "not_started" or order.calls:
        rows.append((t("Follow-up"), calls))
    return KeepTogether([heading, Spacer(0, 1 * mm), grid(rows, styles), items_table(order, styles)])


def recommendations_table(doc: VehicleRecordDoc, styles: Styles) -> Any:
    t = styles.t
    columns = [Column(t("#"), 10, center=True), Column(t("Item"), 100), Column(t("Recommended on"), 24, center=True),
               Column(t("Order"), 28, center=True)]
    widths = column_widths(columns)
    rows = [[str(n), fitted(r.description, widths[1], styles.cell), _day(r.created_at), r.order_no]
            for n, r in enumerate(doc.history.open_recommendations, start=1)]
    return data_table(t("Recommended work not yet done"), columns, rows, styles, empty=t("No recommendations."))


def record_story(doc: VehicleRecordDoc, styles: Styles) -> list[Flowable]:
    t = styles.t
    story: list[Flowable] = [owner_block(doc, styles), Spacer(0, GAP),
                             Paragraph(xml(t("Record note")), styles.small), Spacer(0, GAP)]
    repairs = [o for o in doc.history.orders if o.repaired]
    if not repairs:
        story += [Paragraph(xml(t("No repairs on record.")), styles.body), Spacer(0, GAP)]
    for order in repairs:
        story += [order_block(order, styles), Spacer(0, 3 * mm)]
    story.append(recommendations_table(doc, styles))
    return story
