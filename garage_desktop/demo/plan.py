"""The demo garage's orders planned on a working-hours line: where each ends, its path, when each step is.

``Planner`` decides, for each order of the demo, the status it ends in and the events that take it there
(checked against ``domain.lifecycle``), places the steps in working hours — in the past, ending about now for
the cars in the shop, ahead for bookings —, picks a car that is free at the time, the people who serve it and
who pays. ``demo.orders`` then writes each plan by walking it through ``orders.transition``.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from garage_desktop.demo import names
from garage_desktop.domain import lifecycle
from garage_desktop.domain.classes import FuelType, Payer
from garage_desktop.domain.lifecycle import Event, OrderStatus
from garage_desktop.domain.warranty import WARRANTY

S, E = OrderStatus, Event
BAYS = 4  # the demo garage's bays: one booked hour goes over them
# In-shop stages every demo shows, in the order a small demo keeps them.
SHOP_STAGES = (S.RECEIVED, S.ESTIMATED, S.CONFIRMED, S.DISPATCHED, S.IN_REPAIR, S.AWAITING_APPROVAL,
               S.QC_PENDING, S.REWORK, S.READY, S.SETTLED)
LATE_STAGES = (S.IN_REPAIR, S.REWORK)  # the first order at each of these stages is late ...
AT_RISK_STAGES = (S.DISPATCHED, S.QC_PENDING)  # ... and at each of these, promised within the hour
# 包修期 of a family car (家用汽車產品修理更換退貨責任規定): the maker pays a defect's repair for 3 years or
# 60,000 km from the sale, whichever ends first.
MAKER_WARRANTY_DAYS, MAKER_WARRANTY_KM = 3 * 365, 60_000
TRIES = 20  # times an order is planned again when no car for it is free, before one is taken all the same


def _minutes(moment: time) -> int:
    return moment.hour * 60 + moment.minute


class Timeline:
    """Working minutes (opening to closing, every day) as one integer line, so no step falls at night."""

    def __init__(self, now: datetime, opening: time, closing: time) -> None:
        self.now, self.opening = now, opening
        self.day = _minutes(closing) - _minutes(opening)
        self.origin = now.date() - timedelta(days=400)
        self.today = (now.date() - self.origin).days * self.day  # today's opening
        into_day = _minutes(now.time()) - _minutes(opening)
        # Before opening, "now" on the line is the end of yesterday; after closing, the end of today.
        self.now_w = self.today - 1 if into_day < 0 else self.today + min(into_day, self.day - 1)

    def at(self, w: int) -> datetime:
        days, minute = divmod(w, self.day)
        return datetime.combine(self.origin + timedelta(days=days), self.opening) + timedelta(minutes=minute)

    def past(self, w: int) -> datetime:
        """The moment ``w``, or now if that is later (extra stamps after the last step stay in the past)."""
        return self.at(min(w, self.now_w))


@dataclass
class Car:
    id: int
    customer_id: int
    model: names.CarModel
    plate: str
    vin: str
    year: int
    colour: str
    model_class_id: int | None
    coefficient: Decimal
    registered: date
    km_per_day: int
    busy: list[tuple[int, int]] = field(default_factory=list)  # work-minute spans of its orders

    def mileage(self, when: datetime) -> int:
        return 300 + self.km_per_day * max(0, (when.date() - self.registered).days)

    def under_maker_warranty(self, when: datetime) -> bool:
        """Whether a defect found at ``when`` is the maker's to pay (三包): within the 包修期 by date and km."""
        return ((when.date() - self.registered).days <= MAKER_WARRANTY_DAYS
                and self.mileage(when) <= MAKER_WARRANTY_KM)

    def free(self, start: int, end: int, margin: int) -> bool:
        return all(end + margin < s or start - margin > e for s, e in self.busy)


# What ``Planner._car_for`` answers when every car that suits the job is in the shop at the time.
BUSY = Car(0, 0, names.CAR_MODELS[0], "", "", 0, "", None, Decimal(1), date.min, 0)


