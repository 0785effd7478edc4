"""Issue 20: the Estimate tab reads what it shows once per change. A change made while it is behind another tab
shows when it comes back (read then, not at every change elsewhere); the orders waiting are read when the list is
seen; the lines' figures, worked out once per edit, follow every edit."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from garage_desktop.db.models import Customer, RepairOrder
from garage_desktop.domain.classes import JobClass, Payer, RegulatoryClass
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.pricing import HourUnit
from garage_desktop.services import audit, clock, estimate
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.main_window import MainWindow
from garage_desktop.ui.models.estimate_lines_model import (
    LabourColumn,
    LabourLinesModel,
    LabourRow,
    PartColumn,
    PartLinesModel,
    PartRow,
)
from tests.ui.test_estimate_tab import NOW, order_id  # the fixture

__all__ = ["order_id"]


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    clock.set_fixed(NOW)
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    return main


def _count_reads(monkeypatch: pytest.MonkeyPatch, name: str) -> list[int]:
    """How many times ``services.estimate.<name>`` is read from now on."""
    calls: list[int] = []
    real = getattr(estimate, name)

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(estimate, name, counted)
    return calls


def test_a_change_made_while_the_tab_is_behind_shows_when_it_comes_back(
        window: MainWindow, ctx: AppContext, order_id: int, monkeypatch: pytest.MonkeyPatch) -> None:
    window.open_order(order_id)
    tab = window.tabs["estimate"]
    assert window.current_tab_key() == "estimate" and "林志明" in tab.ui.headerLabel.text()
    window.show_tab("board")
    reads = _count_reads(monkeypatch, "estimate_view")
    with ctx.db.session_scope() as s:  # the customer's name corrected at the counter, elsewhere
        audit.exempt(s, "test data changed directly")
        s.get(RepairOrder, order_id).customer.name = "林志強"
    ctx.changed("customers")
    ctx.changed("orders")
    assert reads == []  # behind: nothing read for a screen nobody sees
    window.show_tab("estimate")
    QApplication.processEvents()
    assert "林志強" in tab.ui.headerLabel.text()  # the name as it is now
    assert len(reads) == 1  # once, as the tab comes forward
    window.show_tab("board")
    window.show_tab("estimate")
    assert len(reads) == 1  # nothing changed since: nothing read again


def test_typing_kept_when_a_change_comes_while_the_tab_is_behind(window: MainWindow, ctx: AppContext,
                                                                 order_id: int) -> None:
    window.open_order(order_id)
    tab = window.tabs["estimate"]
    tab.ui.diagnosisEdit.setPlainText("前剎車片磨損")
    assert tab.dirty
    window.show_tab("board")
    ctx.changed("settings")
    window.show_tab("estimate")
    assert tab.dirty and tab.ui.diagnosisEdit.toPlainText() == "前剎車片磨損"


def test_the_waiting_list_is_read_when_it_is_seen(window: MainWindow, ctx: AppContext, order_id: int,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    reads = _count_reads(monkeypatch, "waiting")
    window.open_order(order_id)  # the tab is built with an order to show: the list behind it is not read
    tab = window.tabs["estimate"]
    assert tab.view is not None and reads == []
    tab.leave_order()  # back to the list: read now
    assert tab.ui.stack.currentWidget() is tab.ui.waitingPage
    assert tab.ui.waitingList.topLevelItemCount() == 1 and len(reads) == 1
    window.show_tab("board")
    with ctx.db.session_scope() as s:  # another car received at the other PC
        audit.exempt(s, "test data changed directly")
        customer = Customer(name="陳大文", phone="13900001111", created_at=NOW)
        s.add(RepairOrder(order_no="WO20261128-002", status=OrderStatus.RECEIVED, customer=customer,
                          vehicle=s.get(RepairOrder, order_id).vehicle, job_class=JobClass.MINOR,
                          regulatory_class=RegulatoryClass.MINOR_REPAIR, payer=Payer.SELF, complaint="冷氣不冷",
                          created_at=NOW, received_at=NOW, updated_at=NOW, promised_at=NOW + timedelta(hours=3)))
    ctx.changed("orders")
    assert len(reads) == 1  # behind: not read yet
    window.show_tab("estimate")
    assert tab.ui.waitingList.topLevelItemCount() == 2 and len(reads) == 2


def test_the_figures_of_a_line_follow_each_edit(qtbot: QtBot) -> None:
    """A line's text and amount are worked out once and kept until the line changes: every edit shows at once."""
    labour = LabourLinesModel()
    labour.add_row(LabourRow("EST-001", "更換前剎車片", "1.5", "100.00", "1.2", Payer.SELF.value,
                             unit=HourUnit.HOUR.value))
    amount = labour.index(0, LabourColumn.AMOUNT)
    assert amount.data() == "1.5 × 100.00 × 1.2 = ¥180.00"
    labour.setData(labour.index(0, LabourColumn.HOURS), "2")
    assert amount.data() == "2 × 100.00 × 1.2 = ¥240.00"
    labour.setData(labour.index(0, LabourColumn.RATE), "abc")
    assert amount.data() == "—" and labour.index(0, LabourColumn.RATE).data(Qt.ItemDataRole.ToolTipRole)
    labour.setData(labour.index(0, LabourColumn.RATE), "100")
    labour.set_hour_unit(HourUnit.FIVE_MINUTES)  # the garage prices in units of 5 minutes now: the hours typed
    assert amount.data() == "2/12 × 100.00 × 1.2 = ¥20.00"  # anew are in its unit
    labour.set_card(0, 7, "套餐卡 …1234 保養")
    assert "套餐卡 …1234 保養" in labour.index(0, LabourColumn.NAME).data()
    parts = PartLinesModel()
    parts.add_row(PartRow(1, "EST-PAD", "前剎車片", "原廠", "oem", "套", "2", "380.00"))
    assert parts.index(0, PartColumn.AMOUNT).data() == "¥760.00"
    parts.setData(parts.index(0, PartColumn.QUANTITY), "1")
    assert parts.index(0, PartColumn.AMOUNT).data() == "¥380.00"
    parts.setData(parts.index(0, PartColumn.SUPPLIED), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert parts.index(0, PartColumn.AMOUNT).data() != "¥380.00" and parts.total() == Decimal("0.00")
    parts.remove_row(0)
    parts.add_row(PartRow(2, "OIL", "機油", "", "oem", "桶", "1", "368.00"))
    assert parts.index(0, PartColumn.AMOUNT).data() == "¥368.00"


def test_a_change_while_the_tab_is_in_front_is_read_once(window: MainWindow, ctx: AppContext, order_id: int,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """The tab reads the order for the change, and the window then repeats the current order to every tab: the
    order is not read a second time for the same change; a later change is read again."""
    window.open_order(order_id)
    tab = window.tabs["estimate"]
    reads = _count_reads(monkeypatch, "estimate_view")
    for name in ("林志強", "林志偉"):
        with ctx.db.session_scope() as s:
            audit.exempt(s, "test data changed directly")
            s.get(RepairOrder, order_id).customer.name = name
        ctx.changed("orders")
        assert name in tab.ui.headerLabel.text()
        QApplication.processEvents()
    assert len(reads) == 2
