"""The Settings tab: garage profile, pricing, workshop hours, model classes and operators (owner only)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTime, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from garage_desktop.domain import limits
from garage_desktop.domain.money import parse_decimal, parse_money
from garage_desktop.domain.pricing import HourUnit
from garage_desktop.domain.text import DomainError
from garage_desktop.languages import LANGUAGE_NAMES, LANGUAGES, WINDOW_LANGUAGE_KEY
from garage_desktop.services import merge, model_classes, operators, settings
from garage_desktop.services.model_classes import ModelClassInfo
from garage_desktop.services.operators import OperatorInfo
from garage_desktop.services.settings import GarageSettings
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.dialogs import merge_dialog
from garage_desktop.ui.dialogs.operator_dialog import OperatorDialog, OperatorDraft
from garage_desktop.ui.errors import FieldErrors, error_text
from garage_desktop.ui.forms.ui_settings_tab import Ui_SettingsTab
from garage_desktop.ui.roles import roles_text
from garage_desktop.ui.text_limits import limit_inputs

log = logging.getLogger(__name__)
ID_ROLE = Qt.ItemDataRole.UserRole
CLASS_COLUMNS = {"name": 0, "coefficient": 1, "vehicles": 2, "note": 3}
ERROR_BACKGROUND = QBrush(QColor("#ffcdd2"))


def plain_number(value: Decimal) -> str:
    """A Decimal without trailing zeros: 13.00 -> "13", 0.50 -> "0.5"."""
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def coefficient_text(value: Decimal) -> str:
    """Two decimals, three when the third is used: 1.1 -> "1.10", 1.125 -> "1.125"."""
    text = f"{value:.3f}"
    return text.removesuffix("0")


def ask_folder(parent: QWidget, current: str) -> str:
    """The backup folder chosen in a dialog ("" if cancelled; tests replace this)."""
    from PySide6.QtWidgets import QFileDialog

    return QFileDialog.getExistingDirectory(parent, QCoreApplication.translate("SettingsTab", "Backup folder"),
                                            current)


class SettingsTab(QWidget):
    duplicates_counted = Signal(int, int)  # (which count asked, groups found), from the counting thread

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._duplicates_asked = 0
        self.duplicates_counted.connect(self._show_duplicates)
        self.ui = Ui_SettingsTab()
        self.ui.setupUi(self)
        limit_inputs({self.ui.garageNameEdit: limits.GARAGE_NAME, self.ui.garageAddressEdit: limits.GARAGE_ADDRESS,
                      self.ui.garagePhoneEdit: limits.GARAGE_PHONE, self.ui.licenceNoEdit: limits.LICENCE_NO,
                      self.ui.taxIdEdit: limits.TAX_ID, self.ui.backupFolderEdit: limits.BACKUP_FOLDER})
        from garage_desktop.ui.widgets.catalog_page import CatalogPage

        self.catalog_page = CatalogPage(ctx)
        self.ui.catalogsPageLayout.addWidget(self.catalog_page)
        ui = self.ui
        ui.hourUnitCombo.setItemData(0, HourUnit.HOUR.value)
        ui.hourUnitCombo.setItemData(1, HourUnit.FIVE_MINUTES.value)
        ui.documentLanguageCombo.addItem(self.tr("The window's language"), "")
        for code in LANGUAGES:  # each language named in its own script
            ui.documentLanguageCombo.addItem(LANGUAGE_NAMES[code], code)
            ui.windowLanguageCombo.addItem(LANGUAGE_NAMES[code], code)
        chosen = QSettings().value(WINDOW_LANGUAGE_KEY)  # what the next start speaks (``ui.app.window_language``)
        ui.windowLanguageCombo.setCurrentIndex(max(0, ui.windowLanguageCombo.findData(
            chosen if chosen in LANGUAGES else ctx.window_language())))
        ui.windowLanguageCombo.currentIndexChanged.connect(self._window_language_chosen)
        self.errors = FieldErrors({
            "garage_name": ui.garageNameError, "garage_address": ui.garageAddressError,
            "garage_phone": ui.garagePhoneError, "licence_no": ui.licenceNoError, "tax_id": ui.taxIdError,
            "hourly_rate": ui.hourlyRateError, "tax_rate": ui.taxRateError,
            "notify_above_default": ui.notifyAboveDefaultError, "bays": ui.baysError,
            "opening_time": ui.openingTimeError, "closing_time": ui.closingTimeError,
            "idle_lock_minutes": ui.idleLockError, "document_language": ui.documentLanguageError,
            "sanbao_valid_years": ui.sanbaoError, "sanbao_valid_km": ui.sanbaoError,
            "sanbao_repair_years": ui.sanbaoError, "sanbao_repair_km": ui.sanbaoError,
        }, fallback=ui.formError)
        self.field_widgets: dict[str, QWidget] = {
            "garage_name": ui.garageNameEdit, "garage_address": ui.garageAddressEdit,
            "garage_phone": ui.garagePhoneEdit, "licence_no": ui.licenceNoEdit, "tax_id": ui.taxIdEdit,
            "hourly_rate": ui.hourlyRateEdit, "tax_rate": ui.taxRateEdit,
            "notify_above_default": ui.notifyAboveEdit, "bays": ui.baysSpin,
            "opening_time": ui.openingTimeEdit, "closing_time": ui.closingTimeEdit,
            "idle_lock_minutes": ui.idleLockSpin, "document_language": ui.documentLanguageCombo,
            "sanbao_valid_years": ui.sanbaoValidYearsSpin, "sanbao_valid_km": ui.sanbaoValidKmSpin,
            "sanbao_repair_years": ui.sanbaoRepairYearsSpin, "sanbao_repair_km": ui.sanbaoRepairKmSpin,
        }
        self.class_errors = FieldErrors({}, fallback=ui.modelClassError)
        self._setup_tables()
        # Records typed twice in the two scripts, for the owner to merge; the button counts the groups.
        self.merge_button = QPushButton(self.tr("Merge records on file twice…"), ui.operatorsGroup)
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setToolTip(self.tr("Cars and customers typed once in Traditional and once in "
                                             "Simplified characters"))
        ui.operatorButtons.addWidget(self.merge_button)
        self.merge_button.clicked.connect(self.open_merge)
        # 提成 (issue 19): what the mechanics earn on the lines they work.
        self.commission_button = QPushButton(self.tr("Commission rules…"), ui.operatorsGroup)
        self.commission_button.setObjectName("commissionButton")
        self.commission_button.setToolTip(self.tr("What the mechanics earn on the lines they work"))
        ui.operatorButtons.addWidget(self.commission_button)
        self.commission_button.clicked.connect(self.edit_commission_rules)
        # The insurers that pay 索賠 orders (issue 19): kept by a cashier or the owner, so not an owner-only widget.
        self.insurers_button = QPushButton(self.tr("&Insurers…"), ui.profileGroup)
        self.insurers_button.setObjectName("insurersButton")
        self.insurers_button.setToolTip(self.tr("The insurers that pay accident repairs (索賠): name, contact, phone"))
        self.insurers_button.clicked.connect(self.edit_insurers)
        # 套餐卡 packages and 會員等級 member grades (issue 19): the dialogs say who may change what (the owner sets
        # them; a cashier gives a customer a grade), so the buttons stay open to all.
        self.packages_button = QPushButton(self.tr("&Package cards…"), ui.profileGroup)
        self.packages_button.setObjectName("packagesButton")
        self.packages_button.setToolTip(self.tr("What the garage sells as package cards: services, uses, price, "
                                                "days valid"))
        self.member_grades_button = QPushButton(self.tr("Member &grades…"), ui.profileGroup)
        self.member_grades_button.setObjectName("memberGradesButton")
        self.member_grades_button.setToolTip(self.tr("Member grades and their discounts on labour and parts; a "
                                                     "customer's grade"))
        # (the profile group is a form layout: the insurers, packages and grades share one row of it)
        cards_row = QHBoxLayout()
        cards_row.addWidget(self.insurers_button)
        cards_row.addWidget(self.packages_button)
        cards_row.addWidget(self.member_grades_button)
        cards_row.addStretch(1)
        ui.profileLayout.addRow("", cards_row)
        self.packages_button.clicked.connect(self.edit_packages)
        self.member_grades_button.clicked.connect(self.edit_member_grades)
        self._add_card_settings()
        # Everything the owner alone may use; the reason replaces each tooltip for anyone else.
        self.editing_widgets: list[QWidget] = [
            *self.field_widgets.values(), ui.hourUnitCombo, ui.pricesIncludeTaxCheck, ui.saveButton,
            ui.revertButton, ui.addClassButton, ui.editClassButton, ui.removeClassButton,
            ui.addOperatorButton, ui.editOperatorButton, ui.backupFolderEdit, ui.backupFolderButton,
            self.merge_button, ui.messageTemplatesButton, self.commission_button]
        self.editing_widgets.append(self.bonus_rules_button)
        self._tooltips = {widget: widget.toolTip() for widget in self.editing_widgets}
        self._loaded = settings.DEFAULTS
        self._loading = False  # filling widgets from the database: not the user's typing
        self._form_dirty = False
        self._quiet = False  # our own change notice: we have already refreshed what we changed
        self.is_owner = False
        self._people: dict[int, OperatorInfo] = {}
        ui.savedLabel.hide()

        ui.saveButton.clicked.connect(self.save)
        ui.revertButton.clicked.connect(self.revert)
        save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_shortcut.activated.connect(ui.saveButton.click)  # a click on a disabled button does nothing
        for edit in (ui.garageNameEdit, ui.garageAddressEdit, ui.garagePhoneEdit, ui.licenceNoEdit,
                     ui.taxIdEdit, ui.hourlyRateEdit, ui.taxRateEdit, ui.notifyAboveEdit):
            edit.textChanged.connect(self._form_edited)
            edit.returnPressed.connect(ui.saveButton.click)
        ui.hourUnitCombo.currentIndexChanged.connect(self._form_edited)
        ui.documentLanguageCombo.currentIndexChanged.connect(self._form_edited)
        ui.pricesIncludeTaxCheck.toggled.connect(self._form_edited)
        ui.baysSpin.valueChanged.connect(self._form_edited)
        ui.idleLockSpin.valueChanged.connect(self._form_edited)
        for spin in (ui.sanbaoValidYearsSpin, ui.sanbaoValidKmSpin, ui.sanbaoRepairYearsSpin, ui.sanbaoRepairKmSpin):
            spin.valueChanged.connect(self._form_edited)
        ui.openingTimeEdit.timeChanged.connect(self._form_edited)
        ui.closingTimeEdit.timeChanged.connect(self._form_edited)
        ui.backupFolderEdit.textEdited.connect(self._form_edited)
        ui.backupFolderButton.clicked.connect(self._choose_backup_folder)
        ui.modelClassTable.itemChanged.connect(self._class_cell_changed)
        ui.addClassButton.clicked.connect(self.add_class)
        ui.editClassButton.clicked.connect(self._edit_class_cell)
        ui.removeClassButton.clicked.connect(self.remove_class)
        ui.addOperatorButton.clicked.connect(self.add_operator)
        ui.messageTemplatesButton.clicked.connect(self.edit_message_templates)
        ui.editOperatorButton.clicked.connect(self.edit_operator)
        ui.operatorTable.doubleClicked.connect(lambda _index: self.edit_operator())
        ctx.operator_changed.connect(lambda _id: self._apply_permission())
        self.reload()

    def _setup_tables(self) -> None:
        header = self.ui.modelClassTable.horizontalHeader()
        header.setSectionResizeMode(CLASS_COLUMNS["name"], QHeaderView.ResizeMode.Stretch)
        for column in (CLASS_COLUMNS["coefficient"], CLASS_COLUMNS["vehicles"]):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CLASS_COLUMNS["note"], QHeaderView.ResizeMode.Stretch)
        header = self.ui.operatorTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    # --- loading ---------------------------------------------------------------------------------------
    def reload(self) -> None:
        self.reload_form()
        self.reload_classes()
        self.reload_operators()
        self.reload_duplicates()

    def on_data_changed(self, topics: frozenset[str]) -> None:
        self.catalog_page.on_data_changed(topics)
        if self._quiet:
            return
        if "settings" in topics:
            if not self._form_dirty:  # never throw away what the owner is typing
                self.reload_form()
            self.reload_classes()
        if "operators" in topics:
            self.reload_operators()
        if "customers" in topics:
            self.reload_duplicates()

    def _notify(self, topic: str) -> None:
        self._quiet = True
        try:
            self.ctx.changed(topic)
        finally:
            self._quiet = False

    def reload_form(self) -> None:
        self._loaded = values = self.ctx.read(settings.load)
        ui = self.ui
        self._loading = True
        try:
            ui.garageNameEdit.setText(values.garage_name)
            ui.garageAddressEdit.setText(values.garage_address)
            ui.garagePhoneEdit.setText(values.garage_phone)
            ui.licenceNoEdit.setText(values.licence_no)
            ui.taxIdEdit.setText(values.tax_id)
            ui.hourlyRateEdit.setText(f"{values.hourly_rate:.2f}")
            ui.hourUnitCombo.setCurrentIndex(max(0, ui.hourUnitCombo.findData(values.hour_unit.value)))
            ui.taxRateEdit.setText(plain_number(values.tax_rate * 100))
            ui.pricesIncludeTaxCheck.setChecked(values.prices_include_tax)
            ui.notifyAboveEdit.setText(f"{values.notify_above_default:.2f}")
            ui.baysSpin.setValue(values.bays)
            ui.openingTimeEdit.setTime(QTime(values.opening_time.hour, values.opening_time.minute))
            ui.closingTimeEdit.setTime(QTime(values.closing_time.hour, values.closing_time.minute))
            ui.backupFolderEdit.setText(values.backup_folder)
            ui.idleLockSpin.setValue(values.idle_lock_minutes)
            ui.sanbaoValidYearsSpin.setValue(values.sanbao_valid_years)
            ui.sanbaoValidKmSpin.setValue(values.sanbao_valid_km)
            ui.sanbaoRepairYearsSpin.setValue(values.sanbao_repair_years)
            ui.sanbaoRepairKmSpin.setValue(values.sanbao_repair_km)
            self.card_refund_combo.setCurrentIndex(max(0, self.card_refund_combo.findData(values.card_refund_rule)))
            self.card_dormant_spin.setValue(values.card_dormant_months)
            ui.documentLanguageCombo.setCurrentIndex(max(0, ui.documentLanguageCombo.findData(
                values.document_language)))
        finally:
            self._loading = False
        self.errors.clear()
        self._set_dirty(False)

    def _form_edited(self, *_args: object) -> None:
        if not self._loading:
            self._set_dirty(True)
            self.ui.savedLabel.hide()

    def _set_dirty(self, dirty: bool) -> None:
        self._form_dirty = dirty
        self.ui.revertButton.setEnabled(dirty and self.is_owner)

    # --- the settings form -----------------------------------------------------------------------------
    def typed_settings(self) -> GarageSettings | None:
        """The settings as typed, or None after showing every number that cannot be read beside its field."""
        ui = self.ui
        problems: list[DomainError] = []

        def number(parse: Callable[..., Decimal], text: str, field: str, **limits: object) -> Decimal:
            try:
                return parse(text, field=field, **limits)
            except DomainError as error:
                problems.append(error)
                return Decimal(0)

        hourly_rate = number(parse_money, ui.hourlyRateEdit.text(), "hourly_rate")
        tax_percent = number(parse_decimal, ui.taxRateEdit.text(), "tax_rate", places=2, maximum=Decimal(100))
        notify_above = number(parse_money, ui.notifyAboveEdit.text(), "notify_above_default")
        if problems:
            self.errors.clear()
            for error in problems:
                self.errors.show_message(error.field or "", error_text(error))
            self._focus_field(problems[0].field)
            return None
        opening, closing = ui.openingTimeEdit.time(), ui.closingTimeEdit.time()
        return replace(
            self._loaded,  # settings this form does not show are kept as stored
            garage_name=ui.garageNameEdit.text().strip(), garage_address=ui.garageAddressEdit.text().strip(),
            garage_phone=ui.garagePhoneEdit.text().strip(), licence_no=ui.licenceNoEdit.text().strip(),
            tax_id=ui.taxIdEdit.text().strip(), hourly_rate=hourly_rate,
            hour_unit=HourUnit(ui.hourUnitCombo.currentData()), tax_rate=tax_percent / 100,
            prices_include_tax=ui.pricesIncludeTaxCheck.isChecked(), notify_above_default=notify_above,
            bays=ui.baysSpin.value(), opening_time=opening.toPython(), closing_time=closing.toPython(),
            backup_folder=ui.backupFolderEdit.text().strip(), idle_lock_minutes=ui.idleLockSpin.value(),
            document_language=ui.documentLanguageCombo.currentData() or "",
            sanbao_valid_years=ui.sanbaoValidYearsSpin.value(), sanbao_valid_km=ui.sanbaoValidKmSpin.value(),
            sanbao_repair_years=ui.sanbaoRepairYearsSpin.value(), sanbao_repair_km=ui.sanbaoRepairKmSpin.value(),
            card_refund_rule=self.card_refund_combo.currentData() or "",
            card_dormant_months=self.card_dormant_spin.value())

    def _window_language_chosen(self) -> None:
        """This PC's window language, kept in its own settings (not the garage's): read at the next start."""
        code = self.ui.windowLanguageCombo.currentData()
        if code in LANGUAGES:
            QSettings().setValue(WINDOW_LANGUAGE_KEY, code)

    def _choose_backup_folder(self) -> None:
        folder = ask_folder(self, self.ui.backupFolderEdit.text())
        if folder:
            self.ui.backupFolderEdit.setText(folder)
            self._form_edited()

    def save(self) -> None:
        self.ui.savedLabel.hide()
        typed = self.typed_settings()
        if typed is None:
            return
        try:
            self.ctx.call(settings.save, typed)
        except DomainError as error:
            self.errors.show(error)
            self._focus_field(error.field)
            return
        self.reload_form()
        self.ui.savedLabel.show()
        self._notify("settings")

    def revert(self) -> None:
        self.reload_form()
        self.ui.savedLabel.hide()

    def _focus_field(self, field: str | None) -> None:
        widget = self.field_widgets.get(field or "")
        if widget is not None:
            widget.setFocus()

    # --- model classes ---------------------------------------------------------------------------------
    def reload_classes(self) -> None:
        table = self.ui.modelClassTable
        self._loading = True
        try:
            table.setRowCount(0)
            for info in self.ctx.read(model_classes.list_classes):
                self._append_class_row(info)
        finally:
            self._loading = False
        self.class_errors.clear()

    def _append_class_row(self, info: ModelClassInfo | None) -> int:
        table = self.ui.modelClassTable
        row = table.rowCount()
        table.insertRow(row)
        name = QTableWidgetItem(info.name if info else "")
        name.setData(ID_ROLE, info.id if info else None)
        coefficient = QTableWidgetItem(coefficient_text(info.coefficient if info else Decimal(1)))
        coefficient.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        vehicles = QTableWidgetItem(str(info.vehicle_count if info else 0))
        vehicles.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        vehicles.setFlags(vehicles.flags() & ~Qt.ItemFlag.ItemIsEditable)
        vehicles.setToolTip(self.tr("Vehicles filed under this class"))
        for column, item in enumerate((name, coefficient, vehicles, QTableWidgetItem(info.note if info else ""))):
            table.setItem(row, column, item)
        return row

    def _class_cell_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        self.save_class_row(item.row())

    def save_class_row(self, row: int) -> bool:
        """Save one row of the model-class table as typed; show a refusal under the table, keeping the text."""
        table = self.ui.modelClassTable
        name_item = table.item(row, CLASS_COLUMNS["name"])
        class_id = name_item.data(ID_ROLE)
        try:
            coefficient = parse_decimal(table.item(row, CLASS_COLUMNS["coefficient"]).text(), field="coefficient",
                                        places=model_classes.COEFFICIENT_PLACES, minimum=None)
            info = self.ctx.call(model_classes.save_class, class_id, name_item.text(), coefficient,
                                 table.item(row, CLASS_COLUMNS["note"]).text())
        except DomainError as error:
            self._mark_class_row(row, error.field)
            self.class_errors.show(error)
            return False
        self._loading = True
        try:
            name_item.setData(ID_ROLE, info.id)
            name_item.setText(info.name)
            table.item(row, CLASS_COLUMNS["coefficient"]).setText(coefficient_text(info.coefficient))
            table.item(row, CLASS_COLUMNS["vehicles"]).setText(str(info.vehicle_count))
            table.item(row, CLASS_COLUMNS["note"]).setText(info.note)
        finally:
            self._loading = False
        self._mark_class_row(row, None)
        self.class_errors.clear()
        self._notify("settings")
        return True

    def _mark_class_row(self, row: int, field: str | None) -> None:
        self._loading = True  # a colour change also emits itemChanged
        try:
            for name, column in CLASS_COLUMNS.items():
                item = self.ui.modelClassTable.item(row, column)
                item.setBackground(ERROR_BACKGROUND if name == field else QBrush())
        finally:
            self._loading = False

    def add_class(self) -> None:
        """A new row, its name cell open for typing; it is saved as soon as a name is entered."""
        table = self.ui.modelClassTable
        self._loading = True
        try:
            row = self._append_class_row(None)
        finally:
            self._loading = False
        item = table.item(row, CLASS_COLUMNS["name"])
        table.setCurrentItem(item)
        table.setFocus()
        table.editItem(item)

    def _edit_class_cell(self) -> None:
        table = self.ui.modelClassTable
        item = table.currentItem()
        if item is None and table.rowCount():
            item = table.item(0, CLASS_COLUMNS["name"])
        if item is not None:
            table.setCurrentItem(item)
            table.setFocus()
            table.editItem(item)

    def confirm_remove_class(self, name: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Remove model class"),
                                      self.tr("Remove the model class \"%1\"?").replace("%1", name))
        return answer == QMessageBox.StandardButton.Yes

    def remove_class(self) -> None:
        table = self.ui.modelClassTable
        row = table.currentRow()
        if row < 0:
            return
        name_item = table.item(row, CLASS_COLUMNS["name"])
        class_id = name_item.data(ID_ROLE)
        if class_id is None:  # typed but never saved
            table.removeRow(row)
            self.class_errors.clear()
            return
        if not self.confirm_remove_class(name_item.text()):
            return
        try:
            self.ctx.call(model_classes.delete_class, class_id)
        except DomainError as error:
            self.class_errors.show(error)
            return
        self._loading = True
        try:
            table.removeRow(row)
        finally:
            self._loading = False
        self.class_errors.clear()
        self._notify("settings")

    # --- operators -------------------------------------------------------------------------------------
    def reload_operators(self) -> None:
        table = self.ui.operatorTable
        chosen = self._chosen_operator_id()
        self._people = {}
        table.setRowCount(0)
        for person in self.ctx.read(operators.list_operators, include_inactive=True):
            self._people[person.id] = person
            row = table.rowCount()
            table.insertRow(row)
            cells = (person.name, roles_text(person.roles), person.team,
                     self.tr("Yes") if person.active else self.tr("No (left)"))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, person.id)
                if not person.active:
                    item.setForeground(QBrush(QColor("#888888")))
                table.setItem(row, column, item)
            if person.id == chosen:
                table.selectRow(row)
        self._apply_permission()

    def _chosen_operator_id(self) -> int | None:
        item = self.ui.operatorTable.item(self.ui.operatorTable.currentRow(), 0)
        return item.data(ID_ROLE) if item is not None else None

    def add_operator(self) -> None:
        self._ask_and_save_operator(None, OperatorDraft())

    def edit_operator(self) -> None:
        person = self._people.get(self._chosen_operator_id() or -1)
        if person is None or not self.is_owner:
            return
        self._ask_and_save_operator(person.id, OperatorDraft(person.name, person.roles, person.team, person.active))

    def _ask_and_save_operator(self, operator_id: int | None, draft: OperatorDraft) -> None:
        """Ask until the service accepts what was typed (or the owner cancels); a refusal reopens the dialog
        with the message beside its field and the typed values kept."""
        error: DomainError | None = None
        while True:
            answer = OperatorDialog.ask(self, draft, adding=operator_id is None, error=error)
            if answer is None:
                return
            draft = answer
            try:
                saved = self.ctx.call(operators.save_operator, operator_id, draft.name, draft.roles, draft.team,
                                      draft.active)
            except DomainError as refusal:
                error = refusal
                continue
            break
        self.reload_operators()
        for row in range(self.ui.operatorTable.rowCount()):
            if self.ui.operatorTable.item(row, 0).data(ID_ROLE) == saved.id:
                self.ui.operatorTable.selectRow(row)
        self._notify("operators")

    # --- records on file twice -------------------------------------------------------------------------
    def reload_duplicates(self) -> None:
        """Count the records on file twice on a worker: it looks at every plate and phone number (139 ms on ten
        years of a busy garage), which the tab's first show must not wait for (issue 20)."""
        self._duplicates_asked += 1
        asked = self._duplicates_asked

        def count() -> None:
            try:
                found = self.ctx.read(merge.script_duplicates).count
            except Exception:
                log.warning("counting the records on file twice failed", exc_info=True)
                return
            try:
                self.duplicates_counted.emit(asked, found)
            except RuntimeError:  # the tab was closed meanwhile
                pass

        threading.Thread(target=count, name="garage-duplicates", daemon=True).start()

    def _show_duplicates(self, asked: int, count: int) -> None:
        if asked == self._duplicates_asked:  # an older count, overtaken by a change, is dropped
            self.merge_button.setText(self.tr("Merge records on file twice (%1)…").replace("%1", str(count)))

    def open_merge(self) -> None:
        merge_dialog.show_merge_dialog(self.ctx, self)
        self.reload_duplicates()

    def _add_card_settings(self) -> None:
        """Prepaid cards (issue 19): how a stored-value card is refunded, when a card counts as dormant, and the
        owner's recharge bonus rules (a dialog of their own)."""
        from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox

        from garage_desktop.domain.cards import REFUND_RULE_LABELS
        from garage_desktop.ui.errors import tr_domain

        layout = self.ui.workshopLayout
        self.card_refund_combo = QComboBox()
        self.card_refund_combo.setObjectName("cardRefundCombo")
        for rule, text in REFUND_RULE_LABELS.items():
            self.card_refund_combo.addItem(tr_domain(text), rule.value)
        self.card_refund_combo.setToolTip(self.tr("What a customer giving up a stored-value card is paid back"))
        # The rules are long sentences: the combo must not widen the form (it fits 1366×768 without scrolling sideways).
        self.card_refund_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.card_refund_combo.setMinimumContentsLength(16)
        self.card_dormant_spin = QSpinBox()
        self.card_dormant_spin.setObjectName("cardDormantSpin")
        self.card_dormant_spin.setRange(1, 120)
        self.card_dormant_spin.setSuffix(self.tr(" months"))
        self.card_dormant_spin.setToolTip(self.tr("A card with money on it and no movement this long is listed as "
                                                  "dormant for the owner"))
        self.bonus_rules_button = QPushButton(self.tr("Recharge &bonus rules…"))
        self.bonus_rules_button.setObjectName("bonusRulesButton")
        self.bonus_rules_button.setToolTip(self.tr("充1000送100: what a recharge gets on top"))
        row = QHBoxLayout()
        row.addWidget(self.card_dormant_spin)
        row.addWidget(self.bonus_rules_button, 1)
        self.card_error = QLabel()
        self.card_error.setStyleSheet("color: #c62828;")
        self.card_error.setWordWrap(True)
        self.card_error.hide()
        layout.addRow(self.tr("Card refunds:"), self.card_refund_combo)
        layout.addRow(self.tr("Card dormant after:"), row)
        layout.addRow("", self.card_error)
        self.errors.labels.update({"card_refund_rule": self.card_error, "card_dormant_months": self.card_error})
        self.field_widgets.update({"card_refund_rule": self.card_refund_combo,
                                   "card_dormant_months": self.card_dormant_spin})
        self.card_refund_combo.currentIndexChanged.connect(self._form_edited)
        self.card_dormant_spin.valueChanged.connect(self._form_edited)
        self.bonus_rules_button.clicked.connect(self.edit_bonus_rules)

    def edit_bonus_rules(self) -> None:
        from garage_desktop.ui.dialogs.bonus_rules_dialog import BonusRulesDialog

        BonusRulesDialog(self.ctx, self).exec()

    def edit_commission_rules(self) -> None:
        from garage_desktop.ui.dialogs.commission_rules_dialog import edit_commission_rules

        edit_commission_rules(self.ctx, self)

    def edit_message_templates(self) -> None:
        """The owner's wording of the messages to customers (issue 18), in the paperwork language."""
        from garage_desktop.ui.dialogs.message_templates_dialog import edit_message_templates

        edit_message_templates(self.ctx, self)

    def edit_insurers(self) -> None:
        """The insurers that pay 索賠 orders (issue 19)."""
        from garage_desktop.ui.dialogs.insurers_dialog import edit_insurers

        edit_insurers(self.ctx, self)

    def edit_packages(self) -> None:
        """套餐卡 packages (issue 19, the owner)."""
        from garage_desktop.ui.dialogs.packages_dialog import edit_packages

        edit_packages(self.ctx, self)

    def edit_member_grades(self) -> None:
        """會員等級 member grades (issue 19)."""
        from garage_desktop.ui.dialogs.member_grades_dialog import edit_member_grades

        edit_member_grades(self.ctx, self)

    # --- who may edit ----------------------------------------------------------------------------------
    def _apply_permission(self) -> None:
        person = self.ctx.read(operators.get_operator, self.ctx.operator_id) if self.ctx.operator_id else None
        self.is_owner = person is not None and person.active and person.is_owner
        reason = self.tr("Only the owner changes settings")
        for widget in self.editing_widgets:
            widget.setEnabled(self.is_owner)
            widget.setToolTip(self._tooltips[widget] if self.is_owner else reason)
        self.ui.revertButton.setEnabled(self.is_owner and self._form_dirty)
        triggers = (QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                    | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.ui.modelClassTable.setEditTriggers(
            triggers if self.is_owner else QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ui.modelClassTable.setToolTip("" if self.is_owner else reason)
        self.ui.operatorTable.setToolTip("" if self.is_owner else reason)
        self.ui.ownerOnlyLabel.setVisible(not self.is_owner)
