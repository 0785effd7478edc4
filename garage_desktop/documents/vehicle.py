"""A car's history as shown on screen and printed as the owner's repair record (維修檔案).

Plain frozen dataclasses: ``services`` fills them, ``printing`` and ``export`` lay them out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from garage_desktop.documents.order import GarageHeader
from garage_desktop.domain.classes import JobClass, Payer, RegulatoryClass
from garage_desktop.domain.lifecycle import OrderStatus

# Visits that did not end in a repair (shown in the history, left off the printed record).
NOT_REPAIRED: frozenset[OrderStatus] = frozenset({OrderStatus.CANCELLED, OrderStatus.NO_SHOW, OrderStatus.BOOKED})


@dataclass(frozen=True)
class HistoryLabour:
    name: str
    hours: Decimal
    amount: Decimal
    added: bool


@dataclass(frozen=True)
class HistoryPart:
    name: str
    spec: str
    unit: str
    quantity: Decimal  # as issued once work started (never beyond the agreed quantity), else as planned
    unit_price: Decimal
    amount: Decimal  # zero for customer-supplied parts
    customer_supplied: bool
    added: bool


@dataclass(frozen=True)
class HistoryOutside:
    """外加工: work an outside shop did on the visit, at its charge."""

    description: str
    supplier: str
    amount: Decimal
    added: bool = False


@dataclass(frozen=True)
class HistoryCall:
    called_at: datetime
    called_by: str
    reached: bool
    satisfaction: int | None
    remarks: str
    complaint: str
    complaint_owner: str
    resolution: str
    resolved_at: datetime | None


@dataclass(frozen=True)
class HistoryProcessCheck:
    """維修作業 3: an inspector's check on a line while it was worked."""

    checked_at: datetime
    line_label: str
    result: str  # ok / problem
    finding: str
    action: str  # what was done about a problem
    inspector: str


@dataclass(frozen=True)
class HistoryDelayCall:
    """交車 2: a delay announced to the customer, and the new time agreed."""

    called_at: datetime
    method: str  # phone / in_person / message
    answered_by: str
    reason: str
    new_promised_at: datetime
    in_advance: bool  # before the promise in force had passed


@dataclass(frozen=True)
class WarrantyStatus:
    """The repair's quality warranty: "within", "expired", or "not_started" (the car has not left yet)."""

    state: str
    days: int
    km: int
    until: date | None
    until_km: int | None


@dataclass(frozen=True)
class HistoryOrder:
    order_id: int
    order_no: str
    status: OrderStatus
    status_label: str  # English domain label
    received_at: datetime | None
    delivered_at: datetime | None
    mileage_in: int | None
    mileage_out: int | None
    job_class: JobClass
    regulatory_class: RegulatoryClass
    payer: Payer
    complaint: str
    diagnosis: str
    labour: tuple[HistoryLabour, ...]
    parts: tuple[HistoryPart, ...]
    labour_total: Decimal
    parts_total: Decimal
    warranty: WarrantyStatus
    calls: tuple[HistoryCall, ...]  # oldest first
    comeback_of: str  # the earlier order's number when this visit is a comeback ("" otherwise)
    free_of_charge: bool  # a comeback repaired free
    comebacks: tuple[str, ...]  # later orders confirmed as comebacks of this one
    first_time_pass: bool | None  # passed final QC at the first inspection
    certificate_no: str
    process_checks: tuple[HistoryProcessCheck, ...] = ()  # oldest first
    delay_calls: tuple[HistoryDelayCall, ...] = ()  # oldest first
    outside: tuple[HistoryOutside, ...] = ()  # 外加工 charged (issue 16)

    @property
    def outside_total(self) -> Decimal:
        return sum((line.amount for line in self.outside), Decimal(0))

    @property
    def total(self) -> Decimal:
        return self.labour_total + self.parts_total + self.outside_total

    @property
    def repaired(self) -> bool:
        return self.status not in NOT_REPAIRED


@dataclass(frozen=True)
class HistoryRecommendation:
    description: str
    order_no: str
    created_at: datetime
    done: bool


@dataclass(frozen=True)
class VehicleHistory:
    vehicle_id: int
    plate: str
    vin: str
    make_model: str
    year: int | None
    colour: str
    last_mileage: int | None
    customer_id: int
    customer_name: str
    phone: str
    address: str
    orders: tuple[HistoryOrder, ...]  # newest first
    recommendations: tuple[HistoryRecommendation, ...]  # not yet done first, newest first
    today: date
    # Read in part (``services.vehicle_history``, ``first``): the visits after ``orders`` not read yet, newest first.
    unread: tuple[int, ...] = ()
    repairs: int = 0  # visits that were repairs, of every visit (read or not)
    within: int = 0  # visits still under warranty, of every visit

    @property
    def open_recommendations(self) -> tuple[HistoryRecommendation, ...]:
        return tuple(r for r in self.recommendations if not r.done)


@dataclass(frozen=True)
class VehicleRecordDoc:
    """The owner's repair record (維修檔案) as printed: the garage header and the car's history."""

    garage: GarageHeader
    printed_at: datetime
    history: VehicleHistory
