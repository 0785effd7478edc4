"""delay calls announced before the promised time; the inspector's process checks during the repair; 三包 checks

Issue 16, items 2, 3 and 8.

- ``delay_call``: a delay announced to the customer (交車 2): when, how (phone / in_person / message), who answered,
  the reason, the promise before and the new time agreed, and whether it was agreed before the promise in force
  had passed (``in_advance``; then the new time is in force for the on-time rate).
- ``process_check``: the inspector's check on a labour line while it is being worked (維修作業 3): ``ok`` or
  ``problem``, what was seen and what was done about it.
- ``vehicle.purchase_date``: 購車日期, from which the 三包 periods run; existing cars get NULL (unknown: the 三包
  check says so instead of warning wrongly).
- ``warranty_compensation``: the loaner (備用車) or transport compensation of a 三包 repair open over five days,
  one per order.

Nothing existing changes meaning, so no data is rewritten; the downgrade drops the new tables and column (their
records are lost).

Revision ID: 0008_delay_calls_process_checks
Revises: 0007_followup_talk
Create Date: 2026-12-05 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008_delay_calls_process_checks'
down_revision = '0007_followup_talk'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'delay_call',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('order_id', sa.Integer(), nullable=False),
        sa.Column('called_at', sa.DateTime(), nullable=False),
        sa.Column('method', sa.String(length=12), nullable=False),
        sa.Column('answered_by', sa.String(length=60), nullable=False),
        sa.Column('reason', sa.String(length=200), nullable=False),
        sa.Column('old_promised_at', sa.DateTime(), nullable=True),
        sa.Column('new_promised_at', sa.DateTime(), nullable=False),
        sa.Column('in_advance', sa.Boolean(), nullable=False),
        sa.Column('recorded_at', sa.DateTime(), nullable=False),
        sa.Column('recorded_by_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['order_id'], ['repair_order.id'], name=op.f('fk_delay_call_order_id_repair_order'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['recorded_by_id'], ['operator.id'],
                                name=op.f('fk_delay_call_recorded_by_id_operator')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_delay_call')),
    )
    with op.batch_alter_table('delay_call', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_delay_call_order_id'), ['order_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_delay_call_recorded_by_id'), ['recorded_by_id'], unique=False)

    op.create_table(
        'process_check',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('order_id', sa.Integer(), nullable=False),
        sa.Column('labour_line_id', sa.Integer(), nullable=False),
        sa.Column('checked_at', sa.DateTime(), nullable=False),
        sa.Column('result', sa.String(length=12), nullable=False),
        sa.Column('finding', sa.String(length=200), nullable=False),
        sa.Column('action', sa.String(length=200), nullable=False),
        sa.Column('inspector_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['order_id'], ['repair_order.id'],
                                name=op.f('fk_process_check_order_id_repair_order'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['labour_line_id'], ['labour_line.id'],
                                name=op.f('fk_process_check_labour_line_id_labour_line'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['inspector_id'], ['operator.id'],
                                name=op.f('fk_process_check_inspector_id_operator')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_process_check')),
    )
    with op.batch_alter_table('process_check', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_process_check_order_id'), ['order_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_process_check_labour_line_id'), ['labour_line_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_process_check_inspector_id'), ['inspector_id'], unique=False)

    with op.batch_alter_table('vehicle', schema=None) as batch_op:
        batch_op.add_column(sa.Column('purchase_date', sa.Date(), nullable=True))

    op.create_table(
        'warranty_compensation',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('order_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=12), nullable=False),
        sa.Column('detail', sa.String(length=200), nullable=False),
        sa.Column('amount', sa.Integer(), nullable=True),
        sa.Column('from_date', sa.Date(), nullable=False),
        sa.Column('recorded_at', sa.DateTime(), nullable=False),
        sa.Column('recorded_by_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['order_id'], ['repair_order.id'],
                                name=op.f('fk_warranty_compensation_order_id_repair_order'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['recorded_by_id'], ['operator.id'],
                                name=op.f('fk_warranty_compensation_recorded_by_id_operator')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_warranty_compensation')),
        sa.UniqueConstraint('order_id', name=op.f('uq_warranty_compensation_order_id')),
    )
    with op.batch_alter_table('warranty_compensation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_warranty_compensation_recorded_by_id'), ['recorded_by_id'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('warranty_compensation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_warranty_compensation_recorded_by_id'))
    op.drop_table('warranty_compensation')

    with op.batch_alter_table('vehicle', schema=None) as batch_op:
        batch_op.drop_column('purchase_date')

    with op.batch_alter_table('process_check', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_process_check_inspector_id'))
        batch_op.drop_index(batch_op.f('ix_process_check_labour_line_id'))
        batch_op.drop_index(batch_op.f('ix_process_check_order_id'))
    op.drop_table('process_check')

    with op.batch_alter_table('delay_call', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_delay_call_recorded_by_id'))
        batch_op.drop_index(batch_op.f('ix_delay_call_order_id'))
    op.drop_table('delay_call')
