"""Python's cyclic garbage collector, run on the UI thread only.

Left automatic, a collection runs in whichever thread happens to allocate when a threshold is crossed: the Reports
figures reader, the receivables total, the printing warm-up, a long job behind a progress dialog. It then frees
whatever cyclic garbage is waiting, a closed dialog's widgets and timers among it, and their Qt destructors run
on that worker thread. Qt objects may only be destroyed on the thread they live in: a timer stopped from another
thread is left in the UI thread's timer list, which the UI thread may be walking at the same moment. The full
test suite, whose earlier tests leave many windows behind, left a Reports trend unfilled again and again: its
poll timer, overdue, never fired again while the test waited, though fresh timers did (the likely cause; the
suite passes with this collector).

So the automatic collector is switched off, and ``collect_due`` runs the same collections on the UI thread: on
a timer (``CHECK_MS``), and between tests. Reference counting still frees almost everything at once; only cycles
wait, for at most ``CHECK_MS``.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 250  # how often the UI thread runs the collections that are due

_thresholds = gc.get_threshold()


def collect_due() -> int:
    """Run the collections the automatic collector would have run by now (the youngest generation once it
    holds more than its threshold of new objects, an older one once enough younger collections came before);
    the number of objects freed."""
    young, middle, old = gc.get_count()
    first, second, third = _thresholds
    freed = 0
    if young > first:
        freed += gc.collect(0)
        if middle > second:
            freed += gc.collect(1)
            if old > third:
                freed += gc.collect(2)
    return freed


class UiThreadCollector(QObject):
    """Switches the automatic collector off and runs ``collect_due`` every ``CHECK_MS`` on the UI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(collect_due)
        self.timer.start()
        self.destroyed.connect(lambda *_args: gc.enable())