@dataclass
class Plan:
    """One order before it is written: where it ends, its path through the lifecycle and when each step is."""

    final: OrderStatus
    # What makes it special: "late" / "at_risk" (today's board), "added" (added work), "qc_fail" (failed QC
    # once), "deposit" (left on a deposit), "booking" (a booking cancelled before the car came), "today" /
    # "over_capacity" (where a booking goes), "overdue_call" (follow-up call not made in time), "comeback",
    # "warranty" (a defect the maker pays, 三包), "split" (an insurance claim with added work the customer
    # pays: two payers), "extra" (a part asked for beyond the plan on a 用料批條, written by ``demo.build``).
    flags: frozenset[str]
    job: names.Job
    booked: bool
    events: list[Event]
    repair_minutes: int
    times: list[int] = field(default_factory=list)
    start: int = 0  # the booked slot, or the walk-in's reception
    created: int = 0
    car: Car | None = None
    payer: Payer = Payer.SELF
    promised: datetime | None = None
    comeback_of: Plan | None = None
    order_id: int = 0
    order_no: str | None = None
    people: dict[str, int] = field(default_factory=dict)
    labour: list[dict[str, Any]] = field(default_factory=list)
    parts: list[dict[str, Any]] = field(default_factory=list)
    approval: dict[str, Any] | None = None
    qc_attempts: int = 0

    def when(self, event: Event) -> int | None:
        return self.times[self.events.index(event)] if event in self.events else None

    @property
    def received(self) -> int | None:
        return self.start if not self.booked else self.when(E.RECEIVE)


def _path(final: OrderStatus, flags: frozenset[str], booked: bool) -> list[Event]:
    """The events that take a new order (booked or walked in) to ``final``, checked by the state machine."""
    if final is S.NO_SHOW:
        return [E.NO_SHOW]
    if final is S.CANCELLED and "booking" in flags:
        return [E.CANCEL]
    full = [E.RECEIVE] if booked else []
    full += [E.ESTIMATE] + ([E.CANCEL] if final is S.CANCELLED else [E.CONFIRM, E.DISPATCH, E.START_REPAIR])
    full += [E.PROPOSE_ADDED_WORK, E.ANSWER_ADDED_WORK] if "added" in flags else []
    full += [E.FINISH_REPAIR] + ([E.QC_FAIL, E.REWORK_DONE] if "qc_fail" in flags else []) + [E.QC_PASS]
    if "deposit" in flags:
        full += [E.RELEASE_ON_DEPOSIT] + ([E.REFUND_DEPOSIT] if final is S.REFUNDED else [E.SETTLE, E.FOLLOW_UP])
    else:
        full += [E.SETTLE, E.DELIVER, E.FOLLOW_UP]
    status = S.BOOKED if booked else S.RECEIVED
    for index, event in enumerate([None, *full]):
        if event is not None:
            status = lifecycle.apply(event, status, reason="-")
        if status is final:
            return full[:index]
    raise AssertionError(f"no path to {final}")  # pragma: no cover - the flags always allow the path


