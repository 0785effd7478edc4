"""The follow-up tab guides the call with the garage's script (issue 16, item 1): each answer recorded per
question, the owner's script editor, a referral linked to the customer it brought, the call sheet printed."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit
from sqlalchemy import select

from garage_desktop.db.engine import Database
from garage_desktop.db.models import Customer, Vehicle
from garage_desktop.domain.classes import Role
from garage_desktop.services import call_script, clock, followup
from garage_desktop.services.call_script import QuestionDraft
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.dialogs.call_script_dialog import CallScriptDialog
from garage_desktop.ui.tabs import followup_tab
from garage_desktop.ui.tabs.followup_tab import FollowUpTab
from tests.integration.test_followup import NOW, call, make_car, make_order, read
from tests.ui.test_followup_tab import grab, pick, rows


@pytest.fixture(autouse=True)
def _fixed_clock() -> None:
    clock.set_fixed(NOW)


def make_tab(qtbot, ctx: AppContext) -> FollowUpTab:  # type: ignore[no-untyped-def]
    tab = FollowUpTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1366, 720)
    tab.show()
    return tab


def choice(tab: FollowUpTab, key: str) -> QComboBox:
    found = tab.answer_inputs[key][1]
    assert found is not None and found.objectName() == f"answer_{key}_choice"
    return found


def note(tab: FollowUpTab, key: str) -> QLineEdit:
    found = tab.answer_inputs[key][2]
    assert found is not None and found.objectName() == f"answer_{key}_note"
    return found


def answer(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(combo.findData(value))


def one_call_due(db: Database) -> tuple[int, int]:
    customer, car = make_car(db, name="林志明", phone="13800138000", plate="粵B12345")
    return customer, make_order(db, car, delivered_at=NOW - timedelta(days=2, hours=1))


def test_the_call_follows_the_script_and_each_answer_is_recorded(qtbot, ctx: AppContext,  # type: ignore[no-untyped-def]
                                                                 db: Database) -> None:
    customer, _order = one_call_due(db)
    tab = make_tab(qtbot, ctx)
    ui = tab.ui
    pick(ui.dueList, 0)
    assert ui.actionPages.currentWidget() is ui.callPage and ui.talkGroup.isVisible()
    said = ui.talkArea.findChildren(followup_tab.QLabel)
    greeting = next(label.text() for label in said if "Hello" in label.text())
    assert "林志明" in greeting and "王小明" in greeting and "粵B12345" in greeting  # who is calling, to whom
    assert set(tab.answer_inputs) == {"repair", "service", "price", "since", "next_service", "referral"}
    for _ in range(3):
        QApplication.processEvents()  # the questions laid out (a layout request climbs one parent per round)
    grab(tab, "followup_talk")
    answer(choice(tab, "repair"), 5)
    answer(choice(tab, "service"), 4)
    answer(choice(tab, "price"), 3)
    answer(choice(tab, "since"), "no")
    note(tab, "next_service").setText("明年三月保養，到時提醒")
    answer(choice(tab, "referral"), "yes")
    note(tab, "referral").setText("同事也想來保養")
    answer(ui.satisfactionCombo, 4)
    ui.recordButton.click()
    assert "recorded" in ui.resultLabel.text()
    entry = read(db, followup.history, customer)[0]
    assert entry.satisfaction == 4
    assert {a.key: (a.score, a.choice, a.note) for a in entry.answers} == {
        "repair": (5, None, ""), "service": (4, None, ""), "price": (3, None, ""), "since": (None, "no", ""),
        "next_service": (None, None, "明年三月保養，到時提醒"), "referral": (None, "yes", "同事也想來保養")}
    # the customer's file shows the answers
    notes = rows(ui.historyList)[0][5]
    assert "同事也想來保養" in notes and "明年三月保養" in notes
    for _ in range(3):
        QApplication.processEvents()
    grab(tab, "followup_talk_recorded")


def test_not_reached_records_no_answers_and_the_call_stays_due(qtbot, ctx: AppContext,  # type: ignore[no-untyped-def]
                                                               db: Database) -> None:
    customer, order = one_call_due(db)
    tab = make_tab(qtbot, ctx)
    ui = tab.ui
    pick(ui.dueList, 0)
    answer(choice(tab, "repair"), 5)
    ui.notReachedRadio.setChecked(True)
    assert not ui.talkArea.isEnabled() and choice(tab, "repair").currentData() is None  # nothing half-kept
    ui.recordButton.click()
    assert [c.order_id for c in read(db, followup.calls_due, NOW)] == [order]
    assert read(db, followup.history, customer)[0].answers == ()


def test_the_owner_edits_the_script_and_the_next_call_follows_it(qtbot, ctx: AppContext, db: Database,  # type: ignore[no-untyped-def]
                                                                 people: dict) -> None:
    one_call_due(db)
    tab = make_tab(qtbot, ctx)
    # the advisor cannot open the editor: the reason is on the button
    assert not tab.ui.callScriptButton.isEnabled() and "owner" in tab.ui.callScriptButton.toolTip().lower()
    ctx.set_operator(people[Role.OWNER])
    assert tab.ui.callScriptButton.isEnabled()
    dialog = CallScriptDialog(ctx, tab)
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.ui.questionsTable
    assert table.rowCount() == 8 and "default" in dialog.ui.stateLabel.text()
    table.setCurrentCell(1, 1)
    dialog.ui.addButton.click()  # a new question after the repair question
    dialog.ui.buttonBox.accepted.emit()
    # an empty question is refused next to the table; nothing typed is lost
    assert dialog.ui.errorLabel.isVisible() and "Question 3 has no text" in dialog.ui.errorLabel.text()
    assert table.rowCount() == 9
    table.item(2, 1).setText("您等候取車的時間可以接受嗎？")
    table.setCurrentCell(2, 1)
    dialog.ui.upButton.click()  # now asked before the repair question
    table.setCurrentCell(8, 1)
    dialog.ui.removeButton.click()  # the closing words removed
    grab(dialog, "call_script_dialog")
    dialog.ui.buttonBox.accepted.emit()
    script = read(db, call_script.current)
    assert script.own and [q.key for q in script.questions][:3] == ["greeting", "q1", "repair"]
    assert "closing" not in [q.key for q in script.questions]
    # the call on screen follows the script as saved
    pick(tab.ui.dueList, 0)
    assert "q1" in tab.answer_inputs and any("等候取車" in label.text()
                                            for label in tab.ui.talkArea.findChildren(followup_tab.QLabel))
    # the default comes back
    again = CallScriptDialog(ctx, tab)
    qtbot.addWidget(again)
    again.ask_restore = lambda: True  # type: ignore[method-assign]
    again.ui.restoreButton.click()
    assert again.ui.questionsTable.rowCount() == 8 and not read(db, call_script.current).own


def test_a_referral_is_linked_from_the_customers_file(qtbot, ctx: AppContext, db: Database,  # type: ignore[no-untyped-def]
                                                      people: dict) -> None:
    customer, order = one_call_due(db)
    call(db, followup.record_call, people[Role.ADVISOR], order, True, 5,
         answers=[followup.Answer("referral", choice="yes")])
    clock.set_fixed(NOW + timedelta(days=3))
    with db.session_scope() as session:
        session.add(Customer(name="陳新友", phone="13911112222", created_at=NOW + timedelta(days=3)))
    tab = make_tab(qtbot, ctx)
    tab.customer_id = customer
    tab.show_history()
    ui = tab.ui
    assert not ui.linkReferralButton.isEnabled()  # no call chosen in the file yet
    ui.historyList.setCurrentItem(ui.historyList.topLevelItem(0))
    assert ui.linkReferralButton.isEnabled()
    offered: list[str] = []

    def choose(candidates):  # type: ignore[no-untyped-def]
        offered.extend(c.name for c in candidates)
        return candidates[0].customer_id

    tab.choose_customer = choose  # type: ignore[method-assign]
    ui.linkReferralButton.click()
    assert offered == ["陳新友"]
    assert "Brought: 陳新友" in rows(ui.historyList)[0][5]
    assert "陳新友 is linked" in ui.resultLabel.text()
    # the friend's own call later says who brought them
    with db.session_scope() as session:
        friend = session.scalars(select(Customer).where(Customer.name == "陳新友")).one()
        friend_car = Vehicle(customer_id=friend.id, plate="粵B77777", created_at=NOW + timedelta(days=3))
        session.add(friend_car)
        session.flush()
        car_id = friend_car.id
    make_order(db, car_id, delivered_at=NOW + timedelta(days=4))
    clock.set_fixed(NOW + timedelta(days=6))
    tab.reload()
    pick(ui.dueList, 0)
    assert "陳新友" in ui.headerLabel.text() and "referral of 林志明" in ui.headerLabel.text()


def test_the_call_sheet_prints_from_the_tab(qtbot, ctx: AppContext, db: Database,  # type: ignore[no-untyped-def]
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    one_call_due(db)
    printed: list[tuple[bytes, str]] = []
    monkeypatch.setattr(followup_tab, "open_preview", lambda pdf, title, parent: printed.append((pdf, title)))
    tab = make_tab(qtbot, ctx)
    pick(tab.ui.dueList, 0)
    tab.ui.printCallSheetButton.click()
    pdf, title = printed[0]
    assert title.startswith("Follow-up call sheet WO")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "林志明" in text and "粵B12345" in text and "introduce us to your friends" in text


def test_a_script_edit_never_changes_an_old_call(qtbot, ctx: AppContext, db: Database,  # type: ignore[no-untyped-def]
                                                 people: dict) -> None:
    customer, order = one_call_due(db)
    call(db, followup.record_call, people[Role.ADVISOR], order, True, 5,
         answers=[followup.Answer("repair", score=5)], language="en")
    script = read(db, call_script.current)
    call(db, call_script.save, people[Role.OWNER],
         [QuestionDraft(q.key, q.kind.value, "改過的問題" if q.key == "repair" else q.worded("en"))
          for q in script.questions])
    tab = make_tab(qtbot, ctx)
    tab.customer_id = customer
    tab.show_history()
    notes = rows(tab.ui.historyList)[0][5]
    assert "How satisfied… 5" in notes and "改過" not in notes  # the wording as asked then


def test_an_answer_to_a_question_removed_meanwhile_is_refused_beside_it(qtbot, ctx: AppContext,  # type: ignore[no-untyped-def]
                                                                         db: Database, people: dict) -> None:
    """The owner edits the script at another seat while the call is on screen: the answer to the question
    removed is refused beside that question, and nothing typed is lost."""
    customer, _order = one_call_due(db)
    tab = make_tab(qtbot, ctx)
    pick(tab.ui.dueList, 0)
    answer(choice(tab, "price"), 2)
    note(tab, "referral").setText("會介紹同事")
    script = read(db, call_script.current)
    call(db, call_script.save, people[Role.OWNER],
         [QuestionDraft(q.key, q.kind.value, q.worded("en")) for q in script.questions if q.key != "price"])
    answer(tab.ui.satisfactionCombo, 3)
    tab.ui.recordButton.click()
    error = tab.call_errors.labels["answer:price"]
    assert not error.isHidden() and "no such question" in error.text()
    assert choice(tab, "price").currentData() == 2 and note(tab, "referral").text() == "會介紹同事"
    assert read(db, followup.history, customer) == []
