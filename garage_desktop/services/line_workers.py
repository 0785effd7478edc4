"""Who worked each labour line: the lead (``LabourLine.mechanic_id``) alone, or several mechanics with shares.

Kept apart from ``services.work_order`` (which clears the shares when a line is dispatched again) and
``services.commission`` (which sets them and counts them), so neither imports the other.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from garage_desktop.db.models import LabourLineWorker
from garage_desktop.services.report_records import chunked


def shares_of(session: Session, line_ids: Iterable[int]) -> dict[int, list[tuple[int, int]]]:
    """(operator id, share) of each line that has several workers, the lead first then by id."""
    found: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for chunk in chunked(line_ids):
        for line_id, operator_id, share in session.execute(
                select(LabourLineWorker.labour_line_id, LabourLineWorker.operator_id, LabourLineWorker.share)
                .where(LabourLineWorker.labour_line_id.in_(chunk)).order_by(LabourLineWorker.id)).all():
            found[line_id].append((operator_id, share))
    return dict(found)


def workers(lead: int | None, shares: list[tuple[int, int]] | None) -> list[tuple[int | None, int]]:
    """The workers of a line: its shares when it has some, else its lead alone (None: a team, no mechanic)."""
    return list(shares) if shares else [(lead, 1)]


def clear(session: Session, line_id: int) -> None:
    """Forget a line's shares (a new dispatch names its workers afresh); the dispatch's audit event records it."""
    session.execute(delete(LabourLineWorker).where(LabourLineWorker.labour_line_id == line_id))


def replace(session: Session, line_id: int, shares: list[tuple[int, int]]) -> None:
    clear(session, line_id)
    for operator_id, share in shares:
        session.add(LabourLineWorker(labour_line_id=line_id, operator_id=operator_id, share=share))
