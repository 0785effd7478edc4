"""Each translation (zh_CN, zh_TW) is complete, in step with the sources, compiled, keeps placeholders, is in its
own script with the garage's terms, and is loaded."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from garage_desktop.ui import i18n_tool

LANGUAGE = "zh_TW"
TS = i18n_tool.ts_file(LANGUAGE)
QM = i18n_tool.qm_file(LANGUAGE)
HOW_TO_FIX = ("run `python -m garage_desktop.ui.i18n_tool update`, translate the new entries in "
              "garage_desktop_zh_TW.ts, then `python -m garage_desktop.ui.i18n_tool derive` (fills zh_CN from zh_TW "
              "through the glossary; review what it wrote) and `release`")
translated = pytest.mark.parametrize("language", i18n_tool.LANGUAGES)

NAMED = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
NUMBERED = re.compile(r"%[1-9n]")
CHINESE = re.compile(r"[\u4e00-\u9fff]")


def _mnemonics(text: str) -> int:
    """How many keyboard mnemonics ('&' before a character; '&&' is a literal ampersand)."""
    return len(re.findall(r"&(?=[^\s&])", text.replace("&&", "")))


def _keys(ts: Path) -> set[tuple[str, str]]:
    return {(context, source) for context, source, _text, _ok in i18n_tool.entries(ts)}


def test_the_translated_languages_are_simplified_and_traditional_chinese() -> None:
    assert set(i18n_tool.LANGUAGES) == {"zh_CN", "zh_TW"}


@translated
def test_the_translation_files_exist(language: str) -> None:
    ts, qm = i18n_tool.ts_file(language), i18n_tool.qm_file(language)
    assert ts.is_file(), f"{ts} is missing: {HOW_TO_FIX}"
    assert qm.is_file(), f"{qm} is missing: run `python -m garage_desktop.ui.i18n_tool release`"


@translated
def test_no_entry_is_unfinished_or_empty(language: str) -> None:
    entries = i18n_tool.entries(i18n_tool.ts_file(language))
    assert len(entries) > 100
    unfinished = [f"[{c}] {s!r}" for c, s, _t, ok in entries if not ok]
    assert not unfinished, (f"{len(unfinished)} unfinished {language} entries ({HOW_TO_FIX}):\n"
                            + "\n".join(unfinished))
    blank = [f"[{c}] {s!r}" for c, s, t, _ok in entries
             if not t.strip() or any(not part.strip() for part in t.split(" | "))]
    assert not blank, f"{language} entries with an empty translation:\n" + "\n".join(blank)


def test_both_translations_hold_the_same_entries() -> None:
    assert _keys(i18n_tool.ts_file("zh_CN")) == _keys(i18n_tool.ts_file("zh_TW"))


@translated
def test_the_ts_file_holds_every_string_of_the_sources(tmp_path: Path, language: str) -> None:
    """A string added to the code (or a .ui form) without running `update` and translating it fails here."""
    ts = i18n_tool.ts_file(language)
    copy = tmp_path / ts.name
    shutil.copyfile(ts, copy)
    i18n_tool.update(ts=copy, language=language)
    new = sorted(_keys(copy) - _keys(ts))
    assert not new, (f"{len(new)} source strings are not in {ts.name} ({HOW_TO_FIX}):\n"
                     + "\n".join(f"[{c}] {s!r}" for c, s in new))


def _texts(language: str) -> list[tuple[str, str]]:
    return [(source, text) for _c, source, text, _ok in i18n_tool.entries(i18n_tool.ts_file(language)) if text]


def test_zh_cn_is_written_in_simplified_characters_only() -> None:
    """Round trip through OpenCC: a text the Traditional→Simplified converter changes holds a Traditional form."""
    import opencc

    to_simplified = opencc.OpenCC("t2s")
    traditional = [f"{source!r} -> {text!r}" for source, text in _texts("zh_CN") if to_simplified.convert(text) != text]
    assert not traditional, "zh_CN texts with Traditional characters:\n" + "\n".join(traditional)


def test_zh_tw_is_written_in_traditional_characters_only() -> None:
    """准時 was 準時's Simplified form left in the zh_TW texts; 台 is as much Taiwan usage as 臺."""
    import opencc

    to_traditional = opencc.OpenCC("s2tw")
    simplified = [f"{source!r} -> {text!r}" for source, text in _texts("zh_TW")
                  if to_traditional.convert(text).replace("臺", "台") != text.replace("臺", "台")]
    assert not simplified, "zh_TW texts with Simplified forms:\n" + "\n".join(simplified)


