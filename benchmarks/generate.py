"""Bulk data for the benchmarks: a garage with years of history (50,000 vehicles, 200,000 orders by default).

The database is created and migrated by the program's own code (so it has the real schema and indexes),
then filled with Core bulk inserts in one transaction. Customers have Traditional-Chinese names with their
pinyin initials and unique mobile numbers; vehicles unique plates and VINs with a correct check digit
(from ``demo.names``). Orders spread over ten years (``--years``), almost all closed; about thirty cars are in
the shop now (so the board has rows, two of them late) and a few are booked ahead. One car (vehicle 1, the
regular) comes back ``--regular-visits`` times (60), spread over the years.

``--detail`` adds what a delivered order carries: its labour and part lines (about five parts an order, one part
far busier than the rest), the stock movements (an issue per part line, a delivery from the supplier whenever
the shelf runs out: about 1,000,000 over ten years), payments, discounts, QC inspections, the handover, the
follow-up calls and the audit trail (about ten chained events an order: about 2,000,000).

    python benchmarks/generate.py --out /tmp/bench.sqlite3 [--vehicles 50000] [--orders 200000] [--detail]
    python benchmarks/generate.py --out /tmp/month.sqlite3 --years 0.0833 --orders 1700 --vehicles 1500 --detail
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any, ClassVar

from sqlalchemy import func, insert, select, update

from garage_desktop.db import audit_chain
from garage_desktop.db import models as m
from garage_desktop.db.engine import Database
from garage_desktop.db.migrate import upgrade
from garage_desktop.db.types import holding
from garage_desktop.demo import names
from garage_desktop.domain import pinyin
from garage_desktop.domain.classes import DEFAULT_REGULATORY, JobClass, Payer, Role
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.pricing import labour_amount, part_amount
from garage_desktop.services import bootstrap, operators

S = OrderStatus
VEHICLES = 50_000
ORDERS = 200_000
YEARS = 10
REGULAR_VEHICLE = 1  # the car that comes back most often (vehicle history)
REGULAR_VISITS = 60
BATCH = 20_000
# The cars in the shop now, by stage (about what a busy day looks like).
IN_SHOP = ((S.RECEIVED, 4), (S.ESTIMATED, 3), (S.CONFIRMED, 3), (S.DISPATCHED, 3), (S.IN_REPAIR, 6),
           (S.AWAITING_APPROVAL, 2), (S.QC_PENDING, 3), (S.REWORK, 1), (S.READY, 3), (S.SETTLED, 2))
CLOSED = ((S.FOLLOWED_UP, 90), (S.DELIVERED, 3), (S.CANCELLED, 4), (S.NO_SHOW, 3))
BOOKED_AHEAD = 20


@cache
def _initials(name: str) -> str:
    return pinyin.initials(name)


def _batches(rows: Iterator[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def generate(path: Path, *, vehicles: int = VEHICLES, orders: int = ORDERS, seed: int = 2026,
             now: datetime | None = None, say: Callable[[str], None] = print, busy_month: date | None = None,
             busy_orders: int = 2_000, detail: bool = False, years: float = YEARS,
             regular_visits: int = REGULAR_VISITS, full: bool = False) -> dict[str, int]:
    """Write a new database file at ``path`` (refuses an existing one) with ``years`` of history. Returns the row
    counts. ``detail``: the lines, money and calls of every delivered order; ``full`` (implies ``detail``): a real
    garage's share of them, with its stock movements, QC inspections, handovers and audit trail."""
    days = max(1, round(365 * years))
    if path.exists():
        raise FileExistsError(path)
    started = time.perf_counter()
    rng = random.Random(seed)
    now = (now or datetime.now()).replace(second=0, microsecond=0)
    db = Database(f"sqlite:///{path}")
    upgrade(db.engine)
    with db.session_scope() as session:
        bootstrap.ensure_first_operator(session)
        owner = session.scalar(select(m.Operator.id).where(holding(m.Operator.roles, Role.OWNER)))
        staff = {role: [operators.save_operator(session, owner, None, name, {Role(r) for r in roles.split(",")},
                                                team).id
                        for name, roles, team in names.STAFF if roles.split(",")[0] == role]
                 for role in ("advisor", "inspector", "foreman", "cashier")}
        model_classes = {mc.name: mc.id for mc in session.scalars(select(m.ModelClass))}
    customers = max(1, vehicles * 4 // 5)
    car_owner = [rng.randint(1, customers) if i >= customers else i + 1 for i in range(vehicles)]
    models = [names.pick_model(rng) for _ in range(vehicles)]
    details = None
    if detail or full:
        with db.session_scope() as session:
            details = Details(session, random.Random(seed + 1), staff, full=full)
    busy_month = busy_month.replace(day=1) if busy_month is not None else None
    busy = (busy_month, busy_orders) if busy_month is not None else None
    with db.engine.begin() as conn:
        conn.execute(insert(m.Customer), list(_customer_rows(rng, customers, now, days)))
        say(f"  {customers:,} customers ({time.perf_counter() - started:.1f} s)")
        conn.execute(insert(m.Vehicle), list(_vehicle_rows(rng, car_owner, models, model_classes, now, days)))
        say(f"  {vehicles:,} vehicles ({time.perf_counter() - started:.1f} s)")
        in_shop = sum(n for _, n in IN_SHOP)
        for batch in _batches(_order_rows(rng, orders - in_shop - BOOKED_AHEAD, car_owner, staff, now, busy, days,
                                          regular_visits)):
            if details is not None:
                details.add(batch, busy_month)
            conn.execute(insert(m.RepairOrder), batch)
            if details is not None:
                details.flush(conn)
        if details is not None:
            details.finish(conn, now, days)
            say(f"  details: {details.counts()} ({time.perf_counter() - started:.1f} s)")
        shop = list(_shop_rows(rng, car_owner, staff, now, first_id=orders - in_shop - BOOKED_AHEAD + 1))
        conn.execute(insert(m.RepairOrder), shop)
        conn.execute(insert(m.LabourLine), [
            {"order_id": row["id"], "seq": 1, "operation_code": "M01", "name": "更換機油機濾",
             "standard_hours": Decimal("0.50"), "rate": Decimal("110.00"), "coefficient": Decimal("1.000"),
             "amount": Decimal("55.00"), "team": "二組", "mechanic_id": staff["foreman"][1]}
            for row in shop if row["status"] in (S.DISPATCHED, S.IN_REPAIR, S.REWORK)])
        booked = list(_booked_rows(rng, car_owner, staff, now, first_id=orders - BOOKED_AHEAD + 1))
        conn.execute(insert(m.RepairOrder), [order for order, _ in booked])
        conn.execute(insert(m.Appointment), [appointment for _, appointment in booked])
        say(f"  {orders:,} orders ({time.perf_counter() - started:.1f} s)")
    db.dispose()
    return {"customers": customers, "vehicles": vehicles, "orders": orders,
            **(details.counts() if details is not None else {})}


def _customer_rows(rng: random.Random, count: int, now: datetime, days: int) -> Iterator[dict[str, Any]]:
    phones: set[str] = set()
    for customer_id in range(1, count + 1):
        name = names.person_name(rng)
        yield {"id": customer_id, "name": name, "name_initials": _initials(name),
               "phone": names.fresh(rng, names.mobile_phone, phones), "address": "", "note": "",
               "created_at": now - timedelta(days=rng.randint(min(30, days), days), minutes=rng.randint(0, 600))}


def _vehicle_rows(rng: random.Random, owners: list[int], models: list[names.CarModel],
                  classes: dict[str, int], now: datetime, days: int) -> Iterator[dict[str, Any]]:
    plates: set[str] = set()
    for vehicle_id, (owner, car) in enumerate(zip(owners, models, strict=True), start=1):
        year = rng.randint(2012, now.year - 1)
        yield {"id": vehicle_id, "customer_id": owner,
               "plate": names.fresh(rng, lambda r, kind=car.new_energy: names.plate(r, kind), plates),
               "vin": names.vin(rng, car, min(year + 1, 2030)), "make": car.make, "model": car.model,
               "year": year, "colour": rng.choice(names.COLOURS), "fuel_type": car.fuel,
               "model_class_id": classes.get(car.model_class), "last_mileage": rng.randint(5_000, 250_000),
               "created_at": now - timedelta(days=rng.randint(min(30, days), days))}


def _order(rng: random.Random, order_id: int, status: OrderStatus, vehicle_id: int, owners: list[int],
           staff: dict[str, list[int]], received: datetime | None, order_no: str | None) -> dict[str, Any]:
    job_class = rng.choice((JobClass.MINOR, JobClass.MINOR, JobClass.MEDIUM, JobClass.MAJOR))
    advisor = rng.choice(staff["advisor"])
    created = received or datetime.now().replace(second=0, microsecond=0)
    return {"id": order_id, "order_no": order_no, "status": status, "customer_id": owners[vehicle_id - 1],
            "vehicle_id": vehicle_id, "job_class": job_class, "regulatory_class": DEFAULT_REGULATORY[job_class],
            "payer": Payer.SELF, "complaint": "做個保養", "diagnosis": "", "deposit": Decimal(0),
            "cancel_reason": "", "created_at": created, "created_by_id": advisor, "received_at": received,
            "received_by_id": advisor if received else None, "promised_at": None, "original_promised_at": None,
            "ready_at": None, "settled_at": None, "delivered_at": None, "closed_at": None, "updated_at": created,
            "holder": "", "mileage_in": None, "passed_qc_first_time": None}


def _moments(rng: random.Random, count: int, now: datetime, busy: tuple[date, int] | None,
             days: int = 365 * YEARS) -> list[int]:
    """Arrival moments (day index × 600 + minute after 08:00), sorted; ``busy`` = (month, orders in it)."""
    if busy is None:
        return sorted(rng.randint(1, days) * 600 + rng.randint(0, 590) for _ in range(count))
    month, wanted = busy
    in_month = {back for back in range(1, days + 1)
                if (now - timedelta(days=days - back + 1)).date().replace(day=1) == month.replace(day=1)}
    if not in_month:
        raise ValueError(f"{month:%Y-%m} is not within the {days} days before {now:%Y-%m-%d}")
    moments, choices = [], sorted(in_month)
    while len(moments) < count - wanted:
        back = rng.randint(1, days)
        if back not in in_month:
            moments.append(back * 600 + rng.randint(0, 590))
    moments += [rng.choice(choices) * 600 + rng.randint(0, 590) for _ in range(min(wanted, count))]
    return sorted(moments)


def _order_rows(rng: random.Random, count: int, owners: list[int], staff: dict[str, list[int]],
                now: datetime, busy: tuple[date, int] | None = None, days: int = 365 * YEARS,
                regular_visits: int = 0) -> Iterator[dict[str, Any]]:
    """Closed orders over the years, numbered WO{date}-NNN in the order they came in; every so many of them
    the regular car's (``regular_visits`` in all, spread evenly)."""
    per_day = [0] * (days + 1)
    moments = _moments(rng, count, now, busy, days)
    statuses, weights = zip(*CLOSED, strict=True)
    every = max(1, count // regular_visits) if regular_visits else 0
    for order_id, moment in enumerate(moments, start=1):
        vehicle = rng.randint(2 if every and len(owners) > 1 else 1, len(owners))
        if every and order_id % every == every // 2 and order_id // every < regular_visits:
            vehicle = REGULAR_VEHICLE
        back, minute = divmod(moment, 600)
        received = datetime.combine((now - timedelta(days=days - back + 1)).date(), datetime.min.time()) \
            + timedelta(hours=8, minutes=minute)
        status = rng.choices(statuses, weights=weights)[0]
        if vehicle == REGULAR_VEHICLE and every:
            status = S.FOLLOWED_UP  # every visit of the regular car a repair
        if status is S.NO_SHOW:  # booked, never came: no reception, no number
            row = _order(rng, order_id, status, vehicle, owners, staff, None, None)
            row.update(created_at=received, updated_at=received, closed_at=received + timedelta(hours=2),
                       cancel_reason="客戶未到店")
            yield row
            continue
        per_day[back] += 1
        row = _order(rng, order_id, status, vehicle, owners, staff, received,
                     f"WO{received:%Y%m%d}-{per_day[back]:03d}")
        if status in (S.FOLLOWED_UP, S.DELIVERED):
            done = received + timedelta(hours=rng.randint(2, 30))
            row.update(promised_at=done, original_promised_at=done, ready_at=done, settled_at=done,
                       delivered_at=done + timedelta(minutes=10), passed_qc_first_time=rng.random() < 0.93,
                       closed_at=done + timedelta(days=2) if status is S.FOLLOWED_UP else None)
        else:
            row["closed_at"] = received + timedelta(hours=1)
            row["cancel_reason"] = "客戶嫌報價偏高，暫不維修"
        yield row


def _shop_rows(rng: random.Random, owners: list[int], staff: dict[str, list[int]], now: datetime,
               first_id: int) -> Iterator[dict[str, Any]]:
    """The cars in the shop today; the first two at work are late, the next one at risk."""
    order_id, seq = first_id, 900  # numbers after the historic ones of the day
    at_work = 0
    for status, count in IN_SHOP:
        for _ in range(count):
            received = now - timedelta(minutes=rng.randint(30, 600))
            seq += 1
            row = _order(rng, order_id, status, rng.randint(1, len(owners)), owners, staff, received,
                         f"WO{received:%Y%m%d}-{seq:03d}")
            promised = now + timedelta(hours=rng.randint(2, 28))
            if status in (S.IN_REPAIR, S.REWORK):
                at_work += 1
                promised = {1: now - timedelta(minutes=40), 2: now - timedelta(minutes=5),
                            3: now + timedelta(minutes=30)}.get(at_work, promised)
            row.update(promised_at=promised, original_promised_at=promised)
            yield row
            order_id += 1


def _booked_rows(rng: random.Random, owners: list[int], staff: dict[str, list[int]], now: datetime,
                 first_id: int) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    for order_id in range(first_id, first_id + BOOKED_AHEAD):
        vehicle_id = rng.randint(1, len(owners))
        order = _order(rng, order_id, S.BOOKED, vehicle_id, owners, staff, None, None)
        start = (now + timedelta(days=rng.randint(1, 6))).replace(hour=rng.randint(8, 16), minute=0)
        yield order, {"order_id": order_id, "start_at": start, "duration_min": 60, "contact_name": "預約客戶",
                      "contact_phone": "", "plate": "", "note": "", "created_at": order["created_at"]}


class Details:
    """What a delivered order carries in a real garage, added to each batch of orders (``detail=True``)."""

    TABLES = ("Approval", "LabourLine", "PartLine", "StockMovement", "Payment", "FollowUp", "Discount")
    RATE = Decimal("110.00")
    METHODS = ("cash", "wechat", "wechat", "alipay", "card", "transfer")

    FULL_TABLES = ("QcInspection", "Delivery")
    # ``full``: part lines an order (about five) and how often each part is taken (engine oil and its filter
    # most: the busiest part's stock ledger is the longest).
    PART_LINES = (1, 2, 3, 4, 5, 5, 6, 7, 8, 11)
    BUSY_PARTS: ClassVar[dict[str, int]] = {"OIL-5W30-4L": 12, "OF-EQ": 8, "AF-EQ": 4, "CF-EQ": 4, "WW-5G": 4, "BF-DOT4": 3, "SP-NGK": 3}
    RESTOCK_DAYS = 20  # a delivery from the supplier brings about this many days of what the garage takes

    def __init__(self, session: Any, rng: random.Random, staff: dict[str, list[int]], *, full: bool = False) -> None:
        self.rng = rng
        self.full = full
        parts = {part.code: part for part in session.scalars(select(m.Part))}
        for spec in names.PARTS:
            if spec.code not in parts:
                parts[spec.code] = m.Part(code=spec.code, name=spec.name, spec=spec.spec, unit=spec.unit,
                                          origin=spec.origin, sale_price=spec.price, cost=spec.cost,
                                          on_hand=Decimal(0), minimum=spec.minimum, supplier=spec.supplier)
                session.add(parts[spec.code])
        session.flush()
        self.parts = [(parts[spec.code].id, spec) for spec in names.PARTS]
        teams = [team for _, roles, team in names.STAFF if roles.split(",")[0] == "foreman"]
        self.foreman = dict(zip(teams, staff["foreman"], strict=False))
        self.cashier, self.advisor = staff["cashier"][0], staff["advisor"][0]
        self.next_id = dict.fromkeys(("approval", "labour", "part"), 0)
        self.issued: dict[int, Decimal] = {}
        self.last_order: dict[int, int] = {}
        self.rows: dict[str, list[dict[str, Any]]] = {table: [] for table in (*self.TABLES, *self.FULL_TABLES)}
        self.weights = [self.BUSY_PARTS.get(spec.code, 1) for _, spec in self.parts]
        self.shelf: dict[int, Decimal] = dict.fromkeys((part_id for part_id, _ in self.parts), Decimal(0))
        self.inspector = staff["inspector"][0]
        self.staff = [person for people in staff.values() for person in people]
        self.audit: list[dict[str, Any]] = []
        self.audit_tail: tuple[int, str] | None = None
        self.written: dict[str, int] = {}

    def _id(self, kind: str) -> int:
        self.next_id[kind] += 1
        return self.next_id[kind]

    def add(self, batch: list[dict[str, Any]], busy_month: date | None) -> None:
        """Fill in the batch's delivered orders (payer, promise, told) and prepare their detail rows."""
        for row in batch:
            row.update(customer_told_at=None, comeback_of_id=None)
            if row["status"] in (S.FOLLOWED_UP, S.DELIVERED):
                released = (busy_month is not None and row["received_at"].date().replace(day=1) == busy_month
                            and self.rng.random() < 0.003)
                self._order(row, released)
            if row["received_at"] is not None:
                self.last_order[row["vehicle_id"]] = row["id"]

    def _order(self, row: dict[str, Any], released: bool) -> None:
        rng, order_id = self.rng, row["id"]
        received, done = row["received_at"], row["ready_at"]
        if rng.random() < 0.02 and row["vehicle_id"] in self.last_order:
            row["comeback_of_id"] = self.last_order[row["vehicle_id"]]
        row["payer"] = rng.choices((Payer.SELF, Payer.CLAIM, Payer.WARRANTY), weights=(85, 8, 7))[0]
        promised = done + timedelta(minutes=rng.choice((-90, -30)) if rng.random() < 0.12 else rng.choice((30, 60)))
        moved = rng.random() < 0.05
        row.update(customer_told_at=done, promised_at=promised,
                   original_promised_at=promised - timedelta(hours=1) if moved else promised)
        total = Decimal(0)
        for _ in range(rng.choice((1, 1, 2, 2, 3))):
            total += self._labour(order_id, rng.choice(names.OPERATIONS), received, None)
        if rng.random() < 0.10:
            approval = self._id("approval")
            approved = rng.random() < 0.75
            op = rng.choice(names.OPERATIONS)
            self.rows["Approval"].append({
                "id": approval, "order_id": order_id, "kind": "added_work", "description": op.name,
                "amount": labour_amount(op.hours, self.RATE), "proposed_at": received + timedelta(hours=1),
                "contacted_at": received + timedelta(minutes=70), "approved": approved,
                "new_promised_at": promised if moved else None})
            added = self._labour(order_id, op, received, approval)
            total += added if approved else 0
        for _ in range(rng.choice(self.PART_LINES) if self.full else rng.choice((0, 1, 1, 2))):
            total += self._part(order_id, received)
        discount = Decimal(0)
        if rng.random() < 0.05 and total > 100:
            discount = Decimal(rng.choice((10, 20, 30)))
            self.rows["Discount"].append({"order_id": order_id, "payer": row["payer"], "amount": discount,
                                          "reason": "老客戶優惠", "created_at": done})
        if released:  # an intermittent fault: out on a deposit, not settled yet
            row.update(status=S.DEPOSIT_RELEASED, settled_at=None, closed_at=None, deposit=Decimal("500.00"))
            self._pay(order_id, "deposit", "wechat", Payer.SELF, Decimal("500.00"), row["delivered_at"])
            return
        if row["payer"] is Payer.SELF:
            self._pay(order_id, "payment", rng.choice(self.METHODS), Payer.SELF, total - discount, row["settled_at"])
        else:
            self._pay(order_id, "receivable", "", row["payer"], total - discount, row["settled_at"])
        if row["status"] is S.FOLLOWED_UP:
            reached = rng.random() < 0.92
            self.rows["FollowUp"].append({
                "order_id": order_id, "called_at": row["delivered_at"] + timedelta(hours=rng.randint(4, 60)),
                "reached": reached, "satisfaction": rng.choice((3, 4, 5, 5, 5)) if reached else None,
                "remarks": "", "complaint": "", "resolution": "", "called_by_id": self.advisor})
        if self.full:
            self._paperwork(row)

    def _paperwork(self, row: dict[str, Any]) -> None:
        """``full``: the QC inspection(s), the handover and the order's audit events."""
        order_id, received, done = row["id"], row["received_at"], row["ready_at"]
        first_time = row["passed_qc_first_time"]
        for attempt in (1,) if first_time else (1, 2):
            passed = first_time or attempt == 2
            self.rows["QcInspection"].append({
                "order_id": order_id, "attempt": attempt, "template": "general", "results": "{}", "passed": passed,
                "certificate_no": f"QC{order_id:07d}" if passed else None,
                "inspected_at": done - timedelta(minutes=30 * (3 - attempt)), "inspector_id": self.inspector})
        self.rows["Delivery"].append({"order_id": order_id, "delivered_at": row["delivered_at"], "checklist": "{}",
                                      "delivered_by_id": self.advisor})
        labour = [line for line in self.rows["LabourLine"][-4:] if line["order_id"] == order_id]
        parts = [line for line in self.rows["PartLine"][-12:] if line["order_id"] == order_id]
        status = S.RECEIVED.value
        events: list[tuple[datetime, str, str, int, str, str]] = [
            (received, "intake", "repair_order", order_id, "", '{"complaint": "做個保養"}'),
            (received + timedelta(minutes=15), "estimate:save", "repair_order", order_id, "",
             f'{{"labour": {len(labour)}, "parts": {len(parts)}}}')]
        for event, after in (("estimate", S.ESTIMATED), ("confirm", S.CONFIRMED)):
            events.append((received + timedelta(minutes=20), f"status:{event}", "repair_order", order_id, status,
                           after.value))
            status = after.value
        events += [(received + timedelta(minutes=50), "dispatch", "labour_line", line["id"], "",
                    f'{{"team": "{line["team"]}"}}') for line in labour]
        events += [(received + timedelta(minutes=40), "parts:issue", "part_line", line["id"], "0",
                    f"{line['issued_qty']}") for line in parts[:2]]
        for moment, event, after in ((done, "qc_pass", S.READY), (row["settled_at"], "settle", S.SETTLED),
                                     (row["delivered_at"], "deliver", S.DELIVERED)):
            if moment is not None:
                events.append((moment, f"status:{event}", "repair_order", order_id, status, after.value))
                status = after.value
        if row["settled_at"] is not None:
            events.append((row["settled_at"], "money:payment", "payment", order_id, "", '{"method": "wechat"}'))
        if row["status"] is S.FOLLOWED_UP:
            events.append((row["delivered_at"] + timedelta(hours=30), "follow_up:call", "follow_up", order_id, "",
                           '{"reached": true}'))
        who = self.rng.choice(self.staff)
        self.audit += [{"at": at, "operator_id": who, "order_id": order_id, "entity": entity, "entity_id": entity_id,
                        "action": action, "before": before, "after": after}
                       for at, action, entity, entity_id, before, after in events]

    def _labour(self, order_id: int, op: names.Operation, received: datetime, approval: int | None) -> Decimal:
        amount = labour_amount(op.hours, self.RATE)
        self.rows["LabourLine"].append({
            "id": self._id("labour"), "order_id": order_id, "seq": self.next_id["labour"], "operation_code": op.code,
            "name": op.name, "standard_hours": op.hours, "rate": self.RATE, "coefficient": Decimal("1.000"),
            "amount": amount, "team": op.team, "mechanic_id": self.foreman.get(op.team),
            "added": approval is not None, "approval_id": approval, "started_at": received + timedelta(hours=1)})
        return amount

    def _part(self, order_id: int, received: datetime) -> Decimal:
        part_id, spec = (self.rng.choices(self.parts, weights=self.weights)[0] if self.full
                         else self.rng.choice(self.parts))
        quantity = Decimal(self.rng.choice((1, 1, 2)))
        line = self._id("part")
        if self.full and self.shelf[part_id] < quantity:  # the shelf is empty: the supplier delivers first
            weight = self.weights[[pid for pid, _ in self.parts].index(part_id)]
            brought = Decimal(max(int(spec.minimum) * 2, weight * self.RESTOCK_DAYS, 10))
            self.rows["StockMovement"].append({
                "part_id": part_id, "kind": "receive", "quantity": brought, "unit_cost": spec.cost, "order_id": None,
                "part_line_id": None, "reason": spec.supplier, "created_at": received - timedelta(hours=2)})
            self.shelf[part_id] += brought
        self.shelf[part_id] -= quantity
        self.rows["PartLine"].append({
            "id": line, "order_id": order_id, "seq": line, "part_id": part_id, "name": spec.name, "spec": spec.spec,
            "unit": spec.unit, "origin": spec.origin, "planned_qty": quantity, "issued_qty": quantity,
            "unit_price": spec.price, "customer_supplied": False, "added": False})
        self.rows["StockMovement"].append({
            "part_id": part_id, "kind": "issue", "quantity": -quantity, "unit_cost": spec.cost, "order_id": order_id,
            "part_line_id": line, "reason": "", "created_at": received + timedelta(minutes=40)})
        self.issued[part_id] = self.issued.get(part_id, Decimal(0)) + quantity
        return part_amount(quantity, spec.price)

    def _pay(self, order_id: int, kind: str, method: str, payer: Payer, amount: Decimal, when: datetime) -> None:
        self.rows["Payment"].append({"order_id": order_id, "kind": kind, "method": method, "payer": payer,
                                     "amount": amount, "note": "", "created_at": when,
                                     "created_by_id": self.cashier})

    def flush(self, conn: Any) -> None:
        """Insert the prepared rows (after their orders, for the foreign keys); the audit events numbered and
        chained after the last one (``audit_chain.seal``, as the program writes them)."""
        for table in (*self.TABLES, *self.FULL_TABLES):
            if self.rows[table]:
                conn.execute(insert(getattr(m, table)), self.rows[table])
                self.written[table] = self.written.get(table, 0) + len(self.rows[table])
                self.rows[table] = []
        if self.audit:
            if self.audit_tail is None:
                last = conn.execute(select(m.AuditEvent.id, m.AuditEvent.chain)
                                    .order_by(m.AuditEvent.id.desc()).limit(1)).first()
                self.audit_tail = (last[0], last[1]) if last is not None else (0, "")
            self.audit_tail = audit_chain.seal(*self.audit_tail, self.audit)
            conn.execute(insert(m.AuditEvent), self.audit)
            self.written["AuditEvent"] = self.written.get("AuditEvent", 0) + len(self.audit)
            self.audit = []

    def counts(self) -> dict[str, int]:
        return dict(self.written)

    def finish(self, conn: Any, now: datetime, days: int = 365 * YEARS) -> None:
        """An opening receipt of every part covering what the orders took, with some left on the shelf (``full``:
        what the deliveries left on the shelf)."""
        if self.full:
            for part_id, _spec in self.parts:
                conn.execute(update(m.Part).where(m.Part.id == part_id).values(on_hand=self.shelf[part_id]))
            self.written["StockMovement"] = conn.scalar(select(func.count()).select_from(m.StockMovement))
            return
        opened = now - timedelta(days=days + 2)
        for part_id, spec in self.parts:
            left = spec.minimum + 10
            conn.execute(insert(m.StockMovement), [{
                "part_id": part_id, "kind": "receive", "quantity": self.issued.get(part_id, Decimal(0)) + left,
                "unit_cost": spec.cost, "reason": "期初入庫", "created_at": opened}])
            conn.execute(update(m.Part).where(m.Part.id == part_id).values(on_hand=left))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="the new database file")
    parser.add_argument("--vehicles", type=int, default=VEHICLES)
    parser.add_argument("--orders", type=int, default=ORDERS)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--busy-month", type=lambda text: datetime.strptime(text, "%Y-%m").date(), default=None,
                        help="YYYY-MM: put --busy-orders of the orders into this month")
    parser.add_argument("--busy-orders", type=int, default=2_000)
    parser.add_argument("--detail", action="store_true", help="lines, stock, money and calls for every order")
    parser.add_argument("--full", action="store_true", help="as --detail, with a real garage's share of parts, "
                        "stock movements, QC, handovers and the audit trail (benchmarks/bench_ui.py)")
    parser.add_argument("--years", type=float, default=YEARS, help="of history (0.0833: a one-month garage)")
    parser.add_argument("--regular-visits", type=int, default=REGULAR_VISITS,
                        help="visits of the car that comes back most often (vehicle 1)")
    args = parser.parse_args()
    started = time.perf_counter()
    counts = generate(args.out, vehicles=args.vehicles, orders=args.orders, seed=args.seed,
                      busy_month=args.busy_month, busy_orders=args.busy_orders, detail=args.detail,
                      full=args.full, years=args.years, regular_visits=args.regular_visits)
    print(f"{args.out}: {counts} in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
