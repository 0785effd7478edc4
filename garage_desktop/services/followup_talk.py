"""The follow-up talk (seed ② 汽車維修後跟蹤調查 需要怎樣的說話流程): the call script filled in for one call, its
answers per question, the referrals that brought new customers, and the month's figures of the answers.

Answers are stored with the question's key, kind and wording as asked (``follow_up_answer``): a later edit of
the script never changes what an old call meant, and the month's figures group answers by key (a reworded
question stays the same question). The call's overall satisfaction (``follow_up.satisfaction``, asked at the end
of every reached call) stays the follow-up file's and the reports' one figure; the script's scores are the detail.

A referral (是否願意介紹新客戶, seed 交車 3 and 跟蹤 3) is linked to the new customer it brought: a customer
registered after the call, linked to one referral at most.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from garage_desktop.db.models import (
    Customer,
    FollowUp,
    FollowUpAnswer,
    LabourLine,
    Operator,
    Referral,
    RepairOrder,
)
from garage_desktop.domain.classes import Role
from garage_desktop.domain.limits import TextLimit
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError
from garage_desktop.languages import paperwork_language
from garage_desktop.services import audit, call_script, clock, orders, permissions
from garage_desktop.services import settings as garage_settings
from garage_desktop.services.call_script import CHOICES, Kind

# Who makes the calls, records their answers and links referrals (``services.followup`` uses the same).
CALLERS = (Role.ADVISOR,)
ANSWER_NOTE = TextLimit(QT_TRANSLATE_NOOP("Domain", "The answer"), 500, multiline=True)

NOT_REACHED_ANSWERS = QT_TRANSLATE_NOOP("Domain", "Answers can be recorded only when the customer was reached.")
UNKNOWN_QUESTION = QT_TRANSLATE_NOOP("Domain", "The call script has no such question (it may have just been "
                                               "edited): open the call again.")
BAD_SCORE = QT_TRANSLATE_NOOP("Domain", "A satisfaction answer is 1 (very dissatisfied) to 5 (very satisfied).")
BAD_CHOICE = QT_TRANSLATE_NOOP("Domain", "Choose one of the answers offered.")
NO_CALL = QT_TRANSLATE_NOOP("Domain", "There is no such follow-up call.")
NO_REFERRAL_ANSWER = QT_TRANSLATE_NOOP("Domain", "This call has no answer about introducing a friend: a new "
                                                 "customer is linked to the call in which the referral was asked.")
NO_CUSTOMER = QT_TRANSLATE_NOOP("Domain", "Choose the new customer the referral brought.")
NOT_NEW = QT_TRANSLATE_NOOP("Domain", "{customer} was registered before this call: a referral links the new "
                                      "customer it brought.")
ALREADY_LINKED = QT_TRANSLATE_NOOP("Domain", "{customer} is already linked to a referral of {referrer}.")
NO_LINK = QT_TRANSLATE_NOOP("Domain", "There is no such referral link.")
_HUNDREDTH = Decimal("0.01")


@dataclass(frozen=True)
class Answer:
    """What the advisor recorded for one question (``key``): a score, a choice, a note; empty: not answered."""

    key: str
    score: int | None = None
    choice: str | None = None
    note: str = ""

    @property
    def empty(self) -> bool:
        return self.score is None and not self.choice and not (self.note or "").strip()


@dataclass(frozen=True)
class TalkQuestion:
    """A question of the script as said in one call: the text with the customer's name, the plate … filled in."""

    key: str
    kind: Kind
    text: str  # as said, placeholders filled
    wording: str  # as the script words it (what the answer keeps)
    choices: tuple[str, ...]


@dataclass(frozen=True)
class Talk:
    questions: tuple[TalkQuestion, ...]
    own_script: bool
    language: str


@dataclass(frozen=True)
class AnswerView:
    key: str
    text: str  # the question's wording as asked
    kind: str
    score: int | None
    choice: str | None
    note: str


@dataclass(frozen=True)
class ReferredCustomer:
    referral_id: int
    customer_id: int
    name: str
    phone: str
    registered_at: datetime


