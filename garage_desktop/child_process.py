"""Big one-off work done in a child process, so that the memory it takes goes back to the system when it ends.

The month-end workbook reads a month's orders with every line, payment, call and the receivables, reminders and
cards beside them: on ten years of a busy garage that is tens of megabytes of Python objects for a few seconds.
Freed in the window's own process they leave its heap fragmented, and the program stays some 40 MB bigger for the
rest of the day (issue 20). A child process gives all of it back when it ends.

``run_in_child(function, *args, progress=…)`` starts a fresh Python (``spawn``: never ``fork`` a process that runs
Qt threads), calls ``function(*args, progress=report)`` there, and hands back its result or raises its exception
here. ``function`` and its arguments travel pickled: a module-level function and plain values (no session, no
Qt object). The PyInstaller bundle starts such a child through the program itself, which is why ``__main__``
calls ``multiprocessing.freeze_support()`` first.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
WAIT_S = 0.05  # how often the parent looks whether the child has said something or died


class ChildDied(RuntimeError):
    """The child process ended without handing back a result (killed, out of memory, a crash)."""


def run_in_child(function: Callable[..., Any], *args: Any, progress: Progress | None = None) -> Any:
    """``function(*args, progress=…)`` run in a child process: its result, or its exception raised here (one that
    cannot be pickled comes back as a ``RuntimeError`` with its text). Blocks: call it from a worker thread
    (``ui.runner.run_with_progress`` does)."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_child_main, args=(sender, function, args), name="garage-child", daemon=True)
    process.start()
    sender.close()  # the child holds the only writing end: its end is seen here as EOF
    try:
        while True:
            if not receiver.poll(WAIT_S):
                if process.is_alive():
                    continue
                if not receiver.poll(0):  # died without a word
                    raise ChildDied(f"the child process ended with exit code {process.exitcode}")
            try:
                kind, *payload = receiver.recv()
            except EOFError:
                process.join(5)
                raise ChildDied(f"the child process ended with exit code {process.exitcode}") from None
            if kind == "progress":
                if progress is not None:
                    progress(*payload)
            elif kind == "done":
                return payload[0]
            else:
                raise payload[0]
    finally:
        receiver.close()
        process.join(5)
        if process.is_alive():  # it said its last word: it ends by itself; never left behind
            process.kill()
            process.join()


def _child_main(sender: Any, function: Callable[..., Any], args: tuple[Any, ...]) -> None:
    def report(done: int, total: int) -> None:
        sender.send(("progress", done, total))

    try:
        result = function(*args, progress=report)
    except BaseException as error:  # noqa: BLE001 - handed to the parent, which raises it
        try:
            sender.send(("failed", error))
        except Exception:  # noqa: BLE001 - an exception that does not pickle goes back as its text
            sender.send(("failed", RuntimeError(f"{type(error).__name__}: {error}")))
    else:
        sender.send(("done", result))
    finally:
        sender.close()
