"""The 竣工檢驗單 (final QC sheet): every check with its result and note, the measured checks with their readings,
limits and verdicts, the damage comparison with the intake record, the outcome and the inspector's signature.
Before the first inspection it prints the order's checklist blank, to be filled in by hand at the car."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from garage_desktop.printing.damage_diagram import DamageDiagram
from garage_desktop.printing.labels import (
    DAMAGE_KEYS,
    JOB_CLASS_KEYS,
    REGULATORY_KEYS,
    VIEW_KEYS,
    label,
    normalise_language,
    table_for,
)
from garage_desktop.printing.layout import (
    CELL_PADDING,
    CONTENT_WIDTH,
    GRID,
    INK,
    TITLE_FILL,
    TITLE_SIZE,
    Big,
    Column,
    DocumentInfo,
    Section,
    Styles,
    build_pdf,
    data_table,
    info_grid,
    make_styles,
    pieces,
    side_by_side,
    signature_lines,
    title_cell,
    when,
    xml,
)

if TYPE_CHECKING:
    from garage_desktop.documents.qc import FindingDoc, QcMeasurementDoc, QcSheetDoc

GAP = 2 * mm
FAIL = "#c62828"
# The QC printouts' own labels (the shared table in printing.labels covers the page furniture).
QC_ZH: dict[str, str] = {
    "QC sheet": "竣工檢驗單",
    "Completion certificate": "竣工出廠合格證",
    "Inspection {n}": "第 {n} 次檢驗",
    "Blank": "空白表",
    "Repair class": "維修類別",
    "Checklist": "檢驗表",
    "Mileage at QC": "竣工里程",
    "Inspected": "檢驗時間",
    "Fuel type": "燃料",
    "petrol": "汽油", "diesel": "柴油", "hybrid": "混合動力", "electric": "純電動",
    "Order items done": "工單項目完成情況",
    "Check": "檢驗項目",
    "Result": "結果",
    "pass": "合格", "fail": "不合格", "na": "不適用", "incomplete": "未完成",
    "★ safety item": "★ 安全項目",
    "Measured checks": "量測項目",
    "Readings": "實測值",
    "Judged": "判定依據",
    "Cylinders": "各缸",
    "Started at try": "起動次數",
    "Cranking": "起動時間",
    "Design weight": "原設計自重",
    "After repair": "修後自重",
    "Difference between cylinders {value} % (limit {limit} %)": "各缸壓力差 {value}%（限值 {limit}%）",
    "Weakest cylinder {value} (at least {limit})": "最低缸壓 {value}（不低於 {limit}）",
    "Ran at try {value} (at most {limit})": "第 {value} 次起動成功（不超過 {limit} 次）",
    "Cranking {value} s (at most {limit} s)": "起動時間 {value} s（不超過 {limit} s）",
    "Added weight {value} % (at most {limit} %)": "增加自重 {value}%（不超過 {limit}%）",
    "Body damage: intake record and exit check": "外觀損傷：進廠記錄與出廠檢查對照",
    "found at QC": "竣工檢查新發現",
    "resolved": "已處理",
    "not resolved": "未處理",
    "Compared with the intake record: no new damage": "已對照進廠記錄：無新增損傷",
    "No new damage found at QC.": "竣工檢查未發現新增損傷。",
    "Outcome": "檢驗結論",
    "Passed": "合格，准予出廠",
    "Failed: back to the workshop for rework": "不合格，返工",
    "Failed checks": "不合格項目",
    "Sent back for rework": "返工項目",
    "Rework note": "返工說明",
    "Certificate no.": "合格證編號",
    "Remarks": "備註",
    "Inspector signature": "檢驗員簽名",
    "not recorded": "未記錄",
    "Checks during the repair": "維修過程檢驗（質量跟蹤）",
    "Line": "維修項目",
    "Time": "時間",
    "ok": "正常",
    "problem": "發現問題",
    "Found / done about it": "發現情況／處理",
    "done:": "處理：",
    "(": "（", ")": "）", ", ": "，",
}


# English where the key is not itself the printed text.
QC_EN: dict[str, str] = {
    "petrol": "Petrol", "diesel": "Diesel", "hybrid": "Hybrid", "electric": "Electric",
    "pass": "Pass", "fail": "Fail", "na": "N/A", "incomplete": "Incomplete",
    "ok": "OK", "problem": "Problem", "done:": "done: ",
    "Passed": "Passed: may leave the garage",
    "(": " (", ")": ")",
}


def labeller(language: str) -> Callable[[str], str]:
    """The QC labels first, then the shared printing labels."""
    lang = normalise_language(language)
    table = table_for(lang, QC_ZH, QC_EN)
    return lambda key: table.get(key) or label(key, lang)


def paren(text: str, t: Callable[[str], str]) -> str:
    """"（text）" in Chinese, " (text)" in English."""
    return f"{t('(')}{text}{t(')')}"


def qc_styles(language: str) -> Styles:
    styles = make_styles(language)
    return replace(styles, t=labeller(language))


def number(value: Decimal | None) -> str:
    if value is None:
        return ""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def unit_text(unit: str) -> str:
    return unit.replace("⁻¹", "-1")  # the embedded font has no superscript minus


def class_text(doc: Any, t: Callable[[str], str]) -> str:
    everyday = t(JOB_CLASS_KEYS.get(doc.job_class, doc.job_class))
    regulatory = t(REGULATORY_KEYS.get(doc.regulatory_class, doc.regulatory_class))
    return regulatory + paren(everyday, t)


def render_qc_sheet(doc: QcSheetDoc, *, language: str = "zh_TW") -> bytes:
    styles = qc_styles(language)
    t = styles.t
    mark = t("Inspection {n}").format(n=doc.attempt) if doc.attempt else t("Blank")
    section = Section("qc", t("QC sheet"), story(doc, styles), mark=mark, number=doc.order_no)
    info = DocumentInfo(title=f"{t('QC sheet')} {doc.order_no}", garage=doc.garage, printed_at=doc.printed_at,
                        subject=f"{doc.plate} {doc.customer_name}".strip(), keywords=[doc.order_no, doc.plate])
    return build_pdf([section], info, styles)


def story(doc: QcSheetDoc, styles: Styles) -> list[Flowable]:
    blocks: list[Flowable] = [order_block(doc, styles), Spacer(0, GAP), checklist(doc, styles)]
    if doc.process_checks:
        blocks += [Spacer(0, GAP), process_checks_block(doc, styles)]
    if doc.measurements:
        blocks += [Spacer(0, GAP), measured(doc, styles)]
    blocks += [Spacer(0, GAP), damage_block(doc, styles), Spacer(0, GAP), KeepTogether([
        outcome_block(doc, styles), Spacer(0, 3 * mm),
        signature_lines([(styles.t("Inspector signature"), doc.inspector), (styles.t("Date"),
                         when(doc.inspected_at)[:10])], styles)])]
    return blocks


def order_block(doc: QcSheetDoc, styles: Styles) -> Flowable:
    t = styles.t
    km = (lambda v: f"{v:,} km" if v is not None else "")
    template = doc.template_title.get(styles.language) + paren(doc.template_ref, t)
    return info_grid([
        (t("Customer"), doc.customer_name, t("Plate"), Big(doc.plate)),
        (t("Make / model"), doc.make_model, t("VIN"), doc.vin),
        (t("Repair class"), class_text(doc, t), t("Fuel type"), t(doc.fuel)),
        (t("Received"), when(doc.received_at), t("Mileage in"), km(doc.mileage_in)),
        (t("Checklist"), template, t("Mileage at QC"), km(doc.mileage_qc)),
        (t("Inspector"), doc.inspector, t("Inspected"), when(doc.inspected_at)),
    ], styles)


def _result(result: str | None, t: Callable[[str], str], joiner: str = "　") -> str:
    if result is None:
        return joiner.join(f"□{t(k)}" for k in ("pass", "fail", "na"))
    text = t(result)
    return f"<font color='{FAIL}'><b>{text}</b></font>" if result == "fail" else text


def checklist(doc: QcSheetDoc, styles: Styles) -> Flowable:
    t, lang = styles.t, styles.language
    rows: list[list[Any]] = []
    spans: list[int] = []
    for section in doc.sections:
        title = t("Order items done") if section.key == "order" else section.title.get(lang)
        spans.append(len(rows))
        rows.append([Paragraph(f"<b>{xml(title)}</b>", styles.cell), "", ""])
        for item in section.items:
            text = ("★ " if item.safety else "") + item.label.get(lang)
            rows.append([Paragraph(xml(text), styles.cell), Paragraph(_result(item.result, t), styles.cell_center),
                         Paragraph(xml(item.note), styles.cell)])
    blank = doc.attempt is None
    columns = [Column(t("Check"), 60), Column(t("Result"), 22 if blank else 11, center=True),
               Column(t("Notes"), 20 if blank else 29)]
    table = data_table(f"{t('Checklist')}　{doc.template_title.get(lang)}", columns, rows, styles,
                       note=t("★ safety item"), row_padding=1.5)
    table.setStyle(TableStyle([cmd for r in spans for cmd in (
        ("SPAN", (0, r + 2), (-1, r + 2)), ("BACKGROUND", (0, r + 2), (-1, r + 2), colors.HexColor("#f3f3f3")))]))
    return table


def process_checks_block(doc: QcSheetDoc, styles: Styles) -> Flowable:
    """維修作業 3: the inspector's checks while the lines were being worked; a problem with what was done."""
    t = styles.t
    rows = []
    for c in doc.process_checks:
        result = t(c.result)
        said = xml(c.finding)
        if c.result == "problem":
            result = f"<font color='{FAIL}'><b>{result}</b></font>"
            said += f"<br/>{t('done:')}{xml(c.action)}"
        rows.append([Paragraph(when(c.checked_at), styles.cell), Paragraph(xml(c.line), styles.cell),
                     Paragraph(result, styles.cell_center), Paragraph(said, styles.cell),
                     Paragraph(xml(c.inspector), styles.cell)])
    columns = [Column(t("Time"), 16), Column(t("Line"), 24), Column(t("Result"), 11, center=True),
               Column(t("Found / done about it"), 37), Column(t("Inspector"), 12)]
    return data_table(t("Checks during the repair"), columns, rows, styles, row_padding=1.5)