def test_zh_cn_speaks_the_mainland_garage_terms_of_the_glossary() -> None:
    """Where a glossary term is not what plain conversion gives (預設 → 默认, not 预设), the plain conversion's
    form appears in no zh_CN text; and the process terms (结算清单, 准时交车率 …) are used."""
    import opencc

    plain = opencc.OpenCC("tw2sp")
    pairs = i18n_tool.glossary()
    assert len(pairs) >= 16
    texts = [text for _s, text in _texts("zh_CN")]
    avoided = {plain.convert(taiwan): mainland for taiwan, mainland in pairs
               if plain.convert(taiwan) != mainland and plain.convert(taiwan) not in mainland}
    found = sorted({f"{wrong} (say {right})" for wrong, right in avoided.items() for text in texts if wrong in text})
    assert not found, "zh_CN texts with a term the glossary replaces:\n" + "\n".join(found)
    everything = "\n".join(texts)
    for term in ("维修工单", "结算清单", "派工单", "领料", "竣工出厂合格证", "一次修复率", "准时交车率", "返修", "回访",
                 "三包", "索赔", "押金", "工时定额", "工时单价", "技术复杂系数"):
        assert term in everything, term


@translated
def test_every_character_is_in_the_bundled_font(language: str) -> None:
    """The window and the paperwork draw every translated text from the font the program ships."""
    from fontTools.ttLib import TTFont

    from garage_desktop.paths import resource

    fonts = sorted(resource("fonts").glob("*.tt[fc]"))
    assert fonts
    font = TTFont(str(fonts[0]), fontNumber=0, lazy=True)
    cmap = font.getBestCmap()
    texts = [text for pair in _texts(language) for text in pair]  # the English source is shown too (--lang en)
    missing = sorted({ch for text in texts for ch in text if ord(ch) > 0x7F and ord(ch) not in cmap})
    assert not missing, f"{language} characters the bundled font lacks: {''.join(missing)}"


def test_every_context_is_one_the_program_translates_with() -> None:
    """lupdate files ``parent.tr("…")`` under "parent" and a module-level ``tr()`` helper under "", yet at run time
    the text is looked up under the class name (or the helper's own context): such strings never show translated.
    Use ``self.tr`` in the class, or ``QCoreApplication.translate("<Class>", "…")`` with a literal context."""
    odd = sorted({(c, s) for c, s, _t, _ok in i18n_tool.entries(TS) if not re.fullmatch(r"[A-Z]\w*", c)})
    assert not odd, "strings in a context no code translates with:\n" + "\n".join(f"[{c}] {s!r}" for c, s in odd)


def _tr_calls_in_fstrings(path: Path, known: set[tuple[str, str]]) -> list[str]:
    """``self.tr("…")`` calls inside f-strings whose text the .ts does not hold under the enclosing class."""
    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    owner: dict[int, str] = {}  # node id → name of the innermost enclosing class (the run-time tr() context)
    classes = sorted((node for node in ast.walk(tree) if isinstance(node, ast.ClassDef)), key=lambda c: c.lineno)
    for cls in classes:  # a nested class starts after its outer one, so it overwrites it
        owner.update({id(inner): cls.name for inner in ast.walk(cls)})
    for node in ast.walk(tree):
        if not isinstance(node, ast.JoinedStr):
            continue
        for call in ast.walk(node):
            if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "tr"
                    and call.args and isinstance(call.args[0], ast.Constant)):
                continue
            if (owner.get(id(call), ""), call.args[0].value) not in known:
                found.append(f"{path.relative_to(i18n_tool.ROOT)}:{call.lineno} {call.args[0].value!r}")
    return found


