"""The owner's account on the provincial health-record platform: address, company code, password (never shown
again: the field says it is set and can be replaced), the day uploads start from, and on/off."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from garage_desktop.domain.text import DomainError
from garage_desktop.services import clock, ehr_upload
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.dialogs.action_buttons import add_action_buttons
from garage_desktop.ui.errors import FieldErrors
from garage_desktop.ui.forms.ui_ehr_platform_dialog import Ui_EhrPlatformDialog


class EhrPlatformDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finished.connect(self.deleteLater)  # closed, it is deleted (a parent keeps it alive)
        self.ctx = ctx
        self.ui = ui = Ui_EhrPlatformDialog()
        ui.setupUi(self)
        self.account = account = ctx.read(ehr_upload.load_account)
        ui.urlEdit.setText(account.url)
        ui.codeEdit.setText(account.company_code)
        ui.passwordEdit.setPlaceholderText(
            self.tr("set — type a new one to replace it") if account.password_set else self.tr("not set"))
        start = account.start_on or clock.now().date()
        ui.startEdit.setDate(QDate(start.year, start.month, start.day))
        ui.enabledCheck.setChecked(account.enabled)
        ui.protocolEdit.setText(account.protocol_file)
        ui.protocolButton.clicked.connect(self.choose_protocol)
        if account.password_set and not account.password_here:
            ui.whereLabel.setText(self.tr("The password was typed on another PC: uploads run there. Type it again "
                                          "here to run them from this PC instead."))
        else:
            ui.whereLabel.setText(self.tr("The password is kept sealed with a key stored on this PC only; it is "
                                          "never shown again, nor written to the audit trail or the workbook."))
        self.errors = FieldErrors({"url": ui.urlError, "company_code": ui.codeError, "password": ui.passwordError,
                                   "start_on": ui.startError, "protocol_file": ui.protocolError},
                                  fallback=ui.formError)
        _box, self.save_button = add_action_buttons(self, ui.dialogLayout, self.tr("&Save"))
        self.saved: ehr_upload.PlatformAccount | None = None

    def choose_protocol(self) -> None:
        chosen = ask_protocol_file(self, self.ui.protocolEdit.text())
        if chosen:
            self.ui.protocolEdit.setText(chosen)

    def confirm(self) -> None:
        ui = self.ui
        self.errors.clear()
        typed = ui.passwordEdit.text()
        try:
            self.saved = self.ctx.call(
                ehr_upload.save_account, url=ui.urlEdit.text(), company_code=ui.codeEdit.text(),
                start_on=ui.startEdit.date().toPython(), enabled=ui.enabledCheck.isChecked(),
                password=typed or None, protocol_file=ui.protocolEdit.text())
        except DomainError as error:
            self.errors.show(error)  # beside each field; nothing typed is lost
            self.adjustSize()  # room for the messages' lines
            return
        self.ctx.changed("settings", "ehr")
        from garage_desktop.ui.ehr_uploader import EhrUploader

        uploader = EhrUploader.of(self.ctx)
        if uploader is not None:
            uploader.wake()  # switched on or changed: a run now, not in five minutes
        self.accept()


def ask_protocol_file(parent: QWidget, current: str) -> str:
    """A province's protocol file chosen in a file dialog ("" if cancelled); tests replace this."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("EhrPlatformDialog", "The province's protocol file"), current,
        QCoreApplication.translate("EhrPlatformDialog", "Protocol (*.json)"))
    return chosen


def edit_platform_account(ctx: AppContext, parent: QWidget | None = None) -> ehr_upload.PlatformAccount | None:
    """Open the dialog; the account saved, or None."""
    dialog = EhrPlatformDialog(ctx, parent)
    dialog.exec()
    return dialog.saved
