"""Issue 14's services: a form checked whole (intake, booking) reports every bad field at once; the status bar's
count of the calls due agrees with the follow-up list; the last backup's time is read from its folder; an added
item's labour line is named for the work."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from garage_desktop.db.engine import Database
from garage_desktop.db.models import RepairOrder
from garage_desktop.domain.classes import Role
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.text import DomainError, DomainErrors, ErrorCollector, each_error
from garage_desktop.services import added_work, appointments, clock, followup, garage_file
from garage_desktop.services.customers import CustomerForm, VehicleForm
from tests.integration.test_followup import make_car, make_order
from tests.integration.test_intake import _receive, _rows, walk_in
from tests.integration.test_qc import make_qc_order

NOW = datetime(2026, 11, 28, 9, 30)


@pytest.fixture(autouse=True)
def _fixed_clock() -> None:
    clock.set_fixed(NOW)


def test_the_collector_keeps_every_refusal_and_raises_one_or_all() -> None:
    found = ErrorCollector()
    assert found.check(int, "5") == 5
    found.raise_any()  # nothing refused
    found.add(DomainError("first {n}", "a", n=1))
    with pytest.raises(DomainError) as one:
        found.raise_any()
    assert not isinstance(one.value, DomainErrors) and one.value.field == "a"
    with found:
        raise DomainError("second", "b")
    with pytest.raises(DomainErrors) as both:
        found.raise_any()
    assert [e.field for e in each_error(both.value)] == ["a", "b"]
    assert both.value.field == "a" and both.value.english() == "first 1\nsecond"  # the first, for old handlers


def test_intake_reports_every_bad_field_and_writes_nothing(db: Database, advisor: int) -> None:
    before = _rows(db)
    form = walk_in(customer=CustomerForm(name="", phone="138-x"), vehicle=VehicleForm(plate="", vin="LSVAU2180"),
                   mileage="abc", complaint=" ", promised_at=NOW - timedelta(hours=1))
    with pytest.raises(DomainErrors) as refused:
        _receive(db, advisor, form)
    assert [e.field for e in refused.value.errors] == ["name", "phone", "plate", "vin", "mileage", "complaint",
                                                        "promised_at"]
    assert _rows(db) == before


def test_a_booking_reports_every_bad_field(db: Database, advisor: int) -> None:
    form = appointments.BookingForm(start_at=NOW - timedelta(hours=1), duration_min=5, contact_name="",
                                    contact_phone="abc", plate="粵B123456789X")  # too long
    with db.session_scope() as session, pytest.raises(DomainErrors) as refused:
        appointments.book(session, advisor, form)
    assert [e.field for e in refused.value.errors] == ["start_at", "duration_min", "contact_name", "contact_phone",
                                                        "plate"]


def test_count_due_agrees_with_the_calls_due(db: Database, advisor: int) -> None:
    _, car = make_car(db)
    for delivered in (datetime(2026, 11, 26, 23, 59), datetime(2026, 11, 27, 0, 0), datetime(2026, 11, 20, 8, 0),
                      datetime(2026, 11, 28, 8, 0)):
        make_order(db, car, delivered_at=delivered)
    make_order(db, car, status=OrderStatus.DEPOSIT_RELEASED, delivered_at=datetime(2026, 11, 25, 9, 0))
    reached = make_order(db, car, delivered_at=datetime(2026, 11, 24, 9, 0))
    with db.session_scope() as session:
        followup.record_call(session, advisor, reached, True, 5, "", "", None)
    with db.session_scope() as session:
        due = followup.calls_due(session, NOW)
        assert followup.count_due(session, NOW) == len(due) == 3
    with db.read_scope() as connection:  # the status bar's plain connection
        assert followup.count_due(connection, NOW) == 3
        assert followup.count_due(connection, NOW + timedelta(days=1)) == 4  # 11-27 00:00 falls due on the 29th


def test_the_last_backup_is_the_newest_in_the_backup_folder(tmp_path: Path) -> None:
    db_file = tmp_path / "garage.sqlite3"
    db_file.write_bytes(b"")
    assert garage_file.last_backup_at(db_file) is None
    folder = tmp_path / "backups"
    folder.mkdir()
    for name in ("garage-20261127-180000.sqlite3", "garage-20261128-081500.sqlite3", "other-20261128-090000.sqlite3",
                 "garage-20261128-081500.sqlite3.partial"):
        (folder / name).write_bytes(b"x")
    assert garage_file.last_backup_at(db_file) == datetime(2026, 11, 28, 8, 15)


def test_an_added_labour_line_is_named_for_the_work_not_the_finding(db: Database, people: dict) -> None:
    order_id = make_qc_order(db, status=OrderStatus.IN_REPAIR, finished=False)
    finding = added_work.Proposal("剎車油含水量 3%，建議更換", labour=(added_work.AddedLabour("0.5"),))
    with db.session_scope() as session, pytest.raises(DomainError) as refused:
        added_work.propose(session, people[Role.INSPECTOR], order_id, finding)
    assert refused.value.field == "labour_name"
    with db.session_scope() as session:  # the preview does not wait for the name
        assert added_work.preview(session, order_id, finding).labour_amount > 0
    named = added_work.Proposal("剎車油含水量 3%，建議更換", labour=(added_work.AddedLabour("0.5", "更換剎車油"),))
    with db.session_scope() as session:
        result = added_work.propose(session, people[Role.INSPECTOR], order_id, named)
        assert result.description == "剎車油含水量 3%，建議更換"
        order = session.get(RepairOrder, order_id)
        assert [line.name for line in order.labour_lines if line.added] == ["更換剎車油"]
