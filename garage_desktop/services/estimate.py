"""維修估價 Estimate and 開單 confirmation: the planned labour and parts with their prices, the customer's answers,
each saved revision kept, and the customer's confirmation that locks the prices.

Standard time on a labour line is kept in the garage's 工時 unit when the line was priced, and the line records
that unit (``LabourLine.hour_unit``): hours, or, when the garage counts 5 minutes as one 工時 (setting
``hour_unit``), the number of 5-minute units. What the user types is in that unit; a catalog operation's hours
(always hours) are converted with ``pricing.hours_to_units`` when it is picked. The rate is always the hourly
rate (yuan per clock hour, the owner's number), whatever the unit. Amounts are never typed:
``pricing.labour_amount`` (hourly rate × real hours × coefficient, rounded once) and ``pricing.part_amount``
compute them (customer-supplied parts count zero).

Price authority (issue 14, ``services.price_authority``): a part below its catalog price, a rate below the
garage's hourly rate, or either at zero, saved by someone who is not the owner, is refused with
``NeedsOwnerApproval`` (the lines) unless the owner's approval (their id and PIN) comes with the draft; each
approved line keeps its approver and list price and shows the owner's mark.

Issue 19: a labour line may be paid by one of the customer's package cards (``LabourDraft.card_item_id``, checked
by ``services.packages`` when saved; a part may ride on it when the card's service includes its parts), priced as
usual; the customer's member grade gives the member discount (``services.member_grades``), shown in the totals
(``Totals.member_discount``) and taken off at settlement.

Field names of errors: ``diagnosis``, ``notify_above``, ``may_replace_found_parts``, ``promised_at``,
``customer_name``, ``lines`` and, for a line, ``labour_lines[i].<field>`` / ``part_lines[i].<field>`` with ``i``
the 0-based position of the line in the draft (fields: operation_code, name, standard_hours, rate, coefficient;
part_id, name, spec, unit, origin, quantity, unit_price).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal

from sqlalchemy import delete, desc, select
from sqlalchemy.orm import Session

from garage_desktop.db.models import (
    Customer,
    EstimateRevision,
    LabourLine,
    LabourOperation,
    Operator,
    Part,
    PartLine,
    RepairOrder,
    Vehicle,
)
from garage_desktop.domain import lifecycle, limits
from garage_desktop.domain.classes import JobClass, Payer, Role
from garage_desktop.domain.lifecycle import Event, OrderStatus
from garage_desktop.domain.money import ZERO, parse_decimal, parse_money
from garage_desktop.domain.pricing import (
    HourUnit,
    hours_to_units,
    labour_amount,
    part_amount,
    split_tax,
    total,
    unit_of,
)
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError
from garage_desktop.services import (
    audit,
    catalog,
    clock,
    member_grades,
    model_classes,
    orders,
    packages,
    permissions,
    price_authority,
)
from garage_desktop.services import settings as garage_settings
from garage_desktop.services.price_authority import OwnerApproval, PriceBelowList

# The seed: the inspector determines the estimate; the advisor opens the work order with the customer.
ESTIMATORS = (Role.INSPECTOR, Role.ADVISOR)
OPEN: frozenset[OrderStatus] = frozenset({OrderStatus.RECEIVED, OrderStatus.ESTIMATED})
LOCKED = QT_TRANSLATE_NOOP("Domain", "Prices are locked: the customer confirmed the work order. Changes after "
                                     "confirmation are added work.")
QTY_PLACES = 3
MAX_QTY = Decimal(99999)


# --- what the screen sends -------------------------------------------------------------------------------
@dataclass(frozen=True)
class LabourDraft:
    """A labour line as typed. Empty ``rate``/``coefficient`` take the defaults (hourly rate from the settings,
    coefficient of the vehicle's model class); with an ``operation_code`` from the catalog an empty name or
    standard time is taken from the catalog. ``standard_hours`` is in ``hour_unit`` (None: the garage's 工時 unit
    now, see module doc); ``rate`` is per clock hour."""

    operation_code: str = ""
    name: str = ""
    standard_hours: str | Decimal = ""
    rate: str | Decimal = ""
    coefficient: str | Decimal = ""
    payer: Payer | None = None  # None: the order's payer
    hour_unit: HourUnit | None = None  # a line kept from an earlier revision keeps the unit it was priced in
    # A free line (services.free_items) saved again stays free: its reason, note and the rate it had (the rate
    # sent is then zero).
    free_reason: str = ""
    free_note: str = ""
    free_price: str | Decimal = ""
    card_item_id: int | None = None  # paid by this package card item (services.packages); checked when saved


@dataclass(frozen=True)
class PartDraft:
    """A part line as typed; with a catalog ``part_id`` the empty fields and the price come from the catalog."""

    part_id: int | None = None
    name: str = ""
    spec: str = ""
    unit: str = ""
    origin: str = ""
    quantity: str | Decimal = "1"
    unit_price: str | Decimal = ""
    customer_supplied: bool = False
    payer: Payer | None = None
    free_reason: str = ""  # a free line saved again stays free (see LabourDraft)
    free_note: str = ""
    free_price: str | Decimal = ""
    card_item_id: int | None = None  # rides on the labour line paid by this package card item (include parts)


@dataclass(frozen=True)
class EstimateDraft:
    """Everything the estimate tab saves. ``notify_above`` None: keep the order's amount, else the settings'
    default; ``promised_at`` None: keep the promise made at intake."""

    diagnosis: str = ""
    labour: tuple[LabourDraft, ...] = ()
    parts: tuple[PartDraft, ...] = ()
    notify_above: str | Decimal | None = None
    may_replace_found_parts: bool | None = None
    promised_at: datetime | None = None


# --- what the screen shows -------------------------------------------------------------------------------
@dataclass(frozen=True)
class LabourLineView:
    id: int
    seq: int
    operation_code: str
    name: str
    standard_hours: Decimal  # in ``hour_unit``, the unit the line was priced in
    rate: Decimal  # per clock hour
    coefficient: Decimal
    amount: Decimal
    payer: Payer | None
    added: bool
    hour_unit: HourUnit = HourUnit.HOUR
    price_mark: str | None = None  # the owner's approval of a rate below the hourly rate (price_authority.MARKS)
    list_price: Decimal | None = None  # the hourly rate the approved rate is under
    price_approved_by: str = ""  # the owner who approved it
    free_reason: str = ""  # FreeReason value of a free line (services.free_items), "" when charged
    free_note: str = ""
    free_price: Decimal | None = None  # the rate it had
    given_away: Decimal = ZERO
    card_item_id: int | None = None  # paid by a package card (services.packages)
    card_label: str = ""  # "套餐卡 …1234 保養"


@dataclass(frozen=True)
class PartLineView:
    id: int
    seq: int
    part_id: int | None
    code: str  # the catalog code, "" for a free line
    name: str
    spec: str
    origin: str  # catalog.ORIGINS: oem 原廠 / equivalent 同質 / repaired 修復
    unit: str
    quantity: Decimal
    unit_price: Decimal
    amount: Decimal  # zero for a customer-supplied part
    customer_supplied: bool
    payer: Payer | None
    added: bool
    price_mark: str | None = None  # the owner's approval of a price below the catalog's (price_authority.MARKS)
    list_price: Decimal | None = None  # the catalog price the approved price is under
    price_approved_by: str = ""  # the owner who approved it
    free_reason: str = ""  # see LabourLineView
    free_note: str = ""
    free_price: Decimal | None = None
    given_away: Decimal = ZERO
    card_item_id: int | None = None  # see LabourLineView
    card_label: str = ""


@dataclass(frozen=True)
class Totals:
    labour: Decimal
    parts: Decimal
    total: Decimal  # labour + parts, as the prices are quoted
    net: Decimal
    tax: Decimal
    gross: Decimal  # what the customer pays
    tax_rate: Decimal
    prices_include_tax: bool
    outside: Decimal = ZERO  # 外加工 on the estimate (services.sublet); ``total`` includes it
    # Issue 19: the customer's member discount on the estimate's lines (services.member_grades) and what their
    # package cards pay; both come off what the customer pays at settlement.
    member_discount: Decimal = ZERO
    member_grade: str = ""
    card_covered: Decimal = ZERO
    member_rates: tuple[Decimal, Decimal] | None = None  # the grade's (labour, parts) rates: the tab counts live


@dataclass(frozen=True)
class RevisionLine:
    kind: str  # "labour" / "part"
    name: str
    amount: Decimal


@dataclass(frozen=True)
class RevisionView:
    number: int
    created_at: datetime
    created_by: str
    labour_total: Decimal
    parts_total: Decimal
    total: Decimal
    confirmed: bool  # the revision the customer confirmed
    lines: tuple[RevisionLine, ...]


@dataclass(frozen=True)
class EstimateView:
    order_id: int
    order_no: str | None
    status: OrderStatus
    status_label: str
    plate: str
    customer_name: str
    customer_phone: str
    vehicle: str  # make and model
    model_class: str  # "" when none
    coefficient: Decimal  # of the model class, 1 when none
    job_class: JobClass
    payer: Payer
    complaint: str
    diagnosis: str
    labour: tuple[LabourLineView, ...]
    parts: tuple[PartLineView, ...]
    totals: Totals
    notify_above: Decimal | None
    notify_above_default: Decimal
    may_replace_found_parts: bool | None
    promised_at: datetime | None
    original_promised_at: datetime | None
    hourly_rate: Decimal
    hour_unit: HourUnit
    revisions: tuple[RevisionView, ...]  # newest first
    estimated_at: datetime | None
    estimated_by: str
    locked: bool
    confirmed_at: datetime | None
    confirmed_by: str  # the operator who recorded the confirmation
    confirmed_customer: str  # who confirmed for the customer
    confirmed_revision: int | None
    estimate_refusal: str | None  # why the estimate cannot be saved now (English, translatable), or None
    confirm_refusal: str | None


@dataclass(frozen=True)
class WaitingEstimate:
    order_id: int
    order_no: str | None
    status: OrderStatus
    status_label: str
    received_at: datetime | None
    plate: str
    customer_name: str
    complaint: str
    promised_at: datetime | None


# --- checking ----------------------------------------------------------------------------------------------
def _text(value: str, field: str, rule: limits.TextLimit) -> str:
    return rule.check(limits.squeeze(value), field)


def _number(value: str | Decimal, field: str, *, places: int, minimum: Decimal | None = Decimal(0),
            maximum: Decimal | None = None) -> Decimal:
    if isinstance(value, float):
        raise TypeError("estimate numbers are Decimal or text, never float")
    return parse_decimal(value, field=field, places=places, minimum=minimum, maximum=maximum)


def _blank(value: str | Decimal | None) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _labour_line(session: Session, draft: LabourDraft, i: int, defaults: _Defaults) -> LabourLine:
    field = f"labour_lines[{i}]"
    code = _text(catalog.normalise_code(draft.operation_code), f"{field}.operation_code", limits.OPERATION_CODE)
    operation = (session.scalar(select(LabourOperation).where(LabourOperation.code == code)) if code else None)
    name = _text(draft.name, f"{field}.name", limits.LINE_NAME) or (operation.name if operation else "")
    if not name:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "Name the job, or pick it from the catalog."),
                          field=f"{field}.name")
    unit = HourUnit(draft.hour_unit or defaults.hour_unit)
    if _blank(draft.standard_hours) and operation is not None:
        hours = hours_to_units(operation.standard_hours, unit)
    else:
        hours = _number(draft.standard_hours, f"{field}.standard_hours", places=2,
                        maximum=hours_to_units(catalog.MAX_HOURS, unit))
    rate = defaults.rate if _blank(draft.rate) else parse_money(draft.rate, field=f"{field}.rate",
                                                                  maximum=Decimal("99999.99"))
    if _blank(draft.coefficient):
        coefficient = defaults.coefficient
    else:
        coefficient = _number(draft.coefficient, f"{field}.coefficient", places=model_classes.COEFFICIENT_PLACES,
                              minimum=model_classes.MIN_COEFFICIENT, maximum=model_classes.MAX_COEFFICIENT)
    line = LabourLine(operation_code=code, name=name, standard_hours=hours, hour_unit=unit, rate=rate,
                      coefficient=coefficient, amount=labour_amount(hours, rate, coefficient, unit=unit),
                      payer=Payer(draft.payer or defaults.payer), added=False, card_item_id=draft.card_item_id)
    _keep_free(line, draft, field)
    return line


def _keep_free(line: LabourLine | PartLine, draft: LabourDraft | PartDraft, field: str) -> None:
    """A free line saved again stays free at zero, with its reason, note and the price it had."""
    if not draft.free_reason:
        return
    from garage_desktop.domain.free_items import FreeReason

    line.free_reason = FreeReason(draft.free_reason)
    line.free_note = limits.REASON.check(limits.squeeze(draft.free_note), f"{field}.free_note")
    line.free_price = None if _blank(draft.free_price) else parse_money(draft.free_price, field=f"{field}.free_price")
    if isinstance(line, LabourLine):
        line.rate, line.amount = ZERO, ZERO
    else:
        line.unit_price = ZERO


def _part_line(session: Session, draft: PartDraft, i: int, defaults: _Defaults) -> PartLine:
    field = f"part_lines[{i}]"
    part = session.get(Part, draft.part_id) if draft.part_id is not None else None
    if draft.part_id is not None and part is None:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "That part no longer exists."), field=f"{field}.name")
    name = _text(draft.name, f"{field}.name", limits.LINE_NAME) or (part.name if part else "")
    if not name:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "Name the part, or pick it from the catalog."),
                          field=f"{field}.name")
    spec = _text(draft.spec, f"{field}.spec", limits.SPEC) or (part.spec or "" if part else "")
    unit = _text(draft.unit, f"{field}.unit", limits.UNIT) or (part.unit or "" if part else "")
    origin = catalog.parse_origin(draft.origin) if draft.origin.strip() else (part.origin if part else "oem")
    if origin is None:
        raise DomainError(
            QT_TRANSLATE_NOOP("Domain", "\"{text}\" is not an origin: use original, equivalent or repaired."),
            field=f"{field}.origin", text=draft.origin)
    quantity = _number(draft.quantity, f"{field}.quantity", places=QTY_PLACES, maximum=MAX_QTY)
    if quantity <= 0:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "The quantity must be above zero."),
                          field=f"{field}.quantity")
    if _blank(draft.unit_price):
        price = part.sale_price if part is not None else None
        if price is None:
            raise DomainError(QT_TRANSLATE_NOOP("Domain", "Enter the unit price."), field=f"{field}.unit_price")
    else:
        price = parse_money(draft.unit_price, field=f"{field}.unit_price")
    part_line = PartLine(part_id=part.id if part else None, name=name, spec=spec, unit=unit, origin=origin,
                         planned_qty=quantity, unit_price=price, payer=Payer(draft.payer or defaults.payer),
                         customer_supplied=bool(draft.customer_supplied), added=False,
                         card_item_id=draft.card_item_id)
    _keep_free(part_line, draft, field)
    return part_line


@dataclass(frozen=True)
class _Defaults:
    rate: Decimal
    coefficient: Decimal
    hour_unit: HourUnit
    payer: Payer


def _coefficient(order: RepairOrder) -> Decimal:
    vehicle = order.vehicle
    if vehicle is not None and vehicle.model_class is not None:
        return vehicle.model_class.coefficient
    return Decimal(1)


def _line_amount(line: PartLine) -> Decimal:
    return ZERO if line.customer_supplied else part_amount(line.planned_qty, line.unit_price)


def _snapshot(order: RepairOrder, hour_unit: HourUnit, codes: dict[int, str]) -> dict[str, object]:
    """The revision as shown to the customer (the keys of the demo's snapshot, and more)."""
    labour = [{"operation_code": line.operation_code, "name": line.name, "standard_hours": str(line.standard_hours),
               "hour_unit": unit_of(line.hour_unit).value, "rate": str(line.rate), "coefficient": str(line.coefficient), "amount": str(line.amount),
               "payer": line.payer.value if line.payer else None} for line in order.labour_lines if not line.added]
    parts = [{"part_id": line.part_id, "code": codes.get(line.part_id or 0, ""), "name": line.name,
              "spec": line.spec, "unit": line.unit, "origin": line.origin, "planned_qty": str(line.planned_qty),
              "unit_price": str(line.unit_price), "amount": str(_line_amount(line)),
              "customer_supplied": line.customer_supplied, "payer": line.payer.value if line.payer else None}
             for line in order.part_lines if not line.added]
    outside = [{"supplier": line.supplier, "description": line.description, "cost": str(line.cost),
                "charge": str(line.charge), "payer": line.payer.value if line.payer else None}
               for line in order.sublet_lines if not line.added]
    return {"labour": labour, "parts": parts, "outside": outside, "diagnosis": order.diagnosis,
            "hour_unit": hour_unit.value,
            "notify_above": None if order.notify_above is None else str(order.notify_above),
            "may_replace_found_parts": order.may_replace_found_parts,
            "promised_at": order.promised_at.isoformat() if order.promised_at else None}


def _part_codes(session: Session, order: RepairOrder) -> dict[int, str]:
    ids = {line.part_id for line in order.part_lines if line.part_id}
    if not ids:
        return {}
    return dict(session.execute(select(Part.id, Part.code).where(Part.id.in_(ids))).all())


# --- writing -----------------------------------------------------------------------------------------------
def _refuse_if_locked(order: RepairOrder) -> None:
    if order.confirmed_at is not None:
        raise DomainError(LOCKED)
    why = lifecycle.refusal(Event.ESTIMATE, order.status)
    if why is not None:
        raise lifecycle.TransitionRefused(why, status=lifecycle.STATUS_LABELS[order.status])


def _price_authority(session: Session, actor: int | None, order: RepairOrder, labour: list[LabourLine],
                     parts: list[PartLine], hourly_rate: Decimal,
                     approval: OwnerApproval | None) -> tuple[price_authority.Decision, list[PriceBelowList]]:
    """Mark each line below its list (the hourly rate, the catalog price) or at zero with the owner who approved
    it: kept from the line saved before at the same price, else the acting owner or ``approval``'s owner (raises
    ``NeedsOwnerApproval`` without one). The new approvals, for the audit trail."""
    rates, prices = price_authority.approved_on_order(session, order.id)
    new: list[tuple[LabourLine | PartLine, PriceBelowList]] = []
    for i, line in enumerate(labour):
        cut = price_authority.line_cut("labour", i, line.name, line.rate, hourly_rate)
        if cut is not None:
            line.list_price = hourly_rate
            kept = rates.get(line.rate)
            if kept is not None:
                line.price_approved_by_id = kept[0]
            else:
                new.append((line, cut))
    for i, part_line in enumerate(parts):
        part = session.get(Part, part_line.part_id) if part_line.part_id is not None else None
        listed = part.sale_price if part is not None else None
        cut = price_authority.line_cut("part", i, part_line.name, part_line.unit_price, listed,
                                       customer_supplied=part_line.customer_supplied)
        if cut is not None:
            part_line.list_price = listed
            kept = prices.get((part_line.part_id or part_line.name, part_line.unit_price))
            if kept is not None:
                part_line.price_approved_by_id = kept[0]
            else:
                new.append((part_line, cut))
    cuts = [cut for _line, cut in new]
    decision = price_authority.decide(session, actor, cuts, approval)
    for line, _cut in new:
        line.price_approved_by_id = decision.owner_id
    return decision, cuts


def _check_cards(session: Session, order: RepairOrder, labour: list[LabourLine], parts: list[PartLine]) -> None:
    """Issue 19: each line redeemed from a package card may be (services.packages); parts only ride on one."""
    used: dict[int, int] = {}
    for i, line in enumerate(labour):
        if line.card_item_id is not None:
            packages.check_redeemable(session, order, line.card_item_id, line.operation_code, line.payer,
                                      f"labour_lines[{i}].name", reserved_here=used.get(line.card_item_id, 0))
            used[line.card_item_id] = used.get(line.card_item_id, 0) + 1
    for i, part_line in enumerate(parts):
        if part_line.card_item_id is not None:
            packages.check_part_follows(session, part_line.card_item_id, used, f"part_lines[{i}].name")


def save_estimate(session: Session, actor: int | None, order_id: int, draft: EstimateDraft,
                  approval: OwnerApproval | None = None) -> EstimateView:
    """Write (or revise) the estimate: replace the estimate's lines with the draft's, store the customer's
    answers, move the order to ESTIMATED and keep the new revision with its totals and a snapshot. Lines below
    their list price need the owner (``approval``, unless the actor is an owner): ``NeedsOwnerApproval``."""
    operator = permissions.require(session, actor, *ESTIMATORS)
    order = orders.get_order(session, order_id)
    _refuse_if_locked(order)
    settings = garage_settings.load(session)
    now = clock.now()
    defaults = _Defaults(settings.hourly_rate, _coefficient(order), settings.hour_unit, order.payer)

    diagnosis = limits.DIAGNOSIS.check((draft.diagnosis or "").strip(), "diagnosis")
    labour = [_labour_line(session, line, i, defaults) for i, line in enumerate(draft.labour)]
    parts = [_part_line(session, line, i, defaults) for i, line in enumerate(draft.parts)]
    if draft.notify_above is None:
        notify_above = order.notify_above if order.notify_above is not None else settings.notify_above_default
    elif _blank(draft.notify_above):
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "Ask the customer above what amount they must be phoned "
                                                      "first, and enter it."), field="notify_above")
    else:
        notify_above = parse_money(draft.notify_above, field="notify_above")
    promised_at = order.promised_at
    if draft.promised_at is not None:
        promised_at = draft.promised_at.replace(second=0, microsecond=0)
        if promised_at != order.promised_at and promised_at <= now:
            raise DomainError(QT_TRANSLATE_NOOP("Domain", "The promised time must be later than now."),
                              field="promised_at")
    _check_cards(session, order, labour, parts)
    decision, approved = _price_authority(session, actor, order, labour, parts, settings.hourly_rate, approval)

    session.execute(delete(LabourLine).where(LabourLine.order_id == order.id, LabourLine.added.is_(False)))
    session.execute(delete(PartLine).where(PartLine.order_id == order.id, PartLine.added.is_(False)))
    session.expire(order, ["labour_lines", "part_lines"])
    kept_labour, kept_parts = list(order.labour_lines), list(order.part_lines)  # added work, if any
    for seq, line in enumerate([*labour, *kept_labour], start=1):
        line.seq, line.order_id = seq, order.id
    for seq, part_line in enumerate([*parts, *kept_parts], start=1):
        part_line.seq, part_line.order_id = seq, order.id
    session.add_all([*labour, *parts])
    if promised_at != order.promised_at:
        audit.record(session, actor, "promise", "repair_order", order.id, order_id=order.id,
                     before=order.promised_at, after=promised_at)
        orders.set_promise(order, promised_at, now)
    order.diagnosis = diagnosis
    order.notify_above = notify_above
    order.may_replace_found_parts = draft.may_replace_found_parts
    order.holder = operator.name
    orders.transition(session, order, Event.ESTIMATE, actor, at=now)
    session.flush()
    session.expire(order, ["labour_lines", "part_lines"])

    number = (session.scalar(select(EstimateRevision.revision).where(EstimateRevision.order_id == order.id)
                             .order_by(desc(EstimateRevision.revision)).limit(1)) or 0) + 1
    labour_total = total([line.amount for line in labour])
    parts_total = total([_line_amount(line) for line in parts])
    snapshot = _snapshot(order, settings.hour_unit, _part_codes(session, order))
    session.add(EstimateRevision(order_id=order.id, revision=number, labour_total=labour_total,
                                 parts_total=parts_total, snapshot=json.dumps(snapshot, ensure_ascii=False),
                                 created_at=now, created_by_id=actor))
    audit.record(session, actor, "estimate:save", "repair_order", order.id, order_id=order.id,
                 after={"revision": number, "labour_total": labour_total, "parts_total": parts_total,
                        "notify_above": notify_above, "may_replace_found_parts": draft.may_replace_found_parts})
    price_authority.record(session, actor, order.id, decision, approved, where="estimate")
    session.flush()
    return estimate_view(session, order.id)


