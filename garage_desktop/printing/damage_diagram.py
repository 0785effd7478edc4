"""The intake body diagram: five outline views of a car with the damage marks found at intake, and a legend.

The geometry copies the intake screen's widget (``ui/widgets/damage_diagram.py``: the same logical view
sizes, outlines, symbols and colours, with its curves as short polylines), so a mark clicked on a panel
there prints on the same panel here. ``DamageMark.x``/``y`` are per mille of the view's logical width and
height from its top-left corner. Left side and roof show the car's front at the left, the right side at the
right. Keep the two in step when either changes.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from reportlab.lib.colors import HexColor, black
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pathobject import PDFPathObject
from reportlab.platypus import Flowable

from garage_desktop.printing.labels import DAMAGE_KEYS, VIEW_KEYS

if TYPE_CHECKING:
    from garage_desktop.documents.order import DamageMarkDoc

# Logical size (width, height) of each view's drawing; marks are per mille of these.
VIEW_SIZE: dict[str, tuple[float, float]] = {"front": (800, 600), "rear": (800, 600), "left": (1000, 400),
                                             "right": (1000, 400), "top": (1000, 440)}
VIEW_ORDER = ("front", "left", "top", "right", "rear")
KIND_ORDER = ("scratch", "dent", "crack", "missing", "chip", "rust")
KIND_COLOUR = {"scratch": "#d32f2f", "dent": "#1565c0", "crack": "#ef6c00", "missing": "#6a1b9a",
               "chip": "#2e7d32", "rust": "#795548"}
BODY_FILL, GLASS_FILL, LINE_COLOUR = "#eef2f5", "#cfd8dc", "#37474f"

# A shape: (kind, style, data) with style "body" (light fill), "glass" (darker fill) or "line" (no fill);
# kind "poly" data = (closed, points); "rect" data = (x, y, w, h, radius); "ellipse" data = (cx, cy, rx, ry).
Shape = tuple[str, str, Any]
Point = tuple[float, float]


def _arc(cx: float, cy: float, r: float, start: float, sweep: float, steps: int = 10) -> list[Point]:
    """Points along a circle arc, angles in degrees counter-clockwise as Qt's arcTo (y grows downwards)."""
    return [(cx + r * math.cos(math.radians(start + sweep * i / steps)),
             cy - r * math.sin(math.radians(start + sweep * i / steps))) for i in range(steps + 1)]


def _quad(p0: Point, control: Point, p1: Point, steps: int = 4) -> list[Point]:
    """Points along a quadratic curve after ``p0``."""
    points = []
    for i in range(1, steps + 1):
        t = i / steps
        points.append(((1 - t) ** 2 * p0[0] + 2 * (1 - t) * t * control[0] + t * t * p1[0],
                       (1 - t) ** 2 * p0[1] + 2 * (1 - t) * t * control[1] + t * t * p1[1]))
    return points


def _side() -> list[Shape]:
    body: list[Point] = [(35, 315), (28, 262), *_quad((28, 262), (30, 228), (60, 222)), (300, 193), (420, 106),
                         *_quad((420, 106), (560, 88), (700, 100)), (832, 184), (950, 196),
                         *_quad((950, 196), (975, 215), (970, 312)), (880, 315), *_arc(800, 300, 78, -11, 202),
                         (283, 315), *_arc(205, 300, 78, -11, 202)]
    shapes: list[Shape] = [("poly", "body", (True, body))]
    shapes += [("poly", "line", (False, [(x, top), (x, bottom)]))
               for x, top, bottom in ((312, 196, 312), (565, 192, 314), (760, 196, 296))]
    shapes += [("rect", "line", (488, 214, 34, 8, 3)), ("rect", "line", (690, 214, 34, 8, 3)),
               ("rect", "line", (40, 232, 48, 16, 6)), ("rect", "line", (944, 206, 22, 30, 5)),
               ("poly", "line", (True, [(318, 186), (348, 168), (352, 190)])),
               ("poly", "glass", (True, [(322, 192), (426, 117), (558, 105), (558, 192)])),
               ("poly", "glass", (True, [(572, 192), (572, 106), (690, 112), (800, 188)]))]
    for cx in (205, 800):
        shapes += [("ellipse", "glass", (cx, 300, 62, 62)), ("ellipse", "line", (cx, 300, 34, 34))]
    return shapes


