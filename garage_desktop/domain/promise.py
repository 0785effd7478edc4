"""The promised completion time, and the one 准時交車率 is measured against (DOMAIN.md, on-time delivery).

The promise in force is the original one, replaced only by a new time the customer agreed *before* the old one
passed. A new time agreed later is still the time everybody works to (the board, the work order, the customer),
but the on-time rate keeps measuring against the promise that was missed: the delay counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Promises:
    promised_at: datetime | None  # what the customer was last told
    in_force_at: datetime | None  # None: ``promised_at`` is in force

    @property
    def for_kpi(self) -> datetime | None:
        return self.in_force_at if self.in_force_at is not None else self.promised_at


def repromise(current: Promises, new: datetime | None, agreed_at: datetime) -> Promises:
    """The promises after the customer agreed to ``new`` at ``agreed_at``."""
    if new == current.promised_at:
        return current
    in_force = current.for_kpi
    if in_force is not None and agreed_at > in_force:  # agreed after the promise in force had passed
        return Promises(new, in_force)
    return Promises(new, None)
