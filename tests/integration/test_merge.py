"""Records typed twice in the two scripts are listed for the owner, who merges them: every row that pointed at
the merged record points at the kept one, the merged one is gone, and the audit trail says so."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from garage_desktop.db.models import AuditEvent, Customer, Recommendation, RepairOrder, Vehicle
from garage_desktop.domain.classes import Role
from garage_desktop.domain.text import DomainError, PermissionRefused
from garage_desktop.services import clock, merge
from tests.integration.test_followup import make_order

NOW = datetime(2026, 11, 28, 9, 30)


@pytest.fixture(autouse=True)
def _fixed_clock() -> None:
    clock.set_fixed(NOW)


def _person(db, name: str, phone: str = "13922223333", **fields: object) -> int:  # type: ignore[no-untyped-def]
    with db.session_scope() as s:
        person = Customer(name=name, phone=phone, created_at=NOW - timedelta(days=400), **fields)
        s.add(person)
        s.flush()
        return person.id


def _car(db, customer_id: int, plate: str, **fields: object) -> int:  # type: ignore[no-untyped-def]
    """A car as stored before plates had one form (written directly, as the old program did)."""
    with db.session_scope() as s:
        car = Vehicle(customer_id=customer_id, plate=plate, created_at=NOW - timedelta(days=400), **fields)
        s.add(car)
        s.flush()
        return car.id


def _duplicates(db) -> merge.Duplicates:  # type: ignore[no-untyped-def]
    with db.session_scope() as s:
        return merge.script_duplicates(s)


# --- the list ---------------------------------------------------------------------------------------------

def test_cars_and_customers_typed_in_both_scripts_are_listed_with_their_orders(db) -> None:  # type: ignore[no-untyped-def]
    chen_simp, chen_trad = _person(db, "陈美玲"), _person(db, "陳美玲")
    simp = _car(db, chen_simp, "粤B12345", vin="LSVAU2180N2183456")
    trad = _car(db, chen_trad, "粵B12345")
    make_order(db, trad)
    make_order(db, trad)
    _car(db, chen_simp, "粤A11111")  # alone
    twins = [_car(db, chen_simp, "滬C88888"), _car(db, chen_trad, "滬C88888")]  # both left in Traditional
    for owner in (chen_simp, chen_trad):
        _car(db, owner, "京A12345")  # the same plate twice, not by script: not listed
    for name, phone in (("陳大文", "13800000001"), ("陈大文", "13800000002"),  # two phones: two people
                        ("林志明", "13811111111"), ("林志明", "13811111111"),  # the same twice: not by script
                        ("黄建国", "13822222222"), ("黃建國", "13822222222"), ("黃建國", "13822222222")):
        _person(db, name, phone=phone)

    found = _duplicates(db)
    assert found.count == 4
    assert [(g.plate, [r.id for r in g.records]) for g in found.vehicles] == [
        ("沪C88888", twins), ("粤B12345", [simp, trad])]
    group = found.vehicles[1]
    assert [(r.plate, r.customer_name, r.orders, r.vin) for r in group.records] == [
        ("粤B12345", "陈美玲", 0, "LSVAU2180N2183456"), ("粵B12345", "陳美玲", 2, "")]
    assert [(g.name, g.phone, [r.name for r in g.records]) for g in found.customers] == [
        ("陈美玲", "13922223333", ["陈美玲", "陳美玲"]), ("黄建国", "13822222222", ["黄建国", "黃建國", "黃建國"])]
    chen = found.customers[0].records
    assert [(r.id, r.vehicles, r.orders) for r in chen] == [(chen_simp, 4, 0), (chen_trad, 3, 2)]


def test_nothing_to_merge_on_a_garage_typed_in_one_script(db) -> None:  # type: ignore[no-untyped-def]
    _car(db, _person(db, "陈美玲"), "粤B12345")
    assert _duplicates(db) == merge.Duplicates((), ())


# --- merging vehicles ------------------------------------------------------------------------------------------

def test_merging_a_car_moves_its_orders_and_everything_else_and_writes_the_plate_in_its_one_form(
        db, people: dict[Role, int]) -> None:  # type: ignore[no-untyped-def]
    owner = people[Role.OWNER]
    chen = _person(db, "陳美玲")
    keep = _car(db, chen, "粵B12345", make="豐田", last_mileage=40_000)
    gone = _car(db, _person(db, "陈美玲"), "粤B12345", vin="LSVAU2180N2183456", model="卡羅拉", year=2019,
                last_mileage=45_000)
    first, second = make_order(db, gone), make_order(db, gone)
    kept_order = make_order(db, keep)
    with db.session_scope() as s:
        s.add(Recommendation(vehicle_id=gone, order_id=first, description="後輪胎紋深 2 mm", created_at=NOW))
    with db.session_scope() as s:
        result = merge.merge_vehicles(s, owner, keep, gone)
    assert result == merge.MergeResult(keep, (gone,), 2)
    with db.session_scope() as s:
        assert s.get(Vehicle, gone) is None
        car = s.get(Vehicle, keep)
        assert (car.plate, car.vin, car.make, car.model, car.year, car.last_mileage, car.customer_id) == (
            "粤B12345", "LSVAU2180N2183456", "豐田", "卡羅拉", 2019, 45_000, chen)
        assert sorted(s.scalars(select(RepairOrder.id).where(RepairOrder.vehicle_id == keep))) == [
            first, second, kept_order]
        assert s.scalar(select(Recommendation.vehicle_id)) == keep
        events = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(4)).all()[::-1]
    assert [(e.action, e.entity, e.entity_id, e.operator_id) for e in events] == [
        ("update", "repair_order", first, owner), ("update", "repair_order", second, owner),
        ("delete", "vehicle", gone, owner), ("update", "vehicle", keep, owner)]
    assert events[0].order_id == first and json.loads(events[0].after) == {"vehicle_id": keep}
    assert json.loads(events[2].before)["merged_into"] == keep and json.loads(events[2].before)["plate"] == "粤B12345"
    assert json.loads(events[3].before) == {"plate": "粵B12345", "vin": "", "model": "", "year": None,
                                            "last_mileage": 40_000}
    assert json.loads(events[3].after) == {"plate": "粤B12345", "vin": "LSVAU2180N2183456", "model": "卡羅拉",
                                           "year": 2019, "last_mileage": 45_000, "merged": gone, "orders_moved": 2}
    assert _duplicates(db).vehicles == ()


def test_a_car_with_another_vin_is_not_merged(db, people: dict[Role, int]) -> None:  # type: ignore[no-untyped-def]
    chen = _person(db, "陳美玲")
    keep = _car(db, chen, "粵B12345", vin="LSVAU2180N2183456")
    other = _car(db, chen, "粤B12345", vin="LFV2A21K4A3000017")
    make_order(db, other)
    with pytest.raises(DomainError) as refused, db.session_scope() as s:
        merge.merge_vehicles(s, people[Role.OWNER], keep, other)
    assert refused.value.message == merge.OTHER_VIN and refused.value.field == "keep"
    assert refused.value.params == {"keep": "LSVAU2180N2183456", "merge": "LFV2A21K4A3000017"}
    with db.session_scope() as s:
        assert s.get(Vehicle, other) is not None and s.get(Vehicle, keep).plate == "粵B12345"


@pytest.mark.parametrize(("plates", "message"), [(("粵B12345", "粤B12346"), merge.NOT_SAME_PLATE),
                                                 (("粵B12345", "粵B12345"), merge.SAME_RECORD)])
def test_only_one_plate_in_two_scripts_is_merged(db, people: dict[Role, int], plates: tuple[str, str],  # type: ignore[no-untyped-def]
                                                  message: str) -> None:
    chen = _person(db, "陳美玲")
    keep = _car(db, chen, plates[0])
    other = keep if message == merge.SAME_RECORD else _car(db, chen, plates[1])
    with pytest.raises(DomainError) as refused, db.session_scope() as s:
        merge.merge_vehicles(s, people[Role.OWNER], keep, other)
    assert refused.value.message == message


@pytest.mark.parametrize("role", [Role.ADVISOR, Role.CASHIER, Role.FOREMAN])
def test_only_the_owner_merges(db, people: dict[Role, int], role: Role) -> None:  # type: ignore[no-untyped-def]
    chen = _person(db, "陳美玲")
    keep, other = _car(db, chen, "粵B12345"), _car(db, chen, "粤B12345")
    with pytest.raises(PermissionRefused), db.session_scope() as s:
        merge.merge_vehicles(s, people[role], keep, other)
    twin = _person(db, "陈美玲")
    with pytest.raises(PermissionRefused), db.session_scope() as s:
        merge.merge_group(s, people[role], "customer", chen, [twin])
    assert _duplicates(db).count == 2


def test_a_group_of_three_is_merged_in_one_action_and_only_then_gets_its_one_form(
        db, people: dict[Role, int]) -> None:  # type: ignore[no-untyped-def]
    chen = _person(db, "陳美玲")
    cars = [_car(db, chen, "粵B12345"), _car(db, chen, "粵B12345"), _car(db, chen, "粤B12345")]
    orders = [make_order(db, car) for car in cars]
    owner = people[Role.OWNER]
    with db.session_scope() as s:  # one pair at a time: the kept one stays as typed while a twin remains
        merge.merge_vehicles(s, owner, cars[0], cars[1])
    with db.session_scope() as s:
        assert s.get(Vehicle, cars[0]).plate == "粵B12345"
    assert [r.id for r in _duplicates(db).vehicles[0].records] == [cars[0], cars[2]]
    with db.session_scope() as s:
        result = merge.merge_group(s, owner, "vehicle", cars[0], [cars[2]])
    assert result.orders_moved == 1
    with db.session_scope() as s:
        assert s.get(Vehicle, cars[0]).plate == "粤B12345"
        assert sorted(s.scalars(select(RepairOrder.id).where(RepairOrder.vehicle_id == cars[0]))) == orders
    assert _duplicates(db).count == 0


def test_a_failing_merge_in_a_group_leaves_everything_as_it_was(db, people: dict[Role, int]) -> None:  # type: ignore[no-untyped-def]
    chen = _person(db, "陳美玲")
    keep = _car(db, chen, "粵B12345")
    first = _car(db, chen, "粤B12345", vin="LSVAU2180N2183456")
    second = _car(db, chen, "粵B12345", vin="LFV2A21K4A3000017")
    order = make_order(db, first)
    with pytest.raises(DomainError), db.session_scope() as s:
        merge.merge_group(s, people[Role.OWNER], "vehicle", keep, [first, second])
    with db.session_scope() as s:
        assert s.get(Vehicle, first) is not None and s.get(RepairOrder, order).vehicle_id == first
        assert s.get(Vehicle, keep).vin == ""


# --- merging customers -----------------------------------------------------------------------------------------

def test_merging_a_customer_moves_their_cars_and_orders(db, people: dict[Role, int]) -> None:  # type: ignore[no-untyped-def]
    owner = people[Role.OWNER]
    keep = _person(db, "陳美玲", address="")
    gone = _person(db, "陈美玲", address="廣州市天河區", note="只收現金")
    car = _car(db, gone, "粤B12345")
    order = make_order(db, car)  # the order's customer is the car's: the merged one
    with db.session_scope() as s:
        result = merge.merge_customers(s, owner, keep, gone)
    assert result == merge.MergeResult(keep, (gone,), 1)
    with db.session_scope() as s:
        assert s.get(Customer, gone) is None
        person = s.get(Customer, keep)
        assert (person.name, person.phone, person.address, person.note) == (
            "陳美玲", "13922223333", "廣州市天河區", "只收現金")  # the kept spelling; blanks filled
        assert s.get(Vehicle, car).customer_id == keep and s.get(RepairOrder, order).customer_id == keep
        actions = [(e.action, e.entity, e.entity_id) for e in s.scalars(
            select(AuditEvent).order_by(AuditEvent.id.desc()).limit(3)).all()[::-1]]
    assert actions == [("update", "repair_order", order), ("delete", "customer", gone), ("update", "customer", keep)]
    assert _duplicates(db).customers == ()


@pytest.mark.parametrize(("names", "phones", "message"), [
    (("陳美玲", "陈美琳"), ("13922223333", "13922223333"), merge.NOT_SAME_NAME),
    (("陳美玲", "陈美玲"), ("13922223333", "13800000000"), merge.OTHER_PHONE),
])
def test_customers_who_differ_by_more_than_script_are_not_merged(  # type: ignore[no-untyped-def]
        db, people: dict[Role, int], names: tuple[str, str], phones: tuple[str, str], message: str) -> None:
    keep, other = _person(db, names[0], phones[0]), _person(db, names[1], phones[1])
    with pytest.raises(DomainError) as refused, db.session_scope() as s:
        merge.merge_customers(s, people[Role.OWNER], keep, other)
    assert refused.value.message == message
    with db.session_scope() as s:
        assert s.get(Customer, other) is not None


def test_a_customer_without_a_phone_merges_with_one_who_has_it(db, people: dict[Role, int]) -> None:  # type: ignore[no-untyped-def]
    keep, other = _person(db, "陈美玲", phone=""), _person(db, "陳美玲")
    with db.session_scope() as s:
        merge.merge_customers(s, people[Role.OWNER], keep, other)
    with db.session_scope() as s:
        assert s.get(Customer, keep).phone == "13922223333"


def test_every_foreign_key_to_a_vehicle_or_customer_is_moved() -> None:
    """The merge finds the columns from the models: a table added later is moved too."""
    names = {table: sorted(f"{c.table.name}.{c.name}" for c in merge._references(table))
             for table in ("vehicle", "customer")}
    assert names == {"vehicle": ["contact.vehicle_id", "recommendation.vehicle_id", "reminder_closure.vehicle_id",
                                 "repair_order.vehicle_id"],
                     "customer": ["card.customer_id", "contact.customer_id", "referral.customer_id",
                                  "repair_order.customer_id", "vehicle.customer_id"]}


def test_a_member_grade_given_to_the_duplicate_is_kept_by_the_merge(db, people: dict[Role, int]) -> None:  # type: ignore[no-untyped-def]
    """The cashier gave the grade to the copy typed in the other script: merging must not lose the discount;
    a grade on the kept customer wins."""
    from garage_desktop.services import member_grades

    owner = people[Role.OWNER]
    with db.session_scope() as s:
        gold = member_grades.save_grade(s, owner, None, "金卡", "10", "5").id
        silver = member_grades.save_grade(s, owner, None, "銀卡", "5", "0").id
    keep, other = _person(db, "陈美玲", phone=""), _person(db, "陳美玲")
    with db.session_scope() as s:
        member_grades.set_customer_grade(s, owner, other, gold)
    with db.session_scope() as s:
        merge.merge_customers(s, owner, keep, other)
    with db.session_scope() as s:
        assert member_grades.grade_of(s, keep).name == "金卡"

    third, fourth = _person(db, "林志明", phone="13800000001"), _person(db, "林志明", phone="")
    with db.session_scope() as s:
        member_grades.set_customer_grade(s, owner, third, silver)
        member_grades.set_customer_grade(s, owner, fourth, gold)
    with db.session_scope() as s:
        merge.merge_customers(s, owner, third, fourth)
    with db.session_scope() as s:
        assert member_grades.grade_of(s, third).name == "銀卡"
