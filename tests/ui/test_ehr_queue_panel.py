"""The health record's upload queue panel and the background uploader, against the stand-in platform: the queue's
states and reasons, uploads in the background, the window answering at once while an upload hangs on a slow
platform, "Retry now", and the owner's platform account dialog (errors beside the fields, the password never
shown again)."""

from __future__ import annotations

import threading
import time
from datetime import datetime

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from garage_desktop.db.engine import Database
from garage_desktop.domain.classes import Role
from garage_desktop.services import clock, ehr_upload
from garage_desktop.services.ehr_upload import State
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.dialogs import ehr_platform_dialog
from garage_desktop.ui.dialogs.ehr_platform_dialog import EhrPlatformDialog
from garage_desktop.ui.ehr_uploader import WHY_OTHER_WINDOW, EhrUploader
from garage_desktop.ui.widgets.ehr_queue_panel import EhrQueuePanel
from tests.ehr_platform import PASSWORD, running
from tests.integration.test_ehr_upload import account, garage_registered, row, settled

NOW = datetime(2026, 11, 28, 15, 0)


@pytest.fixture(autouse=True)
def fixed_clock() -> None:
    clock.set_fixed(NOW)


def states(panel: EhrQueuePanel) -> dict[str, str]:
    """Order number → the state shown."""
    tree = panel.ui.queueTree
    return {tree.topLevelItem(i).text(2): tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())}


def order_no(db: Database, order_id: int) -> str:
    from garage_desktop.db.models import RepairOrder

    with db.session_scope(write=False) as session:
        return session.get(RepairOrder, order_id).order_no


def read_panel(qtbot: QtBot, ctx: AppContext) -> EhrQueuePanel:
    """The panel, shown once its first read is on screen."""
    panel = EhrQueuePanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1000, 420)
    panel.show()
    qtbot.waitUntil(lambda: panel.shown >= 1, timeout=5000)
    return panel


def uploader_for(ctx: AppContext, qtbot: QtBot, timeout: float = 5.0) -> EhrUploader:
    uploader = EhrUploader(ctx, interval_s=3600,
                           client_factory=lambda acc, pw: ehr_upload.client_for(acc, pw, timeout=timeout))
    return uploader


def test_panel_lists_what_is_to_fix_and_to_send_and_uploads_in_the_background(
        qtbot: QtBot, ctx: AppContext, db: Database, people: dict[Role, int]) -> None:
    garage_registered(db, people)
    good, no_code = settled(db, people), settled(db, people, part_code=None)
    with running() as platform:
        account(db, people, platform.url, enabled=False)
        uploader = uploader_for(ctx, qtbot)
        panel = read_panel(qtbot, ctx)
        shown = states(panel)
        assert shown[order_no(db, good)] == "to send" and shown[order_no(db, no_code)] == "to fix"
        fix_row = next(panel.ui.queueTree.topLevelItem(i) for i in range(panel.ui.queueTree.topLevelItemCount())
                       if panel.ui.queueTree.topLevelItem(i).text(2) == order_no(db, no_code))
        assert "has no part code" in fix_row.text(7)
        assert "Uploads are off" in panel.ui.statusLabel.text()
        assert not panel.ui.accountButton.isEnabled()  # the advisor: only the owner sets the account
        account(db, people, platform.url)  # the owner switches uploads on
        try:
            with qtbot.waitSignal(uploader.run_finished, timeout=10_000):
                uploader.start()
            qtbot.waitUntil(lambda: states(panel).get(order_no(db, good)) == "sent", timeout=5000)
        finally:
            uploader.stop()
        assert states(panel)[order_no(db, no_code)] == "to fix"  # never sent with its problem
        assert len(platform.accepted) == 1
        assert "Uploading" in panel.ui.statusLabel.text()
        panel.grab().save("/tmp/ehr_queue_panel.png")


