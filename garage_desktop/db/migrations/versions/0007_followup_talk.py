"""the follow-up talk: answers per question of the owner's call script, referrals linked to the customers they brought

Issue 16, item 1. The 回訪 call follows a script (greeting, satisfaction with the repair, the service and the
price, anything wrong since, the next service, whether the customer would introduce a friend). Three tables:

- ``follow_up_answer``: one row per question asked in a call, keeping the question's key, kind and wording as
  asked (a later edit of the script does not change what an old call meant); a score 1–5, a choice
  (yes / no / maybe) and a note.
- ``call_script_question``: the owner's own script, one row per question in order; none (every garage before this
  revision): the shipped default script is used.
- ``referral``: a customer brought by a referral given in a follow-up call.

Calls recorded before this revision have no answers: their overall satisfaction (``follow_up.satisfaction``)
stays what it was. The downgrade drops the three tables (answers, the owner's script and the referral links are
lost; the calls themselves stay).

Revision ID: 0007_followup_talk
Revises: 0006_operator_roles
Create Date: 2026-12-05 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007_followup_talk'
down_revision = '0006_operator_roles'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'call_script_question',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('key', sa.String(length=40), nullable=False),
        sa.Column('kind', sa.String(length=12), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_call_script_question')),
        sa.UniqueConstraint('key', name=op.f('uq_call_script_question_key')),
    )
    op.create_table(
        'follow_up_answer',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('follow_up_id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('question_key', sa.String(length=40), nullable=False),
        sa.Column('question_text', sa.Text(), nullable=False),
        sa.Column('kind', sa.String(length=12), nullable=False),
        sa.Column('score', sa.Integer(), nullable=True),
        sa.Column('choice', sa.String(length=8), nullable=True),
        sa.Column('note', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['follow_up_id'], ['follow_up.id'],
                                name=op.f('fk_follow_up_answer_follow_up_id_follow_up'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_follow_up_answer')),
    )
    with op.batch_alter_table('follow_up_answer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_follow_up_answer_follow_up_id'), ['follow_up_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_answer_question_key'), ['question_key'], unique=False)
    op.create_table(
        'referral',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('follow_up_id', sa.Integer(), nullable=False),
        sa.Column('customer_id', sa.Integer(), nullable=False),
        sa.Column('linked_at', sa.DateTime(), nullable=False),
        sa.Column('linked_by_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_referral_customer_id_customer'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['follow_up_id'], ['follow_up.id'], name=op.f('fk_referral_follow_up_id_follow_up'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['linked_by_id'], ['operator.id'], name=op.f('fk_referral_linked_by_id_operator')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_referral')),
    )
    with op.batch_alter_table('referral', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_referral_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_referral_follow_up_id'), ['follow_up_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_referral_linked_by_id'), ['linked_by_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('referral', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_referral_linked_by_id'))
        batch_op.drop_index(batch_op.f('ix_referral_follow_up_id'))
        batch_op.drop_index(batch_op.f('ix_referral_customer_id'))
    op.drop_table('referral')
    with op.batch_alter_table('follow_up_answer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_follow_up_answer_question_key'))
        batch_op.drop_index(batch_op.f('ix_follow_up_answer_follow_up_id'))
    op.drop_table('follow_up_answer')
    op.drop_table('call_script_question')
