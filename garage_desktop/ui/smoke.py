"""``garage-desktop --smoke``: start the real window on a throw-away demo garage, check it, exit.

CI runs it on the installed wheel and on the PyInstaller bundle under a real X display, so it must never wait
for a person: no dialog is ever left open (any problem is printed as ``smoke: …`` on stderr and the exit code
is 1), it gives up after ``TIME_LIMIT_S`` and it uses its own settings store and database in ``home`` (a
temporary folder, removed at the end), never the user's.
"""

from __future__ import annotations

import os
import shutil
import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog

TIME_LIMIT_S = 240  # the demo garage, every tab and the checks take a few seconds; a hang must not be silent


def use_private_settings(home: Path) -> None:
    """Send every QSettings of this process to an INI file under ``home`` (on Windows too: not the registry)."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(home / "settings"))


def fail(message: str) -> None:
    """Report ``message`` and end the process at once: a smoke start never waits on a dialog or a thread."""
    print(f"smoke: {message}", file=sys.stderr, flush=True)
    sys.stdout.flush()
    os._exit(1)


class _DialogGuard(QObject):
    """Fails the smoke start the moment a dialog that waits for a person is shown (a progress dialog is fine)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Show and isinstance(watched, QDialog)
                and not isinstance(watched, QProgressDialog)):
            text = watched.text() if isinstance(watched, QMessageBox) else ""
            fail(f"a dialog opened: {watched.windowTitle()!r} {text!r}")
        return False


def _install_guards(app: QApplication) -> QObject:
    """An unexpected exception or any dialog that would wait for a person ends the smoke start as a failure;
    so does running past the time limit (a watchdog thread, which fires even if the event loop is stuck)."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        import logging

        logging.getLogger(__name__).error("unhandled exception", exc_info=(kind, error, tb))
        fail(f"unexpected error: {kind.__name__}: {error}")

    sys.excepthook = hook

    guard = _DialogGuard(app)
    app.installEventFilter(guard)
    watchdog = threading.Timer(TIME_LIMIT_S, fail, args=(f"no answer after {TIME_LIMIT_S} s",))
    watchdog.daemon = True
    watchdog.start()
    return guard


def run_smoke(url: str, home: Path, *, language: str | None) -> int:
    """Build a demo garage in ``url``, open the window on it, check it, clean ``home`` up; 0 if all is well."""
    use_private_settings(home)
    from garage_desktop.ui.app import build_demo, make_application, open_database, show_main_window

    app = make_application(language=language)
    language = str(app.property("garage_language"))
    _install_guards(app)
    try:
        build_demo(url)
        db = open_database(url)
    except Exception as error:
        import logging

        logging.getLogger(__name__).exception("smoke start could not open its database")
        fail(f"could not build or open the demo database: {type(error).__name__}: {error}")
    ctx, window = show_main_window(db)
    problems, summary = check_window(app, window, language)
    problems += check_printing(ctx, home, language)
    problems += check_month_end(url, home, language)
    ctx.db.dispose()
    for problem in problems:
        print(f"smoke: {problem}", file=sys.stderr)
    if not problems:
        print(f"smoke: ok ({summary})", flush=True)
    window.close()
    shutil.rmtree(home, ignore_errors=True)
    return 1 if problems else 0


def check_window(app: QApplication, window, language: str) -> tuple[list[str], str]:  # type: ignore[no-untyped-def]
    """Open every tab and let it paint; check the font, the language and that the window fits the screen the
    program is made for. Returns the problems found and a one-line summary."""
    from garage_desktop.ui.fit import SCREEN_LIMIT, largest_minimum_size

    problems: list[str] = []
    QTimer.singleShot(0, app.quit)
    app.exec()  # the first paint, as a user sees it
    for index in range(window.ui.tabs.count()):
        window.ui.tabs.setCurrentIndex(index)  # builds the tab on first show
        app.processEvents()
        page = window.ui.tabs.currentWidget()
        if page.layout() is None or page.layout().count() != 1:
            problems.append(f"tab {window.ui.tabs.tabText(index)!r} did not build")
    size, worst = largest_minimum_size(window)
    window.ui.tabs.setCurrentIndex(0)
    font = app.font().family()
    if "WenQuanYi" not in font:
        problems.append(f"bundled font not in use (font is {font})")
    if language != "en" and window.ui.tabs.tabText(0) in ("Workshop board", ""):
        problems.append(f"the {language} translation is not loaded")
    if window.grab().isNull():
        problems.append("window could not be painted")
    if size.width() > SCREEN_LIMIT.width() or size.height() > SCREEN_LIMIT.height():
        problems.append(f"the window needs at least {size.width()}x{size.height()} (on the {worst} tab), more "
                        f"than {SCREEN_LIMIT.width()}x{SCREEN_LIMIT.height()}")
    summary = (f"{window.ui.tabs.count()} tabs, language {language}, platform {QGuiApplication.platformName()}, "
               f"font {font}, "
               f"min {size.width()}x{size.height()}")
    return problems, summary


def check_printing(ctx, home: Path, language: str) -> list[str]:  # type: ignore[no-untyped-def]
    """Print a work order of the demo garage the way the print preview does: ReportLab writes the PDF,
    pdfium renders its pages, Qt's print support draws them on a printer (a PDF file here, as no printer is
    attached). Proves the installed program (the bundle above all) still has every piece printing needs."""
    from datetime import datetime

    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    from garage_desktop import printing
    from garage_desktop.services import board, documents
    from garage_desktop.ui.dialogs.print_preview import PrintPreviewDialog

    QPrinterInfo.availablePrinterNames()  # loads the platform's print-support plugin (CUPS on Linux)
    rows = ctx.read_core(board.open_orders, datetime.now()).rows
    for row in rows:
        doc = ctx.read(documents.work_order_doc, row.order_id)
        if doc.labour or doc.parts:
            break
    else:
        return ["no demo order with lines to print"]
    pdf = printing.work_order_pdf(doc, language=language)
    preview = PrintPreviewDialog(pdf, doc.order_no)  # never shown: a smoke start opens no dialog
    pages = preview.pages()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = home / "printed.pdf"
    printer.setOutputFileName(str(out))
    printed = preview.print_to(printer)
    preview.deleteLater()
    problems = []
    if not pages or any(page.isNull() for page in pages):
        problems.append("the print preview could not render the work order")
    if printed != preview.page_count() or not out.is_file() or out.stat().st_size < 1000:
        problems.append(f"the work order did not print ({printed} of {preview.page_count()} pages)")
    return problems


def check_month_end(url: str, home: Path, language: str) -> list[str]:
    """Write this month's month-end workbook of the demo garage the way the Reports tab does: in a child process
    (``child_process``). Proves the installed program can start one (the bundle starts it through itself) and has
    what the workbook needs."""
    import zipfile
    from datetime import datetime

    from garage_desktop.child_process import run_in_child
    from garage_desktop.workbook_process import write_month_end

    out = home / "month-end.xlsx"
    now = datetime.now().replace(microsecond=0)
    try:
        written = run_in_child(write_month_end, url, now.date().replace(day=1), str(out), language, now)
    except Exception as error:  # noqa: BLE001 - reported as the smoke start's problem
        return [f"the month-end workbook could not be written in a child process: {type(error).__name__}: {error}"]
    if written != out or not zipfile.is_zipfile(out):
        return ["the month-end workbook written in a child process is not a workbook"]
    return []
