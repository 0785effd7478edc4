"""結算收銀: what is charged, totals per payer (自付 / 三包 / 索賠 / mixed), discounts, payments and change,
release on a deposit then settle or refund, and the settlement list and receipt as PDF."""

from __future__ import annotations

import argparse
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from itertools import count
from pathlib import Path
from typing import Any, TypeVar

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from garage_desktop.cli_print import add_print_commands, run_print
from garage_desktop.db.engine import Database
from garage_desktop.db.models import (
    Approval,
    AuditEvent,
    Customer,
    Delivery,
    LabourLine,
    PartLine,
    Payment,
    QcInspection,
    RepairOrder,
    Vehicle,
)
from garage_desktop.domain.classes import JobClass, Payer, RegulatoryClass, Role
from garage_desktop.domain.lifecycle import OrderStatus, TransitionRefused
from garage_desktop.domain.pricing import labour_amount
from garage_desktop.domain.text import DomainError, PermissionRefused
from garage_desktop.printing.receipt import render_receipt
from garage_desktop.printing.settlement_list import render_settlement_list
from garage_desktop.services import audit, checkout, checkout_documents, clock
from garage_desktop.services.checkout_state import CheckoutState, checkout_state, queues
from garage_desktop.services.delivery import Handover

S = OrderStatus
D = Decimal
T = TypeVar("T")
NOW = datetime(2026, 11, 28, 15, 0)
RATE = D("100.00")
_serial = count(1)


@dataclass(frozen=True)
class Lab:
    name: str
    hours: Decimal
    payer: Payer | None = None
    added: bool = False
    approved: bool | None = None


@dataclass(frozen=True)
class Prt:
    name: str
    planned: Decimal
    price: Decimal
    issued: Decimal | None = None  # None: as planned
    payer: Payer | None = None
    supplied: bool = False
    added: bool = False
    approved: bool | None = None


# The usual order: ¥250 + ¥100 labour, ¥380 + 2 × ¥45 parts = ¥820
LABOUR = (Lab("更換剎車片", D("2.5")), Lab("四輪定位", D("1.0")))
PARTS = (Prt("前剎車片", D(1), D("380.00")), Prt("剎車油", D(2), D("45.00")))


@pytest.fixture(autouse=True)
def fixed_clock() -> None:
    clock.set_fixed(NOW)


def make_ready_order(db: Database, *, payer: Payer = Payer.SELF, labour: Sequence[Lab] = LABOUR,
                     parts: Sequence[Prt] = PARTS, status: OrderStatus = S.READY,
                     regulatory: RegulatoryClass = RegulatoryClass.MINOR_REPAIR, certificate: str | None = None,
                     mileage_in: int = 45230, mileage_out: int | None = None) -> int:
    """An order that passed final QC (unless ``status`` says otherwise), built with the ORM."""
    n = next(_serial)
    with db.session_scope() as session:
        person = Customer(name="林志明", phone=f"1381234{n:04d}", created_at=NOW - timedelta(days=30))
        car = Vehicle(customer=person, plate=f"粵B{n:05d}", vin="LSVAU2180N2123456", make="大眾", model="朗逸",
                      created_at=NOW - timedelta(days=30))
        order = RepairOrder(
            order_no=f"WO20261128-{n:03d}", status=status, customer=person, vehicle=car, job_class=JobClass.MINOR,
            regulatory_class=regulatory, payer=payer, complaint="剎車異響", mileage_in=mileage_in,
            mileage_out=mileage_out, created_at=NOW - timedelta(hours=6), received_at=NOW - timedelta(hours=6),
            confirmed_at=NOW - timedelta(hours=5), ready_at=NOW - timedelta(hours=1), updated_at=NOW,
            promised_at=NOW + timedelta(hours=2))
        session.add(order)
        session.flush()

        def approval(line: Lab | Prt) -> int | None:
            if not line.added:
                return None
            row = Approval(order_id=order.id, kind="added_work", description=f"追加：{line.name}",
                           amount=D(0), proposed_at=NOW - timedelta(hours=3), approved=line.approved)
            session.add(row)
            session.flush()
            return row.id

        for seq, lab in enumerate(labour, start=1):
            session.add(LabourLine(order=order, seq=seq, name=lab.name, standard_hours=lab.hours, rate=RATE,
                                   coefficient=D(1), amount=labour_amount(lab.hours, RATE), payer=lab.payer,
                                   added=lab.added, approval_id=approval(lab)))
        for seq, prt in enumerate(parts, start=1):
            issued = D(0) if prt.supplied else (prt.planned if prt.issued is None else prt.issued)
            session.add(PartLine(order=order, seq=seq, name=prt.name, spec="博世 BP1234", unit="件",
                                 planned_qty=prt.planned, issued_qty=issued, unit_price=prt.price, payer=prt.payer,
                                 customer_supplied=prt.supplied, added=prt.added, approval_id=approval(prt)))
        if status not in (S.QC_PENDING, S.REWORK, S.IN_REPAIR, S.CONFIRMED):
            session.add(QcInspection(order_id=order.id, attempt=1, template="general", passed=True,
                                     certificate_no=certificate, inspected_at=NOW - timedelta(hours=1)))
        session.flush()
        return order.id


