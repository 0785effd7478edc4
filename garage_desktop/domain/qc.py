"""完工總檢 final QC rules: checklist templates as plain data, measured checks that judge themselves, and the verdict.

Pure Decimal arithmetic, no Qt, no database. Limits are compared exactly by cross-multiplying (no division
before the comparison), so a reading exactly at its limit passes and the smallest step over it fails.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, Decimal
from enum import StrEnum

from garage_desktop.domain import numbers
from garage_desktop.domain.classes import FuelType
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError

HUNDRED = Decimal(100)


class Result(StrEnum):
    """The inspector's answer for one checklist item."""

    PASS = "pass"
    FAIL = "fail"
    NA = "na"  # not applicable to this car


class Kind(StrEnum):
    """What a measured check measures, which decides how it is judged."""

    COMPRESSION = "compression"  # cylinder compression pressures: difference between cylinders
    START = "start"  # tries and seconds until the engine runs
    WEIGHT_GAIN = "weight_gain"  # weight after repair against the design weight
    LIMITS = "limits"  # readings each within a minimum and/or maximum (oil pressure, emissions)


class SpreadReading(StrEnum):
    """How the seed's 各缸壓縮壓力差 ... 不超過各缸平均壓力的 N% is read; the template says which."""

    RANGE_OVER_MEAN = "range_over_mean"  # (highest − lowest) ÷ mean of all cylinders (the stricter reading)
    DEVIATION_FROM_MEAN = "deviation_from_mean"  # largest |cylinder − mean| ÷ mean


class Status(StrEnum):
    """A measured check's verdict."""

    PASS = "pass"
    FAIL = "fail"
    INCOMPLETE = "incomplete"  # readings missing or unreadable
    NA = "na"  # not applicable: the car's fuel is not covered, or the inspector said so


# --- templates as plain data ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Text:
    """A label in both printed languages; templates are data, so they carry their own translation. Mainland
    Simplified (zh_CN) is the zh_TW text through the paperwork's table (``documents.simplified``); a text the
    same in both languages is no translation (an order's own item, as typed) and reads as stored."""

    en: str
    zh_TW: str

    def get(self, language: str) -> str:
        from garage_desktop.languages import paperwork_language

        lang = paperwork_language(language)
        if lang == "en":
            return self.en
        if lang == "zh_CN" and self.zh_TW != self.en:
            from garage_desktop.documents.simplified import simplified

            return simplified(self.zh_TW)
        return self.zh_TW


@dataclass(frozen=True)
class CheckItem:
    key: str
    label: Text
    safety: bool = False  # safety items are checked (and listed) first


@dataclass(frozen=True)
class Section:
    key: str
    title: Text
    items: tuple[CheckItem, ...]


@dataclass(frozen=True)
class LimitField:
    """One reading of a LIMITS check, with its unit and bounds (either may be absent)."""

    key: str
    label: Text
    unit: str
    minimum: Decimal | None = None
    maximum: Decimal | None = None


@dataclass(frozen=True)
class Measurement:
    """A measured check. Which parameters matter depends on ``kind`` (see resources/qc_templates/README.md)."""

    key: str
    label: Text
    kind: Kind
    unit: str = ""
    fuels: frozenset[FuelType] | None = None  # None: every fuel
    note: Text | None = None  # which reading/standard the limits come from, printed with the check
    # COMPRESSION: percent limit per fuel, the reading, an optional minimum pressure per cylinder
    spread_limits: Mapping[FuelType, Decimal] = field(default_factory=dict)
    reading: SpreadReading = SpreadReading.RANGE_OVER_MEAN
    minimum: Decimal | None = None
    # START
    max_tries: int = 1
    max_seconds: Decimal = Decimal(5)
    # WEIGHT_GAIN
    max_percent: Decimal = Decimal(3)
    # LIMITS
    fields: tuple[LimitField, ...] = ()

    def applies_to(self, fuel: FuelType) -> bool:
        if self.fuels is not None and fuel not in self.fuels:
            return False
        return self.kind is not Kind.COMPRESSION or fuel in self.spread_limits

    def inputs(self) -> tuple[str, ...]:
        """The keys of the readings the inspector enters (compression: how many cylinders the engine has, then
        every cylinder's pressure: the vehicle record holds no cylinder count)."""
        if self.kind is Kind.COMPRESSION:
            return ("count", "cylinders")
        if self.kind is Kind.START:
            return ("tries", "seconds")
        if self.kind is Kind.WEIGHT_GAIN:
            return ("design", "after")
        return tuple(f.key for f in self.fields)


