"""免費項目 Free items (seed ⑥2 "其中哪些是免費的"): any order line, labour, part or outside work (外加工), made free
with a reason.

A free line's price becomes zero (a labour line's rate and amount, a part line's unit price, an outside-work line's
charge), so the settlement,
the checkout balance, the month's revenue and every KPI count it ¥0 as they count any line; the price it had is
kept in ``free_price`` with the reason (warranty, comeback, goodwill) and a note, so the settlement list prints
免費 with the reason and the value given away, and the month report adds up what was given away per reason.

Who may do it follows the price authority (``services.price_authority``): a line at zero is the owner's call, so
someone who is not the owner is refused with ``NeedsOwnerApproval`` until the owner types their PIN on the spot.
A line can be made free (and charged again) until the order is settled; after the customer confirmed the work
order it is a price change, and audited as one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from garage_desktop.db.models import Approval, LabourLine, PartLine, RepairOrder, SubletLine
from garage_desktop.documents.month import FreeItemRow
from garage_desktop.domain import limits
from garage_desktop.domain.classes import Role
from garage_desktop.domain.free_items import (
    FreeReason,
    labour_given_away,
    outside_given_away,
    part_given_away,
)
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.pricing import PriceCut, labour_amount, unit_of
from garage_desktop.domain.settlement import charged_quantity
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError
from garage_desktop.services import audit, clock, orders, permissions, price_authority
from garage_desktop.services.price_authority import OwnerApproval, PriceBelowList

# Whoever prices or settles may give a line away (the owner approves it, as any price at zero).
FREE_ROLES = (Role.ADVISOR, Role.INSPECTOR, Role.CASHIER)
# Before settlement: the bill is not final yet.
OPEN_STATUSES: frozenset[OrderStatus] = frozenset({
    OrderStatus.RECEIVED, OrderStatus.ESTIMATED, OrderStatus.CONFIRMED, OrderStatus.DISPATCHED,
    OrderStatus.IN_REPAIR, OrderStatus.AWAITING_APPROVAL, OrderStatus.QC_PENDING, OrderStatus.REWORK,
    OrderStatus.READY, OrderStatus.DEPOSIT_RELEASED})
KINDS = ("labour", "part", "outside")  # outside: 外加工 (services.sublet), its charge to the customer
Line = LabourLine | PartLine | SubletLine
_MODELS: dict[str, type[Line]] = {"labour": LabourLine, "part": PartLine, "outside": SubletLine}

NOT_OPEN = QT_TRANSLATE_NOOP("Domain", "The order is settled or closed: its lines can no longer be made free or "
                                       "charged again.")
NO_LINE = QT_TRANSLATE_NOOP("Domain", "That line is not on this order.")
ALREADY_FREE = QT_TRANSLATE_NOOP("Domain", "This line is already free.")
NOT_FREE = QT_TRANSLATE_NOOP("Domain", "This line is not free.")
NOTHING_CHARGED = QT_TRANSLATE_NOOP("Domain", "Nothing is charged for this line: there is nothing to give away.")
DECLINED_LINE = QT_TRANSLATE_NOOP("Domain", "The customer declined this added item: it is not charged, there is "
                                            "nothing to give away.")
NO_REASON = QT_TRANSLATE_NOOP("Domain", "Choose why the line is free: warranty, comeback or goodwill.")
GOODWILL_NOTE = QT_TRANSLATE_NOOP("Domain", "Say in a few words why the garage gives this away.")


@dataclass(frozen=True)
class FreeLineResult:
    order_id: int
    kind: str  # "labour" / "part" / "outside"
    line_id: int
    name: str
    free: bool
    reason: FreeReason | None
    note: str
    given_away: Decimal  # what the line would have cost (planned quantity for parts)
    approved_by_id: int | None


def _reason(value: FreeReason | str | None) -> FreeReason:
    if value in FreeReason._value2member_map_:
        return FreeReason(value)
    raise DomainError(NO_REASON, field="free_reason")


def _note(text: str, reason: FreeReason) -> str:
    note = limits.REASON.check(limits.squeeze(text or ""), "free_note")
    if reason is FreeReason.GOODWILL and not note:
        raise DomainError(GOODWILL_NOTE, field="free_note")
    return note


def _open_order(session: Session, order_id: int) -> RepairOrder:
    order = orders.get_order(session, order_id)
    if order.status not in OPEN_STATUSES:
        raise DomainError(NOT_OPEN, field="line")
    return order


def _line(session: Session, order: RepairOrder, kind: str, line_id: int) -> Line:
    model = _MODELS.get(kind)
    line = session.get(model, line_id) if model is not None else None
    if line is None or line.order_id != order.id:
        raise DomainError(NO_LINE, field="line")
    return line


def line_name(line: Line) -> str:
    """The line as the lists name it; outside work with its shop: "曲軸磨削 (順達機加工廠)"."""
    return f"{line.description} ({line.supplier})" if isinstance(line, SubletLine) else line.name


def _price(line: Line) -> Decimal:
    """The price a line is charged at: a labour line's rate, a part's unit price, outside work's charge."""
    if isinstance(line, LabourLine):
        return line.rate
    return line.charge if isinstance(line, SubletLine) else line.unit_price


