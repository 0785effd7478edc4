"""The owner's editor of the follow-up call script: questions added, reworded, reordered, removed; the shipped
default restorable. Reached from the 回訪 tab (owner only; the service checks again)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from garage_desktop.domain.text import DomainError
from garage_desktop.services import call_script
from garage_desktop.services.call_script import KIND_LABELS, Kind, QuestionDraft, Script
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.errors import error_text, tr_domain
from garage_desktop.ui.forms.ui_call_script_dialog import Ui_CallScriptDialog

_KEY = Qt.ItemDataRole.UserRole
KIND_COLUMN, TEXT_COLUMN = 0, 1


class CallScriptDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finished.connect(self.deleteLater)  # closed, it is deleted (a parent keeps it alive)
        self.ctx = ctx
        self.ui = Ui_CallScriptDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.errorLabel.setStyleSheet("color: #c62828;")
        ui.errorLabel.setWordWrap(True)
        ui.errorLabel.hide()
        header = ui.questionsTable.horizontalHeader()
        header.setSectionResizeMode(KIND_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT_COLUMN, QHeaderView.ResizeMode.Stretch)
        ui.questionsTable.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ui.addButton.clicked.connect(self.add_question)
        ui.removeButton.clicked.connect(self.remove_question)
        ui.upButton.clicked.connect(lambda: self.move_question(-1))
        ui.downButton.clicked.connect(lambda: self.move_question(1))
        ui.restoreButton.clicked.connect(self.restore_default)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save script"))
        self.load(ctx.read(call_script.current))

    # --- the rows -----------------------------------------------------------------------------------------
    def load(self, script: Script) -> None:
        table = self.ui.questionsTable
        table.setRowCount(0)
        language = self.ctx.document_language()
        for question in script.questions:
            self._insert(table.rowCount(), question.key, question.kind, question.worded(language))
        self.ui.stateLabel.setText(self.tr("The garage's own script.") if script.own
                                   else self.tr("The default script shipped with the program."))

    def _kind_combo(self, kind: Kind) -> QComboBox:
        combo = QComboBox()
        for each in Kind:
            combo.addItem(tr_domain(KIND_LABELS[each]), each.value)
        combo.setCurrentIndex(combo.findData(kind.value))
        return combo

    def _insert(self, row: int, key: str | None, kind: Kind, text: str) -> None:
        table = self.ui.questionsTable
        table.insertRow(row)
        table.setCellWidget(row, KIND_COLUMN, self._kind_combo(kind))
        item = QTableWidgetItem(text)
        item.setData(_KEY, key)
        table.setItem(row, TEXT_COLUMN, item)

    def _take(self, row: int) -> tuple[str | None, Kind, str]:
        table = self.ui.questionsTable
        combo = table.cellWidget(row, KIND_COLUMN)
        item = table.item(row, TEXT_COLUMN)
        kind = Kind(combo.currentData()) if isinstance(combo, QComboBox) else Kind.TEXT
        return (item.data(_KEY) if item else None), kind, (item.text() if item else "")

    def drafts(self) -> list[QuestionDraft]:
        return [QuestionDraft(key, kind.value, text)
                for key, kind, text in (self._take(row) for row in range(self.ui.questionsTable.rowCount()))]

    def add_question(self) -> None:
        table = self.ui.questionsTable
        row = table.currentRow() + 1 if table.currentRow() >= 0 else table.rowCount()
        self._insert(row, None, Kind.SCORE, "")
        table.setCurrentCell(row, TEXT_COLUMN)
        table.editItem(table.item(row, TEXT_COLUMN))

    def remove_question(self) -> None:
        row = self.ui.questionsTable.currentRow()
        if row >= 0:
            self.ui.questionsTable.removeRow(row)

    def move_question(self, step: int) -> None:
        table = self.ui.questionsTable
        row = table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < table.rowCount():
            return
        key, kind, text = self._take(row)
        table.removeRow(row)
        self._insert(target, key, kind, text)
        table.setCurrentCell(target, TEXT_COLUMN)

    # --- saving -------------------------------------------------------------------------------------------
    def _show(self, error: DomainError) -> None:
        self.ui.errorLabel.setText(error_text(error))
        self.ui.errorLabel.show()

    def save(self) -> None:
        self.ui.errorLabel.hide()
        try:
            self.ctx.call(call_script.save, self.drafts())
        except DomainError as error:
            self._show(error)  # the rows stay as typed
            return
        self.accept()

    def ask_restore(self) -> bool:
        """Whether the owner confirms going back to the default (tests replace it)."""
        answer = QMessageBox.question(self, self.tr("Restore the default script"),
                                      self.tr("Go back to the script shipped with the program? The garage's own "
                                              "questions are deleted; old calls keep their answers."))
        return answer == QMessageBox.StandardButton.Yes

    def restore_default(self) -> None:
        if not self.ask_restore():
            return
        self.ui.errorLabel.hide()
        try:
            script = self.ctx.call(call_script.restore_default)
        except DomainError as error:
            self._show(error)
            return
        self.load(script)


def edit_call_script(ctx: AppContext, parent: QWidget | None = None) -> bool:
    """Open the editor; True when the owner saved a script."""
    return CallScriptDialog(ctx, parent).exec() == QDialog.DialogCode.Accepted
