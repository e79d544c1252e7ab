"""Red-team: the pull request picks the dialect its SQL is split in.

schemalint/frontends/sql/sniff.py strips comments before counting dialect
markers but not string literals or identifiers, and the count is taken
over the whole history, PR files included.  A marker-stuffed string
literal flips a PostgreSQL file to MySQL lexing (``#`` starts a comment,
``\\'`` escapes a quote) or a MySQL file to PostgreSQL lexing (``/*! */``
becomes a comment), and the ALTER the real database runs vanishes
silently."""

from __future__ import annotations

import pytest

from .test_redteam_sql import assert_caught, gate

C = "CREATE TABLE pasien (id int PRIMARY KEY, nama varchar(100));\n"
MY_MARKERS = "SELECT 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ENGINE ENGINE' AS note;\n"
PG_MARKERS = "SELECT 'CREATE EXTENSION FROM STDIN $$ JSONB BYTEA TIMESTAMPTZ' AS note;\n"

CASES = {
    # PostgreSQL runs: SELECT 1 # 2 (xor), then the ALTER
    "pg-hash-operator-read-as-mysql-comment": MY_MARKERS + "SELECT 1 # 2; ALTER TABLE pasien ADD COLUMN nik CHAR(16);\n",
    # PostgreSQL (standard_conforming_strings): 'x\' is a whole string
    "pg-backslash-read-as-mysql-escape": MY_MARKERS + "SELECT 'x\\';  ALTER TABLE pasien ADD COLUMN nik CHAR(16); -- '\n",
    # the markers in identifiers do the same (a column named engine)
    "pg-markers-in-identifiers": "CREATE TABLE cfg (engine text, \"DEFAULT CHARSET\" text);\n"
                                 "SELECT 1 # 2; ALTER TABLE pasien ADD COLUMN nik CHAR(16);\n",
    # MySQL runs the executable comment; read as PostgreSQL it is a comment
    "mysql-executable-comment-read-as-pg": PG_MARKERS + "/*!50000 ALTER TABLE pasien ADD COLUMN nik CHAR(16) */;\n",
}


@pytest.mark.xfail(strict=True, reason="markers in a string literal switch the dialect and hide the ALTER")
@pytest.mark.parametrize("case", sorted(CASES))
def test_a_dialect_switch_cannot_hide_an_alter(repo, cli, case):
    r, findings = gate(repo, cli, {"db/V1__init.sql": C}, {"db/V2__nik.sql": CASES[case]})
    assert_caught(r, findings)


@pytest.mark.parametrize("text", ["SELECT 1 # 2; ALTER TABLE pasien ADD COLUMN nik CHAR(16);\n",
                                  "/*!50000 ALTER TABLE pasien ADD COLUMN nik CHAR(16) */;\n"])
def test_control_without_markers_the_alter_is_caught(repo, cli, text):
    r, findings = gate(repo, cli, {"db/V1__init.sql": C}, {"db/V2__nik.sql": text})
    assert_caught(r, findings)
