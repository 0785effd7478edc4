"""``ui.background.Background``: a read on a worker thread whose outcome reaches the UI thread as soon as it
ends, its failure too, one read at a time."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject

from garage_desktop.ui.background import Background, Failed


def test_the_outcome_is_handed_to_the_ui_thread_once_the_job_ends(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QObject()
    seen: list[tuple[object, str]] = []
    release = threading.Event()
    worker = Background(parent, "test-worker", lambda outcome: seen.append((outcome, threading.current_thread().name)))

    def job() -> int:
        release.wait(5)
        return 42

    worker.start(job)
    assert worker.busy()
    with pytest.raises(RuntimeError):
        worker.start(job)  # one at a time
    qtbot.wait(30)
    assert seen == [] and worker.busy()  # still reading: nothing handed over
    release.set()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [(42, threading.main_thread().name)]
    assert not worker.busy()


def test_a_failed_job_hands_over_its_error_and_the_next_one_runs(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QObject()
    seen: list[object] = []
    worker = Background(parent, "test-worker", seen.append)

    def fails() -> None:
        raise ValueError("the database was busy")

    worker.start(fails)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert isinstance(seen[0], Failed) and str(seen[0].error) == "the database was busy"
    worker.start(lambda: "again")
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    assert seen[1] == "again"
