"""empty message

Revision ID: 35e6312c8b8f
Revises: ('5dcb69824a56', '1b9c8698c632')
Create Date: 2017-06-16 22:49:07.545026

"""

# revision identifiers, used by Alembic.
revision = '35e6312c8b8f'
down_revision = ('5dcb69824a56', '1b9c8698c632')

from alembic import op
import sqlalchemy as sa
import sqlalchemy_utils


def upgrade():
    pass


def downgrade():
    pass
