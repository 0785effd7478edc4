"""Issue 6's walk of one car through the real main window, by the people whose job each step is: book → intake →
estimate → confirm and print → dispatch → pick parts → added work approved → QC fails, rework, QC passes →
settle and print → deliver → follow-up call recorded. Every step is done through the tabs' widgets; the clock
moves on between the steps as it would through a working day."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QTreeWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from garage_desktop.db.models import RepairOrder
from garage_desktop.domain.added_work import ContactNeed
from garage_desktop.domain.classes import BodyView, DamageKind, JobClass, RegulatoryClass, Role
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.services import catalog, clock, orders, stock
from garage_desktop.services.catalog import OperationDraft, PartDraft
from garage_desktop.services.stock import ReceiptLine
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.main_window import TABS, MainWindow
from garage_desktop.ui.models.board_model import Column
from garage_desktop.ui.tabs import checkout_tab, estimate_tab, parts_tab, qc_tab, work_ticket_tab
from garage_desktop.ui.widgets.added_work_panel import BANNER_STYLES

S = OrderStatus
DAY = datetime(2026, 11, 28)
PLATE = "粤B7K921"
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

    def listed(self, key: str, tree_name: str) -> list[QTreeWidgetItem]:
        """Our order's rows in a stage tab's list (shown with no order chosen)."""
        self.window.show_tab(key)
        tree = getattr(self.window.tabs[key].ui, tree_name)
        assert tree.isVisible(), f"{key}: {tree_name} is not shown"
        items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
        return [item for item in items if item.data(0, Qt.ItemDataRole.UserRole) in (self.order_id,
                                                                                     ("call", self.order_id))]

    def from_list(self, key: str, tree_name: str, *, gone_from: tuple[tuple[str, str], ...] = ()) -> QWidget:
        """With no order chosen, the stage tab lists the orders waiting there: Enter on ours opens it. The
        lists of the stages it has left no longer show it."""
        self.click(self.window.ui.clearOrderButton)
        assert self.ctx.current_order_id is None and "No order chosen" in self.header()
        for earlier, earlier_tree in gone_from:
            assert self.listed(earlier, earlier_tree) == [], f"still listed in {earlier}"
        ours = self.listed(key, tree_name)
        assert len(ours) == 1, f"{key}: the order is not listed in {tree_name}"
        tab = self.window.tabs[key]
        tree = getattr(tab.ui, tree_name)
        tree.setFocus()
        tree.setCurrentItem(ours[0])
        self.qtbot.keyClick(tree, Qt.Key.Key_Return)
        assert self.ctx.current_order_id == self.order_id
        assert self.window.current_tab_key() == key
        assert self.order_no in self.header()
        return tab

    def on_board(self) -> str | None:
        """The stage the workshop board shows for the car (None: not on the board), as seen across the room."""
        board = self.window.tabs["board"]
        for row in range(board.model.rowCount()):
            if board.model.index(row, Column.NUMBER).data() == self.order_no:
                return board.model.index(row, Column.STAGE).data()
        return None

    def search(self, expected_tab: str) -> QWidget:
        """The search box: the plate, then Enter."""
        self.window.ui.searchEdit.setText(PLATE[-4:])
        self.qtbot.keyClick(self.window.ui.searchEdit, Qt.Key.Key_Return)
        assert self.ctx.current_order_id == self.order_id
        assert self.window.current_tab_key() == expected_tab
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
    # The advisor looks through every tab first thing in the morning: from here on each tab is built and must
    # keep itself up to date from the change notices, as in a day's work at the reception PC.
    for key, _module, _class in TABS:
        window.show_tab(key)
    window.show_tab("board")
    return Walk(qtbot, window, ctx, people, monkeypatch, tmp_path)


# --- before the car: the catalog and the stock ---------------------------------------------------------------
def set_up_catalog_and_stock(w: Walk) -> None:
    """The owner writes the garage's catalog; the store keeper receives the parts. Done through the services:
    their screens (the settings' catalog page, the stock tab's receive dialog) have their own tests."""
    w.as_(Role.OWNER)
    w.ctx.call(catalog.save_operation, None, OperationDraft("BR-001", "更換前剎車片", "剎車", "1.5"))
    pads = w.ctx.call(catalog.save_part, None, PartDraft("BP-01", "前剎車片", spec="博世 前輪", unit="套",
                                                         origin="oem", sale_price="380.00", cost="250.00",
                                                         bin_location="A-03"))
    cylinder = w.ctx.call(catalog.save_part, None, PartDraft("BC-02", "後剎車分泵", spec="博世 左後", unit="個",
                                                             origin="oem", sale_price="260.00", cost="150.00",
                                                             bin_location="B-01"))
    w.as_(Role.STORE)
    w.ctx.call(stock.receive, "博世配件", [ReceiptLine(pads.id, "4", "250.00"), ReceiptLine(cylinder.id, "2")])
    w.ctx.changed("stock")


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
    assert booking.ui.bookingTable.item(0, 7).text() == "Received"  # the booking has arrived
    assert w.order_no in w.header() and "Received" in w.header()
    w.shot("01_intake")


# --- 估價 and 開單 ---------------------------------------------------------------------------------------------
def estimate_and_confirm(w: Walk) -> None:
    clock.set_fixed(at(10, 30))
    w.as_(Role.INSPECTOR)
    tab = w.from_list("estimate", "waitingList")
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
    w.as_(Role.ADVISOR)
    tab = w.from_list("work_ticket", "workshopList", gone_from=(("estimate", "waitingList"),))
    ui = tab.ui
    assert ui.pages.currentWidget() is ui.ticketPage and w.order_no in ui.headerLabel.text()
    assert ui.labourTable.rowCount() == 1 and ui.partsTable.rowCount() == 1
    # The advisor gives the brake job to team 一組 and its foreman.
    choose_line(tab, 0)
    ui.teamCombo.setEditText("一組")
    ui.mechanicCombo.setCurrentIndex(ui.mechanicCombo.findData(w.people[Role.FOREMAN]))
    w.click(ui.dispatchButton)
    assert w.status() is S.DISPATCHED and ui.labourTable.item(0, 4).text() == "一組"
    # The 派工單 goes to the team on paper.
    w.monkeypatch.setattr(work_ticket_tab, "open_preview", lambda pdf, title, _parent: w.previews.append((title, pdf)))
    w.click(ui.printButton)
    title, pdf = w.previews[-1]
    assert w.order_no in title
    assert all(text in pdf_text(pdf) for text in (w.order_no, PLATE, "一組", "更換前剎車片"))
    assert not ui.startButton.isEnabled() and ui.startButton.toolTip()  # the foreman's, not the advisor's
    # The foreman enters that the mechanic started.
    clock.set_fixed(at(11, 5))
    w.as_(Role.FOREMAN)
    choose_line(tab, 0)
    w.click(ui.startButton)
    assert w.status() is S.IN_REPAIR and ui.labourTable.item(0, 6).text() == "11-28 11:05"
    assert "In repair" in w.header()


def pick_the_parts(w: Walk) -> None:
    clock.set_fixed(at(11, 10))
    w.as_(Role.STORE)
    tab = w.from_list("parts", "waitingList")
    ui = tab.ui
    assert ui.pages.currentWidget() is ui.pickPage  # the current order's pick list
    assert ui.linesTable.rowCount() == 1 and ui.linesTable.item(0, 1).text() == "BP-01"
    assert ui.linesTable.item(0, 6).text() == "1"  # one to issue
    ui.linesTable.selectRow(0)
    w.click(ui.issueButton)  # empty quantity: all that is left on the line
    assert ui.linesTable.item(0, 5).text() == "1" and ui.linesTable.item(0, 7).text() == "3"  # issued, on hand
    assert "final QC" in ui.reconciliationLabel.text()  # every planned part issued
    assert ui.movementsTable.rowCount() == 1
    # The 領料單 with what was issued.
    w.monkeypatch.setattr(parts_tab, "open_preview", lambda pdf, title, _parent: w.previews.append((title, pdf)))
    w.click(ui.printButton)
    title, pdf = w.previews[-1]
    assert w.order_no in title
    assert all(text in pdf_text(pdf) for text in (w.order_no, "BP-01", "前剎車片", "A-03"))
    # The work ticket shows the part issued too.
    w.window.show_tab("work_ticket")
    assert w.window.tabs["work_ticket"].ui.partsTable.item(0, 5).text() == "1"


def added_work_approved(w: Walk) -> None:
    clock.set_fixed(at(11, 30))
    w.as_(Role.INSPECTOR)
    tab = w.window.tabs["work_ticket"]
    w.window.show_tab("work_ticket")
    panel = tab.panel.ui
    panel.descriptionEdit.setText("後剎車分泵漏油，需更換")  # the finding: the reason
    panel.workNameEdit.setText("更換後剎車分泵")  # the work: the labour line's name
    panel.labourHoursEdit.setText("1")
    w.qtbot.keyClicks(panel.partEdit, "BC-02")
    assert len(tab.panel.part_search.run_now()) == 1
    tab.panel.part_search.choose(0)  # the cylinder from the catalog, at its price
    assert (panel.partEdit.text(), panel.partPriceEdit.text()) == ("後剎車分泵", "260.00")
    # ¥530 + ¥100 + ¥260 passes the ¥600 the customer named: phone first
    assert "¥890.00" in panel.contactBanner.text()
    assert panel.contactBanner.styleSheet() == BANNER_STYLES[ContactNeed.MUST_PHONE]
    w.click(panel.proposeButton)
    assert w.status() is S.AWAITING_APPROVAL
    assert tab.ui.labourTable.rowCount() == 2 and tab.ticket.labour[1].added
    assert tab.ui.partsTable.rowCount() == 2 and tab.ticket.parts[1].added
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
    assert "Phone at 11-28 11:40" in panel.answerForLabel.text()  # when the advisor phoned, not when proposed
    assert "¥890.00" in panel.termsLabel.text()
    # The approved line is dispatched and started like any other.
    choose_line(tab, 1)
    tab.ui.teamCombo.setEditText("一組")
    w.click(tab.ui.dispatchButton)
    w.as_(Role.FOREMAN)
    choose_line(tab, 1)
    w.click(tab.ui.startButton)
    assert tab.ticket.labour[1].progress == "started"


def issue_the_added_part(w: Walk) -> None:
    """The store keeper issues the approved cylinder: it is on the order now, no approval slip needed."""
    clock.set_fixed(at(11, 50))
    w.as_(Role.STORE)
    w.window.show_tab("parts")
    ui = w.window.tabs["parts"].ui
    assert ui.pages.currentWidget() is ui.pickPage and ui.linesTable.rowCount() == 2
    assert ui.linesTable.item(1, 1).text() == "BC-02" and ui.linesTable.item(1, 10).text() == "Added work"
    assert "後剎車分泵: planned 1 個, never issued" in ui.reconciliationLabel.text()
    ui.linesTable.selectRow(1)
    w.click(ui.issueButton)
    assert ui.linesTable.item(1, 5).text() == "1" and ui.linesTable.item(1, 7).text() == "1"
    assert "may go to final QC" in ui.reconciliationLabel.text()


def finish_the_repair(w: Walk) -> None:
    clock.set_fixed(at(13, 0))
    w.as_(Role.FOREMAN)
    tab = w.open("work_ticket")  # a car in repair opens in the work ticket
    ui = tab.ui
    for row in (0, 1):
        choose_line(tab, row)
        w.click(ui.finishButton)
    assert [line.progress for line in tab.ticket.labour] == ["finished", "finished"]
    w.click(ui.reportButton)
    assert w.status() is S.QC_PENDING and "Awaiting final QC" in w.header()
    w.shot("03_repair_finished")


# --- 完工總檢: fail, rework, pass ------------------------------------------------------------------------------
def qc_row(tab: QWidget, key: str) -> int:
    table = tab.ui.checksTable
    return next(r for r in range(table.rowCount()) if table.item(r, 0).data(Qt.ItemDataRole.UserRole) == key)


def qc_fails_then_rework(w: Walk) -> None:
    clock.set_fixed(at(13, 30))
    w.as_(Role.INSPECTOR)
    tab = w.from_list("qc", "qcList", gone_from=(("work_ticket", "workshopList"),))
    ui = tab.ui
    assert ui.pages.currentWidget() is ui.orderPage and w.order_no in ui.headerLabel.text()
    assert tab.template is not None and tab.template.id == "level2_maintenance"
    brake = tab.view.lines[0]
    assert [(d.found_at, d.kind) for d in tab.view.damage] == [("intake", DamageKind.SCRATCH)]  # to compare
    w.click(ui.allPassButton)
    # The brake job is not right: the inspector picks its row and presses F.
    ui.checksTable.selectRow(qc_row(tab, brake.key))
    w.qtbot.keyClick(ui.checksTable, Qt.Key.Key_F)
    ui.noNewDamageCheck.setChecked(True)
    assert not ui.passButton.isEnabled()
    ui.reworkNoteEdit.setText("剎車踏板偏軟，重新排氣")
    w.click(ui.failButton)
    assert w.status() is S.REWORK and "1. 更換前剎車片" in ui.resultLabel.text()
    assert "Rework" in w.header() and w.on_board() == "Rework"
    w.shot("04_qc_failed")

    # The foreman opens the order: a car in rework opens in the work ticket, the line sent back open again.
    clock.set_fixed(at(14, 0))
    w.as_(Role.FOREMAN)
    ticket = w.open("work_ticket")
    assert [line.progress for line in ticket.ticket.labour] == ["started", "finished"]
    choose_line(ticket, 0)
    w.click(ticket.ui.finishButton)
    # The final-QC tab has seen it: its "Rework done" is open now (the work ticket's report does the same).
    qc_ui = w.window.tabs["qc"].ui
    assert qc_ui.reworkDoneButton.isEnabled(), qc_ui.reworkDoneButton.toolTip()
    w.click(ticket.ui.reportButton)
    assert w.status() is S.QC_PENDING


def qc_passes(w: Walk) -> None:
    clock.set_fixed(at(14, 30))
    w.as_(Role.INSPECTOR)
    tab = w.search("qc")
    ui = tab.ui
    assert tab.checklist.answers == {}  # a fresh checklist for the second inspection
    w.click(ui.allPassButton)
    ui.noNewDamageCheck.setChecked(True)
    ui.mileageEdit.setText("45238")
    w.click(ui.passButton)
    assert w.status() is S.READY and "Ready for pickup" in w.header()
    assert "HG2026-00001" in ui.resultLabel.text()  # 二級維護 needs the completion certificate
    with w.ctx.db.session_scope() as session:
        order = session.get(RepairOrder, w.order_id)
        assert order.passed_qc_first_time is False
        assert order.mileage_out == 45238
    # The completion certificate prints with the order and the car.
    w.monkeypatch.setattr(qc_tab, "open_preview", lambda pdf, title, _parent: w.previews.append((title, pdf)))
    w.click(ui.printCertificateButton)
    title, pdf = w.previews[-1]
    assert "HG2026-00001" in title
    assert w.order_no in pdf_text(pdf) and PLATE in pdf_text(pdf)


# --- 結算, 交車, 回訪 ----------------------------------------------------------------------------------------------
def settle_and_print(w: Walk) -> None:
    clock.set_fixed(at(15, 0))
    w.as_(Role.CASHIER)
    tab = w.from_list("checkout", "readyList", gone_from=(("qc", "qcList"), ("work_ticket", "workshopList")))
    ui = tab.ui
    assert ui.pages.currentWidget() is ui.orderPage and w.order_no in ui.headerLabel.text()
    assert ui.actionTabs.currentWidget() is ui.paymentTab
    # Labour ¥150 + the added ¥100, the pads ¥380 + the added cylinder ¥260: the confirmed and the approved
    # items, nothing else.
    names = [ui.linesTable.item(r, 2).text() for r in range(ui.linesTable.rowCount())]
    assert names == ["更換前剎車片", "更換後剎車分泵", "前剎車片", "後剎車分泵"]
    assert "¥890.00" in ui.totalsLabel.text() and ui.payAmountEdit.text() == "890.00"

    # The settlement list goes to the customer before payment.
    w.monkeypatch.setattr(checkout_tab, "open_preview", lambda pdf, title, _parent: w.previews.append((title, pdf)))
    w.click(ui.printSettlementButton)
    title, pdf = w.previews[-1]
    assert w.order_no in title
    text = pdf_text(pdf)
    for expected in (w.order_no, PLATE, "HG2026-00001", "Mileageout45,238km",
                     "更換前剎車片1.5100.001.0150.00", "更換後剎車分泵1.0100.001.0100.00added",  # labour
                     "前剎車片博世前輪OEM套1380.00380.00", "後剎車分泵博世左後OEM個1260.00260.00added",  # parts
                     "Labourcharge250.00", "Partscharge640.00", "Total890.00"):
        assert expected in text, expected

    # Cash: ¥900 handed over, ¥10 back.
    ui.methodCombo.setCurrentIndex(ui.methodCombo.findData("cash"))
    ui.tenderedEdit.setText("900")
    assert "¥10.00" in ui.changeLabel.text()
    w.click(ui.payButton)
    assert w.status() is S.SETTLED and "¥10.00" in ui.resultLabel.text()
    assert "Settled" in w.header()
    assert ui.actionTabs.currentWidget() is ui.handoverTab  # next: hand the car over
    w.click(ui.printReceiptButton)
    title, pdf = w.previews[-1]
    assert w.order_no in title and "890.00900.0010.00" in pdf_text(pdf)  # amount, handed over, change
    w.shot("05_settled")


def deliver(w: Walk) -> None:
    clock.set_fixed(at(15, 20))
    w.as_(Role.ADVISOR)
    tab = w.from_list("checkout", "settledList", gone_from=(("checkout", "readyList"),))
    ui = tab.ui
    assert ui.actionTabs.currentWidget() is ui.handoverTab
    assert "HG2026-00001" in ui.certificateLabel.text()
    for box in (ui.workExplainedCheck, ui.oldPartsShownCheck, ui.testDriveCheck, ui.remainingIssuesCheck):
        box.setChecked(True)
    ui.nextKmEdit.setText("50238")
    w.click(ui.deliverButton)
    assert w.status() is S.DELIVERED and "15:20" in ui.resultLabel.text()
    assert not ui.deliverButton.isEnabled()
    assert "Delivered" in w.header()
    assert w.on_board() is None  # the car has left the workshop board

    # While the customer is at the counter, the next service is booked from here.
    ui.nextVisitEdit.setDateTime(QDateTime(QDate(2027, 5, 27), QTime(9, 0)))
    ui.nextVisitNoteEdit.setText("五千公里保養")
    w.click(ui.bookButton)
    assert "2027-05-27 09:00" in ui.resultLabel.text()
    booking_id = w.ctx.read(orders.find_order_ids, PLATE)[0]
    assert booking_id != w.order_id
    w.window.open_order(booking_id)  # the booking opens in the appointments tab, on its day
    assert w.window.current_tab_key() == "appointments"
    appointments = w.window.tabs["appointments"]
    row = appointments.selected_row()
    assert row is not None and row.order_id == booking_id and row.note == "五千公里保養"
    assert appointments.shown_day() == datetime(2027, 5, 27).date()
    assert "Booked" in w.header() and PLATE in w.header()


def follow_up_call(w: Walk) -> None:
    clock.set_fixed(at(15, 30, days=2))  # two days later
    w.as_(Role.ADVISOR)
    tab = w.from_list("followup", "dueList", gone_from=(("checkout", "settledList"), ("followup", "upcomingList")))
    ui = tab.ui
    due = [ui.dueList.topLevelItem(i) for i in range(ui.dueList.topLevelItemCount())]
    assert [item.text(1) for item in due] == [PLATE]
    assert ui.actionPages.currentWidget() is ui.callPage and "林志明" in ui.headerLabel.text()
    assert "更換前剎車片" in ui.headerLabel.text()
    ui.reachedRadio.setChecked(True)
    ui.satisfactionCombo.setCurrentIndex(ui.satisfactionCombo.findData(5))
    ui.remarksEdit.setPlainText("剎車很安靜，謝謝")
    w.click(ui.recordButton)
    assert "recorded" in ui.resultLabel.text() and ui.dueList.topLevelItemCount() == 0
    assert [ui.historyList.topLevelItem(0).text(c) for c in (1, 3)] == [w.order_no, "reached, 5/5"]
    assert w.status() is S.FOLLOWED_UP and "Followed up" in w.header()
    w.shot("06_followed_up")


def test_one_car_through_the_whole_process(walk: Walk) -> None:
    set_up_catalog_and_stock(walk)
    book_the_visit(walk)
    receive_the_car(walk)
    assert walk.on_board() == "Received"
    estimate_and_confirm(walk)
    assert walk.on_board() == "Work order confirmed"
    dispatch_and_start(walk)
    assert walk.on_board() == "In repair"
    pick_the_parts(walk)
    added_work_approved(walk)
    assert walk.on_board() == "In repair"
    issue_the_added_part(walk)
    finish_the_repair(walk)
    assert walk.on_board() == "Awaiting final QC"
    qc_fails_then_rework(walk)
    assert walk.on_board() == "Awaiting final QC"
    qc_passes(walk)
    assert walk.on_board() == "Ready for pickup"
    settle_and_print(walk)
    assert walk.on_board() == "Settled"
    deliver(walk)
    follow_up_call(walk)

    # At the end the order is closed and the board does not show it.
    with walk.ctx.db.session_scope() as session:
        order = session.get(RepairOrder, walk.order_id)
        assert order.status is S.FOLLOWED_UP and order.closed_at == at(15, 30, days=2)
    walk.window.show_tab("board")
    board = walk.window.tabs["board"]
    assert board.model.rowCount() == 0 and board.ui.inShopValue.text() == "0"
