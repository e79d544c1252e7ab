"""empty message

Revision ID: f94439299737
Revises: ('16e4da58dcbe', '526dec6f4aff')
Create Date: 2017-07-18 01:27:49.757715

"""

from alembic import op
import sqlalchemy as sa
import sqlalchemy_utils


# revision identifiers, used by Alembic.
revision = 'f94439299737'
down_revision = ('16e4da58dcbe', '526dec6f4aff')

def upgrade():
    pass


def downgrade():
    pass
