"""Red-team: an Alembic revision a pull request adds that runs
``add_column('pasien', Column('nik', CHAR(16)))`` when Alembic upgrades,
yet the CI gate passes (exit 0, no ENC001/PARSE001).  The frontend knows
``op.<method>(...)`` called as a statement of ``upgrade()`` (or of a
module-level helper) and little else: schemalint/frontends/alembic/context.py
(``imports`` :80 learns only ``from alembic import op``; ``op_target`` :258
needs the literal ``op.`` attribute; ``stmt`` :113 skips nested def/class,
assert; ``expr`` :170 turns calls inside expressions into -v notes)."""

from __future__ import annotations

import pytest

from .test_redteam_sql import assert_caught, gate, known_bypasses

H = "from alembic import op\nimport sqlalchemy as sa\n"
BASE = {"alembic/versions/a1_init.py": H + "revision = 'a1'\ndown_revision = None\n\ndef upgrade():\n"
        "    op.create_table('pasien', sa.Column('id', sa.Integer, primary_key=True), "
        "sa.Column('nama', sa.String(100)))\n"}
ADD = "op.add_column('pasien', sa.Column('nik', sa.CHAR(16)))"


def rev(body: str, head: str = H) -> dict:
    return {"alembic/versions/a2_nik.py": head + "revision = 'a2'\ndown_revision = 'a1'\n\n" + body}


CASES = {
    "getattr-op": rev("def upgrade():\n    getattr(op, 'add_column')('pasien', sa.Column('nik', sa.CHAR(16)))\n"),
    "bound-method-alias": rev("def upgrade():\n    add = op.add_column\n    add('pasien', sa.Column('nik', sa.CHAR(16)))\n"),
    "op-alias-variable": rev("def upgrade():\n    o = op\n    o." + ADD[3:] + "\n"),
    "from-alembic-op-import-function": rev(
        "def upgrade():\n    add_column('pasien', Column('nik', CHAR(16)))\n",
        head="from alembic.op import add_column\nfrom sqlalchemy import Column, CHAR\n"),
    "star-import": rev("def upgrade():\n    add_column('pasien', Column('nik', CHAR(16)))\n",
                       head="from alembic.op import *\nfrom sqlalchemy import *\n"),
    "operations-class-call": rev("def upgrade():\n    Operations.add_column(op, 'pasien', sa.Column('nik', sa.CHAR(16)))\n",
                                head=H + "from alembic.operations import Operations\n"),
    "chained-get-bind-execute": rev("def upgrade():\n    op.get_bind().execute(sa.text('ALTER TABLE pasien ADD COLUMN nik CHAR(16)'))\n"),
    "chained-get-bind-exec-driver-sql": rev("def upgrade():\n    op.get_bind().exec_driver_sql('ALTER TABLE pasien ADD COLUMN nik CHAR(16)')\n"),
    "nested-def-called": rev("def upgrade():\n    def inner():\n        " + ADD + "\n    inner()\n"),
    "class-method-called": rev("class X:\n    def run(self):\n        " + ADD + "\n\ndef upgrade():\n    X().run()\n"),
    "decorated-upgrade": rev("def deco(f):\n    return lambda: " + ADD + "\n\n@deco\ndef upgrade():\n    pass\n"),
    "upgrade-downgrade-swapped": rev("def downgrade():\n    " + ADD + "\n\ndef upgrade():\n    pass\n\n"
                                     "upgrade, downgrade = downgrade, upgrade\n"),
    "walrus-in-if": rev("def upgrade():\n    if (x := " + ADD + ") is None:\n        pass\n"),
    "assert-statement": rev("def upgrade():\n    assert " + ADD + " is None\n"),
    # only a -v note, exit 0:
    "upgrade-assigned-from-helper": rev("def _go():\n    " + ADD + "\n\nupgrade = _go\n"),
    "upgrade-lambda": rev("upgrade = lambda: " + ADD + "\n"),
    "call-in-conditional-expression": rev("def upgrade():\n    " + ADD + " if True else None\n"),
    "call-in-list-comprehension": rev("def upgrade():\n    [op.add_column('pasien', sa.Column(c, sa.CHAR(16))) for c in ['nik']]\n"),
}


@pytest.mark.parametrize("case", known_bypasses(CASES, "Alembic runs add_column(pasien.nik) on upgrade; the gate passes",
                                                 ["call-in-conditional-expression", "call-in-list-comprehension",
                                                  "bound-method-alias", "from-alembic-op-import-function",
                                                  "getattr-op", "op-alias-variable", "star-import",
                                                  "chained-get-bind-execute",
                                                  "chained-get-bind-exec-driver-sql", "assert-statement",
                                                  "walrus-in-if", "upgrade-assigned-from-helper",
                                                  "upgrade-lambda", "upgrade-downgrade-swapped",
                                                  "decorated-upgrade"]))
def test_alembic_revision_adding_nik_fails_the_gate(repo, cli, case):
    r, findings = gate(repo, cli, BASE, CASES[case])
    assert_caught(r, findings)


def test_control_plain_op_add_column_is_caught(repo, cli):
    r, findings = gate(repo, cli, BASE, rev("def upgrade():\n    " + ADD + "\n"))
    assert_caught(r, findings)