def call(db: Database, function: Callable[..., T], actor: int | None, *args: Any, **kwargs: Any) -> T:
    with db.session_scope() as session:
        return function(session, actor, *args, **kwargs)


def state(db: Database, order_id: int) -> CheckoutState:
    with db.session_scope() as session:
        return checkout_state(session, order_id)


def status(db: Database, order_id: int) -> OrderStatus:
    with db.session_scope() as session:
        return session.get(RepairOrder, order_id).status


def money_rows(db: Database, order_id: int) -> list[tuple[str, str, Payer, Decimal]]:
    with db.session_scope() as session:
        return [(p.kind, p.method, p.payer, p.amount) for p in session.scalars(
            select(Payment).where(Payment.order_id == order_id).order_by(Payment.id))]


def audit_actions(db: Database, order_id: int) -> list[str]:
    with db.session_scope() as session:
        return list(session.scalars(select(AuditEvent.action).where(AuditEvent.order_id == order_id)
                                    .order_by(AuditEvent.id)))


# --- what is charged ------------------------------------------------------------------------------------------

def test_charged_lines_follow_the_customers_answers_and_the_issued_quantities(db: Database) -> None:
    order_id = make_ready_order(db, labour=[
        *LABOUR, Lab("更換雨刷", D("0.5"), added=True, approved=True),
        Lab("清洗節氣門", D("1.0"), added=True, approved=False), Lab("更換空調濾芯", D("0.3"), added=True)],
        parts=[Prt("前剎車片", D(1), D("380.00")), Prt("剎車油", D(3), D("45.00"), issued=D(2)),
               Prt("機油", D(4), D("60.00"), issued=D(5)), Prt("輪胎", D(1), D("600.00"), supplied=True),
               Prt("備用燈泡", D(2), D("15.00"), issued=D(0)),
               Prt("雨刷片", D(1), D("88.00"), added=True, approved=True),
               Prt("節氣門清洗劑", D(1), D("35.00"), added=True, approved=False)])
    view = state(db, order_id)
    assert [line.name for line in view.labour] == ["更換剎車片", "四輪定位", "更換雨刷"]
    charged = {line.name: (line.quantity, line.amount) for line in view.parts}
    assert charged == {"前剎車片": (D(1), D("380.00")), "剎車油": (D(2), D("90.00")),
                       "機油": (D(4), D("240.00")),  # 5 issued, 4 agreed: the agreed quantity
                       "輪胎": (D(1), D(0)),  # customer-supplied: listed, not charged
                       "雨刷片": (D(1), D("88.00"))}
    assert next(p for p in view.parts if p.name == "輪胎").customer_supplied
    assert [note.params["part"] for note in view.notes] == ["機油"]
    totals = view.settlement
    assert totals.labour == D("250.00") + D("100.00") + D("50.00")
    assert totals.parts == D("380.00") + D("90.00") + D("240.00") + D("88.00")
    assert totals.total == totals.labour + totals.parts and view.balance == totals.total


