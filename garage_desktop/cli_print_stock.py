"""``garage-desktop print pick-list`` and ``print extra-slip``: an order's 領料單 / 用料批條 as a PDF file.

    garage-desktop print pick-list WO20261128-001 --db garage.sqlite3 --out pick.pdf
    garage-desktop print extra-slip WO20261128-001 --db garage.sqlite3 --out slips.pdf [--slip YL000012]

Kept beside ``cli_print`` (the other documents' commands) in the same pattern: ``add_commands(documents)`` adds
these sub-commands to the ``print`` command's sub-parsers and ``run(args)`` carries one out. On its own:
``python -m garage_desktop.cli_print_stock pick-list ...``. The database is only read. Exit codes: 0 written,
1 refused (unknown order, nothing to print, no such database), 2 bad arguments (argparse).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

DOCUMENTS = ("pick-list", "extra-slip")


def add_commands(documents: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``pick-list`` and ``extra-slip`` to the sub-parsers of the ``print`` command."""
    pick = documents.add_parser("pick-list", help="the 領料單: the order's parts with origin, planned and issued")
    slip = documents.add_parser("extra-slip", help="the 用料批條: extra parts with the inspector's approval")
    for parser in (pick, slip):
        parser.add_argument("order_no", metavar="ORDER_NO", help="the order number, e.g. WO20261128-001")
        parser.add_argument("--db", dest="print_db", metavar="PATH",
                            help="database file or SQLAlchemy URL (default: the top-level --db, else the "
                                 "database in the user's data folder)")
        parser.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF file to write")
        parser.add_argument("--lang", dest="print_lang", choices=("zh_TW", "en"), default=None,
                            help="language of the printout (default: the top-level --lang, else zh_TW)")
    slip.add_argument("--slip", metavar="YL000012", help="only this slip (default: every slip of the order)")


def _refuse(message: str) -> int:
    print(f"garage-desktop print: {message}", file=sys.stderr)
    return 1


def _write(path: Path, data: bytes) -> None:
    """Write through a temporary file beside ``path`` so a half-written PDF never replaces a good one."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _slip_id(text: str | None) -> int | None:
    digits = "".join(ch for ch in (text or "") if ch.isdigit())
    return int(digits) if digits else None


def run(args: argparse.Namespace) -> int:
    """Carry out a parsed ``print pick-list`` / ``print extra-slip``. Returns the process exit code."""
    from sqlalchemy.exc import SQLAlchemyError

    from garage_desktop.db.engine import Database
    from garage_desktop.domain.text import DomainError
    from garage_desktop.paths import database_url, sqlite_file
    from garage_desktop.services import documents, picking_documents

    url = database_url(getattr(args, "print_db", None) or getattr(args, "db", None))
    database_file = sqlite_file(url)
    if database_file is not None and not database_file.is_file():
        return _refuse(f"there is no database file {database_file}")
    out = Path(args.out).expanduser()
    if not out.parent.is_dir():
        return _refuse(f"the folder {out.parent} does not exist")
    language = getattr(args, "print_lang", None) or getattr(args, "lang", None) or "zh_TW"
    db = Database(url)
    try:
        with db.session_scope() as session:
            order_id = documents.find_order_id(session, args.order_no)
            if order_id is None:
                return _refuse(f"there is no order {args.order_no.strip()} in {database_file or url}")
            if args.document == "pick-list":
                doc = picking_documents.pick_list_doc(session, order_id)
            else:
                slips = picking_documents.extra_slip_docs(session, order_id, _slip_id(getattr(args, "slip", None)))
    except DomainError as error:
        return _refuse(error.english())
    except SQLAlchemyError as error:
        return _refuse(f"cannot read the database {database_file or url}: {error.__class__.__name__}")
    finally:
        db.dispose()

    from garage_desktop.printing.pick_list import render_extra_slips, render_pick_list

    if args.document == "pick-list":
        pdf = render_pick_list(doc, language=language)
        what = f"pick list of {doc.order_no}"
    else:
        if not slips:
            return _refuse(f"order {args.order_no.strip()} has no extra part approval slips")
        pdf = render_extra_slips(slips, language=language)
        what = f"{len(slips)} extra part slip(s) of {slips[0].order_no}"
    try:
        _write(out, pdf)
    except OSError as error:
        return _refuse(f"cannot write {out}: {error.strerror or error}")
    print(f"{what} written to {out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="garage-desktop print", description=__doc__.splitlines()[0])
    documents = parser.add_subparsers(dest="document", metavar="DOCUMENT", required=True)
    add_commands(documents)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
