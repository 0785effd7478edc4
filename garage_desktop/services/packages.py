"""套餐卡 Package cards on the order: the owner's packages, a line redeemed from a customer's card, what the
customer's cards have left, and the use each redeemed line takes at settlement.

- The owner defines packages (name, price, valid days, services = labour operations from the catalog, each with a
  number of uses and whether the package pays that service's parts too). Selling a card copies them
  (``services.cards.sell_package``).
- At the estimate a labour line whose operation a card item covers may be redeemed from it (``card_item_id`` on the
  line, kept when the estimate is saved again). Refused when the card is not the order's customer's, is closed or
  expired, or has no use left once the uses reserved by the customer's other open orders are counted. An item that
  includes its parts pays the order's part lines marked with the same item too (``PartLine.card_item_id``).
- The line is priced as usual. Until settlement the checkout shows what the card will pay as a pending reduction of
  the customer's share (so the cashier never takes cash for it); at settlement, in the settling transaction, each
  redeemed line takes its use (``cards.take_use``: uses −1, the use's value off the card) and this module writes the
  order's ``Payment`` (method ``package_card``) of the use's value and a ``Discount`` of the rest of the covered
  amount (the line and its parts), linked to the ledger entry (so voiding that payment puts the use back and takes
  the discount away: ``cards.payment_voided``). Revenue is the use's value; the rest is the package's discount.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from garage_desktop.db.models import (
    Card,
    CardEntry,
    CardItem,
    CardPackage,
    CardPackageItem,
    Discount,
    LabourLine,
    LabourOperation,
    Payment,
    RepairOrder,
)
from garage_desktop.domain import limits
from garage_desktop.domain.classes import Payer, Role
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.money import ZERO, parse_money
from garage_desktop.domain.settlement import PaymentKind, PaymentMethod
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError, PermissionRefused
from garage_desktop.services import audit, catalog, clock, permissions

PACKAGE_DISCOUNT_REASON = "套餐卡"  # the discount's reason starts so (the card number and service follow)
MAX_VALID_DAYS = 3660
MAX_USES = 999

NO_NAME = QT_TRANSLATE_NOOP("Domain", "Name the package.")
NAME_TAKEN = QT_TRANSLATE_NOOP("Domain", "A package named {name} already exists.")
BAD_DAYS = QT_TRANSLATE_NOOP("Domain", "A package is valid for 1 to 3660 days.")
NO_ITEMS = QT_TRANSLATE_NOOP("Domain", "Add at least one service to the package.")
BAD_OPERATION = QT_TRANSLATE_NOOP("Domain", "{code} is not a labour operation in the catalog.")
BAD_USES = QT_TRANSLATE_NOOP("Domain", "Each service is used 1 to 999 times.")
TWICE = QT_TRANSLATE_NOOP("Domain", "{code} is in the package twice: give it more uses instead.")
NO_PACKAGE = QT_TRANSLATE_NOOP("Domain", "That package no longer exists.")
NOT_PRICED = QT_TRANSLATE_NOOP("Domain", "Enter the package's price, above zero.")
NOT_THEIR_CARD = QT_TRANSLATE_NOOP("Domain", "That card is not this customer's.")
NOT_COVERED = QT_TRANSLATE_NOOP("Domain", "The card's service {service} is not this line's job.")
CARD_CLOSED = QT_TRANSLATE_NOOP("Domain", "The card {number} is closed.")
CARD_EXPIRED = QT_TRANSLATE_NOOP("Domain", "The card {number} expired on {date}.")
NO_USE_LEFT = QT_TRANSLATE_NOOP("Domain", "The card {number} has no use of {service} left ({reserved} reserved "
                                          "by other open orders).")
NOT_SELF_PAY = QT_TRANSLATE_NOOP("Domain", "Only a line the customer pays can be paid by their package card.")
PARTS_NOT_INCLUDED = QT_TRANSLATE_NOOP("Domain", "The card's service {service} does not include parts.")
PARTS_WITHOUT_LINE = QT_TRANSLATE_NOOP("Domain", "Redeem the labour line from the card first; its parts follow it.")

# Orders whose redeemed lines still hold a use of the card (the use is taken at settlement).
_RESERVING = frozenset(set(OrderStatus) - {OrderStatus.SETTLED, OrderStatus.DELIVERED, OrderStatus.FOLLOWED_UP,
                                           OrderStatus.REFUNDED, OrderStatus.CANCELLED, OrderStatus.NO_SHOW})


# --- the owner's packages ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PackageItemDraft:
    operation_code: str
    uses: int | str = 1
    include_parts: bool = False


@dataclass(frozen=True)
class PackageItemView:
    id: int
    operation_code: str
    name: str
    uses: int
    include_parts: bool


@dataclass(frozen=True)
class PackageView:
    id: int
    name: str
    price: Decimal
    valid_days: int
    active: bool
    items: tuple[PackageItemView, ...]

    @property
    def summary(self) -> str:
        """"保養 ×5, 洗車 ×10" (each service and its uses)."""
        return ", ".join(f"{item.name} ×{item.uses}" for item in self.items)


def _package_view(session: Session, package: CardPackage) -> PackageView:
    items = []
    for item in package.items:
        operation = session.get(LabourOperation, item.operation_id)
        items.append(PackageItemView(item.id, operation.code if operation else "", operation.name if operation else "",
                                     item.uses, item.include_parts))
    return PackageView(package.id, package.name, package.price, package.valid_days, package.active, tuple(items))


def list_packages(session: Session, *, include_retired: bool = False) -> list[PackageView]:
    query = select(CardPackage)
    if not include_retired:
        query = query.where(CardPackage.active)
    return [_package_view(session, p) for p in session.scalars(query.order_by(CardPackage.name))]


def _uses(value: int | str) -> int:
    try:
        uses = int(str(value).strip())
    except ValueError:
        raise DomainError(BAD_USES, field="uses") from None
    if not 1 <= uses <= MAX_USES:
        raise DomainError(BAD_USES, field="uses")
    return uses


def save_package(session: Session, actor: int | None, package_id: int | None, name: str, price: Decimal | str,
                 valid_days: int | str, items: Sequence[PackageItemDraft], *, active: bool = True) -> PackageView:
    """Create or change a package (owner only). Cards already sold keep what they were sold with."""
    permissions.require(session, actor, Role.OWNER)
    name = limits.squeeze(name or "")
    if not name:
        raise DomainError(NO_NAME, field="name")
    if len(name) > 60:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "At most {count} characters."), field="name", count=60)
    value = parse_money(price, field="price")
    if value <= 0:
        raise DomainError(NOT_PRICED, field="price")
    try:
        days = int(str(valid_days).strip())
    except ValueError:
        raise DomainError(BAD_DAYS, field="valid_days") from None
    if not 1 <= days <= MAX_VALID_DAYS:
        raise DomainError(BAD_DAYS, field="valid_days")
    if not items:
        raise DomainError(NO_ITEMS, field="items")
    rows: list[tuple[int, int, bool]] = []
    seen: set[int] = set()
    for item in items:
        code = catalog.normalise_code(item.operation_code)
        operation = session.scalar(select(LabourOperation).where(LabourOperation.code == code)) if code else None
        if operation is None:
            raise DomainError(BAD_OPERATION, field="items", code=item.operation_code or "—")
        if operation.id in seen:
            raise DomainError(TWICE, field="items", code=code)
        seen.add(operation.id)
        rows.append((operation.id, _uses(item.uses), bool(item.include_parts)))
    clash = session.scalar(select(CardPackage.id).where(CardPackage.name == name))
    if clash is not None and clash != package_id:
        raise DomainError(NAME_TAKEN, field="name", name=name)
    if package_id is None:
        package = CardPackage(name=name, price=value, valid_days=days, active=active, created_at=clock.now())
        session.add(package)
        before = None
    else:
        package = session.get(CardPackage, package_id)
        if package is None:
            raise DomainError(NO_PACKAGE)
        before = _audit_form(_package_view(session, package))
        package.name, package.price, package.valid_days, package.active = name, value, days, active
        package.items.clear()
        session.flush()
    for operation_id, uses, include_parts in rows:
        package.items.append(CardPackageItem(operation_id=operation_id, uses=uses, include_parts=include_parts))
    session.flush()
    saved = _package_view(session, package)
    audit.record(session, actor, "card:package", "card_package", package.id, before=before, after=_audit_form(saved))
    return saved


def _audit_form(view: PackageView) -> dict[str, object]:
    return {"name": view.name, "price": str(view.price), "valid_days": view.valid_days, "active": view.active,
            "items": [[i.operation_code, i.uses, i.include_parts] for i in view.items]}


# --- what a customer's cards have left --------------------------------------------------------------------------

@dataclass(frozen=True)
class CardItemLeft:
    """One service on one of the customer's package cards: the uses left (net of the uses other open orders have
    reserved) and when the card expires."""

    card_item_id: int
    card_number: str
    service: str
    operation_code: str
    include_parts: bool
    uses_left: int  # on the ledger
    reserved: int  # by redeemed lines of open orders (not yet settled)
    expires_on: date | None
    expired: bool

    @property
    def free_uses(self) -> int:
        return max(self.uses_left - self.reserved, 0)

    @property
    def label(self) -> str:
        """"套餐卡 …1234 保養" (what the line shows)."""
        return f"{PACKAGE_DISCOUNT_REASON} {_short(self.card_number)} {self.service}"


def _short(number: str) -> str:
    return f"…{number[-4:]}" if len(number) > 4 else number


def _remaining(session: Session, item_id: int) -> int:
    return int(session.scalar(select(func.coalesce(func.sum(CardEntry.uses), 0))
                              .where(CardEntry.card_item_id == item_id)) or 0)


def _use_taken(session: Session, line_id: int) -> bool:
    """The labour line's use was taken (and not put back)."""
    return int(session.scalar(select(func.coalesce(func.sum(CardEntry.uses), 0))
                              .where(CardEntry.labour_line_id == line_id)) or 0) < 0


