"""Model classes (車型技術複雜係數) kept by the owner: validation, unique names, deletion, permissions, audit."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from garage_desktop.db.engine import Database
from garage_desktop.db.models import AuditEvent, Customer, Vehicle
from garage_desktop.domain import limits
from garage_desktop.domain.classes import Role
from garage_desktop.domain.text import DomainError, PermissionRefused
from garage_desktop.services import bootstrap, clock, model_classes, operators, settings

NOW = datetime(2026, 11, 28, 9, 30)


@pytest.fixture(autouse=True)
def fixed_clock() -> None:
    clock.set_fixed(NOW)


@pytest.fixture
def owner(people: dict[Role, int]) -> int:
    return people[Role.OWNER]


def save(db: Database, actor: int, class_id: int | None, name: str, coefficient: str, note: str = ""
         ) -> model_classes.ModelClassInfo:
    with db.session_scope() as session:
        return model_classes.save_class(session, actor, class_id, name, Decimal(coefficient), note)


def classes(db: Database) -> dict[str, model_classes.ModelClassInfo]:
    with db.session_scope() as session:
        return {c.name: c for c in model_classes.list_classes(session)}


def refusal(db: Database, actor: int, class_id: int | None, name: str, coefficient: str) -> DomainError:
    with pytest.raises(DomainError) as caught:
        save(db, actor, class_id, name, coefficient)
    return caught.value


def file_vehicle_under(db: Database, class_id: int) -> None:
    with db.session_scope() as session:
        person = Customer(name="林志明", phone="13800001234", created_at=NOW)
        session.add(Vehicle(customer=person, plate="京A12345", model_class_id=class_id, created_at=NOW))


def test_a_new_database_has_the_starter_classes_in_their_order(db: Database) -> None:
    listed = list(classes(db).values())
    assert [(c.name, c.coefficient) for c in listed] == bootstrap.STARTER_MODEL_CLASSES
    assert all(c.vehicle_count == 0 and c.note == "" for c in listed)


def test_the_owner_adds_and_changes_a_class(db: Database, owner: int) -> None:
    added = save(db, owner, None, "  皮卡 / 輕卡 ", "1.25", " 後驅 ")
    assert (added.name, added.coefficient, added.note) == ("皮卡 / 輕卡", Decimal("1.25"), "後驅")
    changed = save(db, owner, added.id, "皮卡", "1.125", "")
    stored = classes(db)["皮卡"]
    assert stored == changed
    assert stored.coefficient == Decimal("1.125")
    assert "皮卡 / 輕卡" not in classes(db)


@pytest.mark.parametrize("coefficient", ["0.5", "5.0", "5", "1.999"])
def test_coefficients_from_half_to_five_with_three_decimals_are_accepted(db: Database, owner: int,
                                                                          coefficient: str) -> None:
    assert save(db, owner, None, "測試", coefficient).coefficient == Decimal(coefficient)


@pytest.mark.parametrize("coefficient", ["0.499", "5.001", "0", "-1", "50", "NaN", "Infinity"])
def test_a_coefficient_outside_half_to_five_is_refused_at_its_field(db: Database, owner: int,
                                                                    coefficient: str) -> None:
    error = refusal(db, owner, None, "測試", coefficient)
    assert error.field == "coefficient"
    assert "between 0.5 and 5.0" in error.english()
    assert "測試" not in classes(db)


def test_a_coefficient_with_four_decimals_is_refused(db: Database, owner: int) -> None:
    error = refusal(db, owner, None, "測試", "1.2345")
    assert error.field == "coefficient"
    assert "3 decimal places" in error.english()


def test_a_float_coefficient_is_a_programming_error(db: Database, owner: int) -> None:
    with db.session_scope() as session, pytest.raises(TypeError):
        model_classes.save_class(session, owner, None, "測試", 1.2, "")  # type: ignore[arg-type]


def test_a_name_is_required(db: Database, owner: int) -> None:
    assert refusal(db, owner, None, "   ", "1.0").field == "name"


def test_a_too_long_name_is_refused_at_its_field(db: Database, owner: int) -> None:
    assert refusal(db, owner, None, "車" * (limits.MODEL_CLASS_NAME.limit + 1), "1.0").field == "name"


def test_names_are_unique_when_adding_and_renaming(db: Database, owner: int) -> None:
    starter = classes(db)
    error = refusal(db, owner, None, " 新能源車 ", "1.4")
    assert error.field == "name"
    assert "新能源車" in error.english()
    economy = starter["經濟型轎車"]
    assert refusal(db, owner, economy.id, "新能源車", "1.0").field == "name"
    # Keeping its own name is no clash.
    assert save(db, owner, economy.id, "經濟型轎車", "0.9").coefficient == Decimal("0.9")
    assert len(classes(db)) == len(starter)


def test_a_class_used_by_a_vehicle_cannot_be_deleted(db: Database, owner: int) -> None:
    luxury = classes(db)["豪華車 / 進口車"]
    file_vehicle_under(db, luxury.id)
    assert classes(db)["豪華車 / 進口車"].vehicle_count == 1
    with db.session_scope() as session, pytest.raises(DomainError) as caught:
        model_classes.delete_class(session, owner, luxury.id)
    assert "豪華車 / 進口車" in caught.value.english()
    assert "1 vehicle" in caught.value.english()
    assert "豪華車 / 進口車" in classes(db)


def test_an_unused_class_is_deleted_and_audited(db: Database, owner: int) -> None:
    ev = classes(db)["新能源車"]
    with db.session_scope() as session:
        model_classes.delete_class(session, owner, ev.id)
    assert "新能源車" not in classes(db)
    with db.session_scope() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.entity == "model_class")).one()
    assert (event.action, event.entity_id, event.operator_id, event.at) == ("delete", ev.id, owner, NOW)
    assert "新能源車" in event.before


def test_adding_and_changing_are_audited_with_before_and_after(db: Database, owner: int) -> None:
    added = save(db, owner, None, "皮卡", "1.25")
    save(db, owner, added.id, "皮卡", "1.3")
    save(db, owner, added.id, "皮卡", "1.3")  # nothing changed: nothing to audit
    with db.session_scope() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.entity == "model_class")
                                 .order_by(AuditEvent.id)).all()
        assert [e.action for e in events] == ["create", "update"]
        assert '"1.250"' in events[1].before and '"1.300"' in events[1].after


@pytest.mark.parametrize("role", [Role.ADVISOR, Role.INSPECTOR, Role.CASHIER])
def test_only_the_owner_changes_model_classes(db: Database, people: dict[Role, int], role: Role) -> None:
    economy = classes(db)["經濟型轎車"]
    with pytest.raises(PermissionRefused):
        save(db, people[role], None, "皮卡", "1.25")
    with pytest.raises(PermissionRefused):
        save(db, people[role], economy.id, "經濟型轎車", "2.0")
    with db.session_scope() as session, pytest.raises(PermissionRefused):
        model_classes.delete_class(session, people[role], economy.id)
    assert classes(db)["經濟型轎車"].coefficient == Decimal("1.000")
    assert "皮卡" not in classes(db)


def test_only_the_owner_saves_the_settings(db: Database, people: dict[Role, int]) -> None:
    with db.session_scope() as session:
        changed = replace(settings.load(session), hourly_rate=Decimal("120.00"))
    with db.session_scope() as session, pytest.raises(PermissionRefused):
        settings.save(session, people[Role.ADVISOR], changed)
    with db.session_scope() as session:
        settings.save(session, people[Role.OWNER], changed)
    with db.session_scope() as session:
        assert settings.load(session).hourly_rate == Decimal("120.00")


def test_the_last_active_owner_can_be_neither_demoted_nor_retired(db: Database, owner: int) -> None:
    with db.session_scope() as session:
        me = operators.get_operator(session, owner)
    assert me is not None
    for role, active, field in ((Role.ADVISOR, True, "roles"), (Role.OWNER, False, "active")):
        with db.session_scope() as session, pytest.raises(DomainError) as caught:
            operators.save_operator(session, owner, owner, me.name, role, "", active)
        assert caught.value.field == field
    with db.session_scope() as session:
        partner = operators.save_operator(session, owner, None, "老闆娘", Role.OWNER)
        operators.save_operator(session, partner.id, owner, me.name, Role.ADVISOR, "", True)
        assert operators.get_operator(session, owner).roles == {Role.ADVISOR}  # type: ignore[union-attr]