@dataclass(frozen=True)
class Template:
    id: str
    version: int
    title: Text
    sections: tuple[Section, ...]
    measurements: tuple[Measurement, ...] = ()
    description: Text | None = None

    @property
    def ref(self) -> str:
        """How an inspection records the template it used: ``id@version``."""
        return f"{self.id}@{self.version}"

    def items(self) -> tuple[CheckItem, ...]:
        return tuple(item for section in self.sections for item in section.items)


# --- measured checks --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Finding:
    """One judged figure: ``spread`` (percent), ``tries``, ``seconds``, ``gain`` (percent), ``lowest`` (the
    weakest cylinder against a minimum) or a LIMITS field's key (then ``label`` names it)."""

    key: str
    value: Decimal
    minimum: Decimal | None
    maximum: Decimal | None
    passed: bool
    unit: str = ""
    label: Text | None = None


@dataclass(frozen=True)
class Verdict:
    status: Status
    findings: tuple[Finding, ...] = ()
    problems: tuple[DomainError, ...] = ()  # unreadable or missing readings, each with ``field`` = input key

    @property
    def passed(self) -> bool:
        return self.status is Status.PASS


NOT_A_NUMBER = QT_TRANSLATE_NOOP("Domain", "\"{text}\" is not a number.")
ENTER_READING = QT_TRANSLATE_NOOP("Domain", "Enter the reading.")
TWO_CYLINDERS = QT_TRANSLATE_NOOP("Domain", "Enter the pressure of every cylinder (at least two), separated by "
                                            "spaces.")
ABOVE_ZERO = QT_TRANSLATE_NOOP("Domain", "Readings must be above zero.")
CYLINDER_COUNT = QT_TRANSLATE_NOOP("Domain", "Enter how many cylinders the engine has (a whole number from 2 to "
                                             "{maximum}).")
MISSING_CYLINDER = QT_TRANSLATE_NOOP("Domain", "A cylinder's reading is missing (nothing between two commas): "
                                               "enter every cylinder's pressure.")
WRONG_CYLINDERS = QT_TRANSLATE_NOOP("Domain", "{entered} readings for {count} cylinders: enter one pressure for "
                                              "every cylinder.")
MAX_CYLINDERS = 16
WHOLE_TRIES = QT_TRANSLATE_NOOP("Domain", "Enter the number of tries as a whole number from 1.")


def parse_reading(text: str | Decimal | None, key: str) -> Decimal | None:
    """A reading as typed ("1,050", "0.6"), None when blank; DomainError (field ``key``) when it is not a plain
    number within ±1,000,000 (``domain.numbers.parse_reading``: "1E999999", "NaN" and "12,50" are refused)."""
    return numbers.parse_reading(text, field=key)


def parse_cylinders(text: str | Sequence[Decimal] | None) -> list[Decimal]:
    """Cylinder pressures typed in one line: "1050 1020 1035 1040" (spaces, commas or slashes between)."""
    if text is None:
        return []
    if not isinstance(text, str):
        return [value for value in (parse_reading(v, "cylinders") for v in text) if value is not None]
    words = text.replace("，", " ").replace(",", " ").replace("/", " ").replace("、", " ").split()
    values = []
    for word in words:
        value = parse_reading(word, "cylinders")
        if value is not None:
            values.append(value)
    return values


def spread_exceeds(readings: Sequence[Decimal], limit_percent: Decimal, reading: SpreadReading) -> bool:
    """True when the difference between cylinders is over ``limit_percent`` of their mean.

    range: (max − min) ÷ (sum ÷ n) ≤ L/100  ⇔  (max − min) · n · 100 ≤ L · sum
    deviation: max |p − sum ÷ n| ÷ (sum ÷ n) ≤ L/100  ⇔  max |n·p − sum| · 100 ≤ L · sum
    """
    n, total = len(readings), sum(readings, Decimal(0))
    if reading is SpreadReading.RANGE_OVER_MEAN:
        left = (max(readings) - min(readings)) * n * HUNDRED
    else:
        left = max(abs(n * p - total) for p in readings) * HUNDRED
    return left > limit_percent * total


def spread_percent(readings: Sequence[Decimal], reading: SpreadReading) -> Decimal:
    """The difference between cylinders in percent of their mean, for display: two places, rounded up, so a
    shown figure never looks within a limit (of two places) that the reading is over."""
    n, total = len(readings), sum(readings, Decimal(0))
    if reading is SpreadReading.RANGE_OVER_MEAN:
        figure = (max(readings) - min(readings)) * n * HUNDRED / total
    else:
        figure = max(abs(n * p - total) for p in readings) * HUNDRED / total
    return figure.quantize(Decimal("0.01"), rounding=ROUND_CEILING)


