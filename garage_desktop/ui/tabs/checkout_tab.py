"""結算/交車 Settlement & delivery tab: the settlement list before payment, discounts, the insurer's amount,
payments with change, release on a deposit and refunds, the handover checklist and the next visit."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from garage_desktop.domain import limits
from garage_desktop.domain.classes import LABELS, Payer
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.money import format_yuan, parse_money
from garage_desktop.domain.settlement import KIND_LABELS, METHOD_LABELS, OLD_PARTS_LABELS, PaymentMethod
from garage_desktop.domain.text import DomainError
from garage_desktop.services import cards, changes, checkout, checkout_documents, delivery, insurers, orders
from garage_desktop.services.checkout_state import CheckoutState, checkout_state, queues
from garage_desktop.ui.background import Background, Failed
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.errors import FieldErrors, error_text, tr_domain
from garage_desktop.ui.forms.ui_checkout_tab import Ui_CheckoutTab
from garage_desktop.ui.tabs.checkout_handover import HandoverPage, enable, first_reason, run_write
from garage_desktop.ui.tabs.checkout_package_lines import PackageLines
from garage_desktop.ui.tabs.stale import ReadWhenShown
from garage_desktop.ui.text_limits import limit_inputs
from garage_desktop.ui.widgets import order_menu
from garage_desktop.ui.widgets.next_step import NextStepButton

NOT_ARRIVED = (OrderStatus.BOOKED, OrderStatus.NO_SHOW)  # bookings whose car never came in

_ID = Qt.ItemDataRole.UserRole
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
OK_STYLE = "color: #2e7d32; font-weight: bold;"
WARNING_STYLE = "color: #b26a00; font-weight: bold;"
# After this tab's actions (``next_step``): settled → the handover; handed over or out on a deposit → the call.
NEXT_STAGE = {OrderStatus.SETTLED: "checkout:handover", OrderStatus.DELIVERED: "followup",
              OrderStatus.DEPOSIT_RELEASED: "followup"}
# Where the handover happens: the car is paid for (or out on a deposit already).
_HANDOVER_STATUSES = {OrderStatus.SETTLED, OrderStatus.DELIVERED, OrderStatus.FOLLOWED_UP, OrderStatus.REFUNDED}

log = logging.getLogger(__name__)


def open_preview(pdf: bytes, title: str, parent: QWidget) -> None:
    """Show the print preview (tests replace this to keep the PDF instead of driving the modal dialog)."""
    from garage_desktop.ui.dialogs.print_preview import PrintPreviewDialog

    PrintPreviewDialog(pdf, title, parent).exec()


def _when(moment: datetime | None) -> str:
    return f"{moment:%m-%d %H:%M}" if moment else ""


def _number(value: Decimal) -> str:
    return f"{value.normalize():f}"


class CheckoutTab(ReadWhenShown, QWidget):
    REFRESH_TOPICS = frozenset({"orders", "operators", "settings"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui = Ui_CheckoutTab()
        ui.setupUi(self)
        limit_inputs({ui.discountReasonEdit: limits.REASON, ui.payNoteEdit: limits.PAYMENT_NOTE,
                      ui.refundReasonEdit: limits.REASON, ui.depositNoteEdit: limits.PAYMENT_NOTE,
                      ui.nextVisitNoteEdit: limits.BOOKING_NOTE})
        self.state: CheckoutState | None = None
        self.handover: delivery.DeliveryView | None = None
        self._reloads = 0
        self._fresh = False  # the next fill resets what was typed
        self._stale = False  # changed while behind another tab: read again when it comes forward
        self._version = 0  # the shown order's version (``changes.order_version``) when it was read
        self._shown_balance: Decimal | None = None
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.splitter.setSizes([800, 470])
        for combo in (ui.methodCombo, ui.depositMethodCombo, ui.refundMethodCombo):
            for method in PaymentMethod:
                # A stored-value card pays at the payment box only; a package card pays its own lines.
                if method is PaymentMethod.PACKAGE_CARD or (
                        method is PaymentMethod.STORED_VALUE and combo is not ui.methodCombo):
                    continue
                combo.addItem(tr_domain(METHOD_LABELS[method]), method.value)
        ui.oldPartsCombo.addItem(self.tr("(not asked yet)"), "")
        for choice, text in OLD_PARTS_LABELS.items():
            ui.oldPartsCombo.addItem(tr_domain(text), choice.value)
        self.errors = {
            "exit": FieldErrors({"mileage_out": ui.mileage_outError}, fallback=ui.mileage_outError),
            "discount": FieldErrors({"amount": ui.discountAmountError, "payer": ui.discountAmountError,
                                     "reason": ui.discountReasonError}, fallback=ui.discountReasonError),
            "claim": FieldErrors({"claim_approved": ui.claim_approvedError}, fallback=ui.claim_approvedError),
            "claim_details": FieldErrors({"insurer": ui.insurerError, "assessment_ref": ui.insurerError},
                                         fallback=ui.insurerError),
            "pay": FieldErrors({"amount": ui.payAmountError, "method": ui.payAmountError,
                                "tendered": ui.tenderedError, "card_number": ui.cardError,
                                "card_pin": ui.cardError}, fallback=ui.payError),
            "refund": FieldErrors({"reason": ui.refundReasonError}, fallback=ui.refundReasonError),
        }
        self.handover_page = HandoverPage(ctx, ui, self)
        self.handover_page.done.connect(lambda text, warning, topics: self._done(text, *topics, warning=warning))
        for tree in (ui.readyList, ui.settledList, ui.depositsList):
            tree.itemActivated.connect(lambda item, _col: self.open_order(item.data(0, _ID)))
        ui.backButton.clicked.connect(lambda: ctx.set_current_order(None))
        ui.saveExitButton.clicked.connect(self.save_exit_details)
        ui.addDiscountButton.clicked.connect(self.give_discount)
        ui.discountReasonEdit.returnPressed.connect(self.give_discount)
        ui.removeDiscountButton.clicked.connect(self.remove_discount)
        ui.claimButton.clicked.connect(self.record_claim)
        ui.claimDetailsButton.clicked.connect(self.record_claim_details)
        ui.methodCombo.currentIndexChanged.connect(lambda _i: self._cash_fields())
        ui.payAmountEdit.textChanged.connect(lambda _t: self._cash_fields())
        ui.tenderedEdit.textChanged.connect(lambda _t: self._cash_fields())
        ui.payButton.clicked.connect(self.take_payment)
        ui.cardsButton.clicked.connect(self.open_card_desk)
        ui.payAmountEdit.returnPressed.connect(self.take_payment)
        ui.settleButton.clicked.connect(self.settle)
        ui.refundButton.clicked.connect(self.refund)
        ui.printSettlementButton.clicked.connect(self.print_settlement_list)
        ui.printReceiptButton.clicked.connect(self.print_receipt)
        self._set_up_void()
        self._set_up_receivables()
        self.package_lines = PackageLines(ctx, ui, self)  # issue 19: a package card's line paid as usual instead
        self.package_lines.done.connect(lambda text, warning: self._done(text, warning=warning))
        ctx.operator_changed.connect(lambda _id: self.reload())
        self.next_step = NextStepButton.after(ctx, ui.resultLabel)
        ui.actionTabs.currentChanged.connect(lambda _index: self._offer_next())
        self.on_current_order_changed(ctx.current_order_id)

    # --- which order ------------------------------------------------------------------------------------
    def on_current_order_changed(self, order_id: int | None) -> None:
        self._clear_messages()
        self.ui.resultLabel.clear()
        if (order_id is not None and self.state is not None and self.state.order_id == order_id and not self._stale
                and self.ctx.read_core(changes.order_version, order_id) == self._version):
            return  # the window repeats the current order after each change: shown as it is saved already
        self.show_order(order_id)

    def open_order(self, order_id: int | None) -> None:
        if order_id is not None:
            self.ctx.set_current_order(order_id)
            if self.state is None or self.state.order_id != order_id:
                self.show_order(order_id)

    def show_order(self, order_id: int | None) -> None:
        self._reloads += 1
        self._stale = False
        state = None
        if order_id is not None:
            try:
                self._version = self.ctx.read_core(changes.order_version, order_id)  # first: what it shows is newer
                state = self.ctx.read(checkout_state, order_id)
            except DomainError:
                state = None
        if state is not None and state.status in NOT_ARRIVED:  # a booking: no car to work on yet
            state = None
        changed = (self._fresh or state is None or self.state is None or self.state.order_id != state.order_id
                   or self.state.status is not state.status)
        self._fresh = False
        self.state = state
        if state is None:
            self.handover = None
            self.ui.pages.setCurrentWidget(self.ui.listPage)
            self._fill_lists()
            self.next_step.withdraw()
            return
        self.handover = self.ctx.read(delivery.delivery_view, state.order_id)
        self.ui.pages.setCurrentWidget(self.ui.orderPage)
        self._fill_order(state, fresh=changed)
        self._offer_next()

    def _offer_next(self) -> None:
        """Settled: the handover (when its page is not in front already); handed over: the follow-up call."""
        state, ui = self.state, self.ui
        if state is None:
            return
        target = NEXT_STAGE.get(state.status)
        if target == "checkout:handover" and ui.actionTabs.currentWidget() is ui.handoverTab:
            target = None
        self.next_step.offer(state.order_id, target)

    def show_page(self, page: str) -> None:
        """A "next:" button's page of this tab: "handover" brings the handover checklist forward."""
        if page == "handover":
            self.ui.actionTabs.setCurrentWidget(self.ui.handoverTab)
            self.ui.workExplainedCheck.setFocus()

    def reload(self) -> None:
        self.show_order(self.state.order_id if self.state else self.ctx.current_order_id)

    def _announce(self, *topics: str) -> None:
        """Tell the other screens; reload here when nobody relayed it (the tab on its own, in tests)."""
        before = self._reloads
        self.ctx.changed("orders", *topics)
        if self._reloads == before:
            self.reload()

    # --- the lists ----------------------------------------------------------------------------------------
    def _fill_lists(self) -> None:
        ui = self.ui
        lists = self.ctx.read(queues)
        self._fill_tree(ui.readyList, [(r.order_id, [_when(r.since), r.order_no, r.plate, r.customer_name,
                                                     format_yuan(r.payable), format_yuan(max(r.balance, 0)),
                                                     tr_domain(r.payer_label), r.customer_phone])
                                       for r in lists.ready], money_columns=(4, 5))
        self._fill_tree(ui.settledList, [(r.order_id, [_when(r.since), r.order_no, r.plate, r.customer_name,
                                                       r.customer_phone, _when(r.promised_at)])
                                         for r in lists.settled])
        self._fill_tree(ui.depositsList, [(r.order_id, [_when(r.since), r.order_no, r.plate, r.customer_name,
                                                        format_yuan(r.deposit), format_yuan(max(r.balance, 0)),
                                                        r.customer_phone])
                                          for r in lists.deposits], money_columns=(4, 5))
        ui.readyTitle.setText(self.tr("<b>Ready for settlement</b> (%1)").replace("%1", str(len(lists.ready))))
        ui.settledTitle.setText(self.tr("<b>Settled, waiting for the customer</b> (%1)")
                                .replace("%1", str(len(lists.settled))))
        ui.depositsTitle.setText(self.tr("<b>Open deposits</b> (%1) — released on a deposit (intermittent fault), "
                                         "not settled yet").replace("%1", str(len(lists.deposits))))
        ui.listEmptyLabel.setVisible(not (lists.ready or lists.settled or lists.deposits))
        self._show_receivables_total()

    # --- receivables (issue 19): what makers and insurers owe, collected here -----------------------------
    def _set_up_receivables(self) -> None:
        self.receivables_button = QPushButton(self.tr("Recei&vables (makers and insurers)…"), self.ui.listPage)
        self.receivables_button.setObjectName("receivablesButton")
        self.receivables_button.setToolTip(self.tr("What the makers (三包) and insurers (索賠) still owe, by age; "
                                                   "record the money they paid"))
        self.ui.listLayout.addWidget(self.receivables_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.receivables_button.clicked.connect(self.open_receivables)
        self._owed_worker = Background(self, "garage-receivables-total", self._owed_known)
        self._owed_again = False

    def _show_receivables_total(self) -> None:
        """What the makers and insurers still owe, on the button: from the window's receivables kept for the
        receivables dialog (``ui.receivables_reader``, brought up to date first: a lookup or two) once they are
        read; before, summed by the database on a worker thread (tens of milliseconds on ten years of claims,
        which the list's every showing would wait for), the button's text set once it is known; asked again
        meanwhile, summed again after."""
        from garage_desktop.services import receivables
        from garage_desktop.ui.receivables_reader import ReceivablesReader

        kept = ReceivablesReader.of(self.ctx)
        if not self._owed_worker.busy() and kept.fresh():
            self._owed_known(kept.cache.open_total())
            return
        if self._owed_worker.busy():
            self._owed_again = True
            return
        self._owed_worker.start(lambda: self.ctx.read(receivables.open_total))

    def _owed_known(self, total: object) -> None:
        if isinstance(total, Failed):  # the button keeps its text; the list itself was read
            log.error("summing the receivables failed", exc_info=total.error)
        elif isinstance(total, Decimal):
            self.receivables_button.setText(
                self.tr("Recei&vables: %1 still owed by makers and insurers…").replace("%1", format_yuan(total))
                if total else self.tr("Recei&vables (makers and insurers)…"))
        if self._owed_again:
            self._owed_again = False
            self._show_receivables_total()

    def receivables_summed(self) -> bool:
        """The button's total is up to date (tests)."""
        return not self._owed_worker.busy() and not self._owed_again

    def open_receivables(self) -> None:
        from garage_desktop.ui.dialogs.receivables_dialog import show_receivables

        if show_receivables(self.ctx, self):
            self.reload()

    @staticmethod
    def _fill_tree(tree: QTreeWidget, rows: list[tuple[int, list[str]]], money_columns: tuple[int, ...] = ()) -> None:
        tree.clear()
        for order_id, cells in rows:
            item = QTreeWidgetItem(cells)
            item.setData(0, _ID, order_id)
            for column in money_columns:
                item.setTextAlignment(column, _RIGHT)
            tree.addTopLevelItem(item)
        for column in range(tree.columnCount()):
            tree.resizeColumnToContents(column)

    # --- one order ----------------------------------------------------------------------------------------
    def _fill_order(self, state: CheckoutState, *, fresh: bool) -> None:
        ui = self.ui
        summary = self.ctx.read(orders.summary, state.order_id)
        name = summary.customer_name if summary else ""
        ui.headerLabel.setText(f"<b>{state.order_no}</b>&nbsp;&nbsp;{summary.plate if summary else ''} — {name} — "
                               f"{tr_domain(LABELS[state.payer])} — <i>{tr_domain(state.status_label)}</i>")
        self._fill_lines(state)
        self.package_lines.fill(state)
        self._fill_totals(state)
        self._fill_money(state)
        self._mark_voids(state)
        self._fill_payment_page(state, fresh)
        self._fill_cashier_check(state)
        assert self.handover is not None
        self.handover_page.fill(state, self.handover, fresh=fresh)
        if fresh:
            handover = state.status in _HANDOVER_STATUSES
            ui.actionTabs.setCurrentWidget(ui.handoverTab if handover else ui.paymentTab)
        printable = state.status not in delivery.BEFORE_QC_STATUSES
        enable(ui.printSettlementButton,
                     None if printable else self.tr("The settlement list is printed once the car passed final QC."),
                     self.tr("Preview the 結算清單 and print it — give it to the customer before payment"))
        paid_any = any(m.kind.value != "receivable" for m in state.money)
        enable(ui.printReceiptButton, None if paid_any else self.tr("Nothing has been paid yet."),
                     self.tr("Preview the receipt of what the customer paid"))

    def _fill_lines(self, state: CheckoutState) -> None:
        rows: list[list[str]] = []
        for line in state.labour:
            rows.append([self.tr("Labour"), str(line.seq), line.name, line.code, f"{_number(line.hours)} h",
                         f"{format_yuan(line.rate)} × {_number(line.coefficient)}", format_yuan(line.amount),
                         tr_domain(LABELS[line.payer]),
                         ", ".join([*([self.tr("added")] if line.added else []), *self._free_remark(line),
                                    *([line.card_label] if line.card_label else [])])])  # issue 19: 套餐卡
        for part in state.parts:
            remarks = [self.tr("added")] if part.added else []
            remarks += self._free_remark(part)
            if part.card_item_id is not None:  # issue 19: paid with its package card's labour line
                remarks.append(self.tr("package card"))
            if part.customer_supplied:
                remarks.append(self.tr("customer-supplied, not charged"))
            elif part.issued != part.planned:
                remarks.append(self.tr("%1 issued, %2 agreed").replace("%1", _number(part.issued))
                               .replace("%2", _number(part.planned)))
            rows.append([self.tr("Part"), str(part.seq), part.name, part.spec,
                         f"{_number(part.quantity)} {part.unit}".strip(),
                         "—" if part.customer_supplied else format_yuan(part.unit_price), format_yuan(part.amount),
                         tr_domain(LABELS[part.payer]), ", ".join(remarks)])
        for work in state.outside:  # 外加工: its own fee row on the settlement list
            rows.append([self.tr("Outside work"), str(work.seq), work.description, work.supplier, "", "",
                         format_yuan(work.amount), tr_domain(LABELS[work.payer]),
                         ", ".join([*([self.tr("added")] if work.added else []), *self._free_remark(work)])])
        self._fill_table(self.ui.linesTable, rows, right=(1, 4, 5, 6), stretch=2)

    def _free_remark(self, line: object) -> list[str]:
        """免費 (issue 16): a free line's reason, note and the value given away, for the cashier to explain."""
        from garage_desktop.domain.free_items import FREE_REASON_LABELS, FreeReason

        reason = getattr(line, "free_reason", "")
        if not reason:
            return []
        text = self.tr("free (%1), worth %2").replace("%1", tr_domain(FREE_REASON_LABELS[FreeReason(reason)])).replace(
            "%2", format_yuan(line.given_away))  # type: ignore[attr-defined]
        note = getattr(line, "free_note", "")
        return [f"{text}: {note}" if note else text]

    def _fill_money(self, state: CheckoutState) -> None:
        rows = [[_when(m.created_at), tr_domain(KIND_LABELS[m.kind]),
                 tr_domain(METHOD_LABELS.get(m.method, m.method)) if m.method else "", tr_domain(LABELS[m.payer]),
                 ("−" if m.kind.value == "refund" else "") + format_yuan(m.amount), m.note, m.created_by]
                for m in state.money]
        self._fill_table(self.ui.moneyTable, rows, right=(4,), stretch=5)

    @staticmethod
    def _fill_table(table: QTableWidget, rows: list[list[str]], *, right: tuple[int, ...], stretch: int) -> None:
        header = table.horizontalHeader()
        for column in range(table.columnCount()):  # sized once below: not again for every cell filled
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        table.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in right:
                    item.setTextAlignment(_RIGHT)
                table.setItem(row, column, item)
        header.setStretchLastSection(False)
        for column in range(table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == stretch
                                        else QHeaderView.ResizeMode.ResizeToContents)

    def _fill_totals(self, state: CheckoutState) -> None:
        totals = state.settlement
        payers = [share.payer for share in totals.payers]
        split = len(payers) > 1
        all_label = self.tr("All")
        head = ("<tr><th></th>" + "".join(f"<th align='right'>&nbsp;{tr_domain(LABELS[p])}&nbsp;</th>" for p in payers)
                + f"<th align='right'>&nbsp;{all_label}</th></tr>") if split else ""
        rows = [(self.tr("Labour"), "labour"), (self.tr("Parts"), "parts"), (self.tr("Outside work"), "outside"),
                (self.tr("Discount"), "discount"), (self.tr("Total"), "total")]
        body = ""
        for label, name in rows:
            if (name == "discount" and not totals.discount) or (name == "outside" and not state.outside):
                continue
            sign = "−" if name == "discount" else ""
            values = [getattr(totals.of(p), name) for p in payers] if split else []
            cells = "".join(f"<td align='right'>&nbsp;{sign + format_yuan(v) if v or not sign else '—'}&nbsp;</td>"
                            for v in values)
            body += (f"<tr><td>{label}</td>{cells}<td align='right'>&nbsp;<b>{sign}"
                     f"{format_yuan(getattr(totals, name))}</b></td></tr>")
        lines = [self.tr("Customer pays <b>%1</b>").replace("%1", format_yuan(totals.customer_owes))]
        for payer, text in ((Payer.WARRANTY, self.tr("the maker pays %1 (receivable)")),
                            (Payer.CLAIM, self.tr("the insurer pays %1 (receivable)"))):
            share = totals.of(payer)
            if share is not None and share.third_party:
                lines.append(text.replace("%1", format_yuan(share.third_party)))
        if state.paid:
            lines.append(self.tr("paid %1").replace("%1", format_yuan(state.paid)))
        owed = max(state.balance, Decimal(0))
        lines.append(self.tr("<b>still owed %1</b>").replace("%1", format_yuan(owed)) if owed and not state.settled
                     else self.tr("<b>nothing more to pay</b>"))
        self.ui.totalsLabel.setText(f"<table cellspacing='0'>{head}{body}</table>" + " · ".join(lines))
        notes = [error_text(note) for note in state.notes]
        if totals.claim_pending:
            notes.insert(0, error_text(DomainError(checkout.CLAIM_PENDING)))
        self.ui.notesLabel.setText("<br>".join(f"<span style='color:#b26a00'>⚠ {n}</span>" for n in notes))
        self.ui.notesLabel.setVisible(bool(notes))

    # --- the cashier's check (services.cashier_check) ------------------------------------------------------
    def _fill_cashier_check(self, state: CheckoutState) -> None:
        """Each item with ✓ or ✗ and its reason; a failing one is why paying and settling are disabled."""
        check = state.cashier_check
        ui = self.ui
        ui.cashierCheckGroup.setVisible(check is not None)
        if check is None:  # settled, or not yet at settlement: nothing to check now
            ui.cashierCheckLabel.clear()
            return
        lines = []
        for item in check.items:
            mark, colour = ("✓", "#2e7d32") if item.passed else ("✗", "#c62828")
            lines.append(f"<span style='color:{colour}'><b>{mark} {escape(tr_domain(item.label))}</b></span>"
                         f" — {escape(error_text(item.reason))}")
        if not check.passed:
            blocked = escape(self.tr("Settlement is blocked until every item passes."))
            lines.append(f"<span style='color:#c62828'>{blocked}</span>")
        ui.cashierCheckLabel.setText("<br>".join(lines))

    # --- the payment page --------------------------------------------------------------------------------
    def _fill_payment_page(self, state: CheckoutState, fresh: bool) -> None:
        ui = self.ui
        role = self.ctx.read(checkout.money_refusal, self.ctx.operator_id)
        money_open = first_reason(state.open_refusal, role)
        status_why = None if state.status in checkout.EXIT_OPEN else error_text(DomainError(checkout.EXIT_LOCKED))
        if fresh:
            ui.mileageOutEdit.setText(str(state.mileage_out) if state.mileage_out is not None else "")
            ui.oldPartsCombo.setCurrentIndex(max(ui.oldPartsCombo.findData(state.old_parts), 0))
            for edit in (ui.discountAmountEdit, ui.discountReasonEdit, ui.tenderedEdit, ui.payNoteEdit,
                         ui.refundReasonEdit):
                edit.clear()
            ui.claimEdit.setText(f"{state.claim_approved:.2f}" if state.claim_approved is not None else "")
        if fresh or state.balance != self._shown_balance:  # offer what is owed now (after a discount too)
            ui.payAmountEdit.setText(f"{state.balance:.2f}" if state.balance > 0 else "")
            self._shown_balance = state.balance
        for widget in (ui.mileageOutEdit, ui.oldPartsCombo, ui.saveExitButton):
            enable(widget, status_why)
        ui.discountPayerCombo.clear()
        for share in state.settlement.payers:
            ui.discountPayerCombo.addItem(tr_domain(LABELS[share.payer]), share.payer.value)
        for widget in (ui.discountAmountEdit, ui.discountPayerCombo, ui.discountReasonEdit, ui.addDiscountButton,
                       ui.removeDiscountButton, ui.claimEdit, ui.claimButton):
            enable(widget, money_open)
        ui.discountPayerCombo.setVisible(len(state.settlement.payers) > 1)
        ui.discountList.clear()
        for discount in state.discounts:
            # A pending reduction (issue 19: member discount, package card) is written when the order is settled.
            who = self.tr("at settlement") if discount.pending else discount.created_by
            ui.discountList.addItem(f"{tr_domain(LABELS[discount.payer])} −{format_yuan(discount.amount)} "
                                    f"{discount.reason} ({who})")
            ui.discountList.item(ui.discountList.count() - 1).setData(_ID, discount.id)
        ui.discountList.setVisible(bool(state.discounts))
        ui.removeDiscountButton.setVisible(bool(state.discounts))
        ui.claimGroup.setVisible(state.settlement.of(Payer.CLAIM) is not None)
        if ui.claimGroup.isVisibleTo(ui.paymentPage) and fresh:
            self._fill_claim_details(state.order_id)
        pay_why = first_reason(state.pay_refusal, role)
        for widget in (ui.methodCombo, ui.payAmountEdit, ui.tenderedEdit, ui.payNoteEdit, ui.payButton,
                       ui.cardCombo, ui.cardPinEdit):
            enable(widget, pay_why)
        if fresh:
            self._fill_cards(state.order_id)
        ui.payButton.setToolTip(pay_why or self.tr("Record the payment; the one that clears the balance settles "
                                                   "the order"))
        enable(ui.settleButton, first_reason(state.settle_refusal, role),
                     self.tr("Settle: the customer owes nothing more (a deposit larger than the bill is given back)"))
        ui.refundGroup.setVisible(state.status is OrderStatus.DEPOSIT_RELEASED)
        for widget in (ui.refundReasonEdit, ui.refundMethodCombo, ui.refundButton):
            enable(widget, first_reason(state.refund_refusal, role))
        self._cash_fields()

    def _fill_cards(self, order_id: int) -> None:
        """The customer's stored-value cards with their balances (a number may be typed instead)."""
        ui = self.ui
        ui.cardCombo.clear()
        ui.cardPinEdit.clear()
        for card in self.ctx.read(cards.order_cards, order_id):
            ui.cardCombo.addItem(f"{card.number}  {format_yuan(card.balance)}  {card.holder}"
                                 + ("  " + self.tr("(PIN)") if card.has_pin else ""), card.number)
        ui.cardCombo.setCurrentIndex(0 if ui.cardCombo.count() else -1)

    def _card_number(self) -> str:
        combo = self.ui.cardCombo
        index = combo.currentIndex()
        if index >= 0 and combo.currentText() == combo.itemText(index):
            return str(combo.itemData(index))
        return combo.currentText().strip()

    def open_card_desk(self) -> None:
        from garage_desktop.ui.dialogs.cards_dialog import CardsDialog

        customer = self.ctx.read(cards.order_customer, self.state.order_id) if self.state is not None else None
        CardsDialog(self.ctx, self, customer_id=customer).exec()
        if self.state is not None:
            self._fill_cards(self.state.order_id)

    def _cash_fields(self) -> None:
        ui = self.ui
        by_card = ui.methodCombo.currentData() == PaymentMethod.STORED_VALUE.value
        for widget in (ui.cardLabel, ui.cardCombo, ui.cardPinEdit, ui.cardsButton):
            widget.setVisible(by_card)
        cash = ui.methodCombo.currentData() == PaymentMethod.CASH.value
        ui.tenderedLabel.setVisible(cash)
        ui.tenderedEdit.setVisible(cash)
        ui.changeLabel.setVisible(cash)
        ui.changeLabel.clear()
        if not cash:
            return
        try:
            amount = parse_money(ui.payAmountEdit.text().strip() or "0", field="amount")  # as the service reads it
            tendered = parse_money(ui.tenderedEdit.text().strip() or "0", field="tendered")
        except DomainError:  # refused with its message when paid; no change shown for what cannot be read
            return
        if tendered >= amount > 0:
            ui.changeLabel.setText(self.tr("Change: <b>%1</b>").replace("%1", format_yuan(tendered - amount)))

    # --- actions ------------------------------------------------------------------------------------------
    def _clear_messages(self) -> None:
        for errors in self.errors.values():
            errors.clear()
        self.handover_page.clear_errors()

    def _run(self, errors: str, action: Callable[[], Any]) -> Any | None:
        self._clear_messages()
        return run_write(self.errors[errors], action)

    def _done(self, text: str, *topics: str, warning: bool = False) -> None:
        self._announce(*topics)
        self.ui.resultLabel.setStyleSheet(WARNING_STYLE if warning else OK_STYLE)
        self.ui.resultLabel.setText(text)

    def _order_id(self) -> int:
        assert self.state is not None
        return self.state.order_id

    def save_exit_details(self) -> None:
        ui = self.ui
        if self._run("exit", lambda: self.ctx.call(checkout.record_exit_details, self._order_id(),
                                                   ui.mileageOutEdit.text(), ui.oldPartsCombo.currentData())):
            self._done(self.tr("Settlement list details saved."))

    def give_discount(self) -> None:
        ui = self.ui
        payer = ui.discountPayerCombo.currentData() or Payer.SELF.value
        amount = ui.discountAmountEdit.text()
        if self._run("discount", lambda: self.ctx.call(checkout.add_discount, self._order_id(), amount,
                                                       ui.discountReasonEdit.text(), payer)):
            ui.discountAmountEdit.clear()
            ui.discountReasonEdit.clear()
            self._done(self.tr("Discount of %1 given.").replace("%1", amount.strip()))

    def remove_discount(self) -> None:
        item = self.ui.discountList.currentItem()
        if item is None:
            self.errors["discount"].show_message("reason", self.tr("Choose the discount to take back."))
            return
        if self._run("discount", lambda: self.ctx.call(checkout.remove_discount, item.data(_ID))):
            self._done(self.tr("Discount taken back."))

    def record_claim(self) -> None:
        amount = self.ui.claimEdit.text()
        if self._run("claim", lambda: self.ctx.call(checkout.set_claim_approved, self._order_id(), amount)):
            self._done(self.tr("The insurer's approved amount is recorded as receivable."))

    def _fill_claim_details(self, order_id: int) -> None:
        """The claim's insurer (the active ones to choose from, and the order's own even if made inactive since)
        and its loss-assessment reference; fixed once the insurer has paid against the order."""
        ui = self.ui
        details = self.ctx.read(insurers.claim_details, order_id)
        choices = self.ctx.read(insurers.list_insurers, active_only=True)
        ui.insurerCombo.clear()
        ui.insurerCombo.addItem(self.tr("(not recorded)"), None)
        for insurer in choices:
            ui.insurerCombo.addItem(insurer.name, insurer.id)
        if details.insurer_id is not None and ui.insurerCombo.findData(details.insurer_id) < 0:
            ui.insurerCombo.addItem(details.insurer_name, details.insurer_id)
        ui.insurerCombo.setCurrentIndex(max(ui.insurerCombo.findData(details.insurer_id), 0))
        ui.assessmentEdit.setText(details.assessment_ref)
        why = error_text(DomainError(insurers.CLAIM_FIXED)) if details.fixed else None
        enable(ui.insurerCombo, why, self.tr("The insurer that owes the approved amount (the list is kept in "
                                             "Settings)"))
        enable(ui.assessmentEdit, why)
        enable(ui.claimDetailsButton, why, self.tr("Record the insurer and its loss-assessment reference on the "
                                                   "order (printed on the settlement list)"))

    def record_claim_details(self) -> None:
        ui = self.ui
        insurer_id = ui.insurerCombo.currentData()
        if self._run("claim_details", lambda: self.ctx.call(insurers.set_claim_details, self._order_id(),
                                                            insurer_id, ui.assessmentEdit.text())):
            self._done(self.tr("The claim's insurer and loss assessment are recorded."))

    def take_payment(self) -> None:
        ui = self.ui
        by_card = ui.methodCombo.currentData() == PaymentMethod.STORED_VALUE.value
        number, pin = (self._card_number(), ui.cardPinEdit.text()) if by_card else ("", "")
        if by_card and number:
            # The PIN is checked first in a transaction of its own: a wrong one is recorded (and counted).
            right = self._run("pay", lambda: self.ctx.call(cards.verify_pin, number, pin))
            if right is None:
                return
            if right is False:
                self.errors["pay"].show_message("card_pin", tr_domain(cards.WRONG_PIN))
                ui.cardPinEdit.selectAll()
                ui.cardPinEdit.setFocus()
                return
        result = self._run("pay", lambda: self.ctx.call(
            checkout.take_payment, self._order_id(), ui.methodCombo.currentData(), ui.payAmountEdit.text(),
            ui.tenderedEdit.text() or None, ui.payNoteEdit.text(), card_number=number, card_pin=pin))
        if result is None:
            return
        text = self.tr("Received %1 by %2.").replace("%1", format_yuan(result.amount)).replace(
            "%2", tr_domain(METHOD_LABELS[result.method]))
        if by_card:
            if result.bonus:
                text += " " + self.tr("The card's bonus paid %1 (a discount).").replace(
                    "%1", format_yuan(result.bonus))
            self._fill_cards(self._order_id())
        if result.change:
            text += " " + self.tr("Give back %1 change.").replace("%1", format_yuan(result.change))
        text += " " + (self.tr("The order is settled.") if result.settled else self.tr("Still owed: %1.").replace(
            "%1", format_yuan(result.state.balance)))
        self._reset_after_write()
        self._done(text)

    def settle(self) -> None:
        if self._run("pay", lambda: self.ctx.call(checkout.settle, self._order_id())):
            self._reset_after_write()
            self._done(self.tr("The order is settled."))

    def refund(self) -> None:
        ui = self.ui
        if self._run("refund", lambda: self.ctx.call(checkout.refund_deposit, self._order_id(),
                                                     ui.refundReasonEdit.text(), ui.refundMethodCombo.currentData())):
            self._done(self.tr("Deposit refunded; the order is closed."))

    def _reset_after_write(self) -> None:
        for edit in (self.ui.tenderedEdit, self.ui.payNoteEdit):
            edit.clear()
        self._fresh = True

    # --- void a payment (issue 14; ``services.order_actions.void_payment``) ---------------------------------
    def _set_up_void(self) -> None:
        """A "Void payment" button beside the receipt's (no taller screen), and the same on a payment's
        right-click menu; the queues get the orders' right-click menu."""
        ui = self.ui
        self.voidButton = QPushButton(self.tr("Vo&id payment…"), ui.leftPane)
        self.voidButton.setObjectName("voidButton")
        ui.bottomBar.insertWidget(ui.bottomBar.indexOf(ui.printReceiptButton) + 1, self.voidButton)
        self.voidButton.clicked.connect(self.void_payment)
        ui.moneyTable.itemSelectionChanged.connect(self._void_chosen)
        ui.moneyTable.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        ui.moneyTable.customContextMenuRequested.connect(self._money_menu)
        for tree in (ui.readyList, ui.settledList, ui.depositsList):
            order_menu.attach(self.ctx, tree)

    def _mark_voids(self, state: CheckoutState) -> None:
        """A voided payment struck out, its reversing row saying what it voids."""
        table = self.ui.moneyTable
        for row, money in enumerate(state.money):
            if money.voids is not None:
                table.item(row, 1).setText(self.tr("Payment voided"))
                table.item(row, 4).setText("−" + format_yuan(-money.amount))
            if money.voided_by is not None:
                for column in range(table.columnCount()):
                    item = table.item(row, column)
                    font = item.font()
                    font.setStrikeOut(True)
                    item.setFont(font)
                    item.setToolTip(self.tr("Voided"))
        self._void_chosen()

    def _chosen_money(self) -> Any | None:
        rows = self.ui.moneyTable.selectionModel().selectedRows() if self.ui.moneyTable.selectionModel() else []
        if self.state is None or not rows or rows[0].row() >= len(self.state.money):
            return None
        return self.state.money[rows[0].row()]

    def _void_chosen(self) -> None:
        money = self._chosen_money()
        role = self.ctx.read(checkout.money_refusal, self.ctx.operator_id)
        why = (self.tr("Choose the payment to void in the list.") if money is None
               else first_reason(money.void_refusal, role))
        enable(self.voidButton, why, self.tr("Void the chosen payment with the reason (a reversing entry; nothing "
                                             "is deleted)"))

    def _money_menu(self, pos: Any) -> None:
        index = self.ui.moneyTable.indexAt(pos)
        if not index.isValid():
            return
        self.ui.moneyTable.selectRow(index.row())
        if not self.voidButton.isEnabled():
            return
        menu = QMenu(self.ui.moneyTable)
        action = menu.addAction(self.voidButton.text())
        action.setObjectName("voidPayment")
        action.triggered.connect(self.void_payment)
        order_menu.exec_menu(menu, self.ui.moneyTable.viewport().mapToGlobal(pos))

    def void_payment(self) -> None:
        money = self._chosen_money()
        if money is None or not self.voidButton.isEnabled():
            return
        summary = (f"{format_yuan(money.amount)} {tr_domain(METHOD_LABELS.get(money.method, money.method))} "
                   f"{_when(money.created_at)}")
        after = order_menu.void_payment(self.ctx, money.id, summary, self)
        if after is None:
            return
        self._fresh = True
        text = self.tr("Payment of %1 voided; still owed: %2.").replace("%1", format_yuan(money.amount)).replace(
            "%2", format_yuan(max(after.balance, Decimal(0))))
        self._done(text, warning=True)

    # --- printing -------------------------------------------------------------------------------------------
    def print_settlement_list(self) -> None:
        from garage_desktop.printing.settlement_list import render_settlement_list

        doc = self.ctx.read(checkout_documents.settlement_doc, self._order_id())
        open_preview(render_settlement_list(doc, language=self.ctx.document_language()),
                     self.tr("Settlement list %1").replace("%1", doc.order_no), self)

    def print_receipt(self) -> None:
        from garage_desktop.printing.receipt import render_receipt

        doc = self.ctx.read(checkout_documents.receipt_doc, self._order_id())
        open_preview(render_receipt(doc, language=self.ctx.document_language()),
                     self.tr("Receipt %1").replace("%1", doc.order_no), self)

