"""應收帳款: what the makers (三包) and insurers (索賠) owe, by debtor and age, and the money they paid against it.

Opened from the Checkout tab's list page ("Receivables…"). The top table sums each debtor's open amount by age
(0–30, 31–60, 61–90, over 90 days from the settlement); below, every open receivable, oldest first within its
debtor; choosing one fills the collection form (the amount still open, today, bank transfer) and lists what was
collected on it. A refusal is shown beside its field and everything typed stays.

Ten years of a busy garage's claims are some 27,000 receivables (issue 20), which the database takes half a second
to list or sum, however indexed: the window keeps them (``ui.receivables_reader``, read on a worker after
start-up) and brings them up to date from the audit trail when the dialog opens, reading again only the orders
changed since. The list and the totals by debtor and age are shown from what is kept at once; the list is a table
model whose cells are made when painted. Before the first read has ended (the first half minute after start-up)
or after the trail said to read everything again (an insurer renamed), the dialog opens at once saying it is
reading and fills in when the read on the worker ends. A collection recorded or voided (here or at another PC)
reads that order again: its row changes in place and the totals are worked out again.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from garage_desktop.domain import limits
from garage_desktop.domain.ageing import BUCKET_LABELS
from garage_desktop.domain.classes import LABELS, Payer
from garage_desktop.domain.money import ZERO, format_yuan
from garage_desktop.domain.settlement import METHOD_LABELS, PaymentMethod
from garage_desktop.domain.text import DomainError
from garage_desktop.services import clock, receivables
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.errors import FieldErrors, tr_domain
from garage_desktop.ui.models.receivables_model import ReceivablesModel
from garage_desktop.ui.receivables_reader import ReceivablesReader
from garage_desktop.ui.text_limits import limit_inputs

log = logging.getLogger(__name__)
_KEY = Qt.ItemDataRole.UserRole
OK_STYLE = "color: #2e7d32;"


class ReceivablesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finished.connect(self.deleteLater)  # closed, it is deleted (a parent keeps it alive)
        self.ctx = ctx
        self.recorded = False
        self.setObjectName("ReceivablesDialog")
        self.setWindowTitle(self.tr("Receivables: makers and insurers"))
        self.resize(1080, 640)
        layout = QVBoxLayout(self)

        self.debtor_tree = QTreeWidget()
        self.debtor_tree.setObjectName("debtorTree")
        self.debtor_tree.setRootIsDecorated(False)
        self.debtor_tree.setHeaderLabels([self.tr("Debtor"), self.tr("Pays for"), self.tr("Orders"),
                                          *(tr_domain(label) for label in BUCKET_LABELS), self.tr("Open")])
        self.debtor_tree.setMaximumHeight(130)
        for column, width in enumerate((200, 170, 60, 110, 110, 110, 110, 110)):
            self.debtor_tree.setColumnWidth(column, width)
        layout.addWidget(QLabel(self.tr("Open by debtor and age (days since settlement)")))
        layout.addWidget(self.debtor_tree)

        self.model = ReceivablesModel(
            [self.tr("Debtor"), self.tr("Order no."), self.tr("Plate"), self.tr("Loss assessment no."),
             self.tr("Settled"), self.tr("Days"), self.tr("Receivable"), self.tr("Collected"), self.tr("Open")],
            self._debtor, self)
        self.tree = QTableView()
        self.tree.setObjectName("receivableTable")
        self.tree.setModel(self.model)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setShowGrid(False)
        self.tree.setWordWrap(False)
        self.tree.verticalHeader().hide()
        self.tree.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no row measured
        self.tree.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.tree.horizontalHeader().setHighlightSections(False)
        self.tree.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, width in enumerate((170, 150, 90, 130, 90, 50, 95, 95, 95)):
            self.tree.setColumnWidth(column, width)
        layout.addWidget(self.tree, 1)

        form_box = QGroupBox(self.tr("Record money received"))
        form = QGridLayout(form_box)
        self.chosen_label = QLabel(self.tr("Choose a receivable above."))
        self.chosen_label.setObjectName("chosenLabel")
        form.addWidget(self.chosen_label, 0, 0, 1, 6)
        self.amount_edit = QLineEdit()
        self.amount_edit.setObjectName("amountEdit")
        self.amount_edit.setMaximumWidth(120)
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("dateEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.method_combo = QComboBox()
        self.method_combo.setObjectName("methodCombo")
        for method in receivables.METHODS:
            self.method_combo.addItem(tr_domain(METHOD_LABELS[method]), method.value)
        self.reference_edit = QLineEdit()
        self.reference_edit.setObjectName("referenceEdit")
        self.reference_edit.setPlaceholderText(self.tr("the transfer's number"))
        limit_inputs({self.reference_edit: receivables.REFERENCE})
        self.record_button = QPushButton(self.tr("&Record"))
        self.record_button.setObjectName("recordButton")
        labels = ((self.tr("&Amount (¥):"), self.amount_edit), (self.tr("Arrived &on:"), self.date_edit),
                  (self.tr("&Method:"), self.method_combo), (self.tr("Re&ference:"), self.reference_edit))
        for column, (text, widget) in enumerate(labels):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addWidget(label, 1, column * 2)
            form.addWidget(widget, 1, column * 2 + 1)
        form.addWidget(self.record_button, 1, 8)
        self.amount_error, self.date_error, self.method_error, self.reference_error = (QLabel() for _ in range(4))
        for column, error in enumerate((self.amount_error, self.date_error, self.method_error, self.reference_error)):
            error.setObjectName(("amount", "date", "method", "reference")[column] + "Error")
            error.setWordWrap(True)
            form.addWidget(error, 2, column * 2 + 1)
        self.form_error = QLabel()
        self.form_error.setObjectName("formError")
        self.form_error.setWordWrap(True)
        form.addWidget(self.form_error, 3, 0, 1, 9)
        # What was collected on the chosen receivable; one entered by mistake is voided with a reason.
        self.collection_list = QListWidget()
        self.collection_list.setObjectName("collectionList")
        self.collection_list.setMaximumHeight(64)
        form.addWidget(QLabel(self.tr("Collected so far:")), 4, 0, 1, 2, Qt.AlignmentFlag.AlignTop)
        form.addWidget(self.collection_list, 4, 2, 1, 7)
        self.void_reason_edit = QLineEdit()
        self.void_reason_edit.setObjectName("voidReasonEdit")
        self.void_reason_edit.setPlaceholderText(self.tr("why the chosen collection is voided"))
        limit_inputs({self.void_reason_edit: limits.REASON})
        self.void_button = QPushButton(self.tr("Vo&id collection"))
        self.void_button.setObjectName("voidButton")
        self.void_button.setToolTip(self.tr("A collection entered by mistake is reversed (never deleted): the "
                                            "amount is owed again"))
        self.void_error = QLabel()
        self.void_error.setObjectName("voidError")
        form.addWidget(self.void_reason_edit, 5, 2, 1, 5)
        form.addWidget(self.void_button, 5, 7, 1, 2)
        form.addWidget(self.void_error, 6, 2, 1, 7)
        layout.addWidget(form_box)
        self.errors = FieldErrors({"amount": self.amount_error, "received_on": self.date_error,
                                   "method": self.method_error, "reference": self.reference_error},
                                  fallback=self.form_error)
        self.void_errors = FieldErrors({"reason": self.void_error}, fallback=self.void_error)
        self.show_paid_check = QCheckBox(self.tr("Show paid ones &too"))
        self.show_paid_check.setObjectName("showPaidCheck")
        self.show_paid_check.setToolTip(self.tr("List the receivables paid in full as well (to void a collection "
                                                "entered by mistake)"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        foot = QHBoxLayout()
        self.total_label = QLabel()
        self.total_label.setObjectName("totalLabel")
        foot.addWidget(self.total_label, 1)
        foot.addWidget(self.show_paid_check)
        foot.addWidget(buttons)
        layout.addLayout(foot)

        self.tree.selectionModel().currentRowChanged.connect(lambda _now, _before: self._chosen())
        self.record_button.clicked.connect(self.record)
        self.amount_edit.returnPressed.connect(self.record)
        self.void_button.clicked.connect(self.void)
        self.show_paid_check.toggled.connect(lambda _on: self.reload())
        self.kept = ReceivablesReader.of(ctx)  # the window's receivables, kept between openings
        self.kept.read.connect(self._read_ended)
        self._waiting = False  # for the read on the worker to end
        self.reload()

    # --- filling ----------------------------------------------------------------------------------------------
    def _debtor(self, row: receivables.Receivable | receivables.DebtorTotal) -> str:
        return row.debtor or (self.tr("(insurer not recorded)") if row.payer is Payer.CLAIM
                              else self.tr("(make not recorded)"))

    def reload(self) -> None:
        """The list and the totals from the receivables kept, brought up to date first (a lookup or two when
        nothing changed); not read yet: read on the worker, shown once read."""
        if self.kept.fresh():
            self._waiting = False
            self._fill()
            return
        self._waiting = True
        self.model.set_rows([])
        self.debtor_tree.clear()
        self.total_label.setText(self.tr("Reading the receivables…"))
        self._chosen()
        self.kept.start()

    def _fill(self) -> None:
        cache = self.kept.cache
        self.model.set_rows(cache.rows(open_only=not self.show_paid_check.isChecked()))
        self._show_totals(cache.totals())
        self._chosen()

    def _read_ended(self) -> None:
        if not self._waiting:
            return
        if self.kept.cache.ready:
            self.reload()
        else:
            self._waiting = False
            self.total_label.setText(self.tr("The receivables could not be read; close this window and open it "
                                             "again."))

    def _show_totals(self, totals: list[receivables.DebtorTotal]) -> None:
        self.debtor_tree.clear()
        for total in totals:
            line = QTreeWidgetItem(self.debtor_tree, [self._debtor(total), tr_domain(LABELS[total.payer]),
                                                      str(total.orders),
                                                      *(format_yuan(v) if v else "" for v in total.aged.amounts),
                                                      format_yuan(total.open)])
            for column in range(2, 8):
                line.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        owed = sum((t.open for t in totals), ZERO)
        self.total_label.setText(self.tr("Open in all: %1 (orders: %2)").replace("%1", format_yuan(owed))
                                 .replace("%2", str(sum(t.orders for t in totals))))

    def read_done(self) -> bool:
        """The list and totals are shown, or could not be read (tests, the benchmark)."""
        return not self._waiting

    def current(self) -> receivables.Receivable | None:
        index = self.tree.currentIndex()
        return self.model.rows[index.row()] if index.isValid() and index.row() < len(self.model.rows) else None

    def choose(self, position: int) -> None:
        """Make the list's row ``position`` the chosen receivable."""
        self.tree.selectionModel().setCurrentIndex(
            self.model.index(position, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def _changed(self, before: receivables.Receivable, after: receivables.Receivable | None) -> None:
        """A collection recorded or voided on ``before``: its row shows ``after`` in place (or leaves the list
        when paid in full and paid ones are not shown), and the totals are worked out again (the order read
        again into what is kept)."""
        position = self.model.position(before.order_id, before.payer.value)
        if position is not None:
            if after is not None and (after.open > 0 or self.show_paid_check.isChecked()):
                self.model.replace(position, after)
            else:
                self.model.remove(position)
                self.tree.selectionModel().clear()  # never the next row chosen in its place: nothing is
        if self.kept.fresh():
            self._show_totals(self.kept.cache.totals())
        else:  # the trail said to read everything again: the whole dialog waits for it
            self.reload()
            return
        self._chosen()

    def _chosen(self) -> None:
        row = self.current()
        for widget in (self.amount_edit, self.date_edit, self.method_combo, self.reference_edit,
                       self.record_button):
            widget.setEnabled(row is not None and row.open > 0)
        self.collection_list.clear()
        self.void_errors.clear()
        if row is None:
            self.chosen_label.setText(self.tr("Choose a receivable above."))
            self._void_enabled()
            return
        self.errors.clear()
        self.chosen_label.setText(self.tr("%1 owes %2 on %3 (settled %4).").replace("%1", self._debtor(row))
                                  .replace("%2", format_yuan(row.open)).replace("%3", row.order_no)
                                  .replace("%4", f"{row.settled_on:%Y-%m-%d}"))
        self.amount_edit.setText(f"{row.open:.2f}")
        today = clock.now().date()
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.method_combo.setCurrentIndex(0)
        self.reference_edit.clear()
        for c in self.ctx.read(receivables.collections, order_id=row.order_id):
            if c.payer is not row.payer:
                continue
            text = f"{c.received_on:%Y-%m-%d}  {_method_text(c.method)}  {c.reference}  {format_yuan(c.amount)}"
            if c.voided:
                text += "  " + self.tr("(voided)")
            elif c.voids_id is not None:
                text += "  " + self.tr("(voids an earlier one: %1)").replace("%1", c.note)
            item = QListWidgetItem(text, self.collection_list)
            item.setData(_KEY, c.id if not c.voided and c.voids_id is None else None)
        self._void_enabled()

    def _void_enabled(self) -> None:
        voidable = any(self.collection_list.item(i).data(_KEY) is not None
                       for i in range(self.collection_list.count()))
        for widget in (self.void_reason_edit, self.void_button):
            widget.setEnabled(voidable)

    # --- recording --------------------------------------------------------------------------------------------
    def record(self) -> None:
        row = self.current()
        if row is None:
            return
        self.errors.clear()
        self.form_error.setStyleSheet("")
        day = self.date_edit.date().toPython()
        try:
            after = self.ctx.call(receivables.record_collection, row.order_id, row.payer, self.amount_edit.text(),
                                  day, self.method_combo.currentData(), self.reference_edit.text())
        except DomainError as error:
            self.errors.show(error)
            return
        self.recorded = True
        self.ctx.changed("orders")
        self._changed(row, after)
        message = (self.tr("Recorded. %1 is still open on %2.").replace("%1", format_yuan(after.open))
                   .replace("%2", after.order_no) if after.open > 0
                   else self.tr("Recorded. %1 is paid in full.").replace("%1", after.order_no))
        self.form_error.setStyleSheet(OK_STYLE)
        self.form_error.setText(message)
        self.form_error.show()

    def void(self) -> None:
        row, item = self.current(), self.collection_list.currentItem()
        self.void_errors.clear()
        if row is None or item is None or item.data(_KEY) is None:
            self.void_errors.show_message("reason", self.tr("Choose the collection to void (one not voided yet)."))
            return
        try:
            after = self.ctx.call(receivables.void_collection, item.data(_KEY), self.void_reason_edit.text())
        except DomainError as error:
            self.void_errors.show(error)
            return
        self.recorded = True
        self.ctx.changed("orders")
        self.void_reason_edit.clear()
        self._changed(row, after)
        self.form_error.setStyleSheet(OK_STYLE)
        self.form_error.setText(self.tr("Collection voided: the amount is owed again."))
        self.form_error.show()


def _method_text(value: str) -> str:
    try:
        return tr_domain(METHOD_LABELS[PaymentMethod(value)])
    except (ValueError, KeyError):
        return value


def show_receivables(ctx: AppContext, parent: QWidget | None = None) -> bool:
    """Open the dialog; True when a collection was recorded (tests replace it)."""
    dialog = ReceivablesDialog(ctx, parent)
    dialog.exec()
    return dialog.recorded
