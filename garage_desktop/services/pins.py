"""Optional PIN per operator: asked when switching to that person at the shared PC."""

from __future__ import annotations

import hashlib
import hmac
import os

from sqlalchemy.orm import Session

from garage_desktop.db.models import Operator
from garage_desktop.domain.classes import Role
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError, PermissionRefused
from garage_desktop.services import audit, permissions

_ITERATIONS = 120_000


def _hash(pin: str, salt: bytes) -> str:
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, _ITERATIONS)
    return f"pbkdf2-sha256${_ITERATIONS}${salt.hex()}${digest.hex()}"


def set_pin(session: Session, actor: int | None, operator_id: int, pin: str) -> None:
    """Set (4–8 digits) or remove (empty) a PIN. The person themselves or the owner may do it."""
    me = permissions.require(session, actor)
    if me.id != operator_id and me.role is not Role.OWNER:
        raise PermissionRefused(QT_TRANSLATE_NOOP("Domain", "Only the person themselves or the owner sets a PIN."))
    person = session.get(Operator, operator_id)
    if person is None:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "That operator no longer exists."))
    pin = pin.strip()
    if pin and not (pin.isdigit() and 4 <= len(pin) <= 8):
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "A PIN has 4 to 8 digits."), field="pin")
    had = person.pin_hash is not None
    person.pin_hash = _hash(pin, os.urandom(16)) if pin else None
    audit.record(session, actor, "pin", "operator", operator_id, before={"pin": had}, after={"pin": bool(pin)})


def needs_pin(session: Session, operator_id: int) -> bool:
    person = session.get(Operator, operator_id)
    return person is not None and person.pin_hash is not None


def check_pin(session: Session, operator_id: int, pin: str) -> bool:
    """True if ``pin`` is the person's PIN (or they have none)."""
    person = session.get(Operator, operator_id)
    if person is None or not person.active:
        return False
    if person.pin_hash is None:
        return True
    _scheme, iterations, salt, digest = person.pin_hash.split("$")
    candidate = hashlib.pbkdf2_hmac("sha256", pin.strip().encode(), bytes.fromhex(salt), int(iterations))
    return hmac.compare_digest(candidate.hex(), digest)