def cylinder_left_out(text: str | Sequence[Decimal] | None) -> bool:
    """An empty place between two readings ("1180,1150,,1165"): a cylinder left out, never a shorter engine."""
    if not isinstance(text, str):
        return False
    places = text.replace("，", ",").replace("/", ",").replace("、", ",").split(",")
    filled = [i for i, place in enumerate(places) if place.strip()]
    return bool(filled) and any(not places[i].strip() for i in range(filled[0], filled[-1] + 1))


def parse_cylinder_count(text: str | Decimal | None) -> int:
    """How many cylinders the inspector said the engine has; DomainError (field ``count``) when missing or odd."""
    value = parse_reading(text, "count")
    if value is None or value != value.to_integral_value() or not 2 <= value <= MAX_CYLINDERS:
        raise DomainError(CYLINDER_COUNT, field="count", maximum=MAX_CYLINDERS)
    return int(value)


def judge_compression(readings: Sequence[Decimal], fuel: FuelType, m: Measurement,
                      count: int | None = None) -> Verdict:
    """``count``: the engine's cylinders, as the inspector stated; fewer or more readings are incomplete."""
    if count is not None and len(readings) != count:
        return Verdict(Status.INCOMPLETE, problems=(DomainError(WRONG_CYLINDERS, field="cylinders",
                                                                entered=len(readings), count=count),))
    if len(readings) < 2:
        return Verdict(Status.INCOMPLETE, problems=(DomainError(TWO_CYLINDERS, field="cylinders"),))
    if any(p <= 0 for p in readings):
        return Verdict(Status.INCOMPLETE, problems=(DomainError(ABOVE_ZERO, field="cylinders"),))
    limit = m.spread_limits[fuel]
    spread_ok = not spread_exceeds(readings, limit, m.reading)
    findings = [Finding("spread", spread_percent(readings, m.reading), None, limit, spread_ok, "%")]
    if m.minimum is not None:
        findings.append(Finding("lowest", min(readings), m.minimum, None, min(readings) >= m.minimum, m.unit))
    return _verdict(findings)


def judge_start(tries: int, seconds: Decimal, m: Measurement) -> Verdict:
    """Started within ``max_tries`` tries (three at ambient temperature, one when warm), the successful try
    cranking no longer than ``max_seconds``. More tries than allowed means it did not start in time."""
    findings = [Finding("tries", Decimal(tries), None, Decimal(m.max_tries), tries <= m.max_tries),
                Finding("seconds", seconds, None, m.max_seconds, seconds <= m.max_seconds, "s")]
    return _verdict(findings)


def judge_weight_gain(design: Decimal, after: Decimal, m: Measurement) -> Verdict:
    """Weight added by the repair ≤ ``max_percent`` of the design weight: (after − design) · 100 ≤ L · design."""
    gain = ((after - design) * HUNDRED / design).quantize(Decimal("0.01"), rounding=ROUND_CEILING)
    ok = (after - design) * HUNDRED <= m.max_percent * design
    return _verdict([Finding("gain", gain, None, m.max_percent, ok, "%")])


def judge_limits(values: Mapping[str, Decimal], m: Measurement) -> Verdict:
    findings = []
    for f in m.fields:
        value = values[f.key]
        ok = (f.minimum is None or value >= f.minimum) and (f.maximum is None or value <= f.maximum)
        findings.append(Finding(f.key, value, f.minimum, f.maximum, ok, f.unit, f.label))
    return _verdict(findings)


def _verdict(findings: Sequence[Finding]) -> Verdict:
    return Verdict(Status.PASS if all(f.passed for f in findings) else Status.FAIL, tuple(findings))


def judge_measurement(m: Measurement, readings: Mapping[str, str | Decimal | None], fuel: FuelType, *,
                      not_applicable: bool = False) -> Verdict:
    """Judge what the inspector typed. Missing or unreadable readings give INCOMPLETE with the problems."""
    if not_applicable or not m.applies_to(fuel):
        return Verdict(Status.NA)
    problems: list[DomainError] = []
    if m.kind is Kind.COMPRESSION:
        count: int | None = None
        try:
            count = parse_cylinder_count(readings.get("count"))
        except DomainError as error:
            problems.append(error)
        try:
            cylinders = parse_cylinders(readings.get("cylinders"))
        except DomainError as error:
            return Verdict(Status.INCOMPLETE, problems=(*problems, error))
        if cylinder_left_out(readings.get("cylinders")):
            problems.append(DomainError(MISSING_CYLINDER, field="cylinders"))
        if problems:
            return Verdict(Status.INCOMPLETE, problems=tuple(problems))
        return judge_compression(cylinders, fuel, m, count)
    values: dict[str, Decimal] = {}
    for key in m.inputs():
        try:
            value = parse_reading(readings.get(key), key)
        except DomainError as error:
            problems.append(error)
            continue
        if value is None:
            problems.append(DomainError(ENTER_READING, field=key))
        elif m.kind is not Kind.LIMITS and value <= 0:
            problems.append(DomainError(WHOLE_TRIES if key == "tries" else ABOVE_ZERO, field=key))
        elif key == "tries" and value != value.to_integral_value():
            problems.append(DomainError(WHOLE_TRIES, field=key))
        else:
            values[key] = value
    if problems:
        return Verdict(Status.INCOMPLETE, problems=tuple(problems))
    if m.kind is Kind.START:
        return judge_start(int(values["tries"]), values["seconds"], m)
    if m.kind is Kind.WEIGHT_GAIN:
        return judge_weight_gain(values["design"], values["after"], m)
    return judge_limits(values, m)


