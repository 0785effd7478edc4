"""Start-up shows the filled board without loading the ORM; the benchmark's baseline has the program's tabs."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from garage_desktop.db.engine import Database
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.services import clock
from garage_desktop.ui.app import open_database, warm_up
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.main_window import MainWindow
from tests.integration.test_board import make_order

ROOT = Path(__file__).resolve().parents[2]


def test_the_board_is_painted_before_the_orm_is_loaded(tmp_path: Path) -> None:
    """The real start on an existing garage file: the board has its car, and ``sqlalchemy.orm`` was not imported
    to show it (it is loaded just after, by ``warm_up``)."""
    db_file = tmp_path / "garage.sqlite3"
    db = open_database(f"sqlite:///{db_file}")  # created, migrated, first owner: a garage file like any other
    make_order(db, OrderStatus.IN_REPAIR, clock.now() + timedelta(hours=2), plate="粵B12345")
    db.dispose()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-m", "garage_desktop", "--db", str(db_file), "--startup-probe"],
                          capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    probe = re.search(r"startup-probe: [\d.]+ rows=(\d+) orm=(\w+)", done.stdout)
    assert probe is not None, done.stdout
    assert probe.groups() == ("1", "False")


def test_warm_up_loads_the_models() -> None:
    warm_up()
    assert "garage_desktop.db.models" in sys.modules
    assert "sqlalchemy.orm" in sys.modules


def test_the_startup_baseline_has_the_programs_tabs(qtbot, ctx: AppContext, db: Database) -> None:  # type: ignore[no-untyped-def]
    """``benchmarks/bare_window.py`` shows an empty window with the same tabs as the program (issue 2's baseline)."""
    spec = importlib.util.spec_from_file_location("bare_window", ROOT / "benchmarks" / "bare_window.py")
    assert spec is not None and spec.loader is not None
    bare = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bare)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert bare.TAB_TITLES == tuple(window.ui.tabs.tabText(i) for i in range(window.ui.tabs.count()))
