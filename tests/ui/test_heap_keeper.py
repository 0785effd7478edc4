"""What a big read freed goes back to the system (issue 20): the window's heap keeper, once the resident size
grew, returns the memory freed since (glibc keeps it for the process otherwise)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QApplication

from garage_desktop.ui import heap


@pytest.mark.skipif(not sys.platform.startswith("linux") or heap._trim is None, reason="glibc's malloc_trim")
def test_memory_freed_after_a_big_read_is_given_back(qapp: QApplication) -> None:
    keeper = heap.HeapKeeper()
    before = heap.resident_mb()
    read = [bytes(1024 + i % 7) for i in range(150_000)]  # ~150 MB of rows, as a ten-year read brings
    kept = read[::50]  # a few stay (the figures shown), scattered through the heap
    del read
    grown = heap.resident_mb()
    keeper.check()
    assert grown - before > 100
    assert heap.resident_mb() < before + 40, "the freed memory stays with the process"
    assert len(kept) == 3000
