"""Pinyin initials of a Chinese name ("lzm" for 林志明), the way Chinese business software finds people."""

from __future__ import annotations

# Surnames read differently from the same character in ordinary words (曾 is Zēng as a surname, céng
# otherwise). A customer's name starts with the surname, and the advisor types the initials they hear.
_SURNAME_INITIALS = {
    "曾": "z", "單": "s", "单": "s", "解": "x", "仇": "q", "區": "o", "区": "o", "查": "z", "樂": "y", "乐": "y",
    "翟": "z", "種": "c", "种": "c", "召": "s", "重": "c", "長": "c", "长": "c", "闞": "k", "阚": "k",
}


def initials(name: str) -> str:
    """Lower-case initials of each character; Latin letters and digits are kept as they are."""
    from pypinyin import Style, lazy_pinyin  # imported on first use: its dictionary is large

    name = name.strip()
    surname = _SURNAME_INITIALS.get(name[:1], "")
    rest = name[1:] if surname else name
    parts = lazy_pinyin(rest, style=Style.FIRST_LETTER, errors=lambda text: list(text))
    return surname + "".join(p for p in parts if p.strip()).lower()
