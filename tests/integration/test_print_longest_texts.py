"""Every document prints with every text at its longest (issue 13: a 6,000-character complaint made
``garage-desktop print work-order`` fail with a ReportLab LayoutError).

One order is taken through the services from intake to delivery with each free text as long as
``domain.limits`` allows (the garage profile, the operators, the catalog and stock too), in three kinds of text:
Chinese (wraps anywhere), English words, and one word with no break at all. Then every document the command line
prints is printed from it, in both languages, as ``garage-desktop print`` does."""

from __future__ import annotations

import argparse
import io
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from itertools import count
from pathlib import Path
from typing import Any, TypeVar

import pytest
from pypdf import PdfReader

from garage_desktop.cli_print import add_print_commands, run_print
from garage_desktop.db.engine import Database
from garage_desktop.domain import limits
from garage_desktop.domain.classes import BodyView, DamageKind, JobClass, RegulatoryClass, Role
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.limits import TextLimit
from garage_desktop.domain.qc import Result
from garage_desktop.printing import layout
from garage_desktop.services import (
    added_work,
    catalog,
    checkout,
    checkout_state,
    clock,
    delivery,
    estimate,
    intake,
    operators,
    picking_actions,
    qc,
    qc_templates,
    stock,
    work_order,
)
from garage_desktop.services import settings as garage_settings
from garage_desktop.services.customers import CustomerForm, VehicleForm
from garage_desktop.services.qc_view import ItemAnswer, MeasurementAnswer, QcForm
from tests.integration.test_customers import LIN_VIN
from tests.integration.test_qc import GOOD_READINGS

T = TypeVar("T")
START = datetime(2026, 11, 28, 8, 0)
KINDS = ("chinese", "english", "unbroken")
DOCUMENTS = ("work-order", "dispatch-slip", "pick-list", "extra-slip", "qc-sheet", "certificate", "settlement",
             "receipt")


