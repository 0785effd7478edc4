"""Records on file twice because they were typed in the other script (粵B12345 and 粤B12345; 陳美玲 and 陈美玲 with
one phone number): listed for the owner, who keeps one record of each group and merges the others into it.

A merge moves every row that points at the merged record (found from the models' foreign keys, so a table added
later is moved too) to the kept one, fills the kept record's empty fields from the merged one, removes the merged
record and writes it all to the audit trail. Only the owner merges, and only records that differ by script: two
vehicles with different VINs, or customers with different phone numbers, are refused.

Before plates had one form (migration 0004_canonical_plates), a plate was stored as typed; the migration rewrote
every plate except where two vehicles would then share one. Those, and customers entered twice in the two
scripts, are what ``script_duplicates`` lists.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Column, func, or_, select, update
from sqlalchemy.orm import Session

from garage_desktop.db.models import Base, Customer, RepairOrder, Vehicle
from garage_desktop.domain import script
from garage_desktop.domain.classes import Role
from garage_desktop.domain.identifiers import PLATE_SIMPLIFIED, normalise_plate, plate_spellings
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError
from garage_desktop.services import audit, customers, permissions, service_due

SAME_RECORD = QT_TRANSLATE_NOOP("Domain", "Choose two different records: one to keep and one to merge into it.")
NOT_SAME_PLATE = QT_TRANSLATE_NOOP("Domain", "The plates {keep} and {merge} differ by more than the script they "
                                             "were typed in: they are two cars.")
OTHER_VIN = QT_TRANSLATE_NOOP("Domain", "The two records have different VINs ({keep} and {merge}): they are two "
                                        "cars, not one.")
NOT_SAME_NAME = QT_TRANSLATE_NOOP("Domain", "The names {keep} and {merge} differ by more than the script they were "
                                            "typed in: they are two customers.")
OTHER_PHONE = QT_TRANSLATE_NOOP("Domain", "The two customers have different phone numbers ({keep} and {merge}): "
                                          "they are two people, not one.")
NOTHING_TO_MERGE = QT_TRANSLATE_NOOP("Domain", "Choose the records to merge into the one kept.")
UNKNOWN_KIND = "vehicle or customer"
_IN_CHUNK = 500  # values in one IN (…): well under any database's limit on parameters


# --- what is listed -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class VehicleRecord:
    id: int
    plate: str  # as stored
    vin: str
    make: str
    model: str
    customer_id: int
    customer_name: str
    phone: str
    orders: int  # repair orders of this record (bookings included)
    created_at: datetime


@dataclass(frozen=True)
class CustomerRecord:
    id: int
    name: str  # as stored
    phone: str
    address: str
    vehicles: int
    orders: int
    created_at: datetime


@dataclass(frozen=True)
class VehicleGroup:
    """Vehicles whose plates are one plate typed in different scripts (or all in Traditional)."""

    plate: str  # the plate's one form
    records: tuple[VehicleRecord, ...]


@dataclass(frozen=True)
class CustomerGroup:
    """Customers with one phone number whose names differ only by the script they were typed in."""

    name: str  # the name in Simplified characters
    phone: str
    records: tuple[CustomerRecord, ...]


@dataclass(frozen=True)
class Duplicates:
    vehicles: tuple[VehicleGroup, ...]
    customers: tuple[CustomerGroup, ...]

    @property
    def count(self) -> int:
        """How many groups there are to merge."""
        return len(self.vehicles) + len(self.customers)


def _chunks(values: Iterable[object]) -> Iterable[list[object]]:
    values = list(values)
    for start in range(0, len(values), _IN_CHUNK):
        yield values[start:start + _IN_CHUNK]


def _vehicle_groups(session: Session) -> tuple[VehicleGroup, ...]:
    # Plates still stored with a Traditional character: the migration left them (another car has the same plate)
    # or a car was kept so until merged. Usually none or a few; finding them is one scan of the plates.
    leftover = select(Vehicle.plate).where(or_(*(Vehicle.plate.contains(ch) for ch in PLATE_SIMPLIFIED)))
    stored = set(session.scalars(leftover))
    spellings = set(stored)
    for plate in stored:
        spellings.update(plate_spellings(plate))
    orders = (select(func.count()).select_from(RepairOrder).where(RepairOrder.vehicle_id == Vehicle.id)
              .scalar_subquery())
    by_plate: dict[str, list[VehicleRecord]] = defaultdict(list)
    for chunk in _chunks(sorted(spellings)):
        rows = session.execute(
            select(Vehicle.id, Vehicle.plate, Vehicle.vin, Vehicle.make, Vehicle.model, Vehicle.customer_id,
                   Customer.name, Customer.phone, orders, Vehicle.created_at)
            .join(Customer, Customer.id == Vehicle.customer_id).where(Vehicle.plate.in_(chunk)))
        for row in rows:
            record = VehicleRecord(row[0], row[1], row[2] or "", row[3] or "", row[4] or "", row[5], row[6],
                                   row[7] or "", row[8], row[9])
            by_plate[normalise_plate(record.plate)].append(record)
    return tuple(VehicleGroup(plate, tuple(sorted(records, key=lambda r: r.id)))
                 for plate, records in sorted(by_plate.items())
                 if len(records) > 1 and any(r.plate != plate for r in records))


def _customer_groups(session: Session) -> tuple[CustomerGroup, ...]:
    shared = (select(Customer.phone).where(Customer.phone != "").group_by(Customer.phone)
              .having(func.count(func.distinct(Customer.name)) > 1))
    vehicles = (select(func.count()).select_from(Vehicle).where(Vehicle.customer_id == Customer.id)
                .scalar_subquery())
    orders = (select(func.count()).select_from(RepairOrder).where(RepairOrder.customer_id == Customer.id)
              .scalar_subquery())
    rows = session.execute(select(Customer.id, Customer.name, Customer.phone, Customer.address, vehicles, orders,
                                  Customer.created_at).where(Customer.phone.in_(shared)))
    by_person: dict[tuple[str, str], list[CustomerRecord]] = defaultdict(list)
    for row in rows:
        record = CustomerRecord(row[0], row[1], row[2], row[3] or "", row[4], row[5], row[6])
        by_person[(script.name_key(record.name), record.phone)].append(record)
    return tuple(CustomerGroup(name, phone, tuple(sorted(records, key=lambda r: r.id)))
                 for (name, phone), records in sorted(by_person.items())
                 if len({r.name.strip() for r in records}) > 1)


def script_duplicates(session: Session) -> Duplicates:
    """Vehicles whose plates are one plate in different scripts (at least one still stored with a Traditional
    character), and customers with one phone number whose names differ only by script; each group sorted by id."""
    return Duplicates(_vehicle_groups(session), _customer_groups(session))


# --- merging ------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class MergeResult:
    kept_id: int
    merged_ids: tuple[int, ...]
    orders_moved: int  # repair orders now on the kept record


def _references(table: str) -> list[Column[int]]:
    """Every column that points at ``table``'s rows (the models' foreign keys)."""
    return [fk.parent for model_table in Base.metadata.sorted_tables for fk in model_table.foreign_keys
            if fk.column.table.name == table]


def _move_references(session: Session, actor: int | None, table: str, keep_id: int, merge_id: int) -> int:
    """Point every row that points at ``merge_id`` at ``keep_id``; each moved order audited on the order.
    Returns the number of orders moved."""
    session.flush()
    moved_orders = 0
    for column in _references(table):
        if column.table is RepairOrder.__table__:
            order_ids = session.scalars(select(RepairOrder.id).where(column == merge_id).order_by(RepairOrder.id))
            for order_id in order_ids.all():
                audit.record(session, actor, "update", "repair_order", order_id, order_id=order_id,
                             before={column.name: merge_id}, after={column.name: keep_id})
                moved_orders += 1
        session.execute(update(column.table).where(column == merge_id).values({column.name: keep_id}))
    session.expire_all()  # the ORM's copies of the moved rows are stale
    return moved_orders


def _fill(kept: object, merged: object, texts: Sequence[str], values: Sequence[str]) -> dict[str, object]:
    """The kept record's empty fields that the merged one has, as {field: value}."""
    filled: dict[str, object] = {}
    for name in texts:
        if not (getattr(kept, name) or "") and (getattr(merged, name) or ""):
            filled[name] = getattr(merged, name)
    for name in values:
        if getattr(kept, name) is None and getattr(merged, name) is not None:
            filled[name] = getattr(merged, name)
    return filled


