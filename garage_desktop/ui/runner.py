"""Long work off the UI thread with a progress dialog; results come back on the main thread as plain values."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

Progress = Callable[[int, int], None]  # (done, total)


class _Worker(QObject):
    progressed = Signal(int, int)
    finished = Signal(object, object)  # result, error

    def __init__(self, job: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.job = job

    def run(self) -> None:
        try:
            result = self.job(lambda done, total: self.progressed.emit(done, total))
        except BaseException as error:  # noqa: BLE001 - handed to the main thread, which reports it
            self.finished.emit(None, error)
        else:
            self.finished.emit(result, None)


class _Receiver(QObject):
    """Lives on the main thread, so the worker's signals reach it queued: the dialog is only touched here.

    (A plain Python function connected to a worker's signal would run on the worker thread.)
    """

    def __init__(self, dialog: QProgressDialog, thread: QThread, outcome: dict[str, Any]) -> None:
        super().__init__()
        self.dialog, self.thread, self.outcome = dialog, thread, outcome

    @Slot(int, int)
    def on_progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)

    @Slot(object, object)
    def on_finished(self, result: Any, error: BaseException | None) -> None:
        self.outcome["result"], self.outcome["error"] = result, error
        self.thread.quit()


def run_with_progress(parent: QWidget | None, label: str, job: Callable[[Progress], Any]) -> Any:
    """Run ``job(progress)`` in a worker thread while a modal progress dialog keeps the window alive.

    Returns the job's result or raises its exception, on the calling (main) thread.
    """
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setCancelButton(None)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    thread = QThread()
    worker = _Worker(job)
    worker.moveToThread(thread)
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    receiver = _Receiver(dialog, thread, outcome)
    worker.progressed.connect(receiver.on_progress)
    worker.finished.connect(receiver.on_finished)
    thread.started.connect(worker.run)
    thread.finished.connect(loop.quit)
    thread.start()
    loop.exec()
    thread.wait()
    dialog.close()
    if outcome.get("error") is not None:
        raise outcome["error"]
    return outcome.get("result")
