"""The start-up baseline: import PySide6 and SQLAlchemy, show an empty window with the program's tabs, exit.

It builds nothing of the program: a QMainWindow with a QTabWidget holding as many empty tabs, with the same
English titles, as ``ui.main_window.TABS`` (kept in step by hand). Once the window is shown and the event loop
has run, it prints ``bare-window: <seconds since the first line>`` and exits; ``bench_startup.py`` times it
from the outside, like the real program.
"""

from __future__ import annotations

import time

STARTED_AT = time.perf_counter()

import sys

import sqlalchemy  # noqa: F401 - the program imports it before its window: so does the baseline
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget

TAB_TITLES = ("Workshop board", "Appointments", "Intake", "Estimate", "Work ticket", "Parts", "Final QC",
              "Settlement && delivery", "Follow-up", "Reports", "Stock", "Settings")


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    tabs = QTabWidget(window)
    for title in TAB_TITLES:
        tabs.addTab(QWidget(), title)
    window.setCentralWidget(tabs)
    window.resize(1280, 800)
    window.show()

    def shown() -> None:
        print(f"bare-window: {time.perf_counter() - STARTED_AT:.3f}", flush=True)
        app.quit()

    QTimer.singleShot(0, shown)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