def test_no_translatable_text_hides_inside_an_f_string() -> None:
    """pyside6-lupdate does not look inside f-strings: ``f"{self.tr('x')}"`` reaches the .ts file only when the
    same text is also written outside one (or in the class's .ui form)."""
    known = _keys(TS)
    hidden = [hit for path in i18n_tool.source_files() if path.suffix == ".py"
              for hit in _tr_calls_in_fstrings(path, known)]
    assert not hidden, ("self.tr() inside an f-string, so never collected (move the call out of the f-string):\n"
                        + "\n".join(hidden))


@translated
def test_the_shipped_qm_is_compiled_from_the_current_ts(tmp_path: Path, language: str) -> None:
    ts, qm = i18n_tool.ts_file(language), i18n_tool.qm_file(language)
    fresh = tmp_path / qm.name
    subprocess.run([i18n_tool._tool("pyside6-lrelease"), str(ts), "-qm", str(fresh)], check=True,
                   capture_output=True)
    assert fresh.read_bytes() == qm.read_bytes(), (
        f"{qm.name} is stale: run `python -m garage_desktop.ui.i18n_tool release`")


@translated
def test_every_translation_keeps_the_placeholders_and_mnemonics_of_its_source(language: str) -> None:
    wrong = []
    for context, source, text, _ok in i18n_tool.entries(i18n_tool.ts_file(language)):
        if not text:
            continue
        for form in text.split(" | "):
            problems = []
            if set(NAMED.findall(source)) != set(NAMED.findall(form)):
                problems.append(f"{{names}} {sorted(set(NAMED.findall(source)))}")
            missing = set(NUMBERED.findall(source)) - set(NUMBERED.findall(form))
            if missing:
                problems.append(f"missing {sorted(missing)}")
            if _mnemonics(source) != _mnemonics(form):
                problems.append(f"{_mnemonics(source)} '&' mnemonic(s) expected")
            if problems:
                wrong.append(f"[{context}] {source!r} -> {form!r}: {', '.join(problems)}")
    assert not wrong, "translations that lose placeholders or mnemonics:\n" + "\n".join(wrong)


@translated
def test_the_program_loads_the_translation(qapp, language: str) -> None:  # type: ignore[no-untyped-def]
    """Through the program's own installer, every status and class label reads in Chinese, in its own script."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from garage_desktop.domain.classes import LABELS
    from garage_desktop.domain.lifecycle import STATUS_LABELS
    from garage_desktop.ui.appearance import install_translation

    locale = QLocale()
    try:
        assert install_translation(qapp, language)
        booked = QCoreApplication.translate("Domain", "Booked")
        assert booked != "Booked" and CHINESE.search(booked), booked
        english = [label for label in [*STATUS_LABELS.values(), *LABELS.values()]
                   if not CHINESE.search(QCoreApplication.translate("Domain", label))]
        assert not english, f"labels shown in English: {english}"
        delivered = QCoreApplication.translate("Domain", "Delivered")
        assert ("车" in delivered) if language == "zh_CN" else ("車" in delivered), delivered
    finally:  # leave the application as this test found it (the UI fixtures run in English)
        install_translation(qapp, "en")
        QLocale.setDefault(locale)


def test_marked_texts_name_their_context_literally() -> None:
    """lupdate extracts QT_TRANSLATE_NOOP only with a literal context: QT_TRANSLATE_NOOP(C, "…") with a variable
    left every booking message of the appointments service untranslated."""
    import re

    from garage_desktop.ui.i18n_tool import PACKAGE

    pattern = re.compile(r"(?<!def )QT_TRANSLATE_NOOP\((?=\s*[^\s\"'])")  # \s spans line breaks
    offenders = [f"{path.relative_to(PACKAGE)}: {match.group(0)!r}" for path in PACKAGE.rglob("*.py")
                 for match in pattern.finditer(path.read_text(encoding="utf-8"))]
    assert not offenders
