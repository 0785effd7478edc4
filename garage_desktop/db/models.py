"""The garage's data as SQLAlchemy 2 typed models. Money in 分, hours in 1/100 h, quantities in 1/1000."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    event,
    inspect,
    select,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship

from garage_desktop.db import audit_chain
from garage_desktop.db.types import EnumText, Money, RoleSet, Scaled
from garage_desktop.domain.classes import (
    BodyView,
    DamageKind,
    FuelType,
    JobClass,
    Payer,
    RegulatoryClass,
    Role,
)
from garage_desktop.domain.free_items import FreeReason, RecommendationSource
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.pricing import HourUnit

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _fk(target: str, *, nullable: bool = True, ondelete: str | None = None) -> Mapped[int | None]:
    return mapped_column(ForeignKey(target, ondelete=ondelete), nullable=nullable, index=True)


class Operator(Base):
    """A person at the reception PC: who did each step."""

    __tablename__ = "operator"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    # The roles the person holds (issue 14; before 0006 one ``role``): "advisor,store,cashier", an owner "owner".
    roles: Mapped[frozenset[Role]] = mapped_column(RoleSet())
    team: Mapped[str | None] = mapped_column(String(40))
    pin_hash: Mapped[str | None] = mapped_column(String(128))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Setting(Base):
    """A business setting (declared with its default in services.settings), stored as text."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ModelClass(Base):
    """A class of vehicle models and its 車型技術複雜係數."""

    __tablename__ = "model_class"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    coefficient: Mapped[Decimal] = mapped_column(Scaled(3))
    note: Mapped[str] = mapped_column(String(200), default="")


class Customer(Base):
    __tablename__ = "customer"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), index=True)
    # Pinyin initials of the name ("lzm" for 林志明) so the advisor can find Chinese names by typing Latin.
    name_initials: Mapped[str] = mapped_column(String(60), default="", index=True)
    phone: Mapped[str] = mapped_column(String(24), default="", index=True)
    address: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # Issue 19: the member grade (會員等級) whose discounts the customer's estimates get; None: no grade.
    member_grade_id: Mapped[int | None] = _fk("member_grade.id", ondelete="SET NULL")
    vehicles: Mapped[list[Vehicle]] = relationship(back_populates="customer")


class Vehicle(Base):
    __tablename__ = "vehicle"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    plate: Mapped[str] = mapped_column(String(12), index=True)
    vin: Mapped[str] = mapped_column(String(17), default="", index=True)
    make: Mapped[str] = mapped_column(String(40), default="")
    model: Mapped[str] = mapped_column(String(60), default="")
    year: Mapped[int | None] = mapped_column(Integer)
    colour: Mapped[str] = mapped_column(String(20), default="")
    fuel_type: Mapped[FuelType] = mapped_column(EnumText(FuelType), default=FuelType.PETROL)
    model_class_id: Mapped[int | None] = _fk("model_class.id")
    last_mileage: Mapped[int | None] = mapped_column(Integer)
    # 購車日期 (the first registration's date when the purchase is not known): the 三包 periods run from it.
    purchase_date: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # Issue 18, what brings the customer back: the next service (from the last delivery, or set by hand), the
    # compulsory insurance's expiry (交強險) and the next annual inspection (年檢). The due list reads them.
    next_service_on: Mapped[date | None] = mapped_column(Date, index=True)
    next_service_km: Mapped[int | None] = mapped_column(Integer)
    # The day the next service falls due: the earlier of ``next_service_on`` and the day the expected mileage reaches
    # ``next_service_km`` (domain.reminders). Kept by services.service_due when the next service is set and at each
    # delivery, so the due list finds due cars by this index instead of projecting every car's mileage.
    next_service_due_on: Mapped[date | None] = mapped_column(Date, index=True)
    insurance_expires_on: Mapped[date | None] = mapped_column(Date, index=True)
    inspection_due_on: Mapped[date | None] = mapped_column(Date, index=True)
    customer: Mapped[Customer] = relationship(back_populates="vehicles")
    model_class: Mapped[ModelClass | None] = relationship()


