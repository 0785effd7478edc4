"""The electronic health record (電子健康檔案) of a month, opened from the Reports tab: every order settled in the
month with its record's state (ready, or the problem that holds it back), the way to the screen where a problem
is fixed, and the month's records exported as JSON or CSV for the provincial platform. The upload queue is its
second page (``widgets.ehr_queue_panel``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from garage_desktop.domain.ehr import VEHICLE_PROBLEMS, Problem
from garage_desktop.domain.text import DomainError
from garage_desktop.services import ehr
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.errors import FieldErrors, error_text
from garage_desktop.ui.forms.ui_ehr_dialog import Ui_EhrDialog
from garage_desktop.ui.navigation import title_of
from garage_desktop.ui.runner import run_with_progress

PROBLEM_INK = QColor("#c62828")
NOTE_INK = QColor("#8a6d00")


def ask_export_path(parent: QWidget | None, suggested: str, csv: bool) -> str:
    """Where to write the month's records ("" when the user cancels); tests replace this."""
    title = QCoreApplication.translate("EhrDialog", "Export the health records")
    kind = "CSV (*.csv)" if csv else "JSON (*.json)"
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, kind)
    return path


def ask_mapping_path(parent: QWidget | None, current: str) -> str | None:
    """Another province's field mapping file, "" for the shipped one, None when the user cancels; tests replace it."""
    from PySide6.QtWidgets import QMessageBox

    title = QCoreApplication.translate("EhrDialog", "Field mapping file")
    if current:
        answer = QMessageBox.question(
            parent, title, QCoreApplication.translate("EhrDialog", "Records use %1. Go back to the national field "
                                                                   "names shipped with the program?").replace(
                "%1", current),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            return ""
        if answer == QMessageBox.StandardButton.Cancel:
            return None
    path, _ = QFileDialog.getOpenFileName(parent, title, current or str(Path.home()), "JSON (*.json)")
    return path or None


def problem_text(problem: Problem) -> str:
    """A problem in the window's language, its placeholders filled as a DomainError's are."""
    return error_text(DomainError(problem.text, **problem.params))


class EhrDialog(QDialog):
    """Not modal, deleted when closed: a problem's screen opens in the main window behind it, and the list is
    read again when something changes there."""

    def __init__(self, ctx: AppContext, month: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.month = ctx, month.replace(day=1)
        self.ui = Ui_EhrDialog()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Electronic health record — %1").replace("%1", f"{self.month:%Y-%m}"))
        self.rows: list[ehr.MonthRow] = []
        ui = self.ui
        ui.ordersTable.doubleClicked.connect(lambda index: self.go_fix(index.row()))
        ui.ordersTable.installEventFilter(self)
        ui.ordersTable.itemSelectionChanged.connect(self._selection_changed)
        ui.fixButton.clicked.connect(lambda: self.go_fix(ui.ordersTable.currentRow()))
        ui.exportJsonButton.clicked.connect(lambda: self.export(csv=False))
        ui.exportCsvButton.clicked.connect(lambda: self.export(csv=True))
        ui.mappingButton.clicked.connect(self.choose_mapping)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.close)
        self._add_queue_page()
        ctx.data_changed.connect(self._data_changed)
        self.resize(1000, 600)
        self.reload()

    def _add_queue_page(self) -> None:
        from garage_desktop.ui.widgets.ehr_queue_panel import EhrQueuePanel

        self.ui.pages.addTab(EhrQueuePanel(self.ctx, self), self.tr("&Upload queue"))

    # --- the month's orders ------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Check every order settled in the month (on a worker: a busy month is a few hundred records)."""
        month = self.month

        def job(_progress: Callable[[int, int], None]) -> list[ehr.MonthRow]:
            return self.ctx.read(ehr.month_rows, month.year, month.month)

        try:
            self.rows = run_with_progress(self, self.tr("Checking the month's records…"), job)
        except DomainError as error:
            self.rows = []
            self._status(error_text(error), error=True)
        self._fill()

    def _fill(self) -> None:
        table = self.ui.ordersTable
        table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            state, tip, ink = self._state(row)
            cells = [row.order_no, row.settlement_no, row.plate,
                     f"{row.settled_at:%Y-%m-%d %H:%M}" if row.settled_at else "", state]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tip)
                if ink is not None and c == len(cells) - 1:
                    item.setForeground(QBrush(ink))
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        ready = sum(row.ready for row in self.rows)
        self.ui.summaryLabel.setText(
            self.tr("%1 orders settled in %2: %3 ready to send, %4 held back by a problem.")
            .replace("%1", str(len(self.rows))).replace("%2", f"{self.month:%Y-%m}").replace("%3", str(ready))
            .replace("%4", str(len(self.rows) - ready))
            + ("" if ready == len(self.rows) else " " + self.tr("Double-click one to go where it is fixed.")))
        self._selection_changed()

    def _state(self, row: ehr.MonthRow) -> tuple[str, str, QColor | None]:
        """The State column, its tooltip (every problem with where it is fixed, and the notes) and its colour."""
        lines = [self.tr("%1 (fix in: %2)").replace("%1", problem_text(p)).replace("%2", self.where_title(p.where))
                 for p in row.problems]
        lines += [self.tr("Check: %1").replace("%1", problem_text(p)) for p in row.notes]
        tip = "\n".join(lines)
        if row.problems:
            more = len(row.problems) - 1
            text = self.tr("Problem: %1").replace("%1", problem_text(row.problems[0]))
            if more:
                text += " " + self.tr("(+%n more)", "", more)
            return text, tip, PROBLEM_INK
        if row.notes:
            return self.tr("Ready — check: %1").replace("%1", problem_text(row.notes[0])), tip, NOTE_INK
        return self.tr("Ready"), tip, None

    @staticmethod
    def where_title(where: str) -> str:
        """The screen a problem is fixed in, titled as its tab."""
        return title_of(where)

    def state_texts(self) -> list[str]:
        table = self.ui.ordersTable
        return [table.item(r, 4).text() for r in range(table.rowCount())]

    def _selection_changed(self) -> None:
        row = self.ui.ordersTable.currentRow()
        self.ui.fixButton.setEnabled(0 <= row < len(self.rows) and bool(self.rows[row].problems))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.ui.ordersTable and event.type() is QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.go_fix(self.ui.ordersTable.currentRow())
            return True
        return super().eventFilter(watched, event)

    def _data_changed(self, topics: frozenset[str]) -> None:
        if topics & {"orders", "settings", "catalog", "customers", "parts"}:
            self.reload()

    # --- going where a problem is fixed ------------------------------------------------------------------------
    def go_fix(self, row: int) -> None:
        """The first problem of the month's order in ``row``, taken where it is fixed (``fix``)."""
        if not 0 <= row < len(self.rows) or not self.rows[row].problems:
            return
        order = self.rows[row]
        self.fix(order.order_id, order.plate, order.vin, order.problems)

    def fix(self, order_id: int, plate: str, vin: str, problems: Sequence[Problem]) -> None:
        """An order's first problem: a part typed by hand gets its catalog part here, the car's plate and VIN are
        corrected here, the garage's numbers are in the Settings tab; the others open the order in the tab of the
        screen that holds them. The upload queue's page sends its orders to fix here too."""
        if not problems:
            return
        problem = problems[0]
        if problem.where == "parts" and "line" in problem.params:
            self.choose_part(order_id, problem)
        elif problem.text in VEHICLE_PROBLEMS:
            self.correct_vehicle(order_id, plate, vin)
        elif problem.where == "settings":
            self.ctx.show_tab_requested.emit("settings")
        else:
            self.ctx.open_order_in_requested.emit(order_id, problem.where)

    def correct_vehicle(self, order_id: int, plate: str, vin: str) -> None:
        """The plate and VIN of the car on file, corrected here: the intake form is closed once the customer
        confirmed the work order, and a VIN is often unknown at intake."""

        def submit(new_plate: str, new_vin: str) -> None:
            self.ctx.call(ehr.correct_vehicle, order_id, new_plate, new_vin)

        dialog = self.vehicle_dialog(plate, vin, submit)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ctx.changed("customers", "orders")

    def vehicle_dialog(self, plate: str, vin: str, submit: Callable[[str, str], None]) -> QDialog:
        """The plate-and-VIN form (tests replace it)."""
        return VehicleFixDialog(plate, vin, submit, self)

    def choose_part(self, order_id: int, problem: Problem) -> None:
        def submit(part_id: int, _quantity: str, reason: str) -> None:
            self.ctx.call(ehr.link_part, order_id, int(problem.params["line"]), part_id, reason)

        title = self.tr("Part code for %1").replace("%1", str(problem.params.get("part", "")))
        intro = self.tr("The platform needs a part code for every part. Choose the catalog part this line is "
                        "(a part the customer brought: the same part in the catalog). The bill does not change.")
        dialog = self.part_dialog(title, submit, intro)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ctx.changed("orders")

    def part_dialog(self, title: str, submit: Callable[[int, str, str], None], intro: str) -> QDialog:
        """The part chooser (tests replace it)."""
        from garage_desktop.ui.dialogs.part_choice_dialog import PartChoiceDialog

        return PartChoiceDialog(self.ctx, title, submit, with_quantity=False, intro=intro, parent=self)

    # --- export --------------------------------------------------------------------------------------------------
    def export(self, *, csv: bool) -> None:
        from garage_desktop.export.ehr_files import save_csv, save_json

        month = self.month
        suffix = ".csv" if csv else ".json"
        suggested = str(Path.home() / self.tr("health-records-%1").replace("%1", f"{month:%Y-%m}")) + suffix
        path = ask_export_path(self, suggested, csv)
        if not path:
            return
        if not path.lower().endswith(suffix):
            path += suffix

        def job(_progress: Callable[[int, int], None]) -> ehr.MonthExport:
            export = self.ctx.read(ehr.month_export, month.year, month.month)
            if csv:
                save_csv(export.header, export.rows, Path(path))
            else:
                save_json(export.records, Path(path))
            return export

        try:
            written = run_with_progress(self, self.tr("Writing the health records…"), job)
        except DomainError as error:
            self._status(error_text(error), error=True)
            return
        except OSError as problem:
            self._status(self.tr("Could not write %1: %2").replace("%1", path)
                         .replace("%2", problem.strerror or str(problem)), error=True)
            return
        text = self.tr("Saved %n record(s) to %1.", "", len(written.records)).replace("%1", path)
        if written.left_out:
            text += " " + self.tr("%n order(s) left out for their problems (listed above).", "",
                                  len(written.left_out))
        self._status(text, error=bool(written.left_out))

    # --- another province's field names ----------------------------------------------------------------------
    def choose_mapping(self) -> None:
        """The owner names the mapping file the records follow (refused, with the reason, unless it builds a
        record); the list and the exports follow it at once."""
        chosen = ask_mapping_path(self, self.ctx.read(ehr.fields_file))
        if chosen is None:
            return
        try:
            self.ctx.call(ehr.set_fields_file, chosen)
        except DomainError as error:
            self._status(error_text(error), error=True)
            return
        self.ctx.changed("settings")
        self._status(self.tr("Records now use the field names of %1.").replace("%1", chosen) if chosen
                     else self.tr("Records now use the national field names shipped with the program."))

    def _status(self, text: str, *, error: bool = False) -> None:
        self.ui.statusLabel.setStyleSheet("color: #c62828;" if error else "color: #1b5e20;")
        self.ui.statusLabel.setText(text)


