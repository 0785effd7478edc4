"""領料 Parts picking per order: the pick list from the order's part lines, and the reconciliation of what the
store issued against what the order holds, which must be clean before the car goes to final QC.

What may be issued on a line (its *allowance*): the planned quantity of the estimate's lines and of added work
the customer approved; for an extra part (用料批條), the quantity the inspector approved. An extra part always
gets a line of its own (planned 0, marked added, tied to its ``Approval`` of kind ``extra_part``), also when it
is more of a part already planned, so the customer's order (the planned quantities) never grows by itself.
Issued beyond the plan means "not on the customer's order": the reconciliation lists it until the parts are
returned or the advisor puts them on the order (``services.picking_actions.accept_extra``).

The actions (issue, return, substitute, extra parts and their approval, old parts) are in
``services.picking_actions``; this module reads.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Integer, and_, bindparam, case, func, literal_column, select, type_coerce
from sqlalchemy.orm import Session

from garage_desktop.db.models import Customer, LabourLine, Vehicle
from garage_desktop.db.types import Scaled
from garage_desktop.domain import lifecycle
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError
from garage_desktop.services import stock
from garage_desktop.services.stock import EXTRA_PART, RESERVING

S = OrderStatus
ZERO = Decimal("0.000")
# Parts are issued (and extra parts asked for) while the car is in the workshop, and for a counter sale (no
# labour) while it waits for settlement (``may_issue``); returned until settlement.
ISSUING: frozenset[OrderStatus] = RESERVING
RETURNING: frozenset[OrderStatus] = RESERVING | {S.QC_PENDING, S.READY}


def may_issue(status: OrderStatus, *, counter_sale: bool) -> bool:
    """Whether parts may be issued to an order now (``counter_sale``: it has no labour line)."""
    return status in ISSUING or (counter_sale and status is S.READY)
OLD_PARTS = ("taken", "left", "none")  # 客戶帶走 / 留廠處理 / 無舊件
OLD_PART_LABELS = {"": QT_TRANSLATE_NOOP("Domain", "Not recorded"),
                   "taken": QT_TRANSLATE_NOOP("Domain", "Customer takes it"),
                   "left": QT_TRANSLATE_NOOP("Domain", "Left with the garage"),
                   "none": QT_TRANSLATE_NOOP("Domain", "No old part")}

NOT_ISSUING = QT_TRANSLATE_NOOP("Domain", "Parts are issued only while the car is in the workshop: after the "
                                          "customer confirmed the work order and before final QC.")
NOT_RETURNING = QT_TRANSLATE_NOOP("Domain", "Parts can be returned only until the order is settled.")
CUSTOMER_SUPPLIED = QT_TRANSLATE_NOOP("Domain", "The customer brought this part: nothing is issued from stock.")
NOT_STOCKED = QT_TRANSLATE_NOOP("Domain", "This line is not a stock part: substitute a part from the stock first.")
WAITING_CUSTOMER = QT_TRANSLATE_NOOP("Domain", "Added work waiting for the customer's answer: nothing may be "
                                               "issued for it yet.")
WAITING_INSPECTOR = QT_TRANSLATE_NOOP("Domain", "This extra part waits for the inspector's approval "
                                                "(用料批條).")
REFUSED_LINE = QT_TRANSLATE_NOOP("Domain", "This line was refused: nothing is issued for it.")
ALL_ISSUED = QT_TRANSLATE_NOOP("Domain", "Everything allowed on this line is issued; more needs an extra part "
                                         "approved by the inspector.")
OUT_OF_STOCK = QT_TRANSLATE_NOOP("Domain", "Out of stock.")
NOTHING_TO_RETURN = QT_TRANSLATE_NOOP("Domain", "Nothing was issued on this line.")

# Reconciliation problems (English; the placeholders are filled from ``Problem.params``).
PROBLEM_NOT_ISSUED = QT_TRANSLATE_NOOP("Domain", "{seq}. {name}: planned {planned} {unit}, never issued.")
PROBLEM_SHORT = QT_TRANSLATE_NOOP("Domain", "{seq}. {name}: planned {planned} {unit}, only {issued} issued.")
PROBLEM_NOT_ON_ORDER = QT_TRANSLATE_NOOP("Domain", "{seq}. {name}: {quantity} {unit} issued that are not on the "
                                                   "customer's order.")
PROBLEM_STRAY = QT_TRANSLATE_NOOP("Domain", "{code} {name}: {quantity} issued to this order without a line on it.")
PROBLEM_LEDGER = QT_TRANSLATE_NOOP("Domain", "{seq}. {name}: the line says {issued} issued but the stock movements "
                                             "say {booked}.")
PROBLEM_PENDING = QT_TRANSLATE_NOOP("Domain", "{seq}. {name}: an extra part still waits for the inspector.")


# --- the plain data the screens get ------------------------------------------------------------------------
@dataclass(frozen=True)
class PickLine:
    id: int
    seq: int
    part_id: int | None
    code: str  # the stock code, "" for a line not in stock
    name: str
    spec: str
    unit: str
    origin: str  # oem 原廠 / equivalent 同質 / repaired 修復
    planned: Decimal  # on the customer's order (0 for an extra part not yet put on it)
    allowed: Decimal  # may be issued in all: the plan, or the quantity the inspector approved
    issued: Decimal
    on_hand: Decimal
    reserved_elsewhere: Decimal  # still to be issued to other open orders
    bin_location: str
    unit_price: Decimal
    customer_supplied: bool
    kind: str  # "planned" (estimate), "added" (added work), "extra" (用料批條)
    approval_id: int | None
    approval: str  # "" for the estimate's line; "pending", "approved" or "declined"
    old_part: str  # "", "taken", "left", "none"
    issue_refusal: str | None  # English, no placeholders; None when something can be issued now
    return_refusal: str | None

    @property
    def to_issue(self) -> Decimal:
        return max(self.allowed - self.issued, ZERO)

    @property
    def beyond_order(self) -> Decimal:
        """Issued but not on the customer's order (an extra part not yet accepted onto it)."""
        return max(self.issued - self.planned, ZERO)


