"""The window's search box (issue 14): find an order, a car or a customer from anywhere.

Typing searches after a short pause (``services.find``: number, plate in either script, name in either script,
pinyin initials, phone digits, the end of the VIN) and lists the hits under the box, a line each: open orders
first, newest first. Nothing opens until one is chosen: Down/Up (or the mouse) and Enter or a click opens it —
an order in the tab of its stage, a car without an order in its vehicle history, a customer with neither in the
intake tab. Shift+Enter opens the chosen line's vehicle history. Enter on a box whose text has exactly one hit
opens it at once; Escape closes the list. With the box empty, getting the focus (Ctrl+F, a click) or Down shows
the orders and customers opened last.

The recent list is kept per PC in QSettings, for each operator and each database: what this operator opened or
changed here (an order becoming the current order, changed while current, a car or customer opened from the
list). Not derived from the audit trail: opening an order writes nothing there, and the trail is the garage's
(every PC's), not this desk's. The ids are read back through ``services.find.recent``, so what was deleted or
merged away drops out.

The list is a child widget laid over the window under the box (not a popup window): the box keeps the focus and
the keys, the list moves and hides with the window (and with its page under the lock screen), and a grab of the
window shows it.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from garage_desktop.ui.context import AppContext
from garage_desktop.ui.errors import tr_domain

if TYPE_CHECKING:
    from garage_desktop.services.find import Hit
    from garage_desktop.services.search_index import SearchIndex

log = logging.getLogger(__name__)

DELAY_MS = 150  # the pause in typing after which the box searches
RECENT_COUNT = 10
MAX_ROWS = 12  # lines shown before the list scrolls
LIMIT = 50
_HIT = Qt.ItemDataRole.UserRole
DONE = QBrush(QColor("#757575"))
_RECENT_ROOT = "find/recent"
# Focus gained these ways shows the recent list in an empty box (not when the window comes back to the front,
# a dialog or menu closes, or the list itself hides).
_SHOW_RECENT_ON = (Qt.FocusReason.MouseFocusReason, Qt.FocusReason.TabFocusReason,
                   Qt.FocusReason.BacktabFocusReason, Qt.FocusReason.ShortcutFocusReason,
                   Qt.FocusReason.OtherFocusReason)


# --- the recent list --------------------------------------------------------------------------------------------
class RecentList:
    """The last ``RECENT_COUNT`` orders, cars and customers this operator opened on this PC, newest first, kept in
    QSettings under the database (its URL's hash: a restored or another garage file keeps its own) and the
    operator."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def _key(self) -> str:
        url = str(getattr(self.ctx.db, "url", ""))
        garage = hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]
        return f"{_RECENT_ROOT}/{garage}/{self.ctx.operator_id or 0}"

    def entries(self) -> list[tuple[str, int]]:
        stored = QSettings().value(self._key(), "")
        found = []
        for item in str(stored or "").split():
            kind, _, ident = item.partition(":")
            if kind in ("order", "vehicle", "customer") and ident.isdigit():
                found.append((kind, int(ident)))
        return found

    def touch(self, kind: str, ident: int) -> None:
        keys = [(kind, ident), *[key for key in self.entries() if key != (kind, ident)]][:RECENT_COUNT]
        QSettings().setValue(self._key(), " ".join(f"{k}:{i}" for k, i in keys))