def finding_text(f: FindingDoc, t: Callable[[str], str], lang: str) -> str:
    keys = {"spread": "Difference between cylinders {value} % (limit {limit} %)",
            "lowest": "Weakest cylinder {value} (at least {limit})",
            "tries": "Ran at try {value} (at most {limit})",
            "seconds": "Cranking {value} s (at most {limit} s)",
            "gain": "Added weight {value} % (at most {limit} %)"}  # printed labels, keyed by English
    if f.key in keys:
        limit = f.maximum if f.maximum is not None else f.minimum
        text = t(keys[f.key]).format(value=f"{f.value:f}" if f.key in ("spread", "gain") else number(f.value),
                                     limit=number(limit))
    else:
        bounds = (f"{number(f.minimum)}–{number(f.maximum)}" if f.minimum is not None and f.maximum is not None
                  else f"≥ {number(f.minimum)}" if f.minimum is not None else f"≤ {number(f.maximum)}")
        name = f.label.get(lang) if f.label else f.key
        text = f"{name} {number(f.value)} {unit_text(f.unit)}".rstrip() + paren(bounds, t)
    text = xml(text)
    return text if f.passed else f"<font color='{FAIL}'>✘ {text}</font>"


def _readings(m: QcMeasurementDoc, t: Callable[[str], str], lang: str) -> str:
    unit = unit_text(m.unit)
    values = dict(m.readings)
    if m.kind == "compression":
        cylinders = " / ".join(values.get("cylinders", "").replace(",", " ").split())
        return f"{t('Cylinders')}{t(':')}{cylinders or '＿' * 12} {unit}"
    if m.kind == "start":
        return (f"{t('Started at try')}{t(':')}{values.get('tries', '＿＿')}<br/>"
                f"{t('Cranking')}{t(':')}{values.get('seconds', '＿＿')} s")
    if m.kind == "weight_gain":
        return (f"{t('Design weight')}{t(':')}{values.get('design', '＿＿＿')} {unit}<br/>"
                f"{t('After repair')}{t(':')}{values.get('after', '＿＿＿')} {unit}")
    if m.fields:  # a blank sheet: the fields to fill in
        return "<br/>".join(f"{xml(lbl.get(lang))}{t(':')}＿＿＿ {unit_text(u)}" for _, lbl, u in m.fields)
    names = {f.key: (f.label.get(lang) if f.label else f.key, unit_text(f.unit)) for f in m.findings}
    return "<br/>".join(f"{xml(names.get(k, (k, ''))[0])}{t(':')}{xml(v)} {names.get(k, ('', ''))[1]}".rstrip()
                        for k, v in m.readings)


