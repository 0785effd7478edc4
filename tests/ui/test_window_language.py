"""The window's language: --lang, else this PC's choice, else (first start) the system's Chinese, else zh_CN."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QSettings

from garage_desktop.ui import app as app_module


@pytest.fixture
def pc_settings(qapp) -> QSettings:  # type: ignore[no-untyped-def]
    settings = QSettings()
    settings.remove(app_module.LANGUAGE_KEY)
    yield settings
    settings.remove(app_module.LANGUAGE_KEY)


@pytest.mark.parametrize(("system", "expected"), [("zh_TW", "zh_TW"), ("zh_HK", "zh_TW"), ("zh_CN", "zh_CN"),
                                                  ("en_US", "zh_CN")])
def test_the_first_start_follows_the_system_and_remembers_it(pc_settings: QSettings, monkeypatch: pytest.MonkeyPatch,
                                                              system: str, expected: str) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(system)))
    assert app_module.window_language(None) == expected
    assert pc_settings.value(app_module.LANGUAGE_KEY) == expected
    # the system changing later does not change the garage's window
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("en_US")))
    assert app_module.window_language(None) == expected


def test_lang_overrides_the_pcs_choice_without_replacing_it(pc_settings: QSettings) -> None:
    pc_settings.setValue(app_module.LANGUAGE_KEY, "zh_TW")
    assert app_module.window_language("en") == "en"
    assert app_module.window_language(None) == "zh_TW"


def test_a_choice_the_program_does_not_have_is_ignored(pc_settings: QSettings, monkeypatch: pytest.MonkeyPatch) -> None:
    pc_settings.setValue(app_module.LANGUAGE_KEY, "fr")
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("zh_CN")))
    assert app_module.window_language(None) == "zh_CN"


@pytest.mark.parametrize(("language", "economy"), [("zh_CN", "经济型轿车"), ("zh_TW", "經濟型轎車"),
                                                   ("en", "经济型轿车")])
def test_a_new_garage_starts_in_the_windows_script(qapp, tmp_path, language: str, economy: str) -> None:  # type: ignore[no-untyped-def]
    """The first start writes its model classes and starter catalog as the window reads: Traditional for zh_TW,
    else Simplified (the paperwork's default)."""
    from garage_desktop.services import model_classes
    from garage_desktop.ui.database import open_database

    before = qapp.property("garage_language")
    qapp.setProperty("garage_language", language)
    try:
        db = open_database(f"sqlite:///{tmp_path / 'new.sqlite3'}")
        with db.session_scope() as session:
            names = [c.name for c in model_classes.list_classes(session)]
        db.dispose()
    finally:
        qapp.setProperty("garage_language", before)
    assert economy in names