class VehicleFixDialog(QDialog):
    """The car's plate and VIN, as on file; OK saves them through ``submit`` (plate, vin), which raises the
    DomainError of a refused value: shown beside its field, the dialog stays open with what was typed."""

    def __init__(self, plate: str, vin: str, submit: Callable[[str, str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finished.connect(self.deleteLater)  # closed, it is deleted (a parent keeps it alive)
        self.submit = submit
        self.setWindowTitle(self.tr("Correct the vehicle"))
        self.setObjectName("VehicleFixDialog")
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The platform needs the car's VIN (17 characters, on the registration certificate "
                               "行駛證 and at the windscreen's foot) and its plate. The car on file is corrected: "
                               "every order of it shows them."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.plate_edit, self.vin_edit = QLineEdit(plate), QLineEdit(vin)
        self.plate_edit.setObjectName("plateEdit")
        self.vin_edit.setObjectName("vinEdit")
        self.vin_edit.setMaxLength(24)  # room for spaces typed between groups; the service checks 17
        self.plate_error, self.vin_error, self.general_error = QLabel(), QLabel(), QLabel()
        for label, edit in ((self.tr("&Plate:"), self.plate_edit), (self.tr("&VIN:"), self.vin_edit)):
            buddy = QLabel(label)
            buddy.setBuddy(edit)
            form.addRow(buddy, edit)
            form.addRow("", self.plate_error if edit is self.plate_edit else self.vin_error)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.errors = FieldErrors({"plate": self.plate_error, "vin": self.vin_error}, fallback=self.general_error)
        self.vin_edit.setFocus()
        self.resize(520, self.sizeHint().height())

    def confirm(self) -> None:
        self.errors.clear()
        try:
            self.submit(self.plate_edit.text(), self.vin_edit.text())
        except DomainError as error:
            self.errors.show(error)
            return
        self.accept()


def show_ehr_dialog(ctx: AppContext, month: date, parent: QWidget | None = None) -> EhrDialog:
    dialog = EhrDialog(ctx, month, parent)
    dialog.show()
    return dialog
