"""The follow-up tab: complaints first, calls due oldest first, recording calls (not reached stays due), closing
a complaint, the customer's file; the vehicle history dialog and its printed record; the intake tab's comeback
proposal."""

from __future__ import annotations

import io
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication, QWidget

from garage_desktop.db.engine import Database
from garage_desktop.domain.classes import Role
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.services import clock, comebacks, followup
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.dialogs import vehicle_history_dialog
from garage_desktop.ui.dialogs.vehicle_history_dialog import VehicleHistoryDialog
from garage_desktop.ui.tabs.followup_tab import FollowUpTab
from garage_desktop.ui.tabs.intake_tab import IntakeTab
from tests.integration.test_followup import NOW, call, make_car, make_order, read, status_of

S = OrderStatus
SHOTS = Path("/tmp/shots")


@pytest.fixture(autouse=True)
def _fixed_clock() -> None:
    clock.set_fixed(NOW)


def grab(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    widget.grab().save(str(SHOTS / f"{name}.png"))


def make_tab(qtbot, ctx: AppContext) -> FollowUpTab:  # type: ignore[no-untyped-def]
    tab = FollowUpTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    return tab


def rows(tree) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [[tree.topLevelItem(i).text(c) for c in range(tree.columnCount())] for i in range(tree.topLevelItemCount())]


def pick(tree, row: int) -> None:  # type: ignore[no-untyped-def]
    item = tree.topLevelItem(row)
    tree.setCurrentItem(item)
    tree.itemActivated.emit(item, 0)


def a_busy_day(db: Database, people: dict) -> dict[str, int]:
    _, car1 = make_car(db, name="林志明", phone="13800138000", plate="粵B12345")
    _, car2 = make_car(db, name="陳美玲", phone="13912345678", plate="粵A88888")
    _, car3 = make_car(db, name="張偉", phone="13700001111", plate="京A12345")
    _, car4 = make_car(db, name="王芳", phone="13600002222", plate="滬C54321")
    ids = {
        "old": make_order(db, car1, delivered_at=NOW - timedelta(days=4, hours=3)),
        "today": make_order(db, car2, delivered_at=NOW - timedelta(days=1, hours=23)),
        "deposit": make_order(db, car3, status=S.DEPOSIT_RELEASED, delivered_at=NOW - timedelta(days=3)),
        "soon": make_order(db, car4, delivered_at=NOW - timedelta(hours=20)),
        "complained": make_order(db, car4, delivered_at=NOW - timedelta(days=8)),
    }
    clock.set_fixed(NOW - timedelta(days=5))
    call(db, followup.record_call, people[Role.ADVISOR], ids["complained"], True, 2, "", "冷氣還是不冷，出風有異味",
         people[Role.INSPECTOR])
    clock.set_fixed(NOW)
    return ids


def test_complaints_come_first_then_the_calls_due_oldest_first(qtbot, ctx: AppContext, db: Database,  # type: ignore[no-untyped-def]
                                                               people: dict) -> None:
    a_busy_day(db, people)
    tab = make_tab(qtbot, ctx)
    assert tab.windowTitle() == "Follow-up"
    ui = tab.ui
    complaints = rows(ui.complaintsList)
    assert [(r[2], r[4]) for r in complaints] == [("王芳", "李檢驗")]
    assert [r[2] for r in rows(ui.dueList)] == ["林志明", "張偉", "陳美玲"]  # oldest handover first
    assert [r[0] for r in rows(ui.dueList)] == ["late (by 11-26 07:00)", "late (by 11-27 10:00)", "by 11-28 11:00"]
    assert "(deposit)" in rows(ui.dueList)[1][4]
    assert [r[2] for r in rows(ui.upcomingList)] == ["王芳"]
    assert ui.complaintsGroup.title() == "Open complaints (1)" and ui.dueGroup.title() == "Calls due (3)"
    # the first screen a user sees: complaints on top, a call chosen
    pick(ui.dueList, 0)
    assert ui.actionPages.currentWidget() is ui.callPage
    assert "林志明" in ui.headerLabel.text() and "更換前剎車片" in ui.headerLabel.text()
    grab(tab, "followup_tab")


def test_a_call_not_reached_stays_due_and_a_reached_one_leaves(qtbot, ctx: AppContext, db: Database,  # type: ignore[no-untyped-def]
                                                               people: dict) -> None:
    ids = a_busy_day(db, people)
    tab = make_tab(qtbot, ctx)
    ui = tab.ui
    pick(ui.dueList, 0)
    ui.notReachedRadio.setChecked(True)
    assert not ui.satisfactionCombo.isEnabled() and not ui.complaintEdit.isEnabled()
    ui.remarksEdit.setPlainText("無人接聽")
    ui.recordButton.click()
    assert "stays due" in ui.resultLabel.text()
    assert rows(ui.dueList)[0][2] == "林志明" and rows(ui.dueList)[0][5] == "1"  # one try, still first
    assert ui.actionPages.currentWidget() is ui.callPage  # ready for the next try
    assert rows(ui.historyList)[0][3] == "not reached"
    # reached, but the satisfaction forgotten: said beside the field, the remarks kept
    ui.reachedRadio.setChecked(True)
    ui.remarksEdit.setPlainText("剎車很安靜，謝謝")
    ui.recordButton.click()
    assert ui.satisfactionError.isVisible() and "1 (very unhappy) to 5" in ui.satisfactionError.text()
    assert ui.remarksEdit.toPlainText() == "剎車很安靜，謝謝"
    ui.satisfactionCombo.setCurrentIndex(ui.satisfactionCombo.findData(5))
    ui.recordButton.click()
    assert not ui.satisfactionError.isVisible()
    assert "recorded" in ui.resultLabel.text()
    assert [r[2] for r in rows(ui.dueList)] == ["張偉", "陳美玲"]
    assert status_of(db, ids["old"]) is S.FOLLOWED_UP
    assert [r[3] for r in rows(ui.historyList)] == ["reached, 5/5", "not reached"]


def test_a_complaint_goes_on_top_and_is_closed_with_its_resolution(qtbot, ctx: AppContext, db: Database,  # type: ignore[no-untyped-def]
                                                                   people: dict) -> None:
    a_busy_day(db, people)
    tab = make_tab(qtbot, ctx)
    ui = tab.ui
    pick(ui.dueList, 2)  # 陳美玲, due today
    ui.satisfactionCombo.setCurrentIndex(ui.satisfactionCombo.findData(2))
    ui.complaintEdit.setPlainText("洗車沒洗乾淨，座椅有油漬")
    assert ui.ownerCombo.isEnabled()
    ui.recordButton.click()
    assert "on top of the list" in ui.resultLabel.text()
    assert [r[2] for r in rows(ui.complaintsList)] == ["王芳", "陳美玲"]  # oldest complaint first
    pick(ui.complaintsList, 1)
    assert ui.actionPages.currentWidget() is ui.complaintPage
    assert "洗車沒洗乾淨" in ui.complaintText.text()
    grab(tab, "followup_complaint")
    ui.resolveButton.click()  # no resolution typed
    assert ui.resolutionError.isVisible()
    assert len(rows(ui.complaintsList)) == 2
    ui.resolutionEdit.setPlainText("已致電道歉，客戶明天回廠免費內飾清潔")
    ui.resolveButton.click()
    assert ui.resultLabel.text() == "Complaint closed."
    assert [r[2] for r in rows(ui.complaintsList)] == ["王芳"]
    assert "Resolved: 已致電道歉" in rows(ui.historyList)[0][5]


def test_a_store_keeper_sees_why_they_cannot_record_a_call(qtbot, ctx: AppContext, db: Database,  # type: ignore[no-untyped-def]
                                                           people: dict) -> None:
    a_busy_day(db, people)
    ctx.set_operator(people[Role.STORE])
    tab = make_tab(qtbot, ctx)
    pick(tab.ui.dueList, 0)
    assert not tab.ui.recordButton.isEnabled()
    assert "Service advisor" in tab.ui.recordButton.toolTip()


def test_the_current_order_is_offered_as_a_call_even_before_it_is_due(qtbot, ctx: AppContext, db: Database,  # type: ignore[no-untyped-def]
                                                                      people: dict) -> None:
    ids = a_busy_day(db, people)
    tab = make_tab(qtbot, ctx)
    tab.on_current_order_changed(ids["soon"])
    assert tab.ui.upcomingList.currentItem() is not None
    assert tab.ui.actionPages.currentWidget() is tab.ui.callPage and "王芳" in tab.ui.headerLabel.text()



def test_an_order_without_a_call_does_not_leave_another_customer_on_screen(  # type: ignore[no-untyped-def]
        qtbot, ctx: AppContext, db: Database, people: dict) -> None:
    ids = a_busy_day(db, people)
    call(db, followup.record_call, people[Role.ADVISOR], ids["old"], True, 5, "", "", None)
    tab = make_tab(qtbot, ctx)
    tab.on_current_order_changed(ids["today"])
    assert "陳美玲" in tab.ui.headerLabel.text()
    tab.on_current_order_changed(ids["complained"])  # reached already, with a complaint still open
    assert tab.ui.actionPages.currentWidget() is tab.ui.complaintPage and "王芳" in tab.ui.headerLabel.text()
    tab.on_current_order_changed(ids["old"])  # reached, nothing open
    assert tab.ui.actionPages.currentWidget() is tab.ui.emptyPage and "王芳" not in tab.ui.headerLabel.text()
    assert all(tree.currentItem() is None for tree in tab.lists)

def test_enter_on_a_call_makes_its_order_the_current_order(qtbot, ctx: AppContext, db: Database,  # type: ignore[no-untyped-def]
                                                           people: dict) -> None:
    """As in every stage tab's list: the window's header and the other tabs then show the car being called."""
    ids = a_busy_day(db, people)
    tab = make_tab(qtbot, ctx)
    changes: list[int | None] = []
    ctx.current_order_changed.connect(changes.append)
    pick(tab.ui.complaintsList, 0)  # a complaint opens here only
    assert ctx.current_order_id is None and changes == []
    pick(tab.ui.dueList, 0)
    assert ctx.current_order_id == ids["old"] and changes == [ids["old"]]
    assert tab.ui.actionPages.currentWidget() is tab.ui.callPage and "林志明" in tab.ui.headerLabel.text()


def test_the_calls_due_move_on_with_the_clock_when_the_tab_comes_forward(qtbot, ctx: AppContext,  # type: ignore[no-untyped-def]
                                                                           db: Database, people: dict) -> None:
    """The reception PC stays on: a call coming up yesterday is due today, without any change to the data."""
    a_busy_day(db, people)
    tab = make_tab(qtbot, ctx)
    assert [r[2] for r in rows(tab.ui.upcomingList)] == ["王芳"]
    clock.set_fixed(NOW + timedelta(days=1))
    tab.hide()  # another tab in front ...
    tab.show()  # ... and this one again
    assert "王芳" in [r[2] for r in rows(tab.ui.dueList)] and rows(tab.ui.upcomingList) == []


def test_the_queue_is_not_read_again_when_nothing_changed(qtbot, ctx: AppContext, db: Database,  # type: ignore[no-untyped-def]
                                                          people: dict, monkeypatch) -> None:
    """Issue 20: years of calls are read when the tab is built; after that a switch to the tab reads nothing when
    nothing changed, a change reads only the orders it touched (the audit trail says which), and the clock moving
    past the moment a call falls due or becomes late moves it in place."""
    ids = a_busy_day(db, people)
    whole: list[datetime] = []
    looked: list[frozenset[int]] = []
    queue, queue_changes = followup.queue, followup.queue_changes
    monkeypatch.setattr(followup, "queue", lambda session, now: whole.append(now) or queue(session, now))

    def changed(session, seen, now):  # type: ignore[no-untyped-def]
        update = queue_changes(session, seen, now)
        looked.append(update.changes.order_ids)
        return update

    monkeypatch.setattr(followup, "queue_changes", changed)
    tab = make_tab(qtbot, ctx)
    assert len(whole) == 1
    for _ in range(3):  # other tabs in front and this one again: nothing changed, nothing read
        tab.hide()
        tab.show()
    assert len(whole) == 1 and looked == []
    tab.hide()
    call(db, followup.record_call, people[Role.ADVISOR], ids["old"], True, 5, "", "", None)  # another PC, say
    tab.on_data_changed(frozenset({"orders"}))
    assert looked == []  # hidden: looked at once it comes forward
    tab.show()
    assert looked == [frozenset({ids["old"]})] and len(whole) == 1  # only the order called
    assert "林志明" not in [r[2] for r in rows(tab.ui.dueList)]  # reached: off the list
    assert "陳美玲" in [r[2] for r in rows(tab.ui.dueList)]
    tab.hide()
    tab.show()
    assert len(looked) == 1  # nothing changed since
    turn = tab._turn
    assert turn is not None and NOW < turn
    clock.set_fixed(turn - timedelta(minutes=1))
    tab.hide()
    tab.show()
    assert len(looked) == 1
    before = {tuple(r) for tree in (tab.ui.dueList, tab.ui.upcomingList) for r in rows(tree)}
    clock.set_fixed(turn + timedelta(minutes=1))  # a call has fallen due or become late: moved in place
    tab.hide()
    tab.show()
    assert len(whole) == 1 and len(looked) == 2 and looked[-1] == frozenset()
    after = {tuple(r) for tree in (tab.ui.dueList, tab.ui.upcomingList) for r in rows(tree)}
    assert after != before
    fresh = FollowUpTab(ctx)  # the same lists as read from scratch
    qtbot.addWidget(fresh)
    for mine, theirs in ((tab.ui.dueList, fresh.ui.dueList), (tab.ui.upcomingList, fresh.ui.upcomingList),
                         (tab.ui.complaintsList, fresh.ui.complaintsList)):
        assert rows(mine) == rows(theirs)


def test_a_long_list_makes_its_rows_a_page_at_a_time(qtbot, ctx: AppContext, db: Database,  # type: ignore[no-untyped-def]
                                                     people: dict, monkeypatch) -> None:
    """Issue 20: thousands of calls due after ten years; the rows are made a page at a time (the count says them
    all), more when the list is scrolled to its end or a call further down is opened from elsewhere."""
    from garage_desktop.ui.tabs import followup_tab

    ids = a_busy_day(db, people)
    monkeypatch.setattr(followup_tab, "PAGE", 1)
    tab = make_tab(qtbot, ctx)
    due = tab.ui.dueList
    assert due.topLevelItemCount() == 1 and "(3)" in tab.ui.dueGroup.title()  # old, deposit, today
    ctx.set_current_order(ids["today"])  # the last one: made to be shown
    tab.on_current_order_changed(ids["today"])
    assert due.currentItem() is not None and due.currentItem().data(0, followup_tab._KEY) == ("call", ids["today"])
    call(db, followup.record_call, people[Role.ADVISOR], ids["old"], True, 5, "", "", None)
    tab.catch_up()  # the first row goes: the rows made stay in order
    assert "(2)" in tab.ui.dueGroup.title()
    tab._make_more(due, 10)
    assert [r[2] for r in rows(due)] == ["張偉", "陳美玲"]


# --- the vehicle history dialog ---------------------------------------------------------------------------------

def test_the_vehicle_history_opens_from_the_tab_and_prints_the_record(qtbot, ctx: AppContext, db: Database,  # type: ignore[no-untyped-def]
                                                                      people: dict, monkeypatch) -> None:
    ids = a_busy_day(db, people)
    opened: list[int] = []
    monkeypatch.setattr(vehicle_history_dialog, "show_vehicle_history",
                        lambda _ctx, vehicle_id, _parent=None: opened.append(vehicle_id))
    tab = make_tab(qtbot, ctx)
    pick(tab.ui.complaintsList, 0)
    tab.ui.vehicleHistoryButton.click()
    assert opened == [tab.vehicle_id] and opened[0] is not None

    dialog = VehicleHistoryDialog(ctx, opened[0])
    qtbot.addWidget(dialog)
    dialog.resize(1100, 720)
    dialog.show()
    tree = dialog.ui.ordersTree
    numbers = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert len(numbers) == 2  # 王芳's car: the upcoming call and the complained one
    complained = next(tree.topLevelItem(i) for i in range(2) if tree.topLevelItem(i).data(0, 256) == ids["complained"])
    complained.setExpanded(True)  # its rows are made when it is opened
    children = [complained.child(i).text(0) for i in range(complained.childCount())]
    assert any("冷氣還是不冷" in text and "still open" in text for text in children)
    assert "Labour: 更換前剎車片, 1.5 h" in children
    grab(dialog, "vehicle_history_dialog")
    printed: list[bytes] = []
    monkeypatch.setattr(vehicle_history_dialog, "open_preview", lambda pdf, _title, _parent: printed.append(pdf))
    dialog.ui.printButton.click()
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(printed[0])).pages).replace(" ", "")
    for number in numbers:
        assert number in text


