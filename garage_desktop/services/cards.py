"""The garage's prepaid cards (issue 19): stored-value cards (儲值卡) and package cards (套餐卡 / 次卡), and THE
ledger every movement of them is written to (``CardEntry``, append-only; every function that writes it is here).

Money paid for a card is a liability, never an order ``Payment``: a sale or recharge is a ledger entry (principal
+, the bonus rule's gift as bonus +, the method the customer paid by in ``method``). What is on a card is only ever
the sum of its entries (``balances``, ``remaining_uses``).

- A stored-value card pays at checkout (``pay_order``, called by ``checkout.take_payment``): the amount is split
  into principal and bonus in the card's current proportion (``domain.cards.split_use``); the order gets a
  ``Payment`` (method ``stored_value``) of the principal share, which is revenue like any payment, and a
  ``Discount`` of the bonus share; the entry ("use") names the order, the payment and the discount. Voiding the
  payment puts both back on the card (``payment_voided``: an "unuse" entry, the discount taken back).
- A package card's use (``take_use``, called at settlement for a redeemed line) takes one use and its value (the
  card's price allocated over its items by list value: ``domain.cards.item_values`` / ``use_value``).
- A refund follows the owner's rule (setting ``card_refund_rule``): the principal paid back is "refund", what the
  rule keeps and the bonus left are written off ("forfeit"), and the card is closed.
- A package card's uses left at its expiry are written off ("expire", their value with them, dated at the
  expiry) by ``expire_due``, which the card desk runs when opened; the month-end sheet counts an expiry not yet
  written off the same way, so it reads the same before and after. A use after the expiry is refused.
- The ledger is append-only: changing or deleting an entry raises ``LedgerIsAppendOnly`` (a correction is a new
  entry; a voided card payment is put back by an "unuse" entry).
- Only a cashier or the owner sells, recharges and refunds; only the owner sets the bonus rules.
- A card's PIN (optional) is asked when it pays; each wrong PIN is an audit event (``card:pin_wrong``) and, like
  an operator's PIN (``services.pins``), repeated wrong PINs make each further try wait.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import os
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import event, func, or_, select
from sqlalchemy.orm import Session

from garage_desktop.db.models import (
    AuditEvent,
    BonusRule,
    Card,
    CardEntry,
    CardItem,
    CardPackage,
    Customer,
    Discount,
    LabourOperation,
    Payment,
    RepairOrder,
)
from garage_desktop.documents.month import CardRow, DormantCardRow, ExpiredUseRow
from garage_desktop.domain import cards as rules
from garage_desktop.domain.cards import CardKind, EntryAction, RefundRule
from garage_desktop.domain.classes import Payer, Role
from garage_desktop.domain.money import ZERO, format_yuan, parse_money
from garage_desktop.domain.settlement import PaymentKind, PaymentMethod
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError
from garage_desktop.services import audit, clock, permissions, pins
from garage_desktop.services import settings as settings_service

MONEY_ROLES = (Role.CASHIER,)
BONUS_DISCOUNT_REASON = "充值送金"  # a card payment's bonus share, as a discount: the same in both scripts

NO_CARD = QT_TRANSLATE_NOOP("Domain", "No card has the number {number}.")
NO_NUMBER = QT_TRANSLATE_NOOP("Domain", "Enter the card number.")
BAD_NUMBER = QT_TRANSLATE_NOOP("Domain", "A card number has 4 to 24 letters or digits.")
NUMBER_TAKEN = QT_TRANSLATE_NOOP("Domain", "The card number {number} is already in use.")
NO_CUSTOMER = QT_TRANSLATE_NOOP("Domain", "Choose the customer who buys the card.")
BAD_PIN = QT_TRANSLATE_NOOP("Domain", "A card PIN has 4 to 8 digits (leave it empty for none).")
WRONG_PIN = QT_TRANSLATE_NOOP("Domain", "The card's PIN is wrong.")
PIN_WAIT = QT_TRANSLATE_NOOP("Domain", "Too many wrong PINs for this card: the next try is accepted in {seconds} "
                                       "seconds.")
CLOSED = QT_TRANSLATE_NOOP("Domain", "The card {number} is closed ({reason}).")
NOT_STORED_VALUE = QT_TRANSLATE_NOOP("Domain", "The card {number} is a package card: it pays for its services, "
                                               "not amounts.")
NOT_PACKAGE = QT_TRANSLATE_NOOP("Domain", "The card {number} is a stored-value card.")
OVER_BALANCE = QT_TRANSLATE_NOOP("Domain", "The card holds only {balance}.")
NOT_POSITIVE = QT_TRANSLATE_NOOP("Domain", "Enter an amount above zero.")
BAD_METHOD = QT_TRANSLATE_NOOP("Domain", "Choose how the customer pays for the card: cash, WeChat Pay, Alipay, "
                               "bank card or bank transfer.")
NO_ITEM = QT_TRANSLATE_NOOP("Domain", "That card service no longer exists.")
NO_USES_LEFT = QT_TRANSLATE_NOOP("Domain", "The card {number} has no use of {service} left.")
EXPIRED = QT_TRANSLATE_NOOP("Domain", "The card {number} expired on {date}.")
NO_PACKAGE = QT_TRANSLATE_NOOP("Domain", "That package no longer exists or is no longer sold.")
EMPTY_PACKAGE = QT_TRANSLATE_NOOP("Domain", "The package has no services.")
NO_REFUND = QT_TRANSLATE_NOOP("Domain", "The garage's rule: cards are not refundable (Settings).")
NOTHING_LEFT = QT_TRANSLATE_NOOP("Domain", "Nothing is left on the card {number}.")
NO_REASON = QT_TRANSLATE_NOOP("Domain", "Say why.")
NO_RULE = QT_TRANSLATE_NOOP("Domain", "That bonus rule no longer exists.")
RULE_EXISTS = QT_TRANSLATE_NOOP("Domain", "A rule for {amount} already exists: retire it first.")
BONUS_TOO_BIG = QT_TRANSLATE_NOOP("Domain", "The bonus may not be more than the amount paid.")
BONUS_LOCKED = QT_TRANSLATE_NOOP("Domain", "This discount is a card payment's bonus share: void the card payment "
                                           "instead.")
CARD_METHODS = (PaymentMethod.CASH, PaymentMethod.WECHAT, PaymentMethod.ALIPAY, PaymentMethod.CARD,
                PaymentMethod.TRANSFER)


class LedgerIsAppendOnly(RuntimeError):
    """A programming error: a card ledger entry was changed or deleted (a correction is a new entry)."""


@event.listens_for(Session, "before_flush")
def _refuse_ledger_changes(session: Session, _context: object, _instances: object) -> None:
    for row in (*session.dirty, *session.deleted):
        if isinstance(row, CardEntry) and (row in session.deleted or session.is_modified(row)):
            raise LedgerIsAppendOnly(f"card ledger entry {row.id} may not be changed or deleted")


# --- reading the ledger ------------------------------------------------------------------------------------------

def balances(session: Session, card_id: int) -> tuple[Decimal, Decimal]:
    """(principal, bonus) on the card: the sums of its ledger."""
    principal, bonus = session.execute(
        select(func.coalesce(func.sum(CardEntry.principal), 0), func.coalesce(func.sum(CardEntry.bonus), 0))
        .where(CardEntry.card_id == card_id)).one()
    return _money(principal), _money(bonus)


def balance(session: Session, card_id: int) -> Decimal:
    principal, bonus = balances(session, card_id)
    return principal + bonus


def remaining_uses(session: Session, card_item_id: int) -> int:
    """Uses left of one service on a package card: the sum of its ledger entries."""
    return int(session.scalar(select(func.coalesce(func.sum(CardEntry.uses), 0))
                              .where(CardEntry.card_item_id == card_item_id)) or 0)


def item_value_left(session: Session, card_item_id: int) -> Decimal:
    """The part of a package card's price still on one of its services (its allocation less the uses taken)."""
    return _money(session.scalar(select(func.coalesce(func.sum(CardEntry.principal), 0))
                                 .where(CardEntry.card_item_id == card_item_id)))