class RepairOrder(Base):
    """One visit of one car: from booking or intake to follow-up. ``status`` follows domain.lifecycle."""

    __tablename__ = "repair_order"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_no: Mapped[str | None] = mapped_column(String(20), unique=True)
    status: Mapped[OrderStatus] = mapped_column(EnumText(OrderStatus), index=True)
    customer_id: Mapped[int | None] = _fk("customer.id")
    vehicle_id: Mapped[int | None] = _fk("vehicle.id")
    job_class: Mapped[JobClass] = mapped_column(EnumText(JobClass))
    regulatory_class: Mapped[RegulatoryClass] = mapped_column(EnumText(RegulatoryClass))
    payer: Mapped[Payer] = mapped_column(EnumText(Payer))
    complaint: Mapped[str] = mapped_column(Text, default="")
    diagnosis: Mapped[str] = mapped_column(Text, default="")
    notify_above: Mapped[Decimal | None] = mapped_column(Money())
    may_replace_found_parts: Mapped[bool | None] = mapped_column(Boolean)
    original_promised_at: Mapped[datetime | None] = mapped_column(DateTime)
    promised_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    # The promise 准時交車率 is measured against when it is not ``promised_at``: a new time agreed after the old one
    # had passed moves ``promised_at`` (what the customer and the workshop now work to) but not the KPI's promise
    # (DOMAIN.md). None: ``promised_at`` is in force. See ``domain.promise``.
    promise_in_force_at: Mapped[datetime | None] = mapped_column(DateTime)
    mileage_in: Mapped[int | None] = mapped_column(Integer)
    mileage_out: Mapped[int | None] = mapped_column(Integer)
    fuel_level: Mapped[int | None] = mapped_column(Integer)  # eighths of a tank, 0..8
    deposit: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    comeback_of_id: Mapped[int | None] = _fk("repair_order.id")
    cancel_reason: Mapped[str] = mapped_column(String(200), default="")
    passed_qc_first_time: Mapped[bool | None] = mapped_column(Boolean)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by_id: Mapped[int | None] = _fk("operator.id")
    received_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    received_by_id: Mapped[int | None] = _fk("operator.id")
    estimated_at: Mapped[datetime | None] = mapped_column(DateTime)
    estimated_by_id: Mapped[int | None] = _fk("operator.id")
    confirmed_at: Mapped[datetime | None] = mapped_column(DateTime)
    confirmed_by_id: Mapped[int | None] = _fk("operator.id")
    confirmed_customer_name: Mapped[str] = mapped_column(String(60), default="")
    confirmed_revision: Mapped[int | None] = mapped_column(Integer)  # the estimate revision the customer signed
    ready_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    customer_told_at: Mapped[datetime | None] = mapped_column(DateTime)
    settled_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    settled_by_id: Mapped[int | None] = _fk("operator.id")
    # 結算清單編號 (issue 18): the garage's own sequence, given at settlement, printed on the settlement list and
    # sent in the electronic health record (costlistcode).
    settlement_no: Mapped[str | None] = mapped_column(String(24), unique=True)
    delivered_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    delivered_by_id: Mapped[int | None] = _fk("operator.id")
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    # Whoever has the car now (shown on the board): the advisor, inspector or team working on it.
    holder: Mapped[str] = mapped_column(String(40), default="")

    customer: Mapped[Customer | None] = relationship()
    vehicle: Mapped[Vehicle | None] = relationship()
    appointment: Mapped[Appointment | None] = relationship(back_populates="order", uselist=False)
    intake: Mapped[IntakeInspection | None] = relationship(back_populates="order", uselist=False)
    labour_lines: Mapped[list[LabourLine]] = relationship(back_populates="order", order_by="LabourLine.seq")
    part_lines: Mapped[list[PartLine]] = relationship(back_populates="order", order_by="PartLine.seq")
    sublet_lines: Mapped[list[SubletLine]] = relationship(back_populates="order", order_by="SubletLine.seq")

    __table_args__ = (Index("ix_repair_order_status_promised", "status", "promised_at"),)


class Appointment(Base):
    """The booked slot of an order in status BOOKED: who said they would come, when, with which car."""

    __tablename__ = "appointment"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("repair_order.id", ondelete="CASCADE"), unique=True)
    start_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    duration_min: Mapped[int] = mapped_column(Integer, default=60)
    contact_name: Mapped[str] = mapped_column(String(60))
    contact_phone: Mapped[str] = mapped_column(String(24), default="")
    plate: Mapped[str] = mapped_column(String(12), default="")
    note: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by_id: Mapped[int | None] = _fk("operator.id")
    order: Mapped[RepairOrder] = relationship(back_populates="appointment")


class IntakeInspection(Base):
    """進場檢驗: what the car was like when it came in; compared again at QC and delivery."""

    __tablename__ = "intake_inspection"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("repair_order.id", ondelete="CASCADE"), unique=True)
    mileage: Mapped[int | None] = mapped_column(Integer)
    fuel_level: Mapped[int | None] = mapped_column(Integer)
    items_left: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    inspected_at: Mapped[datetime] = mapped_column(DateTime)
    inspected_by_id: Mapped[int | None] = _fk("operator.id")
    order: Mapped[RepairOrder] = relationship(back_populates="intake")
    damage_marks: Mapped[list[DamageMark]] = relationship(back_populates="intake",
                                                          cascade="all, delete-orphan")


class DamageMark(Base):
    """A mark on the body diagram: view, position (per mille of width/height), kind."""

    __tablename__ = "damage_mark"
    id: Mapped[int] = mapped_column(primary_key=True)
    intake_id: Mapped[int] = mapped_column(ForeignKey("intake_inspection.id", ondelete="CASCADE"), index=True)
    view: Mapped[BodyView] = mapped_column(EnumText(BodyView))
    x: Mapped[int] = mapped_column(Integer)
    y: Mapped[int] = mapped_column(Integer)
    kind: Mapped[DamageKind] = mapped_column(EnumText(DamageKind))
    note: Mapped[str] = mapped_column(String(200), default="")
    # "intake" for existing damage; "qc" for new damage found at final QC.
    found_at: Mapped[str] = mapped_column(String(12), default="intake")
    resolved_note: Mapped[str] = mapped_column(String(200), default="")
    intake: Mapped[IntakeInspection] = relationship(back_populates="damage_marks")


class LabourOperation(Base):
    """Catalog of 工時定額: the standard time of a job, in the garage's 工時 unit (setting ``hour_unit``)."""

    __tablename__ = "labour_operation"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    category: Mapped[str] = mapped_column(String(40), default="")
    standard_hours: Mapped[Decimal] = mapped_column(Scaled(2))


