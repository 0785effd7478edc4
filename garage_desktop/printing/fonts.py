"""The shipped CJK TrueType font, registered with ReportLab once so every PDF embeds a subset of it.

Embedding is the slow part of a printout: for every document ReportLab builds each subset of the font
(at most 256 characters each) in pure Python, compresses it and formats its width and ToUnicode tables.
Two small additions make that cheaper without changing what is embedded:

- ``SubsetCachingTTFont`` keeps those objects per process, keyed by the exact character list of the subset
  (its position in the subset decides each character's code), so a subset that occurs again is not built
  again. The output is byte for byte what ReportLab would have written for that subset.
- ``reserve_subsets`` puts a document's fixed wording (labels, digits) first, in a fixed order, and starts a
  new subset after it, so those subsets are the same in every document of a kind and come from the cache;
  only the characters of the order itself (names, items) make a new subset.

Both rely on ``reportlab.pdfbase`` internals (``TTFont.State.nextCode``, ``TTFont.addObjects`` and the names it
gives the subset objects, ``PDFStream`` skipping its filters when ``Filter`` is set), the same in ReportLab 4.0
and 5.1. ``tests/integration/test_printing.py`` checks that the cache is used, that its output is byte for byte
ReportLab's, and that two different documents printed one after another each embed the right glyph for every
character they show; where an internal is missing, the code falls back to ReportLab's own.

**A character the font has no glyph for prints as ``MISSING_MARK`` (U+FFFD �, full width in this font)**,
never as nothing: an emoji in a customer's WeChat name, a rare CJK Extension B character in a name or a pasted
complaint. (Not □, the usual sign for a missing character in Chinese print: on these forms □ is an empty check
box, and "□田明" beside "□ 三包" reads as one.) ReportLab alone would draw the empty ``.notdef`` glyph
there and write the lost character into the text layer, so the paper silently differs from what a search or
a copy of the PDF shows. The substitution happens in the font itself (``SubsetCachingTTFont.splitString`` and
``stringWidth``), so every text every document prints goes through it, measured as it is drawn; the database
keeps what was typed. One emoji sequence (a flag, a family joined by U+200D, a skin tone, a variation
selector) is one mark; an invisible variation selector the font lacks after a character it has is left out.
The check looks each distinct character of a text up in the font's character map (``covers``); plain ASCII
text is not looked at.
"""

from __future__ import annotations

import functools
import re
import threading
import zlib
from array import array
from collections import OrderedDict
from typing import Any

from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

FONT_NAME = "WenQuanYiMicroHei"
_lock = threading.Lock()

CACHE_SIZE = 32  # distinct subsets kept (at most about 100 kB each: the subset font raw and deflated)


class _Entry:
    """What embedding one subset takes: the subset font file (raw and deflated), the widths array as PDF
    text and the deflated ToUnicode map (which names the subset: one per name). Filled lazily."""

    __slots__ = ("deflated", "raw", "to_unicode", "widths")

    def __init__(self) -> None:
        self.raw: bytes | None = None
        self.deflated: bytes | None = None
        self.widths: bytes | None = None
        self.to_unicode: dict[str, bytes] = {}


MISSING_MARK = "\ufffd"  # printed for a character the font has no glyph for: the replacement character
# Invisible characters that belong to the character before them (emoji sequences): after a missing character
# they are part of its one mark; missing after a character the font has, they are left out (nothing visible).
_EXTENDERS = "\u200c\u200d\u20e3\ufe00-\ufe0f\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f\U000e0100-\U000e01ef"
_INVISIBLE = re.compile(f"[{_EXTENDERS}]")
_REGIONAL = "\U0001f1e6-\U0001f1ff"  # two regional indicators make one flag


@functools.lru_cache(maxsize=64)
def _cluster(missing: str) -> re.Pattern[str]:
    """One character of ``missing`` (or a flag) with the invisible characters and joined characters that
    belong to it: what one ``MISSING_MARK`` stands for."""
    lost = re.escape(missing)
    return re.compile(f"(?:[{_REGIONAL}]{{2}}|[{lost}])(?:\u200d[{lost}]|[{_EXTENDERS}])*")


