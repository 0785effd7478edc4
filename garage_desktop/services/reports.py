"""The reports' one place for numbers: a month's KPIs, the 12-month trend and the orders behind each figure.

The KPI tab, the month-end workbook (``services.month_report``) and any printed summary all read them from
here. Records are loaded with a handful of set-based queries per window (the orders delivered, settled or
ready in it, then their lines, answers, discounts, money, calls and comebacks by ``order_id IN``), turned
into plain ``domain.kpi`` facts, and the arithmetic is ``domain.kpi``'s. Charged lines follow the settlement's
rules (``domain.settlement.is_charged`` / ``charged_quantity``, customer-supplied parts at zero).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, and_, or_, select
from sqlalchemy.orm import Session

from garage_desktop.db.models import (
    Approval,
    Customer,
    Discount,
    FollowUp,
    LabourLine,
    PartLine,
    Payment,
    RepairOrder,
    Vehicle,
)
from garage_desktop.domain import kpi
from garage_desktop.domain.classes import JobClass, Payer, RegulatoryClass
from garage_desktop.domain.kpi import Call, DepositFacts, OpenDeposit, OrderFacts, Period, Rate
from garage_desktop.domain.lifecycle import STATUS_LABELS, OrderStatus
from garage_desktop.domain.money import ZERO
from garage_desktop.domain.pricing import HourUnit, part_amount
from garage_desktop.domain.settlement import (
    Category,
    Charge,
    PaymentKind,
    Reduction,
    charged_quantity,
    is_charged,
)
from garage_desktop.services import clock

# A car told it is ready long after QC still counts in the month it was told; QC passes this far back are read.
READY_SLACK = timedelta(days=62)
CHUNK = 500  # ids per IN (...) list: well inside every database's parameter limit

Progress = Callable[[int, int], None]


# --- what the loader keeps besides the KPI facts ------------------------------------------------------------

@dataclass(frozen=True)
class OrderInfo:
    order_id: int
    order_no: str
    status: OrderStatus
    plate: str
    customer: str
    vehicle_id: int | None
    job_class: JobClass
    regulatory_class: RegulatoryClass
    payer: Payer
    complaint: str
    mileage_in: int | None
    mileage_out: int | None
    closed_at: datetime | None


@dataclass(frozen=True)
class LabourFact:
    """A charged labour line."""

    order_id: int
    hours: Decimal  # clock hours (工時定額 converted from the garage's 工時 unit)
    amount: Decimal
    payer: Payer
    team: str
    mechanic_id: int | None


@dataclass(frozen=True)
class PartFact:
    """A charged part line (customer-supplied ones are listed at zero)."""

    line_id: int
    order_id: int
    part_id: int | None
    name: str
    quantity: Decimal
    amount: Decimal
    payer: Payer
    customer_supplied: bool


@dataclass(frozen=True)
class MoneyFact:
    order_id: int
    kind: PaymentKind
    method: str
    payer: Payer
    amount: Decimal
    created_at: datetime


@dataclass(frozen=True)
class CallFact:
    order_id: int
    called_at: datetime
    reached: bool
    satisfaction: int | None
    remarks: str
    complaint: str
    resolution: str


@dataclass
class Loaded:
    """Everything read for one window of time, by order id."""

    facts: dict[int, OrderFacts] = field(default_factory=dict)
    info: dict[int, OrderInfo] = field(default_factory=dict)  # with ``detail`` only
    vehicles: dict[int, int | None] = field(default_factory=dict)
    labour: list[LabourFact] = field(default_factory=list)
    parts: list[PartFact] = field(default_factory=list)
    money: dict[int, list[MoneyFact]] = field(default_factory=lambda: defaultdict(list))
    calls: dict[int, list[CallFact]] = field(default_factory=lambda: defaultdict(list))
    comebacks_of: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))

    def orders(self) -> list[OrderFacts]:
        return list(self.facts.values())


def chunked(ids: Iterable[int]) -> Iterator[list[int]]:
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), CHUNK):
        yield ordered[start:start + CHUNK]


@dataclass(frozen=True)
class Ids:
    """Which orders to read: those a query selects (read in one statement) and/or a list (read in chunks)."""

    query: Select[Any] | None = None
    listed: tuple[int, ...] = ()


def _in(session: Session, columns: Sequence[Any], key: Any, ids: Iterable[int] | Ids, *where: Any) -> list[Any]:
    """``SELECT columns WHERE key IN ids AND where``: a subquery in one statement, a list in chunks."""
    wanted = ids if isinstance(ids, Ids) else Ids(listed=tuple(ids))
    rows: list[Any] = []
    if wanted.query is not None:
        rows += session.execute(select(*columns).where(key.in_(wanted.query), *where)).all()
    for chunk in chunked(wanted.listed):
        rows += session.execute(select(*columns).where(key.in_(chunk), *where)).all()
    return rows


_ORDER_COLUMNS = (
    RepairOrder.id, RepairOrder.order_no, RepairOrder.status, RepairOrder.received_at, RepairOrder.ready_at,
    RepairOrder.customer_told_at, RepairOrder.promised_at, RepairOrder.original_promised_at,
    RepairOrder.settled_at, RepairOrder.delivered_at, RepairOrder.passed_qc_first_time, RepairOrder.comeback_of_id,
    RepairOrder.job_class, RepairOrder.regulatory_class, RepairOrder.payer, RepairOrder.complaint,
    RepairOrder.mileage_in, RepairOrder.mileage_out, RepairOrder.closed_at, RepairOrder.vehicle_id, Vehicle.plate,
    Customer.name)


# What the figures alone need of an order (the trend's twelve months read only these).
_FACT_COLUMNS = (
    RepairOrder.id, RepairOrder.status, RepairOrder.received_at, RepairOrder.ready_at, RepairOrder.customer_told_at,
    RepairOrder.promised_at, RepairOrder.original_promised_at, RepairOrder.settled_at, RepairOrder.delivered_at,
    RepairOrder.passed_qc_first_time, RepairOrder.comeback_of_id, RepairOrder.payer, RepairOrder.vehicle_id)


def order_rows_where(session: Session, *where: Any, detail: bool = True) -> list[Any]:
    if not detail:
        return list(session.execute(select(*_FACT_COLUMNS).where(*where)).all())
    stmt = (select(*_ORDER_COLUMNS).outerjoin(Vehicle, Vehicle.id == RepairOrder.vehicle_id)
            .outerjoin(Customer, Customer.id == RepairOrder.customer_id).where(*where))
    return list(session.execute(stmt).all())


def window_condition(period: Period) -> Any:
    """The orders a window's figures can touch: delivered, settled, or ready (the customer told) in it.

    An order whose customer was never told is ready when next at the counter: the first two cover it. Each
    branch starts on an indexed column, so the database reads only the window's orders.
    """
    start, end = period.start, period.end
    return or_(and_(RepairOrder.delivered_at >= start, RepairOrder.delivered_at < end),
               and_(RepairOrder.settled_at >= start, RepairOrder.settled_at < end),
               and_(RepairOrder.ready_at >= start - READY_SLACK, RepairOrder.ready_at < end,
                    RepairOrder.customer_told_at >= start, RepairOrder.customer_told_at < end))


def load(session: Session, period: Period, *, comebacks_received: bool = False, detail: bool = True) -> Loaded:
    """Read the records of every order the figures of ``period`` can touch (and, for the workbook, the
    comebacks received in it with the orders they came back on). ``detail=False`` reads only what the
    figures need (no labour and part facts, money or call notes): the trend's twelve months."""
    condition = window_condition(period)
    rows = order_rows_where(session, condition, detail=detail)
    seen = {row.id for row in rows}
    if comebacks_received:
        back = [row for row in order_rows_where(session, RepairOrder.comeback_of_id.is_not(None),
                                                RepairOrder.received_at >= period.start,
                                                RepairOrder.received_at < period.end) if row.id not in seen]
        seen |= {row.id for row in back}
        originals = {row.comeback_of_id for row in back} - seen
        back += [row for chunk in chunked(originals) for row in order_rows_where(session, RepairOrder.id.in_(chunk))]
        rows += back
    else:
        back = []
    loaded = Loaded()
    ids = Ids(select(RepairOrder.id).where(condition), tuple(row.id for row in back))
    for cid, of in _in(session, (RepairOrder.id, RepairOrder.comeback_of_id), RepairOrder.comeback_of_id, ids,
                       RepairOrder.status.not_in(list(kpi.NOT_COUNTED))):
        loaded.comebacks_of[of].append(cid)
    charges, discounts = _charges(session, ids, {row.id: row.payer for row in rows}, loaded if detail else None)
    call_columns = (FollowUp.order_id, FollowUp.called_at, FollowUp.reached)
    if detail:
        call_columns += (FollowUp.satisfaction, FollowUp.remarks, FollowUp.complaint, FollowUp.resolution)
    for row in _in(session, call_columns, FollowUp.order_id, ids):
        loaded.calls[row.order_id].append(CallFact(*row) if detail else CallFact(*row, None, "", "", ""))
    if detail:
        for row in _in(session, (Payment.order_id, Payment.kind, Payment.method, Payment.payer, Payment.amount,
                                 Payment.created_at), Payment.order_id, ids):
            loaded.money[row.order_id].append(MoneyFact(row.order_id, PaymentKind(row.kind), row.method or "",
                                                        row.payer, row.amount, row.created_at))
    for row in rows:
        loaded.vehicles[row.id] = row.vehicle_id
        if detail:
            loaded.info[row.id] = OrderInfo(
                row.id, row.order_no or f"#{row.id}", row.status, row.plate or "", row.name or "", row.vehicle_id,
                row.job_class, row.regulatory_class, row.payer, row.complaint or "", row.mileage_in, row.mileage_out,
                row.closed_at)
        calls = tuple(sorted((Call(c.called_at, bool(c.reached)) for c in loaded.calls.get(row.id, ())),
                             key=lambda c: c.called_at))
        loaded.facts[row.id] = OrderFacts(
            row.id, row.status, row.received_at, row.ready_at, row.customer_told_at, row.promised_at,
            row.original_promised_at, row.settled_at, row.delivered_at, row.passed_qc_first_time,
            row.comeback_of_id, tuple(sorted(loaded.comebacks_of.get(row.id, ()))), calls,
            tuple(charges.get(row.id, ())), tuple(discounts.get(row.id, ())))
    return loaded


