"""The workshop board (看板): every car in the garage, late and at-risk ones marked to be seen across the room."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QWidget

from garage_desktop.services import board, clock
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.forms.ui_board_tab import Ui_BoardTab
from garage_desktop.ui.models.board_model import (
    AT_RISK_BACKGROUND,
    AT_RISK_FOREGROUND,
    LATE_BACKGROUND,
    LATE_FOREGROUND,
    ORDER_ID_ROLE,
    READY_BACKGROUND,
    READY_FOREGROUND,
    BoardFilter,
    BoardModel,
    Column,
)
from garage_desktop.ui.widgets import order_menu

REFRESH_INTERVAL_MS = 60_000  # late / at-risk change with the clock even when nobody touches anything
REFRESH_TOPICS = frozenset({"orders", "appointments", "customers", "operators"})
TABLE_POINT_SIZE = 14
COUNTER_POINT_SIZE = 30
ROW_HEIGHT = 46
MIN_COLUMN_WIDTH = 60
SHRINKABLE = (Column.VEHICLE, Column.STAGE, Column.HOLDER)  # the columns whose text may run long
NEUTRAL_COUNTER = ("#eceff1", "#263238")


def fit_widths(needs: dict[Column, int], available: int) -> dict[Column, int]:
    """Column widths for the board: each column as wide as its text when there is room, the room left over
    shared by the vehicle and who-has-it. When there is not, the long-text columns (vehicle, stage, who has it)
    give up room widest first, so the shorter ones still show whole."""
    widths = dict(needs)
    room = available - sum(need for column, need in needs.items() if column not in SHRINKABLE)
    wanted = [needs[column] for column in SHRINKABLE]
    if sum(wanted) <= room:
        extra = room - sum(wanted)
        widths[Column.VEHICLE] += extra // 2
        widths[Column.HOLDER] += extra - extra // 2
        return widths
    cap, left = max(wanted), room
    for position, need in enumerate(sorted(wanted)):
        share = left // (len(wanted) - position)
        if need > share:
            cap = share
            break
        left -= need
    for column in SHRINKABLE:
        widths[column] = max(MIN_COLUMN_WIDTH, min(needs[column], cap))
    return widths


class BoardTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._counter_colours: dict[str, tuple[str, str]] = {}
        self.ui = Ui_BoardTab()
        self.ui.setupUi(self)
        self.model = BoardModel(self)
        self.proxy = BoardFilter(self)
        self.proxy.setSourceModel(self.model)
        self._set_up_view()
        self._set_up_counters_and_legend()

        self.ui.filterEdit.textChanged.connect(self.proxy.set_needle)
        self.ui.filterEdit.returnPressed.connect(self._open_from_filter)
        self.ui.boardView.doubleClicked.connect(self._open_index)
        self.ui.boardView.installEventFilter(self)
        self.order_menu = order_menu.attach(ctx, self.ui.boardView, order_menu.first_column(ORDER_ID_ROLE))
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_INTERVAL_MS)
        self.timer.timeout.connect(self.reload)
        self.timer.start()
        self.reload()

    # --- building -------------------------------------------------------------------------------------
    def _set_up_view(self) -> None:
        view = self.ui.boardView
        # The view draws on a viewport made here. Asking for the one Qt made (``viewport()`` returns a C++
        # QWidget) makes PySide6 set up the Python types of the widget classes to find its type: about 10 ms of
        # the board's start-up.
        view.setViewport(QWidget(view))
        font = QFont(view.font())
        font.setPointSize(TABLE_POINT_SIZE)
        view.setFont(font)
        self.model.set_base_font(font)
        view.setModel(self.proxy)
        # The chosen car is the view's current row, drawn by the model in a darker shade of its flag colour:
        # Qt's selection highlight would paint over the red of a late car.
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        view.selectionModel().currentRowChanged.connect(self._current_row_changed)
        view.setStyleSheet("QTableView { outline: 0; }"
                           "QTableView::item { padding-left: 8px; padding-right: 8px; }"
                           "QHeaderView::section { font-weight: bold; padding: 4px 8px; }")
        rows = view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(ROW_HEIGHT)
        header = view.horizontalHeader()
        header_font = QFont(font)
        header_font.setPointSize(TABLE_POINT_SIZE - 3)
        header_font.setBold(True)
        header.setFont(header_font)
        # The widths are worked out by _fit_columns (on every reload and resize), not by the header's own modes:
        # ResizeToContents plus Stretch gave the two stretched columns only what the others left, however little.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(MIN_COLUMN_WIDTH)
        view.viewport().installEventFilter(self)
        # Keep the board's own order (late first) until someone clicks a header.
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
        self.proxy.sort(-1)

    def _set_up_counters_and_legend(self) -> None:
        for value in (self.ui.inShopValue, self.ui.lateValue, self.ui.atRiskValue, self.ui.qcValue,
                      self.ui.readyValue):
            font = QFont(value.font())
            font.setPointSize(COUNTER_POINT_SIZE)
            font.setBold(True)
            value.setFont(font)
        for caption in (self.ui.inShopCaption, self.ui.lateCaption, self.ui.atRiskCaption, self.ui.qcCaption,
                        self.ui.readyCaption):
            font = QFont(caption.font())
            font.setPointSize(13)
            caption.setFont(font)
        for label, background, foreground in (
                (self.ui.lateLegend, LATE_BACKGROUND, LATE_FOREGROUND),
                (self.ui.atRiskLegend, AT_RISK_BACKGROUND, AT_RISK_FOREGROUND),
                (self.ui.readyLegend, READY_BACKGROUND, READY_FOREGROUND)):
            label.setStyleSheet(f"QLabel {{ background: {background.name()}; color: {foreground.name()};"
                                " padding: 4px 10px; border-radius: 4px; font-weight: bold; }")
        self._paint_counter(self.ui.inShopCounter, *NEUTRAL_COUNTER)
        self._paint_counter(self.ui.qcCounter, *NEUTRAL_COUNTER)

    def column_needs(self) -> dict[Column, int]:
        """How wide each column wants to be: its widest cell as the delegate draws it, or its header."""
        view = self.ui.boardView
        header = view.horizontalHeader()
        grid = 1 if view.showGrid() else 0  # as QTableView.sizeHintForColumn counts it
        needs: dict[Column, int] = {}
        for column, row in self.model.widest_rows().items():
            cell = 0
            if row is not None:
                index = self.proxy.mapFromSource(self.model.index(row, column))
                cell = view.sizeHintForIndex(index).width() + grid
            needs[column] = max(cell, header.sectionSizeHint(column))
        return needs

    def _fit_columns(self) -> None:
        view = self.ui.boardView
        if not view.isVisible():
            return  # fitted when the board is shown (the viewport's Show event): hidden, it has no width yet
        header = view.horizontalHeader()
        needs = self.column_needs()
        for column, width in fit_widths(needs, view.viewport().width()).items():
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

    @staticmethod
    def _paint_counter(frame: QFrame, background: str, foreground: str) -> None:
        frame.setStyleSheet(f"QFrame#{frame.objectName()} {{ background: {background}; border-radius: 8px; }}"
                            f"QFrame#{frame.objectName()} QLabel {{ color: {foreground}; background: transparent; }}")

    # --- refreshing -----------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the board again, keeping the selected car selected (one query, one model reset)."""
        keep = self.selected_order_id()
        result = self.ctx.read_core(board.open_orders, clock.now())
        self.model.set_board(result)  # the view's current row is gone with the reset; the model's choice stays
        self._show_counters(result)
        self._fit_columns()
        self.ui.updatedLabel.setText(self.tr("Updated %1").replace("%1", f"{result.now:%H:%M}"))
        if keep is not None and not self.select_order(keep):
            self.model.choose_order(None)  # the car left the board

    def _show_counters(self, result: board.Board) -> None:
        self.ui.inShopValue.setText(str(result.in_shop))
        self.ui.lateValue.setText(str(result.late))
        self.ui.atRiskValue.setText(str(result.at_risk))
        self.ui.qcValue.setText(str(result.waiting_qc))
        self.ui.readyValue.setText(str(result.ready))
        self._paint_flag_counter(self.ui.lateCounter, result.late, LATE_BACKGROUND, LATE_FOREGROUND)
        self._paint_flag_counter(self.ui.atRiskCounter, result.at_risk, AT_RISK_BACKGROUND, AT_RISK_FOREGROUND)
        self._paint_flag_counter(self.ui.readyCounter, result.ready, READY_BACKGROUND, READY_FOREGROUND)

    def _paint_flag_counter(self, frame: QFrame, count: int, background: QColor, foreground: QColor) -> None:
        """A counter lights up in its flag's colour only while it counts something."""
        colours = (background.name(), foreground.name()) if count else NEUTRAL_COUNTER
        if self._counter_colours.get(frame.objectName()) != colours:
            self._counter_colours[frame.objectName()] = colours
            self._paint_counter(frame, *colours)

    def on_data_changed(self, topics: frozenset[str]) -> None:
        if topics & REFRESH_TOPICS:
            self.reload()

    def on_current_order_changed(self, order_id: int | None) -> None:
        if order_id is None or not self.select_order(order_id):
            self.ui.boardView.setCurrentIndex(QModelIndex())

    # --- the chosen car and opening it ----------------------------------------------------------------
    def selected_order_id(self) -> int | None:
        """The car picked on the board (the view's current row), if any."""
        return self.model.chosen_order

    def select_order(self, order_id: int) -> bool:
        """Pick the car of ``order_id`` if it is on the board (and not filtered away)."""
        source_row = self.model.row_of_order(order_id)
        if source_row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return False
        self.ui.boardView.setCurrentIndex(index)
        self.ui.boardView.scrollTo(index)
        return True

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        source = self.proxy.mapToSource(current) if current.isValid() else QModelIndex()
        self.model.choose_order(self.model.board_row(source.row()).order_id if source.isValid() else None)

    def _open_index(self, index: QModelIndex) -> None:
        order_id = index.data(ORDER_ID_ROLE) if index.isValid() else None
        if order_id is not None:
            self.ctx.open_order_requested.emit(int(order_id))

    def _open_from_filter(self) -> None:
        if self.proxy.rowCount() == 0:
            return
        current = self.ui.boardView.currentIndex()
        self._open_index(current if current.isValid() else self.proxy.index(0, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.boardView.viewport() and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._fit_columns()
        if (watched is self.ui.boardView and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self._open_index(self.ui.boardView.currentIndex())
            return True
        return super().eventFilter(watched, event)