def test_window_answers_at_once_while_an_upload_hangs_then_retry_now_sends_it(
        qtbot: QtBot, ctx: AppContext, db: Database, people: dict[Role, int]) -> None:
    garage_registered(db, people)
    order_id = settled(db, people)
    with running() as platform:
        platform.hold = threading.Event()  # the platform takes the request and does not answer
        account(db, people, platform.url)
        uploader = uploader_for(ctx, qtbot, timeout=1.5)
        panel = read_panel(qtbot, ctx)
        clicked: list[float] = []
        other = QPushButton("another action")
        qtbot.addWidget(other)
        other.clicked.connect(lambda: clicked.append(time.monotonic()))
        other.show()
        try:
            uploader.start()
            qtbot.waitUntil(lambda: platform.record_requests == 1, timeout=5000)
            assert uploader.busy()  # the upload hangs on the platform...
            started = time.monotonic()
            fired: list[bool] = []
            QTimer.singleShot(0, lambda: fired.append(True))
            qtbot.waitUntil(lambda: bool(fired), timeout=300)  # ...and the window's event loop runs meanwhile
            qtbot.mouseClick(other, Qt.MouseButton.LeftButton)
            qtbot.mouseClick(panel.ui.refreshButton, Qt.MouseButton.LeftButton)  # a read, not held by the upload
            assert clicked and clicked[0] - started < 0.3 and uploader.busy()
            # the platform never answers in time: failed, tried again later
            with qtbot.waitSignal(uploader.run_finished, timeout=10_000):
                pass
            qtbot.waitUntil(lambda: states(panel).get(order_no(db, order_id)) == "failed", timeout=5000)
            failed_row = panel.ui.queueTree.topLevelItem(0)
            assert failed_row.text(7) == "The platform did not answer in time. It is tried again later."
            assert failed_row.text(6) == "2026-11-28 15:05"
            assert row(db, order_id).status == "failed"
            # the platform is back: "Retry now" sends it at once instead of at 15:05
            platform.hold.set()
            platform.hold = None
            assert panel.ui.retryButton.isEnabled()
            with qtbot.waitSignal(uploader.run_finished, timeout=10_000):
                qtbot.mouseClick(panel.ui.retryButton, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: states(panel).get(order_no(db, order_id)) == "sent", timeout=5000)
        finally:
            uploader.stop()
        assert row(db, order_id).status == "sent" and len(platform.accepted) == 1


