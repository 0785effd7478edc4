"""外加工 on screen: the estimate tab's "Outside work…" dialog adds a line (bad input shown beside its field, nothing
typed lost), the estimate's total takes it in, the advisor records the part sent and back, and the slip prints."""

from __future__ import annotations

import io
import re
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from garage_desktop.domain.classes import Role
from garage_desktop.services import clock, estimate
from garage_desktop.services.estimate import EstimateDraft, LabourDraft
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.dialogs import outside_work_dialog
from garage_desktop.ui.dialogs.outside_work_dialog import OutsideWorkDialog
from garage_desktop.ui.tabs import estimate_tab
from tests.ui.test_estimate_tab import NOW, order_id, tab  # noqa: F401  (fixtures)

SHOTS = Path("/tmp/shots/outside_work")


def _click(qtbot: QtBot, button: object) -> None:
    assert button.isEnabled(), button.toolTip()  # type: ignore[attr-defined]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def _dialog(qtbot: QtBot, ctx: AppContext, order_id: int) -> OutsideWorkDialog:  # noqa: F811
    dialog = OutsideWorkDialog(ctx, order_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _fill(dialog: OutsideWorkDialog, supplier: str, what: str, cost: str, charge: str) -> None:
    ui = dialog.ui
    ui.supplierEdit.setText(supplier)  # setText: keyClicks cannot type Chinese
    ui.descriptionEdit.setText(what)
    ui.costEdit.setText(cost)
    ui.chargeEdit.setText(charge)


def test_add_outside_work_with_its_errors_then_send_and_receive_it(qtbot: QtBot, ctx: AppContext, people: dict,
                                                                   order_id: int,  # noqa: F811
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    clock.set_fixed(NOW)
    dialog = _dialog(qtbot, ctx, order_id)
    ui = dialog.ui
    assert "part of the estimate" in ui.headerLabel.text()
    _fill(dialog, "順達機加工廠", "曲軸磨削", "450", "六百")
    _click(qtbot, ui.addButton)
    assert ui.chargeError.isVisible() and ui.chargeError.text()
    assert ui.linesTable.rowCount() == 0 and ui.supplierEdit.text() == "順達機加工廠"  # nothing typed is lost
    ui.chargeEdit.setText("600")
    ui.expectedCheck.setChecked(True)
    _click(qtbot, ui.addButton)
    assert not ui.chargeError.isVisible()
    assert [ui.linesTable.item(0, c).text() for c in range(5)] == ["1", "順達機加工廠", "曲軸磨削", "¥450.00", "¥600.00"]
    assert ui.descriptionEdit.text() == "" and ui.supplierEdit.text() == "順達機加工廠"  # the next item, same shop
    assert not ui.sentButton.isEnabled() and "confirmed" in ui.sentButton.toolTip()
    assert ui.removeButton.isEnabled()
    dialog.resize(940, 560)
    qtbot.wait(20)
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "dialog_estimate.png"))

    # the customer confirms; the advisor sends the part and gets it back
    with ctx.db.session_scope() as session:
        estimate.save_estimate(session, people[Role.ADVISOR], order_id,
                               EstimateDraft(labour=(LabourDraft(name="更換曲軸軸瓦", standard_hours="3"),),
                                             notify_above="2000", may_replace_found_parts=True))
        estimate.confirm(session, people[Role.ADVISOR], order_id, customer_name="林志明")
    dialog.reload()
    assert "added work" in ui.headerLabel.text() and not ui.removeButton.isEnabled()
    _click(qtbot, ui.sentButton)
    assert ui.linesTable.item(0, 7).text() == "11-28 10:00" and not ui.sentButton.isEnabled()
    _click(qtbot, ui.backButton)
    assert ui.linesTable.item(0, 8).text() == "11-28 10:00" and not ui.backButton.isEnabled()
    shown: list[tuple[str, bytes]] = []
    monkeypatch.setattr(outside_work_dialog, "open_preview", lambda pdf, title, _parent: shown.append((title, pdf)))
    _click(qtbot, ui.printButton)
    (title, pdf), = shown
    text = "".join(re.sub(r"\s+", "", page.extract_text() or "") for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "WO20261128-001" in title and "曲軸磨削" in text and "順達機加工廠" in text
    ui.buttons.button(QDialogButtonBox.StandardButton.Close).click()


def test_the_estimate_tab_opens_the_dialog_and_its_total_takes_the_outside_work_in(
        qtbot: QtBot, ctx: AppContext, tab: estimate_tab.EstimateTab, order_id: int,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    clock.set_fixed(NOW)
    ctx.set_current_order(order_id)
    tab.on_current_order_changed(order_id)
    tab.resize(1366, 768)

    def interact(dialog: object) -> None:
        if isinstance(dialog, OutsideWorkDialog):
            _fill(dialog, "明亮汽車玻璃", "更換前擋風玻璃", "800", "1000")
            dialog.ui.addButton.click()
            assert dialog.ui.linesTable.rowCount() == 1

    monkeypatch.setattr(estimate_tab, "run_dialog", interact)
    tab.ui.diagnosisEdit.setPlainText("前擋風玻璃裂紋")  # typed, not saved yet
    assert tab.dirty
    _click(qtbot, tab.ui.outsideWorkButton)
    assert tab.ui.outsideWorkButton.text().replace("&", "") == "Outside work ¥1,000.00…"
    assert tab.ui.grossValue.text() == "¥1,000.00"
    assert tab.ui.diagnosisEdit.toPlainText() == "前擋風玻璃裂紋"  # nothing typed is lost
    assert tab.save()  # this seat's own outside work is no conflict with what it typed
    with ctx.db.session_scope() as session:
        view = estimate.estimate_view(session, order_id)
    assert view.diagnosis == "前擋風玻璃裂紋" and view.totals.outside == Decimal("1000.00")
    qtbot.wait(20)
    SHOTS.mkdir(parents=True, exist_ok=True)
    tab.grab().save(str(SHOTS / "estimate_tab.png"))