def _charges(session: Session, ids: Iterable[int] | Ids, payers: dict[int, Payer],
             loaded: Loaded | None) -> tuple[dict[int, list[Charge]], dict[int, list[Reduction]]]:
    """The charged lines and discounts per order, as ``services.checkout_state.charged_lines`` counts them
    (kept as labour and part facts in ``loaded`` too, when given)."""
    answers = dict(_in(session, (Approval.id, Approval.approved), Approval.order_id, ids))
    charges: dict[int, list[Charge]] = defaultdict(list)
    labour_columns = (LabourLine.order_id, LabourLine.amount, LabourLine.payer, LabourLine.added,
                      LabourLine.approval_id)
    if loaded is not None:
        labour_columns += (LabourLine.standard_hours, LabourLine.hour_unit, LabourLine.team, LabourLine.mechanic_id)
    for row in _in(session, labour_columns, LabourLine.order_id, ids):
        if not is_charged(row.added, answers.get(row.approval_id) if row.approval_id else None):
            continue
        payer = row.payer or payers[row.order_id]
        charges[row.order_id].append(Charge(Category.LABOUR, payer, row.amount))
        if loaded is not None:
            loaded.labour.append(LabourFact(row.order_id, kpi.hours_of(row.standard_hours,
                                                                       row.hour_unit or HourUnit.HOUR),
                                            row.amount, payer, row.team or "", row.mechanic_id))
    for row in _in(session, (PartLine.id, PartLine.order_id, PartLine.part_id, PartLine.name, PartLine.planned_qty,
                             PartLine.issued_qty, PartLine.unit_price, PartLine.payer, PartLine.customer_supplied,
                             PartLine.added, PartLine.approval_id), PartLine.order_id, ids):
        if not is_charged(row.added, answers.get(row.approval_id) if row.approval_id else None):
            continue
        if row.customer_supplied:
            quantity, amount = row.planned_qty, ZERO
        else:
            quantity = charged_quantity(row.issued_qty, row.planned_qty)
            if quantity == 0:
                continue  # planned but never issued: not used, not charged
            amount = part_amount(quantity, row.unit_price)
        payer = row.payer or payers[row.order_id]
        charges[row.order_id].append(Charge(Category.PARTS, payer, amount))
        if loaded is not None:
            loaded.parts.append(PartFact(row.id, row.order_id, row.part_id, row.name, quantity, amount, payer,
                                         bool(row.customer_supplied)))
    discounts: dict[int, list[Reduction]] = defaultdict(list)
    for order_id, payer, amount in _in(session, (Discount.order_id, Discount.payer, Discount.amount),
                                       Discount.order_id, ids):
        discounts[order_id].append(Reduction(payer, amount))
    return charges, discounts


