"""Issue 16, item 6 for outside work on screen: in the outside-work dialog the advisor makes the chosen line free
with its reason (the owner approves on the spot), sees it free with the charge it had, charges it again, and the
estimate tab's total follows; a settled order's lines can no longer change."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from garage_desktop.db.models import RepairOrder
from garage_desktop.domain.classes import Role
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.services import audit, clock, estimate, free_items, sublet
from garage_desktop.services.price_authority import OwnerApproval
from garage_desktop.services.sublet import OutsideWorkDraft
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.dialogs import outside_work_dialog, owner_approval_dialog
from garage_desktop.ui.dialogs.free_line_dialog import FreeLineDialog
from garage_desktop.ui.dialogs.outside_work_dialog import OutsideWorkDialog
from garage_desktop.ui.tabs import estimate_tab
from tests.ui.test_estimate_tab import NOW, order_id, tab  # noqa: F401  (fixtures)

SHOTS = Path("/tmp/shots/outside_work")


@pytest.fixture
def with_outside_work(ctx: AppContext, order_id: int) -> int:  # noqa: F811
    clock.set_fixed(NOW)
    ctx.call(sublet.add_outside_work, order_id, OutsideWorkDraft("順達機加工廠", "曲軸磨削", "450", "600"))
    return order_id


@pytest.fixture
def owner_approves(monkeypatch: pytest.MonkeyPatch, people: dict) -> list[int]:
    """The owner's PIN dialog, answered by the owner; counts how often it was asked."""
    asked: list[int] = []

    def approve(_parent, _ctx, lines):  # type: ignore[no-untyped-def]
        asked.append(len(lines))
        return OwnerApproval(people[Role.OWNER], "")

    monkeypatch.setattr(owner_approval_dialog, "ask_owner_approval", approve)
    return asked


def _dialog(qtbot: QtBot, ctx: AppContext, order_id: int) -> OutsideWorkDialog:  # noqa: F811
    dialog = OutsideWorkDialog(ctx, order_id)
    qtbot.addWidget(dialog)
    dialog.resize(940, 560)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _warranty(dialog: FreeLineDialog) -> bool:
    dialog.reason_combo.setCurrentIndex(dialog.reason_combo.findData("warranty"))
    dialog.note_edit.setText("上次磨削不良")
    dialog.confirm()
    return dialog.result_value is not None


def test_the_chosen_line_is_made_free_and_charged_again(qtbot: QtBot, ctx: AppContext, with_outside_work: int,
                                                        owner_approves: list[int],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = _dialog(qtbot, ctx, with_outside_work)
    ui = dialog.ui
    assert ui.linesTable.currentRow() == 0 or ui.linesTable.selectedItems()
    assert ui.freeButton.isEnabled() and ui.freeButton.text().replace("&", "") == "No charge…"
    # the advisor changes their mind in the small dialog: nothing changes
    monkeypatch.setattr(outside_work_dialog, "run_free_dialog", lambda _dialog: False)
    qtbot.mouseClick(ui.freeButton, Qt.MouseButton.LeftButton)
    assert ui.linesTable.item(0, 4).text() == "¥600.00" and not dialog.changed
    # made free for a warranty: the owner is asked (the advisor is not the owner)
    monkeypatch.setattr(outside_work_dialog, "run_free_dialog", _warranty)
    qtbot.mouseClick(ui.freeButton, Qt.MouseButton.LeftButton)
    assert owner_approves == [1] and dialog.changed
    charge = ui.linesTable.item(0, 4)
    assert charge.text() == "Free (worth ¥600.00)" and charge.toolTip() == "Free: Warranty — 上次磨削不良"
    assert ui.linesTable.item(0, 2).text() == "曲軸磨削  [Free: Warranty — 上次磨削不良]"
    assert "charged ¥0.00" in ui.headerLabel.text()
    assert ui.freeButton.text().replace("&", "") == "Charge again" and ui.freeButton.isEnabled()
    qtbot.wait(20)
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "dialog_free.png"))
    with ctx.db.session_scope() as session:
        (free,) = free_items.free_lines(session, with_outside_work)
    assert (free.kind, free.reason.value, free.note, str(free.given_away)) == (
        "outside", "warranty", "上次磨削不良", "600.00")
    # charged again: no PIN, the charge is back
    qtbot.mouseClick(ui.freeButton, Qt.MouseButton.LeftButton)
    assert ui.linesTable.item(0, 4).text() == "¥600.00" and owner_approves == [1]
    assert ui.linesTable.item(0, 2).text() == "曲軸磨削"
    assert ui.freeButton.text().replace("&", "") == "No charge…"


def test_a_settled_orders_outside_work_can_no_longer_be_made_free(qtbot: QtBot, ctx: AppContext,
                                                                  with_outside_work: int) -> None:
    with ctx.db.session_scope() as session:
        audit.exempt(session, "test data changed directly")
        session.get(RepairOrder, with_outside_work).status = OrderStatus.SETTLED
    dialog = _dialog(qtbot, ctx, with_outside_work)
    assert not dialog.ui.freeButton.isEnabled()
    assert "settled or closed" in dialog.ui.freeButton.toolTip()


def test_the_estimate_tab_total_follows_a_free_outside_line(qtbot: QtBot, ctx: AppContext,
                                                            tab: estimate_tab.EstimateTab,  # noqa: F811
                                                            with_outside_work: int, owner_approves: list[int],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    ctx.set_current_order(with_outside_work)
    tab.on_current_order_changed(with_outside_work)
    assert tab.ui.grossValue.text() == "¥600.00"

    def make_free(dialog: object) -> None:
        if isinstance(dialog, OutsideWorkDialog):
            dialog.ui.linesTable.selectRow(0)
            dialog.ui.freeButton.click()

    monkeypatch.setattr(estimate_tab, "run_dialog", make_free)
    monkeypatch.setattr(outside_work_dialog, "run_free_dialog", _warranty)
    tab.ui.outsideWorkButton.click()
    assert tab.ui.grossValue.text() == "¥0.00"
    with ctx.db.session_scope() as session:
        assert estimate.estimate_view(session, with_outside_work).totals.outside == 0
