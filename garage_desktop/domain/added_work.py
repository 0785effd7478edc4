"""追加項目 rules: when the customer must be phoned first, and when a new promised time replaces the old one."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from garage_desktop.domain.text import QT_TRANSLATE_NOOP


class ContactNeed(StrEnum):
    MUST_PHONE = "must_phone"  # the new total passes the customer's notify-above amount: phone before working
    COVERED = "covered"  # within the amount and the customer allowed replacing damaged parts found in repair
    ASK = "ask"  # within the amount but no standing permission: ask the customer (any way) before working


CONTACT_LABELS: dict[ContactNeed, str] = {
    ContactNeed.MUST_PHONE: QT_TRANSLATE_NOOP("Domain", "Over the customer's notify amount: phone the customer "
                                                        "before any work"),
    ContactNeed.COVERED: QT_TRANSLATE_NOOP("Domain", "Within the notify amount and covered by the customer's "
                                                     "permission to replace damaged parts found"),
    ContactNeed.ASK: QT_TRANSLATE_NOOP("Domain", "Within the notify amount: ask the customer before the work"),
}


def contact_need(confirmed_total: Decimal, added_total: Decimal, notify_above: Decimal | None,
                 may_replace_found_parts: bool | None, *, is_found_part_replacement: bool) -> ContactNeed:
    """What the advisor must do before an added item may be worked.

    ``added_total`` includes this item and every other added item not declined. With no notify amount on
    the order, any addition counts as over it (the seed: always tell the price).
    """
    new_total = confirmed_total + added_total
    if notify_above is None or new_total > notify_above:
        return ContactNeed.MUST_PHONE
    if may_replace_found_parts and is_found_part_replacement:
        return ContactNeed.COVERED
    return ContactNeed.ASK


def promise_in_force(current: datetime | None, proposed: datetime | None, agreed_at: datetime) -> datetime | None:
    """The promise the on-time rate measures against after the customer agreed to ``proposed`` at ``agreed_at``.

    A new time replaces it only when agreed before the old one passed (DOMAIN.md, on-time KPI); agreed later,
    the late promise stays in force for the KPI (the delay counts), while the new time is still what the board,
    the work order and the customer go by (``domain.promise.repromise``, which the services use).
    """
    if proposed is None:
        return current
    if current is None or agreed_at <= current:
        return proposed
    return current