class Part(Base):
    """Catalog and stock of one part. ``on_hand`` always equals the sum of its movements."""

    __tablename__ = "part"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(80), index=True)
    spec: Mapped[str] = mapped_column(String(80), default="")
    unit: Mapped[str] = mapped_column(String(10), default="")
    origin: Mapped[str] = mapped_column(String(12), default="oem")  # oem 原廠 / equivalent 同質 / repaired 修復
    sale_price: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    cost: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    on_hand: Mapped[Decimal] = mapped_column(Scaled(3), default=Decimal(0))
    minimum: Mapped[Decimal] = mapped_column(Scaled(3), default=Decimal(0))
    bin_location: Mapped[str] = mapped_column(String(20), default="")
    supplier: Mapped[str] = mapped_column(String(60), default="")


class LabourLine(Base):
    __tablename__ = "labour_line"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("repair_order.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    operation_code: Mapped[str] = mapped_column(String(20), default="")
    name: Mapped[str] = mapped_column(String(120))
    # 工時定額 counted in the garage's 工時 unit when the line was priced (an hour, or 5 minutes for makers that
    # count so), which ``hour_unit`` records; ``rate`` is the hourly rate (yuan per clock hour) whatever the unit,
    # so amount = real hours × rate × coefficient, rounded once (``pricing.labour_amount``). Lines written before
    # the unit was recorded say "hour" (the column default; NULL, only written by hand, reads as "hour" too).
    standard_hours: Mapped[Decimal] = mapped_column(Scaled(2))
    hour_unit: Mapped[HourUnit] = mapped_column(EnumText(HourUnit), default=HourUnit.HOUR, server_default="hour")
    rate: Mapped[Decimal] = mapped_column(Money())
    coefficient: Mapped[Decimal] = mapped_column(Scaled(3))
    amount: Mapped[Decimal] = mapped_column(Money())
    payer: Mapped[Payer | None] = mapped_column(EnumText(Payer))
    team: Mapped[str] = mapped_column(String(40), default="")
    mechanic_id: Mapped[int | None] = _fk("operator.id")
    started_at: Mapped[datetime | None] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    added: Mapped[bool] = mapped_column(Boolean, default=False)
    approval_id: Mapped[int | None] = _fk("approval.id")
    # Price authority (issue 14): a rate below the garage's hourly rate (then ``list_price``), or of zero, entered
    # by someone else than the owner carries the owner who approved it on the spot.
    price_approved_by_id: Mapped[int | None] = _fk("operator.id")
    list_price: Mapped[Decimal | None] = mapped_column(Money())
    # 免費 (issue 16): a free line has rate 0 (so every sum counts ¥0) and keeps the rate it had in ``free_price``
    # (the amount given away is known); the reason is one of domain.free_items.FreeReason, with a note.
    free_reason: Mapped[FreeReason | None] = mapped_column(EnumText(FreeReason))
    free_note: Mapped[str] = mapped_column(String(200), default="", server_default=text("''"))
    free_price: Mapped[Decimal | None] = mapped_column(Money())
    # Issue 19: a line redeemed by a package card (套餐卡) is paid by one use of that card's item.
    card_item_id: Mapped[int | None] = _fk("card_item.id", ondelete="SET NULL")
    order: Mapped[RepairOrder] = relationship(back_populates="labour_lines")


class PartLine(Base):
    __tablename__ = "part_line"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("repair_order.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    part_id: Mapped[int | None] = _fk("part.id")
    name: Mapped[str] = mapped_column(String(120))
    spec: Mapped[str] = mapped_column(String(80), default="")
    unit: Mapped[str] = mapped_column(String(10), default="")
    origin: Mapped[str] = mapped_column(String(12), default="oem")
    planned_qty: Mapped[Decimal] = mapped_column(Scaled(3))
    issued_qty: Mapped[Decimal] = mapped_column(Scaled(3), default=Decimal(0))
    unit_price: Mapped[Decimal] = mapped_column(Money())
    payer: Mapped[Payer | None] = mapped_column(EnumText(Payer))
    customer_supplied: Mapped[bool] = mapped_column(Boolean, default=False)
    added: Mapped[bool] = mapped_column(Boolean, default=False)
    approval_id: Mapped[int | None] = _fk("approval.id")
    old_part: Mapped[str] = mapped_column(String(12), default="")  # taken / left / none
    # Price authority (issue 14): a price below the catalog's sale price (then ``list_price``), or of zero, carries
    # the owner who approved it on the spot.
    price_approved_by_id: Mapped[int | None] = _fk("operator.id")
    list_price: Mapped[Decimal | None] = mapped_column(Money())
    # 免費 (issue 16): unit price 0, the price it had in ``free_price``; see LabourLine.
    free_reason: Mapped[FreeReason | None] = mapped_column(EnumText(FreeReason))
    free_note: Mapped[str] = mapped_column(String(200), default="", server_default=text("''"))
    free_price: Mapped[Decimal | None] = mapped_column(Money())
    # Issue 19: a part paid by a package card whose item includes its parts (the use is taken on the labour line
    # redeemed from the same card item; this part rides along).
    card_item_id: Mapped[int | None] = _fk("card_item.id", ondelete="SET NULL")
    order: Mapped[RepairOrder] = relationship(back_populates="part_lines")


class EstimateRevision(Base):
    """Each revision of the estimate as shown to the customer, kept for later comparison."""

    __tablename__ = "estimate_revision"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("repair_order.id", ondelete="CASCADE"), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    labour_total: Mapped[Decimal] = mapped_column(Money())
    parts_total: Mapped[Decimal] = mapped_column(Money())
    snapshot: Mapped[str] = mapped_column(Text)  # JSON of the lines
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by_id: Mapped[int | None] = _fk("operator.id")
    __table_args__ = (UniqueConstraint("order_id", "revision", name="uq_estimate_revision_order_revision"),)


class StockMovement(Base):
    """One change of a part's quantity: receive, issue, return, adjust (with reason), count."""

    __tablename__ = "stock_movement"
    id: Mapped[int] = mapped_column(primary_key=True)
    part_id: Mapped[int] = mapped_column(ForeignKey("part.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    quantity: Mapped[Decimal] = mapped_column(Scaled(3))  # signed: + into stock, - out of stock
    unit_cost: Mapped[Decimal | None] = mapped_column(Money())
    order_id: Mapped[int | None] = _fk("repair_order.id")
    part_line_id: Mapped[int | None] = _fk("part_line.id")
    reason: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    created_by_id: Mapped[int | None] = _fk("operator.id")


class Approval(Base):
    """追加項目 / 用料批條: a proposed addition and the customer's (or inspector's) answer."""

    __tablename__ = "approval"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("repair_order.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # added_work (customer) / extra_part (inspector)
    description: Mapped[str] = mapped_column(Text)
    amount: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    # The item replaces a damaged part found during the repair: the customer's may-replace answer may cover it.
    replaces_found_part: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    proposed_at: Mapped[datetime] = mapped_column(DateTime)
    proposed_by_id: Mapped[int | None] = _fk("operator.id")
    contacted_at: Mapped[datetime | None] = mapped_column(DateTime)
    contact_method: Mapped[str] = mapped_column(String(12), default="")  # phone / in_person / message
    answered_by: Mapped[str] = mapped_column(String(60), default="")
    approved: Mapped[bool | None] = mapped_column(Boolean)
    new_promised_at: Mapped[datetime | None] = mapped_column(DateTime)
    recorded_by_id: Mapped[int | None] = _fk("operator.id")
    # 用料批條 (kind extra_part): the quantity of the part the slip asks for (None for added work).
    quantity: Mapped[Decimal | None] = mapped_column(Scaled(3))


class DelayCall(Base):
    """交車 2: a delay announced to the customer (萬一有延誤，必須提前和客戶聯繫): when, how, who answered, why, and
    the new time the customer agreed. ``in_advance``: agreed before the promise in force had passed (then the new
    time is in force for 准時交車率, ``domain.promise``)."""

    __tablename__ = "delay_call"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("repair_order.id", ondelete="CASCADE"), index=True)
    called_at: Mapped[datetime] = mapped_column(DateTime)
    method: Mapped[str] = mapped_column(String(12))  # phone / in_person / message
    answered_by: Mapped[str] = mapped_column(String(60))
    reason: Mapped[str] = mapped_column(String(200))
    old_promised_at: Mapped[datetime | None] = mapped_column(DateTime)
    new_promised_at: Mapped[datetime] = mapped_column(DateTime)
    in_advance: Mapped[bool] = mapped_column(Boolean)
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    recorded_by_id: Mapped[int | None] = _fk("operator.id")


class QcInspection(Base):
    """One final inspection (完工總檢); repeated after rework."""

    __tablename__ = "qc_inspection"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("repair_order.id", ondelete="CASCADE"), index=True)
    attempt: Mapped[int] = mapped_column(Integer)
    template: Mapped[str] = mapped_column(String(60))
    results: Mapped[str] = mapped_column(Text, default="{}")  # JSON: item -> result, note, measurement
    passed: Mapped[bool] = mapped_column(Boolean)
    certificate_no: Mapped[str | None] = mapped_column(String(24), unique=True)
    inspected_at: Mapped[datetime] = mapped_column(DateTime)
    inspector_id: Mapped[int | None] = _fk("operator.id")


class ProcessCheck(Base):
    """維修作業 3: the inspector's quality check on a line while it is being worked (質量跟蹤): OK, or a problem
    found and what was done about it. Shown at final QC, on the QC sheet and in the vehicle's record."""

    __tablename__ = "process_check"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("repair_order.id", ondelete="CASCADE"), index=True)
    labour_line_id: Mapped[int] = mapped_column(ForeignKey("labour_line.id", ondelete="CASCADE"), index=True)
    checked_at: Mapped[datetime] = mapped_column(DateTime)
    result: Mapped[str] = mapped_column(String(12))  # ok / problem
    finding: Mapped[str] = mapped_column(String(200), default="")  # what was seen (a note when OK)
    action: Mapped[str] = mapped_column(String(200), default="")  # what was done about a problem
    inspector_id: Mapped[int | None] = _fk("operator.id")


class WarrantyCompensation(Base):
    """三包: a repair open over five days owes the owner a loaner (備用車) or transport compensation (交通費用補償)
    from day six; what the garage gave, recorded once per order."""

    __tablename__ = "warranty_compensation"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("repair_order.id", ondelete="CASCADE"), unique=True)
    kind: Mapped[str] = mapped_column(String(12))  # loaner / transport
    detail: Mapped[str] = mapped_column(String(200), default="")  # the loaner car, or how the amount was reckoned
    amount: Mapped[Decimal | None] = mapped_column(Money())  # transport compensation paid (None for a loaner)
    from_date: Mapped[date] = mapped_column(Date)  # day six of the repair
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    recorded_by_id: Mapped[int | None] = _fk("operator.id")


class Payment(Base):
    """Money in or out for an order: payment, deposit or refund, by method and payer."""

    __tablename__ = "payment"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("repair_order.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(12))  # payment / deposit / refund / receivable
    method: Mapped[str] = mapped_column(String(12))  # cash / wechat / alipay / card / transfer
    payer: Mapped[Payer] = mapped_column(EnumText(Payer))
    amount: Mapped[Decimal] = mapped_column(Money())
    tendered: Mapped[Decimal | None] = mapped_column(Money())  # cash handed over; the change is tendered − amount
    note: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    created_by_id: Mapped[int | None] = _fk("operator.id")


class Delivery(Base):
    """交車: the handover checklist and what comes next for the car."""

    __tablename__ = "delivery"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("repair_order.id", ondelete="CASCADE"), unique=True)
    delivered_at: Mapped[datetime] = mapped_column(DateTime)
    checklist: Mapped[str] = mapped_column(Text, default="{}")
    next_service_on: Mapped[date | None] = mapped_column(Date)
    next_service_km: Mapped[int | None] = mapped_column(Integer)
    delivered_by_id: Mapped[int | None] = _fk("operator.id")


class FollowUp(Base):
    """出廠跟蹤: the call after delivery, and any complaint it raised."""

    __tablename__ = "follow_up"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("repair_order.id", ondelete="CASCADE"), index=True)
    called_at: Mapped[datetime] = mapped_column(DateTime)
    reached: Mapped[bool] = mapped_column(Boolean)
    satisfaction: Mapped[int | None] = mapped_column(Integer)
    remarks: Mapped[str] = mapped_column(Text, default="")
    complaint: Mapped[str] = mapped_column(Text, default="")
    complaint_owner_id: Mapped[int | None] = _fk("operator.id")
    resolution: Mapped[str] = mapped_column(Text, default="")
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
    called_by_id: Mapped[int | None] = _fk("operator.id")


