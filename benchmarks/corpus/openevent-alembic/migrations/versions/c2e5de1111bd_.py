"""empty message

Revision ID: c2e5de1111bd
Revises: ('40911d5c6c5b', '124271738482')
Create Date: 2016-07-11 11:35:45.870774

"""

# revision identifiers, used by Alembic.
revision = 'c2e5de1111bd'
down_revision = ('40911d5c6c5b', '124271738482')

from alembic import op
import sqlalchemy as sa
import sqlalchemy_utils


def upgrade():
    pass


def downgrade():
    pass