def test_self_pay_total_is_labour_plus_parts_minus_discounts(db: Database, people: dict[Role, int]) -> None:
    order_id = make_ready_order(db)
    cashier = people[Role.CASHIER]
    after = call(db, checkout.add_discount, cashier, order_id, "20", "老客戶優惠")
    share = after.settlement.of(Payer.SELF)
    assert (share.labour, share.parts, share.discount, share.total) == (D("350.00"), D("470.00"), D("20.00"),
                                                                        D("800.00"))
    assert after.balance == D("800.00") and after.discounts[0].reason == "老客戶優惠"
    assert after.discounts[0].created_by == "陳收銀"
    assert "money:discount" in audit_actions(db, order_id)


def test_discounts_need_a_reason_and_a_cashier_or_the_owner(db: Database, people: dict[Role, int]) -> None:
    order_id = make_ready_order(db)
    with pytest.raises(PermissionRefused):
        call(db, checkout.add_discount, people[Role.ADVISOR], order_id, "20", "熟客")
    with pytest.raises(DomainError) as no_reason:
        call(db, checkout.add_discount, people[Role.CASHIER], order_id, "20", "  ")
    assert no_reason.value.field == "reason"
    with pytest.raises(DomainError) as too_much:
        call(db, checkout.add_discount, people[Role.CASHIER], order_id, "820.01", "全免")
    assert too_much.value.field == "amount"
    owner = call(db, checkout.add_discount, people[Role.OWNER], order_id, "820", "保固內返修，全免")
    assert owner.balance == 0
    removed = call(db, checkout.remove_discount, people[Role.CASHIER], owner.discounts[0].id)
    assert removed.balance == D("820.00") and "money:discount_removed" in audit_actions(db, order_id)


def test_partial_payments_change_and_settlement_when_paid(db: Database, people: dict[Role, int]) -> None:
    order_id = make_ready_order(db)
    cashier = people[Role.CASHIER]
    with pytest.raises(PermissionRefused):
        call(db, checkout.take_payment, people[Role.ADVISOR], order_id, "wechat", "100")
    first = call(db, checkout.take_payment, cashier, order_id, "wechat", "300")
    assert not first.settled and first.state.balance == D("520.00") and first.change == 0
    with pytest.raises(DomainError) as over:
        call(db, checkout.take_payment, cashier, order_id, "card", "520.01")
    assert over.value.field == "amount"
    with pytest.raises(DomainError) as short:
        call(db, checkout.take_payment, cashier, order_id, "cash", "520", tendered="500")
    assert short.value.field == "tendered"
    with pytest.raises(DomainError) as method:
        call(db, checkout.take_payment, cashier, order_id, "cheque", "520")
    assert method.value.field == "method"
    last = call(db, checkout.take_payment, cashier, order_id, "cash", "520", tendered="600")
    assert (last.tendered, last.change, last.settled) == (D("600.00"), D("80.00"), True)
    assert last.state.balance == 0 and last.state.status is S.SETTLED
    assert money_rows(db, order_id) == [("payment", "wechat", Payer.SELF, D("300.00")),
                                        ("payment", "cash", Payer.SELF, D("520.00"))]
    with db.session_scope() as session:
        order = session.get(RepairOrder, order_id)
        assert order.settled_at == NOW and order.settled_by_id == cashier
    actions = audit_actions(db, order_id)
    assert actions.count("money:payment") == 2 and "money:settle" in actions and "status:settle" in actions
    with pytest.raises(TransitionRefused):
        call(db, checkout.take_payment, cashier, order_id, "cash", "1")


def test_warranty_order_is_settled_with_the_makers_share_receivable(db: Database, people: dict[Role, int]) -> None:
    order_id = make_ready_order(db, payer=Payer.WARRANTY)
    view = state(db, order_id)
    assert view.settlement.customer_owes == 0 and view.settlement.receivable == D("820.00")
    assert view.pay_refusal is not None and view.settle_refusal is None
    after = call(db, checkout.settle, people[Role.CASHIER], order_id)
    assert after.status is S.SETTLED
    assert money_rows(db, order_id) == [("receivable", "", Payer.WARRANTY, D("820.00"))]


