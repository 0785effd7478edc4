"""The month-end report as plain rows, sheet by sheet, from the same records and KPI arithmetic as the tab.

``month_report`` reads the month once (``services.report_records.load``) and returns the KPIs with the rows of the
workbook's sheets; ``export.month_workbook`` only lays them out. Stock is valued at moving-average cost:
the value of a part at the month's end is Σ quantity × unit cost over its movements up to then — a receipt
at its purchase price, an issue, return, adjustment or count at the moving-average cost booked on it (what
``services.stock`` keeps) — so it equals quantity × average cost as the store carried it; a movement without a
unit cost is valued at the part's current cost.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import BigInteger, Integer, case, cast, func, select, type_coerce
from sqlalchemy.orm import Session

from garage_desktop.db.models import Operator, Part, Payment, RepairOrder, StockMovement
from garage_desktop.documents.month import (
    ComebackRow,
    DepositRow,
    FollowUpRow,
    LabourRow,
    MonthKpis,
    MonthReport,
    OrderRow,
    PartRow,
    PaymentRow,
    ReceivableRow,
    ReminderRow,
    TalkRow,
)
from garage_desktop.domain import ageing, kpi
from garage_desktop.domain.classes import Payer
from garage_desktop.domain.money import ZERO, round_yuan
from garage_desktop.domain.settlement import PaymentKind
from garage_desktop.services import (
    cards,
    clock,
    commission,
    delay_calls,
    followup_talk,
    free_items,
    receivables,
    recommendations,
    reminders,
    reports,
)
from garage_desktop.services import settings as garage_settings
from garage_desktop.services.report_records import Loaded, chunked, load, order_rows_where

Progress = Callable[[int, int], None]
STEPS = 4


def month_report(session: Session, month: date, progress: Progress | None = None) -> MonthReport:
    """Everything the month-end workbook shows for ``month``."""
    report = progress or (lambda done, total: None)
    period = kpi.month_period(month)
    loaded = load(session, period, comebacks_received=True)
    report(1, STEPS)
    kpis = reports.kpis_from(loaded, month, reports.deposits_held(session, reports.deposit_moment(period)),
                             loaded.window_orders())
    names = dict(session.execute(select(Operator.id, Operator.name)).all())
    report(2, STEPS)
    parts = _part_rows(session, loaded, period, kpis.revenue.order_ids)
    report(3, STEPS)
    order_rows = _order_rows(loaded, period)
    result = MonthReport(
        garage_settings.load(session).garage_name, clock.now(), kpis, order_rows,
        _labour_rows(loaded, kpis.revenue.order_ids, names), parts, _payment_rows(session, period),
        _deposit_rows(session, loaded, kpis), _follow_up_rows(loaded, kpis.follow_up.denominator_ids),
        _comeback_rows(loaded, period), talk=_talk_rows(session, period),
        free_items=tuple(free_items.month_rows(session, kpis.revenue.order_ids)),
        put_off=tuple(recommendations.month_rows(session, period.start, period.end)),
        delays=delay_calls.month_figures(session, [(r.order_id, r.on_time_original) for r in order_rows]),
        reminders=_reminder_rows(session, period),
        commission=commission.month_rows(session, kpis.revenue.order_ids),
        receivables=_receivable_rows(session, period),
        **_card_sheet(session, period))
    report(STEPS, STEPS)
    return result


# --- the sheets' rows ----------------------------------------------------------------------------------------

def _card_sheet(session: Session, period: kpi.Period) -> dict[str, tuple]:  # type: ignore[type-arg]
    """會員卡 (issue 19): the cards' money over the month, the dormant balances and the expired package uses."""
    rows, dormant, expired = cards.month_sheet(session, period.start, period.end)
    return {"cards": rows, "dormant_cards": dormant, "expired_uses": expired}


