"""建議項目 panel: the work put off on the car's earlier visits (``services.recommendations``), shown as soon as the
car is found at intake and on its estimate. On the estimate each item turns into a line in one action ("Add to
estimate", handled by the tab: it saves what is typed first); anywhere it can be dismissed with a reason."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from garage_desktop.domain import limits
from garage_desktop.domain.free_items import SOURCE_LABELS, RecommendationSource
from garage_desktop.domain.text import DomainError
from garage_desktop.services import recommendations
from garage_desktop.services.recommendations import RecommendationRow
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.dialogs.order_action_dialog import OrderActionDialog
from garage_desktop.ui.errors import error_text, tr_domain
from garage_desktop.ui.text_limits import limit_inputs

_ID = Qt.ItemDataRole.UserRole
PANEL_STYLE = "QGroupBox { background: #fff8e1; border: 1px solid #ffca28; border-radius: 4px; margin-top: 8px; }" \
              "QGroupBox::title { subcontrol-origin: margin; left: 6px; color: #6d4c00; font-weight: bold; }"
ROWS_SHOWN = 4  # the list's height in rows at most; more scroll
MIN_ROWS = 2


def run_dialog(dialog: OrderActionDialog) -> bool:
    """Module-level so tests replace it."""
    return dialog.exec() == OrderActionDialog.DialogCode.Accepted


class RecommendationsPanel(QGroupBox):
    """The car's open recommendations. ``take_up_requested(id)``: the tab turns one into an estimate line."""

    take_up_requested = Signal(int)
    changed = Signal()  # one was dismissed

    def __init__(self, ctx: AppContext, *, can_take_up: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("recommendationsPanel")
        self.setStyleSheet(PANEL_STYLE)
        self.vehicle_id: int | None = None
        self.rows: list[RecommendationRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 14, 6, 6)
        row = QHBoxLayout()  # the list, its buttons beside it: the panel stays low
        layout.addLayout(row)
        self.list = QTreeWidget(self)
        self.list.setObjectName("recommendationList")
        self.list.setHeaderLabels([self.tr("Noted"), self.tr("Recommended for later"), self.tr("On order")])
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        row_height = self.list.fontMetrics().height() + 4
        self.list.setMinimumHeight(row_height * (MIN_ROWS + 1) + 8)
        self.list.setMaximumHeight(row_height * (ROWS_SHOWN + 1) + 8)
        # As wide as the column it sits in, never wider: the description takes what is left and elides.
        self.list.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        row.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        self.takeUpButton = QPushButton(self.tr("&Use on this estimate"), self)
        self.takeUpButton.setObjectName("takeUpButton")
        self.takeUpButton.setToolTip(self.tr("Turn the chosen recommendation into a line of this estimate (the "
                                             "catalog price when it names a job or part)"))
        self.takeUpButton.setVisible(can_take_up)
        self.dismissButton = QPushButton(self.tr("D&ismiss…"), self)
        self.dismissButton.setObjectName("dismissButton")
        self.dismissButton.setToolTip(self.tr("Close the chosen recommendation with the reason (done elsewhere, "
                                              "no longer needed …)"))
        buttons.addWidget(self.takeUpButton)
        buttons.addWidget(self.dismissButton)
        buttons.addStretch(1)
        row.addLayout(buttons)
        self.message = QLabel(self)
        self.message.setObjectName("recommendationMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.takeUpButton.clicked.connect(self._take_up)
        self.dismissButton.clicked.connect(self.dismiss)
        self.list.itemActivated.connect(lambda _item, _column: self._take_up() if can_take_up else None)
        self.list.currentItemChanged.connect(lambda *_args: self._refresh_buttons())
        self.take_up_refusal: str | None = None  # why lines cannot be added now (the estimate is locked)
        self.setVisible(False)

    def show_for(self, vehicle_id: int | None) -> None:
        """The car's open recommendations; the panel hides when there are none."""
        self.vehicle_id = vehicle_id
        self.message.hide()
        self.reload()

    def reload(self) -> None:
        self.rows = (self.ctx.read(recommendations.for_vehicle, self.vehicle_id, open_only=True)
                     if self.vehicle_id is not None else [])
        self.list.clear()
        for row in self.rows:
            item = QTreeWidgetItem([f"{row.created_at:%Y-%m-%d}", row.description, row.order_no])
            item.setData(0, _ID, row.id)
            source = tr_domain(SOURCE_LABELS[row.source])
            item.setToolTip(1, f"{row.description}\n{source}" + (f" — {row.created_by}" if row.created_by else "")
                            + (f"\n{row.catalog_name}" if row.catalog_name else ""))
            self.list.addTopLevelItem(item)
        if self.rows:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self.setTitle(self.tr("Put off on earlier visits (%1)").replace("%1", str(len(self.rows))))
        self.setVisible(bool(self.rows))
        self._refresh_buttons()

    def set_take_up_refusal(self, why: str | None) -> None:
        self.take_up_refusal = why
        self._refresh_buttons()

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(0, _ID) if item is not None else None

    def _refresh_buttons(self) -> None:
        chosen = self.current_id() is not None
        self.takeUpButton.setEnabled(chosen and self.take_up_refusal is None)
        self.takeUpButton.setToolTip(tr_domain(self.take_up_refusal) if self.take_up_refusal else self.tr(
            "Turn the chosen recommendation into a line of this estimate (the catalog price when it names a job "
            "or part)"))
        self.dismissButton.setEnabled(chosen)

    def _take_up(self) -> None:
        rec_id = self.current_id()
        if rec_id is not None and self.takeUpButton.isEnabled():
            self.take_up_requested.emit(rec_id)

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #c62828;" if error else "color: #2e7d32;")
        self.message.setText(text)
        self.message.show()

    def dismiss(self) -> None:
        rec_id = self.current_id()
        if rec_id is None:
            return
        row = next(r for r in self.rows if r.id == rec_id)
        dialog = OrderActionDialog(
            self.tr("Dismiss a recommendation"),
            self.tr("<b>%1</b><br/>Why is it no longer recommended?").replace("%1", escape(row.description)),
            self.tr("&Dismiss"), lambda reason, _fee: self.ctx.call(recommendations.dismiss, rec_id, reason),
            parent=self)
        if not run_dialog(dialog):
            return
        self.reload()
        self.say(self.tr("Dismissed: %1").replace("%1", row.description))
        self.changed.emit()

    def show_error(self, error: DomainError) -> None:
        self.say(error_text(error), error=True)


class PutOffNote(QWidget):
    """One line to keep work for a later visit on the car of the order shown (the inspector at final QC):
    "For a later visit: [后轮胎纹深 2 mm] [Keep on the car]". The refusal shows beside it; the text stays."""

    noted = Signal()

    def __init__(self, ctx: AppContext, order_id: Callable[[], int | None], source: RecommendationSource,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.order_id, self.source = ctx, order_id, source
        self.setObjectName("putOffNote")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        label = QLabel(self.tr("For a &later visit:"), self)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("putOffEdit")
        self.edit.setPlaceholderText(self.tr("what can wait, e.g. rear tyres at 2 mm: replace within 3 months"))
        limit_inputs({self.edit: limits.POSTPONED})
        label.setBuddy(self.edit)
        self.button = QPushButton(self.tr("Keep on the car"), self)
        self.button.setObjectName("putOffButton")
        self.button.setToolTip(self.tr("Kept on the vehicle: shown at its next intake and estimate"))
        row.addWidget(label)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        layout.addLayout(row)
        self.message = QLabel(self)
        self.message.setObjectName("putOffMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.button.clicked.connect(self.keep)
        self.edit.returnPressed.connect(self.keep)

    def keep(self) -> None:
        order_id = self.order_id()
        if order_id is None:
            return
        try:
            row = self.ctx.call(recommendations.note, order_id, self.edit.text(), self.source)
        except DomainError as error:
            self.message.setStyleSheet("color: #c62828;")
            self.message.setText(error_text(error))
            self.message.show()
            self.edit.setFocus()
            return
        self.edit.clear()
        self.message.setStyleSheet("color: #2e7d32;")
        self.message.setText(self.tr("Kept on the car for its next visit: %1").replace("%1", row.description))
        self.message.show()
        self.noted.emit()
