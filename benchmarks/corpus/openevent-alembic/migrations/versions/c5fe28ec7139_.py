"""empty message

Revision ID: c5fe28ec7139
Revises: ('e9d070685a1b', '4525c3f044c3')
Create Date: 2016-08-11 12:46:12.540980

"""

# revision identifiers, used by Alembic.
revision = 'c5fe28ec7139'
down_revision = ('e9d070685a1b', '4525c3f044c3')

from alembic import op
import sqlalchemy as sa
import sqlalchemy_utils


def upgrade():
    pass


def downgrade():
    pass
