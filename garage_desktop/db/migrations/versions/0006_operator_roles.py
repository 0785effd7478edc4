"""operator roles: an operator holds a set of roles; a price below the list needs the owner's approval, on the line

Issue 14. A small garage has two to four people (the owner inspects and takes the money, the advisor also runs the
store), so an operator's one ``role`` becomes ``roles``: the role values comma-separated in the garage's order
(advisor, inspector, foreman, store, cashier, owner), "advisor,store,cashier"; an owner is "owner" alone, since the
owner holds every role. Each operator's set is their one role of before, so nobody may do more or less than
before: no audit event is written (nothing anybody may do changed; the trail's old events keep their "role").
Plain text, the same on SQLite and PostgreSQL; whether someone holds a role is a LIKE on it (no role's value is
part of another's).

Price authority: an estimate or added-work line below its list price (a part's catalog sale price, the garage's
hourly rate for labour) or at zero, entered by someone who is not the owner, carries the owner who approved it on
the spot (``price_approved_by_id``) and the list price it was under (``list_price``, in 分 like every amount;
empty for a free line at zero). Existing lines get NULL: nobody approved them, and nothing is claimed.

The downgrade keeps one role per person: the owner's "owner", anybody else's first role in the garage's order
(the other roles are lost), and drops the lines' approvals.

Revision ID: 0006_operator_roles
Revises: 0005_server_audit_protection
Create Date: 2026-12-06 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006_operator_roles'
down_revision = '0005_server_audit_protection'
branch_labels = None
depends_on = None

# The roles in the garage's order, as ``garage_desktop.domain.classes.Role`` was when written (copied: a migration
# never imports the program's code, which may change later).
_ROLES = ("advisor", "inspector", "foreman", "store", "cashier", "owner")


def upgrade() -> None:
    with op.batch_alter_table('operator', schema=None) as batch_op:
        batch_op.add_column(sa.Column('roles', sa.String(length=80), nullable=True))
    op.execute("UPDATE operator SET roles = role")
    with op.batch_alter_table('operator', schema=None) as batch_op:
        batch_op.alter_column('roles', existing_type=sa.String(length=80), nullable=False)
        batch_op.drop_column('role')

    for table in ('labour_line', 'part_line'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('price_approved_by_id', sa.Integer(), nullable=True))
            batch_op.add_column(sa.Column('list_price', sa.Integer(), nullable=True))
            batch_op.create_index(batch_op.f(f'ix_{table}_price_approved_by_id'), ['price_approved_by_id'],
                                  unique=False)
            batch_op.create_foreign_key(batch_op.f(f'fk_{table}_price_approved_by_id_operator'), 'operator',
                                        ['price_approved_by_id'], ['id'])


def _one_role(roles: str | None) -> str:
    held = {part.strip() for part in (roles or "").split(",") if part.strip()}
    if "owner" in held:
        return "owner"
    return next((role for role in _ROLES if role in held), "advisor")


def downgrade() -> None:
    for table in ('part_line', 'labour_line'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(batch_op.f(f'fk_{table}_price_approved_by_id_operator'), type_='foreignkey')
            batch_op.drop_index(batch_op.f(f'ix_{table}_price_approved_by_id'))
            batch_op.drop_column('list_price')
            batch_op.drop_column('price_approved_by_id')

    bind = op.get_bind()
    with op.batch_alter_table('operator', schema=None) as batch_op:
        batch_op.add_column(sa.Column('role', sa.String(length=24), nullable=True))
    people = bind.execute(sa.text("SELECT id, roles FROM operator ORDER BY id")).fetchall()
    if people:
        bind.execute(sa.text("UPDATE operator SET role = :role WHERE id = :id"),
                     [{"role": _one_role(roles), "id": person_id} for person_id, roles in people])
    with op.batch_alter_table('operator', schema=None) as batch_op:
        batch_op.alter_column('role', existing_type=sa.String(length=24), nullable=False)
        batch_op.drop_column('roles')
