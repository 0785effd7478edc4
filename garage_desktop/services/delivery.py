"""交車 Delivery: hand the car over after final QC (with its certificate where the class needs one) and
settlement or a deposit; the handover checklist, postponed work kept on the vehicle, the next service due,
and the next visit booked from here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from garage_desktop.db.models import Approval, Delivery, Recommendation, RepairOrder
from garage_desktop.domain import lifecycle, limits
from garage_desktop.domain.classes import CERTIFICATE_CLASSES, LABELS, Payer, RegulatoryClass, Role
from garage_desktop.domain.free_items import RecommendationSource
from garage_desktop.domain.lifecycle import Event, OrderStatus, TransitionRefused
from garage_desktop.domain.reminders import Reading
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError, PermissionRefused
from garage_desktop.domain.warranty import WARRANTY, warranty_end_date, warranty_end_km
from garage_desktop.services import appointments, audit, clock, orders, permissions, qc, service_due
from garage_desktop.services.added_work import KIND as ADDED_WORK
from garage_desktop.services.added_work import RecommendationView, recommendations

DELIVER_ROLES = (Role.ADVISOR, Role.CASHIER)
CHECKLIST = ("work_explained", "old_parts_shown", "test_drive", "remaining_issues_told")
CHECKLIST_LABELS: dict[str, str] = {
    "work_explained": QT_TRANSLATE_NOOP("Domain", "Work and charges explained"),
    "old_parts_shown": QT_TRANSLATE_NOOP("Domain", "Old parts shown"),
    "test_drive": QT_TRANSLATE_NOOP("Domain", "Test drive with the customer"),
    "remaining_issues_told": QT_TRANSLATE_NOOP("Domain", "Remaining issues and next service told"),
}
# A usual maintenance interval, offered as the next service due; the advisor changes it per car.
NEXT_SERVICE_DAYS = 180
NEXT_SERVICE_KM = 5000

BEFORE_QC = QT_TRANSLATE_NOOP("Domain", "The car has not passed final QC yet: it cannot be handed over.")
NOT_SETTLED = QT_TRANSLATE_NOOP("Domain", "Settle the order (or release the car on a deposit) before handing "
                                          "it over.")
NO_CERTIFICATE = QT_TRANSLATE_NOOP("Domain", "{job_class} needs a completion certificate (竣工出廠合格證) signed by "
                                             "the inspector before the car may be handed over.")
ALREADY_HANDED = QT_TRANSLATE_NOOP("Domain", "The car has already been handed over.")
NEXT_KM_BELOW = QT_TRANSLATE_NOOP("Domain", "The next service is due above the current mileage ({km} km).")
NEXT_DATE_PAST = QT_TRANSLATE_NOOP("Domain", "The next service date must be after today.")
NO_VEHICLE = QT_TRANSLATE_NOOP("Domain", "The order has no vehicle to book the next visit for.")
UNCHECKED = QT_TRANSLATE_NOOP("Domain", "Not done at the handover: {items}.")

BEFORE_QC_STATUSES = frozenset({
    OrderStatus.BOOKED, OrderStatus.RECEIVED, OrderStatus.ESTIMATED, OrderStatus.CONFIRMED,
    OrderStatus.DISPATCHED, OrderStatus.IN_REPAIR, OrderStatus.AWAITING_APPROVAL, OrderStatus.QC_PENDING,
    OrderStatus.REWORK})
_HANDED_OVER = frozenset({OrderStatus.DEPOSIT_RELEASED, OrderStatus.DELIVERED, OrderStatus.FOLLOWED_UP,
                          OrderStatus.REFUNDED})


@dataclass(frozen=True)
class Handover:
    """What the advisor did and told at the handover, and what comes next for the car."""

    work_explained: bool = False
    old_parts_shown: bool = False
    test_drive: bool = False
    remaining_issues_told: bool = False
    next_service_on: date | None = None
    next_service_km: int | None = None
    postponed: tuple[str, ...] = ()  # work that can wait, kept on the vehicle as recommendations

    def checklist(self) -> dict[str, bool]:
        return {item: bool(getattr(self, item)) for item in CHECKLIST}


# --- the completion certificate ------------------------------------------------------------------------------

def certificate_no(session: Session, order_id: int) -> str:
    """The number of the completion certificate issued at a passed final QC ("" if none)."""
    return qc.certificate_no(session, order_id) or ""


def certificate_missing(session: Session, order: RepairOrder) -> bool:
    """True when the order's class needs a 竣工出廠合格證 and none was issued (decided by the QC service)."""
    return qc.certificate_required_and_missing(session, order.id)


