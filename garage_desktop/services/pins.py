"""Optional PIN per operator: asked when switching to that person at the shared PC, at start-up and to unlock
the window after the idle time.

Every wrong PIN is an audit event (``pin:wrong``, the owner sees them in the audit trail), and so is a right one
that ends a run of wrong ones (``pin:right``); setting a PIN (``pin``) also ends a run. The wrong PINs in a row
over the last day, counted from the trail (so a restart does not reset them; no schema change), make each further
try wait after ``FREE_TRIES`` of them (``retry_delay``). ``check_pin`` enforces it; the screens only say so."""

from __future__ import annotations

import hashlib
import hmac
import math
import os
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from garage_desktop.db.models import AuditEvent, Operator
from garage_desktop.domain.classes import Role
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError, PermissionRefused
from garage_desktop.services import audit, clock, permissions

_ITERATIONS = 120_000

FREE_TRIES = 3  # wrong PINs in a row before each further try must wait
FIRST_DELAY_S = 30  # the wait after the FREE_TRIES-th wrong PIN; doubled after each further one
MAX_DELAY_S = 15 * 60
FORGET_AFTER = timedelta(days=1)  # wrong PINs older than this no longer count
_RUN_ACTIONS = ("pin", "pin:wrong", "pin:right")  # the audit codes that make or end a run of wrong PINs


class PinDelayed(DomainError):
    """Too many wrong PINs in a row for this person: no PIN is checked before ``seconds`` have passed."""

    def __init__(self, seconds: int) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Domain", "Too many wrong PINs for this person: the next try is "
                                                     "accepted in {seconds} seconds."), field="pin",
                         seconds=seconds)
        self.seconds = seconds


def _hash(pin: str, salt: bytes) -> str:
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, _ITERATIONS)
    return f"pbkdf2-sha256${_ITERATIONS}${salt.hex()}${digest.hex()}"


def set_pin(session: Session, actor: int | None, operator_id: int, pin: str) -> None:
    """Set (4–8 digits) or remove (empty) a PIN. The person themselves or the owner may do it."""
    me = permissions.require(session, actor)
    if me.id != operator_id and Role.OWNER not in me.roles:
        raise PermissionRefused(QT_TRANSLATE_NOOP("Domain", "Only the person themselves or the owner sets a PIN."))
    person = session.get(Operator, operator_id)
    if person is None:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "That operator no longer exists."))
    pin = _typed(pin)
    if pin and not (pin.isascii() and pin.isdigit() and 4 <= len(pin) <= 8):
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "A PIN has 4 to 8 digits."), field="pin")
    had = person.pin_hash is not None
    person.pin_hash = _hash(pin, os.urandom(16)) if pin else None
    audit.record(session, actor, "pin", "operator", operator_id, before={"pin": had}, after={"pin": bool(pin)})


_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def _typed(pin: str) -> str:
    """The PIN as typed, trimmed, with full-width digits (a Chinese input method's) read as the same digits.
    Nothing else is converted: superscripts and other scripts' digits are not PIN digits (``str.isdigit`` alone
    would take ``²²²²``)."""
    return pin.strip().translate(_FULL_WIDTH_DIGITS)


def needs_pin(session: Session, operator_id: int) -> bool:
    person = session.get(Operator, operator_id)
    return person is not None and person.pin_hash is not None


def retry_delay(failures: int) -> int:
    """Seconds to wait after ``failures`` wrong PINs in a row: none for the first FREE_TRIES - 1, then 30 s,
    60 s, 120 s … up to 15 minutes (a 4-digit PIN then takes months to find by trying at the PC)."""
    if failures < FREE_TRIES:
        return 0
    return min(MAX_DELAY_S, FIRST_DELAY_S * 2 ** min(failures - FREE_TRIES, 16))


def _failures(session: Session, operator_id: int) -> tuple[int, datetime | None]:
    """Wrong PINs in a row for the person over the last day, from the audit trail, and when the last was typed."""
    rows = session.execute(
        select(AuditEvent.action, AuditEvent.at)
        .where(AuditEvent.at >= clock.now() - FORGET_AFTER, AuditEvent.entity == "operator",
               AuditEvent.entity_id == operator_id, AuditEvent.action.in_(_RUN_ACTIONS))
        .order_by(AuditEvent.id))
    count, last = 0, None
    for action, at in rows:
        if action == "pin:wrong":
            count, last = count + 1, at
        else:  # a right PIN or a new one ends the run
            count, last = 0, None
    return count, last


def wait_seconds(session: Session, operator_id: int) -> int:
    """Seconds before a PIN typed for ``operator_id`` is checked again (0: now)."""
    count, last = _failures(session, operator_id)
    delay = retry_delay(count)
    if not delay or last is None:
        return 0
    passed = (clock.now() - last).total_seconds()
    # A clock set back makes ``passed`` negative: never wait longer than the delay itself.
    return max(0, min(delay, math.ceil(delay - passed)))


def check_pin(session: Session, operator_id: int, pin: str) -> bool:
    """True if ``pin`` is the person's PIN (or they have none).

    Raises ``PinDelayed`` (nothing checked, nothing recorded) while the person's wait after repeated wrong PINs
    runs. A wrong PIN is recorded in the audit trail (in the caller's transaction: commit it even when refusing).
    """
    person = session.get(Operator, operator_id)
    if person is None or not person.active:
        return False
    if person.pin_hash is None:
        return True
    waiting = wait_seconds(session, operator_id)
    if waiting:
        raise PinDelayed(waiting)
    _scheme, iterations, salt, digest = person.pin_hash.split("$")
    candidate = hashlib.pbkdf2_hmac("sha256", _typed(pin).encode(), bytes.fromhex(salt), int(iterations))
    right = hmac.compare_digest(candidate.hex(), digest)
    count, _last = _failures(session, operator_id)
    # Nobody is known to have typed it: the event names the person whose PIN it was, not an actor.
    if not right:
        audit.record(session, None, "pin:wrong", "operator", operator_id, after={"wrong_in_a_row": count + 1})
    elif count:
        audit.record(session, None, "pin:right", "operator", operator_id, before={"wrong_in_a_row": count})
    return right
