"""What every screen shares: the database, the current operator and order, and change notices.

Screens call ``ctx.call(service_function, *args)``: the service runs in one transaction with the current
operator as the actor, and the screen gets plain data back. After a write, the screen calls ``ctx.changed``
with what changed; the main window re-broadcasts it and each tab decides whether to reload (tabs never poke
each other).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal

from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError

if TYPE_CHECKING:
    from garage_desktop.ui.database import Database

T = TypeVar("T")
log = logging.getLogger(__name__)
# A transaction that failed because another PC held the database (SQLite's lock after its own 5 s wait, a
# server's deadlock or serialization failure) is tried again after these pauses (seconds), then refused plainly.
BUSY_RETRIES = (0.1, 0.3, 0.6)
BUSY = QT_TRANSLATE_NOOP("Domain", "The database is busy: another PC is saving. Nothing was saved; try again in a "
                                   "moment.")
BUSY_WAITED = 1.0  # an attempt that failed busy after this long had waited already (SQLite's 5 s): not tried again


class AppContext(QObject):
    data_changed = Signal(object)  # a frozenset of topics: "orders", "appointments", "customers", ...
    current_order_changed = Signal(object)  # order id or None
    operator_changed = Signal(object)  # operator id or None
    open_order_requested = Signal(int)  # make this the current order and show it in the tab of its stage
    open_order_in_requested = Signal(int, str)  # "next:" buttons: the order in a tab ("qc", "checkout:handover")
    show_tab_requested = Signal(str)  # bring a tab forward by its key ("intake", "board", ...)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.operator_id: int | None = None
        self.current_order_id: int | None = None
        self.written_events: set[int] = set()  # audit events this window wrote (``ui.seat_watch`` skips them)

    def call(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run a service function ``function(session, actor, *args)`` in one transaction."""
        from garage_desktop.services import changes
        from garage_desktop.ui.database import is_busy

        for wait in (*BUSY_RETRIES, None):
            started = time.monotonic()
            try:
                with self.db.session_scope() as session:
                    result = function(session, self.operator_id, *args, **kwargs)
                    written = changes.written_here(session)
            except Exception as error:
                if not is_busy(error):
                    raise
                if wait is None or time.monotonic() - started > BUSY_WAITED:
                    # Another PC held the database all along (or SQLite already waited its busy_timeout for it):
                    # nothing was saved; say so plainly rather than keep the window waiting.
                    log.warning("the database stayed busy: %s", type(error).__name__)
                    raise DomainError(BUSY) from error
                time.sleep(wait)  # rolled back whole: the action is tried again from the start
                continue
            self.written_events.update(written)  # committed: this window's own (``ui.seat_watch``)
            return result
        raise AssertionError("unreachable")

    def call_on_order(self, order_id: int, version: int, function: Callable[..., T], *args: Any,
                      **kwargs: Any) -> T:
        """``call`` for a form that loaded order ``order_id`` at ``version`` (``services.changes.order_version``):
        refused with ``changes.ChangedElsewhere`` (who saved, when) if anybody saved the order since, in the same
        transaction as the save, so two seats never overwrite each other's work."""
        from garage_desktop.services import changes

        return self.call(changes.on_version(order_id, version, function), *args, **kwargs)

    def read(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run a read-only service function ``function(session, *args)`` (never waits for a writer)."""
        with self.db.session_scope(write=False) as session:
            return function(session, *args, **kwargs)

    def read_core(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run a Core-only read function ``function(connection, *args)`` on a plain connection, without the
        ORM: what start-up shows before the ORM is loaded (the board, the operator), and the hottest reads (the
        pick list, the low-stock list), for which a session costs more than the query."""
        with self.db.read_scope() as connection:
            return function(connection, *args, **kwargs)

    def changed(self, *topics: str) -> None:
        self.data_changed.emit(frozenset(topics))

    def set_operator(self, operator_id: int | None) -> None:
        self.operator_id = operator_id
        self.operator_changed.emit(operator_id)

    @staticmethod
    def window_language() -> str:
        """The language the window speaks (``ui.app.make_application`` sets it on the application)."""
        from garage_desktop.languages import paperwork_language

        app = QCoreApplication.instance()
        return paperwork_language(str(app.property("garage_language") or "") if app is not None else "")

    def document_language(self) -> str:
        """The language every printout and the workbook are written in: the garage's setting, else the
        window's language (the customers' papers may be Simplified while this PC reads Traditional)."""
        from garage_desktop.services import settings

        return settings.document_language(self.read(settings.load), self.window_language())

    def set_current_order(self, order_id: int | None) -> None:
        if order_id != self.current_order_id:
            self.current_order_id = order_id
            self.current_order_changed.emit(order_id)
