"""The owner's 提成 rules (issue 19, item 6): per labour operation or per job class, a percentage of the labour
charge or a fixed amount; and what free and comeback lines earn. Reached from the Settings tab (owner only; the
service checks again). A rule set for an operation or class already ruled replaces it from now on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from garage_desktop.domain.classes import LABELS, JobClass
from garage_desktop.domain.commission import Comebacks, FreeLines, Policy
from garage_desktop.domain.money import format_yuan
from garage_desktop.domain.text import DomainError
from garage_desktop.services import catalog, commission
from garage_desktop.services.commission import RuleView
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.errors import FieldErrors, tr_domain

_RULE = Qt.ItemDataRole.UserRole


class CommissionRulesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finished.connect(self.deleteLater)  # closed, it is deleted (a parent keeps it alive)
        self.ctx = ctx
        self.setObjectName("CommissionRulesDialog")
        self.setWindowTitle(self.tr("Commission rules"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("What a mechanic earns on a repair line: the rule of its labour operation, else the "
                               "rule of the order's job class. Split between the mechanics who worked the line by "
                               "their shares; counted on the month-end workbook."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("rulesTable")
        self.table.setHorizontalHeaderLabels([self.tr("For"), self.tr("Pays")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        self.remove_button = QPushButton(self.tr("&Remove the chosen rule"))
        self.remove_button.setObjectName("removeButton")
        self.remove_button.clicked.connect(self.remove)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        layout.addWidget(self._rule_form())
        layout.addWidget(self._policy_form())
        self.general_error = QLabel()
        layout.addWidget(self.general_error)
        self.errors = FieldErrors({"target": self.target_error, "amount": self.amount_error,
                                   "percent": self.amount_error, "fixed_amount": self.amount_error},
                                  fallback=self.general_error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._load()
        self.resize(640, 680)

    # --- the form ---------------------------------------------------------------------------------------------
    def _rule_form(self) -> QGroupBox:
        box = QGroupBox(self.tr("Set a rule"))
        grid = QGridLayout(box)
        self.operation_radio = QRadioButton(self.tr("Labour &operation"))
        self.class_radio = QRadioButton(self.tr("&Job class"))
        targets = QButtonGroup(box)
        targets.addButton(self.operation_radio)
        targets.addButton(self.class_radio)
        self.operation_radio.setChecked(True)
        self.operation_combo = QComboBox()
        self.operation_combo.setObjectName("operationCombo")
        for operation in self.ctx.read(catalog.list_operations):
            self.operation_combo.addItem(f"{operation.code} {operation.name}", operation.code)
        self.class_combo = QComboBox()
        self.class_combo.setObjectName("classCombo")
        for job in JobClass:
            self.class_combo.addItem(tr_domain(LABELS[job]), job.value)
        self.target_error = QLabel()
        grid.addWidget(self.operation_radio, 0, 0)
        grid.addWidget(self.operation_combo, 0, 1)
        grid.addWidget(self.class_radio, 1, 0)
        grid.addWidget(self.class_combo, 1, 1)
        grid.addWidget(self.target_error, 2, 1)
        self.percent_radio = QRadioButton(self.tr("&Percentage of the labour charge"))
        self.fixed_radio = QRadioButton(self.tr("&Fixed amount per line"))
        kinds = QButtonGroup(box)
        kinds.addButton(self.percent_radio)
        kinds.addButton(self.fixed_radio)
        self.percent_radio.setChecked(True)
        self.percent_edit = QLineEdit()
        self.percent_edit.setObjectName("percentEdit")
        self.percent_edit.setPlaceholderText(self.tr("e.g. 10 (%)"))
        self.fixed_edit = QLineEdit()
        self.fixed_edit.setObjectName("fixedEdit")
        self.fixed_edit.setPlaceholderText(self.tr("e.g. 20.00 (yuan)"))
        self.amount_error = QLabel()
        grid.addWidget(self.percent_radio, 3, 0)
        grid.addWidget(self.percent_edit, 3, 1)
        grid.addWidget(self.fixed_radio, 4, 0)
        grid.addWidget(self.fixed_edit, 4, 1)
        grid.addWidget(self.amount_error, 5, 1)
        self.set_button = QPushButton(self.tr("&Set the rule"))
        self.set_button.setObjectName("setButton")
        self.set_button.clicked.connect(self.set_rule)
        grid.addWidget(self.set_button, 6, 1, Qt.AlignmentFlag.AlignRight)
        self.percent_edit.textEdited.connect(lambda _t: self.percent_radio.setChecked(True))
        self.fixed_edit.textEdited.connect(lambda _t: self.fixed_radio.setChecked(True))
        self.operation_combo.activated.connect(lambda _i: self.operation_radio.setChecked(True))
        self.class_combo.activated.connect(lambda _i: self.class_radio.setChecked(True))
        return box

    def _policy_form(self) -> QGroupBox:
        box = QGroupBox(self.tr("Free and comeback lines"))
        form = QFormLayout(box)
        self.free_combo = QComboBox()
        self.free_combo.setObjectName("freeCombo")
        self.free_combo.addItem(self.tr("No commission"), FreeLines.NONE.value)
        self.free_combo.addItem(self.tr("As if charged at the price they had"), FreeLines.LIST.value)
        self.comeback_combo = QComboBox()
        self.comeback_combo.setObjectName("comebackCombo")
        self.comeback_combo.addItem(self.tr("No commission, and the original job's commission is taken back"),
                                    Comebacks.CLAW_BACK.value)
        self.comeback_combo.addItem(self.tr("No commission"), Comebacks.NONE.value)
        self.comeback_combo.addItem(self.tr("Commission like any line"), Comebacks.PAY.value)
        form.addRow(self.tr("Lines given free:"), self.free_combo)
        form.addRow(self.tr("Comebacks (返修):"), self.comeback_combo)
        self.policy_button = QPushButton(self.tr("Sa&ve"))
        self.policy_button.setObjectName("policyButton")
        self.policy_button.clicked.connect(self.save_policy)
        form.addRow("", self.policy_button)
        self.policy_label = QLabel()
        self.policy_label.setObjectName("policyLabel")
        form.addRow("", self.policy_label)
        return box

    # --- reading ----------------------------------------------------------------------------------------------
    def _target_text(self, rule: RuleView) -> str:
        if rule.operation_code:
            return f"{rule.operation_code} {rule.operation_name}".strip()
        return self.tr("Job class: %1").replace("%1", tr_domain(LABELS[rule.job_class]) if rule.job_class else "")

    def _pays_text(self, rule: RuleView) -> str:
        if rule.percent is not None:
            return self.tr("%1 % of the labour charge").replace("%1", f"{rule.percent.normalize():f}")
        return format_yuan(rule.fixed_amount) if rule.fixed_amount is not None else ""

    def _load(self) -> None:
        self.rules = self.ctx.read(commission.rules_in_force)
        self.table.setRowCount(len(self.rules))
        for row, rule in enumerate(self.rules):
            target = QTableWidgetItem(self._target_text(rule))
            target.setData(_RULE, rule.id)
            self.table.setItem(row, 0, target)
            self.table.setItem(row, 1, QTableWidgetItem(self._pays_text(rule)))
        self.table.resizeColumnToContents(1)
        now = self.ctx.read(commission.policy)
        self.free_combo.setCurrentIndex(max(self.free_combo.findData(now.free_lines.value), 0))
        self.comeback_combo.setCurrentIndex(max(self.comeback_combo.findData(now.comebacks.value), 0))

    # --- writing ----------------------------------------------------------------------------------------------
    def set_rule(self) -> None:
        self.errors.clear()
        by_operation = self.operation_radio.isChecked()
        percent = self.percent_radio.isChecked()
        try:
            self.ctx.call(commission.set_rule,
                          operation_code=self.operation_combo.currentData() if by_operation else None,
                          job_class=None if by_operation else self.class_combo.currentData(),
                          percent=self.percent_edit.text() if percent else None,
                          fixed_amount=None if percent else self.fixed_edit.text())
        except DomainError as error:
            self.errors.show(error)
            return
        self.percent_edit.clear()
        self.fixed_edit.clear()
        self._load()

    def remove(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        self.errors.clear()
        try:
            self.ctx.call(commission.end_rule, self.table.item(rows[0].row(), 0).data(_RULE))
        except DomainError as error:
            self.errors.show(error)
            return
        self._load()

    def save_policy(self) -> None:
        self.errors.clear()
        try:
            self.ctx.call(commission.set_policy, Policy(FreeLines(self.free_combo.currentData()),
                                                        Comebacks(self.comeback_combo.currentData())))
        except DomainError as error:
            self.errors.show(error)
            return
        self.policy_label.setText(self.tr("Saved."))


def edit_commission_rules(ctx: AppContext, parent: QWidget | None = None) -> None:
    CommissionRulesDialog(ctx, parent).exec()
