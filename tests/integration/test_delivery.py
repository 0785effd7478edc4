"""交車: refused before final QC, before settlement (or a deposit) and without the certificate a class needs;
the checklist, recommendations, next service, the delivery time, and the next visit booked from here."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from garage_desktop.db.engine import Database
from garage_desktop.db.models import Appointment, Delivery, Recommendation, RepairOrder
from garage_desktop.domain.classes import Payer, RegulatoryClass, Role
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.text import DomainError, PermissionRefused
from garage_desktop.services import checkout, clock, delivery
from garage_desktop.services.delivery import Handover
from tests.integration.test_checkout import LABOUR, NOW, PARTS, Lab, call, make_ready_order

S = OrderStatus
FULL = Handover(work_explained=True, old_parts_shown=True, test_drive=True, remaining_issues_told=True,
                next_service_on=date(2027, 5, 28), next_service_km=50300, postponed=("後輪胎紋深 2 mm，建議三個月內更換",))


@pytest.fixture(autouse=True)
def fixed_clock() -> None:
    clock.set_fixed(NOW)


def settled_order(db: Database, people: dict[Role, int], **kwargs: object) -> int:
    order_id = make_ready_order(db, payer=Payer.WARRANTY, **kwargs)  # type: ignore[arg-type]
    call(db, checkout.settle, people[Role.CASHIER], order_id)
    return order_id


def refusal_of(db: Database, order_id: int) -> DomainError | None:
    with db.session_scope() as session:
        return delivery.delivery_view(session, order_id).refusal


def test_delivery_refused_before_final_qc(db: Database, people: dict[Role, int]) -> None:
    order_id = make_ready_order(db, status=S.QC_PENDING)
    with pytest.raises(DomainError) as refused:
        call(db, delivery.deliver, people[Role.ADVISOR], order_id, FULL)
    assert refused.value.message == delivery.BEFORE_QC
    assert refusal_of(db, order_id).message == delivery.BEFORE_QC


def test_delivery_refused_before_settlement_or_deposit(db: Database, people: dict[Role, int]) -> None:
    order_id = make_ready_order(db)
    with pytest.raises(DomainError) as refused:
        call(db, delivery.deliver, people[Role.ADVISOR], order_id, FULL)
    assert refused.value.message == delivery.NOT_SETTLED
    with db.session_scope() as session:
        assert session.get(RepairOrder, order_id).status is S.READY
        assert session.scalar(select(Delivery.id).where(Delivery.order_id == order_id)) is None


def test_delivery_refused_without_the_certificate_the_class_needs(db: Database, people: dict[Role, int]) -> None:
    # The cashier's check (services.cashier_check) no longer settles such an order: one settled without its
    # certificate (by an earlier version, or a restored file) is still not handed over.
    uncertified = make_ready_order(db, payer=Payer.WARRANTY, regulatory=RegulatoryClass.LEVEL2_MAINTENANCE)
    with pytest.raises(DomainError) as unsettled:
        call(db, checkout.settle, people[Role.CASHIER], uncertified)
    assert "needs a completion certificate" in str(unsettled.value)
    order_id = make_ready_order(db, payer=Payer.WARRANTY, regulatory=RegulatoryClass.LEVEL2_MAINTENANCE,
                                status=S.SETTLED)
    with pytest.raises(DomainError) as refused:
        call(db, delivery.deliver, people[Role.ADVISOR], order_id, FULL)
    assert refused.value.message == delivery.NO_CERTIFICATE
    view_refusal = refusal_of(db, order_id)
    assert view_refusal is not None and view_refusal.message == delivery.NO_CERTIFICATE
    # a deposit release is a handover too
    other = make_ready_order(db, regulatory=RegulatoryClass.ASSEMBLY_OVERHAUL)
    with pytest.raises(DomainError) as deposit:
        call(db, checkout.release_on_deposit, people[Role.CASHIER], other, "500", "cash", FULL)
    assert deposit.value.message == delivery.NO_CERTIFICATE
    # with the certificate the same class goes
    certified = settled_order(db, people, regulatory=RegulatoryClass.LEVEL2_MAINTENANCE, certificate="JG2026-0012")
    assert refusal_of(db, certified) is None
    assert call(db, delivery.deliver, people[Role.ADVISOR], certified, FULL).status is S.DELIVERED


def test_delivery_records_the_handover_time_and_what_comes_next(db: Database, people: dict[Role, int]) -> None:
    order_id = settled_order(db, people, labour=[*LABOUR, Lab("清洗節氣門", LABOUR[0].hours, added=True,
                                                                  approved=False)], parts=PARTS,
                             mileage_out=45262)
    clock.set_fixed(NOW + timedelta(minutes=20))
    with pytest.raises(PermissionRefused):
        call(db, delivery.deliver, people[Role.STORE], order_id, FULL)
    result = call(db, delivery.deliver, people[Role.ADVISOR], order_id, Handover(
        work_explained=True, test_drive=True, next_service_on=date(2027, 5, 28), next_service_km=50300,
        postponed=("後輪胎紋深 2 mm，建議三個月內更換",)))
    assert result.status is S.DELIVERED and result.delivered_at == NOW + timedelta(minutes=20)
    assert set(result.unchecked) == {delivery.CHECKLIST_LABELS["old_parts_shown"],
                                     delivery.CHECKLIST_LABELS["remaining_issues_told"]}
    with db.session_scope() as session:
        order = session.get(RepairOrder, order_id)
        assert order.delivered_at == NOW + timedelta(minutes=20) and order.delivered_by_id == people[Role.ADVISOR]
        record = session.scalar(select(Delivery).where(Delivery.order_id == order_id))
        assert json.loads(record.checklist) == {"work_explained": True, "old_parts_shown": False,
                                                "test_drive": True, "remaining_issues_told": False}
        assert (record.next_service_on, record.next_service_km) == (date(2027, 5, 28), 50300)
        kept = set(session.scalars(select(Recommendation.description)
                                   .where(Recommendation.vehicle_id == order.vehicle_id)))
        assert kept == {"後輪胎紋深 2 mm，建議三個月內更換", "追加：清洗節氣門"}
    with db.session_scope() as session:
        view = delivery.delivery_view(session, order_id)
    assert view.delivered_at == NOW + timedelta(minutes=20) and view.checklist["test_drive"]
    assert view.refusal is not None  # already handed over
    assert view.warranty.until == date(2026, 12, 7) and view.warranty.until_km == 45262 + 2000
    with pytest.raises(DomainError):
        call(db, delivery.deliver, people[Role.ADVISOR], order_id, FULL)


def test_next_service_must_lie_ahead(db: Database, people: dict[Role, int]) -> None:
    order_id = settled_order(db, people, mileage_out=45262)
    with db.session_scope() as session:
        view = delivery.delivery_view(session, order_id)
    assert view.next_service_on == NOW.date() + timedelta(days=delivery.NEXT_SERVICE_DAYS)
    assert view.next_service_km == 45262 + delivery.NEXT_SERVICE_KM
    with pytest.raises(DomainError) as km:
        call(db, delivery.deliver, people[Role.ADVISOR], order_id, Handover(next_service_km=45000))
    assert km.value.field == "next_service_km"
    with pytest.raises(DomainError) as day:
        call(db, delivery.deliver, people[Role.ADVISOR], order_id, Handover(next_service_on=NOW.date()))
    assert day.value.field == "next_service_on"


def test_the_next_visit_is_booked_from_the_delivery(db: Database, people: dict[Role, int]) -> None:
    order_id = settled_order(db, people)
    info = call(db, delivery.book_next_visit, people[Role.ADVISOR], order_id, datetime(2027, 5, 28, 9, 0),
                note="五千公里保養")
    with db.session_scope() as session:
        order = session.get(RepairOrder, order_id)
        booking = session.scalar(select(Appointment).where(Appointment.order_id == info.appointment.order_id))
        assert booking.plate == order.vehicle.plate and booking.order.vehicle_id == order.vehicle_id
        assert booking.order.customer_id == order.customer_id and booking.note == "五千公里保養"
        assert booking.order.status is S.BOOKED and booking.start_at == datetime(2027, 5, 28, 9, 0)
