"""Shared fixtures: an offscreen Qt, a migrated temporary database, operators of every role.

The database is a temporary SQLite file; with ``GARAGE_TEST_PG_URL`` set (a PostgreSQL URL whose login may
create databases, as `.ci/pg_server` gives), every test under ``tests/integration`` runs twice, on SQLite and on
a fresh database of that server (``backend`` is the parameter). A test that only makes sense on one backend
says so with ``@pytest.mark.sqlite_only("why")`` (a file, a backup by file copy …).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import gc
import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from garage_desktop.db.engine import Database
from garage_desktop.db.migrate import upgrade
from garage_desktop.domain.classes import Role
from garage_desktop.services import audit, bootstrap, clock, operators
from garage_desktop.ui.collector import collect_due


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
    # The Reports tab freezes what the collector holds once its figures are read (long-lived in a window); between
    # tests the earlier tests' windows must be collectable again. Collected here, between tests: left to a later
    # collection, the windows, contexts and timers of many earlier tests were destroyed together at a random
    # moment of a later test, inside one of its Qt slots (the full suite left a Reports trend unfilled).
    if gc.get_freeze_count():
        gc.unfreeze()
        gc.collect()
    else:
        collect_due()  # the UI tests collect only here, on the main thread (``tests/ui/conftest.qapp``)


PG_URL = os.environ.get("GARAGE_TEST_PG_URL", "")
_TEMPLATE = f"garage_template_{os.getpid()}"
_numbers = itertools.count(1)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only(why): the test only makes sense on SQLite (not run on a server)")
    config.addinivalue_line("markers", "server_only(why): the test only makes sense on PostgreSQL (skipped without "
                                       "GARAGE_TEST_PG_URL)")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Integration tests that use the database run on SQLite and, when a server is given, on PostgreSQL."""
    if "backend" not in metafunc.fixturenames:
        return
    on_server = (PG_URL and "integration" in Path(str(metafunc.definition.path)).parts
                 and metafunc.definition.get_closest_marker("sqlite_only") is None)
    backends = ["sqlite", "postgresql"] if on_server else ["sqlite"]
    if metafunc.definition.get_closest_marker("server_only") is not None:
        backends = ["postgresql"] if on_server else []  # no server given: pytest skips the test
    metafunc.parametrize("backend", backends, scope="function")


def _server(database: str = "") -> str:
    from sqlalchemy.engine import make_url

    url = make_url(PG_URL)
    return url.set(database=database or url.database).render_as_string(hide_password=False)


def _admin(statement: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(_server(), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text(statement))
    finally:
        engine.dispose()


def _prepare(database: Database) -> None:
    upgrade(database.engine)
    with database.session_scope() as session:
        # Tests build the catalog they need; the starter catalog has its own tests.
        bootstrap.ensure_first_operator(session, starter_catalog=False)


@pytest.fixture(scope="session")
def _pg_template() -> Iterator[str]:
    """A migrated server database, made once: each test gets a copy (CREATE DATABASE … TEMPLATE, ~0.1 s)."""
    _admin(f"DROP DATABASE IF EXISTS {_TEMPLATE}")
    _admin(f"CREATE DATABASE {_TEMPLATE}")
    template = Database(_server(_TEMPLATE))
    _prepare(template)
    template.dispose()
    yield _TEMPLATE
    _admin(f"DROP DATABASE IF EXISTS {_TEMPLATE}")


@pytest.fixture
def backend() -> str:
    return "sqlite"


@pytest.fixture
def db(tmp_path: Path, backend: str, request: pytest.FixtureRequest) -> Iterator[Database]:
    if backend == "postgresql":
        template = request.getfixturevalue("_pg_template")
        name = f"garage_t{os.getpid()}_{next(_numbers)}"
        _admin(f"CREATE DATABASE {name} TEMPLATE {template}")
        database = Database(_server(name))
        yield database
        database.dispose()
        drop_server_databases(name)
        return
    database = Database(f"sqlite:///{tmp_path / 'test.sqlite3'}")
    _prepare(database)
    yield database
    database.dispose()


@pytest.fixture
def empty_server_database(backend: str) -> Iterator[str]:
    """A new database on the test server without a single table (for a ``server_only`` test): its URL, with the
    password. Dropped afterwards, with whatever was renamed aside from it (``<name>_before_restore_…``)."""
    assert backend == "postgresql", "empty_server_database is for server_only tests"
    name = f"garage_e{os.getpid()}_{next(_numbers)}"
    _admin(f"CREATE DATABASE {name}")
    yield _server(name)
    drop_server_databases(name)


def drop_server_databases(name: str) -> None:
    """Drop the server database ``name`` and those a restore kept beside it."""
    from sqlalchemy import create_engine, text

    engine = create_engine(_server(), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            aside = name.replace("_", "\\_") + "\\_before\\_restore\\_%"
            found = connection.execute(text("SELECT datname FROM pg_database WHERE datname = :name "
                                            "OR datname LIKE :aside"), {"name": name, "aside": aside})
            for (database,) in found.all():
                connection.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
    finally:
        engine.dispose()


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
