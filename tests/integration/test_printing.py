"""The printed paperwork: the 維修工單 (customer's copy with prices, workshop's copy without), the 派工單 per
team, the embedded font, pagination of long orders, and the ``print`` command line."""

from __future__ import annotations

import argparse
import io
import re
import shutil
import struct
import subprocess
import sys
import textwrap
from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from garage_desktop.cli_print import add_print_commands, run_print
from garage_desktop.db.engine import Database
from garage_desktop.db.models import (
    Approval,
    Customer,
    DamageMark,
    IntakeInspection,
    LabourLine,
    PartLine,
    RepairOrder,
    Vehicle,
)
from garage_desktop.documents.order import WorkOrderDoc
from garage_desktop.domain.classes import BodyView, DamageKind, JobClass, Payer, RegulatoryClass, Role
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.domain.pricing import labour_amount, part_amount, split_tax
from garage_desktop.printing import dispatch_slips_pdf, work_order_pdf
from garage_desktop.printing.labels import ZH_TW
from garage_desktop.services import audit, clock, documents
from garage_desktop.services import settings as garage_settings

NOW = datetime(2026, 11, 28, 10, 0)
ORDER_NO = "WO20261128-007"
PLATE = "京A12345"
RATE = Decimal("100.00")


@pytest.fixture(autouse=True)
def fixed_clock() -> None:
    clock.set_fixed(NOW)


def save_profile(db: Database, owner: int) -> None:
    with db.session_scope() as session:
        current = garage_settings.load(session)
        garage_settings.save(session, owner, replace(
            current, garage_name="明輝汽車維修服務有限公司", garage_address="台北市中山區民權東路三段88號",
            garage_phone="02-2503-8888", licence_no="交運許字110101234567號", tax_id="91110105MA01ABCD2X",
            tax_rate=Decimal("0.13"), prices_include_tax=True))


def make_order(db: Database, people: dict[Role, int], *, labour: int = 2, parts: int = 2,
               teams: tuple[str, ...] = ("一組", "二組"), order_no: str = ORDER_NO) -> int:
    """A confirmed order: customer, vehicle, intake with damage marks, labour lines priced with
    ``labour_amount`` (the first is 1.5 h × 100.00 × 1.2 = 180.00), part lines."""
    advisor = people[Role.ADVISOR]
    with db.session_scope() as session:
        customer = Customer(name="林志明", phone="13800138000", created_at=NOW)
        vehicle = Vehicle(customer=customer, plate=PLATE, vin="LSVAU2180N2123456", make="大眾", model="帕薩特",
                          created_at=NOW)
        order = RepairOrder(
            order_no=order_no, status=OrderStatus.CONFIRMED, customer=customer, vehicle=vehicle,
            job_class=JobClass.MEDIUM, regulatory_class=RegulatoryClass.LEVEL2_MAINTENANCE, payer=Payer.SELF,
            complaint="剎車時有異響，踩剎車方向盤抖動", diagnosis="前剎車片磨損到極限",
            notify_above=Decimal("500.00"), may_replace_found_parts=True,
            promised_at=datetime(2026, 11, 29, 17, 0), original_promised_at=datetime(2026, 11, 29, 17, 0),
            mileage_in=45230, fuel_level=4, created_at=NOW, updated_at=NOW, received_at=NOW,
            received_by_id=advisor, confirmed_at=NOW, confirmed_by_id=advisor)
        session.add(order)
        session.add(IntakeInspection(order=order, mileage=45230, fuel_level=4, items_left="雨傘一把", inspected_at=NOW,
                                     damage_marks=[DamageMark(view=BodyView.LEFT, x=300, y=600,
                                                              kind=DamageKind.SCRATCH, note="左前門下沿"),
                                                   DamageMark(view=BodyView.FRONT, x=700, y=700,
                                                              kind=DamageKind.DENT)]))
        for seq in range(1, labour + 1):
            hours = Decimal("1.5") if seq == 1 else Decimal("0.8") + Decimal(seq % 5) / 10
            coefficient = Decimal("1.2") if seq % 2 else Decimal("1.0")
            session.add(LabourLine(order=order, seq=seq, operation_code=f"OP{seq:03d}", name=f"維修作業第{seq}項",
                                   standard_hours=hours, rate=RATE, coefficient=coefficient,
                                   amount=labour_amount(hours, RATE, coefficient), team=teams[(seq - 1) % len(teams)]))
        for seq in range(1, parts + 1):
            quantity = Decimal(4) if seq == 2 else Decimal(1)
            session.add(PartLine(order=order, seq=seq, name=f"配件{seq}", spec="博世 0986AB1234", unit="套",
                                 origin="equivalent" if seq == 2 else "oem", planned_qty=quantity,
                                 unit_price=Decimal("256.50"), customer_supplied=False))
        session.flush()
        return order.id


