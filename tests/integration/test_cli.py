"""The command line as a script or a newcomer uses it: write a demo file, and the --smoke start-up check."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def _env(tmp_path: Path) -> dict[str, str]:
    """A clean user: data, config and home in the test's folder, no display."""
    env = dict(os.environ)
    env.update(HOME=str(tmp_path / "home"), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), QT_QPA_PLATFORM="offscreen")
    return env


def _run(tmp_path: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "garage_desktop", *args], check=False, capture_output=True,
                          text=True, env=_env(tmp_path), cwd=tmp_path, timeout=timeout)


def test_demo_command_writes_a_new_file_and_refuses_to_overwrite_it(tmp_path: Path) -> None:
    target = tmp_path / "garage.sqlite3"
    done = _run(tmp_path, "demo", "--db", str(target), "--orders", "40")
    assert done.returncode == 0, done.stderr
    assert target.exists() and target.stat().st_size > 0
    assert "40 orders" in done.stdout

    again = _run(tmp_path, "demo", "--db", str(target), "--orders", "40")
    assert again.returncode == 2
    assert "already exists" in again.stderr
    assert "Traceback" not in again.stderr


def test_smoke_start_shows_the_window_and_exits_cleanly(tmp_path: Path) -> None:
    done = _run(tmp_path, "--smoke", timeout=180)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "smoke: ok" in done.stdout
    assert "Traceback" not in done.stderr
