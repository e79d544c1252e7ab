"""empty message

Revision ID: 898490456115
Revises: ('a71a8fcf6493', '35e6312c8b8f')
Create Date: 2017-06-17 01:59:30.804860

"""

# revision identifiers, used by Alembic.
revision = '898490456115'
down_revision = ('a71a8fcf6493', '35e6312c8b8f')

from alembic import op
import sqlalchemy as sa
import sqlalchemy_utils


def upgrade():
    pass


def downgrade():
    pass
