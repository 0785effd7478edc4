"""Benchmark: the 維修工單 with 40 lines against a bare ReportLab document with the same tables and font.

The work order (customer's copy: header, order block, diagram, labour and parts tables, totals, signatures)
must render in at most 1.5× the time of the bare document: a SimpleDocTemplate holding only the labour and
parts tables, same rows and cells, same embedded TrueType font (the same registered font object, so whatever
the font does for the work order it does for the bare document too). Both run in the same process,
interleaved, after a warm-up; the figure is the median of the runs. Two rounds, both must pass:

- the same order every run (the classic figure: repeated renders of one document);
- a different order every run (other customer, car, jobs and parts, in another order), the bare document
  built from the same order as the work order each time: as at the counter, where no two orders are alike,
  so nothing that depends on the exact text of an order can come from a cache.

Prints both medians and the ratio of each round; exits 1 when either ratio is above the limit.

    python benchmarks/bench_print.py [--runs 15] [--lines 40]
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from garage_desktop.documents.order import (
    DamageMarkDoc,
    GarageHeader,
    LabourLineDoc,
    PartLineDoc,
    TotalsDoc,
    WorkOrderDoc,
)
from garage_desktop.domain.pricing import labour_amount, part_amount, split_tax, total

LIMIT = 1.5
JOBS = ["更換前剎車片", "更換機油及機油濾清器", "四輪定位檢測調整", "空調系統檢查及加註冷媒 R134a",
        "更換火花塞（四缸）", "檢查底盤懸掛及轉向機構，緊固各部螺栓", "清洗節氣門", "更換正時皮帶及張緊輪"]
PARTS = [("前剎車片", "博世 0986AB1234", "oem", "套"), ("機油 5W-30", "美孚 1號 4L", "equivalent", "桶"),
         ("機油濾清器", "曼牌 W712/75", "oem", "個"), ("火花塞", "NGK ILKAR7B11", "oem", "支")]
# For the round with a different order every run: a garage's catalogue and its customers.
MORE_JOBS = JOBS + [
    "更換後剎車片", "更換空氣濾清器", "更換空調濾芯", "更換變速箱油", "更換冷卻液", "更換剎車油", "更換雨刷片",
    "輪胎換位及動平衡", "更換蓄電池", "檢修發電機", "更換前減震器", "更換下擺臂球頭", "清洗噴油嘴", "更換水泵",
    "更換燃油濾清器", "檢修車窗升降器", "更換轉向拉桿球頭", "補胎", "更換排氣管吊膠", "檢查燈光系統，更換近光燈泡",
    "更換離合器片", "更換半軸防塵套", "發動機艙清洗", "更換節溫器", "檢修天窗排水管", "更換氧感測器"]
MORE_PARTS = PARTS + [
    ("後剎車片", "菲羅多 FDB4050", "equivalent", "套"), ("空氣濾清器", "馬勒 LX1566", "oem", "個"),
    ("空調濾芯", "曼牌 CUK2939", "equivalent", "個"), ("變速箱油", "愛信 AFW+ 1L", "oem", "瓶"),
    ("冷卻液", "殼牌 -35℃ 4L", "equivalent", "桶"), ("剎車油", "博世 DOT4 1L", "oem", "瓶"),
    ("雨刷片", "法雷奧 26/16 吋", "equivalent", "對"), ("蓄電池", "瓦爾塔 60Ah", "oem", "個"),
    ("前減震器", "蒙諾 G16546", "repaired", "支"), ("水泵", "格瑞 GWV-54A", "equivalent", "個")]
SURNAMES = "林陳張李王黃吳劉蔡楊許鄭謝洪郭邱曾廖賴徐周葉蘇莊呂江何蕭羅高"
GIVEN = ["志明", "淑芬", "建宏", "美玲", "俊傑", "雅婷", "家豪", "怡君", "冠宇", "佩珊", "宗翰", "靜怡", "承恩", "心怡"]
CARS = ["大眾 帕薩特 2.0T", "豐田 卡羅拉 1.8", "本田 雅閣 1.5T", "日產 軒逸 1.6", "別克 君越 2.0T",
        "馬自達 阿特茲 2.5", "現代 索納塔 2.0", "福特 福克斯 1.5T", "起亞 獅跑 2.0", "斯柯達 明銳 1.4T"]
COMPLAINTS = ["剎車時有異響，踩剎車方向盤抖動。", "冷車啟動困難，怠速不穩。", "空調不涼，出風口有異味。",
              "高速行駛時車身抖動，方向盤跑偏。", "儀表盤故障燈亮，加速無力。", "下雨後車內地毯潮濕。"]


def sample_order(lines: int, variant: int | None = None) -> WorkOrderDoc:
    """A work order of ``lines`` lines: three quarters labour, the rest parts.

    ``variant`` None is the classic sample; a number draws another order (customer, car, complaint, jobs and
    parts from a garage's catalogue, in another order) — the same number, the same order.
    """
    pick = random.Random(variant)
    if variant is None:
        jobs, parts_pool = JOBS, PARTS
        name, phone, plate, car, complaint = "林志明", "13800138000", "京A12345", "大眾 帕薩特 2.0T", \
            "剎車時有異響，踩剎車方向盤抖動。"
    else:
        jobs, parts_pool = pick.sample(MORE_JOBS, len(MORE_JOBS)), pick.sample(MORE_PARTS, len(MORE_PARTS))
        name = pick.choice(SURNAMES) + pick.choice(GIVEN)
        phone = f"139{pick.randrange(10 ** 8):08d}"
        plate = pick.choice("京滬粵蘇浙魯川鄂閩湘") + pick.choice("ABCDEFG") + f"{pick.randrange(10 ** 5):05d}"
        car, complaint = pick.choice(CARS), pick.choice(COMPLAINTS)
    labour_count = lines * 3 // 4
    rate = Decimal("100.00")
    labour = []
    for seq in range(1, labour_count + 1):
        hours = Decimal("0.5") + Decimal(seq % 6) / 4
        coefficient = Decimal("1.2") if seq % 2 else Decimal("1.0")
        labour.append(LabourLineDoc(seq, jobs[seq % len(jobs)], hours, rate, coefficient,
                                    labour_amount(hours, rate, coefficient), team="一組", mechanic="張師傅"))
    parts = []
    for seq in range(1, lines - labour_count + 1):
        part, spec, origin, unit = parts_pool[seq % len(parts_pool)]
        quantity, price = Decimal(1 + seq % 3), Decimal("128.50")
        parts.append(PartLineDoc(seq, part, quantity, price, part_amount(quantity, price), spec=spec, origin=origin,
                                 unit=unit))
    labour_total, parts_total = total([x.amount for x in labour]), total([x.amount for x in parts])
    split = split_tax(labour_total + parts_total, Decimal("0.13"), prices_include_tax=True)
    return WorkOrderDoc(
        garage=GarageHeader("明輝汽車維修服務有限公司", "台北市中山區民權東路三段 88 號", "02-2503-8888",
                            "交運許字 110101234567 號", "91110105MA01ABCD2X"),
        order_no="WO20261128-001", printed_at=datetime(2026, 11, 28, 10, 0), job_class="medium",
        regulatory_class="level2_maintenance", payer="self", customer_name=name, customer_phone=phone,
        plate=plate, vin="LSVAU2180N2123456", make_model=car, labour=tuple(labour),
        parts=tuple(parts), totals=TotalsDoc(labour_total, parts_total, split.net, split.tax, split.gross,
                                             Decimal("0.13"), True),
        received_at=datetime(2026, 11, 28, 9, 30), confirmed_at=datetime(2026, 11, 28, 10, 0),
        promised_at=datetime(2026, 11, 29, 17, 0), mileage_in=45230, fuel_level=4,
        complaint=complaint, diagnosis="前剎車片磨損到極限。",
        damage_marks=(DamageMarkDoc(1, "left", 300, 600, "scratch", "左前門下沿"), DamageMarkDoc(2, "front", 700, 700,
                                                                                            "dent")),
        items_left="雨傘一把", notify_above=Decimal("500.00"), may_replace_found_parts=True, advisor="王小明")


def bare_document(doc: WorkOrderDoc, extra_text: str = "") -> bytes:
    """The same two tables (header rows, cells, grid, font) in a plain SimpleDocTemplate, nothing else.

    ``extra_text`` (for the explanatory third figure) adds one paragraph, e.g. every character the full
    work order uses, so the font subset embedded is as large as the work order's.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    from garage_desktop.printing.fonts import register_font

    font = register_font()
    cell = ParagraphStyle("cell", fontName=font, fontSize=8.5, leading=10.5, wordWrap="CJK")
    style = TableStyle([("FONT", (0, 0), (-1, -1), font, 8.5), ("GRID", (0, 0), (-1, -1), 0.4, "#7a7a7a"),
                        ("BACKGROUND", (0, 0), (-1, 0), "#e9e9e9"), ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
                        ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
    labour = [["序號", "項目", "工時定額", "工時單價", "技術複雜係數", "工時費"]] + [
        [str(x.seq), Paragraph(x.name, cell), f"{x.standard_hours:.1f}", f"{x.rate:,.2f}", f"{x.coefficient:.1f}",
         f"{x.amount:,.2f}"] for x in doc.labour]
    parts = [["序號", "配件名稱", "品牌規格", "類別", "單位", "數量", "單價", "金額"]] + [
        [str(x.seq), Paragraph(x.name, cell), Paragraph(x.spec, cell), "原廠", x.unit, str(x.quantity),
         f"{x.unit_price:,.2f}", f"{x.amount:,.2f}"] for x in doc.parts]
    story: list = [Paragraph(extra_text, cell)] if extra_text else []
    story += [Table(labour, colWidths=[w * mm for w in (11, 81, 18, 20, 22, 28)], repeatRows=1, style=style),
             Table(parts, colWidths=[w * mm for w in (11, 44, 34, 13, 11, 14, 23, 30)], repeatRows=1, style=style)]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm).build(story)
    return buffer.getvalue()


def work_order(doc: WorkOrderDoc, copies: tuple[str, ...] = ("customer",)) -> bytes:
    from garage_desktop.printing import work_order_pdf

    return work_order_pdf(doc, copies=copies)


def median_seconds(runs: int, *jobs: Callable[[int], bytes]) -> list[float]:
    """Each job ``runs`` times (run ``i`` calls ``job(i)``), interleaved so drift (CPU frequency, other load)
    hits all alike.

    CPU time of this process (rendering is single-threaded), so other programs on a busy machine do not
    blur the figures.
    """
    times: list[list[float]] = [[] for _ in jobs]
    for run in range(runs):
        for index, job in enumerate(jobs):
            start = time.process_time()
            job(run)
            times[index].append(time.process_time() - start)
    return [statistics.median(t) for t in times]


def characters_used(pdf: bytes) -> str:
    """Every distinct character a PDF shows (for the same-glyphs comparison)."""
    from pypdf import PdfReader

    text = "".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)
    return "".join(sorted(set(text) - set(" \n\t")))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="timed runs of each (at least 10)")
    parser.add_argument("--lines", type=int, default=40, help="labour + part lines on the order")
    args = parser.parse_args(argv)
    runs = max(args.runs, 10)
    doc = sample_order(args.lines)
    glyphs = characters_used(work_order(doc))
    same = (lambda _: bare_document(doc), lambda _: work_order(doc),
            lambda _: work_order(doc, ("customer", "workshop")), lambda _: bare_document(doc, glyphs))
    for job in same:  # warm-up: font parsing, imports, caches
        job(0)
        job(0)
    bare, customer, both, bare_glyphs = median_seconds(runs, *same)
    ratio = customer / bare
    # A different order every run; the warm-up renders orders that are not timed.
    orders = [sample_order(args.lines, variant) for variant in range(1, runs + 1)]
    for variant in range(runs + 1, runs + 3):
        bare_document(sample_order(args.lines, variant))
        work_order(sample_order(args.lines, variant))
    bare_varied, customer_varied = median_seconds(runs, lambda run: bare_document(orders[run]),
                                                  lambda run: work_order(orders[run]))
    ratio_varied = customer_varied / bare_varied
    print(f"lines on the order:              {args.lines} ({len(doc.labour)} labour, {len(doc.parts)} parts)")
    print(f"runs (median CPU time after warm-up): {runs}")
    print("the same order every run:")
    print(f"  bare ReportLab tables:         {bare * 1000:8.1f} ms")
    print(f"  work order, customer's copy:   {customer * 1000:8.1f} ms")
    print(f"  ratio:                         {ratio:8.2f}  (limit {LIMIT})")
    print("a different order every run:")
    print(f"  bare ReportLab tables:         {bare_varied * 1000:8.1f} ms")
    print(f"  work order, customer's copy:   {customer_varied * 1000:8.1f} ms")
    print(f"  ratio:                         {ratio_varied:8.2f}  (limit {LIMIT})")
    print("for information:")
    print(f"  both copies:                   {both * 1000:8.1f} ms")
    print(f"  bare tables + the work order's {len(glyphs)} characters (same font subset): "
          f"{bare_glyphs * 1000:.1f} ms, ratio {customer / bare_glyphs:.2f}")
    if max(ratio, ratio_varied) > LIMIT:
        print("FAIL: the work order is too slow against the bare document", file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
