"""empty message

Revision ID: 42b10433d1b3
Revises: ('9d21de792967', 'dd7968d8d413')
Create Date: 2018-06-13 11:07:26.765745

"""

from alembic import op
import sqlalchemy as sa
import sqlalchemy_utils


# revision identifiers, used by Alembic.
revision = '42b10433d1b3'
down_revision = ('9d21de792967', 'dd7968d8d413')


def upgrade():
    pass


def downgrade():
    pass
