"""Start the window: Qt application, font, language, database, first operator, main window."""

from __future__ import annotations

import linecache
import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from garage_desktop import APP_AUTHOR, APP_NAME
from garage_desktop.languages import DEFAULT_LANGUAGE, LANGUAGES, WINDOW_LANGUAGE_KEY, language_for_locale
from garage_desktop.services import garage_file
from garage_desktop.ui.appearance import install_font, install_icon, install_translation
from garage_desktop.ui.database import Database, StartupRefused, load_models, open_database

log = logging.getLogger(__name__)


LANGUAGE_KEY = WINDOW_LANGUAGE_KEY  # QSettings: this PC's window language (the Settings tab chooses it)


def window_language(requested: str | None = None) -> str:
    """``requested`` (``--lang``) if given; else the language chosen on this PC (Settings); else, on the first start,
    the system's (``languages.language_for_locale``), remembered from then on. Needs the application's name set."""
    if requested:
        return requested
    settings = QSettings()
    chosen = settings.value(LANGUAGE_KEY)
    if chosen in LANGUAGES:
        return str(chosen)
    from PySide6.QtCore import QLocale

    language = language_for_locale(QLocale.system().name())
    settings.setValue(LANGUAGE_KEY, language)
    return language


def make_application(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    """The application with the bundled font, the icon and the window language (``window_language``)."""
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationName(APP_NAME)
    install_font(app)  # type: ignore[arg-type]
    language = window_language(language)
    app.setProperty("garage_language", language)
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


def offer_restore(refused: StartupRefused) -> bool:
    """Explain why the database cannot be opened and offer to restore a backup. True if one was restored."""
    from garage_desktop.ui import backup_actions

    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("App", "Cannot open the database"),
                      str(refused))
    restore_button = box.addButton(QCoreApplication.translate("App", "Restore a backup…"),
                                   QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is not restore_button:
        return False
    chosen = backup_actions.ask_backup_file(None, garage_file.default_backup_folder(refused.db_file))
    if not chosen:
        return False
    try:
        garage_file.restore(Path(chosen), refused.db_file)
    except garage_file.RestoreRefused as error:
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


def run_window(url: str, *, language: str | None = None, demo: bool = False, replace_demo: bool = False,
               startup_probe: float | None = None) -> int:
    """``demo``: write the demo garage into the (new) file first; ``replace_demo``: the file is the data folder's
    demo.sqlite3, deleted first — only once this program holds its lock (a window may be open on it)."""
    app = make_application(language=language)
    _install_excepthook()
    from garage_desktop.ui.collector import UiThreadCollector

    UiThreadCollector(app)  # cyclic garbage (closed dialogs, their timers) freed on the UI thread only
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
        except Exception as error:  # noqa: BLE001 (logged below, the traceback without the password)
            # The URL of a server database holds its password: never in the dialog, on stderr or in the log.
            from garage_desktop.paths import shown_url, without_password

            told = without_password(str(error), url)
            log.error("could not open the database %s: %s\n%s", shown_url(url), told, without_password(
                "".join(traceback.format_exception(error)), url))
            print(f"garage-desktop: the database {shown_url(url)} cannot be opened: {told}", file=sys.stderr)
            QMessageBox.critical(None, QCoreApplication.translate("App", "Cannot open the database"),
                                 QCoreApplication.translate("App", "The database {url} cannot be opened:\n{error}")
                                 .format(url=shown_url(url), error=told))
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
    seats = None
    if startup_probe is None:
        from garage_desktop.ui.seat_watch import SeatWatch

        seats = SeatWatch(ctx, window)  # other seats' changes (another PC, the command line) reach the tabs
        QTimer.singleShot(SEAT_WATCH_DELAY_MS, seats.start)
        QTimer.singleShot(TABS_WARM_UP_DELAY_MS, warm_up_tabs)
        QTimer.singleShot(READ_AHEAD_DELAY_MS, lambda: read_figures_ahead(ctx))
        QTimer.singleShot(EHR_UPLOAD_DELAY_MS, lambda: start_uploads(ctx))
    if instance is not None:
        instance.activated.connect(lambda: (window.showNormal(), window.raise_(), window.activateWindow()))
        QTimer.singleShot(WARM_UP_DELAY_MS, instance.listen)
    if startup_probe is not None:  # benchmarks/bench_startup.py only (hidden --startup-probe option)
        _probe_startup(app, window, startup_probe)
    code = app.exec()
    if seats is not None:
        seats.stop()
    stop_uploads(ctx)
    ctx.db.dispose()
    if backups is not None and startup_probe is None:  # a benchmark run leaves no backup behind
        backups.at_close()
    if startup_probe is None:  # at most weekly, after the backup: statistics refreshed, free pages given back
        from garage_desktop.ui.database import upkeep_if_due

        upkeep_if_due(ctx.db)
        ctx.db.dispose()
    if instance is not None:
        instance.release()
    return code


def cannot_save_message(db_file: Path, *, folder_hint: bool = False) -> str | None:
    """In plain words, why the program could not save into ``db_file`` (a read-only data folder or database
    file), or None. ``folder_hint``: the folder refused the lock file even though it looks writable."""
    found = garage_file.unwritable(db_file)
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


def build_demo(url: str, language: str | None = None) -> None:
    """Write the demo garage into ``url`` off the UI thread, with a progress dialog: in ``language``'s script
    (default: the window's; zh_TW Traditional, otherwise mainland Simplified)."""
    from garage_desktop import demo as demo_data
    from garage_desktop.ui.runner import run_with_progress

    app = QCoreApplication.instance()
    script = language or (app.property("garage_language") if app is not None else None) or DEFAULT_LANGUAGE
    run_with_progress(None, QCoreApplication.translate("App", "Building the demo garage…"),
                      lambda progress: demo_data.write_demo(url, progress=progress, language=str(script)))


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
    load_models()


# Other seats' changes are looked for once the window is up and the ORM loaded (``ui.seat_watch``).
SEAT_WATCH_DELAY_MS = 1000

# Then the tabs' code, a module at a time while the window waits for the user: a tab's first show then builds it
# without importing (and compiling the dataclasses of) its screens and services first (issue 20).
TABS_WARM_UP_DELAY_MS = 1500
# What the tabs import only when first used (the order actions of every stage tab, the search, the dialogs).
WARM_UP_TOO = ("garage_desktop.services.order_actions", "garage_desktop.services.orders",
               "garage_desktop.services.find", "garage_desktop.ui.dialogs.vehicle_history_dialog",
               "garage_desktop.ui.dialogs.audit_dialog", "garage_desktop.ui.dialogs.order_action_dialog",
               "garage_desktop.ui.widgets.catalog_page", "garage_desktop.ui.dialogs.print_preview")
# Last, the printing stack, on a worker thread (ReportLab and the parsed printing font touch no Qt): the day's first
# print preview took 275 ms more than the next ones, which found them loaded (issue 20). Some 25 MB, which the
# garage's first printout of the day would load anyway.
PRINTING_WARM_UP = ("garage_desktop.printing.layout", "garage_desktop.printing.work_order",
                    "garage_desktop.printing.dispatch_slip", "garage_desktop.printing.pick_list",
                    "garage_desktop.printing.qc_sheet", "garage_desktop.printing.settlement_list")
_printing_warm = threading.Event()


def warm_up_tabs(modules: list[str] | None = None) -> None:
    """Import the tabs' modules (``main_window.TABS``), one per turn of the event loop (each takes a few tens of
    milliseconds: a click in between waits no longer)."""
    import importlib

    if modules is None:
        from garage_desktop.ui.main_window import TABS

        modules = [*(module for _key, module, _class in TABS), *WARM_UP_TOO]
    if not modules:
        warm_up_printing()
        # PySide6 reads the source of every module imported after it (``shibokensupport.feature`` looks for
        # "PySide6" in it) through ``linecache``, which keeps every line: some 10 MB nobody reads. A traceback
        # reads what it needs again.
        linecache.clearcache()
        return
    try:
        importlib.import_module(modules[0])
    except Exception:  # a convenience: the tab imports it itself when first shown
        log.exception("warming up %s failed", modules[0])
    QTimer.singleShot(0, lambda: warm_up_tabs(modules[1:]))


def warm_up_printing() -> threading.Thread:
    """Import the printing modules and parse the printing font on a worker thread (``PRINTING_WARM_UP``); a
    failure only leaves it to the first printout. ``printing_warm`` says when it is done (the benchmark waits)."""
    import importlib

    def work() -> None:
        try:
            for name in PRINTING_WARM_UP:
                importlib.import_module(name)
            from garage_desktop.printing.fonts import register_font

            register_font()
        except Exception:  # a convenience: the first printout loads what it needs itself
            log.exception("warming up the printing failed")
        finally:
            _printing_warm.set()

    worker = threading.Thread(target=work, name="garage-printing-warm-up", daemon=True)
    worker.start()
    return worker


def printing_warm() -> bool:
    return _printing_warm.is_set()


# A few seconds later, once start-up's own checks are under way, the Reports tab's figures are read on a worker.
READ_AHEAD_DELAY_MS = 4000
# Then the health records due are uploaded on a worker (``ui.ehr_uploader``), and every few minutes after.
EHR_UPLOAD_DELAY_MS = 8000


def start_uploads(ctx) -> None:  # type: ignore[no-untyped-def]
    """Start the health records' uploader (``ui.ehr_uploader``: a worker thread; it sends only when uploads are on
    and this PC holds the platform password's key). Imported here, not at start-up: it needs the ORM."""
    try:
        from garage_desktop.ui.ehr_uploader import start_uploader

        start_uploader(ctx)
    except Exception:  # the export still works; the panel says uploads are not running
        log.exception("starting the health record uploader failed")


def stop_uploads(ctx) -> None:  # type: ignore[no-untyped-def]
    """At close: stop the uploader if it was started (an upload in flight is abandoned and sent again later)."""
    module = sys.modules.get("garage_desktop.ui.ehr_uploader")
    uploader = module.EhrUploader.of(ctx) if module is not None else None
    if uploader is not None:
        uploader.stop()


def read_figures_ahead(ctx) -> None:  # type: ignore[no-untyped-def]
    """Read the last twelve months' figures, the follow-up queue and the receivables on worker threads
    (``reports_tab.read_ahead``, ``followup_tab.read_ahead``, ``receivables_reader.read_ahead``), so those tabs and
    the receivables dialog show them at once when first opened (issue 20); the window stays free meanwhile."""
    try:
        from garage_desktop.ui.tabs import followup_tab, reports_tab

        reports_tab.read_ahead(ctx)
        followup_tab.read_ahead(ctx)  # and the follow-up queue (years of calls due)
        from garage_desktop.ui.widgets import find_box

        find_box.read_ahead(ctx)  # and the plates, VINs and phones the search box looks through
        from garage_desktop.ui import receivables_reader

        receivables_reader.read_ahead(ctx)  # and the receivables makers and insurers owe (27,000 on ten years)
    except Exception:  # a convenience: the tabs read them themselves when opened
        log.exception("reading the figures ahead failed")


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
