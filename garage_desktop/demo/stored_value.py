"""The demo garage's stored-value cards (儲值卡, issue 19, items 1 and 4), so the workbook's 會員卡 sheet is full on
every month of the demo.

The owner sets the recharge bonus rules (充1000送100, 充2000送300) the morning before the garage's books start.
Then, as rows beside the orders' (``OrderWriter.rows``, before the audit trail is sorted and sealed, so each card
movement has its audit event at its own time):

- a regular customer buys a ¥900 card (below every rule: no bonus) two days before their first paid order, and
  pays that order and later ones from it while it holds enough (their payments are card payments: the ledger's
  "use" entries name them); later recharged ¥500;
- the customer of a car now waiting at the cashier bought a ¥2,000 card (+¥300) early on and recharged ¥1,000
  (+¥100) five weeks ago; today, at the counter, the card pays part of that car's bill through the services (the
  bonus share a discount on the settlement list, the rest still owed at pickup);
- a customer bought a ¥1,000 card (+¥100) and gave it up three weeks ago: the principal paid back by the default
  rule, the bonus written off, the card closed;
- a customer bought a ¥500 card early on and never came back: with the owner's dormant period set to three
  months (today), it is listed as dormant.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from garage_desktop.db import models as m
from garage_desktop.domain.classes import Payer
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.services import cards, checkout, clock
from garage_desktop.services import settings as settings_service
from garage_desktop.services.checkout_state import checkout_state

RULES = ((Decimal("1000.00"), Decimal("100.00")), (Decimal("2000.00"), Decimal("300.00")))
REGULAR_CARD = Decimal("900.00")  # below every rule: its payments take no bonus share
DORMANT_MONTHS = 3


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str, sort_keys=True)


def _morning(moment: datetime, hour: int = 9) -> datetime:
    return datetime.combine(moment.date(), datetime.min.time()).replace(hour=hour)


class DemoCards:
    def __init__(self, rows: dict[str, list[dict[str, Any]]], now: datetime, owner: int, cashier: int,
                 say: Callable[[str], str]) -> None:
        self.rows, self.now, self.owner, self.cashier, self.say = rows, now, owner, cashier, say
        self.rules: list[dict[str, Any]] = []
        self.cards: list[dict[str, Any]] = []
        self.entries: list[dict[str, Any]] = []
        self.packages: list[dict[str, Any]] = []
        self.package_items: list[dict[str, Any]] = []
        self.items: list[dict[str, Any]] = []
        self.waiting_card: str | None = None
        self.waiting_order: int | None = None

    # --- planning the past, as rows ---------------------------------------------------------------------------
    def plan(self, session: Session) -> None:
        orders = self.rows["RepairOrder"]
        first = min((row["created_at"] for row in orders), default=None)
        if first is None:
            return
        start = _morning(first - timedelta(days=1), 9) + timedelta(minutes=30)
        for number, (threshold, bonus) in enumerate(RULES, start=1):
            at = start + timedelta(minutes=number)
            self.rules.append({"id": number, "pay_at_least": threshold, "bonus": bonus, "active": True,
                               "created_at": at, "created_by_id": self.owner})
            self._audit(at, self.owner, None, "card:bonus_rule", "bonus_rule", number,
                        {"pay_at_least": str(threshold), "bonus": str(bonus)})
        customer_of = {row["id"]: row["customer_id"] for row in orders}
        used: set[int] = set()
        self._regular(customer_of, used, first)
        self._waiting(orders, used, first)
        others = [c for c in dict.fromkeys(customer_of[o["id"]] for o in orders if o.get("customer_id"))
                  if c not in used]
        if others:
            self._refunded(others.pop(0), first)
        if others:
            self._dormant(others.pop(), first)
        if others:
            self._expired_package(session, others.pop(), first)

    def _regular(self, customer_of: dict[int, int], used: set[int], first: datetime) -> None:
        """A regular's card paying their orders: self-paid payments converted to card payments while it holds
        enough (no bonus on the card, so no bonus share: the order's sums stay as they are)."""
        by_customer: dict[int, list[dict[str, Any]]] = {}
        for payment in sorted(self.rows["Payment"], key=lambda p: p["created_at"]):
            if (payment["kind"] == "payment" and payment["payer"] is Payer.SELF and payment["amount"] > 0
                    and payment["created_at"] > first + timedelta(days=3)):
                by_customer.setdefault(customer_of.get(payment["order_id"], 0), []).append(payment)
        regulars = sorted(((len(p), c) for c, p in by_customer.items() if c and len(p) >= 2), reverse=True)
        if not regulars:
            return
        # the regular who paid in the most months
        months = {c: len({(p["created_at"].year, p["created_at"].month) for p in by_customer[c]})
                  for _n, c in regulars}
        customer = max(regulars, key=lambda r: (months[r[1]], r[0]))[1]
        payments = by_customer[customer]
        sold_at = _morning(payments[0]["created_at"] - timedelta(days=2), 10)
        card = self._card(customer, "SV", sold_at)
        self._entry(card, sold_at, "sale", principal=REGULAR_CARD, method="wechat")
        left = REGULAR_CARD
        for payment in payments:
            if payment["amount"] > left:  # topped up that morning, below every rule (no bonus)
                top_up = min(REGULAR_CARD, Decimal(100) * -(-(payment["amount"] - left) // 100) + 300)
                if payment["amount"] > left + top_up:
                    continue
                self._entry(card, _morning(payment["created_at"], 8) + timedelta(minutes=30), "recharge",
                            principal=top_up, method="cash")
                left += top_up
            payment["method"], payment["tendered"] = "stored_value", None
            left -= payment["amount"]
            self._entry(card, payment["created_at"], "use", principal=-payment["amount"],
                        order_id=payment["order_id"], payment_id=payment["id"])
        used.add(customer)

    def _waiting(self, orders: list[dict[str, Any]], used: set[int], first: datetime) -> None:
        """A card with bonus, for the customer of the newest car waiting at the cashier (paid from today)."""
        waiting = [o for o in orders if o["status"] is OrderStatus.READY and o.get("customer_id") not in used]
        if not waiting:
            return
        order = max(waiting, key=lambda o: o["id"])
        customer = order["customer_id"]
        sold_at = _morning(first + timedelta(days=5), 15)
        card = self._card(customer, "SV", sold_at)
        self._entry(card, sold_at, "sale", principal=Decimal("2000.00"), bonus=Decimal("300.00"), method="alipay")
        recharge_at = _morning(self.now - timedelta(days=35), 16)
        self._entry(card, recharge_at, "recharge", principal=Decimal("1000.00"), bonus=Decimal("100.00"),
                    method="wechat")
        self.waiting_card, self.waiting_order = card["number"], order["id"]
        used.add(customer)

    def _refunded(self, customer: int, first: datetime) -> None:
        sold_at = _morning(first + timedelta(days=12), 14)
        refund_at = _morning(self.now - timedelta(days=21), 10)
        if refund_at <= sold_at:
            return
        card = self._card(customer, "SV", sold_at)
        self._entry(card, sold_at, "sale", principal=Decimal("1000.00"), bonus=Decimal("100.00"), method="cash")
        reason = self.say("客戶搬家，退卡")
        self._entry(card, refund_at, "refund", principal=Decimal("-1000.00"), method="cash", note=reason)
        self._entry(card, refund_at, "forfeit", bonus=Decimal("-100.00"), note=reason)
        card["closed_at"], card["closed_reason"] = refund_at, reason
        self._audit(refund_at, self.cashier, None, "card:close", "card", card["id"],
                    {"number": card["number"], "reason": reason})

    def _dormant(self, customer: int, first: datetime) -> None:
        sold_at = _morning(first + timedelta(days=2), 11)
        card = self._card(customer, "SV", sold_at)
        self._entry(card, sold_at, "sale", principal=Decimal("500.00"), method="cash")

    def _expired_package(self, session: Session, customer: int, first: datetime) -> None:
        """A summer air-con check package (two uses, sixty days) sold early on and never used: it expired with
        both uses left, written off today by the card desk's ``expire_due`` (dated at the expiry)."""
        operation = session.scalar(select(m.LabourOperation).where(m.LabourOperation.code == "M04"))
        if operation is None:
            return
        created = _morning(first - timedelta(days=1), 9) + timedelta(minutes=40)
        self.packages.append({"id": 1, "name": self.say("夏季空調檢查"), "price": Decimal("120.00"),
                              "valid_days": 60, "active": False, "created_at": created})
        self.package_items.append({"id": 1, "package_id": 1, "operation_id": operation.id, "uses": 2,
                                   "include_parts": False})
        self._audit(created, self.owner, None, "card:package", "card_package", 1,
                    {"name": self.say("夏季空調檢查"), "price": "120.00", "valid_days": 60})
        sold_at = _morning(first + timedelta(days=3), 10)
        card = self._card(customer, "TC", sold_at)
        card.update(kind="package", package_id=1, price=Decimal("120.00"),
                    expires_on=(sold_at + timedelta(days=60)).date())
        item = {"id": len(self.items) + 1, "card_id": card["id"], "operation_id": operation.id,
                "name": operation.name, "uses": 2, "include_parts": False}
        self.items.append(item)
        self._entry(card, sold_at, "sale", principal=Decimal("120.00"), method="wechat", uses=2,
                    item=item)

    def _card(self, customer: int, prefix: str, sold_at: datetime) -> dict[str, Any]:
        number = len(self.cards) + 1
        card = {"id": number, "number": f"{prefix}{sold_at:%Y%m}{number:04d}", "kind": "stored_value",
                "customer_id": customer, "holder": "", "pin_hash": None, "package_id": None,
                "price": Decimal(0), "expires_on": None, "sold_at": sold_at, "sold_by_id": self.cashier,
                "closed_at": None, "closed_reason": ""}
        self.cards.append(card)
        return card

    def _entry(self, card: dict[str, Any], at: datetime, action: str, *, principal: Decimal = Decimal(0),
               bonus: Decimal = Decimal(0), order_id: int | None = None, payment_id: int | None = None,
               method: str = "", note: str = "", uses: int = 0, item: dict[str, Any] | None = None) -> None:
        number = len(self.entries) + 1
        self.entries.append({"id": number, "card_id": card["id"], "at": at, "by_id": self.cashier,
                             "action": action, "principal": principal, "bonus": bonus, "uses": uses,
                             "card_item_id": item["id"] if item else None, "order_id": order_id,
                             "payment_id": payment_id, "labour_line_id": None, "discount_id": None,
                             "method": method, "note": note})
        self._audit(at, self.cashier, order_id, "card:movement", "card", card["id"], {
            "entry": number, "action": action, "number": card["number"], "principal": str(principal),
            "bonus": str(bonus),
            "uses": uses, "item": item["name"] if item else None, "method": method or None, "note": note or None})

    def _audit(self, at: datetime, actor: int, order_id: int | None, action: str, entity: str, entity_id: int,
               after: dict[str, Any]) -> None:
        self.rows["AuditEvent"].append({"at": at, "operator_id": actor, "order_id": order_id, "entity": entity,
                                        "entity_id": entity_id, "action": action, "before": "",
                                        "after": _json(after)})

    def insert(self, session: Session) -> None:
        """After the customers and payments are in: the rules, the cards and their ledger."""
        for model, rows in ((m.BonusRule, self.rules), (m.CardPackage, self.packages),
                            (m.CardPackageItem, self.package_items), (m.Card, self.cards), (m.CardItem, self.items),
                            (m.CardEntry, self.entries)):
            if rows:
                session.execute(insert(model), rows)

    # --- today, through the services -------------------------------------------------------------------------
    def today(self, session: Session, moment: datetime) -> None:
        """The owner's dormant period, and the waiting customer's card paying part of the bill at the counter."""
        before = clock._fixed  # a fixed clock (the tests') is put back as it was
        clock.set_fixed(moment)
        try:
            current = settings_service.load(session)
            settings_service.save(session, self.owner, replace(current, card_dormant_months=DORMANT_MONTHS))
            cards.expire_due(session, self.cashier)  # the card desk opened today: expired uses written off
            if self.waiting_card is None or self.waiting_order is None:
                return
            order = session.get(m.RepairOrder, self.waiting_order)
            if order is None or order.status is not OrderStatus.READY:
                return
            state = checkout_state(session, order.id)
            part = min(Decimal("300.00"), state.balance)
            if part > 0 and state.pay_refusal is None:
                checkout.take_payment(session, self.cashier, order.id, "stored_value", part,
                                      card_number=self.waiting_card)
        finally:
            clock.set_fixed(before)


def latest_audit(session: Session, now: datetime) -> datetime:
    """A moment after the last audit event and not after now (the trail stays in time order)."""
    latest = session.scalar(select(m.AuditEvent.at).order_by(m.AuditEvent.id.desc()).limit(1)) or now
    return min(max(latest, now - timedelta(minutes=1)) + timedelta(seconds=20), now).replace(microsecond=0)

