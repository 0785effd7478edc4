"""Customers and vehicles: search-as-you-type over every way the advisor looks a car up, and saving with checks."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from garage_desktop.db.engine import Database
from garage_desktop.db.models import Customer, ModelClass, Vehicle
from garage_desktop.domain.classes import FuelType, Role
from garage_desktop.domain.identifiers import vin_check_digit
from garage_desktop.domain.text import DomainError, PermissionRefused
from garage_desktop.services import clock, customers
from garage_desktop.services.customers import CustomerForm, VehicleForm


def make_vin(seventeen: str) -> str:
    """``seventeen`` with its check digit (position 9) made right."""
    return seventeen[:8] + vin_check_digit(seventeen) + seventeen[9:]


LIN_VIN = make_vin("LSVAU2180N2183456")


@pytest.fixture
def garage(db: Database, advisor: int) -> dict[str, int]:
    """Three customers: 林志明 with a car, 陳美玲 with two cars, 黃建國 without a car."""
    clock.set_fixed(datetime(2026, 11, 28, 9, 0))
    ids: dict[str, int] = {}
    with db.session_scope() as s:
        lin = customers.save_customer(s, advisor, CustomerForm(name="林志明", phone="138-1234-5678",
                                                               address="廣州市天河區"))
        ids["lin"] = lin.id
        ids["lin_car"] = customers.save_vehicle(
            s, advisor, VehicleForm(plate="粵A 12345", vin=LIN_VIN, make="大眾", model="朗逸"), lin.id).vehicle.id
        chen = customers.save_customer(s, advisor, CustomerForm(name="陳美玲", phone="13922223333"))
        ids["chen"] = chen.id
        ids["chen_car1"] = customers.save_vehicle(s, advisor, VehicleForm(plate="粵B7K921", make="豐田"),
                                                  chen.id).vehicle.id
        ids["chen_car2"] = customers.save_vehicle(s, advisor, VehicleForm(plate="粵BD12345", make="比亞迪",
                                                                          fuel_type=FuelType.ELECTRIC),
                                                  chen.id).vehicle.id
        ids["huang"] = customers.save_customer(s, advisor, CustomerForm(name="黃建國", phone="020-8765 4321")).id
    return ids


def _search(db: Database, text: str) -> list[customers.VehicleMatch]:
    with db.session_scope() as s:
        return customers.search(s, text)


def test_partial_plate_finds_the_car_and_its_owner(db: Database, garage: dict[str, int]) -> None:
    hits = _search(db, "a123")
    assert [(h.plate, h.customer_name) for h in hits] == [("粤A12345", "林志明")]  # stored as on the plate
    assert hits[0].vehicle_id == garage["lin_car"] and hits[0].make == "大眾" and hits[0].model == "朗逸"


def test_plate_typed_with_spaces_and_province_is_normalised(db: Database, garage: dict[str, int]) -> None:
    assert [h.vehicle_id for h in _search(db, "粵b 7k9")] == [garage["chen_car1"]]


def test_phone_digits_find_every_car_of_the_customer(db: Database, garage: dict[str, int]) -> None:
    hits = _search(db, "2222 333")
    assert {h.vehicle_id for h in hits} == {garage["chen_car1"], garage["chen_car2"]}
    assert {h.phone for h in hits} == {"13922223333"}


def test_part_of_the_name(db: Database, garage: dict[str, int]) -> None:
    assert [h.customer_name for h in _search(db, "志明")] == ["林志明"]


def test_pinyin_initials_find_the_chinese_name(db: Database, garage: dict[str, int]) -> None:
    assert [h.customer_name for h in _search(db, "lzm")] == ["林志明"]
    assert {h.customer_name for h in _search(db, "CML")} == {"陳美玲"}


def test_part_of_the_vin(db: Database, garage: dict[str, int]) -> None:
    assert [h.plate for h in _search(db, LIN_VIN[-6:].lower())] == ["粤A12345"]
    assert [h.vin for h in _search(db, LIN_VIN[-6:])] == [LIN_VIN]


def test_customer_without_vehicle_is_found_with_empty_vehicle_fields(db: Database,
                                                                      garage: dict[str, int]) -> None:
    for text in ("黃建", "87654321", "hjg"):
        hits = _search(db, text)
        assert len(hits) == 1, text
        hit = hits[0]
        assert (hit.customer_id, hit.customer_name, hit.phone) == (garage["huang"], "黃建國", "02087654321")
        assert (hit.vehicle_id, hit.plate, hit.vin, hit.make, hit.model, hit.last_mileage) == (
            None, "", "", "", "", None)


def test_nothing_typed_or_wildcards_find_nothing(db: Database, garage: dict[str, int]) -> None:
    assert _search(db, "") == []
    assert _search(db, "   ") == []
    assert _search(db, "%") == []
    assert _search(db, "_") == []


def test_search_stops_at_the_limit(db: Database, garage: dict[str, int]) -> None:
    with db.session_scope() as s:
        assert len(customers.search(s, "粵", limit=2)) == 2


def test_name_is_required_and_phone_checked(db: Database, advisor: int) -> None:
    with db.session_scope() as s:
        with pytest.raises(DomainError) as error:
            customers.save_customer(s, advisor, CustomerForm(name="  ", phone="138"))
        assert error.value.field == "name"
        with pytest.raises(DomainError) as error:
            customers.save_customer(s, advisor, CustomerForm(name="林志明", phone="138 abc"))
        assert error.value.field == "phone"


def test_renaming_refreshes_the_pinyin_initials(db: Database, garage: dict[str, int], advisor: int) -> None:
    with db.session_scope() as s:
        info = customers.save_customer(s, advisor, CustomerForm(garage["huang"], "黃國強", "02087654321"))
        assert info.name == "黃國強"
        assert s.scalar(select(Customer.name_initials).where(Customer.id == garage["huang"])) == "hgq"
    assert [h.customer_name for h in _search(db, "hgq")] == ["黃國強"]


def _counts(db: Database) -> tuple[int, int]:
    with db.session_scope() as s:
        return s.scalar(select(func.count(Customer.id))), s.scalar(select(func.count(Vehicle.id)))


def test_wrong_vin_length_is_refused_with_field_vin(db: Database, garage: dict[str, int], advisor: int) -> None:
    before = _counts(db)
    with pytest.raises(DomainError) as error, db.session_scope() as s:
        customers.save_vehicle(s, advisor, VehicleForm(plate="粵A99999", vin="LSVAU2180N218"), garage["lin"])
    assert error.value.field == "vin"
    assert error.value.params == {"count": 13}
    assert _counts(db) == before


def test_vin_with_forbidden_letter_is_refused(db: Database, garage: dict[str, int], advisor: int) -> None:
    with pytest.raises(DomainError) as error, db.session_scope() as s:
        customers.save_vehicle(s, advisor, VehicleForm(plate="粵A99999", vin="LSVAU2180N218345O"), garage["lin"])
    assert error.value.field == "vin"


def test_failing_check_digit_and_odd_plate_only_warn(db: Database, garage: dict[str, int], advisor: int) -> None:
    bad_check = LIN_VIN[:8] + ("0" if LIN_VIN[8] != "0" else "1") + LIN_VIN[9:-1] + "9"
    with db.session_scope() as s:
        saved = customers.save_vehicle(s, advisor, VehicleForm(plate="TEMP-1", vin=bad_check), garage["huang"])
    assert {w.field for w in saved.warnings} == {"vin", "plate"}
    assert saved.vehicle.plate == "TEMP1" and saved.vehicle.vin == bad_check


def test_vin_registered_for_another_car_is_refused(db: Database, garage: dict[str, int], advisor: int) -> None:
    with pytest.raises(DomainError) as error, db.session_scope() as s:
        customers.save_vehicle(s, advisor, VehicleForm(plate="粵A55555", vin=LIN_VIN), garage["huang"])
    assert error.value.field == "vin" and error.value.params == {"plate": "粤A12345"}


def test_same_plate_as_another_car_warns(db: Database, garage: dict[str, int], advisor: int) -> None:
    with db.session_scope() as s:
        saved = customers.save_vehicle(s, advisor, VehicleForm(plate="粵A12345"), garage["huang"])
    assert [(w.field, w.params) for w in saved.warnings] == [("plate", {"name": "林志明"})]


def test_vehicle_details_with_model_class_and_last_mileage(db: Database, garage: dict[str, int],
                                                           advisor: int) -> None:
    with db.session_scope() as s:
        suv = s.scalar(select(ModelClass).where(ModelClass.coefficient == Decimal("1.100")))
        s.get(Vehicle, garage["lin_car"]).last_mileage = 45230
        customers.save_vehicle(s, advisor, VehicleForm(garage["lin_car"], "粵A12345", LIN_VIN, "大眾", "朗逸",
                                                       2021, "白", FuelType.PETROL, suv.id), garage["lin"])
    with db.session_scope() as s:
        info = customers.vehicle_details(s, garage["lin_car"])
    assert (info.year, info.colour, info.last_mileage) == (2021, "白", 45230)
    assert (info.model_class_name, info.coefficient) == ("中級轎車 / SUV", Decimal("1.100"))


def test_only_front_office_roles_edit_customers(db: Database, people: dict[Role, int]) -> None:
    with pytest.raises(PermissionRefused), db.session_scope() as s:
        customers.save_customer(s, people[Role.STORE], CustomerForm(name="林志明"))
