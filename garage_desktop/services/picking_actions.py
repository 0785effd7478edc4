"""領料 actions on an order's part lines: issue (in full or in part), return, substitute, extra parts asked for
and approved by the inspector (用料批條), extra parts put on the order or planned parts marked not used, and
what becomes of the old parts. Each function is one user action in one transaction and returns the new
pick list (``services.picking``). Issues and returns are stock movements booked through ``services.stock``.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from garage_desktop.db.models import Approval, PartLine, RepairOrder
from garage_desktop.domain import limits
from garage_desktop.domain.classes import Role
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError
from garage_desktop.services import audit, clock, permissions, stock
from garage_desktop.services.picking import (
    NOT_ISSUING,
    NOT_RETURNING,
    OLD_PARTS,
    OUT_OF_STOCK,
    RETURNING,
    PickLine,
    PickList,
    PickScreen,
    may_issue,
    pick_list,
    pick_screen,
)
from garage_desktop.services.stock import EXTRA_PART

ISSUE_ROLES = (Role.STORE,)  # issue, return, issue all
REQUEST_ROLES = (Role.STORE, Role.FOREMAN, Role.INSPECTOR)  # write down the mechanic's request
APPROVE_ROLES = (Role.INSPECTOR,)  # the 用料批條 is the inspector's (the owner may always act)
SUBSTITUTE_ROLES = (Role.STORE, Role.INSPECTOR)
ORDER_ROLES = (Role.ADVISOR, Role.INSPECTOR)  # put extra parts on the order, mark planned parts not used
OLD_PART_ROLES = (Role.ADVISOR, Role.STORE, Role.INSPECTOR)

NO_LINE = QT_TRANSLATE_NOOP("Domain", "That part line no longer exists.")
OVER_PLAN = QT_TRANSLATE_NOOP("Domain", "Only {left} {unit} are left to issue on line {seq} (allowed {allowed}). "
                                        "More needs an extra part approved by the inspector (用料批條).")
OVER_STOCK = QT_TRANSLATE_NOOP("Domain", "Only {on_hand} {unit} of {code} {name} are in stock: {asked} cannot be "
                                         "issued.")
OVER_RETURN = QT_TRANSLATE_NOOP("Domain", "Only {issued} {unit} were issued on line {seq}: no more can come back.")
NOTHING_TO_ISSUE = QT_TRANSLATE_NOOP("Domain", "There is nothing to issue on this order now.")
SAME_PART = QT_TRANSLATE_NOOP("Domain", "Choose a different part to substitute.")
ISSUED_FIRST = QT_TRANSLATE_NOOP("Domain", "Return the {issued} {unit} issued on this line before substituting "
                                           "another part.")
NO_SUBSTITUTE_EXTRA = QT_TRANSLATE_NOOP("Domain", "An extra part is approved as it is: ask for another extra part "
                                                  "instead.")
NO_SUBSTITUTE_SUPPLIED = QT_TRANSLATE_NOOP("Domain", "The customer brought this part: there is nothing to "
                                                     "substitute.")
NOT_EXTRA = QT_TRANSLATE_NOOP("Domain", "There is no extra-part request {ref}.")
ALREADY_DECIDED = QT_TRANSLATE_NOOP("Domain", "The inspector has already decided on this extra part.")
NOTHING_BEYOND = QT_TRANSLATE_NOOP("Domain", "Nothing on this line was issued beyond the customer's order.")
NOTHING_UNUSED = QT_TRANSLATE_NOOP("Domain", "Everything planned on this line was issued.")
BAD_OLD_PART = QT_TRANSLATE_NOOP("Domain", "Say whether the customer takes the old part, leaves it with the "
                                           "garage, or there is none.")


# --- helpers ------------------------------------------------------------------------------------------------
def _line(session: Session, part_line_id: int) -> PartLine:
    line = session.get(PartLine, part_line_id)
    if line is None:
        raise DomainError(NO_LINE)
    return line


def _view(session: Session, line: PartLine) -> tuple[PickList, PickLine]:
    session.flush()
    view = pick_list(session, line.order_id)
    found = view.line(line.id)
    assert found is not None
    return view, found


def _touch(session: Session, order_id: int) -> None:
    order = session.get(RepairOrder, order_id)
    if order is not None:
        order.updated_at = clock.now()


def _done(session: Session, order_id: int) -> PickScreen:
    _touch(session, order_id)
    session.flush()
    return pick_screen(session, order_id)


def _q(value: Decimal) -> str:
    return f"{value.normalize():f}"


def _optional_quantity(quantity: str | Decimal | None, default: Decimal) -> Decimal:
    if quantity is None or (isinstance(quantity, str) and not quantity.strip()):
        return default
    value = stock.parse_quantity(quantity)
    if value <= 0:
        raise DomainError(stock.ZERO_QTY, field="quantity")
    return value


# --- issue and return --------------------------------------------------------------------------------------
def _issue(session: Session, actor: int | None, line: PartLine, view: PickLine, quantity: Decimal) -> None:
    if quantity > view.to_issue:
        raise DomainError(OVER_PLAN, field="quantity", left=_q(view.to_issue), unit=view.unit, seq=view.seq,
                          allowed=_q(view.allowed))
    assert line.part_id is not None
    part = stock.get_part(session, line.part_id)
    if quantity > part.on_hand:
        raise DomainError(OVER_STOCK, field="quantity", on_hand=_q(part.on_hand), unit=part.unit or "",
                          code=part.code, name=part.name, asked=_q(quantity))
    before = {"issued": _q(line.issued_qty), "on_hand": _q(part.on_hand)}
    stock.book(session, actor, part, stock.ISSUE, -quantity, unit_cost=part.cost, order_id=line.order_id,
               part_line_id=line.id)
    line.issued_qty = line.issued_qty + quantity
    audit.record(session, actor, "parts:issue", "part_line", line.id, order_id=line.order_id, before=before,
                 after={"part": part.code, "quantity": _q(quantity), "issued": _q(line.issued_qty),
                        "on_hand": _q(part.on_hand)})


def issue(session: Session, actor: int | None, part_line_id: int,
          quantity: str | Decimal | None = None) -> PickScreen:
    """Issue ``quantity`` on the line (None or empty: all that is left to issue on it)."""
    permissions.require(session, actor, *ISSUE_ROLES)
    line = _line(session, part_line_id)
    _order, view = _view(session, line)
    if view.issue_refusal is not None and view.issue_refusal != OUT_OF_STOCK:
        raise DomainError(view.issue_refusal, field="quantity")
    _issue(session, actor, line, view, _optional_quantity(quantity, view.to_issue))
    return _done(session, line.order_id)


@dataclass(frozen=True)
class IssueAllResult:
    screen: PickScreen
    issued: tuple[int, ...]  # part line ids issued in full
    short: tuple[str, ...]  # "3. 前剎車片" for lines left because the stock is short


def issue_all(session: Session, actor: int | None, order_id: int) -> IssueAllResult:
    """Issue every line in full that the stock covers; lines the stock cannot cover are left and named."""
    permissions.require(session, actor, *ISSUE_ROLES)
    view = pick_list(session, order_id)
    if view.issue_refusal is not None:
        raise DomainError(view.issue_refusal)
    issued, short = [], []
    for pick in view.lines:
        if pick.to_issue <= 0 or (pick.issue_refusal is not None and pick.issue_refusal != OUT_OF_STOCK):
            continue
        line = _line(session, pick.id)
        part = stock.get_part(session, pick.part_id)  # type: ignore[arg-type]
        if part.on_hand < pick.to_issue:
            short.append(f"{pick.seq}. {pick.name}")
            continue
        _issue(session, actor, line, pick, pick.to_issue)
        issued.append(pick.id)
    if not issued and not short:
        raise DomainError(NOTHING_TO_ISSUE)
    return IssueAllResult(_done(session, order_id), tuple(issued), tuple(short))


def return_part(session: Session, actor: int | None, part_line_id: int, quantity: str | Decimal | None = None,
                reason: str = "") -> PickScreen:
    """Unused parts back into stock (None or empty quantity: everything issued on the line)."""
    permissions.require(session, actor, *ISSUE_ROLES)
    line = _line(session, part_line_id)
    _order, view = _view(session, line)
    if view.return_refusal is not None:
        raise DomainError(view.return_refusal, field="quantity")
    amount = _optional_quantity(quantity, view.issued)
    if amount > view.issued:
        raise DomainError(OVER_RETURN, field="quantity", issued=_q(view.issued), unit=view.unit, seq=view.seq)
    why = stock.check_reason(reason, required=False)
    assert line.part_id is not None
    part = stock.get_part(session, line.part_id)
    before = {"issued": _q(line.issued_qty), "on_hand": _q(part.on_hand)}
    stock.book(session, actor, part, stock.RETURN, amount, unit_cost=part.cost, order_id=line.order_id,
               part_line_id=line.id, reason=why)
    line.issued_qty = line.issued_qty - amount
    audit.record(session, actor, "parts:return", "part_line", line.id, order_id=line.order_id, before=before,
                 after={"part": part.code, "quantity": _q(amount), "issued": _q(line.issued_qty),
                        "on_hand": _q(part.on_hand), "reason": why})
    return _done(session, line.order_id)


# --- substitute ---------------------------------------------------------------------------------------------
def substitute(session: Session, actor: int | None, part_line_id: int, part_id: int, reason: str) -> PickScreen:
    """Another stock part for the line (the planned one is out, or the line named no stock part). The line keeps
    its price (locked when the customer confirmed); name, spec, unit and origin become the new part's."""
    permissions.require(session, actor, *SUBSTITUTE_ROLES)
    line = _line(session, part_line_id)
    _order, view = _view(session, line)
    order = session.get(RepairOrder, line.order_id)
    if order is None or not may_issue(order.status, counter_sale=not order.labour_lines):
        raise DomainError(NOT_ISSUING)
    if view.kind == "extra":
        raise DomainError(NO_SUBSTITUTE_EXTRA, field="part")
    if line.customer_supplied:
        raise DomainError(NO_SUBSTITUTE_SUPPLIED, field="part")
    if line.issued_qty > 0:
        raise DomainError(ISSUED_FIRST, field="part", issued=_q(line.issued_qty), unit=line.unit or "")
    if line.part_id == part_id:
        raise DomainError(SAME_PART, field="part")
    why = stock.check_reason(reason)
    part = stock.get_part(session, part_id, lock=False)
    before = {"part_id": line.part_id, "code": view.code, "name": line.name, "spec": line.spec,
              "origin": line.origin}
    line.part_id, line.name, line.spec, line.unit, line.origin = (part.id, part.name, part.spec or "",
                                                                  part.unit or line.unit, part.origin)
    audit.record(session, actor, "parts:substitute", "part_line", line.id, order_id=line.order_id, before=before,
                 after={"part_id": part.id, "code": part.code, "name": part.name, "spec": part.spec,
                        "origin": part.origin, "reason": why})
    return _done(session, line.order_id)


