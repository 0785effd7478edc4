"""The settlement of an order as it stands (charged lines, totals per payer, discounts, money in and out,
the balance) and the checkout queues: ready for settlement, settled waiting for delivery, open deposits."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from garage_desktop.db.models import (
    Approval,
    AuditEvent,
    Customer,
    Discount,
    Operator,
    Payment,
    RepairOrder,
    SubletLine,
    Vehicle,
)
from garage_desktop.domain import lifecycle
from garage_desktop.domain.classes import LABELS, Payer
from garage_desktop.domain.free_items import labour_given_away, outside_given_away, part_given_away
from garage_desktop.domain.lifecycle import Event, OrderStatus, TransitionRefused
from garage_desktop.domain.money import ZERO, format_yuan
from garage_desktop.domain.pricing import shown_hours, unit_of
from garage_desktop.domain.qc import PARTS_OPEN
from garage_desktop.domain.settlement import (
    Category,
    Charge,
    PaymentKind,
    Reduction,
    Settlement,
    is_charged,
    part_charge,
    settle_totals,
)
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError
from garage_desktop.services import cashier_check, delivery, orders, picking
from garage_desktop.services import settings as garage_settings
from garage_desktop.services.cashier_check import CashierCheck

OVER_AGREED = QT_TRANSLATE_NOOP("Domain", "{part}: {issued} issued but {planned} agreed with the customer; only "
                                          "the agreed quantity is charged.")
NOTHING_OWED = QT_TRANSLATE_NOOP("Domain", "The customer owes nothing more.")
# Closed without settlement: nothing is (or will be) charged.
CLOSED_WITHOUT_CHARGE = frozenset({OrderStatus.REFUNDED, OrderStatus.CANCELLED, OrderStatus.NO_SHOW})
STILL_OWES = QT_TRANSLATE_NOOP("Domain", "The customer still owes {balance}.")
CLAIM_PENDING = QT_TRANSLATE_NOOP("Domain", "Enter the amount the insurer approved for the claim first.")


@dataclass(frozen=True)
class ChargedLabour:
    line_id: int
    seq: int
    name: str
    code: str
    hours: Decimal  # 工時定額 in real hours, two places (whatever unit the line was priced in)
    rate: Decimal
    coefficient: Decimal
    amount: Decimal
    payer: Payer
    added: bool
    free_reason: str = ""  # a free line (services.free_items): FreeReason value; its amount is zero
    free_note: str = ""
    given_away: Decimal = ZERO  # what the free line would have cost
    free_price: Decimal | None = None  # the rate it had
    card_item_id: int | None = None  # paid by a package card's use (services.packages)
    card_label: str = ""  # "套餐卡 …1234 保養"


@dataclass(frozen=True)
class ChargedPart:
    line_id: int
    seq: int
    name: str
    spec: str
    origin: str
    unit: str
    quantity: Decimal  # charged: as issued, never beyond what was agreed (customer-supplied: as planned)
    planned: Decimal
    issued: Decimal
    unit_price: Decimal
    amount: Decimal  # zero for customer-supplied parts
    payer: Payer
    added: bool
    customer_supplied: bool
    old_part: str
    free_reason: str = ""  # see ChargedLabour
    free_note: str = ""
    given_away: Decimal = ZERO
    free_price: Decimal | None = None  # the unit price it had
    card_item_id: int | None = None  # paid with a package card's labour line (an item that includes parts)


@dataclass(frozen=True)
class ChargedOutside:
    """外加工: outside work on the bill (外加工費), at its charge to the customer."""

    line_id: int
    seq: int
    supplier: str
    description: str
    amount: Decimal
    payer: Payer
    added: bool
    free_reason: str = ""  # see ChargedLabour
    free_note: str = ""
    given_away: Decimal = ZERO  # the charge it had
    free_price: Decimal | None = None


@dataclass(frozen=True)
class DiscountRow:
    id: int
    payer: Payer
    amount: Decimal
    reason: str
    created_at: datetime | None
    created_by: str
    # Issue 19: a reduction not written yet (id 0), counted until settlement writes it: the member discount
    # (services.member_grades) and what a package card will pay (services.packages).
    pending: bool = False


@dataclass(frozen=True)
class MoneyRow:
    id: int
    kind: PaymentKind
    method: str
    payer: Payer
    amount: Decimal  # negative on a reversing row (a voided payment, a settlement's receivable taken back)
    note: str
    created_at: datetime
    created_by: str
    voided_by: int | None = None  # this payment was voided by the reversing row of that id (issue 14)
    voids: int | None = None  # this row reverses (voids) the payment of that id; its note is the reason
    void_refusal: DomainError | None = None  # why this row cannot be voided now (None: a cashier may)


@dataclass(frozen=True)
class CheckoutState:
    order_id: int
    order_no: str
    status: OrderStatus
    status_label: str
    payer: Payer  # the order's payer (a line without its own payer is paid by it)
    labour: tuple[ChargedLabour, ...]
    parts: tuple[ChargedPart, ...]
    settlement: Settlement
    discounts: tuple[DiscountRow, ...]
    money: tuple[MoneyRow, ...]  # deposits, payments, refunds and receivables, oldest first
    claim_approved: Decimal | None
    deposit: Decimal  # deposits taken
    paid: Decimal  # what the customer paid, net of refunds (deposits count)
    balance: Decimal  # what the customer still owes (negative: paid too much, refunded at settlement)
    old_parts: str  # OldParts value shared by the charged parts, "" while unknown
    mileage_in: int | None
    mileage_out: int | None
    notes: tuple[DomainError, ...]  # things the cashier should see (never blocking)
    open_refusal: DomainError | None  # why discounts and the insurer's amount may not change now
    pay_refusal: DomainError | None
    settle_refusal: DomainError | None
    deposit_refusal: DomainError | None
    refund_refusal: DomainError | None
    outside: tuple[ChargedOutside, ...] = ()  # 外加工 on the bill
    # The cashier's check (services.cashier_check) while the order may be settled; None otherwise (or in the queues).
    cashier_check: CashierCheck | None = None

    @property
    def charges(self) -> list[Charge]:
        return ([Charge(Category.LABOUR, line.payer, line.amount) for line in self.labour]
                + [Charge(Category.PARTS, line.payer, line.amount) for line in self.parts]
                + [Charge(Category.OUTSIDE, line.payer, line.amount) for line in self.outside])

    @property
    def reductions(self) -> list[Reduction]:
        return [Reduction(d.payer, d.amount) for d in self.discounts]

    @property
    def settled(self) -> bool:
        return self.status in (OrderStatus.SETTLED, OrderStatus.DELIVERED, OrderStatus.FOLLOWED_UP)


def _approved(session: Session, order_id: int) -> dict[int, bool | None]:
    return dict(session.execute(select(Approval.id, Approval.approved).where(Approval.order_id == order_id)).all())


def _answer(line: object, approvals: dict[int, bool | None]) -> bool | None:
    approval_id = getattr(line, "approval_id", None)
    return approvals.get(approval_id) if approval_id is not None else None


def _free_of(line: object, quantity: Decimal | None = None) -> tuple[str, str, Decimal, Decimal | None]:
    """A free line's reason, note, the amount given away (at the charged quantity for a part) and its price."""
    reason = getattr(line, "free_reason", None)
    if reason is None:
        return "", "", ZERO, None
    if quantity is None:
        value = labour_given_away(line.standard_hours, line.free_price, line.coefficient,  # type: ignore[attr-defined]
                                  unit_of(line.hour_unit))  # type: ignore[attr-defined]
    else:
        value = part_given_away(quantity, line.free_price)  # type: ignore[attr-defined]
    return reason.value, line.free_note or "", value, line.free_price  # type: ignore[attr-defined]


