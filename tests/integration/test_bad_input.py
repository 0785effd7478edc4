"""Issue 13, bad input reaching the database: each service refuses it once, beside its field, with a message.

Control characters in any free text (every declared text limit is tried, the way ``test_text_limits`` stores
each one), ambiguous commas, NaN / Infinity and more decimals than are stored in money, quantities and hours,
an absurd QC reading, and digits that are not ASCII in the mileage."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from garage_desktop.db.engine import Database
from garage_desktop.db.models import Discount, LabourLine, PartLine, Payment, RepairOrder
from garage_desktop.domain import limits
from garage_desktop.domain.classes import Role
from garage_desktop.domain.limits import TextLimit
from garage_desktop.domain.text import DomainError
from garage_desktop.services import checkout, clock, delivery, intake, qc, stock
from garage_desktop.services import settings as garage_settings
from garage_desktop.services.estimate import LabourDraft
from garage_desktop.services.estimate import PartDraft as LineDraft
from tests.integration import test_checkout as checkout_helpers
from tests.integration import test_intake as intake_helpers
from tests.integration import test_qc as qc_helpers
from tests.integration.test_text_limits import CASES, Attempt, _case_id, _estimate, _line, _receive, run

MULTILINE = {rule for rule, _field, _attempt in CASES if rule.multiline}


# --- control characters in free text --------------------------------------------------------------------------
@pytest.mark.parametrize(("rule", "field", "attempt"), CASES, ids=[_case_id(c) for c in CASES])
def test_a_nul_in_any_free_text_is_refused_at_its_field(db: Database, people: dict[Role, int], rule: TextLimit,
                                                        field: str, attempt: Attempt) -> None:
    """The attack's case: a NUL inside the text (not at its ends, which are trimmed) is refused with its position,
    whatever the service; a tab likewise (decision: refused, not turned into a space)."""
    with pytest.raises(DomainError) as refused:
        attempt(db, people, "前\x00後")
    assert refused.value.field == field
    assert refused.value.message == limits.CONTROL
    assert refused.value.params == {"what": rule.what, "code": "U+0000", "position": 2}
    with pytest.raises(DomainError) as refused:
        attempt(db, people, "前\t後")
    assert refused.value.field == field and refused.value.params["code"] == "U+0009"


@pytest.mark.parametrize(("rule", "field", "attempt"), CASES, ids=[_case_id(c) for c in CASES])
def test_a_line_break_is_kept_in_a_text_of_several_lines_and_refused_in_one_line(
        db: Database, people: dict[Role, int], rule: TextLimit, field: str, attempt: Attempt) -> None:
    if rule.multiline:
        attempt(db, people, "第一行\n第二行")  # kept
        with pytest.raises(DomainError) as refused:
            attempt(db, people, "第一行\r\n第二行")  # a carriage return is a control character like any other
        assert refused.value.field == field and refused.value.params["code"] == "U+000D"
    else:
        with pytest.raises(DomainError) as refused:
            attempt(db, people, "第一行\n第二行")
        assert refused.value.field == field
        assert refused.value.message == limits.ONE_LINE and refused.value.params["position"] == 4


@pytest.mark.parametrize("text", ["\x1b[31m", "a\x7fb", "a\x85b", "a\u2028b", "a\ud800b"])
def test_escape_del_c1_line_separators_and_lone_surrogates_are_refused(db: Database, people: dict[Role, int],
                                                                       text: str) -> None:
    with pytest.raises(DomainError) as refused:
        _receive(db, people, complaint=text)
    assert refused.value.field == "complaint"


def test_the_texts_written_on_several_lines_are_those_the_window_shows_in_a_box() -> None:
    assert {rule.what for rule in MULTILINE} == {"The complaint", "The diagnosis", "The call notes", "The resolution"}


def test_a_plate_with_a_nul_is_refused_and_nothing_is_written(db: Database, people: dict[Role, int]) -> None:
    clock.set_fixed(intake_helpers.NOW)
    form = intake_helpers.walk_in()
    form = replace(form, vehicle=replace(form.vehicle, plate="粵A1\x002345"))
    before = intake_helpers._rows(db)
    with pytest.raises(DomainError) as refused:
        run(db, intake.receive, people[Role.ADVISOR], form)
    assert refused.value.field == "plate"
    assert intake_helpers._rows(db) == before


# --- money and quantities: commas, NaN, Infinity, decimals -----------------------------------------------------
def _part_lines(db: Database) -> list[tuple[Decimal, Decimal]]:
    with db.session_scope() as session:
        return [(line.planned_qty, line.unit_price) for line in session.scalars(select(PartLine))]


@pytest.mark.parametrize("typed", ["12,50", "1,25", "1,2500", "12,50.5", "１２,５０"])
def test_a_comma_that_is_not_a_thousands_separator_is_refused_as_ambiguous(db: Database, people: dict[Role, int],
                                                                          typed: str) -> None:
    """"12,50" was read as 1250: now the estimate refuses it beside the price (and the quantity) and says why."""
    with pytest.raises(DomainError) as refused:
        _line(db, people, unit_price=typed)
    assert refused.value.field == "part_lines[0].unit_price"
    assert "ambiguous" in refused.value.english()
    with pytest.raises(DomainError) as refused:
        _line(db, people, quantity=typed)
    assert refused.value.field == "part_lines[0].quantity"
    assert _part_lines(db) == []


def test_thousands_commas_and_full_width_digits_are_read(db: Database, people: dict[Role, int]) -> None:
    _line(db, people, unit_price="1,250.50", quantity="２")
    _line(db, people, unit_price="１,２５０")
    assert sorted(_part_lines(db)) == [(Decimal(1), Decimal("1250.00")), (Decimal(2), Decimal("1250.50"))]


def test_a_payment_of_12_comma_50_is_refused_not_taken_as_1250(db: Database, people: dict[Role, int]) -> None:
    clock.set_fixed(checkout_helpers.NOW)
    order_id = checkout_helpers.make_ready_order(db)
    cashier = people[Role.CASHIER]
    with pytest.raises(DomainError) as refused:
        run(db, checkout.take_payment, cashier, order_id, "cash", "12,50")
    assert refused.value.field == "amount" and "ambiguous" in refused.value.english()
    paid = run(db, checkout.take_payment, cashier, order_id, "cash", "820", "1,250")  # a thousands comma is read
    assert (paid.amount, paid.tendered, paid.change) == (Decimal("820.00"), Decimal("1250.00"), Decimal("430.00"))


def _payments(db: Database) -> int:
    with db.session_scope() as session:
        return (session.scalar(select(func.count()).select_from(Payment))
                + session.scalar(select(func.count()).select_from(Discount)))


@pytest.mark.parametrize("amount", [Decimal("NaN"), Decimal("sNaN"), Decimal("Infinity"), Decimal("-Infinity"),
                                    Decimal("0.001"), Decimal("10.005"), Decimal("1E+30")])
def test_money_given_as_a_decimal_is_checked_like_typed_money(db: Database, people: dict[Role, int],
                                                             amount: Decimal) -> None:
    """A script hands the services Decimals: NaN, Infinity and a third decimal place (more than 分) are refused
    beside the field, never rounded and never a crash in the database layer."""
    clock.set_fixed(checkout_helpers.NOW)
    order_id = checkout_helpers.make_ready_order(db)
    cashier = people[Role.CASHIER]
    for action, field in ((lambda: run(db, checkout.take_payment, cashier, order_id, "cash", amount), "amount"),
                          (lambda: run(db, checkout.take_payment, cashier, order_id, "cash", Decimal(10), amount),
                           "tendered"),
                          (lambda: run(db, checkout.add_discount, cashier, order_id, amount, "老客戶"), "amount")):
        with pytest.raises(DomainError) as refused:
            action()
        assert refused.value.field == field
    assert _payments(db) == 0


def test_a_claim_amount_of_nan_is_refused(db: Database, people: dict[Role, int]) -> None:
    clock.set_fixed(checkout_helpers.NOW)
    order_id = checkout_helpers.make_ready_order(db, payer=checkout_helpers.Payer.CLAIM)
    with pytest.raises(DomainError) as refused:
        run(db, checkout.set_claim_approved, people[Role.CASHIER], order_id, Decimal("NaN"))
    assert refused.value.field == "claim_approved"


@pytest.mark.parametrize(("name", "value"), [("hourly_rate", Decimal("NaN")), ("hourly_rate", Decimal("Infinity")),
                                             ("hourly_rate", Decimal("100.001")),
                                             ("notify_above_default", Decimal("sNaN")),
                                             ("tax_rate", Decimal("NaN")), ("tax_rate", Decimal("0.12345"))])
def test_settings_refuse_nan_infinity_and_extra_decimals(db: Database, people: dict[Role, int], name: str,
                                                         value: Decimal) -> None:
    with db.session_scope() as session:
        current = garage_settings.load(session)
    with pytest.raises(DomainError) as refused, db.session_scope() as session:
        garage_settings.save(session, people[Role.OWNER], replace(current, **{name: value}))
    assert refused.value.field == name


@pytest.mark.parametrize(("changes", "field"), [
    ({"standard_hours": Decimal("NaN")}, "labour_lines[0].standard_hours"),
    ({"standard_hours": Decimal("0.001")}, "labour_lines[0].standard_hours"),
    ({"rate": Decimal("Infinity")}, "labour_lines[0].rate"),
    ({"rate": Decimal("100.001")}, "labour_lines[0].rate"),
    ({"coefficient": Decimal("NaN")}, "labour_lines[0].coefficient"),
])
def test_estimate_hours_rates_and_coefficients_given_as_decimals_are_checked(
        db: Database, people: dict[Role, int], changes: dict[str, Decimal], field: str) -> None:
    with pytest.raises(DomainError) as refused:
        _estimate(db, people, labour=(replace(LabourDraft(name="檢查", standard_hours="1", rate="100"), **changes),))
    assert refused.value.field == field
    with db.session_scope() as session:
        assert session.scalar(select(func.count()).select_from(LabourLine)) == 0


@pytest.mark.parametrize(("quantity", "field"), [(Decimal("NaN"), "part_lines[0].quantity"),
                                                 (Decimal("0.0001"), "part_lines[0].quantity"),
                                                 ("1e3", "part_lines[0].quantity")])
def test_part_quantities_keep_three_decimals_at_most(db: Database, people: dict[Role, int], quantity: object,
                                                     field: str) -> None:
    with pytest.raises(DomainError) as refused:
        _estimate(db, people, parts=(LineDraft(name="機油", quantity=quantity, unit_price="50"),))  # type: ignore[arg-type]
    assert refused.value.field == field


def test_a_stock_adjustment_of_nan_is_refused(db: Database, people: dict[Role, int]) -> None:
    from tests.integration.test_text_limits import _stock_part

    part_id = _stock_part(db, people)
    for quantity in (Decimal("NaN"), Decimal("-Infinity"), "1,5", "0.0005"):
        with pytest.raises(DomainError) as refused:
            run(db, stock.adjust, people[Role.STORE], part_id, quantity, "盤點")
        assert refused.value.field == "quantity"


# --- final QC readings ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("reading", ["1E999999", "1e3", "NaN", "-Infinity", "9999999", "12,50", "0.00001"])
def test_an_absurd_qc_reading_is_refused_beside_its_check(db: Database, people: dict[Role, int], reading: str) -> None:
    """"1E999999" raised decimal.Overflow from pass_qc: now the reading is refused beside its measured check,
    for a pass and a fail alike, and nothing is recorded."""
    clock.set_fixed(qc_helpers.NOW)
    order_id = qc_helpers.make_qc_order(db, regulatory=qc_helpers.R.ASSEMBLY_OVERHAUL,
                                        job=qc_helpers.JobClass.MAJOR)
    view = qc_helpers.view_of(db, order_id)
    form = qc_helpers.full_form(view, readings={"weight_gain": {"design": reading, "after": "1362"}})
    for action in (qc.pass_qc, qc.fail_qc):
        with pytest.raises(DomainError) as refused:
            run(db, action, people[Role.INSPECTOR], order_id, form)
        assert refused.value.field == "weight_gain"
    assert qc_helpers.order_of(db, order_id)[0] is qc_helpers.S.QC_PENDING


def test_a_reading_of_a_check_marked_not_applicable_is_still_a_number(db: Database, people: dict[Role, int]) -> None:
    clock.set_fixed(qc_helpers.NOW)
    order_id = qc_helpers.make_qc_order(db, regulatory=qc_helpers.R.ASSEMBLY_OVERHAUL, job=qc_helpers.JobClass.MAJOR)
    form = qc_helpers.full_form(qc_helpers.view_of(db, order_id))
    measurements = tuple(replace(m, readings={"cylinders": "1E999999 \x00"}, not_applicable=True, note="不適用")
                         if m.key == "compression" else m for m in form.measurements)
    with pytest.raises(DomainError) as refused:
        run(db, qc.pass_qc, people[Role.INSPECTOR], order_id, replace(form, measurements=measurements))
    assert refused.value.field == "compression"


# --- mileage ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("typed", ["²", "4523²", "①②", "٤٥٢٣٠", "45,23", "4,5230", "45230.5", "-5", "1e5"])
def test_a_mileage_in_other_digits_or_badly_grouped_is_refused_at_intake(db: Database, people: dict[Role, int],
                                                                         typed: str) -> None:
    """"²" raised ValueError (str.isdigit accepts superscripts): now it is refused beside the mileage."""
    before = intake_helpers._rows(db)
    with pytest.raises(DomainError) as refused:
        _receive(db, people, mileage=typed)
    assert refused.value.field == "mileage"
    assert intake_helpers._rows(db) == before


def test_a_mileage_in_full_width_digits_is_read(db: Database, people: dict[Role, int]) -> None:
    """Chinese input methods type full-width digits: ４５，２３０ km is 45,230 km."""
    result = _receive(db, people, mileage="４５，２３０ ｋｍ".replace("ｋｍ", "km"))
    with db.session_scope() as session:
        assert session.get(RepairOrder, result.order_id).mileage_in == 45230


def test_the_mileage_out_and_the_next_service_refuse_superscripts(db: Database, people: dict[Role, int]) -> None:
    clock.set_fixed(checkout_helpers.NOW)
    order_id = checkout_helpers.make_ready_order(db)
    with pytest.raises(DomainError) as refused:
        run(db, checkout.record_exit_details, people[Role.CASHIER], order_id, "45²30", None)
    assert refused.value.field == "mileage_out"
    with pytest.raises(DomainError) as refused:
        delivery.parse_next_km("5²000")
    assert refused.value.field == "next_service_km"
