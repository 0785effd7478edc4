"""Uploading the electronic health record (電子健康檔案) to the provincial platform: the garage's account, the
queue, one upload attempt and the platform's access token.

- **Account**: the platform's address, the company code, the password (sealed with this PC's key,
  ``services.secret``; never shown, logged or audited), the day uploads start from and on/off, in the ``setting``
  table under ``ehr_platform.*`` keys of its own (the Settings tab's save writes every ``GarageSettings`` field, so
  these are not among them). Owner only.
- **Queue**: derived, nothing is written at settlement (a save never waits): every order settled on or after the
  start day with no ``EhrUpload`` row in status "sent" is to send; one whose record has problems
  (``services.ehr.problems``) is to fix and never sent; a failed one shows the platform's message and is tried
  again at ``next_try_at`` (a back-off), or at once after "Retry now".
- **Protocol** (``services.ehr_protocol``, ``resources/ehr/protocol.json``: data, not code): a token request with
  company code and password, then one record per request in the ``transaction`` envelope; success when the
  answer's ``transaction.body.respInfo.code`` is "1". Unreachable or slow: failed with a plain message, tried later;
  the run stops there (the next records would only wait as long).
- **Runs** (``upload_due``): read with ``write=False``, send outside any transaction, write each order's outcome
  in its own short transaction. The window runs it on a worker thread (``ui.ehr_uploader``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from garage_desktop.db.models import EhrUpload, RepairOrder, Setting, Vehicle
from garage_desktop.domain.classes import Role
from garage_desktop.domain.ehr import Problem
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError, DomainErrors
from garage_desktop.services import audit, clock, permissions, secret
from garage_desktop.services.ehr_protocol import Outcome, PlatformClient, load_protocol

if TYPE_CHECKING:
    from garage_desktop.db.engine import Database

log = logging.getLogger(__name__)

# --- the account ------------------------------------------------------------------------------------------------
KEY_URL = "ehr_platform.url"
KEY_COMPANY_CODE = "ehr_platform.company_code"
KEY_PASSWORD = "ehr_platform.password"  # sealed (services.secret), never the password itself
KEY_START_ON = "ehr_platform.start_on"
KEY_ENABLED = "ehr_platform.enabled"
KEY_PROTOCOL_FILE = "ehr_platform.protocol_file"  # a province's own protocol file; empty: the bundled one
KEYS = (KEY_URL, KEY_COMPANY_CODE, KEY_PASSWORD, KEY_START_ON, KEY_ENABLED, KEY_PROTOCOL_FILE)
PROTOCOL_FILE_MAX = 400
URL_MAX, CODE_MAX, PASSWORD_MAX = 300, 60, 200

BAD_URL = QT_TRANSLATE_NOOP("Domain", "Enter the platform's address, starting with http:// or https://.")
TOO_LONG = QT_TRANSLATE_NOOP("Domain", "At most {limit} characters.")
NO_COMPANY_CODE = QT_TRANSLATE_NOOP("Domain", "Enter the company code the platform gave the garage.")
NO_PASSWORD = QT_TRANSLATE_NOOP("Domain", "Enter the platform password.")
NO_START = QT_TRANSLATE_NOOP("Domain", "Choose the day uploads start from (orders settled before it are not sent).")
ONE_LINE = QT_TRANSLATE_NOOP("Domain", "Type it on one line, without control characters.")


@dataclass(frozen=True)
class PlatformAccount:
    url: str = ""
    company_code: str = ""
    start_on: date | None = None
    enabled: bool = False
    password_set: bool = False
    password_here: bool = False  # this PC holds the key the password was sealed with: uploads run here
    protocol_file: str = ""  # a province's own protocol file (empty: the bundled resources/ehr/protocol.json)
    sealed_password: str = field(default="", repr=False)  # the stored text (never the password)

    @property
    def complete(self) -> bool:
        return bool(self.url and self.company_code and self.password_set and self.start_on)

    @property
    def uploads_here(self) -> bool:
        """Uploads run on this PC: the account is on and complete and this PC can unseal its password."""
        return self.enabled and self.complete and self.password_here


def _stored(session: Session) -> dict[str, str]:
    return {row.key: row.value for row in session.scalars(select(Setting).where(Setting.key.in_(KEYS)))}


def load_account(session: Session) -> PlatformAccount:
    stored = _stored(session)
    try:
        start_on = date.fromisoformat(stored[KEY_START_ON]) if stored.get(KEY_START_ON) else None
    except ValueError:
        start_on = None
    sealed = stored.get(KEY_PASSWORD, "")
    return PlatformAccount(url=stored.get(KEY_URL, ""), company_code=stored.get(KEY_COMPANY_CODE, ""),
                           start_on=start_on, enabled=stored.get(KEY_ENABLED) == "1", password_set=bool(sealed),
                           password_here=bool(sealed) and secret.held_here(sealed),
                           protocol_file=stored.get(KEY_PROTOCOL_FILE, ""), sealed_password=sealed)


def _one_line(text: str, field_name: str, limit: int, found: list[DomainError]) -> str:
    text = text.strip()
    if any(ord(ch) < 32 or 0x7F <= ord(ch) <= 0x9F for ch in text):
        found.append(DomainError(ONE_LINE, field=field_name))
    elif len(text) > limit:
        found.append(DomainError(TOO_LONG, field=field_name, limit=limit))
    return text


def _valid_url(url: str) -> bool:
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises on a port that is not a number
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname) and " " not in url


def save_account(session: Session, actor: int | None, *, url: str, company_code: str, start_on: date | None,
                 enabled: bool, password: str | None = None, protocol_file: str | None = None) -> PlatformAccount:
    """Store the platform account (owner only). ``password`` None (or empty) keeps the stored one; a new one is
    sealed with this PC's key (which then runs the uploads). Every bad field is reported at once. The audit trail
    records what changed, the password only as "set" or "replaced". ``protocol_file`` (None keeps it, "" the
    bundled protocol) is taken only if it can be used."""
    permissions.require(session, actor, Role.OWNER)
    found: list[DomainError] = []
    url = _one_line(url, "url", URL_MAX, found)
    if url and not _valid_url(url) and not any(e.field == "url" for e in found):
        found.append(DomainError(BAD_URL, field="url"))
    company_code = _one_line(company_code, "company_code", CODE_MAX, found)
    password = (password or "").strip() or None  # empty: keep the stored one
    if password is not None:
        if len(password) > PASSWORD_MAX:
            found.append(DomainError(TOO_LONG, field="password", limit=PASSWORD_MAX))
        elif any(ord(ch) < 32 for ch in password):
            found.append(DomainError(ONE_LINE, field="password"))
    current = load_account(session)
    protocol_file = current.protocol_file if protocol_file is None else protocol_file.strip()
    if len(protocol_file) > PROTOCOL_FILE_MAX:
        found.append(DomainError(TOO_LONG, field="protocol_file", limit=PROTOCOL_FILE_MAX))
    elif protocol_file and protocol_file != current.protocol_file:
        try:
            load_protocol(protocol_file)
        except DomainError as unusable:
            found.append(unusable)
    if enabled:
        if not url and not any(e.field == "url" for e in found):
            found.append(DomainError(BAD_URL, field="url"))
        if not company_code and not any(e.field == "company_code" for e in found):
            found.append(DomainError(NO_COMPANY_CODE, field="company_code"))
        if not (password or current.password_set) and not any(e.field == "password" for e in found):
            found.append(DomainError(NO_PASSWORD, field="password"))
        if start_on is None:
            found.append(DomainError(NO_START, field="start_on"))
    if found:
        raise DomainErrors(found) if len(found) > 1 else found[0]
    values = {KEY_URL: url, KEY_COMPANY_CODE: company_code, KEY_START_ON: start_on.isoformat() if start_on else "",
              KEY_ENABLED: "1" if enabled else "0", KEY_PROTOCOL_FILE: protocol_file}
    if password:
        values[KEY_PASSWORD] = secret.seal(password)
    before: dict[str, str] = {}
    after: dict[str, str] = {}
    stored = _stored(session)
    for key, value in values.items():
        old = stored.get(key)
        if old == value or (old is None and value == "" and key == KEY_PROTOCOL_FILE):
            continue
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=value))
        else:
            row.value = value
        name = key.removeprefix("ehr_platform.")
        if key == KEY_PASSWORD:  # never the password, nor its sealed text
            before[name], after[name] = ("set" if old else ""), "replaced" if old else "set"
        else:
            before[name], after[name] = old or "", value
    if after:
        audit.record(session, actor, "ehr:platform", "setting", None, before=before, after=after)
    session.flush()
    return load_account(session)


def password(session: Session) -> str | None:
    """The platform password in clear, on the PC that holds its key; else None."""
    sealed = _stored(session).get(KEY_PASSWORD, "")
    return secret.unseal(sealed) if sealed else None


# --- the queue --------------------------------------------------------------------------------------------------

class State(StrEnum):
    TO_SEND = "to_send"
    TO_FIX = "to_fix"
    FAILED = "failed"
    SENT = "sent"


SENT, FAILED = "sent", "failed"  # EhrUpload.status
# After the n-th failed attempt the order is tried again this much later (the last step repeats).
BACKOFF = (timedelta(minutes=5), timedelta(minutes=15), timedelta(hours=1), timedelta(hours=4), timedelta(hours=12))


def next_try(attempts: int, now: datetime) -> datetime:
    return now + BACKOFF[min(max(attempts, 1), len(BACKOFF)) - 1]


@dataclass(frozen=True)
class QueueItem:
    order_id: int
    order_no: str
    settlement_no: str
    plate: str
    settled_at: datetime
    state: State
    attempts: int = 0
    message: str = ""  # the platform's message (or why it could not be reached)
    last_tried_at: datetime | None = None
    next_try_at: datetime | None = None
    sent_at: datetime | None = None
    problems: tuple[Problem, ...] = ()  # why it is to fix, each with the screen where it is fixed
    vin: str = ""  # the car's, for the plate-and-VIN form of a record to fix


@dataclass(frozen=True)
class UploadQueue:
    account: PlatformAccount
    items: tuple[QueueItem, ...]  # to fix, failed, to send (oldest first), then the latest sent
    counts: dict[State, int]

    def of(self, state: State) -> list[QueueItem]:
        return [item for item in self.items if item.state is state]


def _settled_since(start_on: date) -> ColumnElement[bool]:
    """Settled now (a settlement reopened is not) on or after the start day."""
    return RepairOrder.settled_at.is_not(None) & (RepairOrder.settled_at >= datetime.combine(start_on, time()))


def _problems(session: Session, order_id: int) -> list[Problem]:
    from garage_desktop.services import ehr

    return list(ehr.problems(session, order_id))


def queue(session: Session, *, sent_shown: int = 200) -> UploadQueue:
    """Every order waiting to be sent (with its state) and the latest ``sent_shown`` sent, newest first."""
    account = load_account(session)
    counts = dict.fromkeys(State, 0)
    if account.start_on is None:
        return UploadQueue(account, (), counts)
    rows = session.execute(
        select(RepairOrder.id, RepairOrder.order_no, RepairOrder.settlement_no, Vehicle.plate, Vehicle.vin,
               RepairOrder.settled_at, EhrUpload.status, EhrUpload.attempts, EhrUpload.message, EhrUpload.last_tried_at,
               EhrUpload.next_try_at)
        .outerjoin(Vehicle, Vehicle.id == RepairOrder.vehicle_id)
        .outerjoin(EhrUpload, EhrUpload.order_id == RepairOrder.id)
        .where(_settled_since(account.start_on), (EhrUpload.status.is_(None)) | (EhrUpload.status != SENT))
        .order_by(RepairOrder.settled_at, RepairOrder.id)).all()
    waiting: list[QueueItem] = []
    for row in rows:
        problems = tuple(_problems(session, row.id))
        state = State.TO_FIX if problems else State.FAILED if row.status == FAILED else State.TO_SEND
        counts[state] += 1
        waiting.append(QueueItem(row.id, row.order_no or "", row.settlement_no or "", row.plate or "",
                                 row.settled_at, state, row.attempts or 0, row.message or "", row.last_tried_at,
                                 row.next_try_at, problems=problems, vin=row.vin or ""))
    order = {State.TO_FIX: 0, State.FAILED: 1, State.TO_SEND: 2}
    waiting.sort(key=lambda item: order[item.state])
    sent_where = (_settled_since(account.start_on), EhrUpload.status == SENT)
    counts[State.SENT] = session.scalar(
        select(func.count(EhrUpload.id)).join(RepairOrder, RepairOrder.id == EhrUpload.order_id)
        .where(*sent_where)) or 0
    sent = session.execute(
        select(RepairOrder.id, RepairOrder.order_no, RepairOrder.settlement_no, Vehicle.plate, RepairOrder.settled_at,
               EhrUpload.attempts, EhrUpload.message, EhrUpload.last_tried_at, EhrUpload.sent_at)
        .join(EhrUpload, EhrUpload.order_id == RepairOrder.id)
        .outerjoin(Vehicle, Vehicle.id == RepairOrder.vehicle_id)
        .where(*sent_where).order_by(EhrUpload.sent_at.desc(), RepairOrder.id.desc()).limit(sent_shown)).all()
    done = [QueueItem(row.id, row.order_no or "", row.settlement_no or "", row.plate or "", row.settled_at,
                      State.SENT, row.attempts or 0, row.message or "", row.last_tried_at, sent_at=row.sent_at)
            for row in sent]
    return UploadQueue(account, (*waiting, *done), counts)


def due(session: Session, now: datetime | None = None) -> list[int]:
    """The orders to try now, oldest settlement first: not sent, not failed and waiting for its next try, and
    without problems."""
    return [order_id for order_id in _candidates(session, now) if not _problems(session, order_id)]


def _candidates(session: Session, now: datetime | None = None) -> list[int]:
    """``due`` before the problems are checked (a run checks each just before sending it)."""
    now = now or clock.now()
    account = load_account(session)
    if account.start_on is None:
        return []
    return list(session.scalars(
        select(RepairOrder.id).outerjoin(EhrUpload, EhrUpload.order_id == RepairOrder.id)
        .where(_settled_since(account.start_on),
               EhrUpload.id.is_(None) | ((EhrUpload.status != SENT)
                                         & (EhrUpload.next_try_at.is_(None) | (EhrUpload.next_try_at <= now))))
        .order_by(RepairOrder.settled_at, RepairOrder.id)))


def retry_now(session: Session, actor: int | None, order_ids: Iterable[int] | None = None) -> int:
    """Make failed uploads (all, or ``order_ids``) due at once ("Retry now"). Returns how many."""
    permissions.require(session, actor)
    now = clock.now()
    query = select(EhrUpload).where(EhrUpload.status == FAILED)
    if order_ids is not None:
        query = query.where(EhrUpload.order_id.in_(list(order_ids)))
    rows = list(session.scalars(query))
    for row in rows:
        row.next_try_at = now
    if rows:
        audit.record(session, actor, "ehr:retry", "ehr_upload", None, after={"orders": len(rows)})
    return len(rows)


def record_outcome(session: Session, order_id: int, outcome: Outcome, now: datetime | None = None) -> bool:
    """Write one attempt's outcome (the program's own write: no operator). A record already sent stays sent.
    Returns False if it was (nothing written)."""
    now = now or clock.now()
    row = session.scalar(select(EhrUpload).where(EhrUpload.order_id == order_id))
    if row is not None and row.status == SENT:
        return False
    if row is None:
        row = EhrUpload(order_id=order_id, status=FAILED, attempts=0, message="")
        session.add(row)
    row.attempts = (row.attempts or 0) + 1
    row.last_tried_at = now
    row.message = outcome.message[:2000]
    if outcome.sent:
        row.status, row.sent_at, row.next_try_at = SENT, now, None
    else:
        row.status, row.next_try_at = FAILED, next_try(row.attempts, now)
    session.flush()
    sent = outcome.sent
    audit.record(session, None, "ehr:sent" if sent else "ehr:failed", "ehr_upload", row.id,
                 order_id=order_id, after={"attempt": row.attempts, "message": row.message[:200]})
    return True


# --- a run ------------------------------------------------------------------------------------------------------
WHY_OFF = "off"  # the account is off or not complete
WHY_ELSEWHERE = "elsewhere"  # the password was typed on another PC: uploads run there


@dataclass
class RunSummary:
    """What one run did: ``skipped`` (WHY_OFF, WHY_ELSEWHERE) if it did not run."""

    skipped: str = ""
    sent: int = 0
    failed: int = 0
    stopped: str = ""  # the message that stopped the run (the platform unreachable, the login refused)
    written_events: list[int] = field(default_factory=list)  # the audit events written (the window's own)


def client_for(account: PlatformAccount, password_text: str, *, timeout: float | None = None) -> PlatformClient:
    """A client of the account, speaking its province's protocol (DomainError if that file cannot be used)."""
    return PlatformClient(account.url, account.company_code, password_text,
                          protocol=load_protocol(account.protocol_file or None), timeout=timeout)


