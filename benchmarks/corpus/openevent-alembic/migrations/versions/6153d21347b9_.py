"""empty message

Revision ID: 6153d21347b9
Revises: ('d3fa4a1dbb8f', 'e42e322f7ffb')
Create Date: 2016-06-25 00:17:00.173000

"""

# revision identifiers, used by Alembic.
revision = '6153d21347b9'
down_revision = ('d3fa4a1dbb8f', 'e42e322f7ffb')

from alembic import op
import sqlalchemy as sa
import sqlalchemy_utils


def upgrade():
    pass


def downgrade():
    pass
