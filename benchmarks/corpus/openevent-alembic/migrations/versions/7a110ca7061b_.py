"""empty message

Revision ID: 7a110ca7061b
Revises: ('ecb671d1eb4b', '3c88cd5a4967')
Create Date: 2016-06-15 14:49:01.579553

"""

# revision identifiers, used by Alembic.
revision = '7a110ca7061b'
down_revision = ('ecb671d1eb4b', '3c88cd5a4967')

from alembic import op
import sqlalchemy as sa
import sqlalchemy_utils


def upgrade():
    pass


def downgrade():
    pass
