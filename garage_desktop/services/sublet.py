"""外加工 Outside work: a piece of the repair done by another shop (machining, upholstery, glass), its slip
(外部加工單) that travels with the part, and when the part went out and came back.

A line has its supplier, what is to be done, ``cost`` (what the shop charges the garage) and ``charge`` (what the
customer pays: 外加工費, its own fee row on the settlement list), and a payer like other lines. Before the customer
confirms the work order it is part of the estimate (the inspector or the advisor adds and removes it). After
confirmation it is added work like any other line (``services.added_work``): proposed by the inspector or the
foreman, it waits for the customer's answer (phoned first over the notify amount) and is charged only once they
said yes. A charge below the cost, or at zero, needs the owner as any price below the list
(``services.price_authority``); a line is made free with a reason like any other (``services.free_items``). The advisor records when the part was sent and when it came back; the cashier's
check (``services.cashier_check``) wants every charged piece back before settlement.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from garage_desktop.db.models import Approval, Operator, RepairOrder, SubletLine
from garage_desktop.documents.order import GarageHeader
from garage_desktop.documents.sublet import SubletItemDoc, SubletSlipDoc
from garage_desktop.domain import lifecycle, limits
from garage_desktop.domain.added_work import CONTACT_LABELS, contact_need
from garage_desktop.domain.classes import Payer, Role
from garage_desktop.domain.free_items import outside_given_away
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.money import ZERO, format_yuan, parse_money
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError
from garage_desktop.services import added_work, audit, clock, orders, permissions, price_authority
from garage_desktop.services import settings as garage_settings
from garage_desktop.services.line_state import KIND, approvals_of, line_approval
from garage_desktop.services.price_authority import OwnerApproval

ESTIMATE_ROLES = (Role.INSPECTOR, Role.ADVISOR)  # as the estimate
PROPOSE_ROLES = added_work.PROPOSE_ROLES  # after confirmation: added work
SEND_ROLES = (Role.ADVISOR,)
ESTIMATE_OPEN = frozenset({OrderStatus.RECEIVED, OrderStatus.ESTIMATED})
# Once the car is handed over settled nothing about its outside work changes.
CLOSED = frozenset({OrderStatus.SETTLED, OrderStatus.DELIVERED, OrderStatus.FOLLOWED_UP, OrderStatus.REFUNDED,
                    OrderStatus.CANCELLED, OrderStatus.NO_SHOW})
MAX_AMOUNT = Decimal("999999.99")

DESCRIPTION = limits.TextLimit(QT_TRANSLATE_NOOP("Domain", "What the outside shop is to do"), 200)
NO_SUPPLIER = QT_TRANSLATE_NOOP("Domain", "Enter the outside shop that does the work.")
NO_DESCRIPTION = QT_TRANSLATE_NOOP("Domain", "Say what the outside shop is to do (machining, upholstery, glass…).")
NEGATIVE = QT_TRANSLATE_NOOP("Domain", "The amount may not be below zero.")
CANNOT_ADD = QT_TRANSLATE_NOOP("Domain", "Outside work is added on the estimate, or as added work while the car "
                                         "is being repaired.")
NOT_FOUND = QT_TRANSLATE_NOOP("Domain", "That outside work is no longer on the order.")
REMOVE_LOCKED = QT_TRANSLATE_NOOP("Domain", "Only outside work on an estimate not yet confirmed can be removed; "
                                            "after confirmation the customer declines it as added work.")
NOT_CONFIRMED = QT_TRANSLATE_NOOP("Domain", "The part goes out once the customer has confirmed the work order.")
NOT_AGREED = QT_TRANSLATE_NOOP("Domain", "The customer has not agreed to this outside work: it may not be sent.")
ALREADY_SENT = QT_TRANSLATE_NOOP("Domain", "This part has already been sent to the outside shop.")
NOT_SENT = QT_TRANSLATE_NOOP("Domain", "Record that the part was sent before it comes back.")
ALREADY_BACK = QT_TRANSLATE_NOOP("Domain", "This part is already back from the outside shop.")
IN_FUTURE = QT_TRANSLATE_NOOP("Domain", "The time may not be in the future.")
BACK_BEFORE_SENT = QT_TRANSLATE_NOOP("Domain", "The part cannot come back before it was sent ({sent}).")
EXPECTED_BEFORE_SENT = QT_TRANSLATE_NOOP("Domain", "The expected return must be after the part is sent.")
ORDER_CLOSED = QT_TRANSLATE_NOOP("Domain", "The order is closed: its outside work can no longer change.")


def _stamp(moment: datetime | None) -> str:
    return f"{moment:%Y-%m-%d %H:%M}" if moment else ""


# --- what the screen sends and shows ------------------------------------------------------------------------
@dataclass(frozen=True)
class OutsideWorkDraft:
    supplier: str
    description: str
    cost: str | Decimal
    charge: str | Decimal
    expected_back_at: datetime | None = None
    payer: Payer | None = None  # None: the order's payer
    description_for_customer: str = ""  # added work: the finding the customer is asked about ("" : the description)


@dataclass(frozen=True)
class OutsideWorkLine:
    id: int
    seq: int
    supplier: str
    description: str
    cost: Decimal
    charge: Decimal
    payer: Payer
    added: bool
    state: str  # "" (the estimate's line), "pending", "approved" or "declined"
    expected_back_at: datetime | None
    sent_at: datetime | None
    sent_by: str
    back_at: datetime | None
    back_by: str
    price_approved_by: str
    send_refusal: str | None  # English, why it cannot be recorded as sent now (None: it can)
    back_refusal: str | None
    remove_refusal: str | None
    free_reason: str = ""  # 免費 (services.free_items): FreeReason value, its charge is zero; "" when charged
    free_note: str = ""
    given_away: Decimal = ZERO  # the charge a free line had

    @property
    def charged(self) -> bool:
        """On the bill: the estimate's line, or added work the customer agreed to."""
        return self.state in ("", "approved")

    @property
    def outstanding(self) -> bool:
        """Charged but not back from the outside shop yet."""
        return self.charged and self.back_at is None


