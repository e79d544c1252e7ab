"""empty message

Revision ID: 8cdaeb567de4
Revises: ('c14dce153e2d', 'e404a529dc5b')
Create Date: 2016-07-23 08:50:57.943000

"""

# revision identifiers, used by Alembic.
revision = '8cdaeb567de4'
down_revision = ('c14dce153e2d', 'e404a529dc5b')

from alembic import op
import sqlalchemy as sa
import sqlalchemy_utils


def upgrade():
    pass


def downgrade():
    pass
