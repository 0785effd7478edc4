"""One read at a time on a worker thread, its outcome handed to the UI thread the moment it ends (issue 20).

The window never waits for such a read: the Reports tab's months years back, Checkout's receivables total. The
outcome comes back through a queued signal to this object, which lives on the UI thread, so it is taken in as
soon as the event loop runs next (no timer polling the thread, which put up to its interval on every read).
Nothing blocks on the signal: a read started while Qt is still delivering another event is simply taken in
after it (``ui.runner`` hands its results over differently, because it waits).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal

log = logging.getLogger(__name__)


class Failed:
    """What a job raised, handed over in place of its result."""

    def __init__(self, error: BaseException) -> None:
        self.error = error


class Background(QObject):
    """Runs ``start(job)``'s job on a thread named ``name``; ``done(result)`` (or ``done(Failed(error))``) is
    called on the UI thread when it ends. One job at a time: ``busy`` until its outcome has been handed over."""

    _ended = Signal(object)

    def __init__(self, parent: QObject, name: str, done: Callable[[object], None]) -> None:
        super().__init__(parent)
        self._name = name
        self._done = done
        self._thread: threading.Thread | None = None
        self._ended.connect(self._hand_over, Qt.ConnectionType.QueuedConnection)

    def busy(self) -> bool:
        return self._thread is not None

    def start(self, job: Callable[[], object]) -> None:
        if self._thread is not None:
            raise RuntimeError(f"{self._name}: a job is still running")

        def work() -> None:
            try:
                outcome: object = job()
            except BaseException as error:  # noqa: BLE001 - handed to the UI thread, which decides
                outcome = Failed(error)
            try:
                self._ended.emit(outcome)
            except RuntimeError:  # the window closed meanwhile: nobody is left to take it
                log.debug("%s ended after its window closed", self._name)

        self._thread = threading.Thread(target=work, name=self._name, daemon=True)
        self._thread.start()

    def _hand_over(self, outcome: object) -> None:
        if self._thread is not None:
            self._thread.join()  # it has emitted: ends at once
        self._thread = None
        self._done(outcome)