@dataclass(frozen=True)
class ExtraRequest:
    """A 用料批條: an extra part asked for, and the inspector's decision."""

    approval_id: int
    part_line_id: int
    seq: int
    code: str
    name: str
    unit: str
    quantity: Decimal
    amount: Decimal
    reason: str
    requested_at: datetime
    requested_by: str
    state: str  # "pending", "approved", "declined"
    decided_at: datetime | None
    inspector: str


@dataclass(frozen=True)
class OrderMovement:
    id: int
    created_at: datetime
    kind: str
    kind_label: str
    part_line_id: int | None
    part_id: int
    code: str
    name: str  # the part's catalog name
    quantity: Decimal  # signed, as the stock saw it: an issue is negative
    reason: str
    created_by: str


@dataclass(frozen=True)
class Problem:
    kind: str  # "not_issued", "short", "not_on_order", "stray", "ledger", "pending"
    part_line_id: int | None
    message: str  # English with {placeholders}
    params: tuple[tuple[str, object], ...]

    def error(self) -> DomainError:
        """As a DomainError, so the window translates it like any other message (``ui.errors.error_text``)."""
        return DomainError(self.message, **dict(self.params))

    def text(self) -> str:
        return self.error().english()


@dataclass(frozen=True)
class Reconciliation:
    order_id: int
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        """Nothing planned left unissued, nothing issued beyond the order: the car may go to final QC."""
        return not self.problems


@dataclass(frozen=True)
class PickList:
    order_id: int
    order_no: str
    status: OrderStatus
    status_label: str
    plate: str
    make_model: str
    customer_name: str
    promised_at: datetime | None
    lines: tuple[PickLine, ...]
    requests: tuple[ExtraRequest, ...]  # newest first
    issue_refusal: str | None  # for the order as a whole
    return_refusal: str | None

    def line(self, part_line_id: int) -> PickLine | None:
        return next((line for line in self.lines if line.id == part_line_id), None)


@dataclass(frozen=True)
class PickScreen:
    """What the parts tab shows of an order: the pick list, the issues and returns, the reconciliation."""

    pick: PickList
    movements: tuple[OrderMovement, ...]  # newest first
    reconciliation: Reconciliation

    @property
    def order_id(self) -> int:
        return self.pick.order_id

    @property
    def lines(self) -> tuple[PickLine, ...]:
        return self.pick.lines

    @property
    def requests(self) -> tuple[ExtraRequest, ...]:
        return self.pick.requests

    def line(self, part_line_id: int) -> PickLine | None:
        return self.pick.line(part_line_id)


# --- the queries (SQLAlchemy Core on the tables, built once: opening a pick list must stay quick) -------------
LINE, ORDER, PART, APPROVAL = stock.LINE, stock.ORDER, stock.PART, stock.APPROVAL
LABOUR = LabourLine.__table__
MOVEMENT, OPERATOR = stock.MOVEMENT, stock.OPERATOR
VEHICLE, CUSTOMER = Vehicle.__table__, Customer.__table__


