"""The demo garage: a new database file holding a believable four months of a small garage's work.

Not a use case of the program (``services`` are): it writes a garage through them, for a newcomer to look at,
for the screenshots and for the tests. It may import ``services``, ``db`` and ``domain``; nothing there imports
it. ``build`` writes the garage, ``plan`` decides what happens to each order and when, ``orders`` writes each
order step by step, ``qc`` records the final inspections as the QC tab does, ``names`` is the vocabulary.
"""

from garage_desktop.demo.build import DEFAULT_ORDERS, HOURLY_RATE, LOW_STOCK, Progress, write_demo

__all__ = ["DEFAULT_ORDERS", "HOURLY_RATE", "LOW_STOCK", "Progress", "write_demo"]
