"""The interface languages the program has (no Qt here: the command line checks ``--lang`` before Qt loads)."""

from __future__ import annotations

# English is the source language of every tr() text; each other language has its compiled translation
# resources/translations/garage_desktop_<code>.qm (tests/integration/test_packaging.py keeps the two in step).
LANGUAGES: tuple[str, ...] = ("zh_CN", "zh_TW", "en")
# What the window speaks when neither ``--lang``, the PC's setting nor the system's locale says otherwise: the
# process, the laws and the paperwork are the mainland's.
DEFAULT_LANGUAGE = "zh_CN"
LANGUAGE_NAMES = {"zh_CN": "简体中文", "zh_TW": "繁體中文", "en": "English"}  # each in its own script

_TRADITIONAL_REGIONS = {"TW", "HK", "MO"}


def language_for_locale(name: str) -> str:
    """The window language for a system locale ("zh_CN", "zh_TW", "zh-Hant-HK", "zh_SG", "en_US", "C" …):
    Traditional Chinese → zh_TW, Simplified → zh_CN, anything else → zh_CN (English only when asked for)."""
    parts = name.replace("-", "_").split(".")[0].split("_")
    if parts[0].lower() != "zh":
        return DEFAULT_LANGUAGE
    if "Hant" in parts or _TRADITIONAL_REGIONS.intersection(p.upper() for p in parts[1:]) and "Hans" not in parts:
        return "zh_TW"
    return "zh_CN"


# QSettings key of this PC's window language (``ui.app.window_language`` reads it, the Settings tab writes it).
WINDOW_LANGUAGE_KEY = "window_language"


def paperwork_language(code: str | None) -> str:
    """The language a printout or the workbook is written in, for any language code: English ("en", "en_US")
    → "en"; Traditional Chinese ("zh_TW", "zh-HK", "zh_Hant") → "zh_TW"; Simplified Chinese ("zh_CN", "zh-CN",
    "zh_Hans", "zh_SG", plain "zh") → "zh_CN"; anything else, or nothing, → ``DEFAULT_LANGUAGE``."""
    text = (code or "").strip().replace("-", "_")
    if text.lower().startswith("en"):
        return "en"
    return language_for_locale(text)