def measured(doc: QcSheetDoc, styles: Styles) -> Flowable:
    t, lang = styles.t, styles.language
    rows = []
    for m in doc.measurements:
        head = f"<b>{xml(m.label.get(lang))}</b>"
        if m.note:
            head += f"<br/><font size=7 color='#555555'>{xml(m.note.get(lang))}</font>"
        judged = "<br/>".join(finding_text(f, t, lang) for f in m.findings)
        if m.remark:
            judged += ("<br/>" if judged else "") + xml(m.remark)
        readings = "" if m.status == "na" and not m.readings else _readings(m, t, lang)
        rows.append([Paragraph(head, styles.cell), Paragraph(readings, styles.cell), Paragraph(judged, styles.cell),
                     Paragraph(_result(m.status if m.status != "incomplete" else None, t, "<br/>"),
                               styles.cell_center)])
    columns = [Column(t("Check"), 30), Column(t("Readings"), 28), Column(t("Judged"), 30),
               Column(t("Result"), 12, center=True)]
    return data_table(t("Measured checks"), columns, rows, styles, row_padding=2)


class _QcDiagram(DamageDiagram):
    """The intake diagram with the marks found at QC ringed (dashed), as on the QC tab."""

    def draw(self) -> None:
        super().draw()
        boxes = self.boxes()
        canvas = self.canv
        canvas.saveState()
        canvas.setDash(1.5, 1.2)
        canvas.setLineWidth(0.6)
        size = max(min(self.box_height * 0.08, 4.0), 2.8)
        for mark in self.marks:
            if getattr(mark, "found_at", "intake") == "qc" and mark.view in boxes:
                bx, by, bw, bh = boxes[mark.view]
                canvas.circle(bx + bw * mark.x / 1000, by + bh * (1 - mark.y / 1000), size * 1.9, stroke=1, fill=0)
        canvas.restoreState()


