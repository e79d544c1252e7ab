"""empty message

Revision ID: da47a767f2ef
Revises: ('c6b183975be9', '898490456115')
Create Date: 2017-06-19 01:55:54.981710

"""

# revision identifiers, used by Alembic.
revision = 'da47a767f2ef'
down_revision = ('c6b183975be9', '898490456115')

from alembic import op
import sqlalchemy as sa
import sqlalchemy_utils


def upgrade():
    pass


def downgrade():
    pass
