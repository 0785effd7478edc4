"""The 收款收據 (payment receipt): what the customer paid on an order — deposits, payments with cash handed
over and change, refunds — the bill, what is left to pay, and the cashier's signature.

A deposit is printed as a deposit with its state (held, applied, refunded), never in what was paid for the work;
an order closed without charge (its deposit refunded) owes nothing (``services.checkout_documents``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, TableStyle

from garage_desktop.printing.layout import (
    HEAD_FILL,
    INK,
    Big,
    Column,
    DocumentInfo,
    Section,
    Styles,
    build_pdf,
    column_widths,
    data_table,
    fitted,
    info_grid,
    money,
    signature_lines,
    when,
    xml,
)
from garage_desktop.printing.settlement_list import (
    KIND_KEYS,
    METHOD_KEYS,
    checkout_styles,
    deposit_text,
    in_words,
    owed_text,
    yuan,
)

if TYPE_CHECKING:
    from garage_desktop.documents.checkout import ReceiptDoc, ReceiptLineDoc


def render_receipt(doc: ReceiptDoc, *, language: str = "zh_TW") -> bytes:
    styles = checkout_styles(language)
    t = styles.t
    section = Section("receipt", t("Receipt"), receipt_story(doc, styles), number=doc.order_no)
    info = DocumentInfo(title=f"{t('Receipt')} {doc.order_no}", garage=doc.garage, printed_at=doc.printed_at,
                        subject=f"{doc.plate} {doc.customer_name}".strip(), keywords=[doc.order_no, doc.plate])
    return build_pdf([section], info, styles)


def _remark(line: ReceiptLineDoc, t: Callable[[str], str]) -> str:
    """The row's note; a stored-value card payment says the card and what it held after (issue 19)."""
    if not line.card:
        return line.note
    card = t("Card {card}, balance left {balance}").format(card=line.card, balance=money(line.card_left or 0))
    return f"{card} {line.note}".strip()


def payments_table(doc: ReceiptDoc, styles: Styles) -> Any:
    t = styles.t
    columns = [Column(t("#"), 13, center=True), Column(t("Time"), 30, center=True), Column(t("Kind"), 16, center=True),
               Column(t("Method"), 22, center=True), Column(t("Amount"), 26, right=True),
               Column(t("Tendered"), 22, right=True), Column(t("Change"), 20, right=True),
               Column(t("Remarks"), 36), Column(t("Handled by"), 20, center=True)]
    widths = column_widths(columns)
    rows: list[list[Any]] = []
    for number, line in enumerate(doc.lines, start=1):
        sign = "−" if line.kind == "refund" else ""
        rows.append([str(number), when(line.at), t(KIND_KEYS.get(line.kind, line.kind)),
                     t(METHOD_KEYS.get(line.method, line.method)), f"{sign}{money(line.amount)}",
                     money(line.tendered) if line.tendered is not None else "",
                     money(line.change) if line.change is not None else "",
                     fitted(_remark(line, t), widths[7], styles.cell), fitted(line.by, widths[8], styles.cell_center)])
    if rows:  # with a deposit among the rows their sum is not what was paid for the work: say what it is
        net = sum((-line.amount if line.kind == "refund" else line.amount for line in doc.lines), start=0)
        total = t("Net of the rows above") if any(line.kind == "deposit" for line in doc.lines) else t("Paid so far")
        rows.append([total, "", "", "", money(net), "", "", "", ""])
    table = data_table(t("Payments"), columns, rows, styles, empty=t("No payment recorded."), row_padding=3)
    if rows:
        table.setStyle(TableStyle([("SPAN", (0, -1), (3, -1)), ("ALIGN", (0, -1), (-1, -1), "RIGHT"),
                                   ("BACKGROUND", (0, -1), (-1, -1), HEAD_FILL),
                                   ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK)]))
    return table


def receipt_story(doc: ReceiptDoc, styles: Styles) -> list[Flowable]:
    t = styles.t
    state = (t("No charge: closed without settlement") if doc.no_charge
             else t("Settled") if doc.settled else t("Not settled yet"))
    pairs: list[tuple[str, Any]] = [(t("Bill total"), yuan(doc.payable)),
                                    (t("Customer pays"), Big(owed_text(doc.customer_owes, doc.no_charge, t)))]
    if doc.receivable:
        pairs.append((t("Third parties pay (receivable)"), yuan(doc.receivable)))
    pairs.append((t("Paid so far"), yuan(doc.paid)))
    if doc.deposit is not None:
        pairs.append((t("Deposit"), deposit_text(doc.deposit, t)))
    pairs.append((t("Balance due"), f"{yuan(doc.balance)}　{state}"))
    rows: list[tuple[Any, ...]] = [
        (t("Customer"), doc.customer_name, t("Plate"), Big(doc.plate)),
        (t("Make / model"), doc.make_model, t("Work order no."), doc.order_no),
        *(tuple(item for pair in pairs[i:i + 2] for item in pair) for i in range(0, len(pairs), 2)),
    ]
    words: list[Flowable] = [Paragraph(f"{xml(t('Paid, in words'))}{t(':')}<font size=10.5>"
                                       f"{xml(in_words(doc.paid, styles))}</font>　{yuan(doc.paid)}", styles.body)]
    if doc.deposit is not None:
        words.append(Paragraph(f"{xml(t('Deposit, in words'))}{t(':')}<font size=10.5>"
                               f"{xml(in_words(doc.deposit.amount, styles))}</font>　"
                               f"{xml(deposit_text(doc.deposit, t))}", styles.body))
    return [info_grid(rows, styles), Spacer(0, 3 * mm), payments_table(doc, styles), Spacer(0, 2 * mm), *words,
            Spacer(0, 4 * mm),
            signature_lines([(t("Received by"), doc.cashier), (t("Customer signature"), ""), (t("Date"), "")], styles)]
