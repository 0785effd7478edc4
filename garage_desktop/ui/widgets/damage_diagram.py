"""The body-damage diagram: a car outline per view (front, rear, sides, roof); click it to mark damage.

Positions are stored in per mille of the view's drawing, so marks stay on the same body panel whatever the
widget's size. The same widget shows intake marks for QC and delivery (read-only, or adding "qc" marks).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QIcon,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QTransform,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from garage_desktop.domain import limits
from garage_desktop.domain.classes import LABELS, BodyView, DamageKind
from garage_desktop.ui.errors import tr_domain
from garage_desktop.ui.text_limits import limit_input

V, K = BodyView, DamageKind
# Logical size of each view's drawing; marks are per mille of these.
SIZES: dict[BodyView, tuple[float, float]] = {V.FRONT: (800, 600), V.REAR: (800, 600), V.LEFT: (1000, 400),
                                             V.RIGHT: (1000, 400), V.TOP: (1000, 440)}
COLOURS: dict[DamageKind, QColor] = {K.SCRATCH: QColor("#d32f2f"), K.DENT: QColor("#1565c0"),
                                     K.CRACK: QColor("#ef6c00"), K.MISSING: QColor("#6a1b9a"),
                                     K.CHIP: QColor("#2e7d32"), K.RUST: QColor("#795548")}
HIT_RADIUS = 12  # pixels: a click this close to a mark picks the mark instead of adding one


@dataclass(frozen=True)
class Mark:
    view: BodyView
    x: int  # per mille of the view's width
    y: int  # per mille of the view's height
    kind: DamageKind
    note: str = ""
    found_at: str = "intake"  # "qc": found at final QC (drawn with a ring)


# --- the outlines ---------------------------------------------------------------------------------------
def _poly(path: QPainterPath, *points: tuple[float, float], close: bool = True) -> QPainterPath:
    path.moveTo(*points[0])
    for point in points[1:]:
        path.lineTo(*point)
    if close:
        path.closeSubpath()
    return path


def _side() -> tuple[QPainterPath, QPainterPath]:
    """Left side, front to the left: (body and details, glass and wheels to fill)."""
    body = QPainterPath(QPointF(35, 315))
    body.lineTo(28, 262)
    body.quadTo(30, 228, 60, 222)
    body.lineTo(300, 193)
    body.lineTo(420, 106)
    body.quadTo(560, 88, 700, 100)
    body.lineTo(832, 184)
    body.lineTo(950, 196)
    body.quadTo(975, 215, 970, 312)
    body.lineTo(880, 315)
    body.arcTo(QRectF(722, 222, 156, 156), -11, 202)
    body.lineTo(283, 315)
    body.arcTo(QRectF(127, 222, 156, 156), -11, 202)
    body.closeSubpath()
    details = QPainterPath(body)
    for x, top, bottom in ((312, 196, 312), (565, 192, 314), (760, 196, 296)):
        _poly(details, (x, top), (x, bottom), close=False)
    details.addRoundedRect(QRectF(488, 214, 34, 8), 3, 3)
    details.addRoundedRect(QRectF(690, 214, 34, 8), 3, 3)
    details.addRoundedRect(QRectF(40, 232, 48, 16), 6, 6)  # headlight
    details.addRoundedRect(QRectF(944, 206, 22, 30), 5, 5)  # tail light
    _poly(details, (318, 186), (348, 168), (352, 190))  # mirror
    fill = _poly(QPainterPath(), (322, 192), (426, 117), (558, 105), (558, 192))
    _poly(fill, (572, 192), (572, 106), (690, 112), (800, 188))
    for cx in (205, 800):
        fill.addEllipse(QPointF(cx, 300), 62, 62)
    for cx in (205, 800):
        details.addEllipse(QPointF(cx, 300), 34, 34)
    return details, fill


def _front(rear: bool) -> tuple[QPainterPath, QPainterPath]:
    body = QPainterPath(QPointF(120, 520))
    body.lineTo(100, 420)
    body.lineTo(95, 330)
    body.quadTo(100, 305, 150, 295)
    body.lineTo(240, 150)
    body.quadTo(400, 136, 560, 150)
    body.lineTo(650, 295)
    body.quadTo(700, 305, 705, 330)
    body.lineTo(700, 420)
    body.lineTo(680, 520)
    body.closeSubpath()
    details = QPainterPath(body)
    _poly(details, (150, 296), (650, 296), close=False)
    _poly(details, (104, 440), (696, 440), close=False)  # bumper
    details.addRoundedRect(QRectF(330, 448, 140, 36), 4, 4)  # plate
    fill = QPainterPath()
    if rear:
        _poly(fill, (215, 282), (268, 178), (532, 178), (585, 282))
        details.addRoundedRect(QRectF(112, 320, 150, 50), 10, 10)  # tail lights
        details.addRoundedRect(QRectF(538, 320, 150, 50), 10, 10)
        _poly(details, (270, 345), (530, 345), close=False)  # boot lid
        details.addEllipse(QPointF(600, 505), 18, 10)  # exhaust
    else:
        _poly(fill, (180, 288), (252, 165), (548, 165), (620, 288))
        details.addRoundedRect(QRectF(118, 334, 136, 44), 12, 12)  # headlights
        details.addRoundedRect(QRectF(546, 334, 136, 44), 12, 12)
        details.addRoundedRect(QRectF(290, 346, 220, 70), 10, 10)  # grille
    for x in (60, 700):
        _poly(details, (x, 282), (x + 40, 282), (x + 40, 312), (x, 312))  # mirrors
    fill.addRoundedRect(QRectF(122, 505, 84, 60), 8, 8)
    fill.addRoundedRect(QRectF(594, 505, 84, 60), 8, 8)
    return details, fill


def _top() -> tuple[QPainterPath, QPainterPath]:
    """Seen from above, front to the left."""
    details = QPainterPath()
    details.addRoundedRect(QRectF(40, 60, 920, 320), 90, 110)
    _poly(details, (330, 60), (350, 28), (372, 62), close=False)  # mirrors
    _poly(details, (330, 380), (350, 412), (372, 378), close=False)
    for y in (150, 290):
        _poly(details, (70, y), (290, y), close=False)  # hood creases
    details.addRoundedRect(QRectF(420, 112, 290, 216), 16, 16)  # roof panel
    fill = _poly(QPainterPath(), (300, 86), (410, 110), (410, 330), (300, 354))
    _poly(fill, (720, 112), (805, 96), (805, 344), (720, 328))
    return details, fill


def outline(view: BodyView) -> tuple[QPainterPath, QPainterPath]:
    if view in (V.LEFT, V.RIGHT):
        details, fill = _side()
        if view is V.RIGHT:  # the right side seen from the right: front to the right
            mirror = QTransform(-1, 0, 0, 1, 1000, 0)
            return mirror.map(details), mirror.map(fill)
        return details, fill
    if view is V.TOP:
        return _top()
    return _front(rear=view is V.REAR)


def draw_symbol(painter: QPainter, centre: QPointF, kind: DamageKind, size: float = 8.0) -> None:
    """The mark's symbol: a zigzag scratch, a ringed dent, a lightning crack, a crossed-out missing part,
    a triangle chip, a square of rust; each in its colour with a white halo so it shows on any line."""
    colour = COLOURS[kind]
    x, y, s = centre.x(), centre.y(), size
    path = QPainterPath()
    filled = kind in (K.CHIP, K.RUST)
    if kind is K.SCRATCH:
        _poly(path, (x - s, y + s * 0.5), (x - s * 0.35, y - s * 0.5), (x + s * 0.3, y + s * 0.5),
              (x + s, y - s * 0.5), close=False)
    elif kind is K.DENT:
        path.addEllipse(centre, s, s)
        path.addEllipse(centre, s * 0.3, s * 0.3)
    elif kind is K.CRACK:
        _poly(path, (x - s * 0.2, y - s), (x + s * 0.4, y - s * 0.1), (x - s * 0.4, y + s * 0.1),
              (x + s * 0.2, y + s), close=False)
    elif kind is K.MISSING:
        _poly(path, (x - s, y - s), (x + s, y + s), close=False)
        _poly(path, (x - s, y + s), (x + s, y - s), close=False)
    elif kind is K.CHIP:
        _poly(path, (x, y - s), (x + s, y + s * 0.8), (x - s, y + s * 0.8))
    else:
        path.addRect(QRectF(x - s * 0.8, y - s * 0.8, s * 1.6, s * 1.6))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(QColor("white"), 5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                        Qt.PenJoinStyle.RoundJoin))
    painter.drawPath(path)
    painter.setPen(QPen(colour, 2.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                        Qt.PenJoinStyle.RoundJoin))
    painter.setBrush(colour if filled else Qt.BrushStyle.NoBrush)
    painter.drawPath(path)


def symbol_icon(kind: DamageKind, size: int = 20) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw_symbol(painter, QPointF(size / 2, size / 2), kind, size * 0.32)
    painter.end()
    return QIcon(pixmap)


# --- the canvas -----------------------------------------------------------------------------------------
class DamageCanvas(QWidget):
    """Paints one view with its marks; a click adds a mark of the current kind or picks an existing one."""

    clicked_at = Signal(int, int)  # per mille position of a click on the car (not on a mark)
    mark_picked = Signal(int)  # index into the marks

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = V.LEFT
        self.marks: list[Mark] = []
        self.selected: int | None = None
        self.setMinimumSize(320, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self._outlines = {view: outline(view) for view in BodyView}

    def sizeHint(self) -> QSize:
        return QSize(460, 300)

    def _frame(self) -> tuple[QRectF, float]:
        """Where the current view's drawing sits in the widget (aspect kept) and its scale."""
        width, height = SIZES[self.view]
        area = QRectF(self.rect()).adjusted(10, 22, -10, -10)
        scale = min(area.width() / width, area.height() / height)
        left = area.left() + (area.width() - width * scale) / 2
        top = area.top() + (area.height() - height * scale) / 2
        return QRectF(left, top, width * scale, height * scale), scale

    def point_for(self, x: int, y: int) -> QPoint:
        """The widget pixel of a per mille position in the current view (tests click here)."""
        frame, _ = self._frame()
        return QPoint(round(frame.left() + frame.width() * x / 1000),
                      round(frame.top() + frame.height() * y / 1000))

    def _per_mille(self, pos: QPointF) -> tuple[int, int] | None:
        frame, _ = self._frame()
        if not frame.contains(pos):
            return None
        return (round((pos.x() - frame.left()) / frame.width() * 1000),
                round((pos.y() - frame.top()) / frame.height() * 1000))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        pos = event.position()
        for index, mark in enumerate(self.marks):
            if mark.view is self.view:
                centre = QPointF(self.point_for(mark.x, mark.y))
                if (centre - pos).manhattanLength() <= HIT_RADIUS * 1.4:
                    self.mark_picked.emit(index)
                    return
        position = self._per_mille(pos)
        if position is not None:
            self.clicked_at.emit(*position)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#fbfbf8"))
        painter.setPen(QColor("#607d8b"))
        painter.drawText(QRectF(self.rect()).adjusted(8, 2, -8, 0),
                         Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft,
                         tr_domain(LABELS[self.view]) + self._direction())
        frame, scale = self._frame()
        painter.save()
        painter.translate(frame.topLeft())
        painter.scale(scale, scale)
        details, fill = self._outlines[self.view]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#eef2f5"))
        painter.drawPath(details)
        painter.setBrush(QColor("#cfd8dc"))
        painter.drawPath(fill)
        pen = QPen(QColor("#37474f"), 2.2)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(details)
        painter.drawPath(fill)
        painter.restore()
        for index, mark in enumerate(self.marks):
            if mark.view is not self.view:
                continue
            centre = QPointF(self.point_for(mark.x, mark.y))
            if index == self.selected:
                painter.setPen(QPen(QColor("#fbc02d"), 3))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(centre, 15, 15)
            if mark.found_at == "qc":
                painter.setPen(QPen(QColor("#000000"), 1, Qt.PenStyle.DashLine))
                painter.drawEllipse(centre, 12, 12)
            draw_symbol(painter, centre, mark.kind)
            painter.setPen(QColor("#263238"))
            painter.drawText(centre + QPointF(10, -8), str(index + 1))
        painter.end()

    def _direction(self) -> str:
        if self.view in (V.LEFT, V.TOP):
            return "   " + self.tr("◀ front")
        if self.view is V.RIGHT:
            return "   " + self.tr("front ▶")
        return ""


