"""Backups from the window: automatic (daily and on close, in the background), Backup now, Restore…"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QWidget

from garage_desktop.services import garage_file

log = logging.getLogger(__name__)


def ask_backup_file(parent: QWidget | None, folder: Path) -> str:
    """The backup to restore (tests replace this)."""
    path, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("Backups", "Restore a backup"), str(folder),
                                          QCoreApplication.translate("Backups", "Backups (*.sqlite3);;All files (*)"))
    return path


def confirm_restore(parent: QWidget | None, chosen: str) -> bool:
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("Backups", "Restore a backup"),
        QCoreApplication.translate("Backups", "Replace the garage's data with the backup\n{file}?\n\nThe current file is saved aside first.")
        .format(file=chosen))
    return answer == QMessageBox.StandardButton.Yes


class AutomaticBackups(QObject):
    """A verified backup once a day (checked hourly) and when the window closes; never on the UI thread
    except the last one at close, when there is no window left to freeze."""

    def __init__(self, db_file: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_file = db_file
        self._thread: threading.Thread | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(3600 * 1000)
        self.timer.timeout.connect(self.backup_if_due)
        self.timer.start()
        QTimer.singleShot(60 * 1000, self.backup_if_due)  # not during start-up itself

    def backup_if_due(self) -> None:
        folder = garage_file.default_backup_folder(self.db_file)
        if garage_file.due_for_daily_backup(folder, time.time(), stem=self.db_file.stem) and not self.running():
            self._thread = threading.Thread(target=self._run, args=(folder,), daemon=True)
            self._thread.start()

    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _run(self, folder: Path) -> None:
        try:
            made = garage_file.make_backup(self.db_file, folder)
            log.info("automatic backup %s", made)
        except garage_file.BackupFailed as error:  # logged; the next hour tries again
            log.error("automatic backup failed: %s", error)
        except Exception:
            log.exception("automatic backup failed")

    def at_close(self) -> None:
        if self._thread is not None:
            self._thread.join(timeout=60)
        try:
            garage_file.make_backup(self.db_file, garage_file.default_backup_folder(self.db_file))
        except garage_file.BackupFailed as error:  # closing must not fail because a USB drive is missing
            log.error("backup at close failed: %s", error)
        except Exception:
            log.exception("backup at close failed")


def backup_now(parent: QWidget, db_file: Path) -> Path | None:
    """Menu: Backup now, with progress, off the UI thread."""
    from garage_desktop.ui.runner import run_with_progress

    folder = garage_file.default_backup_folder(db_file)
    try:
        made = run_with_progress(parent, QCoreApplication.translate("Backups", "Backing up…"),
                                 lambda progress: garage_file.make_backup(db_file, folder, progress=progress))
    except (garage_file.BackupFailed, OSError, sqlite3.Error) as error:
        log.error("backup now failed: %s", error)
        QMessageBox.critical(parent, QCoreApplication.translate("Backups", "Backup failed"), QCoreApplication.translate("Backups", "The backup failed: {error}").format(error=error))
        return None
    QMessageBox.information(parent, QCoreApplication.translate("Backups", "Backup made"),
                            QCoreApplication.translate("Backups", "The backup was written and checked:\n{file}").format(file=made))
    return made


def restore_from_menu(parent: QWidget, ctx, db_file: Path) -> bool:  # type: ignore[no-untyped-def]
    """Menu: Restore… — close the database, restore a checked backup (current file saved aside), reopen."""
    from garage_desktop.ui.database import Database, open_database
    from garage_desktop.ui.runner import run_with_progress

    chosen = ask_backup_file(parent, garage_file.default_backup_folder(db_file))
    if not chosen or not confirm_restore(parent, chosen):
        return False
    try:
        # before closing anything: a file that is no garage backup is refused
        garage_file.verify_backup(Path(chosen))
    except garage_file.RestoreRefused as error:
        log.error("restore refused: %s", error)
        QMessageBox.critical(parent, QCoreApplication.translate("Backups", "Restore refused"), str(error))
        return False
    url = ctx.db.url
    ctx.db.dispose()
    try:
        saved = run_with_progress(parent, QCoreApplication.translate("Backups", "Restoring…"), lambda _progress: garage_file.restore(Path(chosen), db_file))
    except (garage_file.RestoreRefused, OSError, sqlite3.Error) as error:
        log.error("restore failed: %s", error)
        ctx.db = Database(url)
        QMessageBox.critical(parent, QCoreApplication.translate("Backups", "Restore refused"), str(error))
        return False
    ctx.db = open_database(url)
    ctx.set_current_order(None)
    ctx.changed("orders", "appointments", "customers", "settings", "operators")
    QMessageBox.information(parent, QCoreApplication.translate("Backups", "Backup restored"),
                            QCoreApplication.translate("Backups", "The backup was restored. The previous data is kept in\n{file}").format(file=saved))
    return True


class IntegrityWatch(QObject):
    """The full integrity check of the open database, then the check of its audit trail (table, append-only
    triggers, every event's link), run on a worker thread after the window is up (start-up itself only reads the
    header and schema, so a big file does not delay the board)."""

    failed = Signal(str)
    audit_altered = Signal(object)  # a garage_file.Finding
    finished = Signal(bool)

    def __init__(self, db_file: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_file = db_file
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _run(self) -> None:
        result = garage_file.full_check(self.db_file)
        if not result.ok:
            log.error("integrity check of %s failed: %s", self.db_file, result.integrity)
            self.failed.emit(result.integrity)
        else:
            started = time.perf_counter()
            audit = garage_file.audit_check(self.db_file)
            log.info("audit trail of %s: %d events checked in %.1f s", self.db_file, audit.events,
                     time.perf_counter() - started)
            if audit.finding is not None:
                log.error("audit trail of %s altered: %s", self.db_file, audit.finding.describe())
                self.audit_altered.emit(audit.finding)
        self.finished.emit(result.ok)


def audit_warning_text(finding: garage_file.Finding) -> str:
    """The red warning's words: where the audit trail was found altered."""
    if finding.kind == "altered":
        return QCoreApplication.translate("Backups", "Audit trail altered at event {id} ({time})").format(
            id=finding.event_id, time=finding.when)
    if finding.kind in ("trigger_missing", "trigger_changed", "trigger_disabled", "trigger_extra"):
        return QCoreApplication.translate("Backups", "Audit trail protection removed or changed ({name})").format(
            name=finding.name)
    if finding.kind in ("no_table", "no_chain"):
        return QCoreApplication.translate("Backups", "Audit trail missing from the database")
    return QCoreApplication.translate("Backups", "Audit trail cannot be read")