def pages_text(pdf: bytes) -> list[str]:
    """The text of each page, whitespace removed (CJK titles are letter-spaced)."""
    return [re.sub(r"\s+", "", page.extract_text() or "") for page in PdfReader(io.BytesIO(pdf)).pages]


def work_order(db: Database, order_id: int) -> WorkOrderDoc:
    with db.session_scope() as session:
        return documents.work_order_doc(session, order_id)


@pytest.fixture
def order_id(db: Database, people: dict[Role, int]) -> int:
    save_profile(db, people[Role.OWNER])
    return make_order(db, people)


def test_customer_copy_shows_the_garage_order_vehicle_prices_and_answers(db: Database, order_id: int) -> None:
    doc = work_order(db, order_id)
    text = "".join(pages_text(work_order_pdf(doc, copies=("customer",))))
    for label in ("維修工單", "委託書", "客戶聯", "客戶", "車牌號", "車架號(VIN)", "廠牌車型", "進廠里程", "燃油",
                  "故障現象", "接車檢查", "車內物品", "維修項目", "工時定額", "工時單價", "技術複雜係數", "工時費",
                  "計劃用料", "材料費", "預計費用", "超過此金額須通知客戶", "維修中發現其他損壞部件是否可更換",
                  "預計完工時間", "結算方式", "自付", "三包", "索賠", "客戶簽名", "服務接待", "原廠", "同質"):
        assert label in text, label
    for value in ("明輝汽車維修服務有限公司", "02-2503-8888", "交運許字110101234567號", "91110105MA01ABCD2X",
                  ORDER_NO, PLATE, "LSVAU2180N2123456", "大眾帕薩特", "45,230km", "4/8", "林志明", "王小明",
                  "剎車時有異響", "雨傘一把", "左前門下沿", "2026-11-2917:00", "¥500.00"):
        assert value in text, value
    # the first labour line: 1.5 h × 100.00 × 1.2 = 180.00, each factor printed
    assert "1.5100.001.2180.00" in text
    assert "1,026.00" in text  # 4 × 256.50


def test_totals_add_the_lines_and_split_out_the_vat(db: Database, order_id: int) -> None:
    doc = work_order(db, order_id)
    labour = labour_amount(Decimal("1.5"), RATE, Decimal("1.2")) + labour_amount(Decimal("1.0"), RATE)
    parts = part_amount(Decimal(1), Decimal("256.50")) + part_amount(Decimal(4), Decimal("256.50"))
    split = split_tax(labour + parts, Decimal("0.13"), prices_include_tax=True)
    assert (doc.totals.labour, doc.totals.parts, doc.totals.gross) == (labour, parts, labour + parts)
    text = "".join(pages_text(work_order_pdf(doc, copies=("customer",))))
    for amount in (labour, parts, split.net, split.tax):
        assert f"{amount:,.2f}" in text
    assert f"¥{split.gross:,.2f}" in text
    assert "增值稅13%" in text and "合計（含稅）" in text


