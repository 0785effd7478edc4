"""The shared page of every printout: A4, the garage profile header, title, number, page x/y, and the
building blocks (information grid, titled tables with repeated headers, signature lines, number formats).

A PDF is made of *sections* (a copy of the work order, one team's dispatch slip): each section has its own
title and copy mark in the header and its own page numbering ("page 1 of 2" counts within the section).
"""

from __future__ import annotations

import io
import math
import re
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from functools import partial
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFArray, PDFName, PDFStream, PDFZCompress
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from garage_desktop.printing.fonts import register_font, reserve_subsets
from garage_desktop.printing.labels import is_chinese, labeller, normalise_language

if TYPE_CHECKING:
    from garage_desktop.documents.order import GarageHeader

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 15 * mm
HEADER_HEIGHT = 34 * mm  # garage profile, rule, title: drawn on every page above the frame
MARGIN_BOTTOM = 16 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

INK = colors.black
GRID = colors.HexColor("#7a7a7a")
HEAD_FILL = colors.HexColor("#e9e9e9")
TITLE_FILL = colors.HexColor("#d4d4d4")
MUTED = colors.HexColor("#555555")
WATERMARK = colors.HexColor("#9a9a9a")


# ---------------------------------------------------------------- number and date formats

def money(amount: Decimal | None) -> str:
    """1280.5 → "1,280.50" (two places, half up, thousands separated)."""
    if amount is None:
        return ""
    return f"{Decimal(amount).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):,.2f}"


def plain_number(value: Decimal | None, places: int = 3) -> str:
    """Hours, quantities, coefficients without trailing zeros: 1.50 → "1.5", 2.000 → "2"."""
    if value is None:
        return ""
    text = f"{Decimal(value).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def coefficient(value: Decimal, places: int = 3) -> str:
    """Coefficients and hours always show a decimal: 1 → "1.0", 1.15 → "1.15"."""
    text = plain_number(value, places)
    return text if "." in text else f"{text}.0"


def hours(value: Decimal) -> str:
    """Standard hours: 1 → "1.0", 0.25 → "0.25"."""
    return coefficient(value, 2)


