"""Issue 17, item 3, as the counter meets it: the workshop board on one PC shows a car another PC has just
received, within two seconds, without anybody clicking."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import datetime

from pytestqt.qtbot import QtBot

from garage_desktop.db.engine import Database
from garage_desktop.services import clock, intake
from garage_desktop.services.customers import VehicleForm
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.main_window import MainWindow
from garage_desktop.ui.seat_watch import SeatWatch
from tests.integration.test_intake import walk_in
from tests.ui.test_board_tab import shown_ids


def test_the_board_shows_a_car_received_at_another_pc_within_two_seconds(qtbot: QtBot, ctx: AppContext) -> None:
    clock.set_fixed(datetime(2026, 11, 28, 10, 30))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    board = window.tabs["board"]
    watch = SeatWatch(ctx, window)
    watch.start()
    other = Database(str(ctx.db.url))  # the other PC: its own connections to the same garage
    try:
        assert shown_ids(board) == []
        with other.session_scope() as session:
            received = intake.receive(session, ctx.operator_id,
                                      replace(walk_in(), vehicle=VehicleForm(plate="粵B7D512")))
        done = time.monotonic()
        qtbot.waitUntil(lambda: shown_ids(board) == [received.order_id], timeout=2000)
        assert time.monotonic() - done < 2
    finally:
        watch.stop()
        other.dispose()