def next_use_value(session: Session, card_item_id: int) -> Decimal:
    """What the next use of a package card's service is worth (the ``Payment`` it makes at settlement)."""
    item = session.get(CardItem, card_item_id)
    if item is None:
        return ZERO
    allocation = _money(session.scalar(select(func.coalesce(func.sum(CardEntry.principal), 0)).where(
        CardEntry.card_item_id == card_item_id, CardEntry.action == EntryAction.SALE.value)))
    return rules.use_value(allocation, item.uses, item_value_left(session, card_item_id),
                           remaining_uses(session, card_item_id))


def bonus_used(session: Session, card_id: int) -> Decimal:
    """The bonus the customer has spent from the card (uses less uses put back)."""
    return -_money(session.scalar(select(func.coalesce(func.sum(CardEntry.bonus), 0)).where(
        CardEntry.card_id == card_id, CardEntry.action.in_((EntryAction.USE.value, EntryAction.UNUSE.value)))))


def _money(value: object) -> Decimal:
    return Decimal(value or 0).quantize(Decimal("0.01"))


def _today() -> date:
    return clock.now().date()


@dataclass(frozen=True)
class ItemView:
    id: int
    name: str
    operation_id: int | None
    include_parts: bool
    bought: int
    left: int
    value_left: Decimal


@dataclass(frozen=True)
class CardView:
    id: int
    number: str
    kind: CardKind
    customer_id: int
    customer: str
    holder: str
    has_pin: bool
    principal: Decimal
    bonus: Decimal
    expires_on: date | None
    closed: bool
    closed_reason: str
    last_movement: datetime | None
    items: tuple[ItemView, ...]

    @property
    def balance(self) -> Decimal:
        return self.principal + self.bonus

    @property
    def expired(self) -> bool:
        return self.expires_on is not None and self.expires_on < _today()

    @property
    def usable(self) -> bool:
        return not self.closed and not self.expired

    @property
    def short_number(self) -> str:
        return short_number(self.number)


def short_number(number: str) -> str:
    """The last four characters of a card number, as printed ("…1234")."""
    return f"…{number[-4:]}" if len(number) > 4 else number


def view(session: Session, card: Card) -> CardView:
    principal, bonus = balances(session, card.id)
    last = session.scalar(select(func.max(CardEntry.at)).where(CardEntry.card_id == card.id))
    customer = session.get(Customer, card.customer_id)
    items = tuple(ItemView(item.id, item.name, item.operation_id, item.include_parts, item.uses,
                           remaining_uses(session, item.id), item_value_left(session, item.id))
                  for item in card.items)
    return CardView(card.id, card.number, CardKind(card.kind), card.customer_id,
                    customer.name if customer is not None else "", card.holder, card.pin_hash is not None,
                    principal, bonus, card.expires_on, card.closed_at is not None, card.closed_reason, last, items)


def get_card(session: Session, card_id: int) -> Card:
    card = session.get(Card, card_id)
    if card is None:
        raise DomainError(NO_CARD, field="card_number", number=f"#{card_id}")
    return card


