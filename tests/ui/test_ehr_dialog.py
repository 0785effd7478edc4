"""The health record dialog with real widgets offscreen: the month's settled orders with their state, the way to
where a problem is fixed, a part typed by hand given its catalog part, the export, and the Reports tab's button."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton

from garage_desktop.domain.classes import Role
from garage_desktop.domain.ehr import NO_MILEAGE, Problem
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.text import DomainError
from garage_desktop.services import catalog, checkout, checkout_documents, estimate
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.dialogs import ehr_dialog
from garage_desktop.ui.dialogs.ehr_dialog import EhrDialog
from garage_desktop.ui.tabs.reports_tab import ReportsTab
from tests.integration.test_ehr import register_garage, settled
from tests.integration.test_paperwork_truth import Job, Walk, dispatch, receive, repair_and_pass_qc

S = OrderStatus
NOVEMBER = date(2026, 11, 1)


def supplied_part_order(walk: Walk) -> int:
    """Settled with a part the customer brought, typed by hand: no part code."""
    order_id = receive(walk, plate="粵A50003", vin="LSVAM4185C2150003")
    labour = (estimate.LabourDraft(name="更換雨刮片", standard_hours="0.2", rate="100", coefficient="1"),)
    supplied = (estimate.PartDraft(name="客戶自帶雨刮片", unit="副", quantity="1", unit_price="0",
                                   customer_supplied=True),)
    walk(Role.ADVISOR, estimate.save_estimate, order_id, estimate.EstimateDraft(
        "雨刮老化", labour, supplied, notify_above="500", may_replace_found_parts=True))
    walk(Role.ADVISOR, estimate.confirm, order_id, customer_name="林志明")
    dispatch(walk, order_id, (Job("更換雨刮片", "0.2"),))
    repair_and_pass_qc(walk, order_id)
    owed = walk.read(checkout_documents.settlement_doc, order_id).customer_owes
    walk(Role.CASHIER, checkout.take_payment, order_id, "card", owed)
    return order_id


@pytest.fixture
def orders(ctx: AppContext, people: dict) -> SimpleNamespace:  # type: ignore[type-arg]
    walk = Walk(ctx.db, people)
    register_garage(walk)
    walk.at(datetime(2026, 11, 20, 9, 0))
    ready = settled(walk, plate="粵A50001")
    no_vin = settled(walk, plate="粵A50002", vin="")
    supplied = supplied_part_order(walk)
    return SimpleNamespace(walk=walk, ready=ready, no_vin=no_vin, supplied=supplied)


@pytest.fixture
def dialog(qtbot, ctx: AppContext, orders: SimpleNamespace) -> EhrDialog:  # type: ignore[no-untyped-def]
    widget = EhrDialog(ctx, NOVEMBER)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _row_of(dialog: EhrDialog, order_id: int) -> int:
    return next(r for r, row in enumerate(dialog.rows) if row.order_id == order_id)


def test_the_month_lists_each_settled_order_with_its_state(dialog: EhrDialog, orders: SimpleNamespace) -> None:
    assert [row.order_id for row in dialog.rows] == [orders.ready, orders.no_vin, orders.supplied]
    states = dialog.state_texts()
    assert states[0] == "Ready"
    assert states[1] == "Problem: Enter the VIN (the platform needs it)."
    assert states[2] == "Problem: The part 客戶自帶雨刮片 has no part code: choose it from the catalog."
    table = dialog.ui.ordersTable
    assert table.item(1, 4).toolTip() == "Enter the VIN (the platform needs it). (fix in: Intake)"
    assert table.item(0, 1).text().startswith("JS2026-")
    assert dialog.ui.summaryLabel.text() == (
        "3 orders settled in 2026-11: 1 ready to send, 2 held back by a problem. Double-click one to go where it "
        "is fixed.")
    assert dialog.ui.pages.count() == 2  # the upload queue is the second page


def test_a_vin_problem_opens_the_vehicle_form_and_the_vin_saved_makes_it_ready(
        qtbot, dialog: EhrDialog, orders: SimpleNamespace, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[tuple[str, str]] = []

    class Form:
        """The plate-and-VIN form as the user answers it: types the VIN and presses OK."""

        def __init__(self, plate: str, vin: str, submit) -> None:  # type: ignore[no-untyped-def]
            asked.append((plate, vin))
            self.submit = submit

        def exec(self) -> QDialog.DialogCode:
            self.submit("粵A50002", "LSVAM4185C2150002")
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialog, "vehicle_dialog", Form)
    table = dialog.ui.ordersTable
    row = _row_of(dialog, orders.no_vin)
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.ui.fixButton.isEnabled()
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert asked == [("粤A50002", "")]
    states = dialog.state_texts()
    assert states[_row_of(dialog, orders.no_vin)].startswith("Ready")  # read again after the change
    table.setCurrentCell(_row_of(dialog, orders.ready), 0)
    assert not dialog.ui.fixButton.isEnabled()  # nothing to fix on a ready record


def test_the_vehicle_form_keeps_what_was_typed_and_says_why_beside_the_vin(qtbot) -> None:  # type: ignore[no-untyped-def]
    saved: list[tuple[str, str]] = []

    def submit(plate: str, vin: str) -> None:
        if len(vin) != 17:
            raise DomainError("A VIN has 17 characters; this one has {count}.", field="vin", count=len(vin))
        saved.append((plate, vin))

    form = ehr_dialog.VehicleFixDialog("粤A50002", "", submit)
    qtbot.addWidget(form)
    form.show()
    form.vin_edit.setText("LSVAM4185C215000")
    form.confirm()
    assert form.vin_error.text() == "A VIN has 17 characters; this one has 16."
    assert form.isVisible() and form.vin_edit.text() == "LSVAM4185C215000"
    form.vin_edit.setText("LSVAM4185C2150002")
    form.confirm()
    assert saved == [("粤A50002", "LSVAM4185C2150002")]
    assert form.result() == QDialog.DialogCode.Accepted


def test_a_mileage_problem_opens_the_order_in_the_intake_tab(qtbot, dialog: EhrDialog,  # type: ignore[no-untyped-def]
                                                            orders: SimpleNamespace) -> None:
    row = _row_of(dialog, orders.no_vin)
    dialog.rows[row] = replace(dialog.rows[row], problems=(Problem(NO_MILEAGE, where="intake"),))
    with qtbot.waitSignal(dialog.ctx.open_order_in_requested) as opened:
        dialog.go_fix(row)
    assert opened.args == [orders.no_vin, "intake"]
    dialog.ui.ordersTable.setCurrentCell(row, 0)
    with qtbot.waitSignal(dialog.ctx.open_order_in_requested) as opened:
        qtbot.keyClick(dialog.ui.ordersTable, Qt.Key.Key_Return)
    assert opened.args == [orders.no_vin, "intake"]


def test_the_garages_numbers_are_fixed_in_the_settings_tab(qtbot, ctx: AppContext,  # type: ignore[no-untyped-def]
                                                         people: dict) -> None:
    walk = Walk(ctx.db, people)  # the licence number and credit code were never entered
    walk.at(datetime(2026, 11, 20, 9, 0))
    settled(walk, plate="粵A51001")
    dialog = EhrDialog(ctx, NOVEMBER)
    qtbot.addWidget(dialog)
    assert dialog.state_texts() == [
        "Problem: Enter the garage's road transport licence number (道路運輸經營許可證). (+1 more)"]
    with qtbot.waitSignal(ctx.show_tab_requested) as shown:
        dialog.go_fix(0)
    assert shown.args == ["settings"]


def test_a_part_typed_by_hand_gets_its_catalog_part_here(qtbot, dialog: EhrDialog,  # type: ignore[no-untyped-def]
                                                        orders: SimpleNamespace, monkeypatch) -> None:
    part_id = orders.walk(Role.OWNER, catalog.save_part, None, catalog.PartDraft("WB-600", "雨刮片 600mm", unit="副",
                                                                                 sale_price="80")).id
    asked: list[str] = []

    class Chooser:
        """The part chooser as the user answers it: picks WB-600 and presses OK."""

        def __init__(self, title: str, submit, _intro: str) -> None:  # type: ignore[no-untyped-def]
            asked.append(title)
            self.submit = submit

        def exec(self) -> QDialog.DialogCode:
            self.submit(part_id, "", "客戶自帶，同款")
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialog, "part_dialog", Chooser)
    dialog.go_fix(_row_of(dialog, orders.supplied))
    assert asked == ["Part code for 客戶自帶雨刮片"]
    assert dialog.state_texts()[_row_of(dialog, orders.supplied)] == "Ready"  # read again after the change


def test_export_json_and_csv_write_the_ready_records(qtbot, dialog: EhrDialog, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                     orders: SimpleNamespace, monkeypatch) -> None:
    suggested: list[str] = []

    def choose(_parent, proposal: str, csv: bool) -> str:  # type: ignore[no-untyped-def]
        suggested.append(proposal)
        return str(tmp_path / ("month.csv" if csv else "month"))  # the suffix is added when left out

    monkeypatch.setattr(ehr_dialog, "ask_export_path", choose)
    dialog.ui.exportJsonButton.click()
    records = json.loads((tmp_path / "month.json").read_text(encoding="utf-8"))
    assert [r["basicInfo"]["vehicleplatenumber"] for r in records] == ["粤A50001"]
    assert suggested[0].endswith("health-records-2026-11.json")
    assert dialog.ui.statusLabel.text() == (f"Saved 1 record(s) to {tmp_path / 'month.json'}. "
                                            "2 order(s) left out for their problems (listed above).")
    dialog.ui.exportCsvButton.click()
    assert (tmp_path / "month.csv").read_text(encoding="utf-8-sig").startswith("vehicleplatenumber,vin,")


def test_export_cancelled_writes_nothing_and_a_gone_folder_says_so(dialog: EhrDialog, tmp_path: Path,
                                                                   monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(ehr_dialog, "ask_export_path", lambda _p, _s, _c: "")
    dialog.ui.exportJsonButton.click()
    assert dialog.ui.statusLabel.text() == ""
    monkeypatch.setattr(ehr_dialog, "ask_export_path", lambda _p, _s, _c: str(tmp_path / "gone" / "x.json"))
    dialog.ui.exportJsonButton.click()
    assert dialog.ui.statusLabel.text().startswith(f"Could not write {tmp_path / 'gone' / 'x.json'}")


def test_the_reports_tab_opens_it_on_its_month(qtbot, ctx: AppContext,  # type: ignore[no-untyped-def]
                                               orders: SimpleNamespace) -> None:
    tab = ReportsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    tab.set_month(NOVEMBER)
    button = tab.findChild(QPushButton, "ehrButton")
    assert button.isVisible() and button.text() == "E&lectronic health record…"
    button.click()
    opened = next(w for w in tab.window().findChildren(EhrDialog))
    qtbot.addWidget(opened)
    assert opened.month == NOVEMBER
    assert len(opened.rows) == 3
    opened.close()


def test_the_owner_names_another_provinces_mapping_file(qtbot, dialog: EhrDialog, ctx: AppContext,  # type: ignore[no-untyped-def]
                                                       people: dict, tmp_path: Path, monkeypatch) -> None:
    province = tmp_path / "province.json"
    province.write_text(json.dumps({"record": {"base": {"plateNo": "plate"}, "items": [{"n": "name"}],
                                               "parts": [{"n": "name", "q": "quantity"}]}}), encoding="utf-8")
    monkeypatch.setattr(ehr_dialog, "ask_mapping_path", lambda _parent, _current: str(province))
    dialog.ui.mappingButton.click()  # the advisor may not
    assert dialog.ui.statusLabel.text().startswith("Only ")
    ctx.set_operator(people[Role.OWNER])
    dialog.ui.mappingButton.click()
    assert dialog.ui.statusLabel.text() == f"Records now use the field names of {province}."
    monkeypatch.setattr(ehr_dialog, "ask_export_path", lambda _p, _s, _c: str(tmp_path / "m.json"))
    dialog.ui.exportJsonButton.click()
    assert json.loads((tmp_path / "m.json").read_text(encoding="utf-8"))[0]["base"] == {"plateNo": "粤A50001"}
    other = tmp_path / "broken.json"  # a broken file is refused with the reason, nothing changes
    other.write_text("{", encoding="utf-8")
    monkeypatch.setattr(ehr_dialog, "ask_mapping_path", lambda _parent, _current: str(other))
    dialog.ui.mappingButton.click()
    assert dialog.ui.statusLabel.text().startswith(f"The field mapping file {other} cannot be used:")
    monkeypatch.setattr(ehr_dialog, "ask_mapping_path", lambda _parent, _current: "")
    dialog.ui.mappingButton.click()
    assert dialog.ui.statusLabel.text() == "Records now use the national field names shipped with the program."
