"""Customers and their vehicles: search-as-you-type, checking and saving, details for the intake form."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any

from sqlalchemy import CompoundSelect, Select, bindparam, case, func, or_, select, union_all
from sqlalchemy.orm import Session

from garage_desktop.db.models import Customer, ModelClass, Vehicle
from garage_desktop.domain import limits, pinyin, script
from garage_desktop.domain.classes import FuelType, Role
from garage_desktop.domain.identifiers import (
    PROVINCES,
    check_phone,
    check_plate,
    check_vin,
    normalise_plate,
    plate_spellings,
)
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError, ErrorCollector
from garage_desktop.services import audit, clock, permissions

# Who may register or correct customers and vehicles.
EDITORS = (Role.ADVISOR, Role.INSPECTOR, Role.CASHIER)
_VIN_SEARCH_MIN = 6  # garages look a VIN up by its last six (車架號後六位); shorter text is a plate part
_PHONE_SEARCH_MIN = 3


# --- search ---------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class VehicleMatch:
    """One search hit: a vehicle with its owner, or a customer without a vehicle (vehicle fields empty)."""

    vehicle_id: int | None
    customer_id: int
    plate: str
    vin: str
    make: str
    model: str
    customer_name: str
    phone: str
    last_mileage: int | None


def _contains(text: str) -> str:
    """A LIKE pattern for ``text`` anywhere, with LIKE's own wildcards escaped."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _plate_like(text: str) -> bool:
    """A province abbreviation followed by Latin letters/digits ("粵B12"): a plate, not a name."""
    return len(text) > 1 and text[0] in PROVINCES and text[1:].isascii()


def _plate_keys(count: int) -> list[str]:
    """The parameter names of ``count`` plate patterns: "plate" (the plate's one form), then "plate_1", ... for
    its Traditional spellings (plates kept as typed until the owner merges their duplicates)."""
    return ["plate"] + [f"plate_{n}" for n in range(1, count)] if count else []


@lru_cache(maxsize=64)
def _search_select(plates: int, vin: bool, name: bool, initials: bool, phone: bool,
                   limit: int) -> CompoundSelect | Select:
    """The statement for one combination of conditions, built once: SQLAlchemy reuses its compiled form."""

    def like(column: Any, key: str) -> Any:
        return column.like(bindparam(key), escape="\\")

    by_vehicle = [like(Vehicle.plate, key) for key in _plate_keys(plates)]
    by_vehicle += [like(Vehicle.vin, "vin")] if vin else []
    by_customer = [like(Customer.name, "name")] if name else []
    by_customer += [like(Customer.name_initials, "initials")] if initials else []
    by_customer += [like(Customer.phone, "phone")] if phone else []
    parts = []
    if by_vehicle:
        parts.append(select(Vehicle.id, Customer.id, Vehicle.plate, Vehicle.vin, Vehicle.make, Vehicle.model,
                            Customer.name, Customer.phone, Vehicle.last_mileage)
                     .join(Customer, Customer.id == Vehicle.customer_id).where(or_(*by_vehicle)))
    if by_customer:
        texts = (Vehicle.plate, Vehicle.vin, Vehicle.make, Vehicle.model)
        blank = [func.coalesce(column, "") for column in texts]  # a customer without a car has none
        parts.append(select(Vehicle.id, Customer.id, *blank, Customer.name, Customer.phone,
                            Vehicle.last_mileage)
                     .select_from(Customer).outerjoin(Vehicle, Vehicle.customer_id == Customer.id)
                     .where(or_(*by_customer)))
    return (parts[0] if len(parts) == 1 else union_all(*parts)).limit(limit)


