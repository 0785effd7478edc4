"""Issue 14, price authority (POS-style): a line below its catalog price, a rate below the hourly rate, or a price
of zero, entered by someone who is not the owner, needs the owner's approval on the spot (their PIN); the line
carries the owner's mark, and the audit trail says who approved, the list price and the price given."""

from __future__ import annotations

import json
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from garage_desktop.db.engine import Database
from garage_desktop.db.models import AuditEvent, EstimateRevision, LabourLine, Part, PartLine
from garage_desktop.domain.classes import Role
from garage_desktop.domain.pricing import PriceCut, price_cut
from garage_desktop.domain.text import DomainError
from garage_desktop.services import added_work, estimate, operators, pins, price_authority, work_order
from garage_desktop.services.added_work import AddedLabour, AddedPart, Proposal
from garage_desktop.services.estimate import EstimateDraft, LabourDraft, PartDraft
from garage_desktop.services.price_authority import NeedsOwnerApproval, OwnerApproval, WrongOwnerPin
from tests.integration.test_estimate import make_order
from tests.integration.test_work_order import NOW, call, line_ids, make_confirmed_order

PIN = "2468"


@pytest.fixture(autouse=True)
def _setup(db: Database, people: dict[Role, int]) -> None:
    from garage_desktop.services import clock

    clock.set_fixed(NOW)
    with db.session_scope() as session:
        session.add(Part(code="BP-01", name="前剎車片", spec="博世 前輪", unit="套", origin="oem",
                         sale_price=Decimal("380.00"), cost=Decimal("250.00")))
        pins.set_pin(session, people[Role.OWNER], people[Role.OWNER], PIN)


def pad_id(db: Database) -> int:
    with db.session_scope() as session:
        return session.scalar(select(Part.id).where(Part.code == "BP-01"))  # type: ignore[return-value]


def a_draft(db: Database, *, pad_price: str = "", rate: str = "", free_part: str | None = None,
            supplied: bool = False) -> EstimateDraft:
    parts = [PartDraft(part_id=pad_id(db), unit_price=pad_price, customer_supplied=supplied)]
    if free_part is not None:
        parts.append(PartDraft(name="舊件處理", unit="次", unit_price=free_part))
    return EstimateDraft(diagnosis="前剎車片磨損", labour=(LabourDraft(name="更換前剎車片", standard_hours="1.5",
                                                                 rate=rate),),
                         parts=tuple(parts), notify_above="1000", may_replace_found_parts=False)


def save(db: Database, actor: int, order_id: int, draft: EstimateDraft,
         approval: OwnerApproval | None = None) -> estimate.EstimateView:
    return call(db, estimate.save_estimate, actor, order_id, draft, approval)


def events(db: Database, action: str = "price:owner_approved") -> list[AuditEvent]:
    with db.session_scope() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)))


# --- the rule, pure ----------------------------------------------------------------------------------------
def test_what_needs_the_owner() -> None:
    assert price_cut(Decimal("380.00"), Decimal("380.00"), labour=False) is None  # at the list
    assert price_cut(Decimal("400.00"), Decimal("380.00"), labour=False) is None  # above: the garage's business
    assert price_cut(Decimal("300.00"), Decimal("380.00"), labour=False) is PriceCut.BELOW_CATALOG
    assert price_cut(Decimal("80.00"), Decimal("100.00"), labour=True) is PriceCut.BELOW_RATE
    assert price_cut(Decimal("0.00"), Decimal("380.00"), labour=False) is PriceCut.FREE
    assert price_cut(Decimal("0.00"), None, labour=False) is PriceCut.FREE  # a free line at zero
    assert price_cut(Decimal("12.00"), None, labour=False) is None  # a free line priced: no list to be under


# --- the estimate --------------------------------------------------------------------------------------------
def test_at_the_list_nobody_is_asked(db: Database, people: dict[Role, int]) -> None:
    order_id = make_order(db, people[Role.ADVISOR])
    view = save(db, people[Role.ADVISOR], order_id, a_draft(db))
    assert [line.price_mark for line in (*view.labour, *view.parts)] == [None, None]
    assert events(db) == []


