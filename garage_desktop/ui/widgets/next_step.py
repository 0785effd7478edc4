"""下一步 The straight line: once a stage's last action is done, its tab shows "Next: <stage> →", and a click (or
Enter, the button taking the focus right after the action) opens the order in the next stage's tab.

Each stage tab decides when its stage is done and which tab is next (``offer``, from the order it shows); the
going is the main window's (``AppContext.open_order_in_requested`` → ``MainWindow.open_order_in``), and the
button's text names the tab the window then shows (``navigation.title_of``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QGridLayout, QLayout, QPushButton, QWidget

from garage_desktop.ui.context import AppContext
from garage_desktop.ui.navigation import title_of

STYLE = "QPushButton { font-weight: bold; padding: 3px 10px; }"


def _layout_holding(layout: QLayout | None, widget: QWidget) -> QLayout | None:
    """The layout (``layout`` or one nested in it) that holds ``widget`` itself."""
    if layout is None:
        return None
    if layout.indexOf(widget) >= 0:
        return layout
    for index in range(layout.count()):
        found = _layout_holding(layout.itemAt(index).layout(), widget)
        if found is not None:
            return found
    return None


class NextStepButton(QPushButton):
    """Hidden until ``offer``; a click emits the window's request to open the order in the next tab."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("nextStepButton")
        self.setStyleSheet(STYLE)
        self.order_id: int | None = None
        self.target: str | None = None
        self._order_seen: int | None = None  # the order the tab showed last, offered or not
        self.clicked.connect(self.go)
        self.hide()

    @classmethod
    def after(cls, ctx: AppContext, widget: QWidget) -> NextStepButton:
        """A button placed right after ``widget`` (the tab's result line) in the layout that holds it: beside it
        in a row, under it in a column or a grid."""
        parent = widget.parentWidget()
        button = cls(ctx, parent)
        layout = _layout_holding(parent.layout() if parent is not None else None, widget)
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(layout.indexOf(widget) + 1, button)
        elif isinstance(layout, QGridLayout):
            _row, column, _rows, columns = layout.getItemPosition(layout.indexOf(widget))
            layout.addWidget(button, layout.rowCount(), column, 1, columns)
        elif layout is not None:
            layout.addWidget(button)
        return button

    def offer(self, order_id: int | None, target: str | None, *, focus: bool = False) -> None:
        """Show "Next: …" for ``order_id`` going to ``target`` (a tab key, or "tab:page"); None hides it. The
        button takes the focus when the stage was just done — the same order shown without it (or with another
        next step) a moment ago — or when ``focus`` says so."""
        just_done = order_id is not None and order_id == self._order_seen and target != self.target
        self._order_seen = order_id
        if order_id is None or target is None:
            self.order_id, self.target = None, None
            self.hide()
            return
        self.order_id, self.target = order_id, target
        title = title_of(target)
        self.setText(self.tr("Next: %1 →").replace("%1", title.replace("&", "&&")))
        self.setToolTip(self.tr("Open this order in %1").replace("%1", title))
        self.show()
        if (just_done or focus) and self.isVisible():
            self.setFocus()

    def withdraw(self) -> None:
        """No next step (the tab shows its list, or another order)."""
        self.offer(None, None)

    def go(self) -> None:
        if self.order_id is not None and self.target is not None:
            self.ctx.open_order_in_requested.emit(self.order_id, self.target)
