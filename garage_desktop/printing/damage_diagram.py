"""The intake body diagram: five outline views of a car with the damage marks found at intake, and a legend.

The geometry copies the intake screen's widget (``ui/widgets/damage_diagram.py``: the same logical view
sizes, outlines, symbols and colours, with its curves as short polylines), so a mark clicked on a panel
there prints on the same panel here. ``DamageMark.x``/``y`` are per mille of the view's logical width and
height from its top-left corner. Left side and roof show the car's front at the left, the right side at the
right. Keep the two in step when either changes. The geometry is plain data; only ``damage_drawing`` needs
ReportLab (imported when called).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from garage_desktop.printing.labels import DAMAGE_KEYS, VIEW_KEYS

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing

    from garage_desktop.services.documents import DamageMarkDoc

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


def _symbol(kind: str, cx: float, cy: float, s: float, colour: Any, width: float = 1.1) -> list[Any]:
    """A mark's symbol centred on (cx, cy), ``s`` its half size, in drawing units (y grows upwards):
    zigzag scratch, ringed dent, lightning crack, crossed-out missing part, triangle chip, square of rust."""
    from reportlab.graphics.shapes import Circle, Polygon, PolyLine, Rect

    line = {"strokeColor": colour, "strokeWidth": width, "strokeLineCap": 1, "strokeLineJoin": 1}
    if kind == "scratch":
        return [PolyLine([cx - s, cy - s * 0.5, cx - s * 0.35, cy + s * 0.5, cx + s * 0.3, cy - s * 0.5,
                          cx + s, cy + s * 0.5], **line)]
    if kind == "dent":
        return [Circle(cx, cy, s, fillColor=None, **line), Circle(cx, cy, s * 0.3, fillColor=None, **line)]
    if kind == "crack":
        return [PolyLine([cx - s * 0.2, cy + s, cx + s * 0.4, cy + s * 0.1, cx - s * 0.4, cy - s * 0.1,
                          cx + s * 0.2, cy - s], **line)]
    if kind == "missing":
        return [PolyLine([cx - s, cy + s, cx + s, cy - s], **line), PolyLine([cx - s, cy - s, cx + s, cy + s], **line)]
    if kind == "chip":
        return [Polygon([cx, cy + s, cx + s, cy - s * 0.8, cx - s, cy - s * 0.8], fillColor=colour, **line)]
    return [Rect(cx - s * 0.8, cy - s * 0.8, s * 1.6, s * 1.6, fillColor=colour, **line)]


def _outline(view: str, x0: float, y0: float, w: float, h: float) -> list[Any]:
    """The car outline of ``view`` scaled into the box with lower-left corner (x0, y0), size w × h."""
    from reportlab.graphics.shapes import Ellipse, Polygon, PolyLine, Rect
    from reportlab.lib import colors

    logical_w, logical_h = VIEW_SIZE[view]
    sx, sy = w / logical_w, h / logical_h
    fills = {"body": colors.HexColor(BODY_FILL), "glass": colors.HexColor(GLASS_FILL), "line": None}
    stroke = {"strokeColor": colors.HexColor(LINE_COLOUR), "strokeWidth": 0.5}
    shapes: list[Any] = []
    for kind, style, data in OUTLINES[view]:
        fill = fills[style]
        if kind == "poly":
            closed, points = data
            flat = [c for x, y in points for c in (x0 + x * sx, y0 + h - y * sy)]
            shapes.append(Polygon(flat, fillColor=fill, **stroke) if closed else PolyLine(flat, **stroke))
        elif kind == "rect":
            x, y, rw, rh, r = data
            shapes.append(Rect(x0 + x * sx, y0 + h - (y + rh) * sy, rw * sx, rh * sy, rx=r * sx, ry=r * sy,
                               fillColor=fill, **stroke))
        else:
            cx, cy, rx, ry = data
            shapes.append(Ellipse(x0 + cx * sx, y0 + h - cy * sy, rx * sx, ry * sy, fillColor=fill, **stroke))
    return shapes


def damage_drawing(marks: Sequence[DamageMarkDoc], width: float, label: Callable[[str], str],
                   font: str) -> Drawing:
    """The five views side by side, each mark drawn with its kind's symbol and number, and a legend."""
    from reportlab.graphics.shapes import Drawing, Rect, String
    from reportlab.lib import colors
    from reportlab.pdfbase.pdfmetrics import stringWidth

    gap = 5.0
    units = sum(VIEW_SIZE[v][0] / VIEW_SIZE[v][1] for v in VIEW_ORDER)
    box_h = (width - gap * (len(VIEW_ORDER) - 1)) / units
    caption_h, legend_h = 11.0, 13.0
    drawing = Drawing(width, box_h + caption_h + legend_h)
    white = colors.white
    size = max(min(box_h * 0.08, 4.0), 2.8)
    x, y0 = 0.0, legend_h + caption_h
    boxes: dict[str, tuple[float, float, float, float]] = {}
    for view in VIEW_ORDER:
        w = box_h * VIEW_SIZE[view][0] / VIEW_SIZE[view][1]
        boxes[view] = (x, y0, w, box_h)
        drawing.add(Rect(x, y0, w, box_h, fillColor=None, strokeColor=colors.HexColor("#bbbbbb"),
                         strokeWidth=0.4))
        for shape in _outline(view, x, y0, w, box_h):
            drawing.add(shape)
        drawing.add(String(x + w / 2, legend_h + 2.5, label(VIEW_KEYS[view]), fontName=font, fontSize=7.5,
                           textAnchor="middle"))
        x += w + gap
    for mark in marks:
        if mark.view not in boxes:
            continue
        bx, by, bw, bh = boxes[mark.view]
        px = bx + bw * min(max(mark.x, 0), 1000) / 1000
        py = by + bh * (1 - min(max(mark.y, 0), 1000) / 1000)
        colour = colors.HexColor(KIND_COLOUR.get(mark.kind, "#000000"))
        for shape in _symbol(mark.kind, px, py, size, white, width=2.6):  # a halo so it shows on any line
            drawing.add(shape)
        for shape in _symbol(mark.kind, px, py, size, colour):
            drawing.add(shape)
        drawing.add(String(px + size + 0.8, py + size * 0.5, str(mark.number), fontName=font, fontSize=6.5,
                           fillColor=colors.HexColor("#263238")))
    x = 0.0  # the legend: every kind, so the customer can read the marks
    for kind in KIND_ORDER:
        for shape in _symbol(kind, x + 4, 5, 3.2, colors.HexColor(KIND_COLOUR[kind])):
            drawing.add(shape)
        text = label(DAMAGE_KEYS[kind])
        drawing.add(String(x + 10, 2.3, text, fontName=font, fontSize=7.5))
        x += 10 + stringWidth(text, font, 7.5) + 12
    return drawing
