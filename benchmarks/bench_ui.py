"""What the person at the counter feels (issue 20): the real main window, driven offscreen at 1366×768, on a
ten-year garage and on a one-month garage; each action timed from the event until the window is ready (the event
loop about to wait for the next event, the redraw done).

Actions: find an order from the top search (by its number, by part of a plate) and open it; switch to each of the
12 tabs with it (the first show of each tab in a new window, then the switches); open a delivered order and an
order in the shop; the Reports tab shown after an order changed, a month changed, a KPI tile clicked (the orders
behind it); the vehicle history of the car with the most visits (60 on the ten-year garage); the audit trail opened
and scrolled to its end; the stock ledger of the busiest part; the receivables dialog opened, then its list and
totals shown; the counter's work on a fresh car (``work:``): an estimate of 10 lines saved, the customer's
confirmation (開單), the payment at Checkout, the handover (交車).
Printed: p50/p95 per action on both garages and their ratio (the ten-year p50 over the one-month p50), then the
resident memory after opening 1,000 orders in turn and after opening and closing each dialog 50 times, against that
after the first 50, and last the line ``ui: worst p95 N ms (action), worst growth R× (action)``. Timings are
printed, never asserted.

    python benchmarks/bench_ui.py                              # generates both garages (a few minutes)
    python benchmarks/bench_ui.py --big /tmp/ten_years.sqlite3 --small /tmp/one_month.sqlite3 [--runs 7]

The garages (``generate.py --full``): ten years (200,000 orders, ~2,400,000 audit events, ~1,000,000 stock
movements, a car with 60 visits) and one month (1,700 orders). Each is copied to a scratch file (the bench writes:
the upkeep at close, say) and run in a process of its own (imports and caches do not carry over from one to the
other). ``--memory-orders 0`` skips the memory part.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from array import array
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
WINDOW_SIZE = (1366, 768)
BIG = {"orders": 200_000, "vehicles": 50_000, "years": 10.0, "regular_visits": 60}
SMALL = {"orders": 1_700, "vehicles": 1_500, "years": 1 / 12, "regular_visits": 2}
TAB_TARGET_MS, ACTION_TARGET_MS, GROWTH_TARGET = 50, 100, 1.5
MEMORY_GROWTH, MEMORY_LIMIT_MB = 1.2, 300  # resident size: over the first 50 orders; at most


# --- the parent: garages, child processes, the table -----------------------------------------------------------
def make_garage(path: Path, spec: dict) -> None:
    sys.path.insert(0, str(HERE))
    from generate import generate

    started = time.perf_counter()
    generate(path, full=True, say=lambda _text: None, **spec)
    print(f"generated {path.name}: {spec['orders']:,} orders over {spec['years']:.2f} years in "
          f"{time.perf_counter() - started:.0f} s", flush=True)


def byte_compile_program() -> None:
    """As installing the package does (``bench_startup.py``): with PYTHONDONTWRITEBYTECODE set, a source checkout
    would compile every module at its first import, and a tab's first show would time the compiler."""
    import compileall

    import garage_desktop

    compileall.compile_dir(Path(garage_desktop.__file__).parent, quiet=1)


def run_child(path: Path, args: argparse.Namespace, scratch: Path) -> dict:
    """Time the window on a copy of ``path`` in a fresh process; its figures as a dict."""
    copy = scratch / f"run-{path.name}"
    shutil.copyfile(path, copy)
    out = scratch / f"{path.stem}.json"
    home = scratch / f"home-{path.stem}"  # each garage's window starts from no saved settings (sizes, splitters)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home),
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"))
    command = [sys.executable, str(Path(__file__).resolve()), "--child", str(copy), "--out", str(out),
               "--runs", str(args.runs), "--windows", str(args.windows), "--memory-orders", str(args.memory_orders),
               "--memory-cycles", str(args.memory_cycles)]
    subprocess.run(command, env=env, check=True)
    result = json.loads(out.read_text())
    result["file_mb"] = path.stat().st_size / 1e6
    for suffix in ("", "-wal", "-shm"):
        Path(str(copy) + suffix).unlink(missing_ok=True)
    return result


