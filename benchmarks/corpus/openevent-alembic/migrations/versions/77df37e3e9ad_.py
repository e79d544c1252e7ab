"""empty message

Revision ID: 77df37e3e9ad
Revises: ('01b6969ef4e5', '98c151c7a16a')
Create Date: 2016-06-29 17:42:18.513000

"""

# revision identifiers, used by Alembic.
revision = '77df37e3e9ad'
down_revision = ('01b6969ef4e5', '98c151c7a16a')

from alembic import op
import sqlalchemy as sa
import sqlalchemy_utils


def upgrade():
    pass


def downgrade():
    pass
