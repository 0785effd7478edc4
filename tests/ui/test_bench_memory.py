"""``benchmarks/bench_ui.py``'s memory part (issue 20) on a tiny generated garage: every dialog and screen it opens
from the real window is opened and closed, and none is left alive afterwards."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from garage_desktop.ui import app as ui_app
from garage_desktop.ui.database import open_database
from tests.ui.test_bench_ui import BENCHMARKS, load_bench_ui


def test_every_dialog_opened_from_the_window_is_gone_once_closed(qapp: QApplication, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    bench_ui = load_bench_ui()
    garage = tmp_path / "tiny.sqlite3"
    subprocess.run([sys.executable, str(BENCHMARKS / "generate.py"), "--out", str(garage), "--full", "--orders",
                    "300", "--vehicles", "200", "--years", "0.0833", "--regular-visits", "2"],
                   check=True, capture_output=True, timeout=300)
    monkeypatch.setattr(ui_app, "make_application", lambda *_args, **_kwargs: qapp)
    driver = bench_ui.Driver(garage)
    driver.db = open_database(f"sqlite:///{garage}")
    try:
        data = bench_ui.pick(driver, random.Random(2026))
        driver.open_window()
        result = bench_ui.memory(driver, data, 60, 2)
        assert result["alive"] == {}  # a closed dialog does not stay alive
        without_dialog = {"the 12 tabs", "month-end workbook"}
        assert [name for name, kinds in result["opened"].items() if not kinds and name not in without_dialog] == []
        assert "PrintPreviewDialog" in result["opened"]["preview: work order"]
    finally:
        if driver.window is not None:
            driver.close_window()
        driver.db.dispose()