class SubsetCachingTTFont(TTFont):
    """A ``TTFont`` that builds each distinct subset's PDF objects once per process and prints a character it
    has no glyph for as ``MISSING_MARK`` (see the module text).

    ``hits``/``misses`` count subsets taken from the cache and built, for tests and benchmarks.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _slim(self.face)
        self._ascii_covered = all(code in self.face.charToGlyph for code in range(0x20, 0x7F))
        self._cache: OrderedDict[tuple[int, ...], _Entry] = OrderedDict()
        self._cache_lock = threading.Lock()
        self.hits = self.misses = 0
        build = self.face.makeSubset

        def make_subset(subset: list[int]) -> bytes:  # the face's own method, memoised
            entry = self._entry(tuple(subset))
            if entry.raw is None:
                entry.raw = build(subset)
            return entry.raw

        self.face.makeSubset = make_subset  # type: ignore[method-assign]

    def covers(self, character: str) -> bool:
        """True when the font has a glyph for ``character``."""
        return len(character) == 1 and ord(character) in self.face.charToGlyph

    def printable(self, text: str) -> str:
        """``text`` as this font prints it: each character (or emoji sequence) it has no glyph for replaced by
        ``MISSING_MARK``. Control characters are left as they are (the services refuse them in stored text)."""
        if not text or (self._ascii_covered and text.isascii()):
            return text
        covered = self.face.charToGlyph
        missing = {c for c in set(text) if ord(c) not in covered and c >= " "}
        if not missing:
            return text
        shown = "".join(sorted(missing - set(_INVISIBLE.findall("".join(missing)))))
        if shown:
            text = _cluster(shown).sub(MISSING_MARK, text)
        if missing - set(shown):  # an invisible selector after a character the font has: nothing to show
            text = "".join(c for c in text if c not in missing)
        return text

    def stringWidth(self, text: str, size: float, encoding: str = "utf8") -> float:
        if isinstance(text, bytes):
            text = text.decode(encoding)
        return super().stringWidth(self.printable(text), size, encoding)

    def splitString(self, text: str, doc: Any, encoding: str = "utf-8") -> list[tuple[int, bytes]]:
        if isinstance(text, bytes):
            text = text.decode(encoding)
        return super().splitString(self.printable(text), doc, encoding)

    def _entry(self, codes: tuple[int, ...]) -> _Entry:
        with self._cache_lock:
            entry = self._cache.get(codes)
            if entry is None:
                entry = self._cache[codes] = _Entry()
                if len(self._cache) > CACHE_SIZE:
                    self._cache.popitem(last=False)
            else:
                self._cache.move_to_end(codes)
            return entry

    def addObjects(self, doc: Any) -> None:
        """ReportLab's own ``addObjects``, then its per-document work on each subset's streams and widths
        replaced by the cached result: deflating the font file and the ToUnicode map, formatting widths."""
        state = self.state.get(doc)
        if state is None:
            super().addObjects(doc)
            return
        subsets = [(n, tuple(codes), self.getSubsetInternalName(n, doc)[1:])
                   for n, codes in enumerate(state.subsets)]
        fresh = [self._entry(codes).raw is None for _, codes, _ in subsets]
        super().addObjects(doc)  # builds the subset fonts through the memoised makeSubset
        for (n, codes, internal_name), new in zip(subsets, fresh, strict=True):
            self.misses += new
            self.hits += not new
            self._use_cached(doc, n, codes, internal_name)

    def _use_cached(self, doc: Any, n: int, codes: tuple[int, ...], internal_name: str) -> None:
        face, objects = self.face, doc.idToObject
        base_name = b"".join((SUBSETN(n), b"+", face.name, face.subfontNameX)).decode("pdfdoc")
        entry = self._entry(codes)
        pdf_font = objects.get(internal_name)
        if isinstance(pdf_font, pdfdoc.PDFTrueTypeFont) and isinstance(pdf_font.Widths, pdfdoc.PDFArray):
            if entry.widths is None:
                entry.widths = pdf_font.Widths.format(doc)
            pdf_font.Widths = entry.widths  # bytes are written as they are
        if not doc.compression:
            return
        font_file = objects.get(f"fontFile:{face.filename}({base_name})")
        if isinstance(font_file, pdfdoc.PDFStream) and font_file.content is entry.raw is not None:
            if entry.deflated is None:
                entry.deflated = zlib.compress(entry.raw)
            _deflated(font_file, entry.deflated)
        to_unicode = objects.get("toUnicodeCMap:" + base_name)
        if isinstance(to_unicode, pdfdoc.PDFStream) and isinstance(to_unicode.content, str):
            if base_name not in entry.to_unicode:
                entry.to_unicode[base_name] = zlib.compress(to_unicode.content.encode("utf8"))
            _deflated(to_unicode, entry.to_unicode[base_name])


class _Metrics:
    """The font's horizontal metrics, (advance width, left side bearing) per glyph, as two arrays: what
    ``makeSubset`` reads (``hmetrics[glyph]``) without a tuple of two numbers per glyph kept."""

    __slots__ = ("advances", "bearings")

    def __init__(self, metrics: list[tuple[float, int]]) -> None:
        # ReportLab keeps the glyphs after the last full metric with that metric's width already scaled (a
        # float); the subset writes ``int()`` of either, so doubles keep every value as it was.
        self.advances = array("d", (advance for advance, _bearing in metrics))
        self.bearings = array("l", (bearing for _advance, bearing in metrics))

    def __len__(self) -> int:
        return len(self.advances)

    def __getitem__(self, glyph: int) -> tuple[float, int]:
        return self.advances[glyph], self.bearings[glyph]


def _slim(face: Any) -> None:
    """Keep less of the parsed font for the rest of the process (issue 20: ReportLab's face of this 50,000-glyph
    font took some 20 MB, a Python object per number): the glyph → characters map is only used while parsing
    and by text shaping (uharfbuzz, which the program does not use); the glyph offsets and metrics become
    arrays. Each step only where ReportLab's attribute is as expected."""
    if isinstance(getattr(face, "glyphToChar", None), dict):
        del face.glyphToChar
    if isinstance(getattr(face, "glyphPos", None), list):
        face.glyphPos = array("q", face.glyphPos)
    if isinstance(getattr(face, "hmetrics", None), list):
        face.hmetrics = _Metrics(face.hmetrics)


