"""Keep the translations in step with the code: lupdate (sources → .ts), lrelease (.ts → .qm), and checks.

``python -m garage_desktop.ui.i18n_tool update``   collect new strings into the .ts files (keeps translations)
``python -m garage_desktop.ui.i18n_tool release``  compile the .ts files into the .qm files the program loads
``python -m garage_desktop.ui.i18n_tool check``    list unfinished entries (a test runs the same check)
``python -m garage_desktop.ui.i18n_tool derive``   fill unfinished zh_CN entries from zh_TW (``--all``: every entry)
``python -m garage_desktop.ui.i18n_tool paperwork``  the paperwork's zh_CN table (``--all``: every entry derived again)

zh_CN is derived, then reviewed: each zh_TW translation goes through the reviewed garage glossary
(``resources/translations/glossary_zh_CN.tsv``: the Taiwan term and the mainland term, longest first; a
term written ``=列`` stands for that whole text only) and then
through OpenCC's ``tw2sp`` tables (Traditional Taiwan → Simplified with mainland phrases: 列印 → 打印). A
reviewed zh_CN entry is never overwritten by ``derive``; ``derive --all`` rebuilds every entry (after a glossary
change). OpenCC is a development and test dependency only: the program loads the compiled .qm.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path

from garage_desktop.languages import LANGUAGES as INTERFACE_LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "garage_desktop"
TRANSLATIONS = ROOT / "resources" / "translations"
# The translated languages: every interface language but English, the source language.
LANGUAGES = tuple(code for code in INTERFACE_LANGUAGES if code != "en")


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"garage_desktop_{language}.ts"


def qm_file(language: str) -> Path:
    return TRANSLATIONS / f"garage_desktop_{language}.qm"


def _tool(name: str) -> str:
    return shutil.which(name) or str(Path(sys.executable).with_name(name))


def source_files() -> list[Path]:
    """Python sources (not the compiled forms: their .ui files are read instead) and the .ui forms."""
    python = [p for p in sorted(PACKAGE.rglob("*.py")) if "ui/forms" not in p.as_posix()]
    return python + sorted((ROOT / "forms").glob("*.ui"))


def update(ts: Path | None = None, language: str = "zh_TW") -> None:
    target = ts or ts_file(language)
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none",
                    *[str(p) for p in source_files()], "-ts", str(target)], check=True, capture_output=True)


def release(language: str = "zh_TW") -> None:
    subprocess.run([_tool("pyside6-lrelease"), str(ts_file(language)), "-qm", str(qm_file(language))],
                   check=True, capture_output=True)


def entries(ts: Path) -> list[tuple[str, str, str, bool]]:
    """(context, source, translation, finished) for every message of a .ts file."""
    result = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            if node is None:
                result.append((name, source, "", False))
                continue
            forms = [f.text or "" for f in node.iter("numerusform")]
            text = " | ".join(forms) if forms else (node.text or "")
            finished = node.get("type") not in ("unfinished", "vanished", "obsolete") and all(
                forms or [text])
            result.append((name, source, text, finished))
    return result


GLOSSARY = TRANSLATIONS / "glossary_zh_CN.tsv"


def glossary() -> list[tuple[str, str]]:
    """(Taiwan term, mainland term) pairs of the reviewed glossary, longest Taiwan term first."""
    pairs = []
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        taiwan, mainland, *_note = line.split("\t")
        pairs.append((taiwan.strip(), mainland.strip()))
    return sorted(pairs, key=lambda pair: -len(pair[0]))


def to_mainland(text: str, pairs: list[tuple[str, str]] | None = None) -> str:
    """A zh_TW text in mainland Simplified Chinese: the glossary's terms first, then OpenCC tw2sp."""
    import opencc  # development/test dependency (the [dev] and [test] extras)

    pairs = glossary() if pairs is None else pairs
    whole = {taiwan[1:]: mainland for taiwan, mainland in pairs if taiwan.startswith("=")}
    if text in whole:  # a whole-text entry ("=列": a table's lone Row header)
        return whole[text]
    # Each glossary term is replaced by a private-use character while OpenCC converts the rest, so OpenCC's own
    # phrases never undo a reviewed term (tw2sp turns 停用 into 禁用).
    kept: list[str] = []
    for taiwan, mainland in pairs:
        if not taiwan.startswith("=") and taiwan in text:
            text = text.replace(taiwan, chr(0xE000 + len(kept)))
            kept.append(mainland)
    text = opencc.OpenCC("tw2sp").convert(text)
    for index, mainland in enumerate(kept):
        text = text.replace(chr(0xE000 + index), mainland)
    return text


