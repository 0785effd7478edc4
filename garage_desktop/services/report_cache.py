"""The KPI tab's numbers kept between clicks (issue 20): each order's KPI facts read once, read again only when
the audit trail says the order changed.

Twelve months of a busy garage are some 20,000 orders with their lines, calls and money: seconds to read. The tab
reads them once (``read_months``, off the UI thread, or ahead of time after start-up) into a ``ReportCache``;
from then on

- a month's figures are computed from the cached facts once and kept (``dashboard``): a click on a tile or a
  month already read reads nothing;
- after any change (``refresh``, before the tab shows its numbers) the cache asks the audit trail which orders
  changed since its last look (``services.changes``): exactly those are read again (and the earlier order of a
  comeback, whose comebacks they are), and only the months they touch are computed again. Another PC's changes
  come in the same way. When the trail says to start over (a customer or a car merged or edited, a long run of
  changes, a restored file) the cache empties: it is read again as on the first day;
- the orders behind a figure are listed from the cached facts, with their number, plate and customer read for
  those orders alone (``order_lines``).

The figures are those of ``services.reports`` (the same records through ``report_records``, the same arithmetic in
``domain.kpi``); ``tests/integration/test_report_cache.py`` compares the two after changes. A charge is kept
summed by category and payer per order (the figures only sum them).

Plain data and a Session in, plain data out: the cache itself holds no session and no Qt; the UI keeps one per
window and calls it through ``AppContext.read``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from garage_desktop.db.models import Customer, RepairOrder, Vehicle
from garage_desktop.documents.month import MonthKpis
from garage_desktop.domain import kpi
from garage_desktop.domain.kpi import DepositFacts, OrderFacts, Period
from garage_desktop.domain.settlement import Charge
from garage_desktop.services import changes, clock
from garage_desktop.services.changes import Mark
from garage_desktop.services.report_records import Loaded, chunked, deposit_facts, load, load_orders
from garage_desktop.services.reports import Dashboard, Figure, OrderLine, deposit_moment, figure_ids, kpis_from, order_line

# The running month's figures hold deposits held "now" (their days move with the clock): kept this long.
RUNNING_MONTH_KEPT = timedelta(minutes=1)


@dataclass(frozen=True)
class MonthsRead:
    """What ``read_months`` brought: the facts of every order the months' figures can count, as of ``mark``."""

    months: frozenset[date]
    facts: dict[int, OrderFacts]
    vehicles: dict[int, int | None]
    deposits: dict[int, DepositFacts] | None
    mark: Mark


def _runs(months: Iterable[date]) -> list[tuple[date, date]]:
    """Consecutive months as (first, last) runs."""
    runs: list[tuple[date, date]] = []
    for month in sorted(set(months)):
        if runs and kpi.shift_month(runs[-1][1], 1) == month:
            runs[-1] = (runs[-1][0], month)
        else:
            runs.append((month, month))
    return runs


def _summed(facts: OrderFacts) -> OrderFacts:
    """The facts with the charges summed by category and payer (all the figures do with them)."""
    if len(facts.charges) < 2:
        return facts
    sums: dict[tuple[object, object], Charge] = {}
    for charge in facts.charges:
        key = (charge.category, charge.payer)
        sums[key] = Charge(charge.category, charge.payer, sums[key].amount + charge.amount) if key in sums else charge
    return replace(facts, charges=tuple(sums.values()))


def read_months(session: Session, months: Iterable[date], *, deposits: bool = True) -> MonthsRead:
    """Read the KPI facts of every order the figures of ``months`` can count (consecutive months in one pass),
    and with ``deposits`` every order's deposits. Safe to run on a worker thread with its own session."""
    mark = changes.mark(session)  # first: whatever is committed after it is read again by the next ``refresh``
    facts: dict[int, OrderFacts] = {}
    vehicles: dict[int, int | None] = {}
    wanted = frozenset(kpi.month_period(m).start.date() for m in months)
    for first, last in _runs(wanted):
        loaded = load(session, Period(kpi.month_period(first).start, kpi.month_period(last).end), detail=False)
        facts.update((order_id, _summed(f)) for order_id, f in loaded.facts.items())
        vehicles.update(loaded.vehicles)
    held = {d.order_id: d for d in deposit_facts(session)} if deposits else None
    return MonthsRead(wanted, facts, vehicles, held, mark)


@dataclass(frozen=True)
class Shown:
    """How an order is named in the list behind a figure."""

    order_no: str
    plate: str
    customer: str


