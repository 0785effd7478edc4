"""Issue 20: opening an order reads it for the tab on screen only; a tab behind is told of it when it comes forward,
before it shows, once."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from garage_desktop.ui.context import AppContext
from garage_desktop.ui.main_window import MainWindow
from tests.ui.test_find_anything import NOW, orders  # the fixture

__all__ = ["orders"]


def test_a_tab_behind_is_told_of_the_order_when_it_comes_forward(qtbot: QtBot, ctx: AppContext,
                                                                  orders: list[int], monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from garage_desktop.services import clock

    clock.set_fixed(NOW)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    for key in ("estimate", "checkout", "board"):
        window.show_tab(key)
    told: dict[str, list[int | None]] = {"estimate": [], "checkout": [], "board": []}
    for key, calls in told.items():
        tab = window.tabs[key]
        handler = tab.on_current_order_changed
        monkeypatch.setattr(tab, "on_current_order_changed",
                            lambda order_id, calls=calls, handler=handler: (calls.append(order_id), handler(order_id)))
    first, second = orders[0], orders[1]
    ctx.set_current_order(first)
    ctx.set_current_order(second)
    assert told["board"] == [first, second]  # the tab on screen: at once
    assert told["estimate"] == [] and told["checkout"] == []  # behind: not read yet
    window.show_tab("estimate")
    assert told["estimate"] == [second]  # the order current now, once, as it comes forward
    assert window.tabs["estimate"].isVisible()
    window.show_tab("board")
    window.show_tab("estimate")
    assert told["estimate"] == [second]  # nothing new: not told again
    ctx.set_current_order(None)
    window.show_tab("checkout")
    assert told["checkout"] == [None]
