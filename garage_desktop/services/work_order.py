"""維修工單 in the workshop: dispatch (派工) of each labour line, start and finish per line, repair finished.

The foreman works from the printed work order and dispatch slip and enters the times at the reception PC.
Only lines the customer agreed to can be worked: the estimate's own lines, and added work once approved
(``services.added_work``). A declined added line stays on the order, struck out, and is never counted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from garage_desktop.db.models import LabourLine, Operator, RepairOrder
from garage_desktop.domain import lifecycle, limits
from garage_desktop.domain.classes import Role
from garage_desktop.domain.lifecycle import Event, OrderStatus
from garage_desktop.domain.pricing import shown_hours
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError
from garage_desktop.services import added_work as state
from garage_desktop.services import audit, clock, line_workers, orders, permissions
from garage_desktop.services.added_work import ProposalView, Totals
from garage_desktop.services.line_state import HOLDER_LIMIT, workshop_holder  # noqa: F401 - qc reads the limit

S = OrderStatus

# The orders the tab lists with none chosen: confirmed and not yet reported finished (or sent back).
WORKSHOP_LIST: tuple[OrderStatus, ...] = (S.CONFIRMED, S.DISPATCHED, S.IN_REPAIR, S.AWAITING_APPROVAL, S.REWORK)
# Statuses in which the foreman enters start and finish times of lines already dispatched.
LINE_WORK: frozenset[OrderStatus] = frozenset({S.DISPATCHED, S.IN_REPAIR, S.AWAITING_APPROVAL, S.REWORK})

DISPATCH_ROLES = (Role.FOREMAN, Role.ADVISOR)
WORK_ROLES = (Role.FOREMAN,)
REPORT_ROLES = (Role.FOREMAN, Role.INSPECTOR)

PENDING_LINE = QT_TRANSLATE_NOOP("Domain", "This added item waits for the customer's answer: it may not be "
                                           "dispatched or worked yet.")
DECLINED_LINE = QT_TRANSLATE_NOOP("Domain", "The customer declined this added item: it is kept as a "
                                            "recommendation for the next visit and is not worked.")
LINE_FINISHED = QT_TRANSLATE_NOOP("Domain", "This line is already finished.")
NOT_DISPATCHED = QT_TRANSLATE_NOOP("Domain", "Dispatch this line to a team first.")
ALREADY_STARTED = QT_TRANSLATE_NOOP("Domain", "This line has already been started.")
NOT_STARTED = QT_TRANSLATE_NOOP("Domain", "Start this line first.")
NOT_IN_WORKSHOP = QT_TRANSLATE_NOOP("Domain", "Lines are started and finished only while the car is in the "
                                              "workshop (dispatched, in repair or rework).")
WAITING_ANSWER = QT_TRANSLATE_NOOP("Domain", "Dispatching waits until the customer has answered the added work.")
UNFINISHED = QT_TRANSLATE_NOOP("Domain", "Some repair lines are not finished yet.")
UNFINISHED_LIST = QT_TRANSLATE_NOOP("Domain", "These repair lines are not finished yet: {lines}")
NO_LINE = QT_TRANSLATE_NOOP("Domain", "There is no repair line {ref} on this order.")
NO_TEAM = QT_TRANSLATE_NOOP("Domain", "Choose the team (or the mechanic) this line goes to.")
NO_MECHANIC = QT_TRANSLATE_NOOP("Domain", "That mechanic is not an active operator.")
IN_FUTURE = QT_TRANSLATE_NOOP("Domain", "The time may not be in the future.")
BEFORE_CONFIRMED = QT_TRANSLATE_NOOP("Domain", "The work may not start before the work order was confirmed "
                                               "({confirmed}).")
BEFORE_START = QT_TRANSLATE_NOOP("Domain", "The finish may not be before the start ({started}).")


def stamp(moment: datetime | None) -> str:
    return f"{moment:%Y-%m-%d %H:%M}" if moment else ""


# --- reading --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TicketLabourLine:
    id: int
    seq: int
    name: str
    operation_code: str
    standard_hours: Decimal  # real hours, two places (whatever unit the line was priced in)
    rate: Decimal
    coefficient: Decimal
    amount: Decimal
    team: str
    mechanic_id: int | None
    mechanic: str
    started_at: datetime | None
    finished_at: datetime | None
    added: bool
    approval_id: int | None
    approval: str  # "" (the estimate's line), "pending", "approved" or "declined"
    counted: bool  # False for a declined line: shown struck out, never worked nor charged
    progress: str  # "waiting" (not dispatched), "dispatched", "started", "finished", "declined", "pending"
    dispatch_refusal: str | None  # English reasons (no placeholders), None when the action is possible
    start_refusal: str | None
    finish_refusal: str | None


@dataclass(frozen=True)
class TicketPartLine:
    id: int
    seq: int
    name: str
    spec: str
    unit: str
    quantity: Decimal
    issued: Decimal
    unit_price: Decimal
    amount: Decimal
    customer_supplied: bool
    added: bool
    approval: str
    counted: bool


@dataclass(frozen=True)
class TicketView:
    order_id: int
    order_no: str
    plate: str
    make_model: str
    customer_name: str
    customer_phone: str
    vehicle_id: int | None
    status: OrderStatus
    status_label: str
    promised_at: datetime | None  # the promise in force
    original_promised_at: datetime | None
    notify_above: Decimal | None
    may_replace_found_parts: bool | None
    labour: tuple[TicketLabourLine, ...]
    parts: tuple[TicketPartLine, ...]
    proposals: tuple[ProposalView, ...]  # newest first
    totals: Totals
    dispatch_refusal: str | None  # lifecycle reasons for the order as a whole
    start_refusal: str | None
    report_refusal: str | None  # "repair finished → final QC"
    propose_refusal: str | None
    unfinished: tuple[str, ...]  # "3. 更換剎車片" for each approved line not finished

    @property
    def pending(self) -> tuple[ProposalView, ...]:
        return tuple(p for p in self.proposals if p.state == "pending")


def _order_work_refusal(status: OrderStatus) -> str | None:
    if status in LINE_WORK:
        return None
    if status is S.CONFIRMED:
        return lifecycle.refusal(Event.START_REPAIR, status)
    return lifecycle.refusal(Event.START_REPAIR, status) if status in lifecycle.FINAL else NOT_IN_WORKSHOP


def _order_dispatch_refusal(status: OrderStatus) -> str | None:
    if status is S.AWAITING_APPROVAL:
        return WAITING_ANSWER
    return lifecycle.refusal(Event.DISPATCH, status)


def _approval_refusal(approval: str) -> str | None:
    return PENDING_LINE if approval == "pending" else DECLINED_LINE if approval == "declined" else None


def _dispatched(line: LabourLine) -> bool:
    return bool((line.team or "").strip()) or line.mechanic_id is not None


def line_refusals(status: OrderStatus, line: LabourLine, approval: str) -> tuple[str | None, str | None,
                                                                                   str | None]:
    """Why this line cannot be dispatched, started, finished now (None where it can)."""
    order_work = _order_work_refusal(status)
    not_agreed = _approval_refusal(approval)
    dispatch = not_agreed or _order_dispatch_refusal(status) or (LINE_FINISHED if line.finished_at else None)
    start = (order_work or not_agreed or (ALREADY_STARTED if line.started_at else None)
             or (None if _dispatched(line) else NOT_DISPATCHED))
    finish = (order_work or not_agreed or (LINE_FINISHED if line.finished_at else None)
              or (None if line.started_at else NOT_STARTED))
    return dispatch, start, finish


def _progress(line: LabourLine, approval: str) -> str:
    if approval in ("pending", "declined"):
        return approval
    if line.finished_at:
        return "finished"
    if line.started_at:
        return "started"
    return "dispatched" if _dispatched(line) else "waiting"


def _names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return dict(session.execute(select(Operator.id, Operator.name).where(Operator.id.in_(ids))).all())


def _mechanics(line: LabourLine, shares: list[tuple[int, int]] | None, names: dict[int, str]) -> str:
    """The mechanic, or the mechanics sharing the line ("王強 + 李明")."""
    if shares:
        return " + ".join(names.get(worker, "") for worker, _ in shares)
    return names.get(line.mechanic_id, "") if line.mechanic_id else ""


def _line_label(line: LabourLine) -> str:
    return f"{line.seq}. {line.name}"


def unfinished_lines(order: RepairOrder, approvals: dict[int, bool | None]) -> list[LabourLine]:
    """Lines that must be finished before the car goes to final QC: every line not declined."""
    return [line for line in order.labour_lines
            if state.line_approval(line, approvals) != "declined" and line.finished_at is None]


def ticket_view(session: Session, order_id: int) -> TicketView:
    order = orders.get_order(session, order_id)
    approvals = state.approvals_of(session, order.id)
    shared = line_workers.shares_of(session, [line.id for line in order.labour_lines])
    names = _names(session, {line.mechanic_id for line in order.labour_lines if line.mechanic_id}
                   | {worker for shares in shared.values() for worker, _ in shares})
    labour = []
    for line in order.labour_lines:
        approval = state.line_approval(line, approvals)
        dispatch, start, finish = line_refusals(order.status, line, approval)
        labour.append(TicketLabourLine(
            id=line.id, seq=line.seq, name=line.name, operation_code=line.operation_code or "",
            standard_hours=shown_hours(line.standard_hours, line.hour_unit), rate=line.rate, coefficient=line.coefficient, amount=line.amount,
            team=line.team or "", mechanic_id=line.mechanic_id,
            mechanic=_mechanics(line, shared.get(line.id), names), started_at=line.started_at,
            finished_at=line.finished_at, added=line.added, approval_id=line.approval_id, approval=approval,
            counted=approval != "declined", progress=_progress(line, approval), dispatch_refusal=dispatch,
            start_refusal=start, finish_refusal=finish))
    parts = []
    for part in order.part_lines:
        approval = state.line_approval(part, approvals)
        parts.append(TicketPartLine(
            id=part.id, seq=part.seq, name=part.name, spec=part.spec or "", unit=part.unit or "",
            quantity=part.planned_qty, issued=part.issued_qty, unit_price=part.unit_price,
            amount=state.part_line_amount(part), customer_supplied=part.customer_supplied, added=part.added,
            approval=approval, counted=approval != "declined"))
    unfinished = tuple(_line_label(line) for line in unfinished_lines(order, approvals))
    report = lifecycle.refusal(Event.FINISH_REPAIR, order.status) or (UNFINISHED if unfinished else None)
    vehicle, customer = order.vehicle, order.customer
    return TicketView(
        order_id=order.id, order_no=order.order_no or f"#{order.id}", plate=vehicle.plate if vehicle else "",
        make_model=" ".join(p for p in ((vehicle.make, vehicle.model) if vehicle else ()) if p),
        customer_name=customer.name if customer else "", customer_phone=customer.phone if customer else "",
        vehicle_id=order.vehicle_id, status=order.status, status_label=lifecycle.STATUS_LABELS[order.status],
        promised_at=order.promised_at, original_promised_at=order.original_promised_at or order.promised_at,
        notify_above=order.notify_above, may_replace_found_parts=order.may_replace_found_parts,
        labour=tuple(labour), parts=tuple(parts), proposals=tuple(state.proposal_views(session, order)),
        totals=state.totals(session, order, approvals),
        dispatch_refusal=_order_dispatch_refusal(order.status),
        start_refusal=_order_work_refusal(order.status), report_refusal=report,
        propose_refusal=state.propose_refusal(order.status), unfinished=unfinished)


@dataclass(frozen=True)
class WorkshopRow:
    """An order in the workshop, with its progress, for the tab's list."""

    order_id: int
    order_no: str
    plate: str
    customer_name: str
    status: OrderStatus
    status_label: str
    promised_at: datetime | None
    lines: int  # labour lines to work (declined ones left out)
    dispatched: int
    started: int
    finished: int
    pending_answers: int  # added work waiting for the customer
    holder: str  # who has the car: the teams and mechanics, else who the board names


