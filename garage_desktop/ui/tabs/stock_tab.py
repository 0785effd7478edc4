"""Stock tab: every part with on hand, reserved by open orders, minimum, bin and supplier; the low-stock list;
the movements of the chosen part; adjusting with a reason; a stock count; receiving; supplier price lists."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from garage_desktop.domain import limits
from garage_desktop.domain.text import DomainError
from garage_desktop.services import clock, stock
from garage_desktop.services.catalog import ORIGIN_LABELS
from garage_desktop.services.stock import CountLine, ReceiptLine, StockRow
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.errors import FieldErrors, error_text, tr_domain
from garage_desktop.ui.forms.ui_stock_tab import Ui_StockTab
from garage_desktop.ui.tabs.stale import ReadWhenShown
from garage_desktop.ui.text_limits import limit_inputs

_ID = Qt.ItemDataRole.UserRole
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LOW = QBrush(QColor("#c62828"))
OK_STYLE = "color: #2e7d32; font-weight: bold;"
COUNTED = 11  # the Counted column
NUMBERS = {3, 4, 5, 6, 7, 10, COUNTED}


def ask_delivery(parent: QWidget, ctx: AppContext, submit: Callable[[str, list[ReceiptLine], str], object]) -> bool:
    """The receive dialog (tests replace this); ``submit`` books the delivery. True when booked."""
    from garage_desktop.ui.dialogs.receive_dialog import ReceiveDialog

    return ReceiveDialog(ctx, submit, parent).exec() == ReceiveDialog.DialogCode.Accepted


def open_price_list(parent: QWidget, ctx: AppContext) -> None:
    """The supplier price list import (tests use ``PriceListDialog`` directly)."""
    from garage_desktop.ui.dialogs.price_list_dialog import PriceListDialog

    PriceListDialog(ctx, parent).exec()


def _q(value: Decimal) -> str:
    return f"{value.normalize():f}"


class StockTab(ReadWhenShown, QWidget):
    REFRESH_TOPICS = frozenset({"stock", "orders"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui = Ui_StockTab()
        ui.setupUi(self)
        limit_inputs({ui.adjustReasonEdit: limits.REASON, ui.countReasonEdit: limits.REASON})
        self.rows: list[StockRow] = []
        self.counted: dict[int, tuple[str, Decimal]] = {}  # part id → (typed count, on hand when shown)
        self._stale = False  # changed while behind another tab: read again when it comes forward
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.splitter.setSizes([780, 480])  # the movements' reason column needs the room more than the part name
        self.errors = FieldErrors({"quantity": ui.adjustQuantityError, "reason": ui.adjustReasonError},
                                  fallback=ui.stockError)
        self.count_errors = FieldErrors({"reason": ui.countReasonError}, fallback=ui.stockError)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(200)
        self.search_timer.timeout.connect(self.reload)
        ui.searchEdit.textEdited.connect(lambda _text: self.search_timer.start())
        ui.searchEdit.returnPressed.connect(self.reload)
        ui.lowOnlyCheck.toggled.connect(lambda _on: self.reload())
        ui.stockTable.itemSelectionChanged.connect(self._part_chosen)
        ui.stockTable.itemChanged.connect(self._count_typed)
        ui.adjustButton.clicked.connect(self.adjust)
        ui.adjustReasonEdit.returnPressed.connect(self.adjust)
        ui.countButton.toggled.connect(self._counting)
        ui.bookCountButton.clicked.connect(self.book_count)
        ui.receiveButton.clicked.connect(self.receive)
        ui.importButton.clicked.connect(lambda: open_price_list(self, ctx))
        self._counting(False)  # hides the Counted column and fills the list

    # --- the list -----------------------------------------------------------------------------------------
    def reload(self) -> None:
        self._stale = False
        ui = self.ui
        if ui.lowOnlyCheck.isChecked():
            text = ui.searchEdit.text().strip().lower()
            rows = [r for r in self.ctx.read_core(stock.low_stock)
                    if not text or any(text in v.lower() for v in (r.code, r.name, r.spec, r.supplier, r.bin_location))]
            total = len(rows)
            ui.countLabel.setText(self.tr("%n part(s) below their minimum", "", total))
        else:
            page = self.ctx.read(stock.stock_list, ui.searchEdit.text())
            rows, total = list(page.rows), page.total
            shown = self.tr("%1 of %2 parts shown: type to narrow").replace("%1", str(len(rows))).replace(
                "%2", str(total)) if total > len(rows) else self.tr("%n part(s)", "", total)
            ui.countLabel.setText(shown)
        self._fill(rows)

    def _fill(self, rows: list[StockRow]) -> None:
        chosen = self.selected_part()
        self.rows = rows
        table = self.ui.stockTable
        table.blockSignals(True)
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            typed = self.counted.get(row.part_id, ("", row.on_hand))[0]
            cells = [row.code, " ".join(p for p in (row.name, row.spec) if p),
                     tr_domain(ORIGIN_LABELS.get(row.origin, row.origin)), f"{_q(row.on_hand)} {row.unit}",
                     _q(row.reserved) if row.reserved else "", _q(row.available), _q(row.minimum),
                     _q(row.shortfall) if row.low else "", row.bin_location, row.supplier, f"{row.cost:,.2f}",
                     typed]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(_ID, row.part_id)
                if c in NUMBERS:
                    item.setTextAlignment(RIGHT)
                if c != COUNTED:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if row.low and c in (0, 5, 7):
                    item.setForeground(LOW)
                table.setItem(r, c, item)
        table.blockSignals(False)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == 1
                                        else QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COUNTED, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(COUNTED, 90)
        ids = [row.part_id for row in rows]
        if ids:
            table.selectRow(ids.index(chosen.part_id) if chosen and chosen.part_id in ids else 0)
        self._part_chosen()

    def selected_part(self) -> StockRow | None:
        table: QTableWidget = self.ui.stockTable
        rows = table.selectionModel().selectedRows() if table.selectionModel() else []
        if not rows:
            return None
        part_id = table.item(rows[0].row(), 0).data(_ID)
        return next((row for row in self.rows if row.part_id == part_id), None)

    def _part_chosen(self) -> None:
        ui, row = self.ui, self.selected_part()
        ui.adjustButton.setEnabled(row is not None)
        ui.adjustButton.setToolTip(self.tr("Choose a part first.") if row is None
                                   else self.tr("Book the change with its reason"))
        if row is None:
            ui.partLabel.setText(self.tr("Choose a part to see its movements."))
            ui.movementsTable.setRowCount(0)
            return
        ui.partLabel.setText(f"<b>{row.code}</b> {row.name} {row.spec} — "
                             + self.tr("on hand %1, reserved %2, minimum %3").replace("%1", _q(row.on_hand))
                             .replace("%2", _q(row.reserved)).replace("%3", _q(row.minimum)))
        moves = self.ctx.read(stock.movements, row.part_id)
        table = ui.movementsTable
        table.setRowCount(len(moves))
        this_year = clock.now().year
        for r, m in enumerate(moves):
            # This year's movements without the year: the narrow table then has room for the reason.
            when = f"{m.created_at:%m-%d %H:%M}" if m.created_at.year == this_year else f"{m.created_at:%Y-%m-%d}"
            cells = [when, tr_domain(m.kind_label), f"{m.quantity.normalize():+f}",
                     _q(m.balance), m.order_no, m.created_by, m.reason]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (2, 3):
                    item.setTextAlignment(RIGHT)
                if c == 0:
                    item.setToolTip(f"{m.created_at:%Y-%m-%d %H:%M}")
                if c == 6 and text:
                    item.setToolTip(text)
                table.setItem(r, c, item)
        header = table.horizontalHeader()
        for column in range(table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == 6
                                        else QHeaderView.ResizeMode.ResizeToContents)

    # --- actions ----------------------------------------------------------------------------------------
    def _done(self, text: str) -> None:
        self.ctx.changed("stock")
        self.reload()
        self.ui.resultLabel.setStyleSheet(OK_STYLE)
        self.ui.resultLabel.setText(text)

    def adjust(self) -> None:
        row = self.selected_part()
        if row is None:
            return
        self.errors.clear()
        try:
            self.ctx.call(stock.adjust, row.part_id, self.ui.adjustQuantityEdit.text(),
                          self.ui.adjustReasonEdit.text())
        except DomainError as error:
            self.errors.show(error)
            return
        self.ui.adjustQuantityEdit.clear()
        self.ui.adjustReasonEdit.clear()
        self._done(self.tr("Stock of %1 adjusted.").replace("%1", row.code))

    def receive(self) -> None:
        def submit(supplier: str, lines: list[ReceiptLine], note: str) -> object:
            return self.ctx.call(stock.receive, supplier, lines, note)

        if ask_delivery(self, self.ctx, submit):
            self._done(self.tr("Delivery booked into stock."))

    # --- stock count ------------------------------------------------------------------------------------
    def _counting(self, on: bool) -> None:
        ui = self.ui
        ui.stockTable.setColumnHidden(COUNTED, not on)
        ui.stockTable.setEditTriggers(QTableWidget.EditTrigger.AllEditTriggers if on
                                      else QTableWidget.EditTrigger.NoEditTriggers)
        ui.countButton.setText(self.tr("Stop counting") if on else self.tr("Start &counting"))
        ui.bookCountButton.setEnabled(on)
        ui.bookCountButton.setToolTip(self.tr("Book every difference between counted and on hand") if on
                                      else self.tr("Start counting first."))
        ui.countReasonEdit.setEnabled(on)
        if not on:
            self.counted.clear()
            self.count_errors.clear()
        self.reload()

    def _count_typed(self, item: QTableWidgetItem) -> None:
        if item.column() != COUNTED:
            return
        part_id = item.data(_ID)
        row = next((r for r in self.rows if r.part_id == part_id), None)
        if row is None:
            return
        if item.text().strip():
            self.counted[part_id] = (item.text().strip(), self.counted.get(part_id, ("", row.on_hand))[1])
        else:
            self.counted.pop(part_id, None)

    def book_count(self) -> None:
        self.count_errors.clear()
        lines = [CountLine(part_id, typed, expected) for part_id, (typed, expected) in self.counted.items()]
        try:
            result = self.ctx.call(stock.record_count, lines, self.ui.countReasonEdit.text())
        except DomainError as error:
            if error.field and error.field.startswith("lines"):
                self.count_errors.show_message("", error_text(error))
            else:
                self.count_errors.show(error)
            return
        self.counted.clear()
        self.ui.countReasonEdit.clear()
        self.ui.countButton.setChecked(False)
        self._done(self.tr("%1 part(s) counted, %2 difference(s) booked.").replace("%1", str(result.counted))
                   .replace("%2", str(len(result.differences))))
