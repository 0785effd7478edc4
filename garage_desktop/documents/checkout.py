"""The settlement list's and the receipt's content.

Plain frozen dataclasses: ``services`` fills them, ``printing`` and ``export`` lay them out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from garage_desktop.documents.order import GarageHeader


@dataclass(frozen=True)
class SettlementLabourDoc:
    seq: int
    name: str
    hours: Decimal
    rate: Decimal
    coefficient: Decimal
    amount: Decimal
    payer: str  # Payer value
    added: bool = False


@dataclass(frozen=True)
class SettlementPartDoc:
    seq: int
    name: str
    quantity: Decimal
    unit_price: Decimal
    amount: Decimal
    payer: str
    spec: str = ""
    origin: str = "oem"
    unit: str = ""
    customer_supplied: bool = False
    added: bool = False


@dataclass(frozen=True)
class PayerShareDoc:
    payer: str
    labour: Decimal
    parts: Decimal
    discount: Decimal
    total: Decimal  # labour + parts − discount
    tax: Decimal
    payable: Decimal  # VAT included
    customer: Decimal
    third_party: Decimal


@dataclass(frozen=True)
class DiscountDoc:
    payer: str
    amount: Decimal
    reason: str


@dataclass(frozen=True)
class SettlementDoc:
    garage: GarageHeader
    order_no: str
    printed_at: datetime
    customer_name: str
    customer_phone: str
    customer_address: str
    plate: str
    vin: str
    make_model: str
    job_class: str
    regulatory_class: str
    payer: str  # the order's payer
    labour: tuple[SettlementLabourDoc, ...]
    parts: tuple[SettlementPartDoc, ...]
    shares: tuple[PayerShareDoc, ...]
    discounts: tuple[DiscountDoc, ...]
    labour_total: Decimal
    parts_total: Decimal
    discount_total: Decimal
    total: Decimal
    tax: Decimal
    payable: Decimal
    customer_owes: Decimal
    receivable: Decimal
    paid: Decimal
    balance: Decimal
    tax_rate: Decimal
    prices_include_tax: bool
    warranty_days: int
    warranty_km: int
    warranty_until: date
    received_at: datetime | None = None
    date_out: date | None = None  # the day the car left, or today before it has
    mileage_in: int | None = None
    mileage_out: int | None = None
    certificate_no: str = ""
    claim_pending: bool = False
    warranty_until_km: int | None = None
    old_parts: str = ""  # OldParts value, "" when not decided yet
    advisor: str = ""
    cashier: str = ""
    hour_unit: str = "hour"


@dataclass(frozen=True)
class ReceiptLineDoc:
    at: datetime
    kind: str  # PaymentKind value: payment / deposit / refund
    method: str  # PaymentMethod value
    amount: Decimal
    note: str = ""
    by: str = ""
    tendered: Decimal | None = None  # cash handed over
    change: Decimal | None = None


@dataclass(frozen=True)
class ReceiptDoc:
    garage: GarageHeader
    order_no: str
    printed_at: datetime
    customer_name: str
    plate: str
    make_model: str
    payable: Decimal  # the whole bill
    customer_owes: Decimal
    receivable: Decimal  # the maker's and insurer's shares
    lines: tuple[ReceiptLineDoc, ...]
    paid: Decimal
    balance: Decimal
    settled: bool
    cashier: str = ""
