"""The KPI tab (報表) with real widgets offscreen, on the November history of ``tests.integration.test_reports``."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt

from garage_desktop.services.reports import Figure
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.tabs import reports_tab
from garage_desktop.ui.tabs.reports_tab import ReportsTab
from garage_desktop.ui.widgets.trend_chart import Series, TrendChart
from tests.integration.test_reports import NOVEMBER, History, build_history


@pytest.fixture
def history(ctx: AppContext, people: dict) -> History:
    return build_history(ctx.db, people)


@pytest.fixture
def tab(qtbot, ctx: AppContext, history: History) -> ReportsTab:  # type: ignore[no-untyped-def]
    widget = ReportsTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    widget.set_month(NOVEMBER)
    shown(qtbot, widget)
    return widget


def shown(qtbot, tab: ReportsTab) -> None:  # type: ignore[no-untyped-def]
    """Wait for the month chosen and its trend, read on the worker."""
    qtbot.waitUntil(lambda: tab.dashboard is not None and None not in tab.dashboard.trend)


def _headers(tab: ReportsTab) -> list[str]:
    model = tab.ui.ordersTable.model()
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def _column(tab: ReportsTab, header: str) -> int:
    return _headers(tab).index(header)


def _cell(tab: ReportsTab, row: int, column: int) -> str:
    model = tab.ui.ordersTable.model()
    return model.index(row, column).data()


def _listed(tab: ReportsTab) -> set[str]:
    return {_cell(tab, row, 0) for row in range(tab.ui.ordersTable.model().rowCount())}


def test_the_months_figures_as_tiles(tab: ReportsTab) -> None:
    assert tab.windowTitle() == "Reports"
    assert tab.ui.monthCombo.currentText() == "2026-11"
    ui = tab.ui
    assert (ui.firstTimeFixTile.value_text(), ui.firstTimeFixTile.detail()) == ("60.0%", "3 of 5 deliveries")
    assert ui.onTimeTile.value_text() == "80.0%" and ui.onTimeOriginalTile.value_text() == "60.0%"
    assert ui.followUpTile.value_text() == "40.0%" and ui.comebackTile.value_text() == "20.0%"
    assert ui.hoursTile.value_text() == "11.1 h" and ui.carsTile.value_text() == "5"
    assert ui.onTimeTile.detail() == "4 of 5 orders ready" and ui.carsTile.detail() == "5 different vehicles"
    assert ui.revenueTile.value_text() == "¥630.00"
    assert ui.revenueTile.detail() == "Labour ¥470.00 · Parts ¥180.00"
    assert ui.payerTile.value_text().endswith("¥385.00") and "¥245.00" in ui.payerTile.detail()
    assert (ui.depositsTile.value_text(), ui.depositsTile.detail()) == ("1", "¥500.00 held")
    assert not tab.grab().isNull()  # tiles and chart paint themselves


def test_the_first_figure_lists_its_orders_with_the_counted_ones_ticked(tab: ReportsTab) -> None:
    assert tab.figure is Figure.FIRST_TIME_FIX and tab.ui.firstTimeFixTile.is_chosen()
    assert _listed(tab) == {"WO-A", "WO-B", "WO-C", "WO-D", "WO-F"}
    counted = _column(tab, "Counted")
    marks = {_cell(tab, row, 0): _cell(tab, row, counted) for row in range(tab.ui.ordersTable.model().rowCount())}
    assert marks["WO-A"] == "✓" and marks["WO-B"] == "✗" and marks["WO-C"] == "✗"
    assert "3 of 5 orders counted" in tab.ui.ordersTitle.text()


def test_clicking_a_tile_shows_its_trend_and_orders(qtbot, tab: ReportsTab) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(tab.ui.onTimeTile, Qt.MouseButton.LeftButton)
    assert tab.figure is Figure.ON_TIME and tab.ui.onTimeTile.is_chosen()
    assert not tab.ui.firstTimeFixTile.is_chosen()
    assert _listed(tab) == {"WO-A", "WO-B", "WO-C", "WO-D", "WO-E"}  # E was ready in November
    chart = tab.ui.trendChart
    assert chart.title() == "On-time delivery, last 12 months"
    assert [s.name for s in chart.series()] == ["Promise in force", "Original promise"]
    assert chart.series()[0].values[-1] == pytest.approx(0.8) and chart.series()[1].values[-1] == pytest.approx(0.6)
    assert len(chart.labels()) == 12
    tab.ui.revenueTile.setFocus()
    qtbot.keyClick(tab.ui.revenueTile, Qt.Key.Key_Return)  # the keyboard reaches every figure
    assert tab.figure is Figure.REVENUE and _listed(tab) == {"WO-A", "WO-B", "WO-C"}
    assert "Counted" not in _headers(tab)
    assert tab.ui.trendChart.series()[0].values[-1] == pytest.approx(470.0)


def test_double_click_or_enter_opens_the_order(qtbot, tab: ReportsTab, history: History) -> None:  # type: ignore[no-untyped-def]
    table, model = tab.ui.ordersTable, tab.ui.ordersTable.model()
    row = next(r for r in range(model.rowCount()) if _cell(tab, r, 0) == "WO-B")
    rect = table.visualRect(model.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(tab.ctx.open_order_requested) as opened:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [history.ids["B"]]
    table.setCurrentIndex(model.index(row, 2))
    with qtbot.waitSignal(tab.ctx.open_order_requested) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [history.ids["B"]]


def test_choosing_another_month(qtbot, tab: ReportsTab) -> None:  # type: ignore[no-untyped-def]
    tab.set_month(date(2026, 12, 1))
    assert tab.ui.periodLabel.text() == "2026-12-01 to 2026-12-31"
    assert tab.ui.firstTimeFixTile.value_text() == "100.0%" and _listed(tab) == {"WO-E"}
    assert tab.ui.revenueTile.value_text() == "¥80.00"
    chart = tab.ui.trendChart
    plot = chart._plot()
    october = QPoint(int(plot.left() + plot.width() / 12 * 9.5), int(plot.center().y()))  # January … December
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=october)
    assert tab.month() == date(2026, 10, 1)
    assert tab.ui.revenueTile.value_text() == "¥60.00"


def test_a_figure_with_nothing_to_count_shows_a_dash(tab: ReportsTab) -> None:
    tab.set_month(date(2026, 6, 1))
    assert tab.ui.firstTimeFixTile.value_text() == "—" and tab.ui.hoursTile.value_text() == "—"
    assert tab.ui.ordersTable.model().rowCount() == 0


def test_reloads_after_changes_once_visible(tab: ReportsTab, ctx: AppContext, history: History) -> None:
    from datetime import datetime

    from garage_desktop.services import clock, followup

    clock.set_fixed(datetime(2026, 11, 11, 9, 0))
    ctx.call(followup.record_call, history.ids["C"], True, 5, "", "", None)  # the figures follow the audit trail
    clock.set_fixed(None)
    tab.hide()
    tab.on_data_changed(frozenset({"orders"}))
    assert tab.ui.followUpTile.value_text() == "40.0%"  # hidden: nothing reloads yet
    tab.show()
    assert tab.ui.followUpTile.value_text() == "60.0%"


def test_export_the_month_end_workbook(qtbot, tab: ReportsTab, tmp_path: Path,  # type: ignore[no-untyped-def]
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def choose(_parent: object, suggested: str) -> str:
        asked.append(suggested)
        return str(tmp_path / "november")

    monkeypatch.setattr(reports_tab, "ask_save_path", choose)
    qtbot.mouseClick(tab.ui.exportButton, Qt.MouseButton.LeftButton)
    assert asked and asked[0].endswith("2026-11.xlsx")
    written = tmp_path / "november.xlsx"
    book = load_workbook(written)
    assert book.sheetnames[0] == "Summary"  # the tests run the window in English
    assert book["Orders"]["A1"].value == "Order no."
    assert str(written) in tab.ui.statusLabel.text()


def test_the_workbook_is_read_and_written_in_a_child_process(qtbot, tab: ReportsTab, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 20: the month's records never enter the window's process (its heap would keep most of their memory
    for the rest of the day); a read here fails the test."""
    from garage_desktop.services import month_report

    def not_here(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the month-end report was read in the window's process")

    monkeypatch.setattr(month_report, "month_report", not_here)
    monkeypatch.setattr(reports_tab, "ask_save_path", lambda _parent, _suggested: str(tmp_path / "november.xlsx"))
    qtbot.mouseClick(tab.ui.exportButton, Qt.MouseButton.LeftButton)
    orders = load_workbook(tmp_path / "november.xlsx")["Orders"]
    assert {row[0] for row in orders.iter_rows(min_row=2, values_only=True)} >= {"WO-A", "WO-B", "WO-C"}
    assert "Saved the workbook of 2026-11" in tab.ui.statusLabel.text()


def test_export_cancelled_writes_nothing(qtbot, tab: ReportsTab, tmp_path: Path,  # type: ignore[no-untyped-def]
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reports_tab, "ask_save_path", lambda _parent, _suggested: "")
    qtbot.mouseClick(tab.ui.exportButton, Qt.MouseButton.LeftButton)
    assert tab.ui.statusLabel.text() == ""
    assert not list(tmp_path.glob("*.xlsx"))


def test_export_to_a_folder_that_is_gone_says_so(qtbot, tab: ReportsTab, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reports_tab, "ask_save_path", lambda _parent, _suggested: str(tmp_path / "gone" / "x.xlsx"))
    qtbot.mouseClick(tab.ui.exportButton, Qt.MouseButton.LeftButton)
    assert tab.ui.statusLabel.text().startswith("Could not write")


def test_trend_chart_scale_and_tooltip(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.set_trend("On time", ["10", "11"], [Series("In force", (0.9, None), "#1565c0")], ceiling=1.0,
                    value_format=lambda v: f"{v * 100:.0f}%", selected=0)
    assert chart.tooltip_text(0) == "10\nIn force: 90%"
    assert chart.tooltip_text(1) == "11\nIn force: —"  # a month with nothing to count
    assert chart.axis_ticks() == ["0%", "25%", "50%", "75%", "100%"]
    chart.resize(600, 300)
    assert not chart.grab().isNull()


def test_the_orders_sort_by_date_and_amount_not_as_text(qtbot, tab: ReportsTab) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(tab.ui.revenueTile, Qt.MouseButton.LeftButton)
    model, total = tab.ui.ordersTable.model(), _column(tab, "Total")
    tab.ui.ordersTable.sortByColumn(total, Qt.SortOrder.AscendingOrder)
    amounts = [float(_cell(tab, row, total).replace("¥", "").replace(",", "")) for row in range(model.rowCount())]
    assert amounts == sorted(amounts) and len(amounts) == 3
    tab.ui.ordersTable.sortByColumn(total, Qt.SortOrder.DescendingOrder)
    assert _cell(tab, 0, 0) == "WO-C"  # ¥245.00 first
    assert tab.order_ids_listed()[0] == model.index(0, 0).data(Qt.ItemDataRole.UserRole)


def test_figures_are_read_once_and_kept_up_to_date_from_the_audit_trail(  # type: ignore[no-untyped-def]
        qtbot, ctx: AppContext, history: History, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 20: the months are read once; a tile, a month read before, or showing the tab again read nothing;
    an order change re-reads only that order, and the figures show it."""
    from datetime import datetime

    from garage_desktop.services import clock, followup, report_cache, report_records

    reads: list[list[date]] = []
    orders_read: list[set[int]] = []
    read_months, load_orders = report_cache.read_months, report_records.load_orders
    monkeypatch.setattr(report_cache, "read_months",
                        lambda session, months, **kw: reads.append(list(months)) or read_months(session, months, **kw))
    monkeypatch.setattr(report_cache, "load_orders",
                        lambda session, ids, **kw: orders_read.append(set(ids)) or load_orders(session, ids, **kw))
    monkeypatch.setattr(reports_tab, "AHEAD_IDLE_MS", 0)  # the months before the trend read ahead at once
    widget = ReportsTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    widget.set_month(NOVEMBER)
    qtbot.waitUntil(lambda: not widget.reader.busy() and not widget._ahead.isActive())  # read ahead on a worker
    ahead = {date(2025, month, 1) for month in range(6, 12)}  # the six months before November's trend
    assert ahead <= widget.reader.cache.loaded_months()
    first = len(reads)
    assert first >= 1
    for tile in (widget.ui.onTimeTile, widget.ui.revenueTile, widget.ui.firstTimeFixTile):
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    widget.set_month(date(2026, 12, 1))
    widget.set_month(NOVEMBER)
    widget.hide()
    widget.show()
    assert len(reads) == first and orders_read == []  # nothing read again
    assert widget.ui.followUpTile.value_text() == "40.0%"
    clock.set_fixed(datetime(2026, 11, 11, 9, 0))
    ctx.call(followup.record_call, history.ids["C"], True, 5, "", "", None)
    clock.set_fixed(None)
    ctx.changed("orders")
    widget.on_data_changed(frozenset({"orders"}))
    assert widget.ui.followUpTile.value_text() == "60.0%"
    assert len(reads) == first and orders_read == [{history.ids["C"]}]  # that order alone


def test_after_an_order_changes_the_list_behind_the_figure_shows_it(  # type: ignore[no-untyped-def]
        qtbot, tab: ReportsTab, ctx: AppContext, history: History) -> None:
    """Issue 20: the list is made from the figures kept, a row's cells when first painted; after a change the
    tick and the count are the order's new ones, not those painted before."""
    from datetime import datetime

    from garage_desktop.services import clock, followup

    qtbot.mouseClick(tab.ui.followUpTile, Qt.MouseButton.LeftButton)
    counted = _column(tab, "Counted")

    def marks() -> dict[str, str]:
        return {_cell(tab, row, 0): _cell(tab, row, counted) for row in range(tab.ui.ordersTable.model().rowCount())}

    assert marks()["WO-C"] == "✗" and "2 of 5 orders counted" in tab.ui.ordersTitle.text()
    clock.set_fixed(datetime(2026, 11, 11, 9, 0))
    ctx.call(followup.record_call, history.ids["C"], True, 5, "", "", None)  # reached within two days
    clock.set_fixed(None)
    tab.on_data_changed(frozenset({"orders"}))
    assert marks()["WO-C"] == "✓" and "3 of 5 orders counted" in tab.ui.ordersTitle.text()
    assert tab.figure is Figure.FOLLOW_UP


def test_the_orders_sort_by_plate_customer_and_tick(qtbot, tab: ReportsTab) -> None:  # type: ignore[no-untyped-def]
    """The name columns sort on the names alone (no row's figures made for it), the others on their values."""
    model, table = tab.ui.ordersTable.model(), tab.ui.ordersTable
    for header in ("Plate", "Customer", "Order", "Counted", "Hours"):
        column = _column(tab, header)
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            table.sortByColumn(column, order)
            rows = range(model.rowCount())
            if header == "Hours":
                values = [float(_cell(tab, row, column) or "-1") for row in rows]
            elif header == "Counted":  # not counted first
                values = [_cell(tab, row, column) == "✓" for row in rows]
            else:
                values = [_cell(tab, row, column) for row in rows]
            assert values == sorted(values, reverse=order == Qt.SortOrder.DescendingOrder), header
            assert tab.order_ids_listed() == [model.index(row, 0).data(Qt.ItemDataRole.UserRole) for row in rows]


def test_a_months_list_makes_only_the_rows_it_shows(  # type: ignore[no-untyped-def]
        qtbot, tab: ReportsTab, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 20: a month's 1,500 orders are listed without making a line for each; only the rows painted (and
    the rows measured for the columns' widths) are made."""
    made: list[int] = []
    order_line = reports_tab.order_line
    monkeypatch.setattr(reports_tab, "order_line", lambda facts, *args: made.append(facts.order_id)
                        or order_line(facts, *args))
    monkeypatch.setattr(reports_tab, "RESIZE_ROWS", 2)
    tab.ui.ordersTable.horizontalHeader().setResizeContentsPrecision(2)
    tab.ui.ordersTable.resize(tab.ui.ordersTable.width(), 60)  # room for about one row
    qtbot.mouseClick(tab.ui.onTimeTile, Qt.MouseButton.LeftButton)
    tab.ui.ordersTable.viewport().repaint()
    assert tab.ui.ordersTable.model().rowCount() == 5
    assert 0 < len(set(made)) < 5


def test_a_month_far_back_is_read_on_the_worker_and_its_trend_fills_in(  # type: ignore[no-untyped-def]
        qtbot, tab: ReportsTab) -> None:
    """Issue 20: choosing a month never waits for a read (on ten years of a busy garage a month is a quarter of a
    second to read): a month read before shows at once, the months of its trend not read yet drawn empty, then
    filled in as the worker reads them, newest first; a month never read says it is being read, its tiles
    empty, and shows as soon as the worker has it. Nothing is drawn as a zero it is not."""
    tab.choose_figure(Figure.CARS_DELIVERED)
    before, never = date(2026, 2, 1), date(2024, 6, 1)
    loaded = tab.reader.cache.loaded_months()
    assert before in loaded and never not in loaded
    tab.set_month(before)
    assert tab.dashboard is not None and tab.dashboard.month.month == before
    values = tab.ui.trendChart.series()[0].values
    assert len(values) == 12 and values[-1] == 0.0 and None in values  # the month itself; earlier to come
    qtbot.waitUntil(lambda: not tab.reader.busy())
    assert tab.ui.trendChart.series()[0].values == (0.0,) * 12  # filled in: no cars in those months

    tab.set_month(never)
    assert tab.dashboard is None  # not waited for
    assert tab.ui.periodLabel.text().startswith(f"{never:%Y-%m}-01")
    reading = reports_tab.QCoreApplication.translate("ReportsTab", "Reading the figures…")
    assert {tile.value_text() for tile in tab.tiles.values()} == {"…"}
    assert {tile.detail() for tile in tab.tiles.values()} == {reading}
    assert tab.ui.trendChart.series() == [] and tab.ui.ordersTable.model().rowCount() == 0
    shown(qtbot, tab)
    assert tab.dashboard.month.month == never and tab.tiles[Figure.CARS_DELIVERED].value_text() == "0"
    assert tab.ui.trendChart.series()[0].values == (0.0,) * 12
    month_labels = tab.ui.trendChart.labels()
    assert month_labels[-1] == f"{never:%m}" and len(month_labels) == 12


def test_the_figures_read_ahead_are_left_out_of_garbage_collections(qtbot, ctx: AppContext,  # type: ignore[no-untyped-def]
                                                                     history: History) -> None:
    """Issue 20: the figures kept for the window's life are frozen once read, so the collector's full passes
    (which would walk every kept fact at some random click) skip them."""
    import gc

    gc.unfreeze()
    reader = reports_tab.FiguresReader.of(ctx)
    reports_tab.read_ahead(ctx)
    qtbot.waitUntil(lambda: not reader.busy())
    assert reader.cache.loaded_months() and gc.get_freeze_count() > 0
    gc.unfreeze()


def test_a_month_the_worker_failed_to_read_is_read_on_the_spot(qtbot, tab: ReportsTab,  # type: ignore[no-untyped-def]
                                                                 monkeypatch, caplog) -> None:
    """The worker's read of the month chosen failed (the database busy a moment): the tab does not wait for it
    for ever, it reads the month itself behind a progress dialog."""
    from sqlalchemy.exc import OperationalError

    cache = tab.reader.cache
    read_job = cache.read_job
    failures: list[int] = []

    def failing_once(months):  # type: ignore[no-untyped-def]
        job = read_job(months)
        if failures:
            return job

        def failing(session):  # type: ignore[no-untyped-def]
            failures.append(1)
            raise OperationalError("SELECT", {}, Exception("database is locked"))
        return failing

    monkeypatch.setattr(cache, "read_job", failing_once)
    far = date(2024, 3, 1)
    tab.set_month(far)
    assert tab.dashboard is None
    shown(qtbot, tab)
    assert failures == [1] and tab.dashboard.month.month == far
    assert tab.tiles[Figure.CARS_DELIVERED].value_text() == "0"
    assert "database is locked" in caplog.text  # the worker's failure is in the log, not lost


def test_a_closed_window_unfreezes_what_the_figures_froze(qtbot, ctx: AppContext,  # type: ignore[no-untyped-def]
                                                           history: History) -> None:
    """The freeze takes in everything alive at that moment, the window too: once the window is closed its
    objects and the figures it kept must be collectable again (a window opened again read them a second time
    and kept both: 100 MB more on ten years)."""
    import gc

    from garage_desktop.ui.main_window import MainWindow

    gc.unfreeze()
    main = MainWindow(ctx)
    main.show()
    reader = reports_tab.FiguresReader.of(ctx)
    reports_tab.read_ahead(ctx)
    qtbot.waitUntil(lambda: not reader.busy())
    assert gc.get_freeze_count() > 0
    assert main.close()
    assert gc.get_freeze_count() == 0
    main.deleteLater()


def test_a_click_on_a_month_of_the_trend_chooses_that_month(qtbot, tab: ReportsTab) -> None:  # type: ignore[no-untyped-def]
    chart = tab.ui.trendChart
    point = chart._slot(10).center().toPoint()  # the eleventh of the twelve months drawn: October
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=point)
    assert tab.month() == date(2026, 10, 1) and tab.dashboard.month.month == date(2026, 10, 1)


def test_months_looked_at_before_are_let_go_and_read_again_when_chosen(  # type: ignore[no-untyped-def]
        qtbot, tab: ReportsTab) -> None:
    """Issue 20: the window keeps the facts of this month's trend and of the month shown (with the months read
    ahead before each), not of every month ever chosen, so browsing back through ten years does not grow its
    memory; a month let go keeps its figures alone, shown at once when it is chosen again, its facts read again
    for the orders behind them."""
    tab.choose_figure(Figure.CARS_DELIVERED)
    november = tab.dashboard
    far, nearer = date(2024, 1, 1), date(2026, 6, 1)
    tab.set_month(far)
    shown(qtbot, tab)
    qtbot.waitUntil(lambda: not tab.reader.busy())
    assert {far, date(2023, 2, 1)} <= tab.reader.cache.loaded_months()
    tab.set_month(nearer)
    shown(qtbot, tab)
    qtbot.waitUntil(lambda: not tab.reader.busy())
    loaded = tab.reader.cache.loaded_months()
    assert far not in loaded and date(2023, 2, 1) not in loaded
    assert loaded <= set(reports_tab.kept_months(nearer)) and NOVEMBER in loaded
    assert far in tab.reader.cache.far_months()
    tab.set_month(far)
    assert tab.dashboard is not None and tab.dashboard.month.month == far and None not in tab.dashboard.trend
    assert tab.ui.ordersTitle.text() == "<b>Reading the orders…</b>" and tab.ui.ordersTable.model().rowCount() == 0
    qtbot.waitUntil(lambda: far in tab.reader.cache.loaded_months())
    assert "Reading" not in tab.ui.ordersTitle.text() and _listed(tab) == set()  # no cars then
    tab.set_month(NOVEMBER)
    assert tab.dashboard == november


def test_a_far_months_figures_kept_by_the_backfill_show_at_once(  # type: ignore[no-untyped-def]
        qtbot, ctx: AppContext, history: History, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 20: after start-up the figures of every month before the window are computed on the worker, a month
    per job, and kept alone; two years on, November 2026 is such a month: chosen, its tiles and its whole trend
    are drawn at once (no read on the worker waited for), and the orders behind the figure follow once its facts
    are read."""
    from datetime import datetime

    from garage_desktop.services import clock

    clock.set_fixed(datetime(2028, 12, 5, 10, 0))
    monkeypatch.setattr(reports_tab, "BACKFILL_PAUSE_MS", 0)
    reader = reports_tab.FiguresReader.of(ctx)
    reports_tab.read_ahead(ctx)
    qtbot.waitUntil(lambda: not reader.busy() and not reader.backfilling(), timeout=20_000)
    assert NOVEMBER in reader.cache.far_months() and NOVEMBER not in reader.cache.loaded_months()
    widget = ReportsTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    shown(qtbot, widget)
    widget.set_month(NOVEMBER)  # no event handled between the click and the figures: no worker's read merged
    assert widget.dashboard is not None and widget.dashboard.month.month == NOVEMBER
    assert None not in widget.dashboard.trend
    assert widget.ui.firstTimeFixTile.value_text() == "60.0%" and widget.ui.revenueTile.value_text() == "¥630.00"
    assert widget.ui.ordersTitle.text() == "<b>Reading the orders…</b>"
    qtbot.waitUntil(lambda: _listed(widget) == {"WO-A", "WO-B", "WO-C", "WO-D", "WO-F"})
