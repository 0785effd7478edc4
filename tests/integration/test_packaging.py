"""The program as it is installed, not as it sits in the checkout: the wheel carries every file the program
opens, the package list is complete, the smoke start fails loudly (never hangs) and touches nothing of the
user's, and ``--lang`` takes only the languages the program has."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from garage_desktop.languages import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
# Files in resources/ that the program never opens: the translators' sources, notes, README screenshots.
NOT_OPENED = {".ts", ".md", ".tsv"}  # sources of the translations (the glossary feeds i18n_tool only)
NOT_OPENED_FOLDERS = {"screenshots"}


def _opened_resources() -> list[Path]:
    files = []
    for path in sorted(RESOURCES.rglob("*")):
        relative = path.relative_to(RESOURCES)
        if path.is_file() and path.suffix not in NOT_OPENED and relative.parts[0] not in NOT_OPENED_FOLDERS:
            files.append(relative)
    return files


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built from this checkout the way ``pip install .`` builds it."""
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    (built,) = out.glob("garage_desktop-*.whl")
    return built


def test_the_wheel_carries_every_resource_the_program_opens(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = _opened_resources()
    assert Path("fonts/WenQuanYiMicroHei.ttf") in expected and Path("catalog/starter_catalog.json") in expected
    missing = [str(p) for p in expected if f"garage_desktop/resources/{p.as_posix()}" not in names]
    assert not missing, f"not in the wheel: {missing}"
    migrations = sorted(p.name for p in (ROOT / "garage_desktop/db/migrations/versions").glob("*.py"))
    assert all(f"garage_desktop/db/migrations/versions/{m}" in names for m in migrations)
    assert "garage_desktop/db/migrations/env.py" in names
    assert "garage_desktop/db/migrations/script.py.mako" in names


def test_the_unpacked_wheel_finds_its_resources_without_the_checkout(wheel: Path, tmp_path: Path) -> None:
    """Unpacked elsewhere, the package reads its font, translations, QC templates and starter catalog from
    inside itself (before, it looked for ``resources/`` beside the package and failed outside a checkout)."""
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    probe = (
        "import garage_desktop, json, sys\n"
        "from garage_desktop import paths\n"
        "from garage_desktop.services import catalog_starter, qc_templates\n"
        "assert garage_desktop.__file__.startswith(sys.argv[1]), garage_desktop.__file__\n"
        "assert paths.resources_dir().is_relative_to(sys.argv[1]), paths.resources_dir()\n"
        "assert paths.font_path().stat().st_size > 1_000_000\n"
        "json.loads(catalog_starter.starter_path().read_text(encoding='utf-8'))\n"
        "from garage_desktop.documents.simplified import simplified\n"
        "assert simplified('維修工單') == '维修工单'\n"
        "print(sorted(p.name for p in qc_templates.shipped_folder().glob('*.json')))\n"
        "from garage_desktop.languages import LANGUAGES\n"
        "for code in LANGUAGES:\n"
        "    assert code == 'en' or paths.resource('translations', f'garage_desktop_{code}.qm').is_file(), code\n"
    )
    env = dict(os.environ, PYTHONPATH=str(site))
    done = subprocess.run([sys.executable, "-c", probe, str(site)], capture_output=True, text=True, env=env,
                          cwd=tmp_path, timeout=120, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "engine_overhaul.json" in done.stdout


def test_the_package_list_names_every_package_and_resource_folder() -> None:
    """pyproject.toml lists the packages by hand (so resources/ can travel inside the package): a new
    sub-package or resource folder must be added there, or the wheel would silently lack it."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    listed = set(config["packages"])
    code = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "garage_desktop").rglob("*.py")
            if "__pycache__" not in p.parts}
    folders = {"garage_desktop.resources." + p.name for p in RESOURCES.iterdir()
               if p.is_dir() and p.name not in NOT_OPENED_FOLDERS}
    assert listed == code | folders | {"garage_desktop.resources"}
    assert config["package-dir"] == {"garage_desktop.resources": "resources"}


def test_every_language_offered_has_its_translation_and_every_translation_is_offered() -> None:
    compiled = {p.stem.removeprefix("garage_desktop_") for p in (RESOURCES / "translations").glob("*.qm")}
    assert set(LANGUAGES) - {"en"} == compiled
    assert "en" in LANGUAGES


def _clean_user(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(HOME=str(tmp_path / "home"), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    return env


def test_lang_refuses_a_language_the_program_does_not_have_and_names_those_it_has(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "garage_desktop", "--lang", "fr", "--smoke"], capture_output=True,
                          text=True, env=_clean_user(tmp_path), cwd=tmp_path, timeout=60, check=False)
    assert done.returncode == 2
    assert "invalid choice: 'fr'" in done.stderr
    for code in LANGUAGES:
        assert code in done.stderr
    assert not (tmp_path / "data").exists()  # refused before anything was written


def test_smoke_start_leaves_the_users_settings_and_data_untouched(tmp_path: Path) -> None:
    env = _clean_user(tmp_path)
    done = subprocess.run([sys.executable, "-m", "garage_desktop", "--smoke", "--lang", "en"], capture_output=True,
                          text=True, env=env, cwd=tmp_path, timeout=300, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "smoke: ok (12 tabs, language en, platform offscreen, font WenQuanYi" in done.stdout
    written = [p for base in ("home", "data", "config") for p in (tmp_path / base).rglob("*")]
    assert written == [], written
    assert list((tmp_path / "tmp").iterdir()) == []  # its own temporary folder is removed too


def _smoke_with(tmp_path: Path, patch: str) -> subprocess.CompletedProcess[str]:
    """``--smoke`` with ``patch`` (Python) applied first, to stage a broken install."""
    script = f"{patch}\nfrom garage_desktop.__main__ import main\nraise SystemExit(main(['--smoke']))\n"
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=_clean_user(tmp_path),
                          cwd=tmp_path, timeout=300, check=False)


def test_smoke_start_fails_with_a_message_when_resources_are_missing(tmp_path: Path) -> None:
    """The wheel without resources/ used to show an error dialog and hang there; now it says what is wrong."""
    done = _smoke_with(tmp_path, "from pathlib import Path\nimport garage_desktop.paths as paths\n"
                                 "paths.resources_dir = lambda: Path('/nowhere/resources')")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "smoke: " in done.stderr and "smoke: ok" not in done.stdout
    assert "Traceback" not in done.stderr


def test_smoke_start_fails_instead_of_waiting_on_a_dialog(tmp_path: Path) -> None:
    done = _smoke_with(tmp_path, "import garage_desktop.ui.app as app\n"
                                 "from PySide6.QtCore import QTimer\n"
                                 "from PySide6.QtWidgets import QMessageBox\n"
                                 "shown = app.show_main_window\n"
                                 "def show(db):\n"
                                 "    QTimer.singleShot(0, lambda: QMessageBox.information(None, 'Title', 'Waiting'))\n"
                                 "    return shown(db)\n"
                                 "app.show_main_window = show")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "smoke: a dialog opened: 'Title' 'Waiting'" in done.stderr


def _spec_functions() -> dict[str, object]:
    """The helper functions of build.spec (the spec itself only runs inside PyInstaller)."""
    import ast
    import re

    source = (ROOT / "build.spec").read_text(encoding="utf-8")
    tree = ast.parse(source)
    keep = [node for node in tree.body if isinstance(node, ast.FunctionDef) or (
        isinstance(node, ast.Assign) and all(isinstance(t, ast.Name) and t.id.isupper() for t in node.targets))]
    namespace: dict[str, object] = {"re": re, "sys": sys, "Path": Path, "SPECPATH": str(ROOT)}
    exec(compile(ast.Module(body=keep, type_ignores=[]), "build.spec", "exec"), namespace)  # noqa: S102
    return namespace


def test_the_bundle_keeps_the_qt_plugins_printing_and_chinese_typing_need() -> None:
    spec = _spec_functions()
    keep = spec["keep_plugin"]
    assert keep("platforms", "/qt/plugins/platforms/libqxcb.so")
    assert keep("platforms", "C:/qt/plugins/platforms/qwindows.dll")
    assert keep("platforms", "/qt/plugins/platforms/libqoffscreen.so")
    assert not keep("platforms", "/qt/plugins/platforms/libqwayland-egl.so")
    assert not keep("platforms", "/qt/plugins/platforms/libqeglfs.so")
    assert keep("printsupport", "/qt/plugins/printsupport/libcupsprintersupport.so")  # printing
    assert keep("platforminputcontexts", "/qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so")
    assert keep("styles", "C:/qt/plugins/styles/qmodernwindowsstyle.dll")  # the Windows look
    assert not keep("platformthemes", "/qt/plugins/platformthemes/libqgtk3.so")
    keep_data = spec["keep_data"]
    assert keep_data("PySide6/Qt/translations/qtbase_zh_TW.qm")
    assert not keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert keep_data("resources/translations/garage_desktop_zh_TW.qm")


def test_the_windows_version_resource_carries_the_projects_version(monkeypatch: pytest.MonkeyPatch) -> None:
    """build.spec writes the .exe's version resource on Windows; checked here with PyInstaller's own reader
    (which imports the Windows API module only to write into an .exe: absent here, and not needed to read)."""
    import PyInstaller.compat

    monkeypatch.setattr(PyInstaller.compat, "win32api", None, raising=False)
    from PyInstaller.utils.win32 import versioninfo

    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    text = _spec_functions()["windows_version_info"](version)
    path = ROOT / "build" / "test_version_info.txt"
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    try:
        info = versioninfo.load_version_info_from_text_file(str(path))
    finally:
        path.unlink()
    numbers = [int(n) for n in version.split(".")] + [0] * (4 - len(version.split(".")))
    assert info.ffi.fileVersionMS == (numbers[0] << 16) | numbers[1]
    assert info.ffi.fileVersionLS == (numbers[2] << 16) | numbers[3]
    rendered = str(info)
    assert f"StringStruct('ProductVersion', '{version}')" in rendered
    assert "garage-desktop.exe" in rendered


def test_smoke_start_gives_up_when_it_hangs(tmp_path: Path) -> None:
    """A start that never gets anywhere is ended by the watchdog with a message (the README's 240 s; shortened
    here), not left running for CI's timeout."""
    done = _smoke_with(tmp_path, "import time\nimport garage_desktop.ui.smoke as smoke\n"
                                 "import garage_desktop.ui.app as app\n"
                                 "smoke.TIME_LIMIT_S = 3\n"
                                 "app.show_main_window = lambda db: time.sleep(120)")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "smoke: no answer after 3 s" in done.stderr
