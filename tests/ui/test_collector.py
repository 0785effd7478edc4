"""``ui.collector``: cyclic garbage (a closed dialog and its timers) is freed on the UI thread, never by a worker
thread's allocation. Run in a fresh process: the collector's switch is process-wide."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

SCRIPT = textwrap.dedent("""
    import gc, sys, threading, weakref
    from PySide6.QtCore import QEventLoop, QObject, QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    collecting = "collector" in sys.argv
    if collecting:
        from garage_desktop.ui.collector import CHECK_MS, UiThreadCollector
        UiThreadCollector(app)
    freed_on = []

    class Dialogish(QObject):
        def __init__(self):
            super().__init__()
            self.me = self  # a cycle: only the collector frees it
            self.timer = QTimer(self)
            self.timer.start(1000)

        def __del__(self):
            freed_on.append(threading.current_thread().name)

    Dialogish()
    kept = []

    def allocate():
        kept.append([[i] for i in range(200_000)])  # enough new objects, kept, for a collection to be due

    worker = threading.Thread(target=allocate, name="worker")
    worker.start()
    worker.join()
    loop = QEventLoop(); QTimer.singleShot(600, loop.quit); loop.exec()
    print("enabled", gc.isenabled())
    print("freed_on", freed_on)
""")


STARTED = textwrap.dedent("""
    import gc, sys
    from PySide6.QtWidgets import QApplication
    seen = []
    QApplication.exec = lambda *_args: seen.append(gc.isenabled()) or 0  # the window up, its event loop not run
    from garage_desktop.ui.app import run_window
    print("code", run_window("sqlite:///" + sys.argv[1], language="en"))
    print("automatic", seen)
""")


def _run(tmp_path: Path, *args: str, script: str = SCRIPT) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-c", script, *args], env=env, capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)


def test_cyclic_garbage_is_freed_on_the_ui_thread_not_by_a_worker(tmp_path: Path) -> None:
    lines = _run(tmp_path, "collector")
    assert lines["enabled"] == "False"
    assert lines["freed_on"] == "['MainThread']"  # freed, and by the UI thread's timer


def test_without_it_a_worker_thread_frees_it(tmp_path: Path) -> None:
    """What the collector prevents: Python's own collector frees the cycle in the thread that allocated."""
    assert _run(tmp_path)["freed_on"] == "['worker']"


def test_the_program_starts_it_with_its_window(tmp_path: Path) -> None:
    """``run_window`` (the README's start command): the automatic collector is off once the window is up."""
    lines = _run(tmp_path, str(tmp_path / "garage.sqlite3"), script=STARTED)
    assert lines["code"] == "0"
    assert lines["automatic"] == "[False]"
