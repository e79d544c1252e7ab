"""empty message

Revision ID: dc0f787c88ae
Revises: ('124271738482', '40911d5c6c5b')
Create Date: 2016-07-11 17:34:27.602000

"""

# revision identifiers, used by Alembic.
revision = 'dc0f787c88ae'
down_revision = ('124271738482', '40911d5c6c5b')

from alembic import op
import sqlalchemy as sa
import sqlalchemy_utils


def upgrade():
    pass


def downgrade():
    pass
