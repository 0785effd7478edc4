"""Column types: Decimals kept as scaled integers (money in 分), string-valued enums and an operator's roles."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import Integer, String, type_coerce
from sqlalchemy.types import TypeDecorator

from garage_desktop.domain.classes import ordered_roles, role_set


class Scaled(TypeDecorator[Decimal]):
    """A Decimal stored as an integer of 10**-places units: money as 分 (places=2), hours as 1/100 h.

    Integers behave the same on SQLite and PostgreSQL, and sums in SQL stay exact.
    """

    impl = Integer
    cache_ok = True

    def __init__(self, places: int = 2) -> None:
        super().__init__()
        self.places = places

    def process_bind_param(self, value: Any, dialect: Any) -> int | None:
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("Scaled columns take Decimal, not float")
        scaled = Decimal(value).scaleb(self.places)
        if not scaled.is_finite():
            raise ValueError(f"{value} is not an amount")
        if scaled != scaled.to_integral_value():
            raise ValueError(f"{value} has more than {self.places} decimal places")
        return int(scaled)

    def process_result_value(self, value: Any, dialect: Any) -> Decimal | None:
        if value is None:
            return None
        return Decimal(int(value)).scaleb(-self.places)


def Money() -> Scaled:
    return Scaled(2)


class EnumText(TypeDecorator[StrEnum]):
    """A StrEnum stored as its string value (no database enum type, so migrations stay simple)."""

    impl = String(24)
    cache_ok = True

    def __init__(self, enum_class: type[StrEnum]) -> None:
        super().__init__()
        self.enum_class = enum_class

    def process_bind_param(self, value: Any, dialect: Any) -> str | None:
        if value is None:
            return None
        return self.enum_class(value).value

    def process_result_value(self, value: Any, dialect: Any) -> StrEnum | None:
        return None if value is None else self.enum_class(value)


class RoleSet(TypeDecorator[frozenset]):  # type: ignore[type-arg]
    """An operator's roles (a frozenset of ``Role``) stored as one text, the values comma-separated in the garage's
    order ("advisor,store,cashier"; an owner as "owner" alone: they hold every role). Plain text on SQLite and
    PostgreSQL alike, so the start-up's Core reads and the audit trail see it as it is; whether someone holds a
    role is a LIKE on the value (``holding``): no role's value is part of another's."""

    impl = String(80)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> str | None:
        if value is None:
            return None
        roles = ordered_roles(value)
        if not roles:
            raise ValueError("an operator holds at least one role")
        return ",".join(role.value for role in roles)

    def process_result_value(self, value: Any, dialect: Any) -> frozenset | None:  # type: ignore[type-arg]
        if value is None:
            return None
        return role_set(part.strip() for part in str(value).split(",") if part.strip())


def holding(column: Any, role: StrEnum) -> Any:
    """SQL: the ``RoleSet`` column holds ``role`` (not counting the owner's holding every role)."""
    return type_coerce(column, String()).like(f"%{role.value}%")
