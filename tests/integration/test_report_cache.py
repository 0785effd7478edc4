"""The KPI tab's kept figures (``services.report_cache``, issue 20) agree with ``services.reports`` before and after
changes made through the services, read again only what the audit trail says changed, and start over when the
trail is not the one they saw (a restore) or a customer or car changed."""

from __future__ import annotations

from dataclasses import fields, is_dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import update

from garage_desktop.db.engine import Database
from garage_desktop.db.models import Customer
from garage_desktop.domain import kpi
from garage_desktop.domain.classes import Role
from garage_desktop.services import audit, checkout, clock, comebacks, followup, report_cache, reports
from garage_desktop.services.report_cache import ReportCache
from garage_desktop.services.reports import Figure
from tests.integration.test_reports import NOVEMBER, NOW, build_history

DECEMBER = date(2026, 12, 1)


def _sorted(value: Any) -> Any:
    """The figures with every list of order ids in id order (the database returns the orders in any order)."""
    if is_dataclass(value) and not isinstance(value, type):
        return replace(value, **{f.name: _sorted(getattr(value, f.name)) for f in fields(value) if f.init})
    if isinstance(value, tuple) and value and all(isinstance(v, int) for v in value):
        return tuple(sorted(value))
    if isinstance(value, tuple):
        return tuple(_sorted(v) for v in value)
    return value


def _cache(db: Database, last: date = DECEMBER) -> ReportCache:
    cache = ReportCache()
    with db.session_scope() as session:
        cache.merge(report_cache.read_months(session, ReportCache.window(last, 13)))
    return cache


def _agrees(db: Database, cache: ReportCache, month: date = NOVEMBER) -> None:
    with db.session_scope() as session:
        cache.refresh(session)
        expected = reports.dashboard(session, month)
        for figure in Figure:
            lines = cache.order_lines(session, expected.month, figure)
            assert sorted(lines, key=lambda line: line.order_id) == sorted(
                reports.orders_behind(session, month, figure), key=lambda line: line.order_id), figure
    assert _sorted(cache.dashboard(month)) == _sorted(expected)


def test_the_kept_figures_are_the_reports_figures(db: Database, people: dict) -> None:
    build_history(db, people)
    cache = _cache(db)
    _agrees(db, cache, NOVEMBER)
    _agrees(db, cache, DECEMBER)


def test_a_click_computes_nothing_and_a_change_only_the_months_it_touches(db: Database, people: dict) -> None:
    ids = build_history(db, people).ids
    cache = _cache(db)
    cache.dashboard(DECEMBER)
    computed = cache.computed
    cache.dashboard(DECEMBER)
    cache.month_kpis(NOVEMBER)
    assert cache.computed == computed  # kept: a tile, the same month again
    with db.session_scope() as session:
        assert cache.refresh(session) == set()  # nothing changed: nothing read
    clock.set_fixed(datetime(2026, 11, 11, 9, 0))
    with db.session_scope() as session:  # C's customer reached within two days: November's follow-up rate
        followup.record_call(session, people[Role.ADVISOR], ids["C"], True, 5, "", "", None)
    clock.set_fixed(NOW)
    with db.session_scope() as session:
        assert cache.refresh(session) == {NOVEMBER}
    assert cache.month_kpis(NOVEMBER).follow_up.numerator == 3
    assert cache.computed == computed + 1
    _agrees(db, cache, NOVEMBER)


def test_money_deposits_and_comebacks_follow_the_audit_trail(db: Database, people: dict) -> None:
    ids = build_history(db, people).ids
    cache = _cache(db)
    assert cache.month_kpis(DECEMBER).open_deposits  # D's ¥500 held now
    with db.session_scope() as session:  # D settled on 5 December: its deposit is no longer held
        checkout.settle(session, people[Role.CASHIER], ids["D"])  # ¥100 of the ¥500, the rest refunded
    clock.set_fixed(NOW.replace(hour=11))
    _agrees(db, cache, DECEMBER)
    assert not cache.month_kpis(DECEMBER).open_deposits
    assert cache.month_kpis(DECEMBER).revenue.total == Decimal("180.00")
    assert cache.month_kpis(NOVEMBER).comeback.numerator_ids == (ids["C"],)
    with db.session_scope() as session:  # G is not a comeback of C after all: C's comeback leaves November
        comebacks.reject_comeback(session, people[Role.OWNER], ids["G"], ids["C"], "新故障")
    _agrees(db, cache, NOVEMBER)
    assert cache.month_kpis(NOVEMBER).comeback.numerator == 0
    assert cache.resets == 0


def test_a_customer_changed_or_another_trail_starts_over(db: Database, people: dict) -> None:
    build_history(db, people)
    cache = _cache(db)
    with db.session_scope() as session:
        session.execute(update(Customer).values(name="林志強"))
        audit.record(session, people[Role.ADVISOR], "update", "customer", 1, after={"name": "林志強"})
    with db.session_scope() as session:
        cache.refresh(session)
    assert cache.resets == 1 and cache.missing(NOVEMBER, 12)  # read again on the next show
    cache = _cache(db)
    cache._mark = (cache._mark[0], "0" * 64)  # as if the file had been restored from another history
    with db.session_scope() as session:
        cache.refresh(session)
    assert cache.resets == 1 and not cache.loaded_months()