@dataclass(frozen=True)
class OutsideWorkView:
    order_id: int
    order_no: str
    status: OrderStatus
    lines: tuple[OutsideWorkLine, ...]
    add_refusal: str | None  # English, why outside work cannot be added now
    as_added_work: bool  # adding now proposes added work (the customer is asked)
    cost: Decimal  # of the charged lines
    charge: Decimal


def add_refusal(order: RepairOrder) -> str | None:
    if order.confirmed_at is None and order.status in ESTIMATE_OPEN:
        return None
    if order.confirmed_at is not None and added_work.propose_refusal(order.status) is None:
        return None
    return CANNOT_ADD


def _line_refusals(order: RepairOrder, line: SubletLine, state: str) -> tuple[str | None, str | None, str | None]:
    closed = order.status in CLOSED
    if closed:
        send = ORDER_CLOSED
    elif order.confirmed_at is None:
        send = NOT_CONFIRMED
    elif state not in ("", "approved"):
        send = NOT_AGREED
    elif line.sent_at is not None:
        send = ALREADY_SENT
    else:
        send = None
    back = ORDER_CLOSED if closed else NOT_SENT if line.sent_at is None else ALREADY_BACK if line.back_at else None
    remove = None if (not line.added and order.confirmed_at is None and order.status in ESTIMATE_OPEN) \
        else REMOVE_LOCKED
    return send, back, remove


def outside_work(session: Session, order_id: int) -> OutsideWorkView:
    """The order's outside work with what may be done about each line now."""
    order = orders.get_order(session, order_id)
    approvals = approvals_of(session, order.id)
    rows = list(order.sublet_lines)
    ids = {i for r in rows for i in (r.sent_by_id, r.back_by_id, r.price_approved_by_id) if i is not None}
    names = dict(session.execute(select(Operator.id, Operator.name).where(Operator.id.in_(ids))).all()) if ids else {}
    lines = []
    for row in rows:
        state = line_approval(row, approvals)
        send, back, remove = _line_refusals(order, row, state)
        lines.append(OutsideWorkLine(
            row.id, row.seq, row.supplier, row.description, row.cost, row.charge, Payer(row.payer or order.payer),
            row.added, state, row.expected_back_at, row.sent_at, names.get(row.sent_by_id or 0, ""), row.back_at,
            names.get(row.back_by_id or 0, ""), names.get(row.price_approved_by_id or 0, ""), send, back, remove,
            row.free_reason.value if row.free_reason else "", row.free_note or "",
            outside_given_away(row.free_price)))
    charged = [line for line in lines if line.charged]
    return OutsideWorkView(order.id, order.order_no or f"#{order.id}", order.status, tuple(lines),
                           add_refusal(order), order.confirmed_at is not None,
                           sum((x.cost for x in charged), ZERO), sum((x.charge for x in charged), ZERO))


def outstanding(session: Session, order_id: int) -> list[OutsideWorkLine]:
    """Charged outside work not back yet (the cashier's check)."""
    return [line for line in outside_work(session, order_id).lines if line.outstanding]


# --- writing ------------------------------------------------------------------------------------------------
def _amount(value: str | Decimal, field: str) -> Decimal:
    amount = parse_money(value, field=field, maximum=MAX_AMOUNT)
    if amount < 0:
        raise DomainError(NEGATIVE, field=field)
    return amount


