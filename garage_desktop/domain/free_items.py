"""免費項目 Free items and 建議項目 what was put off: the reasons, and the amount a free line gives away.

A free line is charged nothing: its price (a labour line's rate, a part line's unit price, an outside-work line's
charge) becomes zero, so every sum of money (the settlement, the checkout balance, the KPI revenue) counts it ¥0
without knowing about free lines, and the price the line had is kept (``free_price``) so the amount given away is
known: the hours × that rate × coefficient, the charged quantity × that unit price, or that charge.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from garage_desktop.domain.pricing import HourUnit, labour_amount, part_amount
from garage_desktop.domain.text import QT_TRANSLATE_NOOP


class FreeReason(StrEnum):
    WARRANTY = "warranty"  # 保修: under the garage's or the maker's warranty
    COMEBACK = "comeback"  # 返修: the garage's own earlier work failed
    GOODWILL = "goodwill"  # 贈送: a gesture to the customer


FREE_REASON_LABELS: dict[FreeReason, str] = {
    FreeReason.WARRANTY: QT_TRANSLATE_NOOP("Domain", "Warranty"),
    FreeReason.COMEBACK: QT_TRANSLATE_NOOP("Domain", "Comeback"),
    FreeReason.GOODWILL: QT_TRANSLATE_NOOP("Domain", "Goodwill"),
}

class RecommendationSource(StrEnum):
    """Where a recommendation (work put off to a later visit) came from."""

    DECLINED = "declined"  # added work the customer declined, or a declined estimate
    QC = "qc"  # the inspector noted it at final QC
    DELIVERY = "delivery"  # pointed out at delivery (seed ⑥2: 可以留到下一次進行修理)


SOURCE_LABELS: dict[RecommendationSource, str] = {
    RecommendationSource.DECLINED: QT_TRANSLATE_NOOP("Domain", "Declined"),
    RecommendationSource.QC: QT_TRANSLATE_NOOP("Domain", "Noted at QC"),
    RecommendationSource.DELIVERY: QT_TRANSLATE_NOOP("Domain", "Noted at delivery"),
}


def labour_given_away(standard_hours: Decimal, free_price: Decimal | None, coefficient: Decimal,
                      unit: HourUnit = HourUnit.HOUR) -> Decimal:
    """What a free labour line would have cost at the rate it had (zero for a line that is not free)."""
    if free_price is None:
        return Decimal("0.00")
    return labour_amount(standard_hours, free_price, coefficient, unit=unit)


def part_given_away(quantity: Decimal, free_price: Decimal | None) -> Decimal:
    """What the charged quantity of a free part line would have cost at the unit price it had."""
    if free_price is None:
        return Decimal("0.00")
    return part_amount(quantity, free_price)


def outside_given_away(free_price: Decimal | None) -> Decimal:
    """What a free outside-work line (外加工) would have cost: the charge it had (zero for a line that is not free)."""
    if free_price is None:
        return Decimal("0.00")
    return free_price.quantize(Decimal("0.01"))
