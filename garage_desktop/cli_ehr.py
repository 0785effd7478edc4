"""``garage-desktop ehr export``: the month's electronic health records (電子健康檔案) as a file for the provincial
platform, without opening the window.

    garage-desktop ehr export --month 2026-11 --db garage.sqlite3 --out 2026-11.json [--csv]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from garage_desktop.cli_export import parse_month

# Exit codes (also in the command's help).
WRITTEN, REFUSED, BAD_ARGUMENTS, LEFT_OUT = 0, 1, 2, 3

DESCRIPTION = """\
Write the electronic health records (汽車維修電子健康檔案) of the orders settled in a month, for the provincial
platform: a JSON list with one record per settled order ({basicInfo, repairprojectlist, vehiclepartslist}, with
the field names of the garage's mapping file), or with --csv the same flat: one row per repair item or part, the
order's basic fields repeated on each of its rows, a column "list" saying which list the row belongs to, then the
repair item's and the part's fields (only those of its own list filled); UTF-8 with a byte-order mark.

An order whose record has a problem (no VIN, a part without a code, the garage's licence number or credit code
missing ...) is not written: it is listed on stderr with the reason and the screen where it is fixed, and the
others are written all the same.

The database is only read. Exit codes: 0 every settled order written; 3 the file was written but some orders
were left out for their problems; 1 refused (no such database or folder, unreadable database, a mapping file
that cannot be used, a file that cannot be written); 2 bad arguments."""


def add_ehr_commands(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:  # type: ignore[type-arg]
    """Add ``ehr`` (with its sub-command ``export``) to the sub-commands."""
    ehr = subparsers.add_parser("ehr", help="the electronic health record: export a month's records",
                                description="The electronic health record (汽車維修電子健康檔案).")
    actions = ehr.add_subparsers(dest="ehr_command", required=True, metavar="COMMAND")
    export = actions.add_parser("export", help="write the month's records as JSON (or CSV)", description=DESCRIPTION,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    export.add_argument("--month", required=True, type=parse_month, metavar="YYYY-MM",
                        help="the month of settlement, e.g. 2026-11")
    export.add_argument("--db", dest="ehr_db", metavar="PATH",
                        help="database file or SQLAlchemy URL (default: the top-level --db, else the database in "
                             "the user's data folder)")
    export.add_argument("--out", required=True, metavar="FILE", help="the file to write (.json, or .csv with --csv)")
    export.add_argument("--csv", action="store_true", help="write CSV, one row per repair item or part")
    return ehr


def _refuse(message: str) -> int:
    import logging

    print(f"garage-desktop ehr export: {message}", file=sys.stderr)
    logging.getLogger(__name__).error("command line: ehr export: %s", message)
    return REFUSED


def run_ehr(args: argparse.Namespace) -> int:
    """Carry out a parsed ``ehr`` command. Returns the process exit code."""
    from sqlalchemy.exc import SQLAlchemyError

    from garage_desktop.db.engine import Database
    from garage_desktop.domain.text import DomainError
    from garage_desktop.export.ehr_files import save_csv, save_json
    from garage_desktop.paths import database_url, shown_url, sqlite_file
    from garage_desktop.services import ehr

    url = database_url(getattr(args, "ehr_db", None) or getattr(args, "db", None))
    database_file = sqlite_file(url)
    if database_file is not None and not database_file.is_file():
        return _refuse(f"there is no database file {database_file}")
    out = Path(args.out).expanduser()
    if not out.parent.is_dir():
        return _refuse(f"the folder {out.parent} does not exist")
    month = args.month
    db = Database(url)
    try:
        with db.session_scope(write=False) as session:
            export = ehr.month_export(session, month.year, month.month)
    except DomainError as error:
        return _refuse(error.english())
    except SQLAlchemyError as error:
        return _refuse(f"cannot read the database {shown_url(url)}: {error.__class__.__name__}")
    finally:
        db.dispose()
    try:
        if args.csv:
            save_csv(export.header, export.rows, out)
        else:
            save_json(export.records, out)
    except OSError as error:
        return _refuse(f"cannot write {out}: {error.strerror or error}")
    for row in export.left_out:
        reasons = "; ".join(f"{problem.english()} (fix in: {problem.where})" for problem in row.problems)
        print(f"left out {row.order_no} {row.plate}: {reasons}", file=sys.stderr)
    print(f"health records {month:%Y-%m} written to {out}: {len(export.records)} orders"
          + (f", {len(export.left_out)} left out for their problems" if export.left_out else ""))
    return LEFT_OUT if export.left_out else WRITTEN
