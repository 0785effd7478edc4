"""The follow-up talk (issue 16, item 1): the call script (shipped default, the owner's own), answers per
question kept as asked, referrals linked to the customers they brought, the month's figures, the call sheet."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from garage_desktop.db.engine import Database
from garage_desktop.db.models import Customer
from garage_desktop.domain.classes import Role
from garage_desktop.domain.text import DomainError, PermissionRefused
from garage_desktop.services import call_script, clock, followup, followup_talk, month_report
from garage_desktop.services.call_script import Kind, QuestionDraft
from garage_desktop.services.followup_talk import Answer
from tests.integration.test_followup import NOW, call, make_car, make_order, read

DEFAULT_KEYS = ["greeting", "repair", "service", "price", "since", "next_service", "referral", "closing"]


@pytest.fixture(autouse=True)
def fixed_clock() -> None:
    clock.set_fixed(NOW)


def new_customer(db: Database, name: str, registered: datetime) -> int:
    with db.session_scope() as session:
        person = Customer(name=name, phone="13900001111", created_at=registered)
        session.add(person)
        session.flush()
        return person.id


def drafts(script: call_script.Script, language: str = "zh_TW") -> list[QuestionDraft]:
    return [QuestionDraft(q.key, q.kind.value, q.worded(language)) for q in script.questions]


# --- the script ------------------------------------------------------------------------------------------------

def test_the_shipped_script_walks_the_seeds_call_and_fills_in_the_customer(db: Database, advisor: int) -> None:
    _, car = make_car(db, name="林志明", plate="粵B12345")
    order = make_order(db, car, delivered_at=datetime(2026, 11, 26, 15, 0))
    talk = read(db, followup_talk.talk, order, advisor, "zh_TW")
    assert [q.key for q in talk.questions] == DEFAULT_KEYS and not talk.own_script
    kinds = {q.key: q.kind for q in talk.questions}
    assert [k for k in DEFAULT_KEYS if kinds[k] is Kind.SCORE] == ["repair", "service", "price"]
    assert kinds["referral"] is Kind.REFERRAL and talk.questions[6].choices == ("yes", "no", "maybe")
    greeting = talk.questions[0].text
    # who is calling, to whom, about which car: filled in from the order and the operator
    assert "林志明" in greeting and "王小明" in greeting and "粵B12345" in greeting and "2026-11-26" in greeting
    assert "介紹" in talk.questions[6].text
    # the mainland paperwork language reads the same script in Simplified
    simplified = read(db, followup_talk.talk, order, advisor, "zh_CN")
    assert "介绍" in simplified.questions[6].text


def test_only_the_owner_edits_the_script_and_the_default_comes_back(db: Database, people: dict[Role, int]) -> None:
    script = read(db, call_script.current)
    with pytest.raises(PermissionRefused):
        call(db, call_script.save, people[Role.ADVISOR], drafts(script))
    edited = drafts(script)
    edited[1] = QuestionDraft("repair", "score", "車修好了嗎？您滿意嗎？")  # reworded
    edited.insert(2, QuestionDraft(None, "score", "等候時間您滿意嗎？"))  # added
    del edited[5]  # "since" removed
    edited[0], edited[-1] = edited[-1], edited[0]  # reordered
    saved = call(db, call_script.save, people[Role.OWNER], edited)
    assert saved.own and [q.key for q in saved.questions][:4] == ["closing", "repair", "q1", "service"]
    assert "since" not in [q.key for q in saved.questions]
    assert saved.get("repair").worded("en") == "車修好了嗎？您滿意嗎？"  # the owner's words in every language
    assert read(db, call_script.current).questions == saved.questions
    # a question without text, or no question at all, is refused and nothing is changed
    with pytest.raises(DomainError, match="Question 2 has no text"):
        call(db, call_script.save, people[Role.OWNER], [edited[0], QuestionDraft(None, "score", "  ")])
    with pytest.raises(DomainError, match="at least one question"):
        call(db, call_script.save, people[Role.OWNER], [])
    assert read(db, call_script.current).questions == saved.questions
    restored = call(db, call_script.restore_default, people[Role.OWNER])
    assert not restored.own and [q.key for q in restored.questions] == DEFAULT_KEYS


def test_a_question_asked_another_way_is_a_new_question(db: Database, people: dict[Role, int]) -> None:
    """A reworded question keeps its key (its answers are counted together); one whose kind of answer changed,
    or a new one, gets a key no answer ever had: old answers are never counted with another question."""
    owner = people[Role.OWNER]
    _, car = make_car(db)
    call(db, call_script.save, owner, [QuestionDraft(None, "score", "等候時間滿意嗎？")])
    asked = read(db, call_script.current).questions[0].key
    call(db, followup.record_call, people[Role.ADVISOR], make_order(db, car), True, 5,
         answers=[Answer(asked, score=4)])
    reworded = call(db, call_script.save, owner, [QuestionDraft(asked, "score", "等候取車的時間可以嗎？")])
    assert reworded.questions[0].key == asked
    in_words = call(db, call_script.save, owner, [QuestionDraft(asked, "text", "等候取車的時間可以嗎？")])
    assert in_words.questions[0].key != asked
    # the first question removed, a new one added: it does not take the old key either
    again = call(db, call_script.save, owner, [QuestionDraft(None, "score", "新問題")])
    assert again.questions[0].key not in {asked, in_words.questions[0].key}


# --- answers ---------------------------------------------------------------------------------------------------

def test_each_answer_is_recorded_per_question_and_kept_as_asked(db: Database, people: dict[Role, int]) -> None:
    customer, car = make_car(db)
    order = make_order(db, car)
    answers = [Answer("repair", score=5), Answer("service", score=4), Answer("price", score=3),
               Answer("since", choice="no"), Answer("next_service", note="明年三月，到時提醒"),
               Answer("referral", choice="yes", note="同事也要保養")]
    call(db, followup.record_call, people[Role.ADVISOR], order, True, 4, "", "", None, answers, "zh_TW")
    # the owner rewords the repair question afterwards: the old call still says what was asked then
    edited = drafts(read(db, call_script.current))
    edited[1] = QuestionDraft("repair", "score", "保養做得好嗎？")
    call(db, call_script.save, people[Role.OWNER], edited)
    entry = read(db, followup.history, customer)[0]
    assert entry.satisfaction == 4  # the overall score stays the call's one figure
    got = {a.key: a for a in entry.answers}
    assert [a.key for a in entry.answers] == ["repair", "service", "price", "since", "next_service", "referral"]
    assert got["repair"].score == 5 and "維修的質量" in got["repair"].text
    assert got["referral"].choice == "yes" and got["referral"].note == "同事也要保養"
    assert got["next_service"].note == "明年三月，到時提醒" and entry.referral_asked


def test_bad_answers_are_refused_with_the_question_named(db: Database, advisor: int) -> None:
    customer, car = make_car(db)
    order = make_order(db, car)
    for answer in (Answer("repair", score=6), Answer("repair", score=0)):
        with pytest.raises(DomainError, match="1 \\(very dissatisfied\\) to 5") as refused:
            call(db, followup.record_call, advisor, order, True, 4, answers=[answer])
        assert refused.value.field == "answer:repair"
    with pytest.raises(DomainError, match="Choose one of the answers") as refused:
        call(db, followup.record_call, advisor, order, True, 4, answers=[Answer("since", choice="maybe")])
    assert refused.value.field == "answer:since"
    with pytest.raises(DomainError, match="no such question"):
        call(db, followup.record_call, advisor, order, True, 4, answers=[Answer("greeting", note="hello")])
    with pytest.raises(DomainError, match="only when the customer was reached"):
        call(db, followup.record_call, advisor, order, False, None, answers=[Answer("repair", score=5)])
    assert read(db, followup.history, customer) == []  # nothing half-recorded
    # a question skipped is simply not answered
    call(db, followup.record_call, advisor, order, True, 5, answers=[Answer("repair", score=5), Answer("price")])
    assert [a.key for a in read(db, followup.history, customer)[0].answers] == ["repair"]


def test_a_complaint_raised_in_the_talk_still_goes_first_until_closed(db: Database, advisor: int) -> None:
    _, car = make_car(db)
    order = make_order(db, car)
    result = call(db, followup.record_call, advisor, order, True, 2, "", "方向盤抖動", None,
                  [Answer("since", choice="yes", note="高速時方向盤抖")])
    queue = read(db, followup.queue, NOW)
    assert [c.follow_up_id for c in queue.complaints] == [result.follow_up_id]
    call(db, followup.resolve_complaint, advisor, result.follow_up_id, "重新做了動平衡，客戶滿意")
    assert read(db, followup.queue, NOW).complaints == ()


# --- referrals -------------------------------------------------------------------------------------------------

def test_a_referral_is_linked_to_the_new_customer_it_brought(db: Database, advisor: int) -> None:
    customer, car = make_car(db, name="林志明")
    order = make_order(db, car)
    talked = call(db, followup.record_call, advisor, order, True, 5,
                  answers=[Answer("referral", choice="yes")]).follow_up_id
    before = new_customer(db, "周老客", NOW - timedelta(days=30))
    friend = new_customer(db, "陳新友", NOW + timedelta(days=5))
    assert [c.name for c in read(db, followup_talk.referral_candidates, talked)] == ["陳新友"]
    with pytest.raises(DomainError, match="registered before this call"):
        call(db, followup_talk.link_referral, advisor, talked, before)
    link = call(db, followup_talk.link_referral, advisor, talked, friend)
    assert link.name == "陳新友"
    assert read(db, followup_talk.referred_by, friend) == (talked, "林志明")
    assert [r.name for r in read(db, followup.history, customer)[0].referred] == ["陳新友"]
    # one customer is brought by one referral
    other_customer, other_car = make_car(db, name="黃其他")
    other = call(db, followup.record_call, advisor, make_order(db, other_car), True, 5,
                 answers=[Answer("referral", choice="maybe")]).follow_up_id
    with pytest.raises(DomainError, match="already linked to a referral of 林志明"):
        call(db, followup_talk.link_referral, advisor, other, friend)
    # a call without the referral question cannot bring anyone
    plain = call(db, followup.record_call, advisor, make_order(db, other_car), True, 5).follow_up_id
    with pytest.raises(DomainError, match="no answer about introducing a friend"):
        call(db, followup_talk.link_referral, advisor, plain, new_customer(db, "吳某", NOW + timedelta(days=6)))
    call(db, followup_talk.unlink_referral, advisor, link.referral_id)
    assert read(db, followup_talk.referred_by, friend) is None
    assert other_customer


# --- the month's figures ---------------------------------------------------------------------------------------

def test_the_month_report_shows_satisfaction_per_question_and_referrals(db: Database, advisor: int,
                                                                        tmp_path: Path) -> None:
    _, car = make_car(db, name="林志明")
    scores = [(5, 4, "yes"), (3, 5, "no"), (4, None, "maybe"), (4, 3, "yes")]
    calls = []
    for repair, price, referral in scores:
        order = make_order(db, car)
        answers = [Answer("repair", score=repair), Answer("price", score=price), Answer("referral", choice=referral)]
        calls.append(call(db, followup.record_call, advisor, order, True, 4, answers=answers,
                          language="zh_TW").follow_up_id)
    call(db, followup_talk.link_referral, advisor, calls[0], new_customer(db, "陳新友", NOW + timedelta(hours=2)))
    call(db, followup_talk.link_referral, advisor, calls[0], new_customer(db, "陳新友妻", NOW + timedelta(hours=3)))
    call(db, followup_talk.link_referral, advisor, calls[3], new_customer(db, "王同事", NOW + timedelta(hours=4)))
    report = read(db, month_report.month_report, date(2026, 11, 1))
    rows = {r.key: r for r in report.talk}
    assert rows["repair"].answers == 4 and rows["repair"].average == pytest.approx(4.0)
    assert rows["price"].answers == 3 and str(rows["price"].average) == "4.00"
    referral = rows["referral"]
    assert (referral.yes, referral.no, referral.maybe) == (2, 1, 1)
    assert referral.brought_customer == 2 and referral.customers_brought == 3
    # another month has none of these answers
    assert read(db, month_report.month_report, date(2026, 10, 1)).talk == ()
    from garage_desktop.export.month_workbook import save_month_workbook

    path = save_month_workbook(report, tmp_path / "month.xlsx", "zh_TW")
    sheet = load_workbook(path)["回訪話術"]
    values = list(sheet.iter_rows(values_only=True))
    repair_row = next(row for row in values if row[0] and "維修的質量" in str(row[0]))
    assert repair_row[2] == 4 and float(repair_row[3]) == 4.0
    referral_row = next(row for row in values if row[0] and "介紹" in str(row[0]))
    assert referral_row[4:9] == (2, 1, 1, 2, 3)


# --- the call sheet --------------------------------------------------------------------------------------------

def test_the_call_sheet_prints_from_the_command_line(db: Database, advisor: int, tmp_path: Path) -> None:
    if db.engine.url.get_backend_name() != "sqlite":
        pytest.skip("the command line reads a database file here")
    _, car = make_car(db, name="林志明", plate="粵B12345")
    order = make_order(db, car)
    from garage_desktop.services import documents
    from garage_desktop.services.call_sheet import call_sheet_doc

    doc = read(db, call_sheet_doc, order, "zh_TW")
    assert doc.customer_name == "林志明" and doc.plate == "粵B12345" and doc.work == ("更換前剎車片",)
    assert [q.key for q in doc.questions] == DEFAULT_KEYS
    order_no = read(db, lambda s: documents.work_order_doc(s, order).order_no)
    out = tmp_path / "call.pdf"
    done = subprocess.run([sys.executable, "-m", "garage_desktop", "print", "call-sheet", order_no,
                           "--db", str(db.engine.url.database), "--out", str(out), "--lang", "zh_TW"],
                          check=False, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")


# --- the demo --------------------------------------------------------------------------------------------------

def test_the_demo_calls_follow_the_script_and_a_referral_brought_a_customer(tmp_path: Path) -> None:
    from sqlalchemy import select

    from garage_desktop.db import models as m
    from garage_desktop.demo import write_demo

    path = tmp_path / "demo.sqlite3"
    clock.set_fixed(datetime(2026, 11, 28, 15, 10))
    write_demo(f"sqlite:///{path}", orders=60)
    database = Database(f"sqlite:///{path}")
    try:
        with database.session_scope() as session:
            reached = session.scalars(select(m.FollowUp).where(m.FollowUp.reached.is_(True))).all()
            answered = {a.follow_up_id for a in session.scalars(select(m.FollowUpAnswer))}
            assert reached and answered == {c.id for c in reached}  # every reached call followed the script
            link = session.scalars(select(m.Referral)).one()
            call_made = session.get(m.FollowUp, link.follow_up_id)
            friend = session.get(m.Customer, link.customer_id)
            assert friend.created_at > call_made.called_at  # a new customer, brought after the call
            referrer = session.get(m.RepairOrder, call_made.order_id).customer_id
            assert referrer != friend.id
            assert followup_talk.referred_by(session, friend.id) == (call_made.id, session.get(m.Customer,
                                                                                              referrer).name)
            month = call_made.called_at.date().replace(day=1)
            talk = {r.key: r for r in month_report.month_report(session, month).talk}
            assert talk["referral"].brought_customer == 1 and talk["repair"].average is not None
    finally:
        database.dispose()


# --- the migration ---------------------------------------------------------------------------------------------

def test_the_migration_goes_back_keeping_the_calls_and_forward_again(db: Database, people: dict[Role, int]) -> None:
    """0006 ⇄ 0007: going back drops the answers, the owner's script and the referral links; the calls stay,
    with their overall satisfaction. Forward again: the default script, no answers on the old calls."""
    from alembic import command
    from sqlalchemy import inspect, text

    from garage_desktop.db.migrate import alembic_config, current_revision, upgrade

    customer, car = make_car(db)
    order = make_order(db, car)
    call(db, followup.record_call, people[Role.ADVISOR], order, True, 4, answers=[Answer("repair", score=5)])
    call(db, call_script.save, people[Role.OWNER], [QuestionDraft(None, "score", "滿意嗎？")])
    command.downgrade(alembic_config(db.engine), "0006_operator_roles")
    assert current_revision(db.engine) == "0006_operator_roles"
    with db.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        assert not tables & {"follow_up_answer", "call_script_question", "referral"}
        assert conn.execute(text("SELECT satisfaction FROM follow_up")).scalars().all() == [4]
    assert upgrade(db.engine) is True
    entry = read(db, followup.history, customer)[0]
    assert entry.satisfaction == 4 and entry.answers == ()
    assert not read(db, call_script.current).own