def when(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M") if moment else ""


def xml(text: str) -> str:
    """User text made safe for a Paragraph: markup escaped, line breaks kept."""
    return escape(text or "").replace("\r\n", "\n").replace("\n", "<br/>")


# ---------------------------------------------------------------- styles

@dataclass(frozen=True)
class Styles:
    font: str
    language: str
    t: Callable[[str], str]
    body: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    small: ParagraphStyle
    head: ParagraphStyle


def make_styles(language: str) -> Styles:
    font = register_font()
    lang = normalise_language(language)
    wrap = "CJK" if is_chinese(lang) else None
    body = ParagraphStyle("gd-body", fontName=font, fontSize=9, leading=12, wordWrap=wrap, alignment=TA_LEFT)
    cell = ParagraphStyle("gd-cell", parent=body, fontSize=8.5, leading=10.5)
    return Styles(
        font=font, language=lang, t=labeller(lang), body=body, cell=cell,
        cell_center=ParagraphStyle("gd-cell-c", parent=cell, alignment=TA_CENTER),
        small=ParagraphStyle("gd-small", parent=body, fontSize=7.5, leading=9.5, textColor=MUTED),
        head=ParagraphStyle("gd-head", parent=cell, fontSize=8, leading=9.5, alignment=TA_CENTER),
    )


# ---------------------------------------------------------------- building blocks

CELL_PADDING = 12  # a table cell's default left + right padding


def fitted(text: str, width: float, style: ParagraphStyle, size: float | None = None) -> str | Flowable:
    """``text`` as a plain table cell when it fits on one line of ``width`` (cheap to lay out), else as a
    wrapping Paragraph (``Capped``). A plain cell takes the table's FONT command, so give the same size."""
    size = size or style.fontSize
    if "\n" not in text and stringWidth(text, style.fontName, size) <= width - CELL_PADDING:
        return text
    return Capped(Paragraph(xml(text), style if size == style.fontSize else
                            ParagraphStyle(f"{style.name}-{size}", parent=style, fontSize=size, leading=size * 1.25)))


CELL_CAP = 110 * mm  # the tallest a table cell's text may grow (under half a page): a row must fit on one page
PIECE_HEIGHT = 40 * mm  # a free text is laid out in pieces this high, so its box can run onto the next page


class Capped(Flowable):
    """A paragraph in a table cell, cut short with "…" where it would grow taller than ``cap``.

    A table row cannot run onto the next page, so a cell taller than the page stops the whole printout
    (ReportLab's LayoutError). Every text within its limit (``domain.limits``) fits well within the cap and
    prints whole; only a text stored before the limits existed can be cut. Longer free texts are split into
    rows instead (``pieces``), so none of them is lost.
    """

    def __init__(self, paragraph: Paragraph, cap: float = CELL_CAP) -> None:
        super().__init__()
        self.paragraph, self.cap = paragraph, cap
        self.parts: list[Flowable] = [paragraph]
        self._wrapped: tuple[float, float, float] | None = None  # (width asked, width, height): tables ask twice

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self._wrapped is not None and self._wrapped[0] == available_width:
            return self._wrapped[1], self._wrapped[2]
        width, height = self.paragraph.wrap(available_width, available_height)
        self.parts = [self.paragraph]
        if height > self.cap:
            more = Paragraph("…", self.paragraph.style)
            _, more_height = more.wrap(available_width, available_height)
            first = self.paragraph.split(available_width, self.cap - more_height)[:1]
            self.parts = [*first, more]
            height = sum(part.wrap(available_width, self.cap)[1] for part in self.parts)
        self.width, self.height = width, height
        self._wrapped = (available_width, width, height)
        return width, height

    def draw(self) -> None:
        y = self.height
        for part in self.parts:
            y -= part.height
            part.drawOn(self.canv, 0, y)


def pieces(paragraph: Paragraph, width: float, height: float = PIECE_HEIGHT) -> list[Paragraph]:
    """``paragraph`` (laid out ``width`` wide) cut into pieces at most ``height`` high, one table row each, so
    the table can run onto the next page between them: a long free text prints whole. (Cut in halves, so a very
    long text is laid out a few times, not once per piece.)"""
    total = paragraph.wrap(width, PAGE_HEIGHT)[1]
    if total <= height:
        return [paragraph]
    parts = paragraph.split(width, math.ceil(total / height) // 2 * height)
    if len(parts) < 2:
        return [paragraph]
    return pieces(parts[0], width, height) + pieces(parts[1], width, height)


def side_by_side(paragraphs: Sequence[Paragraph], widths: Sequence[float],
                 height: float = PIECE_HEIGHT) -> list[list[Any]]:
    """Paragraphs in adjacent cells of ``widths``, each cut into ``pieces``: the table rows holding them (row i
    holds piece i of each), so a long list (many damage marks) runs onto the next page."""
    columns = [pieces(p, w - CELL_PADDING, height) for p, w in zip(paragraphs, widths, strict=True)]
    return [[column[i] if i < len(column) else "" for column in columns]
            for i in range(max(len(column) for column in columns))]


TITLE_SIZE = 9.5


def title_cell(text: str, width: float, styles: Styles) -> str | Paragraph:
    """The text of a block's title bar; give its cell ``("FONT", cell, cell, font, TITLE_SIZE)``."""
    return fitted(text, width, styles.cell, TITLE_SIZE)


@dataclass(frozen=True)
class Big:
    """A value printed larger in an information grid (the plate, the promised time)."""

    text: str


def info_grid(rows: Sequence[Sequence[str | Big]], styles: Styles) -> Table:
    """Label/value pairs in a framed grid, two pairs a row: ``[(label, value, label, value), ...]``.

    Values are plain text (``Big(text)`` to stand out). A row with one pair spans the value over the rest
    of the line. The label column is as wide as the longest label (within limits; longer labels wrap).
    """
    longest = max((stringWidth(str(row[i]), styles.font, 8.5) for row in rows for i in range(0, len(row), 2)),
                  default=0)
    label_width = min(max(longest + 13, 22 * mm), 36 * mm)
    value_width = (CONTENT_WIDTH - 2 * label_width) / 2
    data, commands = [], []
    for r, row in enumerate(rows):
        cells: list[Any] = []
        for i in range(0, 4, 2):
            if i >= len(row):
                cells += ["", ""]
                continue
            label, value = str(row[i]), row[i + 1]
            width = value_width if len(row) > 2 else CONTENT_WIDTH - label_width * 2 + value_width
            size = 10.5 if isinstance(value, Big) else 8.5
            text = value.text if isinstance(value, Big) else value
            cells += [fitted(label, label_width, styles.cell), fitted(text, width, styles.cell, size)]
            if isinstance(value, Big):
                commands.append(("FONT", (i + 1, r), (i + 1, r), styles.font, size))
        if len(row) == 2:
            commands.append(("SPAN", (1, r), (3, r)))
        else:  # the second label's shading (a one-pair row's value runs over its cell)
            commands.append(("BACKGROUND", (2, r), (2, r), HEAD_FILL))
        data.append(cells)
    table = Table(data, colWidths=[label_width, value_width, label_width, value_width])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), styles.font, 8.5),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BOX", (0, 0), (-1, -1), 0.9, INK),
        ("BACKGROUND", (0, 0), (0, -1), HEAD_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        *commands,
    ]))
    return table


