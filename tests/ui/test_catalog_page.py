"""The catalogs page: filter, owner-only editing, adding an operation, deleting, Excel export and import."""

from __future__ import annotations

import io
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from garage_desktop.db.engine import Database
from garage_desktop.domain.classes import Role
from garage_desktop.domain.pricing import HourUnit
from garage_desktop.services import catalog, catalog_excel, catalog_starter, settings
from garage_desktop.services.catalog_excel import ImportPreview, RowStatus
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.dialogs.catalog_import_dialog import CatalogImportDialog, status_text
from garage_desktop.ui.widgets import catalog_page
from garage_desktop.ui.widgets.catalog_page import CatalogPage


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext, db: Database, people: dict[Role, int]) -> CatalogPage:
    with db.session_scope() as session:
        catalog_starter.load_starter_catalog(session)
    ctx.set_operator(people[Role.OWNER])
    widget = CatalogPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    return widget


def column(table: QTableWidget, index: int) -> list[str]:
    return [table.item(r, index).text() for r in range(table.rowCount())]


def test_the_filter_finds_by_name_category_and_pinyin(qtbot: QtBot, page: CatalogPage) -> None:
    ui = page.ui
    assert ui.opTable.rowCount() == 44 and ui.partTable.rowCount() == 40
    ui.opFilterEdit.setText("剎車")
    assert ui.opTable.rowCount() >= 6
    assert all("剎車" in name or category == "剎車"
               for name, category in zip(column(ui.opTable, 1), column(ui.opTable, 2), strict=True))
    ui.opFilterEdit.clear()
    qtbot.keyClicks(ui.opFilterEdit, "ghjy")
    assert column(ui.opTable, 1) == ["更換機油機濾"]
    assert "1" in ui.opCountLabel.text()
    ui.partFilterEdit.setText("R134a")
    assert column(ui.partTable, 0) == ["LM-R134A"]


def test_other_roles_see_the_catalog_but_cannot_edit_it(qtbot: QtBot, page: CatalogPage, ctx: AppContext,
                                                         people: dict[Role, int]) -> None:
    ui = page.ui
    assert ui.opSaveButton.isEnabled() and ui.importButton.isEnabled() and ui.ownerOnlyLabel.isHidden()
    ctx.set_operator(people[Role.ADVISOR])
    for widget in (ui.opSaveButton, ui.opNewButton, ui.opDeleteButton, ui.opCodeEdit, ui.partPriceEdit,
                   ui.partOriginCombo, ui.importButton):
        assert not widget.isEnabled()
        assert widget.toolTip() == page.tr("Only the owner edits the catalogs")
    assert ui.ownerOnlyLabel.isVisible()
    assert ui.exportButton.isEnabled()  # looking and exporting is for everyone
    ui.opFilterEdit.setText("四輪")
    assert ui.opTable.rowCount() == 2


def test_add_an_operation_through_the_page(qtbot: QtBot, page: CatalogPage, db: Database) -> None:
    ui = page.ui
    ui.opTable.selectRow(0)
    assert ui.opCodeEdit.text() and ui.opDeleteButton.isEnabled()
    qtbot.mouseClick(ui.opNewButton, Qt.MouseButton.LeftButton)
    assert ui.opCodeEdit.text() == "" and not ui.opDeleteButton.isEnabled()
    qtbot.keyClicks(ui.opCodeEdit, "dp-010")
    ui.opNameEdit.setText("更換轉向橫拉桿球頭")
    ui.opCategoryCombo.setCurrentText("底盤")
    qtbot.keyClicks(ui.opHoursEdit, "1.255")
    qtbot.mouseClick(ui.opSaveButton, Qt.MouseButton.LeftButton)
    # Refused beside its field, and everything typed is still there.
    assert ui.opHoursError.isVisible() and ui.opHoursError.text()
    assert (ui.opCodeEdit.text(), ui.opNameEdit.text()) == ("dp-010", "更換轉向橫拉桿球頭")
    ui.opHoursEdit.setText("1.2")
    qtbot.keyClick(ui.opHoursEdit, Qt.Key.Key_Return)  # Enter saves
    assert ui.opHoursError.isHidden()
    assert ui.opCodeEdit.text() == "DP-010" and ui.opHoursEdit.text() == "1.20"
    assert "DP-010" in column(ui.opTable, 0)
    assert ui.opTable.item(ui.opTable.currentRow(), 0).text() == "DP-010"
    assert "DP-010" in ui.statusLabel.text()
    with db.session_scope() as session:
        saved = catalog.find_operation(session, "DP-010")
        assert (saved.name, saved.category, saved.standard_hours) == ("更換轉向橫拉桿球頭", "底盤", Decimal("1.20"))


