"""The repair order's life as one explicit state machine: statuses, events, and why an event is refused.

The order is born as a booking (预約) or a walk-in intake and ends delivered and followed up, released on a
deposit and later settled or refunded, or cancelled with a reason. Screens ask ``allowed_events`` to enable
their actions and show ``refusal`` as the tooltip of a disabled one; services call ``apply`` again before they
write, so a stale screen can never move an order where it may not go.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError


class OrderStatus(StrEnum):
    BOOKED = "booked"  # 預約: a time is booked, the car has not arrived
    RECEIVED = "received"  # 接車: intake done, waiting for diagnosis
    ESTIMATED = "estimated"  # 檢測診斷/估價: diagnosed, estimate given (may be revised)
    CONFIRMED = "confirmed"  # 開單: the customer confirmed the 維修工單, prices locked
    DISPATCHED = "dispatched"  # 派工: lines assigned to teams
    IN_REPAIR = "in_repair"  # 維修作業
    AWAITING_APPROVAL = "awaiting_approval"  # 追加項目 waits for the customer's answer
    QC_PENDING = "qc_pending"  # 完工待檢: work finished, waiting for final QC
    REWORK = "rework"  # 總檢不合格 → 返工
    READY = "ready"  # 總檢合格, customer told: waiting for settlement
    DEPOSIT_RELEASED = "deposit_released"  # 押金提車 (intermittent fault): car out, order open
    SETTLED = "settled"  # 結算
    DELIVERED = "delivered"  # 交車
    FOLLOWED_UP = "followed_up"  # 回訪 done
    REFUNDED = "refunded"  # deposit returned, order closed without settlement
    NO_SHOW = "no_show"  # booked car never came
    CANCELLED = "cancelled"  # cancelled with a reason


class Event(StrEnum):
    RECEIVE = "receive"
    NO_SHOW = "no_show"
    ESTIMATE = "estimate"
    CONFIRM = "confirm"
    CONFIRM_COUNTER_SALE = "confirm_counter_sale"  # parts only, no labour: straight to settlement
    DISPATCH = "dispatch"
    START_REPAIR = "start_repair"
    PROPOSE_ADDED_WORK = "propose_added_work"
    ANSWER_ADDED_WORK = "answer_added_work"
    FINISH_REPAIR = "finish_repair"
    QC_FAIL = "qc_fail"
    REWORK_DONE = "rework_done"
    QC_PASS = "qc_pass"
    RELEASE_ON_DEPOSIT = "release_on_deposit"
    SETTLE = "settle"
    DELIVER = "deliver"
    FOLLOW_UP = "follow_up"
    REFUND_DEPOSIT = "refund_deposit"
    CANCEL = "cancel"
    # Issue 14: the customer declines the estimate and pays only the diagnosis fee (檢測診斷費); the unrepaired car
    # goes to the cashier like a counter sale (``services.order_actions.decline_estimate``).
    DECLINE_ESTIMATE = "decline_estimate"
    # A payment of a settled order was voided: it owes again (``services.order_actions.void_payment``).
    REOPEN_SETTLEMENT = "reopen_settlement"
    # Undoing a step entered by mistake while the next one has not begun (``services.order_actions``).
    UNDO_DISPATCH = "undo_dispatch"  # the last dispatched line taken back: confirmed again
    UNDO_START = "undo_start"  # the last started line's start taken back: dispatched again
    UNDO_FINISH_REPAIR = "undo_finish_repair"  # "repair finished" taken back before QC began
    UNDO_REWORK_DONE = "undo_rework_done"  # "rework done" taken back before QC began


S = OrderStatus

# Statuses in which the order is still in the garage's hands (shown on the workshop board).
IN_SHOP: frozenset[OrderStatus] = frozenset(
    {S.RECEIVED, S.ESTIMATED, S.CONFIRMED, S.DISPATCHED, S.IN_REPAIR, S.AWAITING_APPROVAL, S.QC_PENDING,
     S.REWORK, S.READY, S.SETTLED}
)
# Statuses after which nothing more happens to the order.
FINAL: frozenset[OrderStatus] = frozenset({S.FOLLOWED_UP, S.REFUNDED, S.NO_SHOW, S.CANCELLED})
# Statuses from which the order can still be cancelled: before any money changed hands or the car left.
CANCELLABLE: frozenset[OrderStatus] = frozenset(
    {S.BOOKED, S.RECEIVED, S.ESTIMATED, S.CONFIRMED, S.DISPATCHED, S.IN_REPAIR, S.AWAITING_APPROVAL,
     S.QC_PENDING, S.REWORK, S.READY}
)
# Work-in-progress statuses in which added work may be proposed.
WORKING: frozenset[OrderStatus] = frozenset({S.DISPATCHED, S.IN_REPAIR, S.REWORK})


@dataclass(frozen=True)
class Rule:
    """An event: the statuses it may start from, where it leads, and why it is refused elsewhere."""

    sources: frozenset[OrderStatus]
    target: OrderStatus | None  # None: the order stays where it was (see ``target_for``)
    needs: str  # the English reason shown when the event is refused


def _rule(sources: set[OrderStatus] | frozenset[OrderStatus], target: OrderStatus | None, needs: str) -> Rule:
    return Rule(frozenset(sources), target, needs)


RULES: dict[Event, Rule] = {
    Event.RECEIVE: _rule({S.BOOKED}, S.RECEIVED,
                         QT_TRANSLATE_NOOP("Domain", "Only a booked appointment can be received.")),
    Event.NO_SHOW: _rule({S.BOOKED}, S.NO_SHOW,
                         QT_TRANSLATE_NOOP("Domain", "Only a booked appointment can be marked as a no-show.")),
    Event.ESTIMATE: _rule({S.RECEIVED, S.ESTIMATED}, S.ESTIMATED,
                          QT_TRANSLATE_NOOP("Domain", "The estimate can be written or revised only after intake and "
                                               "before the customer confirms the work order.")),
    Event.CONFIRM: _rule({S.ESTIMATED}, S.CONFIRMED,
                         QT_TRANSLATE_NOOP("Domain", "The customer can confirm the work order only once it has an "
                                              "estimate and has not been confirmed yet.")),
    # A counter sale (parts only, no labour line): nothing to dispatch, repair or inspect, so the confirmed
    # order is ready for settlement at once (its parts are issued while it waits there).
    Event.CONFIRM_COUNTER_SALE: _rule({S.ESTIMATED}, S.READY,
                                      QT_TRANSLATE_NOOP("Domain", "The customer can confirm the work order only "
                                                           "once it has an estimate and has not been confirmed "
                                                           "yet.")),
    Event.DISPATCH: _rule({S.CONFIRMED, S.DISPATCHED, S.IN_REPAIR, S.REWORK}, None,
                          QT_TRANSLATE_NOOP("Domain", "Work can be dispatched only after the customer confirmed the "
                                               "work order and before final QC.")),
    Event.START_REPAIR: _rule({S.DISPATCHED}, S.IN_REPAIR,
                              QT_TRANSLATE_NOOP("Domain", "Repair can start only after the work has been dispatched.")),
    Event.PROPOSE_ADDED_WORK: _rule(WORKING, S.AWAITING_APPROVAL,
                                    QT_TRANSLATE_NOOP("Domain", "Added work can be proposed only while the car is "
                                                         "being repaired.")),
    Event.ANSWER_ADDED_WORK: _rule({S.AWAITING_APPROVAL}, S.IN_REPAIR,
                                   QT_TRANSLATE_NOOP("Domain", "There is no added work waiting for the customer's "
                                                        "answer.")),
    Event.FINISH_REPAIR: _rule({S.IN_REPAIR, S.REWORK}, S.QC_PENDING,
                               QT_TRANSLATE_NOOP("Domain", "Only a car in repair or rework can be reported finished "
                                                    "for final QC; added work must be answered first.")),
    Event.QC_FAIL: _rule({S.QC_PENDING}, S.REWORK,
                         QT_TRANSLATE_NOOP("Domain", "Final QC can be recorded only after the repair is reported "
                                              "finished.")),
    Event.REWORK_DONE: _rule({S.REWORK}, S.QC_PENDING,
                             QT_TRANSLATE_NOOP("Domain", "Only an order sent back for rework can be reported "
                                                  "reworked.")),
    Event.QC_PASS: _rule({S.QC_PENDING}, S.READY,
                         QT_TRANSLATE_NOOP("Domain", "Final QC can be recorded only after the repair is reported "
                                              "finished.")),
    Event.RELEASE_ON_DEPOSIT: _rule({S.READY}, S.DEPOSIT_RELEASED,
                                    QT_TRANSLATE_NOOP("Domain", "A car can leave on a deposit only after it passed "
                                                         "final QC and before settlement.")),
    Event.SETTLE: _rule({S.READY, S.DEPOSIT_RELEASED}, None,
                        QT_TRANSLATE_NOOP("Domain", "Settlement needs an order that passed final QC (or left on a "
                                             "deposit) and is not settled yet.")),
    Event.DELIVER: _rule({S.SETTLED}, S.DELIVERED,
                         QT_TRANSLATE_NOOP("Domain", "The car can be handed over only after it passed final QC and "
                                              "was settled.")),
    Event.FOLLOW_UP: _rule({S.DELIVERED}, S.FOLLOWED_UP,
                           QT_TRANSLATE_NOOP("Domain", "The follow-up call is made after the car was delivered.")),
    Event.REFUND_DEPOSIT: _rule({S.DEPOSIT_RELEASED}, S.REFUNDED,
                                QT_TRANSLATE_NOOP("Domain", "Only an order released on a deposit can have its "
                                                     "deposit refunded.")),
    Event.CANCEL: _rule(CANCELLABLE, S.CANCELLED,
                        QT_TRANSLATE_NOOP("Domain", "An order can be cancelled only before settlement and before "
                                             "the car has left.")),
    Event.DECLINE_ESTIMATE: _rule({S.ESTIMATED}, S.READY,
                                  QT_TRANSLATE_NOOP("Domain", "The customer can decline only an estimate that was "
                                                       "given and not confirmed yet.")),
    Event.REOPEN_SETTLEMENT: _rule({S.SETTLED}, S.READY,
                                   QT_TRANSLATE_NOOP("Domain", "Only a settled order whose car is still in the "
                                                        "garage can go back to settlement.")),
    Event.UNDO_DISPATCH: _rule({S.DISPATCHED}, S.CONFIRMED,
                               QT_TRANSLATE_NOOP("Domain", "Dispatching can be undone only while no work has "
                                                    "started on the car.")),
    Event.UNDO_START: _rule({S.IN_REPAIR}, S.DISPATCHED,
                            QT_TRANSLATE_NOOP("Domain", "The start of the repair can be undone only while the car "
                                                 "is in repair.")),
    Event.UNDO_FINISH_REPAIR: _rule({S.QC_PENDING}, S.IN_REPAIR,
                                    QT_TRANSLATE_NOOP("Domain", "The repair can be reopened only while the car "
                                                         "waits for final QC.")),
    Event.UNDO_REWORK_DONE: _rule({S.QC_PENDING}, S.REWORK,
                                  QT_TRANSLATE_NOOP("Domain", "The repair can be reopened only while the car "
                                                       "waits for final QC.")),
}

STATUS_LABELS: dict[OrderStatus, str] = {
    S.BOOKED: QT_TRANSLATE_NOOP("Domain", "Booked"),
    S.RECEIVED: QT_TRANSLATE_NOOP("Domain", "Received"),
    S.ESTIMATED: QT_TRANSLATE_NOOP("Domain", "Estimated"),
    S.CONFIRMED: QT_TRANSLATE_NOOP("Domain", "Work order confirmed"),
    S.DISPATCHED: QT_TRANSLATE_NOOP("Domain", "Dispatched"),
    S.IN_REPAIR: QT_TRANSLATE_NOOP("Domain", "In repair"),
    S.AWAITING_APPROVAL: QT_TRANSLATE_NOOP("Domain", "Added work awaiting customer"),
    S.QC_PENDING: QT_TRANSLATE_NOOP("Domain", "Awaiting final QC"),
    S.REWORK: QT_TRANSLATE_NOOP("Domain", "Rework"),
    S.READY: QT_TRANSLATE_NOOP("Domain", "Ready for pickup"),
    S.DEPOSIT_RELEASED: QT_TRANSLATE_NOOP("Domain", "Released on deposit"),
    S.SETTLED: QT_TRANSLATE_NOOP("Domain", "Settled"),
    S.DELIVERED: QT_TRANSLATE_NOOP("Domain", "Delivered"),
    S.FOLLOWED_UP: QT_TRANSLATE_NOOP("Domain", "Followed up"),
    S.REFUNDED: QT_TRANSLATE_NOOP("Domain", "Deposit refunded"),
    S.NO_SHOW: QT_TRANSLATE_NOOP("Domain", "No-show"),
    S.CANCELLED: QT_TRANSLATE_NOOP("Domain", "Cancelled"),
}

# No placeholder here: screens show ``refusal`` as a tooltip, translated but not formatted.
_FINAL_REASON = QT_TRANSLATE_NOOP("Domain", "The order is closed; nothing more can happen to it.")
_CANCEL_REASON_MISSING = QT_TRANSLATE_NOOP("Domain", "Say why the order is cancelled.")


class TransitionRefused(DomainError):
    """The order's status does not allow the event."""


