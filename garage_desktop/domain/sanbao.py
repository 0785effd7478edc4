"""家用汽車三包 (2022 rules, DOMAIN.md → 三包 and claims): whether a car is still within its 三包 periods, and when a
三包 repair owes the owner a loaner or transport compensation.

Two periods run from the purchase date, whichever of time or mileage comes first: the 三包有效期 (validity period,
at least 2 years / 50,000 km: replacement and refund rights) and the longer 包修期 (repair warranty, at least 3
years / 60,000 km: free repair). The garage's settings hold them (a maker may give more). One repair open over five
days owes the owner a loaner (備用車) or transport compensation (交通費用補償) from day six.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from garage_desktop.domain.text import QT_TRANSLATE_NOOP

COMPENSATION_AFTER_DAYS = 5  # one repair over five days: a loaner or transport compensation from day six


@dataclass(frozen=True)
class SanbaoTerms:
    valid_years: int = 2
    valid_km: int = 50_000
    repair_years: int = 3
    repair_km: int = 60_000


class SanbaoState(StrEnum):
    UNKNOWN = "unknown"  # no purchase date on file: nothing can be said
    WITHIN = "within"  # within the 三包有效期 (and so the 包修期)
    VALIDITY_ENDED = "validity_ended"  # past the 三包有效期, still within the 包修期
    ENDED = "ended"  # past the 包修期 too: the maker may refuse the claim


WARNINGS: dict[SanbaoState, str] = {
    SanbaoState.UNKNOWN: QT_TRANSLATE_NOOP("Domain", "三包: enter the purchase date to check the 三包 periods."),
    SanbaoState.VALIDITY_ENDED: QT_TRANSLATE_NOOP("Domain", "三包: past the validity period ({valid}); the repair "
                                                            "warranty runs to {repair}."),
    SanbaoState.ENDED: QT_TRANSLATE_NOOP("Domain", "三包: past the repair warranty ({repair}): the maker may refuse "
                                                   "to pay."),
}


def add_years(day: date, years: int) -> date:
    """The same day ``years`` later (29 February → 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True)
class SanbaoCheck:
    state: SanbaoState
    valid_until: date | None  # the last day of the 三包有效期
    repair_until: date | None  # the last day of the 包修期
    terms: SanbaoTerms

    @property
    def warns(self) -> bool:
        return self.state is not SanbaoState.WITHIN

    def period_texts(self) -> tuple[str, str]:
        """("2028-03-14 / 50,000 km", "2029-03-14 / 60,000 km"): how each period is said in the warning."""
        valid = f"{self.valid_until.isoformat() if self.valid_until else '?'} / {self.terms.valid_km:,} km"
        repair = f"{self.repair_until.isoformat() if self.repair_until else '?'} / {self.terms.repair_km:,} km"
        return valid, repair


def check(purchase_date: date | None, mileage: int | None, today: date, terms: SanbaoTerms) -> SanbaoCheck:
    """The car's standing on ``today`` at ``mileage`` (unknown mileage: the dates decide)."""
    if purchase_date is None:
        return SanbaoCheck(SanbaoState.UNKNOWN, None, None, terms)
    valid_until = add_years(purchase_date, terms.valid_years) - timedelta(days=1)
    repair_until = add_years(purchase_date, terms.repair_years) - timedelta(days=1)
    km = mileage if mileage is not None else 0
    if today <= valid_until and km <= terms.valid_km:
        state = SanbaoState.WITHIN
    elif today <= repair_until and km <= terms.repair_km:
        state = SanbaoState.VALIDITY_ENDED
    else:
        state = SanbaoState.ENDED
    return SanbaoCheck(state, valid_until, repair_until, terms)


def compensation_from(received_at: datetime) -> date:
    """Day six of the repair (the day the car came in is day one): compensation is owed from this day."""
    return received_at.date() + timedelta(days=COMPENSATION_AFTER_DAYS)


def compensation_due(received_at: datetime | None, until: datetime) -> bool:
    """Whether a repair open from ``received_at`` to ``until`` (now, or the handover) has run over five days."""
    return received_at is not None and until.date() >= compensation_from(received_at)
