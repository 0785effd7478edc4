"""A bar chart of cars booked per hour against the workshop's bays, painted by hand so peaks stand out."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QDate, QEvent, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QTableWidget, QTableWidgetItem, QToolTip, QWidget

from garage_desktop.services.appointments import DayView, HourLoad

# Level → (bar colour, light cell colour). Shared with the week grid so both views read the same way.
LEVEL_COLOURS: dict[str, tuple[str, str]] = {
    "free": ("#43a047", "#e8f5e9"),
    "near": ("#f9a825", "#fff3c4"),
    "over": ("#e53935", "#ffcdd2"),
}
_AXIS = QColor("#90a4ae")
_TEXT = QColor("#37474f")
_CAPACITY = QColor("#c62828")
_SELECTED = QColor(21, 101, 192, 40)
_PAST = QColor("#eceff1")


@dataclass(frozen=True)
class ChartBar:
    label: str  # the hour, "09:00"
    booked: int
    level: str  # "free" / "near" / "over"
    tooltip: str = ""


class LoadChart(QWidget):
    """Bars per hour, a dashed capacity line, the selected hour shaded. Clicking a bar emits its index."""

    hourClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[ChartBar] = []
        self._capacity = 1
        self._selected: int | None = None
        self._title = ""
        self._capacity_text = ""
        self._legend: list[tuple[str, str]] = []
        self.setMinimumHeight(170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    # --- data ---------------------------------------------------------------------------------------------
    def set_texts(self, title: str, capacity_text: str, legend: Sequence[tuple[str, str]]) -> None:
        """Translated texts from the screen: the title, the capacity line's label, (level, label) pairs."""
        self._title, self._capacity_text, self._legend = title, capacity_text, list(legend)
        self.update()

    def set_bars(self, bars: Sequence[ChartBar], capacity: int) -> None:
        self._bars = list(bars)
        self._capacity = max(capacity, 1)
        if self._selected is not None and self._selected >= len(self._bars):
            self._selected = None
        self.update()

    def bars(self) -> list[ChartBar]:
        return list(self._bars)

    def set_selected(self, index: int | None) -> None:
        self._selected = index
        self.update()

    def selected(self) -> int | None:
        return self._selected

    def sizeHint(self) -> QSize:
        return QSize(640, 210)

    # --- geometry -----------------------------------------------------------------------------------------
    def _plot(self) -> QRectF:
        return QRectF(self.rect()).adjusted(34, 34, -12, -24)

    def _top_value(self) -> int:
        return max(self._capacity + 1, *(bar.booked + 1 for bar in self._bars)) if self._bars else self._capacity + 1

    def _slot(self, index: int) -> QRectF:
        plot = self._plot()
        width = plot.width() / max(len(self._bars), 1)
        return QRectF(plot.left() + index * width, plot.top(), width, plot.height())

    def index_at(self, x: float) -> int | None:
        plot = self._plot()
        if not self._bars or not plot.left() <= x < plot.right():
            return None
        return min(int((x - plot.left()) / (plot.width() / len(self._bars))), len(self._bars) - 1)

    def _y(self, value: float) -> float:
        plot = self._plot()
        return plot.bottom() - plot.height() * value / self._top_value()

    # --- painting -----------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        self._paint_header(painter)
        plot = self._plot()
        if self._selected is not None and self._bars:
            painter.fillRect(self._slot(self._selected), _SELECTED)
        painter.setPen(QPen(_AXIS, 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.9)
        for value in range(0, self._top_value() + 1, max(1, self._top_value() // 5)):
            painter.setPen(_AXIS)
            painter.setFont(small)
            painter.drawText(QRectF(0, self._y(value) - 8, plot.left() - 6, 16),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), str(value))
        for index, bar in enumerate(self._bars):
            self._paint_bar(painter, index, bar, small)
        self._paint_capacity(painter, small)
        painter.end()

    def _paint_header(self, painter: QPainter) -> None:
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(_TEXT)
        painter.drawText(QRectF(8, 4, self.width() / 2, 24), int(Qt.AlignmentFlag.AlignVCenter), self._title)
        painter.setFont(self.font())
        metrics = painter.fontMetrics()
        x = float(self.width() - 12)
        for level, text in reversed(self._legend):
            x -= metrics.horizontalAdvance(text)
            painter.setPen(_TEXT)
            painter.drawText(QRectF(x, 4, metrics.horizontalAdvance(text) + 2, 24),
                             int(Qt.AlignmentFlag.AlignVCenter), text)
            x -= 18
            painter.fillRect(QRectF(x, 10, 12, 12), QColor(LEVEL_COLOURS.get(level, LEVEL_COLOURS["free"])[0]))
            x -= 16

    def _paint_bar(self, painter: QPainter, index: int, bar: ChartBar, small: QFont) -> None:
        slot = self._slot(index)
        plot = self._plot()
        width = min(slot.width() * 0.62, 56.0)
        left = slot.center().x() - width / 2
        painter.setFont(small)
        painter.setPen(_TEXT)
        painter.drawText(QRectF(slot.left(), plot.bottom() + 2, slot.width(), 20),
                         int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), bar.label)
        if bar.booked <= 0:
            return
        top = self._y(bar.booked)
        painter.fillRect(QRectF(left, top, width, plot.bottom() - top),
                         QColor(LEVEL_COLOURS.get(bar.level, LEVEL_COLOURS["free"])[0]))
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(QRectF(slot.left(), top - 20, slot.width(), 18),
                         int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom), str(bar.booked))

    def _paint_capacity(self, painter: QPainter, small: QFont) -> None:
        plot = self._plot()
        y = self._y(self._capacity)
        painter.setPen(QPen(_CAPACITY, 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        if self._capacity_text:
            painter.setFont(small)
            painter.setPen(_CAPACITY)
            painter.drawText(QRectF(plot.left(), y - 18, plot.width() - 2, 16),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom), self._capacity_text)

    # --- interaction --------------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.index_at(event.position().x())
        if index is not None and event.button() is Qt.MouseButton.LeftButton:
            self.set_selected(index)
            self.hourClicked.emit(index)
        super().mousePressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() is QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.index_at(event.pos().x())
            if index is not None and self._bars[index].tooltip:
                QToolTip.showText(event.globalPos(), self._bars[index].tooltip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)


def fill_week_grid(grid: QTableWidget, days: Sequence[DayView], tooltip: Callable[[HourLoad], str],
                   bold_days: Collection[date], now: datetime) -> None:
    """The week as a days × hours grid of car counts, coloured like the chart's bars; past hours greyed."""
    hours = [load.start for load in days[0].loads] if days else []
    grid.clear()
    grid.setRowCount(len(days))
    grid.setColumnCount(len(hours))
    grid.setHorizontalHeaderLabels([f"{hour:%H:%M}" for hour in hours])
    bold = QFont(grid.font())
    bold.setBold(True)
    for r, day in enumerate(days):
        label = QTableWidgetItem(QLocale().toString(QDate(day.day.year, day.day.month, day.day.day), "ddd MM-dd"))
        if day.day in bold_days:
            label.setFont(bold)
        grid.setVerticalHeaderItem(r, label)
        for c, load in enumerate(day.loads):
            item = QTableWidgetItem(str(load.booked) if load.booked else "")
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if load.booked:
                item.setBackground(QBrush(QColor(LEVEL_COLOURS[load.level.value][1])))
            elif load.end <= now:
                item.setBackground(QBrush(_PAST))
            item.setToolTip(tooltip(load))
            grid.setItem(r, c, item)
