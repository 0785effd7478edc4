"""The pick list's and the extra-part slip's content.

Plain frozen dataclasses: ``services`` fills them, ``printing`` and ``export`` lay them out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from garage_desktop.documents.order import GarageHeader


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