def reserved_uses(session: Session, item_id: int, *, except_order: int | None = None) -> int:
    """Uses of a card item held by redeemed labour lines of orders not settled yet (their use is taken at
    settlement), leaving ``except_order`` out."""
    query = (select(LabourLine.id).join(RepairOrder, RepairOrder.id == LabourLine.order_id)
             .where(LabourLine.card_item_id == item_id, RepairOrder.status.in_(list(_RESERVING))))
    if except_order is not None:
        query = query.where(LabourLine.order_id != except_order)
    return sum(1 for line_id in session.scalars(query) if not _use_taken(session, line_id))


def customer_items(session: Session, customer_id: int | None, *, except_order: int | None = None,
                   today: date | None = None) -> list[CardItemLeft]:
    """Every service on the customer's open package cards, soonest expiry first."""
    if customer_id is None:
        return []
    today = today or clock.now().date()
    cards = session.scalars(select(Card).where(Card.customer_id == customer_id, Card.kind == "package",
                                               Card.closed_at.is_(None))
                            .order_by(Card.expires_on, Card.id)).all()
    result = []
    for card in cards:
        for item in card.items:
            code = ""
            if item.operation_id is not None:
                code = session.scalar(select(LabourOperation.code).where(LabourOperation.id == item.operation_id)) or ""
            result.append(CardItemLeft(item.id, card.number, item.name, code, item.include_parts,
                                       _remaining(session, item.id),
                                       reserved_uses(session, item.id, except_order=except_order),
                                       card.expires_on, card.expires_on is not None and card.expires_on < today))
    return result


