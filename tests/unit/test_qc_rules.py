"""Final QC rules: each measured check at, just under and just over its limit; the sheet and pass/fail refusals."""

from __future__ import annotations

from decimal import Decimal

import pytest

from garage_desktop.domain.classes import FuelType
from garage_desktop.domain.qc import (
    MISSING_CYLINDER,
    WRONG_CYLINDERS,
    Kind,
    LimitField,
    Measurement,
    Result,
    SpreadReading,
    Status,
    Text,
    certificate_number,
    fail_refusal,
    judge_measurement,
    judge_sheet,
    parse_cylinders,
    pass_refusal,
    spread_exceeds,
    spread_percent,
)

D = Decimal
F = FuelType
LABEL = Text("label", "標籤")
COMPRESSION = Measurement("compression", LABEL, Kind.COMPRESSION, unit="kPa",
                          spread_limits={F.PETROL: D(5), F.HYBRID: D(5), F.DIESEL: D(8)})
DEVIATION = Measurement("compression", LABEL, Kind.COMPRESSION, unit="kPa", reading=SpreadReading.DEVIATION_FROM_MEAN,
                        spread_limits={F.PETROL: D(5), F.DIESEL: D(8)})
COLD = Measurement("start_cold", LABEL, Kind.START, max_tries=3, max_seconds=D(5))
WARM = Measurement("start_warm", LABEL, Kind.START, max_tries=1, max_seconds=D(5))
WEIGHT = Measurement("weight_gain", LABEL, Kind.WEIGHT_GAIN, unit="kg", max_percent=D(3))
OIL = Measurement("oil_pressure", LABEL, Kind.LIMITS, fields=(
    LimitField("idle", LABEL, "kPa", minimum=D(80)),
    LimitField("rpm2000", LABEL, "kPa", minimum=D(200), maximum=D(500))))
SMOKE = Measurement("emissions_diesel", LABEL, Kind.LIMITS, fuels=frozenset({F.DIESEL}),
                    fields=(LimitField("opacity", LABEL, "m⁻¹", maximum=D("1.2")),))


def compression(text: str, fuel: FuelType = F.PETROL, m: Measurement = COMPRESSION) -> Status:
    """The readings of an engine with as many cylinders as ``text`` has readings."""
    return judge_measurement(m, {"count": str(len(text.split())), "cylinders": text}, fuel).status


# --- compression: (highest − lowest) ÷ mean -------------------------------------------------------------
@pytest.mark.parametrize(("cylinders", "expected"), [
    ("1025 975", Status.PASS),  # exactly 5 %
    ("1024.9 975.1", Status.PASS),  # 4.98 %
    ("1025.1 974.9", Status.FAIL),  # 5.02 %
    ("1025.001 974.999", Status.FAIL),  # 5.0002 %: the smallest step over fails
    ("1000 1000 1000 1050", Status.PASS),  # 50 ÷ 1012.5 = 4.94 %
    ("1000 1000 1000 1052", Status.FAIL),  # 52 ÷ 1013 = 5.13 %
])
def test_petrol_compression_around_five_percent(cylinders: str, expected: Status) -> None:
    assert compression(cylinders, F.PETROL) is expected


@pytest.mark.parametrize(("cylinders", "expected"), [
    ("1040 960", Status.PASS),  # exactly 8 %
    ("1039.9 960.1", Status.PASS),  # 7.98 %
    ("1040.1 959.9", Status.FAIL),  # 8.02 %
    ("1025.1 974.9", Status.PASS),  # fails a petrol engine, passes a diesel one
])
def test_diesel_compression_around_eight_percent(cylinders: str, expected: Status) -> None:
    assert compression(cylinders, F.DIESEL) is expected


def test_a_limit_with_a_repeating_mean_is_compared_exactly() -> None:
    # three cylinders, mean 333.333…: a range of 10 is exactly 3 % of it (a division would round)
    assert not spread_exceeds([D(330), D(340), D(330)], D(3), SpreadReading.RANGE_OVER_MEAN)
    assert spread_exceeds([D(330), D("340.001"), D(330)], D(3), SpreadReading.RANGE_OVER_MEAN)


def test_the_verdict_shows_the_spread_and_the_limit_it_used() -> None:
    verdict = judge_measurement(COMPRESSION, {"count": "4", "cylinders": "1050, 1020, 1035, 1040"}, F.PETROL)
    (finding,) = verdict.findings
    assert (finding.key, finding.value, finding.maximum, finding.unit) == ("spread", D("2.90"), D(5), "%")
    assert spread_percent([D(1025), D(975)], SpreadReading.RANGE_OVER_MEAN) == D("5.00")


