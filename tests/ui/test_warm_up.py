"""What start-up loads while the window waits for the user (``ui.app.warm_up_tabs``): every tab's code, the
dialogs the tabs open, and last the printing stack on a worker thread, so that the day's first tab switch and first
print preview are as quick as the next ones (issue 20). Run in a fresh process: this one has loaded it all."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

SCRIPT = textwrap.dedent("""
    import sys
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from garage_desktop.ui import app as start
    from garage_desktop.ui.main_window import TABS
    wanted = [module for _key, module, _class in TABS] + list(start.WARM_UP_TOO) + list(start.PRINTING_WARM_UP)
    before = sorted(m for m in wanted + ["reportlab"] if m in sys.modules)
    start.warm_up_tabs()
    from PySide6.QtCore import QEventLoop, QTimer
    waited = 0
    while not start.printing_warm() and waited < 600:
        loop = QEventLoop(); QTimer.singleShot(50, loop.quit); loop.exec(); waited += 1
    from reportlab.pdfbase import pdfmetrics
    from garage_desktop.printing.fonts import FONT_NAME
    missing = [m for m in wanted if m not in sys.modules]
    print("before", before)
    print("missing", missing)
    print("font", FONT_NAME in pdfmetrics.getRegisteredFontNames())
""")


def test_the_tabs_dialogs_and_printing_are_loaded_while_the_window_waits(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=300,
                          check=False)
    assert done.returncode == 0, done.stderr
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)
    assert lines["before"] == "[]"  # nothing of it at start-up: the window opens without it
    assert lines["missing"] == "[]"
    assert lines["font"] == "True"  # the printing font parsed: the first print preview does not wait for it
