"""The print preview: every page shown, zoom, save as PDF, and printing drawn page by page."""

from __future__ import annotations

import io
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from garage_desktop.documents.order import (
    DamageMarkDoc,
    GarageHeader,
    LabourLineDoc,
    PartLineDoc,
    TotalsDoc,
    WorkOrderDoc,
)
from garage_desktop.domain.pricing import labour_amount
from garage_desktop.printing import work_order_pdf
from garage_desktop.ui.dialogs.print_preview import PrintPreviewDialog, suggested_file_name


def a_work_order(lines: int = 3) -> WorkOrderDoc:
    rate, coefficient = Decimal("100.00"), Decimal("1.2")
    labour = tuple(LabourLineDoc(seq, f"維修作業第{seq}項", Decimal("1.5"), rate, coefficient,
                                 labour_amount(Decimal("1.5"), rate, coefficient), team="一組")
                   for seq in range(1, lines + 1))
    parts = (PartLineDoc(1, "前剎車片", Decimal(1), Decimal("256.50"), Decimal("256.50"), spec="博世", unit="套"),)
    labour_total = sum((line.amount for line in labour), Decimal(0))
    gross = labour_total + Decimal("256.50")
    return WorkOrderDoc(
        garage=GarageHeader("明輝汽車維修服務有限公司", phone="02-2503-8888"), order_no="WO20261128-001",
        printed_at=datetime(2026, 11, 28, 10, 0), job_class="minor", regulatory_class="minor_repair", payer="self",
        customer_name="林志明", customer_phone="13800138000", plate="京A12345", vin="LSVAU2180N2123456",
        make_model="大眾 帕薩特", labour=labour, parts=parts,
        totals=TotalsDoc(labour_total, Decimal("256.50"), Decimal(0), Decimal(0), gross, Decimal("0.13"), True),
        complaint="剎車異響", damage_marks=(DamageMarkDoc(1, "left", 300, 600, "scratch"),),
        promised_at=datetime(2026, 11, 29, 17, 0), notify_above=Decimal("500.00"))


@pytest.fixture
def pdf() -> bytes:
    return work_order_pdf(a_work_order(lines=40))


def page_total(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def test_the_dialog_shows_every_page(qtbot, pdf: bytes) -> None:  # type: ignore[no-untyped-def]
    dialog = PrintPreviewDialog(pdf, "維修工單 WO20261128-001")
    qtbot.addWidget(dialog)
    dialog.show()
    count = page_total(pdf)
    assert count >= 3  # 40 lines: the customer's copy runs over, then the workshop's copy
    assert dialog.page_count() == count
    pages = dialog.pages()
    assert len(pages) == count and all(not page.isNull() for page in pages)
    assert abs(pages[0].height() / pages[0].width() - 297 / 210) < 0.02  # A4 upright
    assert str(count) in dialog.page_count_label.text()
    dialog.resize(1000, 900)
    Path("/tmp/shots").mkdir(exist_ok=True)
    dialog.grab().save("/tmp/shots/print_preview.png")


def test_zoom_renders_the_pages_larger(qtbot, pdf: bytes) -> None:  # type: ignore[no-untyped-def]
    dialog = PrintPreviewDialog(pdf, "preview")
    qtbot.addWidget(dialog)
    before = dialog.pages()[0].width()
    dialog.zoom_box.setCurrentIndex(dialog.zoom_box.findData(150))
    assert dialog.zoom == 150
    assert dialog.pages()[0].width() == pytest.approx(before * 1.5, rel=0.02)


def test_save_to_writes_the_pdf_unchanged(qtbot, pdf: bytes, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = PrintPreviewDialog(pdf, "preview")
    qtbot.addWidget(dialog)
    target = dialog.save_to(tmp_path / "copy.pdf")
    assert target.read_bytes() == pdf
    assert page_total(target.read_bytes()) == dialog.page_count()


def test_save_as_asks_for_a_file_and_adds_the_extension(qtbot, pdf: bytes, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = PrintPreviewDialog(pdf, "維修工單 WO20261128-001")
    qtbot.addWidget(dialog)
    asked: list[str] = []

    def choose(_parent, _caption, suggested, _filter):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return str(tmp_path / "chosen"), "PDF files (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    dialog.save_button.click()
    assert asked == ["維修工單_WO20261128-001.pdf"]
    assert (tmp_path / "chosen.pdf").read_bytes() == pdf


def test_print_draws_every_page_on_the_printer(qtbot, pdf: bytes, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = PrintPreviewDialog(pdf, "preview")
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)  # a PDF "printer" stands in for the real one
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_to(printer) == dialog.page_count()
    assert page_total((tmp_path / "printed.pdf").read_bytes()) == dialog.page_count()


def test_print_respects_the_chosen_page_range(qtbot, pdf: bytes, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = PrintPreviewDialog(pdf, "preview")
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "range.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert dialog.print_to(printer) == 2
    assert page_total((tmp_path / "range.pdf").read_bytes()) == 2


def test_the_print_button_opens_the_system_dialog(qtbot, pdf: bytes,  # type: ignore[no-untyped-def]
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from garage_desktop.ui.dialogs import print_preview

    dialog = PrintPreviewDialog(pdf, "preview")
    qtbot.addWidget(dialog)
    opened: list[int] = []

    class FakePrintDialog:
        def __init__(self, printer, parent) -> None:  # type: ignore[no-untyped-def]
            self.printer = printer

        def setWindowTitle(self, _title: str) -> None: ...
        def setMinMax(self, low: int, high: int) -> None:
            opened.append(high)

        def setFromTo(self, _low: int, _high: int) -> None: ...
        def exec(self) -> int:
            return 0  # the user cancels: nothing is printed

    monkeypatch.setattr(print_preview, "QPrintDialog", FakePrintDialog)
    monkeypatch.setattr(dialog, "print_to", lambda printer: pytest.fail("printed after cancel"))
    dialog.print_button.click()
    assert opened == [dialog.page_count()]


def test_suggested_file_names_are_safe() -> None:
    assert suggested_file_name('派工單 WO1/2:3') == "派工單_WO1_2_3.pdf"
    assert suggested_file_name("  ") == "document.pdf"
