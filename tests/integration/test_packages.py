"""Issue 19, item 2: package cards (套餐卡) on the order. The owner defines packages; a line of the estimate is redeemed
from one of the customer's cards (refused when expired, not covered, or no use left counting other open orders'
reservations); until settlement the checkout counts what the card pays off the customer's share; settling takes
the use: a package_card payment of the use's value and a discount of the rest."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from garage_desktop.db.engine import Database
from garage_desktop.db.models import (
    AuditEvent,
    CardEntry,
    Discount,
    LabourOperation,
    Part,
    PartLine,
    Payment,
    QcInspection,
    RepairOrder,
)
from garage_desktop.domain.classes import Payer, Role
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.text import DomainError, PermissionRefused
from garage_desktop.services import (
    audit,
    cards,
    checkout,
    clock,
    estimate,
    order_actions,
    packages,
    picking_actions,
    reports,
)
from garage_desktop.services.checkout_state import checkout_state
from garage_desktop.services.estimate import EstimateDraft, LabourDraft, PartDraft
from garage_desktop.services.packages import PackageItemDraft
from tests.integration.test_estimate import NOW, make_order

D = Decimal


@pytest.fixture(autouse=True)
def _clock() -> None:
    clock.set_fixed(NOW)


@pytest.fixture(autouse=True)
def catalog_ids(db: Database) -> dict[str, int]:
    with db.session_scope() as s:
        audit.exempt(s, "test catalog")
        oil = LabourOperation(code="PKG-OIL", name="常規保養", category="保養", standard_hours=D("1.0"))
        wash = LabourOperation(code="PKG-WASH", name="精洗", category="美容", standard_hours=D("0.5"))
        other = LabourOperation(code="PKG-BRK", name="更換剎車片", category="剎車", standard_hours=D("1.5"))
        oil_part = Part(code="PKG-OILF", name="機油濾芯", unit="個", sale_price=D("60.00"), cost=D("30.00"),
                        on_hand=D(10))
        s.add_all([oil, wash, other, oil_part])
        s.flush()
        return {"oil": oil.id, "wash": wash.id, "brake": other.id, "filter": oil_part.id}


def call(db: Database, function, *args, **kwargs):  # type: ignore[no-untyped-def]
    with db.session_scope() as session:
        return function(session, *args, **kwargs)


def refused(db: Database, function, *args, **kwargs) -> DomainError:  # type: ignore[no-untyped-def]
    with pytest.raises(DomainError) as caught:
        call(db, function, *args, **kwargs)
    return caught.value


def define_package(db: Database, owner: int, *, include_parts: bool = False, days: int = 365,
                   name: str = "保養套餐") -> packages.PackageView:
    """¥480: 4 services (1 h each) and 4 washes (0.5 h): by list value the services carry ¥320 (¥80 a use)."""
    return call(db, packages.save_package, owner, None, name, "480", days,
                [PackageItemDraft("PKG-OIL", 4, include_parts), PackageItemDraft("PKG-WASH", 4)])


def customer_of(db: Database, order_id: int) -> int:
    with db.session_scope() as s:
        return s.get(RepairOrder, order_id).customer_id


def sell(db: Database, people: dict[Role, int], customer_id: int, package_id: int, number: str = "P0001") -> int:
    card = call(db, cards.sell_package, people[Role.CASHIER], customer_id, package_id, number, "cash")
    return card.id


def item_of(db: Database, card_id: int, service: str = "常規保養") -> int:
    with db.session_scope() as s:
        card = cards.get_card(s, card_id)
        return next(i.id for i in card.items if i.name == service)


def oil_line(card_item_id: int | None = None) -> LabourDraft:
    return LabourDraft(operation_code="PKG-OIL", rate="100", coefficient="1", card_item_id=card_item_id)


def draft(*labour: LabourDraft, parts: tuple[PartDraft, ...] = ()) -> EstimateDraft:
    return EstimateDraft(diagnosis="保養到期", labour=labour, parts=parts, notify_above="500",
                         may_replace_found_parts=True)


def save(db: Database, advisor: int, order_id: int, the_draft: EstimateDraft) -> estimate.EstimateView:
    return call(db, estimate.save_estimate, advisor, order_id, the_draft)


def make_ready(db: Database, advisor: int, order_id: int, store: int | None = None) -> None:
    """Confirmed through the service, its parts issued by the store (``store``), then (test shortcut) repaired and
    passed by final QC."""
    call(db, estimate.confirm, advisor, order_id, customer_name="林志明")
    if store is not None:
        call(db, picking_actions.issue_all, store, order_id)
    with db.session_scope() as s:
        audit.exempt(s, "test: the repair and final QC done")
        order = s.get(RepairOrder, order_id)
        order.status, order.ready_at, order.mileage_in = OrderStatus.READY, NOW, 45000
        s.add(QcInspection(order_id=order_id, attempt=1, template="general", passed=True,
                           inspected_at=NOW - timedelta(minutes=30)))


@pytest.fixture
def owner(people: dict[Role, int]) -> int:
    return people[Role.OWNER]


# --- the owner's packages ----------------------------------------------------------------------------------------
def test_only_the_owner_defines_packages_from_the_labour_catalog(db: Database, people: dict[Role, int],
                                                                  owner: int) -> None:
    with pytest.raises(PermissionRefused):
        call(db, packages.save_package, people[Role.CASHIER], None, "保養套餐", "480", 365,
             [PackageItemDraft("PKG-OIL", 4)])
    assert refused(db, packages.save_package, owner, None, "保養套餐", "480", 365,
                   [PackageItemDraft("NOPE", 4)]).field == "items"
    assert refused(db, packages.save_package, owner, None, "保養套餐", "480", 365,
                   [PackageItemDraft("PKG-OIL", 0)]).message == packages.BAD_USES
    assert refused(db, packages.save_package, owner, None, "保養套餐", "480", 0,
                   [PackageItemDraft("PKG-OIL", 4)]).field == "valid_days"
    assert refused(db, packages.save_package, owner, None, "", "480", 30,
                   [PackageItemDraft("PKG-OIL", 4)]).field == "name"
    saved = define_package(db, owner)
    assert (saved.price, saved.valid_days, saved.summary) == (D("480.00"), 365, "常規保養 ×4, 精洗 ×4")
    assert refused(db, packages.save_package, owner, None, "保養套餐", "100", 30,
                   [PackageItemDraft("PKG-WASH", 1)]).message == packages.NAME_TAKEN
    changed = call(db, packages.save_package, owner, saved.id, "保養套餐", "520", 180,
                   [PackageItemDraft("pkg-oil", 5, True)])
    assert (changed.price, changed.valid_days, changed.summary) == (D("520.00"), 180, "常規保養 ×5")
    assert changed.items[0].include_parts
    with db.session_scope() as s:
        assert s.scalars(select(AuditEvent.action).where(AuditEvent.entity == "card_package")).all() == [
            "card:package", "card:package"]


# --- redeeming at the estimate ------------------------------------------------------------------------------------
def test_a_redeemed_line_shows_its_card_and_intake_shows_the_uses_left(db: Database, people: dict[Role, int],
                                                                       owner: int, advisor: int) -> None:
    package = define_package(db, owner)
    order_id = make_order(db, advisor, coefficient=None)
    card_id = sell(db, people, customer_of(db, order_id), package.id, "P12345678")
    item_id = item_of(db, card_id)
    view = save(db, advisor, order_id, draft(oil_line(item_id), LabourDraft(name="檢查", standard_hours="0.5",
                                                                                 rate="100", coefficient="1")))
    redeemed, plain = view.labour
    assert redeemed.card_item_id == item_id and redeemed.card_label == "套餐卡 …5678 常規保養"
    assert redeemed.amount == D("100.00")  # priced as usual
    assert plain.card_label == ""
    assert view.totals.card_covered == D("100.00")
    summary = call(db, packages.summary_for_customer, customer_of(db, order_id))
    oil = next(i for i in summary.items if i.service == "常規保養")
    assert (oil.uses_left, oil.reserved, oil.free_uses) == (4, 1, 3)  # this open order holds one use
    assert oil.expires_on == (NOW + timedelta(days=365)).date()
    # Saved again (e.g. another line changed), the line keeps its card.
    again = save(db, advisor, order_id, draft(oil_line(item_id)))
    assert again.labour[0].card_item_id == item_id


def test_redeeming_is_refused_for_another_job_another_customer_or_an_expired_card(
        db: Database, people: dict[Role, int], owner: int, advisor: int) -> None:
    package = define_package(db, owner)
    order_id = make_order(db, advisor, coefficient=None)
    item_id = item_of(db, sell(db, people, customer_of(db, order_id), package.id))
    wrong_job = refused(db, estimate.save_estimate, advisor, order_id,
                        draft(LabourDraft(operation_code="PKG-BRK", rate="100", coefficient="1",
                                          card_item_id=item_id)))
    assert wrong_job.message == packages.NOT_COVERED and wrong_job.field == "labour_lines[0].name"
    other_order = make_order(db, advisor, coefficient=None, plate="粵B54321")  # another customer
    assert refused(db, estimate.save_estimate, advisor, other_order,
                   draft(oil_line(item_id))).message == packages.NOT_THEIR_CARD
    warranty = refused(db, estimate.save_estimate, advisor, order_id,
                       draft(LabourDraft(operation_code="PKG-OIL", rate="100", coefficient="1", payer=Payer.WARRANTY,
                                         card_item_id=item_id)))
    assert warranty.message == packages.NOT_SELF_PAY
    clock.set_fixed(NOW + timedelta(days=366))
    expired = refused(db, estimate.save_estimate, advisor, order_id, draft(oil_line(item_id)))
    assert expired.message == packages.CARD_EXPIRED


def test_uses_reserved_by_other_open_orders_count(db: Database, people: dict[Role, int], owner: int,
                                                  advisor: int) -> None:
    one_use = call(db, packages.save_package, owner, None, "單次保養", "80", 30, [PackageItemDraft("PKG-OIL", 1)])
    first = make_order(db, advisor, coefficient=None)
    item_id = item_of(db, sell(db, people, customer_of(db, first), one_use.id))
    save(db, advisor, first, draft(oil_line(item_id)))
    # The same customer's second car, its own open order: the only use is reserved by the first order.
    second, owner_id = make_order(db, advisor, coefficient=None, plate="粵A99999"), customer_of(db, first)
    with db.session_scope() as s:
        audit.exempt(s, "test: a second order of the same customer")
        s.get(RepairOrder, second).customer_id = owner_id
    error = refused(db, estimate.save_estimate, advisor, second, draft(oil_line(item_id)))
    assert error.message == packages.NO_USE_LEFT and error.params["reserved"] == 1
    # Two lines of one draft on a one-use card: the second is refused too.
    assert refused(db, estimate.save_estimate, advisor, first,
                   draft(oil_line(item_id), oil_line(item_id))).field == "labour_lines[1].name"


# --- the checkout and the settlement -----------------------------------------------------------------------------
def test_settlement_takes_the_use_a_payment_of_its_value_and_a_discount_of_the_rest(
        db: Database, people: dict[Role, int], owner: int, advisor: int) -> None:
    package = define_package(db, owner)
    order_id = make_order(db, advisor, coefficient=None)
    card_id = sell(db, people, customer_of(db, order_id), package.id, "P12345678")
    item_id = item_of(db, card_id)
    save(db, advisor, order_id, draft(oil_line(item_id), LabourDraft(name="檢查", standard_hours="0.5", rate="100",
                                                                      coefficient="1")))
    make_ready(db, advisor, order_id)
    before = call(db, checkout_state, order_id)
    assert before.settlement.labour == D("150.00")
    assert before.balance == D("50.00")  # the card's line is not the customer's to pay in cash
    pending = [d for d in before.discounts if d.pending]
    assert [(d.amount, d.reason) for d in pending] == [(D("100.00"), "套餐卡 …5678 常規保養")]
    assert before.labour[0].card_label == "套餐卡 …5678 常規保養"
    with db.session_scope() as s:
        assert cards.remaining_uses(s, item_id) == 4  # nothing taken before settlement
    result = call(db, checkout.take_payment, people[Role.CASHIER], order_id, "cash", "50")
    assert result.settled
    after = result.state
    assert after.balance == 0 and not any(d.pending for d in after.discounts)
    with db.session_scope() as s:
        assert cards.remaining_uses(s, item_id) == 3
        payments = [(p.method, p.amount) for p in s.scalars(select(Payment).where(Payment.order_id == order_id)
                                                             .order_by(Payment.id))]
        discounts = [(d.amount, d.reason) for d in s.scalars(select(Discount).where(Discount.order_id == order_id))]
        entry = s.scalar(select(CardEntry).where(CardEntry.order_id == order_id))
    assert payments == [("cash", D("50.00")), ("package_card", D("80.00"))]  # ¥480 × 320/480 ÷ 4 uses
    assert discounts == [(D("20.00"), "套餐卡 …5678 常規保養")]
    assert (entry.action, entry.uses, entry.principal) == ("use", -1, D("-80.00"))
    assert entry.payment_id is not None and entry.discount_id is not None
    assert after.settlement.total == D("130.00") and after.paid == D("130.00")
    # The month's revenue: the use's value and the cash, never the ¥480 the card was sold for (a liability).
    with db.session_scope() as s:
        revenue = reports.month_kpis(s, NOW.date().replace(day=1)).revenue
    assert (revenue.labour, revenue.discount, revenue.total) == (D("150.00"), D("20.00"), D("130.00"))


def test_a_package_that_includes_parts_pays_the_parts_riding_on_its_line(
        db: Database, people: dict[Role, int], owner: int, advisor: int, catalog_ids: dict[str, int]) -> None:
    package = define_package(db, owner, include_parts=True)
    order_id = make_order(db, advisor, coefficient=None)
    item_id = item_of(db, sell(db, people, customer_of(db, order_id), package.id))
    wash_id = item_of(db, sell(db, people, customer_of(db, order_id), package.id, "P0002"), "精洗")
    filter_part = PartDraft(part_id=catalog_ids["filter"], quantity="1", card_item_id=item_id)
    # A part may only ride on an item that includes parts and pays a labour line of the same estimate.
    assert refused(db, estimate.save_estimate, advisor, order_id,
                   draft(oil_line(), parts=(filter_part,))).message == packages.PARTS_WITHOUT_LINE
    assert refused(db, estimate.save_estimate, advisor, order_id,
                   draft(LabourDraft(operation_code="PKG-WASH", rate="100", coefficient="1", card_item_id=wash_id),
                         parts=(PartDraft(part_id=catalog_ids["filter"], quantity="1", card_item_id=wash_id),))
                   ).message == packages.PARTS_NOT_INCLUDED
    view = save(db, advisor, order_id, draft(oil_line(item_id), parts=(filter_part,)))
    assert view.parts[0].card_label.startswith("套餐卡") and view.totals.card_covered == D("160.00")
    make_ready(db, advisor, order_id, people[Role.STORE])
    state = call(db, checkout_state, order_id)
    assert state.balance == 0  # the service and its filter: all on the card
    settled = call(db, checkout.settle, people[Role.CASHIER], order_id)
    assert settled.status is OrderStatus.SETTLED
    with db.session_scope() as s:
        assert [(p.method, p.amount) for p in s.scalars(select(Payment).where(Payment.order_id == order_id))] == [
            ("package_card", D("80.00"))]
        assert s.scalar(select(Discount.amount).where(Discount.order_id == order_id)) == D("80.00")
        assert s.scalar(select(PartLine.card_item_id).where(PartLine.order_id == order_id)) == item_id


def test_an_expired_card_refuses_the_settlement_until_the_line_is_paid_otherwise(
        db: Database, people: dict[Role, int], owner: int, advisor: int) -> None:
    package = define_package(db, owner, days=10)
    order_id = make_order(db, advisor, coefficient=None)
    item_id = item_of(db, sell(db, people, customer_of(db, order_id), package.id))
    save(db, advisor, order_id, draft(oil_line(item_id)))
    make_ready(db, advisor, order_id)
    clock.set_fixed(NOW + timedelta(days=11))
    error = refused(db, checkout.settle, people[Role.CASHIER], order_id)
    assert error.message == cards.EXPIRED
    with pytest.raises(PermissionRefused):
        call(db, packages.release_line, people[Role.FOREMAN], order_id, call(db, checkout_state, order_id).labour[0]
             .line_id)
    call(db, packages.release_line, people[Role.CASHIER], order_id, call(db, checkout_state, order_id).labour[0]
         .line_id)
    state = call(db, checkout_state, order_id)
    assert state.balance == D("100.00") and not any(d.pending for d in state.discounts)


def test_voiding_the_package_payment_puts_the_use_back(db: Database, people: dict[Role, int], owner: int,
                                                       advisor: int) -> None:
    package = define_package(db, owner)
    order_id = make_order(db, advisor, coefficient=None)
    item_id = item_of(db, sell(db, people, customer_of(db, order_id), package.id))
    save(db, advisor, order_id, draft(oil_line(item_id)))
    make_ready(db, advisor, order_id)
    call(db, checkout.settle, people[Role.CASHIER], order_id)
    with db.session_scope() as s:
        payment_id = s.scalar(select(Payment.id).where(Payment.order_id == order_id,
                                                       Payment.method == "package_card"))
    call(db, order_actions.void_payment, people[Role.CASHIER], payment_id, "刷錯卡")
    state = call(db, checkout_state, order_id)
    with db.session_scope() as s:
        assert cards.remaining_uses(s, item_id) == 4
    assert state.balance == 0 and [d.amount for d in state.discounts if d.pending] == [D("100.00")]


def test_a_card_bought_at_the_counter_pays_a_line_of_a_confirmed_order(db: Database, people: dict[Role, int],
                                                                      owner: int, advisor: int) -> None:
    package = define_package(db, owner)
    order_id = make_order(db, advisor, coefficient=None)
    save(db, advisor, order_id, draft(oil_line()))
    make_ready(db, advisor, order_id)
    line_id = call(db, checkout_state, order_id).labour[0].line_id
    item_id = item_of(db, sell(db, people, customer_of(db, order_id), package.id))
    with pytest.raises(PermissionRefused):
        call(db, packages.redeem_line, people[Role.FOREMAN], order_id, line_id, item_id)
    call(db, packages.redeem_line, people[Role.CASHIER], order_id, line_id, item_id)
    state = call(db, checkout_state, order_id)
    assert state.balance == 0 and state.labour[0].card_label.startswith("套餐卡")
    assert call(db, checkout.settle, people[Role.CASHIER], order_id).status is OrderStatus.SETTLED
    assert refused(db, packages.redeem_line, people[Role.CASHIER], order_id, line_id, item_id).message
    with db.session_scope() as s:
        assert cards.remaining_uses(s, item_id) == 3
        assert s.scalars(select(AuditEvent.action).where(AuditEvent.order_id == order_id,
                                                         AuditEvent.action.like("card:%"))).all() == [
            "card:line_redeemed", "card:movement"]  # the use, written by the ledger


def test_a_use_worth_more_than_its_line_takes_only_the_lines_charge_and_the_rest_stays_for_the_last_use(
        db: Database, people: dict[Role, int], owner: int, advisor: int) -> None:
    """The card's value is taken as revenue only for work done: a ¥50 line paid by a use worth ¥80 takes ¥50 off
    the card (no discount, nothing to refund), and the ¥30 left goes with the service's last use."""
    package = define_package(db, owner)
    order_id = make_order(db, advisor, coefficient=None)
    item_id = item_of(db, sell(db, people, customer_of(db, order_id), package.id, "P12345678"))
    save(db, owner, order_id, draft(LabourDraft(operation_code="PKG-OIL", rate="50", coefficient="1",
                                                card_item_id=item_id)))  # the owner's own price below the list
    make_ready(db, advisor, order_id)
    call(db, checkout.settle, people[Role.CASHIER], order_id)
    with db.session_scope() as s:
        payments = [(p.method, p.amount) for p in s.scalars(select(Payment).where(Payment.order_id == order_id))]
        discounts = s.scalars(select(Discount).where(Discount.order_id == order_id)).all()
        entry = s.scalar(select(CardEntry).where(CardEntry.order_id == order_id))
        assert (entry.principal, entry.uses) == (D("-50.00"), -1)
        assert cards.item_value_left(s, item_id) == D("270.00") and cards.remaining_uses(s, item_id) == 3
        assert cards.next_use_value(s, item_id) == D("80.00")
    assert payments == [("package_card", D("50.00"))] and discounts == []


