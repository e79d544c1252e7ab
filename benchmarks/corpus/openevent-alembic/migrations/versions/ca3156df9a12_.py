"""empty message

Revision ID: ca3156df9a12
Revises: ('af0b6ab086b7', '3a1e54b1be78')
Create Date: 2016-08-02 13:19:43.596283

"""

# revision identifiers, used by Alembic.
revision = 'ca3156df9a12'
down_revision = ('af0b6ab086b7', '3a1e54b1be78')

from alembic import op
import sqlalchemy as sa
import sqlalchemy_utils


def upgrade():
    pass


def downgrade():
    pass
