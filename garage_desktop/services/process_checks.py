"""維修作業 3 Process checks: the inspector tracks quality during the repair (檢驗員在整個維修過程中要實施質量跟蹤).

While a line is being worked — started and not yet finished, the car in repair, waiting for an added item's answer,
or back in rework — the inspector records a check on it: OK (with an optional note), or a problem with what was
found and what was done about it (both required: a problem recorded without its remedy would be a note, not a
check). A finished line is the final QC's to judge; a line not started has nothing to look at yet. The checks
show at final QC (the QC tab), on the QC sheet (竣工檢驗單) and in the vehicle's record.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from garage_desktop.db.models import LabourLine, Operator, ProcessCheck
from garage_desktop.domain import limits
from garage_desktop.domain.classes import Role
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError
from garage_desktop.services import audit, clock, orders, permissions

S = OrderStatus
CHECKERS = (Role.INSPECTOR,)
RESULTS = ("ok", "problem")
# The car is in the workshop and its lines are being worked.
WORKED: frozenset[OrderStatus] = frozenset({S.IN_REPAIR, S.AWAITING_APPROVAL, S.REWORK})

NOT_WORKED = QT_TRANSLATE_NOOP("Domain", "Process checks are recorded while the car is being repaired.")
NO_LINE = QT_TRANSLATE_NOOP("Domain", "There is no repair line {ref} on this order.")
LINE_NOT_STARTED = QT_TRANSLATE_NOOP("Domain", "Line {line} has not been started: check it once the mechanic is "
                                               "working on it.")
LINE_FINISHED = QT_TRANSLATE_NOOP("Domain", "Line {line} is finished: it is judged at final QC now.")
BAD_RESULT = QT_TRANSLATE_NOOP("Domain", "Choose OK or a problem.")
NO_FINDING = QT_TRANSLATE_NOOP("Domain", "Say what problem was found.")
NO_ACTION = QT_TRANSLATE_NOOP("Domain", "Say what was done about the problem (redone, part replaced, adjusted…).")


@dataclass(frozen=True)
class ProcessCheckView:
    id: int
    line_id: int
    line_label: str  # "1. 更換剎車片"
    checked_at: datetime
    result: str  # ok / problem
    finding: str
    action: str
    inspector: str

    @property
    def problem(self) -> bool:
        return self.result == "problem"


def line_label(line: LabourLine) -> str:
    return f"{line.seq}. {line.name}"


def line_refusal(status: OrderStatus, line: LabourLine) -> DomainError | None:
    """Why the inspector cannot check ``line`` now (None: it is being worked)."""
    if status not in WORKED:
        return DomainError(NOT_WORKED)
    if line.started_at is None:
        return DomainError(LINE_NOT_STARTED, line=line_label(line))
    if line.finished_at is not None:
        return DomainError(LINE_FINISHED, line=line_label(line))
    return None


def refusals(session: Session, actor: int | None, order_id: int) -> dict[int, DomainError | None]:
    """Per labour line of the order, why the operator cannot record a check on it now (None: they can)."""
    order = orders.get_order(session, order_id)
    try:
        permissions.require(session, actor, *CHECKERS)
        role: DomainError | None = None
    except DomainError as error:
        role = error
    return {line.id: line_refusal(order.status, line) or role for line in order.labour_lines}


def checks_by_order(session: Session, order_ids: list[int]) -> dict[int, list[ProcessCheckView]]:
    """The process checks of each order, oldest first (only orders that have any)."""
    if not order_ids:
        return {}
    rows = session.execute(
        select(ProcessCheck, LabourLine.seq, LabourLine.name, Operator.name)
        .join(LabourLine, LabourLine.id == ProcessCheck.labour_line_id)
        .outerjoin(Operator, Operator.id == ProcessCheck.inspector_id)
        .where(ProcessCheck.order_id.in_(order_ids))
        .order_by(ProcessCheck.checked_at, ProcessCheck.id)).all()
    found: dict[int, list[ProcessCheckView]] = {}
    for check, seq, name, inspector in rows:
        found.setdefault(check.order_id, []).append(ProcessCheckView(
            check.id, check.labour_line_id, f"{seq}. {name}", check.checked_at, check.result, check.finding or "",
            check.action or "", inspector or ""))
    return found


def checks_of(session: Session, order_id: int) -> list[ProcessCheckView]:
    return checks_by_order(session, [order_id]).get(order_id, [])


def record_check(session: Session, actor: int | None, order_id: int, line_id: int, result: str, finding: str = "",
                 action: str = "") -> ProcessCheckView:
    """The inspector checked a line being worked: ``ok`` (``finding`` an optional note) or ``problem`` (what was
    found, and the ``action`` taken about it)."""
    permissions.require(session, actor, *CHECKERS)
    order = orders.get_order(session, order_id)
    line = session.get(LabourLine, line_id)
    if line is None or line.order_id != order.id:
        raise DomainError(NO_LINE, field="line", ref=f"#{line_id}")
    why = line_refusal(order.status, line)
    if why is not None:
        raise DomainError(why.message, field="line", **why.params)
    if result not in RESULTS:
        raise DomainError(BAD_RESULT, field="result")
    seen = limits.QC_NOTE.check((finding or "").strip(), "finding")
    done = limits.QC_NOTE.check((action or "").strip(), "action")
    if result == "problem" and not seen:
        raise DomainError(NO_FINDING, field="finding")
    if result == "problem" and not done:
        raise DomainError(NO_ACTION, field="action")
    check = ProcessCheck(order_id=order.id, labour_line_id=line.id, checked_at=clock.now(), result=result,
                         finding=seen, action=done if result == "problem" else "", inspector_id=actor)
    session.add(check)
    session.flush()
    audit.record(session, actor, "process_check", "process_check", check.id, order_id=order.id, after={
        "line": line_label(line), "result": result, "finding": seen, "action": check.action})
    return checks_of(session, order.id)[-1]
