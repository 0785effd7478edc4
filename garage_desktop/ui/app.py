"""Start the window: Qt application, font, language, database, first operator, main window."""

from __future__ import annotations

import logging
import sys
import tempfile
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from garage_desktop import APP_AUTHOR, APP_NAME
from garage_desktop.db.engine import Database
from garage_desktop.ui.appearance import install_font, install_translation

log = logging.getLogger(__name__)


def make_application(argv: list[str] | None = None, language: str = "zh_TW") -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationName(APP_NAME)
    install_font(app)  # type: ignore[arg-type]
    install_translation(app, language)
    return app  # type: ignore[return-value]


def _install_excepthook() -> None:
    """An unexpected exception in a slot is logged and shown as a dialog; the program keeps running."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        from garage_desktop.domain.text import DomainError
        from garage_desktop.ui.errors import show_domain_error, show_unexpected

        if isinstance(error, DomainError):
            show_domain_error(QApplication.activeWindow(), error)
            return
        log.error("unhandled exception", exc_info=(kind, error, tb))
        show_unexpected(QApplication.activeWindow(), error)

    sys.excepthook = hook


def open_database(url: str) -> Database:
    """Open and migrate the database; make sure somebody can act (a first owner on a new file)."""
    from garage_desktop.db.migrate import upgrade
    from garage_desktop.services import bootstrap

    db = Database(url)
    upgrade(db.engine)
    with db.session_scope() as session:
        bootstrap.ensure_first_operator(session)
    return db


def choose_operator(db: Database) -> int | None:
    from garage_desktop.services import operators

    with db.session_scope() as session:
        people = operators.list_operators(session)
    last = QSettings().value("last_operator")
    ids = {p.id for p in people}
    if last is not None and int(last) in ids:
        return int(last)
    return people[0].id if people else None


def run_window(url: str, *, language: str = "zh_TW", demo: bool = False, smoke: bool = False) -> int:
    app = make_application(language=language)
    _install_excepthook()
    if demo:
        from garage_desktop.services import demo as demo_data
        from garage_desktop.ui.runner import run_with_progress

        run_with_progress(None, QCoreApplication.translate("App", "Building the demo garage…"),
                          lambda progress: demo_data.write_demo(url, progress=progress))
    try:
        db = open_database(url)
    except Exception as error:
        log.exception("could not open the database")
        if smoke:
            print(f"smoke: could not open the database: {error}", file=sys.stderr)
            return 1
        QMessageBox.critical(None, QCoreApplication.translate("App", "Cannot open the database"),
                             QCoreApplication.translate("App", "The database {url} cannot be opened:\n{error}")
                             .format(url=url, error=error))
        return 1

    from garage_desktop.ui.context import AppContext
    from garage_desktop.ui.main_window import MainWindow

    ctx = AppContext(db)
    ctx.set_operator(choose_operator(db))
    window = MainWindow(ctx)
    window.show()
    if smoke:
        return _smoke_check(app, window)
    code = app.exec()
    db.dispose()
    return code


def _smoke_check(app: QApplication, window) -> int:  # type: ignore[no-untyped-def]
    """Show the window offscreen, let it paint, check the tabs and the font, and exit."""
    problems: list[str] = []
    QTimer.singleShot(0, app.quit)
    app.exec()
    if window.ui.tabs.count() < 4:
        problems.append(f"only {window.ui.tabs.count()} tabs")
    if "WenQuanYi" not in app.font().family():
        problems.append(f"bundled font not in use (font is {app.font().family()})")
    if window.ui.tabs.tabText(0) in ("Workshop board", ""):
        problems.append("the zh_TW translation is not loaded")
    image = window.grab()
    if image.isNull():
        problems.append("window could not be painted")
    for problem in problems:
        print(f"smoke: {problem}", file=sys.stderr)
    if not problems:
        print(f"smoke: ok ({window.ui.tabs.count()} tabs, font {app.font().family()})")
    return 1 if problems else 0


def temporary_database_url() -> str:
    folder = Path(tempfile.mkdtemp(prefix="garage-smoke-"))
    return f"sqlite:///{folder / 'smoke.sqlite3'}"
