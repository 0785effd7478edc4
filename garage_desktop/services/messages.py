"""Messages to customers and the contact log: templates filled from an order or a vehicle, copied for WeChat or
SMS, and every call or message recorded as a ``Contact`` on the order and/or vehicle.

The shipped wording is ``resources/messages/default_<language>.json`` (one file per document language, its format
in the README beside it); the owner's own wording of a template in a language is a ``message_template`` row, and
"restore the default" deletes it. Filling is ``domain.messages``: a placeholder the order or vehicle gives no value
for is left empty and named (never a crash); the owner cannot save a template with an unknown placeholder.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from garage_desktop import paths
from garage_desktop.db.models import Appointment, Contact, MessageTemplate, Operator, RepairOrder, Vehicle
from garage_desktop.domain import messages as wording
from garage_desktop.domain.classes import Role
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.limits import TextLimit, squeeze
from garage_desktop.domain.messages import PURPOSE_LABELS, PURPOSES
from garage_desktop.domain.money import ZERO
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError
from garage_desktop.languages import LANGUAGES
from garage_desktop.services import audit, clock, permissions
from garage_desktop.services import settings as garage_settings
from garage_desktop.services.checkout_state import load_state
from garage_desktop.services.delay_calls import DELAYABLE

__all__ = ["PURPOSES", "PURPOSE_LABELS", "log_contact"]

FORMAT = 1
EDITORS = (Role.OWNER,)
CHANNELS = ("call", "message")
# A contact whose purpose is one of these counts as a reminder sent (services.reminders).
REMINDER_PURPOSES = ("service_due", "inspection_due", "insurance_due")
# What each message is about: an order (its booking, its car, its follow-up) or a vehicle (what falls due).
ORDER_PURPOSES = ("booking_confirmation", "car_ready", "delay_notice", "followup")

BODY = TextLimit(QT_TRANSLATE_NOOP("Domain", "The message"), 1000, multiline=True)
OUTCOME = TextLimit(QT_TRANSLATE_NOOP("Domain", "The outcome"), 200)
TEMPLATE = TextLimit(QT_TRANSLATE_NOOP("Domain", "The template"), 1000, multiline=True)

BAD_PURPOSE = QT_TRANSLATE_NOOP("Domain", "Unknown reason for the contact: {purpose}.")
BAD_CHANNEL = QT_TRANSLATE_NOOP("Domain", "Say how the customer was contacted: by a call or by a message.")
NO_SUBJECT = QT_TRANSLATE_NOOP("Domain", "A contact is about an order or a vehicle: choose one first.")
NEEDS_ORDER = QT_TRANSLATE_NOOP("Domain", "This message is about an order: choose the order first.")
NO_ORDER = QT_TRANSLATE_NOOP("Domain", "The order was not found.")
NO_VEHICLE = QT_TRANSLATE_NOOP("Domain", "The vehicle was not found.")
OTHER_VEHICLE = QT_TRANSLATE_NOOP("Domain", "The order is about another vehicle.")
NOT_BOOKED = QT_TRANSLATE_NOOP("Domain", "A booking is confirmed while it is still to come; this one is {status}.")
NO_MESSAGE = QT_TRANSLATE_NOOP("Domain", "The message is empty: write it before copying.")
EMPTY_TEMPLATE = QT_TRANSLATE_NOOP("Domain", "The template \"{template}\" is empty: write it or restore the default.")
UNKNOWN_PLACEHOLDER = QT_TRANSLATE_NOOP("Domain", "The template \"{template}\" holds {names}, which the program "
                                                  "cannot fill. Use only: {known}.")
BAD_LANGUAGE = QT_TRANSLATE_NOOP("Domain", "Templates are written in a document language: {languages}.")


class TemplateFileError(ValueError):
    """A shipped template file cannot be used (English: read by whoever edits the file)."""


def log_contact(session: Session, actor: int | None, *, purpose: str, channel: str, order_id: int | None = None,
                vehicle_id: int | None = None, template_key: str = "", body: str = "", outcome: str = "") -> int:
    """Record one contact with a customer (a call made or a message sent) about an order and/or a vehicle; the
    customer is the order's, else the vehicle's. Any operator may. Returns the contact's id."""
    permissions.require(session, actor)
    if purpose not in PURPOSES:
        raise DomainError(BAD_PURPOSE, field="purpose", purpose=purpose)
    if channel not in CHANNELS:
        raise DomainError(BAD_CHANNEL, field="channel")
    if order_id is None and vehicle_id is None:
        raise DomainError(NO_SUBJECT)
    customer_id: int | None = None
    if order_id is not None:
        order = session.get(RepairOrder, order_id)
        if order is None:
            raise DomainError(NO_ORDER)
        if vehicle_id is not None and order.vehicle_id is not None and order.vehicle_id != vehicle_id:
            raise DomainError(OTHER_VEHICLE)
        vehicle_id = vehicle_id if vehicle_id is not None else order.vehicle_id
        customer_id = order.customer_id
    if vehicle_id is not None:
        vehicle = session.get(Vehicle, vehicle_id)
        if vehicle is None:
            raise DomainError(NO_VEHICLE)
        customer_id = customer_id if customer_id is not None else vehicle.customer_id
    text = BODY.check((body or "").strip(), "body")
    if channel == "message" and not text:
        raise DomainError(NO_MESSAGE, field="body")
    result = OUTCOME.check(squeeze(outcome), "outcome")
    row = Contact(at=clock.now(), by_id=actor, customer_id=customer_id, vehicle_id=vehicle_id, order_id=order_id,
                  purpose=purpose, channel=channel, template_key=(template_key or "")[:40], body=text,
                  outcome=result)
    session.add(row)
    session.flush()
    called = channel == "call"
    audit.record(session, actor, "contact:call" if called else "contact:message", "contact", row.id, order_id=order_id,
                 after={"purpose": purpose, "channel": channel, "vehicle_id": vehicle_id,
                        "template_key": row.template_key, "body": text, "outcome": result})
    return row.id


