"""The window's receivables kept between openings of the receivables dialog (issue 20): one
``services.receivables_cache.ReceivablesCache`` per window (``ReceivablesReader.of``), read whole on a worker after
start-up (``read_ahead``, from ``ui.app``), then kept up to date from the audit trail whenever the dialog opens or
Checkout shows what is owed (``fresh``: a lookup or two when nothing changed). When the trail says to start over (an
insurer or a car edited, a restored file) it is read whole again on the worker; meanwhile the dialog says it is
reading and Checkout sums the total in the database.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from garage_desktop.services.receivables_cache import ReceivablesCache, ReceivablesRead, read_all
from garage_desktop.ui.background import Background, Failed
from garage_desktop.ui.context import AppContext

log = logging.getLogger(__name__)


class ReceivablesReader(QObject):
    """The window's ``ReceivablesCache`` and the read that fills it, on a worker thread (``ui.background``)."""

    read = Signal()  # a read on the worker ended (``cache.ready`` says whether it was taken in)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.setObjectName("receivablesReader")
        self.ctx = ctx
        self.cache = ReceivablesCache()
        self._background = Background(self, "garage-receivables", self._collect)
        self.failed: BaseException | None = None  # the last read's error (None: it went well, or none ended yet)

    @staticmethod
    def of(ctx: AppContext) -> ReceivablesReader:
        found = ctx.findChild(QObject, "receivablesReader")
        return found if isinstance(found, ReceivablesReader) else ReceivablesReader(ctx)

    def busy(self) -> bool:
        return self._background.busy()

    def start(self) -> None:
        """Read every receivable on the worker, unless they are kept or being read."""
        if not self.cache.ready and not self._background.busy():
            self._background.start(lambda: self.ctx.read(read_all))

    def _collect(self, outcome: object) -> None:
        if isinstance(outcome, ReceivablesRead):
            self.failed = None
            self.cache.merge(outcome)
        else:
            self.failed = outcome.error if isinstance(outcome, Failed) else RuntimeError(repr(outcome))
            log.warning("reading the receivables on the worker failed", exc_info=self.failed)
        self.read.emit()

    def fresh(self) -> bool:
        """The kept receivables brought up to date with the changes since the last look (on this thread: a lookup
        or two when nothing changed, a query for the orders changed); False when there are none to show yet (not
        read yet, or the trail said to start over: then read again on the worker)."""
        if not self.cache.ready:
            return False
        try:
            self.ctx.read(self.cache.refresh)
        except Exception:  # a database busy for a moment: what is kept is shown, brought up to date next time
            log.warning("bringing the receivables up to date failed", exc_info=True)
        if not self.cache.ready:
            self.start()
        return self.cache.ready


def read_ahead(ctx: AppContext) -> None:
    """Start-up (``ui.app``): read every receivable on a worker, so the dialog's first opening shows them at once."""
    ReceivablesReader.of(ctx).start()