def damage_block(doc: QcSheetDoc, styles: Styles) -> Flowable:
    t = styles.t

    def describe(d: Any) -> str:
        text = f"<font color='{FAIL}'>{d.number}</font> {t(VIEW_KEYS.get(d.view, d.view))} " \
               f"{t(DAMAGE_KEYS.get(d.kind, d.kind))}" + (paren(xml(d.note), t) if d.note else "")
        if d.found_at == "qc":
            state = f"{t('resolved')}{t(':')}{xml(d.resolved_note)}" if d.resolved_note else t("not resolved")
            text = f"<b>{text} — {t('found at QC')}{t(', ')}{state}</b>"
        return text

    intake = [d for d in doc.damage if d.found_at != "qc"]
    new = [d for d in doc.damage if d.found_at == "qc"]
    before = "　".join(describe(d) for d in intake) or t("No body damage recorded.")
    after = "<br/>".join(describe(d) for d in new) or (
        f"{t('found at QC')}{t(':')}{'＿' * 16}" if doc.attempt is None else t("No new damage found at QC."))
    box = "■" if doc.damage_confirmed else "□"
    confirm = f"{box} {t('Compared with the intake record: no new damage')}"
    table = Table([
        [title_cell(t("Body damage: intake record and exit check"), CONTENT_WIDTH, styles), ""],
        [_QcDiagram(doc.damage, CONTENT_WIDTH - 12, t, styles.font), ""],
        *side_by_side([Paragraph(f"{t('Intake inspection')}{t(':')}{before}", styles.cell),
                       Paragraph(f"{after}<br/>{confirm}", styles.cell)], [CONTENT_WIDTH / 2] * 2),
    ], colWidths=[CONTENT_WIDTH / 2] * 2)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), styles.font, 8.5), ("FONT", (0, 0), (0, 0), styles.font, TITLE_SIZE),
        ("SPAN", (0, 0), (-1, 0)), ("SPAN", (0, 1), (-1, 1)), ("BOX", (0, 0), (-1, -1), 0.9, INK),
        ("BACKGROUND", (0, 0), (-1, 0), TITLE_FILL), ("LINEBELOW", (0, 0), (-1, 0), 0.4, GRID),
        ("LINEABOVE", (0, 2), (-1, 2), 0.4, GRID), ("LINEAFTER", (0, 2), (0, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 1), (-1, 1), 4)]))
    return table


