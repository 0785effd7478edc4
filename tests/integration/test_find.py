"""The window's search box (issue 14): orders by number, plate (either script of the province), customer name
(either script), pinyin initials, phone digits and the end of the VIN; open orders first, newest first; cars and
customers without an order; the recent list."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy.orm import Session

from garage_desktop.db.engine import Database
from garage_desktop.db.models import Appointment, Customer, RepairOrder, Vehicle
from garage_desktop.domain.classes import JobClass, Payer, RegulatoryClass, Role
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.services import customers, find, search_index
from garage_desktop.services.customers import CustomerForm, VehicleForm
from garage_desktop.services.find import Kind, Why
from garage_desktop.services.search_index import SearchIndex

S = OrderStatus
DAY = datetime(2026, 11, 28, 9, 0)
VIN = "LSVAU2180N2183294"


def _customer(session: Session, name: str, initials: str, phone: str) -> Customer:
    customer = Customer(name=name, name_initials=initials, phone=phone, created_at=DAY)
    session.add(customer)
    session.flush()
    return customer


def _vehicle(session: Session, customer: Customer, plate: str, vin: str = "", make: str = "",
             model: str = "") -> Vehicle:
    vehicle = Vehicle(customer=customer, plate=plate, vin=vin, make=make, model=model, created_at=DAY)
    session.add(vehicle)
    session.flush()
    return vehicle


def _order(session: Session, vehicle: Vehicle | None, status: OrderStatus, order_no: str | None,
           days_ago: int = 0) -> int:
    at = DAY - timedelta(days=days_ago)
    order = RepairOrder(order_no=order_no, status=status, customer=vehicle.customer if vehicle else None,
                        vehicle=vehicle, job_class=JobClass.MINOR, regulatory_class=RegulatoryClass.MINOR_REPAIR,
                        payer=Payer.SELF, created_at=at, updated_at=at,
                        received_at=None if status is S.BOOKED else at)
    session.add(order)
    session.flush()
    return order.id


@pytest.fixture
def garage(db: Database) -> dict[str, int]:
    """林志明's 粤B12345 with six visits (one in the shop now), 陳美玲 (on file in Traditional, and so is her
    plate 粵E67890), 陈建国 (Simplified), a car registered without an order, a customer with neither, and a
    booking whose car and customer are not on file."""
    ids: dict[str, int] = {}
    with db.session_scope() as s:
        lin = _customer(s, "林志明", "lzm", "13800138000")
        car = _vehicle(s, lin, "粤B12345", VIN, "比亚迪", "秦PLUS")
        for n, (status, days_ago) in enumerate([(S.FOLLOWED_UP, 300), (S.FOLLOWED_UP, 200), (S.CANCELLED, 150),
                                                (S.DELIVERED, 90), (S.FOLLOWED_UP, 30), (S.IN_REPAIR, 0)], 1):
            day = DAY - timedelta(days=days_ago)
            ids[f"lin{n}"] = _order(s, car, status, f"WO{day:%Y%m%d}-{n:03d}", days_ago)
        chan = _customer(s, "陳美玲", "cml", "13912345678")
        ids["chan"] = _order(s, _vehicle(s, chan, "粵E67890"), S.DELIVERED, "WO20261120-001", 8)
        chen = _customer(s, "陈建国", "cjg", "13600001111")
        ids["chen"] = _order(s, _vehicle(s, chen, "粤A88888"), S.READY, "WO20261127-002", 1)
        zhao = _customer(s, "趙強", "zq", "13511112222")
        ids["zhao_car"] = _vehicle(s, zhao, "粤A55555", "LFV2A21K6G3000123").id
        ids["huang"] = _customer(s, "黃小姐", "hxj", "13722223333").id
        ids["booking"] = _order(s, None, S.BOOKED, None)
        s.add(Appointment(order_id=ids["booking"], start_at=DAY + timedelta(days=1), contact_name="吳先生",
                          contact_phone="13644445555", plate="粤C77777", created_at=DAY))
    return ids


def _find(db: Database, text: str, limit: int = 50) -> list[find.Hit]:
    with db.session_scope() as session:
        return find.find(session, text, limit)


def _orders(hits: list[find.Hit]) -> list[int | None]:
    return [hit.order_id for hit in hits]


LIN_NEWEST_FIRST = ["lin6", "lin5", "lin4", "lin3", "lin2", "lin1"]  # lin6 is in the shop: first anyway


@pytest.mark.parametrize("typed", ["WO20261128-006", "wo20261128-006", "1128-006", "28-006", "20261128"])
def test_an_order_by_its_number_whole_or_part(db: Database, garage: dict[str, int], typed: str) -> None:
    [hit] = _find(db, typed)
    assert (hit.kind, hit.order_id, hit.why) == (Kind.ORDER, garage["lin6"], Why.NUMBER)
    assert hit.order_no == "WO20261128-006" and hit.status is S.IN_REPAIR and hit.status_label == "In repair"
    assert (hit.plate, hit.customer_name, hit.phone, hit.received_at) == ("粤B12345", "林志明", "13800138000", DAY)
    assert hit.is_open and hit.car == "比亚迪 秦PLUS" and hit.vin == VIN


@pytest.mark.parametrize("typed", ["B12345", "粤B12345", "粵B12345", "粵b 123", "b123", "B1"])
def test_orders_by_plate_in_either_script_of_the_province(db: Database, garage: dict[str, int], typed: str) -> None:
    hits = _find(db, typed)
    assert _orders(hits) == [garage[k] for k in LIN_NEWEST_FIRST]
    assert {hit.why for hit in hits} == {Why.PLATE}


@pytest.mark.parametrize("typed", ["粤E678", "粵E678", "e67890"])
def test_a_plate_still_stored_in_traditional_is_found_either_way(db: Database, garage: dict[str, int],
                                                                 typed: str) -> None:
    [hit] = _find(db, typed)
    assert (hit.order_id, hit.plate, hit.why) == (garage["chan"], "粵E67890", Why.PLATE)


@pytest.mark.parametrize(("typed", "who"), [("陈美玲", "chan"), ("陳美玲", "chan"), ("美玲", "chan"),
                                            ("陈建国", "chen"), ("陳建國", "chen"), ("建國", "chen")])
def test_orders_by_customer_name_in_either_script(db: Database, garage: dict[str, int], typed: str,
                                                   who: str) -> None:
    [hit] = _find(db, typed)
    assert (hit.order_id, hit.why) == (garage[who], Why.NAME)


def test_a_name_with_many_spellings_is_still_matched_exactly(db: Database) -> None:
    """钟志发 has 24 spellings (钟: 鈡 鍾 鐘; 志: 誌; 发: 發 髮): the database is asked for the first two
    characters' spellings and what it finds is checked whole, so 鍾志強 is not a hit."""
    with db.session_scope() as s:
        wanted = _order(s, _vehicle(s, _customer(s, "鍾志發", "zzf", "13000000001"), "粤B00001"), S.RECEIVED,
                        "WO20261128-101")
        _order(s, _vehicle(s, _customer(s, "鍾志強", "zzq", "13000000002"), "粤B00002"), S.RECEIVED,
               "WO20261128-102")
    assert _orders(_find(db, "钟志发")) == [wanted]


