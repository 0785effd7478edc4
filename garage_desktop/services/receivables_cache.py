"""The receivables dialog's list and totals kept between openings (issue 20): every receivable read once, an order's
read again only when the audit trail says the order changed.

Ten years of a busy garage hold some 27,000 receivables; the query that lists them (or sums them by debtor and
age) aggregates every receivable payment and every collection ever recorded: a quarter to half a second each
time, however indexed. The window reads them all once (``read_all``, on a worker after start-up) into a
``ReceivablesCache``; from then on

- ``refresh`` (when the dialog opens, after a collection) asks the audit trail which orders changed since its
  last look (``services.changes``): exactly those orders' receivables are read again (one query for a few
  orders), theirs replaced. It starts over (empties, to be read again as on the first day) when the trail says
  so (a restored file, a car or a customer edited — a make names the maker that owes a 三包 — a long run of
  changes) or when an insurer was written (``services.insurers`` audits under ``"insurer"``, without an order:
  a renamed insurer renames the debtor of every claim it holds);
- the list (``rows``), the totals by debtor and age (``totals``) and what is open in all (``open_total``) are
  worked out from the rows kept: the same as ``services.receivables``' ``receivables``, ``debtor_totals`` and
  ``open_total`` for today (``tests/integration/test_receivables_cache.py`` compares them after changes). A
  receivable's age depends on the day asked: the rows keep the moment of the settlement and are aged again at the
  first look on a new day (no read).

Every receivable is kept, open or paid (the dialog lists the paid ones on demand): 27,000 slotted rows whose
repeated values (debtors, days, dates, amounts) are kept once, a few megabytes.

Plain data and a Session in, plain data out: the cache holds no session and no Qt; the UI keeps one per window
(``ui.receivables_reader``).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from garage_desktop.domain import ageing
from garage_desktop.domain.money import ZERO
from garage_desktop.services import changes, clock, receivables
from garage_desktop.services.changes import Mark
from garage_desktop.services.receivables import DebtorTotal, Receivable
from garage_desktop.services.report_cache import Same  # equal values kept once, as the figures keep them
from garage_desktop.services.report_records import chunked

# What the audit trail names an insurer's rows by (``services.insurers``): written, every debtor may be renamed.
RENAMING_ENTITIES = frozenset({"insurer"})


def sort_key(row: Receivable) -> tuple:
    """Where ``receivables`` lists ``row``: by debtor (those not known last; names by code point, as the database
    is asked to order them), payer, settlement, order number."""
    return row.debtor == "", row.debtor, row.payer.value, row.settled_at, row.order_no, row.order_id


@dataclass(frozen=True)
class ReceivablesRead:
    """Every receivable as of ``mark`` (taken before reading), aged on ``day``, in the list's order."""

    rows: list[Receivable]
    mark: Mark
    day: date


def read_all(session: Session) -> ReceivablesRead:
    """Read every receivable, open or paid (half a second on ten years): on a worker thread, with its own session."""
    mark = changes.mark(session)  # first: whatever is committed after it is read again by the next ``refresh``
    day = clock.now().date()
    rows = receivables.receivables(session, day, open_only=False, share=Same())
    rows.sort(key=sort_key)  # the database's order already; sorted here so that ``bisect`` finds its places
    return ReceivablesRead(rows, mark, day)


