"""The pure rules of prepaid cards: the bonus a recharge earns, the principal/bonus split of a card payment, the
refund rule, and a package card's price allocated over its services and uses."""

from __future__ import annotations

from decimal import Decimal

import pytest

from garage_desktop.domain.cards import (
    RefundRule,
    allocate,
    bonus_for,
    item_values,
    refund_amounts,
    split_use,
    use_value,
)

D = Decimal
RULES = [(D("500.00"), D("30.00")), (D("1000.00"), D("100.00")), (D("3000.00"), D("400.00"))]


@pytest.mark.parametrize(("amount", "bonus"), [
    ("499.99", "0.00"), ("500.00", "30.00"), ("999.99", "30.00"), ("1000.00", "100.00"), ("2500.00", "100.00"),
    ("3000.00", "400.00"), ("10000.00", "400.00")])
def test_the_highest_rule_reached_gives_its_bonus(amount: str, bonus: str) -> None:
    assert bonus_for(D(amount), RULES) == D(bonus)


def test_no_rule_no_bonus() -> None:
    assert bonus_for(D("5000.00"), []) == D("0.00")


def test_a_payment_splits_in_the_cards_proportion_and_adds_up_exactly() -> None:
    # ¥1,000 paid + ¥100 bonus: a ¥110 payment takes ¥100 principal and ¥10 bonus.
    assert split_use(D("110.00"), D("1000.00"), D("100.00")) == (D("100.00"), D("10.00"))
    # An amount that does not divide: the bonus share rounded half up, the principal the rest.
    principal, bonus = split_use(D("33.33"), D("1000.00"), D("100.00"))
    assert bonus == D("3.03") and principal == D("30.30") and principal + bonus == D("33.33")


def test_the_whole_balance_takes_both_parts_exactly() -> None:
    assert split_use(D("1099.99"), D("999.99"), D("100.00")) == (D("999.99"), D("100.00"))


def test_a_share_never_exceeds_what_the_card_holds() -> None:
    # Almost only bonus left: rounding could ask for more bonus than there is.
    for amount in ("0.01", "0.02", "0.03", "1.00"):
        principal, bonus = split_use(D(amount), D("0.01"), D("1.00"))
        assert principal + bonus == D(amount) and 0 <= bonus <= D("1.00") and 0 <= principal <= D("0.01")
    with pytest.raises(ValueError):
        split_use(D("1.02"), D("0.01"), D("1.00"))


def test_a_card_with_no_bonus_pays_all_from_principal() -> None:
    assert split_use(D("80.00"), D("500.00"), D("0.00")) == (D("80.00"), D("0.00"))


def test_refund_rules() -> None:
    left = refund_amounts(RefundRule.PRINCIPAL_LEFT, D("600.00"), D("60.00"), D("40.00"))
    assert (left.paid_back, left.withheld, left.bonus_forfeited) == (D("600.00"), D("0.00"), D("60.00"))
    strict = refund_amounts(RefundRule.LESS_BONUS_USED, D("600.00"), D("60.00"), D("40.00"))
    assert (strict.paid_back, strict.withheld, strict.bonus_forfeited) == (D("560.00"), D("40.00"), D("60.00"))
    none = refund_amounts(RefundRule.NO_REFUND, D("600.00"), D("60.00"), D("40.00"))
    assert (none.paid_back, none.withheld) == (D("0.00"), D("600.00"))
    # More bonus spent than principal left: nothing is paid back, never a negative refund.
    assert refund_amounts(RefundRule.LESS_BONUS_USED, D("30.00"), D("0.00"), D("90.00")).paid_back == D("0.00")


def test_allocation_adds_up_to_the_total_with_the_remainder_last() -> None:
    shares = allocate(D("100.00"), [D(1), D(1), D(1)])
    assert shares == [D("33.33"), D("33.33"), D("33.34")]
    assert allocate(D("10.00"), [D(0), D(0)]) == [D("5.00"), D("5.00")]


def test_a_package_price_follows_the_list_value_of_its_services() -> None:
    # 5 oil services of 0.5 h and 2 wheel alignments of 1.0 h: list values 2.5 and 2.0 of 4.5.
    values = item_values(D("800.00"), [(D("0.5"), 5), (D("1.0"), 2)])
    assert values == [D("444.44"), D("355.56")] and sum(values) == D("800.00")
    # No hours anywhere: by uses.
    assert item_values(D("90.00"), [(D(0), 1), (D(0), 2)]) == [D("30.00"), D("60.00")]


def test_the_uses_of_a_service_add_up_to_its_value_the_last_taking_the_rest() -> None:
    value, uses, taken = D("444.44"), 5, []
    while uses:
        one = use_value(D("444.44"), 5, value, uses)
        taken.append(one)
        value, uses = value - one, uses - 1
    assert taken == [D("88.88")] * 4 + [D("88.92")] and sum(taken) == D("444.44")
    assert use_value(D("10.00"), 2, D("10.00"), 0) == D("0.00")
