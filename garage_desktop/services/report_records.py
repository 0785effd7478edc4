"""The records behind the reports, read with a few set-based queries per window of time.

``load`` reads every order a window's figures can touch (delivered, settled or ready in it) and, by
``order_id IN (that query)``, their lines, the customer's answers, discounts, money, calls and comebacks, and
turns them into plain ``domain.kpi.OrderFacts`` (plus, for the workbook, the display fields and line facts).
Charged lines follow the settlement's rules (``domain.settlement.is_charged`` / ``charged_quantity``,
customer-supplied parts at zero), as ``services.checkout_state.charged_lines`` counts them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, Integer, Select, and_, case, cast, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from garage_desktop.db.models import (
    Approval,
    ComebackDecision,
    Customer,
    Discount,
    FollowUp,
    LabourLine,
    PartLine,
    Payment,
    RepairOrder,
    SubletLine,
    Vehicle,
)
from garage_desktop.domain import kpi, lifecycle
from garage_desktop.domain.classes import JobClass, Payer, RegulatoryClass
from garage_desktop.domain.kpi import Call, DepositFacts, OrderFacts, Period
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.money import ZERO
from garage_desktop.domain.pricing import HourUnit
from garage_desktop.domain.settlement import (
    Category,
    Charge,
    PaymentKind,
    Reduction,
    is_charged,
    part_charge,
)

READY_SLACK = timedelta(days=62)
CHUNK = 500  # ids per IN (...) list: well inside every database's parameter limit


# --- what the loader keeps besides the KPI facts ------------------------------------------------------------

@dataclass(frozen=True)
class OrderInfo:
    order_id: int
    order_no: str
    status: OrderStatus
    plate: str
    customer: str
    vehicle_id: int | None
    job_class: JobClass
    regulatory_class: RegulatoryClass
    payer: Payer
    complaint: str
    mileage_in: int | None
    mileage_out: int | None
    closed_at: datetime | None


@dataclass(frozen=True)
class LabourFact:
    """A charged labour line."""

    order_id: int
    hours: Decimal  # clock hours (工時定額 converted from the garage's 工時 unit)
    amount: Decimal
    payer: Payer
    team: str
    mechanic_id: int | None


@dataclass(frozen=True)
class PartFact:
    """A charged part line (customer-supplied ones are listed at zero)."""

    line_id: int
    order_id: int
    part_id: int | None
    name: str
    quantity: Decimal
    amount: Decimal
    payer: Payer
    customer_supplied: bool


@dataclass(frozen=True)
class MoneyFact:
    order_id: int
    kind: PaymentKind
    method: str
    payer: Payer
    amount: Decimal
    created_at: datetime


@dataclass(frozen=True)
class CallFact:
    order_id: int
    called_at: datetime
    reached: bool
    satisfaction: int | None
    remarks: str
    complaint: str
    resolution: str


@dataclass
class Loaded:
    """Everything read for one window of time, by order id."""

    facts: dict[int, OrderFacts] = field(default_factory=dict)
    info: dict[int, OrderInfo] = field(default_factory=dict)  # with ``detail`` only
    vehicles: dict[int, int | None] = field(default_factory=dict)
    labour: list[LabourFact] = field(default_factory=list)
    parts: list[PartFact] = field(default_factory=list)
    money: dict[int, list[MoneyFact]] = field(default_factory=lambda: defaultdict(list))
    calls: dict[int, list[CallFact]] = field(default_factory=lambda: defaultdict(list))
    comebacks_of: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    window: set[int] = field(default_factory=set)  # the orders the window's figures can touch (the rest: context)

    def orders(self) -> list[OrderFacts]:
        return list(self.facts.values())

    def window_orders(self) -> list[OrderFacts]:
        """The orders the window's figures count among (without the comebacks and earlier orders read for the
        workbook's comeback sheet)."""
        return [facts for order_id, facts in self.facts.items() if order_id in self.window]


def chunked(ids: Iterable[int]) -> Iterator[list[int]]:
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), CHUNK):
        yield ordered[start:start + CHUNK]


@dataclass(frozen=True)
class Ids:
    """Which orders to read: those a query selects (read in one statement) and/or a list (read in chunks)."""

    query: Select[Any] | None = None
    listed: tuple[int, ...] = ()


def _core(session: Session) -> Any:
    """The session's connection, its pending changes flushed: these reads are plain column rows, which Core
    returns a third quicker than the ORM's result machinery (the same transaction, the same column types)."""
    session.flush()
    return session.connection()


