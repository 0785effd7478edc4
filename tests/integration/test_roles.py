"""Issue 8's role rules, enforced in the services (not only hidden in the window), each refused for the wrong
role with a message that says who may do it — checked on the demo garage, where every stage has real orders."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from garage_desktop.db.engine import Database
from garage_desktop.db.models import Approval, LabourOperation, ModelClass, Operator, Part, RepairOrder
from garage_desktop.db.types import holding
from garage_desktop.demo import write_demo
from garage_desktop.domain.classes import Role
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.text import PermissionRefused
from garage_desktop.services import catalog, checkout, model_classes, picking_actions, qc, settings


@pytest.fixture(scope="module")
def garage(tmp_path_factory: pytest.TempPathFactory) -> Database:
    path = Path(tmp_path_factory.mktemp("roles")) / "demo.sqlite3"
    write_demo(f"sqlite:///{path}", orders=120)
    database = Database(f"sqlite:///{path}")
    yield database
    database.dispose()


def _person(db: Database, role: Role) -> int:
    with db.session_scope() as session:
        # Someone who holds that role only (the demo's advisor 王嘉欣 takes the money too).
        found = session.execute(select(Operator.id, Operator.roles).where(holding(Operator.roles, role))
                                .order_by(Operator.id)).all()
        return next(person_id for person_id, roles in found if roles == {role})


def _order(db: Database, status: OrderStatus) -> int:
    with db.session_scope() as session:
        return session.scalar(select(RepairOrder.id).where(RepairOrder.status == status).limit(1))


def _refused(db: Database, role: Role, action: Callable[..., object], *args: object, **kwargs: object) -> str:
    person = _person(db, role)
    with pytest.raises(PermissionRefused) as refused, db.session_scope() as session:
        action(session, person, *args, **kwargs)
    return refused.value.english()


@pytest.mark.parametrize("role", [Role.ADVISOR, Role.FOREMAN, Role.STORE, Role.CASHIER])
def test_only_an_inspector_passes_qc(garage: Database, role: Role) -> None:
    order_id = _order(garage, OrderStatus.QC_PENDING)
    with garage.session_scope() as session:
        form = qc.inspection_form(session, order_id) or qc.QcForm(template="general")
    message = _refused(garage, role, qc.pass_qc, order_id, form)
    assert "Inspector" in message


@pytest.mark.parametrize("role", [Role.ADVISOR, Role.FOREMAN, Role.STORE, Role.CASHIER])
def test_only_an_inspector_approves_extra_parts(garage: Database, role: Role) -> None:
    with garage.session_scope() as session:
        approval_id = session.scalar(select(Approval.id).limit(1))
    assert "Inspector" in _refused(garage, role, picking_actions.decide_extra, approval_id, True)


@pytest.mark.parametrize("role", [Role.ADVISOR, Role.INSPECTOR, Role.FOREMAN, Role.STORE])
def test_only_a_cashier_or_the_owner_settles_and_discounts(garage: Database, role: Role) -> None:
    order_id = _order(garage, OrderStatus.READY)
    assert "Cashier" in _refused(garage, role, checkout.settle, order_id)
    assert "Cashier" in _refused(garage, role, checkout.add_discount, order_id, Decimal("10.00"), "老客戶")


@pytest.mark.parametrize("role", [Role.ADVISOR, Role.INSPECTOR, Role.FOREMAN, Role.STORE, Role.CASHIER])
def test_only_the_owner_changes_prices_rates_and_settings_or_deletes(garage: Database, role: Role) -> None:
    with garage.session_scope() as session:
        current = settings.load(session)
        part = session.scalars(select(Part).limit(1)).one()
        part_id, part_draft = part.id, catalog.PartDraft(code=part.code, name=part.name, sale_price="999.00",
                                                           origin=part.origin)
        operation_id = session.scalar(select(LabourOperation.id).limit(1))
        class_id = session.scalar(select(ModelClass.id).limit(1))
    from dataclasses import replace

    for action, args in (
        (settings.save, (replace(current, hourly_rate=Decimal("150.00")),)),
        (catalog.save_part, (part_id, part_draft)),
        (catalog.delete_part, (part_id,)),
        (catalog.delete_operation, (operation_id,)),
        (model_classes.save_class, (class_id, "經濟型轎車", Decimal("2.000"))),
        (model_classes.delete_class, (class_id,)),
    ):
        assert "Owner" in _refused(garage, role, action, *args), action.__name__