def test_workshop_copy_has_the_work_but_no_price_or_amount(db: Database, order_id: int) -> None:
    doc = work_order(db, order_id)
    text = "".join(pages_text(work_order_pdf(doc, copies=("workshop",))))
    for expected in ("車間聯", "維修工單", ORDER_NO, PLATE, "維修作業第1項", "配件2", "工時定額", "班組", "一組",
                     "維修記錄", "班組長", "檢驗員", "剎車時有異響", "接車檢查"):
        assert expected in text, expected
    assert "客戶聯" not in text and "委託書" not in text
    amounts = {money for line in doc.labour for money in (line.rate, line.amount)}
    amounts |= {money for line in doc.parts for money in (line.unit_price, line.amount)}
    amounts |= {doc.totals.labour, doc.totals.parts, doc.totals.gross, doc.totals.tax, doc.notify_above}
    for amount in amounts:
        assert f"{amount:,.2f}" not in text, amount
    assert "¥" not in text and "工時單價" not in text and "金額" not in text
    assert not re.search(r"\d\.\d\d(?!\d)", text), "something priced is printed"


def test_both_copies_in_one_pdf_each_numbered_on_its_own(db: Database, order_id: int) -> None:
    pages = pages_text(work_order_pdf(work_order(db, order_id)))
    assert len(pages) == 2
    assert "客戶聯" in pages[0] and "第1頁/共1頁" in pages[0]
    assert "車間聯" in pages[1] and "第1頁/共1頁" in pages[1]


def test_the_bundled_truetype_font_is_embedded_and_no_other(db: Database, order_id: int) -> None:
    reader = PdfReader(io.BytesIO(work_order_pdf(work_order(db, order_id))))
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[font["/BaseFont"]] = font
    assert fonts
    for name, font in fonts.items():
        assert "WenQuanYi" in name, name
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, f"{name} is not an embedded TrueType font"
        assert descriptor["/FontFile2"].get_object().get_data()


def test_forty_lines_run_onto_more_pages_with_the_headers_repeated(db: Database, people: dict[Role, int]) -> None:
    save_profile(db, people[Role.OWNER])
    order_id = make_order(db, people, labour=40, parts=6)
    doc = work_order(db, order_id)
    pages = pages_text(work_order_pdf(doc, copies=("customer",)))
    assert len(pages) > 1
    for number, page in enumerate(pages, start=1):
        assert "維修工單" in page and ORDER_NO in page and "明輝汽車維修服務有限公司" in page
        assert f"第{number}頁/共{len(pages)}頁" in page
    assert "維修作業第40項" in pages[1]
    assert "維修項目" in pages[1] and "工時定額" in pages[1] and "技術複雜係數" in pages[1], "header repeated"
    everything = "".join(pages)
    assert all(f"維修作業第{n}項" in everything for n in range(1, 41))
    assert f"¥{doc.totals.gross:,.2f}" in pages[-1] and "客戶簽名" in pages[-1]
    assert everything.count("維修作業第1項") == 1, "no line printed twice"


def test_dispatch_slips_one_per_team_with_only_that_teams_lines(db: Database, people: dict[Role, int]) -> None:
    save_profile(db, people[Role.OWNER])
    order_id = make_order(db, people, labour=5, teams=("二組", "一組"))
    mechanic = people[Role.FOREMAN]  # in team 一組 (tests/conftest.py)
    with db.session_scope() as session:
        lines = session.get(RepairOrder, order_id).labour_lines
        lines[4].team, lines[4].mechanic_id = "", mechanic  # dispatched to a person: goes with that person's team
        audit.exempt(session, "test data changed directly")
    with db.session_scope() as session:
        slips = documents.dispatch_slip_docs(session, order_id)
    assert [slip.team for slip in slips] == ["二組", "一組"]
    assert [line.seq for line in slips[0].lines] == [1, 3]
    assert [line.seq for line in slips[1].lines] == [2, 4, 5]
    assert slips[1].lines[-1].mechanic == "張班長"
    pages = pages_text(dispatch_slips_pdf(slips))
    assert len(pages) == 2
    for page, team, mine, others in ((pages[0], "二組", (1, 3), (2, 4, 5)), (pages[1], "一組", (2, 4, 5), (1, 3))):
        for label in ("派工單", "班組", team, ORDER_NO, PLATE, "大眾帕薩特", "2026-11-2917:00", "維修工", "開工時間",
                      "完工時間", "班組長", "檢驗員"):
            assert label in page, label
        assert all(f"維修作業第{n}項" in page for n in mine)
        assert not any(f"維修作業第{n}項" in page for n in others)
        assert "100.00" not in page and "¥" not in page