def _elsewhere() -> Any:
    """SQL, per pick-list line: what other open orders still need of the line's part."""
    line, order, approval = LINE.alias("other_line"), ORDER.alias("other_order"), APPROVAL.alias("other_approval")
    # From the few open orders (the status index, then the lines' order index), as ``stock.reserved_statement``:
    # the part's own index would walk every line of it ever written (the busiest part: 240,000 lines in ten
    # years, 0.4 s per pick list). ``part_id + 0`` keeps the planner off that index.
    open_orders = select(order.c.id).where(stock.reserving_sql(order))
    return (select(type_coerce(func.coalesce(func.sum(stock.outstanding_sql(line, approval)), literal_column("0")),
                               Scaled(3)))
            .select_from(line.outerjoin(approval, approval.c.id == line.c.approval_id))
            .where(line.c.order_id.in_(open_orders), line.c.part_id + literal_column("0") == LINE.c.part_id,
                   line.c.order_id != LINE.c.order_id, stock.holds_stock_sql(line, approval))
            .scalar_subquery())


def _lines_statement() -> Any:
    """The order with its lines (one row with empty line columns when it has none), each line with its part's
    stock, what other orders still need of it, and its approval with who asked and who decided."""
    proposer, inspector = OPERATOR.alias("proposer"), OPERATOR.alias("inspector")
    return (select(ORDER.c.id, ORDER.c.order_no, ORDER.c.status, ORDER.c.promised_at,
                   VEHICLE.c.plate, VEHICLE.c.make, VEHICLE.c.model, CUSTOMER.c.name,
                   LINE.c.id, LINE.c.seq, LINE.c.part_id, LINE.c.name, LINE.c.spec, LINE.c.unit,
                   LINE.c.origin, LINE.c.planned_qty, LINE.c.issued_qty, LINE.c.unit_price,
                   LINE.c.customer_supplied, LINE.c.added, LINE.c.approval_id, LINE.c.old_part,
                   PART.c.code, PART.c.on_hand, PART.c.bin_location, PART.c.unit, _elsewhere(),
                   APPROVAL.c.kind, APPROVAL.c.approved, APPROVAL.c.quantity, APPROVAL.c.amount,
                   APPROVAL.c.description, APPROVAL.c.proposed_at, APPROVAL.c.contacted_at, proposer.c.name,
                   inspector.c.name)
            .select_from(ORDER.outerjoin(VEHICLE, VEHICLE.c.id == ORDER.c.vehicle_id)
                         .outerjoin(CUSTOMER, CUSTOMER.c.id == ORDER.c.customer_id)
                         .outerjoin(LINE, LINE.c.order_id == ORDER.c.id)
                         .outerjoin(PART, PART.c.id == LINE.c.part_id)
                         .outerjoin(APPROVAL, APPROVAL.c.id == LINE.c.approval_id)
                         .outerjoin(proposer, proposer.c.id == APPROVAL.c.proposed_by_id)
                         .outerjoin(inspector, inspector.c.id == APPROVAL.c.recorded_by_id))
            .where(ORDER.c.id == bindparam("order_id", type_=Integer))
            .order_by(LINE.c.seq, LINE.c.id))


_LINES = stock.FastSelect(_lines_statement())
_MOVEMENTS = (select(MOVEMENT.c.id, MOVEMENT.c.created_at, MOVEMENT.c.kind, MOVEMENT.c.part_line_id,
                     MOVEMENT.c.part_id, PART.c.code, PART.c.name, MOVEMENT.c.quantity, MOVEMENT.c.reason,
                     OPERATOR.c.name)
              .select_from(MOVEMENT.join(PART, PART.c.id == MOVEMENT.c.part_id)
                           .outerjoin(OPERATOR, OPERATOR.c.id == MOVEMENT.c.created_by_id))
              .where(MOVEMENT.c.order_id == bindparam("order_id"))
              .order_by(MOVEMENT.c.id.desc()))


def _state(added: bool, kind: str | None, approved: bool | None) -> tuple[str, str]:
    """(line kind, approval state) from the line and its approval."""
    if not added:
        return "planned", ""
    line_kind = "extra" if kind == EXTRA_PART else "added"
    return line_kind, "pending" if approved is None else "approved" if approved else "declined"


