"""The KPI tab's painted widgets: a 12-month trend chart (lines or stacked bars) and a big-number figure tile.

Painted with QPainter (no QtCharts: it is not in PySide6-Essentials). Texts come translated from the screen.
Lines are told apart by more than their colour, so two series with the same values stay visible on top of each
other: the first is a thin solid line with dots, painted last; each further one a wider dashed line with larger
hollow markers (diamond, square, triangle) that shows on both sides of the first. The legend draws each line's
own sample. The values stay true: nothing is shifted to keep lines apart.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QFrame, QSizePolicy, QToolTip, QWidget

_AXIS = QColor("#90a4ae")
_GRID = QColor("#eceff1")
_TEXT = QColor("#37474f")
_MUTED = QColor("#607d8b")
_SELECTED = QColor(21, 101, 192, 36)
PALETTE = ("#1565c0", "#ef6c00", "#2e7d32", "#6a1b9a", "#c62828")
MARKERS = ("dot", "diamond", "square", "triangle")  # by a line's place among the chart's lines


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float | None, ...]  # one per month; None: nothing to show that month
    colour: str
    marker: str = "dot"  # a line's points: dot (solid line) or diamond / square / triangle (dashed, wider line)

    @property
    def dashed(self) -> bool:
        return self.marker != "dot"


class TrendChart(QWidget):
    """Months along the bottom; lines with dots (rates, hours) or stacked bars (money). Clicking a month emits
    its index; the chosen month is shaded."""

    monthClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels: list[str] = []
        self._series: list[Series] = []
        self._stacked = False
        self._title = ""
        self._format: Callable[[float], str] = lambda v: f"{v:g}"
        self._ceiling: float | None = None
        self._floor = 0.0
        self._selected: int | None = None
        self.setMinimumSize(360, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    def set_trend(self, title: str, labels: Sequence[str], series: Sequence[Series], *, stacked: bool = False,
                  value_format: Callable[[float], str] | None = None, ceiling: float | None = None,
                  floor: float = 0.0, selected: int | None = None) -> None:
        """Show ``series`` over the months ``labels``; ``ceiling`` and ``floor`` fix the scale (the KPI tab's rates:
        0 to 1.0 — a scale cut short above 0 would make a few points' change look like a collapse)."""
        self._title, self._labels, self._series = title, list(labels), list(series)
        self._stacked, self._ceiling, self._floor, self._selected = stacked, ceiling, floor, selected
        self._format = value_format or (lambda v: f"{v:g}")
        self.update()

    def series(self) -> list[Series]:
        return list(self._series)

    def labels(self) -> list[str]:
        return list(self._labels)

    def axis_ticks(self) -> list[str]:
        """The value scale's labels as painted, bottom to top."""
        return [self._format(self._floor + (self._top() - self._floor) * step / 4) for step in range(5)]

    def title(self) -> str:
        return self._title

    def sizeHint(self) -> QSize:
        return QSize(640, 300)

    # --- geometry -----------------------------------------------------------------------------------------
    def _plot(self) -> QRectF:
        return QRectF(self.rect()).adjusted(72, 56, -16, -30)

    def _top(self) -> float:
        if self._ceiling is not None:
            return self._ceiling
        if self._stacked:
            totals = [sum(s.values[i] or 0 for s in self._series) for i in range(len(self._labels))]
        else:
            totals = [v for s in self._series for v in s.values if v is not None]
        top = max(totals, default=0.0)
        return _nice(top) if top > 0 else 1.0

    def _slot(self, index: int) -> QRectF:
        plot = self._plot()
        width = plot.width() / max(len(self._labels), 1)
        return QRectF(plot.left() + index * width, plot.top(), width, plot.height())

    def index_at(self, x: float) -> int | None:
        plot = self._plot()
        if not self._labels or not plot.left() <= x < plot.right():
            return None
        return min(int((x - plot.left()) / (plot.width() / len(self._labels))), len(self._labels) - 1)

    def _y(self, value: float) -> float:
        plot = self._plot()
        top, floor = self._top(), self._floor
        share = (min(max(value, floor), top) - floor) / (top - floor) if top > floor else 0.0
        return plot.bottom() - plot.height() * share

    # --- painting -----------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        self._paint_header(painter)
        plot = self._plot()
        if self._selected is not None and 0 <= self._selected < len(self._labels):
            painter.fillRect(self._slot(self._selected), _SELECTED)
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.85)
        painter.setFont(small)
        for step in range(5):
            value = self._floor + (self._top() - self._floor) * step / 4
            y = self._y(value)
            painter.setPen(QPen(_GRID if step else _AXIS, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(_MUTED)
            painter.drawText(QRectF(0, y - 9, plot.left() - 6, 18),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), self._format(value))
        for index, label in enumerate(self._labels):
            slot = self._slot(index)
            painter.setPen(_TEXT)
            # A January label carries the year ("2026-01"): wider than its slot in a narrow chart, it may reach
            # into its neighbours' (short "12" and "02") rather than be cut.
            painter.drawText(QRectF(slot.left(), plot.bottom() + 4, slot.width(), 20),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextDontClip),
                             label)
        if self._stacked:
            self._paint_bars(painter)
        else:
            self._paint_lines(painter)
        painter.end()

    def _paint_header(self, painter: QPainter) -> None:
        bold = QFont(self.font())
        bold.setBold(True)
        bold.setPointSizeF(self.font().pointSizeF() * 1.1)
        painter.setFont(bold)
        painter.setPen(_TEXT)
        painter.drawText(QRectF(10, 4, self.width() - 20, 24), int(Qt.AlignmentFlag.AlignVCenter), self._title)
        painter.setFont(self.font())
        metrics = painter.fontMetrics()
        x = 12.0
        for series in self._series:
            if self._stacked:
                painter.fillRect(QRectF(x, 34, 12, 12), QColor(series.colour))
                sample = 12.0
            else:  # the line as drawn: its stroke and its marker
                sample = 26.0
                painter.setPen(self._line_pen(series))
                painter.drawLine(QPointF(x, 40), QPointF(x + sample, 40))
                self._paint_marker(painter, series, QPointF(x + sample / 2, 40), False)
            painter.setPen(_TEXT)
            width = metrics.horizontalAdvance(series.name) + 2
            painter.drawText(QRectF(x + sample + 4, 28, width, 24), int(Qt.AlignmentFlag.AlignVCenter), series.name)
            x += sample + width + 26

    @staticmethod
    def _line_pen(series: Series) -> QPen:
        """The first line thin and solid; a further one wider and dashed, so it shows around the first where
        they run together."""
        if not series.dashed:
            return QPen(QColor(series.colour), 2.2)
        pen = QPen(QColor(series.colour), 5.0, Qt.PenStyle.CustomDashLine, Qt.PenCapStyle.FlatCap)
        pen.setDashPattern([2.0, 1.2])
        return pen

    @staticmethod
    def _paint_marker(painter: QPainter, series: Series, point: QPointF, selected: bool) -> None:
        colour = QColor(series.colour)
        if not series.dashed:
            painter.setPen(QPen(colour, 1))
            painter.setBrush(colour)
            radius = 4.5 if selected else 3.2
            painter.drawEllipse(point, radius, radius)
            return
        size = 9.0 if selected else 7.5  # larger than the dot, hollow: a dot on it stays visible inside
        painter.setPen(QPen(colour, 2.4))
        painter.setBrush(QColor("#ffffff"))
        x, y = point.x(), point.y()
        if series.marker == "square":
            painter.drawRect(QRectF(x - size * 0.75, y - size * 0.75, size * 1.5, size * 1.5))
            return
        shape = QPainterPath()
        corners = ([(x, y - size), (x + size, y), (x, y + size), (x - size, y)] if series.marker == "diamond" else
                   [(x, y - size), (x + size, y + size * 0.8), (x - size, y + size * 0.8)])
        shape.moveTo(*corners[0])
        for corner in corners[1:]:
            shape.lineTo(*corner)
        shape.closeSubpath()
        painter.drawPath(shape)

    def _paint_lines(self, painter: QPainter) -> None:
        chosen: list[tuple[int, QPointF, float]] = []
        for place, series in reversed(list(enumerate(self._series))):  # the first one painted last, on top
            path, started = QPainterPath(), False
            points = []
            for index, value in enumerate(series.values[:len(self._labels)]):
                if value is None:
                    started = False
                    continue
                point = QPointF(self._slot(index).center().x(), self._y(value))
                points.append((index, point, value))
                if started:
                    path.lineTo(point)
                else:
                    path.moveTo(point)
                    started = True
            painter.setPen(self._line_pen(series))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            for index, point, value in points:
                self._paint_marker(painter, series, point, index == self._selected)
                if index == self._selected:
                    chosen.append((place, point, value))
        self._paint_value_labels(painter, sorted(chosen, key=lambda c: c[0]))

    def _paint_value_labels(self, painter: QPainter, chosen: list[tuple[int, QPointF, float]]) -> None:
        """The chosen month's values beside their points, on white patches so no line crosses them: the highest
        value (the first line's, when equal) above its point, the others below theirs (or stacked above when
        there is no room below), so two equal values show two labels."""
        plot, taken = self._plot(), []
        highest = max((c[2] for c in chosen), default=0.0)
        top_place = next((c[0] for c in chosen if c[2] == highest), None)
        for place, point, value in chosen:
            text = self._format(value)
            width = painter.fontMetrics().horizontalAdvance(text) + 10
            box = QRectF(point.x() - width / 2, point.y() - 26, width, 18)
            if place != top_place:
                box.moveTop(point.y() + 10)
            while any(box.intersects(other) for other in taken) or box.bottom() > plot.bottom():
                box.moveBottom(min([other.top() for other in taken] + [point.y() - 8]) - 2)
            box.moveRight(min(box.right(), plot.right()))
            taken.append(box)
            painter.setPen(QPen(QColor(self._series[place].colour), 1))
            painter.setBrush(QColor("#ffffff"))
            painter.drawRoundedRect(box, 4, 4)
            painter.setPen(_TEXT)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)

    def _paint_bars(self, painter: QPainter) -> None:
        for index in range(len(self._labels)):
            slot = self._slot(index)
            width = min(slot.width() * 0.6, 48.0)
            left, base, total = slot.center().x() - width / 2, 0.0, 0.0
            for series in self._series:
                value = series.values[index] if index < len(series.values) else None
                if not value or value <= 0:
                    continue
                top, bottom = self._y(base + value), self._y(base)
                painter.fillRect(QRectF(left, top, width, bottom - top), QColor(series.colour))
                base += value
                total += value
            if index == self._selected and total:
                painter.setPen(_TEXT)
                painter.drawText(QRectF(slot.center().x() - 70, self._y(total) - 20, 140, 18),
                                 int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                                 self._format(total))

    # --- interaction --------------------------------------------------------------------------------------
    def tooltip_text(self, index: int) -> str:
        lines = [self._labels[index]]
        for series in self._series:
            value = series.values[index] if index < len(series.values) else None
            lines.append(f"{series.name}: {'—' if value is None else self._format(value)}")
        return "\n".join(lines)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.index_at(event.position().x())
        if index is not None and event.button() is Qt.MouseButton.LeftButton:
            self.monthClicked.emit(index)
        super().mousePressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() is QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.index_at(event.pos().x())
            if index is not None:
                QToolTip.showText(event.globalPos(), self.tooltip_text(index), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)