class Planner:
    """Plans the demo's orders over the last four months and the coming week."""

    def __init__(self, rng: random.Random, line: Timeline, cars: list[Car], people: dict[str, list[int]],
                 foremen: dict[str, int], wanted: int) -> None:
        self.rng, self.line, self.cars, self.people, self.foremen = rng, line, cars, people, foremen
        self.wanted = wanted
        self.slots: Counter[int] = Counter()

    def plans(self) -> list[Plan]:
        """Every order, sorted and numbered: ids in the order they were created."""
        finals = self._finals()
        plans = [self._plan(final, flags) for final, flags in finals if "comeback" not in flags]
        plans += [self._comeback(plans) for _final, flags in finals if "comeback" in flags]
        plans.sort(key=lambda p: (p.created, p.start))
        self._number(plans)
        return plans

    def _finals(self) -> list[tuple[OrderStatus, frozenset[str]]]:
        """Where each order ends (with flags), most important first, so a small demo still shows every stage."""
        n, each = self.wanted, 1 if self.wanted < 150 else 2
        wanted: list[tuple[OrderStatus, frozenset[str]]] = []
        for stage in SHOP_STAGES:
            for i in range(each):
                flags = {"late"} if i == 0 and stage in LATE_STAGES else set()
                flags |= {"at_risk"} if i == 0 and stage in AT_RISK_STAGES else set()
                flags |= {"added"} if stage is S.AWAITING_APPROVAL else set()
                flags |= {"qc_fail"} if stage is S.REWORK else set()
                flags |= {"extra"} if i == 0 and stage is S.IN_REPAIR else set()
                wanted.append((stage, frozenset(flags)))
        f = frozenset
        # A 三包 repair waiting days for the maker's part: open over five days, the owner gets a loaner (issue 16).
        wanted += [(S.IN_REPAIR, f({"warranty", "long"}))]
        wanted += [(S.BOOKED, f({"over_capacity"}))] * (BAYS + 1) + [(S.BOOKED, f({"today"}))] * 2
        wanted += [(S.DEPOSIT_RELEASED, f({"deposit"})), (S.REFUNDED, f({"deposit"})),
                   (S.DELIVERED, f({"overdue_call"})), (S.CANCELLED, f({"booking"})), (S.CANCELLED, f()),
                   (S.NO_SHOW, f()), (S.FOLLOWED_UP, f({"qc_fail"})), (S.FOLLOWED_UP, f({"added"})),
                   (S.FOLLOWED_UP, f({"warranty"})), (S.FOLLOWED_UP, f({"split", "added"}))]
        wanted += [(S.FOLLOWED_UP, f({"comeback"}))] * max(1, round(n * 0.02))
        wanted += [(S.DELIVERED, f())] * max(1, round(n * 0.025)) + [(S.BOOKED, f())] * round(n * 0.03)
        wanted += [(S.FOLLOWED_UP, f({"deposit"}))] if n >= 100 else []
        wanted += [(S.CANCELLED, f({"booking"} if i % 2 else set())) for i in range(round(n * 0.02))]
        wanted += [(S.NO_SHOW, f())] * round(n * 0.015)
        wanted += [(S.FOLLOWED_UP, f())] * max(0, n - len(wanted))
        return wanted[:n]

    def _plan(self, final: OrderStatus, flags: frozenset[str]) -> Plan:
        rng = self.rng
        extra = {"added"} if rng.random() < 0.15 else set()
        extra |= {"qc_fail"} if rng.random() < 0.08 else set()
        flags = flags | extra if final not in (S.IN_REPAIR, S.DISPATCHED) else flags
        booked = final in (S.BOOKED, S.NO_SHOW) or "booking" in flags or rng.random() < 0.4
        jobs = names.JOBS
        if "warranty" in flags:  # a defect of a young car: the maker pays
            jobs = tuple(j for j in jobs if any(p is Payer.WARRANTY for p, _ in j.payers))
        elif "split" in flags:  # an accident the insurer pays for
            jobs = tuple(j for j in jobs if any(p is Payer.CLAIM for p, _ in j.payers))
        elif "extra" in flags:  # a job that may need a part beyond the plan
            jobs = tuple(j for j in jobs if j.key in names.EXTRA_PARTS)
        fuels = {car.model.fuel is FuelType.ELECTRIC for car in self.cars}
        jobs = tuple(j for j in jobs if j.electric is None or j.electric in fuels)  # a job some car here needs
        # A car is in the shop for one order at a time: when no car the job suits is free then, the order is
        # planned again (another job, another time).
        for attempt in range(TRIES):
            job = (names.INTERMITTENT if "deposit" in flags
                   else rng.choices(jobs, weights=[j.weight for j in jobs])[0])
            hours = sum(names.OPERATION_BY_CODE[code].hours for code in job.operations)
            plan = Plan(final, flags, job, booked, _path(final, flags, booked),
                        int(hours * 60 * rng.randint(100, 150) / 100) + 20)
            self._place(plan)
            car = self._car_for(plan, anyway=attempt == TRIES - 1)
            if car is not BUSY:
                break
            if plan.final is S.BOOKED:
                self.slots[plan.start] -= 1  # the slot taken by this attempt is free again
        plan.car = car
        self._cast(plan)
        return plan

    def _gap(self, plan: Plan, event: Event, previous: Event | None) -> int:
        """Working minutes from the previous step (or the start) to ``event``."""
        r, day, repair = self.rng.randint, self.line.day, plan.repair_minutes
        third = repair // 3 if "added" in plan.flags else 0
        match event:
            case E.RECEIVE:
                return r(-10, 20)
            case E.NO_SHOW:
                return r(60, 120)
            case E.ESTIMATE:
                return r(20, 60)
            case E.CONFIRM | E.CANCEL:
                return r(5, 40)
            case E.DISPATCH | E.DELIVER:
                return r(5, 30)
            case E.START_REPAIR:  # "long": the maker's part took six days to come
                return 6 * day + r(10, 60) if "long" in plan.flags else r(10, 60)
            case E.PROPOSE_ADDED_WORK:
                return third
            case E.ANSWER_ADDED_WORK:
                return r(15, 90)
            case E.FINISH_REPAIR:
                return repair - third
            case E.QC_FAIL | E.QC_PASS:
                return r(10, 40)
            case E.REWORK_DONE:
                return r(30, 120)
            case E.RELEASE_ON_DEPOSIT:
                return r(30, 300)
            case E.SETTLE if previous is E.RELEASE_ON_DEPOSIT:
                return r(3, 8) * day + r(0, 300)
            case E.SETTLE:
                return r(30, 400)
            case E.REFUND_DEPOSIT:
                return r(3, 8) * day
            case E.FOLLOW_UP:  # within two days, now and then later
                return (r(3, 4) if self.rng.random() < 0.1 else r(1, 2)) * day + r(-100, 100)
        raise AssertionError(event)  # pragma: no cover

    def _place(self, plan: Plan) -> None:
        """Put the order's steps on the line: in the past, ending now (in the shop), or booked ahead."""
        line, r, day = self.line, self.rng.randint, self.line.day
        offsets, total, previous = [], 0, None
        for event in plan.events:
            total += self._gap(plan, event, previous)
            offsets.append(total)
            previous = event
        final = plan.final
        if final is S.BOOKED:
            plan.start = self._slot(plan.flags)
            plan.created = min(line.now_w - r(10, 1500), plan.start - 60)
            return
        if final in lifecycle.IN_SHOP or final is S.DEPOSIT_RELEASED:
            end = line.now_w - (r(2, 6) * day if final is S.DEPOSIT_RELEASED else r(5, 90))
            start = end - total - (r(0, 60) if not plan.events else 0)
            if "late" in plan.flags:
                start = min(start, line.now_w - 300 - total // 2)
        elif final is S.DELIVERED:
            start = line.now_w - (r(2200, 2500) if "overdue_call" in plan.flags else r(30, 1000)) - total
        else:
            start = line.today - r(1, 120) * day + r(0, day - 240)
            start -= max(0, start + total - (line.now_w - 10))
        if plan.booked:
            start -= start % 30
        plan.start = start
        plan.created = start - r(300, 3000) if plan.booked else start
        plan.times = [start + o for o in offsets]
        if final is S.CANCELLED and "booking" in plan.flags:
            plan.times = [plan.created + (start - plan.created) // 2]
        plan.promised = self._promise(plan)

    def _slot(self, flags: frozenset[str]) -> int:
        """A booking slot ahead: tomorrow 09:00 for the over-capacity hour, else a free half hour this week."""
        line, r = self.line, self.rng.randint
        if "over_capacity" in flags:
            slot = line.today + line.day + 60
        else:
            for _ in range(200):
                days = 0 if "today" in flags else r(0, 6)
                slot = line.today + days * line.day + r(0, line.day // 30 - 3) * 30
                if slot > line.now_w + 20 and self.slots[slot] < BAYS - 1:
                    break
            else:
                slot = line.today + 2 * line.day + r(0, 8) * 30
        self.slots[slot] += 1
        return slot

    def _promise(self, plan: Plan) -> datetime | None:
        """The promised time agreed at reception: met by most orders, missed by some, late or at risk today."""
        received = plan.received
        if received is None:
            return None
        line, r = self.line, self.rng.randint
        if "late" in plan.flags:
            return line.now.replace(second=0, microsecond=0) - timedelta(minutes=r(20, 150))
        if "at_risk" in plan.flags:
            return line.now.replace(second=0, microsecond=0) + timedelta(minutes=r(15, 55))
        ready = plan.when(E.QC_PASS)
        if ready is not None:
            w = max(received + 60, ready - r(30, 300)) if self.rng.random() < 0.12 else ready + r(10, 240)
        else:
            w = received + plan.repair_minutes + 180
            if plan.final in lifecycle.IN_SHOP:
                w = max(w, line.now_w + r(90, 600))
        return line.at(-(-w // 30) * 30)

    def _car_for(self, plan: Plan, *, anyway: bool = False) -> Car | None:
        """A car that suits the job and is not in the shop at the time; None for a caller not yet registered;
        BUSY when every car that suits is busy then (``anyway``: one of them all the same)."""
        if plan.received is None and self.rng.random() < 0.3:
            return None
        electric = plan.job.electric
        suitable = [c for c in self.cars if electric is None or (c.model.fuel is FuelType.ELECTRIC) == electric]
        if "warranty" in plan.flags:
            received = self.line.at(plan.received if plan.received is not None else plan.start)
            suitable = [c for c in suitable if c.under_maker_warranty(received)] or suitable
        span = (plan.created, (plan.times[-1] if plan.times else plan.start) + self.line.day)
        free = [car for car in suitable if car.free(*span, self.line.day)]
        if not free and not anyway:
            return BUSY
        car = self.rng.choice(free or suitable)
        car.busy.append(span)
        return car

    def _cast(self, plan: Plan) -> None:
        """Who serves the order, and who pays (三包 only on a car within its 包修期 when it comes in)."""
        rng = self.rng
        team = names.OPERATION_BY_CODE[plan.job.operations[0]].team
        plan.people = {"advisor": rng.choice(self.people["advisor"]), "store": self.people["store"][0],
                       "inspector": rng.choice(self.people["inspector"]), "foreman": self.foremen[team],
                       "cashier": self.people["cashier"][0]}
        came = self.line.at(plan.received if plan.received is not None else plan.start)
        payers = [(p, w) for p, w in plan.job.payers
                  if p is not Payer.WARRANTY or (plan.car and plan.car.under_maker_warranty(came))]
        if "warranty" in plan.flags or "split" in plan.flags:
            wanted = Payer.WARRANTY if "warranty" in plan.flags else Payer.CLAIM
            payers = [(p, w) for p, w in payers if p is wanted] or payers
        plan.payer = rng.choices([p for p, _ in payers], weights=[w for _, w in payers])[0] if payers else Payer.SELF

    def _comeback(self, plans: list[Plan]) -> Plan:
        """A later order for the same car within the earlier order's warranty, linked to it and repaired free."""
        line, r = self.line, self.rng.randint
        candidates = [p for p in plans if p.final is S.FOLLOWED_UP and p.car and "deposit" not in p.flags
                      and p.comeback_of is None]
        self.rng.shuffle(candidates)
        for original in candidates:
            plan = Plan(S.FOLLOWED_UP, frozenset({"comeback"}), original.job, False,
                        _path(S.FOLLOWED_UP, frozenset(), False), original.repair_minutes // 2 + 30)
            delivered = original.when(E.DELIVER)
            days = min(WARRANTY[original.job.regulatory_class].days - 1, 20)
            if delivered is None or days < 2:
                continue
            self._place(plan)
            shift = delivered + r(2, days) * line.day + r(0, 300) - plan.start
            plan.start, plan.created = plan.start + shift, plan.created + shift
            plan.times = [t + shift for t in plan.times]
            car = original.car
            if plan.times[-1] > line.now_w - 10 or car is None or not car.free(plan.start, plan.times[-1], 0):
                continue
            car.busy.append((plan.start, plan.times[-1]))
            plan.car, plan.comeback_of = car, original
            plan.promised = self._promise(plan)
            self._cast(plan)
            plan.payer = Payer.SELF
            return plan
        return self._plan(S.FOLLOWED_UP, frozenset())  # pragma: no cover - only when no order fits

    def _number(self, plans: list[Plan]) -> None:
        """Order ids in the order the orders were created; WO{date}-NNN numbers in the order cars came in."""
        for order_id, plan in enumerate(plans, start=1):
            plan.order_id = order_id
        per_day: Counter[date] = Counter()
        for plan in sorted((p for p in plans if p.received is not None), key=lambda p: (p.received, p.order_id)):
            day = self.line.at(plan.received).date()
            per_day[day] += 1
            plan.order_no = f"WO{day:%Y%m%d}-{per_day[day]:03d}"