@dataclass(frozen=True)
class CustomerChoice:
    customer_id: int
    name: str
    phone: str
    registered_at: datetime


# --- the script filled in for a call ---------------------------------------------------------------------------
def script_language(session: Session, fallback: str | None = None) -> str:
    """The call is talked in the garage's document language (the customers' language), else ``fallback``."""
    return garage_settings.document_language(garage_settings.load(session), fallback)


def talk(session: Session, order_id: int | None, caller_id: int | None, fallback_language: str | None = None,
         *, language: str | None = None, blank: str = "…") -> Talk:
    """The script for a call about ``order_id`` (None: a blank script) in ``language`` (else the garage's
    document language, else ``fallback_language``), its placeholders filled in (those with nothing to fill in:
    ``blank``)."""
    language = paperwork_language(language) if language else script_language(session, fallback_language)
    settings = garage_settings.load(session)
    values = dict.fromkeys(call_script.PLACEHOLDERS, blank)
    values.update({"garage": settings.garage_name or blank, "garage_phone": settings.garage_phone or blank})
    caller = session.get(Operator, caller_id) if caller_id is not None else None
    if caller is not None:
        values["caller"] = caller.name
    if order_id is not None:
        order = orders.get_order(session, order_id)
        if order.customer is not None:
            values["customer"] = order.customer.name
        if order.vehicle is not None:
            values["plate"] = order.vehicle.plate
        if order.delivered_at is not None:
            values["left"] = f"{order.delivered_at:%Y-%m-%d}"
    script = call_script.current(session)
    return Talk(tuple(TalkQuestion(q.key, q.kind, call_script.fill(q.worded(language), values), q.worded(language),
                                   CHOICES.get(q.kind, ())) for q in script.questions), script.own, language)


# --- answers ---------------------------------------------------------------------------------------------------
def check_answers(session: Session, reached: bool, answers: Sequence[Answer],
                  language: str | None = None) -> list[FollowUpAnswer]:
    """The answer rows to store with a call (not yet added), checked against the script in use; the answers left
    empty are not stored. Each error names its question's field, ``answer:<key>``."""
    given = [a for a in answers if not a.empty]
    if not given:
        return []
    if not reached:
        raise DomainError(NOT_REACHED_ANSWERS, field=f"answer:{given[0].key}")
    script = call_script.current(session)
    lang = script_language(session, language)
    rows = []
    by_key = {a.key: a for a in given}
    for key in by_key:
        question = script.get(key) if isinstance(key, str) else None
        if question is None or not question.answered:
            raise DomainError(UNKNOWN_QUESTION, field=f"answer:{key}")
    for position, question in enumerate(script.questions, start=1):
        answer = by_key.get(question.key)
        if answer is None:
            continue
        field = f"answer:{question.key}"
        score = answer.score
        if score is not None and (question.kind is not Kind.SCORE or type(score) is not int or not 1 <= score <= 5):
            raise DomainError(BAD_SCORE, field=field)
        choice = answer.choice or None
        if choice is not None and choice not in CHOICES.get(question.kind, ()):
            raise DomainError(BAD_CHOICE, field=field)
        note = ANSWER_NOTE.check(str(answer.note or "").strip(), field)
        rows.append(FollowUpAnswer(position=position, question_key=question.key,
                                   question_text=question.worded(lang), kind=question.kind.value, score=score,
                                   choice=choice, note=note))
    return rows


def answers_of(session: Session, follow_up_ids: Sequence[int]) -> dict[int, tuple[AnswerView, ...]]:
    """The answers of each call, in the order asked."""
    found: dict[int, list[AnswerView]] = {}
    ids = sorted(set(follow_up_ids))
    for start in range(0, len(ids), 500):
        for row in session.scalars(select(FollowUpAnswer).where(FollowUpAnswer.follow_up_id.in_(ids[start:start + 500]))
                                   .order_by(FollowUpAnswer.follow_up_id, FollowUpAnswer.position)):
            found.setdefault(row.follow_up_id, []).append(
                AnswerView(row.question_key, row.question_text, row.kind, row.score, row.choice, row.note or ""))
    return {k: tuple(v) for k, v in found.items()}


