"""The 領料單 (pick list) and 用料批條 (extra part approval slip) as plain data for ``printing.pick_list``."""

from __future__ import annotations

from sqlalchemy.orm import Session

from garage_desktop.db.models import Operator
from garage_desktop.documents.order import GarageHeader
from garage_desktop.documents.picking import ExtraSlipDoc, PickLineDoc, PickListDoc
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError
from garage_desktop.services import clock, picking
from garage_desktop.services import settings as garage_settings

NO_SLIP = QT_TRANSLATE_NOOP("Domain", "There is no extra-part request {ref} on this order.")


def garage_header(session: Session) -> GarageHeader:
    settings = garage_settings.load(session)
    return GarageHeader(settings.garage_name, settings.garage_address, settings.garage_phone, settings.licence_no,
                        settings.tax_id)


def slip_number(approval_id: int) -> str:
    return f"YL{approval_id:06d}"


def pick_list_doc(session: Session, order_id: int, printed_by: int | None = None) -> PickListDoc:
    """The order's 領料單 as it stands: every line with its origin, planned and issued, bin and old part."""
    view = picking.pick_list(session, order_id)
    operator = session.get(Operator, printed_by) if printed_by is not None else None
    lines = tuple(PickLineDoc(line.seq, line.code, line.name, line.spec, line.unit, line.origin, line.planned,
                              line.allowed, line.issued, line.bin_location, line.kind, line.approval,
                              line.customer_supplied, line.old_part)
                  for line in view.lines if line.approval != "declined")
    return PickListDoc(garage_header(session), view.order_no, clock.now(), view.plate, view.make_model,
                       view.customer_name, view.promised_at, lines, operator.name if operator else "")


def extra_slip_docs(session: Session, order_id: int, approval_id: int | None = None) -> list[ExtraSlipDoc]:
    """The order's 用料批條, oldest first (or only ``approval_id``'s)."""
    view = picking.pick_list(session, order_id)
    header = garage_header(session)
    now = clock.now()
    requests = [r for r in reversed(view.requests) if approval_id is None or r.approval_id == approval_id]
    if approval_id is not None and not requests:
        raise DomainError(NO_SLIP, ref=slip_number(approval_id))
    slips = []
    for request in requests:
        line = view.line(request.part_line_id)
        assert line is not None
        slips.append(ExtraSlipDoc(
            header, view.order_no, slip_number(request.approval_id), now, view.plate, view.make_model, line.seq,
            line.code, line.name, line.spec, line.unit, line.origin, request.quantity, line.unit_price,
            request.amount, request.reason, request.requested_by, request.requested_at, request.state,
            request.inspector, request.decided_at, line.issued))
    return slips
