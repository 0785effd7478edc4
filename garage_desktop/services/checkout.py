"""結算收銀 Settlement: what is charged, discounts, the insurer's approved amount, payments, deposits, refunds.

Charged are the confirmed lines and the added work the customer approved (never declined or unanswered
items); parts at the quantity issued, never beyond the quantity agreed; customer-supplied parts are listed
but not charged. Each line is paid by its own payer, else the order's. The order is settled once the
customer has paid what they owe (a deposit counts) and the third parties' shares are recorded as receivables
(the insurer's as soon as its approved amount is entered, the maker's at settlement). Every money event is
audited; only a cashier or the owner handles money. Outside work (外加工, ``services.sublet``) is charged like the
other lines, its own fee row. Before money is taken or the order settled the cashier's check
(``services.cashier_check``) must pass: a failing item refuses with its reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from garage_desktop.db.models import Discount, Payment, RepairOrder
from garage_desktop.domain import lifecycle, limits
from garage_desktop.domain.classes import Payer, Role
from garage_desktop.domain.lifecycle import Event, OrderStatus
from garage_desktop.domain.money import ZERO, format_yuan, parse_money
from garage_desktop.domain.settlement import (
    OldParts,
    PaymentKind,
    PaymentMethod,
    change_due,
    check_discount,
    claim_share,
)
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError, PermissionRefused
from garage_desktop.services import audit, cards, clock, delivery, numbering, orders, permissions
from garage_desktop.services.checkout_state import (
    CLAIM_PENDING,
    NOTHING_OWED,
    STILL_OWES,
    CheckoutState,
    counter_sale_refusal,
    load_state,
)

MONEY_ROLES = (Role.CASHIER,)

NO_REASON = QT_TRANSLATE_NOOP("Domain", "Say why the discount is given.")
NO_REFUND_REASON = QT_TRANSLATE_NOOP("Domain", "Say why the deposit is refunded.")
BAD_METHOD = QT_TRANSLATE_NOOP("Domain", "Choose how the customer pays: cash, WeChat Pay, Alipay, bank card or "
                                         "bank transfer.")
NOT_POSITIVE = QT_TRANSLATE_NOOP("Domain", "Enter an amount above zero.")
OVERPAID = QT_TRANSLATE_NOOP("Domain", "The customer owes only {balance}.")
NO_CLAIM = QT_TRANSLATE_NOOP("Domain", "Nothing on this order is charged to the insurer.")
BELOW_COLLECTED = QT_TRANSLATE_NOOP("Domain", "The insurer has already paid {paid} against this order: the approved "
                                              "amount cannot be less.")
NOT_A_DISCOUNT = QT_TRANSLATE_NOOP("Domain", "That discount no longer exists.")
PENDING_REDUCTION = QT_TRANSLATE_NOOP("Domain", "This reduction is the customer's member grade or a package card's "
                                                "line: it is written at settlement. Change the grade, or have the "
                                                "line paid as usual, instead.")
NOTHING_TO_REFUND = QT_TRANSLATE_NOOP("Domain", "The customer has paid nothing that could be refunded.")
MILEAGE_BELOW_IN = QT_TRANSLATE_NOOP("Domain", "The mileage out may not be below the mileage in ({km} km).")
EXIT_LOCKED = QT_TRANSLATE_NOOP("Domain", "The car has been handed over: its settlement details can no longer "
                                          "change.")
# Statuses in which the mileage out and the old parts may still be recorded.
EXIT_OPEN = frozenset({OrderStatus.READY, OrderStatus.DEPOSIT_RELEASED, OrderStatus.SETTLED})


def _text(value: str, field: str, missing: str | None) -> str:
    """A reason (``missing``: the message when it is left empty) or an optional note."""
    value = (value or "").strip()
    if missing is not None and not value:
        raise DomainError(missing, field=field)
    return (limits.REASON if missing is not None else limits.PAYMENT_NOTE).check(value, field)


def _amount(value: Decimal | str, field: str) -> Decimal:
    amount = parse_money(value, field=field)
    if amount <= 0:
        raise DomainError(NOT_POSITIVE, field=field)
    return amount


def _method(value: str, *, card: bool = False) -> PaymentMethod:
    """A method money changes hands by; a card pays only as a payment (``card``: a stored-value card), never a
    deposit or a refund (its money is on the card's ledger, not in the drawer)."""
    try:
        kind = PaymentMethod(value)
    except ValueError:
        raise DomainError(BAD_METHOD, field="method") from None
    if kind in (PaymentMethod.STORED_VALUE, PaymentMethod.PACKAGE_CARD) and not card:
        raise DomainError(BAD_METHOD, field="method")
    return kind


def _open_order(session: Session, order_id: int) -> RepairOrder:
    """The order, if money may still be taken on it (it passed QC, or left on a deposit, and is not settled)."""
    order = orders.get_order(session, order_id)
    why = lifecycle.refusal(Event.SETTLE, order.status)
    if why is not None:
        raise lifecycle.TransitionRefused(why, status=lifecycle.STATUS_LABELS[order.status])
    return order


def money_refusal(session: Session, actor: int | None) -> DomainError | None:
    """Why the operator may not handle money (None for a cashier or the owner); for the window's tooltips."""
    try:
        permissions.require(session, actor, *MONEY_ROLES)
    except PermissionRefused as error:
        return error
    return None


# --- discounts and the insurer's amount ---------------------------------------------------------------------

def add_discount(session: Session, actor: int | None, order_id: int, amount: Decimal | str, reason: str,
                 payer: Payer | str = Payer.SELF) -> CheckoutState:
    """A discount on one payer's share, with its reason; only a cashier or the owner grants it."""
    permissions.require(session, actor, *MONEY_ROLES)
    order = _open_order(session, order_id)
    reason = _text(reason, "reason", NO_REASON)
    state = load_state(session, order)
    payer = Payer(payer)
    value = check_discount(_amount(amount, "amount"), payer, state.charges, state.reductions)
    discount = Discount(order_id=order.id, payer=payer, amount=value, reason=reason, created_at=clock.now(),
                        created_by_id=actor)
    session.add(discount)
    session.flush()
    audit.record(session, actor, "money:discount", "discount", discount.id, order_id=order.id,
                 before={"total": str(state.settlement.payable)},
                 after={"payer": payer.value, "amount": str(value), "reason": reason})
    return load_state(session, order)


def remove_discount(session: Session, actor: int | None, discount_id: int) -> CheckoutState:
    """Take back a discount given by mistake (before settlement); audited like the discount itself."""
    permissions.require(session, actor, *MONEY_ROLES)
    if not discount_id:  # issue 19: a pending reduction (checkout_state.pending_reductions), not a row
        raise DomainError(PENDING_REDUCTION)
    discount = session.get(Discount, discount_id)
    if discount is None:
        raise DomainError(NOT_A_DISCOUNT)
    if cards.is_card_discount(session, discount.id):
        raise DomainError(cards.BONUS_LOCKED)
    order = _open_order(session, discount.order_id)
    audit.record(session, actor, "money:discount_removed", "discount", discount.id, order_id=order.id,
                 before={"payer": discount.payer.value, "amount": str(discount.amount), "reason": discount.reason})
    session.delete(discount)
    session.flush()
    return load_state(session, order)


def set_claim_approved(session: Session, actor: int | None, order_id: int,
                       amount: Decimal | str) -> CheckoutState:
    """The insurer's approved amount (定損): recorded as the insurer's receivable; the customer pays the rest."""
    permissions.require(session, actor, *MONEY_ROLES)
    order = _open_order(session, order_id)
    state = load_state(session, order)
    claim = state.settlement.of(Payer.CLAIM)
    if claim is None:
        raise DomainError(NO_CLAIM, field="claim_approved")
    value = parse_money(amount, field="claim_approved")
    value = claim_share(claim.payable, value)
    _refuse_below_collected(session, order.id, value)
    row = session.scalar(select(Payment).where(Payment.order_id == order.id,
                                               Payment.kind == PaymentKind.RECEIVABLE.value,
                                               Payment.payer == Payer.CLAIM).order_by(Payment.id.desc()).limit(1))
    before = str(row.amount) if row is not None else None
    if row is None:
        row = Payment(order_id=order.id, kind=PaymentKind.RECEIVABLE.value, method="", payer=Payer.CLAIM,
                      amount=value, note="", created_at=clock.now(), created_by_id=actor)
        session.add(row)
    else:
        row.amount, row.created_at, row.created_by_id = value, clock.now(), actor
    session.flush()
    audit.record(session, actor, "money:claim_approved", "payment", row.id, order_id=order.id,
                 before={"claim_approved": before} if before is not None else None,
                 after={"claim_approved": str(value), "claim_share": str(claim.payable)})
    return load_state(session, order)


def _refuse_below_collected(session: Session, order_id: int, approved: Decimal) -> None:
    """A settlement reopened after the insurer paid (issue 19): its approved amount may not drop below what it paid."""
    from garage_desktop.db.models import ReceivableCollection

    paid = session.scalar(select(func.coalesce(func.sum(ReceivableCollection.amount), 0)).where(
        ReceivableCollection.order_id == order_id, ReceivableCollection.payer == Payer.CLAIM)) or ZERO
    if approved < Decimal(paid):
        raise DomainError(BELOW_COLLECTED, field="claim_approved", paid=format_yuan(Decimal(paid)))


# --- payments and settlement --------------------------------------------------------------------------------

@dataclass(frozen=True)
class PaymentResult:
    payment_id: int
    method: PaymentMethod
    amount: Decimal
    tendered: Decimal | None  # cash handed over (None for other methods)
    change: Decimal  # cash given back
    settled: bool  # this payment completed the settlement
    state: CheckoutState
    bonus: Decimal = ZERO  # a stored-value card's bonus share, given as a discount


def take_payment(session: Session, actor: int | None, order_id: int, method: PaymentMethod | str,
                 amount: Decimal | str, tendered: Decimal | str | None = None, note: str = "", *,
                 card_number: str = "", card_pin: str = "") -> PaymentResult:
    """The customer pays (part of) what they owe; cash may be handed over in excess and change is given.

    From a stored-value card (``card_number``, its PIN if it has one): the principal share is the payment, the
    bonus share a discount (``services.cards.pay_order``). The payment that clears the balance settles the order.
    """
    permissions.require(session, actor, *MONEY_ROLES)
    order = _open_order(session, order_id)
    kind = _method(method, card=True)
    value = _amount(amount, "amount")
    note = _text(note, "note", None)
    state = load_state(session, order)
    _refuse_failed_check(state)
    if state.balance <= 0:
        raise DomainError(NOTHING_OWED, field="amount")
    if value > state.balance:
        raise DomainError(OVERPAID, field="amount", balance=format_yuan(state.balance))
    if kind is PaymentMethod.PACKAGE_CARD:  # a package card pays its own lines at settlement
        raise DomainError(BAD_METHOD, field="method")
    if kind is PaymentMethod.STORED_VALUE:
        return _pay_from_card(session, actor, order, state, value, note, card_number, card_pin)
    handed: Decimal | None = None
    change = ZERO
    if kind is PaymentMethod.CASH:
        handed = value if tendered in (None, "") else _amount(tendered, "tendered")  # type: ignore[arg-type]
        change = change_due(handed, value)
    payment = Payment(order_id=order.id, kind=PaymentKind.PAYMENT.value, method=kind.value, payer=Payer.SELF,
                      amount=value, tendered=handed, note=note, created_at=clock.now(), created_by_id=actor)
    session.add(payment)
    session.flush()
    audit.record(session, actor, "money:payment", "payment", payment.id, order_id=order.id,
                 after={"method": kind.value, "amount": str(value), "tendered": str(handed) if handed else None,
                        "change": str(change), "balance": str(state.balance - value)})
    settled = False
    after = load_state(session, order)
    if after.balance == 0 and not after.settlement.claim_pending:
        _settle(session, actor, order, after, PaymentMethod.CASH)
        settled = True
        after = load_state(session, order)
    return PaymentResult(payment.id, kind, value, handed, change, settled, after)


def _pay_from_card(session: Session, actor: int | None, order: RepairOrder, state: CheckoutState, value: Decimal,
                   note: str, card_number: str, card_pin: str) -> PaymentResult:
    """A stored-value card pays ``value``: a Payment of the principal share, a Discount of the bonus share and the
    card's ledger entry, in this transaction (which holds the write lock: the balance read stays true)."""
    card = cards.payment_card(session, card_number, card_pin, value)
    payment, discount, _entry = cards.pay_order(session, actor, order, card, value, note)
    if payment is not None:
        audit.record(session, actor, "money:payment", "payment", payment.id, order_id=order.id,
                     after={"method": PaymentMethod.STORED_VALUE.value, "amount": str(payment.amount),
                            "card": card.number, "bonus": str(discount.amount) if discount is not None else "0.00",
                            "balance": str(state.balance - value)})
    settled = False
    after = load_state(session, order)
    if after.balance == 0 and not after.settlement.claim_pending:
        _settle(session, actor, order, after, PaymentMethod.CASH)
        settled = True
        after = load_state(session, order)
    return PaymentResult(payment.id if payment is not None else 0, PaymentMethod.STORED_VALUE,
                         payment.amount if payment is not None else ZERO, None, ZERO, settled, after,
                         discount.amount if discount is not None else ZERO)


def settle(session: Session, actor: int | None, order_id: int,
           refund_method: PaymentMethod | str = PaymentMethod.CASH) -> CheckoutState:
    """Settle an order the customer owes nothing more on (a 三包 order, or one the deposit covers).

    A deposit larger than what the customer owes is refunded (by ``refund_method``) as part of settling.
    """
    permissions.require(session, actor, *MONEY_ROLES)
    order = _open_order(session, order_id)
    _settle(session, actor, order, load_state(session, order), _method(refund_method))
    return load_state(session, order)


def _refuse_failed_check(state: CheckoutState) -> None:
    """The cashier's check (``services.cashier_check``) must pass before money is taken or the order settled."""
    why = state.cashier_check.refusal() if state.cashier_check is not None else None
    if why is not None:
        raise why


def _settle(session: Session, actor: int | None, order: RepairOrder, state: CheckoutState,
            refund_method: PaymentMethod) -> None:
    parts_open = counter_sale_refusal(session, order)
    if parts_open is not None:
        raise parts_open
    _refuse_failed_check(state)
    if state.settlement.claim_pending:
        raise DomainError(CLAIM_PENDING, field="claim_approved")
    if state.balance > 0:
        raise DomainError(STILL_OWES, field="amount", balance=format_yuan(state.balance))
    # Issue 19: what was pending is written (the balance stays the same): each line a package card pays takes its
    # use (a package_card Payment and a Discount, services.packages), and the member discount becomes a Discount.
    from garage_desktop.services import member_grades, packages

    packages.settle_redeemed(session, actor, order, state.labour, state.parts)
    member_grades.settle_discount(session, actor, order, state.labour, state.parts)
    now = clock.now()
    if state.balance < 0:  # the deposit was more than the bill: give the rest back
        excess = -state.balance
        session.add(Payment(order_id=order.id, kind=PaymentKind.REFUND.value, method=refund_method.value,
                            payer=Payer.SELF, amount=excess, note="", created_at=now, created_by_id=actor))
        audit.record(session, actor, "money:refund_excess", "repair_order", order.id, order_id=order.id,
                     after={"amount": str(excess), "method": refund_method.value})
    warranty = state.settlement.of(Payer.WARRANTY)
    if warranty is not None and warranty.third_party > 0:
        session.add(Payment(order_id=order.id, kind=PaymentKind.RECEIVABLE.value, method="", payer=Payer.WARRANTY,
                            amount=warranty.third_party, note="", created_at=now, created_by_id=actor))
    totals = state.settlement
    orders.transition(session, order, Event.SETTLE, actor)
    if order.settlement_no is None:  # settled again after a reopening: the list keeps the number it was given
        order.settlement_no = numbering.next_settlement_no(session, now.year)
    audit.record(session, actor, "money:settle", "repair_order", order.id, order_id=order.id, after={
        "settlement_no": order.settlement_no, "labour": str(totals.labour), "parts": str(totals.parts),
        "outside": str(totals.outside), "discount": str(totals.discount),
        "payable": str(totals.payable), "customer": str(totals.customer_owes), "receivable": str(totals.receivable),
        "paid": str(state.paid)})
    session.flush()


# --- release on a deposit, refund -----------------------------------------------------------------------

def release_on_deposit(session: Session, actor: int | None, order_id: int, amount: Decimal | str,
                       method: PaymentMethod | str, handover: delivery.Handover, note: str = "") -> CheckoutState:
    """偶發故障: take a deposit and let the car go unsettled; the order stays open until settled or refunded."""
    permissions.require(session, actor, *MONEY_ROLES)
    order = orders.get_order(session, order_id)
    delivery.refuse_handover(session, order, Event.RELEASE_ON_DEPOSIT)
    kind = _method(method)
    value = _amount(amount, "deposit")
    note = _text(note, "note", None)
    session.add(Payment(order_id=order.id, kind=PaymentKind.DEPOSIT.value, method=kind.value, payer=Payer.SELF,
                        amount=value, note=note, created_at=clock.now(), created_by_id=actor))
    order.deposit = (order.deposit or ZERO) + value
    delivery.record_handover(session, actor, order, handover)
    orders.transition(session, order, Event.RELEASE_ON_DEPOSIT, actor)
    audit.record(session, actor, "money:deposit", "repair_order", order.id, order_id=order.id,
                 after={"amount": str(value), "method": kind.value, "note": note})
    session.flush()
    return load_state(session, order)


def refund_deposit(session: Session, actor: int | None, order_id: int, reason: str,
                   method: PaymentMethod | str = PaymentMethod.CASH) -> CheckoutState:
    """Give the customer back what they paid on a released order and close it unsettled, with the reason."""
    permissions.require(session, actor, *MONEY_ROLES)
    order = orders.get_order(session, order_id)
    why = lifecycle.refusal(Event.REFUND_DEPOSIT, order.status)
    if why is not None:
        raise lifecycle.TransitionRefused(why, status=lifecycle.STATUS_LABELS[order.status])
    reason = _text(reason, "reason", NO_REFUND_REASON)
    kind = _method(method)
    state = load_state(session, order)
    if state.paid <= 0:
        raise DomainError(NOTHING_TO_REFUND)
    session.add(Payment(order_id=order.id, kind=PaymentKind.REFUND.value, method=kind.value, payer=Payer.SELF,
                        amount=state.paid, note=reason, created_at=clock.now(), created_by_id=actor))
    orders.transition(session, order, Event.REFUND_DEPOSIT, actor, reason=reason)
    audit.record(session, actor, "money:refund", "repair_order", order.id, order_id=order.id,
                 after={"amount": str(state.paid), "method": kind.value, "reason": reason})
    session.flush()
    return load_state(session, order)


# --- what the settlement list prints besides the lines ------------------------------------------------------

def record_exit_details(session: Session, actor: int | None, order_id: int, mileage_out: int | str | None,
                        old_parts: OldParts | str | None) -> CheckoutState:
    """The odometer reading when the car leaves and what happens to the old parts (both on the settlement list)."""
    from garage_desktop.services.customers import record_mileage
    from garage_desktop.services.intake import parse_mileage

    permissions.require(session, actor)
    order = orders.get_order(session, order_id)
    if order.status not in EXIT_OPEN:
        raise DomainError(delivery.BEFORE_QC if order.status in delivery.BEFORE_QC_STATUSES else EXIT_LOCKED)
    before = {"mileage_out": order.mileage_out, "old_parts": load_state(session, order).old_parts}
    if mileage_out not in (None, ""):
        try:
            km = parse_mileage(mileage_out)  # type: ignore[arg-type]
        except DomainError as error:
            raise DomainError(error.message, field="mileage_out", **error.params) from None
        if order.mileage_in is not None and km < order.mileage_in:
            raise DomainError(MILEAGE_BELOW_IN, field="mileage_out", km=f"{order.mileage_in:,}")
        order.mileage_out = km
        if order.vehicle is not None:
            record_mileage(order.vehicle, km)
    if old_parts:
        choice = OldParts(old_parts)
        charged = {part.line_id for part in load_state(session, order).parts if not part.customer_supplied}
        for line in order.part_lines:
            if line.id in charged:
                line.old_part = choice.value
    order.updated_at = clock.now()
    session.flush()
    after = load_state(session, order)
    audit.record(session, actor, "exit_details", "repair_order", order.id, order_id=order.id, before=before,
                 after={"mileage_out": order.mileage_out, "old_parts": after.old_parts})
    return after
