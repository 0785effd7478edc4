"""The demo garage's package cards and member grades (issue 19, items 2 and 3), through the services.

The owner defines two packages (a service package of oil changes and air filters, an air-con package) and two
member grades (金卡: 10 % off labour, 5 % off parts; 銀卡: 5 % off labour). At the counter, a few minutes before
now, the customer of a car waiting for settlement buys the service package and its first use pays that car's oil
change (the rest paid by WeChat: the order is settled with a package-card payment and its discount); another
waiting customer is given 金卡 (their settlement shows the 會員折扣), customers of cars still in the shop 銀卡 and
金卡, and one of them holds an air-con card with all its uses (the intake shows them when the car is found).
Written after everything else (the audit trail stays in time order).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from garage_desktop.db import models as m
from garage_desktop.domain.classes import Payer
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.services import cards, checkout, clock, member_grades, packages
from garage_desktop.services.checkout_state import checkout_state
from garage_desktop.services.packages import PackageItemDraft

# Below the list price of its services (4 oil changes and 2 air filters list at about ¥430): each use is worth less
# than the line it pays, the rest is the package's discount.
SERVICE_PACKAGE = ("保養套餐", "380", 365, (("M01", 4, False), ("M03", 2, False)))
AIRCON_PACKAGE = ("空調套餐", "150", 180, (("M04", 3, False),))
GRADES = (("金卡", "10", "5"), ("銀卡", "5", "0"))
IN_SHOP = (OrderStatus.RECEIVED, OrderStatus.ESTIMATED, OrderStatus.CONFIRMED, OrderStatus.IN_REPAIR,
           OrderStatus.QC_PENDING)


def write(session: Session, now: datetime, owner: int, cashier: int, say: Callable[[str], str]) -> None:
    latest = session.scalar(select(func.max(m.AuditEvent.at))) or now
    moment = min(max(latest, now - timedelta(minutes=2)) + timedelta(seconds=40), now).replace(microsecond=0)
    before = clock._fixed  # a fixed clock (the tests') is put back as it was
    clock.set_fixed(moment)
    try:
        _write(session, owner, cashier, say)
    finally:
        clock.set_fixed(before)


def _package(session: Session, owner: int, say: Callable[[str], str],
             spec: tuple[str, str, int, tuple[tuple[str, int, bool], ...]]) -> packages.PackageView | None:
    name, price, days, items = spec
    codes = set(session.scalars(select(m.LabourOperation.code)))
    wanted = [PackageItemDraft(code, uses, parts) for code, uses, parts in items if code in codes]
    if not wanted:
        return None
    return packages.save_package(session, owner, None, say(name), price, days, wanted)


def _waiting(session: Session) -> list[m.RepairOrder]:
    return list(session.scalars(select(m.RepairOrder).where(m.RepairOrder.status == OrderStatus.READY)
                                .order_by(m.RepairOrder.ready_at, m.RepairOrder.id)))


def _write(session: Session, owner: int, cashier: int, say: Callable[[str], str]) -> None:
    service = _package(session, owner, say, SERVICE_PACKAGE)
    aircon = _package(session, owner, say, AIRCON_PACKAGE)
    gold, silver = (member_grades.save_grade(session, owner, None, say(name), labour, parts)
                    for name, labour, parts in GRADES)
    waiting = _waiting(session)
    used_on: int | None = None
    if service is not None and len(waiting) > 1:  # one car stays waiting at the cashier
        codes = {item.operation_code for item in service.items}
        for order in waiting:
            line = next((line for line in order.labour_lines if line.operation_code in codes and not line.added
                         and line.free_reason is None and Payer(line.payer or order.payer) is Payer.SELF
                         and line.amount > 0), None)
            if line is None:
                continue
            card = cards.sell_package(session, cashier, order.customer_id, service.id, f"TC{order.id:06d}",
                                      "wechat", note=say("結算時購買，當次使用"))
            item = next(i for i in card.items if i.operation_id is not None and session.get(
                m.LabourOperation, i.operation_id).code == line.operation_code)
            packages.redeem_line(session, cashier, order.id, line.id, item.id)
            state = checkout_state(session, order.id)
            if state.settle_refusal is not None and state.balance <= 0:
                break  # the papers are not complete: the use stays pending on the order
            if state.balance > 0:
                checkout.take_payment(session, cashier, order.id, "wechat", state.balance)
            else:
                checkout.settle(session, cashier, order.id)
            used_on = order.id
            break
    still_waiting = [order for order in _waiting(session) if order.id != used_on]
    if still_waiting:
        member_grades.set_customer_grade(session, cashier, still_waiting[-1].customer_id, gold.id)
    in_shop = list(session.scalars(select(m.RepairOrder).where(m.RepairOrder.status.in_(IN_SHOP))
                                   .order_by(m.RepairOrder.id)))
    for n, order in enumerate(in_shop[:4]):
        member_grades.set_customer_grade(session, cashier, order.customer_id, (silver if n % 2 else gold).id)
    if aircon is not None and in_shop:
        customer = in_shop[0].customer_id
        cards.sell_package(session, cashier, customer, aircon.id, f"TC{in_shop[0].id:06d}A", "cash")
