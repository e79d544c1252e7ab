"""empty message

Revision ID: 53500e542289
Revises: ('03ed49c73697', '59a75a06249d')
Create Date: 2016-08-09 03:09:07.512961

"""

# revision identifiers, used by Alembic.
revision = '53500e542289'
down_revision = ('03ed49c73697', '59a75a06249d')

from alembic import op
import sqlalchemy as sa
import sqlalchemy_utils


def upgrade():
    pass


def downgrade():
    pass