def test_added_work_prints_only_once_the_customer_approved_it(db: Database, order_id: int,
                                                               people: dict[Role, int]) -> None:
    with db.session_scope() as session:
        order = session.get(RepairOrder, order_id)
        for seq, name, approved in ((10, "追加：更換雨刷", True), (11, "追加：更換輪胎", None), (12, "追加：噴漆", False)):
            approval = Approval(order_id=order.id, kind="added_work", description=name, proposed_at=NOW,
                                approved=approved)
            session.add(approval)
            session.flush()
            session.add(LabourLine(order=order, seq=seq, name=name, standard_hours=Decimal(1), rate=RATE,
                                   coefficient=Decimal(1), amount=RATE, added=True, approval_id=approval.id,
                                   team="一組"))
    doc = work_order(db, order_id)
    assert [line.name for line in doc.labour if line.added] == ["追加：更換雨刷"]
    text = "".join(pages_text(work_order_pdf(doc, copies=("customer",))))
    assert "追加：更換雨刷[追加]" in text
    assert "更換輪胎" not in text and "噴漆" not in text
    with db.session_scope() as session:
        slips = documents.dispatch_slip_docs(session, order_id)
    assert "追加：更換輪胎" not in [line.name for slip in slips for line in slip.lines]


def test_english_printout_uses_the_english_labels(db: Database, order_id: int) -> None:
    text = "".join(pages_text(work_order_pdf(work_order(db, order_id), language="en")))
    for label in ("Workorder/repairauthorization", "Customercopy", "Workshopcopy", "Plate", "Standardhours",
                  "Notifythecustomerabovethisamount", "Page1of"):
        assert label in text, label


def test_every_printed_label_has_its_chinese_text() -> None:
    assert all(text.strip() for text in ZH_TW.values())
    assert not any(re.fullmatch(r"[A-Za-z .,()'/#%{}-]+", text) for key, text in ZH_TW.items()
                   if key not in ("#",)), "an untranslated label"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_pdftotext_reads_the_chinese(db: Database, order_id: int, tmp_path: Path) -> None:
    path = tmp_path / "wo.pdf"
    path.write_bytes(work_order_pdf(work_order(db, order_id)))
    text = re.sub(r"\s+", "", subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                                             capture_output=True, text=True).stdout)
    for expected in ("維修工單", "客戶聯", "車間聯", PLATE, ORDER_NO, "180.00", "超過此金額須通知客戶"):
        assert expected in text, expected


# ---------------------------------------------------------------- the command line

def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="garage-desktop")
    parser.add_argument("--db")
    parser.add_argument("--lang", default="zh_TW")
    add_print_commands(parser.add_subparsers(dest="command"))
    return parser.parse_args(argv)


def db_file(db: Database) -> str:
    return db.url.removeprefix("sqlite:///")


