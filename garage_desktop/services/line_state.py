"""The state of an order's lines that added work and the work order both read: the customer's answers to added
work (``approvals_of``), each line's approval (``line_approval``), and the board's "who has it" in the workshop
(``workshop_holder``).

``services.added_work`` records the answers (and sets the holder when the last answer sends the car back to
work); ``services.work_order`` dispatches, starts and finishes the lines. Both import this module, neither the
other back.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from garage_desktop.db.models import Approval, LabourLine, Operator, PartLine, RepairOrder

KIND = "added_work"  # the ``Approval.kind`` of added work
# The length of ``RepairOrder.holder`` and ``LabourLine.team``.
HOLDER_LIMIT = 40


def approvals_of(session: Session, order_id: int) -> dict[int, bool | None]:
    """approval id → the customer's answer (None while pending), for the order's added work."""
    return dict(session.execute(select(Approval.id, Approval.approved)
                                .where(Approval.order_id == order_id, Approval.kind == KIND)).all())


def line_approval(line: LabourLine | PartLine, approvals: dict[int, bool | None]) -> str:
    """"" for the estimate's own line (and for an extra part the store issued on the inspector's 用料批條, which is
    not the customer's added work); "pending", "approved" or "declined" for added work."""
    if not line.added or (line.approval_id is not None and line.approval_id not in approvals):
        return ""
    answer = approvals.get(line.approval_id) if line.approval_id is not None else None
    return "pending" if answer is None else "approved" if answer else "declined"


def workshop_holder(session: Session, order: RepairOrder) -> str:
    """The teams (and mechanics) of the order's dispatched lines, like the board shows them, cut to fit."""
    approvals = approvals_of(session, order.id)
    ids = {line.mechanic_id for line in order.labour_lines if line.mechanic_id}
    names = dict(session.execute(select(Operator.id, Operator.name).where(Operator.id.in_(ids))).all()) if ids else {}
    seen: list[str] = []
    for line in order.labour_lines:
        if line_approval(line, approvals) == "declined":
            continue
        who = " ".join(p for p in ((line.team or "").strip(), names.get(line.mechanic_id or 0, "")) if p)
        if who and who not in seen:
            seen.append(who)
    text = ", ".join(seen)
    return text if len(text) <= HOLDER_LIMIT else text[:HOLDER_LIMIT - 1] + "…"