def _order_rows(loaded: Loaded, period: kpi.Period) -> tuple[OrderRow, ...]:
    rows = []
    for facts in loaded.facts.values():
        if not facts.counted or not (facts.delivered_at in period or facts.settled_at in period):
            continue
        info, money = loaded.info[facts.order_id], kpi.money_of(facts)
        sums: dict[PaymentKind, Decimal] = defaultdict(Decimal)
        for item in loaded.money.get(facts.order_id, ()):
            sums[item.kind] += item.amount
        # the earlier order is always read with its comeback (``load(comebacks_received=True)``)
        original = loaded.info.get(facts.comeback_of_id) if facts.comeback_of_id else None
        rows.append(OrderRow(
            facts.order_id, info.order_no, facts.status, facts.received_at, kpi.ready_moment(facts),
            kpi.promise_in_force_of(facts), kpi.original_promise_of(facts), facts.settled_at, facts.delivered_at,
            info.plate, info.customer, info.job_class, info.regulatory_class, info.payer, money.labour, money.parts,
            money.discount, money.total,
            sums[PaymentKind.PAYMENT] + sums[PaymentKind.DEPOSIT] - sums[PaymentKind.REFUND],
            sums[PaymentKind.RECEIVABLE], facts.passed_qc_first_time,
            kpi.on_time_against(facts, kpi.promise_in_force_of(facts)),
            kpi.on_time_against(facts, kpi.original_promise_of(facts)),
            original.order_no if original else "", _month_of(facts.settled_at), outside=money.outside))
    return tuple(sorted(rows, key=lambda r: (r.delivered_at or r.settled_at or datetime.max, r.order_no)))


def _month_of(moment: datetime | None) -> date | None:
    return date(moment.year, moment.month, 1) if moment is not None else None


def _labour_rows(loaded: Loaded, settled_ids: tuple[int, ...], names: dict[int, str]) -> tuple[LabourRow, ...]:
    settled = set(settled_ids)
    groups: dict[tuple[str, str], list[Decimal]] = {}
    for line in loaded.labour:
        if line.order_id not in settled:
            continue
        key = (line.team, names.get(line.mechanic_id, "") if line.mechanic_id else "")
        row = groups.setdefault(key, [ZERO, ZERO, ZERO])
        row[0] += 1
        row[1] += line.hours
        row[2] += line.amount
    return tuple(LabourRow(team, mechanic, int(n), hours.quantize(Decimal("0.01"), ROUND_HALF_UP), amount)
                 for (team, mechanic), (n, hours, amount) in sorted(groups.items()))


_QTY = 1000  # StockMovement.quantity is kept in 1/1000
_FEN = 100


def _part_rows(session: Session, loaded: Loaded, period: kpi.Period,
               settled_ids: tuple[int, ...]) -> tuple[PartRow, ...]:
    """Stock flows of the month and value at its end, with what the settled orders were charged."""
    quantity = type_coerce(StockMovement.quantity, Integer)
    value = _stock_value()
    # Grouped by an expression of part_id, not the column: the database then scans the table once and sorts
    # the few groups, instead of walking the part_id index row by row (twice as fast on a big table).
    part = StockMovement.part_id + 0
    held = session.execute(
        select(part, func.sum(quantity), func.sum(value),
               func.sum(case((StockMovement.unit_cost.is_(None), quantity), else_=0)))
        .where(StockMovement.created_at < period.end).group_by(part)).all()
    moved = session.execute(
        select(StockMovement.part_id, StockMovement.kind, func.sum(quantity))
        .where(StockMovement.created_at >= period.start, StockMovement.created_at < period.end)
        .group_by(StockMovement.part_id, StockMovement.kind)).all()
    settled = set(settled_ids)
    sold = [line for line in loaded.parts if line.order_id in settled and line.part_id is not None
            and not line.customer_supplied]
    line_cost = _issue_costs(session, [line.line_id for line in sold])
    part_ids = {row[0] for row in held} | {line.part_id for line in sold}
    catalog = {row.id: row for chunk in chunked(i for i in part_ids if i is not None)
               for row in session.execute(select(Part.id, Part.code, Part.name, Part.unit, Part.cost)
                                          .where(Part.id.in_(chunk))).all()}
    stock: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for part_id, closing, value, uncosted in held:
        stock[part_id].update(closing=closing or 0, value=value or 0, uncosted=uncosted or 0)
    for part_id, kind, net in moved:
        stock[part_id][kind] += net or 0
    sales: dict[int, list[Decimal]] = defaultdict(lambda: [ZERO, ZERO, ZERO])
    for line in sold:
        entry_cost = line_cost.get(line.line_id, catalog[line.part_id].cost if line.part_id in catalog else ZERO)
        row = sales[line.part_id]  # type: ignore[index]
        row[0] += line.quantity
        row[1] += line.amount
        row[2] += round_yuan(line.quantity * entry_cost)
    rows = []
    for part_id in sorted(part_ids, key=lambda i: catalog[i].code if i in catalog else ""):
        if part_id not in catalog:
            continue
        item, entry, sale = catalog[part_id], stock.get(part_id, {}), sales.get(part_id, [ZERO, ZERO, ZERO])
        flow = {k: Decimal(entry.get(k, 0)) / _QTY for k in ("closing", "receive", "issue", "return", "adjust",
                                                              "count")}
        month = flow["receive"] + flow["issue"] + flow["return"] + flow["adjust"] + flow["count"]
        value = round_yuan(Decimal(entry.get("value", 0)) / (_QTY * _FEN)
                           + Decimal(entry.get("uncosted", 0)) / _QTY * item.cost)
        if not (flow["closing"] or value or any(flow[k] for k in flow if k != "closing") or sale[0]):
            continue
        rows.append(PartRow(item.code, item.name, item.unit or "", flow["closing"] - month, flow["receive"],
                            -(flow["issue"] + flow["return"]), flow["adjust"] + flow["count"], flow["closing"], value,
                            sale[0], sale[1], sale[2]))
    return tuple(rows)