class FollowUpAnswer(Base):
    """One answer of a follow-up call to one question of the call script. The question's key, kind and wording
    are stored as asked, so a later edit of the script never changes what an old call meant."""

    __tablename__ = "follow_up_answer"
    id: Mapped[int] = mapped_column(primary_key=True)
    follow_up_id: Mapped[int] = mapped_column(ForeignKey("follow_up.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    question_key: Mapped[str] = mapped_column(String(40), index=True)
    question_text: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(12))
    score: Mapped[int | None] = mapped_column(Integer)  # 1–5 for a score question
    choice: Mapped[str | None] = mapped_column(String(8))  # yes / no / maybe
    note: Mapped[str] = mapped_column(Text, default="")


class CallScriptQuestion(Base):
    """The owner's own follow-up call script, one row per question in its order (no rows: the shipped default)."""

    __tablename__ = "call_script_question"
    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[str] = mapped_column(String(12))
    text: Mapped[str] = mapped_column(Text)


class Referral(Base):
    """A new customer brought by a customer who, in a follow-up call, said they would introduce a friend."""

    __tablename__ = "referral"
    id: Mapped[int] = mapped_column(primary_key=True)
    follow_up_id: Mapped[int] = mapped_column(ForeignKey("follow_up.id", ondelete="CASCADE"), index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"), index=True)
    linked_at: Mapped[datetime] = mapped_column(DateTime)
    linked_by_id: Mapped[int | None] = _fk("operator.id")


class Recommendation(Base):
    """Work the customer declined or postponed, kept on the vehicle for its next visit."""

    __tablename__ = "recommendation"
    id: Mapped[int] = mapped_column(primary_key=True)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicle.id", ondelete="CASCADE"), index=True)
    order_id: Mapped[int | None] = _fk("repair_order.id")
    description: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # The order that took it up (an order line made from it): the recommendation is done.
    done_order_id: Mapped[int | None] = _fk("repair_order.id")
    # Issue 16: where it came from (domain.free_items.RecommendationSource), the catalog operation or part it names
    # (priced from the catalog when taken up), who noted it, and how it closed (taken up, or dismissed with a reason).
    source: Mapped[RecommendationSource] = mapped_column(
        EnumText(RecommendationSource), default=RecommendationSource.DECLINED, server_default="declined")
    operation_code: Mapped[str] = mapped_column(String(20), default="", server_default=text("''"))
    part_id: Mapped[int | None] = _fk("part.id", ondelete="SET NULL")
    created_by_id: Mapped[int | None] = _fk("operator.id")
    done_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    dismissed_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    dismissed_reason: Mapped[str] = mapped_column(String(200), default="", server_default=text("''"))
    closed_by_id: Mapped[int | None] = _fk("operator.id")


class AuditEvent(Base):
    """Append-only: who changed what, when, before and after."""

    __tablename__ = "audit_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    operator_id: Mapped[int | None] = _fk("operator.id")
    order_id: Mapped[int | None] = _fk("repair_order.id")
    entity: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(40))
    before: Mapped[str] = mapped_column(Text, default="")
    after: Mapped[str] = mapped_column(Text, default="")
    # SHA-256 over the previous event's chain and this event's fields (``db.audit_chain``); the id and the chain
    # are given at flush (``_seal_audit_events``), never by the caller.
    chain: Mapped[str] = mapped_column(String(64))


# ``Session.info`` key: the ids of the audit events the session wrote (``services.changes.written_here``).
WRITTEN_EVENTS = "audit_events_written"


@event.listens_for(Session, "before_flush")
def _seal_audit_events(session: Session, _context: object, _instances: object) -> None:
    """Number and chain the audit events about to be written, in the order they were added, after the last
    event in the database as this transaction sees it (see ``db.audit_chain`` for concurrent writers)."""
    pending = [obj for obj in session.new if isinstance(obj, AuditEvent) and obj.chain is None]
    if not pending:
        return
    pending.sort(key=lambda obj: inspect(obj).insert_order)
    audit_chain.hold_write_lock(session.connection())  # another PC's events first, then these after them
    last = session.connection().execute(
        select(AuditEvent.id, AuditEvent.chain).order_by(AuditEvent.id.desc()).limit(1)).first()
    last_id, last_chain = (last[0], last[1]) if last is not None else (0, "")
    for obj in pending:
        fields = {name: getattr(obj, name) for name in audit_chain.FIELDS if name != "id"}
        fields["before"] = fields["before"] if fields["before"] is not None else ""
        fields["after"] = fields["after"] if fields["after"] is not None else ""
        last_id, last_chain = audit_chain.seal(last_id, last_chain, [fields])
        obj.id, obj.before, obj.after, obj.chain = last_id, fields["before"], fields["after"], last_chain
        session.info.setdefault(WRITTEN_EVENTS, []).append(last_id)


class Discount(Base):
    """A reduction of what one payer owes on an order: how much, why, who granted it and when."""

    __tablename__ = "discount"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("repair_order.id", ondelete="CASCADE"), index=True)
    payer: Mapped[Payer] = mapped_column(EnumText(Payer))
    amount: Mapped[Decimal] = mapped_column(Money())
    reason: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by_id: Mapped[int | None] = _fk("operator.id")


