"""empty message

Revision ID: ab5e71976320
Revises: ('6415c74704d9', '673cf7219a71')
Create Date: 2016-07-24 21:08:46.637000

"""

# revision identifiers, used by Alembic.
revision = 'ab5e71976320'
down_revision = ('6415c74704d9', '673cf7219a71')

from alembic import op
import sqlalchemy as sa
import sqlalchemy_utils


def upgrade():
    pass


def downgrade():
    pass
