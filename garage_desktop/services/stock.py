"""Stock: every change of a part's quantity is a movement (receive, issue, return, adjust, count), booked in the
same transaction as the new on hand, so on hand always equals the sum of the part's movements.

Also the stock list (on hand, reserved by open orders, minimum, bin, supplier), the low-stock list, a part's
movements, receiving a delivery, and a stock count whose differences are booked as movements with a reason.
``book`` is the only place that changes ``Part.on_hand``; ``services.picking`` issues and returns through it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import Connection, Select, and_, case, func, literal_column, or_, select, true, type_coerce
from sqlalchemy.orm import Session

from garage_desktop.db.models import (
    Approval,
    LabourLine,
    Operator,
    Part,
    PartLine,
    RepairOrder,
    StockMovement,
)
from garage_desktop.db.types import Scaled
from garage_desktop.domain import limits
from garage_desktop.domain.classes import Role
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.money import parse_decimal, parse_money
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError
from garage_desktop.services import audit, clock, permissions

S = OrderStatus
RECEIVE, ISSUE, RETURN, ADJUST, COUNT = "receive", "issue", "return", "adjust", "count"
KINDS = (RECEIVE, ISSUE, RETURN, ADJUST, COUNT)
KIND_LABELS: dict[str, str] = {
    RECEIVE: QT_TRANSLATE_NOOP("Domain", "Delivery received"),  # not "Received": that is the order's 接車
    ISSUE: QT_TRANSLATE_NOOP("Domain", "Issued"),
    RETURN: QT_TRANSLATE_NOOP("Domain", "Returned"),
    ADJUST: QT_TRANSLATE_NOOP("Domain", "Adjusted"),
    COUNT: QT_TRANSLATE_NOOP("Domain", "Stock count"),
}
# Orders whose unissued parts are held for them: confirmed and still in the workshop (and a counter sale waiting
# for settlement: ``reserving_sql``).
RESERVING: frozenset[OrderStatus] = frozenset({S.CONFIRMED, S.DISPATCHED, S.IN_REPAIR, S.AWAITING_APPROVAL,
                                               S.REWORK})
EXTRA_PART = "extra_part"  # Approval.kind of a 用料批條
STORE_ROLES = (Role.STORE,)
QTY = Decimal("0.001")
MAX_QTY = Decimal(999999)
LIST_LIMIT = 500

NO_PART = QT_TRANSLATE_NOOP("Domain", "That part no longer exists.")
BELOW_ZERO = QT_TRANSLATE_NOOP("Domain", "Only {on_hand} {unit} of {code} {name} are in stock: the stock cannot "
                                         "go below zero.")
NO_REASON = QT_TRANSLATE_NOOP("Domain", "Say why the stock changes (the reason is kept with the movement).")
ZERO_QTY = QT_TRANSLATE_NOOP("Domain", "The quantity must be above zero.")
NO_CHANGE = QT_TRANSLATE_NOOP("Domain", "An adjustment of zero changes nothing.")
NOTHING_RECEIVED = QT_TRANSLATE_NOOP("Domain", "Add at least one part to the delivery.")
MOVED_SINCE = QT_TRANSLATE_NOOP("Domain", "{code} {name} moved while it was being counted (on hand was {expected}, "
                                          "now {on_hand}): count it again.")
NOTHING_COUNTED = QT_TRANSLATE_NOOP("Domain", "Enter the counted quantity of at least one part.")


# --- what the screens show ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class StockRow:
    part_id: int
    code: str
    name: str
    spec: str
    unit: str
    origin: str
    on_hand: Decimal
    reserved: Decimal  # still to be issued to open orders
    minimum: Decimal
    bin_location: str
    supplier: str
    cost: Decimal
    sale_price: Decimal

    @property
    def available(self) -> Decimal:
        return self.on_hand - self.reserved

    @property
    def low(self) -> bool:
        return self.available < self.minimum

    @property
    def shortfall(self) -> Decimal:
        """How many to order to get back to the minimum (0 when not low)."""
        return max(self.minimum - self.available, Decimal(0))


@dataclass(frozen=True)
class StockPage:
    rows: tuple[StockRow, ...]
    total: int  # rows matching, of which at most ``limit`` are in ``rows``


@dataclass(frozen=True)
class MovementView:
    id: int
    created_at: datetime
    kind: str
    kind_label: str  # English (KIND_LABELS)
    quantity: Decimal  # signed
    balance: Decimal  # on hand after this movement
    unit_cost: Decimal | None
    order_id: int | None
    order_no: str
    part_line_id: int | None
    reason: str
    created_by: str


# --- the queries (SQLAlchemy Core on the tables: no ORM loading where speed matters) ------------------------
PART, LINE, ORDER = Part.__table__, PartLine.__table__, RepairOrder.__table__
APPROVAL, MOVEMENT, OPERATOR = Approval.__table__, StockMovement.__table__, Operator.__table__


def connection_of(session: Session | Connection) -> Connection:
    """The Core connection behind a session (its pending changes flushed first, as ``session.execute`` would),
    or the connection itself: the hot reads run on either, and the window gives them a plain connection
    (``AppContext.read_core``), which costs a fifth of a session per call."""
    if isinstance(session, Session):
        if session.autoflush:
            session.flush()
        return session.connection()
    return session


class FastSelect:
    """A Core SELECT for the hottest reads (opening a pick list, the low-stock list), run straight on the
    session's DBAPI cursor: compiled once per dialect, parameters placed the dialect's way, and values converted
    by the dialect's own result processors (Decimal from 分, datetimes from SQLite text, enums). SQLAlchemy's
    per-execution bookkeeping otherwise costs more than these small indexed queries themselves. Parameters
    must be plain values (ids), which need no bind processing."""

    def __init__(self, statement: Select) -> None:  # type: ignore[type-arg]
        self.statement = statement
        self._compiled: dict[str, tuple[str, tuple[str, ...] | None, list[Any]]] = {}

    def _for(self, dialect: Any) -> tuple[str, tuple[str, ...] | None, list[Any]]:
        found = self._compiled.get(dialect.name)
        if found is None:
            compiled = self.statement.compile(dialect=dialect)
            positions = tuple(compiled.positiontup) if compiled.positional and compiled.positiontup else None
            processors = [column.type.dialect_impl(dialect).result_processor(dialect, None)
                          for column in self.statement.selected_columns]
            found = self._compiled[dialect.name] = (str(compiled), positions, processors)
        return found

    def rows(self, session: Session | Connection, **params: Any) -> list[tuple[Any, ...]]:
        connection = connection_of(session)
        sql, positions, processors = self._for(connection.dialect)
        cursor = connection.connection.cursor()
        try:
            cursor.execute(sql, tuple(params[name] for name in positions) if positions is not None else params)
            raw = cursor.fetchall()
        finally:
            cursor.close()
        active = [(i, p) for i, p in enumerate(processors) if p is not None]
        result = []
        for values in raw:
            row = list(values)
            for index, process in active:
                row[index] = process(row[index])
            result.append(tuple(row))
        return result


def outstanding_sql(line: Any = LINE, approval: Any = APPROVAL) -> Any:
    """SQL: what may still be issued on a part line — its plan, or for a 用料批條 line the quantity the inspector
    approved — less what was issued, never below zero (a portable CASE, no SQLite-only MAX)."""
    allowed = case((approval.c.kind == literal_column(f"'{EXTRA_PART}'"),
                    func.coalesce(approval.c.quantity, literal_column("0"))), else_=line.c.planned_qty)
    return case((allowed > line.c.issued_qty, allowed - line.c.issued_qty), else_=literal_column("0"))


def holds_stock_sql(line: Any = LINE, approval: Any = APPROVAL) -> Any:
    """SQL: the line holds stock for its order: a stock part, not brought by the customer, and either the
    estimate's own line or added work / an extra part that was approved."""
    return and_(line.c.part_id.is_not(None), line.c.customer_supplied.is_(False),
                or_(line.c.added.is_(False), approval.c.approved.is_(True)))


