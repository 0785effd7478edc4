"""Keep the translations in step with the code: lupdate (sources → .ts), lrelease (.ts → .qm), and checks.

``python -m garage_desktop.ui.i18n_tool update``   collect new strings into the .ts files (keeps translations)
``python -m garage_desktop.ui.i18n_tool release``  compile the .ts files into the .qm files the program loads
``python -m garage_desktop.ui.i18n_tool check``    list unfinished entries (a test runs the same check)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
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


def unfinished(language: str = "zh_TW") -> list[tuple[str, str]]:
    return [(c, s) for c, s, _t, ok in entries(ts_file(language)) if not ok]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    command = argv[0] if argv else "check"
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
