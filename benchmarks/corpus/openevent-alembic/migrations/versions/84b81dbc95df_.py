"""empty message

Revision ID: 84b81dbc95df
Revises: ('4541c9f0492b', '840bc71025d6')
Create Date: 2016-08-14 07:23:42.783971

"""

# revision identifiers, used by Alembic.
revision = '84b81dbc95df'
down_revision = ('4541c9f0492b', '840bc71025d6')

from alembic import op
import sqlalchemy as sa
import sqlalchemy_utils


def upgrade():
    pass


def downgrade():
    pass
