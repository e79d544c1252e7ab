"""empty message

Revision ID: de59ac570231
Revises: ('de41bffc4830', 'abe953265132')
Create Date: 2017-06-20 13:25:57.480298

"""

# revision identifiers, used by Alembic.
revision = 'de59ac570231'
down_revision = ('de41bffc4830', 'abe953265132')

from alembic import op
import sqlalchemy as sa
import sqlalchemy_utils


def upgrade():
    pass


def downgrade():
    pass