def test_claim_waits_for_the_insurers_amount_then_the_customer_pays_the_rest(db: Database,
                                                                             people: dict[Role, int]) -> None:
    order_id = make_ready_order(db, payer=Payer.CLAIM)
    cashier = people[Role.CASHIER]
    pending = state(db, order_id)
    assert pending.settlement.claim_pending and pending.settle_refusal.field == "claim_approved"
    with pytest.raises(DomainError) as refused:
        call(db, checkout.settle, cashier, order_id)
    assert refused.value.field == "claim_approved"
    with pytest.raises(DomainError):
        call(db, checkout.set_claim_approved, cashier, order_id, "820.01")
    call(db, checkout.set_claim_approved, cashier, order_id, "600")
    corrected = call(db, checkout.set_claim_approved, cashier, order_id, "700")  # corrected, not added
    claim = corrected.settlement.of(Payer.CLAIM)
    assert (claim.third_party, claim.customer, corrected.balance) == (D("700.00"), D("120.00"), D("120.00"))
    paid = call(db, checkout.take_payment, cashier, order_id, "alipay", "120")
    assert paid.settled
    assert money_rows(db, order_id) == [("receivable", "", Payer.CLAIM, D("700.00")),
                                        ("payment", "alipay", Payer.SELF, D("120.00"))]
    assert audit_actions(db, order_id).count("money:claim_approved") == 2


def test_mixed_order_splits_per_line_payer(db: Database, people: dict[Role, int]) -> None:
    order_id = make_ready_order(db, payer=Payer.SELF, labour=[
        Lab("保養", D("1.0")), Lab("更換變速箱閥體", D("3.0"), payer=Payer.WARRANTY),
        Lab("鈑金噴漆", D("4.0"), payer=Payer.CLAIM)], parts=[
        Prt("機油", D(4), D("60.00")), Prt("變速箱閥體", D(1), D("2600.00"), payer=Payer.WARRANTY),
        Prt("前保險桿", D(1), D("1200.00"), payer=Payer.CLAIM)])
    cashier = people[Role.CASHIER]
    call(db, checkout.add_discount, cashier, order_id, "40", "保養套餐優惠")
    call(db, checkout.add_discount, cashier, order_id, "100", "保險公司協議價", Payer.CLAIM)
    view = call(db, checkout.set_claim_approved, cashier, order_id, "1300")
    totals = {p.payer: (p.labour, p.parts, p.discount, p.total, p.customer, p.third_party)
              for p in view.settlement.payers}
    assert totals == {
        Payer.SELF: (D("100.00"), D("240.00"), D("40.00"), D("300.00"), D("300.00"), D(0)),
        Payer.WARRANTY: (D("300.00"), D("2600.00"), D(0), D("2900.00"), D(0), D("2900.00")),
        Payer.CLAIM: (D("400.00"), D("1200.00"), D("100.00"), D("1500.00"), D("200.00"), D("1300.00"))}
    assert view.settlement.total == D("4700.00") and view.balance == D("500.00")
    call(db, checkout.take_payment, cashier, order_id, "card", "500")
    assert status(db, order_id) is S.SETTLED
    receivables = {(payer, amount) for kind, _m, payer, amount in money_rows(db, order_id) if kind == "receivable"}
    assert receivables == {(Payer.WARRANTY, D("2900.00")), (Payer.CLAIM, D("1300.00"))}


# --- release on a deposit -------------------------------------------------------------------------------------

HANDOVER = Handover(work_explained=True, test_drive=True, remaining_issues_told=True)


def test_release_on_deposit_then_settle_counts_the_deposit(db: Database, people: dict[Role, int]) -> None:
    order_id = make_ready_order(db)
    cashier = people[Role.CASHIER]
    with pytest.raises(DomainError) as nothing:
        call(db, checkout.release_on_deposit, cashier, order_id, "0", "cash", HANDOVER)
    assert nothing.value.field == "deposit"
    released = call(db, checkout.release_on_deposit, cashier, order_id, "500", "wechat", HANDOVER, "怠速偶發抖動，觀察一週")
    assert released.status is S.DEPOSIT_RELEASED and released.deposit == D("500.00")
    assert released.balance == D("320.00") and released.refund_refusal is None
    with db.session_scope() as session:
        order = session.get(RepairOrder, order_id)
        assert order.delivered_at == NOW and order.deposit == D("500.00")
        assert session.scalar(select(Delivery.id).where(Delivery.order_id == order_id)) is not None
    open_deposits = call(db, lambda session, _actor: queues(session), None).deposits
    assert [row.order_id for row in open_deposits] == [order_id] and open_deposits[0].deposit == D("500.00")

    clock.set_fixed(NOW + timedelta(days=7))  # the fault did not come back: settle
    paid = call(db, checkout.take_payment, cashier, order_id, "cash", "320")
    assert paid.settled and paid.state.status is S.DELIVERED  # the car is already out
    assert call(db, lambda session, _actor: queues(session), None).deposits == ()
    assert "money:deposit" in audit_actions(db, order_id)


