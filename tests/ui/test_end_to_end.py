"""Issue 6's walk of one car through the real main window, by the people whose job each step is: book → intake →
estimate → confirm and print → dispatch → pick parts → added work approved → QC fails, rework, QC passes →
settle and print → deliver → follow-up call recorded. Every step is done through the tabs' widgets; the clock
moves on between the steps as it would through a working day."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDateTime, Qt, QTime
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from garage_desktop.db.models import RepairOrder
from garage_desktop.domain.added_work import ContactNeed
from garage_desktop.domain.classes import BodyView, DamageKind, JobClass, RegulatoryClass, Role
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.services import catalog, clock, orders, stock
from garage_desktop.services.catalog import OperationDraft, PartDraft
from garage_desktop.services.stock import ReceiptLine
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.main_window import MainWindow
from garage_desktop.ui.tabs import checkout_tab, estimate_tab, parts_tab, qc_tab, work_ticket_tab
from garage_desktop.ui.widgets.added_work_panel import BANNER_STYLES

S = OrderStatus
DAY = datetime(2026, 11, 28)
PLATE = "粵B7K921"
VIN = "LSVAU2180N2183294"  # a valid check digit
SHOTS = Path("/tmp/shots/end_to_end")


def at(hour: int, minute: int = 0, *, days: int = 0) -> datetime:
    return DAY.replace(hour=hour, minute=minute) + timedelta(days=days)


def pdf_text(data: bytes) -> str:
    """The PDF's text with the spaces and line breaks taken out (table cells split words at random places)."""
    return "".join(re.sub(r"\s+", "", page.extract_text() or "") for page in PdfReader(io.BytesIO(data)).pages)


@dataclass
class Walk:
    """The window, the people at the PC, and what the steps hand on to each other."""

    qtbot: QtBot
    window: MainWindow
    ctx: AppContext
    people: dict[Role, int]
    monkeypatch: pytest.MonkeyPatch
    tmp_path: Path
    order_id: int = 0
    order_no: str = ""
    part_id: int = 0
    previews: list[tuple[str, bytes]] = field(default_factory=list)

    def as_(self, role: Role) -> None:
        """The person of ``role`` takes the PC (the operator switch in the status bar; no PINs here)."""
        assert self.window.switch_operator(self.people[role])
        assert self.ctx.operator_id == self.people[role]

    def click(self, button: QWidget) -> None:
        assert button.isEnabled(), button.toolTip()
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def status(self) -> OrderStatus:
        summary = self.ctx.read(orders.summary, self.order_id)
        assert summary is not None
        return summary.status

    def header(self) -> str:
        """The current order as the window's header shows it."""
        return self.window.ui.currentOrderLabel.text()

    def open(self, expected_tab: str) -> QWidget:
        """Open the order the way the board and the search box do: the tab of its stage comes forward."""
        self.window.open_order(self.order_id)
        assert self.window.current_tab_key() == expected_tab
        assert self.ctx.current_order_id == self.order_id
        return self.window.tabs[expected_tab]

    def shot(self, name: str) -> None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        self.qtbot.wait(10)
        self.window.grab().save(str(SHOTS / f"{name}.png"))


@pytest.fixture
def walk(qtbot: QtBot, ctx: AppContext, people: dict[Role, int], monkeypatch: pytest.MonkeyPatch,
         tmp_path: Path) -> Walk:
    clock.set_fixed(at(8, 0))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return Walk(qtbot, window, ctx, people, monkeypatch, tmp_path)


# --- before the car: the catalog and the stock ---------------------------------------------------------------
def set_up_catalog_and_stock(w: Walk) -> None:
    """The owner writes the garage's catalog; the store keeper receives the brake pads. (Both have their own
    screens with their own tests — the settings' catalog page and the stock tab's receive dialog; here the
    services stand in for them.)"""
    w.as_(Role.OWNER)
    w.ctx.call(catalog.save_operation, None, OperationDraft("BR-001", "更換前剎車片", "剎車", "1.5"))
    pads = w.ctx.call(catalog.save_part, None, PartDraft("BP-01", "前剎車片", spec="博世 前輪", unit="套",
                                                         origin="oem", sale_price="380.00", cost="250.00",
                                                         bin_location="A-03"))
    w.as_(Role.STORE)
    w.ctx.call(stock.receive, "博世配件", [ReceiptLine(pads.id, "4", "250.00")])
    w.ctx.changed("stock")
    w.part_id = pads.id


# --- 預約 and 接車 ---------------------------------------------------------------------------------------------
def book_the_visit(w: Walk) -> None:
    w.as_(Role.ADVISOR)
    w.window.show_tab("appointments")
    booking = w.window.tabs["appointments"]
    ui = booking.ui
    ui.startTimeEdit.setTime(QTime(10, 0))
    ui.contactNameEdit.setText("林志明")
    w.qtbot.keyClicks(ui.contactPhoneEdit, "13800138000")
    ui.plateEdit.setText("粵B 7K921")
    w.click(ui.bookButton)
    assert ui.bookingTable.rowCount() == 1 and "林志明" in ui.resultLabel.text()