def _issue_refusal(order_refusal: str | None, *, part_id: int | None, customer_supplied: bool, kind: str,
                   approval: str, to_issue: Decimal, on_hand: Decimal) -> str | None:
    if order_refusal:
        return order_refusal
    if customer_supplied:
        return CUSTOMER_SUPPLIED
    if part_id is None:
        return NOT_STOCKED
    if approval == "pending":
        return WAITING_INSPECTOR if kind == "extra" else WAITING_CUSTOMER
    if approval == "declined":
        return REFUSED_LINE
    if to_issue <= 0:
        return ALL_ISSUED
    if on_hand <= 0:
        return OUT_OF_STOCK
    return None


def _qty(value: Decimal) -> str:
    return f"{value.normalize():f}"


def pick_list(session: Session | Connection, order_id: int) -> PickList:
    """The order's pick list: every part line with planned, allowed, issued and the stock to issue it from
    (on hand, bin, what other open orders still need of it), and the extra parts asked for. One statement."""
    rows = _LINES.rows(session, order_id=order_id)
    if not rows:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "There is no order {ref}."), ref=f"#{order_id}")
    head = rows[0]
    status: OrderStatus = head[2]
    counter_sale = status is S.READY and session.execute(
        select(func.count()).select_from(LABOUR).where(LABOUR.c.order_id == order_id)).scalar() == 0
    issue_why = None if may_issue(status, counter_sale=counter_sale) else NOT_ISSUING
    return_why = None if status in RETURNING else NOT_RETURNING
    back_why = None if status is S.CANCELLED else return_why  # a cancelled order's parts still go back on the shelf
    lines, requests = [], []
    for r in rows:
        if r[8] is None:
            continue
        (line_id, seq, part_id, name, spec, unit, origin, planned, issued, price, supplied, added, approval_id,
         old_part, code, on_hand, bin_location, part_unit, elsewhere, a_kind, approved, a_qty, a_amount, a_reason,
         asked_at, decided_at, asked_by, decided_by) = r[8:]
        kind, state = _state(added, a_kind, approved)
        if supplied or state in ("pending", "declined"):
            allowed = ZERO
        else:
            allowed = (a_qty or ZERO) if kind == "extra" else planned
        on_hand = on_hand if on_hand is not None else ZERO
        unit = unit or part_unit or ""
        to_issue = max(allowed - issued, ZERO)
        lines.append(PickLine(
            line_id, seq, part_id, code or "", name, spec or "", unit or "", origin or "oem", planned, allowed,
            issued, on_hand, elsewhere if elsewhere is not None else ZERO, bin_location or "", price, supplied,
            kind, approval_id, state, old_part or "",
            _issue_refusal(issue_why, part_id=part_id, customer_supplied=supplied, kind=kind, approval=state,
                           to_issue=to_issue, on_hand=on_hand),
            back_why or (NOTHING_TO_RETURN if issued <= 0 else None)))
        if kind == "extra":
            requests.append(ExtraRequest(approval_id, line_id, seq, code or "", name, unit or "", a_qty or ZERO,
                                         a_amount, a_reason or "", asked_at, asked_by or "", state,
                                         decided_at if state != "pending" else None, decided_by or ""))
    requests.sort(key=lambda q: (q.requested_at, q.approval_id), reverse=True)
    return PickList(head[0], head[1] or f"#{head[0]}", status, lifecycle.STATUS_LABELS[status], head[4] or "",
                    " ".join(p for p in (head[5], head[6]) if p), head[7] or "", head[3], tuple(lines),
                    tuple(requests), issue_why, return_why)


def order_movements(session: Session | Connection, order_id: int) -> tuple[OrderMovement, ...]:
    """The stock movements booked to the order (issues and returns, who and when), newest first."""
    rows = stock.connection_of(session).execute(_MOVEMENTS, {"order_id": order_id})
    return tuple(OrderMovement(m[0], m[1], m[2], stock.KIND_LABELS.get(m[2], m[2]), m[3], m[4], m[5], m[6], m[7],
                               m[8] or "", m[9] or "") for m in rows)