def search_statement(text: str, limit: int = 20) -> tuple[CompoundSelect | Select, dict[str, str]] | None:
    """The one SQL statement behind ``search`` and its parameters (None when nothing can match).

    Benchmarks compile it to compare with the same query run through raw ``sqlite3``. Two scans joined by
    UNION ALL, each over one table so SQLite reads it in order and looks the other table up only for hits:
    vehicles by plate/VIN, then customers by name, pinyin initials or phone (with their vehicles, or none).
    A condition is used only when the text can be that thing: Latin letters may be initials, 3+ digits part
    of a phone, 6+ Latin letters/digits part of a VIN, Chinese text (not a plate) part of a name. A plate is
    looked for in its one form and in each Traditional spelling (粵B finds 粤B… and a leftover 粵B…).
    No ORDER BY: SQLite stops after ``limit`` hits, and typing more narrows the list.
    """
    needle = text.strip()
    if not needle:
        return None
    compact = re.sub(r"[\s\-]", "", needle)
    plate = normalise_plate(needle)
    latin = compact.isascii() and compact.isalnum()
    digits = re.sub(r"\D", "", needle)
    params: dict[str, str] = {}
    spellings: tuple[str, ...] = ()
    if any(ch.isascii() and ch.isalnum() for ch in plate) or (plate and all(ch in PROVINCES for ch in plate)):
        spellings = plate_spellings(plate)
        params.update(zip(_plate_keys(len(spellings)), map(_contains, spellings), strict=True))
    if latin and len(compact) >= _VIN_SEARCH_MIN:
        params["vin"] = _contains(compact.upper())
    if not needle.isascii() and not _plate_like(plate):
        params["name"] = _contains(needle)
    if latin and compact.isalpha():
        params["initials"] = _contains(compact.lower())
    if len(digits) >= _PHONE_SEARCH_MIN and re.fullmatch(r"\+?[0-9\s\-]+", needle):
        params["phone"] = _contains(digits)
    if not params:
        return None
    stmt = _search_select(len(spellings), "vin" in params, "name" in params, "initials" in params,
                          "phone" in params, limit)
    return stmt, params


def search(session: Session, text: str, limit: int = 20) -> list[VehicleMatch]:
    """Vehicles (with owner) and vehicle-less customers matching a partial plate, phone digits, part of the
    name, pinyin initials ("lzm" finds 林志明) or part of the VIN."""
    found = search_statement(text, limit)
    if found is None:
        return []
    # Core on the connection (no ORM entity loading): this runs on every key press over 50,000 vehicles.
    # A car found both by its plate and by its owner's name comes once.
    rows = dict.fromkeys(session.connection().execute(*found).all())
    return [VehicleMatch(*row) for row in rows]


# --- details --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CustomerInfo:
    id: int
    name: str
    phone: str
    address: str
    note: str


@dataclass(frozen=True)
class VehicleInfo:
    id: int
    customer_id: int
    plate: str
    vin: str
    make: str
    model: str
    year: int | None
    colour: str
    fuel_type: FuelType
    model_class_id: int | None
    model_class_name: str
    coefficient: Decimal | None  # the model class's 車型技術複雜係數; None when no class is set
    last_mileage: int | None
    purchase_date: date | None = None  # 購車日期: the 三包 periods run from it (services.sanbao)


def _customer_info(customer: Customer) -> CustomerInfo:
    return CustomerInfo(customer.id, customer.name, customer.phone or "", customer.address or "",
                        customer.note or "")


def _vehicle_info(vehicle: Vehicle) -> VehicleInfo:
    mc = vehicle.model_class
    return VehicleInfo(vehicle.id, vehicle.customer_id, vehicle.plate, vehicle.vin or "", vehicle.make or "",
                       vehicle.model or "", vehicle.year, vehicle.colour or "", vehicle.fuel_type,
                       vehicle.model_class_id, mc.name if mc else "", mc.coefficient if mc else None,
                       vehicle.last_mileage, vehicle.purchase_date)


BAD_YEAR = QT_TRANSLATE_NOOP("Domain", "The model year must be between 1900 and {last}.")
BAD_PURCHASE_DATE = QT_TRANSLATE_NOOP("Domain", "The purchase date cannot be in the future.")
VIN_TAKEN = QT_TRANSLATE_NOOP("Domain", "This VIN is already registered for {plate}: pick that vehicle "
                                        "with the search.")
PLATE_TAKEN = QT_TRANSLATE_NOOP("Domain", "A vehicle with this plate is already registered ({name}): pick it "
                                          "with the search if it is the same car.")
MILEAGE_BELOW_LAST = QT_TRANSLATE_NOOP("Domain", "The mileage is below the last recorded {last} km: check "
                                                 "the odometer reading.")
ON_FILE_FOR = QT_TRANSLATE_NOOP("Domain", "This car is on file for {name} and stays registered to them; the "
                                          "order is for the customer entered here.")