class ComebackDecision(Base):
    """The advisor's answer to a proposed comeback link (返修): confirmed (free of charge or not) or rejected,
    so a rejected proposal is not asked again for the same visit."""

    __tablename__ = "comeback_decision"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("repair_order.id", ondelete="CASCADE"), index=True)
    earlier_order_id: Mapped[int] = mapped_column(ForeignKey("repair_order.id", ondelete="CASCADE"), index=True)
    confirmed: Mapped[bool] = mapped_column(Boolean)
    free_of_charge: Mapped[bool] = mapped_column(Boolean, default=True)
    reason: Mapped[str] = mapped_column(String(200), default="")
    decided_at: Mapped[datetime] = mapped_column(DateTime)
    decided_by_id: Mapped[int | None] = _fk("operator.id")
    __table_args__ = (UniqueConstraint("order_id", "earlier_order_id", name="uq_comeback_decision_order_earlier"),)


class SubletLine(Base):
    """外加工: work done by an outside shop (machining, upholstery, glass) for the order, with its slip (外部加工單).

    ``cost`` is what the shop charges the garage, ``charge`` what the customer pays (外加工費 on the settlement
    list). Like labour and parts it is part of the estimate (``added`` False) or added work tied to its
    ``Approval``; the advisor records when the part went out and came back."""

    __tablename__ = "sublet_line"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("repair_order.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    supplier: Mapped[str] = mapped_column(String(60))
    description: Mapped[str] = mapped_column(String(200))
    cost: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    charge: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    payer: Mapped[Payer | None] = mapped_column(EnumText(Payer))
    added: Mapped[bool] = mapped_column(Boolean, default=False)
    approval_id: Mapped[int | None] = _fk("approval.id")
    # A charge below the cost (or at zero), entered by someone else than the owner, carries the owner who approved it.
    price_approved_by_id: Mapped[int | None] = _fk("operator.id")
    expected_back_at: Mapped[datetime | None] = mapped_column(DateTime)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)
    sent_by_id: Mapped[int | None] = _fk("operator.id")
    back_at: Mapped[datetime | None] = mapped_column(DateTime)
    back_by_id: Mapped[int | None] = _fk("operator.id")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by_id: Mapped[int | None] = _fk("operator.id")
    # 免費 (issue 16): charge 0, the charge it had in ``free_price``; see LabourLine.
    free_reason: Mapped[FreeReason | None] = mapped_column(EnumText(FreeReason))
    free_note: Mapped[str] = mapped_column(String(200), default="", server_default=text("''"))
    free_price: Mapped[Decimal | None] = mapped_column(Money())
    order: Mapped[RepairOrder] = relationship(back_populates="sublet_lines")


