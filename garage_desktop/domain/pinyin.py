"""Pinyin initials of a Chinese name ("lzm" for 林志明), the way Chinese business software finds people."""

from __future__ import annotations


def initials(name: str) -> str:
    """Lower-case initials of each character; Latin letters and digits are kept as they are."""
    from pypinyin import Style, lazy_pinyin  # imported on first use: its dictionary is large

    parts = lazy_pinyin(name.strip(), style=Style.FIRST_LETTER, errors=lambda text: list(text))
    return "".join(p for p in parts if p.strip()).lower()
