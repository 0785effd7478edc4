"""Start-up to a filled workshop board, against a bare PySide6 + SQLAlchemy window with the same tabs.

Target (issue 2): the program, started on a garage with 50,000 vehicles and 200,000 orders, shows its board
filled in at most 1.5× the time ``bare_window.py`` takes to show an empty window with the same tabs, median,
same run. Both run as fresh processes (offscreen, a clean home folder) and are timed the same way, from the
parent: process start until the line saying the window is ready (``--startup-probe`` for the program).
Runs alternate, after one warm-up run of each. Timings are printed, never asserted.

    python benchmarks/bench_startup.py [--db EXISTING.sqlite3] [--runs 7] [--bundle dist/garage-desktop/garage-desktop]
                                       [--platform xcb]

``--bundle`` times the PyInstaller bundle's executable instead of ``python -m garage_desktop`` (the bare window
stays the baseline); ``--platform xcb`` runs both on the X display in ``DISPLAY`` (e.g. under ``xvfb-run``)
instead of offscreen.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from generate import generate

TARGET = 1.5
HERE = Path(__file__).resolve().parent


def launch(command: list[str], marker: str, env: dict[str, str], timeout: float = 120) -> tuple[float, str]:
    """Seconds from starting ``command`` to its ``marker`` line on stdout, and that line."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
                               cwd=HERE)
    assert process.stdout is not None
    try:
        for line in process.stdout:
            if line.startswith(marker):
                return time.perf_counter() - started, line.strip()
        raise RuntimeError(f"{command[1:]} ended without printing {marker!r}")
    finally:
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def byte_compile_program() -> None:
    """Compile the package to bytecode first, as installing it does (pip, the PyInstaller bundle). Without it, a
    source checkout started with PYTHONDONTWRITEBYTECODE set compiles every module on every start, and the
    figure would measure the compiler instead of the program."""
    import compileall

    import garage_desktop

    compileall.compile_dir(Path(garage_desktop.__file__).parent, quiet=1)


def bench(db: Path, runs: int, home: Path, bundle: Path | None = None,
          platform: str = "offscreen") -> dict[str, list[float]]:
    env = dict(os.environ, QT_QPA_PLATFORM=platform, HOME=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"))
    program = [str(bundle.resolve())] if bundle else [sys.executable, "-m", "garage_desktop"]
    programs = {
        "bare window": ([sys.executable, str(HERE / "bare_window.py")], "bare-window:"),
        "garage_desktop": ([*program, "--db", str(db), "--startup-probe"], "startup-probe:"),
    }
    times: dict[str, list[float]] = {name: [] for name in programs}
    for run in range(runs + 1):
        for name, (command, marker) in programs.items():
            seconds, line = launch(command, marker, env)
            if name == "garage_desktop" and run == 0:
                print(f"  {line}")
                if " rows=0" in line:
                    raise RuntimeError("the board stayed empty")
            if run:  # the first run of each only warms the disk cache
                times[name].append(seconds)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing generated database (default: generate one)")
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each (at least 5)")
    parser.add_argument("--bundle", type=Path, help="time this PyInstaller executable instead of the package")
    parser.add_argument("--platform", default="offscreen", help="Qt platform for both (default offscreen)")
    args = parser.parse_args()
    runs = max(5, args.runs)
    with tempfile.TemporaryDirectory(prefix="garage-bench-") as folder:
        db = args.db
        if db is None:
            db = Path(folder) / "bench.sqlite3"
            print("generating 50,000 vehicles and 200,000 orders …")
            generate(db)
        byte_compile_program()
        times = bench(db, runs, Path(folder) / "home", args.bundle, args.platform)
    bare = statistics.median(times["bare window"])
    real = statistics.median(times["garage_desktop"])
    print(f"\nstart-up to a shown window, {runs} runs each (seconds, from process start)")
    print(f"{'':<28}{'median':>8}{'min':>8}{'max':>8}")
    ours = "bundle, board filled" if args.bundle else "garage_desktop, board filled"
    print(f"platform {args.platform}")
    for name, label in (("bare window", "bare PySide6 window"), ("garage_desktop", ours)):
        values = times[name]
        print(f"{label:<28}{statistics.median(values):>8.3f}{min(values):>8.3f}{max(values):>8.3f}")
    ratio = real / bare
    print(f"ratio {ratio:.2f}× — {'within' if ratio <= TARGET else 'OVER'} the {TARGET}× target")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