def upload_due(db: Database, *, client: PlatformClient | None = None,
               client_factory: Callable[[PlatformAccount, str], PlatformClient] | None = None,
               stop: threading.Event | None = None,
               on_outcome: Callable[[int, Outcome], None] | None = None) -> RunSummary:
    """Send every order due now, one at a time: read (``write=False``), send outside any transaction, write the
    outcome in its own short transaction. Stops at the first unreachable platform or refused login, or ``stop``."""
    from garage_desktop.services import changes, ehr

    summary = RunSummary()
    with db.session_scope(write=False) as session:
        account = load_account(session)
        if not (account.enabled and account.complete):
            summary.skipped = WHY_OFF
            return summary
        clear = password(session)
        if clear is None:
            summary.skipped = WHY_ELSEWHERE
            return summary
        order_ids = _candidates(session)  # each order's problems are checked just before it is sent
    if client is None:
        try:
            client = (client_factory or client_for)(account, clear)
        except DomainError as unusable:  # the province's protocol file is gone or broken
            log.warning("health record uploads stopped: %s", unusable.english())
            summary.stopped = unusable.english()
            return summary
    for order_id in order_ids:
        if stop is not None and stop.is_set():
            break
        try:
            with db.session_scope(write=False) as session:
                sent_already = session.scalar(select(EhrUpload.id).where(EhrUpload.order_id == order_id,
                                                                         EhrUpload.status == SENT))
                if sent_already is not None or ehr.problems(session, order_id):
                    continue
                record = ehr.record(session, order_id)
        except DomainError as refused:  # the province's mapping file cannot be used: no record can be made
            log.warning("no health record for order %s: %s", order_id, refused.english())
            summary.stopped = refused.english()
            break
        outcome = client.send(record)
        with db.session_scope() as session:
            if record_outcome(session, order_id, outcome):
                summary.written_events.extend(changes.written_here(session))
        if outcome.sent:
            summary.sent += 1
        else:
            summary.failed += 1
        if on_outcome is not None:
            on_outcome(order_id, outcome)
        if not outcome.reachable or outcome.login_refused:
            summary.stopped = outcome.message
            break
    return summary
