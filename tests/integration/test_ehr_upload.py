"""Uploading the electronic health record: the owner's platform account (the password sealed with this PC's key,
never audited), the queue derived from settled orders, and the real uploader against a stand-in platform on
127.0.0.1: success, a refused token renewed, a refused record with the platform's message, a refused login, a
platform that is down or slow, back-off and "Retry now", and never a record sent twice."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from itertools import count
from pathlib import Path

import pytest
from sqlalchemy import select

from garage_desktop.db.engine import Database
from garage_desktop.db.models import (
    AuditEvent,
    Customer,
    EhrUpload,
    LabourLine,
    Part,
    PartLine,
    QcInspection,
    RepairOrder,
    Setting,
    StockMovement,
    Vehicle,
)
from garage_desktop.domain.classes import JobClass, Payer, RegulatoryClass, Role
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.text import DomainError, DomainErrors, PermissionRefused
from garage_desktop.services import checkout, clock, ehr_protocol, ehr_upload, secret, settings
from garage_desktop.services.ehr_upload import State
from tests.ehr_platform import COMPANY_CODE, PASSWORD, down_url, running

NOW = datetime(2026, 11, 28, 15, 0)
START = date(2026, 11, 1)
GOOD_VIN = "LSVAU2187N2123456"  # check digit 7 at position 9
BAD_CHECK_VIN = "LSVAU2180N2123456"  # a failing check digit: only a note here, the stand-in platform refuses it
CREDIT_CODE = "9144030071526726XG"
_serial = count(1)


@pytest.fixture(autouse=True)
def fixed_clock() -> None:
    clock.set_fixed(NOW)


def call(db: Database, function, actor, *args, **kwargs):  # type: ignore[no-untyped-def]
    with db.session_scope() as session:
        return function(session, actor, *args, **kwargs)


def read(db: Database, function, *args, **kwargs):  # type: ignore[no-untyped-def]
    with db.session_scope(write=False) as session:
        return function(session, *args, **kwargs)


def garage_registered(db: Database, people: dict[Role, int]) -> None:
    """The garage's licence number and credit code, which every record needs (set through the Settings)."""
    with db.session_scope() as session:
        current = settings.load(session)
        registered = replace(current, licence_no="粵交運管許可深字440300001234號", tax_id=CREDIT_CODE)
        settings.save(session, people[Role.OWNER], registered)


def settled(db: Database, people: dict[Role, int], *, vin: str = GOOD_VIN, part_code: str | None = "BP-1234",
            settled_at: datetime = NOW) -> int:
    """A 三包 order ready for settlement (built with the ORM), then settled by the cashier at ``settled_at``."""
    n = next(_serial)
    with db.session_scope() as session:
        person = Customer(name="林志明", phone=f"1391234{n:04d}", created_at=NOW - timedelta(days=30))
        car = Vehicle(customer=person, plate=f"粵B{n:05d}", vin=vin, make="大眾", model="朗逸",
                      created_at=NOW - timedelta(days=30))
        received = settled_at - timedelta(hours=6)
        order = RepairOrder(
            order_no=f"WO-EHR-{n:04d}", status=OrderStatus.READY, customer=person, vehicle=car,
            job_class=JobClass.MINOR, regulatory_class=RegulatoryClass.MINOR_REPAIR, payer=Payer.WARRANTY,
            complaint="剎車異響", mileage_in=45230, created_at=received, received_at=received,
            confirmed_at=received, ready_at=settled_at - timedelta(hours=1), updated_at=received)
        session.add(order)
        session.add(LabourLine(order=order, seq=1, name="更換剎車片", standard_hours=Decimal("1.5"),
                               rate=Decimal("100.00"), coefficient=Decimal(1), amount=Decimal("150.00")))
        part = None
        if part_code is not None:
            part = Part(code=f"{part_code}-{n}", name="前剎車片", unit="套", sale_price=Decimal("380.00"))
            session.add(part)
            session.flush()
        line = PartLine(order=order, seq=1, part_id=part.id if part else None, name="前剎車片", unit="套",
                        planned_qty=Decimal(1), issued_qty=Decimal(1), unit_price=Decimal("380.00"))
        session.add(line)
        session.flush()
        if part is not None:  # issued from stock: the cashier's check reconciles the line with its movement
            session.add(StockMovement(part_id=part.id, kind="issue", quantity=Decimal(-1), order_id=order.id,
                                      part_line_id=line.id, created_at=received))
        session.add(QcInspection(order_id=order.id, attempt=1, template="general", passed=True,
                                 inspected_at=settled_at - timedelta(hours=1)))
        session.flush()
        order_id = order.id
    clock.set_fixed(settled_at)
    call(db, checkout.settle, people[Role.CASHIER], order_id)
    clock.set_fixed(NOW)
    return order_id