def receive_the_car(w: Walk) -> None:
    clock.set_fixed(at(10, 5))  # the car arrives
    booking = w.window.tabs["appointments"]
    booking.ui.bookingTable.selectRow(0)
    w.click(booking.ui.arrivedButton)
    assert w.window.current_tab_key() == "intake"
    w.order_id = w.ctx.current_order_id
    assert w.order_id and w.status() is S.BOOKED

    intake = w.window.tabs["intake"]
    ui = intake.ui
    assert (ui.nameEdit.text(), ui.plateEdit.text()) == ("林志明", PLATE)  # from the booking
    ui.vinEdit.setText(VIN)
    ui.makeEdit.setText("大眾")
    ui.modelEdit.setText("朗逸")
    w.qtbot.keyClicks(ui.mileageEdit, "45230")
    ui.complaintEdit.setPlainText("剎車時有異響")
    ui.jobClassCombo.setCurrentIndex(ui.jobClassCombo.findData(JobClass.MEDIUM))
    assert ui.regulatoryClassCombo.currentData() == RegulatoryClass.LEVEL2_MAINTENANCE  # needs a certificate
    ui.promisedAtEdit.setDateTime(QDateTime(at(17, 0).date(), at(17, 0).time()))
    diagram = intake.diagram
    w.click(diagram.view_buttons[BodyView.LEFT])
    w.click(diagram.kind_buttons[DamageKind.SCRATCH])
    w.qtbot.mouseClick(diagram.canvas, Qt.MouseButton.LeftButton, pos=diagram.canvas.point_for(720, 480))
    assert [m.kind for m in diagram.marks()] == [DamageKind.SCRATCH]
    w.click(ui.receiveButton)

    assert w.status() is S.RECEIVED
    summary = w.ctx.read(orders.summary, w.order_id)
    w.order_no = summary.order_no
    assert w.order_no == "WO20261128-001" and w.order_no in ui.resultLabel.text()
    assert w.order_no in w.header() and "Received" in w.header()
    w.shot("01_intake")


# --- 估價 and 開單 ---------------------------------------------------------------------------------------------
def estimate_and_confirm(w: Walk) -> None:
    clock.set_fixed(at(10, 30))
    w.as_(Role.INSPECTOR)
    tab = w.open("estimate")
    ui = tab.ui
    assert ui.stack.currentWidget() is ui.orderPage and w.order_no in ui.headerLabel.text()
    assert "剎車時有異響" in ui.complaintLabel.text()
    ui.diagnosisEdit.setPlainText("前剎車片磨損到極限")
    ui.labourSearchEdit.setFocus()
    w.qtbot.keyClicks(ui.labourSearchEdit, "BR-0")
    assert [hit.code for hit in tab.labour_picker.search_now()] == ["BR-001"]
    tab.labour_picker.choose(0)
    ui.partSearchEdit.setFocus()
    w.qtbot.keyClicks(ui.partSearchEdit, "BP-01")
    w.qtbot.keyClick(ui.partSearchEdit, Qt.Key.Key_Return)  # the single match is taken
    # 1.5 h × ¥100 × 1 (no model class) = ¥150, and the pads ¥380
    assert (ui.labourTotalValue.text(), ui.partsTotalValue.text(), ui.grossValue.text()) == (
        "¥150.00", "¥380.00", "¥530.00")
    ui.notifyAboveEdit.setText("600")  # the customer: phone me above ¥600
    ui.notifyAboveEdit.textEdited.emit("600")
    w.click(ui.mayReplaceNo)
    w.click(ui.saveButton)
    assert w.status() is S.ESTIMATED and "revision 1" in ui.resultLabel.text()

    # The advisor has the customer confirm the work order (開單).
    w.as_(Role.ADVISOR)
    asked: list[str] = []
    w.monkeypatch.setattr(estimate_tab, "ask_customer_name",
                          lambda _parent, suggested, summary: asked.append(summary) or suggested)
    w.click(ui.confirmButton)
    assert asked and "¥530.00" in asked[0]
    assert w.status() is S.CONFIRMED
    assert ui.lockedBanner.isVisible() and "林志明" in ui.lockedBanner.text()
    assert "Work order confirmed" in w.header()

    # The work order is printed to a PDF file for the customer's signature and the workshop.
    shown: list[QWidget] = []
    w.monkeypatch.setattr(estimate_tab, "run_dialog", shown.append)
    w.click(ui.printButton)
    target = shown[0].save_to(w.tmp_path / "work_order.pdf")  # type: ignore[attr-defined]
    text = pdf_text(target.read_bytes())
    assert w.order_no in text and PLATE in text
    shown[0].close()
    w.shot("02_estimate_confirmed")



# --- 派工, 領料, 追加項目, 完工 --------------------------------------------------------------------------------
def choose_line(tab: QWidget, row: int) -> None:
    tab.ui.labourTable.selectRow(row)
    line = tab.selected_line()
    assert line is not None and line.seq == row + 1