def deposit_facts(session: Session) -> list[DepositFacts]:
    """Every order that took a deposit, with its deposits and refunds (and their times) and how it ended."""
    # Only the kind in SQL: a scan of the payments is quicker than the date index over years of them; the
    # deposits taken later are left out by ``kpi.open_deposits``, which counts money taken before its moment.
    ids = set(session.scalars(select(Payment.order_id).where(Payment.kind == PaymentKind.DEPOSIT.value)))
    if not ids:
        return []
    orders = {row.id: row for row in _in(session, (RepairOrder.id, RepairOrder.status, RepairOrder.delivered_at,
                                                   RepairOrder.settled_at, RepairOrder.closed_at),
                                         RepairOrder.id, ids)}
    movements: dict[int, list[tuple[datetime, Decimal]]] = defaultdict(list)
    for order_id, kind, amount, created_at in _in(
            session, (Payment.order_id, Payment.kind, Payment.amount, Payment.created_at), Payment.order_id, ids,
            Payment.kind.in_([PaymentKind.DEPOSIT.value, PaymentKind.REFUND.value])):
        movements[order_id].append((created_at, amount if kind == PaymentKind.DEPOSIT.value else -amount))
    return [DepositFacts(oid, tuple(movements[oid]), row.delivered_at, row.settled_at,
                         row.closed_at if row.status is OrderStatus.REFUNDED else None)
            for oid, row in orders.items()]