def test_an_advisor_below_the_catalog_is_refused_with_the_lines_and_nothing_is_saved(
        db: Database, people: dict[Role, int]) -> None:
    order_id = make_order(db, people[Role.ADVISOR])
    with pytest.raises(NeedsOwnerApproval) as refused:
        save(db, people[Role.ADVISOR], order_id, a_draft(db, pad_price="300", rate="80", free_part="0"))
    lines = refused.value.lines
    assert [(x.kind, x.index, x.name, x.list_price, x.price, x.cut) for x in lines] == [
        ("labour", 0, "更換前剎車片", Decimal("100.00"), Decimal("80.00"), PriceCut.BELOW_RATE),
        ("part", 0, "前剎車片", Decimal("380.00"), Decimal("300.00"), PriceCut.BELOW_CATALOG),
        ("part", 1, "舊件處理", None, Decimal("0.00"), PriceCut.FREE)]
    assert "3 line(s)" in refused.value.english() and "first: 更換前剎車片 ¥80.00 (list ¥100.00)" in \
        refused.value.english()
    with db.session_scope() as session:
        assert session.scalar(select(EstimateRevision.id)) is None
        assert session.scalar(select(PartLine.id)) is None


def test_the_owner_approves_on_the_spot_and_the_lines_carry_the_mark(db: Database, people: dict[Role, int]) -> None:
    advisor, owner = people[Role.ADVISOR], people[Role.OWNER]
    order_id = make_order(db, advisor)
    view = save(db, advisor, order_id, a_draft(db, pad_price="300", rate="80"), OwnerApproval(owner, PIN))
    labour, pad = view.labour[0], view.parts[0]
    assert (labour.rate, labour.price_mark, labour.list_price) == (
        Decimal("80.00"), price_authority.MARKS[PriceCut.BELOW_RATE], Decimal("100.00"))
    assert (pad.unit_price, pad.price_mark, pad.list_price, pad.price_approved_by) == (
        Decimal("300.00"), "Owner approved: below the catalog price", Decimal("380.00"), "店主")
    [event] = events(db)
    assert event.operator_id == advisor and event.order_id == order_id  # who typed; the owner approved
    after = json.loads(event.after)
    assert (after["approved_by"], after["pin"], after["where"]) == (owner, True, "estimate")
    assert [(x["name"], x["list_price"], x["price"], x["cut"]) for x in after["lines"]] == [
        ("更換前剎車片", "100.00", "80.00", "below_rate"), ("前剎車片", "380.00", "300.00", "below_catalog")]


def test_a_wrong_pin_or_a_person_who_is_no_owner_approves_nothing(db: Database, people: dict[Role, int]) -> None:
    advisor = people[Role.ADVISOR]
    order_id = make_order(db, advisor)
    with pytest.raises(WrongOwnerPin):
        save(db, advisor, order_id, a_draft(db, pad_price="300"), OwnerApproval(people[Role.OWNER], "1111"))
    with pytest.raises(DomainError) as refused:  # the cashier is no owner, PIN or not
        save(db, advisor, order_id, a_draft(db, pad_price="300"), OwnerApproval(people[Role.CASHIER], ""))
    assert refused.value.message == price_authority.NOT_AN_OWNER
    with db.session_scope() as session:
        assert session.scalar(select(PartLine.id)) is None
    # The dialog's own check records the wrong PIN (its own transaction), so the owner's wait applies.
    assert call(db, lambda session, _actor: price_authority.check_owner(session, people[Role.OWNER], "1111"),
                advisor) is False
    assert len(events(db, "pin:wrong")) == 1
    assert call(db, lambda session, _actor: price_authority.check_owner(session, people[Role.OWNER], PIN), advisor)


def test_an_owner_without_a_pin_approves_by_being_chosen(db: Database, people: dict[Role, int]) -> None:
    advisor, owner = people[Role.ADVISOR], people[Role.OWNER]
    call(db, pins.set_pin, owner, owner, "")
    order_id = make_order(db, advisor)
    with db.session_scope() as session:
        assert price_authority.owners(session) == [price_authority.OwnerChoice(owner, "店主", False)]
    view = save(db, advisor, order_id, a_draft(db, pad_price="300"), OwnerApproval(owner))
    assert view.parts[0].price_mark is not None
    assert json.loads(events(db)[0].after)["pin"] is False  # the trail says no PIN was typed


def test_the_owner_entering_it_approves_it_themselves(db: Database, people: dict[Role, int]) -> None:
    owner = people[Role.OWNER]
    order_id = make_order(db, people[Role.ADVISOR])
    view = save(db, owner, order_id, a_draft(db, rate="0"))
    assert view.labour[0].price_mark == "Owner approved: free of charge" and view.labour[0].amount == 0
    assert json.loads(events(db)[0].after)["approved_by"] == owner
    # A person who holds several roles but not the owner's is asked like anybody else.
    both = call(db, operators.save_operator, owner, None, "王嘉欣", {Role.ADVISOR, Role.CASHIER, Role.STORE})
    other = make_order(db, both.id, plate="粵A54321")
    with pytest.raises(NeedsOwnerApproval):
        save(db, both.id, other, a_draft(db, rate="0"))


