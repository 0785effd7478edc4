"""Order actions that were missing (issue 14): cancel an order or record that the customer declined the
estimate, void a payment, undo a workshop step entered by mistake, and which of an order's actions the operator
at the PC may take now (what the right-click menus and the buttons offer).

Rules (for the README):

- **Cancel** (advisor or owner, a reason): a received, estimated, confirmed or dispatched order, before its first
  repair line is started (a start entered by mistake is undone first), and a counter sale waiting for settlement;
  never with parts out of the store (return them in the Parts tab first) or money taken on it (void the payments
  first). A booking is cancelled in the Appointments tab. The reason is kept on the order and in the audit trail;
  a cancelled order counts in no figure.
- **The customer declines the estimate** (advisor or owner, a reason; only an estimated order): every line of the
  estimate is kept on the vehicle as a recommendation for its next visit. Without a diagnosis fee the order is
  cancelled with the reason. With a fee (檢測診斷費) the estimate's lines are set aside: they stay in the order's
  estimate revisions (every revision is kept as shown to the customer, the declined one included) and in the
  audit event, and the order's lines become one labour line "檢測診斷費" of 1 × the fee (rate = fee, coefficient 1,
  paid by the customer), so every document's arithmetic holds. The order goes to the cashier like a counter sale
  (``Event.DECLINE_ESTIMATE``: estimated → ready for settlement, the customer told) and is settled, handed back
  unrepaired and followed up like any order; it needs no completion certificate and gives no warranty (it is never
  proposed as an earlier repair of a comeback). Its reason is kept in ``RepairOrder.cancel_reason``, which is how
  the program knows the order was declined (``lifecycle.declined``). KPIs: a declined order is no repair, it is
  left out of 一次修復率, 准時交車率, the comeback rate and the hours in the shop; its fee counts in the revenue
  of the month it is settled, and the handover counts in the follow-up rate and the cars handed over.
- **Void a payment** (cashier or owner, a reason): a payment the customer made (not a deposit, refund or
  receivable) is voided by a reversing row of the same kind, method and payer with the opposite amount and the
  reason as its note; nothing is deleted or changed, the audit event ties the two rows. The balance, the settlement
  list and the receipt count both rows, so the payment no longer counts. Allowed only until the car is handed over
  settled: on an order ready for settlement, settled and still in the garage, or out on a deposit. A settled order
  whose payment is voided owes again and goes back to ready for settlement (``Event.REOPEN_SETTLEMENT``: its
  settlement time is cleared, and the maker's receivable recorded at settlement is reversed too, to be recorded
  again when it is settled again). After the handover a payment is final: the owner settles a mistake with the
  customer outside the program (a careful owner does not let a delivered order start owing again).
- **Undo a workshop step** (foreman or owner), only while the next step has not begun: a line's dispatch while it
  is not started (the last one taken back puts a dispatched order back to confirmed), a line's start while it is
  not finished (the last one taken back puts an order in repair back to dispatched), a line's finish while the
  repair has not been reported finished, and "repair finished" (or "rework done") while the inspector has not
  begun final QC (no QC event since the report): the order goes back to repair (or rework). Each undo is an audit
  event keeping what was there before.
- **Menus**: ``allowed_actions`` says which actions an order's stage allows and whether the operator's role may
  take them; the menus offer only the allowed ones, the buttons show the reason of a refused one as their tooltip.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from garage_desktop.db.models import (
    AuditEvent,
    LabourLine,
    Payment,
    QcInspection,
    Recommendation,
    RepairOrder,
)
from garage_desktop.domain import lifecycle, limits
from garage_desktop.domain.classes import Payer, Role
from garage_desktop.domain.lifecycle import Event, OrderStatus, TransitionRefused
from garage_desktop.domain.money import ZERO, parse_money
from garage_desktop.domain.pricing import HourUnit, labour_amount
from garage_desktop.domain.settlement import PaymentKind
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError, PermissionRefused
from garage_desktop.services import (
    audit,
    cards,
    checkout,
    clock,
    line_workers,
    orders,
    permissions,
    recommendations,
    work_order,
)
from garage_desktop.services.checkout_state import VOID_ACTION, CheckoutState, load_state
from garage_desktop.services.line_state import workshop_holder

S = OrderStatus

CANCEL_ROLES = (Role.ADVISOR,)
DECLINE_ROLES = (Role.ADVISOR,)
UNDO_ROLES = (Role.FOREMAN,)
VOID_ROLES = checkout.MONEY_ROLES

# Before the repair begins: an order may be cancelled (a counter sale, ready for settlement, too: see above).
CANCEL_STAGES = frozenset({S.RECEIVED, S.ESTIMATED, S.CONFIRMED, S.DISPATCHED})
# The statuses in which lines are dispatched, started and finished (so their steps may be undone).
LINE_WORK = work_order.LINE_WORK
# The labour line a declined estimate is charged by (stored, printed on the customer's papers).
DIAGNOSIS_FEE_NAME = "檢測診斷費"
MAX_FEE = Decimal("99999.99")  # the largest labour rate an estimate takes

# The actions of an order's menu, in the order the menu lists them.
OPEN = "open"  # show the order in the tab of its stage
PRINT_WORK_ORDER = "print_work_order"
CANCEL = "cancel"
DECLINE = "decline"
UNDO_REPORT = "undo_report_finished"
ORDER_ACTIONS = (OPEN, PRINT_WORK_ORDER, CANCEL, DECLINE, UNDO_REPORT)
# The undo actions of one labour line (the work ticket's menu), and the order's own.
UNDO_DISPATCH = "undo_dispatch"
UNDO_START = "undo_start"
UNDO_FINISH = "undo_finish"
UNDO_ACTIONS = (UNDO_DISPATCH, UNDO_START, UNDO_FINISH, UNDO_REPORT)

BOOKING = QT_TRANSLATE_NOOP("Domain", "A booking is cancelled (or marked a no-show) in the Appointments tab.")
WORK_BEGUN = QT_TRANSLATE_NOOP("Domain", "The repair has begun: an order can be cancelled only before its first "
                                         "line is started (a start entered by mistake is undone in the Work "
                                         "ticket tab).")
PARTS_OUT = QT_TRANSLATE_NOOP("Domain", "Parts are out of the store for this order ({count} line(s)): return them "
                                        "in the Parts tab before cancelling.")
MONEY_TAKEN = QT_TRANSLATE_NOOP("Domain", "Money has been taken on this order: void the payments first.")
TO_SETTLE = QT_TRANSLATE_NOOP("Domain", "This order waits for settlement: it is settled (a discount may waive a "
                                        "charge), not cancelled.")
NO_WORK_ORDER = QT_TRANSLATE_NOOP("Domain", "A booking has no work order yet.")
NO_CANCEL_REASON = QT_TRANSLATE_NOOP("Domain", "Say why the order is cancelled.")
NO_DECLINE_REASON = QT_TRANSLATE_NOOP("Domain", "Say why the customer declines the estimate.")
NO_VOID_REASON = QT_TRANSLATE_NOOP("Domain", "Say why the payment is voided.")
NOT_A_PAYMENT = QT_TRANSLATE_NOOP("Domain", "That payment no longer exists.")
LINE_NOT_DISPATCHED = QT_TRANSLATE_NOOP("Domain", "This line is not dispatched.")
LINE_STARTED = QT_TRANSLATE_NOOP("Domain", "This line has been started: undo its start first.")
LINE_NOT_STARTED = QT_TRANSLATE_NOOP("Domain", "This line has not been started.")
LINE_FINISHED = QT_TRANSLATE_NOOP("Domain", "This line is finished: undo its finish first.")
LINE_NOT_FINISHED = QT_TRANSLATE_NOOP("Domain", "This line is not finished.")
REPORTED = QT_TRANSLATE_NOOP("Domain", "The repair has been reported finished: undo \"repair finished\" first.")
QC_BEGUN = QT_TRANSLATE_NOOP("Domain", "The inspector has begun final QC on this car: the repair can no longer be "
                                       "reopened (failing the QC sends work back).")


# --- what the menus and buttons read --------------------------------------------------------------------------

@dataclass(frozen=True)
class OrderAction:
    key: str  # one of ORDER_ACTIONS or UNDO_ACTIONS
    refusal: DomainError | None  # why the operator may not take it now (the stage first, then the role); None: may


@dataclass(frozen=True)
class OrderActions:
    """An order's actions for the operator at the PC: the menus offer the allowed ones only."""

    order_id: int
    order_no: str
    status: OrderStatus
    status_label: str  # English domain label
    declined: bool  # the customer declined the estimate (only the diagnosis fee is charged)
    reason: str  # why the work was not done (cancelled, no-show, declined), "" otherwise
    actions: tuple[OrderAction, ...]

    def allowed(self) -> tuple[str, ...]:
        return tuple(action.key for action in self.actions if action.refusal is None)

    def refusal(self, key: str) -> DomainError | None:
        return next(action.refusal for action in self.actions if action.key == key)