def target_for(event: Event, status: OrderStatus) -> OrderStatus:
    """Where ``event`` leads from ``status`` (which must be allowed)."""
    rule = RULES[event]
    if rule.target is not None:
        return rule.target
    if event is Event.DISPATCH:
        # Dispatching the first line moves a confirmed order on; re-dispatching keeps the status.
        return S.DISPATCHED if status is S.CONFIRMED else status
    if event is Event.SETTLE:
        # A car that left on a deposit is already out: settling it completes the delivery.
        return S.DELIVERED if status is S.DEPOSIT_RELEASED else S.SETTLED
    raise AssertionError(f"no target for {event}")  # pragma: no cover - every open target is handled


def refusal(event: Event, status: OrderStatus) -> str | None:
    """None when ``event`` is allowed from ``status``; otherwise the (English, translatable) reason."""
    rule = RULES[event]
    if status in rule.sources:
        return None
    if status in FINAL:
        return _FINAL_REASON
    return rule.needs


def declined(status: OrderStatus, cancel_reason: str | None) -> bool:
    """The customer declined the estimate and the order went to settlement for the diagnosis fee only
    (``Event.DECLINE_ESTIMATE``): nothing was repaired. Read from the order itself: its ``cancel_reason`` (why the
    work was not done) is written only by a cancellation, a no-show or such a decline, so an order that has one
    and is neither cancelled nor a no-show was declined."""
    return bool((cancel_reason or "").strip()) and status not in (S.CANCELLED, S.NO_SHOW)


def allowed_events(status: OrderStatus) -> list[Event]:
    return [event for event in Event if refusal(event, status) is None]


def apply(event: Event, status: OrderStatus, *, reason: str | None = None) -> OrderStatus:
    """The next status, or ``TransitionRefused`` saying why not. Cancelling needs a reason."""
    why = refusal(event, status)
    if why is not None:
        raise TransitionRefused(why, status=STATUS_LABELS[status])
    if event is Event.CANCEL and not (reason and reason.strip()):
        raise TransitionRefused(_CANCEL_REASON_MISSING, field="reason", status=STATUS_LABELS[status])
    return target_for(event, status)
