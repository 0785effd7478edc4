"""Messages to customers: the placeholders a template may hold and how a template is filled (pure, no database).

A placeholder is a name in braces, ``{plate}``; braces typed with a Chinese input method (``｛plate｝``) count
too. Filling never fails: a known placeholder the order or vehicle gives no value for is left empty and named
in ``Filled.missing`` (the window says which, and the advisor edits the text before copying it); an unknown one
stays as written so the advisor sees it. The owner cannot save a template with an unknown placeholder
(``unknown_placeholders``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from garage_desktop.domain.money import format_yuan
from garage_desktop.domain.text import QT_TRANSLATE_NOOP

PLACEHOLDERS = ("garage", "garage_phone", "customer", "plate", "order_no", "time", "amount", "due", "km",
                "next_service")
PLACEHOLDER_LABELS: dict[str, str] = {
    "garage": QT_TRANSLATE_NOOP("Domain", "the garage's name"),
    "garage_phone": QT_TRANSLATE_NOOP("Domain", "the garage's phone number"),
    "customer": QT_TRANSLATE_NOOP("Domain", "the customer's name"),
    "plate": QT_TRANSLATE_NOOP("Domain", "the plate"),
    "order_no": QT_TRANSLATE_NOOP("Domain", "the order number"),
    "time": QT_TRANSLATE_NOOP("Domain", "the booked time, the promised time or the new time agreed"),
    "amount": QT_TRANSLATE_NOOP("Domain", "the amount the customer still owes"),
    "due": QT_TRANSLATE_NOOP("Domain", "the date due (next service, annual inspection, insurance expiry)"),
    "km": QT_TRANSLATE_NOOP("Domain", "the mileage of the next service"),
    "next_service": QT_TRANSLATE_NOOP("Domain", "the next service: its date and/or mileage, in words"),
}
_PLACEHOLDER = re.compile(r"[{｛]\s*([A-Za-z_][A-Za-z0-9_]*)\s*[}｝]")

_WEEKDAYS = {
    "zh_TW": ("週一", "週二", "週三", "週四", "週五", "週六", "週日"),
    "zh_CN": ("周一", "周二", "周三", "周四", "周五", "周六", "周日"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class Filled:
    text: str
    missing: tuple[str, ...]  # known placeholders the template holds that had no value (left empty)
    unknown: tuple[str, ...]  # placeholders this program does not know (left as written)


def placeholders_in(template: str) -> tuple[str, ...]:
    """The placeholder names ``template`` holds, each once, in the order they first appear."""
    return tuple(dict.fromkeys(m.group(1) for m in _PLACEHOLDER.finditer(template)))


def unknown_placeholders(template: str) -> tuple[str, ...]:
    return tuple(name for name in placeholders_in(template) if name not in PLACEHOLDERS)


def fill(template: str, values: Mapping[str, str]) -> Filled:
    """``template`` with its placeholders replaced by ``values`` (see the module's note for what is missing)."""
    missing: list[str] = []
    unknown: list[str] = []

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in PLACEHOLDERS:
            unknown.append(name)
            return match.group(0)
        value = values.get(name) or ""
        if not value:
            missing.append(name)
        return value

    text = _PLACEHOLDER.sub(replace, template)
    return Filled(text, tuple(dict.fromkeys(missing)), tuple(dict.fromkeys(unknown)))


# --- values as a customer reads them, in the document language ---------------------------------------------
def _chinese(language: str) -> bool:
    return language in ("zh_TW", "zh_CN")


def format_date(day: date | None, language: str) -> str:
    """2026年3月5日 / 5 Mar 2026."""
    if day is None:
        return ""
    if _chinese(language):
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def format_time(moment: datetime | None, language: str) -> str:
    """A booked or promised time with its weekday, as a customer reads it: 3月5日（週四）14:30 / Thu 5 Mar 14:30."""
    if moment is None:
        return ""
    weekday = _WEEKDAYS.get(language, _WEEKDAYS["en"])[moment.weekday()]
    if _chinese(language):
        return f"{moment.month}月{moment.day}日（{weekday}）{moment:%H:%M}"
    return f"{weekday} {moment.day} {_MONTHS[moment.month - 1]} {moment:%H:%M}"


def format_km(km: int | None) -> str:
    return f"{km:,}" if km is not None else ""


def format_amount(amount: Decimal | None) -> str:
    return format_yuan(amount) if amount is not None else ""


def next_service_words(day: date | None, km: int | None, language: str) -> str:
    """The next service in words: a date, a mileage, or both (whichever comes first)."""
    when, distance = format_date(day, language), format_km(km)
    if when and distance:
        return {"zh_TW": f"{when}或 {distance} 公里（以先到者為準）",
                "zh_CN": f"{when}或 {distance} 公里（以先到为准）"}.get(
            language, f"{when} or {distance} km, whichever comes first")
    if distance:
        return f"{distance} km" if not _chinese(language) else f"{distance} 公里"
    return when


# --- what the messages are for -----------------------------------------------------------------------------
PURPOSES = ("booking_confirmation", "car_ready", "delay_notice", "followup", "service_due", "inspection_due",
            "insurance_due")
PURPOSE_LABELS: dict[str, str] = {
    "booking_confirmation": QT_TRANSLATE_NOOP("Domain", "Booking confirmation"),
    "car_ready": QT_TRANSLATE_NOOP("Domain", "Car ready"),
    "delay_notice": QT_TRANSLATE_NOOP("Domain", "Delay notice"),
    "followup": QT_TRANSLATE_NOOP("Domain", "Follow-up"),
    "service_due": QT_TRANSLATE_NOOP("Domain", "Service due"),
    "inspection_due": QT_TRANSLATE_NOOP("Domain", "Annual inspection due"),
    "insurance_due": QT_TRANSLATE_NOOP("Domain", "Insurance due"),
}
