"""empty message

Revision ID: c713cdd49fb3
Revises: ('e85aaacd8721', 'aba0b1754103')
Create Date: 2017-07-12 21:09:56.355486

"""

from alembic import op
import sqlalchemy as sa
import sqlalchemy_utils


# revision identifiers, used by Alembic.
revision = 'c713cdd49fb3'
down_revision = ('e85aaacd8721', 'aba0b1754103')


def upgrade():
    pass


def downgrade():
    pass
