"""The Stock tab as the store keeper uses it: find parts, the low-stock list, a part's movements, an adjustment
with its reason, a stock count, receiving a delivery and a supplier's price list with its preview."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from garage_desktop.db.engine import Database
from garage_desktop.domain.classes import Role
from garage_desktop.services import catalog, clock, stock
from garage_desktop.services.stock import ReceiptLine
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.dialogs.price_list_dialog import PriceListDialog
from garage_desktop.ui.dialogs.receive_dialog import ReceiveDialog
from garage_desktop.ui.tabs import stock_tab
from garage_desktop.ui.tabs.stock_tab import COUNTED, StockTab
from tests.integration.test_picking import add_part, on_hand, stocked_order
from tests.integration.test_supplier_prices import PRICE_LIST, workbook
from tests.integration.test_work_order import NOW


@pytest.fixture(autouse=True)
def fixed_clock() -> None:
    clock.set_fixed(NOW)


@pytest.fixture
def parts(db: Database, people: dict) -> dict[str, int]:
    found = {"pads": add_part(db, people, "BP-01", "前剎車片", on_hand="5", minimum="2", unit="套"),
             "filter": add_part(db, people, "OF-02", "機油濾清器", on_hand="1", minimum="2", bin_location="B-07"),
             "wiper": add_part(db, people, "WB-01", "雨刮片", on_hand="9", minimum="2")}
    stocked_order(db, [(found["pads"], "4")])  # an open order still needs 4 pads
    return found


@pytest.fixture
def tab(qtbot, ctx: AppContext, people: dict, parts: dict) -> StockTab:  # type: ignore[no-untyped-def]
    ctx.set_operator(people[Role.STORE])
    widget = StockTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    return widget


def codes(tab: StockTab) -> list[str]:
    return [tab.ui.stockTable.item(row, 0).text() for row in range(tab.ui.stockTable.rowCount())]


def select(tab: StockTab, code: str) -> None:
    tab.ui.stockTable.selectRow(codes(tab).index(code))


def test_find_parts_and_list_the_low_ones(tab: StockTab) -> None:
    ui = tab.ui
    assert codes(tab) == ["BP-01", "OF-02", "WB-01"]
    pads = 0
    assert [ui.stockTable.item(pads, c).text() for c in (3, 4, 5, 6)] == ["5 套", "4", "1", "2"]
    ui.searchEdit.setText("b-07")
    tab.reload()
    assert codes(tab) == ["OF-02"]
    ui.searchEdit.clear()
    ui.lowOnlyCheck.setChecked(True)
    assert codes(tab) == ["BP-01", "OF-02"]  # pads: 5 on hand but 4 reserved
    assert ui.stockTable.item(0, 7).text() == "1"  # to order
    assert "2" in ui.countLabel.text()
    Path("/tmp/shots").mkdir(exist_ok=True)
    tab.grab().save("/tmp/shots/stock_tab_low.png")


def test_adjust_needs_a_reason_and_shows_in_the_movements(tab: StockTab, db: Database, parts: dict) -> None:
    ui = tab.ui
    select(tab, "WB-01")
    assert ui.movementsTable.rowCount() == 1  # the delivery
    ui.adjustQuantityEdit.setText("-2")
    ui.adjustButton.click()
    assert ui.adjustReasonError.isVisible() and ui.adjustQuantityEdit.text() == "-2"
    assert on_hand(db, parts["wiper"]) == 9
    ui.adjustReasonEdit.setText("包裝破損")
    ui.adjustButton.click()
    assert on_hand(db, parts["wiper"]) == 7
    select(tab, "WB-01")
    assert [ui.movementsTable.item(0, c).text() for c in (2, 3, 5, 6)] == ["-2", "7", "趙庫管", "包裝破損"]


def test_a_stock_count_books_the_differences(tab: StockTab, db: Database, parts: dict) -> None:
    ui = tab.ui
    assert ui.stockTable.isColumnHidden(COUNTED) and not ui.bookCountButton.isEnabled()
    ui.countButton.click()
    assert not ui.stockTable.isColumnHidden(COUNTED)
    ui.stockTable.item(codes(tab).index("OF-02"), COUNTED).setText("3")
    ui.stockTable.item(codes(tab).index("WB-01"), COUNTED).setText("9")
    ui.bookCountButton.click()
    assert ui.countReasonError.isVisible()  # a difference needs a reason
    ui.countReasonEdit.setText("月底盤點")
    ui.bookCountButton.click()
    assert on_hand(db, parts["filter"]) == 3 and on_hand(db, parts["wiper"]) == 9
    assert "2" in ui.resultLabel.text() and "1" in ui.resultLabel.text()
    assert ui.stockTable.isColumnHidden(COUNTED)


def test_receiving_a_delivery(tab: StockTab, db: Database, parts: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stock_tab, "ask_delivery", lambda parent, ctx, submit: submit(
        "博世配件", [ReceiptLine(parts["filter"], "10", "18.50")], "送貨單 8812") is not None)
    tab.ui.receiveButton.click()
    assert on_hand(db, parts["filter"]) == 11
    select(tab, "OF-02")
    assert tab.ui.movementsTable.item(0, 2).text() == "+10"


def test_the_receive_dialog_keeps_the_lines_when_refused(qtbot, ctx: AppContext, db: Database,  # type: ignore[no-untyped-def]
                                                         people: dict, parts: dict) -> None:
    ctx.set_operator(people[Role.STORE])
    booked = []
    dialog = ReceiveDialog(ctx, lambda supplier, lines, note: booked.append(
        ctx.call(stock.receive, supplier, lines, note)))
    qtbot.addWidget(dialog)
    with db.session_scope() as session:
        dialog.add_part(catalog.get_part(session, parts["pads"]))
        dialog.add_part(catalog.get_part(session, parts["wiper"]))
    dialog.table.item(1, 2).setText("0")
    dialog.confirm()
    assert not dialog.error_label.isHidden() and "2" in dialog.error_label.text() and dialog.table.rowCount() == 2
    dialog.table.item(1, 2).setText("3")
    dialog.confirm()
    assert booked and on_hand(db, parts["wiper"]) == 12 and on_hand(db, parts["pads"]) == 6


def test_a_supplier_price_list_is_previewed_then_applied(qtbot, ctx: AppContext, db: Database,  # type: ignore[no-untyped-def]
                                                         people: dict, parts: dict) -> None:
    ctx.set_operator(people[Role.STORE])
    dialog = PriceListDialog(ctx)
    qtbot.addWidget(dialog)
    preview = dialog.load(workbook(PRICE_LIST), "博世配件.xlsx")
    assert preview is not None and dialog.supplier_edit.text() == "博世配件"
    assert dialog.table.rowCount() == 5 and dialog.apply_button.isEnabled()
    statuses = [dialog.table.item(row, 3).text() for row in range(5)]
    assert statuses == ["Error", "Changed", "Error", "Error", "Error"]
    assert "not a number" in dialog.table.item(4, 6).text()
    result = dialog.apply()
    assert result is not None and (result.updated, len(result.skipped)) == (1, 4)
    assert "1 updated" in dialog.summary_label.text()
    with db.session_scope() as session:
        assert catalog.get_part(session, parts["filter"]).supplier == "博世配件"
        assert catalog.get_part(session, parts["pads"]).cost == Decimal("60.00")  # its rows had errors
    dialog.grab().save("/tmp/shots/price_list_dialog.png")
    dialog.load(b"garbage", "x.xlsx")
    assert dialog.error_label.text() and not dialog.apply_button.isEnabled()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)  # disabled: nothing happens


def test_the_empty_price_list_is_saved_in_the_garages_language(qtbot, ctx: AppContext, people: dict,  # type: ignore[no-untyped-def]
                                                               parts: dict, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from dataclasses import replace

    from openpyxl import load_workbook

    from garage_desktop.services import settings
    from garage_desktop.services.supplier_prices import PriceStatus
    from garage_desktop.ui.dialogs import price_list_dialog

    ctx.set_operator(people[Role.OWNER])
    ctx.call(lambda session, actor: settings.save(session, actor, replace(settings.load(session),
                                                                          document_language="zh_CN")))
    ctx.set_operator(people[Role.STORE])
    dialog = PriceListDialog(ctx)
    qtbot.addWidget(dialog)
    target = tmp_path / "template.xlsx"
    offered: list[str] = []
    monkeypatch.setattr(price_list_dialog.QFileDialog, "getSaveFileName",
                        lambda _parent, _title, name, _filter: offered.append(name) or (str(target), ""))
    dialog.template_button.click()
    assert offered == ["价格表.xlsx"]
    book = load_workbook(target)
    sheet = book.active
    assert sheet.title == "价格表" and [c.value for c in sheet[1]][:5] == ["配件编号", "名称", "规格", "单位", "进价（元）"]
    sheet.append(["OF-02", "机油滤清器", "", "个", 21])
    book.save(target)
    preview = dialog.load(target.read_bytes(), "博世配件.xlsx")
    assert preview is not None and [(r.code, r.status) for r in preview.rows] == [("OF-02", PriceStatus.CHANGED)]
