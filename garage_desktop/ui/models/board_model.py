"""The workshop board's rows as a Qt table: late cars strong red, at-risk amber, plates big enough for the room."""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics

from garage_desktop.domain.classes import LABELS
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.services.board import DONE, Board, BoardRow
from garage_desktop.ui.errors import tr_domain

Index = QModelIndex | QPersistentModelIndex

ORDER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

# The board's colours, also used by the legend and the counters so they always match.
LATE_BACKGROUND = QColor("#c62828")
LATE_FOREGROUND = QColor("#ffffff")
AT_RISK_BACKGROUND = QColor("#ffb300")
AT_RISK_FOREGROUND = QColor("#1a1a1a")
READY_BACKGROUND = QColor("#c8e6c9")
READY_FOREGROUND = QColor("#1b5e20")
# The chosen car keeps its flag's colour family, darker (Qt's own selection highlight would hide it).
CHOSEN_BACKGROUNDS = {"late": QColor("#7f0000"), "at_risk": QColor("#e65100"), "ready": QColor("#2e7d32"),
                      "": QColor("#1565c0")}
CHOSEN_FOREGROUND = QColor("#ffffff")

_STATUS_ORDER = {status: position for position, status in enumerate(OrderStatus)}
_ALIGNMENT = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
_BACKGROUNDS = {"late": QBrush(LATE_BACKGROUND), "at_risk": QBrush(AT_RISK_BACKGROUND),
                "ready": QBrush(READY_BACKGROUND)}
_FOREGROUNDS = {"late": QBrush(LATE_FOREGROUND), "at_risk": QBrush(AT_RISK_FOREGROUND),
                "ready": QBrush(READY_FOREGROUND)}
_CHOSEN_BACKGROUNDS = {flag: QBrush(colour) for flag, colour in CHOSEN_BACKGROUNDS.items()}
_CHOSEN_FOREGROUND = QBrush(CHOSEN_FOREGROUND)


def _flag(row: BoardRow) -> str:
    """What the row's colour says: "late", "at_risk", "ready" or "" (an ordinary car)."""
    if row.late:
        return "late"
    if row.at_risk:
        return "at_risk"
    return "ready" if row.status in DONE else ""


class Column(IntEnum):
    NUMBER = 0
    PLATE = 1
    CUSTOMER = 2
    VEHICLE = 3
    STAGE = 4
    PROMISED = 5
    DUE = 6
    HOLDER = 7