def _checked(draft: OutsideWorkDraft) -> tuple[str, str, Decimal, Decimal]:
    supplier = limits.squeeze(draft.supplier or "")
    if not supplier:
        raise DomainError(NO_SUPPLIER, field="supplier")
    limits.SUPPLIER.check(supplier, "supplier")
    description = limits.squeeze(draft.description or "")
    if not description:
        raise DomainError(NO_DESCRIPTION, field="description")
    DESCRIPTION.check(description, "description")
    return supplier, description, _amount(draft.cost, "cost"), _amount(draft.charge, "charge")


def _check_expected(expected: datetime | None, since: datetime) -> datetime | None:
    if expected is None:
        return None
    expected = expected.replace(second=0, microsecond=0)
    if expected <= since.replace(second=0, microsecond=0):
        raise DomainError(EXPECTED_BEFORE_SENT, field="expected_back_at")
    return expected


def add_outside_work(session: Session, actor: int | None, order_id: int, draft: OutsideWorkDraft,
                     approval: OwnerApproval | None = None) -> OutsideWorkView:
    """Put outside work on the order: on the estimate before confirmation, else as added work the customer is
    asked about (the order waits for the answer). A charge below the cost or at zero needs the owner."""
    order = orders.get_order(session, order_id)
    why = add_refusal(order)
    if why is not None:
        raise lifecycle.TransitionRefused(why, status=lifecycle.STATUS_LABELS[order.status])
    as_added = order.confirmed_at is not None
    permissions.require(session, actor, *(PROPOSE_ROLES if as_added else ESTIMATE_ROLES))
    supplier, description, cost, charge = _checked(draft)
    now = clock.now()
    expected = _check_expected(draft.expected_back_at, now)
    cut = price_authority.line_cut("outside", 0, description, charge, cost)
    decision = price_authority.decide(session, actor, [cut] if cut else [], approval)
    seq = (session.scalar(select(func.max(SubletLine.seq)).where(SubletLine.order_id == order.id)) or 0) + 1
    line = SubletLine(order_id=order.id, seq=seq, supplier=supplier, description=description, cost=cost,
                      charge=charge, payer=Payer(draft.payer or order.payer), added=as_added,
                      price_approved_by_id=decision.owner_id, expected_back_at=expected, created_at=now,
                      created_by_id=actor)
    if as_added:
        finding = limits.squeeze(draft.description_for_customer or "") or description
        limits.ADDED_WORK.check(finding, "description_for_customer")
        proposal = Approval(order_id=order.id, kind=KIND, description=finding, amount=charge, proposed_at=now,
                            proposed_by_id=actor)
        session.add(proposal)
        session.flush()
        line.approval_id = proposal.id
    session.add(line)
    session.flush()
    session.expire(order, ["sublet_lines"])
    audit.record(session, actor, "outside_work:add", "sublet_line", line.id, order_id=order.id, after={
        "supplier": supplier, "description": description, "cost": str(cost), "charge": str(charge),
        "payer": line.payer.value if line.payer else None, "added": as_added,
        "expected_back_at": _stamp(expected)})
    price_authority.record(session, actor, order.id, decision, [cut] if cut else [], where="outside_work")
    if as_added:
        settings = garage_settings.load(session)
        sums = added_work._sums(order, approvals_of(session, order.id))
        confirmed = added_work._gross(sums[""], settings)
        new_total = added_work._gross(sums[""] + sums["approved"] + sums["pending"], settings)
        need = contact_need(confirmed, new_total - confirmed, order.notify_above, order.may_replace_found_parts,
                            is_found_part_replacement=False)
        audit.record(session, actor, "added_work:propose", "approval", line.approval_id, order_id=order.id,
                     after={"description": proposal.description, "amount": str(charge),
                            "replaces_found_part": False, "contact_need": need.value, "new_total": str(new_total),
                            "contact_label": CONTACT_LABELS[need], "labour": [], "parts": [],
                            "outside": [[supplier, description, str(charge)]]})
        if order.status is not OrderStatus.AWAITING_APPROVAL:
            orders.transition(session, order, lifecycle.Event.PROPOSE_ADDED_WORK, actor)
        order.holder = ""  # the board names the advisor, who must now reach the customer
    order.updated_at = now
    session.flush()
    return outside_work(session, order.id)


def _line(session: Session, line_id: int) -> SubletLine:
    line = session.get(SubletLine, line_id)
    if line is None:
        raise DomainError(NOT_FOUND)
    return line


def _state(session: Session, line: SubletLine) -> str:
    return line_approval(line, approvals_of(session, line.order_id))


def remove_outside_work(session: Session, actor: int | None, line_id: int) -> OutsideWorkView:
    """Take outside work off an estimate the customer has not confirmed yet."""
    permissions.require(session, actor, *ESTIMATE_ROLES)
    line = _line(session, line_id)
    order = orders.get_order(session, line.order_id)
    why = _line_refusals(order, line, _state(session, line))[2]
    if why is not None:
        raise DomainError(why)
    audit.record(session, actor, "outside_work:remove", "sublet_line", line.id, order_id=order.id,
                 before={"supplier": line.supplier, "description": line.description, "cost": str(line.cost),
                         "charge": str(line.charge)})
    session.delete(line)
    session.flush()
    session.expire(order, ["sublet_lines"])
    return outside_work(session, order.id)