def order_items(session: Session, order_id: int) -> list[CardItemLeft]:
    """The order's customer's card services (for the estimate's "Use package card…"), this order's own redeemed
    lines not counted as reserved."""
    order = session.get(RepairOrder, order_id)
    return customer_items(session, order.customer_id if order else None, except_order=order_id)


@dataclass(frozen=True)
class CardsSummary:
    """What intake shows when the car is found: the customer's grade and their package services left."""

    grade: str
    items: tuple[CardItemLeft, ...]


def summary_for_customer(session: Session, customer_id: int | None) -> CardsSummary:
    from garage_desktop.services import member_grades

    grade = member_grades.grade_of(session, customer_id)
    usable = tuple(item for item in customer_items(session, customer_id) if item.uses_left > 0)
    return CardsSummary(grade.name if grade is not None else "", usable)


def item_label(session: Session, card_item_id: int | None) -> str:
    """"套餐卡 …1234 保養" for a redeemed line ("" for none)."""
    if card_item_id is None:
        return ""
    row = session.execute(select(Card.number, CardItem.name).join(Card, Card.id == CardItem.card_id)
                          .where(CardItem.id == card_item_id)).first()
    return f"{PACKAGE_DISCOUNT_REASON} {_short(row[0])} {row[1]}" if row else ""


def card_number_of(session: Session, card_item_id: int) -> str:
    """The last digits of the card a card item is on ("…5678"), as printed."""
    number = session.scalar(select(Card.number).join(CardItem, CardItem.card_id == Card.id)
                            .where(CardItem.id == card_item_id))
    return _short(number) if number else ""


