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


class StartupRefused(Exception):
    """The database must not be opened as it is (damaged, or written by a newer program)."""

    def __init__(self, message: str, db_file: Path) -> None:
        super().__init__(message)
        self.db_file = db_file


def open_database(url: str) -> Database:
    """Check, back up if an upgrade is due, migrate, and make sure somebody can act (a first owner).

    A damaged database or one from a newer program raises ``StartupRefused``: it is never overwritten or
    "repaired" silently.
    """
    from garage_desktop.paths import sqlite_file

    db_file = sqlite_file(url)
    current = False
    if db_file is not None:
        from garage_desktop.db.startup import Verdict, backup_before_upgrade, inspect_file

        state = inspect_file(db_file)
        current = state.verdict is Verdict.CURRENT
        if state.verdict is Verdict.DAMAGED:
            raise StartupRefused(QCoreApplication.translate(
                "App", "The database file {file} is damaged ({detail}). It was not changed.")
                .format(file=db_file, detail=state.detail), db_file)
        if state.verdict is Verdict.TOO_NEW:
            raise StartupRefused(QCoreApplication.translate(
                "App", "The database file {file} was written by a newer version of this program (schema "
                "{revision}). Install the newer version, or restore a backup made by this one.")
                .format(file=db_file, revision=state.revision), db_file)
        if state.verdict is Verdict.UPGRADE:
            from garage_desktop.ui.backup_actions import backup_folder

            saved = backup_before_upgrade(db_file, backup_folder(db_file))
            log.info("backed up %s to %s before upgrading its schema", db_file, saved)
    db = Database(url)
    if current:
        return db  # created, migrated and given its first owner before: nothing to do (start-up speed)
    from garage_desktop.db.migrate import upgrade
    from garage_desktop.services import bootstrap

    upgrade(db.engine)
    with db.session_scope() as session:
        bootstrap.ensure_first_operator(session)
    return db


def offer_restore(refused: StartupRefused) -> bool:
    """Explain why the database cannot be opened and offer to restore a backup. True if one was restored."""
    from garage_desktop.db import backup
    from garage_desktop.ui import backup_actions

    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("App", "Cannot open the database"),
                      str(refused))
    restore_button = box.addButton(QCoreApplication.translate("App", "Restore a backup…"),
                                   QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is not restore_button:
        return False
    chosen = backup_actions.ask_backup_file(None, backup_actions.backup_folder(refused.db_file))
    if not chosen:
        return False
    try:
        backup.restore(Path(chosen), refused.db_file)
    except backup.BackupError as error:
        QMessageBox.critical(None, QCoreApplication.translate("App", "Restore refused"), str(error))
        return False
    return True


def choose_operator(db: Database) -> int | None:
    from garage_desktop.services import roster

    with db.read_scope() as connection:
        people = roster.list_operators(connection)
    last = QSettings().value("last_operator")
    ids = {p.id for p in people}
    if last is not None and int(last) in ids:
        return int(last)
    return people[0].id if people else None


def run_window(url: str, *, language: str = "zh_TW", demo: bool = False, smoke: bool = False,
               startup_probe: float | None = None) -> int:
    app = make_application(language=language)
    _install_excepthook()
    if demo:
        from garage_desktop.services import demo as demo_data
        from garage_desktop.ui.runner import run_with_progress

        run_with_progress(None, QCoreApplication.translate("App", "Building the demo garage…"),
                          lambda progress: demo_data.write_demo(url, progress=progress))
    from garage_desktop.paths import sqlite_file

    db_file = sqlite_file(url)
    instance = None
    if db_file is not None and not smoke:
        from garage_desktop.ui.single_instance import SingleInstance

        instance = SingleInstance(db_file)
        if not instance.acquire():
            print(f"garage-desktop: already open on {db_file}; brought that window forward", file=sys.stderr)
            return 0
    db = None
    while db is None:
        try:
            db = open_database(url)
        except StartupRefused as refused:
            log.error("database refused at start-up: %s", refused)
            if smoke or not offer_restore(refused):
                print(f"garage-desktop: {refused}", file=sys.stderr)
                return 1
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
    backups = None
    if db_file is not None:
        from garage_desktop.ui.backup_actions import AutomaticBackups

        backups = AutomaticBackups(db_file, window)
        window.set_db_file(db_file)
        from garage_desktop.ui.backup_actions import IntegrityWatch, warn_damaged

        watch = IntegrityWatch(db_file, window)
        watch.failed.connect(lambda detail: warn_damaged(window, ctx, db_file, detail))
        QTimer.singleShot(2000, watch.start)  # after the first paint and the first look at the board
    QTimer.singleShot(WARM_UP_DELAY_MS, warm_up)
    if instance is not None:
        instance.activated.connect(lambda: (window.showNormal(), window.raise_(), window.activateWindow()))
        QTimer.singleShot(WARM_UP_DELAY_MS, instance.listen)
    if startup_probe is not None:  # benchmarks/bench_startup.py only (hidden --startup-probe option)
        _probe_startup(app, window, startup_probe)
    code = app.exec()
    ctx.db.dispose()
    if backups is not None and startup_probe is None:  # a benchmark run leaves no backup behind
        backups.at_close()
    if instance is not None:
        instance.release()
    return code


# The window paints the board first; the ORM and the models every other screen needs are loaded just after.
WARM_UP_DELAY_MS = 100


def warm_up() -> None:
    """Load the ORM, declare the models and configure their mappings (about 0.2 s), once the board is on
    screen: start-up reads the board and the operators through Core (``AppContext.read_core``) so the first
    paint does not wait for this, and the first click on anything else then does not either."""
    from sqlalchemy.orm import configure_mappers

    from garage_desktop.db import models  # noqa: F401 - declares the mapped classes

    configure_mappers()


def _probe_startup(app: QApplication, window, started: float) -> None:  # type: ignore[no-untyped-def]
    """Benchmark hook: once the shown window's board has rows, print the seconds since ``started`` (a
    ``time.perf_counter()`` taken first thing in ``__main__``) and quit. Not used by the program itself."""
    import time

    def check() -> None:
        rows = window.tabs["board"].model.rowCount()
        waited = time.perf_counter() - started
        if rows or waited > 120:
            orm = "sqlalchemy.orm" in sys.modules  # the first paint should not have needed it
            print(f"startup-probe: {waited:.3f} rows={rows} orm={orm}", flush=True)
            app.quit()
        else:
            QTimer.singleShot(5, check)

    QTimer.singleShot(0, check)


def _smoke_check(app: QApplication, window) -> int:  # type: ignore[no-untyped-def]
    """Show the window offscreen, open every tab and let it paint, check the font and language, and exit."""
    problems: list[str] = []
    QTimer.singleShot(0, app.quit)
    app.exec()
    for index in range(window.ui.tabs.count()):
        window.ui.tabs.setCurrentIndex(index)  # builds the tab on first show
        app.processEvents()
        page = window.ui.tabs.currentWidget()
        if page.layout() is None or page.layout().count() != 1:
            problems.append(f"tab {window.ui.tabs.tabText(index)!r} did not build")
    window.ui.tabs.setCurrentIndex(0)
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