def derive(everything: bool = False) -> int:
    """Fill zh_CN's unfinished entries (or all of them) from zh_TW's translations; returns how many changed."""
    source = {(c, s): t for c, s, t, ok in entries(ts_file("zh_TW")) if ok}
    target = ts_file("zh_CN")
    tree = ET.parse(target)
    pairs = glossary()
    changed = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            text = source.get((name, message.findtext("source") or ""))
            if node is None or text is None or (node.get("type") is None and not everything):
                continue
            forms = list(node.iter("numerusform"))
            if forms:
                for form, part in zip(forms, text.split(" | "), strict=True):
                    form.text = to_mainland(part, pairs)
            else:
                node.text = to_mainland(text, pairs)
            node.attrib.pop("type", None)
            changed += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    target.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return changed


# --- the paperwork's own zh_CN table --------------------------------------------------------------------------
# The printouts, the month-end workbook, the QC templates, the demo garage and the starter catalog do not use the
# Qt translations: their Chinese is written once, in zh_TW, and ``documents.simplified`` reads its zh_CN form from
# one table, derived like the window's zh_CN (glossary, then OpenCC tw2sp) and reviewed:
# ``python -m garage_desktop.ui.i18n_tool paperwork`` adds the registered texts the table lacks and drops those no
# longer registered; an entry already there (reviewed) is kept; ``paperwork --all`` derives every entry again.
PAPERWORK = TRANSLATIONS / "paperwork_zh_CN.json"
# The registry. Tables of fixed zh_TW text, as "module:attribute": every string in one (dict values, items, fields
# of dataclasses) with Chinese in it is a text. tests/integration/test_paperwork_simplified.py fails when a module-level
# dict of printing/ or export/ holds Chinese and is not listed here.
PAPERWORK_TABLES = (
    "garage_desktop.printing.labels:ZH_TW",
    "garage_desktop.printing.pick_list:ZH_TW",
    "garage_desktop.printing.qc_sheet:QC_ZH",
    "garage_desktop.printing.certificate:CERTIFICATE_ZH",
    "garage_desktop.printing.settlement_list:ZH_TW",
    "garage_desktop.printing.vehicle_record:ZH_TW",
    "garage_desktop.export.labels:ZH_TW",
    # the catalog workbook and the supplier's empty price list (their sheet names, headers and origin words)
    "garage_desktop.services.catalog_excel:ZH_TW",
    "garage_desktop.services.supplier_prices:ZH_TW",
    # what a new garage's database starts with (the demo garage's too)
    "garage_desktop.services.bootstrap:STARTER_MODEL_CLASSES",
    "garage_desktop.services.bootstrap:FIRST_OWNER_NAME",
)
# Strings a text is drawn from character by character (the demo's names, its spoken numbers): each character.
PAPERWORK_CHARACTERS = (
    "garage_desktop.demo.names:SURNAMES",
    "garage_desktop.demo.names:GIVEN_MALE",
    "garage_desktop.demo.names:GIVEN_FEMALE",
    "garage_desktop.demo.names:_NUMERALS",
)
# Packages whose every Chinese string in the code is a text (read from the source: the vocabulary's tables and
# the fixed pieces of formatted strings, docstrings left out): the demo garage.
PAPERWORK_SOURCES = ("garage_desktop/demo",)
# The QC templates (each "zh_TW" text) and the starter catalog (each Chinese string).
PAPERWORK_QC_TEMPLATES = ROOT / "resources" / "qc_templates"
PAPERWORK_FILES = (ROOT / "resources" / "catalog" / "starter_catalog.json",)
# The shipped follow-up call script (each "zh_TW" text, as in the QC templates): printed on the call sheet.
PAPERWORK_CALL_SCRIPT = ROOT / "resources" / "call_script" / "default.json"


def _is_chinese(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or ch >= "\U00020000" for ch in text)


def _strings(value: object) -> Iterator[str]:
    """Every string inside ``value``: itself, a mapping's values, a sequence's or set's items, a dataclass's fields
    (enumerations and numbers left out)."""
    import dataclasses
    import enum
    from collections.abc import Mapping

    if isinstance(value, enum.Enum):
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, (tuple, list, set, frozenset)):
        for item in sorted(value, key=str) if isinstance(value, (set, frozenset)) else value:
            yield from _strings(item)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _strings(getattr(value, field.name))


def _attribute(name: str) -> object:
    import importlib

    module, _, attribute = name.partition(":")
    return getattr(importlib.import_module(module), attribute)


def source_strings(path: Path) -> Iterator[str]:
    """The string constants of a Python source, the fixed pieces of its f-strings among them, docstrings left out."""
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            yield node.value


