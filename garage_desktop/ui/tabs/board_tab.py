"""The workshop board (看板): every car in the garage, late and at-risk ones marked to be seen across the room."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QMenu, QWidget

from garage_desktop.domain.classes import Payer
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


def record_delay_call(ctx: AppContext, order_id: int, parent: QWidget | None) -> str | None:
    """The delay-call dialog (imported when used: the board paints before the services load; tests replace it)."""
    from garage_desktop.ui.dialogs.delay_call_dialog import record_delay_call as run

    return run(ctx, order_id, parent)


def record_compensation(ctx: AppContext, order_id: int, parent: QWidget | None) -> bool:
    """The 三包 compensation dialog (tests replace it)."""
    from garage_desktop.ui.dialogs.sanbao_compensation_dialog import record_compensation as run

    return run(ctx, order_id, parent)


class BoardOrderMenu(order_menu.OrderMenu):
    """The orders' right-click menu, with the board's own actions: record a delay call (交車 2) and the 三包
    compensation of a repair over five days."""

    def __init__(self, tab: BoardTab) -> None:
        super().__init__(tab.ctx, tab.ui.boardView, order_menu.first_column(ORDER_ID_ROLE))
        self.tab = tab

    def menu_for(self, order_id: int) -> QMenu | None:
        menu = super().menu_for(order_id)
        if menu is None:
            return None
        from garage_desktop.services import delay_calls

        row = self.tab.model.board_row(self.tab.model.row_of_order(order_id) or 0)
        menu.addSeparator()
        if self.tab.ctx.read(delay_calls.may_record, self.tab.ctx.operator_id, order_id):  # only what is allowed
            delay = menu.addAction(QCoreApplication.translate("BoardTab", "Record a &delay call…"))
            delay.setObjectName("delay_call")
            delay.triggered.connect(lambda _=False: self.tab.delay_call(order_id))
        if row.payer is Payer.WARRANTY:
            compensation = menu.addAction(QCoreApplication.translate("BoardTab", "三包 &compensation…"))
            compensation.setObjectName("sanbao_compensation")
            compensation.triggered.connect(lambda _=False: self.tab.compensation(order_id))
        return menu


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
        self.order_menu = BoardOrderMenu(self)
        self.ui.delayCallButton.clicked.connect(lambda: self.delay_call(self.selected_order_id()))
        self.ui.compensationButton.clicked.connect(lambda: self.compensation(self.selected_order_id()))
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
        self._enable_actions()

    def _show_counters(self, result: board.Board) -> None:
        self.ui.inShopValue.setText(str(result.in_shop))
        self.ui.lateValue.setText(str(result.late))
        self.ui.atRiskValue.setText(str(result.at_risk))
        self.ui.qcValue.setText(str(result.waiting_qc))
        self.ui.readyValue.setText(str(result.ready))
        self.ui.atRiskCounter.setToolTip(self.tr("Cars promised within the next hour that are not ready yet; %1 of "
                                                 "them with no delay call to the customer yet")
                                         .replace("%1", str(result.needs_delay_call)))
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
        self._enable_actions()

    # --- the board's own actions: delay call, 三包 compensation ----------------------------------------
    def _chosen_row(self) -> board.BoardRow | None:
        position = self.model.row_of_order(self.selected_order_id())
        return self.model.board_row(position) if position is not None else None

    def _enable_actions(self) -> None:
        row = self._chosen_row()
        delay_why = (self.tr("Choose a car on the board first.") if row is None
                     else self.tr("The car is ready: it can no longer be late.") if row.status in board.DONE
                     else None)
        self.ui.delayCallButton.setEnabled(delay_why is None)
        self.ui.delayCallButton.setToolTip(delay_why or self.tr(
            "The chosen car will be late: record the call telling the customer, and the new time agreed"))
        sanbao_why = (self.tr("Choose a car on the board first.") if row is None
                      else self.tr("Only a 三包 (warranty) repair owes a loaner or transport compensation.")
                      if row.payer is not Payer.WARRANTY else None)
        self.ui.compensationButton.setEnabled(sanbao_why is None)
        self.ui.compensationButton.setToolTip(sanbao_why or self.tr(
            "Record the loaner car or transport compensation of a 三包 repair over five days"))

    def delay_call(self, order_id: int | None) -> None:
        if order_id is None:
            return
        text = record_delay_call(self.ctx, order_id, self)
        if text:
            order_menu.tell(self, text)
            self.reload()

    def compensation(self, order_id: int | None) -> None:
        if order_id is not None and record_compensation(self.ctx, order_id, self):
            order_menu.tell(self, self.tr("三包 compensation recorded."))
            self.reload()

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
