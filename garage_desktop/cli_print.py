"""``garage-desktop print ...``: reprint an order's paperwork to a PDF file without opening the window.

    garage-desktop print work-order WO20261128-001 --db garage.sqlite3 --out wo.pdf [--copy customer]
    garage-desktop print dispatch-slip WO20261128-001 --db garage.sqlite3 --out slips.pdf
    garage-desktop print pick-list WO20261128-001 --db garage.sqlite3 --out pick.pdf
    garage-desktop print extra-slip WO20261128-001 --db garage.sqlite3 --out slips.pdf [--slip YL000012]
    garage-desktop print qc-sheet WO20261128-001 --db garage.sqlite3 --out qc.pdf [--attempt 1]
    garage-desktop print certificate WO20261128-001 --db garage.sqlite3 --out certificate.pdf
    garage-desktop print settlement WO20261128-001 --db garage.sqlite3 --out settlement.pdf
    garage-desktop print receipt WO20261128-001 --db garage.sqlite3 --out receipt.pdf
    garage-desktop print call-sheet WO20261128-001 --db garage.sqlite3 --out call.pdf
    garage-desktop print sublet-slip WO20261128-001 --db garage.sqlite3 --out sublet.pdf

The printout is in ``--lang`` (zh_CN, zh_TW or en); without it, in the garage's document language (Settings),
else the top-level ``--lang``, else zh_CN. The database is only read (never migrated nor created). Exit codes:
0 written, 1 refused (unknown order, nothing to print, no such database), 2 bad arguments (argparse).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from garage_desktop.languages import LANGUAGES

COPY_CHOICES = ("both", "customer", "workshop")


class Refused(Exception):
    """Nothing sensible to print (the message says why)."""


@dataclass(frozen=True)
class Document:
    """One printable document: how to read its data, how to render it (its help text is in DOCUMENT_HELP)."""

    load: Callable[[Any, int, argparse.Namespace], Any]  # (session, order id, args) -> plain data
    render: Callable[[Any, str, argparse.Namespace], tuple[bytes, str]]  # (data, language, args) -> pdf, what


def _work_order(doc: Any, language: str, args: argparse.Namespace) -> tuple[bytes, str]:
    from garage_desktop import printing

    copies = printing.COPIES if args.copy == "both" else (args.copy,)
    return printing.work_order_pdf(doc, copies=copies, language=language), f"work order {doc.order_no}"


def _dispatch_slips(slips: Any, language: str, args: argparse.Namespace) -> tuple[bytes, str]:
    from garage_desktop import printing

    if not slips:
        raise Refused(f"order {args.order_no.strip()} has no repair items to dispatch")
    return printing.dispatch_slips_pdf(slips, language=language), f"{len(slips)} dispatch slip(s) of {slips[0].order_no}"


def _pick_list(doc: Any, language: str, args: argparse.Namespace) -> tuple[bytes, str]:
    from garage_desktop.printing.pick_list import render_pick_list

    return render_pick_list(doc, language=language), f"pick list of {doc.order_no}"


def _extra_slips(slips: Any, language: str, args: argparse.Namespace) -> tuple[bytes, str]:
    from garage_desktop.printing.pick_list import render_extra_slips

    if not slips:
        raise Refused(f"order {args.order_no.strip()} has no extra part approval slips")
    return render_extra_slips(slips, language=language), f"{len(slips)} extra part slip(s) of {slips[0].order_no}"


def _qc_sheet(doc: Any, language: str, args: argparse.Namespace) -> tuple[bytes, str]:
    from garage_desktop.printing.qc_sheet import render_qc_sheet

    what = f"QC sheet of {doc.order_no}" + (f" (inspection {doc.attempt})" if doc.attempt else " (blank)")
    return render_qc_sheet(doc, language=language), what


def _certificate(doc: Any, language: str, args: argparse.Namespace) -> tuple[bytes, str]:
    from garage_desktop.printing.certificate import render_certificate

    return render_certificate(doc, language=language), f"completion certificate {doc.certificate_no}"


def _settlement(doc: Any, language: str, args: argparse.Namespace) -> tuple[bytes, str]:
    from garage_desktop.printing.settlement_list import render_settlement_list

    return render_settlement_list(doc, language=language), f"settlement list of {doc.order_no}"


def _receipt(doc: Any, language: str, args: argparse.Namespace) -> tuple[bytes, str]:
    from garage_desktop.printing.receipt import render_receipt

    if not doc.lines:
        raise Refused(f"nothing has been paid on order {args.order_no.strip()} yet")
    return render_receipt(doc, language=language), f"receipt of {doc.order_no}"


def _sublet_slips(slips: Any, language: str, args: argparse.Namespace) -> tuple[bytes, str]:
    from garage_desktop.printing.sublet_slip import render_sublet_slips

    if not slips:
        raise Refused(f"order {args.order_no.strip()} has no outside work")
    return render_sublet_slips(slips, language=language), f"{len(slips)} outside-work slip(s) of {slips[0].order_no}"


def _call_sheet(doc: Any, language: str, args: argparse.Namespace) -> tuple[bytes, str]:
    from garage_desktop.printing.call_sheet import render_call_sheet

    return render_call_sheet(doc, language=language), f"follow-up call sheet of {doc.order_no}"


def _call_sheet_doc(session: Any, order_id: int, args: argparse.Namespace) -> Any:
    from garage_desktop.services import settings
    from garage_desktop.services.call_sheet import call_sheet_doc

    # the script worded in the printout's language (chosen as ``run_print`` chooses it)
    language = getattr(args, "print_lang", None) or settings.document_language(settings.load(session),
                                                                               getattr(args, "lang", None))
    return call_sheet_doc(session, order_id, language)


def _slip_id(text: str | None) -> int | None:
    digits = "".join(ch for ch in (text or "") if ch in "0123456789")  # str.isdigit takes "²", int() does not
    return int(digits) if digits else None


def _documents() -> dict[str, Document]:
    from garage_desktop.services import checkout_documents, documents, picking_documents, qc_documents, sublet

    return {
        "work-order": Document(lambda s, o, a: documents.work_order_doc(s, o), _work_order),
        "dispatch-slip": Document(lambda s, o, a: documents.dispatch_slip_docs(s, o), _dispatch_slips),
        "pick-list": Document(lambda s, o, a: picking_documents.pick_list_doc(s, o), _pick_list),
        "extra-slip": Document(lambda s, o, a: picking_documents.extra_slip_docs(s, o, _slip_id(a.slip)),
                               _extra_slips),
        "qc-sheet": Document(lambda s, o, a: qc_documents.qc_sheet_doc(s, o, a.attempt), _qc_sheet),
        "certificate": Document(lambda s, o, a: qc_documents.certificate_doc(s, o), _certificate),
        "settlement": Document(lambda s, o, a: checkout_documents.settlement_doc(s, o), _settlement),
        "receipt": Document(lambda s, o, a: checkout_documents.receipt_doc(s, o), _receipt),
        "call-sheet": Document(_call_sheet_doc, _call_sheet),
        "sublet-slip": Document(lambda s, o, a: sublet.slip_docs(s, o), _sublet_slips),
    }


DOCUMENT_HELP = {
    "work-order": "the 維修工單: customer's and workshop's copies",
    "dispatch-slip": "the 派工單: one slip per team",
    "pick-list": "the 領料單: the order's parts with origin, planned and issued",
    "extra-slip": "the 用料批條: extra parts with the inspector's approval",
    "qc-sheet": "the 竣工檢驗單: an inspection (blank before the first)",
    "certificate": "the 竣工出廠合格證: the completion certificate",
    "settlement": "the 結算清單: the settlement list (before payment too)",
    "receipt": "the 收款收據: what the customer paid on the order",
    "call-sheet": "the 回訪記錄單: the follow-up call script with room for the answers",
    "sublet-slip": "the 外部加工單: one slip per outside shop, travelling with the part",
}


def add_documents(documents: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """One sub-parser per document (the services behind them are imported only when printing)."""
    for name, help_text in DOCUMENT_HELP.items():
        parser = documents.add_parser(name, help=help_text)
        parser.add_argument("order_no", metavar="ORDER_NO", help="the order number, e.g. WO20261128-001")
        # dest differs from the top-level --db so argparse's sub-parser defaults cannot overwrite it
        parser.add_argument("--db", dest="print_db", metavar="PATH",
                            help="database file or SQLAlchemy URL (default: the top-level --db, else the "
                                 "database in the user's data folder)")
        parser.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF file to write")
        parser.add_argument("--lang", dest="print_lang", choices=LANGUAGES, default=None,
                            help="language of the printout (default: the garage's document language in Settings, "
                                 "else the top-level --lang, else zh_CN)")
        if name == "work-order":
            parser.add_argument("--copy", choices=COPY_CHOICES, default="both",
                                help="which copy to print (default: both, each from a new page)")
        elif name == "qc-sheet":
            parser.add_argument("--attempt", type=int, default=None, help="which inspection (default: the latest)")
        elif name == "extra-slip":
            parser.add_argument("--slip", metavar="YL000012",
                                help="only this slip (default: every slip of the order)")


def add_print_commands(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:  # type: ignore[type-arg]
    """Add the ``print`` command with one sub-command per document."""
    printer = subparsers.add_parser("print", help="print an order's paperwork to a PDF file",
                                    description="Write a document of an order as PDF (for reprints and scripts).")
    add_documents(printer.add_subparsers(dest="document", metavar="DOCUMENT", required=True))
    return printer


def _refuse(message: str) -> int:
    import logging

    print(f"garage-desktop print: {message}", file=sys.stderr)
    logging.getLogger(__name__).error("command line: print: %s", message)  # whoever looks later reads it too
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
    from sqlalchemy.exc import SQLAlchemyError

    from garage_desktop.db.engine import Database
    from garage_desktop.domain.text import DomainError
    from garage_desktop.paths import database_url, shown_url, sqlite_file
    from garage_desktop.services import documents, settings

    url = database_url(getattr(args, "print_db", None) or getattr(args, "db", None))
    database_file = sqlite_file(url)
    if database_file is not None and not database_file.is_file():
        return _refuse(f"there is no database file {database_file}")
    out = Path(args.out).expanduser()
    if not out.parent.is_dir():
        return _refuse(f"the folder {out.parent} does not exist")
    document = _documents()[args.document]
    db = Database(url)
    try:
        with db.session_scope(write=False) as session:
            order_id = documents.find_order_id(session, args.order_no)
            if order_id is None:
                return _refuse(f"there is no order {args.order_no.strip()} in {shown_url(url)}")
            data = document.load(session, order_id, args)
            language = getattr(args, "print_lang", None) or settings.document_language(
                settings.load(session), getattr(args, "lang", None))
    except DomainError as error:
        return _refuse(error.english())
    except SQLAlchemyError as error:
        return _refuse(f"cannot read the database {shown_url(url)}: {error.__class__.__name__}")
    finally:
        db.dispose()
    try:
        pdf, what = document.render(data, language, args)
    except Refused as refused:
        return _refuse(str(refused))
    try:
        _write(out, pdf)
    except OSError as error:
        return _refuse(f"cannot write {out}: {error.strerror or error}")
    print(f"{what} written to {out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    """``python -m garage_desktop.cli_print DOCUMENT ORDER_NO --db … --out …`` (the same as ``print``)."""
    parser = argparse.ArgumentParser(prog="garage-desktop print", description=__doc__.splitlines()[0])
    add_documents(parser.add_subparsers(dest="document", metavar="DOCUMENT", required=True))
    return run_print(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
