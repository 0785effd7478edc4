"""Light Core views of the few tables start-up reads (the workshop board, the operators).

Declaring the ORM models (``db.models``) costs more than everything else start-up does, so the first paint reads
through these ``table()`` clauses instead and the models are loaded once the window is up. Only the columns the
start-up reads need are listed, with the same types as in ``db.models``; ``tests/unit/test_read_tables.py``
keeps the two in step.
"""

from __future__ import annotations

from sqlalchemy import Boolean, DateTime, Integer, String, column, table

from garage_desktop.db.types import EnumText, RoleSet
from garage_desktop.domain.classes import JobClass, Payer
from garage_desktop.domain.lifecycle import OrderStatus

repair_order = table(
    "repair_order",
    column("id", Integer), column("order_no", String), column("status", EnumText(OrderStatus)),
    column("job_class", EnumText(JobClass)), column("payer", EnumText(Payer)),
    column("received_at", DateTime), column("promised_at", DateTime), column("holder", String),
    column("vehicle_id", Integer), column("customer_id", Integer), column("received_by_id", Integer),
)
vehicle = table("vehicle", column("id", Integer), column("plate", String), column("make", String),
                column("model", String))
customer = table("customer", column("id", Integer), column("name", String))
operator = table("operator", column("id", Integer), column("name", String), column("roles", RoleSet()),
                 column("team", String), column("active", Boolean), column("pin_hash", String))
appointment = table("appointment", column("order_id", Integer), column("plate", String),
                    column("contact_name", String))
labour_line = table("labour_line", column("id", Integer), column("order_id", Integer), column("seq", Integer),
                    column("team", String), column("mechanic_id", Integer))
delay_call = table("delay_call", column("order_id", Integer), column("called_at", DateTime))
warranty_compensation = table("warranty_compensation", column("id", Integer), column("order_id", Integer))

ALL = (repair_order, vehicle, customer, operator, appointment, labour_line, delay_call, warranty_compensation)
