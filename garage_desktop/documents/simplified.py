"""The paperwork's mainland Simplified Chinese (zh_CN): each fixed zh_TW text → its zh_CN text.

The printouts, the month-end workbook, the QC templates, the demo garage and the starter catalog word their
Chinese once, in Traditional (zh_TW); their zh_CN wording is derived from it into one reviewed table,
``resources/translations/paperwork_zh_CN.json`` (``python -m garage_desktop.ui.i18n_tool paperwork`` adds the
texts it lacks through the garage glossary and OpenCC; a reviewed entry is kept). Nothing here imports Qt, the
database or OpenCC: the table is read once, on first use.

``simplified(text)`` is a text's entry. A text the table lacks (a QC template the garage edited itself) is never
printed in Traditional: it is converted piece by piece — the longest texts of the table found in it, each other
character by ``domain.script_table`` — and logged once, so the table can be completed. ``simplified_composed``
converts the same way without the log: for texts composed of the table's texts (the demo's addresses, names and
notes filled in from its vocabulary). ``tests/integration/test_paperwork_simplified.py`` keeps the table complete.
"""

from __future__ import annotations

import functools
import json
import logging
import re
from collections.abc import Mapping

from garage_desktop.domain.script_table import SIMPLIFIED, TRADITIONAL
from garage_desktop.paths import resource

log = logging.getLogger(__name__)

TABLE = ("translations", "paperwork_zh_CN.json")
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
_CHINESE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_ONE_BY_ONE = str.maketrans(TRADITIONAL, SIMPLIFIED)


def has_chinese(text: str) -> bool:
    """Whether ``text`` holds a Chinese character (only those differ between the scripts)."""
    return bool(_CHINESE.search(text or ""))


@functools.cache
def table() -> dict[str, str]:
    """The table, zh_TW text → zh_CN text (read once)."""
    with resource(*TABLE).open(encoding="utf-8") as stream:
        return dict(json.load(stream))


@functools.cache
def _pieces() -> tuple[dict[str, str], dict[str, tuple[int, ...]]]:
    """What ``simplified_composed`` looks for: every text of the table, and the text between the placeholders of
    each one that has some ("跑了{km}公里" gives "跑了" and "公里"); with, per first character, the lengths of the
    pieces starting with it, longest first."""
    pieces: dict[str, str] = {}
    for taiwan, mainland in table().items():
        if "{" not in taiwan:
            pieces[taiwan] = mainland
    for taiwan, mainland in table().items():
        parts, converted = PLACEHOLDER.split(taiwan), PLACEHOLDER.split(mainland)
        if "{" in taiwan and len(parts) == len(converted):
            for part, part_converted in zip(parts, converted, strict=True):
                if has_chinese(part):
                    pieces.setdefault(part, part_converted)
    lengths: dict[str, set[int]] = {}
    for piece in pieces:
        lengths.setdefault(piece[0], set()).add(len(piece))
    return pieces, {first: tuple(sorted(sizes, reverse=True)) for first, sizes in lengths.items()}


@functools.lru_cache(maxsize=4096)
def simplified_composed(text: str) -> str:
    """``text`` in zh_CN: its table entry, else piece by piece (the longest text of the table at each place,
    else the character by the one-to-one table). For texts composed of the table's texts."""
    if not has_chinese(text):
        return text
    whole = table().get(text)
    if whole is not None:
        return whole
    pieces, lengths = _pieces()
    out: list[str] = []
    index, end = 0, len(text)
    while index < end:
        for size in lengths.get(text[index], ()):
            piece = text[index:index + size]
            if piece in pieces:
                out.append(pieces[piece])
                index += size
                break
        else:
            out.append(text[index].translate(_ONE_BY_ONE))
            index += 1
    return "".join(out)


_missing: set[str] = set()


def simplified(text: str) -> str:
    """The zh_CN text of a fixed zh_TW ``text`` (a label, a template's check): its table entry. One the table
    lacks is converted by ``simplified_composed`` and logged once."""
    if not has_chinese(text):
        return text
    found = table().get(text)
    if found is not None:
        return found
    if text not in _missing:
        _missing.add(text)
        log.warning("paperwork_zh_CN.json has no entry for %r: converted character by character", text)
    return simplified_composed(text)


_made: dict[int, tuple[Mapping[str, str], dict[str, str]]] = {}


def mainland(texts: Mapping[str, str]) -> Mapping[str, str]:
    """A label table (key → zh_TW text) with each text in zh_CN; made once per table."""
    made = _made.get(id(texts))
    if made is None or made[0] is not texts:
        made = _made[id(texts)] = (texts, {key: simplified(value) for key, value in texts.items()})
    return made[1]
