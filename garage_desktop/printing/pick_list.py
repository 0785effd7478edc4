"""The 領料單 (pick list: the order's parts with origin, planned and issued, bin and old part, signed by the
mechanic who takes them and the store keeper) and the 用料批條 (an extra part with the inspector's approval,
name and time, and signature lines), on the shared page of ``printing.layout``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from garage_desktop.printing.labels import ORIGIN_KEYS, label, table_for
from garage_desktop.printing.layout import (
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
    plain_number,
    signature_lines,
    text_box,
    when,
)

if TYPE_CHECKING:
    from garage_desktop.documents.picking import ExtraSlipDoc, PickListDoc

# Labels of these two documents (the shared table in ``printing.labels`` has the rest).
ZH_TW: dict[str, str] = {
    "Pick list": "領料單",
    "Extra part approval": "用料批條",
    "Code": "配件編號",
    "Planned": "計劃",
    "Issued": "實發",
    "Bin": "貨位",
    "Old part": "舊件",
    "Customer takes it": "客戶帶走",
    "Left with the garage": "留廠處理",
    "No old part": "無舊件",
    "Parts to issue": "領料明細",
    "No parts on this order.": "本單無配件。",
    "extra": "批條",
    "waiting": "待批",
    "Received by (mechanic)": "領料人",
    "Store keeper": "庫管員",
    "Printed by": "製單",
    "Slip no.": "批條號",
    "Line": "工單行",
    "Requested by": "申請人",
    "Requested": "申請時間",
    "Reason for the extra part": "用料原因",
    "Inspector's decision": "檢驗員審批",
    "Approved by {name} on {time}.": "經檢驗員 {name} 於 {time} 批准。",
    "Refused by {name} on {time}.": "檢驗員 {name} 於 {time} 不予批准。",
    "Not approved yet: no part may be issued on this slip.": "尚未批准：不得憑此單發料。",
    "Approved": "批准時間",
    "Already issued": "已發數量",
    "Extra part": "追加用料",
    "Customer-supplied parts are listed for the record; nothing is issued for them.": "客供件僅作記錄，不由庫房發料。",
}
EN: dict[str, str] = {"extra": "slip", "waiting": "waiting", "Equivalent": "Equiv."}
OLD_PART_KEYS = {"taken": "Customer takes it", "left": "Left with the garage", "none": "No old part"}


def _labeller(language: str) -> Callable[[str], str]:
    own = table_for(language, ZH_TW, EN)
    return lambda key: own.get(key) or label(key, language)


def _qty(value: Any) -> str:
    return plain_number(value, 3) or "0"


# --- 領料單 --------------------------------------------------------------------------------------------------
def render_pick_list(doc: PickListDoc, *, language: str = "zh_TW") -> bytes:
    """The order's pick list as PDF bytes."""
    styles = make_styles(language)
    t = _labeller(language)
    section = Section("pick-list", t("Pick list"), pick_list_story(doc, styles, t), number=doc.order_no)
    info = DocumentInfo(title=f"{t('Pick list')} {doc.order_no}", garage=doc.garage, printed_at=doc.printed_at,
                        subject=doc.plate, keywords=[doc.order_no, doc.plate])
    return build_pdf([section], info, styles)


def pick_list_story(doc: PickListDoc, styles: Styles, t: Callable[[str], str]) -> list[Flowable]:
    block = info_grid([
        (t("No."), doc.order_no, t("Plate"), Big(doc.plate)),
        (t("Vehicle"), doc.make_model, t("Customer"), doc.customer_name),
        (t("Promised completion"), when(doc.promised_at), t("Printed by"), doc.printed_by),
    ], styles)
    columns = [Column(t("#"), 8, center=True), Column(t("Code"), 20), Column(t("Part"), 34),
               Column(t("Brand / spec"), 22), Column(t("Origin"), 11, center=True), Column(t("Unit"), 9, center=True),
               Column(t("Planned"), 11, right=True), Column(t("Issued"), 11, right=True),
               Column(t("Bin"), 13, center=True), Column(t("Old part"), 15, center=True)]
    widths = column_widths(columns)
    rows: list[list[Any]] = []
    supplied = False
    for line in doc.lines:
        name = line.name
        if line.kind == "extra":
            name += f" [{t('extra') if line.approval == 'approved' else t('waiting')}]"
        elif line.kind == "added":
            name += f" [{t('added')}]"
        if line.customer_supplied:
            name += f" [{t('Customer-supplied')}]"
            supplied = True
        planned = line.allowed if line.kind == "extra" else line.planned
        rows.append([str(line.seq), fitted(line.code, widths[1], styles.cell), fitted(name, widths[2], styles.cell),
                     fitted(line.spec, widths[3], styles.cell), t(ORIGIN_KEYS.get(line.origin, line.origin)),
                     fitted(line.unit, widths[5], styles.cell_center), _qty(planned),
                     _qty(line.issued) if line.issued else "",
                     fitted(line.bin_location, widths[8], styles.cell_center),
                     fitted(t(OLD_PART_KEYS[line.old_part]) if line.old_part in OLD_PART_KEYS else "", widths[9],
                            styles.cell_center)])
    note = t("Customer-supplied parts are listed for the record; nothing is issued for them.") if supplied else ""
    table = data_table(t("Parts to issue"), columns, rows, styles, note=note, empty=t("No parts on this order."),
                       row_padding=5)
    return [block, Spacer(0, 3 * mm), table, Spacer(0, 3 * mm),
            RuledNotes(t("Remarks"), styles, min_lines=2, max_lines=5, reserve=16 * mm), Spacer(0, 2 * mm),
            signature_lines([(t("Received by (mechanic)"), ""), (t("Store keeper"), ""), (t("Date"), "")], styles)]


