"""The work ticket as the foreman and the advisor use it: dispatch, start, finish, added work and its answer."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, Qt
from pytestqt.qtbot import QtBot

from garage_desktop.domain.added_work import ContactNeed
from garage_desktop.domain.classes import Role
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.services import clock
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.tabs import work_ticket_tab
from garage_desktop.ui.tabs.work_ticket_tab import WorkTicketTab
from garage_desktop.ui.widgets.added_work_panel import BANNER_STYLES
from tests.integration.test_work_order import make_confirmed_order, parts_not_needed

NOW = datetime(2026, 11, 28, 10, 0)
SHOTS = Path("/tmp/shots")


@pytest.fixture
def tab(qtbot: QtBot, ctx: AppContext) -> WorkTicketTab:
    clock.set_fixed(NOW)
    widget = WorkTicketTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _shot(widget: WorkTicketTab, name: str, qtbot: QtBot) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    qtbot.wait(20)  # let the layouts settle, as they do on screen
    widget.grab().save(str(SHOTS / f"{name}.png"))


def _choose_line(tab: WorkTicketTab, row: int) -> None:
    tab.ui.labourTable.selectRow(row)
    assert tab.selected_line() is not None and tab.selected_line().seq == row + 1


def _click(qtbot: QtBot, button: object) -> None:
    assert button.isEnabled(), button.toolTip()  # type: ignore[attr-defined]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def _at(tab: WorkTicketTab, moment: datetime) -> None:
    tab.ui.atEdit.setDateTime(QDateTime(moment.date(), moment.time()))


def test_with_no_order_the_workshop_list_opens_an_order(tab: WorkTicketTab, ctx: AppContext,
                                                         qtbot: QtBot) -> None:
    assert tab.ui.listEmptyLabel.isVisible()
    late = make_confirmed_order(ctx.db, promised_at=NOW - timedelta(minutes=30))
    order_id = make_confirmed_order(ctx.db)
    tab.reload()
    assert tab.ui.pages.currentWidget() is tab.ui.listPage and not tab.ui.listEmptyLabel.isVisible()
    tree = tab.ui.workshopList
    assert [tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) for i in range(2)] == [late, order_id]
    assert tree.topLevelItem(0).toolTip(0)  # the late one says so
    assert tree.topLevelItem(1).text(6) == "王小明"  # the advisor has it until it is dispatched
    _shot(tab, "work_ticket_list", qtbot)
    tree.itemActivated.emit(tree.topLevelItem(1), 0)
    assert ctx.current_order_id == order_id
    assert tab.ui.pages.currentWidget() is tab.ui.ticketPage
    assert tab.ui.labourTable.rowCount() == 2
    assert tab.windowTitle()


def test_dispatch_start_finish_and_added_work(tab: WorkTicketTab, qtbot: QtBot, ctx: AppContext,
                                              people: dict, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    ui = tab.ui
    order_id = make_confirmed_order(ctx.db)
    ctx.set_current_order(order_id)
    tab.on_current_order_changed(order_id)
    assert ui.pages.currentWidget() is ui.ticketPage

    # The advisor dispatches line 1 to team 一組 and its foreman.
    _choose_line(tab, 0)
    assert not ui.startButton.isEnabled() and ui.startButton.toolTip()  # not dispatched: the reason is shown
    ui.teamCombo.setEditText("一組")
    ui.mechanicCombo.setCurrentIndex(ui.mechanicCombo.findData(people[Role.FOREMAN]))
    _click(qtbot, ui.dispatchButton)
    assert tab.ticket is not None and tab.ticket.status is OrderStatus.DISPATCHED
    assert ui.labourTable.item(0, 4).text() == "一組" and ui.labourTable.item(0, 5).text() == "張班長"
    _choose_line(tab, 1)
    ui.teamCombo.setEditText("一組")
    _click(qtbot, ui.dispatchButton)

    # Start and finish are the foreman's: the advisor sees why not.
    _choose_line(tab, 0)
    assert not ui.startButton.isEnabled() and ui.startButton.toolTip()
    ctx.set_operator(people[Role.FOREMAN])
    _choose_line(tab, 0)
    _at(tab, NOW - timedelta(minutes=45))
    _click(qtbot, ui.startButton)
    assert tab.ticket.status is OrderStatus.IN_REPAIR
    assert ui.labourTable.item(0, 6).text() == "11-28 09:15"
    _choose_line(tab, 0)
    _click(qtbot, ui.finishButton)  # at "now", the default
    assert ui.labourTable.item(0, 7).text() == "11-28 10:00"
    _choose_line(tab, 1)
    _at(tab, NOW - timedelta(minutes=30))
    _click(qtbot, ui.startButton)
    # Line 2 is in work: the foreman's report would finish it too (issue 14), and says so.
    assert ui.reportButton.isEnabled() and "2." in ui.reportButton.toolTip()
    assert ui.reportButton.text() == "Finish all → final &QC"
    ctx.set_operator(people[Role.ADVISOR])  # who enters no line times cannot: line 2 is not finished
    assert not ui.reportButton.isEnabled() and ui.reportButton.text() == "Repair finished → final &QC"
    ctx.set_operator(people[Role.FOREMAN])

    # The inspector proposes an added item: the banner shows the customer must be phoned first.
    ctx.set_operator(people[Role.INSPECTOR])
    panel = tab.panel.ui
    panel.descriptionEdit.setText("正時皮帶有裂紋，建議更換")
    panel.workNameEdit.setText("更換正時皮帶")
    panel.labourHoursEdit.setText("3")
    panel.partEdit.setText("正時皮帶套件")
    panel.partQtyEdit.setText("1")
    panel.partPriceEdit.setText("520")
    panel.foundPartCheck.setChecked(True)
    assert "¥1,680.00" in panel.contactBanner.text()  # 800 + 360 + 520, over the ¥1,500 notify amount
    assert panel.contactBanner.styleSheet() == BANNER_STYLES[ContactNeed.MUST_PHONE]
    _shot(tab, "work_ticket_proposing", qtbot)
    _click(qtbot, panel.proposeButton)
    assert tab.ticket.status is OrderStatus.AWAITING_APPROVAL
    added_row = 2
    assert tab.ticket.labour[added_row].added  # shown in amber until the customer answers
    assert ui.labourTable.item(added_row, 1).foreground() == work_ticket_tab.PENDING
    _choose_line(tab, added_row)
    assert not ui.startButton.isEnabled() and not ui.dispatchButton.isEnabled()

    # The advisor records the customer's yes: first by message (refused: over the amount), then by phone.
    ctx.set_operator(people[Role.ADVISOR])
    assert tab.panel.selected_proposal() is not None and tab.panel.selected_proposal().state == "pending"
    panel.contactedAtEdit.setDateTime(QDateTime(NOW.date(), NOW.time()))
    panel.methodCombo.setCurrentIndex(panel.methodCombo.findData("message"))
    panel.approvedRadio.setChecked(True)
    panel.newPromiseCheck.setChecked(True)
    new_time = datetime(2026, 11, 28, 19, 0)
    panel.newPromisedAtEdit.setDateTime(QDateTime(new_time.date(), new_time.time()))
    _shot(tab, "work_ticket_answering", qtbot)
    _click(qtbot, panel.recordButton)
    assert panel.methodError.isVisible() and tab.ticket.status is OrderStatus.AWAITING_APPROVAL
    panel.methodCombo.setCurrentIndex(panel.methodCombo.findData("phone"))
    _click(qtbot, panel.recordButton)
    assert tab.ticket.status is OrderStatus.IN_REPAIR
    assert tab.ticket.promised_at == new_time
    assert "11-28 19:00" in ui.promiseLabel.text() and "11-28 17:00" in ui.promiseLabel.text()  # and originally

    # The approved line can now be dispatched and started.
    _choose_line(tab, added_row)
    ui.teamCombo.setEditText("一組")
    _click(qtbot, ui.dispatchButton)
    ctx.set_operator(people[Role.FOREMAN])
    _choose_line(tab, added_row)
    assert ui.startButton.isEnabled()
    _click(qtbot, ui.startButton)
    assert tab.ticket.labour[added_row].progress == "started"
    _shot(tab, "work_ticket", qtbot)

    # The dispatch slips print to a file through the preview.
    saved = tmp_path / "slips.pdf"

    def save_instead(pdf: bytes, title: str, parent: object) -> None:
        from garage_desktop.ui.dialogs.print_preview import PrintPreviewDialog

        dialog = PrintPreviewDialog(pdf, title, parent)  # type: ignore[arg-type]
        dialog.save_to(saved)
        dialog.deleteLater()

    monkeypatch.setattr(work_ticket_tab, "open_preview", save_instead)
    _click(qtbot, ui.printButton)
    assert saved.read_bytes().startswith(b"%PDF")

    # Every line finished and the parts agree with the order: the car goes to final QC.
    for row in (1, added_row):
        _choose_line(tab, row)
        _click(qtbot, ui.finishButton)
    parts_not_needed(ctx.db, people, tab.ticket.order_id)
    _click(qtbot, ui.reportButton)
    assert tab.ticket.status is OrderStatus.QC_PENDING and ui.resultLabel.text()


def test_a_refused_item_is_struck_out(tab: WorkTicketTab, ctx: AppContext, people: dict, qtbot: QtBot) -> None:
    from garage_desktop.services import added_work, work_order
    from garage_desktop.services.added_work import AddedLabour, Proposal

    order_id = make_confirmed_order(ctx.db)
    with ctx.db.session_scope() as s:
        first = work_order.ticket_view(s, order_id).labour[0].id
        work_order.dispatch(s, people[Role.FOREMAN], order_id, first, "一組", None)
    with ctx.db.session_scope() as s:
        work_order.start_line(s, people[Role.FOREMAN], order_id, first, NOW - timedelta(minutes=5))
    with ctx.db.session_scope() as s:
        added_work.propose(s, people[Role.INSPECTOR], order_id,
                           Proposal("減震器漏油", labour=(AddedLabour("1", "更換減震器"),)))
    ctx.set_current_order(order_id)
    tab.on_current_order_changed(order_id)
    panel = tab.panel.ui
    assert panel.contactBanner.styleSheet() == BANNER_STYLES[None]  # nothing typed yet
    panel.refusedRadio.setChecked(True)
    _click(qtbot, panel.recordButton)
    assert tab.ticket.status is OrderStatus.IN_REPAIR
    declined = tab.ui.labourTable.item(2, 1)
    assert declined.font().strikeOut()
    assert tab.ticket.totals.current == tab.ticket.totals.confirmed
    _shot(tab, "work_ticket_refused", qtbot)


def test_a_change_elsewhere_keeps_what_is_being_typed(tab: WorkTicketTab, ctx: AppContext, people: dict) -> None:
    from garage_desktop.services import added_work, work_order
    from garage_desktop.services.added_work import AddedLabour, Proposal

    order_id = make_confirmed_order(ctx.db)
    with ctx.db.session_scope() as s:
        first = work_order.ticket_view(s, order_id).labour[0].id
        work_order.dispatch(s, people[Role.FOREMAN], order_id, first, "一組", None)
    with ctx.db.session_scope() as s:
        added_work.propose(s, people[Role.INSPECTOR], order_id,
                           Proposal("減震器漏油", labour=(AddedLabour("1", "更換減震器"),)))
    ctx.set_current_order(order_id)
    tab.on_current_order_changed(order_id)
    _choose_line(tab, 1)
    typed = NOW - timedelta(minutes=12)
    _at(tab, typed)
    tab.panel.ui.answeredByEdit.setText("林太太")
    tab.on_data_changed(frozenset({"orders"}))  # another screen saved something
    assert tab.selected_line().seq == 2
    assert tab.ui.atEdit.dateTime().toPython() == typed
    assert tab.panel.ui.answeredByEdit.text() == "林太太"


def test_a_time_nobody_changed_follows_the_clock_when_the_next_person_takes_the_pc(
        tab: WorkTicketTab, ctx: AppContext, people: dict, qtbot: QtBot) -> None:
    """The advisor chose the line at 10:00; the foreman takes the PC at 10:20 and starts it: at 10:20, not at the
    time left in the field. The customer's answer is likewise recorded when the advisor phoned."""
    from garage_desktop.services import added_work, work_order
    from garage_desktop.services.added_work import AddedLabour, Proposal

    order_id = make_confirmed_order(ctx.db)
    with ctx.db.session_scope() as s:
        first = work_order.ticket_view(s, order_id).labour[0].id
        work_order.dispatch(s, people[Role.ADVISOR], order_id, first, "一組", None)
    with ctx.db.session_scope() as s:
        added_work.propose(s, people[Role.INSPECTOR], order_id,
                           Proposal("減震器漏油", labour=(AddedLabour("1", "更換減震器"),)))
    ctx.set_current_order(order_id)
    tab.on_current_order_changed(order_id)
    _choose_line(tab, 0)
    assert tab.ui.atEdit.dateTime().toPython() == NOW
    assert tab.panel.ui.contactedAtEdit.dateTime().toPython() == NOW

    later = NOW + timedelta(minutes=20)
    clock.set_fixed(later)
    ctx.set_operator(people[Role.FOREMAN])
    assert tab.selected_line().seq == 1 and tab.ui.atEdit.dateTime().toPython() == later
    _click(qtbot, tab.ui.startButton)
    assert tab.ui.labourTable.item(0, 6).text() == "11-28 10:20"

    phoned = later + timedelta(minutes=10)
    clock.set_fixed(phoned)
    ctx.set_operator(people[Role.ADVISOR])
    panel = tab.panel.ui
    assert panel.contactedAtEdit.dateTime().toPython() == phoned
    panel.approvedRadio.setChecked(True)
    _click(qtbot, panel.recordButton)
    assert "Phone at 11-28 10:30" in panel.answerForLabel.text()



