"""The demo garage's 提成 (issue 19, item 6): the owner's commission rules, set the morning the garage's books
start, and the bigger jobs worked by two foremen together (the team's foreman leads with two shares, a foreman of
another team helps with one), so the workbook's 技師提成 sheet is full on every month of the demo.

Written as rows beside the orders' (``OrderWriter.rows``) before the audit trail is sorted and sealed, so each
write has its audit event at its own time, in time order with the rest.
"""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from garage_desktop.db import models as m
from garage_desktop.domain.classes import JobClass

# (job class, percentage of the labour charge) and (operation code, fixed amount per line)
CLASS_RULES = ((JobClass.MINOR, Decimal(10)), (JobClass.MEDIUM, Decimal(12)), (JobClass.MAJOR, Decimal(15)))
OPERATION_RULES = (("M01", Decimal("15.00")), ("T01", Decimal("20.00")), ("M02", Decimal("60.00")))
SHARED_FROM_HOURS = Decimal("2.0")  # a line of this standard time or more may be worked by two
SHARED_CHANCE = 0.4


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str, sort_keys=True)


class DemoCommission:
    def __init__(self, rng: random.Random, rows: dict[str, list[dict[str, Any]]], owner: int,
                 foremen: dict[str, int]) -> None:
        self.rng, self.rows, self.owner, self.foremen = rng, rows, owner, foremen
        self.rules: list[dict[str, Any]] = []
        self.workers: list[dict[str, Any]] = []

    def plan(self, codes: set[str]) -> None:
        """The rules (a morning before the first order) and the shared lines, with their audit events."""
        orders = self.rows["RepairOrder"]
        first = min((row["created_at"] for row in orders), default=None)
        if first is None:
            return
        at = datetime.combine(first.date() - timedelta(days=1), datetime.min.time()).replace(hour=9)
        rules = [{"operation_code": code, "job_class": None, "percent": None, "fixed_amount": amount}
                 for code, amount in OPERATION_RULES if code in codes]
        rules += [{"operation_code": None, "job_class": job, "percent": percent, "fixed_amount": None}
                  for job, percent in CLASS_RULES]
        for number, rule in enumerate(rules, start=1):
            row = {"id": number, **rule, "created_at": at + timedelta(minutes=number), "created_by_id": self.owner,
                   "ended_at": None, "ended_by_id": None}
            self.rules.append(row)
            self._audit(row["created_at"], self.owner, None, "commission:rule", "commission_rule", number, {
                "operation_code": rule["operation_code"],
                "job_class": rule["job_class"].value if rule["job_class"] else None,
                "percent": str(rule["percent"]) if rule["percent"] is not None else None,
                "fixed_amount": str(rule["fixed_amount"]) if rule["fixed_amount"] is not None else None})
        self._share_lines()

    def _share_lines(self) -> None:
        number = 0
        helpers = list(self.foremen.values())
        for line in self.rows["LabourLine"]:
            lead, started = line.get("mechanic_id"), line.get("started_at")
            if lead is None or started is None or line["standard_hours"] < SHARED_FROM_HOURS:
                continue
            others = [person for person in helpers if person != lead]
            if not others or self.rng.random() >= SHARED_CHANCE:
                continue
            helper = self.rng.choice(others)
            shares = [(lead, 2), (helper, 1)]
            for operator, share in shares:
                number += 1
                self.workers.append({"id": number, "labour_line_id": line["id"], "operator_id": operator,
                                     "share": share})
            # dispatched a few minutes before the work started, by the team's foreman
            self._audit(started - timedelta(minutes=3), lead, line["order_id"], "dispatch:workers", "labour_line",
                        line["id"], {"workers": [{"operator_id": o, "share": s} for o, s in shares]})

    def _audit(self, at: datetime, actor: int, order_id: int | None, action: str, entity: str, entity_id: int,
               after: dict[str, Any]) -> None:
        self.rows["AuditEvent"].append({"at": at, "operator_id": actor, "order_id": order_id, "entity": entity,
                                        "entity_id": entity_id, "action": action, "before": "",
                                        "after": _json(after)})

    def insert(self, session: Session) -> None:
        """After the labour lines are in: the rules and the workers' shares."""
        if self.rules:
            session.execute(insert(m.CommissionRule), self.rules)
        if self.workers:
            session.execute(insert(m.LabourLineWorker), self.workers)
