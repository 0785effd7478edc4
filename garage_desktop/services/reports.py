"""The reports' one place for numbers: a month's KPIs, the 12-month trend and the orders behind each figure.

The KPI tab, the month-end workbook (``services.month_report``) and any printed summary all read them from
here: the records come from ``services.report_records`` (a few set-based queries per window of time) and the
arithmetic is ``domain.kpi``'s.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy.orm import Session

from garage_desktop.db.models import RepairOrder
from garage_desktop.documents.month import MonthKpis
from garage_desktop.domain import kpi, lifecycle
from garage_desktop.domain.kpi import OpenDeposit, OrderFacts, Period
from garage_desktop.domain.lifecycle import STATUS_LABELS
from garage_desktop.services import clock
from garage_desktop.services.report_records import (
    Loaded,
    charges_of,
    chunked,
    deposit_facts,
    free_comebacks,
    load,
    order_rows_where,
)


def deposits_held(session: Session, at: datetime) -> tuple[OpenDeposit, ...]:
    """Deposits held at ``at`` (cars out on a deposit, neither settled nor refunded then)."""
    return kpi.open_deposits(deposit_facts(session), at)


# --- the figures -------------------------------------------------------------------------------------------

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
    trend: tuple[MonthKpis | None, ...]  # None: a month not read yet (the Reports tab fills it in when it is)


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
    free = free_comebacks(session, {row.id: row.comeback_of_id for row in rows if row.comeback_of_id})
    charges, discounts = charges_of(session, [row.id for row in rows], {row.id: row.payer for row in rows}, loaded,
                                    free)
    by_id = {row.id: row for row in rows}
    lines = []
    for order_id in order_ids:
        row = by_id.get(order_id)
        if row is None:
            continue
        facts = OrderFacts(row.id, row.status, row.received_at, row.ready_at, row.customer_told_at,
                           row.promised_at, row.original_promised_at, row.settled_at, row.delivered_at,
                           charges=tuple(charges.get(row.id, ())), discounts=tuple(discounts.get(row.id, ())),
                           declined=lifecycle.declined(row.status, row.cancel_reason))
        lines.append(order_line(facts, row.order_no or f"#{row.id}", row.plate or "", row.name or "",
                                row.id in counted))
    return tuple(lines)


def order_line(facts: OrderFacts, order_no: str, plate: str, customer: str, counted: bool) -> OrderLine:
    """One order of the list behind a figure, from its KPI facts (``services.report_cache`` keeps them)."""
    return OrderLine(facts.order_id, order_no, plate, customer, STATUS_LABELS[facts.status], facts.received_at,
                     kpi.ready_moment(facts), kpi.promise_in_force_of(facts), kpi.original_promise_of(facts),
                     facts.delivered_at, kpi.hours_in_shop_of(facts), kpi.money_of(facts).total, counted)


def orders_behind(session: Session, month: date, figure: Figure | str) -> tuple[OrderLine, ...]:
    """The orders behind one of the month's figures: the denominator's orders, numerator's marked counted."""
    counted, among = figure_ids(month_kpis(session, month), Figure(figure))
    return order_lines(session, among, counted)

