"""What third parties owe the garage (應收帳款) and the money they paid against it (回款).

A settled order's third-party share is a receivable: the maker's on a 三包 order (recorded at settlement) and the
insurer's on a 索賠 order (its approved amount, recorded when entered), each a ``Payment`` row of kind
``receivable`` (see ``services.checkout``). Who owes it (the debtor): for 三包 the maker, taken as the vehicle's
make (the garage claims 三包 work from the make's maker); for 索賠 the insurer recorded on the order
(``services.insurers``). A collection records money the maker or insurer paid: the day it arrived, the method, its
reference (the transfer's number), the amount — part of what is open or all of it, never more. It is append-only:
a collection entered by mistake is voided by a reversing row with the reason. What is open on an order is its
receivable less its collections; it ages from the day the order was settled (``domain.ageing``).

The money: the KPI revenue counts the third party's share when the order is settled (accrual), so a collection
changes no revenue (it would count twice); it is cash received, shown in the month's Payments sheet by method, and
it lowers what is open in the Receivables sheet. Only a cashier or the owner records or voids a collection.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Integer, Select, and_, case, func, select, type_coerce
from sqlalchemy.orm import Session

from garage_desktop.db.models import (
    Customer,
    Insurer,
    OrderClaim,
    Payment,
    ReceivableCollection,
    RepairOrder,
    Vehicle,
)
from garage_desktop.domain import ageing, limits
from garage_desktop.domain.classes import Payer, Role
from garage_desktop.domain.money import ZERO, parse_money
from garage_desktop.domain.settlement import PaymentKind, PaymentMethod
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError
from garage_desktop.services import audit, clock, orders, permissions

MONEY_ROLES = (Role.CASHIER,)
# How a maker or insurer pays: never by a customer's card or a stored-value card.
METHODS = (PaymentMethod.TRANSFER, PaymentMethod.CASH, PaymentMethod.WECHAT, PaymentMethod.ALIPAY,
           PaymentMethod.CARD)
THIRD_PARTIES = (Payer.WARRANTY, Payer.CLAIM)

REFERENCE = limits.TextLimit(QT_TRANSLATE_NOOP("Domain", "The payment's reference"), 60)
NOT_SETTLED = QT_TRANSLATE_NOOP("Domain", "Only a settled order's receivable can be collected.")
NOT_THIRD_PARTY = QT_TRANSLATE_NOOP("Domain", "Only the maker (三包) or the insurer (索賠) owes a receivable.")
BAD_METHOD = QT_TRANSLATE_NOOP("Domain", "Choose how the money came: bank transfer, cash, WeChat Pay, Alipay or "
                                         "bank card.")
NO_DATE = QT_TRANSLATE_NOOP("Domain", "Enter the day the money arrived.")
NO_VOID_REASON = QT_TRANSLATE_NOOP("Domain", "Say why the collection is voided.")
NOT_A_COLLECTION = QT_TRANSLATE_NOOP("Domain", "That collection no longer exists.")
ALREADY_VOIDED = QT_TRANSLATE_NOOP("Domain", "This collection has already been voided.")
NOT_VOIDABLE = QT_TRANSLATE_NOOP("Domain", "A voiding row cannot itself be voided.")


@dataclass(frozen=True, slots=True)
class Receivable:
    """One third party's share of one settled order, as it stands on ``as_of``. Slotted: the receivables dialog's
    cache keeps every one of ten years' (``services.receivables_cache``)."""

    order_id: int
    order_no: str
    plate: str
    customer: str
    payer: Payer  # WARRANTY (the maker owes it) or CLAIM (the insurer)
    debtor: str  # the maker (the vehicle's make) or the insurer's name; "" while unknown
    insurer_id: int | None
    assessment_ref: str  # 定損 reference of a claim
    settled_at: datetime
    amount: Decimal  # the receivable recorded
    collected: Decimal  # collected up to ``as_of``
    last_collected_on: date | None
    days: int  # its age on ``as_of``, from the settlement

    @property
    def open(self) -> Decimal:
        return self.amount - self.collected

    @property
    def bucket(self) -> int:
        return ageing.bucket(self.days)

    @property
    def settled_on(self) -> date:
        return self.settled_at.date()


