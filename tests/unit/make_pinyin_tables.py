"""Writes garage_desktop/domain/pinyin_table.py and pinyin_phrases.py from the installed pypinyin (a test
dependency, pinned in pyproject.toml): ``python tests/unit/make_pinyin_tables.py``. tests/unit/test_pinyin.py checks
the tables against pypinyin, so a new pypinyin that reads differently fails there until this is run again."""
import sys
from pathlib import Path

import pypinyin
from pypinyin import Style
from pypinyin.constants import PHRASES_DICT, PINYIN_DICT
from pypinyin.style import convert

DOMAIN = Path(__file__).resolve().parents[2] / "garage_desktop" / "domain"

def letter(reading): return convert(reading, Style.FIRST_LETTER, True)

def first_letter_runs(gap=64):
    letters = {cp: letter(r.split(",")[0]) for cp, r in PINYIN_DICT.items()}
    runs, start, prev = [], None, None
    for cp in sorted(letters):
        if start is None or cp - prev > gap:
            runs.append([cp, ""]); start = cp
        else:
            runs[-1][1] += "_" * (cp - prev - 1)
        runs[-1][1] += letters[cp]; prev = cp
    return [(s, t) for s, t in runs], letters

def deviant_phrases(letters):
    return sorted(p for p, rs in PHRASES_DICT.items()
                  if len(rs) != len(p) or any(letters.get(ord(c)) != letter(r[0]) for c, r in zip(p, rs)))

runs, letters = first_letter_runs()
dev = deviant_phrases(letters)
print(len(runs), sum(len(t) for _, t in runs), len(dev), file=sys.stderr)

from pypinyin.constants import RE_HANS

han, prev = [], None
for cp in range(0x110000):
    if 0xD800 <= cp < 0xE000 or not RE_HANS.match(chr(cp)):
        continue
    if han and cp == han[-1][1] + 1:
        han[-1][1] = cp
    else:
        han.append([cp, cp])
W = 100
out = []
w = out.append
w('"""Pinyin first letters without pypinyin\'s 55 MB phrase dictionary: the tables behind ``domain.pinyin``.')
w("")
w(f"Generated from pypinyin {pypinyin.__version__} (MIT License, https://github.com/mozillazg/python-pinyin). Data only;")
w("regenerate with ``python tests/unit/make_pinyin_tables.py`` rather than edit by hand (tests/unit/test_pinyin.py")
w("checks both tables against pypinyin). In short::")
w("")
w("    from pypinyin import Style")
w("    from pypinyin.constants import PHRASES_DICT, PINYIN_DICT")
w("    from pypinyin.style import convert")
w("    letter = lambda reading: convert(reading, Style.FIRST_LETTER, True)")
w("    letters = {cp: letter(readings.split(\",\")[0]) for cp, readings in PINYIN_DICT.items()}")
w("    # FIRST_LETTERS: letters in runs of code points (a gap of up to 64 without a reading filled with \"_\")")
w("    deviant = sorted(p for p, rs in PHRASES_DICT.items() if len(rs) != len(p)")
w("                     or any(letters.get(ord(c)) != letter(r[0]) for c, r in zip(p, rs)))")
w("    # HAN_RANGES: the code points RE_HANS matches (pypinyin.constants), in ranges")
w("    # DEVIANT_PHRASES: each deviant word with its letters, the first letter of each of its readings")
w('"""')
w("")
w("from __future__ import annotations")
w("")
w("#: The characters pypinyin reads as Chinese (``pypinyin.constants.RE_HANS``), first and last code point of each")
w("#: range: a text is cut into words only inside a run of them.")
w("HAN_RANGES: tuple[tuple[int, int], ...] = (")
for a, b in han:
    w(f"    (0x{a:X}, 0x{b:X}),")
w(")")
w("")
w("#: (first code point, first letter of the default reading of it and each next code point; \"_\": no reading).")
w("FIRST_LETTERS: tuple[tuple[int, str], ...] = (")
for s, t in runs:
    if len(t) <= 80:
        w(f'    (0x{s:X}, "{t}"),')
    else:
        w(f"    (0x{s:X}, (")
        for i in range(0, len(t), W):
            w(f'        "{t[i:i + W]}"')
        w("    )),")
w(")")
w("")
w("#: The words of pypinyin's phrase dictionary in which a character starts with another letter than on its own")
w("#: (重庆 cq, 长城 cc, 银行 yh), with the letters pypinyin reads them with: only text containing one of them")
w("#: needs the phrase dictionary's words (``pinyin_phrases``) to find where its words are.")
w("_DEVIANT_WORDS = (")
line = ""
for word in dev:
    p = word + ":" + "".join(letter(r[0]) for r in PHRASES_DICT[word])
    if len(line) + len(p) + 1 > 60:  # CJK characters are wide: keep lines about 100 columns
        w(f'    "{line.rstrip()} "'); line = ""
    line += p + " "
w(f'    "{line.rstrip()}"')
w(")")
w("DEVIANT_PHRASES: dict[str, str] = dict(word.split(\":\") for word in _DEVIANT_WORDS.split())")
(DOMAIN / "pinyin_table.py").write_text("\n".join(out) + "\n", encoding="utf-8")

assert all(len(rs) == len(p) for p, rs in PHRASES_DICT.items())
words = sorted(PHRASES_DICT)
out = []
w = out.append
w('"""Every word of pypinyin\'s phrase dictionary, to cut a text into words the way pypinyin does (``domain.pinyin``).')
w("")
w(f"Generated from pypinyin {pypinyin.__version__} (MIT License, https://github.com/mozillazg/python-pinyin), the keys")
w("of ``pypinyin.constants.PHRASES_DICT`` sorted; their readings are not needed: only the words that read a")
w("character differently matter, and ``pinyin_table.DEVIANT_PHRASES`` has their letters. Loaded only for a text")
w("that holds one of those. Data only; regenerate with ``python tests/unit/make_pinyin_tables.py`` rather than edit")
w("by hand (tests/unit/test_pinyin.py checks it). In short::")
w("")
w('    WORDS = " ".join(sorted(PHRASES_DICT))')
w('"""')
w("")
w("from __future__ import annotations")
w("")
w("WORDS = (")
line = ""
for p in words:
    if len(line) + len(p) + 1 > 50:
        w(f'    "{line.rstrip()} "'); line = ""
    line += p + " "
w(f'    "{line.rstrip()}"')
w(")")
(DOMAIN / "pinyin_phrases.py").write_text("\n".join(out) + "\n", encoding="utf-8")
