"""Alembic environment: uses the program's engine when given one, else the URL in the config."""

from __future__ import annotations

from alembic import context

from garage_desktop.db.engine import make_engine
from garage_desktop.db.migrate import migration_connection, render_item
from garage_desktop.db.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    owned = engine is None
    if owned:
        engine = make_engine(config.get_main_option("sqlalchemy.url") or "")
    try:
        # One transaction for the whole upgrade; on SQLite foreign keys are off while tables are rebuilt.
        with migration_connection(engine) as connection:
            context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True,
                              render_item=render_item)
            with context.begin_transaction():
                context.run_migrations()
    finally:
        if owned:
            engine.dispose()


run_migrations_online()
