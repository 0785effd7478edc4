"""A path becomes a URL (SQLAlchemy) or a URI (SQLite) escaped: '#', '?' and '%' in a folder's name stay in it."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from sqlalchemy.engine import make_url

from garage_desktop.paths import database_url, sqlite_file

ODD = ["a#b", "a?b", "a%20b", "a%b", "車 庫", "a@b:c", "a+b=c&d"]


@pytest.mark.parametrize("name", ODD)
def test_database_url_names_the_same_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name / "garage.sqlite3"
    url = database_url(path)
    assert make_url(url).database == str(path)  # the file SQLAlchemy opens
    assert not make_url(url).query
    assert sqlite_file(url) == path  # the file the checks, the lock and the backups look at


@pytest.mark.parametrize("name", ODD)
def test_sqlite_uri_names_the_same_file(tmp_path: Path, name: str) -> None:
    from garage_desktop.db.backup import sqlite_uri

    path = tmp_path / name / "garage.sqlite3"
    uri = urlsplit(sqlite_uri(path))
    assert uri.scheme == "file" and uri.query == "mode=ro" and not uri.fragment
    assert unquote(uri.path) == str(path.resolve())


def test_other_urls_have_no_file() -> None:
    assert sqlite_file("postgresql://garage@server/garage") is None
    assert sqlite_file("sqlite://") is None
    assert sqlite_file("sqlite:///:memory:") is None
    assert sqlite_file("sqlite:////srv/garage.sqlite3") == Path("/srv/garage.sqlite3")


@pytest.mark.parametrize(("system", "language"), [
    ("zh_CN", "zh_CN"), ("zh_SG", "zh_CN"), ("zh-Hans-CN", "zh_CN"), ("zh_CN.UTF-8", "zh_CN"),
    ("zh_TW", "zh_TW"), ("zh_HK", "zh_TW"), ("zh_MO", "zh_TW"), ("zh-Hant-TW", "zh_TW"), ("zh-Hant", "zh_TW"),
    ("zh-Hans-HK", "zh_CN"), ("en_US", "zh_CN"), ("C", "zh_CN"), ("", "zh_CN"), ("de_DE", "zh_CN"),
])
def test_the_first_start_speaks_the_systems_chinese_or_else_simplified(system: str, language: str) -> None:
    from garage_desktop.languages import language_for_locale

    assert language_for_locale(system) == language
