"""Search-as-you-type under a line edit: a short pause after typing runs the search, the hits drop down, and
Up/Down + Enter (or a click) picks one."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit

_HIT = Qt.ItemDataRole.UserRole + 1


class SearchCompleter(QObject):
    """Runs ``search(text)`` when the typing pauses and lists ``describe(hit)`` for each hit.

    ``picked`` carries the chosen hit (whatever ``search`` returned). ``run_now`` skips the pause (tests,
    or Enter in the line edit).
    """

    picked = Signal(object)

    def __init__(self, edit: QLineEdit, search: Callable[[str], Sequence[Any]],
                 describe: Callable[[Any], str], *, delay_ms: int = 180, min_chars: int = 2) -> None:
        super().__init__(edit)
        self.edit = edit
        self.search = search
        self.describe = describe
        self.min_chars = min_chars
        self.hits: list[Any] = []
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setWidget(edit)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(12)
        self.completer.activated[QModelIndex].connect(self._activated)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.run_now)
        edit.textEdited.connect(lambda _text: self.timer.start())
        edit.returnPressed.connect(self._enter)

    def run_now(self) -> list[Any]:
        """Search for the line edit's text now and show the hits; returns them."""
        self.timer.stop()
        text = self.edit.text().strip()
        self.hits = list(self.search(text)) if len(text) >= self.min_chars else []
        self.model.clear()
        for hit in self.hits:
            item = QStandardItem(self.describe(hit))
            item.setData(hit, _HIT)
            item.setEditable(False)
            self.model.appendRow(item)
        if self.hits and self.edit.hasFocus():
            # As wide as the hits need (plate, car, name, phone), not only as wide as the line edit.
            width = max(self.edit.width(), self.completer.popup().sizeHintForColumn(0) + 30)
            self.completer.complete(QRect(0, 0, width, self.edit.height()))
        else:
            self.completer.popup().hide()
        return self.hits

    def choose(self, row: int) -> None:
        """Pick hit ``row`` as if the user had clicked it."""
        self.completer.popup().hide()
        self.picked.emit(self.hits[row])

    def _activated(self, index: QModelIndex) -> None:
        hit = index.data(_HIT)
        if hit is not None:
            self.picked.emit(hit)

    def _enter(self) -> None:
        """Enter with no list open: search now; a single hit is taken at once."""
        if self.completer.popup().isVisible():
            return
        if len(self.run_now()) == 1:
            self.choose(0)