def p95(values: list[float]) -> float:
    """The nearest-rank 95th percentile (of a handful of runs: their worst)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def report(small: dict, big: dict) -> None:
    print()
    print(f"{'action':<44}{'one month p50':>14}{'p95':>8}{'ten years p50':>15}{'p95':>8}{'growth':>8}")
    worst_p95, worst_growth = (0.0, ""), (0.0, "")
    for name, times in big["times"].items():
        few = small["times"].get(name)
        b50, b95 = statistics.median(times), p95(times)
        s50, s95 = (statistics.median(few), p95(few)) if few else (math.nan, math.nan)
        growth = b50 / s50 if few and s50 > 0 else math.nan
        flag = ""
        limit = TAB_TARGET_MS if name.startswith("tab:") else ACTION_TARGET_MS
        if b95 > limit:
            flag += " >target"
        if growth > GROWTH_TARGET:
            flag += " >growth"
        if name.startswith("("):  # done on its own between clicks: shown, not an action
            flag = ""
        print(f"{name:<44}{s50:>12.0f}ms{s95:>6.0f}ms{b50:>13.0f}ms{b95:>6.0f}ms{growth:>7.2f}×{flag}")
        if name.startswith("("):
            continue
        worst_p95 = max(worst_p95, (b95, name))
        if not math.isnan(growth):
            worst_growth = max(worst_growth, (growth, name))
    print()
    for label, result in (("one month", small), ("ten years", big)):
        memory = result.get("memory")
        line = (f"{label}: file {result['file_mb']:,.0f} MB ({result['file_mb'] / result['years']:,.0f} MB a year), "
                f"the car with most visits: {result['visits']}")
        if memory:
            base = memory["after_first_50_mb"]
            line += (f"; resident {base:.0f} MB after the first 50 orders, {memory['after_orders_mb']:.0f} MB "
                     f"({memory['after_orders_mb'] / base:.2f}×) after {memory['orders']:,}")
            after = memory["after_dialogs_mb"]
            if after:
                peak = max(after, key=after.get)
                line += (f"; after each dialog and screen opened and closed ×{memory['cycles']} in turn: "
                         + ", ".join(f"{name} {rss:.0f} MB ({rss / base:.2f}×)" for name, rss in after.items())
                         + f"; peak {after[peak]:.0f} MB ({after[peak] / base:.2f}×, {peak})")
                highest = max([after[peak], memory["after_orders_mb"]])
                if highest / base > MEMORY_GROWTH:
                    line += f" >{MEMORY_GROWTH:.1f}× (a leak)"
                if highest > MEMORY_LIMIT_MB:
                    line += f" >{MEMORY_LIMIT_MB} MB"
            line += f"; dialogs left alive: {memory['alive'] or 'none'}"
        print(line)
        for note, values in result.get("notes", {}).items():
            print(f"{label}: {note}: " + "; ".join(dict.fromkeys(values)))
    print(f"ui: worst p95 {worst_p95[0]:.0f} ms ({worst_p95[1]}), worst growth {worst_growth[0]:.2f}× "
          f"({worst_growth[1]})")


# --- the child: the window on one garage -------------------------------------------------------------------------
def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return math.nan


class Driver:
    """The real main window on ``path`` and a stopwatch that stops when the event loop goes idle."""

    def __init__(self, path: Path) -> None:
        from PySide6.QtCore import QAbstractEventDispatcher, qInstallMessageHandler

        from garage_desktop.ui.app import make_application

        self.path = path
        self.app = make_application(["bench-ui"], language="zh_CN")
        previous = qInstallMessageHandler(None)
        qInstallMessageHandler(lambda kind, context, text: None if "This plugin does not support" in text
                               else previous(kind, context, text) if previous else print(text, file=sys.stderr))
        self.dispatcher = QAbstractEventDispatcher.instance()
        self.times: dict[str, list[float]] = {}
        self.notes: dict[str, list[str]] = {}  # printed as they are (the memory after the backfill)
        self.db = None
        self.window = None
        self.ctx = None

    # the stopwatch
    def settle(self) -> None:
        """Run the event loop until it is about to wait for the next event: everything posted (the redraw
        included) has been handled."""
        from PySide6.QtCore import QEventLoop

        loop = QEventLoop()
        self.dispatcher.aboutToBlock.connect(loop.quit)
        loop.exec()
        self.dispatcher.aboutToBlock.disconnect(loop.quit)

    def timed(self, name: str, action: Callable[[], object]) -> float:
        self.settle()
        started = time.perf_counter()
        action()
        self.settle()
        spent = (time.perf_counter() - started) * 1000
        self.times.setdefault(name, []).append(spent)
        return spent

    def timed_modal(self, name: str, action: Callable[[], object], dialog_type: type) -> float:
        """``action`` opens a modal dialog of ``dialog_type`` (its own event loop): timed until that loop first
        goes idle, then the dialog is closed."""
        from PySide6.QtWidgets import QApplication

        seen: list[float] = []

        def idle() -> None:
            dialog = QApplication.activeModalWidget()
            if not seen and isinstance(dialog, dialog_type) and dialog.isVisible():
                seen.append(time.perf_counter())
                dialog.reject()

        self.settle()
        self.dispatcher.aboutToBlock.connect(idle)
        started = time.perf_counter()
        try:
            action()
        finally:
            self.dispatcher.aboutToBlock.disconnect(idle)
        spent = ((seen[0] if seen else time.perf_counter()) - started) * 1000
        self.times.setdefault(name, []).append(spent)
        self.settle()
        return spent

    # the window
    def open_window(self) -> None:
        from garage_desktop.ui.app import show_main_window, warm_up
        from garage_desktop.ui.database import open_database

        if self.db is None:
            self.db = open_database(f"sqlite:///{self.path}")
        self.ctx, self.window = show_main_window(self.db)
        self.window.resize(*WINDOW_SIZE)
        warm_up()
        self.wait(700)  # the status bar's first read (``STATUS_DELAY_MS``)
        self.after_start_up()

    def after_start_up(self) -> None:
        """What the program does on its own in the seconds after start-up (``ui.app.run_window``), waited for:
        the tabs' modules imported, the Reports tab's figures read ahead on a worker thread. Timed apart."""
        from garage_desktop.ui import app

        warm_up_tabs = getattr(app, "warm_up_tabs", None)
        if warm_up_tabs is not None:
            started = time.perf_counter()
            warm_up_tabs()
            wanted = [module for _key, module, _class in __import__("garage_desktop.ui.main_window",
                                                                      fromlist=["TABS"]).TABS]
            wanted += list(getattr(app, "WARM_UP_TOO", ()))
            printing_warm = getattr(app, "printing_warm", lambda: True)  # the printing stack, on a worker
            while not all(module in sys.modules for module in wanted) or not printing_warm():
                self.wait(5)
            self.times.setdefault("(start-up, between clicks) tabs' modules imported", []).append(
                (time.perf_counter() - started) * 1000)
        read_ahead = getattr(app, "read_figures_ahead", None)
        if read_ahead is None:
            return
        from garage_desktop.ui.tabs.followup_tab import QueueReader
        from garage_desktop.ui.tabs.reports_tab import FiguresReader
        from garage_desktop.ui.widgets.find_box import IndexReader

        kept: Any = None  # the receivables kept for the dialog (issue 20; none before)
        try:
            from garage_desktop.ui.receivables_reader import ReceivablesReader

            kept = ReceivablesReader
        except ImportError:
            pass
        started = time.perf_counter()
        read_ahead(self.ctx)
        reader, queue, index = FiguresReader.of(self.ctx), QueueReader.of(self.ctx), IndexReader.of(self.ctx)
        owed = kept.of(self.ctx) if kept is not None else None
        while reader.busy() or queue.busy() or index.busy() or (owed is not None and owed.busy()):
            self.wait(20)
        self.times.setdefault("(start-up, on workers) figures, follow-up queue, search index, receivables read "
                              "ahead", []).append((time.perf_counter() - started) * 1000)
        if owed is not None:
            self.notes.setdefault("after the receivables read ahead", []).append(
                f"{len(owed.cache.rows(open_only=False))} receivables kept, resident {rss_mb():.0f} MB")
        # Then the figures of every month before the window, computed a month per job (``FiguresReader.backfill``):
        # waited for, as on a reception PC that has been running for a minute, before any action is timed.
        backfilling = getattr(reader, "backfilling", None)
        if backfilling is not None:
            started = time.perf_counter()
            while backfilling():
                self.wait(20)
            self.times.setdefault("(start-up, on the worker) far months' figures kept (backfill)", []).append(
                (time.perf_counter() - started) * 1000)
            self.notes.setdefault("after the backfill", []).append(
                f"{len(reader.cache.far_months())} far months kept, resident {rss_mb():.0f} MB")

    def close_window(self) -> None:
        from PySide6.QtCore import QCoreApplication, QEvent

        self.window.close()
        self.window.deleteLater()
        self.ctx.deleteLater()
        self.window = self.ctx = None
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.settle()
        # The program has one window per process; the benchmark opens several in turn (first shows). The closed
        # one's cycles wait for a full collection, which the UI thread's collector (``ui.collector``) runs about
        # every half minute at most: the next window's Reports figures, frozen a few seconds after it opens
        # (``FiguresReader``), would freeze them too, kept for good.
        gc.collect()

    def wait(self, ms: int) -> None:
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def show_tab(self, key: str) -> None:
        from garage_desktop.ui.main_window import TABS

        self.window.ui.tabs.setCurrentIndex([k for k, _m, _c in TABS].index(key))


SEARCHED = 1_000  # order numbers and plates the top search is tried with


def pick(driver: Driver, rng: random.Random) -> dict:
    """What the actions work on, read from the garage."""
    from sqlalchemy import text as sql

    with driver.db.read_scope() as c:
        numbers = [row[0] for row in c.execute(sql(
            "SELECT order_no FROM repair_order WHERE order_no IS NOT NULL AND status IN ('followed_up', 'delivered') "
            "ORDER BY id"))]
        plates = [row[0] for row in c.execute(sql("SELECT plate FROM vehicle ORDER BY id"))]
        # Ids as arrays: 200,000 Python ints would be ~20 MB of the resident size ``memory`` measures.
        delivered = array("q", (row[0] for row in c.execute(sql(
            "SELECT id FROM repair_order WHERE status IN ('followed_up', 'delivered') ORDER BY id"))))
        in_shop = array("q", (row[0] for row in c.execute(sql(
            "SELECT id FROM repair_order WHERE status IN ('in_repair', 'estimated', 'qc_pending', 'ready', "
            "'dispatched', 'confirmed') ORDER BY id"))))
        everything = array("q", (row[0] for row in c.execute(sql("SELECT id FROM repair_order ORDER BY id"))))
        regular = c.execute(sql("SELECT vehicle_id, count(*) FROM repair_order WHERE received_at IS NOT NULL "
                                "GROUP BY vehicle_id ORDER BY 2 DESC LIMIT 1")).one()
        busiest = c.execute(sql("SELECT p.code FROM stock_movement m JOIN part p ON p.id = m.part_id "
                                "GROUP BY p.id ORDER BY count(*) DESC LIMIT 1")).scalar_one()
        first = c.execute(sql("SELECT min(received_at) FROM repair_order")).scalar_one()
        owner = c.execute(sql("SELECT id FROM operator WHERE roles LIKE '%owner%' AND active ORDER BY id")).scalar()
    years = (datetime.now() - datetime.fromisoformat(str(first)[:19])).days / 365
    # A sample of the numbers and plates searched for: all of them (200,000 strings) were ~20 MB of the resident
    # size ``memory`` measures, the benchmark's and not the program's.
    numbers = rng.sample(numbers, min(SEARCHED, len(numbers)))
    plates = rng.sample(plates, min(SEARCHED, len(plates)))
    return {"numbers": numbers, "plates": plates, "delivered": delivered, "in_shop": in_shop, "all": everything,
            "regular": regular[0], "visits": regular[1], "busiest": busiest, "owner": owner, "years": max(years, 1 / 12),
            "rng": rng}


def find_and_open(driver: Driver, label: str, text: str) -> int | None:
    """Type ``text`` into the top search; time the list (the typing pause), then Enter on the first order."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    box = driver.window.find_box
    edit = box.edit
    edit.setFocus()
    edit.selectAll()
    QTest.keyClicks(edit, text)
    box.timer.stop()
    driver.timed(f"find: {label} → list", box.search_now)
    row = next((i for i, hit in enumerate(box.hits) if hit.kind == "order"), None)
    if row is None:
        return None
    box.popup.set_current_row(row)
    driver.timed(f"find: {label} → open the order", lambda: QTest.keyClick(edit, Qt.Key.Key_Return))
    return driver.ctx.current_order_id