@dataclass(frozen=True)
class CollectionRow:
    id: int
    order_id: int
    order_no: str
    payer: Payer
    debtor: str
    received_on: date
    method: str
    reference: str
    amount: Decimal  # negative on a voiding row
    note: str
    voids_id: int | None
    voided: bool  # a later row voids this one
    recorded_at: datetime


def _order_info(session: Session, order_ids: set[int]) -> dict[int, tuple]:
    if not order_ids:
        return {}
    rows = session.execute(
        select(RepairOrder.id, RepairOrder.order_no, RepairOrder.settled_at, Vehicle.plate, Vehicle.make,
               Customer.name, OrderClaim.insurer_id, OrderClaim.assessment_ref, Insurer.name)
        .outerjoin(Vehicle, Vehicle.id == RepairOrder.vehicle_id)
        .outerjoin(Customer, Customer.id == RepairOrder.customer_id)
        .outerjoin(OrderClaim, OrderClaim.order_id == RepairOrder.id)
        .outerjoin(Insurer, Insurer.id == OrderClaim.insurer_id)
        .where(RepairOrder.id.in_(sorted(order_ids)))).all()
    return {row[0]: row for row in rows}


def _debtor(payer: Payer, make: str | None, insurer: str | None) -> str:
    return (insurer or "") if payer is Payer.CLAIM else (make or "")


def _cents(value: object) -> Decimal:
    """A sum of ``Money`` columns as the database returns it (an integer of 分; None for no rows) in yuan."""
    return Decimal(int(value or 0)).scaleb(-2)


class _Open:
    """The receivables as they stand on ``day``, as one query's columns: each third party's share of each order
    settled by then (``amount``), what was collected on it by then (``collected``), who owes it (``debtor``), and the
    order's particulars. The list, its pages and the totals by debtor and age all read from it, so they agree.
    ``order_ids``: those orders' alone."""

    def __init__(self, day: date, *, order_ids: Collection[int] | None = None) -> None:
        end = datetime.combine(day + timedelta(days=1), datetime.min.time())
        owed = (select(Payment.order_id.label("order_id"), Payment.payer.label("payer"),
                       type_coerce(func.sum(Payment.amount), Integer).label("amount"))
                .join(RepairOrder, RepairOrder.id == Payment.order_id)
                .where(Payment.kind == PaymentKind.RECEIVABLE.value, Payment.created_at < end,
                       RepairOrder.settled_at.is_not(None), RepairOrder.settled_at < end,
                       Payment.payer.in_([payer.value for payer in THIRD_PARTIES]))
                .group_by(Payment.order_id, Payment.payer)
                .having(type_coerce(func.sum(Payment.amount), Integer) > 0))
        paid = (select(ReceivableCollection.order_id.label("order_id"), ReceivableCollection.payer.label("payer"),
                       type_coerce(func.sum(ReceivableCollection.amount), Integer).label("amount"),
                       func.max(ReceivableCollection.received_on).label("last"))
                .where(ReceivableCollection.received_on <= day)
                .group_by(ReceivableCollection.order_id, ReceivableCollection.payer))
        if order_ids is not None:
            owed = owed.where(Payment.order_id.in_(sorted(order_ids)))
            paid = paid.where(ReceivableCollection.order_id.in_(sorted(order_ids)))
        self.day = day
        self.owed, self.paid = owed.subquery(), paid.subquery()
        self.amount = self.owed.c.amount
        self.collected = func.coalesce(self.paid.c.amount, 0)
        self.open = self.amount - self.collected
        self.is_claim = self.owed.c.payer == Payer.CLAIM.value
        # 索賠: the insurer recorded on the order; 三包: the car's make ("" while unknown)
        self.debtor = case((self.is_claim, func.coalesce(Insurer.name, "")), else_=func.coalesce(Vehicle.make, ""))

    def joined(self, query: Select) -> Select:
        return (query.select_from(self.owed)
                .join(RepairOrder, RepairOrder.id == self.owed.c.order_id)
                .outerjoin(self.paid, and_(self.paid.c.order_id == self.owed.c.order_id,
                                           self.paid.c.payer == self.owed.c.payer))
                .outerjoin(Vehicle, Vehicle.id == RepairOrder.vehicle_id)
                .outerjoin(OrderClaim, OrderClaim.order_id == RepairOrder.id)
                .outerjoin(Insurer, Insurer.id == OrderClaim.insurer_id))



