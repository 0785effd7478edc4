"""Issue 19: stored-value and package cards, their append-only ledger and its accounting.

A card's money is a liability: selling or recharging never touches an order's payments or the KPI revenue; a card
paying for an order makes a payment of the principal share (revenue) and a discount of the bonus share."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from garage_desktop.db.engine import Database
from garage_desktop.db.models import (
    AuditEvent,
    CardEntry,
    CardPackage,
    CardPackageItem,
    Customer,
    Discount,
    LabourOperation,
    Payment,
)
from garage_desktop.domain.classes import Role
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.text import DomainError, PermissionRefused
from garage_desktop.services import audit, cards, checkout, clock, order_actions, reports
from garage_desktop.services import settings as settings_service
from garage_desktop.services.checkout_state import checkout_state
from tests.integration.test_checkout import NOW, call, make_ready_order, money_rows, status

D = Decimal


@pytest.fixture
def customer(db: Database) -> int:
    with db.session_scope() as session:
        person = Customer(name="王大明", phone="13900001111", created_at=NOW - timedelta(days=100))
        session.add(person)
        session.flush()
        return person.id


@pytest.fixture
def cashier(people: dict[Role, int]) -> int:
    return people[Role.CASHIER]


@pytest.fixture
def owner(people: dict[Role, int]) -> int:
    return people[Role.OWNER]


@pytest.fixture
def bonus_1000(db: Database, owner: int) -> None:
    call(db, cards.add_bonus_rule, owner, "1000", "100")
    call(db, cards.add_bonus_rule, owner, "500", "30")


def _sell(db: Database, actor: int, customer: int, number: str = "VIP0001", amount: str = "1000",
          pin: str = "") -> cards.CardView:
    return call(db, cards.sell_stored_value, actor, customer, number, amount, "wechat", pin=pin)


def _package(db: Database, price: str = "500.00", days: int = 365) -> int:
    with db.session_scope() as session:
        oil = LabourOperation(code="PKG-OIL", name="更換機油機濾", standard_hours=D("0.5"))
        align = LabourOperation(code="PKG-ALN", name="四輪定位", standard_hours=D("1.0"))
        session.add_all([oil, align])
        session.flush()
        package = CardPackage(name="保養套餐", price=D(price), valid_days=days, active=True, created_at=NOW)
        package.items = [CardPackageItem(operation_id=oil.id, uses=5, include_parts=True),
                         CardPackageItem(operation_id=align.id, uses=2, include_parts=False)]
        session.add(package)
        session.flush()
        return package.id


def _ledger_sum(db: Database, card_id: int) -> Decimal:
    with db.session_scope(write=False) as session:
        principal, bonus = session.execute(select(func.coalesce(func.sum(CardEntry.principal), 0),
                                                  func.coalesce(func.sum(CardEntry.bonus), 0))
                                           .where(CardEntry.card_id == card_id)).one()
        return D(principal) + D(bonus)


def _view(db: Database, card_id: int) -> cards.CardView:
    with db.session_scope(write=False) as session:
        return cards.view(session, cards.get_card(session, card_id))


# --- selling and recharging ------------------------------------------------------------------------------------

def test_a_sale_gets_the_bonus_of_the_highest_rule_reached_kept_apart_from_the_principal(
        db: Database, cashier: int, customer: int, bonus_1000: None) -> None:
    clock.set_fixed(NOW)
    card = _sell(db, cashier, customer)
    assert (card.principal, card.bonus, card.balance) == (D("1000.00"), D("100.00"), D("1100.00"))
    after = call(db, cards.recharge, cashier, card.id, "600", "cash")
    assert (after.principal, after.bonus) == (D("1600.00"), D("130.00"))
    after = call(db, cards.recharge, cashier, card.id, "200", "cash")  # below every rule: no bonus
    assert (after.principal, after.bonus) == (D("1800.00"), D("130.00"))
    assert after.balance == _ledger_sum(db, card.id)
    with db.session_scope(write=False) as session:
        entries = cards.ledger(session, card.id)
        assert [(e.action.value, e.principal, e.bonus, e.method) for e in entries] == [
            ("sale", D("1000.00"), D("100.00"), "wechat"), ("recharge", D("600.00"), D("30.00"), "cash"),
            ("recharge", D("200.00"), D("0.00"), "cash")]
        events = session.execute(select(AuditEvent.action, AuditEvent.after).where(AuditEvent.entity == "card")
                                 .order_by(AuditEvent.id)).all()
        assert [(action, json.loads(after)["action"]) for action, after in events] == [
            ("card:movement", "sale"), ("card:movement", "recharge"), ("card:movement", "recharge")]


def test_selling_a_card_is_not_revenue_and_no_payment(db: Database, cashier: int, customer: int,
                                                       bonus_1000: None) -> None:
    clock.set_fixed(NOW)
    order_id = make_ready_order(db)
    call(db, checkout.take_payment, cashier, order_id, "cash", "820")
    with db.session_scope(write=False) as session:
        before = reports.month_kpis(session, NOW.date()).revenue.total
        payments = session.scalar(select(func.count()).select_from(Payment))
    card = _sell(db, cashier, customer, amount="3000")
    call(db, cards.recharge, cashier, card.id, "1000", "alipay")
    with db.session_scope(write=False) as session:
        assert reports.month_kpis(session, NOW.date()).revenue.total == before
        assert session.scalar(select(func.count()).select_from(Payment)) == payments


def test_only_a_cashier_or_the_owner_sells_recharges_and_refunds(db: Database, people: dict[Role, int],
                                                                 customer: int) -> None:
    clock.set_fixed(NOW)
    advisor = people[Role.ADVISOR]
    with pytest.raises(PermissionRefused):
        _sell(db, advisor, customer)
    card = _sell(db, people[Role.OWNER], customer)
    with pytest.raises(PermissionRefused):
        call(db, cards.recharge, advisor, card.id, "100", "cash")
    with pytest.raises(PermissionRefused):
        call(db, cards.refund, advisor, card.id, "cash", "搬家")
    assert call(db, cards.recharge, people[Role.CASHIER], card.id, "100", "cash").balance == D("1100.00")


def test_only_the_owner_sets_bonus_rules(db: Database, people: dict[Role, int]) -> None:
    with pytest.raises(PermissionRefused):
        call(db, cards.add_bonus_rule, people[Role.CASHIER], "1000", "100")
    rule = call(db, cards.add_bonus_rule, people[Role.OWNER], "1000", "100")
    with pytest.raises(DomainError) as twice:
        call(db, cards.add_bonus_rule, people[Role.OWNER], "1000", "120")
    assert twice.value.field == "pay_at_least"
    with pytest.raises(DomainError) as too_big:
        call(db, cards.add_bonus_rule, people[Role.OWNER], "100", "120")
    assert too_big.value.field == "bonus"
    with pytest.raises(PermissionRefused):
        call(db, cards.retire_bonus_rule, people[Role.CASHIER], rule.id)
    call(db, cards.retire_bonus_rule, people[Role.OWNER], rule.id)
    with db.session_scope(write=False) as session:
        assert cards.bonus_rules(session) == [] and cards.bonus_preview(session, "5000") == D(0)


def test_a_card_number_is_unique_and_checked(db: Database, cashier: int, customer: int) -> None:
    _sell(db, cashier, customer, "VIP0001")
    for number, field in (("VIP0001", "card_number"), ("", "card_number"), ("12", "card_number")):
        with pytest.raises(DomainError) as bad:
            _sell(db, cashier, customer, number)
        assert bad.value.field == field
    with pytest.raises(DomainError) as pin:
        _sell(db, cashier, customer, "VIP0002", pin="12a4")
    assert pin.value.field == "card_pin"


# --- paying from a card -----------------------------------------------------------------------------------------

def test_a_card_payment_is_a_payment_of_the_principal_share_and_a_discount_of_the_bonus_share(
        db: Database, cashier: int, customer: int, bonus_1000: None) -> None:
    clock.set_fixed(NOW)
    card = _sell(db, cashier, customer)  # ¥1,000 + ¥100
    order_id = make_ready_order(db)  # ¥820 owed
    result = call(db, checkout.take_payment, cashier, order_id, "stored_value", "550", card_number="VIP0001")
    assert result.amount == D("500.00")  # 550 × 1000/1100
    view = result.state
    assert [(d.amount, d.reason) for d in view.discounts] == [(D("50.00"), "充值送金 …0001")]
    assert view.balance == D("820.00") - D("550.00")
    assert money_rows(db, order_id)[-1][1:] == ("stored_value", money_rows(db, order_id)[-1][2], D("500.00"))
    after = _view(db, card.id)
    assert (after.principal, after.bonus) == (D("500.00"), D("50.00"))
    # The rest in cash settles the order; the revenue counts the principal share only (the bonus is a discount).
    settled = call(db, checkout.take_payment, cashier, order_id, "cash", "270")
    assert settled.settled and status(db, order_id) is OrderStatus.SETTLED
    assert settled.state.settlement.discount == D("50.00")
    with db.session_scope(write=False) as session:
        assert reports.month_kpis(session, NOW.date()).revenue.total == D("770.00")
        use = session.scalars(select(CardEntry).where(CardEntry.action == "use")).one()
        assert (use.order_id, use.payment_id) == (order_id, result.payment_id) and use.discount_id is not None


def test_paying_more_than_the_card_holds_is_refused_with_the_balance(db: Database, cashier: int,
                                                                    customer: int) -> None:
    clock.set_fixed(NOW)
    _sell(db, cashier, customer, amount="300")
    order_id = make_ready_order(db)
    with pytest.raises(DomainError) as over:
        call(db, checkout.take_payment, cashier, order_id, "stored_value", "300.01", card_number="VIP0001")
    assert over.value.field == "amount" and "¥300.00" in over.value.english()
    assert money_rows(db, order_id) == []


def test_a_wrong_pin_is_refused_counted_and_makes_the_next_tries_wait(db: Database, cashier: int,
                                                                      customer: int) -> None:
    clock.set_fixed(NOW)
    card = _sell(db, cashier, customer, pin="2468")
    order_id = make_ready_order(db)
    with pytest.raises(DomainError) as wrong:
        call(db, checkout.take_payment, cashier, order_id, "stored_value", "100", card_number="VIP0001",
             card_pin="1111")
    assert wrong.value.field == "card_pin"
    for _ in range(3):
        with db.session_scope() as session:
            assert cards.check_pin(session, "VIP0001", "0000") is False
    with db.session_scope() as session, pytest.raises(DomainError) as waiting:
        cards.check_pin(session, "VIP0001", "2468")
    assert waiting.value.field == "card_pin" and waiting.value.params["seconds"] == 30
    with pytest.raises(DomainError):  # the right PIN is not even tried during the wait
        call(db, checkout.take_payment, cashier, order_id, "stored_value", "100", card_number="VIP0001",
             card_pin="2468")
    clock.set_fixed(NOW + timedelta(seconds=31))
    with db.session_scope() as session:
        assert cards.check_pin(session, "VIP0001", "2468") is True
    paid = call(db, checkout.take_payment, cashier, order_id, "stored_value", "100", card_number="VIP0001",
                card_pin="2468")
    assert paid.amount == D("100.00") and _view(db, card.id).balance == D("900.00")
    with db.session_scope(write=False) as session:
        assert session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "card:pin_wrong")) == 3


def test_a_voided_card_payment_goes_back_on_the_card_with_its_bonus(db: Database, people: dict[Role, int],
                                                                     customer: int, bonus_1000: None) -> None:
    clock.set_fixed(NOW)
    cashier = people[Role.CASHIER]
    card = _sell(db, cashier, customer)
    order_id = make_ready_order(db)
    paid = call(db, checkout.take_payment, cashier, order_id, "stored_value", "820", card_number="VIP0001")
    assert paid.settled
    # The bonus discount of a card payment is not removed on its own.
    with pytest.raises(DomainError):
        call(db, checkout.remove_discount, cashier, paid.state.discounts[0].id)
    call(db, order_actions.void_payment, people[Role.OWNER], paid.payment_id, "刷錯卡")
    back = _view(db, card.id)
    assert (back.principal, back.bonus) == (D("1000.00"), D("100.00"))
    with db.session_scope(write=False) as session:
        view = checkout_state(session, order_id)
        assert view.balance == D("820.00") and view.discounts == ()
        assert session.scalar(select(func.count()).select_from(Discount)) == 0
        assert [e.action.value for e in cards.ledger(session, card.id)] == ["sale", "use", "unuse"]
    assert status(db, order_id) is not OrderStatus.SETTLED


def test_a_package_card_cannot_pay_an_amount(db: Database, cashier: int, customer: int) -> None:
    clock.set_fixed(NOW)
    package = _package(db)
    call(db, cards.sell_package, cashier, customer, package, "PKG0001", "cash")
    order_id = make_ready_order(db)
    with pytest.raises(DomainError) as refused:
        call(db, checkout.take_payment, cashier, order_id, "stored_value", "10", card_number="PKG0001")
    assert refused.value.field == "card_number"


def test_two_cashiers_paying_from_one_card_at_once_never_take_it_below_zero(
        db: Database, cashier: int, customer: int, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.integration.test_seats_racing import _at_once, _slowed
    clock.set_fixed(NOW)
    card = _sell(db, cashier, customer, amount="500")
    orders = [make_ready_order(db), make_ready_order(db)]
    _slowed(monkeypatch, cards, "balances")

    def pay(n: int) -> Decimal:
        with db.session_scope() as session:
            return checkout.take_payment(session, cashier, orders[n], "stored_value", "400",
                                         card_number="VIP0001").amount

    results = _at_once(pay)
    taken = [r for r in results if isinstance(r, Decimal)]
    refused = [r for r in results if isinstance(r, DomainError)]
    assert taken == [D("400.00")] and len(refused) == 1 and refused[0].field == "amount"
    assert _view(db, card.id).balance == D("100.00") == _ledger_sum(db, card.id)


# --- package cards ----------------------------------------------------------------------------------------------

def test_a_package_card_copies_its_services_and_allocates_its_price_by_list_value(
        db: Database, cashier: int, customer: int) -> None:
    clock.set_fixed(NOW)
    package = _package(db, "800.00")
    card = call(db, cards.sell_package, cashier, customer, package, "PKG0001", "cash")
    assert card.expires_on == NOW.date() + timedelta(days=365)
    assert [(i.name, i.bought, i.left, i.value_left) for i in card.items] == [
        ("更換機油機濾", 5, 5, D("444.44")), ("四輪定位", 2, 2, D("355.56"))]
    assert card.balance == D("800.00")
    # A later change of the package never changes the card sold.
    with db.session_scope() as session:
        audit.exempt(session, "test data: the package changed behind the card's back")
        session.get(CardPackage, package).items[0].uses = 9
    assert _view(db, card.id).items[0].bought == 5


def test_take_use_takes_one_use_and_its_value_the_last_use_the_rest(db: Database, cashier: int,
                                                                   customer: int) -> None:
    clock.set_fixed(NOW)
    card = call(db, cards.sell_package, cashier, customer, _package(db, "800.00"), "PKG0001", "cash")
    oil = card.items[0].id
    order_id = make_ready_order(db)
    values = []
    for _ in range(5):
        with db.session_scope() as session:
            values.append(-cards.take_use(session, cashier, oil, order_id, None).principal)
    assert values == [D("88.88")] * 4 + [D("88.92")]
    with db.session_scope(write=False) as session:
        assert cards.remaining_uses(session, oil) == 0 and cards.item_value_left(session, oil) == 0
    with pytest.raises(DomainError) as none_left:
        call(db, cards.take_use, cashier, oil, order_id, None)
    assert "no use" in none_left.value.english()


def test_an_expired_package_refuses_uses_and_its_value_left_is_written_off_at_the_expiry(
        db: Database, cashier: int, owner: int, customer: int) -> None:
    clock.set_fixed(NOW)
    card = call(db, cards.sell_package, cashier, customer, _package(db, "800.00", days=10), "PKG0001", "cash")
    order_id = make_ready_order(db)
    call(db, cards.take_use, cashier, card.items[1].id, order_id, None)  # one alignment: ¥177.78
    clock.set_fixed(NOW + timedelta(days=11))
    with pytest.raises(DomainError) as expired:
        call(db, cards.take_use, cashier, card.items[0].id, order_id, None)
    assert "expired" in expired.value.english()
    start, end = datetime(2026, 12, 1), datetime(2027, 1, 1)
    with db.session_scope(write=False) as session:
        before = cards.month_rows(session, start, end)
        listed = cards.expired_uses(session)
    assert [(u.service, u.uses, u.value, u.written_off) for u in listed] == [
        ("更換機油機濾", 5, D("444.44"), False), ("四輪定位", 1, D("177.78"), False)]
    assert call(db, cards.expire_due, owner) == 2
    assert call(db, cards.expire_due, owner) == 0  # written once
    with db.session_scope(write=False) as session:
        assert cards.month_rows(session, start, end) == before  # the sheet is the same before and after
        assert [u.written_off for u in cards.expired_uses(session)] == [True, True]
    row = before[0]
    assert (row.opening, row.used, row.closing) == (D("622.22"), D("622.22"), D("0.00"))
    assert _view(db, card.id).balance == 0


# --- refunds ----------------------------------------------------------------------------------------------------

def test_a_refund_pays_back_the_principal_left_and_forfeits_the_bonus_by_default(
        db: Database, cashier: int, customer: int, bonus_1000: None) -> None:
    clock.set_fixed(NOW)
    card = _sell(db, cashier, customer)
    order_id = make_ready_order(db)
    call(db, checkout.take_payment, cashier, order_id, "stored_value", "440", card_number="VIP0001")  # 400 + 40
    result = call(db, cards.refund, cashier, card.id, "cash", "客戶搬家")
    assert (result.paid_back, result.withheld, result.bonus_forfeited) == (D("600.00"), D("0.00"), D("60.00"))
    assert result.card.closed and result.card.balance == 0 == _ledger_sum(db, card.id)
    with pytest.raises(DomainError):
        call(db, cards.recharge, cashier, card.id, "100", "cash")


def test_the_owners_refund_rule_applies(db: Database, owner: int, cashier: int, customer: int,
                                        bonus_1000: None) -> None:
    clock.set_fixed(NOW)
    with db.session_scope() as session:
        current = settings_service.load(session)
        from dataclasses import replace
        settings_service.save(session, owner, replace(current, card_refund_rule="less_bonus_used"))
    card = _sell(db, cashier, customer)
    call(db, checkout.take_payment, cashier, make_ready_order(db), "stored_value", "440", card_number="VIP0001")
    result = call(db, cards.refund, cashier, card.id, "cash", "不想用了")
    assert (result.paid_back, result.withheld, result.bonus_forfeited) == (D("560.00"), D("40.00"), D("60.00"))
    with db.session_scope() as session:
        settings_service.save(session, owner, replace(settings_service.load(session), card_refund_rule="no_refund"))
    other = _sell(db, cashier, customer, "VIP0002")
    with pytest.raises(DomainError) as no:
        call(db, cards.refund, cashier, other.id, "cash", "不想用了")
    assert "not refundable" in no.value.english()


# --- the month and the owner's lists ----------------------------------------------------------------------------

def test_the_ledger_identity_holds_on_every_card_and_in_total_after_a_month_of_mixed_movements(
        db: Database, cashier: int, owner: int, customer: int, bonus_1000: None) -> None:
    clock.set_fixed(datetime(2026, 10, 20, 10, 0))
    a = _sell(db, cashier, customer, "VIP0001", "1000")  # before the month: opening balance
    package = _package(db, "500.00", days=365)
    clock.set_fixed(NOW)  # 28 November
    b = _sell(db, cashier, customer, "VIP0002", "500")
    c = call(db, cards.sell_package, cashier, customer, package, "PKG0001", "cash")
    call(db, cards.recharge, cashier, a.id, "1000", "cash")
    order1, order2 = make_ready_order(db), make_ready_order(db)
    call(db, checkout.take_payment, cashier, order1, "stored_value", "820", card_number="VIP0001")
    paid = call(db, checkout.take_payment, cashier, order2, "stored_value", "300", card_number="VIP0002")
    call(db, order_actions.void_payment, owner, paid.payment_id, "刷錯")
    call(db, cards.take_use, cashier, c.items[0].id, order2, None)
    call(db, cards.refund, cashier, b.id, "cash", "退卡")
    with db.session_scope(write=False) as session:
        rows = cards.month_rows(session, datetime(2026, 11, 1), datetime(2026, 12, 1))
        for row in rows:
            assert row.closing == row.opening + row.recharged + row.bonus - row.used - row.refunded
            with db.session_scope(write=False) as inner:
                card = cards.card_by_number(inner, row.number)
                assert row.closing == cards.balance(inner, card.id)
    by_number = {r.number: r for r in rows}
    assert by_number["VIP0001"].opening == D("1100.00") and by_number["VIP0001"].recharged == D("1000.00")
    assert by_number["VIP0001"].bonus == D("100.00") and by_number["VIP0001"].used == D("820.00")
    assert by_number["VIP0002"].refunded == D("500.00") and by_number["VIP0002"].used == D("30.00")  # forfeited
    assert by_number["PKG0001"].recharged == D("500.00") and by_number["PKG0001"].used > 0
    total = [sum((getattr(r, f) for r in rows), D(0))
             for f in ("opening", "recharged", "bonus", "used", "refunded", "closing")]
    assert total[5] == total[0] + total[1] + total[2] - total[3] - total[4]


def test_dormant_cards_are_those_with_money_and_no_movement_for_the_set_months(
        db: Database, cashier: int, customer: int) -> None:
    clock.set_fixed(datetime(2025, 6, 1, 10, 0))
    _sell(db, cashier, customer, "OLD00001", "300")
    empty = _sell(db, cashier, customer, "OLD00002", "100")
    call(db, cards.refund, cashier, empty.id, "cash", "退卡")
    clock.set_fixed(NOW)
    _sell(db, cashier, customer, "NEW00001", "300")
    with db.session_scope(write=False) as session:
        found = cards.dormant(session)
        assert [(d.number, d.balance) for d in found] == [("OLD00001", D("300.00"))]
        assert cards.dormant(session, months=24) == []


def test_the_month_workbook_has_a_member_cards_sheet_whose_rows_and_total_add_up(
        db: Database, cashier: int, owner: int, customer: int, bonus_1000: None, tmp_path) -> None:
    from openpyxl import load_workbook

    from garage_desktop.export.month_workbook import save_month_workbook
    from garage_desktop.services.month_report import month_report

    clock.set_fixed(datetime(2026, 10, 5, 10, 0))
    a = _sell(db, cashier, customer, "VIP0001", "1000")
    package = _package(db, "300.00", days=30)  # expires in November with uses left
    call(db, cards.sell_package, cashier, customer, package, "PKG0001", "cash")
    clock.set_fixed(NOW)
    call(db, cards.recharge, cashier, a.id, "500", "cash")
    call(db, checkout.take_payment, cashier, make_ready_order(db), "stored_value", "820", card_number="VIP0001")
    with db.session_scope(write=False) as session:
        report = month_report(session, date(2026, 11, 1))
    book = load_workbook(save_month_workbook(report, tmp_path / "m.xlsx", language="zh_TW"))
    sheet = book["會員卡"]
    header = [c.value for c in sheet[1]]
    assert header == ["卡號", "卡類別", "客戶", "期初餘額", "充值", "贈送金額", "消費及核銷", "退卡退款", "期末餘額"]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    for row in rows:
        opening, recharged, bonus, used, refunded, closing = (D(str(v or 0)) for v in row[3:9])
        assert closing == opening + recharged + bonus - used - refunded
    by_number = {row[0]: row for row in rows}
    assert by_number["PKG0001"][1] == "套餐卡" and D(str(by_number["PKG0001"][6])) == D("300.00")  # expired
    assert by_number["合計"][8] == sum(D(str(r[8])) for r in rows if r[0] != "合計")
    lists = [[c.value for c in row] for row in book["沉睡卡與過期套餐"].iter_rows(min_row=2)]
    assert [r[3] for r in lists if r[0] == "PKG0001"] == ["套餐過期未用", "套餐過期未用"]
    # The card money is not revenue: only the ¥820 order, of which the bonus share is a discount.
    # (card: ¥1,500 paid in + ¥130 bonus; the ¥820 payment's bonus share 820 × 130 / 1630 = ¥65.40).
    assert report.kpis.revenue.total == D("754.60")


def test_the_receipt_says_stored_value_card_with_the_cards_last_digits_and_the_balance_left(
        db: Database, cashier: int, customer: int, bonus_1000: None) -> None:
    import io

    from pypdf import PdfReader

    from garage_desktop.printing.receipt import render_receipt
    from garage_desktop.services import checkout_documents

    clock.set_fixed(NOW)
    _sell(db, cashier, customer, "VIP20260042")
    order_id = make_ready_order(db)
    call(db, checkout.take_payment, cashier, order_id, "stored_value", "550", card_number="VIP20260042")
    call(db, cards.recharge, cashier, cards_id(db, "VIP20260042"), "100", "cash")  # later: not on this receipt
    call(db, checkout.take_payment, cashier, order_id, "cash", "270")
    with db.session_scope(write=False) as session:
        doc = checkout_documents.receipt_doc(session, order_id)
    assert [(line.card, line.card_left) for line in doc.lines] == [("…0042", D("550.00")), ("", None)]
    pdf = render_receipt(doc)
    Path_ = __import__("pathlib").Path
    Path_("/tmp/shots/cards").mkdir(parents=True, exist_ok=True)
    Path_("/tmp/shots/cards/receipt.pdf").write_bytes(pdf)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).replace("\n", "")
    assert "儲值卡支付" in text and "卡號 …0042，餘額550.00" in text.replace(" 550", "550")


def cards_id(db: Database, number: str) -> int:
    with db.session_scope(write=False) as session:
        return cards.card_by_number(session, number).id


@pytest.mark.sqlite_only("the demo is written to a file")
def test_the_demo_has_cards_sold_recharged_used_refunded_and_expired_on_its_months(tmp_path) -> None:
    from garage_desktop.demo import write_demo

    clock.set_fixed(datetime(2026, 11, 28, 15, 10))
    write_demo(f"sqlite:///{tmp_path / 'demo.sqlite3'}", orders=60)
    demo = Database(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    try:
        with demo.session_scope(write=False) as session:
            months = [cards.month_rows(session, datetime(2026, month, 1), datetime(2026, month + 1, 1))
                      for month in (8, 9, 10, 11)]
            for rows in months:
                assert rows
                for row in rows:
                    assert row.closing == row.opening + row.recharged + row.bonus - row.used - row.refunded
            every = [row for rows in months for row in rows]
            assert any(r.kind == "package" for r in every) and any(r.kind == "stored_value" for r in every)
            assert any(r.bonus for r in every) and any(r.refunded for r in every)
            assert sum(1 for rows in months if any(r.used for r in rows)) >= 3
            assert cards.dormant(session) and cards.expired_uses(session)
            card_payments = session.scalars(select(Payment).where(Payment.method == "stored_value")).all()
            assert len(card_payments) >= 2
            bonus_discounts = session.scalars(select(Discount).where(
                Discount.reason.like(f"{cards.BONUS_DISCOUNT_REASON}%"))).all()
            assert bonus_discounts  # today's card payment took a bonus share
            for payment in card_payments:  # every card payment is in a card's ledger
                assert session.scalar(select(CardEntry.id).where(CardEntry.payment_id == payment.id))
    finally:
        demo.dispose()


def test_the_ledger_is_append_only(db: Database, cashier: int, customer: int) -> None:
    clock.set_fixed(NOW)
    card = _sell(db, cashier, customer, amount="300")
    with pytest.raises(cards.LedgerIsAppendOnly), db.session_scope() as session:
        audit.exempt(session, "test: trying to change the ledger")
        session.scalars(select(CardEntry)).one().principal = D("3000.00")
    with pytest.raises(cards.LedgerIsAppendOnly), db.session_scope() as session:
        audit.exempt(session, "test: trying to delete from the ledger")
        session.delete(session.scalars(select(CardEntry)).one())
    assert _view(db, card.id).balance == D("300.00")


def test_a_card_never_takes_a_deposit_or_a_refund_nor_a_package_card_an_amount(db: Database, cashier: int,
                                                                                customer: int) -> None:
    from garage_desktop.services.delivery import Handover
    from tests.integration.test_checkout import HANDOVER

    clock.set_fixed(NOW)
    _sell(db, cashier, customer)
    order_id = make_ready_order(db)
    for method in ("stored_value", "package_card"):
        with pytest.raises(DomainError) as refused:
            call(db, checkout.release_on_deposit, cashier, order_id, "300", method, HANDOVER)
        assert refused.value.field == "method"
    with pytest.raises(DomainError) as package:
        call(db, checkout.take_payment, cashier, order_id, "package_card", "100")
    assert package.value.field == "method"
    assert money_rows(db, order_id) == [] and isinstance(HANDOVER, Handover)