# --- the intake tab's comeback proposal ---------------------------------------------------------------------------

def test_intake_proposes_a_comeback_and_the_advisor_confirms_it(qtbot, ctx: AppContext, db: Database,  # type: ignore[no-untyped-def]
                                                                people: dict) -> None:
    _, car = make_car(db, name="林志明", plate="粵B12345", last_mileage=45_300)
    earlier = make_order(db, car, delivered_at=NOW - timedelta(days=4), mileage_out=45_010)
    new = make_order(db, car, status=S.RECEIVED, delivered_at=None, received_at=NOW, mileage_in=45_300,
                     complaint="剎車又響了")
    ctx.current_order_id = new
    tab = IntakeTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    tab.on_current_order_changed(new)
    panel = tab.comeback
    assert panel.isVisible() and panel.ui.confirmButton.isVisible() and panel.ui.confirmButton.isEnabled()
    assert "Possible comeback" in panel.ui.proposalLabel.text() and "2026-12-03" in panel.ui.proposalLabel.text()
    grab(tab, "intake_comeback_proposal")
    panel.ui.confirmButton.click()
    assert "Comeback (返修)" in panel.ui.proposalLabel.text() and "free of charge" in panel.ui.proposalLabel.text()
    assert not panel.ui.confirmButton.isVisible()
    assert read(db, comebacks.comeback_link, new).earlier_order_id == earlier
    # changed their mind: not a comeback after all — and not asked again for this visit
    panel.ui.rejectButton.click()
    assert read(db, comebacks.comeback_link, new) is None
    assert not panel.ui.proposalLabel.isVisible() and not panel.ui.confirmButton.isVisible()
    assert panel.ui.historyButton.isVisible()


