"""A label for a customer's free text (a complaint, a note): wrapped over at most a few lines, the rest elided.

However long the text, the label never asks for more than ``max_lines`` lines, so it cannot push the widgets
below it over each other or the window off the screen; when the text is cut, the whole of it is in the tooltip.
Plain text only.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPaintEvent, QResizeEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import QFrame, QSizePolicy, QWidget

TOOLTIP_WIDTH_CHARS = 60  # the tooltip wraps the whole text at about this many characters


class ElidedLabel(QFrame):
    def __init__(self, parent: QWidget | None = None, max_lines: int = 2) -> None:
        super().__init__(parent)
        self._text = ""
        self._max_lines = max(1, max_lines)
        self._elided = False
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    # --- the text -----------------------------------------------------------------------------------------
    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        self._text = text or ""
        self._relayout()

    def clear(self) -> None:
        self.setText("")

    def maxLines(self) -> int:
        return self._max_lines

    def setMaxLines(self, lines: int) -> None:
        self._max_lines = max(1, lines)
        self._relayout()

    def isElided(self) -> bool:
        return self._elided

    def _relayout(self) -> None:
        self._check_elided(force=True)
        self.updateGeometry()
        self.update()

    def _check_elided(self, *, force: bool = False) -> None:
        """Whether the text is cut at the current width; the tooltip holds the whole text when it is."""
        elided = bool(self._text) and len(self._lines(self._text_width())) < len(
            self._lines(self._text_width(), limit=None))
        if elided == self._elided and not force:
            return
        self._elided = elided
        if not elided:
            self.setToolTip("")
            return
        width = self.fontMetrics().averageCharWidth() * TOOLTIP_WIDTH_CHARS
        self.setToolTip(f"<div style='width:{width}px'>{escape(self._text).replace(chr(10), '<br>')}</div>")

    # --- layout -------------------------------------------------------------------------------------------
    def _text_width(self, width: int | None = None) -> float:
        margins = self.contentsMargins()
        return max(1.0, float((self.width() if width is None else width) - margins.left() - margins.right()))

    def _lines(self, width: float, limit: int | None = -1) -> list[str]:
        """The text broken into lines of ``width``; at most ``limit`` lines (-1: ``max_lines``; None: all), the last
        one elided when text remains."""
        wanted = self._max_lines if limit == -1 else limit
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        lines: list[str] = []
        for paragraph in self._text.split("\n"):
            layout = QTextLayout(paragraph, self.font())
            layout.setTextOption(option)
            layout.beginLayout()
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(width)
                lines.append(paragraph[line.textStart():line.textStart() + line.textLength()])
            layout.endLayout()
            if not paragraph:
                lines.append("")
        if wanted is None or len(lines) <= wanted:
            return lines
        shown = lines[:wanted]
        rest = " ".join(part.strip() for part in lines[wanted - 1:])
        shown[-1] = self.fontMetrics().elidedText(rest, Qt.TextElideMode.ElideRight, int(width))
        if shown[-1] == rest:  # fits after all (spaces joined): still mark the cut
            shown[-1] = self.fontMetrics().elidedText(rest + " …", Qt.TextElideMode.ElideRight, int(width))
        return shown

    def _line_height(self) -> float:
        return QFontMetricsF(self.font()).lineSpacing()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        margins = self.contentsMargins()
        count = max(1, len(self._lines(self._text_width(width)))) if self._text else 1
        return int(count * self._line_height() + 0.999) + margins.top() + margins.bottom()

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(line) for line in self._text.split("\n")), default=0)
        width = min(widest, metrics.averageCharWidth() * 80) + margins.left() + margins.right() + 1
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        margins = self.contentsMargins()
        width = self.fontMetrics().averageCharWidth() * 4 + margins.left() + margins.right()
        return QSize(width, int(self._line_height() + 0.999) + margins.top() + margins.bottom())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._check_elided()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        rect = self.contentsRect()
        metrics = QFontMetricsF(self.font())
        y = rect.top() + metrics.ascent()
        for line in self._lines(self._text_width()):
            if y - metrics.ascent() > rect.bottom():
                break
            painter.drawText(QPointF(rect.left(), y), line)
            y += metrics.lineSpacing()
        painter.end()
