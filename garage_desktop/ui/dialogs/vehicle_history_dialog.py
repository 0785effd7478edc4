"""The vehicle history dialog: every visit of a car with its items, comebacks, warranty and follow-up calls,
the work still recommended, and the owner's repair record (維修檔案) to print."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from garage_desktop.documents.vehicle import HistoryCall, HistoryOrder, VehicleHistory
from garage_desktop.domain.classes import LABELS
from garage_desktop.domain.money import format_yuan
from garage_desktop.services import vehicle_history
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.errors import tr_domain
from garage_desktop.ui.forms.ui_vehicle_history_dialog import Ui_VehicleHistoryDialog

_ORDER_ID = Qt.ItemDataRole.UserRole
WITHIN = QBrush(QColor("#2e7d32"))
ENDED = QBrush(QColor("#757575"))
MUTED = QBrush(QColor("#5f6368"))
COMPLAINT = QBrush(QColor("#c62828"))
# Visits read and shown at opening (more than the list shows without scrolling); the older ones a page at a time as
# the list is scrolled down to them: a car with sixty visits opens as fast as one with two.
PAGE = 15


def open_preview(pdf: bytes, title: str, parent: QWidget) -> None:
    """Show the print preview (tests replace this to keep the PDF instead of driving the modal dialog)."""
    from garage_desktop.ui.dialogs.print_preview import PrintPreviewDialog

    PrintPreviewDialog(pdf, title, parent).exec()


def show_vehicle_history(ctx: AppContext, vehicle_id: int, parent: QWidget | None = None) -> None:
    """Open the dialog modally (tests replace this)."""
    VehicleHistoryDialog(ctx, vehicle_id, parent).exec()


def _day(moment: datetime | None) -> str:
    return f"{moment:%Y-%m-%d}" if moment else ""


class VehicleHistoryDialog(QDialog):
    def __init__(self, ctx: AppContext, vehicle_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finished.connect(self.deleteLater)  # closed, it is deleted (a parent keeps it alive)
        self.ctx = ctx
        self.vehicle_id = vehicle_id
        self.ui = Ui_VehicleHistoryDialog()
        self.ui.setupUi(self)
        ui = self.ui
        header = ui.ordersTree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, ui.ordersTree.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        ui.recommendationsList.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        ui.recommendationsList.header().setStretchLastSection(False)
        # A visit's rows (complaint, items, calls) are made when it is first opened (issue 20: a car with sixty
        # visits opens with fifteen, each with ten rows or so, of which only the newest visit's are seen).
        self._unopened: dict[int, HistoryOrder] = {}  # order id → the visit whose rows are not made yet
        ui.ordersTree.itemExpanded.connect(self._opened)
        self._add_contacts_pane()
        ui.splitter.setSizes([360, 110, 170])
        ui.printButton.clicked.connect(self.print_record)
        ui.closeButton.clicked.connect(self.accept)
        self.history: VehicleHistory = ctx.read(vehicle_history.vehicle_history, vehicle_id, first=PAGE)
        self.unread: list[int] = list(self.history.unread)  # the older visits, read as the list scrolls to them
        ui.ordersTree.verticalScrollBar().valueChanged.connect(self._scrolled)
        ui.ordersTree.verticalScrollBar().rangeChanged.connect(self._scrolled)
        self.finished.connect(self._stop_reading)  # closed: the list's teardown reads nothing more
        self.setWindowTitle(self.tr("Vehicle history %1").replace("%1", self.history.plate))
        self._show(self.history)
        self._show_contacts()

    def _add_contacts_pane(self) -> None:
        """Issue 18: the calls and messages about this car (reminders, car ready, follow-ups), newest first."""
        self.contacts_group = QGroupBox()
        self.contacts_group.setObjectName("contactsGroup")
        self.contacts_table = QTableWidget(0, 5)
        self.contacts_table.setObjectName("contactsTable")
        self.contacts_table.setHorizontalHeaderLabels([self.tr("When"), self.tr("By"), self.tr("About"),
                                                       self.tr("How"), self.tr("Message or outcome")])
        self.contacts_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contacts_table.verticalHeader().hide()
        header = self.contacts_table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        box = QVBoxLayout(self.contacts_group)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(self.contacts_table)
        self.ui.splitter.addWidget(self.contacts_group)

    def _show_contacts(self) -> None:
        from garage_desktop.domain.messages import PURPOSE_LABELS
        from garage_desktop.services import messages

        shown = self.ctx.read(messages.contacts_of_vehicle, self.vehicle_id)
        how = {"call": self.tr("Call"), "message": self.tr("Message")}
        self.contacts_table.setRowCount(len(shown))
        for row, contact in enumerate(shown):
            about = tr_domain(PURPOSE_LABELS.get(contact.purpose, contact.purpose))
            if contact.order_no:
                about += f" ({contact.order_no})"
            text = " — ".join(part for part in (contact.body, contact.outcome) if part)
            for column, value in enumerate((f"{contact.at:%Y-%m-%d %H:%M}", contact.by, about,
                                            how.get(contact.channel, contact.channel), text)):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.contacts_table.setItem(row, column, item)
        self.contacts_group.setTitle(self.tr("Calls and messages (%1)").replace("%1", str(len(shown))))

    # --- showing -----------------------------------------------------------------------------------------
    def _show(self, h: VehicleHistory) -> None:
        ui = self.ui
        car = "　".join(p for p in (h.make_model, str(h.year) if h.year else "", h.colour) if p)
        mileage = self.tr("last recorded %1 km").replace("%1", f"{h.last_mileage:,}") if h.last_mileage is not None \
            else ""
        owner = self.tr("Owner: %1").replace("%1", f"<b>{h.customer_name}</b>")
        ui.headerLabel.setText(
            f"<span style='font-size:15pt; font-weight:bold'>{h.plate}</span>　{car}　"
            f"<span style='color:#5f6368'>VIN {h.vin or '—'}</span><br/>{owner}　{h.phone}　{mileage}")
        tree = ui.ordersTree
        tree.clear()
        self._unopened.clear()
        self._add_visits(h.orders)
        if tree.topLevelItemCount():
            tree.topLevelItem(0).setExpanded(True)
            tree.setCurrentItem(tree.topLevelItem(0))
        ui.summaryLabel.setText(self.tr("%1 repairs on record, %2 still under warranty").replace("%1", str(h.repairs))
                                .replace("%2", str(h.within)))
        recs = ui.recommendationsList
        recs.clear()
        for rec in h.open_recommendations:
            recs.addTopLevelItem(QTreeWidgetItem([_day(rec.created_at), rec.description, rec.order_no]))
        recs.resizeColumnToContents(0)
        ui.recommendationsGroup.setTitle(self.tr("Recommended work not yet done (%1)")
                                         .replace("%1", str(len(h.open_recommendations))))
        ui.printButton.setEnabled(True)

    def _add_visits(self, orders: tuple[HistoryOrder, ...]) -> None:
        tree = self.ui.ordersTree
        for order in orders:
            self._order_item(tree, order)

    def _opened(self, item: QTreeWidgetItem) -> None:
        """A visit opened for the first time: its rows made."""
        order = self._unopened.pop(item.data(0, _ORDER_ID), None)
        if order is not None:
            self._details(item, order)

    def _scrolled(self, *_values: int) -> None:
        """The list scrolled to its end (or not filled): the next older visits read and added."""
        if not self.unread:
            return
        bar = self.ui.ordersTree.verticalScrollBar()
        if bar.value() >= bar.maximum():
            self.show_more()

    def _stop_reading(self) -> None:
        self.unread = []

    def show_more(self) -> None:
        """Read and add the next ``PAGE`` older visits (none left: nothing)."""
        if not self.unread:
            return
        wanted, self.unread = self.unread[:PAGE], self.unread[PAGE:]
        self._add_visits(self.ctx.read(vehicle_history.visits, self.vehicle_id, wanted, self.history.today))

    def show_all(self) -> None:
        """Every visit in the list at once, as if scrolled to the end."""
        while self.unread:
            self.show_more()

    def warranty_text(self, order: HistoryOrder) -> str:
        w = order.warranty
        if w.state == "not_started" or w.until is None:
            return self.tr("not started")
        until = w.until.isoformat() + (f" / {w.until_km:,} km" if w.until_km is not None else "")
        if w.state == "within":
            return self.tr("within, until %1").replace("%1", until)
        return self.tr("ended %1").replace("%1", until)

    def _order_item(self, tree: QTreeWidget, order: HistoryOrder) -> QTreeWidgetItem:
        mileage = f"{order.mileage_in:,}" if order.mileage_in is not None else ""
        cls = tr_domain(LABELS[order.regulatory_class])
        item = QTreeWidgetItem([order.order_no, _day(order.received_at), _day(order.delivered_at), mileage, cls,
                                tr_domain(order.status_label), format_yuan(order.total), self.warranty_text(order)])
        item.setData(0, _ORDER_ID, order.order_id)
        tree.addTopLevelItem(item)  # in the tree first: a child can span the columns only there
        item.setToolTip(0, order.complaint)
        item.setForeground(7, WITHIN if order.warranty.state == "within" else ENDED)
        if not order.repaired:
            for column in range(item.columnCount()):
                item.setForeground(column, MUTED)
        item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)  # rows made when opened
        self._unopened[order.order_id] = order
        return item

    def _details(self, item: QTreeWidgetItem, order: HistoryOrder) -> None:
        """The visit's rows: complaint, diagnosis, comebacks, items, checks, delay calls, follow-up calls."""
        self._spanned: list[QTreeWidgetItem] = []
        self._child(item, self.tr("Complaint: %1").replace("%1", order.complaint))
        if order.diagnosis:
            self._child(item, self.tr("Diagnosis: %1").replace("%1", order.diagnosis))
        if order.comeback_of:
            text = self.tr("Comeback of %1").replace("%1", order.comeback_of)
            if order.free_of_charge:
                text += " — " + self.tr("repaired free of charge")
            self._child(item, text, COMPLAINT)
        if order.comebacks:
            self._child(item, self.tr("Came back under warranty: %1").replace("%1", ", ".join(order.comebacks)),
                        COMPLAINT)
        for line in order.labour:
            name = line.name + (" " + self.tr("(added)") if line.added else "")
            text = self.tr("Labour: %1, %2 h").replace("%1", name).replace("%2", f"{line.hours.normalize():f}")
            self._child(item, text, span=False).setText(6, format_yuan(line.amount))
        for part in order.parts:
            name = " ".join(p for p in (part.name, part.spec) if p)
            quantity = f"{part.quantity.normalize():f} {part.unit}".strip()
            text = self.tr("Part: %1 × %2").replace("%1", name).replace("%2", quantity)
            self._child(item, text, span=False).setText(
                6, self.tr("customer-supplied") if part.customer_supplied else format_yuan(part.amount))
        for check in order.process_checks:  # 維修作業 3
            said = (self.tr("problem: %1 — done: %2").replace("%1", check.finding).replace("%2", check.action)
                    if check.result == "problem" else self.tr("OK") + (f" — {check.finding}" if check.finding else ""))
            text = self.tr("Check during the repair %1 (%2), %3: %4").replace(
                "%1", f"{check.checked_at:%Y-%m-%d %H:%M}").replace("%2", check.inspector).replace(
                "%3", check.line_label).replace("%4", said)
            self._child(item, text, COMPLAINT if check.result == "problem" else None)
        for delay in order.delay_calls:  # 交車 2
            text = self.tr("Delay announced %1 to %2: %3; new time %4").replace(
                "%1", f"{delay.called_at:%Y-%m-%d %H:%M}").replace("%2", delay.answered_by).replace(
                "%3", delay.reason).replace("%4", f"{delay.new_promised_at:%Y-%m-%d %H:%M}")
            if not delay.in_advance:
                text += " " + self.tr("(after the promised time had passed)")
            self._child(item, text)
        for call in order.calls:
            self._child(item, self.call_text(call), COMPLAINT if call.complaint and not call.resolved_at else None)
        for child in self._spanned:
            child.setFirstColumnSpanned(True)
        self._spanned = []

    def call_text(self, call: HistoryCall) -> str:
        when = f"{call.called_at:%Y-%m-%d %H:%M}"
        if call.reached:
            text = self.tr("Call %1 (%2): reached, satisfaction %3/5").replace("%1", when).replace(
                "%2", call.called_by).replace("%3", str(call.satisfaction))
        else:
            text = self.tr("Call %1 (%2): not reached").replace("%1", when).replace("%2", call.called_by)
        if call.remarks:
            text += f" — {call.remarks}"
        if call.complaint:
            text += " — " + self.tr("complaint: %1").replace("%1", call.complaint)
            text += "; " + (self.tr("resolved: %1").replace("%1", call.resolution) if call.resolved_at
                            else self.tr("still open"))
        return text

    def _child(self, parent: QTreeWidgetItem, text: str, brush: QBrush | None = None, *,
               span: bool = True) -> QTreeWidgetItem:
        child = QTreeWidgetItem([text])
        child.setToolTip(0, text)
        if brush is not None:
            child.setForeground(0, brush)
        parent.addChild(child)
        if span:  # spanned once the visit's rows are in: each call lays the whole tree out again
            self._spanned.append(child)
        return child

    # --- printing ----------------------------------------------------------------------------------------
    def print_record(self) -> None:
        from garage_desktop.printing.vehicle_record import render_vehicle_record

        doc = self.ctx.read(vehicle_history.record_doc, self.vehicle_id)
        pdf = render_vehicle_record(doc, language=self.ctx.document_language())
        open_preview(pdf, self.tr("Repair record %1").replace("%1", doc.history.plate), self)
