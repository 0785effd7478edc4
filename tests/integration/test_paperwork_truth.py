"""What the paperwork says is true: the settlement list before the car leaves is a draft without an exit date or
a warranty, and after delivery its exit date is the handover; a deposit prints as a deposit (held, applied,
refunded), never as money received for the work, and a refunded no-charge order owes nothing; the dispatch
slip prints when the work was dispatched, not when it was printed; every PDF uses only embedded fonts; and a
character the bundled font lacks (an emoji in a WeChat name) prints as a visible marker, never as nothing.

Every order here is taken through the services, as the window does."""

from __future__ import annotations

import argparse
import io
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

from garage_desktop.cli_print import add_print_commands, run_print
from garage_desktop.db.engine import Database
from garage_desktop.domain.classes import BodyView, DamageKind, JobClass, Payer, RegulatoryClass, Role
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.services import (
    catalog,
    checkout,
    checkout_documents,
    clock,
    delivery,
    documents,
    estimate,
    intake,
    picking_actions,
    qc,
    stock,
    work_order,
)
from garage_desktop.services.checkout_state import checkout_state
from garage_desktop.services.customers import CustomerForm, VehicleForm
from tests.integration.test_printing import assert_every_glyph_embedded
from tests.integration.test_qc import full_form

T = TypeVar("T")
D = Decimal
S = OrderStatus
START = datetime(2026, 11, 20, 8, 0)
PRINTED = datetime(2026, 11, 28, 15, 0)  # the day every document here is (re)printed: never what they say
HANDOVER = delivery.Handover(True, True, True, True)
DOCUMENTS = ("work-order", "dispatch-slip", "pick-list", "extra-slip", "qc-sheet", "certificate", "settlement",
             "receipt")


@dataclass(frozen=True)
class Job:
    """A labour line as the advisor types it: name, hours, rate per hour (coefficient 1)."""

    name: str
    hours: str
    rate: str = "100.00"
    team: str = "一組"


# ¥605.20 of self-pay work: 4 h × ¥151.30
BILL_605 = (Job("檢查怠速抖動並清洗節氣門", "4.0", "151.30"),)


