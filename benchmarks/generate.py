"""Bulk data for the benchmarks: a garage with years of history (50,000 vehicles, 200,000 orders by default).

The database is created and migrated by the program's own code (so it has the real schema and indexes),
then filled with Core bulk inserts in one transaction. Customers have Traditional-Chinese names with their
pinyin initials and unique mobile numbers; vehicles unique plates and VINs with a correct check digit
(from ``services.demo_names``). Orders spread over five years, almost all closed; about thirty cars are in
the shop now (so the board has rows, two of them late) and a few are booked ahead.

    python benchmarks/generate.py --out /tmp/bench.sqlite3 [--vehicles 50000] [--orders 200000]
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from garage_desktop.db import models as m
from garage_desktop.db.engine import Database
from garage_desktop.db.migrate import upgrade
from garage_desktop.domain import pinyin
from garage_desktop.domain.classes import DEFAULT_REGULATORY, JobClass, Payer, Role
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.services import bootstrap, operators
from garage_desktop.services import demo_names as names

S = OrderStatus
VEHICLES = 50_000
ORDERS = 200_000
YEARS = 5
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
             now: datetime | None = None, say: Callable[[str], None] = print) -> dict[str, int]:
    """Write a new database file at ``path`` (refuses an existing one). Returns the row counts."""
    if path.exists():
        raise FileExistsError(path)
    started = time.perf_counter()
    rng = random.Random(seed)
    now = (now or datetime.now()).replace(second=0, microsecond=0)
    db = Database(f"sqlite:///{path}")
    upgrade(db.engine)
    with db.session_scope() as session:
        bootstrap.ensure_first_operator(session)
        owner = session.scalar(select(m.Operator.id).where(m.Operator.role == Role.OWNER))
        staff = {role: [operators.save_operator(session, owner, None, name, Role(role), team).id
                        for name, r, team in names.STAFF if r == role]
                 for role in ("advisor", "inspector", "foreman", "cashier")}
        model_classes = {mc.name: mc.id for mc in session.scalars(select(m.ModelClass))}
    customers = max(1, vehicles * 4 // 5)
    car_owner = [rng.randint(1, customers) if i >= customers else i + 1 for i in range(vehicles)]
    models = [names.pick_model(rng) for _ in range(vehicles)]
    with db.engine.begin() as conn:
        conn.execute(insert(m.Customer), list(_customer_rows(rng, customers, now)))
        say(f"  {customers:,} customers ({time.perf_counter() - started:.1f} s)")
        conn.execute(insert(m.Vehicle), list(_vehicle_rows(rng, car_owner, models, model_classes, now)))
        say(f"  {vehicles:,} vehicles ({time.perf_counter() - started:.1f} s)")
        in_shop = sum(n for _, n in IN_SHOP)
        for batch in _batches(_order_rows(rng, orders - in_shop - BOOKED_AHEAD, car_owner, staff, now)):
            conn.execute(insert(m.RepairOrder), batch)
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
    return {"customers": customers, "vehicles": vehicles, "orders": orders}


def _customer_rows(rng: random.Random, count: int, now: datetime) -> Iterator[dict[str, Any]]:
    phones: set[str] = set()
    for customer_id in range(1, count + 1):
        name = names.person_name(rng)
        yield {"id": customer_id, "name": name, "name_initials": _initials(name),
               "phone": names.fresh(rng, names.mobile_phone, phones), "address": "", "note": "",
               "created_at": now - timedelta(days=rng.randint(30, 365 * YEARS), minutes=rng.randint(0, 600))}


def _vehicle_rows(rng: random.Random, owners: list[int], models: list[names.CarModel],
                  classes: dict[str, int], now: datetime) -> Iterator[dict[str, Any]]:
    plates: set[str] = set()
    for vehicle_id, (owner, car) in enumerate(zip(owners, models, strict=True), start=1):
        year = rng.randint(2012, now.year - 1)
        yield {"id": vehicle_id, "customer_id": owner,
               "plate": names.fresh(rng, lambda r, kind=car.new_energy: names.plate(r, kind), plates),
               "vin": names.vin(rng, car, min(year + 1, 2030)), "make": car.make, "model": car.model,
               "year": year, "colour": rng.choice(names.COLOURS), "fuel_type": car.fuel,
               "model_class_id": classes.get(car.model_class), "last_mileage": rng.randint(5_000, 250_000),
               "created_at": now - timedelta(days=rng.randint(30, 365 * YEARS))}


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


def _order_rows(rng: random.Random, count: int, owners: list[int], staff: dict[str, list[int]],
                now: datetime) -> Iterator[dict[str, Any]]:
    """Closed orders over the years, numbered WO{date}-NNN in the order they came in."""
    days = 365 * YEARS
    per_day = [0] * (days + 1)
    moments = sorted(rng.randint(1, days) * 600 + rng.randint(0, 590) for _ in range(count))
    statuses, weights = zip(*CLOSED, strict=True)
    for order_id, moment in enumerate(moments, start=1):
        back, minute = divmod(moment, 600)
        received = datetime.combine((now - timedelta(days=days - back + 1)).date(), datetime.min.time()) \
            + timedelta(hours=8, minutes=minute)
        status = rng.choices(statuses, weights=weights)[0]
        if status is S.NO_SHOW:  # booked, never came: no reception, no number
            row = _order(rng, order_id, status, rng.randint(1, len(owners)), owners, staff, None, None)
            row.update(created_at=received, updated_at=received, closed_at=received + timedelta(hours=2),
                       cancel_reason="客戶未到店")
            yield row
            continue
        per_day[back] += 1
        row = _order(rng, order_id, status, rng.randint(1, len(owners)), owners, staff, received,
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="the new database file")
    parser.add_argument("--vehicles", type=int, default=VEHICLES)
    parser.add_argument("--orders", type=int, default=ORDERS)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    started = time.perf_counter()
    counts = generate(args.out, vehicles=args.vehicles, orders=args.orders, seed=args.seed)
    print(f"{args.out}: {counts} in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
