"""The follow-up call sheet's content (``documents.call_sheet``) for an order, in the script's language."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from garage_desktop.db.models import FollowUp
from garage_desktop.documents.call_sheet import CallSheetDoc, CallSheetQuestion
from garage_desktop.documents.order import GarageHeader
from garage_desktop.services import clock, followup_talk, orders
from garage_desktop.services import settings as garage_settings

BLANK = "＿＿＿＿"  # where the caller's name is written by hand


def call_sheet_doc(session: Session, order_id: int, language: str | None = None) -> CallSheetDoc:
    """The sheet for a follow-up call about ``order_id``: the script worded in ``language`` (else the garage's
    document language), the caller's name left to be written in by hand."""
    order = orders.get_order(session, order_id)
    settings = garage_settings.load(session)
    talk = followup_talk.talk(session, order_id, None, language=language, blank=BLANK)
    vehicle, customer = order.vehicle, order.customer
    tries = session.scalar(select(func.count(FollowUp.id)).where(FollowUp.order_id == order.id,
                                                                  FollowUp.reached.is_(False))) or 0
    return CallSheetDoc(
        garage=GarageHeader(settings.garage_name, settings.garage_address, settings.garage_phone,
                            settings.licence_no, settings.tax_id),
        order_no=order.order_no or f"#{order.id}", printed_at=clock.now(),
        customer_name=customer.name if customer else "", phone=customer.phone if customer else "",
        plate=vehicle.plate if vehicle else "",
        make_model=" ".join(p for p in ((vehicle.make, vehicle.model) if vehicle else ()) if p),
        delivered_at=order.delivered_at, work=followup_talk.work_done(session, order.id),
        complaint=order.complaint or "",
        questions=tuple(CallSheetQuestion(q.key, q.kind.value, q.text) for q in talk.questions), tries=tries)
