"""The final-QC tab: the waiting list, the checklist and measured checks, new damage, fail → rework → pass."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from garage_desktop.db.engine import Database
from garage_desktop.domain.classes import BodyView, DamageKind, FuelType, JobClass, RegulatoryClass, Role
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.qc import Result
from garage_desktop.services import clock, qc, work_order
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.tabs import qc_tab
from garage_desktop.ui.tabs.qc_tab import QcTab
from tests.integration.test_qc import GOOD_READINGS, NOW, make_qc_order, order_of

SHOTS = Path("/tmp/shots/qc")
S = OrderStatus


@pytest.fixture(autouse=True)
def _fixed_clock() -> None:
    clock.set_fixed(NOW)


def make_tab(qtbot, ctx: AppContext, people: dict, role: Role = Role.INSPECTOR) -> QcTab:  # type: ignore[no-untyped-def]
    ctx.set_operator(people[role])
    tab = QcTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    return tab


def grab(tab: QcTab, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()  # the checklist's rows take their height once the columns have theirs
    tab.grab().save(str(SHOTS / f"{name}.png"))


def fill_readings(tab: QcTab, readings: dict[str, dict[str, str]]) -> None:
    for key, panel in tab.panels.items():
        for field, edit in panel.edits.items():
            if key in readings and field in readings[key]:
                edit.setText(readings[key][field])
                edit.textEdited.emit(edit.text())


def test_the_list_shows_cars_waiting_for_qc_and_rework(qtbot, ctx: AppContext, db: Database,  # type: ignore[no-untyped-def]
                                                        people: dict) -> None:
    waiting = make_qc_order(db)
    make_qc_order(db, status=S.REWORK)
    make_qc_order(db, status=S.IN_REPAIR)
    tab = make_tab(qtbot, ctx, people)
    assert tab.windowTitle() == "Final QC"
    assert tab.ui.pages.currentWidget() is tab.ui.listPage
    assert tab.ui.qcList.topLevelItemCount() == 2
    first = tab.ui.qcList.topLevelItem(0)
    tab.ui.qcList.itemActivated.emit(first, 0)
    assert ctx.current_order_id == waiting
    assert tab.ui.pages.currentWidget() is tab.ui.orderPage


def test_only_an_inspector_gets_an_editable_checklist(qtbot, ctx: AppContext, db: Database,  # type: ignore[no-untyped-def]
                                                      people: dict) -> None:
    order_id = make_qc_order(db)
    ctx.current_order_id = order_id
    tab = make_tab(qtbot, ctx, people, Role.ADVISOR)
    assert not tab.ui.passItemButton.isEnabled()
    assert not tab.ui.passButton.isEnabled()
    assert "Only Inspector" in tab.ui.passButton.toolTip()


def test_a_failing_measurement_is_shown_in_red_and_blocks_the_pass(qtbot, ctx: AppContext, db: Database,  # type: ignore[no-untyped-def]
                                                                   people: dict) -> None:
    order_id = make_qc_order(db, regulatory=RegulatoryClass.ASSEMBLY_OVERHAUL, job=JobClass.MAJOR, marks=2)
    ctx.current_order_id = order_id
    tab = make_tab(qtbot, ctx, people)
    assert tab.template is not None and tab.template.id == "engine_overhaul"
    assert set(tab.panels) >= {"compression", "start_cold", "weight_gain", "oil_pressure"}
    assert not tab.panels["emissions_diesel"].applies  # a petrol car
    tab.all_unanswered_pass()
    fill_readings(tab, {**GOOD_READINGS, "compression": {"count": "4", "cylinders": "1025.1 974.9 1000 1000"}})
    tab.ui.noNewDamageCheck.setChecked(True)
    verdict = tab.panels["compression"].verdict_label.text()
    assert "5.02" in verdict and "#c62828" in verdict
    assert not tab.ui.passButton.isEnabled() and tab.ui.failButton.isEnabled()
    assert "5.02" not in tab.panels["weight_gain"].verdict_label.text()
    tab.diagram.set_view(BodyView.LEFT)
    grab(tab, "qc_tab_failing_measurement")
    fill_readings(tab, {"compression": {"cylinders": "1025 975 1000 1010"}})  # exactly 5 %: passes
    assert tab.ui.passButton.isEnabled()
    fill_readings(tab, {"compression": {"cylinders": "1025,975,,1010"}})  # a cylinder left out: not a 3-cylinder
    assert not tab.ui.passButton.isEnabled()
    assert "#c62828" not in tab.panels["compression"].verdict_label.text()  # waiting for it, not failed


def test_new_damage_blocks_the_pass_until_resolved(qtbot, ctx: AppContext, db: Database,  # type: ignore[no-untyped-def]
                                                   people: dict) -> None:
    order_id = make_qc_order(db, marks=1)
    ctx.current_order_id = order_id
    tab = make_tab(qtbot, ctx, people)
    tab.all_unanswered_pass()
    tab.ui.noNewDamageCheck.setChecked(True)
    assert tab.ui.passButton.isEnabled()
    tab.diagram.set_view(BodyView.FRONT)
    tab.diagram.set_kind(DamageKind.DENT)
    qtbot.mouseClick(tab.diagram.canvas, Qt.MouseButton.LeftButton, pos=tab.diagram.canvas.point_for(500, 450))
    assert tab.view is not None and [d.found_at for d in tab.view.damage] == ["intake", "qc"]
    assert tab.diagram.picked() == 1
    tab.diagram.note_edit.setText("前保險槓凹陷")
    tab.diagram.note_edit.textEdited.emit("前保險槓凹陷")
    tab.diagram.note_edit.editingFinished.emit()
    assert tab.view.damage[1].note == "前保險槓凹陷"
    assert tab.all_unanswered_pass() is None and not tab.ui.passButton.isEnabled()
    assert "#2" in tab.ui.passButton.toolTip()
    grab(tab, "qc_tab_new_damage")
    tab.diagram.pick(1)
    tab.ui.resolveEdit.setText("鈑金組已修復")
    tab.ui.resolveButton.click()
    assert tab.view.damage[1].resolved_note == "鈑金組已修復"
    assert tab.ui.passButton.isEnabled()


def test_fail_rework_and_pass(qtbot, ctx: AppContext, db: Database, people: dict,  # type: ignore[no-untyped-def]
                              monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    order_id = make_qc_order(db, regulatory=RegulatoryClass.LEVEL2_MAINTENANCE, job=JobClass.MEDIUM,
                             fuel=FuelType.DIESEL)
    ctx.current_order_id = order_id
    tab = make_tab(qtbot, ctx, people)
    assert tab.template is not None and tab.template.id == "level2_maintenance"
    assert not tab.ui.measuredGroup.isVisibleTo(tab)
    view = tab.view
    assert view is not None
    brake_line = view.lines[1]
    tab.all_unanswered_pass()
    # The inspector picks the brake line's row and presses F: it fails, and so does the whole inspection.
    table = tab.ui.checksTable
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).data(Qt.ItemDataRole.UserRole) == brake_line.key)
    table.selectRow(row)
    qtbot.keyClick(table, Qt.Key.Key_F)
    assert tab.checklist.answers[brake_line.key][0] is Result.FAIL
    tab.ui.noNewDamageCheck.setChecked(True)
    assert not tab.ui.passButton.isEnabled()
    tab.ui.reworkNoteEdit.setText("剎車踏板偏軟，重新排氣")
    tab.ui.failButton.click()
    assert order_of(db, order_id)[:2] == (S.REWORK, False)
    assert "2. 更換剎車片" in tab.ui.resultLabel.text()
    assert tab.ui.reworkDoneButton.isVisible() and not tab.ui.reworkDoneButton.isEnabled()
    grab(tab, "qc_tab_rework")

    # The foreman finishes the line again and reports the rework done.
    with db.session_scope() as session:
        work_order.finish_line(session, people[Role.FOREMAN], order_id, brake_line.id)
    ctx.set_operator(people[Role.FOREMAN])
    assert tab.ui.reworkDoneButton.isEnabled()
    tab.ui.reworkDoneButton.click()
    assert order_of(db, order_id)[0] is S.QC_PENDING

    # Second inspection: a fresh checklist; everything passes and a certificate is issued.
    ctx.set_operator(people[Role.INSPECTOR])
    assert tab.checklist.answers == {}
    tab.all_unanswered_pass()
    tab.ui.noNewDamageCheck.setChecked(True)
    tab.ui.mileageEdit.setText("45262")
    assert tab.ui.passButton.isEnabled()
    assert not tab.ui.customerToldCheck.isChecked()  # never pre-ticked: a pass records no call nobody made
    tab.ui.customerToldCheck.setChecked(True)  # the inspector phoned the customer
    tab.ui.passButton.click()
    status, first_time, ready_at, told_at, mileage_out = order_of(db, order_id)
    assert (status, first_time, ready_at, told_at, mileage_out) == (S.READY, False, NOW, NOW, 45262)
    assert "HG2026-00001" in tab.ui.resultLabel.text()
    assert tab.ui.printCertificateButton.isEnabled()
    grab(tab, "qc_tab_passed")

    saved: list[tuple[bytes, str]] = []
    monkeypatch.setattr(qc_tab, "open_preview", lambda pdf, title, parent: saved.append((pdf, title)))
    tab.ui.printSheetButton.click()
    tab.ui.printCertificateButton.click()
    assert [title for _, title in saved] == [f"QC sheet {view.order_no}", "Completion certificate HG2026-00001"]
    assert all(pdf.startswith(b"%PDF") for pdf, _ in saved)
    with db.session_scope() as session:
        assert [i.attempt for i in qc.qc_view(session, order_id).inspections] == [1, 2]


def test_the_inspection_fits_a_1280_by_800_window(qtbot, ctx: AppContext, db: Database,  # type: ignore[no-untyped-def]
                                                  people: dict) -> None:
    """The tab is built before it is first shown (as the main window does): both verdict buttons are there, the
    panels of the first fill are not painted over the new ones, and nothing forces the window taller than 800."""
    order_id = make_qc_order(db, regulatory=RegulatoryClass.ASSEMBLY_OVERHAUL, job=JobClass.MAJOR, marks=2)
    ctx.set_operator(people[Role.INSPECTOR])
    ctx.current_order_id = order_id
    tab = QcTab(ctx)
    qtbot.addWidget(tab)
    tab.show_order(order_id)  # the main window tells a freshly built tab the current order again
    tab.resize(1280, 683)  # the page a 1280×800 main window gives a tab
    tab.show()
    qtbot.waitExposed(tab)
    assert not tab.ui.passButton.isHidden() and not tab.ui.failButton.isHidden()
    painted = [p for p in tab.ui.measuredHolder.findChildren(type(tab.panels["compression"])) if p.isVisible()]
    assert painted == list(tab.panels.values())
    assert tab.minimumSizeHint().height() <= 683
    diagram = tab.diagram
    assert diagram.canvas.geometry().bottom() < diagram.list.geometry().top()  # the car is not under the list


def test_a_booking_shows_the_waiting_list(qtbot, ctx: AppContext, db: Database,  # type: ignore[no-untyped-def]
                                          people: dict) -> None:
    """A car that has not come in yet has no checks to answer: not an empty inspection saying all is done."""
    booking = make_qc_order(db, status=S.BOOKED)
    tab = make_tab(qtbot, ctx, people)
    tab.on_current_order_changed(booking)
    assert tab.view is None and tab.ui.pages.currentWidget() is tab.ui.listPage


def test_answers_typed_are_kept_while_the_inspector_looks_at_another_car(
        qtbot, ctx: AppContext, db: Database, people: dict) -> None:  # type: ignore[no-untyped-def]
    """Half an inspection typed, another car opened (the board, the list), back again: nothing typed is lost."""
    first = make_qc_order(db, regulatory=RegulatoryClass.ASSEMBLY_OVERHAUL, job=JobClass.MAJOR)
    second = make_qc_order(db)
    ctx.current_order_id = first
    tab = make_tab(qtbot, ctx, people)
    tab.all_unanswered_pass()
    fill_readings(tab, {"compression": {"count": "4", "cylinders": "1025 975 1000 1010"}})
    tab.ui.noNewDamageCheck.setChecked(True)
    tab.ui.mileageEdit.setText("45262")
    tab.ui.reworkNoteEdit.setText("右前輪異響再聽一次")
    typed = dict(tab.checklist.answers)

    ctx.current_order_changed.connect(tab.on_current_order_changed)  # as the main window relays it
    ctx.set_current_order(second)
    assert tab.view is not None and tab.view.order_id == second
    assert tab.checklist.answers == {} and tab.ui.mileageEdit.text() == ""  # the other car's own, empty form
    ctx.set_current_order(None)  # the waiting list
    assert tab.ui.pages.currentWidget() is tab.ui.listPage
    ctx.set_current_order(first)

    assert tab.checklist.answers == typed
    assert tab.panels["compression"].edits["cylinders"].text() == "1025 975 1000 1010"
    assert tab.panels["compression"].edits["count"].text() == "4"
    assert tab.ui.noNewDamageCheck.isChecked()
    assert (tab.ui.mileageEdit.text(), tab.ui.reworkNoteEdit.text()) == ("45262", "右前輪異響再聽一次")


def test_a_draft_is_gone_once_the_inspection_is_recorded(
        qtbot, ctx: AppContext, db: Database, people: dict) -> None:  # type: ignore[no-untyped-def]
    order_id = make_qc_order(db)
    other = make_qc_order(db)
    ctx.current_order_id = order_id
    tab = make_tab(qtbot, ctx, people)
    tab.all_unanswered_pass()
    tab.ui.noNewDamageCheck.setChecked(True)
    ctx.current_order_changed.connect(tab.on_current_order_changed)
    ctx.set_current_order(other)
    ctx.set_current_order(order_id)
    assert tab.ui.passButton.isEnabled()  # the kept answers pass
    tab.ui.passButton.click()
    assert order_of(db, order_id)[0] is S.READY
    assert tab._drafts == {}
