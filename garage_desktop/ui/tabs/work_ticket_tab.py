"""維修工單 Work ticket tab: dispatch each line to a team, start and finish it, added work, repair finished."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from garage_desktop.domain import limits
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.money import format_yuan
from garage_desktop.domain.text import DomainError
from garage_desktop.services import clock, documents, operators, picking_actions, process_checks, work_order
from garage_desktop.services.process_checks import ProcessCheckView
from garage_desktop.services.work_order import RoleRefusals, TicketLabourLine, TicketView
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.errors import FieldErrors, error_text, tr_domain
from garage_desktop.ui.forms.ui_work_ticket_tab import Ui_WorkTicketTab
from garage_desktop.ui.tabs.stale import ReadWhenShown
from garage_desktop.ui.text_limits import limit_inputs
from garage_desktop.ui.widgets import order_menu
from garage_desktop.ui.widgets.added_work_panel import AddedWorkPanel
from garage_desktop.ui.widgets.next_step import NextStepButton

NOT_ARRIVED = (OrderStatus.BOOKED, OrderStatus.NO_SHOW)  # bookings whose car never came in

_ORDER_ID = Qt.ItemDataRole.UserRole
_LINE_ID = Qt.ItemDataRole.UserRole
OK_STYLE = "color: #2e7d32; font-weight: bold;"
WARNING_STYLE = "color: #b26a00; font-weight: bold;"
MUTED = QBrush(QColor("#9e9e9e"))
PENDING = QBrush(QColor("#b26a00"))


def open_preview(pdf: bytes, title: str, parent: QWidget) -> None:
    """Show the print preview (tests replace this to save the PDF instead of driving the modal dialog)."""
    from garage_desktop.ui.dialogs.print_preview import PrintPreviewDialog

    PrintPreviewDialog(pdf, title, parent).exec()


def record_process_check(ctx: AppContext, order_id: int, line_id: int, label: str,
                         parent: QWidget) -> ProcessCheckView | None:
    """The inspector's check dialog (tests replace it)."""
    from garage_desktop.ui.dialogs.process_check_dialog import record_process_check as run

    return run(ctx, order_id, line_id, label, parent)


def _when(moment: datetime | None) -> str:
    return f"{moment:%m-%d %H:%M}" if moment else ""


def next_stage(ticket: TicketView) -> str | None:
    """Where the order goes once this tab's part is done: every line dispatched with parts still to issue → the
    store (領料); repair finished → final QC."""
    if ticket.status is OrderStatus.QC_PENDING:
        return "qc"
    if ticket.status in (OrderStatus.DISPATCHED, OrderStatus.IN_REPAIR):
        all_dispatched = not any(line.counted and line.progress == "waiting" for line in ticket.labour)
        to_issue = any(part.counted and not part.customer_supplied and part.issued < part.quantity
                       for part in ticket.parts)
        if all_dispatched and to_issue:
            return "parts"
    return None


