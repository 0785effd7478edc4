"""One program per database: the second start is refused and brings the first forward."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from garage_desktop.ui.single_instance import SingleInstance
from tests.integration.test_data_safety import ordinary_user_folder


@pytest.fixture
def ordinary_user() -> Iterator[tuple[Path, int | None]]:
    with ordinary_user_folder() as found:
        yield found


def test_second_start_on_the_same_file_wakes_the_first(qtbot, tmp_path: Path) -> None:
    db_file = tmp_path / "garage.sqlite3"
    first = SingleInstance(db_file)
    assert first.acquire()
    first.listen()
    second = SingleInstance(db_file)
    with qtbot.waitSignal(first.activated, timeout=3000):
        assert not second.acquire()
    other = SingleInstance(tmp_path / "other.sqlite3")
    assert other.acquire()  # another database is another program
    other.release()
    first.release()
    third = SingleInstance(db_file)
    assert third.acquire()  # free again once the first one closed
    third.release()


def test_a_second_start_before_the_first_listens_is_still_refused(tmp_path: Path) -> None:
    """The socket opens once the first window is up; the lock alone already keeps a second program out."""
    db_file = tmp_path / "garage.sqlite3"
    first = SingleInstance(db_file)
    assert first.acquire()
    assert not SingleInstance(db_file).acquire()
    first.release()


def test_a_second_demo_start_leaves_the_open_demo_alone(qtbot, qapp, monkeypatch: pytest.MonkeyPatch) -> None:
    """``garage-desktop --demo`` while a window is open on the demo: that window comes forward, its file stays."""
    import sys

    from garage_desktop.__main__ import main

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # the start installs the window's own hook
    from garage_desktop.paths import data_dir
    from tests.integration.test_data_safety import make_garage

    demo = make_garage(data_dir() / "demo.sqlite3")
    before = demo.read_bytes()
    first = SingleInstance(demo)
    assert first.acquire()
    first.listen()
    try:
        with qtbot.waitSignal(first.activated, timeout=5000):
            assert main(["--demo", "--lang", "en"]) == 0
        assert demo.read_bytes() == before
    finally:
        first.release()


# The window's start as an ordinary user (root may write anywhere); message boxes are printed, not shown.
WINDOW = """
import sys
from PySide6.QtWidgets import QMessageBox

def critical(parent, title, text, *args, **kwargs):
    print("message box:", title, "|", text, flush=True)
    return QMessageBox.StandardButton.Ok

QMessageBox.critical = critical
from garage_desktop.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
@pytest.mark.parametrize("read_only", ["folder", "file"])
def test_a_read_only_folder_or_file_is_named_at_start(ordinary_user, read_only: str) -> None:
    from tests.integration.test_data_safety import make_garage, owned_by, run_program

    home, user = ordinary_user
    live = make_garage(home / "shop" / "garage.sqlite3")
    owned_by(home / "shop", user)
    (home / "shop" if read_only == "folder" else live).chmod(0o555 if read_only == "folder" else 0o444)
    done = run_program(["-c", WINDOW, "--db", str(live), "--lang", "en"], home, user=user)
    assert done.returncode == 1, done.stdout + done.stderr
    expected = (f"The data folder {home / 'shop'} is not writable" if read_only == "folder"
                else f"The database file {live} is read-only")
    assert expected in done.stderr and "already open" not in done.stderr
    assert "message box: Cannot open the database | " + expected in done.stdout
