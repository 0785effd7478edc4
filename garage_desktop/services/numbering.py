"""The garage's own numbers — order numbers (WO20261128-001), completion certificate numbers (HG2026-00001) and
settlement list numbers (JS2026-000001) — given one at a time, even when two PCs ask at the same moment.

A number is the highest one given so far plus one, read inside the transaction that writes it. Two seats
receiving a walk-in at the same moment would both read the same highest number, and the second to commit would
fail on the unique column (a raw IntegrityError for the advisor). So the reader first takes the counter's lock:

- PostgreSQL: the transaction-level advisory lock the audit trail's writers take (``db.audit_chain.
  hold_write_lock``), released at commit or rollback. The second seat waits at ``hold`` until the first has
  committed, then reads (READ COMMITTED: each statement sees what was committed before it) the number the first
  one wrote, and takes the next. One lock for both: a seat holding one never waits for the other's.
- SQLite: one transaction writes at a time, and its write lock is what serialises the seats (one window per
  file, but threads of it, or a script beside it). The transaction takes it here, by a write that changes
  nothing, if it has not written yet: the number is read under the lock.

The settlement list and the receipt carry the order number; an extra-work slip's number is its approval's id
(``picking_documents.slip_number``), given by the database's sequence (``db.sequences`` keeps those right after
rows written with their ids).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from garage_desktop.db import audit_chain
from garage_desktop.db.models import QcInspection, RepairOrder
from garage_desktop.domain import ehr as ehr_rules
from garage_desktop.domain import qc as rules

ORDER_NO = "order_no"
CERTIFICATE_NO = "certificate_no"
SETTLEMENT_NO = "settlement_no"


def hold(session: Session, counter: str) -> None:
    """Take ``counter``'s lock until this transaction ends (PostgreSQL; see the module's notes for SQLite)."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        audit_chain.hold_write_lock(session.connection())
    elif dialect == "sqlite":
        # The driver begins the transaction before a write (not before a read): this one takes the write lock
        # (waiting up to busy_timeout for another writer to finish) and changes no row.
        session.connection().exec_driver_sql(
            "UPDATE alembic_version SET version_num = version_num WHERE version_num IS NULL")


def next_order_no(session: Session, when: datetime) -> str:
    """The next order number of ``when``'s day: WO20261128-001, -002, ... (-1000 after -999). Call it in the
    transaction that writes the order: the number is this transaction's until it ends."""
    hold(session, ORDER_NO)
    prefix = f"WO{when:%Y%m%d}-"
    # The longest number is the highest ("-1000" sorts before "-999" as text).
    last = session.scalar(select(RepairOrder.order_no).where(RepairOrder.order_no.startswith(prefix))
                          .order_by(func.length(RepairOrder.order_no).desc(), RepairOrder.order_no.desc())
                          .limit(1))
    seq = int(last.rsplit("-", 1)[1]) + 1 if last else 1
    return f"{prefix}{seq:03d}"


def next_certificate_no(session: Session, year: int) -> str:
    """The next completion certificate number of ``year`` (HG2026-00001, ...), in the transaction that writes
    the certificate."""
    hold(session, CERTIFICATE_NO)
    prefix = rules.certificate_number(year, 0)[:-5]
    numbers = session.scalars(select(QcInspection.certificate_no)
                              .where(QcInspection.certificate_no.startswith(prefix)))
    last = max((int(n[len(prefix):]) for n in numbers if n and n[len(prefix):].isdigit()), default=0)
    return rules.certificate_number(year, last + 1)


def next_settlement_no(session: Session, year: int) -> str:
    """The next settlement list number (結算清單編號) of ``year`` (JS2026-000001, ...), in the transaction that
    settles the order."""
    hold(session, SETTLEMENT_NO)
    prefix = ehr_rules.settlement_number(year, 0)[:-6]
    # Fixed width (six digits a year): the highest as text is the highest, read from the column's unique index.
    highest = session.scalar(select(func.max(RepairOrder.settlement_no))
                             .where(RepairOrder.settlement_no.startswith(prefix)))
    tail = highest[len(prefix):] if highest else ""
    return ehr_rules.settlement_number(year, (int(tail) if tail.isdigit() else 0) + 1)
