"""領料: the pick list from the planned lines, issue in full or in part, return, substitute, extra parts only with
the inspector's approval, old parts, the reconciliation before final QC, and the printed 領料單 / 用料批條."""

from __future__ import annotations

import io
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from garage_desktop.db.engine import Database
from garage_desktop.db.models import Approval, AuditEvent, Part, PartLine, StockMovement
from garage_desktop.domain.classes import Role
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.text import DomainError, PermissionRefused
from garage_desktop.services import added_work, audit, clock, picking, picking_documents, stock
from garage_desktop.services import picking_actions as actions
from garage_desktop.services.added_work import AddedPart, Proposal
from garage_desktop.services.stock import ReceiptLine
from tests.integration.test_work_order import NOW, call, make_confirmed_order

S = OrderStatus


@pytest.fixture(autouse=True)
def fixed_clock() -> None:
    clock.set_fixed(NOW)


def add_part(db: Database, people: dict, code: str, name: str, *, on_hand: str = "10", sale: str = "100.00",
             cost: str = "60.00", unit: str = "個", origin: str = "oem", minimum: str = "0",
             bin_location: str = "A-01", spec: str = "") -> int:
    with db.session_scope() as session:
        part = Part(code=code, name=name, spec=spec, unit=unit, origin=origin, sale_price=Decimal(sale),
                    cost=Decimal(cost), on_hand=Decimal(0), minimum=Decimal(minimum), bin_location=bin_location,
                    supplier="")
        session.add(part)
        session.flush()
        part_id = part.id
    if Decimal(on_hand):
        call(db, stock.receive, people[Role.STORE], "博世配件", [ReceiptLine(part_id, on_hand, cost)])
    return part_id


def stocked_order(db: Database, lines: Sequence[tuple[int, str]], *, status: OrderStatus = S.IN_REPAIR,
                  supplied: Sequence[bool] = ()) -> int:
    """A confirmed order whose planned part lines are the given (part id, quantity), priced at the catalog."""
    order_id = make_confirmed_order(db, parts=(), status=status)
    with db.session_scope() as session:
        for seq, (part_id, quantity) in enumerate(lines, start=1):
            part = session.get(Part, part_id)
            assert part is not None
            session.add(PartLine(order_id=order_id, seq=seq, part_id=part_id, name=part.name, spec=part.spec,
                                 unit=part.unit, origin=part.origin, planned_qty=Decimal(quantity),
                                 unit_price=part.sale_price, customer_supplied=seq <= len(supplied) and
                                 supplied[seq - 1]))
    return order_id


def pick(db: Database, order_id: int) -> picking.PickScreen:
    with db.session_scope() as session:
        return picking.pick_screen(session, order_id)


def on_hand(db: Database, part_id: int) -> Decimal:
    with db.session_scope() as session:
        return session.get(Part, part_id).on_hand


@pytest.fixture
def brake(db: Database, people: dict) -> dict[str, int]:
    """Brake pads (OEM, 5 in stock) and an equivalent oil filter (3 in stock), planned 2 and 1 on an order."""
    pads = add_part(db, people, "BP-01", "前剎車片", on_hand="5", sale="380.00", unit="套", bin_location="A-03")
    filters = add_part(db, people, "OF-02", "機油濾清器", on_hand="3", sale="45.00", origin="equivalent")
    order_id = stocked_order(db, [(pads, "2"), (filters, "1")])
    return {"pads": pads, "filters": filters, "order": order_id}


def test_the_pick_list_comes_from_the_planned_lines(db: Database, brake: dict) -> None:
    view = pick(db, brake["order"])
    assert [(line.seq, line.code, line.origin, line.planned, line.issued, line.on_hand, line.bin_location)
            for line in view.lines] == [(1, "BP-01", "oem", Decimal(2), 0, Decimal(5), "A-03"),
                                        (2, "OF-02", "equivalent", Decimal(1), 0, Decimal(3), "A-01")]
    assert all(line.issue_refusal is None and line.kind == "planned" for line in view.lines)
    assert not view.reconciliation.ok
    assert [p.kind for p in view.reconciliation.problems] == ["not_issued", "not_issued"]
    assert view.reconciliation.problems[0].text() == "1. 前剎車片: planned 2 套, never issued."


