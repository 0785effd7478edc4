"""Does the main window fit the screen it is made for? A reception PC's 1366×768 screen at 100 % scaling, less
the taskbar: the window may need at most ``SCREEN_LIMIT``, whichever tab is shown. Long pages scroll instead
(their tall parts sit in scroll areas); nothing may demand a width or height beyond it.

``largest_minimum_size`` is what the smoke start (``garage-desktop --smoke``) and the UI tests measure; it only
shows tabs and reads sizes, so it is cheap and needs nothing but Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget

SCREEN_LIMIT = QSize(1280, 700)


def minimum_size(widget: QWidget) -> QSize:
    """The smallest size ``widget`` lets its layout give it: its minimum size hint or its set minimum."""
    return widget.minimumSizeHint().expandedTo(widget.minimumSize())


def fits(size: QSize, limit: QSize = SCREEN_LIMIT) -> bool:
    return size.width() <= limit.width() and size.height() <= limit.height()


@dataclass(frozen=True)
class TabSize:
    key: str  # the tab's key in ``main_window.TABS``
    window: QSize  # the window's minimum size once this tab has been shown (it keeps the earlier tabs' needs)
    page: QSize  # the minimum size of the tab's own page


def _settle() -> None:
    """Let the layouts the last change asked for be worked out (twice: some tables size their rows once their
    columns have been sized)."""
    for _round in range(2):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def tab_sizes(window) -> list[TabSize]:  # type: ignore[no-untyped-def]
    """Show each tab of the main window in turn (building it if it was not yet) and measure, after the events the
    change posts (layouts, lazily filled tables) have been processed. ``window`` is the window once this tab
    has been shown: as a ``QTabWidget`` needs the room of its largest page, it is the largest need so far. The
    tab shown before is shown again; a hidden window is shown while it is measured."""
    from garage_desktop.ui.main_window import TABS

    tabs = window.ui.tabs
    shown = tabs.currentIndex()
    hidden = not window.isVisible()
    if hidden:  # Qt lays out only visible widgets: a hidden window would report the sizes it had when last shown
        window.show()
        _settle()
    # Every page shown once first: a page built or changed while hidden keeps the minimum size it had then, and
    # the window needs the largest of all its pages' minimum sizes.
    for index, (key, _module, _class) in enumerate(TABS):
        window.tabs[key]  # builds the tab (the window builds tabs when first shown)
        tabs.setCurrentIndex(index)
        _settle()
    sizes = []
    for index, (key, _module, _class) in enumerate(TABS):
        tabs.setCurrentIndex(index)
        _settle()
        sizes.append(TabSize(key, minimum_size(window), minimum_size(window.tabs.slot(key))))
    tabs.setCurrentIndex(shown)
    if hidden:
        window.hide()
    return sizes


def largest_minimum_size(window) -> tuple[QSize, str]:  # type: ignore[no-untyped-def]
    """The smallest size the main window accepts with every tab shown in turn (the widest and the tallest need
    over all tabs), and the key of the tab whose page asks for the most room against ``SCREEN_LIMIT``."""
    sizes = tab_sizes(window)
    if not sizes:
        return minimum_size(window), ""
    largest, pages = QSize(0, 0), QSize(0, 0)
    for size in sizes:
        largest = largest.expandedTo(size.window)
        pages = pages.expandedTo(size.page)
    # What the window adds around a page (menu, order bar, tab bar, status bar, margins): the same for every tab.
    chrome = QSize(max(0, largest.width() - pages.width()), max(0, largest.height() - pages.height()))

    def need(size: TabSize) -> float:
        alone = size.page + chrome
        return max(alone.width() / SCREEN_LIMIT.width(), alone.height() / SCREEN_LIMIT.height())

    return largest, max(sizes, key=need).key