# --- redeeming at the estimate ----------------------------------------------------------------------------------

def check_redeemable(session: Session, order: RepairOrder, card_item_id: int, operation_code: str,
                     payer: Payer | None, field: str, *, reserved_here: int = 0) -> CardItem:
    """The card item may pay a line of ``order`` with ``operation_code`` (``reserved_here``: lines of this same
    draft already redeemed from it). Refusals name ``field``."""
    item = session.get(CardItem, card_item_id)
    if item is None:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "That card service no longer exists."), field=field)
    card = session.get(Card, item.card_id)
    if card.customer_id != order.customer_id:
        raise DomainError(NOT_THEIR_CARD, field=field)
    if Payer(payer or order.payer) is not Payer.SELF:
        raise DomainError(NOT_SELF_PAY, field=field)
    operation_id = None
    code = catalog.normalise_code(operation_code or "")
    if code:
        operation_id = session.scalar(select(LabourOperation.id).where(LabourOperation.code == code))
    if item.operation_id is None or operation_id != item.operation_id:
        raise DomainError(NOT_COVERED, field=field, service=item.name)
    if card.closed_at is not None:
        raise DomainError(CARD_CLOSED, field=field, number=card.number)
    if card.expires_on is not None and card.expires_on < clock.now().date():
        raise DomainError(CARD_EXPIRED, field=field, number=card.number, date=card.expires_on.isoformat())
    reserved = reserved_uses(session, item.id, except_order=order.id) + reserved_here
    if _remaining(session, item.id) - reserved <= 0:
        raise DomainError(NO_USE_LEFT, field=field, number=card.number, service=item.name, reserved=reserved)
    return item


def check_part_follows(session: Session, card_item_id: int, labour_items: Iterable[int | None], field: str) -> None:
    """A part line may ride on a card item that includes parts and pays one of the draft's labour lines."""
    item = session.get(CardItem, card_item_id)
    if item is None or card_item_id not in set(labour_items):
        raise DomainError(PARTS_WITHOUT_LINE, field=field)
    if not item.include_parts:
        raise DomainError(PARTS_NOT_INCLUDED, field=field, service=item.name)


# --- the checkout: pending until settlement, then the use taken -------------------------------------------------

@dataclass(frozen=True)
class CoveredLine:
    labour_line_id: int
    card_item_id: int
    payer: Payer
    amount: Decimal  # the labour line's charge plus the charges of the parts riding on it
    label: str


def covered_lines(session: Session, labour: Sequence[object], parts: Sequence[object]) -> list[CoveredLine]:
    """The charged labour lines a package card pays (``ChargedLabour``/``ChargedPart`` of services.checkout_state,
    which carry ``card_item_id``), each with what it covers. The parts of an item go with its first line."""
    result: list[CoveredLine] = []
    parts_taken: set[int] = set()
    for line in labour:
        item_id = getattr(line, "card_item_id", None)
        if item_id is None:
            continue
        item = session.get(CardItem, item_id)
        amount = line.amount  # type: ignore[attr-defined]
        if item is not None and item.include_parts and item_id not in parts_taken:
            parts_taken.add(item_id)
            amount += sum((p.amount for p in parts if getattr(p, "card_item_id", None) == item_id), ZERO)
        result.append(CoveredLine(line.line_id, item_id, Payer(line.payer), amount,  # type: ignore[attr-defined]
                                  item_label(session, item_id)))
    return result


def pending(session: Session, labour: Sequence[object], parts: Sequence[object]) -> list[CoveredLine]:
    """The covered lines whose use is not taken yet: the checkout counts them off the customer's share until
    settlement takes the use."""
    return [c for c in covered_lines(session, labour, parts) if not _use_taken(session, c.labour_line_id)]


