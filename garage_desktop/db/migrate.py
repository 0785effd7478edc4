"""Bring a database to the current schema at start-up (Alembic), skipping Alembic when already current."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, inspect, text

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest migration; a test checks it equals Alembic's head. Start-up compares against it so that a
# current database never pays for importing Alembic.
HEAD_REVISION = "0001_initial"


class SchemaTooNew(Exception):
    """The database was written by a newer program version."""


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def alembic_config(engine: Engine):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    config.attributes["engine"] = engine
    return config


def known_revisions(engine: Engine) -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config(engine)).walk_revisions()}


def upgrade(engine: Engine) -> bool:
    """Migrate to the head revision. Returns True if anything ran. Refuses a database from a newer program."""
    revision = current_revision(engine)
    if revision == HEAD_REVISION:
        return False
    if revision is not None and revision not in known_revisions(engine):
        raise SchemaTooNew(revision)
    from alembic import command

    command.upgrade(alembic_config(engine), "head")
    return True