def test_a_deposit_larger_than_the_bill_is_partly_returned_at_settlement(db: Database,
                                                                          people: dict[Role, int]) -> None:
    order_id = make_ready_order(db)
    cashier = people[Role.CASHIER]
    call(db, checkout.release_on_deposit, cashier, order_id, "1000", "cash", HANDOVER)
    assert state(db, order_id).pay_refusal is not None
    after = call(db, checkout.settle, cashier, order_id)
    assert after.status is S.DELIVERED and after.balance == 0 and after.paid == D("820.00")
    assert money_rows(db, order_id)[-1] == ("refund", "cash", Payer.SELF, D("180.00"))


def test_release_on_deposit_then_refund_closes_the_order_with_the_reason(db: Database,
                                                                         people: dict[Role, int]) -> None:
    order_id = make_ready_order(db)
    cashier = people[Role.CASHIER]
    ready = state(db, order_id)
    assert ready.refund_refusal is not None
    call(db, checkout.release_on_deposit, cashier, order_id, "500", "cash", HANDOVER)
    with pytest.raises(DomainError) as no_reason:
        call(db, checkout.refund_deposit, cashier, order_id, "")
    assert no_reason.value.field == "reason"
    with pytest.raises(PermissionRefused):
        call(db, checkout.refund_deposit, people[Role.ADVISOR], order_id, "故障未排除")
    after = call(db, checkout.refund_deposit, cashier, order_id, "故障未排除，退還押金", "cash")
    assert after.status is S.REFUNDED and after.paid == 0
    assert money_rows(db, order_id)[-1] == ("refund", "cash", Payer.SELF, D("500.00"))
    with db.session_scope() as session:
        assert session.get(RepairOrder, order_id).closed_at == NOW
        event = session.scalar(select(AuditEvent).where(AuditEvent.order_id == order_id,
                                                        AuditEvent.action == "status:refund_deposit"))
        assert "故障未排除" in event.after
    with pytest.raises(TransitionRefused):
        call(db, checkout.take_payment, cashier, order_id, "cash", "820")


def test_money_is_taken_only_after_final_qc(db: Database, people: dict[Role, int]) -> None:
    order_id = make_ready_order(db, status=S.QC_PENDING)
    view = state(db, order_id)
    assert view.pay_refusal is not None and view.deposit_refusal is not None
    with pytest.raises(TransitionRefused):
        call(db, checkout.take_payment, people[Role.CASHIER], order_id, "cash", "100")
    with pytest.raises(TransitionRefused):
        call(db, checkout.add_discount, people[Role.CASHIER], order_id, "10", "優惠")


# --- the settlement list's extra details and the queues ---------------------------------------------------------

def test_exit_details_mileage_and_old_parts(db: Database, people: dict[Role, int]) -> None:
    order_id = make_ready_order(db, parts=[*PARTS, Prt("輪胎", D(1), D("600"), supplied=True)])
    advisor = people[Role.ADVISOR]
    assert state(db, order_id).old_parts == ""
    with pytest.raises(DomainError) as below:
        call(db, checkout.record_exit_details, advisor, order_id, "45000", None)
    assert below.value.field == "mileage_out"
    after = call(db, checkout.record_exit_details, advisor, order_id, "45,262 km", "taken")
    assert after.mileage_out == 45262 and after.old_parts == "taken"
    with db.session_scope() as session:
        assert session.get(RepairOrder, order_id).vehicle.last_mileage == 45262
        supplied = session.scalar(select(PartLine).where(PartLine.order_id == order_id, PartLine.name == "輪胎"))
        assert supplied.old_part == ""


