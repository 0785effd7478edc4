"""The cashier's check on the settlement tab: each item with its reason, paying and settling disabled while one
fails, and enabled once it passes (the outside work came back)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from garage_desktop.db.models import RepairOrder
from garage_desktop.domain.classes import Role
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.services import audit, sublet
from garage_desktop.services.sublet import OutsideWorkDraft
from garage_desktop.ui.context import AppContext
from tests.integration.test_checkout import NOW, call, make_ready_order
from tests.ui.test_checkout_tab import open_tab

S = OrderStatus
SHOTS = Path("/tmp/shots/checkout")


def ready_with_a_part_out(ctx: AppContext, people: dict) -> tuple[int, int]:
    """A ready ¥820 order whose ¥600 crankshaft grinding went to the machine shop and is not back."""
    order_id = make_ready_order(ctx.db)
    with ctx.db.session_scope() as session:
        audit.exempt(session, "test data changed directly")
        order = session.get(RepairOrder, order_id)
        order.status, order.confirmed_at = S.ESTIMATED, None
    line_id = call(ctx.db, sublet.add_outside_work, people[Role.ADVISOR], order_id,
                   OutsideWorkDraft("順達機加工廠", "曲軸磨削", "450", "600")).lines[0].id
    with ctx.db.session_scope() as session:
        audit.exempt(session, "test data changed directly")
        order = session.get(RepairOrder, order_id)
        order.status, order.confirmed_at = S.READY, NOW - timedelta(hours=5)
    call(ctx.db, sublet.record_sent, people[Role.ADVISOR], line_id, NOW - timedelta(hours=4))
    return order_id, line_id


def test_a_failing_item_disables_paying_with_its_reason(qtbot: QtBot, ctx: AppContext, people: dict) -> None:
    tab = open_tab(qtbot, ctx, people)
    tab.resize(1366, 768)
    order_id, line_id = ready_with_a_part_out(ctx, people)
    ctx.set_current_order(order_id)
    tab.on_current_order_changed(order_id)
    ui = tab.ui
    assert ui.cashierCheckGroup.isVisible()
    text = ui.cashierCheckLabel.text()
    assert "✓ Work order confirmed by the customer" in text and "✗ Every outside-work slip back" in text
    assert "曲軸磨削: sent to 順達機加工廠 on 2026-11-28, not back yet." in text
    assert "Settlement is blocked" in text
    assert not ui.payButton.isEnabled() and "曲軸磨削" in ui.payButton.toolTip()
    assert not ui.settleButton.isEnabled()
    # the outside work is its own line and its own row of the totals
    rows = [[ui.linesTable.item(r, c).text() for c in range(3)] for r in range(ui.linesTable.rowCount())]
    assert ["Outside work", "1", "曲軸磨削"] in rows
    assert "Outside work" in ui.totalsLabel.text() and "¥1,420.00" in ui.totalsLabel.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    qtbot.wait(50)
    tab.grab().save(str(SHOTS / "cashier_check_blocked.png"))

    call(ctx.db, sublet.record_back, people[Role.ADVISOR], line_id, NOW)
    tab.reload()
    text = ui.cashierCheckLabel.text()
    assert "✗" not in text and "All 1 piece(s) of outside work are back." in text
    assert ui.payButton.isEnabled() and ui.payAmountEdit.text() == "1420.00"
    ui.methodCombo.setCurrentIndex(ui.methodCombo.findData("wechat"))
    qtbot.mouseClick(ui.payButton, Qt.MouseButton.LeftButton)
    with ctx.db.session_scope() as session:
        assert session.get(RepairOrder, order_id).status is S.SETTLED
    assert not ui.cashierCheckGroup.isVisible()  # settled: nothing left to check


def test_the_check_speaks_the_window_language_down_to_each_reason(qtbot: QtBot, ctx: AppContext,
                                                                  people: dict) -> None:
    """In zh_TW every line of the checklist and the refusal are Chinese, the nested reasons too (not the English
    of a reason given as a value)."""
    from PySide6.QtWidgets import QApplication

    from garage_desktop.services import checkout_state
    from garage_desktop.ui.appearance import install_translation
    from garage_desktop.ui.errors import error_text

    app = QApplication.instance()
    assert install_translation(app, "zh_TW")
    try:
        tab = open_tab(qtbot, ctx, people)
        order_id, _line_id = ready_with_a_part_out(ctx, people)
        ctx.set_current_order(order_id)
        tab.on_current_order_changed(order_id)
        text = tab.ui.cashierCheckLabel.text()
        assert "曲軸磨削：已於 2026-11-28 送至 順達機加工廠，尚未返回。" in text
        assert "sent to" not in text and "not back" not in text
        refusal = ctx.read(checkout_state.checkout_state, order_id)
        blocked = error_text(refusal.cashier_check.refusal())
        assert blocked.startswith("收銀核對未通過：") and "尚未返回" in blocked and "not back" not in blocked
    finally:
        install_translation(app, "en")
