"""Messages and the contact log on a real database: templates filled from an order or a vehicle in the document
language, the owner's own wording (checked, audited, restorable), and every message copied logged as a contact
that the vehicle's record shows."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from garage_desktop.db.engine import Database
from garage_desktop.db.models import AuditEvent, Contact, Customer, MessageTemplate, Operator, Vehicle
from garage_desktop.domain.classes import Role
from garage_desktop.domain.text import DomainError, PermissionRefused
from garage_desktop.services import appointments, clock, delay_calls, messages, settings
from tests.integration.test_appointments import MONDAY, at, form
from tests.integration.test_checkout import make_ready_order
from tests.integration.test_work_order import NOW, PROMISED, call, make_confirmed_order


@pytest.fixture(autouse=True)
def fixed_clock() -> None:
    clock.set_fixed(NOW)


@pytest.fixture
def garage(db: Database, people: dict[Role, int]) -> None:
    with db.session_scope() as session:
        current = settings.load(session)
        settings.save(session, people[Role.OWNER], replace(current, garage_name="順風汽修", garage_phone="020-8888 6666"))


def draft(db: Database, purpose: str, language: str = "zh_TW", **subject: int | None) -> messages.MessageDraft:
    with db.session_scope() as session:
        return messages.draft(session, purpose, language, **subject)


def make_vehicle(db: Database, *, next_service_on: date | None = None, next_service_km: int | None = None,
                 inspection_due_on: date | None = None, insurance_expires_on: date | None = None) -> int:
    with db.session_scope() as session:
        person = Customer(name="陳美玲", phone="13922223333", created_at=NOW - timedelta(days=400))
        car = Vehicle(customer=person, plate="粵A88888", make="豐田", model="卡羅拉", created_at=person.created_at,
                      next_service_on=next_service_on, next_service_km=next_service_km,
                      inspection_due_on=inspection_due_on, insurance_expires_on=insurance_expires_on)
        session.add(car)
        session.flush()
        return car.id


def contacts(db: Database) -> list[Contact]:
    with db.session_scope() as session:
        rows = session.scalars(select(Contact).order_by(Contact.id)).all()
        session.expunge_all()
        return list(rows)


def audit_actions(db: Database, entity: str) -> list[str]:
    with db.session_scope() as session:
        return list(session.scalars(select(AuditEvent.action).where(AuditEvent.entity == entity)
                                    .order_by(AuditEvent.id)).all())


# --- the contact log -----------------------------------------------------------------------------------------
def test_a_contact_on_an_order_takes_its_customer_and_vehicle_and_is_audited(db: Database, people: dict) -> None:
    order_id = make_confirmed_order(db)
    contact_id = call(db, messages.log_contact, people[Role.ADVISOR], purpose="followup", channel="call",
                      order_id=order_id, outcome="客戶滿意")
    [row] = contacts(db)
    with db.session_scope() as session:
        order = session.get(messages.RepairOrder, order_id)
        assert order is not None
        expected = (order.customer_id, order.vehicle_id)
        event = session.scalars(select(AuditEvent).where(AuditEvent.entity == "contact")).one()
    assert row.id == contact_id
    assert (row.customer_id, row.vehicle_id, row.order_id) == (*expected, order_id)
    assert (row.purpose, row.channel, row.outcome, row.by_id, row.at) == ("followup", "call", "客戶滿意",
                                                                          people[Role.ADVISOR], NOW)
    assert (event.action, event.order_id, event.entity_id) == ("contact:call", order_id, contact_id)


def test_a_contact_on_a_vehicle_takes_its_owner(db: Database, people: dict) -> None:
    vehicle_id = make_vehicle(db, inspection_due_on=date(2026, 12, 10))
    call(db, messages.log_contact, people[Role.CASHIER], purpose="inspection_due", channel="message",
         vehicle_id=vehicle_id, template_key="inspection_due", body="  年檢提醒  ")
    [row] = contacts(db)
    with db.session_scope() as session:
        vehicle = session.get(Vehicle, vehicle_id)
        assert vehicle is not None
        owner = vehicle.customer_id
    assert (row.customer_id, row.vehicle_id, row.order_id, row.body) == (owner, vehicle_id, None, "年檢提醒")


@pytest.mark.parametrize(("changes", "message"), [
    ({"purpose": "birthday"}, messages.BAD_PURPOSE),
    ({"channel": "fax"}, messages.BAD_CHANNEL),
    ({"order_id": None}, messages.NO_SUBJECT),
    ({"order_id": 999_999}, messages.NO_ORDER),
    ({"body": "   "}, messages.NO_MESSAGE),
    ({"body": "長" * 1001}, "{what} can be at most {limit} characters ({length} now)."),
])
def test_a_bad_contact_is_refused_and_nothing_is_written(db: Database, people: dict, changes: dict,
                                                         message: str) -> None:
    order_id = make_confirmed_order(db)
    arguments = {"purpose": "car_ready", "channel": "message", "order_id": order_id, "body": "可以取車了"} | changes
    with pytest.raises(DomainError) as refused:
        call(db, messages.log_contact, people[Role.ADVISOR], **arguments)
    assert refused.value.message == message
    assert contacts(db) == []


def test_a_contact_about_an_order_of_another_car_is_refused(db: Database, people: dict) -> None:
    order_id = make_confirmed_order(db)
    with pytest.raises(DomainError) as refused:
        call(db, messages.log_contact, people[Role.ADVISOR], purpose="followup", channel="call",
             order_id=order_id, vehicle_id=make_vehicle(db))
    assert refused.value.message == messages.OTHER_VEHICLE


def test_nobody_chosen_logs_nothing(db: Database) -> None:
    with pytest.raises(PermissionRefused):
        call(db, messages.log_contact, None, purpose="followup", channel="call", order_id=make_confirmed_order(db))
    assert contacts(db) == []


def test_the_vehicle_record_lists_its_contacts_newest_first_with_who(db: Database, people: dict) -> None:
    order_id = make_confirmed_order(db)
    with db.session_scope() as session:
        vehicle_id = session.get(messages.RepairOrder, order_id).vehicle_id  # type: ignore[union-attr]
    call(db, messages.send_message, people[Role.ADVISOR], purpose="delay_notice", order_id=order_id,
         body="延後到明天")
    clock.set_fixed(NOW + timedelta(days=200))
    call(db, messages.log_contact, people[Role.OWNER], purpose="service_due", channel="call",
         vehicle_id=vehicle_id, outcome="下週來保養")
    with db.session_scope() as session:
        shown = messages.contacts_of_vehicle(session, vehicle_id)
        of_order = messages.contacts_of_order(session, order_id)
        owner_name = session.get(Operator, people[Role.OWNER]).name  # type: ignore[union-attr]
    stranger = make_vehicle(db)
    with db.session_scope() as session:
        other = messages.contacts_of_vehicle(session, stranger)
    assert [(c.purpose, c.channel, c.by, c.at) for c in shown] == [
        ("service_due", "call", owner_name, NOW + timedelta(days=200)), ("delay_notice", "message", "王小明", NOW)]
    assert shown[1].order_no.startswith("WO20261128-") and shown[1].body == "延後到明天"
    assert [c.purpose for c in of_order] == ["delay_notice"]
    assert other == []


# --- messages filled from an order or a vehicle ---------------------------------------------------------------
def test_car_ready_names_the_car_and_what_is_owed(db: Database, people: dict, garage: None) -> None:
    order_id = make_ready_order(db)  # ¥820 to pay
    message = draft(db, "car_ready", "zh_TW", order_id=order_id)
    assert message.text.startswith("林志明您好，您的愛車 粵B")
    assert "應付金額 ¥820.00" in message.text and message.text.endswith("020-8888 6666。順風汽修")
    assert message.missing == () and not message.own
    assert (message.customer_name, message.customer_phone[:7]) == ("林志明", "1381234")


def test_the_message_is_written_in_the_language_asked(db: Database, people: dict, garage: None) -> None:
    order_id = make_ready_order(db)
    assert draft(db, "car_ready", "zh_CN", order_id=order_id).text.startswith("【順風汽修】林志明您好，您的爱车")
    assert draft(db, "car_ready", "en", order_id=order_id).text.startswith("Hello 林志明, your car 粵B")


def test_a_booking_confirmation_gives_the_booked_time(db: Database, people: dict, garage: None) -> None:
    with db.session_scope() as session:
        booked = appointments.book(session, people[Role.ADVISOR], form(at(9, 30))).appointment
    message = draft(db, "booking_confirmation", "zh_TW", order_id=booked.order_id)
    assert MONDAY == date(2026, 11, 30)
    assert "已為您預約 11月30日（週一）09:30 到店，車牌 京A12345" in message.text
    assert message.text.startswith("林志明您好，這裡是順風汽修。")


def test_a_delay_notice_gives_the_new_time_agreed(db: Database, people: dict, garage: None) -> None:
    order_id = make_confirmed_order(db)
    new_time = PROMISED + timedelta(hours=16)  # Sunday 09:00
    call(db, delay_calls.record_call, people[Role.ADVISOR], order_id, NOW, "phone", "林志明", "零件明早才到", new_time)
    assert "預計 11月29日（週日）09:00 完工" in draft(db, "delay_notice", order_id=order_id).text


def test_service_due_gives_the_date_and_mileage_whichever_first(db: Database, garage: None) -> None:
    vehicle_id = make_vehicle(db, next_service_on=date(2027, 5, 1), next_service_km=60000)
    message = draft(db, "service_due", "zh_TW", vehicle_id=vehicle_id)
    assert "粵A88888 下次保養：2027年5月1日或 60,000 公里（以先到者為準）" in message.text
    assert (message.order_id, message.vehicle_id, message.customer_name) == (None, vehicle_id, "陳美玲")


@pytest.mark.parametrize(("purpose", "column", "words"), [("inspection_due", "inspection_due_on", "年檢將於 2027年1月15日 到期"),
                                                          ("insurance_due", "insurance_expires_on",
                                                           "交強險將於 2027年1月15日 到期")])
def test_inspection_and_insurance_reminders_give_their_own_date(db: Database, garage: None, purpose: str,
                                                                column: str, words: str) -> None:
    vehicle_id = make_vehicle(db, **{column: date(2027, 1, 15)})
    assert words in draft(db, purpose, vehicle_id=vehicle_id).text


def test_a_value_the_vehicle_lacks_is_left_empty_and_named(db: Database) -> None:
    message = draft(db, "inspection_due", "zh_TW", vehicle_id=make_vehicle(db))  # no inspection date known
    assert "年檢將於  到期" in message.text and "{due}" not in message.text
    assert "garage_phone" in message.missing and "due" in message.missing


def test_an_order_message_needs_an_order(db: Database) -> None:
    with pytest.raises(DomainError) as refused:
        draft(db, "car_ready", vehicle_id=make_vehicle(db))
    assert refused.value.message == messages.NEEDS_ORDER


# --- the owner's wording --------------------------------------------------------------------------------------
def test_the_owner_rewords_a_template_in_one_language_and_can_restore_it(db: Database, people: dict,
                                                                          garage: None) -> None:
    owner = people[Role.OWNER]
    order_id = make_ready_order(db)
    call(db, messages.save_templates, owner, "zh_CN", {"car_ready": "{customer}，{plate} 好了，来提车吧！{garage}"})
    assert draft(db, "car_ready", "zh_CN", order_id=order_id).text.endswith("好了，来提车吧！順風汽修")
    assert draft(db, "car_ready", "zh_CN", order_id=order_id).own
    assert not draft(db, "car_ready", "zh_TW", order_id=order_id).own  # the other languages keep theirs
    restored = call(db, messages.restore_default, owner, "car_ready", "zh_CN")
    assert not restored.own and restored.body == messages.default_wording("zh_CN")["car_ready"]
    assert draft(db, "car_ready", "zh_CN", order_id=order_id).text.startswith("【順風汽修】")
    assert audit_actions(db, "message_template") == ["message_template:save", "message_template:restore_default"]


def test_saving_the_default_wording_keeps_no_own_copy(db: Database, people: dict) -> None:
    default = messages.default_wording("en")["followup"]
    shown = call(db, messages.save_templates, people[Role.OWNER], "en", {"followup": "  " + default + "\n"})
    assert not next(t for t in shown if t.purpose == "followup").own
    with db.session_scope() as session:
        assert session.scalar(select(func.count()).select_from(MessageTemplate)) == 0
    assert audit_actions(db, "message_template") == []


def test_an_unknown_placeholder_is_refused_naming_it_and_nothing_is_saved(db: Database, people: dict) -> None:
    with pytest.raises(DomainError) as refused:
        call(db, messages.save_templates, people[Role.OWNER], "zh_TW",
             {"followup": "{customer}您好", "car_ready": "{customer}您好，{車牌} 可取車，{pickup_time} 前來"})
    error = refused.value
    assert (error.message, error.field) == (messages.UNKNOWN_PLACEHOLDER, "car_ready")
    assert error.params["names"] == "{pickup_time}"  # {車牌} is not a placeholder at all: plain text
    assert "{plate}" in error.params["known"] and "pickup_time" in error.english()
    with db.session_scope() as session:
        assert session.scalar(select(func.count()).select_from(MessageTemplate)) == 0  # followup not saved either


def test_an_empty_template_is_refused(db: Database, people: dict) -> None:
    with pytest.raises(DomainError) as refused:
        call(db, messages.save_templates, people[Role.OWNER], "en", {"service_due": "  \n "})
    assert (refused.value.message, refused.value.field) == (messages.EMPTY_TEMPLATE, "service_due")


@pytest.mark.parametrize("role", [Role.ADVISOR, Role.CASHIER])
def test_only_the_owner_edits_the_wording(db: Database, people: dict, role: Role) -> None:
    with pytest.raises(PermissionRefused):
        call(db, messages.save_templates, people[role], "zh_TW", {"followup": "{customer}您好"})
    with pytest.raises(PermissionRefused):
        call(db, messages.restore_default, people[role], "followup", "zh_TW")
    with db.session_scope() as session:
        assert messages.editor_refusal(session, people[role]) is not None
        assert messages.editor_refusal(session, people[Role.OWNER]) is None


def test_long_texts_are_refused_at_their_field(db: Database, people: dict) -> None:
    order_id = make_confirmed_order(db)
    with pytest.raises(DomainError) as refused:
        call(db, messages.log_contact, people[Role.ADVISOR], purpose="followup", channel="call", order_id=order_id,
             outcome="長" * 201)
    assert (refused.value.field, refused.value.params["limit"]) == ("outcome", 200)
    call(db, messages.log_contact, people[Role.ADVISOR], purpose="followup", channel="call", order_id=order_id,
         outcome="長" * 200)  # at the limit: kept
    with pytest.raises(DomainError) as refused:
        call(db, messages.save_templates, people[Role.OWNER], "zh_TW", {"followup": "{customer}" + "長" * 991})
    assert (refused.value.field, refused.value.params["limit"]) == ("followup", 1000)