class Walk:
    """Steps through the services, each in its own transaction, at the times given (the clock is fixed)."""

    def __init__(self, db: Database, people: dict[Role, int]) -> None:
        self.db, self.people = db, people
        self.now = START

    def at(self, moment: datetime) -> Walk:
        self.now = moment
        return self

    def __call__(self, role: Role, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        clock.set_fixed(self.now)
        self.now += timedelta(minutes=5)
        with self.db.session_scope() as session:
            return function(session, self.people[role], *args, **kwargs)

    def read(self, function: Callable[..., T], *args: Any, at: datetime = PRINTED) -> T:
        clock.set_fixed(at)
        with self.db.session_scope() as session:
            return function(session, *args)


def receive(walk: Walk, *, name: str = "林志明", complaint: str = "怠速時車身抖動",
            regulatory: RegulatoryClass = RegulatoryClass.MINOR_REPAIR, payer: Payer = Payer.SELF,
            plate: str = "粵A12345", vin: str = "", marks: int = 0) -> int:
    damage = tuple(intake.DamageMarkInput(BodyView.LEFT, 300 + 100 * i, 500, DamageKind.SCRATCH, f"舊刮痕{i + 1}")
                   for i in range(marks))
    form = intake.IntakeForm(
        customer=CustomerForm(name=name, phone="13800138000"),
        vehicle=VehicleForm(plate=plate, vin=vin, make="大眾", model="朗逸"),
        complaint=complaint, mileage="45,230", fuel_level=4, job_class=JobClass.MINOR, regulatory_class=regulatory,
        payer=payer, promised_at=walk.now + timedelta(days=3), damage_marks=damage, items_left="行車記錄儀")
    return walk(Role.ADVISOR, intake.receive, form).order_id


def stocked_part(walk: Walk, code: str = "BY-001", name: str = "節氣門清洗劑", price: str = "35.00") -> int:
    """A catalog part with stock to issue."""
    part_id = walk(Role.OWNER, catalog.save_part, None, catalog.PartDraft(code, name, spec="博世", unit="瓶",
                                                                          sale_price=price, cost="20")).id
    walk(Role.STORE, stock.receive, "博世汽配", [stock.ReceiptLine(part_id, "10", "20")])
    return part_id


def confirm(walk: Walk, order_id: int, jobs: Sequence[Job], parts: Sequence[int] = ()) -> None:
    labour = tuple(estimate.LabourDraft(name=job.name, standard_hours=job.hours, rate=job.rate, coefficient="1")
                   for job in jobs)
    lines = tuple(estimate.PartDraft(part_id, quantity="1") for part_id in parts)
    draft = estimate.EstimateDraft("節氣門積碳", labour, lines, notify_above="500", may_replace_found_parts=True)
    walk(Role.ADVISOR, estimate.save_estimate, order_id, draft)
    walk(Role.ADVISOR, estimate.confirm, order_id, customer_name="林志明")


def line_ids(walk: Walk, order_id: int) -> list[int]:
    return [line.id for line in walk.read(work_order.ticket_view, order_id).labour]


def dispatch(walk: Walk, order_id: int, jobs: Sequence[Job], times: Sequence[datetime] | None = None) -> None:
    for index, (line_id, job) in enumerate(zip(line_ids(walk, order_id), jobs, strict=True)):
        if times is not None:
            walk.at(times[index])
        walk(Role.FOREMAN, work_order.dispatch, order_id, line_id, job.team, None)


def repair_and_pass_qc(walk: Walk, order_id: int, parts: Sequence[int] = ()) -> None:
    for line_id in line_ids(walk, order_id):
        walk(Role.FOREMAN, work_order.start_line, order_id, line_id)
    if parts:
        walk(Role.STORE, picking_actions.issue_all, order_id)
        screen = walk(Role.STORE, picking_actions.request_extra, order_id, parts[0], "1", "清洗劑不夠用")
        extra = next(line for line in screen.lines if line.kind == "extra")
        walk(Role.INSPECTOR, picking_actions.decide_extra, extra.approval_id, True, "同意")
        walk(Role.STORE, picking_actions.issue, extra.id)
        walk(Role.ADVISOR, picking_actions.accept_extra, extra.id, True, "客戶同意")
    for line_id in line_ids(walk, order_id):
        walk(Role.FOREMAN, work_order.finish_line, order_id, line_id)
    walk(Role.FOREMAN, work_order.report_finished, order_id)
    view = walk.read(qc.qc_view, order_id, None, at=walk.now)
    walk(Role.INSPECTOR, qc.pass_qc, order_id, full_form(view))


def order_through(walk: Walk, until: OrderStatus, *, jobs: Sequence[Job] = BILL_605, parts: Sequence[int] = (),
                  **kwargs: Any) -> int:
    """An order taken through the services up to ``until`` (received, confirmed, in repair, ready, settled,
    delivered, released on a deposit of ¥300, or its deposit refunded); with ``parts`` (catalog part ids) one
    of each is planned and issued, and one more of the first is an extra part the inspector approved."""
    order_id = receive(walk, **kwargs)
    if until is S.RECEIVED:
        return order_id
    confirm(walk, order_id, jobs, parts)
    if until is S.CONFIRMED:
        return order_id
    dispatch(walk, order_id, jobs)
    if until in (S.DISPATCHED, S.IN_REPAIR):
        walk(Role.FOREMAN, work_order.start_line, order_id, line_ids(walk, order_id)[0])
        return order_id
    repair_and_pass_qc(walk, order_id, parts)
    if until is S.READY:
        return order_id
    if until in (S.DEPOSIT_RELEASED, S.REFUNDED):
        walk(Role.CASHIER, checkout.release_on_deposit, order_id, "300", "wechat", HANDOVER, "怠速偶發抖動，觀察一週")
        if until is S.REFUNDED:
            walk(Role.CASHIER, checkout.refund_deposit, order_id, "故障未能確認排除，經協商退還押金，不收費", "wechat")
        return order_id
    owed = walk.read(checkout_documents.settlement_doc, order_id, at=walk.now).customer_owes
    if owed:
        walk(Role.CASHIER, checkout.take_payment, order_id, "card", owed)
    else:
        walk(Role.CASHIER, checkout.settle, order_id)
    if until is S.SETTLED:
        return order_id
    walk(Role.ADVISOR, delivery.deliver, order_id, HANDOVER)
    assert until is S.DELIVERED
    return order_id


def order_no(walk: Walk, order_id: int) -> str:
    return walk.read(checkout_documents.settlement_doc, order_id).order_no


def print_pdf(db: Database, document: str, number: str, tmp_path: Path, language: str = "zh_TW") -> bytes:
    """The document as ``garage-desktop print`` writes it, printed on ``PRINTED``."""
    clock.set_fixed(PRINTED)
    parser = argparse.ArgumentParser()
    add_print_commands(parser.add_subparsers(dest="command"))
    out = tmp_path / f"{document}-{language}.pdf"
    args = parser.parse_args(["print", document, number, "--db", db.url.removeprefix("sqlite:///"),
                              "--out", str(out), "--lang", language])
    assert run_print(args) == 0, document
    return out.read_bytes()


def pdf_text(pdf: bytes) -> str:
    """The text of every page, whitespace removed (CJK titles are letter-spaced)."""
    return "".join(re.sub(r"\s+", "", page.extract_text() or "") for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def walk(db: Database, people: dict[Role, int]) -> Iterator[Walk]:
    yield Walk(db, people)


# ---------------------------------------------------------------- fonts

def _resolve(value: Any) -> Any:
    return value.get_object() if isinstance(value, IndirectObject) else value


def _embedded(font: DictionaryObject) -> bool:
    """The font, or each descendant font of a Type0 font, has its font file in its descriptor."""
    if font.get("/Subtype") == "/Type0":
        descendants = [_resolve(d) for d in _resolve(font.get("/DescendantFonts", []))]
        return bool(descendants) and all(_embedded(d) for d in descendants)
    descriptor = _resolve(font.get("/FontDescriptor"))
    if descriptor is None:
        return False
    return any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


def _fonts_in(resources: Any, seen: set[int]) -> Iterator[tuple[str, DictionaryObject]]:
    """Every font of a resource dictionary, and of the forms (XObjects) and patterns it uses, recursively."""
    resources = _resolve(resources)
    if not isinstance(resources, DictionaryObject) or id(resources) in seen:
        return
    seen.add(id(resources))
    for name, font in (_resolve(resources.get("/Font")) or {}).items():
        yield name, _resolve(font)
    for kind in ("/XObject", "/Pattern"):
        for item in (_resolve(resources.get(kind)) or {}).values():
            item = _resolve(item)
            if isinstance(item, DictionaryObject) or hasattr(item, "get"):
                yield from _fonts_in(item.get("/Resources"), seen)


def unembedded_fonts(pdf: bytes) -> list[str]:
    """The base names of the fonts a PDF's pages use without embedding them (Helvetica, …)."""
    missing = []
    for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages, start=1):
        for name, font in _fonts_in(page.get("/Resources"), set()):
            if not _embedded(font):
                missing.append(f"page {number} {name}: {font.get('/BaseFont')}")
    return missing


def settlement(walk: Walk, order_id: int, tmp_path: Path, language: str = "zh_TW") -> tuple[Any, str]:
    """The settlement list's data and its printed text, as printed on ``PRINTED``."""
    doc = walk.read(checkout_documents.settlement_doc, order_id)
    return doc, pdf_text(print_pdf(walk.db, "settlement", doc.order_no, tmp_path, language))


def receipt(walk: Walk, order_id: int, tmp_path: Path, language: str = "zh_TW") -> tuple[Any, str]:
    doc = walk.read(checkout_documents.receipt_doc, order_id)
    return doc, pdf_text(print_pdf(walk.db, "receipt", doc.order_no, tmp_path, language))


# ---------------------------------------------------------------- 1. the settlement list's exit date and warranty

@pytest.mark.parametrize("until", [S.RECEIVED, S.CONFIRMED, S.IN_REPAIR])
def test_settlement_list_before_final_qc_is_a_draft_without_exit_date_or_warranty(walk: Walk, tmp_path: Path,
                                                                                   until: OrderStatus) -> None:
    order_id = order_through(walk, until)
    doc, text = settlement(walk, order_id, tmp_path)
    assert "出廠日期2026-11-28" not in text and "質量保證期" not in text and "自出廠之日起" not in text
    assert "至2026-12-07" not in text, "no warranty counted from the day of printing"
    assert "出廠日期進廠里程" in text, "the exit date is left empty"
    assert "草稿—未出廠" in text and "草稿：車輛尚未通過竣工檢驗出廠" in text
    assert "列印時間2026-11-2815:00" in text  # the printing time is where it belongs
    assert doc.draft and doc.left_at is None and doc.warranty_until is None
    english = pdf_text(print_pdf(walk.db, "settlement", doc.order_no, tmp_path, "en"))
    assert "DRAFT—carnotoutyet" in english and "Warrantyperiod" not in english


@pytest.mark.parametrize("until", [S.READY, S.SETTLED])
def test_settlement_list_of_a_car_still_in_the_garage_has_no_exit_date_and_no_warranty_end(
        walk: Walk, tmp_path: Path, until: OrderStatus) -> None:
    """Passed final QC: the real list, given before payment, but nothing has left yet."""
    doc, text = settlement(walk, order_through(walk, until), tmp_path)
    assert "草稿" not in text and "出廠日期進廠里程" in text
    assert "質量保證期自出廠之日起10日或行駛2,000公里，以先到者為準舊配件" in text, "the terms, without an end date"
    assert not doc.draft and doc.left_at is None and doc.warranty_until is None


def test_delivered_settlement_list_prints_the_handover_as_exit_and_the_warranty_from_it(walk: Walk,
                                                                                          tmp_path: Path) -> None:
    order_id = order_through(walk, S.SETTLED)
    walk.at(datetime(2026, 11, 21, 16, 35))(Role.ADVISOR, delivery.deliver, order_id, HANDOVER)
    doc, text = settlement(walk, order_id, tmp_path)  # reprinted a week later
    assert "出廠日期2026-11-2116:35" in text
    assert "自出廠之日起10日或行駛2,000公里，以先到者為準（至2026-11-30）" in text  # the delivery day is day one
    assert "草稿" not in text and "2026-12-07" not in text
    assert doc.left_at == datetime(2026, 11, 21, 16, 35) and doc.warranty_until == datetime(2026, 11, 30).date()


def test_a_car_released_on_a_deposit_left_when_it_was_released(walk: Walk, tmp_path: Path) -> None:
    order_id = order_through(walk, S.READY)
    released = datetime(2026, 11, 22, 9, 5)
    walk.at(released)(Role.CASHIER, checkout.release_on_deposit, order_id, "300", "cash", HANDOVER)
    walk.at(datetime(2026, 11, 27, 10, 0))(Role.CASHIER, checkout.take_payment, order_id, "cash", "305.20")
    doc, text = settlement(walk, order_id, tmp_path)
    assert "出廠日期2026-11-2209:05" in text and "（至2026-12-01）" in text and doc.left_at == released


# ---------------------------------------------------------------- 2. deposits

def test_refunded_no_charge_deposit_order_owes_nothing(walk: Walk, tmp_path: Path) -> None:
    """The ¥605.20 case: the car left on a ¥300 deposit, the fault could not be confirmed fixed, the deposit was
    given back and the order closed without charge (不收費). Both documents printed 尚欠 ¥605.20."""
    order_id = order_through(walk, S.REFUNDED)
    raw = walk.read(checkout_state, order_id)  # the services' own figures
    assert raw.status is S.REFUNDED and raw.settlement.customer_owes == D("605.20")
    assert raw.balance == 0  # the checkout screen and its queues say nothing is owed either
    doc, text = receipt(walk, order_id, tmp_path)
    assert "605.20" in text  # the bill total is still shown …
    assert "尚欠金額¥605.20" not in text and "客戶應付¥605.20" not in text  # … but nothing is owed
    assert "客戶應付¥0.00不收費結案" in text and "尚欠金額¥0.00不收費結案" in text
    assert "押金¥300.00已退還" in text and "已收金額¥0.00" in text
    assert doc.no_charge and doc.balance == 0 and doc.customer_owes == 0 and doc.paid == 0
    assert doc.deposit is not None and (doc.deposit.state, doc.deposit.amount) == ("refunded", D("300.00"))
    doc, text = settlement(walk, order_id, tmp_path)
    assert "陸佰零伍元貳角整" not in text and "尚欠金額¥605.20" not in text
    assert "合計605.20" in text and "客戶應付¥0.00不收費結案" in text and "尚欠金額¥0.00" in text
    assert "押金¥300.00已退還" in text and "客戶應付金額大寫：零元整¥0.00" in text
    assert doc.no_charge and doc.balance == 0 and doc.customer_owes == 0


def test_a_held_deposit_is_not_money_received_for_the_work(walk: Walk, tmp_path: Path) -> None:
    order_id = order_through(walk, S.DEPOSIT_RELEASED)
    for doc, text in (settlement(walk, order_id, tmp_path), receipt(walk, order_id, tmp_path)):
        assert "已收金額¥300.00" not in text
        assert "已收金額¥0.00" in text and "押金¥300.00暫收，結算時抵扣" in text and "尚欠金額¥305.20" in text
        assert doc.paid == 0 and doc.balance == D("305.20") and doc.deposit.state == "held"
    assert "押金大寫：參佰元整¥300.00暫收，結算時抵扣" in text  # the receipt
    english = pdf_text(print_pdf(walk.db, "settlement", doc.order_no, tmp_path, "en"))
    assert "Deposit¥300.00held,setagainstthebillatsettlement" in english


def test_an_applied_deposit_and_what_was_given_back(walk: Walk, tmp_path: Path) -> None:
    topped_up = order_through(walk, S.DEPOSIT_RELEASED)
    walk(Role.CASHIER, checkout.take_payment, topped_up, "wechat", "305.20")
    doc, text = receipt(walk, topped_up, tmp_path)
    assert "已收金額¥305.20" in text and "押金¥300.00已抵扣¥300.00" in text and "尚欠金額¥0.00已結清" in text
    assert doc.settled and doc.paid == D("305.20") and doc.balance == 0
    larger = order_through(walk, S.READY, plate="粵A54321")
    walk(Role.CASHIER, checkout.release_on_deposit, larger, "1000", "cash", HANDOVER)
    walk(Role.CASHIER, checkout.settle, larger, "cash")  # the rest of the deposit is given back
    doc, text = settlement(walk, larger, tmp_path)
    assert "押金¥1,000.00已抵扣¥605.20，退還¥394.80" in text and "尚欠金額¥0.00" in text
    assert doc.paid == 0 and doc.deposit.applied == D("605.20") and doc.deposit.refunded == D("394.80")


# ---------------------------------------------------------------- 3. the dispatch slip's time

def test_dispatch_slip_prints_when_the_work_was_dispatched_not_when_it_was_printed(walk: Walk,
                                                                                    tmp_path: Path) -> None:
    jobs = (Job("更換機油", "1.0"), Job("四輪定位", "1.0", team="二組"), Job("清洗節氣門", "1.0"))
    order_id = order_through(walk, S.CONFIRMED, jobs=jobs)
    day = datetime(2026, 11, 20)
    dispatch(walk, order_id, jobs, [day.replace(hour=9, minute=10), day.replace(hour=9, minute=40),
                                    day.replace(hour=10, minute=5)])
    first, _, third = line_ids(walk, order_id)
    # another mechanic of the same team: still dispatched to the team at 09:10
    walk.at(day.replace(hour=10, minute=30))(Role.FOREMAN, work_order.dispatch, order_id, first, "一組",
                                               walk.people[Role.FOREMAN])
    pages = [pdf_text(page) for page in _pages(print_pdf(walk.db, "dispatch-slip", order_no(walk, order_id), tmp_path))]
    assert all("派工時間2026-11-2815:00" not in page and "列印時間2026-11-2815:00" in page for page in pages)
    assert "派工時間2026-11-2009:10" in pages[0] and "派工時間2026-11-2009:40" in pages[1]
    assert "11-2009:10" in pages[0].split("開工時間")[-1] and "11-2010:05" in pages[0]  # each line's own time
    with walk.db.session_scope() as session:
        slips = documents.dispatch_slip_docs(session, order_id)
    assert [(slip.team, slip.dispatched_at) for slip in slips] == [
        ("一組", day.replace(hour=9, minute=10)), ("二組", day.replace(hour=9, minute=40))]
    assert [line.dispatched_at for line in slips[0].lines] == [day.replace(hour=9, minute=10),
                                                               day.replace(hour=10, minute=5)]
    # moved to another team: dispatched to that team when it was moved
    walk.at(day.replace(hour=11))(Role.FOREMAN, work_order.dispatch, order_id, third, "二組", None)
    with walk.db.session_scope() as session:
        slips = documents.dispatch_slip_docs(session, order_id)
    assert [(slip.team, slip.dispatched_at) for slip in slips] == [
        ("一組", day.replace(hour=9, minute=10)), ("二組", day.replace(hour=9, minute=40))]
    assert slips[1].lines[-1].dispatched_at == day.replace(hour=11)


def _pages(pdf: bytes) -> list[bytes]:
    """Each page of ``pdf`` as a PDF of its own (for its text)."""
    from pypdf import PdfWriter

    pages = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        writer = PdfWriter()
        writer.add_page(page)
        buffer = io.BytesIO()
        writer.write(buffer)
        pages.append(buffer.getvalue())
    return pages


def test_a_slip_of_work_not_dispatched_yet_says_so(walk: Walk, tmp_path: Path) -> None:
    order_id = order_through(walk, S.CONFIRMED)
    text = pdf_text(print_pdf(walk.db, "dispatch-slip", order_no(walk, order_id), tmp_path))
    assert "派工時間尚未派工" in text and "派工時間2026-11-28" not in text


# ---------------------------------------------------------------- 4. embedded fonts only

def _vehicle_record(walk: Walk, order_id: int, language: str) -> bytes:
    from garage_desktop.db.models import RepairOrder
    from garage_desktop.printing.vehicle_record import render_vehicle_record
    from garage_desktop.services import vehicle_history

    with walk.db.session_scope() as session:
        vehicle_id = session.get(RepairOrder, order_id).vehicle_id
        doc = vehicle_history.record_doc(session, vehicle_id)
    return render_vehicle_record(doc, language=language)


@pytest.mark.parametrize("language", ["zh_TW", "en"])
def test_every_printed_document_uses_only_embedded_fonts(walk: Walk, tmp_path: Path, language: str) -> None:
    part = stocked_part(walk)
    delivered = order_through(walk, S.DELIVERED, parts=[part], regulatory=RegulatoryClass.LEVEL2_MAINTENANCE,
                              marks=2)
    draft = order_through(walk, S.IN_REPAIR, plate="粵A00002")
    refunded = order_through(walk, S.REFUNDED, plate="粵A00003")
    held = order_through(walk, S.DEPOSIT_RELEASED, plate="粵A00004")
    printed = {f"{document} {order_no(walk, order_id)}": print_pdf(walk.db, document, order_no(walk, order_id),
                                                                   tmp_path, language)
               for order_id, kinds in ((delivered, DOCUMENTS), (draft, ("settlement", "dispatch-slip", "qc-sheet")),
                                       (refunded, ("settlement", "receipt")), (held, ("settlement", "receipt")))
               for document in kinds}
    printed["vehicle record"] = _vehicle_record(walk, delivered, language)
    leaks = {name: unembedded_fonts(pdf) for name, pdf in printed.items()}
    assert {name: fonts for name, fonts in leaks.items() if fonts} == {}
    assert all(any(True for page in PdfReader(io.BytesIO(pdf)).pages for _ in _fonts_in(page["/Resources"], set()))
               for pdf in printed.values()), "the check saw no font at all"


# ---------------------------------------------------------------- 5. characters the font lacks

def test_a_character_the_font_lacks_prints_as_a_visible_mark(walk: Walk, tmp_path: Path) -> None:
    """An emoji in a WeChat name and a CJK Extension B character (𠮷, U+20BB7) print as the replacement
    character � (U+FFFD), never as nothing."""
    order_id = order_through(walk, S.DELIVERED, name="𠮷田明😀", complaint="冷車抖動😀，儀表燈亮👨‍👩‍👧 後才好𠮷")
    number = order_no(walk, order_id)
    for document in ("work-order", "dispatch-slip", "settlement", "receipt"):
        pdf = print_pdf(walk.db, document, number, tmp_path)
        text = pdf_text(pdf)
        assert "😀" not in text and "𠮷" not in text, document
        if document != "dispatch-slip":  # the slip has no customer name
            assert "\ufffd田明\ufffd" in text, document
        if document in ("work-order", "dispatch-slip"):
            assert "冷車抖動\ufffd，儀表燈亮\ufffd後才好\ufffd" in text, document  # the family emoji is one mark
        assert_every_glyph_embedded(pdf, "\ufffd")  # drawn with the font's own glyph, not an empty .notdef
    from reportlab.pdfbase.pdfmetrics import getFont

    from garage_desktop.printing.fonts import MISSING_MARK, register_font

    font = getFont(register_font())
    assert MISSING_MARK == "\ufffd" and font.covers(MISSING_MARK) and not font.covers("😀") and not font.covers("𠮷")