def _front(rear: bool) -> list[Shape]:
    body: list[Point] = [(120, 520), (100, 420), (95, 330), *_quad((95, 330), (100, 305), (150, 295)), (240, 150),
                         *_quad((240, 150), (400, 136), (560, 150)), (650, 295),
                         *_quad((650, 295), (700, 305), (705, 330)), (700, 420), (680, 520)]
    shapes: list[Shape] = [("poly", "body", (True, body)),
                           ("poly", "line", (False, [(150, 296), (650, 296)])),
                           ("poly", "line", (False, [(104, 440), (696, 440)])),
                           ("rect", "line", (330, 448, 140, 36, 4))]
    if rear:
        shapes += [("poly", "glass", (True, [(215, 282), (268, 178), (532, 178), (585, 282)])),
                   ("rect", "line", (112, 320, 150, 50, 10)), ("rect", "line", (538, 320, 150, 50, 10)),
                   ("poly", "line", (False, [(270, 345), (530, 345)])), ("ellipse", "line", (600, 505, 18, 10))]
    else:
        shapes += [("poly", "glass", (True, [(180, 288), (252, 165), (548, 165), (620, 288)])),
                   ("rect", "line", (118, 334, 136, 44, 12)), ("rect", "line", (546, 334, 136, 44, 12)),
                   ("rect", "line", (290, 346, 220, 70, 10))]
    shapes += [("rect", "line", (x, 282, 40, 30, 0)) for x in (60, 700)]
    shapes += [("rect", "glass", (122, 505, 84, 60, 8)), ("rect", "glass", (594, 505, 84, 60, 8))]
    return shapes


def _top() -> list[Shape]:
    return [("rect", "body", (40, 60, 920, 320, 100)),
            ("poly", "line", (False, [(330, 60), (350, 28), (372, 62)])),
            ("poly", "line", (False, [(330, 380), (350, 412), (372, 378)])),
            ("poly", "line", (False, [(70, 150), (290, 150)])), ("poly", "line", (False, [(70, 290), (290, 290)])),
            ("rect", "line", (420, 112, 290, 216, 16)),
            ("poly", "glass", (True, [(300, 86), (410, 110), (410, 330), (300, 354)])),
            ("poly", "glass", (True, [(720, 112), (805, 96), (805, 344), (720, 328)]))]


def _mirrored(shapes: list[Shape], width: float) -> list[Shape]:
    """The right side: the left side seen from the other side, front to the right."""
    out: list[Shape] = []
    for kind, style, data in shapes:
        if kind == "poly":
            out.append((kind, style, (data[0], [(width - x, y) for x, y in data[1]])))
        elif kind == "rect":
            x, y, w, h, r = data
            out.append((kind, style, (width - x - w, y, w, h, r)))
        else:
            cx, cy, rx, ry = data
            out.append((kind, style, (width - cx, cy, rx, ry)))
    return out


OUTLINES: dict[str, list[Shape]] = {"front": _front(rear=False), "rear": _front(rear=True), "left": _side(),
                                    "right": _mirrored(_side(), 1000), "top": _top()}


def _symbol_path(new_path: Callable[[], Any], kind: str, cx: float, cy: float, s: float) -> tuple[Any, bool]:
    """A mark's symbol centred on (cx, cy), ``s`` its half size (y grows upwards), and whether it is filled:
    zigzag scratch, ringed dent, lightning crack, crossed-out missing part, triangle chip, square of rust."""
    path = new_path()
    if kind == "scratch":
        _lines(path, [(cx - s, cy - s * 0.5), (cx - s * 0.35, cy + s * 0.5), (cx + s * 0.3, cy - s * 0.5),
                      (cx + s, cy + s * 0.5)])
        return path, False
    if kind == "dent":
        path.circle(cx, cy, s)
        path.circle(cx, cy, s * 0.3)
        return path, False
    if kind == "crack":
        _lines(path, [(cx - s * 0.2, cy + s), (cx + s * 0.4, cy + s * 0.1), (cx - s * 0.4, cy - s * 0.1),
                      (cx + s * 0.2, cy - s)])
        return path, False
    if kind == "missing":
        _lines(path, [(cx - s, cy + s), (cx + s, cy - s)])
        _lines(path, [(cx - s, cy - s), (cx + s, cy + s)])
        return path, False
    if kind == "chip":
        _lines(path, [(cx, cy + s), (cx + s, cy - s * 0.8), (cx - s, cy - s * 0.8)], close=True)
        return path, True
    path.rect(cx - s * 0.8, cy - s * 0.8, s * 1.6, s * 1.6)
    return path, True


