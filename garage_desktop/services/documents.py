"""The printed documents' content, read from the database into plain frozen dataclasses for ``printing``.

Labour hours on every document are real (clock) hours and the rate is per hour, whatever unit a line was
priced in (``LabourLine.hour_unit``) and whatever the garage's unit is when the document is (re)printed.

Which lines a document shows: the estimate's lines plus added work the customer approved (marked as added).
Added work still waiting for an answer, or declined, is not on the work order nor on a dispatch slip: it may
not be worked. Totals add the shown lines' rounded amounts (customer-supplied parts count zero), and the VAT
part comes from ``domain.pricing.split_tax`` with the garage's tax settings. A line a package card pays (套餐卡,
issue 19) is priced as usual and carries the card's last digits, which the customer's copy prints beside it.

The dispatch slip's 派工時間 is when the work was dispatched, never when the slip is printed (the printing time is
in the footer, 列印時間). The dispatch service records each 派工 as an audit event of the line
(``work_order.dispatch``: action "dispatch", the team in ``after``); a line's time is that of the event that
gave it its present team (the first of the latest run of events naming it: giving the line to another mechanic of
the same team keeps the time; moving it to another team and back starts anew). A slip prints the earliest of its
lines' times in its header, and each line's own time beside it when its lines were dispatched at different
times (added work dispatched later). Lines with no such event (written by an older version, or by the demo)
have no time of their own: their slip takes the order's first dispatch (its "status:dispatch" event), or prints
nothing. The slip of lines not given to a team yet says so.
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from garage_desktop.db.models import (
    Approval,
    AuditEvent,
    LabourLine,
    Operator,
    PartLine,
    RepairOrder,
    SubletLine,
)
from garage_desktop.documents.order import (
    DamageMarkDoc,
    DispatchLineDoc,
    DispatchSlipDoc,
    GarageHeader,
    LabourLineDoc,
    OutsideLineDoc,
    PartLineDoc,
    TotalsDoc,
    WorkOrderDoc,
)
from garage_desktop.domain.money import ZERO
from garage_desktop.domain.pricing import HourUnit, part_amount, shown_hours, split_tax, total
from garage_desktop.services import clock, line_workers, orders
from garage_desktop.services import settings as garage_settings


def find_order_id(session: Session, order_no: str) -> int | None:
    """The id of the order numbered ``order_no`` (case and surrounding spaces ignored), or None."""
    number = (order_no or "").strip().upper()
    if not number:
        return None
    return session.scalar(select(RepairOrder.id).where(RepairOrder.order_no == number))


def _header(settings: garage_settings.GarageSettings) -> GarageHeader:
    return GarageHeader(settings.garage_name, settings.garage_address, settings.garage_phone, settings.licence_no,
                        settings.tax_id)


def _operator_names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return dict(session.execute(select(Operator.id, Operator.name).where(Operator.id.in_(ids))).all())


def _operator_teams(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return dict(session.execute(select(Operator.id, Operator.team).where(Operator.id.in_(ids))).all())


def _shown(line: LabourLine | PartLine | SubletLine, approved: dict[int, bool | None]) -> bool:
    """The estimate's own lines always; added work only once the customer said yes."""
    if not line.added:
        return True
    return line.approval_id is not None and approved.get(line.approval_id) is True


def _approvals(session: Session, order_id: int) -> dict[int, bool | None]:
    return dict(session.execute(select(Approval.id, Approval.approved)
                                .where(Approval.order_id == order_id)).all())


def _make_model(order: RepairOrder) -> str:
    vehicle = order.vehicle
    if vehicle is None:
        return ""
    return " ".join(part for part in (vehicle.make, vehicle.model) if part)


def _card_numbers(session: Session, order: RepairOrder) -> dict[int, str]:
    """Issue 19: the last digits of the package card paying each card item the order's lines name."""
    from garage_desktop.services.packages import card_number_of

    items = {line.card_item_id for line in (*order.labour_lines, *order.part_lines) if line.card_item_id is not None}
    return {item: card_number_of(session, item) for item in items}


