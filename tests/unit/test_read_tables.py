"""The light Core tables start-up reads must say what the models say: same tables, columns and types."""

from __future__ import annotations

import pytest
from sqlalchemy import TableClause

from garage_desktop.db import read_tables
from garage_desktop.db.models import Base
from garage_desktop.db.types import EnumText


@pytest.mark.parametrize("light", read_tables.ALL, ids=lambda table: table.name)
def test_each_light_table_matches_its_model(light: TableClause) -> None:
    real = Base.metadata.tables[light.name]
    for column in light.c:
        assert column.name in real.c, f"{light.name}.{column.name} is not in the models"
        real_type = real.c[column.name].type
        assert type(column.type) is type(real_type), f"{light.name}.{column.name}"
        if isinstance(real_type, EnumText):
            assert column.type.enum_class is real_type.enum_class, f"{light.name}.{column.name}"
