"""Money as Decimal yuan with two places; stored as integer 分 (fen). Never float."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError

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


def parse_decimal(text: str, *, field: str, places: int = 2, minimum: Decimal | None = Decimal(0),
                  maximum: Decimal | None = None) -> Decimal:
    """Parse what a user typed ("1,280.5", "¥300", "  80 ") into a Decimal, or explain what is wrong."""
    cleaned = (text or "").strip().replace(",", "").replace("，", "").lstrip("¥￥").strip()
    if not cleaned:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "Enter a number."), field=field)
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "\"{text}\" is not a number."), field=field,
                          text=text.strip()) from None
    if not value.is_finite():
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "\"{text}\" is not a number."), field=field,
                          text=text.strip())
    if value.is_zero():
        value = value.copy_abs()  # "-0" is zero, not a negative zero that prints as ¥-0.00
    if value.as_tuple().exponent < -places:  # type: ignore[operator]
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "Use at most {places} decimal places."),
                          field=field, places=places)
    if minimum is not None and value < minimum:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "The value may not be below {minimum}."),
                          field=field, minimum=minimum)
    if maximum is not None and value > maximum:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "The value may not be above {maximum}."),
                          field=field, maximum=maximum)
    return value


def parse_money(text: str, *, field: str, maximum: Decimal | None = Decimal("9999999.99")) -> Decimal:
    return round_yuan(parse_decimal(text, field=field, places=2, maximum=maximum))


def format_yuan(amount: Decimal) -> str:
    return f"¥{round_yuan(amount):,.2f}"
