"""The reminders page of the 回訪 tab: what is due listed overdue first, filtered by kind; a call recorded, a
message copied, a booking made and a reason given each act on the chosen item (closed items leave the list); the
car's dates set by hand with refusals beside their fields."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from sqlalchemy import select

from garage_desktop.db.engine import Database
from garage_desktop.db.models import Contact, ReminderClosure
from garage_desktop.domain.classes import Role
from garage_desktop.domain.reminders import Kind
from garage_desktop.services import clock, messages, reminders
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.dialogs import message_dialog, vehicle_dates_dialog
from garage_desktop.ui.dialogs.vehicle_dates_dialog import VehicleDatesDialog
from garage_desktop.ui.tabs.followup_tab import FollowUpTab
from garage_desktop.ui.widgets.due_list import BookingDialog, DueList, NoteDialog
from tests.integration.test_reminders import NOW, TODAY, car, set_dates

SHOTS = Path("/tmp/shots")


@pytest.fixture(autouse=True)
def _fixed_clock() -> None:
    clock.set_fixed(NOW)


def grab(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    widget.grab().save(str(SHOTS / f"{name}.png"))


def rows(tree) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [[tree.topLevelItem(i).text(c) for c in range(tree.columnCount())] for i in range(tree.topLevelItemCount())]


def choose(due: DueList, plate: str) -> None:
    for i in range(due.tree.topLevelItemCount()):
        if due.tree.topLevelItem(i).text(3) == plate:
            due.tree.setCurrentItem(due.tree.topLevelItem(i))
            return
    raise AssertionError(f"{plate} not listed")


def drive(monkeypatch: pytest.MonkeyPatch, fill) -> list[QDialog]:  # type: ignore[no-untyped-def]
    """Run the list's dialogs without a modal loop: ``fill(dialog)`` types, then OK is pressed."""
    seen: list[QDialog] = []

    def ask(dialog: QDialog) -> bool:
        seen.append(dialog)
        fill(dialog)
        dialog.confirm()  # type: ignore[attr-defined]
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(DueList, "ask", staticmethod(ask))
    return seen


@pytest.fixture
def garage(db: Database, people: dict) -> dict[str, int]:
    advisor = people[Role.ADVISOR]
    cars = {"late": car(db, [(date(2026, 6, 1), 30_000)], name="林志明"), "soon": car(db, name="陳美玲"),
            "later": car(db, name="王大同")}
    set_dates(db, advisor, cars["late"], insurance=TODAY - timedelta(days=4))
    set_dates(db, advisor, cars["soon"], service_on=TODAY + timedelta(days=2), inspection=TODAY + timedelta(days=20))
    set_dates(db, advisor, cars["later"], inspection=TODAY + timedelta(days=40))
    return cars


def make_tab(qtbot, ctx: AppContext) -> tuple[FollowUpTab, DueList]:  # type: ignore[no-untyped-def]
    tab = FollowUpTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    tab.ui.pages.setCurrentWidget(tab.ui.remindersPage)
    QApplication.processEvents()
    return tab, tab.due_list


def plate_of(db: Database, vehicle_id: int) -> str:
    with db.session_scope() as session:
        return reminders.vehicle_dates(session, vehicle_id).plate


def test_the_due_list_shows_overdue_first_and_filters_by_kind(qtbot, ctx: AppContext, db: Database,  # type: ignore[no-untyped-def]
                                                              garage: dict[str, int]) -> None:
    tab, due = make_tab(qtbot, ctx)
    grab(tab, "due_list")
    listed = rows(due.tree)
    assert [r[3] for r in listed] == [plate_of(db, garage["late"]), plate_of(db, garage["soon"])]
    assert listed[0][1] == "4 days late" and listed[0][2] == "Insurance expiry" and listed[0][5] == "林志明"
    assert listed[1][1] == "in 2 days" and listed[1][7].startswith("Service 2026-12-07")
    assert due.count_label.text() == "2 due, 1 of them overdue"
    due.kind_combo.setCurrentIndex(due.kind_combo.findData(Kind.INSPECTION.value))
    assert rows(due.tree) == []
    assert "Nothing due" in due.count_label.text()
    due.ahead_combo.setCurrentIndex(1)  # a month ahead
    assert [r[3] for r in rows(due.tree)] == [plate_of(db, garage["soon"])]
    assert not due.call_button.isEnabled()  # nothing chosen yet


