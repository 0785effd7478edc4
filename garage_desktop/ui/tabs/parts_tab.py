"""領料 Parts tab: the current order's pick list (issue in full or in part, return, substitute, extra parts with
the inspector's approval, old parts, what must be settled before final QC), or the orders waiting for parts."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidgetItem,
    QWidget,
)

from garage_desktop.domain import limits
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.text import DomainError
from garage_desktop.services import catalog, clock, picking, picking_documents
from garage_desktop.services import picking_actions as actions
from garage_desktop.services.catalog import ORIGIN_LABELS, PartInfo
from garage_desktop.services.picking import ExtraRequest, PickLine, PickScreen
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.errors import FieldErrors, error_text, tr_domain
from garage_desktop.ui.forms.ui_parts_tab import Ui_PartsTab
from garage_desktop.ui.tabs.stale import ReadWhenShown
from garage_desktop.ui.text_limits import limit_inputs
from garage_desktop.ui.widgets import order_menu
from garage_desktop.ui.widgets.next_step import NextStepButton

NOT_ARRIVED = (OrderStatus.BOOKED, OrderStatus.NO_SHOW)  # bookings whose car never came in
REPAIRING = (OrderStatus.CONFIRMED, OrderStatus.DISPATCHED, OrderStatus.IN_REPAIR, OrderStatus.REWORK)

_ID = Qt.ItemDataRole.UserRole
OK_STYLE = "color: #2e7d32; font-weight: bold;"
WARNING_STYLE = "color: #b26a00; font-weight: bold;"
DONE = QBrush(QColor("#2e7d32"))
ATTENTION = QBrush(QColor("#b26a00"))
MUTED = QBrush(QColor("#9e9e9e"))
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def open_preview(pdf: bytes, title: str, parent: QWidget) -> None:
    """Show the print preview (tests replace this to save the PDF instead of driving the modal dialog)."""
    from garage_desktop.ui.dialogs.print_preview import PrintPreviewDialog

    PrintPreviewDialog(pdf, title, parent).exec()


def ask_extra_part(parent: QWidget, ctx: AppContext, part: PartInfo | None,
                   submit: Callable[[int, str, str], None]) -> bool:
    """Ask which part, how many and why (tests replace this); ``submit`` runs the service. True when done."""
    from garage_desktop.ui.dialogs.part_choice_dialog import PartChoiceDialog

    title = QCoreApplication.translate("PartsTab", "Ask for an extra part (用料批條)")
    intro = QCoreApplication.translate("PartsTab", "A part not planned, or more than planned, waits for the "
                                                   "inspector's approval before it is issued.")
    dialog = PartChoiceDialog(ctx, title, submit, with_quantity=True, part=part, parent=parent, intro=intro)
    return dialog.exec() == PartChoiceDialog.DialogCode.Accepted


def ask_substitute(parent: QWidget, ctx: AppContext, submit: Callable[[int, str, str], None]) -> bool:
    """Ask which stock part replaces the line's part, and why (tests replace this)."""
    from garage_desktop.ui.dialogs.part_choice_dialog import PartChoiceDialog

    title = QCoreApplication.translate("PartsTab", "Substitute another part")
    intro = QCoreApplication.translate("PartsTab", "The line keeps its price; the new part's name, spec and "
                                                   "origin go on the order.")
    dialog = PartChoiceDialog(ctx, title, submit, with_quantity=False, parent=parent, intro=intro)
    return dialog.exec() == PartChoiceDialog.DialogCode.Accepted


def _q(value: Decimal) -> str:
    return f"{value.normalize():f}"


def _when(moment: datetime | None) -> str:
    return f"{moment:%m-%d %H:%M}" if moment else ""


