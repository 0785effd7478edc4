"""Labour pricing (工時費 = 工時定額 × 工時單價 × 車型技術複雜係數) and tax.

Rounding rule: the product is computed exactly with Decimal and rounded once, at the end of each line,
to whole 分, half up. Totals add the rounded lines, so the printed lines always add up to the printed total.
Some makers count 5 minutes as one 工時 unit: then the standard time is typed and stored in units of 5 minutes,
but the rate stays the owner's hourly rate (yuan per clock hour), so no rounded per-unit rate (¥95 ÷ 12) ever
enters a price: the line is hourly rate × real hours (units ÷ 12, kept as an exact fraction) × coefficient,
rounded once. ``hours_to_units`` converts catalog hours into units; ``clock_hours`` gives the real hours of a line.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from fractions import Fraction

from garage_desktop.domain.money import ZERO, round_yuan


class HourUnit(StrEnum):
    HOUR = "hour"  # 1 工時 = 1 hour
    FIVE_MINUTES = "five_minutes"  # 1 工時 = 5 minutes


def _no_float(*values: object) -> None:
    for value in values:
        if isinstance(value, float):
            raise TypeError("pricing takes Decimal, not float")


# How many of each unit make a clock hour.
UNITS_PER_HOUR: dict[HourUnit, int] = {HourUnit.HOUR: 1, HourUnit.FIVE_MINUTES: 12}


def unit_of(value: HourUnit | str | None) -> HourUnit:
    """A labour line's recorded unit; a missing one (NULL, only ever written by hand) is read as hours."""
    return HourUnit(value) if value else HourUnit.HOUR


def labour_amount(standard_hours: Decimal, rate: Decimal, coefficient: Decimal = Decimal(1), *,
                  unit: HourUnit = HourUnit.HOUR) -> Decimal:
    """工時費 of one line, in yuan, rounded to 分 half up: ``standard_hours`` counted in ``unit``, ``rate`` per
    clock hour. The product is exact (a fraction for 5-minute units) and rounded once, at the end."""
    _no_float(standard_hours, rate, coefficient)
    for value in (standard_hours, rate, coefficient):
        if value < 0:
            raise ValueError("hours, rate and coefficient may not be negative")
    exact = Fraction(standard_hours) * Fraction(rate) * Fraction(coefficient) / UNITS_PER_HOUR[HourUnit(unit)]
    fen = math.floor(exact * 100 + Fraction(1, 2))  # half up, on a value that is never negative
    return Decimal(fen).scaleb(-2)


def hours_to_units(hours: Decimal, unit: HourUnit) -> Decimal:
    """Standard time in the garage's 工時 units: hours as they are, or the number of 5-minute units."""
    _no_float(hours)
    return hours if unit is HourUnit.HOUR else hours * 12


def clock_hours(standard_hours: Decimal, unit: HourUnit | str | None) -> Decimal:
    """A line's standard time in real (clock) hours, whatever unit it was priced in (÷ 12 for 5-minute units;
    not rounded, so sums stay exact enough: round only what is shown)."""
    _no_float(standard_hours)
    per_hour = UNITS_PER_HOUR[unit_of(unit)]
    return Decimal(standard_hours) if per_hour == 1 else Decimal(standard_hours) / per_hour


def shown_hours(standard_hours: Decimal, unit: HourUnit | str | None) -> Decimal:
    """Real hours as views and documents show them: two places, half up (47 minutes → 0.78)."""
    return clock_hours(standard_hours, unit).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def part_amount(quantity: Decimal, unit_price: Decimal) -> Decimal:
    _no_float(quantity, unit_price)
    return round_yuan(Decimal(quantity) * Decimal(unit_price))


@dataclass(frozen=True)
class TaxSplit:
    net: Decimal
    tax: Decimal
    gross: Decimal


def split_tax(amount: Decimal, rate: Decimal, *, prices_include_tax: bool) -> TaxSplit:
    """Split an amount into net + VAT = gross. ``rate`` is a fraction (0.13 for 13 %)."""
    if prices_include_tax:
        gross = round_yuan(amount)
        net = round_yuan(gross / (1 + rate))
        return TaxSplit(net, gross - net, gross)
    net = round_yuan(amount)
    tax = round_yuan(net * rate)
    return TaxSplit(net, tax, net + tax)


def total(amounts: list[Decimal]) -> Decimal:
    return sum((round_yuan(a) for a in amounts), ZERO)


# --- price authority (issue 14, POS-style) ------------------------------------------------------------------
class PriceCut(StrEnum):
    """Why a line's price needs the owner: below its list price (a part's catalog sale price, the garage's hourly
    rate for labour), or nothing at all."""

    BELOW_CATALOG = "below_catalog"
    BELOW_RATE = "below_rate"
    FREE = "free"


def price_cut(price: Decimal, list_price: Decimal | None, *, labour: bool) -> PriceCut | None:
    """What the owner must approve about a line priced ``price`` whose list price is ``list_price`` (None: a free
    line, not from the catalog), or None when it is at or above the list. Zero is always the owner's call."""
    _no_float(price, list_price)
    if price <= 0:
        return PriceCut.FREE
    if list_price is not None and price < list_price:
        return PriceCut.BELOW_RATE if labour else PriceCut.BELOW_CATALOG
    return None
