"""empty message

Revision ID: 59a75a06249d
Revises: ('70941b60bc7d', 'efa8f2dbf092')
Create Date: 2016-08-09 06:51:03.820000

"""

# revision identifiers, used by Alembic.
revision = '59a75a06249d'
down_revision = ('70941b60bc7d', 'efa8f2dbf092')

from alembic import op
import sqlalchemy as sa
import sqlalchemy_utils


def upgrade():
    pass


def downgrade():
    pass
