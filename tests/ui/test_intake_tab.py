"""The intake tab as the advisor uses it: find the customer, fill the visit, mark damage, receive the car."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from garage_desktop.db.models import Appointment, RepairOrder
from garage_desktop.domain.classes import BodyView, DamageKind, JobClass, Payer, RegulatoryClass
from garage_desktop.domain.lifecycle import Event, OrderStatus
from garage_desktop.services import clock, customers, orders
from garage_desktop.services.customers import CustomerForm, VehicleForm
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.tabs.intake_tab import IntakeTab
from tests.integration.test_customers import LIN_VIN

NOW = datetime(2026, 11, 28, 9, 30)


def open_tab(qtbot: QtBot, ctx: AppContext) -> IntakeTab:
    """The intake tab shown at NOW (other test modules open it the same way)."""
    clock.set_fixed(NOW)
    widget = IntakeTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def tab(qtbot: QtBot, ctx: AppContext) -> IntakeTab:
    return open_tab(qtbot, ctx)


def _known_lin(ctx: AppContext) -> tuple[int, int]:
    """林志明 and his car on file, last seen at 45,230 km."""
    with ctx.db.session_scope() as s:
        lin = customers.save_customer(s, ctx.operator_id, CustomerForm(name="林志明", phone="13812345678",
                                                                       address="廣州市天河區體育西路"))
        car = customers.save_vehicle(s, ctx.operator_id, VehicleForm(plate="粵A12345", vin=LIN_VIN, make="大眾",
                                                                     model="朗逸", year=2021, colour="白"), lin.id)
        customers.get_vehicle(s, car.vehicle.id).last_mileage = 45230
    return lin.id, car.vehicle.id


def _fill(tab: IntakeTab, qtbot: QtBot, *, vin: str = LIN_VIN) -> None:
    ui = tab.ui
    ui.nameEdit.setText("林志明")
    ui.phoneEdit.setText("138-1234-5678")
    ui.addressEdit.setText("廣州市天河區體育西路")
    ui.plateEdit.setText("粵A12345")
    ui.vinEdit.setText(vin)
    ui.makeEdit.setText("大眾")
    ui.modelEdit.setText("朗逸")
    ui.colourEdit.setText("白")
    qtbot.keyClicks(ui.mileageEdit, "45230")
    ui.fuelLevelSlider.setValue(3)
    ui.complaintEdit.setPlainText("冷車啟動時有異響，開十分鐘後消失")
    ui.itemsLeftEdit.setText("行車記錄儀")
    ui.jobClassCombo.setCurrentIndex(ui.jobClassCombo.findData(JobClass.MEDIUM))


def _click_diagram(tab: IntakeTab, qtbot: QtBot, view: BodyView, kind: DamageKind, x: int, y: int) -> None:
    diagram = tab.diagram
    qtbot.mouseClick(diagram.view_buttons[view], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(diagram.kind_buttons[kind], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(diagram.canvas, Qt.MouseButton.LeftButton, pos=diagram.canvas.point_for(x, y))


def _order_count(ctx: AppContext) -> int:
    with ctx.db.session_scope() as s:
        return s.scalar(select(func.count(RepairOrder.id)))


def test_receiving_a_walk_in_with_two_damage_marks(tab: IntakeTab, qtbot: QtBot, ctx: AppContext) -> None:
    _fill(tab, qtbot)
    assert tab.ui.regulatoryClassCombo.currentData() == RegulatoryClass.LEVEL2_MAINTENANCE  # follows 中修
    _click_diagram(tab, qtbot, BodyView.LEFT, DamageKind.SCRATCH, 720, 480)
    _click_diagram(tab, qtbot, BodyView.FRONT, DamageKind.DENT, 300, 650)
    tab.diagram.note_edit.setText("前保險槓凹")
    tab.diagram.note_edit.textEdited.emit("前保險槓凹")
    assert [(m.view, m.kind) for m in tab.diagram.marks()] == [(BodyView.LEFT, DamageKind.SCRATCH),
                                                               (BodyView.FRONT, DamageKind.DENT)]
    assert tab.diagram.view_buttons[BodyView.FRONT].text().endswith("(1)")

    with qtbot.waitSignal(ctx.data_changed) as changed:
        qtbot.mouseClick(tab.ui.receiveButton, Qt.MouseButton.LeftButton)
    assert changed.args[0] >= {"orders", "customers", "appointments"}

    assert "WO20261128-001" in tab.ui.resultLabel.text()
    assert ctx.current_order_id is not None
    with ctx.db.session_scope() as s:
        order = s.get(RepairOrder, ctx.current_order_id)
        assert order.status is OrderStatus.RECEIVED and order.order_no == "WO20261128-001"
        assert (order.mileage_in, order.fuel_level, order.job_class) == (45230, 3, JobClass.MEDIUM)
        assert order.customer.phone == "13812345678" and order.vehicle.vin == LIN_VIN
        marks = sorted((m.view, m.kind, m.note) for m in order.intake.damage_marks)
        assert marks == [(BodyView.FRONT, DamageKind.DENT, "前保險槓凹"), (BodyView.LEFT, DamageKind.SCRATCH, "")]
        x, y = next((m.x, m.y) for m in order.intake.damage_marks if m.view is BodyView.LEFT)
        assert abs(x - 720) <= 5 and abs(y - 480) <= 5
    # The tab now shows the new order for corrections.
    assert tab.ui.saveButton.isVisible() and not tab.ui.receiveButton.isVisible()
    assert "WO20261128-001" in tab.ui.modeLabel.text()
    assert tab.ui.waitingList.topLevelItemCount() == 1


def test_bad_vin_length_is_shown_beside_the_vin_and_nothing_typed_is_lost(tab: IntakeTab, qtbot: QtBot,
                                                                          ctx: AppContext) -> None:
    _fill(tab, qtbot, vin="LSVAU2180N218")
    _click_diagram(tab, qtbot, BodyView.REAR, DamageKind.CRACK, 500, 300)
    qtbot.mouseClick(tab.ui.receiveButton, Qt.MouseButton.LeftButton)

    assert tab.ui.vinError.isVisible()
    assert "17" in tab.ui.vinError.text() and "13" in tab.ui.vinError.text()
    assert not tab.ui.formError.isVisible() and not tab.ui.nameError.isVisible()
    assert tab.ui.vinEdit.hasFocus()
    ui = tab.ui
    assert (ui.nameEdit.text(), ui.phoneEdit.text(), ui.plateEdit.text(), ui.vinEdit.text()) == (
        "林志明", "138-1234-5678", "粵A12345", "LSVAU2180N218")
    assert (ui.mileageEdit.text(), ui.complaintEdit.toPlainText(), ui.itemsLeftEdit.text()) == (
        "45230", "冷車啟動時有異響，開十分鐘後消失", "行車記錄儀")
    assert ui.jobClassCombo.currentData() == JobClass.MEDIUM and ui.fuelLevelSlider.value() == 3
    assert [m.kind for m in tab.diagram.marks()] == [DamageKind.CRACK]
    assert _order_count(ctx) == 0

    # Corrected, the same form goes through.
    ui.vinEdit.setText(LIN_VIN)
    qtbot.keyClick(ui.complaintEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not ui.vinError.isVisible()
    assert _order_count(ctx) == 1


def test_missing_complaint_and_past_promise_are_refused_beside_their_fields(tab: IntakeTab, qtbot: QtBot,
                                                                            ctx: AppContext) -> None:
    _fill(tab, qtbot)
    tab.ui.complaintEdit.clear()
    qtbot.mouseClick(tab.ui.receiveButton, Qt.MouseButton.LeftButton)
    assert tab.ui.complaintError.isVisible() and tab.ui.complaintEdit.hasFocus()
    tab.ui.complaintEdit.setPlainText("剎車異響")
    tab.ui.promisedAtEdit.setDateTime(NOW - timedelta(hours=1))
    qtbot.mouseClick(tab.ui.receiveButton, Qt.MouseButton.LeftButton)
    assert tab.ui.promisedAtError.isVisible() and not tab.ui.complaintError.isVisible()
    assert _order_count(ctx) == 0


def test_search_lzm_finds_lin_and_fills_customer_and_car(tab: IntakeTab, qtbot: QtBot, ctx: AppContext) -> None:
    _known_lin(ctx)
    tab.ui.searchEdit.setFocus()
    qtbot.keyClicks(tab.ui.searchEdit, "lzm")
    qtbot.waitUntil(lambda: len(tab.search.hits) == 1)
    assert "林志明" in tab.search.model.item(0).text() and "粤A12345" in tab.search.model.item(0).text()
    tab.search.choose(0)

    ui = tab.ui
    assert (ui.nameEdit.text(), ui.phoneEdit.text(), ui.addressEdit.text()) == (
        "林志明", "13812345678", "廣州市天河區體育西路")
    assert (ui.plateEdit.text(), ui.vinEdit.text(), ui.makeEdit.text(), ui.modelEdit.text()) == (
        "粤A12345", LIN_VIN, "大眾", "朗逸")
    assert ui.yearSpin.value() == 2021 and "45,230" in ui.lastMileageLabel.text()
    assert ui.searchEdit.text() == "" and ui.mileageEdit.hasFocus()


def test_mileage_below_the_last_warns_in_amber_without_blocking(tab: IntakeTab, qtbot: QtBot,
                                                                 ctx: AppContext) -> None:
    _known_lin(ctx)
    tab.ui.searchEdit.setText("粵A12345")
    tab.search.run_now()
    tab.search.choose(0)
    qtbot.keyClicks(tab.ui.mileageEdit, "44000")
    tab.ui.complaintEdit.setFocus()  # leaving the field checks it
    qtbot.waitUntil(tab.ui.mileageError.isVisible)
    assert "45230" in tab.ui.mileageError.text().replace(",", "")
    assert "#b26a00" in tab.ui.mileageError.styleSheet()
    tab.ui.complaintEdit.setPlainText("換機油")
    qtbot.mouseClick(tab.ui.receiveButton, Qt.MouseButton.LeftButton)
    assert _order_count(ctx) == 1
    assert tab.ui.mileageError.isVisible() and "WO20261128-001" in tab.ui.resultLabel.text()


def _book(ctx: AppContext, plate: str) -> int:
    with ctx.db.session_scope() as s:
        order = RepairOrder(status=OrderStatus.BOOKED, job_class=JobClass.MAJOR,
                            regulatory_class=RegulatoryClass.ASSEMBLY_OVERHAUL, payer=Payer.CLAIM,
                            created_at=NOW, updated_at=NOW, created_by_id=ctx.operator_id)
        s.add(order)
        s.flush()
        s.add(Appointment(order_id=order.id, start_at=NOW + timedelta(minutes=30), contact_name="林太太",
                          contact_phone="13900001111", plate=plate, created_at=NOW))
        return order.id


def test_booking_is_prefilled_and_received_on_its_own_order(tab: IntakeTab, qtbot: QtBot, ctx: AppContext) -> None:
    _, vehicle_id = _known_lin(ctx)
    booking = _book(ctx, "粵A12345")
    tab.reload_waiting()
    item = tab.ui.waitingList.topLevelItem(0)
    assert item.text(1) == "粵A12345" and item.text(0) == "10:00"
    tab.ui.waitingList.itemActivated.emit(item, 0)  # double-click / Enter on the waiting list

    ui = tab.ui
    assert ctx.current_order_id == booking
    assert ui.plateEdit.text() == "粤A12345" and ui.nameEdit.text() == "林志明"  # the car on file was found
    assert tab._vehicle_id == vehicle_id and ui.makeEdit.text() == "大眾"
    assert ui.jobClassCombo.currentData() == JobClass.MAJOR and ui.payerCombo.currentData() == Payer.CLAIM
    assert "Booking" in ui.modeLabel.text()
    qtbot.keyClicks(ui.mileageEdit, "46000")
    ui.complaintEdit.setPlainText("事故後車門變形")
    qtbot.mouseClick(ui.receiveButton, Qt.MouseButton.LeftButton)
    with ctx.db.session_scope() as s:
        order = s.get(RepairOrder, booking)
        assert order.status is OrderStatus.RECEIVED and order.vehicle_id == vehicle_id
        assert order.payer is Payer.CLAIM and order.order_no == "WO20261128-001"
    assert _order_count(ctx) == 1


def test_unknown_booked_car_takes_the_booking_contact(tab: IntakeTab, ctx: AppContext) -> None:
    booking = _book(ctx, "粵B7K921")
    tab.on_current_order_changed(booking)
    assert (tab.ui.nameEdit.text(), tab.ui.phoneEdit.text(), tab.ui.plateEdit.text()) == (
        "林太太", "13900001111", "粤B7K921")
    assert tab._vehicle_id is None


def test_received_order_is_corrected_then_read_only_after_confirmation(tab: IntakeTab, qtbot: QtBot,
                                                                       ctx: AppContext) -> None:
    _fill(tab, qtbot)
    qtbot.mouseClick(tab.ui.receiveButton, Qt.MouseButton.LeftButton)
    order_id = ctx.current_order_id
    tab.ui.complaintEdit.setPlainText("異響；另請檢查空調")
    _click_diagram(tab, qtbot, BodyView.TOP, DamageKind.RUST, 500, 500)
    qtbot.mouseClick(tab.ui.saveButton, Qt.MouseButton.LeftButton)
    with ctx.db.session_scope() as s:
        order = s.get(RepairOrder, order_id)
        assert order.complaint == "異響；另請檢查空調"
        assert [m.kind for m in order.intake.damage_marks] == [DamageKind.RUST]
        orders.transition(s, order, Event.ESTIMATE, ctx.operator_id)
        orders.transition(s, order, Event.CONFIRM, ctx.operator_id)
    tab.on_current_order_changed(order_id)  # what the main window does after the change
    ui = tab.ui
    assert ui.complaintEdit.isReadOnly() and ui.nameEdit.isReadOnly() and not ui.jobClassCombo.isEnabled()
    assert not ui.saveButton.isEnabled() and "confirms the work order" in ui.saveButton.toolTip()
    assert not tab.diagram.kind_buttons[DamageKind.DENT].isEnabled()
    assert [m.kind for m in tab.diagram.marks()] == [DamageKind.RUST]


def test_clicking_a_mark_picks_it_for_removal(tab: IntakeTab, qtbot: QtBot) -> None:
    _click_diagram(tab, qtbot, BodyView.RIGHT, DamageKind.CHIP, 400, 500)
    _click_diagram(tab, qtbot, BodyView.RIGHT, DamageKind.MISSING, 800, 300)
    qtbot.mouseClick(tab.diagram.canvas, Qt.MouseButton.LeftButton, pos=tab.diagram.canvas.point_for(400, 500))
    assert tab.diagram.picked() == 0
    qtbot.mouseClick(tab.diagram.remove_button, Qt.MouseButton.LeftButton)
    assert [m.kind for m in tab.diagram.marks()] == [DamageKind.MISSING]


def test_typing_a_plate_already_on_file_suggests_picking_it(tab: IntakeTab, qtbot: QtBot,
                                                            ctx: AppContext) -> None:
    _known_lin(ctx)
    tab.ui.plateEdit.setText("粵a 12345")
    tab.ui.plateEdit.editingFinished.emit()
    assert tab.ui.plateError.isVisible() and "林志明" in tab.ui.plateError.text()
    assert "#b26a00" in tab.ui.plateError.styleSheet()


def test_new_customer_forgets_the_picked_one(tab: IntakeTab, ctx: AppContext) -> None:
    _known_lin(ctx)
    tab.ui.searchEdit.setText("lzm")
    tab.search.run_now()
    tab.search.choose(0)
    assert tab._customer_id is not None
    tab.ui.newCustomerButton.click()
    assert tab._customer_id is None and tab._vehicle_id is None and tab.ui.nameEdit.text() == ""
    assert tab.ui.nameEdit.hasFocus()


def test_a_car_already_in_the_garage_offers_its_open_order(tab: IntakeTab, qtbot: QtBot, ctx: AppContext,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """粵AW1387 got two open orders without a word: now the second intake is refused beside the plate, the form
    keeps what was typed, and the advisor is offered the order the car is on."""
    from PySide6.QtWidgets import QMessageBox

    _fill(tab, qtbot)
    qtbot.mouseClick(tab.ui.receiveButton, Qt.MouseButton.LeftButton)
    first = ctx.current_order_id
    asked: list[str] = []

    def answer(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Open

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))
    ctx.set_current_order(None)
    tab.on_current_order_changed(None)
    _fill(tab, qtbot)
    tab.ui.complaintEdit.setPlainText("剎車異響")
    with qtbot.waitSignal(ctx.open_order_requested) as opened:
        qtbot.mouseClick(tab.ui.receiveButton, Qt.MouseButton.LeftButton)
    assert opened.args == [first]
    assert asked and "WO20261128-001" in asked[0]
    assert _order_count(ctx) == 1
    assert "WO20261128-001" in tab.errors.labels["plate"].text()
    assert tab.ui.complaintEdit.toPlainText() == "剎車異響"  # nothing typed is lost
