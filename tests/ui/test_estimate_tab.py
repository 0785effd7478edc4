"""The estimate tab as the inspector and advisor use it: open a received car, price labour and parts live, save
revisions, the customer confirms (開單) and the estimate locks, print the work order to a PDF file."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from garage_desktop.db.models import (
    Customer,
    EstimateRevision,
    LabourOperation,
    ModelClass,
    Part,
    RepairOrder,
    Vehicle,
)
from garage_desktop.domain.classes import JobClass, Payer, RegulatoryClass
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.services import clock
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.models.estimate_lines_model import LabourColumn, PartColumn
from garage_desktop.ui.tabs import estimate_tab
from garage_desktop.ui.tabs.estimate_tab import EstimateTab

NOW = datetime(2026, 11, 28, 10, 0)
SHOTS = Path("/tmp/shots")


@pytest.fixture
def order_id(ctx: AppContext) -> int:
    """A car received an hour ago; its model class has coefficient 1.2; the catalog knows a job and a part."""
    clock.set_fixed(NOW)
    with ctx.db.session_scope() as s:
        s.add_all([LabourOperation(code="EST-001", name="更換前剎車片", category="剎車", standard_hours=Decimal("1.5")),
                   Part(code="EST-PAD", name="前剎車片", spec="原廠 前輪", unit="套", origin="oem",
                        sale_price=Decimal("380.00"), cost=Decimal("250.00"))])
        customer = Customer(name="林志明", phone="13812345678", created_at=NOW)
        vehicle = Vehicle(customer=customer, plate="粵A12345", make="大眾", model="朗逸",
                          model_class=ModelClass(name="中級車", coefficient=Decimal("1.2")), created_at=NOW)
        order = RepairOrder(order_no="WO20261128-001", status=OrderStatus.RECEIVED, customer=customer,
                            vehicle=vehicle, job_class=JobClass.MINOR, regulatory_class=RegulatoryClass.MINOR_REPAIR,
                            payer=Payer.SELF, complaint="剎車時有異響", promised_at=NOW.replace(hour=17),
                            original_promised_at=NOW.replace(hour=17), created_at=NOW - timedelta(hours=1),
                            received_at=NOW - timedelta(hours=1), received_by_id=ctx.operator_id,
                            updated_at=NOW - timedelta(hours=1))
        s.add(order)
        s.flush()
        return order.id


@pytest.fixture
def tab(qtbot: QtBot, ctx: AppContext, order_id: int) -> EstimateTab:
    widget = EstimateTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def open_from_list(tab: EstimateTab, qtbot: QtBot, order_id: int) -> None:
    tree = tab.ui.waitingList
    assert tab.ui.stack.currentWidget() is tab.ui.waitingPage
    assert tree.topLevelItemCount() == 1 and tree.topLevelItem(0).text(2) == "粵A12345"
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0))
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert tab.ui.stack.currentWidget() is tab.ui.orderPage
    assert tab.view is not None and tab.view.order_id == order_id


def add_lines(tab: EstimateTab, qtbot: QtBot) -> None:
    """A job from the catalog, a free job, and a part from the catalog."""
    ui = tab.ui
    ui.labourSearchEdit.setFocus()
    qtbot.keyClicks(ui.labourSearchEdit, "EST-0")
    assert [hit.code for hit in tab.labour_picker.search_now()] == ["EST-001"]
    tab.labour_picker.choose(0)
    assert ui.labourSearchEdit.text() == ""  # ready for the next job
    qtbot.mouseClick(ui.addLabourButton, Qt.MouseButton.LeftButton)
    model = tab.labour_model
    model.setData(model.index(1, LabourColumn.NAME), "檢查異響")  # as the cell editor does
    model.setData(model.index(1, LabourColumn.HOURS), "0.25")
    ui.partSearchEdit.setFocus()
    qtbot.keyClicks(ui.partSearchEdit, "EST-PAD")
    qtbot.keyClick(ui.partSearchEdit, Qt.Key.Key_Return)  # a single match is taken at once


def amount_text(tab: EstimateTab, row: int) -> str:
    return tab.labour_model.index(row, LabourColumn.AMOUNT).data()


def revisions(ctx: AppContext, order_id: int) -> list[tuple[int, Decimal, Decimal]]:
    with ctx.db.session_scope() as s:
        rows = s.scalars(select(EstimateRevision).where(EstimateRevision.order_id == order_id)
                         .order_by(EstimateRevision.revision))
        return [(r.revision, r.labour_total, r.parts_total) for r in rows]


def test_estimate_revise_confirm_and_print(tab: EstimateTab, qtbot: QtBot, ctx: AppContext, order_id: int,
                                          monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    ui = tab.ui
    open_from_list(tab, qtbot, order_id)
    assert "1.2" in ui.headerLabel.text() and "剎車時有異響" in ui.complaintLabel.text()
    ui.diagnosisEdit.setPlainText("前剎車片磨損到極限")
    add_lines(tab, qtbot)

    # each row shows hours × rate × coefficient = amount, live
    assert amount_text(tab, 0) == "1.5 × 100.00 × 1.2 = ¥180.00"
    assert amount_text(tab, 1) == "0.25 × 100.00 × 1.2 = ¥30.00"
    assert tab.parts_model.index(0, PartColumn.AMOUNT).data() == "¥380.00"
    assert tab.parts_model.index(0, PartColumn.ORIGIN).data() != ""
    assert (ui.labourTotalValue.text(), ui.partsTotalValue.text(), ui.grossValue.text()) == (
        "¥210.00", "¥380.00", "¥590.00")
    assert ui.taxValue.text() == "¥67.88"  # 590 − 590 / 1.13, prices include VAT
    assert not ui.printButton.isEnabled()  # what is printed is what is saved

    assert ui.mayReplaceHint.isVisible()  # not asked yet
    qtbot.mouseClick(ui.mayReplaceYes, Qt.MouseButton.LeftButton)
    assert not ui.mayReplaceHint.isVisible()
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert revisions(ctx, order_id) == [(1, Decimal("210.00"), Decimal("380.00"))]
    assert ui.revisionList.topLevelItemCount() == 1 and not tab.dirty
    assert tab.view.status is OrderStatus.ESTIMATED

    # a revision: a typo is refused on its cell and nothing typed is lost; corrected, it becomes revision 2
    model = tab.labour_model
    model.setData(model.index(1, LabourColumn.HOURS), "0,5x")
    assert amount_text(tab, 1) == "—" and ui.labourTotalValue.text() == "¥180.00"
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert ui.labourLinesError.isVisible() and "2" in ui.labourLinesError.text()
    assert model.index(1, LabourColumn.HOURS).data() == "0,5x"
    assert model.index(1, LabourColumn.HOURS).data(Qt.ItemDataRole.ToolTipRole)
    assert len(revisions(ctx, order_id)) == 1
    model.setData(model.index(1, LabourColumn.HOURS), "0.5")
    tab.parts_model.setData(tab.parts_model.index(0, PartColumn.QUANTITY), "2")
    assert amount_text(tab, 1) == "0.5 × 100.00 × 1.2 = ¥60.00"
    ui.labourTable.setFocus()
    qtbot.keyClick(ui.labourTable, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S
    assert revisions(ctx, order_id)[-1] == (2, Decimal("240.00"), Decimal("760.00"))
    assert not ui.labourLinesError.isVisible()
    ui.revisionList.setCurrentItem(ui.revisionList.topLevelItem(1))
    assert "¥590.00" in ui.revisionDetail.text()  # revision 1 is kept and can be looked at

    grab(tab, "estimate_tab.png")

    # 開單: the customer confirms; the estimate turns read-only with who and when
    asked: list[str] = []

    def answer(parent: QWidget, suggested: str, summary: str) -> str:
        asked.append(summary)
        return suggested

    monkeypatch.setattr(estimate_tab, "ask_customer_name", answer)
    qtbot.mouseClick(ui.confirmButton, Qt.MouseButton.LeftButton)
    assert asked and "¥1,000.00" in asked[0]
    assert tab.view.status is OrderStatus.CONFIRMED and tab.view.locked
    assert ui.lockedBanner.isVisible() and "林志明" in ui.lockedBanner.text()
    assert "2026-11-28 10:00" in ui.lockedBanner.text()
    assert not ui.saveButton.isEnabled() and ui.saveButton.toolTip()
    assert not ui.labourSearchEdit.isEnabled() and not ui.addPartButton.isEnabled()
    assert not model.flags(model.index(0, LabourColumn.HOURS)) & Qt.ItemFlag.ItemIsEditable
    assert ui.revisionList.topLevelItem(0).text(0).startswith("2")
    grab(tab, "estimate_tab_confirmed.png")

    # print: the preview dialog saves the work order as a PDF file
    shown: list[QWidget] = []
    monkeypatch.setattr(estimate_tab, "run_dialog", shown.append)
    assert ui.printButton.isEnabled()
    qtbot.mouseClick(ui.printButton, Qt.MouseButton.LeftButton)
    assert len(shown) == 1
    target = shown[0].save_to(tmp_path / "work_order.pdf")  # type: ignore[attr-defined]
    assert target.read_bytes().startswith(b"%PDF")
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(str(target)).pages)
    assert "WO20261128-001" in text and "粵A12345" in text
    shown[0].close()


def test_confirm_asks_for_the_customers_answers_first(tab: EstimateTab, qtbot: QtBot, ctx: AppContext,
                                                      order_id: int, monkeypatch: pytest.MonkeyPatch) -> None:
    ui = tab.ui
    tab.open_order(order_id)
    add_lines(tab, qtbot)
    # Nothing estimated yet: "Confirm" saves what is typed first (issue 14: one click for the stage).
    assert ui.confirmButton.isEnabled() and "Save the estimate" in ui.confirmButton.toolTip()
    monkeypatch.setattr(estimate_tab, "ask_customer_name", lambda *args: "林志明")
    qtbot.mouseClick(ui.confirmButton, Qt.MouseButton.LeftButton)  # saved, then refused: an answer is missing
    assert ui.mayReplaceFoundPartsError.isVisible()
    assert tab.view.status is OrderStatus.ESTIMATED
    qtbot.mouseClick(ui.mayReplaceNo, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(ui.confirmButton, Qt.MouseButton.LeftButton)  # saves the answer, then confirms
    assert tab.view.status is OrderStatus.CONFIRMED and tab.view.may_replace_found_parts is False
    assert len(revisions(ctx, order_id)) == 2


def test_unsaved_typing_survives_a_change_elsewhere(tab: EstimateTab, qtbot: QtBot, ctx: AppContext,
                                                    order_id: int, monkeypatch: pytest.MonkeyPatch) -> None:
    tab.open_order(order_id)
    add_lines(tab, qtbot)
    tab.ui.notifyAboveEdit.setText("1200")
    tab.on_data_changed(frozenset({"orders"}))
    tab.on_current_order_changed(order_id)
    assert tab.labour_model.rowCount() == 2 and tab.ui.notifyAboveEdit.text() == "1200"
    asked: list[bool] = []
    monkeypatch.setattr(estimate_tab, "confirm_discard", lambda parent: asked.append(True) or False)
    qtbot.mouseClick(tab.ui.listButton, Qt.MouseButton.LeftButton)
    assert asked and tab.ui.stack.currentWidget() is tab.ui.orderPage  # kept: the user said no
    monkeypatch.setattr(estimate_tab, "confirm_discard", lambda parent: True)
    qtbot.mouseClick(tab.ui.listButton, Qt.MouseButton.LeftButton)
    assert tab.ui.stack.currentWidget() is tab.ui.waitingPage and ctx.current_order_id is None


def test_a_free_line_and_its_removal(tab: EstimateTab, qtbot: QtBot, order_id: int) -> None:
    ui = tab.ui
    tab.open_order(order_id)
    qtbot.mouseClick(ui.addPartButton, Qt.MouseButton.LeftButton)
    model = tab.parts_model
    model.setData(model.index(0, PartColumn.NAME), "客戶自備雨刷")
    model.setData(model.index(0, PartColumn.PRICE), "0")
    model.setData(model.index(0, PartColumn.SUPPLIED), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert model.index(0, PartColumn.AMOUNT).data() not in ("—", "")
    assert ui.partsTotalValue.text() == "¥0.00"
    ui.partTable.setCurrentIndex(model.index(0, PartColumn.NAME))
    qtbot.mouseClick(ui.removePartButton, Qt.MouseButton.LeftButton)
    assert model.rowCount() == 0


def test_five_minute_units_are_typed_as_units_at_the_hourly_rate(tab: EstimateTab, qtbot: QtBot, ctx: AppContext,
                                                                   order_id: int, people: dict) -> None:
    """The owner enters ¥95 an hour whatever the unit; a 47-minute job is 9.4 units; a saved line keeps its unit
    after the owner goes back to hours."""
    from dataclasses import replace

    from garage_desktop.db.models import LabourLine
    from garage_desktop.domain.classes import Role
    from garage_desktop.domain.pricing import HourUnit
    from garage_desktop.services import settings

    def set_unit(unit: HourUnit) -> None:
        with ctx.db.session_scope() as s:
            settings.save(s, people[Role.OWNER], replace(settings.load(s), hour_unit=unit,
                                                         hourly_rate=Decimal("95.00")))

    set_unit(HourUnit.FIVE_MINUTES)
    ui = tab.ui
    tab.open_order(order_id)
    model = tab.labour_model
    assert model.headerData(LabourColumn.RATE, Qt.Orientation.Horizontal) == "Rate / h"
    assert model.headerData(LabourColumn.HOURS, Qt.Orientation.Horizontal) == "Units (5 min)"
    qtbot.mouseClick(ui.addLabourButton, Qt.MouseButton.LeftButton)
    model.setData(model.index(0, LabourColumn.NAME), "檢查異響")
    model.setData(model.index(0, LabourColumn.HOURS), "9.4")
    assert amount_text(tab, 0) == "9.4/12 × 95.00 × 1.2 = ¥89.30"  # 95 × 47/60 × 1.2
    ui.diagnosisEdit.setPlainText("異響")
    qtbot.mouseClick(ui.mayReplaceYes, Qt.MouseButton.LeftButton)
    assert tab.save()
    set_unit(HourUnit.HOUR)
    tab.on_data_changed(frozenset({"settings"}))  # as the main window relays the owner's change
    assert model.headerData(LabourColumn.HOURS, Qt.Orientation.Horizontal) == "Std. hours"
    assert model.index(0, LabourColumn.HOURS).data() == "9.4 × 5 min"  # priced in the other unit, and says so
    assert amount_text(tab, 0) == "9.4/12 × 95.00 × 1.2 = ¥89.30"
    model.setData(model.index(0, LabourColumn.COEFFICIENT), "1")
    assert tab.save()
    with ctx.db.session_scope() as s:
        line = s.scalars(select(LabourLine).where(LabourLine.order_id == order_id)).one()
        assert (line.standard_hours, line.hour_unit, line.amount) == (Decimal("9.40"), HourUnit.FIVE_MINUTES,
                                                                      Decimal("74.42"))
    model.setData(model.index(0, LabourColumn.HOURS), "0.5")  # typed anew: in hours, as the header says
    assert amount_text(tab, 0) == "0.5 × 95.00 × 1 = ¥47.50"


def grab(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()  # let pending layout requests settle first
    widget.grab().save(str(SHOTS / name))
