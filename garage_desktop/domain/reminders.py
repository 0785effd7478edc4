"""What brings a customer back: a car's expected mileage from its own readings, when its next service falls due
(by date or by km, whichever comes first), and which reminders are overdue or due this week, by kind."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError

# A car seen once (or whose readings are too close together to tell) is taken to drive 40 km a day, about
# 14,600 km a year: private cars in China drive 10,000–15,000 km a year. Its own history replaces this as soon as
# it has two readings at least MIN_SPAN_DAYS apart.
DEFAULT_KM_PER_DAY = Decimal(40)
MIN_SPAN_DAYS = 30
# A car that hardly moved between readings still reaches its service mileage some day: never below this.
MIN_KM_PER_DAY = Decimal(5)

# The due list shows what falls due within a week from today and what is overdue, back this many days: a car
# whose reminder has been ignored for half a year is a lost customer, not a reminder (and the list stays short).
WEEK_DAYS = 7
OVERDUE_DAYS = 180

# What a reminder may be set to (checked only when the advisor changes it).
NEXT_SERVICE_MAX_DAYS = 3 * 366
NEXT_SERVICE_MAX_KM = 100_000  # above the last mileage
INSURANCE_PAST_DAYS = 366  # an insurance that lapsed within the year is still worth a reminder
INSURANCE_AHEAD_DAYS = 2 * 366
INSPECTION_PAST_DAYS = 2 * 366
INSPECTION_AHEAD_DAYS = 10 * 366  # new cars are exempt from inspection for six years

NEXT_DATE_PAST = QT_TRANSLATE_NOOP("Domain", "The next service date must be after today.")
NEXT_DATE_FAR = QT_TRANSLATE_NOOP("Domain", "The next service date is more than three years away: check it.")
NEXT_KM_BELOW = QT_TRANSLATE_NOOP("Domain", "The next service is due above the last mileage ({km} km).")
NEXT_KM_FAR = QT_TRANSLATE_NOOP("Domain", "The next service is more than {max} km above the last mileage: check it.")
INSURANCE_OUT_OF_RANGE = QT_TRANSLATE_NOOP("Domain", "The insurance expiry must lie between {first} and {last}.")
INSPECTION_OUT_OF_RANGE = QT_TRANSLATE_NOOP("Domain", "The annual inspection date must lie between {first} and "
                                                      "{last}.")


class Kind(StrEnum):
    SERVICE = "service"
    INSURANCE = "insurance"
    INSPECTION = "inspection"


KIND_LABELS: dict[Kind, str] = {
    Kind.SERVICE: QT_TRANSLATE_NOOP("Domain", "Next service"),
    Kind.INSURANCE: QT_TRANSLATE_NOOP("Domain", "Insurance expiry"),
    Kind.INSPECTION: QT_TRANSLATE_NOOP("Domain", "Annual inspection (年檢)"),
}
# The contact purpose (services.messages.PURPOSES) of a reminder of each kind.
PURPOSE: dict[Kind, str] = {Kind.SERVICE: "service_due", Kind.INSURANCE: "insurance_due",
                            Kind.INSPECTION: "inspection_due"}
KIND_OF_PURPOSE: dict[str, Kind] = {purpose: kind for kind, purpose in PURPOSE.items()}


class Urgency(StrEnum):
    OVERDUE = "overdue"
    THIS_WEEK = "this_week"
    LATER = "later"


URGENCY_LABELS: dict[Urgency, str] = {
    Urgency.OVERDUE: QT_TRANSLATE_NOOP("Domain", "Overdue"),
    Urgency.THIS_WEEK: QT_TRANSLATE_NOOP("Domain", "This week"),
    Urgency.LATER: QT_TRANSLATE_NOOP("Domain", "Later"),
}


@dataclass(frozen=True, order=True)
class Reading:
    """A mileage read on a day (at an intake, at a delivery)."""

    on: date
    km: int


# --- mileage ------------------------------------------------------------------------------------------------

def forward_readings(readings: Iterable[Reading]) -> list[Reading]:
    """The readings in date order without those that go backwards: the longest run in which each reading is at
    least the one before it. One mistyped reading (45,230 typed 54,230, or 4,523) drops out, whether it is too
    high or too low, and the readings after it still count."""
    ordered = sorted(readings)
    if not ordered:
        return []
    # longest non-decreasing subsequence (a car has tens of readings at most: quadratic is fine)
    length = [1] * len(ordered)
    before = [-1] * len(ordered)
    for i, reading in enumerate(ordered):
        for j in range(i):
            if ordered[j].km <= reading.km and length[j] + 1 > length[i]:
                length[i], before[i] = length[j] + 1, j
    i = max(range(len(ordered)), key=lambda k: (length[k], k))
    kept: list[Reading] = []
    while i >= 0:
        kept.append(ordered[i])
        i = before[i]
    return kept[::-1]


def km_per_day(readings: Iterable[Reading]) -> Decimal:
    """How far the car drives a day: from its first reading to its last (robust against one odd reading in
    between); ``DEFAULT_KM_PER_DAY`` for a car seen once or read twice within ``MIN_SPAN_DAYS``."""
    kept = forward_readings(readings)
    if len(kept) < 2:
        return DEFAULT_KM_PER_DAY
    first, last = kept[0], kept[-1]
    days = (last.on - first.on).days
    if days < MIN_SPAN_DAYS:
        return DEFAULT_KM_PER_DAY
    rate = (Decimal(last.km - first.km) / days).quantize(Decimal("0.1"), ROUND_HALF_UP)
    return max(rate, MIN_KM_PER_DAY)


def expected_mileage(readings: Iterable[Reading], today: date) -> int | None:
    """The mileage the car is expected to show today (None for a car never read)."""
    kept = forward_readings(readings)
    if not kept:
        return None
    last = kept[-1]
    days = max((today - last.on).days, 0)
    return last.km + int((km_per_day(kept) * days).to_integral_value(ROUND_HALF_UP))


def day_km_reached(readings: Iterable[Reading], km: int) -> date | None:
    """The day the car reaches ``km``: the day it was read at or above it, else projected from its last reading
    (None for a car never read)."""
    kept = forward_readings(readings)
    if not kept:
        return None
    for reading in kept:
        if reading.km >= km:
            return reading.on
    last = kept[-1]
    return last.on + timedelta(days=math.ceil((km - last.km) / km_per_day(kept)))


def service_due_on(next_on: date | None, next_km: int | None, readings: Iterable[Reading]) -> date | None:
    """When the next service falls due: its date or the day the expected mileage reaches its km, whichever
    comes first (None when neither is known)."""
    days = [next_on] if next_on is not None else []
    if next_km is not None:
        by_km = day_km_reached(readings, next_km)
        if by_km is not None:
            days.append(by_km)
    return min(days) if days else None


# --- the due list --------------------------------------------------------------------------------------------

def urgency(due_on: date, today: date) -> Urgency:
    if due_on < today:
        return Urgency.OVERDUE
    if due_on < today + timedelta(days=WEEK_DAYS):
        return Urgency.THIS_WEEK
    return Urgency.LATER


def due_window(today: date, ahead_days: int = WEEK_DAYS) -> tuple[date, date]:
    """The first and last due day the list shows: overdue up to ``OVERDUE_DAYS`` back, due within ``ahead_days``."""
    return today - timedelta(days=OVERDUE_DAYS), today + timedelta(days=max(ahead_days, 1) - 1)


# --- setting the dates by hand -------------------------------------------------------------------------------

def check_next_service_on(value: date, today: date) -> None:
    if value <= today:
        raise DomainError(NEXT_DATE_PAST, field="next_service_on")
    if value > today + timedelta(days=NEXT_SERVICE_MAX_DAYS):
        raise DomainError(NEXT_DATE_FAR, field="next_service_on")


def check_next_service_km(value: int, last_mileage: int | None) -> None:
    base = last_mileage or 0
    if last_mileage is not None and value <= last_mileage:
        raise DomainError(NEXT_KM_BELOW, field="next_service_km", km=f"{last_mileage:,}")
    if value > base + NEXT_SERVICE_MAX_KM:
        raise DomainError(NEXT_KM_FAR, field="next_service_km", max=f"{NEXT_SERVICE_MAX_KM:,}")


def _check_range(value: date, today: date, past: int, ahead: int, message: str, field: str) -> None:
    first, last = today - timedelta(days=past), today + timedelta(days=ahead)
    if not first <= value <= last:
        raise DomainError(message, field=field, first=first.isoformat(), last=last.isoformat())


def check_insurance_expires_on(value: date, today: date) -> None:
    _check_range(value, today, INSURANCE_PAST_DAYS, INSURANCE_AHEAD_DAYS, INSURANCE_OUT_OF_RANGE,
                 "insurance_expires_on")


def check_inspection_due_on(value: date, today: date) -> None:
    _check_range(value, today, INSPECTION_PAST_DAYS, INSPECTION_AHEAD_DAYS, INSPECTION_OUT_OF_RANGE,
                 "inspection_due_on")
