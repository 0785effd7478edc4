"""The demo garage's orders written as rows: each plan walked through ``orders.transition``, step by step.

Every status change goes through the same ``services.orders.transition`` the window uses — so the state
machine, the who-and-when stamps, ``closed_at`` and the audit trail are exactly what real work leaves — with a
stand-in for the session that keeps the audit events as rows. Each step then leaves what that step leaves in
the garage: the intake record, estimate lines and revision, dispatch and parts issued from stock, added work
and the customer's answer, QC inspections, payments, the delivery and the follow-up call.
"""

from __future__ import annotations

import json
import math
import random
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from itertools import count
from types import SimpleNamespace
from typing import Any

from garage_desktop.db.models import AuditEvent
from garage_desktop.demo import names
from garage_desktop.demo.plan import Plan, Timeline
from garage_desktop.domain.classes import CERTIFICATE_CLASSES, FuelType, Payer
from garage_desktop.domain.classes import RegulatoryClass as R
from garage_desktop.domain.lifecycle import Event, OrderStatus
from garage_desktop.domain.pricing import labour_amount, part_amount
from garage_desktop.domain.settlement import Category, Charge, Settlement, settle_totals
from garage_desktop.services import call_script, orders
from garage_desktop.services.settings import GarageSettings

S, E = OrderStatus, Event
# Who does each step (a key of the plan's people).
ACTOR = {E.RECEIVE: "advisor", E.NO_SHOW: "advisor", E.ESTIMATE: "inspector", E.CONFIRM: "advisor",
         E.DISPATCH: "foreman", E.START_REPAIR: "foreman", E.PROPOSE_ADDED_WORK: "inspector",
         E.ANSWER_ADDED_WORK: "advisor", E.FINISH_REPAIR: "foreman", E.QC_FAIL: "inspector",
         E.REWORK_DONE: "foreman", E.QC_PASS: "inspector", E.RELEASE_ON_DEPOSIT: "advisor", E.SETTLE: "cashier",
         E.DELIVER: "advisor", E.FOLLOW_UP: "advisor", E.REFUND_DEPOSIT: "cashier", E.CANCEL: "advisor"}
BOOKED_MINUTES = {"minor": 60, "medium": 120, "major": 240}
QC_TEMPLATES = {R.LEVEL2_MAINTENANCE: "二級維護竣工檢驗", R.ASSEMBLY_OVERHAUL: "總成修理竣工檢驗",
                R.VEHICLE_OVERHAUL: "整車修理竣工檢驗"}
PAY_METHODS = (("wechat", 40), ("alipay", 25), ("card", 15), ("cash", 15), ("transfer", 5))
FLUID_UNITS = frozenset({"桶", "瓶", "升", "片", "面"})  # nothing old to hand back
# A line's free fields (issue 16) as every row carries them, given or not (rows of a table share their keys).
NOT_FREE: dict[str, Any] = {"free_reason": None, "free_note": "", "free_price": None, "list_price": None,
                            "price_approved_by_id": None}
# The lines given away in the demo, in turn: (kind, reason, note).
FREE_GIVEN = (("labour", "goodwill", "老客戶回饋，此項工時免費"),
              ("part", "warranty", "上次更換的配件仍在保修期內，免費更換"))


# 外加工 (issue 16): the work an outside shop does on the first settled self-pay order of these jobs:
# job key → (outside shop, what it does, its price to the garage, the charge to the customer).
OUTSIDE_WORK = {"engine": ("順達機加工廠", "缸蓋平面磨削、氣門座研磨", Decimal("380.00"), Decimal("500.00")),
                "brake": ("順達機加工廠", "前制動盤光盤（車削）", Decimal("120.00"), Decimal("180.00"))}


def recommendation_fields(**given: Any) -> dict[str, Any]:
    """A recommendation row's issue-16 fields (rows of a table share their keys), with ``given`` set."""
    return {"source": "declined", "operation_code": "", "part_id": None, "created_by_id": None, "done_at": None,
            "dismissed_at": None, "dismissed_reason": "", "closed_by_id": None, **given}


# Rows are inserted in this order, referenced tables first.
TABLES = ("RepairOrder", "Appointment", "IntakeInspection", "DamageMark", "Approval", "LabourLine", "PartLine",
          "SubletLine",
          "EstimateRevision", "StockMovement", "QcInspection", "Payment", "Delivery", "FollowUp",
          "FollowUpAnswer", "Referral",
          "Recommendation", "Contact", "AuditEvent")
