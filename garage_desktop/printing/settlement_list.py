"""The 機動車維修費用結算清單 (settlement list, after JT/T 1133-2017): customer and shop blocks, the vehicle,
the totals by category and payer with the amount in words, materials and labour line by line (customer-supplied
parts marked), the warranty period, what happens to the old parts, and the signatures. Given before payment.

Before the car passed final QC the list is a draft (``SettlementDoc.draft``): "草稿 — 未出廠" in the header box and
across every page, a line saying so, no exit date and no warranty line. A deposit prints as a deposit with its
state (held, applied, refunded), apart from what was paid; see ``services.checkout_documents`` for the rules."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from garage_desktop.domain.settlement import amount_in_words
from garage_desktop.printing.labels import (
    JOB_CLASS_KEYS,
    ORIGIN_KEYS,
    PAYER_KEYS,
    REGULATORY_KEYS,
    is_chinese,
    labeller,
    table_for,
)
from garage_desktop.printing.layout import (
    CONTENT_WIDTH,
    GRID,
    HEAD_FILL,
    INK,
    TITLE_FILL,
    TITLE_SIZE,
    Big,
    Column,
    DocumentInfo,
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
    signature_lines,
    title_cell,
    when,
    xml,
)

if TYPE_CHECKING:
    from garage_desktop.documents.checkout import DepositDoc, SettlementDoc

GAP = 2 * mm

# Labels of the checkout paperwork not (yet) in printing.labels; looked up first, then the shared table.
ZH_TW: dict[str, str] = {
    "Settlement list": "機動車維修費用結算清單",
    "Receipt": "收款收據",
    "Customer (owner)": "托修方（車主）",
    "Repair shop": "承修方",
    "Date in": "進廠日期",
    "Date out": "出廠日期",
    "Mileage out": "出廠里程",
    "Work order no.": "工單號",
    "Certificate no.": "合格證號",
    "Charges": "維修費用結算表",
    "Charge": "費用項目",
    "Materials": "材料費明細",
    "Labour": "工時費明細",
    "Hours": "結算工時",
    "Discount": "優惠",
    "Total": "合計",
    "Customer pays": "客戶應付",
    "Maker pays (receivable)": "廠家應付（三包）",
    "Insurer pays (receivable)": "保險公司應付（索賠）",
    "Loss assessment no.": "定損單號",
    "Third parties pay (receivable)": "廠家／保險公司應付",
    "Insurer's amount not yet approved": "保險公司核定金額待定",
    "Customer pays, in words": "客戶應付金額大寫",
    "Paid so far": "已收金額",
    "Balance due": "尚欠金額",
    "Discounts": "優惠說明",
    "Amounts include VAT at {rate}%.": "以上金額含增值稅 {rate}%。",
    "VAT at {rate}% added to the amounts above.": "以上金額另加增值稅 {rate}%。",
    "Warranty period": "質量保證期",
    "Warranty days km": "自出廠之日起 {days} 日或行駛 {km} 公里，以先到者為準",
    "Not repaired": "客戶未同意維修，僅收檢測診斷費，無維修質量保證期",
    "until {date}": "至 {date}",
    "or {km} km": "或里程 {km} km",
    "Old parts": "舊配件",
    "taken": "舊配件已確認，由托修方回收",
    "left": "舊配件已確認，托修方聲明放棄",
    "none": "無舊配件",
    "Settlement terms": "結算清單項目及應付金額經雙方核實，客戶簽字後生效。本清單於付款前提供，"
                        "未經客戶同意的項目不收費。",
    "Cashier": "結算員",
    "Shop seal": "承修方（蓋章）",
    "Payer's share": "結算方式",
    "Kind": "類別",
    "Method": "方式",
    "Time": "時間",
    "Tendered": "實收",
    "Change": "找零",
    "Handled by": "經手人",
    "Payment": "付款",
    "Deposit": "押金",
    "Refund": "退款",
    "Cash": "現金",
    "WeChat Pay": "微信支付",
    "Alipay": "支付寶",
    "Bank card": "銀行卡",
    "Bank transfer": "銀行轉帳",
    "Stored-value card": "儲值卡支付",
    "Package card": "套餐卡",
    "Card {card}, balance left {balance}": "卡號 {card}，餘額 {balance}",
    "Bill total": "維修費用總計",
    "Settled": "已結清",
    "Not settled yet": "尚未結清",
    "Paid, in words": "已收金額大寫",
    "No payment recorded.": "尚無收款記錄。",
    "Payments": "收款明細",
    "Received by": "收款人",
    "Deposit held": "暫收，結算時抵扣",
    "Deposit applied {amount}": "已抵扣 {amount}",
    "given back {amount}": "退還 {amount}",
    "Deposit refunded": "已退還",
    "Deposit, in words": "押金大寫",
    "No charge: closed without settlement": "不收費結案",
    "Net of the rows above": "以上收退淨額",
    "Draft note": "草稿：車輛尚未通過竣工檢驗出廠，以上費用以結算時為準；本稿不作出廠及質量保證憑證。",
}
EN: dict[str, str] = {
    "Customer pays, in words": "Customer pays",
    "Paid, in words": "Paid",
    "Warranty days km": "{days} days or {km} km from the day the car leaves, whichever comes first",
    "Not repaired": "The customer declined the repair: diagnosis fee only, no repair warranty",
    "taken": "Old parts checked and taken by the customer",
    "left": "Old parts checked and left with the garage",
    "none": "No old parts",
    "Settlement terms": "The items and amounts above were checked by both parties and take effect with the "
                        "customer's signature. This list is given before payment; nothing the customer did not agree "
                        "to is charged.",
    "Deposit held": "held, set against the bill at settlement",
    "Deposit applied {amount}": "{amount} set against the bill",
    "Deposit refunded": "refunded",
    "Deposit, in words": "Deposit",
    "Draft note": "Draft: the car has not passed final QC and left; the amounts may still change. Not valid as "
                  "proof of exit or of the warranty.",
}
METHOD_KEYS = {"cash": "Cash", "wechat": "WeChat Pay", "alipay": "Alipay", "card": "Bank card",
               "transfer": "Bank transfer", "stored_value": "Stored-value card", "package_card": "Package card"}
KIND_KEYS = {"payment": "Payment", "deposit": "Deposit", "refund": "Refund"}


def checkout_styles(language: str) -> Styles:
    """The shared page styles with the checkout labels added to the label lookup."""
    styles = make_styles(language)
    own = table_for(language, ZH_TW, EN)
    shared: Callable[[str], str] = labeller(language)
    return replace(styles, t=lambda key: own.get(key) or shared(key))


def yuan(amount: Any) -> str:
    return f"¥{money(amount)}"


# The capital numerals of an amount in words as mainland finance writes them (叁, not 参).
MAINLAND_NUMERALS = str.maketrans("貳參陸萬億負", "贰叁陆万亿负")


def in_words(amount: Any, styles: Styles) -> str:
    """The 大寫 amount on Chinese printouts (in mainland numerals on zh_CN ones); English ones say the figure
    only."""
    if not is_chinese(styles.language):
        return ""
    words = amount_in_words(amount)
    return words.translate(MAINLAND_NUMERALS) if styles.language == "zh_CN" else words


def deposit_text(deposit: DepositDoc, t: Callable[[str], str]) -> str:
    """"¥300.00　暫收，結算時抵扣" / "¥1,000.00　已抵扣 ¥820.00，退還 ¥180.00" / "¥300.00　已退還"."""
    comma = "，" if t(":") == "：" else ", "
    if deposit.state == "held":
        state = t("Deposit held")
    elif deposit.state == "applied":
        state = t("Deposit applied {amount}").format(amount=yuan(deposit.applied))
        if deposit.refunded:
            state += comma + t("given back {amount}").format(amount=yuan(deposit.refunded))
    else:
        state = t("Deposit refunded")
    return f"{yuan(deposit.amount)}　{state}"


def owed_text(customer_owes: Any, no_charge: bool, t: Callable[[str], str]) -> str:
    """What the customer pays, saying so when the order closed without charge."""
    return f"{yuan(customer_owes)}　{t('No charge: closed without settlement')}" if no_charge else yuan(customer_owes)


def render_settlement_list(doc: SettlementDoc, *, language: str = "zh_TW") -> bytes:
    styles = checkout_styles(language)
    t = styles.t
    draft = t("Draft — the car has not left") if doc.draft else ""
    section = Section("settlement", t("Settlement list"), settlement_story(doc, styles), mark=draft,
                      number=doc.order_no, watermark=draft)
    title = f"{t('Settlement list')} {doc.order_no}" + (f" {draft}" if draft else "")
    keywords = [doc.order_no, doc.plate] + ([doc.settlement_no] if doc.settlement_no else [])
    info = DocumentInfo(title=title, garage=doc.garage, printed_at=doc.printed_at,
                        subject=f"{doc.plate} {doc.customer_name}".strip(), keywords=keywords)
    return build_pdf([section], info, styles)


# ---------------------------------------------------------------- blocks

def _job_class(doc: SettlementDoc, t: Callable[[str], str]) -> str:
    everyday = t(JOB_CLASS_KEYS.get(doc.job_class, doc.job_class))
    regulatory = t(REGULATORY_KEYS.get(doc.regulatory_class, doc.regulatory_class))
    return everyday if everyday == regulatory else f"{everyday}（{regulatory}）"


def parties_block(doc: SettlementDoc, styles: Styles) -> list[Flowable]:
    t = styles.t
    km = (lambda value: f"{value:,} km" if value is not None else "")
    paying = {share.payer for share in doc.shares} or {doc.payer}
    payers = check_boxes([(t(label), code in paying) for code, label in PAYER_KEYS.items()])
    customer = info_grid([
        (t("Customer (owner)"), doc.customer_name, t("Phone"), doc.customer_phone),
        (t("Plate"), Big(doc.plate), t("Make / model"), doc.make_model),
        (t("VIN"), doc.vin, t("Job class"), _job_class(doc, t)),
        (t("Date in"), when(doc.received_at), t("Date out"), when(doc.left_at)),  # empty until the handover
        (t("Mileage in"), km(doc.mileage_in), t("Mileage out"), km(doc.mileage_out)),
        (t("Work order no."), doc.order_no, t("Certificate no."), doc.certificate_no),
        (t("Settlement list no."), doc.settlement_no),
        (t("Payer"), payers),
    ], styles)
    garage = doc.garage
    shop = info_grid([
        (t("Repair shop"), garage.name, t("Phone"), garage.phone),
        (t("Address"), garage.address, t("Licence no."), garage.licence_no),
    ], styles)
    return [customer, Spacer(0, GAP), shop]


def _payer_columns(doc: SettlementDoc) -> list[str]:
    return [share.payer for share in doc.shares]


def charges_block(doc: SettlementDoc, styles: Styles) -> Table:
    """表一: labour, parts, discounts and the total, per payer when more than one pays; who owes what."""
    t = styles.t
    payers = _payer_columns(doc)
    shares = {share.payer: share for share in doc.shares}
    split = len(payers) > 1
    columns = [Column(t("Charge"), 50)] + [Column(t(PAYER_KEYS[p]), 30, right=True) for p in payers if split] + [
        Column(t("Total"), 34, right=True)]
    widths = column_widths(columns)

    def row(label: str, values: list[Any], total: Any, minus: bool = False) -> list[Any]:
        sign = "−" if minus else ""
        cells = [f"{sign}{money(v)}" if v else "—" for v in values] if split else []
        return [label, *cells, f"{sign}{money(total)}" if total or not minus else "—"]

    rows: list[list[Any]] = [
        row(t("Labour charge"), [shares[p].labour for p in payers], doc.labour_total),
        row(t("Parts charge"), [shares[p].parts for p in payers], doc.parts_total),
    ]
    if doc.outside or doc.outside_total:  # 外加工費: its own fee row (JT/T 1133 allows rows beyond the two)
        rows.append(row(t("Outside work charge"), [shares[p].outside for p in payers], doc.outside_total))
    if doc.discount_total:
        rows.append(row(t("Discount"), [shares[p].discount for p in payers], doc.discount_total, minus=True))
    rows.append(row(t("Total"), [shares[p].total for p in payers], doc.total))
    rate = plain_number(doc.tax_rate * 100, 2)
    if not doc.prices_include_tax:
        rows.append(row(t("VAT {rate}%").format(rate=rate), [shares[p].tax for p in payers], doc.tax))
        rows.append(row(t("Total (VAT included)"), [shares[p].payable for p in payers], doc.payable))
    emphasis = len(rows)
    maker = shares.get("warranty")
    insurer = shares.get("claim")
    rows.append([t("Customer pays"), *([""] * len(payers) if split else []),
                 fitted(owed_text(doc.customer_owes, doc.no_charge, t), widths[-1], styles.cell, 11)])
    if maker is not None and maker.third_party:
        rows.append([t("Maker pays (receivable)"), *([""] * len(payers) if split else []), yuan(maker.third_party)])
    if insurer is not None:
        value = t("Insurer's amount not yet approved") if doc.claim_pending else yuan(insurer.third_party)
        who = t("Insurer pays (receivable)") + (f"{t(':')}{doc.insurer}" if doc.insurer else "")
        rows.append([fitted(who, sum(widths[:-1]), styles.cell), *([""] * len(payers) if split else []), value])
        if doc.assessment_ref:  # the insurer's 定損 reference, so its payment can be matched to the order
            rows.append([t("Loss assessment no."), *([""] * len(payers) if split else []),
                         fitted(doc.assessment_ref, widths[-1], styles.cell)])
    if doc.paid or doc.deposit is not None or doc.no_charge:
        gap = [""] * len(payers) if split else []
        rows.append([t("Paid so far"), *gap, yuan(doc.paid)])
        if doc.deposit is not None:
            rows.append([t("Deposit"), *gap, fitted(deposit_text(doc.deposit, t), widths[-1], styles.cell)])
        rows.append([t("Balance due"), *gap, yuan(doc.balance)])
    note = (t("Amounts include VAT at {rate}%.") if doc.prices_include_tax
            else t("VAT at {rate}% added to the amounts above.")).format(rate=rate)
    table = data_table(t("Charges"), columns, rows, styles, note=note)
    last = len(columns) - 1
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, emphasis + 1), (-1, emphasis + 1), HEAD_FILL),
        ("LINEABOVE", (0, emphasis + 2), (-1, emphasis + 2), 0.8, INK),
        ("FONT", (last, emphasis + 2), (last, emphasis + 2), styles.font, 11),
        *[("SPAN", (0, r), (last - 1, r)) for r in range(emphasis + 2, len(rows) + 2) if split],
    ]))
    words = Paragraph(f"{xml(t('Customer pays, in words'))}{t(':')}<font size=10.5>"
                      f"{xml(in_words(doc.customer_owes, styles))}</font>　{yuan(doc.customer_owes)}", styles.body)
    box = Table([[table], [words]], colWidths=[CONTENT_WIDTH])
    box.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), styles.font, 9),  # else ReportLab sets Helvetica
                             ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                             ("TOPPADDING", (0, 1), (-1, 1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                             ("LEFTPADDING", (0, 1), (-1, 1), 4)]))
    return box


FREE_REASON_KEYS = {"warranty": "Free: warranty", "comeback": "Free: comeback", "goodwill": "Free: goodwill"}


def _free_amount(line: Any, styles: Styles) -> Flowable:
    """A free line's amount cell: the value given away struck through, and 免費 under it, so the customer sees
    both what the line is worth and that it costs nothing."""
    style = ParagraphStyle("gd-cell-free", parent=styles.cell_center, alignment=TA_RIGHT)
    return Paragraph(f"<strike>{xml(money(line.given_away))}</strike><br/><b>{xml(styles.t('Free'))}</b>", style)


def _price(line: Any, price: Any) -> Any:
    """The rate or unit price shown: a free line's price as it had it (its amount says 免費)."""
    free_price = getattr(line, "free_price", None)
    return free_price if getattr(line, "free_reason", "") and free_price is not None else price


