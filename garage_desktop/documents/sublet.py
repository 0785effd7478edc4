"""The 外部加工單 (outside-work slip): what travels with a part to an outside shop.

Plain frozen dataclasses: ``services.sublet`` fills them, ``printing.sublet_slip`` lays them out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from garage_desktop.documents.order import GarageHeader


@dataclass(frozen=True)
class SubletItemDoc:
    seq: int
    description: str  # what the shop is to do
    cost: Decimal  # the price agreed with the shop (what it charges the garage); never the customer's charge
    sent_at: datetime | None
    expected_back_at: datetime | None
    back_at: datetime | None
    added: bool = False


@dataclass(frozen=True)
class SubletSlipDoc:
    """One slip per outside shop of the order; ``sent_at``/``expected_back_at`` are its items' earliest."""

    garage: GarageHeader
    order_no: str
    printed_at: datetime
    supplier: str
    plate: str
    make_model: str
    vin: str
    items: tuple[SubletItemDoc, ...]
    sent_at: datetime | None = None
    expected_back_at: datetime | None = None
    sent_by: str = ""
    advisor: str = ""