def test_platform_account_dialog_shows_errors_beside_the_fields_and_never_the_password(
        qtbot: QtBot, ctx: AppContext, db: Database, people: dict[Role, int], tmp_path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    ctx.set_operator(people[Role.OWNER])
    # Accepted, the dialog deletes itself: the holder is what the test closes (closing a deleted dialog whose
    # wrapper a reference cycle kept until teardown failed the test, depending on when the collector ran).
    holder = QWidget()
    qtbot.addWidget(holder)
    dialog = EhrPlatformDialog(ctx, holder)
    dialog.show()
    dialog.ui.codeEdit.setText("440300123456")
    dialog.ui.urlEdit.setText("ehr.example.cn")  # no http://
    dialog.ui.enabledCheck.setChecked(True)
    dialog.confirm()
    assert dialog.isVisible() and dialog.saved is None
    assert "http://" in dialog.errors.labels["url"].text() and dialog.errors.labels["url"].isVisible()
    assert "password" in dialog.errors.labels["password"].text().lower()
    assert dialog.ui.codeEdit.text() == "440300123456"  # nothing typed is lost
    dialog.ui.urlEdit.setText("https://ehr.example.cn/api")
    dialog.ui.passwordEdit.setText(PASSWORD)
    missing = str(tmp_path / "no_such_province.json")
    monkeypatch.setattr(ehr_platform_dialog, "ask_protocol_file", lambda _parent, _current: missing)
    qtbot.mouseClick(dialog.ui.protocolButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.protocolEdit.text() == missing
    dialog.confirm()
    assert dialog.saved is None and "cannot be used" in dialog.errors.labels["protocol_file"].text()
    assert dialog.ui.passwordEdit.text() == PASSWORD  # nothing typed is lost
    dialog.ui.protocolEdit.clear()  # the national protocol
    dialog.grab().save("/tmp/ehr_platform_dialog.png")
    dialog.confirm()
    assert dialog.saved is not None and dialog.saved.uploads_here
    again = EhrPlatformDialog(ctx)
    qtbot.addWidget(again)
    assert again.ui.passwordEdit.text() == "" and "set" in again.ui.passwordEdit.placeholderText()
    assert again.ui.urlEdit.text() == "https://ehr.example.cn/api" and again.ui.enabledCheck.isChecked()
    # the panel lets the owner open it, and says uploads run here
    panel = read_panel(qtbot, ctx)
    assert panel.ui.accountButton.isEnabled()
    assert "Uploading" in panel.ui.statusLabel.text()


def test_another_pc_is_told_where_uploads_run_and_an_order_to_fix_opens_where_it_is_fixed(
        qtbot: QtBot, ctx: AppContext, db: Database, people: dict[Role, int], tmp_path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    garage_registered(db, people)
    no_code = settled(db, people, part_code=None)
    account(db, people, "https://ehr.example.cn/api")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "another_pc"))
    panel = read_panel(qtbot, ctx)
    assert "Uploads run on another PC" in panel.ui.statusLabel.text()
    assert panel.queue.counts[State.TO_FIX] == 1
    opened: list[tuple[int, str]] = []
    ctx.open_order_in_requested.connect(lambda order_id, where: opened.append((order_id, where)))
    item = panel.ui.queueTree.topLevelItem(0)
    panel.ui.queueTree.itemDoubleClicked.emit(item, 0)
    assert opened == [(no_code, "parts")]


def test_two_windows_of_one_pc_never_both_upload(qtbot: QtBot, ctx: AppContext, db: Database,
                                                  people: dict[Role, int]) -> None:
    """Two windows on one server database (a file allows one window): only the one holding this PC's upload lock
    sends; the other's runs are skipped, so a record is never sent by both."""
    garage_registered(db, people)
    settled(db, people)
    with running() as platform:
        account(db, people, platform.url)
        first, second = uploader_for(ctx, qtbot), uploader_for(AppContext(db), qtbot)
        try:
            with qtbot.waitSignal(first.run_finished, timeout=10_000):
                first.start()
            with qtbot.waitSignal(second.run_finished, timeout=10_000):
                second.start()
            assert first.last.sent == 1 and second.last.skipped == WHY_OTHER_WINDOW
            first.stop()  # the first window closes: the other takes over
            second.wake()
            with qtbot.waitSignal(second.run_finished, timeout=10_000):
                pass
            assert second.last.skipped == "" and second.last.sent == 0
        finally:
            first.stop()
            second.stop()
        assert len(platform.records) == 1


def test_a_vin_to_fix_in_the_queue_opens_the_plate_and_vin_form_not_the_closed_intake(
        qtbot: QtBot, ctx: AppContext, db: Database, people: dict[Role, int],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The intake form is closed once the work order is confirmed: the queue page of the health record dialog
    corrects the car's VIN in the same small form as the records page, and the order is then to send."""
    from garage_desktop.ui.dialogs.ehr_dialog import EhrDialog

    garage_registered(db, people)
    no_vin = settled(db, people, vin="")
    account(db, people, "https://ehr.example.cn/api")
    dialog = EhrDialog(ctx, NOW.date().replace(day=1))
    qtbot.addWidget(dialog)
    dialog.show()
    panel = dialog.findChild(EhrQueuePanel)
    qtbot.waitUntil(lambda: panel.shown >= 1, timeout=5000)
    assert panel.queue.counts[State.TO_FIX] == 1
    asked: list[tuple[str, str]] = []

    class Form:
        def __init__(self, plate: str, vin: str, submit) -> None:  # type: ignore[no-untyped-def]
            asked.append((plate, vin))
            self.submit = submit

        def exec(self) -> int:
            self.submit(plate_of_car, "LSVAM4185C2150002")
            from PySide6.QtWidgets import QDialog

            return QDialog.DialogCode.Accepted

    plate_of_car = panel.queue.items[0].plate
    opened: list[tuple[int, str]] = []
    ctx.open_order_in_requested.connect(lambda order_id, where: opened.append((order_id, where)))
    monkeypatch.setattr(dialog, "vehicle_dialog", Form)
    shown = panel.shown
    panel.ui.queueTree.itemDoubleClicked.emit(panel.ui.queueTree.topLevelItem(0), 0)
    assert asked == [(plate_of_car, "")] and opened == []
    qtbot.waitUntil(lambda: panel.shown > shown, timeout=5000)  # read again after the change
    assert panel.queue.counts[State.TO_FIX] == 0 and panel.queue.counts[State.TO_SEND] == 1
    assert panel._entry(no_vin).state is State.TO_SEND
