"""Where things live: the user's data folder, the default database URL, and bundled resources."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from garage_desktop import APP_AUTHOR, APP_NAME

_data_dir_override: Path | None = None


def use_data_dir(path: Path | None) -> None:
    """Make ``path`` the data folder for this process (the smoke start keeps everything in its own folder)."""
    global _data_dir_override
    _data_dir_override = path


def data_dir() -> Path:
    """The per-user data folder (created on demand): the database, logs and backups live here."""
    if _data_dir_override is not None:
        path = _data_dir_override
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    private_folder(path)  # the database, the log and the backups hold customers' names and phones
    return path


def default_db_path() -> Path:
    return data_dir() / "garage.sqlite3"


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    private_folder(path)
    return path


def database_url(db: str | Path | None) -> str:
    """Turn the --db argument (a file path or a full SQLAlchemy URL) into a URL."""
    if db is None:
        return sqlite_url(default_db_path())
    text = str(db)
    if "://" in text:
        return text
    return sqlite_url(Path(text).expanduser().resolve())


def sqlite_url(path: str | Path) -> str:
    """The SQLAlchemy URL of a SQLite file, escaped: a folder named ``a#b``, ``a?b`` or ``a%20b`` stays itself
    (``f"sqlite:///{path}"`` would cut the path at ``?``/``#`` or decode ``%20`` into a space)."""
    text = str(path).replace("%", "%25").replace("?", "%3F").replace("#", "%23")  # what a URL reads specially
    return f"sqlite:///{text}"


def sqlite_file(url: str) -> Path | None:
    """The file behind a sqlite URL, or None for other databases and in-memory SQLite."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database
    if not database or database == ":memory:" or parsed.query.get("uri"):
        return None
    return Path(database)


# user:password@ in a URL (for texts where the URL cannot be parsed)
_URL_PASSWORD = re.compile(r"(://[^:/@\s]*:)[^@\s]*@")


def shown_url(url: str) -> str:
    """A database as it may be shown, printed or logged: a SQLite file's path, any other URL without its
    password (``postgresql+psycopg://garage:***@192.168.1.10/garage``)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    path = sqlite_file(url)
    if path is not None:
        return str(path)
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return _URL_PASSWORD.sub(r"\1***@", url)


def without_password(text: str, url: str) -> str:
    """``text`` (an error message, a traceback) with ``url``'s password blotted out wherever it appears, as typed
    or %-escaped, and any ``user:password@`` of a URL in it."""
    from urllib.parse import quote, quote_plus

    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        password = make_url(url).password
    except ArgumentError:
        password = None
    if password:
        for form in {str(password), quote(str(password), safe=""), quote_plus(str(password))}:
            text = text.replace(form, "***")
    return _URL_PASSWORD.sub(r"\1***@", text)


PRIVATE_FILE = 0o600  # files holding the garage's data: the user's alone (POSIX; ignored where not possible)
PRIVATE_FOLDER = 0o700


def private_folder(path: Path) -> None:
    """Make a folder of the program's own readable by the user only (POSIX; a FAT stick or Windows keeps its
    own rules)."""
    _chmod(path, PRIVATE_FOLDER)


def private_file(path: Path) -> None:
    """Make a file holding the garage's data (log, backup, export) readable by the user only (POSIX)."""
    _chmod(path, PRIVATE_FILE)


def _chmod(path: Path, mode: int) -> None:
    if sys.platform == "win32":
        return  # Windows ACLs: the user's profile folder is already private
    try:
        path.chmod(mode)
    except OSError:
        pass  # a file system without POSIX modes (a FAT USB stick), or not ours to change


def resources_dir() -> Path:
    """Where the bundled files (font, translations, QC templates, starter catalog, icons) are.

    Installed from a wheel they are package data in ``garage_desktop/resources/`` (pyproject.toml maps the
    repository's top-level ``resources/`` there); in the PyInstaller bundle they are in ``resources/`` of the
    bundle; in a source checkout or an editable install, the repository's ``resources/`` beside the package.
    """
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources"
    package = Path(__file__).resolve().parent
    installed = package / "resources"
    if installed.is_dir():
        return installed
    return package.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def font_path() -> Path:
    return resource("fonts", "WenQuanYiMicroHei.ttf")
