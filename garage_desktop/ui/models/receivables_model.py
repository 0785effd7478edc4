"""The receivables dialog's list as a table model: rows held as plain data, cells made when painted (issue 20).

Ten years of a busy garage's claims are some 27,000 open receivables: an item per cell for each took most of
a second to build. The model holds the rows (the window's kept receivables, ``ui.receivables_reader``) and makes a
cell's text only when the view paints it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from garage_desktop.domain.money import format_yuan
from garage_desktop.services.receivables import Receivable

Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
RIGHT_COLUMNS = (5, 6, 7, 8)  # days and money


class ReceivablesModel(QAbstractTableModel):
    """Debtor, order no., plate, loss assessment no., settled, days, receivable, collected, open."""

    def __init__(self, headers: Sequence[str], debtor_text: Callable[[Receivable], str],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._debtor_text = debtor_text
        self.rows: list[Receivable] = []

    # --- what the dialog puts in ------------------------------------------------------------------------------
    def set_rows(self, rows: list[Receivable]) -> None:
        """Show ``rows`` (the model's own list from now on)."""
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def replace(self, position: int, row: Receivable) -> None:
        self.rows[position] = row
        self.dataChanged.emit(self.index(position, 0), self.index(position, self.columnCount() - 1))

    def remove(self, position: int) -> None:
        self.beginRemoveRows(QModelIndex(), position, position)
        del self.rows[position]
        self.endRemoveRows()

    def position(self, order_id: int, payer: str) -> int | None:
        return next((i for i, r in enumerate(self.rows) if (r.order_id, r.payer.value) == (order_id, payer)), None)

    # --- Qt's side ----------------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(self.rows[index.row()], index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in RIGHT_COLUMNS:
            return int(_RIGHT.value)
        return None

    def text(self, row: Receivable, column: int) -> str:
        if column == 0:
            return self._debtor_text(row)
        if column == 7:
            return format_yuan(row.collected) if row.collected else ""
        return (row.order_no, row.plate, row.assessment_ref, f"{row.settled_on:%Y-%m-%d}", str(row.days),
                format_yuan(row.amount), "", format_yuan(row.open))[column - 1]
