"""Preview a printout (PDF bytes) page by page, then print it through the system's printer dialog or save it.

Pages are rendered with pypdfium2: on screen at the chosen zoom, and for the printer at the printer's own
resolution (capped, so a 1200 dpi printer does not need a gigabyte per page) and drawn with QPainter.

Use: ``PrintPreviewDialog(pdf_bytes, title, parent).exec()``. Tests call ``pages()``, ``save_to(path)`` and
``print_to(printer)`` instead of driving the modal dialogs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QMarginsF, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence, QPageLayout, QPainter, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

ZOOMS = (50, 75, 100, 125, 150, 200)
DEFAULT_ZOOM = 100
MAX_PRINT_DPI = 600
SCREEN_DPI = 96.0


def render_page(document: pdfium.PdfDocument, index: int, dpi: float) -> QImage:
    """Page ``index`` of ``document`` as an RGB image at ``dpi`` dots per inch (a copy owning its pixels)."""
    page = document[index]
    try:
        bitmap = page.render(scale=dpi / 72.0, rev_byteorder=True, fill_color=(255, 255, 255, 255))
        try:
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888)
            return image.copy()  # the bitmap's buffer goes away with the bitmap
        finally:
            bitmap.close()
    finally:
        page.close()


def suggested_file_name(title: str) -> str:
    """A file name from the dialog's title: characters Windows refuses are replaced."""
    name = re.sub(r'[\\/:*?"<>|\s]+', "_", title).strip("._") or "document"
    return f"{name}.pdf"


