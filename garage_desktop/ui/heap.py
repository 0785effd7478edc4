"""Memory the program freed given back to the system (issue 20): after a big read (the receivables of ten years,
a month-end workbook) Python frees what it read, but the C allocator (glibc) keeps the freed pages for the process,
so its resident size stays at its peak. ``malloc_trim`` returns them; it costs a few milliseconds, so it runs on a
slow timer and only once the resident size grew since the last time. Elsewhere than glibc it does nothing.
On the same timer, the source lines ``linecache`` was made to keep are let go (``forget_sources``)."""

from __future__ import annotations

import ctypes
import ctypes.util
import linecache
import sys

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 5_000  # how often the resident size is looked at (one read of /proc: microseconds)
GROWN_MB = 16  # grown by this much since the last trim: give the freed memory back


def _glibc(name: str):  # type: ignore[no-untyped-def]
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return getattr(libc, name)
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        return None


M_MMAP_THRESHOLD = -3  # glibc's mallopt parameter
MMAP_THRESHOLD = 256 * 1024


def keep_big_blocks_apart() -> bool:
    """Have glibc give every block of 256 kB or more its own mapping, returned to the system when freed. By
    default it raises that threshold to the largest block freed so far (up to 32 MB): after the first print
    preview freed a page image, every later page image, workbook buffer or big read came from the shared heap,
    and its pages stayed with the process, fragmented among what was kept. False where this is not glibc."""
    mallopt = _glibc("mallopt")
    return bool(mallopt is not None and mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD))


def resident_mb() -> float:
    """The process's resident size in MB (0 where /proc is not there)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * _PAGE / 2**20
    except OSError:
        return 0.0


_PAGE = 4096
_trim = _glibc("malloc_trim")


def give_back() -> bool:
    """Return the freed memory to the system now; False where that cannot be done."""
    if _trim is None:
        return False
    _trim(0)
    return True


class HeapKeeper(QObject):
    """Looks at the resident size every ``CHECK_MS`` and gives the freed memory back when it grew."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        keep_big_blocks_apart()
        self.after_last = resident_mb()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        if _trim is not None:
            self.timer.start()

    def check(self) -> None:
        forget_sources()
        if resident_mb() - self.after_last >= GROWN_MB and give_back():
            self.after_last = resident_mb()


def forget_sources() -> None:
    """Empty ``linecache``: PySide6's import hook reads the source of every module imported after it (to see
    whether the module uses PySide6) through ``linecache``, which keeps each file's lines for good — some 7 MB
    once the first printout and the first workbook have imported ReportLab and openpyxl. A traceback reads
    the lines it needs again."""
    if linecache.cache:
        linecache.clearcache()
