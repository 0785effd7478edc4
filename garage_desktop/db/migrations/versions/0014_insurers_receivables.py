"""insurers, the claim's loss assessment, and money collected against receivables

Issue 19, item 7.

- ``insurer``: the insurers that pay 索賠 orders (name, contact person, phone, active).
- ``order_claim``: one per 索賠 order, the insurer and the loss-assessment (定損) reference beside the approved
  amount (which stays the insurer's receivable ``payment`` row, as before).
- ``receivable_collection``: money the maker (三包) or the insurer (索賠) paid against an order's receivable, on the
  day it arrived, by method and reference; append-only (a mistake is reversed by a row naming it in ``voids_id``).

Nothing existing changes: the receivables recorded so far are open until a collection is entered against them.
The downgrade drops the three tables (the collections recorded are lost with them).

Revision ID: 0014_insurers_receivables
Revises: 0013_commission
Create Date: 2026-12-05 14:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0014_insurers_receivables'
down_revision = '0013_commission'
branch_labels = None
depends_on = None

_COLLECTION_INDEXED = ('order_id', 'received_on', 'voids_id', 'recorded_by_id')


def upgrade() -> None:
    op.create_table(
        'insurer',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=60), nullable=False),
        sa.Column('contact', sa.String(length=60), nullable=False),
        sa.Column('phone', sa.String(length=24), nullable=False),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_insurer')),
        sa.UniqueConstraint('name', name=op.f('uq_insurer_name')),
    )
    op.create_table(
        'order_claim',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('order_id', sa.Integer(), nullable=False),
        sa.Column('insurer_id', sa.Integer(), nullable=True),
        sa.Column('assessment_ref', sa.String(length=40), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('updated_by_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['order_id'], ['repair_order.id'], name=op.f('fk_order_claim_order_id_repair_order'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['insurer_id'], ['insurer.id'], name=op.f('fk_order_claim_insurer_id_insurer')),
        sa.ForeignKeyConstraint(['updated_by_id'], ['operator.id'],
                                name=op.f('fk_order_claim_updated_by_id_operator')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_order_claim')),
        sa.UniqueConstraint('order_id', name=op.f('uq_order_claim_order_id')),
    )
    with op.batch_alter_table('order_claim', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_order_claim_insurer_id'), ['insurer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_order_claim_updated_by_id'), ['updated_by_id'], unique=False)
    op.create_table(
        'receivable_collection',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('order_id', sa.Integer(), nullable=False),
        sa.Column('payer', sa.String(length=24), nullable=False),
        sa.Column('received_on', sa.Date(), nullable=False),
        sa.Column('method', sa.String(length=12), nullable=False),
        sa.Column('reference', sa.String(length=60), nullable=False),
        sa.Column('amount', sa.Integer(), nullable=False),
        sa.Column('note', sa.String(length=200), nullable=False),
        sa.Column('voids_id', sa.Integer(), nullable=True),
        sa.Column('recorded_at', sa.DateTime(), nullable=False),
        sa.Column('recorded_by_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['order_id'], ['repair_order.id'],
                                name=op.f('fk_receivable_collection_order_id_repair_order'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['voids_id'], ['receivable_collection.id'],
                                name=op.f('fk_receivable_collection_voids_id_receivable_collection')),
        sa.ForeignKeyConstraint(['recorded_by_id'], ['operator.id'],
                                name=op.f('fk_receivable_collection_recorded_by_id_operator')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_receivable_collection')),
    )
    with op.batch_alter_table('receivable_collection', schema=None) as batch_op:
        for column in _COLLECTION_INDEXED:
            batch_op.create_index(batch_op.f(f'ix_receivable_collection_{column}'), [column], unique=False)


def downgrade() -> None:
    op.drop_table('receivable_collection')
    op.drop_table('order_claim')
    op.drop_table('insurer')
