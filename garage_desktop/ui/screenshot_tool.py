"""The README's screenshots, taken from a real X display (developer chore):

    xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb \
        .venv/bin/python -m garage_desktop.ui.screenshot_tool [--out resources/screenshots] [--lang zh_CN]

The program runs on a fresh demo garage in a temporary folder (its own data folder and settings, as the smoke
start does), its window fills a 1366×768 screen less a 40-pixel taskbar, and the X server's own pixels are saved
(``QScreen.grabWindow(0)``, not a Qt-side rendering): the workshop board, the final QC tab on the car at
QC whose checklist is the largest (the engine-overhaul template with its measured checks), and the settlement
tab on a car waiting to be paid for, with the cashier's check. ``--lang`` other than
zh_TW shows the window and writes the demo garage in that language, the files named ``board_<lang>_1366x768.png``.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

TASKBAR = 40  # pixels a desktop's taskbar keeps for itself at the bottom of a 1366×768 screen


def settle(app, seconds: float) -> None:  # type: ignore[no-untyped-def]
    """Let the window paint and its deferred work (warm-up, lazy tables) finish."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=None, help="folder for the PNG files "
                        "(default: resources/screenshots of this checkout)")
    parser.add_argument("--lang", default="zh_TW", help="the window's language and the demo's script (default: zh_TW)")
    args = parser.parse_args(argv)
    from garage_desktop.paths import resource, sqlite_url, use_data_dir

    out = args.out or resource("screenshots")
    out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="garage-shots-"))
    use_data_dir(home / "data")
    from PySide6.QtGui import QGuiApplication

    from garage_desktop.domain.classes import Role
    from garage_desktop.services import board, qc_view, roster
    from garage_desktop.ui.app import build_demo, make_application, open_database, show_main_window
    from garage_desktop.ui.smoke import use_private_settings

    use_private_settings(home)
    app = make_application(language=args.lang)
    if QGuiApplication.platformName() != "xcb":
        print(f"screenshot_tool: run it on an X display (platform is {QGuiApplication.platformName()})",
              file=sys.stderr)
        return 2
    url = sqlite_url(home / "shots.sqlite3")
    build_demo(url)
    ctx, window = show_main_window(open_database(url))
    screen = QGuiApplication.primaryScreen().geometry()
    window.setGeometry(0, 0, screen.width(), screen.height() - TASKBAR)
    settle(app, 1.5)
    suffix = "" if args.lang == "zh_TW" else f"_{args.lang}"
    shots = {f"board{suffix}_1366x768.png": None}
    from datetime import datetime

    at_qc = [row.order_id for row in ctx.read_core(board.open_orders, datetime.now()).rows
             if row.status.value == "qc_pending"]

    def checklist_size(order_id: int) -> int:
        view = ctx.read(qc_view.qc_view, order_id)
        template = next(t for t in view.templates if t.id == view.default_template)
        return len(template.items()) + len(template.measurements) + len(view.lines)

    largest = max(at_qc, key=checklist_size)
    shots[f"qc{suffix}_1366x768.png"] = largest
    # the settlement tab on a car waiting to be paid for: the cashier's check above the payment
    ready = [row.order_id for row in ctx.read_core(board.open_orders, datetime.now()).rows
             if row.status.value == "ready"]
    if ready:
        shots[f"checkout{suffix}_1366x768.png"] = ready[0]
    people = ctx.read_core(roster.list_operators)
    who = {f"qc{suffix}_1366x768.png": Role.INSPECTOR, f"checkout{suffix}_1366x768.png": Role.CASHIER}
    for name, order_id in shots.items():
        if order_id is not None:
            # the person who works that tab, so its form is open to them
            ctx.set_operator(next((p.id for p in people if who[name] in p.roles), None))
            window.open_order(order_id)
            settle(app, 1.0)
        image = QGuiApplication.primaryScreen().grabWindow(0)
        image.save(str(out / name))
        print(f"wrote {out / name} ({image.width()}x{image.height()})")
    window.close()
    ctx.db.dispose()
    shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
