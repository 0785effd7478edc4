"""``benchmarks/bench_ui.py`` still runs: its work path (issue 20) takes a fresh car through the real window on a
tiny generated garage, times its four actions and leaves the order delivered."""

from __future__ import annotations

import importlib.util
import random
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.services import orders
from garage_desktop.ui import app as ui_app
from garage_desktop.ui.database import open_database

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
WORK_ACTIONS = ("work: save an estimate of 10 lines", "work: confirm", "work: take a payment", "work: deliver")


def load_bench_ui():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(BENCHMARKS))  # bench_ui imports generate.py from beside it
    try:
        spec = importlib.util.spec_from_file_location("bench_ui", BENCHMARKS / "bench_ui.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCHMARKS))


@pytest.fixture
def bench(qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """``bench_ui`` with its window open on a tiny garage generated as the bench's garages are: (the module, its
    driver, what the actions work on)."""
    bench_ui = load_bench_ui()
    garage = tmp_path / "tiny.sqlite3"
    # Generated in a process of its own (bulk data, not a user's audited action).
    subprocess.run([sys.executable, str(BENCHMARKS / "generate.py"), "--out", str(garage), "--full", "--orders",
                    "300", "--vehicles", "200", "--years", "0.0833", "--regular-visits", "2"],
                   check=True, capture_output=True, timeout=300)
    # The tests' application as it is (English): the bench's own would switch the window to Chinese for the
    # tests run after this one.
    monkeypatch.setattr(ui_app, "make_application", lambda *_args, **_kwargs: qapp)
    driver = bench_ui.Driver(garage)
    driver.db = open_database(f"sqlite:///{garage}")
    try:
        data = bench_ui.pick(driver, random.Random(2026))
        driver.open_window()
        yield bench_ui, driver, data
    finally:
        if driver.window is not None:
            driver.close_window()
        driver.db.dispose()


def test_the_work_path_times_its_four_actions_and_delivers_the_car(bench) -> None:  # type: ignore[no-untyped-def]
    bench_ui, driver, data = bench
    delivered = bench_ui.work_path(driver, data, 1)
    assert [len(driver.times.get(name, [])) for name in WORK_ACTIONS] == [1, 1, 1, 1]
    assert len(delivered) == 1
    assert driver.ctx.read(orders.summary, delivered[0]).status is OrderStatus.DELIVERED


def test_the_actions_time_the_audit_trail_the_owner_reads(bench) -> None:  # type: ignore[no-untyped-def]
    """From no saved settings the window starts with the first operator, an advisor, who may not read the audit
    trail: the benchmark opens it as the owner (and stops rather than time an empty view), then gives the PC back."""
    from PySide6.QtCore import QSettings
    from sqlalchemy import text

    bench_ui, driver, data = bench
    with driver.db.read_scope() as connection:
        advisor = connection.execute(text("SELECT id FROM operator WHERE roles NOT LIKE '%owner%' ORDER BY id")).scalar()
    settings, before = QSettings(), QSettings().value("last_operator")
    settings.setValue("last_operator", advisor)
    try:
        driver.close_window()
        bench_ui.actions(driver, data, 1, 1)
    finally:
        settings.setValue("last_operator", before) if before is not None else settings.remove("last_operator")
    assert len(driver.times["audit trail: open"]) == len(driver.times["audit trail: scroll to the end"]) == 1
    assert driver.ctx.operator_id == advisor