def test_queues_list_ready_settled_and_deposit_orders(db: Database, people: dict[Role, int]) -> None:
    ready = make_ready_order(db)
    settled = make_ready_order(db, payer=Payer.WARRANTY)
    released = make_ready_order(db)
    make_ready_order(db, status=S.QC_PENDING)
    cashier = people[Role.CASHIER]
    call(db, checkout.settle, cashier, settled)
    call(db, checkout.release_on_deposit, cashier, released, "300", "cash", HANDOVER)
    lists = call(db, lambda session, _actor: queues(session), None)
    assert [r.order_id for r in lists.ready] == [ready]
    assert [r.order_id for r in lists.settled] == [settled]
    assert [r.order_id for r in lists.deposits] == [released]
    assert lists.ready[0].balance == D("820.00") and lists.ready[0].plate.startswith("粵B")


# --- the settlement list and the receipt --------------------------------------------------------------------

def pdf_text(pdf: bytes) -> str:
    """The text of every page, whitespace removed (CJK titles are letter-spaced)."""
    return "".join(re.sub(r"\s+", "", page.extract_text() or "") for page in PdfReader(io.BytesIO(pdf)).pages)


def mixed_order(db: Database, people: dict[Role, int]) -> int:
    order_id = make_ready_order(db, regulatory=RegulatoryClass.LEVEL2_MAINTENANCE, certificate="JG2026-0012",
                                mileage_out=45262, labour=[
        Lab("二級維護保養", D("1.5")), Lab("更換變速箱閥體", D("3.0"), payer=Payer.WARRANTY),
        Lab("前保險桿鈑金噴漆", D("4.0"), payer=Payer.CLAIM), Lab("更換雨刷", D("0.3"), added=True, approved=True),
        Lab("清洗節氣門", D("1.0"), added=True, approved=False)], parts=[
        Prt("機油5W-30", D(4), D("60.00")), Prt("變速箱閥體", D(1), D("2600.00"), payer=Payer.WARRANTY),
        Prt("前保險桿", D(1), D("1200.00"), payer=Payer.CLAIM), Prt("輪胎205/55R16", D(2), D("600.00"), supplied=True),
        Prt("節氣門清洗劑", D(1), D("35.00"), added=True, approved=False)])
    cashier = people[Role.CASHIER]
    call(db, checkout.add_discount, cashier, order_id, "40", "保養套餐優惠")
    call(db, checkout.set_claim_approved, cashier, order_id, "1300")
    call(db, checkout.record_exit_details, cashier, order_id, None, "left")
    return order_id


def test_settlement_list_pdf_holds_every_charged_line_and_the_totals(db: Database, people: dict[Role, int]) -> None:
    order_id = mixed_order(db, people)
    with db.session_scope() as session:
        doc = checkout_documents.settlement_doc(session, order_id)
    text = pdf_text(render_settlement_list(doc))
    for label in ("機動車維修費用結算清單", "托修方（車主）", "承修方", "車牌號", "廠牌車型", "作業分類", "進廠日期",
                  "出廠日期", "出廠里程", "工單號", "合格證號", "材料費明細", "工時費明細", "品牌規格", "單位", "數量",
                  "單價", "金額", "結算工時", "工時單價", "質量保證期", "舊配件", "客戶簽名", "結算員", "承修方（蓋章）",
                  "客戶應付金額大寫"):
        assert label in text, label
    for value in (doc.order_no, doc.plate, "大眾朗逸", "45,262km", "JG2026-0012", "2026-11-28",
                  "自出廠之日起30日或行駛5,000公里", "■舊配件已確認，托修方聲明放棄"):
        assert value in text, value
    assert "至2026-12-27" not in text  # the car has not left: no warranty end counted from the day of printing
    for line in ("二級維護保養1.5100.001.0150.00", "更換變速箱閥體3.0100.001.0300.00三包",
                 "前保險桿鈑金噴漆4.0100.001.0400.00索賠", "更換雨刷0.3100.001.030.00追加",
                 "機油5W-30博世BP1234原廠件460.00240.00", "變速箱閥體博世BP1234原廠件12,600.002,600.00三包",
                 "前保險桿博世BP1234原廠件11,200.001,200.00索賠", "輪胎205/55R16博世BP1234原廠件2—客供"):
        assert line in text, line
    assert "清洗節氣門" not in text and "節氣門清洗劑" not in text  # declined: never charged
    # totals by category and payer: self 150+30 labour, 240 parts, −40; warranty 300 + 2600; claim 400 + 1200
    for row in ("工時費180.00300.00400.00880.00", "材料費240.002,600.001,200.004,040.00",
                "優惠−40.00——−40.00", "合計380.002,900.001,600.004,880.00"):
        assert row in text, row
    assert "客戶應付¥680.00" in text and "廠家應付（三包）¥2,900.00" in text and "保險公司應付（索賠）¥1,300.00" in text
    assert "陸佰捌拾元整" in text  # 380 self-pay + 300 of the claim the insurer did not approve
    assert doc.customer_owes == D("680.00") and doc.total == doc.labour_total + doc.parts_total - doc.discount_total


