"""The paperwork, the month-end workbook and the demo garage in mainland Simplified Chinese (zh_CN).

One table (``resources/translations/paperwork_zh_CN.json``) holds the zh_CN form of every fixed zh_TW text the
printouts, the workbook, the QC templates, the demo and the starter catalog can print: it covers the registry of
``ui.i18n_tool`` exactly, every entry is Simplified and keeps the glossary's mainland terms, and no label table of
printing/ or export/ escapes the registry. Every document kind and the workbook then print in zh_CN without a
Traditional-only character, in the bundled font; the demo written for zh_CN is the zh_TW demo, every text through
the table.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import shutil
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from garage_desktop.db import models as m
from garage_desktop.db.engine import Database
from garage_desktop.db.types import holding
from garage_desktop.demo import write_demo
from garage_desktop.documents import simplified as simplified_module
from garage_desktop.documents.simplified import simplified, simplified_composed
from garage_desktop.domain.classes import Role
from garage_desktop.languages import LANGUAGES
from garage_desktop.services import clock, settings
from garage_desktop.ui import i18n_tool

opencc = pytest.importorskip("opencc")
T2S = opencc.OpenCC("t2s")
TW2SP = opencc.OpenCC("tw2sp")
NOW = datetime(2026, 11, 28, 15, 10)
ORDERS = 60
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def traditional(text: str) -> str:
    """The characters of ``text`` that OpenCC's t2s changes: Traditional-only ones (empty for Simplified text)."""
    converted = T2S.convert(text)
    if converted == text:
        return ""
    return "".join(sorted({a for a, b in zip(text, converted, strict=False) if a != b} or set(text)))


def font_cmap() -> dict[int, str]:
    from fontTools.ttLib import TTFont

    from garage_desktop.paths import resource

    fonts = sorted(resource("fonts").glob("*.tt[fc]"))
    assert fonts
    return TTFont(str(fonts[0]), fontNumber=0, lazy=True).getBestCmap()


# --- the table ---------------------------------------------------------------------------------------------
def test_the_table_holds_every_registered_text_and_nothing_else() -> None:
    registered = i18n_tool.paperwork_texts()
    table = simplified_module.table()
    missing = sorted(set(registered) - set(table))
    assert not missing, ("texts the paperwork can print without a zh_CN form (run `python -m "
                         "garage_desktop.ui.i18n_tool paperwork` and review the new entries):\n"
                         + "\n".join(f"{registered[t]}: {t}" for t in missing[:40]))
    stale = sorted(set(table) - set(registered))
    assert not stale, f"entries no text needs any more (run the tool to drop them): {stale[:20]}"
    # what the registry reaches: the label tables, the QC templates, the demo's vocabulary, the starter catalog
    where = set(registered.values())
    assert {"garage_desktop.printing.labels:ZH_TW", "garage_desktop.export.labels:ZH_TW",
            "resources/qc_templates/general.json", "garage_desktop/demo/names.py",
            "resources/catalog/starter_catalog.json"} <= where
    for text in ("維修工單", "匯總", "制動踏板和方向機的自由行程已檢查及調整", "更換曲軸位置感測器", "陳", "天河區"):
        assert text in registered, text


def test_every_entry_is_simplified_keeps_its_placeholders_and_the_glossary() -> None:
    table = simplified_module.table()
    wrong = {tw: cn for tw, cn in table.items() if traditional(cn)}
    assert not wrong, f"entries with Traditional-only characters: {list(wrong.items())[:10]}"
    placeholders = {tw: cn for tw, cn in table.items()
                    if sorted(PLACEHOLDER.findall(tw)) != sorted(PLACEHOLDER.findall(cn))}
    assert not placeholders, placeholders
    # A glossary term whose plain conversion differs is never left in its plain form (轉帳 → 转账, not 转帐).
    for taiwan, mainland in i18n_tool.glossary():
        plain = TW2SP.convert(taiwan)
        if plain == mainland or plain in mainland:
            continue
        for tw, cn in table.items():
            if taiwan in tw:
                assert mainland in cn and plain not in cn, (taiwan, mainland, tw, cn)
    # tw2sp's computer words never replace the garage's (自由行程 is not a 进程, 指标 not a 指针, 档案 not a 文件)
    for word in i18n_tool.PAPERWORK_KEEP:
        for tw, cn in table.items():
            if word in tw:
                assert T2S.convert(word) in cn, (word, tw, cn)
    assert table["機動車維修檔案"] == "机动车维修档案" and table["指標"] == "指标"
    assert table["列印時間 {time}"] == "打印时间 {time}" and table["銀行轉帳"] == "银行转账"
    assert table["曲軸位置感測器"] == "曲轴位置传感器"  # a phrase, not one character at a time


