"""套餐卡 Packages, from the Settings tab (the owner): what the garage sells as package cards — name, price, days
valid, and its services (a labour operation's catalog code, its uses, whether the package pays its parts too).

Choosing a package fills the form; "Add" makes a new package from it, "Save changes" changes the chosen one (cards
already sold keep what they were sold with). A refusal is shown beside its field and everything typed stays.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from garage_desktop.domain.classes import Role
from garage_desktop.domain.money import format_yuan
from garage_desktop.domain.text import DomainError, PermissionRefused
from garage_desktop.services import packages, permissions
from garage_desktop.services.packages import PackageItemDraft, PackageView
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.errors import FieldErrors, error_text
from garage_desktop.ui.widgets.flat_tree import flat_tree

_ID = Qt.ItemDataRole.UserRole
OK_STYLE = "color: #2e7d32;"


class PackagesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finished.connect(self.deleteLater)  # closed, it is deleted (a parent keeps it alive)
        self.ctx = ctx
        self.changed = False
        self._packages: dict[int, PackageView] = {}
        self.setObjectName("PackagesDialog")
        self.setWindowTitle(self.tr("Package cards"))
        self.resize(760, 640)
        layout = QVBoxLayout(self)
        headers = [self.tr("Package"), self.tr("Price"), self.tr("Days"),
                   self.tr("Services"), self.tr("On sale")]
        self.tree = flat_tree("packageTree", headers, (160, 90, 50, 340, 60))
        layout.addWidget(self.tree, 1)
        form = QFormLayout()
        self.name_edit, self.price_edit, self.days_edit = QLineEdit(), QLineEdit(), QLineEdit()
        for edit, name in ((self.name_edit, "nameEdit"), (self.price_edit, "priceEdit"),
                           (self.days_edit, "daysEdit")):
            edit.setObjectName(name)
        self.name_edit.setMaxLength(60)
        self.days_edit.setPlaceholderText(self.tr("e.g. 365"))
        self.active_check = QCheckBox(self.tr("On &sale"))
        self.active_check.setObjectName("activeCheck")
        self.active_check.setChecked(True)
        self.name_error, self.price_error, self.days_error, self.items_error = QLabel(), QLabel(), QLabel(), QLabel()
        for error, name in ((self.name_error, "nameError"), (self.price_error, "priceError"),
                            (self.days_error, "daysError"), (self.items_error, "itemsError")):
            error.setObjectName(name)
            error.setStyleSheet("color: #c62828;")
        for text, edit, error in ((self.tr("&Name:"), self.name_edit, self.name_error),
                                  (self.tr("&Price:"), self.price_edit, self.price_error),
                                  (self.tr("&Valid for days:"), self.days_edit, self.days_error)):
            label = QLabel(text)
            label.setBuddy(edit)
            form.addRow(label, edit)
            form.addRow("", error)
        form.addRow("", self.active_check)
        layout.addLayout(form)
        self.items = QTableWidget(0, 3)
        self.items.setObjectName("itemsTable")
        self.items.setHorizontalHeaderLabels([self.tr("Labour operation code"), self.tr("Uses"),
                                              self.tr("Parts included")])
        self.items.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.items.setMinimumHeight(120)
        layout.addWidget(self.items)
        layout.addWidget(self.items_error)
        row = QHBoxLayout()
        self.add_item_button = QPushButton(self.tr("Add a ser&vice"))
        self.add_item_button.setObjectName("addItemButton")
        self.remove_item_button = QPushButton(self.tr("&Remove the service"))
        self.remove_item_button.setObjectName("removeItemButton")
        self.add_button = QPushButton(self.tr("&Add as a new package"))
        self.add_button.setObjectName("addButton")
        self.save_button = QPushButton(self.tr("Save &changes"))
        self.save_button.setObjectName("saveButton")
        for button in (self.add_item_button, self.remove_item_button):
            row.addWidget(button)
        row.addStretch(1)
        for button in (self.add_button, self.save_button):
            row.addWidget(button)
        layout.addLayout(row)
        self.message = QLabel()
        self.message.setObjectName("messageLabel")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.errors = FieldErrors({"name": self.name_error, "price": self.price_error,
                                   "valid_days": self.days_error, "items": self.items_error,
                                   "uses": self.items_error}, fallback=self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.tree.currentItemChanged.connect(lambda _now, _before: self._chosen())
        self.add_item_button.clicked.connect(lambda: self.add_item_row())
        self.remove_item_button.clicked.connect(self.remove_item_row)
        self.add_button.clicked.connect(self.add)
        self.save_button.clicked.connect(self.save)
        why = self._refusal()
        for widget in (self.add_button, self.save_button, self.name_edit, self.price_edit, self.days_edit,
                       self.active_check, self.items, self.add_item_button, self.remove_item_button):
            widget.setEnabled(why is None)
            widget.setToolTip(why or "")
        if why is not None:
            self.message.setText(why)
        self.reload()

    def _refusal(self) -> str | None:
        def check(session) -> DomainError | None:  # type: ignore[no-untyped-def]
            try:
                permissions.require(session, self.ctx.operator_id, Role.OWNER)
            except PermissionRefused as error:
                return error
            return None

        why = self.ctx.read(check)
        return error_text(why) if why is not None else None

    def reload(self, keep: int | None = None) -> None:
        self.tree.clear()
        chosen = None
        self._packages = {p.id: p for p in self.ctx.read(packages.list_packages, include_retired=True)}
        for package in self._packages.values():
            item = QTreeWidgetItem(self.tree, [package.name, format_yuan(package.price), str(package.valid_days),
                                               package.summary, self.tr("Yes") if package.active else self.tr("No")])
            item.setData(0, _ID, package.id)
            if package.id == keep:
                chosen = item
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        self.save_button.setEnabled(self.tree.currentItem() is not None and self._refusal() is None)

    def add_item_row(self, code: str = "", uses: int = 1, include_parts: bool = False) -> None:
        row = self.items.rowCount()
        self.items.insertRow(row)
        self.items.setItem(row, 0, QTableWidgetItem(code))
        self.items.setItem(row, 1, QTableWidgetItem(str(uses)))
        check = QTableWidgetItem()
        check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        check.setCheckState(Qt.CheckState.Checked if include_parts else Qt.CheckState.Unchecked)
        self.items.setItem(row, 2, check)

    def remove_item_row(self) -> None:
        row = self.items.currentRow()
        if row >= 0:
            self.items.removeRow(row)

    def item_drafts(self) -> list[PackageItemDraft]:
        drafts = []
        for row in range(self.items.rowCount()):
            code = (self.items.item(row, 0).text() if self.items.item(row, 0) else "").strip()
            uses = (self.items.item(row, 1).text() if self.items.item(row, 1) else "").strip()
            parts = self.items.item(row, 2)
            if not code and not uses:
                continue
            drafts.append(PackageItemDraft(code, uses or "0",
                                           parts is not None and parts.checkState() == Qt.CheckState.Checked))
        return drafts

    def chosen_id(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, _ID) if item is not None else None

    def _chosen(self) -> None:
        package = self._packages.get(self.chosen_id() or 0)
        if package is None:
            return
        self.errors.clear()
        self.name_edit.setText(package.name)
        self.price_edit.setText(f"{package.price:.2f}")
        self.days_edit.setText(str(package.valid_days))
        self.active_check.setChecked(package.active)
        self.items.setRowCount(0)
        for item in package.items:
            self.add_item_row(item.operation_code, item.uses, item.include_parts)
        self.save_button.setEnabled(self._refusal() is None)

    def _done(self, text: str, keep: int | None) -> None:
        self.changed = True
        self.ctx.changed("settings")
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

    def _save(self, package_id: int | None) -> None:
        saved = self._run(lambda: self.ctx.call(packages.save_package, package_id, self.name_edit.text(),
                                                self.price_edit.text(), self.days_edit.text(), self.item_drafts(),
                                                active=self.active_check.isChecked()))
        if saved is not None:
            text = self.tr("%1 added.") if package_id is None else self.tr("Changes saved: %1.")
            self._done(text.replace("%1", saved.name), saved.id)  # type: ignore[attr-defined]

    def add(self) -> None:
        self._save(None)

    def save(self) -> None:
        package_id = self.chosen_id()
        if package_id is None:
            self.errors.show_message("name", self.tr("Choose the package to change."))
            return
        self._save(package_id)


def edit_packages(ctx: AppContext, parent: QWidget | None = None) -> bool:
    """Open the dialog; True when something changed (tests replace it)."""
    dialog = PackagesDialog(ctx, parent)
    dialog.exec()
    return dialog.changed