def _lines(path: Any, points: Sequence[Point], close: bool = False) -> None:
    path.moveTo(*points[0])
    for point in points[1:]:
        path.lineTo(*point)
    if close:
        path.close()


def draw_symbol(canvas: Canvas, kind: str, cx: float, cy: float, size: float, *, halo: bool = True) -> None:
    """One mark in its kind's colour, over a white halo so it shows on any outline."""
    canvas.saveState()
    canvas.translate(cx, cy)
    canvas.addLiteral(symbol_operators(kind, round(size, 3), halo))
    canvas.restoreState()


@lru_cache(maxsize=64)
def symbol_operators(kind: str, size: float, halo: bool = True) -> str:
    """The PDF operators of one mark centred on the origin (the same a canvas writes for it: round caps and
    joins, the white halo, then the symbol in its kind's colour, filled for chip and rust), once per process
    for each kind and size."""
    colour = _rgb(KIND_COLOUR.get(kind, "#000000"))
    path, filled = _symbol_path(PDFPathObject, kind, 0, 0, size)
    ops = ["q", "1 J", "1 j"]
    if halo:
        ops += ["1 1 1 RG", "2.6 w", path.getCode(), "S"]
    ops += [f"{colour} RG", f"{colour} rg", "1.1 w", path.getCode(), "B*" if filled else "S", "Q"]
    return "\n".join(ops)


def _rgb(hex_colour: str) -> str:
    colour = HexColor(hex_colour)
    return f"{colour.red:.3f} {colour.green:.3f} {colour.blue:.3f}"


@lru_cache(maxsize=32)
def outline_operators(view: str, w: float, h: float) -> str:
    """The PDF drawing operators of ``view``'s outline in a w × h box with its lower-left corner at the
    origin. The outlines never change, so each size is turned into operators once per process and
    re-used by every work order (number formatting is most of the cost of drawing them)."""
    logical_w, logical_h = VIEW_SIZE[view]
    sx, sy = w / logical_w, h / logical_h
    ops = ["q", f"{_rgb(LINE_COLOUR)} RG", "0.5 w"]
    for kind, style, data in OUTLINES[view]:
        filled = style != "line"
        path = PDFPathObject()
        if kind == "poly":
            closed, points = data
            _lines(path, [(x * sx, h - y * sy) for x, y in points], close=closed)
            filled = filled and closed
        elif kind == "rect":
            x, y, rw, rh, r = data
            left, bottom = x * sx, h - (y + rh) * sy
            if r:
                path.roundRect(left, bottom, rw * sx, rh * sy, r * min(sx, sy))
            else:
                path.rect(left, bottom, rw * sx, rh * sy)
        else:
            cx, cy, rx, ry = data
            path.ellipse(cx * sx - rx * sx, h - cy * sy - ry * sy, 2 * rx * sx, 2 * ry * sy)
        if filled:
            ops.append(f"{_rgb(BODY_FILL if style == 'body' else GLASS_FILL)} rg")
        ops += [path.getCode(), "B" if filled else "S"]
    ops.append("Q")
    return "\n".join(ops)


def draw_outline(canvas: Canvas, view: str, x0: float, y0: float, w: float, h: float) -> None:
    """The car outline of ``view`` scaled into the box with lower-left corner (x0, y0), size w × h."""
    canvas.saveState()
    canvas.translate(x0, y0)
    canvas.addLiteral(outline_operators(view, round(w, 3), round(h, 3)))
    canvas.restoreState()


