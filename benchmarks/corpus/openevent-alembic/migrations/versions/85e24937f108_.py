"""empty message

Revision ID: 85e24937f108
Revises: ('aefa134809bf', '4b9a4e5aebe6')
Create Date: 2017-07-23 09:55:43.269505

"""

from alembic import op
import sqlalchemy as sa
import sqlalchemy_utils


# revision identifiers, used by Alembic.
revision = '85e24937f108'
down_revision = ('aefa134809bf', '4b9a4e5aebe6')

def upgrade():
    pass


def downgrade():
    pass
