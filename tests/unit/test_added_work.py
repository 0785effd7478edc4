"""Added work: the notify threshold, the may-replace answer, and when a new promise replaces the old one."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal as D

import pytest

from garage_desktop.domain.added_work import ContactNeed, contact_need, promise_in_force


@pytest.mark.parametrize(
    ("added", "notify", "may_replace", "found_part", "expected"),
    [
        (D("199.99"), D(1200), False, False, ContactNeed.ASK),  # 1000 + 199.99 < 1200
        (D("200.00"), D(1200), False, False, ContactNeed.ASK),  # exactly at the amount: not above it
        (D("200.01"), D(1200), True, True, ContactNeed.MUST_PHONE),  # above: phone, whatever else was said
        (D(150), D(1200), True, True, ContactNeed.COVERED),
        (D(150), D(1200), True, False, ContactNeed.ASK),  # permission covers found damaged parts only
        (D(150), D(1200), None, True, ContactNeed.ASK),  # never asked: ask now
        (D(1), None, True, True, ContactNeed.MUST_PHONE),  # no notify amount recorded: always phone
    ],
)
def test_contact_need(added: D, notify: D | None, may_replace: bool | None, found_part: bool,
                      expected: ContactNeed) -> None:
    assert contact_need(D("1000.00"), added, notify, may_replace, is_found_part_replacement=found_part) is expected


def test_new_promise_replaces_only_when_agreed_before_the_old_one_passed() -> None:
    old = datetime(2026, 11, 28, 17, 0)
    new = datetime(2026, 11, 29, 12, 0)
    assert promise_in_force(old, new, datetime(2026, 11, 28, 16, 59)) == new
    assert promise_in_force(old, new, datetime(2026, 11, 28, 17, 0)) == new  # at the promised minute: in time
    assert promise_in_force(old, new, datetime(2026, 11, 28, 17, 1)) == old  # too late: the old one stands
    assert promise_in_force(old, None, datetime(2026, 11, 28, 12, 0)) == old
    assert promise_in_force(None, new, datetime(2026, 11, 28, 12, 0)) == new