class ReminderClosure(Base):
    """A due item of the reminder list (a vehicle's next service, insurance expiry or annual inspection, as due on
    ``due_on`` / at ``due_km``) closed: by a booking it brought (``booking_order_id``) or with a reason. A new due
    date (the next delivery's next service, a renewed insurance) is a new item."""

    __tablename__ = "reminder_closure"
    id: Mapped[int] = mapped_column(primary_key=True)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicle.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # service / insurance / inspection
    due_on: Mapped[date | None] = mapped_column(Date)
    due_km: Mapped[int | None] = mapped_column(Integer)
    booking_order_id: Mapped[int | None] = _fk("repair_order.id", ondelete="SET NULL")
    reason: Mapped[str] = mapped_column(String(200), default="", server_default=text("''"))
    closed_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    closed_by_id: Mapped[int | None] = _fk("operator.id")


class Contact(Base):
    """One contact with a customer: a call made or a message sent (a template filled and copied for WeChat or
    SMS), about an order or a vehicle, and why (``purpose``: booking_confirmation, car_ready, delay_notice,
    followup, service_due, inspection_due, insurance_due)."""

    __tablename__ = "contact"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    by_id: Mapped[int | None] = _fk("operator.id")
    customer_id: Mapped[int | None] = _fk("customer.id", ondelete="CASCADE")
    vehicle_id: Mapped[int | None] = _fk("vehicle.id", ondelete="CASCADE")
    order_id: Mapped[int | None] = _fk("repair_order.id", ondelete="CASCADE")
    purpose: Mapped[str] = mapped_column(String(24), index=True)
    channel: Mapped[str] = mapped_column(String(12))  # call / message
    template_key: Mapped[str] = mapped_column(String(40), default="", server_default=text("''"))
    body: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    outcome: Mapped[str] = mapped_column(String(200), default="", server_default=text("''"))


