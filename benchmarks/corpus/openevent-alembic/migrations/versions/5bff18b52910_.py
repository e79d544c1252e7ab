"""empty message

Revision ID: 5bff18b52910
Revises: ('74e76a7976fb', '13aed5739978')
Create Date: 2016-06-29 14:33:43.383039

"""

# revision identifiers, used by Alembic.
revision = '5bff18b52910'
down_revision = ('74e76a7976fb', '13aed5739978')

from alembic import op
import sqlalchemy as sa
import sqlalchemy_utils


def upgrade():
    pass


def downgrade():
    pass
