"""The KPI tab as the owner reads it: counts in the right unit (orders, not cars), the two on-time lines both
visible when they agree, and rate charts on a scale from 0 %.

The chart tests use a garage whose every car was ready before its promise, September to November 2026 (so both
on-time lines run together at 100 %); the unit tests use ``tests.integration.test_reports.build_history``.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QColor

from garage_desktop.db.models import Customer, Vehicle
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.services import clock
from garage_desktop.services.reports import Figure
from garage_desktop.ui import i18n_tool
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.tabs.reports_tab import ReportsTab
from garage_desktop.ui.widgets.trend_chart import PALETTE, TrendChart
from tests.integration.test_reports import NOVEMBER, NOW, _labour, _order, _pay, at, build_history
from tests.ui.test_reports_tab import shown


def _tab(qtbot, ctx: AppContext) -> ReportsTab:  # type: ignore[no-untyped-def]
    widget = ReportsTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    widget.set_month(NOVEMBER)
    shown(qtbot, widget)
    return widget


# --- (a) the unit of each count -------------------------------------------------------------------------------

def test_the_tiles_count_orders_and_only_the_vehicles_figure_counts_cars(qtbot, ctx: AppContext,  # type: ignore[no-untyped-def]
                                                                        people: dict) -> None:
    build_history(ctx.db, people)
    tab = _tab(qtbot, ctx)
    ui = tab.ui
    assert ui.onTimeTile.detail() == "4 of 5 orders ready"
    assert ui.onTimeOriginalTile.detail() == "3 of 5 orders ready"
    assert ui.hoursTile.detail() == "received to handover, 5 orders"
    assert (ui.carsTile.caption(), ui.carsTile.value_text(), ui.carsTile.detail()) == (
        "Orders delivered", "5", "5 different vehicles")
    assert ui.firstTimeFixTile.detail() == "3 of 5 deliveries"
    texts = [text for tile in tab.tiles.values() for text in (tile.caption(), tile.detail())]
    assert [text for text in texts if "car" in text.lower()] == []  # a car is only "a different vehicle"


SOURCES_COUNTING_ORDERS = ("%1 of %2 deliveries", "%1 of %2 deliveries came back", "%1 of %2 orders ready",
                           "received to handover, %1 orders", "Orders delivered",
                           # the sources the code used before; their entries stay until the lead's update
                           "%1 of %2 cars ready", "received to handover, %1 cars")


def test_the_zh_tw_tiles_count_orders_in_dan_and_vehicles_in_liang() -> None:
    entries = {source: text for context, source, text, _ok in i18n_tool.entries(i18n_tool.ts_file("zh_TW"))
               if context == "ReportsTab"}
    assert "%1 of %2 deliveries" in entries and "%1 of %2 deliveries came back" in entries
    for source in SOURCES_COUNTING_ORDERS:
        if source in entries:  # (a new source is checked once translated)
            assert "輛" not in entries[source] and ("單" in entries[source] or "張" in entries[source]), source
    assert entries["%1 of %2 deliveries"] == "交車 %2 單中 %1 單"
    assert "輛" in entries["%1 different vehicles"]
    # 輛 only where different vehicles are counted
    assert [s for s, text in entries.items() if "輛" in text and "vehicle" not in s.lower()] == []


# --- (b) and (c) the on-time chart --------------------------------------------------------------------------

def build_punctual_garage(ctx: AppContext) -> None:
    """One order a month, September to November, ready two hours before its promise (never moved)."""
    clock.set_fixed(NOW)
    with ctx.db.session_scope() as session:
        customer = Customer(name="黃小姐", created_at=at(1, month=8))
        session.add(customer)
        session.flush()
        car = Vehicle(customer_id=customer.id, plate="粵K12121", created_at=at(1, month=8))
        session.add(car)
        session.flush()
        for month in (9, 10, 11):
            order = _order(session, f"P{month}", car, OrderStatus.DELIVERED, received_at=at(10, 8, month=month),
                           promised_at=at(10, 17, month=month), original_promised_at=at(10, 17, month=month),
                           ready_at=at(10, 15, month=month), customer_told_at=at(10, 15, month=month),
                           settled_at=at(10, 16, month=month), delivered_at=at(10, 16, 30, month=month),
                           passed_qc_first_time=True)
            _labour(session, order, "100.00")
            _pay(session, order, "payment", "100.00", at(10, 16, month=month))


def _near(colour: QColor, wanted: str, tolerance: int = 45) -> bool:
    target = QColor(wanted)
    return (abs(colour.red() - target.red()) <= tolerance and abs(colour.green() - target.green()) <= tolerance
            and abs(colour.blue() - target.blue()) <= tolerance)


def _line_pixels(chart: TrendChart, first: int, last: int, value: float) -> tuple[int, int]:
    """(blue, orange) pixels along the lines between month ``first`` and ``last`` at ``value``, the markers
    left out: what the owner sees of each line where they run together."""
    image = chart.grab().toImage()
    ratio = image.devicePixelRatio()
    y = chart._y(value)
    xs = [chart._slot(i).center().x() for i in range(first, last + 1)]
    blue = orange = 0
    for x in range(int(xs[0]), int(xs[-1]) + 1):
        if min(abs(x - mark) for mark in xs) < 11:
            continue
        for dy in range(-6, 7):
            pixel = image.pixelColor(int(x * ratio), int((y + dy) * ratio))
            blue += _near(pixel, PALETTE[0])
            orange += _near(pixel, PALETTE[1])
    return blue, orange


def test_both_on_time_lines_show_when_they_agree(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    build_punctual_garage(ctx)
    tab = _tab(qtbot, ctx)
    tab.choose_figure(Figure.ON_TIME)
    chart = tab.ui.trendChart
    in_force, original = chart.series()
    assert (in_force.name, original.name) == ("Promise in force", "Original promise")
    assert in_force.values[-3:] == original.values[-3:] == (1.0, 1.0, 1.0)  # the values stay true, not shifted
    blue, orange = _line_pixels(chart, 9, 11, 1.0)
    assert blue > 10 and orange > 10, (blue, orange)  # one line on the other: both still seen
    # told apart by more than colour: a solid line with dots and a dashed one with hollow diamonds
    assert (in_force.marker, in_force.dashed, original.marker, original.dashed) == ("dot", False, "diamond", True)


@pytest.mark.parametrize("figure", [Figure.ON_TIME, Figure.ON_TIME_ORIGINAL, Figure.FIRST_TIME_FIX])
def test_rate_charts_start_at_zero(qtbot, ctx: AppContext, figure: Figure) -> None:  # type: ignore[no-untyped-def]
    build_punctual_garage(ctx)
    tab = _tab(qtbot, ctx)
    tab.choose_figure(figure)
    chart = tab.ui.trendChart
    values = [v for series in chart.series() for v in series.values if v is not None]
    assert values and min(values) >= 0.85  # every rate high: a scale cut at 80 % would magnify its swings
    plot = chart._plot()
    for rate in (0.0, 0.9, 1.0):  # a rate's height is in proportion to it: 90 % is nine tenths up
        assert chart._y(rate) == pytest.approx(plot.bottom() - plot.height() * rate)
    assert chart.axis_ticks() == ["0%", "25%", "50%", "75%", "100%"]


def test_the_month_with_nothing_counted_keeps_the_scale(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    build_punctual_garage(ctx)
    tab = _tab(qtbot, ctx)
    tab.set_month(date(2026, 6, 1))
    shown(qtbot, tab)
    tab.choose_figure(Figure.ON_TIME)
    assert tab.ui.trendChart.axis_ticks()[0] == "0%"
    assert not tab.grab().isNull()
