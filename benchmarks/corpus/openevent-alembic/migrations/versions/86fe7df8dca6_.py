"""empty message

Revision ID: 86fe7df8dca6
Revises: ('b5abafa45063', '149695270251')
Create Date: 2016-08-07 03:06:46.006983

"""

# revision identifiers, used by Alembic.
revision = '86fe7df8dca6'
down_revision = ('b5abafa45063', '149695270251')

from alembic import op
import sqlalchemy as sa
import sqlalchemy_utils


def upgrade():
    pass


def downgrade():
    pass