class MessageTemplate(Base):
    """The owner's wording of a message template in one document language (no row: the shipped default)."""

    __tablename__ = "message_template"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(40))
    language: Mapped[str] = mapped_column(String(8))
    body: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    updated_by_id: Mapped[int | None] = _fk("operator.id")
    __table_args__ = (UniqueConstraint("key", "language", name="uq_message_template_key_language"),)


class EhrUpload(Base):
    """The upload of one settled order's electronic health record (電子健康檔案) to the provincial platform: the
    last attempt and its outcome (``status``: sent / failed). A settled order with no row, or a failed one due
    again at ``next_try_at``, is still to send."""

    __tablename__ = "ehr_upload"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("repair_order.id", ondelete="CASCADE"), unique=True)
    status: Mapped[str] = mapped_column(String(12), index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_tried_at: Mapped[datetime | None] = mapped_column(DateTime)
    next_try_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)
    message: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))


class MemberGrade(Base):
    """A member grade (會員等級) the owner sets: its discount rates on labour and on parts (0.0500 = 5 % off),
    applied at the estimate to the customers who hold it."""

    __tablename__ = "member_grade"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    labour_discount: Mapped[Decimal] = mapped_column(Scaled(4), default=Decimal(0))
    parts_discount: Mapped[Decimal] = mapped_column(Scaled(4), default=Decimal(0))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class BonusRule(Base):
    """The owner's recharge bonus (充值贈送): a recharge of at least ``pay_at_least`` gets ``bonus`` on top
    ("充1000送100": 1000.00 and 100.00). The highest rule a recharge reaches applies."""

    __tablename__ = "bonus_rule"
    id: Mapped[int] = mapped_column(primary_key=True)
    pay_at_least: Mapped[Decimal] = mapped_column(Money())
    bonus: Mapped[Decimal] = mapped_column(Money())
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by_id: Mapped[int | None] = _fk("operator.id")


class CardPackage(Base):
    """A package the garage sells as a count card (套餐卡 / 次卡): its price, how long it is valid, its items."""

    __tablename__ = "card_package"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    price: Mapped[Decimal] = mapped_column(Money())
    valid_days: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    items: Mapped[list[CardPackageItem]] = relationship(back_populates="package", cascade="all, delete-orphan",
                                                        order_by="CardPackageItem.id")


class CardPackageItem(Base):
    """One service of a package: a labour operation from the catalog, how many uses, and whether the package pays
    the parts that operation uses too."""

    __tablename__ = "card_package_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    package_id: Mapped[int] = mapped_column(ForeignKey("card_package.id", ondelete="CASCADE"), index=True)
    operation_id: Mapped[int] = mapped_column(ForeignKey("labour_operation.id"), index=True)
    uses: Mapped[int] = mapped_column(Integer)
    include_parts: Mapped[bool] = mapped_column(Boolean, default=False)
    package: Mapped[CardPackage] = relationship(back_populates="items")


class Card(Base):
    """A customer's card: a stored-value card (儲值卡, ``kind`` "stored_value") or a package card ("package",
    sold from a ``CardPackage`` at ``price``, its uses in ``CardItem`` rows). What is on it is only ever the sum of
    its ``CardEntry`` ledger; nothing here holds a balance."""

    __tablename__ = "card"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(24), unique=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    holder: Mapped[str] = mapped_column(String(60), default="")
    pin_hash: Mapped[str | None] = mapped_column(String(128))
    package_id: Mapped[int | None] = _fk("card_package.id")
    price: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    expires_on: Mapped[date | None] = mapped_column(Date, index=True)
    sold_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    sold_by_id: Mapped[int | None] = _fk("operator.id")
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    closed_reason: Mapped[str] = mapped_column(String(200), default="", server_default=text("''"))
    items: Mapped[list[CardItem]] = relationship(back_populates="card", order_by="CardItem.id")


class CardItem(Base):
    """The uses of one service bought on a package card (copied from the package when sold: a later change of the
    package never changes a card sold)."""

    __tablename__ = "card_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("card.id", ondelete="CASCADE"), index=True)
    operation_id: Mapped[int | None] = _fk("labour_operation.id")
    name: Mapped[str] = mapped_column(String(80))
    uses: Mapped[int] = mapped_column(Integer)
    include_parts: Mapped[bool] = mapped_column(Boolean, default=False)
    card: Mapped[Card] = relationship(back_populates="items")


