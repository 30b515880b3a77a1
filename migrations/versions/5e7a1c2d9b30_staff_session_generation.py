"""staff session generation: logout ends every copy of a staff session

Revision ID: 5e7a1c2d9b30
Revises: 841fd1ce5f5a
Create Date: 2026-12-03 23:45:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '5e7a1c2d9b30'
down_revision = '841fd1ce5f5a'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('staff_user', schema=None) as batch_op:
        batch_op.add_column(sa.Column('session_generation', sa.Integer(),
                                      server_default=sa.text('0'), nullable=False))


def downgrade():
    with op.batch_alter_table('staff_user', schema=None) as batch_op:
        batch_op.drop_column('session_generation')
