"""The health record's upload queue (the second page of the health record dialog): what is to send, to fix (and
where it is fixed: a double-click opens it there), failed (with the platform's message and the next try) and sent;
"Retry now"; the owner's platform account. The queue is read on a worker: a garage whose orders all miss part codes
has thousands to fix after a year, each checked."""

from __future__ import annotations

import logging
import threading
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTreeWidgetItem, QWidget

from garage_desktop.domain.text import DomainError
from garage_desktop.services import clock, ehr_upload, operators
from garage_desktop.services.ehr_upload import QueueItem, State
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.ehr_uploader import WHY_OTHER_WINDOW, EhrUploader
from garage_desktop.ui.errors import error_text, show_domain_error, tr_domain
from garage_desktop.ui.forms.ui_ehr_queue_panel import Ui_EhrQueuePanel

log = logging.getLogger(__name__)
_KEY = Qt.ItemDataRole.UserRole
COLOURS = {State.TO_FIX: QColor("#c62828"), State.FAILED: QColor("#b26a00"), State.TO_SEND: QColor("#1565c0"),
           State.SENT: QColor("#2e7d32")}
COLUMN_WIDTHS = (70, 120, 130, 90, 115, 70, 150)
MESSAGE_COLUMN = 7
# Where a problem is fixed (services.ehr Problem.where) → the tab the order opens in.
FIX_TABS = {"intake": "intake", "estimate": "estimate", "parts": "parts"}


def _when(moment: datetime | None) -> str:
    return f"{moment:%Y-%m-%d %H:%M}" if moment else ""