# --- the printed work order -------------------------------------------------------------------------------------
def test_the_work_order_marks_the_lines_a_package_card_pays_on_the_customers_copy(
        db: Database, people: dict[Role, int], owner: int, advisor: int, catalog_ids: dict[str, int]) -> None:
    from garage_desktop.printing import work_order_pdf
    from garage_desktop.services import documents
    from tests.integration.test_printing import pages_text

    package = define_package(db, owner, include_parts=True)
    order_id = make_order(db, advisor, coefficient=None)
    item_id = item_of(db, sell(db, people, customer_of(db, order_id), package.id, "P12345678"))
    save(db, advisor, order_id, draft(
        oil_line(item_id), LabourDraft(name="檢查異響", standard_hours="0.5", rate="100", coefficient="1"),
        parts=(PartDraft(part_id=catalog_ids["filter"], quantity="1", card_item_id=item_id),
               PartDraft(part_id=None, name="雨刷片", unit="支", quantity="2", unit_price="45"))))
    call(db, estimate.confirm, advisor, order_id, customer_name="林志明")
    doc = call(db, documents.work_order_doc, order_id)
    assert [(line.name, line.card) for line in doc.labour] == [("常規保養", "…5678"), ("檢查異響", "")]
    assert [(line.name, line.card) for line in doc.parts] == [("機油濾芯", "…5678"), ("雨刷片", "")]
    assert doc.totals.labour == D("150.00")  # still priced as usual: the card pays it at settlement
    for language, mark in (("zh_TW", "[套餐卡…5678]"), ("zh_CN", "[套餐卡…5678]"), ("en", "[Packagecard…5678]")):
        text = "".join(pages_text(work_order_pdf(doc, copies=("customer",), language=language)))
        assert f"常規保養{mark}" in text and f"機油濾芯{mark}" in text, language
        assert text.count(mark) == 2, language  # not on 檢查異響 nor on 雨刷片
        assert "檢查異響0.5100.00" in text and "雨刷片" in text
    # The workshop's copy carries no money: nor how a line is paid.
    workshop = "".join(pages_text(work_order_pdf(doc, copies=("workshop",))))
    assert "常規保養" in workshop and "套餐卡" not in workshop
    # Released back to the card, the line prints unmarked.
    line_id = call(db, checkout_state, order_id).labour[0].line_id
    call(db, packages.release_line, people[Role.CASHIER], order_id, line_id)
    released = call(db, documents.work_order_doc, order_id)
    assert [line.card for line in (*released.labour, *released.parts)] == ["", "", "", ""]


