"""What a brand-new database needs before anyone can work: a first owner, starter model classes and the
starter catalog of jobs and parts (an example the garage edits)."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from garage_desktop.db.models import ModelClass, Operator
from garage_desktop.domain.classes import Role
from garage_desktop.services import operators

FIRST_OWNER_NAME = "店主"
# Starter 車型技術複雜係數; the owner edits them in Settings.
STARTER_MODEL_CLASSES: list[tuple[str, Decimal]] = [
    ("經濟型轎車", Decimal("1.000")),
    ("中級轎車 / SUV", Decimal("1.100")),
    ("中高級轎車 / MPV", Decimal("1.200")),
    ("豪華車 / 進口車", Decimal("1.500")),
    ("新能源車", Decimal("1.300")),
]


def ensure_first_operator(session: Session, *, starter_catalog: bool = True, language: str = "zh_TW") -> None:
    """On an empty database: an owner called 店主 (renamed in Settings) and the starter model classes (and
    catalog). ``language`` "zh_CN" writes their names in mainland Simplified (``documents.simplified``); any other
    as written (Traditional)."""
    from garage_desktop.documents.simplified import simplified

    say = simplified if language == "zh_CN" else str
    if session.scalar(select(Operator.id).limit(1)) is None:
        operators.first_operator(session, say(FIRST_OWNER_NAME), Role.OWNER)
    if session.scalar(select(ModelClass.id).limit(1)) is None:
        for name, coefficient in STARTER_MODEL_CLASSES:
            session.add(ModelClass(name=say(name), coefficient=coefficient, note=""))
    if starter_catalog:
        from garage_desktop.services.catalog_starter import load_starter_catalog

        load_starter_catalog(session, language=language)  # only fills an empty catalog, and only once
