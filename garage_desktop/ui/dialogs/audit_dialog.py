"""The audit trail screen: who changed what and when, filtered by order, person and date."""

from __future__ import annotations

import json
from datetime import timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QTableWidgetItem, QWidget

from garage_desktop.domain.audit_labels import action_label, entity_label
from garage_desktop.domain.lifecycle import STATUS_LABELS, OrderStatus
from garage_desktop.domain.text import DomainError
from garage_desktop.services import audit_query, clock, operators
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.errors import error_text, tr_domain
from garage_desktop.ui.forms.ui_audit_dialog import Ui_AuditDialog


def _stage(value: str) -> str:
    """A stored status ("in_repair", possibly JSON-quoted) as the stage's name; anything else as it is."""
    code = value.strip().strip('"')
    try:
        return tr_domain(STATUS_LABELS[OrderStatus(code)])
    except ValueError:
        return value


def readable(value: str) -> str:
    """A stored value as a line to read: ``{"name": "周淑芬", "role": "cashier"}`` → ``name: 周淑芬 · role: cashier``;
    anything but a JSON object as stored (the tooltip keeps the stored text in any case)."""
    try:
        data = json.loads(value)
    except ValueError:
        return value
    if not isinstance(data, dict):
        return value
    return " · ".join(f"{key}: {_plain(item)}" for key, item in data.items())


def _plain(item: object) -> str:
    if item is None or item == "":
        return "—"
    return item if isinstance(item, str) else json.dumps(item, ensure_ascii=False)


class AuditDialog(QDialog):
    """Opened from the File menu, not modal; deleted when closed (``main_window``: one at a time). The events are
    read a page at a time (``audit_query.PAGE``): the next page when the list is scrolled to its end."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_AuditDialog()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.rows: list[audit_query.AuditRow] = []
        self.total = 0
        today = clock.now().date()
        self.ui.fromEdit.setDate(QDate(today - timedelta(days=30)))
        self.ui.toEdit.setDate(QDate(today))
        self.ui.personCombo.addItem(self.tr("Everyone"), None)
        for person in ctx.read(operators.list_operators, include_inactive=True):
            self.ui.personCombo.addItem(person.name, person.id)
        self.ui.showButton.clicked.connect(self.reload)
        self.ui.orderEdit.returnPressed.connect(self.reload)
        self.ui.eventTable.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.reload()

    def _filters(self) -> dict[str, object]:
        ui = self.ui
        return {"order_no": ui.orderEdit.text(), "operator_id": ui.personCombo.currentData(),
                "date_from": ui.fromEdit.date().toPython(), "date_to": ui.toEdit.date().toPython()}

    def reload(self) -> None:
        """The filters' first page, and how many events they match."""
        ui = self.ui
        self.rows, self.total = [], 0
        ui.eventTable.setRowCount(0)
        try:
            self.total = self.ctx.call(audit_query.count, **self._filters())
        except DomainError as error:
            ui.messageLabel.setText(error_text(error))
            return
        self.more()
        ui.eventTable.resizeColumnsToContents()

    def has_more(self) -> bool:
        return len(self.rows) < self.total

    def more(self) -> int:
        """Read and show the next page; how many events it added."""
        after = self.rows[-1].key if self.rows else None
        try:
            page = self.ctx.call(audit_query.events, limit=audit_query.PAGE, after=after, **self._filters())
        except DomainError as error:
            self.ui.messageLabel.setText(error_text(error))
            return 0
        self._add(page)
        self.rows += page
        self.total = max(self.total, len(self.rows))
        if not page:  # fewer than counted (events of the last moments): nothing more to read
            self.total = len(self.rows)
        shown = len(self.rows)
        self.ui.messageLabel.setText(
            self.tr("%n event(s)", "", self.total) if shown >= self.total
            else self.tr("The newest %1 of %n event(s); scroll down for more", "", self.total)
            .replace("%1", str(shown)))
        return len(page)

    def _scrolled(self, value: int) -> None:
        bar = self.ui.eventTable.verticalScrollBar()
        if value >= bar.maximum() and self.has_more():
            self.more()

    def _add(self, rows: list[audit_query.AuditRow]) -> None:
        table = self.ui.eventTable
        first = table.rowCount()
        table.setRowCount(first + len(rows))
        for r, row in enumerate(rows, start=first):
            entity = tr_domain(entity_label(row.entity))
            before, after = row.before, row.after
            if row.action.startswith("status:"):  # the stages moved between, in words
                before, after = _stage(before), _stage(after)
            else:
                before, after = readable(before), readable(after)
            values = (f"{row.at:%Y-%m-%d %H:%M:%S}", row.operator_name, row.order_no,
                      f"{entity} #{row.entity_id}" if row.entity_id else entity, tr_domain(action_label(row.action)),
                      before, after)
            # The stored codes and values, for whoever reads the database itself.
            stored = {3: row.entity, 4: row.action, 5: row.before, 6: row.after}
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(f"{value}\n({stored[c]})" if stored.get(c) and stored[c] != value else value)
                table.setItem(r, c, item)
