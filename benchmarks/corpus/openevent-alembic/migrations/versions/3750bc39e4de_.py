"""empty message

Revision ID: b48f6d037469
Revises: ('3b55af20871a', '202b15987640')
Create Date: 2016-05-22 14:43:01.251662

"""

# revision identifiers, used by Alembic.
revision = '3750bc39e4de'
down_revision = ('3b55af20871a', '202b15987640')

from alembic import op
import sqlalchemy as sa
import sqlalchemy_utils


def upgrade():
    pass


def downgrade():
    pass
