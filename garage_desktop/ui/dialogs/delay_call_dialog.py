"""交車 2: record a delay call — the customer is told before the car is late (萬一有延誤，必須提前和客戶聯繫).

When, how, who answered, why, and the new time the customer agreed; the dialog says beforehand whether the call
comes in time (the new time is then the promise the on-time rate measures against) or too late. A refusal is shown
beside its field and everything typed stays."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from garage_desktop.domain import limits
from garage_desktop.domain.promise import Promises
from garage_desktop.domain.text import DomainError
from garage_desktop.services import clock, delay_calls
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.dialogs.action_buttons import add_action_buttons
from garage_desktop.ui.errors import FieldErrors, error_text, tr_domain
from garage_desktop.ui.text_limits import limit_inputs

LATE_STYLE = "color: #c62828;"
IN_TIME_STYLE = "color: #2e7d32;"


def _stamp(moment: datetime | None) -> str:
    return f"{moment:%Y-%m-%d %H:%M}" if moment else "—"


def _qt(moment: datetime) -> QDateTime:
    return QDateTime(moment.year, moment.month, moment.day, moment.hour, moment.minute, 0)


def _py(value: QDateTime) -> datetime:
    return value.toPython().replace(second=0, microsecond=0)  # type: ignore[no-any-return, union-attr]


class DelayCallDialog(QDialog):
    def __init__(self, ctx: AppContext, order_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finished.connect(self.deleteLater)  # closed, it is deleted (a parent keeps it alive)
        self.ctx, self.order_id, self.result_value = ctx, order_id, None
        self.context = ctx.read(delay_calls.context, ctx.operator_id, order_id)
        c = self.context
        self.setObjectName("DelayCallDialog")
        self.setWindowTitle(self.tr("Delay call %1").replace("%1", c.order_no))
        layout = QVBoxLayout(self)
        head = QLabel(self.tr("<b>%1</b> %2 — %3 %4<br/>Promised: <b>%5</b>").replace("%1", c.order_no)
                      .replace("%2", c.plate).replace("%3", c.customer_name).replace("%4", c.customer_phone)
                      .replace("%5", _stamp(c.promised_at)))
        head.setObjectName("headLabel")
        layout.addWidget(head)
        if c.calls:
            earlier = "<br/>".join(self.tr("Called %1: new time %2 (%3)").replace("%1", _stamp(x.called_at))
                                   .replace("%2", _stamp(x.new_promised_at)).replace("%3", x.reason)
                                   for x in c.calls)
            earlier_label = QLabel(earlier)
            earlier_label.setObjectName("earlierLabel")
            earlier_label.setStyleSheet("color: #5f6368;")
            layout.addWidget(earlier_label)
        form = QFormLayout()
        now = clock.now()
        self.called_edit = QDateTimeEdit(_qt(now))
        self.called_edit.setObjectName("calledEdit")
        self.called_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.called_edit.setCalendarPopup(True)
        now_button = QPushButton(self.tr("&Now"))
        now_button.setObjectName("nowButton")
        now_button.clicked.connect(lambda: self.called_edit.setDateTime(_qt(clock.now())))
        called_row = QHBoxLayout()
        called_row.addWidget(self.called_edit)
        called_row.addWidget(now_button)
        called_row.addStretch(1)
        self.method_combo = QComboBox()
        self.method_combo.setObjectName("methodCombo")
        for key, text in (("phone", self.tr("By phone")), ("in_person", self.tr("In person")),
                          ("message", self.tr("By message"))):
            self.method_combo.addItem(text, key)
        self.answered_edit = QLineEdit(c.customer_name)
        self.answered_edit.setObjectName("answeredEdit")
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setMinimumWidth(380)
        self.reason_edit.setPlaceholderText(self.tr("e.g. the part arrives tomorrow morning"))
        limit_inputs({self.answered_edit: limits.ANSWERED_BY, self.reason_edit: limits.REASON})
        start = max(c.promised_at or now, now) + timedelta(hours=2)
        self.new_edit = QDateTimeEdit(_qt(start.replace(minute=0)))
        self.new_edit.setObjectName("newEdit")
        self.new_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.new_edit.setCalendarPopup(True)
        labels: dict[str, QLabel] = {}
        for field, text, widget in (("called_at", self.tr("&Called at:"), called_row),
                                    ("method", self.tr("&How:"), self.method_combo),
                                    ("answered_by", self.tr("&Who answered:"), self.answered_edit),
                                    ("reason", self.tr("&Reason for the delay:"), self.reason_edit),
                                    ("new_promised_at", self.tr("New time &agreed:"), self.new_edit)):
            label = QLabel(text)
            buddy = self.called_edit if widget is called_row else widget
            label.setBuddy(buddy)  # type: ignore[arg-type]
            form.addRow(label, widget)
            error = QLabel()
            error.setObjectName(f"{field}Error")
            form.addRow("", error)
            labels[field] = error
        layout.addLayout(form)
        self.timing_label = QLabel()
        self.timing_label.setObjectName("timingLabel")
        self.timing_label.setWordWrap(True)
        layout.addWidget(self.timing_label)
        # Issue 18: the new time in writing, for WeChat or SMS (ticked when the customer is told by message).
        self.message_check = QCheckBox(self.tr("Then write the delay notice with the new time for WeChat or &SMS"))
        self.message_check.setObjectName("messageCheck")
        layout.addWidget(self.message_check)
        self.method_combo.currentIndexChanged.connect(
            lambda _i: self.message_check.setChecked(self.method_combo.currentData() == "message"))
        self.form_error = QLabel()
        self.form_error.setObjectName("formError")
        layout.addWidget(self.form_error)
        self.errors = FieldErrors(labels, fallback=self.form_error)
        self.buttons, self.ok_button = add_action_buttons(self, layout, self.tr("&Record the call"))
        self.called_edit.dateTimeChanged.connect(lambda _v: self._show_timing())
        if c.refusal is not None:
            self.ok_button.setEnabled(False)
            self.form_error.setText(error_text(c.refusal))
            self.form_error.show()
        self._show_timing()
        self.reason_edit.setFocus()

    def _show_timing(self) -> None:
        """Whether the call comes before the promise in force passed (the new time then counts for the on-time
        rate) or after (the car counts as late whatever is agreed now)."""
        in_force = Promises(self.context.promised_at, self.context.in_force_at).for_kpi
        if in_force is None:
            self.timing_label.clear()
            return
        if _py(self.called_edit.dateTime()) <= in_force:
            self.timing_label.setStyleSheet(IN_TIME_STYLE)
            self.timing_label.setText(self.tr("In time: announced before %1, so the new time is the promise the "
                                              "on-time rate counts.").replace("%1", _stamp(in_force)))
        else:
            self.timing_label.setStyleSheet(LATE_STYLE)
            self.timing_label.setText(self.tr("Too late: %1 has passed. The new time is what the board and the "
                                              "customer go by, but the on-time rate still counts the car as late.")
                                      .replace("%1", _stamp(in_force)))

    def confirm(self) -> None:
        self.errors.clear()
        try:
            self.result_value = self.ctx.call(
                delay_calls.record_call, self.order_id, _py(self.called_edit.dateTime()),
                self.method_combo.currentData(), self.answered_edit.text(), self.reason_edit.text(),
                _py(self.new_edit.dateTime()))
        except DomainError as error:
            self.errors.show(error)
            return
        self.accept()

    def outcome_text(self) -> str:
        """What the status bar says once recorded."""
        result = self.result_value
        if result is None:
            return ""
        text = self.tr("Delay call recorded: the car is now promised for %1.").replace(
            "%1", _stamp(result.promised_at))
        if result.note:
            text += " " + tr_domain(result.note).replace("{promised}", _stamp(result.missed_promise_at))
        return text


def write_delay_notice(ctx: AppContext, order_id: int, parent: QWidget | None) -> int | None:
    """The delay notice message with the new time (tests replace it): the logged contact's id once copied."""
    from garage_desktop.ui.dialogs.message_dialog import send_message

    return send_message(ctx, "delay_notice", order_id=order_id, parent=parent)


def record_delay_call(ctx: AppContext, order_id: int, parent: QWidget | None = None) -> str | None:
    """Open the dialog; the status-bar text once recorded, None when the advisor went back (tests replace it)."""
    dialog = DelayCallDialog(ctx, order_id, parent)
    if not dialog.exec():
        return None
    ctx.changed("orders")
    if dialog.message_check.isChecked():
        write_delay_notice(ctx, order_id, parent)
    return dialog.outcome_text()