def _as_python_orders(session: Session, text: ColumnElement) -> ColumnElement:
    """``text`` ordered as Python orders it (by code point): PostgreSQL's collation would order Chinese names by
    its locale's rules, SQLite's own already compares code points."""
    return text.collate("C") if session.get_bind().dialect.name == "postgresql" else text


def receivables(session: Session, as_of: date | None = None, *, open_only: bool = True,
                order_id: int | None = None, order_ids: Collection[int] | None = None, offset: int = 0,
                limit: int | None = None, share: Callable[[Any], Any] | None = None) -> list[Receivable]:
    """The third parties' shares of the orders settled by ``as_of`` (default today) with what was collected by then:
    the open ones only (``open_only``), by debtor (those not known last), then oldest first; ``limit`` of them
    from the ``offset``-th (a page of the list: the window reads ten years of claims a page at a time); of the
    order ``order_id`` or the orders ``order_ids`` alone (the receivables dialog's cache reads again the orders
    changed, ``services.receivables_cache``; at most ``report_records.CHUNK`` of them at a time). ``share``: given
    each value that repeats across rows (a debtor, a day count, an amount), returns the one to keep (the cache keeps
    equal values once, made as the rows are: a second pass left ten years' rows scattered through the heap)."""
    day = as_of or clock.now().date()
    rows = _Open(day, order_ids=[order_id] if order_id is not None else order_ids)
    # The page's keys in order first (sorting needs every receivable's debtor), its particulars only then
    # (a customer's name looked up for 27,000 rows to keep 300 of them cost a third of the read).
    keys = rows.joined(select(rows.owed.c.order_id, rows.owed.c.payer, rows.debtor.label("debtor"),
                              rows.amount.label("amount"), rows.collected.label("collected"),
                              rows.paid.c.last.label("last"), RepairOrder.settled_at.label("settled_at")))
    if open_only:
        keys = keys.where(rows.open > 0)
    keys = keys.order_by(case((rows.debtor == "", 1), else_=0), _as_python_orders(session, rows.debtor), rows.owed.c.payer,
                         RepairOrder.settled_at, RepairOrder.order_no, rows.owed.c.order_id)
    if offset:
        keys = keys.offset(offset)
    if limit is not None:
        keys = keys.limit(limit)
    page = keys.subquery()
    query = (select(page.c.order_id, page.c.payer, RepairOrder.order_no, page.c.settled_at, Vehicle.plate,
                    Customer.name, OrderClaim.insurer_id, OrderClaim.assessment_ref, page.c.debtor, page.c.amount,
                    page.c.collected, page.c.last)
             .select_from(page)
             .join(RepairOrder, RepairOrder.id == page.c.order_id)
             .outerjoin(Vehicle, Vehicle.id == RepairOrder.vehicle_id)
             .outerjoin(Customer, Customer.id == RepairOrder.customer_id)
             .outerjoin(OrderClaim, OrderClaim.order_id == RepairOrder.id)
             .order_by(case((page.c.debtor == "", 1), else_=0),
                       _as_python_orders(session, page.c.debtor), page.c.payer, page.c.settled_at, RepairOrder.order_no, page.c.order_id))
    same = share or (lambda value: value)
    found = []
    for oid, payer, number, settled_at, plate, customer, insurer_id, reference, debtor, amount, collected, last \
            in session.execute(query):
        payer = Payer(payer)
        claim = payer is Payer.CLAIM
        found.append(Receivable(oid, number or f"#{oid}", plate or "", customer or "", payer,
                                same(debtor), insurer_id if claim else None,
                                same((reference or "") if claim else ""), settled_at, same(_cents(amount)),
                                same(_cents(collected)), same(last), same(ageing.age_days(settled_at.date(), day))))
    return found


