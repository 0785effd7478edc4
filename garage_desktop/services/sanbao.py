"""三包 checks (DOMAIN.md → 三包 and claims): a 三包 order's car against its 三包 periods, and the loaner or transport
compensation a 三包 repair open over five days owes the owner.

The period check warns, never blocks: a maker may extend its cover, and the garage may know better than the record
(``FieldWarning`` beside the payer at intake). The compensation is recorded once per order, by the advisor: a
loaner car (備用車, which one) or transport compensation (交通費用補償, the amount paid); the board marks a 三包
car in the garage over five days without one (``board.BoardRow.compensation_due``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from garage_desktop.db.models import Operator, RepairOrder, WarrantyCompensation
from garage_desktop.domain import lifecycle, limits
from garage_desktop.domain import sanbao as rules
from garage_desktop.domain.classes import Payer, Role
from garage_desktop.domain.money import format_yuan, parse_money
from garage_desktop.domain.sanbao import SanbaoCheck
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError
from garage_desktop.services import audit, clock, orders, permissions
from garage_desktop.services import settings as garage_settings
from garage_desktop.services.customers import FieldWarning

RECORDERS = (Role.ADVISOR,)
KINDS = ("loaner", "transport")

NOT_SANBAO = QT_TRANSLATE_NOOP("Domain", "Only a 三包 order (paid as warranty) owes a loaner or transport "
                                         "compensation.")
NOT_OVER = QT_TRANSLATE_NOOP("Domain", "The compensation is owed from day six of a 三包 repair ({day}); this "
                                       "repair has not run that long.")
ALREADY = QT_TRANSLATE_NOOP("Domain", "The compensation for this repair is already recorded.")
NOT_IN_SHOP = QT_TRANSLATE_NOOP("Domain", "The compensation is recorded while the car is in the garage or when it "
                                          "is handed back; this order is {status}.")
BAD_KIND = QT_TRANSLATE_NOOP("Domain", "Choose a loaner car or transport compensation.")
NO_LOANER = QT_TRANSLATE_NOOP("Domain", "Say which car was lent (plate or model).")
NO_AMOUNT = QT_TRANSLATE_NOOP("Domain", "Enter the transport compensation paid.")
# Statuses in which the compensation may be recorded: the car is in the garage, or just handed back.
OPEN: frozenset[lifecycle.OrderStatus] = lifecycle.IN_SHOP | {lifecycle.OrderStatus.DELIVERED,
                                                              lifecycle.OrderStatus.DEPOSIT_RELEASED}


def terms(session: Session) -> rules.SanbaoTerms:
    return garage_settings.sanbao_terms(garage_settings.load(session))


def check_car(session: Session, purchase_date: date | None, mileage: int | None,
              today: date | None = None) -> SanbaoCheck:
    return rules.check(purchase_date, mileage, today or clock.now().date(), terms(session))


def warning(session: Session, payer: Payer, purchase_date: date | None, mileage: int | None) -> FieldWarning | None:
    """The warning beside the payer when a 三包 order's car is outside its 三包 periods (or its purchase date is not
    known); None for other payers and for a car within them."""
    if Payer(payer) is not Payer.WARRANTY:
        return None
    found = check_car(session, purchase_date, mileage)
    if not found.warns:
        return None
    valid, repair = found.period_texts()
    return FieldWarning("payer", rules.WARNINGS[found.state], {"valid": valid, "repair": repair})


def order_warning(session: Session, order_id: int) -> DomainError | None:
    """The 三包 warning of an order (the estimate shows it on its header), as a DomainError to show; None when the
    order is not 三包 or its car is within its periods."""
    order = orders.get_order(session, order_id)
    found = warning(session, order.payer, order.vehicle.purchase_date if order.vehicle else None, order.mileage_in)
    return DomainError(found.message, found.field, **found.params) if found is not None else None


@dataclass(frozen=True)
class CompensationView:
    kind: str  # loaner / transport
    detail: str
    amount: Decimal | None
    from_date: date
    recorded_at: datetime
    recorded_by: str


@dataclass(frozen=True)
class SanbaoView:
    """A 三包 order's standing: the car against its periods, the repair's days, and the compensation."""

    order_id: int
    order_no: str
    sanbao: bool  # paid as 三包
    check: SanbaoCheck
    days_open: int  # the day of the repair today (day one: the day the car came in)
    compensation_from: date | None
    compensation_due: bool  # over five days and nothing recorded yet
    compensation: CompensationView | None
    refusal: DomainError | None  # why the compensation cannot be recorded now


def _compensation(session: Session, order_id: int) -> CompensationView | None:
    row = session.scalars(select(WarrantyCompensation).where(WarrantyCompensation.order_id == order_id)).first()
    if row is None:
        return None
    name = session.scalar(select(Operator.name).where(Operator.id == row.recorded_by_id)) if row.recorded_by_id \
        else ""
    return CompensationView(row.kind, row.detail, row.amount, row.from_date, row.recorded_at, name or "")


def _until(order: RepairOrder) -> datetime:
    return order.delivered_at or clock.now()


def _refusal(session: Session, actor: int | None, order: RepairOrder,
             recorded: CompensationView | None) -> DomainError | None:
    if order.payer is not Payer.WARRANTY:
        return DomainError(NOT_SANBAO)
    if recorded is not None:
        return DomainError(ALREADY)
    if order.status not in OPEN:
        return DomainError(NOT_IN_SHOP, status=lifecycle.STATUS_LABELS[order.status])
    if not rules.compensation_due(order.received_at, _until(order)):
        day = rules.compensation_from(order.received_at).isoformat() if order.received_at else "—"
        return DomainError(NOT_OVER, day=day)
    try:
        permissions.require(session, actor, *RECORDERS)
    except DomainError as error:
        return error
    return None


def order_view(session: Session, actor: int | None, order_id: int) -> SanbaoView:
    order = orders.get_order(session, order_id)
    vehicle = order.vehicle
    recorded = _compensation(session, order.id)
    received = order.received_at
    days = (_until(order).date() - received.date()).days + 1 if received else 0
    due = (order.payer is Payer.WARRANTY and recorded is None and order.status in OPEN
           and rules.compensation_due(received, _until(order)))
    return SanbaoView(
        order.id, order.order_no or f"#{order.id}", order.payer is Payer.WARRANTY,
        check_car(session, vehicle.purchase_date if vehicle else None, order.mileage_in), days,
        rules.compensation_from(received) if received else None, due, recorded,
        _refusal(session, actor, order, recorded))


def record_compensation(session: Session, actor: int | None, order_id: int, kind: str, detail: str = "",
                        amount: str | Decimal | None = None) -> SanbaoView:
    """The advisor records what the owner of a 三包 car repaired over five days was given: a loaner (``detail``:
    which car) or transport compensation (``amount`` paid; ``detail`` how it was reckoned)."""
    permissions.require(session, actor, *RECORDERS)
    order = orders.get_order(session, order_id)
    why = _refusal(session, actor, order, _compensation(session, order.id))
    if why is not None:
        raise why
    if kind not in KINDS:
        raise DomainError(BAD_KIND, field="kind")
    text = limits.REASON.check((detail or "").strip(), "detail")
    paid: Decimal | None = None
    if kind == "loaner" and not text:
        raise DomainError(NO_LOANER, field="detail")
    if kind == "transport":
        if amount is None or not str(amount).strip():
            raise DomainError(NO_AMOUNT, field="amount")
        paid = parse_money(amount, field="amount")
        if paid <= 0:
            raise DomainError(NO_AMOUNT, field="amount")
    assert order.received_at is not None  # an order past five days was received
    row = WarrantyCompensation(order_id=order.id, kind=kind, detail=text, amount=paid,
                               from_date=rules.compensation_from(order.received_at), recorded_at=clock.now(),
                               recorded_by_id=actor)
    session.add(row)
    session.flush()
    audit.record(session, actor, "sanbao:compensation", "warranty_compensation", row.id, order_id=order.id,
                 after={"kind": kind, "detail": text, "amount": format_yuan(paid) if paid is not None else "",
                        "from": row.from_date.isoformat()})
    return order_view(session, actor, order.id)
