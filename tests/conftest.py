"""Shared fixtures: an offscreen Qt, a migrated temporary database, operators of every role."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from garage_desktop.db.engine import Database
from garage_desktop.db.migrate import upgrade
from garage_desktop.domain.classes import Role
from garage_desktop.services import audit, bootstrap, clock, operators


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real user's data folder or QSettings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("HOME", str(home))


@pytest.fixture(autouse=True)
def _every_change_is_audited() -> Iterator[None]:
    """Every test is also a check that no transaction changes the garage's records without an audit event."""
    remove = audit.install_guard(direct_from=[Path(__file__).parent])
    yield
    remove()


@pytest.fixture(autouse=True)
def _release_clock() -> Iterator[None]:
    yield
    clock.set_fixed(None)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database(f"sqlite:///{tmp_path / 'test.sqlite3'}")
    upgrade(database.engine)
    with database.session_scope() as session:
        # Tests build the catalog they need; the starter catalog has its own tests.
        bootstrap.ensure_first_operator(session, starter_catalog=False)
    yield database
    database.dispose()


@pytest.fixture
def people(db: Database) -> dict[Role, int]:
    """One operator id per role (the bootstrap owner is the OWNER)."""
    with db.session_scope() as session:
        owner = operators.list_operators(session)[0].id
        ids = {Role.OWNER: owner}
        names = {Role.ADVISOR: "王小明", Role.INSPECTOR: "李檢驗", Role.FOREMAN: "張班長", Role.STORE: "趙庫管",
                 Role.CASHIER: "陳收銀"}
        for role, name in names.items():
            ids[role] = operators.save_operator(session, owner, None, name, role, team="一組").id
    return ids


@pytest.fixture
def advisor(people: dict[Role, int]) -> int:
    return people[Role.ADVISOR]
