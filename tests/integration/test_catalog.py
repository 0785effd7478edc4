"""The catalogs of labour operations and parts: checks with fields, owner only, delete refused while used,
search for the pickers, audit, and the starter catalog."""

from __future__ import annotations

import json
from datetime import datetime
from decimal import Decimal

import pytest
from sqlalchemy import delete, func, select

from garage_desktop.db.engine import Database
from garage_desktop.db.models import (
    AuditEvent,
    Customer,
    LabourLine,
    LabourOperation,
    Part,
    PartLine,
    RepairOrder,
    StockMovement,
    Vehicle,
)
from garage_desktop.domain.classes import JobClass, Payer, RegulatoryClass, Role
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.text import DomainError, PermissionRefused
from garage_desktop.services import audit, catalog, catalog_starter, clock
from garage_desktop.services.catalog import OperationDraft, PartDraft

NOW = datetime(2026, 11, 28, 10, 0)


@pytest.fixture(autouse=True)
def fixed_clock() -> None:
    clock.set_fixed(NOW)


@pytest.fixture
def owner(people: dict[Role, int]) -> int:
    return people[Role.OWNER]


def save_op(db: Database, actor: int, draft: OperationDraft, operation_id: int | None = None
            ) -> catalog.OperationInfo:
    with db.session_scope() as session:
        return catalog.save_operation(session, actor, operation_id, draft)


def save_part(db: Database, actor: int, draft: PartDraft, part_id: int | None = None) -> catalog.PartInfo:
    with db.session_scope() as session:
        return catalog.save_part(session, actor, part_id, draft)


def refusal(db: Database, function, *args) -> DomainError:  # type: ignore[no-untyped-def]
    with pytest.raises(DomainError) as caught, db.session_scope() as session:
        function(session, *args)
    return caught.value


def make_order(db: Database, *, operation_code: str = "", part_id: int | None = None) -> int:
    with db.session_scope() as session:
        person = Customer(name="林志明", phone="13800000001", created_at=NOW)
        car = Vehicle(customer=person, plate="京A12345", created_at=NOW)
        order = RepairOrder(order_no="WO20261128-001", status=OrderStatus.ESTIMATED, customer=person,
                            vehicle=car, job_class=JobClass.MINOR, payer=Payer.SELF, created_at=NOW,
                            regulatory_class=RegulatoryClass.MINOR_REPAIR, updated_at=NOW)
        session.add(order)
        if operation_code:
            session.add(LabourLine(order=order, seq=1, operation_code=operation_code, name="更換機油機濾",
                                   standard_hours=Decimal("0.50"), rate=Decimal("100.00"),
                                   coefficient=Decimal("1.000"), amount=Decimal("50.00")))
        if part_id:
            session.add(PartLine(order=order, seq=1, part_id=part_id, name="機油濾清器", planned_qty=Decimal(1),
                                 unit_price=Decimal("45.00")))
        session.flush()
        return order.id


# --- labour operations ---------------------------------------------------------------------------------
def test_an_operation_is_saved_cleaned_and_audited(db: Database, owner: int) -> None:
    saved = save_op(db, owner, OperationDraft(" by-101 ", " 更換機油機濾 ", "保養", "0.5"))
    assert (saved.code, saved.name, saved.category, saved.standard_hours) == ("BY-101", "更換機油機濾", "保養",
                                                                             Decimal("0.50"))
    changed = save_op(db, owner, OperationDraft("BY-101", "更換機油機濾", "保養", "0.6"), saved.id)
    assert changed.standard_hours == Decimal("0.60")
    with db.session_scope() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.entity == "labour_operation")
                                 .order_by(AuditEvent.id)).all()
        assert [(e.action, e.operator_id) for e in events] == [("create", owner), ("update", owner)]
        assert '"standard_hours": "0.50"' in events[1].before
        assert '"standard_hours": "0.60"' in events[1].after


@pytest.mark.parametrize(("draft", "field"), [
    (OperationDraft("", "四輪定位", "底盤", "1.0"), "code"),
    (OperationDraft("DP-001", "  ", "底盤", "1.0"), "name"),
    (OperationDraft("DP-001", "四輪定位", "底盤", ""), "standard_hours"),
    (OperationDraft("DP-001", "四輪定位", "底盤", "一小時"), "standard_hours"),
    (OperationDraft("DP-001", "四輪定位", "底盤", "-1"), "standard_hours"),
    (OperationDraft("DP-001", "四輪定位", "底盤", "1.125"), "standard_hours"),
    (OperationDraft("X" * 21, "四輪定位", "底盤", "1"), "code"),
    (OperationDraft("DP-001", "四輪定位", "類" * 41, "1"), "category"),
])
def test_a_bad_operation_is_refused_beside_its_field(db: Database, owner: int, draft: OperationDraft,
                                                     field: str) -> None:
    error = refusal(db, catalog.save_operation, owner, None, draft)
    assert error.field == field
    with db.session_scope() as session:
        assert session.scalar(select(func.count(LabourOperation.id))) == 0


