"""提成 (technician commission) as pure rules: which rule pays a labour line, how much, and how it is split.

The owner's rules (issue 19, item 6):

- The rule for the line's labour operation (its catalog code) wins; failing one, the rule for the order's job
  class (大/中/小修); failing that, the line earns no commission. The rule counted is the one in force when the
  order was settled (rules are never edited, a change ends one and starts another).
- A rule pays a percentage of the line's labour charge (rounded half up to 分) or a fixed amount per line. The
  charge is the line's own amount, before order-level discounts (a member's discount, a card's bonus): what
  the mechanic's work was sold at.
- Whatever a line gives — commission, hours sold, hours clocked (start → finish) — is split between the
  mechanics who worked it by their shares (relative integers: 1 and 1 is half each). Each part is rounded down
  to the unit (分, 0.01 h) and what is left over goes to the first worker, the lead, so the parts always add up
  exactly to the line's figure. Hours clocked are the line's start → finish within the garage's opening hours
  (not overnight), the time a mechanic had several
  lines open at once shared between them (``sliced_hours``), times their share of the line, so a mechanic's
  hours clocked are never more than the time they had work open, and efficiency is sold ÷ clocked.
- Free lines (免費): ``FreeLines.NONE`` no commission; ``FreeLines.LIST`` commission as if the line were charged
  at the price it had before it was given free.
- Comebacks (返修): ``Comebacks.PAY`` the comeback's lines earn like any other (on a free comeback they are
  charged ¥0, so only a fixed amount pays); ``Comebacks.NONE`` they earn nothing; ``Comebacks.CLAW_BACK`` they
  earn nothing and, when the comeback is free of charge (the garage's fault), the commission the original
  order's lines earned is taken back from the mechanics who earned it, in the month the comeback is settled.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from enum import StrEnum
from fractions import Fraction
from itertools import pairwise

from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError

CENT = Decimal("0.01")
HUNDRED = Decimal(100)
MAX_PERCENT = Decimal(100)

NO_TARGET = QT_TRANSLATE_NOOP("Domain", "Choose the labour operation or the job class the rule is for.")
BOTH_TARGETS = QT_TRANSLATE_NOOP("Domain", "A rule is for one labour operation or for one job class, not both.")
NO_AMOUNT = QT_TRANSLATE_NOOP("Domain", "Give the percentage of the labour charge or the fixed amount.")
BOTH_AMOUNTS = QT_TRANSLATE_NOOP("Domain", "A rule pays a percentage or a fixed amount, not both.")
BAD_PERCENT = QT_TRANSLATE_NOOP("Domain", "The percentage must be more than 0 and at most 100.")
BAD_FIXED = QT_TRANSLATE_NOOP("Domain", "The fixed amount must be more than ¥0.")
NO_WORKERS = QT_TRANSLATE_NOOP("Domain", "Choose at least one mechanic.")
BAD_SHARE = QT_TRANSLATE_NOOP("Domain", "Each mechanic's share must be a whole number from 1 to 100.")
SAME_WORKER = QT_TRANSLATE_NOOP("Domain", "A mechanic is named twice on this line.")


class FreeLines(StrEnum):
    """What a line given free (免費) earns."""

    NONE = "none"  # nothing
    LIST = "list"  # as if charged at the price it had


class Comebacks(StrEnum):
    """What a comeback (返修) earns, and whether the original job's commission is taken back."""

    PAY = "pay"
    NONE = "none"
    CLAW_BACK = "claw_back"


@dataclass(frozen=True)
class Policy:
    free_lines: FreeLines = FreeLines.NONE
    comebacks: Comebacks = Comebacks.CLAW_BACK


@dataclass(frozen=True)
class Rule:
    id: int
    operation_code: str | None
    job_class: str | None
    percent: Decimal | None  # 10 = 10 %
    fixed_amount: Decimal | None
    created_at: datetime
    ended_at: datetime | None = None

    def in_force(self, moment: datetime) -> bool:
        return self.created_at <= moment and (self.ended_at is None or moment < self.ended_at)


def check_rule(operation_code: str | None, job_class: str | None, percent: Decimal | None,
               fixed_amount: Decimal | None) -> None:
    """Refuse a rule that names no target or two, no amount or two, or an amount out of range."""
    if not (operation_code or "").strip() and not job_class:
        raise DomainError(NO_TARGET, field="target")
    if (operation_code or "").strip() and job_class:
        raise DomainError(BOTH_TARGETS, field="target")
    if percent is None and fixed_amount is None:
        raise DomainError(NO_AMOUNT, field="amount")
    if percent is not None and fixed_amount is not None:
        raise DomainError(BOTH_AMOUNTS, field="amount")
    if percent is not None and not (0 < percent <= MAX_PERCENT):
        raise DomainError(BAD_PERCENT, field="percent")
    if fixed_amount is not None and fixed_amount <= 0:
        raise DomainError(BAD_FIXED, field="fixed_amount")


