"""交車 2 Delay calls: a delay is announced to the customer before it happens (萬一有延誤，必須提前和客戶聯繫).

For an order whose car is in the garage and not ready yet (received up to final QC or rework), the advisor records
the call: when, how (phone, in person, message), who answered, the reason, and the new time the customer agreed.
The new time becomes the promised time everybody works to (the board, the work order), as for added work
(``orders.set_promise``). Agreed before the promise in force passed, it is the promise 准時交車率 measures against
from then on; agreed after, the on-time rate keeps the missed promise (``domain.promise``) and the call counts as
late. The board marks a car due within the hour with no delay call (``board.needs_call``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from garage_desktop.db.models import DelayCall, Operator, RepairOrder
from garage_desktop.documents.month import DelayFigures
from garage_desktop.domain import lifecycle, limits
from garage_desktop.domain.classes import Role
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.promise import Promises
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError
from garage_desktop.services import audit, clock, orders, permissions

S = OrderStatus
CALLERS = (Role.ADVISOR,)
METHODS = ("phone", "in_person", "message")
# After 開單 and before the car is ready: a car that passed QC can no longer be late (``board.DONE``). Received and
# estimated orders are included: the promise is given at intake, and a diagnosis can take longer than promised.
DELAYABLE: frozenset[OrderStatus] = frozenset(
    {S.RECEIVED, S.ESTIMATED, S.CONFIRMED, S.DISPATCHED, S.IN_REPAIR, S.AWAITING_APPROVAL, S.QC_PENDING, S.REWORK})

NOT_DELAYABLE = QT_TRANSLATE_NOOP("Domain", "A delay is announced while the car is in the garage and not ready yet; "
                                            "this order is {status}.")
BAD_METHOD = QT_TRANSLATE_NOOP("Domain", "Say how the customer was told: by phone, in person or by message.")
NO_ANSWERED_BY = QT_TRANSLATE_NOOP("Domain", "Enter who answered (the customer, or who spoke for them).")
NO_REASON = QT_TRANSLATE_NOOP("Domain", "Say why the car will be late (the customer is owed the reason).")
CALL_IN_FUTURE = QT_TRANSLATE_NOOP("Domain", "The time of the call may not be in the future.")
CALL_BEFORE_RECEIVED = QT_TRANSLATE_NOOP("Domain", "The call cannot be before the car was received ({received}).")
NO_NEW_TIME = QT_TRANSLATE_NOOP("Domain", "Enter the new time the customer agreed to.")
NEW_TIME_BEFORE_CALL = QT_TRANSLATE_NOOP("Domain", "The new time must be after the call.")
NOT_LATER = QT_TRANSLATE_NOOP("Domain", "The new time must be later than the promised time {promised}: a delay moves "
                                        "the promise on.")
AGREED_LATE = QT_TRANSLATE_NOOP("Domain", "The call came after the promised time {promised} had passed: the board "
                                          "and the work order go by the new time, and the on-time rate still counts "
                                          "the car as late.")


def _stamp(moment: datetime | None) -> str:
    return f"{moment:%Y-%m-%d %H:%M}" if moment else ""


@dataclass(frozen=True)
class DelayCallView:
    id: int
    called_at: datetime
    method: str  # phone / in_person / message
    answered_by: str
    reason: str
    old_promised_at: datetime | None
    new_promised_at: datetime
    in_advance: bool  # agreed before the promise in force had passed
    recorded_by: str


@dataclass(frozen=True)
class DelayContext:
    """What the delay-call dialog shows before anything is typed."""

    order_id: int
    order_no: str
    plate: str
    customer_name: str
    customer_phone: str
    status: OrderStatus
    promised_at: datetime | None
    in_force_at: datetime | None  # the promise the on-time rate measures against
    refusal: DomainError | None  # why no delay call can be recorded for this order now
    calls: tuple[DelayCallView, ...]


@dataclass(frozen=True)
class DelayCallResult:
    call: DelayCallView
    promised_at: datetime
    in_force_at: datetime | None
    note: str | None  # English (AGREED_LATE, placeholder {promised}) when the call came too late
    missed_promise_at: datetime | None  # the promise the on-time rate still measures against


def _names(session: Session, ids: set[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return dict(session.execute(select(Operator.id, Operator.name).where(Operator.id.in_(wanted))).all())


def _views(session: Session, rows: list[DelayCall]) -> list[DelayCallView]:
    names = _names(session, {r.recorded_by_id for r in rows})
    return [DelayCallView(r.id, r.called_at, r.method, r.answered_by, r.reason, r.old_promised_at, r.new_promised_at,
                          r.in_advance, names.get(r.recorded_by_id or 0, "")) for r in rows]


def calls_of(session: Session, order_id: int) -> list[DelayCallView]:
    """The order's delay calls, oldest first."""
    rows = session.scalars(select(DelayCall).where(DelayCall.order_id == order_id)
                           .order_by(DelayCall.called_at, DelayCall.id)).all()
    return _views(session, list(rows))