_NO_CUSTOMER = QT_TRANSLATE_NOOP("Domain", "That customer no longer exists: search again.")
_NO_VEHICLE = QT_TRANSLATE_NOOP("Domain", "That vehicle no longer exists: search again.")


def get_customer(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise DomainError(_NO_CUSTOMER, field="name")
    return customer


def get_vehicle(session: Session, vehicle_id: int) -> Vehicle:
    vehicle = session.get(Vehicle, vehicle_id)
    if vehicle is None:
        raise DomainError(_NO_VEHICLE, field="plate")
    return vehicle


def customer_details(session: Session, customer_id: int) -> CustomerInfo:
    return _customer_info(get_customer(session, customer_id))


def vehicle_details(session: Session, vehicle_id: int) -> VehicleInfo:
    """A vehicle with its last recorded mileage and its model class (name and coefficient)."""
    return _vehicle_info(get_vehicle(session, vehicle_id))


# --- checking -------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class FieldWarning:
    """Something the user should look at, shown beside ``field``; it does not block saving."""

    field: str
    message: str  # English source text (translated by the window), with {placeholders}
    params: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class CustomerForm:
    """A customer as typed: ``customer_id`` None for a new one."""

    customer_id: int | None = None
    name: str = ""
    phone: str = ""
    address: str = ""
    note: str = ""


@dataclass(frozen=True)
class VehicleForm:
    """A vehicle as typed: ``vehicle_id`` None for a new one."""

    vehicle_id: int | None = None
    plate: str = ""
    vin: str = ""
    make: str = ""
    model: str = ""
    year: int | None = None
    colour: str = ""
    fuel_type: FuelType = FuelType.PETROL
    model_class_id: int | None = None
    # 購車日期 (issue 16, 三包): None leaves the date on file as it is (a form that does not show it never clears it).
    purchase_date: date | None = None


def _limit(value: str, rule: limits.TextLimit, field_name: str) -> str:
    return rule.check((value or "").strip(), field_name)


def check_customer(form: CustomerForm) -> CustomerForm:
    """The customer cleaned up (name trimmed, phone normalised), or every problem with its field (one
    DomainError, several as ``DomainErrors``)."""
    found = ErrorCollector()
    name = found.check(_limit, form.name, limits.CUSTOMER_NAME, "name")
    if name == "":
        found.add(DomainError(QT_TRANSLATE_NOOP("Domain", "Enter the customer's name."), field="name"))
    phone = found.check(lambda: limits.PHONE.check(check_phone(form.phone), "phone"))
    address = found.check(_limit, form.address, limits.ADDRESS, "address")
    note = found.check(_limit, form.note, limits.CUSTOMER_NOTE, "note")
    found.raise_any()
    return CustomerForm(form.customer_id, name or "", phone or "", address or "", note or "")


def check_vehicle(session: Session, form: VehicleForm) -> tuple[VehicleForm, list[FieldWarning]]:
    """The vehicle cleaned up (plate and VIN normalised) with its warnings, or the DomainError(s) of its fields
    (every bad field at once, as ``DomainErrors``)."""
    found = ErrorCollector()
    plate_checked = found.check(check_plate, form.plate)
    vin_checked = found.check(check_vin, form.vin)
    make = found.check(_limit, form.make, limits.MAKE, "make")
    model = found.check(_limit, form.model, limits.MODEL, "model")
    if form.year is not None and not 1900 <= form.year <= clock.now().year + 1:
        found.add(DomainError(BAD_YEAR, field="year", last=clock.now().year + 1))
    colour = found.check(_limit, form.colour, limits.COLOUR, "colour")
    if form.purchase_date is not None and not date(1900, 1, 1) <= form.purchase_date <= clock.now().date():
        found.add(DomainError(BAD_PURCHASE_DATE, field="purchase_date"))
    found.raise_any()
    assert plate_checked is not None and vin_checked is not None
    warnings = [FieldWarning("plate", w) for w in plate_checked.warnings]
    warnings += [FieldWarning("vin", w) for w in vin_checked.warnings]
    fuel_type = FuelType(form.fuel_type)
    if form.model_class_id is not None and session.get(ModelClass, form.model_class_id) is None:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "That model class no longer exists: choose another."),
                          field="model_class")
    if vin_checked.value:
        same_vin = select(Vehicle.id, Vehicle.plate).where(Vehicle.vin == vin_checked.value)
        clash = session.execute(same_vin).first()
        if clash is not None and clash.id != form.vehicle_id:
            raise DomainError(VIN_TAKEN, field="vin", plate=clash.plate)
    plate = plate_checked.value
    same_plate = session.execute(
        select(Vehicle.id, Vehicle.plate, Customer.name).join(Customer, Customer.id == Vehicle.customer_id)
        .where(Vehicle.plate.in_(plate_spellings(plate))).order_by(Vehicle.id)).all()
    others = [row for row in same_plate if row.id != form.vehicle_id]
    if others:  # in either script
        warnings.append(FieldWarning("plate", PLATE_TAKEN, {"name": others[0].name}))
        mine = next((row for row in same_plate if row.id == form.vehicle_id), None)
        if mine is not None:
            # A leftover duplicate (the same plate typed in the other script) keeps its spelling until the owner
            # merges the two (services.merge): written in its one form it would look like a second car.
            plate = mine.plate
    cleaned = VehicleForm(form.vehicle_id, plate, vin_checked.value, make, model, form.year,
                          colour, fuel_type, form.model_class_id, form.purchase_date)
    return cleaned, warnings