def card_by_number(session: Session, number: str) -> Card:
    typed = (number or "").strip()
    if not typed:
        raise DomainError(NO_NUMBER, field="card_number")
    card = session.scalar(select(Card).where(Card.number == typed))
    if card is None:
        raise DomainError(NO_CARD, field="card_number", number=typed)
    return card


def customer_cards(session: Session, customer_id: int, *, open_only: bool = False) -> list[CardView]:
    """A customer's cards, newest first (the checkout's chooser, the intake's package uses)."""
    query = select(Card).where(Card.customer_id == customer_id)
    if open_only:
        query = query.where(Card.closed_at.is_(None))
    return [view(session, card) for card in session.scalars(query.order_by(Card.sold_at.desc(), Card.id.desc()))]


def find_cards(session: Session, text: str, limit: int = 50) -> list[CardView]:
    """Cards whose number, holder, customer name or phone contains ``text`` (all cards when empty)."""
    typed = (text or "").strip()
    query = select(Card).join(Customer, Customer.id == Card.customer_id)
    if typed:
        like = f"%{typed}%"
        query = query.where(or_(Card.number.like(like), Card.holder.like(like), Customer.name.like(like),
                                Customer.phone.like(like)))
    return [view(session, card) for card in session.scalars(query.order_by(Card.sold_at.desc()).limit(limit))]


@dataclass(frozen=True)
class CustomerChoice:
    id: int
    name: str
    phone: str


def find_customers(session: Session, text: str, limit: int = 20) -> list[CustomerChoice]:
    """Customers whose name or phone contains ``text`` (to sell a card to)."""
    typed = (text or "").strip()
    if not typed:
        return []
    like = f"%{typed}%"
    rows = session.execute(select(Customer.id, Customer.name, Customer.phone)
                           .where(or_(Customer.name.like(like), Customer.phone.like(like)))
                           .order_by(Customer.name, Customer.id).limit(limit))
    return [CustomerChoice(id_, name, phone or "") for id_, name, phone in rows]


def customer_choice(session: Session, customer_id: int) -> CustomerChoice | None:
    person = session.get(Customer, customer_id)
    return CustomerChoice(person.id, person.name, person.phone or "") if person is not None else None


@dataclass(frozen=True)
class EntryView:
    id: int
    at: datetime
    action: EntryAction
    principal: Decimal
    bonus: Decimal
    uses: int
    item: str
    order_no: str
    method: str
    note: str
    by_id: int | None


def ledger(session: Session, card_id: int) -> list[EntryView]:
    """Every movement of a card, oldest first."""
    rows = session.execute(
        select(CardEntry, CardItem.name, RepairOrder.order_no)
        .outerjoin(CardItem, CardItem.id == CardEntry.card_item_id)
        .outerjoin(RepairOrder, RepairOrder.id == CardEntry.order_id)
        .where(CardEntry.card_id == card_id).order_by(CardEntry.id))
    return [EntryView(entry.id, entry.at, EntryAction(entry.action), entry.principal, entry.bonus, entry.uses,
                      item or "", order_no or "", entry.method, entry.note, entry.by_id)
            for entry, item, order_no in rows]


# --- writing the ledger ------------------------------------------------------------------------------------------

def _entry(session: Session, actor: int | None, card: Card, action: EntryAction, *, principal: Decimal = ZERO,
           bonus: Decimal = ZERO, uses: int = 0, item: CardItem | None = None, order_id: int | None = None,
           payment_id: int | None = None, discount_id: int | None = None, labour_line_id: int | None = None,
           method: str = "", note: str = "", at: datetime | None = None) -> CardEntry:
    entry = CardEntry(card_id=card.id, at=at or clock.now(), by_id=actor, action=action.value, principal=principal,
                      bonus=bonus, uses=uses, card_item_id=item.id if item is not None else None, order_id=order_id,
                      payment_id=payment_id, discount_id=discount_id, labour_line_id=labour_line_id, method=method,
                      note=note)
    session.add(entry)
    session.flush()
    audit.record(session, actor, "card:movement", "card", card.id, order_id=order_id, after={
        "entry": entry.id, "action": action.value, "number": card.number, "principal": str(principal),
        "bonus": str(bonus),
        "uses": uses, "item": item.name if item is not None else None, "method": method or None,
        "note": note or None})
    return entry


def _number(session: Session, number: str) -> str:
    typed = (number or "").strip()
    if not typed:
        raise DomainError(NO_NUMBER, field="card_number")
    if not (4 <= len(typed) <= 24 and typed.isascii() and typed.replace("-", "").isalnum()):
        raise DomainError(BAD_NUMBER, field="card_number")
    if session.scalar(select(Card.id).where(Card.number == typed)) is not None:
        raise DomainError(NUMBER_TAKEN, field="card_number", number=typed)
    return typed


def _pin_hash(pin: str) -> str | None:
    typed = (pin or "").strip().translate(pins._FULL_WIDTH_DIGITS)
    if not typed:
        return None
    if not (typed.isascii() and typed.isdigit() and 4 <= len(typed) <= 8):
        raise DomainError(BAD_PIN, field="card_pin")
    return pins._hash(typed, os.urandom(16))


def _method(method: PaymentMethod | str) -> PaymentMethod:
    try:
        kind = PaymentMethod(method)
    except ValueError:
        raise DomainError(BAD_METHOD, field="method") from None
    if kind not in CARD_METHODS:
        raise DomainError(BAD_METHOD, field="method")
    return kind


def _positive(amount: Decimal | str, field: str = "amount") -> Decimal:
    value = parse_money(amount, field=field)
    if value <= 0:
        raise DomainError(NOT_POSITIVE, field=field)
    return value


def _active_rules(session: Session) -> list[tuple[Decimal, Decimal]]:
    return [(rule.pay_at_least, rule.bonus) for rule in session.scalars(select(BonusRule).where(BonusRule.active))]