def test_the_deviation_reading_is_more_lenient_than_the_range() -> None:
    # 1060 / 1000 / 1000 / 940: range 12 % of the mean, the largest deviation 6 %
    assert compression("1060 1000 1000 940", F.DIESEL, COMPRESSION) is Status.FAIL
    assert compression("1060 1000 1000 940", F.DIESEL, DEVIATION) is Status.PASS
    assert compression("1050 1000 1000 950", F.PETROL, DEVIATION) is Status.PASS  # 5 % exactly
    assert compression("1050.1 1000 1000 949.9", F.PETROL, DEVIATION) is Status.FAIL


def test_a_minimum_pressure_fails_a_weak_engine_even_when_even() -> None:
    m = Measurement("compression", LABEL, Kind.COMPRESSION, spread_limits={F.PETROL: D(5)}, minimum=D(900))
    assert compression("950 940 945 948", F.PETROL, m) is Status.PASS
    assert compression("850 840 845 848", F.PETROL, m) is Status.FAIL


@pytest.mark.parametrize("text", ["", "1050", "1050 abc", "1050 0"])
def test_compression_needs_every_cylinder_as_a_number(text: str) -> None:
    verdict = judge_measurement(COMPRESSION, {"count": "2", "cylinders": text}, F.PETROL)
    assert verdict.status is Status.INCOMPLETE
    assert verdict.problems[0].field == "cylinders"


@pytest.mark.parametrize("count", ["4", "3"])
def test_a_missing_cylinder_is_incomplete_never_a_smaller_engine(count: str) -> None:
    """1180,1150,,1165 is a four-cylinder engine with one reading left out, not a three-cylinder that passes."""
    verdict = judge_measurement(COMPRESSION, {"count": count, "cylinders": "1180,1150,,1165"}, F.PETROL)
    assert verdict.status is Status.INCOMPLETE
    assert [p.message for p in verdict.problems] == [MISSING_CYLINDER]


def test_the_readings_must_match_the_cylinder_count() -> None:
    verdict = judge_measurement(COMPRESSION, {"count": "4", "cylinders": "1180 1150 1165"}, F.PETROL)
    assert verdict.status is Status.INCOMPLETE
    (problem,) = verdict.problems
    assert (problem.message, problem.field, problem.params) == (WRONG_CYLINDERS, "cylinders",
                                                                {"entered": 3, "count": 4})
    assert compression("1180 1150 1165 1170") is Status.PASS
    too_many = judge_measurement(COMPRESSION, {"count": "4", "cylinders": "1180 1150 1165 1170 1160"}, F.PETROL)
    assert too_many.status is Status.INCOMPLETE


@pytest.mark.parametrize("count", [None, "", "1", "4.5", "17", "four"])
def test_the_inspector_states_the_cylinder_count(count: str | None) -> None:
    assert COMPRESSION.inputs() == ("count", "cylinders")
    readings = {"cylinders": "1180 1150 1165 1170"} | ({"count": count} if count is not None else {})
    verdict = judge_measurement(COMPRESSION, readings, F.PETROL)
    assert verdict.status is Status.INCOMPLETE
    assert verdict.problems[0].field == "count"


def test_cylinders_may_be_typed_with_commas_or_slashes() -> None:
    assert parse_cylinders("1050, 1020 / 1035、1040，1030") == [D(1050), D(1020), D(1035), D(1040), D(1030)]


def test_compression_does_not_apply_to_an_electric_car() -> None:
    assert compression("1000 1000", F.ELECTRIC) is Status.NA


# --- starting --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("m", "tries", "seconds", "expected"), [
    (COLD, "3", "5", Status.PASS),  # third try, at the 5 s limit
    (COLD, "1", "4.9", Status.PASS),
    (COLD, "3", "5.1", Status.FAIL),  # cranked too long
    (COLD, "4", "3", Status.FAIL),  # did not start within three tries
    (WARM, "1", "5", Status.PASS),
    (WARM, "1", "5.01", Status.FAIL),
    (WARM, "2", "2", Status.FAIL),  # warm: one try only
])
def test_starting_within_five_seconds(m: Measurement, tries: str, seconds: str, expected: Status) -> None:
    assert judge_measurement(m, {"tries": tries, "seconds": seconds}, F.PETROL).status is expected


@pytest.mark.parametrize("tries", ["0", "1.5", "x"])
def test_tries_are_a_whole_number_from_one(tries: str) -> None:
    verdict = judge_measurement(COLD, {"tries": tries, "seconds": "3"}, F.PETROL)
    assert verdict.status is Status.INCOMPLETE and verdict.problems[0].field == "tries"


