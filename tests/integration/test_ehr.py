"""The electronic health record (電子健康檔案) of a settled order: the record in the platform's structure, the
settlement list number it carries, what keeps a record from being sent (and where it is fixed), the month's
settled orders, and another province's field mapping. Orders are taken through the services."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from garage_desktop.db.models import AuditEvent, RepairOrder
from garage_desktop.domain import ehr as rules
from garage_desktop.domain.classes import Role
from garage_desktop.domain.identifiers import vin_check_digit
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.text import DomainError, PermissionRefused
from garage_desktop.printing.settlement_list import render_settlement_list
from garage_desktop.services import (
    added_work,
    catalog,
    checkout,
    checkout_documents,
    ehr,
    estimate,
    free_items,
    order_actions,
    qc,
    work_order,
)
from garage_desktop.services import settings as garage_settings
from garage_desktop.services.checkout_state import checkout_state
from tests.integration.test_paperwork_truth import (
    Job,
    Walk,
    confirm,
    dispatch,
    order_through,
    pdf_text,
    receive,
    repair_and_pass_qc,
    stocked_part,
)
from tests.integration.test_qc import full_form

S = OrderStatus
D = Decimal

CREDIT_CODE = "91350100M000100Y43"
LICENCE = "粵交運管許可穗字440100012345號"
JOBS = (Job("更換機油機濾", "0.5", "120.00"), Job("檢查怠速抖動並清洗節氣門", "1.25", "100.00"))


@pytest.fixture
def walk(db, people) -> Walk:  # type: ignore[no-untyped-def]
    return Walk(db, people)


def register_garage(walk: Walk, *, licence: str = LICENCE, credit: str = CREDIT_CODE) -> None:
    current = walk.read(garage_settings.load)
    walk(Role.OWNER, garage_settings.save, replace(current, garage_name="明德汽車維修廠", licence_no=licence,
                                                  tax_id=credit))


def vin_for(plate: str) -> str:
    """A VIN with a right check digit, one per plate (a VIN belongs to one vehicle)."""
    body = f"LSVAM418{{}}C21{plate[-5:]}"
    return body.format(vin_check_digit(body.format("0")))


def settled(walk: Walk, *, vin: str | None = None, parts: tuple[int, ...] = (), plate: str = "粵A12345",
            **kwargs: object) -> int:
    vin = vin_for(plate) if vin is None else vin
    return order_through(walk, S.SETTLED, jobs=JOBS, parts=parts, vin=vin, plate=plate, **kwargs)  # type: ignore[arg-type]


def texts(found: list[rules.Problem]) -> list[str]:
    return [problem.english() for problem in found]


def test_the_record_carries_the_thirteen_elements_in_the_platform_structure(walk: Walk) -> None:
    register_garage(walk)
    part = stocked_part(walk)
    order_id = settled(walk, parts=(part,), complaint="怠速時車身抖動")
    record = walk.read(ehr.record, order_id)
    order = walk.read(lambda s, i: s.get(RepairOrder, i), order_id)
    assert set(record) == {"basicInfo", "repairprojectlist", "vehiclepartslist"}
    assert record["basicInfo"] == {
        "vehicleplatenumber": "粤A12345", "vin": vin_for("粵A12345"), "companyname": "明德汽車維修廠",
        "repairdate": f"{order.received_at:%Y%m%d}", "repairmileage": "45230",
        "settledate": f"{order.settled_at:%Y%m%d}", "faultdescription": "怠速時車身抖動；節氣門積碳",
        "costlistcode": order.settlement_no}
    assert order.settlement_no == f"JS{order.settled_at.year}-000001"
    assert record["repairprojectlist"] == [{"repairproject": "更換機油機濾", "workinghours": "0.5"},
                                           {"repairproject": "檢查怠速抖動並清洗節氣門", "workinghours": "1.25"}]
    # One planned and issued, one more approved as an extra part: two lines of the same catalog part.
    assert record["vehiclepartslist"] == [{"partsname": "節氣門清洗劑", "partscode": "BY-001", "partsquantity": "1"},
                                          {"partsname": "節氣門清洗劑", "partscode": "BY-001", "partsquantity": "1"}]
    assert walk.read(ehr.problems, order_id) == []
    json.dumps(record, ensure_ascii=False)  # plain data, every value text


def test_settlement_numbers_run_per_year_of_settlement_and_survive_a_reopening(walk: Walk) -> None:
    walk.at(datetime(2026, 12, 30, 9, 0))
    first = settled(walk, plate="粵A10001")
    second = settled(walk, plate="粵A10002")
    walk.at(datetime(2027, 1, 2, 9, 0))
    third = settled(walk, plate="粵A10003")

    def number(order_id: int) -> str:
        return walk.read(lambda s, i: s.get(RepairOrder, i).settlement_no, order_id)

    assert [number(first), number(second), number(third)] == ["JS2026-000001", "JS2026-000002", "JS2027-000001"]
    # A payment voided reopens the settlement; settled again, the order keeps the number on the list it was given.
    payment = next(m for m in walk.read(checkout_state, second).money if m.kind.value == "payment")
    walk(Role.OWNER, order_actions.void_payment, payment.id, "刷錯卡")
    assert walk.read(checkout_state, second).status is S.READY
    walk(Role.CASHIER, checkout.take_payment, second, "cash", payment.amount)
    assert number(second) == "JS2026-000002"
    assert walk.read(checkout_documents.settlement_doc, second).settlement_no == "JS2026-000002"


def test_declined_added_work_is_left_out_and_free_lines_are_work_done(walk: Walk) -> None:
    register_garage(walk)
    order_id = receive(walk, vin=vin_for("粵A12345"))
    confirm(walk, order_id, JOBS)
    view = walk.read(estimate.estimate_view, order_id)
    walk(Role.OWNER, free_items.make_free, order_id, "labour", view.labour[0].id, "goodwill", "老客戶")
    dispatch(walk, order_id, JOBS)
    proposal = added_work.Proposal("火花塞燒蝕", labour=(added_work.AddedLabour("1", "更換火花塞"),))
    refused = walk(Role.INSPECTOR, added_work.propose, order_id, proposal)
    walk(Role.ADVISOR, added_work.record_answer, refused.approval_id, walk.now, "phone", "林志明", False)
    for line in view.labour:  # the declined line is never worked
        walk(Role.FOREMAN, work_order.start_line, order_id, line.id)
        walk(Role.FOREMAN, work_order.finish_line, order_id, line.id)
    walk(Role.FOREMAN, work_order.report_finished, order_id)
    walk(Role.INSPECTOR, qc.pass_qc, order_id, full_form(walk.read(qc.qc_view, order_id, None, at=walk.now)))
    owed = walk.read(checkout_documents.settlement_doc, order_id).customer_owes
    walk(Role.CASHIER, checkout.take_payment, order_id, "card", owed)
    assert walk.read(checkout_state, order_id).labour[0].amount == 0  # given away, still work done
    projects = walk.read(ehr.record, order_id)["repairprojectlist"]
    assert [p["repairproject"] for p in projects] == ["更換機油機濾", "檢查怠速抖動並清洗節氣門"]


def test_each_problem_says_what_is_wrong_and_where_it_is_fixed(walk: Walk) -> None:
    order_id = settled(walk, vin="")  # unknown at intake; the garage's numbers never entered
    found = walk.read(ehr.problems, order_id)
    assert [(p.english(), p.where) for p in found] == [
        ("Enter the VIN (the platform needs it).", "intake"),
        ("Enter the garage's road transport licence number (道路運輸經營許可證).", "settings"),
        ("Enter the garage's unified social credit code (統一社會信用代碼).", "settings")]
    register_garage(walk, credit="91350100M000100Y44")
    assert texts(walk.read(ehr.problems, order_id))[-1] == (
        "The unified social credit code's last character does not match (it should be 3): check it.")


def test_a_failing_vin_check_digit_warns_but_does_not_hold_the_record_back(walk: Walk) -> None:
    """Decision: imported cars carry VINs without a GB 16735 check digit; their repairs must still be sent."""
    register_garage(walk)
    order_id = settled(walk, vin=vin_for("粵A12345").replace("C21", "D21"))
    assert walk.read(ehr.problems, order_id) == []
    assert [(p.text, p.where) for p in walk.read(ehr.notes, order_id)] == [(rules.VIN_CHECK_DIGIT, "intake")]


def test_a_plate_with_i_or_o_and_a_missing_vin_hold_the_record_back(walk: Walk) -> None:
    register_garage(walk)
    order_id = settled(walk, vin="", plate="粵AI2345")
    assert [p.text for p in walk.read(ehr.problems, order_id)] == [rules.NO_VIN, rules.PLATE_I_O]


def test_a_part_without_a_catalog_code_is_listed_for_the_parts_screen(walk: Walk) -> None:
    register_garage(walk)
    order_id = receive(walk, vin=vin_for("粵A12345"))
    labour = (estimate.LabourDraft(name="更換雨刮片", standard_hours="0.2", rate="100", coefficient="1"),)
    supplied = (estimate.PartDraft(name="客戶自帶雨刮片", unit="副", quantity="1", unit_price="0",
                                   customer_supplied=True),)
    walk(Role.ADVISOR, estimate.save_estimate, order_id, estimate.EstimateDraft("雨刮老化", labour, supplied,
                                                                                notify_above="500",
                                                                                may_replace_found_parts=True))
    walk(Role.ADVISOR, estimate.confirm, order_id, customer_name="林志明")
    jobs = (Job("更換雨刮片", "0.2"),)
    dispatch(walk, order_id, jobs)
    repair_and_pass_qc(walk, order_id)
    owed = walk.read(checkout_documents.settlement_doc, order_id).customer_owes
    walk(Role.CASHIER, checkout.take_payment, order_id, "card", owed)
    found = walk.read(ehr.problems, order_id)
    assert [(p.english(), p.where) for p in found] == [
        ("The part 客戶自帶雨刮片 has no part code: choose it from the catalog.", "parts")]
    # It is on the car all the same: the record lists it, with its quantity.
    assert walk.read(ehr.record, order_id)["vehiclepartslist"] == [
        {"partsname": "客戶自帶雨刮片", "partscode": "", "partsquantity": "1"}]
    # The advisor gives the line the catalog part it is: the record carries its code, the bill is unchanged.
    line_id = found[0].params["line"]
    bill = walk.read(checkout_documents.settlement_doc, order_id).total
    part_id = walk(Role.OWNER, catalog.save_part, None, catalog.PartDraft("WB-600", "雨刮片 600mm", unit="副",
                                                                          sale_price="80")).id
    with pytest.raises(PermissionRefused):
        walk(Role.FOREMAN, ehr.link_part, order_id, line_id, part_id)
    assert walk(Role.ADVISOR, ehr.link_part, order_id, line_id, part_id, "客戶自帶，同款") == "WB-600"
    assert walk.read(ehr.problems, order_id) == []
    assert walk.read(ehr.record, order_id)["vehiclepartslist"] == [
        {"partsname": "客戶自帶雨刮片", "partscode": "WB-600", "partsquantity": "1"}]
    assert walk.read(checkout_documents.settlement_doc, order_id).total == bill
    with pytest.raises(DomainError) as refused:
        walk(Role.ADVISOR, ehr.link_part, order_id, line_id, part_id)
    assert refused.value.english() == "That part line already is a catalog part (WB-600)."
    events = walk.read(lambda s: s.scalars(select(AuditEvent).where(AuditEvent.action == "ehr:part_code")).all())
    assert len(events) == 1 and "WB-600" in events[0].after


def test_a_part_issued_from_stock_cannot_be_relinked(walk: Walk) -> None:
    register_garage(walk)
    part = stocked_part(walk)
    order_id = settled(walk, parts=(part,))
    line_id = walk.read(lambda s, i: s.get(RepairOrder, i).part_lines[0].id, order_id)
    with pytest.raises(DomainError) as refused:
        walk(Role.ADVISOR, ehr.link_part, order_id, line_id, part)
    assert "already is a catalog part (BY-001)" in refused.value.english()


def test_the_month_lists_the_orders_settled_in_it_in_settlement_order(walk: Walk) -> None:
    walk.at(datetime(2026, 10, 31, 16, 0))
    october = settled(walk, plate="粵A20001")
    walk.at(datetime(2026, 11, 3, 9, 0))
    first = settled(walk, plate="粵A20002")
    second = settled(walk, plate="粵A20003")
    walk.at(datetime(2026, 12, 1, 8, 0))
    settled(walk, plate="粵A20004")
    open_one = order_through(walk, S.READY, plate="粵A20005")
    assert walk.read(ehr.settled_in_month, 2026, 11) == [first, second]
    assert october in walk.read(ehr.settled_in_month, 2026, 10)
    assert open_one not in walk.read(ehr.settled_in_month, 2026, 12)


def test_another_provinces_mapping_renames_the_fields(walk: Walk, tmp_path: Path) -> None:
    register_garage(walk)
    order_id = settled(walk)
    province = tmp_path / "fields_other.json"
    province.write_text(json.dumps({"date_format": "%Y-%m-%d", "record": {
        "base": {"plateNo": "plate", "vinCode": "vin", "inDate": "repair_date", "outDate": "exit_date",
                 "costNo": "settlement_no", "licence": "licence_no"},
        "items": [{"itemName": "name", "hours": "hours"}],
        "parts": [{"partName": "name", "partNo": "code", "qty": "quantity", "unit": "unit"}]}}),
        encoding="utf-8")
    walk(Role.OWNER, ehr.set_fields_file, str(province))
    record = walk.read(ehr.record, order_id)
    order = walk.read(lambda s, i: s.get(RepairOrder, i), order_id)
    assert record["base"] == {"plateNo": "粤A12345", "vinCode": vin_for("粵A12345"), "inDate": f"{order.received_at:%Y-%m-%d}",
                              "outDate": "", "costNo": order.settlement_no, "licence": LICENCE}
    assert record["items"][0] == {"itemName": "更換機油機濾", "hours": "0.5"}
    assert record["parts"] == []
    events = walk.read(lambda s: s.scalars(select(AuditEvent).where(AuditEvent.action == "setting")).all())
    assert any(ehr.FIELDS_FILE_KEY in (e.after or "") for e in events)
    # Back to the bundled national mapping.
    walk(Role.OWNER, ehr.set_fields_file, "")
    assert "basicInfo" in walk.read(ehr.record, order_id)


def test_a_mapping_file_that_does_not_work_is_refused_and_only_the_owner_names_one(walk: Walk,
                                                                                    tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps({"record": {"basicInfo": {"vin": "chassis"}}}), encoding="utf-8")
    with pytest.raises(DomainError) as refused:
        walk(Role.OWNER, ehr.set_fields_file, str(broken))
    assert refused.value.field == ehr.FIELDS_FILE_KEY
    assert "chassis" in refused.value.english()
    with pytest.raises(DomainError):
        walk(Role.OWNER, ehr.set_fields_file, str(tmp_path / "missing.json"))
    with pytest.raises(PermissionRefused):
        walk(Role.ADVISOR, ehr.set_fields_file, "")
    assert walk.read(ehr.fields_file) == ""


def test_the_settlement_list_prints_its_number_once_settled(walk: Walk, tmp_path: Path) -> None:
    ready = order_through(walk, S.READY, jobs=JOBS, plate="粵A30001", vin=vin_for("粵A30001"))
    before = pdf_text(render_settlement_list(walk.read(checkout_documents.settlement_doc, ready)))
    assert "結算清單編號" in before and "JS20" not in before  # numbered at settlement, not before
    order_id = settled(walk, plate="粵A30002")
    pdf = render_settlement_list(walk.read(checkout_documents.settlement_doc, order_id))
    number = walk.read(lambda s, i: s.get(RepairOrder, i).settlement_no, order_id)
    assert f"結算清單編號{number}" in pdf_text(pdf)


def test_the_demo_garage_numbers_its_settled_orders_and_its_records_hold(tmp_path: Path) -> None:
    """The demo writes orders without ``checkout.settle``: numbered in settlement order per year all the same; its
    garage is registered right, so only a part the customer brought (no catalog code) holds a record back."""
    from garage_desktop.db.engine import Database
    from garage_desktop.demo import write_demo
    from garage_desktop.services import clock

    clock.set_fixed(datetime(2026, 11, 28, 15, 10))
    try:
        write_demo(f"sqlite:///{tmp_path / 'demo.sqlite3'}", orders=120)
    finally:
        clock.set_fixed(None)
    database = Database(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    try:
        with database.session_scope(write=False) as session:
            rows = session.execute(select(RepairOrder.settled_at, RepairOrder.settlement_no)
                                   .order_by(RepairOrder.settled_at, RepairOrder.id)).all()
            months = {(at.year, at.month) for at, _ in rows if at is not None}
            checked = [row for year, month in sorted(months) for row in ehr.month_rows(session, year, month)]
    finally:
        database.dispose()
    settled_rows = [(at, number) for at, number in rows if at is not None]
    assert settled_rows and all(number is None for at, number in rows if at is None)
    seen: dict[int, int] = {}
    for at, number in settled_rows:
        seen[at.year] = seen.get(at.year, 0) + 1
        assert number == rules.settlement_number(at.year, seen[at.year])
    assert len(checked) == len(settled_rows)
    held = {p.text for row in checked for p in row.problems}
    assert held <= {rules.NO_PART_CODE}
    assert sum(row.ready for row in checked) > len(checked) * 0.9


def test_the_vin_unknown_at_intake_is_entered_after_settlement(walk: Walk) -> None:
    register_garage(walk)
    order_id = settled(walk, vin="", plate="粵A60001")
    other = settled(walk, plate="粵A60002")
    taken = walk.read(lambda s, i: s.get(RepairOrder, i).vehicle.vin, other)
    with pytest.raises(DomainError) as refused:
        walk(Role.ADVISOR, ehr.correct_vehicle, order_id, "粵A60001", taken)
    assert refused.value.field == "vin" and "粤A60002" in refused.value.english()
    with pytest.raises(DomainError) as refused:
        walk(Role.ADVISOR, ehr.correct_vehicle, order_id, "粵A60001", "LSVAM41")
    assert refused.value.field == "vin"
    with pytest.raises(PermissionRefused):
        walk(Role.FOREMAN, ehr.correct_vehicle, order_id, "粵A60001", vin_for("粵A60001"))
    saved = walk(Role.ADVISOR, ehr.correct_vehicle, order_id, "粵A60001", vin_for("粵A60001").lower())
    assert saved.warnings == ()
    assert walk.read(ehr.problems, order_id) == []
    assert walk.read(ehr.record, order_id)["basicInfo"]["vin"] == vin_for("粵A60001")
    events = walk.read(lambda s: s.scalars(select(AuditEvent).where(AuditEvent.entity == "vehicle",
                                                                    AuditEvent.action == "update")).all())
    assert any(vin_for("粵A60001") in (e.after or "") for e in events)


def test_two_cashiers_settling_at_once_get_two_numbers(walk: Walk, db, people, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Two seats settle two orders at the same moment, a slow PC between reading the last number and writing the
    next: each gets its own (the counter's lock, ``services.numbering``)."""
    from garage_desktop.services import numbering
    from tests.integration.test_seats_racing import _at_once, _slowed

    first = order_through(walk, S.READY, jobs=JOBS, plate="粵A70001", vin=vin_for("粵A70001"))
    second = order_through(walk, S.READY, jobs=JOBS, plate="粵A70002", vin=vin_for("粵A70002"))
    owed = [walk.read(checkout_documents.settlement_doc, i).customer_owes for i in (first, second)]
    _slowed(monkeypatch, numbering.ehr_rules, "settlement_number")

    def settle(n: int) -> str:
        with db.session_scope() as session:
            order_id = (first, second)[n]
            checkout.take_payment(session, people[Role.CASHIER], order_id, "cash", owed[n])
            return session.get(RepairOrder, order_id).settlement_no

    numbers = _at_once(settle)
    assert sorted(numbers) == [f"JS{walk.now.year}-000001", f"JS{walk.now.year}-000002"]  # type: ignore[type-var]