class ReceivablesCache:
    """Every receivable (``rows``, in the list's order, aged on ``day``) and the audit event seen last."""

    def __init__(self) -> None:
        self._rows: list[Receivable] = []
        self._mark: Mark | None = None
        self._day: date | None = None
        self._same = Same()
        self._totals: tuple[date, list[DebtorTotal]] | None = None  # worked out once per change and day
        self._open: list[Receivable] | None = None
        self.version = 0  # moves with every change taken in
        self.resets = 0  # how often it started over (tests)
        self.read_again = 0  # orders read again by ``refresh`` (tests: nothing changed, nothing read)

    @property
    def ready(self) -> bool:
        """Everything was read (``merge``) and the trail has not said to start over since."""
        return self._mark is not None

    def merge(self, read: ReceivablesRead) -> None:
        """Take in what ``read_all`` read (on any thread; taken in here, on the cache's): it replaces whatever was
        kept. The next ``refresh`` reads again what changed since its mark."""
        self._rows, self._mark, self._day = list(read.rows), read.mark, read.day
        self._same = Same()
        self._changed()

    def _changed(self) -> None:
        self.version += 1
        self._totals = None
        self._open = None

    def _start_over(self) -> None:
        self._rows, self._mark, self._day = [], None, None
        self.resets += 1
        self._changed()

    # --- keeping up with changes ------------------------------------------------------------------------------
    def refresh(self, session: Session) -> bool:
        """Read again the receivables of the orders changed since the last look (the audit trail says which);
        True when the list or totals changed. Cheap when nothing changed: two lookups by primary key. After a
        start-over the cache is not ``ready`` (read it all again: ``read_all``)."""
        if self._mark is None:
            return False
        changed = changes.since(session, self._mark)
        if changed.start_over or changed.entities & RENAMING_ENTITIES:
            self._start_over()
            return True
        moved = False
        if changed.order_ids:
            moved = self._read_again(session, changed.order_ids)
        self._mark = changed.mark
        return moved

    def _read_again(self, session: Session, order_ids: Iterable[int]) -> bool:
        day = self._aged(clock.now().date())
        ids = set(order_ids)
        fresh: list[Receivable] = []
        for chunk in chunked(ids):
            fresh.extend(receivables.receivables(session, day, open_only=False, order_ids=chunk, share=self._same))
        self.read_again += len(ids)
        kept = [r for r in self._rows if r.order_id in ids]
        if sorted(kept, key=sort_key) == sorted(fresh, key=sort_key):
            return False
        self._rows = [r for r in self._rows if r.order_id not in ids]
        for row in fresh:
            bisect.insort(self._rows, row, key=sort_key)
        self._changed()
        return True

    def _aged(self, day: date) -> date:
        """The rows aged on ``day`` (read nothing: the settlement's moment is kept)."""
        if day != self._day:
            ages: dict[date, int] = {}  # a settlement day's age, worked out (and kept) once
            aged = []
            for r in self._rows:
                settled = r.settled_at.date()
                days = ages.get(settled)
                if days is None:
                    days = ages[settled] = ageing.age_days(settled, day)
                aged.append(Receivable(r.order_id, r.order_no, r.plate, r.customer, r.payer, r.debtor, r.insurer_id,
                                       r.assessment_ref, r.settled_at, r.amount, r.collected, r.last_collected_on,
                                       days))
            self._rows = aged
            self._day = day
            self._changed()
        return day

    # --- what the dialog shows ----------------------------------------------------------------------------------
    def rows(self, *, open_only: bool = True) -> list[Receivable]:
        """The receivables as ``receivables.receivables`` lists them today (a new list each time: the caller's)."""
        self._aged(clock.now().date())
        if not open_only:
            return list(self._rows)
        if self._open is None:
            self._open = [r for r in self._rows if r.open > 0]
        return list(self._open)

    def row(self, order_id: int, payer: object) -> Receivable | None:
        """One order's receivable from ``payer`` as kept (None when it has none)."""
        self._aged(clock.now().date())
        return next((r for r in self._rows if r.order_id == order_id and r.payer == payer), None)

    def totals(self) -> list[DebtorTotal]:
        """What each debtor owes today by age bucket: ``receivables.debtor_totals``, worked out from the rows."""
        day = self._aged(clock.now().date())
        if self._totals is not None and self._totals[0] == day:
            return list(self._totals[1])
        sums: dict[tuple[str, str], tuple[int, list[Decimal]]] = {}
        payers = {}
        buckets: dict[int, int] = {}  # an age's bucket, worked out once
        for r in self._rows:
            owed = r.amount - r.collected
            if owed <= 0:
                continue
            key = (r.debtor, r.payer.value)
            found = sums.get(key)
            if found is None:
                found = sums[key] = (0, [ZERO] * (len(ageing.LIMITS) + 1))
                payers[key] = r.payer
            bucket = buckets.get(r.days)
            if bucket is None:
                bucket = buckets[r.days] = ageing.bucket(r.days)
            found[1][bucket] += owed
            sums[key] = (found[0] + 1, found[1])
        totals = [DebtorTotal(debtor, payers[(debtor, payer)], orders, ageing.Aged(tuple(amounts)))
                  for (debtor, payer), (orders, amounts) in sums.items()]
        totals.sort(key=lambda t: (t.debtor == "", t.debtor, t.payer.value))
        self._totals = (day, totals)
        return list(totals)

    def open_total(self) -> Decimal:
        """What the makers and insurers still owe today: ``receivables.open_total``."""
        return sum((t.open for t in self.totals()), ZERO)