def _given_away_note(lines: Any, t: Callable[[str], str]) -> str:
    value = sum((line.given_away for line in lines if getattr(line, "free_reason", "")), start=0)
    return t("Free items worth {amount} are not charged.").format(amount=yuan(value)) if value else ""


def _marks(line: Any, t: Callable[[str], str], mixed: bool) -> str:
    notes = [t("added")] if line.added else []
    reason = getattr(line, "free_reason", "")
    if reason:
        free = t(FREE_REASON_KEYS.get(reason, reason))
        notes.append(f"{free}{t(':')}{line.free_note}" if line.free_note else free)
    if getattr(line, "card", ""):  # issue 19: paid by a package card
        notes.append(f"{t('Package card')}{line.card}")
    if mixed:
        notes.append(t(PAYER_KEYS.get(line.payer, line.payer)))
    return "、".join(notes) if t(":") == "：" else ", ".join(notes)


# Issue 19: discounts the program writes, printed in the document's language (their reasons are stored in zh_TW).
DISCOUNT_PREFIXES = {"會員折扣": "Member discount", "套餐卡": "Package card"}


def _discount_reason(reason: str, t: Callable[[str], str]) -> str:
    for prefix, key in DISCOUNT_PREFIXES.items():
        if reason.startswith(prefix):
            return t(key) + reason[len(prefix):]
    return reason


