"""empty message

Revision ID: d563f6eba95a
Revises: ('008dae41b45e', 'a48b4f13c561')
Create Date: 2016-06-11 14:10:15.636879

"""

# revision identifiers, used by Alembic.
revision = 'd563f6eba95a'
down_revision = ('008dae41b45e', 'a48b4f13c561')

from alembic import op
import sqlalchemy as sa
import sqlalchemy_utils


def upgrade():
    pass


def downgrade():
    pass