def account(db: Database, people: dict[Role, int], url: str, *, password: str | None = PASSWORD,
            enabled: bool = True, company_code: str = COMPANY_CODE) -> ehr_upload.PlatformAccount:
    return call(db, ehr_upload.save_account, people[Role.OWNER], url=url, company_code=company_code,
                start_on=START, enabled=enabled, password=password)


def upload(db: Database, *, timeout: float = 5.0) -> ehr_upload.RunSummary:
    return ehr_upload.upload_due(db, client_factory=lambda acc, pw: ehr_upload.client_for(acc, pw, timeout=timeout))


def row(db: Database, order_id: int) -> EhrUpload | None:
    with db.session_scope(write=False) as session:
        return session.scalar(select(EhrUpload).where(EhrUpload.order_id == order_id))


def state_of(db: Database, order_id: int) -> State | None:
    queue = read(db, ehr_upload.queue)
    return next((item.state for item in queue.items if item.order_id == order_id), None)


# --- the account ------------------------------------------------------------------------------------------------

def test_only_the_owner_sets_the_account_and_the_password_is_never_stored_or_audited_in_clear(
        db: Database, people: dict[Role, int]) -> None:
    with pytest.raises(PermissionRefused):
        call(db, ehr_upload.save_account, people[Role.ADVISOR], url="https://ehr.example.cn", company_code="X",
             start_on=START, enabled=False, password=PASSWORD)
    saved = account(db, people, "https://ehr.example.cn/api")
    assert saved.enabled and saved.password_set and saved.password_here and saved.uploads_here
    with db.session_scope(write=False) as session:
        stored = session.get(Setting, ehr_upload.KEY_PASSWORD).value
        trail = " ".join(f"{e.before} {e.after}" for e in session.scalars(select(AuditEvent)))
        assert ehr_upload.password(session) == PASSWORD
    assert PASSWORD not in stored and stored.startswith("s1$")
    assert PASSWORD not in trail and stored not in trail
    assert "ehr.example.cn" in trail and "company_code" in trail  # what changed is audited, the password as "set"
    # Saved again without a password: the stored one is kept; a new one replaces it (audited as "replaced")
    account(db, people, "https://ehr.example.cn/api", password=None)
    with db.session_scope(write=False) as session:
        assert ehr_upload.password(session) == PASSWORD
    account(db, people, "https://ehr.example.cn/api", password="新密碼-2027")
    with db.session_scope(write=False) as session:
        assert ehr_upload.password(session) == "新密碼-2027"
        last = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert last.action == "ehr:platform" and "replaced" in last.after and "新密碼" not in last.after


def test_another_pc_cannot_read_the_password_and_does_not_upload(db: Database, people: dict[Role, int],
                                                                  tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    garage_registered(db, people)
    order_id = settled(db, people)
    with running() as platform:
        account(db, people, platform.url)
        monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "another_pc"))  # another PC's data folder: no key
        there = read(db, ehr_upload.load_account)
        assert there.password_set and not there.password_here and not there.uploads_here
        assert read(db, ehr_upload.password) is None
        assert upload(db).skipped == ehr_upload.WHY_ELSEWHERE
        assert platform.records == [] and row(db, order_id) is None


