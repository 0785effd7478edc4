"""The garage's KPIs (DOMAIN.md) as pure arithmetic over plain order records: no Qt, no database.

Every figure the KPI tab, the month-end workbook and any printed summary show is computed here, from
``OrderFacts`` the reports service loads. A rate carries its numerator, its denominator, the ratio (None when
nothing was counted) and the order ids behind both, so a screen can list the orders behind a number.

Definitions (the month-end workbook prints them beside the figures):

- **First-time fix rate** (一次修復率): orders delivered in the period that passed final QC at the first
  inspection and have no comeback ÷ orders delivered in the period that went through final QC (a counter sale,
  parts only, has none and is not counted). A comeback is a later order marked 返修 of this one (the advisor
  confirms the link; cancelled and no-show orders never count).
- **On-time delivery rate** (准時交車率): orders whose car was ready — QC passed and the customer told — at or
  before the promised time in force ÷ orders ready in the period; also against the original promise.
- **Follow-up rate**: deliveries whose customer was reached by a follow-up call within 2 days ÷ deliveries.
- **Comeback rate** (返修率): orders delivered in the period that came back as a comeback ÷ orders delivered
  in the period.
- **Average hours in the shop**: received → handed over, in clock hours, over the orders delivered.
- **Revenue**: the charged lines (confirmed lines and approved added work; parts as charged, customer-supplied
  parts at zero; outside work 外加工 at its charge) less discounts, of the orders settled in the period, by category and by payer.
- **Open deposits**: deposits taken on cars released unsettled (intermittent faults), neither settled nor
  refunded at the given moment.
- **A declined estimate** (the customer paid only the diagnosis fee, ``lifecycle.declined``) is no repair: it is
  left out of 一次修復率, 准時交車率 (it has no ready moment), the comeback rate and the hours in the shop. Its fee
  counts in the revenue of the month it is settled, and the car counts as handed over (the follow-up call is
  due, and counts in the follow-up rate).

A car counts as delivered when it is handed over (``delivered_at``), which includes a release on a deposit:
the customer has the car from then on and the follow-up call is due. The ready moment is when the customer
was told the car passed QC; an order whose customer was never told counts as ready when the customer was
next at the counter (settled or handed over), so a missing note never flatters the on-time rate. The promise
in force is the order's ``promise_in_force_at`` when a new time was agreed after the promise had passed (at the
estimate or for added work alike, ``domain.promise.repromise``), else its ``promised_at``; the original promise
is ``original_promised_at``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from garage_desktop.domain.classes import Payer, RegulatoryClass
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.money import ZERO
from garage_desktop.domain.pricing import HourUnit, clock_hours
from garage_desktop.domain.settlement import PAYER_ORDER, Category, Charge, Reduction
from garage_desktop.domain.warranty import WARRANTY, within_warranty

FOLLOW_UP_WITHIN = timedelta(days=2)
RATIO_PLACES = Decimal("0.0001")
HOURS_PLACES = Decimal("0.1")
# Orders that never count in any figure: the work did not happen.
NOT_COUNTED: frozenset[OrderStatus] = frozenset({OrderStatus.CANCELLED, OrderStatus.NO_SHOW})


@dataclass(frozen=True)
class Period:
    """A stretch of time [start, end): a calendar month for the reports."""

    start: datetime
    end: datetime

    def __contains__(self, moment: object) -> bool:
        return isinstance(moment, datetime) and self.start <= moment < self.end


def month_period(month: date) -> Period:
    """The calendar month containing ``month``, from 00:00 on the 1st to 00:00 on the 1st of the next."""
    start = datetime(month.year, month.month, 1)
    end = datetime(month.year + (month.month == 12), month.month % 12 + 1, 1)
    return Period(start, end)


def shift_month(month: date, months: int) -> date:
    """The first day of the month ``months`` after (negative: before) the month of ``month``."""
    index = month.year * 12 + month.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


@dataclass(frozen=True, slots=True)
class Call:
    """A follow-up call: when, and whether the customer was reached."""

    called_at: datetime
    reached: bool


@dataclass(frozen=True, slots=True)
class OrderFacts:
    """What the KPIs need of one order, as plain values (slots: the KPI tab keeps some 20,000, issue 20)."""

    order_id: int
    status: OrderStatus
    received_at: datetime | None = None
    ready_at: datetime | None = None  # final QC passed
    customer_told_at: datetime | None = None
    promised_at: datetime | None = None  # the promise in force
    original_promised_at: datetime | None = None
    settled_at: datetime | None = None
    delivered_at: datetime | None = None  # handed over (or released on a deposit)
    passed_qc_first_time: bool | None = None
    comeback_of_id: int | None = None
    comeback_ids: tuple[int, ...] = ()  # later orders marked 返修 of this one (cancelled ones left out)
    calls: tuple[Call, ...] = ()
    charges: tuple[Charge, ...] = ()  # charged lines: labour and parts by payer
    discounts: tuple[Reduction, ...] = ()
    declined: bool = False  # the customer declined the estimate: only the diagnosis fee, nothing repaired

    @property
    def counted(self) -> bool:
        return self.status not in NOT_COUNTED

    @property
    def repair(self) -> bool:
        """Counted and not a declined estimate: the car was repaired (or sold parts) as the customer agreed."""
        return self.counted and not self.declined


@dataclass(frozen=True)
class Rate:
    numerator: int
    denominator: int
    ratio: Decimal | None  # numerator ÷ denominator to 4 places; None when the denominator is 0
    numerator_ids: tuple[int, ...]
    denominator_ids: tuple[int, ...]


def rate(numerator_ids: Iterable[int], denominator_ids: Iterable[int]) -> Rate:
    top, bottom = tuple(numerator_ids), tuple(denominator_ids)
    ratio = (Decimal(len(top)) / Decimal(len(bottom))).quantize(RATIO_PLACES, ROUND_HALF_UP) if bottom else None
    return Rate(len(top), len(bottom), ratio, top, bottom)


@dataclass(frozen=True)
class Average:
    value: Decimal | None  # total ÷ count to 0.1; None when nothing was counted
    total: Decimal  # to 0.01
    count: int
    order_ids: tuple[int, ...]


# --- the moments ----------------------------------------------------------------------------------------------

def ready_moment(order: OrderFacts) -> datetime | None:
    """When the car was ready in the KPI's sense: QC passed and the customer told (see the module text). A declined
    estimate has none: nothing was repaired, so no promise was kept or missed."""
    if not order.repair or order.ready_at is None:
        return None
    told = order.customer_told_at
    if told is None:
        later = [m for m in (order.settled_at, order.delivered_at) if m is not None]
        if not later:
            return None
        told = min(later)
    return max(order.ready_at, told)


def promise_in_force_of(order: OrderFacts) -> datetime | None:
    return order.promised_at if order.promised_at is not None else order.original_promised_at


def original_promise_of(order: OrderFacts) -> datetime | None:
    return order.original_promised_at if order.original_promised_at is not None else order.promised_at


def on_time_against(order: OrderFacts, promise: datetime | None) -> bool | None:
    """True/False once the car is ready (no promise: not on time); None while it is not ready."""
    ready = ready_moment(order)
    if ready is None:
        return None
    return promise is not None and ready <= promise


def hours_in_shop_of(order: OrderFacts) -> Decimal | None:
    if order.received_at is None or order.delivered_at is None:
        return None
    seconds = Decimal(int((order.delivered_at - order.received_at).total_seconds()))
    return max(seconds / 3600, ZERO)


def followed_up_in_time(order: OrderFacts, within: timedelta = FOLLOW_UP_WITHIN) -> bool:
    """A call that reached the customer within ``within`` of the handover."""
    if order.delivered_at is None:
        return False
    limit = order.delivered_at + within
    return any(call.reached and call.called_at <= limit for call in order.calls)


def first_time_fixed(order: OrderFacts) -> bool:
    return order.passed_qc_first_time is True and not order.comeback_ids


def repairs(orders: Iterable[OrderFacts]) -> list[OrderFacts]:
    """The orders that went through final QC: a counter sale (parts only, never inspected) repaired nothing and
    is not counted in 一次修復率."""
    return [o for o in orders if o.passed_qc_first_time is not None and not o.declined]


# --- the figures ----------------------------------------------------------------------------------------------

def delivered_in(orders: Iterable[OrderFacts], period: Period) -> list[OrderFacts]:
    return [o for o in orders if o.counted and o.delivered_at in period]


def ready_in(orders: Iterable[OrderFacts], period: Period) -> list[OrderFacts]:
    return [o for o in orders if ready_moment(o) in period]


def settled_in(orders: Iterable[OrderFacts], period: Period) -> list[OrderFacts]:
    return [o for o in orders if o.counted and o.settled_at in period]


def first_time_fix(orders: Iterable[OrderFacts], period: Period) -> Rate:
    delivered = repairs(delivered_in(orders, period))
    return rate((o.order_id for o in delivered if first_time_fixed(o)), (o.order_id for o in delivered))


def on_time(orders: Iterable[OrderFacts], period: Period, *, original: bool = False) -> Rate:
    """准時交車率 against the promise in force, or (``original=True``) against the original promise."""
    promise = original_promise_of if original else promise_in_force_of
    ready = ready_in(orders, period)
    return rate((o.order_id for o in ready if on_time_against(o, promise(o))), (o.order_id for o in ready))


def follow_up(orders: Iterable[OrderFacts], period: Period, within: timedelta = FOLLOW_UP_WITHIN) -> Rate:
    delivered = delivered_in(orders, period)
    return rate((o.order_id for o in delivered if followed_up_in_time(o, within)), (o.order_id for o in delivered))


def comeback(orders: Iterable[OrderFacts], period: Period) -> Rate:
    delivered = [o for o in delivered_in(orders, period) if not o.declined]
    return rate((o.order_id for o in delivered if o.comeback_ids), (o.order_id for o in delivered))


def hours_in_shop(orders: Iterable[OrderFacts], period: Period) -> Average:
    measured = [(o.order_id, h) for o in delivered_in(orders, period)
                if not o.declined and (h := hours_in_shop_of(o)) is not None]
    total = sum((h for _, h in measured), ZERO).quantize(Decimal("0.01"), ROUND_HALF_UP)
    value = (total / len(measured)).quantize(HOURS_PLACES, ROUND_HALF_UP) if measured else None
    return Average(value, total, len(measured), tuple(i for i, _ in measured))


@dataclass(frozen=True)
class PayerRevenue:
    payer: Payer
    labour: Decimal
    parts: Decimal
    discount: Decimal
    orders: int  # orders with a charge or discount for this payer
    outside: Decimal = ZERO  # 外加工費: outside work charged

    @property
    def total(self) -> Decimal:
        return self.labour + self.parts + self.outside - self.discount


@dataclass(frozen=True)
class Revenue:
    by_payer: tuple[PayerRevenue, ...]  # every payer, in PAYER_ORDER
    order_ids: tuple[int, ...]  # the orders settled in the period

    def of(self, payer: Payer) -> PayerRevenue:
        return next(p for p in self.by_payer if p.payer is payer)

    @property
    def labour(self) -> Decimal:
        return sum((p.labour for p in self.by_payer), ZERO)

    @property
    def parts(self) -> Decimal:
        return sum((p.parts for p in self.by_payer), ZERO)

    @property
    def outside(self) -> Decimal:
        return sum((p.outside for p in self.by_payer), ZERO)

    @property
    def discount(self) -> Decimal:
        return sum((p.discount for p in self.by_payer), ZERO)

    @property
    def total(self) -> Decimal:
        return self.labour + self.parts + self.outside - self.discount


@dataclass(frozen=True)
class OrderMoney:
    """One order's charges as the settlement counts them."""

    labour: Decimal
    parts: Decimal
    discount: Decimal
    outside: Decimal = ZERO  # 外加工費

    @property
    def total(self) -> Decimal:
        return self.labour + self.parts + self.outside - self.discount


