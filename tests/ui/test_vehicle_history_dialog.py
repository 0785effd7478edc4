"""Issue 20: the vehicle history of a car with many visits opens with its newest visits and reads the older ones as
the list is scrolled to them: once scrolled to the end, every visit is there, as the whole history has them."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from garage_desktop.db.engine import Database
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.services import clock, vehicle_history
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.dialogs import vehicle_history_dialog
from garage_desktop.ui.dialogs.vehicle_history_dialog import VehicleHistoryDialog
from tests.integration.test_followup import NOW, make_car, make_order

S = OrderStatus
VISITS = vehicle_history_dialog.PAGE * 2 + 3  # three pages, the last one short


@pytest.fixture
def regular(db: Database) -> int:
    """A car that came in every month for years: the newest visit not handed over yet, one cancelled."""
    clock.set_fixed(NOW)
    _, car = make_car(db, plate="粵B60060")
    for n in range(VISITS):
        delivered = NOW - timedelta(days=30 * n + 1)
        status = S.IN_REPAIR if n == 0 else S.CANCELLED if n == 7 else S.FOLLOWED_UP
        make_order(db, car, status=status, delivered_at=None if status is not S.FOLLOWED_UP else delivered,
                   received_at=delivered - timedelta(hours=8), complaint=f"第{VISITS - n}次",
                   mileage_in=90_000 - 1_000 * n)
    return car


def _numbers(dialog: VehicleHistoryDialog) -> list[str]:
    tree = dialog.ui.ordersTree
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def _texts(dialog: VehicleHistoryDialog) -> list[list[str]]:
    """Every visit's columns and its rows, each visit opened (its rows are made when first opened)."""
    tree = dialog.ui.ordersTree
    for i in range(tree.topLevelItemCount()):
        tree.topLevelItem(i).setExpanded(True)
    return [[tree.topLevelItem(i).text(c) for c in range(tree.columnCount())]
            + [tree.topLevelItem(i).child(j).text(0) for j in range(tree.topLevelItem(i).childCount())]
            for i in range(tree.topLevelItemCount())]


def test_a_car_with_more_visits_than_a_page_shows_all_of_them_when_scrolled(qtbot: QtBot, ctx: AppContext,
                                                                          db: Database, regular: int) -> None:
    whole = ctx.read(vehicle_history.vehicle_history, regular)
    assert len(whole.orders) == VISITS
    dialog = VehicleHistoryDialog(ctx, regular)
    qtbot.addWidget(dialog)
    dialog.resize(1100, 720)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert len(_numbers(dialog)) < VISITS  # the first page: the older visits not read yet
    assert _numbers(dialog) == [o.order_no for o in whole.orders[:len(_numbers(dialog))]]
    # The counts are of every visit, read or not.
    repairs = sum(1 for o in whole.orders if o.repaired)
    within = sum(1 for o in whole.orders if o.warranty.state == "within")
    assert dialog.ui.summaryLabel.text() == f"{repairs} repairs on record, {within} still under warranty"
    bar = dialog.ui.ordersTree.verticalScrollBar()
    for _ in range(VISITS):  # the user scrolls down, page after page
        if len(_numbers(dialog)) == VISITS:
            break
        bar.setValue(bar.maximum())
        qtbot.wait(1)
    assert _numbers(dialog) == [o.order_no for o in whole.orders]
    full = VehicleHistoryDialog(ctx, regular)  # the same rows as the whole history read at once
    qtbot.addWidget(full)
    full.show_all()
    assert _texts(dialog) == _texts(full)


def test_a_visits_rows_are_made_when_it_is_first_opened(qtbot: QtBot, ctx: AppContext, regular: int) -> None:
    """Issue 20: only the newest visit opens with the dialog; the others show they can be opened and make their
    rows then, once."""
    dialog = VehicleHistoryDialog(ctx, regular)
    qtbot.addWidget(dialog)
    dialog.resize(1100, 720)
    dialog.show()
    qtbot.waitExposed(dialog)
    tree = dialog.ui.ordersTree
    newest, older = tree.topLevelItem(0), tree.topLevelItem(1)
    assert newest.isExpanded() and newest.childCount() > 0
    assert older.childCount() == 0
    assert older.childIndicatorPolicy() is QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator
    older.setExpanded(True)
    rows = [older.child(i).text(0) for i in range(older.childCount())]
    assert rows and rows[0].startswith("Complaint: ")
    older.setExpanded(False)
    older.setExpanded(True)  # opened again: the same rows, not twice
    assert [older.child(i).text(0) for i in range(older.childCount())] == rows


def test_a_visits_page_asked_for_is_read_as_the_whole_history_reads_it(db: Database, ctx: AppContext,
                                                                      regular: int) -> None:
    whole = ctx.read(vehicle_history.vehicle_history, regular)
    first = ctx.read(vehicle_history.vehicle_history, regular, first=5)
    assert first.orders == whole.orders[:5] and len(first.unread) == VISITS - 5
    assert (first.repairs, first.within) == (whole.repairs, whole.within)
    assert first.recommendations == whole.recommendations
    rest = ctx.read(vehicle_history.visits, regular, list(first.unread), first.today)
    assert first.orders + rest == whole.orders