# --- 用料批條 ------------------------------------------------------------------------------------------------
def render_extra_slips(slips: Sequence[ExtraSlipDoc], *, language: str = "zh_TW") -> bytes:
    """One 用料批條 per page, as PDF bytes."""
    if not slips:
        raise ValueError("there is no extra part approval to print")
    styles = make_styles(language)
    t = _labeller(language)
    sections = [Section(f"slip-{slip.slip_no}", t("Extra part approval"), slip_story(slip, styles, t),
                        number=slip.slip_no) for slip in slips]
    first = slips[0]
    info = DocumentInfo(title=f"{t('Extra part approval')} {first.order_no}", garage=first.garage,
                        printed_at=first.printed_at, subject=first.plate,
                        keywords=[first.order_no, first.plate, *(s.slip_no for s in slips)])
    return build_pdf(sections, info, styles)


def _decision(slip: ExtraSlipDoc, t: Callable[[str], str]) -> str:
    if slip.state == "approved":
        return t("Approved by {name} on {time}.").format(name=slip.inspector, time=when(slip.decided_at))
    if slip.state == "declined":
        return t("Refused by {name} on {time}.").format(name=slip.inspector, time=when(slip.decided_at))
    return t("Not approved yet: no part may be issued on this slip.")


def slip_story(slip: ExtraSlipDoc, styles: Styles, t: Callable[[str], str]) -> list[Flowable]:
    block = info_grid([
        (t("No."), slip.order_no, t("Slip no."), Big(slip.slip_no)),
        (t("Plate"), Big(slip.plate), t("Vehicle"), slip.make_model),
        (t("Requested by"), slip.requested_by, t("Requested"), when(slip.requested_at)),
        (t("Inspector"), Big(slip.inspector), t("Approved"), Big(when(slip.decided_at))),
    ], styles)
    columns = [Column(t("Line"), 9, center=True), Column(t("Code"), 20), Column(t("Part"), 34),
               Column(t("Brand / spec"), 22), Column(t("Origin"), 11, center=True), Column(t("Unit"), 9, center=True),
               Column(t("Qty"), 11, right=True), Column(t("Unit price"), 15, right=True),
               Column(t("Amount"), 16, right=True), Column(t("Already issued"), 13, right=True)]
    widths = column_widths(columns)
    row = [str(slip.seq), fitted(slip.code, widths[1], styles.cell), fitted(slip.name, widths[2], styles.cell),
           fitted(slip.spec, widths[3], styles.cell), t(ORIGIN_KEYS.get(slip.origin, slip.origin)),
           fitted(slip.unit, widths[5], styles.cell_center),
           _qty(slip.quantity), money(slip.unit_price), money(slip.amount),
           _qty(slip.issued) if slip.issued else ""]
    table = data_table(t("Extra part"), columns, [row], styles, row_padding=6)
    return [block, Spacer(0, 3 * mm), table, Spacer(0, 3 * mm),
            text_box(t("Reason for the extra part"), slip.reason, styles, min_height=18 * mm), Spacer(0, 3 * mm),
            text_box(t("Inspector's decision"), _decision(slip, t), styles, min_height=10 * mm), Spacer(0, 3 * mm),
            RuledNotes(t("Remarks"), styles, min_lines=2, max_lines=4, reserve=16 * mm), Spacer(0, 2 * mm),
            signature_lines([(t("Requested by"), slip.requested_by), (t("Inspector"), slip.inspector),
                             (t("Store keeper"), "")], styles)]
