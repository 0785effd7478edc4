"""A tab behind another reads nothing when the garage's data changes (issue 20): the change only marks it stale, and
it reads once when it comes forward. Before, every change made every tab read its order again, whichever was on
screen."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent


class ReadWhenShown:
    """Mixed into a tab, before ``QWidget``: the tab names the change topics it shows (``REFRESH_TOPICS``) and reads
    itself in ``reload``, which clears ``_stale``."""

    REFRESH_TOPICS: frozenset[str] = frozenset()
    _stale = False  # changed while behind another tab: read again when it comes forward

    def on_data_changed(self, topics: frozenset[str]) -> None:
        if topics & self.REFRESH_TOPICS:
            if self.isVisible():  # type: ignore[attr-defined]
                self.reload()  # type: ignore[attr-defined]
            else:
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # type: ignore[misc]
        if self._stale:
            self.reload()  # type: ignore[attr-defined]
