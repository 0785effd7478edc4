"""The month-end report's rows, sheet by sheet, for the workbook.

Plain frozen dataclasses: ``services`` fills them, ``printing`` and ``export`` lay them out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from garage_desktop.domain import kpi
from garage_desktop.domain.classes import JobClass, Payer, RegulatoryClass
from garage_desktop.domain.kpi import OpenDeposit, Period, Rate
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.money import ZERO


@dataclass(frozen=True)
class OrderRow:
    order_id: int
    order_no: str
    status: OrderStatus
    received_at: datetime | None
    ready_at: datetime | None  # QC passed and the customer told
    promised_at: datetime | None  # in force
    original_promised_at: datetime | None
    settled_at: datetime | None
    delivered_at: datetime | None
    plate: str
    customer: str
    job_class: JobClass
    regulatory_class: RegulatoryClass
    payer: Payer
    labour: Decimal
    parts: Decimal
    discount: Decimal
    total: Decimal
    paid: Decimal  # by the customer: payments and deposits less refunds
    receivable: Decimal  # owed by the maker (三包) or the insurer (索賠)
    first_pass_qc: bool | None
    on_time: bool | None  # None: not ready
    on_time_original: bool | None
    comeback_of: str  # the earlier order's number ("" when this is no comeback)
    revenue_month: date | None  # the month whose revenue counts the order (settled then); None: never settled
    outside: Decimal = Decimal(0)  # 外加工費 (``total`` includes it)


@dataclass(frozen=True)
class LabourRow:
    team: str
    mechanic: str
    lines: int
    hours: Decimal  # clock hours sold
    amount: Decimal


@dataclass(frozen=True)
class PartRow:
    code: str
    name: str
    unit: str
    opening: Decimal  # on hand when the month began
    received: Decimal
    issued: Decimal  # to orders, net of returns
    adjusted: Decimal  # adjustments and stock counts
    closing: Decimal  # on hand at the month's end
    closing_value: Decimal  # at moving-average cost
    sold: Decimal  # charged on the orders settled in the month
    sales: Decimal
    cost_of_sales: Decimal


@dataclass(frozen=True)
class PaymentRow:
    method: str  # PaymentMethod value, "" for receivables
    payer: Payer
    payments: Decimal
    deposits: Decimal
    refunds: Decimal
    receivables: Decimal

    collections: Decimal = ZERO  # what the maker or insurer paid against receivables (issue 19), by its arrival day

    @property
    def received(self) -> Decimal:
        return self.payments + self.deposits - self.refunds + self.collections


@dataclass(frozen=True)
class DepositRow:
    order_id: int
    order_no: str
    plate: str
    customer: str
    since: datetime
    amount: Decimal
    days_open: int


@dataclass(frozen=True)
class FollowUpRow:
    order_id: int
    order_no: str
    plate: str
    customer: str
    delivered_at: datetime
    first_call_at: datetime | None
    reached_at: datetime | None  # the first call that reached the customer
    within_two_days: bool
    satisfaction: int | None
    complaint: str
    resolution: str


@dataclass(frozen=True)
class ComebackRow:
    order_id: int  # the comeback
    order_no: str
    received_at: datetime | None
    plate: str
    complaint: str
    original_id: int
    original_no: str
    original_delivered_at: datetime | None
    regulatory_class: RegulatoryClass
    days_after: int | None
    km_after: int | None
    within_warranty: bool | None
    counted: bool  # the earlier order was delivered in the month: it misses this month's first-time fix
    counted_month: date | None  # the month whose first-time fix and comeback rate it counts in (the earlier
    # order's delivery): a comeback received this month on a car delivered earlier counts in that month


@dataclass(frozen=True)
class DelayFigures:
    """交車 2 (萬一有延誤，必須提前和客戶聯繫), over the orders delivered or settled in the month."""

    announced: int  # orders whose delay the customer was told of before the promise in force had passed
    late_without_call: int  # orders late against the original promise with no delay call in advance
    late: int  # orders late against the original promise


@dataclass(frozen=True)
class MonthReport:
    garage_name: str
    generated_at: datetime
    kpis: MonthKpis
    orders: tuple[OrderRow, ...]
    labour: tuple[LabourRow, ...]
    parts: tuple[PartRow, ...]
    payments: tuple[PaymentRow, ...]
    deposits: tuple[DepositRow, ...]
    follow_ups: tuple[FollowUpRow, ...]
    comebacks: tuple[ComebackRow, ...]
    talk: tuple[TalkRow, ...] = ()  # the follow-up calls' answers, question by question
    free_items: tuple[FreeItemRow, ...] = ()  # free lines of the orders settled in the month (issue 16, item 6)
    put_off: tuple[PutOffRow, ...] = ()  # recommendations made, taken up or dismissed in the month (item 7)
    delays: DelayFigures | None = None  # delays announced in advance vs late without a call (item 2)
    reminders: tuple[ReminderRow, ...] = ()  # reminders sent and the bookings they brought, per kind (issue 18)
    receivables: tuple[ReceivableRow, ...] = ()  # 應收帳款 open at the month's end or collected in it (issue 19)
    commission: tuple[CommissionRow, ...] = ()  # each mechanic's share of each line, 提成 (issue 19, item 6)
    cards: tuple[CardRow, ...] = ()  # 會員卡: each card's money over the month (issue 19, item 4)
    dormant_cards: tuple[DormantCardRow, ...] = ()  # stored-value cards with money and no movement for long
    expired_uses: tuple[ExpiredUseRow, ...] = ()  # package uses left when their card expired in the month


@dataclass(frozen=True)
class ReceivableRow:
    """應收帳款: a maker's (三包) or insurer's (索賠) share of an order settled by the month's end, open at its end or
    collected in it; aged from the settlement to the month's last day (today, while the month runs)."""

    order_id: int
    order_no: str
    plate: str
    payer: Payer  # WARRANTY or CLAIM
    debtor: str  # the maker (the vehicle's make) or the insurer
    assessment_ref: str  # a claim's 定損 reference
    settled_on: date
    amount: Decimal  # the receivable
    collected_before: Decimal  # collected before the month
    collected_in_month: Decimal
    last_collected_on: date | None
    days: int
    aged: tuple[Decimal, ...]  # what is open, in its bucket (0–30, 31–60, 61–90, over 90 days)

    @property
    def open(self) -> Decimal:
        return self.amount - self.collected_before - self.collected_in_month


