"""The reminders due (回訪 tab, its own page): next services, insurance expiries and annual inspections overdue
or due this week, by the day they fall due; each one called, messaged (the template copied for WeChat or SMS),
closed by a booking made here for the customer's car, or closed with a reason; the car's dates set by hand."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from garage_desktop.domain import limits
from garage_desktop.domain.reminders import KIND_LABELS, URGENCY_LABELS, Kind, Urgency
from garage_desktop.domain.text import DomainError
from garage_desktop.services import clock, reminders
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.dialogs import message_dialog, vehicle_dates_dialog
from garage_desktop.ui.dialogs.action_buttons import add_action_buttons
from garage_desktop.ui.errors import FieldErrors, error_text, tr_domain
from garage_desktop.ui.text_limits import limit_inputs

_KEY = Qt.ItemDataRole.UserRole
LATE = QBrush(QColor("#c62828"))
SOON = QBrush(QColor("#b26a00"))
TOPICS = frozenset({"vehicles", "reminders", "contacts", "appointments", "orders", "customers"})
COLUMNS = 9


class NoteDialog(QDialog):
    """A line of text for an action on a due item (the outcome of a call, why an item is closed): ``submit(text)``
    runs the service; a refusal is shown beside the field and the text stays."""

    def __init__(self, title: str, prompt: str, suggestions: list[str], submit: Callable[[str], object],
                 field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finished.connect(self.deleteLater)  # closed, it is deleted (a parent keeps it alive)
        self.submit, self.result_value = submit, None
        self.setObjectName("NoteDialog")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.text_combo = QComboBox()
        self.text_combo.setObjectName("textCombo")
        self.text_combo.setEditable(True)
        self.text_combo.addItems(suggestions)
        self.text_combo.setCurrentText("")
        self.text_combo.setMinimumWidth(360)
        limit_inputs({self.text_combo.lineEdit(): limits.TextLimit(prompt, 200)})
        label = QLabel(prompt)
        label.setBuddy(self.text_combo)
        self.field_error = QLabel()
        self.field_error.setObjectName("fieldError")
        form.addRow(label, self.text_combo)
        form.addRow("", self.field_error)
        layout.addLayout(form)
        self.form_error = QLabel()
        self.form_error.setObjectName("formError")
        layout.addWidget(self.form_error)
        self.errors = FieldErrors({field: self.field_error}, fallback=self.form_error)
        self.buttons, self.ok_button = add_action_buttons(self, layout, title)
        self.text_combo.setFocus()

    def confirm(self) -> None:
        self.errors.clear()
        try:
            self.result_value = self.submit(self.text_combo.currentText())
        except DomainError as error:
            self.errors.show(error)
            return
        self.accept()


class BookingDialog(QDialog):
    """Book the customer's car in from a due item (or close the item by a booking already made for the car):
    ``submit(start_at, order_id)`` runs the service; a refusal is shown beside the time and nothing is lost."""

    def __init__(self, heading: str, start_at: datetime, bookings: tuple[reminders.BookingChoice, ...],
                 submit: Callable[[datetime, int | None], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finished.connect(self.deleteLater)  # closed, it is deleted (a parent keeps it alive)
        self.submit, self.result_value = submit, None
        self.setObjectName("BookingDialog")
        self.setWindowTitle(self.tr("Book the car in"))
        layout = QVBoxLayout(self)
        head = QLabel(heading)
        head.setWordWrap(True)
        layout.addWidget(head)
        form = QFormLayout()
        self.choice_combo = QComboBox()
        self.choice_combo.setObjectName("choiceCombo")
        self.choice_combo.addItem(self.tr("A new booking at the time below"), None)
        for booking in bookings:
            self.choice_combo.addItem(self.tr("The booking already made for %1").replace(
                "%1", f"{booking.start_at:%Y-%m-%d %H:%M}"), booking.order_id)
        choice_label = QLabel(self.tr("&Close by:"))
        choice_label.setBuddy(self.choice_combo)
        form.addRow(choice_label, self.choice_combo)
        self.start_edit = QDateTimeEdit(QDateTime(start_at))
        self.start_edit.setObjectName("startEdit")
        self.start_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.start_edit.setCalendarPopup(True)
        start_label = QLabel(self.tr("&Time:"))
        start_label.setBuddy(self.start_edit)
        self.start_error = QLabel()
        self.start_error.setObjectName("startError")
        form.addRow(start_label, self.start_edit)
        form.addRow("", self.start_error)
        layout.addLayout(form)
        self.form_error = QLabel()
        self.form_error.setObjectName("formError")
        self.form_error.setWordWrap(True)
        layout.addWidget(self.form_error)
        self.errors = FieldErrors({"start_at": self.start_error, "duration_min": self.start_error},
                                  fallback=self.form_error)
        self.choice_combo.currentIndexChanged.connect(
            lambda _index: self.start_edit.setEnabled(self.choice_combo.currentData() is None))
        self.buttons, self.ok_button = add_action_buttons(self, layout, self.tr("&Book"))
        self.start_edit.setFocus()

    def confirm(self) -> None:
        self.errors.clear()
        try:
            self.result_value = self.submit(self.start_edit.dateTime().toPython(),  # type: ignore[arg-type]
                                            self.choice_combo.currentData())
        except DomainError as error:
            self.errors.show(error)
            return
        self.accept()


def next_opening(now: datetime) -> datetime:
    """A booking's first offer: tomorrow at 9:00."""
    return datetime.combine(now.date() + timedelta(days=1), time(9, 0))