@dataclass(frozen=True)
class Column:
    """One column of a data table: its header label, width, and whether its numbers align right."""

    header: str
    width: float
    right: bool = False
    center: bool = False


def column_widths(columns: Sequence[Column]) -> list[float]:
    """The widths the columns get: their relative widths scaled to fill the page between the margins."""
    scale = CONTENT_WIDTH / sum(c.width for c in columns)
    return [c.width * scale for c in columns]


def data_table(title: str, columns: Sequence[Column], rows: Sequence[Sequence[Any]], styles: Styles, *,
               note: str = "", empty: str = "", row_padding: float = 2) -> Table:
    """A titled table whose title bar and column headers repeat on every page it runs onto."""
    count = len(columns)
    widths = column_widths(columns)
    heading: str | Paragraph = title
    if note:
        heading = Paragraph(f"<font size=9.5>{xml(title)}</font>　<font size=7.5 color='#333333'>{xml(note)}</font>",
                            styles.cell)
    title_cells = [heading] + [""] * (count - 1)
    header = [fitted(c.header, w, styles.head) for c, w in zip(columns, widths, strict=True)]
    body = ([[Capped(cell) if isinstance(cell, Paragraph) else cell for cell in row] for row in rows]
            or [[Paragraph(xml(empty), styles.cell)] + [""] * (count - 1)])
    commands: list[tuple[Any, ...]] = [
        ("SPAN", (0, 0), (-1, 0)),
        ("FONT", (0, 0), (-1, -1), styles.font, 8.5),
        ("FONT", (0, 0), (-1, 0), styles.font, 9.5),
        ("FONT", (0, 1), (-1, 1), styles.font, 8),
        ("ALIGN", (0, 1), (-1, 1), "CENTER"),
        ("GRID", (0, 1), (-1, -1), 0.4, GRID),
        ("BOX", (0, 0), (-1, -1), 0.9, INK),
        ("LINEBELOW", (0, 0), (-1, 0), 0.4, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), TITLE_FILL),
        ("BACKGROUND", (0, 1), (-1, 1), HEAD_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 2), (-1, -1), row_padding),
        ("BOTTOMPADDING", (0, 2), (-1, -1), row_padding),
        ("TOPPADDING", (0, 0), (-1, 1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, 1), 2.5),
    ]
    if not rows:
        commands.append(("SPAN", (0, 2), (-1, 2)))
    for index, column in enumerate(columns):
        if column.right:
            commands.append(("ALIGN", (index, 2), (index, -1), "RIGHT"))
        elif column.center:
            commands.append(("ALIGN", (index, 2), (index, -1), "CENTER"))
    table = Table([title_cells, header, *body], colWidths=widths, repeatRows=2)
    table.setStyle(TableStyle(commands))
    return table


def check_boxes(options: Sequence[tuple[str, bool]]) -> str:
    """"■ 自付　□ 三包　□ 索賠": every choice printed, the chosen ones filled (plain text)."""
    return "　".join(f"{'■' if chosen else '□'} {text}" for text, chosen in options)


