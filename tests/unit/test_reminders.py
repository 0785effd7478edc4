"""The reminder rules: km a day from a car's own readings, its expected mileage, when a service by date or km
falls due, what is overdue or due this week, and what dates the advisor may set."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from garage_desktop.domain import reminders as r
from garage_desktop.domain.reminders import Reading, Urgency
from garage_desktop.domain.text import DomainError

TODAY = date(2026, 12, 5)


def test_a_car_seen_once_drives_the_default_km_a_day() -> None:
    once = [Reading(date(2026, 6, 1), 40_000)]
    assert r.km_per_day(once) == r.DEFAULT_KM_PER_DAY
    assert r.expected_mileage(once, date(2026, 6, 11)) == 40_000 + 10 * int(r.DEFAULT_KM_PER_DAY)
    # two readings a few days apart say nothing yet about how much it is driven
    close = [Reading(date(2026, 6, 1), 40_000), Reading(date(2026, 6, 4), 40_900)]
    assert r.km_per_day(close) == r.DEFAULT_KM_PER_DAY


def test_km_a_day_runs_first_to_last_and_ignores_readings_that_go_backwards() -> None:
    history = [Reading(date(2026, 1, 1), 10_000), Reading(date(2026, 3, 1), 91_000),  # a typo: 91,000 for 19,000
               Reading(date(2026, 5, 1), 12_000), Reading(date(2026, 11, 1), 40_000)]
    # the typo drops out and the readings after it still count: 30,000 km in 304 days
    assert r.forward_readings(history) == [history[0], history[2], history[3]]
    assert r.km_per_day(history) == Decimal("98.7")
    assert r.expected_mileage(history, date(2026, 11, 11)) == 40_000 + 987
    # a reading typed too low drops out the same way
    low = [history[0], Reading(date(2026, 3, 1), 1_900), history[2], history[3]]
    assert r.forward_readings(low) == [history[0], history[2], history[3]]
    assert r.expected_mileage([], TODAY) is None
    # out of order as read from the database, the same answer
    assert r.km_per_day(list(reversed(history))) == Decimal("98.7")


def test_a_car_that_hardly_moves_still_reaches_its_service_some_day() -> None:
    parked = [Reading(date(2025, 1, 1), 50_000), Reading(date(2026, 1, 1), 50_010)]
    assert r.km_per_day(parked) == r.MIN_KM_PER_DAY
    assert r.day_km_reached(parked, 50_110) == date(2026, 1, 1) + timedelta(days=20)


def test_a_service_falls_due_by_date_or_by_km_whichever_comes_first() -> None:
    history = [Reading(date(2026, 1, 1), 10_000), Reading(date(2026, 11, 1), 40_000)]  # 98.7 km a day
    by_km = r.day_km_reached(history, 45_000)
    assert by_km == date(2026, 11, 1) + timedelta(days=51)  # 5,000 / 98.7 → 51 days
    assert r.service_due_on(date(2027, 5, 1), 45_000, history) == by_km  # km first
    assert r.service_due_on(date(2026, 12, 1), 45_000, history) == date(2026, 12, 1)  # date first
    assert r.service_due_on(None, 45_000, history) == by_km
    assert r.service_due_on(date(2027, 5, 1), None, history) == date(2027, 5, 1)
    assert r.service_due_on(None, 45_000, []) is None  # never read: only a date can say
    # a km already passed at a reading fell due on that reading's day
    assert r.day_km_reached(history, 30_000) == date(2026, 11, 1)


def test_overdue_this_week_and_later() -> None:
    assert r.urgency(TODAY - timedelta(days=1), TODAY) is Urgency.OVERDUE
    assert r.urgency(TODAY, TODAY) is Urgency.THIS_WEEK
    assert r.urgency(TODAY + timedelta(days=6), TODAY) is Urgency.THIS_WEEK
    assert r.urgency(TODAY + timedelta(days=7), TODAY) is Urgency.LATER
    first, last = r.due_window(TODAY)
    assert first == TODAY - timedelta(days=r.OVERDUE_DAYS) and last == TODAY + timedelta(days=6)
    assert r.due_window(TODAY, 30)[1] == TODAY + timedelta(days=29)


def test_every_kind_has_a_label_and_a_contact_purpose() -> None:
    assert set(r.KIND_LABELS) == set(r.Kind) == set(r.PURPOSE)
    assert set(r.PURPOSE.values()) == {"service_due", "insurance_due", "inspection_due"}


@pytest.mark.parametrize(("check", "value", "field"), [
    (lambda v: r.check_next_service_on(v, TODAY), TODAY, "next_service_on"),
    (lambda v: r.check_next_service_on(v, TODAY), TODAY + timedelta(days=4 * 366), "next_service_on"),
    (lambda v: r.check_next_service_km(v, 45_000), 45_000, "next_service_km"),
    (lambda v: r.check_next_service_km(v, 45_000), 145_001, "next_service_km"),
    (lambda v: r.check_insurance_expires_on(v, TODAY), TODAY - timedelta(days=400), "insurance_expires_on"),
    (lambda v: r.check_insurance_expires_on(v, TODAY), TODAY + timedelta(days=800), "insurance_expires_on"),
    (lambda v: r.check_inspection_due_on(v, TODAY), TODAY + timedelta(days=11 * 366), "inspection_due_on"),
])
def test_dates_that_make_no_sense_are_refused_on_their_field(check, value, field) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(DomainError) as refused:
        check(value)
    assert refused.value.field == field


def test_sensible_dates_pass() -> None:
    r.check_next_service_on(TODAY + timedelta(days=180), TODAY)
    r.check_next_service_km(50_000, 45_000)
    r.check_next_service_km(5_000, None)
    r.check_insurance_expires_on(TODAY - timedelta(days=10), TODAY)  # lapsed last week: still worth a call
    r.check_inspection_due_on(TODAY + timedelta(days=5 * 365), TODAY)