# --- saving ---------------------------------------------------------------------------------------------
def _changes(obj: object, values: dict[str, object]) -> tuple[dict[str, object], dict[str, object]]:
    """Set ``values`` on ``obj``; return (before, after) of what actually changed, for the audit trail."""
    before: dict[str, object] = {}
    after: dict[str, object] = {}
    for name, value in values.items():
        old = getattr(obj, name)
        if old != value:
            before[name], after[name] = old, value
            setattr(obj, name, value)
    return before, after


def write_customer(session: Session, actor: int | None, form: CustomerForm) -> Customer:
    """Create or update a customer from an already checked form (``check_customer``)."""
    values = {"name": form.name, "name_initials": pinyin.initials(form.name)[:60], "phone": form.phone,
              "address": form.address}
    if form.customer_id is None:
        customer = Customer(**values, note=form.note, created_at=clock.now())
        session.add(customer)
        session.flush()
        audit.record(session, actor, "create", "customer", customer.id, after=values)
        return customer
    customer = get_customer(session, form.customer_id)
    if form.note:
        values["note"] = form.note
    before, after = _changes(customer, values)
    if after:
        audit.record(session, actor, "update", "customer", customer.id, before=before, after=after)
    return customer


def write_vehicle(session: Session, actor: int | None, form: VehicleForm, customer_id: int) -> Vehicle:
    """Create or update a vehicle of ``customer_id`` from an already checked form (``check_vehicle``)."""
    values = {"customer_id": customer_id, "plate": form.plate, "vin": form.vin, "make": form.make,
              "model": form.model, "year": form.year, "colour": form.colour, "fuel_type": form.fuel_type,
              "model_class_id": form.model_class_id}
    if form.purchase_date is not None:
        values["purchase_date"] = form.purchase_date
    if form.vehicle_id is None:
        vehicle = Vehicle(**values, created_at=clock.now())
        session.add(vehicle)
        session.flush()
        audit.record(session, actor, "create", "vehicle", vehicle.id, after=values)
        return vehicle
    vehicle = get_vehicle(session, form.vehicle_id)
    before, after = _changes(vehicle, values)
    if after:
        # A changed owner (customer_id) means the car was sold: the audit trail keeps the earlier owner.
        audit.record(session, actor, "update", "vehicle", vehicle.id, before=before, after=after)
    return vehicle


def save_customer(session: Session, actor: int | None, form: CustomerForm) -> CustomerInfo:
    """Register or correct a customer (name required, phone checked); refreshes the pinyin initials."""
    permissions.require(session, actor, *EDITORS)
    return _customer_info(write_customer(session, actor, check_customer(form)))


@dataclass(frozen=True)
class SavedVehicle:
    vehicle: VehicleInfo
    warnings: tuple[FieldWarning, ...]