def _labour_docs(order: RepairOrder, approved: dict[int, bool | None],
                 names: dict[int, str], cards: dict[int, str]) -> tuple[LabourLineDoc, ...]:
    return tuple(
        LabourLineDoc(seq=line.seq, name=line.name, standard_hours=shown_hours(line.standard_hours, line.hour_unit),
                      rate=line.rate,
                      coefficient=line.coefficient, amount=line.amount, code=line.operation_code or "",
                      added=line.added, team=line.team or "",
                      mechanic=names.get(line.mechanic_id, "") if line.mechanic_id else "",
                      started_at=line.started_at, finished_at=line.finished_at, free=line.free_reason is not None,
                      card=cards.get(line.card_item_id, "") if line.card_item_id is not None else "")
        for line in order.labour_lines if _shown(line, approved))


def _part_docs(order: RepairOrder, approved: dict[int, bool | None], cards: dict[int, str]) -> tuple[PartLineDoc, ...]:
    docs = []
    for line in order.part_lines:
        if not _shown(line, approved):
            continue
        amount = ZERO if line.customer_supplied else part_amount(line.planned_qty, line.unit_price)
        docs.append(PartLineDoc(seq=line.seq, name=line.name, quantity=line.planned_qty,
                                unit_price=line.unit_price, amount=amount, spec=line.spec or "",
                                origin=line.origin or "oem", unit=line.unit or "",
                                customer_supplied=line.customer_supplied, added=line.added,
                                free=line.free_reason is not None,
                                card=cards.get(line.card_item_id, "") if line.card_item_id is not None else ""))
    return tuple(docs)


def work_order_doc(session: Session, order_id: int) -> WorkOrderDoc:
    """The 維修工單 of an order as it stands now (raises DomainError for an unknown order)."""
    order = orders.get_order(session, order_id)
    settings = garage_settings.load(session)
    approved = _approvals(session, order.id)
    people = {line.mechanic_id for line in order.labour_lines if line.mechanic_id}
    advisor_id = order.confirmed_by_id or order.received_by_id or order.created_by_id
    names = _operator_names(session, people | ({advisor_id} if advisor_id else set()))
    cards = _card_numbers(session, order)
    labour = _labour_docs(order, approved, names, cards)
    parts = _part_docs(order, approved, cards)
    labour_total = total([line.amount for line in labour])
    parts_total = total([line.amount for line in parts])
    outside = tuple(OutsideLineDoc(line.seq, line.description, line.supplier, line.charge, line.added,
                                   free=line.free_reason is not None)
                    for line in order.sublet_lines if _shown(line, approved))
    outside_total = total([line.amount for line in outside])
    split = split_tax(labour_total + parts_total + outside_total, settings.tax_rate,
                      prices_include_tax=settings.prices_include_tax)
    intake = order.intake
    marks: list[DamageMarkDoc] = []
    if intake is not None:
        intake_marks = sorted((m for m in intake.damage_marks if m.found_at == "intake"), key=lambda m: m.id)
        marks = [DamageMarkDoc(number, m.view.value, m.x, m.y, m.kind.value, m.note or "")
                 for number, m in enumerate(intake_marks, start=1)]
    vehicle = order.vehicle
    customer = order.customer
    return WorkOrderDoc(
        garage=_header(settings),
        order_no=order.order_no or f"#{order.id}",
        printed_at=clock.now(),
        job_class=order.job_class.value,
        regulatory_class=order.regulatory_class.value,
        payer=order.payer.value,
        customer_name=customer.name if customer else "",
        customer_phone=customer.phone if customer else "",
        plate=vehicle.plate if vehicle else "",
        vin=vehicle.vin if vehicle else "",
        make_model=_make_model(order),
        labour=labour,
        parts=parts,
        totals=TotalsDoc(labour_total, parts_total, split.net, split.tax, split.gross, settings.tax_rate,
                         settings.prices_include_tax, outside_total),
        outside=outside,
        received_at=order.received_at,
        confirmed_at=order.confirmed_at,
        promised_at=order.promised_at,
        mileage_in=order.mileage_in if order.mileage_in is not None else (intake.mileage if intake else None),
        fuel_level=order.fuel_level if order.fuel_level is not None else (intake.fuel_level if intake else None),
        complaint=order.complaint or "",
        diagnosis=order.diagnosis or "",
        damage_marks=tuple(marks),
        items_left=intake.items_left if intake else "",
        intake_notes=intake.notes if intake else "",
        notify_above=order.notify_above,
        may_replace_found_parts=order.may_replace_found_parts,
        advisor=names.get(advisor_id, "") if advisor_id else "",
        hour_unit=HourUnit.HOUR.value,
    )


