"""Receivables (應收帳款): the maker's and the insurer's shares of settled orders, collected in part or whole,
never beyond what is open; their age from the settlement; the insurer and loss assessment on a claim; the
month-end sheet and the cash view; revenue unchanged by a collection."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from garage_desktop.db.engine import Database
from garage_desktop.db.models import AuditEvent, ReceivableCollection
from garage_desktop.domain import ageing
from garage_desktop.domain.classes import Payer, Role
from garage_desktop.domain.text import DomainError, PermissionRefused
from garage_desktop.services import checkout, clock, insurers, receivables
from garage_desktop.services.month_report import month_report
from tests.integration.test_checkout import call, make_ready_order

D = Decimal
NOW = datetime(2026, 11, 28, 15, 0)


@pytest.fixture(autouse=True)
def fixed_clock() -> None:
    clock.set_fixed(NOW)


def read(db: Database, function, *args, **kwargs):  # type: ignore[no-untyped-def]
    with db.session_scope() as session:
        return function(session, *args, **kwargs)


def settled_claim(db: Database, people: dict[Role, int], approved: str = "700", insurer: str = "平安保險",
                  reference: str = "DS-2026-0001") -> int:
    """A claim order (¥820) the insurer approved ``approved`` of, settled with the customer paying the rest."""
    cashier = people[Role.CASHIER]
    order_id = make_ready_order(db, payer=Payer.CLAIM)
    with db.session_scope() as session:
        found = [i.id for i in insurers.list_insurers(session) if i.name == insurer]
        insurer_id = found[0] if found else insurers.add_insurer(session, cashier, insurer, "王經理", "95511")
    call(db, insurers.set_claim_details, cashier, order_id, insurer_id, reference)
    state = call(db, checkout.set_claim_approved, cashier, order_id, approved)
    if state.balance > 0:
        call(db, checkout.take_payment, cashier, order_id, "cash", str(state.balance))
    else:
        call(db, checkout.settle, cashier, order_id)
    return order_id


def settled_warranty(db: Database, people: dict[Role, int]) -> int:
    order_id = make_ready_order(db, payer=Payer.WARRANTY)
    call(db, checkout.settle, people[Role.CASHIER], order_id)
    return order_id


def test_a_claim_is_owed_by_its_insurer_and_a_warranty_by_the_cars_maker(db: Database,
                                                                          people: dict[Role, int]) -> None:
    claim = settled_claim(db, people)
    warranty = settled_warranty(db, people)
    rows = {r.order_id: r for r in read(db, receivables.receivables)}
    assert (rows[claim].debtor, rows[claim].payer, rows[claim].open, rows[claim].assessment_ref) == (
        "平安保險", Payer.CLAIM, D("700.00"), "DS-2026-0001")
    assert (rows[warranty].debtor, rows[warranty].payer, rows[warranty].open) == ("大眾", Payer.WARRANTY,
                                                                                   D("820.00"))
    assert rows[claim].settled_on == NOW.date() and rows[claim].days == 0


def test_partial_collections_until_paid_never_more_than_open(db: Database, people: dict[Role, int]) -> None:
    cashier = people[Role.CASHIER]
    order_id = settled_claim(db, people)
    after = call(db, receivables.record_collection, cashier, order_id, Payer.CLAIM, "500", NOW.date(), "transfer",
                 "HX20261128001")
    assert (after.collected, after.open) == (D("500.00"), D("200.00"))
    with pytest.raises(DomainError) as too_much:
        call(db, receivables.record_collection, cashier, order_id, Payer.CLAIM, "200.01", NOW.date(), "transfer")
    assert too_much.value.field == "amount" and "200.00" in too_much.value.english()
    done = call(db, receivables.record_collection, cashier, order_id, Payer.CLAIM, "200", NOW.date(), "transfer")
    assert done.open == 0
    assert order_id not in {r.order_id for r in read(db, receivables.receivables)}
    with pytest.raises(DomainError):
        call(db, receivables.record_collection, cashier, order_id, Payer.CLAIM, "1", NOW.date(), "transfer")
    with db.session_scope() as session:
        events = session.scalars(select(AuditEvent.action).where(AuditEvent.order_id == order_id)).all()
    assert events.count("money:collection") == 2


def test_the_open_total_is_the_sum_of_the_open_receivables(db: Database, people: dict[Role, int]) -> None:
    """The checkout list's button (what the makers and insurers still owe) sums in the database what the
    receivables list shows: partly collected, fully collected, a voided collection, another day."""
    cashier = people[Role.CASHIER]
    assert read(db, receivables.open_total) == 0
    claim, warranty, paid = settled_claim(db, people), settled_warranty(db, people), settled_claim(db, people)
    call(db, receivables.record_collection, cashier, claim, Payer.CLAIM, "500", NOW.date(), "transfer")
    call(db, receivables.record_collection, cashier, paid, Payer.CLAIM, "700", NOW.date(), "transfer")
    call(db, receivables.record_collection, cashier, warranty, Payer.WARRANTY, "20", NOW.date(), "cash")
    with db.session_scope() as session:
        mistaken = session.scalars(select(ReceivableCollection.id).where(
            ReceivableCollection.order_id == warranty)).one()
    call(db, receivables.void_collection, cashier, mistaken, "記錯了")
    assert read(db, receivables.open_total) == D("200.00") + D("820.00")  # the claim's rest, the warranty again
    for day in (NOW.date(), NOW.date() - timedelta(days=1), NOW.date() + timedelta(days=30)):
        listed = sum((r.open for r in read(db, receivables.receivables, day)), D(0))
        assert read(db, receivables.open_total, day) == listed, day


def test_a_collection_needs_a_settled_order_a_real_day_and_a_cashier(db: Database, people: dict[Role, int]) -> None:
    cashier = people[Role.CASHIER]
    unsettled = make_ready_order(db, payer=Payer.WARRANTY)
    with pytest.raises(DomainError):
        call(db, receivables.record_collection, cashier, unsettled, Payer.WARRANTY, "100", NOW.date(), "transfer")
    order_id = settled_warranty(db, people)
    with pytest.raises(PermissionRefused):
        call(db, receivables.record_collection, people[Role.ADVISOR], order_id, Payer.WARRANTY, "100", NOW.date(),
             "transfer")
    with pytest.raises(DomainError) as future:
        call(db, receivables.record_collection, cashier, order_id, Payer.WARRANTY, "100",
             NOW.date() + timedelta(days=1), "transfer")
    assert future.value.field == "received_on"
    with pytest.raises(DomainError) as early:
        call(db, receivables.record_collection, cashier, order_id, Payer.WARRANTY, "100",
             NOW.date() - timedelta(days=1), "transfer")
    assert early.value.field == "received_on"
    with pytest.raises(DomainError) as method:
        call(db, receivables.record_collection, cashier, order_id, Payer.WARRANTY, "100", NOW.date(), "bitcoin")
    assert method.value.field == "method"
    with pytest.raises(DomainError) as payer:
        call(db, receivables.record_collection, cashier, order_id, Payer.SELF, "100", NOW.date(), "cash")
    assert payer.value.field == "payer"
    with pytest.raises(DomainError) as nothing:  # the maker owes on this order, not an insurer
        call(db, receivables.record_collection, cashier, order_id, Payer.CLAIM, "100", NOW.date(), "transfer")
    assert nothing.value.field == "amount"
    assert read(db, receivables.receivable_of, order_id, Payer.WARRANTY).open == D("820.00")


def test_a_voided_collection_is_owed_again_and_cannot_be_voided_twice(db: Database,
                                                                      people: dict[Role, int]) -> None:
    cashier = people[Role.CASHIER]
    order_id = settled_warranty(db, people)
    call(db, receivables.record_collection, cashier, order_id, Payer.WARRANTY, "820", NOW.date(), "transfer", "X1")
    first = read(db, receivables.collections, order_id=order_id)[0]
    with pytest.raises(DomainError) as no_reason:
        call(db, receivables.void_collection, cashier, first.id, " ")
    assert no_reason.value.field == "reason"
    back = call(db, receivables.void_collection, cashier, first.id, "錄錯工單")
    assert back.open == D("820.00")
    with pytest.raises(DomainError):
        call(db, receivables.void_collection, cashier, first.id, "again")
    rows = read(db, receivables.collections, order_id=order_id)
    assert [(r.amount, r.voided, r.voids_id) for r in rows] == [(D("820.00"), True, None),
                                                                (D("-820.00"), False, first.id)]
    with db.session_scope() as session:  # nothing was changed or deleted: two rows
        assert len(session.scalars(select(ReceivableCollection)).all()) == 2


def test_ageing_from_the_settlement_day(db: Database, people: dict[Role, int]) -> None:
    clock.set_fixed(NOW - timedelta(days=75))
    old = settled_warranty(db, people)
    clock.set_fixed(NOW - timedelta(days=40))
    middle = settled_claim(db, people)
    clock.set_fixed(NOW)
    new = settled_claim(db, people, approved="820", insurer="人保財險")
    rows = {r.order_id: r for r in read(db, receivables.receivables)}
    assert [(rows[i].days, rows[i].bucket) for i in (old, middle, new)] == [(75, 2), (40, 1), (0, 0)]
    a_year_on = {r.order_id: r for r in read(db, receivables.receivables, date(2027, 3, 1))}
    assert a_year_on[old].bucket == 3
    totals = {t.debtor: t for t in read(db, receivables.debtor_totals)}
    assert totals["平安保險"].aged.amounts == (D(0), D("700.00"), D(0), D(0))
    assert totals["人保財險"].open == D("820.00") and totals["大眾"].aged.amounts[2] == D("820.00")
    # as it stood before the newest order was settled
    before = read(db, receivables.receivables, (NOW - timedelta(days=1)).date())
    assert new not in {r.order_id for r in before}


def _aged_in_python(rows: list[receivables.Receivable], as_of: date) -> dict[tuple[str, Payer], tuple]:
    """Each debtor's (count, amounts by bucket) from the listed rows, by the domain's ageing rules."""
    groups: dict[tuple[str, Payer], tuple[int, ageing.Aged]] = {}
    for r in rows:
        count, aged = groups.get((r.debtor, r.payer), (0, ageing.Aged()))
        groups[(r.debtor, r.payer)] = (count + 1, aged.plus(r.open, ageing.age_days(r.settled_on, as_of)))
    return {key: (count, aged.amounts) for key, (count, aged) in groups.items()}


def test_the_totals_by_debtor_and_age_summed_by_the_database_equal_the_listed_rows_aged(
        db: Database, people: dict[Role, int]) -> None:
    """The dialog's totals are summed in SQL (issue 20): on every bucket's edge (30/31, 60/61, 90/91 days), with a
    part collected, one paid in full, one voided, a claim whose insurer is not recorded, on later days too, they
    equal the listed rows aged by ``domain.ageing``, and the pages of the list make the whole list."""
    cashier = people[Role.CASHIER]
    ids = {}
    for days in (0, 1, 30, 31, 60, 61, 90, 91, 400):
        clock.set_fixed(NOW - timedelta(days=days))
        ids[("claim", days)] = settled_claim(db, people, insurer="平安保險" if days % 2 else "人保財險")
        ids[("warranty", days)] = settled_warranty(db, people)
    clock.set_fixed(NOW - timedelta(days=45))
    unknown = make_ready_order(db, payer=Payer.CLAIM)  # no insurer recorded: owed by "" (listed last)
    call(db, checkout.set_claim_approved, cashier, unknown, "820")
    call(db, checkout.settle, cashier, unknown)
    clock.set_fixed(NOW)
    call(db, receivables.record_collection, cashier, ids[("claim", 31)], Payer.CLAIM, "250", NOW.date(), "transfer")
    call(db, receivables.record_collection, cashier, ids[("warranty", 90)], Payer.WARRANTY, "820", NOW.date(),
         "transfer")
    call(db, receivables.record_collection, cashier, ids[("warranty", 61)], Payer.WARRANTY, "20.50",
         (NOW - timedelta(days=3)).date(), "cash")
    with db.session_scope() as session:
        mistaken = session.scalars(select(ReceivableCollection.id).where(
            ReceivableCollection.order_id == ids[("warranty", 61)])).one()
    call(db, receivables.void_collection, cashier, mistaken, "記錯了")
    for as_of in (NOW.date(), NOW.date() - timedelta(days=1), NOW.date() + timedelta(days=30),
                  NOW.date() + timedelta(days=365)):
        rows = read(db, receivables.receivables, as_of)
        totals = read(db, receivables.debtor_totals, as_of)
        assert {(t.debtor, t.payer): (t.orders, t.aged.amounts) for t in totals} == _aged_in_python(rows, as_of)
        assert [(t.debtor, t.payer) for t in totals] == list(dict.fromkeys((r.debtor, r.payer) for r in rows))
        assert sum((t.open for t in totals), D(0)) == read(db, receivables.open_total, as_of)
    today = {t.debtor: t.aged.amounts for t in read(db, receivables.debtor_totals)}
    assert all(amount > 0 for amount in today["大眾"])  # every bucket has some: the edges were crossed
    assert today[""] == (D(0), D("820.00"), D(0), D(0))
    assert list(today)[-1] == ""  # the debtor not recorded comes last
    # the list a page at a time is the list whole, paid ones too
    for open_only in (True, False):
        whole = read(db, receivables.receivables, open_only=open_only)
        pages = [row for offset in range(0, len(whole) + 4, 4)
                 for row in read(db, receivables.receivables, open_only=open_only, offset=offset, limit=4)]
        assert pages == whole
    assert ids[("warranty", 90)] in {r.order_id for r in whole} - {r.order_id for r in read(db, receivables.receivables)
                                                                      if r.payer is Payer.WARRANTY}


def test_insurer_list_and_claim_details(db: Database, people: dict[Role, int]) -> None:
    cashier, advisor = people[Role.CASHIER], people[Role.ADVISOR]
    with pytest.raises(PermissionRefused):
        call(db, insurers.add_insurer, advisor, "太平洋保險")
    pingan = call(db, insurers.add_insurer, cashier, "平安保險", "王經理", "95511")
    with pytest.raises(DomainError) as twice:
        call(db, insurers.add_insurer, cashier, " 平安保險 ")
    assert twice.value.field == "name"
    with pytest.raises(DomainError) as blank:
        call(db, insurers.add_insurer, cashier, "")
    assert blank.value.field == "name"
    old = call(db, insurers.add_insurer, cashier, "大地保險")
    call(db, insurers.update_insurer, people[Role.OWNER], old, "大地保險", "", "", active=False)
    assert [i.name for i in read(db, insurers.list_insurers, active_only=True)] == ["平安保險"]

    self_pay = make_ready_order(db)
    with pytest.raises(DomainError) as not_claim:
        call(db, insurers.set_claim_details, advisor, self_pay, pingan, "DS1")
    assert not_claim.value.field == "insurer"
    order_id = make_ready_order(db, payer=Payer.CLAIM)
    with pytest.raises(DomainError) as inactive:
        call(db, insurers.set_claim_details, advisor, order_id, old, "DS1")
    assert inactive.value.field == "insurer"
    details = call(db, insurers.set_claim_details, advisor, order_id, pingan, " DS-9 ")
    assert (details.insurer_name, details.assessment_ref, details.fixed) == ("平安保險", "DS-9", False)
    call(db, checkout.set_claim_approved, cashier, order_id, "820")
    call(db, checkout.settle, cashier, order_id)
    call(db, receivables.record_collection, cashier, order_id, Payer.CLAIM, "100", NOW.date(), "transfer")
    with pytest.raises(DomainError) as fixed:
        call(db, insurers.set_claim_details, cashier, order_id, None, "DS-10")
    assert fixed.value.field == "insurer"
    assert read(db, insurers.claim_details, order_id).fixed
    assert {i.name: i.claims for i in read(db, insurers.list_insurers)} == {"平安保險": 1, "大地保險": 0}


def test_month_sheet_and_cash_view_and_revenue_unchanged(db: Database, people: dict[Role, int]) -> None:
    cashier = people[Role.CASHIER]
    clock.set_fixed(datetime(2026, 10, 10, 11, 0))
    october = settled_claim(db, people)
    clock.set_fixed(NOW)
    before = read(db, month_report, date(2026, 11, 1))
    call(db, receivables.record_collection, cashier, october, Payer.CLAIM, "300", date(2026, 11, 20), "transfer",
         "HX-300")
    warranty = settled_warranty(db, people)
    report = read(db, month_report, date(2026, 11, 1))
    assert report.kpis.revenue.total == before.kpis.revenue.total + D("820.00")  # the warranty order only
    rows = {r.order_no: r for r in report.receivables}
    claim_row = next(r for r in report.receivables if r.payer is Payer.CLAIM)
    assert (claim_row.debtor, claim_row.amount, claim_row.collected_in_month, claim_row.open, claim_row.days) == (
        "平安保險", D("700.00"), D("300.00"), D("400.00"), 49)
    assert claim_row.aged == (D(0), D("400.00"), D(0), D(0))
    assert any(r.payer is Payer.WARRANTY and r.open == D("820.00") for r in rows.values())
    cash = {(r.method, r.payer): r for r in report.payments}
    assert cash[("transfer", Payer.CLAIM)].collections == D("300.00")
    assert cash[("transfer", Payer.CLAIM)].received == D("300.00")
    october_report = read(db, month_report, date(2026, 10, 1))
    october_row = next(r for r in october_report.receivables if r.order_id == october)
    assert (october_row.open, october_row.collected_in_month, october_row.days) == (D("700.00"), D(0), 21)
    assert warranty not in {r.order_id for r in october_report.receivables}


def test_the_settlement_list_names_the_insurer_and_its_loss_assessment(db: Database,
                                                                       people: dict[Role, int]) -> None:
    from garage_desktop.printing.settlement_list import render_settlement_list
    from garage_desktop.services import checkout_documents
    from tests.integration.test_checkout import pdf_text

    order_id = settled_claim(db, people, reference="DS-2026-0042")
    doc = read(db, checkout_documents.settlement_doc, order_id)
    assert (doc.insurer, doc.assessment_ref) == ("平安保險", "DS-2026-0042")
    pdf = render_settlement_list(doc)
    text = pdf_text(pdf)
    assert "平安保險" in text and "DS-2026-0042" in text and "定損單號" in text
    self_pay = make_ready_order(db)
    plain = read(db, checkout_documents.settlement_doc, self_pay)
    assert (plain.insurer, plain.assessment_ref) == ("", "")
    assert "定損單號" not in pdf_text(render_settlement_list(plain))


def test_a_reopened_claim_cannot_be_approved_below_what_the_insurer_paid(db: Database,
                                                                         people: dict[Role, int]) -> None:
    from garage_desktop.db.models import Payment
    from garage_desktop.services import order_actions

    cashier = people[Role.CASHIER]
    order_id = settled_claim(db, people)  # insurer ¥700, the customer paid ¥120
    call(db, receivables.record_collection, cashier, order_id, Payer.CLAIM, "500", NOW.date(), "transfer")
    with db.session_scope() as session:
        paid = session.scalar(select(Payment.id).where(Payment.order_id == order_id, Payment.kind == "payment"))
    call(db, order_actions.void_payment, people[Role.OWNER], paid, "收錯金額")  # the settlement is reopened
    assert read(db, receivables.receivables) == []  # not settled: nothing owed until it is settled again
    with pytest.raises(DomainError) as below:
        call(db, checkout.set_claim_approved, cashier, order_id, "499.99")
    assert below.value.field == "claim_approved" and "¥500.00" in below.value.english()
    call(db, checkout.set_claim_approved, cashier, order_id, "600")
    call(db, checkout.take_payment, cashier, order_id, "cash", "220")
    assert read(db, receivables.receivable_of, order_id, Payer.CLAIM).open == D("100.00")
