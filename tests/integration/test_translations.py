"""The zh_TW translation is complete, in step with the sources, compiled, keeps placeholders, and is loaded."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
from pathlib import Path

from garage_desktop.ui import i18n_tool

LANGUAGE = "zh_TW"
TS = i18n_tool.ts_file(LANGUAGE)
QM = i18n_tool.qm_file(LANGUAGE)
HOW_TO_FIX = ("run `python -m garage_desktop.ui.i18n_tool update`, translate the new entries in "
              f"{TS.name}, then `python -m garage_desktop.ui.i18n_tool release`")

NAMED = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
NUMBERED = re.compile(r"%[1-9n]")
CHINESE = re.compile(r"[\u4e00-\u9fff]")


def _mnemonics(text: str) -> int:
    """How many keyboard mnemonics ('&' before a character; '&&' is a literal ampersand)."""
    return len(re.findall(r"&(?=[^\s&])", text.replace("&&", "")))


def _keys(ts: Path) -> set[tuple[str, str]]:
    return {(context, source) for context, source, _text, _ok in i18n_tool.entries(ts)}


def test_the_translation_files_exist() -> None:
    assert TS.is_file(), f"{TS} is missing: {HOW_TO_FIX}"
    assert QM.is_file(), f"{QM} is missing: run `python -m garage_desktop.ui.i18n_tool release`"


def test_no_zh_tw_entry_is_unfinished_or_empty() -> None:
    entries = i18n_tool.entries(TS)
    assert len(entries) > 100
    unfinished = [f"[{c}] {s!r}" for c, s, _t, ok in entries if not ok]
    assert not unfinished, f"{len(unfinished)} unfinished zh_TW entries ({HOW_TO_FIX}):\n" + "\n".join(unfinished)
    blank = [f"[{c}] {s!r}" for c, s, t, _ok in entries
             if not t.strip() or any(not part.strip() for part in t.split(" | "))]
    assert not blank, "zh_TW entries with an empty translation:\n" + "\n".join(blank)


def test_the_ts_file_holds_every_string_of_the_sources(tmp_path: Path) -> None:
    """A string added to the code (or a .ui form) without running `update` and translating it fails here."""
    copy = tmp_path / TS.name
    shutil.copyfile(TS, copy)
    i18n_tool.update(ts=copy, language=LANGUAGE)
    new = sorted(_keys(copy) - _keys(TS))
    assert not new, (f"{len(new)} source strings are not in {TS.name} ({HOW_TO_FIX}):\n"
                     + "\n".join(f"[{c}] {s!r}" for c, s in new))


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


def test_the_shipped_qm_is_compiled_from_the_current_ts(tmp_path: Path) -> None:
    fresh = tmp_path / QM.name
    subprocess.run([i18n_tool._tool("pyside6-lrelease"), str(TS), "-qm", str(fresh)], check=True,
                   capture_output=True)
    assert fresh.read_bytes() == QM.read_bytes(), (
        f"{QM.name} is stale: run `python -m garage_desktop.ui.i18n_tool release`")


def test_every_translation_keeps_the_placeholders_and_mnemonics_of_its_source() -> None:
    wrong = []
    for context, source, text, _ok in i18n_tool.entries(TS):
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


def test_the_program_loads_the_zh_tw_translation(qapp) -> None:  # type: ignore[no-untyped-def]
    """Through the program's own installer, every status and class label reads in Chinese."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from garage_desktop.domain.classes import LABELS
    from garage_desktop.domain.lifecycle import STATUS_LABELS
    from garage_desktop.ui.appearance import DEFAULT_LANGUAGE, install_translation

    assert DEFAULT_LANGUAGE == LANGUAGE
    locale = QLocale()
    was_chinese = QCoreApplication.translate("Domain", "Booked") != "Booked"
    try:
        assert install_translation(qapp, LANGUAGE)
        booked = QCoreApplication.translate("Domain", "Booked")
        assert booked != "Booked" and CHINESE.search(booked), booked
        english = [label for label in [*STATUS_LABELS.values(), *LABELS.values()]
                   if not CHINESE.search(QCoreApplication.translate("Domain", label))]
        assert not english, f"labels shown in English: {english}"
    finally:  # leave the application as this test found it (the UI fixtures install zh_TW themselves)
        install_translation(qapp, LANGUAGE if was_chinese else "en")
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
