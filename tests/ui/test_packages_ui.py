"""Issue 19, items 2 and 3 on screen: the estimate's "Package card…" on a line the customer's card covers (and back),
the member discount counted live under the totals, the intake's line with the grade and the uses left, and the
owner's Package cards and Member grades dialogs from the Settings tab."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from garage_desktop.db.models import LabourOperation, RepairOrder
from garage_desktop.domain.classes import Role
from garage_desktop.services import cards, customers, estimate, member_grades, packages
from garage_desktop.services.estimate import EstimateDraft, LabourDraft
from garage_desktop.services.packages import PackageItemDraft
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.dialogs.member_grades_dialog import MemberGradesDialog
from garage_desktop.ui.dialogs.packages_dialog import PackagesDialog
from garage_desktop.ui.models.estimate_lines_model import LabourColumn
from garage_desktop.ui.tabs.estimate_tab import EstimateTab
from tests.ui.test_estimate_tab import order_id  # noqa: F401 - the fixture
from tests.ui.test_intake_tab import open_tab

SHOTS = Path("/tmp/shots")
D = Decimal


def as_owner(ctx: AppContext, people: dict, function, *args, **kwargs):  # type: ignore[no-untyped-def]
    with ctx.db.session_scope() as session:
        return function(session, people[Role.OWNER], *args, **kwargs)


@pytest.fixture
def customer_id(ctx: AppContext, order_id: int) -> int:  # noqa: F811
    with ctx.db.session_scope() as s:
        return s.get(RepairOrder, order_id).customer_id


@pytest.fixture
def card_item(ctx: AppContext, people: dict, customer_id: int) -> int:
    """The customer holds a package card of 4 uses of EST-001 (the front pads job)."""
    package = as_owner(ctx, people, packages.save_package, None, "剎車保養套餐", "600", 365,
                       [PackageItemDraft("EST-001", 4)])
    with ctx.db.session_scope() as s:
        card = cards.sell_package(s, people[Role.CASHIER], customer_id, package.id, "P20261128", "wechat")
        return card.items[0].id


@pytest.fixture
def saved(ctx: AppContext, order_id: int) -> int:  # noqa: F811
    ctx.call(estimate.save_estimate, order_id, EstimateDraft(
        diagnosis="前剎車片磨損", labour=(LabourDraft(operation_code="EST-001"),
                                         LabourDraft(name="檢查異響", standard_hours="0.5")),
        notify_above="800", may_replace_found_parts=True))
    return order_id


@pytest.fixture
def tab(qtbot: QtBot, ctx: AppContext, saved: int) -> EstimateTab:
    widget = EstimateTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    ctx.set_current_order(saved)
    widget.on_current_order_changed(saved)
    return widget


def test_a_line_is_paid_by_the_customers_package_card_and_back(tab: EstimateTab, ctx: AppContext,
                                                               card_item: int) -> None:
    ui, model = tab.ui, tab.labour_model
    ui.labourTable.setCurrentIndex(model.index(1, LabourColumn.NAME))  # 檢查異響: no card covers it
    assert tab.cardLabourButton.isEnabled()
    tab.cardLabourButton.click()
    assert "No package card" in ui.resultLabel.text() and model.rows()[1].card_item_id is None
    ui.labourTable.setCurrentIndex(model.index(0, LabourColumn.NAME))
    tab.cardLabourButton.click()
    assert model.rows()[0].card_item_id == card_item
    assert "套餐卡 …1128 更換前剎車片" in model.data(model.index(0, LabourColumn.NAME))
    assert tab.cardLabourButton.text() == "Pay as usual" and tab.dirty
    assert "Package cards pay: ¥180.00" in tab.memberLabel.text()  # 1.5 h × ¥100 × 1.2
    SHOTS.mkdir(exist_ok=True)
    tab.grab().save(str(SHOTS / "estimate_package_card.png"))
    assert tab.save()
    assert tab.view.labour[0].card_item_id == card_item and tab.view.totals.card_covered == D("180.00")
    ui.labourTable.setCurrentIndex(model.index(0, LabourColumn.NAME))
    tab.cardLabourButton.click()
    assert model.rows()[0].card_item_id is None and tab.save()
    assert tab.view.labour[0].card_item_id is None and not tab.memberLabel.isVisible()


@pytest.fixture
def gold_customer(ctx: AppContext, people: dict, customer_id: int) -> int:
    grade = as_owner(ctx, people, member_grades.save_grade, None, "金卡", "10", "5")
    as_owner(ctx, people, member_grades.set_customer_grade, customer_id, grade.id)
    return customer_id


def test_the_member_discount_is_counted_live_under_the_totals(gold_customer: int, tab: EstimateTab) -> None:
    # ¥180 + ¥60 labour (coefficient 1.2), no parts: 10 % = ¥24.00
    assert "Member discount (金卡): −¥24.00" in tab.memberLabel.text()
    model = tab.labour_model
    model.setData(model.index(1, LabourColumn.HOURS), "1.5")  # 檢查異響 now ¥180: 10 % of ¥360
    assert "−¥36.00" in tab.memberLabel.text()


def test_intake_shows_the_grade_and_the_uses_left_when_the_customer_is_found(
        qtbot: QtBot, ctx: AppContext, people: dict, customer_id: int, card_item: int) -> None:
    grade = as_owner(ctx, people, member_grades.save_grade, None, "金卡", "10", "5")
    as_owner(ctx, people, member_grades.set_customer_grade, customer_id, grade.id)
    tab = open_tab(qtbot, ctx)
    tab.resize(1366, 768)
    hit = ctx.read(customers.search, "13812345678")[0]
    tab.pick_match(hit)
    text = tab.cardsLabel.text()
    assert "Member: 金卡" in text and "更換前剎車片 ×4" in text and "until 2027-11-28" in text
    assert tab.cardsLabel.isVisible()
    tab.grab().save(str(SHOTS / "intake_cards.png"))
    tab.new_customer()
    assert not tab.cardsLabel.isVisible()


def test_the_owner_defines_a_package_in_its_dialog(qtbot: QtBot, ctx: AppContext, people: dict,
                                                   order_id: int) -> None:  # noqa: F811
    ctx.set_operator(people[Role.CASHIER])
    refused = PackagesDialog(ctx)
    qtbot.addWidget(refused)
    assert not refused.add_button.isEnabled() and refused.message.text()
    ctx.set_operator(people[Role.OWNER])
    dialog = PackagesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("剎車套餐")
    dialog.price_edit.setText("600")
    dialog.days_edit.setText("")
    dialog.add_item_row("EST-001", 3, True)
    dialog.add_button.click()
    assert dialog.days_error.text() and dialog.name_edit.text() == "剎車套餐"  # refused beside it, nothing lost
    dialog.days_edit.setText("365")
    dialog.add_button.click()
    assert dialog.changed and dialog.tree.topLevelItemCount() == 1
    assert "更換前剎車片 ×3" in dialog.tree.topLevelItem(0).text(3)
    dialog.show()
    dialog.grab().save(str(SHOTS / "packages_dialog.png"))
    with ctx.db.session_scope() as s:
        assert s.scalar(select(LabourOperation.code)) == "EST-001"
    saved = ctx.read(packages.list_packages)[0]
    assert saved.items[0].include_parts and saved.price == D("600.00")


def test_grades_are_set_and_given_in_their_dialog(qtbot: QtBot, ctx: AppContext, people: dict,
                                                  customer_id: int) -> None:
    ctx.set_operator(people[Role.OWNER])
    dialog = MemberGradesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("金卡")
    dialog.labour_edit.setText("150")
    dialog.parts_edit.setText("5")
    dialog.add_button.click()
    assert dialog.labour_error.text() and dialog.name_edit.text() == "金卡"
    dialog.labour_edit.setText("10")
    dialog.add_button.click()
    assert dialog.tree.topLevelItemCount() == 1 and dialog.tree.topLevelItem(0).text(1) == "10 %"
    dialog.customer_edit.setText("1381234")
    assert dialog.customer_combo.count() == 1
    dialog.grade_combo.setCurrentIndex(dialog.grade_combo.findText("金卡"))
    dialog.give_button.click()
    assert ctx.read(member_grades.grade_of, customer_id).name == "金卡"
    assert "(金卡)" in dialog.customer_combo.currentText()
    dialog.show()
    dialog.grab().save(str(SHOTS / "member_grades_dialog.png"))
    # A cashier gives grades but does not set them.
    ctx.set_operator(people[Role.CASHIER])
    cashier = MemberGradesDialog(ctx)
    qtbot.addWidget(cashier)
    assert not cashier.add_button.isEnabled() and cashier.give_button.isEnabled()


def test_a_cashier_gives_the_customer_a_grade_at_intake(qtbot: QtBot, ctx: AppContext, people: dict,
                                                         customer_id: int, monkeypatch: pytest.MonkeyPatch) -> None:
    from garage_desktop.ui.tabs import intake_tab

    as_owner(ctx, people, member_grades.save_grade, None, "銀卡", "5", "0")
    tab = open_tab(qtbot, ctx)
    tab.pick_match(ctx.read(customers.search, "13812345678")[0])
    assert tab.gradeButton.isVisible() and not tab.gradeButton.isEnabled()  # the advisor may not
    ctx.set_operator(people[Role.CASHIER])
    tab.pick_match(ctx.read(customers.search, "13812345678")[0])
    monkeypatch.setattr(intake_tab, "ask_grade", lambda _parent, names, _current: names.index("銀卡"))
    tab.gradeButton.click()
    assert ctx.read(member_grades.grade_of, customer_id).name == "銀卡"
    assert "Member: 銀卡" in tab.cardsLabel.text()


def test_the_cashier_sees_the_member_discount_waiting_for_the_settlement(qtbot: QtBot, ctx: AppContext,
                                                                          people: dict) -> None:
    from tests.integration.test_checkout import make_ready_order
    from tests.ui.test_checkout_tab import _open
    from tests.ui.test_checkout_tab import open_tab as open_checkout

    order = make_ready_order(ctx.db)  # labour ¥350, parts ¥470
    with ctx.db.session_scope() as s:
        customer = s.get(RepairOrder, order).customer_id
    grade = as_owner(ctx, people, member_grades.save_grade, None, "金卡", "10", "5")
    as_owner(ctx, people, member_grades.set_customer_grade, customer, grade.id)
    tab = open_checkout(qtbot, ctx, people)
    tab.resize(1366, 768)
    _open(tab, ctx, order)
    assert tab.ui.discountList.count() == 1
    assert "−¥58.50 會員折扣 金卡 (at settlement)" in tab.ui.discountList.item(0).text()
    tab.ui.discountList.setCurrentRow(0)
    tab.ui.removeDiscountButton.click()
    assert "written at settlement" in tab.ui.discountReasonError.text() + tab.ui.discountAmountError.text()
    tab.grab().save(str(SHOTS / "checkout_member_discount.png"))
