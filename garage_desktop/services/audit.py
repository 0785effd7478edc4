"""The append-only audit trail: who changed what, when, before and after.

Each event is numbered and chained to the one before when it is flushed (``db.models._seal_audit_events``;
``db.audit_chain`` explains the chain). ``seal_rows`` does the same for events written in bulk with Core.

Every transaction that changes the garage's records records at least one event. ``install_guard`` (the test suite
installs it for every test) refuses a commit that changes business rows without one.
"""

from __future__ import annotations

import json
import sys
import weakref
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import sqlalchemy
from sqlalchemy import event, select
from sqlalchemy.orm import ORMExecuteState, Session

from garage_desktop.db import audit_chain
from garage_desktop.db.models import AuditEvent
from garage_desktop.services import clock

_SQLALCHEMY = str(Path(sqlalchemy.__file__).parent)


def _text(value: Any) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, default=str, sort_keys=True)


def record(session: Session, actor: int | None, action: str, entity: str, entity_id: int | None,
           *, order_id: int | None = None, before: Any = None, after: Any = None) -> None:
    session.add(AuditEvent(at=clock.now(), operator_id=actor, order_id=order_id, entity=entity,
                           entity_id=entity_id, action=action, before=_text(before), after=_text(after)))


def seal_rows(session: Session, rows: list[dict[str, Any]]) -> None:
    """Give audit events about to be inserted in bulk (``insert(AuditEvent)``, rows in the order to write) their
    ids and chain, after the last event this transaction sees (pending ones are flushed first)."""
    session.flush()
    audit_chain.hold_write_lock(session.connection())
    last = session.connection().execute(
        select(AuditEvent.id, AuditEvent.chain).order_by(AuditEvent.id.desc()).limit(1)).first()
    for row in rows:
        row.setdefault("before", "")
        row.setdefault("after", "")
    audit_chain.seal(last[0] if last is not None else 0, last[1] if last is not None else "", rows)


# --- the guard: no business change without an audit event ----------------------------------------------------
# Tables written without an audit event on purpose, each with why.
UNAUDITED_TABLES: dict[str, str] = {
    "audit_event": "the trail itself",
}
_SEEN = "audit_guard"  # session.info: {"tables": set of changed tables, "audited": bool}
_EXEMPT = "audit_exempt"  # session.info: why the current transaction records no event
_direct: weakref.WeakSet[object] = weakref.WeakSet()  # rows put in directly by the caller of install_guard
_direct_from: list[str] = []  # ... from code in these folders (the test suite's own test data)


class UnauditedWrite(AssertionError):
    """A transaction changed the garage's records without recording an audit event."""


def exempt(session: Session, why: str) -> None:
    """The current transaction records no audit event on purpose (``why``): the guard lets it commit."""
    session.info[_EXEMPT] = why


def _seen(session: Session) -> dict[str, Any]:
    return session.info.setdefault(_SEEN, {"tables": set(), "audited": False})


def _note(session: Session, table: str) -> None:
    seen = _seen(session)
    if table == AuditEvent.__tablename__:
        seen["audited"] = True
    elif table not in UNAUDITED_TABLES:
        seen["tables"].add(table)


def _from_direct_code() -> bool:
    """Whether the code that called into SQLAlchemy lives in one of ``_direct_from``."""
    frame = sys._getframe(2)
    while frame is not None and (frame.f_code.co_filename.startswith((_SQLALCHEMY, "<"))
                                 or frame.f_code.co_filename == __file__):
        frame = frame.f_back  # type: ignore[assignment]
    return frame is not None and frame.f_code.co_filename.startswith(tuple(_direct_from))


def _before_attach(_session: Session, obj: object) -> None:
    if _direct_from and _from_direct_code():
        _direct.add(obj)


def _after_flush(session: Session, _context: object) -> None:
    # The session still shows what this flush wrote (new, dirty, deleted) until the flush ends.
    for obj in (*session.new, *session.deleted):
        if obj not in _direct:
            _note(session, obj.__table__.name)  # type: ignore[attr-defined]
    for obj in session.dirty:
        if session.is_modified(obj):
            _note(session, obj.__table__.name)  # type: ignore[attr-defined]


def _orm_execute(state: ORMExecuteState) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        table = getattr(state.statement, "table", None)
        if table is not None and not (_direct_from and _from_direct_code()):
            _note(state.session, table.name)


def _before_commit(session: Session) -> None:
    if session.new or session.dirty or session.deleted:
        session.flush()  # the commit's own flush comes after this event
    seen = session.info.pop(_SEEN, None)
    why = session.info.pop(_EXEMPT, None)
    if seen and seen["tables"] and not seen["audited"] and not why:
        raise UnauditedWrite("a transaction changed " + ", ".join(sorted(seen["tables"]))
                             + " and recorded no audit event")


def _forget(session: Session, *_args: object) -> None:
    session.info.pop(_SEEN, None)
    session.info.pop(_EXEMPT, None)


_HOOKS: tuple[tuple[str, Callable[..., None]], ...] = (
    ("before_attach", _before_attach), ("after_flush", _after_flush), ("do_orm_execute", _orm_execute),
    ("before_commit", _before_commit), ("after_rollback", _forget), ("after_soft_rollback", _forget))


def install_guard(*, direct_from: Sequence[Path] = ()) -> Callable[[], None]:
    """Refuse (``UnauditedWrite``) every commit, in every session, that changes business rows without an audit
    event. Returns the function that removes the guard. For the test suite (and a debugging session).

    Rows added (or statements run) by code in ``direct_from`` are not counted: the test suite builds its test
    data with the ORM, which is not a user's action. A change such code makes to a row already loaded still
    counts (the test then says ``exempt``)."""
    _direct_from[:] = [str(folder) for folder in direct_from]
    for name, hook in _HOOKS:
        event.listen(Session, name, hook)

    def remove() -> None:
        for name, hook in _HOOKS:
            event.remove(Session, name, hook)
        _direct_from.clear()

    return remove
