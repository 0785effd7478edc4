"""The interface languages the program has (no Qt here: the command line checks ``--lang`` before Qt loads)."""

from __future__ import annotations

# English is the source language of every tr() text; each other language has its compiled translation
# resources/translations/garage_desktop_<code>.qm (tests/integration/test_packaging.py keeps the two in step).
LANGUAGES: tuple[str, ...] = ("zh_TW", "en")
DEFAULT_LANGUAGE = "zh_TW"
