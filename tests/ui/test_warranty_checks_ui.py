"""三包 on screen: the purchase date at intake, and the warning beside the payer when a 三包 car is outside its
三包 periods (the car is received all the same)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from garage_desktop.db.models import RepairOrder, Vehicle
from garage_desktop.domain.classes import Payer
from garage_desktop.ui.context import AppContext
from tests.ui.test_intake_tab import _fill, open_tab


def test_a_sanbao_car_past_its_periods_is_received_with_a_warning_beside_the_payer(qtbot: QtBot,
                                                                                    ctx: AppContext) -> None:
    tab = open_tab(qtbot, ctx)
    _fill(tab, qtbot)
    ui = tab.ui
    assert ui.purchaseDateEdit.text() == "—"  # unknown until typed
    ui.purchaseDateEdit.setDate(QDate(2023, 6, 1))
    ui.payerCombo.setCurrentIndex(ui.payerCombo.findData(Payer.WARRANTY))
    qtbot.mouseClick(ui.receiveButton, Qt.MouseButton.LeftButton)
    assert "WO20261128-001" in ui.resultLabel.text()  # received: a warning, never a refusal
    assert ui.payerError.isVisible() and "三包" in ui.payerError.text()
    assert "2026-05-31 / 60,000 km" in ui.payerError.text()
    assert "#b26a00" in ui.payerError.styleSheet()
    with ctx.db.session_scope() as session:
        assert session.scalars(select(Vehicle.purchase_date)).one() == date(2023, 6, 1)
    tab.resize(1366, 700)
    ui.purchaseDateEdit.setFocus()
    tab.grab().save("/tmp/shots_intake_sanbao.png")

    from garage_desktop.ui.tabs.estimate_tab import EstimateTab

    with ctx.db.session_scope() as session:
        order_id = session.scalars(select(RepairOrder.id)).one()
    ctx.set_current_order(order_id)
    estimate = EstimateTab(ctx)
    qtbot.addWidget(estimate)
    estimate.resize(1366, 700)
    estimate.show()
    estimate.on_current_order_changed(order_id)
    assert "三包: check the period" in estimate.ui.headerLabel.text()  # where the estimate is made, too
    assert "2026-05-31 / 60,000 km" in estimate.ui.headerLabel.toolTip()
    estimate.grab().save("/tmp/shots_estimate_sanbao.png")


def test_the_owner_sets_the_sanbao_periods_in_the_settings(qtbot: QtBot, ctx: AppContext, people: dict) -> None:
    from garage_desktop.domain.classes import Role
    from garage_desktop.services import settings
    from garage_desktop.ui.tabs.settings_tab import SettingsTab

    ctx.set_operator(people[Role.OWNER])
    tab = SettingsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    ui = tab.ui
    assert (ui.sanbaoValidYearsSpin.value(), ui.sanbaoValidKmSpin.value(), ui.sanbaoRepairYearsSpin.value(),
            ui.sanbaoRepairKmSpin.value()) == (2, 50_000, 3, 60_000)  # DOMAIN.md's defaults
    ui.sanbaoRepairYearsSpin.setValue(1)  # shorter than the validity period: refused beside the field
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert ui.sanbaoError.isVisible() and ui.sanbaoRepairYearsSpin.value() == 1
    ui.sanbaoRepairYearsSpin.setValue(4)
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    with ctx.db.session_scope() as session:
        assert settings.load(session).sanbao_repair_years == 4
    tab.grab().save("/tmp/shots_settings_sanbao.png")
