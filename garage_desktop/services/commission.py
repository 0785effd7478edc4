"""提成 (technician commission) and hours: the owner's rules, who worked each line, each mechanic's month.

The arithmetic is ``domain.commission``'s (read its docstring for the rules). Commission is never stored: the
month-end figures count the lines of the orders settled in the month by the rules in force at their settlement
(a rule is never edited, a change ends it and starts another), so a month counted twice gives the same sheet.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, time
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from garage_desktop.db.models import (
    Approval,
    CommissionRule,
    LabourLine,
    LabourOperation,
    Operator,
    RepairOrder,
    Setting,
)
from garage_desktop.documents.month import CommissionRow
from garage_desktop.domain import commission as rules
from garage_desktop.domain.classes import JobClass, Role
from garage_desktop.domain.commission import Comebacks, FreeLines, Policy, Rule
from garage_desktop.domain.money import parse_decimal
from garage_desktop.domain.pricing import HourUnit, clock_hours, labour_amount
from garage_desktop.domain.settlement import is_charged
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError
from garage_desktop.services import audit, clock, line_workers, permissions, work_order
from garage_desktop.services import settings as garage_settings
from garage_desktop.services.report_records import chunked, free_comebacks

FREE_LINES_KEY = "commission_free_lines"
COMEBACKS_KEY = "commission_comebacks"
RULE_ROLES = (Role.OWNER,)

NO_RULE = QT_TRANSLATE_NOOP("Domain", "There is no commission rule {ref} in force.")
NO_OPERATION = QT_TRANSLATE_NOOP("Domain", "There is no labour operation {code} in the catalog.")
NOT_A_MECHANIC = QT_TRANSLATE_NOOP("Domain", "That mechanic is not an active operator.")

# Notes of the month's rows (English label keys of the workbook).
NOTE_FREE = "Free line"
NOTE_COMEBACK = "Comeback"
NOTE_TAKEN_BACK = "Taken back: came back on {order}"
NOTE_NO_RULE = "No commission rule"


# --- the owner's rules ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class RuleView:
    id: int
    operation_code: str | None
    operation_name: str  # the catalog's name of the operation ("" for a job-class rule)
    job_class: JobClass | None
    percent: Decimal | None  # 10 = 10 %
    fixed_amount: Decimal | None
    created_at: datetime


def _as_rule(row: CommissionRule) -> Rule:
    return Rule(row.id, row.operation_code, row.job_class.value if row.job_class else None, row.percent,
                row.fixed_amount, row.created_at, row.ended_at)


def all_rules(session: Session) -> list[Rule]:
    """Every rule ever set, ended ones too (a month is counted by the rules in force then)."""
    return [_as_rule(row) for row in session.scalars(select(CommissionRule).order_by(CommissionRule.id))]


def rules_in_force(session: Session) -> list[RuleView]:
    """The rules in force now: operations by code first, then job classes."""
    rows = session.scalars(select(CommissionRule).where(CommissionRule.ended_at.is_(None))).all()
    names = dict(session.execute(select(LabourOperation.code, LabourOperation.name).where(
        LabourOperation.code.in_([r.operation_code for r in rows if r.operation_code]))).all())
    views = [RuleView(r.id, r.operation_code, names.get(r.operation_code, "") if r.operation_code else "",
                      r.job_class, r.percent, r.fixed_amount, r.created_at) for r in rows]
    order = {c: i for i, c in enumerate(JobClass)}
    return sorted(views, key=lambda v: (v.operation_code is None, v.operation_code or "",
                                        order.get(v.job_class, 0) if v.job_class else 0))


def _rule_text(row: CommissionRule) -> dict[str, str | None]:
    return {"operation_code": row.operation_code, "job_class": row.job_class.value if row.job_class else None,
            "percent": str(row.percent) if row.percent is not None else None,
            "fixed_amount": str(row.fixed_amount) if row.fixed_amount is not None else None}


def set_rule(session: Session, actor: int | None, *, operation_code: str | None = None,
             job_class: JobClass | str | None = None, percent: Decimal | str | None = None,
             fixed_amount: Decimal | str | None = None) -> RuleView:
    """The owner sets the rule of an operation or a job class (amounts as typed: "10", "¥20"; empty: none);
    the rule in force for it until now ends."""
    permissions.require(session, actor, *RULE_ROLES)
    code = (operation_code or "").strip() or None
    job = JobClass(job_class) if job_class else None
    percent = _typed(percent, "percent", places=2)
    fixed_amount = _typed(fixed_amount, "fixed_amount", places=2)
    rules.check_rule(code, job.value if job else None, percent, fixed_amount)
    if code is not None and session.scalar(select(LabourOperation.id).where(LabourOperation.code == code)) is None:
        raise DomainError(NO_OPERATION, field="target", code=code)
    now = clock.now()
    target = CommissionRule.operation_code == code if code else (
        (CommissionRule.job_class == job) & CommissionRule.operation_code.is_(None))
    before = None
    for old in session.scalars(select(CommissionRule).where(target, CommissionRule.ended_at.is_(None))):
        old.ended_at, old.ended_by_id = now, actor
        before = _rule_text(old)
        audit.record(session, actor, "commission:end", "commission_rule", old.id, before=before)
    row = CommissionRule(operation_code=code, job_class=job, percent=percent, fixed_amount=fixed_amount,
                         created_at=now, created_by_id=actor)
    session.add(row)
    session.flush()
    audit.record(session, actor, "commission:rule", "commission_rule", row.id, before=before, after=_rule_text(row))
    return next(view for view in rules_in_force(session) if view.id == row.id)


def _typed(value: Decimal | str | None, field: str, *, places: int) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return parse_decimal(value, field=field, places=places, minimum=None)


def end_rule(session: Session, actor: int | None, rule_id: int) -> None:
    """The owner removes a rule: it stops counting from now (months already settled keep it)."""
    permissions.require(session, actor, *RULE_ROLES)
    row = session.get(CommissionRule, rule_id)
    if row is None or row.ended_at is not None:
        raise DomainError(NO_RULE, ref=f"#{rule_id}")
    row.ended_at, row.ended_by_id = clock.now(), actor
    audit.record(session, actor, "commission:end", "commission_rule", row.id, before=_rule_text(row))
    session.flush()


def policy(session: Session) -> Policy:
    """The owner's rule for free and comeback lines (defaults: free lines earn none, comebacks are taken back)."""
    stored = {row.key: row.value for row in session.scalars(
        select(Setting).where(Setting.key.in_((FREE_LINES_KEY, COMEBACKS_KEY))))}
    default = Policy()
    try:
        free = FreeLines(stored.get(FREE_LINES_KEY, default.free_lines.value))
    except ValueError:
        free = default.free_lines
    try:
        comebacks = Comebacks(stored.get(COMEBACKS_KEY, default.comebacks.value))
    except ValueError:
        comebacks = default.comebacks
    return Policy(free, comebacks)