def test_enabling_needs_the_whole_account_and_says_what_is_missing_beside_each_field(
        db: Database, people: dict[Role, int]) -> None:
    with pytest.raises(DomainErrors) as refused:
        call(db, ehr_upload.save_account, people[Role.OWNER], url="ftp://x", company_code=" ", start_on=None,
             enabled=True, password=None)
    assert {e.field for e in refused.value.errors} == {"url", "company_code", "password", "start_on"}
    # switched off, a half-typed account may be kept
    kept = call(db, ehr_upload.save_account, people[Role.OWNER], url="", company_code="4403", start_on=None,
                enabled=False, password=None)
    assert kept.company_code == "4403" and not kept.enabled
    assert upload(db).skipped == ehr_upload.WHY_OFF


def test_sealed_text_is_refused_when_changed_or_sealed_elsewhere(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    sealed = secret.seal("密碼 pass")
    assert secret.unseal(sealed) == "密碼 pass" and secret.held_here(sealed)
    assert secret.seal("密碼 pass") != sealed  # a fresh nonce each time
    assert oct(secret.key_path().stat().st_mode & 0o777) == oct(0o600)
    parts = sealed.split("$")
    tampered = "$".join([*parts[:3], parts[3][:-4] + ("AAAA" if not parts[3].endswith("AAAA") else "BBBB"),
                         parts[4]])
    assert secret.unseal(tampered) is None
    here = os.environ["XDG_DATA_HOME"]  # the test's own folder (conftest), never the user's
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "elsewhere"))
    assert secret.unseal(sealed) is None and not secret.held_here(sealed)
    # a damaged key file: what it sealed is lost (the owner types the password again), a new key is made
    monkeypatch.setenv("XDG_DATA_HOME", here)
    secret.key_path().write_bytes(b"cut")
    assert secret.unseal(sealed) is None
    resealed = secret.seal("again")
    assert secret.unseal(resealed) == "again" and len(secret.key_path().read_bytes()) == secret.KEY_BYTES


# --- the queue --------------------------------------------------------------------------------------------------

def test_queue_holds_orders_settled_since_the_start_day_and_those_with_problems_are_to_fix(
        db: Database, people: dict[Role, int]) -> None:
    garage_registered(db, people)
    before_start = settled(db, people, settled_at=datetime(2026, 10, 30, 10, 0))
    ready = settled(db, people)
    no_code = settled(db, people, part_code=None)
    account(db, people, "https://ehr.example.cn", enabled=False)
    queue = read(db, ehr_upload.queue)
    listed = {item.order_id: item for item in queue.items}
    assert before_start not in listed
    assert listed[ready].state is State.TO_SEND and listed[ready].settlement_no.startswith("JS2026-")
    assert listed[no_code].state is State.TO_FIX
    assert [p.where for p in listed[no_code].problems] == ["parts"]
    assert queue.counts[State.TO_SEND] == 1 and queue.counts[State.TO_FIX] == 1
    assert read(db, ehr_upload.due) == [ready]


# --- uploads against the stand-in platform ------------------------------------------------------------------------

def test_records_are_sent_in_the_envelope_once_with_one_token(db: Database, people: dict[Role, int]) -> None:
    garage_registered(db, people)
    first, second = settled(db, people), settled(db, people)
    with running() as platform:
        account(db, people, platform.url)
        done = upload(db)
        assert (done.sent, done.failed, done.stopped) == (2, 0, "")
        assert platform.token_requests == 1  # the token is kept for the next record
        sent = platform.accepted[0]
        assert sent["access_token"] == "token-1"
        assert sent["basicInfo"]["vin"] == GOOD_VIN and sent["basicInfo"]["repairdate"] == "20261128"
        assert sent["basicInfo"]["costlistcode"].startswith("JS2026-")
        assert sent["vehiclepartslist"][0]["partscode"].startswith("BP-1234")
        assert platform.headers[0] == {"date": "20261128", "time": "150000"}
        assert row(db, first).status == "sent" and row(db, first).sent_at == NOW
        assert state_of(db, second) is State.SENT
        # never twice: a second run sends nothing, even if asked to retry everything
        call(db, ehr_upload.retry_now, people[Role.ADVISOR])
        assert upload(db).sent == 0 and len(platform.records) == 2
        with db.session_scope() as session:  # a late outcome for a sent record changes nothing
            assert not ehr_upload.record_outcome(session, first, ehr_protocol.Outcome(False, "x"))
        assert row(db, first).status == "sent"