def _vehicle_row(vehicle: Vehicle) -> dict[str, object]:
    return {"plate": vehicle.plate, "vin": vehicle.vin, "make": vehicle.make, "model": vehicle.model,
            "year": vehicle.year, "colour": vehicle.colour, "customer_id": vehicle.customer_id,
            "last_mileage": vehicle.last_mileage}


def _merge_vehicle(session: Session, actor: int | None, keep_id: int, merge_id: int) -> int:
    if keep_id == merge_id:
        raise DomainError(SAME_RECORD, field="keep")
    kept, merged = customers.get_vehicle(session, keep_id), customers.get_vehicle(session, merge_id)
    if normalise_plate(kept.plate) != normalise_plate(merged.plate):
        raise DomainError(NOT_SAME_PLATE, field="keep", keep=kept.plate, merge=merged.plate)
    if kept.vin and merged.vin and kept.vin != merged.vin:
        raise DomainError(OTHER_VIN, field="keep", keep=kept.vin, merge=merged.vin)
    values = _fill(kept, merged, ("vin", "make", "model", "colour"),
                   ("year", "model_class_id", "purchase_date", "insurance_expires_on", "inspection_due_on"))
    if (kept.next_service_on is None and kept.next_service_km is None
            and (merged.next_service_on is not None or merged.next_service_km is not None)):
        values["next_service_on"], values["next_service_km"] = merged.next_service_on, merged.next_service_km
    if merged.last_mileage is not None and (kept.last_mileage is None or merged.last_mileage > kept.last_mileage):
        values["last_mileage"] = merged.last_mileage
    merged_row = _vehicle_row(merged)
    moved = _move_references(session, actor, "vehicle", keep_id, merge_id)
    merged = customers.get_vehicle(session, merge_id)
    session.delete(merged)
    session.flush()
    kept = customers.get_vehicle(session, keep_id)
    plate = normalise_plate(kept.plate)
    others = session.scalar(select(func.count()).select_from(Vehicle)
                            .where(Vehicle.plate.in_(plate_spellings(plate)), Vehicle.id != keep_id))
    if plate != kept.plate and not others:  # in its one form, unless that makes it look like another car's
        values["plate"] = plate
    before = {name: getattr(kept, name) for name in values}
    for name, value in values.items():
        setattr(kept, name, value)
    service_due.refresh_service_due(session, kept)  # its next service and, with the orders moved, its readings
    audit.record(session, actor, "delete", "vehicle", merge_id, before={**merged_row, "merged_into": keep_id})
    audit.record(session, actor, "update", "vehicle", keep_id, before=before,
                 after={**values, "merged": merge_id, "orders_moved": moved})
    return moved


