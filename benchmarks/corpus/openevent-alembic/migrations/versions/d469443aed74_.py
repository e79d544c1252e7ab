"""empty message

Revision ID: d469443aed74
Revises: ('c87f76817bf2', '703eda37e75c')
Create Date: 2016-08-08 17:21:17.797925

"""

# revision identifiers, used by Alembic.
revision = 'd469443aed74'
down_revision = ('c87f76817bf2', '703eda37e75c')

from alembic import op
import sqlalchemy as sa
import sqlalchemy_utils


def upgrade():
    pass


def downgrade():
    pass