def money_of(order: OrderFacts) -> OrderMoney:
    return OrderMoney(sum((c.amount for c in order.charges if c.category is Category.LABOUR), ZERO),
                      sum((c.amount for c in order.charges if c.category is Category.PARTS), ZERO),
                      sum((d.amount for d in order.discounts), ZERO),
                      sum((c.amount for c in order.charges if c.category is Category.OUTSIDE), ZERO))


def revenue(orders: Iterable[OrderFacts], period: Period) -> Revenue:
    settled = settled_in(orders, period)
    sums = {payer: [ZERO, ZERO, ZERO, set(), ZERO] for payer in PAYER_ORDER}
    column = {Category.LABOUR: 0, Category.PARTS: 1, Category.OUTSIDE: 4}
    for order in settled:
        for charge in order.charges:
            row = sums[charge.payer]
            row[column[Category(charge.category)]] += charge.amount
            row[3].add(order.order_id)
        for reduction in order.discounts:
            row = sums[reduction.payer]
            row[2] += reduction.amount
            row[3].add(order.order_id)
    return Revenue(tuple(PayerRevenue(payer, s[0], s[1], s[2], len(s[3]), s[4]) for payer, s in sums.items()),
                   tuple(o.order_id for o in settled))


# --- deposits --------------------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class DepositFacts:
    """An order that took a deposit: the money in (+) and back (−) with their times, and how it ended."""

    order_id: int
    movements: tuple[tuple[datetime, Decimal], ...]  # deposits positive, refunds negative
    released_at: datetime | None  # the car left on the deposit
    settled_at: datetime | None
    refunded_at: datetime | None  # the order closed by refunding the deposit


