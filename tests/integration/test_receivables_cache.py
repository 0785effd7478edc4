"""The receivables kept for the dialog (``services.receivables_cache``, issue 20) equal what
``services.receivables`` lists and sums today, after changes made through the services (a claim settled, a
collection, a void, at another seat too), read again only the orders the audit trail says changed, age without a
read on a new day, and start over when an insurer is renamed or a car's make edited."""

from __future__ import annotations

from datetime import timedelta

import pytest

from garage_desktop.db.engine import Database
from garage_desktop.domain.classes import Payer, Role
from garage_desktop.services import checkout, clock, customers, insurers, orders, receivables
from garage_desktop.services.receivables_cache import ReceivablesCache, read_all
from tests.integration.test_checkout import call, make_ready_order
from tests.integration.test_receivables import NOW, D, read, settled_claim, settled_warranty


@pytest.fixture(autouse=True)
def fixed_clock() -> None:
    clock.set_fixed(NOW)


def _cache(db: Database) -> ReceivablesCache:
    cache = ReceivablesCache()
    cache.merge(read(db, read_all))
    return cache


def _agrees(db: Database, cache: ReceivablesCache) -> None:
    """After a refresh, the kept list (open, and with the paid ones), the totals by debtor and age and the open
    total are the database's for today."""
    read(db, cache.refresh)
    assert cache.ready
    assert cache.rows() == read(db, receivables.receivables)
    assert cache.rows(open_only=False) == read(db, receivables.receivables, open_only=False)
    assert cache.totals() == read(db, receivables.debtor_totals)
    assert cache.open_total() == read(db, receivables.open_total)


def _history(db: Database, people: dict[Role, int]) -> dict[str, int]:
    """Claims and warranties settled on bucket edges, two insurers, one claim with no insurer recorded."""
    cashier = people[Role.CASHIER]
    ids = {}
    for days in (0, 30, 31, 61, 91, 400):
        clock.set_fixed(NOW - timedelta(days=days))
        ids[f"claim{days}"] = settled_claim(db, people, insurer="平安保險" if days % 2 else "人保財險")
        ids[f"warranty{days}"] = settled_warranty(db, people)
    clock.set_fixed(NOW - timedelta(days=45))
    ids["unknown"] = make_ready_order(db, payer=Payer.CLAIM)
    call(db, checkout.set_claim_approved, cashier, ids["unknown"], "820")
    call(db, checkout.settle, cashier, ids["unknown"])
    clock.set_fixed(NOW)
    return ids


def test_the_kept_receivables_are_the_databases_after_settlements_collections_and_voids(
        db: Database, people: dict[Role, int]) -> None:
    cashier = people[Role.CASHIER]
    ids = _history(db, people)
    cache = _cache(db)
    _agrees(db, cache)
    assert len(cache.rows()) == 13 and cache.totals()[-1].debtor == ""  # the insurer not recorded: last

    # nothing changed: nothing read again, the same figures
    version = cache.version
    assert not read(db, cache.refresh)
    assert (cache.read_again, cache.version) == (0, version)

    # a claim settled: that order alone read again, its receivable listed
    new = settled_claim(db, people, approved="500", insurer="人保財險", reference="DS-NEW")
    assert read(db, cache.refresh)
    assert cache.read_again == 1 and cache.row(new, Payer.CLAIM).open == D("500.00")
    _agrees(db, cache)

    # a part collected, then one paid in full (it leaves the open list, stays among the paid ones)
    call(db, receivables.record_collection, cashier, ids["claim31"], Payer.CLAIM, "300", NOW.date(), "transfer",
         "HX-1")
    collected = call(db, receivables.record_collection, cashier, ids["warranty61"], Payer.WARRANTY, "820",
                     NOW.date(), "cash")
    assert collected.open == 0
    _agrees(db, cache)
    assert ids["warranty61"] not in {r.order_id for r in cache.rows()}
    assert ids["warranty61"] in {r.order_id for r in cache.rows(open_only=False)}

    # the full payment voided: owed again
    wrong = read(db, receivables.collections, order_id=ids["warranty61"])[0]
    call(db, receivables.void_collection, cashier, wrong.id, "記錯了工單")
    _agrees(db, cache)
    assert cache.row(ids["warranty61"], Payer.WARRANTY).open == D("820.00")
    assert cache.resets == 0  # all of it by reading the orders changed alone


def test_a_collection_at_another_seat_is_taken_in_by_the_next_refresh(db: Database,
                                                                       people: dict[Role, int]) -> None:
    """Two windows keep their own receivables: what one records, the other's next look reads."""
    order_id = settled_claim(db, people)
    here, there = _cache(db), _cache(db)
    after = call(db, receivables.record_collection, people[Role.CASHIER], order_id, Payer.CLAIM, "200",
                 NOW.date(), "transfer")
    read(db, here.refresh)
    assert here.row(order_id, Payer.CLAIM) == after and there.row(order_id, Payer.CLAIM).open == D("700.00")
    _agrees(db, there)
    assert there.row(order_id, Payer.CLAIM).open == D("500.00")


def test_a_new_day_ages_the_kept_receivables_without_reading(db: Database, people: dict[Role, int]) -> None:
    _history(db, people)
    cache = _cache(db)
    before = {t.debtor: t.aged.amounts for t in cache.totals()}
    clock.set_fixed(NOW + timedelta(days=1))  # 30 days become 31: into the next bucket
    read(db, cache.refresh)
    assert cache.read_again == 0
    after = {t.debtor: t.aged.amounts for t in cache.totals()}
    assert after != before
    _agrees(db, cache)


def test_an_insurer_renamed_or_a_make_edited_starts_over(db: Database, people: dict[Role, int]) -> None:
    """The debtor of every claim an insurer holds is its name, of every 三包 the car's make: a rename reads all."""
    cashier = people[Role.CASHIER]
    claim = settled_claim(db, people)
    warranty = settled_warranty(db, people)
    cache = _cache(db)
    insurer_id = read(db, insurers.claim_details, claim).insurer_id
    call(db, insurers.update_insurer, cashier, insurer_id, "中國平安", "王經理", "95511")
    read(db, cache.refresh)
    assert not cache.ready and cache.resets == 1
    cache.merge(read(db, read_all))
    _agrees(db, cache)
    assert cache.row(claim, Payer.CLAIM).debtor == "中國平安"

    owner = people[Role.OWNER]
    vehicle_id = read(db, orders.get_order, warranty).vehicle_id
    with db.session_scope() as session:
        car = customers.get_vehicle(session, vehicle_id)
        form = customers.VehicleForm(vehicle_id, car.plate, "", "福斯", car.model or "", car.year,
                                     car.colour or "")
        customers.save_vehicle(session, owner, form, car.customer_id)
    read(db, cache.refresh)
    assert not cache.ready and cache.resets == 2
    cache.merge(read(db, read_all))
    _agrees(db, cache)
    assert cache.row(warranty, Payer.WARRANTY).debtor == "福斯"
