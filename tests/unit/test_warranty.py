"""Quality warranty by regulatory class: days counted from the delivery day as day one, km from mileage out,
whichever ends first."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from garage_desktop.domain.classes import DEFAULT_REGULATORY, JobClass, RegulatoryClass
from garage_desktop.domain.warranty import WARRANTY, warranty_end_date, warranty_end_km, within_warranty

R = RegulatoryClass
DELIVERED = date(2026, 11, 1)
MILEAGE_OUT = 50_000

# The legal minimum (機動車維修管理規定 Art. 37), written out independently of the code.
LAW = {
    R.VEHICLE_OVERHAUL: (20_000, 100),
    R.ASSEMBLY_OVERHAUL: (20_000, 100),
    R.LEVEL2_MAINTENANCE: (5_000, 30),
    R.LEVEL1_MAINTENANCE: (2_000, 10),
    R.MINOR_REPAIR: (2_000, 10),
    R.SPECIALIST_REPAIR: (2_000, 10),
}


def test_every_class_has_the_legal_term() -> None:
    assert {cls: (term.km, term.days) for cls, term in WARRANTY.items()} == LAW


def test_every_job_class_maps_to_a_class_with_a_warranty() -> None:
    for job_class in JobClass:
        assert DEFAULT_REGULATORY[job_class] in WARRANTY


def test_delivery_day_counts_as_day_one() -> None:
    # A 10-day warranty delivered on 1 November covers 1..10 November.
    assert warranty_end_date(R.MINOR_REPAIR, DELIVERED) == date(2026, 11, 10)
    assert within_warranty(R.MINOR_REPAIR, DELIVERED, None, date(2026, 11, 10), None)
    assert not within_warranty(R.MINOR_REPAIR, DELIVERED, None, date(2026, 11, 11), None)


@pytest.mark.parametrize("cls", list(R), ids=str)
def test_days_at_and_just_past_the_limit(cls: RegulatoryClass) -> None:
    _km, days = LAW[cls]
    last_day = DELIVERED + timedelta(days=days - 1)
    assert warranty_end_date(cls, DELIVERED) == last_day
    assert within_warranty(cls, DELIVERED, MILEAGE_OUT, DELIVERED, MILEAGE_OUT)
    assert within_warranty(cls, DELIVERED, MILEAGE_OUT, last_day, MILEAGE_OUT + 10)
    assert not within_warranty(cls, DELIVERED, MILEAGE_OUT, last_day + timedelta(days=1), MILEAGE_OUT + 10)


@pytest.mark.parametrize("cls", list(R), ids=str)
def test_km_at_and_just_past_the_limit(cls: RegulatoryClass) -> None:
    km, _days = LAW[cls]
    assert warranty_end_km(cls, MILEAGE_OUT) == MILEAGE_OUT + km
    next_day = DELIVERED + timedelta(days=1)
    assert within_warranty(cls, DELIVERED, MILEAGE_OUT, next_day, MILEAGE_OUT + km)
    assert not within_warranty(cls, DELIVERED, MILEAGE_OUT, next_day, MILEAGE_OUT + km + 1)


def test_whichever_comes_first() -> None:
    # Level-2 maintenance: 30 days / 5,000 km. Within the days but past the km: over.
    assert not within_warranty(R.LEVEL2_MAINTENANCE, DELIVERED, 10_000, date(2026, 11, 5), 15_001)
    # Within the km but past the days: over.
    assert not within_warranty(R.LEVEL2_MAINTENANCE, DELIVERED, 10_000, date(2026, 12, 1), 10_100)
    assert within_warranty(R.LEVEL2_MAINTENANCE, DELIVERED, 10_000, date(2026, 11, 30), 15_000)


def test_unknown_mileage_lets_the_days_decide() -> None:
    assert within_warranty(R.ASSEMBLY_OVERHAUL, DELIVERED, None, date(2027, 2, 8), 999_999)
    assert within_warranty(R.ASSEMBLY_OVERHAUL, DELIVERED, 30_000, date(2027, 2, 8), None)
    assert not within_warranty(R.ASSEMBLY_OVERHAUL, DELIVERED, None, date(2027, 2, 9), None)


def test_across_a_month_and_year_end() -> None:
    assert warranty_end_date(R.LEVEL2_MAINTENANCE, date(2026, 12, 15)) == date(2027, 1, 13)
    assert warranty_end_date(R.VEHICLE_OVERHAUL, date(2028, 2, 1)) == date(2028, 5, 10)  # leap year
