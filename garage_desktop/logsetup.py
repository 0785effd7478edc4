"""A rotating log file in the data folder; unexpected errors end up here, not on the screen."""

from __future__ import annotations

import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from garage_desktop.paths import PRIVATE_FILE, private_file, private_folder

_log_file: Path | None = None


def log_file() -> Path:
    if _log_file is not None:
        return _log_file
    from garage_desktop.paths import log_dir

    return log_dir() / "garage_desktop.log"


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating log whose files only the user can read (POSIX): the log may name customers."""

    def _open(self):  # type: ignore[no-untyped-def]
        os.close(os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE))
        private_file(Path(self.baseFilename))  # a log written by an older version may still be 0o644
        return super()._open()


def setup_logging(directory: Path | None = None) -> Path:
    global _log_file
    try:
        if directory is None:
            from garage_desktop.paths import log_dir

            directory = log_dir()
        directory.mkdir(parents=True, exist_ok=True)
        private_folder(directory)
        _log_file = directory / "garage_desktop.log"
        for old in directory.glob("garage_desktop.log*"):
            private_file(old)
        handler: logging.Handler = PrivateRotatingFileHandler(_log_file, maxBytes=1_000_000, backupCount=5,
                                                              encoding="utf-8")
    except OSError as error:  # a read-only data folder: say so on stderr instead of dying with a traceback
        where = directory if directory is not None else "the data folder"
        print(f"garage-desktop: cannot write the log in {where}: {error.strerror or error}", file=sys.stderr)
        _log_file = (directory or Path(".")) / "garage_desktop.log"
        handler = logging.StreamHandler(sys.stderr)
        handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(handler)
    return _log_file
