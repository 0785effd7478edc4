"""Optional PINs: set by the person or the owner, checked when switching to that person."""

from __future__ import annotations

import pytest

from garage_desktop.db.engine import Database
from garage_desktop.domain.classes import Role
from garage_desktop.domain.text import DomainError, PermissionRefused
from garage_desktop.services import pins


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


@pytest.mark.parametrize("pin", ["12", "123456789", "12a4"])
def test_a_pin_has_four_to_eight_digits(db: Database, people: dict[Role, int], pin: str) -> None:
    with db.session_scope() as session, pytest.raises(DomainError) as refused:
        pins.set_pin(session, people[Role.ADVISOR], people[Role.ADVISOR], pin)
    assert refused.value.field == "pin"