class PrintPreviewDialog(QDialog):
    """The pages of a PDF, a zoom, Print… and Save as PDF…."""

    def __init__(self, pdf_bytes: bytes, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finished.connect(self.deleteLater)  # closed, it is deleted (a parent keeps it alive)
        self.pdf_bytes = bytes(pdf_bytes)
        with self._opened() as document:
            self._page_count = len(document)
        self.zoom = DEFAULT_ZOOM
        self._labels: list[QLabel] = []
        self.setWindowTitle(title)
        self.setObjectName("PrintPreviewDialog")
        self._build()
        self._render_pages()
        self.resize(self._good_size())

    @contextmanager
    def _opened(self) -> Iterator[pdfium.PdfDocument]:
        """The PDF opened for one pass (cheap from bytes; nothing stays open between passes)."""
        document = pdfium.PdfDocument(self.pdf_bytes)
        try:
            yield document
        finally:
            document.close()

    # --- building ---------------------------------------------------------------------------------------
    def _build(self) -> None:
        bar = QHBoxLayout()
        zoom_label = QLabel(self.tr("&Zoom:"))
        self.zoom_box = QComboBox()
        self.zoom_box.setObjectName("zoomBox")
        for percent in ZOOMS:
            self.zoom_box.addItem(self.tr("%1 %").replace("%1", str(percent)), percent)
        self.zoom_box.setCurrentIndex(ZOOMS.index(DEFAULT_ZOOM))
        self.zoom_box.currentIndexChanged.connect(lambda i: self.set_zoom(int(self.zoom_box.itemData(i))))
        zoom_label.setBuddy(self.zoom_box)
        self.page_count_label = QLabel()
        self.page_count_label.setObjectName("pageCountLabel")
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("printButton")
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setObjectName("saveButton")
        self.save_button.clicked.connect(self.save_as)
        close_button = QPushButton(self.tr("Close"))
        close_button.clicked.connect(self.reject)
        bar.addWidget(zoom_label)
        bar.addWidget(self.zoom_box)
        bar.addSpacing(12)
        bar.addWidget(self.page_count_label)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addWidget(close_button)

        self.pages_widget = QWidget()
        self.pages_widget.setObjectName("pagesWidget")
        self.pages_layout = QVBoxLayout(self.pages_widget)
        self.pages_layout.setSpacing(14)
        self.pages_layout.setContentsMargins(16, 16, 16, 16)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.pages_widget)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll.setStyleSheet("QScrollArea { background: #8a8f94; } #pagesWidget { background: #8a8f94; }")

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn), self, activated=lambda: self._step_zoom(1))
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut), self, activated=lambda: self._step_zoom(-1))
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, activated=self.print_document)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, activated=self.save_as)

    def _good_size(self) -> QSize:
        first = self._labels[0].pixmap().deviceIndependentSize() if self._labels else None
        width = int(first.width()) + 80 if first else 900
        screen = QGuiApplication.primaryScreen()
        height = int(screen.availableGeometry().height() * 0.85) if screen else 900
        return QSize(max(width, 720), max(height, 600))

    # --- pages --------------------------------------------------------------------------------------------
    def page_count(self) -> int:
        return self._page_count

    def pages(self) -> list[QPixmap]:
        """The pages as shown now (at the current zoom)."""
        return [label.pixmap() for label in self._labels]

    def set_zoom(self, percent: int) -> None:
        if percent == self.zoom:
            return
        self.zoom = percent
        index = self.zoom_box.findData(percent)
        if index >= 0 and index != self.zoom_box.currentIndex():
            self.zoom_box.setCurrentIndex(index)
        self._render_pages()

    def _step_zoom(self, step: int) -> None:
        position = ZOOMS.index(self.zoom) if self.zoom in ZOOMS else ZOOMS.index(DEFAULT_ZOOM)
        self.set_zoom(ZOOMS[max(0, min(len(ZOOMS) - 1, position + step))])

    def _render_pages(self) -> None:
        ratio = self.devicePixelRatioF() or 1.0
        dpi = SCREEN_DPI * self.zoom / 100 * ratio
        with self._opened() as document:
            images = [render_page(document, index, dpi) for index in range(self.page_count())]
        for index, image in enumerate(images):
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            if index < len(self._labels):
                label = self._labels[index]
            else:
                label = QLabel()
                label.setObjectName(f"page{index + 1}")
                label.setFrameShape(QFrame.Shape.Box)
                label.setStyleSheet("background: white; border: 1px solid #5f6368;")
                label.setAccessibleName(self.tr("Page %1").replace("%1", str(index + 1)))
                self.pages_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
                self._labels.append(label)
            label.setPixmap(pixmap)
        self.page_count_label.setText(self.tr("%n page(s)", "", self.page_count()))

    # --- saving and printing ---------------------------------------------------------------------------
    def save_to(self, path: str | Path) -> Path:
        """Write the PDF to ``path`` (exactly the previewed bytes)."""
        from garage_desktop.paths import private_file

        target = Path(path)
        target.write_bytes(self.pdf_bytes)
        private_file(target)  # customers' names and cars: the user's alone, like the backups and the log
        return target

    def save_as(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"),
                                                    suggested_file_name(self.windowTitle()),
                                                    self.tr("PDF files (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            self.save_to(path)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Not saved"),
                                self.tr("The file could not be written:\n%1").replace("%1", str(error)))

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        dialog.setMinMax(1, self.page_count())
        dialog.setFromTo(1, self.page_count())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Draw the pages (the dialog's page range, else all) on ``printer``; returns how many were printed.

        The PDF already has its margins, so the page is drawn on the whole sheet (full-page mode).
        """
        count = self.page_count()
        first, last = 1, count
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = max(1, printer.fromPage()), min(count, printer.toPage() or count)
        printer.setFullPage(True)
        printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("Not printed"), self.tr("The printer could not be started."))
            return 0
        printed = 0
        try:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            for index in range(first - 1, last):
                if printed:
                    printer.newPage()
                with self._opened() as document:  # one page in memory at a time
                    image = render_page(document, index, dpi)
                sheet = printer.pageLayout().fullRectPixels(printer.resolution())
                target = QRectF(sheet)
                scale = min(target.width() / image.width(), target.height() / image.height())
                size = QSize(round(image.width() * scale), round(image.height() * scale))
                painter.drawImage(QRectF(target.left() + (target.width() - size.width()) / 2, target.top(),
                                         size.width(), size.height()), image)
                printed += 1
        finally:
            painter.end()
        return printed
