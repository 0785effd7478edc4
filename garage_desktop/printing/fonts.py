"""The shipped CJK TrueType font, registered with ReportLab once so every PDF embeds a subset of it."""

from __future__ import annotations

import threading

FONT_NAME = "WenQuanYiMicroHei"
_lock = threading.Lock()


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
            from reportlab.pdfbase.ttfonts import TTFont

            from garage_desktop.paths import font_path

            pdfmetrics.registerFont(TTFont(FONT_NAME, str(font_path()), asciiReadable=False))
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(FONT_NAME, bold, italic, FONT_NAME)
    return FONT_NAME
