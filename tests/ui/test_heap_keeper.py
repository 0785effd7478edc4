"""What a big read freed goes back to the system (issue 20): the window's heap keeper, once the resident size
grew, returns the memory freed since (glibc keeps it for the process otherwise)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from garage_desktop.ui import heap

# Measured in a process of its own: in the test run's process, after thousands of tests, the heap already holds
# freed memory a new read reuses, so how much the resident size grows and falls depends on the tests before.
MEASURE = textwrap.dedent("""
    from PySide6.QtCore import QCoreApplication
    from garage_desktop.ui import heap
    app = QCoreApplication([])
    keeper = heap.HeapKeeper()
    before = heap.resident_mb()
    read = [bytes(1024 + i % 7) for i in range(150_000)]  # ~150 MB of rows, as a ten-year read brings
    kept = read[::50]  # a few stay (the figures shown), scattered through the heap
    del read
    grown = heap.resident_mb()
    keeper.check()
    print(round(before), round(grown), round(heap.resident_mb()), len(kept))
""")


@pytest.mark.skipif(not sys.platform.startswith("linux") or heap._trim is None, reason="glibc's malloc_trim")
def test_memory_freed_after_a_big_read_is_given_back() -> None:
    out = subprocess.run([sys.executable, "-c", MEASURE], capture_output=True, text=True, check=True, timeout=120)
    before, grown, after, kept = map(int, out.stdout.split())
    assert grown - before > 100
    assert after < before + 40, "the freed memory stays with the process"
    assert kept == 3000