def _nice(value: float) -> float:
    """A round top for the scale just above ``value`` (1, 2, 2.5, 5 × 10^n)."""
    magnitude = 10 ** (len(str(int(value))) - 1) if value >= 1 else 1.0
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return 10 * magnitude


class FigureTile(QFrame):
    """A big number with its caption and a detail line; click, Enter or Space activates it (the screen lists
    the orders behind it). The chosen tile is outlined."""

    activated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value, self._caption, self._detail, self._colour = "—", "", "", "#263238"
        self._chosen = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumSize(170, 96)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_figure(self, value: str, caption: str, detail: str = "", colour: str = "#263238") -> None:
        if (value, caption, detail, colour) == (self._value, self._caption, self._detail, self._colour):
            return  # the same figure (another month, the same count): nothing to paint again
        self._value, self._caption, self._detail, self._colour = value, caption, detail, colour
        self.setAccessibleName(f"{caption}: {value}")
        self.update()

    def value_text(self) -> str:
        return self._value

    def caption(self) -> str:
        return self._caption

    def detail(self) -> str:
        return self._detail

    def set_chosen(self, chosen: bool) -> None:
        if chosen != self._chosen:  # a click on a tile repaints the two tiles that changed, not all ten
            self._chosen = chosen
            self.update()

    def is_chosen(self) -> bool:
        return self._chosen

    def sizeHint(self) -> QSize:
        return QSize(220, 104)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)
        painter.setPen(QPen(QColor("#1565c0") if self._chosen else QColor("#cfd8dc"),
                            2.5 if self._chosen or self.hasFocus() else 1))
        painter.setBrush(QColor("#e3f2fd") if self._chosen else QColor("#f5f7f8"))
        painter.drawRoundedRect(box, 8, 8)
        inner = box.adjusted(12, 6, -12, -6)
        caption = QFont(self.font())
        caption.setPointSizeF(self.font().pointSizeF() * 1.05)
        painter.setFont(caption)
        painter.setPen(_TEXT)
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), 24),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         self._elided(painter, self._caption, inner.width()))
        big = QFont(self.font())
        big.setBold(True)
        scale = 2.2
        while True:  # shrink a long value (an amount with its payer) until it fits, down to 1.2×
            big.setPointSizeF(self.font().pointSizeF() * scale)
            painter.setFont(big)
            if scale <= 1.2 or painter.fontMetrics().horizontalAdvance(self._value) <= inner.width():
                break
            scale -= 0.1
        painter.setPen(QColor(self._colour))
        painter.drawText(QRectF(inner.left(), inner.top() + 24, inner.width(), inner.height() - 44),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         self._elided(painter, self._value, inner.width()))
        small = QFont(self.font())
        scale = 0.9
        while True:  # a long detail (the other payers' shares) gets a smaller type before it is cut short
            small.setPointSizeF(self.font().pointSizeF() * scale)
            painter.setFont(small)
            if scale <= 0.72 or painter.fontMetrics().horizontalAdvance(self._detail) <= inner.width():
                break
            scale -= 0.06
        painter.setPen(_MUTED)
        painter.drawText(QRectF(inner.left(), inner.bottom() - 20, inner.width(), 20),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         self._elided(painter, self._detail, inner.width()))
        painter.end()

    @staticmethod
    def _elided(painter: QPainter, text: str, width: float) -> str:
        return painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(width))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() is Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.activated.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()