class DamageDiagram(Flowable):
    """The five views side by side, each mark drawn with its kind's symbol and number, and a legend.

    Drawn straight on the canvas (no ``reportlab.graphics`` renderer): it is on every work order.
    """

    GAP, CAPTION, LEGEND = 5.0, 11.0, 13.0

    def __init__(self, marks: Sequence[DamageMarkDoc], width: float, label: Callable[[str], str],
                 font: str) -> None:
        super().__init__()
        self.marks, self.label, self.font = list(marks), label, font
        units = sum(VIEW_SIZE[v][0] / VIEW_SIZE[v][1] for v in VIEW_ORDER)
        self.box_height = (width - self.GAP * (len(VIEW_ORDER) - 1)) / units
        self.width = width
        self.height = self.box_height + self.CAPTION + self.LEGEND

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def boxes(self) -> dict[str, tuple[float, float, float, float]]:
        """Each view's box (left, bottom, width, height) in the flowable's coordinates."""
        result, x = {}, 0.0
        for view in VIEW_ORDER:
            w = self.box_height * VIEW_SIZE[view][0] / VIEW_SIZE[view][1]
            result[view] = (x, self.CAPTION + self.LEGEND, w, self.box_height)
            x += w + self.GAP
        return result

    def legend(self) -> list[tuple[str, float, str]]:
        """The legend's entries: (kind, left edge, label) along the bottom."""
        entries, x = [], 0.0
        for kind in KIND_ORDER:
            text = self.label(DAMAGE_KEYS[kind])
            entries.append((kind, x, text))
            x += 10 + stringWidth(text, self.font, 7.5) + 12
        return entries

    def draw(self) -> None:
        canvas = self.canv
        boxes = self.boxes()
        legend = self.legend()
        canvas.saveState()
        # the frames, outlines and legend symbols never change for a size and language: one literal
        canvas.addLiteral(fixed_operators(round(self.box_height, 3), self.CAPTION + self.LEGEND,
                                          tuple(round(x, 3) for _, x, _ in legend)))
        canvas.setFillColor(black)
        canvas.setFont(self.font, 7.5)
        for view, (x, _, w, _) in boxes.items():
            canvas.drawCentredString(x + w / 2, self.LEGEND + 2.5, self.label(VIEW_KEYS[view]))
        for _, x, text in legend:
            canvas.drawString(x + 10, 2.3, text)
        size = max(min(self.box_height * 0.08, 4.0), 2.8)
        canvas.setFont(self.font, 6.5)
        canvas.setFillColor(HexColor("#263238"))
        for mark in self.marks:
            if mark.view not in boxes:
                continue
            bx, by, bw, bh = boxes[mark.view]
            px = bx + bw * min(max(mark.x, 0), 1000) / 1000
            py = by + bh * (1 - min(max(mark.y, 0), 1000) / 1000)
            draw_symbol(canvas, mark.kind, px, py, size)
            canvas.drawString(px + size + 0.8, py + size * 0.5, str(mark.number))
        canvas.restoreState()


@lru_cache(maxsize=16)
def fixed_operators(box_height: float, bottom: float, legend: tuple[float, ...]) -> str:
    """The PDF operators of what a ``DamageDiagram`` always draws — each view's frame and car outline, the
    legend's symbols at ``legend`` (their left edges) — for views ``box_height`` high standing on ``bottom``."""
    ops = ["q", f"{_rgb('#bbbbbb')} RG", "0.4 w"]
    x = 0.0
    for view in VIEW_ORDER:
        w = box_height * VIEW_SIZE[view][0] / VIEW_SIZE[view][1]
        frame = PDFPathObject()
        frame.rect(x, bottom, w, box_height)
        ops += [frame.getCode(), "S", f"q 1 0 0 1 {fp_str(x, bottom)} cm", outline_operators(view, round(w, 3),
                                                                                         box_height), "Q"]
        x += w + DamageDiagram.GAP
    for kind, left in zip(KIND_ORDER, legend, strict=True):
        ops += [f"q 1 0 0 1 {fp_str(left + 4, 5)} cm", symbol_operators(kind, 3.2, halo=False), "Q"]
    ops.append("Q")
    return "\n".join(ops)
