"""預約 Appointments: the day or week of bookings with the load per hour, and the booking panel beside it.

The panel books a new time or, in "move" mode, gives a booking a new time; errors appear beside the fields
and nothing typed is lost. Actions on the selected booking are enabled from ``appointments.action_refusal``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QLocale, Qt, QTime, QTimer
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from garage_desktop.domain import limits
from garage_desktop.domain.classes import LABELS, JobClass, Payer
from garage_desktop.domain.lifecycle import STATUS_LABELS, OrderStatus
from garage_desktop.domain.text import DomainError
from garage_desktop.services import appointments, clock, messages
from garage_desktop.services.appointments import AppointmentRow, BookingAction, BookingForm, DayView, HourLoad
from garage_desktop.services.messages import NOT_BOOKED
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.errors import FieldErrors, error_text, show_domain_error, tr_domain
from garage_desktop.ui.forms.ui_appointments_tab import Ui_AppointmentsTab
from garage_desktop.ui.text_limits import limit_inputs
from garage_desktop.ui.widgets.load_chart import ChartBar, fill_week_grid

TOPICS = frozenset({"appointments", "orders", "settings"})
ORDER_ROLE = Qt.ItemDataRole.UserRole
_ARRIVED, _GONE, _WARN = QColor("#2e7d32"), QColor("#9e9e9e"), "#b26a00"


def send_message(ctx: AppContext, purpose: str, *, order_id: int, parent: QWidget | None) -> int | None:
    """The message dialog (imported when used; tests replace it): the logged contact's id once copied."""
    from garage_desktop.ui.dialogs.message_dialog import send_message as run

    return run(ctx, purpose, order_id=order_id, parent=parent)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class AppointmentsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_AppointmentsTab()
        self.ui.setupUi(self)
        limit_inputs({self.ui.contactNameEdit: limits.CONTACT_NAME, self.ui.contactPhoneEdit: limits.PHONE,
                      self.ui.noteEdit: limits.BOOKING_NOTE})
        self.rows: list[AppointmentRow] = []
        self.days: list[DayView] = []
        self.moving: AppointmentRow | None = None
        self._draft: tuple[QDate, QTime, int] | None = None
        self._reloads = 0
        self._current_order_id: int | None = None
        self.errors = FieldErrors({name: getattr(self.ui, f"{name}Error") for name in (
            "start_at", "duration_min", "contact_name", "contact_phone", "plate", "note")}, self.ui.formError)
        for combo, values in ((self.ui.jobClassCombo, list(JobClass)), (self.ui.payerCombo, list(Payer))):
            for value in values:
                combo.addItem(tr_domain(LABELS[value]), value)
        self.ui.jobClassCombo.setCurrentIndex(list(JobClass).index(JobClass.MINOR))
        self._set_up_tables()
        self._connect()
        self.ui.dateEdit.setDate(_qdate(clock.now().date()))
        self.ui.startDateEdit.setDate(self.ui.dateEdit.date())
        self._leave_move_mode()
        self.reload()
        self.ui.startTimeEdit.setTime(self._default_time())
        self.timer = QTimer(self)  # "no-show" becomes possible when the booked time comes
        self.timer.setInterval(60_000)
        self.timer.timeout.connect(self._update_actions)
        self.timer.start()

    # --- building -----------------------------------------------------------------------------------------
    def _set_up_tables(self) -> None:
        table = self.ui.bookingTable
        headers = [self.tr("Day"), self.tr("Time"), self.tr("Name"), self.tr("Phone"), self.tr("Plate"),
                   self.tr("Job class"), self.tr("Payer"), self.tr("Status"), self.tr("Note")]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        grid = self.ui.weekGrid
        grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.ui.mainSplitter.setStretchFactor(0, 1)
        self.ui.mainSplitter.setSizes([900, 360])

    def _connect(self) -> None:
        ui = self.ui
        ui.previousButton.clicked.connect(lambda: self._step(-1))
        ui.nextButton.clicked.connect(lambda: self._step(1))
        ui.todayButton.clicked.connect(lambda: ui.dateEdit.setDate(_qdate(clock.now().date())))
        ui.dateEdit.dateChanged.connect(self._date_changed)
        ui.dayButton.toggled.connect(lambda _checked: self.reload())
        ui.loadChart.hourClicked.connect(lambda index: self._pick_slot(self.days[0].loads[index]))
        ui.weekGrid.cellClicked.connect(lambda row, column: self._pick_slot(self.days[row].loads[column]))
        ui.bookingTable.itemSelectionChanged.connect(self._update_actions)
        ui.newButton.clicked.connect(self.new_booking)
        ui.moveButton.clicked.connect(self.start_move)
        ui.cancelButton.clicked.connect(self.cancel_selected)
        ui.noShowButton.clicked.connect(self.no_show_selected)
        ui.arrivedButton.clicked.connect(self.car_arrived)
        ui.confirmMessageButton.clicked.connect(self.confirm_by_message)
        ui.bookButton.clicked.connect(self.book)
        ui.clearButton.clicked.connect(self.clear_form)
        ui.applyMoveButton.clicked.connect(self.apply_move)
        ui.backButton.clicked.connect(self._leave_move_mode)
        ui.plateEdit.editingFinished.connect(self._plate_entered)
        for edit in (ui.contactNameEdit, ui.contactPhoneEdit, ui.plateEdit, ui.noteEdit):
            edit.returnPressed.connect(self._submit)
        for keys, slot in (("Ctrl+N", self.new_booking), ("Ctrl+Return", self.car_arrived),
                           ("Ctrl+PgUp", lambda: self._step(-1)), ("Ctrl+PgDown", lambda: self._step(1))):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        ui.newButton.setToolTip(self.tr("Type a new booking in the panel (Ctrl+N)"))

    # --- loading ------------------------------------------------------------------------------------------
    def shown_day(self) -> date:
        return self.ui.dateEdit.date().toPython()

    def week_mode(self) -> bool:
        return self.ui.weekButton.isChecked()

    def reload(self) -> None:
        self._reloads += 1
        selected = self.selected_row()
        if self.week_mode():
            self.days = list(self.ctx.read(appointments.week_view, self.shown_day()).days)
        else:
            self.days = [self.ctx.read(appointments.day_view, self.shown_day())]
        self.rows = [row for day in self.days for row in day.appointments]
        if self.week_mode():
            self._fill_grid()
        else:
            self._fill_chart(self.days[0])
        self.ui.viewStack.setCurrentWidget(self.ui.weekPage if self.week_mode() else self.ui.dayPage)
        self._fill_table(selected.order_id if selected else None)
        self._fill_summary()

    def on_data_changed(self, topics: frozenset[str]) -> None:
        if topics & TOPICS:
            self.reload()

    def on_current_order_changed(self, order_id: int | None) -> None:
        """A booking chosen anywhere (board, search box) is shown here on its day and selected.

        The window repeats the current order after every change; only a newly chosen one moves the view.
        """
        if order_id == self._current_order_id:
            return
        self._current_order_id = order_id
        row = self.ctx.read(appointments.booking_for_order, order_id) if order_id else None
        if row is None or row.status is not OrderStatus.BOOKED:
            return
        if row.start_at.date() != self.shown_day():
            self.ui.dateEdit.setDate(_qdate(row.start_at.date()))
        self.select_order(row.order_id)

    def _date_changed(self, qdate: QDate) -> None:
        if self.moving is None:
            self.ui.startDateEdit.setDate(qdate)
        self.reload()

    def _step(self, direction: int) -> None:
        self.ui.dateEdit.setDate(self.ui.dateEdit.date().addDays(direction * (7 if self.week_mode() else 1)))

    # --- the views ----------------------------------------------------------------------------------------
    def _hour_tooltip(self, load: HourLoad) -> str:
        names = [f"{r.start_at:%H:%M} {r.contact_name} {r.plate}".rstrip() for r in self.rows_of(load)]
        head = self.tr("%1–%2: %3 of %4 bays booked").replace("%1", f"{load.start:%H:%M}").replace(
            "%2", f"{load.end:%H:%M}").replace("%3", str(load.booked)).replace("%4", str(load.capacity))
        return "\n".join([head, *names])

    def rows_of(self, load: HourLoad) -> list[AppointmentRow]:
        return [r for r in self.rows if r.counts and r.start_at < load.end and r.end_at > load.start]

    def _fill_chart(self, view: DayView) -> None:
        bars = [ChartBar(f"{load.start:%H:%M}", load.booked, load.level.value, self._hour_tooltip(load))
                for load in view.loads]
        self.ui.loadChart.set_bars(bars, view.capacity)
        self.ui.loadChart.set_texts(self.tr("Cars booked per hour"),
                                    self.tr("Capacity: %n bay(s)", "", view.capacity),
                                    [("free", self.tr("Room")), ("near", self.tr("Nearly full")),
                                     ("over", self.tr("Over capacity"))])

    def _fill_grid(self) -> None:
        fill_week_grid(self.ui.weekGrid, self.days, self._hour_tooltip, {clock.now().date(), self.shown_day()},
                       clock.now())

    def _fill_table(self, keep_order_id: int | None) -> None:
        table = self.ui.bookingTable
        locale = QLocale()
        table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            values = (locale.toString(_qdate(row.start_at.date()), "MM-dd ddd"),
                      f"{row.start_at:%H:%M}–{row.end_at:%H:%M}", row.contact_name, row.contact_phone, row.plate,
                      tr_domain(row.job_class_label), tr_domain(row.payer_label), tr_domain(row.status_label),
                      row.note)
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(ORDER_ROLE, row.order_id)
                if not row.counts:
                    item.setForeground(QBrush(_GONE))
                elif row.status is not OrderStatus.BOOKED:
                    item.setForeground(QBrush(_ARRIVED))
                table.setItem(r, c, item)
        table.setColumnHidden(0, not self.week_mode())
        self.ui.emptyLabel.setText(self.tr("No bookings in this week yet.") if self.week_mode()
                                   else self.tr("No bookings on this day yet."))
        self.ui.emptyLabel.setVisible(not self.rows)
        table.clearSelection()
        if keep_order_id is not None:
            self.select_order(keep_order_id, reload=False)
        self._update_actions()

    def _fill_summary(self) -> None:
        count = sum(day.booked_count for day in self.days)
        over = sum(1 for day in self.days for load in day.loads if load.level.value == "over")
        text = self.tr("%n booking(s)", "", count)
        peak = self.days[0].peak if len(self.days) == 1 else None
        if peak is not None and peak.booked:
            text += "  ·  " + self.tr("busiest hour %1 (%2 of %3 bays)").replace("%1", f"{peak.start:%H:%M}") \
                .replace("%2", str(peak.booked)).replace("%3", str(peak.capacity))
        if over:
            text += "  ·  <span style='color:#c62828'><b>" + self.tr("%n hour(s) over capacity", "", over) + \
                "</b></span>"
        self.ui.summaryLabel.setText(text)

    # --- selection and actions ----------------------------------------------------------------------------
    def selected_row(self) -> AppointmentRow | None:
        items = self.ui.bookingTable.selectedItems()
        if not items:
            return None
        order_id = items[0].data(ORDER_ROLE)
        return next((row for row in self.rows if row.order_id == order_id), None)

    def select_order(self, order_id: int, *, reload: bool = True) -> bool:
        if reload and all(row.order_id != order_id for row in self.rows):
            self.reload()
        for r, row in enumerate(self.rows):
            if row.order_id == order_id:
                self.ui.bookingTable.selectRow(r)
                self.ui.bookingTable.scrollToItem(self.ui.bookingTable.item(r, 1))
                return True
        return False

    def _update_actions(self) -> None:
        row = self.selected_row()
        now = clock.now()
        for button, action in ((self.ui.moveButton, BookingAction.MOVE), (self.ui.cancelButton,
                               BookingAction.CANCEL), (self.ui.noShowButton, BookingAction.NO_SHOW),
                               (self.ui.arrivedButton, BookingAction.ARRIVE)):
            why = appointments.action_refusal(action, row.status, row.start_at, now) if row else None
            button.setEnabled(row is not None and why is None)
            if row is None:
                button.setToolTip(self.tr("Select a booking in the list first."))
            elif why is not None:
                button.setToolTip(error_text(DomainError(why, status=STATUS_LABELS[row.status])))
            else:
                button.setToolTip(self._action_tips()[action])
        booked = row is not None and "booking_confirmation" in messages.message_purposes(row.status)
        self.ui.confirmMessageButton.setEnabled(booked)
        self.ui.confirmMessageButton.setToolTip(
            self.tr("Copy the booking confirmation for WeChat or SMS (recorded on the customer's record)") if booked
            else self.tr("Select a booking in the list first.") if row is None
            else error_text(DomainError(NOT_BOOKED, status=STATUS_LABELS[row.status])))

    def _action_tips(self) -> dict[BookingAction, str]:
        return {BookingAction.MOVE: self.tr("Give the booking a new time in the panel"),
                BookingAction.CANCEL: self.tr("The customer called it off (asks for the reason)"),
                BookingAction.NO_SHOW: self.tr("The time has passed and the car did not come"),
                BookingAction.ARRIVE: self.tr("Open the intake form filled from this booking (Ctrl+Enter)")}

    def _after_write(self, order_id: int) -> None:
        """Tell the other screens; reload here too when nobody relayed the change (a tab on its own)."""
        before = self._reloads
        self.ctx.changed("appointments", "orders")
        if self._reloads == before:
            self.reload()
        self.select_order(order_id)

    def confirm_by_message(self) -> None:
        """The booking confirmation message (issue 18), copied for WeChat or SMS and logged."""
        row = self.selected_row()
        if row is None or not self.ui.confirmMessageButton.isEnabled():
            return
        if send_message(self.ctx, "booking_confirmation", order_id=row.order_id, parent=self) is not None:
            self.ctx.changed("contacts")

    def car_arrived(self) -> None:
        row = self.selected_row()
        if row is None or not self.ui.arrivedButton.isEnabled():
            return
        self.ctx.set_current_order(row.order_id)
        self.ctx.show_tab_requested.emit("intake")

    def ask_cancel_reason(self, row: AppointmentRow) -> str | None:
        """The reason for cancelling (None when the advisor backs out). Tests replace this."""
        text, ok = QInputDialog.getText(self, self.tr("Cancel booking"), self.tr(
            "Why is the booking of %1 cancelled?").replace("%1", row.contact_name))
        return text if ok else None

    def confirm_no_show(self, row: AppointmentRow) -> bool:
        """Ask before closing the booking for good. Tests replace this."""
        answer = QMessageBox.question(self, self.tr("No-show"), self.tr(
            "Mark %1 (%2) as not come? The booking is closed.").replace("%1", row.contact_name)
            .replace("%2", f"{row.start_at:%H:%M}"))
        return answer == QMessageBox.StandardButton.Yes

    def cancel_selected(self) -> None:
        row = self.selected_row()
        if row is None or not self.ui.cancelButton.isEnabled():
            return
        reason = self.ask_cancel_reason(row)
        if reason is not None:
            self._write_simple(appointments.cancel, row.order_id, reason)

    def no_show_selected(self) -> None:
        row = self.selected_row()
        if row is not None and self.ui.noShowButton.isEnabled() and self.confirm_no_show(row):
            self._write_simple(appointments.no_show, row.order_id)

    def _write_simple(self, function: Callable[..., object], order_id: int, *args: object) -> None:
        try:
            self.ctx.call(function, order_id, *args)
        except DomainError as error:
            show_domain_error(self, error)
            return
        self._after_write(order_id)

    # --- the booking panel --------------------------------------------------------------------------------
    def _default_time(self) -> QTime:
        """Opening time, or on today the next quarter hour after now."""
        opening = self.days[0].opening if self.days else time(8, 0)
        start = datetime.combine(self.ui.startDateEdit.date().toPython(), opening)
        now = clock.now()
        if start < now:
            start = (now + timedelta(minutes=15 - now.minute % 15)).replace(second=0, microsecond=0)
        return QTime(start.hour, start.minute)

    def _pick_slot(self, load: HourLoad) -> None:
        """An hour clicked in the chart or the grid: the panel's start moves there."""
        self.ui.startDateEdit.setDate(_qdate(load.start.date()))
        self.ui.startTimeEdit.setTime(QTime(load.start.hour, load.start.minute))
        (self.ui.applyMoveButton if self.moving else self.ui.contactNameEdit).setFocus()

    def new_booking(self) -> None:
        self._leave_move_mode()
        self.ui.contactNameEdit.setFocus()

    def clear_form(self) -> None:
        for edit in (self.ui.contactNameEdit, self.ui.contactPhoneEdit, self.ui.plateEdit, self.ui.noteEdit):
            edit.clear()
        self.ui.plateHint.clear()
        self.ui.plateHint.hide()
        self.errors.clear()
        self.ui.contactNameEdit.setFocus()

    def start_at(self) -> datetime:
        return datetime.combine(self.ui.startDateEdit.date().toPython(), self.ui.startTimeEdit.time().toPython())

    def form(self) -> BookingForm:
        ui = self.ui
        return BookingForm(start_at=self.start_at(), duration_min=ui.durationSpin.value(),
                           contact_name=ui.contactNameEdit.text(), contact_phone=ui.contactPhoneEdit.text(),
                           plate=ui.plateEdit.text(), job_class=JobClass(ui.jobClassCombo.currentData()),
                           payer=Payer(ui.payerCombo.currentData()), note=ui.noteEdit.text())

    def _submit(self) -> None:
        if self.moving is not None:
            self.apply_move()
        else:
            self.book()

    def book(self) -> None:
        try:
            info = self.ctx.call(appointments.book, self.form())
        except DomainError as error:
            self.errors.show(error)
            return
        self.errors.clear()
        self.clear_form()
        self._report(self.tr("Booked %1 for %2."), info)
        if all(day.day != info.appointment.start_at.date() for day in self.days):
            self.ui.dateEdit.setDate(_qdate(info.appointment.start_at.date()))
        self._after_write(info.appointment.order_id)

    def start_move(self) -> None:
        row = self.selected_row()
        if row is None or not self.ui.moveButton.isEnabled():
            return
        if self.moving is None:
            self._draft = (self.ui.startDateEdit.date(), self.ui.startTimeEdit.time(), self.ui.durationSpin.value())
        self.moving = row
        self.errors.clear()
        self.ui.resultLabel.clear()
        self.ui.startDateEdit.setDate(_qdate(row.start_at.date()))
        self.ui.startTimeEdit.setTime(QTime(row.start_at.hour, row.start_at.minute))
        self.ui.durationSpin.setValue(row.duration_min)
        self.ui.moveLabel.setText(self.tr("Moving the booking of <b>%1</b> %2, now %3. Pick a new time.")
                                  .replace("%1", row.contact_name).replace("%2", row.plate)
                                  .replace("%3", f"{row.start_at:%m-%d %H:%M}"))
        self._show_mode()
        self.ui.startTimeEdit.setFocus()

    def apply_move(self) -> None:
        if self.moving is None:
            return
        try:
            info = self.ctx.call(appointments.move, self.moving.order_id, self.start_at(),
                                 self.ui.durationSpin.value())
        except DomainError as error:
            self.errors.show(error)
            return
        self._leave_move_mode()
        self._report(self.tr("Moved %1 to %2."), info)
        if all(day.day != info.appointment.start_at.date() for day in self.days):
            self.ui.dateEdit.setDate(_qdate(info.appointment.start_at.date()))
        self._after_write(info.appointment.order_id)

    def _leave_move_mode(self) -> None:
        self.moving = None
        if self._draft is not None:  # the new booking being typed before "Move" comes back as it was
            self.ui.startDateEdit.setDate(self._draft[0])
            self.ui.startTimeEdit.setTime(self._draft[1])
            self.ui.durationSpin.setValue(self._draft[2])
            self._draft = None
        self.errors.clear()
        self._show_mode()

    def _show_mode(self) -> None:
        moving = self.moving is not None
        ui = self.ui
        ui.bookingPanel.setTitle(self.tr("Move booking") if moving else self.tr("New booking"))
        ui.moveLabel.setVisible(moving)
        for widget in (ui.contactNameEdit, ui.contactPhoneEdit, ui.plateEdit, ui.jobClassCombo, ui.payerCombo,
                       ui.noteEdit, ui.nameLabel, ui.phoneLabel, ui.plateLabel, ui.jobClassLabel, ui.payerLabel,
                       ui.noteLabel, ui.bookButton, ui.clearButton):
            widget.setVisible(not moving)
        ui.plateHint.setVisible(not moving and bool(ui.plateHint.text()))
        ui.applyMoveButton.setVisible(moving)
        ui.backButton.setVisible(moving)

    def _report(self, template: str, info: appointments.AppointmentInfo) -> None:
        row = info.appointment
        when = QLocale().toString(_qdate(row.start_at.date()), "MM-dd ddd") + f" {row.start_at:%H:%M}"
        lines = [template.replace("%1", f"<b>{row.contact_name}</b>").replace("%2", when)]
        lines.append(self.tr("Cars booked in its hours: %1").replace("%1", ", ".join(
            f"{load.start:%H:%M} {load.booked}/{load.capacity}" for load in info.loads)))
        lines += [f"<span style='color:{_WARN}'>{tr_domain(w)}</span>" for w in info.warnings]
        self.ui.resultLabel.setText("<br>".join(lines))

    def _plate_entered(self) -> None:
        """A car already on file: say whose it is and fill the name and phone if still empty."""
        known = self.ctx.read(appointments.known_vehicle, self.ui.plateEdit.text())
        if known is None:
            self.ui.plateHint.clear()
            self.ui.plateHint.hide()
            return
        car = " ".join(part for part in (known.make, known.model) if part) or known.plate
        self.ui.plateHint.setText(self.tr("On file: %1 of %2").replace("%1", car)
                                  .replace("%2", known.customer_name))
        self.ui.plateHint.show()
        if not self.ui.contactNameEdit.text().strip():
            self.ui.contactNameEdit.setText(known.customer_name)
        if not self.ui.contactPhoneEdit.text().strip():
            self.ui.contactPhoneEdit.setText(known.customer_phone)