@dataclass(frozen=True)
class ReminderRow:
    """One kind of reminder (next service, insurance, annual inspection) in the month: sent and what it brought."""

    kind: str  # domain.reminders.Kind value
    label: str  # its domain label (English source)
    calls: int  # reminder calls made
    messages: int  # reminder messages copied for WeChat or SMS
    bookings: int  # reminders closed by a booking they brought
    closed_otherwise: int  # reminders closed with a reason (serviced elsewhere, car sold, ...)


@dataclass(frozen=True)
class FreeItemRow:
    """A line given away (免費) on an order settled in the month: its value at the price it had."""

    order_no: str
    settled_at: datetime | None
    plate: str
    customer: str
    item: str
    kind: str  # "labour" / "part" / "outside" (外加工)
    reason: str  # FreeReason value
    note: str
    given_away: Decimal


@dataclass(frozen=True)
class PutOffRow:
    """A recommendation (work put off to a later visit) made, taken up or dismissed in the month."""

    created_at: datetime
    plate: str
    order_no: str  # the visit it was made on
    description: str
    source: str  # RecommendationSource value
    made_in_month: bool
    done_at: datetime | None
    done_order_no: str
    taken_up_in_month: bool
    dismissed_at: datetime | None
    dismissed_reason: str


@dataclass(frozen=True)
class TalkRow:
    """One question of the follow-up call script, its answers in the calls made in the month."""

    key: str
    question: str  # the wording of its latest answer
    kind: str  # score / yes_no / text / referral
    answers: int
    average: Decimal | None  # a score question's mean, 1–5
    yes: int
    no: int
    maybe: int
    brought_customer: int  # a referral question: calls whose referral brought a new customer
    customers_brought: int


@dataclass(frozen=True)
class MonthKpis:
    month: date  # the first day of the month
    period: Period
    first_time_fix: Rate
    on_time: Rate  # against the promise in force
    on_time_original: Rate
    follow_up: Rate  # reached within two days of the handover
    comeback: Rate
    hours_in_shop: kpi.Average
    revenue: kpi.Revenue
    cars_delivered: int  # orders handed over in the month
    vehicles_delivered: int  # different cars among them
    open_deposits: tuple[OpenDeposit, ...]  # held at the month's end (or now, for the running month)

    @property
    def open_deposit_total(self) -> Decimal:
        return sum((d.amount for d in self.open_deposits), ZERO)


@dataclass(frozen=True)
class CommissionRow:
    """One mechanic's share of one labour line of an order settled in the month (技師提成), or a commission taken
    back from them because a job they worked came back free (a negative row, ``lines`` 0)."""

    mechanic: str  # "" for a line dispatched to a team without a mechanic
    order_no: str
    settled_at: datetime | None
    line: str  # "3. 更換剎車片"
    share: Decimal  # this mechanic's fraction of the line (0.5 when two share it equally)
    lines: int  # 1 for a line worked, 0 for a commission taken back
    hours_sold: Decimal  # 工時定額 in clock hours × share
    hours_clocked: Decimal  # start → finish × share
    base: Decimal | None  # the labour charge the commission was counted on (None: the line earns none)
    commission: Decimal
    note: str  # English label key: "", "Free line", "Comeback", "Taken back: came back on {order}"
    note_order: str = ""  # the comeback's order number for a taken-back row


@dataclass(frozen=True)
class CardRow:
    """One prepaid card over the month (會員卡), in money: a stored-value card's principal + bonus, a package card
    at its price and its uses' values. closing = opening + recharged + bonus − used − refunded. "recharged" is the
    principal put on (a sale, a recharge; a package card's price), "bonus" the bonus given; "used" what paid for
    work (less card payments voided) and what was written off — a package's uses left at its expiry, the bonus
    left (and the principal the refund rule keeps) when a card is refunded; "refunded" the principal paid back."""

    number: str
    kind: str  # domain.cards.CardKind value
    customer: str
    opening: Decimal
    recharged: Decimal
    bonus: Decimal
    used: Decimal
    refunded: Decimal
    closing: Decimal


@dataclass(frozen=True)
class DormantCardRow:
    number: str
    customer: str
    phone: str
    balance: Decimal
    last_movement: datetime


@dataclass(frozen=True)
class ExpiredUseRow:
    number: str
    customer: str
    service: str
    uses: int
    value: Decimal
    expired_on: date