def is_counter_sale(order: RepairOrder) -> bool:
    """A counter sale: an order with parts and no labour line (nothing to dispatch, repair or inspect)."""
    return not order.labour_lines


NO_LINES = QT_TRANSLATE_NOOP("Domain", "Add at least one labour or part line before the customer confirms.")


def _has_lines(order: RepairOrder) -> bool:
    """Whether the estimate has a line of its own (added work is not the estimate's)."""
    return any(not line.added for line in [*order.labour_lines, *order.part_lines])


def confirm(session: Session, actor: int | None, order_id: int, *, customer_name: str) -> EstimateView:
    """開單: the customer confirms the estimated work order; its prices are locked from now on.

    A counter sale (parts only) is ready for settlement at once (``Event.CONFIRM_COUNTER_SALE``): its parts are
    issued by the store while it waits there, and it never goes through dispatch, repair or final QC."""
    permissions.require(session, actor, *ESTIMATORS)
    order = orders.get_order(session, order_id)
    why = lifecycle.refusal(Event.CONFIRM, order.status)
    if why is not None:
        raise lifecycle.TransitionRefused(why, status=lifecycle.STATUS_LABELS[order.status])
    if not _has_lines(order):
        raise DomainError(NO_LINES, field="lines")
    if order.notify_above is None:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "Ask the customer above what amount they must be phoned "
                                                      "first, and enter it."), field="notify_above")
    if order.may_replace_found_parts is None:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "Ask the customer whether other damaged parts found during "
                                                      "the repair may be replaced."),
                          field="may_replace_found_parts")
    now = clock.now()
    if order.promised_at is None or order.promised_at <= now:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "The promised completion time has passed: agree a new time "
                                                      "with the customer and save the estimate."),
                          field="promised_at")
    name = limits.squeeze(customer_name)
    if not name:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "Enter the name of the person who confirms for the "
                                                      "customer."), field="customer_name")
    limits.CONFIRMED_BY.check(name, "customer_name")
    revision = session.scalar(select(EstimateRevision).where(EstimateRevision.order_id == order.id)
                              .order_by(desc(EstimateRevision.revision)).limit(1))
    counter_sale = is_counter_sale(order)
    orders.transition(session, order, Event.CONFIRM_COUNTER_SALE if counter_sale else Event.CONFIRM, actor, at=now)
    if counter_sale:
        order.ready_at = now
    order.confirmed_customer_name = name
    order.confirmed_revision = revision.revision if revision else None
    audit.record(session, actor, "estimate:confirm", "repair_order", order.id, order_id=order.id,
                 after={"customer_name": name, "revision": revision.revision if revision else None,
                        "labour_total": revision.labour_total if revision else None,
                        "parts_total": revision.parts_total if revision else None})
    session.flush()
    return estimate_view(session, order.id)