def deposits_held(session: Session, at: datetime) -> tuple[OpenDeposit, ...]:
    """Deposits held at ``at`` (cars out on a deposit, neither settled nor refunded then)."""
    return kpi.open_deposits(deposit_facts(session), at)


# --- the figures -------------------------------------------------------------------------------------------

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


def first_of_month(month: date) -> date:
    return date(month.year, month.month, 1)


def kpis_from(loaded: Loaded, month: date, deposits: tuple[OpenDeposit, ...],
              orders: Sequence[OrderFacts] | None = None) -> MonthKpis:
    """The month's figures from loaded records (``orders``: those of them the month can count, if known)."""
    period = kpi.month_period(month)
    figures = kpi.figures(loaded.orders() if orders is None else orders, period)
    vehicles = {loaded.vehicles[o] for o in figures.first_time_fix.denominator_ids}
    return MonthKpis(first_of_month(month), period, figures.first_time_fix, figures.on_time,
                     figures.on_time_original, figures.follow_up, figures.comeback, figures.hours_in_shop,
                     figures.revenue, figures.cars_delivered, len(vehicles - {None}), deposits)


def deposit_moment(period: Period) -> datetime:
    """Deposits are counted at the month's end, or now while the month runs."""
    return min(period.end, clock.now())


def month_kpis(session: Session, month: date) -> MonthKpis:
    """The month's figures, as the KPI tab and the month-end workbook show them."""
    period = kpi.month_period(month)
    return kpis_from(load(session, period), month, deposits_held(session, deposit_moment(period)))


def trend(session: Session, last_month: date, months: int = 12) -> tuple[MonthKpis, ...]:
    """The figures of ``months`` months ending with ``last_month``, oldest first, read in one pass."""
    first = kpi.shift_month(last_month, -(months - 1))
    window = Period(kpi.month_period(first).start, kpi.month_period(last_month).end)
    loaded = load(session, window, detail=False)
    deposits = deposit_facts(session)
    by_month: dict[date, list[OrderFacts]] = defaultdict(list)
    for facts in loaded.facts.values():  # each month's figures look only at the orders it can count
        for month in kpi.months_touched(facts):
            by_month[month].append(facts)
    result = []
    for step in range(months):
        month = kpi.shift_month(first, step)
        result.append(kpis_from(loaded, month, kpi.open_deposits(deposits, deposit_moment(kpi.month_period(month))),
                                by_month.get(month, [])))
    return tuple(result)


