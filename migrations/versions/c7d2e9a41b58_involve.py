"""co-production beyond consultations (issue 19): "Was this helpful?" votes, comments,
complaints and compliments with replies and response times, and the get-involved register

Revision ID: c7d2e9a41b58
Revises: a3c9e4f17b20
Create Date: 2026-12-04 07:10:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'c7d2e9a41b58'
down_revision = 'a3c9e4f17b20'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'helpful_vote',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('page', sa.String(length=120), nullable=False),
        sa.Column('helpful', sa.Boolean(), nullable=False),
        sa.Column('lang', sa.String(length=10), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    with op.batch_alter_table('helpful_vote', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_helpful_vote_page'), ['page'], unique=False)
    op.create_table(
        'feedback',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('code_hash', sa.String(length=64), nullable=False),
        sa.Column('kind', sa.String(length=12), nullable=False),
        sa.Column('service', sa.String(length=200), nullable=False),
        sa.Column('feeling', sa.String(length=20), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('lang', sa.String(length=10), nullable=False),
        sa.Column('flagged', sa.Boolean(), nullable=False),
        sa.Column('categories', sa.JSON(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('reply', sa.Text(), nullable=False),
        sa.Column('replied_at', sa.DateTime(), nullable=True),
        sa.Column('replied_by_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['replied_by_id'], ['staff_user.id'], ),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('code_hash'),
    )
    with op.batch_alter_table('feedback', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_feedback_flagged'), ['flagged'], unique=False)
    op.create_table(
        'involvement',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('code_hash', sa.String(length=64), nullable=False),
        sa.Column('name', sa.String(length=120), nullable=False),
        sa.Column('topics', sa.JSON(), nullable=False),
        sa.Column('groups', sa.JSON(), nullable=False),
        sa.Column('needs', sa.JSON(), nullable=False),
        sa.Column('best_time', sa.String(length=20), nullable=False),
        sa.Column('contact_how', sa.String(length=10), nullable=False),
        sa.Column('contact_detail', sa.String(length=200), nullable=False),
        sa.Column('language', sa.String(length=10), nullable=False),
        sa.Column('consent', sa.Boolean(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('code_hash'),
    )


def downgrade():
    op.drop_table('involvement')
    with op.batch_alter_table('feedback', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_feedback_flagged'))
    op.drop_table('feedback')
    with op.batch_alter_table('helpful_vote', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_helpful_vote_page'))
    op.drop_table('helpful_vote')