def bonus_preview(session: Session, amount: Decimal | str) -> Decimal:
    """The bonus a recharge of ``amount`` would earn now (the desk shows it before the cashier confirms)."""
    try:
        value = parse_money(amount, field="amount")
    except DomainError:
        return ZERO
    return rules.bonus_for(value, _active_rules(session))


def _new_card(session: Session, actor: int | None, kind: CardKind, customer_id: int, number: str, holder: str,
              pin: str, **extra: object) -> Card:
    customer = session.get(Customer, customer_id) if customer_id else None
    if customer is None:
        raise DomainError(NO_CUSTOMER, field="customer")
    card = Card(number=_number(session, number), kind=kind.value, customer_id=customer.id,
                holder=(holder or "").strip()[:60] or customer.name, pin_hash=_pin_hash(pin), sold_at=clock.now(),
                sold_by_id=actor, **extra)
    session.add(card)
    session.flush()
    return card


def sell_stored_value(session: Session, actor: int | None, customer_id: int, number: str, amount: Decimal | str,
                      method: PaymentMethod | str, *, holder: str = "", pin: str = "", note: str = "") -> CardView:
    """Sell a stored-value card with its first charge (the bonus rule applies as to a recharge)."""
    permissions.require(session, actor, *MONEY_ROLES)
    value = _positive(amount)
    kind = _method(method)
    card = _new_card(session, actor, CardKind.STORED_VALUE, customer_id, number, holder, pin)
    bonus = rules.bonus_for(value, _active_rules(session))
    _entry(session, actor, card, EntryAction.SALE, principal=value, bonus=bonus, method=kind.value,
           note=note.strip()[:200])
    return view(session, card)


def recharge(session: Session, actor: int | None, card_id: int, amount: Decimal | str,
             method: PaymentMethod | str, note: str = "") -> CardView:
    """Put money on a stored-value card; the highest bonus rule the amount reaches adds its bonus."""
    permissions.require(session, actor, *MONEY_ROLES)
    card = _open_card(session, card_id, CardKind.STORED_VALUE)
    value = _positive(amount)
    kind = _method(method)
    bonus = rules.bonus_for(value, _active_rules(session))
    _entry(session, actor, card, EntryAction.RECHARGE, principal=value, bonus=bonus, method=kind.value,
           note=note.strip()[:200])
    return view(session, card)


def sell_package(session: Session, actor: int | None, customer_id: int, package_id: int, number: str,
                 method: PaymentMethod | str, *, holder: str = "", pin: str = "", note: str = "") -> CardView:
    """Sell a package card: its services copied from the package (a later change of the package never changes a
    card sold), valid from today for the package's days; the price allocated over the services by list value."""
    permissions.require(session, actor, *MONEY_ROLES)
    package = session.get(CardPackage, package_id)
    if package is None or not package.active:
        raise DomainError(NO_PACKAGE, field="package")
    if not package.items:
        raise DomainError(EMPTY_PACKAGE, field="package")
    kind = _method(method)
    card = _new_card(session, actor, CardKind.PACKAGE, customer_id, number, holder, pin, package_id=package.id,
                     price=package.price, expires_on=_today() + timedelta(days=package.valid_days))
    hours = []
    for source in package.items:
        operation = session.get(LabourOperation, source.operation_id)
        hours.append((operation.standard_hours if operation is not None else ZERO, source.uses))
    values = rules.item_values(package.price, hours)
    for source, value in zip(package.items, values, strict=True):
        operation = session.get(LabourOperation, source.operation_id)
        item = CardItem(card_id=card.id, operation_id=source.operation_id,
                        name=operation.name if operation is not None else "", uses=source.uses,
                        include_parts=source.include_parts)
        session.add(item)
        session.flush()
        _entry(session, actor, card, EntryAction.SALE, principal=value, uses=source.uses, item=item,
               method=kind.value, note=note.strip()[:200])
    session.expire(card, ["items"])
    return view(session, card)


def _open_card(session: Session, card_id: int, kind: CardKind | None = None) -> Card:
    card = get_card(session, card_id)
    if card.closed_at is not None:
        raise DomainError(CLOSED, field="card_number", number=card.number, reason=card.closed_reason)
    if kind is CardKind.STORED_VALUE and card.kind != kind.value:
        raise DomainError(NOT_STORED_VALUE, field="card_number", number=card.number)
    if kind is CardKind.PACKAGE and card.kind != kind.value:
        raise DomainError(NOT_PACKAGE, field="card_number", number=card.number)
    return card


# --- a package card's use (called at settlement for a redeemed line) -----------------------------------------------

def take_use(session: Session, actor: int | None, card_item_id: int, order_id: int,
             labour_line_id: int | None, *, payment_id: int | None = None,
             discount_id: int | None = None, value: Decimal | None = None) -> CardEntry:
    """One use of a package card's service, for the labour line it paid on the order: uses −1 and the use's
    value off the card (the value is the entry's −principal; ``next_use_value`` tells it beforehand). ``value``
    takes less when the line costs less than a use is worth: what stays on the card goes with the last use (or is
    written off at expiry), so the card's value is only ever taken as revenue for work done. Refused on a closed
    or expired card or with no use left. The caller records the order's Payment and Discount first and names them
    here (then voiding that payment puts the use back: ``payment_voided``)."""
    permissions.require(session, actor)
    item = session.get(CardItem, card_item_id)
    if item is None:
        raise DomainError(NO_ITEM, field="card_item")
    card = _open_card(session, item.card_id, CardKind.PACKAGE)
    if card.expires_on is not None and card.expires_on < _today():
        raise DomainError(EXPIRED, field="card_item", number=card.number, date=card.expires_on.isoformat())
    left = remaining_uses(session, item.id)
    if left <= 0:
        raise DomainError(NO_USES_LEFT, field="card_item", number=card.number, service=item.name)
    worth = next_use_value(session, item.id)
    value = worth if value is None else max(ZERO, min(value, worth))
    return _entry(session, actor, card, EntryAction.USE, principal=-value, uses=-1, item=item, order_id=order_id,
                  labour_line_id=labour_line_id, payment_id=payment_id, discount_id=discount_id)