def signature_lines(fields: Sequence[tuple[str, str]], styles: Styles, *, height: float = 11 * mm) -> Table:
    """Labels each followed by a line to sign on (pre-printed text, like the advisor's name, sits on it)."""
    data: list[Any] = []
    widths: list[float] = []
    colon = styles.t(":")
    label_widths = [stringWidth(label + colon, styles.font, 9) + 4 for label, _ in fields]
    line_width = (CONTENT_WIDTH - sum(label_widths) - 6 * mm * (len(fields) - 1)) / len(fields)
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), styles.font, 9),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for index, ((label, prefilled), label_width) in enumerate(zip(fields, label_widths, strict=True)):
        if index:
            data.append("")
            widths.append(6 * mm)
        size = _fit(prefilled, styles.font, 9, line_width - 4, 6.5)  # a long name shrinks, then is cut
        data += [label + colon, _elide(prefilled, styles.font, size, line_width - 4)]
        widths += [label_width, line_width]
        column = len(data) - 1
        commands += [("LINEBELOW", (column, 0), (column, 0), 0.7, INK), ("ALIGN", (column, 0), (column, 0), "CENTER"),
                     ("FONT", (column, 0), (column, 0), styles.font, size)]
    table = Table([data], colWidths=widths, rowHeights=[height])
    table.setStyle(TableStyle(commands))
    return table


# ---------------------------------------------------------------- the page

@dataclass(frozen=True)
class Section:
    """A run of pages with one title and copy mark (e.g. the customer's copy of the work order)."""

    key: str
    title: str
    story: list[Flowable]
    mark: str = ""  # "客戶聯", "車間聯", a team name, ...
    number: str = ""  # the document number printed in the header
    watermark: str = ""  # printed large and light across every page of the section ("草稿 — 未出廠")


@dataclass
class _PageInfo:
    section: str
    footer_left: str
    footer_right: str
    page_format: str
    watermark: str = ""


class _PagedCanvas(Canvas):
    """Holds the pages back until the end so each can say "page x of y" counted within its section."""

    def __init__(self, *args: Any, stationery: str = "", **kwargs: Any) -> None:
        # The page preamble selects an initial font: make it ours, or Helvetica is referenced on every page.
        if not kwargs.get("initialFontName"):
            kwargs["initialFontName"] = register_font()
        super().__init__(*args, **kwargs)
        reserve_subsets(self._doc, stationery)
        self._held: list[dict[str, Any]] = []
        self.gd_page: _PageInfo | None = None

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        totals = Counter(state["gd_page"].section for state in self._held if state.get("gd_page"))
        seen: Counter[str] = Counter()
        for state in self._held:
            self.__dict__.update(state)
            info: _PageInfo | None = state.get("gd_page")
            if info is not None:
                seen[info.section] += 1
                self._footer(info, seen[info.section], totals[info.section])
                if info.watermark:
                    self._watermark(info.watermark)
            super().showPage()
        for page in getattr(self._doc.Pages, "pages", ()):
            _deflate_fast(page)
        super().save()

    def _footer(self, info: _PageInfo, page: int, pages: int) -> None:
        font = register_font()
        y = 9 * mm
        self.saveState()
        self.setStrokeColor(GRID)
        self.setLineWidth(0.4)
        self.line(MARGIN_X, y + 3.5 * mm, PAGE_WIDTH - MARGIN_X, y + 3.5 * mm)
        page_text = info.page_format.format(page=page, pages=pages)
        side = CONTENT_WIDTH / 2 - stringWidth(page_text, font, 8.5) / 2 - 3 * mm  # beside the page number
        self.setFont(font, 7.5)
        self.setFillColor(MUTED)
        self.drawString(MARGIN_X, y, _elide(info.footer_left, font, 7.5, side))
        self.drawRightString(PAGE_WIDTH - MARGIN_X, y, _elide(info.footer_right, font, 7.5, side))
        self.setFillColor(INK)
        self.setFont(font, 8.5)
        self.drawCentredString(PAGE_WIDTH / 2, y, page_text)
        self.restoreState()


    def _watermark(self, text: str) -> None:
        """``text`` across the page, large, light and see-through, over what the page shows (so no table's
        shading hides it, and it cannot be cut off a copy without cutting the document)."""
        font = register_font()
        size = _fit(text, font, 64, PAGE_HEIGHT * 0.8, 24)
        self.saveState()
        self.setFillColor(WATERMARK)
        self.setFillAlpha(0.28)
        self.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        self.rotate(52)
        self.setFont(font, size)
        self.drawCentredString(0, -size / 3, text)
        self.restoreState()