def _role(session: Session, actor: int | None, roles: tuple[Role, ...]) -> DomainError | None:
    try:
        permissions.require(session, actor, *roles)
    except PermissionRefused as error:
        return error
    return None


def _stage(event: Event, status: OrderStatus) -> DomainError | None:
    why = lifecycle.refusal(event, status)
    return TransitionRefused(why, status=lifecycle.STATUS_LABELS[status]) if why else None


def _parts_out(order: RepairOrder) -> int:
    return sum(1 for line in order.part_lines if line.issued_qty and line.issued_qty > 0)


def _money_taken(session: Session, order: RepairOrder) -> bool:
    total = session.scalar(select(func.coalesce(func.sum(Payment.amount), 0)).where(
        Payment.order_id == order.id, Payment.kind.in_([PaymentKind.PAYMENT.value, PaymentKind.DEPOSIT.value])))
    return bool(total)


def _counter_sale(order: RepairOrder) -> bool:
    return not order.labour_lines and not lifecycle.declined(order.status, order.cancel_reason)


def cancel_refusal(session: Session, order: RepairOrder) -> DomainError | None:
    """Why the order may not be cancelled now (whoever asks), or None."""
    status = order.status
    label = lifecycle.STATUS_LABELS[status]
    if status is S.BOOKED:
        return TransitionRefused(BOOKING, status=label)
    if status is S.READY and not _counter_sale(order):
        return TransitionRefused(TO_SETTLE, status=label)
    if status not in CANCEL_STAGES and status is not S.READY:
        if status in lifecycle.CANCELLABLE:  # in repair, awaiting QC, rework …
            return TransitionRefused(WORK_BEGUN, status=label)
        return _stage(Event.CANCEL, status)
    if any(line.started_at for line in order.labour_lines):
        return TransitionRefused(WORK_BEGUN, status=label)
    if _money_taken(session, order):
        return DomainError(MONEY_TAKEN)
    out = _parts_out(order)
    if out:
        return DomainError(PARTS_OUT, count=out)
    return None


