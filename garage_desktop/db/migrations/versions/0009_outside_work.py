"""outside work (外加工): order lines done by an outside shop, with their slip

Issue 16, items 4 and 5. A new table ``sublet_line``: one piece of work sent to another shop (machining,
upholstery, glass) for an order: the supplier, what is to be done, what the shop charges the garage (``cost``)
and what the customer pays (``charge``, the settlement list's 外加工費), the payer like other lines, whether it is
added work (with its approval), the owner who approved a charge below the cost, and when the part went out,
was expected back and came back (with who recorded it). Amounts in 分 like every amount. Existing orders have no
outside work: nothing to fill. The cashier's check (item 5) is computed from the order and stores nothing.

The downgrade drops the table (the outside work recorded since is lost).

Revision ID: 0009_outside_work
Revises: 0008_delay_calls_process_checks
Create Date: 2026-12-05 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009_outside_work'
down_revision = '0008_delay_calls_process_checks'
branch_labels = None
depends_on = None

_INDEXED = ('order_id', 'approval_id', 'price_approved_by_id', 'sent_by_id', 'back_by_id', 'created_by_id')


def upgrade() -> None:
    op.create_table(
        'sublet_line',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('order_id', sa.Integer(), nullable=False),
        sa.Column('seq', sa.Integer(), nullable=False),
        sa.Column('supplier', sa.String(length=60), nullable=False),
        sa.Column('description', sa.String(length=200), nullable=False),
        sa.Column('cost', sa.Integer(), nullable=False),
        sa.Column('charge', sa.Integer(), nullable=False),
        sa.Column('payer', sa.String(length=24), nullable=True),
        sa.Column('added', sa.Boolean(), nullable=False),
        sa.Column('approval_id', sa.Integer(), nullable=True),
        sa.Column('price_approved_by_id', sa.Integer(), nullable=True),
        sa.Column('expected_back_at', sa.DateTime(), nullable=True),
        sa.Column('sent_at', sa.DateTime(), nullable=True),
        sa.Column('sent_by_id', sa.Integer(), nullable=True),
        sa.Column('back_at', sa.DateTime(), nullable=True),
        sa.Column('back_by_id', sa.Integer(), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('created_by_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['approval_id'], ['approval.id'], name=op.f('fk_sublet_line_approval_id_approval')),
        sa.ForeignKeyConstraint(['order_id'], ['repair_order.id'], name=op.f('fk_sublet_line_order_id_repair_order'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['price_approved_by_id'], ['operator.id'],
                                name=op.f('fk_sublet_line_price_approved_by_id_operator')),
        sa.ForeignKeyConstraint(['sent_by_id'], ['operator.id'], name=op.f('fk_sublet_line_sent_by_id_operator')),
        sa.ForeignKeyConstraint(['back_by_id'], ['operator.id'], name=op.f('fk_sublet_line_back_by_id_operator')),
        sa.ForeignKeyConstraint(['created_by_id'], ['operator.id'],
                                name=op.f('fk_sublet_line_created_by_id_operator')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sublet_line')),
    )
    with op.batch_alter_table('sublet_line', schema=None) as batch_op:
        for column in _INDEXED:
            batch_op.create_index(batch_op.f(f'ix_sublet_line_{column}'), [column], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('sublet_line', schema=None) as batch_op:
        for column in reversed(_INDEXED):
            batch_op.drop_index(batch_op.f(f'ix_sublet_line_{column}'))
    op.drop_table('sublet_line')
