"""empty message

Revision ID: 848f6f918b3d
Revises: ('1569fb5915ad', 'ab5e71976320')
Create Date: 2016-07-24 21:57:24.372000

"""

# revision identifiers, used by Alembic.
revision = '848f6f918b3d'
down_revision = ('1569fb5915ad', 'ab5e71976320')

from alembic import op
import sqlalchemy as sa
import sqlalchemy_utils


def upgrade():
    pass


def downgrade():
    pass