def test_a_refused_token_is_renewed_once_and_the_record_sent(db: Database, people: dict[Role, int]) -> None:
    garage_registered(db, people)
    settled(db, people)
    with running() as platform:
        account(db, people, platform.url)
        client = ehr_upload.client_for(read(db, ehr_upload.load_account), PASSWORD, timeout=5)
        assert ehr_upload.upload_due(db, client=client).sent == 1
        platform.expire_tokens()  # the platform forgot the token the program keeps
        later = settled(db, people)
        done = ehr_upload.upload_due(db, client=client)
        assert done.sent == 1 and row(db, later).status == "sent"
        assert platform.refused_tokens == 1 and platform.token_requests == 2


def test_a_token_is_asked_for_again_once_it_has_expired(db: Database, people: dict[Role, int]) -> None:
    garage_registered(db, people)
    settled(db, people)
    settled(db, people)
    with running(expires_in=60) as platform:  # valid for a minute: kept no longer than the minute minus a margin
        account(db, people, platform.url)
        assert upload(db).sent == 2
        assert platform.token_requests == 2 and platform.refused_tokens == 0  # renewed before it was refused


def test_a_refused_record_shows_the_platforms_message_and_is_tried_again_later(
        db: Database, people: dict[Role, int]) -> None:
    garage_registered(db, people)
    bad = settled(db, people, vin=BAD_CHECK_VIN)  # only a note for us; this platform checks the check digit
    with running() as platform:
        platform.check_vin_digit = True
        account(db, people, platform.url)
        done = upload(db)
        assert (done.sent, done.failed) == (0, 1)
        failed = row(db, bad)
        assert failed.status == "failed" and failed.message == "vin校驗位錯誤" and failed.attempts == 1
        assert failed.next_try_at == NOW + timedelta(minutes=5)
        item = next(i for i in read(db, ehr_upload.queue).items if i.order_id == bad)
        assert item.state is State.FAILED and item.message == "vin校驗位錯誤"
        assert read(db, ehr_upload.due) == []  # waits for its next try
        clock.set_fixed(NOW + timedelta(minutes=6))
        assert read(db, ehr_upload.due) == [bad]
        upload(db)
        assert row(db, bad).next_try_at == NOW + timedelta(minutes=6) + timedelta(minutes=15)  # backing off
        assert call(db, ehr_upload.retry_now, people[Role.ADVISOR], [bad]) == 1  # "Retry now"
        assert read(db, ehr_upload.due) == [bad]


def test_a_wrong_password_fails_with_the_platforms_message_and_stops_the_run(
        db: Database, people: dict[Role, int]) -> None:
    garage_registered(db, people)
    first, second = settled(db, people), settled(db, people)
    with running() as platform:
        account(db, people, platform.url, password="wrong")
        done = upload(db)
        assert done.stopped == "企業編碼或密碼錯誤" and (done.sent, done.failed) == (0, 1)
        assert row(db, first).message == "企業編碼或密碼錯誤" and row(db, second) is None
        assert platform.records == []


def test_a_platform_that_is_down_fails_plainly_and_is_sent_later(db: Database, people: dict[Role, int]) -> None:
    garage_registered(db, people)
    first, second = settled(db, people), settled(db, people)
    account(db, people, down_url())
    done = upload(db)
    assert done.stopped == ehr_protocol.UNREACHABLE and done.failed == 1
    assert row(db, first).status == "failed" and row(db, first).message == ehr_protocol.UNREACHABLE
    assert row(db, second) is None  # not tried: the run stopped at the first
    with running() as platform:
        account(db, people, platform.url, password=None)
        assert upload(db).sent == 1  # the second; the first waits for its next try
        clock.set_fixed(NOW + timedelta(minutes=5))
        assert upload(db).sent == 1
    assert row(db, first).status == "sent" and row(db, first).attempts == 2


