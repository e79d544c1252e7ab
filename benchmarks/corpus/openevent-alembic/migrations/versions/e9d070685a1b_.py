"""empty message

Revision ID: e9d070685a1b
Revises: ('2eb08848b0e9', 'fea0fa56ded9')
Create Date: 2016-08-10 13:32:24.139657

"""

# revision identifiers, used by Alembic.
revision = 'e9d070685a1b'
down_revision = ('2eb08848b0e9', 'fea0fa56ded9')

from alembic import op
import sqlalchemy as sa
import sqlalchemy_utils


def upgrade():
    pass


def downgrade():
    pass
