"""The demo garage: a new database file holding a believable four months of a small garage's work.

What a demo file contains (defaults; ``orders=`` scales the orders, and the customers with them):

- the garage profile (穗安汽車維修服務有限公司 in 廣州), ¥110 per 工時, 4 bays, open 08:00–18:00;
- every text in the garage's script: as ``names`` writes it (Traditional) for zh_TW, else in mainland Simplified
  through the paperwork's table (``documents.simplified``: the demo's texts are registered there), converted
  before anything is written, so the audit trail says what the records say;
- the staff: the owner (店主), 2 service advisors, 2 inspectors, 3 foremen with their teams (一組 mechanical,
  二組 maintenance, 鈑噴組 body and paint), a store keeper and a cashier;
- ~150 customers with Traditional-Chinese names (pinyin initials filled in) and mobile numbers, 1–2 cars each:
  粤 plates as on the plate (8-character new-energy plates on electric and plug-in cars), the makes and
  models seen in 廣州, VINs with the maker's code, the model-year code and a correct check digit, model
  classes and fuel types;
- a labour catalog (工時定額) and a parts catalog with stock (origin OEM / equivalent / repaired) whose
  on-hand quantities equal the sum of their stock movements;
- ~300 orders over the last four months. Every one is walked through the lifecycle by
  ``services.orders.transition`` itself, so statuses, the who-and-when stamps and the audit trail follow the
  rules the window follows, with timestamps in working hours and in order. Most orders are delivered and
  followed up (a few complaints, a few calls made late or not reached); today some cars are in the shop at
  every stage, two of them late and two at risk of being late; bookings for the rest of today and this week,
  one hour booked over the bays' capacity; cancellations with their reason and no-shows; an intermittent fault
  released on a deposit (one still out, one refunded by the method it was paid with, one settled later);
  comebacks linked to the earlier order and repaired free; a 三包 repair the maker pays, on a car within its
  包修期; insurance claims, one with added work the customer pays (two payers on one settlement), each naming its
  insurer (three on the list) and 定損 reference, most paid by the insurer, two in part, the newest still owed,
  and the older 三包 order paid by the maker (``demo.claims``: the Receivables sheet has something to age); two
  packages and two member grades, a package card bought at the counter whose first use pays a waiting car's oil
  change, graded customers whose estimates and settlement show the 會員折扣 (``demo.packages``); a car in
  repair with a 用料批條 (an extra part the inspector approved and the store issued, through
  ``services.picking_actions``). Orders carry intake records with damage marks, estimates with their
  revision, labour lines (hours × rate × complexity coefficient, ``domain.pricing.labour_amount``), part lines
  issued from stock, added work the customer approved or refused (refusals kept as recommendations, approved
  work always the customer's to pay), QC inspections (some failed once, on an order item with a note about
  that item, and passed after rework), payments, deliveries and follow-up calls. The owner's commission rules
  (提成) are set before the first order, and some bigger jobs are worked by two foremen (``demo.commission``). What the texts say (mileage,
  lateness, the next service, why the maker pays) is taken from the records they sit beside.

The rows are written with bulk inserts in one transaction: a 300-order garage takes about a second.
"""
from __future__ import annotations

import itertools
import random
import time as stopwatch
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from garage_desktop.db import models as m
from garage_desktop.db.engine import Database
from garage_desktop.db.migrate import upgrade
from garage_desktop.db.sequences import reset_sequences
from garage_desktop.db.types import holding
from garage_desktop.demo import claims as demo_claims
from garage_desktop.demo import during_repair, names
from garage_desktop.demo import packages as demo_packages
from garage_desktop.demo import qc as demo_qc
from garage_desktop.demo import reminders as demo_reminders
from garage_desktop.demo.commission import DemoCommission
from garage_desktop.demo.orders import TABLES, OrderWriter
from garage_desktop.demo.plan import BAYS, Car, Plan, Planner, Timeline
from garage_desktop.demo.stored_value import DemoCards, latest_audit
from garage_desktop.documents.simplified import simplified_composed
from garage_desktop.domain import ehr as ehr_rules
from garage_desktop.domain import lifecycle, pinyin
from garage_desktop.domain.classes import FuelType, Role
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.languages import paperwork_language
from garage_desktop.paths import shown_url, sqlite_file
from garage_desktop.services import audit, bootstrap, clock, operators, picking_actions, settings

