"""The starter catalog (resources/catalog/starter_catalog.json): example jobs and parts for a new garage."""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from garage_desktop.db.models import AuditEvent, LabourOperation, Part
from garage_desktop.paths import resource
from garage_desktop.services import audit
from garage_desktop.services.catalog import OperationDraft, PartDraft, check_operation, check_part

STARTER_ENTITY = "catalog"
STARTER_ACTION = "starter_loaded"


@dataclass(frozen=True)
class StarterResult:
    operations: int
    parts: int


def starter_path() -> Path:
    return resource("catalog", "starter_catalog.json")


def read_starter(path: Path | None = None, language: str = "zh_TW") -> tuple[list[OperationDraft], list[PartDraft]]:
    """The starter file's operations and parts, checked like typed input (a broken entry is a bug: raises).
    ``language`` "zh_CN": their texts in mainland Simplified (``documents.simplified``); otherwise as written."""
    from garage_desktop.documents.simplified import simplified

    say = simplified if language == "zh_CN" else str
    content = json.loads((path or starter_path()).read_text(encoding="utf-8"))
    operations = []
    for entry in content["operations"]:
        clean, errors = check_operation(OperationDraft(
            entry["code"], say(entry["name"]), say(entry.get("category", "")), str(entry["standard_hours"])))
        if errors:
            raise ValueError(f"starter operation {entry['code']}: {errors[0].english()}")
        operations.append(clean)
    parts = []
    for entry in content["parts"]:
        clean_part, errors = check_part(PartDraft(
            entry["code"], say(entry["name"]), say(entry.get("spec", "")), say(entry.get("unit", "")),
            entry.get("origin", "oem"),
            str(entry["sale_price"]), str(entry.get("cost", "0")), str(entry.get("minimum", "0")),
            entry.get("bin_location", ""), say(entry.get("supplier", ""))))
        if errors:
            raise ValueError(f"starter part {entry['code']}: {errors[0].english()}")
        parts.append(clean_part)
    return operations, parts


def load_starter_catalog(session: Session, path: Path | None = None, language: str = "zh_TW") -> StarterResult:
    """Fill an EMPTY catalog (no operations and no parts) from the starter file, once per database (its texts
    in mainland Simplified for ``language`` "zh_CN", see ``read_starter``).

    Once loaded (an audit event remembers it), it never comes back, even if the owner deletes everything.
    """
    has_rows = (session.scalar(select(LabourOperation.id).limit(1)) is not None
                or session.scalar(select(Part.id).limit(1)) is not None)
    loaded_before = session.scalar(select(AuditEvent.id).where(
        AuditEvent.entity == STARTER_ENTITY, AuditEvent.action == STARTER_ACTION).limit(1)) is not None
    if has_rows or loaded_before:
        return StarterResult(0, 0)
    operations, parts = read_starter(path, language)
    for op in operations:
        assert isinstance(op.standard_hours, Decimal)
        session.add(LabourOperation(code=op.code, name=op.name, category=op.category,
                                    standard_hours=op.standard_hours))
    for p in parts:
        session.add(Part(code=p.code, name=p.name, spec=p.spec, unit=p.unit, origin=p.origin,
                         sale_price=Decimal(p.sale_price), cost=Decimal(p.cost), on_hand=Decimal(0),
                         minimum=Decimal(p.minimum), bin_location=p.bin_location, supplier=p.supplier))
    audit.record(session, None, STARTER_ACTION, STARTER_ENTITY, None,
                 after={"operations": len(operations), "parts": len(parts)})
    session.flush()
    return StarterResult(len(operations), len(parts))
