"""接車 Intake tab: find or register customer and car, record the visit and the damage, open the order."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from garage_desktop.domain import limits
from garage_desktop.domain.classes import (
    DEFAULT_REGULATORY,
    LABELS,
    FuelType,
    JobClass,
    Payer,
    RegulatoryClass,
)
from garage_desktop.domain.identifiers import check_plate, check_vin, normalise_plate
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.text import DomainError, each_error
from garage_desktop.services import changes, clock, customers, intake, model_classes
from garage_desktop.services import settings as garage_settings
from garage_desktop.services.customers import CustomerForm, FieldWarning, VehicleForm, VehicleMatch
from garage_desktop.services.intake import DamageMarkInput, IntakeForm, IntakeView
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.dialogs import vehicle_dates_dialog
from garage_desktop.ui.errors import FieldErrors, error_text, tr_domain
from garage_desktop.ui.forms.ui_intake_tab import Ui_IntakeTab
from garage_desktop.ui.text_limits import limit_inputs
from garage_desktop.ui.widgets import order_menu
from garage_desktop.ui.widgets.comeback_panel import ComebackPanel
from garage_desktop.ui.widgets.damage_diagram import Mark
from garage_desktop.ui.widgets.next_step import NextStepButton
from garage_desktop.ui.widgets.search_completer import SearchCompleter

ERROR_STYLE = "color: #c62828;"
WARNING_STYLE = "color: #b26a00;"  # amber: look at it, but it does not block
NO_YEAR = 1949  # the year spin box's "—" (unknown)
NO_PURCHASE_DATE = date(1990, 1, 1)  # the purchase date's "—" (unknown: the 三包 check says so)
_ORDER_ID = Qt.ItemDataRole.UserRole
BEFORE_CONFIRMATION = (OrderStatus.RECEIVED, OrderStatus.ESTIMATED)  # the intake's next step: the estimate


class IntakeTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_IntakeTab()
        self.ui.setupUi(self)
        ui = self.ui
        self._order: IntakeView | None = None  # the order shown, None for a new walk-in
        self._booking_id: int | None = None
        self._customer_id: int | None = None
        self._vehicle_id: int | None = None
        self._last_mileage: int | None = None
        self._waiting_reloads = 0
        self.diagram = ui.damageDiagram
        self.fields: dict[str, QWidget] = {
            "name": ui.nameEdit, "phone": ui.phoneEdit, "address": ui.addressEdit, "plate": ui.plateEdit,
            "vin": ui.vinEdit, "make": ui.makeEdit, "model": ui.modelEdit, "year": ui.yearSpin,
            "purchase_date": ui.purchaseDateEdit,
            "colour": ui.colourEdit, "fuel_type": ui.fuelTypeCombo, "model_class": ui.modelClassCombo,
            "mileage": ui.mileageEdit, "fuel_level": ui.fuelLevelSlider, "complaint": ui.complaintEdit,
            "items_left": ui.itemsLeftEdit, "notes": ui.notesEdit, "job_class": ui.jobClassCombo,
            "regulatory_class": ui.regulatoryClassCombo, "payer": ui.payerCombo,
            "promised_at": ui.promisedAtEdit, "damage_marks": self.diagram}
        self.errors = FieldErrors({name: getattr(ui, self._label_name(name)) for name in self.fields},
                                  fallback=ui.formError)
        # Another seat saved the order since it was opened here (issue 17): shown with that refusal only.
        self._version = 0
        self.reloadButton = QPushButton(self.tr("Re&load the order as saved"), self)
        self.reloadButton.setObjectName("reloadButton")
        self.reloadButton.setToolTip(self.tr("Show the order as the other seat saved it; what you typed here is "
                                             "dropped"))
        ui.buttonRow.insertWidget(ui.buttonRow.indexOf(ui.saveButton) + 1, self.reloadButton)
        self.reloadButton.hide()
        # The car's reminder dates (issue 18): next service, insurance expiry, annual inspection.
        self.datesButton = QPushButton(self.tr("Dates f&or reminders…"), self)
        self.datesButton.setObjectName("datesButton")
        self.datesButton.setToolTip(self.tr("The car's next service, insurance expiry and annual inspection (年檢), "
                                            "for the reminders"))
        ui.buttonRow.insertWidget(ui.buttonRow.indexOf(ui.clearButton) + 1, self.datesButton)
        self.datesButton.setEnabled(False)
        self.datesButton.clicked.connect(self.edit_reminder_dates)
        self.reloadButton.clicked.connect(self.reload_changed)
        limit_inputs({ui.nameEdit: limits.CUSTOMER_NAME, ui.phoneEdit: limits.PHONE, ui.addressEdit: limits.ADDRESS,
                      ui.makeEdit: limits.MAKE, ui.modelEdit: limits.MODEL, ui.colourEdit: limits.COLOUR,
                      ui.complaintEdit: limits.COMPLAINT, ui.itemsLeftEdit: limits.ITEMS_LEFT,
                      ui.notesEdit: limits.INTAKE_NOTES})
        self._fill_choices()
        self.search = SearchCompleter(ui.searchEdit, lambda text: ctx.read(customers.search, text),
                                      self._describe_hit)
        self.search.picked.connect(self.pick_match)
        ui.newCustomerButton.clicked.connect(self.new_customer)
        ui.clearButton.clicked.connect(self.clear_form)
        ui.receiveButton.clicked.connect(self.receive)
        ui.saveButton.clicked.connect(self.save)
        ui.jobClassCombo.currentIndexChanged.connect(self._job_class_changed)
        ui.modelClassCombo.currentIndexChanged.connect(self._show_coefficient)
        ui.fuelLevelSlider.valueChanged.connect(lambda value: ui.fuelLevelValue.setText(f"{value}/8"))
        ui.waitingList.itemActivated.connect(lambda item, _column: self.open_order(item.data(0, _ORDER_ID)))
        order_menu.attach(ctx, ui.waitingList, order_menu.first_column(_ORDER_ID))  # the orders' right-click menu
        for name in ("plate", "vin", "mileage"):
            self.fields[name].editingFinished.connect(lambda name=name: self._check_live(name))  # type: ignore[attr-defined]
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.submit,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.comeback = ComebackPanel(ctx, ui.comebackHolder)  # 返修 proposal and the vehicle history
        QVBoxLayout(ui.comebackHolder).addWidget(self.comeback)
        # 建議項目: work put off on the car's earlier visits, shown as soon as the car is found (issue 16)
        from garage_desktop.ui.widgets.recommendations_panel import RecommendationsPanel

        # Above the waiting list, where the page has room (the form above is as tall as the window allows).
        self.put_off = RecommendationsPanel(ctx, can_take_up=False, parent=self)
        index = ui.mainLayout.indexOf(ui.waitingGroup)
        row, column, rows, columns = ui.mainLayout.getItemPosition(index)
        ui.mainLayout.removeWidget(ui.waitingGroup)
        below = QVBoxLayout()
        below.addWidget(self.put_off)
        below.addWidget(ui.waitingGroup, 1)
        ui.mainLayout.addLayout(below, row, column, rows, columns)
        ui.comebackHolder.layout().setContentsMargins(0, 0, 0, 0)
        self.next_step = NextStepButton.after(ctx, ui.resultLabel)
        self.new_walk_in()
        self.reload_waiting()

    @staticmethod
    def _label_name(field: str) -> str:
        head, *rest = field.split("_")
        return head + "".join(part.title() for part in rest) + "Error"

    # --- choices ------------------------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        for combo, values in ((self.ui.fuelTypeCombo, FuelType), (self.ui.jobClassCombo, JobClass),
                              (self.ui.regulatoryClassCombo, RegulatoryClass), (self.ui.payerCombo, Payer)):
            for value in values:
                combo.addItem(tr_domain(LABELS[value]), value)
        self._fill_model_classes()

    def _fill_model_classes(self) -> None:
        combo = self.ui.modelClassCombo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("(not set)"), None)
        for mc in self.ctx.read(model_classes.list_classes):
            combo.addItem(f"{mc.name}  ×{mc.coefficient.normalize():f}", mc.id)
            combo.setItemData(combo.count() - 1, mc.coefficient, Qt.ItemDataRole.UserRole + 1)
        combo.blockSignals(False)
        _select(combo, chosen)
        self._show_coefficient()

    def _show_coefficient(self) -> None:
        coefficient = self.ui.modelClassCombo.currentData(Qt.ItemDataRole.UserRole + 1)
        self.ui.coefficientLabel.setText(
            self.tr("Complexity coefficient ×%1").replace("%1", f"{coefficient.normalize():f}") if coefficient
            else self.tr("No model class: labour at coefficient ×1"))

    def _job_class_changed(self) -> None:
        job = self.ui.jobClassCombo.currentData()  # Qt hands a StrEnum back as its str value
        if job is not None:
            _select(self.ui.regulatoryClassCombo, DEFAULT_REGULATORY[JobClass(job)])

    # --- the form -----------------------------------------------------------------------------------------
    def _default_promise(self) -> datetime:
        """Today's closing time, or tomorrow's when today's is less than two hours away."""
        closing = self.ctx.read(garage_settings.load).closing_time
        now = clock.now()
        promise = datetime.combine(now.date(), closing)
        return promise if promise - now >= timedelta(hours=2) else promise + timedelta(days=1)

    def _fill_customer(self, customer: customers.CustomerInfo | None) -> None:
        self._customer_id = customer.id if customer else None
        self.ui.nameEdit.setText(customer.name if customer else "")
        self.ui.phoneEdit.setText(customer.phone if customer else "")
        self.ui.addressEdit.setText(customer.address if customer else "")
        self.ui.customerGroup.setTitle(self.tr("Customer (on file)") if customer
                                       else self.tr("Customer (new)"))
        self._show_cards(self._customer_id)

    def _show_cards(self, customer_id: int | None) -> None:
        """Issue 19: the customer's member grade and package services left, one compact line (the whole list,
        with each card's number, in its tooltip)."""
        from garage_desktop.services import packages

        if not hasattr(self, "cardsLabel"):
            self.cardsLabel = QLabel(self.ui.customerGroup)
            self.cardsLabel.setObjectName("cardsLabel")
            self.cardsLabel.setStyleSheet("color: #1565c0;")
            self.cardsLabel.setWordWrap(True)
            self.gradeButton = QPushButton(self.tr("Grade…"), self.ui.customerGroup)
            self.gradeButton.setObjectName("gradeButton")
            self.gradeButton.setToolTip(self.tr("The customer's member grade (a cashier or the owner gives it)"))
            self.gradeButton.clicked.connect(self.change_grade)
            row = self.ui.customerGrid.rowCount()
            self.ui.customerGrid.addWidget(self.gradeButton, row, 0, 1, 1)  # the labels' column: a short button
            self.ui.customerGrid.addWidget(self.cardsLabel, row, 1, 1, -1)
        summary = self.ctx.read(packages.summary_for_customer, customer_id) if customer_id else None
        bits: list[str] = []
        if summary is not None and summary.grade:
            bits.append(self.tr("Member: %1").replace("%1", summary.grade))
        if summary is not None and summary.items:
            services = ", ".join(f"{item.service} ×{item.uses_left}" + (self.tr(" (expired)") if item.expired
                                                                          else "") for item in summary.items[:3])
            more = len(summary.items) - 3
            if more > 0:
                services += " " + self.tr("+%1 more").replace("%1", str(more))
            soonest = min((item.expires_on for item in summary.items if item.expires_on and not item.expired),
                          default=None)
            text = self.tr("Package cards: %1").replace("%1", services)
            if soonest is not None:
                text += " " + self.tr("(until %1)").replace("%1", soonest.isoformat())
            bits.append(text)
        self.cardsLabel.setText(" · ".join(bits))
        self.cardsLabel.setToolTip("\n".join(f"{item.label}: {item.uses_left} "
                                             + (item.expires_on.isoformat() if item.expires_on else "")
                                             for item in (summary.items if summary else ())))
        self.cardsLabel.setVisible(bool(bits))
        why = self._grade_refusal()
        self.gradeButton.setVisible(customer_id is not None)
        self.gradeButton.setEnabled(why is None)
        self.gradeButton.setToolTip(why or self.tr("The customer's member grade"))

    def _grade_refusal(self) -> str | None:
        from garage_desktop.domain.text import PermissionRefused
        from garage_desktop.services import member_grades, permissions

        def check(session) -> PermissionRefused | None:  # type: ignore[no-untyped-def]
            try:
                permissions.require(session, self.ctx.operator_id, *member_grades.GRADE_ROLES)
            except PermissionRefused as error:
                return error
            return None

        why = self.ctx.read(check)
        return error_text(why) if why is not None else None

    def change_grade(self) -> None:
        """Give the customer on file a member grade (or none): saved at once, audited."""
        from garage_desktop.services import member_grades

        if self._customer_id is None:
            return
        grades = self.ctx.read(member_grades.list_grades)
        current = self.ctx.read(member_grades.grade_of, self._customer_id)
        choices = [(self.tr("No grade"), None)] + [(g.name, g.id) for g in grades]
        chosen = ask_grade(self, [text for text, _id in choices],
                           next((i for i, (_t, gid) in enumerate(choices) if current and gid == current.id), 0))
        if chosen is None:
            return
        try:
            self.ctx.call(member_grades.set_customer_grade, self._customer_id, choices[chosen][1])
        except DomainError as error:
            self.show_error(error)
            return
        self.ctx.changed("orders")
        self._show_cards(self._customer_id)

    def _fill_vehicle(self, vehicle: customers.VehicleInfo | None) -> None:
        ui = self.ui
        self._vehicle_id = vehicle.id if vehicle else None
        ui.plateEdit.setText(vehicle.plate if vehicle else "")
        ui.vinEdit.setText(vehicle.vin if vehicle else "")
        ui.makeEdit.setText(vehicle.make if vehicle else "")
        ui.modelEdit.setText(vehicle.model if vehicle else "")
        ui.yearSpin.setValue(vehicle.year if vehicle and vehicle.year else NO_YEAR)
        ui.purchaseDateEdit.setDate(vehicle.purchase_date if vehicle and vehicle.purchase_date else NO_PURCHASE_DATE)
        ui.colourEdit.setText(vehicle.colour if vehicle else "")
        _select(ui.fuelTypeCombo, vehicle.fuel_type if vehicle else FuelType.PETROL)
        _select(ui.modelClassCombo, vehicle.model_class_id if vehicle else None)
        self._last_mileage = vehicle.last_mileage if vehicle else None
        ui.lastMileageLabel.setText(
            self.tr("last recorded: %1 km").replace("%1", f"{self._last_mileage:,}")
            if self._last_mileage is not None else "")
        ui.vehicleGroup.setTitle(self.tr("Vehicle (on file)") if vehicle else self.tr("Vehicle (new)"))
        received = self._order if self._order and self._order.status is not OrderStatus.BOOKED else None
        self.comeback.show_for(self._vehicle_id, received.order_id if received else None, self._last_mileage)
        self.put_off.show_for(self._vehicle_id)
        self.datesButton.setEnabled(self._vehicle_id is not None)

    def new_walk_in(self) -> None:
        """An empty form for a car that arrives without a booking."""
        ui = self.ui
        self._order, self._booking_id = None, None
        self._fill_customer(None)
        self._fill_vehicle(None)
        ui.searchEdit.clear()
        ui.mileageEdit.clear()
        ui.fuelLevelSlider.setValue(4)
        ui.complaintEdit.clear()
        ui.itemsLeftEdit.clear()
        ui.notesEdit.clear()
        _select(ui.jobClassCombo, JobClass.MINOR)
        self._job_class_changed()
        _select(ui.payerCombo, Payer.SELF)
        ui.promisedAtEdit.setDateTime(self._default_promise())
        ui.yearSpin.setMaximum(clock.now().year + 1)
        self.diagram.set_marks([])
        self.errors.clear()
        ui.resultLabel.clear()
        self.next_step.withdraw()
        self._set_mode(self.tr("<b>New walk-in</b> — find the customer above, or type a new one"),
                       receive=True, editable=True)

    def new_customer(self) -> None:
        """Forget the picked customer and car: what is typed now is registered as new."""
        self._fill_customer(None)
        self._fill_vehicle(None)
        self.ui.searchEdit.clear()
        self.ui.nameEdit.setFocus()

    def edit_reminder_dates(self) -> None:
        """The dates the reminders are worked from, for the car on file."""
        if self._vehicle_id is not None:
            vehicle_dates_dialog.edit_dates(self.ctx, self._vehicle_id, self)

    def clear_form(self) -> None:
        self.ctx.set_current_order(None)
        self.new_walk_in()
        self.ui.searchEdit.setFocus()

    def _set_mode(self, text: str, *, receive: bool, editable: bool, why_not: str = "") -> None:
        ui = self.ui
        ui.modeLabel.setText(text)
        ui.receiveButton.setVisible(receive)
        ui.saveButton.setVisible(not receive)
        ui.saveButton.setEnabled(editable)
        ui.saveButton.setToolTip(why_not or self.tr("Save the corrected intake record (Ctrl+Enter)"))
        ui.searchEdit.setEnabled(editable)
        ui.newCustomerButton.setEnabled(editable)
        for widget in self.fields.values():
            if isinstance(widget, QLineEdit) or widget is ui.complaintEdit:
                widget.setReadOnly(not editable)  # type: ignore[attr-defined]
            elif widget is not self.diagram:
                widget.setEnabled(editable)
        self.diagram.set_read_only(not editable)

    # --- picking a customer / car -------------------------------------------------------------------------
    def _describe_hit(self, hit: VehicleMatch) -> str:
        who = f"{hit.customer_name}  {hit.phone}".strip()
        if hit.vehicle_id is None:
            return f"{who} — " + self.tr("no car on file")
        car = " ".join(part for part in (hit.make, hit.model) if part)
        return f"{hit.plate}  {car} — {who}"

    def pick_match(self, hit: VehicleMatch) -> None:
        """Fill the customer (and the car, when the hit has one) from the records."""
        self._fill_customer(self.ctx.read(customers.customer_details, hit.customer_id))
        vehicle = self.ctx.read(customers.vehicle_details, hit.vehicle_id) if hit.vehicle_id else None
        self._fill_vehicle(vehicle)
        self.ui.searchEdit.clear()
        for name in ("name", "phone", "plate", "vin", "mileage"):
            self.errors.labels[name].hide()
        self._check_live("vin")
        self.ui.mileageEdit.setFocus()

    # --- the current order --------------------------------------------------------------------------------
    def on_current_order_changed(self, order_id: int | None) -> None:
        """Show the order at its stage; the same order at the same stage keeps what is being typed."""
        if order_id is None:
            if self._order is not None:
                self.new_walk_in()
            return
        try:
            version = self.ctx.read(changes.order_version, order_id)  # first: a change after it is a conflict
            view = self.ctx.read(intake.intake_record, order_id)
        except DomainError:
            return
        if self._order is not None and (self._order.order_id, self._order.status) == (order_id, view.status):
            return
        self.show_order(view, version)

    def open_order(self, order_id: int | None) -> None:
        if order_id is not None:
            self.ctx.set_current_order(order_id)
            self.on_current_order_changed(order_id)

    def reload_changed(self) -> None:
        """After "changed by … — reload": the order's intake as saved now (what was typed here is dropped)."""
        if self._order is None:
            return
        order_id = self._order.order_id
        self._order = None
        self.on_current_order_changed(order_id)

    def show_order(self, view: IntakeView, version: int | None = None) -> None:
        """Show ``view``, read at ``version`` of the order (None: read now, just after this seat's own save)."""
        self.new_walk_in()
        self._order = view
        self._version = version if version is not None else self.ctx.read(changes.order_version, view.order_id)
        self.reloadButton.hide()
        status = tr_domain(view.status_label)
        if view.status is OrderStatus.BOOKED:
            self._prefill_booking(view)
            return
        ui = self.ui
        self._fill_customer(view.customer)
        self._fill_vehicle(view.vehicle)
        ui.mileageEdit.setText("" if view.mileage is None else str(view.mileage))
        ui.fuelLevelSlider.setValue(4 if view.fuel_level is None else view.fuel_level)
        ui.complaintEdit.setPlainText(view.complaint)
        ui.itemsLeftEdit.setText(view.items_left)
        ui.notesEdit.setText(view.notes)
        _select(ui.jobClassCombo, view.job_class)
        _select(ui.regulatoryClassCombo, view.regulatory_class)
        _select(ui.payerCombo, view.payer)
        if view.promised_at:
            ui.promisedAtEdit.setDateTime(view.promised_at)
        self.diagram.set_marks(Mark(m.view, m.x, m.y, m.kind, m.note, m.found_at) for m in view.damage_marks)
        number = view.order_no or ""
        if view.editable:
            self._set_mode(self.tr("<b>%1</b> (%2) — the intake can be corrected until the customer "
                                   "confirms the work order").replace("%1", number).replace("%2", status),
                           receive=False, editable=True)
        else:
            why = error_text(DomainError(intake.NOT_EDITABLE, status=view.status_label))
            self._set_mode(self.tr("<b>%1</b> (%2) — intake record, read-only").replace("%1", number)
                           .replace("%2", status), receive=False, editable=False, why_not=why)
        self._check_live("vin")
        self._check_live("plate")
        # Received: the estimate is next (until the customer confirms it).
        self.next_step.offer(view.order_id, "estimate" if view.status in BEFORE_CONFIRMATION else None)

    def _prefill_booking(self, view: IntakeView) -> None:
        ui, booking = self.ui, view.booking
        self._booking_id = view.order_id
        _select(ui.jobClassCombo, view.job_class)
        _select(ui.regulatoryClassCombo, view.regulatory_class)
        _select(ui.payerCombo, view.payer)
        ui.complaintEdit.setPlainText(view.complaint)
        if view.customer is not None:
            self._fill_customer(view.customer)
            self._fill_vehicle(view.vehicle)
        elif booking is not None and booking.plate:
            hits = self.ctx.read(customers.search, booking.plate)
            exact = [hit for hit in hits if normalise_plate(hit.plate) == normalise_plate(booking.plate)]
            if len(exact) == 1:
                self.pick_match(exact[0])
        if booking is not None:
            if not ui.nameEdit.text():
                ui.nameEdit.setText(booking.contact_name)
            if not ui.phoneEdit.text():
                ui.phoneEdit.setText(booking.contact_phone)
            if not ui.plateEdit.text():
                ui.plateEdit.setText(booking.plate)
        when = f"{booking.start_at:%H:%M}" if booking else ""
        self._set_mode(self.tr("<b>Booking</b> %1 at %2 — check the details, inspect the car and receive it")
                       .replace("%1", ui.nameEdit.text()).replace("%2", when), receive=True, editable=True)
        ui.mileageEdit.setFocus()

    # --- writing ------------------------------------------------------------------------------------------
    def _purchase_date(self) -> date | None:
        """The purchase date typed; None at "—" (the date on file, if any, stays)."""
        chosen = self.ui.purchaseDateEdit.date().toPython()
        return None if chosen == NO_PURCHASE_DATE else chosen  # type: ignore[return-value]

    def form(self) -> IntakeForm:
        ui = self.ui
        year = ui.yearSpin.value()
        marks = tuple(DamageMarkInput(m.view, m.x, m.y, m.kind, m.note) for m in self.diagram.marks()
                      if m.found_at == "intake")
        return IntakeForm(
            customer=CustomerForm(self._customer_id, ui.nameEdit.text(), ui.phoneEdit.text(),
                                  ui.addressEdit.text()),
            vehicle=VehicleForm(self._vehicle_id, ui.plateEdit.text(), ui.vinEdit.text(), ui.makeEdit.text(),
                                ui.modelEdit.text(), None if year == NO_YEAR else year, ui.colourEdit.text(),
                                FuelType(ui.fuelTypeCombo.currentData()), ui.modelClassCombo.currentData(),
                                self._purchase_date()),
            complaint=ui.complaintEdit.toPlainText(), mileage=ui.mileageEdit.text(),
            fuel_level=ui.fuelLevelSlider.value(), items_left=ui.itemsLeftEdit.text(),
            notes=ui.notesEdit.text(),
            damage_marks=marks, job_class=JobClass(ui.jobClassCombo.currentData()),
            regulatory_class=RegulatoryClass(ui.regulatoryClassCombo.currentData()),
            payer=Payer(ui.payerCombo.currentData()),
            promised_at=ui.promisedAtEdit.dateTime().toPython().replace(second=0, microsecond=0),
            booking_order_id=self._booking_id)

    def submit(self) -> None:
        """Ctrl+Enter: receive the car, or save the corrections."""
        if self.ui.receiveButton.isVisible():
            self.receive()
        elif self.ui.saveButton.isEnabled() and self.ui.saveButton.isVisible():
            self.save()

    def receive(self) -> None:
        self.errors.clear()
        try:
            result = self.ctx.call(intake.receive, self.form())
        except intake.AlreadyInShop as error:  # the car is in the garage on another order: offer that one
            self.show_error(error)
            self.offer_open_order(error)
            return
        except DomainError as error:
            self.show_error(error)
            return
        self._announce("orders", "customers", "appointments")
        self.ctx.set_current_order(result.order_id)
        self.on_current_order_changed(result.order_id)
        self._done(self.tr("Car received: order %1 opened.").replace("%1", result.order_no), result.warnings)
        if self.next_step.order_id == result.order_id:
            self.next_step.offer(result.order_id, self.next_step.target, focus=True)

    def offer_open_order(self, error: intake.AlreadyInShop) -> None:
        """Ask whether to open the order the car is already on (the form keeps what was typed if not)."""
        answer = QMessageBox.question(
            self, self.tr("Car already in the garage"),
            error_text(error) + "\n\n" + self.tr("Open order %1 now?").replace("%1", str(error.params["order"])),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Open)
        if answer == QMessageBox.StandardButton.Open:
            self.ctx.open_order_requested.emit(error.order_id)

    def save(self) -> None:
        if self._order is None:
            return
        self.errors.clear()
        try:
            result = self.ctx.call_on_order(self._order.order_id, self._version, intake.update_intake,
                                            self._order.order_id, self.form())
        except DomainError as error:
            self.show_error(error)
            if isinstance(error, changes.ChangedElsewhere):  # another seat saved first: reload when ready
                self.reloadButton.show()
            return
        self._announce("orders", "customers")
        self.show_order(self.ctx.read(intake.intake_record, result.order_id))
        self._done(self.tr("Intake of %1 saved.").replace("%1", result.order_no), result.warnings)

    def _announce(self, *topics: str) -> None:
        """Tell the other screens; reload the waiting list here when nobody relayed it (a tab on its own)."""
        before = self._waiting_reloads
        self.ctx.changed(*topics)
        if self._waiting_reloads == before:
            self.reload_waiting()

    def _done(self, text: str, warnings: tuple[FieldWarning, ...]) -> None:
        for warning in warnings:
            shown = error_text(DomainError(warning.message, warning.field, **warning.params))
            self._message(warning.field, shown, warning=True)
        self.ui.resultLabel.setStyleSheet("color: #2e7d32; font-weight: bold;")
        self.ui.resultLabel.setText(text)

    # --- messages beside the fields -----------------------------------------------------------------------
    def _message(self, field: str | None, text: str, *, warning: bool) -> None:
        label: QLabel = self.errors.labels.get(field or "", self.ui.formError)
        label.setStyleSheet(WARNING_STYLE if warning else ERROR_STYLE)
        label.setText(text)
        label.setVisible(bool(text))

    def show_error(self, error: DomainError) -> None:
        """Each refusal beside its field, all at once (everything typed stays), plus the warnings of the other
        fields; the first refused field (top to bottom) gets the focus."""
        self.errors.clear()
        self.ui.resultLabel.clear()
        refused: dict[str | None, list[str]] = {}
        for one in each_error(error):
            refused.setdefault(one.field, []).append(error_text(one))
        for name in ("plate", "vin", "mileage"):
            if name not in refused:
                self._check_live(name)
        for field, texts in refused.items():
            self._message(field, "\n".join(dict.fromkeys(texts)), warning=False)
        first = next((name for name in self.fields if name in refused), None)
        if first is not None:
            self.fields[first].setFocus()

    def _check_live(self, field: str) -> None:
        """Plate, VIN and mileage are checked on leaving the field: errors in red, warnings in amber."""
        ui = self.ui
        warnings: list[str] = []
        try:
            if field == "plate" and ui.plateEdit.text().strip():
                plate = check_plate(ui.plateEdit.text())
                warnings = [tr_domain(w) for w in plate.warnings]
                if self._vehicle_id is None:  # typed rather than picked: is this car already on file?
                    owners = [hit.customer_name for hit in self.ctx.read(customers.search, plate.value)
                              if normalise_plate(hit.plate) == plate.value]
                    if owners:
                        taken = DomainError(customers.PLATE_TAKEN, name=owners[0])
                        warnings.append(error_text(taken))
            elif field == "vin":
                warnings = [tr_domain(w) for w in check_vin(ui.vinEdit.text()).warnings]
            elif field == "mileage":
                typed = ui.mileageEdit.text()  # read as the service reads it: a bad entry is refused here
                km = intake.parse_mileage(typed) if typed.strip() else None
                if km is not None and self._last_mileage is not None and km < self._last_mileage:
                    below = DomainError(customers.MILEAGE_BELOW_LAST, last=self._last_mileage)
                    warnings = [error_text(below)]
        except DomainError as error:
            self._message(field, error_text(error), warning=False)
            return
        self._message(field, "\n".join(warnings), warning=True)

    # --- the waiting list ---------------------------------------------------------------------------------
    def reload_waiting(self) -> None:
        self._waiting_reloads += 1
        today = clock.now().date()
        tree = self.ui.waitingList
        tree.clear()
        for row in self.ctx.read(intake.waiting, today):
            at = row.at
            when = "" if at is None else f"{at:%H:%M}" if at.date() == today else f"{at:%m-%d %H:%M}"
            item = QTreeWidgetItem([when, row.plate, row.customer_name, tr_domain(row.status_label)])
            item.setData(0, _ORDER_ID, row.order_id)
            item.setToolTip(2, row.complaint or row.phone)
            tree.addTopLevelItem(item)
        for column in range(tree.columnCount()):
            tree.resizeColumnToContents(column)
        count = str(tree.topLevelItemCount())
        self.ui.waitingGroup.setTitle(self.tr("Waiting at intake (%1)").replace("%1", count))

    def on_data_changed(self, topics: frozenset[str]) -> None:
        if topics & {"orders", "appointments"}:
            self.reload_waiting()
        if "settings" in topics:
            self._fill_model_classes()


def ask_grade(parent: QWidget, names: list[str], current: int) -> int | None:
    """Which member grade the customer gets (index into ``names``; module-level so tests replace it)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QInputDialog

    name, ok = QInputDialog.getItem(parent, QCoreApplication.translate("IntakeTab", "Member grade"),
                                    QCoreApplication.translate("IntakeTab", "The customer's grade:"), names, current,
                                    False)
    return names.index(name) if ok and name in names else None


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))