# --- reading -----------------------------------------------------------------------------------------------
def _names(session: Session, ids: set[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return dict(session.execute(select(Operator.id, Operator.name).where(Operator.id.in_(wanted))).all())


def _revision_lines(snapshot: str) -> tuple[RevisionLine, ...]:
    """The lines of a stored snapshot; an unreadable one shows no lines rather than failing the screen."""
    try:
        data = json.loads(snapshot or "{}")
        lines = [RevisionLine("labour", str(item["name"]), Decimal(str(item["amount"])))
                 for item in data.get("labour", [])]
        for item in data.get("parts", []):
            amount = item.get("amount")
            if amount is None:  # the demo's snapshots keep quantity and price only
                amount = part_amount(Decimal(str(item["planned_qty"])), Decimal(str(item["unit_price"])))
            lines.append(RevisionLine("part", str(item["name"]), Decimal(str(amount))))
        for item in data.get("outside", []):
            lines.append(RevisionLine("outside", f"{item['description']} ({item['supplier']})",
                                      Decimal(str(item["charge"]))))
        return tuple(lines)
    except (ValueError, KeyError, TypeError, ArithmeticError):
        return ()


def _outside_in(lines: tuple[RevisionLine, ...]) -> Decimal:
    """The outside work (外加工) a revision showed the customer: its total counts it too."""
    return sum((line.amount for line in lines if line.kind == "outside"), ZERO)


def _confirmation(order: RepairOrder) -> tuple[str, int | None]:
    """Who confirmed for the customer, and which revision."""
    return order.confirmed_customer_name or "", order.confirmed_revision


def _free_fields(line: LabourLine | PartLine) -> tuple[str, str, Decimal | None, Decimal]:
    """A line's free reason, note, the price it had and the amount given away (services.free_items)."""
    if line.free_reason is None:
        return "", "", None, ZERO
    from garage_desktop.domain.free_items import labour_given_away, part_given_away

    if isinstance(line, LabourLine):
        value = labour_given_away(line.standard_hours, line.free_price, line.coefficient, unit_of(line.hour_unit))
    else:  # on the estimate: the planned quantity
        value = part_given_away(line.planned_qty, line.free_price)
    return line.free_reason.value, line.free_note or "", line.free_price, value


def _card_and_member(session: Session, order: RepairOrder, labour: tuple[LabourLineView, ...],
                     parts: tuple[PartLineView, ...]) -> tuple[member_grades.MemberDiscount | None, Decimal]:
    """Issue 19: the member discount on the estimate's own lines and what package cards pay of them."""
    own_labour = [replace(line, payer=line.payer or order.payer) for line in labour if not line.added]
    own_parts = [replace(line, payer=line.payer or order.payer) for line in parts if not line.added]
    member = member_grades.member_discount(member_grades.grade_of(session, order.customer_id), own_labour, own_parts)
    redeemed = [_Covered(line.id, line.amount, Payer(line.payer), line.card_item_id) for line in own_labour]
    covered = sum((c.amount for c in packages.covered_lines(session, redeemed, own_parts)), ZERO)
    return member, covered


@dataclass(frozen=True)
class _Covered:
    line_id: int
    amount: Decimal
    payer: Payer
    card_item_id: int | None


def estimate_view(session: Session, order_id: int) -> EstimateView:
    order = orders.get_order(session, order_id)
    settings = garage_settings.load(session)
    codes = _part_codes(session, order)
    approvers = _names(session, {line.price_approved_by_id for line in [*order.labour_lines, *order.part_lines]})
    labour = tuple(LabourLineView(line.id, line.seq, line.operation_code or "", line.name, line.standard_hours,
                                  line.rate, line.coefficient, line.amount, line.payer, line.added,
                                  unit_of(line.hour_unit),
                                  price_authority.mark(line.rate, line.list_price, line.price_approved_by_id,
                                                       labour=True),
                                  line.list_price, approvers.get(line.price_approved_by_id or 0, ""),
                                  *_free_fields(line), card_item_id=line.card_item_id,
                                  card_label=packages.item_label(session, line.card_item_id))
                   for line in order.labour_lines)
    parts = tuple(PartLineView(line.id, line.seq, line.part_id, codes.get(line.part_id or 0, ""), line.name,
                               line.spec or "", line.origin or "oem", line.unit or "", line.planned_qty,
                               line.unit_price, _line_amount(line), line.customer_supplied, line.payer, line.added,
                               price_authority.mark(line.unit_price, line.list_price, line.price_approved_by_id,
                                                    labour=False),
                               line.list_price, approvers.get(line.price_approved_by_id or 0, ""),
                               *_free_fields(line), card_item_id=line.card_item_id,
                               card_label=packages.item_label(session, line.card_item_id))
                  for line in order.part_lines)
    labour_total = total([line.amount for line in labour if not line.added])
    parts_total = total([line.amount for line in parts if not line.added])
    outside_total = total([line.charge for line in order.sublet_lines if not line.added])
    split = split_tax(labour_total + parts_total + outside_total, settings.tax_rate,
                      prices_include_tax=settings.prices_include_tax)
    member, covered = _card_and_member(session, order, labour, parts)
    grade = member_grades.grade_of(session, order.customer_id)
    totals = Totals(labour_total, parts_total, labour_total + parts_total + outside_total, split.net, split.tax,
                    split.gross, settings.tax_rate, settings.prices_include_tax, outside_total,
                    member.amount if member else ZERO, grade.name if grade else "", covered,
                    (grade.labour_discount, grade.parts_discount) if grade else None)

    stored = list(session.scalars(select(EstimateRevision).where(EstimateRevision.order_id == order.id)
                                  .order_by(desc(EstimateRevision.revision))))
    names = _names(session, {r.created_by_id for r in stored} | {order.estimated_by_id, order.confirmed_by_id})
    locked = order.confirmed_at is not None or order.status not in OPEN
    confirmed_customer, confirmed_revision = ("", None)
    if order.confirmed_at is not None:
        confirmed_customer, confirmed_revision = _confirmation(order)
        if confirmed_revision is None and stored:
            confirmed_revision = stored[0].revision
    revisions = tuple(RevisionView(r.revision, r.created_at, names.get(r.created_by_id or 0, ""), r.labour_total,
                                   r.parts_total, r.labour_total + r.parts_total + _outside_in(lines),
                                   r.revision == confirmed_revision, lines)
                      for r in stored for lines in (_revision_lines(r.snapshot),))

    vehicle, customer = order.vehicle, order.customer
    model_class = vehicle.model_class if vehicle else None
    estimate_refusal = LOCKED if order.confirmed_at is not None else lifecycle.refusal(Event.ESTIMATE, order.status)
    return EstimateView(
        order.id, order.order_no, order.status, lifecycle.STATUS_LABELS[order.status],
        vehicle.plate if vehicle else "", customer.name if customer else "", customer.phone if customer else "",
        " ".join(p for p in ((vehicle.make, vehicle.model) if vehicle else ()) if p),
        model_class.name if model_class else "", _coefficient(order), order.job_class, order.payer,
        order.complaint or "", order.diagnosis or "", labour, parts, totals, order.notify_above,
        settings.notify_above_default, order.may_replace_found_parts, order.promised_at, order.original_promised_at,
        settings.hourly_rate, settings.hour_unit, revisions, order.estimated_at,
        names.get(order.estimated_by_id or 0, ""), locked, order.confirmed_at,
        names.get(order.confirmed_by_id or 0, ""), confirmed_customer, confirmed_revision, estimate_refusal,
        lifecycle.refusal(Event.CONFIRM, order.status) or (None if _has_lines(order) else NO_LINES))


def waiting(session: Session) -> list[WaitingEstimate]:
    """Orders at this stage (received, or estimated and not yet confirmed), the longest waiting first."""
    stmt = (select(RepairOrder.id, RepairOrder.order_no, RepairOrder.status, RepairOrder.received_at,
                   Vehicle.plate, Customer.name, RepairOrder.complaint, RepairOrder.promised_at)
            .outerjoin(Vehicle, Vehicle.id == RepairOrder.vehicle_id)
            .outerjoin(Customer, Customer.id == RepairOrder.customer_id)
            .where(RepairOrder.status.in_([OrderStatus.RECEIVED, OrderStatus.ESTIMATED]))
            .order_by(RepairOrder.received_at, RepairOrder.id))
    return [WaitingEstimate(oid, no, status, lifecycle.STATUS_LABELS[status], received_at, plate or "", name or "",
                            complaint or "", promised_at)
            for oid, no, status, received_at, plate, name, complaint, promised_at in session.execute(stmt)]
