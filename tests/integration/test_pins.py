"""Optional PINs: set by the person or the owner, checked when switching to that person."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select

from garage_desktop.db.engine import Database
from garage_desktop.db.models import AuditEvent
from garage_desktop.domain.classes import Role
from garage_desktop.domain.text import DomainError, PermissionRefused
from garage_desktop.services import clock, pins, settings


def test_pin_set_checked_and_removed(db: Database, people: dict[Role, int]) -> None:
    cashier = people[Role.CASHIER]
    with db.session_scope() as session:
        assert not pins.needs_pin(session, cashier)
        assert pins.check_pin(session, cashier, "")
        pins.set_pin(session, cashier, cashier, "2468")
    with db.session_scope() as session:
        assert pins.needs_pin(session, cashier)
        assert pins.check_pin(session, cashier, "2468")
        assert not pins.check_pin(session, cashier, "2469")
        pins.set_pin(session, people[Role.OWNER], cashier, "")  # the owner may remove it
    with db.session_scope() as session:
        assert not pins.needs_pin(session, cashier)


def test_only_the_person_or_the_owner_sets_a_pin(db: Database, people: dict[Role, int]) -> None:
    with db.session_scope() as session, pytest.raises(PermissionRefused):
        pins.set_pin(session, people[Role.ADVISOR], people[Role.CASHIER], "1234")


@pytest.mark.parametrize("pin", ["12", "123456789", "12a4", "²²²²", "١٢٣٤", "12³4"])
def test_a_pin_has_four_to_eight_digits(db: Database, people: dict[Role, int], pin: str) -> None:
    with db.session_scope() as session, pytest.raises(DomainError) as refused:
        pins.set_pin(session, people[Role.ADVISOR], people[Role.ADVISOR], pin)
    assert refused.value.field == "pin"


def test_full_width_digits_are_the_same_pin(db: Database, people: dict[Role, int]) -> None:
    """A Chinese input method types ２４６８: it is the PIN 2468, set or checked either way."""
    cashier = people[Role.CASHIER]
    with db.session_scope() as session:
        pins.set_pin(session, cashier, cashier, "２４６８")
    with db.session_scope() as session:
        assert pins.check_pin(session, cashier, "2468")
        assert pins.check_pin(session, cashier, "２４６８")
        assert not pins.check_pin(session, cashier, "²⁴⁶⁸")


def test_repeated_wrong_pins_are_delayed_by_the_service(db: Database, people: dict[Role, int]) -> None:
    """After three wrong PINs in a row every further try waits (30 s, then 60 s …); during the wait even the
    right PIN is not checked. The right PIN afterwards clears the count."""
    clock.set_fixed(datetime(2026, 11, 28, 9, 0))
    cashier = people[Role.CASHIER]
    with db.session_scope() as session:
        pins.set_pin(session, cashier, cashier, "2468")
    for _ in range(2):
        with db.session_scope() as session:
            assert not pins.check_pin(session, cashier, "1111")
            assert pins.wait_seconds(session, cashier) == 0
    with db.session_scope() as session:
        assert not pins.check_pin(session, cashier, "1111")
        assert pins.wait_seconds(session, cashier) == 30
    with db.session_scope() as session, pytest.raises(pins.PinDelayed) as delayed:
        pins.check_pin(session, cashier, "2468")
    assert delayed.value.seconds == 30 and delayed.value.field == "pin"
    assert "30 seconds" in delayed.value.english()
    clock.set_fixed(datetime(2026, 11, 28, 9, 0, 20))
    with db.session_scope() as session:
        assert pins.wait_seconds(session, cashier) == 10
    clock.set_fixed(datetime(2026, 11, 28, 9, 0, 30))
    with db.session_scope() as session:
        assert not pins.check_pin(session, cashier, "1112")  # the fourth wrong one: the wait doubles
        assert pins.wait_seconds(session, cashier) == 60
    clock.set_fixed(datetime(2026, 11, 28, 9, 1, 30))
    with db.session_scope() as session:
        assert pins.check_pin(session, cashier, "2468")
    with db.session_scope() as session:
        assert pins.wait_seconds(session, cashier) == 0
        assert not pins.check_pin(session, cashier, "1111")  # a fresh count: no wait after one slip
        assert pins.wait_seconds(session, cashier) == 0


def test_the_count_of_wrong_pins_survives_a_restart(db: Database, people: dict[Role, int]) -> None:
    clock.set_fixed(datetime(2026, 11, 28, 9, 0))
    cashier = people[Role.CASHIER]
    with db.session_scope() as session:
        pins.set_pin(session, cashier, cashier, "2468")
    for _ in range(3):
        with db.session_scope() as session:
            pins.check_pin(session, cashier, "0000")
    db.dispose()
    restarted = Database(db.url)  # the URL as given (str(engine.url) hides a server's password)
    try:
        with restarted.session_scope() as session, pytest.raises(pins.PinDelayed):
            pins.check_pin(session, cashier, "2468")
        with restarted.session_scope() as session:  # a new PIN (the owner's help) starts a clean count
            pins.set_pin(session, people[Role.OWNER], cashier, "1357")
        with restarted.session_scope() as session:
            assert pins.check_pin(session, cashier, "1357")
            assert settings.load(session) == settings.DEFAULTS  # the count is no garage setting
            # The owner sees the wrong PINs in the audit trail, typed by nobody known.
            wrong = session.execute(select(AuditEvent.operator_id, AuditEvent.after).where(
                AuditEvent.action == "pin:wrong", AuditEvent.entity_id == cashier)).all()
            assert [actor for actor, _after in wrong] == [None, None, None]
            assert '"wrong_in_a_row": 3' in wrong[-1][1]
    finally:
        restarted.dispose()


def test_wrong_pins_older_than_a_day_are_forgotten(db: Database, people: dict[Role, int]) -> None:
    clock.set_fixed(datetime(2026, 11, 28, 9, 0))
    cashier = people[Role.CASHIER]
    with db.session_scope() as session:
        pins.set_pin(session, cashier, cashier, "2468")
    for _ in range(3):
        with db.session_scope() as session:
            pins.check_pin(session, cashier, "0000")
    clock.set_fixed(datetime(2026, 11, 29, 9, 0, 1))
    with db.session_scope() as session:
        assert pins.wait_seconds(session, cashier) == 0
        assert not pins.check_pin(session, cashier, "0000")
        assert pins.wait_seconds(session, cashier) == 0  # one wrong PIN in a row again


def test_the_wait_grows_to_a_ceiling_and_a_clock_set_back_does_not_stretch_it(db: Database,
                                                                            people: dict[Role, int]) -> None:
    assert [pins.retry_delay(n) for n in range(1, 9)] == [0, 0, 30, 60, 120, 240, 480, 900]
    assert pins.retry_delay(100) == pins.MAX_DELAY_S
    clock.set_fixed(datetime(2026, 11, 28, 9, 0))
    cashier = people[Role.CASHIER]
    with db.session_scope() as session:
        pins.set_pin(session, cashier, cashier, "2468")
    for _ in range(3):
        with db.session_scope() as session:
            pins.check_pin(session, cashier, "0000")
    clock.set_fixed(datetime(2026, 11, 27, 9, 0))  # a day back
    with db.session_scope() as session:
        assert pins.wait_seconds(session, cashier) == 30


def test_nobody_waits_for_a_person_without_a_pin(db: Database, people: dict[Role, int]) -> None:
    advisor = people[Role.ADVISOR]
    with db.session_scope() as session:
        for _ in range(5):
            assert pins.check_pin(session, advisor, "0000")
        assert pins.wait_seconds(session, advisor) == 0
