"""empty message

Revision ID: b96384251d86
Revises: ('e385c8e1368a', 'ffb21f7a6e61')
Create Date: 2016-06-15 13:25:30.215713

"""

# revision identifiers, used by Alembic.
revision = 'b96384251d86'
down_revision = ('e385c8e1368a', 'ffb21f7a6e61')

from alembic import op
import sqlalchemy as sa
import sqlalchemy_utils


def upgrade():
    pass


def downgrade():
    pass