def _subtotal(table: Table, span_to: int) -> None:
    """The last row is the subtotal: its label spans the first columns up to ``span_to``, all right-aligned."""
    table.setStyle(TableStyle([
        ("SPAN", (0, -1), (span_to, -1)),
        ("ALIGN", (0, -1), (-1, -1), "RIGHT"),
        ("BACKGROUND", (0, -1), (-1, -1), HEAD_FILL),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK),
    ]))


def materials_table(doc: SettlementDoc, styles: Styles) -> Table:
    t = styles.t
    mixed = len(doc.shares) > 1
    columns = [Column(t("#"), 11, center=True), Column(t("Part"), 38), Column(t("Brand / spec"), 30),
               Column(t("Origin"), 12, center=True), Column(t("Unit"), 10, center=True),
               Column(t("Qty"), 12, right=True), Column(t("Unit price"), 19, right=True),
               Column(t("Amount"), 22, right=True), Column(t("Remarks"), 24, center=True)]
    widths = column_widths(columns)
    rows: list[list[Any]] = []
    for line in doc.parts:
        supplied = line.customer_supplied
        rows.append([str(line.seq), fitted(line.name, widths[1], styles.cell), fitted(line.spec, widths[2], styles.cell),
                     t(ORIGIN_KEYS.get(line.origin, line.origin)), fitted(line.unit, widths[4], styles.cell_center),
                     plain_number(line.quantity),
                     "—" if supplied else money(_price(line, line.unit_price)),
                     fitted(t("Customer-supplied"), widths[7], styles.cell_center) if supplied else
                     _free_amount(line, styles) if line.free_reason else money(line.amount),
                     fitted(_marks(line, t, mixed), widths[8], styles.cell_center)])
    if rows:
        rows.append([t("Parts charge"), *[""] * 6, money(doc.parts_total), ""])
    table = data_table(t("Materials"), columns, rows, styles, empty=t("No planned parts."),
                       note=_given_away_note(doc.parts, t))
    if doc.parts:
        _subtotal(table, 6)
    return table


