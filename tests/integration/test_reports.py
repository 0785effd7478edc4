"""The reports service on a history built row by row: November 2026 of a small garage, seen from 5 December.

The history (``build_history``, also used by the workbook and KPI-tab tests):

- A: a clean job on 2 Nov (first-pass QC, on time, followed up next morning), cash;
- B: 5 Nov, QC failed then passed; its promise moved to 18:00 an hour before the 12:00 one passed (on time
  against the promise in force, late against the original); labour priced in 5-minute 工時; added labour the
  customer declined (not charged) and an added part approved; a ¥20 discount; called back only after 3 days;
- C: 10 Nov, an insurance claim: a new time agreed after the old one had passed (late both ways), a
  customer-supplied part (charged zero) and a part issued beyond what was agreed (charged as agreed); it came
  back 5 days later (G, a comeback within the 10-day warranty);
- D: 20 Nov, an intermittent fault released on a ¥500 deposit: delivered, not settled, the deposit still open;
- E: ready on 30 Nov, settled and delivered on 1 Dec (December's delivery, November's on-time);
- F: ready and settled on 31 Oct, delivered on 1 Nov (November's delivery, October's revenue);
- X: cancelled on 12 Nov (never counted).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from garage_desktop.db.engine import Database
from garage_desktop.db.models import (
    Approval,
    Customer,
    Discount,
    FollowUp,
    LabourLine,
    Part,
    PartLine,
    Payment,
    QcInspection,
    RepairOrder,
    StockMovement,
    Vehicle,
)
from garage_desktop.documents.month import MonthKpis
from garage_desktop.domain.classes import JobClass, Payer, RegulatoryClass, Role
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.pricing import HourUnit
from garage_desktop.services import clock, month_report, reports
from garage_desktop.services.reports import Figure

S = OrderStatus
D = Decimal
NOVEMBER = date(2026, 11, 1)
NOW = datetime(2026, 12, 5, 10, 0)


def at(day: int, hour: int = 9, minute: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, minute)


@dataclass(frozen=True)
class History:
    ids: dict[str, int]
    part_id: int
    foreman: str


def _order(session: Session, name: str, vehicle: Vehicle, status: OrderStatus, **fields: object) -> RepairOrder:
    received = fields.get("received_at") or at(1)
    order = RepairOrder(order_no=f"WO-{name}", status=status, customer_id=vehicle.customer_id, vehicle_id=vehicle.id,
                        job_class=JobClass.MINOR, regulatory_class=RegulatoryClass.MINOR_REPAIR,
                        payer=fields.pop("payer", Payer.SELF), created_at=received, updated_at=received, **fields)
    session.add(order)
    session.flush()
    return order


def _labour(session: Session, order: RepairOrder, amount: str, hours: str = "1.00", *, unit: HourUnit = HourUnit.HOUR,
            rate: str = "100.00", team: str = "一組", mechanic: int | None = None, approval: int | None = None,
            payer: Payer | None = None) -> None:
    session.add(LabourLine(order_id=order.id, seq=1, name="工時", standard_hours=D(hours), hour_unit=unit,
                           rate=D(rate), coefficient=D("1.000"), amount=D(amount), payer=payer, team=team,
                           mechanic_id=mechanic, added=approval is not None, approval_id=approval))


def _part(session: Session, order: RepairOrder, part_id: int | None, planned: str, issued: str,
          price: str = "45.00", *, supplied: bool = False, approval: int | None = None) -> PartLine:
    line = PartLine(order_id=order.id, seq=2, part_id=part_id, name="機油濾清器", planned_qty=D(planned),
                    issued_qty=D(issued), unit_price=D(price), customer_supplied=supplied,
                    added=approval is not None, approval_id=approval)
    session.add(line)
    session.flush()
    return line


def _move(session: Session, part_id: int, kind: str, quantity: str, cost: str, when: datetime,
          line: PartLine | None = None) -> None:
    session.add(StockMovement(part_id=part_id, kind=kind, quantity=D(quantity), unit_cost=D(cost), created_at=when,
                              order_id=line.order_id if line else None, part_line_id=line.id if line else None))


def _pay(session: Session, order: RepairOrder, kind: str, amount: str, when: datetime, method: str = "cash",
         payer: Payer = Payer.SELF) -> None:
    session.add(Payment(order_id=order.id, kind=kind, method=method, payer=payer, amount=D(amount), created_at=when))


def build_history(db: Database, people: dict[Role, int]) -> History:
    clock.set_fixed(NOW)
    foreman = people[Role.FOREMAN]
    with db.session_scope() as session:
        customer = Customer(name="林志明", phone="13800000000", created_at=at(1, month=10))
        session.add(customer)
        session.flush()
        cars = []
        for plate in ("粵A12345", "粵B23456", "粵C34567", "粵D45678", "粵E56789", "粵F67890", "粵G78901"):
            car = Vehicle(customer_id=customer.id, plate=plate, created_at=at(1, month=10))
            session.add(car)
            cars.append(car)
        part = Part(code="OF-1", name="機油濾清器", unit="個", sale_price=D("45.00"), cost=D("24.00"),
                    on_hand=D("15"))
        session.add(part)
        session.flush()
        _move(session, part.id, "receive", "10", "20.00", at(1, month=10))
        _move(session, part.id, "receive", "10", "26.00", at(15, 12))

        a = _order(session, "A", cars[0], S.FOLLOWED_UP, received_at=at(2), promised_at=at(2, 17),
                   original_promised_at=at(2, 17), ready_at=at(2, 15), customer_told_at=at(2, 15, 10),
                   settled_at=at(2, 16), delivered_at=at(2, 16, 30), passed_qc_first_time=True)
        _labour(session, a, "150.00", "1.50", mechanic=foreman)
        _move(session, part.id, "issue", "-2", "20.00", at(2, 10), _part(session, a, part.id, "2", "2"))
        _pay(session, a, "payment", "240.00", at(2, 16))
        session.add(FollowUp(order_id=a.id, called_at=at(3, 10), reached=True, satisfaction=5))

        b = _order(session, "B", cars[1], S.FOLLOWED_UP, received_at=at(5), promised_at=at(5, 18),
                   original_promised_at=at(5, 12), ready_at=at(5, 17), customer_told_at=at(5, 17, 5),
                   settled_at=at(5, 17, 30), delivered_at=at(5, 17, 45), passed_qc_first_time=False)
        _labour(session, b, "120.00", "12", unit=HourUnit.FIVE_MINUTES, rate="10.00", team="二組")
        declined = Approval(order_id=b.id, kind="added_work", description="更換剎車片", amount=D("300.00"),
                            proposed_at=at(5, 10), contacted_at=at(5, 10, 30), approved=False)
        approved = Approval(order_id=b.id, kind="added_work", description="加換機濾", amount=D("45.00"),
                            proposed_at=at(5, 10), contacted_at=at(5, 11), approved=True,
                            new_promised_at=at(5, 18))
        session.add_all([declined, approved])
        session.flush()
        _labour(session, b, "300.00", "3.00", approval=declined.id)
        _move(session, part.id, "issue", "-1", "20.00", at(5, 11, 30),
              _part(session, b, part.id, "1", "1", approval=approved.id))
        session.add(Discount(order_id=b.id, payer=Payer.SELF, amount=D("20.00"), reason="老客戶",
                             created_at=at(5, 17)))
        _pay(session, b, "payment", "145.00", at(5, 17, 30), "wechat")
        session.add(FollowUp(order_id=b.id, called_at=at(6, 10), reached=False))
        session.add(FollowUp(order_id=b.id, called_at=at(8, 10), reached=True, satisfaction=3, complaint="等太久",
                             resolution="致歉"))

        c = _order(session, "C", cars[2], S.DELIVERED, payer=Payer.CLAIM, received_at=at(10, 8),
                   promised_at=at(10, 12), original_promised_at=at(10, 12), ready_at=at(10, 14),
                   customer_told_at=at(10, 14), settled_at=at(10, 15), delivered_at=at(10, 15, 10),
                   passed_qc_first_time=True, mileage_out=41_000)
        _labour(session, c, "200.00", "2.00", mechanic=foreman)
        _part(session, c, None, "4", "0", "0.00", supplied=True)
        _move(session, part.id, "issue", "-2", "20.00", at(10, 9), _part(session, c, part.id, "1", "2"))
        _pay(session, c, "receivable", "245.00", at(10, 15), "", Payer.CLAIM)
        g = _order(session, "G", cars[2], S.IN_REPAIR, received_at=at(15, 10), comeback_of_id=c.id, mileage_in=41_300)

        d = _order(session, "D", cars[3], S.DEPOSIT_RELEASED, received_at=at(20, 8), promised_at=at(20, 17),
                   original_promised_at=at(20, 17), ready_at=at(20, 16), customer_told_at=at(20, 16),
                   delivered_at=at(20, 17), passed_qc_first_time=True, deposit=D("500.00"),
                   confirmed_at=at(20, 9))  # confirmed and passed QC: the cashier's check lets it be settled
        session.add(QcInspection(order_id=d.id, attempt=1, template="general", passed=True, inspected_at=at(20, 16)))
        _labour(session, d, "100.00")
        _pay(session, d, "deposit", "500.00", at(20, 17), "wechat")
        session.add(FollowUp(order_id=d.id, called_at=at(21, 11), reached=True, satisfaction=4))

        e = _order(session, "E", cars[4], S.DELIVERED, received_at=at(30), promised_at=at(30, 17),
                   original_promised_at=at(30, 17), ready_at=at(30, 16), customer_told_at=at(30, 16),
                   settled_at=at(1, 9, month=12), delivered_at=at(1, 9, 10, month=12), passed_qc_first_time=True)
        _labour(session, e, "80.00")
        _pay(session, e, "payment", "80.00", at(1, 9, month=12))

        f = _order(session, "F", cars[5], S.FOLLOWED_UP, received_at=at(31, 10, month=10),
                   promised_at=at(31, 17, month=10), original_promised_at=at(31, 17, month=10),
                   ready_at=at(31, 16, month=10), customer_told_at=at(31, 16, month=10),
                   settled_at=at(31, 17, month=10), delivered_at=at(1, 9), passed_qc_first_time=True)
        _labour(session, f, "60.00")
        _pay(session, f, "payment", "60.00", at(31, 17, month=10))

        x = _order(session, "X", cars[6], S.CANCELLED, received_at=at(12), ready_at=at(12, 15),
                   customer_told_at=at(12, 15), cancel_reason="客戶不修了")
        ids = {name: order.id for name, order in zip("ABCDEFGX", (a, b, c, d, e, f, g, x), strict=True)}
        return History(ids, part.id, "張班長")


def _kpis(db: Database, month: date = NOVEMBER) -> MonthKpis:
    with db.session_scope() as session:
        return reports.month_kpis(session, month)


def test_first_time_fix_counts_qc_and_comebacks_of_the_month_deliveries(db: Database, people: dict) -> None:
    h = build_history(db, people)
    ids = h.ids
    fix = _kpis(db).first_time_fix
    assert sorted(fix.denominator_ids) == sorted(ids[n] for n in "ABCDF")  # E is December's, X cancelled
    assert sorted(fix.numerator_ids) == sorted(ids[n] for n in "ADF")  # B failed QC first, C came back
    assert fix.ratio == D("0.6000")


def test_on_time_against_the_promise_in_force_and_the_original(db: Database, people: dict) -> None:
    ids = build_history(db, people).ids
    kpis = _kpis(db)
    assert sorted(kpis.on_time.denominator_ids) == sorted(ids[n] for n in "ABCDE")  # F was ready in October
    assert sorted(kpis.on_time.numerator_ids) == sorted(ids[n] for n in "ABDE")
    assert sorted(kpis.on_time_original.numerator_ids) == sorted(ids[n] for n in "ADE")
    assert (kpis.on_time.ratio, kpis.on_time_original.ratio) == (D("0.8000"), D("0.6000"))


def test_follow_ups_comebacks_hours_and_cars(db: Database, people: dict) -> None:
    ids = build_history(db, people).ids
    kpis = _kpis(db)
    assert sorted(kpis.follow_up.numerator_ids) == sorted(ids[n] for n in "AD")
    assert kpis.follow_up.denominator == 5
    assert kpis.comeback.numerator_ids == (ids["C"],)
    # A 7.5 h, B 8.75 h, C 7 h 10 min, D 9 h, F 23 h
    hours = kpis.hours_in_shop
    assert (hours.total, hours.count, hours.value) == (D("55.42"), 5, D("11.1"))
    assert (kpis.cars_delivered, kpis.vehicles_delivered) == (5, 5)


def test_revenue_counts_what_the_settlement_charges(db: Database, people: dict) -> None:
    ids = build_history(db, people).ids
    revenue = _kpis(db).revenue
    assert sorted(revenue.order_ids) == sorted(ids[n] for n in "ABC")
    mine, insurer = revenue.of(Payer.SELF), revenue.of(Payer.CLAIM)
    # A 150 + 90; B 120 (declined labour not charged) + 45 − 20 discount
    assert (mine.labour, mine.parts, mine.discount, mine.total) == (D("270.00"), D("135.00"), D("20.00"), D("385.00"))
    # C: 200 labour, the over-issued part charged as agreed (1 × 45), the customer's own part at zero
    assert (insurer.labour, insurer.parts, insurer.total) == (D("200.00"), D("45.00"), D("245.00"))
    assert revenue.total == D("630.00")


def test_open_deposit_at_the_month_end(db: Database, people: dict) -> None:
    ids = build_history(db, people).ids
    kpis = _kpis(db)
    assert [(d.order_id, d.amount) for d in kpis.open_deposits] == [(ids["D"], D("500.00"))]
    assert kpis.open_deposit_total == D("500.00")
    assert _kpis(db, date(2026, 10, 1)).open_deposits == ()


def test_december_takes_the_order_delivered_next_month(db: Database, people: dict) -> None:
    ids = build_history(db, people).ids
    december = _kpis(db, date(2026, 12, 1))
    assert december.first_time_fix.denominator_ids == (ids["E"],)
    assert december.revenue.order_ids == (ids["E"],) and december.revenue.total == D("80.00")
    assert december.on_time.denominator == 0


def test_trend_reads_twelve_months_and_agrees_with_the_month(db: Database, people: dict) -> None:
    build_history(db, people)
    with db.session_scope() as session:
        series = reports.trend(session, NOVEMBER)
        board = reports.dashboard(session, NOVEMBER)
    assert [k.month for k in series][:2] == [date(2025, 12, 1), date(2026, 1, 1)]
    assert series[-1] == _kpis(db) == board.month
    october = series[-2]
    assert october.revenue.order_ids and october.revenue.total == D("60.00")
    assert october.on_time.denominator == 1 and october.first_time_fix.denominator == 0


def test_orders_behind_a_figure_list_the_denominator_with_the_counted_ones_marked(db: Database, people: dict) -> None:
    ids = build_history(db, people).ids
    with db.session_scope() as session:
        lines = reports.orders_behind(session, NOVEMBER, Figure.FIRST_TIME_FIX)
        deposits = reports.orders_behind(session, NOVEMBER, "open_deposits")
    by_no = {line.order_no: line for line in lines}
    assert set(by_no) == {"WO-A", "WO-B", "WO-C", "WO-D", "WO-F"}
    assert by_no["WO-A"].counted and not by_no["WO-B"].counted and not by_no["WO-C"].counted
    assert by_no["WO-B"].promised_at == at(5, 18) and by_no["WO-B"].original_promised_at == at(5, 12)
    assert by_no["WO-A"].total == D("240.00") and by_no["WO-A"].plate == "粵A12345"
    assert by_no["WO-A"].customer == "林志明" and by_no["WO-A"].status_label == "Followed up"
    assert [line.order_id for line in deposits] == [ids["D"]]


def test_month_report_rows(db: Database, people: dict) -> None:
    h = build_history(db, people)
    with db.session_scope() as session:
        report = month_report.month_report(session, NOVEMBER)
    assert report.kpis == _kpis(db)
    numbers = [row.order_no for row in report.orders]
    assert numbers == ["WO-F", "WO-A", "WO-B", "WO-C", "WO-D"]  # delivered or settled in November
    b = next(row for row in report.orders if row.order_no == "WO-B")
    assert (b.labour, b.parts, b.discount, b.total, b.paid) == (D("120.00"), D("45.00"), D("20.00"), D("145.00"),
                                                                 D("145.00"))
    assert (b.first_pass_qc, b.on_time, b.on_time_original) == (False, True, False)
    c = next(row for row in report.orders if row.order_no == "WO-C")
    assert (c.receivable, c.payer, c.comeback_of) == (D("245.00"), Payer.CLAIM, "")
    # hours sold in clock hours: B's 12 five-minute 工時 are one hour
    assert [(r.team, r.mechanic, r.lines, r.hours, r.amount) for r in report.labour] == [
        ("一組", h.foreman, 2, D("3.50"), D("350.00")), ("二組", "", 1, D("1.00"), D("120.00"))]
    [part] = report.parts
    assert (part.opening, part.received, part.issued, part.closing) == (D("10"), D("10"), D("5"), D("15"))
    assert part.closing_value == D("360.00")  # 5 left at 20 + 10 received at 26
    assert (part.sold, part.sales, part.cost_of_sales) == (D("4"), D("180.00"), D("80.00"))
    payments = {(row.method, row.payer): row for row in report.payments}
    assert payments[("cash", Payer.SELF)].payments == D("240.00")
    assert payments[("wechat", Payer.SELF)].received == D("645.00")
    assert payments[("", Payer.CLAIM)].receivables == D("245.00")
    assert [(row.order_no, row.amount) for row in report.deposits] == [("WO-D", D("500.00"))]
    follow = {row.order_no: row for row in report.follow_ups}
    assert follow["WO-A"].within_two_days and not follow["WO-B"].within_two_days
    assert (follow["WO-B"].first_call_at, follow["WO-B"].reached_at, follow["WO-B"].satisfaction) == (
        at(6, 10), at(8, 10), 3)
    assert follow["WO-B"].complaint == "等太久" and follow["WO-C"].first_call_at is None
    [back] = report.comebacks
    assert (back.order_no, back.original_no, back.days_after, back.km_after) == ("WO-G", "WO-C", 5, 300)
    assert back.within_warranty is True and back.counted is True and back.counted_month == NOVEMBER
    assert {row.order_no: row.revenue_month for row in report.orders} == {
        "WO-F": date(2026, 10, 1), "WO-A": NOVEMBER, "WO-B": NOVEMBER, "WO-C": NOVEMBER, "WO-D": None}


def test_a_free_comeback_earns_nothing_and_a_charged_one_does(db: Database, people: dict) -> None:
    from garage_desktop.db.models import ComebackDecision

    clock.set_fixed(NOW)
    with db.session_scope() as session:
        customer = Customer(name="王小明", created_at=at(1, month=10))
        session.add(customer)
        session.flush()
        car = Vehicle(customer_id=customer.id, plate="粵A88888", created_at=at(1, month=10))
        session.add(car)
        session.flush()
        done = dict(ready_at=at(3, 15), customer_told_at=at(3, 15), settled_at=at(3, 16),  # noqa: C408
                    delivered_at=at(3, 16, 30), passed_qc_first_time=True)
        first = _order(session, "P", car, S.FOLLOWED_UP, received_at=at(3), **done)
        _labour(session, first, "300.00")
        free = _order(session, "Q", car, S.DELIVERED, received_at=at(3, 10), comeback_of_id=first.id, **done)
        _labour(session, free, "200.00")
        charged = _order(session, "R", car, S.DELIVERED, received_at=at(3, 11), comeback_of_id=first.id, **done)
        _labour(session, charged, "120.00")
        session.add(ComebackDecision(order_id=charged.id, earlier_order_id=first.id, confirmed=True,
                                     free_of_charge=False, decided_at=at(3, 11)))
        ids = {"P": first.id, "Q": free.id, "R": charged.id}
    kpis = _kpis(db)
    assert kpis.revenue.total == D("420.00")  # 300 + 0 (free comeback) + 120 (comeback charged as agreed)
    assert kpis.comeback.numerator_ids == (ids["P"],)
    with db.session_scope() as session:
        lines = {line.order_no: line.total for line in reports.order_lines(session, list(ids.values()))}
    assert lines == {"WO-P": D("300.00"), "WO-Q": D("0.00"), "WO-R": D("120.00")}
