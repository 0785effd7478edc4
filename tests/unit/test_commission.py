"""提成 rules without a database: which rule pays, how much, how it splits, free and comeback lines."""

from __future__ import annotations

from datetime import datetime, time
from decimal import Decimal as D

import pytest

from garage_desktop.domain import commission as c
from garage_desktop.domain.commission import Comebacks, FreeLines, Policy, Rule
from garage_desktop.domain.text import DomainError

T0 = datetime(2026, 11, 1, 8, 0)
OIL = Rule(1, "BY01", None, None, D("20.00"), T0)
MINOR = Rule(2, None, "minor", D(10), None, T0)
MAJOR = Rule(3, None, "major", D("12.5"), None, T0)


def test_the_operations_rule_wins_over_the_job_class_and_none_is_none() -> None:
    rules = [MINOR, OIL, MAJOR]
    at = datetime(2026, 11, 20)
    assert c.rule_for(rules, "BY01", "minor", at) is OIL
    assert c.rule_for(rules, "XX99", "minor", at) is MINOR
    assert c.rule_for(rules, "", "major", at) is MAJOR
    assert c.rule_for(rules, "", "medium", at) is None
    assert c.rule_for([], "BY01", "minor", at) is None


def test_the_rule_in_force_at_the_moment_counts() -> None:
    old = Rule(4, None, "minor", D(10), None, T0, ended_at=datetime(2026, 11, 15))
    new = Rule(5, None, "minor", D(15), None, datetime(2026, 11, 15))
    assert c.rule_for([old, new], "", "minor", datetime(2026, 11, 14, 23)) is old
    assert c.rule_for([old, new], "", "minor", datetime(2026, 11, 15)) is new
    assert c.rule_for([old, new], "", "minor", datetime(2026, 10, 31)) is None


def test_a_percentage_is_rounded_half_up_to_the_fen_and_a_fixed_amount_is_as_set() -> None:
    assert c.commission_of(MINOR, D("123.45")) == D("12.35")  # 12.345 → 12.35
    assert c.commission_of(MAJOR, D("100.04")) == D("12.51")  # 12.505 → 12.51
    assert c.commission_of(OIL, D("0.00")) == D("20.00")
    assert c.commission_of(None, D(500)) == D("0.00")


@pytest.mark.parametrize("total, shares, parts", [
    (D("20.00"), [1, 1], [D("10.00"), D("10.00")]),
    (D("20.00"), [2, 1], [D("13.34"), D("6.66")]),
    (D("0.01"), [1, 1, 1], [D("0.01"), D("0.00"), D("0.00")]),
    (D("10.00"), [1, 1, 1], [D("3.34"), D("3.33"), D("3.33")]),
    (D("-20.00"), [2, 1], [D("-13.34"), D("-6.66")]),
    (D("7.00"), [7], [D("7.00")]),
])
def test_a_split_adds_up_exactly_with_the_remainder_to_the_lead(total: D, shares: list[int], parts: list[D]) -> None:
    assert c.split(total, shares) == parts
    assert sum(parts) == total


def test_efficiency_is_sold_over_clocked() -> None:
    assert c.efficiency(D("2.00"), D("2.50")) == D("0.8000")
    assert c.efficiency(D("2.00"), D(0)) is None


def test_time_with_several_lines_open_is_shared_between_them() -> None:
    at = datetime(2026, 11, 1)
    hours = c.sliced_hours([("a", at.replace(hour=9), at.replace(hour=11)),
                            ("b", at.replace(hour=10), at.replace(hour=12)),
                            ("c", at.replace(hour=14), at.replace(hour=15)),
                            ("d", at.replace(hour=9), None)])
    # 09–10 a alone, 10–11 a and b (half each), 11–12 b alone, 14–15 c alone
    assert hours == {"a": D("1.50"), "b": D("1.50"), "c": D("1.00"), "d": D("0.00")}
    assert c.sliced_hours([("a", at.replace(hour=9), at.replace(hour=10, minute=20))]) == {"a": D("1.33")}


def test_hours_clocked_count_only_the_opening_hours() -> None:
    day = (time(8), time(18))
    started, finished = datetime(2026, 11, 2, 15, 0), datetime(2026, 11, 3, 9, 30)
    assert c.working_spans(started, finished, day) == [(started, datetime(2026, 11, 2, 18)),
                                                       (datetime(2026, 11, 3, 8), finished)]
    assert c.sliced_hours([("a", started, finished)], day) == {"a": D("4.50")}  # 3 h + 1.5 h, not 18.5 h
    assert c.sliced_hours([("a", started, finished)]) == {"a": D("18.50")}
    assert c.working_spans(datetime(2026, 11, 2, 19), datetime(2026, 11, 2, 20), day) == []


def test_free_and_comeback_lines_follow_the_owners_rule() -> None:
    base = c.commission_base
    assert base(D(200), free=False, list_charge=None, comeback=False, policy=Policy()) == D(200)
    assert base(D(0), free=True, list_charge=D(200), comeback=False, policy=Policy(FreeLines.NONE)) is None
    assert base(D(0), free=True, list_charge=D(200), comeback=False, policy=Policy(FreeLines.LIST)) == D(200)
    for comebacks in (Comebacks.NONE, Comebacks.CLAW_BACK):
        assert base(D(0), free=False, list_charge=None, comeback=True, policy=Policy(comebacks=comebacks)) is None
    assert base(D(0), free=False, list_charge=None, comeback=True, policy=Policy(comebacks=Comebacks.PAY)) == D(0)


@pytest.mark.parametrize("args, field", [
    (("", None, D(10), None), "target"),
    (("BY01", "minor", D(10), None), "target"),
    (("BY01", None, None, None), "amount"),
    (("BY01", None, D(10), D(5)), "amount"),
    (("BY01", None, D(0), None), "percent"),
    (("BY01", None, D("100.01"), None), "percent"),
    (("BY01", None, None, D(-1)), "fixed_amount"),
])
def test_a_bad_rule_names_its_field(args: tuple[object, ...], field: str) -> None:
    with pytest.raises(DomainError) as refused:
        c.check_rule(*args)  # type: ignore[arg-type]
    assert refused.value.field == field
    c.check_rule("BY01", None, D(100), None)  # the edge is allowed


@pytest.mark.parametrize("workers, field", [([], "workers"), ([(1, 1), (1, 2)], "workers"),
                                            ([(1, 0)], "share"), ([(1, 101)], "share")])
def test_bad_workers_are_refused(workers: list[tuple[int, int]], field: str) -> None:
    with pytest.raises(DomainError) as refused:
        c.check_workers(workers)
    assert refused.value.field == field
