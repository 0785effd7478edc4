"""派工 of one line to several mechanics, with each one's share (issue 19): the commission, the hours sold and the
hours clocked of the line are split by these shares. Opened from the work ticket's "Mechanics…" button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from garage_desktop.domain.text import DomainError
from garage_desktop.services import commission, operators
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.errors import error_text

_OPERATOR = Qt.ItemDataRole.UserRole


class LineMechanicsDialog(QDialog):
    """Tick the mechanics who work the line; the first ticked is the lead. Shares default to equal."""

    def __init__(self, ctx: AppContext, order_id: int, line_id: int, line_label: str, team: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finished.connect(self.deleteLater)  # closed, it is deleted (a parent keeps it alive)
        self.ctx, self.order_id, self.line_id, self.team = ctx, order_id, line_id, team
        self.setObjectName("LineMechanicsDialog")
        self.setWindowTitle(self.tr("Mechanics of line %1").replace("%1", line_label))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Tick who works this line and each one's share: the commission, the hours sold and "
                               "the hours clocked are split by the shares. The first ticked leads."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("mechanicsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Mechanic"), self.tr("Team"), self.tr("Share")])
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet("color: #c5221f;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill()
        self.resize(460, 360)

    def _fill(self) -> None:
        current = {w.operator_id: w.share for w in self.ctx.read(commission.workers_of, self.line_id)}
        people = [p for p in self.ctx.read(operators.list_operators) if p.active and p.team]
        # the workers first (lead first), then the line's team, then everyone else with a team
        order = {operator: index for index, operator in enumerate(current)}
        people.sort(key=lambda p: (p.id not in order, order.get(p.id, 0), p.team != self.team, p.team, p.name))
        self.table.setRowCount(len(people))
        for row, person in enumerate(people):
            name = QTableWidgetItem(person.name)
            name.setData(_OPERATOR, person.id)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            name.setCheckState(Qt.CheckState.Checked if person.id in current else Qt.CheckState.Unchecked)
            self.table.setItem(row, 0, name)
            team = QTableWidgetItem(person.team or "")
            team.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 1, team)
            share = QSpinBox()
            share.setRange(1, 100)
            share.setValue(current.get(person.id, 1))
            self.table.setCellWidget(row, 2, share)

    def check(self, operator_id: int, share: int | None = None) -> None:
        """Tick a mechanic (and set their share): what a click and a typed number do (tests use it)."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item.data(_OPERATOR) == operator_id:
                item.setCheckState(Qt.CheckState.Checked)
                if share is not None:
                    self.table.cellWidget(row, 2).setValue(share)  # type: ignore[union-attr]

    def workers(self) -> list[tuple[int, int]]:
        chosen = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item.checkState() == Qt.CheckState.Checked:
                chosen.append((int(item.data(_OPERATOR)), self.table.cellWidget(row, 2).value()))  # type: ignore[union-attr]
        return chosen

    def save(self) -> None:
        self.error_label.hide()
        try:
            self.ctx.call(commission.dispatch_workers, self.order_id, self.line_id, self.team, self.workers())
        except DomainError as error:
            self.error_label.setText(error_text(error))
            self.error_label.show()
            return
        self.accept()


def choose_line_mechanics(ctx: AppContext, order_id: int, line_id: int, line_label: str, team: str,
                          parent: QWidget | None = None) -> bool:
    """Open the dialog; True when the line was dispatched."""
    return LineMechanicsDialog(ctx, order_id, line_id, line_label, team, parent).exec() == \
        QDialog.DialogCode.Accepted
