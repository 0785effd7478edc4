"""The health record's background uploader: a worker thread that sends what is due (``services.ehr_upload``) at
start and every few minutes, never in the window's thread; the window is told of each outcome by a queued
signal. One per ``AppContext`` (``of``); ``ui.app.run_window`` starts it with the window and stops it at close.

It runs only when the account is on and this PC holds the key its password was sealed with; otherwise each turn
reads the account (one small read) and sleeps again, so switching uploads on takes effect at the next turn (or at
once: the platform dialog and "Retry now" ``wake`` it).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QLockFile, QObject, Signal

from garage_desktop import paths
from garage_desktop.services import ehr_upload
from garage_desktop.services.ehr_protocol import PlatformClient
from garage_desktop.ui.context import AppContext

log = logging.getLogger(__name__)

INTERVAL_S = 5 * 60  # between runs (a failed order waits for its own back-off besides)
STOP_WAIT_S = 2.0  # at close: how long to wait for a run in progress (an upload in flight is abandoned)
# Held by the one window of this PC that uploads: two windows on one server database (the file allows one window)
# would otherwise send the same record twice. Released when the window closes, or by the system if it dies.
LOCK_FILE = "ehr_upload.lock"
WHY_OTHER_WINDOW = "other_window"  # RunSummary.skipped: another window of this PC uploads


class EhrUploader(QObject):
    outcome = Signal(int, bool, str)  # order id, sent, message (from the worker: queued to the window's thread)
    run_finished = Signal(object)  # services.ehr_upload.RunSummary
    events_written = Signal(list)  # the audit events a run wrote: this window's own (ui.seat_watch)

    def __init__(self, ctx: AppContext, *, interval_s: float = INTERVAL_S,
                 client_factory: Callable[[ehr_upload.PlatformAccount, str], PlatformClient] | None = None
                 ) -> None:
        super().__init__(ctx)
        self.setObjectName("ehrUploader")
        self.ctx = ctx
        self.interval_s = interval_s
        self.client_factory = client_factory
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._running = threading.Event()  # a run is in progress
        self._thread: threading.Thread | None = None
        self._client: PlatformClient | None = None
        self._client_for: tuple[str, str, str] | None = None  # (url, company code, sealed password) of _client
        self._lock: QLockFile | None = None
        self.last: ehr_upload.RunSummary | None = None
        self.runs = 0
        self.events_written.connect(self._own_events)

    @staticmethod
    def of(ctx: AppContext) -> EhrUploader | None:
        found = ctx.findChild(QObject, "ehrUploader")
        return found if isinstance(found, EhrUploader) else None

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._loop, name="garage-ehr-upload", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        """Run now (after the account was changed, or "Retry now")."""
        self._wake.set()

    def busy(self) -> bool:
        return self._running.is_set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=STOP_WAIT_S)  # a daemon thread: an upload in flight does not hold the close
            self._thread = None
        if self._lock is not None and self._lock.isLocked():
            self._lock.unlock()

    # --- the worker thread ---------------------------------------------------------------------------------
    def _loop(self) -> None:
        while not self._stop.is_set():
            self._running.set()
            try:
                summary = self.run_once()
            except Exception:  # a background convenience: logged, tried again at the next turn
                log.exception("uploading the health records failed")
                summary = None
            finally:
                self._running.clear()
            self.runs += 1
            if summary is not None and not self._stop.is_set():
                self.last = summary
                if summary.written_events:
                    self.events_written.emit(summary.written_events)
                self.run_finished.emit(summary)
            self._wake.wait(self.interval_s)
            self._wake.clear()

    def _client_of(self, account: ehr_upload.PlatformAccount, password: str) -> PlatformClient:
        """The client of the account, kept between runs (its token with it) while the account is unchanged."""
        key = (account.url, account.company_code, account.sealed_password)
        if self._client is None or self._client_for != key:
            factory = self.client_factory or ehr_upload.client_for
            self._client, self._client_for = factory(account, password), key
        return self._client

    def _holds_lock(self) -> bool:
        if self._lock is None:
            self._lock = QLockFile(str(paths.data_dir() / LOCK_FILE))
            self._lock.setStaleLockTime(0)  # never stale by age: only when the window holding it is gone
        return self._lock.isLocked() or self._lock.tryLock(0)

    def run_once(self) -> ehr_upload.RunSummary:
        if not self._holds_lock():
            return ehr_upload.RunSummary(skipped=WHY_OTHER_WINDOW)
        return ehr_upload.upload_due(self.ctx.db, client_factory=self._client_of, stop=self._stop,
                                     on_outcome=lambda order_id, done: self.outcome.emit(order_id, done.sent,
                                                                                         done.message))

    # --- the window's thread -------------------------------------------------------------------------------
    def _own_events(self, ids: list[int]) -> None:
        self.ctx.written_events.update(ids)
        self.ctx.changed("ehr")


def start_uploader(ctx: AppContext, **kwargs: object) -> EhrUploader:
    """The context's uploader, made and started (``ui.app.run_window``)."""
    uploader = EhrUploader.of(ctx) or EhrUploader(ctx, **kwargs)  # type: ignore[arg-type]
    uploader.start()
    return uploader
