"""Quality warranty after a repair (機動車維修管理規定 Art. 37): km and days by class, whichever ends first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from garage_desktop.domain.classes import RegulatoryClass as R


@dataclass(frozen=True)
class WarrantyTerm:
    km: int
    days: int


# The legal minimum; a garage may promise more (a setting may raise these), never less.
WARRANTY: dict[R, WarrantyTerm] = {
    R.VEHICLE_OVERHAUL: WarrantyTerm(20_000, 100),
    R.ASSEMBLY_OVERHAUL: WarrantyTerm(20_000, 100),
    R.LEVEL2_MAINTENANCE: WarrantyTerm(5_000, 30),
    R.LEVEL1_MAINTENANCE: WarrantyTerm(2_000, 10),
    R.MINOR_REPAIR: WarrantyTerm(2_000, 10),
    R.SPECIALIST_REPAIR: WarrantyTerm(2_000, 10),
}


def warranty_end_date(regulatory_class: R, delivered_on: date) -> date:
    """The last day covered: the delivery day counts as day one."""
    return delivered_on + timedelta(days=WARRANTY[regulatory_class].days - 1)


def warranty_end_km(regulatory_class: R, mileage_out: int) -> int:
    return mileage_out + WARRANTY[regulatory_class].km


def within_warranty(regulatory_class: R, delivered_on: date, mileage_out: int | None, today: date,
                    mileage_now: int | None) -> bool:
    """True while neither the day limit nor the km limit has passed (unknown mileage: days decide)."""
    if today > warranty_end_date(regulatory_class, delivered_on):
        return False
    if mileage_out is not None and mileage_now is not None:
        return mileage_now <= warranty_end_km(regulatory_class, mileage_out)
    return True