def _template_texts(value: object) -> Iterator[str]:
    """The "zh_TW" texts of a QC template (at any depth of its JSON)."""
    if isinstance(value, dict):
        if isinstance(value.get("zh_TW"), str):
            yield value["zh_TW"]
        for item in value.values():
            yield from _template_texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _template_texts(item)


def _json_strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _json_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _json_strings(item)


def paperwork_texts() -> dict[str, str]:
    """Every registered zh_TW text (with Chinese in it) → where it was first found."""
    import json

    found: dict[str, str] = {}

    def add(texts: Iterable[str], where: str) -> None:
        for text in texts:
            if _is_chinese(text):
                found.setdefault(text, where)

    for name in PAPERWORK_TABLES:
        add(_strings(_attribute(name)), name)
    pools = set()
    for name in PAPERWORK_CHARACTERS:
        pool = _attribute(name)
        assert isinstance(pool, str), name
        pools.add(pool)
        add(pool, name)
    for folder in PAPERWORK_SOURCES:
        for path in sorted((ROOT / folder).rglob("*.py")):
            add((text for text in source_strings(path) if text not in pools), path.relative_to(ROOT).as_posix())
    for path in sorted(PAPERWORK_QC_TEMPLATES.glob("*.json")):
        add(_template_texts(json.loads(path.read_text(encoding="utf-8"))), path.relative_to(ROOT).as_posix())
    for path in PAPERWORK_FILES:
        add(_json_strings(json.loads(path.read_text(encoding="utf-8"))), path.relative_to(ROOT).as_posix())
    add(_template_texts(json.loads(PAPERWORK_CALL_SCRIPT.read_text(encoding="utf-8"))),
        PAPERWORK_CALL_SCRIPT.relative_to(ROOT).as_posix())
    return found


# tw2sp speaks of computers: it would make a pedal's 自由行程 a 自由进程 (process), the workbook's 指標 a 指针
# (pointer), the 機動車維修檔案 a 文件 (file). In the paperwork these words keep their plain Simplified form.
PAPERWORK_KEEP = ("行程", "新增", "指標", "執行", "檔案", "裝置")


def paperwork_mainland(text: str, pairs: list[tuple[str, str]] | None = None) -> str:
    """A paperwork text in zh_CN: ``to_mainland`` with the words of ``PAPERWORK_KEEP`` converted one character at a
    time (OpenCC t2s) instead."""
    import opencc

    plain = opencc.OpenCC("t2s")
    kept: list[str] = []
    for word in PAPERWORK_KEEP:
        while word in text:
            text = text.replace(word, f"\ue000{len(kept)}\ue001", 1)
            kept.append(plain.convert(word))
    text = to_mainland(text, pairs)
    for index, word in enumerate(kept):
        text = text.replace(f"\ue000{index}\ue001", word)
    return text


def read_paperwork_table() -> dict[str, str]:
    import json

    return json.loads(PAPERWORK.read_text(encoding="utf-8")) if PAPERWORK.exists() else {}


def paperwork(everything: bool = False) -> tuple[int, int, int]:
    """Bring the paperwork's zh_CN table in step with the registry: every registered text, a reviewed entry kept
    (``everything``: each derived again). Returns (entries, added, dropped)."""
    import json

    texts = paperwork_texts()
    old = {} if everything else read_paperwork_table()
    pairs = glossary()
    table = {text: old[text] if text in old else paperwork_mainland(text, pairs) for text in sorted(texts)}
    PAPERWORK.write_text(json.dumps(table, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(table), sum(1 for text in table if text not in old), sum(1 for text in old if text not in table)


def unfinished(language: str = "zh_TW") -> list[tuple[str, str]]:
    return [(c, s) for c, s, _t, ok in entries(ts_file(language)) if not ok]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    command = argv[0] if argv else "check"
    if command == "paperwork":
        count, added, dropped = paperwork(everything="--all" in argv)
        print(f"{PAPERWORK.name}: {count} entries, {added} derived, {dropped} no longer registered")
        return 0
    if command == "derive":
        print(f"zh_CN: {derive(everything='--all' in argv)} entries derived from zh_TW")
        command = "release"
    for language in LANGUAGES:
        if command == "update":
            update(language=language)
        elif command == "release":
            release(language)
        missing = unfinished(language)
        for context, source in missing:
            print(f"{language} unfinished: [{context}] {source}")
        print(f"{language}: {len(entries(ts_file(language)))} entries, {len(missing)} unfinished")
        if command == "check" and missing:
            return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