def test_zero_hours_are_allowed_and_codes_are_unique_whatever_the_case(db: Database, owner: int) -> None:
    save_op(db, owner, OperationDraft("JC-001", "免費檢查", "保養", "0"))
    error = refusal(db, catalog.save_operation, owner, None, OperationDraft("jc-001", "另一項", "", "1"))
    assert error.field == "code" and error.params["code"] == "JC-001"


def test_only_the_owner_edits_and_deletes(db: Database, people: dict[Role, int]) -> None:
    saved = save_op(db, people[Role.OWNER], OperationDraft("BY-001", "更換機油機濾", "保養", "0.5"))
    for role in (Role.ADVISOR, Role.INSPECTOR, Role.STORE):
        with pytest.raises(PermissionRefused), db.session_scope() as session:
            catalog.save_operation(session, people[role], saved.id, OperationDraft("BY-001", "改名", "", "9"))
        with pytest.raises(PermissionRefused), db.session_scope() as session:
            catalog.delete_operation(session, people[role], saved.id)
        with pytest.raises(PermissionRefused), db.session_scope() as session:
            catalog.save_part(session, people[role], None, PartDraft("P1", "機濾", sale_price="10"))
    with db.session_scope() as session:
        assert catalog.find_operation(session, "by-001") == saved


def test_an_operation_on_an_order_line_cannot_be_deleted_nor_recoded(db: Database, owner: int) -> None:
    used = save_op(db, owner, OperationDraft("BY-001", "更換機油機濾", "保養", "0.5"))
    unused = save_op(db, owner, OperationDraft("BY-002", "更換空氣濾清器", "保養", "0.2"))
    make_order(db, operation_code="BY-001")
    error = refusal(db, catalog.delete_operation, owner, used.id)
    assert error.params == {"name": "更換機油機濾", "count": 1}
    error = refusal(db, catalog.save_operation, owner, used.id, OperationDraft("BY-999", "更換機油機濾", "", "0.5"))
    assert error.field == "code"
    # Name and hours may change: the order line keeps its own copy.
    save_op(db, owner, OperationDraft("BY-001", "更換機油及機濾", "保養", "0.6"), used.id)
    with db.session_scope() as session:
        catalog.delete_operation(session, owner, unused.id)
    with db.session_scope() as session:
        assert [op.code for op in catalog.list_operations(session)] == ["BY-001"]
        assert session.scalar(select(LabourLine.standard_hours)) == Decimal("0.50")
        assert session.scalar(select(func.count(AuditEvent.id)).where(AuditEvent.action == "delete")) == 1


# --- parts ---------------------------------------------------------------------------------------------
def test_a_part_is_saved_with_money_as_decimal(db: Database, owner: int) -> None:
    saved = save_part(db, owner, PartDraft("lq-jy-01", "機油濾清器", "豐田通用", "個", "原廠", "¥1,045.5", "22",
                                           "10", "A-01", "廣州汽配城"))
    assert saved.code == "LQ-JY-01" and saved.origin == "oem"
    assert (saved.sale_price, saved.cost, saved.minimum, saved.on_hand) == (
        Decimal("1045.50"), Decimal("22.00"), Decimal("10.000"), Decimal(0))


@pytest.mark.parametrize(("changes", "field"), [
    ({"code": ""}, "code"),
    ({"name": ""}, "name"),
    ({"origin": "進口"}, "origin"),
    ({"sale_price": ""}, "sale_price"),
    ({"sale_price": "12.345"}, "sale_price"),
    ({"sale_price": "-1"}, "sale_price"),
    ({"cost": "abc"}, "cost"),
    ({"minimum": "1.2345"}, "minimum"),
    ({"unit": "個" * 11}, "unit"),
])
def test_a_bad_part_is_refused_beside_its_field(db: Database, owner: int, changes: dict[str, str],
                                                field: str) -> None:
    values = {"code": "P-1", "name": "機油濾清器", "origin": "oem", "sale_price": "45", **changes}
    error = refusal(db, catalog.save_part, owner, None, PartDraft(**values))
    assert error.field == field


def test_a_part_code_is_unique(db: Database, owner: int) -> None:
    first = save_part(db, owner, PartDraft("P-1", "機油濾清器", sale_price="45"))
    other = save_part(db, owner, PartDraft("P-2", "空氣濾清器", sale_price="68"))
    error = refusal(db, catalog.save_part, owner, other.id, PartDraft("p-1", "空氣濾清器", sale_price="68"))
    assert error.field == "code"
    assert save_part(db, owner, PartDraft("P-1", "機油濾清器", "新規格", sale_price="48"), first.id).spec == "新規格"


