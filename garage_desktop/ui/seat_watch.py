"""Other seats' changes reach this window within two seconds (issue 17).

Every write of the program records an audit event (``services.audit``), numbered in the order the writes were
committed, whichever PC, window or command made them. This watcher keeps the last event the window has seen and,
when later ones appear, tells the tabs what they touched through the same ``AppContext.data_changed`` notice a
window's own actions send ("orders", "stock", ...): the board, the lists and the tabs behind refresh as they do
after an action of this window, and a tab holding typed input keeps it (it reloads only when not dirty; saving
over another seat's change is refused with who and when, ``services.changes.check_unchanged``).

How it hears of them:
- **PostgreSQL**: every writing transaction sends a notice when it commits (``db.audit_chain.hold_write_lock``);
  a thread listens (``LISTEN``, ``db.server.listen``) and wakes the watcher. A slow look every 10 s covers a
  listener that lost the server.
- **SQLite**: the command line or another process on the same file cannot notify, so the watcher looks every
  second: the last event's id is one index look-up.

The window's own writes are events like any other: ``AppContext.call`` keeps their ids, and a look that finds only
those announces nothing (the action announced itself). A look that finds another seat's event too announces all
it found.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from garage_desktop.ui.context import AppContext

log = logging.getLogger(__name__)

LOOK_MS = 1000  # SQLite: how often the trail's end is read
SERVER_LOOK_MS = 10_000  # PostgreSQL: the slow look behind the listener
SETTLE_MS = 150  # a burst of notices (one action writes many events) is read once
ALL_TOPICS = frozenset({"orders", "appointments", "customers", "stock", "settings", "operators"})
# What an audited entity changes on screen, beyond "orders" for every event naming an order.
TOPICS_OF: dict[str, frozenset[str]] = {
    "appointment": frozenset({"appointments", "orders"}),
    "customer": frozenset({"customers", "orders"}),
    "vehicle": frozenset({"customers", "orders"}),
    "part": frozenset({"stock"}),
    "part_line": frozenset({"stock", "orders"}),
    "catalog": frozenset({"settings", "stock"}),
    "labour_operation": frozenset({"settings"}),
    "model_class": frozenset({"settings"}),
    "setting": frozenset({"settings"}),
    "template": frozenset({"settings"}),
    "operator": frozenset({"operators"}),
}


def topics_of(entities: frozenset[str], orders: bool, start_over: bool) -> frozenset[str]:
    """The notice's topics for events that wrote ``entities`` (``orders``: some named an order)."""
    if start_over:
        return ALL_TOPICS
    topics: set[str] = {"orders"} if orders else set()
    for entity in entities:
        topics |= TOPICS_OF.get(entity, frozenset({"orders"}))
    return frozenset(topics)


class SeatWatch(QObject):
    """Announces other seats' changes on ``ctx.data_changed``; ``start`` once the window is up."""

    heard = Signal()  # from the listening thread (queued to the window's thread)

    def __init__(self, ctx: AppContext, parent: QObject | None = None, *,
                 listen: Callable[[Callable[[], None], threading.Event], None] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._mark: tuple[int, str] | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._listen = listen
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.look)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.look)
        self.heard.connect(self._settle.start)
        self.looks = 0  # tests: how often the trail was read
        self.announced = 0  # tests: how often other seats' changes were announced

    def start(self) -> None:
        from garage_desktop.services import changes

        self._mark = self.ctx.read_core(changes.mark)
        listen = self._listen
        if listen is None and str(self.ctx.db.url).startswith("postgresql"):
            from garage_desktop.ui.database import listen_for_changes

            def listen(heard: Callable[[], None], stop: threading.Event) -> None:
                listen_for_changes(self.ctx.db, heard, stop)

        if listen is not None:
            self._thread = threading.Thread(target=listen, args=(self.heard.emit, self._stop), daemon=True,
                                            name="garage-changes")
            self._thread.start()
        self._timer.start(SERVER_LOOK_MS if listen is not None else LOOK_MS)

    def stop(self) -> None:
        self._timer.stop()
        self._settle.stop()
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=2)
            self._thread = None

    def look(self) -> None:
        """Read the trail's end; announce what other seats changed since the last look."""
        if self._mark is None:
            return
        from garage_desktop.services import changes

        self.looks += 1
        try:
            found = self.ctx.read_core(changes.since, self._mark)
        except Exception:
            log.warning("looking for other seats' changes failed", exc_info=True)
            return
        if not found:
            return
        seen_id, now_id = self._mark[0], found.mark[0]
        own = {i for i in self.ctx.written_events if seen_id < i <= now_id}
        self.ctx.written_events.difference_update({i for i in self.ctx.written_events if i <= now_id})
        self._mark = found.mark
        if not found.start_over and len(own) == now_id - seen_id:
            return  # only this window's own writes: it announced them itself
        self.announced += 1
        self.ctx.changed(*sorted(topics_of(found.entities, bool(found.order_ids), found.start_over)))
