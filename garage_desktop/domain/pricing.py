"""Labour pricing (工時費 = 工時定額 × 工時單價 × 車型技術複雜係數) and tax.

Rounding rule: the product is computed exactly with Decimal and rounded once, at the end of each line,
to whole 分, half up. Totals add the rounded lines, so the printed lines always add up to the printed total.
Some makers count 5 minutes as one 工時 unit: then the standard time is given in units and the rate is per
unit; ``hours_to_units`` converts.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from garage_desktop.domain.money import ZERO, round_yuan


class HourUnit(StrEnum):
    HOUR = "hour"  # 1 工時 = 1 hour
    FIVE_MINUTES = "five_minutes"  # 1 工時 = 5 minutes


def _no_float(*values: object) -> None:
    for value in values:
        if isinstance(value, float):
            raise TypeError("pricing takes Decimal, not float")


def labour_amount(standard_hours: Decimal, rate: Decimal, coefficient: Decimal = Decimal(1)) -> Decimal:
    """工時費 of one line, in yuan, rounded to 分 half up."""
    _no_float(standard_hours, rate, coefficient)
    for value in (standard_hours, rate, coefficient):
        if value < 0:
            raise ValueError("hours, rate and coefficient may not be negative")
    return round_yuan(Decimal(standard_hours) * Decimal(rate) * Decimal(coefficient))


def hours_to_units(hours: Decimal, unit: HourUnit) -> Decimal:
    """Standard time in the garage's 工時 units: hours as they are, or the number of 5-minute units."""
    _no_float(hours)
    return hours if unit is HourUnit.HOUR else hours * 12


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
