"""reminders, contacts and message templates; the settlement list number and the health record's upload queue

Issue 18.

- ``vehicle``: the next service (date, km), the insurance expiry and the next annual inspection. The next service
  is filled from each vehicle's latest delivery that recorded one; ``next_service_due_on`` (the day it falls due,
  by date or by the km projected from the car's readings) from it.
- ``reminder_closure``: a due item of the reminder list closed by the booking it brought or with a reason.
- ``contact``: each call made or message sent to a customer, about an order or a vehicle.
- ``message_template``: the owner's wording of a message template per document language.
- ``repair_order.settlement_no``: 結算清單編號, the garage's own sequence JS2026-000001 (per year of settlement).
  Orders settled before this revision are numbered in the order they were settled.
- ``ehr_upload``: one row per order whose electronic health record was tried on the provincial platform.

The downgrade drops all of it (the numbers given are lost).

Revision ID: 0011_reminders_health_record
Revises: 0010_free_items_put_off
Create Date: 2026-12-05 14:00:00
"""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

import sqlalchemy as sa
from alembic import op

revision = '0011_reminders_health_record'
down_revision = '0010_free_items_put_off'
branch_labels = None
depends_on = None

_VEHICLE_DATES = ('next_service_on', 'next_service_due_on', 'insurance_expires_on', 'inspection_due_on')
_CONTACT_INDEXED = ('at', 'by_id', 'customer_id', 'vehicle_id', 'order_id', 'purpose')
_CLOSURE_INDEXED = ('vehicle_id', 'booking_order_id', 'closed_at', 'closed_by_id')


def _number_settled_orders() -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, settled_at FROM repair_order WHERE settled_at IS NOT NULL "
                                "ORDER BY settled_at, id")).all()
    per_year: dict[int, int] = {}
    for order_id, settled_at in rows:
        year = int(str(settled_at)[:4])
        per_year[year] = per_year.get(year, 0) + 1
        bind.execute(sa.text("UPDATE repair_order SET settlement_no = :no WHERE id = :id"),
                     {"no": f"JS{year}-{per_year[year]:06d}", "id": order_id})


def _next_service_from_deliveries() -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.text(
        "SELECT o.vehicle_id, d.next_service_on, d.next_service_km FROM delivery d "
        "JOIN repair_order o ON o.id = d.order_id "
        "WHERE o.vehicle_id IS NOT NULL AND (d.next_service_on IS NOT NULL OR d.next_service_km IS NOT NULL) "
        "ORDER BY d.delivered_at, d.id")).all()
    latest = {vehicle_id: (on, km) for vehicle_id, on, km in rows}  # the last delivery of each vehicle wins
    for vehicle_id, (on, km) in latest.items():
        bind.execute(sa.text("UPDATE vehicle SET next_service_on = :on, next_service_km = :km WHERE id = :id"),
                     {"on": on, "km": km, "id": vehicle_id})


# A frozen copy of domain.reminders as of this revision (a migration never imports program code): the day the
# expected mileage reaches the next service's km, from the car's readings first to last, 40 km a day for a car
# read once or within 30 days, never below 5 km a day.
def _day_km_reached(readings: list[tuple[date, int]], km: int) -> date | None:
    ordered = sorted(readings)
    if not ordered:
        return None
    length, before = [1] * len(ordered), [-1] * len(ordered)  # the longest run that never goes backwards
    for i in range(len(ordered)):
        for j in range(i):
            if ordered[j][1] <= ordered[i][1] and length[j] + 1 > length[i]:
                length[i], before[i] = length[j] + 1, j
    i = max(range(len(ordered)), key=lambda k: (length[k], k))
    kept: list[tuple[date, int]] = []
    while i >= 0:
        kept.append(ordered[i])
        i = before[i]
    kept.reverse()
    for on, reading in kept:
        if reading >= km:
            return on
    (first_on, first_km), (last_on, last_km) = kept[0], kept[-1]
    days = (last_on - first_on).days
    rate = Decimal(40)
    if len(kept) > 1 and days >= 30:
        rate = max((Decimal(last_km - first_km) / days).quantize(Decimal("0.1"), ROUND_HALF_UP), Decimal(5))
    return last_on + timedelta(days=math.ceil((km - last_km) / rate))


def _as_date(value: object) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _next_service_due() -> None:
    """The day each next service falls due: its date, or the day its km is reached if that comes first."""
    bind = op.get_bind()
    vehicles = bind.execute(sa.text("SELECT id, next_service_on, next_service_km FROM vehicle "
                                    "WHERE next_service_on IS NOT NULL OR next_service_km IS NOT NULL")).all()
    for vehicle_id, next_on, next_km in vehicles:
        days = [_as_date(next_on)] if next_on is not None else []
        if next_km is not None:
            rows = bind.execute(sa.text(
                "SELECT received_at, created_at, mileage_in, delivered_at, mileage_out FROM repair_order "
                "WHERE vehicle_id = :id"), {"id": vehicle_id}).all()
            readings = [(_as_date(received or created), km_in) for received, created, km_in, _, _ in rows
                        if km_in is not None]
            readings += [(_as_date(delivered), km_out) for _, _, _, delivered, km_out in rows
                         if km_out is not None and delivered is not None]
            by_km = _day_km_reached(readings, next_km)
            if by_km is not None:
                days.append(by_km)
        if days:
            bind.execute(sa.text("UPDATE vehicle SET next_service_due_on = :on WHERE id = :id"),
                         {"on": min(days), "id": vehicle_id})


