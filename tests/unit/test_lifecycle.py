"""The order lifecycle: every allowed transition leads where the process says, every other one is refused
with the reason a user reads in the tooltip of the disabled action."""

from __future__ import annotations

import itertools

import pytest

from garage_desktop.domain import lifecycle
from garage_desktop.domain.lifecycle import (
    FINAL,
    RULES,
    STATUS_LABELS,
    Event,
    OrderStatus,
    TransitionRefused,
    allowed_events,
    apply,
    refusal,
)
from garage_desktop.domain.text import DomainError

S = OrderStatus
E = Event

# The whole state machine written out by hand, independent of RULES: (event, from) -> to.
# A new status or event that is not added here makes test_the_table_covers_the_rules fail.
EXPECTED: dict[tuple[Event, OrderStatus], OrderStatus] = {
    (E.RECEIVE, S.BOOKED): S.RECEIVED,
    (E.NO_SHOW, S.BOOKED): S.NO_SHOW,
    (E.ESTIMATE, S.RECEIVED): S.ESTIMATED,
    (E.ESTIMATE, S.ESTIMATED): S.ESTIMATED,  # revising the estimate
    (E.CONFIRM, S.ESTIMATED): S.CONFIRMED,
    # A counter sale (parts only, no labour) is ready for settlement as soon as the customer confirms.
    (E.CONFIRM_COUNTER_SALE, S.ESTIMATED): S.READY,
    # Dispatching the first line moves a confirmed order on; later dispatches keep the status.
    (E.DISPATCH, S.CONFIRMED): S.DISPATCHED,
    (E.DISPATCH, S.DISPATCHED): S.DISPATCHED,
    (E.DISPATCH, S.IN_REPAIR): S.IN_REPAIR,
    (E.DISPATCH, S.REWORK): S.REWORK,
    (E.START_REPAIR, S.DISPATCHED): S.IN_REPAIR,
    (E.PROPOSE_ADDED_WORK, S.DISPATCHED): S.AWAITING_APPROVAL,
    (E.PROPOSE_ADDED_WORK, S.IN_REPAIR): S.AWAITING_APPROVAL,
    (E.PROPOSE_ADDED_WORK, S.REWORK): S.AWAITING_APPROVAL,
    (E.ANSWER_ADDED_WORK, S.AWAITING_APPROVAL): S.IN_REPAIR,
    (E.FINISH_REPAIR, S.IN_REPAIR): S.QC_PENDING,
    (E.FINISH_REPAIR, S.REWORK): S.QC_PENDING,
    (E.QC_FAIL, S.QC_PENDING): S.REWORK,
    (E.REWORK_DONE, S.REWORK): S.QC_PENDING,
    (E.QC_PASS, S.QC_PENDING): S.READY,
    (E.RELEASE_ON_DEPOSIT, S.READY): S.DEPOSIT_RELEASED,
    # Settling a car that already left on a deposit completes its delivery.
    (E.SETTLE, S.READY): S.SETTLED,
    (E.SETTLE, S.DEPOSIT_RELEASED): S.DELIVERED,
    (E.DELIVER, S.SETTLED): S.DELIVERED,
    (E.FOLLOW_UP, S.DELIVERED): S.FOLLOWED_UP,
    (E.REFUND_DEPOSIT, S.DEPOSIT_RELEASED): S.REFUNDED,
    **{(E.CANCEL, s): S.CANCELLED for s in (S.BOOKED, S.RECEIVED, S.ESTIMATED, S.CONFIRMED, S.DISPATCHED,
                                            S.IN_REPAIR, S.AWAITING_APPROVAL, S.QC_PENDING, S.REWORK,
                                            S.READY)},
    # Issue 14: declined with a diagnosis fee (settled unrepaired), a voided payment reopening a settlement, and
    # the workshop's steps undone while the next one has not begun.
    (E.DECLINE_ESTIMATE, S.ESTIMATED): S.READY,
    (E.REOPEN_SETTLEMENT, S.SETTLED): S.READY,
    (E.UNDO_DISPATCH, S.DISPATCHED): S.CONFIRMED,
    (E.UNDO_START, S.IN_REPAIR): S.DISPATCHED,
    (E.UNDO_FINISH_REPAIR, S.QC_PENDING): S.IN_REPAIR,
    (E.UNDO_REWORK_DONE, S.QC_PENDING): S.REWORK,
}

ALL_PAIRS = list(itertools.product(Event, OrderStatus))
ALLOWED = [pair for pair in ALL_PAIRS if pair in EXPECTED]
REFUSED = [pair for pair in ALL_PAIRS if pair not in EXPECTED]


def _id(pair: tuple[Event, OrderStatus]) -> str:
    return f"{pair[0].value}-from-{pair[1].value}"


def _reason(event: Event) -> str | None:
    return "customer changed their mind" if event is E.CANCEL else None


def test_the_table_covers_the_rules() -> None:
    """The hand-written table and the rules agree on which pairs are allowed: nothing slips through."""
    from_rules = {(event, status) for event, rule in RULES.items() for status in rule.sources}
    assert from_rules == set(EXPECTED)
    assert set(RULES) == set(Event)


