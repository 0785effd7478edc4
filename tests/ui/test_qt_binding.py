"""The Qt binding must not leak references: PySide6 6.12.0 on CPython 3.11 dropped a reference to None on
every call returning nothing and aborted the program ("none_dealloc") after ~22,000 calls — a working day."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_calls_keep_none_alive(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("接車")
        label.setToolTip("")
    # Other code may take or drop a few references meanwhile; a leak shows as thousands.
    assert abs(sys.getrefcount(None) - before) < 100