# --- extra parts: 用料批條 ----------------------------------------------------------------------------------
def request_extra(session: Session, actor: int | None, order_id: int, part_id: int, quantity: str | Decimal,
                  reason: str) -> PickScreen:
    """A mechanic needs a part not planned, or more than planned: a line of its own waits for the inspector."""
    permissions.require(session, actor, *REQUEST_ROLES)
    order = session.get(RepairOrder, order_id)
    if order is None:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "There is no order {ref}."), ref=f"#{order_id}")
    if not may_issue(order.status, counter_sale=not order.labour_lines):
        raise DomainError(NOT_ISSUING)
    amount = _optional_quantity(quantity, Decimal(0))
    if amount <= 0:
        raise DomainError(stock.ZERO_QTY, field="quantity")
    why = limits.squeeze(reason)
    if not why:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "Say why the extra part is needed."), field="reason")
    limits.EXTRA_PART_REASON.check(why, "reason")
    part = stock.get_part(session, part_id, lock=False)
    # More of a planned part is charged at the planned line's (locked) price; a new part at the catalog's.
    planned_price = session.scalar(select(PartLine.unit_price).where(
        PartLine.order_id == order_id, PartLine.part_id == part_id, PartLine.added.is_(False)).limit(1))
    price = planned_price if planned_price is not None else part.sale_price
    now = clock.now()
    approval = Approval(order_id=order_id, kind=EXTRA_PART, description=why, proposed_at=now,
                        proposed_by_id=actor, quantity=amount,
                        amount=(amount * price).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
    session.add(approval)
    session.flush()
    seq = (session.scalar(select(func.max(PartLine.seq)).where(PartLine.order_id == order_id)) or 0) + 1
    line = PartLine(order_id=order_id, seq=seq, part_id=part.id, name=part.name, spec=part.spec or "",
                    unit=part.unit or "", origin=part.origin, planned_qty=Decimal(0), issued_qty=Decimal(0),
                    unit_price=price, payer=order.payer, added=True, approval_id=approval.id)
    session.add(line)
    session.flush()
    audit.record(session, actor, "extra_part:request", "approval", approval.id, order_id=order_id, after={
        "part": part.code, "name": part.name, "quantity": str(amount), "unit_price": str(price), "reason": why,
        "part_line_id": line.id})
    return _done(session, order_id)


def decide_extra(session: Session, actor: int | None, approval_id: int, approved: bool,
                 note: str = "") -> PickScreen:
    """The inspector approves (or refuses) an extra part; who and when are kept and printed on the slip."""
    inspector = permissions.require(session, actor, *APPROVE_ROLES)
    approval = session.get(Approval, approval_id)
    if approval is None or approval.kind != EXTRA_PART:
        raise DomainError(NOT_EXTRA, ref=f"#{approval_id}")
    if approval.approved is not None:
        raise DomainError(ALREADY_DECIDED)
    order = session.get(RepairOrder, approval.order_id)
    if approved and (order is None or not may_issue(order.status, counter_sale=not order.labour_lines)):
        raise DomainError(NOT_ISSUING)
    remark = stock.check_reason(note, required=False)
    approval.approved, approval.recorded_by_id, approval.contacted_at = approved, actor, clock.now()
    approval.answered_by = inspector.name[:60]
    audit.record(session, actor, "extra_part:approve" if approved else "extra_part:decline", "approval",
                 approval.id, order_id=approval.order_id,
                 after={"approved": approved, "quantity": str(approval.quantity), "note": remark})
    return _done(session, approval.order_id)


def _settling(session: Session, line: PartLine) -> None:
    order = session.get(RepairOrder, line.order_id)
    if order is None or order.status not in RETURNING:
        raise DomainError(NOT_RETURNING)


def accept_extra(session: Session, actor: int | None, part_line_id: int, charge: bool, note: str = "") -> PickScreen:
    """An extra part issued beyond the customer's order goes on it: charged (the customer agreed, ``note`` says
    who) or free of charge (the garage bears it). A price change after confirmation, so it is audited."""
    permissions.require(session, actor, *ORDER_ROLES)
    line = _line(session, part_line_id)
    _settling(session, line)
    _order, view = _view(session, line)
    if view.kind != "extra" or view.beyond_order <= 0:
        raise DomainError(NOTHING_BEYOND)
    remark = stock.check_reason(note, required=False)
    before = {"planned": str(line.planned_qty), "unit_price": str(line.unit_price)}
    line.planned_qty = line.issued_qty
    if not charge:
        line.unit_price = Decimal("0.00")
    audit.record(session, actor, "price:extra_part", "part_line", line.id, order_id=line.order_id, before=before,
                 after={"planned": str(line.planned_qty), "unit_price": str(line.unit_price), "charge": charge,
                        "note": remark})
    return _done(session, line.order_id)


def mark_not_used(session: Session, actor: int | None, part_line_id: int, reason: str) -> PickScreen:
    """The rest of a planned part was not needed: the plan comes down to what was issued (charged less)."""
    permissions.require(session, actor, *ORDER_ROLES)
    line = _line(session, part_line_id)
    _settling(session, line)
    _order, view = _view(session, line)
    if view.kind == "extra" or line.planned_qty <= line.issued_qty:
        raise DomainError(NOTHING_UNUSED)
    why = stock.check_reason(reason)
    before = {"planned": str(line.planned_qty)}
    line.planned_qty = line.issued_qty
    audit.record(session, actor, "price:part_not_used", "part_line", line.id, order_id=line.order_id,
                 before=before, after={"planned": str(line.planned_qty), "reason": why})
    return _done(session, line.order_id)


# --- old parts ---------------------------------------------------------------------------------------------
def set_old_part(session: Session, actor: int | None, part_line_id: int, disposition: str) -> PickScreen:
    """Whether the customer takes the replaced part, leaves it with the garage, or there is none."""
    permissions.require(session, actor, *OLD_PART_ROLES)
    line = _line(session, part_line_id)
    _settling(session, line)
    if disposition not in (*OLD_PARTS, ""):
        raise DomainError(BAD_OLD_PART, field="old_part")
    if line.old_part != disposition:
        audit.record(session, actor, "parts:old_part", "part_line", line.id, order_id=line.order_id,
                     before=line.old_part, after=disposition)
        line.old_part = disposition
    return _done(session, line.order_id)


# --- who may do what (for the window's tooltips; the functions above check again) -------------------------
ACTION_ROLES: dict[str, tuple[Role, ...]] = {
    "issue": ISSUE_ROLES, "request": REQUEST_ROLES, "approve": APPROVE_ROLES, "substitute": SUBSTITUTE_ROLES,
    "order": ORDER_ROLES, "old_part": OLD_PART_ROLES,
}


def role_refusals(session: Session, actor: int | None) -> dict[str, DomainError | None]:
    """For each action of ``ACTION_ROLES``: why the operator may not do it (a PermissionRefused), or None."""
    refusals: dict[str, DomainError | None] = {}
    for action, roles in ACTION_ROLES.items():
        try:
            permissions.require(session, actor, *roles)
            refusals[action] = None
        except DomainError as error:
            refusals[action] = error
    return refusals
