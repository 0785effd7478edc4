"""Money and labour pricing: every amount a customer sees is exact and rounded once, half up."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from garage_desktop.domain.money import format_yuan, from_fen, parse_decimal, parse_money, round_yuan, to_fen
from garage_desktop.domain.pricing import (
    HourUnit,
    hours_to_units,
    labour_amount,
    part_amount,
    split_tax,
    total,
)
from garage_desktop.domain.text import DomainError

D = Decimal


# --- rounding and fen -------------------------------------------------------------------------------

@pytest.mark.parametrize(("amount", "rounded"), [
    ("0.005", "0.01"),
    ("0.004", "0.00"),
    ("2.675", "2.68"),  # 2.675 as a float is 2.67499999...: Decimal rounds what the user typed
    ("2.665", "2.67"),  # half up, not banker's rounding (which gives 2.66)
    ("1.125", "1.13"),
    ("-0.005", "-0.01"),  # refunds round away from zero like the amounts they undo
    ("100", "100.00"),
])
def test_round_half_up(amount: str, rounded: str) -> None:
    result = round_yuan(D(amount))
    assert result == D(rounded)
    assert str(result) == rounded  # always two places


def test_to_fen_and_back() -> None:
    assert to_fen(D("2.675")) == 268
    assert to_fen(D("12.34")) == 1234
    assert to_fen(D(0)) == 0
    assert from_fen(1234) == D("12.34")
    assert str(from_fen(5)) == "0.05"
    assert str(from_fen(-150)) == "-1.50"


@given(st.integers(min_value=-10**12, max_value=10**12))
def test_fen_round_trip(fen: int) -> None:
    assert to_fen(from_fen(fen)) == fen


def test_float_money_is_refused() -> None:
    with pytest.raises(TypeError):
        to_fen(12.34)  # type: ignore[arg-type]


def test_format_yuan() -> None:
    assert format_yuan(D("1280.5")) == "¥1,280.50"


# --- parsing what the user typed --------------------------------------------------------------------

@pytest.mark.parametrize(("typed", "value"), [
    ("1,280.5", "1280.50"),
    ("¥300", "300.00"),
    ("￥300", "300.00"),
    (" 80 ", "80.00"),
    ("0", "0.00"),
    ("12.30", "12.30"),
])
def test_parse_money_accepts(typed: str, value: str) -> None:
    result = parse_money(typed, field="price")
    assert result == D(value) and str(result) == value


@pytest.mark.parametrize("typed", ["", "   ", "abc", "1.234", "-5", "-0.01", "NaN", "nan", "inf", "-Infinity",
                                   "12..5", "¥"])
def test_parse_money_refuses_with_the_field(typed: str) -> None:
    with pytest.raises(DomainError) as refused:
        parse_money(typed, field="price")
    assert refused.value.field == "price"
    assert refused.value.english()


def test_parse_money_refuses_an_absurd_amount() -> None:
    with pytest.raises(DomainError) as refused:
        parse_money("10000000", field="deposit")
    assert refused.value.field == "deposit"


def test_minus_zero_is_plain_zero() -> None:
    """'-0' must not come back as a negative zero that prints as ¥-0.00."""
    assert format_yuan(parse_money("-0", field="price")) == "¥0.00"
    assert str(parse_decimal("-0.0", field="hours")) in {"0", "0.0"}


def test_parse_decimal_places_and_bounds() -> None:
    assert parse_decimal("1.5", field="hours") == D("1.5")
    assert parse_decimal("1.125", field="coefficient", places=3) == D("1.125")
    with pytest.raises(DomainError) as refused:
        parse_decimal("1.1255", field="coefficient", places=3)
    assert refused.value.field == "coefficient" and refused.value.params["places"] == 3
    with pytest.raises(DomainError) as refused:
        parse_decimal("25", field="hours", maximum=D(24))
    assert refused.value.field == "hours"
    assert parse_decimal("-3", field="adjustment", minimum=None) == D(-3)


def test_parse_decimal_message_quotes_what_was_typed() -> None:
    with pytest.raises(DomainError) as refused:
        parse_decimal(" abc ", field="hours")
    assert '"abc"' in refused.value.english()


# --- labour: hours x rate x coefficient, rounded once -----------------------------------------------

@pytest.mark.parametrize(("hours", "rate", "coefficient", "amount"), [
    ("1.5", "100", "1.2", "180.00"),
    ("0.35", "88", "1.15", "35.42"),  # 35.420 exactly
    ("1", "100", "1", "100.00"),
    ("0.5", "80.01", "1", "40.01"),  # 40.005: a half fen rounds up
    ("0.3", "85", "1.1", "28.05"),  # 28.05 exactly
    ("0.33", "95", "1.15", "36.05"),  # 36.0525
    ("0.7", "84.7", "1.2", "71.15"),  # 71.148
])
def test_labour_amount(hours: str, rate: str, coefficient: str, amount: str) -> None:
    result = labour_amount(D(hours), D(rate), D(coefficient))
    assert result == D(amount) and str(result) == amount


def test_labour_amount_rounds_once_at_the_end() -> None:
    # 0.25 h x 99.98 x 1.1 = 27.4945 -> 27.49; rounding hours x rate first (24.995 -> 25.00) would give 27.50.
    assert labour_amount(D("0.25"), D("99.98"), D("1.1")) == D("27.49")
    assert labour_amount(D("0.25"), D("99.98")) * D("1.1") != D("27.49")


def test_coefficient_defaults_to_one() -> None:
    assert labour_amount(D("2"), D("95.50")) == D("191.00")


def test_five_minute_units() -> None:
    units = hours_to_units(D("1.5"), HourUnit.FIVE_MINUTES)
    assert units == 18
    assert labour_amount(units, D("8.50"), D(1)) == D("153.00")
    assert hours_to_units(D("1.5"), HourUnit.HOUR) == D("1.5")


@pytest.mark.parametrize("args", [(D("-1"), D(100), D(1)), (D(1), D("-100"), D(1)), (D(1), D(100), D("-1.2"))])
def test_negative_labour_is_refused(args: tuple[Decimal, Decimal, Decimal]) -> None:
    with pytest.raises(ValueError):
        labour_amount(*args)


@pytest.mark.parametrize("args", [(1.5, D(100), D(1)), (D("1.5"), 100.0, D(1)), (D("1.5"), D(100), 1.2)])
def test_float_labour_is_refused(args: tuple) -> None:
    with pytest.raises(TypeError):
        labour_amount(*args)


def test_float_elsewhere_in_pricing_is_refused() -> None:
    with pytest.raises(TypeError):
        hours_to_units(1.5, HourUnit.FIVE_MINUTES)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        part_amount(0.1, D("3"))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        part_amount(D(2), 19.9)  # type: ignore[arg-type]


def test_part_amount_and_total() -> None:
    assert part_amount(D("1.5"), D("45.33")) == D("68.00")  # 67.995 rounds up
    lines = [D("33.335"), D("33.335"), D("33.335")]
    # The total adds the rounded lines (what is printed), not the exact ones.
    assert total(lines) == D("100.02")
    assert total([]) == D("0.00")


# --- tax ----------------------------------------------------------------------------------------------

def test_split_tax_inclusive() -> None:
    split = split_tax(D("113.00"), D("0.13"), prices_include_tax=True)
    assert (split.net, split.tax, split.gross) == (D("100.00"), D("13.00"), D("113.00"))


def test_split_tax_exclusive() -> None:
    split = split_tax(D("100.00"), D("0.13"), prices_include_tax=False)
    assert (split.net, split.tax, split.gross) == (D("100.00"), D("13.00"), D("113.00"))


amounts = st.decimals(min_value=D(0), max_value=D("999999.99"), places=2, allow_nan=False, allow_infinity=False)
rates = st.sampled_from([D(0), D("0.01"), D("0.03"), D("0.06"), D("0.09"), D("0.13")])


@given(amounts, rates, st.booleans())
def test_split_tax_adds_up(amount: Decimal, rate: Decimal, inclusive: bool) -> None:
    split = split_tax(amount, rate, prices_include_tax=inclusive)
    assert split.net + split.tax == split.gross
    assert split.tax >= 0
    for part in (split.net, split.tax, split.gross):
        assert part == round_yuan(part)
    assert (split.gross if inclusive else split.net) == amount