def longest(rule: TextLimit, kind: str, tag: str = "") -> str:
    """A text exactly as long as ``rule`` allows (``tag`` first, to tell texts of the same rule apart)."""
    pattern = {"chinese": "發動機冷車啟動異響，檢查後更換", "english": "Engine knocks when cold ",
               "unbroken": "W"}[kind]
    text = (tag + pattern * (rule.limit // len(pattern) + 1))[:rule.limit]
    return text[:-1] + "X" if text.endswith(" ") else text  # a trailing space would be trimmed


class Walk:
    """Steps through the services, each in its own transaction, the clock moving on a few minutes a step."""

    def __init__(self, db: Database, people: dict[Role, int]) -> None:
        self.db, self.people, self.minutes = db, people, count(0, 5)

    def __call__(self, role: Role, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        clock.set_fixed(START + timedelta(minutes=next(self.minutes)))
        with self.db.session_scope() as session:
            return function(session, self.people[role], *args, **kwargs)

    def read(self, function: Callable[..., T], *args: Any) -> T:
        with self.db.session_scope() as session:
            return function(session, *args)


def _garage_and_people(walk: Walk, kind: str) -> None:
    current = walk.read(garage_settings.load)
    walk(Role.OWNER, garage_settings.save, replace(
        current, garage_name=longest(limits.GARAGE_NAME, kind), garage_address=longest(limits.GARAGE_ADDRESS, kind),
        garage_phone="0" * limits.GARAGE_PHONE.limit, licence_no=longest(limits.LICENCE_NO, kind),
        tax_id=longest(limits.TAX_ID, kind)))
    for role in (Role.ADVISOR, Role.FOREMAN, Role.INSPECTOR, Role.STORE, Role.CASHIER):
        walk(Role.OWNER, operators.save_operator, walk.people[role], longest(limits.OPERATOR_NAME, kind, role.value),
             role, team=longest(limits.TEAM, kind, role.value))


def _catalog(walk: Walk, kind: str) -> list[int]:
    parts = []
    for n in (1, 2):
        draft = catalog.PartDraft(f"P{n}" + "W" * (limits.PART_CODE.limit - 2), longest(limits.PART_NAME, kind, str(n)),
                                  spec=longest(limits.SPEC, kind), unit=longest(limits.UNIT, kind),
                                  origin="oem", sale_price="9,999.99", cost="5000", minimum="1",
                                  bin_location=longest(limits.BIN_LOCATION, kind),
                                  supplier=longest(limits.SUPPLIER, kind))
        part_id = walk(Role.OWNER, catalog.save_part, None, draft).id
        walk(Role.STORE, stock.receive, longest(limits.SUPPLIER, kind),
             [stock.ReceiptLine(part_id, "99,999", "5000")], longest(limits.RECEIPT_NOTE, kind))
        parts.append(part_id)
    return parts


def _receive(walk: Walk, kind: str) -> int:
    # As many marks as a car may carry, less the one final QC adds, each with the longest note.
    views = (BodyView.LEFT, BodyView.RIGHT, BodyView.FRONT, BodyView.REAR, BodyView.TOP)
    marks = tuple(intake.DamageMarkInput(views[i % 5], 100 + 29 * i, 100 + 27 * i, DamageKind.SCRATCH,
                                         longest(limits.DAMAGE_NOTE, kind, str(i)))
                  for i in range(limits.DAMAGE_MARKS - 1))
    form = intake.IntakeForm(
        customer=CustomerForm(name=longest(limits.CUSTOMER_NAME, kind), phone="+" + "8" * 20,
                              address=longest(limits.ADDRESS, kind), note=longest(limits.CUSTOMER_NOTE, kind)),
        vehicle=VehicleForm(plate="粵A12345", vin=LIN_VIN, make=longest(limits.MAKE, kind),
                            model=longest(limits.MODEL, kind), year=2021, colour=longest(limits.COLOUR, kind)),
        complaint=longest(limits.COMPLAINT, kind), mileage="9,999,990", fuel_level=8,
        items_left=longest(limits.ITEMS_LEFT, kind), notes=longest(limits.INTAKE_NOTES, kind), damage_marks=marks,
        job_class=JobClass.MAJOR, regulatory_class=RegulatoryClass.ASSEMBLY_OVERHAUL,
        promised_at=START + timedelta(days=3))
    return walk(Role.ADVISOR, intake.receive, form).order_id


def _estimate(walk: Walk, kind: str, order_id: int, parts: list[int]) -> None:
    labour = tuple(estimate.LabourDraft(f"C{n}" + "W" * (limits.OPERATION_CODE.limit - 2),
                                        longest(limits.LINE_NAME, kind, str(n)), "99.99", "9,999.99", "1.5")
                   for n in range(1, 4))
    lines = tuple(estimate.PartDraft(part_id, longest(limits.LINE_NAME, kind, str(n)), longest(limits.SPEC, kind),
                                     longest(limits.UNIT, kind), quantity="99.999", unit_price="9,999.99")
                  for n, part_id in enumerate(parts, start=1))
    draft = estimate.EstimateDraft(longest(limits.DIAGNOSIS, kind), labour, lines, notify_above="9,999,999.99",
                                   may_replace_found_parts=True)
    walk(Role.ADVISOR, estimate.save_estimate, order_id, draft)
    walk(Role.ADVISOR, estimate.confirm, order_id, customer_name=longest(limits.CONFIRMED_BY, kind))


def _work(walk: Walk, kind: str, order_id: int, parts: list[int]) -> None:
    ticket = walk.read(work_order.ticket_view, order_id)
    for line in ticket.labour:
        walk(Role.FOREMAN, work_order.dispatch, order_id, line.id, longest(limits.TEAM, kind, str(line.seq)), None)
        walk(Role.FOREMAN, work_order.start_line, order_id, line.id)
    proposal = added_work.Proposal(longest(limits.ADDED_WORK, kind), labour=(
        added_work.AddedLabour("99", name=longest(limits.LINE_NAME, kind, "A")),))
    proposed = walk(Role.INSPECTOR, added_work.propose, order_id, proposal)
    walk(Role.ADVISOR, added_work.record_answer, proposed.approval_id, clock.now(), "phone",
         longest(limits.ANSWERED_BY, kind), True)
    for line in walk.read(work_order.ticket_view, order_id).labour:
        if line.team == "":
            walk(Role.FOREMAN, work_order.dispatch, order_id, line.id, longest(limits.TEAM, kind, "A"), None)
            walk(Role.FOREMAN, work_order.start_line, order_id, line.id)
    walk(Role.STORE, picking_actions.issue_all, order_id)
    screen = walk(Role.STORE, picking_actions.request_extra, order_id, parts[0], "1",
                  longest(limits.EXTRA_PART_REASON, kind))
    extra = next(line for line in screen.lines if line.kind == "extra")
    walk(Role.INSPECTOR, picking_actions.decide_extra, extra.approval_id, True, longest(limits.REASON, kind))
    walk(Role.STORE, picking_actions.issue, extra.id)
    walk(Role.ADVISOR, picking_actions.accept_extra, extra.id, True, longest(limits.REASON, kind))
    for line in walk.read(work_order.ticket_view, order_id).labour:
        walk(Role.FOREMAN, work_order.finish_line, order_id, line.id)
    walk(Role.FOREMAN, work_order.report_finished, order_id)


def _final_qc(walk: Walk, kind: str, order_id: int) -> None:
    mark = intake.DamageMarkInput(BodyView.FRONT, 500, 500, DamageKind.DENT, longest(limits.DAMAGE_NOTE, kind, "Q"))
    view = walk(Role.INSPECTOR, qc.add_new_damage, order_id, mark)
    new = next(m for m in view.damage if m.found_at == "qc")
    walk(Role.INSPECTOR, qc.resolve_new_damage, order_id, new.id, longest(limits.DAMAGE_RESOLVED, kind))
    view = walk.read(qc.qc_view, order_id)
    template = qc_templates.current().get(view.default_template)
    keys = [line.key for line in view.lines] + [item.key for item in template.items()]
    items = tuple(ItemAnswer(key, Result.PASS, longest(limits.QC_NOTE, kind, key)) for key in keys)
    measurements = tuple(MeasurementAnswer(m.key, GOOD_READINGS.get(m.key, {}), note=longest(limits.QC_NOTE, kind))
                         for m in template.measurements)
    form = QcForm(template.id, items, measurements, no_new_damage=True, mileage="9,999,999",
                  remarks=longest(limits.QC_REMARKS, kind))
    outcome = walk(Role.INSPECTOR, qc.pass_qc, order_id, form)
    assert outcome.certificate_no


def _settle_and_deliver(walk: Walk, kind: str, order_id: int) -> None:
    walk(Role.CASHIER, checkout.add_discount, order_id, "0.01", longest(limits.REASON, kind))
    walk(Role.CASHIER, checkout.record_exit_details, order_id, "9,999,999", None)
    owed = walk.read(checkout_state.checkout_state, order_id).balance
    walk(Role.CASHIER, checkout.take_payment, order_id, "card", owed - 1, note=longest(limits.PAYMENT_NOTE, kind))
    walk(Role.CASHIER, checkout.take_payment, order_id, "cash", "1", "9,999,999.99",
         note=longest(limits.PAYMENT_NOTE, kind))
    handover = delivery.Handover(True, True, True, True, postponed=tuple(
        longest(limits.POSTPONED, kind, str(n)) for n in range(3)))
    walk(Role.ADVISOR, delivery.deliver, order_id, handover)


@pytest.fixture(params=KINDS)
def longest_order(request: pytest.FixtureRequest, db: Database, people: dict[Role, int]) -> Iterator[str]:
    kind = request.param
    walk = Walk(db, people)
    _garage_and_people(walk, kind)
    parts = _catalog(walk, kind)
    order_id = _receive(walk, kind)
    _estimate(walk, kind, order_id, parts)
    _work(walk, kind, order_id, parts)
    _final_qc(walk, kind, order_id)
    _settle_and_deliver(walk, kind, order_id)
    with db.session_scope(write=False) as session:
        from garage_desktop.db.models import RepairOrder

        order = session.get(RepairOrder, order_id)
        assert order is not None and order.status is OrderStatus.DELIVERED
        order_no = order.order_no
    yield order_no


def _vehicle_record(db: Database, order_no: str, language: str) -> bytes:
    """The vehicle's repair record (維修檔案), printed from the vehicle history window rather than the command line."""
    from sqlalchemy import select

    from garage_desktop.db.models import RepairOrder
    from garage_desktop.printing.vehicle_record import render_vehicle_record
    from garage_desktop.services import vehicle_history

    with db.session_scope() as session:
        vehicle_id = session.scalars(select(RepairOrder.vehicle_id).where(RepairOrder.order_no == order_no)).one()
        doc = vehicle_history.record_doc(session, vehicle_id)
    return render_vehicle_record(doc, language=language)


def _print(db: Database, document: str, order_no: str, language: str, out: Path) -> int:
    parser = argparse.ArgumentParser()
    add_print_commands(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["print", document, order_no, "--db", db.url.removeprefix("sqlite:///"),
                              "--out", str(out), "--lang", language])
    return run_print(args)


@pytest.fixture
def cut_cells(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The table cells a printout cut short with "…" (``layout.Capped``)."""
    cut: list[str] = []
    wrap = layout.Capped.wrap

    def recording(self: layout.Capped, width: float, height: float) -> tuple[float, float]:
        size = wrap(self, width, height)
        if len(self.parts) > 1:
            cut.append(f"{len(self.paragraph.text)} chars {width:.0f} wide: {self.paragraph.text[:20]}")
        return size

    monkeypatch.setattr(layout.Capped, "wrap", recording)
    return cut


@pytest.mark.parametrize("language", ["zh_TW", "en"])
def test_every_document_prints_with_every_text_at_its_longest(db: Database, longest_order: str, language: str,
                                                              tmp_path: Path, cut_cells: list[str],
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """Every document prints, and no text within its limit is cut short."""
    for document in DOCUMENTS:
        out = tmp_path / f"{document}.pdf"
        assert _print(db, document, longest_order, language, out) == 0, capsys.readouterr().err
        pages = PdfReader(io.BytesIO(out.read_bytes())).pages
        assert 1 <= len(pages) <= 12, (document, len(pages))
    assert PdfReader(io.BytesIO(_vehicle_record(db, longest_order, language))).pages
    assert cut_cells == []


# Texts as long as they were before the limits (the issue's 6,000-character complaint): written straight into
# the database, as an older version of the program let them be typed.
LEGACY = {"repair_order": ("complaint", "diagnosis", "confirmed_customer_name"),
          "intake_inspection": ("items_left", "notes"), "damage_mark": ("note", "resolved_note"),
          "labour_line": ("name", "team"), "part_line": ("name", "spec", "unit"), "customer": ("name", "address"),
          "vehicle": ("make", "model"), "payment": ("note",), "discount": ("reason",),
          "approval": ("description", "answered_by")}


@pytest.mark.sqlite_only("PostgreSQL enforces the columns' lengths: no older program stored longer texts there")
@pytest.mark.parametrize("longest_order", ["chinese"], indirect=True)
def test_texts_stored_before_the_limits_still_print(db: Database, longest_order: str, tmp_path: Path,
                                                    cut_cells: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """A free text runs onto the next pages (the complaint prints whole); a table cell is cut short with "…"
    rather than stop the printout with a LayoutError."""
    from sqlalchemy import text

    with db.engine.begin() as connection:
        for table, columns in LEGACY.items():
            for column in columns:
                connection.execute(text(f"UPDATE {table} SET {column} = :long || id"),
                                   {"long": ("發動機冷車啟動異響，" * 600)[:6000]})
    for document in DOCUMENTS:
        out = tmp_path / f"{document}.pdf"
        assert _print(db, document, longest_order, "zh_TW", out) == 0, capsys.readouterr().err
        assert PdfReader(io.BytesIO(out.read_bytes())).pages
    assert PdfReader(io.BytesIO(_vehicle_record(db, longest_order, "zh_TW"))).pages
    assert cut_cells  # the customer's 6,000-character name, for one