class EhrQueuePanel(QWidget):
    queue_read = Signal(int, object)  # (which read asked, UploadQueue), from the reading thread

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui = Ui_EhrQueuePanel()
        ui.setupUi(self)
        self.queue: ehr_upload.UploadQueue | None = None
        self.shown = 0  # tests: how many reads were shown
        self._asked = 0
        for column, width in enumerate(COLUMN_WIDTHS):
            ui.queueTree.setColumnWidth(column, width)
        ui.retryButton.setEnabled(False)
        ui.retryButton.clicked.connect(self.retry_now)
        ui.refreshButton.clicked.connect(self.refresh)
        ui.accountButton.clicked.connect(self.open_account)
        ui.queueTree.itemDoubleClicked.connect(self._open_where_fixed)
        self.queue_read.connect(self._show)
        self.uploader = EhrUploader.of(ctx)
        if self.uploader is not None:
            # a run that wrote nothing still changes what the status line says; one that wrote announces "ehr"
            self.uploader.run_finished.connect(lambda summary: None if summary.written_events else self.refresh())
        ctx.data_changed.connect(self._on_changed)
        ctx.operator_changed.connect(lambda _id: self._apply_permission())
        self._apply_permission()
        ui.statusLabel.setText(self.tr("Reading the queue…"))
        self.refresh()

    # --- reading --------------------------------------------------------------------------------------------
    def _on_changed(self, topics: frozenset[str]) -> None:
        if topics & {"ehr", "orders", "settings"}:
            self.refresh()

    def refresh(self) -> None:
        """Read the queue again on a worker; shown when read (an older read overtaken by a newer is dropped)."""
        self._asked += 1
        asked = self._asked

        def read() -> None:
            try:
                queue = self.ctx.read(ehr_upload.queue)
            except Exception:
                log.warning("reading the health record upload queue failed", exc_info=True)
                return
            try:
                self.queue_read.emit(asked, queue)
            except RuntimeError:  # the panel was closed meanwhile
                pass

        threading.Thread(target=read, name="garage-ehr-queue", daemon=True).start()

    def _show(self, asked: int, queue: ehr_upload.UploadQueue) -> None:
        if asked != self._asked:
            return
        ui = self.ui
        self.queue = queue
        ui.statusLabel.setText(self._status_text(queue.account))
        counts = queue.counts
        ui.countsLabel.setText(
            self.tr("To send: %1 · To fix: %2 · Failed: %3 · Sent: %4")
            .replace("%1", str(counts[State.TO_SEND])).replace("%2", str(counts[State.TO_FIX]))
            .replace("%3", str(counts[State.FAILED])).replace("%4", str(counts[State.SENT])))
        chosen = {item.data(0, _KEY) for item in ui.queueTree.selectedItems()}
        ui.queueTree.clear()
        ui.queueTree.addTopLevelItems([self._item(entry) for entry in queue.items])
        for index in range(ui.queueTree.topLevelItemCount()):
            item = ui.queueTree.topLevelItem(index)
            item.setSelected(item.data(0, _KEY) in chosen)
        ui.retryButton.setEnabled(counts[State.FAILED] > 0)
        self.shown += 1

    def _status_text(self, account: ehr_upload.PlatformAccount) -> str:
        if not account.enabled or not account.complete:
            return self.tr("<b>Uploads are off.</b> The owner enters the platform account (address, company code, "
                           "password) to send settled orders automatically; the export writes them to a file "
                           "meanwhile.")
        if not account.password_here:
            return self.tr("<b>Uploads run on another PC</b> (the one where the platform password was typed): this "
                           "PC does not hold its key. The queue below is shared.")
        text = self.tr("<b>Uploading</b> orders settled from %1 to %2, in the background.").replace(
            "%1", f"{account.start_on:%Y-%m-%d}").replace("%2", account.url)
        if self.uploader is None:
            text += "<br/>" + self.tr("The uploader is not running in this window.")
        elif self.uploader.last is not None and self.uploader.last.skipped == WHY_OTHER_WINDOW:
            text += "<br/>" + self.tr("Another window of this PC is uploading them.")
        elif self.uploader.last is not None and self.uploader.last.stopped:
            text += "<br/>" + self.tr("Last attempt: %1").replace("%1", tr_domain(self.uploader.last.stopped))
        return text

    def _item(self, entry: QueueItem) -> QTreeWidgetItem:
        names = {State.TO_SEND: self.tr("to send"), State.TO_FIX: self.tr("to fix"), State.FAILED: self.tr("failed"),
                 State.SENT: self.tr("sent")}
        if entry.state is State.TO_FIX:
            message = "; ".join(error_text(DomainError(p.text, **p.params)) for p in entry.problems)
        else:
            message = tr_domain(entry.message) if entry.message else ""
        when = _when(entry.sent_at if entry.state is State.SENT else entry.next_try_at)
        if entry.state is State.FAILED and entry.next_try_at is not None and entry.next_try_at <= clock.now():
            when = self.tr("now")
        item = QTreeWidgetItem([names[entry.state], entry.settlement_no, entry.order_no, entry.plate,
                                _when(entry.settled_at), str(entry.attempts or ""), when, message])
        item.setForeground(0, QBrush(COLOURS[entry.state]))
        item.setToolTip(MESSAGE_COLUMN, message)
        item.setData(0, _KEY, entry.order_id)
        return item

    # --- acting ---------------------------------------------------------------------------------------------
    def _apply_permission(self) -> None:
        person = self.ctx.read(operators.get_operator, self.ctx.operator_id) if self.ctx.operator_id else None
        owner = person is not None and person.active and person.is_owner
        self.ui.accountButton.setEnabled(owner)
        self.ui.accountButton.setToolTip(self.tr("The platform address, company code and password") if owner
                                         else self.tr("Only the owner sets the platform account"))

    def _entry(self, order_id: int) -> QueueItem | None:
        return next((e for e in (self.queue.items if self.queue else ()) if e.order_id == order_id), None)

    def selected_failed(self) -> list[int]:
        chosen = (self._entry(item.data(0, _KEY)) for item in self.ui.queueTree.selectedItems())
        return [entry.order_id for entry in chosen if entry is not None and entry.state is State.FAILED]

    def retry_now(self) -> None:
        try:
            self.ctx.call(ehr_upload.retry_now, self.selected_failed() or None)
        except DomainError as error:
            show_domain_error(self, error)
            return
        if self.uploader is not None:
            self.uploader.wake()
        self.refresh()

    def _open_where_fixed(self, item: QTreeWidgetItem) -> None:
        """An order to fix: taken where its first problem is fixed, as on the dialog's first page (the plate and
        VIN in a small form, since the intake form is closed after confirmation; a part's code by choosing its
        catalog part; the others in the main window behind the modeless dialog)."""
        entry = self._entry(item.data(0, _KEY))
        if entry is None or not entry.problems:
            return
        fixer = getattr(self.window(), "fix", None)  # the health record dialog this page is in
        if fixer is not None:
            fixer(entry.order_id, entry.plate, entry.vin, entry.problems)
            return
        where = entry.problems[0].where
        if where in FIX_TABS:
            self.ctx.open_order_in_requested.emit(entry.order_id, FIX_TABS[where])
        else:
            self.ctx.show_tab_requested.emit("settings")  # the garage's licence number or credit code

    def open_account(self) -> None:
        from garage_desktop.ui.dialogs.ehr_platform_dialog import edit_platform_account

        if edit_platform_account(self.ctx, self) is not None:
            self.refresh()
