"""The health record's rules without a database: VIN, plate and credit code checks, values as the platform takes
them, the settlement list number's form, and the field mapping read from data."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest

from garage_desktop import paths
from garage_desktop.domain import ehr


def _texts(found: list[ehr.Problem]) -> list[str]:
    return [problem.english() for problem in found]


@pytest.mark.parametrize(("vin", "blocking"), [
    ("", ["Enter the VIN (the platform needs it)."]),
    ("LSVAM4187C218484", ["A VIN has 17 characters; this one has 16."]),
    ("LSVAM4187C21848470", ["A VIN has 17 characters; this one has 18."]),
    ("LSVAM4187C218484O", ["A VIN uses only digits and the letters A–Z except I, O and Q."]),
    ("LSVAQ4187C2184847", ["A VIN uses only digits and the letters A–Z except I, O and Q."]),
    ("LSVAM4187C2184847", []),
    ("lsvam4187c2184847", []),  # as typed in lower case: the VIN is the same
])
def test_a_vin_is_blocked_for_a_wrong_length_or_forbidden_characters(vin: str, blocking: list[str]) -> None:
    found, warnings = ehr.vin_problems(vin)
    assert _texts(found) == blocking
    assert all(p.where == "intake" for p in found)
    assert warnings == []


def test_a_failing_check_digit_only_warns() -> None:
    found, warnings = ehr.vin_problems("LSVAM4188C2184847")  # position 9 should be 7
    assert found == []
    assert [(p.text, p.where) for p in warnings] == [(ehr.VIN_CHECK_DIGIT, "intake")]


@pytest.mark.parametrize(("plate", "blocking", "warning"), [
    ("粤B12345", [], []),
    ("粵B12345", [], []),  # typed in Traditional: the same plate
    ("粤AD12345", [], []),  # new energy
    ("", [ehr.NO_PLATE], []),
    ("粤BI2345", [ehr.PLATE_I_O], []),
    ("粤B1234O", [ehr.PLATE_I_O], []),
    ("使123456", [], ["Unusual plate format: check it (saved as typed)."]),
])
def test_a_plate_is_blocked_when_empty_or_with_i_or_o_and_an_unusual_one_warns(
        plate: str, blocking: list[str], warning: list[str]) -> None:
    found, warnings = ehr.plate_problems(plate)
    assert [p.text for p in found] == blocking
    assert [p.text for p in warnings] == warning


@pytest.mark.parametrize("code", ["91350100M000100Y43", "91110000802100433B", "91440300708461136T"])
def test_real_credit_codes_pass(code: str) -> None:
    assert ehr.credit_code_problems(code) == []
    assert ehr.credit_code_problems(code.lower()) == []


@pytest.mark.parametrize(("code", "message"), [
    ("", "Enter the garage's unified social credit code (統一社會信用代碼)."),
    ("91350100M000100Y4", "A unified social credit code has 18 characters; this one has 17."),
    ("91350100M000100YI3", ("A unified social credit code uses only digits and the letters A–Z except I, O, S, V "
                           "and Z.")),
    ("91350100M000100Y44", ("The unified social credit code's last character does not match (it should be 3): "
                           "check it.")),
])
def test_a_wrong_credit_code_says_why_and_sends_to_the_settings(code: str, message: str) -> None:
    found = ehr.credit_code_problems(code)
    assert _texts(found) == [message]
    assert found[0].where == "settings"


def test_the_check_character_is_0_when_the_sum_is_a_multiple_of_31() -> None:
    # Every check character is one of the 31, and a code made with it passes.
    for body in ("91350100M000100Y4", "12100000400000000", "00000000000000000"):
        check = ehr.credit_code_check(body)
        assert check in ehr.CREDIT_CODE_CHARS
        assert ehr.credit_code_problems(body + check) == []
    assert ehr.credit_code_check("00000000000000000") == "0"


@pytest.mark.parametrize(("value", "text"), [
    (Decimal("1.50"), "1.5"), (Decimal("2.00"), "2"), (Decimal(100), "100"), (Decimal("0.25"), "0.25"),
    (Decimal("0.000"), "0"), (Decimal("1.125"), "1.125"), (3, "3"), (None, "")])
def test_hours_and_quantities_are_exact_text(value: Decimal | int | None, text: str) -> None:
    assert ehr.exact(value) == text


def test_dates_as_the_platform_takes_them() -> None:
    assert ehr.platform_date(datetime(2026, 3, 5, 17, 30)) == "20260305"
    assert ehr.platform_date(date(2026, 12, 31), "%Y-%m-%d") == "2026-12-31"
    assert ehr.platform_date(None) == ""


def test_settlement_numbers_read_year_and_sequence() -> None:
    assert ehr.settlement_number(2026, 1) == "JS2026-000001"
    assert ehr.settlement_number(2027, 123456) == "JS2027-123456"


def _bundled() -> dict[str, Any]:
    return json.loads(paths.resource("ehr", "fields.json").read_text(encoding="utf-8"))


def test_the_bundled_mapping_gives_the_national_structure() -> None:
    mapping = ehr.parse_mapping(_bundled())
    basic = {"plate": "粤B12345", "vin": "LSVAM4187C2184847", "company_name": "明德", "repair_date": "20261101",
             "repair_mileage": "45230", "settle_date": "20261102", "fault_description": "異響",
             "settlement_no": "JS2026-000001", "order_no": "WO20261101-001"}
    record = ehr.build_record(mapping, basic, [{"name": "更換機油", "hours": "0.5", "code": "BY01"}],
                              [{"name": "機油", "code": "OIL-5W30", "quantity": "4", "unit": "升"}])
    assert record == {
        "basicInfo": {"vehicleplatenumber": "粤B12345", "vin": "LSVAM4187C2184847", "companyname": "明德",
                      "repairdate": "20261101", "repairmileage": "45230", "settledate": "20261102",
                      "faultdescription": "異響", "costlistcode": "JS2026-000001"},
        "repairprojectlist": [{"repairproject": "更換機油", "workinghours": "0.5"}],
        "vehiclepartslist": [{"partsname": "機油", "partscode": "OIL-5W30", "partsquantity": "4"}]}


def test_the_parts_list_is_the_one_naming_quantity_whatever_its_place() -> None:
    data = {"record": {"parts": [{"n": "name", "q": "quantity"}], "head": {"v": "vin"},
                       "items": [{"n": "name", "h": "hours"}]}}
    mapping = ehr.parse_mapping(data)
    assert (mapping.basic_key, mapping.projects_key, mapping.parts_key) == ("head", "items", "parts")


@pytest.mark.parametrize(("data", "why"), [
    ({}, "no \"record\""),
    ({"record": {"basicInfo": {"vin": "chassis"}, "a": [{"x": "name"}], "b": [{"y": "quantity"}]}}, "chassis"),
    ({"record": {"basicInfo": {"vin": "vin"}, "a": [{"x": "name"}]}}, "two lists"),
    ({"record": {"basicInfo": {"vin": "vin"}, "a": [{"x": "name"}], "b": [{"y": "name"}]}}, "quantity"),
    ({"record": {"basicInfo": {"vin": "vin"}, "a": [{"x": "quantity"}], "b": [{"y": "quantity"}]}}, "quantity"),
    ({"record": {"basicInfo": {"vin": "vin"}, "a": [{"x": "hours"}], "b": [{"y": "quantity"}]},
      "date_format": "yyyyMMdd"}, "date_format"),
    ({"record": {"basicInfo": {"vin": "vin"}, "a": "name", "b": [{"y": "quantity"}]}}, "list of one object"),
])
def test_a_mapping_that_cannot_build_a_record_is_refused_with_the_reason(data: dict[str, Any], why: str) -> None:
    with pytest.raises(ehr.MappingInvalid) as refused:
        ehr.parse_mapping(data)
    assert why in str(refused.value)