def test_every_character_of_the_table_is_in_the_bundled_font() -> None:
    cmap = font_cmap()
    missing = sorted({ch for cn in simplified_module.table().values() for ch in cn if ord(ch) > 0x7F
                      and ord(ch) not in cmap})
    assert not missing, f"zh_CN characters the bundled font lacks: {''.join(missing)}"


def _label_tables() -> Iterator[tuple[str, dict[str, Any]]]:
    """Every module-level dict of printing/ and export/ with Traditional Chinese among its values, as
    "module:name" (an English table may quote a Chinese term the same in both scripts: 返修)."""
    for package in ("garage_desktop.printing", "garage_desktop.export"):
        for info in pkgutil.iter_modules(importlib.import_module(package).__path__, package + "."):
            module = importlib.import_module(info.name)
            for name, value in vars(module).items():
                if isinstance(value, dict) and any(isinstance(v, str) and traditional(v) for v in value.values()):
                    yield f"{info.name}:{name}", value


def test_every_chinese_table_of_printing_and_export_is_registered() -> None:
    """A new label table cannot be forgotten: it would print in Traditional on a zh_CN page."""
    registered = {id(i18n_tool._attribute(name)) for name in i18n_tool.PAPERWORK_TABLES}
    found = dict(_label_tables())
    assert "garage_desktop.printing.labels:ZH_TW" in found and "garage_desktop.export.labels:ZH_TW" in found
    forgotten = sorted(name for name, table in found.items() if id(table) not in registered)
    assert not forgotten, f"add to ui.i18n_tool.PAPERWORK_TABLES: {forgotten}"


def test_a_text_the_table_lacks_never_prints_in_traditional(caplog: pytest.LogCaptureFixture) -> None:
    text = "本廠自訂的檢驗項目：後視鏡調整"  # a QC template the garage edited itself
    assert text not in simplified_module.table()
    assert simplified(text) == "本厂自订的检验项目：后视镜调整" and "paperwork_zh_CN.json has no entry" in caplog.text
    # texts composed of the table's: the longest entries found, the rest one character at a time
    assert simplified_composed("空調濾芯髒污發黑，建議更換（客戶暫不處理）") == "空调滤芯脏污发黑，建议更换（客户暂不处理）"
    assert simplified_composed("更換曲軸位置感測器") == "更换曲轴位置传感器"
    assert simplified("Plate 粤A12345") == "Plate 粤A12345"


# --- languages -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("given", "expected"), [
    ("zh_CN", "zh_CN"), ("zh-CN", "zh_CN"), ("zh_Hans", "zh_CN"), ("zh", "zh_CN"), ("zh_SG", "zh_CN"),
    ("zh_TW", "zh_TW"), ("zh-TW", "zh_TW"), ("zh_HK", "zh_TW"), ("zh_Hant", "zh_TW"), ("en", "en"),
    ("en_US", "en"), ("", "zh_CN"), (None, "zh_CN"), ("fr", "zh_CN")])
def test_every_renderer_reads_the_language_codes_alike(given: str | None, expected: str) -> None:
    from garage_desktop.export import labels as export_labels
    from garage_desktop.printing import labels as printing_labels

    assert printing_labels.normalise_language(given) == export_labels.normalise_language(given) == expected


def test_zh_CN_labels_are_the_zh_TW_ones_through_the_table() -> None:
    from garage_desktop.export import labels as export_labels
    from garage_desktop.printing import labels as printing_labels
    from garage_desktop.printing.settlement_list import checkout_styles

    t = printing_labels.labeller("zh_CN")
    assert all(t(key) == simplified(text) for key, text in printing_labels.ZH_TW.items())
    assert t("Work order") == "维修工单" and t("Printed {time}") == "打印时间 {time}"
    assert checkout_styles("zh-CN").t("Settlement list") == "机动车维修费用结算清单"
    assert export_labels.labeller("zh_Hans")("Summary") == "汇总"
    assert printing_labels.labeller("zh_TW")("Work order") == "維修工單"


