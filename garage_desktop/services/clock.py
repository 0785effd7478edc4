"""The current time, in one place so tests can fix it."""

from __future__ import annotations

from datetime import datetime

_fixed: datetime | None = None


def now() -> datetime:
    """Local wall-clock time, to the second (the garage works in one time zone)."""
    return _fixed if _fixed is not None else datetime.now().replace(microsecond=0)


def set_fixed(moment: datetime | None) -> None:
    """Tests: freeze the clock at ``moment`` (None to release it)."""
    global _fixed
    _fixed = moment
