"""The demo garage's reminders (issue 18): each car's next service as its last delivery told it, insurance
expiries and annual inspections as the customers told them at the counter (some overdue, some due this week), the
reminder calls and messages of the months shown (the call a week before a car's next visit), and this morning's
reminders worked through the services: a call not answered, a message copied, a booking made from the due list
and a reminder closed with its reason.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from garage_desktop.db import models as m
from garage_desktop.domain.lifecycle import FINAL, OrderStatus
from garage_desktop.domain.reminders import PURPOSE, Kind, Reading, service_due_on
from garage_desktop.services import clock, messages, reminders

# A separate stream: the reminders do not move what the rest of the demo draws.
SEED = "issue-18-reminders"
INSURANCE_SHARE = 0.45  # of the cars, those whose insurance expiry the garage knows
INSPECTION_SHARE = 0.35


def _readings(orders: list[dict[str, Any]]) -> dict[int, list[Reading]]:
    found: dict[int, list[Reading]] = {}
    for order in orders:
        if order["vehicle_id"] is None:
            continue
        if order["mileage_in"] is not None and order["received_at"] is not None:
            found.setdefault(order["vehicle_id"], []).append(Reading(order["received_at"].date(), order["mileage_in"]))
        if order["mileage_out"] is not None and order["delivered_at"] is not None:
            found.setdefault(order["vehicle_id"], []).append(Reading(order["delivered_at"].date(),
                                                                     order["mileage_out"]))
    return found


def vehicle_dates(vehicles: list[dict[str, Any]], orders: list[dict[str, Any]], deliveries: list[dict[str, Any]],
                  today: date) -> None:
    """Fill the cars' reminder dates in place (every row gets every key: they are inserted together): the next
    service of each car's latest delivery that told one (of some other cars, as written on their card), and the
    insurance and inspection dates of some cars,
    spread around today so the due list has overdue items and items due this week."""
    rng = random.Random(SEED)
    car_of = {order["id"]: order["vehicle_id"] for order in orders}
    latest: dict[int, dict[str, Any]] = {}
    for row in sorted(deliveries, key=lambda d: (d["delivered_at"], d["id"])):
        vehicle_id = car_of.get(row["order_id"])
        if vehicle_id is not None and (row["next_service_on"] is not None or row["next_service_km"] is not None):
            latest[vehicle_id] = row
    history = _readings(orders)
    for vehicle in sorted(vehicles, key=lambda v: v["id"]):
        told = latest.get(vehicle["id"])
        on = told["next_service_on"] if told else None
        km = told["next_service_km"] if told else None
        if told is None and rng.random() < 0.25:
            # a car not in for a service in the months shown: its next service as written on its card, by date
            on = today + timedelta(days=rng.randint(-30, 20))
        vehicle["next_service_on"], vehicle["next_service_km"] = on, km
        vehicle["next_service_due_on"] = service_due_on(on, km, history.get(vehicle["id"], []))
        vehicle["insurance_expires_on"] = (today + timedelta(days=rng.randint(-25, 330))
                                           if rng.random() < INSURANCE_SHARE else None)
        vehicle["inspection_due_on"] = (today + timedelta(days=rng.randint(-20, 360))
                                        if rng.random() < INSPECTION_SHARE else None)
    # The first car booked in: its insurance runs out this week (the reminder call brought the booking).
    booked = sorted((o for o in orders if o["status"] is OrderStatus.BOOKED and o["vehicle_id"] is not None),
                    key=lambda o: o["id"])
    if booked:
        for vehicle in vehicles:
            if vehicle["id"] == booked[0]["vehicle_id"]:
                vehicle["insurance_expires_on"] = today + timedelta(days=3)
    # And one car's insurance ran out last week, not reminded yet: an overdue item on the list whatever the spread.
    booked_cars = {o["vehicle_id"] for o in booked}
    lapsed = next((v for v in sorted(vehicles, key=lambda v: v["id"]) if v["id"] not in booked_cars
                   and v["insurance_expires_on"] is None), None)
    if lapsed is not None:
        lapsed["insurance_expires_on"] = today - timedelta(days=4)


def past_reminders(rows: dict[str, list[dict[str, Any]]], advisors: list[int], now: datetime,
                   say: Callable[[str], str]) -> None:
    """The reminder calls and messages of the months shown, written with the orders (before the audit trail is
    sealed): a week before each car's return visit the advisor had reminded the customer of the service due, and
    a few customers were reminded of their insurance."""
    rng = random.Random(SEED + "-past")
    visits: dict[int, list[dict[str, Any]]] = {}
    for order in sorted(rows["RepairOrder"], key=lambda o: (o["received_at"] or datetime.max, o["id"])):
        if order["vehicle_id"] is not None and order["received_at"] is not None:
            visits.setdefault(order["vehicle_id"], []).append(order)
    first = min((o["received_at"] for o in rows["RepairOrder"] if o["received_at"]), default=None)
    if first is None or not advisors:
        return
    contact_ids = iter(range(1, 1_000_000))
    for orders in visits.values():
        for before, order in itertools.pairwise(orders):
            # a return for its service (not a comeback, not days later): reminded a week before, most of the time
            if (before["delivered_at"] is None or order["comeback_of_id"] is not None
                    or order["received_at"] - before["delivered_at"] < timedelta(days=45) or rng.random() < 0.3):
                continue
            called = datetime.combine(order["received_at"].date() - timedelta(days=7), time(10, rng.randint(0, 59)))
            if called <= first or called >= now:
                continue
            channel = "call" if rng.random() < 0.6 else "message"
            body = "" if channel == "call" else say("您好，您的愛車已到保養時間，歡迎預約進廠保養。")
            outcome = say("客戶說下週來") if channel == "call" else ""
            _contact(rows, next(contact_ids), called, advisors[0], order["customer_id"], order["vehicle_id"],
                     PURPOSE[Kind.SERVICE], channel, body, outcome)
    insured = sorted({o["vehicle_id"]: o for o in rows["RepairOrder"] if o["delivered_at"] is not None}.values(),
                     key=lambda o: o["id"])
    for n, order in enumerate(insured[:8]):
        sent = (order["delivered_at"] + timedelta(days=20 + n)).replace(hour=11, minute=0, second=0)
        if sent >= now - timedelta(days=1):
            continue
        _contact(rows, next(contact_ids), sent, advisors[n % len(advisors)], order["customer_id"],
                 order["vehicle_id"], PURPOSE[Kind.INSURANCE], "message",
                 say("您好，您的交強險即將到期，請及時續保。"), "")


def _contact(rows: dict[str, list[dict[str, Any]]], contact_id: int, at: datetime, by: int, customer_id: int,
             vehicle_id: int, purpose: str, channel: str, body: str, outcome: str) -> None:
    import json

    rows["Contact"].append({"id": contact_id, "at": at, "by_id": by, "customer_id": customer_id,
                            "vehicle_id": vehicle_id, "order_id": None, "purpose": purpose, "channel": channel,
                            "template_key": purpose if channel == "message" else "", "body": body,
                            "outcome": outcome})
    after = {"purpose": purpose, "channel": channel, "vehicle_id": vehicle_id,
             "template_key": purpose if channel == "message" else "", "body": body, "outcome": outcome}
    rows["AuditEvent"].append({"at": at, "operator_id": by, "order_id": None, "entity": "contact",
                               "entity_id": contact_id, "action": f"contact:{channel}",
                               "before": "", "after": json.dumps(after, ensure_ascii=False, sort_keys=True)})


@contextmanager
def _at(moment: datetime) -> Iterator[None]:
    before = clock._fixed  # a fixed clock (the tests') is put back as it was
    clock.set_fixed(moment.replace(microsecond=0))
    try:
        yield
    finally:
        clock.set_fixed(before)


def _open_cars(session: Session) -> set[int]:
    """Cars with an order still open (booked or in the shop): not the ones to book again."""
    final = (*FINAL, OrderStatus.DELIVERED)
    return set(session.scalars(select(m.RepairOrder.vehicle_id).where(
        m.RepairOrder.vehicle_id.is_not(None), m.RepairOrder.status.not_in(final))))


def work_the_list(session: Session, now: datetime, advisor: int, say: Callable[[str], str]) -> dict[str, int | None]:
    """This morning at the due list, through the services: a call not answered, a message copied, a reminder
    closed by the booking the customer made after the call, and one closed with its reason. Returns the vehicle of
    each (None when the demo is too small to have one)."""
    done: dict[str, int | None] = {"call": None, "message": None, "booking": None, "closed": None}
    busy = _open_cars(session)
    page = reminders.due_list(session, now.date()).items
    items = [item for item in page if item.vehicle_id not in busy]
    moment = now - timedelta(minutes=4)
    used: set[int] = set()

    def next_item() -> reminders.DueItem | None:
        for item in items:
            if item.vehicle_id not in used:
                used.add(item.vehicle_id)
                return item
        return None

    item = next_item()
    if item is not None:
        with _at(moment):
            reminders.log_call(session, advisor, item.vehicle_id, item.kind, say("沒人接，明天再打"))
        done["call"] = item.vehicle_id
    item = next_item()
    if item is not None:
        with _at(moment + timedelta(minutes=1)):
            text = messages.draft(session, item.purpose, "zh_TW", vehicle_id=item.vehicle_id).text  # the template
            messages.log_contact(session, advisor, purpose=item.purpose, channel="message", vehicle_id=item.vehicle_id,
                                 template_key=item.purpose, body=say(text))
        done["message"] = item.vehicle_id
    for item in page:  # a car booked in after its reminder call: the booking closes the reminder
        bookings = reminders.bookings_of(session, item.vehicle_id, now.date())
        if item.vehicle_id in used or not bookings:
            continue
        with _at(moment + timedelta(minutes=2)):
            reminders.log_call(session, advisor, item.vehicle_id, item.kind, say("客戶約了時間進廠"))
            reminders.close_with_booking(session, advisor, item.vehicle_id, item.kind, bookings[0].order_id)
        used.add(item.vehicle_id)
        done["booking"] = item.vehicle_id
        break
    item = next_item()
    if item is not None:
        with _at(moment + timedelta(minutes=3)):
            reminders.close_with_reason(session, advisor, item.vehicle_id, item.kind, say("客戶已在別處處理"))
        done["closed"] = item.vehicle_id
    return done