class CardEntry(Base):
    """One movement of a card, append-only (audited like every write; never updated or deleted): ``action`` sale,
    recharge, use, refund, expire or adjust. ``principal`` (money the customer paid in) and ``bonus`` (the garage's
    gift) are signed: + onto the card, − off it; ``uses`` likewise for a package card's ``card_item_id``. A use
    names the order (and the payment, or the labour line a package use paid). The card's balance is the sum."""

    __tablename__ = "card_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("card.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    by_id: Mapped[int | None] = _fk("operator.id")
    action: Mapped[str] = mapped_column(String(16))
    principal: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    bonus: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    uses: Mapped[int] = mapped_column(Integer, default=0)
    card_item_id: Mapped[int | None] = _fk("card_item.id")
    order_id: Mapped[int | None] = _fk("repair_order.id")
    payment_id: Mapped[int | None] = _fk("payment.id")
    labour_line_id: Mapped[int | None] = _fk("labour_line.id", ondelete="SET NULL")
    # The discount a use gave the order (a stored-value card's bonus share, a package use's line less its value):
    # voiding the payment takes it back with the entry. ``method``: how the customer paid for a sale or recharge,
    # or was paid a refund (a PaymentMethod value; card money never becomes a Payment).
    discount_id: Mapped[int | None] = _fk("discount.id", ondelete="SET NULL")
    method: Mapped[str] = mapped_column(String(12), default="", server_default=text("''"))
    note: Mapped[str] = mapped_column(String(200), default="", server_default=text("''"))


class Insurer(Base):
    """An insurer (保險公司) that pays the 索賠 share of accident repairs: its name, contact person and phone. Never
    deleted (orders name it); one no longer dealt with is made inactive."""

    __tablename__ = "insurer"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    contact: Mapped[str] = mapped_column(String(60), default="")
    phone: Mapped[str] = mapped_column(String(24), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class OrderClaim(Base):
    """索賠: who pays an order's claim share — the insurer — and its loss-assessment (定損) reference, beside the
    approved amount (the insurer's receivable ``Payment``). One per order; fixed once money was collected."""

    __tablename__ = "order_claim"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("repair_order.id", ondelete="CASCADE"), unique=True)
    insurer_id: Mapped[int | None] = _fk("insurer.id")
    assessment_ref: Mapped[str] = mapped_column(String(40), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    updated_by_id: Mapped[int | None] = _fk("operator.id")


class ReceivableCollection(Base):
    """Money a third party (``payer``: the maker for 三包, the insurer for 索賠) paid against an order's receivable:
    the day it arrived, how, its reference (the transfer's number), the amount. Append-only: a collection entered by
    mistake is reversed by a row of the opposite amount naming it (``voids_id``, the reason in ``note``). What is
    still open on an order is its receivable less the sum of these."""

    __tablename__ = "receivable_collection"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("repair_order.id", ondelete="CASCADE"), index=True)
    payer: Mapped[Payer] = mapped_column(EnumText(Payer))
    received_on: Mapped[date] = mapped_column(Date, index=True)
    method: Mapped[str] = mapped_column(String(12))
    reference: Mapped[str] = mapped_column(String(60), default="")
    amount: Mapped[Decimal] = mapped_column(Money())
    note: Mapped[str] = mapped_column(String(200), default="")
    voids_id: Mapped[int | None] = _fk("receivable_collection.id")
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    recorded_by_id: Mapped[int | None] = _fk("operator.id")


class CommissionRule(Base):
    """A 提成 rule the owner sets (issue 19): for one labour operation (``operation_code``, the catalog's code) or,
    failing one, for a job class; a percentage of the line's labour charge (``percent``, 10 = 10 %) or a fixed
    amount per line (``fixed_amount``), split between the mechanics who worked the line. A rule is never edited:
    a change ends it (``ended_at``) and starts another, so a month is always counted by the rules in force when
    its orders were settled."""

    __tablename__ = "commission_rule"
    id: Mapped[int] = mapped_column(primary_key=True)
    operation_code: Mapped[str | None] = mapped_column(String(20), index=True)
    job_class: Mapped[JobClass | None] = mapped_column(EnumText(JobClass))
    percent: Mapped[Decimal | None] = mapped_column(Scaled(4))
    fixed_amount: Mapped[Decimal | None] = mapped_column(Money())
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by_id: Mapped[int | None] = _fk("operator.id")
    ended_at: Mapped[datetime | None] = mapped_column(DateTime)
    ended_by_id: Mapped[int | None] = _fk("operator.id")


class LabourLineWorker(Base):
    """A mechanic who worked a labour line with others, and their share of it (relative: 1 and 1 is half each),
    set at dispatch (issue 19). ``LabourLine.mechanic_id`` stays the lead; a line without rows here was worked by
    its ``mechanic_id`` alone."""

    __tablename__ = "labour_line_worker"
    id: Mapped[int] = mapped_column(primary_key=True)
    labour_line_id: Mapped[int] = mapped_column(ForeignKey("labour_line.id", ondelete="CASCADE"), index=True)
    operator_id: Mapped[int] = mapped_column(ForeignKey("operator.id"), index=True)
    share: Mapped[int] = mapped_column(Integer)
    __table_args__ = (UniqueConstraint("labour_line_id", "operator_id", name="uq_labour_line_worker_line_operator"),)