def test_a_part_in_use_or_with_stock_history_cannot_be_deleted(db: Database, owner: int) -> None:
    on_order = save_part(db, owner, PartDraft("P-1", "機油濾清器", sale_price="45"))
    in_stock = save_part(db, owner, PartDraft("P-2", "空氣濾清器", sale_price="68"))
    unused = save_part(db, owner, PartDraft("P-3", "空調濾清器", sale_price="78"))
    make_order(db, part_id=on_order.id)
    with db.session_scope() as session:
        session.add(StockMovement(part_id=in_stock.id, kind="receive", quantity=Decimal(5), created_at=NOW))
        session.get(Part, in_stock.id).on_hand = Decimal(5)
        audit.exempt(session, "test data changed directly")
    assert refusal(db, catalog.delete_part, owner, on_order.id).params["count"] == 1
    assert refusal(db, catalog.delete_part, owner, in_stock.id).params["name"] == "空氣濾清器"
    with db.session_scope() as session:
        catalog.delete_part(session, owner, unused.id)
    with db.session_scope() as session:
        assert [p.code for p in catalog.list_parts(session)] == ["P-1", "P-2"]


# --- search for the pickers ----------------------------------------------------------------------------
@pytest.fixture
def starter(db: Database) -> None:
    with db.session_scope() as session:
        catalog_starter.load_starter_catalog(session)


def test_search_finds_by_code_name_and_pinyin_initials(db: Database, starter: None) -> None:
    with db.session_scope() as session:
        assert catalog.search_operations(session, "dp-001")[0].code == "DP-001"
        assert [op.name for op in catalog.search_operations(session, "ghjy")] == ["更換機油機濾"]
        # A name that starts with the words comes before one that only contains them.
        assert [op.name for op in catalog.search_operations(session, "四輪")] == ["四輪定位", "輪胎動平衡（四輪）"]
        brakes = catalog.search_operations(session, "剎車片")
        assert {op.name for op in brakes} == {"更換前剎車片", "更換後剎車片"}
        assert len(catalog.search_operations(session, "更換", limit=5)) == 5
        assert catalog.search_operations(session, "沒有這項") == []
        assert {p.name for p in catalog.search_parts(session, "jylq")} == {"機油濾清器"}
        # A code that starts with what was typed comes before a name whose initials do.
        assert catalog.search_parts(session, "jy")[0].code == "JYQ-QX-01"
        assert {p.code for p in catalog.search_parts(session, "5w-30")} == {"YL-5W30-4L", "YL-SM-1L"}
        assert [p.code for p in catalog.search_parts(session, "機油 大眾")] == ["LQ-JY-V01"]


def test_list_filters_also_by_category(db: Database, starter: None) -> None:
    with db.session_scope() as session:
        aircon = catalog.list_operations(session, "空調")
        assert {op.category for op in aircon} >= {"空調"} and len(aircon) >= 4
        assert catalog.operation_categories(session) == sorted({"保養", "剎車", "發動機", "底盤", "電氣", "空調",
                                                                 "鈑噴"})


# --- the starter catalog -------------------------------------------------------------------------------
def test_the_starter_catalog_fills_an_empty_database_once(db: Database) -> None:
    with db.session_scope() as session:
        result = catalog_starter.load_starter_catalog(session)
    assert result.operations >= 40 and result.parts >= 40
    with db.session_scope() as session:
        assert catalog_starter.load_starter_catalog(session) == catalog_starter.StarterResult(0, 0)
        hours = {op.name: op.standard_hours for op in catalog.list_operations(session)}
        assert {k: hours[k] for k in ("更換機油機濾", "四輪定位", "更換前剎車片", "二級維護", "發動機大修", "空調檢修")} == {
            "更換機油機濾": Decimal("0.50"), "四輪定位": Decimal("1.00"), "更換前剎車片": Decimal("1.00"),
            "二級維護": Decimal("4.00"), "發動機大修": Decimal("30.00"), "空調檢修": Decimal("1.50")}
        for job in ("更換正時皮帶", "更換火花塞", "更換蓄電池", "輪胎動平衡", "減震器", "清洗節氣門", "鈑金噴漆"):
            assert any(job in name for name in hours), job
        parts = catalog.list_parts(session)
        assert {p.origin for p in parts} == {"oem", "equivalent", "repaired"}
        assert all(p.sale_price > p.cost > 0 for p in parts)
        # The owner empties the catalog: it does not come back on the next start.
        session.execute(delete(LabourOperation))
        session.execute(delete(Part))
    with db.session_scope() as session:
        assert catalog_starter.load_starter_catalog(session) == catalog_starter.StarterResult(0, 0)


def test_the_starter_catalog_leaves_a_catalog_with_rows_alone(db: Database, owner: int) -> None:
    save_part(db, owner, PartDraft("P-1", "自己的配件", sale_price="1"))
    with db.session_scope() as session:
        assert catalog_starter.load_starter_catalog(session) == catalog_starter.StarterResult(0, 0)
        assert session.scalar(select(func.count(LabourOperation.id))) == 0


def test_the_starter_file_says_it_is_an_example() -> None:
    content = json.loads(catalog_starter.starter_path().read_text(encoding="utf-8"))
    assert "示例" in content["note"] and "example" in content["note"].lower()
    operations, parts = catalog_starter.read_starter()
    assert len({op.code for op in operations}) == len(operations)
    assert len({p.code for p in parts}) == len(parts)
