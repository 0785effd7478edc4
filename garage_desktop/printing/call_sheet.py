"""The 回訪記錄單 (follow-up call sheet): for a call made away from the reception PC — who to call and about what,
the call script's questions in order with boxes and lines for the answers, the overall satisfaction, a complaint,
who called and when. The answers are entered in the follow-up tab afterwards."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, TableStyle

from garage_desktop.printing.layout import (
    Big,
    Column,
    DocumentInfo,
    Section,
    Styles,
    build_pdf,
    check_boxes,
    data_table,
    info_grid,
    make_styles,
    signature_lines,
    text_box,
    when,
    xml,
)

if TYPE_CHECKING:
    from garage_desktop.documents.call_sheet import CallSheetDoc, CallSheetQuestion

SCORES = ("1", "2", "3", "4", "5")


def render_call_sheet(doc: CallSheetDoc, *, language: str = "zh_TW") -> bytes:
    styles = make_styles(language)
    t = styles.t
    section = Section("call-sheet", t("Follow-up call sheet"), call_sheet_story(doc, styles), number=doc.order_no)
    info = DocumentInfo(title=f"{t('Follow-up call sheet')} {doc.order_no}", garage=doc.garage,
                        printed_at=doc.printed_at, subject=f"{doc.plate} {doc.customer_name}".strip(),
                        keywords=[doc.order_no, doc.plate])
    return build_pdf([section], info, styles)


def _answer_cell(question: CallSheetQuestion, styles: Styles) -> str:
    """Boxes to tick (and a line to write on) for the kind of answer the question takes."""
    t = styles.t
    line = "＿" * 14
    if question.kind == "say":
        return f"（{t('Read out')}）"
    if question.kind == "score":
        return check_boxes([(score, False) for score in SCORES])
    if question.kind == "yes_no":
        return check_boxes([(t("Yes"), False), (t("No"), False)]) + "　" + line
    if question.kind == "referral":
        return check_boxes([(t("Would introduce"), False), (t("Would not"), False), (t("Maybe"), False)])
    return line * 2


def questions_table(doc: CallSheetDoc, styles: Styles) -> Any:
    t = styles.t
    columns = [Column(t("#"), 7, center=True), Column(t("Question"), 98), Column(t("Answer"), 75)]
    rows: list[list[Any]] = []
    spoken: list[int] = []
    for number, question in enumerate(doc.questions, start=1):
        rows.append([str(number), Paragraph(xml(question.text), styles.cell),
                     Paragraph(xml(_answer_cell(question, styles)), styles.cell)])
        if question.kind == "say":
            spoken.append(len(rows) + 1)  # header rows: the title and the column heads
    table = data_table(t("Follow-up call sheet"), columns, rows, styles, row_padding=5,
                       note=t("1 very dissatisfied … 5 very satisfied"))
    table.setStyle(TableStyle([("TEXTCOLOR", (2, row), (2, row), "#555555") for row in spoken]
                              + [("VALIGN", (0, 2), (-1, -1), "MIDDLE")]))
    return table


def call_sheet_story(doc: CallSheetDoc, styles: Styles) -> list[Flowable]:
    t = styles.t
    rows: list[tuple[Any, ...]] = [
        (t("Customer"), Big(doc.customer_name), t("Phone"), Big(doc.phone)),
        (t("Plate"), Big(doc.plate), t("Make / model"), doc.make_model),
        (t("No."), doc.order_no, t("Left the garage"), when(doc.delivered_at)),
        (t("Work done"), "、".join(doc.work) or "—"),
    ]
    if doc.complaint:
        rows.append((t("Complaint (in the customer's words)"), doc.complaint))
    outcome = check_boxes([(t("Reached the customer"), False), (t("Not reached (call again)"), False)])
    overall = check_boxes([(score, False) for score in SCORES])
    return [
        Paragraph(xml(t("Call within two days of the handover; enter the answers in the follow-up tab "
                        "afterwards.")), styles.small),
        Spacer(0, 2 * mm), info_grid(rows, styles), Spacer(0, 3 * mm),
        info_grid([(t("Called at"), "", t("Called by"), ""), (t("Reached the customer"), outcome)], styles),
        Spacer(0, 3 * mm), questions_table(doc, styles), Spacer(0, 3 * mm),
        info_grid([(t("Overall satisfaction"), overall + "　（" + t("1 very dissatisfied … 5 very satisfied") + "）")],
                  styles),
        Spacer(0, 3 * mm),
        text_box(t("Complaint or concern (goes first until closed)"), "", styles, ruled_lines=3),
        Spacer(0, 3 * mm), text_box(t("Remarks"), "", styles, ruled_lines=2),
        Spacer(0, 4 * mm), signature_lines([(t("Called by"), ""), (t("Date"), "")], styles),
    ]
