"""The 領料單 (pick list) and 用料批條 (extra part approval slip) as plain data for ``printing.pick_list``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from garage_desktop.db.models import Operator
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError
from garage_desktop.services import clock, picking
from garage_desktop.services import settings as garage_settings
from garage_desktop.services.documents import GarageHeader

NO_SLIP = QT_TRANSLATE_NOOP("Domain", "There is no extra-part request {ref} on this order.")


@dataclass(frozen=True)
class PickLineDoc:
    seq: int
    code: str
    name: str
    spec: str
    unit: str
    origin: str  # oem 原廠 / equivalent 同質 / repaired 修復
    planned: Decimal  # on the customer's order
    allowed: Decimal  # may be issued (the plan, or what the inspector approved)
    issued: Decimal
    bin_location: str
    kind: str  # "planned", "added", "extra"
    approval: str  # "", "pending", "approved", "declined"
    customer_supplied: bool
    old_part: str  # "", "taken", "left", "none"


@dataclass(frozen=True)
class PickListDoc:
    garage: GarageHeader
    order_no: str
    printed_at: datetime
    plate: str
    make_model: str
    customer_name: str
    promised_at: datetime | None
    lines: tuple[PickLineDoc, ...]
    printed_by: str = ""


@dataclass(frozen=True)
class ExtraSlipDoc:
    """One 用料批條: the part, how many, why, who asked, and the inspector's decision with its time."""

    garage: GarageHeader
    order_no: str
    slip_no: str
    printed_at: datetime
    plate: str
    make_model: str
    seq: int  # the part line the slip put on the order
    code: str
    name: str
    spec: str
    unit: str
    origin: str
    quantity: Decimal
    unit_price: Decimal
    amount: Decimal
    reason: str
    requested_by: str
    requested_at: datetime
    state: str  # "pending", "approved", "declined"
    inspector: str
    decided_at: datetime | None
    issued: Decimal


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
