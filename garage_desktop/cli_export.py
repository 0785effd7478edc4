"""``garage-desktop export``: write a month-end workbook without opening the window.

    garage-desktop export --month 2026-11 --db garage.sqlite3 --out 2026-11.xlsx [--lang en]

The workbook is in ``--lang`` (zh_CN, zh_TW or en); without it, in the garage's document language (Settings),
else the top-level ``--lang``, else zh_CN. The database is only read (never migrated nor created). Exit codes: 0 written, 1 refused (no such database or
folder, unreadable database), 2 bad arguments (argparse).
"""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date
from pathlib import Path

from garage_desktop.languages import LANGUAGES


def parse_month(text: str) -> date:
    """"2026-11" (or "2026/11", "202611") → 2026-11-01; anything else is an argparse error."""
    match = re.fullmatch(r"\s*(\d{4})[-/.]?(\d{1,2})\s*", text or "")
    if match is None or not 1 <= int(match.group(2)) <= 12:
        raise argparse.ArgumentTypeError(f"{text!r} is not a month like 2026-11")
    return date(int(match.group(1)), int(match.group(2)), 1)


def add_export_command(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:  # type: ignore[type-arg]
    """Add ``export`` (the month-end workbook) to the sub-commands."""
    export = subparsers.add_parser("export", help="write the month-end workbook (.xlsx)",
                                   description="Write the month-end Excel workbook: KPIs, orders, labour, parts, "
                                               "payments, open deposits, follow-ups and comebacks.")
    export.add_argument("--month", required=True, type=parse_month, metavar="YYYY-MM",
                        help="the month to report, e.g. 2026-11")
    # dest differs from the top-level --db so argparse's sub-parser defaults cannot overwrite it
    export.add_argument("--db", dest="export_db", metavar="PATH",
                        help="database file or SQLAlchemy URL (default: the top-level --db, else the database in "
                             "the user's data folder)")
    export.add_argument("--out", required=True, metavar="FILE.xlsx", help="the workbook to write")
    export.add_argument("--lang", dest="export_lang", choices=LANGUAGES, default=None,
                        help="language of the sheets and headers (default: the garage's document language in "
                             "Settings, else the top-level --lang, else zh_CN)")
    return export


def _refuse(message: str) -> int:
    import logging

    print(f"garage-desktop export: {message}", file=sys.stderr)
    logging.getLogger(__name__).error("command line: export: %s", message)  # whoever looks later reads it too
    return 1


def run_export(args: argparse.Namespace) -> int:
    """Carry out a parsed ``export`` command. Returns the process exit code."""
    from sqlalchemy.exc import SQLAlchemyError

    from garage_desktop.db.engine import Database
    from garage_desktop.export.month_workbook import save_month_workbook
    from garage_desktop.paths import database_url, shown_url, sqlite_file
    from garage_desktop.services import settings
    from garage_desktop.services.month_report import month_report

    url = database_url(getattr(args, "export_db", None) or getattr(args, "db", None))
    database_file = sqlite_file(url)
    if database_file is not None and not database_file.is_file():
        return _refuse(f"there is no database file {database_file}")
    out = Path(args.out).expanduser()
    if not out.parent.is_dir():
        return _refuse(f"the folder {out.parent} does not exist")
    db = Database(url)
    try:
        with db.session_scope(write=False) as session:
            report = month_report(session, args.month)
            language = getattr(args, "export_lang", None) or settings.document_language(
                settings.load(session), getattr(args, "lang", None))
    except SQLAlchemyError as error:
        return _refuse(f"cannot read the database {shown_url(url)}: {error.__class__.__name__}")
    finally:
        db.dispose()
    try:
        save_month_workbook(report, out, language)
    except OSError as error:
        return _refuse(f"cannot write {out}: {error.strerror or error}")
    kpis = report.kpis
    print(f"month-end workbook {args.month:%Y-%m} written to {out}: {len(report.orders)} orders, "
          f"{kpis.cars_delivered} cars delivered, revenue ¥{kpis.revenue.total:,.2f}")
    return 0
