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
    free_reason: str = ""  # 免費: FreeReason value (the amount is zero), "" for a charged line
    free_note: str = ""
    given_away: Decimal = Decimal(0)  # what the free line would have cost
    free_price: Decimal | None = None  # the rate it had (printed in the rate column)
    card: str = ""  # paid by a package card: its number's last digits ("…5678"), "" otherwise


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
    free_reason: str = ""  # see SettlementLabourDoc
    free_note: str = ""
    given_away: Decimal = Decimal(0)
    free_price: Decimal | None = None  # the unit price it had
    card: str = ""  # see SettlementLabourDoc


@dataclass(frozen=True)
class SettlementOutsideDoc:
    """外加工: work done by an outside shop, its own fee row (外加工費) beside labour and materials."""

    seq: int
    description: str
    supplier: str
    amount: Decimal
    payer: str
    added: bool = False
    free_reason: str = ""  # see SettlementLabourDoc
    free_note: str = ""
    given_away: Decimal = Decimal(0)  # the charge it had


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
    outside: Decimal = Decimal(0)  # 外加工費 (``total`` includes it)


@dataclass(frozen=True)
class DiscountDoc:
    payer: str
    amount: Decimal
    reason: str


@dataclass(frozen=True)
class DepositDoc:
    """The 押金 taken when the car left unsettled: what became of it. Never money received for the work: while
    held it is set against the bill at settlement, then applied (what is left over given back), or refunded."""

    amount: Decimal  # taken
    state: str  # "held" (the order is open) / "applied" (settled) / "refunded" (the order closed without charge)
    applied: Decimal = Decimal(0)  # set against the bill at settlement
    refunded: Decimal = Decimal(0)  # given back (at settlement: what the bill did not take)


@dataclass(frozen=True)
class SettlementDoc:
    """The 結算清單 as it stands. ``draft``: the car has not passed final QC (or the order was cancelled): the list
    is an estimate of the bill, printed as a draft, with no exit date and no warranty. ``left_at``: the handover
    (None while the car is in the garage); the warranty runs from its day (``warranty_until`` None before)."""

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
    customer_owes: Decimal  # what the customer pays for the work (zero when the order closed without charge)
    receivable: Decimal
    paid: Decimal  # payments for the work, net of payments given back; never a deposit (see ``deposit``)
    balance: Decimal  # what the customer still owes: never below zero, zero once settled or closed
    tax_rate: Decimal
    prices_include_tax: bool
    warranty_days: int
    warranty_km: int
    warranty_until: date | None  # the last day covered, from the day the car left; None while it has not
    received_at: datetime | None = None
    left_at: datetime | None = None  # the handover (出廠); None while the car is in the garage
    draft: bool = False
    deposit: DepositDoc | None = None
    no_charge: bool = False  # closed without settlement (deposit refunded, 不收費): the customer owes nothing
    mileage_in: int | None = None
    mileage_out: int | None = None
    certificate_no: str = ""
    claim_pending: bool = False
    warranty_until_km: int | None = None
    old_parts: str = ""  # OldParts value, "" when not decided yet
    advisor: str = ""
    cashier: str = ""
    hour_unit: str = "hour"
    declined: bool = False  # the customer declined the estimate: only the diagnosis fee, nothing repaired
    outside: tuple[SettlementOutsideDoc, ...] = ()  # 外加工
    outside_total: Decimal = Decimal(0)  # 外加工費 (``total`` includes it)
    settlement_no: str = ""  # 結算清單編號, given at settlement ("" on a list printed before it)
    insurer: str = ""  # 索賠: the insurer that owes the claim's receivable ("" while not recorded)
    assessment_ref: str = ""  # its loss-assessment (定損) reference


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
    card: str = ""  # a stored-value card payment: the card number's last digits ("…0042")
    card_left: Decimal | None = None  # and what the card held just after it


@dataclass(frozen=True)
class ReceiptDoc:
    garage: GarageHeader
    order_no: str
    printed_at: datetime
    customer_name: str
    plate: str
    make_model: str
    payable: Decimal  # the whole bill
    customer_owes: Decimal  # as on the settlement list (zero when the order closed without charge)
    receivable: Decimal  # the maker's and insurer's shares
    lines: tuple[ReceiptLineDoc, ...]
    paid: Decimal  # payments for the work, net of payments given back; never a deposit
    balance: Decimal  # what the customer still owes (never below zero)
    settled: bool
    cashier: str = ""
    deposit: DepositDoc | None = None
    no_charge: bool = False
