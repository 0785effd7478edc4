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


def test_source_lines_read_on_import_are_let_go(qapp, tmp_path, monkeypatch) -> None:
    """PySide6's import hook reads the source of each module that imports something after PySide6 is in, through
    linecache (7 MB once ReportLab and openpyxl are in); the keeper's next look empties it, and a traceback
    still shows its source line."""
    import importlib
    import linecache
    import traceback

    import PySide6.QtCore  # noqa: F401  (its import hook in place)

    (tmp_path / "freshly_imported.py").write_text("import freshly_imported_too\n", encoding="utf-8")
    (tmp_path / "freshly_imported_too.py").write_text("VALUE = 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    importlib.import_module("freshly_imported")
    assert any(name.startswith(str(tmp_path)) for name in linecache.cache), "the hook read the modules' source"
    keeper = heap.HeapKeeper()
    keeper.check()
    assert not linecache.cache
    try:
        raise ValueError("shown with its line")
    except ValueError as error:
        assert 'raise ValueError("shown with its line")' in "".join(traceback.format_exception(error))
    sys.modules.pop("freshly_imported", None)
    sys.modules.pop("freshly_imported_too", None)


BIG_BLOCKS = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QCoreApplication
    from garage_desktop.ui import heap
    app = QCoreApplication([])
    if sys.argv[1] == "keeper":
        keeper = heap.HeapKeeper()
    del bytearray(16 * 2**20)[:]  # a big block freed: glibc alone now keeps blocks up to 16 MB in its heap
    before = heap.resident_mb()
    images, kept = [], []
    for i in range(60):  # page images (1 MB each) with small objects kept between them, as the window goes on
        images.append(bytearray(2**20))
        kept.append(bytes(64 + i))
    del images
    print(round(heap.resident_mb() - before))
""")


@pytest.mark.skipif(not sys.platform.startswith("linux") or heap._trim is None, reason="glibc's mallopt")
def test_big_blocks_go_back_to_the_system_when_freed() -> None:
    """The window's heap keeper has glibc map each big block apart: 60 MB of page images freed are given back at
    once, not pages kept in the heap among small objects still in use."""
    def grown(mode: str) -> int:
        out = subprocess.run([sys.executable, "-c", BIG_BLOCKS, mode], capture_output=True, text=True, check=True,
                             timeout=120)
        return int(out.stdout)

    assert grown("plain") > 20  # glibc as it is: kept (what sat at the top of its heap went back)
    assert grown("keeper") < 10
