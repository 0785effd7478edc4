"""The id sequences of a PostgreSQL database, put right after rows were written with their ids given.

SQLite gives a new row the highest id plus one. PostgreSQL takes it from the column's sequence, which knows
nothing of rows inserted with an explicit id (the demo garage, a move from a SQLite file, a hand import): the
first customer registered afterwards would get id 1 again and fail on the primary key. ``reset_sequences`` sets
every sequence of the schema's tables to continue after the highest id in its column. On SQLite it does nothing.

Call it on the connection that wrote the rows, in the same transaction, after the last of them.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

# Every column of the current schema's tables that takes its default from a sequence (serial or identity).
_SEQUENCES = text("""
    SELECT c.relname, a.attname, pg_get_serial_sequence(quote_ident(n.nspname) || '.' || quote_ident(c.relname),
                                                        a.attname)
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    WHERE c.relkind IN ('r', 'p') AND n.nspname = current_schema()
      AND pg_get_serial_sequence(quote_ident(n.nspname) || '.' || quote_ident(c.relname), a.attname) IS NOT NULL
    ORDER BY c.relname, a.attname
""")


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def reset_sequences(connection: Connection) -> dict[str, int]:
    """Set each sequence of the schema's tables to go on after the highest id of its column (1 for an empty
    table). Returns {"table.column": the next id it will give}; {} on SQLite."""
    if connection.dialect.name != "postgresql":
        return {}
    following: dict[str, int] = {}
    for table, column, sequence in connection.execute(_SEQUENCES).all():
        highest = connection.execute(text(f"SELECT max({_quote(column)}) FROM {_quote(table)}")).scalar()
        next_id = int(highest or 0) + 1
        # is_called = false: the next nextval() returns next_id itself (1 for an empty table, the lowest allowed)
        connection.execute(text("SELECT setval(:sequence, :next_id, false)"),
                           {"sequence": sequence, "next_id": next_id})
        following[f"{table}.{column}"] = next_id
    return following
