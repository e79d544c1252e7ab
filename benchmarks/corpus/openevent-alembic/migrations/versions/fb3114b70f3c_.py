"""empty message

Revision ID: fb3114b70f3c
Revises: ('2a9e2f32ed34', '4132f684e5f1')
Create Date: 2016-08-06 03:34:42.407181

"""

# revision identifiers, used by Alembic.
revision = 'fb3114b70f3c'
down_revision = ('2a9e2f32ed34', '4132f684e5f1')

from alembic import op
import sqlalchemy as sa
import sqlalchemy_utils


def upgrade():
    pass


def downgrade():
    pass