def put_back_use(session: Session, actor: int | None, entry_id: int, note: str = "") -> CardEntry:
    """A use undone (its payment voided, the settlement reopened): the same amounts and uses put back."""
    permissions.require(session, actor)
    entry = session.get(CardEntry, entry_id)
    if entry is None or entry.action != EntryAction.USE.value:
        raise DomainError(NO_ITEM)
    card = get_card(session, entry.card_id)
    item = session.get(CardItem, entry.card_item_id) if entry.card_item_id is not None else None
    return _entry(session, actor, card, EntryAction.UNUSE, principal=-entry.principal, bonus=-entry.bonus,
                  uses=-entry.uses, item=item, order_id=entry.order_id, payment_id=entry.payment_id,
                  labour_line_id=entry.labour_line_id, note=note.strip()[:200])


# --- a stored-value card paying for an order ---------------------------------------------------------------------

def _failures(session: Session, card_id: int) -> tuple[int, datetime | None]:
    rows = session.execute(
        select(AuditEvent.action, AuditEvent.at)
        .where(AuditEvent.at >= clock.now() - pins.FORGET_AFTER, AuditEvent.entity == "card",
               AuditEvent.entity_id == card_id, AuditEvent.action.in_(("card:pin_wrong", "card:pin_right")))
        .order_by(AuditEvent.id))
    count, last = 0, None
    for action, at in rows:
        if action == "card:pin_wrong":
            count, last = count + 1, at
        else:
            count, last = 0, None
    return count, last


def pin_wait(session: Session, card_id: int) -> int:
    """Seconds before a PIN typed for the card is checked again (0: now); as for an operator's PIN."""
    count, last = _failures(session, card_id)
    delay = pins.retry_delay(count)
    if not delay or last is None:
        return 0
    return max(0, min(delay, math.ceil(delay - (clock.now() - last).total_seconds())))


def _pin_right(card: Card, pin: str) -> bool:
    if card.pin_hash is None:
        return True
    _scheme, iterations, salt, digest = card.pin_hash.split("$")
    typed = (pin or "").strip().translate(pins._FULL_WIDTH_DIGITS)
    candidate = hashlib.pbkdf2_hmac("sha256", typed.encode(), bytes.fromhex(salt), int(iterations))
    return hmac.compare_digest(candidate.hex(), digest)


def check_pin(session: Session, number: str, pin: str) -> bool:
    """True if ``pin`` opens the card (or it has none). A wrong PIN is an audit event (in the caller's
    transaction: commit it even when refusing); during the wait after repeated wrong PINs nothing is checked
    (``DomainError`` with the seconds)."""
    card = card_by_number(session, number)
    if card.pin_hash is None:
        return True
    waiting = pin_wait(session, card.id)
    if waiting:
        raise DomainError(PIN_WAIT, field="card_pin", seconds=waiting)
    right = _pin_right(card, pin)
    count, _last = _failures(session, card.id)
    if not right:
        audit.record(session, None, "card:pin_wrong", "card", card.id, after={"wrong_in_a_row": count + 1})
    elif count:
        audit.record(session, None, "card:pin_right", "card", card.id, before={"wrong_in_a_row": count})
    return right


def verify_pin(session: Session, _actor: int | None, number: str, pin: str) -> bool:
    """``check_pin`` as an action of its own (the window runs it before paying, so a wrong PIN is recorded even
    though the payment is refused)."""
    return check_pin(session, number, pin)


def order_customer(session: Session, order_id: int) -> int | None:
    order = session.get(RepairOrder, order_id)
    return order.customer_id if order is not None else None


def order_cards(session: Session, order_id: int) -> list[CardView]:
    """The open stored-value cards of the order's customer, to pay it with (the checkout's chooser)."""
    order = session.get(RepairOrder, order_id)
    if order is None:
        return []
    return [c for c in customer_cards(session, order.customer_id, open_only=True)
            if c.kind is CardKind.STORED_VALUE and c.balance > 0]


def payment_card(session: Session, number: str, pin: str, amount: Decimal) -> Card:
    """The stored-value card that is to pay ``amount``, if its PIN is right and it holds enough (refusals name
    the field: ``card_number``, ``card_pin`` or ``amount`` with the balance)."""
    card = card_by_number(session, number)
    card = _open_card(session, card.id, CardKind.STORED_VALUE)
    if card.pin_hash is not None:
        if pin_wait(session, card.id):
            raise DomainError(PIN_WAIT, field="card_pin", seconds=pin_wait(session, card.id))
        if not _pin_right(card, pin):
            raise DomainError(WRONG_PIN, field="card_pin")
    held = balance(session, card.id)
    if amount > held:
        raise DomainError(OVER_BALANCE, field="amount", balance=format_yuan(held))
    return card