@pytest.mark.parametrize("typed", ["lzm", "LZM", "lz"])
def test_orders_by_pinyin_initials(db: Database, garage: dict[str, int], typed: str) -> None:
    hits = _find(db, typed)
    assert _orders(hits) == [garage[k] for k in LIN_NEWEST_FIRST]
    assert {hit.why for hit in hits} == {Why.INITIALS}


@pytest.mark.parametrize("typed", ["13800138000", "0013", "138 0013", "8000"])
def test_orders_by_phone_digits(db: Database, garage: dict[str, int], typed: str) -> None:
    hits = _find(db, typed)
    assert _orders(hits) == [garage[k] for k in LIN_NEWEST_FIRST]
    assert {hit.why for hit in hits} == {Why.PHONE}


def test_three_digits_are_not_a_phone(db: Database, garage: dict[str, int]) -> None:
    assert _find(db, "013") == []  # in 林志明's phone, but three digits are a plate part, and no plate has them


@pytest.mark.parametrize("typed", ["3294", "83294", "lsvau2180n2183294"])
def test_orders_by_the_end_of_the_vin(db: Database, garage: dict[str, int], typed: str) -> None:
    hits = _find(db, typed)
    assert _orders(hits) == [garage[k] for k in LIN_NEWEST_FIRST]
    assert {hit.why for hit in hits} == {Why.VIN}


def test_the_middle_of_a_vin_is_not_its_end(db: Database, garage: dict[str, int]) -> None:
    assert _find(db, "AU2180") == []


def test_open_orders_first_then_newest_first(db: Database, garage: dict[str, int]) -> None:
    """Every order of 2026 by its number: the car in repair and the one ready (open) come before the delivered
    and closed ones, each group newest first; "粤" and a letter finds the province's cars the same way."""
    hits = _find(db, "wo2026")
    assert _orders(hits)[:2] == [garage["lin6"], garage["chen"]]  # in today, in yesterday
    assert all(hit.is_open for hit in hits[:2]) and not any(hit.is_open for hit in hits[2:])
    assert [hit.received_at for hit in hits[2:]] == sorted((hit.received_at for hit in hits[2:]), reverse=True)
    assert _orders(hits)[2:4] == [garage["chan"], garage["lin5"]]  # 8 and 30 days ago
    assert _orders(_find(db, "粵B1")) == [garage[k] for k in LIN_NEWEST_FIRST]
    assert _find(db, "粤B") == []  # the province and the city alone: a third of the garage