def record_sent(session: Session, actor: int | None, line_id: int, sent_at: datetime,
                expected_back_at: datetime | None = None) -> OutsideWorkView:
    """The advisor sent the part to the outside shop (with its slip), and when it is expected back."""
    permissions.require(session, actor, *SEND_ROLES)
    line = _line(session, line_id)
    order = orders.get_order(session, line.order_id)
    why = _line_refusals(order, line, _state(session, line))[0]
    if why is not None:
        raise DomainError(why)
    sent_at = sent_at.replace(second=0, microsecond=0)
    if sent_at > clock.now():
        raise DomainError(IN_FUTURE, field="sent_at")
    expected = _check_expected(expected_back_at, sent_at) if expected_back_at is not None else line.expected_back_at
    before = {"sent_at": None, "expected_back_at": _stamp(line.expected_back_at)}
    line.sent_at, line.sent_by_id, line.expected_back_at = sent_at, actor, expected
    order.updated_at = clock.now()
    session.flush()
    audit.record(session, actor, "outside_work:sent", "sublet_line", line.id, order_id=order.id, before=before,
                 after={"sent_at": _stamp(sent_at), "expected_back_at": _stamp(expected), "supplier": line.supplier})
    return outside_work(session, order.id)


def record_back(session: Session, actor: int | None, line_id: int, back_at: datetime) -> OutsideWorkView:
    """The part came back from the outside shop."""
    permissions.require(session, actor, *SEND_ROLES)
    line = _line(session, line_id)
    order = orders.get_order(session, line.order_id)
    why = _line_refusals(order, line, _state(session, line))[1]
    if why is not None:
        raise DomainError(why)
    back_at = back_at.replace(second=0, microsecond=0)
    if back_at > clock.now():
        raise DomainError(IN_FUTURE, field="back_at")
    assert line.sent_at is not None
    if back_at < line.sent_at:
        raise DomainError(BACK_BEFORE_SENT, field="back_at", sent=_stamp(line.sent_at))
    line.back_at, line.back_by_id = back_at, actor
    order.updated_at = clock.now()
    session.flush()
    audit.record(session, actor, "outside_work:back", "sublet_line", line.id, order_id=order.id,
                 after={"back_at": _stamp(back_at), "supplier": line.supplier})
    return outside_work(session, order.id)


def describe(line: OutsideWorkLine) -> str:
    """"曲軸磨削 (順達機加工) ¥600.00" for lists and the log."""
    return f"{line.description} ({line.supplier}) {format_yuan(line.charge)}"


# --- the slip -----------------------------------------------------------------------------------------------
def slip_docs(session: Session, order_id: int) -> list[SubletSlipDoc]:
    """The 外部加工單 of the order, one per outside shop (in the order of its first line): every piece of outside
    work the customer has not declined (a pending one may be priced with the shop before they answer)."""
    order = orders.get_order(session, order_id)
    view = outside_work(session, order.id)
    lines = [line for line in view.lines if line.state != "declined"]
    by_shop: dict[str, list[OutsideWorkLine]] = {}
    for line in lines:
        by_shop.setdefault(line.supplier, []).append(line)
    settings = garage_settings.load(session)
    header = GarageHeader(settings.garage_name, settings.garage_address, settings.garage_phone, settings.licence_no,
                          settings.tax_id)
    vehicle = order.vehicle
    make_model = " ".join(p for p in (vehicle.make, vehicle.model) if p) if vehicle else ""
    advisor = session.scalar(select(Operator.name).where(Operator.id == (order.confirmed_by_id or order.received_by_id
                                                                          or order.created_by_id or 0))) or ""
    now = clock.now()
    slips = []
    for supplier, items in by_shop.items():
        sent = [x.sent_at for x in items if x.sent_at is not None]
        expected = [x.expected_back_at for x in items if x.expected_back_at is not None]
        slips.append(SubletSlipDoc(
            garage=header, order_no=view.order_no, printed_at=now, supplier=supplier,
            plate=vehicle.plate if vehicle else "", make_model=make_model, vin=vehicle.vin if vehicle else "",
            items=tuple(SubletItemDoc(x.seq, x.description, x.cost, x.sent_at, x.expected_back_at, x.back_at,
                                      x.added) for x in items),
            sent_at=min(sent) if sent else None, expected_back_at=min(expected) if expected else None,
            sent_by=next((x.sent_by for x in items if x.sent_by), ""), advisor=advisor))
    return slips
