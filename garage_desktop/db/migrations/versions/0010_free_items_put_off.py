"""free items with their reason; recommendations put off to a later visit, closed when done or dismissed

Issue 16, items 6 and 7.

Free items (item 6): an order line (labour, part or outside work) made free has its price (outside work: its
charge) at zero, so every sum counts it ¥0, and keeps the price it had in ``free_price`` (in 分, like every amount)
with the reason (``free_reason``: warranty, comeback, goodwill) and a note; existing lines are charged (NULL reason,
no price kept).

What was put off (item 7): a recommendation says where it came from (``source``: declined, qc, delivery; existing
ones were all declined or postponed work, so "declined"), the catalog operation or part it names, who noted it, and
how it closed: taken up (``done_at``, with the existing ``done_order_id``) or dismissed with a reason. Existing
recommendations already taken up keep no date (it was not recorded). The text columns default to '' in the
database too, so a row written without them (by hand, by an older program) is still whole.

The downgrade drops these columns (the free lines stay at zero: the price they had is lost).

Revision ID: 0010_free_items_put_off
Revises: 0009_outside_work
Create Date: 2026-12-05 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0010_free_items_put_off'
down_revision = '0009_outside_work'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # --- free items
    for table in ('labour_line', 'part_line', 'sublet_line'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('free_reason', sa.String(length=24), nullable=True))
            batch_op.add_column(sa.Column('free_note', sa.String(length=200), server_default=sa.text("''"),
                                          nullable=False))
            batch_op.add_column(sa.Column('free_price', sa.Integer(), nullable=True))
    # --- recommendations
    with op.batch_alter_table('recommendation', schema=None) as batch_op:
        batch_op.add_column(sa.Column('source', sa.String(length=24), server_default='declined', nullable=False))
        batch_op.add_column(sa.Column('operation_code', sa.String(length=20), server_default=sa.text("''"),
                                      nullable=False))
        batch_op.add_column(sa.Column('part_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('created_by_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('done_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('dismissed_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('dismissed_reason', sa.String(length=200), server_default=sa.text("''"),
                                      nullable=False))
        batch_op.add_column(sa.Column('closed_by_id', sa.Integer(), nullable=True))
        for column in ('part_id', 'created_by_id', 'done_at', 'dismissed_at', 'closed_by_id'):
            batch_op.create_index(batch_op.f(f'ix_recommendation_{column}'), [column], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_recommendation_part_id_part'), 'part', ['part_id'], ['id'],
                                    ondelete='SET NULL')
        batch_op.create_foreign_key(batch_op.f('fk_recommendation_created_by_id_operator'), 'operator',
                                    ['created_by_id'], ['id'])
        batch_op.create_foreign_key(batch_op.f('fk_recommendation_closed_by_id_operator'), 'operator',
                                    ['closed_by_id'], ['id'])


def downgrade() -> None:
    with op.batch_alter_table('recommendation', schema=None) as batch_op:
        for name in ('fk_recommendation_closed_by_id_operator', 'fk_recommendation_created_by_id_operator',
                     'fk_recommendation_part_id_part'):
            batch_op.drop_constraint(batch_op.f(name), type_='foreignkey')
        for column in ('closed_by_id', 'dismissed_at', 'done_at', 'created_by_id', 'part_id'):
            batch_op.drop_index(batch_op.f(f'ix_recommendation_{column}'))
        for column in ('closed_by_id', 'dismissed_reason', 'dismissed_at', 'done_at', 'created_by_id', 'part_id',
                       'operation_code', 'source'):
            batch_op.drop_column(column)
    for table in ('sublet_line', 'part_line', 'labour_line'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('free_price')
            batch_op.drop_column('free_note')
            batch_op.drop_column('free_reason')
