"""The 出廠跟蹤 call script: the questions the follow-up call is guided by, the shipped default and the owner's own.

The default is ``resources/call_script/default.json`` (its format in the README beside it), worded in English and
zh_TW (zh_CN derived, as every printed text). The owner's own script is stored in the database
(``call_script_question``, one row per question in order); with no rows the default is used, so "restore the
default" deletes the rows. The owner's texts are the words the owner typed and read the same in every language.
A question's ``key`` stays with it through rewordings and moves: answers of old calls keep their key and their
wording as asked (``services.followup``), and the month's figures group answers by key.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from garage_desktop import paths
from garage_desktop.db.models import CallScriptQuestion, FollowUpAnswer
from garage_desktop.domain.classes import Role
from garage_desktop.domain.limits import TextLimit
from garage_desktop.domain.qc import Text
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError
from garage_desktop.services import audit, permissions

FORMAT = 1
EDITORS = (Role.OWNER,)
QUESTION = TextLimit(QT_TRANSLATE_NOOP("Domain", "The question"), 400, multiline=True)
MAX_QUESTIONS = 30

NO_QUESTIONS = QT_TRANSLATE_NOOP("Domain", "A call script needs at least one question.")
TOO_MANY = QT_TRANSLATE_NOOP("Domain", "A call script holds at most {limit} questions.")
EMPTY_QUESTION = QT_TRANSLATE_NOOP("Domain", "Question {number} has no text: write it or remove the question.")
UNKNOWN_KIND = QT_TRANSLATE_NOOP("Domain", "Question {number} has no kind of answer chosen.")
SAME_KEY = QT_TRANSLATE_NOOP("Domain", "Two questions of the script are the same question ({key}).")


class Kind(StrEnum):
    """What the advisor records for a question."""

    SAY = "say"  # read out, nothing recorded (greeting and who is calling, thanks)
    SCORE = "score"  # satisfaction 1–5
    YES_NO = "yes_no"  # yes / no, and a note
    TEXT = "text"  # the customer's answer in words
    REFERRAL = "referral"  # would they introduce a friend: yes / no / maybe (是否願意介紹新客戶)


KIND_LABELS: dict[Kind, str] = {
    Kind.SAY: QT_TRANSLATE_NOOP("Domain", "Read out (no answer)"),
    Kind.SCORE: QT_TRANSLATE_NOOP("Domain", "Satisfaction 1–5"),
    Kind.YES_NO: QT_TRANSLATE_NOOP("Domain", "Yes / no"),
    Kind.TEXT: QT_TRANSLATE_NOOP("Domain", "The customer's words"),
    Kind.REFERRAL: QT_TRANSLATE_NOOP("Domain", "Would introduce a friend: yes / no / maybe"),
}
# The choices a question of each kind takes (the others take none).
CHOICES: dict[Kind, tuple[str, ...]] = {Kind.YES_NO: ("yes", "no"), Kind.REFERRAL: ("yes", "no", "maybe")}
PLACEHOLDERS = ("customer", "caller", "garage", "garage_phone", "plate", "left")
_PLACEHOLDER = re.compile(r"\{(" + "|".join(PLACEHOLDERS) + r")\}")
_KEY = re.compile(r"^[A-Za-z0-9_]{1,40}$")


class ScriptFileError(ValueError):
    """The shipped script file cannot be used (English: read by whoever edits the file)."""


@dataclass(frozen=True)
class Question:
    """A question of the script; ``text`` in both printed languages (the owner's words: the same in both)."""

    key: str
    kind: Kind
    text: Text

    @property
    def answered(self) -> bool:
        """Whether the advisor records an answer (a question read out records none)."""
        return self.kind is not Kind.SAY

    def worded(self, language: str) -> str:
        return self.text.get(language)


@dataclass(frozen=True)
class Script:
    questions: tuple[Question, ...]
    own: bool  # the owner's script (False: the shipped default)

    def get(self, key: str) -> Question | None:
        return next((q for q in self.questions if q.key == key), None)


@dataclass(frozen=True)
class QuestionDraft:
    """A question as the owner's editor hands it in: ``key`` None for a new question."""

    key: str | None
    kind: str
    text: str


def fill(text: str, values: Mapping[str, str]) -> str:
    """The text with its placeholders ({customer}, {plate} …) filled in; one not in ``values`` stays as written."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)


# --- the shipped default -----------------------------------------------------------------------------------
def _text(value: Any, where: str) -> Text:
    if not isinstance(value, Mapping) or not all(isinstance(value.get(k), str) and value[k].strip()
                                                 for k in ("en", "zh_TW")):
        raise ScriptFileError(f"{where}: needs a text in both languages: {{\"en\": \"...\", \"zh_TW\": \"...\"}}")
    return Text(value["en"].strip(), value["zh_TW"].strip())


def parse(data: Any, name: str = "default.json") -> tuple[Question, ...]:
    """The questions of a script file's content, checked."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ScriptFileError(f"{name}: a script is a JSON object with \"format\": {FORMAT}")
    questions = []
    for number, raw in enumerate(data.get("questions") or [], start=1):
        where = f"{name} question {number}"
        if not isinstance(raw, dict) or not isinstance(raw.get("key"), str) or not _KEY.match(raw["key"]):
            raise ScriptFileError(f"{where}: a key is made of ASCII letters, digits and '_'")
        try:
            kind = Kind(raw.get("kind"))
        except ValueError:
            raise ScriptFileError(f"{where}: kind is one of {[k.value for k in Kind]}") from None
        questions.append(Question(raw["key"], kind, _text(raw.get("text"), where)))
    if not questions:
        raise ScriptFileError(f"{name}: a script needs questions")
    keys = [q.key for q in questions]
    if len(set(keys)) != len(keys):
        raise ScriptFileError(f"{name}: two questions share a key")
    return tuple(questions)


@functools.cache
def default_questions() -> tuple[Question, ...]:
    """The shipped default script (read once)."""
    path = paths.resource("call_script", "default.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ScriptFileError(f"{path.name}: cannot be read: {error}") from None
    return parse(data, path.name)


# --- the script in use -------------------------------------------------------------------------------------
def current(session: Session) -> Script:
    """The garage's script: the owner's own if written, else the shipped default."""
    rows = session.scalars(select(CallScriptQuestion).order_by(CallScriptQuestion.position,
                                                               CallScriptQuestion.id)).all()
    if not rows:
        return Script(default_questions(), own=False)
    return Script(tuple(Question(row.key, _kind(row.kind), Text(row.text, row.text)) for row in rows), own=True)


def _kind(value: str) -> Kind:
    try:
        return Kind(value)
    except ValueError:
        return Kind.TEXT  # a kind this version does not know (a newer program wrote it): asked in words


def editor_refusal(session: Session, actor: int | None) -> DomainError | None:
    """Why the operator may not edit the script (None for the owner)."""
    try:
        permissions.require(session, actor, *EDITORS)
    except DomainError as error:
        return error
    return None


def _new_key(taken: set[str]) -> str:
    number = 1
    while f"q{number}" in taken:
        number += 1
    return f"q{number}"


def save(session: Session, actor: int | None, drafts: Sequence[QuestionDraft]) -> Script:
    """Store the owner's script: the questions in the order given. A draft with a key keeps it (the same
    question, maybe reworded or moved) unless its kind of answer changed; a new one gets a key of its own; a
    question left out is removed."""
    permissions.require(session, actor, *EDITORS)
    if not drafts:
        raise DomainError(NO_QUESTIONS, field="questions")
    if len(drafts) > MAX_QUESTIONS:
        raise DomainError(TOO_MANY, field="questions", limit=MAX_QUESTIONS)
    before = current(session)
    # Keys never given to a new question: those of the script, the default and every answer ever recorded (a
    # new question is never counted with the answers of an old one).
    known = ({q.key for q in before.questions} | {q.key for q in default_questions()}
             | set(session.scalars(select(FollowUpAnswer.question_key).distinct())))
    kinds = {q.key: q.kind for q in (*default_questions(), *before.questions)}
    kept = [d.key for d in drafts if isinstance(d.key, str) and d.key]
    for key in kept:
        if kept.count(key) > 1:
            raise DomainError(SAME_KEY, field="questions", key=key)
    taken = set(kept) | known
    questions: list[tuple[str, Kind, str]] = []
    for number, draft in enumerate(drafts, start=1):
        text = QUESTION.check(str(draft.text or "").strip(), "questions")
        if not text:
            raise DomainError(EMPTY_QUESTION, field="questions", number=number)
        try:
            kind = Kind(draft.kind)
        except (TypeError, ValueError):
            raise DomainError(UNKNOWN_KIND, field="questions", number=number) from None
        key = draft.key if isinstance(draft.key, str) and _KEY.match(draft.key) else None
        if key is not None and kinds.get(key, kind) is not kind:
            key = None  # asked another way (a score now asked in words): a new question, its answers apart
        if key is None:
            key = _new_key(taken)
            taken.add(key)
        questions.append((key, kind, text))
    session.execute(delete(CallScriptQuestion))
    session.flush()
    for position, (key, kind, text) in enumerate(questions, start=1):
        session.add(CallScriptQuestion(position=position, key=key, kind=kind.value, text=text))
    session.flush()
    audit.record(session, actor, "call_script:save", "call_script", None,
                 before={"own": before.own, "questions": [q.key for q in before.questions]},
                 after={"questions": [{"key": k, "kind": kind.value, "text": t} for k, kind, t in questions]})
    return current(session)


def restore_default(session: Session, actor: int | None) -> Script:
    """Go back to the shipped default script (the owner's own is deleted; old calls keep their answers)."""
    permissions.require(session, actor, *EDITORS)
    before = current(session)
    session.execute(delete(CallScriptQuestion))
    session.flush()
    audit.record(session, actor, "call_script:restore_default", "call_script", None,
                 before={"own": before.own, "questions": [{"key": q.key, "kind": q.kind.value, "text": q.text.en}
                                                          for q in before.questions]})
    return current(session)
