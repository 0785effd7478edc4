"""出廠跟蹤 Follow-up: the call two days after the car left, its outcome, and complaints as open items.

Timing: a car that left on day D is *due* for its call from the start of calendar day D+2 ("delivered two
days ago or earlier"); before that it is *upcoming* and may be called already. The call is *late* once 48
hours have passed since the handover (``domain.kpi.FOLLOW_UP_WITHIN``, the follow-up rate's "within 2 days"),
so the queue and the month's KPI agree on which calls were on time. A call that does not reach the customer keeps the order due (each
attempt is recorded). A reached call on a delivered order moves it to FOLLOWED_UP; a car released on a deposit
(DEPOSIT_RELEASED) is called too, but its status stays (the lifecycle allows FOLLOW_UP only from DELIVERED and
the order is still open for its settlement or refund). A complaint raised in a call is an open item with an
owner until it is resolved, and open complaints come first in the queue.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from garage_desktop.db.models import Customer, FollowUp, LabourLine, Operator, RepairOrder, Vehicle
from garage_desktop.domain import lifecycle, limits
from garage_desktop.domain.kpi import FOLLOW_UP_WITHIN
from garage_desktop.domain.lifecycle import Event, OrderStatus, TransitionRefused
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError, PermissionRefused
from garage_desktop.services import audit, changes, clock, followup_talk, orders, permissions
from garage_desktop.services.changes import Changes, Mark
from garage_desktop.services.followup_talk import Answer, AnswerView, ReferredCustomer

S = OrderStatus
CALLERS = followup_talk.CALLERS  # the advisor (and the owner, who holds every role)
DUE_AFTER_DAYS = 2
GIVE_UP_AFTER_DAYS = 30  # never reached within this many days of the handover: off the lists (``given_up_before``)
# Cars that have left and still wait for their call.
WAITING: frozenset[OrderStatus] = frozenset({S.DELIVERED, S.DEPOSIT_RELEASED})
# Orders a call can be recorded on (a second call after the follow-up, about a complaint, is fine).
CALLABLE: frozenset[OrderStatus] = WAITING | {S.FOLLOWED_UP}

NO_SATISFACTION = QT_TRANSLATE_NOOP("Domain", "Ask how satisfied the customer is: 1 (very unhappy) to 5 (very "
                                              "happy).")
NOT_REACHED_SATISFACTION = QT_TRANSLATE_NOOP("Domain", "Satisfaction can be given only when the customer was "
                                                       "reached.")
NOT_REACHED_COMPLAINT = QT_TRANSLATE_NOOP("Domain", "A complaint can be recorded only when the customer was "
                                                    "reached.")
NO_OWNER = QT_TRANSLATE_NOOP("Domain", "Choose who takes care of the complaint.")
NO_RESOLUTION = QT_TRANSLATE_NOOP("Domain", "Say how the complaint was resolved.")
NO_COMPLAINT = QT_TRANSLATE_NOOP("Domain", "There is no such complaint.")
ALREADY_CLOSED = QT_TRANSLATE_NOOP("Domain", "This complaint is already closed.")


def due_on(delivered_at: datetime) -> date:
    """The day the call falls due: two calendar days after the car left."""
    return delivered_at.date() + timedelta(days=DUE_AFTER_DAYS)


def given_up_before(now: datetime) -> datetime:
    """A car handed over before this whose customer was never reached has left the lists of calls to make: a call
    a month after the handover is no follow-up any more (it still counts as not followed up, and the call can
    still be recorded on the order when it is opened by name)."""
    return datetime.combine(now.date() - timedelta(days=GIVE_UP_AFTER_DAYS), time.min)


def deadline(delivered_at: datetime) -> datetime:
    """The last moment the call counts as made on time (the follow-up rate's 2 days)."""
    return delivered_at + FOLLOW_UP_WITHIN


@dataclass(frozen=True)
class CallDue:
    """A car that left and whose customer has not been reached yet."""

    order_id: int
    order_no: str
    status: OrderStatus
    vehicle_id: int | None
    plate: str
    make_model: str
    customer_id: int | None
    customer_name: str
    phone: str
    delivered_at: datetime
    due_on: date  # listed as due from this day on
    deadline: datetime  # on time until then
    late: bool  # the deadline has passed
    attempts: int  # calls that did not reach the customer
    last_attempt_at: datetime | None
    work: tuple[str, ...]  # the labour items done, to talk about

    @property
    def on_deposit(self) -> bool:
        return self.status is S.DEPOSIT_RELEASED


@dataclass(frozen=True)
class OpenComplaint:
    follow_up_id: int
    order_id: int
    order_no: str
    vehicle_id: int | None
    plate: str
    customer_id: int | None
    customer_name: str
    phone: str
    complaint: str
    raised_at: datetime
    raised_by: str
    owner_id: int | None
    owner: str


@dataclass(frozen=True)
class FollowUpQueue:
    complaints: tuple[OpenComplaint, ...]  # open, oldest first: above everything else until closed
    due: tuple[CallDue, ...]  # due or overdue, the oldest delivery first
    upcoming: tuple[CallDue, ...]  # left less than two days ago: may be called already


@dataclass(frozen=True)
class CallResult:
    follow_up_id: int
    order_id: int
    status: OrderStatus
    reached: bool
    complaint_open: bool


@dataclass(frozen=True)
class FollowUpEntry:
    """One call in a customer's follow-up file."""

    follow_up_id: int
    order_id: int
    order_no: str
    plate: str
    delivered_at: datetime | None
    called_at: datetime
    called_by: str
    reached: bool
    satisfaction: int | None
    remarks: str
    complaint: str
    complaint_owner: str
    resolution: str
    resolved_at: datetime | None
    answers: tuple[AnswerView, ...] = ()  # the script's questions answered, as asked
    referred: tuple[ReferredCustomer, ...] = ()  # the new customers this call's referral brought

    @property
    def complaint_open(self) -> bool:
        return bool(self.complaint) and self.resolved_at is None

    @property
    def referral_asked(self) -> bool:
        return any(answer.kind == "referral" for answer in self.answers)


# --- the queue -----------------------------------------------------------------------------------------------

def _names(session: Session, ids: set[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return dict(session.execute(select(Operator.id, Operator.name).where(Operator.id.in_(wanted))).all())


def _chunks(ids: list[int], size: int = 500) -> list[list[int]]:
    return [ids[start:start + size] for start in range(0, len(ids), size)]


def _work(session: Session, order_ids: list[int]) -> dict[int, tuple[str, ...]]:
    work: dict[int, list[str]] = {}
    for chunk in _chunks(order_ids):
        for order_id, name in session.execute(select(LabourLine.order_id, LabourLine.name)
                                              .where(LabourLine.order_id.in_(chunk))
                                              .order_by(LabourLine.order_id, LabourLine.seq)):
            work.setdefault(order_id, []).append(name)
    return {k: tuple(v) for k, v in work.items()}


def _not_reached() -> Any:
    """The order's customer has not been reached yet (no reached call): looked up per order by the index on
    ``follow_up.order_id`` (``NOT IN`` the reached calls would read every call of the years first)."""
    return ~select(FollowUp.id).where(FollowUp.order_id == RepairOrder.id, FollowUp.reached.is_(True)).exists()


def _waiting_calls(session: Session, now: datetime, order_id: int | None = None,
                   order_ids: Collection[int] | None = None) -> list[CallDue]:
    """The calls to make (of ``order_id``, or of ``order_ids``, if given), the oldest delivery first."""
    if order_ids is not None:
        listed = sorted(set(order_ids))
        return sorted((call for chunk in _chunks(listed) for call in _waiting_calls_where(session, now, None, chunk)),
                      key=lambda call: (call.delivered_at, call.order_id))
    return _waiting_calls_where(session, now, order_id, None)


def _waiting_calls_where(session: Session, now: datetime, order_id: int | None,
                         within: list[int] | None) -> list[CallDue]:
    stmt = (select(RepairOrder.id, RepairOrder.order_no, RepairOrder.status, RepairOrder.vehicle_id,
                   RepairOrder.delivered_at, Vehicle.plate, Vehicle.make, Vehicle.model, Customer.id.label("person"),
                   Customer.name, Customer.phone)
            .outerjoin(Vehicle, Vehicle.id == RepairOrder.vehicle_id)
            .outerjoin(Customer, Customer.id == RepairOrder.customer_id)
            .where(RepairOrder.status.in_(list(WAITING)), RepairOrder.delivered_at.is_not(None), _not_reached())
            .order_by(RepairOrder.delivered_at, RepairOrder.id))
    if order_id is not None:  # one order asked for by name (opened from anywhere): however long ago it left
        stmt = stmt.where(RepairOrder.id == order_id)
    else:
        stmt = stmt.where(RepairOrder.delivered_at >= given_up_before(now))
    if within is not None:
        stmt = stmt.where(RepairOrder.id.in_(within))
    rows = session.execute(stmt).all()
    ids = [row.id for row in rows]
    attempts = {oid: (count, last) for chunk in _chunks(ids) for oid, count, last in session.execute(
        select(FollowUp.order_id, func.count(FollowUp.id), func.max(FollowUp.called_at))
        .where(FollowUp.order_id.in_(chunk)).group_by(FollowUp.order_id))}
    work = _work(session, ids)
    calls = []
    for row in rows:
        count, last = attempts.get(row.id, (0, None))
        last_moment = deadline(row.delivered_at)
        calls.append(CallDue(
            row.id, row.order_no or f"#{row.id}", row.status, row.vehicle_id, row.plate or "",
            " ".join(p for p in (row.make, row.model) if p), row.person, row.name or "", row.phone or "",
            row.delivered_at, due_on(row.delivered_at), last_moment, now > last_moment, count, last,
            work.get(row.id, ())))
    return calls


def calls_due(session: Session, now: datetime) -> list[CallDue]:
    """The calls due: cars that left two calendar days ago or earlier and whose customer was not reached yet,
    the oldest delivery first."""
    today = now.date()
    return [call for call in _waiting_calls(session, now) if call.due_on <= today]


def count_due(connection: Connection | Session, now: datetime) -> int:
    """How many calls are due (``calls_due``), counted by the database alone: the status bar shows it and reads
    it again after every change, on a plain connection (``AppContext.read_core``) or a session."""
    # due_on(delivered) <= today  ⇔  delivered before the start of the day DUE_AFTER_DAYS - 1 days ago
    before = datetime.combine(now.date() - timedelta(days=DUE_AFTER_DAYS - 1), time.min)
    # The status wrapped so that the planner takes the month of handovers from the index on ``delivered_at``: by
    # the index on the status it would read every order of the years never followed up (SQLite does, analysed or not).
    stmt = (select(func.count()).select_from(RepairOrder)
            .where(func.coalesce(RepairOrder.status, RepairOrder.status).in_(list(WAITING)),
                   RepairOrder.delivered_at.is_not(None), RepairOrder.delivered_at < before,
                   RepairOrder.delivered_at >= given_up_before(now), _not_reached()))
    return connection.scalar(stmt) or 0


def open_complaints(session: Session, order_ids: Collection[int] | None = None) -> list[OpenComplaint]:
    """Complaints not resolved yet (on ``order_ids``, if given), the oldest first."""
    stmt = (select(FollowUp, RepairOrder, Vehicle, Customer)
            .join(RepairOrder, RepairOrder.id == FollowUp.order_id)
            .outerjoin(Vehicle, Vehicle.id == RepairOrder.vehicle_id)
            .outerjoin(Customer, Customer.id == RepairOrder.customer_id)
            .where(FollowUp.complaint != "", FollowUp.resolved_at.is_(None))
            .order_by(FollowUp.called_at, FollowUp.id))
    if order_ids is not None:
        stmt = stmt.where(FollowUp.order_id.in_(sorted(set(order_ids))))
    rows = session.execute(stmt).all()
    names = _names(session, {f.called_by_id for f, *_ in rows} | {f.complaint_owner_id for f, *_ in rows})
    return [OpenComplaint(f.id, o.id, o.order_no or f"#{o.id}", o.vehicle_id, v.plate if v else "",
                          c.id if c else None,
                          c.name if c else "", c.phone if c else "", f.complaint, f.called_at,
                          names.get(f.called_by_id or 0, ""), f.complaint_owner_id,
                          names.get(f.complaint_owner_id or 0, ""))
            for f, o, v, c in rows]


def queue(session: Session, now: datetime) -> FollowUpQueue:
    """What the follow-up tab lists: open complaints, then the calls due, then the calls coming up."""
    today = now.date()
    waiting = _waiting_calls(session, now)
    return FollowUpQueue(tuple(open_complaints(session)), tuple(c for c in waiting if c.due_on <= today),
                         tuple(c for c in waiting if c.due_on > today))


@dataclass(frozen=True)
class QueueUpdate:
    """What changed in the queue since the audit event a screen saw last (``changes.since``): the calls and open
    complaints of the orders changed (those orders' others are gone), or ``changes.start_over``."""

    changes: Changes
    calls: tuple[CallDue, ...]
    complaints: tuple[OpenComplaint, ...]


def queue_changes(session: Session, seen: Mark, now: datetime) -> QueueUpdate:
    """The queue's changes since ``seen``: only the orders the audit trail says changed are read (issue 20: the
    follow-up tab keeps years of calls due and does not read them all again after each change)."""
    found = changes.since(session, seen)
    if found.start_over or not found.order_ids:
        return QueueUpdate(found, (), ())
    return QueueUpdate(found, tuple(_waiting_calls(session, now, order_ids=found.order_ids)),
                       tuple(open_complaints(session, found.order_ids)))


def call_target(session: Session, order_id: int, now: datetime) -> CallDue | None:
    """The order as a call to make (None when its customer has been reached or the car has not left)."""
    found = _waiting_calls(session, now, order_id)
    return found[0] if found else None


def caller_refusal(session: Session, actor: int | None) -> DomainError | None:
    """Why the operator may not record calls or close complaints (None for an advisor or the owner)."""
    try:
        permissions.require(session, actor, *CALLERS)
    except PermissionRefused as error:
        return error
    return None


# --- recording -----------------------------------------------------------------------------------------------

_LIMITS = {"remarks": limits.FOLLOW_UP_REMARKS, "complaint": limits.FOLLOW_UP_COMPLAINT,
           "resolution": limits.RESOLUTION}


def _text(value: str | None, field: str) -> str:
    return _LIMITS[field].check((value or "").strip(), field)


def _operator(session: Session, operator_id: int | None) -> Operator:
    operator = session.get(Operator, operator_id) if operator_id is not None else None
    if operator is None or not operator.active:
        raise DomainError(NO_OWNER, field="complaint_owner")
    return operator


def record_call(session: Session, actor: int | None, order_id: int, reached: bool, satisfaction: int | None,
                remarks: str = "", complaint: str = "", complaint_owner_id: int | None = None,
                answers: Sequence[Answer] = (), language: str | None = None) -> CallResult:
    """Record a follow-up call. Reached: the overall satisfaction 1–5 is asked, the script's questions answered
    (``answers``, stored with their wording as asked in the script's ``language``), and a complaint (if any)
    becomes an open item owned by ``complaint_owner_id`` (the caller when not given). Not reached: the call
    stays due."""
    permissions.require(session, actor, *CALLERS)
    order = orders.get_order(session, order_id)
    if order.status not in CALLABLE:
        why = lifecycle.refusal(Event.FOLLOW_UP, order.status) or ""
        raise TransitionRefused(why, status=lifecycle.STATUS_LABELS[order.status])
    remarks, complaint = _text(remarks, "remarks"), _text(complaint, "complaint")
    if reached:
        # A score is a whole number 1–5: never a bool, a float or a text that ``int()`` would bend into one.
        if type(satisfaction) is not int or not 1 <= satisfaction <= 5:
            raise DomainError(NO_SATISFACTION, field="satisfaction")
    else:
        if satisfaction is not None:
            raise DomainError(NOT_REACHED_SATISFACTION, field="satisfaction")
        if complaint:
            raise DomainError(NOT_REACHED_COMPLAINT, field="complaint")
    answer_rows = followup_talk.check_answers(session, bool(reached), answers, language)
    owner = _operator(session, actor if complaint_owner_id is None else complaint_owner_id) if complaint else None
    now = clock.now()
    call = FollowUp(order_id=order.id, called_at=now, reached=bool(reached),
                    satisfaction=satisfaction, remarks=remarks,
                    complaint=complaint, complaint_owner_id=owner.id if owner else None, called_by_id=actor)
    session.add(call)
    session.flush()
    for row in answer_rows:
        row.follow_up_id = call.id
        session.add(row)
    session.flush()
    audit.record(session, actor, "follow_up:call", "follow_up", call.id, order_id=order.id, after={
        "reached": call.reached, "satisfaction": call.satisfaction, "remarks": remarks, "complaint": complaint,
        "complaint_owner": owner.name if owner else None,
        "answers": {row.question_key: row.score if row.score is not None else (row.choice or row.note)
                    for row in answer_rows}})
    if reached and order.status is S.DELIVERED:
        orders.transition(session, order, Event.FOLLOW_UP, actor, at=now)
    return CallResult(call.id, order.id, order.status, call.reached, bool(complaint))


def _complaint(session: Session, follow_up_id: int) -> FollowUp:
    call = session.get(FollowUp, follow_up_id)
    if call is None or not call.complaint:
        raise DomainError(NO_COMPLAINT)
    if call.resolved_at is not None:
        raise DomainError(ALREADY_CLOSED)
    return call


def assign_complaint(session: Session, actor: int | None, follow_up_id: int, owner_id: int) -> OpenComplaint:
    """Hand an open complaint to someone else."""
    permissions.require(session, actor, *CALLERS)
    call = _complaint(session, follow_up_id)
    owner = _operator(session, owner_id)
    before = call.complaint_owner_id
    call.complaint_owner_id = owner.id
    session.flush()
    audit.record(session, actor, "follow_up:complaint_owner", "follow_up", call.id, order_id=call.order_id,
                 before={"owner_id": before}, after={"owner": owner.name})
    return next(c for c in open_complaints(session) if c.follow_up_id == call.id)


def resolve_complaint(session: Session, actor: int | None, follow_up_id: int, resolution: str) -> FollowUpEntry:
    """Close a complaint with what was done about it; it leaves the top of the queue."""
    permissions.require(session, actor, *CALLERS)
    call = _complaint(session, follow_up_id)
    text = _text(resolution, "resolution")
    if not text:
        raise DomainError(NO_RESOLUTION, field="resolution")
    call.resolution, call.resolved_at = text, clock.now()
    session.flush()
    audit.record(session, actor, "follow_up:resolve", "follow_up", call.id, order_id=call.order_id,
                 after={"resolution": text})
    order = orders.get_order(session, call.order_id)
    return _entry(session, call, order, order.vehicle.plate if order.vehicle else "")


# --- the customer's follow-up file ---------------------------------------------------------------------------

def _entry(session: Session, call: FollowUp, order: RepairOrder, plate: str = "",
           names: dict[int, str] | None = None, answers: dict[int, tuple[AnswerView, ...]] | None = None,
           referred: dict[int, tuple[ReferredCustomer, ...]] | None = None) -> FollowUpEntry:
    names = names if names is not None else _names(session, {call.called_by_id, call.complaint_owner_id})
    answers = answers if answers is not None else followup_talk.answers_of(session, [call.id])
    referred = referred if referred is not None else followup_talk.referred_by_calls(session, [call.id])
    return FollowUpEntry(call.id, order.id, order.order_no or f"#{order.id}", plate, order.delivered_at,
                         call.called_at, names.get(call.called_by_id or 0, ""), call.reached, call.satisfaction,
                         call.remarks or "", call.complaint or "", names.get(call.complaint_owner_id or 0, ""),
                         call.resolution or "", call.resolved_at, answers.get(call.id, ()),
                         referred.get(call.id, ()))


def history(session: Session, customer_id: int | None) -> list[FollowUpEntry]:
    """The customer's follow-up file: every call about every car of theirs, the newest first."""
    if customer_id is None:
        return []
    rows = session.execute(
        select(FollowUp, RepairOrder, Vehicle.plate).join(RepairOrder, RepairOrder.id == FollowUp.order_id)
        .outerjoin(Vehicle, Vehicle.id == RepairOrder.vehicle_id)
        .where(RepairOrder.customer_id == customer_id)
        .order_by(FollowUp.called_at.desc(), FollowUp.id.desc())).all()
    names = _names(session, {f.called_by_id for f, *_ in rows} | {f.complaint_owner_id for f, *_ in rows})
    ids = [f.id for f, *_ in rows]
    answers, referred = followup_talk.answers_of(session, ids), followup_talk.referred_by_calls(session, ids)
    return [_entry(session, f, o, plate or "", names, answers, referred) for f, o, plate in rows]