def status_in_sql(order: Any, statuses: frozenset[OrderStatus]) -> Any:
    """SQL: the order's status is one of ``statuses``, written inline (our own constants), so the statement is
    compiled once and cached instead of re-rendered for an expanding IN on every call."""
    return order.c.status.in_([literal_column(f"'{status.value}'") for status in sorted(statuses)])


def reserving_sql(order: Any) -> Any:
    """SQL: the order's unissued parts are held for it (and may be issued): a RESERVING status, or a counter sale
    (no labour line) confirmed straight to ready for settlement, whose parts the store issues while it waits."""
    labour = LabourLine.__table__
    counter_sale = ~select(labour.c.id).where(labour.c.order_id == order.c.id).exists()
    return and_(status_in_sql(order, RESERVING | {S.READY}),
                or_(order.c.status != literal_column(f"'{S.READY.value}'"), counter_sale))


def reserved_statement() -> Select:  # type: ignore[type-arg]
    """part_id → quantity still to be issued to open orders (RESERVING statuses).

    The lines are found from the few open orders (``order_id IN (open orders)``, by the status index, then the
    lines' order index), not by walking every part line ever written and looking its order up.
    """
    open_orders = select(ORDER.c.id).where(reserving_sql(ORDER))
    return (select(LINE.c.part_id.label("part_id"),
                   type_coerce(func.sum(outstanding_sql()), Scaled(3)).label("reserved"))
            .select_from(LINE.outerjoin(APPROVAL, APPROVAL.c.id == LINE.c.approval_id))
            .where(LINE.c.order_id.in_(open_orders), holds_stock_sql())
            .group_by(LINE.c.part_id))


