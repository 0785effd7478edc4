"""``garage-desktop print ...``: reprint an order's paperwork to a PDF file without opening the window.

    garage-desktop print work-order WO20261128-001 --db garage.sqlite3 --out wo.pdf [--copy customer]
    garage-desktop print dispatch-slip WO20261128-001 --db garage.sqlite3 --out slips.pdf
    garage-desktop print settlement WO20261128-001 --db garage.sqlite3 --out settlement.pdf
    garage-desktop print receipt WO20261128-001 --db garage.sqlite3 --out receipt.pdf
    garage-desktop print qc-sheet WO20261128-001 --db garage.sqlite3 --out qc.pdf [--attempt 1]
    garage-desktop print certificate WO20261128-001 --db garage.sqlite3 --out certificate.pdf
    garage-desktop print pick-list WO20261128-001 --db garage.sqlite3 --out pick.pdf  (cli_print_stock)

The database is only read (never migrated nor created). Exit codes: 0 written, 1 refused (unknown order,
nothing to print, no such database), 2 bad arguments (argparse).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

COPY_CHOICES = ("both", "customer", "workshop")


def add_print_commands(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:  # type: ignore[type-arg]
    """Add ``print work-order``, ``dispatch-slip``, ``settlement``, ``receipt``, ``qc-sheet`` and ``certificate``
    to the sub-commands."""
    printer = subparsers.add_parser("print", help="print an order's paperwork to a PDF file",
                                    description="Write a document of an order as PDF (for reprints and scripts).")
    documents = printer.add_subparsers(dest="document", metavar="DOCUMENT", required=True)
    work_order = documents.add_parser("work-order", help="the 維修工單: customer's and workshop's copies")
    dispatch = documents.add_parser("dispatch-slip", help="the 派工單: one slip per team")
    settlement = documents.add_parser("settlement", help="the 結算清單: the settlement list (before payment too)")
    receipt = documents.add_parser("receipt", help="the 收款收據: what the customer paid on the order")
    qc_sheet = documents.add_parser("qc-sheet", help="the 竣工檢驗單: an inspection (blank before the first)")
    certificate = documents.add_parser("certificate", help="the 竣工出廠合格證: the completion certificate")
    for parser in (work_order, dispatch, settlement, receipt, qc_sheet, certificate):
        parser.add_argument("order_no", metavar="ORDER_NO", help="the order number, e.g. WO20261128-001")
        # dest differs from the top-level --db so argparse's sub-parser defaults cannot overwrite it
        parser.add_argument("--db", dest="print_db", metavar="PATH",
                            help="database file or SQLAlchemy URL (default: the top-level --db, else the "
                                 "database in the user's data folder)")
        parser.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF file to write")
        parser.add_argument("--lang", dest="print_lang", choices=("zh_TW", "en"), default=None,
                            help="language of the printout (default: the top-level --lang, else zh_TW)")
    work_order.add_argument("--copy", choices=COPY_CHOICES, default="both",
                            help="which copy to print (default: both, each from a new page)")
    qc_sheet.add_argument("--attempt", type=int, default=None, help="which inspection (default: the latest)")
    from garage_desktop.cli_print_stock import add_commands as add_stock_commands

    add_stock_commands(documents)  # pick-list, extra-slip: the 領料單 / 用料批條
    return printer


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


def run_print(args: argparse.Namespace) -> int:
    """Carry out a parsed ``print`` command. Returns the process exit code."""
    from garage_desktop import cli_print_stock

    if args.document in cli_print_stock.DOCUMENTS:
        return cli_print_stock.run(args)
    from sqlalchemy.exc import SQLAlchemyError

    from garage_desktop.db.engine import Database
    from garage_desktop.domain.text import DomainError
    from garage_desktop.paths import database_url, sqlite_file
    from garage_desktop.services import checkout_documents, documents, qc_documents

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
            if args.document == "work-order":
                doc = documents.work_order_doc(session, order_id)
            elif args.document == "settlement":
                checkout_doc = checkout_documents.settlement_doc(session, order_id)
            elif args.document == "receipt":
                checkout_doc = checkout_documents.receipt_doc(session, order_id)
            elif args.document == "qc-sheet":
                qc_doc = qc_documents.qc_sheet_doc(session, order_id, args.attempt)
            elif args.document == "certificate":
                certificate_doc = qc_documents.certificate_doc(session, order_id)
            else:
                slips = documents.dispatch_slip_docs(session, order_id)
    except DomainError as error:
        return _refuse(error.english())
    except SQLAlchemyError as error:
        return _refuse(f"cannot read the database {database_file or url}: {error.__class__.__name__}")
    finally:
        db.dispose()

    from garage_desktop import printing

    if args.document == "work-order":
        copies = printing.COPIES if args.copy == "both" else (args.copy,)
        pdf = printing.work_order_pdf(doc, copies=copies, language=language)
        what = f"work order {doc.order_no}"
    elif args.document == "settlement":
        from garage_desktop.printing.settlement_list import render_settlement_list

        pdf = render_settlement_list(checkout_doc, language=language)
        what = f"settlement list of {checkout_doc.order_no}"
    elif args.document == "receipt":
        from garage_desktop.printing.receipt import render_receipt

        if not checkout_doc.lines:
            return _refuse(f"nothing has been paid on order {args.order_no.strip()} yet")
        pdf = render_receipt(checkout_doc, language=language)
        what = f"receipt of {checkout_doc.order_no}"
    elif args.document == "qc-sheet":
        from garage_desktop.printing.qc_sheet import render_qc_sheet

        pdf = render_qc_sheet(qc_doc, language=language)
        what = f"QC sheet of {qc_doc.order_no}" + (f" (inspection {qc_doc.attempt})" if qc_doc.attempt else " (blank)")
    elif args.document == "certificate":
        from garage_desktop.printing.certificate import render_certificate

        pdf = render_certificate(certificate_doc, language=language)
        what = f"completion certificate {certificate_doc.certificate_no}"
    else:
        if not slips:
            return _refuse(f"order {args.order_no.strip()} has no repair items to dispatch")
        pdf = printing.dispatch_slips_pdf(slips, language=language)
        what = f"{len(slips)} dispatch slip(s) of {slips[0].order_no}"
    try:
        _write(out, pdf)
    except OSError as error:
        return _refuse(f"cannot write {out}: {error.strerror or error}")
    print(f"{what} written to {out}")
    return 0
