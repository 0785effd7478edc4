"""Vehicle history (維修檔案): every visit with its items, warranty status, comebacks and follow-ups, the work
still recommended, and the printed record holding all of it."""

from __future__ import annotations

import io
import re
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from garage_desktop.db.engine import Database
from garage_desktop.db.models import Approval, LabourLine, Recommendation
from garage_desktop.documents.vehicle import VehicleHistory
from garage_desktop.domain.classes import RegulatoryClass
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.printing.vehicle_record import render_vehicle_record
from garage_desktop.services import clock, comebacks, followup, vehicle_history
from tests.integration.test_followup import NOW, call, make_car, make_order, read

S = OrderStatus
SHOTS = Path("/tmp/shots")


@pytest.fixture(autouse=True)
def fixed_clock() -> None:
    clock.set_fixed(NOW)


def pdf_text(pdf: bytes) -> str:
    """The text of every page, whitespace removed (CJK titles are letter-spaced)."""
    return "".join(re.sub(r"\s+", "", page.extract_text() or "") for page in PdfReader(io.BytesIO(pdf)).pages)


def a_car_with_a_past(db: Database, advisor: int) -> tuple[int, dict[str, int]]:
    """A car with an old service, a brake job with a comeback under warranty, and a call with a complaint."""
    _, car = make_car(db, name="陳美玲", plate="粵B12345", last_mileage=48_200)
    service = make_order(db, car, status=S.FOLLOWED_UP, regulatory=RegulatoryClass.LEVEL2_MAINTENANCE,
                         delivered_at=datetime(2026, 5, 10, 17, 0), mileage_in=40_000, mileage_out=40_010,
                         complaint="定期保養", labour=(("二級維護保養", "2.0", "200.00"),),
                         parts=(("機油 5W-30", "4", "60.00"), ("機油濾清器", "1", "45.00")))
    brakes = make_order(db, car, status=S.DELIVERED, delivered_at=NOW - timedelta(days=6), mileage_in=47_900,
                        mileage_out=47_910)
    with db.session_scope() as session:
        declined = Approval(order_id=brakes, kind="added_work", description="更換後輪胎", proposed_at=NOW,
                            approved=False)
        session.add(declined)
        session.flush()
        session.add(LabourLine(order_id=brakes, seq=9, name="更換後輪胎", standard_hours=1, rate=100, coefficient=1,
                               amount=100, added=True, approval_id=declined.id))
        session.add(Recommendation(vehicle_id=car, order_id=brakes, description="後輪胎紋深 2 mm，建議三個月內更換",
                                   created_at=NOW - timedelta(days=6)))
        session.add(Recommendation(vehicle_id=car, order_id=service, description="雨刷老化", created_at=datetime(
            2026, 5, 10), done_order_id=brakes))
    clock.set_fixed(NOW - timedelta(days=4))
    call(db, followup.record_call, advisor, brakes, True, 2, "", "剎車還是有異響")
    clock.set_fixed(NOW)
    comeback = make_order(db, car, status=S.RECEIVED, delivered_at=None, received_at=NOW, mileage_in=48_200,
                          complaint="剎車又響了", labour=(("檢查剎車異響", "0.5", "50.00"),), parts=())
    call(db, comebacks.confirm_comeback, advisor, comeback, brakes)
    make_order(db, car, status=S.CANCELLED, delivered_at=None, received_at=datetime(2026, 3, 1, 9, 0), labour=(),
               parts=())
    return car, {"service": service, "brakes": brakes, "comeback": comeback}


def test_every_visit_with_items_warranty_comebacks_and_calls(db: Database, advisor: int) -> None:
    car, ids = a_car_with_a_past(db, advisor)
    history: VehicleHistory = read(db, vehicle_history.vehicle_history, car)
    assert history.plate == "粵B12345" and history.customer_name == "陳美玲"
    orders = {o.order_id: o for o in history.orders}
    assert [o.order_id for o in history.orders][:3] == [ids["comeback"], ids["brakes"], ids["service"]]
    assert len(history.orders) == 4 and not history.orders[-1].repaired  # the cancelled visit is listed

    brakes = orders[ids["brakes"]]
    assert [line.name for line in brakes.labour] == ["更換前剎車片"]  # declined added work is not an item
    assert [(p.name, p.amount) for p in brakes.parts] == [("前剎車片", 380)]
    assert brakes.total == 530
    assert brakes.warranty.state == "within" and brakes.warranty.until == date(2026, 12, 1)
    assert brakes.warranty.until_km == 49_910
    assert brakes.comebacks == (orders[ids["comeback"]].order_no,)
    assert [(c.reached, c.satisfaction, c.complaint) for c in brakes.calls] == [(True, 2, "剎車還是有異響")]

    service = orders[ids["service"]]
    assert service.warranty.state == "expired" and service.warranty.until == date(2026, 6, 8)
    assert [p.name for p in service.parts] == ["機油 5W-30", "機油濾清器"] and service.parts_total == 285

    comeback = orders[ids["comeback"]]
    assert comeback.comeback_of == brakes.order_no and comeback.free_of_charge
    assert comeback.warranty.state == "not_started"

    assert [r.description for r in history.open_recommendations] == ["後輪胎紋深 2 mm，建議三個月內更換"]
    assert history.recommendations[-1].done  # done ones after the open ones


def test_the_printed_record_holds_the_orders(db: Database, advisor: int) -> None:
    car, _ids = a_car_with_a_past(db, advisor)
    doc = read(db, vehicle_history.record_doc, car)
    pdf = render_vehicle_record(doc, language="zh_TW")
    SHOTS.mkdir(parents=True, exist_ok=True)
    (SHOTS / "vehicle_record.pdf").write_bytes(pdf)
    text = pdf_text(pdf)
    for order in doc.history.orders[:3]:
        assert order.order_no in text
    assert doc.history.orders[-1].order_no not in text  # a cancelled visit is not a repair
    for expected in ("機動車維修檔案", "陳美玲", "粵B12345", "更換前剎車片", "前剎車片", "二級維護保養", "機油濾清器",
                     "剎車還是有異響", "後輪胎紋深2mm", "保證期內，至2026-12-01或49,910km", "已過保證期",
                     "返修（原工單", "滿意度2/5"):
        assert expected in text, expected
    assert "雨刷老化" not in text  # done: no longer recommended
    english = pdf_text(render_vehicle_record(doc, language="en"))
    assert "Vehiclerepairrecord" in english and "Withinwarrantyuntil2026-12-01or49,910km" in english
    assert doc.history.orders[0].order_no in english


def test_a_car_without_repairs_prints_an_empty_record(db: Database) -> None:
    _, car = make_car(db)
    doc = read(db, vehicle_history.record_doc, car)
    assert doc.history.orders == ()
    assert "無維修記錄" in pdf_text(render_vehicle_record(doc))