def _stock_statement() -> tuple[Select, Any]:  # type: ignore[type-arg]
    reserved = reserved_statement().subquery("reserved")
    held = type_coerce(func.coalesce(reserved.c.reserved, literal_column("0")), Scaled(3))
    stmt = (select(PART.c.id, PART.c.code, PART.c.name, PART.c.spec, PART.c.unit, PART.c.origin, PART.c.on_hand,
                   held.label("reserved"), PART.c.minimum, PART.c.bin_location, PART.c.supplier, PART.c.cost,
                   PART.c.sale_price)
            .select_from(PART.outerjoin(reserved, reserved.c.part_id == PART.c.id)))
    return stmt, held


def _text_filter(text: str) -> Any:
    conditions = []
    for word in (text or "").split():
        # icontains: SQLite's LIKE ignores the case of Latin letters, PostgreSQL's does not ("b-07" finds "B-07")
        conditions.append(or_(*(column.icontains(word, autoescape=True) for column in (
            PART.c.code, PART.c.name, PART.c.spec, PART.c.supplier, PART.c.bin_location))))
    return and_(true(), *conditions)


def _row(values: Sequence[Any]) -> StockRow:
    return StockRow(*values)


def stock_list(session: Session, text: str = "", *, limit: int = LIST_LIMIT) -> StockPage:
    """Parts by code with on hand and reserved; ``text`` narrows by code, name, spec, supplier or bin."""
    stmt, _held = _stock_statement()
    where = _text_filter(text)
    total = session.scalar(select(func.count(PART.c.id)).where(where)) or 0
    rows = session.execute(stmt.where(where).order_by(PART.c.code).limit(limit))
    return StockPage(tuple(_row(r) for r in rows), total)


def low_stock_statement() -> Select:  # type: ignore[type-arg]
    stmt, held = _stock_statement()
    return stmt.where(PART.c.on_hand - held < PART.c.minimum).order_by(PART.c.supplier, PART.c.code)


_LOW_STOCK = FastSelect(low_stock_statement())


def low_stock(session: Session | Connection) -> list[StockRow]:
    """Parts whose stock, less what open orders still need, is below their minimum — by supplier, to reorder."""
    return [StockRow(*r) for r in _LOW_STOCK.rows(session)]


def stock_row(session: Session, part_id: int) -> StockRow | None:
    stmt, _held = _stock_statement()
    found = session.execute(stmt.where(PART.c.id == part_id)).first()
    return _row(found) if found else None


def movements(session: Session, part_id: int, limit: int = 200) -> list[MovementView]:
    """The part's movements, newest first, each with the on hand it left behind."""
    on_hand = session.scalar(select(PART.c.on_hand).where(PART.c.id == part_id))
    if on_hand is None:
        return []
    rows = session.execute(
        select(MOVEMENT.c.id, MOVEMENT.c.created_at, MOVEMENT.c.kind, MOVEMENT.c.quantity, MOVEMENT.c.unit_cost,
               MOVEMENT.c.order_id, ORDER.c.order_no, MOVEMENT.c.part_line_id, MOVEMENT.c.reason, OPERATOR.c.name)
        .select_from(MOVEMENT.outerjoin(ORDER, ORDER.c.id == MOVEMENT.c.order_id)
                     .outerjoin(OPERATOR, OPERATOR.c.id == MOVEMENT.c.created_by_id))
        .where(MOVEMENT.c.part_id == part_id)
        .order_by(MOVEMENT.c.id.desc()).limit(limit))
    views, balance = [], on_hand
    for (movement_id, at, kind, quantity, cost, order_id, order_no, line_id, reason, who) in rows:
        views.append(MovementView(movement_id, at, kind, KIND_LABELS.get(kind, kind), quantity, balance, cost,
                                  order_id, order_no or "", line_id, reason or "", who or ""))
        balance -= quantity
    return views


