"""stored-value and package cards with their append-only ledger; member grades; recharge bonus rules

Issue 19, items 1 to 5.

- ``member_grade`` (discount rates on labour and parts, 4 decimals) and ``customer.member_grade_id``.
- ``bonus_rule``: a recharge of at least so much gets so much on top.
- ``card_package`` / ``card_package_item``: packages the garage sells as count cards.
- ``card`` (stored-value or package), ``card_item`` (the uses bought on a package card) and ``card_entry``: the
  ledger, every movement of every card; a card's balance is its sum.
- ``labour_line.card_item_id``: a line redeemed by a package card; ``part_line.card_item_id``: a part it pays
  too (an item that includes its parts).

The downgrade drops all of it.

Revision ID: 0012_cards_member_grades
Revises: 0011_reminders_health_record
Create Date: 2026-12-05 14:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0012_cards_member_grades'
down_revision = '0011_reminders_health_record'
branch_labels = None
depends_on = None

_CARD_INDEXED = ('kind', 'customer_id', 'package_id', 'expires_on', 'sold_at', 'sold_by_id')
_ENTRY_INDEXED = ('card_id', 'at', 'by_id', 'card_item_id', 'order_id', 'payment_id', 'labour_line_id', 'discount_id')


def _money(name: str, **kw: object) -> sa.Column:
    return sa.Column(name, sa.Integer(), nullable=False, **kw)


def upgrade() -> None:
    op.create_table(
        'member_grade',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=40), nullable=False),
        sa.Column('labour_discount', sa.Integer(), nullable=False),
        sa.Column('parts_discount', sa.Integer(), nullable=False),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_member_grade')),
        sa.UniqueConstraint('name', name=op.f('uq_member_grade_name')),
    )
    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.add_column(sa.Column('member_grade_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_customer_member_grade_id'), ['member_grade_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_customer_member_grade_id_member_grade'), 'member_grade',
                                    ['member_grade_id'], ['id'], ondelete='SET NULL')
    op.create_table(
        'bonus_rule',
        sa.Column('id', sa.Integer(), nullable=False),
        _money('pay_at_least'),
        _money('bonus'),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('created_by_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['created_by_id'], ['operator.id'], name=op.f('fk_bonus_rule_created_by_id_operator')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_bonus_rule')),
    )
    with op.batch_alter_table('bonus_rule', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bonus_rule_created_by_id'), ['created_by_id'], unique=False)
    op.create_table(
        'card_package',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=60), nullable=False),
        _money('price'),
        sa.Column('valid_days', sa.Integer(), nullable=False),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_card_package')),
        sa.UniqueConstraint('name', name=op.f('uq_card_package_name')),
    )
    op.create_table(
        'card_package_item',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('package_id', sa.Integer(), nullable=False),
        sa.Column('operation_id', sa.Integer(), nullable=False),
        sa.Column('uses', sa.Integer(), nullable=False),
        sa.Column('include_parts', sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(['package_id'], ['card_package.id'],
                                name=op.f('fk_card_package_item_package_id_card_package'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['operation_id'], ['labour_operation.id'],
                                name=op.f('fk_card_package_item_operation_id_labour_operation')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_card_package_item')),
    )
    with op.batch_alter_table('card_package_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_card_package_item_package_id'), ['package_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_card_package_item_operation_id'), ['operation_id'], unique=False)
    op.create_table(
        'card',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('number', sa.String(length=24), nullable=False),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('customer_id', sa.Integer(), nullable=False),
        sa.Column('holder', sa.String(length=60), nullable=False),
        sa.Column('pin_hash', sa.String(length=128), nullable=True),
        sa.Column('package_id', sa.Integer(), nullable=True),
        _money('price'),
        sa.Column('expires_on', sa.Date(), nullable=True),
        sa.Column('sold_at', sa.DateTime(), nullable=False),
        sa.Column('sold_by_id', sa.Integer(), nullable=True),
        sa.Column('closed_at', sa.DateTime(), nullable=True),
        sa.Column('closed_reason', sa.String(length=200), server_default=sa.text("''"), nullable=False),
        sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_card_customer_id_customer')),
        sa.ForeignKeyConstraint(['package_id'], ['card_package.id'], name=op.f('fk_card_package_id_card_package')),
        sa.ForeignKeyConstraint(['sold_by_id'], ['operator.id'], name=op.f('fk_card_sold_by_id_operator')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_card')),
        sa.UniqueConstraint('number', name=op.f('uq_card_number')),
    )
    with op.batch_alter_table('card', schema=None) as batch_op:
        for column in _CARD_INDEXED:
            batch_op.create_index(batch_op.f(f'ix_card_{column}'), [column], unique=False)
    op.create_table(
        'card_item',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('card_id', sa.Integer(), nullable=False),
        sa.Column('operation_id', sa.Integer(), nullable=True),
        sa.Column('name', sa.String(length=80), nullable=False),
        sa.Column('uses', sa.Integer(), nullable=False),
        sa.Column('include_parts', sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(['card_id'], ['card.id'], name=op.f('fk_card_item_card_id_card'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['operation_id'], ['labour_operation.id'],
                                name=op.f('fk_card_item_operation_id_labour_operation')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_card_item')),
    )
    with op.batch_alter_table('card_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_card_item_card_id'), ['card_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_card_item_operation_id'), ['operation_id'], unique=False)
    op.create_table(
        'card_entry',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('card_id', sa.Integer(), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('by_id', sa.Integer(), nullable=True),
        sa.Column('action', sa.String(length=16), nullable=False),
        _money('principal'),
        _money('bonus'),
        sa.Column('uses', sa.Integer(), nullable=False),
        sa.Column('card_item_id', sa.Integer(), nullable=True),
        sa.Column('order_id', sa.Integer(), nullable=True),
        sa.Column('payment_id', sa.Integer(), nullable=True),
        sa.Column('labour_line_id', sa.Integer(), nullable=True),
        sa.Column('discount_id', sa.Integer(), nullable=True),
        sa.Column('method', sa.String(length=12), server_default=sa.text("''"), nullable=False),
        sa.Column('note', sa.String(length=200), server_default=sa.text("''"), nullable=False),
        sa.ForeignKeyConstraint(['card_id'], ['card.id'], name=op.f('fk_card_entry_card_id_card'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['by_id'], ['operator.id'], name=op.f('fk_card_entry_by_id_operator')),
        sa.ForeignKeyConstraint(['card_item_id'], ['card_item.id'], name=op.f('fk_card_entry_card_item_id_card_item')),
        sa.ForeignKeyConstraint(['order_id'], ['repair_order.id'], name=op.f('fk_card_entry_order_id_repair_order')),
        sa.ForeignKeyConstraint(['payment_id'], ['payment.id'], name=op.f('fk_card_entry_payment_id_payment')),
        sa.ForeignKeyConstraint(['labour_line_id'], ['labour_line.id'],
                                name=op.f('fk_card_entry_labour_line_id_labour_line'), ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['discount_id'], ['discount.id'], name=op.f('fk_card_entry_discount_id_discount'),
                                ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_card_entry')),
    )
    with op.batch_alter_table('card_entry', schema=None) as batch_op:
        for column in _ENTRY_INDEXED:
            batch_op.create_index(batch_op.f(f'ix_card_entry_{column}'), [column], unique=False)
    with op.batch_alter_table('labour_line', schema=None) as batch_op:
        batch_op.add_column(sa.Column('card_item_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_labour_line_card_item_id'), ['card_item_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_labour_line_card_item_id_card_item'), 'card_item',
                                    ['card_item_id'], ['id'], ondelete='SET NULL')
    with op.batch_alter_table('part_line', schema=None) as batch_op:
        batch_op.add_column(sa.Column('card_item_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_part_line_card_item_id'), ['card_item_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_part_line_card_item_id_card_item'), 'card_item',
                                    ['card_item_id'], ['id'], ondelete='SET NULL')


def downgrade() -> None:
    with op.batch_alter_table('part_line', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_part_line_card_item_id_card_item'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_part_line_card_item_id'))
        batch_op.drop_column('card_item_id')
    with op.batch_alter_table('labour_line', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_labour_line_card_item_id_card_item'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_labour_line_card_item_id'))
        batch_op.drop_column('card_item_id')
    op.drop_table('card_entry')
    op.drop_table('card_item')
    op.drop_table('card')
    op.drop_table('card_package_item')
    op.drop_table('card_package')
    op.drop_table('bonus_rule')
    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_customer_member_grade_id_member_grade'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_customer_member_grade_id'))
        batch_op.drop_column('member_grade_id')
    op.drop_table('member_grade')
