"""The settlement list (結算清單, JT/T 1133-2017) and the payment receipt as plain data for ``printing``.

The settlement list shows exactly what is charged (``services.checkout_state``): the confirmed lines and the
approved added work, parts at the quantity charged, customer-supplied parts marked and not charged; the
totals by category and payer; the warranty for the job class from the day the car leaves (today, before it
has left); what happens to the old parts. It can be printed before any payment.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from garage_desktop.db.models import Delivery, Operator, Payment, RepairOrder
from garage_desktop.documents.checkout import (
    DiscountDoc,
    PayerShareDoc,
    ReceiptDoc,
    ReceiptLineDoc,
    SettlementDoc,
    SettlementLabourDoc,
    SettlementPartDoc,
)
from garage_desktop.documents.order import GarageHeader
from garage_desktop.domain.classes import Payer
from garage_desktop.domain.settlement import PaymentKind
from garage_desktop.services import clock, delivery, orders
from garage_desktop.services import settings as garage_settings
from garage_desktop.services.checkout_state import load_state


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
    left = session.scalar(select(Delivery.delivered_at).where(Delivery.order_id == order.id)) or order.delivered_at
    date_out = left.date() if left else now.date()
    warranty = delivery.warranty_of(order, date_out)
    vehicle, customer = order.vehicle, order.customer
    return SettlementDoc(
        garage=header, order_no=state.order_no, printed_at=now,
        customer_name=customer.name if customer else "", customer_phone=customer.phone if customer else "",
        customer_address=customer.address if customer else "", plate=vehicle.plate if vehicle else "",
        vin=vehicle.vin if vehicle else "", make_model=_make_model(order), job_class=order.job_class.value,
        regulatory_class=order.regulatory_class.value, payer=order.payer.value,
        labour=tuple(SettlementLabourDoc(line.seq, line.name, line.hours, line.rate, line.coefficient, line.amount,
                                         line.payer.value, line.added) for line in state.labour),
        parts=tuple(SettlementPartDoc(line.seq, line.name, line.quantity, line.unit_price, line.amount,
                                      line.payer.value, line.spec, line.origin, line.unit, line.customer_supplied,
                                      line.added) for line in state.parts),
        shares=tuple(PayerShareDoc(p.payer.value, p.labour, p.parts, p.discount, p.total, p.tax, p.payable,
                                   p.customer, p.third_party) for p in totals.payers),
        discounts=tuple(DiscountDoc(d.payer.value, d.amount, d.reason) for d in state.discounts),
        labour_total=totals.labour, parts_total=totals.parts, discount_total=totals.discount, total=totals.total,
        tax=totals.tax, payable=totals.payable, customer_owes=totals.customer_owes, receivable=totals.receivable,
        paid=state.paid, balance=state.balance, tax_rate=settings.tax_rate,
        prices_include_tax=settings.prices_include_tax, warranty_days=warranty.days, warranty_km=warranty.km,
        warranty_until=warranty.until, received_at=order.received_at, date_out=date_out,
        mileage_in=order.mileage_in, mileage_out=order.mileage_out,
        certificate_no=delivery.certificate_no(session, order.id), claim_pending=totals.claim_pending,
        warranty_until_km=warranty.until_km, old_parts=state.old_parts,
        advisor=_name(session, order.confirmed_by_id or order.received_by_id or order.created_by_id),
        cashier=_name(session, order.settled_by_id), hour_unit="hour")  # the lines' hours are real hours


def _cash_details(session: Session, payment_ids: list[int]) -> dict[int, tuple[Decimal | None, Decimal | None]]:
    """Cash handed over and change given per cash payment."""
    if not payment_ids:
        return {}
    stmt = select(Payment.id, Payment.tendered, Payment.amount).where(Payment.id.in_(payment_ids),
                                                                       Payment.tendered.is_not(None))
    return {payment_id: (tendered, tendered - amount) for payment_id, tendered, amount in session.execute(stmt)}


def receipt_doc(session: Session, order_id: int) -> ReceiptDoc:
    """What the customer paid on an order (deposits, payments, refunds) and what is left."""
    order = orders.get_order(session, order_id)
    header, _settings = _header(session)
    state = load_state(session, order)
    customer_money = [m for m in state.money if m.kind is not PaymentKind.RECEIVABLE and m.payer is Payer.SELF]
    cash = _cash_details(session, [m.id for m in customer_money])
    lines = tuple(ReceiptLineDoc(m.created_at, m.kind.value, m.method, m.amount, m.note, m.created_by,
                                 *cash.get(m.id, (None, None))) for m in customer_money)
    vehicle, customer = order.vehicle, order.customer
    return ReceiptDoc(
        garage=header, order_no=state.order_no, printed_at=clock.now(),
        customer_name=customer.name if customer else "", plate=vehicle.plate if vehicle else "",
        make_model=_make_model(order), payable=state.settlement.payable,
        customer_owes=state.settlement.customer_owes, receivable=state.settlement.receivable, lines=lines,
        paid=state.paid, balance=state.balance, settled=state.settled,
        cashier=customer_money[-1].created_by if customer_money else "")