# --- the templates -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Template:
    purpose: str
    language: str
    body: str  # the wording in use: the owner's own, else the default
    default: str  # the shipped wording
    own: bool


def parse(data: object, name: str) -> dict[str, str]:
    """The templates of a shipped file's content, checked: every purpose worded, no unknown placeholder."""
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("templates"), dict):
        raise TemplateFileError(f'{name}: a template file is a JSON object with "format": {FORMAT} and "templates"')
    found: dict[str, str] = {}
    for purpose in PURPOSES:
        body = data["templates"].get(purpose)
        if not isinstance(body, str) or not body.strip():
            raise TemplateFileError(f"{name}: no wording for {purpose}")
        unknown = wording.unknown_placeholders(body)
        if unknown:
            raise TemplateFileError(f"{name}: {purpose} holds unknown placeholders {list(unknown)}")
        found[purpose] = body.strip()
    return found


@functools.cache
def default_wording(language: str) -> dict[str, str]:
    """The shipped wording in ``language`` (read once)."""
    path = paths.resource("messages", f"default_{language}.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise TemplateFileError(f"{path.name}: cannot be read: {error}") from None
    return parse(data, path.name)


def _language(language: str) -> str:
    if language not in LANGUAGES:
        raise DomainError(BAD_LANGUAGE, field="language", languages=tuple(LANGUAGES))
    return language


def _own(session: Session, language: str) -> dict[str, MessageTemplate]:
    rows = session.scalars(select(MessageTemplate).where(MessageTemplate.language == language)).all()
    return {row.key: row for row in rows}


def templates(session: Session, language: str) -> tuple[Template, ...]:
    """Every template in ``language``, in the order of ``PURPOSES``."""
    defaults = default_wording(_language(language))
    own = _own(session, language)
    return tuple(Template(p, language, own[p].body if p in own else defaults[p], defaults[p], p in own)
                 for p in PURPOSES)


def template(session: Session, purpose: str, language: str) -> Template:
    _purpose(purpose)
    return next(t for t in templates(session, language) if t.purpose == purpose)


def editor_refusal(session: Session, actor: int | None) -> DomainError | None:
    """Why the operator may not edit the templates (None for the owner)."""
    try:
        permissions.require(session, actor, *EDITORS)
    except DomainError as error:
        return error
    return None


def _checked_template(purpose: str, body: str) -> str:
    text = TEMPLATE.check((body or "").strip(), purpose)
    if not text:
        raise DomainError(EMPTY_TEMPLATE, field=purpose, template=PURPOSE_LABELS[purpose])
    unknown = wording.unknown_placeholders(text)
    if unknown:
        raise DomainError(UNKNOWN_PLACEHOLDER, field=purpose, template=PURPOSE_LABELS[purpose],
                          names=", ".join("{" + name + "}" for name in unknown),
                          known=", ".join("{" + name + "}" for name in wording.PLACEHOLDERS))
    return text


def save_templates(session: Session, actor: int | None, language: str,
                   bodies: Mapping[str, str]) -> tuple[Template, ...]:
    """Store the owner's wording of the templates given (purpose → text) in ``language``, all or none. A text the
    same as the shipped default is the default (no own wording kept)."""
    permissions.require(session, actor, *EDITORS)
    defaults = default_wording(_language(language))
    checked = {purpose: _checked_template(_purpose(purpose), body) for purpose, body in bodies.items()}
    own = _own(session, language)
    now = clock.now()
    for purpose, text in checked.items():
        row = own.get(purpose)
        before = row.body if row is not None else defaults[purpose]
        if text == before:
            continue
        if text == defaults[purpose]:
            session.delete(row)
        elif row is None:
            session.add(MessageTemplate(key=purpose, language=language, body=text, updated_at=now,
                                        updated_by_id=actor))
        else:
            row.body, row.updated_at, row.updated_by_id = text, now, actor
        session.flush()
        audit.record(session, actor, "message_template:save", "message_template", None,
                     before={"key": purpose, "language": language, "body": before},
                     after={"key": purpose, "language": language, "body": text})
    return templates(session, language)


def restore_default(session: Session, actor: int | None, purpose: str, language: str) -> Template:
    """Go back to the shipped wording of one template in ``language``."""
    permissions.require(session, actor, *EDITORS)
    before = template(session, purpose, _language(language))
    if before.own:
        session.execute(delete(MessageTemplate).where(MessageTemplate.key == purpose,
                                                      MessageTemplate.language == language))
        session.flush()
        audit.record(session, actor, "message_template:restore_default", "message_template", None,
                     before={"key": purpose, "language": language, "body": before.body},
                     after={"key": purpose, "language": language, "body": before.default})
    return template(session, purpose, language)


def _purpose(purpose: str) -> str:
    if purpose not in PURPOSES:
        raise DomainError(BAD_PURPOSE, field="purpose", purpose=purpose)
    return purpose


# --- a message filled for an order or a vehicle ------------------------------------------------------------
@dataclass(frozen=True)
class MessageDraft:
    """What the message dialog shows: the template filled, and whom it goes to."""

    purpose: str
    language: str
    order_id: int | None
    vehicle_id: int | None
    order_no: str
    plate: str
    customer_name: str
    customer_phone: str
    text: str
    missing: tuple[str, ...]  # placeholders left empty (no value on the order or vehicle)
    own: bool  # the owner's wording (False: the shipped default)


def _subject(session: Session, purpose: str, order_id: int | None,
             vehicle_id: int | None) -> tuple[RepairOrder | None, Vehicle | None]:
    order = None
    if order_id is not None:
        order = session.get(RepairOrder, order_id)
        if order is None:
            raise DomainError(NO_ORDER)
        if vehicle_id is not None and order.vehicle_id is not None and order.vehicle_id != vehicle_id:
            raise DomainError(OTHER_VEHICLE)
        vehicle_id = vehicle_id if vehicle_id is not None else order.vehicle_id
    elif purpose in ORDER_PURPOSES:
        raise DomainError(NEEDS_ORDER)
    vehicle = None
    if vehicle_id is not None:
        vehicle = session.get(Vehicle, vehicle_id)
        if vehicle is None:
            raise DomainError(NO_VEHICLE)
    if order is None and vehicle is None:
        raise DomainError(NO_SUBJECT)
    return order, vehicle


def _amount_owed(session: Session, order: RepairOrder) -> str:
    if order.status is OrderStatus.BOOKED:
        return ""
    return wording.format_amount(max(load_state(session, order, with_check=False).balance, ZERO))


@dataclass(frozen=True)
class _Recipient:
    name: str
    phone: str
    plate: str


def _recipient(purpose: str, order: RepairOrder | None, vehicle: Vehicle | None,
               booking: Appointment | None) -> _Recipient:
    """Whom the message goes to: the order's (else the vehicle's) customer; for a booking, who booked it (a car
    booked by phone may have no customer or vehicle yet)."""
    customer = (order.customer if order is not None else None) or (vehicle.customer if vehicle is not None else None)
    name = customer.name if customer is not None else ""
    phone = customer.phone if customer is not None else ""
    plate = vehicle.plate if vehicle is not None else ""
    if booking is not None:
        if purpose == "booking_confirmation" or not name:
            name, phone = booking.contact_name or name, booking.contact_phone or phone
        plate = plate or booking.plate
    return _Recipient(name, phone, plate)


def _booking(session: Session, order: RepairOrder | None) -> Appointment | None:
    if order is None:
        return None
    return session.scalar(select(Appointment).where(Appointment.order_id == order.id))


def values(session: Session, purpose: str, order: RepairOrder | None, vehicle: Vehicle | None,
           language: str) -> dict[str, str]:
    """The placeholders' values for a message about ``order`` and/or ``vehicle``, as the customer reads them."""
    settings = garage_settings.load(session)
    booking = _booking(session, order)
    to = _recipient(purpose, order, vehicle, booking)
    time: datetime | None = None
    if order is not None:
        time = booking.start_at if purpose == "booking_confirmation" and booking is not None else order.promised_at
    due = None
    if vehicle is not None:
        due = {"service_due": vehicle.next_service_on, "inspection_due": vehicle.inspection_due_on,
               "insurance_due": vehicle.insurance_expires_on}.get(purpose)
    return {
        "garage": settings.garage_name,
        "garage_phone": settings.garage_phone,
        "customer": to.name,
        "plate": to.plate,
        "order_no": (order.order_no or "") if order is not None else "",
        "time": wording.format_time(time, language),
        "amount": _amount_owed(session, order) if order is not None else "",
        "due": wording.format_date(due, language),
        "km": wording.format_km(vehicle.next_service_km if vehicle is not None else None),
        "next_service": wording.next_service_words(vehicle.next_service_on if vehicle is not None else None,
                                                   vehicle.next_service_km if vehicle is not None else None,
                                                   language),
    }


def draft(session: Session, purpose: str, language: str, *, order_id: int | None = None,
          vehicle_id: int | None = None) -> MessageDraft:
    """The template for ``purpose`` in ``language`` filled from the order and/or vehicle."""
    order, vehicle = _subject(session, _purpose(purpose), order_id, vehicle_id)
    chosen = template(session, purpose, _language(language))
    filled = wording.fill(chosen.body, values(session, purpose, order, vehicle, language))
    to = _recipient(purpose, order, vehicle, _booking(session, order))
    return MessageDraft(purpose, language, order.id if order is not None else None,
                        vehicle.id if vehicle is not None else None,
                        (order.order_no or "") if order is not None else "", to.plate, to.name, to.phone,
                        filled.text, filled.missing, chosen.own)


def send_message(session: Session, actor: int | None, *, purpose: str, body: str, order_id: int | None = None,
                 vehicle_id: int | None = None) -> int:
    """The advisor copied the message (``body`` as sent) for WeChat or SMS: logged as a contact."""
    return log_contact(session, actor, purpose=purpose, channel="message", order_id=order_id,
                       vehicle_id=vehicle_id, template_key=purpose, body=body)


def message_purposes(status: OrderStatus) -> tuple[str, ...]:
    """The messages an order's menu offers at its stage: the booking's confirmation, a delay notice while the car
    is in the workshop, "your car is ready" until it is handed over, the follow-up after."""
    if status is OrderStatus.BOOKED:
        return ("booking_confirmation",)
    if status in DELAYABLE:
        return ("delay_notice",)
    if status in (OrderStatus.READY, OrderStatus.SETTLED):
        return ("car_ready",)
    if status in (OrderStatus.DELIVERED, OrderStatus.FOLLOWED_UP):
        return ("followup",)
    return ()


# --- the contact log ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ContactView:
    id: int
    at: datetime
    by: str
    purpose: str
    channel: str  # call / message
    order_id: int | None
    order_no: str
    body: str
    outcome: str


def _views(session: Session, rows: list[Contact]) -> list[ContactView]:
    operators = {c.by_id for c in rows if c.by_id is not None}
    names = dict(session.execute(select(Operator.id, Operator.name).where(Operator.id.in_(operators))).all()) \
        if operators else {}
    order_ids = {c.order_id for c in rows if c.order_id is not None}
    numbers = dict(session.execute(select(RepairOrder.id, RepairOrder.order_no)
                                   .where(RepairOrder.id.in_(order_ids))).all()) if order_ids else {}
    return [ContactView(c.id, c.at, names.get(c.by_id, ""), c.purpose, c.channel, c.order_id,
                        (numbers.get(c.order_id) or "") if c.order_id is not None else "", c.body, c.outcome)
            for c in rows]


def contacts_of_vehicle(session: Session, vehicle_id: int) -> list[ContactView]:
    """Every contact about the vehicle or one of its orders, newest first."""
    orders = select(RepairOrder.id).where(RepairOrder.vehicle_id == vehicle_id)
    rows = session.scalars(select(Contact).where(or_(Contact.vehicle_id == vehicle_id, Contact.order_id.in_(orders)))
                           .order_by(Contact.at.desc(), Contact.id.desc())).all()
    return _views(session, list(rows))


def contacts_of_order(session: Session, order_id: int) -> list[ContactView]:
    """The contacts about one order, newest first."""
    rows = session.scalars(select(Contact).where(Contact.order_id == order_id)
                           .order_by(Contact.at.desc(), Contact.id.desc())).all()
    return _views(session, list(rows))