def charged_lines(session: Session, order: RepairOrder) -> tuple[tuple[ChargedLabour, ...], tuple[ChargedPart, ...],
                                                                 list[DomainError]]:
    """The lines the customer is charged for (and notes on parts issued beyond what was agreed).

    A confirmed free comeback (返修 of an earlier order, within its warranty) lists every line at zero."""
    from garage_desktop.services.comebacks import is_free_comeback

    free = is_free_comeback(session, order.id)
    approvals = _approved(session, order.id)
    labour = tuple(
        ChargedLabour(line.id, line.seq, line.name, line.operation_code or "",
                      shown_hours(line.standard_hours, line.hour_unit), line.rate,
                      line.coefficient, ZERO if free else line.amount, Payer(line.payer or order.payer), line.added,
                      *_free_of(line), card_item_id=line.card_item_id,
                      card_label=_card_label(session, line.card_item_id))
        for line in order.labour_lines if is_charged(line.added, _answer(line, approvals)))
    parts: list[ChargedPart] = []
    notes: list[DomainError] = []
    for line in order.part_lines:
        if not is_charged(line.added, _answer(line, approvals)):
            continue
        charge = part_charge(line.issued_qty, line.planned_qty, line.unit_price,
                             customer_supplied=line.customer_supplied, free=free)
        if charge is None:
            continue  # planned but never issued: not used, not charged
        quantity, amount = charge
        if not line.customer_supplied and line.issued_qty > line.planned_qty:
            notes.append(DomainError(OVER_AGREED, part=line.name, issued=f"{line.issued_qty.normalize():f}",
                                     planned=f"{line.planned_qty.normalize():f}"))
        parts.append(ChargedPart(line.id, line.seq, line.name, line.spec or "", line.origin or "oem", line.unit or "",
                                 quantity, line.planned_qty, line.issued_qty, line.unit_price, amount,
                                 Payer(line.payer or order.payer), line.added, line.customer_supplied,
                                 line.old_part or "", *_free_of(line, quantity), card_item_id=line.card_item_id))
    return labour, tuple(parts), notes


