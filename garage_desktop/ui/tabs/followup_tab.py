"""回訪 Follow-up tab: open complaints first, then the calls due (oldest first) and those coming up; record a
call guided by the garage's call script (each question's answer, the overall satisfaction, remarks, complaint),
hand over or close a complaint, the customer's file with the referrals linked to the customers they brought; the
call sheet printed for a call made away from the PC; the owner edits the script."""

from __future__ import annotations

import bisect
import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
        QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from garage_desktop.domain import limits
from garage_desktop.domain.text import DomainError
from garage_desktop.services import call_script, changes, clock, followup, followup_talk, operators
from garage_desktop.services.call_script import Kind
from garage_desktop.services.followup import CallDue, FollowUpEntry, OpenComplaint
from garage_desktop.services.followup_talk import Answer, CustomerChoice, Talk
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.dialogs import vehicle_history_dialog
from garage_desktop.ui.errors import FieldErrors, error_text
from garage_desktop.ui.forms.ui_followup_tab import Ui_FollowUpTab
from garage_desktop.ui.roles import person_text
from garage_desktop.ui.text_limits import limit_inputs
from garage_desktop.ui.widgets import order_menu
from garage_desktop.ui.widgets.due_list import DueList
from garage_desktop.ui.widgets.next_step import NextStepButton

log = logging.getLogger(__name__)
_KEY = Qt.ItemDataRole.UserRole
LATE = QBrush(QColor("#c62828"))
TODAY = QBrush(QColor("#b26a00"))
DONE_STYLE = "color: #2e7d32; font-weight: bold;"
COMPLAINTS_STYLE = "QGroupBox { color: #c62828; font-weight: bold; }"
PAGE = 200  # a list's rows made at a time (the rest when it is scrolled to its end)


def _when(moment: datetime | None) -> str:
    return f"{moment:%m-%d %H:%M}" if moment else ""


def open_preview(pdf: bytes, title: str, parent: QWidget) -> None:
    """Show the print preview (tests replace this to keep the PDF instead of driving the modal dialog)."""
    from garage_desktop.ui.dialogs.print_preview import PrintPreviewDialog

    PrintPreviewDialog(pdf, title, parent).exec()


class QueueReader(QObject):
    """The queue read on a worker thread a few seconds after start-up (``read_ahead``), for the tab's first show:
    ten years of calls due take a moment to read. One per ``AppContext`` (``of``); taken once."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.setObjectName("followUpQueueReader")
        self.ctx = ctx
        self._worker: threading.Thread | None = None
        self._read: list[tuple[changes.Mark, followup.FollowUpQueue, datetime]] = []

    @staticmethod
    def of(ctx: AppContext) -> QueueReader:
        found = ctx.findChild(QObject, "followUpQueueReader")
        return found if isinstance(found, QueueReader) else QueueReader(ctx)

    def start(self) -> None:
        if self._worker is not None:
            return

        def work() -> None:
            try:
                now = clock.now()
                mark = self.ctx.read(changes.mark)
                self._read.append((mark, self.ctx.read(followup.queue, now), now))
            except Exception:  # the tab reads it itself when built
                log.exception("reading the follow-up queue ahead failed")

        self._worker = threading.Thread(target=work, name="garage-followup", daemon=True)
        self._worker.start()

    def busy(self) -> bool:
        return self._worker is not None and self._worker.is_alive()

    def take(self) -> tuple[changes.Mark, followup.FollowUpQueue, datetime] | None:
        """What the worker read (waited for if it is still at it), once; None if it did not read."""
        if self._worker is None:
            return None
        self._worker.join()
        self._worker = None
        return self._read.pop() if self._read else None


def read_ahead(ctx: AppContext) -> None:
    """Start-up (``ui.app``): read the queue on a worker, so the tab's first show has it."""
    QueueReader.of(ctx).start()


class FollowUpTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_FollowUpTab()
        self.ui.setupUi(self)
        ui = self.ui
        limit_inputs({ui.remarksEdit: limits.FOLLOW_UP_REMARKS, ui.complaintEdit: limits.FOLLOW_UP_COMPLAINT,
                      ui.resolutionEdit: limits.RESOLUTION})
        self.calls: dict[int, CallDue] = {}  # order id → call, for the due and coming-up lists
        self.complaints: dict[int, OpenComplaint] = {}  # follow-up id → open complaint
        self.chosen: tuple[str, int] | None = None  # ("call", order id) or ("complaint", follow-up id)
        self.customer_id: int | None = None
        self.vehicle_id: int | None = None
        self._stale = True  # the lists need reading (a change came while the tab was hidden)
        self._turn: datetime | None = None  # the next moment a call listed becomes due or late
        self._mark: changes.Mark = changes.NONE_SEEN  # the last audit event the lists have seen
        self._items: dict[tuple[str, int], QTreeWidgetItem] = {}  # ("call", order id) / ("complaint", id) → row
        self._where: dict[tuple[str, int], QTreeWidget] = {}
        self._sort_keys: dict[tuple[str, int], tuple[datetime, int]] = {}
        self._keys: dict[QTreeWidget, list[tuple[datetime, int]]] = {}  # each list's rows' sort keys, in order
        self._rows: dict[QTreeWidget, list[tuple[str, int]]] = {}  # and the rows' keys, items made or not
        self._wanted: dict[QTreeWidget, int] = {}  # how many of a list's first rows have their item made
        self._today = clock.now().date()
        self._renamed = False  # an operator renamed: complaints name them, the lists are read again
        self.call_errors = FieldErrors({"satisfaction": ui.satisfactionError, "remarks": ui.remarksError,
                                        "complaint": ui.complaintError, "complaint_owner": ui.complaintOwnerError},
                                       fallback=ui.formError)
        self.complaint_errors = FieldErrors({"complaint_owner": ui.ownerError, "resolution": ui.resolutionError},
                                            fallback=ui.formError)
        # The script's questions on screen for the call chosen: key → (kind, choice combo, note edit)
        self.talk: Talk | None = None
        self.answer_inputs: dict[str, tuple[Kind, QComboBox | None, QLineEdit | None]] = {}
        self.history_entries: dict[int, FollowUpEntry] = {}  # follow-up id → entry of the file shown
        ui.satisfactionCombo.addItem(self.tr("— ask the customer —"), None)
        for score, text in ((5, self.tr("5 — very satisfied")), (4, self.tr("4 — satisfied")),
                            (3, self.tr("3 — neutral")), (2, self.tr("2 — dissatisfied")),
                            (1, self.tr("1 — very dissatisfied"))):
            ui.satisfactionCombo.addItem(text, score)
        ui.splitter.setStretchFactor(0, 1)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([650, 620])
        self.due_list = DueList(ctx, ui.remindersPage)  # the reminders due (services.reminders), its own page
        ui.remindersLayout.addWidget(self.due_list)
        self.lists = (ui.complaintsList, ui.dueList, ui.upcomingList)
        for tree in self.lists:
            tree.verticalScrollBar().valueChanged.connect(lambda value, tree=tree: self._scrolled(tree, value))
            tree.currentItemChanged.connect(lambda current, _previous, tree=tree: self._picked(tree, current))
            tree.itemActivated.connect(lambda item, _column, tree=tree: self._activated(tree, item))
            order_menu.attach(ctx, tree, self._order_id_at)  # the orders' right-click menu
        ui.complaintsList.header().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        ui.historyList.header().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        ui.historyList.header().setStretchLastSection(True)
        ui.reachedRadio.toggled.connect(self._outcome_changed)
        ui.complaintEdit.textChanged.connect(self._outcome_changed)
        ui.recordButton.clicked.connect(self.record_call)
        ui.handOverButton.clicked.connect(self.hand_over)
        ui.resolveButton.clicked.connect(self.resolve)
        ui.vehicleHistoryButton.clicked.connect(self.open_vehicle_history)
        ui.printCallSheetButton.clicked.connect(self.print_call_sheet)
        ui.followupMessageButton.clicked.connect(self.send_followup_message)
        ui.callScriptButton.clicked.connect(self.edit_call_script)
        ui.linkReferralButton.clicked.connect(self.link_referral)
        ui.historyList.currentItemChanged.connect(lambda *_: self._history_picked())
        ui.actionPages.currentChanged.connect(self._page_shown)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.submit, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        ctx.operator_changed.connect(lambda _id: self._apply_role())
        self.next_step = NextStepButton.after(ctx, ui.resultLabel)
        self._fill_operators()
        self._clear_detail()
        self.reload(ahead=True)
        if ctx.current_order_id is not None:
            self.on_current_order_changed(ctx.current_order_id)

    # --- the lists ----------------------------------------------------------------------------------------
    def _fill_operators(self) -> None:
        people = self.ctx.read(operators.list_operators)
        for combo in (self.ui.ownerCombo, self.ui.handOverCombo):
            chosen = combo.currentData()
            combo.clear()
            for person in people:
                combo.addItem(person_text(person.name, person.roles), person.id)
            _select(combo, chosen if chosen is not None else self.ctx.operator_id)

    def reload(self, *, ahead: bool = False) -> None:
        """Read the whole queue: when the tab is built (``ahead``: what start-up read on a worker, if it did, then
        the changes since), and when the audit trail says to start over (a customer or a car edited or merged, a
        restored file). Otherwise ``catch_up`` reads only what changed."""
        read = QueueReader.of(self.ctx).take() if ahead else None
        if read is None:
            now = clock.now()
            self._mark = self.ctx.read(changes.mark)  # first: what is written meanwhile is read by the next catch-up
            queue = self.ctx.read(followup.queue, now)
        else:
            self._mark, queue, now = read
        self.complaints, self.calls = {}, {}
        self._items, self._sort_keys, self._where = {}, {}, {}
        self._keys = {tree: [] for tree in self.lists}
        self._rows = {tree: [] for tree in self.lists}
        self._wanted = dict.fromkeys(self.lists, PAGE)
        self._today = today = now.date()
        self._hold()
        for tree in self.lists:
            tree.clear()
        for complaint in queue.complaints:
            self._put_complaint(complaint)
        for call in (*queue.due, *queue.upcoming):
            self._put_call(call, today)
        self._release(now)
        if read is not None:
            self.catch_up()  # what changed, and what the clock moved on, since start-up read it

    def catch_up(self) -> None:
        """Bring the lists up to date: the orders changed since they were read (the audit trail says which) read
        again, and the calls the clock has moved on (fallen due, become late) moved in place: ten years of calls
        due are not read again after each change (issue 20)."""
        now = clock.now()
        update = self.ctx.read(followup.queue_changes, self._mark, now)
        if update.changes.start_over:
            self.reload()
            return
        self._mark = update.changes.mark
        self._hold()
        self._today = today = now.date()
        for order_id in update.changes.order_ids:
            self._take(("call", order_id))
            self.calls.pop(order_id, None)
            for follow_up_id in [f for f, c in self.complaints.items() if c.order_id == order_id]:
                self._take(("complaint", follow_up_id))
                del self.complaints[follow_up_id]
        for complaint in update.complaints:
            self._put_complaint(complaint)
        for call in update.calls:
            self._put_call(call, today)
        if self._turn is not None and now >= self._turn:
            for call in [c for c in self.calls.values() if c.late != (now > c.deadline)
                         or self._where.get(("call", c.order_id)) is not self._tree_for(c, today)]:
                self._take(("call", call.order_id))
                self._put_call(replace(call, late=now > call.deadline), today)
        self._release(now)

    # --- the lists kept in order, a row per call or complaint --------------------------------------------------
    def _hold(self) -> None:
        for tree in self.lists:
            tree.blockSignals(True)

    def _release(self, now: datetime) -> None:
        ui = self.ui
        self._stale, self._turn = False, _next_turn(self.calls.values(), now)
        due = len(self._keys[ui.dueList])
        upcoming = len(self._keys[ui.upcomingList])
        for tree in self.lists:
            for column in range(tree.columnCount() - (1 if tree is ui.complaintsList else 0)):
                tree.resizeColumnToContents(column)
            tree.blockSignals(False)
        ui.complaintsGroup.setTitle(self.tr("Open complaints (%1)").replace("%1", str(len(self.complaints))))
        ui.complaintsGroup.setStyleSheet(COMPLAINTS_STYLE if self.complaints else "")
        ui.dueGroup.setTitle(self.tr("Calls due (%1)").replace("%1", str(due)))
        ui.upcomingGroup.setTitle(self.tr("Coming up — may be called already (%1)").replace("%1", str(upcoming)))
        # Each list's height follows what it holds: eight calls coming up do not scroll beside two due ones.
        for position, count in enumerate((len(self.complaints), due, upcoming)):
            ui.queueLayout.setStretch(position, count + 3)
        self._reselect()

    def _tree_for(self, call: CallDue, today: date) -> QTreeWidget:
        return self.ui.dueList if call.due_on <= today else self.ui.upcomingList

    # Each list keeps every row's key in order (``_rows``, ``_keys``: the sort keys) and makes a row's item only
    # for its first ``_wanted`` rows: ten years of calls never reached are thousands, a screen shows twenty. The
    # next ``PAGE`` rows are made when the list is scrolled to its end, or up to a row chosen from elsewhere.
    def _put(self, tree: QTreeWidget, key: tuple[str, int], sort_key: tuple[datetime, int]) -> None:
        keys, rows = self._keys[tree], self._rows[tree]
        at = bisect.bisect_right(keys, sort_key)
        keys.insert(at, sort_key)
        rows.insert(at, key)
        self._where[key], self._sort_keys[key] = tree, sort_key
        built = tree.topLevelItemCount()
        if at < built or built < self._wanted[tree]:
            self._make(tree, at, key)
            if tree.topLevelItemCount() > self._wanted[tree]:  # one too many made: the last one waits again
                last = tree.topLevelItemCount() - 1
                self._items.pop(self._rows[tree][last], None)
                tree.takeTopLevelItem(last)

    def _take(self, key: tuple[str, int]) -> None:
        tree = self._where.pop(key, None)
        if tree is None:
            return
        sort_key = self._sort_keys.pop(key)
        keys, rows = self._keys[tree], self._rows[tree]
        at = bisect.bisect_left(keys, sort_key)
        keys.pop(at)
        rows.pop(at)
        item = self._items.pop(key, None)
        if item is not None:
            tree.takeTopLevelItem(at)
            built = tree.topLevelItemCount()
            if built < len(rows):
                self._make(tree, built, rows[built])  # the next row waiting takes the freed place

    def _make(self, tree: QTreeWidget, at: int, key: tuple[str, int]) -> QTreeWidgetItem:
        kind, ident = key
        item = (self._complaint_item(self.complaints[ident]) if kind == "complaint"
                else self._call_item(self.calls[ident], self._today))
        tree.insertTopLevelItem(at, item)
        self._items[key] = item
        return item

    def _make_more(self, tree: QTreeWidget, upto: int) -> None:
        """Make the rows' items up to row ``upto`` (and a page after it)."""
        rows = self._rows.get(tree, [])
        self._wanted[tree] = max(self._wanted[tree], min(len(rows), upto + PAGE))
        tree.blockSignals(True)
        for at in range(tree.topLevelItemCount(), min(self._wanted[tree], len(rows))):
            self._make(tree, at, rows[at])
        tree.blockSignals(False)

    def _scrolled(self, tree: QTreeWidget, value: int) -> None:
        if value >= tree.verticalScrollBar().maximum() and tree.topLevelItemCount() < len(self._rows.get(tree, [])):
            self._make_more(tree, tree.topLevelItemCount())

    def item_of(self, key: tuple[str, int]) -> QTreeWidgetItem | None:
        """The row of ``key`` ("call", order id) / ("complaint", follow-up id), made if it was still waiting."""
        tree = self._where.get(key)
        if tree is None:
            return None
        if key not in self._items:
            self._make_more(tree, bisect.bisect_left(self._keys[tree], self._sort_keys[key]))
        return self._items.get(key)

    def _put_complaint(self, complaint: OpenComplaint) -> None:
        self.complaints[complaint.follow_up_id] = complaint
        self._put(self.ui.complaintsList, ("complaint", complaint.follow_up_id),
                  (complaint.raised_at, complaint.follow_up_id))

    def _complaint_item(self, complaint: OpenComplaint) -> QTreeWidgetItem:
        item = QTreeWidgetItem([_when(complaint.raised_at), complaint.plate, complaint.customer_name,
                                complaint.phone, complaint.owner, complaint.complaint.replace("\n", " ")])
        item.setData(0, _KEY, ("complaint", complaint.follow_up_id))
        item.setToolTip(5, complaint.complaint)
        for column in range(item.columnCount()):
            item.setForeground(column, LATE)
        return item

    def _put_call(self, call: CallDue, today: date) -> None:
        self.calls[call.order_id] = call
        self._put(self._tree_for(call, today), ("call", call.order_id), (call.delivered_at, call.order_id))

    def _call_item(self, call: CallDue, today: date) -> QTreeWidgetItem:
        by = _when(call.deadline)
        due = self.tr("late (by %1)").replace("%1", by) if call.late else self.tr("by %1").replace("%1", by)
        left = _when(call.delivered_at) + (" " + self.tr("(deposit)") if call.on_deposit else "")
        item = QTreeWidgetItem([due, call.plate, call.customer_name, call.phone, left,
                                str(call.attempts) if call.attempts else ""])
        item.setData(0, _KEY, ("call", call.order_id))
        if call.late:
            item.setForeground(0, LATE)
        elif call.due_on <= today:
            item.setForeground(0, TODAY)
        item.setToolTip(0, self.tr("Call within two days of the handover: on time until %1")
                        .replace("%1", f"{call.deadline:%Y-%m-%d %H:%M}"))
        if call.last_attempt_at:
            item.setToolTip(5, self.tr("Last try %1").replace("%1", _when(call.last_attempt_at)))
        return item

    def _reselect(self) -> None:
        """Keep the chosen row chosen after a reload; when it has gone (called, closed), clear the form."""
        if self.chosen is None:
            return
        item = self.item_of(self.chosen)
        if item is not None:
            tree = self._where[self.chosen]
            tree.blockSignals(True)
            tree.setCurrentItem(item)
            tree.blockSignals(False)
            return
        self.chosen = None
        self.ui.actionPages.setCurrentWidget(self.ui.emptyPage)
        self.ui.printCallSheetButton.setEnabled(False)
        self.ui.followupMessageButton.setEnabled(False)

    def _picked(self, tree: QTreeWidget, item: QTreeWidgetItem | None, *, focus: bool = False) -> None:
        if item is None:
            return
        for other in self.lists:
            if other is not tree:
                other.blockSignals(True)
                other.setCurrentItem(None)  # type: ignore[arg-type]
                other.clearSelection()
                other.blockSignals(False)
        kind, key = item.data(0, _KEY)
        self.ui.resultLabel.clear()
        self.next_step.withdraw()
        if kind == "complaint":
            self.show_complaint(self.complaints[key])
            if focus:
                self.ui.resolutionEdit.setFocus()
        else:
            self.show_call(self.calls[key])
            if focus:
                self.ui.reachedRadio.setFocus()

    def _order_id_at(self, index: QModelIndex) -> int | None:
        """The order of a call, or of the order a complaint was raised on (for the right-click menu)."""
        key = index.siblingAtColumn(0).data(_KEY) if index.isValid() else None
        if not key:
            return None
        kind, value = key
        if kind == "complaint":
            complaint = self.complaints.get(value)
            return complaint.order_id if complaint else None
        return int(value)

    def _activated(self, tree: QTreeWidget, item: QTreeWidgetItem) -> None:
        """Enter or a double-click on a call: as in every stage tab's list, its order becomes the window's
        current order (the header and the other tabs follow); a complaint only opens here."""
        self._picked(tree, item, focus=True)
        kind, key = item.data(0, _KEY)
        if kind == "call":
            self.ctx.set_current_order(key)

    # --- the chosen call or complaint ---------------------------------------------------------------------
    def _clear_detail(self) -> None:
        self.chosen, self.customer_id, self.vehicle_id = None, None, None
        self.ui.headerLabel.setText(self.tr("Choose a complaint or a call on the left."))
        self.ui.actionPages.setCurrentWidget(self.ui.emptyPage)
        self.ui.historyList.clear()
        self.ui.vehicleHistoryButton.setEnabled(False)
        self.ui.vehicleHistoryButton.setToolTip(self.tr("Choose a call or a complaint first"))
        self.ui.printCallSheetButton.setEnabled(False)
        self.ui.followupMessageButton.setEnabled(False)
        self.ui.linkReferralButton.setEnabled(False)

    def _show_person(self, customer_id: int | None, vehicle_id: int | None, header: str) -> None:
        self.customer_id, self.vehicle_id = customer_id, vehicle_id
        self.ui.headerLabel.setText(header)
        self.ui.vehicleHistoryButton.setEnabled(vehicle_id is not None)
        self.ui.vehicleHistoryButton.setToolTip(self.tr("Every visit of this car, its warranty and the work still "
                                                        "recommended; print the owner's repair record"))
        self.show_history()

    def show_call(self, call: CallDue) -> None:
        ui = self.ui
        self.chosen = ("call", call.order_id)
        deposit = (" — " + self.tr("released on a deposit: the order stays open after the call")
                   if call.on_deposit else "")
        tries = (" — " + self.tr("%n earlier try(s) without reaching the customer", "", call.attempts)
                 if call.attempts else "")
        header = (f"<span style='font-size:13pt'><b>{call.customer_name}</b>　{call.phone}</span><br/>"
                  f"{call.plate} {call.make_model}　·　{call.order_no}　·　"
                  + self.tr("left %1").replace("%1", f"{call.delivered_at:%Y-%m-%d %H:%M}") + deposit + tries
                  + "<br/>" + self.tr("Work done: %1").replace("%1", "、".join(call.work) or "—"))
        referred = self.ctx.read(followup_talk.referred_by, call.customer_id) if call.customer_id else None
        if referred is not None:  # the customer came on a referral: thank the one who brought them, too
            header += "<br/>" + self.tr("Came to us on the referral of %1").replace("%1", _html(referred[1]))
        self._show_person(call.customer_id, call.vehicle_id, header)
        self.call_errors.clear()
        self.show_talk(self.ctx.read(followup_talk.talk, call.order_id, self.ctx.operator_id,
                                     language=self.ctx.document_language()))
        ui.printCallSheetButton.setEnabled(True)
        ui.followupMessageButton.setEnabled(True)
        ui.reachedRadio.setChecked(True)
        ui.satisfactionCombo.setCurrentIndex(0)
        ui.remarksEdit.clear()
        ui.complaintEdit.clear()
        _select(ui.ownerCombo, self.ctx.operator_id)
        ui.actionPages.setCurrentWidget(ui.callPage)
        self._outcome_changed()
        self._apply_role()

    def show_complaint(self, complaint: OpenComplaint) -> None:
        ui = self.ui
        self.chosen = ("complaint", complaint.follow_up_id)
        header = (f"<span style='font-size:13pt'><b>{complaint.customer_name}</b>　{complaint.phone}</span><br/>"
                  f"{complaint.plate}　·　{complaint.order_no}")
        self._show_person(complaint.customer_id, complaint.vehicle_id, header)
        self.complaint_errors.clear()
        ui.complaintText.setText(
            f"<span style='color:#c62828; font-size:11pt'><b>{_html(complaint.complaint)}</b></span><br/>"
            + self.tr("Raised %1 by %2; taken care of by %3.").replace("%1", _when(complaint.raised_at))
            .replace("%2", complaint.raised_by or "—").replace("%3", complaint.owner or "—"))
        _select(ui.handOverCombo, complaint.owner_id)
        ui.resolutionEdit.clear()
        ui.followupMessageButton.setEnabled(False)
        ui.actionPages.setCurrentWidget(ui.complaintPage)
        self._apply_role()

    def _outcome_changed(self) -> None:
        ui = self.ui
        reached = ui.reachedRadio.isChecked()
        for widget in (ui.satisfactionCombo, ui.complaintEdit, ui.talkArea):
            widget.setEnabled(reached)
        if not reached:
            ui.satisfactionCombo.setCurrentIndex(0)
            self._clear_answers()
        ui.ownerCombo.setEnabled(reached and bool(ui.complaintEdit.toPlainText().strip()))

    def _apply_role(self) -> None:
        refusal = self.ctx.read(followup.caller_refusal, self.ctx.operator_id)
        why = error_text(refusal) if refusal is not None else ""
        editor = self.ctx.read(call_script.editor_refusal, self.ctx.operator_id)
        self.ui.callScriptButton.setEnabled(editor is None)
        self.ui.callScriptButton.setToolTip(error_text(editor) if editor is not None else self.tr(
            "The questions the follow-up call is guided by (the owner edits them)"))
        self._history_picked()
        for button, tip in ((self.ui.recordButton, self.tr("Save the outcome of this call (Ctrl+Enter)")),
                            (self.ui.resolveButton, self.tr("Record the resolution; the complaint leaves the top of "
                                                            "the list (Ctrl+Enter)")),
                            (self.ui.handOverButton, self.tr("Give the complaint to the person chosen"))):
            button.setEnabled(refusal is None)
            button.setToolTip(why or tip)

    def show_history(self) -> None:
        tree = self.ui.historyList
        tree.clear()
        self.history_entries = {}
        entries: list[FollowUpEntry] = self.ctx.read(followup.history, self.customer_id)
        for entry in entries:
            outcome = (self.tr("reached, %1/5").replace("%1", str(entry.satisfaction)) if entry.reached
                       else self.tr("not reached"))
            notes = [entry.remarks] if entry.remarks else []
            if entry.complaint:
                notes.append(self.tr("Complaint: %1").replace("%1", entry.complaint))
                notes.append(self.tr("Resolved: %1").replace("%1", entry.resolution) if entry.resolved_at
                             else self.tr("open — %1").replace("%1", entry.complaint_owner))
            full = [*notes, *(_answer_text(answer, self.tr, shorten=False) for answer in entry.answers)]
            notes += [_answer_text(answer, self.tr) for answer in entry.answers]
            if entry.referred:
                brought = self.tr("Brought: %1").replace("%1", "、".join(r.name for r in entry.referred))
                notes.append(brought)
                full.append(brought)
            item = QTreeWidgetItem([_when(entry.called_at), entry.order_no, entry.plate, outcome, entry.called_by,
                                    "; ".join(notes)])
            item.setData(0, _KEY, entry.follow_up_id)
            self.history_entries[entry.follow_up_id] = entry
            item.setToolTip(5, "\n".join(full))
            if entry.complaint_open:
                item.setForeground(5, LATE)
            tree.addTopLevelItem(item)
        for column in range(tree.columnCount() - 1):
            tree.resizeColumnToContents(column)
        self._history_picked()
        self.ui.historyGroup.setTitle(self.tr("Follow-up file of the customer (%n call(s))", "", len(entries)))

    # --- actions ------------------------------------------------------------------------------------------
    def submit(self) -> None:
        page = self.ui.actionPages.currentWidget()
        if page is self.ui.callPage and self.ui.recordButton.isEnabled():
            self.record_call()
        elif page is self.ui.complaintPage and self.ui.resolveButton.isEnabled():
            self.resolve()

    def record_call(self) -> None:
        ui = self.ui
        if self.chosen is None or self.chosen[0] != "call":
            return
        order_id = self.chosen[1]
        reached = ui.reachedRadio.isChecked()
        complaint = ui.complaintEdit.toPlainText()
        self.call_errors.clear()
        try:
            result = self.ctx.call(followup.record_call, order_id, reached, ui.satisfactionCombo.currentData(),
                                   ui.remarksEdit.toPlainText(), complaint,
                                   ui.ownerCombo.currentData() if complaint.strip() else None,
                                   self.answers() if reached else [],
                                   self.talk.language if self.talk else None)
        except DomainError as error:
            self.call_errors.show(error)
            return
        name = self.calls[order_id].customer_name
        if not result.reached:
            text = self.tr("Not reached: the call to %1 stays due.").replace("%1", name)
        elif result.complaint_open:
            text = self.tr("Call to %1 recorded; the complaint is now on top of the list.").replace("%1", name)
        else:
            text = self.tr("Call to %1 recorded.").replace("%1", name)
        self.ctx.changed("orders")
        self.catch_up()
        if self.chosen is not None and self.chosen[0] == "call" and self.chosen[1] in self.calls:
            self.show_call(self.calls[self.chosen[1]])  # not reached: still due, the form ready for the next try
        self.show_history()
        self._done(text)
        # The customer reached and nothing left open: the order's line ends here, back to the board.
        self.next_step.offer(order_id, "board" if result.reached and not result.complaint_open else None,
                             focus=True)

    def hand_over(self) -> None:
        if self.chosen is None or self.chosen[0] != "complaint":
            return
        self.complaint_errors.clear()
        try:
            complaint = self.ctx.call(followup.assign_complaint, self.chosen[1], self.ui.handOverCombo.currentData())
        except DomainError as error:
            self.complaint_errors.show(error)
            return
        self.catch_up()
        self.show_complaint(self.complaints[complaint.follow_up_id])
        self._done(self.tr("The complaint is now taken care of by %1.").replace("%1", complaint.owner))

    def resolve(self) -> None:
        if self.chosen is None or self.chosen[0] != "complaint":
            return
        self.complaint_errors.clear()
        try:
            self.ctx.call(followup.resolve_complaint, self.chosen[1], self.ui.resolutionEdit.toPlainText())
        except DomainError as error:
            self.complaint_errors.show(error)
            self.ui.resolutionEdit.setFocus()
            return
        self.ctx.changed("orders")
        self.catch_up()
        self.show_history()
        self._done(self.tr("Complaint closed."))

    def _page_shown(self, index: int) -> None:
        """Away from the call page its script's questions go: a stack is as tall as its tallest page, and an
        empty page or a complaint would otherwise keep the room of the whole script."""
        if self.ui.actionPages.widget(index) is not self.ui.callPage:
            self._clear_talk()

    def _clear_talk(self) -> None:
        grid = self.ui.talkGrid
        while grid.count():
            taken = grid.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.setParent(None)  # type: ignore[call-overload]  # gone from the tab at once
                widget.deleteLater()
        for field in [f for f in self.call_errors.labels if f.startswith("answer:")]:
            del self.call_errors.labels[field]
        self.answer_inputs = {}
        self.talk = None

    # --- the talk: the script's questions and their answers ---------------------------------------------------
    def show_talk(self, talk: Talk) -> None:
        """Lay the script's questions out for the call, each with what its answer takes."""
        self._clear_talk()
        self.talk = talk
        grid = self.ui.talkGrid
        row = 0
        for number, question in enumerate(talk.questions, start=1):
            grid.addWidget(QLabel(f"{number}."), row, 0, Qt.AlignmentFlag.AlignTop)
            text = QLabel(_html(question.text))
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if question.kind is Kind.SAY:  # read out: nothing to record
                text.setStyleSheet("color: #455a64; font-style: italic;")
                grid.addWidget(text, row, 1, 1, 2)
                row += 1
                continue
            grid.addWidget(text, row, 1)
            # a choice on the question's own line; the customer's words on the line below
            combo = self._answer_combo(question.kind, question.key)
            if combo is not None:
                grid.addWidget(combo, row, 2, Qt.AlignmentFlag.AlignTop)
            row += 1
            note = None
            if question.kind is not Kind.SCORE:
                note = QLineEdit()
                note.setObjectName(f"answer_{question.key}_note")
                note.setMaxLength(followup_talk.ANSWER_NOTE.limit)
                note.setPlaceholderText(self.tr("The customer's words") if question.kind is Kind.TEXT
                                        else self.tr("What the customer said (optional)"))
                grid.addWidget(note, row, 1, 1, 2)
                row += 1
            error = QLabel()
            error.setStyleSheet("color: #c62828;")
            error.setWordWrap(True)
            error.hide()
            grid.addWidget(error, row, 1, 1, 2)
            row += 1
            self.call_errors.labels[f"answer:{question.key}"] = error
            self.answer_inputs[question.key] = (question.kind, combo, note)
        self.ui.talkNote.setText(self.tr("The garage's own script (the owner edits it with Call script…).")
                                 if talk.own_script else
                                 self.tr("The default script: greeting, satisfaction with the repair, the service "
                                         "and the price, anything wrong since, the next service, a referral."))

    def _answer_combo(self, kind: Kind, key: str) -> QComboBox | None:
        if kind is Kind.TEXT:
            return None
        combo = QComboBox()
        combo.setObjectName(f"answer_{key}_choice")
        combo.addItem(self.tr("— not answered —"), None)
        if kind is Kind.SCORE:
            for score, text in ((5, self.tr("5 — very satisfied")), (4, self.tr("4 — satisfied")),
                                (3, self.tr("3 — neutral")), (2, self.tr("2 — dissatisfied")),
                                (1, self.tr("1 — very dissatisfied"))):
                combo.addItem(text, score)
        elif kind is Kind.YES_NO:
            combo.addItem(self.tr("Yes"), "yes")
            combo.addItem(self.tr("No"), "no")
        else:  # a referral
            combo.addItem(self.tr("Yes, would introduce a friend"), "yes")
            combo.addItem(self.tr("No"), "no")
            combo.addItem(self.tr("Maybe"), "maybe")
        return combo

    def answers(self) -> list[Answer]:
        """The answers typed for the script's questions (those left empty are not answered)."""
        found = []
        for key, (kind, combo, note) in self.answer_inputs.items():
            value = combo.currentData() if combo is not None else None
            text = note.text() if note is not None else ""
            found.append(Answer(key, score=value if kind is Kind.SCORE else None,
                                choice=value if kind is not Kind.SCORE else None, note=text))
        return found

    def _clear_answers(self) -> None:
        for _kind, combo, note in self.answer_inputs.values():
            if combo is not None:
                combo.setCurrentIndex(0)
            if note is not None:
                note.clear()

    # --- the call sheet, the script, referrals ----------------------------------------------------------------
    def print_call_sheet(self) -> None:
        from garage_desktop.printing.call_sheet import render_call_sheet
        from garage_desktop.services.call_sheet import call_sheet_doc

        if self.chosen is None or self.chosen[0] != "call":
            return
        language = self.ctx.document_language()
        doc = self.ctx.read(call_sheet_doc, self.chosen[1], language)
        open_preview(render_call_sheet(doc, language=language),
                     self.tr("Follow-up call sheet %1").replace("%1", doc.order_no), self)

    def edit_call_script(self) -> None:
        from garage_desktop.ui.dialogs.call_script_dialog import edit_call_script

        edit_call_script(self.ctx, self)
        if self.chosen is not None and self.chosen[0] == "call" and self.chosen[1] in self.calls:
            self.show_call(self.calls[self.chosen[1]])  # the call on screen follows the script as edited

    def _chosen_entry(self) -> FollowUpEntry | None:
        item = self.ui.historyList.currentItem()
        return self.history_entries.get(item.data(0, _KEY)) if item is not None else None

    def _history_picked(self) -> None:
        entry = self._chosen_entry()
        button = self.ui.linkReferralButton
        if entry is None or not entry.referral_asked:
            button.setEnabled(False)
            button.setToolTip(self.tr("Choose a call of the follow-up file in which the customer was asked about "
                                      "introducing a friend"))
            return
        refusal = self.ctx.read(followup.caller_refusal, self.ctx.operator_id)
        button.setEnabled(refusal is None)
        button.setToolTip(error_text(refusal) if refusal is not None else
                          self.tr("The new customer a referral given in the chosen call brought"))

    def choose_customer(self, candidates: list[CustomerChoice]) -> int | None:
        """Ask which new customer the referral brought (tests replace it)."""
        texts = [f"{c.name}　{c.phone}　" + self.tr("registered %1").replace("%1", f"{c.registered_at:%Y-%m-%d}")
                 for c in candidates]
        text, chosen = QInputDialog.getItem(self, self.tr("Link a referred customer"),
                                            self.tr("The new customer this referral brought:"), texts, 0, False)
        return candidates[texts.index(text)].customer_id if chosen and text in texts else None

    def link_referral(self) -> None:
        entry = self._chosen_entry()
        if entry is None:
            return
        candidates = self.ctx.read(followup_talk.referral_candidates, entry.follow_up_id)
        if not candidates:
            self.ui.formError.setText(self.tr("No customer has been registered since this call: register the new "
                                              "customer at intake first."))
            self.ui.formError.show()
            return
        customer_id = self.choose_customer(candidates)
        if customer_id is None:
            return
        self.call_errors.clear()
        try:
            link = self.ctx.call(followup_talk.link_referral, entry.follow_up_id, customer_id)
        except DomainError as error:
            self.call_errors.show(error)
            return
        self.ctx.changed("customers")
        self.show_history()
        self._done(self.tr("%1 is linked to the referral of this call.").replace("%1", link.name))

    def _done(self, text: str) -> None:
        self.ui.resultLabel.setStyleSheet(DONE_STYLE)
        self.ui.resultLabel.setText(text)

    def send_followup_message(self) -> None:
        """The follow-up message of the chosen call (issue 18), copied for WeChat or SMS and logged on the order."""
        if self.chosen is None or self.chosen[0] != "call":
            return
        if order_menu.send_message(self.ctx, "followup", int(self.chosen[1]), self) is not None:
            self.ui.resultLabel.setStyleSheet(DONE_STYLE)
            self.ui.resultLabel.setText(self.tr("Message copied: paste it into WeChat or an SMS. It is on the "
                                                "customer's record; the call is still to make."))

    def open_vehicle_history(self) -> None:
        if self.vehicle_id is not None:
            vehicle_history_dialog.show_vehicle_history(self.ctx, self.vehicle_id, self)

    # --- the window's hooks -------------------------------------------------------------------------------
    def on_data_changed(self, topics: frozenset[str]) -> None:
        if "operators" in topics:
            self._fill_operators()
            self._renamed = True  # the names of who raised or owns a complaint: the lists read again
        if topics & {"orders", "operators", "customers"}:
            if self.isVisible():
                self._bring_up_to_date()
            else:
                self._stale = True  # read when the tab comes forward, not on every change elsewhere

    def _bring_up_to_date(self) -> None:
        if self._renamed:
            self._renamed = False
            self.reload()
        else:
            self.catch_up()

    def showEvent(self, event: QShowEvent) -> None:
        """Coming forward, the lists are read again only when something changed meanwhile, or when the clock has
        passed the moment a call listed falls due or becomes late (the reception PC stays on for days): years of
        calls are not read again on every switch to the tab."""
        super().showEvent(event)
        if not event.spontaneous() and (self._stale or (self._turn is not None and clock.now() >= self._turn)):
            self._bring_up_to_date()
        if not event.spontaneous():
            self._first_due_call()

    def _first_due_call(self) -> None:
        """Nothing chosen and calls are due: the first one is on screen, ready to be made (issue 14: the calls
        are worked from the top; any other is a click away)."""
        due = self.ui.dueList
        if self.chosen is None and due.topLevelItemCount():
            due.setCurrentItem(due.topLevelItem(0))  # shows the call (``_picked``)
            due.setFocus()

    def on_current_order_changed(self, order_id: int | None) -> None:
        """A car that has left becomes the call on screen (even before it is due)."""
        if order_id is None:
            return
        call = self.calls.get(order_id) or self.ctx.read(followup.call_target, order_id, clock.now())
        if call is None:
            self._show_no_call(order_id)
            return
        item = self.item_of(("call", order_id))
        if item is not None:
            self._where[("call", order_id)].setCurrentItem(item)
            return
        self.calls[order_id] = call
        self.show_call(call)

    def _show_no_call(self, order_id: int) -> None:
        """The order has no call to make (its customer was reached, or the car has not left): show its open
        complaint if it has one, else nothing — never the call of another customer left on screen."""
        kind, key = self.chosen or ("", None)
        shown = key if kind == "call" else getattr(self.complaints.get(key or 0), "order_id", None)
        if shown == order_id:
            return  # this order's own call just recorded (or its complaint): its customer's file stays on screen
        complaint = next((c for c in self.complaints.values() if c.order_id == order_id), None)
        item = self.item_of(("complaint", complaint.follow_up_id)) if complaint else None
        if item is not None:
            self.ui.complaintsList.setCurrentItem(item)
            return
        if self.chosen is None:
            return
        for tree in self.lists:
            tree.blockSignals(True)
            tree.setCurrentItem(None)  # type: ignore[arg-type]
            tree.clearSelection()
            tree.blockSignals(False)
        self._clear_detail()

