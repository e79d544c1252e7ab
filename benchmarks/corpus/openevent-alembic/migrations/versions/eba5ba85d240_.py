"""empty message

Revision ID: eba5ba85d240
Revises: ('37ba223cec70', '79e54124b415')
Create Date: 2016-08-30 07:36:00.565449

"""

# revision identifiers, used by Alembic.
revision = 'eba5ba85d240'
down_revision = ('37ba223cec70', '79e54124b415')

from alembic import op
import sqlalchemy as sa
import sqlalchemy_utils


def upgrade():
    pass


def downgrade():
    pass
