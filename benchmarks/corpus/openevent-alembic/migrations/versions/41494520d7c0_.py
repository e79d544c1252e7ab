"""empty message

Revision ID: 41494520d7c0
Revises: ('167379522d3d', '4e882b5acaaa')
Create Date: 2016-06-12 13:42:15.646338

"""

# revision identifiers, used by Alembic.
revision = '41494520d7c0'
down_revision = ('167379522d3d', '4e882b5acaaa')

from alembic import op
import sqlalchemy as sa
import sqlalchemy_utils


def upgrade():
    pass


def downgrade():
    pass