def actions(driver: Driver, data: dict, runs: int, windows: int) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from garage_desktop.services import followup
    from garage_desktop.ui.dialogs.audit_dialog import AuditDialog
    from garage_desktop.ui.dialogs.receivables_dialog import ReceivablesDialog
    from garage_desktop.ui.dialogs.vehicle_history_dialog import VehicleHistoryDialog, show_vehicle_history
    from garage_desktop.ui.main_window import TABS

    rng: random.Random = data["rng"]
    keys = [key for key, _m, _c in TABS]
    # First shows: each tab built and shown in a new window, with a delivered order current.
    for _ in range(windows):
        driver.open_window()
        driver.ctx.set_current_order(rng.choice(data["delivered"]))
        for key in keys[1:]:
            driver.timed(f"first show: {key}", lambda key=key: driver.show_tab(key))
        driver.show_tab("board")
        if _ < windows - 1:
            driver.close_window()
    window, ctx = driver.window, driver.ctx
    for run in range(runs):
        driver.show_tab("board")
        find_and_open(driver, "number", rng.choice(data["numbers"]))
        find_and_open(driver, "plate part", rng.choice(data["plates"])[-5:])
        for key in keys[1:] + keys[:1]:
            driver.timed(f"tab: {key}", lambda key=key: driver.show_tab(key))
        driver.timed("open a delivered order", lambda: ctx.open_order_requested.emit(rng.choice(data["delivered"])))
        driver.show_tab("board")
        driver.timed("open an order in the shop", lambda: ctx.open_order_requested.emit(rng.choice(data["in_shop"])))
        # Reports: after an order changed elsewhere (a call that did not reach the customer), a month, a KPI tile.
        driver.show_tab("board")
        ctx.call(followup.record_call, rng.choice(data["delivered"]), False, None, "", "", None)
        ctx.changed("orders")
        driver.timed("reports: shown after an order change", lambda: driver.show_tab("reports"))
        reports = window.tabs["reports"]
        # The month before (both garages have orders in it: growth compares a month with a month), its KPI tiles;
        # on a garage of years, also a month further back (up to three years: its trend read on the worker).
        driver.timed("reports: change month", lambda reports=reports: reports.ui.monthCombo.setCurrentIndex(1))
        tiles = list(reports.tiles.values())
        tile = tiles[1 + run % (len(tiles) - 1)]
        driver.timed("reports: KPI tile (the orders behind it)",
                     lambda tile=tile: QTest.mouseClick(tile, Qt.MouseButton.LeftButton))
        if data["years"] >= 1.5:
            # Read on a worker: the window answers at once (timed to the event loop idle, as every action), the
            # figures show once read (timed too, and counted as an action: the person waits for them).
            started = time.perf_counter()
            driver.timed("reports: change month (1 to 3 years back)", lambda reports=reports, run=run:
                         reports.ui.monthCombo.setCurrentIndex(12 + (run * 7) % 24))
            while reports.dashboard is None:
                driver.wait(2)
            driver.settle()
            driver.times.setdefault("reports: a month 1 to 3 years back, its figures shown", []).append(
                (time.perf_counter() - started) * 1000)
        reports.ui.monthCombo.setCurrentIndex(0)
        while reports.reader.busy():  # the trend of a month years back still read on the worker: each action is
            driver.wait(10)  # timed from a quiet window (the ten-year garage alone has that read)
        # The car with the most visits.
        driver.timed_modal("vehicle history (the car with most visits)",
                           lambda: show_vehicle_history(ctx, data["regular"], window), VehicleHistoryDialog)
        # The audit trail (the owner's: only the owner reads it): opened, then scrolled to its end.
        at_the_pc = ctx.operator_id
        ctx.set_operator(data["owner"])
        driver.timed("audit trail: open", window.ui.actionAudit.trigger)
        dialog = [d for d in window.findChildren(AuditDialog) if d.isVisible()][-1]
        table = dialog.ui.eventTable
        if not table.model().rowCount():  # a refused or empty view would time nothing worth printing
            raise SystemExit("the audit trail listed no event: nothing to time")
        table.setFocus()
        driver.timed("audit trail: scroll to the end", lambda table=table: QTest.keyClick(
            table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier))
        dialog.close()
        ctx.set_operator(at_the_pc)
        # The stock ledger of the busiest part.
        driver.show_tab("stock")
        stock = window.tabs["stock"]
        stock.ui.searchEdit.setText(data["busiest"])
        stock.reload()
        stock.ui.stockTable.clearSelection()
        driver.timed("stock ledger of the busiest part", lambda stock=stock: stock.ui.stockTable.selectRow(0))
        # The receivables makers and insurers owe (ten years: 27,000 claims nobody collected): the dialog opened
        # (timed to the event loop idle), then its list and totals shown (read on a worker; counted as an action).
        driver.show_tab("checkout")
        opened: list[ReceivablesDialog] = []
        started = time.perf_counter()
        driver.timed("receivables: open", lambda opened=opened: opened.append(
                         _show(ReceivablesDialog(ctx, window))))
        while not opened[0].read_done():
            driver.wait(2)
        driver.settle()
        driver.times.setdefault("receivables: its list and totals shown", []).append(
            (time.perf_counter() - started) * 1000)
        opened[0].close()
        driver.settle()


