"""The settlement list (結算清單, JT/T 1133-2017) and the payment receipt as plain data for ``printing``.

The settlement list shows exactly what is charged (``services.checkout_state``): the confirmed lines and the
approved added work, parts at the quantity charged, customer-supplied parts marked and not charged; the
totals by category and payer; the warranty for the job class; what happens to the old parts. It can be printed
before any payment.

When it is printed decides what it may say (rules for the README):

- **Before the car passed final QC** (and for a cancelled order) the list is a *draft*: the bill as it stands,
  marked "草稿 — 未出廠" on every page, with no exit date and no warranty line (nothing has been handed over,
  and the work may still change).
- **Passed final QC, still in the garage** (ready, settled): the real list, given to the customer before
  payment; the exit date is left empty and the warranty prints its terms only ("… from the day the car
  leaves"), never a date counted from the day of printing.
- **Handed over** (delivered, released on a deposit, or closed after its deposit was refunded): the exit date
  is the handover (``Delivery.delivered_at``), whenever the list is reprinted, and the warranty runs from its day.

Money (list and receipt alike): a deposit (押金) is shown as a deposit with its state — *held* while the car is
out on it (it will be set against the bill at settlement), *applied* once settled (with what was given back),
*refunded* when the order closed without settlement — and never as money received for the work ("paid" counts
payments only). What is still owed (尚欠) is what ``checkout_state`` says the customer still has to pay: its
balance, the held deposit counted, never below zero; nothing once settled; nothing on an order closed without
charge (its deposit refunded, 不收費), whose customer owes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from garage_desktop.db.models import Delivery, Operator, Payment, RepairOrder
from garage_desktop.documents.checkout import (
    DepositDoc,
    DiscountDoc,
    PayerShareDoc,
    ReceiptDoc,
    ReceiptLineDoc,
    SettlementDoc,
    SettlementLabourDoc,
    SettlementOutsideDoc,
    SettlementPartDoc,
)
from garage_desktop.documents.order import GarageHeader
from garage_desktop.domain import lifecycle
from garage_desktop.domain.classes import Payer
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.money import ZERO
from garage_desktop.domain.settlement import PaymentKind, PaymentMethod
from garage_desktop.services import cards, clock, delivery, insurers, orders
from garage_desktop.services import settings as garage_settings
from garage_desktop.services.checkout_state import CLOSED_WITHOUT_CHARGE, CheckoutState, load_state

S = OrderStatus
# The car has left the garage: the settlement list prints the handover as its exit date.
LEFT = frozenset({S.DEPOSIT_RELEASED, S.DELIVERED, S.FOLLOWED_UP, S.REFUNDED})
# The settlement list is a draft: the car has not passed final QC (or never will).
DRAFT = delivery.BEFORE_QC_STATUSES | {S.CANCELLED, S.NO_SHOW}


@dataclass(frozen=True)
class CustomerMoney:
    """What the customer owes, paid and left as a deposit, as both documents print it (see the module text)."""

    customer_owes: Decimal
    paid: Decimal
    balance: Decimal
    deposit: DepositDoc | None
    no_charge: bool


def _card(session: Session, card_item_id: int | None) -> str:
    """Issue 19: a line paid by a package card prints the card's last digits ("…5678")."""
    if card_item_id is None:
        return ""
    from garage_desktop.services.packages import card_number_of

    return card_number_of(session, card_item_id)


