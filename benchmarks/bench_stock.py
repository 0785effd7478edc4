"""Opening an order's pick list and the low-stock list: the services against the raw ``sqlite3`` queries.

Target (issue 4): with 20,000 parts and 1,000,000 stock movements, ``services.picking.pick_list`` and
``services.stock.low_stock`` each take at most 3× the time of the raw ``sqlite3`` queries that answer them,
median, same run. The services are timed the way the window calls them — a plain connection per call
(``ctx.read_core``) — and, for the diagnosis, on an open session; the raw queries on an open ``sqlite3`` connection. Runs alternate
so both see the same cache and machine state, and both must return the same rows. Timings are printed, never
asserted.

The data (``generate``): the schema made by the program's own migrations, then filled with ``executemany``:
20,000 parts from 60 suppliers, 40,000 orders over five years with 1–6 part lines each (about 80 still in
the workshop, partly issued, some with extra parts), and exactly 1,000,000 movements: an issue per issued
line, receipts spread over the parts, and one count per part that leaves it at its final stock (about one
part in ten below its minimum). On hand is the sum of each part's movements, as the program keeps it.

    python benchmarks/bench_stock.py [--db EXISTING.sqlite3] [--runs 25]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from garage_desktop.db import models as m
from garage_desktop.db.engine import Database
from garage_desktop.db.migrate import upgrade
from garage_desktop.services import picking, stock

TARGET = 3.0
PARTS = 20_000
MOVEMENTS = 1_000_000
ORDERS = 40_000
OPEN_ORDERS = 80
NOW = datetime(2026, 11, 28, 10, 0)
OPEN_STATUSES = ("confirmed", "dispatched", "in_repair", "awaiting_approval", "rework")
RESERVING = "'" + "', '".join(sorted(OPEN_STATUSES)) + "'"

# The raw queries: the SQL the services' statements amount to, written by hand.
OUTSTANDING = ("CASE WHEN (CASE WHEN {a}.kind = 'extra_part' THEN coalesce({a}.quantity, 0) ELSE {l}.planned_qty "
               "END) > {l}.issued_qty THEN (CASE WHEN {a}.kind = 'extra_part' THEN coalesce({a}.quantity, 0) "
               "ELSE {l}.planned_qty END) - {l}.issued_qty ELSE 0 END")
HOLDS = "{l}.part_id IS NOT NULL AND {l}.customer_supplied = 0 AND ({l}.added = 0 OR {a}.approved = 1)"
PICK_LIST_SQL = f"""
SELECT o.id, o.order_no, o.status, o.promised_at, v.plate, v.make, v.model, c.name,
       pl.id, pl.seq, pl.part_id, pl.name, pl.spec, pl.unit, pl.origin, pl.planned_qty, pl.issued_qty,
       pl.unit_price, pl.customer_supplied, pl.added, pl.approval_id, pl.old_part,
       p.code, p.on_hand, p.bin_location, p.unit,
       (SELECT coalesce(sum({OUTSTANDING.format(a='a2', l='l2')}), 0)
          FROM part_line l2 JOIN repair_order o2 ON o2.id = l2.order_id
          LEFT JOIN approval a2 ON a2.id = l2.approval_id
         WHERE l2.part_id = pl.part_id AND l2.order_id != pl.order_id AND o2.status IN ({RESERVING})
           AND {HOLDS.format(a='a2', l='l2')}),
       a.kind, a.approved, a.quantity, a.amount, a.description, a.proposed_at, a.contacted_at, asker.name,
       inspector.name
  FROM repair_order o
  LEFT JOIN vehicle v ON v.id = o.vehicle_id
  LEFT JOIN customer c ON c.id = o.customer_id
  LEFT JOIN part_line pl ON pl.order_id = o.id
  LEFT JOIN part p ON p.id = pl.part_id
  LEFT JOIN approval a ON a.id = pl.approval_id
  LEFT JOIN operator asker ON asker.id = a.proposed_by_id
  LEFT JOIN operator inspector ON inspector.id = a.recorded_by_id
 WHERE o.id = ? ORDER BY pl.seq, pl.id"""
ORDER_MOVEMENTS_SQL = """
SELECT m.id, m.created_at, m.kind, m.part_line_id, m.part_id, p.code, p.name, m.quantity, m.reason, op.name
  FROM stock_movement m JOIN part p ON p.id = m.part_id LEFT JOIN operator op ON op.id = m.created_by_id
 WHERE m.order_id = ? ORDER BY m.id DESC"""
LOW_STOCK_SQL = f"""
SELECT p.id, p.code, p.name, p.spec, p.unit, p.origin, p.on_hand, coalesce(r.reserved, 0), p.minimum,
       p.bin_location, p.supplier, p.cost, p.sale_price
  FROM part p LEFT JOIN (
        SELECT pl.part_id AS part_id, sum({OUTSTANDING.format(a='a', l='pl')}) AS reserved
          FROM part_line pl LEFT JOIN approval a ON a.id = pl.approval_id
         WHERE pl.order_id IN (SELECT id FROM repair_order WHERE status IN ({RESERVING}))
           AND {HOLDS.format(a='a', l='pl')}
         GROUP BY pl.part_id) r ON r.part_id = p.id
 WHERE p.on_hand - coalesce(r.reserved, 0) < p.minimum ORDER BY p.supplier, p.code"""


# --- the data -------------------------------------------------------------------------------------------------
def generate(path: Path, *, seed: int = 2026, say: Callable[[str], None] = print) -> None:
    started = time.perf_counter()
    rng = random.Random(seed)
    db = Database(f"sqlite:///{path}")
    upgrade(db.engine)
    suppliers = [f"供應商{n:02d}" for n in range(60)]
    targets = [rng.choice((0, 2, 4, 6, 8, 10, 15, 20, 30, 40)) for _ in range(PARTS)]
    parts = [{"id": i, "code": f"P{i:06d}", "name": f"配件{i}", "spec": f"規格{i % 97}", "unit": "個",
              "origin": ("oem", "equivalent", "repaired")[i % 3], "sale_price": Decimal(rng.randint(10, 900)),
              "cost": Decimal(rng.randint(5, 500)), "on_hand": Decimal(targets[i - 1]),
              "minimum": Decimal(rng.choice((0, 0, 0, 2, 2, 3, 5))), "bin_location": f"{chr(65 + i % 20)}-{i % 50:02d}",
              "supplier": suppliers[i % 60]} for i in range(1, PARTS + 1)]
    orders, lines, issues = [], [], []
    for order_id in range(1, ORDERS + 1):
        open_order = order_id > ORDERS - OPEN_ORDERS
        when = NOW - timedelta(minutes=(ORDERS - order_id) * 60)
        orders.append({"id": order_id, "order_no": f"WO{when:%Y%m%d}-{order_id:05d}",
                       "status": rng.choice(OPEN_STATUSES) if open_order else "followed_up",
                       "customer_id": order_id % 3000 + 1, "vehicle_id": order_id % 3000 + 1, "job_class": "minor",
                       "regulatory_class": "minor_repair", "payer": "self", "created_at": when, "updated_at": when,
                       "promised_at": when + timedelta(hours=6)})
        for seq in range(1, rng.randint(1, 6) + 1):
            part = parts[rng.randint(1, PARTS) - 1]
            planned = rng.randint(1, 4)
            issued = rng.randint(0, planned) if open_order else planned
            lines.append({"id": len(lines) + 1, "order_id": order_id, "seq": seq, "part_id": part["id"],
                          "name": part["name"], "unit": "個", "planned_qty": Decimal(planned),
                          "issued_qty": Decimal(issued), "unit_price": part["sale_price"], "approval_id": None,
                          "added": False})
            if issued:
                issues.append((part["id"], "issue", -issued * 1000, None, order_id, len(lines), "",
                               when.isoformat(sep=" "), 2))
    approvals = []  # a few extra parts (用料批條) on the open orders: approved, waiting, refused
    for n, order_id in enumerate(range(ORDERS - OPEN_ORDERS + 1, ORDERS + 1, 4), start=1):
        answer = (True, None, False)[n % 3]
        approvals.append({"id": n, "order_id": order_id, "kind": "extra_part", "description": "裝配損壞",
                          "amount": Decimal(50), "quantity": Decimal(1), "proposed_at": NOW, "proposed_by_id": 2,
                          "approved": answer, "contacted_at": None if answer is None else NOW,
                          "recorded_by_id": None if answer is None else 3})
        lines.append({"id": len(lines) + 1, "order_id": order_id, "seq": 90, "part_id": rng.randint(1, PARTS),
                      "name": "額外配件", "unit": "個", "planned_qty": Decimal(0), "issued_qty": Decimal(0),
                      "unit_price": Decimal(50), "approval_id": n, "added": True})
    with db.engine.begin() as conn:  # Core inserts: the columns' defaults fill what is not given
        conn.execute(insert(m.Operator), [{"id": i, "name": name, "role": role, "team": "", "active": True}
                                          for i, name, role in ((1, "老闆", "owner"), (2, "趙庫管", "store"),
                                                                (3, "李檢驗", "inspector"))])
        conn.execute(insert(m.Customer), [{"id": i, "name": f"客戶{i}", "phone": f"1380000{i:04d}",
                                           "created_at": NOW} for i in range(1, 3001)])
        conn.execute(insert(m.Vehicle), [{"id": i, "customer_id": i, "plate": f"粵B{i:05d}", "make": "大眾",
                                          "model": "朗逸", "created_at": NOW} for i in range(1, 3001)])
        conn.execute(insert(m.Part), parts)
        conn.execute(insert(m.RepairOrder), orders)
        conn.execute(insert(m.Approval), approvals)
        conn.execute(insert(m.PartLine), lines)
    db.dispose()
    say(f"  {PARTS:,} parts, {ORDERS:,} orders, {len(lines):,} part lines ({time.perf_counter() - started:.1f} s)")

    # receipts fill the million; one count per part leaves it at its stock (on hand = Σ movements)
    receipts_count = MOVEMENTS - len(issues) - PARTS
    balance = [0] * (PARTS + 1)
    for part_id, _kind, quantity, *_rest in issues:
        balance[part_id] += quantity
    movements = []
    for n, part_id in enumerate(rng.choices(range(1, PARTS + 1), k=receipts_count)):
        quantity = rng.randint(1, 20) * 1000
        balance[part_id] += quantity
        when = NOW - timedelta(minutes=(receipts_count - n) * 2)
        movements.append((part_id, "receive", quantity, int(parts[part_id - 1]["cost"] * 100), None, None,
                          "供應商送貨", when.isoformat(sep=" "), 2))
    movements += issues
    movements += [(part_id, "count", targets[part_id - 1] * 1000 - balance[part_id], None, None, None, "年底盤點",
                   NOW.isoformat(sep=" "), 2) for part_id in range(1, PARTS + 1)]
    movements.sort(key=lambda row: row[7])
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous=OFF")
    conn.executemany("INSERT INTO stock_movement (part_id, kind, quantity, unit_cost, order_id, part_line_id, reason, "
                     "created_at, created_by_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", movements)
    conn.commit()
    conn.execute("ANALYZE")
    conn.close()
    say(f"  {len(movements):,} stock movements ({time.perf_counter() - started:.1f} s)")


# --- timing --------------------------------------------------------------------------------------------------
def timed(function: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = function()
    return time.perf_counter() - started, result


def compare(name: str, service: Callable[[], Any], session_only: Callable[[], Any], raw: Callable[[], Any],
            runs: int, same: Callable[[Any, Any], bool]) -> tuple[str, int, float, float, float]:
    for _ in range(3):  # warm up: statement caches, pages in memory
        service()
        raw()
    service_times, session_times, raw_times = [], [], []
    found = expected = None
    for _ in range(runs):
        seconds, found = timed(service)
        service_times.append(seconds)
        seconds, _ = timed(session_only)
        session_times.append(seconds)
        seconds, expected = timed(raw)
        raw_times.append(seconds)
    if not same(found, expected):
        print(f"  warning: the service and the raw query disagree for {name}")
    size = len(expected[0]) if isinstance(expected, tuple) else len(expected)
    return (name, size, statistics.median(service_times), statistics.median(session_times),
            statistics.median(raw_times))


def bench(path: Path, runs: int) -> list[tuple[str, int, float, float, float]]:
    db = Database(f"sqlite:///{path}")
    raw = sqlite3.connect(path)
    open_session = Session(db.engine)  # the diagnosis column: a session kept open
    counts = raw.execute("SELECT (SELECT count(*) FROM part), (SELECT count(*) FROM stock_movement)").fetchone()
    print(f"{counts[0]:,} parts, {counts[1]:,} stock movements")
    order_ids = [row[0] for row in raw.execute(
        f"SELECT id FROM repair_order WHERE status IN ({RESERVING}) ORDER BY id LIMIT 5")]

    def read(function: Callable[..., Any], *args: Any) -> Any:
        with db.read_scope() as connection:  # as ``ctx.read_core`` does: the parts and stock tabs read this way
            return function(connection, *args)

    rows = []
    for order_id in order_ids:
        def raw_pick(order_id: int = order_id) -> list[Any]:
            return raw.execute(PICK_LIST_SQL, (order_id,)).fetchall()

        def same_pick(view: picking.PickList, expected: list[Any]) -> bool:
            return [line.id for line in view.lines] == [r[8] for r in expected if r[8] is not None]

        rows.append(compare(f"pick list #{order_id}", lambda o=order_id: read(picking.pick_list, o),
                            lambda o=order_id: picking.pick_list(open_session, o), raw_pick, runs, same_pick))
    # For the record: the whole parts tab of one order (pick list, its issues and returns, the reconciliation).
    order_id = order_ids[0]
    rows.append(compare(f"(parts tab #{order_id})", lambda: read(picking.pick_screen, order_id),
                        lambda: picking.pick_screen(open_session, order_id),
                        lambda: (raw.execute(PICK_LIST_SQL, (order_id,)).fetchall(),
                                 raw.execute(ORDER_MOVEMENTS_SQL, (order_id,)).fetchall()), runs,
                        lambda screen, expected: [m.id for m in screen.movements] == [r[0] for r in expected[1]]))
    rows.append(compare("low-stock list", lambda: read(stock.low_stock), lambda: stock.low_stock(open_session),
                        lambda: raw.execute(LOW_STOCK_SQL).fetchall(), runs,
                        lambda found, expected: [r.part_id for r in found] == [r[0] for r in expected]))
    open_session.close()
    raw.close()
    db.dispose()
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing generated database (default: generate one)")
    parser.add_argument("--runs", type=int, default=25, help="timed runs per query and side (at least 20)")
    args = parser.parse_args()
    runs = max(20, args.runs)
    with tempfile.TemporaryDirectory(prefix="garage-bench-") as folder:
        path = args.db
        if path is None:
            path = Path(folder) / "bench-stock.sqlite3"
            print(f"generating {PARTS:,} parts and {MOVEMENTS:,} stock movements …")
            generate(path)
        rows = bench(path, runs)
    print(f"\nmedian of {runs} runs (ms); target: service ≤ {TARGET:.0f}× raw. 'per call' is the service as the "
          "window calls it, on a connection of its own (ctx.read_core); 'open session' is the service function alone")
    print(f"{'what':<22}{'rows':>6}{'per call':>10}{'open session':>14}{'raw sqlite3':>13}{'ratio per call':>16}"
          f"{'ratio open':>12}")
    per_call, open_only = [], []
    for name, size, service, session_only, baseline in rows:
        print(f"{name:<22}{size:>6}{service * 1000:>10.3f}{session_only * 1000:>14.3f}{baseline * 1000:>13.3f}"
              f"{service / baseline:>15.2f}×{session_only / baseline:>11.2f}×")
        if not name.startswith("("):  # the row in brackets, the whole parts tab, is for the record
            per_call.append(service / baseline)
            open_only.append(session_only / baseline)
    for label, ratios in (("the service function", open_only), ("per call, with its connection", per_call)):
        worst = max(ratios)
        print(f"{label}: worst {worst:.2f}×, median {statistics.median(ratios):.2f}× — "
              f"{'within' if worst <= TARGET else 'OVER'} the {TARGET:.0f}× target")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
