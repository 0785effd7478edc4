"""Bring a database to the current schema at start-up (Alembic), skipping Alembic when already current."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, inspect, text

from garage_desktop.db.types import EnumText, RoleSet, Scaled

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest migration; a test checks it equals Alembic's head. Start-up compares against it so that a
# current database never pays for importing Alembic.
HEAD_REVISION = "0014_insurers_receivables"


class SchemaTooNew(Exception):
    """The database was written by a newer program version."""


class MigrationBroke(Exception):
    """A migration left rows pointing at rows that do not exist; nothing of it was kept."""


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def alembic_config(engine: Engine):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    # The config is an INI parser: a '%' (a path like "50%", an escaped password) must be doubled.
    url = engine.url.render_as_string(hide_password=False).replace("%", "%%")
    config.set_main_option("sqlalchemy.url", url)
    config.attributes["engine"] = engine
    return config


def known_revision_ids() -> set[str]:
    """Every schema revision this program knows (a database at another one is from a newer program)."""
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory(str(MIGRATIONS_DIR)).walk_revisions()}


def upgrade(engine: Engine) -> bool:
    """Migrate to the head revision. Returns True if anything ran. Refuses a database from a newer program."""
    revision = current_revision(engine)
    if revision == HEAD_REVISION:
        return False
    if revision is not None and revision not in known_revision_ids():
        raise SchemaTooNew(revision)
    from alembic import command

    command.upgrade(alembic_config(engine), "head")
    return True


@contextmanager
def migration_connection(engine: Engine) -> Iterator[Connection]:
    """A connection for schema changes: all of them in one transaction, kept only if every row still points
    at a row that exists.

    On SQLite two things need doing by hand. Python's driver starts no transaction before DDL, so a failure
    (or the PC switched off) half-way would leave half a schema: the transaction is begun here. And Alembic's
    batch mode rebuilds a table by copying it, dropping the original and renaming the copy; with foreign keys
    on, that DROP deletes every row that cascades from it (all the lines of every order). So foreign keys are
    off during the migration and checked with ``foreign_key_check`` before the commit instead.
    """
    with engine.connect() as connection:
        if engine.dialect.name != "sqlite":
            with connection.begin():
                yield connection
            return
        # AUTOCOMMIT hands transaction control to us (the pool restores the level when the connection returns).
        connection.execution_options(isolation_level="AUTOCOMMIT")
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")  # has no effect inside a transaction
        try:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            try:
                yield connection
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise MigrationBroke(f"rows with a missing parent after migrating: {broken[:10]}")
            except BaseException:
                connection.exec_driver_sql("ROLLBACK")
                raise
            connection.exec_driver_sql("COMMIT")
        finally:
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")


def render_item(type_: str, obj: Any, autogen_context: Any) -> str | bool:
    """Alembic autogenerate hook: write the program's column types as their plain database type.

    A migration must not import ``garage_desktop.db.types`` (it may change later; the migration may not), so
    ``Scaled`` becomes ``sa.Integer()``, ``EnumText`` ``sa.String(length=24)`` and ``RoleSet``
    ``sa.String(length=80)``. False: Alembic's default.
    """
    if type_ == "type" and isinstance(obj, (Scaled, EnumText, RoleSet)):
        return f"sa.{obj.impl_instance!r}"
    return False