def _in(session: Session, columns: Sequence[Any], key: Any, ids: Iterable[int] | Ids, *where: Any) -> list[Any]:
    """``SELECT columns WHERE key IN ids AND where``: a subquery in one statement, a list in chunks."""
    return _grouped(session, lambda condition: select(*columns).where(condition, *where), key, ids)


# The promise the on-time rate is measured against (``RepairOrder.promise_in_force_at``, else ``promised_at``),
# read as ``promised_at``: everything the figures read of the promise is that one.
PROMISE_IN_FORCE = func.coalesce(RepairOrder.promise_in_force_at, RepairOrder.promised_at).label("promised_at")

_ORDER_COLUMNS = (
    RepairOrder.id, RepairOrder.order_no, RepairOrder.status, RepairOrder.received_at, RepairOrder.ready_at,
    RepairOrder.customer_told_at, PROMISE_IN_FORCE, RepairOrder.original_promised_at,
    RepairOrder.settled_at, RepairOrder.delivered_at, RepairOrder.passed_qc_first_time, RepairOrder.comeback_of_id,
    RepairOrder.job_class, RepairOrder.regulatory_class, RepairOrder.payer, RepairOrder.complaint,
    RepairOrder.mileage_in, RepairOrder.mileage_out, RepairOrder.closed_at, RepairOrder.vehicle_id, Vehicle.plate,
    Customer.name, RepairOrder.cancel_reason)


# What the figures alone need of an order (the trend's twelve months read only these).
_FACT_COLUMNS = (
    RepairOrder.id, RepairOrder.status, RepairOrder.received_at, RepairOrder.ready_at, RepairOrder.customer_told_at,
    PROMISE_IN_FORCE, RepairOrder.original_promised_at, RepairOrder.settled_at, RepairOrder.delivered_at,
    RepairOrder.passed_qc_first_time, RepairOrder.comeback_of_id, RepairOrder.payer, RepairOrder.vehicle_id,
    RepairOrder.cancel_reason)


def order_rows_where(session: Session, *where: Any, detail: bool = True) -> list[Any]:
    if not detail:
        return list(_core(session).execute(select(*_FACT_COLUMNS).where(*where)).all())
    stmt = (select(*_ORDER_COLUMNS).outerjoin(Vehicle, Vehicle.id == RepairOrder.vehicle_id)
            .outerjoin(Customer, Customer.id == RepairOrder.customer_id).where(*where))
    return list(_core(session).execute(stmt).all())


def window_condition(period: Period) -> Any:
    """The orders a window's figures can touch: delivered, settled, or ready (the customer told) in it.

    An order whose customer was never told is ready when next at the counter: the first two cover it. Each
    branch starts on an indexed column, so the database reads only the window's orders.
    """
    start, end = period.start, period.end
    return or_(and_(RepairOrder.delivered_at >= start, RepairOrder.delivered_at < end),
               and_(RepairOrder.settled_at >= start, RepairOrder.settled_at < end),
               and_(RepairOrder.ready_at >= start - READY_SLACK, RepairOrder.ready_at < end,
                    RepairOrder.customer_told_at >= start, RepairOrder.customer_told_at < end))


def load(session: Session, period: Period, *, comebacks_received: bool = False, detail: bool = True) -> Loaded:
    """Read the records of every order the figures of ``period`` can touch (and, for the workbook, the
    comebacks received in it, every comeback of the orders it can touch whenever it came back, and the earlier
    order of each of them). ``detail=False`` reads only what the figures need (no labour and part facts, money
    or call notes): the trend's twelve months. ``Loaded.window`` holds the ids the figures count among."""
    condition = window_condition(period)
    rows = order_rows_where(session, condition, detail=detail)
    seen = {row.id for row in rows}
    window = set(seen)
    back: list[Any] = []
    if comebacks_received:
        # received in the month (whichever month the earlier order was delivered in) …
        back = [row for row in order_rows_where(session, RepairOrder.comeback_of_id.is_not(None),
                                                RepairOrder.received_at >= period.start,
                                                RepairOrder.received_at < period.end) if row.id not in seen]
        seen |= {row.id for row in back}
        # … and the comebacks, received whenever, of the month's orders (they count in the month's figures)
        later = [row for row in order_rows_where(session, RepairOrder.comeback_of_id.in_(
            select(RepairOrder.id).where(condition)), RepairOrder.status.not_in(list(kpi.NOT_COUNTED)))
                 if row.id not in seen]
        seen |= {row.id for row in later}
        back += later
        # the earlier order of every comeback read, the month's own comebacks included
        originals = {row.comeback_of_id for row in (*rows, *back) if row.comeback_of_id} - seen
        back += [row for chunk in chunked(originals) for row in order_rows_where(session, RepairOrder.id.in_(chunk))]
        rows += back
    ids = Ids(select(RepairOrder.id).where(condition), tuple(row.id for row in back))
    return _records(session, rows, ids, window, detail)


