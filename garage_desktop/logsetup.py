"""A rotating log file in the data folder; unexpected errors end up here, not on the screen."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

_log_file: Path | None = None


def log_file() -> Path:
    if _log_file is not None:
        return _log_file
    from garage_desktop.paths import log_dir

    return log_dir() / "garage_desktop.log"


def setup_logging(directory: Path | None = None) -> Path:
    global _log_file
    if directory is None:
        from garage_desktop.paths import log_dir

        directory = log_dir()
    directory.mkdir(parents=True, exist_ok=True)
    _log_file = directory / "garage_desktop.log"
    handler = RotatingFileHandler(_log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(handler)
    return _log_file