@dataclass(frozen=True)
class DebtorTotal:
    debtor: str
    payer: Payer
    orders: int
    aged: ageing.Aged

    @property
    def open(self) -> Decimal:
        return self.aged.total


def debtor_totals(session: Session, as_of: date | None = None) -> list[DebtorTotal]:
    """What each debtor owes on ``as_of`` (default today), by age bucket, in the order of ``receivables``: summed
    by the database (ten years of a busy garage's claims are some 27,000 receivables; listing them to add them up
    took over half a second)."""
    day = as_of or clock.now().date()
    rows = _Open(day)
    starts = ageing.bucket_starts(day)
    settled = RepairOrder.settled_at
    # bucket i: settled at or after its start and before the start of the bucket before it (0: from its start on)
    within = [settled >= starts[0]] + [and_(settled >= starts[i], settled < starts[i - 1])
                                       for i in range(1, len(starts))] + [settled < starts[-1]]
    sums = [func.sum(case((bucket, rows.open), else_=0)) for bucket in within]
    query = (rows.joined(select(rows.debtor, rows.owed.c.payer, func.count(), *sums))
             .where(rows.open > 0)
             .group_by(rows.debtor, rows.owed.c.payer))
    totals = [DebtorTotal(debtor, Payer(payer), orders, ageing.Aged(tuple(_cents(v) for v in amounts)))
              for debtor, payer, orders, *amounts in session.execute(query)]
    return sorted(totals, key=lambda t: (t.debtor == "", t.debtor, t.payer.value))


def open_total(session: Session, as_of: date | None = None) -> Decimal:
    """What the makers and insurers still owe on ``as_of`` (default today): the sum of ``receivables``' open
    amounts, summed by the database (listing them to add them up took most of a second on ten years, the sum
    takes a few tens of milliseconds)."""
    rows = _Open(as_of or clock.now().date())
    total = session.execute(select(func.sum(rows.open)).select_from(
        rows.owed.outerjoin(rows.paid, and_(rows.paid.c.order_id == rows.owed.c.order_id,
                                            rows.paid.c.payer == rows.owed.c.payer)))
        .where(rows.open > 0)).scalar()
    return _cents(total)


def receivable_of(session: Session, order_id: int, payer: Payer | str) -> Receivable | None:
    """One order's receivable from ``payer`` today (None when it has none)."""
    payer = Payer(payer)
    return next((r for r in receivables(session, open_only=False, order_id=order_id) if r.payer is payer), None)


def collections(session: Session, *, order_id: int | None = None, start: date | None = None,
                end: date | None = None) -> list[CollectionRow]:
    """The collections of one order, or those that arrived in [start, end), oldest first."""
    query = select(ReceivableCollection).order_by(ReceivableCollection.received_on, ReceivableCollection.id)
    if order_id is not None:
        query = query.where(ReceivableCollection.order_id == order_id)
    if start is not None:
        query = query.where(ReceivableCollection.received_on >= start)
    if end is not None:
        query = query.where(ReceivableCollection.received_on < end)
    found = session.scalars(query).all()
    info = _order_info(session, {c.order_id for c in found})
    voided = set(session.scalars(select(ReceivableCollection.voids_id).where(
        ReceivableCollection.voids_id.in_([c.id for c in found]))).all()) if found else set()
    rows = []
    for c in found:
        _id, number, _settled, _plate, make, _customer, _insurer_id, _ref, insurer = info[c.order_id]
        rows.append(CollectionRow(c.id, c.order_id, number or f"#{c.order_id}", c.payer,
                                  _debtor(c.payer, make, insurer), c.received_on, c.method, c.reference or "",
                                  c.amount, c.note or "", c.voids_id, c.id in voided, c.recorded_at))
    return rows