def _last_report(session: Session, order: RepairOrder) -> tuple[int, str] | None:
    """The audit event that sent the car to final QC (its id, and the status before it), if recorded."""
    row = session.execute(select(AuditEvent.id, AuditEvent.before).where(
        AuditEvent.order_id == order.id, AuditEvent.entity == "repair_order",
        AuditEvent.action.in_([f"status:{Event.FINISH_REPAIR.value}", f"status:{Event.REWORK_DONE.value}"]))
        .order_by(AuditEvent.id.desc()).limit(1)).first()
    return (row[0], row[1] or "") if row is not None else None


def qc_begun(session: Session, order: RepairOrder) -> bool:
    """Whether the inspector began final QC since the car was reported finished: any QC event (new damage marked,
    an inspection) after the report."""
    report = _last_report(session, order)
    since = report[0] if report is not None else 0
    return session.scalar(select(AuditEvent.id).where(
        AuditEvent.order_id == order.id, AuditEvent.id > since, AuditEvent.action.like("qc:%")).limit(1)) is not None


def undo_report_refusal(session: Session, order: RepairOrder) -> DomainError | None:
    why = _stage(Event.UNDO_FINISH_REPAIR, order.status)
    if why is not None:
        return why
    if qc_begun(session, order):
        return TransitionRefused(QC_BEGUN, status=lifecycle.STATUS_LABELS[order.status])
    return None


def allowed_actions(session: Session, actor: int | None, order_id: int) -> OrderActions:
    """Every action of an order's menu with why the operator may not take it now (None: they may)."""
    order = orders.get_order(session, order_id)
    status = order.status
    booking = status in (S.BOOKED, S.NO_SHOW)
    checks: dict[str, DomainError | None] = {
        OPEN: None,
        PRINT_WORK_ORDER: DomainError(NO_WORK_ORDER) if booking else None,
        CANCEL: cancel_refusal(session, order) or _role(session, actor, CANCEL_ROLES),
        DECLINE: _stage(Event.DECLINE_ESTIMATE, status) or _role(session, actor, DECLINE_ROLES),
        UNDO_REPORT: undo_report_refusal(session, order) or _role(session, actor, UNDO_ROLES),
    }
    return OrderActions(order.id, order.order_no or f"#{order.id}", status, lifecycle.STATUS_LABELS[status],
                        lifecycle.declined(status, order.cancel_reason), order.cancel_reason or "",
                        tuple(OrderAction(key, checks[key]) for key in ORDER_ACTIONS))