def workshop_orders(session: Session) -> list[WorkshopRow]:
    """Confirmed orders not yet gone to final QC (and those sent back for rework), soonest promise first."""
    found = session.scalars(select(RepairOrder).where(RepairOrder.status.in_(WORKSHOP_LIST))
                            .order_by(RepairOrder.promised_at, RepairOrder.id)).all()
    rows = []
    for order in found:
        approvals = state.approvals_of(session, order.id)
        lines = [line for line in order.labour_lines if state.line_approval(line, approvals) != "declined"]
        pending = sum(answer is None for answer in approvals.values())
        rows.append(WorkshopRow(
            order_id=order.id, order_no=order.order_no or f"#{order.id}",
            plate=order.vehicle.plate if order.vehicle else "",
            customer_name=order.customer.name if order.customer else "", status=order.status,
            status_label=lifecycle.STATUS_LABELS[order.status], promised_at=order.promised_at, lines=len(lines),
            dispatched=sum(_dispatched(line) for line in lines), started=sum(bool(line.started_at) for line in lines),
            finished=sum(bool(line.finished_at) for line in lines), pending_answers=pending,
            holder=workshop_holder(session, order) or order.holder or ""))
    return rows


@dataclass(frozen=True)
class RoleRefusals:
    """Why the operator at the PC may not do each workshop action (None: they may)."""

    dispatch: DomainError | None
    work: DomainError | None  # start / finish lines
    report: DomainError | None
    propose: DomainError | None
    answer: DomainError | None