def ledger_mismatches(session: Session) -> list[tuple[int, Decimal, Decimal]]:
    """(part id, on hand, sum of its movements) for every part where the two differ — should always be empty."""
    sums = (select(MOVEMENT.c.part_id, type_coerce(func.sum(MOVEMENT.c.quantity), Scaled(3)).label("total"))
            .group_by(MOVEMENT.c.part_id).subquery())
    total = type_coerce(func.coalesce(sums.c.total, literal_column("0")), Scaled(3))
    rows = session.execute(select(PART.c.id, PART.c.on_hand, total)
                           .select_from(PART.outerjoin(sums, sums.c.part_id == PART.c.id))
                           .where(PART.c.on_hand != func.coalesce(sums.c.total, literal_column("0"))))
    return [(part_id, on_hand, Decimal(summed)) for part_id, on_hand, summed in rows]


# --- booking -----------------------------------------------------------------------------------------------
def _qty(text: str | Decimal) -> str:
    return f"{Decimal(text).normalize():f}"


def get_part(session: Session, part_id: int, *, lock: bool = True) -> Part:
    """The part, locked for the rest of the transaction on a server database (SQLite serialises writers)."""
    part = session.get(Part, part_id, with_for_update=lock or None, populate_existing=lock)
    if part is None:
        raise DomainError(NO_PART, field="part")
    return part