def _card_label(session: Session, card_item_id: int | None) -> str:
    if card_item_id is None:
        return ""
    from garage_desktop.services.packages import item_label

    return item_label(session, card_item_id)


def pending_reductions(session: Session, order: RepairOrder, labour: tuple[ChargedLabour, ...],
                       parts: tuple[ChargedPart, ...], stored: list[Discount]) -> tuple[DiscountRow, ...]:
    """Issue 19: what an order not settled yet will be reduced by when it is: each package card line's cover and the
    member discount (written as Payment/Discount rows by the settlement)."""
    if order.status in CLOSED_WITHOUT_CHARGE or order.status in (OrderStatus.SETTLED, OrderStatus.DELIVERED,
                                                                  OrderStatus.FOLLOWED_UP):
        return ()
    from garage_desktop.services import member_grades, packages

    rows = [DiscountRow(0, c.payer, c.amount, c.label, None, "", pending=True)
            for c in packages.pending(session, labour, parts) if c.amount > 0]
    member = member_grades.order_discount(session, order, labour, parts, [d.reason for d in stored])
    if member is not None:
        rows.append(DiscountRow(0, Payer.SELF, member.amount, member.reason, None, "", pending=True))
    return tuple(rows)


def charged_outside(session: Session, order: RepairOrder) -> tuple[ChargedOutside, ...]:
    """The outside work (外加工) the customer is charged for: the estimate's, and added work they agreed to; at
    zero on a free comeback like every other line."""
    from garage_desktop.services.comebacks import is_free_comeback

    if not order.sublet_lines:
        return ()
    free = is_free_comeback(session, order.id)
    approvals = _approved(session, order.id)
    return tuple(ChargedOutside(line.id, line.seq, line.supplier, line.description, ZERO if free else line.charge,
                                Payer(line.payer or order.payer), line.added, *_free_outside(line))
                 for line in order.sublet_lines if is_charged(line.added, _answer(line, approvals)))


def _free_outside(line: SubletLine) -> tuple[str, str, Decimal, Decimal | None]:
    """A free outside-work line's reason, note, the charge it gave away and that charge (see ``_free_of``)."""
    if line.free_reason is None:
        return "", "", ZERO, None
    return line.free_reason.value, line.free_note or "", outside_given_away(line.free_price), line.free_price


