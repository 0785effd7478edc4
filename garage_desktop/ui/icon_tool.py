"""Draw the program's icon (developer chore): ``python -m garage_desktop.ui.icon_tool``.

Writes ``resources/icons/garage_desktop.png`` (256 px, the window icon) and ``garage_desktop.ico`` (16–256 px,
the Windows executable's icon, used by build.spec). The icon is the character 修 (repair) from the bundled
font on the garage-blue rounded square, so it needs nothing but Qt and the font the program already ships.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QImage, QPainter, QPainterPath

from garage_desktop.paths import font_path, resource

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    outline = QPainterPath()
    margin = size * 0.04
    outline.addRoundedRect(QRectF(margin, margin, size - 2 * margin, size - 2 * margin), size * 0.18, size * 0.18)
    painter.fillPath(outline, QColor("#1565c0"))
    family = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(font_path())))[0]
    font = QFont(family)
    font.setPixelSize(round(size * 0.66))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(0, 0, size, size * 0.98), Qt.AlignmentFlag.AlignCenter, "修")
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - fonts need it
    folder = resource("icons")
    folder.mkdir(parents=True, exist_ok=True)
    draw(256).save(str(folder / "garage_desktop.png"))
    from PIL import Image  # Pillow writes one .ico with every size; Qt's writer keeps only one

    big = draw(256).convertToFormat(QImage.Format.Format_RGBA8888)
    pil = Image.frombytes("RGBA", (256, 256), bytes(big.constBits()))
    pil.save(folder / "garage_desktop.ico", sizes=[(s, s) for s in ICO_SIZES])
    print(f"wrote {folder / 'garage_desktop.png'} and {folder / 'garage_desktop.ico'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