def _deflated(stream: Any, data: bytes) -> None:
    """Give ``stream`` its already deflated content (ReportLab skips its filters when Filter is set)."""
    stream.content = data
    stream.filters = None
    stream.dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName(pdfdoc.PDFZCompress.pdfname)])


def reserve_subsets(doc: Any, text: str, font_name: str = FONT_NAME) -> None:
    """Give the characters of ``text`` the first subsets of the font in ``doc`` (a canvas's ``_doc``), in
    this order, and start a new subset after them, so that those subsets are the same in every document
    whose ``text`` is the same and come from the cache. Call before anything is drawn; later calls (or a
    document that already uses the font) change nothing."""
    from reportlab.pdfbase import pdfmetrics

    font = pdfmetrics.getFont(font_name)
    if not isinstance(font, SubsetCachingTTFont) or not text or doc in font.state:
        return
    font.splitString(text, doc)
    state = font.state.get(doc)
    if isinstance(getattr(state, "nextCode", None), int):
        state.nextCode = (state.nextCode + 255) & ~255  # the next new character opens a new subset


def register_font() -> str:
    """Register the bundled WenQuanYi Micro Hei (once per process) and return its ReportLab name.

    The font has no bold face; the family maps bold and italic to the same file so ``<b>`` in a paragraph
    never falls back to a built-in (non-CJK) font.
    """
    from reportlab import rl_config
    from reportlab.pdfbase import pdfmetrics

    with _lock:
        if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
            # Binary (deflated) streams without ASCII85 on top: a quarter smaller files, and no pure-Python
            # ASCII85 pass over the embedded font. Only our printouts use ReportLab in this process.
            rl_config.useA85 = 0
            from reportlab.lib.fonts import addMapping

            from garage_desktop.paths import font_path

            pdfmetrics.registerFont(SubsetCachingTTFont(FONT_NAME, str(font_path()), asciiReadable=False))
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(FONT_NAME, bold, italic, FONT_NAME)
    return FONT_NAME
