"""D5: a crash while checking one table is a finding on that table; the
other tables' findings stay, and the gate never takes an internal error
for something already present at the diff base or in a baseline."""

from __future__ import annotations

import json

import pytest

from schemalint.checks import all_checks

ALEMBIC_HEAD = "from alembic import op\nimport sqlalchemy as sa\n"

# an earlier migration whose table name holds a lone surrogate (a Python
# string escape: valid source, no valid UTF-8 could carry it)
SURROGATE = (ALEMBIC_HEAD + "revision = 'a1'\ndown_revision = None\n\ndef upgrade():\n"
             "    op.create_table('audit\\ud800', sa.Column('nik', sa.String(16)))\n")
NEW = (ALEMBIC_HEAD + "revision = 'a2'\ndown_revision = 'a1'\n\ndef upgrade():\n"
       "    op.create_table('peserta', sa.Column('nik', sa.String(16)))\n")


def _findings(r):
    return [(f["code"], f["table"], f["column"]) for f in json.loads(r.out)["findings"]]


def test_a_lone_surrogate_in_a_name_crashes_nothing(project, cli):
    project.write("versions/a1.py", SURROGATE)
    project.write("versions/a2.py", NEW)
    r = cli("check", "--no-cache", "--format", "json")
    assert r.code == 1, r.err
    found = _findings(r)
    assert ("ENC001", "peserta", "nik") in found
    assert ("ENC001", "audit\\ud800", "nik") in found  # shown escaped
    assert not [f for f in found if f[0] == "PARSE001"]
    r = cli("audit", "--no-cache")
    assert r.code == 0, r.err
    assert "audit\\ud800" in r.out


def test_the_new_findings_of_a_pull_request_are_reported_beside_a_surrogate(repo, cli):
    repo.write("versions/a1.py", SURROGATE)
    repo.commit("base")
    repo.write("versions/a2.py", NEW)
    r = cli("check", "--no-cache", "--format", "json", "--diff-base", "main", cwd=repo.path)
    assert r.code == 1, r.err
    assert ("ENC001", "peserta", "nik") in _findings(r)


@pytest.fixture
def crashing_enc001(monkeypatch):
    """ENC001 raises when it reaches the table ``kaboom``, as a rule bug
    triggered by one table would."""
    checks = all_checks()
    real = checks["ENC001"]

    def check(ctx):
        for table in ctx.schema.tables.values():
            if table.name == "kaboom":
                raise ValueError("rule bug")
        yield from real(ctx)

    monkeypatch.setitem(checks, "ENC001", check)


TWO_TABLES = ("CREATE TABLE peserta (id int PRIMARY KEY, nik varchar(16));\n"
              "CREATE TABLE kaboom (id int PRIMARY KEY, nik varchar(16));\n"
              "CREATE TABLE pegawai (id int PRIMARY KEY, nik varchar(16));\n")


def test_a_rule_crash_is_a_finding_on_that_table_and_the_others_stay(project, cli, crashing_enc001):
    project.write("db/schema.sql", TWO_TABLES)
    r = cli("check", "--no-cache", "--format", "json")
    assert r.code == 1
    doc = json.loads(r.out)
    enc = sorted(f["table"] for f in doc["findings"] if f["code"] == "ENC001")
    assert enc == ["pegawai", "peserta"]
    internal = [f for f in doc["findings"] if f["code"] == "PARSE001"]
    assert len(internal) == 1
    assert internal[0]["table"] == "kaboom" and internal[0]["location"]["line"] == 2
    assert "internal error in rule ENC001" in internal[0]["message"] and "rule bug" in internal[0]["message"]


def test_an_internal_error_is_never_already_present(repo, cli, crashing_enc001):
    """The same crash at the diff base and in a baseline: still reported."""
    repo.write("db/schema.sql", TWO_TABLES)
    repo.commit("base")
    repo.write("db/V2__x.sql", "CREATE TABLE barang (id int PRIMARY KEY);\n")
    r = cli("check", "--no-cache", "--format", "json", "--diff-base", "main", cwd=repo.path)
    assert [f["code"] for f in json.loads(r.out)["findings"]] == ["PARSE001"], r.out
    assert r.code == 1
    assert cli("baseline", "--no-cache").code == 0
    r = cli("check", "--no-cache", "--format", "json", "--baseline", "schemalint-baseline.json")
    assert [f["code"] for f in json.loads(r.out)["findings"]] == ["PARSE001"], r.out
