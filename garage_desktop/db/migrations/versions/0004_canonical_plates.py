"""canonical plates: every stored plate in its one form, the Simplified characters that are on the plate

Before, a plate was stored in the script it was typed in, so 粵B12345 and 粤B12345 were two cars. Each plate of
a vehicle and of a booking is rewritten with its Traditional characters replaced by the Simplified ones
(``garage_desktop.domain.identifiers.PLATE_SIMPLIFIED``, copied: a migration never imports the program's code,
which may change later) — except a vehicle whose rewritten plate another vehicle already has, or would get:
those stay as typed, and nothing is merged here. The owner sees them listed as duplicates that differ only by
script and merges them (``services.merge``). A booking's plate is plain text and is always rewritten.

Each rewritten plate is recorded in the audit trail as a change (action "update") by no operator, with its
before and after, chained after the last event exactly as the program chains (``garage_desktop.db.audit_chain``,
copied like the table). No schema change. The downgrade changes nothing: the Simplified form is the plate's own.

Revision ID: 0004_canonical_plates
Revises: 0003_audit_chain
Create Date: 2026-12-05 09:00:00
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision = '0004_canonical_plates'
down_revision = '0003_audit_chain'
branch_labels = None
depends_on = None

# Traditional → Simplified for every character a plate may carry (as PLATE_SIMPLIFIED was when written).
_PLATE_SIMPLIFIED = {
    "滬": "沪", "雲": "云", "遼": "辽", "魯": "鲁", "蘇": "苏", "贛": "赣", "晉": "晋", "陝": "陕", "閩": "闽",
    "貴": "贵", "粵": "粤", "寧": "宁", "瓊": "琼",
    "學": "学", "掛": "挂", "領": "领", "試": "试", "臨": "临", "應": "应", "軍": "军",
    "蘭": "兰", "濟": "济", "廣": "广", "瀋": "沈",
}
_TO_SIMPLIFIED = str.maketrans(_PLATE_SIMPLIFIED)
_BATCH = 10_000
_WHY = revision

_AUDIT = sa.table(
    "audit_event", sa.column("id", sa.Integer()), sa.column("at", sa.DateTime()),
    sa.column("operator_id", sa.Integer()), sa.column("order_id", sa.Integer()), sa.column("entity", sa.String()),
    sa.column("entity_id", sa.Integer()), sa.column("action", sa.String()), sa.column("before", sa.Text()),
    sa.column("after", sa.Text()), sa.column("chain", sa.String()))
_FIELDS = ("id", "at", "operator_id", "order_id", "entity", "entity_id", "action", "before", "after")


def _canonical(plate: str | None) -> str:
    return (plate or "").translate(_TO_SIMPLIFIED)


# --- the audit chain, as garage_desktop.db.audit_chain computes it ----------------------------------------------
def _quote(value: object) -> str:
    if value is None:
        return "NULL"
    return "'" + str(value).split("\x00", 1)[0].replace("'", "''") + "'"


def _at_text(value: object) -> str | None:
    if isinstance(value, datetime):
        return f"{value:%Y-%m-%d %H:%M:%S}.{value.microsecond:06d}"
    return None if value is None else str(value)


def _link(previous: str, row: tuple) -> str:  # type: ignore[type-arg]
    values = list(row)
    values[1] = _at_text(values[1])
    texts = (values[1], values[4], values[6], values[7], values[8])
    size = 0 if any(t is None for t in texts) else sum(len(str(t).encode("utf-8")) for t in texts)
    text = ",".join(_quote(v) for v in values) + f",{size}"
    return hashlib.sha256((previous + text).encode("utf-8")).hexdigest()


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, default=str, sort_keys=True)


def _record(bind: sa.Connection, events: list[dict[str, object]]) -> None:
    """Append ``events`` (entity, entity_id, order_id, before, after) to the audit trail, chained."""
    if not events:
        return
    last = bind.execute(sa.text("SELECT id, chain FROM audit_event ORDER BY id DESC LIMIT 1")).first()
    last_id, previous = (last[0], last[1]) if last is not None else (0, "")
    at = datetime.now().replace(microsecond=0)
    rows = []
    for event in events:
        last_id += 1
        row = {"id": last_id, "at": at, "operator_id": None, "order_id": event["order_id"],
               "entity": event["entity"], "entity_id": event["entity_id"], "action": "update",
               "before": _json(event["before"]), "after": _json(event["after"])}
        previous = _link(previous, tuple(row[name] for name in _FIELDS))
        rows.append({**row, "chain": previous})
    for start in range(0, len(rows), _BATCH):
        bind.execute(sa.insert(_AUDIT), rows[start:start + _BATCH])


# --- the plates ---------------------------------------------------------------------------------------------
def upgrade() -> None:
    bind = op.get_bind()
    vehicles = bind.execute(sa.text("SELECT id, plate FROM vehicle ORDER BY id")).fetchall()
    # How many vehicles each canonical plate would have: a plate is rewritten only where it would be alone.
    sharing = Counter(_canonical(plate) for _id, plate in vehicles)
    vehicle_changes = [(vehicle_id, plate, _canonical(plate)) for vehicle_id, plate in vehicles
                       if _canonical(plate) != plate and sharing[_canonical(plate)] == 1]
    bookings = bind.execute(sa.text("SELECT id, order_id, plate FROM appointment ORDER BY id")).fetchall()
    booking_changes = [(booking_id, order_id, plate, _canonical(plate)) for booking_id, order_id, plate in bookings
                       if _canonical(plate) != (plate or "")]

    if vehicle_changes:
        bind.execute(sa.text("UPDATE vehicle SET plate = :plate WHERE id = :id"),
                     [{"plate": new, "id": vehicle_id} for vehicle_id, _old, new in vehicle_changes])
    if booking_changes:
        bind.execute(sa.text("UPDATE appointment SET plate = :plate WHERE id = :id"),
                     [{"plate": new, "id": booking_id} for booking_id, _order, _old, new in booking_changes])
    _record(bind, [{"entity": "vehicle", "entity_id": vehicle_id, "order_id": None, "before": {"plate": old},
                    "after": {"plate": new, "migration": _WHY}} for vehicle_id, old, new in vehicle_changes]
            + [{"entity": "appointment", "entity_id": booking_id, "order_id": order_id, "before": {"plate": old},
                "after": {"plate": new, "migration": _WHY}}
               for booking_id, order_id, old, new in booking_changes])


def downgrade() -> None:
    pass