def test_picking_a_car_under_warranty_tells_before_receiving(qtbot, ctx: AppContext, db: Database,  # type: ignore[no-untyped-def]
                                                             people: dict) -> None:
    from garage_desktop.services import customers

    _, car = make_car(db, name="林志明", plate="粵B12345", last_mileage=45_300)
    make_order(db, car, delivered_at=NOW - timedelta(days=4), mileage_out=45_010)
    tab = IntakeTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    hit = next(h for h in read(db, customers.search, "粵B12345") if h.vehicle_id == car)
    tab.pick_match(hit)
    panel = tab.comeback
    assert "Receive the car" in panel.ui.proposalLabel.text()
    assert not panel.ui.confirmButton.isEnabled() and "Receive the car first" in panel.ui.confirmButton.toolTip()
    tab.new_customer()
    assert not panel.isVisible()
    assert datetime(2026, 11, 28) <= NOW


def test_opening_the_tab_shows_the_first_call_due(qtbot, ctx: AppContext, db: Database,  # type: ignore[no-untyped-def]
                                                  people: dict) -> None:
    """Issue 14: with nothing chosen, the first call due is on screen when the tab comes forward (the calls are
    worked from the top); a click chooses another."""
    a_busy_day(db, people)
    tab = make_tab(qtbot, ctx)
    ui = tab.ui
    assert ui.dueList.currentItem() is ui.dueList.topLevelItem(0)
    assert ui.actionPages.currentWidget() is ui.callPage and "林志明" in ui.headerLabel.text()
    assert ui.reachedRadio.isChecked() and ui.satisfactionCombo.currentData() is None  # asked, never assumed
    pick(ui.dueList, 2)
    tab.hide()
    tab.show()  # back to the tab: the call chosen stays
    assert "陳美玲" in ui.headerLabel.text()


def test_the_queue_read_ahead_at_start_up_is_taken_with_the_changes_since(qtbot, ctx: AppContext,  # type: ignore[no-untyped-def]
                                                                         db: Database, people: dict,
                                                                         monkeypatch) -> None:
    """Issue 20: start-up reads the queue on a worker; the tab built later takes it, with what changed since."""
    from garage_desktop.ui.tabs import followup_tab

    ids = a_busy_day(db, people)
    followup_tab.read_ahead(ctx)
    qtbot.waitUntil(lambda: not followup_tab.QueueReader.of(ctx).busy())
    call(db, followup.record_call, people[Role.ADVISOR], ids["old"], True, 5, "", "", None)  # meanwhile
    whole: list[datetime] = []
    queue = followup.queue
    monkeypatch.setattr(followup, "queue", lambda session, now: whole.append(now) or queue(session, now))
    tab = make_tab(qtbot, ctx)
    assert whole == []  # not read again
    assert "林志明" not in [r[2] for r in rows(tab.ui.dueList)] and "陳美玲" in [r[2] for r in rows(tab.ui.dueList)]
    assert followup_tab.QueueReader.of(ctx).take() is None  # taken once
