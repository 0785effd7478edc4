"""The 竣工出廠合格證 (completion certificate) of 二級維護, 總成修理 and 整車修理: its number, the garage, the car,
the repair class and items, the dates and mileage, the legal quality warranty and the inspector's signature.
Two copies: the customer's and the garage's stub (the repair record keeps a copy)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from garage_desktop.printing.labels import normalise_language, table_for
from garage_desktop.printing.layout import (
    Big,
    DocumentInfo,
    Section,
    Styles,
    build_pdf,
    info_grid,
    make_styles,
    signature_lines,
    text_box,
    when,
    xml,
)
from garage_desktop.printing.qc_sheet import QC_ZH, class_text, labeller

if TYPE_CHECKING:
    from garage_desktop.documents.qc import CertificateDoc

GAP = 3 * mm
CERTIFICATE_ZH: dict[str, str] = {
    **QC_ZH,
    "Garage copy": "存根聯",
    "Owner (customer)": "托修方",
    "Work order no.": "工單編號",
    "Completed": "竣工日期",
    "Left the garage": "出廠日期",
    "Mileage out": "出廠里程",
    "Repair items": "維修項目",
    "Certified": "該車已按維修合同完成維修作業，經竣工檢驗合格，准予出廠。",
    "Quality warranty": "質量保證期",
    "Warranty terms": "自出廠之日起 {km} 公里或 {days} 日，以先到者為準（機動車維修管理規定第三十七條）。"
                      "保證期內因維修質量原因造成的故障，承修方負責免費返修。",
    "Warranty until": "本車保證期至 {date}，或里程 {km} km，以先到者為準。",
    "Garage (stamp)": "承修單位（蓋章）",
}
EN: dict[str, str] = {
    "Certified": "The vehicle was repaired as agreed in the work order, passed the final inspection and is released.",
    "Warranty terms": "{km} km or {days} days from the day the car leaves the garage, whichever comes first "
                      "(Motor Vehicle Maintenance Regulations, Art. 37). A fault caused by the repair within this "
                      "period is repaired free of charge.",
    "Warranty until": "This car's warranty ends on {date} or at {km} km, whichever comes first.",
}


def _styles(language: str) -> Styles:
    lang = normalise_language(language)
    base = labeller(lang)
    table = table_for(lang, CERTIFICATE_ZH, EN)
    return replace(make_styles(lang), t=lambda key: table.get(key) or base(key))


def render_certificate(doc: CertificateDoc, *, language: str = "zh_TW",
                       copies: tuple[str, ...] = ("customer", "garage")) -> bytes:
    """The certificate as PDF bytes: the customer's copy and the garage's stub, each on its own page."""
    styles = _styles(language)
    t = styles.t
    marks = {"customer": t("Customer copy"), "garage": t("Garage copy")}
    sections = [Section(copy, t("Completion certificate"), story(doc, styles), mark=marks[copy],
                        number=doc.certificate_no) for copy in copies]
    info = DocumentInfo(title=f"{t('Completion certificate')} {doc.certificate_no}", garage=doc.garage,
                        printed_at=doc.printed_at, subject=f"{doc.plate} {doc.order_no}",
                        keywords=[doc.certificate_no, doc.order_no, doc.plate])
    return build_pdf(sections, info, styles)


def story(doc: CertificateDoc, styles: Styles) -> list[Flowable]:
    t = styles.t
    km = f"{doc.mileage_out:,} km" if doc.mileage_out is not None else ""
    grid = info_grid([
        (t("Certificate no."), Big(doc.certificate_no), t("Work order no."), doc.order_no),
        (t("Owner (customer)"), doc.customer_name, t("Plate"), Big(doc.plate)),
        (t("Make / model"), doc.make_model, t("VIN"), doc.vin),
        (t("Repair class"), class_text(doc, t), t("Received"), when(doc.received_at)),
        (t("Completed"), when(doc.completed_at), t("Left the garage"), when(doc.delivered_at)),
        (t("Mileage out"), km, t("Inspector"), doc.inspector),
    ], styles)
    warranty = t("Warranty terms").format(km=f"{doc.warranty_km:,}", days=doc.warranty_days)
    if doc.warranty_until is not None and doc.warranty_until_km is not None:
        warranty += " " + t("Warranty until").format(date=f"{doc.warranty_until:%Y-%m-%d}",
                                                     km=f"{doc.warranty_until_km:,}")
    items = "\n".join(doc.repair_items)
    return [
        grid, Spacer(0, GAP),
        text_box(t("Repair items"), items, styles, min_height=24 * mm), Spacer(0, GAP),
        text_box(t("Quality warranty"), warranty, styles), Spacer(0, 2 * GAP),
        Paragraph(f"<b>{xml(t('Certified'))}</b>", styles.body), Spacer(0, 4 * GAP),
        signature_lines([(t("Inspector signature"), doc.inspector), (t("Garage (stamp)"), ""),
                         (t("Date"), when(doc.completed_at)[:10])], styles, height=14 * mm),
    ]