def labour_table(doc: SettlementDoc, styles: Styles) -> Table:
    t = styles.t
    mixed = len(doc.shares) > 1
    columns = [Column(t("#"), 11, center=True), Column(t("Item"), 72), Column(t("Hours"), 17, right=True),
               Column(t("Hourly rate"), 18, right=True), Column(t("Coefficient"), 24, right=True),
               Column(t("Amount"), 22, right=True), Column(t("Remarks"), 24, center=True)]
    widths = column_widths(columns)
    rows: list[list[Any]] = [
        [str(line.seq), fitted(line.name, widths[1], styles.cell), hours(line.hours), money(_price(line, line.rate)),
         coefficient(line.coefficient), _free_amount(line, styles) if line.free_reason
         else money(line.amount), fitted(_marks(line, t, mixed), widths[6], styles.cell_center)]
        for line in doc.labour]
    if rows:
        total_hours = sum((line.hours for line in doc.labour), start=type(doc.labour_total)(0))
        rows.append([t("Labour charge"), "", hours(total_hours), "", "", money(doc.labour_total), ""])
    note = t("Labour charge = standard hours × hourly rate × model complexity coefficient")
    free_note = _given_away_note(doc.labour, t)
    note = f"{note}　{free_note}" if free_note else note
    table = data_table(t("Labour"), columns, rows, styles, note=note, empty=t("No repair items."))
    if doc.labour:
        _subtotal(table, 1)
    return table


