"""The demo garage: a new database file holding a believable four months of a small garage's work.

What a demo file contains (defaults; ``orders=`` scales the orders, and the customers with them):

- the garage profile (穗安汽車維修服務有限公司 in 廣州), ¥110 per 工時, 4 bays, open 08:00–18:00;
- the staff: the owner (店主), 2 service advisors, 2 inspectors, 3 foremen with their teams (一組 mechanical,
  二組 maintenance, 鈑噴組 body and paint), a store keeper and a cashier;
- ~150 customers with Traditional-Chinese names (pinyin initials filled in) and mobile numbers, 1–2 cars each:
  粵 plates (8-character new-energy plates on electric and plug-in cars), the makes and models seen in 廣州,
  VINs with the maker's code, the model-year code and a correct check digit, model classes and fuel types;
- a labour catalog (工時定額) and a parts catalog with stock (origin OEM / equivalent / repaired) whose
  on-hand quantities equal the sum of their stock movements;
- ~300 orders over the last four months. Every one is walked through the lifecycle by
  ``services.orders.transition`` itself, so statuses, the who-and-when stamps and the audit trail follow the
  rules the window follows, with timestamps in working hours and in order. Most orders are delivered and
  followed up (a few complaints, a few calls made late or not reached); today some cars are in the shop at
  every stage, two of them late and two at risk of being late; bookings for the rest of today and this week,
  one hour booked over the bays' capacity; cancellations with their reason and no-shows; an intermittent fault
  released on a deposit (one still out, one refunded, one settled later); comebacks linked to the earlier
  order and repaired free. Orders carry intake records with damage marks, estimates with their revision,
  labour lines (hours × rate × complexity coefficient, ``domain.pricing.labour_amount``), part lines issued
  from stock, added work the customer approved or refused (refusals kept as recommendations), QC inspections
  (some failed once and passed after rework), payments, deliveries and follow-up calls.

The rows are written with bulk inserts in one transaction: a 300-order garage takes about a second.
"""
from __future__ import annotations

import random
import time as stopwatch
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from garage_desktop.db import models as m
from garage_desktop.db.engine import Database
from garage_desktop.db.migrate import upgrade
from garage_desktop.domain import lifecycle, pinyin
from garage_desktop.domain.classes import Role
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.paths import sqlite_file
from garage_desktop.services import audit, bootstrap, clock, demo_qc, operators, settings
from garage_desktop.services import demo_names as names
from garage_desktop.services.demo_orders import TABLES, OrderWriter
from garage_desktop.services.demo_plan import BAYS, Car, Planner, Timeline

Progress = Callable[[int, int], None]
S = OrderStatus
DEFAULT_ORDERS = 300
HOURLY_RATE = Decimal("110.00")
LOW_STOCK = ("BP-F-OEM", "CKP", "WIPER")  # parts left below their minimum, so the store has something to order


def write_demo(url: str, *, orders: int | None = None, progress: Progress | None = None, seed: int = 2026,
               today: date | None = None) -> str:
    """Create the database at ``url`` and fill it with the demo garage; returns a one-line summary.

    Refuses (FileExistsError) a SQLite file that exists and is not empty, or another database that already
    holds customers or orders. The same ``seed`` at the same moment gives the same garage. ``today`` other
    than the clock's day sets the garage's "now" to 14:30 on that day. A failure leaves no file behind.
    ``progress(done, total)`` is called now and then (from the calling thread).
    """
    started = stopwatch.perf_counter()
    wanted = DEFAULT_ORDERS if orders is None else max(0, orders)
    path = sqlite_file(url)
    if path is not None and path.exists() and path.stat().st_size > 0:
        raise FileExistsError(f"{path} already exists; the demo garage is written only into a new file")
    report = progress or (lambda done, total: None)
    total = wanted + 3
    created_file = path is not None and not path.exists()
    db = Database(url)
    try:
        upgrade(db.engine)
        report(1, total)
        with db.session_scope() as session:
            if session.scalar(select(m.Customer.id).limit(1)) or session.scalar(select(m.RepairOrder.id).limit(1)):
                raise FileExistsError(f"{url} already holds a garage's data")
            bootstrap.ensure_first_operator(session)
            now = clock.now()
            if today is not None and today != now.date():
                now = datetime.combine(today, time(14, 30))
            summary = _DemoGarage(session, random.Random(seed), now, wanted,
                                  lambda done: report(1 + done, total)).build()
        report(total, total)
    except BaseException:
        db.dispose()
        if created_file and path is not None:
            for suffix in ("", "-wal", "-shm", "-journal"):
                path.with_name(path.name + suffix).unlink(missing_ok=True)
        raise
    db.dispose()
    return f"{summary} in {stopwatch.perf_counter() - started:.1f} s"