def role_refusals(session: Session, actor: int | None) -> RoleRefusals:
    def check(*roles: Role) -> DomainError | None:
        try:
            permissions.require(session, actor, *roles)
        except DomainError as error:
            return error
        return None

    return RoleRefusals(dispatch=check(*DISPATCH_ROLES), work=check(*WORK_ROLES), report=check(*REPORT_ROLES),
                        propose=check(*state.PROPOSE_ROLES), answer=check(*state.ANSWER_ROLES))


# --- writing --------------------------------------------------------------------------------------------
def _line(order: RepairOrder, line_id: int) -> LabourLine:
    for line in order.labour_lines:
        if line.id == line_id:
            return line
    raise DomainError(NO_LINE, ref=f"#{line_id}")


def _refuse(reason: str | None, field: str | None = None) -> None:
    if reason is not None:
        raise DomainError(reason, field=field)


def _moment(at: datetime | None) -> datetime:
    now = clock.now()
    moment = (at or now).replace(microsecond=0)
    if moment > now:
        raise DomainError(IN_FUTURE, field="at")
    return moment


def dispatch(session: Session, actor: int | None, order_id: int, line_id: int, team: str,
             mechanic_id: int | None) -> TicketView:
    """派工: give a line to a team (and optionally one mechanic). The first dispatch moves the order on."""
    permissions.require(session, actor, *DISPATCH_ROLES)
    order = orders.get_order(session, order_id)
    why = _order_dispatch_refusal(order.status)
    if why is not None:
        raise lifecycle.TransitionRefused(why, status=lifecycle.STATUS_LABELS[order.status])
    line = _line(order, line_id)
    approvals = state.approvals_of(session, order.id)
    _refuse(line_refusals(order.status, line, state.line_approval(line, approvals))[0])
    team = (team or "").strip()
    mechanic = None
    if mechanic_id is not None:
        mechanic = session.get(Operator, mechanic_id)
        if mechanic is None or not mechanic.active:
            raise DomainError(NO_MECHANIC, field="mechanic")
        team = team or (mechanic.team or "").strip()
    if not team:
        raise DomainError(NO_TEAM, field="team")
    limits.TEAM.check(team, "team")
    before = {"team": line.team or "", "mechanic_id": line.mechanic_id}
    line.team, line.mechanic_id = team, mechanic_id
    line_workers.clear(session, line.id)  # several mechanics: services.commission.dispatch_workers
    audit.record(session, actor, "dispatch", "labour_line", line.id, order_id=order.id, before=before,
                 after={"team": team, "mechanic_id": mechanic_id, "line": _line_label(line)})
    if lifecycle.target_for(Event.DISPATCH, order.status) is not order.status:
        orders.transition(session, order, Event.DISPATCH, actor)
    session.flush()
    order.holder = workshop_holder(session, order)
    order.updated_at = clock.now()
    return ticket_view(session, order.id)