def customer_money(state: CheckoutState) -> CustomerMoney:
    """The customer's money on the order, a deposit kept apart from payments for the work."""
    sums = {kind: sum((m.amount for m in state.money if m.kind is kind and m.payer is Payer.SELF), ZERO)
            for kind in (PaymentKind.PAYMENT, PaymentKind.DEPOSIT, PaymentKind.REFUND)}
    taken, refunds = sums[PaymentKind.DEPOSIT], sums[PaymentKind.REFUND]
    deposit_back = min(refunds, taken)  # a refund gives back the deposit first (its excess, or all of it)
    paid = sums[PaymentKind.PAYMENT] - (refunds - deposit_back)
    no_charge = state.status in CLOSED_WITHOUT_CHARGE
    deposit: DepositDoc | None = None
    if taken:
        if no_charge:
            deposit = DepositDoc(taken, "refunded", refunded=deposit_back)
        elif state.settled:
            deposit = DepositDoc(taken, "applied", applied=taken - deposit_back, refunded=deposit_back)
        else:
            deposit = DepositDoc(taken, "held")
    owes = ZERO if no_charge else state.settlement.customer_owes
    balance = ZERO if no_charge or state.settled else max(state.balance, ZERO)
    return CustomerMoney(owes, paid, balance, deposit, no_charge)


def left_at(session: Session, order: RepairOrder) -> datetime | None:
    """When the car was handed over (released on a deposit or delivered), None while it is in the garage."""
    if order.status not in LEFT:
        return None
    handed = session.scalar(select(Delivery.delivered_at).where(Delivery.order_id == order.id)
                            .order_by(Delivery.delivered_at).limit(1))
    return handed or order.delivered_at


def _header(session: Session) -> tuple[GarageHeader, garage_settings.GarageSettings]:
    settings = garage_settings.load(session)
    return GarageHeader(settings.garage_name, settings.garage_address, settings.garage_phone, settings.licence_no,
                        settings.tax_id), settings


def _name(session: Session, operator_id: int | None) -> str:
    if operator_id is None:
        return ""
    return session.scalar(select(Operator.name).where(Operator.id == operator_id)) or ""


def _make_model(order: RepairOrder) -> str:
    vehicle = order.vehicle
    return " ".join(p for p in (vehicle.make, vehicle.model) if p) if vehicle else ""


def settlement_doc(session: Session, order_id: int) -> SettlementDoc:
    """The settlement list of an order as it stands (raises DomainError for an unknown order)."""
    order = orders.get_order(session, order_id)
    header, settings = _header(session)
    state = load_state(session, order)
    totals = state.settlement
    now = clock.now()
    left = left_at(session, order)
    warranty = delivery.warranty_of(order, (left or now).date())  # its terms; its end only once the car left
    money = customer_money(state)
    vehicle, customer = order.vehicle, order.customer
    return SettlementDoc(
        garage=header, order_no=state.order_no, printed_at=now,
        customer_name=customer.name if customer else "", customer_phone=customer.phone if customer else "",
        customer_address=customer.address if customer else "", plate=vehicle.plate if vehicle else "",
        vin=vehicle.vin if vehicle else "", make_model=_make_model(order), job_class=order.job_class.value,
        regulatory_class=order.regulatory_class.value, payer=order.payer.value,
        labour=tuple(SettlementLabourDoc(line.seq, line.name, line.hours, line.rate, line.coefficient, line.amount,
                                         line.payer.value, line.added, free_reason=line.free_reason,
                                         free_note=line.free_note, given_away=line.given_away,
                                         free_price=line.free_price, card=_card(session, line.card_item_id))
                     for line in state.labour),
        parts=tuple(SettlementPartDoc(line.seq, line.name, line.quantity, line.unit_price, line.amount,
                                      line.payer.value, line.spec, line.origin, line.unit, line.customer_supplied,
                                      line.added, free_reason=line.free_reason, free_note=line.free_note,
                                      given_away=line.given_away, free_price=line.free_price,
                                      card=_card(session, line.card_item_id))
                    for line in state.parts),
        shares=tuple(PayerShareDoc(p.payer.value, p.labour, p.parts, p.discount, p.total, p.tax, p.payable,
                                   p.customer, p.third_party, p.outside) for p in totals.payers),
        discounts=tuple(DiscountDoc(d.payer.value, d.amount, d.reason) for d in state.discounts),
        labour_total=totals.labour, parts_total=totals.parts, discount_total=totals.discount, total=totals.total,
        tax=totals.tax, payable=totals.payable, customer_owes=money.customer_owes, receivable=totals.receivable,
        paid=money.paid, balance=money.balance, tax_rate=settings.tax_rate,
        prices_include_tax=settings.prices_include_tax, warranty_days=warranty.days, warranty_km=warranty.km,
        warranty_until=warranty.until if left else None, received_at=order.received_at, left_at=left,
        draft=order.status in DRAFT, deposit=money.deposit, no_charge=money.no_charge,
        mileage_in=order.mileage_in, mileage_out=order.mileage_out,
        certificate_no=delivery.certificate_no(session, order.id), claim_pending=totals.claim_pending,
        warranty_until_km=warranty.until_km if left else None, old_parts=state.old_parts,
        advisor=_name(session, order.confirmed_by_id or order.received_by_id or order.created_by_id),
        cashier=_name(session, order.settled_by_id), hour_unit="hour",  # the lines' hours are real hours
        declined=lifecycle.declined(order.status, order.cancel_reason),
        outside=tuple(SettlementOutsideDoc(line.seq, line.description, line.supplier, line.amount, line.payer.value,
                                           line.added, free_reason=line.free_reason, free_note=line.free_note,
                                           given_away=line.given_away) for line in state.outside),
        outside_total=totals.outside, settlement_no=order.settlement_no or "",
        **_claim_of(session, order.id, totals.of(Payer.CLAIM) is not None))