def set_policy(session: Session, actor: int | None, new: Policy) -> None:
    permissions.require(session, actor, *RULE_ROLES)
    old = policy(session)
    for key, before, after in ((FREE_LINES_KEY, old.free_lines, FreeLines(new.free_lines)),
                               (COMEBACKS_KEY, old.comebacks, Comebacks(new.comebacks))):
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=after.value))
        elif row.value != after.value:
            row.value = after.value
        if before != after:
            audit.record(session, actor, "setting", "setting", None, before={key: before.value},
                         after={key: after.value})
    session.flush()


# --- who worked a line ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Worker:
    operator_id: int
    name: str
    share: int


def workers_of(session: Session, line_id: int) -> list[Worker]:
    """The mechanics of a line with their shares: several when shared, else its lead with share 1."""
    line = session.get(LabourLine, line_id)
    if line is None:
        return []
    pairs = line_workers.workers(line.mechanic_id, line_workers.shares_of(session, [line_id]).get(line_id))
    names = dict(session.execute(select(Operator.id, Operator.name).where(
        Operator.id.in_([worker for worker, _ in pairs if worker is not None]))).all())
    return [Worker(worker, names.get(worker, ""), share) for worker, share in pairs if worker is not None]


def dispatch_workers(session: Session, actor: int | None, order_id: int, line_id: int, team: str,
                     workers: Sequence[tuple[int, int]]) -> work_order.TicketView:
    """派工 to several mechanics: (operator id, share) each, the first the lead. One mechanic is a plain dispatch."""
    workers = [(int(operator), share) for operator, share in workers]
    rules.check_workers(workers)
    for operator_id, _ in workers:
        operator = session.get(Operator, operator_id)
        if operator is None or not operator.active:
            raise DomainError(NOT_A_MECHANIC, field="workers")
    view = work_order.dispatch(session, actor, order_id, line_id, team, workers[0][0])
    if len(workers) == 1:
        return view
    line_workers.replace(session, line_id, workers)
    audit.record(session, actor, "dispatch:workers", "labour_line", line_id, order_id=order_id,
                 after={"workers": [{"operator_id": o, "share": s} for o, s in workers]})
    session.flush()
    return work_order.ticket_view(session, order_id)