def dispatch_and_start(w: Walk) -> None:
    clock.set_fixed(at(11, 0))
    tab = w.open("work_ticket")  # a confirmed order opens in the work ticket
    ui = tab.ui
    assert ui.pages.currentWidget() is ui.ticketPage and w.order_no in ui.headerLabel.text()
    assert ui.labourTable.rowCount() == 1 and ui.partsTable.rowCount() == 1
    # The advisor gives the brake job to team 一組 and its foreman.
    choose_line(tab, 0)
    ui.teamCombo.setEditText("一組")
    ui.mechanicCombo.setCurrentIndex(ui.mechanicCombo.findData(w.people[Role.FOREMAN]))
    w.click(ui.dispatchButton)
    assert w.status() is S.DISPATCHED and ui.labourTable.item(0, 4).text() == "一組"
    assert not ui.startButton.isEnabled() and ui.startButton.toolTip()  # the foreman's, not the advisor's
    # The foreman enters that the mechanic started.
    clock.set_fixed(at(11, 5))
    w.as_(Role.FOREMAN)
    choose_line(tab, 0)
    w.click(ui.nowButton)  # the time field still says when the line was dispatched
    w.click(ui.startButton)
    assert w.status() is S.IN_REPAIR and ui.labourTable.item(0, 6).text() == "11-28 11:05"
    assert "In repair" in w.header()


def pick_the_parts(w: Walk) -> None:
    clock.set_fixed(at(11, 10))
    w.as_(Role.STORE)
    w.window.show_tab("parts")
    tab = w.window.tabs["parts"]
    ui = tab.ui
    assert ui.pages.currentWidget() is ui.pickPage  # the current order's pick list
    assert ui.linesTable.rowCount() == 1 and ui.linesTable.item(0, 1).text() == "BP-01"
    assert "1" in ui.linesTable.item(0, 6).text()  # one to issue
    ui.linesTable.selectRow(0)
    w.click(ui.issueButton)  # empty quantity: all that is left on the line
    assert ui.linesTable.item(0, 5).text() == "1" and ui.linesTable.item(0, 7).text() == "3"  # issued, on hand
    assert "final QC" in ui.reconciliationLabel.text()  # every planned part issued
    assert ui.movementsTable.rowCount() == 1
    # The work ticket shows the part issued too.
    w.window.show_tab("work_ticket")
    assert w.window.tabs["work_ticket"].ui.partsTable.item(0, 5).text() == "1"


def added_work_approved(w: Walk) -> None:
    clock.set_fixed(at(11, 30))
    w.as_(Role.INSPECTOR)
    tab = w.window.tabs["work_ticket"]
    w.window.show_tab("work_ticket")
    panel = tab.panel.ui
    panel.descriptionEdit.setText("後剎車分泵漏油，需更換")
    panel.labourHoursEdit.setText("1")
    # ¥530 + ¥100 passes the ¥600 the customer named: phone first
    assert "¥630.00" in panel.contactBanner.text()
    assert panel.contactBanner.styleSheet() == BANNER_STYLES[ContactNeed.MUST_PHONE]
    w.click(panel.proposeButton)
    assert w.status() is S.AWAITING_APPROVAL
    assert tab.ui.labourTable.rowCount() == 2 and tab.ticket.labour[1].added
    choose_line(tab, 1)
    assert not tab.ui.startButton.isEnabled() and not tab.ui.dispatchButton.isEnabled()

    # The advisor phones the customer, who says yes; the promised time stays.
    clock.set_fixed(at(11, 40))
    w.as_(Role.ADVISOR)
    proposal = tab.panel.selected_proposal()
    assert proposal is not None and proposal.state == "pending"
    panel.methodCombo.setCurrentIndex(panel.methodCombo.findData("phone"))
    panel.approvedRadio.setChecked(True)
    w.click(panel.recordButton)
    assert w.status() is S.IN_REPAIR and "approved" in tab.ui.resultLabel.text()
    assert "¥630.00" in panel.termsLabel.text()
    # The approved line is dispatched and started like any other.
    choose_line(tab, 1)
    tab.ui.teamCombo.setEditText("一組")
    w.click(tab.ui.dispatchButton)
    w.as_(Role.FOREMAN)
    choose_line(tab, 1)
    w.click(tab.ui.startButton)
    assert tab.ticket.labour[1].progress == "started"


def finish_the_repair(w: Walk) -> None:
    clock.set_fixed(at(13, 0))
    tab = w.window.tabs["work_ticket"]
    ui = tab.ui
    for row in (0, 1):
        choose_line(tab, row)
        w.click(ui.finishButton)
    assert [line.progress for line in tab.ticket.labour] == ["finished", "finished"]
    w.click(ui.reportButton)
    assert w.status() is S.QC_PENDING and "Awaiting final QC" in w.header()
    w.shot("03_repair_finished")


def test_one_car_through_the_whole_process(walk: Walk) -> None:
    set_up_catalog_and_stock(walk)
    book_the_visit(walk)
    receive_the_car(walk)
    estimate_and_confirm(walk)
    dispatch_and_start(walk)
    pick_the_parts(walk)
    added_work_approved(walk)
    finish_the_repair(walk)
