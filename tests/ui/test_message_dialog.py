"""Messages in the window: the dialog fills the template in the document language, the advisor edits it, and
Copy puts it on the clipboard and logs the contact in one action; the orders' menu offers the messages of the
order's stage; the owner's template editor; the contacts on the vehicle's record."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMenu
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from garage_desktop.db.models import Contact
from garage_desktop.domain.classes import Role
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.services import clock, messages, settings
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.dialogs import message_dialog
from garage_desktop.ui.dialogs.message_dialog import MessageDialog
from garage_desktop.ui.dialogs.message_templates_dialog import MessageTemplatesDialog
from garage_desktop.ui.widgets import order_menu
from tests.integration.test_checkout import make_ready_order
from tests.integration.test_messages import make_vehicle
from tests.integration.test_work_order import NOW, make_confirmed_order

SHOTS = Path("/tmp/shots/messages")
S = OrderStatus


@pytest.fixture(autouse=True)
def fixed_clock() -> None:
    clock.set_fixed(NOW)


def use_language(ctx: AppContext, owner: int, language: str, phone: str = "020-8888 6666") -> None:
    with ctx.db.session_scope() as session:
        current = settings.load(session)
        settings.save(session, owner, replace(current, document_language=language, garage_name="順風汽修",
                                              garage_phone=phone))


def contacts(ctx: AppContext) -> list[Contact]:
    with ctx.db.session_scope() as session:
        rows = list(session.scalars(select(Contact).order_by(Contact.id)).all())
        session.expunge_all()
        return rows


def shot(widget: QDialog | QMenu, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def test_copy_puts_the_edited_text_on_the_clipboard_and_logs_it(qtbot: QtBot, ctx: AppContext,
                                                                people: dict) -> None:
    use_language(ctx, people[Role.OWNER], "zh_CN")
    order_id = make_ready_order(ctx.db)
    QGuiApplication.clipboard().setText("something else")
    dialog = MessageDialog(ctx, "car_ready", order_id=order_id)
    qtbot.addWidget(dialog)
    dialog.show()
    text = dialog.text_edit.toPlainText()
    assert text.startswith("【順風汽修】林志明您好，您的爱车 粵B") and "本次应付 ¥820.00" in text
    assert "林志明" in dialog.head_label.text() and dialog.missing_label.isHidden()
    shot(dialog, "car_ready_zh_CN")
    dialog.text_edit.setPlainText(text + "我们营业到晚上六点。")
    dialog.copy_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert QGuiApplication.clipboard().text() == text + "我们营业到晚上六点。"
    [row] = contacts(ctx)
    assert dialog.contact_id == row.id
    assert (row.order_id, row.purpose, row.channel, row.template_key, row.by_id) == (
        order_id, "car_ready", "message", "car_ready", people[Role.ADVISOR])
    assert row.body == text + "我们营业到晚上六点。"


def test_a_value_not_known_is_named_before_copying(qtbot: QtBot, ctx: AppContext, people: dict) -> None:
    use_language(ctx, people[Role.OWNER], "en", phone="")
    dialog = MessageDialog(ctx, "inspection_due", vehicle_id=make_vehicle(ctx.db, inspection_due_on=None))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.text_edit.toPlainText().startswith("Hello 陳美玲, a friendly reminder from 順風汽修")
    assert not dialog.missing_label.isHidden()
    assert "the garage's phone number" in dialog.missing_label.text()
    assert "the date due" in dialog.missing_label.text()
    shot(dialog, "inspection_due_missing_en")


def test_a_refusal_keeps_the_text_and_copies_nothing(qtbot: QtBot, ctx: AppContext, people: dict) -> None:
    order_id = make_confirmed_order(ctx.db)
    QGuiApplication.clipboard().setText("before")
    dialog = MessageDialog(ctx, "delay_notice", order_id=order_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.text_edit.setPlainText("   ")
    dialog.copy_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    assert not dialog.body_error.isHidden() and "empty" in dialog.body_error.text()
    ctx.set_operator(None)
    dialog.text_edit.setPlainText("明天上午九點完工")
    dialog.copy_button.click()
    assert not dialog.form_error.isHidden() and dialog.text_edit.toPlainText() == "明天上午九點完工"
    assert QGuiApplication.clipboard().text() == "before" and contacts(ctx) == []


def test_an_order_message_without_an_order_says_so_and_offers_no_copy(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = MessageDialog(ctx, "car_ready", vehicle_id=make_vehicle(ctx.db))
    qtbot.addWidget(dialog)
    assert not dialog.copy_button.isEnabled() and "choose the order first" in dialog.form_error.text()


@pytest.mark.parametrize(("status", "expected"), [(S.READY, ["message:car_ready"]),
                                                  (S.IN_REPAIR, ["message:delay_notice"]),
                                                  (S.DELIVERED, ["message:followup"])])
def test_the_orders_menu_offers_the_message_of_the_stage(qtbot: QtBot, ctx: AppContext, people: dict,
                                                         monkeypatch: pytest.MonkeyPatch, status: OrderStatus,
                                                         expected: list[str]) -> None:
    from PySide6.QtWidgets import QTreeWidget

    order_id = make_ready_order(ctx.db, status=status)
    view = QTreeWidget()
    qtbot.addWidget(view)
    menu = order_menu.OrderMenu(ctx, view).menu_for(order_id)
    assert menu is not None
    submenu = menu.findChild(QMenu, "messageMenu")
    assert submenu is not None and [a.objectName() for a in submenu.actions()] == expected
    asked: list[tuple[str, int]] = []
    monkeypatch.setattr(order_menu, "send_message", lambda _ctx, purpose, oid, _p: asked.append((purpose, oid)) or 7)
    submenu.actions()[0].trigger()
    assert asked == [(expected[0].split(":")[1], order_id)]


def test_a_cancelled_order_offers_no_message(qtbot: QtBot, ctx: AppContext) -> None:
    from PySide6.QtWidgets import QTreeWidget

    view = QTreeWidget()
    qtbot.addWidget(view)
    menu = order_menu.OrderMenu(ctx, view).menu_for(make_ready_order(ctx.db, status=S.CANCELLED))
    assert menu is not None and menu.findChild(QMenu, "messageMenu") is None


def test_send_message_returns_none_when_the_advisor_goes_back(qtbot: QtBot, ctx: AppContext,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(MessageDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert message_dialog.send_message(ctx, "followup", order_id=make_ready_order(ctx.db)) is None
    assert contacts(ctx) == []


# --- the owner's editor -----------------------------------------------------------------------------------------
def test_the_owner_rewords_a_template_and_an_unknown_placeholder_is_named(qtbot: QtBot, ctx: AppContext,
                                                                          people: dict) -> None:
    use_language(ctx, people[Role.OWNER], "zh_TW")
    ctx.set_operator(people[Role.OWNER])
    dialog = MessageTemplatesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.resize(900, 560)
    dialog.show()
    assert dialog.template_list.count() == len(messages.PURPOSES)
    assert "The wording shipped" in dialog.state_label.text()
    shot(dialog, "templates_editor")
    dialog.show_template("car_ready")
    dialog.body_edit.setPlainText("{customer}您好，{plate} 修好了，{pickup} 前請來取車。")
    dialog.show_template("followup")  # moving on keeps what was typed
    dialog.body_edit.setPlainText("{customer}您好，{plate} 開起來還好嗎？")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and "{pickup}" in dialog.error_label.text()
    assert dialog.current == "car_ready"  # the template at fault is shown, as typed
    assert dialog.body_edit.toPlainText() == "{customer}您好，{plate} 修好了，{pickup} 前請來取車。"
    shot(dialog, "templates_editor_error")
    dialog.body_edit.setPlainText("{customer}您好，{plate} 修好了，請來取車。")
    dialog.buttons.accepted.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with ctx.db.session_scope() as session:
        shown = {t.purpose: t for t in messages.templates(session, "zh_TW")}
    assert shown["car_ready"].body == "{customer}您好，{plate} 修好了，請來取車。" and shown["car_ready"].own
    assert shown["followup"].body == "{customer}您好，{plate} 開起來還好嗎？"
    assert not shown["service_due"].own


def test_the_owner_restores_one_template_and_keeps_the_others_typed(qtbot: QtBot, ctx: AppContext,
                                                                     people: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    use_language(ctx, people[Role.OWNER], "en")
    ctx.set_operator(people[Role.OWNER])
    with ctx.db.session_scope() as session:
        messages.save_templates(session, people[Role.OWNER], "en", {"followup": "Hi {customer}!"})
    monkeypatch.setattr(MessageTemplatesDialog, "ask_restore", lambda self: True)
    dialog = MessageTemplatesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show_template("service_due")
    dialog.body_edit.setPlainText("Service time for {plate}!")
    dialog.show_template("followup")
    assert dialog.body_edit.toPlainText() == "Hi {customer}!" and "own wording" in dialog.state_label.text()
    dialog.restore_button.click()
    assert dialog.body_edit.toPlainText() == messages.default_wording("en")["followup"]
    assert dialog.changed_bodies() == {"service_due": "Service time for {plate}!"}


def test_an_advisor_sees_the_templates_but_cannot_change_them(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = MessageTemplatesDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.body_edit.isReadOnly() and not dialog.restore_button.isEnabled()
    assert "Only" in dialog.error_label.text()


# --- the contacts on the vehicle's record -----------------------------------------------------------------------
def test_the_vehicle_history_lists_the_contacts(qtbot: QtBot, ctx: AppContext, people: dict) -> None:
    from garage_desktop.ui.dialogs.vehicle_history_dialog import VehicleHistoryDialog

    vehicle_id = make_vehicle(ctx.db, next_service_on=date(2026, 12, 20))
    ctx.call(messages.send_message, purpose="service_due", vehicle_id=vehicle_id, body="下次保養提醒：12月20日")
    clock.set_fixed(NOW + timedelta(hours=1))
    ctx.call(messages.log_contact, purpose="service_due", channel="call", vehicle_id=vehicle_id,
             outcome="下週一來")
    dialog = VehicleHistoryDialog(ctx, vehicle_id)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 640)
    dialog.show()
    table = dialog.contacts_table
    assert table.rowCount() == 2
    first = [table.item(0, c).text() for c in range(table.columnCount())]
    second = [table.item(1, c).text() for c in range(table.columnCount())]
    assert "Call" in first and "下週一來" in first  # newest first
    assert "Message" in second and "下次保養提醒：12月20日" in second and "王小明" in second
    shot(dialog, "vehicle_history_contacts")


# --- where the owner finds the editor ------------------------------------------------------------------------
def test_the_settings_tab_opens_the_editor_for_the_owner_only(qtbot: QtBot, ctx: AppContext, people: dict,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from garage_desktop.ui.dialogs import message_templates_dialog
    from garage_desktop.ui.tabs.settings_tab import SettingsTab

    opened: list[AppContext] = []
    monkeypatch.setattr(message_templates_dialog, "edit_message_templates",
                        lambda context, _parent: opened.append(context) or True)
    tab = SettingsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1366, 720)
    tab.show()
    qtbot.waitExposed(tab)
    assert not tab.ui.messageTemplatesButton.isEnabled()  # an advisor
    ctx.set_operator(people[Role.OWNER])
    tab._apply_permission()
    assert tab.ui.messageTemplatesButton.isEnabled()
    SHOTS.mkdir(parents=True, exist_ok=True)
    tab.grab().save(str(SHOTS / "settings_tab.png"))
    tab.ui.messageTemplatesButton.click()
    assert opened == [ctx]


def test_the_appointments_tab_confirms_the_selected_booking_by_message(qtbot: QtBot, ctx: AppContext, people: dict,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import datetime

    from garage_desktop.services import appointments
    from garage_desktop.services.appointments import BookingForm
    from garage_desktop.ui.tabs import appointments_tab
    from garage_desktop.ui.tabs.appointments_tab import AppointmentsTab

    clock.set_fixed(datetime(2026, 11, 28, 8, 40))
    use_language(ctx, people[Role.OWNER], "zh_TW")
    order_id = ctx.call(appointments.book, BookingForm(start_at=datetime(2026, 11, 28, 10, 30), contact_name="王美玲",
                                                       contact_phone="13800138000", plate="滬B88888")
                        ).appointment.order_id
    tab = AppointmentsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1366, 720)
    tab.show()
    assert not tab.ui.confirmMessageButton.isEnabled()  # nothing selected
    assert tab.select_order(order_id)
    assert tab.ui.confirmMessageButton.isEnabled()
    SHOTS.mkdir(parents=True, exist_ok=True)
    tab.grab().save(str(SHOTS / "appointments_tab.png"))
    # The real dialog, as the advisor sees it: filled from the booking (no customer on file yet).
    dialog = MessageDialog(ctx, "booking_confirmation", order_id=order_id)
    qtbot.addWidget(dialog)
    assert "王美玲您好，這裡是順風汽修。已為您預約 11月28日（週六）10:30 到店，車牌 沪B88888" in dialog.text()  # plates are stored in one script
    assert "13800138000" in dialog.head_label.text()
    shot(dialog, "booking_confirmation_zh_TW")
    asked: list[tuple[str, int]] = []
    monkeypatch.setattr(appointments_tab, "send_message",
                        lambda _ctx, purpose, *, order_id, parent: asked.append((purpose, order_id)) or 1)
    tab.ui.confirmMessageButton.click()
    assert asked == [("booking_confirmation", order_id)]


def test_the_followup_tab_messages_the_chosen_call(qtbot: QtBot, ctx: AppContext, people: dict,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from garage_desktop.ui.tabs.followup_tab import FollowUpTab
    from tests.integration import test_followup

    clock.set_fixed(test_followup.NOW)
    _, car = test_followup.make_car(ctx.db, name="陳美玲", plate="粵A88888")
    order_id = test_followup.make_order(ctx.db, car)  # handed over two days ago: the call is due
    tab = FollowUpTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1366, 720)
    tab.show()
    tree = tab.ui.dueList
    tree.setCurrentItem(tree.topLevelItem(0))
    tree.itemActivated.emit(tree.topLevelItem(0), 0)
    assert tab.ui.followupMessageButton.isEnabled()
    SHOTS.mkdir(parents=True, exist_ok=True)
    tab.grab().save(str(SHOTS / "followup_tab.png"))
    asked: list[tuple[str, int]] = []
    monkeypatch.setattr(order_menu, "send_message",
                        lambda _ctx, purpose, oid, _parent: asked.append((purpose, oid)) or 3)
    tab.ui.followupMessageButton.click()
    assert asked == [("followup", order_id)]
    assert "Message copied" in tab.ui.resultLabel.text()


def test_a_delay_told_by_message_goes_on_to_the_delay_notice(qtbot: QtBot, ctx: AppContext,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from garage_desktop.ui.dialogs import delay_call_dialog
    from garage_desktop.ui.dialogs.delay_call_dialog import DelayCallDialog

    order_id = make_confirmed_order(ctx.db)
    written: list[int] = []
    monkeypatch.setattr(delay_call_dialog, "write_delay_notice", lambda _c, oid, _p: written.append(oid) or 5)

    def answer(dialog: DelayCallDialog) -> int:
        assert not dialog.message_check.isChecked()  # by phone: nothing to write
        dialog.method_combo.setCurrentIndex(dialog.method_combo.findData("message"))
        assert dialog.message_check.isChecked()
        dialog.reason_edit.setText("零件明早才到")
        shot(dialog, "delay_call_message")
        dialog.confirm()
        return dialog.result()

    monkeypatch.setattr(DelayCallDialog, "exec", answer)
    assert delay_call_dialog.record_delay_call(ctx, order_id) is not None
    assert written == [order_id]
