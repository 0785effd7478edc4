"""Issue 14, price authority in the window: the advisor gives a price below the catalog, the Estimate tab asks the
owner for their PIN in a small dialog and saves again with the approval; the line shows the owner's mark. A wrong
PIN keeps the dialog open (and is recorded); the owner declining leaves everything typed, the price in red. The
added-work panel asks the same way."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from garage_desktop.db.models import AuditEvent, PartLine
from garage_desktop.domain.classes import Role
from garage_desktop.domain.pricing import PriceCut
from garage_desktop.services import pins, price_authority, work_order
from garage_desktop.services.price_authority import OwnerApproval
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.dialogs import owner_approval_dialog
from garage_desktop.ui.dialogs.owner_approval_dialog import OwnerApprovalDialog
from garage_desktop.ui.models.estimate_lines_model import PartColumn
from garage_desktop.ui.tabs.estimate_tab import EstimateTab
from garage_desktop.ui.tabs.work_ticket_tab import WorkTicketTab
from tests.ui.test_estimate_tab import open_from_list
from tests.ui.test_estimate_tab import order_id as received_order  # noqa: F401 - a fixture

PIN = "2468"
SHOTS = Path("/tmp/shots")


@pytest.fixture
def tab(qtbot: QtBot, ctx: AppContext, received_order: int, people: dict[Role, int]) -> EstimateTab:  # noqa: F811
    with ctx.db.session_scope() as session:
        pins.set_pin(session, people[Role.OWNER], people[Role.OWNER], PIN)
    widget = EstimateTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitExposed(widget)
    open_from_list(widget, qtbot, received_order)
    return widget


def type_cheap_pads(tab: EstimateTab, qtbot: QtBot) -> None:
    ui = tab.ui
    ui.diagnosisEdit.setPlainText("前剎車片磨損")
    ui.partSearchEdit.setFocus()
    qtbot.keyClicks(ui.partSearchEdit, "EST-PAD")
    qtbot.keyClick(ui.partSearchEdit, Qt.Key.Key_Return)
    model = tab.parts_model
    model.setData(model.index(0, PartColumn.PRICE), "300")  # an old customer: ¥80 off
    qtbot.mouseClick(ui.mayReplaceNo, Qt.MouseButton.LeftButton)


def test_the_owner_types_the_pin_and_the_estimate_saves_with_the_mark(
        tab: EstimateTab, qtbot: QtBot, ctx: AppContext, people: dict[Role, int],
        monkeypatch: pytest.MonkeyPatch) -> None:
    type_cheap_pads(tab, qtbot)
    asked: list[tuple] = []

    def owner_comes(parent, context, lines):  # type: ignore[no-untyped-def]
        asked.append(tuple((line.name, line.list_price, line.price, line.cut) for line in lines))
        return OwnerApproval(people[Role.OWNER], PIN)

    monkeypatch.setattr(owner_approval_dialog, "ask_owner_approval", owner_comes)
    qtbot.mouseClick(tab.ui.saveButton, Qt.MouseButton.LeftButton)
    assert asked == [(("前剎車片", Decimal("380.00"), Decimal("300.00"), PriceCut.BELOW_CATALOG),)]
    assert tab.view is not None and tab.view.revisions and "revision 1" in tab.ui.resultLabel.text()
    name = tab.parts_model.index(0, PartColumn.NAME)
    assert name.data() == "前剎車片  [Owner approved: below the catalog price]"
    assert name.data(Qt.ItemDataRole.EditRole) == "前剎車片"  # the mark is shown, never edited
    assert name.data(Qt.ItemDataRole.ToolTipRole) == "Approved by 店主: list ¥380.00, given ¥300.00"
    with ctx.db.session_scope() as session:
        assert session.scalar(select(PartLine.price_approved_by_id)) == people[Role.OWNER]
        assert session.scalar(select(AuditEvent.id).where(AuditEvent.action == "price:owner_approved"))
    tab.grab().save(str(SHOTS / "estimate_owner_approved.png"))
    # The price typed anew: the mark goes until it is saved (and approved) again.
    tab.parts_model.setData(tab.parts_model.index(0, PartColumn.PRICE), "290")
    assert name.data() == "前剎車片"


def test_the_owner_declining_keeps_everything_typed_and_the_price_in_red(
        tab: EstimateTab, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    type_cheap_pads(tab, qtbot)
    monkeypatch.setattr(owner_approval_dialog, "ask_owner_approval", lambda *args: None)
    qtbot.mouseClick(tab.ui.saveButton, Qt.MouseButton.LeftButton)
    assert not tab.view.revisions and tab.dirty  # nothing saved, nothing lost
    price = tab.parts_model.index(0, PartColumn.PRICE)
    assert price.data() == "300" and "owner approves" in price.data(Qt.ItemDataRole.ToolTipRole)
    assert tab.ui.formError.isVisible() and "1 line(s)" in tab.ui.formError.text()
    assert tab.ui.partTable.currentIndex() == price


def test_the_dialog_takes_the_owners_pin_and_a_wrong_one_keeps_it_open(
        qtbot: QtBot, ctx: AppContext, people: dict[Role, int]) -> None:
    owner = people[Role.OWNER]
    with ctx.db.session_scope() as session:
        pins.set_pin(session, owner, owner, PIN)
    line = price_authority.PriceBelowList("part", 0, "前剎車片", Decimal("380.00"), Decimal("300.00"),
                                          PriceCut.BELOW_CATALOG)
    dialog = OwnerApprovalDialog(ctx, [line])
    qtbot.addWidget(dialog)
    dialog.show()
    assert "前剎車片: ¥300.00 instead of ¥380.00 (below the catalog price)" in dialog.lines_label.text()
    assert dialog.owner_combo.currentData() == owner and dialog.pin_edit.isEnabled()
    qtbot.keyClicks(dialog.pin_edit, "1111")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.approval is None
    assert "not the owner's PIN" in dialog.error_label.text() and dialog.pin_edit.text() == ""
    with ctx.db.session_scope() as session:  # recorded: the owner's wait after wrong PINs counts it
        assert session.scalar(select(AuditEvent.id).where(AuditEvent.action == "pin:wrong"))
    dialog.grab().save(str(SHOTS / "owner_approval_dialog.png"))
    qtbot.keyClicks(dialog.pin_edit, PIN)
    qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.approval == OwnerApproval(owner, PIN)


def test_an_owner_without_a_pin_is_chosen_and_approves(qtbot: QtBot, ctx: AppContext,
                                                       people: dict[Role, int]) -> None:
    line = price_authority.PriceBelowList("labour", 0, "更換機油", Decimal("100.00"), Decimal("0.00"), PriceCut.FREE)
    dialog = OwnerApprovalDialog(ctx, [line])
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.pin_edit.isEnabled() and "choosing the owner approves" in dialog.pin_edit.placeholderText()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.approval == OwnerApproval(people[Role.OWNER], "")


def test_added_work_below_the_catalog_asks_the_owner_too(qtbot: QtBot, ctx: AppContext, people: dict[Role, int],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from garage_desktop.services import clock
    from tests.integration.test_work_order import NOW, line_ids, make_confirmed_order

    clock.set_fixed(NOW)
    order_id = make_confirmed_order(ctx.db)
    foreman = people[Role.FOREMAN]
    for line in line_ids(ctx.db, order_id):
        with ctx.db.session_scope() as session:
            work_order.dispatch(session, foreman, order_id, line, "一組", None)
    first_line = line_ids(ctx.db, order_id)[0]
    with ctx.db.session_scope() as session:
        work_order.start_line(session, foreman, order_id, first_line, NOW - timedelta(minutes=30))
    ctx.set_operator(people[Role.INSPECTOR])
    ctx.set_current_order(order_id)
    ticket = WorkTicketTab(ctx)
    qtbot.addWidget(ticket)
    panel = ticket.panel.ui
    panel.descriptionEdit.setText("舊件處理")
    panel.workNameEdit.setText("拆除舊件")
    panel.labourHoursEdit.setText("0.5")
    panel.partEdit.setText("環保處理費")
    panel.partPriceEdit.setText("0")  # free of charge: the owner's call
    asked: list[int] = []
    monkeypatch.setattr(owner_approval_dialog, "ask_owner_approval",
                        lambda parent, context, lines: asked.append(len(lines)) or OwnerApproval(people[Role.OWNER]))
    qtbot.mouseClick(panel.proposeButton, Qt.MouseButton.LeftButton)
    assert asked == [1]
    assert ticket.ticket.pending and ticket.ticket.status.value == "awaiting_approval"