def pay_order(session: Session, actor: int | None, order: RepairOrder, card: Card, amount: Decimal,
              note: str = "") -> tuple[Payment | None, Discount | None, CardEntry]:
    """Take ``amount`` off a stored-value card for the order (the caller checked the amount against what the
    customer owes, the PIN and the balance: ``payment_card``): the principal share as a ``Payment`` (method
    stored_value), the bonus share as a ``Discount``, one "use" entry naming both. Both in the caller's
    transaction, which holds the write lock: two cashiers paying from one card never take it below zero."""
    principal, bonus = balances(session, card.id)
    if amount > principal + bonus:  # read again under the write lock
        raise DomainError(OVER_BALANCE, field="amount", balance=format_yuan(principal + bonus))
    from_principal, from_bonus = rules.split_use(amount, principal, bonus)
    now = clock.now()
    payment = discount = None
    label = f"{short_number(card.number)}"
    if from_principal > 0:
        payment = Payment(order_id=order.id, kind=PaymentKind.PAYMENT.value, method=PaymentMethod.STORED_VALUE.value,
                          payer=Payer.SELF, amount=from_principal, tendered=None,
                          note=(note or "")[:200], created_at=now, created_by_id=actor)
        session.add(payment)
    if from_bonus > 0:
        discount = Discount(order_id=order.id, payer=Payer.SELF, amount=from_bonus,
                            reason=f"{BONUS_DISCOUNT_REASON} {label}", created_at=now, created_by_id=actor)
        session.add(discount)
    session.flush()
    if discount is not None:
        audit.record(session, actor, "money:discount", "discount", discount.id, order_id=order.id,
                     after={"payer": Payer.SELF.value, "amount": str(from_bonus), "reason": discount.reason})
    entry = _entry(session, actor, card, EntryAction.USE, principal=-from_principal, bonus=-from_bonus,
                   order_id=order.id, payment_id=payment.id if payment is not None else None,
                   discount_id=discount.id if discount is not None else None)
    return payment, discount, entry


def payment_voided(session: Session, actor: int | None, payment_id: int, reason: str) -> list[CardEntry]:
    """A voided payment that a card made puts what it took back on the card (an "unuse" entry per use) and takes
    back the bonus discount it gave. Nothing for other payments."""
    back: list[CardEntry] = []
    for entry in session.scalars(select(CardEntry).where(CardEntry.payment_id == payment_id,
                                                         CardEntry.action == EntryAction.USE.value)):
        if entry.discount_id is not None:
            discount = session.get(Discount, entry.discount_id)
            if discount is not None:
                audit.record(session, actor, "money:discount_removed", "discount", discount.id,
                             order_id=discount.order_id, before={"payer": discount.payer.value,
                                                                 "amount": str(discount.amount),
                                                                 "reason": discount.reason})
                session.delete(discount)
                session.flush()
        back.append(put_back_use(session, actor, entry.id, reason))
    return back


def is_card_discount(session: Session, discount_id: int) -> bool:
    """The discount is a card use's (the bonus share, a package line's): only voiding the card payment removes it."""
    return session.scalar(select(CardEntry.id).where(CardEntry.discount_id == discount_id).limit(1)) is not None


def payment_card_left(session: Session, payment_id: int) -> tuple[str, Decimal] | None:
    """(card number, balance left just after it) of a stored-value card payment, for the receipt; None for other
    payments."""
    row = session.execute(select(CardEntry.card_id, CardEntry.id).where(
        CardEntry.payment_id == payment_id, CardEntry.action == EntryAction.USE.value,
        CardEntry.card_item_id.is_(None)).order_by(CardEntry.id).limit(1)).first()
    if row is None:
        return None
    card_id, entry_id = row
    left = session.execute(select(func.coalesce(func.sum(CardEntry.principal), 0),
                                  func.coalesce(func.sum(CardEntry.bonus), 0))
                           .where(CardEntry.card_id == card_id, CardEntry.id <= entry_id)).one()
    return session.get(Card, card_id).number, _money(left[0]) + _money(left[1])


# --- refund and closing ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class RefundResult:
    paid_back: Decimal
    withheld: Decimal
    bonus_forfeited: Decimal
    card: CardView


def refund_preview(session: Session, card_id: int) -> rules.RefundAmounts:
    card = get_card(session, card_id)
    principal, bonus = balances(session, card.id)
    rule = RefundRule(settings_service.load(session).card_refund_rule)
    if card.kind == CardKind.PACKAGE.value:
        return rules.RefundAmounts(principal, ZERO, bonus)
    return rules.refund_amounts(rule, principal, bonus, bonus_used(session, card.id))


def refund(session: Session, actor: int | None, card_id: int, method: PaymentMethod | str,
           reason: str) -> RefundResult:
    """The customer gives the card up: paid back by the garage's rule (Settings), the rest written off, the card
    closed. A package card pays back the value of its uses left."""
    permissions.require(session, actor, *MONEY_ROLES)
    card = _open_card(session, card_id)
    why = (reason or "").strip()
    if not why:
        raise DomainError(NO_REASON, field="reason")
    kind = _method(method)
    if card.expires_on is not None and card.expires_on < _today():
        raise DomainError(EXPIRED, field="reason", number=card.number, date=card.expires_on.isoformat())
    rule = RefundRule(settings_service.load(session).card_refund_rule)
    if rule is RefundRule.NO_REFUND and card.kind == CardKind.STORED_VALUE.value:
        raise DomainError(NO_REFUND, field="reason")
    principal, bonus = balances(session, card.id)
    if principal + bonus <= 0:
        raise DomainError(NOTHING_LEFT, field="reason", number=card.number)
    amounts = refund_preview(session, card.id)
    if card.kind == CardKind.PACKAGE.value:
        for item in card.items:
            left, value = remaining_uses(session, item.id), item_value_left(session, item.id)
            if left or value:
                _entry(session, actor, card, EntryAction.REFUND, principal=-value, uses=-left, item=item,
                       method=kind.value, note=why[:200])
    else:
        if amounts.paid_back > 0:
            _entry(session, actor, card, EntryAction.REFUND, principal=-amounts.paid_back, method=kind.value,
                   note=why[:200])
        if amounts.withheld > 0 or amounts.bonus_forfeited > 0:
            _entry(session, actor, card, EntryAction.FORFEIT, principal=-amounts.withheld,
                   bonus=-amounts.bonus_forfeited, note=why[:200])
    _close(session, actor, card, why)
    return RefundResult(amounts.paid_back, amounts.withheld, amounts.bonus_forfeited, view(session, card))


