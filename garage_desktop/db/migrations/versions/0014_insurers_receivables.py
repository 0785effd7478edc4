"""insurers, the claim's loss assessment, and money collected against receivables

Issue 19, item 7. (Filled in by the claims work.)

Revision ID: 0014_insurers_receivables
Revises: 0013_commission
Create Date: 2026-12-05 14:40:00
"""

from __future__ import annotations

revision = '0014_insurers_receivables'
down_revision = '0013_commission'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