def test_a_booking_by_its_appointments_plate_name_and_phone(db: Database, garage: dict[str, int]) -> None:
    for typed, why in (("粵C777", Why.PLATE), ("吴先生", Why.NAME), ("4444", Why.PHONE)):
        [hit] = _find(db, typed)
        assert (hit.order_id, hit.why, hit.status) == (garage["booking"], why, S.BOOKED)
        assert hit.order_no is None and hit.is_open and hit.received_at is None
        assert hit.booked_for == DAY + timedelta(days=1)
        assert (hit.plate, hit.customer_name, hit.phone) == ("粤C77777", "吳先生", "13644445555")


def test_a_car_without_an_order_and_a_customer_without_anything(db: Database, garage: dict[str, int]) -> None:
    [car] = _find(db, "A55555")
    assert (car.kind, car.vehicle_id, car.order_id, car.why) == (Kind.VEHICLE, garage["zhao_car"], None, Why.PLATE)
    assert (car.customer_name, car.phone) == ("趙強", "13511112222")
    [car_by_vin] = _find(db, "0123")
    assert (car_by_vin.kind, car_by_vin.why) == (Kind.VEHICLE, Why.VIN)
    [car_by_owner] = _find(db, "赵强")
    assert (car_by_owner.kind, car_by_owner.why) == (Kind.VEHICLE, Why.NAME)
    [person] = _find(db, "黄小姐")
    assert (person.kind, person.customer_id, person.vehicle_id, person.why) == (
        Kind.CUSTOMER, garage["huang"], None, Why.NAME)
    assert person.key == ("customer", garage["huang"]) and car.key == ("vehicle", garage["zhao_car"])


def test_orders_come_before_cars_and_customers(db: Database, garage: dict[str, int]) -> None:
    hits = _find(db, "1111")  # in 陈建国's phone (he has an order) and 趙強's (his car has none)
    assert [(hit.kind, hit.why) for hit in hits] == [(Kind.ORDER, Why.PHONE), (Kind.VEHICLE, Why.PHONE)]
    assert (hits[0].order_id, hits[1].vehicle_id) == (garage["chen"], garage["zhao_car"])


def test_the_limit(db: Database, garage: dict[str, int]) -> None:
    assert _orders(_find(db, "lzm", limit=3)) == [garage[k] for k in LIN_NEWEST_FIRST[:3]]
    assert len(_find(db, "wo2026", limit=4)) == 4
    assert _find(db, "lzm", limit=0) == []


@pytest.mark.parametrize("typed", ["", " ", "B", "林", "%", "%%", "__", "_1", "ZZZZ", "WO1999"])
def test_nothing(db: Database, garage: dict[str, int], typed: str) -> None:
    assert _find(db, typed) == []


def test_on_a_plain_connection(db: Database, garage: dict[str, int]) -> None:
    with db.read_scope() as connection:
        assert _orders(find.find(connection, "lzm")) == [garage[k] for k in LIN_NEWEST_FIRST]


def test_the_recent_list_in_the_order_given(db: Database, garage: dict[str, int]) -> None:
    keys = [("order", garage["chan"]), ("customer", garage["huang"]), ("order", 99_999),
            ("vehicle", garage["zhao_car"]), ("order", garage["booking"]), ("order", garage["chan"])]
    with db.read_scope() as connection:
        hits = find.recent(connection, keys)
    assert [hit.key for hit in hits] == [("order", garage["chan"]), ("customer", garage["huang"]),
                                         ("vehicle", garage["zhao_car"]), ("order", garage["booking"])]
    assert {hit.why for hit in hits} == {Why.RECENT}
    assert hits[0].customer_name == "陳美玲" and hits[0].status is S.DELIVERED
    with db.read_scope() as connection:
        assert find.recent(connection, []) == []


# --- what the text can be ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(("typed", "expected"), [
    ("1128-003", {"number": "1128-003", "plate": "1128003", "phone": "1128003"}),  # a phone may be typed 138-0013-…
    ("wo20261128-003", {"number": "WO20261128-003"}),  # too long for a plate
    ("20261128", {"number": "20261128", "plate": "20261128", "vin_tail": "20261128", "phone": "20261128"}),
    ("粵b 123", {"plate": "粤B123"}),
    ("B123", {"plate": "B123", "vin_tail": "B123"}),
    ("1380", {"plate": "1380", "vin_tail": "1380", "phone": "1380"}),
    ("138 0013", {"plate": "1380013", "vin_tail": "1380013", "phone": "1380013"}),
    ("lzm", {"plate": "LZM", "name": "lzm", "initials": "lzm"}),
    ("陳美玲", {"name": "陈美玲"}),
    ("林 志明", {"name": "林志明"}),
    ("ＢＹＤ１２３", {"plate": "BYD123", "vin_tail": "BYD123"}),  # full-width, as a Chinese input method types
    ("粤B", {}),
    ("1", {}),
])
def test_what_the_text_can_be(typed: str, expected: dict[str, str]) -> None:
    assert find.read_text(typed) == find.Query(**expected)