def _next_turn(calls: Iterable[CallDue], now: datetime) -> datetime | None:
    """The next moment from ``now`` a call moves on by the clock alone: one coming up falls due (at the start of
    its day), one on time becomes late (its deadline)."""
    listed = list(calls)
    turns = [datetime.combine(call.due_on, time.min) for call in listed if call.due_on > now.date()]
    turns += [call.deadline for call in listed if not call.late]
    later = [turn for turn in turns if turn >= now]
    return min(later) if later else None


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def _answer_text(answer: followup_talk.AnswerView, tr: Callable[[str], str], *, shorten: bool = True) -> str:
    """One answer in the follow-up file: the question (shortened in the list, whole in its tooltip) and what the
    customer said."""
    question = answer.text if not shorten or len(answer.text) <= 14 else answer.text[:13] + "…"
    value = [str(answer.score)] if answer.score is not None else []
    if answer.choice:
        words = {"yes": QCoreApplication.translate("FollowUpTab", "Yes"),
                 "no": QCoreApplication.translate("FollowUpTab", "No"),
                 "maybe": QCoreApplication.translate("FollowUpTab", "Maybe")}
        value.append(words.get(answer.choice, answer.choice))
    if answer.note:
        value.append(answer.note)
    return f"{question} {' — '.join(value)}"


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")