class _DemoGarage:
    """The staff and settings through the services, then customers, cars, catalogs and orders in bulk."""

    def __init__(self, session: Session, rng: random.Random, now: datetime, wanted: int,
                 progress: Callable[[int], None]) -> None:
        self.session, self.rng, self.wanted, self.progress = session, rng, wanted, progress
        self.owner: int = session.scalar(
            select(m.Operator.id).where(m.Operator.role == Role.OWNER).order_by(m.Operator.id))  # type: ignore[assignment]
        self.config = replace(settings.load(session), hourly_rate=HOURLY_RATE, bays=BAYS, **names.GARAGE_PROFILE)
        self.line = Timeline(now, self.config.opening_time, self.config.closing_time)

    def build(self) -> str:
        people, foremen, names_by_id = self._staff()
        customers, cars, taken = self._customers(max(20, min(150, self.wanted // 2)))
        parts = self._catalog()
        plans = Planner(self.rng, self.line, cars, people, foremen, self.wanted).plans()
        writer = OrderWriter(self.rng, self.line, self.config, {c["id"]: c for c in customers}, names_by_id,
                             foremen, self.owner, taken, {code: part.id for code, part in parts.items()})
        for done, plan in enumerate(plans, start=1):
            writer.write(plan)
            if done % 25 == 0:
                self.progress(done)
        self._stock(parts, writer, people["store"][0])
        # Movements and audit events get their ids as inserted: in time order, as a garage records them (the
        # opening receipt above is dated before the orders' issues).
        writer.rows["StockMovement"].sort(key=lambda row: row["created_at"])
        writer.rows["AuditEvent"].sort(key=lambda row: row["at"])
        audit.seal_rows(self.session, writer.rows["AuditEvent"])  # numbered and chained after the staff's
        created = self._created(customers, cars, writer.first_seen)
        tables: list[tuple[type[m.Base], list[dict[str, Any]]]] = [
            (m.Customer, customers),
            (m.Vehicle, [self._vehicle(car, created[car.customer_id], writer.last_mileage) for car in cars]),
            *((getattr(m, table), writer.rows[table]) for table in TABLES)]
        for model, rows in tables:
            if rows:
                self.session.execute(insert(model), rows)
        demo_qc.record_inspections(self.session, self.rng)
        self.progress(len(plans) + 1)
        ends = Counter(p.final for p in plans)
        return (f"{len(names_by_id)} operators, {len(customers)} customers, {len(cars)} vehicles, "
                f"{len(plans)} orders ({sum(ends[s] for s in lifecycle.IN_SHOP)} in the shop, {ends[S.BOOKED]} "
                f"booked, {ends[S.DELIVERED] + ends[S.FOLLOWED_UP]} delivered)")

    def _staff(self) -> tuple[dict[str, list[int]], dict[str, int], dict[int, str]]:
        """The garage profile and the staff, through the services and as the owner (both are owner's work)."""
        settings.save(self.session, self.owner, self.config)
        people: dict[str, list[int]] = defaultdict(list)
        foremen: dict[str, int] = {}
        names_by_id = {self.owner: bootstrap.FIRST_OWNER_NAME}
        for name, role, team in names.STAFF:
            person = operators.save_operator(self.session, self.owner, None, name, Role(role), team)
            people[role].append(person.id)
            names_by_id[person.id] = name
            if team:
                foremen[team] = person.id
        return people, foremen, names_by_id

    def _customers(self, wanted: int) -> tuple[list[dict[str, Any]], list[Car], dict[str, set[str]]]:
        classes = {mc.name: (mc.id, mc.coefficient) for mc in self.session.scalars(select(m.ModelClass))}
        rng, customers, cars = self.rng, [], []
        taken: dict[str, set[str]] = {"phones": set(), "plates": set()}
        for customer_id in range(1, wanted + 1):
            name, phone = names.person_name(rng), names.fresh(rng, names.mobile_phone, taken["phones"])
            customers.append({"id": customer_id, "name": name, "name_initials": pinyin.initials(name),
                              "phone": phone, "address": names.address(rng) if rng.random() < 0.5 else "",
                              "note": "", "created_at": None})
            for _ in range(2 if rng.random() < 0.3 else 1):
                model = names.pick_model(rng)
                year = rng.randint(2020 if model.new_energy else 2014, self.line.now.year - 1)
                class_id, coefficient = classes.get(model.model_class, (None, Decimal(1)))
                plate = names.fresh(rng, lambda r, kind=model.new_energy: names.plate(r, kind), taken["plates"])
                cars.append(Car(len(cars) + 1, customer_id, model, plate, names.vin(rng, model, min(year + 1, 2030)),
                                year, rng.choice(names.COLOURS), class_id, coefficient,
                                date(year, rng.randint(1, 12), rng.randint(1, 28)), rng.randint(20, 45)))
        return customers, cars, taken

    def _created(self, customers: list[dict[str, Any]], cars: list[Car],
                 first_seen: dict[int, datetime]) -> dict[int, datetime]:
        """Half the customers seen these months were new then; the others came first in earlier years."""
        registered: dict[int, date] = {}
        for car in cars:
            registered[car.customer_id] = min(car.registered, registered.get(car.customer_id, car.registered))
        created = {}
        for row in customers:
            day = self.line.now.date() - timedelta(days=self.rng.randint(130, 1100))
            day = max(day, registered[row["id"]] + timedelta(days=self.rng.randint(1, 60)))
            day = min(day, self.line.now.date() - timedelta(days=1))
            long_ago = datetime.combine(day, self.config.opening_time) + timedelta(minutes=self.rng.randint(0, 590))
            seen = first_seen.get(row["id"])
            when = seen if seen is not None and self.rng.random() < 0.5 else long_ago
            row["created_at"] = created[row["id"]] = min(when, seen or when)
        return created

    @staticmethod
    def _vehicle(car: Car, created: datetime, last_mileage: dict[int, int]) -> dict[str, Any]:
        return {"id": car.id, "customer_id": car.customer_id, "plate": car.plate, "vin": car.vin,
                "make": car.model.make, "model": car.model.model, "year": car.year, "colour": car.colour,
                "fuel_type": car.model.fuel, "model_class_id": car.model_class_id, "created_at": created,
                "last_mileage": last_mileage.get(car.id) or car.mileage(created)}  # as told when registered

    def _catalog(self) -> dict[str, m.Part]:
        """The labour and parts catalogs; codes a starter catalog already has are kept as they are."""
        have = set(self.session.scalars(select(m.LabourOperation.code)))
        self.session.add_all(m.LabourOperation(code=op.code, name=op.name, category=op.category,
                                               standard_hours=op.hours)
                             for op in names.OPERATIONS if op.code not in have)
        parts = {part.code: part for part in self.session.scalars(select(m.Part))}
        for index, spec in enumerate(names.PARTS, start=1):
            if spec.code not in parts:
                parts[spec.code] = m.Part(code=spec.code, name=spec.name, spec=spec.spec, unit=spec.unit,
                                          origin=spec.origin, sale_price=spec.price, cost=spec.cost,
                                          on_hand=Decimal(0), minimum=spec.minimum, supplier=spec.supplier,
                                          bin_location=f"{'ABCD'[index % 4]}-{index:02d}")
                self.session.add(parts[spec.code])
        self.session.flush()
        return parts

    def _stock(self, parts: dict[str, m.Part], writer: OrderWriter, store: int) -> None:
        """An opening receipt covers what the orders took plus what is on the shelf now (a few run low)."""
        opened = self.line.at(self.line.today - 125 * self.line.day)
        for spec in names.PARTS:
            part = parts[spec.code]
            wanted = (Decimal(max(0, int(spec.minimum) - 1)) if spec.code in LOW_STOCK
                      else spec.minimum + self.rng.randint(2, 20))
            on_hand = max(wanted, part.on_hand)
            received = on_hand - part.on_hand + writer.issued[part.id]
            if received:
                writer.add("StockMovement", part_id=part.id, kind="receive", quantity=received, unit_cost=spec.cost,
                           order_id=None, part_line_id=None, reason="期初入庫", created_at=opened,
                           created_by_id=store)
            part.on_hand = on_hand
