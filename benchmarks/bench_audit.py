"""The audit trail's check on a 10-year garage: 2,000,000 chained events (about 8.6 per order, as the demo garage
writes them), checked the way start-up's worker and ``garage-desktop check`` check them; and migration 0003
chaining the same events in a file of schema 0002.

The events are the demo garage's (``garage_desktop.demo``: stage changes, payments, QC, parts…), repeated with
later times and other orders until there are ``--events`` of them, numbered and chained by the program's code.

    python benchmarks/bench_audit.py [--db FILE] [--events 2000000] [--runs 3] [--migration]

``--db``: append the events to this file (say one from ``generate.py``, so the integrity check has 200,000
orders to read too); without it a new file is made and deleted afterwards. ``--migration``: also time the
upgrade 0002 → 0003 of a new file holding the same number of unchained events.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

from garage_desktop.db import audit_chain
from garage_desktop.db.backup import check_file
from garage_desktop.db.engine import Database
from garage_desktop.db.migrate import alembic_config, upgrade
from garage_desktop.demo import write_demo
from garage_desktop.services import clock

COLUMNS = ("at", "operator_id", "order_id", "entity", "entity_id", "action", "before", "after")


def demo_events(folder: Path) -> list[tuple]:  # type: ignore[type-arg]
    """The events of a demo garage of 300 orders, in id order (the templates)."""
    path = folder / "templates.sqlite3"
    clock.set_fixed(datetime(2026, 11, 28, 15, 0))
    try:
        write_demo(f"sqlite:///{path}", orders=300)
    finally:
        clock.set_fixed(None)
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT {', '.join(COLUMNS)} FROM audit_event ORDER BY id").fetchall()
    finally:
        conn.close()


def events(templates: list[tuple], count: int) -> Iterator[dict]:  # type: ignore[type-arg]
    """``count`` events: the templates again and again, a round later each time, on other orders."""
    orders = max((t[2] or 0) for t in templates) + 1
    first = datetime.fromisoformat(templates[0][0])
    span = datetime.fromisoformat(templates[-1][0]) - first + timedelta(days=1)
    made, lap = 0, 0
    while True:
        for at, operator_id, order_id, entity, entity_id, action, before, after in templates:
            if made == count:
                return
            when = datetime.fromisoformat(at) + lap * span - 10 * span
            moved = None if order_id is None else order_id + lap * orders
            yield {"at": when, "operator_id": operator_id, "order_id": moved, "entity": entity,
                   "entity_id": moved if entity == "repair_order" else entity_id, "action": action,
                   "before": before, "after": after}
            made += 1
        lap += 1


def append(path: Path, templates: list[tuple], count: int, *, chained: bool = True) -> None:  # type: ignore[type-arg]
    """Append ``count`` events to the file (chained by ``audit_chain.seal``, or without a chain for 0002). Their
    operators and orders become the file's own (round the ones there are), or none in a file without any."""
    conn = sqlite3.connect(path)
    try:
        people = [row[0] for row in conn.execute("SELECT id FROM operator ORDER BY id")]
        orders = conn.execute("SELECT max(id) FROM repair_order").fetchone()[0] or 0
        last = conn.execute("SELECT max(id) FROM audit_event").fetchone()[0] or 0
        tail = ""
        if chained:
            tail = conn.execute("SELECT chain FROM audit_event WHERE id = ?", (last,)).fetchone()
            tail = tail[0] if tail else ""
        batch: list[dict] = []  # type: ignore[type-arg]
        fields = ("id", *COLUMNS, *(("chain",) if chained else ()))
        sql = f"INSERT INTO audit_event ({', '.join(fields)}) VALUES ({', '.join('?' * len(fields))})"

        def flush() -> None:
            nonlocal last, tail
            if chained:
                last, tail = audit_chain.seal(last, tail, batch)
            else:
                for row in batch:
                    last += 1
                    row["id"] = last
            for row in batch:
                row["at"] = audit_chain._at_text(row["at"])
            conn.executemany(sql, [tuple(row[f] for f in fields) for row in batch])
            batch.clear()

        for event in events(templates, count):
            if event["operator_id"] is not None:
                event["operator_id"] = people[event["operator_id"] % len(people)] if people else None
            if event["order_id"] is not None:
                event["order_id"] = event["order_id"] % orders + 1 if orders else None
                if event["entity"] == "repair_order":
                    event["entity_id"] = event["order_id"]
            batch.append(event)
            if len(batch) == 50_000:
                flush()
        flush()
        conn.commit()
    finally:
        conn.close()


def timed(runs: int, function) -> list[float]:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--events", type=int, default=2_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--migration", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        templates = demo_events(folder)
        path = args.db or folder / "bench.sqlite3"
        if args.db is None:
            database = Database(f"sqlite:///{path}")
            upgrade(database.engine)
            database.dispose()
        started = time.perf_counter()
        append(path, templates, args.events)
        print(f"{args.events:,} events appended in {time.perf_counter() - started:.1f} s "
              f"({path.stat().st_size / 1e6:.0f} MB file)")
        verdicts = []
        chain = timed(args.runs, lambda: verdicts.append(audit_chain.verify_file(path)))
        assert verdicts[-1].finding is None, verdicts[-1].finding
        print(f"audit trail check ({verdicts[-1].events:,} events): median {statistics.median(chain):.2f} s, "
              f"runs {', '.join(f'{t:.2f}' for t in chain)}")
        integrity = timed(1, lambda: check_file(path))
        print(f"integrity check of the same file (start-up's worker runs it first): {integrity[0]:.2f} s")
        if args.migration:
            from alembic import command

            old = folder / "schema-0002.sqlite3"
            database = Database(f"sqlite:///{old}")
            command.upgrade(alembic_config(database.engine), "0002_promise_in_force")
            database.dispose()
            append(old, templates, args.events, chained=False)
            database = Database(f"sqlite:///{old}")
            started = time.perf_counter()
            upgrade(database.engine)
            spent = time.perf_counter() - started
            database.dispose()
            verdict = audit_chain.verify_file(old)
            assert verdict.finding is None and verdict.events == args.events, verdict
            print(f"migration 0002 → 0003 chaining {args.events:,} events: {spent:.1f} s")


if __name__ == "__main__":
    main()
