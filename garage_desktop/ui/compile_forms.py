"""Compile forms/*.ui into garage_desktop/ui/forms/ui_*.py with pyside6-uic.

Run ``python -m garage_desktop.ui.compile_forms`` after editing a form; a test fails when a compiled form is
out of date (``--check``).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORMS = ROOT / "forms"
OUT = Path(__file__).resolve().parent / "forms"


def _uic() -> str:
    exe = shutil.which("pyside6-uic") or str(Path(sys.executable).with_name("pyside6-uic"))
    return exe


_QT_IMPORT = re.compile(r"^from (PySide6\.Qt\w+) import \(([^)]*)\)\n", re.MULTILINE)


def prune_imports(source: str) -> str:
    """Keep only the Qt names the form uses. uic imports a fixed list (gradients, QImage, QPalette, ...), and the
    first touch of a PySide6 class builds its Python type with all its enums: a few milliseconds per form, on
    the start-up path for the main window and the board."""
    body = _QT_IMPORT.sub("", source)
    used = set(re.findall(r"\b(Q\w+|Qt)\b", body))

    def keep(match: re.Match[str]) -> str:
        names = [name.strip() for name in match.group(2).split(",") if name.strip() in used]
        if not names:
            return ""
        wrapped = textwrap.fill(", ".join(names), width=100, initial_indent=f"from {match.group(1)} import (",
                                subsequent_indent="    ", break_on_hyphens=False)
        return wrapped + ")\n"

    return _QT_IMPORT.sub(keep, source)


def compile_one(ui_file: Path) -> str:
    result = subprocess.run([_uic(), str(ui_file)], check=True, capture_output=True,
                            text=True)
    # Drop the line with the generator's version and the absolute path, so output is stable across machines.
    lines = [ln for ln in result.stdout.splitlines() if not ln.startswith("## Created by: Qt User Interface")]
    return prune_imports("\n".join(lines).rstrip() + "\n")


def target(ui_file: Path) -> Path:
    return OUT / f"ui_{ui_file.stem}.py"


def stale_forms() -> list[Path]:
    return [ui for ui in sorted(FORMS.glob("*.ui"))
            if not target(ui).exists() or target(ui).read_text(encoding="utf-8") != compile_one(ui)]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if "--check" in argv:
        stale = stale_forms()
        for ui in stale:
            print(f"out of date: {target(ui).relative_to(ROOT)} (from {ui.relative_to(ROOT)})")
        return 1 if stale else 0
    for ui in sorted(FORMS.glob("*.ui")):
        target(ui).write_text(compile_one(ui), encoding="utf-8")
        print(f"compiled {ui.name} -> {target(ui).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
