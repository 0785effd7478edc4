"""Model classes and their 車型技術複雜係數 (complexity coefficient), kept by the owner in Settings."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from garage_desktop.db.models import ModelClass, Vehicle
from garage_desktop.domain import limits
from garage_desktop.domain.classes import Role
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError
from garage_desktop.services import audit, permissions

MIN_COEFFICIENT = Decimal("0.5")
MAX_COEFFICIENT = Decimal("5.0")
COEFFICIENT_PLACES = 3

_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "Domain", "The complexity coefficient must be between {minimum} and {maximum}.")
_IN_USE = QT_TRANSLATE_NOOP(
    "Domain", "{name} is used by {count} vehicle(s); file them under another class before deleting it.")


@dataclass(frozen=True)
class ModelClassInfo:
    id: int
    name: str
    coefficient: Decimal
    note: str
    vehicle_count: int  # vehicles filed under this class (a class in use cannot be deleted)


def _vehicle_counts(session: Session) -> dict[int, int]:
    rows = session.execute(select(Vehicle.model_class_id, func.count(Vehicle.id))
                           .where(Vehicle.model_class_id.is_not(None))
                           .group_by(Vehicle.model_class_id))
    return {class_id: count for class_id, count in rows}


def list_classes(session: Session) -> list[ModelClassInfo]:
    """Every model class in the order the owner entered them (a stable order for editing in place)."""
    counts = _vehicle_counts(session)
    return [ModelClassInfo(mc.id, mc.name, mc.coefficient, mc.note or "", counts.get(mc.id, 0))
            for mc in session.scalars(select(ModelClass).order_by(ModelClass.id))]


def check_coefficient(coefficient: Decimal) -> Decimal:
    """The coefficient if it is a Decimal between 0.5 and 5.0 with at most 3 decimals, else a DomainError."""
    if isinstance(coefficient, float):
        raise TypeError("the coefficient must be Decimal, not float")
    coefficient = Decimal(coefficient)
    if not coefficient.is_finite() or not MIN_COEFFICIENT <= coefficient <= MAX_COEFFICIENT:
        raise DomainError(_OUT_OF_RANGE, field="coefficient", minimum=MIN_COEFFICIENT, maximum=MAX_COEFFICIENT)
    if coefficient.as_tuple().exponent < -COEFFICIENT_PLACES:  # type: ignore[operator]
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "Use at most {places} decimal places."),
                          field="coefficient", places=COEFFICIENT_PLACES)
    return coefficient.quantize(Decimal(1).scaleb(-COEFFICIENT_PLACES))  # as stored: 1.25 -> 1.250


def _check_name(session: Session, name: str, class_id: int | None) -> str:
    name = name.strip()
    if not name:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "Enter the model class's name."), field="name")
    limits.MODEL_CLASS_NAME.check(name, "name")
    clash = session.scalar(select(ModelClass.id).where(ModelClass.name == name))
    if clash is not None and clash != class_id:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "There is already a model class called {name}."),
                          field="name", name=name)
    return name


def _snapshot(mc: ModelClass) -> dict[str, str]:
    return {"name": mc.name, "coefficient": str(mc.coefficient), "note": mc.note or ""}


def _get(session: Session, class_id: int) -> ModelClass:
    mc = session.get(ModelClass, class_id)
    if mc is None:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "That model class no longer exists."))
    return mc


def save_class(session: Session, actor: int | None, class_id: int | None, name: str, coefficient: Decimal,
               note: str = "") -> ModelClassInfo:
    """Add (``class_id`` None) or change a model class. Only the owner changes prices and coefficients.

    Orders already priced keep the coefficient copied onto their labour lines; a change applies to new lines.
    """
    permissions.require(session, actor, Role.OWNER)
    name = _check_name(session, name, class_id)
    coefficient = check_coefficient(coefficient)
    note = limits.MODEL_CLASS_NOTE.check((note or "").strip(), "note")
    if class_id is None:
        mc = ModelClass(name=name, coefficient=coefficient, note=note)
        session.add(mc)
        session.flush()
        audit.record(session, actor, "create", "model_class", mc.id, after=_snapshot(mc))
        return ModelClassInfo(mc.id, mc.name, coefficient, note, 0)
    mc = _get(session, class_id)
    before = _snapshot(mc)
    mc.name, mc.coefficient, mc.note = name, coefficient, note
    after = _snapshot(mc)
    if after != before:
        audit.record(session, actor, "update", "model_class", mc.id, before=before, after=after)
    in_use = _vehicle_counts(session).get(mc.id, 0)
    return ModelClassInfo(mc.id, name, coefficient, note, in_use)


def delete_class(session: Session, actor: int | None, class_id: int) -> None:
    """Remove a model class nobody uses; refused while a vehicle is filed under it."""
    permissions.require(session, actor, Role.OWNER)
    mc = _get(session, class_id)
    in_use = session.scalar(select(func.count(Vehicle.id)).where(Vehicle.model_class_id == class_id)) or 0
    if in_use:
        raise DomainError(_IN_USE, name=mc.name, count=in_use)
    audit.record(session, actor, "delete", "model_class", mc.id, before=_snapshot(mc))
    session.delete(mc)
