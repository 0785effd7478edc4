"""KPIs on crafted histories (DOMAIN.md definitions), each case named for what happened to the car."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal

from garage_desktop.domain import kpi
from garage_desktop.domain.added_work import promise_in_force
from garage_desktop.domain.classes import Payer, RegulatoryClass
from garage_desktop.domain.kpi import Call, DepositFacts, OrderFacts
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.pricing import HourUnit
from garage_desktop.domain.settlement import Category, Charge, Reduction

S = OrderStatus
D = Decimal
NOV = kpi.month_period(date(2026, 11, 1))
DEC = kpi.month_period(date(2026, 12, 1))


def at(day: int, hour: int = 9, minute: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, minute)


def delivered(order_id: int, day: int, **changes: object) -> OrderFacts:
    """A plain good job: received at 9, promised 17:00, ready and told 15:00, settled 16:00, handed over 16:30."""
    facts = OrderFacts(order_id, S.FOLLOWED_UP, received_at=at(day), ready_at=at(day, 15),
                       customer_told_at=at(day, 15),
                       promised_at=at(day, 17), original_promised_at=at(day, 17), settled_at=at(day, 16),
                       delivered_at=at(day, 16, 30), passed_qc_first_time=True,
                       calls=(Call(at(day, 16, 30) + timedelta(hours=18), True),))
    return replace(facts, **changes)  # type: ignore[arg-type]


# --- first-time fix and comebacks -------------------------------------------------------------------------------

def test_a_clean_month_is_all_first_time_fixes() -> None:
    orders = [delivered(1, 3), delivered(2, 4)]
    result = kpi.first_time_fix(orders, NOV)
    assert (result.numerator, result.denominator, result.ratio) == (2, 2, D("1.0000"))
    assert result.numerator_ids == (1, 2) and result.denominator_ids == (1, 2)


def test_a_counter_sale_is_no_repair_for_the_first_time_fix_rate() -> None:
    """Parts sold over the counter never go through final QC: delivered, but not counted as a (failed) fix."""
    counter_sale = delivered(3, 5, passed_qc_first_time=None)
    orders = [delivered(1, 3), delivered(2, 4), counter_sale]
    assert kpi.first_time_fix(orders, NOV).denominator_ids == (1, 2)
    assert kpi.figures(orders, NOV).first_time_fix.denominator_ids == (1, 2)
    assert kpi.comeback(orders, NOV).denominator == 3  # still a car handed over


def test_comeback_inside_warranty_misses_first_time_fix_and_counts_as_comeback() -> None:
    earlier = delivered(1, 3, comeback_ids=(9,))
    comeback_order = OrderFacts(9, S.IN_REPAIR, received_at=at(8), comeback_of_id=1)
    orders = [earlier, delivered(2, 4), comeback_order]
    fix = kpi.first_time_fix(orders, NOV)
    assert (fix.numerator, fix.denominator) == (1, 2) and fix.numerator_ids == (2,)
    back = kpi.comeback(orders, NOV)
    assert (back.numerator, back.denominator, back.numerator_ids) == (1, 2, (1,))
    # 5 days after a minor repair (warranty 10 days): the app would have proposed the link
    assert kpi.comeback_within_warranty(RegulatoryClass.MINOR_REPAIR, earlier.delivered_at, 41_000, at(8),
                                        41_300) is True


def test_return_outside_warranty_is_not_a_comeback() -> None:
    # The same car came back 40 days after a minor repair: outside the 10-day warranty, so nobody linked it.
    earlier = delivered(1, 3)
    later = delivered(2, 13, received_at=at(13), comeback_of_id=None)
    assert kpi.comeback_within_warranty(RegulatoryClass.MINOR_REPAIR, at(3, 16, 30), 41_000,
                                        at(13, month=12), 41_500) is False
    assert kpi.first_time_fix([earlier, later], NOV).ratio == D("1.0000")
    assert kpi.comeback([earlier, later], NOV).numerator == 0


def test_comeback_beyond_the_km_limit_is_outside_warranty_even_within_the_days() -> None:
    assert kpi.comeback_within_warranty(RegulatoryClass.MINOR_REPAIR, at(3), 41_000, at(8), 43_500) is False
    assert kpi.comeback_within_warranty(RegulatoryClass.LEVEL2_MAINTENANCE, at(3), 41_000, at(20), 43_500) is True
    assert kpi.comeback_within_warranty(RegulatoryClass.MINOR_REPAIR, None, None, at(8), None) is None


def test_a_linked_comeback_counts_by_its_mark_whatever_the_warranty() -> None:
    # The advisor confirmed a 返修 link (goodwill beyond the legal warranty): the definition follows the mark.
    orders = [delivered(1, 3, comeback_ids=(9,))]
    assert kpi.first_time_fix(orders, NOV).numerator == 0
    assert kpi.comeback(orders, NOV).numerator == 1


def test_qc_failed_then_passed_is_delivered_but_not_fixed_first_time() -> None:
    reworked = delivered(1, 3, passed_qc_first_time=False)
    result = kpi.first_time_fix([reworked, delivered(2, 4)], NOV)
    assert (result.numerator, result.denominator, result.numerator_ids) == (1, 2, (2,))


# --- on time -------------------------------------------------------------------------------------------------------

def test_promise_moved_before_it_expired_is_the_promise_in_force() -> None:
    original = at(5, 12)
    moved = promise_in_force(original, at(5, 18), agreed_at=at(5, 11))  # agreed an hour before it passed
    assert moved == at(5, 18)
    order = delivered(1, 5, original_promised_at=original, promised_at=moved, ready_at=at(5, 17),
                      customer_told_at=at(5, 17, 5))
    assert kpi.on_time([order], NOV).ratio == D("1.0000")
    assert kpi.on_time([order], NOV, original=True).ratio == D("0.0000")


def test_promise_moved_after_it_expired_keeps_the_late_promise() -> None:
    original = at(10, 12)
    kept = promise_in_force(original, at(10, 18), agreed_at=at(10, 12, 30))  # the old time had already passed
    assert kept == original
    order = delivered(1, 10, original_promised_at=original, promised_at=kept, ready_at=at(10, 14),
                      customer_told_at=at(10, 14))
    on_time, against_original = kpi.on_time([order], NOV), kpi.on_time([order], NOV, original=True)
    assert (on_time.numerator, on_time.denominator) == (0, 1)
    assert (against_original.numerator, against_original.denominator) == (0, 1)


def test_ready_means_qc_passed_and_customer_told() -> None:
    # QC passed at 16:00 before the 17:00 promise, but the customer was only told at 17:30: late.
    late_call = delivered(1, 3, ready_at=at(3, 16), customer_told_at=at(3, 17, 30), settled_at=at(3, 18),
                          delivered_at=at(3, 18, 10))
    assert kpi.ready_moment(late_call) == at(3, 17, 30)
    assert kpi.on_time([late_call], NOV).numerator == 0


def test_never_told_counts_as_ready_when_the_customer_came_to_the_counter() -> None:
    untold = delivered(1, 3, customer_told_at=None, settled_at=at(3, 18), delivered_at=at(3, 18, 5))
    assert kpi.ready_moment(untold) == at(3, 18)
    still_waiting = OrderFacts(2, S.READY, received_at=at(3), ready_at=at(3, 15), promised_at=at(3, 17))
    assert kpi.ready_moment(still_waiting) is None
    assert kpi.on_time([untold, still_waiting], NOV).denominator == 1


def test_order_without_a_promise_is_not_on_time() -> None:
    order = delivered(1, 3, promised_at=None, original_promised_at=None)
    assert kpi.on_time([order], NOV).numerator == 0 and kpi.on_time([order], NOV).denominator == 1


# --- the month boundary ------------------------------------------------------------------------------------------

def test_order_delivered_next_month_counts_next_month() -> None:
    # Ready and told on 30 November, settled and handed over on 1 December.
    order = delivered(1, 30, settled_at=at(1, 9, month=12), delivered_at=at(1, 9, 10, month=12),
                      calls=(Call(at(2, 10, month=12), True),),
                      charges=(Charge(Category.LABOUR, Payer.SELF, D("200.00")),))
    assert kpi.first_time_fix([order], NOV).denominator == 0
    assert kpi.first_time_fix([order], NOV).ratio is None
    assert kpi.on_time([order], NOV).denominator_ids == (1,)  # it was ready in November
    assert kpi.revenue([order], NOV).total == 0
    assert kpi.first_time_fix([order], DEC).denominator_ids == (1,)
    assert kpi.on_time([order], DEC).denominator == 0
    assert kpi.revenue([order], DEC).total == D("200.00")
    assert kpi.follow_up([order], DEC).numerator == 1


def test_month_period_and_month_steps() -> None:
    assert DEC == kpi.Period(datetime(2026, 12, 1), datetime(2027, 1, 1))
    assert datetime(2026, 11, 30, 23, 59) in NOV and datetime(2026, 12, 1) not in NOV
    assert kpi.shift_month(date(2026, 11, 15), -11) == date(2025, 12, 1)
    assert kpi.shift_month(date(2026, 11, 15), 2) == date(2027, 1, 1)


# --- follow-ups, hours, cancelled orders ---------------------------------------------------------------------------

def test_follow_up_counts_a_reached_call_within_two_days() -> None:
    on_time = delivered(1, 3, calls=(Call(at(3, 16, 30) + timedelta(hours=47), True),))
    unreached = delivered(2, 3, calls=(Call(at(4, 10), False),))
    late = delivered(3, 3, calls=(Call(at(4, 10), False), Call(at(3, 16, 30) + timedelta(hours=49), True)))
    never = delivered(4, 3, calls=())
    result = kpi.follow_up([on_time, unreached, late, never], NOV)
    assert (result.numerator, result.denominator, result.numerator_ids) == (1, 4, (1,))


def test_average_hours_in_the_shop() -> None:
    quick = delivered(1, 3)  # 09:00 → 16:30
    overnight = delivered(2, 4, delivered_at=at(5, 9))  # 09:00 → next day 09:00
    result = kpi.hours_in_shop([quick, overnight], NOV)
    assert (result.total, result.count, result.value) == (D("31.50"), 2, D("15.8"))
    assert kpi.hours_in_shop([], NOV).value is None


def test_cancelled_orders_never_count() -> None:
    cancelled = delivered(1, 3, status=S.CANCELLED)
    assert kpi.first_time_fix([cancelled], NOV).denominator == 0
    assert kpi.on_time([cancelled], NOV).denominator == 0
    assert kpi.revenue([cancelled], NOV).order_ids == ()


def test_zero_denominator_gives_no_ratio() -> None:
    assert kpi.rate((), ()) == kpi.Rate(0, 0, None, (), ())
    assert kpi.rate((1,), (1, 2, 3)).ratio == D("0.3333")


# --- money ---------------------------------------------------------------------------------------------------------

def test_revenue_split_labour_parts_and_payer_less_discounts() -> None:
    self_pay = delivered(1, 3, charges=(Charge(Category.LABOUR, Payer.SELF, D("150.00")),
                                        Charge(Category.PARTS, Payer.SELF, D("90.00"))),
                         discounts=(Reduction(Payer.SELF, D("20.00")),))
    claim = delivered(2, 4, charges=(Charge(Category.LABOUR, Payer.CLAIM, D("200.00")),
                                     Charge(Category.PARTS, Payer.CLAIM, D("45.00")),
                                     Charge(Category.PARTS, Payer.SELF, D("30.00"))))
    result = kpi.revenue([self_pay, claim], NOV)
    mine, insurer, maker = result.of(Payer.SELF), result.of(Payer.CLAIM), result.of(Payer.WARRANTY)
    assert (mine.labour, mine.parts, mine.discount, mine.total, mine.orders) == (
        D("150.00"), D("120.00"), D("20.00"), D("250.00"), 2)
    assert (insurer.total, insurer.orders) == (D("245.00"), 1)
    assert (maker.total, maker.orders) == (D("0"), 0)
    assert (result.labour, result.parts, result.discount, result.total) == (D("350.00"), D("165.00"), D("20.00"),
                                                                            D("495.00"))
    assert [p.payer for p in result.by_payer] == [Payer.SELF, Payer.WARRANTY, Payer.CLAIM]
    assert kpi.money_of(self_pay).total == D("220.00")


def test_deposit_still_open() -> None:
    released = DepositFacts(7, ((at(20, 17), D("500.00")),), released_at=at(20, 17), settled_at=None,
                            refunded_at=None)
    [held] = kpi.open_deposits([released], NOV.end)
    assert (held.order_id, held.amount, held.since, held.days_open) == (7, D("500.00"), at(20, 17), 10)
    assert kpi.open_deposits([released], at(20, 16)) == ()  # not taken yet


def test_deposit_settled_or_refunded_later_is_open_only_until_then() -> None:
    settled_later = DepositFacts(7, ((at(20, 17), D("500.00")),), at(20, 17), settled_at=at(3, 10, month=12),
                                 refunded_at=None)
    refunded = DepositFacts(8, ((at(21, 17), D("300.00")), (at(25, 9), D("-300.00"))), at(21, 17), None,
                            refunded_at=at(25, 9))
    assert [d.order_id for d in kpi.open_deposits([settled_later, refunded], NOV.end)] == [7]
    assert kpi.open_deposits([settled_later, refunded], DEC.end) == ()
    assert [d.order_id for d in kpi.open_deposits([settled_later, refunded], at(24))] == [7, 8]


def test_hours_sold_in_clock_hours() -> None:
    assert kpi.hours_of(D("1.50"), HourUnit.HOUR) == D("1.50")
    assert kpi.hours_of(D("18"), HourUnit.FIVE_MINUTES) == D("1.5")


def test_all_figures_of_a_period_together() -> None:
    orders = [delivered(1, 3), delivered(2, 4, passed_qc_first_time=False, comeback_ids=(5,))]
    result = kpi.figures(orders, NOV)
    assert result.cars_delivered == 2
    assert result.first_time_fix.numerator_ids == (1,)
    assert result.comeback.numerator_ids == (2,)
    assert result.on_time.ratio == result.on_time_original.ratio == D("1.0000")
