"""Start the window: Qt application, font, language, database, first operator, main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from garage_desktop import APP_AUTHOR, APP_NAME
from garage_desktop.db.engine import Database
from garage_desktop.languages import DEFAULT_LANGUAGE
from garage_desktop.ui.appearance import install_font, install_icon, install_translation

log = logging.getLogger(__name__)


def make_application(argv: list[str] | None = None, language: str = DEFAULT_LANGUAGE) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationName(APP_NAME)
    install_font(app)  # type: ignore[arg-type]
    install_translation(app, language)
    install_icon(app)  # type: ignore[arg-type]
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
        if state.verdict is Verdict.FOREIGN:
            raise StartupRefused(QCoreApplication.translate(
                "App", "The file {file} is not a garage database this program can open as it is ({detail}). "
                "It was not changed.").format(file=db_file, detail=state.detail), db_file)
        if state.verdict is Verdict.TOO_NEW:
            raise StartupRefused(QCoreApplication.translate(
                "App", "The database file {file} was written by a newer version of this program (schema "
                "{revision}). Install the newer version, or restore a backup made by this one.")
                .format(file=db_file, revision=state.revision), db_file)
        if state.verdict is Verdict.UPGRADE:
            from garage_desktop.ui.backup_actions import backup_folder

            saved = backup_before_upgrade(db_file, backup_folder(db_file), state.revision)
            log.info("backed up %s to %s before upgrading its schema", db_file, saved)
    db = Database(url)
    if current:
        return db  # created, migrated and given its first owner before: nothing to do (start-up speed)
    from garage_desktop.db.migrate import upgrade
    from garage_desktop.services import bootstrap

    upgrade(db.engine)
    with db.session_scope() as session:
        bootstrap.ensure_first_operator(session)
    if db_file is not None:
        from garage_desktop.paths import private_file

        for path in (db_file, db_file.with_name(db_file.name + "-wal"), db_file.with_name(db_file.name + "-shm")):
            if path.exists():
                private_file(path)  # customers' names and phones: the user's alone
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


def run_window(url: str, *, language: str = DEFAULT_LANGUAGE, demo: bool = False, replace_demo: bool = False,
               startup_probe: float | None = None) -> int:
    """``demo``: write the demo garage into the (new) file first; ``replace_demo``: the file is the data folder's
    demo.sqlite3, deleted first — only once this program holds its lock (a window may be open on it)."""
    app = make_application(language=language)
    _install_excepthook()
    from garage_desktop.paths import sqlite_file

    db_file = sqlite_file(url)
    instance = None
    if db_file is not None:
        from garage_desktop.ui.single_instance import LockNotWritable, SingleInstance

        problem = cannot_save_message(db_file)
        if problem is not None:
            return refuse_start(problem)
        instance = SingleInstance(db_file)
        try:
            acquired = instance.acquire()
        except LockNotWritable:
            return refuse_start(cannot_save_message(db_file, folder_hint=True) or "")
        if not acquired:
            print(f"garage-desktop: already open on {db_file}; brought that window forward", file=sys.stderr)
            return 0
    if demo:
        if replace_demo and db_file is not None:
            for suffix in ("", "-wal", "-shm", "-journal"):
                db_file.with_name(db_file.name + suffix).unlink(missing_ok=True)
        build_demo(url)
    db = None
    while db is None:
        try:
            db = open_database(url)
        except StartupRefused as refused:
            log.error("database refused at start-up: %s", refused)
            if not offer_restore(refused):
                print(f"garage-desktop: {refused}", file=sys.stderr)
                return 1
        except Exception as error:
            log.exception("could not open the database")
            QMessageBox.critical(None, QCoreApplication.translate("App", "Cannot open the database"),
                                 QCoreApplication.translate("App", "The database {url} cannot be opened:\n{error}")
                                 .format(url=url, error=error))
            return 1

    ctx, window = show_main_window(db)
    backups = None
    if db_file is not None:
        from garage_desktop.ui.backup_actions import AutomaticBackups

        backups = AutomaticBackups(db_file, window)
        window.set_db_file(db_file)
        from garage_desktop.ui.backup_actions import IntegrityWatch, warn_audit_altered, warn_damaged

        watch = IntegrityWatch(db_file, window)
        watch.failed.connect(lambda detail: warn_damaged(window, ctx, db_file, detail))
        watch.audit_altered.connect(lambda finding: warn_audit_altered(window, finding))
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


def cannot_save_message(db_file: Path, *, folder_hint: bool = False) -> str | None:
    """In plain words, why the program could not save into ``db_file`` (a read-only data folder or database
    file), or None. ``folder_hint``: the folder refused the lock file even though it looks writable."""
    from garage_desktop.db.startup import unwritable

    found = unwritable(db_file)
    if found is None and folder_hint:
        found = ("folder", db_file.parent)
    if found is None:
        return None
    kind, path = found
    if kind == "folder":
        return QCoreApplication.translate(
            "App", "The data folder {folder} is not writable: the program could not save anything there. Give "
            "this user the right to write in it (or copy the garage's file to a folder that is) and start again."
        ).format(folder=path)
    return QCoreApplication.translate(
        "App", "The database file {file} is read-only: the program could not save anything into it. Make it "
        "writable for this user and start again.").format(file=path)


def refuse_start(message: str) -> int:
    """Say why the program cannot start (a message box, stderr and the log) and give the exit code 1."""
    log.error("start refused: %s", message)
    print(f"garage-desktop: {message}", file=sys.stderr)
    QMessageBox.critical(None, QCoreApplication.translate("App", "Cannot open the database"), message)
    return 1


def build_demo(url: str) -> None:
    """Write the demo garage into ``url`` off the UI thread, with a progress dialog."""
    from garage_desktop.services import demo as demo_data
    from garage_desktop.ui.runner import run_with_progress

    run_with_progress(None, QCoreApplication.translate("App", "Building the demo garage…"),
                      lambda progress: demo_data.write_demo(url, progress=progress))


def show_main_window(db: Database):  # type: ignore[no-untyped-def]
    """The main window over ``db``, shown, with the last operator (or the first) at the PC."""
    from garage_desktop.ui.context import AppContext
    from garage_desktop.ui.main_window import MainWindow

    ctx = AppContext(db)
    ctx.set_operator(choose_operator(db))
    window = MainWindow(ctx)
    window.show()
    return ctx, window


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