@pytest.mark.parametrize("pair", ALLOWED, ids=_id)
def test_allowed_transition_leads_to_expected_status(pair: tuple[Event, OrderStatus]) -> None:
    event, status = pair
    assert refusal(event, status) is None
    assert event in allowed_events(status)
    assert apply(event, status, reason=_reason(event)) is EXPECTED[pair]


@pytest.mark.parametrize("pair", REFUSED, ids=_id)
def test_refused_transition_gives_its_reason(pair: tuple[Event, OrderStatus]) -> None:
    event, status = pair
    why = refusal(event, status)
    expected = lifecycle._FINAL_REASON if status in FINAL else RULES[event].needs
    assert why == expected
    assert event not in allowed_events(status)
    with pytest.raises(TransitionRefused) as refused:
        apply(event, status, reason=_reason(event))
    assert refused.value.message == expected
    assert refused.value.params["status"] == STATUS_LABELS[status]
    assert isinstance(refused.value, DomainError)


@pytest.mark.parametrize("status", sorted(FINAL), ids=str)
def test_nothing_happens_to_a_closed_order(status: OrderStatus) -> None:
    assert allowed_events(status) == []
    assert "closed" in refusal(E.CANCEL, status)


@pytest.mark.parametrize("status", list(OrderStatus), ids=str)
def test_every_reason_is_readable_as_a_tooltip(status: OrderStatus) -> None:
    """A tooltip shows ``refusal`` translated but not formatted: it may not contain an unfilled placeholder."""
    for event in Event:
        why = refusal(event, status)
        if why is not None:
            assert why.strip() and "{" not in why, (event, status, why)


def test_every_status_has_a_label_and_an_exit_or_is_final() -> None:
    assert set(STATUS_LABELS) == set(OrderStatus)
    for status in OrderStatus:
        assert bool(allowed_events(status)) != (status in FINAL), status


def test_every_status_is_reachable_from_a_booking_or_a_walk_in() -> None:
    reached = {S.BOOKED, S.RECEIVED}
    frontier = list(reached)
    while frontier:
        status = frontier.pop()
        for event in allowed_events(status):
            target = apply(event, status, reason=_reason(event))
            if target not in reached:
                reached.add(target)
                frontier.append(target)
    assert reached == set(OrderStatus)


@pytest.mark.parametrize("reason", [None, "", "   ", "\t\n"])
def test_cancel_needs_a_reason(reason: str | None) -> None:
    with pytest.raises(TransitionRefused) as refused:
        apply(E.CANCEL, S.IN_REPAIR, reason=reason)
    assert refused.value.field == "reason"
    assert refused.value.params["status"] == STATUS_LABELS[S.IN_REPAIR]
    assert "why" in refused.value.english().lower()


def test_cancel_with_a_reason_cancels() -> None:
    assert apply(E.CANCEL, S.BOOKED, reason=" 客戶改期 ") is S.CANCELLED


def test_refused_message_in_english_has_no_placeholder_left() -> None:
    with pytest.raises(TransitionRefused) as refused:
        apply(E.DELIVER, S.CANCELLED)
    assert "{" not in refused.value.english()
    assert "closed" in refused.value.english()


def test_the_happy_path_and_a_rework_loop() -> None:
    status = S.BOOKED
    path = [E.RECEIVE, E.ESTIMATE, E.ESTIMATE, E.CONFIRM, E.DISPATCH, E.START_REPAIR, E.PROPOSE_ADDED_WORK,
            E.ANSWER_ADDED_WORK, E.FINISH_REPAIR, E.QC_FAIL, E.DISPATCH, E.REWORK_DONE, E.QC_PASS, E.SETTLE,
            E.DELIVER, E.FOLLOW_UP]
    for event in path:
        status = apply(event, status)
    assert status is S.FOLLOWED_UP


def test_intermittent_fault_leaves_on_deposit_then_settles_or_refunds() -> None:
    released = apply(E.RELEASE_ON_DEPOSIT, S.READY)
    assert released is S.DEPOSIT_RELEASED
    assert released not in lifecycle.IN_SHOP and released not in FINAL  # out of the shop, still open
    assert apply(E.SETTLE, released) is S.DELIVERED
    assert apply(E.REFUND_DEPOSIT, released) is S.REFUNDED
    assert refusal(E.CANCEL, released) is not None  # the car has left: no cancelling


def test_in_shop_statuses_are_the_ones_the_board_shows() -> None:
    assert S.BOOKED not in lifecycle.IN_SHOP
    assert not (lifecycle.IN_SHOP & FINAL)
    assert S.DELIVERED not in lifecycle.IN_SHOP


def test_a_declined_estimate_is_read_from_its_reason() -> None:
    """The customer declined the estimate and the order went on to settle the diagnosis fee: it has a reason why
    the work was not done but is neither cancelled nor a no-show (``services.order_actions.decline_estimate``)."""
    assert lifecycle.declined(S.READY, "客戶嫌貴") and lifecycle.declined(S.FOLLOWED_UP, "太貴")
    assert not lifecycle.declined(S.CANCELLED, "客戶取消") and not lifecycle.declined(S.NO_SHOW, "沒來")
    assert not lifecycle.declined(S.DELIVERED, "") and not lifecycle.declined(S.READY, None)
    assert apply(E.DECLINE_ESTIMATE, S.ESTIMATED) is S.READY
