"""empty message

Revision ID: 3458fec198e2
Revises: ('6bd24e8f99f0', 'da5c6c740257')
Create Date: 2017-06-22 23:02:20.572646

"""

# revision identifiers, used by Alembic.
revision = '3458fec198e2'
down_revision = ('6bd24e8f99f0', 'da5c6c740257')

from alembic import op
import sqlalchemy as sa
import sqlalchemy_utils


def upgrade():
    pass


def downgrade():
    pass
