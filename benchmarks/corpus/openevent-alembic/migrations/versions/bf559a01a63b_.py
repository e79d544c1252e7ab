"""empty message

Revision ID: bf559a01a63b
Revises: ('c713cdd49fb3', '7e1d14ae17e9')
Create Date: 2017-07-13 02:27:52.584612

"""

from alembic import op
import sqlalchemy as sa
import sqlalchemy_utils


# revision identifiers, used by Alembic.
revision = 'bf559a01a63b'
down_revision = ('c713cdd49fb3', '7e1d14ae17e9')

def upgrade():
    pass


def downgrade():
    pass
