"""追加項目: proposing added work, who must be phoned, the customer's answer, and the promised time."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from garage_desktop.db.engine import Database
from garage_desktop.db.models import AuditEvent, Part, RepairOrder
from garage_desktop.domain.added_work import ContactNeed
from garage_desktop.domain.classes import Role
from garage_desktop.domain.lifecycle import OrderStatus, TransitionRefused
from garage_desktop.domain.text import DomainError, PermissionRefused
from garage_desktop.services import added_work, clock, work_order
from garage_desktop.services.added_work import AddedLabour, AddedPart, Proposal
from tests.integration.test_work_order import (
    NOW,
    PROMISED,
    call,
    line_ids,
    make_confirmed_order,
    parts_not_needed,
    view,
)

S = OrderStatus
LABOUR_ONLY = Proposal("右前減震器漏油，建議更換", labour=(AddedLabour("1.0", "更換右前減震器"),))  # ¥120
FOUND_PART = Proposal("剎車盤磨損超限", parts=(AddedPart("前剎車盤", "2", "200"),), replaces_found_part=True)  # ¥400
BIG_ITEM = Proposal("正時皮帶有裂紋", labour=(AddedLabour("3", "更換正時皮帶"),), parts=(AddedPart("正時皮帶套件", "1", "520"),),
                    replaces_found_part=True)  # ¥360 + ¥520 = ¥880


@pytest.fixture(autouse=True)
def fixed_clock() -> None:
    clock.set_fixed(NOW)


def in_repair(db: Database, people: dict, **order: object) -> int:
    """A confirmed order (¥800, notify above ¥1500, may replace found parts) with both lines dispatched and the
    first started: the car is in repair."""
    foreman = people[Role.FOREMAN]
    order_id = make_confirmed_order(db, **order)  # type: ignore[arg-type]
    for line in line_ids(db, order_id):
        call(db, work_order.dispatch, foreman, order_id, line, "一組", None)
    call(db, work_order.start_line, foreman, order_id, line_ids(db, order_id)[0], NOW - timedelta(minutes=40))
    return order_id


def propose(db: Database, people: dict, order_id: int, proposal: Proposal) -> added_work.ProposalResult:
    return call(db, added_work.propose, people[Role.INSPECTOR], order_id, proposal)


def answer(db: Database, people: dict, approval_id: int, *, approved: bool = True, method: str = "phone",
           at: datetime = NOW, new_time: datetime | None = None) -> added_work.AnswerResult:
    return call(db, added_work.record_answer, people[Role.ADVISOR], approval_id, at, method, "林志明", approved,
                new_time)


@pytest.mark.parametrize(("proposal", "need", "new_total"), [
    (LABOUR_ONLY, ContactNeed.ASK, Decimal("920.00")),  # within ¥1500, not a found part: ask in any way
    (FOUND_PART, ContactNeed.COVERED, Decimal("1200.00")),  # within, and the customer allowed found parts
    (BIG_ITEM, ContactNeed.MUST_PHONE, Decimal("1680.00")),  # over ¥1500: phone first
])
def test_the_contact_need_comes_from_the_totals(db: Database, people: dict, proposal: Proposal,
                                                need: ContactNeed, new_total: Decimal) -> None:
    order_id = in_repair(db, people)
    with db.session_scope() as session:
        preview = added_work.preview(session, order_id, proposal)
    result = propose(db, people, order_id, proposal)
    assert result.preview == preview
    assert (result.preview.contact_need, result.preview.new_total) == (need, new_total)
    assert result.preview.confirmed_total == Decimal("800.00") and result.status is S.AWAITING_APPROVAL
    ticket = view(db, order_id)
    assert [(p.description, p.state, p.contact_need) for p in ticket.pending] == [(proposal.description,
                                                                                  "pending", need)]
    assert ticket.totals.current == Decimal("800.00") and ticket.totals.with_pending == new_total


def test_found_part_without_permission_must_be_asked(db: Database, people: dict) -> None:
    order_id = in_repair(db, people, may_replace=False)
    assert propose(db, people, order_id, FOUND_PART).preview.contact_need is ContactNeed.ASK


def test_a_second_item_can_push_the_first_over_the_notify_amount(db: Database, people: dict) -> None:
    order_id = in_repair(db, people)
    first = propose(db, people, order_id, LABOUR_ONLY)
    second = propose(db, people, order_id, Proposal("更換機油濾清器", parts=(AddedPart("機油濾清器", "1", "700"),)))
    assert second.preview.contact_need is ContactNeed.MUST_PHONE  # 800 + 120 + 700 = 1620
    needs = {p.approval_id: p.contact_need for p in view(db, order_id).pending}
    assert needs[first.approval_id] is ContactNeed.MUST_PHONE  # if both are done, the customer pays ¥1620


def test_added_lines_are_priced_like_the_estimate(db: Database, people: dict) -> None:
    order_id = in_repair(db, people)
    with db.session_scope() as session:
        part = Part(code="BD-01", name="前剎車盤", spec="博世", unit="片", sale_price=Decimal("215.50"))
        session.add(part)
        session.flush()
        part_id = part.id
    result = propose(db, people, order_id, Proposal("剎車盤磨損", labour=(AddedLabour("0.5", "更換前剎車盤"),),
                                                    parts=(AddedPart("", "2", "", part_id=part_id),)))
    ticket = view(db, order_id)
    added = ticket.labour[-1]
    assert (added.seq, added.name, added.rate, added.coefficient, added.amount) == (
        3, "更換前剎車盤", Decimal("100.00"), Decimal("1.200"), Decimal("60.00"))  # the work, not the finding
    assert (added.added, added.approval, added.counted) == (True, "pending", True)
    part_line = ticket.parts[-1]
    assert (part_line.name, part_line.unit, part_line.unit_price, part_line.amount) == (
        "前剎車盤", "片", Decimal("215.50"), Decimal("431.00"))
    assert ticket.pending[0].amount == Decimal("491.00") == result.preview.amount


def test_added_labour_in_five_minute_units_records_its_unit_at_the_hourly_rate(db: Database, people: dict) -> None:
    from dataclasses import replace

    from garage_desktop.db.models import LabourLine
    from garage_desktop.domain.pricing import HourUnit
    from garage_desktop.services import settings as garage_settings

    order_id = in_repair(db, people)  # the estimate's lines: ¥100 an hour, coefficient 1.2
    with db.session_scope() as session:
        garage_settings.save(session, people[Role.OWNER],
                             replace(garage_settings.load(session), hour_unit=HourUnit.FIVE_MINUTES))
    result = propose(db, people, order_id, Proposal("右前減震器漏油", labour=(AddedLabour("9.4", "更換右前減震器"),)))
    # 47 minutes: 9.4 ÷ 12 h × ¥100 × 1.2 = 94.00
    assert (result.preview.labour_amount, result.preview.rate, result.preview.hour_unit) == (
        Decimal("94.00"), Decimal("100.00"), HourUnit.FIVE_MINUTES)
    with db.session_scope() as session:
        line = session.scalars(select(LabourLine).where(LabourLine.order_id == order_id, LabourLine.added)).one()
        assert (line.standard_hours, line.hour_unit, line.rate) == (Decimal("9.40"), HourUnit.FIVE_MINUTES,
                                                                    Decimal("100.00"))
    added = view(db, order_id).labour[-1]
    assert (added.standard_hours, added.amount) == (Decimal("0.78"), Decimal("94.00"))  # real hours on the ticket
    assert view(db, order_id).pending[0].lines == ("更換右前減震器 0.78 h ¥94.00",)


def test_a_proposal_needs_a_description_and_a_line(db: Database, people: dict) -> None:
    order_id = in_repair(db, people)
    with pytest.raises(DomainError) as error:
        propose(db, people, order_id, Proposal("  ", labour=(AddedLabour("1"),)))
    assert error.value.field == "description"
    with pytest.raises(DomainError) as error:
        propose(db, people, order_id, Proposal("漏油"))
    assert error.value.field == "labour_hours"
    with pytest.raises(DomainError) as error:
        propose(db, people, order_id, Proposal("漏油", parts=(AddedPart("油封", "0", "30"),)))
    assert error.value.field == "part_qty"
    assert view(db, order_id).status is S.IN_REPAIR and not view(db, order_id).proposals


def test_who_may_propose_and_when(db: Database, people: dict) -> None:
    with pytest.raises(PermissionRefused):
        call(db, added_work.propose, people[Role.ADVISOR], in_repair(db, people), LABOUR_ONLY)
    confirmed = make_confirmed_order(db)
    with pytest.raises(TransitionRefused):
        propose(db, people, confirmed, LABOUR_ONLY)
    assert call(db, added_work.propose, people[Role.FOREMAN], in_repair(db, people), LABOUR_ONLY).approval_id


def test_an_added_line_cannot_be_worked_until_approved(db: Database, people: dict) -> None:
    foreman = people[Role.FOREMAN]
    order_id = in_repair(db, people)
    approval_id = propose(db, people, order_id, LABOUR_ONLY).approval_id
    added = view(db, order_id).labour[-1]
    assert added.start_refusal == added.dispatch_refusal == work_order.PENDING_LINE
    with pytest.raises(DomainError) as error:
        call(db, work_order.start_line, foreman, order_id, added.id)
    assert error.value.message == work_order.PENDING_LINE
    with pytest.raises(DomainError):  # nothing is dispatched while the customer is being asked
        call(db, work_order.dispatch, foreman, order_id, added.id, "一組", None)

    result = answer(db, people, approval_id, approved=True, method="in_person")
    assert result.status is S.IN_REPAIR and result.total == Decimal("920.00")
    call(db, work_order.dispatch, foreman, order_id, added.id, "一組", None)
    ticket = call(db, work_order.start_line, foreman, order_id, added.id)
    assert ticket.labour[-1].progress == "started" and ticket.labour[-1].approval == "approved"
    with db.session_scope() as session:
        actions = session.scalars(select(AuditEvent.action).where(AuditEvent.order_id == order_id)).all()
    assert {"added_work:propose", "added_work:answer", "price:added_work"} <= set(actions)


def test_a_must_phone_item_refuses_a_message(db: Database, people: dict) -> None:
    order_id = in_repair(db, people)
    approval_id = propose(db, people, order_id, BIG_ITEM).approval_id
    with pytest.raises(DomainError) as error:
        answer(db, people, approval_id, method="message")
    assert error.value.field == "method" and "¥1,500.00" in error.value.english()
    assert view(db, order_id).status is S.AWAITING_APPROVAL
    assert answer(db, people, approval_id, method="phone").contact_need is ContactNeed.MUST_PHONE


def test_a_message_is_enough_within_the_notify_amount(db: Database, people: dict) -> None:
    order_id = in_repair(db, people)
    approval_id = propose(db, people, order_id, LABOUR_ONLY).approval_id
    assert answer(db, people, approval_id, method="message").approved


def test_the_answer_is_checked(db: Database, people: dict) -> None:
    order_id = in_repair(db, people)
    approval_id = propose(db, people, order_id, LABOUR_ONLY).approval_id
    for kwargs, field in (({"at": NOW + timedelta(minutes=1)}, "contacted_at"),
                          ({"at": NOW - timedelta(hours=1)}, "contacted_at"),  # before it was proposed
                          ({"method": "fax"}, "method"),
                          ({"new_time": NOW - timedelta(minutes=5)}, "new_promised_at")):
        with pytest.raises(DomainError) as error:
            answer(db, people, approval_id, **kwargs)  # type: ignore[arg-type]
        assert error.value.field == field
    with pytest.raises(DomainError) as error:
        call(db, added_work.record_answer, people[Role.ADVISOR], approval_id, NOW, "phone", " ", True)
    assert error.value.field == "answered_by"
    with pytest.raises(PermissionRefused):
        call(db, added_work.record_answer, people[Role.FOREMAN], approval_id, NOW, "phone", "林志明", True)
    answer(db, people, approval_id)
    with pytest.raises(DomainError) as error:
        answer(db, people, approval_id)
    assert error.value.message == added_work.ALREADY_ANSWERED


def test_declined_work_becomes_a_recommendation_and_is_not_counted(db: Database, people: dict) -> None:
    order_id = in_repair(db, people)
    approval_id = propose(db, people, order_id, FOUND_PART).approval_id
    result = answer(db, people, approval_id, approved=False, new_time=PROMISED + timedelta(hours=2))
    assert not result.approved and result.status is S.IN_REPAIR
    assert result.total == Decimal("800.00") and result.promise_replaced is None  # a declined item changes no time
    ticket = view(db, order_id)
    assert ticket.totals.current == ticket.totals.with_pending == Decimal("800.00")
    declined = ticket.parts[-1]
    assert (declined.approval, declined.counted) == ("declined", False)
    assert ticket.proposals[0].state == "declined" and ticket.promised_at == PROMISED
    with db.session_scope() as session:
        vehicle_id = session.get(RepairOrder, order_id).vehicle_id
        kept = added_work.recommendations(session, vehicle_id)
    assert [(r.description, r.order_id, r.id) for r in kept] == [("剎車盤磨損超限", order_id,
                                                                   result.recommendation_id)]


def test_declined_lines_do_not_hold_up_the_repair(db: Database, people: dict) -> None:
    foreman = people[Role.FOREMAN]
    order_id = in_repair(db, people)
    approval_id = propose(db, people, order_id, LABOUR_ONLY).approval_id
    answer(db, people, approval_id, approved=False)
    ticket = view(db, order_id)
    assert ticket.labour[-1].start_refusal == work_order.DECLINED_LINE and not ticket.labour[-1].counted
    first, second, _declined = line_ids(db, order_id)
    call(db, work_order.finish_line, foreman, order_id, first)
    call(db, work_order.start_line, foreman, order_id, second, NOW - timedelta(minutes=5))
    call(db, work_order.finish_line, foreman, order_id, second)
    parts_not_needed(db, people, order_id)
    assert call(db, work_order.report_finished, foreman, order_id).status is S.QC_PENDING


def test_the_order_waits_until_every_item_is_answered(db: Database, people: dict) -> None:
    order_id = in_repair(db, people)
    first = propose(db, people, order_id, LABOUR_ONLY).approval_id
    second = propose(db, people, order_id, FOUND_PART).approval_id
    assert answer(db, people, first).status is S.AWAITING_APPROVAL
    with pytest.raises(TransitionRefused):  # an answer is still missing
        call(db, work_order.report_finished, people[Role.FOREMAN], order_id)
    assert answer(db, people, second).status is S.IN_REPAIR
    with db.session_scope() as session:
        assert session.get(RepairOrder, order_id).holder == "一組"  # back with the team on the board


def test_a_new_time_agreed_in_time_replaces_the_promise(db: Database, people: dict) -> None:
    order_id = in_repair(db, people)
    approval_id = propose(db, people, order_id, BIG_ITEM).approval_id
    later = PROMISED + timedelta(hours=2)
    result = answer(db, people, approval_id, new_time=later)
    assert result.promise_replaced is True and result.promise_note is None
    assert (result.promised_at, result.original_promised_at) == (later, PROMISED)
    ticket = view(db, order_id)
    assert (ticket.promised_at, ticket.original_promised_at) == (later, PROMISED)


def test_a_new_time_agreed_after_the_promise_passed_is_gone_by_while_the_kpi_keeps_the_delay(
        db: Database, people: dict) -> None:
    """As at the estimate: the board and the work order go by the time agreed, the on-time rate by the missed
    promise (domain.promise)."""
    from garage_desktop.services import board, documents, reports

    early = NOW - timedelta(minutes=10)  # the car was promised for 09:50: it is already late
    later = NOW + timedelta(hours=3)
    order_id = in_repair(db, people, promised_at=early)
    with db.session_scope() as session:
        assert next(r for r in board.open_orders(session, NOW).rows if r.order_id == order_id).late
    approval_id = propose(db, people, order_id, BIG_ITEM).approval_id
    result = answer(db, people, approval_id, new_time=later)
    assert result.promise_replaced is True and result.promise_note == added_work.PROMISE_LATE
    assert (result.promised_at, result.original_promised_at, result.missed_promise_at) == (later, early, early)
    assert view(db, order_id).promised_at == later
    with db.session_scope() as session:
        order = session.get(RepairOrder, order_id)
        assert (order.promised_at, order.promise_in_force_at) == (later, early)
        row = next(r for r in board.open_orders(session, NOW).rows if r.order_id == order_id)
        assert (row.promised_at, row.late) == (later, False)  # no longer red on the board
        assert documents.work_order_doc(session, order_id).promised_at == later
        assert reports.order_lines(session, [order_id])[0].promised_at == early  # the KPI keeps the delay
    assert view(db, order_id).proposals[0].new_promised_at == later  # what was said is kept


def test_a_declined_item_cannot_be_made_free(db: Database, people: dict) -> None:
    """Issue 16: declined, it is charged nothing already; made free it would count in the month's value given away."""
    from garage_desktop.domain.free_items import FreeReason
    from garage_desktop.services import free_items

    order_id = in_repair(db, people)
    approval_id = propose(db, people, order_id, FOUND_PART).approval_id
    answer(db, people, approval_id, approved=False)
    declined = view(db, order_id).parts[-1]
    with pytest.raises(DomainError) as refused, db.session_scope() as session:
        free_items.make_free(session, people[Role.OWNER], order_id, "part", declined.id, FreeReason.GOODWILL,
                             "老客戶")
    assert "declined" in refused.value.english()
    with db.session_scope(write=False) as session:
        assert free_items.month_rows(session, [order_id]) == []
