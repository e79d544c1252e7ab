"""empty message

Revision ID: fd0a931e7493
Revises: ('c79e6d36a194', '1b9c8698c632')
Create Date: 2017-06-16 21:25:14.501897

"""

# revision identifiers, used by Alembic.
revision = 'fd0a931e7493'
down_revision = ('c79e6d36a194', '1b9c8698c632')

from alembic import op
import sqlalchemy as sa
import sqlalchemy_utils


def upgrade():
    pass


def downgrade():
    pass
