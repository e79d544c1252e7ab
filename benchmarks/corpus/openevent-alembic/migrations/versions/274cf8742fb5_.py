"""empty message

Revision ID: 274cf8742fb5
Revises: ('c87273102cfb', 'ed4b4ba3274e')
Create Date: 2016-06-16 17:38:28.204365

"""

# revision identifiers, used by Alembic.
revision = '274cf8742fb5'
down_revision = ('c87273102cfb', 'ed4b4ba3274e')

from alembic import op
import sqlalchemy as sa
import sqlalchemy_utils


def upgrade():
    pass


def downgrade():
    pass