@dataclass(frozen=True)
class OpenDeposit:
    order_id: int
    amount: Decimal  # held at the moment asked about
    since: datetime  # the first deposit
    days_open: int


def open_deposits(deposits: Iterable[DepositFacts], at: datetime) -> tuple[OpenDeposit, ...]:
    """Deposits held at ``at``: taken before it, the order neither settled nor refunded by then."""
    found = []
    for item in deposits:
        if (item.settled_at is not None and item.settled_at < at) or (
                item.refunded_at is not None and item.refunded_at < at):
            continue
        taken = [(when, amount) for when, amount in item.movements if when < at]
        held = sum((amount for _, amount in taken), ZERO)
        if held <= 0:
            continue
        since = min(when for when, amount in taken if amount > 0)
        found.append(OpenDeposit(item.order_id, held, since, (at - since).days))
    return tuple(sorted(found, key=lambda d: (d.since, d.order_id)))


# --- comebacks ---------------------------------------------------------------------------------------------------

def comeback_within_warranty(regulatory_class: RegulatoryClass, delivered_at: datetime | None,
                             mileage_out: int | None, returned_at: datetime | None,
                             mileage_back: int | None) -> bool | None:
    """Whether a car came back within the earlier order's quality warranty (None when the dates are unknown)."""
    if delivered_at is None or returned_at is None:
        return None
    return within_warranty(RegulatoryClass(regulatory_class), delivered_at.date(), mileage_out,
                           returned_at.date(), mileage_back)


