"""Records on file twice because they were typed in the other script (粵B12345 and 粤B12345; 陳美玲 and 陈美玲 with
one phone number): the owner picks the record to keep in a group and merges the others into it
(``services.merge``). Built in code: a list, two labels and three buttons.

Tests call ``select_record`` and ``merge_selected`` (with ``confirm`` replaced) instead of clicking.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from garage_desktop.domain.text import DomainError
from garage_desktop.services import customers, merge
from garage_desktop.services.merge import (
    CustomerGroup,
    CustomerRecord,
    Duplicates,
    VehicleGroup,
    VehicleRecord,
)
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.errors import error_text

_KIND = Qt.ItemDataRole.UserRole  # "vehicle" or "customer", on every row
_RECORD_ID = Qt.ItemDataRole.UserRole + 1  # on a record's row; None on a group's
MUTED = QBrush(QColor("#5f6368"))
HEADING = QBrush(QColor("#eceff1"))


def show_merge_dialog(ctx: AppContext, parent: QWidget | None = None) -> None:
    """Open the dialog modally (tests replace this)."""
    MergeDialog(ctx, parent).exec()


def _day(moment: datetime | None) -> str:
    return f"{moment:%Y-%m-%d}" if moment else ""


class MergeDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finished.connect(self.deleteLater)  # closed, it is deleted (a parent keeps it alive)
        self.ctx = ctx
        self.duplicates = Duplicates((), ())
        self.merged = 0  # groups merged while the dialog was open
        self.setObjectName("MergeDialog")
        self.setWindowTitle(self.tr("Records on file twice"))
        layout = QVBoxLayout(self)
        self.intro_label = QLabel(self.tr(
            "The same car or customer on file twice: typed once in Traditional and once in Simplified "
            "characters. Select the record to keep in a group and merge: the orders, bookings and cars of the "
            "others move to it, and the others are removed."))
        self.intro_label.setWordWrap(True)
        layout.addWidget(self.intro_label)
        self.tree = QTreeWidget()
        self.tree.setObjectName("duplicatesTree")
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Plate or name"), self.tr("Details"), self.tr("Orders"),
                                   self.tr("On file since")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.tree, 1)
        self.status_label = QLabel()
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        self.status_label.setStyleSheet("color: #2e7d32;")
        layout.addWidget(self.status_label)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c62828;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.merge_button = QPushButton(self.tr("&Keep the selected record, merge the others into it"))
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.merge_selected)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.resize(900, 520)
        self.reload()

    # --- the list ------------------------------------------------------------------------------------------
    def reload(self) -> None:
        self.duplicates = self.ctx.read(merge.script_duplicates)
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for group in self.duplicates.vehicles:
            self._add_group(self._vehicle_title(group), bold, "vehicle",
                            [self._vehicle_cells(r) for r in group.records], [r.id for r in group.records])
        for person in self.duplicates.customers:
            self._add_group(self._customer_title(person), bold, "customer",
                            [self._customer_cells(r) for r in person.records], [r.id for r in person.records])
        self.tree.expandAll()
        if not self.duplicates.count:
            self.status_label.setText(self.tr("Nothing to merge: no car or customer is on file twice in the two "
                                              "scripts."))
        self._selection_changed()

    def _add_group(self, title: str, bold: QFont, kind: str, rows: list[tuple[str, str, str, str]],
                   ids: list[int]) -> None:
        group = QTreeWidgetItem([title])
        group.setData(0, _KIND, kind)
        group.setFont(0, bold)
        for column in range(self.tree.columnCount()):
            group.setBackground(column, HEADING)
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: not selectable
        self.tree.addTopLevelItem(group)
        group.setFirstColumnSpanned(True)  # takes effect once the item is in the tree
        for cells, record_id in zip(rows, ids, strict=True):
            item = QTreeWidgetItem(list(cells))
            item.setData(0, _KIND, kind)
            item.setData(0, _RECORD_ID, record_id)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setForeground(3, MUTED)
            group.addChild(item)

    def _vehicle_title(self, group: VehicleGroup) -> str:
        return self.tr("Car %1: %2 records").replace("%1", group.plate).replace("%2", str(len(group.records)))

    def _customer_title(self, group: CustomerGroup) -> str:
        return (self.tr("Customer %1, phone %2: %3 records").replace("%1", group.records[0].name)
                .replace("%2", group.phone).replace("%3", str(len(group.records))))

    def _vehicle_cells(self, record: VehicleRecord) -> tuple[str, str, str, str]:
        details = [record.customer_name, record.phone, " ".join(p for p in (record.make, record.model) if p)]
        if record.vin:
            details.append(self.tr("VIN %1").replace("%1", record.vin))
        return (record.plate, " · ".join(d for d in details if d), str(record.orders), _day(record.created_at))

    def _customer_cells(self, record: CustomerRecord) -> tuple[str, str, str, str]:
        cars = self.tr("%n car(s)", "", record.vehicles)
        details = [record.phone, cars, record.address]
        return (record.name, " · ".join(d for d in details if d), str(record.orders), _day(record.created_at))

    # --- choosing and merging ---------------------------------------------------------------------------------
    def _selected(self) -> QTreeWidgetItem | None:
        items = self.tree.selectedItems()
        return items[0] if items and items[0].data(0, _RECORD_ID) is not None else None

    def _selection_changed(self) -> None:
        self.merge_button.setEnabled(self._selected() is not None)

    def select_record(self, kind: str, record_id: int) -> None:
        """Select the record ``record_id`` of ``kind`` ("vehicle" or "customer"): the one to keep."""
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            for r in range(group.childCount()):
                item = group.child(r)
                if item.data(0, _KIND) == kind and item.data(0, _RECORD_ID) == record_id:
                    self.tree.setCurrentItem(item)
                    return
        raise LookupError(f"no {kind} record {record_id} in the list")

    def confirm(self, question: str) -> bool:
        """Ask before merging: it cannot be undone (tests replace this)."""
        answer = QMessageBox.question(self, self.tr("Merge records"), question)
        return answer == QMessageBox.StandardButton.Yes

    def merge_selected(self) -> merge.MergeResult | None:
        """Keep the selected record and merge the others of its group into it, after asking."""
        item = self._selected()
        if item is None:
            return None
        group = item.parent()
        kind, keep_id = item.data(0, _KIND), item.data(0, _RECORD_ID)
        others = [group.child(r) for r in range(group.childCount()) if group.child(r) is not item]
        question = (self.tr("Keep %1 and merge %2 into it? This cannot be undone.")
                    .replace("%1", item.text(0)).replace("%2", "、".join(o.text(0) for o in others)))
        if not self.confirm(question):
            return None
        self.error_label.hide()
        try:
            result = self.ctx.call(merge.merge_group, kind, keep_id, [o.data(0, _RECORD_ID) for o in others])
        except DomainError as error:
            self.error_label.setText(error_text(error))
            self.error_label.show()
            return None
        self.merged += 1
        self.ctx.changed("customers", "orders")
        kept = self._kept_label(kind, keep_id)  # read again: a plate has its one form after the merge
        self.reload()
        self.status_label.setText(self.tr("Merged into %1: %n order(s) moved to it.", "", result.orders_moved)
                                  .replace("%1", kept))
        return result

    def _kept_label(self, kind: str, record_id: int) -> str:
        if kind == "vehicle":
            return self.ctx.read(customers.vehicle_details, record_id).plate
        return self.ctx.read(customers.customer_details, record_id).name