def test_the_amount_in_words_uses_the_mainland_numerals() -> None:
    from garage_desktop.printing.settlement_list import checkout_styles, in_words

    amount = Decimal("23333.60")
    assert in_words(amount, checkout_styles("zh_CN")) == "贰万叁仟叁佰叁拾叁元陆角整"
    assert in_words(amount, checkout_styles("zh_TW")) == "貳萬參仟參佰參拾參元陸角整"
    assert in_words(amount, checkout_styles("en")) == ""


def test_a_qc_templates_text_reads_in_zh_CN_and_an_orders_own_item_as_typed() -> None:
    from garage_desktop.domain.qc import Text

    check = Text("Brake pedal free travel checked", "制動踏板自由行程已檢查")
    assert check.get("zh_CN") == "制动踏板自由行程已检查"
    assert check.get("zh_TW") == "制動踏板自由行程已檢查" and check.get("en_US") == check.en
    typed = Text("1. 更換剎車片", "1. 更換剎車片")  # the order's own line: the customer's words, as stored
    assert typed.get("zh_CN") == "1. 更換剎車片"


# --- the demo as a mainland garage -----------------------------------------------------------------------
@pytest.fixture(scope="module")
def demo_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("demo_zh_CN")
    files = {language: folder / f"{language}.sqlite3" for language in ("zh_CN", "zh_TW")}
    clock.set_fixed(NOW)
    try:
        for language, path in files.items():
            write_demo(f"sqlite:///{path}", orders=ORDERS, language=language)
    finally:
        clock.set_fixed(None)
    return files


def _texts(path: Path) -> Iterator[tuple[str, str, int, str]]:
    """(table, column, row, text) of every non-ASCII text the demo wrote, but the QC snapshots (their template
    texts are stored in both printed languages, as every inspection's are) and the audit trail's word of the
    garage's name before the demo named it (the program's default, ``settings.DEFAULTS``)."""
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in sorted(tables):
            columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
            for number, row in enumerate(connection.execute(f"SELECT * FROM {table} ORDER BY rowid")):
                for column, value in zip(columns, row, strict=True):
                    if (isinstance(value, str) and not value.isascii()
                            and (table, column) != ("qc_inspection", "results")
                            and not (table == "audit_event" and settings.DEFAULTS.garage_name in value)):
                        yield table, column, number, value
    finally:
        connection.close()


def test_the_zh_CN_demo_writes_no_traditional_character(demo_files: dict[str, Path]) -> None:
    found = [(table, column, text) for table, column, _n, text in _texts(demo_files["zh_CN"]) if traditional(text)]
    assert not found, found[:10]
    database = Database(f"sqlite:///{demo_files['zh_CN']}")
    try:
        with database.session_scope() as session:
            names = list(session.scalars(select(m.Customer.name)))
            texts = {
                "customers": names + [a for a in session.scalars(select(m.Customer.address)) if a],
                "complaints": list(session.scalars(select(m.RepairOrder.complaint))),
                "diagnoses": [d for d in session.scalars(select(m.RepairOrder.diagnosis)) if d],
                "notes": [n for n in session.scalars(select(m.IntakeInspection.notes)) if n]
                + [r for r in session.scalars(select(m.FollowUp.remarks)) if r],
                "catalog": list(session.scalars(select(m.LabourOperation.name)))
                + list(session.scalars(select(m.Part.name))),
                "model classes": list(session.scalars(select(m.ModelClass.name))),
                "staff": list(session.scalars(select(m.Operator.name))),
            }
            garage = settings.load(session)
    finally:
        database.dispose()
    for kind, values in texts.items():
        assert values, kind
        assert not [v for v in values if traditional(v)], kind
    assert garage.garage_name == "穗安汽车维修服务有限公司" and garage.garage_address.startswith("广州市天河区")
    assert "豪华车 / 进口车" in texts["model classes"]
    assert any("更换" in name for name in texts["catalog"])
    assert not garage.document_language  # the papers follow the window until the owner chooses


def test_the_zh_CN_demo_is_the_zh_TW_demo_every_text_through_the_table(demo_files: dict[str, Path]) -> None:
    """The same seed, the same garage: each text of the mainland demo is what the glossary and OpenCC make of the
    Traditional one as a whole (names, addresses and notes composed from the vocabulary included)."""
    pairs = i18n_tool.glossary()
    mainland = list(_texts(demo_files["zh_CN"]))
    taiwan = list(_texts(demo_files["zh_TW"]))
    assert [place[:3] for place in mainland] == [place[:3] for place in taiwan]
    assert len(mainland) > 1000
    differ = [(a[:3], a[3], b[3]) for a, b in zip(mainland, taiwan, strict=True)
              if a[3] != i18n_tool.paperwork_mainland(b[3], pairs)]
    assert not differ, differ[:10]