def book(session: Session, actor: int | None, part: Part, kind: str, quantity: Decimal, *,
         unit_cost: Decimal | None = None, order_id: int | None = None, part_line_id: int | None = None,
         reason: str = "") -> StockMovement:
    """The one place stock changes: a movement and the part's new on hand, in the caller's transaction.

    Refused (nothing written) when it would take the stock below zero.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown movement kind {kind!r}")
    if quantity.is_zero():
        raise DomainError(ZERO_QTY, field="quantity")
    after = part.on_hand + quantity
    if after < 0:
        raise DomainError(BELOW_ZERO, field="quantity", on_hand=_qty(part.on_hand), unit=part.unit or "",
                          code=part.code, name=part.name)
    part.on_hand = after
    movement = StockMovement(part_id=part.id, kind=kind, quantity=quantity, unit_cost=unit_cost,
                             order_id=order_id, part_line_id=part_line_id, reason=reason[:limits.REASON.limit],
                             created_at=clock.now(), created_by_id=actor)
    session.add(movement)
    return movement


def parse_quantity(text: str | Decimal, field: str = "quantity", *, signed: bool = False) -> Decimal:
    if isinstance(text, float):
        raise TypeError("quantities are Decimal or text, never float")
    value = parse_decimal(text, field=field, places=3, minimum=-MAX_QTY if signed else Decimal(0),
                          maximum=MAX_QTY)
    return value.quantize(QTY)


def check_reason(reason: str, *, required: bool = True) -> str:
    text = limits.squeeze(reason)
    if required and not text:
        raise DomainError(NO_REASON, field="reason")
    limits.REASON.check(text, "reason")
    return text


# --- receiving ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ReceiptLine:
    part_id: int
    quantity: str | Decimal
    unit_cost: str | Decimal = ""  # empty: the part's current cost


@dataclass(frozen=True)
class ReceiptResult:
    lines: int
    quantity: Decimal
    value: Decimal  # Σ quantity × unit cost


def average_cost(on_hand: Decimal, cost: Decimal, quantity: Decimal, unit_cost: Decimal) -> Decimal:
    """The moving average cost after receiving ``quantity`` at ``unit_cost`` (to 分, half up)."""
    held = max(on_hand, Decimal(0))
    if held + quantity <= 0:
        return unit_cost
    value = held * cost + quantity * unit_cost
    return (value / (held + quantity)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def receive(session: Session, actor: int | None, supplier: str, lines: Sequence[ReceiptLine],
            note: str = "") -> ReceiptResult:
    """A supplier's delivery: each part's stock goes up and its cost becomes the moving average."""
    permissions.require(session, actor, *STORE_ROLES)
    supplier = limits.SUPPLIER.check(limits.squeeze(supplier), "supplier")
    note = limits.RECEIPT_NOTE.check(limits.squeeze(note), "note")
    if not lines:
        raise DomainError(NOTHING_RECEIVED, field="lines")
    reason = "；".join(p for p in (supplier, note) if p)
    total_qty, total_value = Decimal(0), Decimal(0)
    for index, line in enumerate(lines):
        field = f"lines[{index}]"
        quantity = parse_quantity(line.quantity, f"{field}.quantity")
        if quantity <= 0:
            raise DomainError(ZERO_QTY, field=f"{field}.quantity")
        part = get_part(session, line.part_id)
        typed = str(line.unit_cost).strip()
        unit_cost = parse_money(typed, field=f"{field}.unit_cost") if typed else part.cost
        new_cost = average_cost(part.on_hand, part.cost, quantity, unit_cost)
        audit.record(session, actor, "stock:receive", "part", part.id, before={"on_hand": _qty(part.on_hand)},
                     after={"on_hand": _qty(part.on_hand + quantity), "received": _qty(quantity),
                            "unit_cost": str(unit_cost), "supplier": supplier, "note": note})
        if new_cost != part.cost:
            audit.record(session, actor, "price:cost", "part", part.id, before={"cost": str(part.cost)},
                         after={"cost": str(new_cost), "received": str(quantity), "unit_cost": str(unit_cost)})
            part.cost = new_cost
        if supplier and not part.supplier:
            part.supplier = supplier
        book(session, actor, part, RECEIVE, quantity, unit_cost=unit_cost, reason=reason)
        total_qty += quantity
        total_value += (quantity * unit_cost).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    session.flush()
    return ReceiptResult(len(lines), total_qty, total_value)


# --- adjusting and counting --------------------------------------------------------------------------------
def adjust(session: Session, actor: int | None, part_id: int, quantity: str | Decimal, reason: str) -> StockRow:
    """A correction with its reason (breakage, found, wrong booking): + into stock, − out of it."""
    permissions.require(session, actor, *STORE_ROLES)
    change = parse_quantity(quantity, signed=True)
    if change.is_zero():
        raise DomainError(NO_CHANGE, field="quantity")
    why = check_reason(reason)
    part = get_part(session, part_id)
    before = part.on_hand
    book(session, actor, part, ADJUST, change, unit_cost=part.cost, reason=why)
    audit.record(session, actor, "stock:adjust", "part", part.id, before={"on_hand": str(before)},
                 after={"on_hand": str(part.on_hand), "reason": why})
    session.flush()
    row = stock_row(session, part.id)
    assert row is not None
    return row


@dataclass(frozen=True)
class CountLine:
    part_id: int
    counted: str | Decimal
    expected: Decimal | None = None  # the on hand shown when counting began; None: do not check


@dataclass(frozen=True)
class CountDifference:
    part_id: int
    code: str
    name: str
    unit: str
    on_hand: Decimal
    counted: Decimal

    @property
    def difference(self) -> Decimal:
        return self.counted - self.on_hand


def _differences(session: Session, lines: Sequence[CountLine], *, lock: bool) -> list[CountDifference]:
    found = []
    for index, line in enumerate(lines):
        if isinstance(line.counted, str) and not line.counted.strip():
            continue  # not counted
        counted = parse_quantity(line.counted, f"lines[{index}].counted")
        part = get_part(session, line.part_id, lock=lock)
        if line.expected is not None and line.expected != part.on_hand:
            raise DomainError(MOVED_SINCE, field=f"lines[{index}].counted", code=part.code, name=part.name,
                              expected=_qty(line.expected), on_hand=_qty(part.on_hand))
        found.append(CountDifference(part.id, part.code, part.name, part.unit or "", part.on_hand, counted))
    return found


def count_differences(session: Session, lines: Sequence[CountLine]) -> list[CountDifference]:
    """What a count would book (only the parts whose counted quantity differs), without writing."""
    return [d for d in _differences(session, lines, lock=False) if d.difference]


@dataclass(frozen=True)
class CountResult:
    counted: int  # parts counted
    differences: tuple[CountDifference, ...]  # booked as movements


def record_count(session: Session, actor: int | None, lines: Sequence[CountLine], reason: str) -> CountResult:
    """A stock count (盤點): each difference between counted and on hand is booked with the reason."""
    permissions.require(session, actor, *STORE_ROLES)
    found = _differences(session, lines, lock=True)
    if not found:
        raise DomainError(NOTHING_COUNTED, field="lines")
    differences = tuple(d for d in found if d.difference)
    why = check_reason(reason, required=bool(differences))
    for difference in differences:
        part = get_part(session, difference.part_id)
        book(session, actor, part, COUNT, difference.difference, unit_cost=part.cost, reason=why)
    audit.record(session, actor, "stock:count", "part", None, after={
        "reason": why, "counted": len(found),
        "differences": [[d.code, str(d.on_hand), str(d.counted)] for d in differences]})
    session.flush()
    return CountResult(len(found), differences)