def start_line(session: Session, actor: int | None, order_id: int, line_id: int,
               at: datetime | None = None) -> TicketView:
    """The mechanic started a line (entered by the foreman). The first start puts the car in repair."""
    permissions.require(session, actor, *WORK_ROLES)
    order = orders.get_order(session, order_id)
    line = _line(order, line_id)
    approvals = state.approvals_of(session, order.id)
    _refuse(line_refusals(order.status, line, state.line_approval(line, approvals))[1])
    moment = _moment(at)
    if order.confirmed_at and moment < order.confirmed_at:
        raise DomainError(BEFORE_CONFIRMED, field="at", confirmed=stamp(order.confirmed_at))
    line.started_at = moment
    audit.record(session, actor, "line:start", "labour_line", line.id, order_id=order.id,
                 after={"started_at": stamp(moment), "line": _line_label(line)})
    if order.status is S.DISPATCHED:
        orders.transition(session, order, Event.START_REPAIR, actor)
    order.updated_at = clock.now()
    session.flush()
    return ticket_view(session, order.id)


def finish_line(session: Session, actor: int | None, order_id: int, line_id: int,
                at: datetime | None = None) -> TicketView:
    """The mechanic finished a line (entered by the foreman)."""
    permissions.require(session, actor, *WORK_ROLES)
    order = orders.get_order(session, order_id)
    line = _line(order, line_id)
    approvals = state.approvals_of(session, order.id)
    _refuse(line_refusals(order.status, line, state.line_approval(line, approvals))[2])
    moment = _moment(at)
    if line.started_at and moment < line.started_at:
        raise DomainError(BEFORE_START, field="at", started=stamp(line.started_at))
    line.finished_at = moment
    audit.record(session, actor, "line:finish", "labour_line", line.id, order_id=order.id,
                 after={"finished_at": stamp(moment), "line": _line_label(line)})
    order.updated_at = clock.now()
    session.flush()
    return ticket_view(session, order.id)


