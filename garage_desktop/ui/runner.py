"""Long work off the UI thread with a progress dialog; results come back on the main thread as plain values."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QProgressDialog, QWidget

Progress = Callable[[int, int], None]  # (done, total)

# How often the main thread looks at the job while it keeps the window painted (milliseconds).
POLL_MS = 15


class _Job:
    """The job's outcome and progress, written by the worker thread and read by the main thread. Nothing is
    handed over through queued Qt signals: a job started from inside an event Qt is still delivering (a tab's
    showEvent during a tab switch, say) could otherwise wait for ever for a signal Qt holds back."""

    def __init__(self, job: Callable[[Progress], Any]) -> None:
        self.job = job
        self.result: Any = None
        self.error: BaseException | None = None
        self.progress: tuple[int, int] | None = None

    def run(self) -> None:
        try:
            self.result = self.job(self._report)
        except BaseException as error:  # noqa: BLE001 - handed to the main thread, which raises it
            self.error = error

    def _report(self, done: int, total: int) -> None:
        self.progress = (done, total)


def run_with_progress(parent: QWidget | None, label: str, job: Callable[[Progress], Any]) -> Any:
    """Run ``job(progress)`` in a worker thread while a progress dialog keeps the window alive (repainted, not
    taking clicks or keys: one action at a time).

    Returns the job's result or raises its exception, on the calling (main) thread.
    """
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setCancelButton(None)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    state = _Job(job)
    worker = threading.Thread(target=state.run, name="garage-job", daemon=True)
    worker.start()
    shown: tuple[int, int] | None = None
    while worker.is_alive():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, POLL_MS)
        worker.join(POLL_MS / 1000)
        if state.progress != shown and state.progress is not None:
            shown = state.progress
            dialog.setMaximum(shown[1])
            dialog.setValue(shown[0])
    dialog.close()
    dialog.deleteLater()
    if state.error is not None:
        raise state.error
    return state.result
