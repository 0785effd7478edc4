"""Find anything from the window's search box: orders by number, plate, customer name (either script), pinyin
initials, phone or the end of the VIN; cars and customers that have no order yet; and the things this PC opened
last (``recent``).

``find(connection, text)`` reads what the text can be and asks the database once per kind of hit:

- **orders**: the order number contains the text (it has a "-", starts with "WO" or is 8+ digits: "1128-003",
  "WO20261128-003"); or its car's plate contains it (either script of the province: 粵B and 粤B are one plate);
  or its VIN ends with it (4+ Latin letters or digits); or its customer's name contains it (陈美玲 finds 陳美玲),
  the pinyin initials start with it ("lzm" finds 林志明) or the phone contains it (4+ digits). A booking whose
  car or customer is not on file yet is found by the plate, name and phone on its appointment. Open orders
  (booked, in the garage, released on a deposit) first, then the others; newest first within each (by the day
  the car came in; a booking by the day it was made).
- **vehicles** on file without any order (just registered), found the same way, then
- **customers** with neither a car nor an order.

Every hit says why it matched (the first that holds: number, plate, VIN, phone, name, initials). Each condition
is on one column (``LIKE`` with the user's ``%`` and ``_`` escaped; ``ILIKE`` for names, so PostgreSQL matches
Latin names whatever their case as SQLite does); the matching cars and customers are read by subqueries, so the
orders are looked up by their indexed ``vehicle_id`` / ``customer_id`` and only the hits are sorted. The vehicle
and customer queries run only when the orders leave room under ``limit``.

Issue 20, the same hits whatever the garage's size: a number from its "WO" or its day is a range of the number's
unique index; the matching cars and customers are read once a search (not once a query), and a part of a plate,
a VIN's end or phone digits are looked up in the ``SearchIndex`` the window keeps in memory when it is given.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, and_, case, exists, func, or_, select, union, union_all
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from garage_desktop.db.models import Appointment, Customer, RepairOrder, Vehicle
from garage_desktop.domain import lifecycle, script
from garage_desktop.domain.identifiers import PLATE_SIMPLIFIED, PROVINCES, normalise_plate, plate_spellings
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.services.search_index import SearchIndex

S = OrderStatus
# Orders that are done: the car has left and was paid for (or the order was closed another way). The others —
# booked, in the garage, out on a deposit — come first.
DONE: frozenset[OrderStatus] = lifecycle.FINAL | {S.DELIVERED}
MIN_TEXT = 2  # one character finds half the garage
MIN_PHONE_DIGITS = 4
MIN_VIN_TAIL = 4
MIN_NUMBER_DIGITS = 8  # "20261128": a day's orders; fewer digits alone are a plate or phone part
MAX_PLATE = 10  # longer text is no plate (``identifiers.check_plate``)
VIN_LENGTH = 17
# More matching cars or customers than this (a two-character text): looked up by subqueries rather than as a list
# of ids (SQLite takes up to 32,766 values in a statement).
MAX_LISTED_IDS = 2_000
MIN_PROVINCE_PLATE = 3  # a plate part from its province character on: "粤A" alone is a third of the garage
# Characters a plate may carry besides ASCII letters and digits: the provinces and the special-use characters.
_PLATE_CHARS = frozenset(PROVINCES) | frozenset(PLATE_SIMPLIFIED) | frozenset(PLATE_SIMPLIFIED.values()) | frozenset(
    "警使港澳超急北南成海空民航")


class Kind(StrEnum):
    ORDER = "order"
    VEHICLE = "vehicle"  # a car on file without an order: its history
    CUSTOMER = "customer"  # a customer with neither a car nor an order


class Why(StrEnum):
    """What the text matched, in the order they are checked."""

    NUMBER = "number"
    PLATE = "plate"
    VIN = "vin"
    PHONE = "phone"
    NAME = "name"
    INITIALS = "initials"
    RECENT = "recent"  # not a match: listed by ``recent``


@dataclass(frozen=True, slots=True)
class Hit:
    kind: Kind
    why: Why
    order_id: int | None
    order_no: str | None  # None for a booking (numbered at intake) and for a car or customer
    status: OrderStatus | None
    status_label: str  # English source text (translated by the window); "" for a car or customer
    is_open: bool  # an order not DONE; False for a car or customer
    customer_id: int | None
    vehicle_id: int | None
    plate: str
    car: str  # make and model
    customer_name: str
    phone: str
    vin: str
    received_at: datetime | None  # when the car came in (None for a booking)
    booked_for: datetime | None  # a booking's slot

    @property
    def key(self) -> tuple[str, int]:
        """What the recent list keeps: ("order", id), ("vehicle", id) or ("customer", id)."""
        ident = {Kind.ORDER: self.order_id, Kind.VEHICLE: self.vehicle_id, Kind.CUSTOMER: self.customer_id}
        return self.kind.value, int(ident[self.kind] or 0)


@dataclass(frozen=True)
class Query:
    """What the typed text can be. An empty field: the text cannot be that."""

    number: str = ""  # upper case, no spaces
    plate: str = ""  # normalised (Simplified province, upper case)
    vin_tail: str = ""
    phone: str = ""  # digits
    name: str = ""  # as typed (trimmed)
    initials: str = ""  # lower case

    def __bool__(self) -> bool:
        return any((self.number, self.plate, self.vin_tail, self.phone, self.name, self.initials))


def _plate_like(plate: str) -> bool:
    """Letters and digits, with the characters plates carry (粤B12345, B123, 粤B1234学): not a name."""
    return (all((ch.isascii() and ch.isalnum()) or ch in _PLATE_CHARS for ch in plate)
            and any(ch.isascii() and ch.isalnum() for ch in plate))


def read_text(text: str) -> Query:
    """What ``text`` typed in the search box can be: a number, a plate part, a VIN's end, phone digits, a name,
    pinyin initials (several at once: "1234" is a plate part, a VIN's end and phone digits)."""
    needle = " ".join(script.simplified(text or "").split())  # NFKC: full-width letters and digits as typed
    compact = re.sub(r"[\s·.•]", "", needle).upper()
    if len(compact) < MIN_TEXT:
        return Query()
    latin = compact.replace("-", "").isascii() and compact.replace("-", "").isalnum()
    has_digit = any(ch.isdigit() for ch in compact)
    number = compact if latin and has_digit and (
        "-" in compact or compact.startswith("WO") or (compact.isdigit() and len(compact) >= MIN_NUMBER_DIGITS)) else ""
    plate = normalise_plate(needle)
    plate_like = _plate_like(plate)
    if not plate_like or (not plate[:1].isascii() and len(plate) < MIN_PROVINCE_PLATE) or len(plate) > MAX_PLATE:
        plate = ""
    vin_tail = compact if latin and "-" not in compact and MIN_VIN_TAIL <= len(compact) <= VIN_LENGTH else ""
    digits = re.sub(r"\D", "", needle)
    phone = digits if len(digits) >= MIN_PHONE_DIGITS and re.fullmatch(r"\+?[0-9\s\-()]+", needle) else ""
    letters = needle.replace(" ", "")
    initials = letters.lower() if letters.isascii() and letters.isalpha() else ""
    # Chinese that is not a plate, or Latin letters only (a name as written in Latin letters).
    name = "".join(needle.split()) if not needle.isascii() and not plate_like else needle if initials else ""
    return Query(number, plate, vin_tail, phone, name, initials)


# --- the conditions -----------------------------------------------------------------------------------------
_GLOB_SPECIAL = frozenset("*?[]^")


def _glob_pattern(name: str) -> str | None:
    """SQLite: a Chinese name in either script as one GLOB pattern, each character a class of its forms
    ("*[陈陳]美玲*"): one test a row instead of a LIKE per spelling. None when the name has ASCII (letters are
    matched whatever their case, by ILIKE) or GLOB's own characters."""
    choices = script.variants(name)
    if not choices or any(ch.isascii() or ch in _GLOB_SPECIAL for options in choices for ch in options):
        return None
    return "*" + "".join(f"[{''.join(options)}]" if len(options) > 1 else options[0] for options in choices) + "*"


def _union_all(parts: list[Select]) -> Any | None:
    return None if not parts else parts[0] if len(parts) == 1 else union_all(*parts)


class _Where:
    """The conditions for one ``Query`` on one database (``dialect``: "sqlite", "postgresql")."""

    def __init__(self, q: Query, dialect: str) -> None:
        self.q = q
        self.dialect = dialect
        self._read: dict[str, list[int]] = {}  # ``read_ids``: the matching cars' and customers' ids

    def read_ids(self, db: Connection, index: SearchIndex | None = None) -> None:
        """Read the ids of the matching cars and customers once: each is a scan of a column's index (a plate or
        phone part has no other way), which the orders, the cars without orders and the customers without
        anything would each scan again; the plates, VINs and phones from ``index`` when given (kept in memory by
        the window: no scan at all). A long list (a two-character text) is left to the subqueries."""
        q = self.q
        if index is not None and (q.plate or q.vin_tail):
            cars = [ident for spelling in (plate_spellings(q.plate) if q.plate else ())
                    for ident in index.plates.containing(spelling)]
            cars += index.vins.containing(q.vin_tail, at_end=True) if q.vin_tail else []
            self._listed("vehicles", cars)
        elif (vehicles := self.vehicle_ids()) is not None:
            self._listed("vehicles", db.execute(vehicles).scalars())
        in_database = self.customer(phone=index is None)
        if in_database or q.phone:
            owners = index.phones.containing(q.phone) if index is not None and q.phone else []
            if in_database:
                owners += db.execute(_union_all([select(Customer.id).where(c) for c in in_database])).scalars()
            self._listed("customers", owners)

    def _listed(self, key: str, ids: Iterable[int]) -> None:
        found = list(dict.fromkeys(ids))
        if len(found) <= MAX_LISTED_IDS:
            self._read[key] = found

    def vehicles(self) -> Any | None:
        """The matching cars' ids: those read (``read_ids``), or the subquery."""
        return self._read.get("vehicles", self.vehicle_ids())

    def customers(self) -> Any | None:
        """The matching customers' ids: those read (``read_ids``), or the subquery."""
        return self._read.get("customers", self.customer_ids())

    def name(self, column: Any) -> Any:
        """``column`` (a name) contains the typed name, in either script; Latin letters whatever their case."""
        name = self.q.name
        if not name.isascii():
            pattern = _glob_pattern(name) if self.dialect == "sqlite" else None
            if pattern is not None:
                return column.op("GLOB")(pattern)
            # Chinese has no case: plain LIKE (ILIKE lowers every row first), one per spelling.
            return or_(*(column.contains(spelling, autoescape=True) for spelling in script.spellings(name)))
        return column.icontains(name, autoescape=True)

    def number(self) -> Any:
        """The order number contains the typed number. Numbers read "WO", the day, "-" and the day's count
        (``numbering.next_order_no``: WO20261128-003), so a text from "WO" on, or from the day's first digit
        ("20261128-003"), can only be a number's start: a range of the unique index (the same orders whatever
        their count) instead of reading the whole index. Other texts ("1128-003") are looked for anywhere."""
        text = self.q.number
        start = text if text.startswith("WO") else (
            "WO" + text if text[:8].isdigit() and len(text) >= 8 and text[8:9] in ("", "-") else "")
        if not start:
            return RepairOrder.order_no.contains(text, autoescape=True)
        prefix = RepairOrder.order_no.startswith(start, autoescape=True)
        if self.dialect != "sqlite":  # PostgreSQL: LIKE 'WO…%' (a range would follow the column's collation)
            return prefix
        # SQLite's LIKE ignores the case, so no index serves it; the numbers are upper-case ASCII, compared byte by
        # byte: the range of those that start with ``start``.
        after = start[:-1] + chr(ord(start[-1]) + 1)
        return and_(RepairOrder.order_no >= start, RepairOrder.order_no < after, prefix)

    def plate(self, column: Any) -> list[Any]:
        return [column.contains(spelling, autoescape=True) for spelling in plate_spellings(self.q.plate)] \
            if self.q.plate else []

    # Each condition is a SELECT of its own, joined by UNION ALL: each scans the index of its one column (which
    # holds the ids too) instead of the whole table, as an OR across columns would.
    def vehicle_ids(self) -> Any | None:
        parts = [select(Vehicle.id).where(or_(*self.plate(Vehicle.plate)))] if self.q.plate else []
        if self.q.vin_tail:
            parts.append(select(Vehicle.id).where(Vehicle.vin.endswith(self.q.vin_tail, autoescape=True)))
        return _union_all(parts)

    def customer(self, *, phone: bool = True) -> list[Any]:
        """The conditions on the customer (``phone``: with the phone's, which ``SearchIndex`` can answer)."""
        q, conditions = self.q, []
        if q.name:
            conditions.append(self.name(Customer.name))
        if q.initials:
            conditions.append(Customer.name_initials.startswith(q.initials, autoescape=True))
        if q.phone and phone:
            conditions.append(Customer.phone.contains(q.phone, autoescape=True))
        return conditions

    def customer_ids(self) -> Any | None:
        return _union_all([select(Customer.id).where(condition) for condition in self.customer()])

    def booking_order_ids(self) -> Select | None:
        """Bookings by what the appointment says (the car or the customer may not be on file yet)."""
        conditions = self.plate(Appointment.plate)
        if self.q.name:
            conditions.append(self.name(Appointment.contact_name))
        if self.q.phone:
            conditions.append(Appointment.contact_phone.contains(self.q.phone, autoescape=True))
        return select(Appointment.order_id).where(or_(*conditions)) if conditions else None

    def order_ids(self) -> Any | None:
        """The ids of the matching orders: a UNION of index look-ups (the order number: a scan of its index)."""
        parts = []
        if self.q.number:
            parts.append(select(RepairOrder.id).where(self.number()))
        vehicles = self.vehicles()
        if vehicles is not None:
            parts.append(select(RepairOrder.id).where(RepairOrder.vehicle_id.in_(vehicles)))
        customers = self.customers()
        if customers is not None:
            parts.append(select(RepairOrder.id).where(RepairOrder.customer_id.in_(customers)))
        bookings = self.booking_order_ids()
        if bookings is not None:
            parts.append(bookings)
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else union(*parts)


# --- why a row matched (the database said it does; this says which condition, and checks it exactly) --------
def _why(q: Query, *, number: str | None = None, plates: Sequence[str | None] = (), vin: str | None = None,
         phones: Sequence[str | None] = (), names: Sequence[str | None] = (), initials: str | None = None) -> Why | None:
    if q.number and number and q.number in number.upper():
        return Why.NUMBER
    if q.plate and any(q.plate in normalise_plate(plate) for plate in plates if plate):
        return Why.PLATE
    if q.vin_tail and vin and vin.upper().endswith(q.vin_tail):
        return Why.VIN
    if q.phone and any(q.phone in phone for phone in phones if phone):
        return Why.PHONE
    key = script.name_key(q.name).lower()
    if q.name and any(key in script.name_key(name).lower() for name in names if name):
        return Why.NAME
    if q.initials and initials and initials.startswith(q.initials):
        return Why.INITIALS
    return None


# --- the queries --------------------------------------------------------------------------------------------
_ORDER_COLUMNS = (RepairOrder.id, RepairOrder.order_no, RepairOrder.status, RepairOrder.received_at,
                  RepairOrder.customer_id, RepairOrder.vehicle_id, Vehicle.plate, Vehicle.vin, Vehicle.make,
                  Vehicle.model, Customer.name, Customer.name_initials, Customer.phone, Appointment.plate,
                  Appointment.contact_name, Appointment.contact_phone, Appointment.start_at)


def _orders_select() -> Select:
    return (select(*_ORDER_COLUMNS).select_from(RepairOrder)
            .outerjoin(Vehicle, Vehicle.id == RepairOrder.vehicle_id)
            .outerjoin(Customer, Customer.id == RepairOrder.customer_id)
            .outerjoin(Appointment, Appointment.order_id == RepairOrder.id))


def _order_hit(row: Any, why: Why) -> Hit:
    (order_id, order_no, status, received_at, customer_id, vehicle_id, plate, vin, make, model, name, _initials,
     phone, booked_plate, contact_name, contact_phone, start_at) = row
    return Hit(Kind.ORDER, why, order_id, order_no, status, lifecycle.STATUS_LABELS[status], status not in DONE,
               customer_id, vehicle_id, plate or booked_plate or "", _car(make, model), name or contact_name or "",
               phone or contact_phone or "", vin or "", received_at, start_at if status is S.BOOKED else None)


def _car(make: str | None, model: str | None) -> str:
    return " ".join(part for part in (make, model) if part)


def _vehicle_hit(row: Any, why: Why) -> Hit:
    vehicle_id, customer_id, plate, vin, make, model, name, _initials, phone = row
    return Hit(Kind.VEHICLE, why, None, None, None, "", False, customer_id, vehicle_id, plate, _car(make, model),
               name, phone or "", vin or "", None, None)


def _customer_hit(row: Any, why: Why) -> Hit:
    customer_id, name, _initials, phone = row
    return Hit(Kind.CUSTOMER, why, None, None, None, "", False, customer_id, None, "", "", name, phone or "", "",
               None, None)


_VEHICLE_COLUMNS = (Vehicle.id, Vehicle.customer_id, Vehicle.plate, Vehicle.vin, Vehicle.make, Vehicle.model,
                    Customer.name, Customer.name_initials, Customer.phone)
_CUSTOMER_COLUMNS = (Customer.id, Customer.name, Customer.name_initials, Customer.phone)


def _reader(connection: Connection | Session) -> Connection:
    return connection.connection() if isinstance(connection, Session) else connection


def find(connection: Connection | Session, text: str, limit: int = 50, index: SearchIndex | None = None) -> list[Hit]:
    """What the search box finds for ``text`` (at most ``limit`` hits): orders — open ones first, newest first —
    then cars without an order, then customers with neither. Nothing for less than two characters. ``index``:
    the plates, VINs and phones kept in memory (brought up to date first; the same hits, sooner)."""
    q = read_text(text)
    if not q or limit <= 0:
        return []
    db = _reader(connection)
    where = _Where(q, db.dialect.name)
    wanted = index is not None and bool(q.plate or q.vin_tail or q.phone)  # what the index answers
    where.read_ids(db, index if wanted and index.refresh(db) else None)
    ids = where.order_ids()
    if ids is None:
        return []
    done_last = case((RepairOrder.status.in_(sorted(DONE)), 1), else_=0)
    order = (done_last, func.coalesce(RepairOrder.received_at, RepairOrder.created_at).desc(), RepairOrder.id.desc())
    # The first ``limit`` ids sorted on the order's own row, then the car, customer and booking of those only.
    first = select(RepairOrder.id).where(RepairOrder.id.in_(ids)).order_by(*order).limit(limit)
    stmt = _orders_select().where(RepairOrder.id.in_(first)).order_by(*order)
    hits = []
    for row in db.execute(stmt):
        why = _why(q, number=row[1], plates=(row[6], row[13]), vin=row[7], phones=(row[12], row[15]),
                   names=(row[10], row[14]), initials=row[11])
        if why is not None:  # None only past ``script.spellings``' limit: a wider match than typed
            hits.append(_order_hit(row, why))
    if len(hits) < limit:
        hits += _vehicles_without_orders(db, where, limit - len(hits))
    if len(hits) < limit:
        hits += _customers_without_anything(db, where, limit - len(hits))
    return hits


def _vehicles_without_orders(db: Connection, where: _Where, limit: int) -> list[Hit]:
    owners = where.customers()
    cars = where.vehicles()
    parts = ([select(Vehicle.id).where(Vehicle.id.in_(cars))] if cars is not None else []) + (
        [select(Vehicle.id).where(Vehicle.customer_id.in_(owners))] if owners is not None else [])
    ids = _union_all(parts)
    if ids is None:
        return []
    stmt = (select(*_VEHICLE_COLUMNS).join(Customer, Customer.id == Vehicle.customer_id)
            .where(Vehicle.id.in_(ids), ~exists().where(RepairOrder.vehicle_id == Vehicle.id))
            .order_by(Vehicle.id.desc()).limit(limit))
    hits = []
    for row in db.execute(stmt):
        why = _why(where.q, plates=(row[2],), vin=row[3], phones=(row[8],), names=(row[6],), initials=row[7])
        if why is not None:
            hits.append(_vehicle_hit(row, why))
    return hits


def _customers_without_anything(db: Connection, where: _Where, limit: int) -> list[Hit]:
    ids = where.customers()
    if ids is None:
        return []
    stmt = (select(*_CUSTOMER_COLUMNS)
            .where(Customer.id.in_(ids), ~exists().where(Vehicle.customer_id == Customer.id),
                   ~exists().where(RepairOrder.customer_id == Customer.id))
            .order_by(Customer.id.desc()).limit(limit))
    hits = []
    for row in db.execute(stmt):
        why = _why(where.q, phones=(row[3],), names=(row[1],), initials=row[2])
        if why is not None:
            hits.append(_customer_hit(row, why))
    return hits


# --- the recent list --------------------------------------------------------------------------------------------
def recent(connection: Connection | Session, keys: Sequence[tuple[str, int]]) -> list[Hit]:
    """The hits for ``keys`` (("order", id), ("vehicle", id), ("customer", id): what this PC opened last, kept
    by the window), in that order; those no longer on file are left out."""
    db = _reader(connection)
    wanted = {kind: [ident for k, ident in keys if k == kind] for kind in Kind}
    found: dict[tuple[str, int], Hit] = {}
    if wanted[Kind.ORDER]:
        for row in db.execute(_orders_select().where(RepairOrder.id.in_(wanted[Kind.ORDER]))):
            found[(Kind.ORDER.value, row[0])] = _order_hit(row, Why.RECENT)
    if wanted[Kind.VEHICLE]:
        stmt = (select(*_VEHICLE_COLUMNS).join(Customer, Customer.id == Vehicle.customer_id)
                .where(Vehicle.id.in_(wanted[Kind.VEHICLE])))
        for row in db.execute(stmt):
            found[(Kind.VEHICLE.value, row[0])] = _vehicle_hit(row, Why.RECENT)
    if wanted[Kind.CUSTOMER]:
        for row in db.execute(select(*_CUSTOMER_COLUMNS).where(Customer.id.in_(wanted[Kind.CUSTOMER]))):
            found[(Kind.CUSTOMER.value, row[0])] = _customer_hit(row, Why.RECENT)
    return [found[(kind, ident)] for kind, ident in dict.fromkeys(keys) if (kind, ident) in found]
