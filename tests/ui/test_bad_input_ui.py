"""Issue 13 in the window: where the window reads a number itself it uses the services' rules
(``domain.numbers``), so a bad entry shows its message beside the field, nothing typed is lost and nothing
crashes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from garage_desktop.db.models import Payment, RepairOrder
from garage_desktop.domain.classes import Role
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.models.estimate_lines_model import LabourLinesModel, LabourRow, PartLinesModel, PartRow
from garage_desktop.ui.tabs.checkout_tab import CheckoutTab
from garage_desktop.ui.tabs.intake_tab import IntakeTab
from tests.integration.test_checkout import make_ready_order
from tests.ui.test_checkout_tab import open_tab as open_checkout_tab
from tests.ui.test_intake_tab import _fill, _known_lin
from tests.ui.test_intake_tab import open_tab as open_intake_tab


@pytest.fixture
def intake_tab(qtbot: QtBot, ctx: AppContext) -> IntakeTab:
    return open_intake_tab(qtbot, ctx)


def _orders(ctx: AppContext) -> int:
    with ctx.db.session_scope() as session:
        return session.scalar(select(func.count()).select_from(RepairOrder))


def test_a_superscript_mileage_is_refused_beside_the_field_without_a_crash(intake_tab: IntakeTab, qtbot: QtBot,
                                                                          ctx: AppContext) -> None:
    """"²" passed str.isdigit and crashed the check of a known car's mileage (int("²")); now the field says why."""
    _known_lin(ctx)
    ui = intake_tab.ui
    ui.searchEdit.setText("粵A12345")
    intake_tab.search.run_now()
    intake_tab.search.choose(0)
    ui.mileageEdit.setText("4523²")
    ui.complaintEdit.setFocus()  # leaving the field checks it
    qtbot.waitUntil(ui.mileageError.isVisible)
    assert "not a whole number" in ui.mileageError.text()
    assert "#b26a00" not in ui.mileageError.styleSheet()  # an error, not the amber warning
    ui.complaintEdit.setPlainText("換機油")
    qtbot.mouseClick(ui.receiveButton, Qt.MouseButton.LeftButton)
    assert ui.mileageError.isVisible() and ui.mileageEdit.text() == "4523²"  # kept as typed
    assert _orders(ctx) == 0
    ui.mileageEdit.setText("４５，２３１")  # full-width, as a Chinese input method types it
    qtbot.mouseClick(ui.receiveButton, Qt.MouseButton.LeftButton)
    assert _orders(ctx) == 1
    with ctx.db.session_scope() as session:
        assert session.scalars(select(RepairOrder.mileage_in)).one() == 45231


def test_an_ambiguous_mileage_is_refused_at_intake_and_everything_typed_is_kept(intake_tab: IntakeTab,
                                                                                qtbot: QtBot, ctx: AppContext) -> None:
    _fill(intake_tab, qtbot)
    ui = intake_tab.ui
    ui.mileageEdit.setText("45,23")
    qtbot.mouseClick(ui.receiveButton, Qt.MouseButton.LeftButton)
    assert ui.mileageError.isVisible() and ui.mileageEdit.hasFocus()
    assert (ui.mileageEdit.text(), ui.nameEdit.text(), ui.complaintEdit.toPlainText()) == (
        "45,23", "林志明", "冷車啟動時有異響，開十分鐘後消失")
    assert _orders(ctx) == 0


def test_a_pasted_control_character_is_refused_beside_its_field_and_kept(intake_tab: IntakeTab, qtbot: QtBot,
                                                                         ctx: AppContext) -> None:
    _fill(intake_tab, qtbot)
    ui = intake_tab.ui
    ui.complaintEdit.setPlainText("冷車啟動異響\x00\n開十分鐘後消失")
    qtbot.mouseClick(ui.receiveButton, Qt.MouseButton.LeftButton)
    assert ui.complaintError.isVisible() and "U+0000" in ui.complaintError.text()
    assert ui.complaintEdit.toPlainText() == "冷車啟動異響\x00\n開十分鐘後消失"
    assert _orders(ctx) == 0
    ui.complaintEdit.setPlainText("冷車啟動異響\n開十分鐘後消失")  # a line break is fine in the complaint
    qtbot.mouseClick(ui.receiveButton, Qt.MouseButton.LeftButton)
    assert _orders(ctx) == 1


@pytest.mark.parametrize(("column", "typed"), [("quantity", "12,50"), ("unit_price", "12,50"),
                                               ("unit_price", "1E3"), ("unit_price", "0.001"),
                                               ("quantity", "NaN")])
def test_the_estimate_table_marks_an_ambiguous_or_unstorable_number(qapp: object, column: str, typed: str) -> None:
    """The estimate's cells are read as the service reads them: "12,50" is not 1250 there either."""
    model = PartLinesModel()
    row = PartRow(name="剎車油", quantity="2", unit_price="45.00")
    setattr(row, column, typed)
    model.set_rows([row])
    problem = model.problem(row, PartLinesModel.columns.index(column))
    assert problem
    assert model.amount(row) is None  # no amount worked out from it either
    fine = PartRow(name="剎車油", quantity="1,000", unit_price="1,250.50")
    assert model.problem(fine, PartLinesModel.columns.index("quantity")) is None
    assert model.problem(fine, PartLinesModel.columns.index("unit_price")) is None


def test_the_labour_table_refuses_an_hourly_rate_of_12_comma_50(qapp: object) -> None:
    model = LabourLinesModel()
    row = LabourRow(name="檢查", hours="1", rate="12,50", coefficient="1")
    model.set_rows([row])
    assert "ambiguous" in (model.problem(row, model.columns.index("rate")) or "")
    assert model.amount(row) is None


@pytest.fixture
def checkout(qtbot: QtBot, ctx: AppContext, people: dict[Role, int]) -> CheckoutTab:
    return open_checkout_tab(qtbot, ctx, people)


def test_cash_change_is_not_worked_out_from_an_ambiguous_amount(checkout: CheckoutTab, ctx: AppContext,
                                                                qtbot: QtBot) -> None:
    """"20,00" handed over was read as 2,000 and a change of ¥1,987.50 shown; now no change is shown and paying
    says why beside the field, keeping what was typed."""
    order_id = make_ready_order(ctx.db)
    ctx.set_current_order(order_id)
    checkout.on_current_order_changed(order_id)
    ui = checkout.ui
    ui.methodCombo.setCurrentIndex(ui.methodCombo.findData("cash"))
    ui.payAmountEdit.setText("12.50")
    ui.tenderedEdit.setText("20,00")
    assert ui.changeLabel.text() == ""
    ui.tenderedEdit.setText("1,000")
    assert "¥987.50" in ui.changeLabel.text()
    ui.tenderedEdit.setText("20,00")
    qtbot.mouseClick(ui.payButton, Qt.MouseButton.LeftButton)
    assert ui.tenderedError.isVisible() and "ambiguous" in ui.tenderedError.text()
    assert ui.tenderedEdit.text() == "20,00"
    with ctx.db.session_scope() as session:
        assert session.scalar(select(func.count()).select_from(Payment)) == 0