def outside_table(doc: SettlementDoc, styles: Styles) -> Table:
    """外加工費明細: the work done by outside shops, line by line, with its subtotal."""
    t = styles.t
    mixed = len(doc.shares) > 1
    columns = [Column(t("#"), 11, center=True), Column(t("Work to be done"), 80), Column(t("Outside shop"), 54),
               Column(t("Amount"), 22, right=True), Column(t("Remarks"), 24, center=True)]
    widths = column_widths(columns)
    rows: list[list[Any]] = [
        [str(line.seq), fitted(line.description, widths[1], styles.cell), fitted(line.supplier, widths[2], styles.cell),
         _free_amount(line, styles) if line.free_reason else money(line.amount),
         fitted(_marks(line, t, mixed), widths[4], styles.cell_center)]
        for line in doc.outside]
    rows.append([t("Outside work charge"), "", "", money(doc.outside_total), ""])
    table = data_table(t("Outside work"), columns, rows, styles, note=_given_away_note(doc.outside, t))
    _subtotal(table, 2)
    return table


def closing_block(doc: SettlementDoc, styles: Styles) -> list[Flowable]:
    t = styles.t
    colon = t(":")
    rows: list[list[Any]] = []
    if doc.declined:  # nothing was repaired: no repair warranty to promise
        rows.append([title_cell(t("Warranty period"), 30 * mm, styles), Paragraph(xml(t("Not repaired")), styles.cell)])
    elif not doc.draft:  # a draft promises no warranty: nothing has been handed over
        warranty = xml(t("Warranty days km").format(days=doc.warranty_days, km=f"{doc.warranty_km:,}"))
        if doc.warranty_until is not None:  # counted from the handover, once the car has left
            until = t("until {date}").format(date=doc.warranty_until.isoformat())
            if doc.warranty_until_km is not None:
                until += " " + t("or {km} km").format(km=f"{doc.warranty_until_km:,}")
            warranty += f"（{xml(until)}）"
        rows.append([title_cell(t("Warranty period"), 30 * mm, styles), Paragraph(warranty, styles.cell)])
    old = check_boxes([(t(key), doc.old_parts == key) for key in ("taken", "left", "none")])
    rows.append([title_cell(t("Old parts"), 30 * mm, styles), Paragraph(xml(old), styles.cell)])
    for index, d in enumerate(doc.discounts):  # a row each: many discounts with long reasons run onto the next page
        rows.append([title_cell(t("Discounts"), 30 * mm, styles) if index == 0 else "",
                     fitted(f"{t(PAYER_KEYS.get(d.payer, d.payer))} −{money(d.amount)} "
                            f"{_discount_reason(d.reason, t)}",
                            CONTENT_WIDTH - 30 * mm, styles.cell)])
    table = Table(rows, colWidths=[30 * mm, CONTENT_WIDTH - 30 * mm])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), styles.font, 8.5),
        ("FONT", (0, 0), (0, -1), styles.font, TITLE_SIZE),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BOX", (0, 0), (-1, -1), 0.9, INK),
        ("BACKGROUND", (0, 0), (0, -1), TITLE_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]))
    del colon
    return [table, Spacer(0, 1.5 * mm), Paragraph(xml(t("Settlement terms")), styles.small), Spacer(0, 2 * mm),
            signature_lines([(t("Customer signature"), ""), (t("Cashier"), doc.cashier), (t("Shop seal"), ""),
                             (t("Date"), "")], styles)]


def settlement_story(doc: SettlementDoc, styles: Styles) -> list[Flowable]:
    draft: list[Flowable] = []
    if doc.draft:
        draft = [Paragraph(f"<font size=10>{xml(styles.t('Draft note'))}</font>", styles.body), Spacer(0, GAP)]
    return [*draft, *parties_block(doc, styles), Spacer(0, GAP), charges_block(doc, styles), Spacer(0, GAP),
            materials_table(doc, styles), Spacer(0, GAP), labour_table(doc, styles), Spacer(0, GAP),
            *([outside_table(doc, styles), Spacer(0, GAP)] if doc.outside else []),
            KeepTogether(closing_block(doc, styles))]
