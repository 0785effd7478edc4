"""technician commission (提成) rules and what each mechanic earned

Issue 19, item 6.

- ``commission_rule``: per labour operation (its code) or per job class, a percentage of the labour charge or a
  fixed amount; never edited, a change ends a rule (``ended_at``) and starts another.
- ``labour_line_worker``: the mechanics who worked a labour line together and their shares (the line's
  ``mechanic_id`` stays the lead).

The owner's rule for free and comeback lines is a setting (the ``setting`` table needs no change).
The downgrade drops both tables.

Revision ID: 0013_commission
Revises: 0012_cards_member_grades
Create Date: 2026-12-05 14:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0013_commission'
down_revision = '0012_cards_member_grades'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'commission_rule',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('operation_code', sa.String(length=20), nullable=True),
        sa.Column('job_class', sa.String(length=24), nullable=True),
        sa.Column('percent', sa.Integer(), nullable=True),
        sa.Column('fixed_amount', sa.Integer(), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('created_by_id', sa.Integer(), nullable=True),
        sa.Column('ended_at', sa.DateTime(), nullable=True),
        sa.Column('ended_by_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['created_by_id'], ['operator.id'],
                                name=op.f('fk_commission_rule_created_by_id_operator')),
        sa.ForeignKeyConstraint(['ended_by_id'], ['operator.id'], name=op.f('fk_commission_rule_ended_by_id_operator')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_commission_rule')),
    )
    with op.batch_alter_table('commission_rule', schema=None) as batch_op:
        for column in ('operation_code', 'created_by_id', 'ended_by_id'):
            batch_op.create_index(batch_op.f(f'ix_commission_rule_{column}'), [column], unique=False)
    op.create_table(
        'labour_line_worker',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('labour_line_id', sa.Integer(), nullable=False),
        sa.Column('operator_id', sa.Integer(), nullable=False),
        sa.Column('share', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['labour_line_id'], ['labour_line.id'],
                                name=op.f('fk_labour_line_worker_labour_line_id_labour_line'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['operator_id'], ['operator.id'],
                                name=op.f('fk_labour_line_worker_operator_id_operator')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_labour_line_worker')),
        sa.UniqueConstraint('labour_line_id', 'operator_id', name='uq_labour_line_worker_line_operator'),
    )
    with op.batch_alter_table('labour_line_worker', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_labour_line_worker_labour_line_id'), ['labour_line_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_labour_line_worker_operator_id'), ['operator_id'], unique=False)


def downgrade() -> None:
    op.drop_table('labour_line_worker')
    op.drop_table('commission_rule')
