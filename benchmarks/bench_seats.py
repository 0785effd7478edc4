"""A load test (issue 17): several seats (PCs) working at once, each a process of its own doing real actions
through the program's services, each action one service call in its own transaction as the window makes it
(``with db.session_scope() as session: service(session, operator, ...)``).

Four seats on a PostgreSQL server, then two seats on one SQLite file. Each seat does ``--actions`` (500) mixed
actions with a fixed random seed of its own:

- ``intake``   ``intake.receive``: a walk-in (new customer, new car) by the seat's advisor;
- ``estimate`` ``estimate.save_estimate``: a repair estimate (one or two labour operations from the catalog and one
  or two stock parts, sometimes a part bought in) or a counter sale (stock parts only); now and then a revision;
- ``confirm``  ``estimate.confirm``: the customer confirms (needed before parts are issued; a counter sale goes
  straight to settlement);
- ``issue``    ``picking_actions.issue``: the seat's store issues one unit on a part line. All seats' lines are
  on the SAME three parts: that is where a lost update of the stock would show;
- ``payment``  ``checkout.take_payment``: the seat's cashier takes (part of) what a counter sale owes (after its
  parts are issued); about a third of them on another seat's order, with the balance read a moment before, as
  the cashier's screen shows it (so two cashiers may pay the same order at the same time).

A refusal of the program (``DomainError``: the order was paid meanwhile, ...) is counted as a refusal; any other
exception is an error (a raw "database is locked", deadlock or serialization failure included: the program should
wait or retry, not show that). Nothing is retried, unless ``--retry``: then an action that failed with what
``db.engine.is_busy`` calls busy is tried again after 0.1, 0.3 and 0.6 s, as the window's ``AppContext.call`` does.

Checks after each run (each printed with its count; the exit status is 1 if any is not 0):

- duplicates: order numbers, certificate numbers, estimate revisions of an order, line numbers of an order;
- lost updates: every intake, estimate, issue and payment a seat logged is in the database as it wrote it (count
  and money per seat); each part's on hand equals the sum of its movements and the starting stock minus what the
  seats' logs issued; each part line's issued quantity equals what was logged for it; no order paid more than it
  owes, and every order paid in full is settled;
- integrity: the program's own ``check`` (``garage_file.check`` on the file: integrity, schema and the audit
  trail's chain; ``garage_server.check`` on the server: schema and audit trail), the stock ledger
  (``stock.ledger_mismatches``) and the orders' parts reconciliation (``picking.reconciliation``, ledger problems);
- errors: exceptions other than the program's refusals, counted by type and message.

    python benchmarks/bench_seats.py --url postgresql+psycopg://login:password@127.0.0.1:5432/postgres
    python benchmarks/bench_seats.py --start-server            # a throwaway server by .ci/pg_server
    python benchmarks/bench_seats.py --only sqlite --actions 20

``--url``: a server login that may create databases; a scratch database is created, migrated by the program's own
code and dropped afterwards. Timings are printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter, defaultdict
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TYPES = ("intake", "estimate", "confirm", "issue", "payment")
# How often each action is chosen when it can be done (else the next one back along the order's way is done).
WEIGHTS = {"intake": 18, "estimate": 18, "confirm": 14, "issue": 32, "payment": 18}
FALLBACK = {"payment": "issue", "issue": "confirm", "confirm": "estimate", "estimate": "intake"}
PART_CODES = ("LT-P1", "LT-P2", "LT-P3")
OPERATION_CODES = ("LT-L1", "LT-L2", "LT-L3")
START_STOCK = Decimal(100_000)
COUNTER_SALE_SHARE = 0.5
OTHER_SEAT_PAYMENT = 0.35
RETRY_PAUSES = (0.1, 0.3, 0.6)  # as ui.context.BUSY_RETRIES


def percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))]


# --- the database: scratch, migrated, set up ------------------------------------------------------------------
def server_url(login_url: str, database: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(login_url).set(database=database).render_as_string(hide_password=False)


def set_up(url: str, seats: int) -> dict[str, Any]:
    """Migrate the new database with the program's code, then through the services: a catalog of three labour
    operations and three parts with stock, and for each seat an advisor, a cashier and a store keeper."""
    from garage_desktop.db.engine import Database
    from garage_desktop.domain.classes import Role
    from garage_desktop.services import catalog, garage_file, operators, stock

    db = Database(url)
    try:
        garage_file.migrate(db)
        with db.session_scope() as session:
            owner = operators.list_operators(session)[0].id
        people: list[dict[str, int]] = []
        with db.session_scope() as session:
            for seat in range(seats):
                people.append({
                    "advisor": operators.save_operator(session, owner, None, f"接待{seat + 1}號", Role.ADVISOR).id,
                    "cashier": operators.save_operator(session, owner, None, f"收銀{seat + 1}號", Role.CASHIER).id,
                    "store": operators.save_operator(session, owner, None, f"庫管{seat + 1}號", Role.STORE).id})
        with db.session_scope() as session:
            for n, code in enumerate(OPERATION_CODES, start=1):
                catalog.save_operation(session, owner, None, catalog.OperationDraft(
                    code=code, name=f"壓測工序{n}", category="壓測", standard_hours=f"{0.5 * n:.1f}"))
            parts = [catalog.save_part(session, owner, None, catalog.PartDraft(
                code=code, name=f"壓測配件{n}", unit="個", sale_price=f"{30 * n + 15}.50", cost=f"{20 * n}.00"))
                .id for n, code in enumerate(PART_CODES, start=1)]
        with db.session_scope() as session:
            stock.receive(session, people[0]["store"], "壓測供應商",
                          [stock.ReceiptLine(part_id, START_STOCK, "") for part_id in parts])
    finally:
        db.dispose()
    return {"url": url, "people": people, "parts": parts, "start_stock": str(START_STOCK)}


# --- a seat ---------------------------------------------------------------------------------------------------
class Seat:
    def __init__(self, setup: dict[str, Any], seat: int, actions: int, retry: bool = False) -> None:
        from garage_desktop.db import engine
        from garage_desktop.db.engine import Database

        self.seat, self.actions = seat, actions
        self.db = Database(setup["url"])
        self.people = setup["people"][seat]
        self.parts = setup["parts"]
        self.rng = random.Random(1_000 + seat)
        self.born = 0
        # --retry: what the window's AppContext.call does with a transaction that failed only because another PC
        # held what it needed (``db.engine.is_busy``): the whole action again after these pauses.
        self.is_busy = getattr(engine, "is_busy", None) if retry else None
        self.retry_pauses = RETRY_PAUSES if self.is_busy is not None else ()
        # order id → {"no", "counter", "status", "lines": {part line id: [part id, planned, issued]}}
        self.orders: dict[int, dict[str, Any]] = {}
        self.log: dict[str, Any] = {"seat": seat, "people": self.people, "timings": defaultdict(list),
                                    "intake": [], "estimate": [], "confirm": [], "issue": [], "payment": [],
                                    "refused": Counter(), "retried": Counter(), "errors": Counter(),
                                    "error_examples": {}}

    # what can be done now
    def _with(self, status: str, *, counter: bool | None = None) -> list[int]:
        return [i for i, o in self.orders.items() if o["status"] == status
                and (counter is None or o["counter"] == counter)]

    def _lines_to_issue(self) -> list[tuple[int, int]]:
        return [(order_id, line_id) for order_id, o in self.orders.items()
                if (o["status"] == "confirmed" or (o["status"] == "ready" and o["counter"]))
                for line_id, (_part, planned, issued) in o["lines"].items() if issued < planned]

    def _payable_own(self) -> list[int]:
        return [i for i in self._with("ready", counter=True)
                if all(issued >= planned for _p, planned, issued in self.orders[i]["lines"].values())]

    def warm_up(self) -> None:
        from sqlalchemy import select

        from garage_desktop.db.models import Operator

        with self.db.session_scope() as session:  # a connection open and the ORM loaded, as a started window
            session.scalar(select(Operator.name).where(Operator.id == self.people["advisor"]))

    def run(self) -> None:
        kinds, weights = list(WEIGHTS), list(WEIGHTS.values())
        started = time.time()
        for _ in range(self.actions):
            kind = self.rng.choices(kinds, weights)[0]
            while True:
                target = self._target(kind)
                if target is not None or kind == "intake":
                    break
                kind = FALLBACK[kind]
            self._timed(kind, target)
        self.log["started"], self.log["ended"] = started, time.time()

    def _target(self, kind: str) -> Any:
        rng = self.rng
        if kind == "intake":
            return None
        if kind == "estimate":
            fresh = self._with("received")
            if fresh:
                return rng.choice(fresh)
            again = self._with("estimated")  # a revision now and then
            return rng.choice(again) if again and rng.random() < 0.15 else None
        if kind == "confirm":
            waiting = self._with("estimated")
            return rng.choice(waiting) if waiting else None
        if kind == "issue":
            lines = self._lines_to_issue()
            return rng.choice(lines) if lines else None
        if kind == "payment":
            if rng.random() < OTHER_SEAT_PAYMENT:
                other = self._other_seat_order()
                if other is not None:
                    return other
            own = self._payable_own()
            return rng.choice(own) if own else None
        raise ValueError(kind)

    def _other_seat_order(self) -> int | None:
        """Another seat's counter sale waiting for its money with its parts issued, as the cashier's queue
        shows it (read apart, before the payment)."""
        from sqlalchemy import func, select

        from garage_desktop.db.models import LabourLine, PartLine, RepairOrder

        with self.db.read_scope() as connection:
            short = select(PartLine.id).where(PartLine.order_id == RepairOrder.id,
                                              PartLine.issued_qty < PartLine.planned_qty).exists()
            labour = select(LabourLine.id).where(LabourLine.order_id == RepairOrder.id).exists()
            ids = connection.scalars(select(RepairOrder.id).where(
                RepairOrder.status == "ready", RepairOrder.created_by_id != self.people["advisor"], ~short, ~labour)
                .order_by(func.random()).limit(1)).all()
        return ids[0] if ids else None

    def _timed(self, kind: str, target: Any) -> None:
        from garage_desktop.domain.text import DomainError

        before = time.perf_counter()
        pauses = list(self.retry_pauses)
        while True:
            try:
                getattr(self, f"_do_{kind}")(target)
            except DomainError as refusal:
                self.log["refused"][f"{kind}: {refusal.message}"] += 1
            except Exception as error:  # noqa: BLE001 (counted and reported)
                if pauses and self.is_busy is not None and self.is_busy(error):
                    self.log["retried"][kind] += 1  # rolled back whole: tried again, as the window does
                    time.sleep(pauses.pop(0))
                    continue
                self._error(kind, error)
            break
        self.log["timings"][kind].append((time.perf_counter() - before) * 1000)

    def _error(self, kind: str, error: Exception) -> None:
        cause = getattr(error, "orig", None) or error  # the driver's own words under SQLAlchemy's
        text = str(cause).strip().splitlines()[0][:160] if str(cause).strip() else ""
        key = f"{kind}: {type(error).__module__}.{type(error).__name__}: {text}"
        self.log["errors"][key] += 1
        self.log["error_examples"].setdefault(key, traceback.format_exc(limit=12))

    # the actions: one service call in its own transaction each
    def _do_intake(self, _target: None) -> None:
        from garage_desktop.demo import names
        from garage_desktop.services import clock, intake
        from garage_desktop.services.customers import CustomerForm, VehicleForm

        self.born += 1
        n = self.born
        form = intake.IntakeForm(
            customer=CustomerForm(name=names.person_name(self.rng), phone=f"13{self.seat}{n:08d}"),
            vehicle=VehicleForm(plate=f"粤{'ABCDEFGH'[self.seat]}{self.seat}{n:04d}", make="大眾", model="朗逸"),
            complaint="保養，剎車有異響", mileage=str(10_000 + n * 37), fuel_level=2,
            promised_at=(clock.now() + timedelta(days=2)).replace(second=0, microsecond=0))
        with self.db.session_scope() as session:
            result = intake.receive(session, self.people["advisor"], form)
        self.orders[result.order_id] = {"no": result.order_no, "counter": self.rng.random() < COUNTER_SALE_SHARE,
                                        "status": "received", "lines": {}}
        self.log["intake"].append([result.order_id, result.order_no])

    def _do_estimate(self, order_id: int) -> None:
        from garage_desktop.services import estimate
        from garage_desktop.services.estimate import EstimateDraft, LabourDraft, PartDraft

        rng, order = self.rng, self.orders[order_id]
        parts = tuple(PartDraft(part_id=part_id, quantity=str(rng.randint(1, 2)))
                      for part_id in rng.sample(self.parts, rng.randint(1, 2)))
        labour: tuple[LabourDraft, ...] = ()
        if not order["counter"]:
            labour = tuple(LabourDraft(operation_code=code) for code in rng.sample(OPERATION_CODES, rng.randint(1, 2)))
            if rng.random() < 0.3:  # a part bought in for this car: not from the stock
                parts += (PartDraft(name="外購件", unit="個", quantity="1", unit_price="88.00"),)
        draft = EstimateDraft(diagnosis="壓測", labour=labour, parts=parts, notify_above="2000",
                              may_replace_found_parts=True)
        with self.db.session_scope() as session:
            view = estimate.save_estimate(session, self.people["advisor"], order_id, draft)
        order["status"] = "estimated"
        order["lines"] = {line.id: [line.part_id, line.quantity, Decimal(0)] for line in view.parts
                          if line.part_id is not None}
        self.log["estimate"].append([order_id, len(view.labour), len(view.parts), str(view.totals.total)])

    def _do_confirm(self, order_id: int) -> None:
        from garage_desktop.services import estimate

        with self.db.session_scope() as session:
            view = estimate.confirm(session, self.people["advisor"], order_id, customer_name="林志明")
        self.orders[order_id]["status"] = view.status.value
        self.log["confirm"].append([order_id, view.status.value])

    def _do_issue(self, target: tuple[int, int]) -> None:
        from garage_desktop.services import picking_actions

        order_id, line_id = target
        line = self.orders[order_id]["lines"][line_id]
        with self.db.session_scope() as session:
            picking_actions.issue(session, self.people["store"], line_id, "1")
        line[2] += 1
        self.log["issue"].append([order_id, line_id, line[0], "1"])

    def _do_payment(self, order_id: int) -> None:
        from garage_desktop.domain.text import DomainError
        from garage_desktop.services import checkout
        from garage_desktop.services.checkout_state import checkout_state

        with self.db.session_scope() as session:  # the cashier's screen, a moment before
            balance = checkout_state(session, order_id).balance
        rng = self.rng
        amount = balance
        if balance > 100 and rng.random() < 0.5:
            amount = (balance / 2).quantize(Decimal("0.01"))
        method = rng.choice(("cash", "wechat", "alipay", "card"))
        try:
            with self.db.session_scope() as session:
                result = checkout.take_payment(session, self.people["cashier"], order_id, method, amount)
        except DomainError:
            if order_id in self.orders:  # another cashier settled it meanwhile: off this seat's list
                self.orders[order_id]["status"] = "paid elsewhere"
            raise
        if result.settled and order_id in self.orders:
            self.orders[order_id]["status"] = "settled"
        self.log["payment"].append([order_id, result.payment_id, str(result.amount), result.settled])


def seat_main(args: argparse.Namespace) -> int:
    setup = json.loads(Path(args.setup).read_text())
    seat = Seat(setup, args.seat, args.actions, args.retry)
    seat.warm_up()
    print("ready", flush=True)
    if sys.stdin.readline().strip() != "go":
        return 1
    try:
        seat.run()
    finally:
        seat.db.dispose()
    Path(args.out).write_text(json.dumps(seat.log, default=str))
    return 0


# --- the checks -----------------------------------------------------------------------------------------------
def run_checks(setup: dict[str, Any], logs: list[dict[str, Any]], db_file: Path | None) -> dict[str, list[str]]:
    """What is wrong, by check: each a list of findings (empty: the check passed)."""
    from sqlalchemy import func, select

    from garage_desktop.db.engine import Database
    from garage_desktop.db.models import (
        EstimateRevision,
        LabourLine,
        Part,
        PartLine,
        Payment,
        QcInspection,
        RepairOrder,
        StockMovement,
    )
    from garage_desktop.services import garage_file, garage_server, picking, stock
    from garage_desktop.services.checkout_state import checkout_state

    found: dict[str, list[str]] = {"duplicates": [], "lost": [], "integrity": [], "errors": []}
    db = Database(setup["url"])
    try:
        with db.session_scope() as s:
            # --- duplicates
            for what, columns in (("order number", (RepairOrder.order_no,)),
                                  ("certificate number", (QcInspection.certificate_no,)),
                                  ("estimate revision", (EstimateRevision.order_id, EstimateRevision.revision)),
                                  ("labour line number", (LabourLine.order_id, LabourLine.seq)),
                                  ("part line number", (PartLine.order_id, PartLine.seq))):
                rows = s.execute(select(*columns, func.count()).where(columns[0].is_not(None))
                                 .group_by(*columns).having(func.count() > 1)).all()
                found["duplicates"] += [f"{what} {tuple(row[:-1])} ×{row[-1]}" for row in rows]
            # --- lost updates: what each seat logged is in the database
            issued_by_part: Counter[int] = Counter()
            issued_by_line: Counter[int] = Counter()
            for log in logs:
                seat, people = log["seat"], log["people"]
                numbers = dict(s.execute(select(RepairOrder.id, RepairOrder.order_no)
                                         .where(RepairOrder.created_by_id == people["advisor"])).all())
                logged = {order_id: number for order_id, number in log["intake"]}
                if numbers != logged:
                    missing = {k: v for k, v in logged.items() if numbers.get(k) != v}
                    found["lost"].append(f"seat {seat}: {len(logged)} orders received, the database has "
                                         f"{len(numbers)} of its advisor's (differing: {list(missing.items())[:3]})")
                last_estimate: dict[int, list[Any]] = {}
                saves: Counter[int] = Counter()
                for order_id, labour, parts, total in log["estimate"]:
                    last_estimate[order_id] = [labour, parts, total]
                    saves[order_id] += 1
                for order_id, (labour, parts, total) in last_estimate.items():
                    has_labour = s.scalar(select(func.count()).select_from(LabourLine)
                                          .where(LabourLine.order_id == order_id))
                    has_parts = s.scalar(select(func.count()).select_from(PartLine)
                                         .where(PartLine.order_id == order_id))
                    revisions = s.scalar(select(func.count()).select_from(EstimateRevision)
                                         .where(EstimateRevision.order_id == order_id))
                    if (has_labour, has_parts, revisions) != (labour, parts, saves[order_id]):
                        found["lost"].append(f"seat {seat}: order {order_id} estimate saved {saves[order_id]}× with "
                                             f"{labour}+{parts} lines; database: {revisions} revisions, "
                                             f"{has_labour}+{has_parts} lines")
                for _order_id, line_id, part_id, quantity in log["issue"]:
                    issued_by_part[part_id] += Decimal(quantity)
                    issued_by_line[line_id] += Decimal(quantity)
                paid = s.execute(select(Payment.id, Payment.order_id, Payment.amount)
                                 .where(Payment.created_by_id == people["cashier"], Payment.kind == "payment")).all()
                in_db = {pid: (order_id, amount) for pid, order_id, amount in paid}
                for order_id, payment_id, amount, _settled in log["payment"]:
                    if in_db.get(payment_id) != (order_id, Decimal(amount)):
                        found["lost"].append(f"seat {seat}: payment {payment_id} of ¥{amount} on order {order_id} "
                                             f"is {in_db.get(payment_id)} in the database")
                logged_sum = sum((Decimal(p[2]) for p in log["payment"]), Decimal(0))
                db_sum = sum((amount for _o, amount in in_db.values()), Decimal(0))
                if (len(in_db), db_sum) != (len(log["payment"]), logged_sum):
                    found["lost"].append(f"seat {seat}: {len(log['payment'])} payments ¥{logged_sum} logged, "
                                         f"{len(in_db)} ¥{db_sum} in the database")
            start = Decimal(setup["start_stock"])
            for part_id in setup["parts"]:
                on_hand = s.scalar(select(Part.on_hand).where(Part.id == part_id))
                moved = s.scalar(select(func.coalesce(func.sum(StockMovement.quantity), 0))
                                 .where(StockMovement.part_id == part_id))
                expected = start - issued_by_part[part_id]
                if not (on_hand == Decimal(moved) == expected):
                    found["lost"].append(f"part {part_id}: on hand {on_hand}, movements sum {moved}, start − logged "
                                         f"issues {expected}")
            lines = dict(s.execute(select(PartLine.id, PartLine.issued_qty)
                                   .where(PartLine.id.in_(list(issued_by_line) or [0]))).all())
            for line_id, quantity in issued_by_line.items():
                booked = s.scalar(select(func.coalesce(func.sum(StockMovement.quantity), 0))
                                  .where(StockMovement.part_line_id == line_id))
                if not (lines.get(line_id) == quantity == -Decimal(booked)):
                    found["lost"].append(f"part line {line_id}: logged {quantity} issued, line says "
                                         f"{lines.get(line_id)}, movements {booked}")
            paid_orders = {p[0] for log in logs for p in log["payment"]}
            for order_id in sorted(paid_orders):
                state = checkout_state(s, order_id)
                if state.balance < 0:
                    found["lost"].append(f"order {order_id}: paid ¥{-state.balance} more than it owes")
                elif state.balance == 0 and state.status.value not in ("settled", "delivered"):
                    found["lost"].append(f"order {order_id}: paid in full but {state.status.value}")
            # --- integrity: the program's own checks
            for part_id, on_hand, summed in stock.ledger_mismatches(s):
                found["integrity"].append(f"stock ledger: part {part_id} on hand {on_hand}, movements {summed}")
            touched = {i for log in logs for i, _n in log["intake"]}
            for order_id in sorted(touched):
                for problem in picking.reconciliation(s, order_id).problems:
                    if problem.kind in ("ledger", "stray"):
                        found["integrity"].append(f"order {order_id}: {problem.text()}")
        result = garage_file.check(db_file) if db_file is not None else garage_server.check(setup["url"])
        if not result.ok or result.health.value != "current":
            found["integrity"].append(f"check: {result.health.value} {result.detail}")
        setup["audit_events"] = result.events
    finally:
        db.dispose()
    errors: Counter[str] = Counter()
    seats_of: dict[str, list[int]] = defaultdict(list)
    for log in logs:
        for key, count in log["errors"].items():
            errors[key] += count
            seats_of[key].append(log["seat"])
    found["errors"] = [f"{count}× {key} (seats {', '.join(map(str, sorted(seats_of[key])))})"
                       for key, count in errors.most_common()]
    return found


# --- the parent: a run per backend ----------------------------------------------------------------------------
def run_seats(setup_file: Path, seats: int, actions: int, scratch: Path,
              retry: bool = False) -> tuple[list[dict[str, Any]], float]:
    children = []
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    for seat in range(seats):
        out = scratch / f"seat{seat}.json"
        command = [sys.executable, str(Path(__file__).resolve()), "--seat", str(seat), "--setup", str(setup_file),
                   "--actions", str(actions), "--out", str(out), *(["--retry"] if retry else [])]
        children.append((subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                          env=env, cwd=ROOT), out))
    for child, _out in children:  # every seat connected and its modules imported: start them together
        line = child.stdout.readline() if child.stdout else ""
        if line.strip() != "ready":
            raise SystemExit(f"a seat did not start: {line!r}")
    started = time.time()
    for child, _out in children:
        assert child.stdin is not None
        child.stdin.write("go\n")
        child.stdin.flush()
    for child, _out in children:
        if child.wait() != 0:
            raise SystemExit(f"a seat failed (exit {child.returncode})")
    logs = [json.loads(out.read_text()) for _child, out in children]
    wall = max(log["ended"] for log in logs) - started
    return logs, wall


def one_run(backend: str, login_url: str | None, seats: int, actions: int, scratch: Path,
            keep: bool = False, retry: bool = False) -> dict[str, Any]:
    from garage_desktop.db import server

    db_file: Path | None = None
    name = ""
    if backend == "postgresql":
        assert login_url is not None
        name = f"garage_seats_{os.getpid()}_{int(time.time())}"
        server.create_database(login_url, name)
        url = server_url(login_url, name)
    else:
        db_file = (Path(tempfile.mkdtemp(prefix="bench-seats-kept-")) if keep else scratch) / "seats.sqlite3"
        url = f"sqlite:///{db_file}"
    try:
        setup = set_up(url, seats)
        setup_file = scratch / "setup.json"
        setup_file.write_text(json.dumps(setup))
        logs, wall = run_seats(setup_file, seats, actions, scratch, retry)
        found = run_checks(setup, logs, db_file)
    finally:
        if keep:
            print(f"  kept: {server.shown(url) if name else db_file}", flush=True)
        elif name:
            server.drop_database(login_url, name)
        elif db_file is not None:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db_file}{suffix}").unlink(missing_ok=True)
    timings: dict[str, list[float]] = defaultdict(list)
    refused: Counter[str] = Counter()
    retried: Counter[str] = Counter()
    for log in logs:
        for kind, values in log["timings"].items():
            timings[kind] += values
        refused.update(log["refused"])
        retried.update(log["retried"])
    done = sum(len(values) for values in timings.values())
    return {"backend": backend, "seats": seats, "actions": done, "wall": wall, "rate": done / wall,
            "timings": timings, "found": found, "refused": refused, "retried": retried, "audit_events": setup.get("audit_events", 0),
            "examples": {k: v for log in logs for k, v in log["error_examples"].items()}}


def report(runs: list[dict[str, Any]], tracebacks: bool = False) -> dict[str, Any]:
    """Print one backend's figures (median of the runs) and its checks (of every run)."""
    first = runs[0]
    rate = statistics.median(r["rate"] for r in runs)
    wall = statistics.median(r["wall"] for r in runs)
    print(f"\n{first['backend']}: {first['seats']} seats × {first['actions'] // first['seats']} actions, "
          f"{len(runs)} run(s): wall {wall:.1f} s, {rate:.1f} actions/s (median)")
    print(f"  {'action':<10} {'count':>6} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    p95_all = []
    for kind in TYPES:
        counts = [len(r["timings"].get(kind, [])) for r in runs]
        p50 = statistics.median(percentile(r["timings"].get(kind, []), 0.5) for r in runs)
        p95 = statistics.median(percentile(r["timings"].get(kind, []), 0.95) for r in runs)
        top = max(max(r["timings"].get(kind, [0])) for r in runs)
        print(f"  {kind:<10} {int(statistics.median(counts)):>6} {p50:>8.1f} {p95:>8.1f} {top:>8.0f}")
    p95_all = statistics.median(percentile([v for vs in r["timings"].values() for v in vs], 0.95) for r in runs)
    print(f"  {'all':<10} {'':>6} {'':>8} {p95_all:>8.1f}")
    refused: Counter[str] = Counter()
    for r in runs:
        refused.update(r["refused"])
    if refused:
        print("  refused by the program (expected: the order changed meanwhile):")
        for key, count in refused.most_common():
            print(f"    {count:>5}× {key}")
    retried: Counter[str] = Counter()
    for r in runs:
        retried.update(r["retried"])
    if retried:
        print(f"  tried again after a busy error (--retry): {sum(retried.values())} "
              f"({', '.join(f'{k} {v}' for k, v in retried.most_common())})")
    totals = {}
    print(f"  checks (audit trail: {first['audit_events']} events checked):")
    for check, label in (("lost", "lost updates"), ("duplicates", "duplicate numbers"),
                         ("integrity", "integrity problems"), ("errors", "errors")):
        findings = [f for r in runs for f in r["found"][check]]
        count = sum(int(f.split("× ", 1)[0]) for f in findings) if check == "errors" else len(findings)
        totals[check] = count
        print(f"    {label:<20} {count}")
        for finding in findings[:12]:
            print(f"      {finding}")
        if len(findings) > 12:
            print(f"      … {len(findings) - 12} more")
    for key, example in list({k: v for r in runs for k, v in r["examples"].items()}.items()) if tracebacks else []:
        print(f"  first traceback of {key!r}:\n" + "\n".join("    " + x for x in example.rstrip().splitlines()))
    return {"rate": rate, "p95": p95_all, **totals}


def start_server(folder: Path) -> str:
    out = subprocess.run([str(ROOT / ".ci" / "pg_server"), "start", str(folder)], check=False, capture_output=True,
                         text=True)
    if out.returncode != 0:
        raise SystemExit(f".ci/pg_server start failed: {out.stderr.strip()}")
    return out.stdout.strip().splitlines()[-1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", help="a PostgreSQL login that may create databases (postgresql+psycopg://…)")
    parser.add_argument("--start-server", action="store_true", help="start a throwaway server by .ci/pg_server")
    parser.add_argument("--only", choices=("postgresql", "sqlite"))
    parser.add_argument("--actions", type=int, default=500, help="actions per seat (500)")
    parser.add_argument("--runs", type=int, default=1, help="runs per backend; the figures are their median (1)")
    parser.add_argument("--pg-seats", type=int, default=4)
    parser.add_argument("--sqlite-seats", type=int, default=2)
    parser.add_argument("--retry", action="store_true",
                        help="try an action again after a busy error (db.engine.is_busy), as the window does")
    parser.add_argument("--tracebacks", action="store_true", help="print the first traceback of each error")
    parser.add_argument("--keep", action="store_true", help="keep the scratch databases (their URLs are printed)")
    parser.add_argument("--seat", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--setup", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.seat is not None:
        return seat_main(args)
    sys.path.insert(0, str(ROOT))
    backends = [args.only] if args.only else ["postgresql", "sqlite"]
    summary: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-seats-") as folder:
        scratch = Path(folder)
        # The server runs as an unprivileged user when this runs as root (.ci/pg_server): a folder it may enter.
        pg_root = Path(tempfile.mkdtemp(prefix="bench-seats-pg-"))
        pg_root.chmod(0o711)
        pg_folder = pg_root / "pg"
        login = args.url
        try:
            if "postgresql" in backends and not login:
                if not args.start_server:
                    parser.error("PostgreSQL needs --url or --start-server (or --only sqlite)")
                login = start_server(pg_folder)
                print(f"started a throwaway server in {pg_folder}", flush=True)
            for backend in backends:
                seats = args.pg_seats if backend == "postgresql" else args.sqlite_seats
                runs = []
                for n in range(args.runs):
                    work = scratch / f"{backend}{n}"
                    work.mkdir()
                    print(f"{backend}: run {n + 1}/{args.runs}, {seats} seats × {args.actions} actions …",
                          flush=True)
                    runs.append(one_run(backend, login, seats, args.actions, work, args.keep, args.retry))
                summary[backend] = {"seats": seats, **report(runs, args.tracebacks)}
        finally:
            if args.start_server and pg_folder.exists():
                subprocess.run([str(ROOT / ".ci" / "pg_server"), "stop", str(pg_folder)], check=False)
            shutil.rmtree(pg_root, ignore_errors=True)
    parts = [f"{b} {v['seats']}×{args.actions} {v['rate']:.1f} actions/s p95 {v['p95']:.0f} ms"
             for b, v in summary.items()]
    totals = {k: sum(v[k] for v in summary.values()) for k in ("lost", "duplicates", "integrity", "errors")}
    print(f"\nseats: {'; '.join(parts)}; lost {totals['lost']}, duplicates {totals['duplicates']}, "
          f"integrity {totals['integrity']}, errors {totals['errors']}")
    return 1 if any(totals.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
