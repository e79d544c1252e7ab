"""empty message

Revision ID: 291bb44bb014
Revises: ('3453e1bd6fc3', '66c7787c546e')
Create Date: 2016-07-31 10:04:21.327220

"""

# revision identifiers, used by Alembic.
revision = '291bb44bb014'
down_revision = ('3453e1bd6fc3', '66c7787c546e')

from alembic import op
import sqlalchemy as sa
import sqlalchemy_utils


def upgrade():
    pass


def downgrade():
    pass