# --- referrals -------------------------------------------------------------------------------------------------
def _call(session: Session, follow_up_id: int) -> FollowUp:
    call = session.get(FollowUp, follow_up_id)
    if call is None:
        raise DomainError(NO_CALL)
    return call


def _has_referral_answer(session: Session, follow_up_id: int) -> bool:
    return session.scalar(select(FollowUpAnswer.id).where(FollowUpAnswer.follow_up_id == follow_up_id,
                                                          FollowUpAnswer.kind == Kind.REFERRAL.value)
                          .limit(1)) is not None


def referred_by_calls(session: Session, follow_up_ids: Sequence[int]) -> dict[int, tuple[ReferredCustomer, ...]]:
    """The new customers each call's referral brought."""
    found: dict[int, list[ReferredCustomer]] = {}
    ids = sorted(set(follow_up_ids))
    for start in range(0, len(ids), 500):
        for link, customer in session.execute(
                select(Referral, Customer).join(Customer, Customer.id == Referral.customer_id)
                .where(Referral.follow_up_id.in_(ids[start:start + 500])).order_by(Referral.id)):
            found.setdefault(link.follow_up_id, []).append(
                ReferredCustomer(link.id, customer.id, customer.name, customer.phone, customer.created_at))
    return {k: tuple(v) for k, v in found.items()}


def _referrer(session: Session, follow_up_id: int) -> str:
    return session.scalar(select(Customer.name).join(RepairOrder, RepairOrder.customer_id == Customer.id)
                          .join(FollowUp, FollowUp.order_id == RepairOrder.id)
                          .where(FollowUp.id == follow_up_id)) or ""


def referral_candidates(session: Session, follow_up_id: int, limit: int = 200) -> list[CustomerChoice]:
    """The customers a call's referral may have brought: registered after the call and not linked to a
    referral yet, the newest first."""
    call = _call(session, follow_up_id)
    linked = select(Referral.customer_id)
    rows = session.execute(select(Customer.id, Customer.name, Customer.phone, Customer.created_at)
                           .where(Customer.created_at > call.called_at, Customer.id.not_in(linked))
                           .order_by(Customer.created_at.desc(), Customer.id.desc()).limit(limit)).all()
    return [CustomerChoice(row.id, row.name, row.phone or "", row.created_at) for row in rows]


def link_referral(session: Session, actor: int | None, follow_up_id: int,
                  customer_id: int | None) -> ReferredCustomer:
    """Link the new customer ``customer_id`` to the referral given in the call ``follow_up_id``."""
    permissions.require(session, actor, *CALLERS)
    call = _call(session, follow_up_id)
    if not _has_referral_answer(session, call.id):
        raise DomainError(NO_REFERRAL_ANSWER, field="referral")
    customer = session.get(Customer, customer_id) if type(customer_id) is int else None
    if customer is None:
        raise DomainError(NO_CUSTOMER, field="customer")
    if customer.created_at <= call.called_at:
        raise DomainError(NOT_NEW, field="customer", customer=customer.name)
    existing = session.scalar(select(Referral).where(Referral.customer_id == customer.id))
    if existing is not None:
        raise DomainError(ALREADY_LINKED, field="customer", customer=customer.name,
                          referrer=_referrer(session, existing.follow_up_id))
    link = Referral(follow_up_id=call.id, customer_id=customer.id, linked_at=clock.now(), linked_by_id=actor)
    session.add(link)
    session.flush()
    audit.record(session, actor, "follow_up:referral", "referral", link.id, order_id=call.order_id,
                 after={"follow_up_id": call.id, "customer_id": customer.id, "customer": customer.name})
    return ReferredCustomer(link.id, customer.id, customer.name, customer.phone, customer.created_at)


