"""empty message

Revision ID: a643eb3f2bb4
Revises: ('c4979be6c73b', '63203fd4c3ea')
Create Date: 2016-08-22 08:10:25.702338

"""

# revision identifiers, used by Alembic.
revision = 'a643eb3f2bb4'
down_revision = ('c4979be6c73b', '63203fd4c3ea')

from alembic import op
import sqlalchemy as sa
import sqlalchemy_utils


def upgrade():
    pass


def downgrade():
    pass
