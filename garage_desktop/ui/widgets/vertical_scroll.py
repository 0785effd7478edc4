"""A part of a page that scrolls up and down when the window is short, and never sideways.

The tall parts of the tabs (the QC damage record, the added-work panel, long forms) sit in one, so the window
fits a 1366×768 screen (``ui.fit``) whatever the page holds: the page scrolls instead of growing the window.
Sideways it keeps the width its contents need (its minimum width is theirs plus the scroll bar), so nothing is
clipped or scrolled horizontally. Tabbing into a field scrolls it into view (``QScrollArea`` does that).

Used from the forms (``forms/*.ui``) as a promoted ``QScrollArea`` holding a ``ScrollContents``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class ScrollContents(QWidget):
    """The widget inside a ``VerticalScrollArea``. With word-wrapped labels in it, its layout has a height for
    width, and a scroll area never makes such a widget lower than that height, which is its *preferred* height
    (lists at their full size hint): it would scroll long before it must. This one answers with the least
    height its layout accepts at that width, so its lists shrink first and it scrolls only when it must."""

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return super().heightForWidth(width)
        return layout.totalMinimumHeightForWidth(width)


class VerticalScrollArea(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields inside, not to the area

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)
        self.updateGeometry()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the contents' minimum width may have changed: so has ours
        return super().eventFilter(watched, event)

    def sizeHint(self) -> QSize:
        """Its contents' size hint, whole (a ``QScrollArea`` caps it at 24 lines): when the window has the room, the
        layout gives the area all its contents want and it does not scroll."""
        inner = self.widget()
        if inner is None or not self.widgetResizable():
            return super().sizeHint()
        frame = 2 * self.frameWidth()
        hint = inner.sizeHint().expandedTo(inner.minimumSizeHint())
        return QSize(hint.width() + self.verticalScrollBar().sizeHint().width() + frame, hint.height() + frame)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        inner = self.widget()
        if inner is None or not self.widgetResizable():
            return hint
        needed = inner.minimumSizeHint().expandedTo(inner.minimumSize()).width()
        width = needed + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
        return QSize(max(hint.width(), width), hint.height())
