"""Crash-proof saves: a child process runs the program's save path in a burst of order changes and is killed
with SIGKILL at random moments; afterwards the file passes its integrity check and every order is wholly before
or wholly after each change (one user action = one transaction, synchronous=FULL, WAL)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from garage_desktop.db.backup import check_file
from garage_desktop.db.engine import Database
from garage_desktop.db.migrate import upgrade
from garage_desktop.db.models import AuditEvent, RepairOrder
from garage_desktop.services import bootstrap

KILLS = 50

# The child: each change is one service-style transaction that writes several rows and columns of one order,
# all stamped with the same counter; a torn write would leave them disagreeing.
CHILD = r"""
import sys
from garage_desktop.db.engine import Database
from garage_desktop.db.models import AuditEvent, RepairOrder
from garage_desktop.services import audit, clock

db = Database(sys.argv[1])
print("ready", flush=True)
n = 0
while True:
    n += 1
    with db.session_scope() as session:
        order = session.get(RepairOrder, 1 + n % 3)
        counter = int(order.complaint or 0) + 1
        order.complaint = str(counter)
        order.diagnosis = f"change {counter}"
        order.mileage_in = counter
        order.updated_at = clock.now()
        audit.record(session, None, "burst", "repair_order", order.id, order_id=order.id, after=counter)
"""


def _prepare(path: Path) -> str:
    url = f"sqlite:///{path}"
    db = Database(url)
    upgrade(db.engine)
    from datetime import datetime

    from garage_desktop.domain.classes import JobClass, Payer, RegulatoryClass
    from garage_desktop.domain.lifecycle import OrderStatus

    with db.session_scope() as session:
        bootstrap.ensure_first_operator(session)
        for i in range(3):
            session.add(RepairOrder(order_no=f"WO-CRASH-{i}", status=OrderStatus.RECEIVED, job_class=JobClass.MINOR,
                                    regulatory_class=RegulatoryClass.MINOR_REPAIR, payer=Payer.SELF, complaint="0",
                                    diagnosis="change 0", mileage_in=0, created_at=datetime(2026, 11, 28),
                                    updated_at=datetime(2026, 11, 28)))
    db.dispose()
    return url


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_during_a_burst_of_changes_never_tears_an_order(tmp_path: Path) -> None:
    path = tmp_path / "crash.sqlite3"
    url = _prepare(path)
    rng = random.Random(1133)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    for _ in range(KILLS):
        child = subprocess.Popen([sys.executable, "-c", CHILD, url], stdout=subprocess.PIPE, env=env)
        assert child.stdout is not None and child.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0.01, 0.15))
        child.send_signal(signal.SIGKILL)
        child.wait()

    result = check_file(path)
    assert result.ok, result.integrity
    db = Database(url)
    with db.session_scope() as session:
        total_changes = 0
        for order in session.scalars(select(RepairOrder)):
            counter = int(order.complaint)
            assert order.diagnosis == f"change {counter}"
            assert order.mileage_in == counter
            audited = session.scalar(select(func.count()).select_from(AuditEvent)
                                     .where(AuditEvent.order_id == order.id, AuditEvent.action == "burst"))
            assert audited == counter  # every committed change has its audit row, and no audit row is orphaned
            total_changes += counter
    db.dispose()
    assert total_changes > KILLS  # the children really did write between the kills