# --- the whole sheet --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SheetVerdict:
    """Every answer together: what is still unanswered and what failed (item and measurement keys)."""

    unanswered: tuple[str, ...]
    failed: tuple[str, ...]

    @property
    def complete(self) -> bool:
        return not self.unanswered

    @property
    def passed(self) -> bool:
        return not self.unanswered and not self.failed


def judge_sheet(items: Mapping[str, Result | None], measured: Mapping[str, Verdict]) -> SheetVerdict:
    """``items``: every checklist key (order items included) → the answer, None when not answered yet."""
    unanswered = [key for key, result in items.items() if result is None]
    failed = [key for key, result in items.items() if result is Result.FAIL]
    for key, verdict in measured.items():
        if verdict.status is Status.INCOMPLETE:
            unanswered.append(key)
        elif verdict.status is Status.FAIL:
            failed.append(key)
    return SheetVerdict(tuple(unanswered), tuple(failed))


NOT_COMPLETE = QT_TRANSLATE_NOOP("Domain", "Answer every check first: {items}.")
SOMETHING_FAILED = QT_TRANSLATE_NOOP("Domain", "Some checks failed ({items}): send the car back for rework.")
LINES_OPEN = QT_TRANSLATE_NOOP("Domain", "These repair lines are not finished yet: {lines}")
PARTS_OPEN = QT_TRANSLATE_NOOP("Domain", "The parts of this order are not reconciled: {problems}")
DAMAGE_OPEN = QT_TRANSLATE_NOOP("Domain", "New damage found at QC is not resolved yet: {marks}")
DAMAGE_UNCHECKED = QT_TRANSLATE_NOOP("Domain", "Compare the car with the intake damage record and confirm that "
                                               "there is no new damage.")
NOTHING_FAILED = QT_TRANSLATE_NOOP("Domain", "Nothing failed: mark the failing checks (or the new damage) before "
                                             "sending the car back for rework.")
NA_NEEDS_NOTE = QT_TRANSLATE_NOOP("Domain", "Say why \"{check}\" was not measured.")


def pass_refusal(sheet: SheetVerdict, *, unfinished_lines: Sequence[str], parts_problems: Sequence[str],
                 unresolved_damage: Sequence[str], damage_confirmed: bool,
                 names: Mapping[str, str] | None = None) -> DomainError | None:
    """Why QC may not pass now (the first reason, with the field the screen shows it beside), or None.

    The work first (every line finished, parts reconciled), then the car (new damage), then the sheet.
    ``names`` gives the checks' labels for the message (their keys otherwise).
    """
    names = names or {}
    if unfinished_lines:
        return DomainError(LINES_OPEN, field="lines", lines="、".join(unfinished_lines))
    if parts_problems:
        return DomainError(PARTS_OPEN, field="parts", problems="; ".join(parts_problems))
    if unresolved_damage:
        return DomainError(DAMAGE_OPEN, field="damage", marks="、".join(unresolved_damage))
    if not damage_confirmed:
        return DomainError(DAMAGE_UNCHECKED, field="damage")
    if sheet.unanswered:
        return DomainError(NOT_COMPLETE, field="items", items="、".join(names.get(k, k) for k in sheet.unanswered))
    if sheet.failed:
        return DomainError(SOMETHING_FAILED, field="items", items="、".join(names.get(k, k) for k in sheet.failed))
    return None


def fail_refusal(sheet: SheetVerdict, *, unresolved_damage: Sequence[str]) -> DomainError | None:
    """A car goes back for rework only for something: a failed check or unresolved new damage."""
    if sheet.failed or unresolved_damage:
        return None
    return DomainError(NOTHING_FAILED, field="items")


def certificate_number(year: int, seq: int) -> str:
    """竣工出廠合格證 numbers run per year: HG2026-00001, HG2026-00002, ..."""
    return f"HG{year}-{seq:05d}"
