"""Issue 17, item 3, at the estimate and the intake: a seat saving over what another seat saved since it opened the order gets
"changed by 王嘉欣 at 10:42 — reload", keeps what it typed, and sees the other seat's work after Reload."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from garage_desktop.db.engine import Database
from garage_desktop.domain.classes import Role
from garage_desktop.services import clock, estimate, operators
from garage_desktop.services.estimate import EstimateDraft, LabourDraft
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.tabs.estimate_tab import EstimateTab
from tests.ui.test_estimate_tab import NOW, order_id, tab  # the fixtures

__all__ = ["order_id", "tab"]


def test_saving_over_another_seats_estimate_keeps_the_typing_and_offers_a_reload(
        tab: EstimateTab, qtbot: QtBot, ctx: AppContext, order_id: int, db: Database,
        people: dict[Role, int]) -> None:
    tab.open_order(order_id)
    tab.ui.diagnosisEdit.setPlainText("前剎車片磨損，需更換")  # typed here, not saved yet
    tab.ui.notifyAboveEdit.setText("1200")

    clock.set_fixed(NOW + timedelta(minutes=42))  # meanwhile, at the other PC, 王嘉欣 saves the estimate
    with db.session_scope() as session:
        other = operators.save_operator(session, people[Role.OWNER], None, "王嘉欣", Role.ADVISOR).id
    with db.session_scope() as session:
        estimate.save_estimate(session, other, order_id, EstimateDraft(
            diagnosis="剎車盤有溝槽", labour=(LabourDraft(name="光剎車盤", standard_hours="1.0"),)))

    assert not tab.save()
    shown = tab.ui.formError.text()
    assert "王嘉欣" in shown and "10:42" in shown and "reload" in shown.lower()
    assert tab.ui.diagnosisEdit.toPlainText() == "前剎車片磨損，需更換"  # nothing typed is lost
    assert tab.ui.notifyAboveEdit.text() == "1200"
    assert tab.reloadButton.isVisible()
    assert [line.name for line in ctx.read(estimate.estimate_view, order_id).labour] == ["光剎車盤"]  # theirs kept

    qtbot.mouseClick(tab.reloadButton, Qt.MouseButton.LeftButton)
    assert tab.ui.diagnosisEdit.toPlainText() == "剎車盤有溝槽"
    assert not tab.reloadButton.isVisible()
    tab.ui.diagnosisEdit.setPlainText("剎車盤有溝槽，片也要換")
    assert tab.save()  # after the reload the save goes through
    assert ctx.read(estimate.estimate_view, order_id).diagnosis == "剎車盤有溝槽，片也要換"


def test_correcting_an_intake_another_seat_corrected_meanwhile_keeps_the_typing_and_offers_a_reload(
        qtbot: QtBot, ctx: AppContext, db: Database, people: dict[Role, int]) -> None:
    from dataclasses import replace

    from garage_desktop.services import intake
    from tests.integration.test_intake import walk_in
    from tests.ui.test_intake_tab import open_tab

    intake_tab = open_tab(qtbot, ctx)
    received = ctx.call(intake.receive, walk_in(promised_at=NOW.replace(hour=17)))
    intake_tab.open_order(received.order_id)
    intake_tab.ui.complaintEdit.setPlainText("異響；另請檢查空調")  # typed here, not saved yet

    with db.session_scope() as session:
        other = operators.save_operator(session, people[Role.OWNER], None, "王嘉欣", Role.ADVISOR).id
    with db.session_scope() as session:
        intake.update_intake(session, other, received.order_id,
                             replace(walk_in(promised_at=NOW.replace(hour=17)), complaint="冷車異響，另換雨刷"))

    qtbot.mouseClick(intake_tab.ui.saveButton, Qt.MouseButton.LeftButton)
    assert "王嘉欣" in intake_tab.ui.formError.text()
    assert intake_tab.ui.complaintEdit.toPlainText() == "異響；另請檢查空調"
    assert intake_tab.reloadButton.isVisible()
    assert ctx.read(intake.intake_record, received.order_id).complaint == "冷車異響，另換雨刷"  # theirs kept
    qtbot.mouseClick(intake_tab.reloadButton, Qt.MouseButton.LeftButton)
    assert intake_tab.ui.complaintEdit.toPlainText() == "冷車異響，另換雨刷"


def test_a_change_made_while_the_customer_answers_is_not_confirmed_unseen(
        tab: EstimateTab, qtbot: QtBot, ctx: AppContext, order_id: int, db: Database, people: dict[Role, int],
        monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The customer confirms what the screen showed when asked; another seat's save while the question is open
    (the tab behind the dialog refreshes itself) is refused, not confirmed unseen."""
    from garage_desktop.domain.lifecycle import OrderStatus
    from garage_desktop.ui.tabs import estimate_tab
    from tests.ui.test_estimate_tab import add_lines

    tab.open_order(order_id)
    add_lines(tab, qtbot)
    qtbot.mouseClick(tab.ui.mayReplaceNo, Qt.MouseButton.LeftButton)
    assert tab.save()
    with db.session_scope() as session:
        other = operators.save_operator(session, people[Role.OWNER], None, "王嘉欣", Role.ADVISOR).id

    def customer_answers(*_args: object) -> str:
        clock.set_fixed(NOW + timedelta(minutes=42))
        with db.session_scope() as session:  # meanwhile, at the other PC
            view = estimate.estimate_view(session, order_id)
            estimate.save_estimate(session, other, order_id, EstimateDraft(
                diagnosis="另加光剎車盤", labour=(LabourDraft(name="光剎車盤", standard_hours="1.0"),),
                notify_above="800", may_replace_found_parts=False, promised_at=view.promised_at))
        tab.on_data_changed(frozenset({"orders"}))  # what the seat watcher does behind the dialog
        return "林志明"

    monkeypatch.setattr(estimate_tab, "ask_customer_name", customer_answers)
    qtbot.mouseClick(tab.ui.confirmButton, Qt.MouseButton.LeftButton)
    assert "王嘉欣" in tab.ui.formError.text()
    assert ctx.read(estimate.estimate_view, order_id).status is OrderStatus.ESTIMATED  # not confirmed unseen
