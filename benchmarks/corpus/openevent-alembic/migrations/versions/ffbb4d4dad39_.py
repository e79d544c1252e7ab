"""empty message

Revision ID: ffbb4d4dad39
Revises: ('bf894430e0a9', 'bc2e43a3c3ea')
Create Date: 2016-06-28 06:14:03.874061

"""

# revision identifiers, used by Alembic.
revision = 'ffbb4d4dad39'
down_revision = ('bf894430e0a9', 'bc2e43a3c3ea')

from alembic import op
import sqlalchemy as sa
import sqlalchemy_utils


def upgrade():
    pass


def downgrade():
    pass