def test_the_demo_command_writes_the_garage_in_the_script_asked_for(tmp_path: Path) -> None:
    from garage_desktop.__main__ import main

    clock.set_fixed(NOW)
    for language in ("zh_CN", "zh_TW"):
        path = tmp_path / f"{language}.sqlite3"
        assert main(["demo", "--db", str(path), "--orders", "12", "--lang", language]) == 0
        database = Database(f"sqlite:///{path}")
        try:
            with database.session_scope() as session:
                name = settings.load(session).garage_name
                complaints = "".join(session.scalars(select(m.RepairOrder.complaint)))
        finally:
            database.dispose()
        assert name == ("穗安汽车维修服务有限公司" if language == "zh_CN" else "穗安汽車維修服務有限公司")
        assert bool(traditional(complaints)) is (language == "zh_TW")


# --- every document and the workbook in zh_CN --------------------------------------------------------------
# The mainland title (or a term) each document prints, spaces taken out.
TERMS = {
    "work-order": ("维修工单", "客户联", "车间联", "工时定额"),
    "dispatch-slip": ("派工单", "派工时间"),
    "pick-list": ("领料单", "领料人"),
    "extra-slip": ("用料批条",),
    "qc-sheet": ("竣工检验单", "检验表"),
    "certificate": ("竣工出厂合格证", "质量保证期"),
    "settlement": ("机动车维修费用结算清单", "结算清单", "客户应付金额大写"),
    "receipt": ("收款收据", "已收金额大写"),
    "call-sheet": ("回访记录单", "总体满意度"),
    "sublet-slip": ("外部加工单", "加工内容"),
}


def _pdf_text(data: bytes) -> str:
    import io

    from pypdf import PdfReader

    return "".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def _check_printed(text: str, what: str, cmap: dict[int, str]) -> None:
    assert "\ufffd" not in text, f"{what}: a character the font lacks"
    assert not traditional(text), f"{what}: Traditional-only characters {traditional(text)}"
    missing = {ch for ch in text if ord(ch) > 0x7F and not ch.isspace() and ord(ch) not in cmap}
    assert not missing, f"{what}: characters the bundled font lacks: {missing}"


