"""The final-QC checklist table: section titles, one row per check with its result and note; P, F and N
(or the buttons) answer the chosen rows. Holds the answers while the inspector works through the car."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from garage_desktop.domain.qc import Result
from garage_desktop.ui.widgets.qc_widgets import FAIL_COLOUR, MUTED_COLOUR, PASS_COLOUR, WAIT_COLOUR

_KEY = Qt.ItemDataRole.UserRole
HEADER_FILL = QBrush(QColor("#eceff1"))
KEYS = {Qt.Key.Key_P: Result.PASS, Qt.Key.Key_F: Result.FAIL, Qt.Key.Key_N: Result.NA}


class Row(NamedTuple):
    key: str | None  # None: a section title
    text: str
    safety: bool = False
    tip: str = ""
    warn: bool = False  # shown in red (an order item not finished)


class Checklist(QObject):
    """Drives the tab's checklist QTableWidget (columns: check, result, note)."""

    changed = Signal()

    def __init__(self, table: QTableWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.answers: dict[str, tuple[Result | None, str]] = {}
        self.rows: list[Row] = []
        self.editable = False
        table.itemChanged.connect(self._note_changed)
        table.installEventFilter(self)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(2, 170)
        # Long items wrap: their rows grow again whenever the check column's width changes.
        header.sectionResized.connect(lambda *_: QTimer.singleShot(0, table.resizeRowsToContents))

    def fill(self, rows: list[Row], editable: bool) -> None:
        table, self.rows, self.editable = self.table, rows, editable
        table.blockSignals(True)
        table.clearSpans()
        table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            label = QTableWidgetItem(("★ " if row.safety else "") + row.text)
            label.setFlags(Qt.ItemFlag.ItemIsEnabled | (Qt.ItemFlag.ItemIsSelectable if row.key else Qt.ItemFlag(0)))
            label.setData(_KEY, row.key)
            label.setToolTip(row.tip or row.text)
            if row.key is None or row.safety:
                font = QFont(label.font())
                font.setBold(True)
                label.setFont(font)
            if row.key is None:
                label.setBackground(HEADER_FILL)
                table.setItem(index, 0, label)
                table.setSpan(index, 0, 1, 3)
                continue
            if row.warn:
                label.setForeground(QBrush(QColor(FAIL_COLOUR)))
            table.setItem(index, 0, label)
            result, note = self.answers.get(row.key, (None, ""))
            table.setItem(index, 1, self._result_item(result))
            note_item = QTableWidgetItem(note)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            note_item.setFlags(flags | Qt.ItemFlag.ItemIsEditable if editable else flags)
            table.setItem(index, 2, note_item)
        table.blockSignals(False)
        table.resizeRowsToContents()

    def keys(self) -> list[str]:
        return [row.key for row in self.rows if row.key]

    def _result_item(self, result: Result | None) -> QTableWidgetItem:
        texts = {Result.PASS: ("✔ " + self.tr("Pass"), PASS_COLOUR), Result.FAIL: ("✘ " + self.tr("Fail"), FAIL_COLOUR),
                 Result.NA: (self.tr("N/A"), MUTED_COLOUR), None: (self.tr("not checked"), WAIT_COLOUR)}
        text, colour = texts[result]
        item = QTableWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        item.setForeground(QBrush(QColor(colour)))
        if result is Result.FAIL:
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
        return item

    def selected_keys(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [key for row in rows if (item := self.table.item(row, 0)) and (key := item.data(_KEY))]

    def set_result(self, result: Result, keys: list[str] | None = None) -> None:
        """Answer the given checks (the chosen rows when None)."""
        if not self.editable:
            return
        for key in keys if keys is not None else self.selected_keys():
            self.answers[key] = (result, self.answers.get(key, (None, ""))[1])
        table = self.table
        table.blockSignals(True)
        for row in range(table.rowCount()):
            key = table.item(row, 0).data(_KEY) if table.item(row, 0) else None
            if key:
                table.setItem(row, 1, self._result_item(self.answers.get(key, (None, ""))[0]))
        table.blockSignals(False)
        self.changed.emit()

    def all_unanswered_pass(self) -> None:
        self.set_result(Result.PASS, [k for k in self.keys() if self.answers.get(k, (None, ""))[0] is None])

    def _note_changed(self, item: QTableWidgetItem) -> None:
        key = self.table.item(item.row(), 0).data(_KEY) if item.column() == 2 else None
        if key:
            self.answers[key] = (self.answers.get(key, (None, ""))[0], item.text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.modifiers() == Qt.KeyboardModifier.NoModifier and event.key() in KEYS
                and self.table.state() != QTableWidget.State.EditingState):
            self.set_result(KEYS[Qt.Key(event.key())])
            return True
        return super().eventFilter(watched, event)
