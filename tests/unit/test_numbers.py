"""``domain.numbers`` and the control-character check of ``domain.limits``: the one reading of what users type."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from garage_desktop.domain import limits, numbers
from garage_desktop.domain.money import parse_decimal, parse_money
from garage_desktop.domain.qc import parse_cylinders, parse_reading
from garage_desktop.domain.text import DomainError


@pytest.mark.parametrize(("typed", "value"), [
    ("1,250", "1250.00"), ("1,250.50", "1250.50"), ("12,345,678", None), ("12.50", "12.50"), ("12.300", "12.30"),
    ("１２．５", "12.50"), ("１，２５０", "1250.00"), ("￥３００", "300.00"), ("+5", "5.00"), (".5", "0.50"),
    ("5.", "5.00"), (D("12.30"), "12.30"), (7, "7.00"),
])
def test_money_is_read_with_thousands_commas_and_full_width_digits(typed: object, value: str | None) -> None:
    if value is None:  # above the largest amount
        with pytest.raises(DomainError):
            parse_money(typed, field="price")  # type: ignore[arg-type]
        return
    assert str(parse_money(typed, field="price")) == value  # type: ignore[arg-type]


@pytest.mark.parametrize("typed", ["12,50", "1,25", "1,2500", "1,25,0", "12,50.5", "0,5", "１２，５０"])
def test_a_comma_that_does_not_group_thousands_is_ambiguous(typed: str) -> None:
    with pytest.raises(DomainError) as refused:
        parse_decimal(typed, field="quantity", places=3)
    assert refused.value.message == numbers.AMBIGUOUS and refused.value.field == "quantity"
    assert refused.value.params == {"text": typed}


@pytest.mark.parametrize("typed", ["1E3", "1e-2", "NaN", "sNaN", "Infinity", "-inf", "0x10", "1_000", "²", "٣",
                                   "①", "1 250", "--5", ",5", "1.2.3", "5" * 41])
def test_exponents_other_digits_and_words_are_not_numbers(typed: str) -> None:
    with pytest.raises(DomainError) as refused:
        parse_decimal(typed, field="amount")
    assert refused.value.message == numbers.NOT_A_NUMBER


@pytest.mark.parametrize("value", [D("NaN"), D("-NaN"), D("sNaN"), D("Infinity"), D("-Infinity")])
def test_a_decimal_that_is_not_finite_is_refused(value: D) -> None:
    with pytest.raises(DomainError) as refused:
        parse_money(value, field="amount")
    assert refused.value.field == "amount" and refused.value.message == numbers.NOT_A_NUMBER


@pytest.mark.parametrize(("value", "places"), [(D("0.001"), 2), ("0.001", 2), (D("1.0005"), 3), (D("1E-30"), 2)])
def test_more_decimals_than_are_stored_are_refused_not_rounded(value: object, places: int) -> None:
    with pytest.raises(DomainError) as refused:
        parse_decimal(value, field="amount", places=places)  # type: ignore[arg-type]
    assert refused.value.params == {"places": places}


def test_nothing_above_the_ceiling_even_without_a_maximum() -> None:
    with pytest.raises(DomainError) as refused:
        parse_decimal(D("1E+999999"), field="x", minimum=None)
    assert refused.value.params == {"maximum": numbers.CEILING}
    with pytest.raises(DomainError):
        parse_decimal("-1" + "0" * 13, field="x", minimum=None)
    with pytest.raises(TypeError):
        parse_decimal(1.5, field="x")  # type: ignore[arg-type]


@pytest.mark.parametrize(("typed", "km"), [("45,230", 45230), ("45 230 km", 45230), ("４５２３０", 45230),
                                           ("４５，２３０ＫＭ".replace("ＫＭ", "KM"), 45230), (45230, 45230), ("0", 0)])
def test_mileage_reads_ascii_and_full_width_digits(typed: object, km: int) -> None:
    assert numbers.parse_mileage(typed) == km  # type: ignore[arg-type]


@pytest.mark.parametrize("typed", ["²", "4523²", "①", "٤٥", "4,5230", "45,23", "45.5", "-1", "1e5", "10,000,000",
                                   "9" * 50])
def test_mileage_refuses_other_digits_bad_grouping_and_out_of_range(typed: str) -> None:
    with pytest.raises(DomainError) as refused:
        numbers.parse_mileage(typed, field="mileage_out")
    assert refused.value.field == "mileage_out"


@pytest.mark.parametrize("typed", ["1E999999", "1e3", "NaN", "1000001", "-1000001", "0.00001", "12,50"])
def test_a_qc_reading_out_of_range_or_in_exponent_notation_is_refused(typed: str) -> None:
    with pytest.raises(DomainError) as refused:
        parse_reading(typed, "design")
    assert refused.value.field == "design"
    if typed not in ("1e3", "12,50"):  # as a Decimal from a script, 1E3 is a plain 1000
        with pytest.raises(DomainError):
            parse_reading(D(typed), "design")


def test_qc_readings_keep_sign_and_up_to_four_decimals() -> None:
    assert parse_reading("-0.5", "camber") == D("-0.5")
    assert parse_reading("0.0005", "runout") == D("0.0005")
    assert parse_reading("1,050", "pressure") == D(1050)
    assert parse_reading(" ", "pressure") is None
    assert parse_cylinders([D(1050), D(1020)]) == [D(1050), D(1020)]
    with pytest.raises(DomainError):
        parse_cylinders([D("NaN")])


# --- control characters -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "code", "position"), [
    ("a\x00b", "U+0000", 2), ("\x1b[1m", "U+001B", 1), ("ab\tc", "U+0009", 3), ("a\x7f", "U+007F", 2),
    ("a\x85", "U+0085", 2), ("a\x9fz", "U+009F", 2), ("a\rb", "U+000D", 2), ("a\ud800", "U+D800", 2),
])
def test_a_control_character_is_refused_with_its_code_and_position(text: str, code: str, position: int) -> None:
    for rule in (limits.CUSTOMER_NAME, limits.COMPLAINT):
        problem = rule.problem(text, "field")
        if text == "a\rb" and not rule.multiline:
            assert problem is not None and problem.message == limits.ONE_LINE
            continue
        assert problem is not None and problem.message == limits.CONTROL
        assert problem.params == {"what": rule.what, "code": code, "position": position}


def test_line_breaks_only_in_texts_of_several_lines() -> None:
    assert limits.COMPLAINT.check("一\n二", "complaint") == "一\n二"
    with pytest.raises(DomainError) as refused:
        limits.CUSTOMER_NAME.check("林\n志明", "name")
    assert refused.value.english() == "The name must be on one line: delete the line break at position 2."
    with pytest.raises(DomainError):
        limits.COMPLAINT.check("一\u2028二", "complaint")  # a Unicode line separator is no line break here


def test_squeeze_makes_runs_of_spaces_one_and_leaves_control_characters() -> None:
    assert limits.squeeze("  前剎車片 \u3000 博世  ") == "前剎車片 博世"
    assert limits.squeeze("a\tb") == "a\tb" and limits.squeeze("a\x1fb") == "a\x1fb"
    assert limits.squeeze(None) == ""
    assert "U+0000" in limits.CONTROL.format(what="x", code="U+0000", position=1)