def test_a_duplicate_code_is_shown_beside_the_code(qtbot: QtBot, page: CatalogPage) -> None:
    ui = page.ui
    ui.catalogTabs.setCurrentWidget(ui.partsPage)
    page.new_part()
    ui.partCodeEdit.setText("lq-jy-t01")
    ui.partNameEdit.setText("機油濾清器")
    ui.partPriceEdit.setText("45")
    qtbot.mouseClick(ui.partSaveButton, Qt.MouseButton.LeftButton)
    assert ui.partCodeError.isVisible() and "LQ-JY-T01" in ui.partCodeError.text()
    assert ui.partCodeEdit.hasFocus() or not page.isActiveWindow()


def test_delete_asks_first_and_then_removes(qtbot: QtBot, page: CatalogPage, db: Database,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    ui = page.ui
    ui.catalogTabs.setCurrentWidget(ui.partsPage)
    ui.partFilterEdit.setText("DL-01")
    ui.partTable.selectRow(0)
    asked: list[str] = []
    monkeypatch.setattr(catalog_page, "confirm_delete", lambda _parent, name: asked.append(name) or False)
    qtbot.mouseClick(ui.partDeleteButton, Qt.MouseButton.LeftButton)
    assert asked == ["DL-01 拋光蠟"] and ui.partTable.rowCount() == 1
    monkeypatch.setattr(catalog_page, "confirm_delete", lambda _parent, _name: True)
    qtbot.mouseClick(ui.partDeleteButton, Qt.MouseButton.LeftButton)
    assert ui.partTable.rowCount() == 0 and ui.partCodeEdit.text() == ""
    with db.session_scope() as session:
        assert catalog.search_parts(session, "DL-01") == []


def test_five_minute_units_are_shown_when_the_garage_counts_them(page: CatalogPage, db: Database,
                                                                 people: dict[Role, int]) -> None:
    ui = page.ui
    assert ui.opTable.isColumnHidden(catalog_page.UNITS_COLUMN)
    with db.session_scope() as session:
        current = settings.load(session)
        settings.save(session, people[Role.OWNER], replace(current, hour_unit=HourUnit.FIVE_MINUTES))
    page.on_data_changed(frozenset({"settings"}))
    assert not ui.opTable.isColumnHidden(catalog_page.UNITS_COLUMN)
    ui.opFilterEdit.setText("BY-001")
    assert ui.opTable.item(0, catalog_page.UNITS_COLUMN).text() == "6"
    ui.opTable.selectRow(0)
    assert "6" in ui.opUnitsLabel.text()


def make_edited_workbook(db: Database) -> bytes:
    with db.session_scope() as session:
        wb = openpyxl.load_workbook(io.BytesIO(catalog_excel.export_catalog(session)))
    parts = wb["配件"]
    row = next(c.row for c in parts["A"] if c.value == "LQ-JY-T01")
    parts.cell(row, 6).value = 52
    parts.append(["BAD-1", "", "", "個", "同質", "abc"])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_import_shows_the_preview_then_applies(qtbot: QtBot, page: CatalogPage, db: Database, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "目錄.xlsx"
    path.write_bytes(make_edited_workbook(db))
    seen: list[ImportPreview] = []
    monkeypatch.setattr(catalog_page, "ask_open_path", lambda _parent: str(path))
    monkeypatch.setattr(catalog_page, "confirm_import", lambda preview: seen.append(preview) or False)
    qtbot.mouseClick(page.ui.importButton, Qt.MouseButton.LeftButton)
    assert [(r.key, r.status) for r in seen[0].rows if r.status is not RowStatus.UNCHANGED] == [
        ("LQ-JY-T01", RowStatus.CHANGED), ("BAD-1", RowStatus.ERROR)]
    with db.session_scope() as session:  # cancelled: nothing changed
        assert catalog.search_parts(session, "LQ-JY-T01")[0].sale_price == Decimal("45.00")
    monkeypatch.setattr(catalog_page, "confirm_import", lambda preview: True)
    qtbot.mouseClick(page.ui.importButton, Qt.MouseButton.LeftButton)
    page.ui.partFilterEdit.setText("LQ-JY-T01")
    assert page.ui.partTable.item(0, 5).text() == "52.00"
    assert "1" in page.ui.statusLabel.text()


def test_the_preview_dialog_lists_rows_with_errors_and_changes(qtbot: QtBot, db: Database,
                                                                page: CatalogPage) -> None:
    edited = make_edited_workbook(db)
    with db.session_scope() as session:
        preview = catalog_excel.preview_import(session, edited)
    dialog = CatalogImportDialog(preview)
    qtbot.addWidget(dialog)
    shown = dialog.shown_rows()
    assert len(shown) == 2  # unchanged rows hidden until asked for
    changed = next(r for r in shown if r[2] == "LQ-JY-T01")
    assert changed[0] == "配件" and "45.00 → 52.00" in changed[5]
    bad = next(r for r in shown if r[2] == "BAD-1")
    assert bad[1] == "42"  # the header, 40 parts, then the added row
    assert bad[4] == status_text(RowStatus.ERROR)
    assert "abc" in bad[5]
    assert dialog.apply_button.isEnabled() and "1" in dialog.apply_button.text()
    dialog.ui.showUnchangedCheck.setChecked(True)
    assert len(dialog.shown_rows()) == len(preview.rows)
    dialog.resize(1000, 560)
    dialog.show()
    Path("/tmp/shots").mkdir(exist_ok=True)
    dialog.ui.showUnchangedCheck.setChecked(False)
    dialog.grab().save("/tmp/shots/catalog_import_preview.png")


def test_export_writes_a_workbook_in_the_garages_document_language(
        qtbot: QtBot, page: CatalogPage, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "catalog.xlsx"
    suggested: list[str] = []
    monkeypatch.setattr(catalog_page, "ask_save_path",
                        lambda _parent, name: suggested.append(name) or str(target))
    qtbot.mouseClick(page.ui.exportButton, Qt.MouseButton.LeftButton)
    assert suggested[0].endswith("20261128.xlsx") or suggested[0].endswith(".xlsx")
    wb = openpyxl.load_workbook(target)
    assert wb.sheetnames == ["Labour operations", "Parts", "Model classes"]  # none chosen: the window's (English)
    assert str(target) in page.ui.statusLabel.text()
    for language, names in (("zh_CN", ["工时定额", "配件", "车型系数"]), ("zh_TW", ["工時定額", "配件", "車型係數"])):
        ctx.call(lambda session, actor, chosen=language: settings.save(
            session, actor, replace(settings.load(session), document_language=chosen)))
        qtbot.mouseClick(page.ui.exportButton, Qt.MouseButton.LeftButton)
        wb = openpyxl.load_workbook(target)
        assert wb.sheetnames == names
        assert wb[names[0]]["A1"].value == ("代码" if language == "zh_CN" else "代碼")


def test_a_mainland_export_imports_back_through_the_page(qtbot: QtBot, page: CatalogPage, ctx: AppContext,
                                                         db: Database, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    with db.session_scope() as session:
        wb = openpyxl.load_workbook(io.BytesIO(catalog_excel.export_catalog(session, "zh_CN")))
    parts = wb["配件"]
    parts.cell(next(c.row for c in parts["A"] if c.value == "LQ-JY-T01"), 6).value = 52
    path = tmp_path / "目录.xlsx"
    wb.save(path)
    seen: list[ImportPreview] = []
    monkeypatch.setattr(catalog_page, "ask_open_path", lambda _parent: str(path))
    monkeypatch.setattr(catalog_page, "confirm_import", lambda preview: seen.append(preview) or True)
    qtbot.mouseClick(page.ui.importButton, Qt.MouseButton.LeftButton)
    assert [(r.sheet, r.key, r.status) for r in seen[0].rows if r.status is not RowStatus.UNCHANGED] == [
        ("配件", "LQ-JY-T01", RowStatus.CHANGED)]
    with db.session_scope() as session:
        assert catalog.search_parts(session, "LQ-JY-T01")[0].sale_price == Decimal("52.00")


def test_grab_the_page(qtbot: QtBot, page: CatalogPage) -> None:
    Path("/tmp/shots").mkdir(exist_ok=True)
    page.ui.opTable.selectRow(0)
    page.grab().save("/tmp/shots/catalog_page.png")