def upgrade() -> None:
    with op.batch_alter_table('vehicle', schema=None) as batch_op:
        batch_op.add_column(sa.Column('next_service_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('next_service_km', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('next_service_due_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('insurance_expires_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('inspection_due_on', sa.Date(), nullable=True))
        for column in _VEHICLE_DATES:
            batch_op.create_index(batch_op.f(f'ix_vehicle_{column}'), [column], unique=False)
    with op.batch_alter_table('repair_order', schema=None) as batch_op:
        batch_op.add_column(sa.Column('settlement_no', sa.String(length=24), nullable=True))
        batch_op.create_unique_constraint(batch_op.f('uq_repair_order_settlement_no'), ['settlement_no'])
    _number_settled_orders()
    _next_service_from_deliveries()
    _next_service_due()

    op.create_table(
        'reminder_closure',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('vehicle_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('due_on', sa.Date(), nullable=True),
        sa.Column('due_km', sa.Integer(), nullable=True),
        sa.Column('booking_order_id', sa.Integer(), nullable=True),
        sa.Column('reason', sa.String(length=200), server_default=sa.text("''"), nullable=False),
        sa.Column('closed_at', sa.DateTime(), nullable=False),
        sa.Column('closed_by_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['vehicle_id'], ['vehicle.id'], name=op.f('fk_reminder_closure_vehicle_id_vehicle'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['booking_order_id'], ['repair_order.id'],
                                name=op.f('fk_reminder_closure_booking_order_id_repair_order'), ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['closed_by_id'], ['operator.id'],
                                name=op.f('fk_reminder_closure_closed_by_id_operator')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_reminder_closure')),
    )
    with op.batch_alter_table('reminder_closure', schema=None) as batch_op:
        for column in _CLOSURE_INDEXED:
            batch_op.create_index(batch_op.f(f'ix_reminder_closure_{column}'), [column], unique=False)

    op.create_table(
        'contact',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('by_id', sa.Integer(), nullable=True),
        sa.Column('customer_id', sa.Integer(), nullable=True),
        sa.Column('vehicle_id', sa.Integer(), nullable=True),
        sa.Column('order_id', sa.Integer(), nullable=True),
        sa.Column('purpose', sa.String(length=24), nullable=False),
        sa.Column('channel', sa.String(length=12), nullable=False),
        sa.Column('template_key', sa.String(length=40), server_default=sa.text("''"), nullable=False),
        sa.Column('body', sa.Text(), server_default=sa.text("''"), nullable=False),
        sa.Column('outcome', sa.String(length=200), server_default=sa.text("''"), nullable=False),
        sa.ForeignKeyConstraint(['by_id'], ['operator.id'], name=op.f('fk_contact_by_id_operator')),
        sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_contact_customer_id_customer'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['vehicle_id'], ['vehicle.id'], name=op.f('fk_contact_vehicle_id_vehicle'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['order_id'], ['repair_order.id'], name=op.f('fk_contact_order_id_repair_order'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_contact')),
    )
    with op.batch_alter_table('contact', schema=None) as batch_op:
        for column in _CONTACT_INDEXED:
            batch_op.create_index(batch_op.f(f'ix_contact_{column}'), [column], unique=False)

    op.create_table(
        'message_template',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('key', sa.String(length=40), nullable=False),
        sa.Column('language', sa.String(length=8), nullable=False),
        sa.Column('body', sa.Text(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('updated_by_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['updated_by_id'], ['operator.id'],
                                name=op.f('fk_message_template_updated_by_id_operator')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_message_template')),
        sa.UniqueConstraint('key', 'language', name='uq_message_template_key_language'),
    )
    with op.batch_alter_table('message_template', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_message_template_updated_by_id'), ['updated_by_id'], unique=False)

    op.create_table(
        'ehr_upload',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('order_id', sa.Integer(), nullable=False),
        sa.Column('status', sa.String(length=12), nullable=False),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('last_tried_at', sa.DateTime(), nullable=True),
        sa.Column('next_try_at', sa.DateTime(), nullable=True),
        sa.Column('sent_at', sa.DateTime(), nullable=True),
        sa.Column('message', sa.Text(), server_default=sa.text("''"), nullable=False),
        sa.ForeignKeyConstraint(['order_id'], ['repair_order.id'], name=op.f('fk_ehr_upload_order_id_repair_order'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_ehr_upload')),
        sa.UniqueConstraint('order_id', name=op.f('uq_ehr_upload_order_id')),
    )
    with op.batch_alter_table('ehr_upload', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ehr_upload_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_ehr_upload_next_try_at'), ['next_try_at'], unique=False)


def downgrade() -> None:
    op.drop_table('ehr_upload')
    op.drop_table('message_template')
    op.drop_table('contact')
    op.drop_table('reminder_closure')
    with op.batch_alter_table('repair_order', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_repair_order_settlement_no'), type_='unique')
        batch_op.drop_column('settlement_no')
    with op.batch_alter_table('vehicle', schema=None) as batch_op:
        for column in reversed(_VEHICLE_DATES):
            batch_op.drop_index(batch_op.f(f'ix_vehicle_{column}'))
        for column in ('inspection_due_on', 'insurance_expires_on', 'next_service_due_on', 'next_service_km',
                       'next_service_on'):
            batch_op.drop_column(column)
