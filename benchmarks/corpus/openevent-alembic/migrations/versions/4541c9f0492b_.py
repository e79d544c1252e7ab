"""empty message

Revision ID: 4541c9f0492b
Revises: ('531a00c3d139', '9be9077d8fce')
Create Date: 2016-08-14 02:39:15.062307

"""

# revision identifiers, used by Alembic.
revision = '4541c9f0492b'
down_revision = ('531a00c3d139', '9be9077d8fce')

from alembic import op
import sqlalchemy as sa
import sqlalchemy_utils


def upgrade():
    pass


def downgrade():
    pass