def test_months_let_go_are_read_again_as_they_were(db: Database, people: dict) -> None:
    """Issue 20: the window lets go of the months it no longer shows (``keep``); an order that counts in a month
    kept stays, with its place in the months let go, so a month read again has the same figures: E (received in
    November, delivered in December) counts in both."""
    ids = build_history(db, people).ids
    cache = _cache(db)
    november = _sorted(cache.dashboard(NOVEMBER))
    assert cache.keep([DECEMBER, date(2026, 10, 1)]) >= {NOVEMBER}
    assert NOVEMBER not in cache.loaded_months() and DECEMBER in cache.loaded_months()
    assert ids["E"] in cache and ids["F"] in cache and ids["A"] not in cache  # A counts in November alone
    assert cache.keep([DECEMBER, date(2026, 10, 1)]) == set()  # nothing more to let go
    with db.session_scope() as session:
        cache.merge(report_cache.read_months(session, ReportCache.window(DECEMBER, 13)))  # as ``_cache``
    assert _sorted(cache.dashboard(NOVEMBER)) == november
    _agrees(db, cache, NOVEMBER)
    _agrees(db, cache, DECEMBER)


def test_months_read_in_two_goes_match_one_read(db: Database, people: dict) -> None:
    build_history(db, people)
    cache = ReportCache()
    with db.session_scope() as session:
        cache.merge(report_cache.read_months(session, [NOVEMBER, DECEMBER]))
        cache.merge(report_cache.read_months(session, ReportCache.window(date(2026, 10, 1), 11), deposits=False))
    assert not cache.missing(NOVEMBER, 12)
    _agrees(db, cache, NOVEMBER)
    assert kpi.month_period(DECEMBER).start.date() in cache.loaded_months()


def test_kept_facts_share_equal_values_and_lose_nothing() -> None:
    """The read-ahead keeps each equal moment, amount and charge once (memory, issue 20): every fact of an order
    comes out as it went in (a field added to ``OrderFacts`` is kept too), the charges summed by category and
    payer, and an amount keeps its digits (1.0 is not shown as 1.00)."""
    from garage_desktop.domain.classes import Payer
    from garage_desktop.domain.lifecycle import OrderStatus
    from garage_desktop.domain.settlement import Category, Charge, Reduction

    moment = datetime(2026, 11, 3, 10, 0)
    values: dict[str, Any] = {
        "received_at": datetime(2026, 11, 2, 9, 0), "ready_at": moment, "customer_told_at": moment,
        "promised_at": datetime(2026, 11, 3, 17, 0), "original_promised_at": datetime(2026, 11, 3, 17, 0),
        "settled_at": datetime(2026, 11, 4, 9, 0), "delivered_at": datetime(2026, 11, 4, 9, 0),
        "passed_qc_first_time": True, "comeback_of_id": 3, "comeback_ids": (9, 11),
        "calls": (kpi.Call(datetime(2026, 11, 5, 10, 0), True),),
        "charges": (Charge(Category.LABOUR, Payer.SELF, Decimal("100.00")),
                    Charge(Category.LABOUR, Payer.SELF, Decimal("50.00")),
                    Charge(Category.PARTS, Payer.SELF, Decimal("1.0"))),
        "discounts": (Reduction(Payer.SELF, Decimal("5.00")),), "declined": True}
    assert set(values) | {"order_id", "status"} == {f.name for f in fields(kpi.OrderFacts)}, \
        "a new fact: give it to report_cache.Same.facts"
    same = report_cache.Same()
    first = same.facts(kpi.OrderFacts(7, OrderStatus.DELIVERED, **values))
    second = same.facts(kpi.OrderFacts(8, OrderStatus.DELIVERED, **{
        **values, "charges": (Charge(Category.LABOUR, Payer.SELF, Decimal("150.00")),
                              Charge(Category.PARTS, Payer.SELF, Decimal("1.00")))}))

    assert first == kpi.OrderFacts(7, OrderStatus.DELIVERED, **{
        **values, "charges": (Charge(Category.LABOUR, Payer.SELF, Decimal("150.00")),
                              Charge(Category.PARTS, Payer.SELF, Decimal("1.0")))})
    assert first.promised_at is second.original_promised_at and first.charges[0] is second.charges[0]
    assert str(first.charges[1].amount) == "1.0" and str(second.charges[1].amount) == "1.00"


# --- far months: their figures alone, kept by the backfill (issue 20) ---------------------------------------------
LATER = datetime(2028, 12, 5, 10, 0)  # two years on: November and December 2026 are before the window


