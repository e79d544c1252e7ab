"""empty message

Revision ID: ecb671d1eb4b
Revises: ('e38935822969', 'f55fde3d62b1')
Create Date: 2016-06-14 17:16:46.015641

"""

# revision identifiers, used by Alembic.
revision = 'ecb671d1eb4b'
down_revision = ('e38935822969', 'f55fde3d62b1')

from alembic import op
import sqlalchemy as sa
import sqlalchemy_utils


def upgrade():
    pass


def downgrade():
    pass