# --- cancel and decline ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Outcome:
    order_id: int
    order_no: str
    status: OrderStatus
    status_label: str
    fee: Decimal | None = None  # the diagnosis fee a declined estimate is settled for
    recommendations: int = 0  # recommendations kept on the vehicle


def _outcome(order: RepairOrder, fee: Decimal | None = None, kept: int = 0) -> Outcome:
    return Outcome(order.id, order.order_no or f"#{order.id}", order.status,
                   lifecycle.STATUS_LABELS[order.status], fee, kept)


def _reason(reason: str, missing: str) -> str:
    text = limits.squeeze(reason or "")
    if not text:
        raise DomainError(missing, field="reason")
    return limits.REASON.check(text, "reason")


def cancel_order(session: Session, actor: int | None, order_id: int, reason: str) -> Outcome:
    """Cancel an order before its repair begins, with the reason (see the module text)."""
    permissions.require(session, actor, *CANCEL_ROLES)
    order = orders.get_order(session, order_id)
    why = cancel_refusal(session, order)
    if why is not None:
        raise why
    reason = _reason(reason, NO_CANCEL_REASON)
    orders.transition(session, order, Event.CANCEL, actor, reason=reason)
    order.holder = ""
    recommendations.reopen_taken_up(session, actor, order.id)  # the work it took up is put off again
    session.flush()
    return _outcome(order)


def _keep_estimate(session: Session, order: RepairOrder, now: datetime) -> int:
    """The declined estimate's work stays on the vehicle as recommendations (its labour lines; a parts-only
    estimate's parts), once each."""
    if order.vehicle_id is None:
        return 0
    lines = [line.name for line in order.labour_lines if not line.added] or [
        line.name for line in order.part_lines if not line.added]
    kept = set(session.scalars(select(Recommendation.description).where(Recommendation.order_id == order.id)))
    added = 0
    for name in lines:
        text = limits.squeeze(name)
        if not text or text in kept:
            continue
        session.add(Recommendation(vehicle_id=order.vehicle_id, order_id=order.id,
                                   description=limits.POSTPONED.check(text, "postponed"), created_at=now))
        kept.add(text)
        added += 1
    return added


def _fee(value: Decimal | str | None) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    fee = parse_money(value, field="diagnosis_fee", maximum=MAX_FEE)
    return fee if fee > 0 else None


def decline_estimate(session: Session, actor: int | None, order_id: int, reason: str,
                     diagnosis_fee: Decimal | str | None = None) -> Outcome:
    """The customer declines the estimate: with a diagnosis fee the order is settled for that fee only and the car
    handed back unrepaired; without one it is cancelled. Either way the estimate's work is kept on the vehicle as
    recommendations (see the module text)."""
    operator = permissions.require(session, actor, *DECLINE_ROLES)
    order = orders.get_order(session, order_id)
    why = _stage(Event.DECLINE_ESTIMATE, order.status)
    if why is not None:
        raise why
    reason = _reason(reason, NO_DECLINE_REASON)
    fee = _fee(diagnosis_fee)
    now = clock.now()
    before = {"labour": [f"{line.name} {line.amount}" for line in order.labour_lines],
              "parts": [f"{line.name} ×{line.planned_qty.normalize():f} {line.unit_price}" for line in order.part_lines],
              "revision": order.confirmed_revision}
    kept = _keep_estimate(session, order, now)
    if fee is None:
        orders.transition(session, order, Event.CANCEL, actor, reason=reason, at=now)
        order.holder = ""
    else:
        for line in [*order.labour_lines, *order.part_lines]:
            session.delete(line)  # kept in the estimate's revisions, the audit event and the recommendations
        session.flush()
        session.expire(order, ["labour_lines", "part_lines"])
        session.add(LabourLine(order_id=order.id, seq=1, operation_code="", name=DIAGNOSIS_FEE_NAME,
                               standard_hours=Decimal("1.00"), hour_unit=HourUnit.HOUR, rate=fee,
                               coefficient=Decimal("1.000"), amount=labour_amount(Decimal(1), fee),
                               payer=Payer.SELF, added=False))
        orders.transition(session, order, Event.DECLINE_ESTIMATE, actor, reason=reason, at=now)
        order.cancel_reason = reason
        order.ready_at = order.customer_told_at = now
        order.holder = operator.name
        session.flush()
        session.expire(order, ["labour_lines", "part_lines"])
    audit.record(session, actor, "estimate:decline", "repair_order", order.id, order_id=order.id, before=before,
                 after={"reason": reason, "diagnosis_fee": str(fee) if fee is not None else None,
                        "recommendations": kept})
    session.flush()
    return _outcome(order, fee, kept)


