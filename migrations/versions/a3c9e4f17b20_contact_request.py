"""contact request and private disclosures: a person asks to be contacted after a worrying
answer, and chooses whether that answer is shown to anyone with the code; changes after
sending wait until "Send my changes"; "about you" keeps
the day only and is taken once per sent response

Revision ID: a3c9e4f17b20
Revises: 5e7a1c2d9b30
Create Date: 2026-12-04 04:15:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'a3c9e4f17b20'
down_revision = '5e7a1c2d9b30'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('response', schema=None) as batch_op:
        batch_op.add_column(sa.Column('show_flagged', sa.Boolean(),
                                      server_default=sa.false(), nullable=False))
        batch_op.add_column(sa.Column('about_you_given', sa.Boolean(),
                                      server_default=sa.false(), nullable=False))
        batch_op.add_column(sa.Column('pending', sa.JSON(), server_default=sa.text("'{}'"),
                                      nullable=False))
    with op.batch_alter_table('about_you', schema=None) as batch_op:
        batch_op.add_column(sa.Column('created_on', sa.Date(), nullable=True))
    # The day only. (SQLite's CAST(... AS DATE) would give the year as a number.)
    day = "date(created_at)" if op.get_bind().dialect.name == "sqlite" else "CAST(created_at AS DATE)"
    op.execute(f"UPDATE about_you SET created_on = {day}")
    with op.batch_alter_table('about_you', schema=None) as batch_op:
        batch_op.alter_column('created_on', existing_type=sa.Date(), nullable=False)
        batch_op.drop_column('created_at')
    op.create_table(
        'contact_request',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('response_id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=120), nullable=False),
        sa.Column('how', sa.String(length=10), nullable=False),
        sa.Column('detail', sa.String(length=200), nullable=False),
        sa.Column('safe_times', sa.Text(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['response_id'], ['response.id'], ),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('response_id'),
    )


def downgrade():
    op.drop_table('contact_request')
    with op.batch_alter_table('about_you', schema=None) as batch_op:
        batch_op.add_column(sa.Column('created_at', sa.DateTime(), nullable=True))
    op.execute("UPDATE about_you SET created_at = created_on")
    with op.batch_alter_table('about_you', schema=None) as batch_op:
        batch_op.alter_column('created_at', existing_type=sa.DateTime(), nullable=False)
        batch_op.drop_column('created_on')
    with op.batch_alter_table('response', schema=None) as batch_op:
        batch_op.drop_column('pending')
        batch_op.drop_column('about_you_given')
        batch_op.drop_column('show_flagged')
