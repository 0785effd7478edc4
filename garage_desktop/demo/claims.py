"""The demo garage's insurers and the money makers and insurers paid (issue 19, item 7), through the services.

Three insurers on the list; every settled claim names one (in turn) with its loss-assessment (定損) reference.
The insurers paid the claims settled more than six weeks ago, about three weeks after each settlement, except
the oldest, paid in part (the insurer disputed some of it: on the full demo the rest is owed for over 90 days);
the first claim settled three to six weeks ago is paid in part too; newer claims are still owed. The maker paid
the older 三包 orders on the 15th of the next month and still owes the newest. So the Receivables sheet of every demo month
has open amounts in several age buckets and collections. Written after everything else, a few minutes before
now (the audit trail stays in time order); the day each payment arrived is its own, in the past.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from garage_desktop.db import models as m
from garage_desktop.domain.classes import Payer
from garage_desktop.domain.money import round_yuan
from garage_desktop.domain.settlement import PaymentKind
from garage_desktop.services import clock, insurers, receivables

INSURERS = (("平安保險", "理賠專員 王先生", "95511"), ("中國人保財險", "定損員 李小姐", "95518"),
            ("太平洋保險", "理賠專員 陳先生", "95500"))


def _settled_with(session: Session, payer: Payer) -> list[tuple[int, datetime]]:
    return list(session.execute(
        select(m.RepairOrder.id, m.RepairOrder.settled_at).join(m.Payment, m.Payment.order_id == m.RepairOrder.id)
        .where(m.Payment.kind == PaymentKind.RECEIVABLE.value, m.Payment.payer == payer,
               m.RepairOrder.settled_at.is_not(None))
        .group_by(m.RepairOrder.id, m.RepairOrder.settled_at).order_by(m.RepairOrder.settled_at)).all())


def write(session: Session, now: datetime, cashier: int, say: Callable[[str], str]) -> None:
    latest = session.scalar(select(func.max(m.AuditEvent.at))) or now
    moment = min(max(latest, now - timedelta(minutes=2)) + timedelta(seconds=30), now).replace(microsecond=0)
    before = clock._fixed  # a fixed clock (the tests') is put back as it was
    clock.set_fixed(moment)
    try:
        _write(session, now.date(), cashier, say)
    finally:
        clock.set_fixed(before)


def _write(session: Session, today: date, cashier: int, say: Callable[[str], str]) -> None:
    ids = [insurers.add_insurer(session, cashier, say(name), say(contact), phone)
           for name, contact, phone in INSURERS]
    claims = _settled_with(session, Payer.CLAIM)
    partly_paid = False
    for n, (order_id, settled_at) in enumerate(claims):
        insurers.set_claim_details(session, cashier, order_id, ids[n % len(ids)],
                                   f"RDAA{settled_at:%Y%m%d}4401{order_id:05d}")
        age = (today - settled_at.date()).days
        owed = receivables.receivable_of(session, order_id, Payer.CLAIM)
        if owed is None or owed.open <= 0:
            continue
        if n == 0 and age > 21:  # the oldest: the insurer paid what it accepted, disputes the rest
            _collect(session, cashier, order_id, Payer.CLAIM, round_yuan(owed.open * Decimal("0.8")),
                     settled_at.date() + timedelta(days=24), today)
        elif age > 42:
            _collect(session, cashier, order_id, Payer.CLAIM, owed.open, settled_at.date() + timedelta(days=21),
                     today)
        elif age > 21 and not partly_paid:  # a first instalment
            partly_paid = True
            _collect(session, cashier, order_id, Payer.CLAIM, round_yuan(owed.open * Decimal("0.6")),
                     settled_at.date() + timedelta(days=14), today)
    warranty = _settled_with(session, Payer.WARRANTY)
    for order_id, settled_at in warranty[:-1]:  # the maker settles a month's 三包 claims on the 15th of the next
        owed = receivables.receivable_of(session, order_id, Payer.WARRANTY)
        paid_on = (settled_at.date().replace(day=1) + timedelta(days=32)).replace(day=15)
        if owed is not None and owed.open > 0 and paid_on <= today:
            _collect(session, cashier, order_id, Payer.WARRANTY, owed.open, paid_on, today)


def _collect(session: Session, cashier: int, order_id: int, payer: Payer, amount: Decimal, day: date,
             today: date) -> None:
    day = min(day, today)
    reference = f"HX{day:%Y%m%d}{order_id:04d}"
    receivables.record_collection(session, cashier, order_id, payer, amount, day, "transfer", reference)