def calls_by_order(session: Session, order_ids: list[int]) -> dict[int, list[DelayCallView]]:
    """The delay calls of many orders (the vehicle record), oldest first."""
    if not order_ids:
        return {}
    rows = session.scalars(select(DelayCall).where(DelayCall.order_id.in_(order_ids))
                           .order_by(DelayCall.called_at, DelayCall.id)).all()
    found: dict[int, list[DelayCallView]] = {}
    for row, view in zip(rows, _views(session, list(rows)), strict=True):
        found.setdefault(row.order_id, []).append(view)
    return found


def may_record(session: Session, actor: int | None, order_id: int) -> bool:
    """Whether ``actor`` may record a delay call on the order now (the menus offer only what is allowed)."""
    order = session.get(RepairOrder, order_id)
    return order is not None and refusal(session, actor, order) is None


def refusal(session: Session, actor: int | None, order: RepairOrder) -> DomainError | None:
    if order.status not in DELAYABLE:
        return DomainError(NOT_DELAYABLE, status=lifecycle.STATUS_LABELS[order.status])
    try:
        permissions.require(session, actor, *CALLERS)
    except DomainError as error:
        return error
    return None


def context(session: Session, actor: int | None, order_id: int) -> DelayContext:
    order = orders.get_order(session, order_id)
    vehicle, customer = order.vehicle, order.customer
    return DelayContext(
        order.id, order.order_no or f"#{order.id}", vehicle.plate if vehicle else "",
        customer.name if customer else "", customer.phone if customer else "", order.status, order.promised_at,
        Promises(order.promised_at, order.promise_in_force_at).for_kpi, refusal(session, actor, order),
        tuple(calls_of(session, order.id)))


def record_call(session: Session, actor: int | None, order_id: int, called_at: datetime, method: str,
                answered_by: str, reason: str, new_promised_at: datetime | None) -> DelayCallResult:
    """The advisor told the customer the car will be late, and the customer agreed to ``new_promised_at``."""
    permissions.require(session, actor, *CALLERS)
    order = orders.get_order(session, order_id)
    if order.status not in DELAYABLE:
        raise DomainError(NOT_DELAYABLE, status=lifecycle.STATUS_LABELS[order.status])
    if method not in METHODS:
        raise DomainError(BAD_METHOD, field="method")
    who = limits.ANSWERED_BY.check((answered_by or "").strip(), "answered_by")
    if not who:
        raise DomainError(NO_ANSWERED_BY, field="answered_by")
    why = limits.REASON.check((reason or "").strip(), "reason")
    if not why:
        raise DomainError(NO_REASON, field="reason")
    called_at = called_at.replace(second=0, microsecond=0)
    now = clock.now()
    if called_at > now:
        raise DomainError(CALL_IN_FUTURE, field="called_at")
    if order.received_at is not None and called_at < order.received_at.replace(second=0):
        raise DomainError(CALL_BEFORE_RECEIVED, field="called_at", received=_stamp(order.received_at))
    if new_promised_at is None:
        raise DomainError(NO_NEW_TIME, field="new_promised_at")
    new_promised_at = new_promised_at.replace(second=0, microsecond=0)
    if new_promised_at <= called_at:
        raise DomainError(NEW_TIME_BEFORE_CALL, field="new_promised_at")
    old = order.promised_at
    if old is not None and new_promised_at <= old:
        raise DomainError(NOT_LATER, field="new_promised_at", promised=_stamp(old))

    in_force_before = Promises(old, order.promise_in_force_at).for_kpi
    in_advance = in_force_before is None or called_at <= in_force_before
    if order.original_promised_at is None:
        order.original_promised_at = old
    orders.set_promise(order, new_promised_at, called_at)
    row = DelayCall(order_id=order.id, called_at=called_at, method=method, answered_by=who, reason=why,
                    old_promised_at=old, new_promised_at=new_promised_at, in_advance=in_advance, recorded_at=now,
                    recorded_by_id=actor)
    session.add(row)
    order.updated_at = now
    session.flush()
    audit.record(session, actor, "delay_call", "delay_call", row.id, order_id=order.id, after={
        "called_at": _stamp(called_at), "method": method, "answered_by": who, "reason": why,
        "in_advance": in_advance})
    audit.record(session, actor, "promise", "repair_order", order.id, order_id=order.id,
                 before={"promised_at": _stamp(old)},
                 after={"promised_at": _stamp(new_promised_at), "agreed_at": _stamp(called_at),
                        "in_force_for_kpi": _stamp(order.promise_in_force_at)})
    late = order.promise_in_force_at is not None and not in_advance
    return DelayCallResult(_views(session, [row])[0], new_promised_at, order.promise_in_force_at,
                           AGREED_LATE if late else None, order.promise_in_force_at if late else None)


def month_figures(session: Session, orders_on_time: list[tuple[int, bool | None]]) -> DelayFigures:
    """The month's delay figures over ``orders_on_time``: (order id, on time against the original promise; None
    when never ready), the orders the month-end report lists."""
    ids = [order_id for order_id, _on_time in orders_on_time]
    announced: set[int] = set()
    for start in range(0, len(ids), 500):
        announced.update(session.scalars(select(DelayCall.order_id).where(
            DelayCall.order_id.in_(ids[start:start + 500]), DelayCall.in_advance.is_(True))))
    late = {order_id for order_id, on_time in orders_on_time if on_time is False}
    return DelayFigures(len(announced), len(late - announced), len(late))
