"""Chinese text compared independently of the script it was typed in: 陳美玲 and 陈美玲 are one name.

A garage's advisors type with whichever input method their PC has (Traditional in Hong Kong or with a
Traditional IME, Simplified elsewhere), so the same customer may be on file in either script. Names are stored
as typed (a customer may prefer their Traditional name on the invoice); they are *compared* through
``simplified``. Plates have their own, smaller table (``domain.identifiers``): on a plate the Simplified form is
the real one.
"""

from __future__ import annotations

import itertools
import unicodedata
from functools import cache

from garage_desktop.domain.script_table import SIMPLIFIED, TRADITIONAL

_TO_SIMPLIFIED = str.maketrans(TRADITIONAL, SIMPLIFIED)


def simplified(text: str) -> str:
    """``text`` with each Traditional character replaced by its Simplified form (one character at a time: 乾
    stays 乾, as in a name); compatibility ideographs and full-width forms folded first (NFKC)."""
    return unicodedata.normalize("NFKC", text or "").translate(_TO_SIMPLIFIED)


def name_key(name: str) -> str:
    """What two customer names are compared by: the Simplified form, without spaces."""
    return "".join(simplified(name).split())


@cache
def _traditional_forms() -> dict[str, tuple[str, ...]]:
    """Simplified → its Traditional forms (made on first use)."""
    forms: dict[str, list[str]] = {}
    for trad, simp in zip(TRADITIONAL, SIMPLIFIED, strict=True):
        forms.setdefault(simp, []).append(trad)
    return {simp: tuple(trads) for simp, trads in forms.items()}


def variants(text: str) -> list[tuple[str, ...]]:
    """Each character of ``text`` in its Simplified form followed by its Traditional forms (陈 → 陈, 陳; 发 → 发, 發,
    髮; 美 → 美)."""
    forms = _traditional_forms()
    return [(ch, *forms.get(ch, ())) for ch in simplified(text)]


def spellings(text: str, most: int = 16) -> tuple[str, ...]:
    """The ways ``text`` may be stored in either script, to look stored names up with LIKE (names are kept as
    typed): its Simplified form first, then every mix with characters in their Traditional forms (陈美玲 →
    陈美玲, 陳美玲; 发 has two: 發 and 髮). At most ``most``: past that, the spellings of the longest beginning
    of the text that stays within ``most`` — a wider match, so the caller checks what it finds with
    ``name_key``."""
    choices = variants(text)
    count, kept = 1, 0
    for options in choices:
        if count * len(options) > most:
            break
        count *= len(options)
        kept += 1
    return tuple("".join(combination) for combination in itertools.product(*choices[:max(kept, 1)]))
