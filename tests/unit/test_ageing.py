"""Receivables ageing: days from the settlement, the four buckets, and what a collection may take."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from garage_desktop.domain.ageing import Aged, age_days, bucket, check_collection, spread
from garage_desktop.domain.text import DomainError

D = Decimal
SETTLED = date(2026, 10, 1)
TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(("days", "expected"), [(0, 0), (30, 0), (31, 1), (60, 1), (61, 2), (90, 2), (91, 3),
                                                (400, 3)])
def test_bucket_limits_are_inclusive(days: int, expected: int) -> None:
    assert bucket(days) == expected


def test_age_counts_whole_days_and_never_goes_negative() -> None:
    assert age_days(SETTLED, date(2026, 10, 31)) == 30
    assert age_days(SETTLED, date(2026, 11, 1)) == 31
    assert age_days(SETTLED, date(2026, 9, 30)) == 0


def test_amounts_add_up_by_bucket() -> None:
    aged = Aged().plus(D("100.00"), 5).plus(D("50.50"), 45).plus(D("20.00"), 29).plus(D("1.00"), 120)
    assert aged.amounts == (D("120.00"), D("50.50"), D(0), D("1.00"))
    assert aged.total == D("171.50")
    assert spread(D("9.99"), 75) == (D(0), D(0), D("9.99"), D(0))


def test_a_collection_takes_part_or_all_of_what_is_open() -> None:
    assert check_collection(D("300"), D("700.00"), TODAY, SETTLED, TODAY) == D("300.00")
    assert check_collection(D("700.00"), D("700.00"), SETTLED, SETTLED, TODAY) == D("700.00")


@pytest.mark.parametrize(("amount", "open_amount", "received", "field", "words"), [
    (D("700.01"), D("700.00"), TODAY, "amount", "¥700.00"),
    (D("0"), D("700.00"), TODAY, "amount", "above zero"),
    (D("-5"), D("700.00"), TODAY, "amount", "above zero"),
    (D("1"), D("0"), TODAY, "amount", "Nothing is owed"),
    (D("1"), D("700.00"), date(2026, 12, 6), "received_on", "after today"),
    (D("1"), D("700.00"), date(2026, 9, 30), "received_on", "2026-10-01"),
])
def test_a_collection_is_refused_beyond_what_is_open_or_on_an_impossible_day(
        amount: Decimal, open_amount: Decimal, received: date, field: str, words: str) -> None:
    with pytest.raises(DomainError) as refused:
        check_collection(amount, open_amount, received, SETTLED, TODAY)
    assert refused.value.field == field and words in refused.value.english()
