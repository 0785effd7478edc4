"""Settlement arithmetic (結算): what each payer owes by category, discounts, the claim split, cash change.

Pure: plain line data in, Decimal yuan out. A payer's total is its labour + parts + outside work (外加工費)
− its discounts. The
customer pays the self-pay (自付) total and whatever of a claim (索賠) the insurer did not approve; the maker
pays the whole warranty (三包) total; the third parties' shares become receivables. With tax-exclusive prices
VAT is added per payer (``domain.pricing.split_tax``), so each payer's payable is a whole amount in 分.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from garage_desktop.domain.classes import Payer
from garage_desktop.domain.money import ZERO, round_yuan
from garage_desktop.domain.pricing import part_amount, split_tax
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError

# The order payers are listed in, on screen and on paper.
PAYER_ORDER: tuple[Payer, ...] = (Payer.SELF, Payer.WARRANTY, Payer.CLAIM)


class Category(StrEnum):
    LABOUR = "labour"  # 工時費
    PARTS = "parts"  # 材料費
    OUTSIDE = "outside"  # 外加工費: work done by an outside shop (JT/T 1133 allows fee rows beyond the two)


class PaymentKind(StrEnum):
    PAYMENT = "payment"  # the customer paid (part of) what they owe
    DEPOSIT = "deposit"  # 押金: taken when the car leaves unsettled (intermittent fault)
    REFUND = "refund"  # money given back to the customer
    RECEIVABLE = "receivable"  # a third party's share: the maker (三包) or the insurer (索賠) owes it


class PaymentMethod(StrEnum):
    CASH = "cash"
    WECHAT = "wechat"  # 微信支付
    ALIPAY = "alipay"  # 支付寶
    CARD = "card"  # bank card
    TRANSFER = "transfer"  # bank transfer
    STORED_VALUE = "stored_value"  # 儲值卡: the principal share of a stored-value card payment (services.cards)
    PACKAGE_CARD = "package_card"  # 套餐卡: the value of a package card's use paying a line


class OldParts(StrEnum):
    """What happened to the replaced parts (the settlement list's 舊配件 box)."""

    TAKEN = "taken"  # 已確認，由托修方回收
    LEFT = "left"  # 已確認，托修方聲明放棄 (left with the garage)
    NONE = "none"  # 無舊配件


METHOD_LABELS: dict[PaymentMethod, str] = {
    PaymentMethod.CASH: QT_TRANSLATE_NOOP("Domain", "Cash"),
    PaymentMethod.WECHAT: QT_TRANSLATE_NOOP("Domain", "WeChat Pay"),
    PaymentMethod.ALIPAY: QT_TRANSLATE_NOOP("Domain", "Alipay"),
    PaymentMethod.CARD: QT_TRANSLATE_NOOP("Domain", "Bank card"),
    PaymentMethod.TRANSFER: QT_TRANSLATE_NOOP("Domain", "Bank transfer"),
    PaymentMethod.STORED_VALUE: QT_TRANSLATE_NOOP("Domain", "Stored-value card"),
    PaymentMethod.PACKAGE_CARD: QT_TRANSLATE_NOOP("Domain", "Package card"),
}
KIND_LABELS: dict[PaymentKind, str] = {
    PaymentKind.PAYMENT: QT_TRANSLATE_NOOP("Domain", "Payment"),
    PaymentKind.DEPOSIT: QT_TRANSLATE_NOOP("Domain", "Deposit"),
    PaymentKind.REFUND: QT_TRANSLATE_NOOP("Domain", "Refund"),
    PaymentKind.RECEIVABLE: QT_TRANSLATE_NOOP("Domain", "Receivable"),
}
OLD_PARTS_LABELS: dict[OldParts, str] = {
    OldParts.TAKEN: QT_TRANSLATE_NOOP("Domain", "Old parts checked and taken by the customer"),
    OldParts.LEFT: QT_TRANSLATE_NOOP("Domain", "Old parts checked and left with the garage"),
    OldParts.NONE: QT_TRANSLATE_NOOP("Domain", "No old parts"),
}

DISCOUNT_NOT_POSITIVE = QT_TRANSLATE_NOOP("Domain", "A discount must be more than zero.")
DISCOUNT_TOO_BIG = QT_TRANSLATE_NOOP("Domain", "The discounts may not exceed what this payer is charged "
                                               "({total}).")
DISCOUNT_NO_PAYER = QT_TRANSLATE_NOOP("Domain", "Nothing on this order is charged to that payer.")
CLAIM_NEGATIVE = QT_TRANSLATE_NOOP("Domain", "The insurer's approved amount may not be below zero.")
CLAIM_TOO_BIG = QT_TRANSLATE_NOOP("Domain", "The insurer cannot pay more than the claim's share of the bill "
                                            "({total}).")
TENDERED_SHORT = QT_TRANSLATE_NOOP("Domain", "The customer handed over {tendered}, less than the {amount} paid.")


@dataclass(frozen=True, slots=True)
class Charge:
    """One charged line: its category, who pays it, and its amount (zero for customer-supplied parts)."""

    category: Category
    payer: Payer
    amount: Decimal


@dataclass(frozen=True, slots=True)
class Reduction:
    """A discount on what one payer owes."""

    payer: Payer
    amount: Decimal


@dataclass(frozen=True)
class PayerTotals:
    payer: Payer
    labour: Decimal
    parts: Decimal
    discount: Decimal
    tax: Decimal  # the VAT contained in ``payable``
    payable: Decimal  # what this payer's share costs, VAT included
    customer: Decimal  # the part of ``payable`` the customer pays
    third_party: Decimal  # the part the maker or insurer owes (a receivable)
    outside: Decimal = ZERO  # 外加工費

    @property
    def total(self) -> Decimal:
        """Labour + parts + outside work − discounts, as the lines are priced."""
        return self.labour + self.parts + self.outside - self.discount


@dataclass(frozen=True)
class Settlement:
    payers: tuple[PayerTotals, ...]  # only the payers with charges or discounts, in PAYER_ORDER
    claim_pending: bool  # there is a claim share but the insurer's approved amount is not known yet

    def of(self, payer: Payer) -> PayerTotals | None:
        return next((p for p in self.payers if p.payer == payer), None)

    def _sum(self, name: str) -> Decimal:
        return sum((getattr(p, name) for p in self.payers), ZERO)

    @property
    def labour(self) -> Decimal:
        return self._sum("labour")

    @property
    def parts(self) -> Decimal:
        return self._sum("parts")

    @property
    def outside(self) -> Decimal:
        return self._sum("outside")

    @property
    def discount(self) -> Decimal:
        return self._sum("discount")

    @property
    def total(self) -> Decimal:
        return self.labour + self.parts + self.outside - self.discount

    @property
    def tax(self) -> Decimal:
        return self._sum("tax")

    @property
    def payable(self) -> Decimal:
        return self._sum("payable")

    @property
    def customer_owes(self) -> Decimal:
        """What the customer pays in all (a pending claim share counts nothing until it is approved)."""
        return self._sum("customer")

    @property
    def receivable(self) -> Decimal:
        return self._sum("third_party")


def is_charged(added: bool, approved: bool | None) -> bool:
    """The estimate's own lines always; added work only once the customer said yes (never when declined)."""
    return not added or approved is True


def charged_quantity(issued: Decimal, planned: Decimal) -> Decimal:
    """Parts are charged as issued, but never beyond the quantity the customer agreed to (明碼標價)."""
    return max(min(issued, planned), Decimal(0))


def part_charge(issued: Decimal, planned: Decimal, unit_price: Decimal, *, customer_supplied: bool,
                free: bool = False) -> tuple[Decimal, Decimal] | None:
    """(quantity, amount) a part line puts on the bill, or None when it is not on it (planned, never issued).

    A customer-supplied part is listed at its quantity and charged nothing; a free comeback lists the part at
    zero. The settlement, the month-end figures and the KPIs all charge parts through this one rule.
    """
    if customer_supplied:
        return planned, ZERO
    quantity = charged_quantity(issued, planned)
    if quantity == 0:
        return None
    return quantity, ZERO if free else part_amount(quantity, unit_price)


def _by_payer(items: Iterable[Charge | Reduction]) -> dict[Payer, list[Charge | Reduction]]:
    grouped: dict[Payer, list[Charge | Reduction]] = {}
    for item in items:
        grouped.setdefault(Payer(item.payer), []).append(item)
    return grouped


def settle_totals(charges: Sequence[Charge], discounts: Sequence[Reduction] = (),
                  claim_approved: Decimal | None = None, *, tax_rate: Decimal = Decimal("0.13"),
                  prices_include_tax: bool = True) -> Settlement:
    """Totals per payer: labour, parts, discounts, VAT, and how each share splits customer / third party."""
    charged, reduced = _by_payer(charges), _by_payer(discounts)
    payers: list[PayerTotals] = []
    pending = False
    for payer in PAYER_ORDER:
        if payer not in charged and payer not in reduced:
            continue
        lines: list = charged.get(payer, [])
        labour = round_yuan(sum((c.amount for c in lines if c.category == Category.LABOUR), ZERO))
        parts = round_yuan(sum((c.amount for c in lines if c.category == Category.PARTS), ZERO))
        outside = round_yuan(sum((c.amount for c in lines if c.category == Category.OUTSIDE), ZERO))
        discount = round_yuan(sum((d.amount for d in reduced.get(payer, [])), ZERO))
        split = split_tax(labour + parts + outside - discount, tax_rate, prices_include_tax=prices_include_tax)
        payable = split.gross
        if payer is Payer.SELF:
            customer, third = payable, ZERO
        elif payer is Payer.WARRANTY:
            customer, third = ZERO, payable
        elif claim_approved is None:
            customer, third, pending = ZERO, ZERO, pending or payable > 0
        else:
            third = claim_share(payable, claim_approved)
            customer = payable - third
        payers.append(PayerTotals(payer, labour, parts, discount, split.tax, payable, customer, third, outside))
    return Settlement(tuple(payers), pending)


def claim_share(claim_payable: Decimal, approved: Decimal) -> Decimal:
    """The insurer's part of a claim share: the approved amount, which may not exceed the share."""
    approved = round_yuan(approved)
    if approved < 0:
        raise DomainError(CLAIM_NEGATIVE, field="claim_approved")
    if approved > claim_payable:
        raise DomainError(CLAIM_TOO_BIG, field="claim_approved", total=f"¥{claim_payable:,.2f}")
    return approved


def check_discount(amount: Decimal, payer: Payer, charges: Sequence[Charge],
                   discounts: Sequence[Reduction] = ()) -> Decimal:
    """A new discount for ``payer``: above zero, and all its discounts together within its charges."""
    amount = round_yuan(amount)
    if amount <= 0:
        raise DomainError(DISCOUNT_NOT_POSITIVE, field="amount")
    charged = sum((c.amount for c in charges if c.payer == payer), ZERO)
    if not any(c.payer == payer for c in charges):
        raise DomainError(DISCOUNT_NO_PAYER, field="payer")
    given = sum((d.amount for d in discounts if d.payer == payer), ZERO)
    if given + amount > charged:
        raise DomainError(DISCOUNT_TOO_BIG, field="amount", total=f"¥{charged:,.2f}")
    return amount


def change_due(tendered: Decimal, amount: Decimal) -> Decimal:
    """The change for a cash payment of ``amount`` when the customer handed over ``tendered``."""
    if tendered < amount:
        raise DomainError(TENDERED_SHORT, field="tendered", tendered=f"¥{tendered:,.2f}", amount=f"¥{amount:,.2f}")
    return round_yuan(tendered - amount)


# ------------------------------------------------------------------ the amount in words (大寫金額)

_DIGITS = "零壹貳參肆伍陸柒捌玖"
_SMALL = ("", "拾", "佰", "仟")
_BIG = ("", "萬", "億", "萬億")


def _group_words(group: int) -> str:
    """1..9999 in financial numerals, inner zeros read once (1005 → 壹仟零伍)."""
    words, zero = "", False
    for position in (3, 2, 1, 0):
        digit = group // 10**position % 10
        if digit == 0:
            zero = zero or bool(words)
            continue
        if zero:
            words += "零"
            zero = False
        words += _DIGITS[digit] + _SMALL[position]
    return words


def _integer_words(number: int) -> str:
    groups = []
    while number:
        groups.append(number % 10000)
        number //= 10000
    words, gap = "", False
    for index in reversed(range(len(groups))):
        group = groups[index]
        if group == 0:
            gap = gap or bool(words)
            continue
        if words and (gap or group < 1000):
            words += "零"
        words += _group_words(group) + _BIG[index]
        gap = False
    return words


def amount_in_words(amount: Decimal) -> str:
    """The 大寫 (financial uppercase) form printed on bills: 1,005.50 → 壹仟零伍元伍角整."""
    fen_total = int(round_yuan(abs(amount)) * 100)
    sign = "負" if amount < 0 and fen_total else ""
    yuan, jiao, fen = fen_total // 100, fen_total // 10 % 10, fen_total % 10
    if fen_total == 0:
        return "零元整"
    words = f"{_integer_words(yuan)}元" if yuan else ""
    if jiao == 0 and fen == 0:
        return f"{sign}{words}整"
    if jiao:
        words += f"{_DIGITS[jiao]}角"
    elif words:
        words += "零"
    words += f"{_DIGITS[fen]}分" if fen else "整"
    return sign + words