def _reconcile(order_id: int, lines: tuple[PickLine, ...], moves: tuple[OrderMovement, ...]) -> Reconciliation:
    problems: list[Problem] = []

    def add(kind: str, line_id: int | None, message: str, **params: object) -> None:
        problems.append(Problem(kind, line_id, message, tuple(params.items())))

    booked: dict[tuple[int | None, int], Decimal] = defaultdict(lambda: ZERO)
    parts: dict[int, tuple[str, str]] = {}
    for move in moves:
        if move.kind in (stock.ISSUE, stock.RETURN):
            booked[(move.part_line_id, move.part_id)] -= move.quantity
            parts[move.part_id] = (move.code, move.name)
    by_id = {line.id: line for line in lines}
    for line in lines:
        label = {"seq": line.seq, "name": line.name, "unit": line.unit}
        counted = line.approval in ("", "approved") and not line.customer_supplied
        if counted and line.planned > 0 and line.issued <= 0:
            add("not_issued", line.id, PROBLEM_NOT_ISSUED, **label, planned=_qty(line.planned))
        elif counted and line.issued < line.planned:
            add("short", line.id, PROBLEM_SHORT, **label, planned=_qty(line.planned), issued=_qty(line.issued))
        if line.beyond_order > 0:
            add("not_on_order", line.id, PROBLEM_NOT_ON_ORDER, **label, quantity=_qty(line.beyond_order))
        if line.part_id is not None and booked.get((line.id, line.part_id), ZERO) != line.issued:
            add("ledger", line.id, PROBLEM_LEDGER, **label, issued=_qty(line.issued),
                booked=_qty(booked.get((line.id, line.part_id), ZERO)))
        if line.kind == "extra" and line.approval == "pending":
            add("pending", line.id, PROBLEM_PENDING, **label)
    for (line_id, part_id), quantity in booked.items():
        line = by_id.get(line_id) if line_id is not None else None
        if quantity and (line is None or line.part_id != part_id):
            code, name = parts.get(part_id, ("", ""))
            add("stray", line_id, PROBLEM_STRAY, code=code, name=name, quantity=_qty(quantity))
    return Reconciliation(order_id, tuple(problems))


def reconciliation(session: Session, order_id: int) -> Reconciliation:
    """Planned parts never (fully) issued, parts issued beyond the order or without a line, stock movements that
    disagree with the lines, extra parts waiting for the inspector. ``ok`` when there is none: the car may go
    to final QC (the work ticket and QC call this before FINISH_REPAIR)."""
    return _reconcile(order_id, pick_list(session, order_id).lines, order_movements(session, order_id))


def pick_screen(session: Session | Connection, order_id: int) -> PickScreen:
    """The pick list, its issues and returns and its reconciliation, read together for the parts tab."""
    pick = pick_list(session, order_id)
    movements = order_movements(session, order_id)
    return PickScreen(pick, movements, _reconcile(order_id, pick.lines, movements))


# --- the orders waiting for parts ---------------------------------------------------------------------------
@dataclass(frozen=True)
class WaitingOrder:
    order_id: int
    order_no: str
    status: OrderStatus
    status_label: str
    plate: str
    customer_name: str
    promised_at: datetime | None
    stock_lines: int  # lines issued from stock
    lines_to_issue: int  # of which something is still to be issued
    pending_requests: int  # extra parts waiting for the inspector


def waiting_orders(session: Session) -> list[WaitingOrder]:
    """Orders in the workshop (parts may be issued), those with something to issue first, then by promise."""
    held = stock.holds_stock_sql()
    to_issue = func.sum(case((and_(held, stock.outstanding_sql() > 0), 1), else_=0))
    stocked = func.sum(case((held, 1), else_=0))
    pending = func.sum(case((and_(APPROVAL.c.kind == EXTRA_PART, APPROVAL.c.approved.is_(None)), 1), else_=0))
    columns = (ORDER.c.id, ORDER.c.order_no, ORDER.c.status, VEHICLE.c.plate, CUSTOMER.c.name, ORDER.c.promised_at)
    rows = session.execute(
        select(*columns, stocked, to_issue, pending)
        .select_from(ORDER.outerjoin(VEHICLE, VEHICLE.c.id == ORDER.c.vehicle_id)
                     .outerjoin(CUSTOMER, CUSTOMER.c.id == ORDER.c.customer_id)
                     .outerjoin(LINE, LINE.c.order_id == ORDER.c.id)
                     .outerjoin(APPROVAL, APPROVAL.c.id == LINE.c.approval_id))
        .where(stock.reserving_sql(ORDER))
        .group_by(*columns))
    found = [WaitingOrder(r[0], r[1] or f"#{r[0]}", r[2], lifecycle.STATUS_LABELS[r[2]], r[3] or "", r[4] or "",
                          r[5], int(r[6] or 0), int(r[7] or 0), int(r[8] or 0)) for r in rows]
    found.sort(key=lambda w: (not (w.lines_to_issue or w.pending_requests),
                              w.promised_at or datetime.max, w.order_id))
    return found
