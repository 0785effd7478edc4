"""technician commission (提成) rules and what each mechanic earned

Issue 19, item 6. (Filled in by the commission work.)

Revision ID: 0013_commission
Revises: 0012_cards_member_grades
Create Date: 2026-12-05 14:40:00
"""

from __future__ import annotations

revision = '0013_commission'
down_revision = '0012_cards_member_grades'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
