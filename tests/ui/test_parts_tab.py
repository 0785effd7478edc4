"""The 領料 tab as the store keeper and the inspector use it: pick an order's parts, ask for an extra part, have
the inspector (and nobody else) approve it, print the 用料批條 and the 領料單."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from garage_desktop.db.engine import Database
from garage_desktop.domain.classes import Role
from garage_desktop.services import clock
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.tabs import parts_tab
from garage_desktop.ui.tabs.parts_tab import PartsTab
from tests.integration.test_picking import add_part, on_hand, stocked_order
from tests.integration.test_work_order import NOW


@pytest.fixture(autouse=True)
def fixed_clock() -> None:
    clock.set_fixed(NOW)


@pytest.fixture
def order(db: Database, people: dict) -> dict[str, int]:
    pads = add_part(db, people, "BP-01", "前剎車片", on_hand="5", sale="380.00", unit="套", bin_location="A-03")
    filters = add_part(db, people, "OF-02", "機油濾清器", on_hand="3", sale="45.00", origin="equivalent")
    return {"pads": pads, "filters": filters, "order": stocked_order(db, [(pads, "2"), (filters, "1")])}


def cell(tab: PartsTab, table: str, row: int, column: int) -> str:
    return getattr(tab.ui, table).item(row, column).text()


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_pick_ask_for_an_extra_part_approve_it_as_the_inspector_and_print(
        qtbot, ctx: AppContext, db: Database, people: dict, order: dict,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    printed: list[tuple[bytes, str]] = []
    monkeypatch.setattr(parts_tab, "open_preview", lambda pdf, title, parent: printed.append((pdf, title)))
    tab = PartsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    ui = tab.ui

    # No order chosen: the orders waiting for parts; Enter on one opens its pick list.
    assert ui.pages.currentWidget() is ui.listPage
    assert ui.waitingList.topLevelItemCount() == 1
    item = ui.waitingList.topLevelItem(0)
    assert item.text(5) == "2"  # lines to issue
    ui.waitingList.itemActivated.emit(item, 0)
    assert ui.pages.currentWidget() is ui.pickPage and ctx.current_order_id == order["order"]
    assert ui.linesTable.rowCount() == 2 and cell(tab, "linesTable", 0, 1) == "BP-01"

    # The advisor may not issue: the button says who may.
    assert not ui.issueButton.isEnabled() and "Store keeper" in ui.issueButton.toolTip()

    # The store keeper issues one brake pad, then everything else in one go.
    ctx.set_operator(people[Role.STORE])
    ui.linesTable.selectRow(0)
    assert ui.issueButton.isEnabled()
    ui.quantityEdit.setText("1")
    qtbot.mouseClick(ui.issueButton, Qt.MouseButton.LeftButton)
    assert cell(tab, "linesTable", 0, 5) == "1" and cell(tab, "linesTable", 0, 6) == "1"
    # More than the plan is refused beside the quantity, and what was typed stays.
    ui.linesTable.selectRow(0)
    ui.quantityEdit.setText("3")
    qtbot.mouseClick(ui.issueButton, Qt.MouseButton.LeftButton)
    assert ui.quantityError.isVisible() and ui.quantityEdit.text() == "3"
    assert cell(tab, "linesTable", 0, 5) == "1"
    qtbot.mouseClick(ui.issueAllButton, Qt.MouseButton.LeftButton)
    assert [cell(tab, "linesTable", row, 5) for row in range(2)] == ["2", "1"]
    assert on_hand(db, order["pads"]) == 3 and on_hand(db, order["filters"]) == 2
    assert ui.movementsTable.rowCount() == 3

    # A pad broke while fitting it: the store keeper writes down an extra part for the inspector.
    monkeypatch.setattr(parts_tab, "ask_extra_part",
                        lambda parent, context, part, submit: submit(part.id, "1", "剎車片裝配時碎裂") or True)
    ui.linesTable.selectRow(0)
    qtbot.mouseClick(ui.extraButton, Qt.MouseButton.LeftButton)
    assert ui.requestsTable.rowCount() == 1 and ui.linesTable.rowCount() == 3
    ui.linesTable.selectRow(2)
    assert not ui.issueButton.isEnabled()  # waits for the inspector
    ui.requestsTable.selectRow(0)
    assert not ui.approveButton.isEnabled() and "Inspector" in ui.approveButton.toolTip()

    # Nobody but the inspector (or the owner) may approve it.
    for role in (Role.ADVISOR, Role.FOREMAN, Role.CASHIER):
        ctx.set_operator(people[role])
        ui.requestsTable.selectRow(0)
        assert not ui.approveButton.isEnabled()
    ctx.set_operator(people[Role.INSPECTOR])
    ui.requestsTable.selectRow(0)
    assert ui.approveButton.isEnabled()
    qtbot.mouseClick(ui.approveButton, Qt.MouseButton.LeftButton)
    assert "李檢驗" in cell(tab, "requestsTable", 0, 5)
    assert not ui.approveButton.isEnabled()  # decided once

    # The 用料批條 prints (in the window's language) with the inspector's name and the time of the approval.
    qtbot.mouseClick(ui.printSlipButton, Qt.MouseButton.LeftButton)
    slip, title = printed[-1]
    assert "YL" in title
    text = pdf_text(slip)
    for expected in ("Extra part approval", "李檢驗", "2026-11-28 10:00", "剎車片裝配時碎裂", "前剎車片"):
        assert expected in text, expected

    # Now the store issues it; until the advisor puts it on the order, QC must wait.
    ctx.set_operator(people[Role.STORE])
    ui.linesTable.selectRow(2)
    qtbot.mouseClick(ui.issueButton, Qt.MouseButton.LeftButton)
    assert on_hand(db, order["pads"]) == 2
    assert "1 套" in ui.reconciliationLabel.text()
    ctx.set_operator(people[Role.ADVISOR])
    ui.requestsTable.selectRow(0)
    ui.noteEdit.setText("林先生電話同意")
    qtbot.mouseClick(ui.chargeButton, Qt.MouseButton.LeftButton)
    assert tab.view is not None and tab.view.reconciliation.ok

    # The 領料單 prints with each part's origin.
    qtbot.mouseClick(ui.printButton, Qt.MouseButton.LeftButton)
    text = pdf_text(printed[-1][0])
    for expected in ("Pick list", "OEM", "Equiv.", "BP-01", "A-03", "前剎車片"):
        assert expected in text, expected
    Path("/tmp/shots").mkdir(exist_ok=True)
    tab.grab().save("/tmp/shots/parts_tab.png")


def test_back_to_the_list_and_a_return(qtbot, ctx: AppContext, db: Database, people: dict,  # type: ignore[no-untyped-def]
                                       order: dict) -> None:
    ctx.set_operator(people[Role.STORE])
    ctx.set_current_order(order["order"])
    tab = PartsTab(ctx)
    qtbot.addWidget(tab)
    ui = tab.ui
    ui.linesTable.selectRow(0)
    assert not ui.returnButton.isEnabled() and ui.returnButton.toolTip()
    qtbot.mouseClick(ui.issueButton, Qt.MouseButton.LeftButton)  # empty quantity: all of line 1
    assert cell(tab, "linesTable", 0, 5) == "2"
    ui.linesTable.selectRow(0)
    ui.quantityEdit.setText("1")
    ui.reasonEdit.setText("只換了一側")
    qtbot.mouseClick(ui.returnButton, Qt.MouseButton.LeftButton)
    assert cell(tab, "linesTable", 0, 5) == "1" and on_hand(db, order["pads"]) == 4
    assert cell(tab, "movementsTable", 0, 5) == "只換了一側"
    qtbot.mouseClick(ui.backButton, Qt.MouseButton.LeftButton)
    tab.on_current_order_changed(None)
    assert ui.pages.currentWidget() is ui.listPage
