"""Every free text a service stores has a length limit, declared once in ``domain.limits``: a text at the limit is
kept, one character more is refused with the field named (the window shows it there and keeps what was typed)
and nothing is written. Each rule is tried through a service that stores it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from typing import Any

import pytest

from garage_desktop.db.engine import Database
from garage_desktop.db.models import RepairOrder
from garage_desktop.domain import limits
from garage_desktop.domain.classes import BodyView, DamageKind, Role
from garage_desktop.domain.limits import TextLimit
from garage_desktop.domain.qc import Result
from garage_desktop.domain.text import DomainError
from garage_desktop.services import (
    added_work,
    appointments,
    catalog,
    checkout,
    clock,
    customers,
    delivery,
    estimate,
    followup,
    intake,
    model_classes,
    operators,
    picking_actions,
    qc,
    settings,
    stock,
    work_order,
)
from garage_desktop.services.catalog import OperationDraft, PartDraft
from garage_desktop.services.estimate import LabourDraft
from garage_desktop.services.estimate import PartDraft as LineDraft
from garage_desktop.services.intake import DamageMarkInput
from garage_desktop.services.qc_view import ItemAnswer
from tests.integration import test_added_work as added_helpers
from tests.integration import test_appointments as booking_helpers
from tests.integration import test_checkout as checkout_helpers
from tests.integration import test_estimate as estimate_helpers
from tests.integration import test_followup as followup_helpers
from tests.integration import test_intake as intake_helpers
from tests.integration import test_picking as picking_helpers
from tests.integration import test_qc as qc_helpers
from tests.integration import test_work_order as work_helpers

Attempt = Callable[[Database, dict[Role, int], str], Any]


def run(db: Database, function: Callable[..., Any], actor: int | None, *args: Any, **kwargs: Any) -> Any:
    with db.session_scope() as session:
        return function(session, actor, *args, **kwargs)


# --- intake: customer, vehicle, the visit -------------------------------------------------------------------
def _receive(db: Database, people: dict[Role, int], **changes: Any) -> Any:
    clock.set_fixed(intake_helpers.NOW)
    form = intake_helpers.walk_in()
    customer = {k[9:]: v for k, v in changes.items() if k.startswith("customer_")}
    vehicle = {k[8:]: v for k, v in changes.items() if k.startswith("vehicle_")}
    visit = {k: v for k, v in changes.items() if not k.startswith(("customer_", "vehicle_"))}
    plate = f"粵A{next(_plates):05d}"
    form = replace(form, customer=replace(form.customer, **customer),
                   vehicle=replace(form.vehicle, plate=plate, vin="", **vehicle), **visit)
    return run(db, intake.receive, people[Role.ADVISOR], form)


_plates = iter(range(10000, 99999))


def _damage_note(db: Database, people: dict[Role, int], text: str) -> Any:
    return _receive(db, people, damage_marks=(DamageMarkInput(BodyView.LEFT, 500, 500, DamageKind.SCRATCH, text),))


# --- estimate -----------------------------------------------------------------------------------------------
def _estimate(db: Database, people: dict[Role, int], **changes: Any) -> estimate.EstimateView:
    clock.set_fixed(estimate_helpers.NOW)
    advisor = people[Role.ADVISOR]
    order_id = estimate_helpers.make_order(db, advisor, plate=f"粵A{next(_plates):05d}")
    the_draft = estimate.EstimateDraft(labour=(LabourDraft(name="檢查異響", standard_hours="1", rate="100"),),
                                       notify_above="500", may_replace_found_parts=True)
    return run(db, estimate.save_estimate, advisor, order_id, replace(the_draft, **changes))


def _line(db: Database, people: dict[Role, int], **line: str) -> Any:
    return _estimate(db, people, parts=(replace(LineDraft(name="剎車清潔劑", quantity="1", unit_price="18.50"),
                                                **line),))


def _confirmed_by(db: Database, people: dict[Role, int], text: str) -> Any:
    saved = _estimate(db, people)
    return run(db, estimate.confirm, people[Role.ADVISOR], saved.order_id, customer_name=text)


# --- work ticket and added work -------------------------------------------------------------------------------
def _dispatch(db: Database, people: dict[Role, int], team: str) -> Any:
    clock.set_fixed(work_helpers.NOW)
    order_id = work_helpers.make_confirmed_order(db)
    line = work_helpers.line_ids(db, order_id)[0]
    return run(db, work_order.dispatch, people[Role.FOREMAN], order_id, line, team, None)


def _propose(db: Database, people: dict[Role, int], description: str) -> added_work.ProposalResult:
    clock.set_fixed(added_helpers.NOW)
    order_id = added_helpers.in_repair(db, people)
    proposal = added_work.Proposal(description, labour=(added_work.AddedLabour("0.5", name="更換空調濾芯"),))
    return run(db, added_work.propose, people[Role.INSPECTOR], order_id, proposal)


def _answered_by(db: Database, people: dict[Role, int], name: str) -> Any:
    proposed = _propose(db, people, "空調濾芯髒污，建議更換")
    return run(db, added_work.record_answer, people[Role.ADVISOR], proposed.approval_id, added_helpers.NOW,
               "phone", name, True)


def _extra_part(db: Database, people: dict[Role, int], reason: str) -> Any:
    clock.set_fixed(picking_helpers.NOW)
    pads = picking_helpers.add_part(db, people, f"BP-{next(_plates)}", "前剎車片", on_hand="5", sale="380.00")
    order_id = picking_helpers.stocked_order(db, [(pads, "2")])
    return run(db, picking_actions.request_extra, people[Role.STORE], order_id, pads, "1", reason)


# --- final QC --------------------------------------------------------------------------------------------------
def _qc_form(db: Database, order_id: int, **changes: Any) -> qc.QcForm:
    return replace(qc_helpers.full_form(qc_helpers.view_of(db, order_id)), **changes)


def _qc_item_note(db: Database, people: dict[Role, int], note: str) -> Any:
    clock.set_fixed(qc_helpers.NOW)
    order_id = qc_helpers.make_qc_order(db)
    form = _qc_form(db, order_id)
    items = (ItemAnswer(form.items[0].key, Result.PASS, note), *form.items[1:])
    return run(db, qc.pass_qc, people[Role.INSPECTOR], order_id, replace(form, items=items))


def _qc_remarks(db: Database, people: dict[Role, int], remarks: str) -> Any:
    clock.set_fixed(qc_helpers.NOW)
    order_id = qc_helpers.make_qc_order(db)
    return run(db, qc.pass_qc, people[Role.INSPECTOR], order_id, _qc_form(db, order_id, remarks=remarks))


def _rework_note(db: Database, people: dict[Role, int], note: str) -> Any:
    clock.set_fixed(qc_helpers.NOW)
    order_id = qc_helpers.make_qc_order(db)
    view = qc_helpers.view_of(db, order_id)
    form = qc_helpers.full_form(view, fail=(view.lines[0].key,))
    return run(db, qc.fail_qc, people[Role.INSPECTOR], order_id, form, rework_note=note)


def _new_damage(db: Database, people: dict[Role, int], note: str) -> qc.QcView:
    clock.set_fixed(qc_helpers.NOW)
    order_id = qc_helpers.make_qc_order(db)
    mark = DamageMarkInput(BodyView.FRONT, 400, 400, DamageKind.DENT, note)
    return run(db, qc.add_new_damage, people[Role.INSPECTOR], order_id, mark)


def _damage_resolved(db: Database, people: dict[Role, int], note: str) -> Any:
    view = _new_damage(db, people, "新凹陷")
    new = next(mark for mark in view.damage if mark.found_at == "qc")
    return run(db, qc.resolve_new_damage, people[Role.INSPECTOR], view.order_id, new.id, note)


# --- settlement, delivery, follow-up ------------------------------------------------------------------------
def _discount(db: Database, people: dict[Role, int], reason: str) -> Any:
    clock.set_fixed(checkout_helpers.NOW)
    order_id = checkout_helpers.make_ready_order(db)
    return run(db, checkout.add_discount, people[Role.CASHIER], order_id, "10", reason)


def _payment_note(db: Database, people: dict[Role, int], note: str) -> Any:
    clock.set_fixed(checkout_helpers.NOW)
    order_id = checkout_helpers.make_ready_order(db)
    return run(db, checkout.take_payment, people[Role.CASHIER], order_id, "cash", "10", note=note)


def _postponed(db: Database, people: dict[Role, int], text: str) -> Any:
    clock.set_fixed(checkout_helpers.NOW)
    order_id = checkout_helpers.make_ready_order(db, payer=checkout_helpers.Payer.WARRANTY)
    run(db, checkout.settle, people[Role.CASHIER], order_id)
    return run(db, delivery.deliver, people[Role.ADVISOR], order_id, delivery.Handover(postponed=(text,)))


def _call(db: Database, people: dict[Role, int], **texts: str) -> followup.CallResult:
    clock.set_fixed(followup_helpers.NOW)
    _customer, car = followup_helpers.make_car(db)
    order_id = followup_helpers.make_order(db, car)
    return run(db, followup.record_call, people[Role.ADVISOR], order_id, True, 4, **texts)


def _resolution(db: Database, people: dict[Role, int], text: str) -> Any:
    called = _call(db, people, complaint="剎車仍有異響")
    return run(db, followup.resolve_complaint, people[Role.ADVISOR], called.follow_up_id, text)


# --- bookings, orders, stock, catalogs, people, the garage ---------------------------------------------------
def _book(db: Database, people: dict[Role, int], **changes: str) -> Any:
    clock.set_fixed(booking_helpers.NOW)
    return run(db, appointments.book, people[Role.ADVISOR], booking_helpers.form(booking_helpers.at(10), **changes))


def _cancel(db: Database, people: dict[Role, int], reason: str) -> Any:
    booked = _book(db, people)
    return run(db, appointments.cancel, people[Role.ADVISOR], booked.appointment.order_id, reason)


def _stock_part(db: Database, people: dict[Role, int]) -> int:
    clock.set_fixed(picking_helpers.NOW)
    return picking_helpers.add_part(db, people, f"OF-{next(_plates)}", "機油濾清器", on_hand="3", sale="45.00")


def _adjust(db: Database, people: dict[Role, int], reason: str) -> Any:
    return run(db, stock.adjust, people[Role.STORE], _stock_part(db, people), "1", reason)


def _receive_stock(db: Database, people: dict[Role, int], *, supplier: str = "廣州汽配", note: str = "") -> Any:
    part_id = _stock_part(db, people)
    return run(db, stock.receive, people[Role.STORE], supplier, [stock.ReceiptLine(part_id, "2")], note)


def _operation(db: Database, people: dict[Role, int], **changes: str) -> Any:
    draft = replace(OperationDraft(f"OP{next(_plates)}", "四輪定位", "底盤", "1"), **changes)
    return run(db, catalog.save_operation, people[Role.OWNER], None, draft)


def _part(db: Database, people: dict[Role, int], **changes: str) -> Any:
    draft = replace(PartDraft(f"P{next(_plates)}", "空氣濾清器", sale_price="88.00", origin="oem"), **changes)
    return run(db, catalog.save_part, people[Role.OWNER], None, draft)


def _model_class(db: Database, people: dict[Role, int], *, name: str = "", note: str = "") -> Any:
    return run(db, model_classes.save_class, people[Role.OWNER], None, name or f"車型 {next(_plates)}",
               Decimal("1.2"), note)


def _operator(db: Database, people: dict[Role, int], *, name: str = "", team: str = "") -> Any:
    return run(db, operators.save_operator, people[Role.OWNER], None, name or f"技師{next(_plates)}", Role.FOREMAN,
               team=team)


def _garage(db: Database, people: dict[Role, int], **changes: str) -> Any:
    with db.session_scope() as session:
        current = settings.load(session)
        return settings.save(session, people[Role.OWNER], replace(current, **changes))


# (rule, field the refusal names, how to store a text)
CASES: list[tuple[TextLimit, str, Attempt]] = [
    (limits.CUSTOMER_NAME, "name", lambda db, p, t: _receive(db, p, customer_name=t)),
    (limits.ADDRESS, "address", lambda db, p, t: _receive(db, p, customer_address=t)),
    (limits.CUSTOMER_NOTE, "note", lambda db, p, t: _receive(db, p, customer_note=t)),
    (limits.MAKE, "make", lambda db, p, t: _receive(db, p, vehicle_make=t)),
    (limits.MODEL, "model", lambda db, p, t: _receive(db, p, vehicle_model=t)),
    (limits.COLOUR, "colour", lambda db, p, t: _receive(db, p, vehicle_colour=t)),
    (limits.COMPLAINT, "complaint", lambda db, p, t: _receive(db, p, complaint=t)),
    (limits.ITEMS_LEFT, "items_left", lambda db, p, t: _receive(db, p, items_left=t)),
    (limits.INTAKE_NOTES, "notes", lambda db, p, t: _receive(db, p, notes=t)),
    (limits.DAMAGE_NOTE, "damage_marks", _damage_note),
    (limits.DIAGNOSIS, "diagnosis", lambda db, p, t: _estimate(db, p, diagnosis=t)),
    (limits.OPERATION_CODE, "labour_lines[0].operation_code",
     lambda db, p, t: _estimate(db, p, labour=(LabourDraft(t, "檢查", "1", "100"),))),
    (limits.LINE_NAME, "part_lines[0].name", lambda db, p, t: _line(db, p, name=t)),
    (limits.SPEC, "part_lines[0].spec", lambda db, p, t: _line(db, p, spec=t)),
    (limits.UNIT, "part_lines[0].unit", lambda db, p, t: _line(db, p, unit=t)),
    (limits.CONFIRMED_BY, "customer_name", _confirmed_by),
    (limits.TEAM, "team", _dispatch),
    (limits.ADDED_WORK, "description", _propose),
    (limits.ANSWERED_BY, "answered_by", _answered_by),
    (limits.EXTRA_PART_REASON, "reason", _extra_part),
    (limits.QC_NOTE, "items", _qc_item_note),
    (limits.QC_REMARKS, "remarks", _qc_remarks),
    (limits.REWORK_NOTE, "rework_note", _rework_note),
    (limits.DAMAGE_NOTE, "damage", _new_damage),
    (limits.DAMAGE_RESOLVED, "resolved_note", _damage_resolved),
    (limits.REASON, "reason", _discount),
    (limits.REASON, "reason", _cancel),
    (limits.REASON, "reason", _adjust),
    (limits.PAYMENT_NOTE, "note", _payment_note),
    (limits.POSTPONED, "postponed", _postponed),
    (limits.FOLLOW_UP_REMARKS, "remarks", lambda db, p, t: _call(db, p, remarks=t)),
    (limits.FOLLOW_UP_COMPLAINT, "complaint", lambda db, p, t: _call(db, p, complaint=t)),
    (limits.RESOLUTION, "resolution", _resolution),
    (limits.CONTACT_NAME, "contact_name", lambda db, p, t: _book(db, p, contact_name=t)),
    (limits.BOOKING_NOTE, "note", lambda db, p, t: _book(db, p, note=t)),
    (limits.SUPPLIER, "supplier", lambda db, p, t: _receive_stock(db, p, supplier=t)),
    (limits.RECEIPT_NOTE, "note", lambda db, p, t: _receive_stock(db, p, note=t)),
    (limits.CATALOG_OPERATION_NAME, "name", lambda db, p, t: _operation(db, p, name=t)),
    (limits.CATEGORY, "category", lambda db, p, t: _operation(db, p, category=t)),
    (limits.PART_CODE, "code", lambda db, p, t: _part(db, p, code=t)),
    (limits.PART_NAME, "name", lambda db, p, t: _part(db, p, name=t)),
    (limits.BIN_LOCATION, "bin_location", lambda db, p, t: _part(db, p, bin_location=t)),
    (limits.MODEL_CLASS_NAME, "name", lambda db, p, t: _model_class(db, p, name=t)),
    (limits.MODEL_CLASS_NOTE, "note", lambda db, p, t: _model_class(db, p, note=t)),
    (limits.OPERATOR_NAME, "name", lambda db, p, t: _operator(db, p, name=t)),
    (limits.TEAM, "team", lambda db, p, t: _operator(db, p, team=t)),
    (limits.GARAGE_NAME, "garage_name", lambda db, p, t: _garage(db, p, garage_name=t)),
    (limits.GARAGE_ADDRESS, "garage_address", lambda db, p, t: _garage(db, p, garage_address=t)),
    (limits.GARAGE_PHONE, "garage_phone", lambda db, p, t: _garage(db, p, garage_phone=t)),
    (limits.LICENCE_NO, "licence_no", lambda db, p, t: _garage(db, p, licence_no=t)),
    (limits.TAX_ID, "tax_id", lambda db, p, t: _garage(db, p, tax_id=t)),
    (limits.BACKUP_FOLDER, "backup_folder", lambda db, p, t: _garage(db, p, backup_folder=t)),
]
NAMES = {id(rule): name for name, rule in limits.every_limit().items()}


def _case_id(case: tuple[TextLimit, str, Attempt]) -> str:
    rule, field, attempt = case
    return f"{NAMES[id(rule)]}-{field}-{getattr(attempt, '__name__', '')}".replace("<lambda>", "")


@pytest.mark.parametrize(("rule", "field", "attempt"), CASES, ids=[_case_id(c) for c in CASES])
def test_a_text_at_the_limit_is_kept_and_a_longer_one_refused_at_its_field(
        db: Database, people: dict[Role, int], rule: TextLimit, field: str, attempt: Attempt) -> None:
    with pytest.raises(DomainError) as refused:
        attempt(db, people, "長" * (rule.limit + 1))
    assert refused.value.field == field
    assert refused.value.params == {"what": rule.what, "limit": rule.limit, "length": rule.limit + 1}
    attempt(db, people, "長" * rule.limit)  # exactly at the limit: kept


def test_every_declared_limit_is_enforced_by_a_service() -> None:
    """A limit declared and never checked protects nothing: each one is tried above."""
    tried = {id(rule) for rule, _field, _attempt in CASES}
    untried = sorted(name for name, rule in limits.every_limit().items()
                     if id(rule) not in tried and rule is not limits.PHONE)
    assert not untried, f"limits no test tries through a service: {untried}"


def test_a_2000_character_complaint_is_refused_and_nothing_is_written(db: Database, people: dict[Role, int]) -> None:
    """The issue's case: a complaint of 2,000 characters is refused beside the complaint field, with the limit
    and the length in the message, and no customer, car or order is created."""
    before = intake_helpers._rows(db)
    with pytest.raises(DomainError) as refused:
        _receive(db, people, complaint="發動機異響" * 400)
    assert refused.value.field == "complaint"
    assert refused.value.english() == "The complaint can be at most 500 characters (2000 now)."
    assert intake_helpers._rows(db) == before
    assert _receive(db, people, complaint="發" * limits.COMPLAINT.limit).order_no


def test_a_phone_number_is_bounded_by_its_own_rule(db: Database, people: dict[Role, int]) -> None:
    """A phone number is digits (at most 20 of them) before it is text: longer is refused at the field, and the
    longest accepted fits the column (``limits.PHONE``)."""
    with pytest.raises(DomainError) as refused:
        _receive(db, people, customer_phone="1" * (limits.PHONE.limit + 1))
    assert refused.value.field == "phone"
    result = _receive(db, people, customer_phone="+" + "8" * 20)
    with db.session_scope() as session:
        customer_id = session.get(RepairOrder, result.order_id).customer_id
        phone = customers.customer_details(session, customer_id).phone
    assert phone == "+" + "8" * 20 and len(phone) <= limits.PHONE.limit


def test_the_limits_fit_the_database_columns() -> None:
    """A limit above its column's size would let a server database refuse the text with a crash."""
    from garage_desktop.db import models as m

    columns = {
        limits.CUSTOMER_NAME: m.Customer.name, limits.PHONE: m.Customer.phone, limits.ADDRESS: m.Customer.address,
        limits.MAKE: m.Vehicle.make, limits.MODEL: m.Vehicle.model, limits.COLOUR: m.Vehicle.colour,
        limits.DAMAGE_NOTE: m.DamageMark.note, limits.DAMAGE_RESOLVED: m.DamageMark.resolved_note,
        limits.CONTACT_NAME: m.Appointment.contact_name, limits.BOOKING_NOTE: m.Appointment.note,
        limits.REASON: m.RepairOrder.cancel_reason, limits.OPERATION_CODE: m.LabourLine.operation_code,
        limits.LINE_NAME: m.PartLine.name, limits.SPEC: m.PartLine.spec, limits.UNIT: m.PartLine.unit,
        limits.CONFIRMED_BY: m.RepairOrder.confirmed_customer_name, limits.TEAM: m.LabourLine.team,
        limits.ANSWERED_BY: m.Approval.answered_by, limits.PAYMENT_NOTE: m.Payment.note,
        limits.SUPPLIER: m.Part.supplier, limits.CATALOG_OPERATION_NAME: m.LabourOperation.name,
        limits.CATEGORY: m.LabourOperation.category, limits.PART_CODE: m.Part.code, limits.PART_NAME: m.Part.name,
        limits.BIN_LOCATION: m.Part.bin_location, limits.MODEL_CLASS_NAME: m.ModelClass.name,
        limits.MODEL_CLASS_NOTE: m.ModelClass.note, limits.OPERATOR_NAME: m.Operator.name,
    }
    too_long = [f"{NAMES[id(rule)]}: {rule.limit} > {column}" for rule, column in columns.items()
                if column.type.length is not None and rule.limit > column.type.length]
    assert not too_long
    # A stock receipt's supplier and note are kept together as the movement's reason.
    assert limits.SUPPLIER.limit + 1 + limits.RECEIPT_NOTE.limit <= m.StockMovement.reason.type.length


def test_the_refusal_names_the_text_and_is_translated() -> None:
    error = limits.COMPLAINT.refusal("complaint", 501)
    assert error.field == "complaint"
    assert error.english() == "The complaint can be at most 500 characters (501 now)."
    assert limits.COMPLAINT.check("x" * 500, "complaint") == "x" * 500