# --- the month ---------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Order:
    id: int
    order_no: str
    job_class: str
    settled_at: datetime | None
    comeback_of_id: int | None


@dataclass(frozen=True)
class _Share:
    """One worker's part of one line."""

    operator_id: int | None
    fraction: Decimal
    hours_sold: Decimal
    commission: Decimal
    exact: Decimal  # share ÷ the line's shares, unrounded


def _orders(session: Session, ids: Iterable[int]) -> dict[int, _Order]:
    found = {}
    for chunk in chunked(ids):
        for row in session.execute(select(RepairOrder.id, RepairOrder.order_no, RepairOrder.job_class,
                                          RepairOrder.settled_at, RepairOrder.comeback_of_id)
                                   .where(RepairOrder.id.in_(chunk))).all():
            found[row.id] = _Order(row.id, row.order_no or f"#{row.id}", JobClass(row.job_class).value,
                                   row.settled_at, row.comeback_of_id)
    return found


def _lines(session: Session, order_ids: Iterable[int]) -> list[LabourLine]:
    """The charged labour lines of the orders (the estimate's own and approved added work)."""
    ids = list(order_ids)
    answers = {approval_id: approved for chunk in chunked(ids) for approval_id, approved in session.execute(
        select(Approval.id, Approval.approved).where(Approval.order_id.in_(chunk))).all()}
    lines = [line for chunk in chunked(ids) for line in session.scalars(
        select(LabourLine).where(LabourLine.order_id.in_(chunk)).order_by(LabourLine.order_id, LabourLine.seq))]
    return [line for line in lines
            if is_charged(line.added, answers.get(line.approval_id) if line.approval_id else None)]


def _line_shares(line: LabourLine, order: _Order, free_order: bool, known: list[Rule], policy_now: Policy,
                 shares: dict[int, list[tuple[int, int]]], *, comeback: bool) -> tuple[Decimal | None, list[_Share]]:
    """The commission base of a line and each worker's part of its hours sold and commission (hours clocked are
    counted per mechanic over all their lines: ``_clocked_by_worker``)."""
    charge = Decimal("0.00") if free_order else line.amount
    list_charge = None
    if line.free_reason is not None and line.free_price is not None:
        list_charge = labour_amount(line.standard_hours, line.free_price, line.coefficient,
                                    unit=HourUnit(line.hour_unit or HourUnit.HOUR))
    base = rules.commission_base(charge, free=line.free_reason is not None, list_charge=list_charge,
                                 comeback=comeback, policy=policy_now)
    moment = order.settled_at or clock.now()
    rule = rules.rule_for(known, line.operation_code, order.job_class, moment) if base is not None else None
    amount = rules.commission_of(rule, base) if base is not None else Decimal("0.00")
    pairs = line_workers.workers(line.mechanic_id, shares.get(line.id))
    weights = [share for _, share in pairs]
    sold = clock_hours(line.standard_hours, line.hour_unit or HourUnit.HOUR)
    parts = zip(pairs, rules.split(amount, weights), rules.split(sold, weights), strict=True)
    total = sum(weights)
    return (base if rule is not None else None), [
        _Share(worker, (Decimal(share) / total).quantize(Decimal("0.0001"), ROUND_HALF_UP), h_sold, money,
               Decimal(share) / total) for (worker, share), money, h_sold in parts]


