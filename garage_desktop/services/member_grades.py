"""會員等級 Member grades: the owner's grades with their discount rates on labour and parts, a customer's grade, and
the member discount (會員折扣) it gives an order.

How the discount is applied (a decision): the line prices stay the list prices (so price authority, the month's
list-price figures and the free-line values are untouched) and the discount is ONE reduction of the customer's
(自付) share, computed from the charged lines: round(labour × labour rate) + round(parts × parts rate), over the
self-pay lines that are charged, not free and not paid by a package card. Until settlement it is computed each time
the order is read, so it follows every line change (estimate, added work, parts issued); the estimate and the
checkout show it with the grade. Settling writes it as a ``Discount`` row (reason "會員折扣 <grade>") in the settling
transaction: from then on the settled bill never moves, whatever later happens to the grade. Third-party shares
(三包, 索賠) get no member discount: the customer does not pay them.

Who: the owner sets grades; the owner or a cashier (who sells the cards) gives a customer a grade.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from garage_desktop.db.models import Customer, Discount, MemberGrade, RepairOrder
from garage_desktop.domain import limits
from garage_desktop.domain.classes import Payer, Role
from garage_desktop.domain.money import ZERO, parse_decimal, round_yuan
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError
from garage_desktop.services import audit, clock, permissions

MEMBER_DISCOUNT_REASON = "會員折扣"  # a member discount's reason starts so; the grade's name follows
GRADE_ROLES = (Role.CASHIER,)  # who gives a customer a grade (and the owner)

NO_NAME = QT_TRANSLATE_NOOP("Domain", "Name the grade.")
NAME_TAKEN = QT_TRANSLATE_NOOP("Domain", "A grade named {name} already exists.")
NO_GRADE = QT_TRANSLATE_NOOP("Domain", "That member grade no longer exists.")
RETIRED = QT_TRANSLATE_NOOP("Domain", "The grade {name} is no longer given.")
NO_CUSTOMER = QT_TRANSLATE_NOOP("Domain", "That customer no longer exists.")


@dataclass(frozen=True)
class GradeView:
    id: int
    name: str
    labour_discount: Decimal  # a fraction: 0.1000 = 10 % off
    parts_discount: Decimal
    active: bool
    customers: int = 0

    @property
    def rates_text(self) -> str:
        """"工時 10% / 材料 5%" (the settlement list and the screens show it)."""
        return f"工時 {percent(self.labour_discount)}% / 材料 {percent(self.parts_discount)}%"


def percent(rate: Decimal) -> str:
    """0.1000 → "10", 0.0750 → "7.5"."""
    value = (rate * 100).quantize(Decimal("0.01"))
    return f"{value.normalize():f}"


def parse_rate(text: str | Decimal, field: str) -> Decimal:
    """A discount typed in percent ("10", "7.5") as a fraction (0.1000), 0 to 100 % with two decimals."""
    value = parse_decimal(text if str(text).strip() else "0", field=field, places=2, minimum=Decimal(0),
                          maximum=Decimal(100))
    return (value / 100).quantize(Decimal("0.0001"))


def _view(grade: MemberGrade, customers: int = 0) -> GradeView:
    return GradeView(grade.id, grade.name, grade.labour_discount, grade.parts_discount, grade.active, customers)


def list_grades(session: Session, *, include_retired: bool = False) -> list[GradeView]:
    counts = dict(session.execute(select(Customer.member_grade_id, func.count(Customer.id))
                                  .where(Customer.member_grade_id.is_not(None))
                                  .group_by(Customer.member_grade_id)).all())
    query = select(MemberGrade)
    if not include_retired:
        query = query.where(MemberGrade.active)
    return [_view(g, counts.get(g.id, 0)) for g in session.scalars(query.order_by(MemberGrade.name))]


def save_grade(session: Session, actor: int | None, grade_id: int | None, name: str, labour_percent: str | Decimal,
               parts_percent: str | Decimal, *, active: bool = True) -> GradeView:
    """Create or change a grade (owner only). A change applies to the open orders of its customers; settled
    orders keep the discount they were settled with."""
    permissions.require(session, actor, Role.OWNER)
    name = limits.squeeze(name or "")
    if not name:
        raise DomainError(NO_NAME, field="name")
    if len(name) > 40:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "At most {count} characters."), field="name", count=40)
    labour = parse_rate(labour_percent, "labour_discount")
    parts = parse_rate(parts_percent, "parts_discount")
    clash = session.scalar(select(MemberGrade.id).where(MemberGrade.name == name))
    if clash is not None and clash != grade_id:
        raise DomainError(NAME_TAKEN, field="name", name=name)
    if grade_id is None:
        grade = MemberGrade(name=name, labour_discount=labour, parts_discount=parts, active=active,
                            created_at=clock.now())
        session.add(grade)
        before = None
    else:
        grade = session.get(MemberGrade, grade_id)
        if grade is None:
            raise DomainError(NO_GRADE)
        before = _audit_form(_view(grade))
        grade.name, grade.labour_discount, grade.parts_discount, grade.active = name, labour, parts, active
    session.flush()
    saved = _view(grade)
    audit.record(session, actor, "member:grade", "member_grade", grade.id, before=before, after=_audit_form(saved))
    return saved


def _audit_form(view: GradeView) -> dict[str, object]:
    return {"name": view.name, "labour_discount": str(view.labour_discount),
            "parts_discount": str(view.parts_discount), "active": view.active}


def set_customer_grade(session: Session, actor: int | None, customer_id: int, grade_id: int | None) -> GradeView | None:
    """Give a customer a grade (None: no grade); the owner or a cashier. Audited."""
    permissions.require(session, actor, *GRADE_ROLES)
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise DomainError(NO_CUSTOMER)
    grade = None
    if grade_id is not None:
        grade = session.get(MemberGrade, grade_id)
        if grade is None:
            raise DomainError(NO_GRADE, field="member_grade")
        if not grade.active and grade.id != customer.member_grade_id:
            raise DomainError(RETIRED, field="member_grade", name=grade.name)
    before = customer.member_grade_id
    if before == grade_id:
        return _view(grade) if grade is not None else None
    customer.member_grade_id = grade_id
    session.flush()
    audit.record(session, actor, "member:customer_grade", "customer", customer.id,
                 before={"member_grade_id": before}, after={"member_grade_id": grade_id,
                                                            "grade": grade.name if grade else None})
    return _view(grade) if grade is not None else None


def grade_of(session: Session, customer_id: int | None) -> GradeView | None:
    """The customer's grade (None: none, or the customer unknown)."""
    if customer_id is None:
        return None
    grade = session.scalar(select(MemberGrade).join(Customer, Customer.member_grade_id == MemberGrade.id)
                           .where(Customer.id == customer_id))
    return _view(grade) if grade is not None else None