def _close(session: Session, actor: int | None, card: Card, reason: str) -> None:
    card.closed_at = clock.now()
    card.closed_reason = reason[:200]
    session.flush()
    audit.record(session, actor, "card:close", "card", card.id, after={"number": card.number, "reason": reason})


def close(session: Session, actor: int | None, card_id: int, reason: str) -> CardView:
    """Close an empty card (lost, replaced): a card with something left is refunded instead."""
    permissions.require(session, actor, *MONEY_ROLES)
    card = _open_card(session, card_id)
    why = (reason or "").strip()
    if not why:
        raise DomainError(NO_REASON, field="reason")
    if balance(session, card.id) > 0 or any(remaining_uses(session, i.id) > 0 for i in card.items):
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "The card still holds {balance}: refund it instead."),
                          field="reason", balance=format_yuan(balance(session, card.id)))
    _close(session, actor, card, why)
    return view(session, card)


# --- expiry and the owner's lists --------------------------------------------------------------------------------

def expiry_moment(expires_on: date) -> datetime:
    """A card valid until ``expires_on`` expires when that day ends."""
    return datetime.combine(expires_on + timedelta(days=1), datetime.min.time())


def expire_due(session: Session, actor: int | None, today: date | None = None) -> int:
    """Write off the uses left (and their value) of every open package card past its expiry: one "expire" entry
    per service, dated at the expiry (the day after the last valid day, 00:00: the month it falls in is the month
    the value is used up, whenever the entry is written). Returns the number of entries written; the card desk
    runs it, and the month-end sheet counts an expiry not yet written off the same way."""
    today = today or _today()
    written = 0
    for card in session.scalars(select(Card).where(Card.kind == CardKind.PACKAGE.value, Card.expires_on < today,
                                                   Card.closed_at.is_(None))):
        for item in card.items:
            left, value = remaining_uses(session, item.id), item_value_left(session, item.id)
            if left or value:
                _entry(session, actor, card, EntryAction.EXPIRE, principal=-value, uses=-left, item=item,
                       note=f"expired {card.expires_on.isoformat()}", at=expiry_moment(card.expires_on))
                written += 1
    return written


@dataclass(frozen=True)
class DormantCard:
    number: str
    customer: str
    phone: str
    balance: Decimal
    last_movement: datetime


def dormant(session: Session, months: int | None = None, today: date | None = None) -> list[DormantCard]:
    """Open stored-value cards with money on them and no movement for ``months`` (setting
    ``card_dormant_months``): the owner may call the customer."""
    months = months if months is not None else settings_service.load(session).card_dormant_months
    today = today or _today()
    since = datetime.combine(today - timedelta(days=round(months * 30.44)), datetime.min.time())
    last = (select(CardEntry.card_id, func.max(CardEntry.at).label("last"),
                   func.sum(CardEntry.principal + CardEntry.bonus).label("left"))
            .group_by(CardEntry.card_id).subquery())
    rows = session.execute(
        select(Card.number, Customer.name, Customer.phone, last.c.left, last.c.last)
        .join(last, last.c.card_id == Card.id).join(Customer, Customer.id == Card.customer_id)
        .where(Card.kind == CardKind.STORED_VALUE.value, Card.closed_at.is_(None), last.c.last < since,
               last.c.left > 0).order_by(last.c.last))
    return [DormantCard(number, name, phone or "", _money(Decimal(left) / 100) if isinstance(left, int) else
                        _money(left), at) for number, name, phone, left, at in rows]


@dataclass(frozen=True)
class ExpiredUse:
    number: str
    customer: str
    service: str
    uses: int
    value: Decimal
    expired_on: date
    written_off: bool  # an "expire" entry is in the ledger (else the desk writes it when next opened)


def expired_uses(session: Session, start: datetime | None = None, end: datetime | None = None) -> list[ExpiredUse]:
    """The package uses left unused when their card expired (the expiry between ``start`` and ``end`` when
    given), with their value: what the owner kept."""
    query = (select(Card, Customer.name).join(Customer, Customer.id == Card.customer_id)
             .where(Card.kind == CardKind.PACKAGE.value, Card.expires_on.is_not(None),
                    Card.expires_on < _today()).order_by(Card.expires_on, Card.number))
    found: list[ExpiredUse] = []
    for card, customer in session.execute(query):
        moment = expiry_moment(card.expires_on)
        if (start is not None and moment < start) or (end is not None and moment >= end):
            continue
        for item in card.items:
            rows = session.execute(select(CardEntry.action, CardEntry.uses, CardEntry.principal).where(
                CardEntry.card_item_id == item.id, CardEntry.at < moment + timedelta(seconds=1))).all()
            written = [r for r in rows if r.action == EntryAction.EXPIRE.value]
            if written:
                uses, value = -sum(r.uses for r in written), -sum((r.principal for r in written), ZERO)
            else:
                uses, value = sum(r.uses for r in rows), sum((r.principal for r in rows), ZERO)
            if card.closed_at is not None and not written:
                continue  # refunded or closed before it expired
            if uses or value:
                found.append(ExpiredUse(card.number, customer, item.name, uses, value, card.expires_on,
                                        bool(written)))
    return found