def month_rows(session: Session, settled_ids: Iterable[int]) -> tuple[CommissionRow, ...]:
    """Each mechanic's part of each charged line of the orders settled in the month, and the commission taken
    back from the mechanics of an earlier job that came back free in the month (when the owner's rule says so);
    sorted by mechanic, then by settlement."""
    settled = _orders(session, settled_ids)
    policy_now, known = policy(session), all_rules(session)
    comeback_of = {o.id: o.comeback_of_id for o in settled.values() if o.comeback_of_id}
    free = free_comebacks(session, comeback_of)
    taken_back = {order_id: earlier for order_id, earlier in comeback_of.items()
                  if order_id in free and policy_now.comebacks is Comebacks.CLAW_BACK}
    earlier = _orders(session, set(taken_back.values()))
    earlier_free = free_comebacks(session, {o.id: o.comeback_of_id for o in earlier.values() if o.comeback_of_id})
    lines = _lines(session, settled)
    back_lines = _lines(session, [i for i, o in earlier.items() if o.settled_at is not None])
    shares = line_workers.shares_of(session, [line.id for line in lines + back_lines])
    names = dict(session.execute(select(Operator.id, Operator.name)).all())
    rows: list[CommissionRow] = []
    clocks: dict[object, list[tuple[int, datetime | None, datetime | None, Decimal]]] = {}
    for line in lines:
        order = settled[line.order_id]
        comeback = order.comeback_of_id is not None
        base, parts = _line_shares(line, order, order.id in free, known, policy_now, shares, comeback=comeback)
        note = NOTE_COMEBACK if comeback else NOTE_FREE if line.free_reason is not None else \
            NOTE_NO_RULE if base is None else ""
        for part in parts:
            worker = part.operator_id if part.operator_id is not None else ("team", line.team or "")
            clocks.setdefault(worker, []).append((len(rows), line.started_at, line.finished_at, part.exact))
            rows.append(CommissionRow(names.get(part.operator_id, "") if part.operator_id else "", order.order_no,
                                      order.settled_at, f"{line.seq}. {line.name}", part.fraction, 1,
                                      part.hours_sold, Decimal("0.00"), base, part.commission, note))
    opening = garage_settings.load(session)
    rows = _clocked_by_worker(rows, clocks, (opening.opening_time, opening.closing_time))
    by_earlier: dict[int, list[LabourLine]] = {}
    for line in back_lines:
        by_earlier.setdefault(line.order_id, []).append(line)
    for order_id, earlier_id in sorted(taken_back.items(), key=lambda item: settled[item[0]].order_no):
        comeback, original = settled[order_id], earlier[earlier_id]
        for line in by_earlier.get(earlier_id, ()):
            base, parts = _line_shares(line, original, earlier_id in earlier_free, known, policy_now, shares,
                                       comeback=original.comeback_of_id is not None)
            for part in parts:
                if not part.commission:
                    continue
                rows.append(CommissionRow(
                    names.get(part.operator_id, "") if part.operator_id else "", original.order_no,
                    comeback.settled_at, f"{line.seq}. {line.name}", part.fraction, 0, Decimal("0.00"),
                    Decimal("0.00"), base, -part.commission, NOTE_TAKEN_BACK, comeback.order_no))
    return tuple(sorted(rows, key=lambda r: (r.mechanic == "", r.mechanic, r.settled_at or datetime.max,
                                             r.order_no, r.line)))


def _clocked_by_worker(rows: list[CommissionRow], clocks: dict[object, list[tuple[int, datetime | None,
                                                                              datetime | None, Decimal]]],
                       hours: tuple[time, time]) -> list[CommissionRow]:
    """Each row's hours clocked: the mechanic's start → finish of the line within the opening hours, the time they
    had several lines open at once shared between those lines (``domain.commission.sliced_hours``), times their share of the line."""
    result = list(rows)
    for entries in clocks.values():
        clocked = rules.sliced_hours([(index, started, finished) for index, started, finished, _ in entries], hours)
        for index, _, _, fraction in entries:
            result[index] = replace(result[index], hours_clocked=(clocked[index] * fraction).quantize(
                rules.CENT, ROUND_HALF_UP))
    return result


@dataclass(frozen=True)
class MechanicMonth:
    """One mechanic's month: lines worked, hours sold and clocked, efficiency, commission (net of take-backs)."""

    mechanic: str
    lines: int
    hours_sold: Decimal
    hours_clocked: Decimal
    efficiency: Decimal | None
    commission: Decimal


def by_mechanic(rows: Iterable[CommissionRow]) -> list[MechanicMonth]:
    """The month's rows added up per mechanic (in the rows' order)."""
    sums: dict[str, list[Decimal]] = {}
    for row in rows:
        entry = sums.setdefault(row.mechanic, [Decimal(0), Decimal(0), Decimal(0), Decimal(0)])
        entry[0] += row.lines
        entry[1] += row.hours_sold
        entry[2] += row.hours_clocked
        entry[3] += row.commission
    return [MechanicMonth(name, int(n), sold, clocked, rules.efficiency(sold, clocked), money)
            for name, (n, sold, clocked, money) in sums.items()]
