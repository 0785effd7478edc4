"""The charges the Reports tab's figures sum in the database (``report_records.summed_charges``, issue 20) are
those the settlement's rules give line by line in Python (``report_records.charges_of``), on SQLite and on
PostgreSQL: added work only once approved, parts as issued but at most as agreed and rounded half up to the 分,
customer-supplied parts at zero, a free comeback at zero, a line's own payer before its order's."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select

from garage_desktop.db.engine import Database
from garage_desktop.db.models import (
    Approval,
    Customer,
    LabourLine,
    PartLine,
    RepairOrder,
    SubletLine,
    Vehicle,
)
from garage_desktop.domain.classes import JobClass, Payer, RegulatoryClass
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.settlement import Charge
from garage_desktop.services import report_records
from garage_desktop.services.report_records import Ids

D = Decimal
WHEN = datetime(2026, 11, 3, 9, 0)


def _summed(charges: dict[int, list[Charge]]) -> dict[int, dict[tuple[str, str], Decimal]]:
    """Per order, the charges summed by category and payer (what the figures do with them)."""
    sums: dict[int, dict[tuple[str, str], Decimal]] = defaultdict(dict)
    for order_id, listed in charges.items():
        for charge in listed:
            key = (charge.category.value, charge.payer.value)
            sums[order_id][key] = sums[order_id].get(key, D(0)) + charge.amount
    return dict(sums)


def _orders(db: Database, count: int, seed: int) -> tuple[list[int], dict[int, Payer]]:
    """``count`` orders with random lines of every kind the rules tell apart."""
    rng = random.Random(seed)
    payers = list(Payer)
    ids: list[int] = []
    order_payers: dict[int, Payer] = {}
    with db.session_scope() as session:
        customer = Customer(name="周先生", phone="13900000000", created_at=WHEN)
        session.add(customer)
        session.flush()
        car = Vehicle(customer_id=customer.id, plate="粵A00001", created_at=WHEN)
        session.add(car)
        session.flush()
        for number in range(count):
            payer = rng.choice(payers)
            order = RepairOrder(order_no=f"WO-{seed}-{number}", status=OrderStatus.SETTLED, customer_id=customer.id,
                                vehicle_id=car.id, job_class=JobClass.MINOR,
                                regulatory_class=RegulatoryClass.MINOR_REPAIR, payer=payer, created_at=WHEN,
                                updated_at=WHEN, received_at=WHEN)
            session.add(order)
            session.flush()
            approvals = []
            for answer in (True, False, None):
                approval = Approval(order_id=order.id, kind="added_work", description="加項", amount=D("10.00"),
                                    proposed_at=WHEN, approved=answer)
                session.add(approval)
                approvals.append(approval)
            session.flush()

            def added(approvals: list[Approval] = approvals) -> dict[str, object]:
                approval = rng.choice([None, None, *approvals])
                return {"added": approval is not None, "approval_id": approval.id if approval else None}

            def line_payer() -> Payer | None:
                return rng.choice([None, None, *payers])

            for seq in range(rng.randint(0, 3)):
                session.add(LabourLine(order_id=order.id, seq=seq, name="工時", standard_hours=D("1.00"),
                                       rate=D("100.00"), coefficient=D("1.000"),
                                       amount=D(rng.randint(0, 90_000)) / 100, payer=line_payer(), **added()))
            for seq in range(rng.randint(0, 4)):
                # thousandths of a unit at odd prices: every half 分 is met (0.005 × ¥1.00 and the like)
                planned = D(rng.choice([0, 5, 125, 500, 1000, 1500, 2000, 2333])) / 1000
                issued = rng.choice([planned, D(0), planned + 1, planned / 2, D(rng.randint(0, 3000)) / 1000])
                session.add(PartLine(order_id=order.id, seq=10 + seq, name="零件", planned_qty=planned,
                                     issued_qty=issued.quantize(D("0.001")),
                                     unit_price=D(rng.choice([0, 1, 33, 100, 4501, 99_999, 1_234_567])) / 100,
                                     customer_supplied=rng.random() < 0.15, payer=line_payer(), **added()))
            for seq in range(rng.randint(0, 1)):
                session.add(SubletLine(order_id=order.id, seq=20 + seq, supplier="外協廠", description="鏜缸",
                                       cost=D("50.00"), charge=D(rng.randint(0, 30_000)) / 100, payer=line_payer(),
                                       created_at=WHEN, **added()))
            ids.append(order.id)
            order_payers[order.id] = payer
    return ids, order_payers


def test_summed_in_the_database_as_charged_line_by_line(db: Database) -> None:
    ids, payers = _orders(db, 60, seed=20)
    free = set(ids[::7])  # comebacks repaired free of charge: every line at zero, still listed
    with db.session_scope() as session:
        expected, _discounts = report_records.charges_of(session, ids, payers, None, free)
        summed = report_records.summed_charges(session, ids, payers, free)
        from_query = report_records.summed_charges(
            session, Ids(query=select(RepairOrder.id).where(RepairOrder.id.in_(ids))), payers, free)
    assert _summed(summed) == _summed(expected)
    assert _summed(from_query) == _summed(expected)
    assert any(charge.amount == 0 for order_id in free for charge in summed.get(order_id, ()))
    # each order has one charge per category and payer, the amounts in 分 as the settlement shows them
    for listed in summed.values():
        keys = [(c.category, c.payer) for c in listed]
        assert len(keys) == len(set(keys))
        assert all(c.amount == c.amount.quantize(D("0.01")) for c in listed)


def test_half_a_fen_rounds_up_and_a_part_never_issued_is_not_on_the_bill(db: Database) -> None:
    ids, payers = _orders(db, 1, seed=1)
    with db.session_scope() as session:
        order_id = ids[0]
        for model in (LabourLine, PartLine, SubletLine):
            session.query(model).filter(model.order_id == order_id).delete()
        session.add_all([
            PartLine(order_id=order_id, seq=1, name="螺絲", planned_qty=D("0.005"), issued_qty=D("0.005"),
                     unit_price=D("1.00"), payer=Payer.SELF),  # ¥0.005 → ¥0.01
            PartLine(order_id=order_id, seq=2, name="墊片", planned_qty=D("3"), issued_qty=D("0"),
                     unit_price=D("9.99"), payer=Payer.SELF),  # planned, never issued: not charged
            PartLine(order_id=order_id, seq=3, name="機油", planned_qty=D("4"), issued_qty=D("5"),
                     unit_price=D("45.00"), payer=Payer.SELF),  # issued beyond the agreed 4: charged for 4
        ])
        session.flush()
        summed = report_records.summed_charges(session, [order_id], payers)
    assert [(c.category.value, c.payer, c.amount) for c in summed[order_id]] == [("parts", Payer.SELF, D("180.01"))]