def _fill_table(table: QTableWidget, rows: list[list[str]], ids: list[object], right: set[int],
                stretch: int, brushes: list[QBrush | None] | None = None) -> None:
    table.blockSignals(True)
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(_ID, ids[r])
            if len(text) > 10:
                item.setToolTip(text)
            if c in right:
                item.setTextAlignment(RIGHT)
            if brushes and brushes[r] is not None:
                item.setForeground(brushes[r])
            table.setItem(r, c, item)
    table.blockSignals(False)
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    for column in range(table.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == stretch
                                    else QHeaderView.ResizeMode.ResizeToContents)


class PartsTab(ReadWhenShown, QWidget):
    REFRESH_TOPICS = frozenset({"orders", "operators", "stock"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui = Ui_PartsTab()
        ui.setupUi(self)
        limit_inputs({ui.reasonEdit: limits.REASON, ui.noteEdit: limits.REASON})
        self.view: PickScreen | None = None
        self.roles: dict[str, DomainError | None] = {}
        self._reloads = 0
        self._stale = False  # changed while behind another tab: read again when it comes forward
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.splitter.setSizes([800, 460])
        self.errors = FieldErrors({"quantity": ui.quantityError, "reason": ui.reasonError}, fallback=ui.pickError)
        self.states = {
            ("planned", ""): self.tr("Estimate"), ("added", "approved"): self.tr("Added work"),
            ("added", "pending"): self.tr("Added work, waiting for the customer"),
            ("added", "declined"): self.tr("Refused by the customer"),
            ("extra", "pending"): self.tr("Extra part, waiting for the inspector"),
            ("extra", "approved"): self.tr("Extra part, approved"), ("extra", "declined"): self.tr("Extra part, refused")}
        self.request_states = {"pending": self.tr("Waiting"), "approved": self.tr("Approved"),
                               "declined": self.tr("Refused")}
        for code, text in picking.OLD_PART_LABELS.items():
            ui.oldPartCombo.addItem(tr_domain(text), code)
        ui.waitingList.itemActivated.connect(lambda item, _col: self.open_order(item.data(0, _ID)))
        order_menu.attach(ctx, ui.waitingList, order_menu.first_column(_ID))  # the orders' right-click menu
        ui.backButton.clicked.connect(lambda: ctx.set_current_order(None))
        ui.linesTable.itemSelectionChanged.connect(self._line_chosen)
        ui.requestsTable.itemSelectionChanged.connect(self._request_chosen)
        ui.quantityEdit.returnPressed.connect(self.issue)
        ui.issueButton.clicked.connect(self.issue)
        ui.issueAllButton.clicked.connect(self.issue_all)
        ui.returnButton.clicked.connect(self.return_part)
        ui.substituteButton.clicked.connect(self.substitute)
        ui.extraButton.clicked.connect(self.ask_extra)
        ui.notUsedButton.clicked.connect(self.not_used)
        ui.oldPartCombo.activated.connect(lambda _index: self.set_old_part())
        ui.approveButton.clicked.connect(lambda: self.decide(True))
        ui.declineButton.clicked.connect(lambda: self.decide(False))
        ui.chargeButton.clicked.connect(lambda: self.accept_extra(True))
        ui.freeButton.clicked.connect(lambda: self.accept_extra(False))
        ui.printButton.clicked.connect(self.print_pick_list)
        ui.printSlipButton.clicked.connect(self.print_slip)
        ctx.operator_changed.connect(lambda _id: self.reload())
        self.next_step = NextStepButton.after(ctx, ui.resultLabel)
        self.on_current_order_changed(ctx.current_order_id)

    # --- which order ------------------------------------------------------------------------------------
    def on_current_order_changed(self, order_id: int | None) -> None:
        self.errors.clear()
        self.ui.resultLabel.clear()
        self.show_order(order_id)

    def open_order(self, order_id: int | None) -> None:
        if order_id is not None:
            self.ctx.set_current_order(order_id)
            if self.view is None or self.view.order_id != order_id:
                self.show_order(order_id)

    def show_order(self, order_id: int | None) -> None:
        self._reloads += 1
        self._stale = False
        self.roles = self.ctx.read(actions.role_refusals, self.ctx.operator_id)
        view = None
        if order_id is not None:
            try:
                view = self.ctx.read_core(picking.pick_screen, order_id)
            except DomainError:
                view = None
        if view is not None and view.pick.status in NOT_ARRIVED:  # a booking: no car to work on yet
            view = None
        self.view = view
        if view is None:
            self.ui.pages.setCurrentWidget(self.ui.listPage)
            self._fill_list()
            self.next_step.withdraw()
        else:
            self.ui.pages.setCurrentWidget(self.ui.pickPage)
            self._fill_pick(view)
            # Every part issued (nothing beyond the order): back to the work ticket for the repair.
            done = view.reconciliation.ok and bool(view.lines) and view.pick.status in REPAIRING
            self.next_step.offer(view.order_id, "work_ticket" if done else None)

    def reload(self) -> None:
        self.show_order(self.view.order_id if self.view else self.ctx.current_order_id)

    def _announce(self) -> None:
        before = self._reloads
        self.ctx.changed("orders", "stock")
        if self._reloads == before:  # the tab on its own (tests): nobody relayed the change
            self.reload()

    # --- the orders waiting for parts -------------------------------------------------------------------
    def _fill_list(self) -> None:
        tree = self.ui.waitingList
        tree.clear()
        now = clock.now()
        for row in self.ctx.read(picking.waiting_orders):
            to_issue = str(row.lines_to_issue) if row.lines_to_issue else self.tr("all issued")
            item = QTreeWidgetItem([_when(row.promised_at), row.order_no, row.plate, row.customer_name,
                                    tr_domain(row.status_label), to_issue,
                                    str(row.pending_requests) if row.pending_requests else ""])
            item.setData(0, _ID, row.order_id)
            if row.promised_at and row.promised_at < now:
                item.setForeground(0, QBrush(QColor("#c62828")))
            if not (row.lines_to_issue or row.pending_requests):
                for column in range(tree.columnCount()):
                    item.setForeground(column, MUTED)
            tree.addTopLevelItem(item)
        for column in range(tree.columnCount()):
            tree.resizeColumnToContents(column)
        self.ui.listEmptyLabel.setVisible(tree.topLevelItemCount() == 0)

    # --- one order --------------------------------------------------------------------------------------
    def _fill_pick(self, screen: PickScreen) -> None:
        view = screen.pick
        car = " ".join(p for p in (view.plate, view.make_model) if p)
        promised = self.tr("promised %1").replace("%1", _when(view.promised_at)) if view.promised_at else ""
        self.ui.headerLabel.setText(f"<b>{view.order_no}</b>&nbsp;&nbsp;{car} — {view.customer_name} — "
                                    f"<i>{tr_domain(view.status_label)}</i> {promised}")
        self._fill_lines(view)
        self._fill_requests(view)
        rows = [[_when(m.created_at), tr_domain(m.kind_label), m.code, _q(-m.quantity), m.created_by, m.reason]
                for m in screen.movements]
        _fill_table(self.ui.movementsTable, rows, [m.id for m in screen.movements], {3}, 5)
        if screen.reconciliation.ok:
            self.ui.reconciliationLabel.setStyleSheet(OK_STYLE)
            self.ui.reconciliationLabel.setText(self.tr("Every planned part is issued and nothing was issued "
                                                        "beyond the order: the car may go to final QC."))
        else:
            self.ui.reconciliationLabel.setStyleSheet(WARNING_STYLE)
            items = "".join(f"<br/>• {html.escape(error_text(p.error()))}" for p in screen.reconciliation.problems)
            self.ui.reconciliationLabel.setText(html.escape(self.tr("To settle before final QC:")) + items)
        self._enable(self.ui.printButton, None if view.lines else self.tr("The order has no parts."),
                     self.ui.printButton.toolTip())

    def _fill_lines(self, view: picking.PickList) -> None:
        chosen = self.selected_line()
        asked = {r.part_line_id: r.quantity for r in view.requests}
        rows, brushes = [], []
        for line in view.lines:
            state = self.states.get((line.kind, line.approval), "")
            if line.customer_supplied:
                state = self.tr("Customer-supplied")
            elif line.part_id is None:
                state = self.tr("Not a stock part")
            # an extra part shows what the slip asks for, marked + (it is not on the customer's order)
            planned = f"+{_q(asked.get(line.id, line.allowed))}" if line.kind == "extra" else _q(line.planned)
            rows.append([str(line.seq), line.code, " ".join(p for p in (line.name, line.spec) if p),
                         tr_domain(ORIGIN_LABELS.get(line.origin, line.origin)), f"{planned} {line.unit}",
                         _q(line.issued), _q(line.to_issue) if line.to_issue else "", _q(line.on_hand),
                         line.bin_location, tr_domain(picking.OLD_PART_LABELS.get(line.old_part, "")) if
                         line.old_part else "", state])
            brushes.append(MUTED if line.approval == "declined" else ATTENTION if line.beyond_order > 0 or
                           line.approval == "pending" else DONE if line.allowed and not line.to_issue else None)
        _fill_table(self.ui.linesTable, rows, [line.id for line in view.lines], {0, 4, 5, 6, 7}, 2, brushes)
        ids = [line.id for line in view.lines]
        if ids:
            row = ids.index(chosen.id) if chosen and chosen.id in ids else next(
                (i for i, line in enumerate(view.lines) if line.issue_refusal is None), 0)
            self.ui.linesTable.selectRow(row)
        self._line_chosen()

    def _fill_requests(self, view: picking.PickList) -> None:
        chosen = self.selected_request()
        rows = [[picking_documents.slip_number(r.approval_id), f"{r.seq}. {r.code} {r.name}", f"{_q(r.quantity)} {r.unit}",
                 r.reason, f"{r.requested_by} {_when(r.requested_at)}",
                 self.request_states[r.state] + (f" — {r.inspector} {_when(r.decided_at)}" if r.inspector else "")]
                for r in view.requests]
        brushes: list[QBrush | None] = [ATTENTION if r.state == "pending" else MUTED if r.state == "declined"
                                        else None for r in view.requests]
        _fill_table(self.ui.requestsTable, rows, [r.approval_id for r in view.requests], {2}, 3, brushes)
        ids = [r.approval_id for r in view.requests]
        if ids:
            self.ui.requestsTable.selectRow(ids.index(chosen.approval_id) if chosen and chosen.approval_id in ids
                                            else 0)
        self._request_chosen()

    def _enable(self, button: QPushButton, why_not: str | None, tip: str = "") -> None:
        button.setEnabled(why_not is None)
        button.setToolTip(why_not or tip)

    def _role(self, action: str) -> str | None:
        refused = self.roles.get(action)
        return error_text(refused) if refused else None

    def _why(self, *reasons: str | None) -> str | None:
        """The first reason that applies: English domain texts are translated, role texts already are."""
        for reason in reasons:
            if reason:
                return tr_domain(reason)
        return None

    # --- selection --------------------------------------------------------------------------------------
    def _selected(self, table: QTableWidget) -> Any:
        rows = table.selectionModel().selectedRows() if table.selectionModel() else []
        return table.item(rows[0].row(), 0).data(_ID) if rows else None

    def selected_line(self) -> PickLine | None:
        line_id = self._selected(self.ui.linesTable) if self.view else None
        return self.view.line(line_id) if self.view and line_id is not None else None

    def selected_request(self) -> ExtraRequest | None:
        approval_id = self._selected(self.ui.requestsTable) if self.view else None
        return next((r for r in self.view.requests if r.approval_id == approval_id), None) if self.view else None

    def _line_chosen(self) -> None:
        ui, line = self.ui, self.selected_line()
        if self.view is None:
            return
        view = self.view.pick
        none = self.tr("Choose a line first.")
        self._enable(ui.issueButton, none if line is None else self._why(line.issue_refusal, self._role("issue")),
                     self.tr("Issue the quantity (empty: all that is left to issue on the line)"))
        self._enable(ui.returnButton, none if line is None else self._why(line.return_refusal, self._role("issue")),
                     self.tr("Unused parts back into stock (empty quantity: all issued on the line)"))
        to_issue = any(pl.to_issue > 0 and pl.issue_refusal in (None, picking.OUT_OF_STOCK) for pl in view.lines)
        self._enable(ui.issueAllButton, self._why(view.issue_refusal, self._role("issue"))
                     or (None if to_issue else tr_domain(actions.NOTHING_TO_ISSUE)),
                     self.tr("Issue every line in full that the stock covers"))
        substitute_why = None
        if line is not None and line.kind == "extra":
            substitute_why = actions.NO_SUBSTITUTE_EXTRA
        elif line is not None and line.customer_supplied:
            substitute_why = actions.NO_SUBSTITUTE_SUPPLIED
        elif line is not None and line.issued > 0:
            substitute_why = self.tr("Return the parts issued on this line first.")
        self._enable(ui.substituteButton, none if line is None else self._why(
            view.issue_refusal, substitute_why, self._role("substitute")),
            self.tr("Use another stock part for this line (the price stays)"))
        self._enable(ui.extraButton, self._why(view.issue_refusal, self._role("request")),
                     self.tr("A part not planned, or more than planned: the inspector must approve it"))
        unused = line is not None and line.kind != "extra" and line.planned > line.issued
        self._enable(ui.notUsedButton, none if line is None else self._why(
            view.return_refusal, None if unused else actions.NOTHING_UNUSED, self._role("order")),
            self.tr("The rest of this planned part was not needed: the order comes down to what was issued"))
        old_why = none if line is None else self._why(view.return_refusal, self._role("old_part"))
        ui.oldPartCombo.setEnabled(old_why is None)
        ui.oldPartCombo.setToolTip(old_why or self.tr("What becomes of the replaced part (printed on the "
                                                      "settlement list)"))
        if line is not None:
            ui.oldPartCombo.setCurrentIndex(max(ui.oldPartCombo.findData(line.old_part), 0))

    def _request_chosen(self) -> None:
        ui, request = self.ui, self.selected_request()
        if self.view is None:
            return
        view = self.view.pick
        none = self.tr("Choose an extra part first.")
        decided = None if request is None or request.state == "pending" else tr_domain(actions.ALREADY_DECIDED)
        for button, tip in ((ui.approveButton, self.tr("Approve the extra part: the store may issue it")),
                            (ui.declineButton, self.tr("Refuse the extra part"))):
            self._enable(button, none if request is None else decided or self._role("approve"), tip)
        self._enable(ui.printSlipButton, none if request is None else None, ui.printSlipButton.toolTip())
        line = view.line(request.part_line_id) if request else None
        beyond = None if line is not None and line.beyond_order > 0 else tr_domain(actions.NOTHING_BEYOND)
        for button, tip in ((ui.chargeButton, self.tr("The customer agreed: the issued extra part is charged")),
                            (ui.freeButton, self.tr("The garage bears the cost: the extra part is not charged"))):
            self._enable(button, none if request is None else self._why(view.return_refusal) or beyond
                         or self._role("order"), tip)

    # --- actions ----------------------------------------------------------------------------------------
    def _run(self, function: Callable[..., Any], *args: Any) -> Any:
        """Run a write; a refusal is shown beside its field and None returned."""
        self.errors.clear()
        try:
            return self.ctx.call(function, *args)
        except DomainError as error:
            self.errors.show(error)
            return None

    def _done(self, text: str, warning: bool = False) -> None:
        self.ui.quantityEdit.clear()
        self.ui.reasonEdit.clear()
        self._announce()
        self.ui.resultLabel.setStyleSheet(WARNING_STYLE if warning else OK_STYLE)
        self.ui.resultLabel.setText(text)

    def issue(self) -> None:
        line = self.selected_line()
        if line is not None and self._run(actions.issue, line.id, self.ui.quantityEdit.text()) is not None:
            self._done(self.tr("Issued on line %1: %2.").replace("%1", str(line.seq)).replace("%2", line.name))

    def issue_all(self) -> None:
        if self.view is None:
            return
        result = self._run(actions.issue_all, self.view.order_id)
        if result is not None:
            text = self.tr("%n line(s) issued in full.", "", len(result.issued))
            if result.short:
                text += " " + self.tr("Not enough in stock for: %1").replace("%1", "、".join(result.short))
            self._done(text, warning=bool(result.short))

    def return_part(self) -> None:
        line = self.selected_line()
        if line is not None and self._run(actions.return_part, line.id, self.ui.quantityEdit.text(),
                                          self.ui.reasonEdit.text()) is not None:
            self._done(self.tr("Returned to stock from line %1.").replace("%1", str(line.seq)))

    def substitute(self) -> None:
        line = self.selected_line()
        if line is None:
            return
        if ask_substitute(self, self.ctx, lambda part_id, _qty, reason: self.ctx.call(
                actions.substitute, line.id, part_id, reason)):
            self._done(self.tr("Line %1 now uses another part.").replace("%1", str(line.seq)))

    def ask_extra(self) -> None:
        if self.view is None:
            return
        line = self.selected_line()
        part = self.ctx.read(catalog.get_part, line.part_id) if line and line.part_id else None
        order_id = self.view.order_id
        if ask_extra_part(self, self.ctx, part, lambda part_id, qty, reason: self.ctx.call(
                actions.request_extra, order_id, part_id, qty, reason)):
            self._done(self.tr("The extra part waits for the inspector's approval."), warning=True)

    def not_used(self) -> None:
        line = self.selected_line()
        if line is not None and self._run(actions.mark_not_used, line.id, self.ui.reasonEdit.text()) is not None:
            self._done(self.tr("Line %1: the part not issued is off the order.").replace("%1", str(line.seq)))

    def set_old_part(self) -> None:
        line = self.selected_line()
        code = self.ui.oldPartCombo.currentData()
        if line is not None and code != line.old_part and self._run(actions.set_old_part, line.id, code):
            self._done(self.tr("Old part of line %1 recorded.").replace("%1", str(line.seq)))

    def decide(self, approved: bool) -> None:
        request = self.selected_request()
        if request is not None and self._run(actions.decide_extra, request.approval_id, approved,
                                             self.ui.noteEdit.text()) is not None:
            self.ui.noteEdit.clear()
            self._done(self.tr("Extra part approved: the store may issue it.") if approved
                       else self.tr("Extra part refused."))

    def accept_extra(self, charge: bool) -> None:
        request = self.selected_request()
        if request is not None and self._run(actions.accept_extra, request.part_line_id, charge,
                                             self.ui.noteEdit.text()) is not None:
            self.ui.noteEdit.clear()
            self._done(self.tr("The extra part is on the order."))

    def print_pick_list(self) -> None:
        if self.view is None:
            return
        from garage_desktop.printing.pick_list import render_pick_list

        doc = self.ctx.read(picking_documents.pick_list_doc, self.view.order_id, self.ctx.operator_id)
        open_preview(render_pick_list(doc, language=self.ctx.document_language()),
                     self.tr("Pick list %1").replace("%1", self.view.pick.order_no), self)

    def print_slip(self) -> None:
        request = self.selected_request()
        if self.view is None or request is None:
            return
        from garage_desktop.printing.pick_list import render_extra_slips

        slips = self.ctx.read(picking_documents.extra_slip_docs, self.view.order_id, request.approval_id)
        open_preview(render_extra_slips(slips, language=self.ctx.document_language()),
                     self.tr("Extra part approval %1").replace("%1", slips[0].slip_no), self)
