"""The workshop board (看板): every car in the garage, who has it, and which ones are late or at risk."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import Connection, func, select

from garage_desktop.db.read_tables import (
    appointment,
    customer,
    delay_call,
    labour_line,
    operator,
    repair_order,
    vehicle,
    warranty_compensation,
)
from garage_desktop.domain import lifecycle, sanbao
from garage_desktop.domain.classes import JobClass, Payer, Role
from garage_desktop.domain.lifecycle import OrderStatus

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

S = OrderStatus

# A car promised within this time from now, and not ready yet, is at risk of being late.
AT_RISK_WINDOW = timedelta(hours=1)
# The car is done: it can no longer be late (a READY car past its promise was ready, only not collected).
DONE: frozenset[OrderStatus] = frozenset({S.READY, S.SETTLED})
# Who has the car, by stage, when the order's own ``holder`` column is empty.
ADVISOR_STAGES: frozenset[OrderStatus] = frozenset(
    {S.RECEIVED, S.ESTIMATED, S.CONFIRMED, S.AWAITING_APPROVAL, S.READY, S.SETTLED})
WORKSHOP_STAGES: frozenset[OrderStatus] = frozenset({S.DISPATCHED, S.IN_REPAIR, S.REWORK})
# Orders whose labour lines are looked up per batch (bounded, well below any database's parameter limit).
_BATCH = 500


@dataclass(frozen=True)
class BoardRow:
    """One car on the board. ``holder`` is names as stored; with none, show the ``holder_role`` label."""

    order_id: int
    order_no: str
    plate: str
    customer_name: str
    make_model: str
    status: OrderStatus
    status_label: str  # English domain label (lifecycle.STATUS_LABELS), translated by the window
    job_class: JobClass
    payer: Payer
    received_at: datetime | None
    promised_at: datetime | None
    holder: str  # e.g. "王小明" or "一組 張師傅, 二組"; "" when nobody in particular
    holder_role: Role | None  # the kind of person who has the car at this stage
    late: bool  # promised time passed and the car is not ready
    at_risk: bool  # promised within AT_RISK_WINDOW and not ready
    minutes_to_promise: int | None  # whole minutes from now to the promise; negative once it passed
    # 交車 2: the last delay call to the customer, and whether the car is due within the hour with no call made
    # since it came within the hour of its promise (``needs_call``): the board marks it.
    last_delay_call_at: datetime | None = None
    needs_delay_call: bool = False
    # 三包: a warranty repair in the garage over five days with no loaner or transport compensation recorded.
    compensation_due: bool = False


@dataclass(frozen=True)
class Board:
    now: datetime
    rows: list[BoardRow]
    in_shop: int
    late: int
    at_risk: int
    ready: int  # ready for pickup: passed QC (settled or not), waiting for the customer
    waiting_qc: int
    needs_delay_call: int = 0  # due within the hour, not ready, the customer not called


def flags(status: OrderStatus, promised_at: datetime | None, now: datetime) -> tuple[bool, bool]:
    """(late, at risk) for a car in the shop.

    Late: the promised time is before ``now`` and the car is not ready. Promised exactly ``now`` is not late
    yet but at risk. At risk: promised from ``now`` up to and including ``now`` + one hour, not ready.
    """
    if promised_at is None or status in DONE:
        return False, False
    if promised_at < now:
        return True, False
    return False, promised_at <= now + AT_RISK_WINDOW


def needs_call(at_risk: bool, promised_at: datetime | None, last_call_at: datetime | None) -> bool:
    """交車 2, the board's mark: the car is due within the hour, not ready, and nobody called the customer since it
    came within the hour of its current promise (a call that set the promise long before does not count: the car
    may miss the new time too)."""
    if not at_risk or promised_at is None:
        return False
    return last_call_at is None or last_call_at < promised_at - AT_RISK_WINDOW


def _minutes_between(now: datetime, promised_at: datetime | None) -> int | None:
    if promised_at is None:
        return None
    seconds = (promised_at - now).total_seconds()
    # Towards minus infinity, so one second late reads as "late 1 min", never "due in 0 min".
    return int(seconds // 60)


def _sort_key(row: BoardRow) -> tuple[int, bool, datetime, int]:
    rank = 0 if row.late else 1 if row.at_risk else 2
    return (rank, row.promised_at is None, row.promised_at or datetime.max, row.order_id)


def _workshop_holders(session: Connection | Session, order_ids: list[int]) -> dict[int, str]:
    """The teams and mechanics of each order's labour lines, in line order, without repeats."""
    mechanic = operator.alias("mechanic")
    line = labour_line
    found: dict[int, list[str]] = defaultdict(list)
    for start in range(0, len(order_ids), _BATCH):
        batch = order_ids[start:start + _BATCH]
        stmt = (select(line.c.order_id, line.c.team, mechanic.c.name)
                .outerjoin(mechanic, mechanic.c.id == line.c.mechanic_id)
                .where(line.c.order_id.in_(batch))
                .order_by(line.c.order_id, line.c.seq, line.c.id))
        for order_id, team, mechanic_name in session.execute(stmt):
            who = " ".join(part for part in ((team or "").strip(), (mechanic_name or "").strip()) if part)
            if who and who not in found[order_id]:
                found[order_id].append(who)
    return {order_id: ", ".join(names) for order_id, names in found.items()}