def warranty_days(regulatory_class: RegulatoryClass) -> int:
    return WARRANTY[RegulatoryClass(regulatory_class)].days


# --- everything for one period -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class PeriodFigures:
    first_time_fix: Rate
    on_time: Rate  # against the promise in force
    on_time_original: Rate
    follow_up: Rate
    comeback: Rate
    hours_in_shop: Average
    revenue: Revenue
    cars_delivered: int  # orders delivered (handed over) in the period


def figures(orders: Sequence[OrderFacts], period: Period) -> PeriodFigures:
    """Every figure of ``period`` (the same arithmetic as the functions above, each order list filtered once)."""
    delivered, ready = delivered_in(orders, period), ready_in(orders, period)
    delivered_ids = [o.order_id for o in delivered]
    repaired_ids = [o.order_id for o in delivered if not o.declined]  # a declined estimate is no repair
    measured = hours_in_shop(delivered, period)
    return PeriodFigures(
        rate((o.order_id for o in repairs(delivered) if first_time_fixed(o)),
             (o.order_id for o in repairs(delivered))),
        rate((o.order_id for o in ready if on_time_against(o, promise_in_force_of(o))), (o.order_id for o in ready)),
        rate((o.order_id for o in ready if on_time_against(o, original_promise_of(o))), (o.order_id for o in ready)),
        rate((o.order_id for o in delivered if followed_up_in_time(o)), delivered_ids),
        rate((o.order_id for o in delivered if o.comeback_ids and not o.declined), repaired_ids),
        measured, revenue(orders, period), len(delivered))


def months_touched(order: OrderFacts) -> set[date]:
    """The months whose figures can count ``order``: those it was handed over, settled or ready in."""
    return {date(m.year, m.month, 1) for m in (order.delivered_at, order.settled_at, ready_moment(order))
            if m is not None}


def hours_of(standard_hours: Decimal, unit: HourUnit | str | None) -> Decimal:
    """工時定額 in clock hours: as it is when a 工時 is an hour, ÷ 12 when a 工時 is 5 minutes (the unit the
    line recorded when it was priced; none recorded: hours)."""
    return clock_hours(standard_hours, unit)