def handover_refusal(session: Session, order: RepairOrder, event: Event = Event.DELIVER) -> DomainError | None:
    """Why the car may not be handed over now by ``event`` (DELIVER or RELEASE_ON_DEPOSIT), or None."""
    status = order.status
    if status in BEFORE_QC_STATUSES:
        return TransitionRefused(BEFORE_QC, status=lifecycle.STATUS_LABELS[status])
    if event is Event.DELIVER and status is OrderStatus.READY:
        return TransitionRefused(NOT_SETTLED, status=lifecycle.STATUS_LABELS[status])
    why = lifecycle.refusal(event, status)
    if why is not None:
        return TransitionRefused(ALREADY_HANDED if status in _HANDED_OVER else why,
                                 status=lifecycle.STATUS_LABELS[status])
    if certificate_missing(session, order):
        return DomainError(NO_CERTIFICATE, job_class=LABELS[order.regulatory_class])
    return None


def refuse_handover(session: Session, order: RepairOrder, event: Event = Event.DELIVER) -> None:
    why = handover_refusal(session, order, event)
    if why is not None:
        raise why


def role_refusal(session: Session, actor: int | None) -> DomainError | None:
    """Why the operator may not hand cars over (None for an advisor, a cashier or the owner)."""
    try:
        permissions.require(session, actor, *DELIVER_ROLES)
    except PermissionRefused as error:
        return error
    return None


def parse_next_km(text: str) -> int | None:
    """The next service mileage as typed ("50,300 km"), None when left empty."""
    from garage_desktop.services.intake import parse_mileage

    if not (text or "").strip():
        return None
    try:
        return parse_mileage(text)
    except DomainError as error:
        raise DomainError(error.message, field="next_service_km", **error.params) from None


# --- recording the handover ---------------------------------------------------------------------------------

def _check_next(order: RepairOrder, handover: Handover, today: date) -> None:
    if handover.next_service_on is not None and handover.next_service_on <= today:
        raise DomainError(NEXT_DATE_PAST, field="next_service_on")
    current = order.mileage_out if order.mileage_out is not None else order.mileage_in
    if handover.next_service_km is not None and current is not None and handover.next_service_km <= current:
        raise DomainError(NEXT_KM_BELOW, field="next_service_km", km=f"{current:,}")


def _keep_recommendations(session: Session, order: RepairOrder, postponed: tuple[str, ...], now: datetime,
                          actor: int | None = None) -> int:
    """Postponed work (pointed out at delivery) and every declined added item stay on the vehicle (once each)."""
    if order.vehicle_id is None:
        return 0
    kept = {text for text in session.scalars(select(Recommendation.description)
                                             .where(Recommendation.order_id == order.id))}
    declined = session.scalars(select(Approval.description).where(
        Approval.order_id == order.id, Approval.kind == ADDED_WORK, Approval.approved.is_(False)))
    added = 0
    sources = [*((text, RecommendationSource.DECLINED) for text in declined),
               *((text, RecommendationSource.DELIVERY) for text in postponed)]
    for text, source in sources:
        text = text.strip()
        if not text or text in kept:
            continue
        limits.POSTPONED.check(text, "postponed")
        session.add(Recommendation(vehicle_id=order.vehicle_id, order_id=order.id, description=text,
                                   created_at=now, source=source, created_by_id=actor))
        kept.add(text)
        added += 1
    return added


def record_handover(session: Session, actor: int | None, order: RepairOrder, handover: Handover) -> Delivery:
    """Write the handover (checklist, next service, recommendations) of a car leaving now."""
    now = clock.now()
    _check_next(order, handover, now.date())
    if session.scalar(select(Delivery.id).where(Delivery.order_id == order.id)) is not None:
        raise DomainError(ALREADY_HANDED)
    record = Delivery(order_id=order.id, delivered_at=now, checklist=json.dumps(handover.checklist()),
                      next_service_on=handover.next_service_on, next_service_km=handover.next_service_km,
                      delivered_by_id=actor)
    session.add(record)
    if order.vehicle is not None:  # the car's next service (services.reminders) follows its latest delivery
        leaving = order.mileage_out if order.mileage_out is not None else order.mileage_in
        service_due.next_service_delivered(session, order.vehicle, handover.next_service_on, handover.next_service_km,
                                           Reading(now.date(), leaving) if leaving is not None else None)
    kept = _keep_recommendations(session, order, handover.postponed, now, actor)
    session.flush()
    audit.record(session, actor, "handover", "delivery", record.id, order_id=order.id, after={
        **handover.checklist(), "next_service_on": str(handover.next_service_on or ""),
        "next_service_km": handover.next_service_km, "recommendations": kept})
    return record