def _names(session: Session, ids: set[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return dict(session.execute(select(Operator.id, Operator.name).where(Operator.id.in_(wanted))).all())


def _old_parts(parts: tuple[ChargedPart, ...]) -> str:
    """The order's answer for the settlement list's old-parts box, from its replaced parts' answers (set per line
    at picking, or for all at once here): taken if any was taken, else left if any was left, "" while any is
    still unanswered, else none (also when the garage replaced no part)."""
    answers = {p.old_part for p in parts if not p.customer_supplied}
    for answer in ("taken", "left", ""):
        if answer in answers:
            return answer
    return "none"


# --- voided payments (issue 14; ``services.order_actions.void_payment``) -------------------------------------
VOID_ACTION = "money:void"  # the audit event of a void: the voided payment's id, and its reversing row in "after"
# The car has not been handed over settled: a payment may still be voided (a settled one reopens the settlement).
VOID_STAGES = frozenset({OrderStatus.READY, OrderStatus.DEPOSIT_RELEASED, OrderStatus.SETTLED})
NOT_VOIDABLE = QT_TRANSLATE_NOOP("Domain", "Only a payment the customer made can be voided; deposits, refunds and "
                                           "receivables are corrected by their own actions.")
ALREADY_VOIDED = QT_TRANSLATE_NOOP("Domain", "This payment has already been voided.")
VOID_CLOSED = QT_TRANSLATE_NOOP("Domain", "The car has been handed over and the order is settled: a payment can be "
                                          "voided only until then.")


def voids_of(session: Session, order_id: int) -> dict[int, int]:
    """Voided payment id → the id of the row that reverses it, read from the void's audit events (the payment
    rows themselves stay as they were: nothing is deleted or changed)."""
    found: dict[int, int] = {}
    for payment_id, after in session.execute(select(AuditEvent.entity_id, AuditEvent.after).where(
            AuditEvent.order_id == order_id, AuditEvent.action == VOID_ACTION, AuditEvent.entity == "payment")):
        try:
            reversal = json.loads(after or "{}").get("reversal")
        except (ValueError, AttributeError):
            continue
        if payment_id is not None and isinstance(reversal, int):
            found[payment_id] = reversal
    return found


def void_refusal(status: OrderStatus, kind: PaymentKind, amount: Decimal, voided: bool) -> DomainError | None:
    """Why a money row cannot be voided (None: it can, by a cashier or the owner)."""
    if kind is not PaymentKind.PAYMENT or amount <= 0:
        return DomainError(NOT_VOIDABLE)
    if voided:
        return DomainError(ALREADY_VOIDED)
    if status not in VOID_STAGES:
        return TransitionRefused(VOID_CLOSED, status=lifecycle.STATUS_LABELS[status])
    return None


def _refusal(event: Event, status: OrderStatus) -> DomainError | None:
    why = lifecycle.refusal(event, status)
    return TransitionRefused(why, status=lifecycle.STATUS_LABELS[status]) if why else None


def counter_sale_refusal(session: Session, order: RepairOrder) -> DomainError | None:
    """A counter sale (no labour line) never had final QC check its parts: it is settled only once they are
    issued as agreed (the parts reconciliation QC requires of a repair). None for any other order."""
    if order.labour_lines or order.status is not OrderStatus.READY:
        return None
    problems = picking.reconciliation(session, order.id).problems
    if not problems:
        return None
    return DomainError(PARTS_OPEN, field="parts", problems="; ".join(p.text() for p in problems))


def load_state(session: Session, order: RepairOrder, *, with_check: bool = True) -> CheckoutState:
    """The settlement of ``order`` now: what is charged to whom, what was paid, what is left; and, while it may be
    settled (``with_check``), the cashier's check, whose failing items block paying and settling."""
    session.flush()
    settings = garage_settings.load(session)
    labour, parts, notes = charged_lines(session, order)
    outside = charged_outside(session, order)
    discount_rows = session.scalars(select(Discount).where(Discount.order_id == order.id).order_by(Discount.id)).all()
    money_rows = session.scalars(select(Payment).where(Payment.order_id == order.id)
                                 .order_by(Payment.created_at, Payment.id)).all()
    names = _names(session, {d.created_by_id for d in discount_rows} | {p.created_by_id for p in money_rows})
    discounts = tuple(DiscountRow(d.id, d.payer, d.amount, d.reason, d.created_at, names.get(d.created_by_id, ""))
                      for d in discount_rows) + pending_reductions(session, order, labour, parts, list(discount_rows))
    voided = voids_of(session, order.id) if money_rows else {}
    reversing = {reversal: payment for payment, reversal in voided.items()}
    money = tuple(MoneyRow(p.id, PaymentKind(p.kind), p.method, p.payer, p.amount, p.note, p.created_at,
                           names.get(p.created_by_id, ""), voided.get(p.id), reversing.get(p.id),
                           void_refusal(order.status, PaymentKind(p.kind), p.amount, p.id in voided))
                  for p in money_rows)
    claim = next((m.amount for m in reversed(money)
                  if m.kind is PaymentKind.RECEIVABLE and m.payer is Payer.CLAIM), None)
    charges = [Charge(Category.LABOUR, line.payer, line.amount) for line in labour] + [
        Charge(Category.PARTS, line.payer, line.amount) for line in parts] + [
        Charge(Category.OUTSIDE, line.payer, line.amount) for line in outside]
    settlement = settle_totals(charges, [Reduction(d.payer, d.amount) for d in discounts], claim,
                               tax_rate=settings.tax_rate, prices_include_tax=settings.prices_include_tax)
    sums = {kind: sum((m.amount for m in money if m.kind is kind), ZERO) for kind in PaymentKind}
    paid = sums[PaymentKind.PAYMENT] + sums[PaymentKind.DEPOSIT] - sums[PaymentKind.REFUND]
    status = order.status
    # An order closed without settlement (deposit refunded, cancelled, no-show) charges nothing: nothing is owed.
    balance = ZERO if status in CLOSED_WITHOUT_CHARGE else settlement.customer_owes - paid

    settle_refusal = _refusal(Event.SETTLE, status) or counter_sale_refusal(session, order)
    check = cashier_check.check_order(session, order) if with_check and settle_refusal is None else None
    if check is not None and settle_refusal is None:
        settle_refusal = check.refusal()
    pay_refusal = settle_refusal
    if settle_refusal is None:
        if settlement.claim_pending:
            settle_refusal = DomainError(CLAIM_PENDING, field="claim_approved")
        elif balance > 0:
            settle_refusal = DomainError(STILL_OWES, field="amount", balance=format_yuan(balance))
        if balance <= 0:
            pay_refusal = DomainError(NOTHING_OWED, field="amount")
    deposit_refusal = delivery.handover_refusal(session, order, Event.RELEASE_ON_DEPOSIT)
    return CheckoutState(
        order_id=order.id, order_no=order.order_no or f"#{order.id}", status=status,
        status_label=lifecycle.STATUS_LABELS[status], payer=order.payer, labour=labour, parts=parts,
        settlement=settlement, discounts=discounts, money=money, claim_approved=claim,
        deposit=sums[PaymentKind.DEPOSIT], paid=paid, balance=balance, old_parts=_old_parts(parts),
        mileage_in=order.mileage_in, mileage_out=order.mileage_out, notes=tuple(notes),
        open_refusal=_refusal(Event.SETTLE, status), pay_refusal=pay_refusal, settle_refusal=settle_refusal, deposit_refusal=deposit_refusal,
        refund_refusal=_refusal(Event.REFUND_DEPOSIT, status), outside=outside, cashier_check=check)


def checkout_state(session: Session, order_id: int) -> CheckoutState:
    """The settlement of an order (for the window: ``ctx.read(checkout_state, order_id)``)."""
    return load_state(session, orders.get_order(session, order_id))


# --- the queues ----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class QueueRow:
    order_id: int
    order_no: str
    plate: str
    make_model: str
    customer_name: str
    customer_phone: str
    payer_label: str  # English domain label
    since: datetime | None  # ready / settled / released at
    promised_at: datetime | None
    payable: Decimal  # the whole bill, every payer
    balance: Decimal  # what the customer still owes
    deposit: Decimal


@dataclass(frozen=True)
class CheckoutQueues:
    ready: tuple[QueueRow, ...]  # passed final QC, waiting for settlement (oldest first)
    settled: tuple[QueueRow, ...]  # settled, the car waiting to be handed over
    deposits: tuple[QueueRow, ...]  # released on a deposit, still open (oldest first)


_SINCE = {OrderStatus.READY: "ready_at", OrderStatus.SETTLED: "settled_at",
          OrderStatus.DEPOSIT_RELEASED: "delivered_at"}


def queues(session: Session) -> CheckoutQueues:
    rows = session.scalars(
        select(RepairOrder).where(RepairOrder.status.in_(list(_SINCE)))
        .options(selectinload(RepairOrder.labour_lines), selectinload(RepairOrder.part_lines),
                 selectinload(RepairOrder.sublet_lines),
                 selectinload(RepairOrder.vehicle).selectinload(Vehicle.customer),
                 selectinload(RepairOrder.customer))).all()
    grouped: dict[OrderStatus, list[QueueRow]] = {status: [] for status in _SINCE}
    for order in rows:
        state = load_state(session, order, with_check=False)
        vehicle: Vehicle | None = order.vehicle
        customer: Customer | None = order.customer
        grouped[order.status].append(QueueRow(
            order_id=order.id, order_no=state.order_no, plate=vehicle.plate if vehicle else "",
            make_model=" ".join(p for p in (vehicle.make, vehicle.model) if p) if vehicle else "",
            customer_name=customer.name if customer else "", customer_phone=customer.phone if customer else "",
            payer_label=LABELS[order.payer], since=getattr(order, _SINCE[order.status]),
            promised_at=order.promised_at, payable=state.settlement.payable, balance=state.balance,
            deposit=state.deposit))

    def ordered(status: OrderStatus) -> tuple[QueueRow, ...]:
        return tuple(sorted(grouped[status], key=lambda r: (r.since or datetime.max, r.order_id)))
    return CheckoutQueues(ordered(OrderStatus.READY), ordered(OrderStatus.SETTLED),
                          ordered(OrderStatus.DEPOSIT_RELEASED))