PARTS_NOT_RECONCILED = QT_TRANSLATE_NOOP("Domain", "The parts do not agree with the order yet ({count} problem(s), "
                                                  "listed in the Parts tab): the first is: {first}")


def report_finished(session: Session, actor: int | None, order_id: int,
                    finish_at: datetime | None = None) -> TicketView:
    """完工: every line the customer agreed to is finished; the car goes to the inspector for final QC.

    With ``finish_at`` (issue 14: one action completes the stage) the lines started and not finished yet are
    finished at that time first, each recorded as the foreman's ``line:finish``; the reporter must then be one who
    enters line times (a foreman, the owner). A line never started is still refused."""
    permissions.require(session, actor, *REPORT_ROLES)
    order = orders.get_order(session, order_id)
    lifecycle.apply(Event.FINISH_REPAIR, order.status)
    open_lines = unfinished_lines(order, state.approvals_of(session, order.id))
    if finish_at is not None and open_lines and all(line.started_at for line in open_lines):
        permissions.require(session, actor, *WORK_ROLES)
        moment = _moment(finish_at)
        for line in open_lines:
            if line.started_at and moment < line.started_at:
                raise DomainError(BEFORE_START, field="at", started=stamp(line.started_at))
            line.finished_at = moment
            audit.record(session, actor, "line:finish", "labour_line", line.id, order_id=order.id,
                         after={"finished_at": stamp(moment), "line": _line_label(line)})
        open_lines = []
    if open_lines:
        raise DomainError(UNFINISHED_LIST, field="lines", lines="、".join(_line_label(x) for x in open_lines))
    from garage_desktop.services import picking

    parts = picking.reconciliation(session, order.id)
    if not parts.ok:  # issue 4: planned parts never issued, or parts issued that are not on the order
        # The first problem goes as a refusal of its own: the window words it in its language too.
        raise DomainError(PARTS_NOT_RECONCILED, field="parts", count=len(parts.problems),
                          first=parts.problems[0].error())
    orders.transition(session, order, Event.FINISH_REPAIR, actor)
    # Empty: the board then names the inspector's role as the one who has the car.
    order.holder = ""
    session.flush()
    return ticket_view(session, order.id)