def _method(value: str) -> PaymentMethod:
    try:
        method = PaymentMethod(value)
    except ValueError:
        raise DomainError(BAD_METHOD, field="method") from None
    if method not in METHODS:
        raise DomainError(BAD_METHOD, field="method")
    return method


def record_collection(session: Session, actor: int | None, order_id: int, payer: Payer | str,
                      amount: Decimal | str, received_on: date | None, method: PaymentMethod | str,
                      reference: str = "", note: str = "") -> Receivable:
    """The maker or the insurer paid (part of) what it owes on an order; returns the receivable after it."""
    permissions.require(session, actor, *MONEY_ROLES)
    try:
        payer = Payer(payer)
    except ValueError:
        raise DomainError(NOT_THIRD_PARTY, field="payer") from None
    if payer not in THIRD_PARTIES:
        raise DomainError(NOT_THIRD_PARTY, field="payer")
    order = orders.get_order(session, order_id)
    if order.settled_at is None:
        raise DomainError(NOT_SETTLED)
    if received_on is None:
        raise DomainError(NO_DATE, field="received_on")
    kind = _method(method)
    reference = limits.squeeze(reference)
    REFERENCE.check(reference, "reference")
    note = limits.squeeze(note)
    limits.PAYMENT_NOTE.check(note, "note")
    value = parse_money(amount, field="amount")
    before = receivable_of(session, order.id, payer)
    open_now = before.open if before is not None else ZERO
    value = ageing.check_collection(value, open_now, received_on, order.settled_at.date(), clock.now().date())
    row = ReceivableCollection(order_id=order.id, payer=payer, received_on=received_on, method=kind.value,
                               reference=reference, amount=value, note=note, recorded_at=clock.now(),
                               recorded_by_id=actor)
    session.add(row)
    session.flush()
    audit.record(session, actor, "money:collection", "receivable_collection", row.id, order_id=order.id,
                 before={"open": str(open_now)},
                 after={"payer": payer.value, "amount": str(value), "received_on": received_on,
                        "method": kind.value, "reference": reference, "open": str(open_now - value)})
    after = receivable_of(session, order.id, payer)
    assert after is not None
    return after


def void_collection(session: Session, actor: int | None, collection_id: int, reason: str) -> Receivable | None:
    """A collection entered by mistake, reversed by a row of the opposite amount (dated today) naming it."""
    permissions.require(session, actor, *MONEY_ROLES)
    original = session.get(ReceivableCollection, collection_id)
    if original is None:
        raise DomainError(NOT_A_COLLECTION)
    if original.voids_id is not None:
        raise DomainError(NOT_VOIDABLE)
    if session.scalar(select(ReceivableCollection.id).where(ReceivableCollection.voids_id == original.id)):
        raise DomainError(ALREADY_VOIDED)
    reason = limits.squeeze(reason)
    if not reason:
        raise DomainError(NO_VOID_REASON, field="reason")
    limits.REASON.check(reason, "reason")
    now = clock.now()
    row = ReceivableCollection(order_id=original.order_id, payer=original.payer, received_on=now.date(),
                               method=original.method, reference=original.reference, amount=-original.amount,
                               note=reason, voids_id=original.id, recorded_at=now, recorded_by_id=actor)
    session.add(row)
    session.flush()
    audit.record(session, actor, "money:collection_void", "receivable_collection", original.id,
                 order_id=original.order_id,
                 before={"amount": str(original.amount), "received_on": original.received_on,
                         "reference": original.reference},
                 after={"reversal": row.id, "reason": reason})
    return receivable_of(session, original.order_id, original.payer)