def test_partial_issue_and_return_are_reflected_on_the_order(db: Database, people: dict, brake: dict) -> None:
    store = people[Role.STORE]
    pads = pick(db, brake["order"]).lines[0]
    view = call(db, actions.issue, store, pads.id, "1")
    line = view.line(pads.id)
    assert (line.issued, line.to_issue, line.on_hand) == (Decimal(1), Decimal(1), Decimal(4))
    assert view.reconciliation.problems[0].kind == "short"
    view = call(db, actions.issue, store, pads.id, "")  # empty: the rest
    assert view.line(pads.id).issued == Decimal(2) and on_hand(db, brake["pads"]) == Decimal(3)
    view = call(db, actions.return_part, store, pads.id, "0.5", "多領")
    assert view.line(pads.id).issued == Decimal("1.5") and on_hand(db, brake["pads"]) == Decimal("3.5")
    assert [(m.kind, m.quantity, m.created_by, m.reason) for m in view.movements] == [
        ("return", Decimal("0.5"), "趙庫管", "多領"), ("issue", Decimal(-1), "趙庫管", ""),
        ("issue", Decimal(-1), "趙庫管", "")]
    with db.session_scope() as session:
        assert session.get(PartLine, pads.id).issued_qty == Decimal("1.5")
        assert stock.ledger_mismatches(session) == []


def test_the_parts_tab_reads_the_same_on_a_plain_connection(db: Database, people: dict, brake: dict) -> None:
    """The parts and stock tabs read through ``ctx.read_core`` (a connection, no session): same pick list,
    movements, reconciliation and low-stock list."""
    call(db, actions.issue, people[Role.STORE], pick(db, brake["order"]).lines[0].id, "1")
    with db.read_scope() as connection:
        on_connection = picking.pick_screen(connection, brake["order"])
        low_on_connection = stock.low_stock(connection)
    assert on_connection == pick(db, brake["order"])
    assert len(on_connection.movements) == 1
    with db.session_scope() as session:
        assert low_on_connection == stock.low_stock(session)


def test_issuing_more_than_planned_or_on_hand_is_refused(db: Database, people: dict, brake: dict) -> None:
    store = people[Role.STORE]
    pads, filters = pick(db, brake["order"]).lines
    with pytest.raises(DomainError) as refused:
        call(db, actions.issue, store, pads.id, "3")
    assert refused.value.field == "quantity" and "extra part approved by the inspector" in str(refused.value)
    with db.session_scope() as session:
        session.get(Part, brake["filters"]).on_hand = Decimal(0)  # the shelf is empty (as if counted so)
        audit.exempt(session, "test data changed directly")
    with pytest.raises(DomainError) as refused:
        call(db, actions.issue, store, filters.id, "1")
    assert str(refused.value) == "Only 0 個 of OF-02 機油濾清器 are in stock: 1 cannot be issued."
    view = pick(db, brake["order"])
    assert view.line(filters.id).issued == 0 and view.line(filters.id).issue_refusal == picking.OUT_OF_STOCK
    with db.session_scope() as session:
        assert session.scalar(select(StockMovement.id).where(StockMovement.kind == "issue")) is None


def test_only_the_store_keeper_issues(db: Database, people: dict, brake: dict) -> None:
    line = pick(db, brake["order"]).lines[0]
    with pytest.raises(PermissionRefused):
        call(db, actions.issue, people[Role.ADVISOR], line.id, "1")
    assert call(db, actions.issue, people[Role.OWNER], line.id, "1").line(line.id).issued == 1