def test_the_settlement_list_and_the_receipt_show_what_the_card_paid(
        db: Database, people: dict[Role, int], owner: int, advisor: int) -> None:
    from garage_desktop.printing.receipt import render_receipt
    from garage_desktop.printing.settlement_list import render_settlement_list
    from garage_desktop.services import checkout_documents
    from tests.integration.test_printing import pages_text

    package = define_package(db, owner)
    order_id = make_order(db, advisor, coefficient=None)
    item_id = item_of(db, sell(db, people, customer_of(db, order_id), package.id, "P12345678"))
    save(db, advisor, order_id, draft(oil_line(item_id), LabourDraft(name="檢查異響", standard_hours="0.5", rate="100",
                                                                      coefficient="1")))
    make_ready(db, advisor, order_id)
    call(db, checkout.take_payment, people[Role.CASHIER], order_id, "cash", "50")
    settlement = "".join(pages_text(render_settlement_list(call(db, checkout_documents.settlement_doc, order_id))))
    assert "1常規保養1.0100.001.0100.00套餐卡…56782檢查異響0.5100.001.050.00工時費" in settlement  # 檢查異響 unmarked
    assert "自付−20.00套餐卡…5678常規保養" in settlement  # the discount of the rest of the line
    receipt = "".join(pages_text(render_receipt(call(db, checkout_documents.receipt_doc, order_id))))
    assert "套餐卡80.00" in receipt and "套餐卡…5678常規保養" in receipt  # the use's value, its card and service