def _claim_of(session: Session, order_id: int, has_claim: bool) -> dict[str, str]:
    """The insurer and loss-assessment reference a 索賠 share prints with (issue 19)."""
    if not has_claim:
        return {}
    details = insurers.claim_details(session, order_id)
    return {"insurer": details.insurer_name, "assessment_ref": details.assessment_ref}


def _cash_details(session: Session, payment_ids: list[int]) -> dict[int, tuple[Decimal | None, Decimal | None]]:
    """Cash handed over and change given per cash payment."""
    if not payment_ids:
        return {}
    stmt = select(Payment.id, Payment.tendered, Payment.amount).where(Payment.id.in_(payment_ids),
                                                                       Payment.tendered.is_not(None))
    return {payment_id: (tendered, tendered - amount) for payment_id, tendered, amount in session.execute(stmt)}


def _card_of(session: Session, payment_id: int, method: str) -> tuple[str, Decimal | None]:
    """A stored-value card payment's card (last digits) and what it held just after (issue 19)."""
    if method != PaymentMethod.STORED_VALUE.value:
        return "", None
    found = cards.payment_card_left(session, payment_id)
    return (cards.short_number(found[0]), found[1]) if found is not None else ("", None)


def receipt_doc(session: Session, order_id: int) -> ReceiptDoc:
    """What the customer paid on an order (deposits, payments, refunds) and what is left."""
    order = orders.get_order(session, order_id)
    header, _settings = _header(session)
    state = load_state(session, order)
    rows = [m for m in state.money if m.kind is not PaymentKind.RECEIVABLE and m.payer is Payer.SELF]
    cash = _cash_details(session, [m.id for m in rows])
    lines = tuple(ReceiptLineDoc(m.created_at, m.kind.value, m.method, m.amount, m.note, m.created_by,
                                 *cash.get(m.id, (None, None)), *_card_of(session, m.id, m.method)) for m in rows)
    vehicle, customer = order.vehicle, order.customer
    money = customer_money(state)
    return ReceiptDoc(
        garage=header, order_no=state.order_no, printed_at=clock.now(),
        customer_name=customer.name if customer else "", plate=vehicle.plate if vehicle else "",
        make_model=_make_model(order), payable=state.settlement.payable,
        customer_owes=money.customer_owes, receivable=state.settlement.receivable, lines=lines,
        paid=money.paid, balance=money.balance, settled=state.settled,
        cashier=rows[-1].created_by if rows else "", deposit=money.deposit, no_charge=money.no_charge)
