"""Money as Decimal yuan with two places; stored as integer 分 (fen). Never float."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from garage_desktop.domain.numbers import parse_number

CENT = Decimal("0.01")
ZERO = Decimal("0.00")


def round_yuan(amount: Decimal) -> Decimal:
    """Round to whole 分, half up (四捨五入), the rule used for every amount the customer sees."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def to_fen(amount: Decimal) -> int:
    if isinstance(amount, float):
        raise TypeError("money must be Decimal, not float")
    return int(round_yuan(Decimal(amount)) * 100)


def from_fen(fen: int) -> Decimal:
    return (Decimal(fen) / 100).quantize(CENT)


def parse_decimal(text: str | Decimal | int, *, field: str, places: int = 2,
                  minimum: Decimal | None = Decimal(0), maximum: Decimal | None = None) -> Decimal:
    """What a user typed ("1,280.5", "¥300", "  80 ") or a Decimal from a script as a Decimal, or explain what is
    wrong (``domain.numbers``: thousands commas only, no NaN, no exponent, at most ``places`` decimals)."""
    return parse_number(text, field=field, places=places, minimum=minimum, maximum=maximum)


def parse_money(text: str | Decimal | int, *, field: str, maximum: Decimal | None = Decimal("9999999.99")) -> Decimal:
    """An amount in yuan with at most two decimals (0.001 is refused, never rounded), always shown with two."""
    return round_yuan(parse_decimal(text, field=field, places=2, maximum=maximum))


def format_yuan(amount: Decimal) -> str:
    return f"¥{round_yuan(amount):,.2f}"
