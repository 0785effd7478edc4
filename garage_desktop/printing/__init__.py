"""The garage's paperwork as PDF (ReportLab), built from the plain data of ``garage_desktop.documents``.

Nothing here imports Qt or SQLAlchemy, and ReportLab is only imported when a document is rendered, so the
window starts without it. Every function returns the PDF as bytes; the caller writes the file or shows it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from garage_desktop.documents.order import DispatchSlipDoc, WorkOrderDoc

COPIES = ("customer", "workshop")


def work_order_pdf(doc: WorkOrderDoc, *, copies: Sequence[str] = COPIES, language: str = "zh_TW") -> bytes:
    """The 維修工單: the customer's copy (with prices) and/or the workshop's copy (without)."""
    from garage_desktop.printing.work_order import render_work_order

    return render_work_order(doc, copies=copies, language=language)


def dispatch_slips_pdf(slips: Sequence[DispatchSlipDoc], *, language: str = "zh_TW") -> bytes:
    """The 派工單: one slip (page or more) per team."""
    from garage_desktop.printing.dispatch_slip import render_dispatch_slips

    return render_dispatch_slips(slips, language=language)
