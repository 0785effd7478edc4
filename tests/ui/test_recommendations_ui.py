"""Issue 16, item 7 on screen: the work put off on an earlier visit shows as soon as the car is found at intake and
on its next estimate, becomes an estimate line in one click, and can be dismissed with a reason."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from garage_desktop.db.models import LabourOperation, RepairOrder, Vehicle
from garage_desktop.domain.classes import JobClass, Payer, RegulatoryClass, Role
from garage_desktop.domain.free_items import RecommendationSource
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.services import clock, recommendations
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.dialogs.order_action_dialog import OrderActionDialog
from garage_desktop.ui.tabs.estimate_tab import EstimateTab
from garage_desktop.ui.widgets import recommendations_panel
from tests.ui.test_intake_tab import _known_lin, open_tab

NOW = datetime(2026, 11, 28, 9, 30)
SHOTS = Path("/tmp/shots")


@pytest.fixture
def car(ctx: AppContext, people: dict) -> dict[str, int]:
    """林志明's car: delivered 40 days ago with two items put off (one naming a catalog job), back today."""
    _customer, vehicle_id = _known_lin(ctx)
    earlier = NOW - timedelta(days=40)
    with ctx.db.session_scope() as s:
        s.add(LabourOperation(code="TY-01", name="更換後輪胎", category="輪胎", standard_hours=Decimal("0.5")))
        vehicle = s.get(Vehicle, vehicle_id)
        first = RepairOrder(order_no="WO20261019-001", status=OrderStatus.DELIVERED, customer_id=vehicle.customer_id,
                            vehicle_id=vehicle_id, job_class=JobClass.MINOR,
                            regulatory_class=RegulatoryClass.MINOR_REPAIR, payer=Payer.SELF, complaint="保養",
                            created_at=earlier, received_at=earlier, delivered_at=earlier + timedelta(hours=4),
                            updated_at=earlier)
        today = RepairOrder(order_no="WO20261128-001", status=OrderStatus.RECEIVED, customer_id=vehicle.customer_id,
                            vehicle_id=vehicle_id, job_class=JobClass.MINOR,
                            regulatory_class=RegulatoryClass.MINOR_REPAIR, payer=Payer.SELF, complaint="剎車異響",
                            created_at=NOW, received_at=NOW, promised_at=NOW + timedelta(hours=6), updated_at=NOW)
        s.add_all([first, today])
        s.flush()
        ids = {"vehicle": vehicle_id, "first": first.id, "today": today.id}
    clock.set_fixed(earlier + timedelta(hours=3))
    ids["tyres"] = ctx.call(recommendations.note, ids["first"], "後輪胎紋深 2 mm，建議三個月內更換",
                            RecommendationSource.QC, operation_code="TY-01").id
    ids["wipers"] = ctx.call(recommendations.note, ids["first"], "雨刷老化", RecommendationSource.DELIVERY).id
    clock.set_fixed(NOW)
    return ids


def test_intake_shows_the_put_off_work_when_the_car_is_found(qtbot: QtBot, ctx: AppContext, car: dict[str, int],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    tab = open_tab(qtbot, ctx)
    tab.resize(1366, 768)
    panel = tab.put_off
    assert not panel.isVisible()
    tab.ui.searchEdit.setFocus()
    qtbot.keyClicks(tab.ui.searchEdit, "lzm")
    qtbot.waitUntil(lambda: len(tab.search.hits) >= 1)
    tab.search.choose(0)
    assert panel.isVisible() and panel.list.topLevelItemCount() == 2
    assert {panel.list.topLevelItem(i).text(1) for i in range(2)} == {"後輪胎紋深 2 mm，建議三個月內更換", "雨刷老化"}
    assert not panel.takeUpButton.isVisible()  # lines are added on the estimate
    SHOTS.mkdir(exist_ok=True)
    tab.window().grab().save(str(SHOTS / "intake_put_off.png"))

    def dismiss_with(dialog: OrderActionDialog) -> bool:
        dialog.confirm()  # no reason: refused beside the field, nothing closed
        assert dialog.reason_error.text() and dialog.result_value is None
        dialog.reason_edit.setText("客戶已在別處更換")
        dialog.confirm()
        return dialog.result_value is not None

    monkeypatch.setattr(recommendations_panel, "run_dialog", dismiss_with)
    wipers = next(panel.list.topLevelItem(i) for i in range(2) if panel.list.topLevelItem(i).text(1) == "雨刷老化")
    panel.list.setCurrentItem(wipers)
    panel.dismissButton.click()
    assert panel.list.topLevelItemCount() == 1 and "Dismissed" in panel.message.text()
    with ctx.db.session_scope() as s:
        closed = [r for r in recommendations.for_vehicle(s, car["vehicle"]) if not r.open]
    assert [(r.description, r.dismissed_reason) for r in closed] == [("雨刷老化", "客戶已在別處更換")]


def test_the_estimate_takes_up_a_recommendation_in_one_click(qtbot: QtBot, ctx: AppContext, car: dict[str, int],
                                                             people: dict) -> None:
    ctx.set_operator(people[Role.INSPECTOR])
    tab = EstimateTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    qtbot.waitExposed(tab)
    ctx.set_current_order(car["today"])
    tab.on_current_order_changed(car["today"])
    panel = tab.put_off
    assert panel.isVisible() and panel.list.topLevelItemCount() == 2
    assert panel.takeUpButton.isVisible() and "Put off on earlier visits (2)" == panel.title()
    SHOTS.mkdir(exist_ok=True)
    tab.window().grab().save(str(SHOTS / "estimate_put_off.png"))
    tyres = next(panel.list.topLevelItem(i) for i in range(2) if panel.list.topLevelItem(i).text(1).startswith("後輪胎"))
    panel.list.setCurrentItem(tyres)
    panel.takeUpButton.click()
    assert tab.view is not None and [line.name for line in tab.view.labour] == ["更換後輪胎"]
    assert tab.view.revisions[0].number == 1 and panel.list.topLevelItemCount() == 1
    assert "Added to the estimate" in tab.ui.resultLabel.text()
    # the other one has no catalog job: a labour line to price, the hours cell chosen
    panel.list.setCurrentItem(panel.list.topLevelItem(0))
    panel.takeUpButton.click()
    assert [line.name for line in tab.view.labour] == ["更換後輪胎", "雨刷老化"]
    assert "Enter its hours" in tab.ui.resultLabel.text() and not panel.isVisible()


def test_the_inspector_keeps_work_for_later_at_final_qc(qtbot: QtBot, ctx: AppContext, people: dict) -> None:
    from tests.integration.test_qc import NOW as QC_NOW
    from tests.integration.test_qc import make_qc_order
    from tests.ui.test_qc_tab import make_tab

    clock.set_fixed(QC_NOW)
    order_id = make_qc_order(ctx.db)
    ctx.current_order_id = order_id
    tab = make_tab(qtbot, ctx, people)
    note = tab.put_off
    assert note.isVisible()
    note.edit.setText("   ")
    note.button.click()
    assert note.message.isVisible() and "Describe the work" in note.message.text()
    note.edit.setText("後輪胎紋深 2 mm，建議三個月內更換")
    note.button.click()
    assert note.edit.text() == "" and "Kept on the car" in note.message.text()
    with ctx.db.session_scope() as s:
        kept = recommendations.for_order(s, order_id)
    assert [(r.description, r.source, r.created_by) for r in kept] == [
        ("後輪胎紋深 2 mm，建議三個月內更換", RecommendationSource.QC, "李檢驗")]
    SHOTS.mkdir(exist_ok=True)
    tab.grab().save(str(SHOTS / "qc_put_off.png"))
