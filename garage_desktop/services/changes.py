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

from dataclasses import dataclass

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from garage_desktop.db.models import AuditEvent

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
    wide = any(event.order_id is None and event.entity in WIDE_ENTITIES and not event.action.startswith("create")
               for event in events)
    if wide or len(orders) > MAX_ORDERS:
        return Changes(now, frozenset(), start_over=True)
    return Changes(now, orders)
