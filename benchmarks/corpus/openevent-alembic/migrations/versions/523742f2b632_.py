"""empty message

Revision ID: 523742f2b632
Revises: ('40709a13f64d', 'afd252f090e5')
Create Date: 2016-06-15 22:21:45.219000

"""

# revision identifiers, used by Alembic.
revision = '523742f2b632'
down_revision = ('40709a13f64d', 'afd252f090e5')

from alembic import op
import sqlalchemy as sa
import sqlalchemy_utils


def upgrade():
    pass


def downgrade():
    pass
