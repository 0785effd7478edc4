"""What the program keeps in memory for the rest of the session (issue 20): the printing font parsed once, the
Reports tab's months read. Measured with ``tracemalloc`` (Python's own allocations: exact, unlike the resident
size) in a process of its own where the figure depends on what ran before."""

from __future__ import annotations

import subprocess
import sys
import textwrap

FONT = textwrap.dedent("""
    import gc, tracemalloc
    from garage_desktop.printing import fonts
    import reportlab.pdfbase.ttfonts
    tracemalloc.start()
    fonts.register_font()
    gc.collect()
    print(tracemalloc.get_traced_memory()[0])
""")


def test_the_printing_font_keeps_little_once_parsed() -> None:
    """ReportLab's parse of the 50,000-glyph font kept some 25 MB (a Python object per glyph and number); the
    font file itself (4.4 MB, needed for each subset) and the maps a printout reads stay."""
    out = subprocess.run([sys.executable, "-c", FONT], capture_output=True, text=True, check=True, timeout=120)
    kept_mb = int(out.stdout) / 2**20
    assert kept_mb < 14, f"{kept_mb:.1f} MB kept by the parsed font"
