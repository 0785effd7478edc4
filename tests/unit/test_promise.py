"""The promise in force: replaced by a new time only when agreed before the old one passed."""

from __future__ import annotations

from datetime import datetime, timedelta

from garage_desktop.domain.promise import Promises, repromise

NOON = datetime(2026, 11, 28, 12, 0)
HOUR = timedelta(hours=1)


def test_a_new_time_agreed_before_the_promise_passed_replaces_it() -> None:
    after = repromise(Promises(NOON, None), NOON + 3 * HOUR, agreed_at=NOON - HOUR)
    assert after == Promises(NOON + 3 * HOUR, None)
    assert after.for_kpi == NOON + 3 * HOUR


def test_agreed_exactly_at_the_promised_time_still_replaces_it() -> None:
    assert repromise(Promises(NOON, None), NOON + HOUR, agreed_at=NOON).for_kpi == NOON + HOUR


def test_a_new_time_agreed_after_the_promise_passed_does_not_move_the_kpi() -> None:
    after = repromise(Promises(NOON, None), NOON + 4 * HOUR, agreed_at=NOON + HOUR)
    assert after.promised_at == NOON + 4 * HOUR  # what everybody works to now
    assert after.for_kpi == NOON  # the missed promise still counts


def test_once_missed_the_promise_stays_missed_whatever_is_agreed_later() -> None:
    missed = repromise(Promises(NOON, None), NOON + 4 * HOUR, agreed_at=NOON + HOUR)
    again = repromise(missed, NOON + 6 * HOUR, agreed_at=NOON + 2 * HOUR)  # before the new time, after the old
    assert again == Promises(NOON + 6 * HOUR, NOON)


def test_no_promise_yet_takes_the_first_one() -> None:
    assert repromise(Promises(None, None), NOON, agreed_at=NOON + HOUR) == Promises(NOON, None)


def test_the_same_time_again_changes_nothing() -> None:
    missed = Promises(NOON + 4 * HOUR, NOON)
    assert repromise(missed, NOON + 4 * HOUR, agreed_at=NOON + 5 * HOUR) is missed
