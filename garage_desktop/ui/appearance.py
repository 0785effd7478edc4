"""The bundled CJK font, the icon and the translation, installed into the application."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from garage_desktop.languages import DEFAULT_LANGUAGE
from garage_desktop.paths import font_path, resource

log = logging.getLogger(__name__)
_translators: list[QTranslator] = []


def install_font(app: QApplication) -> str:
    """Load the shipped TrueType font and make it the application font. Returns its family name."""
    font_id = QFontDatabase.addApplicationFont(str(font_path()))
    if font_id < 0:
        log.error("could not load the bundled font %s", font_path())
        return app.font().family()
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    font = QFont(family)
    font.setPointSize(10)
    app.setFont(font)
    return family


def install_icon(app: QApplication) -> None:
    """The program's icon (resources/icons, drawn by ``garage_desktop.ui.icon_tool``) on every window."""
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(resource("icons", "garage_desktop.png"))))


def install_translation(app: QCoreApplication, language: str = DEFAULT_LANGUAGE) -> bool:
    """Install the program's translation for ``language`` ("en" is the source language: nothing to load)."""
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    QLocale.setDefault(QLocale(language))
    if language.startswith("en"):
        return True
    ok = False
    for name, folder in ((f"garage_desktop_{language}", resource("translations")),):
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            _translators.append(translator)
            ok = True
        else:
            log.error("translation %s not found in %s", name, folder)
    # Qt's own strings (standard buttons, dialogs), when the Qt installation has them.
    from PySide6.QtCore import QLibraryInfo

    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        _translators.append(qt_translator)
    return ok