def test_a_slow_platform_times_out_and_is_tried_again_later(db: Database, people: dict[Role, int]) -> None:
    garage_registered(db, people)
    order_id = settled(db, people)
    with running() as platform:
        platform.delay = 2.0
        account(db, people, platform.url)
        done = upload(db, timeout=0.3)
        assert done.stopped == ehr_protocol.TIMED_OUT
        assert row(db, order_id).status == "failed" and row(db, order_id).message == ehr_protocol.TIMED_OUT
        assert row(db, order_id).next_try_at == NOW + timedelta(minutes=5)


def test_a_mapping_file_gone_stops_the_run_without_sending_or_writing(db: Database, people: dict[Role, int],
                                                                       tmp_path: Path) -> None:
    from garage_desktop.services import ehr

    garage_registered(db, people)
    order_id = settled(db, people)
    province = tmp_path / "province_fields.json"
    province.write_text(ehr.default_fields_file().read_text(encoding="utf-8"), encoding="utf-8")
    call(db, ehr.set_fields_file, people[Role.OWNER], str(province))
    province.unlink()  # the file the owner named is gone (a USB stick taken out)
    with running() as platform:
        account(db, people, platform.url)
        done = upload(db)
        assert "cannot be used" in done.stopped and (done.sent, done.failed) == (0, 0)
        assert platform.records == [] and row(db, order_id) is None  # tried again at the next run


def test_back_off_grows_then_repeats_its_last_step() -> None:
    steps = [ehr_upload.next_try(n, NOW) - NOW for n in range(1, 8)]
    assert steps[:5] == list(ehr_upload.BACKOFF)
    assert steps[5] == steps[6] == ehr_upload.BACKOFF[-1]


def test_a_province_with_another_protocol_is_a_file_named_in_the_account_not_code(
        db: Database, people: dict[Role, int], tmp_path: Path) -> None:
    garage_registered(db, people)
    order_id = settled(db, people)
    bundled = ehr_protocol.load_protocol()
    province = json.loads(json.dumps(bundled))  # another province: other paths, key names, answer and codes
    province["token"].update(path="/api/auth/token", company_code_key="orgCode", password_key="orgPwd",
                             code=["result", "code"], message=["result", "msg"], token=["result", "token"],
                             expires_in=[], success="0000")
    province["record"].update(path="/api/repair/upload", header=["envelope", "head"],
                              request=["envelope", "data"], code=["head", "retCode"], message=["head", "retMsg"],
                              success="0000", token_refused=["4001"])
    province_file = tmp_path / "province_protocol.json"
    province_file.write_text(json.dumps(province, ensure_ascii=False), encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text('{"token": {}}', encoding="utf-8")
    with pytest.raises(DomainError) as refused:  # a file that cannot be used is refused beside its field
        call(db, ehr_upload.save_account, people[Role.OWNER], url="https://x.example.cn", company_code="1",
             start_on=START, enabled=False, password=None, protocol_file=str(broken))
    assert refused.value.field == "protocol_file" and "lacks" in str(refused.value)
    with running(protocol=province) as platform:
        call(db, ehr_upload.save_account, people[Role.OWNER], url=platform.url, company_code=COMPANY_CODE,
             start_on=START, enabled=True, password=PASSWORD, protocol_file=str(province_file))
        assert read(db, ehr_upload.load_account).protocol_file == str(province_file)
        done = upload(db)
        assert done.sent == 1 and row(db, order_id).status == "sent" and row(db, order_id).message == "上傳成功"
        assert platform.accepted[0]["basicInfo"]["costlistcode"].startswith("JS2026-")
        platform.expire_tokens()  # its own code for a refused token (4001) is understood too
        later = settled(db, people)
        assert upload(db).sent == 1 and row(db, later).status == "sent"
    province_file.unlink()  # the named file is gone: uploads stop with the reason, nothing is sent or written
    third = settled(db, people)
    with running(protocol=province) as platform:
        account(db, people, platform.url, password=None)
        stopped = upload(db)
    assert "cannot be used" in stopped.stopped and row(db, third) is None