# --- added weight ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("after", "expected"), [
    ("1236", Status.PASS),  # 1200 kg + 3 % exactly
    ("1235.9", Status.PASS),
    ("1236.1", Status.FAIL),
    ("1190", Status.PASS),  # lighter than designed
])
def test_added_weight_at_most_three_percent(after: str, expected: Status) -> None:
    assert judge_measurement(WEIGHT, {"design": "1200", "after": after}, F.PETROL).status is expected


def test_weight_needs_both_readings() -> None:
    verdict = judge_measurement(WEIGHT, {"design": "1200"}, F.PETROL)
    assert verdict.status is Status.INCOMPLETE and verdict.problems[0].field == "after"


# --- limits: oil pressure and emissions ------------------------------------------------------------------
@pytest.mark.parametrize(("idle", "rpm", "expected"), [
    ("80", "200", Status.PASS),  # both at the minimum
    ("79.9", "300", Status.FAIL),
    ("120", "500", Status.PASS),  # at the maximum
    ("120", "500.1", Status.FAIL),
    ("120", "199", Status.FAIL),
])
def test_oil_pressure_against_the_template_limits(idle: str, rpm: str, expected: Status) -> None:
    assert judge_measurement(OIL, {"idle": idle, "rpm2000": rpm}, F.DIESEL).status is expected


def test_a_failing_field_is_named_in_the_findings() -> None:
    verdict = judge_measurement(OIL, {"idle": "60", "rpm2000": "300"}, F.PETROL)
    assert [(f.key, f.passed) for f in verdict.findings] == [("idle", False), ("rpm2000", True)]


def test_emissions_apply_only_to_their_fuel() -> None:
    assert judge_measurement(SMOKE, {"opacity": "1.2"}, F.DIESEL).status is Status.PASS
    assert judge_measurement(SMOKE, {"opacity": "1.21"}, F.DIESEL).status is Status.FAIL
    assert judge_measurement(SMOKE, {}, F.PETROL).status is Status.NA


def test_the_inspector_may_say_a_check_does_not_apply() -> None:
    assert judge_measurement(WEIGHT, {}, F.PETROL, not_applicable=True).status is Status.NA


# --- the sheet and the refusals --------------------------------------------------------------------------
def _sheet(**answers: Result | None):  # type: ignore[no-untyped-def]
    return judge_sheet(answers, {"compression": judge_measurement(COMPRESSION, {"count": "2",
                                                                                "cylinders": "1000 1010"}, F.PETROL)})


def test_a_sheet_passes_when_every_check_is_answered_and_none_failed() -> None:
    sheet = _sheet(brakes=Result.PASS, wipers=Result.NA)
    assert sheet.passed
    assert _sheet(brakes=Result.PASS, wipers=None).unanswered == ("wipers",)
    assert _sheet(brakes=Result.FAIL, wipers=Result.PASS).failed == ("brakes",)


def _refusal(sheet, **kw):  # type: ignore[no-untyped-def]
    args = {"unfinished_lines": (), "parts_problems": (), "unresolved_damage": (), "damage_confirmed": True}
    return pass_refusal(sheet, **{**args, **kw})


def test_pass_is_refused_for_open_work_new_damage_or_an_unchecked_car() -> None:
    good = _sheet(brakes=Result.PASS)
    assert _refusal(good) is None
    assert _refusal(good, unfinished_lines=("1. 更換機油",)).field == "lines"
    assert _refusal(good, parts_problems=("2. 機油濾清器",)).field == "parts"
    assert _refusal(good, unresolved_damage=("#3",)).field == "damage"
    assert _refusal(good, damage_confirmed=False).field == "damage"
    assert _refusal(_sheet(brakes=None)).field == "items"
    assert "brakes" in _refusal(_sheet(brakes=Result.FAIL)).english()


def test_fail_needs_something_that_failed() -> None:
    assert fail_refusal(_sheet(brakes=Result.PASS), unresolved_damage=()) is not None
    assert fail_refusal(_sheet(brakes=Result.FAIL), unresolved_damage=()) is None
    assert fail_refusal(_sheet(brakes=Result.PASS), unresolved_damage=("#1",)) is None


def test_certificate_numbers_run_per_year() -> None:
    assert certificate_number(2026, 1) == "HG2026-00001"
    assert certificate_number(2027, 123) == "HG2027-00123"


def test_a_shown_figure_never_looks_within_a_limit_it_is_over() -> None:
    # 5.0049 % fails; rounded half-up it would read "5.00 %"
    readings = [D("1025.0245"), D("974.9755")]
    assert compression("1025.0245 974.9755") is Status.FAIL
    assert spread_percent(readings, SpreadReading.RANGE_OVER_MEAN) == D("5.01")
