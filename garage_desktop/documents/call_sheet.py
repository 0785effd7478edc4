"""The 回訪記錄單 (follow-up call sheet): the customer, the car, what was done and the call script's questions
with room to write the answers, for a call made away from the reception PC.

Plain frozen dataclasses: ``services.call_sheet`` fills them, ``printing.call_sheet`` lays them out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from garage_desktop.documents.order import GarageHeader


@dataclass(frozen=True)
class CallSheetQuestion:
    key: str
    kind: str  # say / score / yes_no / text / referral (``services.call_script.Kind``)
    text: str  # as said: the customer's name, the plate … filled in


@dataclass(frozen=True)
class CallSheetDoc:
    garage: GarageHeader
    order_no: str
    printed_at: datetime
    customer_name: str
    phone: str
    plate: str
    make_model: str
    delivered_at: datetime | None
    work: tuple[str, ...]
    complaint: str  # what the customer brought the car in for
    questions: tuple[CallSheetQuestion, ...]
    tries: int  # earlier calls that did not reach the customer