PAGE_DEFLATE_LEVEL = 1  # zlib level of the page streams: about a third of the time of level 6, a fifth larger


def _deflate_fast(page: Any) -> None:
    """Deflate a page's content stream at ``PAGE_DEFLATE_LEVEL`` (ReportLab would at zlib's default, 6,
    when it writes the page): the same stream ReportLab makes, with a Filter already set so it is not
    compressed again. Pages ReportLab would not compress, or that already have their stream, are left."""
    stream = getattr(page, "stream", None)
    if not getattr(page, "compression", False) or getattr(page, "Contents", True) or not isinstance(stream, str):
        return
    contents = PDFStream(content=zlib.compress(stream.encode("utf8"), PAGE_DEFLATE_LEVEL))
    contents.dictionary["Filter"] = PDFArray([PDFName(PDFZCompress.pdfname)])
    page.Contents = contents


def _fit(text: str, font: str, size: float, width: float, smallest: float = 6) -> float:
    """The largest font size ≤ ``size`` (down to ``smallest``) at which ``text`` fits in ``width``."""
    while size > smallest and stringWidth(text, font, size) > width:
        size -= 0.25
    return size


def _elide(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with "…" to fit ``width`` at ``size`` (a header or signature line has one line to give)."""
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest start that fits with the ellipsis
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle] + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def _spaced_width(text: str, font: str, size: float, spacing: float) -> float:
    return stringWidth(text, font, size) + spacing * max(len(text) - 1, 0)


class _Header:
    """Draws the garage profile, the title, the number and the copy mark at the top of each page."""

    def __init__(self, garage: GarageHeader, section: Section, styles: Styles, printed_at: datetime) -> None:
        self.garage, self.section, self.styles, self.printed_at = garage, section, styles, printed_at
        self.first_page: int | None = None
        t, font = styles.t, styles.font
        # The longest name, address and team (``domain.limits``) shrink to fit their line, and are cut with "…"
        # below a readable size, rather than run over the copy mark or off the page.
        self.mark = _elide(section.mark, font, 10.5, 45 * mm)
        self.mark_width = stringWidth(self.mark, font, 10.5) + 5 * mm if self.mark else 0.0
        room = CONTENT_WIDTH - 2 * self.mark_width - 8 * mm
        self.name_size = _fit(garage.name, font, 14, room, 7)
        self.name = _elide(garage.name, font, self.name_size, room)
        contact = "　".join(f"{t(key)}{t(':')}{value}" for key, value in (
            ("Address", garage.address), ("Phone", garage.phone), ("Licence no.", garage.licence_no),
            ("Tax ID", garage.tax_id)) if value)
        self.contact_size = _fit(contact, font, 7.5, CONTENT_WIDTH)
        self.contact = _elide(contact, font, self.contact_size, CONTENT_WIDTH)

    def __call__(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        t, font, section = self.styles.t, self.styles.font, self.section
        if self.first_page is None:
            self.first_page = doc.page
        continued = doc.page > self.first_page
        top = PAGE_HEIGHT - 10 * mm
        right = PAGE_WIDTH - MARGIN_X
        canvas.saveState()
        mark_width = self.mark_width
        if self.mark:  # the copy mark, boxed at the top right
            canvas.setLineWidth(0.9)
            canvas.roundRect(right - mark_width, top - 5.5 * mm, mark_width, 7 * mm, 1.5 * mm)
            canvas.setFont(font, 10.5)
            canvas.drawCentredString(right - mark_width / 2, top - 3.4 * mm, self.mark)
        canvas.setFont(font, self.name_size)
        canvas.drawCentredString(PAGE_WIDTH / 2, top - 4 * mm, self.name)
        if self.contact:
            canvas.setFillColor(MUTED)
            canvas.setFont(font, self.contact_size)
            canvas.drawCentredString(PAGE_WIDTH / 2, top - 8.8 * mm, self.contact)
            canvas.setFillColor(INK)
        canvas.setLineWidth(1.2)
        canvas.line(MARGIN_X, top - 11 * mm, right, top - 11 * mm)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN_X, top - 11.8 * mm, right, top - 11.8 * mm)
        title = section.title
        if continued:
            canvas.setFont(font, 9)
            canvas.drawString(MARGIN_X, top - 19 * mm, t("(continued)"))
        spacing = 3.0 if is_chinese(self.styles.language) else 0.5
        width = _spaced_width(title, font, 16, spacing)
        canvas.setFont(font, 16)
        canvas.drawString(PAGE_WIDTH / 2 - width / 2, top - 19 * mm, title, charSpace=spacing)
        if section.number:
            canvas.setFont(font, 9.5)
            canvas.drawRightString(right, top - 19 * mm, f"{t('No.')}{t(':')}{section.number}")
        canvas.restoreState()
        canvas.gd_page = _PageInfo(  # type: ignore[attr-defined]
            section=section.key,
            footer_left=t("Printed {time}").format(time=when(self.printed_at)),
            footer_right="　".join(part for part in (section.number, section.mark) if part),
            page_format=t("Page {page} of {pages}"),
            watermark=section.watermark,
        )


# Besides the labels, what every printout's fixed wording is made of: digits, "km", "WO" (order numbers) and
# the signs of amounts, dates and check boxes. (Not all capitals: with a work order's labels they would
# spill the stationery over into a second subset.)
FORM_CHARACTERS = "0123456789kmWO .,:;-/%()[]+#*×¥■□✓—"
# The labels the page itself prints (header and footer), for a document's stationery.
PAGE_KEYS = (":", "No.", "Address", "Phone", "Licence no.", "Tax ID", "Page {page} of {pages}", "Printed {time}",
             "(continued)")
PLACEHOLDER = re.compile(r"\{\w*\}")


def stationery(t: Callable[[str], str], keys: Iterable[str], extra: str = "") -> str:
    """The fixed wording of a kind of document for ``DocumentInfo.stationery``: every character of the
    labels ``keys`` as printed (through ``t``, ``{placeholders}`` left out), of ``FORM_CHARACTERS`` and of
    ``extra``, in a fixed order. Keep it within 254 characters to make one subset."""
    labels = "".join(PLACEHOLDER.sub("", t(key)) for key in keys)
    return "".join(sorted(set(labels + FORM_CHARACTERS + extra)))


@dataclass
class DocumentInfo:
    """PDF metadata and the header's shared content."""

    title: str
    garage: GarageHeader
    printed_at: datetime
    subject: str = ""
    keywords: list[str] = field(default_factory=list)
    # The document's fixed wording (labels, digits), the same for every document of its kind: its characters
    # make the first font subsets, built once per process (``fonts.reserve_subsets``). Optional.
    stationery: str = ""


def build_pdf(sections: Sequence[Section], info: DocumentInfo, styles: Styles) -> bytes:
    """Lay the sections out on A4 pages, each section starting on a new page, and return the PDF."""
    if not sections:
        raise ValueError("a document needs at least one section")
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                          topMargin=HEADER_HEIGHT, bottomMargin=MARGIN_BOTTOM, title=info.title,
                          author=info.garage.name, subject=info.subject, creator="garage_desktop",
                          keywords=info.keywords)
    frame_height = PAGE_HEIGHT - HEADER_HEIGHT - MARGIN_BOTTOM
    doc.addPageTemplates([
        PageTemplate(id=section.key, onPage=_Header(info.garage, section, styles, info.printed_at),
                     frames=[Frame(MARGIN_X, MARGIN_BOTTOM, CONTENT_WIDTH, frame_height, id=f"{section.key}-body",
                                   leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)])
        for section in sections
    ])
    story: list[Flowable] = []
    for index, section in enumerate(sections):
        if index:
            story += [NextPageTemplate(section.key), PageBreak()]
        story += section.story
    doc.build(story, canvasmaker=partial(_PagedCanvas, stationery=info.stationery))
    return buffer.getvalue()