def _boxed(title: str, body: str, styles: Styles, *, room: float = 0) -> Table:
    parts = pieces(Paragraph(body, styles.body), CONTENT_WIDTH - CELL_PADDING)  # long remarks: onto the next page
    rows: list[list[Any]] = [[title_cell(title, CONTENT_WIDTH, styles)], *([part] for part in parts)]
    return Table(rows + ([[""]] if room else []), colWidths=[CONTENT_WIDTH],
                 rowHeights=[None] * len(rows) + ([room] if room else []), repeatRows=1,
                 style=[("BOX", (0, 0), (-1, -1), 0.9, INK), ("BACKGROUND", (0, 0), (-1, 0), TITLE_FILL),
                        ("FONT", (0, 0), (-1, -1), styles.font, TITLE_SIZE), ("LINEBELOW", (0, 0), (-1, 0), 0.4, GRID)])


def outcome_block(doc: QcSheetDoc, styles: Styles) -> Flowable:
    t = styles.t
    if doc.passed is None:  # a blank sheet: tick one, write the rework by hand
        verdict = "　　".join(f"□ {t(k)}" for k in ("Passed", "Failed: back to the workshop for rework"))
        return _boxed(t("Outcome"), verdict, styles, room=14 * mm)
    lines = [f"<b>{t('Passed')}</b>" if doc.passed else
             f"<font color='{FAIL}'><b>{t('Failed: back to the workshop for rework')}</b></font>"]
    if doc.certificate_no:
        lines.append(f"{t('Certificate no.')}{t(':')}{xml(doc.certificate_no)}")
    if doc.failed:
        lines.append(f"{t('Failed checks')}{t(':')}{xml('、'.join(x.get(styles.language) for x in doc.failed))}")
    if doc.rework_lines:
        lines.append(f"{t('Sent back for rework')}{t(':')}{xml('、'.join(doc.rework_lines))}")
    if doc.rework_note:
        lines.append(f"{t('Rework note')}{t(':')}{xml(doc.rework_note)}")
    if doc.remarks:
        lines.append(f"{t('Remarks')}{t(':')}{xml(doc.remarks)}")
    return _boxed(t("Outcome"), "<br/>".join(lines), styles)
