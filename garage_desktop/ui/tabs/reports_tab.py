"""報表 The KPI tab: a month's figures as big tiles, the 12-month trend of the chosen figure, the orders behind
it, and the month-end workbook. Every number comes from ``services.reports`` (the workbook's too).

The figures are kept between clicks (``services.report_cache``, one cache per window, ``FiguresReader``): read
once, off the UI thread (ahead of time a few seconds after start-up, ``read_ahead``; a month not read yet when
chosen is read then, its tiles saying so meanwhile), then kept up to date from the audit trail: a month or a tile
already read reads nothing, a change re-reads only the orders it touched.

Counts say what they count: the figures count orders (an order, 單, is one visit: the same car twice is two), so
only "different vehicles" speaks of cars. Rate charts run from 0 % to 100 %: a scale starting at 80 % would make
a drop from 95 % to 90 % look like a fall by half; the chosen month's values are written beside their points.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from garage_desktop.documents.month import MonthKpis
from garage_desktop.domain.classes import LABELS, Payer
from garage_desktop.domain.kpi import OrderFacts, Rate, month_period, shift_month
from garage_desktop.domain.money import format_yuan
from garage_desktop.services import clock, reports
from garage_desktop.services.report_cache import FarRead, MonthsRead, ReportCache, Shown, first_month
from garage_desktop.services.reports import Dashboard, Figure, OrderLine, order_line
from garage_desktop.ui.background import Background, Failed
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.errors import tr_domain
from garage_desktop.ui.forms.ui_reports_tab import Ui_ReportsTab
from garage_desktop.ui.runner import run_with_progress
from garage_desktop.ui.widgets import order_menu
from garage_desktop.ui.widgets.trend_chart import MARKERS, PALETTE, FigureTile, Series

log = logging.getLogger(__name__)

MONTHS_OFFERED = 36
TREND_MONTHS = 12
AHEAD_MONTHS = 6  # after a month is shown, the months before its trend are read on a worker (the next choices)
AHEAD_IDLE_MS = 1500  # … once the tab has been left alone this long (a worker competes with the clicks)
BACKFILL_PAUSE_MS = 150  # between two far months' figures computed after start-up: the UI thread has the GIL
REFRESH_TOPICS = frozenset({"orders", "settings"})
GOOD, FAIR, POOR, NEUTRAL = "#2e7d32", "#ef6c00", "#c62828", "#263238"
RESIZE_ROWS = 30  # the orders' columns fit the first rows, measured once a list (a month's 1,500 are not all)
ORDER_ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
_ROLES_ANSWERED = frozenset({ORDER_ID_ROLE, SORT_ROLE, Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                             Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.TextAlignmentRole})
RATE_FIGURES = (Figure.FIRST_TIME_FIX, Figure.ON_TIME, Figure.ON_TIME_ORIGINAL, Figure.FOLLOW_UP, Figure.COMEBACK)


def ask_save_path(parent: QWidget | None, suggested: str) -> str:
    """Where to save the workbook ("" when the user cancels); tests replace this."""
    title = QCoreApplication.translate("ReportsTab", "Export month-end workbook")
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, "Excel (*.xlsx)")
    return path


def _percent(ratio: Decimal | None) -> str:
    return "—" if ratio is None else f"{ratio * 100:.1f}%"


def _when(moment: datetime | None) -> str:
    """A time in the orders table: the month is on screen, so no year (the tooltip has it), and the Hours and
    Total columns fit beside four of these."""
    return f"{moment:%m-%d %H:%M}" if moment else ""


class FiguresReader(QObject):
    """The window's ``ReportCache`` (one per ``AppContext``: ``of``) and the reads that fill it, all on a worker
    thread (``ahead``, one read at a time through ``ui.background``): the month chosen first (``ensure``), then its
    trend, then the months before it; merged on the UI thread, which never waits for them."""

    merged = Signal()  # months read on the worker were taken in (the trend fills in)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.setObjectName("figuresReader")
        self.ctx = ctx
        self.cache = ReportCache()
        self._queue: list[list[date]] = []
        self._background = Background(self, "garage-figures", self._collect)
        self._frozen = False
        self._far_running = False  # the job running is the backfill's
        self._backfill = False  # the far months' figures computed when the worker has nothing else (``backfill``)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(BACKFILL_PAUSE_MS)
        self._pause.timeout.connect(self._backfill_step)

    @staticmethod
    def of(ctx: AppContext) -> FiguresReader:
        found = ctx.findChild(QObject, "figuresReader")
        return found if isinstance(found, FiguresReader) else FiguresReader(ctx)

    def busy(self) -> bool:
        """Months asked for are being read (the backfill apart: ``backfilling``)."""
        return bool(self._queue) or (self._background.busy() and not self._far_running)

    def backfilling(self) -> bool:
        """The backfill has far months left to compute (or is computing one)."""
        if not self._backfill:
            return False
        return self._background.busy() or self.cache.first_month is None or \
            self.cache.next_far(self.window_start(), TREND_MONTHS) is not None

    @staticmethod
    def window_start() -> date:
        """The first month of the window read ahead at start-up: the months before it are far."""
        current = clock.now().date().replace(day=1)
        return ReportCache.window(current, TREND_MONTHS + AHEAD_MONTHS)[0]

    def backfill(self) -> None:
        """Compute the figures of every month before the window, back to the garage's first, and keep them alone
        (``ReportCache.keep_far``): newest first, one month per job, each started only when the worker has
        nothing asked for and after a pause, so that neither a month chosen nor the window waits behind it."""
        self._backfill = True
        self._next()

    def ahead(self, months: list[date], *, one_by_one: bool = False, facts_of: date | None = None) -> None:
        """Read ``months`` (those neither read nor kept yet; ``facts_of`` even when its figures are kept: the
        orders behind them) on a worker thread, in one pass or (``one_by_one``) a month at a time, so that the
        month chosen next never waits long behind a read it does not need."""
        missing = [m for m in months if m not in self.cache.loaded_months()
                   and (m == facts_of or not self.cache.has_figures(m))]
        self._queue = [[m] for m in missing] if one_by_one else [missing] if missing else []
        if not self._queue and not self.cache.has_deposits():
            self._queue = [[]]
        self._next()

    def _next(self) -> None:
        while not self._background.busy() and self._queue:
            months = [m for m in self._queue.pop(0) if m not in self.cache.loaded_months()]
            if not months and self.cache.has_deposits():
                continue
            job = self.cache.read_job(months)
            self._far_running = False
            self._background.start(lambda job=job: self.ctx.read(job))
        if self._backfill and not self._background.busy() and not self._queue and not self._pause.isActive():
            self._pause.start()  # the next far month after a pause (the worker would hold the GIL at each click)

    def _backfill_step(self) -> None:
        if self._background.busy() or self._queue:
            return  # a read asked for runs first; its end starts the pause again
        cache = self.cache
        if cache.first_month is None:
            if cache.has_deposits():
                self._far_running = True
                self._background.start(lambda: self.ctx.read(first_month) or False)
            return
        month = cache.next_far(self.window_start(), TREND_MONTHS)
        if month is not None:
            self._far_running = True
            job = cache.far_job(month)
            self._background.start(lambda: self.ctx.read(job))

    def _collect(self, outcome: object) -> None:
        """On the UI thread, once a read on the worker has ended: its months taken in, the next read started."""
        far, self._far_running = self._far_running, False
        if far and isinstance(outcome, Failed):  # not tried again before the next start: a month chosen is read
            self._backfill = False
            log.warning("computing the far months' figures on the worker failed", exc_info=outcome.error)
            self._next()
            return
        if far:
            if isinstance(outcome, FarRead):
                if self.cache.keep_far(outcome):
                    self.merged.emit()  # a trend shown may have waited for it
            else:  # the first month (False: no orders yet: the backfill has nothing to do)
                self.cache.first_month = outcome or self.cache.first_month
                if not outcome:
                    self._backfill = False
            self._next()
            return
        taken = isinstance(outcome, MonthsRead)
        if taken:
            self.cache.merge(outcome)
        else:  # what a read ahead missed is read on demand
            error = outcome.error if isinstance(outcome, Failed) else None
            log.warning("reading the figures on the worker failed", exc_info=error)
        self._next()
        if not taken:
            self.merged.emit()  # a month waited for is read on the UI thread (``read_now``)
            return
        if not self._frozen:
            # The figures read at start-up (most of what is ever kept) live as long as the window: a full garbage
            # collection would walk each of their objects again (a quarter of a second on ten years of a busy
            # garage, at a random click); frozen, collections walk only what was made since. Once: a freeze
            # also keeps for good whatever cyclic garbage is waiting at that moment. (Reference counting still
            # frees the facts when dropped.)
            gc.freeze()
            self._frozen = True
        self.merged.emit()

    def ensure(self, month: date) -> Dashboard | None:
        """The dashboard of ``month``, never waiting for a read: the changes since the last look read (a lookup or
        two), then, if the month itself was read or its figures are kept (a far month, ``backfill``), its figures
        (the months of its trend neither read nor kept are None, read on the worker newest first; a far month's
        own facts, for the orders behind its figures, read first); if not, None, and the month is read on the
        worker first, then its trend (``merged`` says when more came in). A month years back not kept yet is a
        quarter of a second to read on ten years of a busy garage: the window goes on answering meanwhile. The
        months the window no longer shows are let go (``kept_months``; their figures kept as far months')."""
        cache = self.cache
        cache.keep(kept_months(month))
        self.ctx.read(cache.refresh)
        later = [m for m in reversed(ReportCache.window(month, TREND_MONTHS)) if not cache.has_figures(m)]
        if cache.has_figures(month) and cache.has_deposits():
            self.ahead([month, *later], one_by_one=True, facts_of=month)
            return cache.dashboard(month, TREND_MONTHS, partial=True)
        self.ahead([month, *[m for m in later if m != month]], one_by_one=True)
        return None

    def read_now(self, parent: QWidget, month: date) -> None:
        """Read ``month`` here, behind a progress dialog: the worker's read of it failed (a database busy for
        a moment, say). A failure here shows as any other."""
        if month in self.cache.loaded_months() and self.cache.has_deposits():
            return
        job = self.cache.read_job([] if month in self.cache.loaded_months() else [month])
        label = QCoreApplication.translate("ReportsTab", "Reading the figures…")
        self.cache.merge(run_with_progress(parent, label, lambda _progress: self.ctx.read(job)))


def kept_months(month: date) -> list[date]:
    """The months whose figures the window keeps while ``month`` is shown: this month's trend and the months read
    ahead before it (where the tab opens), and the same of ``month``. A month chosen before and outside both is
    let go (``ReportCache.keep``): browsing back through ten years keeps two years' figures, not ten."""
    current = clock.now().date().replace(day=1)
    return ReportCache.window(current, TREND_MONTHS + AHEAD_MONTHS) + ReportCache.window(
        month, TREND_MONTHS + AHEAD_MONTHS)


def read_ahead(ctx: AppContext) -> None:
    """Start-up (``ui.app``): read this month's trend and the months before it on a worker, so the tab's first
    show, and the first few months chosen, have them; then compute and keep the figures of every month before
    them (``FiguresReader.backfill``), so a month years back shows at once."""
    reader = FiguresReader.of(ctx)
    reader.ahead(ReportCache.window(clock.now().date().replace(day=1), TREND_MONTHS + AHEAD_MONTHS))
    reader.backfill()


class _OrdersModel(QAbstractTableModel):
    """The orders behind a figure, a row each, for the table view: Qt asks for the rows it paints, and a click on
    a header sorts the rows in Python (dates and amounts as such, not as text) — a month's 1,500 deliveries list
    and sort at once, where as many table items took a second. A row's line (``reports.order_line``) is made when
    the row is first painted or sorted by a figure of its own: by the order number (as the list opens), the plate
    or the customer, a month's orders sort on their names alone (issue 20)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.rows: list[tuple[OrderFacts, Shown]] = []  # the orders' facts and names, as kept when listed
        self.counted: frozenset[int] = frozenset()
        self.rated = False
        self.headers: list[str] = []
        self._lines: dict[int, OrderLine] = {}  # order id → its line, made when first needed
        self._texts: dict[int, list[tuple[str, object]]] = {}  # order id → its cells, made when first asked for

    def set_rows(self, rows: list[tuple[OrderFacts, Shown]], counted: frozenset[int], rated: bool,
                 headers: list[str]) -> None:
        self.beginResetModel()
        self.rows, self.counted, self.rated, self.headers = rows, counted, rated, headers
        self._lines, self._texts = {}, {}
        self.endResetModel()

    def order_id(self, row: int) -> int:
        return self.rows[row][0].order_id

    def line(self, row: tuple[OrderFacts, Shown]) -> OrderLine:
        facts, shown = row
        made = self._lines.get(facts.order_id)
        if made is None:
            made = self._lines[facts.order_id] = order_line(facts, shown.order_no, shown.plate, shown.customer,
                                                            facts.order_id in self.counted)
        return made

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def _cells(self, row: tuple[OrderFacts, Shown]) -> list[tuple[str, object]]:
        order_id = row[0].order_id
        made = self._texts.get(order_id)
        if made is None:
            line = self.line(row)
            made = self._texts[order_id] = [(text(line), key(line)) for text, key in self._columns()]
        return made

    def _columns(self) -> list[tuple[Callable[[OrderLine], str], Callable[[OrderLine], object]]]:
        """(the cell's text, the value it sorts by) per column."""
        columns: list[tuple[Callable[[OrderLine], str], Callable[[OrderLine], object]]] = [
            (lambda line: line.order_no, lambda line: line.order_no)]
        if self.rated:
            columns.append((lambda line: "✓" if line.counted else "✗", lambda line: int(line.counted)))
        columns += [(lambda line: line.plate, lambda line: line.plate),
                    (lambda line: line.customer, lambda line: line.customer),
                    (lambda line: tr_domain(line.status_label), lambda line: tr_domain(line.status_label))]
        for moment in ("received_at", "ready_at", "promised_at", "delivered_at"):
            columns.append((lambda line, m=moment: _when(getattr(line, m)), lambda line, m=moment: getattr(line, m)))
        columns += [(lambda line: "" if line.hours_in_shop is None else f"{line.hours_in_shop:.1f}",
                     lambda line: None if line.hours_in_shop is None else float(line.hours_in_shop)),
                    (lambda line: format_yuan(line.total), lambda line: float(line.total))]
        return columns

    def _sort_key_of(self, column: int) -> Callable[[tuple[OrderFacts, Shown]], object]:
        """What a row sorts by in ``column``: the names without making the row's line."""
        named = {0: "order_no", 2: "plate", 3: "customer"} if self.rated else {0: "order_no", 1: "plate",
                                                                              2: "customer"}
        if column in named:
            return lambda row, name=named[column]: getattr(row[1], name)
        if self.rated and column == 1:
            return lambda row: int(row[0].order_id in self.counted)
        value_of = self._columns()[column][1]
        return lambda row: value_of(self.line(row))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role not in _ROLES_ANSWERED or not index.isValid():  # Qt asks a cell for a dozen roles as it paints
            return None
        row, column = self.rows[index.row()], index.column()
        if role == ORDER_ID_ROLE:
            return row[0].order_id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells(row)[column][0]
        if role == SORT_ROLE:
            return self._cells(row)[column][1]
        if role == Qt.ItemDataRole.ToolTipRole:
            key = self._cells(row)[column][1]
            return f"{key:%Y-%m-%d %H:%M}" if isinstance(key, datetime) else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if self.rated and column == 1:
                return QColor(GOOD if row[0].order_id in self.counted else POOR)
            return None
        if self.rated and column == 1:  # the alignment
            return Qt.AlignmentFlag.AlignCenter
        if column >= len(self.headers) - 2:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.headers):
            return

        value_of = self._sort_key_of(column)

        def key(row: tuple[OrderFacts, Shown]) -> tuple[bool, object]:
            value = value_of(row)
            return value is not None, value if value is not None else 0  # empty cells first, as before

        self.layoutAboutToBeChanged.emit()
        self.rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


class ReportsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_ReportsTab()
        self.ui.setupUi(self)
        self.dashboard: Dashboard | None = None
        self.reader = FiguresReader.of(ctx)
        self.reader.merged.connect(self._months_read)
        self._ahead = QTimer(self)
        self._ahead.setSingleShot(True)
        self._ahead.setInterval(AHEAD_IDLE_MS)
        self._ahead.timeout.connect(self._read_ahead)
        self.figure = Figure.FIRST_TIME_FIX
        self._stale = True  # read when first shown
        self._orders_wait = False  # the orders behind a far month's figures are being read (its facts)
        ui = self.ui
        self.tiles: dict[Figure, FigureTile] = {
            Figure.FIRST_TIME_FIX: ui.firstTimeFixTile, Figure.ON_TIME: ui.onTimeTile,
            Figure.ON_TIME_ORIGINAL: ui.onTimeOriginalTile, Figure.FOLLOW_UP: ui.followUpTile,
            Figure.COMEBACK: ui.comebackTile, Figure.HOURS_IN_SHOP: ui.hoursTile, Figure.CARS_DELIVERED: ui.carsTile,
            Figure.REVENUE: ui.revenueTile, Figure.REVENUE_BY_PAYER: ui.payerTile,
            Figure.OPEN_DEPOSITS: ui.depositsTile}
        for figure, tile in self.tiles.items():
            tile.activated.connect(lambda f=figure: self.choose_figure(f))
        self._fill_months()
        ui.monthCombo.currentIndexChanged.connect(lambda _index: self._month_changed())
        ui.trendChart.monthClicked.connect(self._month_clicked)
        ui.exportButton.clicked.connect(self.export_workbook)
        ui.ehrButton.clicked.connect(self.open_health_record)
        table = ui.ordersTable
        self.orders = _OrdersModel(self)
        table.setModel(self.orders)
        table.setSortingEnabled(True)
        header = table.horizontalHeader()
        header.setResizeContentsPrecision(RESIZE_ROWS)
        header.setStretchLastSection(False)
        table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        order_menu.attach(ctx, table, order_menu.first_column(ORDER_ID_ROLE))  # the orders' right-click menu
        table.installEventFilter(self)
        table.verticalHeader().hide()
        ui.bottomSplitter.setSizes([450, 810])  # the twelve months fit a narrower chart; the orders need the room
        ui.statusLabel.setWordWrap(False)

    # --- month -----------------------------------------------------------------------------------------------
    def _fill_months(self) -> None:
        combo = self.ui.monthCombo
        combo.blockSignals(True)
        current = clock.now().date().replace(day=1)
        for step in range(MONTHS_OFFERED):
            month = shift_month(current, -step)
            combo.addItem(f"{month:%Y-%m}", month)
        combo.setCurrentIndex(0)
        combo.blockSignals(False)

    def month(self) -> date:
        return self.ui.monthCombo.currentData()

    def set_month(self, month: date) -> None:
        combo, wanted = self.ui.monthCombo, month.replace(day=1)
        # (findData cannot match a Python date held in the combo: compare the items' data here)
        index = next((i for i in range(combo.count()) if combo.itemData(i) == wanted), -1)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _month_changed(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def _month_clicked(self, index: int) -> None:
        if self.dashboard is not None:  # the months of the chart as drawn
            months = ReportCache.window(self.dashboard.month.month, len(self.dashboard.trend))
            if 0 <= index < len(months):
                self.set_month(months[index])

    # --- loading ---------------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Show the month and its trend: from the figures kept (``FiguresReader``), what changed read again, what
        was never read read off the UI thread (twelve months of a busy garage take a moment); then the months
        before the trend are read ahead on a worker."""
        self._stale = False
        month = self.month()
        self.dashboard = self.reader.ensure(month)
        self._ahead.start()  # the months before the trend, read on a worker once the tab is left alone
        period = month_period(month)
        last_day = period.end - timedelta(days=1)
        self.ui.periodLabel.setText(self.tr("%1 to %2").replace("%1", f"{period.start:%Y-%m-%d}")
                                    .replace("%2", f"{last_day:%Y-%m-%d}"))
        if self.dashboard is None:
            self._show_reading(month)
            return
        self._show_tiles(self.dashboard.month)
        self.choose_figure(self.figure)

    def _show_reading(self, month: date) -> None:
        """The month chosen is being read on the worker (``_months_read`` shows it): its tiles say so, its trend
        and its orders are empty; a tile clicked meanwhile is the figure shown once it is there."""
        reading = QCoreApplication.translate("ReportsTab", "Reading the figures…")
        for tile in self.tiles.values():
            tile.set_figure("…", tile.caption(), reading, NEUTRAL)
        months = ReportCache.window(month, TREND_MONTHS)
        self.ui.trendChart.set_trend(self.tiles[self.figure].caption(),
                                     [f"{m:%m}" if m.month != 1 else f"{m:%Y-%m}" for m in months], [],
                                     value_format=lambda _value: "", selected=len(months) - 1)  # no scale yet
        self.ui.ordersTitle.setText(f"<b>{reading}</b>")
        self.orders.set_rows([], frozenset(), False, [])

    def _read_ahead(self) -> None:
        if self.isVisible():
            # what is left of the trend, then the months before it (the next choices): newest first
            earlier = ReportCache.window(shift_month(self.month(), -1), TREND_MONTHS - 1 + AHEAD_MONTHS)
            self.reader.ahead([self.month(), *reversed(earlier)], one_by_one=True,
                              facts_of=self.month())  # the month, if still to come

    def _months_read(self) -> None:
        """Months read (or far months' figures computed) on the worker since the tab was drawn: the month chosen,
        when it was being read, shown now; else a far month's orders listed once its facts are in, and the months of
        its trend drawn again with them (the tiles are the month's already)."""
        dashboard = self.dashboard
        if self._stale:
            return
        if dashboard is None:  # the month chosen was being read: shown once it is there
            cache = self.reader.cache
            if cache.has_figures(self.month()) and cache.has_deposits():
                self.reload()
            elif not self.reader.busy():  # the worker's read failed: read here
                self.reader.read_now(self, self.month())
                self.reload()
            return
        cache = self.reader.cache
        if self._orders_wait and self.month() in cache.loaded_months():  # a far month's orders: listed now
            self._show_orders()
        elif self._orders_wait and not self.reader.busy():  # the worker's read of them failed: read here
            self.reader.read_now(self, self.month())
            self._show_orders()
        if None not in dashboard.trend:
            return
        months = ReportCache.window(dashboard.month.month, len(dashboard.trend))
        if any(kept is None and cache.has_figures(month)
               for kept, month in zip(dashboard.trend, months, strict=True)):
            self.dashboard = cache.dashboard(dashboard.month.month, TREND_MONTHS, partial=True)
            self._show_trend()

    def on_data_changed(self, topics: frozenset[str]) -> None:
        if topics & REFRESH_TOPICS:
            if self.isVisible():
                self.reload()
            else:
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    # --- tiles -----------------------------------------------------------------------------------------------
    def _rate_tile(self, figure: Figure, caption: str, rate: Rate, detail: str, *, lower_is_better: bool = False,
                   good: Decimal = Decimal("0.95"), fair: Decimal = Decimal("0.85")) -> None:
        colour = NEUTRAL
        if rate.ratio is not None:
            score = 1 - rate.ratio if lower_is_better else rate.ratio
            colour = GOOD if score >= good else FAIR if score >= fair else POOR
        text = detail.replace("%1", str(rate.numerator)).replace("%2", str(rate.denominator))
        self.tiles[figure].set_figure(_percent(rate.ratio), caption, text, colour)

    def _show_tiles(self, kpis: MonthKpis) -> None:
        self._rate_tile(Figure.FIRST_TIME_FIX, self.tr("First-time fix rate"), kpis.first_time_fix,
                        self.tr("%1 of %2 deliveries"))
        self._rate_tile(Figure.ON_TIME, self.tr("On time (promise in force)"), kpis.on_time,
                        self.tr("%1 of %2 orders ready"), good=Decimal("0.90"), fair=Decimal("0.80"))
        self._rate_tile(Figure.ON_TIME_ORIGINAL, self.tr("On time (original promise)"), kpis.on_time_original,
                        self.tr("%1 of %2 orders ready"), good=Decimal("0.90"), fair=Decimal("0.80"))
        self._rate_tile(Figure.FOLLOW_UP, self.tr("Followed up within 2 days"), kpis.follow_up,
                        self.tr("%1 of %2 deliveries"), good=Decimal("0.90"), fair=Decimal("0.75"))
        self._rate_tile(Figure.COMEBACK, self.tr("Comeback rate"), kpis.comeback,
                        self.tr("%1 of %2 deliveries came back"), lower_is_better=True, good=Decimal("0.98"),
                        fair=Decimal("0.95"))
        hours = kpis.hours_in_shop
        self.tiles[Figure.HOURS_IN_SHOP].set_figure(
            "—" if hours.value is None else self.tr("%1 h").replace("%1", f"{hours.value}"),
            self.tr("Average time in the shop"),
            self.tr("received to handover, %1 orders").replace("%1", str(hours.count)))
        self.tiles[Figure.CARS_DELIVERED].set_figure(
            str(kpis.cars_delivered), self.tr("Orders delivered"),
            self.tr("%1 different vehicles").replace("%1", str(kpis.vehicles_delivered)))
        revenue = kpis.revenue
        split = self.tr("Labour %1 · Parts %2").replace("%1", format_yuan(revenue.labour)).replace(
            "%2", format_yuan(revenue.parts))
        if revenue.outside:  # 外加工費 (issue 16)
            split += " · " + self.tr("Outside work %1").replace("%1", format_yuan(revenue.outside))
        self.tiles[Figure.REVENUE].set_figure(format_yuan(revenue.total), self.tr("Revenue (orders settled)"), split)
        mine = revenue.of(Payer.SELF)
        self.tiles[Figure.REVENUE_BY_PAYER].set_figure(
            f"{tr_domain(LABELS[Payer.SELF])} {format_yuan(mine.total)}", self.tr("Revenue by payer"),
            " · ".join(f"{tr_domain(LABELS[p.payer])} {format_yuan(p.total)}" for p in revenue.by_payer
                       if p.payer is not Payer.SELF))
        self.tiles[Figure.OPEN_DEPOSITS].set_figure(
            str(len(kpis.open_deposits)), self.tr("Open deposits"),
            self.tr("%1 held").replace("%1", format_yuan(kpis.open_deposit_total)),
            FAIR if kpis.open_deposits else NEUTRAL)

    def choose_figure(self, figure: Figure) -> None:
        self.figure = figure
        if self._ahead.isActive():
            self._ahead.start()  # still busy here: the reading ahead waits
        for key, tile in self.tiles.items():
            tile.set_chosen(key is figure)
        if self.dashboard is not None:
            self._show_trend()
            self._show_orders()

    # --- the trend -------------------------------------------------------------------------------------------
    def _show_trend(self) -> None:
        assert self.dashboard is not None
        series_of = self.dashboard.trend  # None: a month still being read (``_months_read`` draws it)
        months = ReportCache.window(self.dashboard.month.month, len(series_of))
        labels = [f"{m:%m}" if m.month != 1 else f"{m:%Y-%m}" for m in months]
        selected = len(series_of) - 1
        chart, title = self.ui.trendChart, self.tiles[self.figure].caption()
        styles = iter(zip(PALETTE, MARKERS, strict=False))

        def line(name: str, values: list[float | None]) -> Series:
            colour, marker = next(styles)
            return Series(name, tuple(values), colour, marker)

        def ratio(pick: Callable[[MonthKpis], Rate]) -> list[float | None]:
            return [None if k is None or (r := pick(k).ratio) is None else float(r) for k in series_of]

        def each(value: Callable[[MonthKpis], float | None]) -> list[float | None]:
            return [None if k is None else value(k) for k in series_of]

        figure, caption = self.figure, title
        if figure in (Figure.ON_TIME, Figure.ON_TIME_ORIGINAL):
            series = [line(self.tr("Promise in force"), ratio(lambda k: k.on_time)),
                      line(self.tr("Original promise"), ratio(lambda k: k.on_time_original))]
            chart.set_trend(self.tr("On-time delivery, last 12 months"), labels, series, ceiling=1.0, floor=0.0,
                            value_format=lambda v: f"{v * 100:.0f}%", selected=selected)
        elif figure in RATE_FIGURES:
            pick = {Figure.FIRST_TIME_FIX: lambda k: k.first_time_fix, Figure.FOLLOW_UP: lambda k: k.follow_up,
                    Figure.COMEBACK: lambda k: k.comeback}[figure]
            values = ratio(pick)
            chart.set_trend(self.tr("%1, last 12 months").replace("%1", caption), labels, [line(caption, values)],
                            ceiling=1.0, floor=0.0, value_format=lambda v: f"{v * 100:.0f}%", selected=selected)
        elif figure is Figure.HOURS_IN_SHOP:
            values = each(lambda k: None if k.hours_in_shop.value is None else float(k.hours_in_shop.value))
            chart.set_trend(self.tr("%1, last 12 months").replace("%1", caption), labels,
                            [line(self.tr("Hours"), values)],
                            value_format=lambda v: f"{v:.0f} h" if v >= 10 else f"{v:.1f} h", selected=selected)
        elif figure is Figure.CARS_DELIVERED:
            chart.set_trend(self.tr("%1, last 12 months").replace("%1", caption), labels,
                            [line(caption, each(lambda k: float(k.cars_delivered)))], stacked=True,
                            value_format=lambda v: f"{v:.0f}", selected=selected)
        elif figure is Figure.OPEN_DEPOSITS:
            chart.set_trend(self.tr("Deposits held at each month's end"), labels,
                            [line(self.tr("Deposits held"), each(lambda k: float(k.open_deposit_total)))],
                            stacked=True, value_format=_yuan_short, selected=selected)
        elif figure is Figure.REVENUE:
            chart.set_trend(self.tr("Revenue, last 12 months"), labels,
                            [line(self.tr("Labour"), each(lambda k: float(k.revenue.labour))),
                             line(self.tr("Parts, less discounts"),
                                  each(lambda k: float(k.revenue.parts - k.revenue.discount)))],
                            stacked=True, value_format=_yuan_short, selected=selected)
        else:
            chart.set_trend(self.tr("Revenue by payer, last 12 months"), labels,
                            [line(tr_domain(LABELS[payer]), each(lambda k, p=payer: float(k.revenue.of(p).total)))
                             for payer in (Payer.SELF, Payer.WARRANTY, Payer.CLAIM)],
                            stacked=True, value_format=_yuan_short, selected=selected)

    # --- the orders behind the figure ------------------------------------------------------------------------
    def _show_orders(self) -> None:
        assert self.dashboard is not None
        counted, among = reports.figure_ids(self.dashboard.month, self.figure)
        cache = self.reader.cache
        self._orders_wait = self.dashboard.month.month not in cache.loaded_months()
        if self._orders_wait:  # a far month's figures kept, its facts not: read on the worker (``_months_read``)
            self.ui.ordersTitle.setText("<b>{}</b>".format(self.tr("Reading the orders…")))
            self.orders.set_rows([], frozenset(), False, [])
            return
        if cache.unnamed(among):  # the figures' own orders are named as they are read: others (deposits) here
            self.ctx.read(cache.read_names, among)
        caption = self.tiles[self.figure].caption()
        if self.figure in RATE_FIGURES:
            title = self.tr("%1 — %2 of %3 orders counted (ticked)").replace("%1", caption) \
                .replace("%2", str(len(counted))).replace("%3", str(len(among)))
        else:
            title = self.tr("%1 — %2 orders").replace("%1", caption).replace("%2", str(len(among)))
        self.ui.ordersTitle.setText(f"<b>{title}</b>")
        self._fill_table(cache.listed(among), frozenset(counted))

    def _fill_table(self, rows: list[tuple[OrderFacts, Shown]], counted: frozenset[int]) -> None:
        rated = self.figure in RATE_FIGURES
        headers = [self.tr("Order"), self.tr("Plate"), self.tr("Customer"), self.tr("Status"), self.tr("Received"),
                   self.tr("Ready"), self.tr("Promised"), self.tr("Delivered"), self.tr("Hours"), self.tr("Total")]
        if rated:
            headers.insert(1, self.tr("Counted"))
        self.orders.set_rows(rows, counted, rated, headers)
        table = self.ui.ordersTable
        header = table.horizontalHeader()
        self.orders.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())  # as the user last sorted
        table.resizeColumnsToContents()  # once (a column that fits its contents on every change re-measures them)

    def order_ids_listed(self) -> list[int]:
        return [facts.order_id for facts, _shown in self.orders.rows]

    def _open_row(self, row: int) -> None:
        if 0 <= row < len(self.orders.rows):
            self.ctx.open_order_requested.emit(self.orders.order_id(row))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.ui.ordersTable and event.type() is QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self._open_row(self.ui.ordersTable.currentIndex().row())
            return True
        return super().eventFilter(watched, event)

    # --- the workbook ----------------------------------------------------------------------------------------
    def export_workbook(self) -> None:
        from garage_desktop.child_process import ChildDied, run_in_child
        from garage_desktop.workbook_process import write_month_end

        month = self.month()
        suggested = str(Path.home() / self.tr("month-end-%1.xlsx").replace("%1", f"{month:%Y-%m}"))
        path = ask_save_path(self, suggested)
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        language = self.ctx.document_language()

        def job(progress: Callable[[int, int], None]) -> Path:
            # In a child process: the month's records (tens of megabytes on years of a busy garage) never enter
            # the window's heap, which would keep most of it for the rest of the day (issue 20).
            written: Path = run_in_child(write_month_end, self.ctx.db.url, month, path, language, clock.now(),
                                         progress=progress)
            return written

        try:
            written = run_with_progress(self, self.tr("Writing the month-end workbook…"), job)
        except OSError as problem:
            self._status(self.tr("Could not write %1: %2").replace("%1", path)
                         .replace("%2", problem.strerror or str(problem)), error=True)
            return
        except ChildDied as problem:
            log.error("the month-end workbook's process died: %s", problem)
            self._status(self.tr("Could not write %1: %2").replace("%1", path).replace(
                "%2", self.tr("the program writing it stopped unexpectedly")), error=True)
            return
        self._status(self.tr("Saved the workbook of %1 to %2.").replace("%1", f"{month:%Y-%m}")
                     .replace("%2", str(written)))

    # --- the electronic health record (issue 18) ------------------------------------------------------------------
    def open_health_record(self) -> QDialog:
        """The chosen month's health records (``dialogs.ehr_dialog``), beside the window: a problem's screen opens
        in the window behind it."""
        from garage_desktop.ui.dialogs.ehr_dialog import show_ehr_dialog

        return show_ehr_dialog(self.ctx, self.month(), self.window())

    def _status(self, text: str, *, error: bool = False) -> None:
        self.ui.statusLabel.setStyleSheet("color: #c62828;" if error else "color: #1b5e20;")
        self.ui.statusLabel.setText(text)


def _yuan_short(value: float) -> str:
    """Axis and bar labels: ¥12,345 without the 分."""
    return f"¥{value:,.0f}"