# --- the whole diagram ----------------------------------------------------------------------------------
class DamageDiagram(QWidget):
    """View buttons, the kind selector (which is also the legend), the canvas and the list of marks.

    Click the car to add a mark of the chosen kind; click a mark to pick it, then type its note or remove it
    (Remove button or Delete key).
    """

    marks_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._read_only = False
        self.canvas = DamageCanvas(self)
        self.view_buttons: dict[BodyView, QToolButton] = {}
        self.kind_buttons: dict[DamageKind, QToolButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self._button_row(self.view_buttons, list(BodyView), self._view_chosen))
        layout.addLayout(self._button_row(self.kind_buttons, list(DamageKind), self._kind_chosen))
        layout.addWidget(self.canvas, 1)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(170)
        self.list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.note_label = QLabel(self.tr("Note on the picked mark:"), self)
        self.note_edit = QLineEdit(self)
        limit_input(self.note_edit, limits.DAMAGE_NOTE)
        self.note_edit.setPlaceholderText(self.tr("e.g. old scratch, 10 cm"))
        self.note_label.setBuddy(self.note_edit)
        self.remove_button = QPushButton(self.tr("Remove mark"), self)
        self.remove_button.setToolTip(self.tr("Remove the picked mark (Delete)"))
        row.addWidget(self.note_label)
        row.addWidget(self.note_edit, 1)
        row.addWidget(self.remove_button)
        layout.addLayout(row)

        self.canvas.clicked_at.connect(self._add_at)
        self.canvas.mark_picked.connect(self.pick)
        self.list.currentRowChanged.connect(self._row_chosen)
        self.note_edit.textEdited.connect(self._note_edited)
        self.remove_button.clicked.connect(self.remove_picked)
        self.kind_buttons[K.SCRATCH].setChecked(True)
        self.set_view(V.LEFT)
        self._refresh()

    def _button_row(self, store: dict, values: list, chosen: object) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(2)
        group = QButtonGroup(self)
        group.setExclusive(True)
        for value in values:
            button = QToolButton(self)
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setText(tr_domain(LABELS[value]))
            if isinstance(value, DamageKind):
                button.setIcon(symbol_icon(value))
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
                label = tr_domain(LABELS[value])
                button.setToolTip(self.tr("Click the car to mark: %1").replace("%1", label))
            button.clicked.connect(lambda _=False, v=value: chosen(v))  # type: ignore[operator]
            group.addButton(button)
            store[value] = button
            row.addWidget(button)
        row.addStretch(1)
        return row

    # --- state ------------------------------------------------------------------------------------------
    def marks(self) -> list[Mark]:
        return list(self.canvas.marks)

    def set_marks(self, marks: Iterable[Mark]) -> None:
        self.canvas.marks = list(marks)
        self.canvas.selected = None
        self._refresh()

    def view(self) -> BodyView:
        return self.canvas.view

    def set_view(self, view: BodyView) -> None:
        self.canvas.view = view
        self.view_buttons[view].setChecked(True)
        self.canvas.update()

    def kind(self) -> DamageKind:
        return next(kind for kind, button in self.kind_buttons.items() if button.isChecked())

    def set_kind(self, kind: DamageKind) -> None:
        self.kind_buttons[kind].setChecked(True)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for button in self.kind_buttons.values():
            button.setEnabled(not read_only)
        self.canvas.setCursor(Qt.CursorShape.ArrowCursor if read_only else Qt.CursorShape.CrossCursor)
        self._refresh()

    def picked(self) -> int | None:
        return self.canvas.selected

    # --- actions ----------------------------------------------------------------------------------------
    def _view_chosen(self, view: BodyView) -> None:
        self.set_view(view)

    def _kind_chosen(self, kind: DamageKind) -> None:
        self.set_kind(kind)
        self.canvas.setFocus()

    def _add_at(self, x: int, y: int) -> None:
        if self._read_only:
            return
        self.canvas.marks.append(Mark(self.canvas.view, x, y, self.kind()))
        self.canvas.selected = len(self.canvas.marks) - 1
        self._refresh()
        self.marks_changed.emit()

    def pick(self, index: int | None) -> None:
        """Pick a mark (to annotate or remove it), showing its view."""
        if index is not None and not 0 <= index < len(self.canvas.marks):
            index = None
        self.canvas.selected = index
        if index is not None and self.canvas.marks[index].view is not self.canvas.view:
            self.set_view(self.canvas.marks[index].view)
        self._refresh()
        if index is not None and not self._read_only:
            self.note_edit.setFocus()

    def _row_chosen(self, row: int) -> None:
        if row >= 0 and row != self.canvas.selected:
            self.pick(row)

    def _note_edited(self, text: str) -> None:
        index = self.canvas.selected
        if index is None or self._read_only:
            return
        self.canvas.marks[index] = replace(self.canvas.marks[index], note=text)
        self.list.item(index).setText(self._describe(index))
        self.marks_changed.emit()

    def remove_picked(self) -> None:
        index = self.canvas.selected
        if index is None or self._read_only:
            return
        del self.canvas.marks[index]
        self.canvas.selected = None
        self._refresh()
        self.marks_changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and not self.note_edit.hasFocus():
            self.remove_picked()
            return
        super().keyPressEvent(event)

    # --- display ----------------------------------------------------------------------------------------
    def _describe(self, index: int) -> str:
        mark = self.canvas.marks[index]
        text = f"{index + 1}. {tr_domain(LABELS[mark.view])} · {tr_domain(LABELS[mark.kind])}"
        if mark.found_at == "qc":
            text += " · " + self.tr("found at QC")
        return text + (f" — {mark.note}" if mark.note else "")

    def _refresh(self) -> None:
        counts = {view: 0 for view in BodyView}
        for mark in self.canvas.marks:
            counts[mark.view] += 1
        for view, button in self.view_buttons.items():
            label = tr_domain(LABELS[view])
            button.setText(f"{label} ({counts[view]})" if counts[view] else label)
        self.list.blockSignals(True)
        self.list.clear()
        for index, mark in enumerate(self.canvas.marks):
            item = QListWidgetItem(symbol_icon(mark.kind, 16), self._describe(index))
            self.list.addItem(item)
        if not self.canvas.marks:
            empty = QListWidgetItem(self.tr("No damage marked: click the car where there is damage."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        selected = self.canvas.selected
        self.list.setCurrentRow(selected if selected is not None else -1)
        self.list.blockSignals(False)
        picked = selected is not None
        self.note_edit.setText(self.canvas.marks[selected].note if picked else "")
        self.note_edit.setEnabled(picked)
        self.note_edit.setReadOnly(self._read_only)
        self.remove_button.setEnabled(picked and not self._read_only)
        self.canvas.update()
