"""The month-end workbook as the Reports tab writes it: read and written in a child process
(``child_process.run_in_child``), so the window gives back all the memory the month's records took (issue 20).

The child's whole job, as a command-line command is a whole job: it opens the database itself (the window's
process hands over only its URL) and uses the services and the workbook writer as ``cli_export`` does."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

Progress = Callable[[int, int], None]


def write_month_end(url: str, month: date, path: str, language: str, as_of: datetime,
                    progress: Progress | None = None) -> Path:
    """Read the month-end report of ``month`` from the database at ``url`` as of ``as_of`` (the moment the person
    asked: the running month's figures count what is held then) and write its workbook to ``path`` in
    ``language``. Returns the path written. Only reads the database."""
    from garage_desktop.db.engine import Database
    from garage_desktop.export.month_workbook import save_month_workbook, sheet_names
    from garage_desktop.services import clock
    from garage_desktop.services.month_report import STEPS, month_report

    say = progress or (lambda done, total: None)
    sheets = len(sheet_names()) + 1  # the summary and a sheet per table, as the workbook counts them
    clock.set_fixed(as_of)
    db = Database(url)
    try:
        with db.session_scope(write=False) as session:
            report = month_report(session, month, lambda done, _total: say(done, STEPS + sheets))
    finally:
        db.dispose()
    return save_month_workbook(report, path, language, lambda done, total: say(STEPS + done, STEPS + total))