def load_orders(session: Session, order_ids: Iterable[int], *, detail: bool = False) -> Loaded:
    """The records of the listed orders, read as ``load`` reads a window's (``Loaded.window``: those found):
    what ``services.report_cache`` reads again of the orders the audit trail says changed."""
    listed = tuple(sorted(set(order_ids)))
    rows = [row for chunk in chunked(listed) for row in order_rows_where(session, RepairOrder.id.in_(chunk),
                                                                         detail=detail)]
    return _records(session, rows, Ids(listed=tuple(row.id for row in rows)), {row.id for row in rows}, detail)


def _records(session: Session, rows: list[Any], ids: Ids, window: set[int], detail: bool) -> Loaded:
    """The orders' lines, calls, money and comebacks (``ids``: the same orders, as a query or a list), into
    ``OrderFacts`` (and, with ``detail``, the display fields and line facts)."""
    loaded = Loaded(window=window)
    for cid, of in _in(session, (RepairOrder.id, RepairOrder.comeback_of_id), RepairOrder.comeback_of_id, ids,
                       RepairOrder.status.not_in(list(kpi.NOT_COUNTED))):
        loaded.comebacks_of[of].append(cid)
    free = free_comebacks(session, {row.id: row.comeback_of_id for row in rows if row.comeback_of_id})
    payers = {row.id: row.payer for row in rows}
    if detail:
        charges, discounts = charges_of(session, ids, payers, loaded, free)
    else:
        charges, discounts = summed_charges(session, ids, payers, free), discounts_of(session, ids)
    call_columns = (FollowUp.order_id, FollowUp.called_at, FollowUp.reached)
    if detail:
        call_columns += (FollowUp.satisfaction, FollowUp.remarks, FollowUp.complaint, FollowUp.resolution)
    for row in _in(session, call_columns, FollowUp.order_id, ids):
        loaded.calls[row.order_id].append(CallFact(*row) if detail else CallFact(*row, None, "", "", ""))
    if detail:
        for row in _in(session, (Payment.order_id, Payment.kind, Payment.method, Payment.payer, Payment.amount,
                                 Payment.created_at), Payment.order_id, ids):
            loaded.money[row.order_id].append(MoneyFact(row.order_id, PaymentKind(row.kind), row.method or "",
                                                        row.payer, row.amount, row.created_at))
    for row in rows:
        loaded.vehicles[row.id] = row.vehicle_id
        if detail:
            loaded.info[row.id] = OrderInfo(
                row.id, row.order_no or f"#{row.id}", row.status, row.plate or "", row.name or "", row.vehicle_id,
                row.job_class, row.regulatory_class, row.payer, row.complaint or "", row.mileage_in, row.mileage_out,
                row.closed_at)
        calls = tuple(sorted((Call(c.called_at, bool(c.reached)) for c in loaded.calls.get(row.id, ())),
                             key=lambda c: c.called_at))
        loaded.facts[row.id] = OrderFacts(
            row.id, row.status, row.received_at, row.ready_at, row.customer_told_at, row.promised_at,
            row.original_promised_at, row.settled_at, row.delivered_at, row.passed_qc_first_time,
            row.comeback_of_id, tuple(sorted(loaded.comebacks_of.get(row.id, ()))), calls,
            tuple(charges.get(row.id, ())), tuple(discounts.get(row.id, ())),
            declined=lifecycle.declined(row.status, row.cancel_reason))
    return loaded


def free_comebacks(session: Session, comeback_of: dict[int, int]) -> set[int]:
    """The orders (of ``comeback_of``: order → the earlier order it came back on) repaired free of charge, as
    ``services.comebacks.is_free_comeback`` decides: a link without a decision saying otherwise is free."""
    if not comeback_of:
        return set()
    charged = {(order_id, earlier) for order_id, earlier, free in _in(
        session, (ComebackDecision.order_id, ComebackDecision.earlier_order_id, ComebackDecision.free_of_charge),
        ComebackDecision.order_id, list(comeback_of)) if not free}
    return {order_id for order_id, earlier in comeback_of.items() if (order_id, earlier) not in charged}