def test_a_call_and_a_message_are_logged_on_the_car_and_the_item_stays(qtbot, ctx: AppContext, db: Database,  # type: ignore[no-untyped-def]
                                                                        garage: dict[str, int],
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    _, due = make_tab(qtbot, ctx)
    plate = plate_of(db, garage["late"])
    choose(due, plate)
    drive(monkeypatch, lambda dialog: dialog.text_combo.setCurrentText("沒人接"))
    due.call_button.click()
    assert due.result_label.text() == f"Call recorded for {plate}."
    asked: list[tuple[str, int | None]] = []

    def send(ctx_, purpose, *, order_id=None, vehicle_id=None, parent=None):  # type: ignore[no-untyped-def]
        asked.append((purpose, vehicle_id))
        return ctx_.call(messages.log_contact, purpose=purpose, channel="message", vehicle_id=vehicle_id,
                         body="您的交強險即將到期")

    monkeypatch.setattr(message_dialog, "send_message", send)
    due.message_button.click()
    assert asked == [("insurance_due", garage["late"])]
    with db.session_scope() as session:
        logged = session.execute(select(Contact.channel, Contact.outcome, Contact.purpose)
                                 .order_by(Contact.id)).all()
    assert [tuple(r) for r in logged] == [("call", "沒人接", "insurance_due"), ("message", "", "insurance_due")]
    listed = rows(due.tree)
    assert listed[0][3] == plate and listed[0][8] == "2×, last message 12-05"
    assert due.current() is not None and due.current().vehicle_id == garage["late"]  # still chosen


def test_booking_from_the_list_closes_the_item(qtbot, ctx: AppContext, db: Database,  # type: ignore[no-untyped-def]
                                               garage: dict[str, int], monkeypatch: pytest.MonkeyPatch) -> None:
    _, due = make_tab(qtbot, ctx)
    choose(due, plate_of(db, garage["soon"]))

    def at_midnight(dialog: BookingDialog) -> None:  # outside opening hours: refused beside the time
        dialog.start_edit.setDateTime(datetime(2026, 12, 7, 2, 0))

    seen = drive(monkeypatch, at_midnight)
    due.book_button.click()
    assert seen[0].result() != QDialog.DialogCode.Accepted and seen[0].start_error.text()
    assert len(rows(due.tree)) == 2
    seen = drive(monkeypatch, lambda dialog: dialog.start_edit.setDateTime(datetime(2026, 12, 7, 10, 0)))
    due.book_button.click()
    assert [r[3] for r in rows(due.tree)] == [plate_of(db, garage["late"])]
    assert "booked in" in due.result_label.text()
    with db.session_scope() as session:
        closure = session.scalars(select(ReminderClosure)).one()
        assert closure.kind == "service" and closure.booking_order_id is not None


def test_closing_needs_a_reason(qtbot, ctx: AppContext, db: Database, garage: dict[str, int],  # type: ignore[no-untyped-def]
                                monkeypatch: pytest.MonkeyPatch) -> None:
    _, due = make_tab(qtbot, ctx)
    choose(due, plate_of(db, garage["late"]))
    seen = drive(monkeypatch, lambda dialog: None)
    due.close_button.click()
    dialog: NoteDialog = seen[0]  # type: ignore[assignment]
    assert dialog.result() != QDialog.DialogCode.Accepted and "why" in dialog.field_error.text().lower()
    drive(monkeypatch, lambda dialog: dialog.text_combo.setCurrentText("車已賣出"))
    due.close_button.click()
    assert [r[3] for r in rows(due.tree)] == [plate_of(db, garage["soon"])]


def test_the_dates_dialog_refuses_beside_the_field_and_keeps_what_was_typed(qtbot, ctx: AppContext,  # type: ignore[no-untyped-def]
                                                                             db: Database,
                                                                             garage: dict[str, int]) -> None:
    dialog = VehicleDatesDialog(ctx, garage["late"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Last recorded 30,000 km" in dialog.mileage_label.text()
    dialog.service_km_edit.setText("29,000")
    vehicle_dates_dialog.set_date(dialog.inspection_edit, TODAY + timedelta(days=100))
    dialog.confirm()
    grab(dialog, "vehicle_dates_dialog_refused")
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "30,000" in dialog.error_labels["next_service_km"].text()
    assert dialog.service_km_edit.text() == "29,000"  # nothing typed is lost
    dialog.service_km_edit.setText("35,000")
    dialog.confirm()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved.next_service_km == 35_000 and dialog.saved.inspection_due_on == TODAY + timedelta(days=100)
    grab(dialog, "vehicle_dates_dialog")


def test_the_dates_button_opens_the_dialog_for_the_chosen_car(qtbot, ctx: AppContext, db: Database,  # type: ignore[no-untyped-def]
                                                              garage: dict[str, int],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    _, due = make_tab(qtbot, ctx)
    choose(due, plate_of(db, garage["late"]))
    opened: list[int] = []

    def edit(ctx_, vehicle_id, parent=None):  # type: ignore[no-untyped-def]
        opened.append(vehicle_id)
        ctx_.call(reminders.set_vehicle_dates, vehicle_id,
                  reminders.DatesForm(None, "", TODAY + timedelta(days=300), None))
        ctx_.changed("vehicles")
        return True

    monkeypatch.setattr(vehicle_dates_dialog, "edit_dates", edit)
    due.dates_button.click()
    assert opened == [garage["late"]]
    assert [r[3] for r in rows(due.tree)] == [plate_of(db, garage["soon"])]  # renewed: no longer due


def test_the_intake_tab_opens_the_dates_of_the_car_on_file(qtbot, ctx: AppContext, db: Database,  # type: ignore[no-untyped-def]
                                                            garage: dict[str, int],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from garage_desktop.services import customers
    from tests.ui.test_intake_tab import open_tab

    tab = open_tab(qtbot, ctx)
    tab.resize(1366, 700)
    assert not tab.datesButton.isEnabled()  # no car on file yet
    hit = next(h for h in ctx.read(customers.search, plate_of(db, garage["late"])) if h.vehicle_id)
    tab.pick_match(hit)
    opened: list[int] = []
    monkeypatch.setattr(vehicle_dates_dialog, "edit_dates", lambda ctx_, vehicle_id, parent=None: opened.append(vehicle_id))
    assert tab.datesButton.isEnabled() and tab.datesButton.isVisible()
    grab(tab, "intake_with_dates_button")
    tab.datesButton.click()
    assert opened == [garage["late"]]


def test_the_reminder_message_is_filled_for_the_chosen_car(qtbot, ctx: AppContext, db: Database,  # type: ignore[no-untyped-def]
                                                           garage: dict[str, int]) -> None:
    from garage_desktop.ui.dialogs.message_dialog import MessageDialog

    _, due = make_tab(qtbot, ctx)
    choose(due, plate_of(db, garage["soon"]))
    item = due.current()
    dialog = MessageDialog(ctx, item.purpose, vehicle_id=item.vehicle_id)
    qtbot.addWidget(dialog)
    dialog.show()
    grab(dialog, "reminder_message")
    assert item.purpose == "service_due" and plate_of(db, garage["soon"]) in dialog.head_label.text()
    assert dialog.text().strip() and dialog.copy_button.isEnabled()
    dialog.confirm()  # copied: a contact on the car, counted as a reminder sent
    assert dialog.contact_id is not None
    ctx.changed("contacts")
    assert [r[8] for r in rows(due.tree) if r[3] == item.plate] == ["1×, last message 12-05"]