def test_every_document_prints_in_zh_CN(demo_files: dict[str, Path], tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    """Every kind ``garage-desktop print`` knows, from the demo order that has it, in zh_CN (the default of the
    command line when the garage chose no language), and the vehicle record: Simplified throughout."""
    from garage_desktop import cli_print
    from garage_desktop.printing.vehicle_record import render_vehicle_record
    from garage_desktop.services import vehicle_history
    from tests.integration.test_demo import DOCUMENT_CASES, _required_cases

    assert set(TERMS) == set(DOCUMENT_CASES) == set(cli_print.DOCUMENT_HELP)
    path = demo_files["zh_CN"]
    cmap = font_cmap()
    database = Database(f"sqlite:///{path}")
    try:
        with database.session_scope() as session:
            cases = _required_cases(session)
            numbers = {case: order.order_no for case, order in cases.items()}
            record = vehicle_history.record_doc(session, cases["warranty"].vehicle_id)
    finally:
        database.dispose()
    clock.set_fixed(NOW)
    for document, chosen in DOCUMENT_CASES.items():
        for case in chosen:
            out = tmp_path / f"{document}-{case}.pdf"
            assert cli_print.main([document, numbers[case], "--db", str(path), "--out", str(out)]) == 0, \
                (document, case, capsys.readouterr().err)
            text = _pdf_text(out.read_bytes())
            flat = re.sub(r"\s+", "", text)
            assert numbers[case] in flat
            for term in TERMS[document]:
                assert term in flat, (document, case, term)
            _check_printed(text, f"{document} of {numbers[case]}", cmap)
    text = _pdf_text(render_vehicle_record(record, language="zh_CN"))
    assert "机动车维修档案" in re.sub(r"\s+", "", text)
    _check_printed(text, "vehicle record", cmap)


def test_the_workbook_in_zh_CN(demo_files: dict[str, Path], tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from garage_desktop.export.labels import ZH_TW
    from garage_desktop.export.month_workbook import mechanic_sheet_names, save_month_workbook, sheet_names
    from garage_desktop.services.month_report import month_report

    database = Database(f"sqlite:///{demo_files['zh_CN']}")
    try:
        with database.session_scope() as session:
            report = month_report(session, date(2026, 11, 1))
    finally:
        database.dispose()
    book = load_workbook(save_month_workbook(report, tmp_path / "zh_CN.xlsx", "zh_CN"))
    assert book.sheetnames == ["汇总", "工单", "工时", "配件", "收款", "未结押金", "回访", "回访话术", "返修",
                               "免费项目", "建议项目", "提醒", "技师提成", "应收账款", "会员卡",
                               "沉睡卡与过期套餐", *mechanic_sheet_names(report, "zh_CN")] == [
        *sheet_names("zh_CN"), *mechanic_sheet_names(report, "zh_CN")]
    assert all(name.startswith("技师提成 ") for name in mechanic_sheet_names(report, "zh_CN"))
    cells = [cell.value for sheet in book.worksheets for row in sheet.iter_rows() for cell in row
             if isinstance(cell.value, str)]
    assert not [text for text in cells if traditional(text)]
    summary = [cell.value for row in book["汇总"].iter_rows() for cell in row if isinstance(cell.value, str)]
    for key in ("DEF_FIRST_TIME_FIX", "DEF_ON_TIME", "DEF_REVENUE"):
        assert simplified(ZH_TW[key]) in summary, key
    assert "一次修复率" in summary and "准时交车率（现行承诺）" in summary and "指标" in summary
    headers = [cell.value for cell in next(book["工单"].iter_rows(max_row=1))]
    assert headers[:3] == ["工单号", "状态", "进厂时间"]


# --- the garage's document language ----------------------------------------------------------------------
def test_the_document_language_is_a_checked_setting() -> None:
    from dataclasses import replace

    from garage_desktop.domain.text import DomainError

    for code in ("", *LANGUAGES):
        settings.validate(replace(settings.DEFAULTS, document_language=code))
    with pytest.raises(DomainError) as refused:
        settings.validate(replace(settings.DEFAULTS, document_language="fr"))
    assert refused.value.field == "document_language"
    chosen = replace(settings.DEFAULTS, document_language="zh_TW")
    assert settings.document_language(chosen, "en") == "zh_TW"  # the garage's choice over the window's
    assert settings.document_language(settings.DEFAULTS, "en_US") == "en"  # none: the window's language
    assert settings.document_language(settings.DEFAULTS, None) == "zh_CN"  # nor a window: the default


def test_the_command_line_prints_in_the_garages_document_language_unless_told(
        demo_files: dict[str, Path], tmp_path: Path) -> None:
    from dataclasses import replace

    from garage_desktop import cli_export, cli_print

    path = tmp_path / "garage.sqlite3"
    shutil.copy(demo_files["zh_CN"], path)
    database = Database(f"sqlite:///{path}")
    try:
        with database.session_scope() as session:
            owner = session.scalar(select(m.Operator.id).where(holding(m.Operator.roles, Role.OWNER))
                                   .order_by(m.Operator.id))
            settings.save(session, owner, replace(settings.load(session), document_language="zh_TW"))
            number = session.scalar(select(m.RepairOrder.order_no).where(m.RepairOrder.order_no.is_not(None))
                                    .order_by(m.RepairOrder.id))
    finally:
        database.dispose()
    out = tmp_path / "wo.pdf"

    def printed(*extra: str) -> str:
        assert cli_print.main(["work-order", number, "--db", str(path), "--out", str(out), *extra]) == 0
        return re.sub(r"\s+", "", _pdf_text(out.read_bytes()))

    assert "維修工單" in printed()  # the garage's setting
    assert "维修工单" in printed("--lang", "zh_CN")  # --lang overrides it
    assert "Workorder" in printed("--lang", "en")
    import argparse

    from openpyxl import load_workbook

    parser = argparse.ArgumentParser()
    cli_export.add_export_command(parser.add_subparsers(dest="command"))
    book = tmp_path / "month.xlsx"
    for extra, first in (((), "匯總"), (("--lang", "zh_CN"), "汇总")):
        args = parser.parse_args(["export", "--month", "2026-11", "--db", str(path), "--out", str(book), *extra])
        assert cli_export.run_export(args) == 0
        assert load_workbook(book).sheetnames[0] == first