def _show(dialog: Any) -> Any:
    dialog.show()
    return dialog


def work_path(driver: Driver, data: dict, runs: int) -> list[int]:
    """The counter's work on a fresh car, ``runs`` times: the estimate of 10 lines saved, the customer's
    confirmation (開單), the payment of what is owed at Checkout, the handover (交車); each through the window's own
    buttons, timed as ``work: …``. The car's intake and the workshop's part (dispatch, repair, parts issued, final
    QC) go through the services untimed, as their own screens would. The window's operator is the owner (who may
    do every step). Returns the orders taken through, delivered."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from sqlalchemy import text as sql

    from garage_desktop.domain.classes import JobClass
    from garage_desktop.domain.qc import Result
    from garage_desktop.services import (
        clock,
        customers,
        intake,
        picking_actions,
        qc,
        qc_templates,
        stock,
        work_order,
    )
    from garage_desktop.services.qc import ItemAnswer, MeasurementAnswer, QcForm
    from garage_desktop.ui.tabs import estimate_tab

    rng: random.Random = data["rng"]
    ctx, window = driver.ctx, driver.window
    with driver.db.read_scope() as c:
        owner = c.execute(sql("SELECT id FROM operator WHERE roles LIKE '%owner%' AND active ORDER BY id")).scalar()
        operations = [row[0] for row in c.execute(sql("SELECT code FROM labour_operation ORDER BY id LIMIT 5"))]
        parts = [tuple(row) for row in c.execute(sql(
            "SELECT id, code FROM part WHERE sale_price > 0 ORDER BY on_hand DESC, id LIMIT 5"))]
        plates = {row[0] for row in c.execute(sql("SELECT plate FROM vehicle WHERE plate LIKE '粵W%'"))}
    if ctx.operator_id != owner:
        window.switch_operator(owner)
    # Enough of each part on the shelf for every run (the store's delivery, untimed).
    ctx.call(stock.receive, "bench", [stock.ReceiptLine(part_id, str(2 * runs + 2)) for part_id, _code in parts])
    ctx.changed("stock")
    done: list[int] = []
    for _ in range(runs):
        plate = f"粵W{rng.randrange(100_000):05d}"
        while plate in plates:  # a car new to the garage
            plate = f"粵W{rng.randrange(100_000):05d}"
        plates.add(plate)
        form = intake.IntakeForm(
            customer=customers.CustomerForm(name="林志明", phone=f"199{rng.randrange(10**8):08d}"),
            vehicle=customers.VehicleForm(plate=plate, make="大眾", model="朗逸"), complaint="保養，剎車異響",
            mileage="45230", fuel_level=4, job_class=JobClass.MINOR, promised_at=clock.now() + timedelta(hours=4))
        order_id = ctx.call(intake.receive, form).order_id
        ctx.changed("orders")
        driver.show_tab("board")
        ctx.open_order_requested.emit(order_id)  # the estimate tab, the order's stage
        driver.settle()
        tab = window.tabs["estimate"]
        ui = tab.ui
        assert window.current_tab_key() == "estimate" and tab.view is not None and tab.view.order_id == order_id
        ui.diagnosisEdit.setPlainText("剎車片磨損，機油到期")
        for code in operations:  # five jobs and five parts, each typed in its search and picked
            ui.labourSearchEdit.setText(code)
            tab.labour_picker.search_now()
            tab.labour_picker.choose(0)
        for _part_id, code in parts:
            ui.partSearchEdit.setText(code)
            tab.part_picker.search_now()
            tab.part_picker.choose(0)
        ui.mayReplaceNo.setChecked(True)
        assert tab.labour_model.rowCount() + tab.parts_model.rowCount() == 10
        driver.timed("work: save an estimate of 10 lines",
                     lambda ui=ui: QTest.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton))
        assert not tab.dirty and tab.view.revisions, ui.formError.text()
        asked = estimate_tab.ask_customer_name
        estimate_tab.ask_customer_name = lambda _parent, suggested, _summary: suggested  # the name, OK
        try:
            driver.timed("work: confirm",
                         lambda ui=ui: QTest.mouseClick(ui.confirmButton, Qt.MouseButton.LeftButton))
        finally:
            estimate_tab.ask_customer_name = asked
        assert tab.view.confirmed_at is not None, ui.formError.text()
        # The workshop: each job dispatched, started and finished, the parts issued, final QC passed.
        for line in ctx.read(work_order.ticket_view, order_id).labour:
            ctx.call(work_order.dispatch, order_id, line.id, "一組", None)
            ctx.call(work_order.start_line, order_id, line.id)
        ctx.call(picking_actions.issue_all, order_id)
        ctx.call(work_order.report_finished, order_id, clock.now())
        view = ctx.read(qc.qc_view, order_id, owner)
        template = qc_templates.current().get(view.default_template)
        checks = [line.key for line in view.lines] + [item.key for item in template.items()]
        ctx.call(qc.pass_qc, order_id, QcForm(
            template.id, tuple(ItemAnswer(key, Result.PASS, "") for key in checks),
            tuple(MeasurementAnswer(m.key, {}) for m in template.measurements), no_new_damage=True))
        ctx.changed("orders", "stock")
        driver.show_tab("board")
        ctx.open_order_requested.emit(order_id)  # the checkout tab
        driver.settle()
        checkout = window.tabs["checkout"]
        cu = checkout.ui
        assert window.current_tab_key() == "checkout" and checkout.state.order_id == order_id
        cu.methodCombo.setCurrentIndex(cu.methodCombo.findData("card"))
        assert cu.payAmountEdit.text(), "nothing owed"
        driver.timed("work: take a payment",
                     lambda cu=cu: QTest.mouseClick(cu.payButton, Qt.MouseButton.LeftButton))
        assert checkout.state.settled, cu.payError.text()
        for box in checkout.handover_page.checks().values():
            box.setChecked(True)
        driver.timed("work: deliver", lambda cu=cu: QTest.mouseClick(cu.deliverButton, Qt.MouseButton.LeftButton))
        assert checkout.handover is not None and checkout.handover.delivered_at is not None, cu.deliverError.text()
        done.append(order_id)
    return done


def screens(driver: Driver, data: dict, scratch: Path) -> list[tuple[str, Callable[[], object]]]:
    """Each dialog and screen the window opens with an order current, as (name, the call the window makes): its
    menu action, the tab's own method behind a button, or the dialog module's entry point with the order, car or
    customer it needs (an order in the shop, one that passed final QC, a delivered one, the car with most visits)."""
    from sqlalchemy import text as sql

    from garage_desktop.ui.dialogs import (
        call_script_dialog,
        commission_rules_dialog,
        delay_call_dialog,
        ehr_platform_dialog,
        insurers_dialog,
        member_grades_dialog,
        merge_dialog,
        message_dialog,
        message_templates_dialog,
        packages_dialog,
        sanbao_compensation_dialog,
        vehicle_dates_dialog,
        vehicle_history_dialog,
    )
    from garage_desktop.ui.main_window import TABS
    from garage_desktop.ui.tabs import parts_tab, reports_tab, stock_tab
    from garage_desktop.ui.widgets import order_menu

    ctx, window = driver.ctx, driver.window
    with driver.db.read_scope() as c:
        in_repair = c.execute(sql("SELECT id FROM repair_order WHERE status = 'in_repair' ORDER BY id DESC")).scalar()
        qc_done = c.execute(sql("SELECT o.id FROM repair_order o WHERE o.status IN ('ready', 'delivered') AND EXISTS "
                                "(SELECT 1 FROM qc_inspection q WHERE q.order_id = o.id) ORDER BY o.id DESC")).scalar()
    delivered = data["delivered"][-1]
    in_repair = in_repair or data["in_shop"][-1]
    qc_done = qc_done or delivered

    def on(order_id: int, key: str, then: Callable[[Any], object]) -> Callable[[], object]:
        def run() -> object:
            ctx.set_current_order(order_id)
            driver.show_tab(key)
            driver.settle()
            return then(window.tabs[key])
        return run

    def write_workbook(tab: Any) -> None:
        asked = reports_tab.ask_save_path
        reports_tab.ask_save_path = lambda _parent, _suggested: str(scratch / "month-end.xlsx")  # the file dialog
        try:
            tab.export_workbook()
        finally:
            reports_tab.ask_save_path = asked

    def as_owner(opener: Callable[[], object]) -> Callable[[], None]:
        def opened() -> None:  # only the owner reads the audit trail
            at_the_pc = ctx.operator_id
            ctx.set_operator(data["owner"])
            try:
                opener()
            finally:
                ctx.set_operator(at_the_pc)
        return opened

    def every_tab() -> None:
        for key, _module, _class in TABS:
            driver.show_tab(key)
            driver.settle()

    return [
        ("the 12 tabs", every_tab),
        ("audit trail", as_owner(window.ui.actionAudit.trigger)),
        ("vehicle history", lambda: vehicle_history_dialog.show_vehicle_history(ctx, data["regular"], window)),
        ("card desk", window._open_card_desk),
        ("preview: work order", on(in_repair, "estimate", lambda tab: tab.print_work_order())),
        ("outside work", on(in_repair, "estimate", lambda tab: tab.open_outside_work())),
        ("preview: dispatch slips", on(in_repair, "work_ticket", lambda tab: tab.print_dispatch_slips())),
        ("preview: pick list", on(in_repair, "parts", lambda tab: tab.print_pick_list())),
        ("part choice", on(in_repair, "parts", lambda tab: parts_tab.ask_substitute(tab, ctx, lambda *_a: None))),
        ("preview: QC sheet", on(qc_done, "qc", lambda tab: tab.print_sheet())),
        ("preview: settlement list", on(delivered, "checkout", lambda tab: tab.print_settlement_list())),
        ("cards of the customer", on(delivered, "checkout", lambda tab: tab.open_card_desk())),
        ("receivables", on(delivered, "checkout", lambda tab: tab.open_receivables())),
        ("cancel order", on(in_repair, "board", lambda tab: order_menu.cancel_order(ctx, in_repair, tab))),
        ("delay call", on(in_repair, "board", lambda tab: delay_call_dialog.record_delay_call(ctx, in_repair, tab))),
        ("三包 compensation", on(in_repair, "board", lambda tab: sanbao_compensation_dialog.record_compensation(
            ctx, in_repair, tab))),
        ("message", on(delivered, "board", lambda tab: message_dialog.send_message(
            ctx, "followup", order_id=delivered, parent=tab))),
        ("reminder dates", on(delivered, "intake", lambda tab: vehicle_dates_dialog.edit_dates(
            ctx, data["regular"], tab))),
        ("receive parts", on(delivered, "stock", lambda tab: stock_tab.ask_delivery(tab, ctx, lambda *_a: None))),
        ("price list", on(delivered, "stock", lambda tab: stock_tab.open_price_list(tab, ctx))),
        ("merge", on(delivered, "settings", lambda tab: merge_dialog.show_merge_dialog(ctx, tab))),
        ("commission rules", on(delivered, "settings",
                                lambda tab: commission_rules_dialog.edit_commission_rules(ctx, tab))),
        ("message templates", on(delivered, "settings",
                                 lambda tab: message_templates_dialog.edit_message_templates(ctx, tab))),
        ("insurers", on(delivered, "settings", lambda tab: insurers_dialog.edit_insurers(ctx, tab))),
        ("packages", on(delivered, "settings", lambda tab: packages_dialog.edit_packages(ctx, tab))),
        ("member grades", on(delivered, "settings", lambda tab: member_grades_dialog.edit_member_grades(ctx, tab))),
        ("call script", on(delivered, "settings", lambda tab: call_script_dialog.edit_call_script(ctx, tab))),
        ("EHR platform", on(delivered, "settings", lambda tab: ehr_platform_dialog.edit_platform_account(ctx, tab))),
        ("health records", on(delivered, "reports", lambda tab: tab.open_health_record())),
        ("month-end workbook", on(delivered, "reports", write_workbook)),
    ]


def open_and_close(driver: Driver, opener: Callable[[], object]) -> set[str]:
    """Run ``opener``; each dialog it opens is closed (rejected) once its event loop goes idle, a modeless one once
    ``opener`` returned (a progress dialog is left to its job). The types of the dialogs closed."""
    from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog

    closed: set[str] = set()

    def close(dialog: object) -> None:
        if isinstance(dialog, QDialog) and not isinstance(dialog, QProgressDialog) and dialog.isVisible():
            closed.add(type(dialog).__name__)
            dialog.reject()

    def idle() -> None:
        close(QApplication.activeModalWidget())

    driver.settle()
    driver.dispatcher.aboutToBlock.connect(idle)
    try:
        opener()
        driver.settle()
        for widget in QApplication.topLevelWidgets():
            close(widget)
    finally:
        driver.dispatcher.aboutToBlock.disconnect(idle)
    driver.settle()
    return closed


def dialogs_alive() -> dict[str, int]:
    """The dialogs still alive (shown or not), by type: the window's children and top-level ones alike."""
    from PySide6.QtWidgets import QApplication, QDialog

    alive: dict[str, int] = {}
    for widget in QApplication.topLevelWidgets():  # a dialog is a window of its own, wherever it is parented
        if isinstance(widget, QDialog):
            alive[type(widget).__name__] = alive.get(type(widget).__name__, 0) + 1
    return alive


