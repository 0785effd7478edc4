"""Settlement arithmetic: totals per payer and category, discounts, the claim split, cash change, 大寫."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from garage_desktop.domain.classes import Payer
from garage_desktop.domain.settlement import (
    Category,
    Charge,
    Reduction,
    amount_in_words,
    change_due,
    charged_quantity,
    check_discount,
    claim_share,
    is_charged,
    settle_totals,
)
from garage_desktop.domain.text import DomainError

D = Decimal
L, P = Category.LABOUR, Category.PARTS


def test_self_pay_totals_are_labour_plus_parts_minus_discounts() -> None:
    charges = [Charge(L, Payer.SELF, D("360.00")), Charge(L, Payer.SELF, D("120.00")),
               Charge(P, Payer.SELF, D("380.00"))]
    result = settle_totals(charges, [Reduction(Payer.SELF, D("60.00"))])
    share = result.of(Payer.SELF)
    assert share is not None
    assert (share.labour, share.parts, share.discount, share.total) == (D("480.00"), D("380.00"), D("60.00"),
                                                                        D("800.00"))
    assert result.customer_owes == D("800.00") and result.receivable == 0
    assert result.payable == result.total == D("800.00")
    assert result.of(Payer.WARRANTY) is None and not result.claim_pending


def test_warranty_is_paid_by_the_maker_and_the_customer_owes_nothing() -> None:
    result = settle_totals([Charge(L, Payer.WARRANTY, D("300.00")), Charge(P, Payer.WARRANTY, D("900.00"))])
    share = result.of(Payer.WARRANTY)
    assert share is not None and share.total == D("1200.00")
    assert (share.customer, share.third_party) == (D(0), D("1200.00"))
    assert result.customer_owes == 0 and result.receivable == D("1200.00")


def test_a_claim_splits_between_the_insurer_and_the_customer() -> None:
    charges = [Charge(L, Payer.CLAIM, D("800.00")), Charge(P, Payer.CLAIM, D("2200.00"))]
    pending = settle_totals(charges)
    assert pending.claim_pending and pending.customer_owes == 0 and pending.receivable == 0
    result = settle_totals(charges, claim_approved=D("2500.00"))
    share = result.of(Payer.CLAIM)
    assert share is not None and share.total == D("3000.00")
    assert (share.third_party, share.customer) == (D("2500.00"), D("500.00"))
    assert not result.claim_pending


def test_mixed_orders_total_per_payer_and_overall() -> None:
    charges = [Charge(L, Payer.SELF, D("100.00")), Charge(P, Payer.SELF, D("50.00")),
               Charge(L, Payer.WARRANTY, D("200.00")), Charge(P, Payer.WARRANTY, D("400.00")),
               Charge(L, Payer.CLAIM, D("300.00")), Charge(P, Payer.CLAIM, D("700.00"))]
    discounts = [Reduction(Payer.SELF, D("20.00")), Reduction(Payer.CLAIM, D("100.00"))]
    result = settle_totals(charges, discounts, claim_approved=D("850.00"))
    totals = {p.payer: (p.labour, p.parts, p.discount, p.total) for p in result.payers}
    assert totals == {Payer.SELF: (D("100.00"), D("50.00"), D("20.00"), D("130.00")),
                      Payer.WARRANTY: (D("200.00"), D("400.00"), D("0.00"), D("600.00")),
                      Payer.CLAIM: (D("300.00"), D("700.00"), D("100.00"), D("900.00"))}
    assert [p.payer for p in result.payers] == [Payer.SELF, Payer.WARRANTY, Payer.CLAIM]
    assert result.total == result.labour + result.parts - result.discount == D("1630.00")
    assert result.customer_owes == D("130.00") + D("50.00")  # self-pay, and what the insurer did not approve
    assert result.receivable == D("600.00") + D("850.00")


def test_tax_exclusive_prices_add_vat_per_payer() -> None:
    result = settle_totals([Charge(L, Payer.SELF, D("100.00")), Charge(L, Payer.WARRANTY, D("200.00"))],
                           tax_rate=D("0.13"), prices_include_tax=False)
    assert result.total == D("300.00")
    assert (result.of(Payer.SELF).payable, result.of(Payer.WARRANTY).payable) == (D("113.00"), D("226.00"))
    assert result.customer_owes == D("113.00") and result.tax == D("39.00")


def test_discounts_need_a_positive_amount_within_the_payers_charges() -> None:
    charges = [Charge(L, Payer.SELF, D("100.00")), Charge(L, Payer.WARRANTY, D("500.00"))]
    assert check_discount(D("30"), Payer.SELF, charges) == D("30.00")
    with pytest.raises(DomainError) as zero:
        check_discount(D(0), Payer.SELF, charges)
    assert zero.value.field == "amount"
    with pytest.raises(DomainError):
        check_discount(D("80"), Payer.SELF, charges, [Reduction(Payer.SELF, D("30"))])
    with pytest.raises(DomainError) as nobody:
        check_discount(D("10"), Payer.CLAIM, charges)
    assert nobody.value.field == "payer"


def test_the_insurer_pays_at_most_the_claim_share() -> None:
    assert claim_share(D("900.00"), D("900")) == D("900.00")
    assert claim_share(D("900.00"), D(0)) == D(0)
    for bad in (D("900.01"), D("-1")):
        with pytest.raises(DomainError) as error:
            claim_share(D("900.00"), bad)
        assert error.value.field == "claim_approved"


def test_cash_change_and_short_tender() -> None:
    assert change_due(D("1000"), D("856.50")) == D("143.50")
    assert change_due(D("856.50"), D("856.50")) == 0
    with pytest.raises(DomainError) as error:
        change_due(D("500"), D("856.50"))
    assert error.value.field == "tendered"


def test_which_lines_and_quantities_are_charged() -> None:
    assert is_charged(False, None) and is_charged(True, True)
    assert not is_charged(True, False) and not is_charged(True, None)
    assert charged_quantity(D(1), D(2)) == D(1)  # as issued
    assert charged_quantity(D(3), D(2)) == D(2)  # never beyond what was agreed
    assert charged_quantity(D(0), D(2)) == D(0)


@pytest.mark.parametrize(("amount", "words"), [
    ("0", "零元整"), ("0.50", "伍角整"), ("0.05", "伍分"), ("10", "壹拾元整"), ("10.05", "壹拾元零伍分"),
    ("1005.50", "壹仟零伍元伍角整"), ("100000", "壹拾萬元整"), ("100500", "壹拾萬零伍佰元整"),
    ("1010000", "壹佰零壹萬元整"), ("12345.67", "壹萬貳仟參佰肆拾伍元陸角柒分"), ("856.30", "捌佰伍拾陸元參角整"),
])
def test_amount_in_words(amount: str, words: str) -> None:
    assert amount_in_words(D(amount)) == words


@given(st.lists(st.tuples(st.sampled_from(list(Payer)), st.sampled_from(list(Category)),
                          st.integers(min_value=0, max_value=10_000_000)), max_size=12),
       st.integers(min_value=0, max_value=100))
def test_totals_always_add_up(lines: list[tuple[Payer, Category, int]], discount_percent: int) -> None:
    charges = [Charge(category, payer, D(fen) / 100) for payer, category, fen in lines]
    self_total = sum((c.amount for c in charges if c.payer is Payer.SELF), D(0))
    discount = (self_total * discount_percent / 100).quantize(D("0.01"), rounding="ROUND_DOWN")
    discounts = [Reduction(Payer.SELF, discount)] if discount > 0 else []
    result = settle_totals(charges, discounts, claim_approved=D(0))
    # every category: labour, parts and outside work (外加工費, its own fee row)
    assert result.labour + result.parts + result.outside == sum((c.amount for c in charges), D(0))
    assert result.total == result.labour + result.parts + result.outside - result.discount
    for category, name in ((Category.LABOUR, "labour"), (Category.PARTS, "parts"), (Category.OUTSIDE, "outside")):
        assert getattr(result, name) == sum((c.amount for c in charges if c.category is category), D(0))
    for share in result.payers:
        assert share.customer + share.third_party == share.payable == share.total
    assert result.customer_owes + result.receivable == result.payable


def test_one_part_charge_rule_for_the_bill_and_the_figures() -> None:
    from decimal import Decimal as D

    from garage_desktop.domain.settlement import part_charge

    assert part_charge(D(2), D(2), D("45.00"), customer_supplied=False) == (D(2), D("90.00"))
    assert part_charge(D(3), D(2), D("45.00"), customer_supplied=False) == (D(2), D("90.00"))  # not beyond
    assert part_charge(D(0), D(2), D("45.00"), customer_supplied=False) is None  # never issued: not billed
    assert part_charge(D(0), D(1), D("45.00"), customer_supplied=True) == (D(1), D("0.00"))
    assert part_charge(D(2), D(2), D("45.00"), customer_supplied=False, free=True) == (D(2), D("0.00"))