def right_cell(text: str, styles: Styles) -> Paragraph:
    """A right-aligned wrapping cell (for long amounts in narrow columns)."""
    return Paragraph(xml(text), ParagraphStyle("gd-cell-r", parent=styles.cell, alignment=TA_RIGHT))


def text_box(title: str, text: str, styles: Styles, *, min_height: float = 0, ruled_lines: int = 0) -> Table:
    """A framed block with a title bar: free text (the complaint) or ruled lines to write on by hand."""
    rows: list[list[Any]] = [[title_cell(title, CONTENT_WIDTH, styles)]]
    heights: list[float | None] = [None]
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), styles.font, 9),
        ("FONT", (0, 0), (0, 0), styles.font, TITLE_SIZE),
        ("BOX", (0, 0), (-1, -1), 0.9, INK),
        ("BACKGROUND", (0, 0), (-1, 0), TITLE_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, 0), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 2.5),
    ]
    if text or not ruled_lines:
        paragraph = Paragraph(xml(text) or "&nbsp;", styles.body)
        parts = pieces(paragraph, CONTENT_WIDTH - CELL_PADDING)  # a long text runs onto the next page
        first = len(rows)
        if len(parts) > 1:  # the pieces read as one text: no gap between them
            commands += [("BOTTOMPADDING", (0, first), (0, first + len(parts) - 2), 0),
                         ("TOPPADDING", (0, first + 1), (0, first + len(parts) - 1), 0)]
        rows += [[part] for part in parts]
        _, needed = parts[0].wrap(CONTENT_WIDTH - CELL_PADDING, PAGE_HEIGHT)
        heights.append(max(min_height, needed + 8) if min_height and len(parts) == 1 else None)
        heights += [None] * (len(parts) - 1)
    for _ in range(ruled_lines):
        rows.append([""])
        heights.append(8 * mm)
        commands.append(("LINEBELOW", (0, len(rows) - 1), (0, len(rows) - 1), 0.3, GRID))
    table = Table(rows, colWidths=[CONTENT_WIDTH], rowHeights=heights, repeatRows=1)
    table.setStyle(TableStyle(commands))
    return table