@dataclass(frozen=True)
class Dashboard:
    """What the KPI tab shows: the chosen month and the trend up to it."""

    month: MonthKpis
    trend: tuple[MonthKpis, ...]


def dashboard(session: Session, month: date, months: int = 12) -> Dashboard:
    series = trend(session, month, months)
    return Dashboard(series[-1], series)


# --- the orders behind a figure ----------------------------------------------------------------------------

class Figure(StrEnum):
    FIRST_TIME_FIX = "first_time_fix"
    ON_TIME = "on_time"
    ON_TIME_ORIGINAL = "on_time_original"
    FOLLOW_UP = "follow_up"
    COMEBACK = "comeback"
    HOURS_IN_SHOP = "hours_in_shop"
    CARS_DELIVERED = "cars_delivered"
    REVENUE = "revenue"
    REVENUE_BY_PAYER = "revenue_by_payer"
    OPEN_DEPOSITS = "open_deposits"


def figure_ids(kpis: MonthKpis, figure: Figure) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """(the orders a figure counts, the orders it counts among) — equal for lists that are not rates."""
    rates = {Figure.FIRST_TIME_FIX: kpis.first_time_fix, Figure.ON_TIME: kpis.on_time,
             Figure.ON_TIME_ORIGINAL: kpis.on_time_original, Figure.FOLLOW_UP: kpis.follow_up,
             Figure.COMEBACK: kpis.comeback}
    if figure in rates:
        return rates[figure].numerator_ids, rates[figure].denominator_ids
    ids = {Figure.HOURS_IN_SHOP: kpis.hours_in_shop.order_ids,
           Figure.CARS_DELIVERED: kpis.first_time_fix.denominator_ids, Figure.REVENUE: kpis.revenue.order_ids,
           Figure.REVENUE_BY_PAYER: kpis.revenue.order_ids,
           Figure.OPEN_DEPOSITS: tuple(d.order_id for d in kpis.open_deposits)}[figure]
    return ids, ids


@dataclass(frozen=True)
class OrderLine:
    """One order in the list behind a figure."""

    order_id: int
    order_no: str
    plate: str
    customer: str
    status_label: str  # English domain label
    received_at: datetime | None
    ready_at: datetime | None  # the KPI's ready moment (QC passed, customer told)
    promised_at: datetime | None  # in force
    original_promised_at: datetime | None
    delivered_at: datetime | None
    hours_in_shop: Decimal | None
    total: Decimal  # labour + parts − discounts
    counted: bool  # in the figure's numerator


def order_lines(session: Session, order_ids: Sequence[int], counted_ids: Iterable[int] = ()) -> tuple[OrderLine, ...]:
    """The listed orders (in the given order), each marked whether the figure counts it."""
    counted = set(counted_ids)
    loaded = Loaded()
    rows = [row for chunk in chunked(order_ids) for row in order_rows_where(session, RepairOrder.id.in_(chunk))]
    charges, discounts = _charges(session, [row.id for row in rows], {row.id: row.payer for row in rows}, loaded)
    by_id = {row.id: row for row in rows}
    lines = []
    for order_id in order_ids:
        row = by_id.get(order_id)
        if row is None:
            continue
        facts = OrderFacts(row.id, row.status, row.received_at, row.ready_at, row.customer_told_at,
                           row.promised_at, row.original_promised_at, row.settled_at, row.delivered_at,
                           charges=tuple(charges.get(row.id, ())), discounts=tuple(discounts.get(row.id, ())))
        lines.append(OrderLine(
            row.id, row.order_no or f"#{row.id}", row.plate or "", row.name or "", STATUS_LABELS[row.status],
            row.received_at, kpi.ready_moment(facts), kpi.promise_in_force_of(facts), kpi.original_promise_of(facts),
            row.delivered_at, kpi.hours_in_shop_of(facts), kpi.money_of(facts).total, row.id in counted))
    return tuple(lines)


def orders_behind(session: Session, month: date, figure: Figure | str) -> tuple[OrderLine, ...]:
    """The orders behind one of the month's figures: the denominator's orders, numerator's marked counted."""
    counted, among = figure_ids(month_kpis(session, month), Figure(figure))
    return order_lines(session, among, counted)

