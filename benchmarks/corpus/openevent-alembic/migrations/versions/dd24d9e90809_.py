"""empty message

Revision ID: dd24d9e90809
Revises: ('c2e5de1111bd', 'dc0f787c88ae')
Create Date: 2016-07-11 17:22:38.956432

"""

# revision identifiers, used by Alembic.
revision = 'dd24d9e90809'
down_revision = ('c2e5de1111bd', 'dc0f787c88ae')

from alembic import op
import sqlalchemy as sa
import sqlalchemy_utils


def upgrade():
    pass


def downgrade():
    pass