def test_no_answer_form_keeps_the_customer_of_the_order_shown_before(tab: WorkTicketTab, ctx: AppContext,
                                                                       people: dict) -> None:
    from garage_desktop.services import added_work, work_order
    from garage_desktop.services.added_work import AddedLabour, Proposal

    waiting = make_confirmed_order(ctx.db)
    with ctx.db.session_scope() as s:
        first = work_order.ticket_view(s, waiting).labour[0].id
        work_order.dispatch(s, people[Role.FOREMAN], waiting, first, "一組", None)
    with ctx.db.session_scope() as s:
        added_work.propose(s, people[Role.INSPECTOR], waiting,
                           Proposal("減震器漏油", labour=(AddedLabour("1", "更換減震器"),)))
    other = make_confirmed_order(ctx.db)
    tab.on_current_order_changed(waiting)
    assert tab.panel.ui.answeredByEdit.text() != ""
    tab.on_current_order_changed(other)  # nothing waits for an answer there
    assert tab.panel.ui.answeredByEdit.text() == "" and not tab.panel.ui.answeredByEdit.isEnabled()


def test_a_small_shop_dispatches_to_its_one_team_and_issues_the_parts_from_the_ticket(
        tab: WorkTicketTab, qtbot: QtBot, ctx: AppContext, people: dict) -> None:
    """Issue 14: the team of a line not dispatched yet is offered (the garage has one team); whoever runs the
    store issues the order's parts from the ticket; the others see why not."""
    from sqlalchemy import update

    from garage_desktop.db.models import PartLine
    from garage_desktop.services import catalog, stock
    from garage_desktop.services.catalog import PartDraft
    from garage_desktop.services.stock import ReceiptLine

    owner = people[Role.OWNER]
    with ctx.db.session_scope() as session:
        pads = catalog.save_part(session, owner, None, PartDraft("BP-01", "前剎車片", unit="套", origin="oem",
                                                                 sale_price="380.00", cost="250.00"))
        stock.receive(session, people[Role.STORE], "博世配件", [ReceiptLine(pads.id, "2", "250.00")])
    order_id = make_confirmed_order(ctx.db)
    with ctx.db.session_scope() as session:  # the order's pads are the catalog's
        session.execute(update(PartLine).where(PartLine.order_id == order_id).values(part_id=pads.id))
    ctx.set_current_order(order_id)
    tab.on_current_order_changed(order_id)
    ui = tab.ui
    assert ui.teamCombo.currentText() == "一組"  # everybody here is in team 一組
    _click(qtbot, ui.dispatchButton)
    assert ui.teamCombo.currentText() == "一組" and tab.selected_line().seq == 2  # the next line, same team
    _click(qtbot, ui.dispatchButton)
    button = tab.issuePartsButton
    assert not button.isEnabled() and "Store keeper" in button.toolTip()  # the advisor does not run the store
    ctx.set_operator(people[Role.STORE])
    assert button.isEnabled() and "1. 前剎車片" in button.toolTip()
    _click(qtbot, button)
    assert "1 part line(s) issued" in ui.resultLabel.text()
    assert tab.ticket.parts[0].issued == 1
    assert not button.isEnabled() and button.toolTip() == "Every part on the order is issued."
