"""Where things live: the user's data folder, the default database URL, and bundled resources."""

from __future__ import annotations

import sys
from pathlib import Path

from garage_desktop import APP_AUTHOR, APP_NAME


def data_dir() -> Path:
    """The per-user data folder (created on demand): the database, logs and backups live here."""
    from platformdirs import user_data_dir

    path = Path(user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / "garage.sqlite3"


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_url(db: str | Path | None) -> str:
    """Turn the --db argument (a file path or a full SQLAlchemy URL) into a URL."""
    if db is None:
        return f"sqlite:///{default_db_path()}"
    text = str(db)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def sqlite_file(url: str) -> Path | None:
    """The file behind a sqlite URL, or None for other databases and in-memory SQLite."""
    prefix = "sqlite:///"
    if not url.startswith(prefix):
        return None
    rest = url[len(prefix):]
    if not rest or rest == ":memory:":
        return None
    return Path(rest)


def resources_dir() -> Path:
    """resources/ beside the package, or inside the PyInstaller bundle when frozen."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def font_path() -> Path:
    return resource("fonts", "WenQuanYiMicroHei.ttf")
