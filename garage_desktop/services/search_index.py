"""The plates, VINs and phone numbers the search box looks through, kept in memory by the window (issue 20).

A part of a plate or of a phone number may be anywhere in it: no B-tree index serves ``LIKE '%…%'``, and the
database reads the whole column's index for each (50,000 cars on a ten-year garage: milliseconds a column, three
columns a keystroke), so the search grew with the garage. Here each column is one text, a value a line, searched
by ``str.find`` (a few hundred microseconds for the ten-year garage), with the ids beside it; ``services.find``
takes the matching cars and customers from it and reads their orders by the indexed ``vehicle_id`` and
``customer_id``, as before. Matching is the database's: SQLite's ``LIKE`` ignores the case of ASCII letters (and
only of those), PostgreSQL's does not.

Kept current from the audit trail, whichever screen or PC wrote: every write of a car or a customer records an event
naming it (``services.customers``, ``services.merge``, the reminders' dates), so ``refresh`` reads again the cars
and customers the events after the last one seen name, and the rows added since without an event (ids above the
highest seen). Another trail (a restored file, another garage) makes the index stale: the search then asks the
database until the window has read a new one. Cheap when nothing changed: a few look-ups by primary key.
Memory: about 4 MB for the ten-year garage (the texts and two arrays of integers a column, no object per row).
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from sqlalchemy import func, or_, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from garage_desktop.db.models import AuditEvent, Customer, Vehicle
from garage_desktop.services import changes

_ASCII_UPPER = str.maketrans("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_ENTITIES = ("vehicle", "customer")
# Values changed since a column's text was built are kept apart (searched one by one); past this many the text is
# built again.
MAX_REPLACED = 2_000


class Column:
    """One column's values, a line each in one text (ASCII letters in upper case when ``fold``), and their ids;
    ``tails``: also sorted read backwards, for the values ending with a text (``containing(at_end=True)``)."""

    def __init__(self, rows: Iterable[tuple[int, str | None]], fold: bool, *, tails: bool = False) -> None:
        self.fold = fold
        self.with_tails = tails
        self.replaced: dict[int, str | None] = {}  # changed since built: the value now (None: no longer on file)
        self._build(rows)

    def _clean(self, value: str | None) -> str:
        value = (value or "").replace("\n", " ")
        return value.translate(_ASCII_UPPER) if self.fold else value

    def _build(self, rows: Iterable[tuple[int, str | None]]) -> None:
        ids, starts, values, at = array("i"), array("i"), [], 1
        for ident, value in rows:
            cleaned = self._clean(value)
            ids.append(ident)
            starts.append(at)
            values.append(cleaned)
            at += len(cleaned) + 1
        self.text = "\n" + "\n".join(values) + "\n"
        self.ids, self.starts = ids, starts
        self.replaced = {}
        self.tails = _Tails(zip(ids, values, strict=True)) if self.with_tails else None

    def __len__(self) -> int:
        return len(self.ids)

    def set(self, ident: int, value: str | None) -> None:
        self.replaced[ident] = self._clean(value)

    def remove(self, ident: int) -> None:
        self.replaced[ident] = None

    def compact(self) -> None:
        """Build the text again with the values replaced since (when there are many)."""
        if len(self.replaced) <= MAX_REPLACED:
            return
        replaced = self.replaced
        kept = [(ident, value) for ident, value in zip(self.ids, self.text[1:-1].split("\n"), strict=True)
                if ident not in replaced]
        self._build(sorted(kept + [(i, v) for i, v in replaced.items() if v is not None]))

    def containing(self, part: str, *, at_end: bool = False) -> list[int]:
        """The ids whose value contains ``part`` (``at_end``: ends with it), each once."""
        part = self._clean(part)
        if not part:
            return []
        replaced = self.replaced
        if at_end and self.tails is not None:
            found = [ident for ident in self.tails.ending_with(part) if ident not in replaced]
        else:
            found = self._found(part + "\n" if at_end else part)
        for ident, value in replaced.items():
            if value is not None and (value.endswith(part) if at_end else part in value):
                found.append(ident)
        return found


    def _found(self, needle: str) -> list[int]:
        text, starts, ids, replaced = self.text, self.starts, self.ids, self.replaced
        found: list[int] = []
        last = len(starts) - 1
        at = text.find(needle, 1)
        while at >= 0:
            row = bisect_right(starts, at) - 1
            if ids[row] not in replaced:
                found.append(ids[row])
            if row >= last:
                break
            at = text.find(needle, starts[row + 1])
        return found


class _Tails:
    """Values read backwards and sorted, padded to one width in one text: those ending with a text are one range,
    found by bisection whatever their number (``str.find`` for "ends with" slows down on VINs: their characters
    are the line end's neighbours)."""

    def __init__(self, rows: Iterable[tuple[int, str]]) -> None:
        backwards = sorted((value[::-1], ident) for ident, value in rows)
        self.width = max((len(value) for value, _ident in backwards), default=0) or 1
        self.text = "".join(value.ljust(self.width, "\0") for value, _ident in backwards)
        self.ids = array("i", (ident for _value, ident in backwards))

    def __len__(self) -> int:
        return len(self.ids)

    def __getitem__(self, row: int) -> str:
        return self.text[row * self.width:(row + 1) * self.width]

    def ending_with(self, tail: str) -> list[int]:
        start = tail[::-1]
        if len(start) > self.width:
            return []
        low = bisect_left(self, start)
        high = bisect_left(self, start + "\U0010ffff", low)
        return list(self.ids[low:high])


def _reader(connection: Connection | Session) -> Connection:
    return connection.connection() if isinstance(connection, Session) else connection


class SearchIndex:
    """The cars' plates and VINs and the customers' phones (``read``), brought up to date by ``refresh``."""

    def __init__(self, mark: changes.Mark, highest: tuple[int, int], plates: Column, vins: Column,
                 phones: Column) -> None:
        self.mark = mark
        self.highest_vehicle, self.highest_customer = highest
        self.plates, self.vins, self.phones = plates, vins, phones
        self.stale = False  # another trail than the one read: ``read`` a new index

    @classmethod
    def read(cls, connection: Connection | Session) -> SearchIndex:
        """Read every car's plate and VIN and every customer's phone (the mark first: what is written meanwhile is
        read again by the next ``refresh``)."""
        db = _reader(connection)
        fold = db.dialect.name == "sqlite"
        mark = changes.mark(db)
        # A column at a time, the rows streamed: no list of every row on the way.
        plates = Column(db.execute(select(Vehicle.id, Vehicle.plate).order_by(Vehicle.id)), fold)
        vins = Column(db.execute(select(Vehicle.id, Vehicle.vin).order_by(Vehicle.id)), fold, tails=True)
        phones = Column(db.execute(select(Customer.id, Customer.phone).order_by(Customer.id)), fold)
        return cls(mark, (plates.ids[-1] if len(plates) else 0, phones.ids[-1] if len(phones) else 0), plates, vins,
                   phones)

    def refresh(self, connection: Connection | Session) -> bool:
        """Bring the index up to date with what was written since it was read; False when it cannot be (``stale``:
        another trail) and the database must be asked."""
        if self.stale:
            return False
        db = _reader(connection)
        seen_id, seen_chain = self.mark
        now = changes.mark(db)
        top_vehicle = db.scalar(select(func.max(Vehicle.id))) or 0
        top_customer = db.scalar(select(func.max(Customer.id))) or 0
        if now == self.mark and top_vehicle == self.highest_vehicle and top_customer == self.highest_customer:
            return True
        if seen_id and db.scalar(select(AuditEvent.chain).where(AuditEvent.id == seen_id)) != seen_chain:
            self.stale = True
            return False
        named: dict[str, set[int]] = {entity: set() for entity in _ENTITIES}
        for entity, ident in db.execute(select(AuditEvent.entity, AuditEvent.entity_id).where(
                AuditEvent.id > seen_id, AuditEvent.entity.in_(_ENTITIES), AuditEvent.entity_id.is_not(None))):
            named[entity].add(ident)
        self._read_cars(db, named["vehicle"], top_vehicle)
        self._read_customers(db, named["customer"], top_customer)
        self.mark = now
        return True

    def _read_cars(self, db: Connection, ids: set[int], top: int) -> None:
        if not ids and top == self.highest_vehicle:
            return
        rows = db.execute(select(Vehicle.id, Vehicle.plate, Vehicle.vin).where(
            or_(Vehicle.id.in_(sorted(ids)), Vehicle.id > self.highest_vehicle))).all()
        for ident, plate, vin in rows:
            self.plates.set(ident, plate)
            self.vins.set(ident, vin)
        for ident in ids - {row[0] for row in rows}:  # merged into another car
            self.plates.remove(ident)
            self.vins.remove(ident)
        self.highest_vehicle = max(top, self.highest_vehicle)
        self.plates.compact()
        self.vins.compact()

    def _read_customers(self, db: Connection, ids: set[int], top: int) -> None:
        if not ids and top == self.highest_customer:
            return
        rows = db.execute(select(Customer.id, Customer.phone).where(
            or_(Customer.id.in_(sorted(ids)), Customer.id > self.highest_customer))).all()
        for ident, phone in rows:
            self.phones.set(ident, phone)
        for ident in ids - {row[0] for row in rows}:
            self.phones.remove(ident)
        self.highest_customer = max(top, self.highest_customer)
        self.phones.compact()
