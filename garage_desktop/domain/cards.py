"""Rules of the garage's prepaid cards (issue 19), pure: no database, no Qt.

- A recharge's bonus: the highest active rule the amount reaches ("充1000送100").
- A payment from a stored-value card is split into principal (the customer's money: revenue when it pays for work)
  and bonus (the garage's gift: a discount on the order) in the card's current proportion, to the 分, the two
  adding up to the amount exactly and neither taking more than the card holds.
- A package card's price is allocated over its items by list value (standard hours × uses; equally by uses when
  no item has hours), exact to the 分 (the remainder on the last item), and an item's allocation over its uses
  (each use the allocation ÷ uses bought rounded down, the last use what is left).
- Refunding a stored-value card follows the owner's rule (``RefundRule``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from enum import StrEnum

from garage_desktop.domain.money import CENT, ZERO
from garage_desktop.domain.text import QT_TRANSLATE_NOOP


class CardKind(StrEnum):
    STORED_VALUE = "stored_value"  # 儲值卡
    PACKAGE = "package"  # 套餐卡 / 次卡


class EntryAction(StrEnum):
    """What a ledger entry did. sale / recharge put money (and uses) on; use, refund, expire and forfeit take it
    off; adjust corrects (e.g. a voided card payment put back: a use with the opposite signs is written as
    ``unuse``)."""

    SALE = "sale"
    RECHARGE = "recharge"
    USE = "use"
    UNUSE = "unuse"  # a voided card payment put back on the card
    REFUND = "refund"  # principal paid back to the customer
    FORFEIT = "forfeit"  # what a refund or a closing leaves on the card written off (the bonus left, …)
    EXPIRE = "expire"  # a package card's uses left at its expiry written off
    ADJUST = "adjust"


class RefundRule(StrEnum):
    """How much of a stored-value card is paid back when the customer gives it up (a setting, owner)."""

    PRINCIPAL_LEFT = "principal_left"  # the principal left is paid back, the bonus left forfeited (default)
    LESS_BONUS_USED = "less_bonus_used"  # the principal left less the bonus already spent
    NO_REFUND = "no_refund"  # cards are not refundable


DEFAULT_REFUND_RULE = RefundRule.PRINCIPAL_LEFT
DEFAULT_DORMANT_MONTHS = 12

KIND_LABELS: dict[CardKind, str] = {
    CardKind.STORED_VALUE: QT_TRANSLATE_NOOP("Domain", "Stored-value card"),
    CardKind.PACKAGE: QT_TRANSLATE_NOOP("Domain", "Package card"),
}
ACTION_LABELS: dict[EntryAction, str] = {
    EntryAction.SALE: QT_TRANSLATE_NOOP("Domain", "Sale"),
    EntryAction.RECHARGE: QT_TRANSLATE_NOOP("Domain", "Recharge"),
    EntryAction.USE: QT_TRANSLATE_NOOP("Domain", "Used"),
    EntryAction.UNUSE: QT_TRANSLATE_NOOP("Domain", "Payment voided, put back"),
    EntryAction.REFUND: QT_TRANSLATE_NOOP("Domain", "Refund"),
    EntryAction.FORFEIT: QT_TRANSLATE_NOOP("Domain", "Written off"),
    EntryAction.EXPIRE: QT_TRANSLATE_NOOP("Domain", "Expired"),
    EntryAction.ADJUST: QT_TRANSLATE_NOOP("Domain", "Adjustment"),
}
REFUND_RULE_LABELS: dict[RefundRule, str] = {
    RefundRule.PRINCIPAL_LEFT: QT_TRANSLATE_NOOP("Domain", "Pay back the principal left; the bonus left is forfeited"),
    RefundRule.LESS_BONUS_USED: QT_TRANSLATE_NOOP("Domain", "Pay back the principal left less the bonus already spent"),
    RefundRule.NO_REFUND: QT_TRANSLATE_NOOP("Domain", "Cards are not refundable"),
}


def bonus_for(amount: Decimal, rules: Iterable[tuple[Decimal, Decimal]]) -> Decimal:
    """The bonus a recharge (or a sale) of ``amount`` earns: the bonus of the highest rule ``(pay_at_least,
    bonus)`` it reaches, ZERO when it reaches none."""
    reached = [(threshold, bonus) for threshold, bonus in rules if amount >= threshold]
    if not reached:
        return ZERO
    return max(reached)[1].quantize(CENT)


def split_use(amount: Decimal, principal: Decimal, bonus: Decimal) -> tuple[Decimal, Decimal]:
    """``amount`` taken off a card holding ``principal`` and ``bonus``: (principal share, bonus share), in the
    card's proportion, the bonus share rounded half up to the 分 and the principal share the rest (so they add up
    exactly); neither share exceeds what the card holds. ``amount`` must not exceed principal + bonus."""
    total = principal + bonus
    if amount <= ZERO or total <= ZERO:
        return ZERO, ZERO
    if amount > total:
        raise ValueError("amount exceeds the balance")
    if amount == total:
        return principal, bonus
    bonus_share = (amount * bonus / total).quantize(CENT, rounding=ROUND_HALF_UP)
    bonus_share = max(min(bonus_share, bonus), amount - principal)
    return amount - bonus_share, bonus_share


@dataclass(frozen=True)
class RefundAmounts:
    paid_back: Decimal  # principal handed back to the customer
    withheld: Decimal  # principal kept by the garage (the bonus already spent, by the rule)
    bonus_forfeited: Decimal


def refund_amounts(rule: RefundRule, principal_left: Decimal, bonus_left: Decimal,
                   bonus_used: Decimal) -> RefundAmounts:
    """What a refund of a stored-value card does under ``rule``: all that is left comes off the card, split into
    what the customer gets back and what is written off."""
    if rule is RefundRule.NO_REFUND:
        paid = ZERO
    elif rule is RefundRule.LESS_BONUS_USED:
        paid = max(ZERO, principal_left - max(bonus_used, ZERO))
    else:
        paid = max(principal_left, ZERO)
    return RefundAmounts(paid_back=paid, withheld=principal_left - paid, bonus_forfeited=bonus_left)


def allocate(total: Decimal, weights: Sequence[Decimal]) -> list[Decimal]:
    """``total`` shared over ``weights`` proportionally, each share rounded down to the 分 and the remainder on the
    last share, so the shares add up to ``total`` exactly. All weights zero: equal shares."""
    if not weights:
        return []
    if sum(weights, ZERO) <= 0:
        weights = [Decimal(1)] * len(weights)
    whole = sum(weights, ZERO)
    shares = [(total * weight / whole).quantize(CENT, rounding=ROUND_DOWN) for weight in weights[:-1]]
    return [*shares, total - sum(shares, ZERO)]


def item_values(price: Decimal, items: Sequence[tuple[Decimal, int]]) -> list[Decimal]:
    """A package card's ``price`` allocated over its items ``(standard hours, uses)`` by list value (hours × uses:
    the hourly rate is the same for all, so hours stand for the list price; equal by uses when none has hours)."""
    weights = [hours * uses for hours, uses in items]
    if sum(weights, ZERO) <= 0:
        weights = [Decimal(uses) for _hours, uses in items]
    return allocate(price, weights)


def use_value(allocation: Decimal, bought: int, value_left: Decimal, uses_left: int) -> Decimal:
    """The value of the next use of a service allocated ``allocation`` for ``bought`` uses, with ``value_left``
    and ``uses_left`` still on the card: the allocation ÷ uses rounded down to the 分, the last use all that is
    left (so the uses add up to the allocation exactly)."""
    if uses_left <= 0:
        return ZERO
    if uses_left == 1 or bought <= 1:
        return value_left
    return min(value_left, (allocation / bought).quantize(CENT, rounding=ROUND_DOWN))
