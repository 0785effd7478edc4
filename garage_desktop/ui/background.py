"""One read at a time on a worker thread, its outcome handed to the UI thread soon after it ends (issue 20).

The window never waits for such a read: Checkout's receivables total. A timer
on the UI thread looks every ``POLL_MS`` while a read runs and hands its outcome to ``done`` there. Nothing comes
back through a queued signal from the worker, for the reason ``ui.runner`` gives: a read started from inside an
event Qt is still delivering can wait for ever for a signal Qt holds back. (The Reports trend the full test suite
left unfilled, with a signal and then with this timer alike, was most likely Python's collector freeing Qt objects
on a worker thread: ``ui.collector``.)
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

POLL_MS = 10  # how often the UI thread looks whether the read has ended (only while one runs)


class Failed:
    """What a job raised, handed over in place of its result."""

    def __init__(self, error: BaseException) -> None:
        self.error = error


class Background(QObject):
    """Runs ``start(job)``'s job on a thread named ``name``; ``done(result)`` (or ``done(Failed(error))``) is
    called on the UI thread when it ends. One job at a time: ``busy`` until its outcome has been handed over."""

    def __init__(self, parent: QObject, name: str, done: Callable[[object], None]) -> None:
        super().__init__(parent)
        self._name = name
        self._done = done
        self._thread: threading.Thread | None = None
        self._outcome: list[object] = []
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._look)

    def busy(self) -> bool:
        return self._thread is not None

    def start(self, job: Callable[[], object]) -> None:
        if self._thread is not None:
            raise RuntimeError(f"{self._name}: a job is still running")
        outcome = self._outcome = []

        def work() -> None:
            try:
                outcome.append(job())
            except BaseException as error:  # noqa: BLE001 - handed to the UI thread, which decides
                outcome.append(Failed(error))

        self._thread = threading.Thread(target=work, name=self._name, daemon=True)
        self._thread.start()
        self._poll.start()

    def _look(self) -> None:
        if self._thread is None or self._thread.is_alive():
            return
        self._poll.stop()
        self._thread = None
        self._done(self._outcome[0] if self._outcome else Failed(RuntimeError(f"{self._name}: ended without an "
                                                                                "outcome")))