def settle_redeemed(session: Session, actor: int | None, order: RepairOrder, labour: Sequence[object],
                    parts: Sequence[object]) -> list[int]:
    """At settlement (the settling transaction): each redeemed line not paid yet takes its use; the order gets a
    Payment (package_card) of the use's value and a Discount of the rest of what the line covers. The payment ids."""
    from garage_desktop.services import cards

    made: list[int] = []
    for covered in pending(session, labour, parts):
        # Revenue is the use's value; never more than what the line covers (a use worth more than a cheap line
        # would otherwise leave the customer "overpaid" and refunded in cash): the card gives only that much, and
        # the rest of its value stays on it for the last use (``cards.take_use``).
        value = min(cards.next_use_value(session, covered.card_item_id), covered.amount)
        rest = covered.amount - value
        now = clock.now()
        payment = discount = None
        if value > 0:
            payment = Payment(order_id=order.id, kind=PaymentKind.PAYMENT.value,
                              method=PaymentMethod.PACKAGE_CARD.value, payer=Payer.SELF, amount=value, tendered=None,
                              note=covered.label[:200], created_at=now, created_by_id=actor)
            session.add(payment)
        if rest > 0:
            discount = Discount(order_id=order.id, payer=covered.payer, amount=rest, reason=covered.label[:200],
                                created_at=now, created_by_id=actor)
            session.add(discount)
        session.flush()
        cards.take_use(session, actor, covered.card_item_id, order.id, covered.labour_line_id,
                       payment_id=payment.id if payment is not None else None,
                       discount_id=discount.id if discount is not None else None, value=value)
        if payment is not None:
            made.append(payment.id)
            audit.record(session, actor, "money:payment", "payment", payment.id, order_id=order.id,
                         after={"method": PaymentMethod.PACKAGE_CARD.value, "amount": str(value),
                                "covered": str(covered.amount), "line": covered.labour_line_id})
        if discount is not None:
            audit.record(session, actor, "money:discount", "discount", discount.id, order_id=order.id,
                         after={"payer": covered.payer.value, "amount": str(rest), "reason": discount.reason})
    return made


NOT_REDEEMED = QT_TRANSLATE_NOOP("Domain", "That line is not paid by a package card.")
USE_TAKEN = QT_TRANSLATE_NOOP("Domain", "The card's use was taken at settlement: void its payment instead.")


def release_refusal(session: Session, actor: int | None, order_id: int, labour_line_id: int) -> DomainError | None:
    """Why ``release_line`` would refuse now (None: it may), for the window to disable its button with the reason;
    ``release_line`` checks the same."""
    try:
        permissions.require(session, actor, Role.CASHIER)
    except PermissionRefused as error:
        return error
    line = session.get(LabourLine, labour_line_id)
    if line is None or line.order_id != order_id or line.card_item_id is None:
        return DomainError(NOT_REDEEMED)
    order = session.get(RepairOrder, order_id)
    if order.status not in _RESERVING or _use_taken(session, line.id):
        return DomainError(USE_TAKEN)
    return None


def release_line(session: Session, actor: int | None, order_id: int, labour_line_id: int) -> None:
    """The customer pays a redeemed line another way (the card expired, was refunded, or they changed their mind):
    the line, and the parts riding on it, no longer name the card. Before settlement; a cashier or the owner."""
    refusal = release_refusal(session, actor, order_id, labour_line_id)
    if refusal is not None:
        raise refusal
    line = session.get(LabourLine, labour_line_id)
    order = session.get(RepairOrder, order_id)
    item_id = line.card_item_id
    label = item_label(session, item_id)
    line.card_item_id = None
    if not any(other.card_item_id == item_id for other in order.labour_lines if other.id != line.id):
        for part_line in order.part_lines:
            if part_line.card_item_id == item_id:
                part_line.card_item_id = None
    session.flush()
    audit.record(session, actor, "card:line_released", "labour_line", line.id, order_id=order_id,
                 before={"card": label}, after={"card": None})


def redeem_line(session: Session, actor: int | None, order_id: int, labour_line_id: int, card_item_id: int) -> None:
    """A saved line of an order not settled yet paid by one of the customer's package cards (the customer buys the
    package at the counter and its first use pays today's service): checked as at the estimate; the price is
    unchanged. An advisor, a cashier or the owner."""
    permissions.require(session, actor, Role.ADVISOR, Role.CASHIER)
    line = session.get(LabourLine, labour_line_id)
    order = session.get(RepairOrder, order_id)
    if line is None or order is None or line.order_id != order_id:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "That line is not on this order."))
    if order.status not in _RESERVING:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "The order is settled or closed: its lines are paid as they "
                                                      "were."))
    if line.free_reason is not None:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "A free line costs the customer nothing: no card pays it."))
    check_redeemable(session, order, card_item_id, line.operation_code, line.payer, "card_item")
    line.card_item_id = card_item_id
    session.flush()
    audit.record(session, actor, "card:line_redeemed", "labour_line", line.id, order_id=order_id,
                 after={"card": item_label(session, card_item_id)})
