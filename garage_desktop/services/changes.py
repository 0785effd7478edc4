"""Which orders changed since a screen last read them, from the audit trail (issue 20).

Every write of the program is audited with the order it touched (``services.audit``; the tests' guard checks that
no transaction writes without an event), and the events are numbered in the order they were written (on a
server too: ``db.audit_chain``). A screen that keeps what it read (the KPI tab's figures, the follow-up queue)
keeps the last event it saw, its ``Mark``; ``since(mark)`` then names the orders to read again — exactly those,
whichever screen or PC changed them. It says to start over (read everything again) when the trail is not the one
seen before (a restored or another garage's file) or when a change can touch many orders at once (a customer or a
car edited or merged).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from garage_desktop.db import audit_chain
from garage_desktop.db.models import WRITTEN_EVENTS, AuditEvent, Operator
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError

T = TypeVar("T")
Mark = tuple[int, str]  # the last audit event seen: its id and chain ((0, "") for none)
NONE_SEEN: Mark = (0, "")
# Events without an order that can change many orders' names, cars or figures: start over.
WIDE_ENTITIES = frozenset({"customer", "vehicle"})
# More orders changed than this since the last look (an import, a long absence): read everything again.
MAX_ORDERS = 2_000


@dataclass(frozen=True)
class Changes:
    mark: Mark  # the last event now
    order_ids: frozenset[int]  # the orders touched by the events after the mark given
    start_over: bool = False  # read everything again (``order_ids`` is then empty)
    entities: frozenset[str] = frozenset()  # what the events after the mark wrote ("payment", "part", ...)

    def __bool__(self) -> bool:
        return self.start_over or bool(self.order_ids)


def mark(connection: Connection | Session) -> Mark:
    """The last event written: take it before reading, so what is committed after it is read again later."""
    last = connection.execute(select(AuditEvent.id, AuditEvent.chain).order_by(AuditEvent.id.desc()).limit(1)).first()
    return (last[0], last[1]) if last is not None else NONE_SEEN


def since(connection: Connection | Session, seen: Mark) -> Changes:
    """The orders changed after the event ``seen``: two look-ups by primary key when nothing changed."""
    seen_id, seen_chain = seen
    if seen_id:
        chain = connection.scalar(select(AuditEvent.chain).where(AuditEvent.id == seen_id))
        if chain != seen_chain:  # not the trail read before
            return Changes(mark(connection), frozenset(), start_over=True)
    events = connection.execute(select(AuditEvent.id, AuditEvent.order_id, AuditEvent.entity, AuditEvent.action,
                                       AuditEvent.chain).where(AuditEvent.id > seen_id)
                                .order_by(AuditEvent.id)).all()
    if not events:
        return Changes(seen, frozenset())
    now = (events[-1].id, events[-1].chain)
    orders = frozenset(event.order_id for event in events if event.order_id is not None)
    entities = frozenset(event.entity for event in events)
    wide = any(event.order_id is None and event.entity in WIDE_ENTITIES and not event.action.startswith("create")
               for event in events)
    if wide or len(orders) > MAX_ORDERS:
        return Changes(now, frozenset(), start_over=True, entities=entities)
    return Changes(now, orders, entities=entities)


def written_here(session: Session) -> list[int]:
    """The ids of the audit events this session has written (flushed now): how a window tells its own changes
    from other seats' (``ui.seat_watch``)."""
    session.flush()
    return list(session.info.get(WRITTEN_EVENTS, ()))


# --- two seats on one order (issue 17) ----------------------------------------------------------------------------
# An order's version is its last audit event: every write to the order or its lines, from any screen, PC or the
# command line, records an event naming the order (the tests' guard checks no write goes unrecorded), and events
# are numbered in the order they were committed. A screen keeps the version it loaded; saving over it checks that
# nobody wrote to the order since, and otherwise says who did and when instead of overwriting their work.
def order_version(connection: Connection | Session, order_id: int) -> int:
    """The order's last audit event (0 for none): read it before reading what a form shows."""
    return connection.scalar(select(func.coalesce(func.max(AuditEvent.id), 0))
                             .where(AuditEvent.order_id == order_id)) or 0


CHANGED_ELSEWHERE = QT_TRANSLATE_NOOP("Domain", "Changed by {by} at {at} since you opened it — reload to see it; "
                                                "what you typed is kept until you do")


class ChangedElsewhere(DomainError):
    """Someone saved the order after the screen loaded it: the screen keeps what was typed and offers a reload."""

    def __init__(self, order_id: int, by: str, at: datetime) -> None:
        self.order_id, self.by, self.at = order_id, by, at
        super().__init__(CHANGED_ELSEWHERE, by=by or "-", at=f"{at:%H:%M}")


def on_version(order_id: int, version: int, function: Callable[..., T]) -> Callable[..., T]:
    """``function(session, actor, *args)`` refused with ``ChangedElsewhere`` when the order changed after
    ``version``: what a form that loaded the order at ``version`` saves through."""
    def checked(session: Session, actor: int | None, *args: Any, **kwargs: Any) -> T:
        check_unchanged(session, order_id, version)
        return function(session, actor, *args, **kwargs)
    return checked


def check_unchanged(session: Session, order_id: int, version: int) -> None:
    """Refuse (``ChangedElsewhere``) when the order has an event after ``version``; call it first in the saving
    transaction. On a server the trail's write lock is taken first, so a change being saved at this moment by
    another PC is either seen here or waits for this one."""
    audit_chain.hold_write_lock(session.connection())
    later = session.execute(select(AuditEvent.at, Operator.name).outerjoin(Operator, Operator.id == AuditEvent.operator_id)
                            .where(AuditEvent.order_id == order_id, AuditEvent.id > version)
                            .order_by(AuditEvent.id.desc()).limit(1)).first()
    if later is not None:
        raise ChangedElsewhere(order_id, later.name or "", later.at)