def test_a_new_revision_keeps_the_approval_and_a_lower_price_asks_again(db: Database,
                                                                        people: dict[Role, int]) -> None:
    advisor, owner = people[Role.ADVISOR], people[Role.OWNER]
    order_id = make_order(db, advisor)
    save(db, advisor, order_id, a_draft(db, pad_price="300", rate="80"), OwnerApproval(owner, PIN))
    again = save(db, advisor, order_id, a_draft(db, pad_price="300", rate="80"))  # revision 2, nobody asked
    assert again.revisions[0].number == 2 and again.parts[0].price_approved_by == "店主"
    assert len(events(db)) == 1
    with pytest.raises(NeedsOwnerApproval) as refused:
        save(db, advisor, order_id, a_draft(db, pad_price="280", rate="80"))
    assert [x.name for x in refused.value.lines] == ["前剎車片"]  # only the line changed
    back = save(db, advisor, order_id, a_draft(db))  # back at the list: no mark
    assert [line.price_mark for line in (*back.labour, *back.parts)] == [None, None]


def test_a_part_the_customer_brings_needs_nothing(db: Database, people: dict[Role, int]) -> None:
    order_id = make_order(db, people[Role.ADVISOR])
    view = save(db, people[Role.ADVISOR], order_id, a_draft(db, pad_price="0", supplied=True))
    assert view.parts[0].customer_supplied and view.parts[0].price_mark is None


# --- added work ----------------------------------------------------------------------------------------------
def in_repair(db: Database, people: dict[Role, int]) -> int:
    foreman = people[Role.FOREMAN]
    order_id = make_confirmed_order(db)
    for line in line_ids(db, order_id):
        call(db, work_order.dispatch, foreman, order_id, line, "一組", None)
    call(db, work_order.start_line, foreman, order_id, line_ids(db, order_id)[0], NOW - timedelta(minutes=40))
    return order_id


def test_added_work_below_the_catalog_needs_the_owner_too(db: Database, people: dict[Role, int]) -> None:
    inspector, owner = people[Role.INSPECTOR], people[Role.OWNER]
    order_id = in_repair(db, people)
    cheap = Proposal("前剎車片磨損", labour=(AddedLabour("1", "更換前剎車片"),),
                     parts=(AddedPart("前剎車片", "1", "200", part_id=pad_id(db)),))
    with pytest.raises(NeedsOwnerApproval) as refused:
        call(db, added_work.propose, inspector, order_id, cheap)
    assert [(x.kind, x.list_price, x.price) for x in refused.value.lines] == [
        ("part", Decimal("380.00"), Decimal("200.00"))]  # the labour is at the estimate's rate: no cut
    result = call(db, added_work.propose, inspector, order_id, cheap, OwnerApproval(owner, PIN))
    with db.session_scope() as session:
        line = session.scalars(select(PartLine).where(PartLine.approval_id == result.approval_id)).one()
        assert (line.price_approved_by_id, line.list_price) == (owner, Decimal("380.00"))
        view = estimate.estimate_view(session, order_id)
    added = [p for p in view.parts if p.added]
    assert added[0].price_mark == "Owner approved: below the catalog price"
    assert json.loads(events(db)[0].after)["where"] == "added_work"
    # At the catalog price nobody is asked.
    call(db, added_work.propose, inspector, order_id, Proposal("再換一套", parts=(AddedPart("前剎車片", "1", "",
                                                                                            part_id=pad_id(db)),)))


def test_added_labour_at_a_rate_the_owner_approved_on_the_order_is_not_asked_again(
        db: Database, people: dict[Role, int]) -> None:
    advisor, owner, inspector = people[Role.ADVISOR], people[Role.OWNER], people[Role.INSPECTOR]
    order_id = make_order(db, advisor)
    save(db, advisor, order_id, a_draft(db, rate="80"), OwnerApproval(owner, PIN))
    call(db, estimate.confirm, advisor, order_id, customer_name="林志明")
    call(db, work_order.dispatch, advisor, order_id, line_ids(db, order_id)[0], "一組", None)
    call(db, work_order.start_line, people[Role.FOREMAN], order_id, line_ids(db, order_id)[0], NOW)
    result = call(db, added_work.propose, inspector, order_id,
                  Proposal("後剎車片也磨損", labour=(AddedLabour("1", "更換後剎車片"),)))
    with db.session_scope() as session:
        line = session.scalars(select(LabourLine).where(LabourLine.approval_id == result.approval_id)).one()
        assert (line.rate, line.price_approved_by_id) == (Decimal("80.00"), owner)  # the order's approved rate
    assert len(events(db)) == 1
