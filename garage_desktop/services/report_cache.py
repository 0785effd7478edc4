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
- the months before the window (``far_figures``, a month at a time, after start-up: ``ui.tabs.reports_tab``'s
  backfill) keep their figures alone, their facts dropped (a month's figures hold its counts, sums and order ids,
  not every order's moments, calls and charges). ``refresh`` drops the figures of every far month the changed orders count in, before
  or after the change (their months now, the months whose figures list them, the earlier order of a comeback,
  kept for each far month's comebacks), to be computed again; a start-over drops them all. A month the window
  lets go keeps its figures the same way. The orders behind a far month's figures need its facts: read again;
- the orders behind a figure are listed from the cached facts, with their number, plate and customer read for
  those orders alone (``order_lines``; the KPI tab lists them with ``listed`` and makes a row's line
  only when it is shown).

The figures are those of ``services.reports`` (the same records through ``report_records``, the same arithmetic in
``domain.kpi``); ``tests/integration/test_report_cache.py`` compares the two after changes. A charge is kept
summed by category and payer per order (the figures only sum them).

Plain data and a Session in, plain data out: the cache itself holds no session and no Qt; the UI keeps one per
window and calls it through ``AppContext.read``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from garage_desktop.db.models import Customer, RepairOrder, Vehicle
from garage_desktop.documents.month import MonthKpis
from garage_desktop.domain import kpi
from garage_desktop.domain.kpi import Call, DepositFacts, OrderFacts
from garage_desktop.domain.settlement import Charge, Reduction
from garage_desktop.services import changes, clock
from garage_desktop.services.changes import Mark
from garage_desktop.services.report_records import (
    Loaded,
    chunked,
    deposit_facts,
    load,
    load_orders,
    window_condition,
)
from garage_desktop.services.reports import (
    Dashboard,
    Figure,
    OrderLine,
    deposit_moment,
    figure_ids,
    kpis_from,
    order_line,
)

# The running month's figures hold deposits held "now" (their days move with the clock): kept this long.
RUNNING_MONTH_KEPT = timedelta(minutes=1)

_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class Shown:
    """How an order is named in the list behind a figure."""

    order_no: str
    plate: str
    customer: str


@dataclass(frozen=True)
class MonthsRead:
    """What ``read_months`` brought: the facts of every order the months' figures can count, as of ``mark``; with
    deposits known, the months' figures computed and the orders' names read too (on the worker, not on the UI
    thread), for a cache that has not changed since ``version``."""

    months: frozenset[date]
    facts: dict[int, OrderFacts]
    vehicles: dict[int, int | None]
    deposits: dict[int, DepositFacts] | None
    mark: Mark
    kpis: dict[date, tuple[MonthKpis, datetime | None]] = field(default_factory=dict)
    names: dict[int, Shown] = field(default_factory=dict)
    version: int | None = None


class Same:
    """Equal values read for many orders kept once (issue 20): the read-ahead keeps some 20,000 orders, whose
    moments, amounts, charges, plates and customers repeat (a promise is often the original one, a charge the same
    category, payer and amount as another's); one object each instead of one per order saves megabytes. Lives for
    one read: what it holds is what the cache keeps anyway."""

    def __init__(self) -> None:
        self._seen: dict[object, object] = {}

    def __call__(self, value: _T) -> _T:
        if value is None:
            return value
        # Decimal("1.0") == Decimal("1.00"): amounts are told apart by their digits too, so none changes its look
        key = (Decimal, str(value)) if isinstance(value, Decimal) else value
        return self._seen.setdefault(key, value)  # type: ignore[return-value]

    def charge(self, charge: Charge) -> Charge:
        amount = self(charge.amount)
        return self._seen.setdefault((Charge, charge.category, charge.payer, id(amount)),  # type: ignore[return-value]
                                     charge if amount is charge.amount else Charge(charge.category, charge.payer,
                                                                                   amount))

    def facts(self, facts: OrderFacts) -> OrderFacts:
        """``facts`` with the charges summed by category and payer (all the figures do with them), and its
        values shared with the orders read before."""
        charges = facts.charges
        if len(charges) > 1:
            sums: dict[tuple[object, object], Charge] = {}
            for charge in charges:
                key = (charge.category, charge.payer)
                sums[key] = Charge(charge.category, charge.payer, sums[key].amount + charge.amount) \
                    if key in sums else charge
            charges = tuple(sums.values())
        charges = tuple(self.charge(c) for c in charges)
        if charges:
            charges = self._seen.setdefault((tuple, *map(id, charges)), charges)  # type: ignore[assignment]
        f, same = facts, self
        return OrderFacts(
            f.order_id, f.status, same(f.received_at), same(f.ready_at), same(f.customer_told_at),
            same(f.promised_at), same(f.original_promised_at), same(f.settled_at), same(f.delivered_at),
            f.passed_qc_first_time, f.comeback_of_id, f.comeback_ids,
            tuple(Call(same(c.called_at), c.reached) for c in f.calls) if f.calls else (), charges,
            tuple(Reduction(d.payer, same(d.amount)) for d in f.discounts) if f.discounts else (), f.declined)


def _summed(facts: OrderFacts, same: Same | None = None) -> OrderFacts:
    """The facts with the charges summed by category and payer, their values shared through ``same``."""
    return (same or Same()).facts(facts)


def read_months(session: Session, months: Iterable[date], *, deposits: bool = True,
                known: dict[int, DepositFacts] | None = None, version: int | None = None,
                complete: bool = False) -> MonthsRead:
    """Read the KPI facts of every order the figures of ``months`` can count, and with ``deposits`` every order's
    deposits. ``complete`` (the deposits read or ``known``): the months'
    figures computed and their orders' names read as well. Safe to run on a worker thread with its own session."""
    mark = changes.mark(session)  # first: whatever is committed after it is read again by the next ``refresh``
    facts: dict[int, OrderFacts] = {}
    vehicles: dict[int, int | None] = {}
    names: dict[int, Shown] = {}
    same = Same()
    wanted = frozenset(kpi.month_period(m).start.date() for m in months)
    # A month at a time: what a read holds on the way (rows, every line's charge) is a month's, not a year's —
    # the memory a process takes it keeps — at the price of the orders two months share being read twice.
    for month in sorted(wanted):
        period = kpi.month_period(month)
        loaded = load(session, period, detail=False)
        facts.update((order_id, _summed(f, same)) for order_id, f in loaded.facts.items())
        vehicles.update(loaded.vehicles)
        if complete:
            names.update(_names(session, window_condition(period), same=same))
    held = {d.order_id: d for d in deposit_facts(session)} if deposits else None
    figures: dict[date, tuple[MonthKpis, datetime | None]] = {}
    if complete and (held if held is not None else known) is not None:
        members: dict[date, list[OrderFacts]] = defaultdict(list)
        for order_facts in facts.values():
            for month in kpi.months_touched(order_facts) & wanted:
                members[month].append(order_facts)
        for month in wanted:
            figures[month] = _figures(month, members.get(month, []), vehicles,
                                      (held if held is not None else known or {}).values())
    return MonthsRead(wanted, facts, vehicles, held, mark, figures, names, version)


def _figures(month: date, members: Iterable[OrderFacts], vehicles: dict[int, int | None],
             deposits: Iterable[DepositFacts], now: datetime | None = None) -> tuple[MonthKpis, datetime | None]:
    """The month's figures and until when they hold (the running month's deposits are counted "now")."""
    now = now or clock.now()
    period = kpi.month_period(month)
    orders = sorted(members, key=lambda f: f.order_id)
    figures = kpis_from(Loaded(vehicles=vehicles), month, kpi.open_deposits(deposits, deposit_moment(period)), orders)
    return figures, now + RUNNING_MONTH_KEPT if period.end > now else None


def _names(session: Session, *where: object, same: Same | None = None) -> dict[int, Shown]:
    same = same or Same()
    rows = session.execute(select(RepairOrder.id, RepairOrder.order_no, Vehicle.plate, Customer.name)
                           .outerjoin(Vehicle, Vehicle.id == RepairOrder.vehicle_id)
                           .outerjoin(Customer, Customer.id == RepairOrder.customer_id).where(*where))
    return {order_id: Shown(order_no or f"#{order_id}", same(plate or ""), same(name or ""))
            for order_id, order_no, plate, name in rows}


@dataclass(frozen=True)
class FarRead:
    """What ``far_figures`` computed of a month before the window: its figures (the deposits held left to the
    cache, which knows them now), the comebacks of its orders, as of ``mark``, for a cache started over ``resets``
    times. Its facts are not in it: they were dropped on the worker."""

    month: date
    kpis: MonthKpis
    comebacks: dict[int, int]  # a comeback → the earlier order of the month it came back on
    mark: Mark
    resets: int


def far_figures(session: Session, month: date, resets: int = 0) -> FarRead:
    """The figures of ``month`` as ``read_months`` computes them, without keeping its facts: what the cache keeps
    of every month before the window (the backfill, one month per call). Safe on a worker thread."""
    mark = changes.mark(session)  # first, as ``read_months``
    period = kpi.month_period(month)
    month = period.start.date()
    loaded = load(session, period, detail=False)
    members = sorted((f for f in loaded.facts.values() if month in kpi.months_touched(f)), key=lambda f: f.order_id)
    kpis = kpis_from(Loaded(vehicles=loaded.vehicles), month, (), members)
    comebacks = {later: f.order_id for f in members for later in f.comeback_ids}
    return FarRead(month, kpis, comebacks, mark, resets)


def first_month(session: Session) -> date | None:
    """The month of the garage's first order (received, ready, settled or delivered: the earliest), None for
    none; each a lookup in its column's index."""
    firsts = [session.scalar(select(func.min(column))) for column in (
        RepairOrder.received_at, RepairOrder.ready_at, RepairOrder.settled_at, RepairOrder.delivered_at)]
    known = [moment for moment in firsts if moment is not None]
    return date(min(known).year, min(known).month, 1) if known else None


def listed_ids(kpis: MonthKpis) -> tuple[tuple[int, ...], ...]:
    """Every list of orders a month's figures hold (the deposits apart): an order that counts in the month in any
    way is in one of them."""
    rates = (kpis.first_time_fix, kpis.on_time, kpis.on_time_original, kpis.follow_up, kpis.comeback)
    return (*(r.numerator_ids for r in rates), *(r.denominator_ids for r in rates), kpis.hours_in_shop.order_ids,
            kpis.revenue.order_ids)


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
        # Far months (before the window; issue 20): their figures alone, no facts. The highest order id each lists
        # (an order changed above it is not in it: the orders in the shop), and each comeback's earlier order
        # (the comeback's change moves the earlier order's figures, and its facts are gone).
        self._far: dict[date, MonthKpis] = {}
        self._far_top: dict[date, int] = {}
        self._far_earlier: dict[int, int] = {}
        self.first_month: date | None = None  # of the garage's first order, once looked up (``first_month``)
        self.version = getattr(self, "version", 0) + 1  # moves with every change taken in (``read_job``)
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

    def read_job(self, months: Sequence[date]) -> Callable[[Session], MonthsRead]:
        """``read_months`` of ``months`` for a worker thread: with the deposits known now (read then if not), so
        the worker computes the months' figures too; taken in by ``merge`` if nothing changed meanwhile."""
        known = dict(self._deposits) if self._deposits is not None else None
        version, wanted = self.version, list(months)

        def job(session: Session) -> MonthsRead:
            return read_months(session, wanted, deposits=known is None, known=known, version=version,
                               complete=True)
        return job

    def loaded_months(self) -> frozenset[date]:
        return frozenset(self._months)

    def has_figures(self, month: date) -> bool:
        """The month's figures can be shown now: its facts read, or its figures kept (a far month)."""
        return month in self._months or month in self._far

    def far_months(self) -> frozenset[date]:
        """The months whose figures alone are kept."""
        return frozenset(self._far)

    # --- the far months: their figures alone, computed by a backfill (issue 20) ----------------------------------
    def next_far(self, before: date, trend: int = 12) -> date | None:
        """The newest month before ``before``, back to the garage's first (and the ``trend`` - 1 months before it,
        empty, which the first months' trends show), with neither facts nor figures kept: the backfill's next
        (None when done, or before the first month is known)."""
        if self.first_month is None or self._mark is None or self._deposits is None:
            return None
        month, last = kpi.shift_month(before, -1), kpi.shift_month(self.first_month, -(trend - 1))
        while month >= last:
            if month not in self._far and month not in self._months:
                return month
            month = kpi.shift_month(month, -1)
        return None

    def far_job(self, month: date) -> Callable[[Session], FarRead]:
        """``far_figures`` of ``month`` for a worker thread; kept by ``keep_far``."""
        resets = self.resets
        return lambda session: far_figures(session, month, resets)

    def keep_far(self, read: FarRead) -> bool:
        """Keep the figures ``far_figures`` computed, with the deposits held as known now, unless the cache has
        taken in a change since they were read (or started over): then they may be stale, and the backfill
        computes them again. Whether they were kept."""
        if read.resets != self.resets or self._mark is None or self._deposits is None \
                or read.mark[0] < self._mark[0]:
            return False
        self._keep_far(read.month, read.kpis, read.comebacks)
        return True

    def _keep_far(self, month: date, kpis: MonthKpis, comebacks: dict[int, int]) -> None:
        self._far[month] = self._with_deposits(kpis)
        self._far_top[month] = max((max(ids) for ids in listed_ids(kpis) if ids), default=0)
        self._far_earlier.update(comebacks)

    def _with_deposits(self, kpis: MonthKpis) -> MonthKpis:
        """``kpis`` with the deposits held at its month's end as the cache knows them."""
        held = kpi.open_deposits((self._deposits or {}).values(), deposit_moment(kpis.period))
        return kpis if held == kpis.open_deposits else replace(kpis, open_deposits=held)

    def _drop_far(self, order_ids: set[int], facts: Iterable[OrderFacts]) -> set[date]:
        """Drop the kept figures of the far months the orders ``order_ids`` (now ``facts``) count in, before or
        after their change: the months their facts fall in now, and the months whose figures list them (looked
        through only where an order that old can be). The months dropped."""
        dropped = set()
        low = min(order_ids, default=0)
        for month, top in self._far_top.items():
            if low <= top and any(not order_ids.isdisjoint(ids) for ids in listed_ids(self._far[month])):
                dropped.add(month)
        for order_facts in facts:
            dropped |= kpi.months_touched(order_facts) & self._far.keys()
            for later in order_facts.comeback_ids:
                self._far_earlier[later] = order_facts.order_id
        for month in dropped:
            del self._far[month], self._far_top[month]
        return dropped

    def __contains__(self, order_id: object) -> bool:
        """The order's facts are kept."""
        return order_id in self._facts

    def keep(self, months: Iterable[date]) -> set[date]:
        """Let go of every month read but ``months``: their figures, and the facts and names of the orders that
        count in none of the months kept (issue 20: browsing back through ten years would otherwise keep each
        month looked at, some 1.5 MB a month of a busy garage, for the window's life). A month let go is read
        again when it is wanted. The months let go."""
        wanted = {kpi.month_period(m).start.date() for m in months}
        gone = self._months - wanted
        if not gone:
            return set()
        for month in gone:  # the figures of a month let go are kept as a far month's (facts dropped)
            kept = self._kpis.get(month)
            if kept is not None and kept[1] is None:
                members = (self._facts[i] for i in self._members.get(month, ()) if i in self._facts)
                self._keep_far(month, kept[0], {later: f.order_id for f in members for later in f.comeback_ids})
        kept_ids: set[int] = set()
        for month in self._months & wanted:
            kept_ids |= self._members.get(month, set())
        for order_id in [i for i in self._facts if i not in kept_ids]:
            self._drop(order_id)
        for month in gone:
            self._kpis.pop(month, None)
        self._months -= gone
        for month in [m for m, members in self._members.items() if not members]:
            del self._members[month]
        for order_id in [i for i in self._shown if i not in self._facts]:
            del self._shown[order_id]
        self.version += 1
        return gone

    # --- taking in what was read ------------------------------------------------------------------------------
    def merge(self, read: MonthsRead) -> None:
        """Add what ``read_months`` read (on any thread; merged here, on the cache's). Orders already cached keep
        their facts; the next ``refresh`` reads again whatever changed since the older of the two marks (and drops
        the figures of the months it touches)."""
        unchanged = read.version is not None and read.version == self.version
        if self._mark is None or read.mark[0] < self._mark[0]:
            self._mark = read.mark
        for order_id, facts in read.facts.items():
            if order_id not in self._facts:
                self._add(order_id, facts, read.vehicles.get(order_id))
        self._months |= read.months
        if self._deposits is None and read.deposits is not None:
            self._deposits = dict(read.deposits)
            self._kpis.clear()
        for order_id, shown in read.names.items():
            self._shown.setdefault(order_id, shown)
        if unchanged:  # nothing taken in since the job was made: its figures agree with the cache
            for month, kept in read.kpis.items():
                self._kpis.setdefault(month, kept)

    def _add(self, order_id: int, facts: OrderFacts, vehicle_id: int | None) -> set[date]:
        self.version += 1
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
        self.version += 1
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
            f.comeback_of_id for i in changed if (f := self._facts.get(i)) and f.comeback_of_id} | {
            self._far_earlier[i] for i in changed if i in self._far_earlier}
        loaded = load_orders(session, ids)
        earlier = {f.comeback_of_id for f in loaded.facts.values() if f.comeback_of_id} - ids
        if earlier:
            more = load_orders(session, earlier)
            loaded.facts.update(more.facts)
            loaded.vehicles.update(more.vehicles)
            ids |= earlier
        far = self._drop_far(ids, loaded.facts.values()) if self._far else set()
        touched: set[date] = set()
        for order_id in ids:
            touched |= self._drop(order_id)
            facts = loaded.facts.get(order_id)
            if facts is not None and kpi.months_touched(facts) & self._months:
                touched |= self._add(order_id, _summed(facts), loaded.vehicles.get(order_id))
        if self._deposits is not None:
            self.version += 1
            before = {i: self._deposits.pop(i) for i in ids if i in self._deposits}
            after = {d.order_id: d for d in deposit_facts(session, ids)}
            self._deposits.update(after)
            if before != after:  # held at every month's end: every month's figure may move
                self._kpis.clear()
                touched |= set(self._months)
                for month, kpis in self._far.items():
                    self._far[month] = self._with_deposits(kpis)
        return touched & self._months | far

    # --- the figures ------------------------------------------------------------------------------------------
    def month_kpis(self, month: date, now: datetime | None = None) -> MonthKpis:
        """The month's figures (read first: ``missing``), computed once per change."""
        month = kpi.month_period(month).start.date()
        if month not in self._months:
            return self._far[month]  # a far month's figures kept (KeyError: neither read nor kept)
        now = now or clock.now()
        kept = self._kpis.get(month)
        if kept is not None and (kept[1] is None or now < kept[1]):
            return kept[0]
        self._kpis[month] = _figures(month, (self._facts[i] for i in self._members.get(month, ())), self._vehicles,
                                     (self._deposits or {}).values(), now)
        self.computed += 1
        return self._kpis[month][0]

    def dashboard(self, month: date, months: int = 12, *, partial: bool = False) -> Dashboard:
        """``month`` and its trend; ``partial``: the trend's months neither read nor kept are None (``month`` must
        be one or the other)."""
        series = tuple(self.month_kpis(m) if not partial or self.has_figures(m) else None
                       for m in self.window(month, months))
        return Dashboard(self.month_kpis(month), series)  # type: ignore[arg-type]

    def order_lines(self, session: Session, kpis: MonthKpis, figure: Figure | str) -> tuple[OrderLine, ...]:
        """The orders behind one of the month's figures (``reports.orders_behind``), from the cached facts."""
        counted, among = figure_ids(kpis, Figure(figure))
        self.read_names(session, among)
        wanted = set(counted)
        return tuple(order_line(facts, shown.order_no, shown.plate, shown.customer, facts.order_id in wanted)
                     for facts, shown in self.listed(among))

    def unnamed(self, order_ids: Iterable[int]) -> list[int]:
        """The orders among ``order_ids`` whose number, plate and customer have not been read yet."""
        return [i for i in order_ids if i not in self._shown]

    def read_names(self, session: Session, order_ids: Iterable[int]) -> None:
        """Read the names of the orders among ``order_ids`` not named yet (``listed`` then lists them)."""
        for chunk in chunked(self.unnamed(order_ids)):
            self._shown.update(_names(session, RepairOrder.id.in_(chunk)))

    def listed(self, order_ids: Iterable[int]) -> list[tuple[OrderFacts, Shown]]:
        """The orders among ``order_ids`` with their facts and names kept, in that order: what the list behind a
        figure shows, each a line (``reports.order_line``) made only when it is looked at — a month's 1,500
        orders are not all on screen (issue 20)."""
        facts, shown = self._facts, self._shown
        return [(f, s) for i in order_ids if (f := facts.get(i)) is not None and (s := shown.get(i)) is not None]