def test_settlement_list_prints_before_payment_and_in_english(db: Database, people: dict[Role, int]) -> None:
    order_id = make_ready_order(db)
    with db.session_scope() as session:
        doc = checkout_documents.settlement_doc(session, order_id)
    assert doc.paid == 0 and doc.cashier == ""
    text = pdf_text(render_settlement_list(doc, language="en"))
    for value in ("Settlementlist", "Labourcharge350.00", "Partscharge470.00", "Total820.00", "CustomerPays¥820.00",
                  "更換剎車片2.5100.001.0250.00", "剎車油博世BP1234OEM件245.0090.00", "Warrantyperiod"):
        assert value.lower() in text.lower(), value


def test_receipt_lists_the_payments_with_change(db: Database, people: dict[Role, int]) -> None:
    order_id = make_ready_order(db)
    cashier = people[Role.CASHIER]
    call(db, checkout.take_payment, cashier, order_id, "wechat", "300")
    call(db, checkout.take_payment, cashier, order_id, "cash", "520", tendered="600")
    with db.session_scope() as session:
        doc = checkout_documents.receipt_doc(session, order_id)
    assert [(line.method, line.amount, line.tendered, line.change) for line in doc.lines] == [
        ("wechat", D("300.00"), None, None), ("cash", D("520.00"), D("600.00"), D("80.00"))]
    text = pdf_text(render_receipt(doc))
    for value in ("收款收據", "微信支付300.00", "現金520.00600.0080.00", "已收金額820.00", "已結清", "捌佰貳拾元整",
                  "陳收銀"):
        assert value in text, value


def test_print_settlement_and_receipt_from_the_command_line(db: Database, people: dict[Role, int],
                                                            tmp_path: Path) -> None:
    order_id = make_ready_order(db)
    with db.session_scope() as session:
        order_no = session.get(RepairOrder, order_id).order_no
    parser = argparse.ArgumentParser()
    add_print_commands(parser.add_subparsers(dest="command"))
    database = db.url.removeprefix("sqlite:///")
    out = tmp_path / "settlement.pdf"
    assert run_print(parser.parse_args(["print", "settlement", order_no, "--db", database, "--out", str(out)])) == 0
    assert "机动车维修费用结算清单" in pdf_text(out.read_bytes())  # the default: zh_CN
    receipt = tmp_path / "receipt.pdf"
    args = ["print", "receipt", order_no, "--db", database, "--out", str(receipt)]
    assert run_print(parser.parse_args(args)) == 1 and not receipt.exists()  # nothing paid yet
    call(db, checkout.take_payment, people[Role.CASHIER], order_id, "card", "820")
    assert run_print(parser.parse_args(args)) == 0
    assert "银行卡820.00" in pdf_text(receipt.read_bytes())


def test_a_confirmed_free_comeback_is_listed_at_zero(db: Database) -> None:
    from garage_desktop.db.models import RepairOrder
    from garage_desktop.services.checkout_state import checkout_state

    earlier = make_ready_order(db, status=S.DELIVERED)
    order_id = make_ready_order(db)
    with db.session_scope() as session:
        assert checkout_state(session, order_id).balance > 0
        session.get(RepairOrder, order_id).comeback_of_id = earlier  # confirmed at intake: free by default
        audit.exempt(session, "test data changed directly")
    with db.session_scope() as session:
        state = checkout_state(session, order_id)
    assert state.balance == 0
    assert state.labour and all(line.amount == 0 for line in state.labour)
    assert all(line.amount == 0 for line in state.parts)
