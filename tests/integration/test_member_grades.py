"""Issue 19, item 3: member grades (會員等級). The owner sets grades with discount rates on labour and parts; the owner or
a cashier gives a customer a grade; the discount is applied at the estimate, follows line changes, is written at
settlement as 會員折扣 with the grade, and skips free lines, package-card lines and third-party shares."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from garage_desktop.db.engine import Database
from garage_desktop.db.models import AuditEvent, Discount, LabourLine
from garage_desktop.domain.classes import Payer, Role
from garage_desktop.domain.free_items import FreeReason
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.text import DomainError, PermissionRefused
from garage_desktop.printing.settlement_list import render_settlement_list
from garage_desktop.services import checkout, checkout_documents, free_items, member_grades
from garage_desktop.services.checkout_state import checkout_state
from garage_desktop.services.estimate import LabourDraft, PartDraft
from tests.integration.test_estimate import make_order
from tests.integration.test_packages import (
    _clock,  # noqa: F401 (the fixed clock)
    call,
    catalog_ids,  # noqa: F401 (the catalog fixture)
    customer_of,
    define_package,
    draft,
    item_of,
    make_ready,
    oil_line,
    refused,
    save,
    sell,
)

D = Decimal


def gold(db: Database, owner: int) -> member_grades.GradeView:
    """金卡: 10 % off labour, 5 % off parts."""
    return call(db, member_grades.save_grade, owner, None, "金卡", "10", "5")


def check_line(hours: str = "1.5", **kwargs: object) -> LabourDraft:
    return LabourDraft(name="檢查底盤", standard_hours=hours, rate="100", coefficient="1", **kwargs)


def oil(quantity: str = "4") -> PartDraft:
    return PartDraft(name="機油 5W-30", unit="升", quantity=quantity, unit_price="61.50")  # 4 × ¥61.50 = ¥246


def test_only_the_owner_sets_grades_and_a_cashier_gives_one_to_a_customer(
        db: Database, people: dict[Role, int], advisor: int) -> None:
    owner = people[Role.OWNER]
    with pytest.raises(PermissionRefused):
        call(db, member_grades.save_grade, people[Role.CASHIER], None, "金卡", "10", "5")
    assert refused(db, member_grades.save_grade, owner, None, "金卡", "120", "5").field == "labour_discount"
    assert refused(db, member_grades.save_grade, owner, None, "", "10", "5").field == "name"
    grade = gold(db, owner)
    assert (grade.labour_discount, grade.parts_discount, grade.rates_text) == (D("0.1000"), D("0.0500"),
                                                                              "工時 10% / 材料 5%")
    assert refused(db, member_grades.save_grade, owner, None, "金卡", "8", "0").message == member_grades.NAME_TAKEN
    order_id = make_order(db, advisor, coefficient=None)
    customer = customer_of(db, order_id)
    with pytest.raises(PermissionRefused):
        call(db, member_grades.set_customer_grade, advisor, customer, grade.id)
    call(db, member_grades.set_customer_grade, people[Role.CASHIER], customer, grade.id)
    assert call(db, member_grades.grade_of, customer).name == "金卡"
    assert [g.customers for g in call(db, member_grades.list_grades)] == [1]
    retired = call(db, member_grades.save_grade, owner, None, "銀卡", "5", "0", active=False)
    assert refused(db, member_grades.set_customer_grade, owner, customer, retired.id).message == member_grades.RETIRED
    with db.session_scope() as s:
        assert s.scalars(select(AuditEvent.action).where(AuditEvent.action.like("member:%"))
                         .order_by(AuditEvent.id)).all() == ["member:grade", "member:customer_grade", "member:grade"]


def test_the_estimate_shows_the_discount_and_it_follows_the_lines(db: Database, people: dict[Role, int],
                                                                  advisor: int) -> None:
    grade = gold(db, people[Role.OWNER])
    order_id = make_order(db, advisor, coefficient=None)
    call(db, member_grades.set_customer_grade, people[Role.OWNER], customer_of(db, order_id), grade.id)
    view = save(db, advisor, order_id, draft(check_line(), parts=(oil(),)))
    # ¥150 labour × 10 % + ¥246 parts × 5 % = 15.00 + 12.30
    assert (view.totals.member_discount, view.totals.member_grade) == (D("27.30"), "金卡")
    changed = save(db, advisor, order_id, draft(check_line("2.5"), parts=(oil("1"),)))
    assert changed.totals.member_discount == D("25.00") + D("3.08")  # 250 × 10 %, 61.50 × 5 % = 3.075 → 3.08
    # Lines the customer does not pay (三包) get none.
    warranty = save(db, advisor, order_id, draft(check_line(payer=Payer.WARRANTY), parts=(oil(),)))
    assert warranty.totals.member_discount == D("12.30")


def test_settlement_writes_the_member_discount_and_the_list_prints_it(db: Database, people: dict[Role, int],
                                                                      advisor: int) -> None:
    owner = people[Role.OWNER]
    grade = gold(db, owner)
    order_id = make_order(db, advisor, coefficient=None)
    call(db, member_grades.set_customer_grade, owner, customer_of(db, order_id), grade.id)
    save(db, advisor, order_id, draft(check_line(), check_line("1.0")))
    make_ready(db, advisor, order_id)
    before = call(db, checkout_state, order_id)
    assert [(d.amount, d.reason, d.pending) for d in before.discounts] == [(D("25.00"), "會員折扣 金卡", True)]
    assert before.balance == D("225.00")
    # A line made free after the estimate drops out of the discount at once.
    with db.session_scope() as s:
        second = s.scalar(select(LabourLine.id).where(LabourLine.order_id == order_id, LabourLine.seq == 2))
    call(db, free_items.make_free, owner, order_id, "labour", second, FreeReason.GOODWILL, "老客戶")
    after_free = call(db, checkout_state, order_id)
    assert [d.amount for d in after_free.discounts] == [D("15.00")] and after_free.balance == D("135.00")
    result = call(db, checkout.take_payment, people[Role.CASHIER], order_id, "wechat", "135")
    assert result.settled
    with db.session_scope() as s:
        rows = [(d.amount, d.reason) for d in s.scalars(select(Discount).where(Discount.order_id == order_id))]
    assert rows == [(D("15.00"), "會員折扣 金卡")]
    # The settled bill never moves: a later change of the grade leaves it as it was.
    call(db, member_grades.save_grade, owner, grade.id, "金卡", "30", "30")
    settled = call(db, checkout_state, order_id)
    assert [d.amount for d in settled.discounts] == [D("15.00")] and settled.balance == 0
    with db.session_scope() as s:
        doc = checkout_documents.settlement_doc(s, order_id)
    pdf = render_settlement_list(doc, language="zh_TW")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "會員折扣" in text and "金卡" in text


def test_package_card_lines_get_no_member_discount(db: Database, people: dict[Role, int], advisor: int) -> None:
    owner = people[Role.OWNER]
    grade = gold(db, owner)
    package = define_package(db, owner)
    order_id = make_order(db, advisor, coefficient=None)
    customer = customer_of(db, order_id)
    call(db, member_grades.set_customer_grade, owner, customer, grade.id)
    item_id = item_of(db, sell(db, people, customer, package.id))
    view = save(db, advisor, order_id, draft(oil_line(item_id), check_line()))
    assert view.totals.member_discount == D("15.00")  # the ¥150 check only; the card pays the ¥100 service
    make_ready(db, advisor, order_id)
    state = call(db, checkout_state, order_id)
    assert sorted(d.amount for d in state.discounts) == [D("15.00"), D("100.00")]
    assert state.balance == D("135.00")
    with pytest.raises(DomainError):
        call(db, checkout.take_payment, people[Role.CASHIER], order_id, "cash", "136")
    assert call(db, checkout.take_payment, people[Role.CASHIER], order_id, "cash", "135").state.status \
        is OrderStatus.SETTLED


def test_a_pending_member_discount_cannot_be_taken_back_like_a_discount(db: Database, people: dict[Role, int],
                                                                        advisor: int) -> None:
    owner = people[Role.OWNER]
    order_id = make_order(db, advisor, coefficient=None)
    call(db, member_grades.set_customer_grade, owner, customer_of(db, order_id), gold(db, owner).id)
    save(db, advisor, order_id, draft(check_line()))
    make_ready(db, advisor, order_id)
    pending = call(db, checkout_state, order_id).discounts[0]
    assert pending.pending and pending.id == 0
    assert refused(db, checkout.remove_discount, people[Role.CASHIER], pending.id).message == \
        checkout.PENDING_REDUCTION
    # Taking the customer's grade away takes the discount away before settlement.
    call(db, member_grades.set_customer_grade, people[Role.CASHIER], customer_of(db, order_id), None)
    assert call(db, checkout_state, order_id).discounts == ()