# --- the plates, VINs and phones in memory -----------------------------------------------------------------------
class IndexReader(QObject):
    """The window's ``SearchIndex`` (one per ``AppContext``: ``of``): read on a worker thread a few seconds after
    start-up (``read_ahead``), and again when it goes stale (another garage file's trail). Until it is read the
    search asks the database: the same hits, slower on a big garage."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.setObjectName("searchIndexReader")
        self.ctx = ctx
        self._index: SearchIndex | None = None
        self._worker: threading.Thread | None = None
        self._read: list[SearchIndex] = []

    @staticmethod
    def of(ctx: AppContext) -> IndexReader:
        found = ctx.findChild(QObject, "searchIndexReader")
        return found if isinstance(found, IndexReader) else IndexReader(ctx)

    def start(self) -> None:
        if self._worker is not None:
            return
        from garage_desktop.services.search_index import SearchIndex

        def work() -> None:
            try:
                self._read.append(self.ctx.read(SearchIndex.read))
            except Exception:  # the search asks the database instead
                log.exception("reading the search index failed")

        self._worker = threading.Thread(target=work, name="garage-search-index", daemon=True)
        self._worker.start()

    def busy(self) -> bool:
        return self._worker is not None and self._worker.is_alive()

    def index(self) -> SearchIndex | None:
        """The index once read (taken from the worker here, on the UI thread: only this thread uses it)."""
        if self._worker is not None and not self._worker.is_alive():
            self._worker = None
            if self._read:
                self._index = self._read.pop()
        if self._index is not None and self._index.stale:
            self._index = None
            self.start()
        return self._index


def read_ahead(ctx: AppContext) -> None:
    """Start-up (``ui.app.read_figures_ahead``): read the search index on a worker."""
    IndexReader.of(ctx).start()


# --- the list under the box -------------------------------------------------------------------------------------
class FindPopup(QFrame):
    """A title, the hits a line each (number, stage, plate, car, customer, phone, date, what matched) and the keys."""

    COLUMNS = 8

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("findPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(3)
        self.title = QLabel(self)
        self.title.setObjectName("findTitle")
        self.title.setStyleSheet("font-weight: bold;")
        self.list = QTreeWidget(self)
        self.list.setObjectName("findList")
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the box keeps the focus and the keys
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setMouseTracking(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setColumnCount(self.COLUMNS)
        self.list.setHeaderLabels([self.tr("Number"), self.tr("Stage"), self.tr("Plate"), self.tr("Car"),
                                   self.tr("Customer"), self.tr("Phone"), self.tr("Date"), self.tr("Found by")])
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setStretchLastSection(True)
        self.list.itemEntered.connect(lambda item, _column: self.list.setCurrentItem(item))
        self.keys = QLabel(self.tr("↑ ↓ choose · Enter open · Shift+Enter vehicle history · Esc close"), self)
        self.keys.setObjectName("findKeys")
        self.keys.setStyleSheet("color: #5f6368;")
        for widget in (self.title, self.list, self.keys):
            layout.addWidget(widget)
        self.hide()

    def rows(self) -> int:
        return self.list.topLevelItemCount()

    def hit_at(self, row: int) -> Hit | None:
        item = self.list.topLevelItem(row)
        return item.data(0, _HIT) if item is not None else None

    def current_row(self) -> int:
        item = self.list.currentItem()
        return self.list.indexOfTopLevelItem(item) if item is not None and item.isSelected() else -1

    def set_current_row(self, row: int) -> None:
        if self.rows():
            row = max(0, min(row, self.rows() - 1))
            item = self.list.topLevelItem(row)
            self.list.setCurrentItem(item)
            item.setSelected(True)
            self.list.scrollToItem(item)

    def fill(self, title: str, hits: list[Hit]) -> None:
        self.title.setText(title)
        self.list.clear()
        self.list.addTopLevelItems([self._item(hit) for hit in hits])
        for column in range(1, self.COLUMNS):  # a column empty on every line (no car on file) takes no room
            self.list.setColumnHidden(column, not any(self.list.topLevelItem(row).text(column)
                                                      for row in range(len(hits))))
        self.list.setVisible(bool(hits))
        self.keys.setVisible(bool(hits))
        self.list.clearSelection()
        self.list.setCurrentItem(None)  # nothing chosen until Down or the mouse

    def _item(self, hit: Hit) -> QTreeWidgetItem:
        item = QTreeWidgetItem([self._number(hit), self._stage(hit), hit.plate, hit.car, hit.customer_name, hit.phone,
                                self._date(hit), self._why(hit)])
        item.setData(0, _HIT, hit)
        if hit.kind == "order" and not hit.is_open:
            for column in range(self.COLUMNS):
                item.setForeground(column, DONE)
        return item

    def _number(self, hit: Hit) -> str:
        if hit.kind == "vehicle":
            return self.tr("Car on file")
        if hit.kind == "customer":
            return self.tr("Customer")
        return hit.order_no or self.tr("Booking")

    def _stage(self, hit: Hit) -> str:
        if hit.kind == "vehicle":
            return self.tr("no order yet")
        if hit.kind == "customer":
            return self.tr("no car on file")
        return tr_domain(hit.status_label)

    def _date(self, hit: Hit) -> str:
        if hit.booked_for is not None:
            return f"{hit.booked_for:%Y-%m-%d %H:%M}"
        return f"{hit.received_at:%Y-%m-%d}" if hit.received_at is not None else ""

    def _why(self, hit: Hit) -> str:
        texts = {"number": self.tr("number"), "plate": self.tr("plate"), "phone": self.tr("phone"),
                 "name": self.tr("name"), "initials": self.tr("initials"), "recent": ""}
        if hit.why == "vin":
            return self.tr("VIN …%1").replace("%1", hit.vin[-6:])
        return texts.get(str(hit.why), "")

    def place_under(self, edit: QLineEdit) -> None:
        """Under ``edit``, as wide as the lines need (within the window), as tall as MAX_ROWS lines."""
        parent = self.parentWidget()
        at = edit.mapTo(parent, QPoint(0, edit.height() + 1))
        header = self.list.header()
        wanted = sum(max(header.sectionSize(c), header.sectionSizeHint(c)) for c in range(self.COLUMNS)
                     if not self.list.isColumnHidden(c)) + 2 * self.list.frameWidth() + 16
        width = min(max(wanted, self.title.sizeHint().width() + 16, self.keys.sizeHint().width() + 16,
                        edit.width()), parent.width() - at.x() - 6)
        rows = min(self.rows(), MAX_ROWS)
        row_height = self.list.sizeHintForRow(0) if self.rows() else 0
        list_height = (header.sizeHint().height() + rows * row_height + 2 * self.list.frameWidth() + 2) if rows else 0
        if rows:
            self.list.setFixedHeight(list_height)
        layout = self.layout()
        margins = layout.contentsMargins()
        height = (margins.top() + margins.bottom() + self.title.sizeHint().height()
                  + (list_height + self.keys.sizeHint().height() + 2 * layout.spacing() if rows else 0) + 2)
        self.setGeometry(at.x(), at.y(), width, min(height, parent.height() - at.y() - 6))
        self.raise_()


# --- the box ----------------------------------------------------------------------------------------------------
class _OutsideWatch(QObject):
    """While the list shows: a click anywhere but on the box or the list, or the window resized or hidden,
    closes it (a click on a tab's bar or a label does not take the focus from the box)."""

    def __init__(self, box: FindBox) -> None:
        super().__init__(box)
        self.box = box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.box.window and kind in (QEvent.Type.Resize, QEvent.Type.Hide):
            self.box.hide()
        elif kind == QEvent.Type.MouseButtonPress and isinstance(watched, QWidget) and self.box.is_shown():
            popup = self.box.popup
            if not (watched is self.box.edit or watched is popup or popup.isAncestorOf(watched)):
                self.box.hide()
        return False


class FindBox(QObject):
    """Drives the window's search box ``edit``: searching as the user types, the list, opening the chosen hit,
    and the recent list. ``window`` is the main window (its tabs, for a customer opened in the intake tab)."""

    def __init__(self, ctx: AppContext, edit: QLineEdit, window: QMainWindow) -> None:
        super().__init__(edit)
        self.ctx, self.edit, self.window = ctx, edit, window
        self.recent = RecentList(ctx)
        self.popup = FindPopup(edit.parentWidget())
        self.hits: list[Hit] = []
        self.searched: str | None = None  # the text ``hits`` are for (None: the recent list)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self._typed_pause)
        self.outside = _OutsideWatch(self)
        edit.textEdited.connect(lambda _text: self.timer.start())
        edit.installEventFilter(self)
        edit.setToolTip(self.tr("Find an order by its number, plate, customer name, pinyin initials, phone or the "
                                "last characters of the VIN; when empty, the orders and customers opened last on "
                                "this PC (Ctrl+F)"))
        self.popup.list.itemClicked.connect(lambda item, _column: self.open_row(self.popup.list.indexOfTopLevelItem(
            item)))
        ctx.current_order_changed.connect(self._order_touched)
        ctx.data_changed.connect(self._data_changed)

    # --- searching ------------------------------------------------------------------------------------------
    def search_now(self) -> list[Hit]:
        """Search for the box's text now and show the hits (an empty box: the recent list); returns them."""
        from garage_desktop.services import find

        self.timer.stop()
        text = self.edit.text().strip()
        if not text:
            return self.show_recent()
        if len(text) < find.MIN_TEXT:  # one character finds half the garage: wait for more
            self.hits, self.searched = [], text
            self.hide()
            return self.hits
        self.hits = self.ctx.read_core(find.find, text, LIMIT, IndexReader.of(self.ctx).index())
        self.searched = text
        if not self.hits:
            title = self.tr("Nothing found for “%1”.").replace("%1", text)
        elif len(self.hits) >= LIMIT:
            title = self.tr("The first %n hits for “%1”: type more to narrow them down.", "", len(self.hits)) \
                .replace("%1", text)
        else:
            title = self.tr("%n hit(s) for “%1”", "", len(self.hits)).replace("%1", text)
        self._show(title)
        return self.hits

    def show_recent(self) -> list[Hit]:
        """The orders, cars and customers opened last on this PC (nothing shown when there are none)."""
        from garage_desktop.services import find

        self.timer.stop()
        keys = self.recent.entries()
        self.hits = self.ctx.read_core(find.recent, keys) if keys else []
        self.searched = None
        if self.hits:
            self._show(self.tr("Opened last on this PC"))
        else:
            self.hide()
        return self.hits

    def _typed_pause(self) -> None:
        if self.edit.hasFocus():
            self.search_now()

    def _show(self, title: str) -> None:
        self.popup.fill(title, self.hits)
        self.popup.place_under(self.edit)
        self.popup.show()
        self.popup.raise_()
        QApplication.instance().installEventFilter(self.outside)  # a click elsewhere closes the list
        self.window.installEventFilter(self.outside)

    def hide(self) -> None:
        if self.popup.isVisible():
            self.popup.hide()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.outside)
        self.window.removeEventFilter(self.outside)

    def is_shown(self) -> bool:
        return self.popup.isVisible()

    def focus(self) -> None:
        """Ctrl+F: the box, its text selected; an empty box shows the recent list."""
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()
        if not self.edit.text().strip() and not self.is_shown():
            self.show_recent()

    # --- opening --------------------------------------------------------------------------------------------
    def open_row(self, row: int, *, history: bool = False) -> None:
        hit = self.popup.hit_at(row) if 0 <= row < self.popup.rows() else None
        if hit is not None:
            self.open_hit(hit, history=history)

    def open_hit(self, hit: Hit, *, history: bool = False) -> None:
        """An order in the tab of its stage; a car without an order (or, ``history``, any hit's car) in its vehicle
        history; a customer with neither in the intake tab, to take their car in."""
        self.hide()
        self.edit.selectAll()
        if (history and hit.vehicle_id is not None) or hit.kind == "vehicle":
            from garage_desktop.ui.dialogs import vehicle_history_dialog

            if hit.kind == "vehicle":
                self.recent.touch("vehicle", hit.vehicle_id)
            vehicle_history_dialog.show_vehicle_history(self.ctx, hit.vehicle_id, self.window)
            return
        if hit.kind == "order" and hit.order_id is not None:
            self.ctx.open_order_requested.emit(hit.order_id)  # the window: current order, the tab of its stage
            return
        if hit.kind == "customer" and hit.customer_id is not None:
            self._open_customer(hit)

    def _open_customer(self, hit: Hit) -> None:
        from garage_desktop.services.customers import VehicleMatch

        self.recent.touch("customer", hit.customer_id)
        self.ctx.set_current_order(None)
        self.ctx.show_tab_requested.emit("intake")
        intake = self.window.tabs["intake"]  # type: ignore[attr-defined]
        intake.pick_match(VehicleMatch(None, hit.customer_id, "", "", "", "", hit.customer_name, hit.phone, None))

    def _enter(self, shift: bool) -> None:
        row = self.popup.current_row() if self.is_shown() else -1
        if row >= 0:
            self.open_row(row, history=shift)
            return
        text = self.edit.text().strip()
        if self.timer.isActive() or not self.is_shown() or self.searched != text:
            self.search_now()
        if text and len(self.hits) == 1:
            self.open_hit(self.hits[0], history=shift)
        elif text and not self.hits:
            self.hide()
            self.window.statusBar().showMessage(self.tr("Nothing found for “%1”.").replace("%1", text), 5000)

    # --- the recent list ------------------------------------------------------------------------------------
    def _order_touched(self, order_id: int | None) -> None:
        if order_id:
            self.recent.touch("order", order_id)

    def _data_changed(self, topics: frozenset[str]) -> None:
        if "orders" in topics and self.ctx.current_order_id:
            self.recent.touch("order", self.ctx.current_order_id)  # changed here: first in the list

    # --- keys, focus and clicks -----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.edit:
            return False
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(event)
        if kind == QEvent.Type.FocusIn and isinstance(event, QFocusEvent) \
                and event.reason() in _SHOW_RECENT_ON and not self.edit.text().strip():
            QTimer.singleShot(0, self._recent_if_still_empty)
        elif kind == QEvent.Type.FocusOut and isinstance(event, QFocusEvent) \
                and event.reason() != Qt.FocusReason.PopupFocusReason:
            self.hide()  # Tab, a click elsewhere, the lock screen (not the box's own right-click menu)
        return False

    def _recent_if_still_empty(self) -> None:
        if self.edit.hasFocus() and not self.edit.text().strip() and not self.is_shown():
            self.show_recent()

    def _key(self, event: QKeyEvent) -> bool:
        key = event.key()
        shown = self.is_shown() and self.popup.rows() > 0
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._enter(bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
            return True
        if key == Qt.Key.Key_Escape and self.is_shown():
            self.hide()
            return True
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            if not shown:
                if key == Qt.Key.Key_Down:
                    self.search_now()
                    return True
                return False
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: MAX_ROWS - 1,
                    Qt.Key.Key_PageUp: -(MAX_ROWS - 1)}[key]
            row = self.popup.current_row()
            self.popup.set_current_row(0 if row < 0 and step > 0 else row + step)
            return True
        if key == Qt.Key.Key_Tab or key == Qt.Key.Key_Backtab:
            self.hide()
        return False


def attach(ctx: AppContext, edit: QLineEdit, window: QMainWindow) -> FindBox:
    """Make ``edit`` the window's find-anything box."""
    return FindBox(ctx, edit, window)

