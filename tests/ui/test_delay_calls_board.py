"""The board marks a car due within the hour with no delay call; the advisor records the call from the board, and
the 三包 compensation of a warranty repair over five days."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QDateTime, Qt

from garage_desktop.db.engine import Database
from garage_desktop.db.models import RepairOrder
from garage_desktop.domain.classes import Payer
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.services import audit, clock, delay_calls, sanbao
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.dialogs.delay_call_dialog import DelayCallDialog
from garage_desktop.ui.dialogs.sanbao_compensation_dialog import SanbaoCompensationDialog
from garage_desktop.ui.models.board_model import ORDER_ID_ROLE, Column
from garage_desktop.ui.tabs import board_tab
from garage_desktop.ui.tabs.board_tab import BoardTab
from tests.integration.test_board import make_order

S = OrderStatus
NOW = datetime(2026, 11, 28, 14, 0)


@pytest.fixture
def cars(db: Database) -> dict[str, int]:
    clock.set_fixed(NOW)
    cars = {"risk": make_order(db, S.IN_REPAIR, NOW + timedelta(minutes=40), plate="蘇E3M908", customer="周杰"),
            "later": make_order(db, S.IN_REPAIR, NOW + timedelta(hours=3), plate="豫A1C283", customer="劉洋"),
            "ready": make_order(db, S.READY, NOW - timedelta(hours=1), plate="川A9H220", customer="孫麗華"),
            "sanbao": make_order(db, S.IN_REPAIR, NOW + timedelta(days=1), plate="粵B7K921", customer="陳美玲")}
    with db.session_scope() as session:
        order = session.get(RepairOrder, cars["sanbao"])
        assert order is not None
        order.payer, order.received_at = Payer.WARRANTY, NOW - timedelta(days=6)
        audit.exempt(session, "test data: a 三包 car received six days ago")
    return cars


@pytest.fixture
def tab(qtbot, ctx: AppContext, cars: dict[str, int]) -> BoardTab:  # type: ignore[no-untyped-def]
    widget = BoardTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def cell(tab: BoardTab, order_id: int, column: Column, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    rows = [tab.proxy.index(r, 0).data(ORDER_ID_ROLE) for r in range(tab.proxy.rowCount())]
    return tab.proxy.index(rows.index(order_id), column).data(role)


def test_a_car_due_within_the_hour_is_marked_until_the_customer_is_called(qtbot, tab: BoardTab,  # type: ignore[no-untyped-def]
                                                                         cars: dict[str, int], ctx: AppContext) -> None:
    assert "not called" in str(cell(tab, cars["risk"], Column.DUE))
    assert "NO DELAY CALL" in str(cell(tab, cars["risk"], Column.DUE, Qt.ItemDataRole.ToolTipRole))
    assert "not called" not in str(cell(tab, cars["later"], Column.DUE))
    assert "1 of them with no delay call" in tab.ui.atRiskCounter.toolTip()
    tab.select_order(cars["risk"])
    assert tab.ui.delayCallButton.isEnabled() and not tab.ui.compensationButton.isEnabled()

    dialog = DelayCallDialog(ctx, cars["risk"], tab)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.answered_edit.text() == "周杰"  # the customer, unless someone else answered
    assert "In time" in dialog.timing_label.text()
    dialog.reason_edit.setText("")
    dialog.ok_button.click()  # no reason: said beside the field, the dialog stays with what was typed
    assert dialog.result() == 0 and dialog.errors.labels["reason"].isVisible()
    assert dialog.answered_edit.text() == "周杰"
    dialog.reason_edit.setText("等待原廠零件")
    dialog.new_edit.setDateTime(QDateTime(2026, 11, 28, 17, 30, 0))
    dialog.ok_button.click()
    assert dialog.result() == 1 and "17:30" in dialog.outcome_text()
    tab.reload()
    assert "not called" not in str(cell(tab, cars["risk"], Column.DUE))
    assert "Delay announced" in str(cell(tab, cars["risk"], Column.DUE, Qt.ItemDataRole.ToolTipRole))
    with ctx.db.session_scope() as session:
        [call] = delay_calls.calls_of(session, cars["risk"])
    assert (call.reason, call.in_advance, call.new_promised_at) == ("等待原廠零件", True, datetime(2026, 11, 28, 17, 30))


def test_the_board_menu_and_button_open_the_delay_call(qtbot, tab: BoardTab, cars: dict[str, int],  # type: ignore[no-untyped-def]
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[int] = []
    monkeypatch.setattr(board_tab, "record_delay_call", lambda _ctx, order_id, _parent: opened.append(order_id))
    menu = tab.order_menu.menu_for(cars["risk"])
    assert menu is not None
    actions = {a.objectName(): a for a in menu.actions()}
    assert actions["delay_call"].isEnabled() and "sanbao_compensation" not in actions
    actions["delay_call"].trigger()
    tab.select_order(cars["later"])
    tab.ui.delayCallButton.click()
    assert opened == [cars["risk"], cars["later"]]
    tab.select_order(cars["ready"])  # ready: it can no longer be late
    assert not tab.ui.delayCallButton.isEnabled()
    ready_menu = tab.order_menu.menu_for(cars["ready"])
    assert ready_menu is not None
    assert "delay_call" not in {a.objectName() for a in ready_menu.actions()}  # a ready car cannot be late: not offered


def test_a_sanbao_repair_over_five_days_is_marked_and_its_compensation_recorded(qtbot, tab: BoardTab,  # type: ignore[no-untyped-def]
                                                                                cars: dict[str, int],
                                                                                ctx: AppContext) -> None:
    assert "三包 over 5 days" in str(cell(tab, cars["sanbao"], Column.STAGE))
    tab.select_order(cars["sanbao"])
    assert tab.ui.compensationButton.isEnabled()
    dialog = SanbaoCompensationDialog(ctx, cars["sanbao"], tab)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.transport_radio.setChecked(True)
    dialog.detail_edit.setText("兩天計程車")
    dialog.ok_button.click()  # no amount: said beside it
    assert dialog.result() == 0 and dialog.amount_error.isVisible()
    dialog.amount_edit.setText("120")
    dialog.ok_button.click()
    assert dialog.result() == 1
    tab.reload()
    assert "三包 over 5 days" not in str(cell(tab, cars["sanbao"], Column.STAGE))
    with ctx.db.session_scope() as session:
        shown = sanbao.order_view(session, ctx.operator_id, cars["sanbao"])
    assert shown.compensation is not None and shown.compensation.detail == "兩天計程車"
