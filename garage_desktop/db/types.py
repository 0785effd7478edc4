"""Column types: Decimals kept as scaled integers (money in 分), and string-valued enums."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import Integer, String
from sqlalchemy.types import TypeDecorator


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