def warn_audit_altered(window: QMainWindow, finding: garage_file.Finding) -> QLabel:
    """A red warning in the status bar that stays while the window is open: the program keeps working (the
    garage's records are intact as far as SQLite can tell), but the owner must know the trail was altered."""
    label = QLabel(audit_warning_text(finding), window)
    label.setObjectName("auditWarning")
    label.setStyleSheet("QLabel { color: white; background: #c62828; font-weight: bold; padding: 2px 8px; }")
    label.setToolTip(QCoreApplication.translate(
        "Backups", "The audit trail no longer matches what was written: {detail}.\n\nThe program keeps working. "
        "Keep this file and its backups as they are and ask whoever looks after the PC; 'garage-desktop check' "
        "names the same problem.").format(detail=finding.describe()))
    window.statusBar().addWidget(label)
    label.show()
    return label


def warn_damaged(parent: QWidget, ctx, db_file: Path, detail: str) -> None:  # type: ignore[no-untyped-def]
    """Tell the user at once that the file failed its check, and offer to restore a backup."""
    answer = QMessageBox.critical(
        parent, QCoreApplication.translate("Backups", "The garage's data is damaged"),
        QCoreApplication.translate("Backups", "The database file failed its integrity check:\n{detail}\n\nStop working in it and restore the newest "
           "backup that passes its check. Restore a backup now?").format(detail=detail),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    if answer == QMessageBox.StandardButton.Yes:
        restore_from_menu(parent, ctx, db_file)
