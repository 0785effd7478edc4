"""The append-only audit trail: who changed what, when, before and after."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from garage_desktop.db.models import AuditEvent
from garage_desktop.services import clock


def _text(value: Any) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, default=str, sort_keys=True)


def record(session: Session, actor: int | None, action: str, entity: str, entity_id: int | None,
           *, order_id: int | None = None, before: Any = None, after: Any = None) -> None:
    session.add(AuditEvent(at=clock.now(), operator_id=actor, order_id=order_id, entity=entity,
                           entity_id=entity_id, action=action, before=_text(before), after=_text(after)))
