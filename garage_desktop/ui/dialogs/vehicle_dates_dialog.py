"""A car's reminder dates by hand: the next service (date and/or km), the insurance expiry (交強險) and the next
annual inspection (年檢), with the car's last and expected mileage beside them. A refusal is shown beside its field
and everything typed stays."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from garage_desktop.domain.text import DomainError
from garage_desktop.services import reminders
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.dialogs.action_buttons import add_action_buttons
from garage_desktop.ui.errors import FieldErrors, error_text

NO_DATE = date(2000, 1, 1)  # a date edit's "—": no date
HINT_STYLE = "color: #5f6368;"


def _date_edit(name: str, tip: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    edit.setMinimumDate(QDate(NO_DATE.year, NO_DATE.month, NO_DATE.day))
    edit.setSpecialValueText("—")
    edit.setToolTip(tip)
    return edit


def set_date(edit: QDateEdit, value: date | None) -> None:
    edit.setDate(value or NO_DATE)


def date_of(edit: QDateEdit) -> date | None:
    chosen = edit.date().toPython()
    return None if chosen <= NO_DATE else chosen  # type: ignore[operator,return-value]


class VehicleDatesDialog(QDialog):
    def __init__(self, ctx: AppContext, vehicle_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finished.connect(self.deleteLater)  # closed, it is deleted (a parent keeps it alive)
        self.ctx, self.vehicle_id = ctx, vehicle_id
        self.saved: reminders.VehicleDates | None = None
        self.setObjectName("VehicleDatesDialog")
        self.setWindowTitle(self.tr("Reminder dates"))
        self.setMinimumWidth(500)
        layout = QVBoxLayout(self)
        self.head_label = QLabel()
        self.head_label.setObjectName("headLabel")
        self.head_label.setWordWrap(True)
        layout.addWidget(self.head_label)
        self.mileage_label = QLabel()
        self.mileage_label.setObjectName("mileageLabel")
        self.mileage_label.setWordWrap(True)
        self.mileage_label.setStyleSheet(HINT_STYLE)
        layout.addWidget(self.mileage_label)

        form = QFormLayout()
        self.service_on_edit = _date_edit("serviceOnEdit", self.tr("The day the next service is due; — for none"))
        self.service_km_edit = QLineEdit()
        self.service_km_edit.setObjectName("serviceKmEdit")
        self.service_km_edit.setPlaceholderText(self.tr("e.g. 50,000"))
        self.service_km_edit.setToolTip(self.tr("The mileage the next service is due at; empty for none. Due on "
                                                "the date or at the km, whichever comes first."))
        self.insurance_edit = _date_edit("insuranceEdit", self.tr("The day the compulsory insurance (交強險) "
                                                                  "expires; — when not known"))
        self.inspection_edit = _date_edit("inspectionEdit", self.tr("The day the annual inspection (年檢) is due; — "
                                                                    "when not known"))
        self.error_labels: dict[str, QLabel] = {}
        rows = ((self.tr("Next service &on:"), self.service_on_edit, "next_service_on"),
                (self.tr("Next service at &km:"), self.service_km_edit, "next_service_km"),
                (self.tr("&Insurance expires:"), self.insurance_edit, "insurance_expires_on"),
                (self.tr("Annual i&nspection:"), self.inspection_edit, "inspection_due_on"))
        for text, widget, field in rows:
            label = QLabel(text)
            label.setBuddy(widget)
            error = QLabel()
            error.setObjectName(f"{field}Error")
            self.error_labels[field] = error
            form.addRow(label, widget)
            form.addRow("", error)
        layout.addLayout(form)
        self.due_label = QLabel()
        self.due_label.setObjectName("dueLabel")
        self.due_label.setStyleSheet(HINT_STYLE)
        layout.addWidget(self.due_label)
        self.form_error = QLabel()
        self.form_error.setObjectName("formError")
        layout.addWidget(self.form_error)
        self.errors = FieldErrors(self.error_labels, fallback=self.form_error)
        self.buttons, self.save_button = add_action_buttons(self, layout, self.tr("&Save"))
        self.save_button.setObjectName("saveButton")
        self._load()
        self.service_on_edit.setFocus()

    def _load(self) -> None:
        try:
            shown = self.ctx.read(reminders.vehicle_dates, self.vehicle_id)
        except DomainError as error:
            self.save_button.setEnabled(False)
            self.form_error.setText(error_text(error))
            self.form_error.show()
            return
        self.head_label.setText(" · ".join(f"<b>{part}</b>" if n == 0 else part for n, part in enumerate(
            (shown.plate, shown.customer, shown.phone)) if part))
        if shown.last_mileage is None:
            self.mileage_label.setText(self.tr("No mileage on file yet."))
        else:
            rate = (self.tr("%1 km a day from its %2 readings").replace("%2", str(shown.readings))
                    if shown.readings > 1 else self.tr("%1 km a day, as for any car seen once"))
            self.mileage_label.setText(
                self.tr("Last recorded %1 km; expected today about %2 km (%3)")
                .replace("%1", f"{shown.last_mileage:,}")
                .replace("%2", f"{shown.expected_mileage:,}" if shown.expected_mileage is not None else "—")
                .replace("%3", rate.replace("%1", shown.km_per_day)))
        set_date(self.service_on_edit, shown.next_service_on)
        self.service_km_edit.setText(f"{shown.next_service_km:,}" if shown.next_service_km is not None else "")
        set_date(self.insurance_edit, shown.insurance_expires_on)
        set_date(self.inspection_edit, shown.inspection_due_on)
        self._show_due(shown)

    def _show_due(self, shown: reminders.VehicleDates) -> None:
        self.due_label.setText(self.tr("The next service falls due on %1.").replace("%1", f"{shown.next_service_due_on}")
                               if shown.next_service_due_on else "")

    def form(self) -> reminders.DatesForm:
        return reminders.DatesForm(date_of(self.service_on_edit), self.service_km_edit.text(),
                                   date_of(self.insurance_edit), date_of(self.inspection_edit))

    def confirm(self) -> None:
        self.errors.clear()
        try:
            self.saved = self.ctx.call(reminders.set_vehicle_dates, self.vehicle_id, self.form())
        except DomainError as error:
            self.errors.show(error)  # beside each field; everything typed stays
            self.adjustSize()  # room for the messages
            return
        self.ctx.changed("vehicles", "reminders")
        self.accept()


def edit_dates(ctx: AppContext, vehicle_id: int, parent: QWidget | None = None) -> bool:
    """Open the dialog; True once saved (tests replace it)."""
    return VehicleDatesDialog(ctx, vehicle_id, parent).exec() == QDialog.DialogCode.Accepted