def _holder(status: OrderStatus, stored: str, advisor: str | None, workshop: str) -> tuple[str, Role | None]:
    if status in WORKSHOP_STAGES:
        role: Role | None = Role.FOREMAN
        derived = workshop
    elif status is S.QC_PENDING:
        role, derived = Role.INSPECTOR, ""
    elif status in ADVISOR_STAGES:
        role, derived = Role.ADVISOR, advisor or ""
    else:  # pragma: no cover - every in-shop status is covered above
        role, derived = None, ""
    return (stored.strip() or derived), role


def open_orders(session: Connection | Session, now: datetime) -> Board:
    """Every order whose car is in the garage (``lifecycle.IN_SHOP``), late ones first, then at risk, then by
    promised time; with the counters shown above the board.

    Two queries whatever the number of cars: the orders with their vehicle, customer and receiving advisor
    (filtered on the indexed status), then the labour lines of the cars in the workshop. Core only (the light
    tables of ``db.read_tables``), so it runs on a plain connection before the ORM is loaded: start-up shows the
    board this way (``AppContext.read_core``).
    """
    order, receiver = repair_order, operator.alias("receiver")
    # The last delay call, in the same query (indexed on the order): the board stays at two queries.
    last_call = (select(func.max(delay_call.c.called_at)).where(delay_call.c.order_id == order.c.id)
                 .scalar_subquery())
    compensated = (select(func.count(warranty_compensation.c.id))
                   .where(warranty_compensation.c.order_id == order.c.id).scalar_subquery())
    stmt = (
        select(order.c.id, order.c.order_no, order.c.status, order.c.job_class, order.c.payer,
               order.c.received_at, order.c.promised_at, order.c.holder, vehicle.c.plate, vehicle.c.make,
               vehicle.c.model, customer.c.name, receiver.c.name, appointment.c.plate, appointment.c.contact_name,
               last_call, compensated)
        .select_from(order)
        .outerjoin(vehicle, vehicle.c.id == order.c.vehicle_id)
        .outerjoin(customer, customer.c.id == order.c.customer_id)
        .outerjoin(receiver, receiver.c.id == order.c.received_by_id)
        .outerjoin(appointment, appointment.c.order_id == order.c.id)
        .where(order.c.status.in_(sorted(lifecycle.IN_SHOP)))
    )
    records = session.execute(stmt).all()
    workshop = _workshop_holders(session, sorted(r[0] for r in records if r[2] in WORKSHOP_STAGES))

    rows: list[BoardRow] = []
    for (order_id, order_no, status, job_class, payer, received_at, promised_at, stored_holder, plate, make,
         model, customer_name, advisor_name, booked_plate, booked_name, last_call_at, compensations) in records:
        late, at_risk = flags(status, promised_at, now)
        holder, holder_role = _holder(status, stored_holder or "", advisor_name, workshop.get(order_id, ""))
        rows.append(BoardRow(
            order_id=order_id, order_no=order_no or "", plate=plate or booked_plate or "",
            customer_name=customer_name or booked_name or "",
            make_model=" ".join(p for p in ((make or "").strip(), (model or "").strip()) if p),
            status=status, status_label=lifecycle.STATUS_LABELS[status], job_class=job_class, payer=payer,
            received_at=received_at, promised_at=promised_at, holder=holder, holder_role=holder_role,
            late=late, at_risk=at_risk, minutes_to_promise=_minutes_between(now, promised_at),
            last_delay_call_at=last_call_at, needs_delay_call=needs_call(at_risk, promised_at, last_call_at),
            compensation_due=(payer is Payer.WARRANTY and not compensations
                              and sanbao.compensation_due(received_at, now))))
    rows.sort(key=_sort_key)
    return Board(
        now=now, rows=rows, in_shop=len(rows),
        late=sum(r.late for r in rows), at_risk=sum(r.at_risk for r in rows),
        ready=sum(r.status in DONE for r in rows),
        waiting_qc=sum(r.status is S.QC_PENDING for r in rows),
        needs_delay_call=sum(r.needs_delay_call for r in rows))