def unlink_referral(session: Session, actor: int | None, referral_id: int) -> None:
    """Undo a referral link made by mistake."""
    permissions.require(session, actor, *CALLERS)
    link = session.get(Referral, referral_id)
    if link is None:
        raise DomainError(NO_LINK)
    call = session.get(FollowUp, link.follow_up_id)
    before = {"follow_up_id": link.follow_up_id, "customer_id": link.customer_id}
    session.delete(link)
    session.flush()
    audit.record(session, actor, "follow_up:referral_unlink", "referral", referral_id,
                 order_id=call.order_id if call else None, before=before)


def referred_by(session: Session, customer_id: int) -> tuple[int, str] | None:
    """Who brought the customer: (follow-up call id, the referring customer's name), or None."""
    link = session.scalar(select(Referral).where(Referral.customer_id == customer_id))
    if link is None:
        return None
    return link.follow_up_id, _referrer(session, link.follow_up_id)


# --- the month's figures ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class QuestionFigures:
    """One question's answers in the calls of a period."""

    key: str
    text: str  # the wording of its latest answer
    kind: str
    answers: int
    average: Decimal | None  # score questions: the mean score, to 0.01
    yes: int
    no: int
    maybe: int
    brought_customer: int  # referral questions: calls whose referral brought a new customer
    customers_brought: int  # ... and how many customers


def question_figures(session: Session, start: datetime, end: datetime) -> tuple[QuestionFigures, ...]:
    """The answers of the calls made in [start, end), question by question (the script's order of the latest
    call first, then questions no longer asked)."""
    rows = session.execute(
        select(FollowUpAnswer, FollowUp.called_at).join(FollowUp, FollowUp.id == FollowUpAnswer.follow_up_id)
        .where(FollowUp.called_at >= start, FollowUp.called_at < end)
        .order_by(FollowUp.called_at, FollowUpAnswer.follow_up_id, FollowUpAnswer.position)).all()
    if not rows:
        return ()
    links: dict[int, int] = {}
    referral_calls = sorted({a.follow_up_id for a, _ in rows if a.kind == Kind.REFERRAL.value})
    for start_at in range(0, len(referral_calls), 500):
        for follow_up_id, customer_id in session.execute(
                select(Referral.follow_up_id, Referral.customer_id)
                .where(Referral.follow_up_id.in_(referral_calls[start_at:start_at + 500]))):
            links[follow_up_id] = links.get(follow_up_id, 0) + 1
    groups: dict[str, _Tally] = {}
    for answer, _called in rows:
        tally = groups.setdefault(answer.question_key, _Tally())
        tally.add(answer)
    figures = []
    for key, tally in sorted(groups.items(), key=lambda item: (item[1].position, item[0])):
        referral = tally.kind == Kind.REFERRAL.value
        average = (Decimal(sum(tally.scores)) / Decimal(len(tally.scores))).quantize(_HUNDREDTH, ROUND_HALF_UP) \
            if tally.scores else None
        figures.append(QuestionFigures(
            key, tally.text, tally.kind, tally.answers, average, tally.choices["yes"], tally.choices["no"],
            tally.choices["maybe"], sum(1 for c in tally.calls if links.get(c)) if referral else 0,
            sum(links.get(c, 0) for c in tally.calls) if referral else 0))
    return tuple(figures)


@dataclass
class _Tally:
    """One question's answers added up (the wording, kind and place of its latest answer)."""

    text: str = ""
    kind: str = ""
    position: int = 0
    answers: int = 0
    scores: list[int] = field(default_factory=list)
    choices: dict[str, int] = field(default_factory=lambda: {"yes": 0, "no": 0, "maybe": 0})
    calls: set[int] = field(default_factory=set)

    def add(self, answer: FollowUpAnswer) -> None:
        self.text, self.kind, self.position = answer.question_text, answer.kind, answer.position
        self.answers += 1
        if answer.score is not None:
            self.scores.append(answer.score)
        if answer.choice in self.choices:
            self.choices[answer.choice] += 1
        self.calls.add(answer.follow_up_id)


def work_done(session: Session, order_id: int) -> tuple[str, ...]:
    """The repair items of an order, to talk about (and print on the call sheet)."""
    return tuple(session.scalars(select(LabourLine.name).where(LabourLine.order_id == order_id)
                                 .order_by(LabourLine.seq)))