# --- the discount -----------------------------------------------------------------------------------------------

def discount_amount(labour: Decimal, parts: Decimal, grade: GradeView) -> Decimal:
    """round(labour × labour rate) + round(parts × parts rate), each to the 分 half up."""
    return round_yuan(labour * grade.labour_discount) + round_yuan(parts * grade.parts_discount)


@dataclass(frozen=True)
class MemberDiscount:
    grade: GradeView
    labour_base: Decimal  # the self-pay labour the rate applies to
    parts_base: Decimal
    amount: Decimal

    @property
    def reason(self) -> str:
        return f"{MEMBER_DISCOUNT_REASON} {self.grade.name}"


def _eligible(line: object) -> bool:
    return (Payer(line.payer) is Payer.SELF and not getattr(line, "free_reason", "")
            and getattr(line, "card_item_id", None) is None)


def member_discount(grade: GradeView | None, labour: Sequence[object], parts: Sequence[object]) -> MemberDiscount | None:
    """The member discount over lines (anything with ``amount``, ``payer``, ``free_reason``, ``card_item_id``):
    None without a grade or when it comes to nothing."""
    if grade is None:
        return None
    labour_base = sum((line.amount for line in labour if _eligible(line)), ZERO)  # type: ignore[attr-defined]
    parts_base = sum((line.amount for line in parts if _eligible(line)), ZERO)  # type: ignore[attr-defined]
    amount = discount_amount(labour_base, parts_base, grade)
    if amount <= 0:
        return None
    return MemberDiscount(grade, labour_base, parts_base, amount)


def is_member_reason(reason: str) -> bool:
    return (reason or "").startswith(MEMBER_DISCOUNT_REASON)


def order_discount(session: Session, order: RepairOrder, labour: Sequence[object], parts: Sequence[object],
                   stored_reasons: Sequence[str]) -> MemberDiscount | None:
    """The member discount an order not yet settled gets now (None when it was already written at settlement)."""
    if any(is_member_reason(reason) for reason in stored_reasons):
        return None
    return member_discount(grade_of(session, order.customer_id), labour, parts)


def settle_discount(session: Session, actor: int | None, order: RepairOrder, labour: Sequence[object],
                    parts: Sequence[object]) -> Discount | None:
    """At settlement: the member discount written as a ``Discount`` (unless one is there already). Audited."""
    stored = list(session.scalars(select(Discount.reason).where(Discount.order_id == order.id)))
    due = order_discount(session, order, labour, parts, stored)
    if due is None:
        return None
    discount = Discount(order_id=order.id, payer=Payer.SELF, amount=due.amount, reason=due.reason[:200],
                        created_at=clock.now(), created_by_id=actor)
    session.add(discount)
    session.flush()
    audit.record(session, actor, "money:member_discount", "discount", discount.id, order_id=order.id,
                 after={"grade": due.grade.name, "labour_base": str(due.labour_base),
                        "parts_base": str(due.parts_base), "amount": str(due.amount)})
    return discount


@dataclass(frozen=True)
class CustomerGrade:
    customer_id: int
    name: str
    phone: str
    grade_id: int | None
    grade: str


def find_customers(session: Session, text: str, limit: int = 30) -> list[CustomerGrade]:
    """Customers whose name, pinyin initials or phone contains ``text``, with their grade (the grades dialog)."""
    typed = limits.squeeze(text or "")
    if not typed:
        return []
    like = f"%{typed}%"
    rows = session.execute(
        select(Customer.id, Customer.name, Customer.phone, Customer.member_grade_id, MemberGrade.name)
        .outerjoin(MemberGrade, MemberGrade.id == Customer.member_grade_id)
        .where(Customer.name.like(like) | Customer.phone.like(like) | Customer.name_initials.like(like.lower()))
        .order_by(Customer.name, Customer.id).limit(limit))
    return [CustomerGrade(cid, name, phone or "", grade_id, grade or "") for cid, name, phone, grade_id, grade in rows]
