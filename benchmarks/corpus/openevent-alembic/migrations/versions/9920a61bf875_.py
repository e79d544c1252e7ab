"""empty message

Revision ID: 9920a61bf875
Revises: ('76617aa50e25', '5aed7e80e00e')
Create Date: 2017-01-14 14:29:28.605952

"""

# revision identifiers, used by Alembic.
revision = '9920a61bf875'
down_revision = ('76617aa50e25', '5aed7e80e00e')

from alembic import op
import sqlalchemy as sa
import sqlalchemy_utils


def upgrade():
    pass


def downgrade():
    pass
