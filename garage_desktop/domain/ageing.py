"""Receivables ageing (賬齡): how long a third party's share has been owed, in the buckets an owner reads.

Pure: dates and Decimal yuan in, days and buckets out. A receivable ages from the day the order was settled (when
the maker's or insurer's share became owed) to the day asked about; the buckets are 0–30, 31–60, 61–90 and over 90
days. A collection may take any part of what is still open, never more.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from garage_desktop.domain.money import ZERO, format_yuan, round_yuan
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError

# The buckets' upper limits in days (inclusive); the last bucket has none.
LIMITS: tuple[int, ...] = (30, 60, 90)
BUCKET_LABELS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Domain", "0–30 days"),
    QT_TRANSLATE_NOOP("Domain", "31–60 days"),
    QT_TRANSLATE_NOOP("Domain", "61–90 days"),
    QT_TRANSLATE_NOOP("Domain", "Over 90 days"),
)

NOT_POSITIVE = QT_TRANSLATE_NOOP("Domain", "Enter an amount above zero.")
MORE_THAN_OPEN = QT_TRANSLATE_NOOP("Domain", "Only {open} is still owed on this order.")
NOTHING_OPEN = QT_TRANSLATE_NOOP("Domain", "Nothing is owed on this order any more.")
BEFORE_SETTLED = QT_TRANSLATE_NOOP("Domain", "The money cannot have arrived before the order was settled ({day}).")
IN_FUTURE = QT_TRANSLATE_NOOP("Domain", "The day the money arrived cannot be after today.")


def age_days(since: date, as_of: date) -> int:
    """Whole days from ``since`` to ``as_of`` (0 on the day itself, never negative)."""
    return max((as_of - since).days, 0)


def bucket(days: int) -> int:
    """The bucket (0: 0–30, 1: 31–60, 2: 61–90, 3: over 90) of an amount owed for ``days``."""
    return next((index for index, limit in enumerate(LIMITS) if days <= limit), len(LIMITS))


def bucket_starts(as_of: date) -> tuple[datetime, ...]:
    """The earliest settlement moment of each bucket but the last, on ``as_of``: a receivable settled at or after
    ``starts[i]`` (and before ``starts[i - 1]``) is in bucket ``i``; one settled before the last start is over 90
    days. The same buckets as ``bucket(age_days(...))``, as moments a database compares without date arithmetic
    (which SQLite and PostgreSQL spell differently)."""
    return tuple(datetime.combine(as_of - timedelta(days=limit), time.min) for limit in LIMITS)


@dataclass(frozen=True)
class Aged:
    """Amounts by bucket: ``amounts[i]`` is what has been owed for a time in bucket ``i``."""

    amounts: tuple[Decimal, ...] = (ZERO,) * (len(LIMITS) + 1)

    @property
    def total(self) -> Decimal:
        return sum(self.amounts, ZERO)

    def plus(self, amount: Decimal, days: int) -> Aged:
        index = bucket(days)
        return Aged(tuple(value + amount if i == index else value for i, value in enumerate(self.amounts)))


def spread(amount: Decimal, days: int) -> tuple[Decimal, ...]:
    """``amount`` placed in its bucket, zero in the others (one receivable's row)."""
    return Aged().plus(amount, days).amounts


def check_collection(amount: Decimal, open_amount: Decimal, received_on: date, settled_on: date,
                     today: date) -> Decimal:
    """A collection of ``amount`` against ``open_amount`` that arrived on ``received_on``: above zero, at most
    what is open, not before the settlement nor after today."""
    amount = round_yuan(amount)
    if open_amount <= 0:
        raise DomainError(NOTHING_OPEN, field="amount")
    if amount <= 0:
        raise DomainError(NOT_POSITIVE, field="amount")
    if amount > open_amount:
        raise DomainError(MORE_THAN_OPEN, field="amount", open=format_yuan(open_amount))
    if received_on > today:
        raise DomainError(IN_FUTURE, field="received_on")
    if received_on < settled_on:
        raise DomainError(BEFORE_SETTLED, field="received_on", day=f"{settled_on:%Y-%m-%d}")
    return amount
