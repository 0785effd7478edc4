"""The work order's and dispatch slips' content, and the garage header every document prints.

Plain frozen dataclasses: ``services`` fills them, ``printing`` and ``export`` lay them out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal


@dataclass(frozen=True)
class GarageHeader:
    """The garage profile printed at the top of every page."""

    name: str
    address: str = ""
    phone: str = ""
    licence_no: str = ""
    tax_id: str = ""


@dataclass(frozen=True)
class DamageMarkDoc:
    """One intake damage mark: ``x``/``y`` per mille of the view's width/height, from its top-left corner."""

    number: int
    view: str  # BodyView value: front / rear / left / right / top
    x: int
    y: int
    kind: str  # DamageKind value: scratch / dent / crack / missing / chip / rust
    note: str = ""


@dataclass(frozen=True)
class LabourLineDoc:
    seq: int
    name: str
    standard_hours: Decimal  # real hours, two places
    rate: Decimal  # per hour
    coefficient: Decimal
    amount: Decimal
    code: str = ""
    added: bool = False
    team: str = ""
    mechanic: str = ""
    started_at: datetime | None = None
    finished_at: datetime | None = None
    free: bool = False  # 免費 (services.free_items): charged nothing
    card: str = ""  # paid by a package card (套餐卡): its number's last digits ("…5678"), "" otherwise


@dataclass(frozen=True)
class PartLineDoc:
    seq: int
    name: str
    quantity: Decimal
    unit_price: Decimal
    amount: Decimal
    spec: str = ""
    origin: str = "oem"  # oem 原廠 / equivalent 同質 / repaired 修復
    unit: str = ""
    customer_supplied: bool = False
    added: bool = False
    free: bool = False  # 免費: charged nothing
    card: str = ""  # paid with its package card's labour line (the card's last digits), "" otherwise


@dataclass(frozen=True)
class TotalsDoc:
    labour: Decimal
    parts: Decimal
    net: Decimal
    tax: Decimal
    gross: Decimal
    tax_rate: Decimal  # a fraction: 0.13
    prices_include_tax: bool
    outside: Decimal = Decimal(0)  # 外加工費 (``net``/``gross`` include it)


@dataclass(frozen=True)
class OutsideLineDoc:
    """外加工 on the work order: what an outside shop does, and what the customer is charged for it."""

    seq: int
    description: str
    supplier: str
    amount: Decimal
    added: bool = False
    free: bool = False  # 免費 (services.free_items): charged nothing


@dataclass(frozen=True)
class WorkOrderDoc:
    """Everything the 維修工單 prints, both copies."""

    garage: GarageHeader
    order_no: str
    printed_at: datetime
    job_class: str
    regulatory_class: str
    payer: str
    customer_name: str
    customer_phone: str
    plate: str
    vin: str
    make_model: str
    labour: tuple[LabourLineDoc, ...]
    parts: tuple[PartLineDoc, ...]
    totals: TotalsDoc
    received_at: datetime | None = None
    confirmed_at: datetime | None = None
    promised_at: datetime | None = None
    mileage_in: int | None = None
    fuel_level: int | None = None  # eighths of a tank
    complaint: str = ""
    diagnosis: str = ""
    damage_marks: tuple[DamageMarkDoc, ...] = ()
    items_left: str = ""
    intake_notes: str = ""
    notify_above: Decimal | None = None
    may_replace_found_parts: bool | None = None
    advisor: str = ""
    hour_unit: str = "hour"  # HourUnit value of ``standard_hours``: always "hour" (real hours), see module doc
    outside: tuple[OutsideLineDoc, ...] = ()  # 外加工


@dataclass(frozen=True)
class DispatchLineDoc:
    seq: int
    name: str
    standard_hours: Decimal
    mechanic: str = ""
    added: bool = False
    started_at: datetime | None = None
    finished_at: datetime | None = None
    dispatched_at: datetime | None = None  # when the line was given to its team (None: not known, or not yet)


@dataclass(frozen=True)
class DispatchSlipDoc:
    """The 派工單 of one team (``team`` empty: lines not yet given to a team). ``dispatched_at`` is when the
    team got its work, the earliest of its lines' times (never the printing time, which is ``printed_at``)."""

    garage: GarageHeader
    order_no: str
    printed_at: datetime
    team: str
    plate: str
    make_model: str
    lines: tuple[DispatchLineDoc, ...]
    promised_at: datetime | None = None
    complaint: str = ""
    hour_unit: str = "hour"
    dispatched_at: datetime | None = None