class RuledNotes(Flowable):
    """A framed, titled box of ruled lines to write on by hand that fills what is left of the page
    (between ``min_lines`` and ``max_lines`` lines), keeping ``reserve`` points free for what follows.

    Do not wrap it in ``KeepTogether`` (which measures with unlimited height); when even ``min_lines`` and
    the reserve do not fit, it asks for more than the page has left, so it moves whole to the next page.
    """

    def __init__(self, title: str, styles: Styles, *, min_lines: int = 3, max_lines: int = 12,
                 line_height: float = 7.5 * mm, reserve: float = 0) -> None:
        super().__init__()
        self.title, self.styles = title, styles
        self.min_lines, self.max_lines, self.line_height, self.reserve = min_lines, max_lines, line_height, reserve
        self.title_height = 6 * mm
        self.lines = min_lines

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        room = int((available_height - self.reserve - self.title_height) // self.line_height)
        self.lines = max(self.min_lines, min(self.max_lines, room))
        self.width = available_width
        self.height = self.title_height + self.lines * self.line_height
        if room < self.min_lines:  # too little room: claim the reserve too, so it cannot fit here
            return self.width, self.height + self.reserve
        return self.width, self.height

    def draw(self) -> None:
        canvas, width, height = self.canv, self.width, self.height
        canvas.saveState()
        canvas.setFillColor(TITLE_FILL)
        canvas.rect(0, height - self.title_height, width, self.title_height, stroke=0, fill=1)
        canvas.setFillColor(INK)
        canvas.setFont(self.styles.font, 9.5)
        canvas.drawString(6, height - self.title_height + 5.5, self.title)
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.3)
        for line in range(1, self.lines):
            y = line * self.line_height
            canvas.line(0, y, width, y)
        canvas.setLineWidth(0.4)
        canvas.line(0, height - self.title_height, width, height - self.title_height)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.9)
        canvas.rect(0, 0, width, height, stroke=1, fill=0)
        canvas.restoreState()