def _stretch_column(table: QTableWidget, stretch: int) -> None:
    """Every column as wide as its contents, except ``stretch``, which takes the room left."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    for column in range(table.columnCount()):
        mode = QHeaderView.ResizeMode.Stretch if column == stretch else QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(column, mode)


class WorkTicketTab(ReadWhenShown, QWidget):
    REFRESH_TOPICS = frozenset({"orders", "operators"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_WorkTicketTab()
        self.ui.setupUi(self)
        limit_inputs({self.ui.teamCombo.lineEdit(): limits.TEAM})
        ui = self.ui
        self.ticket: TicketView | None = None
        self.roles: RoleRefusals | None = None
        self.checks: list[ProcessCheckView] = []  # the inspector's checks on the order's lines
        self.check_refusals: dict[int, DomainError | None] = {}
        self.finish_with_report = False  # "repair finished" finishes the lines still in work too
        self._reloads = 0
        self._stale = False  # changed while behind another tab: read again when it comes forward
        self._line_shown: int | None = None  # the line whose team and time the controls show
        self._at_default: QDateTime | None = None  # the time last put in the field as "now"
        self.panel = AddedWorkPanel(ctx, ui.addedWorkHolder)
        holder_layout = QVBoxLayout(ui.addedWorkHolder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self.panel)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.splitter.setSizes([780, 480])
        self.errors = FieldErrors({"team": ui.teamError, "mechanic": ui.mechanicError, "at": ui.atError},
                                  fallback=ui.ticketError)
        self.progress = {"waiting": self.tr("Not dispatched"), "dispatched": self.tr("Dispatched"),
                         "started": self.tr("In work"), "finished": self.tr("Finished"),
                         "pending": self.tr("Waiting for the customer"), "declined": self.tr("Refused")}
        ui.workshopList.itemActivated.connect(lambda item, _col: self.open_order(item.data(0, _ORDER_ID)))
        ui.backButton.clicked.connect(lambda: ctx.set_current_order(None))
        ui.labourTable.itemSelectionChanged.connect(self._line_chosen)
        ui.teamCombo.currentTextChanged.connect(lambda _text: self._fill_mechanics())
        ui.nowButton.clicked.connect(self._time_now)
        ui.dispatchButton.clicked.connect(self.dispatch)
        ui.startButton.clicked.connect(lambda: self._line_time(work_order.start_line))
        ui.finishButton.clicked.connect(lambda: self._line_time(work_order.finish_line))
        ui.checkButton.clicked.connect(self.process_check)
        ui.reportButton.clicked.connect(self.report_finished)
        ui.printButton.clicked.connect(self.print_dispatch_slips)
        self._set_up_undo()
        self._set_up_mechanics()
        self.panel.done.connect(self._panel_done)
        self.next_step = NextStepButton.after(ctx, ui.resultLabel)
        ctx.operator_changed.connect(lambda _id: self.reload())
        self.on_current_order_changed(ctx.current_order_id)

    # --- which order ------------------------------------------------------------------------------------
    def on_current_order_changed(self, order_id: int | None) -> None:
        self.errors.clear()
        self.ui.resultLabel.clear()
        self.show_order(order_id)

    def open_order(self, order_id: int | None) -> None:
        if order_id is not None:
            self.ctx.set_current_order(order_id)
            if self.ticket is None or self.ticket.order_id != order_id:
                self.show_order(order_id)

    def show_order(self, order_id: int | None) -> None:
        self._reloads += 1
        self._stale = False
        self.roles = self.ctx.read(work_order.role_refusals, self.ctx.operator_id)
        ticket = None
        if order_id is not None:
            try:
                ticket = self.ctx.read(work_order.ticket_view, order_id)
            except DomainError:
                ticket = None
        if ticket is not None and ticket.status in NOT_ARRIVED:  # a booking: no car to work on yet
            ticket = None
        self.ticket = ticket
        if ticket is None:
            self.ui.pages.setCurrentWidget(self.ui.listPage)
            self._fill_list()
            self.panel.set_ticket(None, self.roles)
            self.next_step.withdraw()
            return
        self.ui.pages.setCurrentWidget(self.ui.ticketPage)
        self.checks = self.ctx.read(process_checks.checks_of, ticket.order_id)
        self.check_refusals = self.ctx.read(process_checks.refusals, self.ctx.operator_id, ticket.order_id)
        self._fill_ticket(ticket)
        self.next_step.offer(ticket.order_id, next_stage(ticket))

    def reload(self) -> None:
        self.show_order(self.ticket.order_id if self.ticket else self.ctx.current_order_id)

    def _announce(self) -> None:
        """Tell the other screens; reload here when nobody relayed it (the tab on its own, in tests)."""
        before = self._reloads
        self.ctx.changed("orders")
        if self._reloads == before:
            self.reload()

    # --- the list of orders in the workshop -------------------------------------------------------------
    def _fill_list(self) -> None:
        tree = self.ui.workshopList
        tree.clear()
        now = clock.now()
        for row in self.ctx.read(work_order.workshop_orders):
            progress = self.tr("%1 of %2 lines finished, %3 started, %4 dispatched").replace(
                "%1", str(row.finished)).replace("%2", str(row.lines)).replace("%3", str(row.started)).replace(
                "%4", str(row.dispatched))
            if row.pending_answers:
                progress += " — " + self.tr("%n added item(s) waiting for the customer", "", row.pending_answers)
            item = QTreeWidgetItem([_when(row.promised_at), row.order_no, row.plate, row.customer_name,
                                    tr_domain(row.status_label), progress, row.holder])
            item.setData(0, _ORDER_ID, row.order_id)
            if row.promised_at and row.promised_at < now:
                item.setForeground(0, QBrush(QColor("#c62828")))
                item.setToolTip(0, self.tr("The promised time has passed"))
            tree.addTopLevelItem(item)
        for column in range(tree.columnCount()):
            tree.resizeColumnToContents(column)
        self.ui.listEmptyLabel.setVisible(tree.topLevelItemCount() == 0)

    # --- one order --------------------------------------------------------------------------------------
    def _fill_ticket(self, ticket: TicketView) -> None:
        ui = self.ui
        car = " ".join(p for p in (ticket.plate, ticket.make_model) if p)
        ui.headerLabel.setText(f"<b>{ticket.order_no}</b>&nbsp;&nbsp;{car} — {ticket.customer_name} "
                               f"{ticket.customer_phone} — <i>{tr_domain(ticket.status_label)}</i>")
        promise = self.tr("Promised: <b>%1</b>").replace("%1", _when(ticket.promised_at) or self.tr("not set"))
        if ticket.promised_at and ticket.original_promised_at and ticket.original_promised_at != ticket.promised_at:
            promise += " " + self.tr("(originally %1)").replace("%1", _when(ticket.original_promised_at))
        if ticket.promised_at and ticket.promised_at < clock.now() and ticket.status in work_order.WORKSHOP_LIST:
            late_label = self.tr("late")
            promise = f"<span style='color:#c62828'>{promise} — {late_label}</span>"
        ui.promiseLabel.setText(promise)
        self._fill_teams()
        self._fill_labour(ticket)
        self._fill_parts(ticket)
        report_why = ticket.report_refusal and tr_domain(ticket.report_refusal)
        # Every line left is in work and the operator enters line times: the report finishes them too (issue 14).
        self.finish_with_report = (ticket.report_refusal == work_order.UNFINISHED and self.roles is not None
                                   and self.roles.work is None
                                   and all(line.started_at for line in ticket.labour
                                           if line.counted and not line.finished_at))
        if self.finish_with_report:
            report_why = None
        elif ticket.report_refusal == work_order.UNFINISHED:
            report_why = (report_why or "") + "\n" + "\n".join(ticket.unfinished)
        if report_why is None and self.roles and self.roles.report:
            report_why = error_text(self.roles.report)
        ui.reportButton.setText(self.tr("Finish all → final &QC") if self.finish_with_report
                                else self.tr("Repair finished → final &QC"))
        self._enable(ui.reportButton, report_why,
                     self.tr("Finish the lines still in work at the time on the left (%1) and hand the car to the "
                             "inspector").replace("%1", "\n".join(ticket.unfinished))
                     if self.finish_with_report else self.tr("Every line is finished: hand the car to the inspector"))
        self._enable(ui.printButton, None if ticket.labour else self.tr("The order has no repair lines."),
                     self.tr("Preview the 派工單 (one per team) and print it or save it as PDF"))
        self._fill_issue_parts(ticket)
        self.panel.set_ticket(ticket, self.roles)

    def _enable(self, button: QPushButton, why_not: str | None, tip: str = "") -> None:
        button.setEnabled(why_not is None)
        button.setToolTip(why_not or tip)

    def _fill_labour(self, ticket: TicketView) -> None:
        table = self.ui.labourTable
        chosen = self.selected_line()
        table.blockSignals(True)
        table.setRowCount(len(ticket.labour))
        for row, line in enumerate(ticket.labour):
            name = line.name + (" [" + self.tr("added") + "]" if line.added else "")
            cells = [str(line.seq), name, f"{line.standard_hours.normalize():f}", format_yuan(line.amount),
                     line.team, line.mechanic, _when(line.started_at), _when(line.finished_at),
                     self.progress[line.progress]]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(_LINE_ID, line.id)
                if column in (0, 2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if not line.counted:
                    font = QFont(item.font())
                    font.setStrikeOut(True)
                    item.setFont(font)
                    item.setForeground(MUTED)
                    item.setToolTip(tr_domain(work_order.DECLINED_LINE))
                elif line.approval == "pending":
                    item.setForeground(PENDING)
                    item.setToolTip(tr_domain(work_order.PENDING_LINE))
                table.setItem(row, column, item)
        table.blockSignals(False)
        _stretch_column(table, 1)
        ids = [line.id for line in ticket.labour]
        if ids:
            table.selectRow(ids.index(chosen.id) if chosen and chosen.id in ids else self._first_open_row(ticket))
        self._line_chosen()

    @staticmethod
    def _first_open_row(ticket: TicketView) -> int:
        for row, line in enumerate(ticket.labour):
            if line.counted and not line.finished_at:
                return row
        return 0

    def _fill_parts(self, ticket: TicketView) -> None:
        table = self.ui.partsTable
        table.setRowCount(len(ticket.parts))
        states = {"": "", "pending": self.tr("Waiting for the customer"), "approved": self.tr("Added, approved"),
                  "declined": self.tr("Refused")}
        for row, part in enumerate(ticket.parts):
            name = " ".join(p for p in (part.name, part.spec) if p)
            cells = [str(part.seq), name, f"{part.quantity.normalize():f} {part.unit}".strip(),
                     format_yuan(part.unit_price), format_yuan(part.amount), f"{part.issued.normalize():f}",
                     states[part.approval] if part.added else ""]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (0, 2, 3, 4, 5):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if not part.counted:
                    font = QFont(item.font())
                    font.setStrikeOut(True)
                    item.setFont(font)
                    item.setForeground(MUTED)
                table.setItem(row, column, item)
        _stretch_column(table, 1)

    def _fill_teams(self) -> None:
        combo = self.ui.teamCombo
        people = self.ctx.read(operators.list_operators)
        self._people = [p for p in people if p.team]
        teams = sorted({p.team for p in self._people})
        text = combo.currentText()
        combo.blockSignals(True)
        combo.clear()
        combo.addItems(teams)
        combo.setEditText(text)
        combo.blockSignals(False)
        self._fill_mechanics()

    def _fill_mechanics(self, chosen: int | None | bool = True) -> None:
        """The people of the typed team; ``chosen`` True keeps the current choice, else selects that id."""
        combo = self.ui.mechanicCombo
        team = self.ui.teamCombo.currentText().strip()
        keep = combo.currentData() if chosen is True else chosen
        combo.clear()
        combo.addItem(self.tr("(the whole team)"), None)
        for person in getattr(self, "_people", []):
            if not team or person.team == team:
                combo.addItem(f"{person.name} ({person.team})" if not team else person.name, person.id)
        index = combo.findData(keep)
        combo.setCurrentIndex(max(index, 0))

    # --- one line ---------------------------------------------------------------------------------------
    def selected_line(self) -> TicketLabourLine | None:
        if self.ticket is None:
            return None
        rows = self.ui.labourTable.selectionModel().selectedRows() if self.ui.labourTable.selectionModel() else []
        if not rows:
            return None
        line_id = self.ui.labourTable.item(rows[0].row(), 0).data(_LINE_ID)
        return next((line for line in self.ticket.labour if line.id == line_id), None)

    def _now(self) -> QDateTime:
        now = clock.now()
        return QDateTime(now.date(), now.time().replace(second=0))

    def _time_now(self) -> None:
        self.ui.atEdit.setDateTime(self._now())
        self._at_default = self.ui.atEdit.dateTime()

    def _at(self) -> datetime:
        """The time in the field; one nobody changed is "now" when the button is pressed, not when it was shown
        (the screen may have stood for an hour)."""
        if self.ui.atEdit.dateTime() == self._at_default:
            self._time_now()
        return self.ui.atEdit.dateTime().toPython().replace(second=0, microsecond=0)

    def _line_chosen(self) -> None:
        """Another line chosen: its team and mechanic, the time reset to now. The same line after a reload
        (another screen saved something, another person took the PC) keeps what is being typed; a time nobody
        changed is still "now" and follows the clock."""
        ui = self.ui
        line = self.selected_line()
        line_id = line.id if line else None
        if line_id == self._line_shown and ui.atEdit.dateTime() == self._at_default:
            self._time_now()
        if line_id != self._line_shown:
            self._line_shown = line_id
            self.errors.clear()
            self._time_now()
            if line is not None and line.team:
                ui.teamCombo.setEditText(line.team)
                self._fill_mechanics(line.mechanic_id)
            elif line is not None:  # not dispatched yet: offer the team of the line before, for quick dispatching
                if not ui.teamCombo.currentText().strip():
                    ui.teamCombo.setEditText(self._default_team())
                self._fill_mechanics(None)
        none = self.tr("Choose a line first.")
        roles = self.roles
        dispatch_role = error_text(roles.dispatch) if roles and roles.dispatch else None
        work_role = error_text(roles.work) if roles and roles.work else None

        def why(reason: str | None, role: str | None) -> str | None:
            if line is None:
                return none
            return tr_domain(reason) if reason else role

        self._enable(self.mechanicsButton, why(line.dispatch_refusal if line else None, dispatch_role),
                     self.tr("Give the chosen line to several mechanics, with each one's share of the commission "
                             "and hours"))
        self._enable(ui.dispatchButton, why(line.dispatch_refusal if line else None, dispatch_role),
                     self.tr("Give the chosen line to the team (and mechanic)"))
        self._enable(ui.startButton, why(line.start_refusal if line else None, work_role),
                     self.tr("The mechanic started this line at the time on the left"))
        self._enable(ui.finishButton, why(line.finish_refusal if line else None, work_role),
                     self.tr("The mechanic finished this line at the time on the left"))
        check_why = self.check_refusals.get(line.id) if line else None
        self._enable(ui.checkButton, none if line is None else error_text(check_why) if check_why else None,
                     self.tr("The inspector's check on the chosen line while it is being worked (質量跟蹤): OK, or a "
                             "problem and what was done about it"))
        self._show_checks(line)
        self.undo.refresh()

    def _show_checks(self, line: TicketLabourLine | None) -> None:
        """The chosen line's process checks, a problem in red with what was done about it."""
        found = [c for c in self.checks if line is not None and c.line_id == line.id]
        if not found:
            self.ui.checksLabel.clear()
            self.ui.checksLabel.hide()
            return
        texts = []
        for c in found:
            head = f"{c.checked_at:%m-%d %H:%M} {c.inspector}"
            if c.problem:
                texts.append(f"<span style='color:#c62828'>{head} " + self.tr("problem: %1 — done: %2")
                             .replace("%1", c.finding).replace("%2", c.action) + "</span>")
            else:
                texts.append(f"<span style='color:#2e7d32'>{head} " + self.tr("OK") + "</span>"
                             + (f" — {c.finding}" if c.finding else ""))
        self.ui.checksLabel.setText(self.tr("Quality checks:") + " " + "<br/>".join(texts))
        self.ui.checksLabel.show()

    def process_check(self) -> None:
        line = self.selected_line()
        if self.ticket is None or line is None:
            return
        check = record_process_check(self.ctx, self.ticket.order_id, line.id, f"{line.seq}. {line.name}", self)
        if check is None:
            return
        text = (self.tr("Check on line %1 recorded: OK.") if not check.problem
                else self.tr("Problem on line %1 recorded with what was done about it."))
        self._done(text.replace("%1", str(line.seq)), warning=check.problem)

    def _default_team(self) -> str:
        """The team a line not dispatched yet most likely goes to: the team of the order's other work, else the
        garage's only team (a small shop has one: issue 14); "" when there is no telling."""
        if self.ticket is not None:
            teams = [line.team for line in self.ticket.labour if line.team]
            if teams:
                return teams[-1]
        teams = sorted({person.team for person in getattr(self, "_people", [])})
        return teams[0] if len(teams) == 1 else ""

    def dispatch(self) -> None:
        line = self.selected_line()
        if self.ticket is None or line is None:
            return
        self.errors.clear()
        team = self.ui.teamCombo.currentText()
        try:
            self.ctx.call(work_order.dispatch, self.ticket.order_id, line.id, team, self.ui.mechanicCombo.currentData())
        except DomainError as error:
            self.errors.show(error)
            return
        who = " ".join(p for p in (team.strip(), self._mechanic_name()) if p)
        self._done(self.tr("Line %1 dispatched to %2.").replace("%1", str(line.seq)).replace("%2", who))
        self._select_next_undispatched()

    def _set_up_mechanics(self) -> None:
        """A button under the dispatch button: a line worked by several mechanics and their shares (提成)."""
        self.mechanicsButton = QPushButton(self.tr("Se&veral mechanics…"), self.ui.labourGroup)
        self.mechanicsButton.setObjectName("mechanicsButton")
        self.ui.lineControls.addWidget(self.mechanicsButton, 1, 4, 1, 2)
        self.mechanicsButton.clicked.connect(self.dispatch_to_mechanics)

    def dispatch_to_mechanics(self) -> None:
        from garage_desktop.ui.dialogs.line_mechanics_dialog import choose_line_mechanics

        line = self.selected_line()
        if self.ticket is None or line is None:
            return
        self.errors.clear()
        team = self.ui.teamCombo.currentText().strip() or line.team
        if not choose_line_mechanics(self.ctx, self.ticket.order_id, line.id, f"{line.seq}. {line.name}", team,
                                     self):
            return
        self._done(self.tr("Line %1 dispatched to several mechanics.").replace("%1", str(line.seq)))
        self._select_next_undispatched()

    def _select_next_undispatched(self) -> None:
        """After a dispatch, the next line waiting for a team, so a whole order is dispatched in a few keys."""
        if self.ticket is None:
            return
        for row, line in enumerate(self.ticket.labour):
            if line.progress == "waiting" and line.dispatch_refusal is None:
                self.ui.labourTable.selectRow(row)
                return

    def _mechanic_name(self) -> str:
        return self.ui.mechanicCombo.currentText() if self.ui.mechanicCombo.currentData() is not None else ""

    def _line_time(self, action: object) -> None:
        line = self.selected_line()
        if self.ticket is None or line is None:
            return
        self.errors.clear()
        at = self._at()
        try:
            self.ctx.call(action, self.ticket.order_id, line.id, at)  # type: ignore[arg-type]
        except DomainError as error:
            self.errors.show(error)
            return
        started = action is work_order.start_line
        text = self.tr("Line %1 started at %2.") if started else self.tr("Line %1 finished at %2.")
        self._done(text.replace("%1", str(line.seq)).replace("%2", f"{at:%H:%M}"))

    def report_finished(self) -> None:
        if self.ticket is None:
            return
        self.errors.clear()
        finish_at = self._at() if self.finish_with_report else None
        try:
            self.ctx.call(work_order.report_finished, self.ticket.order_id, finish_at)
        except DomainError as error:
            self.errors.show(error)
            return
        self._done(self.tr("Repair finished: the car waits for the inspector's final QC."))

    def print_dispatch_slips(self) -> None:
        if self.ticket is None:
            return
        from garage_desktop.printing import dispatch_slips_pdf

        slips = self.ctx.read(documents.dispatch_slip_docs, self.ticket.order_id)
        pdf = dispatch_slips_pdf(slips, language=self.ctx.document_language())
        open_preview(pdf, self.tr("Dispatch slips %1").replace("%1", self.ticket.order_no), self)

    # --- after a write ----------------------------------------------------------------------------------
    def _done(self, text: str, warning: bool = False) -> None:
        self._line_shown = None  # the next action starts from "now" and the line as saved
        self._announce()
        self.ui.resultLabel.setStyleSheet(WARNING_STYLE if warning else OK_STYLE)
        self.ui.resultLabel.setText(text)

    def _panel_done(self, text: str, warning: bool) -> None:
        self._done(text, warning)
        self._select_next_undispatched()  # the customer said yes: the added line is the one to dispatch now

    # --- undo a step entered by mistake (issue 14; ``services.order_actions``) -----------------------------
    def _set_up_undo(self) -> None:
        """An "Undo" button beside the print button and the lines' right-click menu: the chosen line's dispatch,
        start or finish, or "repair finished", while the next step has not begun."""
        self.undoButton = QToolButton(self.ui.leftPane)
        self.undoButton.setObjectName("undoButton")
        self.undoButton.setText(self.tr("Undo…"))
        self.ui.bottomBar.insertWidget(1, self.undoButton)
        self.undo = order_menu.UndoMenu(self.ctx, self.undoButton, self.ui.labourTable, self._undo_target)
        self.undo.done.connect(lambda text: self._done(text))
        order_menu.attach(self.ctx, self.ui.workshopList)
        # Issue 14: whoever also runs the store issues the order's parts from here (the Parts tab does the rest).
        self.issuePartsButton = QPushButton(self.tr("Issue the parts"), self.ui.leftPane)
        self.issuePartsButton.setObjectName("issuePartsButton")
        self.ui.bottomBar.insertWidget(2, self.issuePartsButton)
        self.issuePartsButton.clicked.connect(self.issue_parts)

    def _parts_to_issue(self, ticket: TicketView) -> list[str]:
        return [f"{part.seq}. {part.name}" for part in ticket.parts
                if part.counted and part.approval != "pending" and not part.customer_supplied
                and part.issued < part.quantity]

    def _fill_issue_parts(self, ticket: TicketView) -> None:
        waiting = self._parts_to_issue(ticket)
        role = self.ctx.read(picking_actions.role_refusals, self.ctx.operator_id)["issue"] if waiting else None
        why = (self.tr("Every part on the order is issued.") if not waiting
               else error_text(role) if role is not None else None)
        self._enable(self.issuePartsButton, why,
                     self.tr("Issue from stock every part still to issue (the store's 領料):") + "\n"
                     + "\n".join(waiting))

    def issue_parts(self) -> None:
        if self.ticket is None:
            return
        self.errors.clear()
        try:
            result = self.ctx.call(picking_actions.issue_all, self.ticket.order_id)
        except DomainError as error:
            self.errors.show(error)
            return
        text = self.tr("%n part line(s) issued from stock.", "", len(result.issued))
        if result.short:
            text += " " + self.tr("Not enough in stock for: %1").replace("%1", "、".join(result.short))
        self.ctx.changed("stock")
        self._done(text, warning=bool(result.short))

    def _undo_target(self) -> tuple[int | None, int | None, str]:
        line = self.selected_line()
        return (self.ticket.order_id if self.ticket else None, line.id if line else None,
                f"{line.seq}. {line.name}" if line else "")
