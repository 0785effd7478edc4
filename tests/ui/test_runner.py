"""Long jobs run off the UI thread; progress and the result come back on the main thread."""

from __future__ import annotations

import threading

import pytest

from garage_desktop.ui.runner import run_with_progress


def test_job_runs_on_a_worker_and_returns_its_result(qtbot) -> None:
    seen: list[str] = []

    def job(progress):  # type: ignore[no-untyped-def]
        seen.append(threading.current_thread().name)
        for i in range(5):
            progress(i + 1, 5)
        return 42

    assert run_with_progress(None, "working", job) == 42
    assert seen and seen[0] != threading.main_thread().name


def test_job_error_is_raised_on_the_main_thread(qtbot) -> None:
    def job(progress):  # type: ignore[no-untyped-def]
        raise ValueError("disk full")

    with pytest.raises(ValueError, match="disk full"):
        run_with_progress(None, "working", job)
