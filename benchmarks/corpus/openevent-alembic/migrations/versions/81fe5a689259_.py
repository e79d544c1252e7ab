"""empty message

Revision ID: 81fe5a689259
Revises: ('4891e2b124f8', '59d045580f02')
Create Date: 2016-08-26 11:03:45.791789

"""

# revision identifiers, used by Alembic.
revision = '81fe5a689259'
down_revision = ('4891e2b124f8', '59d045580f02')

from alembic import op
import sqlalchemy as sa
import sqlalchemy_utils


def upgrade():
    pass


def downgrade():
    pass