def memory(driver: Driver, data: dict, orders: int, cycles: int) -> dict:
    """Resident size after the first 50 orders opened, after ``orders``, and after each dialog and screen of
    ``screens`` opened and closed ``cycles`` times (in turn, so each figure includes those before it); the
    dialogs left alive at the end."""
    from PySide6.QtCore import QCoreApplication, QEvent

    def measured() -> float:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        driver.settle()
        keeper = getattr(driver.window, "heap_keeper", None)
        if keeper is not None:  # its next look (every few seconds): the size at rest, not the peak of the last read
            keeper.check()
        return rss_mb()

    rng = random.Random(7)
    ctx = driver.ctx
    everything = data["all"]
    ids = [everything[i] for i in rng.sample(range(len(everything)), min(orders, len(everything)))]
    base = math.nan
    for done, order_id in enumerate(ids, start=1):
        ctx.open_order_requested.emit(order_id)
        driver.settle()
        if done == 50:
            base = measured()
    after_orders = measured()
    after: dict[str, float] = {}
    opened: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-ui-memory-") as folder:
        for name, opener in screens(driver, data, Path(folder)):
            kinds: set[str] = set()
            for _ in range(cycles):
                kinds |= open_and_close(driver, opener)
            after[name] = measured()
            opened[name] = sorted(kinds)
    return {"orders": len(ids), "cycles": cycles, "after_first_50_mb": base, "after_orders_mb": after_orders,
            "after_dialogs_mb": after, "opened": opened, "alive": dialogs_alive()}


