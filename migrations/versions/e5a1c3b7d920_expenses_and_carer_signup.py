"""expenses and payment for time (issue 19), and register entries made by a carer with
the person's permission

Revision ID: e5a1c3b7d920
Revises: e4b8f2a6d913
Create Date: 2026-12-04 11:15:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e5a1c3b7d920'
down_revision = 'e4b8f2a6d913'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'expense_claim',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('involvement_id', sa.Integer(), nullable=False),
        sa.Column('activity', sa.String(length=200), nullable=False),
        sa.Column('group', sa.String(length=20), nullable=False),
        sa.Column('activity_on', sa.Date(), nullable=False),
        sa.Column('bus_pence', sa.Integer(), nullable=False),
        sa.Column('train_pence', sa.Integer(), nullable=False),
        sa.Column('taxi_pence', sa.Integer(), nullable=False),
        sa.Column('car_miles', sa.Integer(), nullable=False),
        sa.Column('mileage_pence', sa.Integer(), nullable=False),
        sa.Column('support_pence', sa.Integer(), nullable=False),
        sa.Column('minutes', sa.Integer(), nullable=False),
        sa.Column('time_pence', sa.Integer(), nullable=False),
        sa.Column('total_pence', sa.Integer(), nullable=False),
        sa.Column('receipt', sa.Boolean(), nullable=False),
        sa.Column('status', sa.String(length=10), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('decided_at', sa.DateTime(), nullable=True),
        sa.Column('decided_by_id', sa.Integer(), nullable=True),
        sa.Column('paid_at', sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(['decided_by_id'], ['staff_user.id']),
        sa.ForeignKeyConstraint(['involvement_id'], ['involvement.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    with op.batch_alter_table('expense_claim', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_expense_claim_involvement_id'), ['involvement_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_expense_claim_status'), ['status'], unique=False)
    with op.batch_alter_table('involvement', schema=None) as batch_op:
        batch_op.add_column(sa.Column('carer_name', sa.String(length=120), nullable=True))
        batch_op.add_column(sa.Column('carer_relationship', sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column('permission_by', sa.String(length=120), nullable=True))
        batch_op.add_column(sa.Column('permission_how', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('permission_on', sa.Date(), nullable=True))


def downgrade():
    with op.batch_alter_table('involvement', schema=None) as batch_op:
        for name in ('permission_on', 'permission_how', 'permission_by', 'carer_relationship',
                     'carer_name'):
            batch_op.drop_column(name)
    with op.batch_alter_table('expense_claim', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_expense_claim_status'))
        batch_op.drop_index(batch_op.f('ix_expense_claim_involvement_id'))
    op.drop_table('expense_claim')