class BoardModel(QAbstractTableModel):
    """Read-only rows of a ``services.board.Board``; ``set_board`` swaps in a fresh board in one reset.

    The texts and colours of every cell are worked out once per board, so the view's many ``data`` calls
    (painting, sizing columns, sorting) stay cheap however many cars there are.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._board: Board | None = None
        self._rows: list[BoardRow] = []
        self._texts: list[tuple[str, ...]] = []
        self._row_of_order: dict[int, int] = {}
        self._chosen: int | None = None  # the order of the car the advisor has picked on the board
        self._widest: dict[Column, int | None] | None = None  # widest_rows, until the texts or fonts change
        self._base_font = QFont()
        self._plate_font = QFont()
        self._strong_font = QFont()
        self._small_font = QFont()
        self.set_base_font(QFont())

    # --- feeding --------------------------------------------------------------------------------------
    def set_board(self, board: Board) -> None:
        self.beginResetModel()
        self._board = board
        self._rows = list(board.rows)
        self._texts = [tuple(self._text(row, column) for column in Column) for row in self._rows]
        self._widest = None
        self._row_of_order = {row.order_id: position for position, row in enumerate(self._rows)}
        self.endResetModel()

    def set_base_font(self, font: QFont) -> None:
        """The view's font; the plate is drawn bigger and bold, the lateness bold."""
        size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
        self._base_font = QFont(font)
        self._widest = None
        self._plate_font = QFont(font)
        self._plate_font.setBold(True)
        self._plate_font.setPointSizeF(size * 1.35)
        self._strong_font = QFont(font)
        self._strong_font.setBold(True)
        # The order number matters at the desk, not across the room: a size smaller leaves room for the rest.
        self._small_font = QFont(font)
        self._small_font.setPointSizeF(max(size - 3, 8.0))
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1))

    @property
    def board(self) -> Board | None:
        return self._board

    def board_row(self, row: int) -> BoardRow:
        return self._rows[row]

    def row_of_order(self, order_id: int | None) -> int | None:
        return self._row_of_order.get(order_id) if order_id is not None else None

    @property
    def chosen_order(self) -> int | None:
        return self._chosen

    def choose_order(self, order_id: int | None) -> None:
        """Mark the car the advisor picked (the view's current row): its row is drawn darker and bold.

        The board draws the choice itself because Qt's selection highlight would paint over the red of a
        late car; the view runs without a selection of its own.
        """
        if order_id == self._chosen:
            return
        rows = [self.row_of_order(self._chosen), self.row_of_order(order_id)]
        self._chosen = order_id
        self._widest = None
        for position in rows:
            if position is not None:
                self.dataChanged.emit(self.index(position, 0), self.index(position, len(Column) - 1))

    # --- Qt model -------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.NUMBER: self.tr("Order no."),
            Column.PLATE: self.tr("Plate"),
            Column.CUSTOMER: self.tr("Customer"),
            Column.VEHICLE: self.tr("Vehicle"),
            Column.STAGE: self.tr("Stage"),
            Column.PROMISED: self.tr("Promised"),
            Column.DUE: self.tr("Late by / due in"),
            Column.HOLDER: self.tr("Who has it"),
        }.get(Column(section)) if 0 <= section < len(Column) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        position, column = index.row(), index.column()
        if not 0 <= position < len(self._rows) or not 0 <= column < len(Column) or not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[position][column]
        row = self._rows[position]
        chosen = row.order_id == self._chosen
        if role == Qt.ItemDataRole.BackgroundRole:
            return _CHOSEN_BACKGROUNDS[_flag(row)] if chosen else _BACKGROUNDS.get(_flag(row))
        if role == Qt.ItemDataRole.ForegroundRole:
            return _CHOSEN_FOREGROUND if chosen else _FOREGROUNDS.get(_flag(row))
        if role == Qt.ItemDataRole.FontRole:
            return self._font(row, column, chosen)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGNMENT
        if role == ORDER_ID_ROLE:
            return row.order_id
        if role == SORT_ROLE:
            return self._sort_value(row, Column(column), position)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        return None

    def _font(self, row: BoardRow, column: int, chosen: bool) -> QFont | None:
        """The cell's own font; None for the view's font."""
        if column == Column.PLATE:
            return self._plate_font
        if column == Column.NUMBER:
            return self._small_font
        if chosen or (column == Column.DUE and (row.late or row.at_risk)):
            return self._strong_font
        return None

    def widest_rows(self, limit: int = 500) -> dict[Column, int | None]:
        """For each column, the row whose text is widest in the font it is drawn in (None: no rows), among the
        first ``limit`` rows. The view then asks its delegate for that one cell's size instead of every cell's
        (``QTableView.sizeHintForColumn`` cost the board a good part of its start-up). Kept until the board,
        the chosen car or the fonts change, since every resize of the window asks again."""
        if self._widest is None:
            self._widest = self._measure_widest(limit)
        return self._widest

    def _measure_widest(self, limit: int) -> dict[Column, int | None]:
        fonts = (self._base_font, self._plate_font, self._small_font, self._strong_font)
        metrics = {id(font): QFontMetrics(font) for font in fonts}  # _font() returns one of these, or None
        widest: dict[Column, int | None] = {}
        for column in Column:
            best, best_width = None, -1
            for position, row in enumerate(self._rows[:limit]):
                font = self._font(row, column, row.order_id == self._chosen)
                measured = metrics[id(font if font is not None else self._base_font)].horizontalAdvance(
                    self._texts[position][column])
                if measured > best_width:
                    best, best_width = position, measured
            widest[column] = best
        return widest

    # --- what each cell says --------------------------------------------------------------------------
    def _now(self) -> datetime:
        return self._board.now if self._board is not None else datetime.now()

    def _text(self, row: BoardRow, column: Column) -> str:
        if column is Column.NUMBER:
            return row.order_no
        if column is Column.PLATE:
            return row.plate
        if column is Column.CUSTOMER:
            return row.customer_name
        if column is Column.VEHICLE:
            return row.make_model
        if column is Column.STAGE:
            stage = tr_domain(row.status_label)
            return stage + " · " + self.tr("三包 over 5 days") if row.compensation_due else stage
        if column is Column.PROMISED:
            return self.when(row.promised_at)
        if column is Column.DUE:
            return self.due_text(row)
        return self.holder_text(row)

    def holder_text(self, row: BoardRow) -> str:
        if row.holder:
            return row.holder
        return tr_domain(LABELS[row.holder_role]) if row.holder_role is not None else ""

    def when(self, moment: datetime | None) -> str:
        """A time as the advisor says it: "16:30" today, "Tomorrow 09:00", otherwise "11-30 09:00"."""
        if moment is None:
            return "—"
        today = self._now().date()
        clock_time = f"{moment:%H:%M}"
        if moment.date() == today:
            return clock_time
        if moment.date() == today + timedelta(days=1):
            return self.tr("Tomorrow %1").replace("%1", clock_time)
        if moment.date() == today - timedelta(days=1):
            return self.tr("Yesterday %1").replace("%1", clock_time)
        return f"{moment:%m-%d} {clock_time}"

    def duration(self, minutes: int) -> str:
        if minutes < 60:
            return self.tr("%1 min").replace("%1", str(minutes))
        if minutes < 24 * 60:
            hours, rest = divmod(minutes, 60)
            return self.tr("%1 h %2 min").replace("%1", str(hours)).replace("%2", f"{rest:02d}")
        days, rest = divmod(minutes, 24 * 60)
        return self.tr("%1 d %2 h").replace("%1", str(days)).replace("%2", str(rest // 60))

    def due_text(self, row: BoardRow) -> str:
        if row.status in DONE or row.minutes_to_promise is None:
            return ""
        if row.late:
            return self.tr("Late %1").replace("%1", self.duration(-row.minutes_to_promise))
        due = (self.tr("Due now") if row.minutes_to_promise == 0
               else self.tr("Due in %1").replace("%1", self.duration(row.minutes_to_promise)))
        # 交車 2: due within the hour and the customer not called yet — the mark the advisor acts on.
        return due + " · " + self.tr("not called") if row.needs_delay_call else due

    def _tooltip(self, row: BoardRow) -> str:
        lines = []
        if row.late:
            lines.append(self.tr("LATE: the car was promised for %1 and is not ready. Tell the customer now, "
                                 "before they come for it.").replace("%1", self.when(row.promised_at)))
        elif row.at_risk:
            lines.append(self.tr("AT RISK: the car is promised within the hour (%1) and is not ready yet.")
                         .replace("%1", self.when(row.promised_at)))
        if row.needs_delay_call:
            lines.append(self.tr("NO DELAY CALL: if the car will not be ready by %1, call the customer now and "
                                 "agree a new time (right-click → Record a delay call).")
                         .replace("%1", self.when(row.promised_at)))
        elif row.last_delay_call_at is not None:
            lines.append(self.tr("Delay announced to the customer %1.").replace("%1", self.when(row.last_delay_call_at)))
        if row.compensation_due:
            lines.append(self.tr("三包 repair over five days: the owner is owed a loaner car or transport "
                                 "compensation (right-click → 三包 compensation)."))
        elif row.status in DONE:
            lines.append(self.tr("Ready: passed final QC, waiting for the customer."))
        details = [tr_domain(LABELS[row.job_class]), tr_domain(LABELS[row.payer])]
        if row.received_at is not None:
            details.insert(0, self.tr("Received %1").replace("%1", self.when(row.received_at)))
        if row.make_model:
            details.insert(0, row.make_model)
        lines.append(" · ".join(details))
        if self.holder_text(row):
            lines.append(self.tr("Who has it: %1").replace("%1", self.holder_text(row)))
        lines.append(self.tr("Double-click or Enter opens the order."))
        return "\n".join(lines)

    def _sort_value(self, row: BoardRow, column: Column, position: int) -> Any:
        if column is Column.PROMISED:
            return row.promised_at.timestamp() if row.promised_at is not None else float("inf")
        if column is Column.DUE:
            return position  # the board's own order: late first, then at risk, then by promise
        if column is Column.STAGE:
            return _STATUS_ORDER[row.status]
        return self._texts[position][column]


class BoardFilter(QSortFilterProxyModel):
    """Sorts by ``SORT_ROLE`` and keeps the rows whose plate, number or customer contains the typed text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_needle(self, text: str) -> None:
        needle = "".join(text.split()).casefold()
        if needle != self._needle:
            if hasattr(self, "beginFilterChange"):  # Qt 6.10+; invalidateRowsFilter is deprecated there
                self.beginFilterChange()
                self._needle = needle
                self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
            else:  # pragma: no cover - older Qt
                self._needle = needle
                self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        if not isinstance(model, BoardModel):
            return True
        row = model.board_row(source_row)
        haystack = (row.plate, row.order_no, row.customer_name)
        return any(self._needle in "".join(value.split()).casefold() for value in haystack)