def _backfilled(db: Database) -> ReportCache:
    """A cache as the window keeps it two years on: the window's eighteen months read, every month before them
    back to the first order kept as figures alone, a month at a time (``FiguresReader.backfill``)."""
    clock.set_fixed(LATER)
    cache = ReportCache()
    start = ReportCache.window(LATER.date().replace(day=1), 18)[0]
    with db.session_scope() as session:
        cache.merge(report_cache.read_months(session, ReportCache.window(LATER.date(), 18)))
        cache.first_month = report_cache.first_month(session)
    _backfill(db, cache, start)
    return cache


def _backfill(db: Database, cache: ReportCache, start: date) -> None:
    while (month := cache.next_far(start)) is not None:
        with db.session_scope() as session:
            assert cache.keep_far(cache.far_job(month)(session))


def _far_agrees(db: Database, cache: ReportCache, month: date) -> None:
    assert month in cache.far_months() and month not in cache.loaded_months()
    with db.session_scope() as session:
        assert _sorted(cache.dashboard(month)) == _sorted(reports.dashboard(session, month))


def test_far_months_keep_the_reports_figures_alone(db: Database, people: dict) -> None:
    build_history(db, people)
    cache = _backfilled(db)
    assert cache.first_month == date(2026, 10, 1)
    assert cache.far_months() == set(ReportCache.window(date(2027, 6, 1), 9 + 11))  # the first's trend too
    assert not any(cache.has_figures(date(2025, month, 1)) for month in (1, 10))  # before its trend: none
    _far_agrees(db, cache, NOVEMBER)
    _far_agrees(db, cache, DECEMBER)
    assert not any(order_id in cache for order_id in range(1, 20))  # no order's facts kept for them


def test_a_change_to_a_far_months_order_drops_its_figures_until_computed_again(db: Database, people: dict) -> None:
    ids = build_history(db, people).ids
    cache = _backfilled(db)
    start = ReportCache.window(LATER.date().replace(day=1), 18)[0]
    clock.set_fixed(datetime(2026, 11, 11, 9, 0))
    with db.session_scope() as session:  # C's customer reached within two days: November's follow-up rate
        followup.record_call(session, people[Role.ADVISOR], ids["C"], True, 5, "", "", None)
    clock.set_fixed(LATER)
    with db.session_scope() as session:
        assert NOVEMBER in cache.refresh(session)
    assert NOVEMBER not in cache.far_months() and DECEMBER in cache.far_months()
    _backfill(db, cache, start)
    _far_agrees(db, cache, NOVEMBER)
    assert cache.month_kpis(NOVEMBER).follow_up.numerator == 3

    with db.session_scope() as session:  # G is not a comeback of C after all: C's comeback leaves November
        comebacks.reject_comeback(session, people[Role.OWNER], ids["G"], ids["C"], "新故障")
        cache.refresh(session)
    assert NOVEMBER not in cache.far_months()  # C's month, though only G was changed (its facts are not kept)
    _backfill(db, cache, start)
    _far_agrees(db, cache, NOVEMBER)
    assert cache.month_kpis(NOVEMBER).comeback.numerator == 0

    assert cache.month_kpis(DECEMBER).open_deposits  # D's ¥500 held at the end of December 2026
    clock.set_fixed(NOW.replace(hour=11))
    with db.session_scope() as session:  # D settled on 5 December 2026: its deposit no longer held
        checkout.settle(session, people[Role.CASHIER], ids["D"])
    clock.set_fixed(LATER)
    with db.session_scope() as session:
        cache.refresh(session)
    _backfill(db, cache, start)
    _far_agrees(db, cache, DECEMBER)
    _far_agrees(db, cache, NOVEMBER)
    assert not cache.month_kpis(DECEMBER).open_deposits
    assert cache.month_kpis(DECEMBER).revenue.total == Decimal("180.00")
    assert cache.resets == 0


def test_far_figures_read_before_a_change_the_cache_took_in_are_not_kept(db: Database, people: dict) -> None:
    ids = build_history(db, people).ids
    cache = _backfilled(db)
    with db.session_scope() as session:
        stale = cache.far_job(NOVEMBER)(session)
    clock.set_fixed(datetime(2026, 11, 11, 9, 0))
    with db.session_scope() as session:
        followup.record_call(session, people[Role.ADVISOR], ids["C"], True, 5, "", "", None)
    clock.set_fixed(LATER)
    with db.session_scope() as session:
        cache.refresh(session)
    assert not cache.keep_far(stale) and NOVEMBER not in cache.far_months()


def test_a_start_over_drops_the_far_months_figures(db: Database, people: dict) -> None:
    build_history(db, people)
    cache = _backfilled(db)
    assert cache.far_months()
    with db.session_scope() as session:
        session.execute(update(Customer).values(name="林志強"))
        audit.record(session, people[Role.ADVISOR], "update", "customer", 1, after={"name": "林志強"})
    with db.session_scope() as session:
        cache.refresh(session)
    assert cache.resets == 1 and not cache.far_months() and not cache.has_figures(NOVEMBER)