def _stock_value():  # type: ignore[no-untyped-def]
    """A movement's quantity (1/1000) times its unit cost (分), as a 64-bit product: PostgreSQL's integer columns
    are 32-bit, and 100 units at ¥500 already overflow them (SQLite's integers are 64-bit anyway)."""
    return cast(StockMovement.quantity, BigInteger) * type_coerce(StockMovement.unit_cost, Integer)


def _issue_costs(session: Session, line_ids: list[int]) -> dict[int, Decimal]:
    """The average unit cost the store booked when it issued each part line (net of returns)."""
    quantity = type_coerce(StockMovement.quantity, Integer)
    worth = _stock_value()
    found = {}
    for chunk in chunked(line_ids):
        for line_id, qty, value in session.execute(
                select(StockMovement.part_line_id, func.sum(quantity), func.sum(worth))
                .where(StockMovement.part_line_id.in_(chunk), StockMovement.unit_cost.is_not(None))
                .group_by(StockMovement.part_line_id)).all():
            if qty:
                found[line_id] = Decimal(value) / Decimal(qty) / _FEN
    return found


def _payment_rows(session: Session, period: kpi.Period) -> tuple[PaymentRow, ...]:
    groups: dict[tuple[str, Payer], dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    for kind, method, payer, amount in session.execute(
            select(Payment.kind, Payment.method, Payment.payer, Payment.amount)
            .where(Payment.created_at >= period.start, Payment.created_at < period.end)).all():
        method = "" if kind == PaymentKind.RECEIVABLE.value else (method or "")
        groups[(method, Payer(payer))][kind] += amount
    for row in receivables.collections(session, start=period.start.date(), end=period.end.date()):
        groups[(row.method, row.payer)][_COLLECTION] += row.amount  # cash the maker or insurer paid in
    order = {payer: index for index, payer in enumerate((Payer.SELF, Payer.WARRANTY, Payer.CLAIM))}
    return tuple(PaymentRow(method, payer, sums[PaymentKind.PAYMENT.value], sums[PaymentKind.DEPOSIT.value],
                            sums[PaymentKind.REFUND.value], sums[PaymentKind.RECEIVABLE.value], sums[_COLLECTION])
                 for (method, payer), sums in sorted(groups.items(), key=lambda g: (g[0][0] == "", g[0][0],
                                                                                  order[g[0][1]])))


def _deposit_rows(session: Session, loaded: Loaded, kpis: MonthKpis) -> tuple[DepositRow, ...]:
    missing = [d.order_id for d in kpis.open_deposits if d.order_id not in loaded.info]
    extra = {row.id: row for chunk in chunked(missing)
             for row in order_rows_where(session, RepairOrder.id.in_(chunk))}
    rows = []
    for deposit in kpis.open_deposits:
        info = loaded.info.get(deposit.order_id)
        if info is not None:
            number, plate, customer = info.order_no, info.plate, info.customer
        else:
            row = extra[deposit.order_id]
            number, plate, customer = row.order_no or f"#{row.id}", row.plate or "", row.name or ""
        rows.append(DepositRow(deposit.order_id, number, plate, customer, deposit.since, deposit.amount,
                               deposit.days_open))
    return tuple(rows)


def _follow_up_rows(loaded: Loaded, delivered_ids: tuple[int, ...]) -> tuple[FollowUpRow, ...]:
    rows = []
    for order_id in delivered_ids:
        facts, info = loaded.facts[order_id], loaded.info[order_id]
        calls = sorted(loaded.calls.get(order_id, ()), key=lambda c: c.called_at)
        reached = [c for c in calls if c.reached]
        last = reached[-1] if reached else None
        complaint = "；".join(c.complaint for c in calls if c.complaint)
        resolution = "；".join(c.resolution for c in calls if c.resolution)
        assert facts.delivered_at is not None
        rows.append(FollowUpRow(order_id, info.order_no, info.plate, info.customer, facts.delivered_at,
                                calls[0].called_at if calls else None, reached[0].called_at if reached else None,
                                kpi.followed_up_in_time(facts), last.satisfaction if last else None, complaint,
                                resolution))
    return tuple(sorted(rows, key=lambda r: (r.delivered_at, r.order_no)))


def _talk_rows(session: Session, period: kpi.Period) -> tuple[TalkRow, ...]:
    """The answers of the follow-up calls made in the month, question by question (issue 16, item 1)."""
    return tuple(TalkRow(f.key, f.text, f.kind, f.answers, f.average, f.yes, f.no, f.maybe, f.brought_customer,
                         f.customers_brought)
                 for f in followup_talk.question_figures(session, period.start, period.end))


_COLLECTION = "collection"  # the Payments sheet's key for collections (no Payment kind: see services.receivables)


def _receivable_rows(session: Session, period: kpi.Period) -> tuple[ReceivableRow, ...]:
    """應收帳款 (issue 19): each third party's share open at the month's end or collected in the month, aged to the
    month's last day (today while the month runs). Collections change no revenue: the share counted at settlement."""
    start = period.start.date()
    as_of = min((period.end - timedelta(days=1)).date(), clock.now().date())
    if as_of < start:
        return ()
    before = {(r.order_id, r.payer): r.collected
              for r in receivables.receivables(session, start - timedelta(days=1), open_only=False)}
    rows = []
    for r in receivables.receivables(session, as_of, open_only=False):
        earlier = before.get((r.order_id, r.payer), ZERO)
        if r.open <= 0 and r.collected == earlier:
            continue  # paid up before the month
        rows.append(ReceivableRow(r.order_id, r.order_no, r.plate, r.payer, r.debtor, r.assessment_ref, r.settled_on,
                                  r.amount, earlier, r.collected - earlier, r.last_collected_on, r.days,
                                  ageing.spread(r.open, r.days)))
    return tuple(rows)


def _reminder_rows(session: Session, period: kpi.Period) -> tuple[ReminderRow, ...]:
    return tuple(ReminderRow(f.kind, f.label, f.calls, f.messages, f.bookings, f.closed_otherwise)
                 for f in reminders.month_figures(session, period.start, period.end))


def _comeback_rows(loaded: Loaded, period: kpi.Period) -> tuple[ComebackRow, ...]:
    """The comebacks received in the month (the earlier order delivered in any month) and the comebacks, received
    whenever, of the orders delivered in it. Each counts in the first-time fix and comeback rate of the month
    its earlier order was delivered in (``counted_month``; ``counted``: this month)."""
    rows = []
    for facts in loaded.facts.values():
        original = loaded.facts.get(facts.comeback_of_id) if facts.comeback_of_id else None
        if original is None or not facts.counted:
            continue
        counted = original.delivered_at in period and original.counted
        if not (counted or facts.received_at in period):
            continue
        info, before = loaded.info[facts.order_id], loaded.info[original.order_id]
        days = (facts.received_at.date() - original.delivered_at.date()).days \
            if facts.received_at and original.delivered_at else None
        # as services.comebacks counts the km limit: from the mileage out, else the mileage in
        left_at = before.mileage_out if before.mileage_out is not None else before.mileage_in
        km = info.mileage_in - left_at if info.mileage_in is not None and left_at is not None else None
        rows.append(ComebackRow(
            facts.order_id, info.order_no, facts.received_at, info.plate, info.complaint, original.order_id,
            before.order_no, original.delivered_at, before.regulatory_class, days, km,
            kpi.comeback_within_warranty(before.regulatory_class, original.delivered_at, left_at,
                                         facts.received_at, info.mileage_in), counted,
            _month_of(original.delivered_at) if original.counted else None))
    return tuple(sorted(rows, key=lambda r: (r.received_at or datetime.max, r.order_no)))