def test_an_extra_part_needs_the_inspectors_approval(db: Database, people: dict, brake: dict) -> None:
    store, inspector = people[Role.STORE], people[Role.INSPECTOR]
    order_id = brake["order"]
    view = call(db, actions.request_extra, store, order_id, brake["pads"], "1", "剎車片裝配時碎裂")
    request = view.requests[0]
    extra = view.line(request.part_line_id)
    assert (extra.kind, extra.approval, extra.planned, extra.allowed, extra.unit_price) == (
        "extra", "pending", 0, 0, Decimal("380.00"))
    assert (request.state, request.requested_by, request.amount) == ("pending", "趙庫管", Decimal("380.00"))
    with pytest.raises(DomainError) as refused:
        call(db, actions.issue, store, extra.id, "1")
    assert refused.value.message == picking.WAITING_INSPECTOR
    for role in (Role.STORE, Role.ADVISOR, Role.FOREMAN, Role.CASHIER):
        with pytest.raises(PermissionRefused) as refused:
            call(db, actions.decide_extra, people[role], request.approval_id, True)
        assert "Inspector" in str(refused.value)
    assert pick(db, order_id).requests[0].state == "pending"
    view = call(db, actions.decide_extra, inspector, request.approval_id, True, "同意")
    approved = view.requests[0]
    assert (approved.state, approved.inspector, approved.decided_at) == ("approved", "李檢驗", NOW)
    with db.session_scope() as session:
        slip = session.get(Approval, request.approval_id)
        assert (slip.kind, slip.recorded_by_id, slip.quantity, slip.approved) == ("extra_part", inspector, 1, True)
    with pytest.raises(DomainError):
        call(db, actions.issue, store, extra.id, "2")  # only one was approved
    view = call(db, actions.issue, store, extra.id, "1")
    assert [p.kind for p in view.reconciliation.problems if p.part_line_id == extra.id] == ["not_on_order"]
    with pytest.raises(DomainError):
        call(db, actions.decide_extra, inspector, request.approval_id, False)  # decided once


def test_an_issued_extra_part_goes_on_the_order_charged_or_free(db: Database, people: dict, brake: dict) -> None:
    store, inspector, advisor = people[Role.STORE], people[Role.INSPECTOR], people[Role.ADVISOR]
    for _ in range(2):
        view = call(db, actions.request_extra, store, brake["order"], brake["filters"], "1", "濾清器螺紋損壞")
        call(db, actions.decide_extra, inspector, view.requests[0].approval_id, True)
        call(db, actions.issue, store, view.requests[0].part_line_id)
    second, first = pick(db, brake["order"]).requests
    call(db, actions.accept_extra, advisor, first.part_line_id, True, "林先生電話同意")
    view = call(db, actions.accept_extra, advisor, second.part_line_id, False, "本廠承擔")
    charged, free = view.line(first.part_line_id), view.line(second.part_line_id)
    assert (charged.planned, charged.unit_price) == (1, Decimal("45.00"))
    assert (free.planned, free.unit_price) == (1, Decimal("0.00"))
    assert not [p for p in view.reconciliation.problems if p.kind == "not_on_order"]
    with db.session_scope() as session:
        actions_logged = session.scalars(select(AuditEvent.action).where(AuditEvent.entity == "part_line")).all()
    assert actions_logged.count("price:extra_part") == 2


def test_the_owner_may_approve_and_a_refused_extra_part_is_never_issued(db: Database, people: dict,
                                                                       brake: dict) -> None:
    store = people[Role.STORE]
    first = call(db, actions.request_extra, store, brake["order"], brake["pads"], "1", "備用").requests[0]
    second = call(db, actions.request_extra, store, brake["order"], brake["pads"], "1", "再備用").requests[0]
    call(db, actions.decide_extra, people[Role.OWNER], first.approval_id, True)
    view = call(db, actions.decide_extra, people[Role.INSPECTOR], second.approval_id, False)
    refused = view.line(second.part_line_id)
    assert refused.approval == "declined" and refused.issue_refusal == picking.REFUSED_LINE
    assert not [p for p in view.reconciliation.problems if p.part_line_id == second.part_line_id]