# --- void a payment -------------------------------------------------------------------------------------------

def void_payment(session: Session, actor: int | None, payment_id: int, reason: str) -> CheckoutState:
    """Void a payment by a reversing row (see the module text); a settled order owes again."""
    permissions.require(session, actor, *VOID_ROLES)
    payment = session.get(Payment, payment_id)
    if payment is None:
        raise DomainError(NOT_A_PAYMENT)
    order = orders.get_order(session, payment.order_id)
    row = next((m for m in load_state(session, order).money if m.id == payment.id), None)
    if row is None:
        raise DomainError(NOT_A_PAYMENT)
    if row.void_refusal is not None:
        raise row.void_refusal
    reason = _reason(reason, NO_VOID_REASON)
    now = clock.now()
    reversal = Payment(order_id=order.id, kind=payment.kind, method=payment.method, payer=payment.payer,
                       amount=-payment.amount, tendered=None, note=reason, created_at=now, created_by_id=actor)
    session.add(reversal)
    session.flush()
    audit.record(session, actor, VOID_ACTION, "payment", payment.id, order_id=order.id,
                 before={"amount": str(payment.amount), "method": payment.method, "kind": payment.kind,
                         "created_at": payment.created_at},
                 after={"reversal": reversal.id, "reason": reason})
    cards.payment_voided(session, actor, payment.id, reason)  # a card payment goes back on the card
    if order.status is S.SETTLED:
        _reopen_settlement(session, actor, order, reason, now)
    order.updated_at = now
    session.flush()
    return load_state(session, order)


def _reopen_settlement(session: Session, actor: int | None, order: RepairOrder, reason: str,
                       now: datetime) -> None:
    """The settled order owes again: back to ready for settlement, the maker's receivable recorded at settlement
    reversed (it is recorded again when the order is settled again)."""
    held = session.scalar(select(func.coalesce(func.sum(Payment.amount), 0)).where(
        Payment.order_id == order.id, Payment.kind == PaymentKind.RECEIVABLE.value,
        Payment.payer == Payer.WARRANTY)) or ZERO
    if held:
        session.add(Payment(order_id=order.id, kind=PaymentKind.RECEIVABLE.value, method="", payer=Payer.WARRANTY,
                            amount=-Decimal(held), note=reason, created_at=now, created_by_id=actor))
    orders.transition(session, order, Event.REOPEN_SETTLEMENT, actor, at=now)
    order.settled_at = None
    order.settled_by_id = None


# --- undo a workshop step -------------------------------------------------------------------------------------

def _line_of(order: RepairOrder, line_id: int) -> LabourLine:
    line = next((x for x in order.labour_lines if x.id == line_id), None)
    if line is None:
        raise DomainError(work_order.NO_LINE, ref=f"#{line_id}")
    return line


def _dispatched(line: LabourLine) -> bool:
    return bool((line.team or "").strip()) or line.mechanic_id is not None


def _line_stage(order: RepairOrder) -> DomainError | None:
    """Why no line step of the order can be undone now (None while lines are worked)."""
    status = order.status
    if status in LINE_WORK:
        return None
    label = lifecycle.STATUS_LABELS[status]
    if status is S.QC_PENDING:
        return TransitionRefused(REPORTED, status=label)
    if status in lifecycle.FINAL:
        return _stage(Event.START_REPAIR, status)
    return TransitionRefused(work_order.NOT_IN_WORKSHOP, status=label)


def _line_refusals(order: RepairOrder, line: LabourLine) -> dict[str, DomainError | None]:
    stage = _line_stage(order)
    dispatch = stage or (None if _dispatched(line) else DomainError(LINE_NOT_DISPATCHED)) or (
        DomainError(LINE_STARTED) if line.started_at else None)
    start = stage or (DomainError(LINE_NOT_STARTED) if not line.started_at else None) or (
        DomainError(LINE_FINISHED) if line.finished_at else None)
    finish = stage or (DomainError(LINE_NOT_FINISHED) if not line.finished_at else None)
    return {UNDO_DISPATCH: dispatch, UNDO_START: start, UNDO_FINISH: finish}


