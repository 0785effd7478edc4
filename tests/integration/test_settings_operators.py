"""Settings, operators and permissions: defaults on a new garage, exact round trips, errors that name the field
to fix, every change audited, and only the owner manages people and prices."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, time
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from garage_desktop.db.engine import Database
from garage_desktop.db.migrate import upgrade
from garage_desktop.db.models import AuditEvent, Operator, Setting
from garage_desktop.domain.classes import Role
from garage_desktop.domain.pricing import HourUnit
from garage_desktop.domain.text import DomainError, PermissionRefused
from garage_desktop.services import clock, operators, permissions, settings
from garage_desktop.services.settings import DEFAULTS

NOW = datetime(2026, 11, 28, 9, 0)


def _audit(db: Database, entity: str) -> list[AuditEvent]:
    with db.session_scope() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.entity == entity).order_by(AuditEvent.id)))


# --- settings -----------------------------------------------------------------------------------------

CHANGED = replace(DEFAULTS, garage_name="安心汽車維修廠", garage_address="深圳市南山區科技路 8 號",
                  garage_phone="0755-88888888", hourly_rate=Decimal("95.50"), hour_unit=HourUnit.FIVE_MINUTES,
                  tax_rate=Decimal("0.03"), prices_include_tax=False, notify_above_default=Decimal("800.00"),
                  bays=6, opening_time=time(7, 30), closing_time=time(19, 15))


def test_a_new_garage_has_the_defaults(db: Database) -> None:
    with db.session_scope() as session:
        loaded = settings.load(session)
    assert loaded == DEFAULTS
    assert isinstance(loaded.hourly_rate, Decimal) and loaded.hourly_rate == Decimal("100.00")
    assert loaded.prices_include_tax is True and loaded.tax_rate == Decimal("0.13")


def test_save_and_load_round_trip(db: Database, people: dict[Role, int]) -> None:
    with db.session_scope() as session:
        settings.save(session, people[Role.OWNER], CHANGED)
    with db.session_scope() as session:
        loaded = settings.load(session)
    assert loaded == CHANGED
    assert str(loaded.hourly_rate) == "95.50"  # exactly as typed, no float on the way
    assert loaded.hour_unit is HourUnit.FIVE_MINUTES
    assert loaded.prices_include_tax is False
    assert loaded.opening_time == time(7, 30) and loaded.closing_time == time(19, 15)
    assert loaded.bays == 6 and isinstance(loaded.bays, int)


def test_every_change_is_audited_once(db: Database, people: dict[Role, int]) -> None:
    clock.set_fixed(NOW)
    owner = people[Role.OWNER]
    with db.session_scope() as session:
        settings.save(session, owner, replace(DEFAULTS, hourly_rate=Decimal("120.00"), bays=5))
    rows = _audit(db, "setting")
    changes = {next(iter(json.loads(r.after))): (json.loads(r.before), json.loads(r.after)) for r in rows}
    assert changes == {
        "hourly_rate": ({"hourly_rate": "100.00"}, {"hourly_rate": "120.00"}),
        "bays": ({"bays": "4"}, {"bays": "5"}),
    }
    assert all(r.operator_id == owner and r.at == NOW for r in rows)
    with db.session_scope() as session:  # saving the same values again changes nothing
        settings.save(session, owner, replace(DEFAULTS, hourly_rate=Decimal("120.00"), bays=5))
    assert len(_audit(db, "setting")) == 2


@pytest.mark.parametrize(("change", "field"), [
    ({"garage_name": "   "}, "garage_name"),
    ({"hourly_rate": Decimal(0)}, "hourly_rate"),
    ({"hourly_rate": Decimal(-80)}, "hourly_rate"),
    ({"hourly_rate": Decimal("95.555")}, "hourly_rate"),  # a rate is stored in 分 on every labour line
    ({"tax_rate": Decimal(1)}, "tax_rate"),
    ({"tax_rate": Decimal("-0.01")}, "tax_rate"),
    ({"notify_above_default": Decimal(-1)}, "notify_above_default"),
    ({"notify_above_default": Decimal("0.001")}, "notify_above_default"),
    ({"bays": 0}, "bays"),
    ({"closing_time": time(7, 30)}, "closing_time"),  # the same as opening
    ({"opening_time": time(20, 0)}, "closing_time"),
])
def test_bad_settings_are_refused_naming_the_field(db: Database, people: dict[Role, int], change: dict,
                                                   field: str) -> None:
    with pytest.raises(DomainError) as refused, db.session_scope() as session:
        settings.save(session, people[Role.OWNER], replace(CHANGED, **change))
    assert refused.value.field == field
    assert refused.value.english()
    with db.session_scope() as session:
        assert settings.load(session) == DEFAULTS  # nothing of the refused save was kept
    assert _audit(db, "setting") == []


def test_only_the_owner_changes_settings(db: Database, people: dict[Role, int]) -> None:
    with pytest.raises(PermissionRefused), db.session_scope() as session:
        settings.save(session, people[Role.ADVISOR], CHANGED)
    with db.session_scope() as session:
        assert settings.load(session) == DEFAULTS


def test_an_unreadable_stored_value_falls_back_to_its_default(db: Database) -> None:
    """A value written by hand or by another version must not stop the program from starting."""
    with db.session_scope() as session:
        session.add_all([Setting(key="hourly_rate", value="a lot"), Setting(key="hour_unit", value="fortnight"),
                         Setting(key="bays", value="6"), Setting(key="retired_setting", value="x")])
    with db.session_scope() as session:
        loaded = settings.load(session)
    assert loaded == replace(DEFAULTS, bays=6)


# --- operators -----------------------------------------------------------------------------------------

def test_the_first_operator_on_an_empty_database(tmp_path: Path) -> None:
    database = Database(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    upgrade(database.engine)
    with database.session_scope() as session:
        first = operators.first_operator(session, "  林老闆 ")
    assert (first.name, first.roles, first.active) == ("林老闆", {Role.OWNER}, True)
    with pytest.raises(DomainError), database.session_scope() as session:
        operators.first_operator(session, "someone else")
    with database.session_scope() as session:
        assert [o.name for o in operators.list_operators(session)] == ["林老闆"]
        [row] = session.scalars(select(AuditEvent).where(AuditEvent.entity == "operator"))
        assert row.operator_id == first.id and row.action == "create"
    database.dispose()


def test_the_owner_adds_and_changes_people(db: Database, people: dict[Role, int]) -> None:
    owner = people[Role.OWNER]
    with db.session_scope() as session:
        added = operators.save_operator(session, owner, None, " 周師傅 ", Role.FOREMAN, team=" 二組 ")
    assert (added.name, added.roles, added.team, added.active) == ("周師傅", {Role.FOREMAN}, "二組", True)
    with db.session_scope() as session:
        changed = operators.save_operator(session, owner, added.id, "周師傅", Role.INSPECTOR, team="", active=False)
        assert operators.get_operator(session, added.id) == changed
        assert added.id not in {o.id for o in operators.list_operators(session)}
        assert added.id in {o.id for o in operators.list_operators(session, include_inactive=True)}
    update = _audit(db, "operator")[-1]
    assert update.action == "update" and update.entity_id == added.id and update.operator_id == owner
    assert json.loads(update.before)["roles"] == ["foreman"]
    assert json.loads(update.after) == {"name": "周師傅", "roles": ["inspector"], "team": "", "active": False}


@pytest.mark.parametrize("role", [Role.ADVISOR, Role.INSPECTOR, Role.CASHIER])
def test_only_the_owner_manages_people(db: Database, people: dict[Role, int], role: Role) -> None:
    with pytest.raises(PermissionRefused) as refused, db.session_scope() as session:
        operators.save_operator(session, people[role], None, "新人", Role.ADVISOR)
    message = refused.value.english()
    assert "Owner" in message  # who may
    assert {Role.ADVISOR: "Service advisor", Role.INSPECTOR: "Inspector", Role.CASHIER: "Cashier"}[role] in message
    with db.session_scope() as session:
        assert session.scalar(select(Operator).where(Operator.name == "新人")) is None


def test_names_must_be_unique_and_present(db: Database, people: dict[Role, int]) -> None:
    owner = people[Role.OWNER]
    with pytest.raises(DomainError) as refused, db.session_scope() as session:
        operators.save_operator(session, owner, None, " 王小明 ", Role.ADVISOR)  # the advisor's name
    assert refused.value.field == "name" and "王小明" in refused.value.english()
    with pytest.raises(DomainError) as refused, db.session_scope() as session:
        operators.save_operator(session, owner, people[Role.CASHIER], "王小明", Role.CASHIER)  # renamed onto it
    assert refused.value.field == "name"
    with pytest.raises(DomainError) as refused, db.session_scope() as session:
        operators.save_operator(session, owner, None, "   ", Role.ADVISOR)
    assert refused.value.field == "name"
    with db.session_scope() as session:  # keeping one's own name is no clash
        operators.save_operator(session, owner, people[Role.ADVISOR], "王小明", Role.ADVISOR, team="前台")


def test_an_overlong_name_is_refused(db: Database, people: dict[Role, int]) -> None:
    """The column holds 40 characters; a server database would reject more with a crash."""
    with pytest.raises(DomainError) as refused, db.session_scope() as session:
        operators.save_operator(session, people[Role.OWNER], None, "名" * 41, Role.ADVISOR)
    assert refused.value.field == "name"


def test_the_last_owner_cannot_lock_everyone_out(db: Database, people: dict[Role, int]) -> None:
    owner = people[Role.OWNER]
    with db.session_scope() as session:
        me = operators.get_operator(session, owner)
    for change in ({"role": Role.ADVISOR}, {"active": False}):
        args = {"name": me.name, "role": Role.OWNER, "team": "", "active": True, **change}
        with pytest.raises(DomainError), db.session_scope() as session:
            operators.save_operator(session, owner, owner, args["name"], args["role"], args["team"], args["active"])
    with db.session_scope() as session:
        second = operators.save_operator(session, owner, None, "老闆娘", Role.OWNER)
    with db.session_scope() as session:  # with a second owner, the first may step back
        operators.save_operator(session, owner, owner, me.name, Role.ADVISOR)
    with pytest.raises(PermissionRefused), db.session_scope() as session:
        operators.save_operator(session, owner, None, "再一個", Role.STORE)  # no longer an owner
    with db.session_scope() as session:
        operators.save_operator(session, second.id, None, "再一個", Role.STORE)


def test_a_person_holds_several_roles(db: Database, people: dict[Role, int]) -> None:
    """Issue 14: the advisor who also takes the money and runs the store passes each of those checks, and no
    other; a refusal names the roles allowed and hers."""
    owner = people[Role.OWNER]
    with db.session_scope() as session:
        both = operators.save_operator(session, owner, None, "王嘉欣", {Role.STORE, Role.CASHIER, Role.ADVISOR})
    assert both.roles == {Role.ADVISOR, Role.STORE, Role.CASHIER}
    assert both.shown_roles == (Role.ADVISOR, Role.STORE, Role.CASHIER)  # the garage's order
    with db.session_scope() as session:
        for role in (Role.ADVISOR, Role.STORE, Role.CASHIER):
            assert permissions.require(session, both.id, role).id == both.id
        assert permissions.require(session, both.id, Role.INSPECTOR, Role.CASHIER).id == both.id  # any of them
        with pytest.raises(PermissionRefused) as refused:
            permissions.require(session, both.id, Role.INSPECTOR)
    assert refused.value.english() == ("Only Inspector / Owner may do this; the current operator is Service advisor "
                                       "/ Store keeper / Cashier.")
    with db.engine.connect() as conn:  # stored as one text, in the garage's order
        stored = conn.exec_driver_sql(f"SELECT roles FROM operator WHERE id = {both.id}").scalar()
    assert stored == "advisor,store,cashier"
    created = _audit(db, "operator")[-1]
    assert json.loads(created.after)["roles"] == ["advisor", "store", "cashier"]


def test_the_owner_holds_every_role_and_a_person_holds_at_least_one(db: Database, people: dict[Role, int]) -> None:
    owner = people[Role.OWNER]
    with db.session_scope() as session:
        partner = operators.save_operator(session, owner, None, "老闆娘", [Role.OWNER, Role.CASHIER])
        assert partner.roles == {Role.OWNER} and partner.is_owner  # the owner alone stands for every role
        for role in Role:
            assert permissions.require(session, partner.id, role).id == partner.id
            assert partner.holds(role)
    with pytest.raises(DomainError) as refused, db.session_scope() as session:
        operators.save_operator(session, owner, people[Role.STORE], "趙庫管", set())
    assert refused.value.field == "roles"
    with db.session_scope() as session:
        store = operators.save_operator(session, owner, people[Role.STORE], "趙庫管", Role.STORE)  # one role still
        assert store.roles == {Role.STORE} and not store.holds(Role.CASHIER)
        assert [p.name for p in operators.list_operators(session) if p.holds(Role.CASHIER)] == ["陳收銀", "店主",
                                                                                              "老闆娘"]


# --- permissions -----------------------------------------------------------------------------------------

def test_require_without_an_operator(db: Database) -> None:
    with pytest.raises(PermissionRefused) as refused, db.session_scope() as session:
        permissions.require(session, None, Role.ADVISOR)
    assert "operator" in refused.value.english()
    with pytest.raises(PermissionRefused), db.session_scope() as session:
        permissions.require(session, 99_999)


def test_require_roles(db: Database, people: dict[Role, int]) -> None:
    with db.session_scope() as session:
        assert permissions.require(session, people[Role.INSPECTOR], Role.INSPECTOR).id == people[Role.INSPECTOR]
        assert permissions.require(session, people[Role.OWNER], Role.INSPECTOR).roles == {Role.OWNER}  # always
        assert permissions.require(session, people[Role.STORE]).roles == {Role.STORE}  # any active operator
        with pytest.raises(PermissionRefused) as refused:
            permissions.require(session, people[Role.STORE], Role.INSPECTOR, Role.FOREMAN)
    assert refused.value.params["roles"] == ("Inspector", "Foreman", "Owner")
    assert refused.value.params["role"] == ("Store keeper",)
    assert refused.value.english() == "Only Inspector / Foreman / Owner may do this; the current operator is " \
                                       "Store keeper."


def test_an_inactive_operator_cannot_act(db: Database, people: dict[Role, int]) -> None:
    with db.session_scope() as session:
        operators.save_operator(session, people[Role.OWNER], people[Role.ADVISOR], "王小明", Role.ADVISOR,
                                active=False)
    with pytest.raises(PermissionRefused), db.session_scope() as session:
        permissions.require(session, people[Role.ADVISOR], Role.ADVISOR)
