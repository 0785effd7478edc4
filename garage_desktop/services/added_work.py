"""追加項目 Added work: a mechanic or the inspector proposes an item, the advisor records the customer's answer.

Nothing is added without asking: the proposed lines are written at once (marked ``added``, tied to their
``Approval``) but may not be worked until the customer said yes. Over the notify-above amount the customer
must be phoned (or asked in person) first; a declined item stays on the order, excluded from the total, and
becomes a recommendation on the vehicle for its next visit. A new promised time the customer agrees to becomes
what the board, the work order and the customer go by, as at the estimate (``orders.set_promise``); agreed after
the promise in force had passed, the on-time rate keeps measuring against the missed one (``domain.promise``).

Price authority (issue 14) as at the estimate: a part below its catalog price or at zero, or labour at a rate
below the garage's hourly rate that the owner has not approved on this order, proposed by someone who is not the
owner, needs the owner's approval (``services.price_authority``; ``NeedsOwnerApproval`` without it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from garage_desktop.db.models import (
    Approval,
    LabourLine,
    Operator,
    Part,
    PartLine,
    Recommendation,
    RepairOrder,
)
from garage_desktop.domain import lifecycle, limits
from garage_desktop.domain.added_work import CONTACT_LABELS, ContactNeed, contact_need
from garage_desktop.domain.classes import Role
from garage_desktop.domain.free_items import RecommendationSource
from garage_desktop.domain.lifecycle import Event, OrderStatus
from garage_desktop.domain.money import ZERO, format_yuan, parse_decimal, parse_money
from garage_desktop.domain.pricing import HourUnit, labour_amount, part_amount, shown_hours, split_tax
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError
from garage_desktop.services import audit, clock, orders, permissions, price_authority
from garage_desktop.services import settings as garage_settings
from garage_desktop.services.line_state import KIND, approvals_of, line_approval, workshop_holder
from garage_desktop.services.price_authority import OwnerApproval, PriceBelowList

PROPOSE_ROLES = (Role.INSPECTOR, Role.FOREMAN)  # mechanics report through their foreman or the inspector
ANSWER_ROLES = (Role.ADVISOR,)
METHODS = ("phone", "in_person", "message")
SPOKEN = ("phone", "in_person")  # what "must phone first" accepts
PROPOSE_ACTION = "added_work:propose"

NO_DESCRIPTION = QT_TRANSLATE_NOOP("Domain", "Say what was found and what should be done.")
NO_LINES = QT_TRANSLATE_NOOP("Domain", "Enter the labour hours or a part (or both).")
NO_WORK_NAME = QT_TRANSLATE_NOOP("Domain", "Enter the work to be done (the name of the labour line).")
NO_PART_NAME = QT_TRANSLATE_NOOP("Domain", "Enter the part's name.")
NOT_ADDED_WORK = QT_TRANSLATE_NOOP("Domain", "There is no added-work proposal {ref}.")
ALREADY_ANSWERED = QT_TRANSLATE_NOOP("Domain", "The customer's answer to this item is already recorded.")
BAD_METHOD = QT_TRANSLATE_NOOP("Domain", "Say how the customer was contacted: by phone, in person or by message.")
MUST_SPEAK = QT_TRANSLATE_NOOP("Domain", "This item takes the total over the customer's notify amount ({amount}): "
                                         "phone the customer or ask in person before any work; a message is not "
                                         "enough.")
NO_ANSWERED_BY = QT_TRANSLATE_NOOP("Domain", "Enter who answered (the customer, or who spoke for them).")
CONTACT_IN_FUTURE = QT_TRANSLATE_NOOP("Domain", "The contact time may not be in the future.")
CONTACT_BEFORE_PROPOSAL = QT_TRANSLATE_NOOP("Domain", "The customer cannot have answered before the item was "
                                                      "proposed ({proposed}).")
PROMISE_BEFORE_CONTACT = QT_TRANSLATE_NOOP("Domain", "The new promised time must be after the customer agreed "
                                                     "to it.")
PROMISE_LATE = QT_TRANSLATE_NOOP("Domain", "The new time was agreed after the promised time {promised} had passed: "
                                           "the board and the work order go by the new time, and the on-time rate "
                                           "still counts the car as late.")
NOT_IN_REPAIR = QT_TRANSLATE_NOOP("Domain", "Added work can be proposed only while the car is being repaired.")


def _stamp(moment: datetime | None) -> str:
    return f"{moment:%Y-%m-%d %H:%M}" if moment else ""


# --- the state of added work on an order (approvals_of, line_approval: services.line_state) ---------------
def part_line_amount(line: PartLine) -> Decimal:
    return ZERO if line.customer_supplied else part_amount(line.planned_qty, line.unit_price)


def propose_refusal(status: OrderStatus) -> str | None:
    """None while the car is in work (another item may be proposed while one waits for an answer)."""
    if status is OrderStatus.AWAITING_APPROVAL:
        return None
    return lifecycle.refusal(Event.PROPOSE_ADDED_WORK, status)


@dataclass(frozen=True)
class Totals:
    """What the customer pays (tax-inclusive), as confirmed and with added work."""

    confirmed: Decimal  # the work order the customer signed
    approved_added: Decimal
    pending_added: Decimal
    current: Decimal  # confirmed + approved added work
    with_pending: Decimal  # if every pending item were approved too


def _gross(amount: Decimal, settings: garage_settings.GarageSettings) -> Decimal:
    return split_tax(amount, settings.tax_rate, prices_include_tax=settings.prices_include_tax).gross


def _sums(order: RepairOrder, approvals: dict[int, bool | None]) -> dict[str, Decimal]:
    """Net line sums by approval state ("" for the estimate's own lines)."""
    sums = {"": ZERO, "pending": ZERO, "approved": ZERO, "declined": ZERO}
    for line in order.labour_lines:
        sums[line_approval(line, approvals)] += line.amount
    for part in order.part_lines:
        sums[line_approval(part, approvals)] += part_line_amount(part)
    for outside in order.sublet_lines:  # 外加工 (services.sublet) counts like any other line
        sums[line_approval(outside, approvals)] += outside.charge
    return sums


def totals(session: Session, order: RepairOrder, approvals: dict[int, bool | None] | None = None) -> Totals:
    settings = garage_settings.load(session)
    sums = _sums(order, approvals_of(session, order.id) if approvals is None else approvals)
    confirmed = _gross(sums[""], settings)
    current = _gross(sums[""] + sums["approved"], settings)
    with_pending = _gross(sums[""] + sums["approved"] + sums["pending"], settings)
    return Totals(confirmed, current - confirmed, with_pending - current, current, with_pending)


def _need_of(session: Session, order: RepairOrder, approval_id: int, found_part: bool) -> tuple[ContactNeed,
                                                                                               Decimal]:
    """The contact need of one item, counting it and every other added item not declined; and that total."""
    settings = garage_settings.load(session)
    approvals = approvals_of(session, order.id)
    sums = _sums(order, approvals)
    own = sum((line.amount for line in order.labour_lines if line.approval_id == approval_id), ZERO) + sum(
        (part_line_amount(p) for p in order.part_lines if p.approval_id == approval_id), ZERO) + sum(
        (x.charge for x in order.sublet_lines if x.approval_id == approval_id), ZERO)
    extra = own if approvals.get(approval_id) is False else ZERO
    confirmed = _gross(sums[""], settings)
    new_total = _gross(sums[""] + sums["approved"] + sums["pending"] + extra, settings)
    need = contact_need(confirmed, new_total - confirmed, order.notify_above, order.may_replace_found_parts,
                        is_found_part_replacement=found_part)
    return need, new_total


def _found_part_flags(session: Session, approval_ids: list[int]) -> dict[int, bool]:
    """Whether each item replaces a damaged part found during the repair, as its proposal said."""
    if not approval_ids:
        return {}
    stmt = select(Approval.id, Approval.replaces_found_part).where(Approval.id.in_(approval_ids))
    return {approval_id: bool(flag) for approval_id, flag in session.execute(stmt)}


@dataclass(frozen=True)
class ProposalView:
    approval_id: int
    description: str
    amount: Decimal
    lines: tuple[str, ...]  # "更換剎車片 0.8 h ¥96.00", "剎車片 1 套 × ¥380.00"
    proposed_at: datetime
    proposed_by: str
    replaces_found_part: bool
    state: str  # "pending", "approved" or "declined"
    contact_need: ContactNeed
    contact_label: str  # English domain label (CONTACT_LABELS)
    new_total: Decimal  # the customer's total with this item and every other one not declined
    contacted_at: datetime | None
    contact_method: str
    answered_by: str
    new_promised_at: datetime | None
    recorded_by: str


def _line_texts(order: RepairOrder, approval_id: int) -> tuple[str, ...]:
    texts = [f"{line.name} {shown_hours(line.standard_hours, line.hour_unit).normalize():f} h "
             f"{format_yuan(line.amount)}"
             for line in order.labour_lines if line.approval_id == approval_id]
    texts += [f"{p.name} {p.planned_qty.normalize():f}{p.unit or ''} × {format_yuan(p.unit_price)}"
              for p in order.part_lines if p.approval_id == approval_id]
    texts += [f"{x.description} ({x.supplier}) {format_yuan(x.charge)}"
              for x in order.sublet_lines if x.approval_id == approval_id]
    return tuple(texts)


def proposal_views(session: Session, order: RepairOrder) -> list[ProposalView]:
    """The order's added-work items, newest first, each with its contact need."""
    approvals = session.scalars(select(Approval).where(Approval.order_id == order.id, Approval.kind == KIND)
                                .order_by(Approval.proposed_at.desc(), Approval.id.desc())).all()
    flags = _found_part_flags(session, [a.id for a in approvals])
    people = {a.proposed_by_id for a in approvals} | {a.recorded_by_id for a in approvals}
    names = dict(session.execute(select(Operator.id, Operator.name)
                                 .where(Operator.id.in_([p for p in people if p is not None]))).all())
    views = []
    for a in approvals:
        need, new_total = _need_of(session, order, a.id, flags.get(a.id, False))
        views.append(ProposalView(
            approval_id=a.id, description=a.description, amount=a.amount, lines=_line_texts(order, a.id),
            proposed_at=a.proposed_at, proposed_by=names.get(a.proposed_by_id or 0, ""),
            replaces_found_part=flags.get(a.id, False),
            state="pending" if a.approved is None else "approved" if a.approved else "declined",
            contact_need=need, contact_label=CONTACT_LABELS[need], new_total=new_total,
            contacted_at=a.contacted_at, contact_method=a.contact_method or "", answered_by=a.answered_by or "",
            new_promised_at=a.new_promised_at, recorded_by=names.get(a.recorded_by_id or 0, "")))
    return views


# --- proposing ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class AddedLabour:
    hours: str | Decimal  # standard time in the garage's 工時 units (hours or 5 minutes), as typed
    name: str = ""  # the work ("更換剎車油"), the line's name; required: the finding is the proposal's description
    operation_code: str = ""


@dataclass(frozen=True)
class AddedPart:
    name: str
    quantity: str | Decimal
    unit_price: str | Decimal = ""  # empty: the catalog's sale price
    part_id: int | None = None


@dataclass(frozen=True)
class Proposal:
    description: str
    labour: tuple[AddedLabour, ...] = ()
    parts: tuple[AddedPart, ...] = ()
    replaces_found_part: bool = False  # a damaged part found during the repair (the may-replace answer)


@dataclass(frozen=True)
class _PricedLabour:
    name: str
    code: str
    hours: Decimal  # in ``unit``
    rate: Decimal  # per clock hour
    coefficient: Decimal
    amount: Decimal
    unit: HourUnit


@dataclass(frozen=True)
class _PricedPart:
    name: str
    part: Part | None
    quantity: Decimal
    unit_price: Decimal
    amount: Decimal


def _text(value: str, field: str, rule: limits.TextLimit, missing: str) -> str:
    text = (value or "").strip()
    if not text:
        raise DomainError(missing, field=field)
    return rule.check(text, field)


def _basis(session: Session, order: RepairOrder) -> tuple[Decimal, Decimal]:
    """The hourly rate and complexity coefficient the estimate used (else the settings and the model class)."""
    for line in order.labour_lines:
        if not line.added:
            return line.rate, line.coefficient
    model_class = order.vehicle.model_class if order.vehicle else None
    return garage_settings.load(session).hourly_rate, model_class.coefficient if model_class else Decimal(1)


def _price(session: Session, order: RepairOrder, proposal: Proposal, *,
           described: bool = True) -> tuple[str, list[_PricedLabour], list[_PricedPart]]:
    """The proposal's lines priced like the estimate; ``described`` False lets a preview go without the text."""
    description = (_text(proposal.description, "description", limits.ADDED_WORK, NO_DESCRIPTION) if described
                   else proposal.description.strip() or "-")
    rate, coefficient = _basis(session, order)
    unit = garage_settings.load(session).hour_unit
    labour = []
    for item in proposal.labour:
        hours = parse_decimal(item.hours, field="labour_hours", places=2, minimum=Decimal("0.01"),
                              maximum=Decimal(999))
        # The line is named for the work ("更換剎車油"), never for the finding ("剎車油含水量 3%"), which stays the
        # item's description (the reason the customer is asked).
        name = (item.name or "").strip() or ("" if described else "-")
        labour.append(_PricedLabour(_text(name, "labour_name", limits.LINE_NAME, NO_WORK_NAME), item.operation_code,
                                    hours, rate, coefficient, labour_amount(hours, rate, coefficient, unit=unit),
                                    unit))
    parts = []
    for item in proposal.parts:
        catalog = session.get(Part, item.part_id) if item.part_id is not None else None
        name = _text(item.name or (catalog.name if catalog else ""), "part_name", limits.LINE_NAME, NO_PART_NAME)
        quantity = parse_decimal(item.quantity, field="part_qty", places=3, minimum=Decimal("0.001"),
                                 maximum=Decimal(99999))
        typed = str(item.unit_price).strip()
        price = catalog.sale_price if (not typed and catalog) else parse_money(typed, field="part_price")
        parts.append(_PricedPart(name, catalog, quantity, price, part_amount(quantity, price)))
    if not labour and not parts:
        raise DomainError(NO_LINES, field="labour_hours")
    return description, labour, parts


@dataclass(frozen=True)
class ProposalPreview:
    amount: Decimal  # this item
    labour_amount: Decimal
    parts_amount: Decimal
    rate: Decimal  # the hourly rate and coefficient the labour was priced at
    coefficient: Decimal
    confirmed_total: Decimal
    new_total: Decimal  # confirmed + added work not declined + this item
    notify_above: Decimal | None
    contact_need: ContactNeed
    contact_label: str
    hour_unit: HourUnit = HourUnit.HOUR  # the unit the labour hours were typed in (the rate is per clock hour)


def _preview(session: Session, order: RepairOrder, labour: list[_PricedLabour], parts: list[_PricedPart],
             found_part: bool) -> ProposalPreview:
    settings = garage_settings.load(session)
    labour_total = sum((x.amount for x in labour), ZERO)
    parts_total = sum((x.amount for x in parts), ZERO)
    amount = labour_total + parts_total
    rate, coefficient = _basis(session, order)
    sums = _sums(order, approvals_of(session, order.id))
    confirmed = _gross(sums[""], settings)
    new_total = _gross(sums[""] + sums["approved"] + sums["pending"] + amount, settings)
    need = contact_need(confirmed, new_total - confirmed, order.notify_above, order.may_replace_found_parts,
                        is_found_part_replacement=found_part)
    return ProposalPreview(amount, labour_total, parts_total, rate, coefficient, confirmed, new_total,
                           order.notify_above, need, CONTACT_LABELS[need], settings.hour_unit)


def preview(session: Session, order_id: int, proposal: Proposal) -> ProposalPreview:
    """What proposing would show (new total, contact need), without writing anything."""
    order = orders.get_order(session, order_id)
    _description, labour, parts = _price(session, order, proposal, described=False)
    return _preview(session, order, labour, parts, proposal.replaces_found_part)


@dataclass(frozen=True)
class ProposalResult:
    approval_id: int
    description: str
    preview: ProposalPreview
    status: OrderStatus


@dataclass(frozen=True)
class _Authority:
    """Who approved each added line's price (None: nobody needed to) and its list price; the new approvals."""

    labour: list[tuple[int | None, Decimal | None]]
    parts: list[tuple[int | None, Decimal | None]]
    decision: price_authority.Decision
    approved: list[PriceBelowList]


def _authority(session: Session, actor: int | None, order: RepairOrder, labour: list[_PricedLabour],
               parts: list[_PricedPart], approval: OwnerApproval | None) -> _Authority:
    hourly_rate = garage_settings.load(session).hourly_rate
    rates, prices = price_authority.approved_on_order(session, order.id)
    labour_marks: list[tuple[int | None, Decimal | None]] = []
    part_marks: list[tuple[int | None, Decimal | None]] = []
    new: list[tuple[list[tuple[int | None, Decimal | None]], int, PriceBelowList]] = []
    for i, item in enumerate(labour):
        cut = price_authority.line_cut("labour", i, item.name, item.rate, hourly_rate)
        kept = rates.get(item.rate) if cut is not None else None
        labour_marks.append((kept[0] if kept else None, hourly_rate if cut is not None else None))
        if cut is not None and kept is None:
            new.append((labour_marks, i, cut))
    for i, part in enumerate(parts):
        listed = part.part.sale_price if part.part is not None else None
        cut = price_authority.line_cut("part", i, part.name, part.unit_price, listed)
        kept = prices.get((part.part.id if part.part else part.name, part.unit_price)) if cut is not None else None
        part_marks.append((kept[0] if kept else None, listed if cut is not None else None))
        if cut is not None and kept is None:
            new.append((part_marks, i, cut))
    decision = price_authority.decide(session, actor, [cut for _marks, _i, cut in new], approval)
    for marks, i, _cut in new:
        marks[i] = (decision.owner_id, marks[i][1])
    return _Authority(labour_marks, part_marks, decision, [cut for _marks, _i, cut in new])


def propose(session: Session, actor: int | None, order_id: int, proposal: Proposal,
            approval: OwnerApproval | None = None) -> ProposalResult:
    """Write the proposed item (lines marked added, waiting for the customer) and put the order on hold. A price
    below the list needs the owner (``approval``, unless the actor is an owner): ``NeedsOwnerApproval``."""
    permissions.require(session, actor, *PROPOSE_ROLES)
    order = orders.get_order(session, order_id)
    why = propose_refusal(order.status)
    if why is not None:
        raise lifecycle.TransitionRefused(why, status=lifecycle.STATUS_LABELS[order.status])
    description, labour, parts = _price(session, order, proposal)
    authority = _authority(session, actor, order, labour, parts, approval)
    result_preview = _preview(session, order, labour, parts, proposal.replaces_found_part)
    amount = result_preview.amount
    now = clock.now()
    approval = Approval(order_id=order.id, kind=KIND, description=description, amount=amount, proposed_at=now,
                        proposed_by_id=actor, replaces_found_part=proposal.replaces_found_part)
    session.add(approval)
    session.flush()
    seq = session.scalar(select(func.max(LabourLine.seq)).where(LabourLine.order_id == order.id)) or 0
    for item, (approver, listed) in zip(labour, authority.labour, strict=True):
        seq += 1
        session.add(LabourLine(order_id=order.id, seq=seq, operation_code=item.code, name=item.name,
                               standard_hours=item.hours, hour_unit=item.unit, rate=item.rate,
                               coefficient=item.coefficient,
                               amount=item.amount, payer=order.payer, added=True, approval_id=approval.id,
                               price_approved_by_id=approver, list_price=listed))
    seq = session.scalar(select(func.max(PartLine.seq)).where(PartLine.order_id == order.id)) or 0
    for part, (approver, listed) in zip(parts, authority.parts, strict=True):
        seq += 1
        catalog = part.part
        session.add(PartLine(order_id=order.id, seq=seq, part_id=catalog.id if catalog else None, name=part.name,
                             spec=catalog.spec if catalog else "", unit=catalog.unit if catalog else "",
                             origin=catalog.origin if catalog else "oem", planned_qty=part.quantity,
                             unit_price=part.unit_price, payer=order.payer, added=True, approval_id=approval.id,
                             price_approved_by_id=approver, list_price=listed))
    audit.record(session, actor, PROPOSE_ACTION, "approval", approval.id, order_id=order.id, after={
        "description": description, "amount": str(amount), "replaces_found_part": proposal.replaces_found_part,
        "contact_need": result_preview.contact_need.value, "new_total": str(result_preview.new_total),
        "labour": [[x.name, str(x.hours), str(x.rate), str(x.coefficient), str(x.amount), x.unit.value]
                   for x in labour],
        "parts": [[x.name, str(x.quantity), str(x.unit_price), str(x.amount)] for x in parts]})
    price_authority.record(session, actor, order.id, authority.decision, authority.approved, where="added_work")
    if order.status is not OrderStatus.AWAITING_APPROVAL:
        orders.transition(session, order, Event.PROPOSE_ADDED_WORK, actor)
    # Empty: the board names the advisor, who must now reach the customer.
    order.holder = ""
    session.flush()
    session.expire(order, ["labour_lines", "part_lines"])
    return ProposalResult(approval.id, description, result_preview, order.status)


# --- the customer's answer ------------------------------------------------------------------------------
@dataclass(frozen=True)
class AnswerResult:
    approval_id: int
    approved: bool
    contact_need: ContactNeed
    status: OrderStatus
    status_label: str
    promised_at: datetime | None  # the promise in force after the answer
    original_promised_at: datetime | None
    promise_replaced: bool | None  # None: no new time was agreed
    promise_note: str | None  # English (placeholder {promised}: ``missed_promise_at``) when agreed too late
    recommendation_id: int | None
    total: Decimal  # the customer's total now (confirmed + approved added work)
    missed_promise_at: datetime | None = None  # the promise the on-time rate still measures against


def _approval(session: Session, approval_id: int) -> Approval:
    approval = session.get(Approval, approval_id)
    if approval is None or approval.kind != KIND:
        raise DomainError(NOT_ADDED_WORK, ref=f"#{approval_id}")
    return approval


def record_answer(session: Session, actor: int | None, approval_id: int, contacted_at: datetime, method: str,
                  answered_by: str, approved: bool, new_promised_at: datetime | None = None) -> AnswerResult:
    """The advisor reached the customer: how, when, who answered, yes or no, and any new promised time."""
    permissions.require(session, actor, *ANSWER_ROLES)
    approval = _approval(session, approval_id)
    order = orders.get_order(session, approval.order_id)
    if approval.approved is not None:
        raise DomainError(ALREADY_ANSWERED)
    if method not in METHODS:
        raise DomainError(BAD_METHOD, field="method")
    who = _text(answered_by, "answered_by", limits.ANSWERED_BY, NO_ANSWERED_BY)
    contacted_at = contacted_at.replace(microsecond=0)
    if contacted_at > clock.now():
        raise DomainError(CONTACT_IN_FUTURE, field="contacted_at")
    if contacted_at < approval.proposed_at.replace(second=0):
        raise DomainError(CONTACT_BEFORE_PROPOSAL, field="contacted_at", proposed=_stamp(approval.proposed_at))
    found_part = _found_part_flags(session, [approval.id]).get(approval.id, False)
    need, _new_total = _need_of(session, order, approval.id, found_part)
    if need is ContactNeed.MUST_PHONE and method not in SPOKEN:
        raise DomainError(MUST_SPEAK, field="method",
                          amount=format_yuan(order.notify_above) if order.notify_above is not None else "—")
    if approved and new_promised_at is not None and new_promised_at <= contacted_at:
        raise DomainError(PROMISE_BEFORE_CONTACT, field="new_promised_at")
    total_before = totals(session, order).current

    approval.contacted_at, approval.contact_method, approval.answered_by = contacted_at, method, who
    approval.approved, approval.recorded_by_id = approved, actor
    approval.new_promised_at = new_promised_at if approved else None
    session.flush()
    total_after = totals(session, order).current
    audit.record(session, actor, "added_work:answer", "approval", approval.id, order_id=order.id, after={
        "approved": approved, "contacted_at": _stamp(contacted_at), "method": method, "answered_by": who,
        "contact_need": need.value, "new_promised_at": _stamp(approval.new_promised_at)})
    if approved:  # a price change after confirmation
        audit.record(session, actor, "price:added_work", "repair_order", order.id, order_id=order.id,
                     before={"total": str(total_before)},
                     after={"total": str(total_after), "approval_id": approval.id, "amount": str(approval.amount)})

    replaced, note = _apply_promise(session, actor, order, approval.new_promised_at, contacted_at)
    recommendation_id = None
    if not approved and order.vehicle_id is not None:
        recommendation = Recommendation(vehicle_id=order.vehicle_id, order_id=order.id,
                                        description=approval.description, created_at=clock.now(),
                                        source=RecommendationSource.DECLINED, created_by_id=actor)
        session.add(recommendation)
        session.flush()
        recommendation_id = recommendation.id

    still_pending = session.scalar(select(func.count(Approval.id)).where(
        Approval.order_id == order.id, Approval.kind == KIND, Approval.approved.is_(None)))
    if order.status is OrderStatus.AWAITING_APPROVAL and not still_pending:
        orders.transition(session, order, Event.ANSWER_ADDED_WORK, actor)
        order.holder = workshop_holder(session, order)
    order.updated_at = clock.now()
    session.flush()
    return AnswerResult(
        approval_id=approval.id, approved=approved, contact_need=need, status=order.status,
        status_label=lifecycle.STATUS_LABELS[order.status], promised_at=order.promised_at,
        original_promised_at=order.original_promised_at, promise_replaced=replaced, promise_note=note,
        recommendation_id=recommendation_id, total=total_after,
        missed_promise_at=order.promise_in_force_at if note else None)


def _apply_promise(session: Session, actor: int | None, order: RepairOrder, proposed: datetime | None,
                   agreed_at: datetime) -> tuple[bool | None, str | None]:
    """The new time the customer agreed to is the promised time from now on (the board, the work order), as at the
    estimate; agreed after the promise in force had passed, the on-time rate keeps the missed promise (say so)."""
    if proposed is None:
        return None, None
    old = order.promised_at
    if proposed == old:
        return True, None
    if order.original_promised_at is None:
        order.original_promised_at = old
    orders.set_promise(order, proposed, agreed_at)
    audit.record(session, actor, "promise", "repair_order", order.id, order_id=order.id,
                 before={"promised_at": _stamp(old)},
                 after={"promised_at": _stamp(proposed), "agreed_at": _stamp(agreed_at),
                        "in_force_for_kpi": _stamp(order.promise_in_force_at)})
    return True, (PROMISE_LATE if order.promise_in_force_at is not None else None)


# --- the vehicle's recommendations ----------------------------------------------------------------------
@dataclass(frozen=True)
class RecommendationView:
    id: int
    order_id: int | None
    description: str
    created_at: datetime
    done: bool


def recommendations(session: Session, vehicle_id: int) -> list[RecommendationView]:
    """Work declined or postponed on this vehicle, newest first (to raise at its next visit)."""
    rows = session.scalars(select(Recommendation).where(Recommendation.vehicle_id == vehicle_id)
                           .order_by(Recommendation.created_at.desc(), Recommendation.id.desc()))
    return [RecommendationView(r.id, r.order_id, r.description, r.created_at,
                               r.done_order_id is not None or r.dismissed_at is not None) for r in rows]