def test_cli_writes_the_work_order(db: Database, order_id: int, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "reprint.pdf"
    assert run_print(parse("print", "work-order", ORDER_NO.lower(), "--db", db_file(db), "--out", str(out))) == 0
    pages = pages_text(out.read_bytes())
    assert "客戶聯" in pages[0] and "車間聯" in pages[-1] and PLATE in pages[0]
    assert str(out) in capsys.readouterr().out


def test_cli_prints_one_copy_on_request(db: Database, order_id: int, tmp_path: Path) -> None:
    out = tmp_path / "workshop.pdf"
    args = parse("print", "work-order", ORDER_NO, "--db", db_file(db), "--out", str(out), "--copy", "workshop")
    assert run_print(args) == 0
    text = "".join(pages_text(out.read_bytes()))
    assert "車間聯" in text and "客戶聯" not in text


def test_cli_writes_the_dispatch_slips(db: Database, order_id: int, tmp_path: Path) -> None:
    out = tmp_path / "slips.pdf"
    assert run_print(parse("--db", db_file(db), "print", "dispatch-slip", ORDER_NO, "--out", str(out))) == 0
    pages = pages_text(out.read_bytes())
    assert len(pages) == 2 and all("派工單" in page for page in pages)


def test_cli_refuses_an_unknown_order_clearly(db: Database, order_id: int, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "none.pdf"
    assert run_print(parse("print", "work-order", "WO19990101-001", "--db", db_file(db), "--out", str(out))) == 1
    assert "there is no order WO19990101-001" in capsys.readouterr().err
    assert not out.exists()


def test_cli_refuses_a_missing_database_without_creating_it(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nowhere.sqlite3"
    assert run_print(parse("print", "dispatch-slip", ORDER_NO, "--db", str(missing),
                           "--out", str(tmp_path / "x.pdf"))) == 1
    assert "no database file" in capsys.readouterr().err
    assert not missing.exists()


# ---------------------------------------------------------------- font subsets (printing/fonts.py)

def embedded_glyphs(pdf: bytes) -> dict[str, bytes]:
    """Every character a PDF's embedded font subsets map (through ToUnicode), with the outline data of the
    glyph the subset draws for it (parsed from the subset font: cmap format 6, loca, glyf)."""
    glyphs: dict[str, bytes] = {}
    reader = PdfReader(io.BytesIO(pdf))
    fonts = {font.get_object()["/BaseFont"]: font.get_object() for page in reader.pages
             for font in page["/Resources"]["/Font"].values()}
    for font in fonts.values():
        codes = {int(code, 16): chr(int(uni, 16)) for code, uni in
                 re.findall(r"<([0-9A-F]{2})> <([0-9A-F]{4})>", font["/ToUnicode"].get_object().get_data().decode())}
        ttf = font["/FontDescriptor"]["/FontFile2"].get_object().get_data()
        tables = {ttf[12 + 16 * i:16 + 16 * i].decode(): struct.unpack(">II", ttf[20 + 16 * i:28 + 16 * i])
                  for i in range(struct.unpack(">H", ttf[4:6])[0])}
        start, _ = tables["cmap"]
        subtable = start + struct.unpack(">I", ttf[start + 8:start + 12])[0]
        assert struct.unpack(">H", ttf[subtable:subtable + 2])[0] == 6  # ReportLab writes a format 6 cmap
        count = struct.unpack(">H", ttf[subtable + 8:subtable + 10])[0]
        glyph_ids = struct.unpack(f">{count}H", ttf[subtable + 10:subtable + 10 + 2 * count])
        (head, _), (loca, loca_length), (glyf, _) = tables["head"], tables["loca"], tables["glyf"]
        long_offsets = struct.unpack(">h", ttf[head + 50:head + 52])[0]
        offsets = (struct.unpack(f">{loca_length // 4}I", ttf[loca:loca + loca_length]) if long_offsets else
                   [2 * x for x in struct.unpack(f">{loca_length // 2}H", ttf[loca:loca + loca_length])])
        for code, char in codes.items():
            gid = glyph_ids[code]
            glyphs.setdefault(char, ttf[glyf + offsets[gid]:glyf + offsets[gid + 1]])
    return glyphs


def assert_every_glyph_embedded(pdf: bytes, text: str) -> None:
    """Each character on the pages has its own glyph embedded: the subset's outline is the bundled font's."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    from garage_desktop.paths import font_path

    original = TTFontFile(str(font_path()))
    glyf = original.get_table_pos("glyf")[0]
    glyphs = embedded_glyphs(pdf)
    for char in set(text) - set(" \n\u3000"):
        assert char in glyphs, f"{char!r} has no glyph in the PDF"
        gid = original.charToGlyph[ord(char)]
        start, end = original.glyphPos[gid], original.glyphPos[gid + 1]
        outline = original._ttf_data[glyf + start:glyf + end]
        if outline[:2] != b"\xff\xff":  # composite glyphs have their component numbers renumbered
            assert glyphs[char] == outline, f"{char!r} is drawn with another glyph"


def test_orders_printed_one_after_another_each_embed_every_glyph_they_print(db: Database, order_id: int) -> None:
    """The fixed wording comes from the subset cache, the order's own text from a subset made for it: two
    different orders (even of another garage), then the first again (all cached), each show and embed all of
    their text."""
    from reportlab.pdfbase.pdfmetrics import getFont

    from garage_desktop.printing.fonts import register_font

    first = work_order(db, order_id)
    second = replace(first, garage=replace(first.garage, name="永興汽車保養廠"), customer_name="蕭嘉穎", plate="粵B9Q7W2", make_model="馬自達 阿特茲",
                     complaint="冷氣不冷，鼓風機噪音", items_left="嬰兒座椅",
                     labour=tuple(replace(line, name=f"{name}（第{line.seq}項）") for line, name in
                                  zip(first.labour, ("更換壓縮機皮帶", "清潔蒸發箱"), strict=True)))
    font = getFont(register_font())
    hits = font.hits
    for doc, expected in ((first, ("林志明", PLATE, "維修作業第1項", "剎車時有異響", "雨傘一把")),
                          (second, ("永興汽車保養廠", "蕭嘉穎", "粵B9Q7W2", "更換壓縮機皮帶（第1項）", "冷氣不冷", "嬰兒座椅")),
                          (first, ("林志明", PLATE, "維修作業第2項"))):
        pdf = work_order_pdf(doc)
        text = "".join(pages_text(pdf))
        for value in (*expected, "維修工單", "客戶聯", "車間聯", "超過此金額須通知客戶", "第1頁/共1頁"):
            assert value in text, value
        assert_every_glyph_embedded(pdf, text)
    assert font.hits >= hits + 3, "the work order's fixed wording did not come from the subset cache"


def test_a_cached_subset_is_byte_for_byte_reportlabs_own(tmp_path: Path) -> None:
    """The same page drawn with ReportLab's own TTFont (in a fresh process) and with ours, built and then
    from the cache, gives the same PDF bytes."""
    script = tmp_path / "render.py"
    script.write_text(textwrap.dedent('''
        import io, sys
        sys.path.insert(0, sys.argv[2])  # this checkout's garage_desktop
        from reportlab import rl_config
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen.canvas import Canvas
        from garage_desktop.paths import font_path

        def render(text):
            buffer = io.BytesIO()
            canvas = Canvas(buffer, invariant=1)
            canvas.setFont("WenQuanYiMicroHei", 12)
            for i in range(0, len(text), 40):
                canvas.drawString(40, 800 - 15 * i // 40, text[i:i + 40])
            canvas.showPage()
            canvas.save()
            return buffer.getvalue()

        text = "維修工單 京A12345 ¥1,280.50 " + "".join(chr(0x4E00 + 7 * i) for i in range(300))
        if sys.argv[1] == "stock":
            rl_config.useA85 = 0  # as register_font sets it
            pdfmetrics.registerFont(TTFont("WenQuanYiMicroHei", str(font_path()), asciiReadable=False))
            sys.stdout.write(render(text).hex())
        else:
            from garage_desktop.printing.fonts import register_font
            register_font()
            built, cached = render(text), render(text)
            assert pdfmetrics.getFont("WenQuanYiMicroHei").hits == 2  # two subsets, then both cached
            assert built == cached
            sys.stdout.write(cached.hex())
    '''))
    root = str(Path(__file__).resolve().parents[2])
    outputs = [subprocess.run([sys.executable, str(script), mode, root], check=True, capture_output=True,
                              text=True).stdout for mode in ("stock", "cached")]
    assert outputs[0] and outputs[0] == outputs[1]


def test_the_page_streams_are_deflated(db: Database, order_id: int) -> None:
    for page in PdfReader(io.BytesIO(work_order_pdf(work_order(db, order_id)))).pages:
        contents = page["/Contents"].get_object()
        assert contents["/Filter"] in ("/FlateDecode", ["/FlateDecode"])
        assert b"Tj" in contents.get_data()