Progress = Callable[[int, int], None]
S = OrderStatus
DEFAULT_ORDERS = 300
HOURLY_RATE = Decimal("110.00")
LOW_STOCK = ("BP-F-OEM", "CKP", "WIPER")  # parts left below their minimum, so the store has something to order


def write_demo(url: str, *, orders: int | None = None, progress: Progress | None = None, seed: int = 2026,
               today: date | None = None, language: str = "zh_TW") -> str:
    """Create the database at ``url`` and fill it with the demo garage; returns a one-line summary.

    ``language`` is the garage's script: "zh_TW" writes the vocabulary as it is written (Traditional); any other
    language ("zh_CN", "en": a mainland garage) writes it in mainland Simplified. The same seed gives the same
    garage in either script.

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
                raise FileExistsError(f"{shown_url(url)} already holds a garage's data")
            script = "zh_TW" if paperwork_language(language) == "zh_TW" else "zh_CN"
            say = _identity if script == "zh_TW" else simplified_composed
            bootstrap.ensure_first_operator(session, language=script)
            now = clock.now()
            if today is not None and today != now.date():
                now = datetime.combine(today, time(14, 30))
            summary = _DemoGarage(session, random.Random(seed), now, wanted,
                                  lambda done: report(1 + done, total), say).build()
        report(total, total)
    except BaseException:
        db.dispose()
        if created_file and path is not None:
            for suffix in ("", "-wal", "-shm", "-journal"):
                path.with_name(path.name + suffix).unlink(missing_ok=True)
        raise
    db.dispose()
    return f"{summary} in {stopwatch.perf_counter() - started:.1f} s"


def _identity(text: str) -> str:
    return text


def _link_a_referral(writer: OrderWriter, customers: list[dict[str, Any]]) -> None:
    """A customer who said in a follow-up call they would introduce a friend brought one: the first customer
    registered after that call is linked to it (是否願意介紹新客戶; the month's workbook counts it)."""
    calls = {row["id"]: row for row in writer.rows["FollowUp"]}
    referrers = {row["id"]: row["customer_id"] for row in writer.rows["RepairOrder"]}
    said_yes = sorted((calls[a["follow_up_id"]] for a in writer.rows["FollowUpAnswer"]
                       if a["kind"] == "referral" and a["choice"] == "yes"), key=lambda c: c["called_at"])
    newest_last = sorted(customers, key=lambda c: (c["created_at"], c["id"]))
    for call in said_yes:
        referrer = referrers.get(call["order_id"])
        friend = next((c for c in newest_last if c["created_at"] > call["called_at"] and c["id"] != referrer), None)
        if friend is not None:
            writer.add("Referral", follow_up_id=call["id"], customer_id=friend["id"],
                       linked_at=min(friend["created_at"] + timedelta(minutes=20), writer.line.now),
                       linked_by_id=call["called_by_id"])
            return


def _put_off_and_taken_up(writer: OrderWriter) -> None:
    """建議項目 (issue 16, seed ⑥2 可以留到下一次進行修理): at a car's handover the advisor pointed out work that could
    wait, and the car's next visit took it up (its estimate has that job); and a declined item the customer had
    done elsewhere is dismissed a week after it was made."""
    from garage_desktop.demo.orders import recommendation_fields

    visits: dict[int, list[dict[str, Any]]] = {}
    for order in sorted(writer.rows["RepairOrder"], key=lambda o: (o["received_at"] or datetime.max, o["id"])):
        if order["vehicle_id"] is not None and order["received_at"] is not None:
            visits.setdefault(order["vehicle_id"], []).append(order)
    first_jobs = {}
    for line in writer.rows["LabourLine"]:
        if not line["added"] and line["operation_code"]:
            first_jobs.setdefault(line["order_id"], line)
    pairs = ((car, earlier, later) for car, orders in sorted(visits.items())
             for earlier, later in itertools.pairwise(orders))
    for car, earlier, later in pairs:
        job = first_jobs.get(later["id"])
        if earlier["delivered_at"] is None or later["estimated_at"] is None or later["comeback_of_id"] or job is None:
            continue
        writer.add("Recommendation", vehicle_id=car, order_id=earlier["id"],
                   description=f"{job['name']}：目前不急，建議下次來廠時進行", created_at=earlier["delivered_at"],
                   done_order_id=later["id"], **recommendation_fields(
                       source="delivery", operation_code=job["operation_code"],
                       created_by_id=earlier["delivered_by_id"], done_at=later["estimated_at"],
                       closed_by_id=later["estimated_by_id"]))
        break
    week = timedelta(days=7)
    for rec in writer.rows["Recommendation"]:
        if rec["source"] == "declined" and rec["done_order_id"] is None and rec["created_at"] + week < writer.line.now:
            rec.update(dismissed_at=rec["created_at"] + week, dismissed_reason="客戶已在別處處理",
                       closed_by_id=rec["created_by_id"])
            break


def _number_settlements(orders: list[dict[str, Any]]) -> None:
    """結算清單編號 (issue 18): the demo writes its orders without ``checkout.settle``, so its settled orders are
    numbered here as the garage would have numbered them: in settlement order, per year."""
    given: Counter[int] = Counter()
    for row in sorted((row for row in orders if row["settled_at"] is not None),
                      key=lambda row: (row["settled_at"], row["id"])):
        year = row["settled_at"].year
        given[year] += 1
        row["settlement_no"] = ehr_rules.settlement_number(year, given[year])


def _say_rows(rows: list[dict[str, Any]], say: Callable[[str], str]) -> None:
    """Every text of ``rows`` (not the enumerations, numbers or codes) through ``say``, in place."""
    for row in rows:
        for key, value in row.items():
            if type(value) is str and not value.isascii():
                row[key] = say(value)


@contextmanager
def _clock_at(moment: datetime) -> Iterator[None]:
    """The services stamp what they write with ``clock.now()``: at ``moment`` here, then as the caller had it."""
    before = clock._fixed  # a fixed clock (the tests') is put back as it was
    clock.set_fixed(moment)
    try:
        yield
    finally:
        clock.set_fixed(before)


class _DemoGarage:
    """The staff and settings through the services, then customers, cars, catalogs and orders in bulk."""

    def __init__(self, session: Session, rng: random.Random, now: datetime, wanted: int,
                 progress: Callable[[int], None], say: Callable[[str], str] = _identity) -> None:
        self.session, self.rng, self.wanted, self.progress = session, rng, wanted, progress
        # The vocabulary is drawn and compared in ``names``' own script; ``say`` gives what is written.
        self.say = say
        self.owner: int = session.scalar(
            select(m.Operator.id).where(holding(m.Operator.roles, Role.OWNER)).order_by(m.Operator.id))  # type: ignore[assignment]
        self.config = replace(settings.load(session), hourly_rate=HOURLY_RATE, bays=BAYS,
                              **{key: say(value) for key, value in names.GARAGE_PROFILE.items()})
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
        _put_off_and_taken_up(writer)
        _number_settlements(writer.rows["RepairOrder"])
        demo_reminders.past_reminders(writer.rows, people["advisor"], self.line.now, _identity)  # said below
        commission = DemoCommission(self.rng, writer.rows, self.owner, foremen)  # issue 19: rules, shared lines
        commission.plan({op.code for op in names.OPERATIONS})
        stored = DemoCards(writer.rows, self.line.now, self.owner, people["cashier"][0], self.say)  # issue 19
        stored.plan(self.session)
        for rows in writer.rows.values():  # before the audit trail is sealed: it says what the records say
            _say_rows(rows, self.say)
        # Movements and audit events get their ids as inserted: in time order, as a garage records them (the
        # opening receipt above is dated before the orders' issues).
        writer.rows["StockMovement"].sort(key=lambda row: row["created_at"])
        writer.rows["AuditEvent"].sort(key=lambda row: row["at"])
        audit.seal_rows(self.session, writer.rows["AuditEvent"])  # numbered and chained after the staff's
        created = self._created(customers, cars, writer.first_seen)
        _link_a_referral(writer, customers)
        vehicles = [self._vehicle(car, created[car.customer_id], writer.first_car_seen.get(car.id),
                                  writer.last_mileage) for car in cars]
        demo_reminders.vehicle_dates(vehicles, writer.rows["RepairOrder"], writer.rows["Delivery"],
                                     self.line.now.date())
        _say_rows(customers, self.say)
        _say_rows(vehicles, self.say)
        for row in customers:
            row["name_initials"] = pinyin.initials(row["name"])
        tables: list[tuple[type[m.Base], list[dict[str, Any]]]] = [
            (m.Customer, customers), (m.Vehicle, vehicles),
            *((getattr(m, table), writer.rows[table]) for table in TABLES)]
        for model, rows in tables:
            if rows:
                self.session.execute(insert(model), rows)
        commission.insert(self.session)
        stored.insert(self.session)
        # Rows written with their ids: a server's sequences must continue after them (the first new customer).
        reset_sequences(self.session.connection())
        demo_qc.record_inspections(self.session, self.rng)
        self._extra_slips(plans, writer)
        during_repair.write(self.session, self.line.now, self.say)  # issue 16: delay call, checks, 三包 loaner
        demo_reminders.work_the_list(self.session, self.line.now, people["advisor"][0], self.say)  # issue 18
        demo_claims.write(self.session, self.line.now, people["cashier"][0], self.say)  # issue 19: receivables
        # issue 19: packages and grades; a package card bought at the counter pays a waiting car's service
        demo_packages.write(self.session, self.line.now, self.owner, people["cashier"][0], self.say)
        # issue 19: the owner's dormant period; a stored-value card pays part of a waiting car's bill
        stored.today(self.session, latest_audit(self.session, self.line.now))
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
        also: list[tuple[str, int]] = []  # a second role: listed after the people whose main job it is
        for name, roles, team in names.STAFF:
            main, *others = roles.split(",")
            person = operators.save_operator(self.session, self.owner, None, self.say(name),
                                             {Role(role) for role in (main, *others)}, self.say(team))
            people[main].append(person.id)
            also += [(role, person.id) for role in others]
            names_by_id[person.id] = name
            if team:
                foremen[team] = person.id
        for role, person_id in also:
            people[role].append(person_id)
        return people, foremen, names_by_id

    def _customers(self, wanted: int) -> tuple[list[dict[str, Any]], list[Car], dict[str, set[str]]]:
        classes = {mc.name: (mc.id, mc.coefficient) for mc in self.session.scalars(select(m.ModelClass))}
        rng, customers, cars = self.rng, [], []
        taken: dict[str, set[str]] = {"phones": set(), "plates": set()}
        staff = {name for name, _role, _team in names.STAFF} | {bootstrap.FIRST_OWNER_NAME}
        # The orders go back four months: every car was on the road before its first one.
        latest_registration = self.line.now.date() - timedelta(days=130)
        for customer_id in range(1, wanted + 1):
            name = names.person_name(rng)
            while name in staff:  # a customer never has a staff member's name (the papers would read wrong)
                name = names.person_name(rng)
            phone = names.fresh(rng, names.mobile_phone, taken["phones"])
            customers.append({"id": customer_id, "name": name, "name_initials": pinyin.initials(name),
                              "phone": phone, "address": names.address(rng) if rng.random() < 0.5 else "",
                              "note": "", "created_at": None})
            for _ in range(2 if rng.random() < 0.3 else 1):
                model = names.pick_model(rng)
                young = not cars  # the first car is young, so a defect can be the maker's to pay (三包)
                while young and model.fuel is FuelType.ELECTRIC:
                    model = names.pick_model(rng)
                year = (self.line.now.year - 1 if young
                        else rng.randint(2020 if model.new_energy else 2014, self.line.now.year - 1))
                class_id, coefficient = classes.get(self.say(model.model_class), (None, Decimal(1)))
                plate = names.fresh(rng, lambda r, kind=model.new_energy: names.plate(r, kind), taken["plates"])
                cars.append(Car(len(cars) + 1, customer_id, model, plate, names.vin(rng, model, min(year + 1, 2030)),
                                year, rng.choice(names.COLOURS), class_id, coefficient,
                                min(date(year, rng.randint(1, 12), rng.randint(1, 28)), latest_registration),
                                rng.randint(20, 45)))
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

    def _vehicle(self, car: Car, owner_created: datetime, first_order: datetime | None,
                 last_mileage: dict[int, int]) -> dict[str, Any]:
        """The car as registered in the garage: with its owner, or later if it was bought later (never before
        it was on the road), and at the latest when it first came for an order."""
        bought = datetime.combine(car.registered + timedelta(days=self.rng.randint(1, 30)), self.config.opening_time)
        created = max(owner_created, bought + timedelta(minutes=self.rng.randint(0, 590)))
        created = min(created, first_order) if first_order is not None else min(created, self.line.now)
        return {"id": car.id, "customer_id": car.customer_id, "plate": car.plate, "vin": car.vin,
                "make": car.model.make, "model": car.model.model, "year": car.year, "colour": car.colour,
                "fuel_type": car.model.fuel, "model_class_id": car.model_class_id, "created_at": created,
                "purchase_date": bought.date(),  # 購車日期: the 三包 periods run from it
                "last_mileage": last_mileage.get(car.id) or car.mileage(created)}  # as told when registered

    def _extra_slips(self, plans: list[Plan], writer: OrderWriter) -> None:
        """The 用料批條 of a car in repair that needs a part beyond the plan, through the picking services as the
        garage writes one: the foreman asks, the inspector approves, the store issues. A few minutes apart, after
        everything else the demo wrote (so the stock movements and the audit trail stay in time order)."""
        latest = max([row["at"] for row in writer.rows["AuditEvent"]]
                     + [row["created_at"] for row in writer.rows["StockMovement"]], default=self.line.now)
        for plan in plans:
            if "extra" not in plan.flags or plan.job.key not in names.EXTRA_PARTS:
                continue
            code, quantity, reason = names.EXTRA_PARTS[plan.job.key]
            part_id = self.session.scalar(select(m.Part.id).where(m.Part.code == code))
            asked, decided, issued = (min(self.line.now, latest + timedelta(minutes=k)) for k in (4, 9, 12))
            with _clock_at(asked):
                screen = picking_actions.request_extra(self.session, plan.people["foreman"], plan.order_id,
                                                       part_id, quantity, self.say(reason))
            request = screen.pick.requests[0]  # newest first
            with _clock_at(decided):
                picking_actions.decide_extra(self.session, plan.people["inspector"], request.approval_id, True)
            with _clock_at(issued):
                picking_actions.issue(self.session, plan.people["store"], request.part_line_id)
            latest = issued

    def _catalog(self) -> dict[str, m.Part]:
        """The labour and parts catalogs; codes a starter catalog already has are kept as they are."""
        have = set(self.session.scalars(select(m.LabourOperation.code)))
        say = self.say
        self.session.add_all(m.LabourOperation(code=op.code, name=say(op.name), category=say(op.category),
                                               standard_hours=op.hours)
                             for op in names.OPERATIONS if op.code not in have)
        parts = {part.code: part for part in self.session.scalars(select(m.Part))}
        for index, spec in enumerate(names.PARTS, start=1):
            if spec.code not in parts:
                parts[spec.code] = m.Part(code=spec.code, name=say(spec.name), spec=say(spec.spec),
                                          unit=say(spec.unit), origin=spec.origin, sale_price=spec.price,
                                          cost=spec.cost, on_hand=Decimal(0), minimum=spec.minimum,
                                          supplier=say(spec.supplier),
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
