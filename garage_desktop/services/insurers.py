"""The insurers that pay 索賠 orders (name, contact, phone), and each claim's insurer and loss-assessment reference.

The list is kept by a cashier or the owner (the cashier deals with the insurers' money day to day); an insurer is
never deleted, only made inactive, since orders name it. A 索賠 order records its insurer and the loss-assessment
(定損) reference beside the approved amount (``services.checkout.set_claim_approved``); an advisor, a cashier or the
owner records them, at intake or checkout, until the insurer has paid something against the order (then who owes
the money is fixed: ``services.receivables``).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from garage_desktop.db.models import Insurer, OrderClaim, ReceivableCollection
from garage_desktop.domain import limits
from garage_desktop.domain.classes import Payer, Role
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError
from garage_desktop.services import audit, clock, orders, permissions

LIST_ROLES = (Role.CASHIER,)
CLAIM_ROLES = (Role.ADVISOR, Role.CASHIER)

NAME = limits.TextLimit(QT_TRANSLATE_NOOP("Domain", "The insurer's name"), 60)
CONTACT = limits.TextLimit(QT_TRANSLATE_NOOP("Domain", "The contact person"), 60)
ASSESSMENT_REF = limits.TextLimit(QT_TRANSLATE_NOOP("Domain", "The loss-assessment reference"), 40)

NO_NAME = QT_TRANSLATE_NOOP("Domain", "Enter the insurer's name.")
NAME_TAKEN = QT_TRANSLATE_NOOP("Domain", "There is already an insurer called {name}.")
NOT_AN_INSURER = QT_TRANSLATE_NOOP("Domain", "That insurer no longer exists.")
INACTIVE = QT_TRANSLATE_NOOP("Domain", "{name} is no longer dealt with; choose another insurer.")
NOT_A_CLAIM = QT_TRANSLATE_NOOP("Domain", "Nothing on this order is charged to an insurer.")
CLAIM_FIXED = QT_TRANSLATE_NOOP("Domain", "The insurer has already paid against this order: its insurer and "
                                          "loss assessment can no longer change.")


@dataclass(frozen=True)
class InsurerInfo:
    id: int
    name: str
    contact: str
    phone: str
    active: bool
    claims: int  # orders naming it


@dataclass(frozen=True)
class ClaimDetails:
    order_id: int
    insurer_id: int | None
    insurer_name: str  # "" while none is recorded
    assessment_ref: str
    fixed: bool  # the insurer has paid against the order: the details no longer change


def list_insurers(session: Session, *, active_only: bool = False) -> list[InsurerInfo]:
    """The insurers by name (the active ones only, for a choice on an order)."""
    counts = dict(session.execute(select(OrderClaim.insurer_id, func.count(OrderClaim.id))
                                  .where(OrderClaim.insurer_id.is_not(None)).group_by(OrderClaim.insurer_id)).all())
    query = select(Insurer).order_by(Insurer.name)
    if active_only:
        query = query.where(Insurer.active.is_(True))
    return [InsurerInfo(i.id, i.name, i.contact or "", i.phone or "", i.active, counts.get(i.id, 0))
            for i in session.scalars(query)]


def _fields(session: Session, name: str, contact: str, phone: str, own_id: int | None) -> tuple[str, str, str]:
    name, contact, phone = limits.squeeze(name), limits.squeeze(contact), limits.squeeze(phone)
    if not name:
        raise DomainError(NO_NAME, field="name")
    NAME.check(name, "name")
    CONTACT.check(contact, "contact")
    limits.PHONE.check(phone, "phone")
    clash = session.scalar(select(Insurer.id).where(func.lower(Insurer.name) == name.lower()))
    if clash is not None and clash != own_id:
        raise DomainError(NAME_TAKEN, field="name", name=name)
    return name, contact, phone


def add_insurer(session: Session, actor: int | None, name: str, contact: str = "", phone: str = "") -> int:
    """A new insurer on the list; returns its id."""
    permissions.require(session, actor, *LIST_ROLES)
    name, contact, phone = _fields(session, name, contact, phone, None)
    insurer = Insurer(name=name, contact=contact, phone=phone, active=True, created_at=clock.now())
    session.add(insurer)
    session.flush()
    audit.record(session, actor, "insurer:add", "insurer", insurer.id,
                 after={"name": name, "contact": contact, "phone": phone})
    return insurer.id


def update_insurer(session: Session, actor: int | None, insurer_id: int, name: str, contact: str, phone: str,
                   active: bool = True) -> None:
    """Change an insurer's name, contact or phone, or make it (in)active."""
    permissions.require(session, actor, *LIST_ROLES)
    insurer = session.get(Insurer, insurer_id)
    if insurer is None:
        raise DomainError(NOT_AN_INSURER)
    name, contact, phone = _fields(session, name, contact, phone, insurer.id)
    before = {"name": insurer.name, "contact": insurer.contact, "phone": insurer.phone, "active": insurer.active}
    after = {"name": name, "contact": contact, "phone": phone, "active": bool(active)}
    if before == after:
        return
    insurer.name, insurer.contact, insurer.phone, insurer.active = name, contact, phone, bool(active)
    session.flush()
    audit.record(session, actor, "insurer:edit", "insurer", insurer.id, before=before, after=after)