def undo_choices(session: Session, actor: int | None, order_id: int,
                 line_id: int | None = None) -> tuple[OrderAction, ...]:
    """The undo actions of one labour line (when given) and of the order, each with why not (None: allowed)."""
    order = orders.get_order(session, order_id)
    role = _role(session, actor, UNDO_ROLES)
    found: list[OrderAction] = []
    if line_id is not None:
        line = _line_of(order, line_id)
        found += [OrderAction(key, why or role) for key, why in _line_refusals(order, line).items()]
    found.append(OrderAction(UNDO_REPORT, undo_report_refusal(session, order) or role))
    return tuple(found)


def _undo_line(session: Session, actor: int | None, order_id: int, line_id: int, key: str) -> tuple[RepairOrder,
                                                                                                   LabourLine]:
    permissions.require(session, actor, *UNDO_ROLES)
    order = orders.get_order(session, order_id)
    line = _line_of(order, line_id)
    why = _line_refusals(order, line)[key]
    if why is not None:
        raise why
    return order, line


def _label(line: LabourLine) -> str:
    return f"{line.seq}. {line.name}"


def undo_dispatch(session: Session, actor: int | None, order_id: int, line_id: int) -> work_order.TicketView:
    """Take a line's dispatch back while it is not started; with no line dispatched any more, a dispatched order
    is confirmed again."""
    order, line = _undo_line(session, actor, order_id, line_id, UNDO_DISPATCH)
    before = {"team": line.team or "", "mechanic_id": line.mechanic_id}
    line.team, line.mechanic_id = "", None
    line_workers.clear(session, line.id)  # the mechanics sharing it too (issue 19)
    audit.record(session, actor, "dispatch:undo", "labour_line", line.id, order_id=order.id, before=before,
                 after={"team": "", "mechanic_id": None, "line": _label(line)})
    session.flush()
    if order.status is S.DISPATCHED and not any(_dispatched(x) for x in order.labour_lines):
        orders.transition(session, order, Event.UNDO_DISPATCH, actor)
    order.holder = workshop_holder(session, order)
    order.updated_at = clock.now()
    session.flush()
    return work_order.ticket_view(session, order.id)


def undo_start(session: Session, actor: int | None, order_id: int, line_id: int) -> work_order.TicketView:
    """Take a line's start back while it is not finished; with no line started any more, an order in repair is
    dispatched again."""
    order, line = _undo_line(session, actor, order_id, line_id, UNDO_START)
    before = {"started_at": work_order.stamp(line.started_at)}
    line.started_at = None
    audit.record(session, actor, "line:start_undo", "labour_line", line.id, order_id=order.id, before=before,
                 after={"started_at": "", "line": _label(line)})
    session.flush()
    if order.status is S.IN_REPAIR and not any(x.started_at for x in order.labour_lines):
        orders.transition(session, order, Event.UNDO_START, actor)
    order.updated_at = clock.now()
    session.flush()
    return work_order.ticket_view(session, order.id)


def undo_finish(session: Session, actor: int | None, order_id: int, line_id: int) -> work_order.TicketView:
    """Take a line's finish back while the repair is not reported finished."""
    order, line = _undo_line(session, actor, order_id, line_id, UNDO_FINISH)
    before = {"finished_at": work_order.stamp(line.finished_at)}
    line.finished_at = None
    audit.record(session, actor, "line:finish_undo", "labour_line", line.id, order_id=order.id, before=before,
                 after={"finished_at": "", "line": _label(line)})
    order.updated_at = clock.now()
    session.flush()
    return work_order.ticket_view(session, order.id)


def undo_report_finished(session: Session, actor: int | None, order_id: int) -> work_order.TicketView:
    """Take "repair finished" (or "rework done") back while the inspector has not begun final QC: the car goes
    back to repair (or rework), its lines as they were."""
    permissions.require(session, actor, *UNDO_ROLES)
    order = orders.get_order(session, order_id)
    why = undo_report_refusal(session, order)
    if why is not None:
        raise why
    report = _last_report(session, order)
    if report is not None:
        back_to_rework = report[1] == S.REWORK.value
    else:  # no report recorded (older data): rework if an inspection already failed
        back_to_rework = session.scalar(select(QcInspection.id).where(
            QcInspection.order_id == order.id, QcInspection.passed.is_(False)).limit(1)) is not None
    orders.transition(session, order, Event.UNDO_REWORK_DONE if back_to_rework else Event.UNDO_FINISH_REPAIR, actor)
    order.holder = workshop_holder(session, order)
    session.flush()
    return work_order.ticket_view(session, order.id)