@dataclass(frozen=True)
class DeliveryResult:
    order_id: int
    status: OrderStatus
    delivered_at: datetime
    unchecked: tuple[str, ...]  # English checklist labels not ticked (shown as a reminder, never blocking)


def deliver(session: Session, actor: int | None, order_id: int, handover: Handover) -> DeliveryResult:
    """交車: the settled car goes back to the customer; the delivery time is recorded."""
    permissions.require(session, actor, *DELIVER_ROLES)
    order = orders.get_order(session, order_id)
    refuse_handover(session, order, Event.DELIVER)
    record = record_handover(session, actor, order, handover)
    orders.transition(session, order, Event.DELIVER, actor, at=record.delivered_at)
    order.holder = ""
    unchecked = tuple(CHECKLIST_LABELS[item] for item, done in handover.checklist().items() if not done)
    return DeliveryResult(order.id, order.status, record.delivered_at, unchecked)


# --- reading -------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class WarrantyView:
    days: int
    km: int
    until: date  # the last day covered, counted from the delivery day (or today, before it)
    until_km: int | None  # the mileage limit (None while the mileage out is unknown)


@dataclass(frozen=True)
class DeliveryView:
    order_id: int
    status: OrderStatus
    refusal: DomainError | None  # why the car may not be delivered now (None: it may)
    certificate_required: bool
    certificate_no: str
    delivered_at: datetime | None
    checklist: dict[str, bool]
    next_service_on: date | None  # as recorded, or the suggestion before the handover
    next_service_km: int | None
    recommendations: tuple[RecommendationView, ...]  # everything kept on the vehicle, newest first
    warranty: WarrantyView
    vehicle_id: int | None
    customer_id: int | None


def warranty_of(order: RepairOrder, delivered_on: date) -> WarrantyView:
    cls = RegulatoryClass(order.regulatory_class)
    term = WARRANTY[cls]
    until_km = warranty_end_km(cls, order.mileage_out) if order.mileage_out is not None else None
    return WarrantyView(term.days, term.km, warranty_end_date(cls, delivered_on), until_km)


def delivery_view(session: Session, order_id: int) -> DeliveryView:
    order = orders.get_order(session, order_id)
    record = session.scalar(select(Delivery).where(Delivery.order_id == order.id))
    today = clock.now().date()
    mileage = order.mileage_out if order.mileage_out is not None else order.mileage_in
    if record is not None:
        checklist = {item: bool(json.loads(record.checklist or "{}").get(item)) for item in CHECKLIST}
        next_on, next_km = record.next_service_on, record.next_service_km
    else:
        checklist = dict.fromkeys(CHECKLIST, False)
        next_on = today + timedelta(days=NEXT_SERVICE_DAYS)
        next_km = mileage + NEXT_SERVICE_KM if mileage is not None else None
    refusal = handover_refusal(session, order, Event.DELIVER)
    delivered_on = record.delivered_at.date() if record is not None else today
    return DeliveryView(
        order_id=order.id, status=order.status, refusal=refusal,
        certificate_required=order.regulatory_class in CERTIFICATE_CLASSES,
        certificate_no=certificate_no(session, order.id), delivered_at=record.delivered_at if record else None,
        checklist=checklist, next_service_on=next_on, next_service_km=next_km,
        recommendations=tuple(recommendations(session, order.vehicle_id)) if order.vehicle_id else (),
        warranty=warranty_of(order, delivered_on), vehicle_id=order.vehicle_id, customer_id=order.customer_id)


# --- the next visit ------------------------------------------------------------------------------------------

def book_next_visit(session: Session, actor: int | None, order_id: int, start_at: datetime,
                    duration_min: int = appointments.DEFAULT_DURATION, note: str = "") -> appointments.AppointmentInfo:
    """Book the car's next visit while the customer is at the counter (the seed: always a new appointment)."""
    order = orders.get_order(session, order_id)
    if order.vehicle is None:
        raise DomainError(NO_VEHICLE)
    customer = order.customer
    form = appointments.BookingForm(
        start_at=start_at, duration_min=duration_min, contact_name=customer.name if customer else "",
        contact_phone=customer.phone if customer else "", plate=order.vehicle.plate,
        job_class=order.job_class, payer=Payer.SELF, note=note, customer_id=order.customer_id,
        vehicle_id=order.vehicle_id)
    return appointments.book(session, actor, form)
