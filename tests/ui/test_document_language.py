"""The garage's document language (Settings): chosen apart from this PC's window language, and every print of the
window in it; this PC's window language in the same tab, for the next start."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QSettings

from garage_desktop.db.engine import Database
from garage_desktop.domain.classes import Role
from garage_desktop.languages import LANGUAGE_NAMES, LANGUAGES, WINDOW_LANGUAGE_KEY
from garage_desktop.services import clock, settings
from garage_desktop.ui import app as app_module
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.tabs import qc_tab
from garage_desktop.ui.tabs.settings_tab import SettingsTab
from tests.integration.test_qc import NOW, make_qc_order


@pytest.fixture
def pc_settings(qapp) -> Iterator[QSettings]:  # type: ignore[no-untyped-def]
    stored = QSettings()
    stored.remove(WINDOW_LANGUAGE_KEY)
    yield stored
    stored.remove(WINDOW_LANGUAGE_KEY)


def open_settings(qtbot, ctx: AppContext) -> SettingsTab:  # type: ignore[no-untyped-def]
    tab = SettingsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    return tab


def test_the_owner_chooses_the_papers_language_apart_from_the_window(qtbot, ctx: AppContext, db: Database,  # type: ignore[no-untyped-def]
                                                                    people: dict, pc_settings: QSettings) -> None:
    assert app_module.LANGUAGE_KEY == WINDOW_LANGUAGE_KEY
    ctx.set_operator(people[Role.OWNER])
    tab = open_settings(qtbot, ctx)
    combo = tab.ui.documentLanguageCombo
    assert [combo.itemData(i) for i in range(combo.count())] == ["", *LANGUAGES]
    assert [combo.itemText(i) for i in range(1, combo.count())] == [LANGUAGE_NAMES[c] for c in LANGUAGES]
    assert combo.currentData() == "" and ctx.document_language() == "en"  # none chosen: the window's (English here)
    combo.setCurrentIndex(combo.findData("zh_CN"))
    assert tab.ui.revertButton.isEnabled()  # a change to save, like any other field
    tab.ui.saveButton.click()
    assert ctx.read(settings.load).document_language == "zh_CN" and ctx.document_language() == "zh_CN"
    tab.reload_form()
    assert combo.currentData() == "zh_CN"
    # nobody but the owner changes it
    ctx.set_operator(people[Role.ADVISOR])
    assert not combo.isEnabled()


def test_this_pcs_window_language_is_kept_for_the_next_start(qtbot, ctx: AppContext,  # type: ignore[no-untyped-def]
                                                             people: dict, pc_settings: QSettings) -> None:
    ctx.set_operator(people[Role.ADVISOR])  # the PC's own setting: not the owner's alone
    tab = open_settings(qtbot, ctx)
    combo = tab.ui.windowLanguageCombo
    assert [combo.itemData(i) for i in range(combo.count())] == list(LANGUAGES)
    assert combo.currentData() == "en" and combo.isEnabled()  # the language this window speaks
    assert "next start" in tab.ui.windowLanguageNote.text()
    combo.setCurrentIndex(combo.findData("zh_TW"))
    assert pc_settings.value(WINDOW_LANGUAGE_KEY) == "zh_TW"
    assert app_module.window_language(None) == "zh_TW"  # what the next start speaks
    assert ctx.window_language() == "en"  # this window goes on in its language
    assert open_settings(qtbot, ctx).ui.windowLanguageCombo.currentData() == "zh_TW"


def test_the_qc_tab_shows_the_window_language_and_prints_the_garages(qtbot, ctx: AppContext, db: Database,  # type: ignore[no-untyped-def]
                                                                   people: dict,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from pypdf import PdfReader

    clock.set_fixed(NOW)
    order_id = make_qc_order(db)
    ctx.set_operator(people[Role.OWNER])
    ctx.call(lambda session, actor: settings.save(session, actor, replace(settings.load(session),
                                                                          document_language="zh_CN")))
    ctx.set_operator(people[Role.INSPECTOR])
    tab = qc_tab.QcTab(ctx)
    qtbot.addWidget(tab)
    tab.show_order(order_id)
    assert tab.template is not None and tab.ui.templateCombo.currentText() == tab.template.title.en  # the window
    saved: list[bytes] = []
    monkeypatch.setattr(qc_tab, "open_preview", lambda pdf, title, parent: saved.append(pdf))
    tab.ui.printSheetButton.click()  # the blank sheet, before the first inspection
    text = re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(io.BytesIO(saved[0])).pages))
    assert "竣工检验单" in text and "检验项目" in text and "竣工檢驗單" not in text
