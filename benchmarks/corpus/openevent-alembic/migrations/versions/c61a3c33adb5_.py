"""empty message

Revision ID: c61a3c33adb5
Revises: ('da47a767f2ef', 'fd0a931e7493')
Create Date: 2017-06-20 10:12:35.427367

"""

# revision identifiers, used by Alembic.
revision = 'c61a3c33adb5'
down_revision = ('da47a767f2ef', 'fd0a931e7493')

from alembic import op
import sqlalchemy as sa
import sqlalchemy_utils


def upgrade():
    pass


def downgrade():
    pass