def given_away(line: Line) -> Decimal:
    """What a free line gives away: labour at the rate it had; a part at the charged quantity (as issued, never
    beyond what was agreed; the planned quantity while nothing is issued yet); outside work its charge."""
    if isinstance(line, LabourLine):
        return labour_given_away(line.standard_hours, line.free_price, line.coefficient, unit_of(line.hour_unit))
    if isinstance(line, SubletLine):
        return outside_given_away(line.free_price)
    quantity = charged_quantity(line.issued_qty, line.planned_qty) if line.issued_qty else line.planned_qty
    return part_given_away(quantity, line.free_price)


def _result(order: RepairOrder, kind: str, line: Line) -> FreeLineResult:
    return FreeLineResult(order.id, kind, line.id, line_name(line), line.free_reason is not None, line.free_reason,
                          line.free_note or "", given_away(line), line.price_approved_by_id)


def make_free(session: Session, actor: int | None, order_id: int, kind: str, line_id: int,
              reason: FreeReason | str, note: str = "", approval: OwnerApproval | None = None) -> FreeLineResult:
    """The line is charged nothing from now on, for ``reason``; its price is kept as the value given away.
    Someone who is not the owner needs ``approval`` (the owner's PIN): ``NeedsOwnerApproval`` without it."""
    permissions.require(session, actor, *FREE_ROLES)
    order = _open_order(session, order_id)
    line = _line(session, order, kind, line_id)
    why = _reason(reason)
    text = _note(note, why)
    if line.free_reason is not None:
        raise DomainError(ALREADY_FREE, field="line")
    price, name = _price(line), line_name(line)
    if price <= 0 or (isinstance(line, PartLine) and line.customer_supplied):
        raise DomainError(NOTHING_CHARGED, field="line")
    answer = session.get(Approval, line.approval_id) if line.approval_id is not None else None
    if answer is not None and answer.approved is False:  # never charged: giving it away would count it twice
        raise DomainError(DECLINED_LINE, field="line")
    cut = PriceBelowList(kind, 0, name, price, Decimal("0.00"), PriceCut.FREE)
    decision = price_authority.decide(session, actor, [cut], approval)
    before = line.amount if isinstance(line, LabourLine) else price
    line.free_reason, line.free_note, line.free_price = why, text, price
    if isinstance(line, LabourLine):
        line.rate, line.amount = Decimal("0.00"), Decimal("0.00")
    elif isinstance(line, SubletLine):
        line.charge = Decimal("0.00")  # outside work keeps no list price: its cost is what a charge is held to
    else:
        line.unit_price = Decimal("0.00")
    if not isinstance(line, SubletLine) and line.list_price is None:
        line.list_price = price
    line.price_approved_by_id = decision.owner_id
    order.updated_at = clock.now()
    session.flush()
    audit.record(session, actor, "line:free", "repair_order", order.id, order_id=order.id,
                 before={"line": kind, "line_id": line.id, "name": name, "price": str(price),
                         "amount": str(before)},
                 after={"reason": why.value, "note": text, "price": "0.00", "given_away": str(given_away(line)),
                        "confirmed": order.confirmed_at is not None})
    price_authority.record(session, actor, order.id, decision, [cut], where="free")
    result = _result(order, kind, line)
    _revise_estimate(session, actor, order)
    return result


