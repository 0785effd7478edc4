"""``child_process.run_in_child``: work done in a child process hands back its result, its progress and its
errors as if it had run here; a child that dies says so instead of leaving the window waiting."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from garage_desktop.child_process import ChildDied, run_in_child


def counted(total: int, *, progress) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    for done in range(1, total + 1):
        progress(done, total)
    return os.getpid(), total


def refused(path: str, *, progress) -> None:  # type: ignore[no-untyped-def]
    Path(path).write_text("x")  # a folder that is not there: FileNotFoundError


class Unpicklable(Exception):
    def __init__(self, thing: object) -> None:
        super().__init__("a lock is not sent between processes")
        self.thing = thing


def unpicklable(*, progress) -> None:  # type: ignore[no-untyped-def]
    import threading

    raise Unpicklable(threading.Lock())


def dies(*, progress) -> None:  # type: ignore[no-untyped-def]
    progress(1, 2)
    os._exit(3)


def test_the_result_and_the_progress_come_back_from_another_process() -> None:
    seen: list[tuple[int, int]] = []
    pid, total = run_in_child(counted, 3, progress=lambda done, total: seen.append((done, total)))
    assert pid != os.getpid() and total == 3
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_an_error_comes_back_as_itself(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError) as raised:
        run_in_child(refused, str(tmp_path / "gone" / "book.xlsx"))
    assert raised.value.strerror  # what the Reports tab shows ("Could not write …: No such file or directory")


def test_an_error_that_cannot_travel_comes_back_as_its_text() -> None:
    with pytest.raises(RuntimeError, match="Unpicklable: a lock is not sent between processes"):
        run_in_child(unpicklable)


def test_a_child_that_dies_says_so() -> None:
    seen: list[tuple[int, int]] = []
    with pytest.raises(ChildDied, match="exit code 3"):
        run_in_child(dies, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 2)]
