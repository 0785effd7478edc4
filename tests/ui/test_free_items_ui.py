"""Issue 16, item 6 on screen: on the estimate tab the advisor makes a saved line free with its reason (the owner's
PIN asked on the spot), sees it as free with its value, saves the estimate again without losing it, and charges
it again."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from garage_desktop.domain.classes import Role
from garage_desktop.services import estimate
from garage_desktop.services.estimate import EstimateDraft, LabourDraft, PartDraft
from garage_desktop.services.price_authority import OwnerApproval
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.dialogs import owner_approval_dialog
from garage_desktop.ui.dialogs.free_line_dialog import FreeLineDialog
from garage_desktop.ui.models.estimate_lines_model import LabourColumn
from garage_desktop.ui.tabs import estimate_tab
from garage_desktop.ui.tabs.estimate_tab import EstimateTab
from tests.ui.test_estimate_tab import order_id  # noqa: F401 - the fixture

SHOTS = Path("/tmp/shots")


@pytest.fixture
def saved(ctx: AppContext, order_id: int) -> int:  # noqa: F811
    ctx.call(estimate.save_estimate, order_id, EstimateDraft(
        diagnosis="前剎車片磨損", labour=(LabourDraft(operation_code="EST-001"),
                                         LabourDraft(name="檢查異響", standard_hours="0.5")),
        parts=(PartDraft(name="剎車清潔劑", unit="瓶", quantity="2", unit_price="18.50"),), notify_above="800",
        may_replace_found_parts=True))
    return order_id


@pytest.fixture
def tab(qtbot: QtBot, ctx: AppContext, saved: int) -> EstimateTab:
    widget = EstimateTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    ctx.set_current_order(saved)
    widget.on_current_order_changed(saved)
    return widget


def test_a_saved_line_is_made_free_with_the_owners_pin(tab: EstimateTab, qtbot: QtBot, ctx: AppContext,
                                                       people: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[int] = []

    def owner_approves(_parent, _ctx, lines):  # type: ignore[no-untyped-def]
        asked.append(len(lines))
        return OwnerApproval(people[Role.OWNER], "")

    monkeypatch.setattr(owner_approval_dialog, "ask_owner_approval", owner_approves)

    def fill(dialog: FreeLineDialog) -> bool:
        dialog.reason_combo.setCurrentIndex(dialog.reason_combo.findData("goodwill"))
        dialog.note_edit.setText("")  # goodwill needs a note: refused beside it, the dialog stays
        dialog.confirm()
        assert dialog.note_error.text() and dialog.result_value is None
        dialog.note_edit.setText("老客戶")
        dialog.confirm()
        return dialog.result_value is not None

    monkeypatch.setattr(estimate_tab, "run_free_dialog", fill)
    assert tab.view is not None
    before = tab.view.totals.total
    table, model = tab.ui.labourTable, tab.labour_model
    table.setCurrentIndex(model.index(1, LabourColumn.NAME))
    assert tab.freeLabourButton.isEnabled() and tab.freeLabourButton.text() == "&No charge…"
    tab.freeLabourButton.click()
    assert asked == [1]
    check = tab.view.labour[1]
    assert check.free_reason == "goodwill" and check.amount == 0 and tab.view.totals.total == before - check.given_away
    assert "Free: Goodwill — 老客戶" in model.data(model.index(1, LabourColumn.NAME))
    assert "Free (worth" in model.data(model.index(1, LabourColumn.AMOUNT))
    assert "free of charge" in tab.ui.resultLabel.text()
    assert tab.view.revisions[0].total == tab.view.totals.total  # a new revision: the customer confirms what is free
    SHOTS.mkdir(exist_ok=True)
    tab.window().grab().save(str(SHOTS / "estimate_free_line.png"))
    # saved again (the rows as shown), the line stays free and nobody is asked again
    assert tab.save()
    assert tab.view.labour[1].free_reason == "goodwill" and asked == [1]
    # and charged again
    table.setCurrentIndex(model.index(1, LabourColumn.NAME))
    assert tab.freeLabourButton.text() == "Charge again"
    tab.freeLabourButton.click()
    assert tab.view.labour[1].free_reason == "" and tab.view.totals.total == before


def test_an_unsaved_line_cannot_be_made_free_yet(tab: EstimateTab, qtbot: QtBot) -> None:
    tab.add_free_labour()
    tab.labour_model.setData(tab.labour_model.index(2, LabourColumn.NAME), "清洗節氣門")
    tab.ui.labourTable.setCurrentIndex(tab.labour_model.index(2, LabourColumn.NAME))
    assert not tab.freeLabourButton.isEnabled()
    assert "Save the estimate first" in tab.freeLabourButton.toolTip()


def test_the_cashier_sees_the_free_line_with_its_reason_and_value(qtbot: QtBot, ctx: AppContext,
                                                                  people: dict) -> None:
    from garage_desktop.services import clock, free_items
    from garage_desktop.ui.tabs.checkout_tab import CheckoutTab
    from tests.integration.test_checkout import NOW, make_ready_order

    clock.set_fixed(NOW)
    ready = make_ready_order(ctx.db)
    with ctx.db.session_scope() as s:
        from garage_desktop.services.checkout_state import checkout_state

        line_id = checkout_state(s, ready).labour[1].line_id
    ctx.set_operator(people[Role.OWNER])
    ctx.call(free_items.make_free, ready, "labour", line_id, "goodwill", "老客戶")
    ctx.set_operator(people[Role.CASHIER])
    ctx.set_current_order(ready)
    tab = CheckoutTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    tab.on_current_order_changed(ready)
    table = tab.ui.linesTable
    texts = [[table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
             for r in range(table.rowCount())]
    free_row = next(row for row in texts if row[2] == "四輪定位")
    assert free_row[6] == "¥0.00" and "free (Goodwill), worth ¥100.00: 老客戶" in free_row[-1]
    SHOTS.mkdir(exist_ok=True)
    tab.window().grab().save(str(SHOTS / "checkout_free_line.png"))
