"""Numbers as people type them, read the same way everywhere: money, quantities, standard hours, coefficients,
final-QC readings and mileage. Every service reads each number it accepts (typed text, or a Decimal from a
script) through these functions, and the window calls the same ones, so a bad entry is refused once, with one
message, beside its field.

The rules:

* Digits are ASCII 0–9. Full-width digits ０–９ (and ．，－＋￥), which a Chinese input method types, are read as
  the same characters; any other digit (², ①, ٣) is refused.
* A comma only separates thousands: "1,250" and "1,250.50" are read, "12,50" (or "1,25,0") is refused as
  ambiguous, never read as 1250 nor as 12.5. A decimal point is always ".".
* No exponent ("1E3"), no NaN or Infinity, nothing above ``CEILING``, and no more decimal places than the value
  is stored with (money 2, hours 2, quantities and coefficients 3): "0.001" yuan is refused, not rounded;
  "12.300" is 12.30.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError

ENTER_NUMBER = QT_TRANSLATE_NOOP("Domain", "Enter a number.")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("Domain", "\"{text}\" is not a number.")
AMBIGUOUS = QT_TRANSLATE_NOOP("Domain", "\"{text}\" is ambiguous: a comma only separates thousands (1,250). Write "
                                        "decimals with a point (12.50).")
TOO_MANY_PLACES = QT_TRANSLATE_NOOP("Domain", "Use at most {places} decimal places.")
BELOW = QT_TRANSLATE_NOOP("Domain", "The value may not be below {minimum}.")
ABOVE = QT_TRANSLATE_NOOP("Domain", "The value may not be above {maximum}.")

CEILING = Decimal(999_999_999_999)  # no number the garage types is larger (and its 1/1000 fits a database integer)
LONGEST = 40  # characters: a longer "number" is not one anybody typed
READING_LIMIT = Decimal(1_000_000)  # a QC reading (kPa, kg, mm, %, s) lies within ±1,000,000 ...
READING_PLACES = 4  # ... with at most 4 decimal places
MAX_MILEAGE = 9_999_999  # km on an odometer

_FULL_WIDTH = str.maketrans("０１２３４５６７８９．，－＋￥", "0123456789.,-+¥")
_NUMBER = re.compile(r"(?:[0-9]+|[0-9]{1,3}(?:,[0-9]{3})+)?(?:\.[0-9]*)?")
_COMMAS = re.compile(r"[0-9][0-9,]*(?:\.[0-9]*)?")  # digits and commas that are not thousands: ambiguous
_WHOLE = re.compile(r"[0-9]+|[0-9]{1,3}(?:,[0-9]{3})+")


def half_width(text: str) -> str:
    """Full-width digits, point, comma, signs and yuan sign as their ASCII forms (nothing else changes)."""
    return text.translate(_FULL_WIDTH)


def _read(text: str, field: str) -> Decimal:
    """The Decimal a user typed, by the rules above (range and places are checked by the caller)."""
    shown = text.strip()
    cleaned = half_width(shown)
    sign = ""
    if cleaned[:1] in ("+", "-"):
        sign, cleaned = cleaned[0], cleaned[1:]
    cleaned = cleaned.removeprefix("¥").strip()
    if not cleaned:
        if shown:
            raise DomainError(NOT_A_NUMBER, field=field, text=shown)
        raise DomainError(ENTER_NUMBER, field=field)
    if len(cleaned) > LONGEST or not any(ch in "0123456789" for ch in cleaned):
        raise DomainError(NOT_A_NUMBER, field=field, text=shown)
    if not _NUMBER.fullmatch(cleaned):
        raise DomainError(AMBIGUOUS if _COMMAS.fullmatch(cleaned) and "," in cleaned else NOT_A_NUMBER,
                          field=field, text=shown)
    try:
        return Decimal(sign + cleaned.replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the pattern admits only what Decimal reads
        raise DomainError(NOT_A_NUMBER, field=field, text=shown) from None


def parse_number(value: str | Decimal | int | None, *, field: str, places: int,
                 minimum: Decimal | None = Decimal(0), maximum: Decimal | None = None) -> Decimal:
    """``value`` (typed text, or a Decimal or int from a script or import) as a Decimal within
    [``minimum``, ``maximum``] with at most ``places`` decimal places, or a ``DomainError`` on ``field``."""
    if isinstance(value, (float, bool)):
        raise TypeError(f"numbers are Decimal, int or text, never {type(value).__name__}")
    if isinstance(value, Decimal):
        number, shown = value, str(value)
    elif isinstance(value, int):
        number, shown = Decimal(value), str(value)
    else:
        number = _read(value or "", field)
        shown = (value or "").strip()
    if not number.is_finite():
        raise DomainError(NOT_A_NUMBER, field=field, text=shown)
    if number.is_zero():
        number = number.copy_abs()  # "-0" is zero, not a negative zero that prints as ¥-0.00
    upper = CEILING if maximum is None else min(maximum, CEILING)
    lower = -CEILING if minimum is None else max(minimum, -CEILING)
    if number > upper:
        raise DomainError(ABOVE, field=field, maximum=upper)
    if number < lower:
        raise DomainError(BELOW, field=field, minimum=lower)
    if number != number.quantize(Decimal(1).scaleb(-places)):
        raise DomainError(TOO_MANY_PLACES, field=field, places=places)
    return number


def parse_reading(value: str | Decimal | None, *, field: str) -> Decimal | None:
    """A final-QC reading ("1,050", "0.6", "-0.5"), None when left blank; refused on ``field`` when it is not a
    plain number within ±``READING_LIMIT`` with at most ``READING_PLACES`` decimals ("1E999999" is refused)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return parse_number(value, field=field, places=READING_PLACES, minimum=-READING_LIMIT, maximum=READING_LIMIT)


ENTER_MILEAGE = QT_TRANSLATE_NOOP("Domain", "Enter the odometer reading in km.")
NOT_KILOMETRES = QT_TRANSLATE_NOOP("Domain", "\"{text}\" is not a whole number of kilometres.")
MILEAGE_RANGE = QT_TRANSLATE_NOOP("Domain", "The mileage must be between 0 and {maximum} km.")


def parse_mileage(value: int | str | Decimal | None, *, field: str = "mileage") -> int:
    """The odometer reading in whole km from what was typed ("45,230 km", "４５２３０"), 0 to ``MAX_MILEAGE``.

    Spaces may group the digits ("45 230"); a comma only as thousands ("45,230", not "4,5230")."""
    if isinstance(value, (bool, float)):
        raise TypeError(f"a mileage is an int or text, never {type(value).__name__}")
    if isinstance(value, int):
        number = value
    else:
        shown = ("" if value is None else str(value)).strip()
        text = re.sub(r"\s", "", half_width(shown)).lower().removesuffix("km")
        if not text:
            raise DomainError(ENTER_MILEAGE, field=field)
        if len(text) > LONGEST or not _WHOLE.fullmatch(text):
            raise DomainError(NOT_KILOMETRES, field=field, text=shown)
        number = int(text.replace(",", ""))
    if not 0 <= number <= MAX_MILEAGE:
        raise DomainError(MILEAGE_RANGE, field=field, maximum=MAX_MILEAGE)
    return number