class DueList(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("DueList")
        self.items: list[reminders.DueItem] = []
        self.more = False
        self._stale = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        self.title_label = QLabel(self.tr("<b>Reminders due</b> — bring customers back: call or message, then book "
                                          "the car in or close the reminder with a reason"))
        self.title_label.setWordWrap(True)
        filters.addWidget(self.title_label, 1)
        kind_label = QLabel(self.tr("&Kind:"))
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kindCombo")
        self.kind_combo.addItem(self.tr("All kinds"), None)
        for kind in Kind:
            self.kind_combo.addItem(tr_domain(KIND_LABELS[kind]), kind.value)
        kind_label.setBuddy(self.kind_combo)
        self.ahead_combo = QComboBox()
        self.ahead_combo.setObjectName("aheadCombo")
        self.ahead_combo.addItem(self.tr("Overdue and this week"), 7)
        self.ahead_combo.addItem(self.tr("Overdue and the next 30 days"), 30)
        self.ahead_combo.setToolTip(self.tr("Insurance is best renewed early: look a month ahead"))
        filters.addWidget(kind_label)
        filters.addWidget(self.kind_combo)
        filters.addWidget(self.ahead_combo)
        layout.addLayout(filters)

        self.tree = QTreeWidget()
        self.tree.setObjectName("dueItemsList")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setHeaderLabels([self.tr("Due"), self.tr("When"), self.tr("Kind"), self.tr("Plate"), self.tr("Car"),
                                   self.tr("Customer"), self.tr("Phone"), self.tr("What is due"),
                                   self.tr("Reminded")])
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.tree.setToolTip(self.tr("Overdue first, then by the day each falls due; a service by km falls due on "
                                     "the day the car's expected mileage reaches it"))
        layout.addWidget(self.tree, 1)

        actions = QHBoxLayout()
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        actions.addWidget(self.count_label, 1)
        self.more_button = QPushButton(self.tr("Show &more"))
        self.more_button.setObjectName("moreButton")
        self.call_button = QPushButton(self.tr("&Called…"))
        self.call_button.setObjectName("callButton")
        self.call_button.setToolTip(self.tr("Record a reminder call and what came of it"))
        self.message_button = QPushButton(self.tr("&Message…"))
        self.message_button.setObjectName("messageButton")
        self.message_button.setToolTip(self.tr("Fill the reminder message and copy it for WeChat or SMS"))
        self.book_button = QPushButton(self.tr("&Book…"))
        self.book_button.setObjectName("bookButton")
        self.book_button.setToolTip(self.tr("Book the car in: the reminder is closed by the booking"))
        self.close_button = QPushButton(self.tr("C&lose…"))
        self.close_button.setObjectName("closeButton")
        self.close_button.setToolTip(self.tr("Close the reminder without a booking, saying why"))
        self.dates_button = QPushButton(self.tr("&Dates…"))
        self.dates_button.setObjectName("datesButton")
        self.dates_button.setToolTip(self.tr("The car's next service, insurance expiry and annual inspection"))
        for button in (self.more_button, self.call_button, self.message_button, self.book_button,
                       self.close_button, self.dates_button):
            actions.addWidget(button)
        layout.addLayout(actions)
        self.result_label = QLabel()
        self.result_label.setObjectName("resultLabel")
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)

        self.kind_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.ahead_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.tree.currentItemChanged.connect(lambda *_: self._enable())
        self.more_button.clicked.connect(self.show_more)
        self.call_button.clicked.connect(self.record_call)
        self.message_button.clicked.connect(self.send_message)
        self.book_button.clicked.connect(self.book)
        self.close_button.clicked.connect(self.close_item)
        self.dates_button.clicked.connect(self.edit_dates)
        ctx.data_changed.connect(self._data_changed)
        self._enable()

    # --- reading ------------------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _data_changed(self, topics: frozenset[str]) -> None:
        if topics & TOPICS:
            self._stale = True
            if self.isVisible():
                self.reload()

    def _kind(self) -> Kind | None:
        value = self.kind_combo.currentData()
        return Kind(value) if value else None

    def _read(self, offset: int) -> reminders.DuePage:
        return self.ctx.read(reminders.due_list, clock.now().date(), kind=self._kind(),
                             ahead_days=int(self.ahead_combo.currentData()), offset=offset)

    def reload(self) -> None:
        """Read the list again from the top, keeping the chosen item chosen when it is still due."""
        chosen = self.current()
        self._stale = False
        page = self._read(0)
        self.items, self.more = list(page.items), page.more
        self._fill(chosen)

    def show_more(self) -> None:
        page = self._read(len(self.items))
        self.items.extend(page.items)
        self.more = page.more
        self._fill(self.current())

    def _fill(self, chosen: reminders.DueItem | None) -> None:
        self.tree.clear()
        today = clock.now().date()
        pick = None
        for index, item in enumerate(self.items):
            row = QTreeWidgetItem([f"{item.due_on:%Y-%m-%d}", self._when(item, today),
                                   tr_domain(item.kind_label), item.plate, item.make_model, item.customer,
                                   item.phone, self._what(item), self._reminded(item)])
            row.setData(0, _KEY, index)
            brush = LATE if item.urgency is Urgency.OVERDUE else SOON
            for column in (0, 1):
                row.setForeground(column, brush)
            self.tree.addTopLevelItem(row)
            if chosen is not None and (item.vehicle_id, item.kind) == (chosen.vehicle_id, chosen.kind):
                pick = row
        if pick is not None:
            self.tree.setCurrentItem(pick)
        overdue = sum(1 for item in self.items if item.urgency is Urgency.OVERDUE)
        shown = self.tr("%1 due, %2 of them overdue").replace("%1", str(len(self.items))).replace("%2", str(overdue))
        self.count_label.setText(shown + (self.tr(" (more below)") if self.more else "")
                                 if self.items else self.tr("Nothing due: every reminder is dealt with."))
        self.more_button.setVisible(self.more)
        self._enable()

    def _when(self, item: reminders.DueItem, today: date) -> str:
        days = (item.due_on - today).days
        if item.urgency is Urgency.OVERDUE:
            return self.tr("%1 days late").replace("%1", str(-days))
        if days == 0:
            return self.tr("today")
        return tr_domain(URGENCY_LABELS[item.urgency]) if days > 6 else self.tr("in %1 days").replace("%1", str(days))

    def _what(self, item: reminders.DueItem) -> str:
        if item.kind is Kind.INSURANCE:
            return self.tr("Insurance expires %1").replace("%1", f"{item.item_on:%Y-%m-%d}")
        if item.kind is Kind.INSPECTION:
            return self.tr("Annual inspection by %1").replace("%1", f"{item.item_on:%Y-%m-%d}")
        parts = []
        if item.item_on is not None:
            parts.append(f"{item.item_on:%Y-%m-%d}")
        if item.item_km is not None:
            parts.append(f"{item.item_km:,} km")
        text = self.tr("Service %1").replace("%1", self.tr(" or ").join(parts))
        if item.expected_km is not None and item.item_km is not None:
            text += " " + self.tr("(now about %1 km)").replace("%1", f"{item.expected_km:,}")
        return text

    def _reminded(self, item: reminders.DueItem) -> str:
        if not item.contacts:
            return ""
        channel = {"call": self.tr("call"), "message": self.tr("message")}
        last = item.last_contact
        for english, shown in channel.items():
            if last.startswith(english):
                last = shown + last[len(english):]
        return self.tr("%1×, last %2").replace("%1", str(item.contacts)).replace("%2", last)

    def current(self) -> reminders.DueItem | None:
        row = self.tree.currentItem()
        if row is None:
            return None
        index = row.data(0, _KEY)
        return self.items[index] if isinstance(index, int) and index < len(self.items) else None

    def _enable(self) -> None:
        chosen = self.current() is not None
        for button in (self.call_button, self.message_button, self.book_button, self.close_button,
                       self.dates_button):
            button.setEnabled(chosen)

    def _done(self, text: str) -> None:
        self.result_label.setStyleSheet("color: #2e7d32;")
        self.result_label.setText(text)

    def _failed(self, error: DomainError) -> None:
        self.result_label.setStyleSheet("color: #c62828;")
        self.result_label.setText(error_text(error))

    # --- acting on the chosen item ------------------------------------------------------------------------
    def record_call(self) -> None:
        item = self.current()
        if item is None:
            return
        dialog = NoteDialog(
            self.tr("Record the call"), self.tr("&Outcome:"),
            [self.tr("No answer"), self.tr("Will call back to book"), self.tr("Reminded; will come")],
            lambda text: self.ctx.call(reminders.log_call, item.vehicle_id, item.kind, text), "outcome", self)
        if self.ask(dialog):
            self.ctx.changed("contacts")
            self._done(self.tr("Call recorded for %1.").replace("%1", item.plate))

    def send_message(self) -> None:
        item = self.current()
        if item is None:
            return
        contact_id = message_dialog.send_message(self.ctx, item.purpose, vehicle_id=item.vehicle_id, parent=self)
        if contact_id is not None:
            self.ctx.changed("contacts")
            self._done(self.tr("Message copied for %1: paste it into WeChat or an SMS.").replace("%1", item.plate))

    def book(self) -> None:
        item = self.current()
        if item is None:
            return
        try:
            bookings = self.ctx.read(reminders.bookings_of, item.vehicle_id)
        except DomainError as error:
            self._failed(error)
            return

        def submit(start_at: datetime, order_id: int | None) -> object:
            if order_id is not None:
                return self.ctx.call(reminders.close_with_booking, item.vehicle_id, item.kind, order_id)
            return self.ctx.call(reminders.book_and_close, item.vehicle_id, item.kind, start_at)

        heading = " · ".join(part for part in (item.plate, item.customer, item.phone, self._what(item)) if part)
        dialog = BookingDialog(heading, next_opening(clock.now()), bookings, submit, self)
        if self.ask(dialog):
            self.ctx.changed("appointments", "orders", "reminders")
            self._done(self.tr("%1 booked in; the reminder is closed.").replace("%1", item.plate))

    def close_item(self) -> None:
        item = self.current()
        if item is None:
            return
        dialog = NoteDialog(
            self.tr("Close the reminder"), self.tr("&Why:"),
            [self.tr("Serviced elsewhere"), self.tr("Car sold"), self.tr("Already renewed"),
             self.tr("Customer not interested")],
            lambda text: self.ctx.call(reminders.close_with_reason, item.vehicle_id, item.kind, text), "reason", self)
        if self.ask(dialog):
            self.ctx.changed("reminders")
            self._done(self.tr("Reminder for %1 closed.").replace("%1", item.plate))

    def edit_dates(self) -> None:
        item = self.current()
        if item is not None and vehicle_dates_dialog.edit_dates(self.ctx, item.vehicle_id, self):
            self._done(self.tr("Dates saved for %1.").replace("%1", item.plate))

    @staticmethod
    def ask(dialog: QDialog) -> bool:
        """Run a dialog modally (tests replace this to drive it without a modal loop)."""
        return dialog.exec() == QDialog.DialogCode.Accepted
