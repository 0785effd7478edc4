"""One program per database: the second start is refused and brings the first forward."""

from __future__ import annotations

from pathlib import Path

from garage_desktop.ui.single_instance import SingleInstance


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