# Tables whose ids are given when written (stock movements: by the database; audit events: by ``audit.seal_rows``,
# which chains them): nothing refers to them, and other services may have written some.
AUTO_ID = frozenset({"StockMovement", "AuditEvent"})


class _AuditSink:
    """Stands in for the Session in ``orders.transition``: keeps its audit events as rows at the step's time."""

    def __init__(self, rows: list[dict[str, Any]]) -> None:
        self.rows = rows
        self.moment: datetime | None = None

    def add(self, event: AuditEvent) -> None:
        self.rows.append({"at": self.moment, "operator_id": event.operator_id, "order_id": event.order_id,
                          "entity": event.entity, "entity_id": event.entity_id, "action": event.action,
                          "before": event.before, "after": event.after})


class OrderWriter:
    """Turns plans into rows (``rows[table name]``), keeping what the rest of the demo needs to know."""

    def __init__(self, rng: random.Random, line: Timeline, config: GarageSettings,
                 customers: dict[int, dict[str, Any]], names_by_id: dict[int, str], foremen: dict[str, int],
                 owner: int, taken: dict[str, set[str]], part_ids: dict[str, int]) -> None:
        self.rng, self.line, self.config, self.customers = rng, line, config, customers
        self.names_by_id, self.foremen, self.owner, self.taken = names_by_id, foremen, owner, taken
        self.part_ids = part_ids
        self._free_given = 0  # lines given away so far (FREE_GIVEN)
        self._sent_out: set[str] = set()  # the jobs that already sent work out (OUTSIDE_WORK)
        self._outside: dict[int, list[dict[str, Any]]] = {}  # order id → its outside work rows
        self._cost = {part_ids[spec.code]: spec.cost for spec in names.PARTS}
        self.rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self._ids: dict[str, Iterator[int]] = defaultdict(lambda: count(1))
        self.sink = _AuditSink(self.rows["AuditEvent"])
        self.issued: Counter[int] = Counter()  # quantity issued per part id
        self.last_mileage: dict[int, int] = {}  # per vehicle id
        self.first_seen: dict[int, datetime] = {}  # per customer id
        self.first_car_seen: dict[int, datetime] = {}  # per vehicle id
        self._next_service: dict[int, tuple[int, date]] = {}  # per order id: (km, day) told at delivery
        self._certificates: Counter[date] = Counter()
        self._deposit_method: dict[int, str] = {}  # per order id
        self._proposed: dict[int, tuple[names.Operation, names.PartSpec, Decimal]] = {}  # per order id

    def add(self, table: str, **row: Any) -> dict[str, Any]:
        if table not in AUTO_ID:
            row = {"id": next(self._ids[table]), **row}
        self.rows[table].append(row)
        return row

    def write(self, plan: Plan) -> None:
        created = self.line.at(plan.created)
        order = SimpleNamespace(
            id=plan.order_id, order_no=None, status=S.BOOKED if plan.booked else S.RECEIVED, customer_id=None,
            vehicle_id=None, job_class=plan.job.job_class, regulatory_class=plan.job.regulatory_class,
            payer=plan.payer, complaint=self._complaint(plan), diagnosis="", notify_above=None,
            may_replace_found_parts=None, original_promised_at=None, promised_at=None, mileage_in=None,
            mileage_out=None, fuel_level=None, deposit=Decimal(0),
            comeback_of_id=plan.comeback_of.order_id if plan.comeback_of else None, cancel_reason="",
            passed_qc_first_time=None, created_at=created, created_by_id=plan.people["advisor"],
            received_at=None, received_by_id=None, estimated_at=None, estimated_by_id=None, confirmed_at=None,
            confirmed_by_id=None, ready_at=None, customer_told_at=None, settled_at=None, settled_by_id=None,
            delivered_at=None, delivered_by_id=None, closed_at=None, updated_at=created, holder="",
            settlement_no=None)
        if plan.car is not None:
            order.customer_id, order.vehicle_id = plan.car.customer_id, plan.car.id
            seen = self.first_seen.get(plan.car.customer_id)
            self.first_seen[plan.car.customer_id] = created if seen is None else min(seen, created)
            seen = self.first_car_seen.get(plan.car.id)
            self.first_car_seen[plan.car.id] = created if seen is None else min(seen, created)
        if plan.booked:
            self._appointment(order, plan)
        else:  # a walk-in is born at reception
            order.received_at, order.received_by_id = created, plan.people["advisor"]
            self._on_receive(order, plan, plan.start)
        for event, w in zip(plan.events, plan.times, strict=True):
            self._step(order, plan, event, w)
        order.holder = self._holder(order.status, plan)
        self.rows["RepairOrder"].append(vars(order))

    def _holder(self, status: OrderStatus, plan: Plan) -> str:
        """Who has the car now, as the stage services leave it; the board names the teams of cars in work."""
        if status is S.QC_PENDING:
            return self.names_by_id[plan.people["inspector"]]
        if status in (S.RECEIVED, S.ESTIMATED, S.CONFIRMED, S.AWAITING_APPROVAL, S.READY, S.SETTLED):
            return self.names_by_id[plan.people["advisor"]]
        return ""

    def _step(self, order: SimpleNamespace, plan: Plan, event: Event, w: int) -> None:
        moment, actor = self.line.at(w), plan.people[ACTOR[event]]
        reason = None
        if event is E.CANCEL:
            reason = self.rng.choice(names.CANCEL_REASONS[3:] if plan.booked and order.status is S.BOOKED
                                     else names.CANCEL_REASONS[:3])
        elif event is E.NO_SHOW:
            reason = names.NO_SHOW_REASON
        self.sink.moment = moment
        orders.transition(self.sink, order, event, actor, reason=reason, at=moment)  # type: ignore[arg-type]
        effect = getattr(self, f"_on_{event.value}", None)
        if effect is not None:
            effect(order, plan, w)

    def _complaint(self, plan: Plan) -> str:
        """What the customer says: about the earlier job on a comeback; how far the car has run as its odometer
        reads when it comes in (or when they call to book, if it has not come yet)."""
        if plan.comeback_of:
            return plan.job.comeback[0]
        car = plan.car
        said = self.rng.choice([c for c in plan.job.complaints if car is not None or "{km}" not in c])
        if "{km}" in said:
            assert car is not None
            told = self.line.at(plan.received if plan.received is not None else plan.created)
            said = said.format(km=names.mileage_words(car.mileage(told)))
        return said

    def _appointment(self, order: SimpleNamespace, plan: Plan) -> None:
        car = plan.car
        if car is not None:
            person = self.customers[car.customer_id]
            name, phone, plate = person["name"], person["phone"], car.plate
        else:  # a new caller, registered when the car arrives
            name = names.person_name(self.rng)
            phone = names.fresh(self.rng, names.mobile_phone, self.taken["phones"])
            plate = names.fresh(self.rng, names.plate, self.taken["plates"])
        self.add("Appointment", order_id=order.id, start_at=self.line.at(plan.start),
                  duration_min=BOOKED_MINUTES[plan.job.job_class.value], contact_name=name, contact_phone=phone,
                  plate=plate, note=self.rng.choice(names.APPOINTMENT_NOTES), created_at=order.created_at,
                  created_by_id=plan.people["advisor"])

    # --- the steps ------------------------------------------------------------------------------------------
    def _on_receive(self, order: SimpleNamespace, plan: Plan, w: int) -> None:
        r, car, moment = self.rng.randint, plan.car, self.line.at(w)
        assert car is not None
        order.order_no = plan.order_no
        order.mileage_in, order.fuel_level = car.mileage(moment), r(1, 8)
        order.original_promised_at = order.promised_at = plan.promised
        self._mileage(car.id, order.mileage_in)
        electric = car.model.fuel is FuelType.ELECTRIC
        left = names.ITEMS_LEFT + (names.ITEMS_LEFT_NEW_ENERGY if car.model.new_energy else ())
        notes = self.rng.choice(names.INTAKE_NOTES)
        if order.fuel_level <= 2 and self.rng.random() < 0.5:  # only a low tank (or battery) is called low
            notes = names.LOW_FUEL_NOTE[electric]
        intake = self.add("IntakeInspection", order_id=order.id, mileage=order.mileage_in,
                           fuel_level=order.fuel_level, items_left=self.rng.choice(left), notes=notes,
                           inspected_at=moment, inspected_by_id=plan.people["advisor"])
        marks = [self.rng.choice(names.DAMAGE)
                 for _ in range(self.rng.choices((0, 1, 2, 3), weights=(35, 35, 20, 10))[0])]
        if plan.job.key == "body" and not plan.comeback_of:  # the damage the car came in for
            marks = [names.BODY_DAMAGE, *(mark for mark in marks if mark[0] != names.BODY_DAMAGE[0])]
        for view, kind, note in marks:
            self.add("DamageMark", intake_id=intake["id"], view=view, x=r(100, 900), y=r(150, 850), kind=kind,
                      note=note, found_at="intake", resolved_note="")

    def _on_estimate(self, order: SimpleNamespace, plan: Plan, w: int) -> None:
        job, car = plan.job, plan.car
        assert car is not None and order.mileage_in is not None
        if plan.comeback_of:
            order.diagnosis = f"返修：上次維修質量問題，本廠免費重做。{job.comeback[1]}"
        else:
            order.diagnosis = job.diagnosis.replace("{soh}", str(names.battery_health(order.mileage_in)))
        if order.payer is Payer.WARRANTY:  # why the maker pays, from the car's own records
            order.diagnosis += names.WARRANTY_NOTE.format(registered=car.registered, km=order.mileage_in)
        order.notify_above = (self.config.notify_above_default if self.rng.random() < 0.8
                              else Decimal("1000.00"))
        order.may_replace_found_parts = self.rng.random() < 0.7
        for code in job.operations:
            self._labour(order, plan, names.OPERATION_BY_CODE[code])
        for code, quantity in job.parts:
            self._part(order, plan, self._choose_part(code, plan), Decimal(quantity))
        self._give_free(plan)
        self._send_out(order, plan)
        snapshot = {"labour": [{k: str(line[k]) for k in ("operation_code", "name", "standard_hours", "rate",
                                                          "coefficient", "amount")} for line in plan.labour],
                    "parts": [{k: str(line[k]) for k in ("name", "spec", "planned_qty", "unit_price")}
                              for line in plan.parts],
                    "outside": [{k: str(line[k]) for k in ("supplier", "description", "cost", "charge")}
                                for line in self._outside_of(plan)]}
        self.add("EstimateRevision", order_id=order.id, revision=1,
                  labour_total=sum((line["amount"] for line in plan.labour), Decimal(0)),
                  parts_total=sum((self._amount(line) for line in plan.parts), Decimal(0)),
                  snapshot=json.dumps(snapshot, ensure_ascii=False), created_at=self.line.at(w),
                  created_by_id=plan.people["inspector"])

    def _send_out(self, order: SimpleNamespace, plan: Plan) -> None:
        """外加工 (issue 16, seed ⑥ 外部加工單): on the first settled self-pay order of a job in OUTSIDE_WORK, part of
        the work goes to an outside shop: on the estimate, sent when the car is dispatched, back before the repair
        is finished; the settlement list shows it as 外加工費."""
        settled = plan.final in (S.SETTLED, S.DELIVERED, S.FOLLOWED_UP)
        work = OUTSIDE_WORK.get(plan.job.key)
        if (work is None or plan.job.key in self._sent_out or plan.comeback_of or plan.payer is not Payer.SELF
                or not settled):
            return
        sent, done = plan.when(E.DISPATCH), plan.when(E.FINISH_REPAIR)
        if sent is None or done is None:
            return
        self._sent_out.add(plan.job.key)
        supplier, description, cost, charge = work
        line = self.add("SubletLine", order_id=order.id, seq=1, supplier=supplier, description=description,
                        cost=cost, charge=charge, payer=None, added=False, approval_id=None,
                        price_approved_by_id=None, expected_back_at=self.line.at(sent + (done - sent) // 2 + 60),
                        sent_at=self.line.past(sent + 20), sent_by_id=plan.people["advisor"],
                        back_at=self.line.past(sent + (done - sent) // 2), back_by_id=plan.people["advisor"],
                        created_at=self.line.at(plan.when(E.ESTIMATE) or sent),
                        created_by_id=plan.people["inspector"])
        self._outside.setdefault(order.id, []).append(line)

    def _outside_of(self, plan: Plan) -> list[dict[str, Any]]:
        return self._outside.get(plan.order_id, [])

    def _give_free(self, plan: Plan) -> None:
        """免費 (issue 16, seed ⑥2 其中哪些是免費的): on the first self-pay orders that end settled, the owner gives a
        line away: a labour line as goodwill, then a part under warranty. Its price is zero, so the settlement
        and the payments count it so; the price it had is its value given away."""
        settled = plan.final in (S.SETTLED, S.DELIVERED, S.FOLLOWED_UP)
        if self._free_given >= len(FREE_GIVEN) or plan.comeback_of or plan.payer is not Payer.SELF or not settled:
            return
        kind, reason, note = FREE_GIVEN[self._free_given]
        lines = plan.labour if kind == "labour" else [p for p in plan.parts if not p["customer_supplied"]]
        if len(lines) < (2 if kind == "labour" else 1):
            return
        line = lines[-1]
        price_key = "rate" if kind == "labour" else "unit_price"
        price = line[price_key]
        line.update({price_key: Decimal("0.00"), "free_reason": reason, "free_note": note, "free_price": price,
                     "list_price": price, "price_approved_by_id": self.owner})
        if kind == "labour":
            line["amount"] = Decimal("0.00")
        self._free_given += 1

    def _choose_part(self, code: str, plan: Plan) -> names.PartSpec:
        car = plan.car
        assert car is not None
        premium = car.model.model_class == "豪華車 / 進口車"
        if code == "OIL":
            code = "OIL-0W20-4L" if car.model.make in ("豐田", "本田", "日產") else "OIL-5W30-4L"
        elif code in ("OF", "BP-F"):
            code += "-OEM" if premium or self.rng.random() < 0.35 else "-EQ"
        return names.PART_BY_CODE[code]

    def _labour(self, order: SimpleNamespace, plan: Plan, op: names.Operation, *, approval: int | None = None,
                moment: datetime | None = None) -> dict[str, Any]:
        assert plan.car is not None
        rate = Decimal("0.00") if plan.comeback_of else self.config.hourly_rate  # a comeback is repaired free
        coefficient = plan.car.coefficient
        line = self.add("LabourLine", order_id=order.id, seq=len(plan.labour) + 1, operation_code=op.code,
                         name=op.name, standard_hours=op.hours, rate=rate, coefficient=coefficient,
                         amount=labour_amount(op.hours, rate, coefficient), payer=self._payer(order, approval),
                         team=op.team if moment else "", mechanic_id=self.foremen[op.team] if moment else None,
                         started_at=moment, finished_at=None, added=approval is not None, approval_id=approval,
                         **NOT_FREE)
        plan.labour.append(line)
        return line

    def _part(self, order: SimpleNamespace, plan: Plan, spec: names.PartSpec, quantity: Decimal, *,
              approval: int | None = None) -> dict[str, Any]:
        supplied = spec.code.startswith("OIL") and approval is None and self.rng.random() < 0.06
        line = self.add("PartLine", order_id=order.id, seq=len(plan.parts) + 1,
                         part_id=None if supplied else self.part_ids[spec.code],
                         name=f"{spec.name}（客戶自備）" if supplied else spec.name, spec=spec.spec, unit=spec.unit,
                         origin=spec.origin, planned_qty=quantity, issued_qty=Decimal(0),
                         unit_price=Decimal("0.00") if supplied or plan.comeback_of else spec.price,
                         payer=self._payer(order, approval), customer_supplied=supplied, added=approval is not None,
                         approval_id=approval, old_part="", **NOT_FREE)
        plan.parts.append(line)
        return line

    @staticmethod
    def _payer(order: SimpleNamespace, approval: int | None) -> Payer:
        """Who pays a line: the order's payer, but added work the customer asked for is always the customer's
        (an insurer pays the claim, the maker the defect, never the extra work)."""
        return Payer.SELF if approval is not None else order.payer

    @staticmethod
    def _amount(line: dict[str, Any]) -> Decimal:
        return part_amount(line["planned_qty"], line["unit_price"])

    def _total(self, plan: Plan) -> Decimal:
        return (sum((line["amount"] for line in plan.labour), Decimal(0))
                + sum((self._amount(line) for line in plan.parts), Decimal(0))
                + sum((line["charge"] for line in self._outside_of(plan)), Decimal(0)))

    def _issue(self, order: SimpleNamespace, plan: Plan, line: dict[str, Any], w: int) -> None:
        """The store issues the planned quantity: the line records it and a stock movement takes it out."""
        if line["part_id"] is None or line["issued_qty"]:
            return
        line["issued_qty"] = line["planned_qty"]
        self.issued[line["part_id"]] += line["planned_qty"]
        self.add("StockMovement", part_id=line["part_id"], kind="issue", quantity=-line["planned_qty"],
                  unit_cost=self._cost[line["part_id"]], order_id=order.id, part_line_id=line["id"],
                  reason="", created_at=self.line.past(w), created_by_id=plan.people["store"])

    def _on_dispatch(self, order: SimpleNamespace, plan: Plan, w: int) -> None:
        for line in plan.labour:
            team = names.OPERATION_BY_CODE[line["operation_code"]].team
            line["team"], line["mechanic_id"] = team, self.foremen[team]
        issued_at = w + self.rng.randint(5, 20)
        for line in plan.parts:
            self._issue(order, plan, line, issued_at)

    def _on_start_repair(self, order: SimpleNamespace, plan: Plan, w: int) -> None:
        for line in plan.labour:
            line["started_at"] = line["started_at"] or self.line.at(w)

    def _on_finish_repair(self, order: SimpleNamespace, plan: Plan, w: int) -> None:
        for line in plan.labour:
            line["finished_at"] = line["finished_at"] or self.line.at(w)

    def _on_propose_added_work(self, order: SimpleNamespace, plan: Plan, w: int) -> None:
        done = {line["operation_code"] for line in plan.labour}
        replaced = {line["part_id"] for line in plan.parts}  # a part the job already replaces is not proposed
        code, description, part_code, quantity = self.rng.choice(
            [item for item in names.ADDED_WORK if item[0] not in done and self.part_ids[item[2]] not in replaced]
            or names.ADDED_WORK)
        assert plan.car is not None
        op, spec, coefficient = names.OPERATION_BY_CODE[code], names.PART_BY_CODE[part_code], plan.car.coefficient
        amount = (labour_amount(op.hours, self.config.hourly_rate, coefficient)
                  + part_amount(Decimal(quantity), spec.price))
        plan.approval = self.add(
            "Approval", order_id=order.id, kind="added_work", description=description, amount=amount,
            proposed_at=self.line.at(w), proposed_by_id=plan.people["inspector"], contacted_at=None,
            contact_method="", answered_by="", approved=None, new_promised_at=None, recorded_by_id=None)
        self._proposed[order.id] = (op, spec, Decimal(quantity))

    def _on_answer_added_work(self, order: SimpleNamespace, plan: Plan, w: int) -> None:
        approval, moment = plan.approval, self.line.at(w)
        assert approval is not None and plan.car is not None
        op, spec, quantity = self._proposed.pop(order.id)
        approved = "split" in plan.flags or self.rng.random() < 0.75  # split: the customer pays their share
        approval.update(contacted_at=moment, approved=approved, recorded_by_id=plan.people["advisor"],
                        contact_method="phone" if self.rng.random() < 0.85 else "in_person",
                        answered_by=self.customers[plan.car.customer_id]["name"])
        if not approved:  # declined work stays on the car for its next visit
            self.add("Recommendation", vehicle_id=plan.car.id, order_id=order.id,
                     description=f"{approval['description']}（客戶暫不處理）", created_at=moment, done_order_id=None,
                     **recommendation_fields(source="declined", operation_code=op.code,
                                             created_by_id=plan.people["advisor"]))
            return
        self._labour(order, plan, op, approval=approval["id"], moment=moment)
        self._issue(order, plan, self._part(order, plan, spec, quantity, approval=approval["id"]), w + 10)
        closed_later = plan.final not in (S.AWAITING_APPROVAL, S.IN_REPAIR, S.QC_PENDING, S.REWORK, S.READY)
        if closed_later and order.promised_at and moment < order.promised_at and self.rng.random() < 0.5:
            order.promised_at = order.promised_at + timedelta(minutes=self.rng.choice((60, 90, 120)))
            approval["new_promised_at"] = order.promised_at

    def _qc(self, order: SimpleNamespace, plan: Plan, w: int, passed: bool) -> None:
        plan.qc_attempts += 1
        moment = self.line.at(w)
        # The items are the order's own (``demo.qc`` writes the whole checklist); a failure is one order item
        # with the note the inspector writes about that item.
        results: dict[str, dict[str, str]] = {f"line:{line['id']}": {"result": "pass"} for line in plan.labour}
        if not passed:
            line = self.rng.choice(plan.labour)
            results[f"line:{line['id']}"] = {"result": "fail", "note": names.QC_FAILURES[line["operation_code"]]}
        certificate = None
        if passed and order.regulatory_class in CERTIFICATE_CLASSES:
            self._certificates[moment.date()] += 1
            certificate = f"HG{moment:%Y%m%d}-{self._certificates[moment.date()]:03d}"
        self.add("QcInspection", order_id=order.id, attempt=plan.qc_attempts,
                  template=QC_TEMPLATES.get(order.regulatory_class, "一般維修總檢"),
                  results=json.dumps(results, ensure_ascii=False), passed=passed, certificate_no=certificate,
                  inspected_at=moment, inspector_id=plan.people["inspector"])

    def _on_qc_fail(self, order: SimpleNamespace, plan: Plan, w: int) -> None:
        self._qc(order, plan, w, passed=False)

    def _on_qc_pass(self, order: SimpleNamespace, plan: Plan, w: int) -> None:
        self._qc(order, plan, w, passed=True)
        order.passed_qc_first_time = plan.qc_attempts == 1
        order.customer_told_at = self.line.past(w + self.rng.randint(5, 20))

    def _pay(self, order: SimpleNamespace, plan: Plan, w: int, kind: str, amount: Decimal, payer: Payer,
             method: str | None = None, note: str = "") -> str:
        """A money row as the checkout leaves it; returns its method. Cash is handed over in notes (the change
        is given back); a receivable (the third party's share) has no method."""
        if method is None:
            method = self.rng.choices([m for m, _ in PAY_METHODS], weights=[n for _, n in PAY_METHODS])[0]
        tendered = None
        if method == "cash" and kind in ("payment", "deposit"):
            tendered = Decimal(math.ceil(amount / 100) * 100) if self.rng.random() < 0.7 else amount
        self.add("Payment", order_id=order.id, kind=kind, method=method, payer=payer, amount=amount,
                  tendered=tendered, note=note, created_at=self.line.at(w), created_by_id=plan.people["cashier"])
        return method

    def _hand_over(self, order: SimpleNamespace, plan: Plan, w: int) -> None:
        """The car leaves: mileage out, the handover checklist and the next service due."""
        assert plan.car is not None
        moment = self.line.at(w)
        order.mileage_out = order.mileage_in + self.rng.randint(2, 12)  # the test drive
        self._mileage(plan.car.id, order.mileage_out)
        checklist = {"work_explained": True, "charges_explained": True, "old_parts_shown": True,
                     "test_drive": True, "intake_compared": True}
        every = 10_000 if plan.car.model.fuel is FuelType.ELECTRIC else 5_000
        self._next_service[order.id] = (order.mileage_out + every, (moment + timedelta(days=180)).date())
        self.add("Delivery", order_id=order.id, delivered_at=moment, checklist=json.dumps(checklist),
                  next_service_on=self._next_service[order.id][1], next_service_km=self._next_service[order.id][0],
                  delivered_by_id=plan.people["advisor"])
        for line in plan.parts:
            line["old_part"] = "none" if line["unit"] in FLUID_UNITS else self.rng.choice(("taken", "left"))

    def _on_release_on_deposit(self, order: SimpleNamespace, plan: Plan, w: int) -> None:
        order.deposit = Decimal(max(500, math.ceil(self._total(plan) * Decimal("0.3") / 100) * 100))
        self._deposit_method[order.id] = self._pay(order, plan, w, "deposit", order.deposit, Payer.SELF,
                                                   note="押金提車，故障確認排除後結算")
        self._hand_over(order, plan, w)

    def _on_refund_deposit(self, order: SimpleNamespace, plan: Plan, w: int) -> None:
        # Money goes back the way it came (a card deposit to the card, a WeChat one by WeChat).
        self._pay(order, plan, w, "refund", order.deposit, Payer.SELF, method=self._deposit_method[order.id],
                  note="故障未能確認排除，經協商退還押金，不收費")

    def _shares(self, plan: Plan) -> Settlement:
        """The settlement of the order's lines, per payer, as the checkout computes it."""
        charges = ([Charge(Category.LABOUR, line["payer"], line["amount"]) for line in plan.labour]
                   + [Charge(Category.PARTS, line["payer"], self._amount(line)) for line in plan.parts]
                   + [Charge(Category.OUTSIDE, plan.payer, line["charge"]) for line in self._outside_of(plan)])
        claim = sum((c.amount for c in charges if c.payer is Payer.CLAIM), Decimal(0))
        return settle_totals(charges, claim_approved=claim if claim else None, tax_rate=self.config.tax_rate,
                             prices_include_tax=self.config.prices_include_tax)

    def _on_settle(self, order: SimpleNamespace, plan: Plan, w: int) -> None:
        """Each payer pays its own lines: the maker (三包) or the insurer its share later (a receivable, with the
        insurer's approved amount its whole share), the customer the rest now, less a deposit (any excess of the
        deposit is given back the way it was paid)."""
        shares = self._shares(plan)
        for third in (Payer.WARRANTY, Payer.CLAIM):
            share = shares.of(third)
            if share is not None and share.third_party > 0:
                note = "三包：向廠家結算" if third is Payer.WARRANTY else "保險公司直賠"
                self._pay(order, plan, w, "receivable", share.third_party, third, method="", note=note)
        due = shares.customer_owes - order.deposit
        if due > 0:
            note = f"押金 ¥{order.deposit} 已抵扣" if order.deposit else ""
            self._pay(order, plan, w, "payment", due, Payer.SELF, note=note)
        elif due < 0:
            self._pay(order, plan, w, "refund", -due, Payer.SELF, method=self._deposit_method[order.id],
                      note="押金多於應付，退還差額")

    def _on_deliver(self, order: SimpleNamespace, plan: Plan, w: int) -> None:
        self._hand_over(order, plan, w)
        if "overdue_call" in plan.flags:  # called once, nobody answered, not called again yet
            self._call(order, plan, w + self.line.day + self.rng.randint(0, 200), reached=False)

    def _on_follow_up(self, order: SimpleNamespace, plan: Plan, w: int) -> None:
        if self.rng.random() < 0.15:
            self._call(order, plan, w - self.rng.randint(60, 240), reached=False)
        self._call(order, plan, w, reached=True)

    def _call(self, order: SimpleNamespace, plan: Plan, w: int, *, reached: bool) -> None:
        satisfaction = self.rng.choices((5, 4, 3, 2), weights=(60, 28, 9, 3))[0] if reached else None
        complaint = resolution = ""
        owner, resolved = None, None
        if satisfaction is not None and satisfaction <= 2:
            (complaint, resolution), owner = self._complaint_of(order, plan), self.owner
            resolved = self.line.past(w + self.rng.randint(60, 600))
        remarks = names.UNREACHED
        if satisfaction is not None:
            km, day = self._next_service[order.id]
            remarks = self.rng.choice(names.FOLLOW_UP_REMARKS[satisfaction]).format(next_km=km, next_on=day)
        made = self.add("FollowUp", order_id=order.id, called_at=self.line.past(w), reached=reached,
                        satisfaction=satisfaction, remarks=remarks, complaint=complaint, complaint_owner_id=owner,
                        resolution=resolution, resolved_at=resolved, called_by_id=plan.people["advisor"])
        if satisfaction is not None:
            self._talk(made["id"], order, satisfaction, complaint)

    def _talk(self, follow_up_id: int, order: SimpleNamespace, satisfaction: int, complaint: str) -> None:
        """The reached call followed the default call script: an answer per question, in line with the
        overall score (issue 16: satisfaction per question and the referrals in the month's workbook)."""
        rng = random.Random(follow_up_id)  # its own draws: the rest of the demo is drawn as before
        km, day = self._next_service[order.id]
        for position, question in enumerate(call_script.default_questions(), start=1):
            score, choice, note = None, None, ""
            if question.kind is call_script.Kind.SAY:
                continue
            if question.kind is call_script.Kind.SCORE:
                score = max(1, min(5, satisfaction + rng.choice((-1, 0, 0, 0, 1))))
            elif question.kind is call_script.Kind.YES_NO:
                choice, note = ("yes", complaint) if complaint else ("no", "")
            elif question.kind is call_script.Kind.TEXT:
                note = names.NEXT_SERVICE_ANSWER.format(next_km=km, next_on=day)
            elif question.kind is call_script.Kind.REFERRAL:
                weights = (55, 30, 15) if satisfaction >= 4 else (10, 30, 60)
                choice = rng.choices(("yes", "maybe", "no"), weights=weights)[0]
            self.add("FollowUpAnswer", follow_up_id=follow_up_id, position=position, question_key=question.key,
                     question_text=question.worded("zh_TW"), kind=question.kind.value, score=score, choice=choice,
                     note=note)

    def _complaint_of(self, order: SimpleNamespace, plan: Plan) -> tuple[str, str]:
        """What an unhappy customer complains about, from what happened to the order: a car ready after the
        time promised, else added work they paid for, else something the records cannot contradict."""
        promised, ready = order.promised_at, order.ready_at
        if promised is not None and ready is not None and ready > promised + timedelta(minutes=30):
            hours = max(1, round((ready - promised).total_seconds() / 3600))
            complaint, resolution = names.COMPLAINT_LATE
            return complaint.format(hours=hours), resolution
        if plan.approval is not None and plan.approval["approved"]:
            complaint, resolution = names.COMPLAINT_ADDED
            return complaint.format(item=plan.approval["description"].split("，")[0]), resolution
        return names.COMPLAINT_OTHER

    def _mileage(self, vehicle_id: int, mileage: int) -> None:
        self.last_mileage[vehicle_id] = max(mileage, self.last_mileage.get(vehicle_id, 0))