def save_vehicle(session: Session, actor: int | None, form: VehicleForm, customer_id: int) -> SavedVehicle:
    """Register or correct a vehicle of ``customer_id``: a bad VIN length/characters is refused (field "vin"),
    an unusual plate or a failing VIN check digit only warns."""
    permissions.require(session, actor, *EDITORS)
    get_customer(session, customer_id)
    cleaned, warnings = check_vehicle(session, form)
    vehicle = write_vehicle(session, actor, cleaned, customer_id)
    session.flush()
    session.refresh(vehicle)
    return SavedVehicle(_vehicle_info(vehicle), tuple(warnings))


# --- the car already on file ---------------------------------------------------------------------------
def vehicle_on_file(session: Session, plate: str, vin: str = "") -> Vehicle | None:
    """The car on file under ``plate`` in either script: the one stored in the plate's one form first, else the
    newest. With ``vin`` (normalised), a car whose VIN is known and different is not it (a plate given again)."""
    plate = normalise_plate(plate)
    if not plate or any(ch < " " or ch == "\x7f" for ch in plate):
        return None  # nothing is on file under a control character (a server refuses NUL in any parameter)
    stmt = select(Vehicle).where(Vehicle.plate.in_(plate_spellings(plate)))
    if vin:
        stmt = stmt.where(or_(func.coalesce(Vehicle.vin, "") == "", Vehicle.vin == vin))
    return session.scalar(stmt.order_by(case((Vehicle.plate == plate, 0), else_=1), Vehicle.id.desc()).limit(1))


@dataclass(frozen=True)
class OnFile:
    """The intake forms after looking the typed plate up (``adopt_on_file``)."""

    customer: CustomerForm
    vehicle: VehicleForm
    owner_id: int | None  # the owner the car on file keeps (None: the customer of the form, as when picked)
    warnings: tuple[FieldWarning, ...] = ()


def adopt_on_file(session: Session, customer: CustomerForm, vehicle: VehicleForm) -> OnFile:
    """A car typed rather than picked from the search (no ``vehicle_id``) that is already on file under its plate,
    in either script, with no other VIN: the forms pointed at it, so its history (an earlier repair under
    warranty, its mileage) follows it instead of a second record being made. Blank fields are taken from the
    record, and so is the fuel type when the form has the default one.

    When the typed name is the owner's in either script (and the phone too, when both are known) the form is
    that customer, spelt as on file. Otherwise the car stays its owner's (a relative or a driver brought it;
    a sale is recorded by picking the car and changing its owner) and the order is for the customer typed,
    with a warning beside the plate. ``customer`` is already checked (``check_customer``).
    """
    if vehicle.vehicle_id is not None:
        return OnFile(customer, vehicle, None)
    found = vehicle_on_file(session, vehicle.plate, check_vin(vehicle.vin).value)
    if found is None:
        return OnFile(customer, vehicle, None)
    vehicle = VehicleForm(found.id, vehicle.plate, vehicle.vin.strip() or found.vin or "",
                          vehicle.make.strip() or found.make or "", vehicle.model.strip() or found.model or "",
                          vehicle.year if vehicle.year is not None else found.year,
                          vehicle.colour.strip() or found.colour or "",
                          found.fuel_type if vehicle.fuel_type == FuelType.PETROL else vehicle.fuel_type,
                          vehicle.model_class_id if vehicle.model_class_id is not None else found.model_class_id,
                          vehicle.purchase_date)
    owner = found.customer
    if customer.customer_id == owner.id:
        return OnFile(customer, vehicle, owner.id)
    phones = {customer.phone, owner.phone or ""} - {""}
    if (customer.customer_id is None and script.name_key(customer.name) == script.name_key(owner.name)
            and len(phones) <= 1):
        customer = CustomerForm(owner.id, owner.name, customer.phone or owner.phone or "",
                                customer.address or owner.address or "", customer.note)
        return OnFile(customer, vehicle, owner.id)
    return OnFile(customer, vehicle, owner.id, (FieldWarning("plate", ON_FILE_FOR, {"name": owner.name}),))


def record_mileage(vehicle: Vehicle, mileage: int) -> FieldWarning | None:
    """Keep the vehicle's last recorded mileage; a reading below it is a warning and leaves it unchanged."""
    last = vehicle.last_mileage
    if last is not None and mileage < last:
        return FieldWarning("mileage", MILEAGE_BELOW_LAST, {"last": last})
    vehicle.last_mileage = mileage
    return None