def test_a_name_in_either_script_as_one_glob_pattern() -> None:
    """SQLite matches a Chinese name with one GLOB, each character a class of its forms; anything else (Latin
    letters, GLOB's own characters) is matched by LIKE/ILIKE spellings."""
    from garage_desktop.domain import script
    from garage_desktop.services.find import _glob_pattern

    assert _glob_pattern("陈美玲") == "*[陈陳]美玲*"
    assert _glob_pattern("陳美玲") == "*[陈陳]美玲*"
    assert _glob_pattern("Tom") is None and _glob_pattern("林*") is None
    assert script.spellings("陳美玲") == ("陈美玲", "陳美玲")
    assert len(script.spellings("钟志发")) == 8  # 24 in all: the first two characters' (checked whole later)


# --- the plates, VINs and phones kept in memory (issue 20) --------------------------------------------------------
def _index(db: Database) -> SearchIndex:
    with db.session_scope() as session:
        return SearchIndex.read(session)


def _find_in(db: Database, index: SearchIndex, text: str) -> list[find.Hit]:
    with db.session_scope() as session:
        return find.find(session, text, 50, index)


@pytest.mark.parametrize("typed", ["B12345", "粵b 123", "B1", "12345", "3294", "2183294", "N2183294", "13800138000",
                                   "8000", "0138", "粤C777", "55555", "0123", "lzm", "陈美玲", "WO20261128-006",
                                   "1128-006", "20261128", "99999"])
def test_the_index_in_memory_finds_what_the_database_finds(db: Database, garage: dict[str, int], typed: str) -> None:
    assert _find_in(db, _index(db), typed) == _find(db, typed)


@pytest.mark.parametrize("max_replaced", [search_index.MAX_REPLACED, 0])  # 0: the texts built again at once
def test_a_car_registered_or_corrected_after_the_index_was_read_is_found_as_it_is_now(
        db: Database, garage: dict[str, int], people: dict[Role, int], monkeypatch: pytest.MonkeyPatch,
        max_replaced: int) -> None:
    monkeypatch.setattr(search_index, "MAX_REPLACED", max_replaced)
    index = _index(db)
    advisor = people[Role.ADVISOR]
    with db.session_scope() as s:
        zhou = customers.write_customer(s, advisor, CustomerForm(name="周杰", phone="13977778888"))
        new_car = customers.write_vehicle(s, advisor, VehicleForm(plate="粤D24680", vin="LSVAU2180N2199999"),
                                          zhou.id).id
        zhao = s.get(Vehicle, garage["zhao_car"]).customer_id
        customers.write_vehicle(s, advisor, VehicleForm(vehicle_id=garage["zhao_car"], plate="粤A55556",
                                                        vin="LFV2A21K6G3000123"), zhao)
        customers.write_customer(s, advisor, CustomerForm(customer_id=garage["huang"], name="黃小姐",
                                                          phone="13722229999"))
    [car] = _find_in(db, index, "D2468")
    assert (car.kind, car.vehicle_id) == (Kind.VEHICLE, new_car)
    assert [hit.vehicle_id for hit in _find_in(db, index, "2199999")] == [new_car]  # its VIN's end
    assert [hit.vehicle_id for hit in _find_in(db, index, "7778888")] == [new_car]  # its owner's phone
    assert [hit.vehicle_id for hit in _find_in(db, index, "55556")] == [garage["zhao_car"]]  # the plate corrected
    assert _find_in(db, index, "A55555") == [] and _find_in(db, index, "22223333") == []  # as they were
    assert [hit.customer_id for hit in _find_in(db, index, "22229999")] == [garage["huang"]]
    for typed in ("D2468", "55556", "55555", "2229999", "12345", "0123"):
        assert _find_in(db, index, typed) == _find(db, typed)


def test_an_index_of_another_trail_is_not_used(db: Database, garage: dict[str, int]) -> None:
    """A restored file or another garage's: the database is asked (and the window reads a new index)."""
    index = _index(db)
    index.mark = (index.mark[0], "another trail")
    index.plates = search_index.Column([], fold=True)  # would find nothing
    assert _find_in(db, index, "B12345") == _find(db, "B12345") != []
    assert index.stale