def _event_team(after: str | None) -> str | None:
    try:
        value = json.loads(after or "")
    except ValueError:
        return None
    return (value.get("team") or "").strip() if isinstance(value, dict) else None


def dispatch_times(session: Session, order_id: int) -> dict[int, tuple[str | None, datetime]]:
    """Per labour line id: the team its latest dispatch events name and when the first of them was recorded
    (see the module text)."""
    events = session.execute(select(AuditEvent.entity_id, AuditEvent.at, AuditEvent.after).where(
        AuditEvent.order_id == order_id, AuditEvent.entity == "labour_line",
        AuditEvent.action.in_(("dispatch", "dispatch:undo")))  # an undone dispatch names no team: a new run
        .order_by(AuditEvent.id)).all()
    times: dict[int, tuple[str | None, datetime]] = {}
    for line_id, at, after in events:
        team = _event_team(after)
        if line_id not in times or times[line_id][0] != team:
            times[line_id] = (team, at)
    return times


def _first_dispatch(session: Session, order_id: int) -> datetime | None:
    """When the order was first dispatched (its status event), for lines with no dispatch event of their own."""
    return session.scalar(select(func.min(AuditEvent.at)).where(
        AuditEvent.order_id == order_id, AuditEvent.entity == "repair_order", AuditEvent.action == "status:dispatch"))


def dispatch_slip_docs(session: Session, order_id: int) -> list[DispatchSlipDoc]:
    """One 派工單 per team, teams in the order of their first line; lines with no team come last.

    A line's team is its own ``team``, else the team of the mechanic it was given to.
    """
    order = orders.get_order(session, order_id)
    settings = garage_settings.load(session)
    approved = _approvals(session, order.id)
    lines = [line for line in order.labour_lines if _shown(line, approved)]
    people = {line.mechanic_id for line in lines if line.mechanic_id}
    shared = line_workers.shares_of(session, [line.id for line in lines])  # lines worked by several (issue 19)
    names = _operator_names(session, people | {worker for shares in shared.values() for worker, _ in shares})
    teams_of = _operator_teams(session, people)
    times = dispatch_times(session, order.id)
    by_team: dict[str, list[DispatchLineDoc]] = {}
    for line in lines:
        team = (line.team or "").strip() or (teams_of.get(line.mechanic_id) or "").strip()
        recorded = times.get(line.id)
        by_team.setdefault(team, []).append(DispatchLineDoc(
            seq=line.seq, name=line.name, standard_hours=shown_hours(line.standard_hours, line.hour_unit),
            mechanic="、".join(names.get(worker, "") for worker, _ in shared[line.id]) if line.id in shared
            else names.get(line.mechanic_id, "") if line.mechanic_id else "", added=line.added,
            started_at=line.started_at, finished_at=line.finished_at,
            dispatched_at=recorded[1] if team and recorded is not None and recorded[0] == team else None))
    # teams in the order of their first line (dicts keep insertion order); the unassigned lines last
    ordered = [team for team in by_team if team] + ([""] if "" in by_team else [])
    header = _header(settings)
    vehicle = order.vehicle
    now = clock.now()
    first = _first_dispatch(session, order.id) if any(
        line.dispatched_at is None for team in ordered if team for line in by_team[team]) else None

    def slip_time(team: str) -> datetime | None:
        known = [line.dispatched_at for line in by_team[team] if line.dispatched_at is not None]
        return min(known) if known else (first if team else None)

    return [DispatchSlipDoc(garage=header, order_no=order.order_no or f"#{order.id}", printed_at=now, team=team,
                            plate=vehicle.plate if vehicle else "", make_model=_make_model(order),
                            lines=tuple(by_team[team]), promised_at=order.promised_at,
                            complaint=order.complaint or "", hour_unit=HourUnit.HOUR.value,
                            dispatched_at=slip_time(team))
            for team in ordered]