def _revise_estimate(session: Session, actor: int | None, order: RepairOrder) -> None:
    """On an estimate not yet confirmed the change is a new revision, so the customer confirms what they see."""
    if order.status is not OrderStatus.ESTIMATED or order.confirmed_at is not None:
        return
    from garage_desktop.services import estimate, recommendations

    session.flush()
    session.expire(order, ["labour_lines", "part_lines", "sublet_lines"])
    estimate.save_estimate(session, actor, order.id, recommendations.current_draft(order))


def charge_again(session: Session, actor: int | None, order_id: int, kind: str, line_id: int) -> FreeLineResult:
    """Undo: the free line is charged at the price it had before it was made free."""
    permissions.require(session, actor, *FREE_ROLES)
    order = _open_order(session, order_id)
    line = _line(session, order, kind, line_id)
    if line.free_reason is None or line.free_price is None:
        raise DomainError(NOT_FREE, field="line")
    price, reason = line.free_price, line.free_reason
    if isinstance(line, LabourLine):
        line.rate = price
        line.amount = labour_amount(line.standard_hours, price, line.coefficient, unit=unit_of(line.hour_unit))
    elif isinstance(line, SubletLine):
        line.charge = price
    else:
        line.unit_price = price
    line.free_reason, line.free_note, line.free_price = None, "", None
    if isinstance(line, SubletLine):
        # At or above its cost nothing needs the owner; a charge below it keeps an owner's approval (who approved
        # it first is in the audit trail).
        if price >= line.cost:
            line.price_approved_by_id = None
    elif line.list_price is not None and price >= line.list_price:
        line.price_approved_by_id, line.list_price = None, None  # back at its list: nothing to approve
    order.updated_at = clock.now()
    session.flush()
    audit.record(session, actor, "line:charge_again", "repair_order", order.id, order_id=order.id,
                 before={"line": kind, "line_id": line.id, "name": line_name(line), "reason": reason.value,
                         "price": "0.00"}, after={"price": str(price)})
    result = _result(order, kind, line)
    _revise_estimate(session, actor, order)
    return result


@dataclass(frozen=True)
class FreeLineView:
    kind: str
    line_id: int
    name: str
    reason: FreeReason
    note: str
    given_away: Decimal


def free_lines(session: Session, order_id: int) -> list[FreeLineView]:
    """The order's free lines, labour first, then parts and outside work, in their order."""
    rows: list[FreeLineView] = []
    for kind, model in _MODELS.items():
        for line in session.scalars(select(model).where(model.order_id == order_id, model.free_reason.is_not(None))
                                    .order_by(model.seq)):
            rows.append(FreeLineView(kind, line.id, line_name(line), line.free_reason, line.free_note or "",
                                     given_away(line)))
    return rows


def month_rows(session: Session, order_ids: tuple[int, ...] | list[int]) -> list[FreeItemRow]:
    """The free lines of ``order_ids`` (the orders settled in the month) for the month-end workbook, each with
    the value given away, by order then line."""
    from garage_desktop.db.models import Customer, Vehicle
    from garage_desktop.services.report_records import chunked

    rows: list[FreeItemRow] = []
    for chunk in chunked(list(order_ids)):
        orders_by_id = {o.id: o for o in session.execute(
            select(RepairOrder.id, RepairOrder.order_no, RepairOrder.settled_at, Vehicle.plate, Customer.name)
            .outerjoin(Vehicle, Vehicle.id == RepairOrder.vehicle_id)
            .outerjoin(Customer, Customer.id == RepairOrder.customer_id)
            .where(RepairOrder.id.in_(chunk))).all()}
        for kind, model in _MODELS.items():
            for line in session.scalars(select(model).where(model.order_id.in_(chunk),
                                                            model.free_reason.is_not(None))):
                order = orders_by_id[line.order_id]
                rows.append(FreeItemRow(order.order_no or f"#{order.id}", order.settled_at, order.plate or "",
                                        order.name or "", line_name(line), kind, line.free_reason.value,
                                        line.free_note or "", given_away(line)))
    return sorted(rows, key=lambda r: (r.settled_at or datetime.max, r.order_no, KINDS.index(r.kind)))