def charges_of(session: Session, ids: Iterable[int] | Ids, payers: dict[int, Payer], loaded: Loaded | None,
               free: set[int] | frozenset[int] = frozenset()) -> tuple[dict[int, list[Charge]],
                                                                      dict[int, list[Reduction]]]:
    """The charged lines and discounts per order, as ``services.checkout_state.charged_lines`` counts them:
    a free comeback (``free``) has every line at zero. Kept as labour and part facts in ``loaded`` too."""
    answers = dict(_in(session, (Approval.id, Approval.approved), Approval.order_id, ids))
    charges: dict[int, list[Charge]] = defaultdict(list)
    labour_columns = (LabourLine.order_id, LabourLine.amount, LabourLine.payer, LabourLine.added,
                      LabourLine.approval_id)
    if loaded is not None:
        labour_columns += (LabourLine.standard_hours, LabourLine.hour_unit, LabourLine.team, LabourLine.mechanic_id)
    for row in _in(session, labour_columns, LabourLine.order_id, ids):
        if not is_charged(row.added, answers.get(row.approval_id) if row.approval_id else None):
            continue
        payer = row.payer or payers[row.order_id]
        amount = ZERO if row.order_id in free else row.amount
        charges[row.order_id].append(Charge(Category.LABOUR, payer, amount))
        if loaded is not None:
            loaded.labour.append(LabourFact(row.order_id, kpi.hours_of(row.standard_hours,
                                                                       row.hour_unit or HourUnit.HOUR),
                                            amount, payer, row.team or "", row.mechanic_id))
    for row in _in(session, (PartLine.id, PartLine.order_id, PartLine.part_id, PartLine.name, PartLine.planned_qty,
                             PartLine.issued_qty, PartLine.unit_price, PartLine.payer, PartLine.customer_supplied,
                             PartLine.added, PartLine.approval_id), PartLine.order_id, ids):
        if not is_charged(row.added, answers.get(row.approval_id) if row.approval_id else None):
            continue
        charge = part_charge(row.issued_qty, row.planned_qty, row.unit_price,
                             customer_supplied=bool(row.customer_supplied), free=row.order_id in free)
        if charge is None:
            continue  # planned but never issued: not used, not charged
        quantity, amount = charge
        payer = row.payer or payers[row.order_id]
        charges[row.order_id].append(Charge(Category.PARTS, payer, amount))
        if loaded is not None:
            loaded.parts.append(PartFact(row.id, row.order_id, row.part_id, row.name, quantity, amount, payer,
                                         bool(row.customer_supplied)))
    for row in _in(session, (SubletLine.order_id, SubletLine.charge, SubletLine.payer, SubletLine.added,
                             SubletLine.approval_id), SubletLine.order_id, ids):
        if not is_charged(row.added, answers.get(row.approval_id) if row.approval_id else None):
            continue
        payer = row.payer or payers[row.order_id]
        charges[row.order_id].append(Charge(Category.OUTSIDE, payer, ZERO if row.order_id in free else row.charge))
    return charges, discounts_of(session, ids)


def discounts_of(session: Session, ids: Iterable[int] | Ids) -> dict[int, list[Reduction]]:
    discounts: dict[int, list[Reduction]] = defaultdict(list)
    for order_id, payer, amount in _in(session, (Discount.order_id, Discount.payer, Discount.amount),
                                       Discount.order_id, ids):
        discounts[order_id].append(Reduction(payer, amount))
    return discounts


def _raw(column: Any) -> Any:
    """A ``Scaled`` column as the integer it is stored as (分 for money, thousandths for quantities)."""
    return type_coerce(column, Integer)


def _charged_in_sql(line: Any) -> Any:
    """``settlement.is_charged`` of a line joined to its approval (``Approval`` outer-joined by ``approval_id``)."""
    return or_(line.added.is_(False), Approval.approved.is_(True))