def test_substituting_a_part_keeps_the_price(db: Database, people: dict, brake: dict) -> None:
    store = people[Role.STORE]
    other = add_part(db, people, "BP-09", "前剎車片（同質）", on_hand="4", sale="260.00", origin="equivalent")
    pads = pick(db, brake["order"]).lines[0]
    with pytest.raises(DomainError) as refused:
        call(db, actions.substitute, store, pads.id, other, "")
    assert refused.value.field == "reason"
    view = call(db, actions.substitute, store, pads.id, other, "原廠件缺貨")
    line = view.line(pads.id)
    assert (line.code, line.name, line.origin, line.unit_price, line.on_hand) == (
        "BP-09", "前剎車片（同質）", "equivalent", Decimal("380.00"), Decimal(4))
    call(db, actions.issue, store, pads.id, "1")
    with pytest.raises(DomainError) as refused:
        call(db, actions.substitute, store, pads.id, brake["pads"], "改回原廠")
    assert refused.value.message == actions.ISSUED_FIRST


def test_a_part_not_needed_comes_off_the_order(db: Database, people: dict, brake: dict) -> None:
    store = people[Role.STORE]
    pads, filters = pick(db, brake["order"]).lines
    call(db, actions.issue, store, pads.id, "1")
    call(db, actions.issue, store, filters.id)
    with pytest.raises(DomainError) as refused:
        call(db, actions.mark_not_used, people[Role.ADVISOR], pads.id, " ")
    assert refused.value.field == "reason"
    with pytest.raises(PermissionRefused):
        call(db, actions.mark_not_used, store, pads.id, "只換一側")
    view = call(db, actions.mark_not_used, people[Role.INSPECTOR], pads.id, "只換一側")
    assert view.line(pads.id).planned == 1 and view.reconciliation.ok
    with db.session_scope() as session:
        assert picking.reconciliation(session, brake["order"]).ok


def test_old_part_disposition_is_recorded(db: Database, people: dict, brake: dict) -> None:
    pads = pick(db, brake["order"]).lines[0]
    view = call(db, actions.set_old_part, people[Role.ADVISOR], pads.id, "taken")
    assert view.line(pads.id).old_part == "taken"
    with pytest.raises(DomainError) as refused:
        call(db, actions.set_old_part, people[Role.ADVISOR], pads.id, "sold")
    assert refused.value.field == "old_part"


def test_customer_supplied_and_unanswered_added_parts_are_not_issued(db: Database, people: dict) -> None:
    oil = add_part(db, people, "OIL-5W30", "機油 5W-30", on_hand="20", unit="升")
    order_id = stocked_order(db, [(oil, "4"), (oil, "1")], supplied=(True,))
    proposal = Proposal("機油濾清器滲漏", parts=(AddedPart("", "1", "", part_id=oil),))
    result = call(db, added_work.propose, people[Role.INSPECTOR], order_id, proposal)
    supplied, planned, added = pick(db, order_id).lines
    assert supplied.issue_refusal == picking.CUSTOMER_SUPPLIED and added.issue_refusal == picking.WAITING_CUSTOMER
    assert planned.issue_refusal is None
    assert [p.part_line_id for p in pick(db, order_id).reconciliation.problems] == [planned.id]
    call(db, added_work.record_answer, people[Role.ADVISOR], result.approval_id, NOW, "phone", "林志明", True)
    view = call(db, actions.issue, people[Role.STORE], added.id)
    assert view.line(added.id).issued == 1 and view.line(added.id).kind == "added"


