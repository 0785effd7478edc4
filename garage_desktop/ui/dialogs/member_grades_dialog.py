"""會員等級 Member grades, from the Settings tab: the owner's grades (name, labour and parts discount in percent, still
given) and, below, a customer found by name or phone given a grade (the owner or a cashier).

Choosing a grade fills the form; "Add" makes a new grade from it, "Save changes" changes the chosen one. A refusal is
shown beside its field and everything typed stays.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from garage_desktop.domain.classes import Role
from garage_desktop.domain.text import DomainError, PermissionRefused
from garage_desktop.services import member_grades, permissions
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.errors import FieldErrors, error_text
from garage_desktop.ui.widgets.flat_tree import flat_tree

_ID = Qt.ItemDataRole.UserRole
OK_STYLE = "color: #2e7d32;"


class MemberGradesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finished.connect(self.deleteLater)  # closed, it is deleted (a parent keeps it alive)
        self.ctx = ctx
        self.changed = False
        self.setObjectName("MemberGradesDialog")
        self.setWindowTitle(self.tr("Member grades"))
        self.resize(720, 600)
        layout = QVBoxLayout(self)
        headers = [self.tr("Grade"), self.tr("Labour off"), self.tr("Parts off"),
                   self.tr("Still given"), self.tr("Customers")]
        self.tree = flat_tree("gradeTree", headers, (200, 100, 100, 100, 80))
        layout.addWidget(self.tree, 1)
        form = QFormLayout()
        self.name_edit, self.labour_edit, self.parts_edit = QLineEdit(), QLineEdit(), QLineEdit()
        for edit, name in ((self.name_edit, "nameEdit"), (self.labour_edit, "labourEdit"),
                           (self.parts_edit, "partsEdit")):
            edit.setObjectName(name)
        self.name_edit.setMaxLength(40)
        self.labour_edit.setPlaceholderText(self.tr("e.g. 10 (percent)"))
        self.parts_edit.setPlaceholderText(self.tr("e.g. 5 (percent)"))
        self.active_check = QCheckBox(self.tr("S&till given"))
        self.active_check.setObjectName("activeCheck")
        self.active_check.setChecked(True)
        self.name_error, self.labour_error, self.parts_error = QLabel(), QLabel(), QLabel()
        for error, name in ((self.name_error, "nameError"), (self.labour_error, "labourError"),
                            (self.parts_error, "partsError")):
            error.setObjectName(name)
            error.setStyleSheet("color: #c62828;")
        for text, edit, error in ((self.tr("&Name:"), self.name_edit, self.name_error),
                                  (self.tr("&Labour discount %:"), self.labour_edit, self.labour_error),
                                  (self.tr("&Parts discount %:"), self.parts_edit, self.parts_error)):
            label = QLabel(text)
            label.setBuddy(edit)
            form.addRow(label, edit)
            form.addRow("", error)
        form.addRow("", self.active_check)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add as a new grade"))
        self.add_button.setObjectName("addButton")
        self.save_button = QPushButton(self.tr("&Save changes"))
        self.save_button.setObjectName("saveButton")
        row.addWidget(self.add_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)

        give = QGroupBox(self.tr("Give a customer a grade"))
        give_layout = QHBoxLayout(give)
        self.customer_edit = QLineEdit()
        self.customer_edit.setObjectName("customerEdit")
        self.customer_edit.setPlaceholderText(self.tr("Name or phone"))
        self.customer_combo = QComboBox()
        self.customer_combo.setObjectName("customerCombo")
        self.customer_combo.setMinimumWidth(220)
        self.grade_combo = QComboBox()
        self.grade_combo.setObjectName("gradeCombo")
        self.give_button = QPushButton(self.tr("&Give"))
        self.give_button.setObjectName("giveButton")
        for widget in (self.customer_edit, self.customer_combo, self.grade_combo, self.give_button):
            give_layout.addWidget(widget)
        layout.addWidget(give)

        self.message = QLabel()
        self.message.setObjectName("messageLabel")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.errors = FieldErrors({"name": self.name_error, "labour_discount": self.labour_error,
                                   "parts_discount": self.parts_error}, fallback=self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.tree.currentItemChanged.connect(lambda _now, _before: self._chosen())
        self.add_button.clicked.connect(self.add)
        self.save_button.clicked.connect(self.save)
        self.customer_edit.textChanged.connect(self.find_customers)
        self.customer_combo.currentIndexChanged.connect(lambda _i: self._show_customer_grade())
        self.give_button.clicked.connect(self.give)
        owner_why = self._refusal(Role.OWNER)
        for widget in (self.add_button, self.save_button, self.name_edit, self.labour_edit, self.parts_edit,
                       self.active_check):
            widget.setEnabled(owner_why is None)
            widget.setToolTip(owner_why or "")
        give_why = self._refusal(*member_grades.GRADE_ROLES)
        for widget in (self.customer_edit, self.customer_combo, self.grade_combo, self.give_button):
            widget.setEnabled(give_why is None)
            widget.setToolTip(give_why or "")
        if owner_why is not None:
            self.message.setText(owner_why)
        self.reload()

    def _refusal(self, *roles: Role) -> str | None:
        def check(session) -> DomainError | None:  # type: ignore[no-untyped-def]
            try:
                permissions.require(session, self.ctx.operator_id, *roles)
            except PermissionRefused as error:
                return error
            return None

        why = self.ctx.read(check)
        return error_text(why) if why is not None else None

    def reload(self, keep: int | None = None) -> None:
        self.tree.clear()
        chosen = None
        self.grade_combo.clear()
        self.grade_combo.addItem(self.tr("No grade"), None)
        for grade in self.ctx.read(member_grades.list_grades, include_retired=True):
            item = QTreeWidgetItem(self.tree, [grade.name, member_grades.percent(grade.labour_discount) + " %",
                                               member_grades.percent(grade.parts_discount) + " %",
                                               self.tr("Yes") if grade.active else self.tr("No"),
                                               str(grade.customers)])
            item.setData(0, _ID, grade.id)
            if grade.active:
                self.grade_combo.addItem(grade.name, grade.id)
            if grade.id == keep:
                chosen = item
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        self.save_button.setEnabled(self.tree.currentItem() is not None and self._refusal(Role.OWNER) is None)

    def chosen_id(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, _ID) if item is not None else None

    def _chosen(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        self.errors.clear()
        self.name_edit.setText(item.text(0))
        self.labour_edit.setText(item.text(1).removesuffix(" %"))
        self.parts_edit.setText(item.text(2).removesuffix(" %"))
        self.active_check.setChecked(item.text(3) == self.tr("Yes"))
        self.save_button.setEnabled(self._refusal(Role.OWNER) is None)

    def _done(self, text: str, keep: int | None) -> None:
        self.changed = True
        self.ctx.changed("settings", "orders")
        self.reload(keep)
        self.message.setStyleSheet(OK_STYLE)
        self.message.setText(text)

    def _run(self, action) -> object | None:  # type: ignore[no-untyped-def]
        self.errors.clear()
        self.message.setStyleSheet("")
        try:
            return action()
        except DomainError as error:
            self.errors.show(error)
            return None

    def add(self) -> None:
        saved = self._run(lambda: self.ctx.call(member_grades.save_grade, None, self.name_edit.text(),
                                                self.labour_edit.text(), self.parts_edit.text(),
                                                active=self.active_check.isChecked()))
        if saved is not None:
            self._done(self.tr("%1 added.").replace("%1", saved.name), saved.id)  # type: ignore[attr-defined]

    def save(self) -> None:
        grade_id = self.chosen_id()
        if grade_id is None:
            self.errors.show_message("name", self.tr("Choose the grade to change."))
            return
        saved = self._run(lambda: self.ctx.call(member_grades.save_grade, grade_id, self.name_edit.text(),
                                                self.labour_edit.text(), self.parts_edit.text(),
                                                active=self.active_check.isChecked()))
        if saved is not None:
            self._done(self.tr("Changes saved."), grade_id)

    # --- a customer's grade ---------------------------------------------------------------------------------
    def find_customers(self, text: str) -> None:
        self.customer_combo.clear()
        for found in self.ctx.read(member_grades.find_customers, text):
            label = f"{found.name} {found.phone}" + (f" ({found.grade})" if found.grade else "")
            self.customer_combo.addItem(label, (found.customer_id, found.grade_id))

    def _show_customer_grade(self) -> None:
        data = self.customer_combo.currentData()
        if data is not None:
            self.grade_combo.setCurrentIndex(max(self.grade_combo.findData(data[1]), 0))

    def give(self) -> None:
        data = self.customer_combo.currentData()
        if data is None:
            self.message.setStyleSheet("")
            self.message.setText(self.tr("Find the customer by name or phone first."))
            return
        grade_id = self.grade_combo.currentData()
        if self._run(lambda: self.ctx.call(member_grades.set_customer_grade, data[0], grade_id) or True):
            text = self.customer_edit.text()
            self._done(self.tr("%1 now has the grade %2.").replace("%1", self.customer_combo.currentText())
                       .replace("%2", self.grade_combo.currentText()), self.chosen_id())
            self.find_customers(text)


def edit_member_grades(ctx: AppContext, parent: QWidget | None = None) -> bool:
    """Open the dialog; True when something changed (tests replace it)."""
    dialog = MemberGradesDialog(ctx, parent)
    dialog.exec()
    return dialog.changed