# --- the month-end sheet -----------------------------------------------------------------------------------------

_ON = (EntryAction.SALE.value, EntryAction.RECHARGE.value)
_OFF = (EntryAction.USE.value, EntryAction.UNUSE.value, EntryAction.EXPIRE.value, EntryAction.FORFEIT.value,
        EntryAction.ADJUST.value)


def month_rows(session: Session, start: datetime, end: datetime) -> list[CardRow]:
    """The 會員卡 sheet: one row per card that held something at ``start`` or moved before ``end``, by card
    number (``documents.month.CardRow`` says what each column counts)."""
    result: list[CardRow] = []
    rows = session.execute(select(Card, Customer.name).join(Customer, Customer.id == Card.customer_id)
                           .where(Card.sold_at < end).order_by(Card.number))
    for card, customer in rows:
        entries = [tuple(e) for e in session.execute(
            select(CardEntry.at, CardEntry.action, CardEntry.principal, CardEntry.bonus)
            .where(CardEntry.card_id == card.id, CardEntry.at < end)).all()]
        pending = _pending_expiry(card, entries, end)
        if pending is not None:
            entries.append(pending)
        opening = sum((p + b for at, _a, p, b in entries if at < start), ZERO)
        moved = [(a, p, b) for at, a, p, b in entries if at >= start]
        if not moved and opening == 0:
            continue
        recharged = sum((p for a, p, _b in moved if a in _ON), ZERO)
        bonus = sum((b for a, _p, b in moved if a in _ON), ZERO)
        used = -sum((p + b for a, p, b in moved if a in _OFF), ZERO)
        refunded = -sum((p + b for a, p, b in moved if a == EntryAction.REFUND.value), ZERO)
        closing = opening + sum((p + b for _a, p, b in moved), ZERO)
        result.append(CardRow(card.number, card.kind, customer, opening, recharged, bonus, used, refunded,
                              closing))
    return result


def _pending_expiry(card: Card, entries: list[tuple], end: datetime) -> tuple | None:
    """An open package card past its expiry whose write-off is not in the ledger yet: the entry ``expire_due``
    will write (at the expiry), so the sheet is the same before and after it is written."""
    if card.kind != CardKind.PACKAGE.value or card.expires_on is None or card.closed_at is not None:
        return None
    moment = expiry_moment(card.expires_on)
    if moment >= end or moment > clock.now() or any(a == EntryAction.EXPIRE.value for _at, a, _p, _b in entries):
        return None
    left = sum((p + b for at, _a, p, b in entries if at <= moment), ZERO)
    return (moment, EntryAction.EXPIRE.value, -left, ZERO) if left else None


def month_sheet(session: Session, start: datetime, end: datetime) -> tuple[tuple[CardRow, ...],
                                                                         tuple[DormantCardRow, ...],
                                                                         tuple[ExpiredUseRow, ...]]:
    """The workbook's 會員卡 sheet: the cards' rows, the dormant cards now, and the package uses expired in the
    period."""
    dormant_now = tuple(DormantCardRow(d.number, d.customer, d.phone, d.balance, d.last_movement)
                        for d in dormant(session))
    expired = tuple(ExpiredUseRow(u.number, u.customer, u.service, u.uses, u.value, u.expired_on)
                    for u in expired_uses(session, start, end))
    return tuple(month_rows(session, start, end)), dormant_now, expired


# --- the owner's bonus rules -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class BonusRuleView:
    id: int
    pay_at_least: Decimal
    bonus: Decimal
    active: bool


def bonus_rules(session: Session, *, include_retired: bool = False) -> list[BonusRuleView]:
    query = select(BonusRule)
    if not include_retired:
        query = query.where(BonusRule.active)
    return [BonusRuleView(r.id, r.pay_at_least, r.bonus, r.active)
            for r in session.scalars(query.order_by(BonusRule.pay_at_least, BonusRule.id))]


def add_bonus_rule(session: Session, actor: int | None, pay_at_least: Decimal | str,
                   bonus: Decimal | str) -> BonusRuleView:
    """"充1000送100": a recharge of at least ``pay_at_least`` gets ``bonus`` on top (owner only)."""
    permissions.require(session, actor, Role.OWNER)
    threshold = _positive(pay_at_least, "pay_at_least")
    gift = _positive(bonus, "bonus")
    if gift > threshold:
        raise DomainError(BONUS_TOO_BIG, field="bonus")
    if session.scalar(select(BonusRule.id).where(BonusRule.active, BonusRule.pay_at_least == threshold)):
        raise DomainError(RULE_EXISTS, field="pay_at_least", amount=format_yuan(threshold))
    rule = BonusRule(pay_at_least=threshold, bonus=gift, active=True, created_at=clock.now(), created_by_id=actor)
    session.add(rule)
    session.flush()
    audit.record(session, actor, "card:bonus_rule", "bonus_rule", rule.id,
                 after={"pay_at_least": str(threshold), "bonus": str(gift)})
    return BonusRuleView(rule.id, rule.pay_at_least, rule.bonus, rule.active)


def retire_bonus_rule(session: Session, actor: int | None, rule_id: int) -> None:
    """The rule no longer applies to new recharges (what it gave stays on the cards)."""
    permissions.require(session, actor, Role.OWNER)
    rule = session.get(BonusRule, rule_id)
    if rule is None or not rule.active:
        raise DomainError(NO_RULE)
    rule.active = False
    session.flush()
    audit.record(session, actor, "card:bonus_rule_retired", "bonus_rule", rule.id,
                 before={"pay_at_least": str(rule.pay_at_least), "bonus": str(rule.bonus)})