def child(args: argparse.Namespace) -> None:
    from garage_desktop.ui.collector import UiThreadCollector

    driver = Driver(Path(args.child))
    UiThreadCollector(driver.app)  # the program's own (``ui.app.run_window``): cycles freed every 250 ms
    driver.db = None
    from garage_desktop.ui.database import open_database

    driver.db = open_database(f"sqlite:///{driver.path}")
    data = pick(driver, random.Random(2026))
    actions(driver, data, args.runs, args.windows)
    work_path(driver, data, args.runs)
    driver.times.pop("(memory) vehicle history", None)
    result = {"times": driver.times, "years": data["years"], "visits": data["visits"], "notes": driver.notes}
    if args.memory_orders:
        result["memory"] = memory(driver, data, args.memory_orders, args.memory_cycles)
    driver.times.pop("(memory) vehicle history", None)
    Path(args.out).write_text(json.dumps(result))
    driver.window.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--big", type=Path, help="a ten-year garage (generate.py --full); made if not given")
    parser.add_argument("--small", type=Path, help="a one-month garage; made if not given")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--windows", type=int, default=3, help="new windows, for the first show of each tab")
    parser.add_argument("--memory-orders", type=int, default=1000)
    parser.add_argument("--memory-cycles", type=int, default=50)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    byte_compile_program()
    with tempfile.TemporaryDirectory(prefix="bench-ui-") as folder:
        scratch = Path(folder)
        small, big = args.small, args.big
        if small is None:
            small = scratch / "one_month.sqlite3"
            make_garage(small, SMALL)
        if big is None:
            big = scratch / "ten_years.sqlite3"
            make_garage(big, BIG)
        results = [run_child(path, args, scratch) for path in (small, big)]
    report(*results)


if __name__ == "__main__":
    main()