# --- an order's claim ----------------------------------------------------------------------------------------

def _collected(session: Session, order_id: int) -> bool:
    return session.scalar(select(func.count(ReceivableCollection.id)).where(
        ReceivableCollection.order_id == order_id, ReceivableCollection.payer == Payer.CLAIM)) > 0


def claim_details(session: Session, order_id: int) -> ClaimDetails:
    """The insurer and loss-assessment reference recorded on an order (empty while none is)."""
    row = session.scalar(select(OrderClaim).where(OrderClaim.order_id == order_id))
    insurer = session.get(Insurer, row.insurer_id) if row is not None and row.insurer_id is not None else None
    return ClaimDetails(order_id, insurer.id if insurer else None, insurer.name if insurer else "",
                        row.assessment_ref if row is not None else "", _collected(session, order_id))


def _has_claim(session: Session, order_id: int) -> bool:
    from garage_desktop.services.checkout_state import load_state

    order = orders.get_order(session, order_id)
    if order.payer is Payer.CLAIM:
        return True
    return load_state(session, order, with_check=False).settlement.of(Payer.CLAIM) is not None


def set_claim_details(session: Session, actor: int | None, order_id: int, insurer_id: int | None,
                      assessment_ref: str) -> ClaimDetails:
    """Record which insurer pays the order's claim share and its loss-assessment (定損) reference."""
    permissions.require(session, actor, *CLAIM_ROLES)
    if not _has_claim(session, order_id):
        raise DomainError(NOT_A_CLAIM, field="insurer")
    if _collected(session, order_id):
        raise DomainError(CLAIM_FIXED, field="insurer")
    reference = limits.squeeze(assessment_ref)
    ASSESSMENT_REF.check(reference, "assessment_ref")
    if insurer_id is not None:
        insurer = session.get(Insurer, insurer_id)
        if insurer is None:
            raise DomainError(NOT_AN_INSURER, field="insurer")
    row = session.scalar(select(OrderClaim).where(OrderClaim.order_id == order_id))
    before = {"insurer_id": row.insurer_id, "assessment_ref": row.assessment_ref} if row is not None else None
    if insurer_id is not None and not insurer.active and (row is None or row.insurer_id != insurer_id):
        raise DomainError(INACTIVE, field="insurer", name=insurer.name)
    after = {"insurer_id": insurer_id, "assessment_ref": reference}
    if before == after:
        return claim_details(session, order_id)
    now = clock.now()
    if row is None:
        row = OrderClaim(order_id=order_id, insurer_id=insurer_id, assessment_ref=reference, updated_at=now,
                         updated_by_id=actor)
        session.add(row)
    else:
        row.insurer_id, row.assessment_ref, row.updated_at, row.updated_by_id = insurer_id, reference, now, actor
    session.flush()
    audit.record(session, actor, "money:claim_details", "order_claim", row.id, order_id=order_id, before=before,
                 after=after)
    return claim_details(session, order_id)
