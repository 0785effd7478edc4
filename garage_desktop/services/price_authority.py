"""價格權限 Price authority, POS-style (issue 14): a line priced below its list — a part below its catalog sale
price, labour below the garage's hourly rate — or at zero needs the owner, on the spot.

Someone who is not the owner saving such a line (``services.estimate.save_estimate``, ``services.added_work
.propose``) is refused with ``NeedsOwnerApproval``, which carries the lines; the window asks the owner to type
their PIN in a small dialog and sends the same lines again with an ``OwnerApproval`` (the owner's id and PIN,
checked here with ``pins.check_pin``). An owner who has no PIN approves by being chosen in that dialog: the garage
chose not to protect the owner's name, and the audit event says no PIN was typed (``"pin": false``). The owner
saving such a line approves it themselves.

Each approved line keeps who approved it and the list price it was under (``price_approved_by_id``,
``list_price``); the estimate shows the mark ("Owner approved: below the catalog price"), and the audit trail
has one ``price:owner_approved`` event per save with the approving owner, each line's list price and the price
given. A line saved again at the same price keeps its approval (a new revision of the estimate does not ask
again), and so does labour at a rate the owner approved on the order (added work is priced at the estimate's
rate). Customer-supplied parts are not priced by the garage and need nothing.

A wrong PIN is refused (``WrongOwnerPin``) and, in the window, recorded: the dialog checks the PIN first
(``check_owner``, its own transaction, so the ``pin:wrong`` event stays and the owner's wait after wrong PINs
applies) and only then sends the lines again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from garage_desktop.db.models import LabourLine, Operator, PartLine
from garage_desktop.db.types import holding
from garage_desktop.domain.classes import Role
from garage_desktop.domain.money import format_yuan
from garage_desktop.domain.pricing import PriceCut, price_cut
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError
from garage_desktop.services import audit, pins

# The mark on an approved line ("店主核准 低於目錄價").
MARKS: dict[PriceCut, str] = {
    PriceCut.BELOW_CATALOG: QT_TRANSLATE_NOOP("Domain", "Owner approved: below the catalog price"),
    PriceCut.BELOW_RATE: QT_TRANSLATE_NOOP("Domain", "Owner approved: below the hourly rate"),
    PriceCut.FREE: QT_TRANSLATE_NOOP("Domain", "Owner approved: free of charge"),
}
# Why the owner is asked, in the approval dialog.
REASONS: dict[PriceCut, str] = {
    PriceCut.BELOW_CATALOG: QT_TRANSLATE_NOOP("Domain", "below the catalog price"),
    PriceCut.BELOW_RATE: QT_TRANSLATE_NOOP("Domain", "below the hourly rate"),
    PriceCut.FREE: QT_TRANSLATE_NOOP("Domain", "free of charge"),
}
NEEDS_OWNER = QT_TRANSLATE_NOOP("Domain", "{count} line(s) priced below the list or at zero: the owner approves "
                                          "them on the spot (first: {first}).")
NOT_AN_OWNER = QT_TRANSLATE_NOOP("Domain", "Only an owner approves a price below the list.")
WRONG_PIN = QT_TRANSLATE_NOOP("Domain", "That is not the owner's PIN: the prices were not approved.")


@dataclass(frozen=True)
class OwnerApproval:
    """The owner standing at the counter: who, and the PIN they typed ("" for an owner without a PIN)."""

    owner_id: int
    pin: str = ""


@dataclass(frozen=True)
class PriceBelowList:
    """A line that needs the owner: ``kind`` "labour" or "part", its 0-based position in what was sent (the
    draft's lines, or the proposal's), its name, the list price (None: a free line, not from the catalog) and
    the price given (labour: the hourly rate)."""

    kind: str
    index: int
    name: str
    list_price: Decimal | None
    price: Decimal
    cut: PriceCut

    def describe(self) -> str:
        """One line for the log and the dialog: "前剎車片 ¥300.00 (list ¥380.00)"."""
        listed = f" (list {format_yuan(self.list_price)})" if self.list_price is not None else ""
        return f"{self.name} {format_yuan(self.price)}{listed}"


class NeedsOwnerApproval(DomainError):
    """Lines below the list, entered by someone who is not the owner, and no approval came with them."""

    def __init__(self, lines: Iterable[PriceBelowList]) -> None:
        self.lines = tuple(lines)
        super().__init__(NEEDS_OWNER, field="owner_approval", count=len(self.lines),
                         first=self.lines[0].describe() if self.lines else "")


class WrongOwnerPin(DomainError):
    def __init__(self) -> None:
        super().__init__(WRONG_PIN, field="owner_pin")


@dataclass(frozen=True)
class OwnerChoice:
    id: int
    name: str
    has_pin: bool


def owners(session: Session) -> list[OwnerChoice]:
    """The active owners, for the approval dialog (by name)."""
    rows = session.execute(select(Operator.id, Operator.name, Operator.pin_hash)
                           .where(holding(Operator.roles, Role.OWNER), Operator.active.is_(True))
                           .order_by(Operator.name))
    return [OwnerChoice(id_, name, pin_hash is not None) for id_, name, pin_hash in rows]


def _owner(session: Session, owner_id: int) -> Operator:
    owner = session.get(Operator, owner_id)
    if owner is None or not owner.active or Role.OWNER not in owner.roles:
        raise DomainError(NOT_AN_OWNER, field="owner")
    return owner


def check_owner(session: Session, owner_id: int, pin: str) -> bool:
    """The approval dialog's check, in its own transaction: whether ``pin`` is the owner's (True for an owner
    without a PIN). A wrong PIN is recorded (``pin:wrong``) and counts towards the owner's wait; while the wait
    runs, ``pins.PinDelayed`` is raised."""
    _owner(session, owner_id)
    return pins.check_pin(session, owner_id, pin)


def line_cut(kind: str, index: int, name: str, price: Decimal, list_price: Decimal | None, *,
             customer_supplied: bool = False) -> PriceBelowList | None:
    """The line, if its price needs the owner (customer-supplied parts never do)."""
    if customer_supplied:
        return None
    cut = price_cut(price, list_price, labour=kind == "labour")
    return PriceBelowList(kind, index, name, list_price, price, cut) if cut is not None else None


def approved_on_order(session: Session, order_id: int) -> tuple[dict[Decimal, tuple[int, Decimal | None]],
                                                                dict[tuple[object, Decimal], tuple[int, Decimal | None]]]:
    """What the owner already approved on the order: labour rates (rate → approver, list price) and part prices
    ((part id or name, price) → approver, list price). A line saved again at the same price keeps its approval."""
    rates: dict[Decimal, tuple[int, Decimal | None]] = {}
    prices: dict[tuple[object, Decimal], tuple[int, Decimal | None]] = {}
    for rate, approver, listed in session.execute(
            select(LabourLine.rate, LabourLine.price_approved_by_id, LabourLine.list_price)
            .where(LabourLine.order_id == order_id, LabourLine.price_approved_by_id.is_not(None))):
        rates[rate] = (approver, listed)
    for part_id, name, price, approver, listed in session.execute(
            select(PartLine.part_id, PartLine.name, PartLine.unit_price, PartLine.price_approved_by_id,
                   PartLine.list_price)
            .where(PartLine.order_id == order_id, PartLine.price_approved_by_id.is_not(None))):
        prices[(part_id or name, price)] = (approver, listed)
    return rates, prices


@dataclass(frozen=True)
class Decision:
    """Who approves the new lines below the list (None: none need approving) and whether a PIN was typed."""

    owner_id: int | None
    with_pin: bool


def decide(session: Session, actor: int | None, lines: list[PriceBelowList],
           approval: OwnerApproval | None) -> Decision:
    """Whether ``lines`` (the new lines below the list) may be saved, and on whose authority: the actor if they
    are an owner, else the owner of ``approval`` after their PIN. Raises ``NeedsOwnerApproval`` without an
    approval, ``WrongOwnerPin`` with a wrong PIN."""
    if not lines:
        return Decision(None, False)
    me = session.get(Operator, actor) if actor is not None else None
    if me is not None and me.active and Role.OWNER in me.roles:
        return Decision(me.id, False)
    if approval is None:
        raise NeedsOwnerApproval(lines)
    owner = _owner(session, approval.owner_id)
    # A wrong PIN here (the window checked it before) is refused; its pin:wrong event goes with the refusal.
    if not pins.check_pin(session, owner.id, approval.pin):
        raise WrongOwnerPin()
    return Decision(owner.id, owner.pin_hash is not None)


def record(session: Session, actor: int | None, order_id: int, decision: Decision, lines: list[PriceBelowList],
           *, where: str) -> None:
    """The audit event of an approval: who approved, and each line's list price and the price given."""
    if decision.owner_id is None or not lines:
        return
    audit.record(session, actor, "price:owner_approved", "repair_order", order_id, order_id=order_id, after={
        "approved_by": decision.owner_id, "pin": decision.with_pin, "where": where,
        "lines": [{"kind": line.kind, "name": line.name, "cut": line.cut.value,
                   "list_price": None if line.list_price is None else str(line.list_price),
                   "price": str(line.price)} for line in lines]})


def mark(price: Decimal, list_price: Decimal | None, approved_by_id: int | None, *, labour: bool) -> str | None:
    """The mark an approved line shows (English, translated by the window), or None."""
    if approved_by_id is None:
        return None
    cut = price_cut(price, list_price, labour=labour)
    return MARKS[cut] if cut is not None else None