def _customer_row(customer: Customer) -> dict[str, object]:
    return {"name": customer.name, "phone": customer.phone, "address": customer.address, "note": customer.note}


def _merge_customer(session: Session, actor: int | None, keep_id: int, merge_id: int) -> int:
    if keep_id == merge_id:
        raise DomainError(SAME_RECORD, field="keep")
    kept, merged = customers.get_customer(session, keep_id), customers.get_customer(session, merge_id)
    if script.name_key(kept.name) != script.name_key(merged.name):
        raise DomainError(NOT_SAME_NAME, field="keep", keep=kept.name, merge=merged.name)
    if kept.phone and merged.phone and kept.phone != merged.phone:
        raise DomainError(OTHER_PHONE, field="keep", keep=kept.phone, merge=merged.phone)
    values = _fill(kept, merged, ("phone", "address"), ("member_grade_id",))  # a grade on either is kept
    if merged.note and merged.note not in (kept.note or ""):
        values["note"] = f"{kept.note}\n{merged.note}" if kept.note else merged.note
    merged_row = _customer_row(merged)
    moved = _move_references(session, actor, "customer", keep_id, merge_id)
    session.delete(customers.get_customer(session, merge_id))
    session.flush()
    kept = customers.get_customer(session, keep_id)
    before = {name: getattr(kept, name) for name in values}
    for name, value in values.items():
        setattr(kept, name, value)
    audit.record(session, actor, "delete", "customer", merge_id, before={**merged_row, "merged_into": keep_id})
    audit.record(session, actor, "update", "customer", keep_id, before=before,
                 after={**values, "merged": merge_id, "orders_moved": moved})
    return moved


def merge_vehicles(session: Session, actor: int | None, keep_id: int, merge_id: int) -> MergeResult:
    """Merge vehicle ``merge_id`` into ``keep_id`` (owner only): its orders, recommendations and every other row
    pointing at it move to the kept one, the kept one's empty fields are filled from it (VIN, make, model, year,
    colour, model class; the higher mileage), it is removed, and the kept plate is written in its one form
    (unless another vehicle still has that plate in some script). Refused: different plates (more than by
    script) or different VINs."""
    permissions.require(session, actor, Role.OWNER)
    return MergeResult(keep_id, (merge_id,), _merge_vehicle(session, actor, keep_id, merge_id))


def merge_customers(session: Session, actor: int | None, keep_id: int, merge_id: int) -> MergeResult:
    """Merge customer ``merge_id`` into ``keep_id`` (owner only): its vehicles and orders move to the kept one,
    the kept one's empty phone, address and member grade are filled from it (its note added), and it is removed. The kept name
    stays as it is spelt. Refused: names that differ by more than script, or different phone numbers."""
    permissions.require(session, actor, Role.OWNER)
    return MergeResult(keep_id, (merge_id,), _merge_customer(session, actor, keep_id, merge_id))


def merge_group(session: Session, actor: int | None, kind: str, keep_id: int,
                merge_ids: Sequence[int]) -> MergeResult:
    """Merge each of ``merge_ids`` into ``keep_id``, in one transaction (the merge screen's one action);
    ``kind`` is "vehicle" or "customer"."""
    permissions.require(session, actor, Role.OWNER)
    merge_one = {"vehicle": _merge_vehicle, "customer": _merge_customer}.get(kind)
    if merge_one is None:
        raise ValueError(f"kind must be {UNKNOWN_KIND}, not {kind!r}")
    if not merge_ids:
        raise DomainError(NOTHING_TO_MERGE, field="keep")
    moved = sum(merge_one(session, actor, keep_id, merge_id) for merge_id in merge_ids)
    return MergeResult(keep_id, tuple(merge_ids), moved)