def rule_for(rules: Iterable[Rule], operation_code: str | None, job_class: str | None,
             at: datetime) -> Rule | None:
    """The rule that pays a line of ``operation_code`` on an order of ``job_class`` settled ``at``: the
    operation's first, else the job class's, else none."""
    in_force = [rule for rule in rules if rule.in_force(at)]
    code = (operation_code or "").strip()
    if code:
        for rule in in_force:
            if rule.operation_code == code:
                return rule
    if job_class:
        for rule in in_force:
            if rule.job_class == job_class and not rule.operation_code:
                return rule
    return None


def commission_of(rule: Rule | None, charge: Decimal) -> Decimal:
    """What ``rule`` pays on a line charged ``charge``: the percentage rounded half up to 分, or the fixed amount."""
    if rule is None:
        return Decimal("0.00")
    if rule.fixed_amount is not None:
        return rule.fixed_amount.quantize(CENT)
    assert rule.percent is not None
    return (charge * rule.percent / HUNDRED).quantize(CENT, ROUND_HALF_UP)


def commission_base(charge: Decimal, *, free: bool, list_charge: Decimal | None, comeback: bool,
                    policy: Policy) -> Decimal | None:
    """The charge a line's commission is counted on, or None when the owner's rule says it earns none."""
    if comeback and policy.comebacks is not Comebacks.PAY:
        return None
    if free:
        if policy.free_lines is FreeLines.NONE:
            return None
        return list_charge if list_charge is not None else charge
    return charge


def check_workers(workers: Sequence[tuple[int, int]]) -> None:
    """Refuse an empty list, a mechanic named twice or a share outside 1..100."""
    if not workers:
        raise DomainError(NO_WORKERS, field="workers")
    if len({operator for operator, _ in workers}) != len(workers):
        raise DomainError(SAME_WORKER, field="workers")
    for _, share in workers:
        if not isinstance(share, int) or isinstance(share, bool) or not 1 <= share <= 100:
            raise DomainError(BAD_SHARE, field="share")


def split(total: Decimal, shares: Sequence[int], unit: Decimal = CENT) -> list[Decimal]:
    """``total`` split by ``shares``: each part rounded down to ``unit``, the remainder to the first, so the parts
    add up to ``total`` (itself rounded half up to ``unit``). A negative total splits like its opposite."""
    if not shares:
        return []
    if total < 0:
        return [-part for part in split(-total, shares, unit)]
    whole = total.quantize(unit, ROUND_HALF_UP)
    weight = sum(shares)
    parts = [(whole * share / weight).quantize(unit, ROUND_DOWN) for share in shares]
    parts[0] += whole - sum(parts)
    return parts


def working_spans(started: datetime, finished: datetime,
                  hours: tuple[time, time] | None) -> list[tuple[datetime, datetime]]:
    """Start → finish cut to the garage's opening hours of each day (``hours``: opening, closing; None: as is):
    a line started one afternoon and finished the next morning was not worked overnight."""
    if hours is None:
        return [(started, finished)] if finished > started else []
    opening, closing = hours
    spans = []
    day = started.date()
    while day <= finished.date():
        begin, end = max(started, datetime.combine(day, opening)), min(finished, datetime.combine(day, closing))
        if end > begin:
            spans.append((begin, end))
        day += timedelta(days=1)
    return spans


def sliced_hours(intervals: Sequence[tuple[Hashable, datetime | None, datetime | None]],
                 hours: tuple[time, time] | None = None) -> dict[Hashable, Decimal]:
    """One mechanic's hours on each of their lines, from start to finish within the opening hours (``hours``),
    where the time several of their lines were open at once is shared equally between those lines: the hours add
    up to the time they had any line open, never more (a foreman who enters one start and one finish for all of
    an order's lines does not triple the mechanic's day). A line not started or not finished has none. Each to
    0.01 h."""
    spans = [(key, begin, end) for key, started, finished in intervals
             if started is not None and finished is not None
             for begin, end in working_spans(started, finished, hours)]
    seconds: dict[Hashable, Fraction] = {key: Fraction(0) for key, _, _ in intervals}
    moments = sorted({moment for _, begin, end in spans for moment in (begin, end)})
    for begin, end in pairwise(moments):
        open_now = [key for key, started, finished in spans if started <= begin and finished >= end]
        if open_now:
            each = Fraction(int((end - begin).total_seconds()), len(open_now))
            for key in open_now:
                seconds[key] += each
    return {key: (Decimal(value.numerator) / Decimal(value.denominator) / Decimal(3600)).quantize(CENT, ROUND_HALF_UP)
            for key, value in seconds.items()}


def efficiency(sold: Decimal, clocked: Decimal) -> Decimal | None:
    """Hours sold ÷ hours clocked (1 = as fast as the standard; None when nothing was clocked)."""
    if clocked <= 0:
        return None
    return (sold / clocked).quantize(Decimal("0.0001"), ROUND_HALF_UP)
