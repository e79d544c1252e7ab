"""empty message

Revision ID: d04baaaca7b5
Revises: ('079cf8351a19', '1cc66579a10e')
Create Date: 2016-08-02 21:17:37.199000

"""

# revision identifiers, used by Alembic.
revision = 'd04baaaca7b5'
down_revision = ('079cf8351a19', '1cc66579a10e')

from alembic import op
import sqlalchemy as sa
import sqlalchemy_utils


def upgrade():
    pass


def downgrade():
    pass