def test_parts_are_issued_only_while_the_car_is_in_the_workshop(db: Database, people: dict) -> None:
    part = add_part(db, people, "WB-01", "雨刮片")
    estimated = stocked_order(db, [(part, "1")], status=S.ESTIMATED)
    line = pick(db, estimated).lines[0]
    assert line.issue_refusal == picking.NOT_ISSUING
    with pytest.raises(DomainError):
        call(db, actions.issue, people[Role.STORE], line.id)
    with pytest.raises(DomainError):
        call(db, actions.request_extra, people[Role.STORE], estimated, part, "1", "x")
    waiting_qc = stocked_order(db, [(part, "1")], status=S.QC_PENDING)
    line = pick(db, waiting_qc).lines[0]
    assert line.issue_refusal == picking.NOT_ISSUING and line.return_refusal == picking.NOTHING_TO_RETURN


def test_the_parts_of_a_cancelled_order_go_back_on_the_shelf(db: Database, people: dict, brake: dict) -> None:
    from garage_desktop.db.models import RepairOrder

    call(db, actions.issue_all, people[Role.STORE], brake["order"])
    with db.session_scope() as session:
        session.get(RepairOrder, brake["order"]).status = S.CANCELLED
        audit.exempt(session, "test data changed directly")
    view = pick(db, brake["order"])
    assert view.pick.issue_refusal == picking.NOT_ISSUING and view.lines[0].return_refusal is None
    call(db, actions.return_part, people[Role.STORE], view.lines[0].id, None, "客戶取消維修")
    assert on_hand(db, brake["pads"]) == 5


def test_issue_all_issues_what_the_stock_covers(db: Database, people: dict) -> None:
    plenty = add_part(db, people, "SP-01", "火花塞", on_hand="8")
    scarce = add_part(db, people, "CB-01", "正時皮帶", on_hand="1")
    order_id = stocked_order(db, [(plenty, "4"), (scarce, "2")])
    result = call(db, actions.issue_all, people[Role.STORE], order_id)
    assert result.short == ("2. 正時皮帶",) and len(result.issued) == 1
    assert [line.issued for line in result.screen.lines] == [4, 0]
    with pytest.raises(DomainError):
        call(db, actions.issue_all, people[Role.STORE], stocked_order(db, []))


def test_reserved_stock_counts_open_orders_only(db: Database, people: dict, brake: dict) -> None:
    stocked_order(db, [(brake["pads"], "3")], status=S.DELIVERED)  # closed: holds nothing
    second = stocked_order(db, [(brake["pads"], "1")], status=S.DISPATCHED)
    with db.session_scope() as session:
        row = stock.stock_row(session, brake["pads"])
    assert (row.on_hand, row.reserved, row.available) == (Decimal(5), Decimal(3), Decimal(2))
    assert pick(db, second).lines[0].reserved_elsewhere == 2
    call(db, actions.issue, people[Role.STORE], pick(db, brake["order"]).lines[0].id, "2")
    with db.session_scope() as session:
        row = stock.stock_row(session, brake["pads"])
    assert (row.on_hand, row.reserved) == (Decimal(3), Decimal(1))


def test_the_reconciliation_sees_movements_without_a_line(db: Database, people: dict, brake: dict) -> None:
    pads = pick(db, brake["order"]).lines[0]
    call(db, actions.issue, people[Role.STORE], pads.id, "2")
    with db.session_scope() as session:  # a booking made outside the pick list (e.g. an old import)
        session.add(StockMovement(part_id=brake["filters"], kind="issue", quantity=Decimal(-1),
                                  order_id=brake["order"], created_at=NOW))
        session.get(Part, brake["filters"]).on_hand -= 1
        audit.exempt(session, "test data changed directly")
    problems = {p.kind: p for p in pick(db, brake["order"]).reconciliation.problems}
    assert problems["stray"].text() == "OF-02 機油濾清器: 1 issued to this order without a line on it."
    assert "not_issued" in problems and "ledger" not in problems


