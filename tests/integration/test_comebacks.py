"""返修: a car back within its earlier repair's warranty (by km and by days) is proposed as a comeback, not
outside it; the advisor confirms (free of charge by default) or rejects, and a rejection is not asked again."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from garage_desktop.db.engine import Database
from garage_desktop.db.models import AuditEvent, RepairOrder
from garage_desktop.domain.classes import RegulatoryClass, Role
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.text import DomainError, PermissionRefused
from garage_desktop.services import clock, comebacks
from tests.integration.test_followup import NOW, call, make_car, make_order, read

S = OrderStatus
R = RegulatoryClass
TODAY = NOW.date()


@pytest.fixture(autouse=True)
def fixed_clock() -> None:
    clock.set_fixed(NOW)


def proposed(db: Database, vehicle_id: int, mileage: int | None, today: date = TODAY,
             order_id: int | None = None) -> list[int]:
    return [p.earlier_order_id for p in read(db, comebacks.proposals, vehicle_id, mileage, today, order_id)]


# --- proposing -----------------------------------------------------------------------------------------------

def test_proposed_within_the_days_of_the_class_and_not_after(db: Database) -> None:
    _, car = make_car(db)
    # 小修: 10 days from the day the car left (that day counts as day one) or 2,000 km.
    earlier = make_order(db, car, delivered_at=datetime(2026, 11, 19, 16, 0), mileage_out=45000)
    assert proposed(db, car, 45800, date(2026, 11, 28)) == [earlier]  # day 10: the last day covered
    assert proposed(db, car, 45800, date(2026, 11, 29)) == []  # day 11: expired
    proposal = read(db, comebacks.proposals, car, 45800, date(2026, 11, 28))[0]
    assert proposal.warranty_until == date(2026, 11, 28) and proposal.days_left == 0
    assert proposal.warranty_until_km == 47000 and proposal.km_left == 1200
    assert proposal.work == ("更換前剎車片",)
    # 二級維護: 30 days
    _, other = make_car(db)
    level2 = make_order(db, other, regulatory=R.LEVEL2_MAINTENANCE, delivered_at=datetime(2026, 11, 1, 9, 0))
    assert proposed(db, other, None, date(2026, 11, 30)) == [level2]
    assert proposed(db, other, None, date(2026, 12, 1)) == []


def test_proposed_within_the_km_of_the_class_and_not_beyond(db: Database) -> None:
    _, car = make_car(db)
    earlier = make_order(db, car, regulatory=R.LEVEL2_MAINTENANCE, delivered_at=NOW - timedelta(days=5),
                         mileage_in=59_900, mileage_out=60_000)
    assert proposed(db, car, 65_000) == [earlier]  # exactly the 5,000 km of 二級維護
    assert proposed(db, car, 65_001) == []  # beyond: a new fault, however recent
    # without a mileage out, the km count from the mileage in
    _, other = make_car(db)
    no_out = make_order(db, other, delivered_at=NOW - timedelta(days=3), mileage_in=30_000, mileage_out=None)
    assert proposed(db, other, 32_000) == [no_out]
    assert proposed(db, other, 32_001) == []
    # an overhaul: 20,000 km and 100 days
    _, big = make_car(db)
    overhaul = make_order(db, big, regulatory=R.ASSEMBLY_OVERHAUL, delivered_at=NOW - timedelta(days=99),
                          mileage_out=100_000)
    assert proposed(db, big, 119_999) == [overhaul]
    assert proposed(db, big, 120_001) == []


def test_only_handed_over_repairs_of_the_same_car_are_proposed_newest_first(db: Database) -> None:
    _, car = make_car(db)
    _, other_car = make_car(db)
    older = make_order(db, car, delivered_at=NOW - timedelta(days=6))
    newer = make_order(db, car, status=S.FOLLOWED_UP, delivered_at=NOW - timedelta(days=2))
    make_order(db, car, status=S.DEPOSIT_RELEASED, delivered_at=NOW - timedelta(days=1))  # still open
    make_order(db, car, status=S.CANCELLED, delivered_at=None)
    make_order(db, other_car, delivered_at=NOW - timedelta(days=1))
    assert proposed(db, car, 45_100) == [newer, older]


# --- deciding ------------------------------------------------------------------------------------------------

def test_confirmed_comeback_is_linked_free_and_audited(db: Database, advisor: int) -> None:
    _, car = make_car(db)
    earlier = make_order(db, car, delivered_at=NOW - timedelta(days=4), mileage_out=45_000)
    new = make_order(db, car, status=S.RECEIVED, delivered_at=None, received_at=NOW, mileage_in=45_300)
    state = read(db, comebacks.comeback_state, new)
    assert [p.earlier_order_id for p in state.proposals] == [earlier] and state.link is None
    link = call(db, comebacks.confirm_comeback, advisor, new, earlier)
    assert link.earlier_order_id == earlier and link.free_of_charge and link.decided_by == "王小明"
    assert read(db, comebacks.is_free_comeback, new)
    assert read(db, comebacks.proposals_for_order, new) == []  # linked: nothing more to ask
    assert read(db, comebacks.comebacks_of, earlier) == [read(db, _order_no, new)]
    with db.session_scope() as session:
        assert session.get(RepairOrder, new).comeback_of_id == earlier  # the first-time-fix KPI reads this
        actions = session.scalars(select(AuditEvent.action).where(AuditEvent.order_id == new)).all()
        assert "comeback:confirm" in actions
    # the advisor may decide the work is charged after all
    charged = call(db, comebacks.confirm_comeback, advisor, new, earlier, False)
    assert not charged.free_of_charge and not read(db, comebacks.is_free_comeback, new)


def _order_no(session: Session, order_id: int) -> str:
    return session.get(RepairOrder, order_id).order_no


def test_rejected_proposal_is_not_asked_again_for_that_visit(db: Database, advisor: int) -> None:
    _, car = make_car(db)
    earlier = make_order(db, car, delivered_at=NOW - timedelta(days=4))
    new = make_order(db, car, status=S.RECEIVED, delivered_at=None, received_at=NOW, mileage_in=45_300)
    state = call(db, comebacks.reject_comeback, advisor, new, earlier, "這次是空調問題，與上次剎車無關")
    assert state.proposals == () and state.link is None
    assert read(db, comebacks.proposals_for_order, new) == []
    assert not read(db, comebacks.is_free_comeback, new)
    # a later visit of the same car within the warranty is asked again: it is a new question
    clock.set_fixed(NOW + timedelta(hours=5))
    third = make_order(db, car, status=S.RECEIVED, delivered_at=None, received_at=NOW + timedelta(hours=5),
                       mileage_in=45_320)
    assert [p.earlier_order_id for p in read(db, comebacks.proposals_for_order, third)] == [earlier]


def test_rejecting_the_linked_order_undoes_the_link(db: Database, advisor: int) -> None:
    _, car = make_car(db)
    earlier = make_order(db, car, delivered_at=NOW - timedelta(days=4))
    new = make_order(db, car, status=S.ESTIMATED, delivered_at=None, received_at=NOW, mileage_in=45_300)
    call(db, comebacks.confirm_comeback, advisor, new, earlier)
    call(db, comebacks.reject_comeback, advisor, new, earlier)
    assert read(db, comebacks.comeback_link, new) is None


def test_decisions_are_refused_where_they_make_no_sense(db: Database, advisor: int,
                                                        people: dict[Role, int]) -> None:
    _, car = make_car(db)
    _, other_car = make_car(db)
    earlier = make_order(db, car, delivered_at=NOW - timedelta(days=4))
    foreign = make_order(db, other_car, delivered_at=NOW - timedelta(days=4))
    new = make_order(db, car, status=S.RECEIVED, delivered_at=None, received_at=NOW, mileage_in=45_300)
    with pytest.raises(DomainError) as not_this_car:
        call(db, comebacks.confirm_comeback, advisor, new, foreign)
    assert not_this_car.value.message == comebacks.NOT_EARLIER
    with pytest.raises(DomainError):
        call(db, comebacks.confirm_comeback, advisor, new, new)
    with pytest.raises(PermissionRefused):
        call(db, comebacks.confirm_comeback, people[Role.STORE], new, earlier)
    settled = make_order(db, car, status=S.SETTLED, delivered_at=None, received_at=NOW, mileage_in=45_300)
    with pytest.raises(DomainError) as too_late:
        call(db, comebacks.confirm_comeback, advisor, settled, earlier)
    assert too_late.value.message == comebacks.NOT_LINKABLE
    assert read(db, comebacks.comeback_state, settled).refusal is not None
    # the inspector may decide too
    assert call(db, comebacks.confirm_comeback, people[Role.INSPECTOR], new, earlier).earlier_order_id == earlier