def _part_amount_in_sql() -> tuple[Any, Any]:
    """``settlement.part_charge`` of a ``PartLine`` in SQL, on the stored integers: (whether the line is on the
    bill, its amount in 分). The quantity charged is the one issued, at most the one planned, never below zero;
    quantity (thousandths) × unit price (分) is rounded to whole 分 half up, away from zero below it, as
    ``money.round_yuan``; a customer-supplied part is on the bill at zero."""
    issued, planned = _raw(PartLine.issued_qty), _raw(PartLine.planned_qty)
    quantity = case((issued < planned, issued), else_=planned)
    quantity = case((quantity < 0, 0), else_=quantity)
    product = cast(quantity, BigInteger) * cast(_raw(PartLine.unit_price), BigInteger)
    rounded = case((product >= 0, (product + 500) // 1000), else_=-((500 - product) // 1000))
    supplied = PartLine.customer_supplied.is_(True)
    return or_(supplied, quantity > 0), case((supplied, 0), else_=rounded)


def summed_charges(session: Session, ids: Iterable[int] | Ids, payers: dict[int, Payer],
                   free: set[int] | frozenset[int] = frozenset()) -> dict[int, list[Charge]]:
    """The orders' charges summed by category and payer in the database: what ``charges_of`` gives, as the
    figures use it (``report_cache.Same.facts`` sums it the same way), without a row per line (issue 20: a month
    years back on ten years of a busy garage is some 12,000 lines, two thirds of its reading time in Python).
    A (category, payer) with charged lines is there even when it sums to zero (a free comeback, a customer's own
    parts), as ``charges_of`` lists such lines. Checked against ``charges_of`` line for line in
    ``tests/integration/test_report_records.py`` on both databases."""
    on_bill, part_amount = _part_amount_in_sql()
    sums: dict[int, dict[tuple[Category, Payer], int]] = defaultdict(dict)
    for category, line, amount, where in (
            (Category.LABOUR, LabourLine, _raw(LabourLine.amount), True),
            (Category.PARTS, PartLine, part_amount, on_bill),
            (Category.OUTSIDE, SubletLine, _raw(SubletLine.charge), True)):
        amount_sum = func.coalesce(func.sum(amount), 0)

        def statement(condition: Any, line: Any = line, where: Any = where, amount_sum: Any = amount_sum) -> Any:
            return (select(line.order_id, line.payer, amount_sum)
                    .outerjoin(Approval, and_(Approval.id == line.approval_id, Approval.order_id == line.order_id))
                    .where(condition, _charged_in_sql(line), where)
                    .group_by(line.order_id, line.payer))

        for order_id, payer, total in _grouped(session, statement, line.order_id, ids):
            if order_id not in payers:
                continue  # come into the window since its orders were read: a later look reads it whole
            key = (category, payer or payers[order_id])
            kept = sums[order_id]
            kept[key] = kept.get(key, 0) + (0 if order_id in free else int(total))
    return {order_id: [Charge(category, payer, Decimal(total).scaleb(-2)) for (category, payer), total in
                       sorted(kept.items(), key=lambda item: (_CATEGORY_ORDER[item[0][0]], item[0][1]))]
            for order_id, kept in sums.items()}


_CATEGORY_ORDER = {category: place for place, category in enumerate(Category)}


def _grouped(session: Session, statement: Callable[[Any], Any], key: Any, ids: Iterable[int] | Ids) -> list[Any]:
    """The rows of ``statement(key IN ids)``: a subquery in one statement, a list in chunks."""
    wanted = ids if isinstance(ids, Ids) else Ids(listed=tuple(ids))
    connection = _core(session)
    rows: list[Any] = []
    if wanted.query is not None:
        rows += connection.execute(statement(key.in_(wanted.query))).all()
    for chunk in chunked(wanted.listed):
        rows += connection.execute(statement(key.in_(chunk))).all()
    return rows


def deposit_facts(session: Session, order_ids: Iterable[int] | None = None) -> list[DepositFacts]:
    """Every order that took a deposit (of ``order_ids``, if given), with its deposits and refunds (and their
    times) and how it ended."""
    # Only the kind in SQL: a scan of the payments is quicker than the date index over years of them; the
    # deposits taken later are left out by ``kpi.open_deposits``, which counts money taken before its moment.
    if order_ids is not None:
        ids = {row.order_id for row in _in(session, (Payment.order_id,), Payment.order_id, order_ids,
                                           Payment.kind == PaymentKind.DEPOSIT.value)}
    else:
        ids = set(_core(session).scalars(select(Payment.order_id).where(Payment.kind == PaymentKind.DEPOSIT.value)))
    if not ids:
        return []
    orders = {row.id: row for row in _in(session, (RepairOrder.id, RepairOrder.status, RepairOrder.delivered_at,
                                                   RepairOrder.settled_at, RepairOrder.closed_at),
                                         RepairOrder.id, ids)}
    movements: dict[int, list[tuple[datetime, Decimal]]] = defaultdict(list)
    for order_id, kind, amount, created_at in _in(
            session, (Payment.order_id, Payment.kind, Payment.amount, Payment.created_at), Payment.order_id, ids,
            Payment.kind.in_([PaymentKind.DEPOSIT.value, PaymentKind.REFUND.value])):
        movements[order_id].append((created_at, amount if kind == PaymentKind.DEPOSIT.value else -amount))
    return [DepositFacts(oid, tuple(movements[oid]), row.delivered_at, row.settled_at,
                         row.closed_at if row.status is OrderStatus.REFUNDED else None)
            for oid, row in orders.items()]