def test_waiting_orders_put_the_ones_with_work_first(db: Database, people: dict, brake: dict) -> None:
    done = stocked_order(db, [(brake["filters"], "1")])
    call(db, actions.issue, people[Role.STORE], pick(db, done).lines[0].id)
    stocked_order(db, [(brake["pads"], "1")], status=S.ESTIMATED)  # not confirmed: not waiting
    with db.session_scope() as session:
        rows = picking.waiting_orders(session)
    assert [(r.order_id, r.lines_to_issue) for r in rows] == [(brake["order"], 2), (done, 0)]


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_the_pick_list_and_the_approval_slip_print(db: Database, people: dict, brake: dict) -> None:
    from garage_desktop.printing.pick_list import render_extra_slips, render_pick_list

    store, inspector = people[Role.STORE], people[Role.INSPECTOR]
    request = call(db, actions.request_extra, store, brake["order"], brake["pads"], "1", "剎車片碎裂").requests[0]
    call(db, actions.decide_extra, inspector, request.approval_id, True)
    with db.session_scope() as session:
        doc = picking_documents.pick_list_doc(session, brake["order"], store)
        slips = picking_documents.extra_slip_docs(session, brake["order"])
    text = pdf_text(render_pick_list(doc))
    for expected in ("領料單", doc.order_no, "粵A", "前剎車片", "原廠", "同質", "A-03", "領料人", "庫管員", "趙庫管"):
        assert expected in text, expected
    slip_text = pdf_text(render_extra_slips(slips))
    for expected in ("用料批條", "YL", "李檢驗", "2026-11-28 10:00", "剎車片碎裂", "檢驗員", "380.00"):
        assert expected in slip_text, expected
    assert "Pick list" in pdf_text(render_pick_list(doc, language="en"))


def test_the_pick_list_sees_changes_not_yet_flushed(db: Database, people: dict, brake: dict) -> None:
    """The QC and work-ticket code call the reconciliation inside their own transaction."""
    with db.session_scope() as session:
        pads = session.scalar(select(PartLine).where(PartLine.order_id == brake["order"], PartLine.seq == 1))
        pads.planned_qty = Decimal(0)  # not flushed yet: the pads are no longer planned
        problems = picking.reconciliation(session, brake["order"]).problems
        assert [(p.kind, p.part_line_id != pads.id) for p in problems] == [("not_issued", True)]
        session.rollback()


def test_the_command_line_prints_the_pick_list_and_the_slips(db: Database, people: dict, brake: dict,
                                                             tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    from garage_desktop import cli_print as cli_print_stock

    request = call(db, actions.request_extra, people[Role.STORE], brake["order"], brake["pads"], "1", "碎裂").requests[0]
    call(db, actions.decide_extra, people[Role.INSPECTOR], request.approval_id, True)
    order_no = pick(db, brake["order"]).pick.order_no
    database = db.url.removeprefix("sqlite:///")
    out = tmp_path / "pick.pdf"
    assert cli_print_stock.main(["pick-list", order_no.lower(), "--db", database, "--out", str(out)]) == 0
    assert "领料单" in pdf_text(out.read_bytes()) and "written to" in capsys.readouterr().out  # the default: zh_CN
    slip = picking_documents.slip_number(request.approval_id)
    assert cli_print_stock.main(["extra-slip", order_no, "--db", database, "--out", str(out), "--slip", slip,
                                 "--lang", "en"]) == 0
    assert "Extra part approval" in pdf_text(out.read_bytes())
    assert cli_print_stock.main(["pick-list", "WO19990101-001", "--db", database, "--out", str(out)]) == 1
    assert "there is no order" in capsys.readouterr().err
    assert cli_print_stock.main(["extra-slip", order_no, "--db", database, "--out", str(out), "--slip",
                                 "YL999999"]) == 1
    # the program's own command: garage-desktop print pick-list ORDER_NO --db PATH --out F.pdf
    from garage_desktop.__main__ import main

    out.unlink()
    assert main(["print", "pick-list", order_no, "--db", database, "--out", str(out)]) == 0
    assert "前剎車片" in pdf_text(out.read_bytes())
