"""Pinyin initials of a Chinese name ("lzm" for 林志明), the way Chinese business software finds people."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import cache

from garage_desktop.domain.pinyin_table import DEVIANT_PHRASES, FIRST_LETTERS, HAN_RANGES

# Surnames read differently from the same character in ordinary words (曾 is Zēng as a surname, céng
# otherwise). A customer's name starts with the surname, and the advisor types the initials they hear.
_SURNAME_INITIALS = {
    "曾": "z", "單": "s", "单": "s", "解": "x", "仇": "q", "區": "o", "区": "o", "查": "z", "樂": "y", "乐": "y",
    "翟": "z", "種": "c", "种": "c", "召": "s", "重": "c", "長": "c", "长": "c", "闞": "k", "阚": "k",
}

_RUN_STARTS = [start for start, _ in FIRST_LETTERS]
_HAN_STARTS = [first for first, _ in HAN_RANGES]
_LONGEST_DEVIANT = max(map(len, DEVIANT_PHRASES))


def initials(name: str) -> str:
    """Lower-case initials of each character; Latin letters and digits are kept as they are.

    The same as pypinyin's first letters with its phrase dictionary (重庆 cq, not zq), without pypinyin and its
    55 MB dictionary: each character's usual letter from ``pinyin_table``; only a text holding a word read
    differently (重庆, 银行) is cut into the dictionary's words as pypinyin cuts it."""
    name = name.strip()
    surname = _SURNAME_INITIALS.get(name[:1], "")
    rest = name[1:] if surname else name
    if _holds_deviant_phrase(rest):
        return (surname + "".join(_letters_by_words(rest))).lower()
    return (surname + "".join(_first_letter(ch) for ch in rest if not ch.isspace())).lower()


def _first_letter(ch: str) -> str:
    """The first letter of the character's usual reading; the character itself when it has none."""
    code = ord(ch)
    run = bisect_right(_RUN_STARTS, code) - 1
    if run >= 0:
        start, letters = FIRST_LETTERS[run]
        if code - start < len(letters) and letters[code - start] != "_":
            return letters[code - start]
    return ch


def _holds_deviant_phrase(text: str) -> bool:
    """Whether a word in which a character reads with another first letter than on its own (重庆, 银行) is in
    the text: only then can pypinyin's reading differ from the characters' own readings."""
    return any(text[i:j] in DEVIANT_PHRASES
               for i in range(len(text) - 1) for j in range(i + 2, min(i + _LONGEST_DEVIANT, len(text)) + 1))


@cache
def _phrases() -> list[str]:
    """The words of pypinyin's phrase dictionary, sorted (about 4 MB once loaded)."""
    from garage_desktop.domain.pinyin_phrases import WORDS

    return WORDS.split()


def _is_han(ch: str) -> bool:
    run = bisect_right(_HAN_STARTS, ord(ch)) - 1
    return run >= 0 and ord(ch) <= HAN_RANGES[run][1]


def _letters_by_words(text: str) -> Iterator[str]:
    """pypinyin's reading, word by word: each run of Chinese characters cut as its segmenter cuts it."""
    start = 0
    while start < len(text):
        end = start + 1
        if _is_han(text[start]):
            while end < len(text) and _is_han(text[end]):
                end += 1
            yield from _letters_of_han_run(text[start:end])
        elif not text[start].isspace():
            yield text[start]
        start = end


def _letters_of_han_run(run: str) -> Iterator[str]:
    """pypinyin's forward maximum matching (``pypinyin.seg.mmseg``): from each place, the longest dictionary word
    among the text's beginnings that begin a word; a character on its own where none is a word, and every
    character on its own when beginnings of words reach the end of the run without one being a word."""
    words = _phrases()
    start = 0
    while start < len(run):
        end, word_end = start + 1, 0
        while end <= len(run):
            at = bisect_left(words, run[start:end])
            if at == len(words) or not words[at].startswith(run[start:end]):
                break
            if words[at] == run[start:end]:
                word_end = end
            end += 1
        if end > len(run) and not word_end:
            yield "".join(_first_letter(ch) for ch in run[start:])
            return
        word = run[start:word_end or start + 1]
        yield DEVIANT_PHRASES.get(word) or "".join(_first_letter(ch) for ch in word)
        start += len(word)