class ReportCache:
    """The facts of the orders of the months read, their figures per month, and the audit event seen last."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self._facts: dict[int, OrderFacts] = {}
        self._vehicles: dict[int, int | None] = {}
        self._deposits: dict[int, DepositFacts] | None = None
        self._months: set[date] = set()
        self._members: dict[date, set[int]] = defaultdict(set)
        self._kpis: dict[date, tuple[MonthKpis, datetime | None]] = {}
        self._shown: dict[int, Shown] = {}
        self._earlier: dict[int, int] = {}  # a comeback (cached or not) → the cached order it came back on
        self._mark: Mark | None = None
        self.resets = 0  # how often it started over (tests, the benchmark)
        self.computed = 0  # months computed (tests: a click computes nothing)

    # --- what is there -----------------------------------------------------------------------------------
    @staticmethod
    def window(last_month: date, months: int) -> list[date]:
        first = kpi.shift_month(last_month, -(months - 1))
        return [kpi.shift_month(first, step) for step in range(months)]

    def missing(self, last_month: date, months: int) -> list[date]:
        """The months of the trend up to ``last_month`` not read yet."""
        return [m for m in self.window(last_month, months) if m not in self._months]

    def has_deposits(self) -> bool:
        return self._deposits is not None

    def loaded_months(self) -> frozenset[date]:
        return frozenset(self._months)

    # --- taking in what was read ------------------------------------------------------------------------------
    def merge(self, read: MonthsRead) -> None:
        """Add what ``read_months`` read (on any thread; merged here, on the cache's). Orders already cached keep
        their facts; the next ``refresh`` reads again whatever changed since the older of the two marks."""
        if self._mark is None or read.mark[0] < self._mark[0]:
            self._mark = read.mark
        for order_id, facts in read.facts.items():
            if order_id not in self._facts:
                self._add(order_id, facts, read.vehicles.get(order_id))
        self._months |= read.months
        if self._deposits is None and read.deposits is not None:
            self._deposits = dict(read.deposits)
            self._kpis.clear()

    def _add(self, order_id: int, facts: OrderFacts, vehicle_id: int | None) -> set[date]:
        self._facts[order_id] = facts
        self._vehicles[order_id] = vehicle_id
        for later in facts.comeback_ids:
            self._earlier[later] = order_id
        months = kpi.months_touched(facts)
        for month in months:
            self._members[month].add(order_id)
            self._kpis.pop(month, None)
        return months

    def _drop(self, order_id: int) -> set[date]:
        facts = self._facts.pop(order_id, None)
        self._vehicles.pop(order_id, None)
        self._shown.pop(order_id, None)
        if facts is None:
            return set()
        for later in facts.comeback_ids:
            if self._earlier.get(later) == order_id:
                del self._earlier[later]
        months = kpi.months_touched(facts)
        for month in months:
            self._members[month].discard(order_id)
            self._kpis.pop(month, None)
        return months

    # --- keeping up with changes ------------------------------------------------------------------------------
    def refresh(self, session: Session) -> set[date]:
        """Read again the orders changed since the last look (the audit trail says which); the months whose
        figures that can change. Cheap when nothing changed: two lookups by primary key."""
        if self._mark is None:
            return set()
        changed = changes.since(session, self._mark)
        if changed.start_over:
            self._start_over()
            return set()
        touched = self._read_again(session, set(changed.order_ids)) if changed.order_ids else set()
        self._mark = changed.mark
        return touched

    def _start_over(self) -> None:
        resets = self.resets + 1
        self.reset()
        self.resets = resets

    def _read_again(self, session: Session, changed: set[int]) -> set[date]:
        """Read ``changed`` again, with the earlier order of each comeback among them (before and after)."""
        ids = set(changed) | {self._earlier[i] for i in changed if i in self._earlier} | {
            f.comeback_of_id for i in changed if (f := self._facts.get(i)) and f.comeback_of_id}
        loaded = load_orders(session, ids)
        earlier = {f.comeback_of_id for f in loaded.facts.values() if f.comeback_of_id} - ids
        if earlier:
            more = load_orders(session, earlier)
            loaded.facts.update(more.facts)
            loaded.vehicles.update(more.vehicles)
            ids |= earlier
        touched: set[date] = set()
        for order_id in ids:
            touched |= self._drop(order_id)
            facts = loaded.facts.get(order_id)
            if facts is not None and kpi.months_touched(facts) & self._months:
                touched |= self._add(order_id, _summed(facts), loaded.vehicles.get(order_id))
        if self._deposits is not None:
            before = {i: self._deposits.pop(i) for i in ids if i in self._deposits}
            after = {d.order_id: d for d in deposit_facts(session, ids)}
            self._deposits.update(after)
            if before != after:  # held at every month's end: every month's figure may move
                self._kpis.clear()
                touched |= set(self._months)
        return touched & self._months

    # --- the figures ------------------------------------------------------------------------------------------
    def month_kpis(self, month: date, now: datetime | None = None) -> MonthKpis:
        """The month's figures (read first: ``missing``), computed once per change."""
        month = kpi.month_period(month).start.date()
        if month not in self._months:
            raise KeyError(month)
        now = now or clock.now()
        kept = self._kpis.get(month)
        if kept is not None and (kept[1] is None or now < kept[1]):
            return kept[0]
        period = kpi.month_period(month)
        orders = sorted((self._facts[i] for i in self._members.get(month, ())), key=lambda f: f.order_id)
        held = kpi.open_deposits((self._deposits or {}).values(), deposit_moment(period))
        figures = kpis_from(Loaded(vehicles=self._vehicles), month, held, orders)
        self.computed += 1
        self._kpis[month] = (figures, now + RUNNING_MONTH_KEPT if period.end > now else None)
        return figures

    def dashboard(self, month: date, months: int = 12) -> Dashboard:
        series = tuple(self.month_kpis(m) for m in self.window(month, months))
        return Dashboard(series[-1], series)

    def order_lines(self, session: Session, kpis: MonthKpis, figure: Figure | str) -> tuple[OrderLine, ...]:
        """The orders behind one of the month's figures (``reports.orders_behind``), from the cached facts."""
        counted, among = figure_ids(kpis, Figure(figure))
        self._name(session, [i for i in among if i not in self._shown])
        wanted = set(counted)
        return tuple(order_line(self._facts[i], shown.order_no, shown.plate, shown.customer, i in wanted)
                     for i in among if i in self._facts and (shown := self._shown.get(i)) is not None)

    def _name(self, session: Session, order_ids: Sequence[int]) -> None:
        for chunk in chunked(order_ids):
            for order_id, order_no, plate, name in session.execute(
                    select(RepairOrder.id, RepairOrder.order_no, Vehicle.plate, Customer.name)
                    .outerjoin(Vehicle, Vehicle.id == RepairOrder.vehicle_id)
                    .outerjoin(Customer, Customer.id == RepairOrder.customer_id)
                    .where(RepairOrder.id.in_(chunk))):
                self._shown[order_id] = Shown(order_no or f"#{order_id}", plate or "", name or "")
